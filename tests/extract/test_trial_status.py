"""Trial status: structured registry status, else a labelled status line."""
import pytest

from extractor.document import Document
from extractor.extract import trial_status
from extractor.record import Record

CASES = [
    ("Recruitment status\nRecruitment complete\nFunding source", "completed"),
    ("Status and phase\n\nCompleted\nPhase 2", "completed"),
    ("Recruitment Status\n\nUNKNOWN\n\nClinical Phase", "unknown"),
    ("Overall Status: Recruiting", "recruiting"),
    ("Status: Not yet recruiting", "not_yet_recruiting"),
    ("Recruitment status: Active, not recruiting", "active_not_recruiting"),
    ("Status\nTERMINATED\n", "terminated"),
    ("Trial status: Withdrawn (no participants enrolled)", "withdrawn"),
    ("Recruitment status\nPending\n", "not_yet_recruiting"),
    # must NOT match
    ("The study was completed in 2019.", None),  # status word in prose, no label
    ("Ovarian reserve status improved in 81% of women.", None),  # "status" not a field label
    ("Marital status: married", None),  # a status label with no trial status value
    ("Recruiting\nFemale\nPhase 1/2", None),  # an unlabelled word
]


def _document(text, kind="text", sections=(), metadata=None):
    return Document(doc_id="sha256:test", source="test.txt", kind=kind, title=None, text=text,
                    sections=list(sections), metadata=dict(metadata or {}))


def _status(document):
    findings = trial_status.extract(document, None, Record(doc_id="t", source="t"))
    for finding in findings:
        assert finding.quote == document.text[finding.start:finding.end]
    return findings[0].value if findings else None


@pytest.mark.parametrize("text,expected", CASES)
def test_status_line(text, expected):
    assert _status(_document(text)) == expected


@pytest.mark.parametrize("status,expected", [
    ("ACTIVE_NOT_RECRUITING", "active_not_recruiting"), ("COMPLETED", "completed"),
    ("UNKNOWN", "unknown"), ("WITHDRAWN", "withdrawn"),
    ("AVAILABLE", None),  # expanded access has no vocabulary code
])
def test_structured_status(status, expected):
    text = f"Overall status: {status}"
    document = _document(text, kind="ctgov", sections=[("overall_status", 16, len(text))],
                         metadata={"overall_status": status})
    assert _status(document) == expected
