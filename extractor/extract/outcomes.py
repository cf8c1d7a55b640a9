"""Outcomes the study measures or reports, from the span ruler.

Outcomes differ from the other coded fields in these ways:

- a negated outcome still counts: "no serious adverse events occurred" reports adverse events;
- a hedged sentence still counts ("stem cells may improve AMH levels" is how reviews and clinic
  pages report results), while background and introduction sections never do;
- a value that describes a patient or a disease is not an outcome: features in a sentence that
  defines a condition ("POI is characterized by ... low AMH"), a threshold of a criterion
  ("antral follicle count less than 3", "ET ≤ 5.5 mm") and a baseline state ("low antral follicle
  count") are dropped;
- a sentence that defines a term, describes normal physiology or lists the diagnostic work-up
  ("amenorrhea, that is the lack of menstruations", "Laboratory investigations will include
  serum AMH") names no outcome: hormones measured at diagnosis are not outcomes;
- a review's list of the data it extracted ("Data on live birth, implantation rate ... were
  extracted") names measures, not results, and is dropped;
- a side effect or toxicity of the agent that caused the disease ("one of the most serious side
  effects of chemotherapy", "cisplatin-induced testicular toxicity") or what a treatment
  prevents ("helps prevent some complications, such as osteoporosis") is no adverse event of the
  therapy;
- a pregnancy wished for, attempted, out of reach or promised in general ("women who struggle to
  become pregnant", "the inability to conceive", "help sterile women conceive"), and a bare verb
  after "to" or a modal ("to rescue fertility"), state no outcome;
- a sentence that asks for more work or says results are still to come ("more research is
  needed to determine the safety") reports none.

A review reports outcomes only "when the pooled results are stated" (the annotation rules): its
abstract names measures in aims, mechanisms, definitions and tables of registered trials'
planned endpoints. So a review's mention counts only in its results or conclusions, or in a
sentence that states a finding ("significantly increased endometrial thickness", "60 (11.7%)
became pregnant"); "to evaluate the efficacy, safety ..." and "respond to FSH by undergoing
self-renewal" name none.

A clinic page or news item opens with how the disease and IVF work ("the endometrial lining,
which is essential for pregnancy"), so its mention counts only in a sentence that names the
therapy, states a finding or tells in the past tense what happened ("Mrs. Cen was informed to be
pregnant").

A registry record's summary explains the disease and IVF before the plan ("available oocyte
number and their quality decrease"), so its mention counts only in an outcome field, the title,
the methods, or a sentence that states the plan or names a measure ("Adverse events will be
monitored", "Primary outcomes included cumulative clinical pregnancy rates") or the therapy.

A registry record's outcome field lists what the trial measures, one measure a line ("Main
outcome variables / Ovarian response"); a listed measure that no code names ("Amount of cells
obtained for injection", "biochemical pregnancy") is still measured, so it is coded ``other``.

Births of laboratory animals ("the mice went on to give birth") are coded as pregnancy, as
litters are: live_birth is a human outcome. So is antral follicle count, the ultrasound measure:
in a preclinical study "the number of antral follicles" is counted on sections and coded as
follicle development.

An introduction sentence that names the therapy ("stem cells are being explored ... to improve
egg quality") is weak rather than ignored: a clinic page or a review often has nothing but its
introduction, while a study report's strong mentions still win over it.
"""
import re

from ..nlp import context
from ..record import Finding
from .spans import (DOC_TYPE_KEY, IGNORED, IGNORED_SECTIONS, WEAK, WEAK_SECTIONS, best_spans,
                    finding_from_span, grade, grade_groups, section_for, spans_for)

FIELD = "outcomes"
THRESHOLD_WORDS = {"less", "below", "under", "lower", "greater", "more", "above", "over", "<", ">",
                   "≤", "≥", "<=", ">=", "=<", "=>", "exceeding"}
THRESHOLD_WINDOW = 3
# The letter of a P value before a comparison: "(P < 0.01)" states significance, not a cut-off.
P_VALUE_WORDS = {"p", "p-value", "pvalue"}
# How far the number may follow the comparison word: "greater than or equal to 8".
THRESHOLD_REACH = 5
LIVE_BIRTH, ANIMAL_BIRTH = "live_birth", "clinical_pregnancy"
ANTRAL_FOLLICLES, FOLLICLE_DEVELOPMENT = "antral_follicle_count", "follicle_development"
ANIMAL_DESIGN = "preclinical"
HORMONES = frozenset({"amh", "fsh", "lh", "estradiol", "testosterone", "inhibin_b"})
ADVERSE_EVENTS, PREGNANCY = "adverse_events", "clinical_pregnancy"
STATE_WORDS = {"low", "high", "raised", "very", "abnormal", "impaired", "typical", "scanty"}
# A partner's values are no outcome of the treated patient: "her husband's sperm count".
PARTNER_WORDS = {"husband", "husbands", "partner", "partners", "spouse", "spouses"}
# A background or introduction section describes the disease and earlier work; the outcomes of
# this study are in its aims, methods, results and registry fields.
OUTCOME_IGNORED_SECTIONS = IGNORED_SECTIONS | WEAK_SECTIONS
# A review states its results here; elsewhere only in a sentence that states a finding.
REVIEW = "review"
RESULT_SECTIONS = frozenset({"results", "conclusions"})
# Clinic pages and news explain the disease and IVF before the therapy ("the endometrial lining,
# which is essential for pregnancy", "a 25% pregnancy rate per started procedure").
PAGE_TYPES = frozenset({"promotional", "news"})
# A registry record's summary explains the disease before the plan ("available oocyte number
# and their quality decrease"); its outcomes are in its outcome fields, its methods and the
# sentences that state the plan or name the therapy.
REGISTRY = "registry_record"
# Headings found in a web copy, and the registry API's own fields.
PLANNED_SECTIONS = frozenset({"outcomes", "title", "objective", "methods", "interventions",
                              "results", "conclusions", "primary_outcomes",
                              "secondary_outcomes", "brief_title", "arms"})
# The outcome fields of registry pages and of the registry API's layout; an item is a line,
# or a part of a line between semicolons.
OUTCOME_FIELDS = frozenset({"outcomes"})
API_OUTCOME_FIELDS = ("primary_outcomes", "secondary_outcomes")
ITEM_SEPARATOR = re.compile(r"[^\n;]+")
# Lines of an outcome field that are no measure: the column names of a registry mirror's table
# ("NameTimeMethod", "Outcome Measure Time Frame"), a measure's time point or method of
# measurement ("Timepoint: 3 months", "Four year follow-up"), and a dash standing for nothing.
NOT_A_MEASURE = re.compile(
    r"(?i)^\W*(?:(?:name|time|method|measures?|frame|descriptions?|outcomes?)\W*)+$"
    r"|^\W*(?:time ?points?|time ?frame|method of measurement)\b"
    r"|^\W*(?:\S+\W+)?(?:days?|weeks?|months?|years?)\b"
    r"|^\W*$")
UNNAMED_MEASURE = "other"
# A line of this many words describes the measure named above it rather than naming one.
DESCRIPTION_WORDS = 8


def extract(document, doc, record):
    """Findings for ``outcomes``, one per measured or reported mention."""
    conditions = spans_for(doc, "conditions")
    mentions = spans_for(doc, FIELD)
    spans = [s for s in mentions
             if not (context.describes_condition(s, conditions) or is_threshold(s)
                     or is_baseline_state(s) or context.lists_extracted_data(s)
                     or context.defines_or_works_up(s) or _harm_of_agent(s)
                     or _wished_for(s) or _hormone_given(s)
                     or context.asks_for_more_work(s))]
    doc_type = doc.user_data.get(DOC_TYPE_KEY)
    if doc_type == REVIEW:
        spans = [s for s in spans if _states_review_result(s, document)]
    elif doc_type in PAGE_TYPES:
        spans = [s for s in spans if _speaks_of_therapy(s)]
    elif doc_type == REGISTRY:
        spans = [s for s in spans if _plans_or_measures(s, document)]
    groups = grade_groups(spans, document, ignored_sections=OUTCOME_IGNORED_SECTIONS,
                          keep_negated=True, hedges_weaken=False)
    groups[WEAK] = [s for s in groups[IGNORED] if _claims_for_therapy(s, document)]
    animal_study = record.study_design == ANIMAL_DESIGN
    findings = [finding_from_span(span, FIELD, value=_code(span, animal_study))
                for span in best_spans(groups)]
    if doc_type == REGISTRY:
        findings += unnamed_measures(document, doc, mentions)
    return findings


def unnamed_measures(document, doc, mentions) -> list[Finding]:
    """``other`` for each measure of a registry outcome field that none of the outcome spans
    ``mentions`` covers.

    The registry API gives one measure a field, with its description beside it; a web copy
    lists them a line each. Either way, a measure whose description names a code ("Follicular
    function / development of ovarian follicles to a size of 18 mm") takes that code, and an
    item the excerpt cuts off at its end ("Implanta") is left out: its code is unknown.
    """
    named = [(s.start_char, s.end_char) for s in mentions]
    measures = _api_measures(document) or _listed_measures(doc)
    text = doc.text  # rebuilt from the tokens on each access
    return [Finding(FIELD, UNNAMED_MEASURE, text[start:end], start, end,
                    note="a listed outcome measure with no code of its own")
            for (start, end), described_by in measures
            if end < len(text) and not _covered((start, end), named)
            and not (described_by and _covered(described_by, named))]


def _api_measures(document) -> list:
    """``((start, end) of the measure, (start, end) of its whole field)`` for the registry
    API's outcome fields ("Primary outcome: Ovarian volume — Measured by ultrasound (6
    months)")."""
    text, found = document.text, []
    for name, start, end in document.sections:
        if name not in API_OUTCOME_FIELDS:
            continue
        measures = {(item.get("measure") or "").strip()
                    for item in document.metadata.get(name) or [] if isinstance(item, dict)}
        content = _after_label(text, start, end)
        content += len(text[content:end]) - len(text[content:end].lstrip())
        here = [m for m in measures if m and text.startswith(m, content)]
        if here:
            measure = max(here, key=len)
            found.append(((content, content + len(measure)), (start, end)))
    return found


def _listed_measures(doc) -> list:
    """``((start, end) of the measure, (start, end) of the line describing it or None)`` for
    the items of a web copy's outcome fields: lines, or parts of a line between semicolons,
    up to the first blank line, where the page's next block begins ("Full Information")."""
    text, found = doc.text, []
    for name, start, end in doc._.sections:
        if name not in OUTCOME_FIELDS:
            continue
        start = _after_label(text, start, end)
        content = re.search(r"\S", text[start:end])
        if content is None:
            continue
        blank = text.find("\n\n", start + content.start(), end)
        items = [_stripped(text, *m.span())
                 for m in ITEM_SEPARATOR.finditer(text, start, end if blank < 0 else blank)]
        items = [item for item in items if not NOT_A_MEASURE.search(text[slice(*item)])]
        for index, item in enumerate(items):
            following = items[index + 1] if index + 1 < len(items) else None
            described = following is not None and _describes(text, item, following)
            found.append((item, following if described else None))
    return found


def _covered(item: tuple[int, int], spans) -> bool:
    start, end = item
    return any(s < end and start < e for s, e in spans)


def _describes(text: str, item: tuple[int, int], following: tuple[int, int]) -> bool:
    """The line after a measure reads as its description: a sentence of its own ("development
    of ovarian follicles to a size at least 18 mm in diameter"), not the next measure of a
    list ("Implantation rate")."""
    on_next_line = "\n" in text[item[1]:following[0]]
    return on_next_line and len(text[slice(*following)].split()) >= DESCRIPTION_WORDS


def _after_label(text: str, start: int, end: int) -> int:
    """Where a field's content begins: after "Primary outcome:" on the same line, else on the
    line after a heading line ("Main outcome variables")."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    colon = text.find(":", start, line_end)
    return colon + 1 if colon >= 0 else line_end


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without surrounding spaces, dashes and trailing commas or full stops."""
    while start < end and text[start] in " \t-–•*,.":
        start += 1
    while end > start and text[end - 1] in " \t,.":
        end -= 1
    return start, end


def _harm_of_agent(span) -> bool:
    """An adverse-event word that names the harm of the agent that caused the disease ("the
    side effects of chemotherapy", "cisplatin-induced testicular toxicity") or what a treatment
    prevents ("helps prevent some complications, such as osteoporosis")."""
    return span.id_ == ADVERSE_EVENTS and (context.harm_of_agent(span)
                                           or context.prevented(span))


def _hormone_given(span) -> bool:
    """A hormone named as the drug given ("testosterone replacement therapy", "oestradiol
    valerate") is a co-treatment, not a level measured."""
    return span.id_ in HORMONES and context.names_hormone_given(span)


def _wished_for(span) -> bool:
    """A pregnancy the patients wish for or a page promises ("women who struggle to become
    pregnant", "help sterile women conceive"), or fertility a study aims to regain ("to rescue
    fertility"); a registry's plan "to restore sperm production" still names its measure."""
    return span.id_ == PREGNANCY and (context.wished_for(span) or context.aimed_verb(span))


def _code(span, animal_study: bool) -> str:
    """The span's code, with an animal birth coded as pregnancy, and antral follicles in an
    animal study as follicle development: antral follicle count is the ultrasound measure of
    women, while a rodent's antral follicles are counted on sections."""
    if span.id_ == LIVE_BIRTH and context.names_animal(span):
        return ANIMAL_BIRTH
    if span.id_ == ANTRAL_FOLLICLES and animal_study:
        return FOLLICLE_DEVELOPMENT
    return span.id_


def _claims_for_therapy(span, document) -> bool:
    """An introduction mention, in a sentence naming the therapy, that is weak under the
    general grading: what a page says the therapy does."""
    return (section_for(span, document) in WEAK_SECTIONS and context.names_therapy(span)
            and grade(span, document, keep_negated=True, hedges_weaken=False) == WEAK)


def _speaks_of_therapy(span) -> bool:
    """A page's mention in a sentence that names the therapy, states a finding or tells what
    happened: "stem cells ... improve egg quality", "nine women became pregnant"; not "surgery
    does not address the damage to the endometrial lining, which is essential for pregnancy"."""
    return context.names_therapy(span) or context.states_result(span) or context.narrates(span)


def _plans_or_measures(span, document) -> bool:
    """A registry record's mention in an outcome field, the title (or the first line, where a
    web copy keeps it) or the methods, or in a sentence that states the plan, names a measure or
    names the therapy: "the investigator will evaluate the safety", "Primary outcomes included
    cumulative clinical pregnancy rates"; not "available oocyte number and their quality
    decrease"."""
    return (section_for(span, document) in PLANNED_SECTIONS or span.sent.start == 0
            or context.states_aim(span)
            or context.names_measure(span) or context.names_therapy(span))


def _states_review_result(span, document) -> bool:
    """A review's mention in its results or conclusions, or in a sentence stating a finding."""
    return section_for(span, document) in RESULT_SECTIONS or context.states_result(span)


def is_threshold(span) -> bool:
    """True when a comparison with a number follows within three tokens: "AMH below 1.1 ng/ml",
    "FSH more than 25 IU/L"; not "more litters and more primordial follicles", nor a P value
    ("improvement in sperm count (P < 0.01)"), which reports a result."""
    end = min(span.sent.end, span.end + THRESHOLD_WINDOW)
    for token in span.doc[span.end:end]:
        if token.lower_ in THRESHOLD_WORDS and token.nbor(-1).lower_ not in P_VALUE_WORDS:
            following = span.doc[token.i + 1:min(span.sent.end, token.i + 1 + THRESHOLD_REACH)]
            return any(t.like_num for t in following)
    return False


def is_baseline_state(span) -> bool:
    """True when the mention is a patient's state ("low antral follicle count", "high FSH",
    "abnormal folliculogenesis") or a partner's ("her husband's sperm count")."""
    start = max(span.sent.start, span.start - 3)
    before = [token.lower_ for token in span.doc[start:span.start]]
    return bool(set(before[-2:]) & STATE_WORDS or set(before) & PARTNER_WORDS)
