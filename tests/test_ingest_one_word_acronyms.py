"""A short form of a one-word name, made of the word's parts: "GLOBEXFOUNDRY (GF)",
"AcmeFoundries (AF)". Found on a sixteenth blind set (not in the repo): the short form
was read nowhere, so a role "CEO of GF" named no organisation the gold knows. The
kind: Schwartz & Hearst's letter matcher, kept to one word, with each capital of the
short form at a capital of a word in mixed case (or anywhere in a word in capitals).
"""

from __future__ import annotations

import pytest

from bot.ingest import build_draft
from bot.ingest.acronyms import AcronymDef, find_acronyms


@pytest.mark.parametrize(
    ("sentence", "long", "short"),
    [
        ("GLOBEXFOUNDRY (GF) and Orrin Chips announced a licence.", "GLOBEXFOUNDRY", "GF"),
        ("A deal between AcmeFoundries (AF) and Orrin.", "AcmeFoundries", "AF"),
        ("Orrin said KestrelwaterhouseVance (KwV) will audit.", "KestrelwaterhouseVance", "KwV"),
    ],
)
def test_a_one_word_name_defines_its_short_form(sentence: str, long: str, short: str) -> None:
    assert AcronymDef(long, short) in find_acronyms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmora (VE) and Orrin signed.",  # a country
        "Globex (GX) signed.",  # X is no capital of the word
        "Acme (AC) signed.",  # too short to abbreviate
    ],
)
def test_no_short_form_where_the_parts_do_not_spell_it(sentence: str) -> None:
    assert not [a for a in find_acronyms(sentence) if " " not in a.long]


def test_a_role_at_the_short_form_is_at_the_one_word_organisation() -> None:
    d = build_draft(
        "DUNMAR, March 4, 2021 /PRNewswire/ -- GLOBEXFOUNDRY (GF) and Orrin Chips today"
        " announced a patent licence.\n\n"
        '"We are pleased," said Jan Orlev, CEO of GF.\n'
    )
    entity = next(e for e in d.registry.entities.values() if e.name == "GLOBEXFOUNDRY")
    assert "GF" in entity.aliases
