"""Cell sources this study gave, from the span ruler, with the annotation rules applied.

- A bare tissue ("bone marrow", "adipose tissue", "iliac crest") names the source when its
  sentence speaks of stem cells: with MSC wording it is that tissue's MSC code ("MSCs derived from
  bone marrow, adipose tissue or umbilical cord"); without it, bone marrow means unsorted marrow
  cells ("stem cells extracted from the patient's own bone marrow").
- Unsorted "bone marrow(-derived) stem cells" are ``bone_marrow_mononuclear``, unless the document
  shows they were culture-expanded, adherent MSCs ("adherent to the culture flasks", "CD73+"),
  which makes them ``bone_marrow_msc``; and the MSC code absorbs the harvest step that produced
  it ("bone marrow stem cells will be extracted ... cultivation ... bone marrow-derived MSCs").
- Conversely, "bone marrow-derived MSCs" that the document shows were only concentrated at the
  bedside, never cultured ("nucleated cells concentrated ... intraoperatively", "bone marrow
  aspirate concentrate"), are unsorted marrow: ``bone_marrow_mononuclear``.
- A cell-free product is coded with its parent cells, and a paper about exosomes or conditioned
  medium that names the parent only in its keywords ("Keywords: mesenchymal stem cells,
  microvesicles") still names it there: the keyword parent is coded when nothing but the
  cell-free product was found.
- ``msc_unspecified`` only when no source of mesenchymal cells is named (a tissue without a
  code of its own, "fetal liver MSCs", names one too); a cell-free product
  (``cell_free_derivative``), pluripotent cells ("MSCs, ESCs and iPSCs") or marrow and blood
  stem cells do not name where the MSCs came from and keep it. The harvest of unspecified
  MSCs names their tissue even when its sentence names no stem cells ("Autologous MSC
  transplantation ... 60 ml is aspirated from the bone marrow of the iliac crest"). MSCs made
  from pluripotent cells ("embryonic stem cell-derived mesenchymal cells") take the pluripotent
  code alone.
"""
from ..nlp import context
from .spans import IGNORED, STRONG, WEAK, finding_from_span, grade, section_for, spans_for

FIELD = "cell_sources"
TISSUES = "cell_tissues"
UNSPECIFIED = "msc_unspecified"
BM_MSC, BM_UNSORTED = "bone_marrow_msc", "bone_marrow_mononuclear"
CELL_FREE = "cell_free_derivative"
NOT_A_SOURCE = {UNSPECIFIED, CELL_FREE}
KEYWORDS = "keywords"
# Codes that say where mesenchymal (stromal) cells came from, and so replace the unspecified MSC
# code. Pluripotent cells, blood stem cells and epithelial cells are other kinds of cell: "MSCs,
# embryonic stem cells and iPSCs" leaves the MSCs' source unstated.
MSC_SOURCES = {BM_MSC, BM_UNSORTED, "adipose_msc", "adipose_svf", "umbilical_cord_msc",
               "amniotic_msc", "amniotic_fluid", "placenta_msc", "menstrual_blood", "endometrial"}
# Pages in other languages say "stem" with the words of the phrase "stem cells" there: "células
# madre", "cellule staminali", "células estaminais", "células-tronco", "kök hücre", "cellules
# souches", "Stammzellen" (German writes the phrase as one word), "الخلايا الجذعية", "стволовые
# клетки".
STEM_WORDS = {"stem", "mscs", "msc", "mesenchymal", "stromal", "progenitor", "progenitors",
              "madre", "staminali", "estaminais", "tronco", "células-tronco", "troncales", "kök",
              "souches", "stammzellen", "stammzelle",
              # Arabic الجذعية, Russian стволовые, Bulgarian стволови
              "الجذعية", "جذعية", "стволовые", "стволовых", "стволовыми", "стволови"}
# Stem-cell markers that name the cells given as well as a stem word does: "CD133+ cells
# obtained from bone marrow", "CD34+ cells harvested from the iliac crest".
STEM_MARKERS = ("cd133", "cd34")
MSC_WORDS = {"mesenchymal", "msc", "mscs", "stromal",
             "mesenquimales", "mesenquimatosas", "mesenquimais", "mesenchimali", "mezenkimal",
             "mésenchymateuses", "mesenchymale", "mesenchymalen",
             "الوسيطة", "اللحمية", "мезенхимальные", "мезенхимальных", "мезенхимни"}
# Words that join a list of tissues to the cell phrase they share: "menstrual, bone marrow, and
# adipose tissue-derived stem cells".
COORDINATORS = {",", "and", "or", "/", "&"}
# Pluripotent cells that MSCs may be made from, and how far "-derived" may stand between.
PLURIPOTENT = {"esc", "ipsc"}
DERIVED_GAP = 2
# Words of the harvest that tells where a document's MSCs came from, when their own sentences
# name no tissue: "Autologous MSC transplantation ... Sample of 60 ml is aspirated from the bone
# marrow of the iliac crest and prepared in the lab".
HARVEST_WORDS = {"aspirated", "aspirate", "aspiration", "harvested", "harvest", "harvesting",
                 "collected", "obtained", "extracted", "isolated", "taken"}
UNSORTED_WORDS = ("mononuclear", "mnc", "cd133", "cd34", "aspirate", "fraction",
                  "concentrate")


def extract(document, doc, record):
    """Findings for ``cell_sources`` after the source rules above."""
    sources = [span for span in spans_for(doc, FIELD) if not context.names_likeness(span)]
    sources = [span for span in sources if not _derived_from_pluripotent(span, sources)]
    sources = [span for span in sources if not context.is_constituent(span, sources)]
    pairs = [(span, span.id_) for span in sources] + _tissue_pairs(doc, sources)
    graded = {STRONG: [], WEAK: [], IGNORED: []}
    for span, code in pairs:
        graded[grade(span, document)].append((span, code))
    chosen = _apply_source_rules(doc, graded[STRONG] or graded[WEAK])
    if {code for _, code in chosen} == {CELL_FREE}:
        chosen = _apply_source_rules(doc, chosen + _parents_in_keywords(pairs, document))
    return [finding_from_span(span, FIELD, code)
            for span, code in sorted(chosen, key=lambda pair: pair[0].start)]


def _parents_in_keywords(pairs, document):
    """The cell sources of the keyword list: a cell-free product's parent cells, when the text
    names them nowhere else ("Keywords: mesenchymal stem cells, extracellular vesicles")."""
    return [(span, code) for span, code in pairs
            if code != CELL_FREE and section_for(span, document) == KEYWORDS]


def _derived_from_pluripotent(span, sources) -> bool:
    """An MSC mention that names what pluripotent cells were made into: "human embryonic stem
    cell-derived mesenchymal stem cells", "hESC derived MSC-like cells". The pluripotent
    source is the cells' source, so the mention adds no unspecified MSC code."""
    if span.id_ != UNSPECIFIED:
        return False
    doc = span.doc
    for source in sources:
        if source.id_ not in PLURIPOTENT or not 0 <= span.start - source.end <= DERIVED_GAP:
            continue
        between = [token.lower_ for token in doc[source.end:span.start]]
        if between in (["derived"], ["-", "derived"]) or (
                not between and source.text.lower().endswith("derived")):
            return True
    return False


def _tissue_pairs(doc, sources):
    """``(span, code)`` for bare tissues in sentences that speak of stem cells and name no
    specific source: beside "bone marrow stem cells", "menstrual blood volume" and "placenta
    accreta" are outcomes, not sources."""
    named = [span for span in sources if span.id_ not in NOT_A_SOURCE]
    # MSCs whose tissue no source names: their harvest speaks of them.
    msc_without_tissue = not named and any(span.id_ == UNSPECIFIED for span in sources)
    tissues = spans_for(doc, TISSUES)
    pairs = []
    for span in tissues:
        words = {token.lower_ for token in span.sent}
        harvests_msc = msc_without_tissue and bool(words & HARVEST_WORDS)
        if not (harvests_msc or _speaks_of_stem_cells(words)) \
                or _beside_named_source(span, named, tissues):
            continue
        if harvests_msc or words & MSC_WORDS or span.id_ != BM_MSC:
            pairs.append((span, span.id_))
        else:
            pairs.append((span, BM_UNSORTED))
    return pairs


def _speaks_of_stem_cells(words: set) -> bool:
    """The sentence's words name stem cells: a stem word ("stem", "MSCs") or a stem-cell
    marker ("CD133+ cells")."""
    return bool(words & STEM_WORDS) or any(word.startswith(STEM_MARKERS) for word in words)


def _beside_named_source(tissue, named, tissues) -> bool:
    """True when the tissue's sentence names a specific source that the tissue is not
    coordinated with: "menstrual blood volume ... in the bone marrow stem cells group" is no
    source, while "menstrual, bone marrow, umbilical cord, and adipose tissue-derived stem
    cells" lists four, and so does a list that names a source first ("MSCs derived from
    umbilical cord blood, menstrual blood, and amniotic fluid"). A tissue right before a source
    of the same tissue only says where that source came from: "adipose tissue-derived stromal
    vascular fraction" is the fraction alone, while "menstrual blood endometrial stem cells"
    names two."""
    sent = tissue.sent
    in_sentence = [s for s in named if sent.start <= s.start < sent.end]
    if not in_sentence:
        return False
    if any(source.start == tissue.end and _same_tissue(source.id_, tissue.id_)
           for source in in_sentence):
        return True
    tissue_tokens = {i for t in tissues for i in range(t.start, t.end)}
    for source in in_sentence:
        gap = (range(tissue.end, source.start) if source.start >= tissue.end
               else range(source.end, tissue.start) if source.end <= tissue.start else None)
        if gap is not None and all(i in tissue_tokens or tissue.doc[i].lower_ in COORDINATORS
                                   for i in gap):
            return False
    return True


def _same_tissue(code: str, other: str) -> bool:
    """Codes of one tissue share their first word: ``adipose_msc`` and ``adipose_svf``,
    ``bone_marrow_msc`` and ``bone_marrow_mononuclear``."""
    return code.split("_", 1)[0] == other.split("_", 1)[0]


def _apply_source_rules(doc, pairs):
    """Cultured marrow cells are MSCs; MSC absorbs its harvest; unspecified MSC only alone."""
    if any(code == BM_UNSORTED for _, code in pairs) and _shows_culture(doc):
        pairs = [(span, BM_MSC if code == BM_UNSORTED and not _says_unsorted(span) else code)
                 for span, code in pairs]
    elif any(code == BM_MSC for _, code in pairs) and _shows_concentrate(doc):
        pairs = [(span, BM_UNSORTED if code == BM_MSC else code) for span, code in pairs]
    codes = {code for _, code in pairs}
    if BM_MSC in codes:
        pairs = [(span, code) for span, code in pairs if code != BM_UNSORTED]
    if codes & MSC_SOURCES or any(_other_msc_source(span, code) for span, code in pairs):
        pairs = [(span, code) for span, code in pairs if code != UNSPECIFIED]
    return pairs


def _other_msc_source(span, code) -> bool:
    """MSCs of a tissue without a code of its own name their source as well as a coded tissue
    does: "fetal liver mesenchymal stem cells", "dental pulp MSCs"."""
    return code == "other" and any(token.lower_ in MSC_WORDS for token in span)


def _shows_culture(doc) -> bool:
    return context.cue_offset(context.joined_text(doc), "msc_cues.txt") >= 0


def _shows_concentrate(doc) -> bool:
    """The marrow was concentrated and given without culture ("nucleated cells concentrated
    ... intraoperatively"), and nothing says it was culture-expanded."""
    text = context.joined_text(doc)
    return (context.cue_offset(text, "concentrate_cues.txt") >= 0
            and context.cue_offset(text, "msc_cues.txt") < 0)


def _says_unsorted(span) -> bool:
    """The words, or the long form an abbreviation stands for, name an unsorted fraction."""
    text = (span._.via_abbreviation or span.text).lower()
    return any(word in text for word in UNSORTED_WORDS)
