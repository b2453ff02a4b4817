"""Kinds that the older held-out bases (18 to 24, and the newcomers' sets) found misread
(issue 12, knowledge over time), each asked here in other words on an invented base of
canal restoration trusts.

- a sum asked by its size noun ("what is X's operating budget?", "… in 2021?") is a sum
  of money over time: "raised the budget from €12 million to €19.5 million" states the
  new sum (the clause of the change says what it is), the older sum stays in force for
  the years between, and a sum no sentence calls a budget (a grant) is not the budget;
- "by how much did X's budget go up?" with no ends is the change over the whole series;
- "who are X's partners?" lists the parties a sentence names as running it ("run by A
  with B and C"), never the funder its clause names after them ("and funded by D"); "who
  were X's founding partners?" only those that launched it ("A and B launched X"), not
  one that joined later, nor one that set up something else for X;
- "…, up from 30" with no year is the value an older sentence states (even as a plan:
  "will moor 30 boats" at the launch), a point of the series as of that sentence, so
  "how has it grown?" and "how many more … than at launch?" start from it; a question in
  the present tense ("does X moor") runs to now;
- "why did X pull out of Y in 2022?" with nothing dated that year is a false premise,
  shown with what the releases say of X and Y then: a sentence stating a period that
  covers the year ("€3 million … from 2021 to 2023", said in 2020) included;
- "what's older, A or B?" compares when each began: "older" is the order asked, no word
  of either end, and "founded in Kelso in 1974" dates a founding as "founded in 1974" does;
- "what was the first thing P said about X?" is P's oldest quote about X, not a sentence
  reporting P's words that happens to match "first";
- "how many short of the 2023 goal did they end up?": the year is the goal's deadline, so
  the first figure stated after it tells how the goal ended, not an older one in force;
  the gap is named by what is counted ("19 locks short").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_FOUNDED = (
    source_line("2017-05-02-lochan", "Lochan Canal Trust is founded", "2017-05-02")
    + """\
entities:
  - id: lct
    name: Lochan Canal Trust
    kind: organization
    summary: The Lochan Canal Trust restores disused canals in the Brennock valley.
    aliases: [LCT]
  - id: revival
    name: WaterWays Revival
    kind: initiative
    summary: WaterWays Revival, the Lochan Canal Trust's lock restoration programme.
  - id: orla
    name: Orla Fund
    kind: organization
    summary: The Orla Fund, a heritage charity.
  - id: marl
    name: Marl Boatmen's Guild
    kind: organization
    summary: The Marl Boatmen's Guild, a society of narrowboat owners.
facts:
  - id: lct-budget-12
    about: [lct]
    text: The founding councils of the Lochan Canal Trust have agreed an operating budget of €12 million.
  - id: orla-grant
    about: [orla, revival, lct]
    text: The Orla Fund commits €3 million to WaterWays Revival over three years.
  - id: revival-launched
    about: [revival, lct, marl]
    date: 2017-05-02
    text: The Lochan Canal Trust and the Marl Boatmen's Guild launched WaterWays Revival on May 2, 2017.
  - id: marl-guild
    about: [marl]
    text: The Marl Boatmen's Guild represents 300 narrowboat owners.
  - id: marl-founded
    about: [marl]
    text: The Marl Boatmen's Guild was founded in Kelso in 1974.
  - id: orla-founded
    about: [orla]
    text: The Orla Fund was founded in 1998.
  - id: revival-boats-plan
    about: [marl, revival]
    text: The Marl Boatmen's Guild will moor 30 heritage boats at the restored WaterWays Revival wharves.
"""
)
_RENEWED = (
    source_line("2020-10-06-lochan", "Orla Fund renews WaterWays Revival grant", "2020-10-06")
    + """\
facts:
  - id: orla-renews
    about: [orla, revival]
    text: The Orla Fund has renewed its grant to WaterWays Revival with €3 million from 2021 to 2023.
  - id: lct-locks-22
    about: [lct, revival]
    text: The Lochan Canal Trust has restored 22 locks under WaterWays Revival.
  - id: lct-locks-goal
    about: [lct, revival]
    text: The Lochan Canal Trust aims to restore 60 locks by 2023.
"""
)
_RAISED = (
    source_line("2024-03-12-lochan", "Lochan Canal Trust reopens the Marl locks", "2024-03-12")
    + """\
facts:
  - id: lct-budget-19
    about: [lct]
    date: 2024-03-11
    text: The Lochan Canal Trust's board lifted the operating budget from €12 million to €19.5 million.
  - id: lct-locks
    about: [lct, revival]
    text: The Lochan Canal Trust has restored 41 locks under WaterWays Revival.
  - id: revival-boats-85
    about: [revival]
    text: WaterWays Revival wharves now moor 85 heritage boats, up from 30.
  - id: harlow-school
    about: [harlow, revival]
    text: Harlow Locks Ltd has set up a lock-keeping school to train WaterWays Revival's volunteers.
entities:
  - id: harlow
    name: Harlow Locks Ltd
    kind: organization
    summary: Harlow Locks Ltd, a lock-gate maker.
  - id: brennock
    name: Brennock District Council
    kind: organization
    summary: Brennock District Council, the local authority of the Brennock valley.
summaries:
  - entity: revival
    text: >-
      WaterWays Revival, a lock restoration programme run by the Lochan Canal Trust with the
      Marl Boatmen's Guild and Harlow Locks Ltd, and funded by Brennock District Council.
"""
)


@pytest.fixture
def canals(tmp_path: Path) -> Engine:
    return engine_of(
        tmp_path,
        {
            "2017-05-02-lochan": _FOUNDED,
            "2020-10-06-lochan": _RENEWED,
            "2024-03-12-lochan": _RAISED,
        },
    )


def test_sum_asked_by_its_noun_is_the_newest(canals: Engine) -> None:
    got = ask(canals, "what's the Lochan Canal Trust's operating budget?")
    assert got.status is Status.ANSWERED
    assert "19.5 million" in got.reply.split("\n")[1]


def test_older_sum_stays_in_force_until_the_change(canals: Engine) -> None:
    got = ask(canals, "what was LCT's operating budget in 2021?")
    assert got.status is Status.ANSWERED
    assert "€12 million" in got.reply
    assert "19.5" not in got.reply


def test_change_with_no_ends_is_the_whole_series(canals: Engine) -> None:
    got = ask(canals, "by how much did the Lochan Canal Trust's operating budget go up?")
    assert got.status is Status.ANSWERED
    assert "+7.5 million" in got.reply


def test_a_grant_is_not_the_budget(canals: Engine) -> None:
    got = ask(canals, "what is WaterWays Revival's budget for 2025?")
    assert got.status is Status.NOT_FOUND


def test_partners_are_those_a_sentence_says_run_it(canals: Engine) -> None:
    got = ask(canals, "who are the partners of WaterWays Revival?")
    assert got.status is Status.ANSWERED
    head = got.reply.split("\n")[1]
    assert "Lochan Canal Trust" in head and "Marl" in head and "Harlow" in head
    assert "Brennock" not in head


def test_founding_partners_are_those_that_launched_it(canals: Engine) -> None:
    got = ask(canals, "which organisations were WaterWays Revival's founding partners?")
    assert got.status is Status.ANSWERED
    head = got.reply.split("\n")[1]
    assert "Lochan Canal Trust" in head and "Marl" in head
    assert "Harlow" not in head and "Brennock" not in head


def test_up_from_with_no_year_starts_the_series(canals: Engine) -> None:
    got = ask(canals, "how has the number of heritage boats at WaterWays Revival grown?")
    assert got.status is Status.ANSWERED
    assert "from 30 (2017-05-02) to 85" in got.reply


def test_more_than_at_launch_in_the_present_tense(canals: Engine) -> None:
    got = ask(canals, "how many more heritage boats does WaterWays Revival moor than at launch?")
    assert got.status is Status.ANSWERED
    assert "+55" in got.reply


def test_false_premise_in_a_year_shows_the_period_covering_it(canals: Engine) -> None:
    # A renewal for a period covering the year contradicts the premise: answered, the
    # correction first (session 17).
    got = ask(canals, "why did the Orla Fund pull out of WaterWays Revival in 2022?")
    assert got.status is Status.ANSWERED, got.reply
    assert "renewed its grant" in got.reply and "from 2021 to 2023" in got.reply


def test_whats_older_compares_the_foundings(canals: Engine) -> None:
    got = ask(canals, "what's older, the orla fund or the marl boatmen's guild?")
    assert got.status is Status.ANSWERED
    assert "boatmen's guild** came first (1974)" in got.reply


_QUOTE_2017 = "Every lock we reopen brings a village back to the water."
_QUOTE_2024 = "Forty-one locks later, the valley is navigable again."
_SAID_2017 = (
    source_line("2017-06-01-reyes", "Tamsin Reyes opens the first lock", "2017-06-01")
    + f"""\
entities:
  - id: reyes
    name: Tamsin Reyes
    kind: person
    summary: Tamsin Reyes, Chair of the Lochan Canal Trust.
  - id: lct
    name: Lochan Canal Trust
    kind: organization
    summary: The Lochan Canal Trust restores disused canals.
  - id: revival
    name: WaterWays Revival
    kind: initiative
    summary: WaterWays Revival, the Lochan Canal Trust's lock restoration programme.
roles:
  - {{entity: reyes, title: Chair, organization: lct}}
quotes:
  - id: reyes-2017
    speaker: reyes
    about: [revival]
    text: {_QUOTE_2017}
"""
)
_SAID_2024 = (
    source_line("2024-06-01-reyes", "Forty-one locks reopened", "2024-06-01")
    + f"""\
quotes:
  - id: reyes-2024
    speaker: reyes
    about: [revival]
    text: {_QUOTE_2024}
facts:
  - id: reyes-first-wharf
    about: [reyes, revival]
    text: Tamsin Reyes said the first restored wharf of WaterWays Revival would open in 2025.
"""
)


@pytest.fixture
def quoted(tmp_path: Path) -> Engine:
    (tmp_path / "sources").mkdir(parents=True)
    for name, quote in (("2017-06-01-reyes", _QUOTE_2017), ("2024-06-01-reyes", _QUOTE_2024)):
        (tmp_path / "sources" / f"{name}.txt").write_text(f"She said: {quote}\n", encoding="utf-8")
    return engine_of(
        tmp_path,
        {"2017-06-01-reyes": _SAID_2017, "2024-06-01-reyes": _SAID_2024},
        keep_texts=True,
    )


def test_first_thing_said_about_a_thing_is_the_oldest_quote(quoted: Engine) -> None:
    got = ask(quoted, "what was the first thing Tamsin Reyes said about WaterWays Revival?")
    assert got.status is Status.ANSWERED
    assert "brings a village back" in got.reply
    assert "wharf" not in got.reply


def test_short_of_a_goal_year_is_how_it_ended(canals: Engine) -> None:
    got = ask(canals, "how many locks short of the 2023 goal did the trust end up?")
    assert got.status is Status.ANSWERED
    assert "19 locks short" in got.reply
