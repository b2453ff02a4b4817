"""Kinds from a newcomer's trial (session 10): titles the text bounds, dates glued to
organisations, coordinated names sharing one plural head, and an e-mail's office
display name as the publisher. Every release here is invented."""

from __future__ import annotations

from bot.ingest import build_draft

BOUNDED = (
    "Fernlow Trust names new chief executive\n\n"
    "ORRINGTON, Aldoria, 12 October 2023 -- The Fernlow Trust today named its new leaders.\n\n"
    "Dr Mara Quist, who was Chief Executive of the Fernlow Trust from 2015 until May 2023,"
    " became Chair of the Board of Governors on 1 June 2023.\n\n"
    "Dr Ivo Brand, who was Research Director of Pellam Institute until November 2022,"
    " joined the Fernlow Trust as its first Science Lead in March 2023.\n\n"
    '"We are ready," said Mara Quist.\n'
)


def test_a_title_the_text_bounds_with_until_is_ended_as_coarse_as_written() -> None:
    roles = build_draft(BOUNDED).data()["roles"] or []
    by = {(r["entity"], r["title"]): r for r in roles}
    ceo = by.get(("mara-quist", "Chief Executive"))
    assert ceo is not None and ceo.get("ended") == "2023-05", roles
    director = by.get(("ivo-brand", "Research Director"))
    assert director is not None and director.get("ended") == "2022-11", roles


def test_a_date_never_ends_an_organisation_s_name() -> None:
    draft = build_draft(BOUNDED)
    names = {e.name for e in draft.registry.entities.values()}
    assert not any("June" in n or "2023" in n for n in names), names


EMAILED = (
    "Fernlow Trust and Pellam Aviation Ltd extend rescue flights\n\n"
    "ORRINGTON, Aldoria, 8 May 2024 -- Pellam Aviation Ltd and the Fernlow Trust today"
    " extended their rescue flights to the northern valleys.\n\n"
    "Pellam Aviation will base a second aircraft at Orrington.\n\n"
    '"The valleys get the same cover as the towns," said Ada Lind, Managing Director of'
    " Pellam Aviation.\n"
)


def test_an_e_mail_s_office_display_name_gives_the_organisation() -> None:
    from bot.ingest.extract import Hints

    for sender in ("Pellam Aviation Press Office", "Media Relations, Pellam Aviation"):
        text = EMAILED.replace("ORRINGTON, Aldoria, 8 May 2024 -- ", "")
        meta = build_draft(text, hints=Hints(None, None, sender, "the e-mail's headers")).meta
        assert meta.publisher == "Pellam Aviation Ltd", (sender, meta.publisher)


SHARED = (
    "Rescue network reaches 500 flights\n\n"
    "ORRINGTON, Aldoria, 3 June 2024 -- The Orrin Rescue Network flew its 500th flight,"
    " two years after it was launched by the Fernlow Trust and the Pellam and Ivo Park"
    " hospitals.\n\n"
    "Patients go to Pellam General Hospital or Ivo Park University Hospital.\n\n"
    '"We are proud," said Ada Lind, Director of the Fernlow Trust.\n'
)


def test_names_sharing_one_plural_head_are_two_entities_of_that_head() -> None:
    draft = build_draft(SHARED)
    names = {e.name for e in draft.registry.entities.values()}
    assert "Pellam" not in names and "Ivo Park" not in names, names
    assert {"Pellam General Hospital", "Ivo Park University Hospital"} <= names, names
    lead = next(f for f in draft.data()["facts"] if "500th" in f["text"])
    ids = {e.name: e.id for e in draft.registry.entities.values()}
    assert ids["Pellam General Hospital"] in lead["about"], lead
    assert ids["Ivo Park University Hospital"] in lead["about"], lead


def test_names_sharing_a_plural_head_with_no_full_name_keep_the_head() -> None:
    draft = build_draft(
        SHARED.replace(
            "Patients go to Pellam General Hospital or Ivo Park University Hospital.\n\n", ""
        )
    )
    names = {e.name for e in draft.registry.entities.values()}
    assert "Pellam" not in names and "Ivo Park" not in names, names
    assert {"Pellam Hospital", "Ivo Park Hospital"} <= names, names


DESCRIBED = (
    "Fernlow Trust and two clinics launch the Orrin Rescue Network\n\n"
    "ORRINGTON, Aldoria, 3 June 2021 -- The Fernlow Trust, Pellam Aviation Ltd and two"
    " clinics, Pellam Valley Clinic and Ivo Park Clinic, today launched the Orrin Rescue"
    " Network.\n\n"
    "Pellam Aviation will provide the pilots, and the two clinics will provide the nurses.\n\n"
    "The Fernlow Trust has committed GBP 2 million to fund the network's running costs.\n\n"
    '"We are proud," said Ada Lind, Director of the Fernlow Trust.\n'
)


def test_a_definite_description_inside_a_fact_links_the_entity_it_fits() -> None:
    draft = build_draft(DESCRIBED)
    ids = {e.name: e.id for e in draft.registry.entities.values()}
    facts = {f["text"]: f["about"] for f in draft.data()["facts"]}
    funds = next(a for t, a in facts.items() if t.startswith("The Fernlow Trust has"))
    assert ids["Orrin Rescue Network"] in funds, (funds, ids)
    pilots = next(a for t, a in facts.items() if t.startswith("Pellam Aviation will"))
    assert {ids["Pellam Valley Clinic"], ids["Ivo Park Clinic"]} <= set(pilots), (pilots, ids)
