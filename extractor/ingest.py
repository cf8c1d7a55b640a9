"""The orchestrator: inputs → parse → ``nlp.pipe`` → extract → store.

Each input and each document fails alone: its error is recorded in ``ingest_errors`` with the
stage it failed at, and the batch goes on.
"""
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .errors import ExtractorError
from .link import refresh_links
from .store import NEW, UPDATED, record_error, save, save_document

SKIP_NAMES = {"gold.jsonl", "MANIFEST.json", "manifest.json", "README.md", "PROVENANCE.md"}
BATCH_SIZE = 64


@dataclass
class Summary:
    """What one ingest run did."""

    inputs: int = 0
    documents: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)

    def count(self, status: str) -> None:
        """Count one stored document by its store status."""
        self.documents += 1
        if status == NEW:
            self.new += 1
        elif status == UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1

    def fail(self, db, source, stage: str, reason: str) -> None:
        """Record one failure in the database and in the summary."""
        self.failed += 1
        self.errors.append((str(source), reason))
        record_error(db, source, stage, reason)

    def line(self) -> str:
        """One line for the end of a command."""
        return (f"{self.documents} documents stored ({self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged) from {self.inputs} inputs; {self.failed} failed")


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


def corpus_inputs(folder) -> list[Path]:
    """The document files of a corpus folder.

    With a ``MANIFEST.json`` (as in the bundled ``corpora/``), only entries whose ``role`` is
    ``document``: API envelopes, retired formats and annotations kept for the tests are not
    documents. Without one, the folder itself.
    """
    import json
    folder = Path(folder)
    manifest = folder / "MANIFEST.json"
    if not manifest.is_file():
        return [folder]
    entries = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    return [folder / e["path"] for e in entries if e.get("role") == "document"]


def ingest(paths, db, nlp=None, encoding=None, on_input=None) -> Summary:
    """Parse, extract and store every file under ``paths``.

    :param paths: files and folders, any mix of input kinds
    :param db: an open evidence database (:func:`extractor.store.open_db`)
    :param nlp: the pipeline (default: the cached :func:`extractor.nlp.build_nlp`)
    :param encoding: text encoding override for inputs that are not UTF-8
    :param on_input: called with each path once it is handled (drives progress bars)
    """
    summary = Summary()
    documents = _iter_parsed(paths, db, summary, encoding, on_input)
    ingest_documents(db, documents, nlp=nlp, summary=summary)
    return summary


def _iter_parsed(paths, db, summary: Summary, encoding, on_input):
    from .parse import parse_bytes, read_input
    for path in iter_input_files(paths):
        summary.inputs += 1
        try:
            yield from parse_bytes(read_input(path), str(path), encoding=encoding)
        except ExtractorError as error:
            # A truncated set keeps what was parsed before the break.
            yield from getattr(error, "partial", None) or []
            summary.fail(db, error.source, "parse", error.reason)
        if on_input:
            on_input(path)


def ingest_documents(db, documents, nlp=None, extract=True, summary=None) -> Summary:
    """Extract and store already-parsed documents, in batches through ``nlp.pipe``.

    :param extract: ``False`` stores the documents only (``fetch --no-extract``)
    """
    summary = summary or Summary()
    documents = iter(documents)
    if not extract:
        for document in documents:
            summary.count(save_document(db, document))
        return summary
    if nlp is None:
        from .nlp import build_nlp
        nlp = build_nlp()
    while batch := list(islice(documents, BATCH_SIZE)):
        pairs = nlp.pipe(((d.text, d) for d in batch), as_tuples=True, batch_size=BATCH_SIZE)
        for doc, document in pairs:
            _extract_and_save(db, document, doc, summary)
    refresh_links(db)
    return summary


def _extract_and_save(db, document, doc, summary: Summary) -> None:
    from .extract import build_record
    try:
        summary.count(save(db, document, build_record(document, doc)))
    except ExtractorError as error:
        summary.fail(db, document.source, "extract", error.reason)
    except Exception as error:  # a bug on one document must not lose the rest of the batch
        summary.fail(db, document.source, "extract",
                     f"internal error ({type(error).__name__}: {error}); please report it")
