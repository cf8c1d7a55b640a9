"""The pipeline: tokens, sentences, sections, longest matches, abbreviations and context flags."""
import re
import warnings

import pytest

from extractor.nlp.pipeline import SPANS_KEY, _new_pipeline


def spans(doc, label):
    return [(s.text, s.id_) for s in doc.spans[SPANS_KEY] if s.label_ == label]


@pytest.mark.parametrize("text, token", [
    ("Cells were given (1×10^6/kg) twice.", "6/kg"),
    ("CD133+ cells were sorted.", "CD133"),
    ("hUC-MSCs were loaded on a scaffold.", "hUC-MSCs"),
    ("BM-MSCs were cultured.", "BM-MSCs"),
])
def test_tokenizer_keeps_biomedical_tokens(nlp, text, token):
    assert token in [t.text for t in nlp(text)]


@pytest.mark.parametrize("text, tokens", [
    # French and Italian elisions are split off the word they are written onto
    ("atteintes d’insuffisance ovarienne", ["atteintes", "d’", "insuffisance", "ovarienne"]),
    ("impiantate nell’utero", ["impiantate", "nell’", "utero"]),
    ("l'Asherman", ["l'", "Asherman"]),
    # must not split: English contractions and names
    ("O’Brien don’t", ["O’Brien", "do", "n’t"]),
    ("it's", ["it", "'s"]),
])
def test_tokenizer_splits_elided_articles(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("text, sentences", [
    ("Enrollment\n12\nAllocation\nNA", 4),
    ("Women were treated. AMH rose.", 2),
    ("MSCs (MSC stem cells)  derived from bone marrow.", 1),
    ("The dose was 1.5 million cells per kg.", 1),
    # a long line wrapped before a lower-case word goes on; labels and short lines still end
    ("In this experimental study, Donor MSCs were isolated\nfrom bone marrow of rats.", 1),
    ("Conditions:\nthin endometrium\nInterventions\ncells", 4),
    ("In this experimental study, Donor MSCs were isolated\n\nfrom bone marrow of rats.", 2),
    # cell and molecule names open a sentence in lower case: hAECs, iPSCs, mRNA
    ("Cells came from amnion. hAECs retain stemness.", 2),
    ("AMH rose. mRNA levels fell. iPSCs were made.", 3),
    ("It was given i.e. once.", 1),
])
def test_sentences_end_at_full_stops_and_line_breaks(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


def test_longest_match_wins_within_a_field(nlp):
    doc = nlp("We gave bone marrow mononuclear cells.")
    assert spans(doc, "cell_sources") == [("bone marrow mononuclear cells",
                                           "bone_marrow_mononuclear")]
    assert spans(doc, "cell_tissues") == []


def test_fields_do_not_compete(nlp):
    doc = nlp("Women with low AMH were enrolled.")
    assert ("low AMH", "dor") in spans(doc, "conditions")
    assert ("AMH", "amh") in spans(doc, "outcomes")


def test_blocker_swallows_a_mention_and_disappears(nlp):
    doc = nlp("Sperm retrieval methods, like micro-TESE, are used.")
    assert spans(doc, "outcomes") == []
    assert all(s.id_ != "not_a_mention" for s in doc.spans[SPANS_KEY])


def test_abbreviation_inherits_the_long_form_code(nlp):
    doc = nlp("We used human umbilical cord mesenchymal stem cells (hUCMSCs). "
              "The hUCMSCs were thawed.")
    found = [(s.text, s.id_) for s in doc.spans[SPANS_KEY] if s.label_ == "cell_sources"]
    assert found.count(("hUCMSCs", "umbilical_cord_msc")) == 2


def test_abbreviation_of_a_condition(nlp):
    doc = nlp("Asherman's syndrome (AS) is rare. Ten AS patients were treated.")
    assert ("AS", "asherman") in spans(doc, "conditions")


def test_case_sensitive_abbreviations_do_not_match_lower_case(nlp):
    assert spans(nlp("The poi of the study."), "conditions") == []
    assert spans(nlp("Women with POI."), "conditions") == [("POI", "poi")]


@pytest.mark.parametrize("text, section_of_mention", [
    ("Background:\nMSCs may help.\nMethods:\nWe injected MSCs.", ["background", "methods"]),
    ("Inclusion criteria: women with POI, Exclusion criteria: azoospermia", ["inclusion",
                                                                            "exclusion"]),
    ("Keywords: RIF; MSC\nResults\nRIF fell.", ["keywords", "keywords", "results"]),
    # A keyword list under its own heading line is the first line of text below it; the
    # summary after it, under a heading of no known name, is no keyword.
    ("Keywords\n\nMen Infertility Azoospermia\n\nSite Summary\n\nMen with azoospermia get "
     "MSCs.", ["keywords", "keywords", None, None]),
    ("Women with POI received MSCs.", [None, None]),
    # A structured abstract run on as one paragraph still opens its sections.
    ("Background: POI is common. Methods: Rats received MSCs. Results: POI improved.",
     ["background", "methods", "results"]),
    # Eligibility labels after a colon or a bullet.
    ("Eligibility Criteria: Criteria: Inclusion Criteria: * women with POI; Exclusion "
     "Criteria: * azoospermia", ["inclusion", "exclusion"]),
    # A registry mirror's arms and sites headings end its eligibility criteria.
    ("Exclusion Criteria:\n- azoospermia\nSites / Locations\n- IVI Madrid\nArms of the Study\n"
     "Women with POI receive MSCs.", ["exclusion", "interventions", "interventions"]),
    # A question heading of a clinic page's explainer.
    ("What are Stem Cells?\nEmbryonic stem cells come from blastocysts.", ["background"]),
    # Headings after JATS section tags, as in abstracts from publisher metadata.
    ("Abstract<jats:sec> Background POI is common.</jats:sec><jats:sec> Case presentation We "
     "injected MSCs in two women.</jats:sec>", ["background", "results"]),
    ("<jats:sec><jats:title>Methods</jats:title> Rats received MSCs.", ["methods"]),
    # A journal page's links to neighbouring articles and its reader settings: the linked title
    # is another article's, and "Background:" among the settings is a colour, so this
    # article's title after them belongs to no section.
    ("Previous Article in Journal\nPeripheral Blood Mononuclear Cells in Colorectal Carcinoma\n"
     "Font Type:\nArial Georgia Verdana\nColumn Width:\nBackground:\nReview\n\n"
     "Mesenchymal Stem Cell Conditioned Medium for Ovarian Aging\n\nAbstract\nMSCs help.",
     ["page_links", None, None, None, "abstract"]),
    # Eligibility worded as what participation requires or restricts; author contributions.
    ("participation requirements\nWomen with POI\nparticipation restrictions\nAzoospermia",
     ["inclusion", "exclusion"]),
    ("Results:\nPOI improved.\nAuthor contributions: KB cultured the MSCs.",
     ["results", "end_matter"]),
    # A real background heading after the settings block's line still opens its section.
    ("Column Width:\nBackground:\nReview\n\nBackground:\nMSCs may help.", ["background"]),
    # A scholarly index page's reference titles.
    ("UC-MSCs in rat uterine scars\nList of references\n8. March CM. Asherman's syndrome.",
     [None, "references"]),
    ("Testicular tissue engineering\nСписок літератури\nCakici, Recovery of fertility in "
     "azoospermia rats", ["references"]),
    # must not open: a journal page's menu links above the abstract
    ("Secciones\nReferencias\nResumen\nTerapias para el síndrome de Asherman", [None]),
])
def test_section_tagger(nlp, text, section_of_mention):
    doc = nlp(text)
    mentions = [s for s in doc.spans[SPANS_KEY] if s.label_ in ("cell_sources", "conditions")]
    assert [s._.section for s in mentions] == section_of_mention


def test_headings_inside_sentences_do_not_open_sections(nlp):
    doc = nlp("The results of the background check were fine.")
    assert doc._.sections == []


def test_a_jats_tag_before_plain_words_opens_no_section(nlp):
    doc = nlp("<jats:sec> Women with POI received MSCs.</jats:sec>")
    assert doc._.sections == []


@pytest.mark.parametrize("text", [
    "The methods: injection and infusion were compared.",
    "We compared two results: both were good.",
    "Recruitment ended. results: pending.",
])
def test_lower_case_or_unpunctuated_labels_open_no_run_on_section(nlp, text):
    assert nlp(text)._.sections == []


def test_offsets_index_the_original_text(nlp):
    text = "Intra-ovarian injection of MenSCs\u00a0in 10\u2009women with POR."
    doc = nlp(text)
    assert doc.text == text
    for span in doc.spans[SPANS_KEY]:
        assert text[span.start_char:span.end_char] == span.text


@pytest.mark.parametrize("text, label, quote", [
    # a phrase wrapped over a line matches, quoted from the original text
    ("The recipients were given busulfan, and then the MSCs were injected into the left\n"
     "testes of each rat.", "route_sites", "into the left\ntestes"),
    # ... in any script: Bulgarian news wrapped inside "ovarian insufficiency"
    ("Изследователите провели опитни изследвания върху 45 мишки с химично индуцирана овариална\n"
     "недостатъчност.", "conditions", "овариална\nнедостатъчност"),
    # a slash-joined word is read part by part
    ("Rates of gestational sacs/embryos were compared.", "outcomes", "gestational sacs/embryos"),
    # a no-break space kept as a token, or a double space, inside a phrase
    ("The ovarian and uterine\u00a0 stem cells were reviewed.", "cell_sources",
     "uterine\u00a0 stem cells"),
    ("Cells were injected into the\u00a0ovaries.", "route_sites", "into the\u00a0ovaries"),
])
def test_phrases_across_wrapped_lines_and_slashes(nlp, text, label, quote):
    doc = nlp(text)
    found = [s for s in doc.spans[SPANS_KEY] if s.label_ == label]
    assert [text[s.start_char:s.end_char] for s in found] == [quote]


@pytest.mark.parametrize("text", [
    "Conditions:\nthin endometrium",            # a label line keeps its break
    "MSCs were injected into the left\n\ntestes of rats.",  # a blank line ends the paragraph
    # a capital after the break opens a new line in any script
    "Изследователите провели опитни изследвания върху 45 мишки с химично индуцирана овариална\n"
    "Недостатъчност.",
])
def test_no_phrase_across_unwrapped_breaks(nlp, text):
    doc = nlp(text)
    assert not [s for s in doc.spans[SPANS_KEY] if "\n" in s.text]


def test_building_the_pipeline_prints_no_warning():
    """A user running a command sees no regex or matcher warning from the libraries."""
    re.purge()  # a pattern compiled earlier in this process would not warn again
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _new_pipeline()
    # W036 (an empty matcher) is silenced for the whole process in pipeline.py.
    assert [str(w.message) for w in caught if "[W036]" not in str(w.message)] == []
