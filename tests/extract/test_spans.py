"""Grading mentions by what the document is: a survey's reported findings are its subject."""
import pytest

from extractor.extract import cell_sources, routes
from extractor.extract.spans import DOC_TYPE_KEY
from extractor.record import Record
from conftest import make_text_document

REPORTED = ("It has been reported that MSCs derived from adipose tissue and menstrual blood "
            "improved ovarian function in mice.")
OWN_STUDY = " We injected bone marrow-derived MSCs into the ovaries of 12 women."
CASES = [
    # A review, a news item or a clinic page is about what others reported.
    (cell_sources, REPORTED, "review", ["adipose_msc", "menstrual_blood"]),
    (cell_sources, REPORTED, "news", ["adipose_msc", "menstrual_blood"]),
    (cell_sources, REPORTED, "promotional", ["adipose_msc", "menstrual_blood"]),
    # A research report's background is not what it gave.
    (cell_sources, REPORTED, "primary_study", []),
    (cell_sources, REPORTED, None, []),
    (cell_sources, REPORTED + OWN_STUDY, "primary_study", ["bone_marrow_msc"]),
    # Reported mentions are weak: the survey's own firm statements still win.
    (cell_sources, REPORTED + OWN_STUDY, "review", ["bone_marrow_msc"]),
    (routes, "Previous studies injected stem cells into the ovaries of mice.", "review",
     ["intraovarian"]),
    (routes, "Previous studies injected stem cells into the ovaries of mice.", "primary_study",
     []),
]


@pytest.mark.parametrize("module,text,doc_type,expected", CASES)
def test_background_counts_only_for_surveys(nlp, module, text, doc_type, expected):
    doc = nlp(text)
    doc.user_data[DOC_TYPE_KEY] = doc_type
    findings = module.extract(make_text_document(text), doc, Record(doc_id="t", source="t"))
    assert list(dict.fromkeys(f.value for f in findings)) == expected
