"""Kinds that blind set 20 found misread (issues 10 and 12), each asked here in other
words on other bases.

The largest: "when did S <verb> …?" with a false premise, dated by a sentence that does
not state the asked event for the asked subject (``bot/engine/qa/asked_event.py``):
another person's retirement ("when did Rosa Delgado step down …" dated by Gerald Pike
retiring), a relative clause about someone else ("Samuel ADJEI succeeded Dr. Ibrahim
SOW, who retired …"), another event of the same two parties (a meeting for "join"), a
sentence denying the event ("takes no money from the council"), and an ended title
other than the one asked ("step down as chair" when the title that ended is Head of
Operations). Each is now ``not_found`` with what the releases do say. Then events named
in other words than the release's: "sign off on" (agreed), "get the nod" (recognition),
a "tie-up" (a partnership).
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_COLDCHAIN, KB_FIVE, KB_HARBOUR, KB_TEXTILE
from tests.tmpkb import engine_of, source_line

_KELP = (
    source_line("2023-03-08-kelp-line", "Kelp Line extended to 2027", "2023-03-08")
    + """\
entities:
  - id: kelp-line
    name: Kelp Line
    kind: initiative
    summary: The Kelp Line, a kelp-restoration programme off Tarrow.
  - id: saltworks
    name: Saltworks Ltd
    kind: organization
    summary: Saltworks Ltd, a Tarrow boatyard.
  - id: tarrow-council
    name: Tarrow Council
    kind: organization
    summary: The Tarrow Council, the local authority.
  - id: mira-holt
    name: Mira HOLT
    kind: person
    summary: Mira HOLT, Chief Executive of Saltworks Ltd.
  - id: marine-plan
    name: Scottish Marine Plan
    kind: document
    summary: The Scottish Marine Plan.
  - id: reef-trust
    name: Reef Trust
    kind: organization
    summary: The Reef Trust, a marine charity.
roles:
  - {entity: mira-holt, title: Chief Executive, organization: saltworks}
facts:
  - id: holt-met-kelp
    about: [mira-holt, kelp-line, saltworks]
    date: 2022-05-03
    text: Mira HOLT, Chief Executive of Saltworks Ltd, met the Kelp Line's divers in Tarrow on May 3, 2022.
  - id: kelp-money
    about: [kelp-line, tarrow-council]
    date: 2021-02-01
    text: The Kelp Line is paid for by its divers' clubs and takes no money from the Tarrow Council.
  - id: kelp-extended
    about: [kelp-line]
    date: 2023-03-07
    text: On March 7, 2023, the Kelp Line's partners agreed to extend the programme to 2027.
  - id: kelp-plan
    about: [kelp-line, marine-plan]
    date: 2021
    text: The Kelp Line won national recognition with its inclusion in the 2021 Scottish Marine Plan.
  - id: kelp-planting-2021
    about: [kelp-line]
    date: 2021-05-01
    text: The Kelp Line held a kelp planting off Tarrow on May 1, 2021.
  - id: kelp-planting-2022
    about: [kelp-line]
    date: 2022-05-02
    text: The Kelp Line held a kelp planting off Tarrow on May 2, 2022.
  - id: kelp-trained-2022
    about: [kelp-line]
    date: 2022-06-01
    text: The Kelp Line has trained 300 divers since 2020, 40 per cent of them women.
  - id: kelp-trained-2023
    about: [kelp-line]
    date: 2023-03-08
    text: The Kelp Line has trained 420 divers since 2020, 45 per cent of them women.
  - id: kelp-trust
    about: [kelp-line, reef-trust, saltworks]
    date: 2020
    text: In 2020, Saltworks Ltd and the Reef Trust started a partnership to fund the Kelp Line.
"""
)


@pytest.fixture(scope="module")
def kelp(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kelp"), {"2023-03-08-kelp-line": _KELP})


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def harbour() -> Engine:
    return Engine(Index(load_knowledge(KB_HARBOUR)))


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


def _unstated(engine: Engine, message: str, *shown: str) -> str:
    asked = ask(engine, message)
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "don't say" in asked.reply, asked.reply
    for text in shown:
        assert text.casefold() in asked.reply.casefold(), (text, asked.reply)
    return asked.reply


def test_someone_elses_retirement_does_not_date_the_asked_one(harbour: Engine) -> None:
    # Gerald PIKE retired as Chief Executive; Rosa DELGADO succeeded him and never left.
    reply = _unstated(
        harbour,
        "when did Rosa Delgado step down as Chief Executive of the Harbourmoor Port Authority?",
        "What they do say",
        "Gerald PIKE retired",
    )
    assert "When:" not in reply


def test_a_relative_clause_about_another_party_is_not_the_subjects_event(
    coldchain: Engine,
) -> None:
    # "Samuel ADJEI succeeded Dr. Ibrahim SOW, who retired on December 31, 2020": Sow
    # retired, not Adjei; Adjei's succeeding still dates when he took over.
    _unstated(coldchain, "in which year did Samuel Adjei retire from the bank?", "SOW")
    answered(coldchain, "what year did Samuel Adjei succeed Ibrahim Sow?", "2020")


def test_another_event_of_the_same_parties_is_not_the_one_asked(five: Engine) -> None:
    # What UNIDO and Alibaba discussed at a meeting is no joining.
    _unstated(five, "when did Alibaba join UNIDO?", "discussions")


def test_a_denied_event_is_not_dated(kelp: Engine) -> None:
    _unstated(
        kelp,
        "when did the Tarrow Council begin paying for the Kelp Line?",
        "takes no money from the Tarrow Council",
    )


def test_an_ended_title_other_than_the_one_asked_is_not_its_end(textile: Engine) -> None:
    # Helena VIRTANEN's Head of Operations title ended in 2023; she never was its chair.
    reply = _unstated(textile, "when did Helena Virtanen quit as the Alliance's chair?")
    assert "Head of Operations, FRA ended then" not in reply


def test_signing_off_is_agreeing(kelp: Engine) -> None:
    answered(kelp, "when did the partners sign off on the extension?", "March 7, 2023")


def test_a_nod_is_recognition(kelp: Engine) -> None:
    answered(kelp, "when did the Kelp Line get its national nod?", "2021")


def test_a_tie_up_is_a_partnership(kelp: Engine) -> None:
    answered(kelp, "which year did the Saltworks-Reef Trust tie-up kick off?", "2020")


def test_an_nth_time_beyond_those_recorded_says_there_is_no_record(kelp: Engine) -> None:
    reply = _unstated_words(kelp, "when did the Kelp Line hold its fourth kelp planting?")
    assert "no record of a fourth time" in reply and "only 2 times" in reply, reply


def _unstated_words(engine: Engine, message: str) -> str:
    asked = ask(engine, message)
    assert asked.status is Status.NOT_FOUND, asked.reply
    return asked.reply


def test_before_or_after_places_the_first_end_against_the_second(kelp: Engine) -> None:
    reply = answered(
        kelp,
        "did the Kelp Line win its national recognition before or after the Saltworks-Reef"
        " Trust partnership started?",
        "After:",
    )
    assert reply.index("2021") < reply.index("2020"), reply
    answered(kelp, "was the Kelp Line extended after or before its national recognition?", "After:")


def test_still_with_a_verb_of_the_title_is_answered_from_the_newest_titles(
    harbour: Engine,
) -> None:
    # "Still" asks about now: the newest release's titles, dated, not a sentence that
    # happens to name the title ("…, Chief Executive of the Port Authority, chairs …").
    answered(
        harbour,
        "does Rosa Delgado still lead the port authority?",
        "Yes",
        "Chief Executive",
        "as of 2026",
    )


def test_already_holding_a_title_says_since_when(harbour: Engine) -> None:
    # "Rosa DELGADO became Chief Executive … on January 1, 2019": the yes gives the start.
    answered(
        harbour,
        "was Rosa Delgado already chief executive of the port authority when the green"
        " shipping corridor was launched?",
        "Yes",
        "January 1, 2019",
    )


def test_a_description_with_a_participle_clause_resolves_like_a_relative_one(
    coldchain: Engine,
) -> None:
    # "The firm operating SkyCold" is Marula Logistics, whose head is its CEO, not the
    # person leading SkyCold itself.
    reply = answered(coldchain, "who heads the firm operating SkyCold?", "Oliver KAMAU")
    assert not reply.startswith("Grace"), reply


def test_a_class_in_words_no_release_uses_gets_what_it_is_described_as(
    coldchain: Engine,
) -> None:
    # No release says "treaty"; what SkyCold is described as still answers it.
    answered(coldchain, "is SkyCold an intergovernmental treaty?", "drone delivery service")


def test_how_many_releases_the_bot_itself_answers_from(textile: Engine) -> None:
    answered(textile, "how many press releases are you drawing on?", "Five", "in all")


def test_the_first_holder_only_from_a_statement_saying_so(
    coldchain: Engine, textile: Engine
) -> None:
    # No release says who was the Bank's first President: the earliest named is Sow,
    # never Adjei, who succeeded him.
    reply = _unstated(
        coldchain, "who was the Tanvara Development Bank's first president?", "Ibrahim SOW"
    )
    assert "ADJEI" not in reply, reply
    # "The founding members elected Marcus OYELARAN … as Chair of the Board" says it.
    answered(textile, "who was the first chair of the Fibre Return Alliance?", "OYELARAN")


def test_an_intake_is_the_people_trained(kelp: Engine) -> None:
    answered(kelp, "newest share of women in the Kelp Line's intake?", "45 per cent")


def test_a_release_named_by_its_dateline_dates_a_figure(textile: Engine) -> None:
    answered(
        textile,
        "by how much did the tonnes collected rise between the Gothenburg announcement and"
        " the Helsinki one?",
        "12,100",
    )
