"""Stored records out as JSONL or CSV, each validated against ``schemas/record.schema.json``."""
import csv
import json
from functools import lru_cache
from importlib import resources

import jsonschema

from .curate import curated_evidence
from .errors import SchemaMismatch
from .record import EXPORT_FIELDS, LIST_FIELDS
from .store import evidence_rows, spans_for

FORMATS = ("jsonl", "csv")


@lru_cache(maxsize=1)
def record_schema() -> dict:
    """The JSON Schema of an exported record (packaged copy of ``schemas/``)."""
    text = resources.files("extractor").joinpath("record.schema.json").read_text("utf-8")
    return json.loads(text)


def validate_record(record: dict) -> None:
    """:raises SchemaMismatch: naming the document and the first violation"""
    validator = jsonschema.Draft202012Validator(record_schema())
    error = next(iter(validator.iter_errors(record)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "record"
        raise SchemaMismatch(record.get("doc_id", "?"), f"{where}: {error.message}")


def iter_records(db, where: str = "", params=(), extracted: bool = False, failures=None):
    """Export dicts for stored records, evidence included, validated one by one.

    :param extracted: the extractor's own values instead of reviewers' curated ones (what
        ``evaluate`` scores)
    :param failures: a list that collects :class:`SchemaMismatch` errors; without it the first
        invalid record raises
    """
    for row in evidence_rows(db, where, params):
        record = {name: row.get(name) for name in EXPORT_FIELDS if name != "evidence"}
        record["evidence"] = [_evidence_item(span) for span in spans_for(db, row["doc_id"])]
        if extracted:
            record.update(row["extracted"])
        else:
            record["evidence"] += curated_evidence(db, row["doc_id"])
        try:
            validate_record(record)
        except SchemaMismatch as error:
            if failures is None:
                raise
            failures.append(error)
            continue
        yield record


def _evidence_item(span: dict) -> dict:
    item = {"field": span["field"], "value": _decode(span["field"], span["value"]),
            "quote": span["quote"], "start": span["start"], "end": span["end"],
            "method": span["method"]}
    if span["note"]:
        item["note"] = span["note"]
    return item


def _decode(field: str, value: str):
    """Span values were stored as text; numbers and flags come back typed."""
    if field in ("cohort_size", "registered"):
        return json.loads(value)
    return value


def write_jsonl(records, out) -> int:
    """One JSON object per line; returns the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records, out) -> int:
    """One row per record; list fields joined with ``;``, evidence as a JSON column."""
    writer = csv.DictWriter(out, fieldnames=list(EXPORT_FIELDS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        row = dict(record)
        for name in LIST_FIELDS:
            row[name] = ";".join(row[name])
        row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
        writer.writerow(row)
        count += 1
    return count


def export(db, fmt: str, out, failures: list, where: str = "", params=()) -> int:
    """Write every valid record in ``fmt`` to ``out`` (a text stream); returns the count.

    Records that fail the schema are left out and their errors appended to ``failures``.
    """
    writer = write_jsonl if fmt == "jsonl" else write_csv
    return writer(iter_records(db, where, params, failures=failures), out)


GOLD_FIELDS = ("doc_type", "evidence_tier", "study_design", "registered", "registry_ids",
               "conditions", "cell_sources", "routes", "cohort_size", "outcomes")


def iter_gold(db):
    """Curated records (those a reviewer corrected) in the gold-annotation format.

    Uncorrected fields keep the values the reviewer saw and let stand; ``notes`` joins the
    reviewers' notes, so ``evaluate`` can score the extractor against the corrections.
    """
    where = "doc_id in (select doc_id from corrections)"
    for row in evidence_rows(db, where):
        notes = [n["note"] for n in db.query(
            "select note from corrections where doc_id = ? and note is not null order by id",
            [row["doc_id"]])]
        record = {"doc_id": row["doc_id"], "file": row["source"],
                  "source_url": row["source"] if "://" in row["source"] else None,
                  "title": row["title"]}
        record.update({name: row[name] for name in GOLD_FIELDS})
        record["notes"] = " ".join(notes) or None
        yield record


def export_gold(db, out) -> int:
    """Write :func:`iter_gold` as JSONL; returns the count."""
    return write_jsonl(iter_gold(db), out)
