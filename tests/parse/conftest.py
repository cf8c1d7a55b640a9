"""Paths to the shared fixture set (recorded API responses and saved web pages)."""
from pathlib import Path

import pytest

SHARED = Path(__file__).parents[2] / ".." / "shared"
FIXTURES = SHARED / "fixtures"
DATA = Path(__file__).parents[1] / "data"


def shared_file(*parts: str) -> Path:
    """A file under the shared fixtures, skipping the test cleanly when it is not there."""
    path = FIXTURES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared fixture {'/'.join(parts)} is not available")
    return path
