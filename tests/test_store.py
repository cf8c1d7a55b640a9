"""Storage: migrations, idempotent upserts, one transaction per document, FTS, errors, cursors."""
import json

import pytest

from extractor.errors import UnknownDocument, UnreadableInput
from extractor.record import Finding
from extractor.store import (NEW, UNCHANGED, UPDATED, get_fetch_state, load_document, open_db,
                             record_error, registry_of, save, schema_version, set_fetch_state)
from helpers import make_document, make_record

TABLES = {"documents", "evidence", "evidence_spans", "registry_ids", "ingest_errors",
          "fetch_state"}


@pytest.fixture
def fresh_db():
    return open_db(":memory:")


def test_open_db_creates_every_table_and_records_the_schema_version(fresh_db):
    assert TABLES <= set(fresh_db.table_names())
    assert schema_version(fresh_db)[0] == "m001_initial"


def test_open_db_twice_applies_nothing_new(tmp_path):
    path = tmp_path / "e.db"
    first = schema_version(open_db(path))
    assert schema_version(open_db(path)) == first


def test_a_file_that_is_not_sqlite_is_a_named_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(UnreadableInput, match="not a usable SQLite database"):
        open_db(path)


def test_saving_twice_updates_in_place(fresh_db):
    document = make_document()
    assert save(fresh_db, document, make_record(document)) == NEW
    assert save(fresh_db, document, make_record(document)) == UNCHANGED
    assert fresh_db["documents"].count == 1
    assert fresh_db["evidence"].count == 1
    assert fresh_db["evidence_spans"].count == 2


def test_changed_text_is_reported_as_updated_and_spans_replaced(fresh_db):
    document = make_document()
    save(fresh_db, document, make_record(document))
    changed = make_document(text="Twelve women with POI received cord blood.")
    record = make_record(changed)
    record.evidence = record.evidence[:1]
    assert save(fresh_db, changed, record) == UPDATED
    assert fresh_db["evidence_spans"].count == 1


def test_evidence_row_holds_lists_as_json_and_the_tier_rank(fresh_db):
    document = make_document()
    save(fresh_db, document, make_record(document, registry_ids=["NCT01234567"]))
    row = fresh_db["evidence"].get(document.doc_id)
    assert json.loads(row["conditions"]) == ["poi"]
    assert row["tier_rank"] == 4
    assert list(fresh_db["registry_ids"].rows) == [
        {"doc_id": document.doc_id, "registry_id": "NCT01234567", "registry": "NCT"}]


def test_a_failing_save_leaves_nothing_of_that_document(fresh_db):
    document = make_document()
    record = make_record(document)
    record.evidence.append(Finding("routes", "intravenous", None, None, None))  # quote missing
    with pytest.raises(Exception):
        save(fresh_db, document, record)
    assert fresh_db["documents"].count == 0
    assert fresh_db["evidence"].count == 0


def test_full_text_search_finds_a_stored_document(fresh_db):
    document = make_document()
    save(fresh_db, document, make_record(document))
    hits = list(fresh_db["documents"].search("umbilical"))
    assert [h["doc_id"] for h in hits] == [document.doc_id]


def test_load_document_round_trips_and_names_missing_ids(fresh_db):
    document = make_document(sections=[("methods", 0, 6)], metadata={"pmid": "1"})
    save(fresh_db, document, make_record(document))
    assert load_document(fresh_db, document.doc_id) == document
    with pytest.raises(UnknownDocument, match="no document with this id"):
        load_document(fresh_db, "NCT00000000")


def test_record_error_and_fetch_state(fresh_db):
    record_error(fresh_db, "bad.json", "parse", "JSON is not well-formed")
    assert fresh_db["ingest_errors"].count == 1
    assert get_fetch_state(fresh_db, "ctgov:q") is None
    set_fetch_state(fresh_db, "ctgov:q", "token-2")
    set_fetch_state(fresh_db, "ctgov:q", "token-3")
    assert get_fetch_state(fresh_db, "ctgov:q") == "token-3"
    set_fetch_state(fresh_db, "ctgov:q", None)
    assert get_fetch_state(fresh_db, "ctgov:q") is None


@pytest.mark.parametrize("registry_id, registry", [
    ("NCT01234567", "NCT"), ("IRCT20190519043634N1", "IRCT"), ("ChiCTR2000031319", "ChiCTR"),
    ("CTRI/2019/05/019265", "CTRI"), ("ACTRN12619000123456", "ACTRN"),
    ("2014-000001-22", "EudraCT"), ("KCT0003456", "KCT"), ("UMIN000012345", "JPRN"),
    ("jRCTb050190106", "JPRN"), ("JapicCTI-184123", "JPRN"),
])
def test_registry_of(registry_id, registry):
    assert registry_of(registry_id) == registry
