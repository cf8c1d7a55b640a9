"""The command line: exit codes, the one error shape, and each command on real inputs."""
import json

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.export import validate_record
from helpers import SEEDS

STUDY = ("Intrauterine infusion of umbilical cord mesenchymal stem cells in women with thin "
         "endometrium: a pilot study.\nMethods: Eighteen women with refractory thin endometrium "
         "received UC-MSCs by intrauterine infusion. Endometrial thickness and clinical "
         "pregnancy were recorded.\n")

# A lay page with no genre wording at all: typed by default, so to be checked first.
LAY_PAGE = ("Can the ovary be renewed?\nPremature ovarian insufficiency affects about one in a "
            "hundred women under forty. Stem cells taken from bone marrow are placed into the "
            "ovaries, where they may renew the tissue that makes eggs.\n")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def mixed_folder(tmp_path):
    """Two good documents with a garbage file and an empty file between them."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_study.txt").write_text(STUDY, encoding="utf-8")
    (folder / "b_garbage.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_study.txt").write_text(STUDY.replace("Eighteen", "Twenty"), encoding="utf-8")
    return folder


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_every_command_has_help(runner):
    for name, command in cli.commands.items():
        result = run(runner, name, "--help")
        assert result.exit_code == 0, name
        assert "Example:" in result.output or getattr(command, "commands", None), name


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_land(runner, mixed_folder, tmp_path):
    db = tmp_path / "e.db"
    result = run(runner, "extract", "--db", db, mixed_folder)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"Error: {mixed_folder / 'b_garbage.txt'}: binary data" in "\n".join(lines)
    assert any(line.startswith(f"Error: {mixed_folder / 'c_empty.txt'}: ") for line in lines)
    assert lines[-1] == f"Error: 2 input(s) failed; see ingest_errors in {db}"
    assert "Traceback" not in result.output
    exported = run(runner, "export", "--db", db, "--format", "jsonl")
    sources = {json.loads(line)["source"] for line in exported.stdout.splitlines()}
    assert sources == {str(mixed_folder / "a_study.txt"), str(mixed_folder / "d_study.txt")}


def test_errors_are_recorded_in_the_database(runner, mixed_folder, tmp_path):
    from extractor.store import open_db
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    rows = list(open_db(db)["ingest_errors"].rows)
    assert {r["source"] for r in rows} == {str(mixed_folder / "b_garbage.txt"),
                                          str(mixed_folder / "c_empty.txt")}
    assert {r["stage"] for r in rows} == {"parse"}


def test_extracting_twice_stores_no_duplicates(runner, mixed_folder, tmp_path):
    from extractor.store import open_db
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    second = run(runner, "extract", "--db", db, mixed_folder)
    assert "0 new, 0 updated, 2 unchanged" in second.stderr
    assert open_db(db)["evidence"].count == 2


def test_a_missing_path_is_a_usage_error(runner, tmp_path):
    result = run(runner, "extract", "--db", tmp_path / "e.db", tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_seeds_export_five_valid_records_each_value_quoted(runner, tmp_path):
    db = tmp_path / "seeds.db"
    run(runner, "extract", "--db", db, SEEDS)
    result = run(runner, "export", "--db", db, "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for record in records:
        validate_record(record)
        text = texts[record["source"].rsplit("/", 1)[-1]]
        for item in record["evidence"]:
            assert text[item["start"]:item["end"]] == item["quote"]
        quoted_fields = {item["field"] for item in record["evidence"] if item["quote"]}
        for name in ("conditions", "cell_sources", "routes", "outcomes", "registry_ids"):
            if record[name]:
                assert name in quoted_fields, (record["source"], name)


def test_export_csv_has_one_row_per_record(runner, mixed_folder, tmp_path):
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    out = tmp_path / "records.csv"
    result = run(runner, "export", "--db", db, "--format", "csv", "--out", out)
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc_id,source,title,doc_type")
    assert len(lines) == 3


def test_query_filters_and_rejects_unknown_codes(runner, mixed_folder, tmp_path):
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    found = run(runner, "query", "--db", db, "--condition", "thin_endometrium",
                "--format", "json")
    assert len(json.loads(found.stdout)) == 2
    none = run(runner, "query", "--db", db, "--condition", "noa", "--format", "json")
    assert json.loads(none.stdout) == []
    bad = run(runner, "query", "--db", db, "--condition", "ovaries")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: ovaries: not a conditions code; choose one of: poi")


def test_query_full_text(runner, mixed_folder, tmp_path):
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    result = run(runner, "query", "--db", db, "--text", "Twenty", "--format", "json")
    assert [r["source"] for r in json.loads(result.stdout)] == [
        str(mixed_folder / "d_study.txt")]


def test_evaluate_prints_every_field(runner, tmp_path):
    db = tmp_path / "seeds.db"
    run(runner, "extract", "--db", db, SEEDS)
    result = run(runner, "evaluate", "--db", db, "--gold", SEEDS / "gold.jsonl")
    assert result.exit_code == 0
    assert "documents matched: 5" in result.stdout
    for name in ("doc_type", "evidence_tier", "study_design", "registered", "conditions",
                 "cell_sources", "routes", "outcomes", "registry_ids", "cohort_size"):
        assert f"\n{name} " in result.stdout


def test_show_highlights_evidence_and_names_unknown_ids(runner, mixed_folder, tmp_path):
    db = tmp_path / "e.db"
    run(runner, "extract", "--db", db, mixed_folder)
    doc_id = json.loads(run(runner, "query", "--db", db, "--format", "json").stdout)[0]["doc_id"]
    result = run(runner, "show", "--db", db, doc_id, "--no-color")
    assert "⟦thin endometrium⟧" in result.stdout
    assert "conditions = thin_endometrium" in result.stdout
    missing = run(runner, "show", "--db", db, "PMID:1")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Error: PMID:1: no document with this id")


def test_build_reads_a_corpora_folder_and_prints_the_table(runner, tmp_path):
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    (corpora / "study.txt").write_text(STUDY, encoding="utf-8")
    result = run(runner, "build", "--db", tmp_path / "e.db", "--corpora", corpora)
    assert result.exit_code == 0
    assert "thin_endometrium" in result.stdout
    assert "1 documents stored (1 new" in result.stdout


def test_records_to_check_first_are_listed_shown_and_counted(runner, tmp_path):
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    (corpora / "study.txt").write_text(STUDY, encoding="utf-8")
    (corpora / "lay.txt").write_text(LAY_PAGE, encoding="utf-8")
    db = tmp_path / "e.db"
    built = run(runner, "build", "--db", db, "--corpora", corpora)
    assert "1 of those to check first" in built.stdout
    listed = run(runner, "query", "--db", db, "--needs-review", "--format", "json")
    [row] = json.loads(listed.stdout)
    assert (row["title"], row["why"]) == ("Can the ovary be renewed?",
                                          "document type uncertain (0.30)")
    shown = run(runner, "show", "--db", db, row["doc_id"], "--no-color")
    assert "check first       document type uncertain (0.30)" in shown.stdout
    table = run(runner, "query", "--db", db, "--needs-review").stdout
    assert table.splitlines()[0].split()[-2:] == ["why", "title"]
