"""Links from publications to registry records, and the views built on them."""
import json

import pytest

from extractor.extract.claims import Claim
from extractor.link import refresh_links
from extractor.store import open_db, save
from helpers import make_document, make_record


@pytest.fixture
def db():
    return open_db(":memory:")


def _trial(db, nct, status, has_results=False, flags=()):
    document = make_document(doc_id=nct, text=f"NCT number: {nct}\nStatus: {status}\n"
                             "Twelve women with POI", metadata={"has_results": has_results})
    document.kind = "ctgov"
    record = make_record(document, doc_type="registry_record",
                         evidence_tier="registered_protocol", registered=True,
                         registry_ids=[nct], trial_status=status)
    record.evidence = []
    record.extras["registry_flags"] = list(flags)
    save(db, document, record)


def _publication(db, doc_id, registry_ids, databank=()):
    text = "Twelve women with POI in trial " + " ".join(registry_ids)
    document = make_document(doc_id=doc_id, text=text,
                             metadata={"databank_ids": list(databank)})
    save(db, document, make_record(document, registered=True, registry_ids=registry_ids))


def test_a_publication_links_to_the_trial_it_names(db):
    _trial(db, "NCT01111111", "completed")
    _publication(db, "PMID:1", ["NCT01111111"], databank=["NCT01111111"])
    _publication(db, "sha256:aaaa", ["NCT01111111"])
    assert refresh_links(db) == 2
    links = {r["publication_doc_id"]: r for r in db["links"].rows}
    assert links["PMID:1"]["via"] == "databank"
    assert links["sha256:aaaa"]["via"] == "text"
    assert {r["registry_doc_id"] for r in links.values()} == {"NCT01111111"}


def test_links_are_told_from_both_ends(db):
    from extractor.store import links_for
    _trial(db, "NCT01111111", "completed")
    _publication(db, "PMID:1", ["NCT01111111", "NCT09999999"], databank=["NCT01111111"])
    refresh_links(db)
    assert links_for(db, "PMID:1") == [
        "registered as NCT01111111 (via databank; held as NCT01111111: completed, "
        "registered_protocol)",
        "registered as NCT09999999 (via text; not held)"]
    assert links_for(db, "NCT01111111") == ["publication PMID:1 (via databank)"]


def test_an_id_we_do_not_hold_still_links_without_a_trial(db):
    _publication(db, "PMID:2", ["NCT09999999"])
    refresh_links(db)
    assert [r["registry_doc_id"] for r in db["links"].rows] == [None]


def test_registry_reference_pmids_link_back(db):
    _trial(db, "NCT02222222", "completed")
    db["documents"].update("NCT02222222", {"metadata": json.dumps(
        {"has_results": False, "reference_pmids": [{"pmid": "3", "type": "RESULT"}]})})
    _publication(db, "PMID:3", [])
    refresh_links(db)
    assert [(r["publication_doc_id"], r["via"]) for r in db["links"].rows] == [
        ("PMID:3", "registry_reference")]


def test_silent_trials_are_finished_without_results_or_publications(db):
    _trial(db, "NCT03333333", "completed")                    # silent
    _trial(db, "NCT04444444", "terminated", has_results=True)  # posted results
    _trial(db, "NCT05555555", "completed")                    # has a publication
    _trial(db, "NCT06666666", "recruiting")                   # still running
    _trial(db, "NCT07777777", "recruiting", flags=[
        {"flag": "participants_pay", "cue": "patients will pay", "start": 0, "end": 17}])
    _publication(db, "PMID:5", ["NCT05555555"])
    refresh_links(db)
    silent = {r["doc_id"]: r["why"] for r in db.query("select * from silent_trials")}
    assert set(silent) == {"NCT03333333", "NCT07777777"}
    assert silent["NCT03333333"].startswith("completed or terminated, no results")
    assert "participants_pay" in silent["NCT07777777"]


def test_promotional_claims_show_the_cited_trial(db):
    _trial(db, "NCT08888888", "recruiting")
    page = make_document(doc_id="sha256:bbbb", text="Our therapy restores fertility in POI "
                         "(NCT08888888).")
    record = make_record(page, doc_type="promotional", registered=True,
                         registry_ids=["NCT08888888"])
    record.extras["claims"] = [Claim(sentence=page.text, start=0, end=len(page.text),
                                     strength="unhedged", citation_kind="registry_id",
                                     citation="NCT08888888")]
    save(db, page, record)
    refresh_links(db)
    row = next(db.query("select * from promotional_claims"))
    assert (row["cited_trial"], row["cited_trial_status"]) == ("NCT08888888", "recruiting")
    assert row["cited_trial_tier"] == "registered_protocol"
