"""Lists, counts and descriptions (issue 10), on the invented ``kb_lists`` release in
wordings of its own: the dev sets' failures were kinds, not cases, so each test here
asks the kind on another base, in other words."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE, KB_LISTS, KB_PEATLAND


@pytest.fixture(scope="module")
def lists() -> Engine:
    return Engine(Index(load_knowledge(KB_LISTS)))


def _lead(reply: str) -> str:
    """The answer's first line under its title."""
    return reply.split("\n")[1]


@pytest.mark.parametrize(
    "question",
    [
        "how many parties formed the tripartite partnership?",
        "how many bodies established the tripartite partnership?",
    ],
)
def test_a_programme_among_the_parties_is_counted(lists: Engine, question: str) -> None:
    # "the Blue Coast Programme, the Tidewater Port Authority and the Harbour Skills Fund
    # jointly set up a tripartite partnership": an initiative acting as a party counts,
    # and "set up" is what "formed" / "established" ask.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply).startswith("**Three:**"), got.reply
    assert "Blue Coast Programme" in _lead(got.reply)


def test_a_list_question_opening_with_a_preposition(lists: Engine) -> None:
    # The place names the centre ("Port Selby Academy") whose sentence lists the
    # languages; "lessons" are what it "teaches".
    got = ask(lists, "in what languages are the Port Selby lessons given?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Norlandic, Danish, Polish, English" in _lead(got.reply), got.reply


def test_a_list_asked_with_the_release_named_is_the_list(lists: Engine) -> None:
    # "…in the announcement?" says where it is stated, not that the release is asked.
    got = ask(lists, "which languages are the lessons taught in (from the release)?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Norlandic, Danish, Polish, English" in _lead(got.reply), got.reply


@pytest.mark.parametrize(
    "question",
    [
        "which firm helped start the Blue Coast Programme?",
        "what company was behind the founding of Blue Coast?",
    ],
)
def test_which_company_started_it_names_its_founder(lists: Engine, question: str) -> None:
    # "Norvik Shipping … is one of the founders of the Blue Coast Programme": the
    # starter of the kind asked, not the parties the programme itself set something up with.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply) == "**Norvik Shipping**", got.reply


@pytest.mark.parametrize(
    ("question", "person", "other"),
    [
        ("which Okoro works at the Harbour Skills Fund?", "Ada OKORO", "Ben OKORO"),
        ("which Okoro is employed by the Tidewater Port Authority?", "Ben OKORO", "Ada OKORO"),
    ],
)
def test_which_namesake_works_at_an_organisation(
    lists: Engine, question: str, person: str, other: str
) -> None:
    # Two people named Okoro at two organisations: the one with a title there.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert person in got.reply.split("\n")[0], got.reply
    assert other not in got.reply


def test_a_numbered_list_inside_a_quote_is_enumerated(lists: Engine) -> None:
    # "What four safe things …": the number says the noun is plural ("things").
    got = ask(lists, "what four safe things will every crew get, according to Piet van Dam?")
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply) == "**safe decks, safe cranes, safe ropes, safe boats**", got.reply


@pytest.mark.parametrize(
    "question",
    [
        "count the 'safe …' items in Van Dam's remarks",
        "tally the “safe” things Piet van Dam promised",
    ],
)
def test_a_count_asked_as_an_order(lists: Engine, question: str) -> None:
    # The quoted word (an ellipsis after it) filters the items; "count"/"tally" ask a number.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply).startswith("**Four:** safe decks"), got.reply


@pytest.mark.parametrize(
    "question",
    [
        "who attended the signing and in what capacity?",
        "list the two people who met and give their jobs",
        "who met at the Port Authority's headquarters?",
        "who signed the Safe Harbours agreement, and in what capacity?",
    ],
)
def test_a_meetings_people_with_their_titles(lists: Engine, question: str) -> None:
    # The meeting's fact names its people; each is shown with the title in force then.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert "**Ada OKORO** — Director, HSF" in got.reply, got.reply
    assert "**Piet VAN DAM** — Chief Executive, TPA" in got.reply, got.reply
    assert "Ben OKORO" not in got.reply  # at the Port Authority, but not at the meeting


@pytest.mark.parametrize(
    ("question", "speaker", "said", "not_said"),
    [
        # The Fund's Director at the 2020 signing was Ada OKORO, reported the next day.
        (
            "what did the Fund's director say at the signing?",
            "Ada OKORO",
            "come home safe",
            "Two hundred",
        ),
        # By the 2023 opening the Director was Mira HOLM.
        (
            "what did the Harbour Skills Fund director say at the Academy opening?",
            "Mira HOLM",
            "Two hundred workers",
            "come home safe",
        ),
    ],
)
def test_a_quote_by_the_title_holder_at_an_event(
    lists: Engine, question: str, speaker: str, said: str, not_said: str
) -> None:
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply).startswith(f"**{speaker}**"), got.reply
    assert said in got.reply and not_said not in got.reply, got.reply


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("the Port Selby Academy opening was held in which town?", "Port Selby"),
        ("the Port Selby Academy was opened in what year?", "2023"),
        ("the Safe Harbours signing took place when?", "October 5, 2020"),
    ],
)
def test_a_question_phrase_typed_last(lists: Engine, question: str, wanted: str) -> None:
    # "X was held in which town?" asks what "in which town was X held?" asks.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert wanted in _lead(got.reply), got.reply


@pytest.mark.parametrize(
    "question",
    [
        "who runs the authority whose headquarters hosted the signing?",
        "who heads the organisation whose headquarters hosted the talks?",
    ],
)
def test_a_description_resolved_by_a_whose_clause(lists: Engine, question: str) -> None:
    # "The Port Authority's headquarters" hosted the signing: the organisation is the
    # Tidewater Port Authority, and the outer question is asked of it.
    got = ask(lists, question)
    assert got.status is Status.ANSWERED, got.reply
    assert _lead(got.reply).startswith("**Piet VAN DAM**"), got.reply


def test_a_title_ended_before_the_meeting_is_not_shown(lists: Engine) -> None:
    # Ada OKORO's Directorship ended on 2022-12-31; at the January 2023 meeting she was
    # Chair of the Board (stated by the release reporting it), and Mira HOLM Director.
    got = ask(lists, "who took part in the 2023 meeting and what were their titles?")
    assert got.status is Status.ANSWERED, got.reply
    assert "**Ada OKORO** — Chair of the Board, HSF" in got.reply, got.reply
    assert "**Mira HOLM** — Director, HSF" in got.reply, got.reply


def test_a_meeting_found_by_the_city_its_venue_lies_in(lists: Engine) -> None:
    # The signing's place is the Port Authority's headquarters, "in Selby Haven".
    got = ask(lists, "who met in Selby Haven in 2020?")
    assert got.status is Status.ANSWERED, got.reply
    assert "**Ada OKORO** — Director, HSF" in got.reply, got.reply


def test_a_question_asked_as_remind_me(lists: Engine) -> None:
    # "Can you remind me where …" asks where, not whether the bot can.
    got = ask(lists, "quick one - can you remind me where Ada Okoro and Piet van Dam met?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Port Authority's headquarters" in got.reply, got.reply
    assert "According to the releases" not in got.reply


def test_a_title_holder_not_quoted_at_the_event_is_named_not_replaced(lists: Engine) -> None:
    # Piet VAN DAM was the Chief Executive at the 2023 opening but is quoted only in
    # 2020: the releases quote nothing from him there, and no one else is quoted instead.
    got = ask(lists, "what did the Port Authority's chief executive say at the Academy opening?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "Piet VAN DAM" in got.reply and "strong as the people" not in got.reply, got.reply


def test_a_meeting_placed_where_asked_beats_a_later_one_writing_the_place() -> None:
    # kb_five: LI Yong and Jack MA met at Alibaba's headquarters in Hangzhou (2018), and
    # "met again in Kigali" (2019) in a sentence that also writes "met in Hangzhou": the
    # Hangzhou meeting's date and the titles held then (Executive Chairman), not Kigali's.
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    reply = answered(engine, "who met in Hangzhou and in what capacity?", "April 21, 2018")
    assert "Executive Chairman" in reply, reply
    assert "November 11, 2019" not in reply.split("\n\n")[0], reply


@pytest.mark.parametrize(
    "question",
    [
        "what did the PRN executive director say at the Riga assembly?",
        "what did PRN's executive director say at the Riga assembly?",
    ],
)
def test_a_title_named_after_its_organisation_is_that_organisation_s(question: str) -> None:
    # kb_peatland: Rhona MACLEOD was PRN's Executive Director at the Riga assembly
    # (2026-03-09); "PRN executive director" once resolved to Ingrid SAAR, "Director" of
    # the Estonian Wetland Society, and her words were given as the director's.
    engine = Engine(Index(load_knowledge(KB_PEATLAND)))
    reply = answered(engine, question, "Rhona MACLEOD")
    assert "Ingrid SAAR" not in reply, reply
