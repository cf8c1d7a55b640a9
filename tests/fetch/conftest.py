"""Fixtures of the fetch tests: a replay server, its environment, a fake clock, sessions.

Every answer served is a real recorded response from ``corpora/recorded/`` (or a fault made
from one). Nothing leaves 127.0.0.1: pytest-socket blocks every other host (setup.cfg).
"""
import pytest
from fetch_replay import CTGOV_PATH, EUTILS_PATH, FakeClock, Replay, simple_parse

from extractor import harvest
from extractor.config import load_settings
from extractor.fetch.session import PoliteSession
from extractor.store import open_db


@pytest.fixture
def replay(httpserver):
    return Replay(httpserver)


@pytest.fixture
def fetch_env(replay, tmp_path, monkeypatch):
    """Point the base URLs and the cache at the replay server and a temporary folder."""
    env = {"EXTRACTOR_CTGOV_URL": replay.url(CTGOV_PATH),
           "EXTRACTOR_EUTILS_URL": replay.url(EUTILS_PATH),
           "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
           "EXTRACTOR_NCBI_EMAIL": "maintainer@example.org"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("EXTRACTOR_NCBI_API_KEY", raising=False)
    return env


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make_session(fetch_env, clock):
    """A session on the replay server; no real waiting unless ``real_time=True``."""
    def make(real_time=False, **options):
        settings = load_settings(fetch_env)
        if not real_time:
            options.setdefault("intervals", {})
            options.setdefault("clock", clock)
            options.setdefault("sleep", clock.sleep)
        options.setdefault("timeout", (2.0, 2.0))
        return PoliteSession(settings, **options)
    return make


@pytest.fixture
def db(tmp_path):
    """A fresh evidence database file per test."""
    return open_db(tmp_path / "evidence.db")


@pytest.fixture
def stand_in_parser(monkeypatch):
    """Harvest with a minimal parser, so fetch tests do not depend on parser changes."""
    monkeypatch.setattr(harvest, "parse_bytes", simple_parse)
