"""Conditions the study itself treats, from the span ruler.

Rules, in order:

- exclusion criteria, keyword lists and background mentions are dropped, but inclusion criteria
  count (they name whom the study treats);
- a condition named as a consequence of another ("thin endometrium ... associated with ...
  recurrent implantation failure") is a feature of the disease, not a second condition;
- damage to an organ ("uterine injury", the ``condition_fallbacks`` label) is ``other`` only when
  no specific condition is found: in a paper on Asherman syndrome it is that syndrome's lesion;
- ``infertility_unspecified`` only when nothing more specific is found, and from fertility care
  named without any condition ("women who underwent IVF", "fertility preservation") only when
  not even infertility is named; ``male_infertility_other`` instead when that infertility is a
  man's ("male infertility", "infertile men", "subfertility or sterility in males", "impaired
  spermatogenesis").
"""
from ..nlp import context
from .spans import IGNORED_SECTIONS, best_spans, finding_from_span, grade_groups, spans_for

FIELD = "conditions"
FALLBACKS = "condition_fallbacks"
UNSPECIFIED = "infertility_unspecified"
MALE = "male_infertility_other"
MALE_WORDS = {"male", "males", "men", "man", "boys", "testicular", "testis", "testes",
              "spermatogenesis", "spermatogenic",
              # the same words on pages in other languages ("Testiküler Torsiyonun ... Kısırlığa")
              "maschile", "masculina", "masculino", "testiküler", "testicolare",
              # and in Arabic and Russian ("العقم عند الرجال", "мужское бесплодие")
              "الرجال", "للرجال", "الرجل", "الذكور", "الذكوري", "الذكورية",
              "мужское", "мужского", "мужчин", "мъжкото", "мъжки", "мъже"}
# Tokens on either side of an unspecified mention that may say whose it is: "subfertility or
# sterility in males", "male factor infertility".
MALE_WINDOW = 4
# "a male partner" is the couple's other half, not a man's infertility.
PARTNER_WORDS = {"partner", "partners", "spouse", "spouses"}
IGNORED = IGNORED_SECTIONS - {"inclusion"}


def extract(document, doc, record):
    """Findings for ``conditions``: the specific conditions, else organ damage, else the
    unspecified one."""
    spans = spans_for(doc, FIELD)
    kept = [s for s in spans if not context.is_consequence(s, spans)]
    specific = [s for s in kept if s.id_ != UNSPECIFIED]
    fallbacks = spans_for(doc, FALLBACKS)
    organ_damage = [s for s in fallbacks if s.id_ != UNSPECIFIED]
    for tier in (specific, organ_damage):
        chosen = best_spans(grade_groups(tier, document, ignored_sections=IGNORED))
        if chosen:
            return [finding_from_span(span, FIELD) for span in chosen]
    unspecified = [s for s in kept if s.id_ == UNSPECIFIED]
    fertility_care = [s for s in fallbacks if s.id_ == UNSPECIFIED]
    chosen = (best_spans(grade_groups(unspecified, document, ignored_sections=IGNORED))
              or best_spans(grade_groups(fertility_care, document, ignored_sections=IGNORED)))
    findings = [finding_from_span(span, FIELD, _unspecified_code(span)) for span in chosen]
    # A man's infertility named once makes the document's other unspecified mentions his too:
    # "restore fertility in men at risk of infertility ... a promising fertility restoration
    # technique".
    if any(finding.value == MALE for finding in findings):
        findings = [finding for finding in findings if finding.value == MALE]
    return findings


def _unspecified_code(span) -> str:
    """Unspecified infertility of men is ``male_infertility_other``: "male infertility",
    "infertile men", "sterility in males", "impaired spermatogenesis"."""
    around = span.doc[max(span.sent.start, span.start - MALE_WINDOW):
                      min(span.sent.end, span.end + MALE_WINDOW)]
    for token in around:
        following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
        if token.lower_ in MALE_WORDS and following not in PARTNER_WORDS:
            return MALE
    return UNSPECIFIED
