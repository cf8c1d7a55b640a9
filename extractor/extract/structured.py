"""Findings quoted from the labelled registry/publication fields that parsers put in the text."""
from ..record import Finding


def section_finding(document, section: str, field: str, value, note=None) -> Finding | None:
    """A ``structured`` finding quoting the named section, or ``None`` if it is absent."""
    for name, start, end in document.sections:
        if name == section:
            return Finding(field=field, value=value, quote=document.text[start:end],
                           start=start, end=end, method="structured", note=note)
    return None


def derived_finding(field: str, value, basis: list, note: str) -> Finding:
    """A ``derived`` finding that points at the first finding it was computed from."""
    anchor = next((f for f in basis if f is not None), None)
    if anchor is None:
        return Finding(field=field, value=value, quote="", start=0, end=0, method="derived",
                       note=note)
    return Finding(field=field, value=value, quote=anchor.quote, start=anchor.start,
                   end=anchor.end, method="derived", note=note)
