"""The design of the study described: registry design fields, publication types, else wording.

Text rules read the design cues of ``cues/designs.txt`` outside background sentences, eligibility
criteria and keyword lists, and decide in a fixed order of precedence (:data:`PRECEDENCE`): animal
work before randomization, randomization before a single case, and an explicit single arm before
a mere mention of a control group. Groups that differ only in the dose given are not a control
group; news that names no design but reports human results describes an uncontrolled study.
"""
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..record import Finding
from .cohort_size import donor_counts, text_cohort
from .cues import load_cues, strongest
from .layout import layout_of, sentence_bounds
from .structured import derived_finding, section_finding

FIELD = "study_design"

ALLOCATION_DESIGNS = {"RANDOMIZED": "rct", "NON_RANDOMIZED": "nonrandomized_controlled",
                      "NA": "single_arm"}
MODEL_DESIGNS = {"SINGLE_GROUP": "single_arm"}
# PubMed publication types that name a design, strongest first.
PUBLICATION_DESIGNS = (
    ("Systematic Review", "systematic_review"), ("Meta-Analysis", "systematic_review"),
    ("Randomized Controlled Trial", "rct"), ("Case Reports", "case_report"),
    ("Review", "narrative_review"), ("Editorial", "narrative_review"),
    ("Comment", "narrative_review"), ("Observational Study", "cohort"),
    ("Controlled Clinical Trial", "nonrandomized_controlled"),
)
# Cue classes in order of precedence, each with the design it stands for. A class may need a
# companion class in the same document (a retrospective comparison is a cohort study).
PRECEDENCE = (
    ("animal", None, "preclinical"), ("in_vitro", None, "preclinical"),
    ("basic_study", None, "preclinical"),
    ("rct", None, "rct"), ("case_report", None, "case_report"),
    ("case_series", None, "case_series"), ("cohort", None, "cohort"),
    ("retrospective", ("controlled", "arm_count", "nonrandomized", "comparison"), "cohort"),
    ("single_arm", None, "single_arm"), ("nonrandomized", None, "nonrandomized_controlled"),
    ("controlled", None, "nonrandomized_controlled"),
    ("arm_count", None, "nonrandomized_controlled"), ("single_arm_weak", None, "single_arm"),
)
IGNORED_PARTS = {"eligibility", "keywords", "references"}
# A review is systematic when it names itself so ("systematic review", "meta-analysis": weight
# 4 in cues/systematic.txt) or describes a search of several databases (a search plus a database
# list), counts the records it screened and selected, or pools their results (weight 4 in the
# "survey" class of cues/designs.txt); a literature search alone ("we searched the PubMed
# database") is how many narrative reviews describe their reading, and does not make them
# systematic.
SYSTEMATIC_MIN_WEIGHT = 4
# Work cited as background ("In our preclinical work ... a mouse model") is not this study's.
BACKGROUND_ONLY = {"animal", "in_vitro"}
# Animals that are randomized or put into groups ("mice were randomly divided into control,
# model ... groups") are this study's subjects, wherever an unrecognised heading left the
# sentence: nobody allocates the animals of earlier work.
ALLOCATION = {"rct", "controlled", "arm_count", "nonrandomized"}


def extract(document, doc, record):
    """Structured design first (with any disagreeing text finding kept as a conflict)."""
    structured = structured_design(document)
    text = text_design(document, doc, record)
    if structured is None:
        return text
    conflicts = [_as_conflict(f, structured) for f in text if f.value != structured.value]
    return [structured, *conflicts]


def structured_design(document) -> Finding | None:
    """The design the registry fields or publication types state, or ``None``."""
    meta = document.metadata
    if meta.get("allocation") in ALLOCATION_DESIGNS:
        return _section(document, "allocation", ALLOCATION_DESIGNS[meta["allocation"]],
                        f"allocation {meta['allocation']}")
    if meta.get("intervention_model") in MODEL_DESIGNS:
        return _section(document, "intervention_model",
                        MODEL_DESIGNS[meta["intervention_model"]],
                        f"intervention model {meta['intervention_model']}")
    if meta.get("study_type") == "OBSERVATIONAL":
        return _section(document, "study_type", "cohort", "observational study")
    types = set(meta.get("publication_types") or [])
    for name, design in PUBLICATION_DESIGNS:
        if name in types:
            return _section(document, "publication_types", design, f"publication type {name}")
    return None


def _section(document, section: str, value, note) -> Finding | None:
    """A structured finding quoting ``section`` (or the allocation/design section as stand-in)."""
    return (section_finding(document, section, FIELD, value, note=note)
            or section_finding(document, "design", FIELD, value, note=note))


def text_design(document, doc, record) -> list[Finding]:
    """Design from wording, shaped by what the document is (``record.doc_type``)."""
    doc_type = record.doc_type
    basis = [f for f in record.evidence if f.field == "doc_type"]
    if doc_type == "promotional":
        return [derived_finding(FIELD, "not_applicable", basis,
                                "a provider's page describes no study")]
    if doc_type == "review":
        return [_review_design(document, basis)]
    hits = design_hits(document, doc)
    if doc_type == "news":
        hits = _people_over_animals(hits, document, doc)
        return news_design(hits) or _from_head_count(document, doc) or _news_results(hits) or [
            derived_finding(FIELD, "not_applicable", basis,
                            "news naming no concrete study design")]
    found = decide(hits, skip_animal=doc_type == "registry_record")
    if found:
        return _case_or_series(document, doc, found)
    if doc_type == "registry_record":
        return [derived_finding(FIELD, "single_arm", basis,
                                "registry record naming no control group or randomization")]
    return (_from_head_count(document, doc) or _continued_lab_work(document)
            or _donated_samples(document))


def _continued_lab_work(document) -> list[Finding]:
    """A research report naming neither a design nor people: the animal work its background cites.

    "Previously, we performed xenotransplantation of propagated SSCs ... In this study, we
    performed direct injection": a report whose own wording gives no design and no head count
    carries on the laboratory work its background describes. Used only as the last resort.
    """
    layout = layout_of(document)
    for hit in design_cue_hits(document.text):
        if hit.label in BACKGROUND_ONLY and layout.part(hit.start) not in IGNORED_PARTS:
            return [Finding(FIELD, "preclinical", hit.text, hit.start, hit.end, method="derived",
                            note=f"only background design wording ({hit.label})")]
    return []


def _donated_samples(document) -> list[Finding]:
    """A research report whose only people gave samples (and were not treated): laboratory work.

    "GC from 23 women who underwent in vitro fertilization were cultured and exposed to
    UC-MSCs-CM": no design wording and no one treated, so the study is in-vitro work on human
    material. Used only when the report names no design and no head count of its own.
    """
    donors = donor_counts(document)
    if not donors:
        return []
    first = donors[0]
    return [Finding(FIELD, "preclinical", document.text[first.start:first.end], first.start,
                    first.end, method="derived",
                    note=f"only donors of laboratory samples counted ({first.value})")]


def _case_or_series(document, doc, found: list[Finding]) -> list[Finding]:
    """Case wording over a stated head count of several people is a case series.

    "Here, we present an original case ... (n=10)": the authors narrate one patient but report
    ten, so the study is a series of cases, not a single case report.
    """
    if found[0].value != "case_report":
        return found
    counted = text_cohort(document, doc)
    if not counted or counted[0].value < 2:
        return found
    count = counted[0]
    return [Finding(FIELD, "case_series", count.quote, count.start, count.end, method="derived",
                    note=f"case wording with {count.value} participants")]


def _from_head_count(document, doc) -> list[Finding]:
    """A study of people that names no design: one patient is a case report, more an uncontrolled
    series.

    Without any control-group wording, a stated head count is read as an uncontrolled study of
    that many people: a case series when its sentence tallies patients treated so far and does
    not say they were taken into a study ("23 patients have been treated this way"), else a
    single arm ("The trial included 20 women", "Twenty men received ..."); see
    ``cues/head_count.txt``.
    """
    counted = text_cohort(document, doc)
    if not counted:
        return []
    found = counted[0]
    if found.value == 1:
        value = "case_report"
    elif "sum of arms" in (found.note or ""):
        # Arms sized separately are compared; the text states no allocation.
        value = "nonrandomized_controlled"
    else:
        value = "case_series" if _treated_not_enrolled(document, found.start) else "single_arm"
    return [Finding(FIELD, value, found.quote, found.start, found.end, method="derived",
                    note=f"{found.value} participant(s) and no control group named")]


def _treated_not_enrolled(document, offset: int) -> bool:
    """True when the sentence at ``offset`` says people were treated, not enrolled in a study."""
    start, end = layout_of(document).sentence(offset)
    labels = {h.label for h in load_cues("head_count.txt", labelled=True)
              .find(document.text, start, end)}
    return "treated" in labels and "enrolled" not in labels


@lru_cache(maxsize=4)
def design_cue_hits(text: str) -> tuple:
    """Every hit of ``cues/designs.txt`` in ``text``, in text order.

    Doc type, design and tier all read the design cues of the same text; the file holds the
    design wording of several languages, so it is scanned once per document, not once per rule.
    """
    return tuple(load_cues("designs.txt", labelled=True).find(text))


def design_hits(document, doc, own_study: bool = True) -> dict:
    """Design cue hits by class, leaving out background sentences, eligibility and keywords.

    :param own_study: the design of the document's own study is wanted, so animal and in-vitro
        wording under a "Background" heading (earlier work) is left out too; a review's
        background says what kind of evidence it surveys, so reviews pass ``False``
    """
    layout = layout_of(document)
    background = load_cues("background.txt")
    found = design_cue_hits(document.text)
    allocated = {layout.sentence(h.start) for h in found if h.label in ALLOCATION}
    by_class = {}
    for hit in found:
        part = layout.part(hit.start)
        if part in IGNORED_PARTS or (own_study and part == "background"
                                     and hit.label in BACKGROUND_ONLY
                                     and layout.sentence(hit.start) not in allocated):
            continue
        start, end = layout.sentence(hit.start)
        if background.first(document.text, start, end):
            continue
        if own_study and hit.label in BACKGROUND_ONLY and _names_survey(document.text, start, end):
            continue
        if hit.label == "first_birth":
            if not _names_therapy(document.text, start, end):
                continue
            hit = replace(hit, cue=replace(hit.cue, label="one_patient"))
        by_class.setdefault(hit.label, []).append(hit)
    return _without_dose_arms(by_class, layout)


def _names_therapy(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names the cell therapy (``cues/therapy.txt``).

    A landmark birth is a case of the treatment only in a sentence about the treatment: "First
    baby born with IVF that uses stem cells", not "Louise Brown was the first child born from the
    procedure known as in-vitro fertilization".
    """
    return load_cues("therapy.txt").first(text, start, end) is not None


def _without_dose_arms(by_class: dict, layout) -> dict:
    """Read group counts whose sentence sizes doses and names no comparator as single-arm wording.

    "Patients are subjected into 3 groups, with low, medium and high dosage of cells": the
    groups compare doses of one treatment and no group goes without it, so they are no control
    group but the weakest sign of an uncontrolled study. "divided into 3 groups: placebo, low
    dose and high dose" keeps its count.
    """
    if "arm_count" not in by_class or "dose_levels" not in by_class:
        return by_class
    only_doses = ({layout.sentence(h.start) for h in by_class["dose_levels"]}
                  - {layout.sentence(h.start) for h in by_class.get("comparator", ())})
    result = {k: list(v) for k, v in by_class.items() if k != "arm_count"}
    for hit in by_class["arm_count"]:
        label = "single_arm_weak" if layout.sentence(hit.start) in only_doses else "arm_count"
        result.setdefault(label, []).append(hit)
    return result


def _names_survey(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names a systematic search or pooling of other studies."""
    return load_cues("systematic.txt").first(text, start, end) is not None


def surveyed_nonhuman(text: str) -> list:
    """Animal or in-vitro wording in a sentence that also names a systematic review or pooling.

    "The present study performed a meta-analysis ... in animal models of POF": the animals are
    the evidence the review surveys, not subjects of the authors' own study.

    :returns: the animal or in-vitro design hits of such sentences, in text order
    """
    starts, ends = sentence_bounds(text)
    found = []
    for hit in design_cue_hits(text):
        if hit.label in BACKGROUND_ONLY:
            i = max(bisect_right(starts, hit.start) - 1, 0)
            if _names_survey(text, starts[i], ends[i]):
                found.append(hit)
    return found


def decide(hits: dict, skip_animal: bool = False) -> list[Finding]:
    """The first class of :data:`PRECEDENCE` present (with its companion, if it needs one)."""
    for name, companions, design in PRECEDENCE:
        if name not in hits or (skip_animal and design == "preclinical"):
            continue
        if companions and not any(c in hits for c in companions):
            continue
        return [_hit_finding(design, hits[name][0], name)]
    return []


def _review_design(document, basis) -> Finding:
    """A systematic review or meta-analysis if it says so, else a narrative review."""
    hits = own_survey_hits(document)
    if sum(hit.weight for hit in hits) >= SYSTEMATIC_MIN_WEIGHT:
        return _hit_finding("systematic_review", hits[0], "systematic")
    return derived_finding(FIELD, "narrative_review", basis, "review without a systematic search")


def own_survey_hits(document) -> list:
    """Systematic-review wording about the document's own method, one hit per cue, heaviest first.

    The wording is that of ``cues/systematic.txt`` (the method named, several databases
    searched) and the ``survey`` class of ``cues/designs.txt`` (the selection counted, the results
    pooled). Sentences about other work are left out: "Recent meta-analyses by Busnelli et al
    (2021) have evaluated ..." cites a meta-analysis, and a narrative review citing one is not one.
    """
    layout = layout_of(document)
    background = load_cues("background.txt")
    own = []
    method = load_cues("systematic.txt").find(document.text)
    pooled = [h for h in design_cue_hits(document.text)
              if h.label == "survey"]
    for hit in method + pooled:
        start, end = layout.sentence(hit.start)
        if layout.part(hit.start) != "references" \
                and not background.first(document.text, start, end):
            own.append(hit)
    return strongest(own, limit=len(own))


def news_design(hits: dict) -> list[Finding]:
    """News takes the design of the study it describes: animals, one patient, or a trial.

    Without design wording, a head count of people taken into the study ("The trial included 20
    women", "23 patients have been treated") still makes it a concrete uncontrolled study; only
    news with neither is not about a study (the caller decides that).

    Weak single-arm wording ("pilot", "phase I") is not enough in a news piece, which uses it
    loosely of programmes rather than of one study.
    """
    if "one_patient" in hits and "animal" not in hits and "in_vitro" not in hits:
        return [_hit_finding("case_report", hits["one_patient"][0], "one_patient")]
    return decide({k: v for k, v in hits.items() if k != "single_arm_weak"})


def _people_over_animals(hits: dict, document, doc) -> dict:
    """News reporting results in treated people drops its animal and in-vitro wording.

    "It has already been done in mice in Japan ... three pregnancies so far": the animal work is
    an earlier phase or other people's work, and the pregnancies of the people treated are the
    strongest evidence the piece reports. So does news naming an animal phase before a head
    count of people ("Tras una primera fase en animales ... una segunda fase con veinte
    pacientes", "after the studies in mice, the team treated 20 women"): the study moved on to
    people, and its human phase gives the design and the head count. A head count alone is not
    enough: people who only gave cells for a mouse experiment ("researchers recruited three
    infertile men and collected skin cell samples") were not treated.
    """
    if not hits.keys() & BACKGROUND_ONLY:
        return hits
    if "human_results" not in hits and not _people_after_animal_phase(hits, document, doc):
        return hits
    return {k: v for k, v in hits.items() if k not in BACKGROUND_ONLY}


def _people_after_animal_phase(hits: dict, document, doc) -> bool:
    """True when a head count of people follows wording of an earlier phase in animals."""
    if "animal_phase" not in hits:
        return False
    counted = text_cohort(document, doc)
    return bool(counted) and counted[0].start > hits["animal_phase"][0].start


def _news_results(hits: dict) -> list[Finding]:
    """News reporting human results of a treatment, with no design or head count: uncontrolled.

    "Out of a small study with 17 embryo transfers ..., nine women became pregnant": the
    programme the piece reports on treated people and counted outcomes, without a control group.
    Animal or in-vitro wording was decided before this is tried.
    """
    if "human_results" not in hits:
        return []
    return [_hit_finding("single_arm", hits["human_results"][0], "human_results")]


def _hit_finding(value: str, hit, cue_class: str) -> Finding:
    return Finding(FIELD, value, hit.text, hit.start, hit.end, note=f"design cue ({cue_class})")


def _as_conflict(finding: Finding, structured: Finding) -> Finding:
    """Keep a text finding that disagrees with the structured design, marked as a conflict."""
    return Finding(finding.field, finding.value, finding.quote, finding.start, finding.end,
                   method="derived",
                   note=f"conflict: text says {finding.value}, {structured.note} "
                        f"says {structured.value}")
