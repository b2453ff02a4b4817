"""Kinds that sealed base 13 (``tests/fixtures/kb_broadband``) found missing, asked in
other words on a tiny invented base of their own (``tests.tmpkb``), so that each test
fails without its fix rather than repeating a case of the set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figures import figure_value, figures_in
from bot.engine.qa.subjects import NameFinder
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_READING = {
    "r1": source_line("r1", "Reading network launched", "2017-05-02") + "entities:\n"
    "  - {id: network, name: Lochside Reading Network, kind: organization,"
    " summary: A network of libraries.}\n"
    "  - {id: readroute, name: ReadRoute, kind: initiative,"
    " summary: The Network's programme of village reading rooms.}\n"
    "facts:\n"
    "  - id: founders\n"
    "    about: [network]\n"
    "    date: 2017-04-30\n"
    "    text: The Lochside Reading Network was set up by three libraries in Tarrow,"
    " Brae and Kinloss.\n"
    "  - id: rooms-2017\n"
    "    about: [readroute]\n"
    "    text: Sixty village reading rooms are already open under ReadRoute.\n",
    "r2": source_line("r2", "ReadRoute grows", "2019-07-01") + "facts:\n"
    "  - id: rooms-2019\n"
    "    about: [readroute]\n"
    "    date: 2019-06\n"
    "    text: ReadRoute had opened 240 reading rooms by June 2019.\n",
    "r3": source_line("r3", "ReadRoute report", "2021-06-01") + "facts:\n"
    "  - id: rooms-2020\n"
    "    about: [readroute]\n"
    "    date: 2021-05\n"
    "    text: ReadRoute had opened 400 reading rooms by May 2021.\n",
    "r4": source_line("r4", "Network welcomes members", "2022-04-04") + "facts:\n"
    "  - id: rooms-2022\n"
    "    about: [readroute]\n"
    "    date: 2022-03\n"
    "    text: ReadRoute had opened 610 coastal reading rooms as of March 2022.\n"
    "  - id: room-500\n"
    "    about: [readroute]\n"
    "    date: 2021-09\n"
    "    text: In September 2021 ReadRoute opened its 500th reading room, on Eilean Mor.\n"
    "  - id: members-2022\n"
    "    about: [network]\n"
    "    text: The Lochside Reading Network now counts eight members.\n",
}


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("reading")
    return engine_of(root, _READING)


def _reply(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


# --- a count spelled out as a multiple of ten, as at a sentence's start ---------------


def test_spelled_tens_are_figures() -> None:
    (sixty,) = figures_in("Sixty village reading rooms are open.", spelled_out=True)
    assert figure_value(sixty) == 60
    (compound,) = figures_in("It has thirty-five partner clinics.", spelled_out=True)
    assert figure_value(compound) == 35


def test_count_spelled_in_tens_answers_its_year(reading: Engine) -> None:
    status, reply = _reply(reading, "How many reading rooms did ReadRoute have open in 2017?")
    assert status is Status.ANSWERED, reply
    assert "Sixty" in reply and "240" not in reply.split("\n")[1], reply


# --- an adjective before the noun counted does not split the series -------------------


def test_adjective_before_noun_keeps_one_series(reading: Engine) -> None:
    status, reply = _reply(reading, "how many reading rooms had ReadRoute opened by 2023?")
    assert status is Status.ANSWERED, reply
    lead = reply.split("\n")[1]
    assert "610" in lead, reply


def test_trend_reads_every_statement_of_the_noun(reading: Engine) -> None:
    status, reply = _reply(reading, "how did the number of ReadRoute reading rooms develop?")
    assert status is Status.ANSWERED, reply
    for figure in ("610", "400", "240"):
        assert figure in reply, (figure, reply)


def test_own_milestone_is_the_count_then(reading: Engine) -> None:
    (milestone,) = figures_in("It opened its 500th reading room in 2021.", spelled_out=True)
    # Shown as the count it is (session 10's newcomer read "1,000th as of" as no count).
    assert (milestone.shown, figure_value(milestone)) == ("500", 500)
    assert figures_in("It became the 5th member of the group.", spelled_out=True) == []
    status, reply = _reply(
        reading, "how many reading rooms had ReadRoute opened by the summer of 2021?"
    )
    assert status is Status.ANSWERED, reply
    assert "500" in reply.split("\n")[1], reply


def test_gain_reads_one_series_and_the_releases_named(reading: Engine) -> None:
    status, reply = _reply(
        reading,
        "by how much did the number of reading rooms rise between the 2019 and 2022 releases?",
    )
    assert status is Status.ANSWERED, reply
    assert "+370" in reply, reply  # 610 coastal reading rooms − 240
    # The 2021 release states 400; the 2022 one dates the 500th back into 2021.
    status, reply = _reply(
        reading,
        "by how much did the number of reading rooms grow between the 2019 and 2021 releases?",
    )
    assert status is Status.ANSWERED, reply
    assert "+160" in reply, reply


# --- a body's founders are its members when it began ----------------------------------


def test_founders_are_the_first_membership(reading: Engine) -> None:
    status, reply = _reply(
        reading, "how many members did the Lochside Reading Network have in 2018?"
    )
    assert status is Status.ANSWERED, reply
    assert "three" in reply.split("\n")[1].casefold(), reply


def test_members_gained_since_founding(reading: Engine) -> None:
    status, reply = _reply(
        reading,
        "how many members did the Lochside Reading Network add between its founding and 2022?",
    )
    assert status is Status.ANSWERED, reply
    assert "+5" in reply, reply


# --- a title asked by its whole name, its words those of a title or an attribute -------

_SCHOOL = {
    "s1": source_line("s1", "Business school appoints director", "2016-09-01") + "entities:\n"
    "  - {id: school, name: Tarrow Management Institute, kind: organization,"
    " summary: A management institute in Tarrow.}\n"
    "  - {id: lennox, name: Mairi Lennox, kind: person, aliases: [Director Lennox],"
    " summary: Mairi Lennox of Tarrow Management Institute.}\n"
    "roles:\n"
    "  - {entity: lennox, title: Director of Executive Education, organization: school}\n",
    "s2": source_line("s2", "New director at the business school", "2021-03-02") + "entities:\n"
    "  - {id: baird, name: Ewan Baird, kind: person,"
    " summary: Ewan Baird of Tarrow Management Institute.}\n"
    "roles:\n"
    "  - {entity: baird, title: Director of Executive Education, organization: school}\n"
    "  - {entity: lennox, title: Director of Executive Education, organization: school,"
    " ended: 2020-08}\n",
}


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("school")
    return engine_of(root, _SCHOOL)


def test_title_words_ask_no_personal_attribute(school: Engine) -> None:
    # "education" is the title's word here, not a question about her studies.
    status, reply = _reply(
        school, "does Mairi Lennox still serve as Director of Executive Education?"
    )
    assert status is Status.ANSWERED, reply
    assert "No" in reply.split("\n")[1] and "Ewan Baird" in reply, reply
    status, reply = _reply(school, "where did Mairi Lennox study?")
    assert status is Status.NOT_FOUND, reply


def test_whole_title_without_its_organisation(school: Engine) -> None:
    status, reply = _reply(school, "who was the director of executive education in 2022?")
    assert status is Status.ANSWERED, reply
    assert "Ewan Baird" in reply.split("\n")[1], reply
    status, reply = _reply(school, "who was the director of executive education in 2018?")
    assert "Mairi Lennox" in reply.split("\n")[1], reply


def test_title_word_of_an_alias_names_no_one(tmp_path: Path) -> None:
    # "Director Rae" is her alias, but "the director" asks for whoever holds the
    # title then; her own name's words still name her.
    engine = engine_of(
        tmp_path,
        {
            "s1": source_line("s1", "Institute appoints director", "2016-09-01") + "entities:\n"
            "  - {id: rae, name: Isla Rae, kind: person, aliases: [Director Rae],"
            " summary: Isla Rae of Tarrow Management Institute.}\n"
        },
    )
    finder = NameFinder(engine.index)
    assert finder.find_mentions("who was the director in 2022".split()) == []
    assert [m.entity_id for m in finder.find_mentions("what did isla rae say".split())] == ["rae"]
