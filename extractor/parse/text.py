"""Plain scraped text: kept exactly as read, so offsets match the file."""
from ..document import Document, text_hash_id
from ..errors import MalformedInput, UnknownInputKind
from .decode import decode_text

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 4 KiB: not text of any encoding."""
    head = data[:4096]
    return b"\x00" in head or sum(b in _CONTROL for b in head) > len(head) // 20


def parse_text(data: bytes, source: str, encoding: str | None = None) -> list[Document]:
    """One :class:`Document` from a text file; the first non-empty line is taken as its title."""
    if looks_binary(data):
        raise UnknownInputKind(source, "binary data, not text, JSON, XML, HTML or PDF")
    text = decode_text(data, source, encoding)
    if not text.strip():
        raise MalformedInput(source, "the file is empty (no text to extract)")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return [Document(doc_id=text_hash_id(text), source=source, kind="text",
                     title=title[:300] if title else None, text=text)]
