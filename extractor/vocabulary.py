"""The controlled vocabulary (the contract), loaded once from the packaged copy.

``schemas/vocabulary.json`` is the published copy; a test fails if the two drift apart.
"""
import json
from functools import lru_cache
from importlib import resources

# record field -> vocabulary section holding its codes
FIELD_SECTIONS = {
    "doc_type": "doc_type",
    "evidence_tier": "evidence_tier",
    "study_design": "study_design",
    "conditions": "condition",
    "cell_sources": "cell_source",
    "routes": "route",
    "outcomes": "outcome",
    "trial_status": "trial_status",
    "co_interventions": "co_intervention",
}


@lru_cache(maxsize=1)
def load_vocabulary() -> dict:
    """The vocabulary as a dict, read from the package data."""
    data = resources.files("extractor").joinpath("vocabulary.json").read_text(encoding="utf-8")
    return json.loads(data)


def codes(field: str) -> list[str]:
    """The allowed codes of a record field, in vocabulary order."""
    section = load_vocabulary()[FIELD_SECTIONS[field]]
    return list(section)


def tier_rank(tier: str | None) -> int:
    """Rank of an evidence tier (1 is strongest); unknown or missing sorts last."""
    tiers = load_vocabulary()["evidence_tier"]
    return tiers[tier]["rank"] if tier in tiers else len(tiers) + 1


def record_fields() -> list[str]:
    """Field names of a record, as the vocabulary lists them."""
    return list(load_vocabulary()["record_fields"])
