"""co_interventions: what was given with the cells, comparators dropped."""
import pytest

from extractor.extract import co_interventions

CASES = [
    ("hUC-MSCs loaded collagen scaffold (hUC-MSC/CS) were implanted.", ["collagen_scaffold"]),
    ("MSCs combined with hormone replacement therapy (HRT).", ["hormone_therapy"]),
    ("Hysteroscopic adhesiolysis plus MSCs.", ["surgery"]),
    ("BM-MSCs were injected during microTESE.", ["surgery"]),
    ("Outcomes of IVF after hAMSCs injection.", ["art"]),
    ("Cells were given with G-CSF.", ["g_csf"]),
    ("Autologous PRP was injected with the cells.", ["prp"]),
    # must not match: comparators and background
    ("Exosomes were compared with PRP.", []),
    ("Previous studies used G-CSF.", []),
    ("Women received MSCs alone.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_co_interventions(field_values, text, expected):
    assert sorted(field_values(co_interventions, text)) == sorted(expected)
