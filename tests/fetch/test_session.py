"""The polite HTTP layer: retries, backoff, Retry-After, timeouts, rate limit, cache."""
import pytest

from extractor.config import USER_AGENT
from extractor.errors import FetchFailed, MalformedInput, RateLimited

from fetch_replay import cut_short, server_error, stall, too_many_requests

PATH = "/entrez/eutils/esearch.fcgi"
ESEARCH = "pubmed/esearch_usehistory_webenv_querykey.xml"


def _not_cut(content):
    return None if content.rstrip().endswith(b"</eSearchResult>") else "cut short"


@pytest.mark.parametrize("faults, retries, waits", [
    # 429 with Retry-After: wait exactly what the server asked
    ([too_many_requests("7")], 1, [7]),
    # 500 then 200: the first retry already backs off (urllib3 alone would not wait)
    ([server_error], 1, [1.0]),
    # two 500s: the backoff doubles
    ([server_error, server_error], 2, [1.0, 2.0]),
    # a 429 whose Retry-After is over the cap waits the cap, not the server's hour
    ([too_many_requests("3600")], 1, [30]),
])
def test_retries_then_succeeds(replay, make_session, clock, faults, retries, waits):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    for fault in faults:
        replay.fault(PATH, fault)
    session = make_session(backoff_jitter=0, retry_after_max=30)
    fetched = session.get(replay.url(PATH), {"term": "x"}, cache=False)
    assert b"<eSearchResult>" in fetched.content
    assert session.counters.retries == retries
    assert session.counters.requests == 1  # one call; urllib3 did the retries
    assert len(replay.hits_to(PATH)) == retries + 1
    assert clock.sleeps == pytest.approx(waits)


def test_backoff_jitter_is_bounded(replay, make_session, clock):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    replay.fault(PATH, server_error)
    session = make_session(backoff_factor=1.0, backoff_jitter=0.5)
    session.get(replay.url(PATH), cache=False)
    assert 1.0 <= clock.sleeps[0] <= 1.5


@pytest.mark.parametrize("fault, error, words", [
    (too_many_requests("1"), RateLimited, "API rate limit exceeded"),
    (server_error, FetchFailed, "HTTP 500"),
])
def test_gives_up_with_a_named_error(replay, make_session, fault, error, words):
    for _ in range(3):
        replay.fault(PATH, fault)
    session = make_session(retries=2)
    with pytest.raises(error) as raised:
        session.get(replay.url(PATH))
    assert words in raised.value.reason
    assert raised.value.source.startswith(replay.url(PATH))
    assert len(replay.hits_to(PATH)) == 3


@pytest.mark.parametrize("status", [400, 404, 414])
def test_client_errors_are_not_retried(replay, make_session, status):
    replay.route(PATH, body=b"filter.ids has incorrect format for value XYZ", status=status,
                 content_type="text/plain")
    session = make_session()
    with pytest.raises(FetchFailed) as raised:
        session.get(replay.url(PATH))
    assert not isinstance(raised.value, RateLimited)
    assert raised.value.reason == f"HTTP {status} (filter.ids has incorrect format for value XYZ)"
    assert len(replay.hits_to(PATH)) == 1


def test_timeout_is_retried(replay, make_session):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    replay.fault(PATH, stall(0.6))
    session = make_session(timeout=(1.0, 0.2))
    fetched = session.get(replay.url(PATH))
    assert b"<eSearchResult>" in fetched.content
    # The replay server answers one request at a time, so a retry sent while it still
    # stalls can time out too; every request after the first is a counted retry.
    assert session.counters.retries == len(replay.hits_to(PATH)) - 1 >= 1


def test_timeout_after_every_retry_is_a_clear_error(replay, make_session):
    replay.fault(PATH, stall(0.4))
    replay.fault(PATH, stall(0.4))
    session = make_session(timeout=(1.0, 0.15), retries=1)
    with pytest.raises(FetchFailed) as raised:
        session.get(replay.url(PATH))
    assert raised.value.reason.startswith("no answer within 0.15 s")


def test_connection_refused_is_a_clear_error(make_session):
    session = make_session(retries=1)
    with pytest.raises(FetchFailed) as raised:
        session.get("http://127.0.0.1:9/nothing-listens-here")
    assert raised.value.reason.startswith("could not connect")


def test_cut_short_body_is_fetched_again_and_never_cached(replay, make_session):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    replay.fault(PATH, cut_short(ESEARCH))
    session = make_session()
    first = session.get(replay.url(PATH), check=_not_cut)
    again = session.get(replay.url(PATH), check=_not_cut)
    assert first.content == again.content and again.from_cache
    assert len(replay.hits_to(PATH)) == 2


def test_body_cut_short_every_time_is_malformed_input(replay, make_session):
    for _ in range(3):
        replay.fault(PATH, cut_short(ESEARCH))
    session = make_session()
    with pytest.raises(MalformedInput, match="cut short"):
        session.get(replay.url(PATH), check=_not_cut)
    assert list(session.settings.cache_dir.rglob("*.body")) == []


def test_identity_and_cache(replay, make_session):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    session = make_session()
    session.get(replay.url(PATH), {"term": "a", "db": "pubmed"})
    cached = session.get(replay.url(PATH), {"db": "pubmed", "term": "a"})
    session.get(replay.url(PATH), {"term": "b", "db": "pubmed"})
    assert cached.from_cache and session.counters.cache_hits == 1
    assert [hit.args["term"] for hit in replay.hits_to(PATH)] == ["a", "b"]
    assert replay.hits[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("stemcell-evidence/")


def test_no_cache_downloads_again(replay, make_session):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    make_session().get(replay.url(PATH))
    make_session(use_cache=False).get(replay.url(PATH))
    assert len(replay.hits_to(PATH)) == 2


@pytest.mark.parametrize("interval, calls, waits", [
    (0.37, 4, [0.37, 0.37, 0.37]),
    (0.1, 3, [0.1, 0.1]),
    (0.0, 3, []),
])
def test_per_host_interval(replay, make_session, clock, interval, calls, waits):
    replay.route(PATH, ESEARCH, content_type="text/xml")
    host = replay.url().split("//")[1]
    session = make_session(intervals={host: interval})
    for number in range(calls):
        session.get(replay.url(PATH), {"n": number})
    assert clock.sleeps == pytest.approx(waits)
