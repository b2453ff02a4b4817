"""The kinds of review edit a newcomer's four repair-programme releases needed (newcomer
trial nc16: a saved web page, a mailing-list e-mail, a PDF, a cp1252 text), each on
invented releases in other wording and another domain:

* roles: a title left on a date "and now chairs its board" (the left title ends on its
  date; the board is the organisation's named before); "who has been X since <date>" and
  "<Name>, <Title> since <year>, said" (a role, and a dated statement of when it began);
  a retirement "will retire as X on <date>" and its succession "She will be succeeded by
  Y, currently Z, from <date>";
* facts: a running total "since it began in <month year>" is a figure as of the release,
  not of its start.
"""

from __future__ import annotations

from bot.ingest.draft import Draft, build_draft


def _entity(d: Draft, name: str):
    return next((e for e in d.registry.entities.values() if e.name == name), None)


def _roles(d: Draft, person: str) -> set[tuple[str, str | None, bool, str | None]]:
    pid = _entity(d, person)
    assert pid is not None, person
    return {
        (
            r.title,
            d.registry.entities[r.organization].name if r.organization else None,
            r.current,
            r.ended,
        )
        for r in d.registry.roles
        if r.entity == pid.id
    }


def _fact(d: Draft, start: str):
    found = [f for _, f in d.facts if f.text.startswith(start)]
    assert found, (start, [f.text for _, f in d.facts])
    return found[0]


SEEDS = (
    "Velmont Seed Library and Orrin Growers Trust widen Sow & Share\n\n"
    "VELMONT, Manitoba, April 8, 2024 /Lakeshore Wire/ -- Sow & Share, the seed-lending"
    " programme of the Velmont Seed Library and the Orrin Growers Trust, has lent 18,200"
    " seed packets since it began in May 2019. It now runs at 14 community gardens.\n\n"
    "Orrin Growers Trust has new leadership. Lise Moreau became Executive Director of the"
    " Orrin Growers Trust on 1 February 2024, succeeding founder Ivo Brandt, who stepped"
    " down as Executive Director on 31 January 2024 and now chairs its board. Tana Reyes,"
    " who ran the pilot garden in 2019, has been Head of Outreach at the Velmont Seed"
    " Library since March 2022.\n\n"
    "Ola Berg will retire as Head Librarian of the Velmont Seed Library on 30 June 2024."
    " He will be succeeded by Ada Pell, currently Collections Manager at the Velmont Seed"
    " Library, from 1 July 2024.\n\n"
    "\u201cA seed saved is a garden lent,\u201d said Lena Fisk, Director of Grants at the"
    " Kestrel Fund since 2021.\n\n"
    "Kim Oru, Programme Officer at the Kestrel Fund since 2020, said: \u201cWe fund"
    " gardens that last.\u201d\n"
)


def test_a_title_left_on_a_date_and_now_chairs_its_board() -> None:
    d = build_draft(SEEDS)
    roles = _roles(d, "Ivo Brandt")
    # (No "Executive Director on 31 January 2024 and now chairs its board" title.)
    assert all(" on " not in title and "chairs" not in title for title, *_ in roles), roles
    assert ("Chair of the Board", "Orrin Growers Trust", True, None) in roles
    assert any(
        title == "Executive Director" and ended and ended.startswith("2024-01")
        for title, _, _, ended in roles
    ), roles


def test_who_has_been_a_title_since_a_date_is_a_role_and_a_dated_statement() -> None:
    d = build_draft(SEEDS)
    assert ("Head of Outreach", "Velmont Seed Library", True, None) in _roles(d, "Tana Reyes")
    since = _fact(d, "Tana Reyes has been Head of Outreach")
    assert since.date == "2022-03"


def test_a_title_held_since_a_year_in_an_attribution_is_a_dated_statement() -> None:
    d = build_draft(SEEDS)
    assert ("Programme Officer", "Kestrel Fund", True, None) in _roles(d, "Kim Oru")
    assert _fact(d, "Kim Oru has been Programme Officer at the Kestrel Fund since").date == "2020"
    # (After the quote, "said X, Title since 2021": the same.)
    assert _fact(d, "Lena Fisk has been Director of Grants").date == "2021"


def test_a_retirement_and_its_successor() -> None:
    d = build_draft(SEEDS)
    assert ("Head Librarian", "Velmont Seed Library", False, "2024-06-30") in _roles(d, "Ola Berg")
    successor = _roles(d, "Ada Pell")
    assert ("Head Librarian", "Velmont Seed Library", True, None) in successor
    # (The successor's title before ends the day before the new one starts.)
    assert ("Collections Manager", "Velmont Seed Library", False, "2024-06-30") in successor


def test_a_succession_with_no_title_left_before_drafts_nothing_new() -> None:
    d = build_draft(
        SEEDS.replace("Ola Berg will retire as Head Librarian", "Ola Berg, Head Librarian").replace(
            "on 30 June 2024. He", "spoke on 30 June 2024. He"
        )
    )
    # (Nothing said what Ola Berg leaves: Ada Pell gets no guessed title.)
    assert {t for t, *_ in _roles(d, "Ada Pell")} <= {"Collections Manager"}


def test_a_running_total_since_its_start_is_a_figure_as_of_the_release() -> None:
    d = build_draft(SEEDS)
    total = _fact(d, "Sow & Share, the seed-lending programme")
    assert total.date is None  # the release's, not 2019-05
    # (A post held since a date stays dated by it: no figure counts from it.)
    assert _fact(d, "Tana Reyes has been Head of Outreach").date == "2022-03"
