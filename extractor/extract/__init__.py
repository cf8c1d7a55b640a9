"""Field extractors and the record builder.

Each field module exposes ``extract(document, doc, record) -> list[Finding]``. ``record`` is the
record built so far, so derived fields (evidence tier, registered) can read the fields before them.
Structured metadata is consulted first inside each module; text rules fill in what is missing.
Findings come back best first: a scalar field takes the first finding's value, a list field the
distinct values in order.
"""
from ..document import Document
from ..record import LIST_FIELDS, Finding, Record
from . import (cell_attributes, cell_sources, co_interventions, cohort_size, conditions, doc_type,
               evidence_tier, outcomes, registered, registry_ids, routes, study_design,
               trial_status)
from .claims import extract_claims
from .registry_flags import extract_registry_flags
from .spans import DOC_TYPE_KEY

# Order matters: later extractors may read the fields set by earlier ones.
EXTRACTORS = {
    "registry_ids": registry_ids.extract,
    "doc_type": doc_type.extract,
    "conditions": conditions.extract,
    "cell_sources": cell_sources.extract,
    "routes": routes.extract,
    "co_interventions": co_interventions.extract,
    "study_design": study_design.extract,
    "outcomes": outcomes.extract,
    "cohort_size": cohort_size.extract,
    "trial_status": trial_status.extract,
    "registered": registered.extract,
    "evidence_tier": evidence_tier.extract,
}


def build_record(document: Document, doc) -> Record:
    """Run every field extractor over one parsed document and its spaCy ``Doc``.

    :param document: the parsed :class:`~extractor.document.Document`
    :param doc: ``nlp(document.text)``
    :returns: a :class:`~extractor.record.Record` whose evidence holds every finding used
    """
    record = Record(doc_id=document.doc_id, source=document.source, title=document.title)
    for field, extract in EXTRACTORS.items():
        findings = extract(document, doc, record)
        _apply(record, field, findings)
        if field == "doc_type":
            # The span fields grade mentions by what the document is (see spans.grade).
            doc.user_data[DOC_TYPE_KEY] = record.doc_type
    origin = cell_attributes.extract(document, doc, record)
    record.extras["cell_origin"] = list(dict.fromkeys(f.value for f in origin))
    record.evidence.extend(origin)
    record.extras["claims"] = extract_claims(document, doc, record)
    record.extras["registry_flags"] = extract_registry_flags(document, doc, record)
    return record


def _apply(record: Record, field: str, findings: list[Finding]) -> None:
    """Set ``field`` from its findings and keep the findings as evidence."""
    if field in LIST_FIELDS:
        values = []
        for finding in findings:
            if finding.value not in values:
                values.append(finding.value)
        setattr(record, field, values)
    elif findings:
        setattr(record, field, findings[0].value)
    record.evidence.extend(findings)
