"""A document with its evidence highlighted, so a reviewer checks a paper in a minute."""
import click

FIELD_COLOURS = {
    "conditions": "magenta", "cell_sources": "green", "routes": "cyan", "outcomes": "blue",
    "cohort_size": "yellow", "study_design": "red", "registry_ids": "bright_white",
    "co_interventions": "bright_green", "trial_status": "bright_yellow",
}


def render(document, spans: list[dict], colour: bool) -> str:
    """The text with each quoted span marked and numbered, then the numbered values.

    Spans are drawn from the text by their offsets, so what is shown is exactly what was quoted.
    Overlapping spans keep the first; the legend still lists every value.
    """
    text = document.text
    marked = [s for s in spans if s["end"] > s["start"]]
    pieces, cursor = [], 0
    for number, span in enumerate(marked, 1):
        if span["start"] < cursor:
            continue
        pieces.append(text[cursor:span["start"]])
        quote = text[span["start"]:span["end"]]
        pieces.append(_mark(quote, number, span["field"], colour))
        cursor = span["end"]
    pieces.append(text[cursor:])
    legend = [f"[{n}] {s['field']} = {s['value']}  ({s['method']}, {s['start']}-{s['end']})"
              + (f"  {s['note']}" if s.get("note") else "")
              for n, s in enumerate(marked, 1)]
    legend += [f"[-] {s['field']} = {s['value']}  ({s['method']})" + (
               f"  {s['note']}" if s.get("note") else "")
               for s in spans if s["end"] <= s["start"]]
    return "".join(pieces) + "\n\n" + "\n".join(legend)


def _mark(quote: str, number: int, field: str, colour: bool) -> str:
    if colour:
        return click.style(quote, fg=FIELD_COLOURS.get(field, "white"), bold=True,
                           underline=True) + click.style(f"[{number}]", dim=True)
    return f"⟦{quote}⟧[{number}]"


def header(document, row: dict | None, why: str | None = None, links=()) -> str:
    """Title, source and the record's values, above the text; then its links to trials or
    publications, and why to check it first."""
    lines = [f"{document.doc_id}  {document.title or ''}".rstrip(), f"source: {document.source}"]
    if row:
        for name in ("doc_type", "evidence_tier", "study_design", "registered", "registry_ids",
                     "conditions", "cell_sources", "routes", "cohort_size", "outcomes",
                     "trial_status", "co_interventions"):
            value = row.get(name)
            shown = ", ".join(value) if isinstance(value, list) else value
            lines.append(f"  {name:<17} {shown if shown not in (None, '') else '-'}")
    for link in links:
        lines.append(f"  {'link':<17} {link}")
    if why:
        lines.append(f"  {'check first':<17} {why}")
    return "\n".join(lines)
