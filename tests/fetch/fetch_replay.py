"""Helpers of the fetch tests: a replay of recorded answers, faults, a fake clock.

Every answer served here is a real recorded response from ``corpora/recorded/`` (or a fault
made from one: cut short, 429 with its real NCBI body). Nothing leaves 127.0.0.1: pytest-socket
blocks every other host (see ``addopts`` in setup.cfg).
"""
import json
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from lxml import etree
from werkzeug import Response

from extractor.document import Document

RECORDED = Path(__file__).parents[2] / "corpora" / "recorded"
CTGOV_PATH = "/ctgov/api/v2"
EUTILS_PATH = "/entrez/eutils"


def recorded(name: str) -> bytes:
    """Bytes of a recorded response, or skip when the corpora folder is absent."""
    path = RECORDED / name
    if not path.exists():
        pytest.skip(f"recorded response {name} is not in corpora/recorded")
    return path.read_bytes()


@dataclass
class Hit:
    """One request as the server saw it."""

    at: float
    path: str
    method: str
    args: dict
    headers: dict


class Replay:
    """Routes request paths to recorded answers; faults are served first, once each."""

    def __init__(self, server):
        self.server = server
        self.routes, self.faults, self.hits = {}, {}, []

    def url(self, path: str = "") -> str:
        return self.server.url_for(path).rstrip("/")

    def route(self, path, name=None, *, when=None, body=None, status=200,
              content_type="application/json", headers=None):
        """Serve a recorded file (or ``body``) at ``path`` when ``when(args)`` holds."""
        self._register(path)
        data = body if body is not None else recorded(name)
        self.routes[path].append((when or (lambda args: True),
                                  partial(_respond, data, status, content_type, headers)))

    def fault(self, path, respond, when=None):
        """Answer the next request to ``path`` (for which ``when(args)`` holds) with
        ``respond(request)`` instead of its route."""
        self._register(path)
        self.faults.setdefault(path, []).append((when or (lambda args: True), respond))

    def hits_to(self, path: str) -> list:
        return [hit for hit in self.hits if hit.path == path]

    def _register(self, path):
        if path not in self.routes:
            self.routes[path] = []
            self.server.expect_request(path).respond_with_handler(partial(self._dispatch, path))

    def _dispatch(self, path, request):
        args = dict(request.args)
        args.update(request.form)
        self.hits.append(Hit(time.monotonic(), path, request.method, args, dict(request.headers)))
        for number, (when, respond) in enumerate(self.faults.get(path, [])):
            if when(args):
                del self.faults[path][number]
                return respond(request)
        for when, respond in self.routes[path]:
            if when(args):
                return respond()
        return Response("no recorded answer for these parameters", status=400,
                        content_type="text/plain")


def _respond(data, status, content_type, headers):
    return Response(data, status=status, content_type=content_type, headers=headers or {})


def too_many_requests(retry_after="2"):
    """NCBI's real 429 answer (its JSON body), with a Retry-After header."""
    body = recorded("pubmed/error_429_api_rate_limit_exceeded_esummary.json")
    return lambda request: Response(body, status=429, content_type="application/json",
                                    headers={"Retry-After": retry_after})


def server_error(request):
    return Response("Internal Server Error", status=500, content_type="text/plain")


def stall(seconds):
    """Answer only after ``seconds`` (the client has given up by then)."""
    def respond(request):
        time.sleep(seconds)
        return Response("{}", status=200, content_type="application/json")
    return respond


def cut_short(name, fraction=0.5):
    """A recorded body cut part-way, served with status 200 as if complete."""
    data = recorded(name)
    return lambda request: Response(data[:int(len(data) * fraction)], status=200,
                                    content_type="application/xml")


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self):
        self.now, self.sleeps = 1000.0, []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def simple_parse(data, source, encoding=None):
    """A minimal stand-in parser: one Document per study or article, id and title only.

    Harvest tests use it to check paging, resuming and storing without depending on the
    full parsers; the end-to-end tests use the real ones.
    """
    if data.lstrip().startswith(b"{"):
        studies = json.loads(data)["studies"]
        return [_doc(s["protocolSection"]["identificationModule"]["nctId"],
                     s["protocolSection"]["identificationModule"]["briefTitle"], source, "ctgov")
                for s in studies]
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    return [_doc("PMID:" + a.findtext("MedlineCitation/PMID"),
                 "".join(a.find("MedlineCitation/Article/ArticleTitle").itertext()), source,
                 "pubmed") for a in root.iterfind("PubmedArticle")]


def _doc(doc_id, title, source, kind):
    return Document(doc_id=doc_id, source=source, kind=kind, title=title, text=title)


def answer(name, content_type="text/xml"):
    """A one-off answer with a recorded file (queued with :meth:`Replay.fault`)."""
    data = recorded(name)
    return lambda request: Response(data, status=200, content_type=content_type)


def busiest_second(times) -> int:
    """The most requests that fall within any one-second window."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t - start < 1.0) for i, start in enumerate(times)),
               default=0)
