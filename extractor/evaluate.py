"""Score extracted records against gold annotations, field by field.

Records match gold on the file name: the gold ``file`` basename equals the basename of the
record's ``source``.
"""
import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import MalformedInput, UnreadableInput

ACCURACY_FIELDS = ("doc_type", "evidence_tier", "study_design", "registered")
SET_FIELDS = ("conditions", "cell_sources", "routes", "outcomes", "registry_ids")
DERIVED_ACCURACY = {"promotional_or_not": lambda r: r.get("doc_type") == "promotional"}


@dataclass
class SetScore:
    """Micro-averaged counts for one list field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Every figure ``evaluate`` prints, plus the per-document differences behind them."""

    matched: int = 0
    missing: list = field(default_factory=list)
    accuracy: dict = field(default_factory=dict)
    sets: dict = field(default_factory=dict)
    cohort_exact: float | None = None
    cohort_answered: float | None = None
    cohort_given_where_none: float | None = None
    cohort_counts: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    def as_dict(self) -> dict:
        """Plain figures, for JSON output and tests."""
        data = {"matched": self.matched, "missing": self.missing}
        data.update({f"{k}_accuracy": v for k, v in self.accuracy.items()})
        for name, s in self.sets.items():
            data[f"{name}_precision"] = s.precision
            data[f"{name}_recall"] = s.recall
            data[f"{name}_f1"] = s.f1
        data.update(cohort_size_exact=self.cohort_exact,
                    cohort_size_answered=self.cohort_answered,
                    cohort_size_given_where_gold_none=self.cohort_given_where_none)
        return data


def read_gold(path) -> list[dict]:
    """Gold annotations, one JSON object per line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UnreadableInput(path, error.strerror or str(error)) from None
    gold = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            gold.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise MalformedInput(path, f"line {number}: {error.msg}") from None
    return gold


def match_key(path_or_url: str) -> str:
    """The file name both sides are matched on."""
    return Path(str(path_or_url)).name


def score(records, gold) -> Scores:
    """Compare records (export dicts) with gold annotations.

    :param records: iterable of exported record dicts (``source`` names the file)
    :param gold: iterable of gold dicts (``file`` names the file)
    """
    by_file = {match_key(r["source"]): r for r in records}
    scores = Scores()
    correct = {name: 0 for name in (*ACCURACY_FIELDS, *DERIVED_ACCURACY)}
    scores.sets = {name: SetScore() for name in SET_FIELDS}
    cohort = {"gold_number": 0, "exact": 0, "answered": 0, "answered_right": 0,
              "gold_none": 0, "given_where_none": 0}
    for item in gold:
        record = by_file.get(match_key(item["file"]))
        if record is None:
            scores.missing.append(item["file"])
            continue
        scores.matched += 1
        for name in ACCURACY_FIELDS:
            ok = record.get(name) == item.get(name)
            correct[name] += ok
            if not ok:
                scores.errors.append((item["file"], name, item.get(name), record.get(name)))
        for name, predicate in DERIVED_ACCURACY.items():
            correct[name] += predicate(record) == predicate(item)
        for name in SET_FIELDS:
            _count_set(scores, item["file"], name, record.get(name) or [], item.get(name) or [])
        _count_cohort(cohort, scores, item["file"], record.get("cohort_size"),
                      item.get("cohort_size"))
    if scores.matched:
        scores.accuracy = {k: v / scores.matched for k, v in correct.items()}
    scores.cohort_counts = cohort
    if cohort["gold_number"]:
        scores.cohort_exact = cohort["exact"] / cohort["gold_number"]
    if cohort["answered"]:
        scores.cohort_answered = cohort["answered_right"] / cohort["answered"]
    if cohort["gold_none"]:
        scores.cohort_given_where_none = cohort["given_where_none"] / cohort["gold_none"]
    return scores


def _count_set(scores, file, name, predicted, expected) -> None:
    predicted, expected = set(predicted), set(expected)
    s = scores.sets[name]
    s.tp += len(predicted & expected)
    s.fp += len(predicted - expected)
    s.fn += len(expected - predicted)
    if predicted != expected:
        scores.errors.append((file, name, sorted(expected - predicted),
                              sorted(predicted - expected)))


def _count_cohort(cohort, scores, file, predicted, expected) -> None:
    if predicted is not None:
        cohort["answered"] += 1
        cohort["answered_right"] += predicted == expected
    if expected is None:
        cohort["gold_none"] += 1
        cohort["given_where_none"] += predicted is not None
    else:
        cohort["gold_number"] += 1
        cohort["exact"] += predicted == expected
    if predicted != expected:
        scores.errors.append((file, "cohort_size", expected, predicted))


def format_scores(scores: Scores) -> str:
    """The table ``evaluate`` prints."""
    lines = [f"documents matched: {scores.matched}"
             + (f" (gold documents without a record: {len(scores.missing)})" if scores.missing else "")]
    lines.append(f"{'field':<22}{'metric':<32}{'value':>8}")
    for name, value in scores.accuracy.items():
        lines.append(f"{name:<22}{'accuracy':<32}{value:>8.3f}")
    for name, s in scores.sets.items():
        lines.append(f"{name:<22}{'precision / recall / F1':<32}"
                     f"{s.precision:>8.3f} {s.recall:.3f} {s.f1:.3f}")
    c = scores.cohort_counts
    lines.append(_cohort_line("exact where gold has a number", scores.cohort_exact,
                              c.get("exact"), c.get("gold_number")))
    lines.append(_cohort_line("right when it answers", scores.cohort_answered,
                              c.get("answered_right"), c.get("answered")))
    lines.append(_cohort_line("number given where gold has none", scores.cohort_given_where_none,
                              c.get("given_where_none"), c.get("gold_none")))
    return "\n".join(lines)


def _cohort_line(label, value, numerator, denominator) -> str:
    shown = "n/a" if value is None else f"{value:.3f}"
    return f"{'cohort_size':<22}{label:<32}{shown:>8} ({numerator}/{denominator})"


def format_errors(scores: Scores) -> str:
    """One line per disagreement, for error analysis (``evaluate --errors``)."""
    return "\n".join(f"{file}\t{name}\tgold={expected}\tgot={got}"
                     for file, name, expected, got in scores.errors)


def extract_paths(paths, on_error=None) -> list[dict]:
    """Parse and extract files without a database; the quick loop for rule development.

    :param on_error: called with the error of a file that cannot be read or parsed; the other
        files go on (the file then counts as missing in the scores). Without it, errors raise.
    """
    from .errors import ExtractorError
    from .ingest import iter_input_files
    from .extract import build_record
    from .nlp import build_nlp
    from .parse import parse_bytes, read_input
    nlp = build_nlp()
    records = []
    for path in iter_input_files(paths):
        try:
            documents = parse_bytes(read_input(path), str(path))
        except ExtractorError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        for document in documents:
            records.append(build_record(document, nlp(document.text)).to_export())
    return records


def main(argv=None) -> None:
    """``python -m extractor.evaluate GOLD PATH...``: score files directly, print errors too."""
    import argparse
    import sys
    import warnings
    from .errors import ExtractorError
    warnings.filterwarnings("ignore", message="Possible (set union|nested set)",
                            category=FutureWarning)
    parser = argparse.ArgumentParser(
        prog="python -m extractor.evaluate",
        description="Extract the given files or folders and score them against a gold file.")
    parser.add_argument("gold", help="gold annotations, one JSON object a line")
    parser.add_argument("paths", nargs="+", help="documents or folders of documents")
    args = parser.parse_args(argv)
    try:
        gold = read_gold(args.gold)
        records = extract_paths(args.paths, on_error=lambda e: print(f"Error: {e}",
                                                                     file=sys.stderr))
        scores = score(records, gold)
    except ExtractorError as error:
        sys.exit(f"Error: {error}")
    print(format_scores(scores))
    print(format_errors(scores))


if __name__ == "__main__":
    main()
