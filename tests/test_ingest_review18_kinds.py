"""Session 18 review: the kinds a reviewer found in the issuer assumption and the names
scored by the release's own evidence, each on an invented release (other names, domains
and wording than the reviewer's own files).

* one rule assumes the issuer for a bare title (bot/ingest/inferred_orgs.py), never in a
  news story nor in a joint release;
* a stated organisation ("said Surname of ORG") replaces an assumed one, and its note;
* position and repetition make a name, not an organisation: a body needs a sign;
* a comma inside a list opens no clause, and a noun closing "A, B and C <noun>" is no verb;
* contact blocks and headings are never scored;
* an "About" heading after the safe-harbour text is read, and a one-word name is the
  longer name the release writes starting with it.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.name_evidence import scored_names
from bot.ingest.registry import Registry
from bot.kb.models import EntityKind


def _roles(draft) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for role in draft.data()["roles"]:
        out.setdefault(role["entity"], []).append(role)
    return out


def _organisations(draft) -> set[str]:
    return {e.name for e in draft.registry.entities.values() if e.kind == EntityKind.ORGANIZATION}


# -- 1. one issuer rule, with its news and joint guards ---------------------------------

NEWS_STORY = """\
Harbour town gets new lifeboat station

By Priya Odell, Coastal Affairs Reporter

SALTWICK, 14 October 2025 - The Marine Rescue Board has approved a £3 million lifeboat \
station for Saltwick after a long campaign by the Saltwick Boat Users Forum.

"The crews have waited long enough," said Bram Ellery, secretary.

Ines Corrado, regional director, said the station would open in 2027.
"""


def test_a_news_story_gives_its_speakers_no_assumed_issuer() -> None:
    draft = build_draft(NEWS_STORY)
    roles = _roles(draft)
    assert roles, "the bare titles are still read"
    for person in ("bram-ellery", "ines-corrado"):
        assert all(r.get("organization") is None for r in roles[person]), roles
    assert not any("organisation assumed" in w for w in draft.warnings), draft.warnings


JOINT_LEAD = """\
Tessaly Labs and Orvane Seeds to breed drought-hardy barley

DENVER, Colorado, 2 June 2025 -- Tessaly Labs, Inc. (NYSE: TSLB), a maker of gene \
sequencers, and Orvane Seeds today announced a three-year breeding programme.

"Farmers need barley that survives a dry June," said Ruth Anselm, Chief Science Officer.

About Tessaly Labs
Tessaly Labs, Inc. makes gene sequencers for plant breeders.
"""


def test_a_joint_lead_under_an_appositive_assumes_neither_party() -> None:
    draft = build_draft(JOINT_LEAD)
    (role,) = _roles(draft)["ruth-anselm"]
    assert role.get("organization") is None, role


SOLE_LEAD = JOINT_LEAD.replace(
    ", a maker of gene sequencers, and Orvane Seeds today announced",
    ", a maker of gene sequencers, today announced with partner farms",
).replace("Tessaly Labs and Orvane Seeds to breed", "Tessaly Labs to breed")


def test_a_sole_issuer_still_holds_its_officers_bare_title() -> None:
    # (The guard is the joint lead, not the appositive: with one party it still assumes.)
    draft = build_draft(SOLE_LEAD)
    (role,) = _roles(draft)["ruth-anselm"]
    assert draft.registry.entities[role["organization"]].name.startswith("Tessaly Labs")
    assert any("ruth-anselm" in w and "organisation assumed" in w for w in draft.warnings)


# -- 7. a stated organisation replaces an assumed one -----------------------------------

STATED_LATER = """\
Brindle Cycling Club opens new clubhouse

KESTON, England, 9 August 2024 - The Brindle Cycling Club today opened a new clubhouse \
beside the canal, on land leased from Keston Borough Council. Odile Farrant, Secretary, and \
Yusuf Benn, Coach, cut the ribbon.

"This gives young riders a home," said Farrant of Keston Borough Council.

"We have trained in a car park for years," said Benn.

About Brindle Cycling Club
The Brindle Cycling Club is a community cycling club founded in 1952.
"""


def test_said_surname_of_an_organisation_beats_the_assumed_issuer() -> None:
    draft = build_draft(STATED_LATER)
    roles = _roles(draft)
    (secretary,) = roles["odile-farrant"]
    assert draft.registry.entities[secretary["organization"]].name == "Keston Borough Council"
    assert not any(
        w.startswith("'odile-farrant' (Secretary): organisation assumed") for w in draft.warnings
    )
    # (The other officer, with no organisation stated, is still the issuer's, with a note.)
    (coach,) = roles["yusuf-benn"]
    assert draft.registry.entities[coach["organization"]].name == "Brindle Cycling Club"


# -- 3, 4, 5: the name scorer ------------------------------------------------------------


def test_a_person_named_as_a_subject_twice_is_unsure_not_a_body() -> None:
    sentences = [
        "The bridge was drawn by Quenby Drax and Tiberon Aske-Vully of Hollin Works.",
        "Quenby Drax and Tiberon Aske-Vully received the medal in Cardiff on 3 May.",
    ]
    found = {c.name: c for c in scored_names(sentences, Registry(None))}
    assert "Tiberon Aske-Vully" in found and found["Tiberon Aske-Vully"].unsure
    draft = build_draft(
        "Ferro Bridge wins engineering medal\n\nLYDNEY, England, 6 May 2024 - The Ferro"
        " Bridge has won the Severn Engineering Medal. " + " ".join(sentences) + "\n"
    )
    assert "Tiberon Aske-Vully" not in _organisations(draft)
    assert any(w.startswith("'Tiberon Aske-Vully' acts as a party") for w in draft.notes)


def test_a_body_sign_still_makes_an_organisation() -> None:
    sentences = [
        "Velder Kiln Trust has reopened the east hall.",
        "Visitors to Velder Kiln Trust may book tours.",
    ]
    (found,) = [c for c in scored_names(sentences, Registry(None)) if c.name == "Velder Kiln Trust"]
    assert not found.unsure and "OWN_WORDS" in found.evidence


def test_the_members_of_a_list_before_a_noun_are_no_subjects() -> None:
    sentences = [
        "The app syncs with Corlan, Pextor and Mirrow dashboards.",
        "Corlan, Pextor and Mirrow dashboards were tested last year.",
        "Repairs on Ashby Yard, Tolley Close and Wren Mews blocks begin in May.",
        "Tenants of Tolley Close and Wren Mews will get new boilers.",
    ]
    found = {c.name for c in scored_names(sentences, Registry(None))}
    assert not found & {"Pextor", "Mirrow", "Tolley Close", "Wren Mews"}, found


def test_an_opening_phrase_before_the_comma_still_opens_the_clause() -> None:
    sentences = [
        "In Lisbon, Quarrow Ferries and Denhale Trust have signed a lease.",
        "Quarrow Ferries will move in next year.",
    ]
    found = {c.name: c for c in scored_names(sentences, Registry(None))}
    assert "SUBJECT" in found["Quarrow Ferries"].evidence


def test_contact_blocks_and_headings_are_never_scored() -> None:
    sentences = [
        "Press Office Kindle Row Jonas Adeyemi press@example.net",
        "Press Office Kindle Row Jonas Adeyemi press@example.net",
        "Key Dates Opening Week",
        "Key Dates Opening Week",
    ]
    assert scored_names(sentences, Registry(None)) == []


# -- 8: About after the legal text; a one-word name folds into the longer one ------------

ABOUT_AFTER_LEGAL = """\
Pellam Robotics and Sorrel Dairy Sign Milking Agreement

OMAHA, Nebraska--(WIRE)--May 5, 2025--Pellam Robotics, Inc. (NASDAQ: PLMR), a maker of \
farm robots, and Sorrel Dairy today announced a four-year agreement under which Sorrel \
will run Pellam milking arms in its barns.

"Sorrel runs some of the cleanest barns in the state," said Hana Ibsen, chief executive \
officer of Pellam.

Sorrel expects to milk 4,000 cows a day.

About Pellam Robotics
Pellam Robotics, Inc. builds milking robots for dairy farms.

Forward-Looking Statements
This press release contains forward-looking statements. Words such as "expects" and \
"will" identify such statements. Actual results may differ materially.

About Sorrel Dairy
Sorrel Dairy is a family-owned dairy farm based in Lincoln, Nebraska.

Contacts
Pellam Robotics
Ada Moreno, Media Relations
press@example.com
"""


def test_an_about_section_after_the_legal_text_is_read() -> None:
    draft = build_draft(ABOUT_AFTER_LEGAL)
    orgs = _organisations(draft)
    assert "Sorrel Dairy" in orgs, orgs
    assert "Sorrel" not in orgs, orgs
    found = draft.registry.find("Sorrel Dairy")
    assert found is not None
    assert "family-owned dairy farm" in (draft.registry.entities[found].summary or "")
    # (The contact block after it is no story: no organisation of its lines.)
    assert not any(o.startswith("Contacts") or "Media Relations" in o for o in orgs), orgs


def test_a_one_word_name_folds_into_the_longer_one_it_opens() -> None:
    sentences = [
        "Sorrel Dairy is a family-owned dairy farm based in Lincoln.",
        "Under the deal Sorrel will run the arms, and Sorrel expects savings.",
        "Sorrel Dairy has 4,000 cows.",
    ]
    found = {c.name for c in scored_names(sentences, Registry(None), about=["Sorrel Dairy"])}
    assert "Sorrel Dairy" in found and "Sorrel" not in found, found
