"""Fetch → parse → store, one page or batch at a time, resumable after a kill.

For each search page or efetch batch the documents are parsed and stored first; only then is
the cursor (the next page token, the last PMID) saved in ``fetch_state``. A run killed at any
point therefore resumes at the first page it had not finished, and because documents are
upserted on ``doc_id`` a page stored twice changes nothing. A finished run clears its cursor,
so the next run starts over and finds what it already has in the session's disk cache.
"""
import json
import time
from dataclasses import dataclass, field
from email.message import Message

from .errors import ExtractorError
from .fetch import ctgov, pubmed, web
from .ingest import ingest_documents
from .parse import parse_bytes
from .store import get_fetch_state, record_error, set_fetch_state


@dataclass
class HarvestSummary:
    """What one fetch run did, for the line printed at its end."""

    requests: int = 0
    retries: int = 0
    cache_hits: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    stopped: ExtractorError | None = None

    def fail(self, db, error: ExtractorError, stage: str) -> None:
        """Count and record one failed item; the run goes on."""
        self.failed += 1
        self.errors.append((error.source, error.reason))
        record_error(db, error.source, stage, error.reason)

    def stop(self, db, error: ExtractorError) -> None:
        """Record the error that ended the run early."""
        self.fail(db, error, "fetch")
        self.stopped = error

    def line(self) -> str:
        """One line for the end of a command."""
        return (f"{self.fetched} fetched: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.failed} failed; {self.requests} requests, "
                f"{self.retries} retries, {self.cache_hits} from cache, {self.seconds:.1f} s")


def harvest_ctgov(db, session, query=None, since=None, max_studies=None,
                  page_size=ctgov.DEFAULT_PAGE_SIZE, nlp=None, extract=True,
                  on_page=None) -> HarvestSummary:
    """Fetch a ClinicalTrials.gov search into the database, resuming a killed run.

    :param db: an open evidence database
    :param session: the :class:`~extractor.fetch.session.PoliteSession` to fetch with
    :param query: free-text query (default: the domain's conditions × stem-cell search)
    :param since: a :class:`datetime.date`; only studies updated since then
    :param max_studies: stop after this many studies (``None``: all)
    :param extract: ``False`` stores the documents without running extraction
    :param on_page: called with the summary after each stored page (progress display)
    """
    summary, started = HarvestSummary(), time.monotonic()
    key = state_key("ctgov", query=query, since=since, max=max_studies)
    state = _load_state(db, key)
    stored = state.get("stored", 0)
    try:
        pages = ctgov.search_studies(session, query, since, _left(max_studies, stored),
                                     page_size, start_token=state.get("token"))
        for page in pages:
            stored += _store(db, page.data, page.url, summary, nlp, extract,
                             limit=_left(max_studies, stored))
            more = page.next_token and _left(max_studies, stored) != 0
            _save_state(db, key, {"token": page.next_token, "stored": stored} if more else None)
            _report(on_page, summary, session, started)
    except ExtractorError as error:
        summary.stop(db, error)
    return _finish(summary, session, started)


def harvest_pubmed(db, session, term=None, since=None, max_records=None,
                   batch_size=pubmed.MAX_BATCH, nlp=None, extract=True,
                   on_page=None) -> HarvestSummary:
    """Run esearch, then efetch the hits in batches into the database, resuming a killed run.

    Ids are fetched in ascending PMID order, so a cursor "last PMID stored" stays valid when
    new records join the search between two runs (new records get higher PMIDs).

    :param term: PubMed query (default: the domain's conditions AND stem-cell terms)
    :param max_records: fetch at most this many records (``None``: all, up to 10,000)
    :param batch_size: ids per efetch call (at most 200 go by GET; more are POSTed)
    """
    summary, started = HarvestSummary(), time.monotonic()
    key = state_key("pubmed", term=term, since=since, max=max_records)
    last = _load_state(db, key).get("last_pmid")
    try:
        ids = _search_ids(session, term, since, max_records, summary)
        todo = [i for i in ids if last is None or int(i) > int(last)]
        if not todo:
            _save_state(db, key, None)
        for batch in pubmed.efetch_batches(session, todo, batch_size=batch_size):
            _store(db, batch.data, batch.url, summary, nlp, extract)
            done = batch.ids[-1] == todo[-1]
            _save_state(db, key, None if done else {"last_pmid": batch.ids[-1]})
            _report(on_page, summary, session, started)
    except ExtractorError as error:
        summary.stop(db, error)
    return _finish(summary, session, started)


def _search_ids(session, term, since, max_records, summary) -> list:
    result = pubmed.esearch(session, term, since,
                            retmax=max_records or pubmed.ESEARCH_MAX)
    if max_records is None and result.count > len(result.ids):
        summary.notes.append(f"the search has {result.count} hits but PubMed hands out only "
                             f"the first {len(result.ids)}; narrow it with --since")
    return sorted(result.ids[:max_records], key=int)


def harvest_urls(db, session, urls, nlp=None, extract=True, on_page=None) -> HarvestSummary:
    """Fetch web pages (robots.txt permitting) and store their main text.

    Each URL fails alone: a refused or broken page is recorded and the rest go on.
    """
    summary, started = HarvestSummary(), time.monotonic()
    for url in urls:
        try:
            final_url, data, headers = web.get_page(session, url)
        except ExtractorError as error:
            summary.fail(db, error, "fetch")
        else:
            _store(db, data, final_url, summary, nlp, extract, encoding=_charset(headers))
        _report(on_page, summary, session, started)
    return _finish(summary, session, started)


def _store(db, data: bytes, source: str, summary: HarvestSummary, nlp, extract,
           limit=None, encoding=None) -> int:
    """Parse one page or batch and hand its documents to ingest; returns how many."""
    try:
        documents = parse_bytes(data, source, encoding=encoding)
    except ExtractorError as error:
        # A cut set keeps what was parsed before the break; the bytes stay in the cache.
        documents = list(getattr(error, "partial", None) or [])
        summary.fail(db, error, "parse")
    documents = documents if limit is None else documents[:limit]
    result = ingest_documents(db, documents, nlp=nlp, extract=extract)
    summary.fetched += len(documents)
    summary.new += result.new
    summary.updated += result.updated
    summary.unchanged += result.unchanged
    summary.failed += result.failed
    summary.errors.extend(result.errors)
    return len(documents)


def state_key(source: str, **params) -> str:
    """The ``fetch_state`` key of one search: the source plus its exact parameters."""
    shown = {name: str(value) for name, value in params.items() if value is not None}
    return f"{source} {json.dumps(shown, sort_keys=True)}"


def _load_state(db, key: str) -> dict:
    value = get_fetch_state(db, key)
    return json.loads(value) if value else {}


def _save_state(db, key: str, state: dict | None) -> None:
    set_fetch_state(db, key, None if state is None else json.dumps(state))


def _left(maximum, done: int):
    return None if maximum is None else max(0, maximum - done)


def _charset(headers: dict) -> str | None:
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    message = Message()
    message["content-type"] = content_type
    return message.get_param("charset")


def _report(on_page, summary: HarvestSummary, session, started: float) -> None:
    if on_page is not None:
        on_page(_finish(summary, session, started))


def _finish(summary: HarvestSummary, session, started: float) -> HarvestSummary:
    summary.requests = session.counters.requests
    summary.retries = session.counters.retries
    summary.cache_hits = session.counters.cache_hits
    summary.seconds = time.monotonic() - started
    return summary
