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
    ("Fertility Enhancement Through Regenerative Treatment in Ovaries and Testes\nThis study "
     "will include 60 participants aged 20-50 years. Participants will receive intra-gonadal "
     "injections of stem cells.\n• Willing and able to provide informed consent.",
     True),  # a trial-finder listing without its id is still a registry record
    ("Clinical trials phase Phase 1\nStart date (estimated) 2019-04-03\nEnd date (estimated) "
     "2021-12-31\nNCT number\nOther study identifiers", True),  # id cut from the mirror
    # must NOT be registered
    ("Stem Cell Treatment\nRecent studies grew sperm in the lab. The method is not offered to "
     "the patients unless it is approved clinically.", False),  # a clinic page, no trial
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
