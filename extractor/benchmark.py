"""Throughput and memory of extraction, printed as figures (a script, not a timed test).

Usage: ``python -m extractor.benchmark [--documents 10000] [--corpora corpora]``

The bundled corpus is replicated (each copy with its own id) to the requested size. Extraction
speed is reported beside a bare spaCy tokenizer measured in the same run, so the ratio means the
same on a faster or slower machine. Resident memory is sampled as the corpus grows: flat figures
mean no per-document state accumulates.
"""
import argparse
import dataclasses
import gc
import os
import resource
import tempfile
import time
from itertools import islice
from pathlib import Path

CHECKPOINTS = (0.1, 0.5, 1.0)


def rss_mib() -> float:
    """Current resident set size of this process, in MiB (Linux /proc; else peak RSS)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mib()


def peak_rss_mib() -> float:
    """Peak resident set size so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_corpus(corpora: Path) -> list:
    """Every document the bundled corpus parses into (failures are skipped here)."""
    from .errors import ExtractorError
    from .ingest import iter_input_files
    from .parse import parse_bytes, read_input
    documents = []
    for path in iter_input_files([corpora]):
        try:
            documents.extend(parse_bytes(read_input(path), str(path)))
        except ExtractorError:
            continue
    return documents


def replicate(documents: list, count: int):
    """``count`` documents cycling through ``documents``, each copy with a distinct id."""
    for i in range(count):
        base = documents[i % len(documents)]
        yield dataclasses.replace(base, doc_id=f"{base.doc_id}#{i // len(documents)}")


def time_tokenizer(documents: list) -> float:
    """Documents per second through spaCy's default English tokenizer alone."""
    import spacy
    tokenizer = spacy.blank("en").tokenizer
    start = time.perf_counter()
    for document in documents:
        tokenizer(document.text)
    return len(documents) / (time.perf_counter() - start)


def time_extraction(documents: list, count: int) -> tuple[float, list]:
    """Documents per second through ``nlp.pipe`` and ``build_record``; RSS at checkpoints."""
    from .extract import build_record
    from .nlp import build_nlp
    nlp = build_nlp()
    marks = {int(count * f) for f in CHECKPOINTS}
    samples = []
    start = time.perf_counter()
    stream = ((d.text, d) for d in replicate(documents, count))
    for n, (doc, document) in enumerate(nlp.pipe(stream, as_tuples=True, batch_size=64), 1):
        build_record(document, doc)
        if n in marks:
            # Collect first: spaCy docs and spans hold reference cycles that Python frees only
            # at its rare full collections, and we want live memory, not uncollected garbage.
            gc.collect()
            samples.append((n, rss_mib()))
    return count / (time.perf_counter() - start), samples


def time_store(documents: list, count: int) -> tuple[float, float]:
    """Documents per second for extract-and-store into a fresh database file; its size in MiB."""
    from .ingest import ingest_documents
    from .store import open_db
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = open_db(path)
        start = time.perf_counter()
        ingest_documents(db, replicate(documents, count))
        rate = count / (time.perf_counter() - start)
        return rate, path.stat().st_size / 2**20


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--corpora", type=Path, default=Path(__file__).parents[1] / "corpora")
    args = parser.parse_args(argv)
    documents = load_corpus(args.corpora)
    sample = list(islice(replicate(documents, 2000), 2000))
    chars = sum(len(d.text) for d in documents) / len(documents)
    print(f"corpus: {len(documents)} distinct documents, mean {chars:.0f} characters, "
          f"replicated to {args.documents}")
    tokens_rate = time_tokenizer(sample)
    print(f"bare spaCy tokenizer:   {tokens_rate:8.0f} documents/s")
    rate, samples = time_extraction(documents, args.documents)
    print(f"extraction (one core):  {rate:8.0f} documents/s  "
          f"= {rate / tokens_rate:.3f} x the bare tokenizer")
    print("resident memory during extraction (after a garbage collection): "
          + ", ".join(f"{n} docs {mib:.0f} MiB" for n, mib in samples))
    store_rate, size = time_store(documents, args.documents)
    print(f"extract and store:      {store_rate:8.0f} documents/s  (database {size:.0f} MiB)")
    print(f"peak resident memory:   {peak_rss_mib():8.0f} MiB")


if __name__ == "__main__":
    main()
