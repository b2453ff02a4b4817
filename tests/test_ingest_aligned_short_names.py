"""Short names a release introduces in brackets that are not the initials of the long
name: their words align with the name's words in order, each a whole word, a prefix or
initials, some words skipped; and an acronym set off by a comma at a clause's end,
spelling the name's initials. The releases are invented (the kinds come from real
releases of development sets, not in the repo)."""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.acronyms import AcronymDef, find_acronyms
from bot.ingest.draft import Draft

_HEAD = "ORRVALE, Aldoria, May 3, 2024 /PRNewswire/ -- "


def _linked(d: Draft, short: str) -> list[str]:
    return [e.name for e in d.registry.entities.values() if short in e.aliases]


def test_a_short_name_of_a_word_and_a_prefix_is_the_whole_name() -> None:
    d = build_draft(
        _HEAD + "Kestrel Freight signed a research agreement with the Velmont Institute of"
        " Mariculture (Velmont Mari) on Tuesday.\n\nVelmont Mari will test the feed in June.\n"
    )
    assert _linked(d, "Velmont Mari") == ["Velmont Institute of Mariculture"]


def test_a_short_name_of_initials_and_a_word_skips_words_between() -> None:
    found = find_acronyms(
        "Orrin Small Farms Cooperative Credit Union Bhd (OSF Credit) has signed a memorandum."
    )
    assert found == [AcronymDef("Orrin Small Farms Cooperative Credit Union Bhd", "OSF Credit")]


def test_an_acronym_that_is_a_word_of_the_name_stands_for_the_whole_name() -> None:
    found = find_acronyms("Marrow Lane KSL Holdings (KSL) and Tavel Post have signed a deal.")
    assert found == [AcronymDef("Marrow Lane KSL Holdings", "KSL")]


def test_words_copied_whole_or_a_place_in_brackets_are_no_short_name() -> None:
    # (Whole words only, with no head word, say nothing the name does not; a country in
    # brackets is where the body is.)
    assert find_acronyms("the Kestrel Marrow Tallis (Marrow Tallis) met.") == []
    assert find_acronyms("the Harbour Bank of Aldoria (Aldoria) said on Monday.") == []
    assert find_acronyms("the Harbour Bank of Orrin (Tallis Group) said on Monday.") == []


def test_an_acronym_after_a_comma_at_the_end_of_a_clause_spelling_the_name() -> None:
    found = find_acronyms("The samples flew to the Orrin Deep Station, ODS. They returned.")
    assert found == [AcronymDef("Orrin Deep Station", "ODS")]
    # (The next name of a list spells nothing.)
    assert find_acronyms("Its partners are Orrin Deep Labs, KSL.") == []


def test_the_long_name_starts_at_the_first_aligned_word() -> None:
    found = find_acronyms("She spoke at the Seventh Annual Kestrel Seed Exchange (KS Exchange).")
    assert found == [AcronymDef("Kestrel Seed Exchange", "KS Exchange")]
