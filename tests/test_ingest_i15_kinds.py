"""Kinds of titles and speakers from a fifteenth set of real releases (not in the repo),
each as an invented release with what the draft must say.

A lower-case (AP style) title before a name after an organisation whose last word is
itself a title word ("Orrin Group senior vice president Jane Doe"), a title acronym
joined to a lower-case title ("president and CEO"), and a family name that is also a
month ("Ann May"). The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft


def _roles(d: Draft) -> set[tuple[str, str, str | None]]:
    ents = d.registry.entities
    return {
        (
            ents[r.entity].name,
            r.title,
            ents[r.organization].name if r.organization in ents else None,
        )
        for r in d.registry.roles
    }


def _speakers(d: Draft) -> dict[str, str | None]:
    """Each quote's opening words (30 characters) and its speaker's name."""
    ents = d.registry.entities
    return {
        q.text[:30]: (ents[q.speaker].name if q.speaker in ents else None) for _, q, _ in d.quotes
    }


_HEAD = (
    "Orrin Group and Kestrel Studio form a publishing alliance\n\n"
    "ORRIN CITY, March 3, 2021 -- Orrin Group and Kestrel Studio today announced a"
    " publishing alliance for mobile games.\n"
)


def test_a_lower_case_title_after_an_organisation_ending_in_a_title_word() -> None:
    d = build_draft(
        _HEAD + "“We expect much from this alliance,” said Orrin Group senior vice president"
        " Jane Doe. “It is a big step for both of us.”\n"
    )
    assert ("Jane Doe", "senior vice president", "Orrin Group") in _roles(d)
    assert _speakers(d).get("We expect much from this allia") == "Jane Doe"


def test_a_title_acronym_joins_a_lower_case_title() -> None:
    d = build_draft(
        _HEAD + "In a statement, Kestrel Studio president and CEO John Roe noted that the"
        " studio's veteran team makes for a promising partnership.\n"
        "“Partnering with Orrin is a great step,” said Roe.\n"
    )
    assert ("John Roe", "president and CEO", "Kestrel Studio") in _roles(d)


def test_a_month_as_a_family_name() -> None:
    d = build_draft(
        _HEAD + "“We are delighted to partner with Kestrel Studio,” said Ann May, CEO,"
        " Orrin Group.\n"
        "The alliance starts in May 2021 and runs until June 2024.\n"
    )
    assert _speakers(d).get("We are delighted to partner wi") == "Ann May"
    assert ("Ann May", "CEO", "Orrin Group") in _roles(d)
    names = {e.name for e in d.registry.entities.values()}
    assert not any(n.endswith(("May 2021", "June 2024")) for n in names)


def test_a_public_office_before_a_family_name_alone_is_the_speaker() -> None:
    d = build_draft(
        _HEAD + '"This alliance will bring together the best minds," said Governor Thorne.'
        ' "By working together, these teams give hope to many."\n'
        '"It is a fine day," said Chairman Weller.\n'
    )
    speakers = _speakers(d)
    assert speakers.get("This alliance will bring toget") == "Thorne"
    assert speakers.get("By working together, these tea") == "Thorne"
    # The office's place is not written: no organisation is guessed.
    assert ("Thorne", "Governor", None) in _roles(d)
    # A title that is no public office before a lone family name stays unread.
    assert speakers.get("It is a fine day,") is None


_SIGNATORIES = (
    "Orrin Airport Company and Kestrel Airline sign a cooperation memorandum\n\n"
    "ORRIN CITY, July 15, 2009 -- Orrin Airport Company (OAC) and Kestrel Airline Company"
    " Ltd. signed a memorandum on cooperation in air services.\n"
    "Dr. Ann Deng, Chairman of the Board of Directors of OAC and Mr. Tom Wei, Vice President"
    " of Kestrel Airline Company Ltd. presided the signing ceremony. Other guests also"
    " attended the ceremony, they are Mr. Ivo Lind, Chairman of  Board of Directors & Chief"
    " Executive Officer of Velmont Air Company Ltd., Mr. Hoi Pak, Executive Director of"
    " Harbour Yu Group and Ms. Ada Rook, Chairman of the Board of Kestrel Fuel Company Ltd.,"
    " Mr. Tim Rato, Director of Marketing of Kestrel Fuel Company Ltd.\n"
)


def test_a_board_of_directors_is_part_of_the_title_not_the_organisation() -> None:
    roles = _roles(build_draft(_SIGNATORIES))
    assert ("Ann Deng", "Chairman of the Board of Directors", "Orrin Airport Company") in roles
    assert ("Ada Rook", "Chairman of the Board", "Kestrel Fuel Company Ltd.") in roles


def test_a_list_of_signatories_gives_each_their_own_title() -> None:
    roles = _roles(build_draft(_SIGNATORIES))
    # (A doubled space inside a title is one space.)
    assert (
        "Ivo Lind",
        "Chairman of Board of Directors & Chief Executive Officer",
        "Velmont Air Company Ltd.",
    ) in roles
    assert ("Hoi Pak", "Executive Director", "Harbour Yu Group") in roles
    # The next person of the list is nobody's organisation.
    assert not any(org is not None and "Rato" in org for _, _, org in roles)


def test_a_head_word_the_acronym_already_ends_in_is_the_title_s() -> None:
    d = build_draft(
        "Orrin Games Laboratory and Kestrel University sign a research pact\n\n"
        "ORRIN CITY, March 3, 2021 -- Orrin Games Laboratory (OGL) and Kestrel University"
        " today signed a research pact.\n"
        "“As a laboratory supporting national priorities, we see value in it,” OGL"
        " Laboratory Director Tim Loe said in the release.\n"
    )
    assert ("Tim Loe", "Laboratory Director", "Orrin Games Laboratory") in _roles(d)


def test_a_dash_glued_between_the_year_and_the_story() -> None:
    d = build_draft(
        "Orrin and Kestrel announce a research collaboration\n\n"
        "TOKYO, Japan, November 18, 2008-The Orrin Institute (OI) and the Kestrel Agency"
        " announced today a research collaboration.\n"
        '"It is a great day," said Jane Doe, president of the Orrin Institute.\n'
    )
    assert str(d.meta.date) == "2008-11-18"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Tokyo"
    # The year is no part of the first party's name.
    assert not any(e.name.startswith("2008") for e in d.registry.entities.values())
    assert ("Jane Doe", "president", "Orrin Institute") in _roles(d)


def test_a_year_month_day_date_before_the_dash_stays_a_date() -> None:
    d = build_draft(
        "Orrin and Kestrel announce a research collaboration\n\n"
        "TOKYO, Japan, 2008-Nov-18 -- The Orrin Institute (OI) and the Kestrel Agency"
        " announced today a research collaboration.\n"
    )
    assert str(d.meta.date) == "2008-11-18"


def test_a_lower_case_title_held_in_a_place_after_its_organisation() -> None:
    d = build_draft(
        "Orrin Aid Organization and Kestrel Fund sign a water agreement\n\n"
        "VELMONT, March 3, 2021 -- The Orrin Aid Organization (OAO) and the Kestrel Fund"
        " signed an agreement on water.\n"
        "The agreement will strengthen their joint support for the Velmont Ministry of"
        " Water, OAO representative in Velmont Max Moe said, adding that it lays a"
        " foundation for cooperation.\n"
    )
    assert ("Max Moe", "representative in Velmont", "Orrin Aid Organization") in _roles(d)


def test_a_date_line_with_spaced_slashes_under_the_headline() -> None:
    d = build_draft(
        "2024 / 05 / 24         24~27°C         80~99%\n\n"
        "Signing of a Memorandum of Cooperation between Orrin Airport Company and Kestrel"
        " Airport\n\n"
        "2009 / 07 / 15\n\n"
        "Orrin Airport Company today signed a Memorandum of Strategic Cooperation with"
        " Kestrel Airport to build air links between the two cities.\n"
    )
    # (The page's clock and weather line above the headline is no release date.)
    assert str(d.meta.date) == "2009-07-15"
