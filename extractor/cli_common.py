"""Pieces every command shares: the --db option and the one error shape."""
import functools
import warnings

import click

from .errors import ExtractorError

DEFAULT_DB = "evidence.db"

# spaCy compiles scispaCy's tokenizer regexes, and Python 3.11 flags a "possible set union" in
# them; it is a note for the regex authors, not for someone running a command.
warnings.filterwarnings("ignore", message="Possible (set union|nested set)", category=FutureWarning)

db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False), default=DEFAULT_DB,
                         show_default=True, help="SQLite evidence database (created if missing).")


def reports_errors(command):
    """Turn named errors into ``Error: <source>: <reason>`` and exit code 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ExtractorError as error:
            raise click.ClickException(str(error)) from None
    return wrapper
