"""What the document is: registry record, primary study, review, news or promotional."""
import re

from .spans import finding_from_match
from .structured import section_finding

FIELD = "doc_type"

REVIEW_TYPES = {"Review", "Systematic Review", "Meta-Analysis", "Editorial", "Comment"}
REGISTRY_CUES = re.compile(r"^(Study Type|Allocation|Enrollment|Masking|Recruitment status)\b",
                           re.M | re.I)
REVIEW_CUES = re.compile(r"\b(systematic review|meta-analys[ie]s|this review|we review|"
                         r"narrative review|review article)\b", re.I)
PROMO_CUES = re.compile(r"\b(book (?:a|your) (?:consultation|appointment)|contact us|our clinic|"
                        r"call us|free consultation|schedule (?:a|your))\b", re.I)
NEWS_CUES = re.compile(r"\b(researchers (?:say|said|found)|told (?:reporters|the)|"
                       r"according to (?:the )?(?:researchers|study))\b", re.I)
STUDY_CUES = re.compile(r"^(Abstract|Background|Methods?|Results|Objectives?|Purpose)\s*:?\s*$",
                        re.M | re.I)


def extract(document, doc, record):
    """Source kind and structured metadata first, then page cues in order of strength."""
    if document.kind == "ctgov":
        return [section_finding(document, "nct_id", FIELD, "registry_record")
                or section_finding(document, "title", FIELD, "registry_record")]
    types = set(document.metadata.get("publication_types") or [])
    if document.kind == "pubmed":
        value = "review" if types & REVIEW_TYPES else "primary_study"
        found = section_finding(document, "publication_types", FIELD, value)
        return [found] if found else []
    text = document.text
    for pattern, value in ((REGISTRY_CUES, "registry_record"), (PROMO_CUES, "promotional"),
                           (REVIEW_CUES, "review"), (NEWS_CUES, "news"),
                           (STUDY_CUES, "primary_study")):
        match = pattern.search(text)
        if match:
            return [finding_from_match(text, match, FIELD, value)]
    return []
