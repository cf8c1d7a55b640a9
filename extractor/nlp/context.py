"""Pure functions that read a span's sentence for negation, hedging and background cues.

Cues are matched on whole tokens: the sentence is lower-cased token by token and joined with
single spaces, so "may," and "(may" both hold the cue "may" while "mayor" does not.
"""
import re
from bisect import bisect_right
from functools import lru_cache

from .patterns import read_cue_list

NEGATION_WINDOW = 6
# Scripts written without spaces between words: Chinese characters and Japanese kana.
UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# Korean spaces its words but writes particles onto a word's end ("줄기세포를", "쥐들의").
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# A verb of reporting with a year: earlier work cited by its date.
CITED_YEAR = re.compile(r"\b(?:reported|described|published|showed|demonstrated|found)"
                        r"\s+(?:in|since)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A word of giving may stand ten tokens before its site when the cells are named in full:
# "injection of autologous adult bone marrow derived stem cells into the ovarian stroma".
DELIVERY_WINDOW = 10
# Words that close a negation's scope (after NegEx's terminators).
SCOPE_ENDS = {"but", "however", "although", "in", "with", "who", "which", "that", "whereas",
              ";", ":", ","}
# Punctuation that closes the clause of a word of giving: "at the time of delivery, only about
# 1 million follicles remain in the ovary" puts nothing in the ovary.
CLAUSE_ENDS = {",", ";", ":"}
OPENING_BRACKETS, CLOSING_BRACKETS = {"(", "["}, {")", "]"}
MODALS = {"could", "may", "might", "can", "will", "would", "should", "must"}
COMPARISON_WINDOW = 4
# Words that introduce an example ("other sources like ESCs"), and how far back the comparison
# it exemplifies may start.
EXAMPLE_CUES = (" like", " such as", " including", " e.g.", " e.g. ,")
EXAMPLE_WINDOW = 10
INDUCTION_WINDOW = 5
# Tokens after a route word that may name the agent it gave ("intraperitoneal injection of
# busulfan"), and words that end that phrase ("intraperitoneally 7 days after cisplatin").
AGENT_WINDOW = 4
TIME_WORDS = {"after", "before", "following", "post", "prior", "then", "days", "weeks"}
# The units of a dose, skipped between a route and its agent, and the word that may lead a dose
# ("injected intraperitoneally with 50 mg/kg cyclophosphamide").
DOSE_UNITS = {"mg", "g", "µg", "μg", "ug", "mcg", "kg", "ml", "mg/kg", "mg/kg/day", "mg/kg/d",
              "/", "/kg", "per", "day", "d", "iu", "bw"}
DOSE_LEADS = {"with"}
# Tokens before an agent that may hold the word of time dating it ("after the last busulfan").
TIME_LEAD = 3
EMBRYO_STEMS = ("embryo", "blastocyst")
# Tokens either side of a harm ("side effects of chemotherapy", "cisplatin-induced testicular
# toxicity") within which a toxic agent makes it the agent's harm.
AGENT_HARM_WINDOW = 5
# A token that names its cause as one word: "cisplatin-induced", "PTX-induced", "(CP)-induced".
INDUCED_SUFFIX = "-induced"
# Tokens before a pregnancy word that may hold a wish ("who had an intention to get pregnant"),
# and before a harm that may hold its prevention ("helps prevent some complications").
WISH_WINDOW = 5
PREVENTION_WINDOW = 6
# Words that close the window of a wish or a prevention: "treated without complications".
WINDOW_ENDS = SCOPE_ENDS | {"without", "no", ".", "?", "!"}
# Words before a bare verb that make it an aim: "to rescue fertility", "can maintain fertility".
AIM_LEADS = MODALS | {"to"}
# Words after "potential" that show it is a noun: "potential of", "potential to", "potential and".
NOUN_FOLLOWERS = {"of", "to", "for", "and", "or", "in", "as", "that", "is", "was", "were", "are"}


@lru_cache(maxsize=None)
def _cues(name: str) -> tuple[str, ...]:
    return tuple(_padded(" ".join(cue.lower().split())) for cue in read_cue_list(name))


def _padded(cue: str) -> str:
    """A cue padded to match whole tokens only; a cue in Chinese or Japanese script stays bare,
    since those scripts write no spaces and the tokenizer keeps a run of them as one token
    ("研究使用的是患者自身来源的CD133骨髓干细胞" holds the cue 干细胞); a Korean cue is padded before
    only, to match a token's start ("줄기세포를" holds the cue 줄기세포)."""
    if UNSPACED_SCRIPT.search(cue):
        return cue
    return f" {cue}" if HANGUL.search(cue) else f" {cue} "


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """The single words or word stems of a cue list, for token tests."""
    return frozenset(cue.strip() for cue in _cues(name))


@lru_cache(maxsize=None)
def _stems(name: str) -> tuple[str, ...]:
    """The same words as a tuple, for ``str.startswith``."""
    return tuple(sorted(_words(name)))


def _joined(tokens) -> str:
    return " " + " ".join(token.lower_ for token in tokens) + " "


def joined_text(tokens) -> str:
    """Lower-cased tokens joined by single spaces and padded, the form cues are matched on."""
    return _joined(tokens)


def _before(span, window: int) -> str:
    """Lower-cased tokens of up to ``window`` tokens before the span, within its sentence."""
    start = max(span.sent.start, span.start - window)
    return _joined(span.doc[start:span.start])


def _has_cue(text: str, cues) -> bool:
    return any(cue in text for cue in cues)


def _sentence_has_cue(span, sent, name: str) -> bool:
    """True when ``sent`` (by default the span's sentence) holds a cue of the list ``name``."""
    return _has_cue(_joined(span.sent if sent is None else sent), _cues(name))


def cue_offset(text: str, name: str) -> int:
    """Character offset of the first cue of list ``name`` in joined ``text``, or -1."""
    found = [text.find(cue) for cue in _cues(name)]
    found = [position for position in found if position >= 0]
    return min(found) if found else -1


def is_negated(span) -> bool:
    """True for "no adverse events", "without intrauterine adhesions", "excluding POI".

    The cue's scope ends at a clause or phrase boundary: in "no intrauterine adhesions in women
    with thin endometrium" only the adhesions are denied.
    """
    start = max(span.sent.start, span.start - NEGATION_WINDOW)
    window = list(span.doc[start:span.start])
    cut = max((i + 1 for i, token in enumerate(window) if token.lower_ in SCOPE_ENDS), default=0)
    return _has_cue(_joined(window[cut:]), _cues("negation.txt"))


def is_hedged(span, sent=None) -> bool:
    """True when the sentence speculates: "may restore", "could potentially improve".

    "potential" as a noun ("differentiation potential and self-renewal", "the potential of
    MSCs") states a property, not a doubt, and is no hedge.

    :param sent: the span's sentence, when the caller has it already
    """
    sent = span.sent if sent is None else sent
    return _has_cue(_joined(_without_noun_potential(sent)), _cues("hedges.txt"))


def _without_noun_potential(tokens):
    tokens = list(tokens)
    return [token for i, token in enumerate(tokens)
            if not (token.lower_ == "potential"
                    and (i + 1 == len(tokens) or tokens[i + 1].is_punct
                         or tokens[i + 1].lower_ in NOUN_FOLLOWERS))]


def is_background(span, sent=None) -> bool:
    """True when the sentence is about earlier or other work ("previous studies used ...",
    "Herraiz et al. reported ...", "reported in 2011") or states what usually happens ("women
    often experience").

    :param sent: the span's sentence, when the caller has it already
    """
    sent = span.sent if sent is None else sent
    return _has_cue(_joined(sent), _cues("background.txt")) or cites_by_year(sent)


def states_aim(span, sent=None) -> bool:
    """True when the sentence states this study's aim: "This study aimed to evaluate ...",
    "the investigators need to direct this study and test ...".

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "aims.txt")


def lists_extracted_data(span, sent=None) -> bool:
    """True when the sentence lists the data a review collected: "Data on cumulative live birth,
    implantation rate ... were extracted", "Various indices, including the animals' estrous
    cycle ... were compared"; such a list names measures, not results.

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "extraction.txt")


def defines_or_works_up(span, sent=None) -> bool:
    """True when the sentence defines a term, describes normal physiology or lists the
    diagnostic work-up: "primary amenorrhea, that is the lack of menstruations", "The anterior
    pituitary secretes FSH and LH", "Laboratory investigations will include serum AMH".

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "definitions.txt")


def states_result(span, sent=None) -> bool:
    """True when the sentence states a finding: "stem cell-loaded scaffolds significantly
    increased endometrial thickness", "Of the 522 patients treated, 60 (11.7%) became pregnant",
    "adult stem cells promote follicular development"; not a plan or a list of measures
    ("NCT03381807 Evaluation of the changes of endometrial thickness", "Improvements in
    endometrial thickness ... were compared"), nor a mechanism ("respond to FSH by undergoing
    self-renewal") or a definition ("an essential environment for embryo implantation").

    A bare verb of change ("improve") states a finding unless "to" stands before it ("tried to
    improve the quality").

    :param sent: the span's sentence, when the caller has it already
    """
    tokens = list(span.sent if sent is None else sent)
    text = _joined(tokens)
    if _has_cue(text, _cues("plans.txt")):
        return False
    if _has_cue(text, _cues("results.txt")):
        return True
    verbs = _words("result_verbs.txt")
    return any(token.lower_ in verbs and (i == 0 or tokens[i - 1].lower_ != "to")
               for i, token in enumerate(tokens))


def names_measure(span, sent=None) -> bool:
    """True when the sentence states a plan or names what is measured: "the investigator will
    evaluate the safety", "Primary outcomes included cumulative clinical pregnancy rates",
    "Adverse events will be monitored"; not "available oocyte number and their quality
    decrease".

    :param sent: the span's sentence, when the caller has it already
    """
    text = _joined(span.sent if sent is None else sent)
    return _has_cue(text, _cues("plans.txt")) or _has_cue(text, _cues("measures.txt"))


def asks_for_more_work(span, sent=None) -> bool:
    """True when the sentence asks for work still to be done or says results are still to
    come: "more research is needed to determine the safety and efficacy of stem cell therapy",
    "The study team has not published outcome measurements ... or safety data"; the measures it
    names are not reported.

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "future_work.txt")


def narrates(span, sent=None) -> bool:
    """True when the sentence is a past-tense account: "Six months after her discharge, Mrs. Cen
    was informed to be pregnant", "the mice ... went on to have huge litters"; not "women with
    premature ovarian failure may ... still become pregnant".

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "narration.txt")


def names_hormone_given(span) -> bool:
    """True when the hormone is a drug given rather than a level measured: "testosterone
    replacement therapy (TRT)", "oestradiol valerate 2 mg", "FSH injections"; not "serum
    testosterone levels"."""
    stems = _stems("hormone_given.txt")
    if span.end < len(span.doc) and span.doc[span.end].lower_.startswith(stems):
        return True
    long_form = span._.via_abbreviation
    return bool(long_form) and any(word.startswith(stems) for word in long_form.lower().split())


def names_animal(span, sent=None) -> bool:
    """True when the sentence names laboratory animals: "sterilised mice produced eggs and went
    on to give birth".

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "animals.txt")


def names_therapy(span, sent=None) -> bool:
    """True when the sentence names the therapy: "stem cells are being explored ... to improve
    egg quality"; not "Infertility, the inability to conceive ...".

    :param sent: the span's sentence, when the caller has it already
    """
    return _sentence_has_cue(span, sent, "therapy.txt")


def cites_by_year(sent) -> bool:
    """True when the sentence reports dated earlier work: "Gargett and Healy reported in 2011",
    "first described in 2006"."""
    return CITED_YEAR.search(sent.text) is not None


def is_compared(span) -> bool:
    """True when the mention is a comparator or alternative: "compared with PRP", "unlike
    BM-MSCs". A comma closes the comparator: in "Unlike PRP, MSCs were injected" the MSCs are
    what was given."""
    if _compares_since_comma(_before(span, COMPARISON_WINDOW)):
        return True
    # An example of the comparator stands further off: "compared to other sources of stem
    # cells like embryonic stem cells".
    wider = _before(span, EXAMPLE_WINDOW)
    return wider.rstrip().endswith(EXAMPLE_CUES) and _compares_since_comma(wider)


def _compares_since_comma(before: str) -> bool:
    """True when a comparison cue stands in ``before`` after its last comma."""
    return _has_cue(before[before.rfind(" , ") + 1:], _cues("comparison.txt"))


def names_likeness(span) -> bool:
    """True when the mention is a reference cell that another is likened to or marked by:
    "hAECs retain the characteristics of embryonic stem cells", "CD140b (a marker of
    endometrial stem cells)"."""
    return (_has_cue(_before(span, COMPARISON_WINDOW), _cues("likeness.txt"))
            or _likened_after(span))


def _likened_after(span) -> bool:
    """True when "-like" follows the mention, past a bracketed abbreviation: "Mesenchymal Stem
    Cells (MSCs) - Like Cell Transplantation" names cells that only resemble MSCs."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":
        closing = [t.i for t in doc[i:min(i + 4, len(doc))] if t.text == ")"]
        i = closing[0] if closing else i
    if i < len(doc) and doc[i].text == ")":
        i += 1
    following = [t.lower_ for t in doc[i:i + 2]]
    return following == ["-", "like"]


def follows_induction(span) -> bool:
    """True when a disease-inducing agent sits just before the mention: "busulfan was
    intraperitoneally used" names how the model was made, not how the cells were given.

    An agent after a word of time only dates the giving: "injected 35 days after the last
    busulfan injection into the efferent duct", "four weeks after busulfan, MSCs were injected
    intratesticularly"."""
    start = max(span.sent.start, span.start - INDUCTION_WINDOW)
    before = _joined(span.doc[start:span.start])
    offset = cue_offset(before, "induction.txt")
    if offset < 0:
        return False
    cue_token = start + before[:offset].count(" ")
    lead = span.doc[max(span.sent.start, cue_token - TIME_LEAD):cue_token]
    return not any(token.lower_ in TIME_WORDS for token in lead)


def precedes_induction(span) -> bool:
    """True when a disease-inducing agent follows the mention within its phrase: "received
    intraperitoneal cisplatin", "an intraperitoneal injection of busulfan". The phrase ends at a
    clause boundary or a word of time, so "injected intraperitoneally after cisplatin" keeps
    its route."""
    words = []
    for token in span.doc[span.end:span.sent.end]:
        if len(words) >= AGENT_WINDOW:
            break
        if _dose_word(token):
            continue
        ends_phrase = token.lower_ in SCOPE_ENDS and not (token.lower_ in DOSE_LEADS
                                                          and _doses_follow(token))
        if ends_phrase or token.lower_ in TIME_WORDS:
            break
        words.append(token)
    return _has_cue(_joined(words), _cues("induction.txt"))


def _dose_word(token) -> bool:
    """A number or unit of a dose ("50 mg/kg", "75 mg/kg/day"), which stands between a route
    and its agent without ending the phrase: "injected intraperitoneally with 50 mg/kg
    cyclophosphamide"."""
    return token.like_num or token.lower_ in DOSE_UNITS


def _doses_follow(token) -> bool:
    """True when a dose follows ``token``: "with 50 mg/kg cyclophosphamide" names what was
    injected, while "in mice with cyclophosphamide-induced POI" names the animals."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.like_num


def harm_of_agent(span, sent=None) -> bool:
    """True when a side effect or toxicity is that of a toxic agent, the cause of the disease
    rather than an adverse event of the therapy: "one of the most serious side effects of
    chemotherapy", "cisplatin-induced testicular toxicity" (an agent within five tokens), or
    "Cisplatin has testicular damage as a side effect" (a sentence naming an agent and not the
    therapy, and not denying the harm); not "no side effects were seen after MSC injection".

    :param sent: the span's sentence, when the caller has it already
    """
    sent = span.sent if sent is None else sent
    start = max(sent.start, span.start - AGENT_HARM_WINDOW)
    end = min(sent.end, span.end + AGENT_HARM_WINDOW)
    if _names_agent(list(span.doc[start:span.start]) + list(span.doc[span.end:end])):
        return True
    return (_names_agent(sent) and not names_therapy(span, sent)
            and not is_negated(span))


def _names_agent(tokens) -> bool:
    tokens = list(tokens)
    if any(token.lower_.endswith(INDUCED_SUFFIX) for token in tokens):
        return True
    text = _joined(tokens)
    stems = _stems("toxic_agents.txt")
    return (_has_cue(text, _cues("toxic_agents.txt"))
            or any(token.lower_.startswith(stems) for token in tokens))


def wished_for(span) -> bool:
    """True when the pregnancy word is wished, attempted, out of reach or promised: "women who
    struggle to become pregnant", "an intention to get pregnant", "the inability to conceive",
    "help sterile women conceive"; not "she became pregnant"."""
    return _cue_in_window(span, WISH_WINDOW, "wishes.txt")


def prevented(span) -> bool:
    """True when the harm is what a treatment prevents or avoids: "helps prevent some
    complications, such as osteoporosis", "treat some of the patient's complications"; not
    "treated without complications"."""
    return _cue_in_window(span, PREVENTION_WINDOW, "prevention.txt")


def _cue_in_window(span, window: int, name: str) -> bool:
    """A cue of list ``name`` among the ``window`` tokens before the span, after the last word
    that closes a clause or denies (see :data:`WINDOW_ENDS`)."""
    start = max(span.sent.start, span.start - window)
    tokens = list(span.doc[start:span.start])
    cut = max((i + 1 for i, token in enumerate(tokens) if token.lower_ in WINDOW_ENDS),
              default=0)
    return _has_cue(_joined(tokens[cut:]), _cues(name))


def aimed_verb(span) -> bool:
    """True when the mention opens with a bare verb of change after "to" or a modal, so it
    states an aim: "to rescue fertility", "could maintain fertility"; not "stem cells rescue
    fertility of mice"."""
    first = span.doc[span.start]
    return (first.lower_ in _words("result_verbs.txt") and span.start > span.sent.start
            and span.doc[span.start - 1].lower_ in AIM_LEADS)


def carries_embryo(span, cells=()) -> bool:
    """True when an embryo word stands between the word of giving and the site: "transferring
    good embryos to the uterine cavity" is embryo transfer, not a route of cells. An embryo word
    inside a cell name is the cells' origin: "transplanting human embryonic stem cell-derived
    cells into the ovaries".

    :param cells: cell-source spans of the document
    """
    start = max(span.sent.start, span.start - DELIVERY_WINDOW)
    named = {i for cell in cells if cell.end > start and cell.start < span.start
             for i in range(cell.start, cell.end)}
    return any(token.lower_.startswith(EMBRYO_STEMS) and token.i not in named
               for token in span.doc[start:span.start])


def after_delivery(span) -> bool:
    """True when a word of giving stands at most ten tokens before a site phrase, with no modal
    verb or clause break between (a bracketed aside is passed over whole): "transplantation of
    human UC-MSCs into ovaries", "transplantation of hUC-MSCs (1 x 10^6 cells; passage 3) into
    the uterine cavity", "reintroduced his own stem cells into his testicles", "injected over
    3-5 min, into each testis"; not "stem cells could integrate into the ovaries", nor "at the
    time of delivery, only 1 million follicles remain in the ovary", nor "the grafted cells
    migrated to mouse ovary", where the site is where the cells went after they were given."""
    stems, moves = _stems("delivery.txt"), _stems("movement.txt")
    for token in _reversed_outside_brackets(span, DELIVERY_WINDOW):
        # A comma right before the site only sets off what came between: "was injected over
        # 3-5 min, into each testis".
        if token.i == span.start - 1 and token.lower_ == ",":
            continue
        if token.lower_ in MODALS or token.lower_ in CLAUSE_ENDS:
            return False
        if token.lower_.startswith(moves):
            return False
        if token.lower_.startswith(stems):
            return True
    return False


def _reversed_outside_brackets(span, window: int):
    """Up to ``window`` tokens of the sentence before the span, nearest first, leaving out
    bracketed asides: an abbreviation or a dose in brackets ("embryonic stem cells
    (hESC)-derived MSC-like cells (M cells) into the ovaries") neither pushes the word of
    giving out of reach nor breaks the clause with its own punctuation."""
    counted = depth = 0
    for token in reversed(span.doc[span.sent.start:span.start]):
        if counted >= window:
            return
        if token.text in CLOSING_BRACKETS:
            depth += 1
        elif token.text in OPENING_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0:
            counted += 1
            yield token


def is_consequence(span, others) -> bool:
    """True when the mention follows a consequence cue that itself follows another mention.

    "Thin endometrium is ... associated with ... recurrent implantation failure (RIF)": RIF is a
    consequence of the condition studied. "Thin endometrium caused by Asherman syndrome" is not.

    :param others: spans of the same field in the document
    """
    return _after_cue_after_other(span, others, "consequences.txt")


def is_constituent(span, others) -> bool:
    """True when the mention follows a composition cue that itself follows another mention.

    "Adipose tissue-derived stromal vascular fraction (SVF) contains various cell types,
    including adipose-derived stem/stromal cells", "PBMCs are rich in hematopoietic cells and
    mesenchymal stem cells": what a product contains is part of it, not a second product.

    :param others: spans of the same field in the document
    """
    return _after_cue_after_other(span, others, "composition.txt")


def _after_cue_after_other(span, others, cue_file: str) -> bool:
    """True when a cue of ``cue_file`` stands between another mention and this one, all in the
    span's sentence."""
    prefix = _joined(span.doc[span.sent.start:span.start])
    offset = cue_offset(prefix, cue_file)
    if offset < 0:
        return False
    cue_token = span.sent.start + prefix[:offset].count(" ")
    return any(span.sent.start <= other.start and other.end <= cue_token for other in others)


def describes_condition(span, conditions) -> bool:
    """True when the sentence defines or characterises a condition named in it: "POI is
    characterized by ... low AMH" lists features of the disease, not measured outcomes."""
    sent = span.sent
    if not any(sent.start <= c.start and c.end <= sent.end for c in conditions):
        return False
    return cue_offset(_joined(span.doc[sent.start:span.start]), "consequences.txt") >= 0


def section_of(doc, char_offset: int) -> str | None:
    """Name of the heading section holding ``char_offset`` (see ``section_tagger``), or None."""
    sections = doc._.sections
    starts = [start for _, start, _ in sections]
    index = bisect_right(starts, char_offset) - 1
    if index < 0:
        return None
    name, start, end = sections[index]
    return name if char_offset < end else None
