"""Turn the vocabulary plus ``patterns/*.jsonl`` into span-ruler patterns.

Each pattern's ``label`` is the record field and its ``id`` the vocabulary code, so a matched span
carries its code as ``span.id_``. Surface forms live in the data files, not here; this module only
spells each written phrase the ways real pages spell it (hyphens, plurals, apostrophes, umlauts).

Two ids are not vocabulary codes:

- :data:`BLOCK_ID` marks a *blocker*: a longer phrase that contains a mention but is not one
  ("sperm retrieval methods" is a procedure, not the outcome "sperm retrieval"). Because the
  longest match of a field wins, the blocker swallows the shorter mention and is then dropped.
- the ``cell_tissues`` label carries bare tissue words ("bone marrow", "adipose tissue") whose id
  is the MSC code the tissue stands for once a sentence says stem cells come from it.
- the ``condition_fallbacks`` label carries damage to an organ ("uterine injury"), a condition
  coded only when no specific one is named.
"""
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import product

from spacy.lang.en.stop_words import STOP_WORDS

from ..vocabulary import FIELD_SECTIONS, load_vocabulary

BLOCK_ID = "not_a_mention"

PATTERN_FILES = {
    "conditions": "conditions.jsonl",
    "condition_fallbacks": "condition_fallbacks.jsonl",
    "cell_sources": "cell_sources.jsonl",
    "cell_tissues": "cell_tissues.jsonl",
    "cell_origin": "cell_origin.jsonl",
    "routes": "routes.jsonl",
    "route_sites": "route_sites.jsonl",
    "outcomes": "outcomes.jsonl",
    "co_interventions": "co_interventions.jsonl",
    "study_design": "designs.jsonl",
}

# Labels whose ids are codes of another field, or a small closed set of their own.
LABEL_CODES = {"cell_tissues": "cell_sources", "route_sites": "routes",
               "condition_fallbacks": "conditions"}
# Prepositions and determiners that turn a body site into a site phrase ("into both ovaries",
# "directly into bilateral ovaries").
SITE_PREPOSITIONS = ("into", "to", "in", "within")
# Animal studies name the species before the organ: "transplanted to the rat uterus", "into the
# mouse ovaries".
SITE_DETERMINERS = ("", "the ", "both ", "both the ", "each ", "their ", "his ", "her ",
                    "bilateral ", "the bilateral ", "left ", "right ", "the patient's ",
                    "the patients' ", "the left ", "the right ", "the rat ", "the rats' ",
                    "the mouse ", "the mice ", "rat ", "mouse ", "mice ",
                    # whose organ, in the possessive: "into mares' uterus", "into the
                    # recipients' testes" (each owner multiplies the site phrases, so only
                    # the owners animal studies write)
                    *(f"{the}{owner} " for the in ("", "the ")
                      for owner in ("mares'", "animals'", "recipients'")),
                    # one of a pair: "transplanted into only a single testis", "into one ovary"
                    "a ", "one ", "a single ", "only one ", "only a single ", "one of the ")
EXTRA_CODES = {"cell_origin": ("autologous", "allogeneic")}
# Labels of a structured abstract, as written, that open a section even in mid-paragraph (see
# :func:`heading_regex`); each is also a heading in ``patterns/sections.txt``.
ABSTRACT_LABELS = ("Background", "Objective", "Objectives", "Aim", "Aims", "Purpose", "Methods",
                   "Materials and Methods", "Material and Methods", "Results", "Conclusion",
                   "Conclusions", "Design", "Setting", "Participants", "Interventions",
                   "Main Outcome Measures")
# Last words of a cell phrase that "-derived" attaches to as one token ("stem cell-derived",
# "umbilical cord MSC-derived exosomes").
CELL_WORDS = ("cell", "cells", "msc", "mscs")
# Two-word names that pages also join with a hyphen: "bone-marrow-derived stem cells",
# "cord-blood stem cells".
HYPHENATED_COMPOUNDS = ("bone marrow", "cord blood", "umbilical cord")
# Greek letters as pages spell them out: "17β-estradiol" → "17beta-estradiol".
GREEK_LETTERS = {"α": "alpha", "β": "beta", "γ": "gamma", "κ": "kappa"}
# What follows a cell abbreviation in the one token that names its product or its offspring:
# "BMSC-derived", "ADSC-Exos", "hUCMSC-EVs", "MSC-sEVs", "hAMSC-exosomes", "MSC-CM".
PRODUCT_SUFFIXES = ("derived", "Exo", "Exos", "exo", "exos", "EVs", "sEVs", "exosomes", "CM")
# Codes whose abbreviations take the product suffixes (cell codes, not products or blockers).
NO_PRODUCT_CODES = ("cell_free_derivative", BLOCK_ID)

_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_APOSTROPHE = re.compile(r"(?<=\w)['’]s\b")
# The apostrophe of a plural possessive: "the patients' ovaries", "into mares’ uterus".
_PLURAL_APOSTROPHE = re.compile(r"(?<=s)['’](?=\s|$)")


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


def read_mapping(name: str) -> tuple[tuple[str, str], ...]:
    """``phrase = value`` lines (section headings); ``#`` starts a comment."""
    pairs = []
    for line in read_cue_list(name):
        phrase, _, value = line.rpartition("=")
        pairs.append((phrase.strip().lower(), value.strip()))
    return tuple(pairs)


def hyphen_variants(phrase: str) -> set[str]:
    """Spell word-internal hyphens as written, as spaces and closed up.

    "intra-ovarian" → "intra ovarian", "intraovarian"; "bone marrow-derived" → "bone marrow
    derived", "bone marrowderived" (harmless); "anti-müllerian" → "antimüllerian".
    """
    if not _HYPHEN.search(phrase):
        return {phrase}
    return {phrase, _HYPHEN.sub(" ", phrase), _HYPHEN.sub("", phrase)}


def number_variants(phrase: str) -> set[str]:
    """The last word in singular and plural: "intrauterine adhesion(s)", "exosome(s)"."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("ies") and len(last) > 4:
        forms = {last, last[:-3] + "y"}
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        forms = {last, last[:-1]}
    elif last[-1:].isalpha():
        forms = {last, last[:-1] + "ies" if last.endswith("y") else last + "s"}
    else:
        forms = {last}
    return {prefix + form for form in forms}


def spelling_variants(phrase: str) -> set[str]:
    """Apostrophes, umlauts and Greek letters as pages write them.

    "asherman's syndrome" → "asherman’s syndrome", "asherman syndrome"; "the patients'
    ovaries" → "the patients’ ovaries"; "anti-müllerian" →
    "anti-mullerian", "anti-muellerian"; "17β-estradiol" → "17beta-estradiol".
    """
    forms = {phrase}
    if _APOSTROPHE.search(phrase):
        forms |= {_APOSTROPHE.sub("'s", phrase), _APOSTROPHE.sub("’s", phrase),
                  _APOSTROPHE.sub("", phrase)}
    if _PLURAL_APOSTROPHE.search(phrase):
        forms |= {_PLURAL_APOSTROPHE.sub("'", form) for form in forms} \
            | {_PLURAL_APOSTROPHE.sub("’", form) for form in forms}
    # Straight and curly apostrophes alike: "syndrome d'asherman", "syndrome d’asherman".
    for form in list(forms):
        forms |= {form.replace("'", "’"), form.replace("’", "'")}
    for form in list(forms):
        if "ü" in form:
            forms |= {form.replace("ü", "u"), form.replace("ü", "ue")}
    for form in list(forms):
        for letter, name in GREEK_LETTERS.items():
            if letter in form:
                forms.add(form.replace(letter, name))
    return forms


def compound_variants(phrase: str) -> set[str]:
    """A two-word name also joined by a hyphen (see :data:`HYPHENATED_COMPOUNDS`): "bone
    marrow derived stem cells" → "bone-marrow derived stem cells"."""
    forms = {phrase}
    for compound in HYPHENATED_COMPOUNDS:
        if compound in phrase:
            forms.add(phrase.replace(compound, compound.replace(" ", "-")))
    return forms


def derived_variants(phrase: str) -> set[str]:
    """A cell phrase also as the parent of a product: "embryonic stem cells" → "embryonic stem
    cell-derived" ("human embryonic stem cell-derived progenitor cells"), which the tokenizer
    keeps as the words "embryonic", "stem", "cell-derived"; "umbilical cord MSCs" →
    "umbilical cord msc-derived" ("umbilical cord MSC-derived exosomes")."""
    head, _, last = phrase.rpartition(" ")
    if head and last in CELL_WORDS:
        return {phrase, f"{head} {last.rstrip('s')}-derived"}
    return {phrase}


def phrase_variants(phrase: str) -> list[str]:
    """Every spelling of one lower-case phrase (hyphens × compounds × number × apostrophes ×
    umlauts × Greek letters), and a cell phrase as the parent of a product (see
    :func:`derived_variants`)."""
    variants = set()
    for spelled in spelling_variants(phrase.lower()):
        for hyphenated in hyphen_variants(spelled):
            for joined in compound_variants(hyphenated):
                variants |= number_variants(joined)
    for variant in list(variants):
        variants |= derived_variants(variant)
    return sorted(variants)


def _allowed_codes(label: str, vocabulary: dict) -> set[str]:
    if label in EXTRA_CODES:
        return set(EXTRA_CODES[label])
    field = LABEL_CODES.get(label, label)
    return set(vocabulary[FIELD_SECTIONS[field]]) | {BLOCK_ID}


def site_phrases(site: str) -> list[str]:
    """Phrases that put something at a body site.

    "ovaries" → "into the ovaries", "into both ovaries", "to the ovaries", "in the patient's
    ovaries", ... Whether something was *given* there is checked later, against the words before.
    """
    return [f"{preposition} {determiner}{site}" for preposition, determiner
            in product(SITE_PREPOSITIONS, SITE_DETERMINERS)]


def tissue_phrases(tissue: str) -> list[str]:
    """A tissue as written alone and as the parent of cells: "adipose tissue" →
    "adipose tissue-derived", which the tokenizer keeps as the words "adipose",
    "tissue-derived" ("adipose tissue-derived MSCs (AD-MSCs)", "adipose tissue-derived
    mesenchymal stem cells-derived exosome")."""
    return [tissue, f"{tissue}-derived"]


def product_words(words: list[str]) -> list[str]:
    """Cell abbreviations also as one token with the name of their product or offspring:
    "BMSC" → "BMSC-derived", "BMSC-Exos", "BMSC-EVs", "BMSC-CM", ... (see
    :data:`PRODUCT_SUFFIXES`)."""
    products = [f"{word}-{suffix}" for word in words if not word.endswith("-derived")
                for suffix in PRODUCT_SUFFIXES]
    return list(dict.fromkeys(words + products))


def patterns_for_row(label: str, row: dict) -> list[dict]:
    """Ruler patterns of one data row: a token pattern as is (a cell abbreviation also with its
    product, see :func:`product_words`), a phrase in all its spellings (site rows first become
    site phrases, tissue rows also take "-derived")."""
    if isinstance(row["pattern"], list):
        pattern = row["pattern"]
        words = exact_token_words(pattern)
        if label == "cell_sources" and words and row["id"] not in NO_PRODUCT_CODES:
            pattern = [{"TEXT": {"IN": product_words(words)}}]
        return [{"label": label, "id": row["id"], "pattern": pattern}]
    phrases = PHRASE_BUILDERS.get(label, lambda phrase: [phrase])(row["pattern"])
    return [{"label": label, "id": row["id"], "pattern": variant}
            for phrase in phrases for variant in phrase_variants(phrase)]


# Labels whose written phrases stand for several phrases (see the functions above).
PHRASE_BUILDERS = {"route_sites": site_phrases, "cell_tissues": tissue_phrases}


@lru_cache(maxsize=1)
def build_patterns() -> tuple[dict, ...]:
    """All span-ruler patterns, validated against the vocabulary codes.

    Returns a tuple so callers cannot mutate the cached list; the ruler copies them anyway.
    """
    vocabulary = load_vocabulary()
    patterns = []
    for label, filename in PATTERN_FILES.items():
        allowed = _allowed_codes(label, vocabulary)
        for row in read_pattern_file(filename):
            if row["id"] not in allowed:
                raise ValueError(f"patterns/{filename}: {row['id']!r} is not a {label} code")
            patterns.extend(patterns_for_row(label, row))
    return tuple(_unique(patterns))


def exact_token_words(pattern) -> list[str] | None:
    """The words of a one-token, case-sensitive pattern, or None for any other pattern.

    ``[{"TEXT": {"IN": ["POI", "POF"]}}]`` → ``["POI", "POF"]``. Such patterns go to a phrase
    matcher on ORTH: the same case-sensitive match, at a fraction of the token matcher's cost.
    """
    if not isinstance(pattern, list) or len(pattern) != 1 or set(pattern[0]) != {"TEXT"}:
        return None
    value = pattern[0]["TEXT"]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def split_patterns(patterns) -> tuple[list[dict], list[dict]]:
    """``(ruler_patterns, exact_patterns)``: one-token case-sensitive patterns become ORTH
    phrases for a second ruler; everything else stays as it is."""
    ruler, exact = [], []
    for pattern in patterns:
        words = exact_token_words(pattern["pattern"])
        if words is None:
            ruler.append(dict(pattern))
        else:
            exact.extend({**pattern, "pattern": word} for word in words)
    return ruler, exact


def token_regex(pattern) -> str | None:
    """The regex of a one-token ``LOWER`` regex pattern, or None for any other pattern.

    ``[{"LOWER": {"REGEX": "^(h)?bm-?mscs?$"}}]`` → ``"^(h)?bm-?mscs?$"``.
    """
    if not isinstance(pattern, list) or len(pattern) != 1 or set(pattern[0]) != {"LOWER"}:
        return None
    value = pattern[0]["LOWER"]
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return value["REGEX"]
    return None


def split_token_patterns(patterns) -> tuple[list[dict], list[dict]]:
    """``(phrase_patterns, token_patterns)``: patterns given as text and as token lists."""
    phrases = [p for p in patterns if not isinstance(p["pattern"], list)]
    tokens = [p for p in patterns if isinstance(p["pattern"], list)]
    return phrases, tokens


def gate_words(pattern) -> frozenset | None:
    """Lower-case words of which one must be in a text for a token pattern to match there.

    Taken from the pattern's required tokens that name their words (``LOWER`` or ``TEXT``, a
    word or a set): the one whose shortest word is longest, counting English function words as
    empty, since long words are the rare ones; then the smallest set. ``None`` when no required
    token names its words.

    ``[{"LOWER": {"IN": ["via", "through"]}}, {"LOWER": "the"}, {"LOWER": "veins"}]`` →
    ``{"veins"}``.
    """
    candidates = []
    for token in filter(_required, pattern):
        for attr in ("LOWER", "TEXT", "ORTH"):
            words = _named_words(token.get(attr))
            if words:
                candidates.append(frozenset(w.lower() for w in words))
    if not candidates:
        return None
    return max(candidates, key=lambda words: (_rarity(words), -len(words)))


def gate_of(pattern):
    """What a text must hold for a token pattern to match there: its :func:`gate_words`, unless
    they are short or function words ("a", "en", "of") and a regex token can gate instead
    (:func:`gate_regex`); ``None`` when nothing can."""
    words = gate_words(pattern)
    if words is not None and _rarity(words) >= RARE_WORD_LENGTH:
        return words
    return gate_regex(pattern) or words


def gate_regex(pattern) -> str | None:
    """For a token pattern without rare :func:`gate_words`: the regex of its first required ``LOWER``
    regex token, which some word of a text must match for the pattern to match there."""
    for token in filter(_required, pattern):
        value = token.get("LOWER")
        if isinstance(value, dict) and set(value) == {"REGEX"}:
            return value["REGEX"]
    return None


def _required(token: dict) -> bool:
    """True for a pattern token that every match holds (no optional or negating operator)."""
    return token.get("OP") in (None, "+", "{1}")


# Words this long that are not function words are rare enough to gate a pattern on.
RARE_WORD_LENGTH = 3
# A regex that is only a list of words: "^(arteries|artères|arterias)$".
_WORD_LIST_REGEX = re.compile(r"\^\((?:\?:)?([^()\[\]?*+.\\{}|^$]+(?:\|[^()\[\]?*+.\\{}|^$]+)*)\)\$")


def _named_words(value) -> list | None:
    """The words a token predicate accepts: a word, a set, or a regex listing words."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, dict) or len(value) != 1:
        return None
    if "IN" in value:
        return value["IN"]
    match = _WORD_LIST_REGEX.fullmatch(value.get("REGEX") or "")
    return match.group(1).split("|") if match else None


def _rarity(words) -> int:
    """The length of the shortest word, an English function word counting as none."""
    return min(0 if word in STOP_WORDS else len(word) for word in words)


def split_regex_patterns(patterns) -> tuple[list[dict], list[dict]]:
    """``(other_patterns, regex_patterns)``: one-token regex patterns leave the token matcher,
    which would test each of them on every token, for :func:`~extractor.nlp.components`'s
    ``token_regex_ruler``, which tests one combined regex per token."""
    other, regexes = [], []
    for pattern in patterns:
        regex = token_regex(pattern["pattern"])
        if regex is None:
            other.append(pattern)
        else:
            regexes.append({"label": pattern["label"], "id": pattern["id"], "regex": regex})
    return other, regexes


def _unique(patterns):
    seen = set()
    for pattern in patterns:
        key = (pattern["label"], pattern["id"], json.dumps(pattern["pattern"], sort_keys=True))
        if key not in seen:
            seen.add(key)
            yield pattern


def heading_regex() -> re.Pattern:
    """One compiled regex for section headings, from ``patterns/sections.txt``.

    A heading starts a line (after bullets or dashes) and either ends it, perhaps as a question,
    or is followed by a colon: "Methods", "Materials and Methods:", "Result(s):", "- Keywords:",
    "What are stem cells?". Three kinds of label also open a section in mid-line:

    - eligibility labels after punctuation or a bullet: "..., Exclusion criteria: Thyroid ...",
      "Eligibility Criteria: Criteria: Inclusion Criteria: * ...";
    - the capitalised labels of a structured abstract run on as one paragraph, after a sentence
      end: "... regeneration. Methods: Thirty-two rats ... Results: The HE staining ...";
    - any heading right after a JATS section tag, as abstracts taken from publisher metadata
      carry them: "<jats:sec> Background Pregnancy in ...", "<jats:sec> Results Out of 211 ...".
    """
    phrases = sorted((phrase for phrase, _ in read_mapping("sections.txt")), key=len,
                     reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    line_start = (rf"(?im)^[ \t\-–•*\d.)]*(?P<line>{alternatives})(?:\(s\))?[ \t]*"
                  rf"(?P<colon>:)?(?(colon)|[ \t]*\??[ \t]*$)")
    inline = r"(?<=[,;.:*])[ \t]*(?P<inline>inclusion criteria|exclusion criteria)[ \t]*:"
    labels = "|".join(ABSTRACT_LABELS)
    run_on = rf"(?<=[.!?])[ \t]*(?-i:(?P<label>{labels}))[ \t]*:"
    tagged = rf"(?<=<jats:sec>)[ \t]*(?:<jats:title>)?[ \t]*(?i:(?P<tagged>{alternatives}))\b"
    return re.compile(f"{line_start}|(?i:{inline})|{run_on}|{tagged}")
