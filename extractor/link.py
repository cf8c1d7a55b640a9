"""Links between publications and registry records, rebuilt from what the database holds.

Three routes lead from a publication to a trial: a PubMed DataBank accession, a registration id
written in the text, and a registry record's own list of reference PMIDs. ``links`` is derived
data, so it is rebuilt whole after each ingest: a document that arrives later links up too.
"""
import json

LINK_QUERY = """
select r.doc_id as publication_doc_id, r.registry_id,
       coalesce(
         (select t.doc_id from evidence t
           where t.doc_id = r.registry_id and t.doc_type = 'registry_record'),
         (select min(t.doc_id) from evidence t join registry_ids tr on tr.doc_id = t.doc_id
           where tr.registry_id = r.registry_id and t.doc_type = 'registry_record')
       ) as registry_doc_id,
       d.metadata
from registry_ids r
join documents d on d.doc_id = r.doc_id
join evidence e on e.doc_id = r.doc_id
where coalesce(e.doc_type, '') != 'registry_record'
"""


def _via(metadata: str | None, registry_id: str) -> str:
    databank = json.loads(metadata or "{}").get("databank_ids") or []
    return "databank" if registry_id in databank else "text"


def iter_id_links(db):
    """Links from publications that name a registration id (DataBank or text)."""
    for row in db.query(LINK_QUERY):
        yield {"publication_doc_id": row["publication_doc_id"],
               "registry_id": row["registry_id"], "registry_doc_id": row["registry_doc_id"],
               "via": _via(row["metadata"], row["registry_id"])}


def iter_reference_links(db):
    """Links from registry records' reference PMIDs to the PubMed documents we hold."""
    rows = db.query("select doc_id, metadata from documents where kind = 'ctgov'")
    for row in rows:
        for reference in json.loads(row["metadata"] or "{}").get("reference_pmids") or []:
            pmid = reference.get("pmid") if isinstance(reference, dict) else reference
            publication = f"PMID:{pmid}"
            if pmid and db["documents"].count_where("doc_id = ?", [publication]):
                yield {"publication_doc_id": publication, "registry_id": row["doc_id"],
                       "registry_doc_id": row["doc_id"], "via": "registry_reference"}


def refresh_links(db) -> int:
    """Rebuild the ``links`` table in one transaction; returns the number of links."""
    links = {}
    for link in [*iter_id_links(db), *iter_reference_links(db)]:
        key = (link["publication_doc_id"], link["registry_id"])
        if key not in links or links[key]["registry_doc_id"] is None:
            links[key] = link
    with db.atomic():
        db.execute("delete from links")
        if links:
            db["links"].insert_all(links.values())
    return len(links)
