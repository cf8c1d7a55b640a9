"""Reviewers' corrections: override in queries and exports, survive re-extraction, gold export."""
import json

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.curate import correct, parse_value
from extractor.errors import UnknownCode, UnknownDocument
from extractor.export import iter_gold, iter_records
from extractor.store import evidence_rows, open_db, save
from helpers import make_document, make_record


@pytest.fixture
def db():
    database = open_db(":memory:")
    document = make_document()
    save(database, document, make_record(document))
    return database


@pytest.mark.parametrize("field, raw, value", [
    ("conditions", "poi, dor", ["poi", "dor"]),
    ("routes", "none", []),
    ("cohort_size", "80", 80),
    ("cohort_size", "none", None),
    ("registered", "yes", True),
    ("study_design", "rct", "rct"),
])
def test_parse_value(field, raw, value):
    assert parse_value(field, raw) == value


@pytest.mark.parametrize("field, raw, message", [
    ("conditions", "ovarian failure", "not a conditions code"),
    ("cohort_size", "-3", "whole number"),
    ("registered", "maybe", "true or false"),
    ("colour", "red", "not a field that can be corrected"),
])
def test_bad_values_are_named(field, raw, message):
    with pytest.raises(UnknownCode, match=message):
        parse_value(field, raw)


def test_a_correction_overrides_and_survives_re_extraction(db):
    doc_id = "sha256:0000000000000001"
    correct(db, doc_id, "cohort_size", "18", note="18 enrolled, 16 completed", curator="rk")
    assert evidence_rows(db)[0]["cohort_size"] == 18
    document = make_document()
    save(db, document, make_record(document))  # extraction runs again: still 12
    assert evidence_rows(db)[0]["cohort_size"] == 18
    record = next(iter_records(db))
    assert record["cohort_size"] == 18
    curated = [e for e in record["evidence"] if e["method"] == "curated"]
    assert curated[0]["note"].startswith("curated by rk at ")
    assert curated[0]["note"].endswith(": 18 enrolled, 16 completed")
    assert next(iter_records(db, extracted=True))["cohort_size"] == 12


def test_unknown_document(db):
    with pytest.raises(UnknownDocument):
        correct(db, "NCT00000000", "routes", "intravenous")


def test_gold_export_holds_only_curated_records_in_gold_format(db):
    other = make_document(doc_id="sha256:0000000000000002")
    save(db, other, make_record(other))
    correct(db, "sha256:0000000000000001", "routes", "intrauterine", curator="rk")
    gold = list(iter_gold(db))
    assert [g["doc_id"] for g in gold] == ["sha256:0000000000000001"]
    assert gold[0]["routes"] == ["intrauterine"]
    assert list(gold[0]) == ["doc_id", "file", "source_url", "title", "doc_type",
                             "evidence_tier", "study_design", "registered", "registry_ids",
                             "conditions", "cell_sources", "routes", "cohort_size", "outcomes",
                             "notes"]


def test_correct_and_evaluate_against_the_corrections_from_the_command_line(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "study.txt").write_text("Twelve women with POI received umbilical cord MSCs "
                                      "intravenously.", encoding="utf-8")
    db = tmp_path / "e.db"
    runner.invoke(cli, ["extract", "--db", str(db), str(folder)], catch_exceptions=False)
    doc_id = json.loads(runner.invoke(cli, ["query", "--db", str(db), "--format", "json"])
                        .stdout)[0]["doc_id"]
    result = runner.invoke(cli, ["correct", "--db", str(db), doc_id, "routes", "intraovarian",
                                 "--note", "methods say ovarian", "--curator", "rk"])
    assert result.exit_code == 0, result.output
    gold = tmp_path / "gold.jsonl"
    runner.invoke(cli, ["export", "--db", str(db), "--gold", "--out", str(gold)])
    scored = runner.invoke(cli, ["evaluate", "--db", str(db), "--gold", str(gold)])
    assert "documents matched: 1" in scored.stdout
    routes = next(line for line in scored.stdout.splitlines() if line.startswith("routes"))
    assert routes.split()[-1] != "1.000"  # the extractor said intravenous; the reviewer did not
    bad = runner.invoke(cli, ["correct", "--db", str(db), doc_id, "routes", "ovary"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: ovary: not a routes code")
