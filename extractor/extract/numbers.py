"""Counts written as digits or number words ("80", "1,200", "Twenty-five", "one hundred and
twenty", "veinte", "treinta y dos", "zwei").

The words come from ``cues/number_words.txt``. English words are read everywhere; the words of
the other languages (:data:`OTHER_NUMBER_WORDS`) only where the caller knows the text around
them is in that language too, since some are English words ("once", "due", "elf").
"""
import re
from importlib import resources

ENGLISH = "en"
# What joins a ten and a unit in the languages that write compounds as separate words: Spanish
# "treinta y dos", Portuguese "vinte e dois", French "vingt-deux".
_JOINER = r"(?:-|\s+(?:y|e|et)\s+)"


def _read_number_words() -> dict[str, dict[str, int]]:
    """``{language: {word: value}}`` from ``cues/number_words.txt``."""
    text = resources.files("extractor.extract").joinpath("cues", "number_words.txt") \
        .read_text("utf-8")
    words = {}
    for line in text.splitlines():
        line = line.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        language, value, alternatives = line.split(None, 2)
        for word in alternatives.split("|"):
            words.setdefault(language, {})[word.lower()] = int(value)
    return words


_WORDS = _read_number_words()
UNITS = {w: v for w, v in _WORDS[ENGLISH].items() if v < 20}
TENS = {w: v for w, v in _WORDS[ENGLISH].items() if v >= 20}
OTHER_WORDS = {w: v for language, table in _WORDS.items() if language != ENGLISH
               for w, v in table.items()}


def _alternation(words) -> str:
    """Longest first, so that "dieciséis" is tried before "dieci"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT = _alternation(UNITS)
_TEN = _alternation(TENS)
# "twenty-five", "twenty five", "forty", "seventeen"
_UNDER_HUNDRED = rf"(?:(?:{_TEN})(?:[-\s](?:{_UNIT}))?|(?:{_UNIT}))"
# "one hundred and twenty", "a hundred", "two hundred forty-six"
NUMBER_WORDS = (rf"(?:(?:(?:{_UNIT}|a)\s+hundred(?:\s+(?:and\s+)?{_UNDER_HUNDRED})?)"
                rf"|{_UNDER_HUNDRED})")


def _by_first_letter(words: dict) -> str:
    """The words of other languages, a ten optionally followed by a unit ("treinta y dos").

    The alternatives are grouped by first letter behind a one-character lookahead, so that a
    regex scanning a whole text tries only one group at each word start, not every word.
    """
    units = _alternation(w for w, v in words.items() if v < 10)
    groups = {}
    for word, value in words.items():
        groups.setdefault(word[0], []).append(word)
    branches = []
    for letter, group in sorted(groups.items()):
        tens = _alternation(w for w in group if 20 <= words[w] < 100 and words[w] % 10 == 0)
        compound = rf"(?:{tens}){_JOINER}(?:{units})|" if tens else ""
        branches.append(rf"(?={re.escape(letter)})(?:{compound}{_alternation(group)})")
    return "(?:" + "|".join(branches) + ")"


# "veinte", "siete", "treinta y dos", "vingt-deux", "zwei", "due"
OTHER_NUMBER_WORDS = _by_first_letter(OTHER_WORDS)
# A digit count: "80", "1,200", "1 200" is not accepted (it reads as two numbers).
DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
NUMBER = rf"(?:{DIGITS}|{NUMBER_WORDS})"

_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)
_OTHER_RE = re.compile(rf"^(?:{OTHER_NUMBER_WORDS})$", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """The integer a written count stands for, or ``None`` if ``text`` is not a whole count.

    >>> parse_count("Twenty-five"), parse_count("1,200"), parse_count("one hundred and twenty")
    (25, 1200, 120)
    >>> parse_count("veinte"), parse_count("treinta y dos"), parse_count("Zwei")
    (20, 32, 2)
    >>> parse_count("48.5") is None
    True
    """
    text = text.strip()
    if _NUMBER_RE.match(text):
        if text[0].isdigit():
            return int(text.replace(",", ""))
        return _words_value(text.lower())
    if _OTHER_RE.match(text):
        return _other_words_value(text.lower())
    return None


def is_other_language_number(text: str) -> bool:
    """True when ``text`` is a count written in words of a language other than English."""
    return bool(_OTHER_RE.match(text.strip())) and not _NUMBER_RE.match(text.strip())


def _words_value(words: str) -> int:
    """Value of a number phrase already known to match :data:`NUMBER_WORDS`."""
    total, current = 0, 0
    for word in re.split(r"[-\s]+", words):
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "a":
            current = 1
        else:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
    return total + current


def _other_words_value(words: str) -> int:
    """Value of a phrase matching :data:`OTHER_NUMBER_WORDS`: one word, or a ten and a unit."""
    if words in OTHER_WORDS:
        return OTHER_WORDS[words]
    return sum(OTHER_WORDS.get(part, 0) for part in re.split(_JOINER, words))
