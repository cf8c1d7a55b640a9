"""Web pages: a robots.txt check, then the page's raw bytes.

robots.txt is fetched through the same polite session (cached, rate-limited) and read with
:mod:`urllib.robotparser`. Main-text extraction is :mod:`extractor.parse.html`'s job.
"""
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from ..about import __title__
from ..errors import FetchFailed
from .session import SEARCH_MAX_AGE, PoliteSession

ROBOTS_MAX_AGE = SEARCH_MAX_AGE
# 4xx means "no robots.txt here", except 429, which means "come back later" (RFC 9309 2.3.1.4)
_MISSING = tuple(status for status in range(400, 500) if status != 429)


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL.

    :raises FetchFailed: for other schemes (``file:``, ``ftp:``) or a URL without a host
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchFailed(url, "only http:// and https:// URLs can be fetched; "
                               "for a local file use the extract command")
    if not parts.netloc:
        raise FetchFailed(url, "the URL has no host name")
    return url.strip()


def robots_for(session: PoliteSession, url: str) -> RobotFileParser:
    """The parsed robots.txt of ``url``'s site, fetched once per session.

    As RFC 9309 says: a missing file (4xx) allows everything, and a file that cannot be
    read because the server fails (5xx) disallows everything.
    """
    robots_url = _robots_url(url)
    cache = session.robots
    if robots_url not in cache:
        cache[robots_url] = _read_robots(session, robots_url)
        delay = cache[robots_url].crawl_delay(__title__)
        if delay:
            session.set_interval(urlsplit(url).netloc, float(delay))
    return cache[robots_url]


def _read_robots(session: PoliteSession, robots_url: str) -> RobotFileParser:
    parser = RobotFileParser(robots_url)
    try:
        fetched = session.get(robots_url, accept_status=_MISSING, max_age=ROBOTS_MAX_AGE)
    except FetchFailed:
        parser.disallow_all = True
        return parser
    if fetched.status >= 400:
        parser.allow_all = True
    else:
        parser.parse(fetched.content.decode("utf-8", "replace").splitlines())
    return parser


def _robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def get_page(session: PoliteSession, url: str) -> tuple[str, bytes, dict]:
    """Fetch one page if the site's robots.txt allows it.

    :returns: ``(final_url, body, headers)``; ``final_url`` is where redirects ended
    :raises FetchFailed: for a non-http(s) URL, a page robots.txt disallows, or an HTTP error
    """
    url = check_url(url)
    robots = robots_for(session, url)
    if not robots.can_fetch(__title__, url):
        raise FetchFailed(url, f"the site's robots.txt does not allow {__title__} to fetch "
                               "this page")
    fetched = session.get(url, check=_check_page)
    return fetched.url, fetched.content, fetched.headers


def _check_page(content: bytes) -> str | None:
    return None if content.strip() else "the page is empty"
