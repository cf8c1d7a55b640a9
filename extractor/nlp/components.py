"""Our pipeline components. Each is small, registered, and never rewrites ``doc.text``."""
import re
from bisect import bisect_right
from functools import lru_cache

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import context
from .patterns import BLOCK_ID, gate_of, heading_regex, read_mapping

# Distinct token texts whose one-token regex matches are remembered (a bounded cache, so memory
# stays flat however large the corpus).
REGEX_CACHE_SIZE = 200_000

Doc.set_extension("sections", default=[], force=True)
Span.set_extension("negated", default=False, force=True)
Span.set_extension("hedged", default=False, force=True)
Span.set_extension("background", default=False, force=True)
Span.set_extension("compared", default=False, force=True)
Span.set_extension("section", default=None, force=True)
Span.set_extension("aim", default=False, force=True)
Span.set_extension("via_abbreviation", default=None, force=True)

# Labels that compete for the same words: "umbilical cord mesenchymal stem cells" (a cell source)
# must beat the bare tissue "umbilical cord" inside it.
LABEL_GROUPS = {"cell_tissues": "cell_sources"}
# A local long form that names stem cells by who they belong to or how broad they are, not by
# tissue: "Adult stem cells (ASCs)" are not the adipose cells "ASCs" usually means.
GENERIC_STEM_CELLS = re.compile(
    r"(?:adult|autologous|allogeneic|allogenic|somatic|multipotent) stem cells?", re.I)
SENTENCE_ENDS = {".", "!", "?"}
# Sections whose content is one line: inline, it ends at the heading's line end ("Keywords: a;
# b; c"); under a heading line, at the end of the first line of text below ("Keywords\n\nMen
# Infertility Azoospermia\n\nSummary"), as a keyword list is not followed by a heading of ours.
LINE_SECTIONS = {"keywords"}
NON_SPACE = re.compile(r"\S")
# Page furniture whose heading line is followed by one line of its own: a linked neighbouring
# article's title, a reader setting's values. The text after it belongs to no section.
ONE_LINE_SECTIONS = {"page_links", "display_settings"}
DISPLAY_SETTINGS = "display_settings"
# A line at least this long that breaks before a lower-case word was wrapped, not ended.
WRAPPED_LINE_LENGTH = 40


@Language.component("line_sentencizer")
def line_sentencizer(doc):
    """Sentence starts after ``.``/``!``/``?`` and at every line break.

    Scraped pages and registry text put one field per line with no final period, so a newline
    must end a sentence or a label would run into the next field's value. A run of plain spaces
    ("cells)  derived") is no boundary.
    """
    if not len(doc):
        return doc
    text = doc.text
    starts_at = doc.to_array("IDX").tolist()
    lengths = doc.to_array("LENGTH").tolist()
    words = [text[start:start + length] for start, length in zip(starts_at, lengths)]
    # spaCy stores SENT_START as uint64: -1 ("not a start") is its two's complement.
    flags = numpy.full((len(doc), 1), -1, dtype="int64").astype("uint64")
    flags[0, 0] = 1
    last_word = words[0]
    for i in range(1, len(words)):
        # A newline in the previous token or in the whitespace after it ends the sentence; a
        # newline token itself still closes the line it ends.
        gap = text[starts_at[i - 1]:starts_at[i]]
        if "\n" in gap and not _wraps_line(text, starts_at[i], gap, last_word, words[i]):
            flags[i, 0] = 1
        elif words[i - 1] in SENTENCE_ENDS and _opens_sentence(words[i]):
            flags[i, 0] = 1
        if not words[i].isspace():
            last_word = words[i]
    doc.from_array(["SENT_START"], flags)
    return doc


def _wraps_line(text: str, start: int, gap: str, last_word: str, word: str) -> bool:
    """True when a single line break only wraps a sentence, as in text taken from PDF columns:
    "Donor MSCs were isolated\nfrom bone marrow" goes on in lower case after a full line that
    ends in a word. Short lines are labels or list items ("Interventions\ncells", "Conditions:
    \nthin endometrium") and keep their break.

    :param start: offset of ``word``, the first word after the break
    """
    if gap.count("\n") != 1 or not word[:1].islower() or not last_word[-1:].isalnum():
        return False
    line_end = text.rfind("\n", 0, start)
    line_start = text.rfind("\n", 0, line_end) + 1
    return line_end - line_start >= WRAPPED_LINE_LENGTH


def _opens_sentence(word: str) -> bool:
    """A word with a capital anywhere ("The", "POI", "hAECs", "iPSCs", "mRNA") or a
    non-alphabetic one may open a sentence after a full stop; abbreviations of cells and
    molecules start in lower case."""
    return word != word.lower() or not word.isalpha()


@Language.factory("section_tagger")
def make_section_tagger(nlp, name):
    """Set ``doc._.sections`` to ``(name, start, end)`` character spans from heading lines.

    Headings come from ``patterns/sections.txt`` ("Methods", "Exclusion criteria:", "Keywords:").
    A section runs to the next heading; inline keyword lists end with their line.
    """
    regex = heading_regex()
    names = dict(read_mapping("sections.txt"))

    def section_tagger(doc):
        text = doc.text
        starts = []
        for match in regex.finditer(text):
            label = (match.group("line") or match.group("inline") or match.group("label")
                     or match.group("tagged"))
            heading = " ".join(label.lower().split())
            rest_of_line = text[match.end():].split("\n", 1)[0].strip()
            inline = match.group("colon") is not None and rest_of_line
            name = names.get(heading, heading)
            if starts and _continues_settings(text, starts[-1], match.start()):
                # "Column Width:\nBackground:\n" is one more reader setting, no background.
                name = DISPLAY_SETTINGS
            starts.append((name, match.start(), bool(inline)))
        doc._.sections = _section_spans(text, starts)
        return doc
    return section_tagger


def _continues_settings(text: str, previous, start: int) -> bool:
    """A heading on the line right after a reader-settings heading is a setting too."""
    name, previous_start, _ = previous
    return name == DISPLAY_SETTINGS and "\n" not in text[_line_end(text, previous_start) + 1:start]


def _line_end(text: str, start: int) -> int:
    """Offset of the line break ending the line at ``start``, or the text's end."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _next_text_line_end(text: str, offset: int) -> int:
    """Offset of the line break ending the first line after ``offset`` that holds text."""
    match = NON_SPACE.search(text, offset)
    return len(text) if match is None else _line_end(text, match.start())


def _section_spans(text, starts):
    """Turn heading starts into ``(name, start, end)``: each runs to the next heading, a keyword
    list to the end of its line and page furniture to the end of the line after its heading."""
    spans = []
    for index, (name, start, inline) in enumerate(starts):
        end = starts[index + 1][1] if index + 1 < len(starts) else len(text)
        if inline and name in LINE_SECTIONS:
            end = min(end, _line_end(text, start))
        elif name in LINE_SECTIONS:
            end = min(end, _next_text_line_end(text, _line_end(text, start)))
        elif name in ONE_LINE_SECTIONS:
            end = min(end, _line_end(text, _line_end(text, start) + 1))
        spans.append((name, start, end))
    return spans


@Language.factory("token_regex_ruler",
                  default_config={"spans_key": "evidence", "patterns": [], "exact_patterns": []})
def make_token_regex_ruler(nlp, name, spans_key, patterns, exact_patterns):
    """Spans for one-token regex patterns (``{"label", "id", "regex"}``), as a span ruler would
    add them, at the cost of one combined regex per token instead of one regex per pattern.

    The combined regex only says whether any pattern may match; the few tokens it lets through
    are tested pattern by pattern, so a token matching two patterns gets both spans.

    The tokenizer keeps slash-joined names as one token ("Collagen/BMMNCs", "BM-MSC/AD-MSC");
    each part of such a token is also tested, against the regexes and against the
    case-sensitive words of ``exact_patterns`` (``{"label", "id", "pattern"}``), and a match
    marks the whole token.
    """
    compiled = [(p["label"], p["id"], re.compile(p["regex"])) for p in patterns]
    combined = re.compile("|".join(f"(?:{p['regex']})" for p in patterns) or r"(?!)")
    words = {}
    for p in exact_patterns:
        words.setdefault(p["pattern"], []).append((p["label"], p["id"]))

    # Token texts repeat across documents, so each distinct one is tested once.
    @lru_cache(maxsize=REGEX_CACHE_SIZE)
    def regex_codes(lower: str) -> tuple:
        if not combined.search(lower):
            return ()
        return tuple((label, code) for label, code, regex in compiled if regex.search(lower))

    def token_regex_ruler(doc):
        found = []
        for token in doc:
            codes = list(regex_codes(token.lower_))
            if "/" in token.text and len(token.text) > 1:
                codes += [pair for part in token.text.split("/") if part
                          for pair in (*regex_codes(part.lower()), *words.get(part, []))]
            found += [Span(doc, token.i, token.i + 1, label=label, span_id=code)
                      for label, code in dict.fromkeys(codes)]
        if found:
            doc.spans[spans_key] = list(doc.spans[spans_key]) + found
        return doc
    return token_regex_ruler


@Language.factory("gated_token_ruler", default_config={"spans_key": "evidence", "patterns": []})
def make_gated_token_ruler(nlp, name, spans_key, patterns):
    """Spans for token patterns (``{"label", "id", "pattern"}``), as a span ruler adds them.

    spaCy's matcher tries every pattern at every token, and a pattern whose first token is a set
    of words calls back into Python each time: a few dozen such patterns cost more than the
    thousands of phrase patterns together. Most patterns need a rare word ("ovary",
    "femoral", "sertoli"), so they are grouped by such a word and a group's matcher runs only on
    texts that hold one of its words.
    """
    return GatedTokenRuler(nlp, spans_key, patterns)


class GatedTokenRuler:
    """The component built by ``gated_token_ruler``; ``match(doc)`` serves the joined-token
    component too.

    A group's gate (:func:`~extractor.nlp.patterns.gate_of`) is a set of words, or a regex that
    some word must match, or none (the group always runs). Which regex gates a word opens is
    remembered per distinct word, as words repeat across texts.
    """

    def __init__(self, nlp, spans_key: str, patterns: list):
        self.spans_key = spans_key
        self.labels = {}
        groups = {}
        for i, pattern in enumerate(patterns):
            key = f"gated_token_ruler:{i}"
            self.labels[nlp.vocab.strings.add(key)] = (pattern["label"], pattern["id"])
            gate = gate_of(pattern["pattern"])
            groups.setdefault(gate, []).append((key, pattern["pattern"]))
        self.groups = []
        for gate, members in groups.items():
            matcher = Matcher(nlp.vocab, validate=True)
            for key, pattern in members:
                matcher.add(key, [pattern])
            self.groups.append((gate, matcher))
        regexes = [(i, re.compile(gate)) for i, (gate, _) in enumerate(self.groups)
                   if isinstance(gate, str)]

        @lru_cache(maxsize=REGEX_CACHE_SIZE)
        def opened_by(word: str) -> tuple:
            return tuple(i for i, regex in regexes if regex.search(word))
        self.opened_by = opened_by

    def match(self, doc) -> list:
        """The spans of every pattern that matches ``doc``, in text order."""
        words = {token.lower_ for token in doc}
        opened = {i for word in words for i in self.opened_by(word)}
        found = []
        for i, (gate, matcher) in enumerate(self.groups):
            if gate is None or i in opened or (isinstance(gate, frozenset)
                                               and not gate.isdisjoint(words)):
                found += [Span(doc, start, end, label=self.labels[key][0],
                               span_id=self.labels[key][1])
                          for key, start, end in matcher(doc) if start != end]
        return sorted(set(found))

    def __call__(self, doc):
        found = self.match(doc)
        if found:
            doc.spans[self.spans_key] = list(doc.spans[self.spans_key]) + found
        return doc


@Language.factory("joined_token_spans",
                  default_config={"spans_key": "evidence",
                                  "rulers": ["span_ruler", "gated_token_ruler"]})
def make_joined_token_spans(nlp, name, spans_key, rulers):
    """Ruler spans across a wrapped line, a white-space token and inside slash-joined words, which
    the token patterns cannot see.

    A phrase wrapped over a line ("injected into the left\\ntestes") has a newline token in the
    middle, and a slash-joined word ("gestational sacs/embryos") is one token. Around each such
    place a few words are copied into a small stand-in doc (without the newline; with one part
    of the slash-joined word), the ruler's matchers run on it, and the matches that use the
    joined place become spans of the original doc, so offsets stay those of ``doc.text``. Only
    line breaks that the sentencizer read as wrapping a sentence are joined.

    :param rulers: names of the rulers whose patterns are matched (each has ``match(doc)``)
    """
    def joined_token_spans(doc):
        matcher = _Rulers([nlp.get_pipe(name) for name in rulers])
        found = []
        # Candidate places come from one regex pass over the text, not a loop over tokens;
        # ``doc.text`` is rebuilt from the tokens on each access, so it is read once.
        text = doc.text
        for match in _JOIN_PLACES.finditer(text):
            wrap = match.group("wrap") is not None
            if wrap and not text[match.end()].islower():
                continue
            token = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if token is None or len(token) != 1:
                continue
            token = token[0]
            if wrap and _wrapped_break(token):
                found += _window_matches(doc, matcher, token.i, token.i + 1, [])
            elif match.group("slash") is not None and token.text == match.group("slash"):
                for part in token.text.split("/"):
                    found += _window_matches(doc, matcher, token.i, token.i + 1, [part])
        if found:
            doc.spans[spans_key] = list(doc.spans[spans_key]) + found
        return doc
    return joined_token_spans


# A single line break between a word and a lower-case word in any script ("into the left
# \ntestes", "овариална\nнедостатъчност"; the case is checked after the match), or words
# joined by slashes ("sacs/embryos", "Collagen/BMMNCs"; not "6/kg" or "a/b/c/d" lists).
# A run of horizontal white space that the tokenizer keeps as a token (a no-break space beside a
# space, "uterine\u00a0 stem cells"; two spaces) joins its words the same way.
_JOIN_PLACES = re.compile(r"(?<=\w)(?P<wrap>\n|[ \t]*\u00a0[ \t\u00a0]*|[ \t]{2,})(?=[^\W\d_])"
                          r"|(?<![\w/])(?P<slash>[A-Za-z][\w-]*(?:/[A-Za-z][\w-]*){1,2})(?![\w/])")
# Words on each side of a joined place that a pattern may reach.
JOIN_WINDOW = 8


class _Rulers:
    """Several rulers matched as one."""

    def __init__(self, rulers):
        self.rulers = rulers

    def match(self, doc) -> list:
        return [span for ruler in self.rulers for span in ruler.match(doc)]


def _wrapped_break(token) -> bool:
    """A white-space token inside a sentence, between words: a wrapped line (one newline) or a
    run of spaces with a no-break space ("uterine\u00a0 stem cells")."""
    doc = token.doc
    return (token.is_space and token.text.count("\n") <= 1 and 0 < token.i < len(doc) - 1
            and not doc[token.i + 1].is_sent_start)


def _window_matches(doc, matcher, start: int, end: int, middle: list) -> list:
    """Spans of ``matcher`` in a stand-in doc where ``doc[start:end]`` becomes the words
    ``middle``, kept only when they use that place, and mapped back onto ``doc``."""
    left = doc[max(0, start - JOIN_WINDOW):start]
    right = doc[end:end + JOIN_WINDOW]
    words = [t.text for t in left] + middle + [t.text for t in right]
    spaces = ([bool(t.whitespace_) for t in left] + [False] * len(middle)
              + [bool(t.whitespace_) for t in right])
    cut, after = len(left), len(left) + len(middle)
    if after and after < len(words):
        spaces[after - 1] = True if not middle else bool(doc[end - 1].whitespace_)

    def to_doc(i: int, is_end: bool) -> int:
        if i < cut or (i == cut and is_end):
            return left.start + i
        return start if i < after else end + i - after
    return [Span(doc, to_doc(span.start, False), to_doc(span.end, True), label=span.label_,
                 span_id=span.id_)
            for span in matcher.match(Doc(doc.vocab, words=words, spaces=spaces))
            if span.start <= cut < span.end and (middle or span.start < cut)]


@Language.factory("longest_spans", default_config={"spans_key": "evidence"})
def make_longest_spans(nlp, name, spans_key):
    """Keep the longest match per field, then drop blockers.

    "bone marrow mononuclear cells" beats "bone marrow" inside it; a blocker such as "sperm
    retrieval methods" swallows the outcome "sperm retrieval" and then disappears. Fields do not
    compete with each other: "low AMH" can be a condition while "AMH" is an outcome. Two codes on
    the very same words both stay ("hUC-MSC-exos" is umbilical cord MSC and cell-free).
    """
    def longest_spans(doc):
        groups = {}
        for span in doc.spans[spans_key]:
            groups.setdefault(LABEL_GROUPS.get(span.label_, span.label_), []).append(span)
        kept = []
        for spans in groups.values():
            extents = {(s.start, s.end) for s in filter_spans(spans)}
            blocked = {(s.start, s.end) for s in spans if s.id_ == BLOCK_ID}
            chosen = {(s.start, s.end, s.label_, s.id_): s for s in spans
                      if (s.start, s.end) in extents - blocked}
            kept.extend(chosen.values())
        doc.spans[spans_key] = sorted(kept, key=lambda s: (s.start, s.end, s.id_))
        return doc
    return longest_spans


@Language.factory("abbreviation_spans", default_config={"spans_key": "evidence"})
def make_abbreviation_spans(nlp, name, spans_key):
    """Add ruler spans wherever a local abbreviation stands for a matched long form.

    "human umbilical cord mesenchymal stem cells (hUCMSCs)" lets every later "hUCMSCs" carry the
    code of the long form. Every code inside the long form is inherited, so "umbilical cord
    MSC-derived exosomes (UC-MSC-Exos)" gives both the parent cells and the cell-free product.
    """
    def abbreviation_spans(doc):
        spans = list(doc.spans[spans_key])
        for short in doc._.abbreviations:
            inherited = _spans_within(spans, short._.long_form)
            labels = {span.label_ for span in inherited}
            # The local definition is more specific than a generic reading of the same letters,
            # so it replaces spans of the same fields at the same place.
            generic = not inherited and GENERIC_STEM_CELLS.fullmatch(short._.long_form.text)
            spans = [s for s in spans if not (s.start == short.start and s.end == short.end
                                              and (s.label_ in labels or generic))]
            spans += [_inherit(doc, short, span) for span in inherited]
        doc.spans[spans_key] = sorted(spans, key=lambda s: (s.start, s.end, s.id_))
        return doc
    return abbreviation_spans


def _inherit(doc, short, span) -> Span:
    new = Span(doc, short.start, short.end, label=span.label_, span_id=span.id_)
    new._.via_abbreviation = short._.long_form.text
    return new


def _spans_within(spans, long_form) -> list:
    """The spans lying inside ``long_form``, one per field and code."""
    inside = {}
    for span in spans:
        if span.start >= long_form.start and span.end <= long_form.end:
            inside.setdefault((span.label_, span.id_), span)
    return list(inside.values())


@Language.factory("context_flags", default_config={"spans_key": "evidence"})
def make_context_flags(nlp, name, spans_key):
    """Mark each ruler span with its section and as negated, hedged, background, compared or
    in a sentence stating the study's aim."""
    def context_flags(doc):
        sentences = list(doc.sents)
        starts = [sent.start for sent in sentences]
        flags = {}
        for span in doc.spans[spans_key]:
            sent = sentences[bisect_right(starts, span.start) - 1]
            # Spans in one sentence share its hedge and background reading.
            if sent.start not in flags:
                flags[sent.start] = (context.is_hedged(span, sent),
                                     context.is_background(span, sent),
                                     context.states_aim(span, sent))
            span._.hedged, span._.background, span._.aim = flags[sent.start]
            span._.section = context.section_of(doc, span.start_char)
            span._.negated = context.is_negated(span)
            span._.compared = context.is_compared(span)
        _share_comparison_with_brackets(doc.spans[spans_key])
        return doc
    return context_flags


def _share_comparison_with_brackets(spans):
    """A bracketed abbreviation right after its long form is compared when the long form is:
    "Compared to mesenchymal stem cells (MSCs)" compares both, though the cue is out of the
    abbreviation's reach."""
    compared_ends = {span.end for span in spans if span._.compared}
    for span in spans:
        if span.start >= 2 and span.doc[span.start - 1].text == "(" \
                and span.start - 1 in compared_ends:
            span._.compared = True
