"""The design of the study described, from registry fields or design wording."""
import re

from .spans import finding_from_match
from .structured import section_finding

FIELD = "study_design"

ALLOCATION_DESIGNS = {"RANDOMIZED": "rct", "NON_RANDOMIZED": "nonrandomized_controlled",
                      "NA": "single_arm"}
TEXT_RULES = (
    (re.compile(r"\b(systematic review|meta-analys[ie]s)\b", re.I), "systematic_review"),
    (re.compile(r"\brandomi[sz]ed\b", re.I), "rct"),
    (re.compile(r"\bcase report\b", re.I), "case_report"),
    (re.compile(r"\bcase series\b", re.I), "case_series"),
    (re.compile(r"\b(rats?|mice|mouse|murine|in vitro)\b", re.I), "preclinical"),
    (re.compile(r"\b(control group|controls)\b", re.I), "nonrandomized_controlled"),
    (re.compile(r"\b(single[- ]arm|pilot|phase I\b|open[- ]label)", re.I), "single_arm"),
    (re.compile(r"\breview\b", re.I), "narrative_review"),
)


def extract(document, doc, record):
    """Registry allocation first; else the first design wording in the text."""
    allocation = document.metadata.get("allocation")
    if allocation in ALLOCATION_DESIGNS:
        found = section_finding(document, "allocation", FIELD, ALLOCATION_DESIGNS[allocation])
        if found:
            return [found]
    if record.doc_type == "promotional":
        return []
    for pattern, value in TEXT_RULES:
        match = pattern.search(document.text)
        if match:
            return [finding_from_match(document.text, match, FIELD, value)]
    return []
