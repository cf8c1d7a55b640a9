"""Filters over the evidence table, turned into parameterised SQL."""
from dataclasses import dataclass

from .errors import UnknownCode
from .store import evidence_rows, review_reasons
from .vocabulary import codes, tier_rank

TABLE_COLUMNS = ("doc_id", "doc_type", "evidence_tier", "study_design", "registered",
                 "conditions", "cell_sources", "routes", "cohort_size", "title")
REVIEW_COLUMNS = ("doc_id", "doc_type", "evidence_tier", "study_design", "conditions",
                  "why", "title")


@dataclass
class Filters:
    """What a researcher asks of the evidence table; ``None`` means any."""

    condition: str | None = None
    cell_source: str | None = None
    route: str | None = None
    tier: str | None = None
    min_tier: str | None = None
    min_cohort: int | None = None
    registered: bool | None = None
    promotional: bool | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    needs_review: bool = False


def _check(field: str, value: str | None) -> None:
    if value is not None and value not in codes(field):
        raise UnknownCode(value, f"not a {field} code; choose one of: {', '.join(codes(field))}")


def build_where(filters: Filters) -> tuple[str, list]:
    """A ``where`` clause and its parameters for :func:`extractor.store.evidence_rows`."""
    clauses, params = [], []
    for field, column, value in (("conditions", "conditions", filters.condition),
                                 ("cell_sources", "cell_sources", filters.cell_source),
                                 ("routes", "routes", filters.route)):
        _check(field, value)
        if value:
            clauses.append(f"exists (select 1 from json_each(evidence.[{column}]) "
                           "where json_each.value = ?)")
            params.append(value)
    for value in (filters.tier, filters.min_tier):
        _check("evidence_tier", value)
    if filters.tier:
        clauses.append("evidence_tier = ?")
        params.append(filters.tier)
    if filters.min_tier:
        clauses.append("tier_rank <= ?")
        params.append(tier_rank(filters.min_tier))
    if filters.min_cohort is not None:
        clauses.append("cohort_size >= ?")
        params.append(filters.min_cohort)
    if filters.registered is not None:
        clauses.append("registered = ?")
        params.append(int(filters.registered))
    if filters.promotional is not None:
        clauses.append("doc_type = 'promotional'" if filters.promotional
                       else "coalesce(doc_type, '') != 'promotional'")
    clauses, params = _date_clauses(filters, clauses, params)
    if filters.needs_review:
        clauses.append("doc_id in (select doc_id from needs_review)")
    if filters.text:
        clauses.append("doc_id in (select doc_id from documents where rowid in "
                       "(select rowid from documents_fts where documents_fts match ?))")
        params.append(filters.text)
    return " and ".join(clauses), params


def _date_clauses(filters: Filters, clauses: list, params: list) -> tuple[list, list]:
    """Date range on ``doc_date``, which may be a year or a month: a partial date is kept when it
    overlaps the range (``2020`` is inside ``--since 2020-06-01``)."""
    if filters.since:
        clauses.append("doc_date >= substr(?, 1, length(doc_date))")
        params.append(filters.since)
    if filters.until:
        clauses.append("substr(doc_date, 1, length(?)) <= ?")
        params += [filters.until, filters.until]
    return clauses, params


def run_query(db, filters: Filters) -> list[dict]:
    """Evidence rows matching ``filters``, strongest tier first, then larger cohorts.

    With ``needs_review`` each row also says ``why`` it is to be checked.
    """
    where, params = build_where(filters)
    rows = evidence_rows(db, where, params)
    if filters.needs_review:
        reasons = review_reasons(db)
        for row in rows:
            row["why"] = reasons[row["doc_id"]]
    return rows


def format_table(rows: list[dict], columns=TABLE_COLUMNS, width: int = 40) -> str:
    """An aligned text table; lists joined with commas, long cells cut with an ellipsis."""
    cells = [[_cell(row.get(c), width) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value, width: int) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, list):
        text = ",".join(value)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"
