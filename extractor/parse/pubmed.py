"""PubMed efetch XML (``PubmedArticleSet``) into one :class:`Document` per article.

Streaming and cut one function per field, after ``pubmed_parser/medline_parser.py``: each
``parse_*`` function takes the element it reads and returns a value, ``None`` or ``[]``, never
``""``. The XML parser never resolves entities, never loads the DTD named in the DOCTYPE and
never touches the network; a document that declares its own entities is refused outright,
because efetch never sends one and such a declaration is how external-entity attacks start.

Broken XML: :func:`iter_pubmed` yields every article that closed before the break, then raises
:class:`MalformedInput`. :func:`parse_pubmed` collects them and, on that error, attaches the
documents parsed so far as ``error.partial`` so a caller can keep them.
"""
import io
import re
from collections.abc import Iterator

from lxml import etree

from ..document import Document
from ..errors import MalformedInput, UnknownInputKind
from .layout import TextBuilder, squash

ARTICLE_TAGS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation")
# Roots of efetch output: a set, a bare record (as NCBI's own tools write one), and the legacy
# (pre-2017) bulk MedlineCitationSet whose records are bare MedlineCitation elements.
ROOT_TAGS = ("PubmedArticleSet", "PubmedArticle", "PubmedBookArticle", "MedlineCitationSet")
# The options that keep the parser off the network and the file system (see the module docstring).
PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False,
                  "huge_tree": False}

MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_POSITION_SUFFIX = re.compile(r",? line \d+, column \d+$")


def parse_pubmed(data: bytes, source: str) -> list[Document]:
    """Every article in an efetch response, in document order.

    :param data: the efetch body (``PubmedArticleSet``; a bare ``PubmedArticle`` or a legacy
        ``MedlineCitationSet`` is read the same way)
    :param source: path or URL, stored with each document and named in errors
    :raises MalformedInput: when the XML is broken; ``error.partial`` holds the articles that
        were complete before the break
    """
    documents: list[Document] = []
    try:
        for document in iter_pubmed(data, source):
            documents.append(document)
    except MalformedInput as error:
        error.partial = documents
        raise
    return documents


def iter_pubmed(data: bytes, source: str) -> Iterator[Document]:
    """Yield one :class:`Document` per ``PubmedArticle`` / ``PubmedBookArticle``.

    ``DeleteCitation`` blocks yield nothing. Each finished article is cleared from the tree, so
    memory stays flat on bulk files.
    """
    refuse_entity_declarations(data, source)
    events = etree.iterparse(io.BytesIO(data), events=("end",), tag=ARTICLE_TAGS,
                             **PARSER_OPTIONS)
    try:
        for _, element in events:
            if _inside_article(element):
                continue  # a MedlineCitation is read with its PubmedArticle, not on its own
            document = parse_article(element, source)
            _release(element)
            if document is not None:
                yield document
    except etree.XMLSyntaxError as error:
        raise MalformedInput(source, describe_syntax_error(error)) from None
    check_root(events.root, source)


def check_root(root, source: str) -> None:
    """Raise :class:`UnknownInputKind` for well-formed XML that is not PubMed efetch output."""
    tag = root.tag if root is not None else None
    if tag not in ROOT_TAGS:
        raise UnknownInputKind(source, f"XML with root <{tag}> is not a PubMed efetch "
                                       "PubmedArticleSet; fetch with retmode=xml")


def refuse_entity_declarations(data: bytes, source: str) -> None:
    """Raise if the prolog declares entities (an internal DTD subset with ``<!ENTITY``)."""
    root = _FIRST_ELEMENT.search(data)
    prolog_end = root.start() if root else len(data)
    if data.find(b"<!ENTITY", 0, prolog_end) != -1:
        raise MalformedInput(source, "the XML declares its own entities (<!ENTITY ...> in the "
                                     "DOCTYPE), which PubMed never sends; refusing to read it")


def describe_syntax_error(error: etree.XMLSyntaxError) -> str:
    """``XML is not well-formed: <lxml message> (line N)``."""
    message = _POSITION_SUFFIX.sub("", (error.msg or "unexpected end of input").strip())
    line = error.position[0] if error.position else error.lineno
    return f"XML is not well-formed: {message} (line {line})"


def parse_article(element, source: str) -> Document | None:
    """One article element (journal, book, or bare legacy ``MedlineCitation``) as a Document."""
    if element.tag == "PubmedBookArticle":
        fields = parse_book_fields(element)
    else:
        fields = parse_journal_fields(element)
    if fields["pmid"] is None:
        return None
    return build_document(fields, source)


def parse_journal_fields(element) -> dict:
    """The fields of a ``PubmedArticle`` (or of a bare ``MedlineCitation``)."""
    citation = element if element.tag == "MedlineCitation" else element.find("MedlineCitation")
    if citation is None:
        citation = etree.Element("MedlineCitation")
    article = citation.find("Article")
    ids = parse_article_ids(element.find("PubmedData/ArticleIdList"))
    return {
        "pmid": parse_pmid(citation),
        "pmid_version": parse_pmid_version(citation),
        "title": parse_title(article),
        "abstract": parse_abstract_sections(article),
        "journal": parse_journal(citation),
        "publication_types": parse_publication_types(article),
        "mesh_terms": parse_mesh_terms(citation),
        "databanks": parse_databank_ids(article),
        "doi": ids.get("doi") or parse_elocation_doi(article),
        "pmc": ids.get("pmc"),
        "pub_date": parse_pub_date(article),
        "language": parse_language(article),
        "is_book": False,
    }


def parse_book_fields(element) -> dict:
    """The fields of a ``PubmedBookArticle`` (a book chapter such as a GeneReviews entry)."""
    book_document = element.find("BookDocument")
    if book_document is None:
        book_document = etree.Element("BookDocument")
    ids = parse_article_ids(element.find("PubmedBookData/ArticleIdList"))
    ids.update({k: v for k, v in parse_article_ids(book_document.find("ArticleIdList")).items()
                if k not in ids})
    return {
        "pmid": parse_pmid(book_document),
        "pmid_version": parse_pmid_version(book_document),
        "title": parse_title(book_document) or flatten_text(book_document.find("Book/BookTitle")),
        "abstract": parse_abstract_sections(book_document),
        "journal": flatten_text(book_document.find("Book/BookTitle")),
        "publication_types": parse_publication_types(book_document),
        "mesh_terms": [],
        "databanks": [],
        "doi": ids.get("doi"),
        "pmc": ids.get("pmc"),
        "pub_date": parse_pub_date(book_document.find("Book")),
        "language": parse_language(book_document),
        "is_book": True,
    }


def flatten_text(element) -> str | None:
    """Text content with inline markup (``<i>``, ``<sup>``, MathML) flattened, whitespace squashed.

    Comments and unexpanded entity references contribute nothing, but the text after them is
    kept (``itertext`` would include the literal ``&name;``).
    """
    if element is None:
        return None
    return squash("".join(_text_parts(element)))


def parse_pmid(citation) -> str | None:
    """The record's own PMID: the direct ``PMID`` child, never one nested in comments or refs."""
    if citation is None:
        return None
    return squash(citation.findtext("PMID"))


def parse_pmid_version(citation) -> int | None:
    """``PMID/@Version``: bulk files can carry versions 1, 2, 3 of one citation side by side."""
    node = citation.find("PMID") if citation is not None else None
    value = node.get("Version") if node is not None else None
    return int(value) if value and value.isdigit() else None


def parse_title(article) -> str | None:
    """``ArticleTitle`` with inline markup flattened."""
    if article is None:
        return None
    return flatten_text(article.find("ArticleTitle"))


def parse_abstract_sections(article) -> list[tuple[str, str | None, str]]:
    """Abstract parts as ``(section name, printed label or None, text)``.

    The section name is NLM's ``NlmCategory`` lower-cased, else the publisher's ``Label``
    lower-cased (non-word runs become ``_``), else ``abstract_text``. ``UNASSIGNED`` counts
    as no category. ``CopyrightInformation`` is not abstract text and is left out.
    """
    if article is None:
        return []
    parts = []
    for node in article.findall("Abstract/AbstractText"):
        text = flatten_text(node)
        if text:
            label = squash(node.get("Label"))
            category = squash(node.get("NlmCategory"))
            if category and category.upper() == "UNASSIGNED":
                category = None
            parts.append((_section_name(category or label), label or category, text))
    return parts


def parse_publication_types(article) -> list[str]:
    """``PublicationType`` values as written (``Randomized Controlled Trial``, ``Review``...)."""
    if article is None:
        return []
    nodes = article.findall("PublicationTypeList/PublicationType") + \
        article.findall("PublicationType")
    return _unique(flatten_text(node) for node in nodes)


def parse_mesh_terms(citation) -> list[str]:
    """MeSH descriptor names, in record order, without qualifiers."""
    nodes = citation.findall("MeshHeadingList/MeshHeading/DescriptorName")
    return _unique(flatten_text(node) for node in nodes)


def parse_databank_ids(article) -> list[tuple[str | None, str]]:
    """``(DataBankName, AccessionNumber)`` pairs, e.g. ``("ClinicalTrials.gov", "NCT01245062")``."""
    if article is None:
        return []
    pairs = []
    for bank in article.findall("DataBankList/DataBank"):
        name = squash(bank.findtext("DataBankName"))
        for node in bank.findall("AccessionNumberList/AccessionNumber"):
            accession = squash(node.text)
            if accession and (name, accession) not in pairs:
                pairs.append((name, accession))
    return pairs


def parse_article_ids(id_list) -> dict[str, str]:
    """``IdType`` → id from one ``ArticleIdList`` (pass ``PubmedData/ArticleIdList`` directly:
    ``ReferenceList`` nests the cited papers' ids, which are not this article's)."""
    if id_list is None:
        return {}
    ids = {}
    for node in id_list.findall("ArticleId"):
        kind, value = (node.get("IdType") or "").lower(), squash(node.text)
        if kind and value and kind not in ids:
            ids[kind] = value
    return ids


def parse_elocation_doi(article) -> str | None:
    """The DOI from ``ELocationID[@EIdType="doi"]``, for records whose id list lacks one."""
    if article is None:
        return None
    for node in article.findall("ELocationID"):
        if node.get("EIdType") == "doi" and squash(node.text):
            return squash(node.text)
    return None


def parse_pub_date(article) -> str | None:
    """Issue date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; the electronic date if none.

    ``Season`` ("Spring", "Apr-Jun") and ``MedlineDate`` ("1998 Dec-1999 Jan") keep the year only.
    """
    if article is None:
        return None
    for path in ("Journal/JournalIssue/PubDate", "PubDate", "ArticleDate"):
        date = _format_date(article.find(path))
        if date:
            return date
    return None


def parse_journal(citation) -> str | None:
    """Journal title, else its ISO abbreviation, else the MEDLINE abbreviation."""
    for path in ("Article/Journal/Title", "Article/Journal/ISOAbbreviation",
                 "MedlineJournalInfo/MedlineTA"):
        title = squash(citation.findtext(path))
        if title:
            return title
    return None


def parse_language(article) -> str | None:
    """The first ``Language`` code (``eng``, ``ger``...)."""
    if article is None:
        return None
    return squash(article.findtext("Language"))


def build_document(fields: dict, source: str) -> Document:
    """Lay the fields out as text (title, abstract, quotable trailer lines) with their sections."""
    builder = TextBuilder()
    builder.write("title", fields["title"])
    _write_abstract(builder, fields["abstract"])
    builder.paragraph()
    builder.line("journal", "Journal", fields["journal"])
    builder.line("publication_types", "Publication types", "; ".join(fields["publication_types"]))
    builder.line("mesh_terms", "MeSH terms", "; ".join(fields["mesh_terms"]))
    for name, accession in fields["databanks"]:
        builder.line("databank", "Registration", f"{name} {accession}" if name else accession)
    builder.line("doi", "DOI", fields["doi"])
    text, sections = builder.build()
    return Document(doc_id=f"PMID:{fields['pmid']}", source=source, kind="pubmed",
                    title=fields["title"], text=text, sections=sections,
                    metadata=_metadata(fields))


def _write_abstract(builder: TextBuilder, parts) -> None:
    builder.paragraph()
    spans = []
    for name, label, text in parts:
        spans.append(builder.write(name, f"{label}: {text}" if label else text))
        builder.paragraph()
    if spans:
        builder.sections.append(("abstract", spans[0][0], spans[-1][1]))


def _metadata(fields: dict) -> dict:
    return {
        "pmid": fields["pmid"], "pmid_version": fields["pmid_version"],
        "doi": fields["doi"], "pmc": fields["pmc"],
        "journal": fields["journal"], "pub_date": fields["pub_date"],
        "publication_types": fields["publication_types"], "mesh_terms": fields["mesh_terms"],
        "databank_ids": _unique(accession for _, accession in fields["databanks"]),
        "abstract_labels": [label for _, label, _ in fields["abstract"] if label],
        "is_book": fields["is_book"], "language": fields["language"],
    }


def _format_date(node) -> str | None:
    if node is None:
        return None
    year = squash(node.findtext("Year"))
    if not year:
        match = _YEAR.search(node.findtext("MedlineDate") or "")
        return match.group(1) if match else None
    month = _month_number(node.findtext("Month"))
    day = squash(node.findtext("Day"))
    if month and day and day.isdigit():
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}" if month else year


def _month_number(value) -> int | None:
    value = squash(value)
    if not value:
        return None
    if value.isdigit():
        return int(value) if 1 <= int(value) <= 12 else None
    return MONTHS.get(value[:3].lower())


def _section_name(heading: str | None) -> str:
    if not heading:
        return "abstract_text"
    return re.sub(r"\W+", "_", heading.lower()).strip("_") or "abstract_text"


def _text_parts(element):
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):
            yield from _text_parts(child)
        yield child.tail or ""


def _unique(values) -> list:
    seen = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _inside_article(element) -> bool:
    parent = element.getparent()
    return element.tag == "MedlineCitation" and parent is not None and \
        parent.tag in ("PubmedArticle", "PubmedBookArticle")


def _release(element) -> None:
    """Free a finished article and the siblings before it (the iterparse memory idiom)."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
