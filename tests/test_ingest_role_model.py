"""The scored model of a person's title and organisation (issue 11, roles), on invented
releases: how many offices one title phrase holds (``bot/ingest/offices.py``), and
which organisation a role is held at once every mention is read.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.offices import split_offices
from tests.draftroles import roles_of

_HEAD = (
    "Velmont Harbour Group and Orrin Bay Airline sign a cargo memorandum\n\n"
    "ORRIN CITY, May 4, 2019 -- Velmont Harbour Group and Orrin Bay Airline today signed"
    " a memorandum on air cargo.\n"
)


def test_two_offices_joined_by_an_ampersand_each_keep_their_organisation() -> None:
    d = build_draft(
        _HEAD + "Ms. Jane Doe, Chairman of the Board of Directors of Orrin Bay Airline and"
        " Mr. John Roe, Vice President of Velmont Harbour Group Co., Ltd & President of"
        " Orrin Bay International Airport presided the signing ceremony.\n"
    )
    roles = roles_of(d)
    assert ("John Roe", "Vice President", "Velmont Harbour Group") in roles
    assert ("John Roe", "President", "Orrin Bay International Airport") in roles
    # (An airport is an organisation: its name is never read as a person's.)
    assert not any(name == "International Airport" for name, _, _ in roles)


def test_a_second_office_after_a_portfolio_is_its_own_role() -> None:
    d = build_draft(
        _HEAD + "The memorandum was welcomed by Tana Rell, Minister of Ports and Minister"
        " Responsible for the Velmont Housing Agency, who called it timely.\n"
    )
    roles = roles_of(d)
    assert any(n == "Tana Rell" and t == "Minister of Ports" for n, t, _ in roles)
    # (What a minister answers for is the portfolio, in the title; the release names no
    # government to hold it at.)
    assert ("Tana Rell", "Minister Responsible for the Velmont Housing Agency", None) in roles


def test_a_portfolio_listed_with_commas_closes_before_the_next_office() -> None:
    d = build_draft(
        _HEAD + "The memorandum was welcomed by Tana Rell, Velmont’s Minister of Families,"
        " Children and Social Development and Minister Responsible for the Velmont Housing"
        " Agency (VHA), along with local leaders.\n"
    )
    titles = {t for n, t, _ in roles_of(d) if n == "Tana Rell"}
    assert "Minister of Families, Children and Social Development" in titles
    assert "Minister Responsible for the Velmont Housing Agency" in titles


def test_one_office_stays_one() -> None:
    assert split_offices("Chairman and Chief Executive Officer of Acme") == [
        "Chairman and Chief Executive Officer of Acme"
    ]
    assert split_offices("Vice President for Academic Affairs and Provost") == [
        "Vice President for Academic Affairs and Provost"
    ]
    assert split_offices("Chairman of the Board of Directors & CEO of Acme Ltd") == [
        "Chairman of the Board of Directors & CEO of Acme Ltd"
    ]
    assert split_offices(
        "Member of the Velmont Executive Council and Chairman of the Ports Board"
    ) == [
        "Member of the Velmont Executive Council",
        "Chairman of the Ports Board",
    ]


_LAB = (
    "Velmont Harbour Laboratory and Orrin University sign a research agreement\n\n"
    "ORRIN CITY, May 4, 2019 -- Velmont Harbour Laboratory and Orrin University today"
    " signed an agreement on coastal research.\n"
)


def test_an_acronym_and_a_head_word_before_a_title_are_the_party_they_spell() -> None:
    d = build_draft(
        _LAB + "“This extends our reach,” VHL Laboratory Director Jane Doe said in the release.\n"
    )
    assert ("Jane Doe", "Laboratory Director", "Velmont Harbour Laboratory") in roles_of(d)
    lab = next(e for e in d.registry.entities.values() if e.name == "Velmont Harbour Laboratory")
    assert "VHL" in lab.aliases
    assert not any(e.name == "VHL Laboratory" for e in d.registry.entities.values())


def test_a_word_after_a_party_s_acronym_is_the_title_s() -> None:
    d = build_draft(
        _LAB + "The agreement was signed by Tom Lind, Orrin University Provost, and John"
        " Roe, the Orrin Relief Alliance (ORA) delegate. Ana Bell, ORA Partnership Leader"
        " for Food Security, attended.\n"
    )
    assert ("Ana Bell", "Partnership Leader for Food Security", "Orrin Relief Alliance") in (
        roles_of(d)
    )


def test_a_body_of_its_own_after_a_party_s_name_stays_that_body() -> None:
    d = build_draft(
        _LAB + "“This extends our reach,” said Velmont Harbour Laboratory Foundation Director"
        " Jane Doe.\n"
    )
    assert ("Jane Doe", "Director", "Velmont Harbour Laboratory Foundation") in roles_of(d)


_FOUNDRY = (
    "Orrin Foundry and Velmont Chips settle their patent dispute\n\n"
    "ORRIN CITY, Oct. 28, 2019 (GLOBE NEWSWIRE) -- Orrin Foundry and Velmont Chips today"
    " announced they are dismissing all litigation between them.\n"
)


def test_a_title_whose_complement_is_a_party_is_held_at_that_party() -> None:
    d = build_draft(
        _FOUNDRY + "“The resolution keeps our focus on customers,” said Ana Bell, General"
        " Counsel for Velmont Chips.\n"
    )
    assert ("Ana Bell", "General Counsel", "Velmont Chips") in roles_of(d)


def test_a_region_between_the_title_and_the_company_is_the_title_s_area() -> None:
    d = build_draft(
        _FOUNDRY + "Tom Lind, SVP, Arabian Peninsula & Turkey, Velmont Chips, signed the"
        " settlement.\n"
    )
    assert ("Tom Lind", "SVP, Arabian Peninsula & Turkey", "Velmont Chips") in roles_of(d)


def test_a_rank_prefix_glued_to_a_title_word_is_a_title() -> None:
    d = build_draft(
        _FOUNDRY + "The settlement ends a long dispute, said Karin Holm, Prorector for"
        " Research and Innovation at the University of Orrin.\n"
        "“We are very proud of this,” Holm said.\n"
    )
    assert (
        "Karin Holm",
        "Prorector for Research and Innovation",
        "University of Orrin",
    ) in roles_of(d)


def test_a_one_word_name_in_capitals_takes_its_short_form() -> None:
    d = build_draft(
        "ORRIN CITY, Oct. 28, 2019 (GLOBE NEWSWIRE) -- VELMONTCHIPS (VC) and Orrin Foundry"
        " today announced they are dismissing all litigation between them.\n"
        "“This agreement secures our ability to grow,” said Tom Lind, CEO of VC.\n"
    )
    assert ("Tom Lind", "CEO", "VELMONTCHIPS") in roles_of(d)


def test_a_company_name_with_an_inner_capital_is_one_word() -> None:
    d = build_draft(
        _FOUNDRY + '"We look forward to this," Ana Bell, corporate senior vice president of'
        " Platform Operations at MediaVolt, said in a statement.\n"
        "MediaVolt plans to use Orrin Foundry's process technologies.\n"
    )
    assert (
        "Ana Bell",
        "corporate senior vice president of Platform Operations",
        "MediaVolt",
    ) in roles_of(d)


def test_a_kind_word_before_a_title_is_the_one_organisation_of_that_kind() -> None:
    d = build_draft(
        "Port of Velmont and Orrin Harbour Authority sign a memorandum\n\n"
        "VELMONT, June 6, 2013 /PRNewswire/ -- The Port of Velmont and the Orrin Harbour"
        " Authority today signed a memorandum on shared strategies.\n"
        "“This agreement formalizes our partnership,” said Port Executive Director Jane Doe.\n"
    )
    assert ("Jane Doe", "Executive Director", "Port of Velmont") in roles_of(d)


def test_a_kind_word_two_organisations_share_goes_to_the_issuer_with_a_note() -> None:
    d = build_draft(
        "Port of Velmont and Port of Orrin sign a memorandum\n\n"
        "VELMONT, June 6, 2013 /PRNewswire/ -- The Port of Velmont and the Port of Orrin"
        " today signed a memorandum on shared strategies.\n"
        "“This agreement formalizes our partnership,” said Port Executive Director Jane Doe.\n"
    )
    assert ("Jane Doe", "Executive Director", "Port of Velmont") in roles_of(d)
    assert any("Jane Doe" in w and "check it" in w for w in d.warnings)


def test_one_title_at_a_name_and_at_that_name_cut_short_is_held_at_the_full_name() -> None:
    d = build_draft(
        _LAB + "Ana Bell, director of the Velmont Fish, signed the agreement. “It helps us,”"
        " said Ana Bell, director of the Velmont Fish and Wildlife Service.\n"
    )
    held = {(t, o) for n, t, o in roles_of(d) if n == "Ana Bell"}
    assert held == {("director", "Velmont Fish and Wildlife Service")}


def test_one_title_at_two_organisations_is_kept_with_a_note() -> None:
    d = build_draft(
        _LAB + "Ana Bell, director of Orrin University, signed the agreement. “It helps us,”"
        " said Ana Bell, director of the Velmont Harbour Laboratory.\n"
    )
    held = {o for n, t, o in roles_of(d) if n == "Ana Bell" and t == "director"}
    assert held == {"Orrin University", "Velmont Harbour Laboratory"}
    assert any("Ana Bell" in w and "keep the right one" in w for w in d.warnings)


def test_a_unit_after_a_party_s_acronym_is_held_at_the_party() -> None:
    d = build_draft(
        "Orrin State University wins a research contract\n\n"
        "ORRIN CITY, Feb. 14, 2013 /PRNewswire/ -- Orrin State University officials"
        " announced today that the institute will stay on campus.\n"
        "“I would like to thank the people at Orrin State,” said Tom Lind, President.\n"
        "“This is great news,” said Ana Bell, M.D., M.P.H., dean of the OSU School of"
        " Med\n"
    )
    assert ("Ana Bell", "dean of the School of Med", "Orrin State University") in roles_of(d)
