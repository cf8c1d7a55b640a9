"""Placeholder until the pdf parser lands."""
from ..errors import UnknownInputKind


def parse_pdf(data, source, **options):
    raise UnknownInputKind(source, "pdf input is not supported yet")
