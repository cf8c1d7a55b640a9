"""Conditions the study itself treats, from the span ruler.

Rules, in order:

- exclusion criteria, keyword lists and background mentions are dropped, but inclusion criteria
  count (they name whom the study treats);
- a condition named as a consequence of another ("thin endometrium ... associated with ...
  recurrent implantation failure") is a feature of the disease, not a second condition;
- ``infertility_unspecified`` only when no more specific condition is found, and
  ``male_infertility_other`` instead when that infertility is a man's ("male infertility",
  "infertile men").
"""
from ..nlp import context
from .spans import IGNORED_SECTIONS, best_spans, finding_from_span, grade_groups, spans_for

FIELD = "conditions"
UNSPECIFIED = "infertility_unspecified"
MALE = "male_infertility_other"
MALE_WORDS = {"male", "males", "men", "man"}
IGNORED = IGNORED_SECTIONS - {"inclusion"}


def extract(document, doc, record):
    """Findings for ``conditions``: the specific conditions, else the unspecified one."""
    spans = spans_for(doc, FIELD)
    kept = [s for s in spans if not context.is_consequence(s, spans)]
    specific = [s for s in kept if s.id_ != UNSPECIFIED]
    unspecified = [s for s in kept if s.id_ == UNSPECIFIED]
    chosen = best_spans(grade_groups(specific, document, ignored_sections=IGNORED))
    if chosen:
        return [finding_from_span(span, FIELD) for span in chosen]
    chosen = best_spans(grade_groups(unspecified, document, ignored_sections=IGNORED))
    return [finding_from_span(span, FIELD, _unspecified_code(span)) for span in chosen]


def _unspecified_code(span) -> str:
    """Unspecified infertility of men is ``male_infertility_other``: "male infertility",
    "infertile men"."""
    around = span.doc[max(span.sent.start, span.start - 1):min(span.sent.end, span.end + 1)]
    words = {token.lower_ for token in around}
    return MALE if words & MALE_WORDS else UNSPECIFIED
