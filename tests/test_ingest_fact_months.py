"""A fact is dated by the month it says an event happened in ("entered service in August
2022") rather than left to its release's date; a plan or a goal is never dated by the month
or year it names ("will open in May 2026", "By 2030 the fund aims ..."), or a timeline shows
it as done (newcomer trial, session 10)."""

from __future__ import annotations

from bot.ingest import build_draft

_RELEASE = (
    "PORT ANSELM, Aldoria, 20 September 2022 - The Harbour Fund said its ferry link had"
    " carried its 50,000th passenger.\n\n"
    "A second ferry, built by Kestrel Yards, entered service in August 2022.\n\n"
    "In March 2021, the Harbour Fund and Kestrel Yards signed the ferry contract.\n\n"
    "A third ferry from Kestrel Yards will enter service in May 2026.\n\n"
    "By 2030 the Harbour Fund aims to carry 200,000 passengers a year on the link.\n\n"
    "Kestrel Yards ran the link between January 2021 and March 2022 under a trial licence.\n"
)


def _dates() -> dict[str, object]:
    facts = build_draft(_RELEASE).data()["facts"]
    return {f["text"].split(",")[0].split(" entered")[0]: f.get("date") for f in facts}


def test_a_past_event_is_dated_by_the_month_it_names() -> None:
    dates = _dates()
    assert dates["A second ferry"] == "2022-08", dates
    assert dates["In March 2021"] == "2021-03", dates


def test_plans_goals_and_spans_keep_the_release_date() -> None:
    dates = {k[:20]: v for k, v in _dates().items()}
    assert dates["A third ferry from K"] is None, dates
    assert dates["By 2030 the Harbour "] is None, dates
    # Two months: which one dates the statement is the reviewer's call.
    assert dates["Kestrel Yards ran th"] is None, dates


_SUCCESSION = (
    "GENVALE, Aldoria, 3 May 2023 - The Harbour Fund named a new director.\n\n"
    "Dr Mara Vent was Director of the Harbour Fund from 2015 until April 2023.\n\n"
    "Teo Brask, previously Head of Grants at the Harbour Fund, succeeded her as Director.\n\n"
    "Teo Brask thanked Mara Vent and said the board had chosen him with care.\n"
)


def test_an_object_pronoun_for_someone_not_named_in_the_fact_is_flagged() -> None:
    draft = build_draft(_SUCCESSION)
    notes = [n for n in draft.notes if "of someone it does not name" in n]
    # "succeeded her" (Teo Brask is its subject, so "her" is someone else); not the last
    # sentence, which names two people.
    assert len(notes) == 1 and "'her'" in notes[0], draft.notes
