"""``registered``: a registry record, or any document that names a registration id."""
import pytest

from extractor.document import Document
from extractor.extract import build_record

CASES = [
    ("Study Type\nINTERVENTIONAL\nAllocation\nNA\nMasking\nNONE\nEnrollment\n12", True),
    ("Abstract\nMethods\nWe enrolled 35 women.\nResults\nAMH improved (P < 0.05). This trial "
     "was registered at www.clinicaltrials.gov as NCT02912104.", True),
    ("Abstract\nMethods\nWe recruited 80 men.\nResults\nSperm appeared "
     "(registration number IRCT20190519043634N1).", True),
    # must NOT be registered
    ("Abstract\nMethods\nWe enrolled 35 women.\nResults\nAMH improved (P < 0.05). Supported by "
     "grant No. 81771539.", False),  # a grant number is not a registration
    ("Abstract\nMethods\nTwelve women were enrolled.\nResults\nThe trial registration is "
     "available online.", False),  # registration mentioned, no id in the text
]


@pytest.mark.parametrize("text,expected", CASES)
def test_registered(nlp, text, expected):
    document = Document(doc_id="sha256:test", source="test.txt", kind="text", title=None,
                        text=text)
    record = build_record(document, nlp(text))
    assert record.registered is expected
    finding = next(f for f in record.evidence if f.field == "registered")
    assert finding.quote == text[finding.start:finding.end]
