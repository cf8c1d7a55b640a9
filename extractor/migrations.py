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
