"""The contract: packaged copies match schemas/, and the record schema matches the vocabulary."""
import json

import pytest

from extractor.errors import SchemaMismatch
from extractor.export import record_schema, validate_record
from extractor.record import EXPORT_FIELDS
from extractor.vocabulary import FIELD_SECTIONS, load_vocabulary
from helpers import REPO

SHARED_VOCABULARY = REPO.parent / "shared" / "vocabulary.json"


@pytest.mark.parametrize("name", ["vocabulary.json", "record.schema.json"])
def test_packaged_copy_is_identical_to_schemas(name):
    assert (REPO / "extractor" / name).read_bytes() == (REPO / "schemas" / name).read_bytes()


@pytest.mark.skipif(not SHARED_VOCABULARY.exists(), reason="the shared contract is not beside "
                    "this checkout")
def test_our_vocabulary_is_the_shared_contract():
    assert json.loads((REPO / "schemas" / "vocabulary.json").read_text()) == \
        json.loads(SHARED_VOCABULARY.read_text())


def test_schema_fields_are_the_export_fields():
    schema = record_schema()
    assert tuple(schema["properties"]) == EXPORT_FIELDS
    assert set(schema["required"]) == set(EXPORT_FIELDS)


@pytest.mark.parametrize("field", sorted(FIELD_SECTIONS))
def test_schema_codes_are_the_vocabulary_codes(field):
    prop = record_schema()["properties"][field]
    allowed = prop["items"]["enum"] if "items" in prop else [c for c in prop["enum"] if c]
    assert allowed == list(load_vocabulary()[FIELD_SECTIONS[field]])


def _record(**changes):
    record = {"doc_id": "NCT05308342", "source": "a.json", "title": None,
              "doc_type": "registry_record", "evidence_tier": "registered_protocol",
              "study_design": "rct", "registered": True, "registry_ids": ["NCT05308342"],
              "conditions": ["poi"], "cell_sources": [], "routes": [], "cohort_size": 66,
              "outcomes": [], "trial_status": "recruiting", "co_interventions": [],
              "evidence": [{"field": "conditions", "value": "poi", "quote": "POI", "start": 0,
                            "end": 3, "method": "structured"}]}
    record.update(changes)
    return record


def test_a_valid_record_passes():
    validate_record(_record())


@pytest.mark.parametrize("changes, where", [
    ({"conditions": ["ovarian failure"]}, "conditions/0"),
    ({"cohort_size": 0}, "cohort_size"),
    ({"registered": "yes"}, "registered"),
    ({"doc_type": "blog"}, "doc_type"),
    ({"extra": 1}, "record"),
])
def test_invalid_records_name_the_document_and_the_field(changes, where):
    with pytest.raises(SchemaMismatch) as raised:
        validate_record(_record(**changes))
    assert str(raised.value).startswith(f"NCT05308342: {where}: ")
