"""cell_origin: autologous or allogeneic cells, from real phrasings."""
import pytest

from extractor.extract import cell_attributes

CASES = [
    ("Autologous bone marrow-derived MSCs were injected.", ["autologous"]),
    ("Using stem cells extracted from the patient's own bone marrow.", ["autologous"]),
    ("BM-MSCs were autotransplanted into the testicular network.", ["autologous"]),
    ("Allogenic hAECs were infused.", ["allogeneic"]),
    ("Menstrual blood is collected from healthy donors.", ["allogeneic"]),
    # must not match
    ("Previous studies used autologous cells. We infused hAECs.", []),
    ("Umbilical cord MSCs were infused.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cell_origin(field_values, text, expected):
    assert field_values(cell_attributes, text) == expected
