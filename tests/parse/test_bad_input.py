"""Every kind of bad input ends in one named error whose message starts with the source.

This is the one error shape the command line and ``ingest_errors`` rely on:
``<source>: <one-line reason>``.
"""
import gzip

import pytest

from extractor.errors import ExtractorError, MalformedInput, UnknownInputKind, UnreadableInput
from extractor.parse import parse_bytes

from .conftest import DATA, shared_file
from .pdf_builder import make_pdf

FILES = [
    ("empty.txt", UnreadableInput, "empty"),
    ("whitespace_only.txt", UnreadableInput, "empty"),
    ("garbage.bin", UnknownInputKind, "binary"),
    ("bad_encoding_latin1.txt", UnreadableInput, "--encoding"),
    ("truncated_pubmed.xml", MalformedInput, "XML is not well-formed"),
    ("malformed_study.json", MalformedInput, "JSON is not well-formed"),
    ("no_studies.json", UnknownInputKind, "neither a ClinicalTrials.gov v2 study"),
    ("studies_not_a_list.json", MalformedInput, "not a list"),
    ("xxe_pubmed.xml", MalformedInput, "entities"),
    ("esearch_not_articles.xml", UnknownInputKind, "eSearchResult"),
    ("wrong_charset_page.html", UnreadableInput, "utf-8"),
    ("unknown_charset_page.html", UnreadableInput, "x-no-such-charset"),
    ("no_text_page.html", MalformedInput, "no readable text"),
]

BYTES = [
    ("truncated.xml.gz", gzip.compress(b"<PubmedArticleSet><PubmedArticle>" * 50)[:40],
     MalformedInput, "gzip"),
    ("scan.pdf", make_pdf(["", ""]), MalformedInput, "no text layer"),
    ("broken.pdf", make_pdf(["Stem cells"])[:70], MalformedInput, "PDF"),
    ("bare.json", b"[1, 2, 3]", MalformedInput, "protocolSection"),
    ("deep.json", b'{"studies": [{"protocolSection": {"identificationModule": {}}}]}',
     MalformedInput, "nctId"),
    ("utf16-without-bom", "NUL".encode("utf-16-le") + b"\x00\x00", UnknownInputKind, "binary"),
]

RECORDED = [
    ("ctgov", "legacy_v1_fullstudies_NCT04780763.json", UnknownInputKind, "retired"),
    ("ctgov", "legacy_xml_NCT02389088_pcos_granulosa.xml", UnknownInputKind, "retired"),
    ("pubmed", "error_429_api_rate_limit_exceeded_esummary.json", UnknownInputKind,
     "API rate limit exceeded"),
    ("pubmed", "esearch_json_retmode_json.json", UnknownInputKind, "ESearch"),
    ("pubmed", "esummary_pubmed_v1_two_ids.xml", UnknownInputKind, "eSummaryResult"),
]


def assert_error_shape(error: ExtractorError, source: str, fragment: str) -> None:
    message = str(error)
    assert message.startswith(f"{source}: ")
    assert "\n" not in message and "Traceback" not in message
    assert fragment.lower() in error.reason.lower()


@pytest.mark.parametrize("name,error_class,fragment", FILES, ids=[row[0] for row in FILES])
def test_bad_files(name, error_class, fragment):
    path = DATA / name
    with pytest.raises(error_class) as caught:
        parse_bytes(path.read_bytes(), str(path))
    assert_error_shape(caught.value, str(path), fragment)


@pytest.mark.parametrize("source,data,error_class,fragment", BYTES, ids=[row[0] for row in BYTES])
def test_bad_bytes(source, data, error_class, fragment):
    with pytest.raises(error_class) as caught:
        parse_bytes(data, source)
    assert_error_shape(caught.value, source, fragment)


@pytest.mark.parametrize("folder,name,error_class,fragment", RECORDED,
                         ids=[row[1] for row in RECORDED])
def test_recorded_responses_that_are_not_documents(folder, name, error_class, fragment):
    path = shared_file(folder, name)
    with pytest.raises(error_class) as caught:
        parse_bytes(path.read_bytes(), path.name)
    assert_error_shape(caught.value, path.name, fragment)


def test_external_entity_is_never_read():
    path = DATA / "xxe_pubmed.xml"
    with pytest.raises(MalformedInput) as caught:
        parse_bytes(path.read_bytes(), str(path))
    assert "root:" not in str(caught.value)


def test_truncated_set_keeps_the_articles_before_the_break():
    path = DATA / "truncated_pubmed.xml"
    with pytest.raises(MalformedInput) as caught:
        parse_bytes(path.read_bytes(), str(path))
    assert [d.doc_id for d in caught.value.partial] == ["PMID:30000001"]
    assert "(line " in caught.value.reason
