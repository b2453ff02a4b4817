"""Figures over time (session 12): a summary restated by a later release is a statement
as of that release, never of a date written inside it; a plan's "from … to …" target is
no count reached; a year inside a clause does not cut the clause a figure's words are
read from; a name ends the phrase "how many" counts; a count reached before the goal its
sentence names is a count.

Goals: a plan's "from … to" target is a goal ("what was the route target for 2022?",
"how many were expected by then?"), a figure joined to a goal by "and" is a goal too, a
present "reaches 31, above its target of 27" is a figure reached, and "by how many did
X beat its target?" is the newest figure over the goal it met; "when did X reach N?"
is the date a sentence reports the goal reached. Sums of money: asked by the verb
("how much is X putting in?"), a party's sum in an elliptic clause ("A adds £300,000
and B £150,000"), and the sum at the start ("an initial £600,000"). A trend takes the
earlier value a sentence gives with its year ("up from 5,500 in 2019"), the words of the
thesaurus ("audience" for "listeners"), and never a goal joined to another by "and".
"Last year" is the year before the day asked on. A sum is named by any word of its clause
("Total funding committed to X since 2018 has reached £3.1 million"), and a growth in
millions is shown in millions. "How long did it take to go from A to B?" is the time between
the first statements of each. "Who said 10,000 sensors is ambitious?" finds the quote that
spells the figure out ("Ten thousand sensors is ambitious"). "What was the X figure before
the latest report?" is the figure as of before the newest statement of it. "How many routes
did X start in?" is the count at the start. A goal and a count beside a target are no one
figure over time. "How many … were planned at launch?" is the first plan set.

Asked on an invented three-release base (a mobile-library network) in wordings of its own.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa import figures
from bot.engine.qa.figures import figures_in
from tests.tmpkb import engine_of, source_line

_FIRST = (
    source_line("m1", "Moorland Book Buses launches", "2018-05-14", city="Hexham") + "entities:\n"
    "  - {id: mbb, name: Moorland Book Buses, kind: initiative, summary: A mobile library"
    " service launched in May 2018 with 9 routes.}\n"
    "  - {id: trust, name: Tyne Reading Trust, kind: organization, summary: A charity.}\n"
    "facts:\n"
    "  - id: m1-routes\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses starts out on 9 routes across the moorland villages.\n"
    "  - id: m1-money\n"
    "    about: [mbb, trust]\n"
    "    text: Moorland Book Buses' total funding came to £1.4 million.\n"
    "  - id: m1-buses\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses owns 4 buses, driven by 30 volunteers.\n"
    "  - id: m1-initial\n"
    "    about: [mbb, trust]\n"
    "    text: Moorland Book Buses is backed by an initial £600,000 from the Tyne Reading"
    " Trust.\n"
    "  - id: m1-sessions\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses will hold 500 storytelling sessions a year.\n"
    "  - id: m1-stops\n"
    "    about: [mbb]\n"
    "    text: The Moorland Book Buses network serves 12 reading stops.\n"
)
_SECOND = (
    source_line("m2", "Moorland Book Buses expands", "2021-03-02", city="Alston") + "entities:\n"
    "  - {id: council, name: Hexham Council, kind: organization, summary: A council.}\n"
    "facts:\n"
    "  - id: m2-round\n"
    "    about: [trust, council, mbb]\n"
    "    text: The Tyne Reading Trust adds £300,000 and Hexham Council £150,000.\n"
    "  - id: m2-loans\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses recorded 19,000 yearly book loans.\n"
    "  - id: m2-podcast\n"
    "    about: [mbb]\n"
    "    text: The Moorland Book Buses story podcast reaches 7,000 listeners a month.\n"
    "  - id: m2-club\n"
    "    about: [mbb]\n"
    "    date: '2020'\n"
    "    text: The Moorland Book Buses reading club enrolled 340 children in 2020.\n"
    "  - id: m2-stops-goal\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses aims to serve 20 reading stops by 2025.\n"
    "  - id: m2-plan\n"
    "    about: [mbb, trust]\n"
    "    text: Moorland Book Buses has secured £800,000 from the Tyne Reading Trust, and"
    " will grow from 11 to 16 routes by the end of 2022.\n"
)
_THIRD = (
    source_line("m3", "Moorland Book Buses reaches 18 routes", "2024-04-09", city="Hexham")
    + "summaries:\n"
    "  - entity: mbb\n"
    "    text: Moorland Book Buses is a mobile library service launched in May 2018, with"
    " 18 routes and 7 buses as of April 2024.\n"
    "facts:\n"
    "  - id: m3-total\n"
    "    about: [mbb]\n"
    "    text: Total funding committed to Moorland Book Buses since 2018 has reached"
    " £3.1 million.\n"
    "  - id: m3-stops\n"
    "    about: [mbb]\n"
    "    text: The Moorland Book Buses network now serves 22 reading stops, above its"
    " target of 20.\n"
    "  - id: m3-drivers\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses' buses are now driven by 45 volunteers.\n"
    "  - id: m3-routes\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses now counts 18 routes, above its target of 16.\n"
    "  - id: m3-goal\n"
    "    about: [mbb, trust]\n"
    "    text: 'The partners agreed a new goal: 25 routes and 40,000 yearly book loans by"
    " 2028.'\n"
    "  - id: m3-stops-passed\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses passed its goal of 20 reading stops in February 2024.\n"
    "  - id: m3-podcast\n"
    "    about: [mbb]\n"
    "    text: The Moorland Book Buses story podcast now reaches 9,000 listeners a month, up"
    " from 5,500 in 2019.\n"
    "  - id: m3-sessions\n"
    "    about: [mbb]\n"
    "    text: Since its launch, Moorland Book Buses has held more than 1,900 storytelling"
    " sessions.\n"
    "  - id: m3-loans\n"
    "    about: [mbb]\n"
    "    text: Moorland Book Buses recorded 26,500 yearly book loans.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"m1": _FIRST, "m2": _SECOND, "m3": _THIRD})


def _ask(engine: Engine, question: str) -> str:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer.text


def test_a_restated_summary_is_dated_by_its_release(engine: Engine) -> None:
    text = _ask(engine, "how many routes does moorland book buses operate?")
    first = text.split("\n")[0]
    assert "18 as of 2024-04-09" in first, text
    assert "2018-05" not in first.split("18 as of")[0]


def test_a_planned_target_after_from_is_no_count(engine: Engine) -> None:
    text = _ask(engine, "how many routes does moorland book buses operate?")
    assert "16 as of" not in text, text
    sentence = "It has secured £800,000 from the Trust, and will grow from 11 to 16 routes by 2022."
    eleven, sixteen = figures_in(sentence, spelled_out=True)[1:]
    planned = figures.is_planned_figure
    assert planned(sentence, sixteen) and not planned(sentence, eleven)
    done = figures_in("The network grew from 11 to 16 routes in 2022.", spelled_out=True)
    assert not planned("The network grew from 11 to 16 routes in 2022.", done[1])


def test_a_year_inside_the_clause_keeps_the_words_before_it(engine: Engine) -> None:
    (figure,) = figures_in("Total funding since 2018 has reached £3.1 million.")
    assert "total" in figure.lead
    text = _ask(engine, "how much money has moorland book buses received in total so far?")
    assert text.split("\n")[0].count("£3.1 million") == 1 and "as of 2024-04-09" in text, text


def test_a_name_ends_the_phrase_counted(engine: Engine) -> None:
    text = _ask(engine, "how many volunteers drive moorland book buses' buses?")
    assert "45" in text.split("\n")[0] and "7 as of" not in text, text


def test_a_count_before_the_goal_its_sentence_names_is_a_count(engine: Engine) -> None:
    text = _ask(engine, "how many reading stops were there in 2024?")
    assert "22 as of 2024-04-09" in text.split("\n")[0] and "12 as of" in text, text


def test_a_plans_target_is_a_goal_for_its_deadline(engine: Engine) -> None:
    text = _ask(engine, "what was the route target for the end of 2022?")
    assert text.split("\n")[0].startswith("**16**"), text
    text = _ask(engine, "how many routes were expected by the end of 2022?")
    assert "**16**" in text.split("\n")[0], text


def test_a_figure_joined_to_a_goal_is_a_goal(engine: Engine) -> None:
    text = _ask(engine, "what's the book loans goal for 2028?")
    assert "40,000" in text.split("\n")[0], text
    text = _ask(engine, "how many more yearly book loans are needed for the 2028 goal?")
    assert "13,500" in text, text


def test_a_present_figure_beside_its_target_is_reached(engine: Engine) -> None:
    from bot.engine.qa.executors.events import is_aim

    assert not is_aim("The network reaches 22 stops, above its target of 20.")
    assert is_aim("The network aims to reach 22 stops.")
    text = _ask(engine, "by how many routes did moorland book buses exceed its target?")
    assert "18 − 16" in text and "2 over" in text, text


def test_when_a_goal_was_reached_is_the_date_its_sentence_reports(engine: Engine) -> None:
    text = _ask(engine, "when did moorland book buses reach 20 reading stops?")
    assert text.split("\n")[0] == "**February 2024**", text


def test_a_sum_asked_by_its_verb_and_written_after_the_name(engine: Engine) -> None:
    text = _ask(engine, "how much is Hexham Council putting in?")
    assert "£150,000" in text.split("\n")[0] and "£300,000" not in text.split("\n")[0], text


def test_the_sum_at_the_start_is_the_initial_one(engine: Engine) -> None:
    text = _ask(engine, "how much money did moorland book buses launch with?")
    assert text.split("\n")[0].startswith("**£600,000** at the start"), text


def test_a_trend_takes_the_earlier_value_with_its_year_and_synonyms(engine: Engine) -> None:
    text = _ask(engine, "how has the podcast audience grown?")
    assert text.split("\n")[0].startswith("**Up**: from 5,500 (2019) to 9,000"), text


def test_a_trend_leaves_out_a_goal_joined_by_and(engine: Engine) -> None:
    text = _ask(engine, "how have the yearly book loans changed over time?")
    assert "19,000" in text and "26,500" in text and "40,000" not in text, text


def test_last_year_is_the_year_before_the_day_asked(engine: Engine) -> None:
    import datetime as dt

    answer = engine.handle("how many children were enrolled last year?", dt.date(2021, 5, 1))
    assert answer.status is Status.ANSWERED, answer.text
    assert "340" in answer.text.split("\n")[0], answer.text


def test_a_sums_growth_names_it_by_its_clause_in_millions(engine: Engine) -> None:
    text = _ask(
        engine, "how much did the total funding of moorland book buses grow from 2018 to 2024?"
    )
    assert text.split("\n")[0].startswith("**+1.7 million**"), text


def test_how_long_from_one_figure_to_another(engine: Engine) -> None:
    text = _ask(engine, "how long did it take moorland book buses to go from 9 to 18 routes?")
    assert text.split("\n")[0].startswith("**Five years** between"), text
    assert "2018-05-14 to 2024-04-09" in text, text


@pytest.mark.parametrize(
    ("base", "question", "speaker"),
    [
        ("kb_wildfire", "who said 10,000 sensors is ambitious?", "Maren HOLT"),
        ("kb_broadband", "who said two thousand will change how the country teaches?", "Phiri"),
    ],
)
def test_who_said_a_figure_the_quote_spells_out(base: str, question: str, speaker: str) -> None:
    from pathlib import Path

    from bot.kb.loader import load_knowledge
    from bot.search.index import Index

    kb = Engine(Index(load_knowledge(Path(__file__).parent / "fixtures" / base)))
    answer = kb.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    from bot.render.text import render_text

    shown = render_text(answer)
    assert speaker in shown and "thousand" in shown.casefold(), shown


def test_the_figure_before_the_latest_report(engine: Engine) -> None:
    text = _ask(engine, "what was the yearly book loans figure before the latest report?")
    assert "19,000" in text and "26,500" not in text, text


def test_the_figure_before_the_last_update_on_kb_five() -> None:
    from pathlib import Path

    from bot.kb.loader import load_knowledge
    from bot.search.index import Index

    five = Engine(Index(load_knowledge(Path(__file__).parent / "fixtures" / "kb_five")))
    answer = five.handle("what was the entrepreneurs trained figure before the last update?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "12,400 as of 2022-03-15" in answer.text.split("\n")[0], answer.text
    assert "20,000" not in answer.text, answer.text


def test_how_many_did_it_start_in_is_the_count_at_the_start(engine: Engine) -> None:
    text = _ask(engine, "how many routes did moorland book buses start in?")
    assert text.split("\n")[0].startswith("**9** at the start"), text


def test_a_goal_and_a_count_beside_a_target_are_no_figure_history() -> None:
    from bot.engine.qa.figures import same_figure
    from bot.kb.models import LoadedFact
    from bot.search.terms import content_terms

    def fact(fid: str, text: str) -> LoadedFact:
        return LoadedFact(
            id=fid, text=text, about=("mbb",), date=None, place=None, source=fid, position=0
        )

    goal = fact("g", "The partners agreed a new goal: 25 member routes and more by 2028.")
    count = fact("c", "The network now counts 18 member routes, above its target of 16.")
    found = same_figure(
        goal,
        [count],
        terms_of=lambda f: frozenset(content_terms(f.text)),
        date_of=lambda f: "2024",
    )
    assert [f.fact.id for f in found] == ["g"], found


def test_what_was_planned_at_launch_is_the_first_plan(engine: Engine) -> None:
    text = _ask(engine, "how many storytelling sessions a year were planned at launch?")
    assert text.split("\n")[0].startswith("**500**"), text
