"""Web pages into one :class:`Document`: the main text, readable, plus the page's own metadata.

The bytes are decoded with the charset the server or the page declares (never guessed), the
page is parsed with lxml's HTML parser through beautifulsoup4, boilerplate (navigation,
scripts, footers, cookie banners, menus) is dropped, and the main container is rendered with
block elements on their own lines.
"""
import json
import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, Tag

from ..document import Document, text_hash_id
from ..errors import MalformedInput
from .decode import decode_text

DROP_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form",
             "iframe", "svg", "template", "button", "select", "dialog", "object", "embed",
             "canvas")
BLOCK_TAGS = ("address", "article", "blockquote", "dd", "details", "div", "dl", "dt",
              "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
              "main", "ol", "p", "pre", "section", "summary", "table", "ul", "caption",
              "thead", "tbody", "tfoot")
LINE_TAGS = ("br", "li", "tr", "td", "th")
# Substrings of a class or id that mark consent and cookie banners and author boxes, and
# whole words (split on - and _) that mark menus and share bars.
BANNER_PARTS = ("cookie", "consent", "gdpr", "banner", "author", "autor", "byline")
MENU_WORD = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|"
                       r"skip-?links?|sidebar|social|share|sharing|subnav|footer|masthead|"
                       r"toolbar|skip)(?:[-_\s]|$)", re.I)
KEEP_TAGS = ("html", "body", "main", "article")
MIN_MAIN_CHARS = 200

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)", re.I)
_PARAGRAPH, _LINE = "\ue000", "\ue001"  # private-use marks, placed before whitespace is squashed
_MARKS = re.compile(f"[ {_PARAGRAPH}{_LINE}]*[{_PARAGRAPH}{_LINE}][ {_PARAGRAPH}{_LINE}]*")
_SPACE = re.compile(r"\s+")
DATE_META = ("article:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
             "dcterms.created", "citation_publication_date", "citation_date",
             "og:published_time", "pubdate", "publish-date", "sailthru.date")


def parse_html(data: bytes, source: str, encoding: str | None = None) -> list[Document]:
    """One :class:`Document` of kind ``html``.

    :param data: the page as served
    :param source: URL or path, stored with the document and named in errors
    :param encoding: the charset from the HTTP ``Content-Type`` header or the user; otherwise
        the page's ``<meta charset>`` or XML declaration, else UTF-8
    :raises UnreadableInput: when the bytes are not valid in that charset
    :raises MalformedInput: when the page has no readable text
    """
    markup = decode_page(data, source, encoding)
    soup = BeautifulSoup(markup, "lxml")
    metadata = page_metadata(soup)
    if metadata["canonical_url"] and source.startswith(("http://", "https://")):
        # a relative canonical link ("/ct2/show/NCT03746262") names a page only with its host
        metadata["canonical_url"] = urljoin(source, metadata["canonical_url"])
    title = page_title(soup)
    body = main_text(soup)
    if not body:
        raise MalformedInput(source, "the HTML page has no readable text")
    text, sections = with_title(title, body)
    canonical = metadata["canonical_url"]
    doc_id = text_hash_id(canonical) if canonical else text_hash_id(text)
    return [Document(doc_id=doc_id, source=source, kind="html", title=title, text=text,
                     sections=sections, metadata=metadata)]


def with_title(title: str | None, body: str) -> tuple[str, list]:
    """The title as the first paragraph unless the main text already opens with it.

    Titles name the condition and the treatment more often than any other sentence, and the
    main container often leaves the headline out.
    """
    if not title or body.startswith(title):
        start = 0
        text = body
    else:
        text = f"{title}\n\n{body}"
        start = len(title) + 2
    sections = [("title", 0, len(title))] if title and text.startswith(title) else []
    return text, sections + [("main", start, len(text))]


def decode_page(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode with the given, declared, or default (UTF-8) charset; a named error on failure."""
    return decode_text(data, source, encoding or declared_charset(data))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in an XML declaration or a ``<meta>`` in its head."""
    # A byte-order mark outranks any declaration (HTML standard, "BOM sniffing").
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return None  # the UTF-8 default strips the mark
    head = data[:16384]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def page_title(soup: BeautifulSoup) -> str | None:
    """``og:title``, else ``<title>``, without a site-name suffix; else the first ``<h1>``.

    When that title is a cut-off prefix of the ``<h1>`` ("... in hypertensive patie..."), the
    ``<h1>`` is the full title and wins.
    """
    title = _meta(soup, "og:title") or (_squashed(soup.title.get_text()) if soup.title else None)
    title = strip_site_suffix(title)
    headings = [_squashed(h1.get_text(" ")) for h1 in soup.find_all("h1")]
    headings = [heading for heading in headings if heading]
    stem = title.rstrip(".… ") if title else None
    for heading in headings if stem else []:
        if heading.startswith(stem):
            return heading
    return title or (headings[0] if headings else None)


def strip_site_suffix(title: str | None) -> str | None:
    """Drop up to two short trailing `` - Site`` / `` | Site`` segments (four words at most)."""
    for _ in range(2):
        if not title:
            return title
        head, separator, tail = _split_last(title)
        if not separator or not head or len(tail.split()) > 4:
            break
        title = head
    return title


def _split_last(title: str) -> tuple[str, str, str]:
    match = re.match(r"^(.*\S)\s+([-|–—:])\s+(\S.*)$", title)
    return match.groups() if match else (title, "", "")


def _squashed(value: str | None) -> str | None:
    return _SPACE.sub(" ", value).strip() or None if value else None


def page_metadata(soup: BeautifulSoup) -> dict:
    """Canonical URL, date, site name, description, JSON-LD types and language."""
    jsonld = list(iter_jsonld(soup))
    canonical = soup.find("link", rel="canonical")
    return {
        "canonical_url": (canonical.get("href") if canonical else None) or _meta(soup, "og:url"),
        "date": page_date(soup, jsonld),
        "site_name": _meta(soup, "og:site_name") or _meta(soup, "application-name"),
        "description": _meta(soup, "description") or _meta(soup, "og:description"),
        "jsonld_types": jsonld_types(jsonld),
        "lang": (soup.html.get("lang") or soup.html.get("xml:lang")) if soup.html else None,
    }


def page_date(soup: BeautifulSoup, jsonld: list) -> str | None:
    """Publication date from meta tags, then JSON-LD ``datePublished``, then ``<time>``."""
    for name in DATE_META:
        value = _meta(soup, name)
        if value:
            return value
    for item in _walk_jsonld(jsonld):
        if isinstance(item.get("datePublished"), str) and item["datePublished"].strip():
            return item["datePublished"].strip()
    time = soup.find("time", datetime=True)
    return (time["datetime"].strip() or None) if time else None


def iter_jsonld(soup: BeautifulSoup):
    """Parsed ``application/ld+json`` blocks; a broken block is skipped, as browsers do."""
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        try:
            yield json.loads(script.string or "")
        except ValueError:
            continue


def jsonld_types(jsonld: list) -> list[str]:
    """Every ``@type`` in the JSON-LD blocks, ``@graph`` members included, in order."""
    types = []
    for item in _walk_jsonld(jsonld):
        values = item.get("@type")
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and value not in types:
                types.append(value)
    return types


def main_text(soup: BeautifulSoup) -> str:
    """The readable text of the page's main content, boilerplate removed."""
    drop_boilerplate(soup)
    root = main_container(soup)
    if root is None:
        return ""
    mark_blocks(root)
    return render(root.get_text())


def drop_boilerplate(soup: BeautifulSoup) -> None:
    """Remove comments, non-content elements, cookie/consent banners and obvious menus."""
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    page_length = _text_length(soup.body or soup)
    for element in soup.find_all(DROP_TAGS):
        if element.name == "form" and _text_length(element) > page_length / 2:
            element.unwrap()  # a page-wide wrapper (ASP.NET, NCBI layouts), not a form to drop
        else:
            element.decompose()
    for element in soup.find_all(is_boilerplate):
        element.decompose()
    for element in soup.find_all(["ul", "ol"]):
        if is_link_list(element):
            element.decompose()


def is_link_list(element: Tag) -> bool:
    """A list whose text is almost all link text: a menu or a "related stories" block.

    Link density is Readability's test for navigation; lists of content (criteria, results,
    references with a few links each) stay.
    """
    total = _text_length(element)
    linked = sum(_text_length(link) for link in element.find_all("a"))
    return total > 0 and linked >= 0.8 * total


def is_boilerplate(element: Tag) -> bool:
    """A banner, menu or hidden element by its class, id, role or ``hidden`` attribute."""
    if element.name in KEEP_TAGS or element.attrs is None:
        return False
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return True
    if element.get("role") in ("navigation", "banner", "contentinfo", "complementary",
                               "dialog", "menu", "menubar"):
        return True
    names = " ".join([*element.get("class", []), element.get("id") or ""])
    lowered = names.lower()
    return any(part in lowered for part in BANNER_PARTS) or bool(MENU_WORD.search(names))


def main_container(soup: BeautifulSoup) -> Tag | None:
    """``<main>``, else the largest ``<article>``, else ``[role=main]``, else the element that
    holds the most paragraph text, else ``<body>``.

    A candidate must hold at least :data:`MIN_MAIN_CHARS` characters; pages that wrap a teaser
    or a byline in ``<main>`` fall through to the next choice.
    """
    for candidates in (soup.find_all("main"), soup.find_all("article"),
                       soup.find_all(attrs={"role": "main"}), [densest_container(soup)]):
        best = max((c for c in candidates if c is not None), key=_text_length, default=None)
        if best is not None and _text_length(best) >= MIN_MAIN_CHARS:
            return best
    return soup.body or soup


def densest_container(soup: BeautifulSoup) -> Tag | None:
    """The element whose paragraphs hold most of the page's paragraph text, if there is one.

    The paragraph scoring of Readability (arc90): each ``<p>`` credits its parent fully and its
    grandparent by half. Only pages written in paragraphs qualify (a quarter of the body's text
    or more), and the winner must hold half of that paragraph text, so that a table-laid-out
    page does not shrink to one disclaimer paragraph.
    """
    scores: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    total = 0
    for paragraph in soup.find_all("p"):
        length = _text_length(paragraph)
        if length < 25:
            continue  # captions, bylines and buttons are not body text
        total += length
        for weight, ancestor in zip((1.0, 0.5), paragraph.parents):
            elements[id(ancestor)] = ancestor
            scores[id(ancestor)] = scores.get(id(ancestor), 0.0) + weight * length
    if not scores or total < _text_length(soup.body or soup) / 4:
        return None
    best = elements[max(scores, key=scores.get)]
    return best if _text_length(best) >= total / 2 else None


def mark_blocks(root: Tag) -> None:
    """Put paragraph marks around block elements and line marks after line-level ones."""
    for element in root.find_all(True):
        if element.name in BLOCK_TAGS:
            element.insert_before(_PARAGRAPH)
            element.append(_PARAGRAPH)
        elif element.name in LINE_TAGS:
            element.append(_LINE)


def render(raw: str) -> str:
    """Squash whitespace, then turn the marks into line breaks (a paragraph mark wins)."""
    text = _SPACE.sub(" ", raw.replace(_PARAGRAPH, f" {_PARAGRAPH} ").replace(_LINE, f" {_LINE} "))
    text = _MARKS.sub(lambda match: "\n\n" if _PARAGRAPH in match.group() else "\n", text)
    return text.strip()


def _text_length(element: Tag) -> int:
    return len(_SPACE.sub(" ", element.get_text(" ")).strip())


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    """The ``content`` of ``<meta property=name>``, ``name=name`` or ``itemprop=name``."""
    wanted = name.lower()
    for attribute in ("property", "name", "itemprop"):
        tag = soup.find("meta", attrs={attribute: lambda value: value and
                                       value.strip().lower() == wanted})
        if tag and tag.get("content") and tag["content"].strip():
            return _SPACE.sub(" ", tag["content"]).strip()
    return None


def _walk_jsonld(jsonld):
    """Every dict in the JSON-LD blocks: lists flattened, ``@graph`` members visited."""
    stack = list(reversed(jsonld))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))

