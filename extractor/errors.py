"""Named errors. Each carries the offending ``source`` so a batch can report and go on.

Every per-item failure is shown to the user as ``Error: <source>: <reason>``.
"""


class ExtractorError(Exception):
    """Base class: something about one input or request went wrong."""

    def __init__(self, source, reason):
        self.source = str(source)
        self.reason = str(reason)
        super().__init__(f"{self.source}: {self.reason}")


class UnreadableInput(ExtractorError):
    """The input could not be read: missing, a directory, no permission, or not decodable."""


class MalformedInput(ExtractorError):
    """The input was read but its JSON, XML or HTML is broken or empty."""


class UnknownInputKind(ExtractorError):
    """The content matches none of the input kinds the extractor knows."""


class FetchFailed(ExtractorError):
    """A request failed after its retries, or the server answered with an error."""


class RateLimited(FetchFailed):
    """The server kept answering 429 Too Many Requests after every retry."""


class SchemaMismatch(ExtractorError):
    """A record does not validate against schemas/record.schema.json."""


class UnknownDocument(ExtractorError):
    """No document with that id is in the database."""


class UnknownCode(ExtractorError):
    """A value is not a code of the controlled vocabulary for its field."""
