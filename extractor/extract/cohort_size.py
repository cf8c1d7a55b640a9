"""Number of human participants: registry enrollment first, else a stated count of people."""
import re

from .spans import finding_from_match
from .structured import section_finding

FIELD = "cohort_size"

PEOPLE = r"(?:patients|women|men|participants|subjects|infertile|volunteers|cases)"
COUNT_PATTERNS = (
    re.compile(r"^Enrollment\s*:?\s*\n?\s*(\d{1,5})\b", re.I | re.M),
    re.compile(r"\b[nN]\s*=\s*(\d{1,5})\b"),
    re.compile(rf"\b(\d{{1,5}})\s+(?:\w+\s+){{0,2}}{PEOPLE}\b", re.I),
)


def extract(document, doc, record):
    """Abstain (no finding) when no number clearly counts participants."""
    count = document.metadata.get("enrollment_count")
    if isinstance(count, int) and count > 0:
        found = section_finding(document, "enrollment", FIELD, count)
        if found:
            return [found]
    if record.study_design in ("preclinical", "systematic_review", "narrative_review") or \
            record.doc_type in ("review", "promotional"):
        return []
    for pattern in COUNT_PATTERNS:
        match = pattern.search(document.text)
        if match and int(match.group(1)) > 0:
            return [finding_from_match(document.text, match, FIELD, int(match.group(1)), 1)]
    return []
