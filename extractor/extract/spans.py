"""Shared helpers that turn ruler spans and regex matches into findings."""
from ..record import Finding
from ..nlp.pipeline import SPANS_KEY


def finding_from_span(span, field: str, value=None, method: str = "rule", note=None) -> Finding:
    """A finding whose quote is the span's own text and offsets."""
    return Finding(field=field, value=span.id_ if value is None else value, quote=span.text,
                   start=span.start_char, end=span.end_char, method=method, note=note)


def finding_from_match(text: str, match, field: str, value, group: int = 0,
                       method: str = "rule", note=None) -> Finding:
    """A finding quoting one regex match group of ``text``."""
    start, end = match.span(group)
    return Finding(field=field, value=value, quote=text[start:end], start=start, end=end,
                   method=method, note=note)


def spans_for(doc, field: str):
    """Ruler spans of one field, in document order."""
    return sorted((s for s in doc.spans[SPANS_KEY] if s.label_ == field),
                  key=lambda s: (s.start, s.end))


def asserted_spans(doc, field: str):
    """Spans of ``field`` that are about this study: not negated and not background."""
    return [s for s in spans_for(doc, field) if not s._.negated and not s._.background]


def span_findings(document, doc, field: str) -> list[Finding]:
    """One finding per asserted mention, for the vocabulary-coded list fields."""
    return [finding_from_span(span, field) for span in asserted_spans(doc, field)]
