"""Everyday question kinds that blind sets 6 and 7 found failing (issue 10), each asked
in wording invented for the test, on the bundled release (tests/fixtures/kb_seed) or the
five-release fixture (tests/fixtures/kb_five).
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.answerer import relative_year
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.asking import ask as _ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- chat wrappers around a definition or card question ---------------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # A self-introduction before the hedge ("…, apologies if…, but what …").
        (
            "hey, I just joined the comms team, apologies if this is obvious, but what is UNIDO?",
            "Industrial Development",
        ),
        # Urgency words at the end.
        ("who is li yong quickly", "Director General"),
        ("what is the eWTP, asap", "Electronic World Trade Platform"),
    ],
)
def test_chat_wrappers_around_a_card_question(engine: Engine, question: str, wanted: str) -> None:
    answered(engine, question, wanted)


# --- a question typed as the noun phrase of what it asks ---------------------------------


def test_two_attributes_of_one_thing_are_two_parts(engine: Engine) -> None:
    reply = answered(engine, "time and venue of the meeting?", "April 21, 2018", "Hangzhou")
    assert "**When:**" in reply and "**Where:**" in reply, reply


def test_one_attribute_of_a_thing(engine: Engine) -> None:
    reply = answered(engine, "year of the G20 communique?", "2016")
    assert "**When:**" in reply, reply


# --- a preamble the question points back at ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("The Development Trust for Africa: who leads it?", "Samuel MENSAH"),
        ("Re the academy's first phase: how many years is that?", "2020 to 2023"),
    ],
)
def test_a_preamble_is_the_subject_the_question_points_back_at(
    five: Engine, question: str, wanted: str
) -> None:
    answered(five, question, wanted)


def test_a_preamble_without_a_back_reference_stays_context(engine: Engine) -> None:
    reply = answered(engine, "For the comms deck: when did they meet?", "April 21, 2018")
    assert "comms deck" not in reply.split("\n", 1)[1], reply


# --- a claim put up for checking, and a year the facts contradict ------------------------


def test_a_claim_put_up_for_checking_is_a_yes_no_question(engine: Engine) -> None:
    reply = answered(engine, "just checking that Li Yong is the Director General of UNIDO")
    assert "**Yes:**" in reply, reply


@pytest.mark.parametrize(
    ("question", "stated", "asked"),
    [
        (
            "did the eWTP, WTO and WEF launch Enabling E-commerce in 2016?",
            "2017",
            "2016",
        ),
        ("did Li Yong and Jack Ma meet in 2017?", "April 21, 2018", "2017"),
    ],
)
def test_a_year_the_facts_contradict_is_a_cited_no(
    engine: Engine, question: str, stated: str, asked: str
) -> None:
    reply = answered(engine, question, stated)
    assert reply.split("\n")[1].startswith("**No:**") and f"not {asked}" in reply, reply


def test_a_checked_claim_with_the_wrong_year(five: Engine) -> None:
    reply = answered(five, "Double checking: the Kuala Lumpur campus was opened in 2021?", "2022")
    assert "**No:**" in reply, reply


# --- quotes: one from each speaker, and a verbatim line by topic -------------------------


def test_one_quote_from_each_speaker(engine: Engine) -> None:
    reply = answered(engine, "what did both of them say?", "global buy", "UNIDO's mandate")
    assert "Whose words" not in reply, reply


def test_each_speaker_needs_as_many_speakers_as_asked(five: Engine) -> None:
    # Five people are quoted in the fixture: "both" does not say which two.
    status, reply, _ = _ask(five, "what did both of them say?")
    assert status is not Status.ANSWERED and "Whose words" in reply, reply


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "I need the exact wording of Hartmann's line about online stores, verbatim for a "
            "newsletter",
            "one online store at a time",
        ),
        ("could you get me Mensah's quotation about certificates", "certificates printed"),
    ],
)
def test_a_verbatim_line_by_topic(five: Engine, question: str, wanted: str) -> None:
    answered(five, question, wanted)


# --- a person described through a title word or an organisation's own body --------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who is the top person at the development trust?", "Samuel MENSAH"),
        ("who is the top official at the Digital Trade Alliance?", "Amara OKAFOR"),
    ],
)
def test_a_title_word_before_a_plain_noun_for_a_person(
    five: Engine, question: str, wanted: str
) -> None:
    reply = answered(five, question, wanted)
    assert reply.split("\n")[1].startswith(f"**{wanted}**"), reply


def test_someone_of_an_organisation_s_own_body(engine: Engine) -> None:
    # The releases give LI Yong a role at UNIDO, which the UN's summary names as its agency.
    reply = answered(engine, "who was the UN person at the meeting?", "LI Yong")
    assert reply.split("\n")[1].startswith("**LI Yong**"), reply


def test_a_full_name_asked_of_a_description(engine: Engine) -> None:
    reply = answered(engine, "what's the official name of the UN's industry agency?")
    assert reply.startswith("**United Nations Industrial Development Organization"), reply


# --- the years between two events, their ends put first ----------------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("the academy's launch to the Kuala Lumpur campus opening, how many years?", "Two years"),
        (
            "the Kigali campus opening and the Kuala Lumpur one: how many years apart?",
            "two years",
        ),
        (
            "approximately how many years after the Kigali campus opened did the KL one open?",
            "two years",
        ),
    ],
)
def test_years_between_two_events_put_first(five: Engine, question: str, wanted: str) -> None:
    answered(five, question, wanted)


# --- what a meeting was about, and what else besides one topic ---------------------------


def test_what_else_they_talked_about_besides_one_topic(engine: Engine) -> None:
    reply = answered(
        engine, "besides the eWTP, what else did they chat about?", "innovation agenda"
    )
    assert "**Besides" in reply, reply


@pytest.mark.parametrize(
    "question",
    ["what topics came up when they met?", "what was on the agenda when Li Yong and Jack Ma met?"],
)
def test_the_topic_of_the_meeting_they_had(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "to discuss deepening the cooperation")
    assert "was about, as the releases give it" in reply, reply


# --- a premise no release supports is not found ------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["when did Li Yong step down as Director General?", "when did Jack MA quit as chairman?"],
)
def test_a_change_no_fact_states_is_not_dated_by_the_title_alone(
    engine: Engine, question: str
) -> None:
    status, reply, _ = _ask(engine, question)
    assert status is Status.NOT_FOUND and "2018" not in reply, reply


def test_a_title_s_end_a_fact_states_is_still_dated(five: Engine) -> None:
    answered(five, "when did Hartmann step down as the alliance's president?", "2021")


def test_a_place_no_release_names_is_not_found(five: Engine) -> None:
    status, reply, _ = _ask(five, "when does the Digital Export Academy open its campus in Dakar?")
    assert status is Status.NOT_FOUND and "Dakar" in reply, reply
    # No date is given as Dakar's: the reply leads with the wrong detail and the places
    # the releases give (blind set 18), the dated sentences only as their evidence.
    lead = reply.split("\n")[1]
    assert lead.startswith("**Not in Dakar:**") and "Kuala Lumpur" in lead, reply
    assert "2022" not in lead, reply


def test_a_synonym_of_the_change_still_dates_it(five: Engine) -> None:
    answered(five, "when did Hartmann resign as president of the alliance?", "December 31, 2021")


# --- help says what the bot knows, cited --------------------------------------------------


def test_help_is_answered_with_the_releases_it_knows(five: Engine) -> None:
    reply = answered(five, "!help", "!quote", "!who", "5 press releases")
    assert "Source: Business Wire" in reply, reply


# --- everyone sharing a surname, listed -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who are all the people named Ma?",
        "sorry if this is obvious, but can you list everybody called Ma in the releases?",
    ],
)
def test_everyone_with_a_shared_surname_is_listed(five: Engine, question: str) -> None:
    reply = answered(five, question, "Jack MA", "Lina MA")
    assert "Which one did you mean" not in reply, reply


def test_one_of_the_namesakes_is_still_asked_which(five: Engine) -> None:
    status, _, _ = _ask(five, "what does Ma do?")
    assert status is Status.AMBIGUOUS


# --- a place described by its country's adjective ----------------------------------------


def test_a_country_adjective_is_no_unknown_name(five: Engine) -> None:
    answered(five, "when did the Rwandan campus open?", "February 2020")


# --- idioms and alternatives -------------------------------------------------------------


def test_on_the_map_is_recognition(five: Engine) -> None:
    answered(five, "what put the eWTP on the global map?", "2016 G20")


def test_fitting_with_is_dovetailing(five: Engine) -> None:
    answered(
        five, "how does cooperation on the eWTP mesh with the China-UNIDO framework?", "dovetail"
    )


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("was the 2024 partners meeting held in Kigali or somewhere else?", "**Where:**"),
        ("did the academy launch in Nairobi or elsewhere?", "Kigali"),
    ],
)
def test_a_place_or_somewhere_else_asks_where(five: Engine, question: str, wanted: str) -> None:
    answered(five, question, wanted)


# --- the release at one end of the dates; who the answer is for -------------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which press release is the oldest one?", "PR Newswire, Hangzhou, China, Saturday"),
        ("what's the latest release you have?", "Business Wire, Hangzhou, China, Wednesday"),
    ],
)
def test_the_release_at_one_end_of_the_dates(five: Engine, question: str, wanted: str) -> None:
    reply = answered(five, question, wanted)
    assert "of the five releases" in reply, reply


def test_a_question_about_the_newest_release_s_news_is_not_its_headline(five: Engine) -> None:
    reply = answered(five, "what did the latest release announce?")
    assert "of the five releases" not in reply, reply


@pytest.mark.parametrize(
    "question",
    ["describe UNIDO to a beginner in a sentence", "what's UNIDO, in plain English"],
)
def test_who_the_answer_is_for_is_chat(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "inclusive and sustainable industrial development")
    assert reply.startswith("**United Nations Industrial Development Organization"), reply


def test_on_the_table_is_discussed(engine: Engine) -> None:
    answered(engine, "aside from the eWTP, what else was on the table?", "innovation agenda")


@pytest.mark.parametrize(
    "question",
    [
        "which organisations got Enabling E-commerce off the ground?",
        "which bodies got the trilateral collaboration going?",
    ],
)
def test_getting_something_going_is_launching_it(five: Engine, question: str) -> None:
    answered(five, question, "World Trade Organization", "World Economic Forum")


def test_speakers_by_surname_each_give_a_quote(engine: Engine) -> None:
    reply = answered(engine, "compare what Li and Ma said", "UNIDO's mandate", "global buy")
    assert "met on Saturday" not in reply, reply


# --- a yes/no the fact states in other words leads with "Yes" ---------------------------


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("did Alibaba Group help found the eWTP?", "one of the initiators"),
        ("is participation in the academy free?", "free of charge"),
    ],
)
def test_a_claim_stated_in_other_words_is_a_yes(
    engine: Engine, five: Engine, question: str, fact: str
) -> None:
    reply = answered(five, question, fact)
    assert "**Yes**" in reply, reply


def test_a_denial_in_the_fact_is_no_yes(five: Engine) -> None:
    reply = answered(five, "does the Trust take government funding?", "accepts no government")
    assert "**Yes" not in reply, reply


# --- two hops: the organisation whose premises hosted an event ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who is the founder of the firm that hosted the meeting?",
        "who started the company whose offices hosted the meeting?",
    ],
)
def test_the_host_of_an_event_by_its_premises(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "Jack MA")
    assert reply.split("\n")[1].startswith("**Jack MA**"), reply


def test_the_host_of_a_later_event(five: Engine) -> None:
    reply = answered(
        five,
        "who co-founded the firm whose headquarters hosted the academy's 2024 partners meeting?",
    )
    assert "**Jack MA**" in reply, reply


# --- a figure only the entity's summary states -------------------------------------------

SUMMARY_RELEASE = """\
source:
  id: m1
  title: Marrow Freight opens a depot in Ostby
  publisher: Harbour Wire
  date: 2024-02-02
  dateline: {city: Ostby, country: Denmark}
  text: ../sources/m1.txt
entities:
  - id: marrow
    name: Marrow Freight
    kind: organization
    summary: >-
      Marrow Freight, a Ostby-based freight company with depots in 31 countries.
  - {id: ostby, name: Ostby, kind: place, summary: A port town in Denmark.}
facts:
  - id: m1-open
    about: [marrow, ostby]
    date: 2024-02-01
    text: Marrow Freight opened a depot in Ostby on February 1, 2024.
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "m1.txt").write_text("Marrow Freight opens a depot.\n", encoding="utf-8")
    (root / "releases" / "m1.yaml").write_text(SUMMARY_RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def test_a_figure_stated_only_in_the_summary(invented: Engine) -> None:
    answered(invented, "how many countries does Marrow Freight have depots in?", "31 countries")


# --- a surname in another romanisation ---------------------------------------------------


@pytest.mark.parametrize("command", ["!timeline Lee Yong", "!what lee yong"])
def test_a_surname_in_another_romanisation(five: Engine, command: str) -> None:
    reply = answered(five, command, "LI Yong")
    assert "Did you mean" not in reply, reply


def test_a_misspelling_that_is_no_romanisation_is_still_suggested(engine: Engine) -> None:
    status, reply, _ = _ask(engine, "!who line yong")
    assert status is Status.NOT_FOUND and "Did you mean: LI Yong" in reply, reply


# --- a part dated relative to the answer of the part before ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "when was the eWTP included in the G20 communique and what did it launch a year later?",
        "so, which year did the eWTP get into the G20 leaders' communique, and then what did "
        "it launch the next year?",
    ],
)
def test_a_year_relative_to_the_part_before(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "2016", "Enabling E-commerce")
    assert "don't answer" not in reply, reply


# --- one thing of a kind asked for by a description --------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("which company is the world's largest online and mobile commerce company?", "Alibaba"),
        ("which organisation does the release describe as the UN agency?", "United Nations"),
    ],
)
def test_which_thing_a_description_names(engine: Engine, question: str, card: str) -> None:
    reply = answered(engine, question)
    assert reply.startswith(f"**{card}"), reply


# --- an event asked to be at one organisation's premises, held at another's -------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was the 2024 partners meeting held at UNIDO's premises?", "**No:**"),
        ("did the 2024 partners meeting take place at Alibaba's offices?", "**Yes:**"),
    ],
)
def test_an_event_at_an_organisation_s_premises(five: Engine, question: str, verdict: str) -> None:
    answered(five, question, verdict, "Alibaba Group headquarters")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("did Mensah ever bring up certificates?", "certificates"),
        ("did Hartmann touch on online stores?", "online store"),
    ],
)
def test_bringing_up_a_topic_is_mentioning_it(five: Engine, question: str, topic: str) -> None:
    reply = answered(five, question, topic)
    assert "**Yes.**" in reply, reply


# --- a passive question about the one who did the verb ----------------------------------


@pytest.mark.parametrize(
    "question", ["when was the World Economic Forum launched?", "when was the WTO launched?"]
)
def test_the_launcher_is_not_what_was_launched(five: Engine, question: str) -> None:
    status, reply, _ = _ask(five, question)
    assert status is Status.NOT_FOUND, reply


def test_what_was_launched_is_still_dated(five: Engine) -> None:
    answered(five, "when was the Kuala Lumpur campus opened?", "March 15, 2022")


def test_the_newest_of_one_release_is_the_only_one(engine: Engine) -> None:
    reply = answered(engine, "which is the most recent release?", "The only release I know")
    assert "of the one releases" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        # A part with no subject and no content word once made a year was dropped.
        "When did the Academy launch, and what happened the year after?",
        # Capitalised, as a new sentence.
        "When did the Academy launch? And what happened The following year?",
    ],
)
def test_a_part_made_a_year_is_answered(five: Engine, question: str) -> None:
    reply = answered(five, question, "2019", "in 2020")
    assert "Kigali" in reply.split("in 2020", 1)[1]


def test_a_year_counted_from_a_named_event_is_left_to_the_question() -> None:
    words = "what happened a year after the launch".split()
    assert relative_year(words, "**When:** 2019") == words
    assert relative_year("and two years later".split(), "**When:** 2019") == "and in 2021".split()


@pytest.mark.parametrize(
    "question",
    [
        "Quick one about the academy: when did it launch?",
        "About the academy: when did it launch?",
        "the academy - when did it launch?",
        "For the newsletter: when did the academy launch?",
    ],
)
def test_a_topic_before_the_question_in_any_form(five: Engine, question: str) -> None:
    answered(five, question, "November 12, 2019")


@pytest.mark.parametrize(
    "question",
    [
        "how many years lie between the eWTP and the academy?",
        "the eWTP and the Academy - how many years apart?",
    ],
)
def test_a_thing_is_not_dated_by_what_it_launched(five: Engine, question: str) -> None:
    # "In 2017, the eWTP, the WTO and the WEF jointly launched … Enabling E-commerce"
    # dates Enabling E-commerce, not the eWTP (as "when was the eWTP launched?" agrees).
    reply = _ask(five, question).reply
    assert "2017 to" not in reply and "Enabling E-commerce" not in reply.split("\n")[1], reply
