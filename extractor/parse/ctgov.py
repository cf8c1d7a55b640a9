"""Placeholder until the ctgov parser lands."""
from ..errors import UnknownInputKind


def parse_ctgov(data, source, **options):
    raise UnknownInputKind(source, "ctgov input is not supported yet")
