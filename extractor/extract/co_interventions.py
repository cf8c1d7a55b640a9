"""Co-interventions given with the cells (scaffolds, PRP, G-CSF, hormones, surgery, ART).

Comparators ("compared with PRP") and background mentions are dropped by the shared grading.
"""
from .spans import span_findings

FIELD = "co_interventions"


def extract(document, doc, record):
    """Findings for ``co_interventions``, one per asserted mention."""
    return span_findings(document, doc, FIELD)
