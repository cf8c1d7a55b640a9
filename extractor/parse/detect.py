"""Recognise an input's kind from its first bytes, not its file name."""
import re
from enum import Enum

_PEEK = 4096


class Kind(str, Enum):
    """Input kinds the parsers understand."""

    CTGOV = "ctgov"
    PUBMED = "pubmed"
    HTML = "html"
    PDF = "pdf"
    TEXT = "text"
    JSON_OTHER = "json"
    XML_OTHER = "xml"


_BOM = b"\xef\xbb\xbf"


def detect_kind(data: bytes) -> Kind:
    """Peek at the start of ``data`` and name its kind.

    ``{`` with ``protocolSection`` or ``studies`` is a ClinicalTrials.gov v2 study or search page;
    ``<PubmedArticleSet`` is PubMed efetch XML; ``<html`` or a doctype is HTML; ``%PDF`` is a PDF;
    other JSON or XML is reported as such so the caller can say what it saw.
    """
    head = data[:_PEEK].lstrip(_BOM).lstrip()
    lowered = head.lower()
    if head.startswith(b"%PDF"):
        return Kind.PDF
    if head.startswith((b"{", b"[")):
        if b'"protocolSection"' in data[:200_000] or re.match(rb'\{\s*"studies"', head):
            return Kind.CTGOV
        return Kind.JSON_OTHER
    if head.startswith(b"<"):
        if b"<pubmedarticleset" in lowered or b"<pubmedarticle" in lowered:
            return Kind.PUBMED
        if b"<!doctype html" in lowered or b"<html" in lowered or b"<head" in lowered \
                or b"<body" in lowered:
            return Kind.HTML
        return Kind.XML_OTHER
    return Kind.TEXT
