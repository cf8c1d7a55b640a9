"""Datasette in a real headless browser: the evidence table opens with its facets and rows."""
import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests

from extractor.ingest import ingest
from extractor.serve import build_metadata, serve_command
from extractor.store import open_db
from helpers import REPO, SEEDS

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def test_metadata_describes_facets_and_canned_queries(tmp_path):
    metadata = build_metadata(tmp_path / "evidence.db")["databases"]["evidence"]
    facets = metadata["tables"]["evidence"]["facets"]
    assert {"array": "conditions"} in facets and "evidence_tier" in facets
    assert {"silent", "strongest_evidence"} <= set(metadata["queries"])
    assert serve_command("e.db", 8001, "m.json")[4:8] == ["-i", "e.db", "--host", "127.0.0.1"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited with {process.returncode}")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture
def datasette(tmp_path):
    db_path = tmp_path / "evidence.db"
    db = open_db(db_path)
    ingest([SEEDS], db)
    db.close()
    metadata = tmp_path / "metadata.json"
    metadata.write_text(json.dumps(build_metadata(db_path)))
    port = _free_port()
    with open(tmp_path / "datasette.log", "wb") as log:
        process = subprocess.Popen(serve_command(db_path, port, metadata),
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_for(f"http://127.0.0.1:{port}/-/versions.json", process)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_datasette_is_read_only(datasette):
    response = requests.post(f"{datasette}/evidence/-/create", json={}, timeout=5)
    assert response.status_code in (403, 404, 405)


@pytest.fixture
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must install chromium and chromium-driver (see .ci/run)")
        pytest.skip("headless Chromium and chromedriver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={Path(os.environ.get('TMPDIR', '/tmp'))}/chromium-test"
                 f"-{os.getpid()}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_the_evidence_table_opens_with_facets_and_rows(datasette, browser):
    from selenium.webdriver.common.by import By
    browser.get(f"{datasette}/evidence/evidence")
    facets = {e.get_attribute("data-column")
              for e in browser.find_elements(By.CSS_SELECTOR, "[data-column]")}
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "datasette-evidence.png"))
    assert {"conditions", "cell_sources", "routes", "evidence_tier", "doc_type"} <= facets
    assert len(rows) == 5
    assert "One row per document" in browser.page_source  # the table description
