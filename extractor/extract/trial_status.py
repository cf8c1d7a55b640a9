"""Registry status of the trial, where the document states one."""
import re

from .spans import finding_from_match
from .structured import section_finding

FIELD = "trial_status"

STATUS_WORDS = {
    "not yet recruiting": "not_yet_recruiting", "recruiting": "recruiting",
    "enrolling by invitation": "enrolling_by_invitation",
    "active, not recruiting": "active_not_recruiting", "completed": "completed",
    "terminated": "terminated", "suspended": "suspended", "withdrawn": "withdrawn",
    "unknown": "unknown", "recruitment complete": "completed",
}
STATUS_LINE = re.compile(r"(?:Recruitment|Overall|Trial|Study)?\s*status\s*:?\s*\n?\s*("
                         + "|".join(sorted(map(re.escape, STATUS_WORDS), key=len, reverse=True))
                         + r")\b", re.I)


def extract(document, doc, record):
    """Structured overall status first, else a labelled status line in the text."""
    status = document.metadata.get("overall_status")
    if status:
        code = status.lower()
        found = section_finding(document, "overall_status", FIELD, code)
        return [found] if found else []
    match = STATUS_LINE.search(document.text)
    if match:
        return [finding_from_match(document.text, match, FIELD,
                                   STATUS_WORDS[match.group(1).lower()], 1)]
    return []
