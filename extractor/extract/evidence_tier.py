"""Evidence tier, derived from design, reported results and document type."""
from .structured import derived_finding

FIELD = "evidence_tier"

DESIGN_TIERS = {
    "systematic_review": "systematic_review", "rct": "rct",
    "nonrandomized_controlled": "controlled_nonrandomized", "cohort": "controlled_nonrandomized",
    "single_arm": "uncontrolled_clinical", "case_series": "uncontrolled_clinical",
    "case_report": "case_report", "preclinical": "preclinical",
    "narrative_review": "expert_opinion",
}


def extract(document, doc, record):
    """Registry records without results are protocols; claims without a design are unsupported."""
    basis = [f for f in record.evidence if f.field in ("study_design", "doc_type")]
    if record.doc_type == "registry_record" and not document.metadata.get("has_results"):
        return [derived_finding(FIELD, "registered_protocol", basis, "registry record, no results")]
    if record.doc_type in ("promotional", "news") and record.study_design in (None,
                                                                              "not_applicable"):
        return [derived_finding(FIELD, "unsupported_claim", basis, "no study design cited")]
    tier = DESIGN_TIERS.get(record.study_design)
    if tier:
        return [derived_finding(FIELD, tier, basis, f"design {record.study_design}")]
    if record.doc_type == "review":
        return [derived_finding(FIELD, "expert_opinion", basis, "review without a design")]
    return []
