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
    GZIP = "gzip"
    JSON_OTHER = "json"
    XML_OTHER = "xml"
    BINARY = "binary"


_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 control bytes other than tab, newline, form feed and carriage return: text never has many.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# A saved fragment of a page (no <html>) still opens with one of the common body elements.
_HTML_FRAGMENT = re.compile(rb"<(?:p|div|span|article|main|section|h[1-6]|table|ul|ol)[\s>]")
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
# Markup opens with a tag name, a declaration ("<?xml") or a doctype or comment ("<!"); text
# may open with "<" too ("<< Previous article", "<5% of women ...").
_MARKUP_START = re.compile(rb"<[A-Za-z_?!]")
_RETIRED_CTGOV_XML = {b"clinical_study", b"clinical_studies", b"search_results"}


def detect_kind(data: bytes) -> Kind:
    """Peek at the start of ``data`` and name its kind.

    ``{`` with ``protocolSection`` or ``studies`` is a ClinicalTrials.gov v2 study or search page;
    ``<PubmedArticleSet`` is PubMed efetch XML; ``<html`` or a doctype is HTML; ``%PDF`` is a PDF;
    the gzip magic number is a compressed file (NLM's bulk files come that way); NUL or many
    control bytes are binary; other JSON or XML is reported as such so the caller can say what
    it saw. A "<" that opens no tag ("<< Back", "<40 years") starts plain text.
    """
    if data.startswith(b"\x1f\x8b"):
        return Kind.GZIP
    head = _peek(data).lstrip(_BOM).lstrip()
    lowered = head.lower()
    if head.startswith(b"%PDF"):
        return Kind.PDF
    if _looks_binary(head):
        return Kind.BINARY
    if head.startswith((b"{", b"[")):
        if b'"protocolSection"' in data[:200_000] or re.match(rb'\{\s*"studies"', head):
            return Kind.CTGOV
        return Kind.JSON_OTHER
    if _MARKUP_START.match(head):
        if b"<pubmedarticleset" in lowered or b"<pubmedarticle" in lowered \
                or b"<pubmedbookarticle" in lowered or b"<medlinecitationset" in lowered:
            return Kind.PUBMED
        if b"<!doctype html" in lowered or b"<html" in lowered or b"<head" in lowered \
                or b"<body" in lowered or _HTML_FRAGMENT.match(lowered):
            return Kind.HTML
        return Kind.XML_OTHER
    return Kind.TEXT


def _peek(data: bytes) -> bytes:
    """The first bytes, re-encoded as UTF-8 when the input is UTF-16 with a byte-order mark."""
    if data.startswith(_UTF16_BOMS):
        return data[:_PEEK].decode("utf-16", errors="ignore").encode("utf-8")
    return data[:_PEEK]


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control bytes; UTF-16 text (which has NULs) is left to the decoder."""
    if not head or head.startswith(_UTF16_BOMS):
        return False
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    return b"\x00" in head or controls > len(head) // 10


def explain_unknown(data: bytes, kind: Kind) -> str:
    """A one-line reason for input that no parser takes, naming what was seen."""
    if kind is Kind.XML_OTHER:
        match = _ROOT.search(_skip_prolog(data[:_PEEK]))
        root = match.group(1) if match else b"?"
        if root in _RETIRED_CTGOV_XML:
            return (f"XML with root <{root.decode()}> is the retired classic ClinicalTrials.gov "
                    "XML format; fetch the study from the v2 API (JSON) instead")
        return (f"XML with root <{root.decode(errors='replace')}> is neither a PubMed efetch "
                "PubmedArticleSet nor an HTML page")
    if kind is Kind.BINARY:
        return ("binary data (control or NUL bytes), not text, JSON, XML, HTML or PDF; if it is "
                "UTF-16 text, pass --encoding utf-16")
    return (f"{kind.value.upper()} input that is neither a ClinicalTrials.gov v2 study nor a "
            "PubMed efetch set")


def _skip_prolog(head: bytes) -> bytes:
    """The bytes after the XML declaration, comments and DOCTYPE (roots follow the prolog)."""
    return re.sub(rb"^(\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>))*", b"",
                  head.lstrip(_BOM), flags=re.S)
