"""Kinds from session 10's newcomer trial (tests/fixtures/kb_airamb), each tested here in other
wording on a small invented base of three releases about a food-bank alliance: the title a
quote's speaker held at the quote's release, current titles in a list of people, a title asked
by its initials when the release spells it out ("CEO" for "Chief Executive"), and the figure,
goal, date and yes/no kinds listed with each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

LAUNCH_TEXT = """\
The Larder Fund, a hunger-relief charity, and Brightwell Foods today launched the Kestrow Food
Bank Alliance (KFBA). The alliance will open with three depots in Dunmere and aims to serve
50,000 meals a year by 2024.

"No child in Kestrow should go to school hungry," said Ruth Okoye, Chief Executive of the Larder
Fund.

About the Larder Fund
The Larder Fund is a charity founded in 2012 in Dunmere. It takes no money from the council.
"""

LAUNCH = """\
source:
  id: launch
  title: Larder Fund and Brightwell Foods launch the Kestrow Food Bank Alliance
  publisher: Wire
  date: 2020-02-10
  dateline: {city: Dunmere, country: Scotland}
  text: ../sources/launch.txt
entities:
  - {id: ruth, name: Ruth Okoye, kind: person, summary: Chief Executive of the Larder Fund.}
  - {id: larder, name: Larder Fund, kind: organization, summary: "The Larder Fund is a charity
      founded in 2012 in Dunmere. It takes no money from the council."}
  - {id: brightwell, name: Brightwell Foods, kind: organization, summary: A food wholesaler.}
  - {id: kfba, name: Kestrow Food Bank Alliance, kind: organization, aliases: [KFBA],
     summary: An alliance of food banks in Kestrow.}
  - {id: kitchen, name: Dunmere General Hospital, kind: organization, aliases: [Dunmere hospital],
     summary: A hospital.}
roles:
  - {entity: ruth, title: Chief Executive, organization: larder}
quotes:
  - id: ruth-hungry
    speaker: ruth
    about: [kfba]
    text: No child in Kestrow should go to school hungry
facts:
  - id: launched
    about: [larder, brightwell, kfba]
    text: The Larder Fund, a hunger-relief charity, and Brightwell Foods today launched the
      Kestrow Food Bank Alliance (KFBA).
  - id: kitchen-cooks
    about: [kitchen, kfba]
    text: The Dunmere General Hospital will refer patients to the Kestrow Food Bank Alliance's depots.
  - id: depots
    about: [kfba]
    text: The Kestrow Food Bank Alliance will open with three depots in Dunmere and aims to serve
      50,000 meals a year by 2024.
"""

MIDWAY_TEXT = """\
Kestrow Food Bank Alliance serves its 10,000th family

Ruth Okoye, who was Chief Executive of the Larder Fund until March 2021, became its President in
April 2021. Sam Adeyemi, previously Head of Operations, succeeded her as Chief Executive.

"Ten thousand families is a number we wish we never had to reach," said Ruth Okoye, President of
the Larder Fund.

The Kestrow Food Bank Alliance served its 10,000th family on 2 October 2021, twenty months after it
was launched by the Larder Fund and Brightwell Foods. The alliance served 4,800 families in its
first year of operation. A fourth Kestrow Food Bank Alliance depot, in Harlow Street, opened in June
2021.

About the Larder Fund
The Larder Fund is a charity founded in 2012 in Dunmere. It has raised more than GBP 3 million
since 2012.
"""

MIDWAY = """\
source:
  id: midway
  title: Kestrow Food Bank Alliance serves its 10,000th family
  publisher: Larder Fund
  date: 2021-11-04
  dateline: {city: Dunmere, country: Scotland}
  text: ../sources/midway.txt
entities:
  - {id: sam, name: Sam Adeyemi, kind: person, summary: Chief Executive of the Larder Fund.}
roles:
  - {entity: ruth, title: Chief Executive, organization: larder, ended: 2021-03}
  - {entity: sam, title: Head of Operations, organization: larder, current: false}
  - {entity: sam, title: Chief Executive, organization: larder}
  - {entity: ruth, title: President, organization: larder}
quotes:
  - id: ruth-families
    speaker: ruth
    about: [kfba]
    text: Ten thousand families is a number we wish we never had to reach
summaries:
  - entity: larder
    text: The Larder Fund is a charity founded in 2012 in Dunmere. It has raised more than GBP 3
      million since 2012.
facts:
  - id: ten-thousandth
    about: [kfba, larder, brightwell]
    date: '2021-10-02'
    text: The Kestrow Food Bank Alliance served its 10,000th family on 2 October 2021, twenty
      months after it was launched by the Larder Fund and Brightwell Foods.
  - id: first-year
    about: [kfba]
    text: The Kestrow Food Bank Alliance served 4,800 families in its first year of operation.
  - id: fourth-depot
    about: [larder, kfba]
    text: A fourth Kestrow Food Bank Alliance depot, in Harlow Street, opened in June 2021.
  - id: succession
    about: [ruth, sam, larder]
    date: '2021-04'
    text: Ruth Okoye, who was Chief Executive of the Larder Fund until March 2021, became its
      President in April 2021. Sam Adeyemi, previously Head of Operations, succeeded her as
      Chief Executive.
"""


NEWEST_TEXT = """\
KESTROW FOOD BANK ALLIANCE OPENS ON WEEKENDS

KELSO, Scotland, 20 April 2023 -- The Kestrow Food Bank Alliance has served more than 25,000
families since its launch in February 2020. In a record year, the alliance served 61,000 meals,
passing its goal of 50,000 meals a year. The Larder Fund has pledged a further GBP 900,000 for
2023 to 2025.
"""

NEWEST = """\
source:
  id: newest
  title: Kestrow Food Bank Alliance opens on weekends
  publisher: Brightwell Foods
  date: 2023-04-20
  dateline: {city: Kelso, country: Scotland}
  text: ../sources/newest.txt
facts:
  - id: families-now
    about: [kfba]
    text: The Kestrow Food Bank Alliance has served more than 25,000 families since its launch in
      February 2020.
  - id: record-year
    about: [kfba]
    text: In a record year, the Kestrow Food Bank Alliance served 61,000 meals, passing its
      goal of 50,000 meals a year.
  - id: pledge
    about: [larder, kfba]
    text: The Larder Fund has pledged a further GBP 900,000 for 2023 to 2025.
"""


@pytest.fixture(scope="module")
def alliance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("alliance")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    for stem, yaml, text in (
        ("launch", LAUNCH, LAUNCH_TEXT),
        ("midway", MIDWAY, MIDWAY_TEXT),
        ("newest", NEWEST, NEWEST_TEXT),
    ):
        (root / "sources" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (root / "releases" / f"{stem}.yaml").write_text(yaml, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def test_a_quote_shows_the_title_its_release_gives_as_held_not_the_one_it_ends(
    alliance: Engine,
) -> None:
    # The 2021 release states both Ruth Okoye's ended title (first) and her new one.
    reply = render_text(alliance.handle("!quote Ruth Okoye"))
    assert "Ten thousand families" in reply, reply
    assert "President" in reply, reply
    assert "ended 2021-03" not in reply, reply
    # Her 2020 quote keeps the title she held then.
    older = render_text(alliance.handle("!quote Ruth Okoye 2"))
    assert "No child in Kestrow" in older and "Chief Executive" in older, older


def test_a_list_of_people_gives_each_person_s_current_title(alliance: Engine) -> None:
    reply = render_text(alliance.handle("which people are named in the releases?"))
    assert "Sam Adeyemi — Chief Executive" in reply, reply
    assert "Ruth Okoye — President" in reply, reply


def test_a_title_asked_by_initials_finds_the_title_written_without_officer(
    alliance: Engine,
) -> None:
    # The releases write "Chief Executive"; people ask for the CEO.
    reply = render_text(alliance.handle("who's the Larder Fund's CEO at the moment?"))
    assert "Sam Adeyemi" in reply.split("\n")[1], reply
    still = render_text(alliance.handle("is Ruth Okoye still CEO?"))
    assert "No" in still and "Sam Adeyemi" in still, still


def test_an_ordinal_milestone_is_a_dated_count_and_a_first_year_total_dates_by_its_period(
    alliance: Engine,
) -> None:
    # "Its 10,000th family" (2021-10-02) is 10,000 served by then; "4,800 in its first
    # year" covers the year after the launch (February 2020), not its release's date.
    reply = render_text(alliance.handle("how many families has the KFBA helped so far?"))
    series = reply.split("\n")[1]
    assert "more than 25,000" in series and "10,000 as of 2021-10-02" in series, reply
    assert "10,000th as of" not in reply, reply
    assert series.index("10,000") < series.index("4,800 as of 2021-02"), reply
    by = render_text(alliance.handle("how many families had the alliance served by 2021?"))
    assert "**As of Saturday, October 2, 2021:**" in by, by


def test_a_count_stated_as_ordinals_answers_how_many_now(alliance: Engine) -> None:
    # "Opens with three depots", then "a fourth … depot … opened in June 2021".
    reply = render_text(alliance.handle("how many depots does KFBA run now?"))
    assert "**As of June 2021:" in reply or "4 as of 2021-06" in reply, reply
    start = render_text(alliance.handle("how many depots did KFBA open with?"))
    assert "three depots" in start and "**three**" in start, start


def test_a_launch_is_dated_by_its_own_sentence_not_a_later_milestone(alliance: Engine) -> None:
    reply = render_text(alliance.handle("when was the Kestrow Food Bank Alliance launched?"))
    assert "February 10, 2020" in reply, reply
    assert "October" not in reply, reply


def test_a_goal_passed_is_met_as_its_sentence_states(alliance: Engine) -> None:
    # "Served 61,000 meals, passing its goal of 50,000": the sentence says how it turned
    # out, and no older figure is shown as the one reached.
    reply = render_text(alliance.handle("has the alliance hit its 50,000 meals target?"))
    assert reply.split("\n")[1] == "**Yes**, as the release states:", reply
    assert "61,000" in reply and "Reached" not in reply, reply


def test_money_raised_is_not_one_series_with_money_pledged(alliance: Engine) -> None:
    reply = render_text(alliance.handle("how much has the Larder Fund raised in total?"))
    assert "3 million" in reply.split("\n")[1], reply
    assert "900,000" not in reply, reply


def test_releases_from_a_city_are_those_its_datelines_name(alliance: Engine) -> None:
    # "Dunmere" is no place entity, only a word of "Dunmere General Hospital"; the two
    # older releases are datelined Dunmere, the newest Kelso.
    reply = render_text(alliance.handle("which release came out of Dunmere?"))
    assert "2020-02-10" in reply and "2021-11-04" in reply, reply
    assert "2023-04-20" not in reply, reply


def test_a_summary_that_denies_the_point_is_a_no(alliance: Engine) -> None:
    # The 2020 summary: "It takes no money from the council"; the 2021 restatement drops
    # the clause, and a 2023 fact about money pledged matches the words "money".
    reply = render_text(alliance.handle("does the Larder Fund get money from the council?"))
    assert reply.split("\n")[1].startswith("**No:**"), reply
    assert "no money from the council" in reply, reply


def test_a_quote_by_topic_in_other_words_shares_half_the_topic(alliance: Engine) -> None:
    # "Hungry pupils" against "No child in Kestrow should go to school hungry".
    reply = render_text(alliance.handle("what did Ruth Okoye say about hungry pupils?"))
    assert "go to school hungry" in reply, reply
    # Nothing shared: still no quote on that.
    none = render_text(alliance.handle("what did Ruth Okoye say about lorry drivers?"))
    assert "no quote from Ruth Okoye on that" in none, none


def test_founders_heading_names_the_founders_not_their_appositives(alliance: Engine) -> None:
    reply = render_text(alliance.handle("who set up the KFBA?"))
    assert "**Founded by Larder Fund and Brightwell Foods:**" in reply, reply


def test_an_ordinal_thing_ordered_or_planned_is_no_count_of_things_had(tmp_path: Path) -> None:
    # "has ordered a third ferry" (merge of sessions 10's gaps and newcomer fixes): the
    # ordinal counted the ferries the line had, though the third is only on order.
    from tests.tmpkb import engine_of, source_line

    release = (
        source_line("f1", "Ferry line orders third ferry", "2024-03-05") + "entities:\n"
        "  - {id: line, name: Tarrow Ferry Line, kind: organization, summary: A ferry"
        " operator.}\n"
        "facts:\n"
        "  - {id: f1, about: [line], text: 'The Tarrow Ferry Line has ordered a third ferry"
        " from Velmar Yards, to be delivered in 2026.'}\n"
    )
    answer = engine_of(tmp_path, {"f1": release}).handle(
        "how many ferries does the Tarrow Ferry Line have?"
    )
    assert "3" not in render_text(answer).split("\n")[1], render_text(answer)
