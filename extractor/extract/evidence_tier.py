"""Evidence tier, derived from the design, whether results are reported, and the document type.

The annotation rules: a registry record without results is a registered protocol; a narrative
review or editorial is expert opinion; animal or in-vitro work is preclinical, and so is a
systematic review of such work; news and marketing citing no verifiable study are unsupported
claims, while news about a concrete study takes that study's tier, and so does a provider page
that tells of one study and names where it appeared or who led it; a provider page citing
literature is expert opinion. A citation in a sentence about how common or how defined the
condition is (``cues/epidemiology.txt``) supports the background, not the treatment, and does not
count, and neither does one in a paragraph that never names the therapy (``cues/therapy.txt``):
a clinic blog citing trials of other IVF add-ons cites nothing for its stem-cell claim.
"""
from ..record import Finding
from .cues import load_cues, strongest
from .layout import layout_of
from .structured import derived_finding
from .study_design import design_hits, news_design

FIELD = "evidence_tier"

DESIGN_TIERS = {
    "systematic_review": "systematic_review", "rct": "rct",
    "nonrandomized_controlled": "controlled_nonrandomized", "cohort": "controlled_nonrandomized",
    "single_arm": "uncontrolled_clinical", "case_series": "uncontrolled_clinical",
    "case_report": "case_report", "preclinical": "preclinical",
    "narrative_review": "expert_opinion",
}
# Designs whose tier needs results in the document; without them the study is only a plan. A
# case series (like a case report) tells of patients already treated, so it is never only a
# plan: "We report here four cases of ovarian recovery" reports outcomes in its very design.
CLINICAL = {"rct", "nonrandomized_controlled", "cohort", "single_arm"}


def extract(document, doc, record):
    """One derived finding, anchored on the finding that decided it."""
    basis = [f for name in ("study_design", "doc_type") for f in record.evidence
             if f.field == name]
    decided = decide_tier(document, doc, record)
    if decided is None:
        return []
    tier, note, anchor = decided
    return [derived_finding(FIELD, tier, [anchor, *basis], note)]


def decide_tier(document, doc, record):
    """``(tier, note, anchor finding or None)`` for the record, or ``None`` to abstain."""
    design, doc_type = record.study_design, record.doc_type
    if doc_type == "registry_record" or document.kind == "ctgov":
        return _registry_tier(document, design)
    if doc_type == "promotional":
        return _described_study_tier(document, doc) or _claim_tier(document, "provider page")
    if doc_type == "news" and design in (None, "not_applicable"):
        return "unsupported_claim", "news naming no concrete study", None
    if design == "systematic_review":
        return _review_tier(document, doc)
    if doc_type == "review" or design == "narrative_review":
        return "expert_opinion", "narrative review or editorial", None
    if design in CLINICAL:
        return _clinical_tier(document.text, design)
    if design in DESIGN_TIERS:
        return DESIGN_TIERS[design], f"design {design}", None
    return None


def _registry_tier(document, design):
    """Posted results give the design's tier; otherwise the record is a registered protocol."""
    if document.metadata.get("has_results") and design in DESIGN_TIERS:
        return DESIGN_TIERS[design], f"registry record with posted results, design {design}", None
    return "registered_protocol", "registry record without results", None


def _claim_tier(document, what: str):
    """Expert opinion when the page cites a verifiable study, else an unsupported claim."""
    hits = [h for h in load_cues("citations.txt").find(document.text)
            if not _in_background_fact(document, h.start) and _about_therapy(document, h.start)]
    if hits:
        return "expert_opinion", f"{what} citing literature", _hit_anchor(hits[0])
    return "unsupported_claim", f"{what} citing no verifiable study", None


def _described_study_tier(document, doc):
    """The tier of the one study a provider's page tells of, or ``None``.

    "A recent study reported in the Journal Nature Medicine ... placed under the skin of mice":
    a page that introduces one study with where it appeared or who led it (the ``one_study``
    class of ``cues/designs.txt``) and, in the same paragraph, names that study's design
    describes concrete, verifiable evidence, and takes its tier as news does. Plural
    wording ("animal studies revealed ...") surveys literature, and a design cue in another
    paragraph is not that study's.
    """
    hits = design_hits(document, doc)
    found = news_design({k: v for k, v in hits.items() if k != "one_study"})
    if not found or "one_study" not in hits:
        return None
    layout = layout_of(document)
    design = found[0]
    if not any(layout.paragraph(h.start) == layout.paragraph(design.start)
               for h in hits["one_study"]):
        return None
    anchor = Finding(FIELD, None, design.quote, design.start, design.end)
    if design.value in CLINICAL:
        tier, note, result = _clinical_tier(document.text, design.value)
        return tier, f"provider page describing one study: {note}", result or anchor
    return DESIGN_TIERS[design.value], f"provider page describing one {design.value} study", anchor


def _in_background_fact(document, offset: int) -> bool:
    """True when the sentence at ``offset`` states a prevalence or definition."""
    start, end = layout_of(document).sentence(offset)
    return load_cues("epidemiology.txt").first(document.text, start, end) is not None


def _about_therapy(document, offset: int) -> bool:
    """True when the paragraph at ``offset`` names the treatment the page is about."""
    start, end = layout_of(document).paragraph(offset)
    return load_cues("therapy.txt").first(document.text, start, end) is not None


def _review_tier(document, doc):
    """A systematic review of animal or in-vitro work (and no human studies) is preclinical."""
    hits = design_hits(document, doc, own_study=False)
    nonhuman = hits.get("animal") or hits.get("in_vitro")
    human = load_cues("human_evidence.txt").first(document.text)
    if nonhuman and not human:
        return "preclinical", "systematic review of animal or in-vitro work", \
            _hit_anchor(nonhuman[0])
    return "systematic_review", "systematic review of human studies", None


def _clinical_tier(text: str, design: str):
    """The design's tier when results are reported, else a registered or planned protocol."""
    hits = load_cues("results.txt").find(text)
    if hits:
        return DESIGN_TIERS[design], f"design {design} with results", \
            _hit_anchor(strongest(hits)[0])
    return "registered_protocol", f"design {design}, no results reported", None


def _hit_anchor(hit):
    """A stand-in finding so the derived finding can quote the cue that decided it."""
    return Finding(FIELD, None, hit.text, hit.start, hit.end)
