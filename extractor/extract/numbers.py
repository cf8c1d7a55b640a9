"""Counts written as digits or English number words ("80", "1,200", "Twenty-five", "one hundred
and twenty")."""
import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
# "twenty-five", "twenty five", "forty", "seventeen"
_UNDER_HUNDRED = rf"(?:(?:{_TEN})(?:[-\s](?:{_UNIT}))?|(?:{_UNIT}))"
# "one hundred and twenty", "a hundred", "two hundred forty-six"
NUMBER_WORDS = (rf"(?:(?:(?:{_UNIT}|a)\s+hundred(?:\s+(?:and\s+)?{_UNDER_HUNDRED})?)"
                rf"|{_UNDER_HUNDRED})")
# A digit count: "80", "1,200", "1 200" is not accepted (it reads as two numbers).
DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
NUMBER = rf"(?:{DIGITS}|{NUMBER_WORDS})"

_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """The integer a written count stands for, or ``None`` if ``text`` is not a whole count.

    >>> parse_count("Twenty-five"), parse_count("1,200"), parse_count("one hundred and twenty")
    (25, 1200, 120)
    >>> parse_count("48.5") is None
    True
    """
    text = text.strip()
    if not _NUMBER_RE.match(text):
        return None
    if text[0].isdigit():
        return int(text.replace(",", ""))
    return _words_value(text.lower())


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
