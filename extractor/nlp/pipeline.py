"""Build the extraction pipeline once per process.

No pretrained model is loaded: the pipeline is spaCy's blank English with scispaCy's rule-based
tokenizer (biomedical tokens such as ``CD133+`` and ``1×10^6/kg``), a line-aware sentencizer,
scispaCy's abbreviation detector, a heading-based section tagger, the project's span ruler (its
patterns generated from the data files in ``patterns/``), the same patterns across wrapped
lines and inside slash-joined words, a longest-match filter, abbreviation
spans and context flags.
"""
import re
import warnings
from functools import lru_cache

import spacy
from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers the factory)
from scispacy.custom_tokenizer import combined_rule_tokenizer

from . import components  # noqa: F401  (registers our components)
from .patterns import build_patterns, split_patterns, split_regex_patterns, split_token_patterns

SPANS_KEY = "evidence"

# scispaCy's abbreviation detector runs an empty matcher on texts without abbreviations, and spaCy
# warns (W036) on every such call; the warning says nothing about our input.
warnings.filterwarnings("ignore", message=r"\[W036\]", category=UserWarning)


# A full stop after an Arabic vowel mark ("مبكراً.") is not split off by the suffix rules, which
# expect a letter before it, so the word would not match its pattern.
PERIOD_AFTER_MARK = r"|(?<=[\u064B-\u0652])\.$"


# French and Italian write an elided article or preposition onto the next word ("atteintes
# d’insuffisance ovarienne", "l’insufficienza ovarica", "nell’utero"); split it off so the word
# matches its pattern as it does after a space.
ELIDED_PREFIX = r"|^(?:[lLdD]|[qQ]u|[dDnNsS]ell|[aA]ll|[dD]all|[sS]ull|[uU]n)['’](?=[^\W\d_])"


def _with_alternative(search, alternative: str):
    """The tokenizer's compiled prefix or suffix ``search`` with one more alternative; scispaCy
    does not expose its rule lists, so the compiled pattern is read back."""
    return re.compile(search.__self__.pattern + alternative).search


def _new_pipeline():
    """A fresh, uncached pipeline (tests that need isolation call this)."""
    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        # scispaCy's suffix rules hold a "[[" that Python's re flags as a possible future set
        # union (FutureWarning); the rules are scispaCy's own and tokenize as documented.
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
        nlp.tokenizer.suffix_search = _with_alternative(nlp.tokenizer.suffix_search,
                                                        PERIOD_AFTER_MARK)
        nlp.tokenizer.prefix_search = _with_alternative(nlp.tokenizer.prefix_search,
                                                        ELIDED_PREFIX)
    nlp.add_pipe("line_sentencizer")
    nlp.add_pipe("abbreviation_detector")
    nlp.add_pipe("section_tagger")
    ruler_patterns, exact_patterns = split_patterns(build_patterns())
    ruler_patterns, regex_patterns = split_regex_patterns(ruler_patterns)
    ruler_patterns, token_patterns = split_token_patterns(ruler_patterns)
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True,
                "overwrite": False},
    )
    ruler.add_patterns(ruler_patterns)
    nlp.add_pipe("gated_token_ruler", config={"spans_key": SPANS_KEY, "patterns": token_patterns})
    # Abbreviations are matched case-sensitively ("POI" but not "poi"); as ORTH phrases they
    # cost a dictionary lookup per token instead of a token-matcher pattern each.
    exact = nlp.add_pipe(
        "span_ruler", name="abbreviation_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "ORTH", "validate": True,
                "overwrite": False},
    )
    exact.add_patterns(exact_patterns)
    nlp.add_pipe("token_regex_ruler", config={"spans_key": SPANS_KEY, "patterns": regex_patterns,
                                              "exact_patterns": exact_patterns})
    nlp.add_pipe("joined_token_spans", config={"spans_key": SPANS_KEY})
    nlp.add_pipe("longest_spans", config={"spans_key": SPANS_KEY})
    nlp.add_pipe("abbreviation_spans", config={"spans_key": SPANS_KEY})
    nlp.add_pipe("context_flags", config={"spans_key": SPANS_KEY})
    return nlp


@lru_cache(maxsize=1)
def build_nlp():
    """The shared pipeline, built on first use and cached for the process."""
    return _new_pipeline()
