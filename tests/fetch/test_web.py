"""Web pages: robots.txt, refused schemes, redirects, and main text of real saved pages."""
import pytest
from fetch_replay import recorded, server_error

from extractor import harvest
from extractor.errors import FetchFailed, MalformedInput, UnknownInputKind
from extractor.fetch import web
from extractor.parse import parse_bytes
from extractor.store import open_db

PAGE = "/news/stem-cells"
BBC = "web/news_bbc_coronavirus_heavy_boilerplate_source.html"


@pytest.mark.parametrize("robots, status, allowed", [
    (b"User-agent: *\nDisallow: /private/\n", 200, True),
    (b"User-agent: *\nDisallow: /news/\n", 200, False),
    (b"User-agent: stemcell-evidence\nDisallow: /\n\nUser-agent: *\nAllow: /\n", 200, False),
    (b"User-agent: OtherBot\nDisallow: /\n", 200, True),
    (b"Not Found", 404, True),  # no robots.txt: everything allowed
])
def test_robots_txt(replay, make_session, robots, status, allowed):
    replay.route("/robots.txt", body=robots, status=status, content_type="text/plain")
    replay.route(PAGE, BBC, content_type="text/html")
    session = make_session()
    if allowed:
        final_url, data, headers = web.get_page(session, replay.url(PAGE))
        assert data == recorded(BBC) and final_url == replay.url(PAGE)
    else:
        with pytest.raises(FetchFailed, match="robots.txt does not allow"):
            web.get_page(session, replay.url(PAGE))
        assert replay.hits_to(PAGE) == []


def test_unreadable_robots_txt_disallows(replay, make_session):
    for _ in range(3):
        replay.fault("/robots.txt", server_error)
    replay.route(PAGE, BBC, content_type="text/html")
    with pytest.raises(FetchFailed, match="robots.txt does not allow"):
        web.get_page(make_session(retries=2), replay.url(PAGE))


def test_robots_txt_is_read_once_and_crawl_delay_kept(replay, make_session):
    replay.route("/robots.txt", body=b"User-agent: *\nCrawl-delay: 5\n", content_type="text/plain")
    replay.route(PAGE, BBC, content_type="text/html")
    session = make_session()
    web.get_page(session, replay.url(PAGE))
    web.get_page(session, replay.url(PAGE) + "?again=1")
    assert len(replay.hits_to("/robots.txt")) == 1
    assert session.intervals[replay.url().split("//")[1]] == 5.0


def test_redirect_gives_the_final_url(replay, make_session):
    replay.route("/robots.txt", body=b"", status=404, content_type="text/plain")
    replay.route("/old", body=b"", status=301, headers={"Location": PAGE})
    replay.route(PAGE, BBC, content_type="text/html")
    final_url, _, headers = web.get_page(make_session(), replay.url("/old"))
    assert final_url == replay.url(PAGE)
    assert headers["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "only http:// and https://"),
    ("ftp://example.org/a.html", "only http:// and https://"),
    ("example.org/page", "only http:// and https://"),
    ("http:///no-host", "no host name"),
])
def test_refuses_what_is_not_a_web_url(url, reason):
    with pytest.raises(FetchFailed, match=reason):
        web.check_url(url)


def _needs_html_parser():
    try:
        parse_bytes(recorded(BBC), "http://127.0.0.1/page")
    except UnknownInputKind as error:
        pytest.skip(f"the HTML parser is not available yet ({error.reason})")


# Phrases the upstream extraction benchmarks expect in (and out of) the main text.
@pytest.mark.parametrize("name, present, absent", [
    (BBC, "The daily rise in coronavirus deaths announced", "Top Stories"),
    ("web/provider_denverhealth_mental_health_services_source.html",
     "Denver Health provides therapy and programs to patients of all ages",
     "Skip to main content"),
    ("web/news_health_nachrichten_at_krebs_iso-8859-1_jsonld_source.html",
     "Wer sollte also die Komplementärmedizin anbieten?",
     "Die OÖNachrichten nehmen den Schutz Ihrer Privatsphäre sehr ernst."),
])
def test_harvest_urls_stores_main_text(replay, make_session, tmp_path, name, present, absent):
    _needs_html_parser()
    replay.route("/robots.txt", body=b"", status=404, content_type="text/plain")
    replay.route(PAGE, name, content_type="text/html")
    db = open_db(tmp_path / "evidence.db")
    summary = harvest.harvest_urls(db, make_session(), [replay.url(PAGE)], extract=False)
    assert summary.new == 1 and summary.failed == 0
    text = next(db["documents"].rows)["text"]
    assert present in text and absent not in text and "<script" not in text


def test_harvest_urls_goes_on_after_a_failure(replay, make_session, tmp_path):
    replay.route("/robots.txt", body=b"User-agent: *\nDisallow: /private\n",
                 content_type="text/plain")
    db = open_db(tmp_path / "evidence.db")
    urls = ["ftp://example.org/x", replay.url("/private/page")]
    summary = harvest.harvest_urls(db, make_session(), urls, extract=False)
    assert summary.failed == 2 and summary.stopped is None
    assert [r["stage"] for r in db["ingest_errors"].rows] == ["fetch", "fetch"]
    assert replay.hits_to("/private/page") == []


def test_empty_page_is_an_error(replay, make_session):
    replay.route("/robots.txt", body=b"", status=404, content_type="text/plain")
    replay.route(PAGE, body=b"  ", content_type="text/html")
    with pytest.raises(MalformedInput, match="the page is empty"):
        web.get_page(make_session(), replay.url(PAGE))
