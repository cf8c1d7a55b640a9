"""cell sources named for the study itself, from the span ruler (negated and background mentions dropped)."""
from .spans import span_findings

FIELD = "cell_sources"


def extract(document, doc, record):
    """Findings for ``cell_sources``, one per asserted mention."""
    return span_findings(document, doc, FIELD)
