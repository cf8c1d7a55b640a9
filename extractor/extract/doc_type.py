"""What the document is: registry record, primary study, review, news or promotional page.

The source kind and publication types decide when the input carries them. Otherwise cue lists
(``cues/registry.txt``, ``scholarly.txt``, ``review.txt``, ``study.txt``, ``news.txt``,
``promotional.txt``) vote, each distinct cue once with its weight, and the finding's note names
the winning genre, its share of the votes and the cues that decided it. A web page that names a
stem-cell treatment (``cues/therapy.txt``), or failing that a condition the span ruler knows, but
carries no genre cue at all is typed as a provider's page with a low confidence: scholarly,
registry and news pages all have furniture of their own, while a clinic's lay page about a
treatment, or one that only explains the disease it treats, may have none. Such a page that
tells of laboratory-animal work is typed as news with the same low confidence: it reports
research, and a provider's page rarely speaks of mice or rats. One written in the laboratory
biologist's terms ("paracrine", "apoptosis", "granulosa cells", ``cues/technical.txt``) is
scholarly writing, such as a figure legend or a short abstract without headings.
"""
import re

from ..nlp.patterns import read_mapping
from ..record import Finding
from .cues import load_cue_files, load_cues, scores, strongest
from .registry_ids import iter_registry_ids
from .spans import spans_for
from .structured import section_finding
from .study_design import design_cue_hits, surveyed_nonhuman

FIELD = "doc_type"

REVIEW_TYPES = {"Review", "Systematic Review", "Meta-Analysis", "Editorial", "Comment",
                "Scoping Review", "Systematic Review and Meta-Analysis"}
# A review that also reports its own case is typed by that original contribution.
ORIGINAL_TYPES = {"Case Reports"}
NEWS_TYPES = {"News", "Newspaper Article"}
GENRES = {"registry": "registry_record", "promotional": "promotional", "news": "news"}
# Cues quoted as the reason for a scholarly verdict.
QUOTED_LABELS = {"review": ("systematic", "review", "survey"),
                 "primary_study": ("original", "study", "scholarly")}
SCHOLARLY = ("scholarly.txt", "review.txt", "systematic.txt", "study.txt", "original.txt")
FAMILIES = {"registry": ("registry",), "promotional": ("promotional",), "news": ("news",),
            "scholarly": tuple(name[:-4] for name in SCHOLARLY)}
ALL_FILES = ("registry.txt", "promotional.txt", "news.txt", *SCHOLARLY)
# Cues that only split a scholarly text into review or research report.
SURVEY = "survey.txt"
# A research report's background sums up others' findings once or so ("UCMSCs have been reported
# to repair the damaged endometrium"); a survey keeps doing it.
SURVEY_MIN = 2


# How sure each route to a verdict is; cue votes carry their own share of the votes.
STRUCTURED_CONFIDENCE = 1.0
JOURNAL_SPLIT_CONFIDENCE = 0.8
UNMARKED_PAGE_CONFIDENCE = 0.3
# Distinct laboratory terms ("in vivo", "paracrine", "markers") that make a page with no genre
# cue scholarly writing rather than a provider's page. Among the annotated pages that reach this
# fallback, news and provider pages name at most two, and a review's abstract three.
TECHNICAL = "technical.txt"
TECHNICAL_MIN = 3
# The design cue class of laboratory-animal wording.
ANIMAL = "animal"
# A research report names its own registration, at most with a secondary id; a text naming
# this many distinct trials lists other people's.
SURVEYED_TRIALS = 3
# Numbered references in running text ("... to restore fertility [1–4]. ... site [5]") are
# how scholarly texts cite; clinic pages and news name their sources, if at all, in words.
NUMBERED_CITATION = re.compile(r"(?<=[a-z.,;)])\s?(\[\d{1,3}(?:\s?[–,-]\s?\d{1,3})*\])")
# One bracketed number may be a footnote or a link; two make a reference list.
CITING_TEXT_MIN = 2
# Journal sites link the neighbouring articles above the text ("Next Article in Journal" and
# the other article's title on the next line, as on MDPI pages); that title's wording ("A Case
# Report and Literature Review", "An Overview") says nothing about this article.
# The headings are the section tagger's ``page_links`` headings.
NEIGHBOUR_TITLE = re.compile(
    r"^[ \t]*(?:" + "|".join(re.escape(heading) for heading, section
                             in read_mapping("sections.txt") if section == "page_links")
    + r")[ \t]*\n([^\n]*)", re.I | re.M)


def extract(document, doc, record):
    """Source kind, then publication types, then the page's own cues.

    The confidence and the reasons (cues or structured fields) are kept in ``record.extras``
    as ``doc_type_confidence`` and ``doc_type_reasons``.
    """
    findings, confidence = _decide(document, doc)
    if findings:
        record.extras["doc_type_confidence"] = round(confidence, 2)
        record.extras["doc_type_reasons"] = [findings[0].note or findings[0].quote]
    return findings


def _decide(document, doc) -> tuple[list, float]:
    if document.kind == "ctgov":
        return [_structured(document, "registry_record", "ClinicalTrials.gov record")], \
            STRUCTURED_CONFIDENCE
    types = set(document.metadata.get("publication_types") or [])
    if types & (REVIEW_TYPES | ORIGINAL_TYPES | NEWS_TYPES):
        return [_from_publication_types(document, types)], STRUCTURED_CONFIDENCE
    if document.kind == "pubmed":
        # "Journal Article" alone says only that it is literature: review or research report.
        hits = _with_survey_cues(load_cue_files(*SCHOLARLY).find(document.text), document.text)
        value = _scholarly_kind(hits, document.text)
        note = "journal article; " + _split_note(hits, value)
        return [_structured(document, value, note)], JOURNAL_SPLIT_CONFIDENCE
    return _classify(document.text, doc)


def _structured(document, value, note) -> Finding:
    """A structured finding quoting the id or title section, else the start of the text."""
    for section in ("nct_id", "publication_types", "title"):
        found = section_finding(document, section, FIELD, value, note=note)
        if found:
            return found
    end = min(len(document.text), 80)
    return Finding(FIELD, value, document.text[:end], 0, end, method="structured", note=note)


def _from_publication_types(document, types: set) -> Finding:
    """PubMed publication types: review types make a review unless a case is reported too."""
    if types & NEWS_TYPES:
        value = "news"
    elif types & REVIEW_TYPES and not types & ORIGINAL_TYPES:
        value = "review"
    else:
        value = "primary_study"
    note = "publication types: " + ", ".join(sorted(types))
    return _structured(document, value, note)


def classify_text(text: str) -> list[Finding]:
    """The genre whose cues weigh most; scholarly pages split into review or primary study.

    :returns: one finding quoting the heaviest deciding cue, or ``[]`` when no cue fired
    """
    return _classify(text)[0]


def _classify(text: str, doc=None) -> tuple[list[Finding], float]:
    """:func:`classify_text` with the winner's share of the cue votes as its confidence.

    :param doc: the parsed text, whose condition spans mark a page about a disease
    """
    found = outside_neighbour_titles(text, load_cue_files(*ALL_FILES).find(text))
    hits = {family: [h for h in found if h.label in labels]
            for family, labels in FAMILIES.items()}
    totals = {name: sum(scores(found).values()) for name, found in hits.items()}
    winner = max(totals, key=lambda name: (totals[name], name == "scholarly"))
    if not totals[winner]:
        return _unmarked_page(text, doc)
    confidence = totals[winner] / sum(totals.values())
    if winner == "scholarly":
        hits["scholarly"] = _with_survey_cues(hits["scholarly"], text)
    value = GENRES.get(winner) or _scholarly_kind(hits["scholarly"], text)
    return [_cue_finding(value, confidence, hits[winner])], confidence


def _with_survey_cues(hits: list, text: str) -> list:
    """The scholarly ``hits`` plus the survey wording of ``text``."""
    return [*hits, *load_cues(SURVEY).find(text)]


def outside_neighbour_titles(text: str, hits: list) -> list:
    """The cue hits of ``text`` that do not touch the title of a linked neighbouring article."""
    titles = [m.span(1) for m in NEIGHBOUR_TITLE.finditer(text)]
    return [h for h in hits if not any(start < h.end and h.start < end for start, end in titles)]


def _unmarked_page(text: str, doc=None) -> tuple[list[Finding], float]:
    """A page about a treatment, or about a condition it treats, without any genre cue: a
    provider's page, with low confidence ("Asherman's syndrome is a rare disorder of the
    uterus ..." on a clinic's site). A page that tells of laboratory-animal work ("the treated
    mice gave birth", "i topi trattati") is news reporting research instead: a provider's page
    sells a treatment for people and rarely speaks of mice or rats. Any other page that cites
    numbered references ("[1–4]") is a survey of the literature: scholarly writing with no
    study of its own to report. One that uses several laboratory terms is scholarly too, a
    review or a research report as its survey wording decides."""
    found = _topic(text, doc)
    if found is None:
        return [], 0.0
    quote, start, end = found
    animal = _animal_work(text)
    if animal is not None:
        note = (f"news {UNMARKED_PAGE_CONFIDENCE:.2f}: tells of animal work ('{animal.text}') "
                "without scholarly, news or registry wording")
        return [Finding(FIELD, "news", animal.text, animal.start, animal.end, note=note)], \
            UNMARKED_PAGE_CONFIDENCE
    citations = list(NUMBERED_CITATION.finditer(text))
    if len(citations) >= CITING_TEXT_MIN:
        first = citations[0]
        note = (f"review {UNMARKED_PAGE_CONFIDENCE:.2f}: cites numbered references "
                f"('{first.group(1)}') without scholarly, news or registry wording")
        return [Finding(FIELD, "review", first.group(1), *first.span(1), note=note)], \
            UNMARKED_PAGE_CONFIDENCE
    technical = _technical_terms(text)
    if len(technical) >= TECHNICAL_MIN:
        value = _scholarly_kind(_with_survey_cues([], text), text)
        terms = ", ".join(f"'{hit.text}'" for hit in technical)
        note = (f"{value} {UNMARKED_PAGE_CONFIDENCE:.2f}: the laboratory terms {terms} without "
                "scholarly, news or registry wording")
        first = technical[0]
        return [Finding(FIELD, value, first.text, first.start, first.end, note=note)], \
            UNMARKED_PAGE_CONFIDENCE
    note = (f"promotional {UNMARKED_PAGE_CONFIDENCE:.2f}: names '{quote}' without scholarly, "
            "news or registry wording")
    return [Finding(FIELD, "promotional", quote, start, end, note=note)], \
        UNMARKED_PAGE_CONFIDENCE


def _technical_terms(text: str) -> list:
    """The first hit of each laboratory term (``cues/technical.txt``) in ``text``."""
    first = {}
    for hit in load_cues(TECHNICAL).find(text):
        first.setdefault(hit.cue, hit)
    return sorted(first.values(), key=lambda hit: hit.start)


def _animal_work(text: str):
    """The first laboratory-animal wording of ``cues/designs.txt`` in ``text``, or ``None``."""
    return next((hit for hit in design_cue_hits(text) if hit.label == ANIMAL), None)


def _topic(text: str, doc=None) -> tuple[str, int, int] | None:
    """The first treatment named, else the first condition span: ``(quote, start, end)``."""
    hit = load_cues("therapy.txt").first(text)
    if hit is not None:
        return hit.text, hit.start, hit.end
    span = next(iter(spans_for(doc, "conditions")), None) if doc is not None else None
    return None if span is None else (span.text, span.start_char, span.end_char)


def _scholarly_kind(hits, text: str) -> str:
    """``review`` when survey wording outweighs the wording of an own study.

    A systematic review of human studies is a review whatever else it reports; otherwise a case
    or data of the authors' own ("we also report the first birth...") makes the text a primary
    study, as the annotation rules type hybrid documents by their original contribution. A
    meta-analysis of animal work that also reports a treated patient ("a meta-analysis ... in
    animal models of POF. In addition, a case report of a patient ...") is typed by that patient:
    the one human case is the strongest evidence the text reports. A scholarly text naming
    several registered trials ("NCT02204358 ... NCT03724617 ... NCT04432467", a review's table
    of ongoing trials) surveys them, since a research report has one registration of its own.
    Reporting others' findings again and again ("Accumulating evidence has shown ... recent
    studies in animal models have exhibited", ``cues/survey.txt``) counts as survey wording.
    """
    by_label = scores(hits)
    if by_label.get("systematic"):
        if by_label.get("original") and surveyed_nonhuman(text):
            return "primary_study"
        return "review"
    if by_label.get("original"):
        return "primary_study"
    if len(registered_trials(text)) >= SURVEYED_TRIALS:
        return "review"
    survey = by_label.get("survey", 0)
    surveyed = by_label.get("review", 0) + (survey if survey >= SURVEY_MIN else 0)
    return "review" if surveyed > by_label.get("study", 0) else "primary_study"


def registered_trials(text: str) -> set[str]:
    """The distinct registration ids written in ``text`` ("NCT02204358", "IRCT2015...")."""
    return {rid for rid, _ in iter_registry_ids(text)}


def _split_note(hits, value: str) -> str:
    """Which cues made a scholarly text a review or a research report."""
    chosen = _quoted(hits, value)
    return f"{value}: " + ", ".join(f"'{h.text.strip()}'" for h in chosen) if chosen else value


def _quoted(hits, value: str) -> list:
    """The hits worth quoting for ``value``: for a review its survey cues, else all of them."""
    labels = QUOTED_LABELS.get(value)
    chosen = [h for h in hits if labels is None or h.label in labels]
    return strongest(chosen) or strongest(hits)


def _cue_finding(value: str, confidence: float, hits) -> Finding:
    """A rule finding quoting the heaviest cue; the note lists the deciding cues."""
    chosen = _quoted(hits, value)
    top = chosen[0]
    cues = ", ".join(f"'{h.text.strip()}'" for h in chosen)
    return Finding(FIELD, value, top.text, top.start, top.end,
                   note=f"{value} {confidence:.2f}: {cues}")
