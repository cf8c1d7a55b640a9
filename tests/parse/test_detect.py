"""Input kinds are recognised from content, and unknown content is described, not guessed."""
import gzip

import pytest

from extractor.parse import parse_bytes
from extractor.parse.detect import Kind, detect_kind, explain_unknown

CASES = [
    (b'{"protocolSection": {"identificationModule": {}}}', Kind.CTGOV),
    (b'{\n  "studies": [], "nextPageToken": "x"}', Kind.CTGOV),
    (b'{"derivedSection": {}, "protocolSection": {}}', Kind.CTGOV),
    (b'\xef\xbb\xbf{"studies": []}', Kind.CTGOV),
    (b'{"FullStudiesResponse": {}}', Kind.JSON_OTHER),
    (b'{"error":"API rate limit exceeded","count":"4","limit":"3"}', Kind.JSON_OTHER),
    (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "x" "y">\n<PubmedArticleSet>',
     Kind.PUBMED),
    (b"<PubmedArticle><MedlineCitation/></PubmedArticle>", Kind.PUBMED),
    (b'<?xml version="1.0"?><MedlineCitationSet>', Kind.PUBMED),
    (b"\t<!DOCTYPE html><html lang='de'>", Kind.HTML),
    (b'\n<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">', Kind.HTML),
    (b"<clinical_study><id_info/></clinical_study>", Kind.XML_OTHER),
    (b"%PDF-1.7\n", Kind.PDF),
    (gzip.compress(b"<PubmedArticleSet/>"), Kind.GZIP),
    (b"\x00\x01\x02binary\x00", Kind.BINARY),
    ("Stammzellen \u00fcber alles".encode("utf-16"), Kind.TEXT),
    (b"Background: 24 women with POI received stem cells.", Kind.TEXT),
    (b"<div class='abstract'><p>A saved fragment of a page.</p></div>", Kind.HTML),
    (b"<dataset><record/></dataset>", Kind.XML_OTHER),
    # Saved page text whose first line is a "back" link or a comparison, not a tag.
    (b"<<\n\ncells\n\nReview Cellular Therapy via Spermatogonial Stem Cells", Kind.TEXT),
    (b"< Back to news\n\nStem cells restore fertility in mice", Kind.TEXT),
    (b"<40 years old women with POI were enrolled.", Kind.TEXT),
    (b"<!-- saved page --><html><body>", Kind.HTML),
]


@pytest.mark.parametrize("data,kind", CASES)
def test_detect_kind(data, kind):
    assert detect_kind(data) is kind


EXPLAINED = [
    (b'<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE eSearchResult>\n<eSearchResult>',
     "<eSearchResult>"),
    (b"<clinical_study>", "retired classic ClinicalTrials.gov XML"),
    (b"\x00\x00\x00", "binary"),
]


@pytest.mark.parametrize("data,fragment", EXPLAINED)
def test_unknown_kinds_are_described(data, fragment):
    assert fragment in explain_unknown(data, detect_kind(data))


def test_gzip_is_opened_before_detection():
    inner = (b'<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID>'
             b"<Article><ArticleTitle>T</ArticleTitle></Article></MedlineCitation>"
             b"</PubmedArticle></PubmedArticleSet>")
    documents = parse_bytes(gzip.compress(inner), "set.xml.gz")
    assert [d.doc_id for d in documents] == ["PMID:7"]


def test_utf16_with_a_byte_order_mark_is_read_without_an_encoding_option():
    from extractor.parse import parse_bytes
    page = ("<!doctype html><html><head><title>Stammzellen für POI</title></head><body><main>"
            "<p>Zwölf Frauen mit POI erhielten Nabelschnur-MSC.</p></main></body></html>")
    document = parse_bytes(page.encode("utf-16"), "page.html")[0]
    assert (document.kind, document.title) == ("html", "Stammzellen für POI")
    text = parse_bytes("Zwölf Frauen mit POI.".encode("utf-16"), "note.txt")[0]
    assert text.text == "Zwölf Frauen mit POI."
