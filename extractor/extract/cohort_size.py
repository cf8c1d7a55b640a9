"""Number of human participants: registry enrollment first, else a stated head count.

Text counts come in four shapes: a registry label line ("Enrollment\\n12", "Target sample
size: 60"), ``n = 40``, a number heading a clause with its noun left out ("30 were enrolled"),
and a number before a noun for people ("Twenty-five cases", "80 participants", "25 subfertile
women", and in the other languages pages use, "veinte pacientes", "due donne", "zwei
Patientinnen"). Named predicates reject what only looks like a head count: ages, doses and cell
counts, percentages, years, parts of a fraction ("3 out of 11 women"), donors of laboratory
samples ("granulosa cells of 23 IVF women"), and sentences about other studies. The wording
near each count (``cues/cohort_context.txt``) scores it: enrolled, recruited, randomized and "a
total of" count for it; completed, analysed, pregnant and prevalence wording count against it.
Arms joined by "and" are added up ("40 patients and 40 controls" is 80) unless the sentence
already gives their total, and so are named arms sized one by one ("Group A (n = 20) ... Group B
(n = 20)" is 40).
Counts in a parenthesis right after a count break it down ("41 patients (21 male and 20
female)") and are set aside.
When no count scores high enough the field stays empty: no number is better than a wrong one.
The bar is lower in a study of patients (by its design), which has a cohort by definition.
"""
import re
from dataclasses import dataclass
from functools import lru_cache

from ..record import Finding
from .cues import LINE_PREFIX, alternation, load_cues, word_matcher
from .layout import Layout, layout_of
from .numbers import DIGITS, NUMBER, NUMBER_WORDS, OTHER_NUMBER_WORDS, is_other_language_number, \
    parse_count
from .structured import derived_finding, section_finding

FIELD = "cohort_size"

# Documents that by the annotation rules have no cohort of their own.
NO_COHORT_DESIGNS = {"preclinical", "systematic_review", "narrative_review", "not_applicable"}
NO_COHORT_TYPES = {"review"}
# A provider's page has no design of its own (not_applicable), yet one that retells a study of
# patients gives its head count ("Participants: 50 women diagnosed with POI"); its text count
# is read as any page's is.
PROVIDER_PAGE = "promotional"
MIN_SCORE = 2
# A study of patients has a cohort by its design, so one cue for a count is enough there:
# "Results: Ten women received the graft" (+2 for "received", -1 for the results part).
CLINICAL_DESIGNS = {"rct", "nonrandomized_controlled", "single_arm", "case_series", "cohort"}
CLINICAL_MIN_SCORE = 1
# Larger "counts" are population statistics ("645,000 males"), never one study's enrollment.
MAX_COHORT = 100_000
IGNORED_PARTS = {"eligibility", "keywords", "references", "outcomes"}
PART_SCORES = {"results": -1, "conclusions": -1, "background": -2}

_AGE_BEFORE = re.compile(r"(?:\baged?|\bages|age of|older than|younger than|\bunder|\bover"
                         r"|≤|≥|<|>)\s*$", re.I)
# "from 20 to 40", "between 25 and 35": the first end of a range; "data from 120 patients" is
# a head count.
_RANGE_BEFORE = re.compile(r"(?:\bfrom|\bbetween)\s*$", re.I)
_RANGE_AFTER = re.compile(rf"^\s*(?:to|and|[-–])\s*(?:\d|{NUMBER_WORDS})", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:[-–]\s*)?(?:years?|yrs?|year-old)\b", re.I)
_DOSE_AFTER = re.compile(r"^\s*(?:[x×]\s*10|million|billion|cells?\b|/\s*kg|mg\b|ml\b|µ|%"
                         r"|percent)", re.I)
_SHARE_AFTER = re.compile(r"^\s*\(\s*\d+(?:\.\d+)?\s*%")
# "3 out of 11 women", and the same in other languages: "seis de las siete pacientes", "due delle
# cinque donne", "zwei von drei Frauen", "deux des trois patientes".
_FRACTION_BEFORE = re.compile(
    rf"(?:\d+|{NUMBER_WORDS}|{OTHER_NUMBER_WORDS})\s+(?:(?:out\s+)?of\s+(?:the\s+)?"
    rf"|(?:de|dos|das|di|von|sur)\s+(?:(?:los|las|les|le|la|os|as|i|gli|den)\s+)?"
    rf"|(?:delle|dei|degli|des|der)\s+)$|/\s*$", re.I)
_FRACTION_AFTER = re.compile(r"^\s*/\s*\d")
_YEAR_BEFORE = re.compile(r"(?:\bin|since|from|until|during|between|year|\bto)\s+$", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d][\w'’-]*)")
_AGE_WORD = re.compile(r"aged?$", re.I)
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|whereas|of whom|of which)\b|[,;:()]", re.I)
# Added to the distance of a cue from a count when a clause boundary lies between them, so
# "18 women were enrolled and 16 completed" credits "enrolled" to 18.
CLAUSE_DISTANCE = 50
_ARM_JOIN = re.compile(r"\b(?:and|or|vs\.?|versus|compared (?:with|to))\b", re.I)
_TOTAL_INTRO = re.compile(r"\b(?:including|of whom|of which|divided|allocated|assigned|"
                          r"randomi[sz]ed|comprising)\b|:", re.I)
_SUBSET = re.compile(r"\bof them$", re.I)
_LABEL_TAIL = re.compile(r"^\s*(?:(?:anticipated|actual|estimated|expected|planned)\s+)?"
                         r"(?:(?:participants|patients|subjects|women|men|people|persons)"
                         r"\b)?\s*(?:[(\[]\s*(?:anticipated|actual|estimated)\s*[)\]])?\s*\.?"
                         r"\s*[\"”]?\s*(?:\|.*)?$", re.I)


@dataclass
class Candidate:
    """One number that may count the participants."""

    value: int
    start: int
    end: int
    kind: str  # "n_equals" or "noun"
    score: float = 0.0


def extract(document, doc, record):
    """Registry enrollment first; abstain for documents without a cohort; else the text count."""
    structured = structured_enrollment(document)
    if structured is not None:
        return structured
    if record.doc_type in NO_COHORT_TYPES or (record.study_design in NO_COHORT_DESIGNS
                                              and record.doc_type != PROVIDER_PAGE):
        return []
    if record.study_design == "case_report":
        basis = [f for f in record.evidence if f.field == "study_design"]
        return [derived_finding(FIELD, 1, basis, "case report: one patient")]
    if record.doc_type == "registry_record":
        found = label_count(document.text) or bare_enrollment_line(document.text)
        if found:
            return [found]
    clinical = record.study_design in CLINICAL_DESIGNS
    return text_cohort(document, doc, CLINICAL_MIN_SCORE if clinical else MIN_SCORE)


def structured_enrollment(document) -> list[Finding] | None:
    """The registry's enrollment count: ``[]`` for a withdrawn study (count 0), ``None`` if absent.
    """
    count = document.metadata.get("enrollment_count")
    if not isinstance(count, int) or isinstance(count, bool):
        return None
    if count <= 0:
        return []
    kind = document.metadata.get("enrollment_type")
    note = f"registry enrollment ({kind.lower()})" if kind else "registry enrollment"
    found = section_finding(document, "enrollment", FIELD, count, note=note)
    return [found] if found else None


def text_cohort(document, doc, min_score=MIN_SCORE) -> list[Finding]:
    """A labelled enrollment line, else the best-scoring head count (or arms added up)."""
    text = document.text
    layout = layout_of(document)
    label = label_count(text)
    if label:
        return [label]
    candidates = [c for c in iter_candidates(text) if layout.part(c.start) not in IGNORED_PARTS
                  and not is_reference(text, layout, c) and not is_donor_count(text, layout, c)]
    candidates = without_breakdowns(candidates, text)
    score_candidates(candidates, text, layout)
    accepted = [c for c in candidates if c.score >= min_score]
    if not accepted:
        arms = arm_total(text, layout)
        return [arms] if arms else []
    best = max(accepted, key=lambda c: (c.score, -c.start))
    if best.kind == "n_equals" and _sizes_named_arm(best, text, layout):
        arms = arm_total(text, layout)
        if arms:
            return [arms]
    return [_total_or_arms(best, candidates, text, layout)]


# A named arm with its size: "Group A (n = 20)", "the control group (n=15)", "MSC arm, n = 12".
_ARM_SIZE = re.compile(
    r"(?P<label>\b(?:group|arm|cohort)[ \t]+(?:[A-Z]|[IVX]{1,3}|\d{1,2})\b"
    r"|\b[\w-]+(?:[ \t][\w-]+)?[ \t](?:group|arm))"
    r"[ \t]*[(\[,:]?[ \t]*n[ \t]*=[ \t]*(?P<num>\d{1,5})(?![\d.])"
    r"(?=(?P<after>[^\n]{0,16}))", re.I)
_PER_ARM = re.compile(r"\b(?:each|every|per)\b", re.I)
_LABEL_FILLER = re.compile(r"^(?:(?:the|a|an|in|of|for|and|to|with|between|both)\s+)+", re.I)
MIN_ARMS = 2


def arm_total(text: str, layout: Layout) -> Finding | None:
    """The arm sizes added up, when the text sizes two or more named arms but states no total.

    "Group A (n = 20) received BM-MSCs. Group B (n = 20) received HRT." enrols 40 women; an arm
    named again later (in the results) is counted once, and "each group (n = 20)" or
    "(n = 20 per group)" is one arm's size, not a named arm.
    """
    arms = named_arms(text, layout)
    if len(arms) < MIN_ARMS:
        return None
    total = sum(value for value, _, _ in arms.values())
    if total > MAX_COHORT:
        return None
    start, end = min(a[1] for a in arms.values()), max(a[2] for a in arms.values())
    parts = " + ".join(str(a[0]) for a in arms.values())
    return Finding(FIELD, total, text[start:end], start, end, note=f"arms: sum of arms {parts}")


def named_arms(text: str, layout: Layout) -> dict:
    """``{arm label: (size, start, end)}`` for each named arm sized with "n =", first mention."""
    arms = {}
    for match in _ARM_SIZE.finditer(text):
        label = _LABEL_FILLER.sub("", match.group("label").lower()).strip()
        if _PER_ARM.search(match.group("label")) or _PER_ARM.match(match.group("after").strip()) \
                or layout.part(match.start()) in IGNORED_PARTS:
            continue
        value = parse_count(match.group("num"))
        if value and label not in arms:
            arms[label] = (value, match.start(), match.end("num"))
    return arms


def _sizes_named_arm(candidate: Candidate, text: str, layout: Layout) -> bool:
    """True when an ``n =`` count is the size of one named arm ("Group A (n = 20)")."""
    return any(start <= candidate.start < end
               for _, start, end in named_arms(text, layout).values())


def label_count(text: str) -> Finding | None:
    """A registry-style enrollment line: "Enrollment\\n12", "Target sample size: 60"."""
    for match in _label_regex().finditer(text):
        value = parse_count(match.group("num"))
        if value and value <= MAX_COHORT and _LABEL_TAIL.match(match.group("tail")):
            start, end = match.span("num")
            return Finding(FIELD, value, text[start:end], start, end,
                           note="labelled enrollment line")
    return None


_BARE_ENROLLMENT = re.compile(
    rf"^[ \t]*(?P<num>{DIGITS})[ \t]+(?:(?:anticipated|actual|estimated|expected|planned)[ \t]+)?"
    rf"(?:participants|patients|subjects|women|men)[ \t]*"
    rf"(?:[(\[][ \t]*(?:anticipated|actual|estimated)[ \t]*[)\]])?(?:[ \t]+needed)?[ \t]*$",
    re.I | re.M)


def bare_enrollment_line(text: str) -> Finding | None:
    """A registry mirror's enrollment value whose label was lost: a line "60 participants".

    Recruitment listings state the target as "100 Participants Needed".

    Mirrors that lay the record out as a grid of values (status, count, study type, dates) drop
    the labels in the text; in a registry record a line holding only a head count is the
    enrollment. Only used for registry records: elsewhere such a line may be a figure label.
    """
    for match in _BARE_ENROLLMENT.finditer(text):
        value = parse_count(match.group("num"))
        if value and value <= MAX_COHORT:
            start, end = match.span("num")
            return Finding(FIELD, value, text[start:end], start, end,
                           note="unlabelled enrollment line of a registry record")
    return None


# Between a label and its value: a table cell border ("Actual Enrollment : | 26 participants |")
# or, on the value's own line, a list bullet ("- Target Recruitment\n- 25").
_CELL = r"(?:\|[ \t]*)?"
_BULLET = r"[ \t]*(?:[-*•·][ \t]+)?"


@lru_cache(maxsize=1)
def _label_regex():
    """A label line of ``cues/cohort_labels.txt``, then the number on it or on the next line.

    Bulleted lines and table rows count too: "Target Recruitment\\n- 25", "Actual Enrollment : |
    26 participants |", "Enrollment: 60 (Anticipated)" and 'Total Sample Size="60"' all give
    their number; a value cell may be followed by further cells of the same row.
    """
    return re.compile(
        rf"{LINE_PREFIX}{_CELL}{alternation('cohort_labels.txt')}[ \t]*"
        rf"(?:\((?:anticipated|actual|estimated)\))?[ \t]*[:=]?[ \t]*{_CELL}[\"“]?"
        rf"(?:\n{_BULLET})*"
        rf"(?P<num>{DIGITS})(?![\d.,/-])(?P<tail>[^\n]*)$", re.I | re.M)


_N_EQUALS = re.compile(rf"(?<!\w)n\s*=\s*(?P<num>{DIGITS})(?![\d.])", re.I)


# Protocols and consent forms write a count in words, then in digits: "ninety-five (95)
# subjects", "twenty (20) women".
_DIGITS_ECHO = r"(?:[ \t]+\(\d{1,5}\))?"


@lru_cache(maxsize=1)
def _noun_regex():
    """A number (a word may repeat itself in digits), up to four modifier words, then a noun
    for people.

    The nouns of ``cues/people_other.txt`` count people in Spanish, Portuguese, Italian, French
    and German ("veinte pacientes", "due donne", "zwei Patientinnen"); a count written in the
    words of those languages is read only before one of them (:func:`_same_language`).
    """
    return re.compile(
        rf"(?<![\w.,/%+-])(?P<num>{NUMBER}|{OTHER_NUMBER_WORDS}){_DIGITS_ECHO}"
        rf"(?P<mods>(?:[ \t]+[^\W\d][\w'’-]*,?){{0,4}}?)"
        rf"[ \t]+(?P<noun>{alternation('people.txt')}|{alternation('people_other.txt')})"
        rf"(?![\w-])", re.I)


# Chinese and Korean count people with a counter word after the digits and no space: "23位患者"
# (23 patients), "61例" (61 cases), "在這20位中重度Asherman綜合征患者中" (among these 20 patients with
# moderate or severe Asherman syndrome), "20명" (20 people). A counter for people (位, 名, 例, 명)
# makes the count, with or without its noun; 例 (a case) counts patients only in medicine, which
# is all these pages are. A comma before the digits ends a clause, unless it follows a digit
# ("1,200").
_CJK_COUNT = re.compile(r"(?<![\d./%])(?<!\d,)(?P<num>\d{1,5})[ \t]?(?:位|名|例|명)(?![\d])")


# Larger bare numbers are years ("between 2002 and 2017 was performed") or counts of things.
MAX_BARE_COUNT = 999
_RANGE_START = re.compile(r"\bbetween[ \t]+\S+[ \t]+and[ \t]$", re.I)


def _after_range_start(text: str, start: int) -> bool:
    """True for the second end of a range: "between 20 and 40 were"."""
    return bool(_RANGE_START.search(text, max(0, start - 40), start))


# A count with its noun left out, at the head of a clause: "30 were eligible and were enrolled",
# "and 16 completed the study", "58 received one valve and another 60 the other", "Of the 40
# women approached, 25 agreed to participate". It takes the cues of its own clause, so that
# "completed" no longer counts against the enrolled number before it.
_BARE_COUNT = re.compile(
    rf"(?:^|(?<=[,;:][ \t])|(?<=\band[ \t])|(?<=\bwhile[ \t])|(?<=\bwhereas[ \t])"
    rf"|(?<=\bwhom[ \t])|(?<=\banother[ \t]))"
    rf"(?P<num>{NUMBER})(?=[ \t]+(?:were|was|had|have|completed|received|underwent|participated"
    rf"|agreed|consented|volunteered|took[ \t]+part)\b)",
    re.I | re.M)


def _same_language(match) -> bool:
    """False for a number word of another language before an English noun ("once patients")."""
    return not is_other_language_number(match.group("num")) \
        or bool(word_matcher("people_other.txt").match(match.group("noun")))


def iter_candidates(text: str):
    """Every ``n = N`` and number-before-people-noun that no distractor predicate rejects."""
    for match in _N_EQUALS.finditer(text):
        value = parse_count(match.group("num"))
        if value and not is_distractor(text, match.start("num"), match.end("num"), value):
            yield Candidate(value, match.start(), match.end(), "n_equals")
    for match in _noun_regex().finditer(text):
        value = parse_count(match.group("num"))
        if value and _same_language(match) and _mods_ok(match.group("mods")) \
                and not is_noun_modifier(text, match.end()) \
                and not is_distractor(text, match.start("num"), match.end(), value):
            yield Candidate(value, match.start(), match.end(), "noun")
    for match in _CJK_COUNT.finditer(text):
        value = parse_count(match.group("num"))
        if value and not is_distractor(text, match.start("num"), match.end("num"), value):
            yield Candidate(value, match.start(), match.end(), "noun")
    for match in _BARE_COUNT.finditer(text):
        value = parse_count(match.group("num"))
        if value and value <= MAX_BARE_COUNT and not _after_range_start(text, match.start()) \
                and not is_distractor(text, match.start("num"), match.end("num"), value):
            yield Candidate(value, match.start("num"), match.end("num"), "bare")


def _mods_ok(mods: str) -> bool:
    """True when the words between number and noun are modifiers, not units or other phrases."""
    stopwords = word_matcher("cohort_stopwords.txt")
    for word in mods.split():
        word = word.strip(",")
        if _is_blocker(word) or stopwords.match(word):
            return False
    return True


def is_noun_modifier(text: str, end: int) -> bool:
    """"12 adult male hamsters", "20 control mice": the people word only modifies the noun.

    A strain name may stand between the two ("Thirty-two female Sprague-Dawley rats", "110
    female BALB/c mice"), so the words up to :data:`MODIFIED_WINDOW` on, within the phrase,
    are read. An age after the noun describes the people counted ("11 women aged 25–40 years",
    "30 patients aged 38 to 46"), so it does not make the noun a modifier.
    """
    following = _NEXT_WORD.match(text, end)
    if not following or _AGE_WORD.match(following.group(1)):
        return False
    if _is_blocker(following.group(1)):
        return True
    for word in _PHRASE_REST.match(text, end).group(1).split()[:MODIFIED_WINDOW]:
        if word_matcher("cohort_animals.txt").match(word):
            return True
        if word[0].isdigit() or word_matcher("cohort_stopwords.txt").match(word):
            return False  # "20 women and 40 mice": a second phrase begins
    return False


# How many words after a people noun may still name the animal it modifies.
MODIFIED_WINDOW = 3
# The rest of the phrase after a count's noun: up to punctuation or a line break.
_PHRASE_REST = re.compile(r"([^,;:.()\n]{0,60})")


def _is_blocker(word: str) -> bool:
    """True for a unit, duration, dose word or animal (a number before it counts no people)."""
    return bool(word_matcher("count_blockers.txt").match(word)
                or word_matcher("cohort_animals.txt").match(word))


def is_distractor(text: str, start: int, end: int, value: int) -> bool:
    """True for ages, doses, shares, fraction parts, years and population-sized numbers.

    :param start: start of the number
    :param end: end of the whole candidate (the number, or number plus noun)
    """
    return (value > MAX_COHORT or is_age(text, start, end) or is_dose(text, start)
            or is_share(text, end) or is_fraction_part(text, start)
            or is_year(text, start, value))


def is_age(text: str, start: int, end: int) -> bool:
    """"aged 25–40", "age < 40", "35-year-old", "40 years old", "from 20 to 40"."""
    number_end = _number_end(text, start)
    return bool(_AGE_BEFORE.search(text[max(0, start - 16):start])
                or _AGE_AFTER.match(text[number_end:number_end + 12])
                or (_RANGE_BEFORE.search(text[max(0, start - 10):start])
                    and _RANGE_AFTER.match(text[number_end:number_end + 24])))


def is_dose(text: str, start: int) -> bool:
    """"1×10^6 cells/kg", "10 million cells", "4 mg", and percentages written after a number."""
    number_end = _number_end(text, start)
    return bool(_DOSE_AFTER.match(text[number_end:number_end + 12]))


def is_share(text: str, end: int) -> bool:
    """"13 participants (37.14%)": a share of the cohort reported as a result."""
    return bool(_SHARE_AFTER.match(text[end:end + 16]))


def is_fraction_part(text: str, start: int) -> bool:
    """"3 out of 11 women", "Six of the seven patients", "7/35": parts of a ratio."""
    number_end = _number_end(text, start)
    return bool(_FRACTION_BEFORE.search(text[max(0, start - 24):start])
                or _FRACTION_AFTER.match(text[number_end:number_end + 4]))


def is_year(text: str, start: int, value: int) -> bool:
    """"in 2019", "between 2014 and 2016": calendar years."""
    return 1900 <= value <= 2100 and bool(_YEAR_BEFORE.search(text[max(0, start - 10):start]))


def is_reference(text: str, layout: Layout, candidate: Candidate) -> bool:
    """True when the count sits in a sentence about other or earlier work."""
    start, end = layout.sentence(candidate.start)
    return load_cues("background.txt").first(text, start, end) is not None


# "<sample> (were) (collected) from 23", "<sample> of 23": what lies between a sample word of
# cues/cohort_donors.txt and a count of the people who gave it.
_DONOR_LINK = re.compile(r"^(?:[ \t]+(?:were|was))?(?:[ \t]+\w+ly)?(?:[ \t]+(?:collected|obtained|"
                         r"isolated|harvested|retrieved|taken|donated|derived|aspirated|pooled|"
                         r"recovered|sampled|prepared))?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?$",
                         re.I)


def is_donor_count(text: str, layout: Layout, candidate: Candidate) -> bool:
    """True when a count numbers the donors of laboratory samples, not people treated.

    "GC from 23 women who underwent IVF were cultured": the granulosa cells are the subject of
    in-vitro work. The sentence must not give the cells back ("... and transferred the
    autologous cells back to their uterus"); see ``cues/cohort_donors.txt``.
    """
    start, end = layout.sentence(candidate.start)
    window = max(start, candidate.start - 60)
    cues = load_cues("cohort_donors.txt", labelled=True)
    samples = [h for h in cues.find(text, window, candidate.start) if h.label == "sample"]
    if not any(_DONOR_LINK.match(text[h.end:candidate.start]) for h in samples):
        return False
    return not any(h.label == "returned" for h in cues.find(text, start, end))


def donor_counts(document) -> list[Candidate]:
    """The counts of ``document`` that number donors of laboratory samples."""
    layout = layout_of(document)
    return [c for c in iter_candidates(document.text)
            if layout.part(c.start) not in IGNORED_PARTS
            and is_donor_count(document.text, layout, c)]


# A count at the start of a text, in English or another language's number words.
_COUNT_START = re.compile(rf"{NUMBER}|{OTHER_NUMBER_WORDS}", re.I)


def _number_end(text: str, start: int) -> int:
    match = _COUNT_START.match(text[start:start + 40])
    return start + (match.end() if match else 0)


_OPEN_PARENTHESIS = re.compile(r"[ \t]*[(\[][^()\[\]]*")


def without_breakdowns(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Drop the counts in a parenthesis right after another count: they break it down ("Forty-one
    patients (21 male and 20 female) underwent ...") and must not take its cues."""
    ends = [c.end for c in candidates]
    return [c for c in candidates
            if not any(end <= c.start and _OPEN_PARENTHESIS.fullmatch(text, end, c.start)
                       for end in ends)]


def score_candidates(candidates: list[Candidate], text: str, layout: Layout) -> None:
    """Credit each context cue to the nearest candidate of its sentence; add part penalties."""
    context = load_cues("cohort_context.txt")
    for sentence, members in _by_sentence(candidates, layout).items():
        for hit in context.find(text, *sentence):
            nearest = min(members, key=lambda c: _distance(text, c, hit.start, hit.end))
            if hit.weight < 0 and _in_aside_after(text, nearest, hit.start):
                continue
            nearest.score += hit.weight
    for candidate in candidates:
        candidate.score += PART_SCORES.get(layout.part(candidate.start), 0)


# A parenthesis still open where the text ends.
_OPEN_ASIDE = re.compile(r"\([^()]*\Z")


def _in_aside_after(text: str, candidate: Candidate, start: int) -> bool:
    """True when a cue sits in a parenthesis opened after the count: "100 women were randomized
    (50 per group)", "Sixty women ... (30 in each group)" describe a part of the count, so a
    cue against arm sizes or completers there says nothing against the count itself."""
    return start > candidate.end and bool(_OPEN_ASIDE.search(text, candidate.end, start))


def _by_sentence(candidates, layout) -> dict:
    groups = {}
    for candidate in candidates:
        groups.setdefault(layout.sentence(candidate.start), []).append(candidate)
    return groups


def _distance(text: str, candidate: Candidate, start: int, end: int) -> int:
    """Characters between a cue and a count, plus :data:`CLAUSE_DISTANCE` across a clause break."""
    if end <= candidate.start:
        gap = (end, candidate.start)
    else:
        gap = (candidate.end, max(candidate.end, start))
    between = text[gap[0]:gap[1]]
    return len(between) + (CLAUSE_DISTANCE if _CLAUSE_BREAK.search(between) else 0)


def _total_or_arms(best: Candidate, candidates, text: str, layout: Layout) -> Finding:
    """The best count, unless its sentence lists arms joined by "and" without their total."""
    sentence = layout.sentence(best.start)
    # Counts that wording marks as something else (completers, pregnancies) are not arms.
    members = sorted((c for c in candidates
                      if layout.sentence(c.start) == sentence and c.score >= 0),
                     key=lambda c: c.start)
    if len(members) >= 2:
        first, rest = members[0], members[1:]
        if len(rest) >= 2 and first.value == sum(c.value for c in rest):
            return _finding(text, first, first.start, first.end, "total of the arms")
        if all(_joined_as_arms(text, a, b) for a, b in zip(members, members[1:])):
            total = sum(c.value for c in members)
            parts = " + ".join(str(c.value) for c in members)
            return _finding(text, best, members[0].start, members[-1].end, f"sum of arms {parts}",
                            value=total)
    return _finding(text, best, best.start, best.end, f"score {best.score:g}")


def _joined_as_arms(text: str, a: Candidate, b: Candidate) -> bool:
    """True when the text between two counts joins them as arms ("40 patients and 40 controls").

    "152 of them" counts a subset of the count before it, never a further arm.
    """
    between = text[a.end:b.start]
    return bool(_ARM_JOIN.search(between)) and not _TOTAL_INTRO.search(between) \
        and not _SUBSET.search(text, b.start, b.end)


def _finding(text, candidate, start, end, note, value=None) -> Finding:
    return Finding(FIELD, candidate.value if value is None else value, text[start:end], start,
                   end, note=f"{candidate.kind}: {note}")
