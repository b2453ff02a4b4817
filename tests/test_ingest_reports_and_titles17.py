"""Session 17 review: a summary read from "According to X, …", a verb phrase read as a
title, a local government's title placed at a body its word echoes. Invented releases."""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.words import is_title_phrase

_RELEASE = (
    "Ellisby Rowing Club and the Town of Ellisby open a boathouse\n\n"
    "ELLISBY, 2 May 2024 - Ellisby Rowing Club, with the Town of Ellisby and the Ellisby"
    " Harbour Council, opened a boathouse on the river.\n\n"
    "Mayor Petra Lunde of the Town of Ellisby, Councillor Omar Haddad, and Lise Varga,"
    " president of Ellisby Rowing Club, cut the ribbon.\n\n"
    "According to the Ellisby Harbour Council, the boathouse will store 60 boats.{chair}\n"
)


def _entity(draft, entity_id: str) -> dict:
    return next(e for e in draft.data()["entities"] if e["id"] == entity_id)


def test_a_name_after_according_to_is_no_appositive_for_its_summary() -> None:
    d = build_draft(_RELEASE.format(chair=""))
    summary = _entity(d, "ellisby-harbour-council").get("summary", "")
    assert "is the boathouse" not in summary, summary


def test_a_verb_phrase_is_never_a_title() -> None:
    assert not is_title_phrase("will chair the jury")
    assert not is_title_phrase("has led the board")
    assert is_title_phrase("Chair of the Jury")
    d = build_draft(
        _RELEASE.format(chair=" The council's secretary, Ines Brook, will chair the jury.")
    )
    titles = [r["title"] for r in d.data()["roles"] if r["entity"] == "ines-brook"]
    assert titles and not any(t.startswith("will") for t in titles), titles


def test_a_councillor_is_no_council_s_by_its_word_alone() -> None:
    d = build_draft(_RELEASE.format(chair=""))
    orgs = {r["organization"] for r in d.data()["roles"] if r["entity"] == "omar-haddad"}
    assert orgs == {"town-of-ellisby"}, orgs
