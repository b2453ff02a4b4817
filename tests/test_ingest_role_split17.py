"""Where a title ends and its organisation begins, from a sixth set of real releases
(not in the repo), each kind as an invented release with what the draft must say.

The kinds: a "for <X>" that is the title's (a population, a region, an area) against a
"for <X>" or "in the <acronym>" that is the organisation; an office named after its
holder; an organisation written "X Town" where the release names the "Town of X"; a
company's name with an inner capital; a title not yet taken up ("-designate"); a region
inside a comma title; "respectively" before the titles; a title's own acronym in
brackets before the name; a title run into its organisation's name. The real releases
are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind


def roles(d: Draft, person: str) -> set[tuple[str, str | None]]:
    label = {e.id: e.name for e in d.registry.entities.values()}
    pid = next(e.id for e in d.registry.entities.values() if e.name == person)
    return {(r.title, label.get(r.organization or "")) for r in d.registry.roles if r.entity == pid}


def people(d: Draft) -> set[str]:
    return {e.name for e in d.registry.entities.values() if e.kind == EntityKind.PERSON}


def test_an_area_then_for_the_organisation_is_cut_at_the_organisation() -> None:
    d = build_draft(
        "KESTREL, May 4, 2023 /PRNewswire/ -- The Kenyan Blue Lantern and Orrin Tarps will"
        " stock shelters before the rains.\n\n"
        "\u201cPartners like Orrin Tarps keep us ready,\u201d said Ada Lind, President of"
        " Coastal Services for the Kenyan Blue Lantern.\n"
    )
    assert roles(d, "Ada Lind") == {("President of Coastal Services", "Kenyan Blue Lantern")}
    assert "Blue Lantern" not in people(d)


def test_a_title_in_the_acronym_of_an_organisation_is_held_there() -> None:
    d = build_draft(
        "Velmont, 3/2/2022. Orrin Savings Bank signed a framework with the Velmont Harbour"
        " Fund (VHF) to support young fishers.\n\n"
        "The framework was signed between Mr. Ivo Marrin, the Regional Director for Island"
        " States in the VHF, and Mr. Osric Pell, the General Manager of Orrin Savings Bank.\n"
    )
    assert roles(d, "Ivo Marrin") == {
        ("Regional Director for Island States", "Velmont Harbour Fund")
    }


def test_a_population_the_title_serves_is_no_organisation() -> None:
    d = build_draft(
        "GENEVA, May 2 (VCDP) - The VCDP on Tuesday renewed its ties with two partners, the"
        " Orrin Relief Corps and the Kestrel Aid Committee.\n\n"
        "Commissioner for Displaced Persons Tana Rell signed memorandums with both groups."
        " The VCDP and the two groups will protect displaced persons in camps.\n"
    )
    assert roles(d, "Tana Rell") == {("Commissioner for Displaced Persons", "VCDP")}
    assert "Displaced Persons" not in {e.name for e in d.registry.entities.values()}


def test_a_town_written_before_its_head_word_is_the_town_named_with_of() -> None:
    d = build_draft(
        "MARSHEN, VT -- Orrin Power signed a memorandum with the Town of Marshen to keep jobs"
        " in the town.\n\n"
        "Marshen Town Mayor Ada Lind and Orrin Power President Ivo Marrin signed it on"
        " Thursday.\n"
    )
    assert roles(d, "Ada Lind") == {("Mayor", "Town of Marshen")}


def test_a_company_name_with_an_inner_capital_is_not_cut() -> None:
    d = build_draft(
        "KESTREL, Oct. 4, 2019 (GLOBE NEWSWIRE) -- Orrin Farms joined forces with BriCo"
        " Markets to donate food.\n\n"
        '"We are glad to help," said Ada Lind, director of public affairs at BriCo Markets.\n'
    )
    assert roles(d, "Ada Lind") == {("director of public affairs", "BriCo Markets")}


def test_a_title_not_yet_taken_up_is_a_title() -> None:
    d = build_draft(
        "VELMONT -- Orrin Freight Group and Kestrel Post will share parcel lockers.\n\n"
        "Ivo Marrin, CEO-designate of Orrin Freight Group, said the lockers open in May.\n"
    )
    assert roles(d, "Ivo Marrin") == {("CEO-designate", "Orrin Freight Group")}


def test_a_title_at_a_company_overrules_the_issuer_assumed() -> None:
    d = build_draft(
        "Velmont Becomes First County to Move to Kestrelsoft\u2019s Cloud\n\n"
        "The Velmont County Office of Digital Services has announced it will move all"
        " county offices to Kestrelsoft\u2018s Business Productivity Online Suite.\n\n"
        "Ada Lind, vice president of city and county government at Kestrelsoft, said the"
        " county leads the way.\n"
    )
    assert roles(d, "Ada Lind") == {("vice president of city and county government", "Kestrelsoft")}


def test_a_region_inside_a_comma_title_stays_in_the_title() -> None:
    d = build_draft(
        "VELMONT -- Orrin Freight and Kestrel Logistics closed their deal. The joint"
        " business, Kestrel Logistics Orrin, was announced at the closing, and Ivo Marrin"
        " (former CEO, Greater India of Kestrel Logistics) was named to lead it.\n"
    )
    assert ("CEO, Greater India", "Kestrel Logistics") in roles(d, "Ivo Marrin")
    assert "Greater India" not in people(d)


def test_respectively_before_the_titles() -> None:
    d = build_draft(
        "Velmont, 2-3-2016 -- Ada Lind and Osric Pell, respectively CEO of Velmar Grid and"
        " Orrin Power, operators of the two largest networks, have signed a memorandum.\n"
    )
    assert roles(d, "Ada Lind") == {("CEO", "Velmar Grid")}
    assert roles(d, "Osric Pell") == {("CEO", "Orrin Power")}


def test_a_titles_own_acronym_in_brackets_before_the_name() -> None:
    d = build_draft(
        "KESTREL -- Orrin Bank and Velmont Growth Bank signed a memorandum.\n\n"
        "Orrin Bank group president and chief executive officer (CEO) Ada Lind said the"
        " bank had approved more loans.\n"
    )
    assert roles(d, "Ada Lind") == {("group president and chief executive officer", "Orrin Bank")}


def test_a_title_run_into_its_organisations_name() -> None:
    d = build_draft(
        "VELMONT -- Kestrel Freight Group sold half of its unit to Orrin Holding.\n\n"
        "Commenting on the deal, Ivo Marrin, CEO Kestrel Freight Group said: \u201cThis is a"
        " good day.\u201d\n"
    )
    assert roles(d, "Ivo Marrin") == {("CEO", "Kestrel Freight Group")}


def test_a_place_after_a_public_office_stays_where_it_is_held() -> None:
    # (The recut must not read a place as a title's portfolio.)
    d = build_draft(
        "VELMONT -- Orrin Power and the province signed an accord.\n\n"
        '"This is a good day," said Osric Pell, Premier of Prince Orrin Island.\n'
    )
    assert roles(d, "Osric Pell") == {("Premier", "Prince Orrin Island")}
