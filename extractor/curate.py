"""Reviewers' corrections: a curated value overrides the extracted one and is never overwritten.

Corrections live in their own table (who, when, why). They are applied to the ``evidence`` row
when stored and again after every re-extraction of that document, so queries and exports always
show the curated value. The extractor's own values stay in ``evidence.extracted`` so that
``evaluate`` keeps scoring the extractor, not the reviewer.
"""
import getpass
import json
import os

from .errors import UnknownCode
from .record import LIST_FIELDS
from .store import apply_corrections, load_document, now
from .vocabulary import FIELD_SECTIONS, codes

CURATABLE = (*LIST_FIELDS, "doc_type", "evidence_tier", "study_design", "registered",
             "cohort_size", "trial_status")
EMPTY = ("", "none", "null", "-")


def parse_value(field: str, raw: str):
    """A command-line value as the field's type, checked against the vocabulary.

    Lists are comma-separated codes (``poi,dor``); ``none`` clears a field.
    """
    if field not in CURATABLE:
        raise UnknownCode(field, f"not a field that can be corrected; choose one of: "
                                 f"{', '.join(CURATABLE)}")
    text = raw.strip()
    if field in LIST_FIELDS:
        values = [] if text.lower() in EMPTY else [v.strip() for v in text.split(",")]
        for value in values:
            _check_code(field, value)
        return values
    if text.lower() in EMPTY:
        return None
    if field == "cohort_size":
        return _positive_int(text)
    if field == "registered":
        return _boolean(text)
    _check_code(field, text)
    return text


def _check_code(field: str, value: str) -> None:
    if field in FIELD_SECTIONS and value not in codes(field):
        raise UnknownCode(value, f"not a {field} code; choose one of: {', '.join(codes(field))}")
    if field == "registry_ids" and len(value) < 4:
        raise UnknownCode(value, "not a registration id (e.g. NCT01234567)")


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise UnknownCode(text, "cohort_size must be a whole number of participants (or none)")
    return int(text)


def _boolean(text: str) -> bool:
    if text.lower() not in ("true", "false", "yes", "no"):
        raise UnknownCode(text, "registered must be true or false")
    return text.lower() in ("true", "yes")


def current_curator() -> str:
    """Who is correcting: ``$STEMCELL_CURATOR`` if set, else the login name."""
    return os.environ.get("STEMCELL_CURATOR") or getpass.getuser()


def correct(db, doc_id: str, field: str, raw_value: str, note: str | None = None,
            curator: str | None = None) -> dict:
    """Store a curated value and apply it; returns the stored correction.

    :raises UnknownDocument: when ``doc_id`` is not in the database
    :raises UnknownCode: when the field or value is not in the vocabulary
    """
    load_document(db, doc_id)
    value = parse_value(field, raw_value)
    row = {"doc_id": doc_id, "field": field, "value": json.dumps(value), "note": note,
           "curator": curator or current_curator(), "at": now()}
    with db.atomic():
        db["corrections"].insert(row)
        apply_corrections(db, doc_id)
    return row


def curated_evidence(db, doc_id: str) -> list[dict]:
    """Evidence items that record each correction (who, when, why) for exports."""
    items = []
    for row in db.query("select * from corrections where doc_id = ? order by id", [doc_id]):
        why = f"curated by {row['curator']} at {row['at']}" + (
            f": {row['note']}" if row["note"] else "")
        items.append({"field": row["field"], "value": json.loads(row["value"]), "quote": "",
                      "start": 0, "end": 0, "method": "curated", "note": why})
    return items
