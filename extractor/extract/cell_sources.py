"""Cell sources this study gave, from the span ruler, with the annotation rules applied.

- A bare tissue ("bone marrow", "adipose tissue", "iliac crest") names the source when its
  sentence speaks of stem cells: with MSC wording it is that tissue's MSC code ("MSCs derived from
  bone marrow, adipose tissue or umbilical cord"); without it, bone marrow means unsorted marrow
  cells ("stem cells extracted from the patient's own bone marrow").
- Unsorted "bone marrow(-derived) stem cells" are ``bone_marrow_mononuclear``, unless the document
  shows they were culture-expanded, adherent MSCs ("adherent to the culture flasks", "CD73+"),
  which makes them ``bone_marrow_msc``; and the MSC code absorbs the harvest step that produced
  it ("bone marrow stem cells will be extracted ... cultivation ... bone marrow-derived MSCs").
- ``msc_unspecified`` only when no specific source is named; a cell-free product
  (``cell_free_derivative``) does not name a source and keeps it.
"""
from ..nlp import context
from .spans import IGNORED, STRONG, WEAK, finding_from_span, grade, spans_for

FIELD = "cell_sources"
TISSUES = "cell_tissues"
UNSPECIFIED = "msc_unspecified"
BM_MSC, BM_UNSORTED = "bone_marrow_msc", "bone_marrow_mononuclear"
NOT_A_SOURCE = {UNSPECIFIED, "cell_free_derivative"}
STEM_WORDS = {"stem", "mscs", "msc", "mesenchymal", "stromal", "progenitor"}
MSC_WORDS = {"mesenchymal", "msc", "mscs", "stromal"}
UNSORTED_WORDS = ("mononuclear", "mnc", "cd133", "cd34", "aspirate", "fraction",
                  "concentrate")


def extract(document, doc, record):
    """Findings for ``cell_sources`` after the source rules above."""
    pairs = [(span, span.id_) for span in spans_for(doc, FIELD)] + _tissue_pairs(doc)
    graded = {STRONG: [], WEAK: [], IGNORED: []}
    for span, code in pairs:
        graded[grade(span, document)].append((span, code))
    chosen = _apply_source_rules(doc, graded[STRONG] or graded[WEAK])
    return [finding_from_span(span, FIELD, code)
            for span, code in sorted(chosen, key=lambda pair: pair[0].start)]


def _tissue_pairs(doc):
    """``(span, code)`` for bare tissues in sentences that speak of stem cells."""
    pairs = []
    for span in spans_for(doc, TISSUES):
        words = {token.lower_ for token in span.sent}
        if not words & STEM_WORDS:
            continue
        if words & MSC_WORDS or span.id_ != BM_MSC:
            pairs.append((span, span.id_))
        else:
            pairs.append((span, BM_UNSORTED))
    return pairs


def _apply_source_rules(doc, pairs):
    """Cultured marrow cells are MSCs; MSC absorbs its harvest; unspecified MSC only alone."""
    if any(code == BM_UNSORTED for _, code in pairs) and _shows_culture(doc):
        pairs = [(span, BM_MSC if code == BM_UNSORTED and not _says_unsorted(span) else code)
                 for span, code in pairs]
    codes = {code for _, code in pairs}
    if BM_MSC in codes:
        pairs = [(span, code) for span, code in pairs if code != BM_UNSORTED]
    if codes - NOT_A_SOURCE:
        pairs = [(span, code) for span, code in pairs if code != UNSPECIFIED]
    return pairs


def _shows_culture(doc) -> bool:
    return context.cue_offset(context.joined_text(doc), "msc_cues.txt") >= 0


def _says_unsorted(span) -> bool:
    """The words, or the long form an abbreviation stands for, name an unsorted fraction."""
    text = (span._.via_abbreviation or span.text).lower()
    return any(word in text for word in UNSORTED_WORDS)
