"""Trial registration ids: one compiled pattern and one normalizer per registry.

Each pattern follows the registry's published id format and needs the registry's own prefix, so
grant numbers, DOIs and phone numbers never match. Structured ids come first: a ClinicalTrials.gov
record's own NCT id, and the DataBank accession numbers of a PubMed record. Ids under a mirror's
"Related Clinical Trials" or "Similar studies" heading name other studies and are left out.
"""
import re

from ..record import Finding
from .layout import layout_of
from .spans import finding_from_match
from .structured import section_finding

FIELD = "registry_ids"
# Parts of a page (see ``cues/headings.txt``) whose ids belong to other studies.
OTHER_STUDY_PARTS = {"related"}

REGISTRIES = {
    "NCT": re.compile(r"\bNCT\s?(\d{8})\b", re.I),
    "ChiCTR": re.compile(r"\bChiCTR[-\s]?((?:[A-Z]{2,4}-)?\d{8,10})\b", re.I),
    "IRCT": re.compile(r"\bIRCT\s?(\d{8,14}N\d{1,3})\b", re.I),
    "ISRCTN": re.compile(r"\bISRCTN\s?(\d{8})\b", re.I),
    "EudraCT": re.compile(r"\b(?:EudraCT|EU\s?CT|EU Clinical Trials? Register)"
                          r"[^0-9\n]{0,24}(\d{4}-\d{6}-\d{2})\b", re.I),
    "CTRI": re.compile(r"\bCTRI\s?/\s?(\d{4}\s?/\s?\d{2,3}\s?/\s?\d{6})\b", re.I),
    "ACTRN": re.compile(r"\bACTRN\s?(\d{14})\b", re.I),
    "DRKS": re.compile(r"\bDRKS\s?(\d{8})\b", re.I),
    # jRCT numbers carry a letter for the law the study falls under: "jRCTs" clinical research,
    # "jRCTa"-"jRCTc" regenerative medicine (where stem-cell treatments are registered).
    "JPRN": re.compile(r"\b(?:JPRN-?)?((?:UMIN|jRCT[a-z]?|JapicCTI-?)\d{6,10})\b", re.I),
    "KCT": re.compile(r"\bKCT\s?(\d{7})\b", re.I),
    "TCTR": re.compile(r"\bTCTR\s?(\d{11})\b", re.I),
    "PACTR": re.compile(r"\bPACTR\s?(\d{15,16})\b", re.I),
}
_JPRN_PREFIXES = {"umin": "UMIN", "japiccti": "JapicCTI", "japiccti-": "JapicCTI-"}


def normalize(registry: str, number: str) -> str:
    """The registry's canonical spelling of an id whose prefix matched ``registry``.

    >>> normalize("NCT", "02912104"), normalize("CTRI", "2019 / 05 / 019265")
    ('NCT02912104', 'CTRI/2019/05/019265')
    >>> normalize("ChiCTR", "ior-17013556"), normalize("IRCT", "20190519043634n1")
    ('ChiCTR-IOR-17013556', 'IRCT20190519043634N1')
    """
    number = re.sub(r"\s+", "", number)
    if registry == "CTRI":
        return "CTRI/" + number
    if registry == "EudraCT":
        return number
    if registry == "JPRN":
        # The issuing registry's own id, as papers and gold annotations write it; "JPRN-" is
        # only the WHO portal's wrapper around it.
        return _jprn(number)
    if registry == "ChiCTR" and not number[0].isdigit():
        return "ChiCTR-" + number.upper()
    return registry + number.upper()


def _jprn(number: str) -> str:
    """Restore the mixed case of Japanese registry prefixes ("jRCTs031180000", "UMIN000012345")."""
    prefix = re.match(r"[A-Za-z]+-?", number).group()
    if prefix.lower().startswith("jrct"):
        return "jRCT" + prefix[4:].lower() + number[len(prefix):]
    return _JPRN_PREFIXES.get(prefix.lower(), prefix) + number[len(prefix):]


def iter_registry_ids(text: str):
    """Yield ``(normalized_id, match)`` for every registration id in ``text``."""
    for registry, pattern in REGISTRIES.items():
        for match in pattern.finditer(text):
            yield normalize(registry, match.group(1)), match


def extract(document, doc, record):
    """Ids from structured metadata first, then every id written in the text."""
    findings = structured_ids(document)
    known = {(f.value, f.start) for f in findings}
    layout = layout_of(document)
    text = [finding_from_match(document.text, match, FIELD, rid)
            for rid, match in iter_registry_ids(document.text)
            if layout.part(match.start()) not in OTHER_STUDY_PARTS]
    findings += sorted((f for f in text if (f.value, f.start) not in known),
                       key=lambda f: f.start)
    return findings


def structured_ids(document) -> list[Finding]:
    """The record's own NCT id (ctgov) and its DataBank accession numbers (PubMed)."""
    raw = []
    if document.kind == "ctgov":
        raw.append(("nct_id", document.metadata.get("nct_id") or document.doc_id))
    for item in document.metadata.get("databank_ids") or []:
        raw.append(("databank", _accession(item)))
    findings = []
    for section, value in raw:
        for rid, _ in iter_registry_ids(value or ""):
            found = _quote_id(document, section, rid)
            if found:
                findings.append(found)
    return findings


def _accession(item) -> str:
    """An accession number from a plain string or a ``{"databank", "accession"}`` mapping."""
    if isinstance(item, dict):
        return str(item.get("accession") or item.get("id") or "")
    return str(item)


def _quote_id(document, section: str, rid: str) -> Finding | None:
    """Quote the id where the text spells it inside ``section``, else the whole section."""
    for name, start, end in document.sections:
        if name != section:
            continue
        for found, match in iter_registry_ids(document.text[start:end]):
            if found == rid:
                return Finding(FIELD, rid, match.group(), start + match.start(),
                               start + match.end(), method="structured")
    return section_finding(document, section, FIELD, rid, note=f"{section} field")
