"""Registrations to read with care: participants pay, or the sponsor sells the treatment.

Registration is not proof of legitimacy: pay-to-participate "trials" and registrations by the
clinic that sells the treatment are flagged, each with the cue and offsets that decided it.
"""
import re

from .cues import cue_regex

SPONSOR_LINE = re.compile(r"^(?:Sponsor|Lead sponsor|Sponsors?/Collaborators|Primary sponsor)"
                          r"\s*:?\s*\n?\s*(.+)$", re.I | re.M)


def _flag(flag: str, text: str, start: int, end: int) -> dict:
    return {"flag": flag, "cue": text[start:end], "start": start, "end": end}


def participants_pay(text: str) -> list[dict]:
    """Wording that says participants pay for the treatment."""
    return [_flag("participants_pay", text, m.start(), m.end())
            for m in cue_regex("registry_pay.txt", word_bounded=False).finditer(text)][:1]


def clinic_sponsor(text: str) -> list[dict]:
    """A sponsor line whose name reads as a provider of the treatment."""
    for line in SPONSOR_LINE.finditer(text):
        match = cue_regex("registry_clinic_sponsor.txt", word_bounded=False).search(line.group(1))
        if match:
            return [_flag("clinic_sponsor", text, line.start(1), line.end(1))]
    return []


def extract_registry_flags(document, doc, record) -> list[dict]:
    """Flags for registry records (none for other document types)."""
    if record.doc_type != "registry_record":
        return []
    return participants_pay(document.text) + clinic_sponsor(document.text)
