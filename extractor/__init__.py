"""stemcell-evidence: evidence extraction for stem-cell fertility studies.

The public surface: parse inputs into :class:`Document` objects, build the NLP pipeline, extract
:class:`Record` objects, and store them in the SQLite evidence table.
"""
from .about import __version__
from .document import Document
from .record import Finding, Record

__all__ = ["Document", "Finding", "Record", "build_nlp", "open_db", "ingest", "__version__"]


def __getattr__(name):
    # spaCy and sqlite-utils load lazily so `--help` and the version stay fast.
    if name == "build_nlp":
        from .nlp import build_nlp
        return build_nlp
    if name == "open_db":
        from .store import open_db
        return open_db
    if name == "ingest":
        from .ingest import ingest
        return ingest
    raise AttributeError(name)
