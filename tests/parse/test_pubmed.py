"""PubMed efetch XML: every recorded file lands, and each field comes from the right element."""
import json

import pytest

from extractor.errors import MalformedInput
from extractor.parse import parse_bytes
from extractor.parse.pubmed import parse_pubmed

from .conftest import FIXTURES, shared_file

SET_HEAD = b'<?xml version="1.0" ?>\n<PubmedArticleSet>'
SET_TAIL = b"</PubmedArticleSet>"


def article(citation: str, pubmed_data: str = "", pmid: str = "31000001") -> bytes:
    """A PubmedArticle with the given Article content (and optional PubmedData)."""
    return (f'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">{pmid}</PMID>'
            f"<Article>{citation}</Article></MedlineCitation>"
            f"<PubmedData>{pubmed_data}</PubmedData></PubmedArticle>").encode()


def one(xml: bytes):
    documents = parse_pubmed(SET_HEAD + xml + SET_TAIL, "test.xml")
    assert len(documents) == 1
    return documents[0]


def manifest_rows():
    path = FIXTURES / "peer" / "manifest.json"
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="shared fixtures absent"))]
    rows = [row for row in json.loads(path.read_text()) if row["kind"] == "pubmed"]
    return [pytest.param(row, id=row["file"].split("/")[-1]) for row in rows]


def expected_documents(detail: dict) -> int:
    """Articles plus book articles; the legacy bulk set holds bare MedlineCitation records."""
    if detail["root"] == "MedlineCitationSet":
        return detail["MedlineCitation_total"]
    return detail["PubmedArticle"] + detail["PubmedBookArticle"]


@pytest.mark.parametrize("row", manifest_rows())
def test_every_peer_file_lands(row):
    path = shared_file("peer", row["file"])
    documents = parse_bytes(path.read_bytes(), str(path))
    detail = row["detail"]
    if detail["root"] == "html":
        assert [d.kind for d in documents] == ["html"]
        return
    assert len(documents) == expected_documents(detail)
    # bulk files may hold several versions of one PMID, never the same version twice
    versions = {(d.metadata["pmid"], d.metadata["pmid_version"]) for d in documents}
    assert len(versions) == len(documents)
    for document in documents:
        assert document.kind == "pubmed" and document.doc_id.startswith("PMID:")
        for name, start, end in document.sections:
            assert 0 <= start < end <= len(document.text), name


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "pubmed").glob("efetch*")))
def test_every_dev_efetch_file_lands(name):
    path = shared_file("pubmed", name)
    documents = parse_bytes(path.read_bytes(), str(path))
    assert documents and all(d.metadata["pmid"] for d in documents)


RECORDED_FACTS = [
    # file, pmid, metadata key, expected value (facts stated in the fixtures' provenance notes)
    ("efetch_pmid22663011_rct_phase3_databank_nct.xml", "22663011", "databank_ids",
     ["NCT01245062"]),
    ("efetch_pmid29768149_rct_phase3_databank_nct_reindented.xml", "29768149", "databank_ids",
     ["NCT02149199"]),
    ("efetch_pmid33856845_systematic_review.xml", "33856845", "abstract_labels",
     ["OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS AND IMPLICATIONS FOR PRACTICE"]),
    ("efetch_pmid38763967_case_report.xml", "38763967", "publication_types",
     ["Case Reports", "Journal Article"]),
    ("efetch_two_articles_review_and_unstructured_rettype_abstract.xml", "12091962", "pub_date",
     "1990"),
    ("efetch_pmid35830032_meta_analysis.xml", "35830032", "is_book", False),
]


@pytest.mark.parametrize("name,pmid,key,expected", RECORDED_FACTS)
def test_recorded_facts(name, pmid, key, expected):
    path = shared_file("pubmed", name)
    documents = {d.metadata["pmid"]: d for d in parse_pubmed(path.read_bytes(), name)}
    if isinstance(expected, list) and key == "publication_types":
        assert set(expected) <= set(documents[pmid].metadata[key])
    else:
        assert documents[pmid].metadata[key] == expected


def test_cited_papers_ids_are_not_the_articles_own():
    path = shared_file("pubmed", "efetch_pmid38763967_case_report.xml")
    document = parse_pubmed(path.read_bytes(), path.name)[0]
    assert document.doc_id == "PMID:38763967"
    assert document.metadata["pmc"] and document.metadata["pmc"].startswith("PMC")


def test_title_inline_markup_is_flattened():
    path = shared_file("pubmed", "efetch_pmid27797938_structured_abstract_inline_markup.xml")
    document = parse_pubmed(path.read_bytes(), path.name)[0]
    assert "TERT" in document.title and "<i>" not in document.text


ABSTRACTS = [
    # AbstractText attributes, expected section name, expected printed start of the paragraph
    ('Label="BACKGROUND" NlmCategory="BACKGROUND"', "background", "BACKGROUND: "),
    ('Label="OBJECTIVES" NlmCategory="OBJECTIVE"', "objective", "OBJECTIVES: "),
    ('Label="CONCLUSION"', "conclusion", "CONCLUSION: "),
    ('Label="PATIENTS AND METHODS" NlmCategory="UNASSIGNED"', "patients_and_methods",
     "PATIENTS AND METHODS: "),
    ("", "abstract_text", "Women with premature"),
]


@pytest.mark.parametrize("attributes,section,printed", ABSTRACTS)
def test_abstract_section_names(attributes, section, printed):
    body = "Women with premature ovarian insufficiency received stem cells."
    document = one(article(f"<ArticleTitle>T</ArticleTitle><Abstract>"
                           f"<AbstractText {attributes}>{body}</AbstractText></Abstract>"))
    spans = {name: document.text[start:end] for name, start, end in document.sections}
    assert spans[section].startswith(printed) and spans[section].endswith(body)
    assert spans["abstract"] == spans[section]


def test_copyright_is_not_abstract_text():
    document = one(article("<ArticleTitle>T</ArticleTitle><Abstract><AbstractText>Cells were "
                           "given.</AbstractText><CopyrightInformation>(c) 2020 Publisher"
                           "</CopyrightInformation></Abstract>"))
    assert "Publisher" not in document.text


TITLES = [
    ("Stem cells in <i>vitro</i> and <sup>99m</sup>Tc", "Stem cells in vitro and 99mTc"),
    ('CD34<sup>+</sup> cells <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">'
     "<mml:mi>n</mml:mi></mml:math> = 5", "CD34+ cells n = 5"),
    ("Ovarian\n        rejuvenation   with PRP<!-- note -->.", "Ovarian rejuvenation with PRP."),
]


@pytest.mark.parametrize("markup,expected", TITLES)
def test_titles(markup, expected):
    document = one(article(f"<ArticleTitle>{markup}</ArticleTitle>"))
    assert document.title == expected
    assert document.text.startswith(expected)


DATES = [
    ("<Year>2019</Year><Month>Jul</Month><Day>4</Day>", "2019-07-04"),
    ("<Year>2019</Year><Month>07</Month>", "2019-07"),
    ("<Year>1990</Year><Season>Spring</Season>", "1990"),
    ("<MedlineDate>1998 Dec-1999 Jan</MedlineDate>", "1998"),
    ("<Year>2001</Year><Month>Sept</Month><Day>x</Day>", "2001-09"),
]


@pytest.mark.parametrize("pub_date,expected", DATES)
def test_pub_dates(pub_date, expected):
    xml = article(f"<Journal><JournalIssue><PubDate>{pub_date}</PubDate></JournalIssue>"
                  "<Title>Fertil Steril</Title></Journal><ArticleTitle>T</ArticleTitle>")
    assert one(xml).metadata["pub_date"] == expected


def test_trailer_lines_quote_structured_fields():
    xml = article(
        "<Journal><Title>Stem Cell Res Ther</Title></Journal><ArticleTitle>T</ArticleTitle>"
        "<PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType>"
        "<PublicationType>Journal Article</PublicationType></PublicationTypeList>"
        "<DataBankList><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>"
        "<AccessionNumberList><AccessionNumber>NCT02696889</AccessionNumber>"
        "<AccessionNumber>NCT03033277</AccessionNumber></AccessionNumberList></DataBank>"
        "</DataBankList>",
        '<ArticleIdList><ArticleId IdType="doi">10.1186/s13287-020-1</ArticleId></ArticleIdList>')
    document = one(xml)
    lines = [(name, document.text[start:end]) for name, start, end in document.sections]
    assert ("publication_types",
            "Publication types: Randomized Controlled Trial; Journal Article") in lines
    assert ("databank", "Registration: ClinicalTrials.gov NCT03033277") in lines
    assert ("doi", "DOI: 10.1186/s13287-020-1") in lines
    assert ("journal", "Journal: Stem Cell Res Ther") in lines
    assert document.metadata["databank_ids"] == ["NCT02696889", "NCT03033277"]


def test_missing_fields_are_none_or_empty():
    document = one(article("<ArticleTitle>Only a title</ArticleTitle>"))
    metadata = document.metadata
    assert metadata["doi"] is None and metadata["journal"] is None
    assert metadata["mesh_terms"] == [] and metadata["databank_ids"] == []
    assert [name for name, _, _ in document.sections] == ["title"]


def test_deleted_citations_give_no_document():
    xml = article("<ArticleTitle>Kept</ArticleTitle>") + \
        b'<DeleteCitation><PMID Version="1">123</PMID><PMID Version="1">456</PMID></DeleteCitation>'
    assert [d.doc_id for d in parse_pubmed(SET_HEAD + xml + SET_TAIL, "t")] == ["PMID:31000001"]


def test_empty_set_gives_no_documents():
    assert parse_pubmed(SET_HEAD + SET_TAIL, "t") == []


def test_book_article():
    xml = (b'<PubmedBookArticle><BookDocument><PMID Version="1">20301577</PMID><Book>'
           b"<BookTitle>GeneReviews<sup>&#xae;</sup></BookTitle><PubDate><Year>1993</Year>"
           b"</PubDate></Book><ArticleTitle><i>FMR1</i> Disorders</ArticleTitle>"
           b"<PublicationType>Review</PublicationType><Abstract><AbstractText Label=\"SUMMARY\">"
           b"Premature ovarian insufficiency.</AbstractText></Abstract></BookDocument>"
           b"</PubmedBookArticle>")
    document = one(xml)
    assert document.title == "FMR1 Disorders"
    assert document.metadata["is_book"] is True
    assert document.metadata["journal"] == "GeneReviews\u00ae"
    assert document.metadata["publication_types"] == ["Review"]


def test_truncation_after_complete_articles():
    xml = SET_HEAD + article("<ArticleTitle>First</ArticleTitle>", pmid="1") + \
        article("<ArticleTitle>Second</ArticleTitle>", pmid="2")[:60]
    with pytest.raises(MalformedInput) as caught:
        parse_pubmed(xml, "cut.xml")
    assert [d.doc_id for d in caught.value.partial] == ["PMID:1"]
    assert caught.value.reason.startswith("XML is not well-formed: ")
