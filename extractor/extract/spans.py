"""Shared helpers that turn ruler spans and regex matches into findings.

Every ruler span is graded before it becomes evidence:

- **ignored**: inside eligibility criteria, keyword lists, references or end matter; in a
  sentence about earlier or other work ("previous studies", "et al."), unless the document is a
  review, news item or provider page, whose subject is what others reported (then weak); a
  comparator ("compared with PRP"); negated ("no intrauterine adhesions") unless the field keeps
  negated mentions.
- **weak**: in a background or introduction section, or in a speculating sentence ("may
  restore", "promising"); a background sentence that states this study's aim ("this study
  aimed to ...") is not weak.
- **strong**: everything else: title, aims, methods, results, registry fields.

A field takes its strong mentions, and falls back on the weak ones only when there is no strong
one: a review or a clinic page speaks mostly in hedges, while a trial report's hedged background
must not add to what the trial gave.
"""
from ..nlp.pipeline import SPANS_KEY
from ..record import Finding

STRONG, WEAK, IGNORED = "strong", "weak", "ignored"

IGNORED_SECTIONS = frozenset({"eligibility", "inclusion", "exclusion", "keywords", "references",
                              "end_matter", "mesh_terms", "publication_types", "databank",
                              "page_links"})
WEAK_SECTIONS = frozenset({"background", "introduction"})
# Where build_record leaves the document type for the span fields.
DOC_TYPE_KEY = "doc_type"
# Documents that survey what others did: their "it has been reported that ..." sentences are
# what they are about, so such mentions are weak rather than ignored.
SURVEY_TYPES = frozenset({"review", "news", "promotional"})
# A background sentence that states this study's aim counts as the study's objective.
AIM_SECTION = "objective"


def finding_from_span(span, field: str, value=None, method: str = "rule", note=None) -> Finding:
    """A finding whose quote is the span's own text and offsets."""
    return Finding(field=field, value=span.id_ if value is None else value, quote=span.text,
                   start=span.start_char, end=span.end_char, method=method, note=note)


def finding_from_match(text: str, match, field: str, value, group: int = 0,
                       method: str = "rule", note=None) -> Finding:
    """A finding quoting one regex match group of ``text``."""
    start, end = match.span(group)
    return Finding(field=field, value=value, quote=text[start:end], start=start, end=end,
                   method=method, note=note)


def spans_for(doc, field: str):
    """Ruler spans of one field, in document order."""
    return sorted((s for s in doc.spans[SPANS_KEY] if s.label_ == field),
                  key=lambda s: (s.start, s.end))


def section_for(span, document=None) -> str | None:
    """The span's section: the parser's sections where the document has them (registry fields,
    abstract parts), else the heading the section tagger found in the text."""
    if document is not None and document.sections:
        name = document.section_at(span.start_char)
        if name is not None:
            return name
    return span._.section


def grade(span, document=None, ignored_sections=IGNORED_SECTIONS,
          keep_negated: bool = False, hedges_weaken: bool = True) -> str:
    """:data:`STRONG`, :data:`WEAK` or :data:`IGNORED`, as described in the module docstring.

    :param ignored_sections: section names whose mentions never count for this field
    :param keep_negated: count "no adverse events" as a mention (outcomes are measured even when
        the answer is no)
    :param hedges_weaken: grade speculating sentences weak (outcomes are named in hedged
        sentences as often as in firm ones: "improvement may be seen in AMH")
    """
    section = section_for(span, document)
    if section in WEAK_SECTIONS and span._.aim:
        section = AIM_SECTION
    if section in ignored_sections or span._.compared:
        return IGNORED
    if span._.background:
        return WEAK if span.doc.user_data.get(DOC_TYPE_KEY) in SURVEY_TYPES else IGNORED
    if span._.negated and not keep_negated:
        return IGNORED
    if section in WEAK_SECTIONS or (span._.hedged and hedges_weaken):
        return WEAK
    return STRONG


def grade_groups(spans, document=None, **options) -> dict[str, list]:
    """``spans`` grouped by grade (keyword options go to :func:`grade`)."""
    groups = {STRONG: [], WEAK: [], IGNORED: []}
    for span in spans:
        groups[grade(span, document, **options)].append(span)
    return groups


def graded_spans(doc, field: str, document=None, **options) -> dict[str, list]:
    """Spans of ``field`` grouped by grade (keyword options go to :func:`grade`)."""
    return grade_groups(spans_for(doc, field), document, **options)


def best_spans(groups: dict[str, list]) -> list:
    """Strong spans, or the weak ones when there is no strong one."""
    return groups[STRONG] or groups[WEAK]


def asserted_spans(doc, field: str, document=None):
    """Spans of ``field`` that are about this study: the strong ones, else the weak ones."""
    return best_spans(graded_spans(doc, field, document))


def span_findings(document, doc, field: str) -> list[Finding]:
    """One finding per asserted mention, for the vocabulary-coded list fields."""
    return [finding_from_span(span, field) for span in asserted_spans(doc, field, document)]
