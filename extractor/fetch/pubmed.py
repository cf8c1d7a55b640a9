"""NCBI E-utilities for PubMed: esearch on the history server, then efetch in batches.

Shaped like ``Bio.Entrez``: small public functions over shared private helpers that add the
identity parameters (``tool``, ``email``, ``api_key``) and choose GET or POST.
Parsing the articles is :mod:`extractor.parse.pubmed`'s job.
"""
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from lxml import etree

from ..errors import FetchFailed, MalformedInput
from . import STEM_CELL_TERMS, condition_terms, quote_phrase
from .session import SEARCH_MAX_AGE, PoliteSession

MAX_BATCH = 200
# NCBI asks for POST above about 200 ids; long GET URLs fail with HTTP 414.
POST_ABOVE = 200
# esearch returns at most 10,000 ids, and PubMed cannot page past them.
ESEARCH_MAX = 10_000

_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class SearchResult:
    """What esearch answered: the hit count, the history-server handle, and the ids."""

    count: int
    webenv: str | None
    query_key: str | None
    ids: list


@dataclass(frozen=True)
class Batch:
    """One efetch answer: raw ``PubmedArticleSet`` XML and the ids it was asked for."""

    data: bytes
    ids: list
    url: str
    from_cache: bool = False


def default_term() -> str:
    """The domain's default search: vocabulary conditions AND stem-cell interventions."""
    conditions = " OR ".join(f"{quote_phrase(t)}[tiab]" for t in condition_terms())
    cells = " OR ".join(f"{quote_phrase(t)}[tiab]" for t in STEM_CELL_TERMS)
    return f"({conditions}) AND ({cells})"


def esearch(session: PoliteSession, term: str | None = None, since: date | None = None,
            retmax: int = ESEARCH_MAX, usehistory: bool = True) -> SearchResult:
    """Run esearch on PubMed.

    :param term: the PubMed query (default: :func:`default_term`)
    :param since: only records modified on or after this date
    :param retmax: how many ids to return (at most 10,000)
    :param usehistory: keep the result on the history server (``WebEnv``/``query_key``)
    """
    params = {"db": "pubmed", "term": term or default_term(),
              "retmax": min(retmax, ESEARCH_MAX), "retmode": "xml"}
    if usehistory:
        params["usehistory"] = "y"
    if since is not None:
        # E-utilities want both ends of a date range.
        params.update(datetype="mdat", mindate=since.strftime("%Y/%m/%d"),
                      maxdate=date.today().strftime("%Y/%m/%d"))
    fetched = _call(session, "esearch.fcgi", params, check=_check_esearch,
                    max_age=SEARCH_MAX_AGE)
    return _read_esearch(fetched.content, fetched.url)


def efetch_batches(session: PoliteSession, ids=None, *, webenv: str | None = None,
                   query_key: str | None = None, count: int | None = None,
                   batch_size: int = MAX_BATCH) -> Iterator[Batch]:
    """Yield efetch XML for ``ids`` (or a history-server result), ``batch_size`` at a time.

    :param ids: PMIDs to fetch; above 200 per batch they are sent by POST
    :param webenv: instead of ids, the ``WebEnv`` of an esearch with ``usehistory``
    :param query_key: the esearch's ``query_key``, with ``webenv``
    :param count: how many records the history-server result holds, with ``webenv``
    """
    if ids is not None:
        ids = [str(i) for i in ids]
        for start in range(0, len(ids), batch_size):
            yield _efetch_ids(session, ids[start:start + batch_size])
        return
    if not (webenv and query_key and count is not None):
        raise FetchFailed("efetch", "give either ids or webenv, query_key and count")
    for start in range(0, count, batch_size):
        params = {"WebEnv": webenv, "query_key": query_key, "retstart": start,
                  "retmax": batch_size}
        fetched = _call(session, "efetch.fcgi", _efetch_params(params), check=_check_efetch)
        yield Batch(fetched.content, [], fetched.url, fetched.from_cache)


def _efetch_ids(session: PoliteSession, ids: list) -> Batch:
    params = _efetch_params({"id": ",".join(ids)})
    fetched = _call(session, "efetch.fcgi", params, check=_check_efetch,
                    post=len(ids) > POST_ABOVE)
    return Batch(fetched.content, ids, fetched.url, fetched.from_cache)


def _efetch_params(params: dict) -> dict:
    return dict(params, db="pubmed", rettype="abstract", retmode="xml")


def identity_params(session: PoliteSession) -> dict:
    """``tool``, ``email`` and ``api_key`` as NCBI asks every client to send them."""
    settings = session.settings
    params = {"tool": settings.ncbi_tool.replace(" ", "_")}
    if settings.ncbi_email:
        params["email"] = settings.ncbi_email
    if settings.ncbi_api_key:
        params["api_key"] = settings.ncbi_api_key
    return params


def _call(session: PoliteSession, tool: str, params: dict, post=False, **options):
    url = f"{session.settings.eutils_url}/{tool}"
    params = dict(params, **identity_params(session))
    if post:
        return session.post(url, data=params, **options)
    return session.get(url, params, **options)


def _check_efetch(content: bytes) -> str | None:
    """A complete efetch answer ends with its root's closing tag; a cut one does not."""
    tail = content.rstrip()[-200:]
    if tail.endswith((b"</PubmedArticleSet>", b"<PubmedArticleSet/>")):
        return None
    if content.lstrip().startswith(b"{"):
        return "efetch answered JSON, not PubmedArticleSet XML"
    return "the efetch answer is cut short (no closing </PubmedArticleSet>)"


def _check_esearch(content: bytes) -> str | None:
    try:
        root = etree.fromstring(content, _XML)
    except etree.XMLSyntaxError as error:
        return f"the esearch answer is not well-formed XML ({error})"
    if root.tag != "eSearchResult":
        return f"expected an eSearchResult, got <{root.tag}>"
    return None


def _read_esearch(content: bytes, url: str) -> SearchResult:
    root = etree.fromstring(content, _XML)
    error = root.findtext("ERROR")
    if error:
        raise FetchFailed(url, f"esearch reported an error: {error.strip()}")
    count = root.findtext("Count")
    if count is None or not count.strip().isdigit():
        raise MalformedInput(url, "the esearch answer has no numeric <Count>")
    return SearchResult(count=int(count), webenv=root.findtext("WebEnv"),
                        query_key=root.findtext("QueryKey"),
                        ids=[i.text.strip() for i in root.iterfind("IdList/Id") if i.text])
