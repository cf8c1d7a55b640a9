"""Figures of real fetch runs against the recorded responses, replayed on 127.0.0.1.

Run from the repository root: ``python tests/fetch/measure_fetch.py``. It prints, for
``fetch ctgov`` with a 429 (Retry-After: 1) and a 500 injected on page 2, the requests, retries
and time; the same run again (everything from the disk cache); and a PubMed esearch + efetch run
in batches of 10 with the server-side spacing of requests (NCBI allows 3 a second without a key).
A script, not a test: it prints figures, it asserts nothing.
"""
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from click.testing import CliRunner  # noqa: E402
from fetch_replay import Replay, answer, busiest_second, recorded, server_error  # noqa: E402
from fetch_replay import too_many_requests  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402

STUDIES = "/ctgov/api/v2/studies"
EUTILS = "/entrez/eutils"
PAGES = ("ctgov/v2_search_page1_countTotal_nextPageToken.json",
         "ctgov/v2_search_page2_via_pageToken.json",
         "ctgov/v2_search_last_page_no_nextPageToken.json")


def token(name):
    return json.loads(recorded(name))["nextPageToken"]


def route_ctgov(replay):
    first, second, last = PAGES
    replay.route(STUDIES, first, when=lambda a: "pageToken" not in a)
    replay.route(STUDIES, second, when=lambda a: a.get("pageToken") == token(first))
    replay.route(STUDIES, last, when=lambda a: a.get("pageToken") == token(second))
    replay.fault(STUDIES, too_many_requests("1"), when=lambda a: "pageToken" in a)
    replay.fault(STUDIES, server_error, when=lambda a: "pageToken" in a)


def efetch_files():
    folder = HERE.parents[1] / "corpora" / "recorded" / "pubmed"
    return sorted("pubmed/" + p.name for p in folder.glob("efetch_*.xml"))[:6]


def measure_ctgov(tmp):
    from extractor.cli_fetch import fetch
    args = ["ctgov", "--db", f"{tmp}/ctgov.db", "--query", "Phelan-McDermid Syndrome",
            "--max", "13"]
    for label in ("first run", "second run"):
        started = time.monotonic()
        result = CliRunner().invoke(fetch, args)
        print(f"fetch ctgov --max 13, {label}: exit {result.exit_code}, "
              f"{time.monotonic() - started:.1f} s\n  {result.stderr.strip()}")


def measure_pubmed(replay, tmp):
    from extractor import harvest
    from extractor.config import load_settings
    from extractor.fetch.session import PoliteSession
    from extractor.store import open_db
    replay.route(EUTILS + "/esearch.fcgi", "pubmed/esearch_usehistory_webenv_querykey.xml",
                 content_type="text/xml")
    for name in efetch_files():
        replay.fault(EUTILS + "/efetch.fcgi", answer(name))
    replay.hits.clear()
    session = PoliteSession(load_settings(), use_cache=False)
    summary = harvest.harvest_pubmed(open_db(f"{tmp}/pubmed.db"), session, term="stem cells",
                                     max_records=60, batch_size=10, extract=False)
    times = [hit.at for hit in replay.hits]
    gap = min(b - a for a, b in zip(times, times[1:]))
    print(f"fetch pubmed, batches of 10, no API key: {summary.line()}\n  server saw "
          f"{len(times)} requests over {times[-1] - times[0]:.2f} s; busiest second "
          f"{busiest_second(times)} requests; smallest gap {gap:.3f} s")


def main():
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the request log is not a figure
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        replay = Replay(server)
        route_ctgov(replay)
        tmp = tempfile.mkdtemp()
        os.environ.update(EXTRACTOR_CTGOV_URL=replay.url("/ctgov/api/v2"),
                          EXTRACTOR_EUTILS_URL=replay.url(EUTILS),
                          EXTRACTOR_CACHE_DIR=f"{tmp}/cache",
                          EXTRACTOR_NCBI_EMAIL="measure@example.org")
        measure_ctgov(tmp)
        measure_pubmed(replay, tmp)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
