"""``registered``: a registry record, or a document that names a registration id."""
from .structured import derived_finding


def extract(document, doc, record):
    """Derived from doc_type and registry_ids, pointing at the finding that decided it."""
    basis = [f for f in record.evidence if f.field in ("registry_ids", "doc_type")]
    if record.registry_ids:
        ids = [f for f in basis if f.field == "registry_ids"]
        return [derived_finding("registered", True, ids, "names a registration id")]
    if record.doc_type == "registry_record":
        types = [f for f in basis if f.field == "doc_type"]
        return [derived_finding("registered", True, types, "document is a registry record")]
    return [derived_finding("registered", False, [], "no registration id and not a registry")]
