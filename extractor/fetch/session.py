"""The one polite HTTP layer every fetcher goes through.

A shared :class:`requests.Session` with a urllib3 :class:`~urllib3.util.retry.Retry` mounted on
both ``http://`` and ``https://``, a per-host minimum interval between requests, a timeout on
every call, the project's User-Agent, and an on-disk cache of raw response bodies so a rerun
downloads nothing it already has.
"""
import hashlib
import json
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ..config import USER_AGENT, Settings, load_settings
from ..errors import FetchFailed, MalformedInput, RateLimited

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# (connect, read) seconds: connecting should be quick; a large efetch answer can take a while.
DEFAULT_TIMEOUT = (10.0, 60.0)
DEFAULT_INTERVAL = 1.0
# ClinicalTrials.gov publishes no limit; its robots.txt asks for Crawl-delay: 1.
CTGOV_INTERVAL = 1.0
# NCBI allows 3 requests/s without a key and 10 with one. 1/3 s is not enough in practice:
# Bio.Entrez found it must wait 0.37 s to stay under the limit, and so do we.
NCBI_INTERVAL = 0.37
NCBI_INTERVAL_WITH_KEY = 0.1
# Search answers change as registries update; records fetched by id are stable.
SEARCH_MAX_AGE = 24 * 3600


@dataclass
class Fetched:
    """One response body and where it came from."""

    url: str
    status: int
    headers: dict
    content: bytes
    from_cache: bool = False


@dataclass
class Counters:
    """What the session did, for the end-of-run summary."""

    requests: int = 0
    retries: int = 0
    cache_hits: int = 0
    request_log: list = field(default_factory=list)


class _PausingRetry(Retry):
    """urllib3's Retry, but its waits go through the session's clock and rate limiter.

    Two changes from the stock class: the first retry already backs off (urllib3 retries a
    first failure at once, the zero-wait gap Bio.Entrez also has on 5xx), and every wait is
    handed to ``pause`` so tests can fake time and each retry is counted.
    """

    pause = None

    def new(self, **kw):
        retry = super().new(**kw)
        retry.pause = self.pause
        return retry

    def get_backoff_time(self) -> float:
        attempts = len(self.history)
        if attempts == 0:
            return 0.0
        backoff = self.backoff_factor * (2 ** (attempts - 1))
        backoff += random.random() * self.backoff_jitter
        return float(min(self.backoff_max, backoff))

    def sleep_for_retry(self, response) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after:
            self.pause(retry_after)
            return True
        return False

    def sleep(self, response=None) -> None:
        if self.respect_retry_after_header and response is not None:
            if self.sleep_for_retry(response):
                return
        self.pause(self.get_backoff_time())


class PoliteSession:
    """A rate-limited, retrying, caching HTTP client shared by all fetchers.

    :param settings: resolved configuration (base URLs, NCBI identity, cache directory)
    :param use_cache: ``False`` ignores cached bodies (they are still refreshed on disk)
    :param retries: how many times one request is retried on 429, 5xx and connection errors
    :param backoff_factor: seconds before the first retry; doubles for each further one
    :param backoff_jitter: up to this many random seconds added to each backoff
    :param retry_after_max: cap in seconds on a server's ``Retry-After``
    :param timeout: ``(connect, read)`` seconds for every call
    :param intervals: minimum seconds between requests, by host (``None``: from ``settings``)
    :param clock: monotonic clock; injectable so tests need not wait
    :param sleep: sleep function paired with ``clock``
    """

    def __init__(self, settings: Settings | None = None, *, use_cache=True, retries=5,
                 backoff_factor=1.0, backoff_jitter=0.5, retry_after_max=120,
                 timeout=DEFAULT_TIMEOUT, intervals=None, clock=time.monotonic,
                 sleep=time.sleep):
        self.settings = settings or load_settings()
        self.use_cache = use_cache
        self.timeout = timeout
        self.intervals = dict(default_intervals(self.settings) if intervals is None
                              else intervals)
        self.backoff_factor = backoff_factor
        self.counters = Counters()
        self._clock, self._sleep = clock, sleep
        self._last_request = {}
        self._host = None
        # robots.txt rules by robots URL, read once per session (see fetch.web)
        self.robots = {}
        self.http = self._build_http(retries, backoff_factor, backoff_jitter, retry_after_max)

    def _build_http(self, retries, backoff_factor, backoff_jitter, retry_after_max):
        retry = _PausingRetry(
            total=retries, connect=retries, read=retries, status=retries,
            backoff_factor=backoff_factor, backoff_jitter=backoff_jitter,
            status_forcelist=RETRY_STATUSES, respect_retry_after_header=True,
            retry_after_max=retry_after_max,
            allowed_methods=frozenset({"GET", "HEAD", "POST"}),
            # The last answer is turned into a named error below, not a RetryError.
            raise_on_status=False)
        retry.pause = self._pause_before_retry
        http = requests.Session()
        adapter = HTTPAdapter(max_retries=retry)
        http.mount("http://", adapter)
        http.mount("https://", adapter)
        http.headers["User-Agent"] = self.settings.user_agent or USER_AGENT
        return http

    def get(self, url, params=None, **options) -> Fetched:
        """GET ``url``; see :meth:`request` for the options."""
        return self.request("GET", url, params=params, **options)

    def post(self, url, data=None, **options) -> Fetched:
        """POST form ``data`` to ``url``; see :meth:`request` for the options."""
        return self.request("POST", url, data=data, **options)

    def request(self, method, url, *, params=None, data=None, check=None, cache=True,
                max_age=None, accept_status=()) -> Fetched:
        """Send one request politely, or answer it from the disk cache.

        :param check: called with the body; returns a reason string when the body is not
            usable (truncated, not JSON ...). Such a body is retried, never cached, and finally
            raises :class:`MalformedInput`
        :param cache: ``False`` neither reads nor writes the cache for this request
        :param max_age: seconds after which a cached body is stale (``None``: never)
        :param accept_status: error statuses returned to the caller instead of raised
        :raises FetchFailed: on a connection error, timeout or error status after retries
        :raises RateLimited: when the server still answers 429 after every retry
        """
        key = cache_key(method, url, params, data)
        if cache and self.use_cache:
            cached = self._read_cache(key, max_age)
            if cached is not None:
                self.counters.cache_hits += 1
                return cached
        fetched = self._send_checked(method, url, params, data, check, accept_status)
        if cache and fetched.status < 300:
            self._write_cache(key, fetched)
        return fetched

    def _send_checked(self, method, url, params, data, check, accept_status) -> Fetched:
        # A body can arrive cut short with a correct status; try it again like a 5xx.
        attempts = 3
        for attempt in range(1, attempts + 1):
            fetched = self._send(method, url, params, data, accept_status)
            reason = check(fetched.content) if check and fetched.status < 300 else None
            if reason is None:
                return fetched
            if attempt < attempts:
                self._pause_before_retry(self.backoff_factor * 2 ** (attempt - 1))
        raise MalformedInput(fetched.url, f"{reason} (after {attempts} tries)")

    def _send(self, method, url, params, data, accept_status) -> Fetched:
        self._host = urlsplit(url).netloc
        self._wait_turn(self._host)
        self.counters.requests += 1
        try:
            response = self.http.request(method, url, params=params, data=data,
                                         timeout=self.timeout)
        except requests.RequestException as error:
            raise FetchFailed(url, self._describe(error)) from None
        self.counters.request_log.append((method, response.url, response.status_code))
        fetched = Fetched(response.url, response.status_code, dict(response.headers),
                          response.content)
        if fetched.status >= 400 and fetched.status not in accept_status:
            raise_for_status(fetched)
        return fetched

    def _describe(self, error: requests.RequestException) -> str:
        if _is_timeout(error):
            return (f"no answer within {self.timeout[1]:g} s, even after retries; "
                    "the server may be overloaded, try again later")
        if isinstance(error, requests.exceptions.ChunkedEncodingError):
            return "the connection broke in the middle of the response; try again"
        reason = getattr(error.args[0], "reason", None) if error.args else None
        return f"could not connect ({str(reason or error)[:200]})"

    def _wait_turn(self, host: str) -> None:
        """Sleep until ``host``'s minimum interval since its last request has passed."""
        interval = self.intervals.get(host, DEFAULT_INTERVAL)
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _pause_before_retry(self, seconds: float) -> None:
        self.counters.retries += 1
        if seconds > 0:
            self._sleep(seconds)
        # The retry itself is a request too and must respect the host's interval.
        if self._host is not None:
            self._wait_turn(self._host)

    def set_interval(self, host: str, seconds: float) -> None:
        """Raise the minimum interval for ``host`` (never lowers it; e.g. robots Crawl-delay)."""
        self.intervals[host] = max(seconds, self.intervals.get(host, DEFAULT_INTERVAL))

    def _cache_paths(self, key: str) -> tuple[Path, Path]:
        folder = Path(self.settings.cache_dir) / "http" / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _read_cache(self, key: str, max_age) -> Fetched | None:
        body_path, meta_path = self._cache_paths(key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            content = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if max_age is not None and time.time() - meta.get("stored_at", 0) > max_age:
            return None
        return Fetched(meta["url"], meta["status"], meta["headers"], content, from_cache=True)

    def _write_cache(self, key: str, fetched: Fetched) -> None:
        body_path, meta_path = self._cache_paths(key)
        meta = {"url": fetched.url, "status": fetched.status, "stored_at": time.time(),
                "headers": {k: v for k, v in fetched.headers.items()
                            if k.lower() in ("content-type", "last-modified", "etag")}}
        body_path.parent.mkdir(parents=True, exist_ok=True)
        # Body first, metadata last, each via rename: a run killed mid-write leaves no entry
        # that looks complete but is not.
        _write_atomic(body_path, fetched.content)
        _write_atomic(meta_path, json.dumps(meta).encode("utf-8"))

    def close(self) -> None:
        """Close the pooled connections."""
        self.http.close()


def default_intervals(settings: Settings) -> dict:
    """Minimum seconds between requests for the configured services, keyed by host."""
    ncbi = NCBI_INTERVAL_WITH_KEY if settings.ncbi_api_key else NCBI_INTERVAL
    return {urlsplit(settings.ctgov_url).netloc: CTGOV_INTERVAL,
            urlsplit(settings.eutils_url).netloc: ncbi}


def cache_key(method: str, url: str, params=None, data=None) -> str:
    """sha256 of the method, URL and parameters (sorted), so equal requests share an entry."""
    parts = {"method": method.upper(), "url": url,
             "params": sorted((params or {}).items()), "data": sorted((data or {}).items())}
    return hashlib.sha256(json.dumps(parts, default=str).encode("utf-8")).hexdigest()


def raise_for_status(fetched: Fetched) -> None:
    """Turn an error status into a named error whose reason quotes the server."""
    said = _server_message(fetched.content)
    if fetched.status == 429:
        raise RateLimited(fetched.url, f"HTTP 429 Too Many Requests after every retry "
                                       f"({said}); wait a while, or pass an API key if the "
                                       "service takes one")
    raise FetchFailed(fetched.url, f"HTTP {fetched.status} ({said})")


def _server_message(content: bytes) -> str:
    """The server's own words: a JSON ``error`` field, or the first line of a text body."""
    text = content[:2000].decode("utf-8", "replace").strip()
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if isinstance(body, dict) and body.get("error"):
        return str(body["error"])
    first = text.splitlines()[0] if text else ""
    return first[:200] if first else "empty body"


def _is_timeout(error: Exception) -> bool:
    # After its retries urllib3 wraps a read timeout in MaxRetryError, which requests reports
    # as a ConnectionError; look at the reason to tell the user what actually happened.
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(error, requests.Timeout) or isinstance(reason, TimeoutError) or \
        "timed out" in str(reason or "")


def _write_atomic(path: Path, content: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    os.replace(partial, path)
