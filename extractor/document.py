"""The parsed document every later step reads. Offsets everywhere index ``Document.text``."""
import hashlib
import re
from dataclasses import dataclass, field

KINDS = ("ctgov", "pubmed", "html", "text", "pdf")


@dataclass
class Document:
    """One input document, as text plus what the source told us in structured form.

    :param doc_id: stable id (registry id, ``PMID:<n>``, or ``sha256:<16 hex>`` of the text)
    :param source: the path or URL the document was read from, as given
    :param kind: one of :data:`KINDS`
    :param title: the document's own title, or ``None``
    :param text: the text that every evidence offset indexes; never rewritten after parsing
    :param sections: ``(name, start, end)`` spans of ``text`` (registry fields, abstract parts)
    :param metadata: structured fields from the source (enrollment, publication types, ...)
    """

    doc_id: str
    source: str
    kind: str
    title: str | None
    text: str
    sections: list[tuple[str, int, int]] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)

    def content_hash(self) -> str:
        """sha256 of the text, so a changed document can be told from an unchanged one."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def section_at(self, offset: int) -> str | None:
        """Name of the innermost section containing ``offset``, or ``None``."""
        best = None
        for name, start, end in self.sections:
            if start <= offset < end and (best is None or end - start < best[1]):
                best = (name, end - start)
        return best[0] if best else None


# Metadata keys that date a document, best first: publication date (PubMed), page date (HTML),
# study start and last update (registries).
DATE_KEYS = ("pub_date", "date", "start_date", "last_update")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def document_date(document: "Document") -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from the first dating metadata key, else ``None``."""
    for key in DATE_KEYS:
        match = _ISO_DATE.match(str(document.metadata.get(key) or ""))
        if match:
            return match.group()
    return None


def text_hash_id(text: str) -> str:
    """A content-derived id for documents that carry no registry id or PMID."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
