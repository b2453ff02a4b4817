"""A figure that is the whole of a part ("9 of the 12 ponds") is never a count reached,
and a goal's own sentence can report it met ("…, meeting the trust's target").

Found in session 9's final read: "did the Cool Streets Program meet its goal?" answered
Yes with "40 by 2021" from "22 of the 40 streets had been completed by 30 June 2021" (the
right verdict from the wrong figure), and without that figure the sentence reporting the
goal met was not read as reaching it. The base here is invented.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.figures import figures_in, reports_goal_met
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_RELEASES = {
    "r1": source_line("r1", "Pond restoration begins", "2019-03-01") + "entities:\n"
    "  - {id: ponds, name: Heathland Ponds Project, kind: initiative,"
    " summary: A project to restore heathland ponds.}\n"
    "facts:\n"
    "  - id: ponds-goal\n"
    "    about: [ponds]\n"
    "    text: The Heathland Ponds Project aims to restore 12 ponds by the end of 2024.\n",
    "r2": source_line("r2", "Ponds halfway", "2021-06-01") + "facts:\n"
    "  - id: ponds-9\n"
    "    about: [ponds]\n"
    "    date: 2021-05\n"
    "    text: 9 of the 12 ponds in the Heathland Ponds Project had been restored by May 2021.\n",
    "r3": source_line("r3", "Ponds finished", "2024-12-10") + "facts:\n"
    "  - id: ponds-done\n"
    "    about: [ponds]\n"
    "    date: 2024-11\n"
    "    text: The Heathland Ponds Project restored the last of its 12 ponds in November"
    " 2024, meeting the trust's target.\n",
}


@pytest.fixture(scope="module")
def ponds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ponds"), _RELEASES)


def test_the_whole_of_a_part_is_marked() -> None:
    part, whole = figures_in("9 of the 12 ponds had been restored.")[:2]
    assert not part.whole and whole.whole
    assert figures_in("8 out of 12 sites")[1].whole
    assert not figures_in("the last of its 12 ponds")[0].whole


def test_a_goal_met_after_its_figure_is_reported() -> None:
    assert reports_goal_met("It restored the last of its 12 ponds, meeting the trust's target.")
    assert not reports_goal_met("It restored 9 ponds, not yet meeting its target of 12.")


def test_the_goal_is_met_by_the_sentence_reporting_it_not_by_a_whole(ponds: Engine) -> None:
    reply = render_text(ponds.handle("has the Heathland Ponds Project reached its target?"))
    assert "November 2024" in reply, reply
    assert "12 by" not in reply.replace("12 by November 2024", ""), reply


def test_a_count_asked_at_a_date_is_the_part(ponds: Engine) -> None:
    reply = render_text(
        ponds.handle("how many ponds had the Heathland Ponds Project restored by mid 2021?")
    )
    first = reply.split("\n")[1]
    assert "9" in first and "12 as of" not in first, reply


# --- an organisation's age is not dated by something of its own that opened ---------

_COLLEGE = {
    "c1": source_line("c1", "College trains wardens", "2024-05-02") + "entities:\n"
    "  - {id: college, name: Fenland Rural College, kind: organization,"
    " summary: 'Fenland Rural College is a college in Ely, established in 1961.'}\n"
    "facts:\n"
    "  - id: wardens\n"
    "    about: [college]\n"
    "    text: Fenland Rural College has trained 80 river wardens since its warden course"
    " opened in March 2022.\n",
}


def test_an_age_is_not_dated_by_what_the_organisation_opened(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    engine = engine_of(tmp_path_factory.mktemp("college"), _COLLEGE)
    reply = render_text(engine.handle("how old is Fenland Rural College?"))
    assert "1961" in reply and "2022" not in reply.split("\n")[1], reply


# --- a "who" question is not answered with a figure's history ------------------------

_NETWORK = {
    "n1": source_line("n1", "Network repairs", "2023-06-14") + "entities:\n"
    "  - {id: net, name: Alder Repair Network, kind: organization, summary: A repair network.}\n"
    "facts:\n"
    "  - id: net-14\n"
    "    about: [net]\n"
    "    text: Alder Repair Network members have completed 14 bridge repairs since 2021.\n",
    "n2": source_line("n2", "Network repairs grow", "2025-02-03") + "facts:\n"
    "  - id: net-31\n"
    "    about: [net]\n"
    "    text: Alder Repair Network members have completed 31 bridge repairs since 2021.\n",
}


def test_who_the_members_are_is_no_figure_history(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    engine = engine_of(tmp_path_factory.mktemp("network"), _NETWORK)
    reply = render_text(engine.handle("who are the members of the Alder Repair Network?"))
    assert "Newest first" not in reply, reply
