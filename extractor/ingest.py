"""The orchestrator: inputs → parse → nlp.pipe → extract → store, one item's failure at a time."""
from pathlib import Path

SKIP_NAMES = {"gold.jsonl", "MANIFEST.json", "manifest.json", "README.md", "PROVENANCE.md"}


def iter_input_files(paths):
    """Files named directly, and every file under named folders (sorted, hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _skipped(child, path):
                    yield child
        else:
            yield path


def _skipped(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return any(part.startswith(".") for part in parts) or path.name in SKIP_NAMES
