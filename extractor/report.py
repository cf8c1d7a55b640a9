"""The evidence map: PNG plots and an HTML page, without Jupyter.

Three figures: a condition × cell-source map of study counts coloured by the best tier; the tier
distribution of registered documents beside promotional and news documents; cohort sizes by tier.
The data functions are plain queries, so the notebook in ``notebooks/`` draws the same figures.
"""
import html
from collections import defaultdict
from pathlib import Path

# The object API (Figure, not pyplot) draws to files without choosing a backend, so importing
# this module in a notebook leaves the notebook's inline backend alone.
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from .store import evidence_rows
from .vocabulary import codes, load_vocabulary, tier_rank

TIER_COLOURS = ["#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61", "#f46d43",
                "#d73027", "#a50026"]
FIGURES = {
    "condition_cell_source_map.png": "Studies by condition and cell source (colour: best tier)",
    "tiers_registered_vs_promotional.png": "Evidence tiers: registered vs promotional and news",
    "cohort_sizes_by_tier.png": "Cohort sizes by evidence tier",
}


def condition_cell_map(rows) -> dict:
    """``{(condition, cell_source): (count, best_rank)}`` over documents naming both."""
    cells = defaultdict(lambda: [0, 99])
    for row in rows:
        rank = tier_rank(row["evidence_tier"])
        for condition in row["conditions"]:
            for source in row["cell_sources"]:
                cell = cells[(condition, source)]
                cell[0] += 1
                cell[1] = min(cell[1], rank)
    return {key: tuple(value) for key, value in cells.items()}


def tier_counts(rows) -> dict:
    """Tier counts for registered documents and for promotional or news documents."""
    groups = {"registered": defaultdict(int), "promotional or news": defaultdict(int)}
    for row in rows:
        tier = row["evidence_tier"] or "none"
        if row["registered"]:
            groups["registered"][tier] += 1
        if row["doc_type"] in ("promotional", "news"):
            groups["promotional or news"][tier] += 1
    return groups


def cohorts_by_tier(rows) -> dict:
    """``{tier: [cohort sizes]}`` for documents that give a cohort size."""
    sizes = defaultdict(list)
    for row in rows:
        if row["cohort_size"]:
            sizes[row["evidence_tier"] or "none"].append(row["cohort_size"])
    return sizes


def plot_condition_cell_map(rows, ax) -> None:
    """Heat map: rows conditions, columns cell sources, colour best tier, text the count."""
    cells = condition_cell_map(rows)
    conditions = [c for c in codes("conditions") if any(k[0] == c for k in cells)]
    sources = [s for s in codes("cell_sources") if any(k[1] == s for k in cells)]
    grid = [[cells.get((c, s), (0, float("nan")))[1] for s in sources] for c in conditions]
    cmap = ListedColormap(TIER_COLOURS)
    norm = BoundaryNorm([r + 0.5 for r in range(0, 10)], cmap.N)
    ax.imshow(grid or [[float("nan")]], cmap=cmap, norm=norm, aspect="auto")
    for i, condition in enumerate(conditions):
        for j, source in enumerate(sources):
            count = cells.get((condition, source), (0, 0))[0]
            if count:
                ax.text(j, i, str(count), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(sources)), sources, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(conditions)), conditions, fontsize=8)
    ax.set_title(FIGURES["condition_cell_source_map.png"])
    _tier_legend(ax)


def _tier_legend(ax) -> None:
    tiers = list(load_vocabulary()["evidence_tier"])
    handles = [Rectangle((0, 0), 1, 1, color=TIER_COLOURS[i]) for i in range(len(tiers))]
    ax.legend(handles, tiers, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))


def plot_tier_counts(rows, ax) -> None:
    """Side-by-side bars per tier: registered documents and promotional or news documents."""
    groups = tier_counts(rows)
    tiers = list(load_vocabulary()["evidence_tier"])
    width = 0.4
    for offset, (label, counts) in zip((-width / 2, width / 2), groups.items()):
        ax.bar([i + offset for i in range(len(tiers))], [counts.get(t, 0) for t in tiers],
               width, label=label)
    ax.set_xticks(range(len(tiers)), tiers, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("documents")
    ax.set_title(FIGURES["tiers_registered_vs_promotional.png"])
    ax.legend(fontsize=8)


def plot_cohorts(rows, ax) -> None:
    """Each document's cohort size as a point over its tier (log scale)."""
    sizes = cohorts_by_tier(rows)
    tiers = [t for t in load_vocabulary()["evidence_tier"] if t in sizes]
    for i, tier in enumerate(tiers):
        ax.scatter([i] * len(sizes[tier]), sizes[tier], alpha=0.7, color=TIER_COLOURS[i % 9])
    ax.set_xticks(range(len(tiers)), tiers, rotation=45, ha="right", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("participants")
    ax.set_title(FIGURES["cohort_sizes_by_tier.png"])


PLOTTERS = {"condition_cell_source_map.png": (plot_condition_cell_map, (11, 6)),
            "tiers_registered_vs_promotional.png": (plot_tier_counts, (9, 5)),
            "cohort_sizes_by_tier.png": (plot_cohorts, (8, 5))}


def write_report(db, out_dir) -> list[Path]:
    """Write the three PNGs and ``index.html`` into ``out_dir``; returns the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = evidence_rows(db)
    written = []
    for name, (plotter, size) in PLOTTERS.items():
        fig = Figure(figsize=size, layout="constrained")
        plotter(rows, fig.subplots())
        fig.savefig(out / name, dpi=110)
        written.append(out / name)
    page = out / "index.html"
    page.write_text(render_page(rows), encoding="utf-8")
    return written + [page]


def render_page(rows) -> str:
    """A self-contained page: the figures and a table of documents by tier."""
    figures = "\n".join(f'<figure><img src="{name}" alt="{html.escape(title)}">'
                        f"<figcaption>{html.escape(title)}</figcaption></figure>"
                        for name, title in FIGURES.items())
    table = "\n".join(
        f"<tr><td>{html.escape(r['doc_id'])}</td><td>{html.escape(r['doc_type'] or '')}</td>"
        f"<td>{html.escape(r['evidence_tier'] or '')}</td>"
        f"<td>{html.escape(', '.join(r['conditions']))}</td>"
        f"<td>{html.escape(', '.join(r['cell_sources']))}</td>"
        f"<td>{r['cohort_size'] or ''}</td><td>{html.escape(r['title'] or '')[:120]}</td></tr>"
        for r in rows)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence map</title>
<style>body{{font-family:sans-serif;margin:2em}} img{{max-width:100%}}
table{{border-collapse:collapse;font-size:13px}} td,th{{border:1px solid #ccc;padding:3px 6px}}
</style></head><body>
<h1>Evidence map: stem-cell treatments for infertility</h1>
<p>{len(rows)} documents. Tier 1 (systematic review) is the strongest, 9 (unsupported claim)
the weakest.</p>
{figures}
<h2>Documents, strongest tier first</h2>
<table><tr><th>doc_id</th><th>type</th><th>tier</th><th>conditions</th><th>cell sources</th>
<th>cohort</th><th>title</th></tr>
{table}
</table></body></html>
"""
