"""Query filters: codes, tiers, cohort, registration, dates and full text, in SQL."""
import pytest

from extractor.document import document_date
from extractor.errors import UnknownCode
from extractor.query import Filters, format_table, run_query
from extractor.store import open_db, save
from helpers import make_document, make_record

DOCS = [
    # doc_id, date metadata, tier, cohort, conditions, doc_type, registered
    ("PMID:1", {"pub_date": "2019-05-02"}, "rct", 80, ["poi"], "primary_study", True),
    ("PMID:2", {"pub_date": "2021"}, "uncontrolled_clinical", 12, ["poi", "dor"],
     "primary_study", False),
    ("NCT01111111", {"start_date": "2022-03"}, "registered_protocol", 60, ["asherman"],
     "registry_record", True),
    ("sha256:00000000000000aa", {}, "unsupported_claim", None, ["poi"], "promotional", False),
]


@pytest.fixture(scope="module")
def db():
    database = open_db(":memory:")
    for doc_id, metadata, tier, cohort, conditions, doc_type, registered in DOCS:
        document = make_document(doc_id=doc_id, metadata=metadata,
                                 text=f"Twelve women with POI {doc_id}.")
        save(database, document, make_record(
            document, evidence_tier=tier, cohort_size=cohort, conditions=conditions,
            doc_type=doc_type, registered=registered))
    return database


def ids(db, **filters):
    return [row["doc_id"] for row in run_query(db, Filters(**filters))]


def test_order_is_tier_then_cohort(db):
    assert ids(db) == ["PMID:1", "PMID:2", "NCT01111111", "sha256:00000000000000aa"]


@pytest.mark.parametrize("filters, expected", [
    ({"condition": "dor"}, ["PMID:2"]),
    ({"min_tier": "uncontrolled_clinical"}, ["PMID:1", "PMID:2"]),
    ({"tier": "registered_protocol"}, ["NCT01111111"]),
    ({"min_cohort": 50}, ["PMID:1", "NCT01111111"]),
    ({"registered": True}, ["PMID:1", "NCT01111111"]),
    ({"promotional": True}, ["sha256:00000000000000aa"]),
    ({"promotional": False, "condition": "poi"}, ["PMID:1", "PMID:2"]),
    ({"since": "2020"}, ["PMID:2", "NCT01111111"]),
    ({"since": "2021-06-01"}, ["PMID:2", "NCT01111111"]),    # a bare year overlaps the range
    ({"until": "2021-12-31"}, ["PMID:1", "PMID:2"]),
    ({"since": "2022-04", "until": "2030"}, []),
    ({"text": "NCT01111111"}, ["NCT01111111"]),
])
def test_filters(db, filters, expected):
    assert ids(db, **filters) == expected


def test_unknown_codes_are_named(db):
    with pytest.raises(UnknownCode, match="not a evidence_tier code"):
        run_query(db, Filters(min_tier="strong"))


@pytest.mark.parametrize("metadata, date", [
    ({"pub_date": "2019-05-02", "start_date": "2017"}, "2019-05-02"),
    ({"date": "2023-04-05T10:00:00Z"}, "2023-04-05"),
    ({"start_date": "2022-03"}, "2022-03"),
    ({"last_update": "2024-01-09"}, "2024-01-09"),
    ({"pub_date": "1990 Spring"}, "1990"),
    ({}, None),
])
def test_document_date(metadata, date):
    assert document_date(make_document(metadata=metadata)) == date


def test_table_cuts_long_cells_and_joins_lists(db):
    table = format_table(run_query(db, Filters(condition="dor")), width=12)
    header, rule, row = table.splitlines()
    assert header.split()[:2] == ["doc_id", "doc_type"]
    assert "poi,dor" in row
    assert "primary_stu…" in row and "primary_study" not in row


@pytest.fixture
def review_db():
    """Records that are and are not to be checked first."""
    database = open_db(":memory:")
    cases = [
        # doc_id, doc_type confidence, study design, conditions
        ("sha256:00000000000000b1", 0.3, "not_applicable", ["poi"]),     # genre by default
        ("sha256:00000000000000b2", 0.92, "not_applicable", ["poi"]),    # clear genre
        ("PMID:3", 1.0, None, ["asherman"]),                             # no design found
        ("PMID:4", 1.0, None, ["other"]),                                # off topic
    ]
    for doc_id, confidence, design, conditions in cases:
        document = make_document(doc_id=doc_id, text=f"Twelve women with POI {doc_id}.")
        record = make_record(document, study_design=design, conditions=conditions,
                             evidence_tier=None if design is None else "unsupported_claim")
        record.extras["doc_type_confidence"] = confidence
        save(database, document, record)
    return database


def test_needs_review_lists_uncertain_types_and_missing_designs_with_why(review_db):
    rows = run_query(review_db, Filters(needs_review=True))
    assert {row["doc_id"]: row["why"] for row in rows} == {
        "sha256:00000000000000b1": "document type uncertain (0.30)",
        "PMID:3": "no evidence tier; no study design",
    }


def test_a_corrected_field_is_no_longer_to_be_checked(review_db):
    from extractor.curate import correct
    correct(review_db, "sha256:00000000000000b1", "doc_type", "news", curator="tester")
    correct(review_db, "PMID:3", "study_design", "case_series", curator="tester")
    assert {row["doc_id"]: row["why"] for row in run_query(review_db, Filters(needs_review=True))
            } == {"PMID:3": "no evidence tier"}
