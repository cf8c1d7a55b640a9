"""PDF files (a reviewer's copy of a paper) into one :class:`Document` from the text layer.

pypdf reads the text the PDF already carries; it does no OCR. A scanned PDF has no text layer
and is refused with the next step named, rather than stored as an empty document.
"""
import io

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ..document import Document, text_hash_id
from ..errors import MalformedInput
from .layout import TextBuilder, squash

# Broken PDFs surface as these low-level errors from inside pypdf as well as its own.
PDF_ERRORS = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError,
              RecursionError, OSError)


def parse_pdf(data: bytes, source: str) -> list[Document]:
    """One :class:`Document` of kind ``pdf``, pages separated by blank lines.

    :param data: the PDF file's bytes
    :param source: path or URL, stored with the document and named in errors
    :raises MalformedInput: when the PDF is broken, encrypted, or has no text layer
    """
    reader = open_pdf(data, source)
    pages = extract_pages(reader, source)
    builder = TextBuilder()
    for number, page_text in enumerate(pages, 1):
        builder.paragraph()
        builder.write(f"page_{number}", page_text)
    text, sections = builder.build()
    if not text.strip():
        raise MalformedInput(source, "the PDF has no text layer (scanned?); run OCR first")
    info = pdf_info(reader)
    title = info["pdf_title"] or next((line.strip() for line in text.splitlines()
                                       if line.strip()), None)
    return [Document(doc_id=text_hash_id(text), source=source, kind="pdf", title=title,
                     text=text, sections=sections, metadata={"page_count": len(pages), **info})]


def open_pdf(data: bytes, source: str) -> PdfReader:
    """A reader over ``data``; an encrypted file is opened only if it has an empty password."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise MalformedInput(source, "the PDF is encrypted with a password; save a "
                                         "decrypted copy and read that")
        return reader
    except PDF_ERRORS as error:
        raise MalformedInput(source, f"the PDF cannot be read ({_describe(error)})") from None


def extract_pages(reader: PdfReader, source: str) -> list[str]:
    """The text layer of each page, trailing spaces trimmed."""
    try:
        return ["\n".join(line.rstrip() for line in (page.extract_text() or "").splitlines())
                .strip() for page in reader.pages]
    except PDF_ERRORS as error:
        raise MalformedInput(source, f"the PDF's pages cannot be read ({_describe(error)})") \
            from None


def pdf_info(reader: PdfReader) -> dict:
    """Title and author from the document information dictionary, ``None`` when absent."""
    try:
        info = reader.metadata
    except PDF_ERRORS:
        info = None  # a broken info dictionary costs the title, not the document
    return {"pdf_title": squash(info.title) if info else None,
            "pdf_author": squash(info.author) if info else None}


def _describe(error: Exception) -> str:
    message = squash(str(error))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
