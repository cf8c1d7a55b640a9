"""Assembling a document's text from labelled fields while recording where each field lands.

The registry and PubMed parsers build ``Document.text`` themselves, so the offsets of every field
are known exactly at the moment it is written; nothing has to be searched for afterwards.
"""
import re

_SPACE = re.compile(r"\s+")


def squash(value) -> str | None:
    """Collapse runs of whitespace (newlines included) to one space; ``None`` for blank values.

    Used for one-line fields: titles, names, XML text re-indented by its producer.
    """
    if value is None:
        return None
    text = _SPACE.sub(" ", str(value)).strip()
    return text or None


class TextBuilder:
    """Appends lines and paragraphs to a text and keeps ``(name, start, end)`` for each one.

    Example::

        builder = TextBuilder()
        builder.line("nct_id", "NCT number", "NCT01234567")
        builder.line("enrollment", "Enrollment", "66 (ESTIMATED)")
        text, sections = builder.build()
    """

    def __init__(self):
        self._parts: list[str] = []
        self._length = 0
        self._pending = ""
        self.sections: list[tuple[str, int, int]] = []

    def paragraph(self) -> None:
        """Put a blank line before whatever is written next (if anything was written before)."""
        if self._parts:
            self._pending = "\n\n"

    def write(self, name: str | None, text: str | None) -> tuple[int, int] | None:
        """Write ``text`` on its own line and record it as section ``name`` (if given).

        :returns: the ``(start, end)`` written, or ``None`` when ``text`` is blank
        """
        if text is None or not text.strip():
            return None
        if self._parts:
            self._append(self._pending or "\n")
        self._pending = ""
        start = self._length
        self._append(text)
        if name:
            self.sections.append((name, start, self._length))
        return start, self._length

    def line(self, name: str, label: str, value: str | None) -> tuple[int, int] | None:
        """Write ``label: value`` as one section spanning the whole line; skip blank values."""
        if value is None or not str(value).strip():
            return None
        return self.write(name, f"{label}: {str(value).strip()}")

    def build(self) -> tuple[str, list[tuple[str, int, int]]]:
        """The text and its sections."""
        return "".join(self._parts), list(self.sections)

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
