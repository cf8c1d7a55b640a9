"""Our pipeline components. Each is small, registered, and never rewrites ``doc.text``."""
from spacy.language import Language
from spacy.tokens import Span

from . import context

Span.set_extension("negated", default=False, force=True)
Span.set_extension("hedged", default=False, force=True)
Span.set_extension("background", default=False, force=True)
Span.set_extension("via_abbreviation", default=None, force=True)


@Language.component("line_sentencizer")
def line_sentencizer(doc):
    """Sentence starts after ``.``/``!``/``?`` and at every line break.

    Scraped pages and registry text put one field per line with no final period, so a newline
    must end a sentence or a label would run into the next field's value.
    """
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        starts = "\n" in previous.text or "\n" in previous.whitespace_ or token.is_space
        if previous.text in (".", "!", "?") and (token.is_title or token.is_upper
                                                  or not token.is_alpha):
            starts = True
        token.is_sent_start = starts
    return doc


@Language.factory("abbreviation_spans", default_config={"spans_key": "evidence"})
def make_abbreviation_spans(nlp, name, spans_key):
    """Add a ruler span wherever a local abbreviation stands for a matched long form."""
    def abbreviation_spans(doc):
        spans = list(doc.spans[spans_key])
        covered = {(s.start, s.end) for s in spans}
        for short in doc._.abbreviations:
            long_form = short._.long_form
            for span in spans:
                if span.start >= long_form.start and span.end <= long_form.end:
                    if (short.start, short.end) not in covered:
                        new = Span(doc, short.start, short.end, label=span.label_,
                                   span_id=span.id_)
                        new._.via_abbreviation = long_form.text
                        spans.append(new)
                        covered.add((short.start, short.end))
                    break
        doc.spans[spans_key] = spans
        return doc
    return abbreviation_spans


@Language.factory("context_flags", default_config={"spans_key": "evidence"})
def make_context_flags(nlp, name, spans_key):
    """Mark each ruler span as negated, hedged or background from its sentence."""
    def context_flags(doc):
        for span in doc.spans[spans_key]:
            span._.negated = context.is_negated(span)
            span._.hedged = context.is_hedged(span)
            span._.background = context.is_background(span)
        return doc
    return context_flags
