"""Routes by which this study gave its cells, from the span ruler.

Route words ("intraovarian", "via the ovarian artery") count as they stand; a site phrase ("into
the ovaries", "in the uterine cavity") counts only after a word of giving ("injected",
"transplantation of ... into"), since "adhesions in the uterine cavity" names no route.

A route right after or right before a disease-inducing agent ("busulfan was intraperitoneally
used", "received intraperitoneal cisplatin") tells how an animal model was made, not how the cells
were given, and is dropped; so is the route of a drug given beside the cells ("intrauterine
G-CSF infusion", "an intrauterine infusion of autologous PRP"), and a site that embryos were
transferred to ("transferring good embryos to the uterine cavity"). Strong mentions (methods,
results, title) win over weak ones (background, hedged), so "intrauterine instillation may
benefit" in a background does not add to "instilled into the subendometrial zone" in the
methods.

A site in the same sentence as an artery ("infuse the stem cells into the ovary" through the
ovarian artery) is where the artery led, not a second route. "Ovarian transplantation" (and its
abbreviation, ASCOT) names the procedure, not its way: when the text says the cells went through
the ovarian artery, that artery is the route.
"""
import re

from ..nlp import context
from .spans import best_spans, finding_from_span, grade_groups, spans_for

FIELD = "routes"
SITES = "route_sites"
ARTERIAL = "intra_arterial"
CO_INTERVENTIONS, CELLS = "co_interventions", "cell_sources"
# Co-interventions that are drugs with routes of their own: "intrauterine G-CSF infusion",
# "intrauterine infusion of platelet-rich plasma".
DRUGS = frozenset({"g_csf", "prp", "hormone_therapy"})
# How many tokens may stand between a route and the drug it gives ("infusion of autologous PRP").
DRUG_REACH = 3
OBJECT_LEADS = {"of", "with", "the", "a", "an", "autologous", "allogeneic"}
# Cells joined to the drug as a second thing given share its route: "intraovarian Platelet-Rich
# Plasma (PRP) injection and autologous bone marrow-derived mesenchymal stem cells". The join
# must come within this many tokens, with no clause punctuation between.
JOINERS = {"and", "plus", "with", "together", "combined"}
JOINED_REACH = 8
# Punctuation inside a cell name or its abbreviation, which does not end the drug's clause.
NAME_MARKS = {"(", ")", "-"}
COORDINATORS = {"and", "or", ",", ";", "y", "o", "et", "ou", "e", "und", "oder"}
# Route patterns that name a procedure on the ovary without saying how the cells reached it.
PROCEDURE_NAME = re.compile(r"\bovarian transplant", re.I)


def extract(document, doc, record):
    """Findings for ``routes``, one per asserted mention."""
    cells = spans_for(doc, CELLS)
    sites = [s for s in spans_for(doc, SITES)
             if context.after_delivery(s) and not context.carries_embryo(s, cells)]
    routes = spans_for(doc, FIELD)
    sites = [s for s in sites if not _reached_through_artery(s, routes)]
    drugs = [s for s in spans_for(doc, CO_INTERVENTIONS) if s.id_ in DRUGS]
    spans = sorted((s for s in routes + sites
                    if not (_gives_agent(s) or _gives_drug(s, drugs, cells))),
                   key=lambda s: s.start)
    chosen = best_spans(grade_groups(spans, document))
    if any(span.id_ == ARTERIAL for span in chosen):
        chosen = [span for span in chosen if not _names_procedure_only(span)]
    return [finding_from_span(span, FIELD) for span in chosen]


def _reached_through_artery(site, routes) -> bool:
    """The site is where an artery in the same sentence led: "ovarian artery catheterism to
    infuse the stem cells into the ovary", "injected into ovarian tissue by bilateral ovarian
    artery infusion" give the cells through the artery only. A site joined to the artery by
    "and" or "or" is a second route: "injection in testicular tubules and intra testicular
    artery"."""
    return any(route.id_ == ARTERIAL and route.sent.start == site.sent.start
               and not _coordinated(site, route) for route in routes)


def _coordinated(first, second) -> bool:
    """True when "and", "or" or a comma stands between two spans of one sentence."""
    start, end = sorted((first, second), key=lambda span: span.start)
    return any(token.lower_ in COORDINATORS for token in start.doc[start.end:end.start])


def _gives_drug(span, drugs, cells) -> bool:
    """The route gives a drug, not cells: "intrauterine G-CSF infusion", "intrauterine infusion
    of growth factor-granulocyte colony-stimulating factor"; not "intrauterine infusion of PRP
    and BM-MSCs", which gives the cells too."""
    for drug in drugs:
        if drug.sent.start != span.sent.start:
            continue
        overlaps = drug.start < span.end and drug.end > span.start
        if overlaps or _names_what_is_given(span, drug):
            return not any(_given_with_drug(span, drug, cell) for cell in cells)
    return False


def _given_with_drug(span, drug, cell) -> bool:
    """True when the cells are named in the drug's phrase: right after route and drug ("infusion
    of PRP and BM-MSCs"), or joined to them as a second thing given ("intraovarian PRP injection
    and autologous bone marrow-derived MSCs")."""
    end = max(span.end, drug.end)
    if span.start <= cell.start < end + DRUG_REACH:
        return True
    gap = span.doc[end:cell.start]
    return (0 < len(gap) <= JOINED_REACH and any(t.lower_ in JOINERS for t in gap)
            and not any(t.is_punct and t.text not in NAME_MARKS for t in gap))


def _names_what_is_given(span, drug) -> bool:
    """True when the drug follows the route as its object: "infusion of autologous PRP"; not
    "instilled into the subendometrial zone followed by oral estrogen therapy"."""
    gap = span.doc[span.end:drug.start]
    return 0 <= drug.start - span.end <= DRUG_REACH and all(t.lower_ in OBJECT_LEADS for t in gap)


def _names_procedure_only(span) -> bool:
    """True for "ovarian transplantation" or an abbreviation standing for it ("ASCOT")."""
    return bool(PROCEDURE_NAME.search(span._.via_abbreviation or span.text))


def _gives_agent(span) -> bool:
    """The route gave the disease-inducing agent: "busulfan was intraperitoneally used",
    "received intraperitoneal cisplatin"."""
    return context.follows_induction(span) or context.precedes_induction(span)
