"""Findings (one extracted value with its evidence) and the record built from them."""
from dataclasses import asdict, dataclass, field
from typing import Any

METHODS = ("structured", "rule", "derived")

# The exported record, field by field, in this order (the vocabulary's record_fields plus source
# and title, which tell a reader which document a record describes).
LIST_FIELDS = ("registry_ids", "conditions", "cell_sources", "routes", "outcomes",
               "co_interventions")
SCALAR_FIELDS = ("doc_type", "evidence_tier", "study_design", "registered", "cohort_size",
                 "trial_status")
EXPORT_FIELDS = ("doc_id", "source", "title", "doc_type", "evidence_tier", "study_design",
                 "registered", "registry_ids", "conditions", "cell_sources", "routes",
                 "cohort_size", "outcomes", "trial_status", "co_interventions", "evidence")


@dataclass
class Finding:
    """One value for one field, with the quote that supports it.

    :param field: record field name (``cell_sources``, ``cohort_size``, ...)
    :param value: the vocabulary code, number, id or flag
    :param quote: ``document.text[start:end]``
    :param start: character offset into ``document.text``
    :param end: end offset (exclusive)
    :param method: ``structured`` (registry/publication metadata), ``rule`` (text rules) or
        ``derived`` (computed from other findings)
    :param note: why, where it helps a reviewer (a conflict, an abstention, a cue)
    """

    field: str
    value: Any
    quote: str
    start: int
    end: int
    method: str = "rule"
    note: str | None = None

    def as_evidence(self) -> dict:
        """The exported evidence item."""
        item = {"field": self.field, "value": self.value, "quote": self.quote,
                "start": self.start, "end": self.end, "method": self.method}
        if self.note:
            item["note"] = self.note
        return item


@dataclass
class Record:
    """The evidence record of one document: the vocabulary's record fields plus evidence."""

    doc_id: str
    source: str
    title: str | None = None
    doc_type: str | None = None
    evidence_tier: str | None = None
    study_design: str | None = None
    registered: bool = False
    registry_ids: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    cell_sources: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    cohort_size: int | None = None
    outcomes: list[str] = field(default_factory=list)
    trial_status: str | None = None
    co_interventions: list[str] = field(default_factory=list)
    evidence: list[Finding] = field(default_factory=list)
    # Not exported as record fields; stored beside them for issue-5 style analysis.
    extras: dict = field(default_factory=dict)

    def to_export(self) -> dict:
        """The exported record: exactly :data:`EXPORT_FIELDS`."""
        data = asdict(self)
        data["evidence"] = [f.as_evidence() for f in self.evidence]
        return {name: data[name] for name in EXPORT_FIELDS}
