"""ClinicalTrials.gov API v2 JSON (one study, or a ``/studies`` search page) into Documents.

Each study's text is assembled from labelled registry fields, one per line
(``Enrollment: 66 (ESTIMATED)``), and each line is recorded in ``Document.sections`` under a
fixed name, so a structured value can always be quoted from the text. Responses requested with
``fields=`` carry only some leaves, so every field is optional.
"""
import json

from ..document import Document
from ..errors import MalformedInput, UnknownInputKind
from .decode import decode_text
from .layout import TextBuilder, squash

# Top-level keys of the retired classic API (2024) and of NCBI's rate-limit answer, each with
# what to tell the user instead of "unknown JSON".
FOREIGN_JSON = {
    "FullStudiesResponse": "the retired classic ClinicalTrials.gov API (v1 full_studies)",
    "StudyFieldsResponse": "the retired classic ClinicalTrials.gov API (v1 study_fields)",
    "error": "an error message from the server",
    "esearchresult": "an NCBI ESearch result (a list of PMIDs, not articles)",
}


def parse_ctgov(data: bytes, source: str) -> list[Document]:
    """One :class:`Document` per study in a v2 study or search-page response.

    :param data: the JSON body as served
    :param source: path or URL, stored with each document and named in errors
    :raises MalformedInput: broken JSON, or a ``studies`` value that is not a list
    :raises UnknownInputKind: JSON that is not a v2 study or search page
    """
    payload = load_json(data, source)
    return [parse_study(study, source) for study in iter_studies(payload, source)]


def load_json(data: bytes, source: str):
    """Decode and parse JSON, reporting the position of a syntax error."""
    text = decode_text(data, source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise MalformedInput(source, f"JSON is not well-formed: {error.msg} at line "
                                     f"{error.lineno} column {error.colno}") from None


def iter_studies(payload, source: str):
    """The study objects of a single-study body, a search page, or a list of studies."""
    if isinstance(payload, list):
        studies = payload
    elif isinstance(payload, dict) and "protocolSection" in payload:
        studies = [payload]
    elif isinstance(payload, dict) and "studies" in payload:
        studies = payload["studies"]
        if not isinstance(studies, list):
            raise MalformedInput(source, "the search page's \"studies\" value is not a list")
    else:
        raise UnknownInputKind(source, describe_foreign_json(payload))
    for number, study in enumerate(studies, 1):
        if not isinstance(study, dict) or not isinstance(study.get("protocolSection"), dict):
            raise MalformedInput(source, f"study {number} has no \"protocolSection\" object; "
                                         "not a ClinicalTrials.gov v2 study")
        yield study


def describe_foreign_json(payload) -> str:
    """Say what a JSON body that is not a v2 study seems to be."""
    keys = list(payload) if isinstance(payload, dict) else []
    for key, meaning in FOREIGN_JSON.items():
        if key in keys:
            if key == "error":
                meaning = f"{meaning} ({squash(payload[key])})"
            hint = "; fetch the study from the v2 API instead" if "classic" in meaning else ""
            return f"JSON from {meaning}, not a ClinicalTrials.gov v2 study{hint}"
    shown = ", ".join(keys[:5]) if keys else type(payload).__name__
    return ("JSON that is neither a ClinicalTrials.gov v2 study nor a search page (top-level: "
            f"{shown})")


def parse_study(study: dict, source: str) -> Document:
    """One v2 study object as a :class:`Document`."""
    fields = parse_fields(study)
    if not fields["nct_id"]:
        raise MalformedInput(source, "a study has no protocolSection.identificationModule.nctId")
    text, sections = layout_study(fields)
    return Document(doc_id=fields["nct_id"], source=source, kind="ctgov", title=fields["title"],
                    text=text, sections=sections, metadata=study_metadata(fields))


def parse_fields(study: dict) -> dict:
    """Every field the extractor uses, typed, ``None`` or ``[]`` when the response lacks it."""
    protocol = study.get("protocolSection") or {}
    fields = {"has_results": study.get("hasResults")}
    for reader in (parse_identification, parse_status, parse_description, parse_design,
                   parse_arms_interventions, parse_outcomes, parse_eligibility, parse_sponsors,
                   parse_references):
        fields.update(reader(protocol))
    return fields


def parse_identification(protocol: dict) -> dict:
    """NCT id, titles and secondary ids (EudraCT, ISRCTN, sponsor codes)."""
    module = _module(protocol, "identificationModule")
    secondary = [squash(_get(item, "id")) for item in _list(module, "secondaryIdInfos")]
    return {
        "nct_id": squash(module.get("nctId")),
        "title": squash(module.get("officialTitle")) or squash(module.get("briefTitle")),
        "brief_title": squash(module.get("briefTitle")),
        "secondary_ids": [value for value in secondary if value],
    }


def parse_status(protocol: dict) -> dict:
    """Overall status, why it stopped, and the dates a reader of evidence needs."""
    module = _module(protocol, "statusModule")
    return {
        "overall_status": squash(module.get("overallStatus")),
        "why_stopped": squash(module.get("whyStopped")),
        "start_date": _date(module, "startDateStruct"),
        "completion_date": _date(module, "completionDateStruct"),
        "last_update": _date(module, "lastUpdatePostDateStruct")
        or squash(module.get("lastUpdateSubmitDate")),
        "results_first_posted": _date(module, "resultsFirstPostDateStruct"),
    }


def parse_description(protocol: dict) -> dict:
    """Brief summary, detailed description, conditions and keywords."""
    description = _module(protocol, "descriptionModule")
    conditions = _module(protocol, "conditionsModule")
    return {
        "brief_summary": _paragraphs(description.get("briefSummary")),
        "detailed_description": _paragraphs(description.get("detailedDescription")),
        "conditions": _strings(conditions.get("conditions")),
        "keywords": _strings(conditions.get("keywords")),
    }


def parse_design(protocol: dict) -> dict:
    """Study type, phases, allocation, model, masking and enrollment."""
    design = _module(protocol, "designModule")
    info = design.get("designInfo") if isinstance(design.get("designInfo"), dict) else {}
    enrollment = design.get("enrollmentInfo") if isinstance(design.get("enrollmentInfo"),
                                                            dict) else {}
    return {
        "study_type": squash(design.get("studyType")),
        "phases": _strings(design.get("phases")),
        "allocation": squash(info.get("allocation")),
        "intervention_model": squash(info.get("interventionModel")),
        "masking": squash(_get(info.get("maskingInfo"), "masking")),
        "enrollment_count": _integer(enrollment.get("count")),
        "enrollment_type": squash(enrollment.get("type")),
    }


def parse_arms_interventions(protocol: dict) -> dict:
    """Interventions and arm groups as small dicts."""
    module = _module(protocol, "armsInterventionsModule")
    interventions = [{
        "type": squash(_get(item, "type")), "name": squash(_get(item, "name")),
        "description": squash(_get(item, "description")),
        "other_names": _strings(_get(item, "otherNames")),
    } for item in _list(module, "interventions")]
    arms = [{
        "label": squash(_get(item, "label")), "type": squash(_get(item, "type")),
        "description": squash(_get(item, "description")),
        "interventions": _strings(_get(item, "interventionNames")),
    } for item in _list(module, "armGroups")]
    return {"interventions": interventions, "arms": arms}


def parse_outcomes(protocol: dict) -> dict:
    """Primary and secondary outcomes as ``{measure, description, time_frame}``."""
    module = _module(protocol, "outcomesModule")
    return {name: [{
        "measure": squash(_get(item, "measure")),
        "description": squash(_get(item, "description")),
        "time_frame": squash(_get(item, "timeFrame")),
    } for item in _list(module, key)] for name, key in (("primary_outcomes", "primaryOutcomes"),
                                                          ("secondary_outcomes",
                                                           "secondaryOutcomes"))}


def parse_eligibility(protocol: dict) -> dict:
    """Eligibility criteria (line breaks kept: inclusion and exclusion are lists), sex, ages."""
    module = _module(protocol, "eligibilityModule")
    criteria = module.get("eligibilityCriteria")
    return {
        "eligibility": criteria.strip() if isinstance(criteria, str) and criteria.strip()
        else None,
        "sex": squash(module.get("sex")),
        "minimum_age": squash(module.get("minimumAge")),
        "maximum_age": squash(module.get("maximumAge")),
    }


def parse_sponsors(protocol: dict) -> dict:
    """Lead sponsor and collaborator names."""
    module = _module(protocol, "sponsorCollaboratorsModule")
    collaborators = [squash(_get(item, "name")) for item in _list(module, "collaborators")]
    return {"sponsor": squash(_get(module.get("leadSponsor"), "name")),
            "collaborators": [name for name in collaborators if name]}


def parse_references(protocol: dict) -> dict:
    """Publications linked to the study that carry a PMID, with their type (RESULT, BACKGROUND)."""
    module = _module(protocol, "referencesModule")
    references = [{"pmid": squash(_get(item, "pmid")), "type": squash(_get(item, "type"))}
                  for item in _list(module, "references")]
    return {"reference_pmids": [item for item in references if item["pmid"]]}


def layout_study(fields: dict) -> tuple[str, list]:
    """The labelled lines of one study, in the order a registry page shows them."""
    builder = TextBuilder()
    builder.line("nct_id", "NCT number", fields["nct_id"])
    builder.line("title", "Title", fields["title"])
    if fields["brief_title"] != fields["title"]:
        builder.line("brief_title", "Brief title", fields["brief_title"])
    builder.line("secondary_ids", "Secondary IDs", "; ".join(fields["secondary_ids"]))
    builder.line("brief_summary", "Brief summary", fields["brief_summary"])
    builder.line("detailed_description", "Detailed description", fields["detailed_description"])
    builder.line("conditions", "Conditions", "; ".join(fields["conditions"]))
    builder.line("keywords", "Keywords", "; ".join(fields["keywords"]))
    _layout_design(builder, fields)
    _layout_status(builder, fields)
    _layout_arms(builder, fields)
    _layout_outcomes(builder, fields)
    _layout_eligibility(builder, fields)
    builder.line("sponsor", "Sponsor", fields["sponsor"])
    builder.line("collaborators", "Collaborators", "; ".join(fields["collaborators"]))
    if fields["has_results"] is not None:
        builder.line("has_results", "Results posted", "yes" if fields["has_results"] else "no")
    for reference in fields["reference_pmids"]:
        kind = f" ({reference['type']})" if reference["type"] else ""
        builder.line("references", "References", f"PMID {reference['pmid']}{kind}")
    return builder.build()


def study_metadata(fields: dict) -> dict:
    """The typed values later steps read instead of re-parsing the text."""
    keys = ("nct_id", "study_type", "allocation", "intervention_model", "masking", "phases",
            "enrollment_count", "enrollment_type", "overall_status", "why_stopped", "conditions",
            "keywords", "interventions", "arms", "primary_outcomes", "secondary_outcomes",
            "reference_pmids", "secondary_ids", "sponsor", "collaborators", "last_update",
            "start_date", "completion_date", "results_first_posted", "sex", "minimum_age",
            "maximum_age")
    metadata = {key: fields[key] for key in keys}
    metadata["has_results"] = fields["has_results"] if isinstance(fields["has_results"],
                                                                  bool) else None
    return metadata


def _layout_design(builder: TextBuilder, fields: dict) -> None:
    builder.line("study_type", "Study type", fields["study_type"])
    builder.line("phases", "Phases", ", ".join(fields["phases"]))
    builder.line("allocation", "Allocation", fields["allocation"])
    builder.line("intervention_model", "Intervention model", fields["intervention_model"])
    builder.line("masking", "Masking", fields["masking"])
    count, kind = fields["enrollment_count"], fields["enrollment_type"]
    if count is not None:
        builder.line("enrollment", "Enrollment", f"{count} ({kind})" if kind else str(count))


def _layout_status(builder: TextBuilder, fields: dict) -> None:
    builder.line("overall_status", "Overall status", fields["overall_status"])
    builder.line("why_stopped", "Why stopped", fields["why_stopped"])
    builder.line("start_date", "Start date", fields["start_date"])
    builder.line("completion_date", "Completion date", fields["completion_date"])


def _layout_arms(builder: TextBuilder, fields: dict) -> None:
    for item in fields["interventions"]:
        head = ": ".join(part for part in (item["type"], item["name"]) if part)
        builder.line("interventions", "Interventions", _joined(head, item["description"]))
    for item in fields["arms"]:
        head = f"{item['label']} ({item['type']})" if item["type"] else item["label"]
        builder.line("arms", "Arms", _joined(head, item["description"]))


def _layout_outcomes(builder: TextBuilder, fields: dict) -> None:
    for name, label in (("primary_outcomes", "Primary outcome"),
                        ("secondary_outcomes", "Secondary outcome")):
        for item in fields[name]:
            value = _joined(item["measure"], item["description"])
            if value and item["time_frame"]:
                value = f"{value} ({item['time_frame']})"
            builder.line(name, label, value)


def _layout_eligibility(builder: TextBuilder, fields: dict) -> None:
    builder.line("eligibility", "Eligibility criteria", fields["eligibility"])
    builder.line("sex", "Sex", fields["sex"])
    ages = " to ".join(age for age in (fields["minimum_age"], fields["maximum_age"]) if age)
    builder.line("ages", "Ages", ages)


def _joined(head: str | None, tail: str | None) -> str | None:
    """``head — tail``, or whichever of the two exists."""
    return " — ".join(part for part in (head, tail) if part) or None


def _module(protocol: dict, name: str) -> dict:
    value = protocol.get(name)
    return value if isinstance(value, dict) else {}


def _list(module: dict, name: str) -> list:
    value = module.get(name)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _get(item, key):
    return item.get(key) if isinstance(item, dict) else None


def _strings(values) -> list[str]:
    if not isinstance(values, list):
        return []
    return [text for text in (squash(value) for value in values) if text]


def _integer(value) -> int | None:
    """An int from an int or a digit string (the classic API and results use strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _date(module: dict, key: str) -> str | None:
    return squash(_get(module.get(key), "date"))


def _paragraphs(value) -> str | None:
    """Free text with its paragraph breaks kept but blank-line runs and edge space trimmed."""
    if not isinstance(value, str) or not value.strip():
        return None
    lines = [line.rstrip() for line in value.strip().splitlines()]
    return "\n".join(lines)
