"""Acronyms a release defines in common forms (issue 11): a lower-case long form, the
reversed form in lower case, a plural, and an acronym given by apposition; and a
dateline of two cities. The releases are invented."""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.draft import Draft
from bot.kb.models import EntityKind

_HEAD = "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- "


def _linked(d: Draft, short: str) -> list[tuple[str, EntityKind]]:
    return [(e.name, e.kind) for e in d.registry.entities.values() if short in e.aliases]


def test_a_lower_case_reversed_long_form_is_linked_as_a_topic() -> None:
    d = build_draft(
        _HEAD + "Orrin University signed an agreement with Tallis College, an RLGC (rural"
        " land-grant college) in the valley.\n\nThe two will share a library.\n"
    )
    assert _linked(d, "RLGC") == [("rural land-grant college", EntityKind.TOPIC)]


def test_a_lower_case_phrase_in_brackets_must_spell_the_acronym_by_initials() -> None:
    # The letters of "for details see" hold F, D and A in order, but not as initials.
    d = build_draft(
        _HEAD + "Orrin University will file with the KDA (for details see below) in June."
        "\n\nThe two will share a library.\n"
    )
    assert _linked(d, "KDA") == []


def test_a_plural_acronym_links_its_plural_long_form() -> None:
    d = build_draft(
        _HEAD + "Orrin University will mentor three RLGCs (rural land-grant colleges) from"
        " the valley.\n\nThe two will share a library.\n"
    )
    assert _linked(d, "RLGCs") == [("rural land-grant colleges", EntityKind.TOPIC)]


def test_a_lower_case_long_form_before_the_acronym_is_a_topic() -> None:
    # A kind of organisation many are, never an organisation of its own. (A guard: this
    # form was linked already; "memorandum of understanding (MOU)" is left out on purpose,
    # issue 11 P7, see test_a_capitalised_generic_agreement_is_never_an_entity.)
    d = build_draft(
        _HEAD + "Orrin University will mentor every rural land-grant college (RLGC) in"
        " Aldoria.\n\nThe two will share a library.\n"
    )
    assert _linked(d, "RLGC") == [("rural land-grant college", EntityKind.TOPIC)]


def test_an_acronym_given_by_apposition_is_linked() -> None:
    d = build_draft(
        # (The acronym is another language's: it does not spell the English name.)
        "TALLIS, May 3, 2024 (AKN) -- The Kestrel News Agency, AKN, has signed a cooperation"
        " agreement with Orrin Media Group.\n\nThe two will share photographs.\n"
    )
    assert ("Kestrel News Agency", EntityKind.ORGANIZATION) in _linked(d, "AKN")


def test_a_list_of_names_is_not_an_apposition() -> None:
    d = build_draft(
        _HEAD + "The Orrin Media Group, AKN, and Tallow Labs signed a cooperation agreement."
        "\n\nThe three will share photographs.\n"
    )
    assert not any(name == "Orrin Media Group" for name, _ in _linked(d, "AKN"))


def test_a_dateline_of_two_cities_in_capitals_gives_the_first() -> None:
    d = build_draft(
        "VELMONT CITY and TALLIS, March 7, 2024 /PRNewswire/ -- Orrin Labs and Kestrel"
        " Pharma signed a testing agreement.\n\nThe two will share a laboratory.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont City"
    # A name in capitals writes its own AND in capitals.
    one = build_draft(
        "PORT OF SPAIN, TRINIDAD AND TOBAGO, March 7, 2024 /PRNewswire/ -- Orrin Labs"
        " signed a testing agreement with Kestrel Pharma.\n\nThe two will share a laboratory.\n"
    )
    assert one.meta.dateline is not None and one.meta.dateline.country == "Trinidad And Tobago"
