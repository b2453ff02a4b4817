"""Session 17's ingest kinds, each as an invented release (organisations, people and
places made up) in a form real releases use; measured on real releases (not in the
repo) by benchmarks/ingest_eval.py.

Roles: a person's list of titles, read by one parser (``appositives.office_list``):
"A of X, B of Y and C of Z" after a comma or after "serves as", "previously worked as
A of X, concurrently as B of Y as well as C of Z"; "named Jane Doe as its new
president".

Speakers that are no named person: "the company notes: …", "the ministry said", "a
spokesperson for X said", "an X spokesperson added", "X says it has …"; an office named
without its holder ("The Minister of Culture and Fine Arts commented").

Quotes: opened with a curly single mark and closed with a double one; a quote opening a
paragraph after one that reports someone's words ("According to Dr Doe, …"); "Commenting
on it, Jane Doe, Minister of X: “…”" in a paragraph run together with the one before it;
two paragraphs of one quote run together on one line.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.ingest.appositives import office_list
from bot.ingest.entities import Registry
from bot.ingest.registry import DraftRole
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def _quotes(text: str) -> list[tuple[str, str]]:
    d = build_draft(text)
    return [(q.text[:16], s) for (_, q, _), s in zip(d.quotes, speakers(d), strict=True)]


# --- roles: title lists ------------------------------------------------------------


def test_a_title_list_gives_one_role_per_office_and_shared_organisations() -> None:
    assert [
        (r.title, r.org)
        for r in office_list(
            "Founder and Managing Partner of Brackwater Capital, Trustee of the Lumen"
            " Arts Trust and Honorary Consul of Ostria"
        )
    ] == [
        ("Founder and Managing Partner", "Brackwater Capital"),
        ("Trustee", "Lumen Arts Trust"),
        ("Honorary Consul", "Ostria"),
    ]
    # Bare titles take the organisation of the office after them.
    assert [
        (r.title, r.org) for r in office_list("Treasurer, Secretary of Kestrel Rowing Club")
    ] == [
        ("Treasurer", "Kestrel Rowing Club"),
        ("Secretary", "Kestrel Rowing Club"),
    ]
    # The list ends at a clause.
    assert [
        (r.title, r.org) for r in office_list("Dean of Orrin Law School, which opened in 1990")
    ] == [("Dean", "Orrin Law School")]


def test_an_appositive_list_of_offices_at_several_organisations() -> None:
    d = build_draft(
        "Pellam Rail and Sorrow Freight agree on a shared depot\n\n"
        "HARTFELL, 9 October 2024 - Pellam Rail and Sorrow Freight signed an agreement"
        " on a shared depot.\n\n"
        "\u201cThe depot halves our shunting time,\u201d said Ivo Castellan, Director and"
        " Chief Engineer of Pellam Rail, Chairman of Hartfell Sidings Limited and Deputy"
        " Chairman of the Northern Wagon Guild.\n"
    )
    got = roles(d, "Ivo Castellan")
    assert ("Director and Chief Engineer", "Pellam Rail") in got
    assert ("Chairman", "Hartfell Sidings Limited") in got
    assert ("Deputy Chairman", "Northern Wagon Guild") in got


def test_previously_worked_as_a_list_of_offices_gives_earlier_roles() -> None:
    d = build_draft(
        "Sorrow Freight Group names a new president\n\n"
        "HARTFELL, 9 October 2024 - Sorrow Freight Group has recently named Wenna Tallis as its"
        " new president.\n\n"
        "Wenna Tallis previously worked as Deputy Director of Grell Shipping Company"
        " Limited, concurrently as Chief Operating Officer of Grell Terminals as well as"
        " Board Member of the Hartfell Port Authority.\n"
    )
    got = roles(d, "Wenna Tallis")
    assert ("president", "Sorrow Freight Group") in got
    assert ("Deputy Director", "Grell Shipping Company Limited") in got
    assert ("Chief Operating Officer", "Grell Terminals") in got
    assert ("Board Member", "Hartfell Port Authority") in got
    earlier = {r.title: r.current for r in _roles_of(d, "Wenna Tallis") if r.title != "president"}
    assert earlier and not any(earlier.values())


def _roles_of(d: Draft, person: str) -> list[DraftRole]:
    pid = next(e.id for e in d.registry.entities.values() if e.name == person)
    return [r for r in d.registry.roles if r.entity == pid]


def test_serves_as_two_offices_joined_by_and() -> None:
    d = build_draft(
        "Lumen Arts Trust opens a gallery\n\n"
        "ORRIN, 2 May 2023 - The Lumen Arts Trust opened a gallery in Orrin.\n\n"
        "Petra Vael serves as Chief Curator of the Lumen Arts Trust and Director of"
        " Orrin Print Workshop.\n"
    )
    got = roles(d, "Petra Vael")
    assert ("Chief Curator", "Lumen Arts Trust") in got
    assert ("Director", "Orrin Print Workshop") in got


# --- speakers that are no named person ----------------------------------------------

_ORGANISATIONS_SPEAK = (
    "Tessaly Bakeries and Norrow Mills sign a flour contract\n\n"
    "ORRIN, 4 February 2025 - Regional baker Tessaly Bakeries says it has signed a"
    " seven-year flour contract with Norrow Mills.\n\n"
    "The company notes: \u201cThe contract lets us open three bakeries in the valley"
    " without worrying about the price of flour.\u201d\n\n"
    "The Ministry of Rural Trade welcomed the contract. \u201cLong contracts like this"
    " keep small mills working all year,\u201d the ministry said.\n\n"
    "\u201cThe first deliveries leave the mill in April,\u201d a spokesperson for Norrow"
    " Mills said.\n\n"
    "\u201cWe will review the price with our partner every second year,\u201d a Tessaly"
    " Bakeries spokesperson added.\n"
)


def test_organisations_speak_when_no_person_is_named() -> None:
    d = build_draft(_ORGANISATIONS_SPEAK)
    assert speakers(d) == [
        "Tessaly Bakeries",
        "Ministry of Rural Trade",
        "Norrow Mills",
        "Tessaly Bakeries",
    ]
    assert "Tessaly Bakeries" in names(d, EntityKind.ORGANIZATION)
    assert "Tessaly Bakeries" not in names(d, EntityKind.PERSON)
    # Each has a note for the reviewer.
    assert sum("put the person who spoke for it" in w for w in d.warnings) == 4


def test_an_office_named_without_its_holder_speaks_as_that_office() -> None:
    d = build_draft(
        "Velmar museum lends carvings to Orrin\n\n"
        "ORRIN, 12 May 2016 - The Velmar Ministry of Heritage and Living Crafts and the"
        " Orrin Gallery signed a loan agreement.\n\n"
        "The Minister of Heritage and Living Crafts commented, \u201cThe loan is our first"
        " with a gallery abroad and we hope many will follow.\u201d\n"
    )
    assert speakers(d) == ["Minister of Heritage and Living Crafts"]
    assert "Living Crafts" not in names(d, EntityKind.PERSON)
    assert any("without its holder" in w for w in d.warnings)


# --- quotes --------------------------------------------------------------------------


def test_a_quote_opened_with_a_single_mark_and_closed_with_a_double_one() -> None:
    got = _quotes(
        "Orrin Rowing Federation signs with the Tallis Boat Club\n\n"
        "ORRIN, 3 March 2019 - The Orrin Rowing Federation and the Tallis Boat Club signed"
        " a training agreement.\n\n"
        "Mira Okafor, President of the Tallis Boat Club, thanked the federation for its"
        " help, \u2018above all since your coaches came to our regatta last"
        " summer\u201d, she added.\n"
    )
    assert got == [("above all since ", "Mira Okafor")]


def test_a_quote_after_a_paragraph_that_reports_someones_words_is_theirs() -> None:
    d = build_draft(
        "Dunmore Vets and the Orrin Veterinary Society sign an accord\n\n"
        "ORRIN, 3 March 2019 - Dunmore Vets and the Orrin Veterinary Society signed an"
        " accord on training.\n\n"
        "\u201cThe accord is a milestone for Orrin Pet Care, our fellow partners and for"
        " the students,\u201d said Dr Hana Brisk, vice president of Dunmore Vets.\n\n"
        "According to Dr Brisk, the clinics had trained students together since 2015. The"
        " idea of a formal accord came from the students themselves.\n\n"
        "\u201cThis accord brings our clinics closer to the universities than they have"
        " ever been and"
    )
    got = [(q.text[:16], s) for (_, q, _), s in zip(d.quotes, speakers(d), strict=True)]
    assert got == [("The accord is a ", "Hana Brisk"), ("This accord brin", "Hana Brisk")]
    # ("Orrin Pet Care, our fellow partners": what a group is to the speaker, no person.)
    assert "Orrin Pet Care" not in names(d, EntityKind.PERSON)


def test_paragraphs_run_together_keep_their_speakers() -> None:
    got = _quotes(
        "Kestrel Motors and Ostria to study electric buses\n\n"
        "OSTRIA CITY, 5 May 2018 - Kestrel Motors signed a memorandum with the Ostrian"
        " government.The signing took place at the ministry, attended by senior"
        " officials.Commenting on the memorandum, Mr. Davor Lenk, the Minister of"
        ' Transport:"We are proud to work with Kestrel Motors on cleaner buses for our'
        ' cities."Alma Kestrel, Kestrel Motors\' chief executive, said:"We are glad to'
        ' bring our buses to Ostria and to learn from its drivers."This study shows how'
        ' much we expect from electric buses in growing cities."The study starts in'
        " June.\n"
    )
    assert got == [
        ("We are proud to ", "Davor Lenk"),
        ("We are glad to b", "Alma Kestrel"),
        ("This study shows", "Alma Kestrel"),
    ]


def test_a_spokesperson_for_an_organisation_named_by_its_kind() -> None:
    got = _quotes(
        "Brenna Seeds and the Ostrian Ministry of Soils share test plots\n\n"
        "OSTRIA CITY, 4 June 2024 - Brenna Seeds and the Ostrian Ministry of Soils signed"
        " an agreement on test plots.\n\n"
        "\u201cThe plots will be open to every grower in the region,\u201d said a"
        " spokesperson for the ministry.\n"
    )
    assert got == [("The plots will b", "Ostrian Ministry of Soils")]


def test_a_joint_statement_of_two_companies_is_the_issuers_with_a_note() -> None:
    d = build_draft(
        "Quarry Lane Software and Tessaly Bakeries team up on ordering\n\n"
        "ORRIN, 4 June 2024 /PRNewswire/ -- Quarry Lane Software today announced a"
        " partnership with Tessaly Bakeries on online ordering.\n\n"
        "\u201cOrdering bread should take one tap, not ten,\u201d the two companies said in a"
        " joint statement.\n\n"
        "\u201cWe will both be glad to see it,\u201d the two leaders said.\n"
    )
    assert [q.text[:12] for _, q, _ in d.quotes] == ["Ordering bre"]
    assert speakers(d) == ["Quarry Lane Software"]
    assert any("joint statement" in w for w in d.warnings)


def test_a_relative_clause_or_as_well_as_goes_on_with_the_list() -> None:
    d = build_draft(
        "Brackwater Capital backs the Lumen Arts Trust\n\n"
        "ORRIN, 2 May 2023 - Brackwater Capital will fund the Lumen Arts Trust for three"
        " years.\n\n"
        "\u201cArt needs patient money,\u201d said Odile Marsh, who also serves as Chair of"
        " the Lumen Arts Trust and Treasurer of the Orrin Sailing Society.\n\n"
        "\u201cWe will fund the workshops first,\u201d said Bram Okoro, Partner at Brackwater"
        " Capital, as well as Trustee of the Orrin Sailing Society.\n"
    )
    assert {("Chair", "Lumen Arts Trust"), ("Treasurer", "Orrin Sailing Society")} <= roles(
        d, "Odile Marsh"
    )
    assert {("Partner", "Brackwater Capital"), ("Trustee", "Orrin Sailing Society")} <= roles(
        d, "Bram Okoro"
    )


_BODY_NAMED_AFTER = (
    "Corrow Ferries adds a night crossing\n\n"
    "KELMOUTH, 8 October 2023 - Corrow Ferries will add a night crossing to Isle Brannock"
    " from November.\n\n"
    "Tobiah Renwick, operations director of Corrow Ferries, said the crossing would carry"
    " freight first.\n\n"
    "\u201cIsland shops will no longer wait a day for fresh goods,\u201d the agency said."
    "{after}\n"
)


def test_an_organisation_named_by_its_kind_after_the_quote_speaks_it() -> None:
    # ("the agency said" and the agency named only later in the same paragraph: the
    # attribution in the quote's own sentence wins over the paragraph before it.)
    d = build_draft(
        _BODY_NAMED_AFTER.format(
            after=" The Brannock Island Transport Agency will pay half of the fares."
        )
    )
    assert speakers(d) == ["Brannock Island Transport Agency"]
    assert any("names after it" in w for w in d.warnings), d.warnings


def test_an_organisation_the_release_never_names_is_no_person_before_it() -> None:
    d = build_draft(_BODY_NAMED_AFTER.format(after=""))
    assert "Tobiah Renwick" not in speakers(d)
    assert any("'the agency', which the release does not name" in w for w in d.warnings)


_FOLDED_SPEAKER = (
    "Kelvale Institute opens a tide gauge on Marrow Quay\n\n"
    "PORTHALLOW, 12 March 2022 - The Kelvale Institute opened a tide gauge on Marrow Quay"
    " with the harbour board on Tuesday.\n\n"
    "\u201cEvery fisher on the quay can now read the tide from a phone,\u201d the institute"
    " said in a statement.\n\n"
    "Ada Lindqvist, who was director of the Kelvale Institute of Tide Science{tail}, will"
    " advise the harbour board.\n"
)


def test_a_quote_follows_its_organisation_into_the_longer_name_it_is_folded_into() -> None:
    # ("the institute" read as the Kelvale Institute, folded later into the Kelvale
    # Institute of Tide Science: the quote goes with it, never dropped.)
    d = build_draft(_FOLDED_SPEAKER.format(tail=""))
    assert speakers(d) == ["Kelvale Institute of Tide Science"]
    assert not any("lost its speaker" in w for w in d.warnings), d.warnings


def test_how_long_a_title_was_held_is_no_part_of_the_organisation() -> None:
    d = build_draft(_FOLDED_SPEAKER.format(tail=" for nine years until 2020"))
    orgs = names(d, EntityKind.ORGANIZATION)
    assert "Kelvale Institute of Tide Science" in orgs, orgs
    assert not any("years" in n for n in orgs), orgs
    assert speakers(d) == ["Kelvale Institute of Tide Science"]


def test_a_discarded_entity_is_followed_to_the_one_holding_its_name() -> None:
    registry = Registry(None)
    short = registry.add("Tamsk Glassworks", EntityKind.ORGANIZATION)
    gone = registry.add("Pelling Dairy", EntityKind.ORGANIZATION)
    registry.discard(short)
    registry.discard(gone)
    # (A later pass names it at more length, the short name kept as an alias.)
    long = registry.add(
        "Tamsk Glassworks of Orrow", EntityKind.ORGANIZATION, aliases=["Tamsk Glassworks"]
    )
    assert registry.current_id(short) == long
    assert registry.current_id(long) == long
    assert registry.current_id(gone) is None
