"""Claim strength and citation detection on real phrasings from clinic pages and news."""
import pytest

from extractor.extract.claims import claim_strength, find_citation, is_claim

STRENGTH = [
    ("Our stem cell therapy restores fertility in women with premature ovarian failure.",
     "unhedged"),
    ("Stem cell treatment cures Asherman syndrome without surgery.", "unhedged"),
    ("78% of our patients became pregnant after ovarian rejuvenation with stem cells.",
     "unhedged"),
    ("Stem cells can activate dormant follicles, increasing the chances of egg production.",
     "unhedged"),
    ("Stem cells may improve ovarian vascularization.", "hedged"),
    ("Early studies suggest that MSCs could help regenerate the endometrium.", "hedged"),
    ("This promising regenerative approach might restore ovarian function.", "hedged"),
    ("The therapy is experimental and not yet proven to increase pregnancy rates.", "hedged"),
    ("By potentially regenerating ovarian function, stem cell treatment offers hope.", "hedged"),
]


@pytest.mark.parametrize("sentence, strength", STRENGTH)
def test_claim_strength(sentence, strength):
    assert claim_strength(sentence)[0] == strength


def test_unhedged_claim_names_its_promise():
    strength, cues = claim_strength("Our clinic reports a 65% pregnancy success rate.")
    assert strength == "unhedged"
    assert "65%" in cues


CLAIMS = [
    ("Stem cell therapy restores ovarian function in women with POI.", True),
    ("Exosome treatment improves endometrial thickness.", True),
    ("Women who received the therapy became pregnant within a year.", True),
    # Not claims: questions, navigation, benefit words about something else.
    ("Can stem cell therapy restore fertility?", False),
    ("Contact us to book your consultation today.", False),
    ("Our parking has improved since the new garage opened.", False),
]


@pytest.mark.parametrize("sentence, expected", CLAIMS)
def test_is_claim(sentence, expected):
    assert is_claim(sentence, coded=[]) is expected


CITATIONS = [
    ("The trial (NCT02240342) showed AMH rose after infusion.", "registry_id", "NCT02240342"),
    ("Results were registered as IRCT20190519043634N1 and restore sperm.", "registry_id",
     "IRCT20190519043634N1"),
    ("See doi:10.1186/s13287-019-1234-5 for the pregnancy data.", "doi",
     "10.1186/s13287-019-1234-5"),
    ("A report (PMID: 31234567) found improved follicles.", "pmid", "31234567"),
    ("The findings were published in the Journal of Human Reproductive Sciences.", "journal",
     "Journal of Human Reproductive Sciences"),
    ("A study published in Human Reproduction found higher pregnancy rates.", "journal",
     "Human Reproduction"),
    ("A 2020 study by Gupta and colleagues reported pregnancies.", "study", None),
    ("Researchers at Stanford University restored ovarian function.", "study", None),
    # Cites nothing verifiable.
    ("Recent studies have shown that stem cells regenerate the endometrium.", "none", None),
    ("Thousands of women have already benefited from our treatment.", "none", None),
]


@pytest.mark.parametrize("sentence, kind, cited", CITATIONS)
def test_find_citation(sentence, kind, cited):
    found_kind, found, start, end = find_citation(sentence, 0, len(sentence))
    assert found_kind == kind
    if cited is not None:
        assert found == cited
    if kind != "none":
        assert sentence[start:end] == found


def test_a_page_mixing_a_cited_study_with_unhedged_promises():
    page = ("A study published in Fertility and Sterility reported two pregnancies. "
            "Our treatment restores fertility for every woman.")
    second = page.index("Our")
    assert find_citation(page, 0, second)[0] == "journal"
    assert find_citation(page, second, len(page))[0] == "none"
    assert claim_strength(page[second:])[0] == "unhedged"


@pytest.mark.parametrize("sentence", [
    "Cell therapy for thin endometrium has shown favorable outcomes.",
    "Stem cells give women with POI better chances of pregnancy.",
])
def test_more_benefit_wording(sentence):
    assert is_claim(sentence, coded=[])
