"""Command line: each command parses options, calls one library function, and reports.

Errors the user can fix arrive as :class:`~extractor.errors.ExtractorError` and leave as
``Error: <source>: <reason>`` with exit code 1, never as a traceback.
"""
import re
import sys
from pathlib import Path

import click

from .about import __version__
from .cli_common import db_option, reports_errors
from .cli_fetch import fetch

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = REPO_ROOT / "corpora"

def _open(db_path):
    from .store import open_db
    return open_db(db_path)


def _progress(items_total: int, label: str):
    """A progress bar on a terminal; silent when stderr is not a TTY (logs, CI, pipes)."""
    return click.progressbar(length=items_total, label=label, file=sys.stderr,
                             show_pos=True) if sys.stderr.isatty() else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stemcell-evidence")
def cli():
    """Evidence extractor for stem-cell fertility studies.

    Reads trial-registry records, PubMed abstracts, web pages, text and PDFs; extracts cell
    source, route, cohort size, outcomes, study design and evidence tier, each with its quoted
    evidence; and stores them in a SQLite evidence table.
    """


def _run_ingest(paths, db, encoding):
    from .ingest import ingest, iter_input_files
    total = sum(1 for _ in iter_input_files(paths))
    bar = _progress(total, "Extracting")
    if bar is None:
        return ingest(paths, db, encoding=encoding)
    with bar:
        return ingest(paths, db, encoding=encoding, on_input=lambda _: bar.update(1))


def _report_failures(summary) -> None:
    for source, reason in summary.errors:
        click.echo(f"Error: {source}: {reason}", err=True)


@cli.command()
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--encoding", help="Text encoding of inputs that are not UTF-8 (e.g. latin-1).")
@reports_errors
def extract(db_path, paths, encoding):
    """Extract evidence from files or folders into the database.

    PATHS may mix ClinicalTrials.gov v2 JSON, PubMed efetch XML, HTML pages, plain text and PDF;
    the kind is recognised from the content. A file that cannot be read is reported, recorded in
    the ingest_errors table and skipped; the exit code is 1 when any input failed.

    Example:

        stemcell-evidence extract --db evidence.db corpora/dev papers/new.pdf
    """
    db = _open(db_path)
    summary = _run_ingest(paths, db, encoding)
    _report_failures(summary)
    click.echo(summary.line(), err=True)
    if summary.failed:
        raise click.ClickException(f"{summary.failed} input(s) failed; see ingest_errors in "
                                   f"{db_path}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default: standard output).")
@click.option("--gold", "as_gold", is_flag=True,
              help="Write only reviewer-corrected records, in the gold-annotation format.")
@reports_errors
def export(db_path, fmt, out, as_gold):
    """Export every evidence record, validated against schemas/record.schema.json.

    Each record carries its evidence: field, value, quote and character offsets. Curated values
    (see 'correct') replace extracted ones. With --gold, the corrected records are written in
    the gold format, so 'evaluate --gold' scores the extractor against the reviewers.

    Example:

        stemcell-evidence export --db evidence.db --format jsonl --out records.jsonl
    """
    from .export import export as run_export
    from .export import export_gold
    db = _open(db_path)
    failures = []
    count = export_gold(db, out) if as_gold else run_export(db, fmt, out, failures)
    for error in failures:
        click.echo(f"Error: {error}", err=True)
    click.echo(f"{count} records exported", err=True)
    if failures:
        raise click.ClickException(f"{len(failures)} record(s) failed the schema and were "
                                   "left out")


def _partial_date(ctx, param, value):
    """Check a YYYY, YYYY-MM or YYYY-MM-DD date and keep it to the precision typed."""
    if value is None or re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        return value
    raise click.BadParameter(f"{value!r} is not a date like 2020, 2020-06 or 2020-06-30")


def _filters_from(options):
    from .query import Filters
    return Filters(**options)


@cli.command()
@db_option
@click.option("--condition", help="Condition code, e.g. poi, asherman, noa.")
@click.option("--cell-source", help="Cell source code, e.g. umbilical_cord_msc.")
@click.option("--route", help="Route code, e.g. intraovarian.")
@click.option("--tier", help="Exactly this evidence tier.")
@click.option("--min-tier", help="This tier or stronger, e.g. controlled_nonrandomized.")
@click.option("--min-cohort", type=int, help="Cohort size at least this.")
@click.option("--registered/--unregistered", default=None, help="Only registered (or not).")
@click.option("--promotional/--not-promotional", default=None,
              help="Only promotional documents (or none of them).")
@click.option("--since", callback=_partial_date,
              help="Documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD): publication, "
                   "page or study-start date.")
@click.option("--until", callback=_partial_date, help="Documents dated on or before.")
@click.option("--text", help="Full-text search over titles and texts (SQLite FTS5 syntax).")
@click.option("--needs-review", is_flag=True,
              help="Only records to check first: an uncertain document type, or no design or "
                   "tier (the needs_review view says why).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@reports_errors
def query(db_path, fmt, **options):
    """Show evidence records matching the filters, strongest tier first.

    Example:

        stemcell-evidence query --db evidence.db --condition poi --min-tier uncontrolled_clinical

        stemcell-evidence query --db evidence.db --needs-review
    """
    from .query import REVIEW_COLUMNS, TABLE_COLUMNS, format_table, run_query
    rows = run_query(_open(db_path), _filters_from(options))
    if fmt == "table":
        columns = REVIEW_COLUMNS if options["needs_review"] else TABLE_COLUMNS
        click.echo(format_table(rows, columns))
        click.echo(f"{len(rows)} records", err=True)
    else:
        _echo_rows(rows, fmt)


def _echo_rows(rows, fmt):
    import csv
    import json
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    writer = csv.writer(sys.stdout, lineterminator="\n")
    if rows:
        writer.writerow(rows[0].keys())
    for row in rows:
        writer.writerow([";".join(v) if isinstance(v, list) else v for v in row.values()])


@cli.command()
@db_option
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, one record per line, matched on file name).")
@click.option("--errors/--no-errors", "show_errors", default=False,
              help="Also list every disagreement with gold.")
@reports_errors
def evaluate(db_path, gold, show_errors):
    """Score the stored records against gold annotations, field by field.

    Accuracy for doc_type, evidence_tier, study_design and registered; micro precision, recall
    and F1 for the list fields; for cohort_size the exact rate where gold has a number, the rate
    right when it answers, and the rate of numbers given where gold has none.

    Example:

        stemcell-evidence evaluate --db evidence.db --gold corpora/dev/gold.jsonl
    """
    from .evaluate import format_errors, format_scores, read_gold, score
    from .export import iter_records
    scores = score(list(iter_records(_open(db_path), extracted=True)), read_gold(gold))
    click.echo(format_scores(scores))
    if show_errors:
        click.echo(format_errors(scores))


@cli.command()
@db_option
@click.argument("doc_id")
@click.option("--color/--no-color", default=None, help="Highlight with colours "
              "(default: when writing to a terminal).")
@reports_errors
def show(db_path, doc_id, color):
    """Print one document with its evidence highlighted and the values beside it.

    Example:

        stemcell-evidence show --db evidence.db NCT05308342
    """
    from .show import header, render
    from .store import evidence_rows, links_for, load_document, review_reasons, spans_for
    db = _open(db_path)
    document = load_document(db, doc_id)
    rows = evidence_rows(db, "doc_id = ?", [doc_id])
    colour = sys.stdout.isatty() if color is None else color
    click.echo(header(document, rows[0] if rows else None,
                      review_reasons(db, document.doc_id).get(document.doc_id),
                      links_for(db, document.doc_id)))
    click.echo()
    click.echo(render(document, spans_for(db, doc_id), colour), color=colour)


@cli.command()
@db_option
@click.argument("doc_id")
@click.argument("field")
@click.argument("value")
@click.option("--note", help="Why: what the text says, which rule applies.")
@click.option("--curator", help="Who corrects (default: $STEMCELL_CURATOR or the login name).")
@reports_errors
def correct(db_path, doc_id, field, value, note, curator):
    """Store a reviewer's value for one field of one document.

    The curated value overrides the extracted one in queries and exports and is kept when the
    document is extracted again. Lists take comma-separated codes; 'none' clears a field.

    Example:

        stemcell-evidence correct --db evidence.db NCT05308342 routes intraovarian --note "methods"
    """
    from .curate import correct as store_correction
    row = store_correction(_open(db_path), doc_id, field, value, note, curator)
    click.echo(f"{doc_id}: {field} = {row['value']} (curated by {row['curator']})")


@cli.command()
@db_option
@click.option("--port", type=int, default=8001, show_default=True, help="Port on 127.0.0.1.")
@reports_errors
def serve(db_path, port):
    """Browse the database in Datasette, read-only, on http://127.0.0.1:PORT.

    Tables and columns are described; the evidence table has facets on condition, cell source,
    route, tier and document type; canned queries cover the analysis views.

    Example:

        stemcell-evidence serve --db evidence.db --port 8001
    """
    from .serve import serve as run_server
    click.echo(f"Serving {db_path} read-only at http://127.0.0.1:{port}/ (Ctrl-C stops)",
               err=True)
    sys.exit(run_server(db_path, port))


@cli.command()
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="report",
              show_default=True, help="Folder for the PNG plots and index.html.")
@reports_errors
def report(db_path, out_dir):
    """Write the evidence map: PNG plots and an HTML page.

    A condition x cell-source map of study counts coloured by best tier, the tier distribution
    of registered documents beside promotional and news documents, and cohort sizes by tier.

    Example:

        stemcell-evidence report --db evidence.db --out report
    """
    from .report import write_report
    for path in write_report(_open(db_path), out_dir):
        click.echo(str(path))


@cli.command()
@db_option
@reports_errors
def summary(db_path):
    """Per condition: registered trials by tier and status, beside the claims made.

    Silent trials are registered trials that finished (completed or terminated) with no results
    posted and no linked publication, or whose registration is flagged (participants pay, the
    sponsor sells the treatment).

    Example:

        stemcell-evidence summary --db evidence.db
    """
    from .summary import format_summary, summarise
    click.echo(format_summary(summarise(_open(db_path))))


@cli.command()
@db_option
@click.option("--corpora", "corpora_dir", type=click.Path(exists=True, file_okay=False),
              default=str(DEFAULT_CORPORA), show_default=True, help="Bundled corpus folder.")
@reports_errors
def build(db_path, corpora_dir):
    """Build the evidence database from the bundled corpora and print the evidence table.

    Reads only corpora/ (seeds, development corpus, recorded registry and PubMed responses,
    saved pages): the files its MANIFEST.json lists as documents. Inputs that cannot be read
    are reported and recorded; the rest land.

    Example:

        stemcell-evidence build --db evidence.db
    """
    from .ingest import corpus_inputs
    from .query import Filters, format_table, run_query
    from .store import review_reasons
    db = _open(db_path)
    summary = _run_ingest(corpus_inputs(corpora_dir), db, None)
    _report_failures(summary)
    rows = [r for r in run_query(db, Filters()) if _in_scope(r)]
    click.echo(format_table(rows))
    click.echo()
    click.echo(summary.line())
    click.echo(f"{len(rows)} documents about stem-cell fertility treatment shown; "
               f"{summary.documents - len(rows)} other documents stored. Database: {db_path}")
    to_check = review_reasons(db).keys() & {row["doc_id"] for row in rows}
    if to_check:
        click.echo(f"{len(to_check)} of those to check first: "
                   f"stemcell-evidence query --db {db_path} --needs-review")


def _in_scope(row) -> bool:
    """A fertility condition and a cell source, or a fertility condition on a study page."""
    conditions = [c for c in row["conditions"] if c != "other"]
    return bool(conditions) and (bool(row["cell_sources"]) or row["doc_type"] != "primary_study")


cli.add_command(fetch)
