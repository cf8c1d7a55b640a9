"""The ``fetch`` command group: ClinicalTrials.gov, PubMed and web pages into the database.

Each command parses its options, builds one polite session, calls one function of
:mod:`extractor.harvest`, and reports. A run that stops early says why as
``Error: <source>: <reason>``; the next run with the same options resumes where it stopped.
"""
import dataclasses
import sys

import click

from .cli_common import db_option, reports_errors


def _common(command):
    """Options every fetch command shares."""
    options = [
        db_option,
        click.option("--no-extract", is_flag=True,
                     help="Store the fetched documents without running extraction."),
        click.option("--no-cache", is_flag=True,
                     help="Download again even what the disk cache already holds."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _since(ctx, param, value):
    return value.date() if value is not None else None


_max_option = click.option("--max", "max_items", type=click.IntRange(min=1),
                           help="Fetch at most this many records.")
_since_option = click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]),
                             callback=_since, help="Only records updated on or after this "
                                                   "date (YYYY-MM-DD).")


@click.group()
def fetch():
    """Fetch registry records, abstracts and web pages into the evidence database.

    Requests are rate-limited per host, retried with backoff on 429, 5xx and broken
    connections, and cached on disk (EXTRACTOR_CACHE_DIR), so a rerun downloads nothing it
    already has and a killed run resumes at the page it had not finished.

    Example:

        stemcell-evidence fetch ctgov --db evidence.db --max 200
    """


@fetch.command()
@_common
@click.option("--query", help="ClinicalTrials.gov search (Essie syntax) instead of the "
                              "default conditions × stem-cell search.")
@_since_option
@_max_option
@reports_errors
def ctgov(db_path, no_extract, no_cache, query, since, max_items):
    """Search ClinicalTrials.gov (API v2) and store every study found.

    Without --query the search is the vocabulary's conditions crossed with stem-cell
    interventions (MSC, stem cell, stromal cell, exosome ...). The base URL comes from
    EXTRACTOR_CTGOV_URL.

    Example:

        stemcell-evidence fetch ctgov --db evidence.db --since 2024-01-01 --max 500
    """
    from .harvest import harvest_ctgov
    session = _session(no_cache)
    db = _open(db_path)
    summary = harvest_ctgov(db, session, query=query, since=since, max_studies=max_items,
                            extract=not no_extract, on_page=_progress())
    _finish(summary, db_path)


@fetch.command()
@_common
@click.option("--query", help="PubMed query instead of the default conditions AND "
                              "stem-cell search.")
@_since_option
@_max_option
@click.option("--email", help="Contact address NCBI asks every client to send "
                              "[env EXTRACTOR_NCBI_EMAIL].")
@click.option("--api-key", help="NCBI API key: 10 requests/s instead of 3 "
                                "[env EXTRACTOR_NCBI_API_KEY].")
@reports_errors
def pubmed(db_path, no_extract, no_cache, query, since, max_items, email, api_key):
    """Search PubMed (esearch) and store the abstracts (efetch, 200 per request).

    The base URL comes from EXTRACTOR_EUTILS_URL; tool, email and api_key are sent with every
    request as NCBI asks.

    Example:

        stemcell-evidence fetch pubmed --db evidence.db --email me@example.org --max 1000
    """
    from .harvest import harvest_pubmed
    session = _session(no_cache, email=email, api_key=api_key)
    if not session.settings.ncbi_email:
        click.echo("Note: NCBI asks for a contact address; pass --email or set "
                   "EXTRACTOR_NCBI_EMAIL.", err=True)
    db = _open(db_path)
    summary = harvest_pubmed(db, session, term=query, since=since, max_records=max_items,
                             extract=not no_extract, on_page=_progress())
    _finish(summary, db_path)


@fetch.command()
@_common
@click.argument("urls", nargs=-1, required=True)
@reports_errors
def url(db_path, no_extract, no_cache, urls):
    """Fetch web pages and store their main text (navigation, scripts and footers dropped).

    Each site's robots.txt is honoured. A page that cannot be fetched is reported and
    recorded; the others go on, and the exit code is 1 when any failed.

    Example:

        stemcell-evidence fetch url --db evidence.db https://example.org/news/stem-cells-poi
    """
    from .harvest import harvest_urls
    session = _session(no_cache)
    db = _open(db_path)
    summary = harvest_urls(db, session, urls, extract=not no_extract, on_page=_progress())
    _finish(summary, db_path)


def _session(no_cache: bool, email=None, api_key=None):
    from .config import load_settings
    from .fetch.session import PoliteSession
    settings = load_settings()
    overrides = {"ncbi_email": email, "ncbi_api_key": api_key}
    settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v})
    return PoliteSession(settings, use_cache=not no_cache)


def _open(db_path):
    from .store import open_db
    return open_db(db_path)


def _progress():
    """A running count on a terminal; nothing when stderr is a pipe, a log or CI."""
    if not sys.stderr.isatty():
        return None
    return lambda summary: click.echo(f"\rfetched {summary.fetched} ({summary.new} new, "
                                      f"{summary.failed} failed)", err=True, nl=False)


def _finish(summary, db_path) -> None:
    if sys.stderr.isatty():
        click.echo(err=True)
    for note in summary.notes:
        click.echo(f"Note: {note}", err=True)
    for source, reason in summary.errors:
        click.echo(f"Error: {source}: {reason}", err=True)
    click.echo(summary.line(), err=True)
    if summary.stopped is not None:
        raise click.ClickException(f"stopped early ({summary.failed} failed); rerun the same "
                                   f"command to resume; failures are in ingest_errors in "
                                   f"{db_path}")
    if summary.failed:
        raise click.ClickException(f"{summary.failed} item(s) failed; see ingest_errors in "
                                   f"{db_path}")
