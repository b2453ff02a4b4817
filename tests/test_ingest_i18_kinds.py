"""Kinds from an eighteenth set of real releases (robotics, postal services, zoos, ocean
science, weather services, mental health; not in the repo), each as an invented release
with what the draft must do. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftroles import roles_of


def _aliases(d, name: str) -> list[str]:
    entity = next(e for e in d.registry.entities.values() if e.name == name)
    return list(entity.aliases)


# --- metadata -------------------------------------------------------------------------


def test_a_repost_marker_under_the_headline_is_no_city() -> None:
    # (A site reposting a wire release keeps the release's headline above its own
    # "/Site/ --" marker; the marker was read as the dateline city.)
    d = build_draft(
        "Velmont Robotics and Orrin Polytechnic to build warehouse robots\n\n"
        "/Kestrel Feed/ -- DUNMAR, Velmora, March 3, 2020 (GLOBE NEWSWIRE) -- Velmont"
        " Robotics and Orrin Polytechnic today announced a research partnership on"
        " warehouse robots.\n"
    )
    assert d.meta.dateline is not None
    assert d.meta.dateline.city == "Dunmar"
    assert d.meta.publisher == "GlobeNewswire"


def test_a_bracketed_dateline_in_title_case_is_the_place_not_the_publisher() -> None:
    d = build_draft(
        "Orrin Sea Grid gets its builder\n\n"
        "(Baltimore, Md.) \u2013 The Kestrel Ocean Trust and the Orrin Marine Council have"
        " signed an agreement to build the Orrin Sea Grid.\n\n"
        "The grid will carry data from buoys to shore.\n"
    )
    assert d.meta.dateline is not None
    assert d.meta.dateline.city == "Baltimore"
    assert d.meta.publisher != "Baltimore, Md."


def test_a_place_and_its_outlet_in_brackets_before_a_colon_open_a_news_copy() -> None:
    # ("Dunmar (Kestrel Daily): Text": a newspaper's dateline in title case, its outlet
    # in brackets; neither was read.)
    d = build_draft(
        "Dunmar (Kestrel Daily): The Orrin Weather Office has signed an agreement with the"
        " Velmont Climate Secretariat to share rainfall records and forecasts over the next"
        " five years.\n\n"
        "The two bodies will also train forecasters together.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmar"
    assert d.meta.publisher == "Kestrel Daily"


def test_a_full_date_and_a_colon_opening_the_story_date_it() -> None:
    d = build_draft(
        "Orrin Sea Office and Vell Reef Trust join up on reef science\n\n"
        "March 9, 2022: The Orrin Sea Office today announced a partnership with the Vell"
        " Reef Trust to study coral bleaching.\n\n"
        "The two will share survey boats.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2022-03-09"


# --- names ------------------------------------------------------------------------------


def test_a_headline_verb_after_a_story_name_is_no_part_of_it() -> None:
    # ("Kestrel Trust Wins Conservation Award": title case capitalises the verb; the
    # whole run was drafted as a programme and hid the issuer.)
    d = build_draft(
        "Vell Family Trust Wins Conservation Award\n\n"
        "DUNMAR, Velmora (June 2, 2021) \u2013 Today, the Vell Family Trust announced"
        " $2 million in grants to youth clinics.\n\n"
        "The Vell Family Trust granted the money to four clinics.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert not any("Wins" in n for n in names)
    assert d.meta.publisher == "Vell Family Trust"


def test_a_common_noun_capitalised_by_a_title_case_headline_ends_no_name() -> None:
    # ("Acme Improves Customer Service …" over a story on "customer service": with
    # "Service" a head word, the whole run became an organisation and hid the issuer.)
    d = build_draft(
        "Kestrel Improves Visitor Service for Harbour Ferries\n\n"
        "DUNMAR, Velmora, June 2, 2021 -- Kestrel Transit and the Orrin Ferry Board today"
        " signed an agreement to improve visitor service on 12 ferries.\n\n"
        "Kestrel Transit will train crews.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert not any("Improves" in n for n in names)
    assert d.meta.publisher == "Kestrel Transit"


def test_a_short_name_in_brackets_is_the_long_name_s_alias() -> None:
    # ("the Orrin Q. Vell Foundation (Vell Foundation)": a short name of its last words,
    # or of a middle word and the head, "… Kestrel Zoological Park (Kestrel Zoo)".)
    d = build_draft(
        "Two institutions sign a breeding agreement\n\n"
        "DUNMAR, Velmora, June 2, 2021 -- The Orrin Q. Vell Foundation (Vell Foundation)"
        " and Dunmar City Kestrel Zoological Park Breeding Centre (Kestrel Zoo) signed a"
        " breeding agreement today.\n\n"
        "The Vell Foundation will fund the Kestrel Zoo's breeding work.\n"
    )
    assert "Vell Foundation" in _aliases(d, "Orrin Q. Vell Foundation")
    assert "Kestrel Zoo" in _aliases(d, "Dunmar City Kestrel Zoological Park Breeding Centre")


# --- roles ------------------------------------------------------------------------------


def test_a_master_title_before_a_name_is_held_at_the_body_its_word_echoes() -> None:
    # ("Postmaster General X said" in a story on a postal service: no title was read, the
    # service was read as a person, and the title had no organisation.)
    d = build_draft(
        "Harbour board and ferry line agree on night sailings\n\n"
        "DUNMAR, Velmora, May 3 (Kestrel) -- The Velmont Harbour Board said it reached an"
        " agreement with ferry operator Orrin Lines for night sailings.\n\n"
        '"Night sailings will ease the queues," Harbourmaster Ada Lind said.\n\n'
        "The Harbour Board said it would seek other partners.\n"
    )
    kinds = {e.name: str(e.kind) for e in d.registry.entities.values()}
    assert kinds.get("Velmont Harbour Board") == "organization"
    assert ("Ada Lind", "Harbourmaster", "Velmont Harbour Board") in roles_of(d)


def test_a_title_word_that_only_sounds_like_a_name_word_points_nowhere() -> None:
    # ("Counsel" and "Council" open alike but name different things: no guess.)
    d = build_draft(
        "Council and ferry line agree on night sailings\n\n"
        "DUNMAR, Velmora, May 3 (Kestrel) -- The Velmont City Council said it reached an"
        " agreement with ferry operator Orrin Lines for night sailings.\n\n"
        '"The terms are fair," General Counsel Ada Lind said.\n'
    )
    # (Session 18: the lead's subject may be assumed as the issuer, with a review note;
    # never matched silently through the sound-alike.)
    if ("Ada Lind", "General Counsel", "Velmont City Council") in roles_of(d):
        assert any(
            w.startswith("'ada-lind' (General Counsel): organisation assumed") and "issuer" in w
            for w in d.warnings
        )


def test_a_name_from_an_organisation_in_a_caption_list_is_a_person() -> None:
    # ("A from X, B from Y and C from the Z signing the MOU": C was drafted as an
    # organisation, and the title the story gives C later was lost.)
    d = build_draft(
        "Three aquariums sign a breeding pact\n\n"
        "Ivo Pell from Kestrel Marine Trust and Ada Lind from the Orrin City Aquarium"
        " signing the new MOU.\n\n"
        "The Orrin City Aquarium has signed a Memorandum of Understanding with Kestrel"
        " Marine Trust on breeding programs.\n\n"
        "The mayor attended the signing with Orrin City Aquarium curator Ada Lind and"
        " Kestrel Marine Trust chief executive Ivo Pell.\n"
    )
    kinds = {e.name: str(e.kind) for e in d.registry.entities.values()}
    assert kinds.get("Ada Lind") == "person"
    assert ("Ada Lind", "curator", "Orrin City Aquarium") in roles_of(d)


def test_two_offices_at_two_bodies_before_one_name_are_two_roles() -> None:
    # ("said A Vice President and B Program Director X": only the second office was
    # read, at "B Program", a programme written with its kind word.)
    d = build_draft(
        "Kestrel Council to run the Orrin Reef Initiative\n\n"
        "DUNMAR, Velmora, June 4, 2021 -- The Kestrel Council has signed an agreement to"
        " run the Orrin Reef Initiative (ORI) for five years.\n\n"
        "The ORI will map the reef's corals.\n\n"
        '"We are ready," said Kestrel Council Vice President and ORI Program Director'
        " Ada Lind.\n"
    )
    roles = roles_of(d)
    assert ("Ada Lind", "Vice President", "Kestrel Council") in roles
    assert ("Ada Lind", "Program Director", "Orrin Reef Initiative") in roles


def test_a_portfolio_list_before_minister_is_the_title_held_at_its_ministry() -> None:
    # ("Ports and Information Minister X": the title was cut to its last area, at the
    # country's government, though the release names the ministry of that portfolio.)
    d = build_draft(
        "Velmont ministries sign a parcel pact\n\n"
        "ORRIN CITY - The Ministry of Ports and Information Services signed a memorandum"
        " with the Ministry of Roads on fast parcel services.\n\n"
        "It was signed in the presence of Ports and Information Minister Ada Lind.\n"
    )
    assert (
        "Ada Lind",
        "Ports and Information Minister",
        "Ministry of Ports and Information Services",
    ) in roles_of(d)


def test_a_possessive_then_a_lower_case_field_title_before_a_name() -> None:
    # ("ORG's coordination affairs head X": only "head" was read, with no organisation.)
    d = build_draft(
        "Velmont ministries sign a parcel pact\n\n"
        "ORRIN CITY - The Ministry of Ports signed a memorandum with the Ministry of Roads"
        " and Bridges (MoRB) on fast parcel services.\n\n"
        "It was signed by MoRB's planning affairs head Ivo Pell.\n"
    )
    assert ("Ivo Pell", "planning affairs head", "Ministry of Roads and Bridges") in roles_of(d)


def test_a_title_of_a_country_is_held_where_the_release_places_that_title() -> None:
    # ("X, the Permanent Representative of A with the Weather Organization, …; Y,
    # the Permanent Representative of B, noted …": Y's title was read at B, a country.)
    d = build_draft(
        "Dunmar weather office signs three agreements\n\n"
        "DUNMAR, May 3, 2022 -- The Dunmar Weather Centre signed agreements with the"
        " weather services of Portugal and Chile.\n\n"
        "Dr. Ada Lind, the Permanent Representative of Portugal with the Global Weather"
        " Organization, welcomed the partnership.\n\n"
        "Ivo Pell, the Permanent Representative of Chile, noted that the agreement"
        " strengthens regional forecasting.\n"
    )
    assert (
        "Ivo Pell",
        "Permanent Representative of Chile",
        "Global Weather Organization",
    ) in roles_of(d)


# --- partners ---------------------------------------------------------------------------


def test_a_long_name_listing_its_fields_with_commas_is_one_party() -> None:
    d = build_draft(
        "Dunmar weather office signs agreements\n\n"
        "DUNMAR, May 3, 2022 -- The Dunmar Weather Centre signed a memorandum with the"
        " Orrin Hydrological, Seismological, and Oceanographic Agency (OHSO).\n"
    )
    names = {e.name: e.aliases for e in d.registry.entities.values()}
    assert "OHSO" in names.get("Orrin Hydrological, Seismological, and Oceanographic Agency", [])


def test_each_recipient_a_grant_list_names_is_a_party() -> None:
    # ("• Orrin Place - $100,000 (…)": a recipient whose name says nothing of what it is
    # was lost, though the list's other names were read.)
    d = build_draft(
        "Vell Trust awards youth grants\n\n"
        "DUNMAR, Velmora (June 2, 2021) \u2013 The Vell Trust announced $300,000 in youth"
        " grants.\n\n"
        "The Vell Trust awarded grants to the following organizations:\n\n"
        # (A page's list run into one paragraph, as copied.)
        "\u2022 Kestrel Youth Centre - $150,000 (a new drop-in room) \u2022 Tamsin Row -"
        " $100,000 (mentoring) \u2022 Orrin Lantern Society - $50,000 (evening classes)\n"
    )
    kinds = {e.name: str(e.kind) for e in d.registry.entities.values()}
    assert kinds.get("Tamsin Row") == "organization"
