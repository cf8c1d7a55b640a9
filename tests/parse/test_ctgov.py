"""ClinicalTrials.gov v2: one document per study, every registry field quotable from the text."""
import json

import pytest

from extractor.errors import MalformedInput, UnknownInputKind
from extractor.parse import parse_bytes
from extractor.parse.ctgov import parse_ctgov

from .conftest import FIXTURES, shared_file

LABELS = {
    "nct_id": "NCT number: ", "title": "Title: ", "brief_summary": "Brief summary: ",
    "conditions": "Conditions: ", "study_type": "Study type: ", "phases": "Phases: ",
    "allocation": "Allocation: ", "enrollment": "Enrollment: ", "masking": "Masking: ",
    "overall_status": "Overall status: ", "interventions": "Interventions: ",
    "primary_outcomes": "Primary outcome: ", "eligibility": "Eligibility criteria: ",
    "sponsor": "Sponsor: ", "has_results": "Results posted: ", "references": "References: ",
}


def study(**modules) -> dict:
    """A v2 study object with the given protocol modules (and a fixed NCT id)."""
    identification = {"nctId": "NCT01234567", **modules.pop("identificationModule", {})}
    has_results = modules.pop("hasResults", None)
    body = {"protocolSection": {"identificationModule": identification, **modules}}
    if has_results is not None:
        body["hasResults"] = has_results
    return body


def parse_one(body: dict):
    documents = parse_ctgov(json.dumps(body).encode(), "study.json")
    assert len(documents) == 1
    return documents[0]


def recorded_files():
    folders = [FIXTURES / "ctgov", FIXTURES / "peer" / "ctgov"]
    files = sorted(p for folder in folders if folder.exists() for p in folder.glob("*v2_*.json"))
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason="shared fixtures absent"))]
    return [pytest.param(p, id=p.name) for p in files]


def raw_studies(path) -> list[dict]:
    payload = json.loads(path.read_text(encoding="utf-8"))
    return payload["studies"] if "studies" in payload else [payload]


@pytest.mark.parametrize("path", recorded_files())
def test_recorded_studies_match_their_json(path):
    documents = parse_bytes(path.read_bytes(), str(path))
    raw = raw_studies(path)
    assert [d.doc_id for d in documents] == \
        [s["protocolSection"]["identificationModule"]["nctId"] for s in raw]
    for document, source in zip(documents, raw):
        design = source["protocolSection"].get("designModule", {})
        assert document.kind == "ctgov"
        enrollment = design.get("enrollmentInfo", {})
        assert document.metadata["enrollment_count"] == enrollment.get("count")
        assert document.metadata["phases"] == design.get("phases", [])
        assert document.metadata["has_results"] == source.get("hasResults")
        for name, start, end in document.sections:
            assert document.text[start:end].startswith(LABELS.get(name, "")), name


def test_withdrawn_study_fields():
    path = shared_file("ctgov", "v2_study_NCT00973089_withdrawn_enrollment0.json")
    document = parse_bytes(path.read_bytes(), path.name)[0]
    metadata = document.metadata
    assert (metadata["overall_status"], metadata["enrollment_count"]) == ("WITHDRAWN", 0)
    assert metadata["start_date"] == "2010-05" and metadata["why_stopped"]
    assert metadata["reference_pmids"] == [{"pmid": "18519994", "type": "BACKGROUND"}]
    assert "Enrollment: 0 (ACTUAL)" in document.text
    assert "References: PMID 18519994 (BACKGROUND)" in document.text


def test_sparse_fields_response():
    path = shared_file("ctgov", "v2_study_NCT06604689_fields_subset.json")
    document = parse_bytes(path.read_bytes(), path.name)[0]
    assert document.metadata["enrollment_type"] is None
    assert isinstance(document.metadata["enrollment_count"], int)
    assert document.metadata["has_results"] is None
    assert "Results posted" not in document.text


def test_eligibility_is_its_own_section():
    criteria = ("Inclusion Criteria:\n\n* Women aged 20-39 with premature ovarian insufficiency"
                "\n\nExclusion Criteria:\n\n* Endometriosis\n* Prior chemotherapy")
    document = parse_one(study(eligibilityModule={"eligibilityCriteria": criteria, "sex": "FEMALE"},
                               conditionsModule={"conditions": ["Premature Ovarian Failure"]}))
    spans = {name: document.text[start:end] for name, start, end in document.sections}
    assert "Endometriosis" in spans["eligibility"]
    assert "Endometriosis" not in spans["conditions"]
    assert document.section_at(document.text.index("Endometriosis")) == "eligibility"


LINES = [
    # modules, section name, the line expected in the text
    ({"designModule": {"enrollmentInfo": {"count": 66, "type": "ESTIMATED"}}}, "enrollment",
     "Enrollment: 66 (ESTIMATED)"),
    ({"designModule": {"enrollmentInfo": {"count": 12}}}, "enrollment", "Enrollment: 12"),
    ({"designModule": {"phases": ["PHASE1", "PHASE2"]}}, "phases", "Phases: PHASE1, PHASE2"),
    ({"designModule": {"designInfo": {"allocation": "RANDOMIZED",
                                      "maskingInfo": {"masking": "NONE"}}}},
     "masking", "Masking: NONE"),
    ({"conditionsModule": {"conditions": ["Asherman Syndrome", "Thin Endometrium"]}},
     "conditions", "Conditions: Asherman Syndrome; Thin Endometrium"),
    ({"armsInterventionsModule": {"interventions": [
        {"type": "BIOLOGICAL", "name": "Menstrual blood stem cells",
         "description": "Intrauterine infusion"}]}},
     "interventions", "Interventions: BIOLOGICAL: Menstrual blood stem cells — Intrauterine "
                      "infusion"),
    ({"outcomesModule": {"primaryOutcomes": [
        {"measure": "Endometrial thickness", "description": "By ultrasound",
         "timeFrame": "3 months"}]}},
     "primary_outcomes", "Primary outcome: Endometrial thickness — By ultrasound (3 months)"),
    ({"hasResults": True}, "has_results", "Results posted: yes"),
    ({"hasResults": False}, "has_results", "Results posted: no"),
]


@pytest.mark.parametrize("modules,section,line", LINES)
def test_labelled_lines(modules, section, line):
    document = parse_one(study(**modules))
    assert (section, line) in [(n, document.text[s:e]) for n, s, e in document.sections]


ABSENT = [
    # modules, metadata key, the value it must have when the response lacks the field
    ({}, "enrollment_count", None),
    ({"designModule": {"enrollmentInfo": {"count": "n/a"}}}, "enrollment_count", None),
    ({"designModule": {"enrollmentInfo": {"count": True}}}, "enrollment_count", None),
    ({}, "phases", []),
    ({}, "has_results", None),
    ({"conditionsModule": {"conditions": ["", "  "]}}, "conditions", []),
    ({"referencesModule": {"references": [{"citation": "No PMID here"}]}}, "reference_pmids", []),
]


@pytest.mark.parametrize("modules,key,expected", ABSENT)
def test_missing_or_odd_values(modules, key, expected):
    assert parse_one(study(**modules)).metadata[key] == expected


def test_official_title_preferred():
    official = "A Phase 1 Study of Autologous Stem Cells in Premature Ovarian Failure"
    document = parse_one(study(identificationModule={"briefTitle": "Stem Cells in POF",
                                                     "officialTitle": official}))
    assert document.title.startswith("A Phase 1 Study")
    assert "Brief title: Stem Cells in POF" in document.text


def test_search_page_gives_one_document_per_study():
    page = {"studies": [study(), {**study(), "protocolSection": {
        "identificationModule": {"nctId": "NCT07654321"}}}], "nextPageToken": "abc"}
    documents = parse_bytes(json.dumps(page).encode(), "page.json")
    assert [d.doc_id for d in documents] == ["NCT01234567", "NCT07654321"]


def test_empty_search_page_gives_no_documents():
    assert parse_bytes(b'{"studies": [], "totalCount": 0}', "page.json") == []


def test_broken_json_names_the_position():
    with pytest.raises(MalformedInput) as caught:
        parse_ctgov(b'{"studies": [\n{"protocolSection": }', "page.json")
    assert "at line 2 column" in caught.value.reason


def test_classic_api_json_is_refused_with_a_reason():
    with pytest.raises(UnknownInputKind) as caught:
        parse_ctgov(b'{"FullStudiesResponse": {"FullStudies": []}}', "old.json")
    assert "retired classic" in caught.value.reason
