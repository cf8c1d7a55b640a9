"""Whether the cells given were the patient's own (autologous) or a donor's (allogeneic).

The finding's field is ``cell_origin``; the record carries it in ``record.extras``, not as a
vocabulary field. Background and comparator mentions are dropped like every other coded field.
"""
from .spans import span_findings

FIELD = "cell_origin"


def extract(document, doc, record):
    """Findings for ``cell_origin`` ("autologous", "allogeneic"), one per asserted mention."""
    return span_findings(document, doc, FIELD)
