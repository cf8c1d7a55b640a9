"""Schema of the evidence database, one function per change, applied in order.

An existing database is brought up to date by :func:`extractor.store.open_db`; the applied
migrations are listed in ``_sqlite_migrations``. Never edit a migration that has shipped: add one.
"""
from sqlite_utils.migrations import Migrations

migrations = Migrations("stemcell-evidence")

LIST_COLUMNS = ("registry_ids", "conditions", "cell_sources", "routes", "outcomes",
                "co_interventions")


@migrations()
def m001_initial(db):
    """documents, evidence, evidence_spans, registry_ids, ingest_errors, fetch_state, FTS."""
    db["documents"].create({
        "doc_id": str, "source": str, "kind": str, "title": str, "text": str,
        "sections": str, "metadata": str, "content_hash": str,
        "ingested_at": str, "updated_at": str,
    }, pk="doc_id", not_null={"source", "kind", "text", "content_hash", "ingested_at"})
    columns = {"doc_id": str, "source": str, "title": str, "doc_type": str,
               "evidence_tier": str, "tier_rank": int, "study_design": str,
               "registered": int, "cohort_size": int, "trial_status": str}
    columns.update({name: str for name in LIST_COLUMNS})
    columns["extracted_at"] = str
    db["evidence"].create(columns, pk="doc_id", not_null={"source", "registered"},
                          foreign_keys=[("doc_id", "documents", "doc_id")])
    db["evidence_spans"].create({
        "id": int, "doc_id": str, "field": str, "value": str, "quote": str,
        "start": int, "end": int, "method": str, "note": str,
    }, pk="id", not_null={"doc_id", "field", "quote", "start", "end", "method"},
        foreign_keys=[("doc_id", "documents", "doc_id")])
    db["evidence_spans"].create_index(["doc_id"])
    db["evidence_spans"].create_index(["field", "value"])
    db["registry_ids"].create({"doc_id": str, "registry_id": str, "registry": str},
                              pk=("doc_id", "registry_id"),
                              foreign_keys=[("doc_id", "documents", "doc_id")])
    db["registry_ids"].create_index(["registry_id"])
    db["ingest_errors"].create({"id": int, "source": str, "stage": str, "message": str,
                                "at": str}, pk="id", not_null={"source", "stage", "message"})
    db["fetch_state"].create({"key": str, "value": str, "updated_at": str}, pk="key")
    db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")


@migrations()
def m002_claims_links_views(db):
    """Document-type confidence, registry flags, claims, links, and the four analysis views."""
    db["evidence"].add_column("doc_type_confidence", float)
    db["evidence"].add_column("doc_type_reasons", str)
    db["evidence"].add_column("registry_flags", str)
    db["claims"].create({
        "id": int, "doc_id": str, "sentence": str, "start": int, "end": int, "strength": str,
        "strength_cues": str, "outcomes": str, "conditions": str, "citation_kind": str,
        "citation": str, "citation_start": int, "citation_end": int,
    }, pk="id", not_null={"doc_id", "sentence", "start", "end", "strength", "citation_kind"},
        foreign_keys=[("doc_id", "documents", "doc_id")])
    db["claims"].create_index(["doc_id"])
    db["links"].create({"publication_doc_id": str, "registry_id": str, "registry_doc_id": str,
                        "via": str}, pk=("publication_doc_id", "registry_id"))
    db["links"].create_index(["registry_id"])
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


VIEWS = {
    # Registry records with what they reported and what cites them.
    "registered_trials": """
select e.doc_id, e.title, e.trial_status, e.evidence_tier, e.study_design, e.cohort_size,
       e.conditions, e.cell_sources, e.routes, e.registry_ids,
       coalesce(json_extract(d.metadata, '$.has_results'), 0) as has_results,
       (select count(*) from links l
         where l.registry_doc_id = e.doc_id) as linked_publications,
       e.registry_flags, e.source
from evidence e join documents d on d.doc_id = e.doc_id
where e.doc_type = 'registry_record'
""",
    # Publication-bias signal: finished without results or a publication; or a flagged sponsor.
    "silent_trials": """
select doc_id, title, trial_status, cohort_size, conditions, cell_sources, has_results,
       linked_publications, registry_flags,
       case when trial_status in ('completed', 'terminated') and has_results = 0
                 and linked_publications = 0
            then 'completed or terminated, no results posted, no linked publication'
            else 'registration flagged: ' || registry_flags end as why
from registered_trials
where (trial_status in ('completed', 'terminated') and has_results = 0
       and linked_publications = 0)
   or coalesce(registry_flags, '[]') != '[]'
""",
    # Each claim beside the trial it cites (when it cites a registry id we hold).
    "promotional_claims": """
select c.id as claim_id, c.doc_id, e.doc_type, e.title, c.sentence, c.strength,
       c.strength_cues, c.outcomes, c.conditions, c.citation_kind, c.citation,
       t.doc_id as cited_trial, t.trial_status as cited_trial_status,
       t.evidence_tier as cited_trial_tier, e.source
from claims c join evidence e on e.doc_id = c.doc_id
left join links l on l.publication_doc_id = c.doc_id and l.registry_id = c.citation
left join evidence t on t.doc_id = l.registry_doc_id
""",
    # Per condition: how much of what kind of evidence there is.
    "evidence_by_condition": """
select j.value as condition,
       count(*) as documents,
       sum(e.doc_type = 'registry_record') as registry_records,
       sum(e.doc_type = 'primary_study') as primary_studies,
       sum(e.doc_type = 'review') as reviews,
       sum(e.doc_type in ('news', 'promotional')) as news_and_promotional,
       min(e.tier_rank) as best_tier_rank,
       (select e2.evidence_tier from evidence e2, json_each(e2.conditions) j2
         where j2.value = j.value order by e2.tier_rank limit 1) as best_tier,
       (select count(*) from claims c join evidence ce on ce.doc_id = c.doc_id,
               json_each(ce.conditions) cj where cj.value = j.value) as claims
from evidence e, json_each(e.conditions) j
group by j.value
""",
}


@migrations()
def m003_corrections(db):
    """Reviewers' curated values, which override extraction and survive re-extraction."""
    db["corrections"].create({
        "id": int, "doc_id": str, "field": str, "value": str, "note": str,
        "curator": str, "at": str,
    }, pk="id", not_null={"doc_id", "field", "value", "curator", "at"},
        foreign_keys=[("doc_id", "documents", "doc_id")])
    db["corrections"].create_index(["doc_id", "field"])
    # The extractor's own values, kept beside the curated ones so evaluate scores the extractor.
    db["evidence"].add_column("extracted", str)


@migrations()
def m004_cell_origin(db):
    """Autologous or allogeneic cells, an attribute of the cell sources (JSON list)."""
    db["evidence"].add_column("cell_origin", str)


@migrations()
def m005_doc_date(db):
    """The document's own date (publication, study start or page date), for date filters."""
    db["evidence"].add_column("doc_date", str)
    db["evidence"].create_index(["doc_date"])


# Below this share of the genre votes the document type was right on about half of the
# annotated pages that reached it (the default for pages without genre cues sits at 0.3).
UNCERTAIN_TYPE_BELOW = 0.5

# Records about a fertility condition that a reviewer should check first: the values the
# extractor was least sure of, or could not give. A field a reviewer has corrected no longer
# counts. Off-topic records (the stored registry and PubMed responses of other subjects) often
# have no design to give and are left out.
NEEDS_REVIEW_VIEW = f"""
select doc_id, title, doc_type, doc_type_confidence, evidence_tier, study_design,
       substr(why, 3) as why, source
from (
  select e.*,
         case when e.doc_id in (select doc_id from corrections where field = 'doc_type')
              then ''
              when e.doc_type is null then '; no document type'
              when e.doc_type_confidence < {UNCERTAIN_TYPE_BELOW}
              then printf('; document type uncertain (%.2f)', e.doc_type_confidence)
              else '' end
         || case when e.evidence_tier is null and e.doc_id not in
                      (select doc_id from corrections where field = 'evidence_tier')
                 then '; no evidence tier' else '' end
         || case when e.study_design is null and e.doc_id not in
                      (select doc_id from corrections where field = 'study_design')
                 then '; no study design' else '' end as why
  from evidence e
  where exists (select 1 from json_each(e.conditions) where value != 'other')
)
where why != ''
"""


@migrations()
def m006_needs_review(db):
    """The ``needs_review`` view: records with an uncertain document type or a missing design."""
    db.create_view("needs_review", NEEDS_REVIEW_VIEW, replace=True)
