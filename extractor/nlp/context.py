"""Pure functions that read a span's sentence for negation, hedging and background cues."""
from functools import lru_cache

from .patterns import read_cue_list


@lru_cache(maxsize=None)
def _cues(name: str) -> tuple[str, ...]:
    return tuple(cue.lower() for cue in read_cue_list(name))


def _before(span, window: int = 6) -> str:
    """Lower-cased text of up to ``window`` tokens before the span, within its sentence."""
    start = max(span.sent.start, span.start - window)
    return span.doc[start:span.start].text.lower()


def _has_cue(text: str, cues) -> bool:
    padded = f" {text} "
    return any(f" {cue} " in padded for cue in cues)


def is_negated(span) -> bool:
    """True for "no adverse events", "without intrauterine adhesions", "excluding POI"."""
    return _has_cue(_before(span), _cues("negation.txt"))


def is_hedged(span) -> bool:
    """True when the sentence speculates: "may restore", "could potentially improve"."""
    return _has_cue(span.sent.text.lower(), _cues("hedges.txt"))


def is_background(span) -> bool:
    """True when the sentence is about earlier or other work, not this study."""
    return _has_cue(span.sent.text.lower(), _cues("background.txt"))
