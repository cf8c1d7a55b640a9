"""Outcomes the study measures or reports, from the span ruler.

Outcomes differ from the other coded fields in three ways:

- a negated outcome still counts: "no serious adverse events occurred" reports adverse events;
- a hedged sentence still counts ("stem cells may improve AMH levels" is how reviews and clinic
  pages report results), while background and introduction sections never do;
- a value that describes a patient or a disease is not an outcome: features in a sentence that
  defines a condition ("POI is characterized by ... low AMH"), a threshold of a criterion
  ("antral follicle count less than 3", "ET ≤ 5.5 mm") and a baseline state ("low antral follicle
  count") are dropped.
"""
from ..nlp import context
from .spans import (IGNORED_SECTIONS, WEAK_SECTIONS, best_spans, finding_from_span, grade_groups,
                    spans_for)

FIELD = "outcomes"
THRESHOLD_WORDS = {"less", "below", "under", "lower", "greater", "more", "above", "over", "<", ">",
                   "≤", "≥", "<=", ">=", "=<", "=>", "exceeding"}
THRESHOLD_WINDOW = 3
STATE_WORDS = {"low", "high", "raised", "very", "abnormal", "impaired"}
# A partner's values are no outcome of the treated patient: "her husband's sperm count".
PARTNER_WORDS = {"husband", "husbands", "partner", "partners", "spouse", "spouses"}
# A background or introduction section describes the disease and earlier work; the outcomes of
# this study are in its aims, methods, results and registry fields.
IGNORED = IGNORED_SECTIONS | WEAK_SECTIONS


def extract(document, doc, record):
    """Findings for ``outcomes``, one per measured or reported mention."""
    conditions = spans_for(doc, "conditions")
    spans = [s for s in spans_for(doc, FIELD)
             if not (context.describes_condition(s, conditions) or is_threshold(s)
                     or is_baseline_state(s))]
    groups = grade_groups(spans, document, ignored_sections=IGNORED, keep_negated=True,
                          hedges_weaken=False)
    return [finding_from_span(span, FIELD) for span in best_spans(groups)]


def is_threshold(span) -> bool:
    """True when a comparison follows within three tokens: "AMH below 1.1 ng/ml"."""
    end = min(span.sent.end, span.end + THRESHOLD_WINDOW)
    return any(token.lower_ in THRESHOLD_WORDS for token in span.doc[span.end:end])


def is_baseline_state(span) -> bool:
    """True when the mention is a patient's state ("low antral follicle count", "high FSH",
    "abnormal folliculogenesis") or a partner's ("her husband's sperm count")."""
    start = max(span.sent.start, span.start - 3)
    before = [token.lower_ for token in span.doc[start:span.start]]
    return bool(set(before[-2:]) & STATE_WORDS or set(before) & PARTNER_WORDS)
