"""Plain scraped text: kept exactly as read, so offsets match the file."""
from ..document import Document, text_hash_id
from ..errors import MalformedInput
from .decode import decode_text


def parse_text(data: bytes, source: str, encoding: str | None = None) -> list[Document]:
    """One :class:`Document` from a text file; the first non-empty line is taken as its title.

    Binary content never gets here: :func:`~extractor.parse.detect.detect_kind` refuses it.
    """
    text = decode_text(data, source, encoding)
    if not text.strip():
        raise MalformedInput(source, "the file is empty (no text to extract)")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return [Document(doc_id=text_hash_id(text), source=source, kind="text",
                     title=title[:300] if title else None, text=text)]
