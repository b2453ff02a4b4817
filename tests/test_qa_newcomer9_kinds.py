"""Kinds from session 9's newcomer trial (tests/fixtures/kb_cable), each tested here in
other wording on a small invented base: a goal to bring a measure down (``targets.py``),
the goal itself (``figure_times._ft_goal``), a title at a year asked with "who", reported
speech (``said_about.py``) and the wording of a few replies."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.tmpkb import engine_of

GOAL = """\
source:
  id: goal
  title: Fjordvann Water Board sets a response goal
  publisher: Wire
  date: 2022-04-05
  dateline: {city: Molde, country: Norway}
  text: ../sources/goal.txt
entities:
  - {id: board, name: Fjordvann Water Board, kind: organization, summary: A water utility.}
facts:
  - id: wait-goal
    about: [board]
    text: The Fjordvann Water Board plans to reduce the average wait for a leak crew from
      48 hours to 12 hours by 2025.
  - id: engineers
    about: [board]
    text: The Fjordvann Water Board has trained 40 leak engineers.
"""

LATER = """\
source:
  id: later
  title: Fjordvann Water Board reports faster leak response
  publisher: Wire
  date: 2023-05-02
  dateline: {city: Molde, country: Norway}
  text: ../sources/later.txt
facts:
  - id: wait-2023
    about: [board]
    text: The Fjordvann Water Board's average wait for a leak crew was 30 hours.
"""

NEWEST = """\
source:
  id: newest
  title: Fjordvann Water Board halves its leak response time again
  publisher: Wire
  date: 2025-03-02
  dateline: {city: Molde, country: Norway}
  text: ../sources/newest.txt
facts:
  - id: wait-2024
    about: [board]
    date: '2024'
    text: The average wait for a leak crew at the Fjordvann Water Board fell to 9 hours in 2024.
  - id: vans
    about: [board]
    text: The Fjordvann Water Board will buy six new leak vans with room for 400 metres of pipe.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("board")
    return engine_of(root, {"goal": GOAL, "later": LATER, "newest": NEWEST})


def test_a_goal_to_reduce_is_met_at_or_below_its_figure(board: Engine) -> None:
    answer = board.handle("has Fjordvann hit its target yet?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert reply.split("\n")[1].startswith("**Yes"), reply
    assert "9 hours" in reply and "12" in reply, reply


def test_the_starting_value_of_a_reduction_is_no_goal(board: Engine) -> None:
    answer = board.handle("did Fjordvann reach its goal by 2023?")
    reply = render_text(answer)
    assert "goal of 48" not in reply and "48 goal" not in reply, reply
    assert "**Yes" not in reply, reply  # 30 hours in 2023 is above the 12-hour goal
    assert "30" in reply, reply


def test_how_far_from_a_reduction_goal_counts_down(board: Engine) -> None:
    answer = board.handle("how far was Fjordvann from its goal in 2023?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "30 − 12 = 18" in reply, reply


def test_a_goal_asked_for_a_measure_no_goal_names_is_not_found(board: Engine) -> None:
    answer = board.handle("did Fjordvann meet its target for engineers?")
    reply = render_text(answer)
    assert answer.status is Status.NOT_FOUND, reply
    assert "no goal for engineers" in reply, reply
    assert answer.citations, reply


def test_the_goal_is_the_sentence_naming_one_not_a_newer_plan(board: Engine) -> None:
    answer = board.handle("what's Fjordvann's target?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "12 hours" in reply, reply
    assert "400" not in reply.split("\n")[1] and "**48" not in reply, reply


FINANCE = """\
source:
  id: finance-{year}
  title: Lysmark Ferries reports {year}
  publisher: Wire
  date: {year}-03-01
  dateline: {{city: Tromso, country: Norway}}
  text: ../sources/finance-{year}.txt
{entities}roles:
  - {{entity: oda, title: Chief Financial Officer, organization: lysmark}}
"""
FINANCE_ENTITIES = """\
entities:
  - {id: oda, name: Oda Brekke, kind: person, summary: A finance executive.}
  - {id: lysmark, name: Lysmark Ferries, kind: organization, summary: A ferry operator.}
"""


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("ferries")
    return engine_of(
        root,
        {
            "finance-2020": FINANCE.format(year=2020, entities=FINANCE_ENTITIES),
            "finance-2022": FINANCE.format(year=2022, entities=""),
        },
    )


def test_who_held_a_title_in_a_year_is_answered_by_name_not_yes(ferries: Engine) -> None:
    answer = ferries.handle("who was Lysmark's CFO in 2021?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Oda Brekke" in reply, reply
    assert "**Yes" not in reply, reply


def _depot(facts: int) -> str:
    lines = "".join(
        f"  - {{id: f{i}, about: [depot], text: The Orrvik Depot repaired {i + 2} trams in week {i + 1}.}}\n"
        for i in range(facts)
    )
    return f"""\
source:
  id: depot
  title: Orrvik Depot weekly report
  publisher: Wire
  date: 2024-06-03
  dateline: {{city: Lulea, country: Sweden}}
  text: ../sources/depot.txt
entities:
  - id: depot
    name: Orrvik Depot
    kind: organization
    summary: Orrvik Depot is a tram workshop in Lulea, Sweden, opened in 1961.
facts:
{lines}"""


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from bot.engine.qa.executors.recent import MAX_NEWS

    return engine_of(tmp_path_factory.mktemp("depot"), {"depot": _depot(MAX_NEWS + 1)})


def test_one_statement_left_out_is_counted_in_the_singular(depot: Engine) -> None:
    reply = render_text(depot.handle("anything new in 2024?"))
    assert "1 more statement " in reply and "1 more statements" not in reply, reply


def test_a_summary_naming_two_places_is_shown_once(depot: Engine) -> None:
    reply = render_text(depot.handle("where's the Orrvik Depot located?"))
    assert "Lulea" in reply, reply
    assert reply.count("tram workshop in Lulea") == 1, reply


def test_a_price_not_stated_is_said_so_not_as_a_count(depot: Engine) -> None:
    answer = depot.handle("how much did the new tram lift cost?")
    reply = render_text(answer)
    assert answer.status is Status.NOT_FOUND, reply
    assert "what it costs" in reply and "how many" not in reply, reply


SPEECH = """\
source:
  id: speech
  title: Lysmark Ferries orders hybrid ships
  publisher: Wire
  date: 2023-09-12
  dateline: {city: Tromso, country: Norway}
  text: ../sources/speech.txt
entities:
  - {id: oda, name: Oda Brekke, kind: person, summary: Chief Financial Officer of Lysmark Ferries.}
  - {id: lysmark, name: Lysmark Ferries, kind: organization, summary: A ferry operator.}
quotes:
  - id: oda-quote
    speaker: oda
    text: Our passengers deserve a quieter crossing
facts:
  - id: oda-told
    about: [oda, lysmark]
    text: Oda Brekke told investors that the two new ferries will run on batteries in harbour.
"""


def test_reported_speech_answers_whether_someone_spoke_of_a_topic(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "speech.txt").write_text(
        '"Our passengers deserve a quieter crossing," said Oda Brekke.\n', encoding="utf-8"
    )
    (tmp_path / "releases" / "speech.yaml").write_text(SPEECH, encoding="utf-8")
    engine = Engine(Index(load_knowledge(tmp_path)))
    answer = engine.handle("has Oda Brekke talked about batteries?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "**No" not in reply and "Yes" in reply, reply
    assert "told investors" in reply, reply


PROMOTED = """\
source:
  id: promoted
  title: Oda Brekke named chief executive of Lysmark Ferries
  publisher: Wire
  date: 2024-01-15
  dateline: {city: Tromso, country: Norway}
  text: ../sources/promoted.txt
roles:
  - {entity: oda, title: Chief Executive Officer, organization: lysmark}
  - {entity: oda, title: Chief Financial Officer, organization: lysmark, current: false}
"""


def test_a_title_whose_only_holder_left_it_has_no_current_holder(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        {
            "finance-2020": FINANCE.format(year=2020, entities=FINANCE_ENTITIES),
            "promoted": PROMOTED,
        },
    )
    answer = engine.handle("who's the CFO of Lysmark Ferries at the moment?")
    reply = render_text(answer)
    assert "no current Chief Financial Officer" in reply, reply
    assert "Oda Brekke" in reply and "Chief Executive Officer" in reply, reply
    assert answer.citations, reply
