"""All database writes and reads of stored rows, through sqlite-utils.

One transaction per document: its ``documents`` row, its ``evidence`` row, and the replacement of
its ``evidence_spans`` and ``registry_ids`` rows land together or not at all.
"""
import json
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from .document import Document, document_date
from .errors import UnknownDocument, UnreadableInput
from .migrations import LIST_COLUMNS, migrations
from .record import Record
from .vocabulary import tier_rank

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
EXTRACTED_FIELDS = (*LIST_COLUMNS, "doc_type", "evidence_tier", "study_design", "registered",
                    "cohort_size", "trial_status")


def now() -> str:
    """UTC timestamp in ISO 8601, as stored in every ``*_at`` column."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_db(path) -> Database:
    """Open (or create) the evidence database and apply pending migrations.

    :param path: a file path, or ``":memory:"``
    """
    try:
        if str(path) == ":memory:":
            db = Database(memory=True)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
    except Exception as error:  # sqlite3 raises several unrelated classes for a bad file
        if error.__class__.__module__ not in ("sqlite3", "sqlite_utils.db"):
            raise
        raise UnreadableInput(path, f"not a usable SQLite database ({error})") from None
    return db


def schema_version(db: Database) -> list[str]:
    """Names of the applied migrations, oldest first."""
    return [m.name for m in migrations.applied(db)]


def save_document(db: Database, document: Document) -> str:
    """Upsert the ``documents`` row; returns ``new``, ``updated`` or ``unchanged``."""
    content_hash = document.content_hash()
    existing = _existing_hash(db, document.doc_id)
    stamp = now()
    row = {"doc_id": document.doc_id, "source": document.source, "kind": document.kind,
           "title": document.title, "text": document.text,
           "sections": json.dumps(document.sections),
           "metadata": json.dumps(document.metadata, ensure_ascii=False, default=str),
           "content_hash": content_hash, "updated_at": stamp}
    if existing is None:
        row["ingested_at"] = stamp
        db["documents"].insert(row)
        return NEW
    db["documents"].update(document.doc_id, row)
    return UNCHANGED if existing == content_hash else UPDATED


def _existing_hash(db: Database, doc_id: str) -> str | None:
    rows = db.execute("select content_hash from documents where doc_id = ?", [doc_id]).fetchall()
    return rows[0][0] if rows else None


def save(db: Database, document: Document, record: Record) -> str:
    """Store one document and its record in one transaction.

    :returns: ``new``, ``updated`` (text changed) or ``unchanged``
    """
    with db.atomic():
        status = save_document(db, document)
        db["evidence"].upsert({**_evidence_row(record), "doc_date": document_date(document)},
                              pk="doc_id")
        apply_corrections(db, record.doc_id)
        _replace_rows(db, "evidence_spans", record.doc_id, _span_rows(record))
        _replace_rows(db, "registry_ids", record.doc_id, [
            {"doc_id": record.doc_id, "registry_id": rid, "registry": registry_of(rid)}
            for rid in record.registry_ids])
        _replace_rows(db, "claims", record.doc_id, _claim_rows(record))
    return status


def _evidence_row(record: Record) -> dict:
    row = {"doc_id": record.doc_id, "source": record.source, "title": record.title,
           "doc_type": record.doc_type, "evidence_tier": record.evidence_tier,
           "tier_rank": tier_rank(record.evidence_tier) if record.evidence_tier else None,
           "study_design": record.study_design, "registered": int(bool(record.registered)),
           "cohort_size": record.cohort_size, "trial_status": record.trial_status,
           "extracted_at": now()}
    row.update({name: json.dumps(getattr(record, name)) for name in LIST_COLUMNS})
    row["doc_type_confidence"] = record.extras.get("doc_type_confidence")
    row["doc_type_reasons"] = json.dumps(record.extras.get("doc_type_reasons") or [])
    row["registry_flags"] = json.dumps(record.extras.get("registry_flags") or [])
    row["cell_origin"] = json.dumps(record.extras.get("cell_origin") or [])
    row["extracted"] = json.dumps({name: getattr(record, name) for name in EXTRACTED_FIELDS})
    return row


def latest_corrections(db: Database, doc_id: str) -> dict:
    """The newest curated value of each corrected field of one document."""
    rows = db.query("select field, value from corrections where doc_id = ? order by id",
                    [doc_id])
    return {row["field"]: json.loads(row["value"]) for row in rows}


def apply_corrections(db: Database, doc_id: str) -> None:
    """Write the curated values over the extracted ones in the ``evidence`` row."""
    update = {}
    for field, value in latest_corrections(db, doc_id).items():
        if field in LIST_COLUMNS:
            update[field] = json.dumps(value)
        elif field == "registered":
            update[field] = int(bool(value))
        else:
            update[field] = value
        if field == "evidence_tier":
            update["tier_rank"] = tier_rank(value) if value else None
    if update:
        db["evidence"].update(doc_id, update)


def _claim_rows(record: Record) -> list[dict]:
    rows = []
    for claim in record.extras.get("claims") or []:
        row = claim.as_row(record.doc_id)
        for name in ("strength_cues", "outcomes", "conditions"):
            row[name] = json.dumps(row[name])
        rows.append(row)
    return rows


def _span_rows(record: Record) -> list[dict]:
    return [{"doc_id": record.doc_id, "field": f.field, "value": encode_value(f.value),
             "quote": f.quote, "start": f.start, "end": f.end, "method": f.method,
             "note": f.note} for f in record.evidence]


def _replace_rows(db: Database, table: str, doc_id: str, rows: list[dict]) -> None:
    db.execute(f"delete from [{table}] where doc_id = ?", [doc_id])
    if rows:
        db[table].insert_all(rows)


def encode_value(value) -> str:
    """Span values as text: codes and ids as they are, numbers and flags as JSON."""
    return value if isinstance(value, str) else json.dumps(value)


# The registries behind Japan's primary registry (JPRN) issue their own ids.
JAPANESE_REGISTRIES = ("UMIN", "jRCT", "JapicCTI")


def registry_of(registry_id: str) -> str:
    """The registry an id belongs to, from its prefix (``NCT``, ``IRCT``, ``CTRI`` ...)."""
    for prefix in ("ChiCTR", "EudraCT", "ISRCTN", "ACTRN", "PACTR", "DRKS", "JPRN", "TCTR",
                   "IRCT", "CTRI", "KCT", "NCT"):
        if registry_id.startswith(prefix):
            return prefix
    if registry_id.startswith(JAPANESE_REGISTRIES):
        return "JPRN"
    return "EudraCT" if registry_id[:4].isdigit() else "other"


def record_error(db: Database, source, stage: str, message: str) -> None:
    """Write one row to ``ingest_errors`` (its own transaction, so it survives a rollback)."""
    with db.atomic():
        db["ingest_errors"].insert({"source": str(source), "stage": stage, "message": message,
                                    "at": now()})


def get_fetch_state(db: Database, key: str) -> str | None:
    """The saved cursor (page token, last batch) for a fetch run, or ``None``."""
    rows = db.execute("select value from fetch_state where key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def set_fetch_state(db: Database, key: str, value: str | None) -> None:
    """Save (or clear, with ``None``) a fetch cursor."""
    with db.atomic():
        if value is None:
            db.execute("delete from fetch_state where key = ?", [key])
        else:
            db["fetch_state"].upsert({"key": key, "value": value, "updated_at": now()}, pk="key")


def load_document(db: Database, doc_id: str) -> Document:
    """A stored document back as a :class:`Document`.

    :raises UnknownDocument: when no document has that id
    """
    try:
        row = db["documents"].get(doc_id)
    except Exception as error:
        if error.__class__.__name__ != "NotFoundError":
            raise
        raise UnknownDocument(doc_id, "no document with this id in the database; "
                                      "list ids with 'query'") from None
    return Document(doc_id=row["doc_id"], source=row["source"], kind=row["kind"],
                    title=row["title"], text=row["text"],
                    sections=[tuple(s) for s in json.loads(row["sections"] or "[]")],
                    metadata=json.loads(row["metadata"] or "{}"))


def evidence_rows(db: Database, where: str = "", params=()) -> list[dict]:
    """Rows of ``evidence`` with list columns decoded, ordered by tier then cohort size."""
    sql = "select * from evidence" + (f" where {where}" if where else "") + \
          " order by coalesce(tier_rank, 99), coalesce(cohort_size, -1) desc, doc_id"
    rows = []
    for row in db.query(sql, params):
        for name in (*LIST_COLUMNS, "doc_type_reasons", "registry_flags", "cell_origin"):
            row[name] = json.loads(row[name] or "[]")
        row["registered"] = bool(row["registered"])
        row["extracted"] = json.loads(row["extracted"] or "{}")
        rows.append(row)
    return rows


def review_reasons(db: Database, doc_id: str | None = None) -> dict[str, str]:
    """Why records are to be checked first (the ``needs_review`` view), by document id."""
    sql = "select doc_id, why from needs_review" + (" where doc_id = ?" if doc_id else "")
    return {row["doc_id"]: row["why"] for row in db.query(sql, [doc_id] if doc_id else [])}


def links_for(db: Database, doc_id: str) -> list[str]:
    """One line per link of a document: the trials a publication names, with the status and
    tier of those held, or the publications that link to a registry record."""
    lines = []
    for row in db.query("select l.registry_id, l.via, t.doc_id, t.trial_status, t.evidence_tier "
                        "from links l left join evidence t on t.doc_id = l.registry_doc_id "
                        "where l.publication_doc_id = ? order by l.registry_id", [doc_id]):
        held = (f"held as {row['doc_id']}: {row['trial_status'] or 'status unknown'}, "
                f"{row['evidence_tier']}" if row["doc_id"] else "not held")
        lines.append(f"registered as {row['registry_id']} (via {row['via']}; {held})")
    for row in db.query("select publication_doc_id, via from links where registry_doc_id = ? "
                        "order by publication_doc_id", [doc_id]):
        lines.append(f"publication {row['publication_doc_id']} (via {row['via']})")
    return lines


def spans_for(db: Database, doc_id: str) -> list[dict]:
    """Evidence spans of one document, in text order."""
    return list(db.query("select field, value, quote, start, [end], method, note "
                         "from evidence_spans where doc_id = ? order by start, field",
                         [doc_id]))
