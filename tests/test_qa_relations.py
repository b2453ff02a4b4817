"""Relations read from roles, appositives and summaries, and answers of a checked type.

Each kind is asked in wordings of its own (not those of the blind sets), end to end
through the engine, on the bundled release (``engine``) and on the five-release fixture
(``five``). A reply of the wrong type (a date for a time of day, today's holder for the
next one, a fact naming no country for "which countries") must be ``not_found``.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask as _ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def _answered(engine: Engine, message: str, *wanted: str) -> str:
    status, reply, _ = _ask(engine, message)
    assert status is Status.ANSWERED, reply
    for text in wanted:
        assert text.casefold() in reply.casefold(), (text, reply)
    return reply


def _not_found(engine: Engine, message: str, *banned: str) -> str:
    status, reply, _ = _ask(engine, message)
    assert status is Status.NOT_FOUND, reply
    for text in banned:
        assert text.casefold() not in reply.casefold(), (text, reply)
    return reply


# --- descriptions resolve to subjects, one or two hops ------------------------------------


def test_description_by_synonym_and_missing_kind_noun(engine: Engine) -> None:
    # "retail" is a synonym of the summary's "commerce"; "giant" is only a kind noun.
    _answered(engine, "where is the online retail giant based?", "Hangzhou")


def test_description_with_a_for_phrase_then_its_head(engine: Engine) -> None:
    _answered(engine, "who leads the UN agency for industrial development?", "LI Yong")
    _answered(engine, "who is in charge of UNIDO?", "LI Yong")


def test_description_by_an_alias_word(engine: Engine) -> None:
    reply = _answered(
        engine, "which Davos-based organisation took part in the trilateral collaboration?"
    )
    assert "World Economic Forum" in reply.split("\n\n")[0]


def test_description_by_place_then_its_head(five: Engine) -> None:
    _answered(five, "who heads the Nairobi-based foundation?", "Samuel MENSAH")


def test_description_with_a_relative_clause_then_its_head(five: Engine) -> None:
    # "network" is described by its summary; the clause is stated of it by a fact.
    _answered(five, "who chairs the Kuala Lumpur network that hosts the KL campus?", "Nurul AZIZ")


def test_description_by_whom_a_person_works_for(engine: Engine, five: Engine) -> None:
    _answered(five, "in which city is the network Lina Ma formerly worked for?", "Kigali")
    _answered(engine, "what does the company Jack Ma works for champion?", "small business")


def test_shared_acronym_settled_by_what_the_question_says(five: Engine) -> None:
    _answered(five, "which DTA has more than 300 member companies?", "Digital Trade Alliance")
    reply = _answered(five, "which DTA committed money to the academy?")
    assert "Development Trust for Africa" in reply.split("\n")[1]
    # Said of both namesakes: still a choice.
    assert five.handle("when was the DTA founded?").status is Status.AMBIGUOUS


# --- relations from roles, appositives and summaries --------------------------------------


def test_affiliation_from_roles(engine: Engine, five: Engine) -> None:
    _answered(engine, "what company does Jack Ma work for?", "Alibaba")
    _answered(five, "which organisation is Nurul Aziz with?", "AYEC")
    _answered(five, "who does Samuel Mensah work for?", "Development Trust for Africa")


def test_what_someone_did_before_joining(five: Engine) -> None:
    _answered(five, "what was Lina Ma's job before the academy?", "Director of Training", "EABN")


def test_purpose_of_an_event_or_initiative(engine: Engine, five: Engine) -> None:
    _answered(engine, "what was the aim of the Hangzhou meeting?", "to discuss", "eWTP")
    _answered(engine, "why was the meeting held?", "cooperation")
    _answered(five, "what is the point of the Digital Export Academy?", "aims to train")


def test_size_from_an_appositive_or_a_count(engine: Engine, five: Engine) -> None:
    _answered(engine, "how large is Alibaba Group?", "world's largest")
    _answered(five, "how big is the alliance?", "340 member companies")
    _not_found(engine, "how big is the eWTP?")


def test_which_phrase_naming_its_answer(engine: Engine) -> None:
    _answered(
        engine,
        "which cooperation framework could the eWTP be aligned with?",
        "China-UNIDO Strategic Cooperation Framework",
        "dovetail",
    )


def test_who_pays_names_the_funders(five: Engine) -> None:
    reply = _answered(five, "who finances the Digital Export Academy?")
    first = reply.split("\n")[1]
    assert "Development Trust for Africa" in first and "Alibaba" in first


# --- yes/no with paraphrase, and nothing stated -------------------------------------------


def test_yes_no_through_a_paraphrase(engine: Engine, five: Engine) -> None:
    _answered(engine, "did Alibaba help found the eWTP?", "initiators")
    _answered(five, "does the academy charge a fee?", "free of charge")


def test_yes_no_that_no_fact_speaks_to_is_not_found(engine: Engine, five: Engine) -> None:
    reply = _not_found(engine, "did UNIDO give Alibaba any money?")
    assert "Related:" in reply  # the nearest facts, as related, not as an answer
    _not_found(five, "is Samuel Mensah Lina Ma's brother?")


# --- the answer type asked for, or not_found ----------------------------------------------


def test_when_a_title_began(engine: Engine, five: Engine) -> None:
    _not_found(engine, "when was Li Yong appointed director general?", "**When:**")
    _answered(five, "when was Li Yong appointed director general?", "2013")
    _answered(five, "when did Lina Ma take over as executive director?", "June 1, 2024")


def test_time_of_day_is_not_a_date(engine: Engine, five: Engine) -> None:
    reply = _not_found(engine, "at what time did Li Yong and Jack Ma meet?")
    assert "April 21, 2018" in reply  # the date they do give, as related
    _not_found(five, "what time did the Kigali launch ceremony start?")


def test_press_contact_is_not_the_wire(engine: Engine, five: Engine) -> None:
    _not_found(engine, "what's the email of the media contact?", "PR Newswire")
    # The five releases end with contact blocks (executors/contacts.py): the academy's
    # releases give theirs, and it is a person's, not the wire's.
    _answered(five, "what is the press contact for the academy?", "Claire DUBOIS")


def test_next_holder_is_not_the_current_one(five: Engine) -> None:
    reply = _not_found(five, "who is going to be the next CEO of the Development Trust for Africa?")
    assert "Samuel MENSAH" in reply.split("Related:")[1]
    # Announced ahead of time by its release: that is the next holder, said as such.
    _answered(five, "who will be the academy's next executive director?", "Lina MA", "Announced")


def test_predecessor_from_role_history(five: Engine) -> None:
    _answered(five, "who held the DTA presidency before Amara Okafor?", "Daniel HARTMANN")
    _not_found(five, "who was the academy's executive director before Lina Ma?")


def test_which_kind_needs_a_fact_about_that_kind(engine: Engine) -> None:
    _not_found(engine, "which cities have signed up to the eWTP?")
    _answered(engine, "which organisations launched Enabling E-commerce?", "WTO", "WEF")


# --- which releases mention X -------------------------------------------------------------


def test_which_releases_mention_lists_the_releases(engine: Engine, five: Engine) -> None:
    _answered(engine, "which releases talk about the G20?", "2018-04-21")
    reply = _answered(five, "in which releases is Lina Ma mentioned?", "3 releases")
    assert "2019-11-12" not in reply  # she is in the 2021, 2022 and 2024 releases only


def test_hedged_question_is_read_without_its_hedge(engine: Engine) -> None:
    _answered(engine, "not sure if this is obvious, but what does the WTO actually do?", "WTO")


def test_yes_no_about_a_place_says_where_the_releases_put_it(engine: Engine, five: Engine) -> None:
    for question in (
        "are any academy campuses located in Nairobi?",
        "does the academy have a campus in Nairobi?",
    ):
        reply = _answered(five, question, "not in Nairobi")
        assert "Kigali" in reply and "Kuala Lumpur" in reply
    # A place within the one asked ("Hangzhou, China") is a yes.
    _answered(engine, "was the G20 summit held in China?", "Yes", "Hangzhou")


def test_founding_date_is_not_another_date(engine: Engine, five: Engine) -> None:
    # The one dated fact naming Jack MA's title is a meeting: no founding date.
    _not_found(engine, "when did Jack Ma set up Alibaba?", "**When:**")
    _not_found(five, "when did Jack Ma co-found Alibaba?", "**When:**")
    for question in ("who set up the eWTP?", "who started the eWTP?"):
        # The answer, not a related line: "Founder" in another fact is Jack MA's title.
        assert "initiators" in _answered(engine, question).split("\n")[1]


def test_mission_of_an_organisation(engine: Engine) -> None:
    _answered(engine, "what organization is Li Yong part of?", "UNIDO")
    _answered(engine, "honestly might be a silly one, but what is the eWTP?", "initiative")


def test_earlier_titles_before_a_title_or_leaving(five: Engine) -> None:
    reply = _answered(five, "what was Okafor's role before she became president?")
    # The heading names the title asked about ("Before President, …"); the titles
    # listed under it are the earlier ones only.
    listed = reply.split("the releases give Amara OKAFOR as:", 1)[1]
    assert "Director of Programmes" in listed and "President, Digital" not in listed
    _answered(five, "what did Hartmann do before he left the alliance?", "President")


def test_next_holder_of_a_title_at_the_organisation_named(five: Engine) -> None:
    reply = _not_found(five, "who's the next chair of the academy board?", "AYEC")
    assert "Amara OKAFOR" in reply


def test_title_start_with_words_between(five: Engine) -> None:
    _answered(five, "when did Okafor become chair of the board?", "May 8, 2024")


def test_list_of_a_kind_from_a_fact_that_states_it(engine: Engine) -> None:
    # The best fact for "attended" names no person; the meeting's own fact does.
    _answered(engine, "which people attended the meeting?", "LI Yong", "Jack MA")


def test_since_when_and_co_prefix(engine: Engine, five: Engine) -> None:
    _answered(five, "since when has Li Yong been DG?", "2013")
    _not_found(engine, "since when has Li Yong been DG?", "**When:**")
    _answered(engine, "is Alibaba a co-founder of the eWTP?", "initiators")


def test_what_a_described_thing_is_called(five: Engine) -> None:
    _answered(five, "what's the Kigali-based federation called?", "East African Business Network")


def test_which_releases_speak_of_a_topic(five: Engine) -> None:
    reply = _answered(five, "which releases talk about the pandemic?", "COVID-19")
    assert "2021-06-08" in reply.split("Source:")[0]  # each statement with its release


def test_where_an_organisation_is_based(engine: Engine, five: Engine) -> None:
    _answered(engine, "hey, where's the online shopping giant HQ'd?", "Hangzhou")
    _answered(five, "where is AYEC located?", "Kuala Lumpur")
    _not_found(engine, "where is the WTO located?", "Hangzhou")


def test_description_by_a_clause_without_that(engine: Engine) -> None:
    _answered(engine, "what does the initiative UNIDO supports promote?", "Electronic World Trade")


def test_description_by_where_it_is_based(engine: Engine, five: Engine) -> None:
    # Hangzhou is in the G20's summary too, but only Alibaba is based there (its
    # headquarters, a place named after it).
    _answered(engine, "who founded the Hangzhou-based company?", "Jack MA")
    _answered(five, "who runs the Kenyan foundation?", "Samuel MENSAH")


def test_initiator_is_not_initiative() -> None:
    # The stemmer folds both into "initi"; founders asked about must not match every
    # "Initiative" in a name.
    from bot.search.terms import content_terms

    assert content_terms("initiators") != content_terms("initiative")
    assert content_terms("initiated") == content_terms("initiators")


def test_joining_date_and_who_takes_over(five: Engine) -> None:
    _answered(five, "when did Lina Ma join the academy?", "July 1, 2021")
    reply = _not_found(five, "who will take over from Samuel Mensah?")
    assert "Samuel MENSAH" in reply.split("Related:")[1]
    _not_found(five, "who will replace Lina Ma?", "Announced")
