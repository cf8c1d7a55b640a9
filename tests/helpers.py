"""Paths and small builders shared by the tests."""
from pathlib import Path

from extractor.document import Document
from extractor.record import Finding, Record

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"
SEEDS = CORPORA / "seeds"
DEV = CORPORA / "dev"
DATA = Path(__file__).resolve().parent / "data"


def make_document(doc_id="sha256:0000000000000001", text="Twelve women with POI received "
                  "umbilical cord MSCs.", **extra) -> Document:
    """A small document for storage tests that need no NLP."""
    return Document(doc_id=doc_id, source=extra.pop("source", f"{doc_id}.txt"), kind="text",
                    title=extra.pop("title", "A test document"), text=text, **extra)


def make_record(document: Document, **fields) -> Record:
    """A record whose every value quotes the document text."""
    record = Record(doc_id=document.doc_id, source=document.source, title=document.title,
                    doc_type="primary_study", evidence_tier="uncontrolled_clinical",
                    study_design="single_arm", conditions=["poi"],
                    cell_sources=["umbilical_cord_msc"], cohort_size=12)
    start = document.text.index("POI")
    record.evidence.append(Finding("conditions", "poi", "POI", start, start + 3))
    record.evidence.append(Finding("cohort_size", 12, "Twelve", 0, 6))
    for name, value in fields.items():
        setattr(record, name, value)
    return record
