"""Registration ids: every registry's format, normalization, structured ids, and look-alikes."""
import pytest

from extractor.document import Document
from extractor.extract import registry_ids
from extractor.record import Record

CASES = [
    ("This trial was registered at www.clinicaltrials.gov as NCT02912104.", ["NCT02912104"]),
    ("Clinical trial registration number: NCT 02240342.", ["NCT02240342"]),
    ("registered (nct03166189) before enrolment", ["NCT03166189"]),
    ("Chinese Clinical Trial Registry ChiCTR2000029606.", ["ChiCTR2000029606"]),
    ("registered with ChiCTR-IOR-17013556 on 1 Nov 2017", ["ChiCTR-IOR-17013556"]),
    ("(registration number IRCT20190519043634N1)", ["IRCT20190519043634N1"]),
    ("IRCT registration number:IRCT20230222057500N1", ["IRCT20230222057500N1"]),
    ("an older id, IRCT2014082418876N1, was assigned", ["IRCT2014082418876N1"]),
    ("Trial registration: ISRCTN12345678.", ["ISRCTN12345678"]),
    ("EudraCT number 2004-001234-12.", ["2004-001234-12"]),
    ("EudraCT No.: 2015-003456-78", ["2015-003456-78"]),
    ("Clinical Trials Registry-India CTRI/2019/05/019265", ["CTRI/2019/05/019265"]),
    ("registered as CTRI / 2017 / 11 / 010512.", ["CTRI/2017/11/010512"]),
    ("ANZCTR ACTRN12617000123456", ["ACTRN12617000123456"]),
    ("German Clinical Trials Register DRKS00012345", ["DRKS00012345"]),
    ("JPRN-UMIN000012345", ["UMIN000012345"]),
    ("UMIN Clinical Trials Registry (UMIN000023456)", ["UMIN000023456"]),
    ("jRCT registration jRCTs031180000", ["jRCTs031180000"]),
    ("再生医療等提供計画 jRCTb050190106", ["jRCTb050190106"]),  # regenerative-medicine plan
    ("Japan Registry of Clinical Trials (jRCT1031180001)", ["jRCT1031180001"]),
    ("Clinical Research Information Service KCT0001234", ["KCT0001234"]),
    ("Thai Clinical Trials Registry TCTR20170101001", ["TCTR20170101001"]),
    ("Pan African Clinical Trials Registry PACTR201509001250388", ["PACTR201509001250388"]),
    ("NCT02912104 and ChiCTR1800015739 name the same trial", ["NCT02912104",
                                                            "ChiCTR1800015739"]),
    ("NCT ID: NCT06841328\nRelated Clinical Trials\nExplore similar clinical trials.\n"
     "Stem Cell Therapy in POF\nNCT01742533\nDetailed Description\nSee NCT02062931.",
     ["NCT06841328", "NCT02062931"]),  # a mirror's sidebar lists other studies
    ("NCT ID: NCT03816852\nSimilar Studies\nNCT02603744\nNCT03069209\n", ["NCT03816852"]),
    # must NOT match
    ("Supported by grant No. 81771539 from the NSFC.", []),  # grant number, no registry prefix
    ("National Key R&D Program of China (2018YFC1004800)", []),  # grant code
    ("NCT0291210 is missing a digit", []),  # NCT ids have eight digits
    ("NCT029121045 has one digit too many", []),
    ("IRCT2019051904 lacks the N suffix", []),  # IRCT ids end in N<digits>
    ("doi: 10.1186/s13287-023-03397-2", []),  # DOI
    ("Phone +98 21 4305 2000", []),  # phone number
    ("ISRCTN1234567 has seven digits", []),
    ("the EudraCT database was searched in 2004-2020", []),  # no id format
    ("KCT00012 is too short", []),
]


def _document(text, kind="text", sections=(), metadata=None, doc_id="sha256:test"):
    return Document(doc_id=doc_id, source="test.txt", kind=kind, title=None, text=text,
                    sections=list(sections), metadata=dict(metadata or {}))


def _values(findings):
    values = []
    for finding in findings:
        if finding.value not in values:
            values.append(finding.value)
    return values


@pytest.mark.parametrize("text,expected", CASES)
def test_registry_ids_in_text(text, expected):
    document = _document(text)
    findings = registry_ids.extract(document, None, Record(doc_id="t", source="t"))
    assert sorted(_values(findings)) == sorted(expected)
    for finding in findings:
        assert finding.quote == text[finding.start:finding.end]


def test_ctgov_record_takes_its_own_id_from_metadata():
    text = "NCT ID: NCT05308342\nBrief Summary\nHuman UC-MSCs for POI."
    document = _document(text, kind="ctgov", sections=[("nct_id", 8, 19)],
                         metadata={"nct_id": "NCT05308342"}, doc_id="NCT05308342")
    findings = registry_ids.extract(document, None, Record(doc_id="t", source="t"))
    assert [f.value for f in findings] == ["NCT05308342"]
    assert findings[0].method == "structured"
    assert findings[0].quote == "NCT05308342"


def test_pubmed_databank_ids_count_as_structured():
    text = "Title\nDataBank: ClinicalTrials.gov NCT02912104\nAbstract without the id."
    start = text.index("DataBank")
    document = _document(text, kind="pubmed", sections=[("databank", start, start + 40)],
                         metadata={"databank_ids": [{"databank": "ClinicalTrials.gov",
                                                     "accession": "NCT02912104"}]})
    findings = registry_ids.extract(document, None, Record(doc_id="t", source="t"))
    assert _values(findings) == ["NCT02912104"]
    assert findings[0].method == "structured"
    assert findings[0].quote == "NCT02912104"


@pytest.mark.parametrize("registry,number,expected", [
    ("NCT", "02912104", "NCT02912104"),
    ("CTRI", "2019 / 05 / 019265", "CTRI/2019/05/019265"),
    ("ChiCTR", "ior-17013556", "ChiCTR-IOR-17013556"),
    ("IRCT", "20190519043634n1", "IRCT20190519043634N1"),
    ("JPRN", "umin000012345", "UMIN000012345"),
    ("JPRN", "JRCTS031180000", "jRCTs031180000"),
    ("JPRN", "JRCTB050190106", "jRCTb050190106"),
])
def test_normalize(registry, number, expected):
    assert registry_ids.normalize(registry, number) == expected
