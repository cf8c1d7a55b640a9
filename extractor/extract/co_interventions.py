"""co interventions named for the study itself, from the span ruler (negated and background mentions dropped)."""
from .spans import span_findings

FIELD = "co_interventions"


def extract(document, doc, record):
    """Findings for ``co_interventions``, one per asserted mention."""
    return span_findings(document, doc, FIELD)
