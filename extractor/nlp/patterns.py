"""Turn the vocabulary plus ``patterns/*.jsonl`` into span-ruler patterns.

Each pattern's ``label`` is the record field and its ``id`` the vocabulary code, so a matched span
carries its code as ``span.id_``. Surface forms live in the data files, not here.
"""
import json
from functools import lru_cache
from importlib import resources

from ..vocabulary import load_vocabulary

PATTERN_FILES = {
    "conditions": "conditions.jsonl",
    "cell_sources": "cell_sources.jsonl",
    "routes": "routes.jsonl",
    "outcomes": "outcomes.jsonl",
    "co_interventions": "co_interventions.jsonl",
    "study_design": "designs.jsonl",
}


def read_pattern_file(name: str) -> list[dict]:
    """Patterns of one data file; blank lines and ``//`` comment lines are skipped."""
    text = resources.files("extractor.nlp").joinpath("patterns", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            rows.append(json.loads(line))
    return rows


def read_cue_list(name: str) -> tuple[str, ...]:
    """One cue phrase per line (negation, hedge, background lists); ``#`` starts a comment."""
    text = resources.files("extractor.nlp").joinpath("patterns", name).read_text("utf-8")
    cues = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(cue for cue in cues if cue)


@lru_cache(maxsize=1)
def build_patterns() -> tuple[dict, ...]:
    """All span-ruler patterns, validated against the vocabulary codes.

    Returns a tuple so callers cannot mutate the cached list; the ruler copies them anyway.
    """
    vocabulary = load_vocabulary()
    from ..vocabulary import FIELD_SECTIONS
    patterns = []
    for field, filename in PATTERN_FILES.items():
        allowed = set(vocabulary[FIELD_SECTIONS[field]])
        for row in read_pattern_file(filename):
            if row["id"] not in allowed:
                raise ValueError(f"patterns/{filename}: {row['id']!r} is not a {field} code")
            patterns.append({"label": field, "id": row["id"], "pattern": row["pattern"]})
    return tuple(patterns)
