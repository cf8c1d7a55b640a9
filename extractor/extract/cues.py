"""Weighted cue lists, read from the data files in ``extract/cues/``.

A cue file holds one cue a line, ``<weight> <pattern>``; a *labelled* file (design cues, for
example) holds ``<label> <weight> <pattern>``. A pattern is a regular expression matched
case-insensitively with ``^``/``$`` at line ends, and never inside a longer word. Lines that start
with ``#`` are comments, and ``  # ...`` after a pattern says why the cue is there.

All cues of one file are compiled into a single alternation, so a document is scanned once per
file however long the list grows.
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FLAGS = re.IGNORECASE | re.MULTILINE
# Cues anchored at the start of a line, allowing indentation, begin with this.
LINE_START = "^[ \\t]*"
# What such a cue matches before its text: indentation, then at most one list bullet, since
# registry mirrors lay out their label/value pairs as bulleted lines ("- Target Recruitment",
# "⁃ Male patients:", "▪ Phase 2").
LINE_PREFIX = "^[ \\t]*(?:[-*•·⁃‣◦▪][ \\t]+)?"
# Cues never start or end inside a word. Chinese and Japanese write no spaces between words, so
# their characters do not count as word characters for that test ("治疗干细胞" holds "干细胞").
NOT_AFTER_WORD = "(?<![^\\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
NOT_BEFORE_WORD = "(?![^\\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"


@dataclass(frozen=True)
class Cue:
    """One line of a cue file."""

    label: str
    weight: float
    pattern: str


@dataclass(frozen=True)
class Hit:
    """One place where a cue matched.

    :param cue: the cue that matched
    :param start: offset of the match in the text
    :param end: end offset (exclusive)
    :param text: the matched text, as quoted in notes
    """

    cue: Cue
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return self.cue.label

    @property
    def weight(self) -> float:
        return self.cue.weight


def read_cue_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``cues/<name>``, with trailing ``  # why`` notes removed."""
    text = resources.files("extractor.extract").joinpath("cues", name).read_text("utf-8")
    lines = []
    for line in text.splitlines():
        line = line.split("  #", 1)[0].strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@lru_cache(maxsize=None)
def cue_regex(name: str, word_bounded: bool = True) -> re.Pattern:
    """One case-insensitive alternation of the unweighted regex lines of ``cues/<name>``.

    :param word_bounded: wrap the alternation in ``\\b`` so cues match whole words only
    """
    alternation = "|".join(f"(?:{line})" for line in read_cue_lines(name))
    return re.compile(rf"\b(?:{alternation})\b" if word_bounded else alternation, re.I)


def parse_cue_line(line: str, label: str | None, source: str) -> Cue:
    """One :class:`Cue` from ``<weight> <pattern>`` (``label`` given) or a labelled line.

    :raises ValueError: the weight is not a number, or the pattern is not a valid expression
        without capturing groups (groups would break the combined alternation)
    """
    parts = line.split(None, 1 if label else 2)
    if label is None:
        label, parts = parts[0], parts[1:]
    try:
        weight, pattern = float(parts[0]), parts[1]
        compiled = re.compile(pattern, FLAGS)
    except (ValueError, IndexError, re.error) as error:
        raise ValueError(f"cues/{source}: bad cue line {line!r}: {error}") from None
    if compiled.groups:
        raise ValueError(f"cues/{source}: use (?:...) instead of capturing groups in {line!r}")
    return Cue(label=label, weight=weight, pattern=pattern)


class CueSet:
    """The cues of one file, matched together in a single pass.

    Python's regex engine tries every alternative at every word start, so the alternatives are
    bucketed by their first letter behind a one-character lookahead: at each word start only the
    bucket for that letter (and the few cues without a literal first letter) is tried.
    """

    def __init__(self, cues: list[Cue]):
        self.cues = tuple(cues)
        self._group_cues = []
        inline, line_start = ({}, []), ({}, [])
        for cue in self.cues:
            for alternative in split_alternatives(cue.pattern):
                # Named groups tie each alternative to its cue whatever order the buckets take.
                name = f"c{len(self._group_cues)}"
                self._group_cues.append(cue)
                buckets, general = inline
                if alternative.startswith(LINE_START):
                    buckets, general = line_start
                    alternative = alternative[len(LINE_START):]
                letters = lead_letters(alternative)
                key = "".join(sorted(letters)) if letters else None
                target = buckets.setdefault(key, []) if key else general
                target.append(f"(?P<{name}>{alternative})")
        branches = _branches(*inline)
        if any(line_start):
            branches.append(rf"{LINE_PREFIX}(?:{'|'.join(_branches(*line_start))})")
        self._regex = re.compile(
            rf"{NOT_AFTER_WORD}(?:{'|'.join(branches) or '(?!)'}){NOT_BEFORE_WORD}", FLAGS)

    def _hit(self, match) -> Hit:
        return Hit(self._group_cues[int(match.lastgroup[1:])], match.start(), match.end(),
                   match.group())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every cue occurrence in ``text[start:end]``, in text order (offsets index ``text``)."""
        end = len(text) if end is None else end
        return [self._hit(m) for m in self._regex.finditer(text, start, end)]

    def first(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        """The first cue occurrence, or ``None``."""
        m = self._regex.search(text, start, len(text) if end is None else end)
        return self._hit(m) if m else None


def _branches(buckets: dict, general: list) -> list[str]:
    """One lookahead-guarded branch per set of first letters, then the alternatives without one."""
    return [f"(?=[{key}])(?:{'|'.join(alts)})" for key, alts in buckets.items()] + general


def split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a pattern ("rats|mice" gives "rats", "mice")."""
    parts, depth, last = [], 0, 0
    for i, char in _structure(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
    parts.append(pattern[last:])
    return parts


def _structure(pattern: str):
    """Yield ``(index, char)`` for the characters outside escapes and character classes."""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
        elif char == "[":
            i = _class_end(pattern, i) + 1
        else:
            yield i, char
            i += 1


def _group_end(pattern: str, start: int) -> int:
    """Index of the ``)`` closing the group opened at ``start``."""
    depth = 0
    for i, char in _structure(pattern[start:]):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return start + i
    return len(pattern) - 1


def _class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` closing the character class opened at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return min(i, len(pattern) - 1)


def lead_letters(alternative: str) -> set[str] | None:
    """The letters or digits every match of ``alternative`` can start with (``None``: any).

    Leading lookbehinds are skipped; a leading ``(?:a|b)`` group contributes the first letters
    of its alternatives, and an optional one (``(?:a|b)?``) those of what follows too; ``\\d``
    and a simple class (``[2-5]``) stand for their characters. "rats" gives ``{"r"}``,
    "(?:two|2)[ -]arm" ``{"t", "2"}``, "(?:prospective )?cohort" ``{"p", "c"}``.
    """
    while alternative.startswith(("(?<!", "(?<=")):
        alternative = alternative[_group_end(alternative, 0) + 1:]
    if not alternative:
        return None
    if alternative.startswith("(?:"):
        close = _group_end(alternative, 0)
        quantifier = alternative[close + 1:close + 2]
        if quantifier in ("*", "{"):
            return None
        letters = set()
        for inner in split_alternatives(alternative[3:close]):
            found = lead_letters(inner)
            if not found:
                return None
            letters |= found
        if quantifier == "?":
            after = lead_letters(alternative[close + 2:])
            return letters | after if after else None
        return letters
    first, rest = _first_item(alternative)
    if first is None or rest[:1] in ("?", "*", "{"):
        return None
    return first


def _first_item(alternative: str) -> tuple[set[str] | None, str]:
    """The characters the first item of a pattern stands for, and the text after that item."""
    if alternative.startswith("\\d"):
        return set("0123456789"), alternative[2:]
    if alternative.startswith("["):
        close = alternative.find("]", 1)
        chars = _class_chars(alternative[1:close]) if close > 0 else None
        return chars, alternative[close + 1:] if close > 0 else ""
    first = alternative[0]
    # Letters of any script lead a bucket: cues in Chinese or Arabic ("据报道", "الفئران") would
    # otherwise be tried at every position of a text.
    return ({first.lower()} if first.isalnum() else None), alternative[1:]


def _class_chars(body: str) -> set[str] | None:
    """The characters of a simple class body ("2-5", "ab", "0-9a-f"), or ``None``."""
    chars, i = set(), 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-" and body[i].isalnum() and body[i + 2].isalnum():
            chars |= {chr(c).lower() for c in range(ord(body[i]), ord(body[i + 2]) + 1)}
            i += 3
        elif body[i].isalnum():
            chars.add(body[i].lower())
            i += 1
        else:
            return None
    return chars or None


@lru_cache(maxsize=None)
def load_cues(name: str, labelled: bool = False) -> CueSet:
    """The cue set of ``cues/<name>``; unlabelled files take the file stem as label."""
    label = None if labelled else name.rsplit(".", 1)[0]
    return CueSet([parse_cue_line(line, label, name) for line in read_cue_lines(name)])


@lru_cache(maxsize=None)
def load_cue_files(*names: str) -> CueSet:
    """The cues of several unlabelled files in one set (one scan), each labelled by its file."""
    return CueSet([cue for name in names for cue in load_cues(name).cues])


def scores(hits: list[Hit]) -> dict[str, float]:
    """Sum of weights per label, each distinct cue counted once however often it matched."""
    seen, totals = set(), {}
    for hit in hits:
        if hit.cue not in seen:
            seen.add(hit.cue)
            totals[hit.label] = totals.get(hit.label, 0.0) + hit.weight
    return totals


def strongest(hits: list[Hit], label: str | None = None, limit: int = 3) -> list[Hit]:
    """Up to ``limit`` distinct cues of ``label`` (all labels if ``None``), heaviest first."""
    chosen, seen = [], set()
    for hit in sorted(hits, key=lambda h: (-h.weight, h.start)):
        if (label is None or hit.label == label) and hit.cue not in seen:
            seen.add(hit.cue)
            chosen.append(hit)
    return chosen[:limit]


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """The patterns of ``cues/<name>`` as one non-capturing alternation, for use inside a regex."""
    cues = load_cues(name).cues
    return "(?:" + "|".join(f"(?:{cue.pattern})" for cue in cues) + ")"


@lru_cache(maxsize=None)
def word_matcher(name: str):
    """A compiled regex that fully matches any single word listed in ``cues/<name>``."""
    return re.compile(rf"^{alternation(name)}$", re.IGNORECASE)
