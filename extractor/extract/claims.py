"""Claims of benefit in news and promotional documents, one row per claiming sentence.

A claim is a sentence that pairs a benefit word ("restores", "improves", "success rate") with the
treatment, an outcome or a condition. Each claim gets its strength — ``hedged`` when a softening
cue is present ("may", "early studies suggest"), else ``unhedged`` — and the evidence it cites:
a registry id, a DOI or PMID, a named journal or study, or nothing.
"""
import re
from dataclasses import asdict, dataclass, field

from ..nlp.pipeline import SPANS_KEY
from .cues import cue_regex
from .registry_ids import iter_registry_ids

CLAIM_DOC_TYPES = ("news", "promotional")
MIN_TOKENS = 5

DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])",
                 re.I)
PMID = re.compile(r"\b(?:PMID|PubMed ID)\s*:?\s*(\d{5,9})\b", re.I)
PERCENT = re.compile(r"\b\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent)", re.I)
JOURNAL = re.compile(
    r"\b(?:published|reported|appeared)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?(?:journal\s+)?"
    r"((?:[A-Z][\w&'-]*|of|and|in|&)(?:\s+(?:[A-Z][\w&'-]*|of|and|in|&)){0,7})"
    r"|\b((?:Journal of|Annals of|Archives of)\s+(?:[A-Z][\w&'-]*\s?){1,6})"
    r"|\b((?:Human Reproduction|Fertility and Sterility|Stem Cell Research (?:&|and) Therapy|"
    r"Stem Cells Translational Medicine|Reproductive Sciences|Reproductive BioMedicine Online|"
    r"Nature|Science|The Lancet|Lancet|BMJ|JAMA|Cell Stem Cell|Stem Cell Reports)(?:\s+[A-Z]\w+)?)\b")
STUDY = re.compile(
    r"\b(?:a|one|the|their|our|recent|new|published|small|pilot|clinical)\s+(?:\w+\s+){0,2}?"
    r"(?:study|trial|research|paper|report)\s+(?:by|from|at|of|in|published|conducted|led)\b"
    r"|\bresearchers\s+(?:at|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
    r"|\b(?:[A-Z][\w-]+\s+et\s+al\.?)", re.I)


@dataclass
class Claim:
    """One sentence claiming a benefit, with its strength and what it cites."""

    sentence: str
    start: int
    end: int
    strength: str
    strength_cues: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    conditions: list = field(default_factory=list)
    citation_kind: str = "none"
    citation: str | None = None
    citation_start: int | None = None
    citation_end: int | None = None

    def as_row(self, doc_id: str) -> dict:
        """The ``claims`` table row."""
        return {"doc_id": doc_id, **asdict(self)}


def is_claim(sentence: str, coded: list) -> bool:
    """A benefit word with the treatment, an outcome or a condition, in a real sentence."""
    if sentence.rstrip().endswith("?") or not cue_regex("claim_benefit.txt").search(sentence):
        return False
    return bool(coded) or bool(cue_regex("claim_therapy.txt").search(sentence))


def claim_strength(sentence: str) -> tuple[str, list]:
    """``hedged`` with its cues, or ``unhedged`` with the promise that makes it so."""
    hedges = [m.group(0) for m in cue_regex("claim_hedges.txt").finditer(sentence)]
    if hedges:
        return "hedged", hedges
    promises = [m.group(0) for m in PERCENT.finditer(sentence)]
    promises += [m.group(0) for m in cue_regex("claim_benefit.txt").finditer(sentence)]
    return "unhedged", promises[:3]


def find_citation(text: str, start: int, end: int) -> tuple[str, str | None, int | None,
                                                            int | None]:
    """The strongest citation in ``text[start:end]``: registry id, DOI, PMID, journal, study."""
    window = text[start:end]
    for registry_id, match in iter_registry_ids(window):
        return "registry_id", registry_id, start + match.start(), start + match.end()
    for kind, pattern in (("doi", DOI), ("pmid", PMID)):
        match = pattern.search(window)
        if match:
            return kind, match.group(1), start + match.start(1), start + match.end(1)
    for kind, pattern in (("journal", JOURNAL), ("study", STUDY)):
        match = pattern.search(window)
        if match:
            group = next((i for i in range(1, (match.lastindex or 0) + 1) if match.group(i)), 0)
            return (kind, match.group(group).strip(), start + match.start(group),
                    start + match.end(group))
    return "none", None, None, None


def extract_claims(document, doc, record) -> list[Claim]:
    """Claims of benefit in a news or promotional document (none for other types)."""
    if record.doc_type not in CLAIM_DOC_TYPES:
        return []
    spans = list(doc.spans[SPANS_KEY])
    claims = []
    for sent in doc.sents:
        if len(sent) < MIN_TOKENS:
            continue
        coded = [s for s in spans if s.start >= sent.start and s.end <= sent.end
                 and s.label_ in ("outcomes", "conditions")]
        if not is_claim(sent.text, coded):
            continue
        claims.append(_claim(document.text, sent, coded))
    return claims


def _claim(text: str, sent, coded: list) -> Claim:
    strength, cues = claim_strength(sent.text)
    kind, cited, c_start, c_end = find_citation(text, sent.start_char, sent.end_char)
    return Claim(
        sentence=sent.text, start=sent.start_char, end=sent.end_char, strength=strength,
        strength_cues=cues,
        outcomes=sorted({s.id_ for s in coded if s.label_ == "outcomes"}),
        conditions=sorted({s.id_ for s in coded if s.label_ == "conditions"}),
        citation_kind=kind, citation=cited, citation_start=c_start, citation_end=c_end)
