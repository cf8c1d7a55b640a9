"""Pattern data: every row carries a vocabulary code; phrases are spelled as pages spell them."""
from pathlib import Path

import pytest

from extractor.nlp.patterns import (BLOCK_ID, build_patterns, exact_token_words, phrase_variants,
                                    product_words, site_phrases, split_patterns,
                                    tissue_phrases)
from extractor.nlp.pipeline import SPANS_KEY
from extractor.vocabulary import FIELD_SECTIONS, load_vocabulary

DEV_DOCS = Path(__file__).resolve().parents[2] / "corpora" / "dev" / "docs"

VARIANT_CASES = [
    ("intra-ovarian injection", {"intraovarian injection", "intra ovarian injection",
                                 "intra-ovarian injections"}),
    ("bone marrow-derived stem cells", {"bone marrow derived stem cells",
                                        "bone marrow-derived stem cell"}),
    ("asherman's syndrome", {"asherman’s syndrome", "asherman syndrome"}),
    ("anti-müllerian hormone", {"anti-mullerian hormone", "anti-muellerian hormone",
                                "antimüllerian hormone"}),
    ("intrauterine adhesions", {"intrauterine adhesion"}),
    ("ovaries", {"ovary"}),
    ("embryonic stem cells", {"embryonic stem cell", "embryonic stem cell-derived"}),
    ("umbilical cord-derived stem cells", {"umbilical cord derived stem cell-derived"}),
    ("bone marrow-derived stem cells", {"bone-marrow-derived stem cells",
                                        "bone-marrow derived stem cells"}),
    ("17β-estradiol", {"17beta-estradiol"}),
    ("umbilical cord mscs", {"umbilical cord msc-derived"}),
]


@pytest.mark.parametrize("phrase, expected", VARIANT_CASES)
def test_phrase_variants_cover_real_spellings(phrase, expected):
    assert expected <= set(phrase_variants(phrase))


def test_phrase_variants_do_not_invent_hyphens():
    assert all("-" not in variant for variant in phrase_variants("thin endometrium"))


def test_site_phrases_put_a_preposition_before_the_site():
    phrases = site_phrases("ovaries")
    assert {"into the ovaries", "into both ovaries", "to the ovaries"} <= set(phrases)
    assert "ovaries" not in phrases


def test_tissue_phrases_add_the_derived_form():
    assert tissue_phrases("adipose tissue") == ["adipose tissue", "adipose tissue-derived"]


def test_product_words_join_a_cell_abbreviation_to_its_product():
    words = product_words(["BMSC", "MSC-derived"])
    assert {"BMSC", "BMSC-derived", "BMSC-Exos", "BMSC-EVs", "BMSC-sEVs", "BMSC-CM"} <= set(words)
    assert "MSC-derived-derived" not in words


@pytest.mark.parametrize("label, code, word, expected", [
    ("cell_sources", "adipose_msc", "ADSC-Exos", True),
    ("cell_sources", "bone_marrow_msc", "BMSC-derived", True),
    # must not match: products of products, and abbreviations of other fields
    ("cell_sources", "cell_free_derivative", "EVs-Exos", False),
    ("conditions", "poi", "POI-derived", False),
])
def test_product_words_only_for_cell_codes(label, code, word, expected):
    found = any(word in (exact_token_words(pattern["pattern"]) or [])
                for pattern in build_patterns()
                if pattern["label"] == label and pattern["id"] == code)
    assert found is expected


def test_every_pattern_id_is_a_code_of_its_field():
    vocabulary = load_vocabulary()
    fields = {"cell_tissues": "cell_sources", "route_sites": "routes",
              "condition_fallbacks": "conditions"}
    for pattern in build_patterns():
        label = fields.get(pattern["label"], pattern["label"])
        if label == "cell_origin" or pattern["id"] == BLOCK_ID:
            continue
        assert pattern["id"] in vocabulary[FIELD_SECTIONS[label]], pattern


@pytest.mark.parametrize("pattern, words", [
    ([{"TEXT": {"IN": ["POI", "POF"]}}], ["POI", "POF"]),
    ([{"TEXT": "MENQOL"}], ["MENQOL"]),
    ([{"LOWER": "i.v."}], None),
    ([{"TEXT": "ET"}, {"LOWER": "day"}], None),
    ("premature ovarian failure", None),
])
def test_exact_token_words(pattern, words):
    assert exact_token_words(pattern) == words


def test_split_patterns_keeps_every_case_sensitive_word():
    patterns = [{"label": "conditions", "id": "poi", "pattern": [{"TEXT": {"IN": ["POI", "POF"]}}]},
                {"label": "conditions", "id": "poi", "pattern": "ovarian failure"}]
    ruler, exact = split_patterns(patterns)
    assert [p["pattern"] for p in exact] == ["POI", "POF"]
    assert ruler == [patterns[1]]


# Synonyms that are routes or therapies only in context, by design: "IV" alone is often a Roman
# numeral ("phase IV"), a bare "uterine cavity" is often where adhesions are, and a bare "estrogen"
# is as often a measured level as a treatment.
IN_CONTEXT = {"IV": "IV injection", "uterine cavity": "injected into the uterine cavity",
              "estrogen": "oral estrogen",
              "seminiferous tubules": "injected into the seminiferous tubules"}


def _vocabulary_synonyms():
    """Every written synonym of the vocabulary, except descriptions such as "any other route"."""
    vocabulary = load_vocabulary()
    for field in ("conditions", "cell_sources", "routes", "outcomes", "co_interventions"):
        for code, synonyms in vocabulary[FIELD_SECTIONS[field]].items():
            for synonym in synonyms:
                if "(" not in synonym and not synonym.startswith("any other"):
                    yield pytest.param(field, code, synonym, id=f"{code}:{synonym}")


@pytest.mark.parametrize("field, code, synonym", list(_vocabulary_synonyms()))
def test_every_vocabulary_synonym_is_matched(nlp, field, code, synonym):
    doc = nlp(f"Patients received {IN_CONTEXT.get(synonym, synonym)} here.")
    found = {(s.label_, s.id_) for s in doc.spans[SPANS_KEY]}
    labels = {field, "route_sites"}
    assert any(label in labels and value == code for label, value in found), found


def test_split_regex_patterns_moves_only_one_token_lower_regexes():
    from extractor.nlp.patterns import split_regex_patterns
    regex = {"label": "cell_sources", "id": "bone_marrow_msc",
             "pattern": [{"LOWER": {"REGEX": "^(h)?bm-?mscs?$"}}]}
    two_tokens = {"label": "routes", "id": "intrauterine",
                  "pattern": [{"LOWER": {"REGEX": "^intra-?uterine$"}}, {"LOWER": "infusion"}]}
    other, regexes = split_regex_patterns([regex, two_tokens])
    assert other == [two_tokens]
    assert regexes == [{"label": "cell_sources", "id": "bone_marrow_msc",
                        "regex": "^(h)?bm-?mscs?$"}]


@pytest.mark.parametrize("text, codes", [
    ("Cells (hBM-MSCs) were injected.", ["bone_marrow_msc"]),
    ("hUC-MSC-exos improved repair.", ["cell_free_derivative", "umbilical_cord_msc"]),
    ("The BMX reading was normal.", []),
    # each part of a slash-joined token is tested, case-sensitive words included
    ("Collagen/BMMNCs were placed.", ["bone_marrow_mononuclear"]),
    ("Cells (hUC-MSC/hBM-MSC) were used.", ["bone_marrow_msc", "umbilical_cord_msc"]),
    ("The and/or mg/kg ratio.", []),
    ("Collagen/bmmncs were placed.", []),
])
def test_token_regex_ruler_matches_like_the_token_matcher(nlp, text, codes):
    from extractor.nlp.pipeline import SPANS_KEY
    doc = nlp(text)
    found = sorted({s.id_ for s in doc.spans[SPANS_KEY] if s.label_ == "cell_sources"})
    assert found == codes


def test_an_abbreviation_inherits_every_code_of_its_long_form(nlp):
    from extractor.nlp.pipeline import SPANS_KEY
    doc = nlp("Human umbilical cord mesenchymal stem cell-derived exosomes (hUCMSC-Ex) were "
              "infused. After infusion of hUCMSC-Ex, AMH rose.")
    later = [s for s in doc.spans[SPANS_KEY] if s.text == "hUCMSC-Ex" and s.start > 10]
    assert sorted(s.id_ for s in later) == ["cell_free_derivative", "umbilical_cord_msc"]


@pytest.mark.parametrize("pattern, gate", [
    # the rarest required words: long, not a function word, the smallest set
    ([{"LOWER": {"IN": ["via", "through"]}}, {"LOWER": "the"}, {"LOWER": "veins"}],
     frozenset({"veins"})),
    ([{"LOWER": {"IN": ["sertoli", "leydig"]}}, {"LOWER": "cell", "OP": "?"},
      {"LOWER": {"IN": ["transplantation", "therapies"]}}],
     frozenset({"transplantation", "therapies"})),
    ([{"TEXT": {"IN": ["IV", "i.v."]}}, {"LOWER": "infusion"}], frozenset({"infusion"})),
    # a regex that only lists words names them
    ([{"LOWER": "into"}, {"LOWER": {"REGEX": "^(arteries|artères)$"}}],
     frozenset({"arteries", "artères"})),
    # short or function words give way to a regex token
    ([{"LOWER": {"IN": ["en", "a", "in"]}}, {"LOWER": {"REGEX": "^(?:l['’])?(útero|utero)$"}}],
     "^(?:l['’])?(útero|utero)$"),
    # optional tokens never gate
    ([{"LOWER": "a", "OP": "?"}, {"LOWER": {"REGEX": "^x+$"}}], "^x+$"),
])
def test_gate_of_a_token_pattern(pattern, gate):
    from extractor.nlp.patterns import gate_of
    assert gate_of(pattern) == gate


def test_gated_token_ruler_matches_like_the_span_ruler(nlp):
    """Gating only skips matchers that cannot match: the spans are those spaCy's span ruler
    finds with the same token patterns, on the bundled development documents."""
    import spacy

    from extractor.nlp.patterns import build_patterns, split_patterns, split_token_patterns
    from extractor.nlp.pipeline import SPANS_KEY
    ruler_patterns, _ = split_patterns(build_patterns())
    from extractor.nlp.patterns import split_regex_patterns
    ruler_patterns, _ = split_regex_patterns(ruler_patterns)
    _, token_patterns = split_token_patterns(ruler_patterns)
    assert token_patterns
    reference = spacy.blank("en").add_pipe("span_ruler", config={"spans_key": SPANS_KEY})
    reference.add_patterns(token_patterns)
    gated = nlp.get_pipe("gated_token_ruler")
    texts = [path.read_text(encoding="utf-8")
             for path in sorted(DEV_DOCS.glob("*.txt"))]
    texts += ["Only one ovary will be injected.", "CEFFE, injected via the veins, helped.",
              "La inyección en el útero fue segura.", "Men who cannot produce any sperm."]
    for text in texts:
        doc = nlp.make_doc(text)
        expected = sorted((s.start, s.end, s.label_, s.id_) for s in reference.match(doc))
        assert sorted((s.start, s.end, s.label_, s.id_) for s in gated.match(doc)) == expected
