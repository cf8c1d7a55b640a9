"""Registry status of the trial: the structured overall status, else a labelled status line.

ClinicalTrials.gov codes are the vocabulary's codes in upper case; expanded-access statuses
(AVAILABLE, NO_LONGER_AVAILABLE, ...) have no vocabulary code and give no value. In text, the value
must follow a status label ("Recruitment status\\nRecruitment complete", "Status: Completed");
status words in running prose ("the study was completed in 2019") are not a status field.
"""
import re
from functools import lru_cache

from ..record import Finding
from ..vocabulary import codes
from .cues import alternation, load_cues
from .structured import section_finding

FIELD = "trial_status"


def extract(document, doc, record):
    """Structured overall status first, else a labelled status line in the text."""
    status = document.metadata.get("overall_status")
    if status:
        code = str(status).lower()
        if code not in codes(FIELD):
            return []
        found = section_finding(document, "overall_status", FIELD, code,
                                note=f"registry status {status}")
        return [found] if found else []
    return status_line(document.text)


def status_line(text: str) -> list[Finding]:
    """A status label followed, on its line or the next, by a status phrase."""
    for match in _status_regex().finditer(text):
        code = _code_of(match.group("value"))
        if code:
            start, end = match.span("value")
            return [Finding(FIELD, code, text[start:end], start, end,
                            note="labelled status line")]
    return []


@lru_cache(maxsize=1)
def _status_regex():
    """Label, optional colon, optional line breaks, then a status phrase ending its line."""
    phrases = "|".join(f"(?:{c.pattern})" for c in load_cues("trial_status.txt", True).cues)
    return re.compile(
        rf"^[ \t]*{alternation('status_labels.txt')}[ \t]*:?[ \t]*(?:\n[ \t]*)*"
        rf"(?P<value>{phrases})[ \t]*(?:\n|$|[,;(])", re.I | re.M)


def _code_of(phrase: str) -> str | None:
    """The vocabulary code whose cue fully matches ``phrase`` (longest cue wins)."""
    for cue in sorted(load_cues("trial_status.txt", True).cues, key=lambda c: -len(c.pattern)):
        if re.fullmatch(cue.pattern, phrase, re.I):
            return cue.label
    return None
