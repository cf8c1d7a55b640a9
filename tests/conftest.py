"""Shared fixtures: the NLP pipeline is built once per test session (it compiles ~4,000
patterns), and a helper runs one field extractor over a short text."""
import pytest

from extractor.document import Document
from extractor.nlp import build_nlp
from extractor.record import Record


@pytest.fixture(scope="session")
def nlp():
    """The project's pipeline, built once and shared (as scispaCy caches its models)."""
    return build_nlp()


def make_text_document(text: str, sections=None, metadata=None) -> Document:
    """A plain-text document, optionally with parser sections ``(name, start, end)``."""
    return Document(doc_id="sha256:test", source="test.txt", kind="text", title=None, text=text,
                    sections=list(sections or []), metadata=dict(metadata or {}))


@pytest.fixture(scope="session")
def field_values(nlp):
    """``field_values(module, text)`` → the distinct values one extractor finds, in order.

    Every finding's quote is checked against the text at its offsets: offsets are evidence.
    """
    def run(module, text, sections=None):
        document = make_text_document(text, sections)
        findings = module.extract(document, nlp(text), Record(doc_id="t", source="t"))
        for finding in findings:
            assert text[finding.start:finding.end] == finding.quote
        values = []
        for finding in findings:
            if finding.value not in values:
                values.append(finding.value)
        return values
    return run
