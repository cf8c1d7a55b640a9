"""Where an offset sits in a document: its sentence and its part (methods, results, eligibility).

Structured documents carry their parts as ``Document.sections``; plain text and web pages do not,
so their parts are read from headings ("Methods", "RESULTS:", "Inclusion criteria"). Document-level
rules use this to prefer what the methods say and to ignore eligibility criteria.

Sentences are cut here from the text itself, at line breaks and at sentence-final punctuation
before a capital or digit (not after "et al.", "Dr." and similar), with or without a space.
Document-level rules need only this coarse cut, and it keeps them independent of how the NLP
pipeline splits sentences.
"""
import re
from bisect import bisect_right

from .cues import load_cues

# Section names that parsers give structured documents, mapped to the parts used here.
SECTION_PARTS = {
    "eligibility": "eligibility", "results": "results", "conclusions": "conclusions",
    "methods": "methods", "background": "background", "primary_outcomes": "outcomes",
    "secondary_outcomes": "outcomes", "keywords": "keywords", "mesh_terms": "keywords",
    "publication_types": "keywords", "references": "references",
}
# A period run into the next sentence without a space ("reported so far.To verify"), as pages
# that strip whitespace from abstracts print them, still ends a sentence after a word.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|\n")
# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = {"al", "dr", "vs", "fig", "figs", "no", "mr", "mrs", "ms", "prof", "approx",
                  "ca", "e.g", "i.e", "eg", "ie", "ref", "refs", "st", "inc", "ltd", "jr"}
_LAST_WORD = re.compile(r"([\w.]+)\.$")
# A blank line (spaces allowed) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class Layout:
    """Sentences and parts of one document, computed once and queried by offset.

    :param document: the parsed document
    """

    def __init__(self, document):
        self.document = document
        self.text = document.text
        self._starts, self._ends = sentence_bounds(self.text)
        heads = [h for h in load_cues("headings.txt", labelled=True).find(self.text)
                 if not _negated(self.text, h.start)]
        self._head_starts = [h.start for h in heads]
        self._head_parts = [h.label for h in heads]
        breaks = list(_PARAGRAPH_BREAK.finditer(self.text))
        self._paragraph_starts = [0] + [m.end() for m in breaks]
        self._paragraph_ends = [m.start() for m in breaks] + [len(self.text)]

    def sentence(self, offset: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``offset``."""
        i = max(bisect_right(self._starts, offset) - 1, 0)
        return self._starts[i], self._ends[i]

    def sentence_text(self, offset: int) -> str:
        """The text of the sentence holding ``offset``."""
        start, end = self.sentence(offset)
        return self.text[start:end]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """``(start, end)`` of the paragraph (block between blank lines) holding ``offset``."""
        i = max(bisect_right(self._paragraph_starts, offset) - 1, 0)
        return self._paragraph_starts[i], self._paragraph_ends[i]

    def part(self, offset: int) -> str | None:
        """``results``, ``methods``, ``eligibility``... for ``offset``, or ``None`` if unknown."""
        if self.document.sections:
            name = self.document.section_at(offset)
            if name is not None:
                return SECTION_PARTS.get(name, name)
        i = bisect_right(self._head_starts, offset) - 1
        return self._head_parts[i] if i >= 0 else None


_last_layout: list = []


def layout_of(document) -> Layout:
    """The layout of ``document``, reused while the same document is being extracted.

    Several field extractors ask for the layout of one document in a row; a one-entry memo keyed
    on the id and text (whose hash Python caches) saves recomputing it.
    """
    key = (document.doc_id, hash(document.text), len(document.sections))
    if not _last_layout or _last_layout[0][0] != key:
        _last_layout[:] = [(key, Layout(document))]
    return _last_layout[0][1]


def sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """Sentence start and end offsets: lines, cut again after sentence-final punctuation."""
    starts, ends, start = [], [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() != "\n" and _after_abbreviation(text, match.start()):
            continue
        starts.append(start)
        ends.append(match.start())
        start = match.end()
    starts.append(start)
    ends.append(len(text))
    return starts, ends


# "No Results Posted", "No results available": a registry's notice that a part is missing.
_NEGATION_BEFORE = re.compile(r"\bno[ \t]+$", re.I)


def _negated(text: str, start: int) -> bool:
    """True when the heading word at ``start`` follows "No" on its line, so opens no part."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_NEGATION_BEFORE.search(text, line_start, start))


def _after_abbreviation(text: str, end: int) -> bool:
    """True when the period before ``end`` closes an abbreviation such as "et al." or "Dr."."""
    word = _LAST_WORD.search(text[max(0, end - 12):end])
    return bool(word) and word.group(1).lower() in _ABBREVIATIONS
