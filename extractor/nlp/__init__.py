"""The spaCy pipeline: blank English, scispaCy's tokenizer and abbreviation detector, our rules."""
from .pipeline import build_nlp

__all__ = ["build_nlp"]
