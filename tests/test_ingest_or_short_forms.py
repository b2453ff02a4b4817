"""A short form given after "or": "the agreement called Grid Understanding for Shared
Training, or GUST, allows ...". Found on a fifteenth set of real releases (not in the
repo): the programme was no entity and its short form linked nothing. The kind: "Name,
or SHORT" defines SHORT when its letters are exactly the initials of the name's
capitalised words; any other "X, or Y" is two things.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.acronyms import AcronymDef, find_acronyms


def test_a_short_form_after_or_that_spells_the_initials_is_defined() -> None:
    sentence = (
        "The five-year agreement called Grid Understanding for Shared Training, or GUST,"
        " allows the partners to explore deeper research collaborations."
    )
    assert AcronymDef("Grid Understanding for Shared Training", "GUST") in find_acronyms(sentence)


def test_two_names_joined_by_or_define_nothing() -> None:
    assert find_acronyms("Acme Grid, or Globex Power, will pay for the works.") == []
    assert find_acronyms("Either Acme Grid Services or AGX will pay.") == []


def test_the_programme_is_an_entity_answering_to_its_short_form() -> None:
    d = build_draft(
        "DUNMAR, March 4, 2021 /PRNewswire/ -- Velmora Grid Laboratory signed an agreement"
        " with the University of Orrin. The five-year agreement called Grid Understanding"
        " for Shared Training, or GUST, allows both to explore deeper research.\n"
    )
    entity = next(
        e
        for e in d.registry.entities.values()
        if e.name == "Grid Understanding for Shared Training"
    )
    assert "GUST" in entity.aliases
