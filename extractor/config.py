"""Names and defaults of the environment variables, read in one place.

Every base URL can be pointed elsewhere (a mirror, a proxy, a local replay server in tests).
"""
import os
from dataclasses import dataclass
from pathlib import Path

from .about import __title__, __version__

CTGOV_URL_VAR = "EXTRACTOR_CTGOV_URL"
EUTILS_URL_VAR = "EXTRACTOR_EUTILS_URL"
NCBI_EMAIL_VAR = "EXTRACTOR_NCBI_EMAIL"
NCBI_API_KEY_VAR = "EXTRACTOR_NCBI_API_KEY"
NCBI_TOOL_VAR = "EXTRACTOR_NCBI_TOOL"
CACHE_DIR_VAR = "EXTRACTOR_CACHE_DIR"

DEFAULT_CTGOV_URL = "https://clinicaltrials.gov/api/v2"
DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
USER_AGENT = f"{__title__}/{__version__} (+https://github.com/stemcell-evidence/stemcell-evidence)"


@dataclass(frozen=True)
class Settings:
    """Resolved configuration: environment first, then defaults."""

    ctgov_url: str
    eutils_url: str
    ncbi_email: str | None
    ncbi_api_key: str | None
    ncbi_tool: str
    cache_dir: Path
    user_agent: str = USER_AGENT


def load_settings(environ=None) -> Settings:
    """Read the settings from ``environ`` (default: ``os.environ``)."""
    env = os.environ if environ is None else environ
    return Settings(
        ctgov_url=env.get(CTGOV_URL_VAR, DEFAULT_CTGOV_URL).rstrip("/"),
        eutils_url=env.get(EUTILS_URL_VAR, DEFAULT_EUTILS_URL).rstrip("/"),
        ncbi_email=env.get(NCBI_EMAIL_VAR) or None,
        ncbi_api_key=env.get(NCBI_API_KEY_VAR) or None,
        ncbi_tool=env.get(NCBI_TOOL_VAR, __title__),
        cache_dir=Path(env.get(CACHE_DIR_VAR, Path.home() / ".cache" / __title__)),
    )
