"""E-utilities: esearch on the history server, efetch in batches, NCBI's limits and faults."""
import json
from pathlib import Path

import pytest
from fetch_replay import (EUTILS_PATH, answer, busiest_second, cut_short, recorded,
                          too_many_requests)

from extractor import harvest
from extractor.errors import FetchFailed, MalformedInput, RateLimited
from extractor.fetch import pubmed
from extractor.fetch.session import NCBI_INTERVAL, NCBI_INTERVAL_WITH_KEY, default_intervals
from extractor.config import load_settings
from extractor.store import get_fetch_state, open_db

ESEARCH = EUTILS_PATH + "/esearch.fcgi"
EFETCH = EUTILS_PATH + "/efetch.fcgi"
SEARCH = "pubmed/esearch_usehistory_webenv_querykey.xml"
ZERO = "pubmed/esearch_zero_results_phrase_not_found.xml"
RECORDED_PUBMED = Path(__file__).parents[2] / "corpora" / "recorded" / "pubmed"
EFETCHES = sorted("pubmed/" + p.name for p in RECORDED_PUBMED.glob("efetch_*.xml"))


def search_ids():
    from lxml import etree
    return [i.text for i in etree.fromstring(recorded(SEARCH)).iterfind("IdList/Id")]


def test_esearch_uses_the_history_server(replay, make_session):
    replay.route(ESEARCH, SEARCH, content_type="text/xml")
    result = pubmed.esearch(make_session(), "cancer", retmax=100)
    assert result.count == 42249 and result.query_key == "1"
    assert result.webenv.startswith("MCID_") and result.ids == search_ids()
    sent = replay.hits_to(ESEARCH)[0].args
    assert sent["usehistory"] == "y" and sent["db"] == "pubmed" and sent["term"] == "cancer"
    assert sent["tool"] == "stemcell-evidence" and sent["email"] == "maintainer@example.org"
    assert "api_key" not in sent


def test_esearch_zero_hits(replay, make_session):
    replay.route(ESEARCH, ZERO, content_type="text/xml")
    result = pubmed.esearch(make_session(), "abcXYZ")
    assert (result.count, result.ids, result.webenv) == (0, [], None)


def test_default_term_and_since(replay, make_session):
    from datetime import date
    replay.route(ESEARCH, ZERO, content_type="text/xml")
    pubmed.esearch(make_session(), since=date(2024, 3, 1))
    sent = replay.hits_to(ESEARCH)[0].args
    assert sent["term"].startswith('("premature ovarian insufficiency"[tiab] OR ')
    assert '"stem cell"[tiab]' in sent["term"]
    assert (sent["datetype"], sent["mindate"]) == ("mdat", "2024/03/01")


@pytest.mark.parametrize("count, batch_size, methods, sizes", [
    (5, 200, ["GET"], [5]),
    (450, 200, ["GET", "GET", "GET"], [200, 200, 50]),
    # above 200 ids per call NCBI wants POST (long GET URLs fail with 414)
    (250, 250, ["POST"], [250]),
])
def test_efetch_batches(replay, make_session, count, batch_size, methods, sizes):
    replay.route(EFETCH, EFETCHES[0], content_type="text/xml")
    ids = [str(30000000 + n) for n in range(count)]
    batches = list(pubmed.efetch_batches(make_session(), ids, batch_size=batch_size))
    hits = replay.hits_to(EFETCH)
    assert [h.method for h in hits] == methods
    assert [len(h.args["id"].split(",")) for h in hits] == sizes
    assert ",".join(h.args["id"] for h in hits) == ",".join(ids)
    assert [b.ids for b in batches] == [ids[i:i + batch_size] for i in range(0, count, batch_size)]
    assert {h.args["rettype"] for h in hits} == {"abstract"}


def test_efetch_from_history(replay, make_session):
    replay.route(EFETCH, EFETCHES[0], content_type="text/xml")
    list(pubmed.efetch_batches(make_session(), webenv="MCID_1", query_key="1", count=450))
    sent = [(h.args["retstart"], h.args["retmax"], h.args["WebEnv"])
            for h in replay.hits_to(EFETCH)]
    assert sent == [("0", "200", "MCID_1"), ("200", "200", "MCID_1"), ("400", "200", "MCID_1")]


def test_api_key_is_sent_and_shortens_the_interval(replay, fetch_env, make_session):
    replay.route(ESEARCH, ZERO, content_type="text/xml")
    env = dict(fetch_env, EXTRACTOR_NCBI_API_KEY="k3y")
    session = make_session()
    session.settings = load_settings(env)
    pubmed.esearch(session, "x")
    assert replay.hits_to(ESEARCH)[0].args["api_key"] == "k3y"
    host = replay.url().split("//")[1]
    assert default_intervals(load_settings(env))[host] == NCBI_INTERVAL_WITH_KEY
    assert default_intervals(load_settings(fetch_env))[host] == NCBI_INTERVAL


def test_rate_limit_body_is_reported(replay, make_session):
    for _ in range(3):
        replay.fault(ESEARCH, too_many_requests("1"))
    with pytest.raises(RateLimited) as raised:
        pubmed.esearch(make_session(retries=2), "x")
    assert "API rate limit exceeded" in raised.value.reason


@pytest.mark.parametrize("status, body", [(400, b"Invalid query"), (414, b"Request-URI Too Long")])
def test_client_errors_raise_fetch_failed_at_once(replay, make_session, status, body):
    replay.route(EFETCH, body=body, status=status, content_type="text/plain")
    with pytest.raises(FetchFailed) as raised:
        list(pubmed.efetch_batches(make_session(), ["1", "2"]))
    assert not isinstance(raised.value, RateLimited)
    assert raised.value.reason == f"HTTP {status} ({body.decode()})"
    assert len(replay.hits_to(EFETCH)) == 1


def test_cut_short_efetch_is_fetched_again(replay, make_session):
    replay.route(EFETCH, EFETCHES[0], content_type="text/xml")
    replay.fault(EFETCH, cut_short(EFETCHES[0]))
    batch, = pubmed.efetch_batches(make_session(), ["1"])
    assert batch.data == recorded(EFETCHES[0])


def test_efetch_cut_short_every_time_fails_clearly(replay, make_session):
    for _ in range(3):
        replay.fault(EFETCH, cut_short(EFETCHES[0], 0.7))
    with pytest.raises(MalformedInput, match="no closing </PubmedArticleSet>"):
        list(pubmed.efetch_batches(make_session(), ["1"]))


def _serve_search(replay, batches):
    replay.route(ESEARCH, SEARCH, content_type="text/xml")
    for name in EFETCHES[:batches]:
        replay.fault(EFETCH, answer(name))


def _stored(db):
    return sorted(row["doc_id"] for row in db["documents"].rows)


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_stays_under_three_requests_a_second(replay, make_session, db):
    _serve_search(replay, 6)
    summary = harvest.harvest_pubmed(db, make_session(real_time=True), term="x",
                                     max_records=60, batch_size=10, extract=False)
    times = [hit.at for hit in replay.hits]
    assert len(times) == 7 and summary.requests == 7
    assert busiest_second(times) <= 3
    assert summary.stopped is None and summary.fetched == len(_stored(db)) > 0
    # ids went out in ascending PMID order, each once
    sent = ",".join(h.args["id"] for h in replay.hits_to(EFETCH)).split(",")
    assert sent == sorted(search_ids()[:60], key=int)


class Killed(BaseException):
    """Stands for the run being killed."""


@pytest.mark.usefixtures("stand_in_parser")
def test_killed_pubmed_run_resumes(replay, make_session, tmp_path):
    whole = open_db(tmp_path / "whole.db")
    _serve_search(replay, 3)
    harvest.harvest_pubmed(whole, make_session(use_cache=False), term="x", max_records=30,
                           batch_size=10, extract=False)
    killed = open_db(tmp_path / "killed.db")
    replay.hits.clear()
    _serve_search(replay, 3)

    def kill(summary):
        raise Killed
    with pytest.raises(Killed):
        harvest.harvest_pubmed(killed, make_session(use_cache=False), term="x", max_records=30,
                               batch_size=10, extract=False, on_page=kill)
    key = harvest.state_key("pubmed", term="x", max=30)
    last = json.loads(get_fetch_state(killed, key))["last_pmid"]
    assert last == sorted(search_ids()[:30], key=int)[9]
    harvest.harvest_pubmed(killed, make_session(use_cache=False), term="x", max_records=30,
                           batch_size=10, extract=False)
    assert _stored(killed) == _stored(whole)
    assert get_fetch_state(killed, key) is None
    # one batch before the kill, then only the two the killed run had not stored
    assert len(replay.hits_to(EFETCH)) == 3
    assert replay.hits_to(EFETCH)[1].args["id"].split(",")[0] == sorted(
        search_ids()[:30], key=int)[10]


@pytest.mark.usefixtures("stand_in_parser")
def test_harvest_zero_hits(replay, make_session, db):
    replay.route(ESEARCH, ZERO, content_type="text/xml")
    summary = harvest.harvest_pubmed(db, make_session(), term="abcXYZ", extract=False)
    assert (summary.fetched, summary.failed, summary.requests) == (0, 0, 1)
    assert replay.hits_to(EFETCH) == []
