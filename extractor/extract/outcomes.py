"""outcomes named for the study itself, from the span ruler (negated and background mentions dropped)."""
from .spans import span_findings

FIELD = "outcomes"


def extract(document, doc, record):
    """Findings for ``outcomes``, one per asserted mention."""
    return span_findings(document, doc, FIELD)
