"""ClinicalTrials.gov API v2: search pages (``/studies``) and single studies.

Paging follows the API's rules: repeat the first request's parameters, change only
``pageToken`` (and ``pageSize``), and stop when a page carries no ``nextPageToken``.
Mapping a study's fields is the parser's job (:mod:`extractor.parse.ctgov`).
"""
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from ..errors import FetchFailed
from . import STEM_CELL_TERMS, condition_terms, quote_phrase
from .session import SEARCH_MAX_AGE, PoliteSession

MAX_PAGE_SIZE = 1000  # the API silently lowers larger values
DEFAULT_PAGE_SIZE = 100
NCT_ID = re.compile(r"^NCT\d{8}$", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """One search page as served, with the token of the page after it (``None`` at the end)."""

    data: bytes
    next_token: str | None
    url: str
    from_cache: bool = False


def default_search_params() -> dict:
    """The domain's default search: vocabulary conditions × stem-cell interventions."""
    return {"query.cond": " OR ".join(quote_phrase(t) for t in condition_terms()),
            "query.intr": " OR ".join(quote_phrase(t) for t in STEM_CELL_TERMS)}


def search_params(query: str | None = None, since: date | None = None) -> dict:
    """Parameters of a ``/studies`` search.

    :param query: the user's free-text query (Essie syntax), replacing the default search
    :param since: only studies whose last update was posted on or after this date
    """
    params = {"query.term": query} if query else default_search_params()
    if since is not None:
        updated = f"AREA[LastUpdatePostDate]RANGE[{since.isoformat()},MAX]"
        term = params.get("query.term")
        params["query.term"] = f"({term}) AND {updated}" if term else updated
    return params


def search_studies(session: PoliteSession, query: str | None = None,
                   since: date | None = None, max_studies: int | None = None,
                   page_size: int = DEFAULT_PAGE_SIZE,
                   start_token: str | None = None) -> Iterator[Page]:
    """Yield the search's pages in order, following ``nextPageToken``.

    :param max_studies: stop once this many studies have been served (``None``: all)
    :param start_token: resume at the page this token names (from a saved fetch state)
    :raises FetchFailed: when a page token comes back a second time (the loop would not end)
    :raises MalformedInput: when a page is not the JSON object the API promises
    """
    url = f"{session.settings.ctgov_url}/studies"
    params = search_params(query, since)
    token, served, seen = start_token, 0, {start_token}
    while max_studies is None or served < max_studies:
        page = _fetch_page(session, url, params, token, _page_size(page_size, max_studies,
                                                                   served))
        yield page
        served += _count_studies(page.data)
        if page.next_token is None:
            return
        if page.next_token in seen:
            raise FetchFailed(page.url, f"the server sent page token {page.next_token!r} a "
                                        "second time; stopped rather than loop forever")
        seen.add(page.next_token)
        token = page.next_token


def _page_size(page_size: int, max_studies: int | None, served: int) -> int:
    size = min(page_size, MAX_PAGE_SIZE)
    return size if max_studies is None else max(1, min(size, max_studies - served))


def _fetch_page(session, url, params, token, page_size) -> Page:
    params = dict(params, pageSize=page_size, format="json")
    if token:
        params["pageToken"] = token
    fetched = session.get(url, params, check=_check_page, max_age=SEARCH_MAX_AGE)
    return Page(fetched.content, json.loads(fetched.content).get("nextPageToken"),
                fetched.url, fetched.from_cache)


def _check_page(content: bytes) -> str | None:
    """Why a body is not a usable search page, or ``None`` when it is."""
    try:
        body = json.loads(content)
    except ValueError as error:
        # The live service has answered 200 with an HTML page at times.
        return f"the search page is not valid JSON ({error})"
    if not isinstance(body, dict) or not isinstance(body.get("studies"), list):
        return "the search page has no 'studies' list"
    return None


def _count_studies(content: bytes) -> int:
    return len(json.loads(content)["studies"])


def get_study(session: PoliteSession, nct_id: str) -> bytes:
    """The v2 JSON of one study.

    Redirects for alias ids are followed; the canonical id is in the body, not the request.

    :raises FetchFailed: for an id that is not ``NCT`` plus 8 digits, or an unknown study
    """
    nct_id = nct_id.strip()
    if not NCT_ID.match(nct_id):
        raise FetchFailed(nct_id, "not a ClinicalTrials.gov id; expected NCT and 8 digits, "
                                  "e.g. NCT02210780")
    url = f"{session.settings.ctgov_url}/studies/{nct_id.upper()}"
    fetched = session.get(url, {"format": "json"}, check=_check_study, accept_status=(404,))
    if fetched.status == 404:
        raise FetchFailed(nct_id, "ClinicalTrials.gov has no study with this id (HTTP 404)")
    return fetched.content


def _check_study(content: bytes) -> str | None:
    try:
        body = json.loads(content)
    except ValueError as error:
        return f"the study is not valid JSON ({error})"
    if not isinstance(body, dict) or "protocolSection" not in body:
        return "the answer has no 'protocolSection'; it is not a v2 study"
    return None
