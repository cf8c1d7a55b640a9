"""Fetchers: raw bytes and provenance from ClinicalTrials.gov, PubMed and web pages.

Fetchers never parse documents; they only read what they need to page on (a page token, an
esearch id list). Every request goes through :class:`~extractor.fetch.session.PoliteSession`.

The domain's default search is built here, once, for both registries: the conditions of the
controlled vocabulary crossed with stem-cell interventions.
"""
from ..vocabulary import load_vocabulary
from .session import PoliteSession

__all__ = ["PoliteSession", "condition_terms", "STEM_CELL_TERMS"]

# How registries and abstracts name the interventions the evidence table is about.
STEM_CELL_TERMS = ("stem cell", "stem cells", "stromal cell", "stromal cells",
                   "mesenchymal", "MSC", "MSCs", "exosome", "exosomes", "secretome",
                   "stromal vascular fraction", "bone marrow mononuclear", "cord blood")


def condition_terms() -> list[str]:
    """Search phrases for the vocabulary's conditions.

    Abbreviations ("POI", "IUA") are left out because on their own they match unrelated
    records, and so are labels in parentheses ("male infertility (other)") and the catch-all
    code ``other``, which are annotation notes rather than phrases anyone writes.
    """
    terms = []
    for code, synonyms in load_vocabulary()["condition"].items():
        if code == "other":
            continue
        for synonym in synonyms:
            if _is_search_phrase(synonym) and synonym.lower() not in terms:
                terms.append(synonym.lower())
    return terms


def _is_search_phrase(synonym: str) -> bool:
    return not synonym.isupper() and "(" not in synonym and len(synonym) > 4


def quote_phrase(term: str) -> str:
    """Double-quote a multi-word term so both search engines treat it as a phrase."""
    return f'"{term}"' if " " in term else term
