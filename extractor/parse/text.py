"""Plain scraped text: kept exactly as read, so offsets match the file."""
import re

from ..document import Document, text_hash_id
from ..errors import MalformedInput
from .decode import decode_text

# Scraped pages open with site furniture; a title is the first line that reads like one.
_FURNITURE = re.compile(r"javascript|cookie|skip to|log ?in|sign ?in|menu|loading|search|"
                        r"subscribe|^\W", re.I)
_TITLE_WORDS = 4


def guess_title(text: str) -> str | None:
    """The first line of four or more words that is not site furniture, else the first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:40]:
        if len(line.split()) >= _TITLE_WORDS and not _FURNITURE.search(line):
            return line[:300]
    return lines[0][:300] if lines else None


def parse_text(data: bytes, source: str, encoding: str | None = None) -> list[Document]:
    """One :class:`Document` from a text file, titled by :func:`guess_title`.

    Binary content never gets here: :func:`~extractor.parse.detect.detect_kind` refuses it.
    """
    text = decode_text(data, source, encoding)
    if not text.strip():
        raise MalformedInput(source, "the file is empty (no text to extract)")
    return [Document(doc_id=text_hash_id(text), source=source, kind="text",
                     title=guess_title(text), text=text)]
