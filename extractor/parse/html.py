"""Placeholder until the html parser lands."""
from ..errors import UnknownInputKind


def parse_html(data, source, **options):
    raise UnknownInputKind(source, "html input is not supported yet")
