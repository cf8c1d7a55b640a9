"""Browse the evidence database in Datasette: read-only, on loopback, described and faceted."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import UnreadableInput

HOST = "127.0.0.1"

TABLES = {
    "evidence": {
        "description": "One row per document: the record fields of the controlled vocabulary. "
                       "Lists are JSON arrays of codes; tier_rank 1 is the strongest evidence.",
        "facets": [{"array": "conditions"}, {"array": "cell_sources"}, {"array": "routes"},
                   "evidence_tier", "doc_type"],
        "sort": "tier_rank",
        "columns": {
            "doc_type": "registry_record, primary_study, review, news or promotional",
            "evidence_tier": "strongest evidence the document itself reports",
            "tier_rank": "1 = systematic review ... 9 = unsupported claim",
            "registered": "1 when a registry record or when it names a registration id",
            "cohort_size": "human participants enrolled or analysed, all arms",
            "conditions": "condition codes", "cell_sources": "cell source codes",
            "routes": "route codes", "outcomes": "outcome codes",
            "doc_type_confidence": "confidence of the document type (0-1)",
            "doc_type_reasons": "cues that decided the document type",
            "registry_flags": "participants pay / sponsor reads as the selling clinic",
            "extracted": "the extractor's own values, before reviewers' corrections",
            "doc_date": "publication, page or study-start date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "cell_origin": "autologous (the patient's own cells) or allogeneic (a donor's)",
        },
    },
    "evidence_spans": {
        "description": "The quote behind every value: offsets index documents.text.",
        "facets": ["field", "method"],
    },
    "documents": {"description": "Every document as stored: text, source, kind, metadata.",
                  "facets": ["kind"]},
    "claims": {"description": "Claims of benefit in news and promotional documents.",
               "facets": ["strength", "citation_kind"]},
    "links": {"description": "Publications linked to registry records.", "facets": ["via"]},
    "registry_ids": {"description": "Registration ids named by each document.",
                     "facets": ["registry"]},
    "ingest_errors": {"description": "Inputs that could not be read, and why.",
                      "facets": ["stage"]},
    "corrections": {"description": "Reviewers' curated values (who, when, why)."},
    "registered_trials": {"description": "Registry records with results and linked papers."},
    "silent_trials": {"description": "Finished trials with no results and no publication, "
                                     "and flagged registrations."},
    "promotional_claims": {"description": "Each claim beside the trial it cites, if any."},
    "evidence_by_condition": {"description": "Per condition: documents by type, best tier, "
                                             "claims."},
    "needs_review": {"description": "Records to check first: an uncertain document type, or "
                                    "no design or tier; why says which.",
                     "facets": ["doc_type"]},
}

QUERIES = {
    "strongest_evidence": {
        "title": "Strongest evidence for a condition",
        "sql": "select doc_id, title, evidence_tier, study_design, cohort_size, cell_sources, "
               "routes from evidence, json_each(evidence.conditions) c where c.value = "
               ":condition order by tier_rank, cohort_size desc",
    },
    "claims_citing_nothing": {
        "title": "Unhedged claims that cite nothing",
        "sql": "select doc_id, title, sentence, strength_cues from promotional_claims "
               "where strength = 'unhedged' and citation_kind = 'none'",
    },
    "silent": {"title": "Silent trials", "sql": "select * from silent_trials"},
}


def build_metadata(db_path) -> dict:
    """Datasette metadata: titles, table and column descriptions, facets, canned queries."""
    name = Path(db_path).stem
    return {
        "title": "stemcell-evidence",
        "description": "Evidence on stem-cell treatments for infertility: registered trials, "
                       "studies, reviews, news and promotional claims, each value with its "
                       "quoted evidence.",
        "databases": {name: {"tables": TABLES, "queries": QUERIES}},
    }


def serve_command(db_path, port: int, metadata_path) -> list[str]:
    """The Datasette command line: immutable (read-only) and bound to loopback."""
    return [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--host", HOST,
            "--port", str(port), "--metadata", str(metadata_path),
            "--setting", "default_page_size", "50"]


def serve(db_path, port: int = 8001) -> int:
    """Run Datasette until interrupted; returns its exit code.

    :raises UnreadableInput: when the database file does not exist
    """
    if not Path(db_path).is_file():
        raise UnreadableInput(db_path, "no such database; run 'build' or 'extract' first")
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(build_metadata(db_path), indent=2), encoding="utf-8")
        try:
            return subprocess.call(serve_command(db_path, port, metadata))
        except KeyboardInterrupt:
            return 0
