"""``python -m extractor.evaluate GOLD PATH...``: the quick scoring loop for annotators."""
import pytest

from extractor import evaluate
from helpers import SEEDS


def test_scores_files_and_lists_disagreements(capsys):
    evaluate.main([str(SEEDS / "gold.jsonl"), str(SEEDS)])
    out = capsys.readouterr().out
    assert "documents matched: 5" in out
    assert "doc_type              accuracy                           1.000" in out


def test_missing_gold_is_one_line_error(tmp_path):
    with pytest.raises(SystemExit) as stop:
        evaluate.main([str(tmp_path / "none.jsonl"), str(SEEDS)])
    assert str(stop.value).startswith("Error: ") and "none.jsonl" in str(stop.value)
    assert "\n" not in str(stop.value)


def test_usage_error_without_paths(capsys):
    with pytest.raises(SystemExit) as stop:
        evaluate.main([str(SEEDS / "gold.jsonl")])
    assert stop.value.code == 2
    assert "usage:" in capsys.readouterr().err
