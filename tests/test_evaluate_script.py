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


def test_unreadable_document_is_reported_and_the_rest_scored(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("24 women with POI received bone marrow stem cells.")
    (docs / "b.txt").write_bytes(b"<dataset><record/></dataset>")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "docs/a.txt", "doc_type": "primary_study"}\n'
                    '{"file": "docs/b.txt", "doc_type": "review"}\n')
    evaluate.main([str(gold), str(docs)])
    captured = capsys.readouterr()
    assert "documents matched: 1 (gold documents without a record: 1)" in captured.out
    error_lines = captured.err.strip().splitlines()
    assert len(error_lines) == 1 and error_lines[0].startswith("Error: ")
    assert "b.txt" in error_lines[0]
