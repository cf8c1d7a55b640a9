"""Parsers: bytes in, :class:`~extractor.document.Document` objects out.

Each parser raises :class:`~extractor.errors.MalformedInput` with the source and reason.
"""
from pathlib import Path

from ..errors import UnknownInputKind, UnreadableInput
from .decode import gunzip
from .detect import Kind, detect_kind, explain_unknown

MAX_INPUT_BYTES = 200 * 1024 * 1024


def parse_bytes(data: bytes, source: str, encoding: str | None = None) -> list:
    """Detect the kind of ``data`` and hand it to the matching parser.

    :param data: raw bytes as read or fetched
    :param source: the path or URL, used in errors and stored with every document
    :param encoding: override for text inputs that are not UTF-8
    :returns: a list of documents (a search page or PubMed set holds many)
    """
    from . import ctgov, html, pdf, pubmed, text
    if not data.strip():
        raise UnreadableInput(source, "the file is empty")
    kind = detect_kind(data)
    if kind is Kind.GZIP:
        return parse_bytes(gunzip(data, source, MAX_INPUT_BYTES), source, encoding)
    if kind in (Kind.CTGOV, Kind.JSON_OTHER):
        # Other JSON goes to the registry parser too, which says what it is (broken JSON, the
        # retired classic API, an NCBI error body) instead of a generic refusal.
        return ctgov.parse_ctgov(data, source)
    if kind is Kind.PUBMED:
        return pubmed.parse_pubmed(data, source)
    if kind is Kind.HTML:
        return html.parse_html(data, source, encoding=encoding)
    if kind is Kind.PDF:
        return pdf.parse_pdf(data, source)
    if kind is Kind.TEXT:
        return text.parse_text(data, source, encoding=encoding)
    raise UnknownInputKind(source, explain_unknown(data, kind))


def read_input(path: Path) -> bytes:
    """Read a file, turning OS errors and oversized files into :class:`UnreadableInput`."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise UnreadableInput(path, f"the file is {size} bytes, over the "
                                        f"{MAX_INPUT_BYTES} byte limit for one input")
        return path.read_bytes()
    except OSError as error:
        raise UnreadableInput(path, error.strerror or str(error)) from None
