"""ClinicalTrials.gov v2: paging, resuming after a kill, and faults, on recorded pages."""
import json
import re
from datetime import date

import pytest
from fetch_replay import CTGOV_PATH, recorded, server_error, too_many_requests

from extractor import harvest
from extractor.errors import FetchFailed, MalformedInput
from extractor.fetch import ctgov
from extractor.store import get_fetch_state, open_db

STUDIES = CTGOV_PATH + "/studies"
PAGE1 = "ctgov/v2_search_page1_countTotal_nextPageToken.json"
PAGE2 = "ctgov/v2_search_page2_via_pageToken.json"
LAST = "ctgov/v2_search_last_page_no_nextPageToken.json"


def token_of(name):
    return json.loads(recorded(name)).get("nextPageToken")


def nct_ids(name):
    return [s["protocolSection"]["identificationModule"]["nctId"]
            for s in json.loads(recorded(name))["studies"]]


@pytest.fixture
def pages(replay):
    """The three recorded pages of one search, chained by their real tokens."""
    replay.route(STUDIES, PAGE1, when=lambda args: "pageToken" not in args)
    replay.route(STUDIES, PAGE2, when=lambda args: args.get("pageToken") == token_of(PAGE1))
    replay.route(STUDIES, LAST, when=lambda args: args.get("pageToken") == token_of(PAGE2))
    return replay


def test_follows_tokens_and_repeats_parameters(pages, make_session):
    served = list(ctgov.search_studies(make_session(), query="Phelan-McDermid Syndrome"))
    assert [p.next_token for p in served] == [token_of(PAGE1), token_of(PAGE2), None]
    hits = pages.hits_to(STUDIES)
    assert [h.args.get("pageToken") for h in hits] == [None, token_of(PAGE1), token_of(PAGE2)]
    assert {h.args["query.term"] for h in hits} == {"Phelan-McDermid Syndrome"}
    assert {h.args["format"] for h in hits} == {"json"}


@pytest.mark.parametrize("query, since, expected", [
    (None, None, {"query.cond", "query.intr"}),
    ("oxytocin", None, {"query.term"}),
    (None, date(2024, 1, 15), {"query.cond", "query.intr", "query.term"}),
])
def test_search_params(query, since, expected):
    params = ctgov.search_params(query, since)
    assert set(params) == expected
    if since:
        assert params["query.term"] == "AREA[LastUpdatePostDate]RANGE[2024-01-15,MAX]"


def test_default_search_crosses_conditions_with_stem_cells():
    params = ctgov.default_search_params()
    assert '"premature ovarian insufficiency"' in params["query.cond"]
    assert '"non-obstructive azoospermia"' in params["query.cond"]
    assert "mesenchymal" in params["query.intr"] and "exosome" in params["query.intr"]
    # abbreviations alone match unrelated records and stay out
    assert "POI" not in params["query.cond"].split(" OR ")


@pytest.mark.parametrize("maximum, page_sizes", [(3, ["3"]), (7, ["5", "2"]), (None, ["5"] * 3)])
def test_max_lowers_the_last_page_size(pages, make_session, maximum, page_sizes):
    list(ctgov.search_studies(make_session(), max_studies=maximum, page_size=5))
    assert [h.args["pageSize"] for h in pages.hits_to(STUDIES)] == page_sizes


def test_repeated_token_stops_with_an_error(replay, make_session):
    replay.route(STUDIES, PAGE1, when=lambda args: "pageToken" not in args)
    # the server hands out page 2, whose token leads back to page 2 again
    replay.route(STUDIES, PAGE2)
    served = ctgov.search_studies(make_session(), query="x")
    with pytest.raises(FetchFailed, match="a second time"):
        list(served)
    # page 1, page 2, then page 2 again, whose token was already seen
    assert len(replay.hits_to(STUDIES)) == 3


@pytest.mark.parametrize("body, reason", [
    (b'{"studies": [{"protocolSection": ', "not valid JSON"),
    (b"<html><body>Service unavailable</body></html>", "not valid JSON"),
    (b'{"totalCount": 0}', "no 'studies' list"),
])
def test_broken_page_is_malformed_input(replay, make_session, body, reason):
    replay.route(STUDIES, body=body)
    with pytest.raises(MalformedInput, match=reason):
        list(ctgov.search_studies(make_session(), query="x"))


def test_get_study(replay, make_session):
    replay.route(CTGOV_PATH + "/studies/NCT02210780",
                 "ctgov/v2_study_NCT02210780_phase2_rct_hasResults.json")
    data = ctgov.get_study(make_session(), "nct02210780")
    assert json.loads(data)["protocolSection"]["identificationModule"]["nctId"] == "NCT02210780"


@pytest.mark.parametrize("nct_id, reason", [
    ("NCT0221078", "expected NCT and 8 digits"),
    ("ISRCTN12345678", "expected NCT and 8 digits"),
    ("NCT99999999", "no study with this id (HTTP 404)"),
])
def test_get_study_errors(replay, make_session, nct_id, reason):
    replay.route(CTGOV_PATH + "/studies/NCT99999999", body=b"Study not found", status=404,
                 content_type="text/plain")
    with pytest.raises(FetchFailed, match=re.escape(reason)):
        ctgov.get_study(make_session(), nct_id)


def _stored(db):
    return sorted(row["doc_id"] for row in db["documents"].rows)


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_stores_every_study_once(pages, make_session, db):
    summary = harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    expected = sorted(set(nct_ids(PAGE1) + nct_ids(PAGE2) + nct_ids(LAST)))
    assert _stored(db) == expected
    assert summary.fetched == 13 and summary.new == 10 and summary.unchanged == 3
    assert summary.stopped is None and summary.failed == 0
    assert summary.requests == 3
    assert db["fetch_state"].count == 0


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_max(pages, make_session, db):
    summary = harvest.harvest_ctgov(db, make_session(), query="x", max_studies=7,
                                    page_size=5, extract=False)
    assert summary.fetched == 7
    assert _stored(db) == sorted(nct_ids(PAGE1) + nct_ids(PAGE2)[:2])


class Killed(BaseException):
    """Stands for the run being killed (a BaseException, like KeyboardInterrupt)."""


@pytest.mark.usefixtures("stand_in_parser")
@pytest.mark.parametrize("kill_after_pages", [1, 2])
def test_killed_run_resumes_to_the_same_database(pages, make_session, tmp_path,
                                                 kill_after_pages):
    whole = open_db(tmp_path / "whole.db")
    harvest.harvest_ctgov(whole, make_session(use_cache=False), query="x", extract=False)

    killed = open_db(tmp_path / "killed.db")
    pages.hits.clear()

    def kill(summary, seen=[]):
        seen.append(summary)
        if len(seen) == kill_after_pages:
            raise Killed
    with pytest.raises(Killed):
        harvest.harvest_ctgov(killed, make_session(use_cache=False), query="x",
                              extract=False, on_page=kill)
    key = harvest.state_key("ctgov", query="x")
    assert json.loads(get_fetch_state(killed, key))["stored"] == 5 * kill_after_pages
    resumed = harvest.harvest_ctgov(killed, make_session(use_cache=False), query="x",
                                    extract=False)
    assert _stored(killed) == _stored(whole)
    assert get_fetch_state(killed, key) is None
    # the rerun started at the first page the killed run had not stored
    tokens = [h.args.get("pageToken") for h in pages.hits_to(STUDIES)]
    assert tokens[kill_after_pages] == [token_of(PAGE1), token_of(PAGE2)][kill_after_pages - 1]
    assert resumed.requests == 3 - kill_after_pages


@pytest.mark.usefixtures("stand_in_parser")
def test_rerun_downloads_nothing_it_has(pages, make_session, db):
    harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    again = harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    assert again.requests == 0 and again.cache_hits == 3
    assert again.new == 0 and again.unchanged == 13


@pytest.mark.usefixtures("stand_in_parser")
@pytest.mark.parametrize("fault", [too_many_requests("1"), server_error])
def test_harvest_rides_out_a_transient_fault(pages, make_session, db, fault):
    pages.fault(STUDIES, fault)
    summary = harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    assert summary.retries == 1 and summary.stopped is None
    assert len(_stored(db)) == 10


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_stops_clearly_and_keeps_what_it_stored(replay, make_session, db):
    replay.route(STUDIES, PAGE1, when=lambda args: "pageToken" not in args)
    replay.route(STUDIES, body=b'{"studies": [', content_type="application/json")
    summary = harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    assert isinstance(summary.stopped, MalformedInput)
    assert _stored(db) == sorted(nct_ids(PAGE1))
    rows = list(db["ingest_errors"].rows)
    assert [r["stage"] for r in rows] == ["fetch"] and "not valid JSON" in rows[0]["message"]
    # the next run resumes at page 2, not page 1
    state = json.loads(get_fetch_state(db, harvest.state_key("ctgov", query="x")))
    assert state == {"token": token_of(PAGE1), "stored": 5}


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_empty_result(replay, make_session, db):
    replay.route(STUDIES, body=b'{"studies": []}')
    summary = harvest.harvest_ctgov(db, make_session(), query="x", extract=False)
    assert (summary.fetched, summary.failed, summary.stopped) == (0, 0, None)
