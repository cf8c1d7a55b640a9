"""Context flags read from a mention's sentence: negation, hedging, background, comparison."""
import pytest

from extractor.nlp import context
from extractor.nlp.pipeline import SPANS_KEY


def flags_of(nlp, text, mention):
    doc = nlp(text)
    span = next(s for s in doc.spans[SPANS_KEY] if s.text == mention)
    return span._.negated, span._.hedged, span._.background, span._.compared


CASES = [
    # text, mention, (negated, hedged, background, compared)
    ("Hysteroscopy confirmed no intrauterine adhesions.", "intrauterine adhesions",
     (True, False, False, False)),
    ("Women without POI were excluded.", "POI", (True, False, False, False)),
    ("Twelve women with POI were treated.", "POI", (False, False, False, False)),
    ("MSCs may restore ovarian function.", "MSCs", (False, True, False, False)),
    ("ADSCs are a promising therapy.", "ADSCs", (False, True, False, False)),
    ("MSCs have differentiation potential and self-renewal ability.", "MSCs",
     (False, False, False, False)),
    ("Previous studies used bone marrow mononuclear cells.", "bone marrow mononuclear cells",
     (False, False, True, False)),
    ("Herraiz et al. reported pregnancies after ADSCs.", "ADSCs", (False, False, True, False)),
    ("Women with POI often experience hot flashes.", "hot flashes", (False, False, True, False)),
    ("Exosomes improved thickness compared with PRP alone.", "PRP", (False, False, False, True)),
    ("Unlike bone marrow mononuclear cells, SVF was used.", "bone marrow mononuclear cells",
     (False, False, False, True)),
]


@pytest.mark.parametrize("text, mention, expected", CASES)
def test_context_flags(nlp, text, mention, expected):
    assert flags_of(nlp, text, mention) == expected


def spans_of(nlp, text, label):
    doc = nlp(text)
    return [s for s in doc.spans[SPANS_KEY] if s.label_ == label]


@pytest.mark.parametrize("text, mention, expected", [
    ("Thin endometrium is associated with recurrent implantation failure (RIF).",
     "recurrent implantation failure", True),
    ("Thin endometrium caused by Asherman syndrome was treated.", "Asherman syndrome", False),
    ("POI leads to infertility.", "infertility", True),
    ("Women with POI and infertility were enrolled.", "infertility", False),
])
def test_is_consequence(nlp, text, mention, expected):
    conditions = spans_of(nlp, text, "conditions")
    span = next(s for s in conditions if s.text == mention)
    assert context.is_consequence(span, conditions) is expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Busulfan was intraperitoneally used for induction.", "intraperitoneally", True),
    ("MSCs were given intraperitoneally to the mice.", "intraperitoneally", False),
])
def test_follows_induction(nlp, text, mention, expected):
    span = next(s for s in spans_of(nlp, text, "routes") if s.text == mention)
    assert context.follows_induction(span) is expected


@pytest.mark.parametrize("text, expected", [
    ("Cells were transplanted into the ovaries.", True),
    ("Transplantation of human UC-MSCs into ovaries of POI patients.", True),
    ("Stem cells could integrate into the ovaries.", False),
    ("Adhesions were seen in the uterine cavity.", False),
])
def test_after_delivery(nlp, text, expected):
    sites = spans_of(nlp, text, "route_sites")
    assert sites and context.after_delivery(sites[-1]) is expected
