"""The evidence map: figures and page from the command, and the notebook executed headless."""
import json

import nbformat
import pytest
from click.testing import CliRunner
from nbclient import NotebookClient

from extractor.cli import cli
from extractor.ingest import ingest
from extractor.report import condition_cell_map, cohorts_by_tier, tier_counts
from extractor.store import evidence_rows, open_db
from helpers import REPO, SEEDS

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
ROWS = [
    {"doc_id": "a", "doc_type": "primary_study", "evidence_tier": "rct", "registered": True,
     "conditions": ["poi"], "cell_sources": ["umbilical_cord_msc", "bone_marrow_msc"],
     "cohort_size": 60, "title": "t"},
    {"doc_id": "b", "doc_type": "promotional", "evidence_tier": "unsupported_claim",
     "registered": False, "conditions": ["poi"], "cell_sources": ["umbilical_cord_msc"],
     "cohort_size": None, "title": "t"},
]


def test_map_counts_and_keeps_the_best_tier():
    cells = condition_cell_map(ROWS)
    assert cells[("poi", "umbilical_cord_msc")] == (2, 2)
    assert cells[("poi", "bone_marrow_msc")] == (1, 2)


def test_tier_counts_and_cohorts():
    groups = tier_counts(ROWS)
    assert dict(groups["registered"]) == {"rct": 1}
    assert dict(groups["promotional or news"]) == {"unsupported_claim": 1}
    assert dict(cohorts_by_tier(ROWS)) == {"rct": [60]}


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "seeds.db"
    ingest([SEEDS], open_db(path))
    return path


def test_report_writes_three_pngs_and_a_page(seeds_db, tmp_path):
    out = tmp_path / "report"
    result = CliRunner().invoke(cli, ["report", "--db", str(seeds_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("condition_cell_source_map.png", "tiers_registered_vs_promotional.png",
                 "cohort_sizes_by_tier.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f'src="{name}"' in (out / "index.html").read_text()
    for row in evidence_rows(open_db(seeds_db)):
        assert row["doc_id"] in (out / "index.html").read_text()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    notebook = json.loads(path.read_text())
    for cell in notebook["cells"]:
        assert not cell.get("outputs"), f"{path.name}: strip outputs before committing"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_headless(path, seeds_db, monkeypatch):
    monkeypatch.setenv("EVIDENCE_DB", str(seeds_db))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    images = [o for c in notebook.cells for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) == 3
