"""Everyday phrasings that sealed set 11 found misread on the bundled release (issue 10),
each asked here in wording invented for the test: exclusivity ("the only …", "alone"),
a speaker named in a quote request, time between two dated events, chat and imperative
wrappers, chat markdown, and a few question shapes.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.asking import answered, ask

# --- "only", "sole", "alone" ask for exclusivity -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did Alibaba start the eWTP alone?",
        "was Enabling E-commerce launched by the WTO alone?",
        "is Alibaba Group the sole founder of the eWTP?",
    ],
)
def test_exclusivity_against_a_shared_relation_is_no(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "**No")
    assert "**Yes" not in reply, reply


def test_exclusivity_never_yes_from_a_fact_silent_on_others(engine: Engine) -> None:
    # "supported by UNIDO" says nothing of other supporters: no yes, no no.
    got = ask(engine, "is UNIDO the only supporter of the eWTP?")
    assert "**Yes" not in got.reply and "**No" not in got.reply, got.reply


def test_a_shared_relation_still_answers_the_plain_question_yes(engine: Engine) -> None:
    answered(engine, "is Alibaba one of the eWTP's initiators?", "**Yes")


# --- a named speaker binds a quote request, whatever its noun ----------------------------


@pytest.mark.parametrize(
    ("question", "speaker", "other"),
    [
        ("Jack Ma's line about youth and women, please", "Jack MA", "LI Yong"),
        ("give me Jack Ma's line on UNIDO's mandate", "Jack MA", "LI Yong"),
        ("any line from Jack Ma about the Sustainable Development Goals?", "Jack MA", "LI Yong"),
        ("Jack Ma's soundbite on youth and women", "Jack MA", "LI Yong"),
    ],
)
def test_a_named_speaker_binds_a_quote_request(
    engine: Engine, question: str, speaker: str, other: str
) -> None:
    got = ask(engine, question)
    assert f"According to {other}" not in got.reply and f"— {other}" not in got.reply, got.reply
    assert speaker.casefold() in got.reply.casefold(), got.reply


def test_in_line_with_is_no_quote_request(engine: Engine) -> None:
    got = ask(engine, "what is the eWTP in line with?")
    assert "I have no quote" not in got.reply, got.reply


# --- a span from one dated thing to the time of another ----------------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("at the time of the meeting, how many years had passed since the G20 summit?", "two"),
        ("by the time of the meeting, how long ago was Enabling E-commerce launched?", "one"),
        ("how long ago was the G20 Hangzhou summit when Li Yong and Jack Ma met?", "two"),
    ],
)
def test_a_span_to_the_time_of_another_event(engine: Engine, question: str, wanted: str) -> None:
    answered(engine, question, f"{wanted} year", "2018 −")


# --- chat markup and chat after the question mark ----------------------------------------


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("when did `Li Yong` and ``Jack Ma`` meet?", "April 21, 2018"),
        ("||when|| did **they** ~~sit down~~ meet?", "April 21, 2018"),
        ("when did `they` meet? ||ta||", "April 21, 2018"),
        ("in which city did **they** meet? ||nice one||", "Hangzhou"),
    ],
)
def test_chat_markup_goes_and_its_words_stay(engine: Engine, message: str, wanted: str) -> None:
    answered(engine, f"<@1234> {message}", wanted)


def test_chat_after_the_question_mark_is_not_read(engine: Engine) -> None:
    answered(engine, "when did they meet? cheers mate", "April 21, 2018")


def test_a_known_word_after_the_question_mark_is_kept(engine: Engine) -> None:
    from bot.engine.qa.read import without_chat_tail

    assert without_chat_tail("who met? Li Yong", lambda w: w in {"li", "yong"}) == (
        "who met? Li Yong"
    )
    assert without_chat_tail("who met? and where", lambda w: False) == "who met? and where"
    assert without_chat_tail("who met? ta muchly", lambda w: False) == "who met?"


# --- orders and requests read as the question inside them --------------------------------


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("please list the people who met, with their roles", ("LI Yong", "Jack MA")),
        ("can you name both individuals that met?", ("Director General", "Jack MA")),
        ("can I get the day and the venue of the meeting", ("April 21, 2018", "Hangzhou")),
        ("send me a quick rundown of the eWTP for my briefing note", ("private sector",)),
        ("I'd like a one line summary of UNIDO", ("Industrial Development",)),
    ],
)
def test_an_order_is_read_as_its_question(
    engine: Engine, message: str, wanted: tuple[str, ...]
) -> None:
    answered(engine, message, *wanted)


def test_an_order_after_and_is_a_second_question() -> None:
    from bot.engine.qa.read import imperative_question

    assert imperative_question("name the people who met and tell me their titles") == (
        "which people met and what are their titles"
    )
    # A question that is no order stays as typed.
    assert imperative_question("who founded the ewtp") == "who founded the ewtp"


# --- question shapes: purpose verbs, quotes by topic, "behind", fact checks, start -------


def test_a_verb_of_trying_leaves_the_stated_verb(engine: Engine) -> None:
    reply = answered(engine, "what is the eWTP hoping to promote?", "SMEs")
    assert reply.splitlines()[1].startswith("The eWTP is an initiative supported by UNIDO"), reply


def test_quotes_by_topic_with_no_speaker(engine: Engine) -> None:
    answered(engine, "has anyone said anything on the 2030 Agenda?", "LI Yong", "2030 Agenda")


def test_being_behind_something_is_supporting_it(engine: Engine) -> None:
    answered(engine, "was UNIDO really behind the Electronic World Trade Platform?", "**Yes")


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("fact check: the eWTP was in the G20 communique of 2016, is that right?", "**Yes"),
        ("checking: the eWTP was in the 2019 G20 communique, yes?", "**No"),
    ],
)
def test_a_fact_check_with_a_confirmation_tail(engine: Engine, message: str, verdict: str) -> None:
    answered(engine, message, verdict)


def test_getting_going_is_being_launched(engine: Engine) -> None:
    answered(engine, "in which year did Enabling E-commerce get off the ground?", "2017")


def test_a_quoted_name_counts_the_parties_of_its_launch(engine: Engine) -> None:
    answered(engine, "how many parties came together to launch 'Enabling E-commerce'?", "three")


@pytest.mark.parametrize(
    "message",
    [
        "aside from the eWTP, was another subject raised?",
        "apart from the eWTP, what other topic did they discuss?",
    ],
)
def test_a_set_aside_topic_question(engine: Engine, message: str) -> None:
    answered(engine, message, "innovation agenda")


def test_a_wrong_place_shows_where_the_place_is(engine: Engine) -> None:
    reply = answered(engine, "was Jack Ma's meeting with Li Yong in Beijing?", "**No")
    body = reply.split("\nSource:")[0]  # the citation's dateline names the city anyway
    assert "Hangzhou" in body, reply
