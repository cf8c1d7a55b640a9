"""The fetch commands end to end: replayed services → real parsers → the database."""
import pytest
from click.testing import CliRunner
from fetch_replay import CTGOV_PATH, EUTILS_PATH, answer, recorded
from werkzeug import Response

from extractor.cli_fetch import fetch
from extractor.errors import UnknownInputKind
from extractor.parse import parse_bytes
from extractor.store import open_db

STUDIES = CTGOV_PATH + "/studies"
PAGE1 = "ctgov/v2_search_page1_countTotal_nextPageToken.json"
PAGE2 = "ctgov/v2_search_page2_via_pageToken.json"
LAST = "ctgov/v2_search_last_page_no_nextPageToken.json"


def needs_parser(name):
    try:
        parse_bytes(recorded(name), name)
    except UnknownInputKind as error:
        pytest.skip(f"the parser for {name} is not available yet ({error.reason})")


def token_of(name):
    import json
    return json.loads(recorded(name))["nextPageToken"]


@pytest.fixture
def ctgov_pages(replay):
    needs_parser(PAGE1)
    replay.route(STUDIES, PAGE1, when=lambda args: "pageToken" not in args)
    replay.route(STUDIES, PAGE2, when=lambda args: args.get("pageToken") == token_of(PAGE1))
    replay.route(STUDIES, LAST, when=lambda args: args.get("pageToken") == token_of(PAGE2))
    return replay


def run(*args):
    return CliRunner().invoke(fetch, list(args))


def doc_ids(path):
    return sorted(row["doc_id"] for row in open_db(path)["documents"].rows)


@pytest.mark.usefixtures("fetch_env")
def test_fetch_ctgov_stores_every_study_once(ctgov_pages, tmp_path):
    db = tmp_path / "evidence.db"
    result = run("ctgov", "--db", str(db), "--query", "Phelan-McDermid Syndrome", "--max", "13",
                 "--no-extract")
    assert result.exit_code == 0, result.stderr
    assert "13 fetched: 10 new, 0 updated, 3 unchanged, 0 failed; 3 requests" in result.stderr
    assert len(doc_ids(db)) == 10 and all(i.startswith("NCT") for i in doc_ids(db))


@pytest.mark.usefixtures("fetch_env")
def test_fetch_ctgov_with_extraction(ctgov_pages, tmp_path):
    db = tmp_path / "evidence.db"
    result = run("ctgov", "--db", str(db), "--query", "x", "--max", "5")
    assert result.exit_code == 0, result.stderr
    assert open_db(db)["evidence"].count == 5


@pytest.mark.usefixtures("fetch_env")
def test_fetch_ctgov_stops_clearly_then_resumes(ctgov_pages, tmp_path):
    db = tmp_path / "evidence.db"
    ctgov_pages.fault(STUDIES, not_found, when=lambda args: "pageToken" in args)
    first = run("ctgov", "--db", str(db), "--query", "x", "--no-extract")
    assert first.exit_code == 1
    lines = first.stderr.splitlines()
    assert lines[0].startswith(f"Error: {ctgov_pages.url(STUDIES)}?")
    assert lines[0].endswith(": HTTP 404 (Not Found)")
    assert lines[-1].startswith("Error: stopped early (1 failed); rerun the same command")
    stored = doc_ids(db)
    second = run("ctgov", "--db", str(db), "--query", "x", "--no-extract")
    assert second.exit_code == 0, second.stderr
    assert set(stored) < set(doc_ids(db)) and len(doc_ids(db)) == 10
    # the rerun resumed at page 2: page 1 was asked for once in all
    assert sum("pageToken" not in h.args for h in ctgov_pages.hits_to(STUDIES)) == 1


def not_found(request):
    return Response("Not Found", status=404, content_type="text/plain")


@pytest.mark.usefixtures("fetch_env")
def test_fetch_pubmed(replay, tmp_path):
    needs_parser("pubmed/efetch_pmid22663011_rct_phase3_databank_nct.xml")
    replay.route(EUTILS_PATH + "/esearch.fcgi", "pubmed/esearch_usehistory_webenv_querykey.xml",
                 content_type="text/xml")
    replay.fault(EUTILS_PATH + "/efetch.fcgi",
                 answer("pubmed/efetch_two_articles_review_and_unstructured_rettype_abstract.xml"))
    db = tmp_path / "evidence.db"
    result = run("pubmed", "--db", str(db), "--max", "2", "--no-extract", "--email",
                 "someone@example.org")
    assert result.exit_code == 0, result.stderr
    assert doc_ids(db) == ["PMID:12091962", "PMID:9997"]
    efetch = replay.hits_to(EUTILS_PATH + "/efetch.fcgi")[0]
    assert efetch.args["email"] == "someone@example.org" and efetch.args["tool"]


@pytest.mark.usefixtures("fetch_env")
def test_fetch_url_error_shape(tmp_path):
    result = run("url", "--db", str(tmp_path / "e.db"), "ftp://example.org/a.html")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == ("Error: ftp://example.org/a.html: only http:// and https:// URLs can be "
                        "fetched; for a local file use the extract command")
    assert lines[-1].startswith("Error: 1 item(s) failed; see ingest_errors in ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [[], ["ctgov"], ["pubmed"], ["url"]])
def test_help_has_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output
