"""Per condition: what is registered (by tier and status) beside what is claimed."""
import json
from collections import Counter
from dataclasses import dataclass, field

from .vocabulary import codes, tier_rank


@dataclass
class ConditionSummary:
    """The figures printed for one condition."""

    condition: str
    trials: int = 0
    trial_tiers: Counter = field(default_factory=Counter)
    trial_statuses: Counter = field(default_factory=Counter)
    silent: int = 0
    studies: int = 0
    best_study_tier: str | None = None
    claims: int = 0
    claim_documents: int = 0
    unhedged: int = 0
    uncited: int = 0


def _lists(row, *names):
    return [json.loads(row[name] or "[]") for name in names]


def summarise(db) -> list[ConditionSummary]:
    """One :class:`ConditionSummary` per condition code that any document names."""
    table = {code: ConditionSummary(code) for code in codes("conditions")}
    silent = {r["doc_id"] for r in db.query("select doc_id from silent_trials")}
    for row in db.query("select doc_id, doc_type, evidence_tier, trial_status, conditions "
                        "from evidence"):
        for code in _lists(row, "conditions")[0]:
            _count_document(table[code], row, row["doc_id"] in silent)
    for row in db.query("select c.doc_id, c.strength, c.citation_kind, e.conditions from claims c"
                        " join evidence e on e.doc_id = c.doc_id"):
        for code in _lists(row, "conditions")[0]:
            _count_claim(table[code], row)
    for row in db.query("select e.conditions, count(distinct c.doc_id) as n from claims c "
                        "join evidence e on e.doc_id = c.doc_id group by e.conditions"):
        for code in _lists(row, "conditions")[0]:
            table[code].claim_documents += row["n"]
    return [s for s in table.values() if s.trials or s.studies or s.claims]


def _count_document(summary: ConditionSummary, row, is_silent: bool) -> None:
    if row["doc_type"] == "registry_record":
        summary.trials += 1
        summary.trial_tiers[row["evidence_tier"] or "none"] += 1
        summary.trial_statuses[row["trial_status"] or "not stated"] += 1
        summary.silent += is_silent
    elif row["doc_type"] in ("primary_study", "review"):
        summary.studies += 1
        if tier_rank(row["evidence_tier"]) < tier_rank(summary.best_study_tier):
            summary.best_study_tier = row["evidence_tier"]


def _count_claim(summary: ConditionSummary, row) -> None:
    summary.claims += 1
    summary.unhedged += row["strength"] == "unhedged"
    summary.uncited += row["citation_kind"] == "none"


def _counts(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "-"


def format_summary(summaries: list[ConditionSummary]) -> str:
    """A block per condition, registered evidence first, claims beside it."""
    blocks = []
    for s in summaries:
        blocks.append("\n".join([
            f"{s.condition}",
            f"  registered trials   {s.trials}  (tiers: {_counts(s.trial_tiers)}; "
            f"status: {_counts(s.trial_statuses)}; silent: {s.silent})",
            f"  studies and reviews {s.studies}  (best tier: {s.best_study_tier or '-'})",
            f"  claims              {s.claims} in {s.claim_documents} documents  "
            f"({s.unhedged} unhedged, {s.claims - s.unhedged} hedged; "
            f"{s.uncited} cite nothing)",
        ]))
    return "\n\n".join(blocks) if blocks else "No documents with a condition yet."
