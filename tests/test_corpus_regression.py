"""The bundled corpus end to end: everything lands, and the development scores hold.

Thresholds sit just under the figures measured when they were set (see the README), so a change
that loses quality fails here; raise them when the extractor improves.
"""
import json

import pytest

from extractor.evaluate import read_gold, score
from extractor.export import iter_records
from extractor.ingest import corpus_inputs, ingest
from extractor.parse import parse_bytes
from extractor.store import open_db
from helpers import CORPORA, DEV, SEEDS

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

# Development set (corpora/dev) and seeds together. The issues' quality bars are lower
# (0.85 to 0.97); these sit just under what the extractor reaches, so a loss shows at once.
THRESHOLDS = {
    # measured 1.000 on all 39 documents; one error more (0.974) still passes
    "doc_type_accuracy": 0.97,
    "registered_accuracy": 0.97,
    "promotional_or_not_accuracy": 0.97,
    "study_design_accuracy": 0.97,
    "evidence_tier_accuracy": 0.97,
    # measured F1 1.000, 1.000, 1.000, 0.967 (outcomes), 1.000
    "conditions_f1": 0.96,
    "cell_sources_f1": 0.96,
    "routes_f1": 0.96,
    "outcomes_f1": 0.94,
    "registry_ids_f1": 0.96,
    # measured 17/17
    "cohort_size_exact": 0.94,
}
MAX_COHORT_GIVEN_WHERE_NONE = 0.10


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("corpus") / "corpus.db")
    summary = ingest(corpus_inputs(CORPORA), db)
    return db, summary


def test_every_bundled_document_lands(corpus_db):
    db, summary = corpus_db
    assert summary.failed == 0, summary.errors
    assert list(db["ingest_errors"].rows) == []


def test_every_peer_article_and_study_is_stored(corpus_db):
    db, _ = corpus_db
    stored = {row["doc_id"] for row in db.query("select doc_id from evidence")}
    manifest = json.loads((CORPORA / "recorded" / "peer" / "manifest.json").read_text())
    for entry in manifest:
        path = CORPORA / "recorded" / "peer" / entry["file"]
        try:
            ids = {d.doc_id for d in parse_bytes(path.read_bytes(), str(path))}
        except Exception as error:  # the HTML error page: reported, never a crash
            assert entry["kind"] == "pubmed" and path.suffix == ".html", (path, error)
            continue
        assert ids <= stored, path.name


@pytest.fixture(scope="module")
def scores(corpus_db):
    db, _ = corpus_db
    gold = read_gold(DEV / "gold.jsonl") + read_gold(SEEDS / "gold.jsonl")
    records = [r for r in iter_records(db, extracted=True)
               if r["source"].startswith(str(DEV)) or r["source"].startswith(str(SEEDS))]
    return score(records, gold)


@pytest.mark.parametrize("name, minimum", THRESHOLDS.items())
def test_development_scores_hold(scores, name, minimum):
    figures = scores.as_dict()
    figures["cohort_size_exact"] = scores.cohort_exact
    assert scores.matched == 39
    assert figures[name] >= minimum, f"{name} fell to {figures[name]:.3f}"


def test_cohort_size_abstains_where_gold_has_none(scores):
    assert scores.cohort_given_where_none <= MAX_COHORT_GIVEN_WHERE_NONE
