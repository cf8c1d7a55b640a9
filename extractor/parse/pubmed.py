"""Placeholder until the pubmed parser lands."""
from ..errors import UnknownInputKind


def parse_pubmed(data, source, **options):
    raise UnknownInputKind(source, "pubmed input is not supported yet")
