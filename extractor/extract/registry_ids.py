"""Trial registration ids: one compiled pattern and one normalizer per registry."""
import re

from .spans import finding_from_match

FIELD = "registry_ids"

# Patterns follow each registry's published id format; the normalizer fixes case and spacing.
REGISTRIES = {
    "NCT": re.compile(r"\bNCT\s?0?(\d{7,8})\b", re.I),
    "ChiCTR": re.compile(r"\bChiCTR[-\s]?((?:[A-Z]{2,4}-?)?\d{8,10})\b", re.I),
    "IRCT": re.compile(r"\bIRCT\s?(\d{8,14}N\d{1,3})\b", re.I),
    "ISRCTN": re.compile(r"\bISRCTN\s?(\d{8})\b", re.I),
    "EudraCT": re.compile(r"\b(?:EudraCT[^0-9]{0,12})(\d{4}-\d{6}-\d{2})\b", re.I),
    "CTRI": re.compile(r"\bCTRI\s?/\s?(\d{4}\s?/\s?\d{2,3}\s?/\s?\d{6})\b", re.I),
    "ACTRN": re.compile(r"\bACTRN\s?(\d{14})\b", re.I),
    "DRKS": re.compile(r"\bDRKS\s?(\d{8})\b", re.I),
    "JPRN": re.compile(r"\bJPRN-?((?:UMIN|jRCT[a-z]?|JapicCTI-?)\d{6,10})\b", re.I),
    "KCT": re.compile(r"\bKCT\s?(\d{7})\b", re.I),
    "TCTR": re.compile(r"\bTCTR\s?(\d{11})\b", re.I),
    "PACTR": re.compile(r"\bPACTR\s?(\d{15,16})\b", re.I),
}


def normalize(registry: str, number: str) -> str:
    """The registry's canonical spelling, e.g. ``NCT01234567``, ``CTRI/2019/05/019265``."""
    number = re.sub(r"\s+", "", number)
    if registry == "NCT":
        return "NCT" + number.zfill(8)
    if registry == "CTRI":
        return "CTRI/" + number
    if registry == "EudraCT":
        return number
    if registry == "JPRN":
        return "JPRN-" + number
    return registry + number.upper() if registry != "ChiCTR" else "ChiCTR" + number.upper()


def iter_registry_ids(text: str):
    """Yield ``(normalized_id, match)`` for every registration id in ``text``."""
    for registry, pattern in REGISTRIES.items():
        for match in pattern.finditer(text):
            yield normalize(registry, match.group(1)), match


def extract(document, doc, record):
    """Ids from structured metadata first, then every id written in the text."""
    findings = [finding_from_match(document.text, match, FIELD, rid)
                for rid, match in iter_registry_ids(document.text)]
    return sorted(findings, key=lambda f: f.start)
