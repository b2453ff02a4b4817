"""Kinds left by the earlier sealed sets (KNOWN_GAPS of ``test_answers.py``), each asked
in other words on a tiny invented base (``tests.tmpkb``), so that each test fails without
its fix rather than repeating a case of a set.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: {publisher}, date: {date},"
    " dateline: {{city: {city}, country: {country}}}, text: ../sources/{id}.txt}}\n"
)

_RIVERS = {
    "r1": _HEAD.format(
        id="r1",
        title="Clearwater Compact signed",
        publisher="Delta Wire",
        date="2019-03-05",
        city="Arvel",
        country="Portugal",
    )
    + "entities:\n"
    "  - {id: compact, name: Clearwater Compact, kind: agreement,"
    " summary: A compact to clean the rivers of the Arvel basin.}\n"
    "  - {id: blue-plan, name: Blue Rivers Plan, kind: initiative,"
    " summary: The national plan for river quality.}\n"
    "  - {id: ines, name: Ines Moura, kind: person, summary: Mayor of Arvel.}\n"
    "  - {id: carla, name: Carla Reis, kind: person, summary: Director of the Arvel"
    " Water Board.}\n"
    "  - {id: water-board, name: Arvel Water Board, kind: organization,"
    " summary: The water utility of Arvel.}\n"
    "  - {id: ministry, name: Ministry of Rivers, kind: organization,"
    " summary: Portugal's ministry for rivers.}\n"
    "  - {id: rowing, name: Arvel Rowing Club, kind: organization, shared_aliases: [ARC],"
    " summary: A rowing club on the river Arvel.}\n"
    "  - {id: council, name: Atlantic River Council, kind: organization,"
    " shared_aliases: [ARC], summary: A council of river authorities.}\n"
    "roles:\n"
    "  - {entity: carla, title: Director, organization: water-board}\n"
    "facts:\n"
    "  - id: signing\n"
    "    about: [compact, ines, carla]\n"
    "    date: 2019-03-04\n"
    "    text: Ines Moura and Carla Reis signed the Clearwater Compact in Arvel,"
    " Portugal, on 4 March 2019.\n"
    "  - id: plan-link\n"
    "    about: [compact, blue-plan, carla]\n"
    "    text: According to Carla Reis, the Clearwater Compact puts the Blue Rivers Plan"
    " into practice in the Arvel basin.\n"
    "  - id: compact-aims\n"
    "    about: [compact, carla]\n"
    "    text: 'Carla Reis said the Clearwater Compact has three aims: clean water, safe"
    " banks and living fish.'\n"
    "  - id: plan-target\n"
    "    about: [blue-plan, ines]\n"
    "    text: Ines Moura said the Blue Rivers Plan matters to every family in Arvel.\n"
    "  - id: board-founded\n"
    "    about: [water-board]\n"
    "    text: The Arvel Water Board was founded in 1998.\n"
    "  - id: rowing-founded\n"
    "    about: [rowing]\n"
    "    text: The Arvel Rowing Club was founded in 1950 and rows every year on the river.\n"
    "  - id: council-established\n"
    "    about: [council]\n"
    "    text: The Atlantic River Council is a body of river authorities established in"
    " 2005.\n"
    "  - id: plan-started\n"
    "    about: [blue-plan]\n"
    "    text: The Blue Rivers Plan was started in 2016 by the national government.\n",
    "r2": _HEAD.format(
        id="r2",
        title="Compact crosses the border",
        publisher="Iberia Newswire",
        date="2021-06-10",
        city="Badajoz",
        country="Spain",
    )
    + "entities:\n"
    "  - {id: badajoz, name: Badajoz, kind: place, summary: A city in Spain.}\n"
    "facts:\n"
    "  - id: spain-joins\n"
    "    about: [compact]\n"
    "    date: 2021-06-09\n"
    "    text: River authorities in Spain joined the Clearwater Compact on 9 June 2021,"
    " after talks in Badajoz.\n"
    "  - id: wardens-2021\n"
    "    about: [compact]\n"
    "    date: 2021-06-01\n"
    "    text: The Clearwater Compact has trained 350 river wardens since 2019.\n"
    "  - id: spain-memorandum\n"
    "    about: [compact]\n"
    "    place: badajoz\n"
    "    date: 2021-06-09\n"
    "    text: Spain's river authorities and the Clearwater Compact signed a memorandum of"
    " understanding in Badajoz on 9 June 2021.\n"
    "  - id: ines-md\n"
    "    about: [ines, water-board]\n"
    "    date: 2021-06-01\n"
    "    text: Ines Moura became Managing Director of the Arvel Water Board on"
    " 1 June 2021.\n",
    "r3": _HEAD.format(
        id="r3",
        title="Compact reaches the Atlantic",
        publisher="Delta Wire",
        date="2024-02-01",
        city="Porto",
        country="Portugal",
    )
    + "roles:\n"
    "  - {entity: carla, title: Minister of Rivers, organization: ministry}\n"
    "  - {entity: carla, title: Director, organization: water-board, current: false}\n"
    "facts:\n"
    "  - id: reach-2024\n"
    "    about: [compact]\n"
    "    text: The Clearwater Compact now restores rivers in Portugal, Spain and Morocco,"
    " after Moroccan basin agencies signed in January 2024.\n"
    "  - id: office\n"
    "    about: [compact]\n"
    "    text: The Clearwater Compact's secretariat is in Porto, Portugal.\n",
}


@pytest.fixture(scope="module")
def rivers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("rivers"), _RIVERS)


def _ask(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


def test_which_of_the_two_people_is_the_answer_type(rivers: Engine) -> None:
    """ "Which of the two women …": the noun after the partitive is the kind of answer, and
    of the people near either subject, the one the statement about both names."""
    status, reply = _ask(
        rivers,
        "which of the two officials connected the Clearwater Compact with the Blue Rivers Plan?",
    )
    assert status is Status.ANSWERED, reply
    assert "Carla Reis" in reply
    assert "Ines Moura" not in reply


def test_countries_are_names_a_sentence_writes_not_cities(rivers: Engine) -> None:
    """ "What nations is X active in?": the countries the sentence naming the most of
    them writes (no entity says which places are countries), not the cities linked."""
    status, reply = _ask(rivers, "what nations is the Clearwater Compact active in now?")
    assert status is Status.ANSWERED, reply
    for country in ("Portugal", "Spain", "Morocco"):
        assert country in reply
    assert "Badajoz" not in reply.split("\n")[1]


def test_the_newest_country_is_the_one_first_named_last(rivers: Engine) -> None:
    """ "Which nation signed up to X last?": each country dated by the first sentence
    naming it with X; the one named first last leads."""
    status, reply = _ask(
        rivers, "which nation was the latest to sign up to the Clearwater Compact?"
    )
    assert status is Status.ANSWERED, reply
    lead = reply.split("\n")[1]
    assert "Morocco" in lead and "Spain" not in lead and "Portugal" not in lead, reply


def test_what_a_person_was_doing_in_a_year_is_their_post_then(rivers: Engine) -> None:
    """ "What was X up to in 2020?": asked of a person and nothing else, what they did
    is the title in force then, not the facts dated that year (none here)."""
    status, reply = _ask(rivers, "what was Carla Reis up to in 2020?")
    assert status is Status.ANSWERED, reply
    assert "Director" in reply.split("\n")[1] and "Minister" not in reply.split("\n")[1]
    status, reply = _ask(rivers, "what did Carla Reis do in 2024?")
    assert status is Status.ANSWERED, reply
    assert "Minister of Rivers" in reply.split("\n")[1]


def test_people_counted_by_another_noun_before_the_first_figure(rivers: Engine) -> None:
    """ "How many people had X trained by <a time before the first figure>?": "people"
    are counted by the sentence's own noun ("350 river wardens"), the verb saying which
    count; before the first figure the answer names it rather than a later one as then."""
    status, reply = _ask(
        rivers, "how many individuals had the Clearwater Compact trained by the end of 2020?"
    )
    assert status is Status.NOT_FOUND, reply
    assert "350" in reply and "2021" in reply
    status, reply = _ask(rivers, "how many people had the Clearwater Compact trained by 2022?")
    assert status is Status.ANSWERED and "350" in reply, reply


def test_an_age_at_another_things_start(rivers: Engine) -> None:
    """ "How old was X when Y started?": Y's start is the date a sentence says Y began,
    not a sentence about X ranked for the clause's words."""
    status, reply = _ask(
        rivers, "how old was the Arvel Water Board when the Blue Rivers Plan started?"
    )
    assert status is Status.ANSWERED, reply
    assert "18 years" in reply and "2016 − 1998" in reply, reply


def test_the_release_where_a_title_given_by_its_initials_was_taken(rivers: Engine) -> None:
    """ "Who issued the release in which X was appointed MD?": the title as releases
    write it ("Managing Director"), the verb and the name checked apart."""
    status, reply = _ask(rivers, "who issued the release in which Ines Moura was appointed MD?")
    assert status is Status.ANSWERED, reply
    assert "Iberia Newswire" in reply.split("\n")[1], reply


def test_an_mou_is_a_memorandum_of_understanding(rivers: Engine) -> None:
    """ "MoU" asks for what releases write in full (bot/vocab/thesaurus.txt)."""
    status, reply = _ask(rivers, "where did Spain sign its MoU with the Clearwater Compact?")
    assert status is Status.ANSWERED, reply
    assert "Badajoz" in reply, reply


def test_words_describing_the_organisation_of_a_title_only_pick_it(rivers: Engine) -> None:
    """ "Who leads the Ministry of Rivers in Portugal?": words of the organisation's
    summary ("Portugal's ministry for rivers") say which one it is, not something more
    specific than its head for the facts to answer."""
    status, reply = _ask(rivers, "who leads the Ministry of Rivers in Portugal?")
    assert status is Status.ANSWERED, reply
    assert reply.split("\n")[1].startswith("**Carla Reis** — Minister of Rivers"), reply


def test_the_year_asked_settles_no_shared_acronym(rivers: Engine) -> None:
    """ "In which year was the ARC founded?" with two ARCs founded in other words: the
    kind of answer ("year", which one club's sentence happens to use) is no claim that one
    of them states, so both are offered."""
    answer = rivers.handle("in which year was the ARC founded?")
    reply = render_text(answer)
    assert answer.status in (Status.AMBIGUOUS, Status.ANSWERED), reply
    assert "Arvel Rowing Club" in reply and "Atlantic River Council" in reply, reply


def test_a_statement_counting_things_then_what_were_they(rivers: Engine) -> None:
    """ "X gave three aims for Y - what are they?": "they" are the things the statement
    counts, asked for as "what aims X gave for Y"."""
    status, reply = _ask(
        rivers, "Carla Reis gave three aims for the Clearwater Compact - what are they?"
    )
    assert status is Status.ANSWERED, reply
    lead = reply.split("\n")[1]
    for item in ("clean water", "safe banks", "living fish"):
        assert item in lead, reply
