"""Registrations to read with care: participants pay, or the sponsor sells the treatment.

Registration is not proof of legitimacy: pay-to-participate "trials" and registrations by the
clinic that sells the treatment are flagged, each with the cue and offsets that decided it.
"""
import re
from functools import lru_cache
from importlib import resources

SPONSOR_LINE = re.compile(r"^(?:Sponsor|Lead sponsor|Sponsors?/Collaborators|Primary sponsor)"
                          r"\s*:?\s*\n?\s*(.+)$", re.I | re.M)


@lru_cache(maxsize=None)
def _cues(name: str) -> re.Pattern:
    text = resources.files("extractor.extract").joinpath("cues", name).read_text("utf-8")
    stems = [line.strip() for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{s})" for s in stems), re.I)


def _flag(flag: str, text: str, start: int, end: int) -> dict:
    return {"flag": flag, "cue": text[start:end], "start": start, "end": end}


def participants_pay(text: str) -> list[dict]:
    """Wording that says participants pay for the treatment."""
    return [_flag("participants_pay", text, m.start(), m.end())
            for m in _cues("registry_pay.txt").finditer(text)][:1]


def clinic_sponsor(text: str) -> list[dict]:
    """A sponsor line whose name reads as a provider of the treatment."""
    for line in SPONSOR_LINE.finditer(text):
        match = _cues("registry_clinic_sponsor.txt").search(line.group(1))
        if match:
            return [_flag("clinic_sponsor", text, line.start(1), line.end(1))]
    return []


def extract_registry_flags(document, doc, record) -> list[dict]:
    """Flags for registry records (none for other document types)."""
    if record.doc_type != "registry_record":
        return []
    return participants_pay(document.text) + clinic_sponsor(document.text)
