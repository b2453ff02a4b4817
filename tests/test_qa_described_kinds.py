"""Questions in the wordings of chat and of journalists, on an invented release: typos in
the grammar words and nouns, a person found by a description of their organisation, a
wrong-place yes/no, a fact check of what the release calls something, "explain X" with
chatter about who it is for, and who started something.

The release, its names and its wording are invented, so these tests check kinds of
question, not the bundled release's cases.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.claims import claim_question, without_guess
from bot.engine.qa.relative import clause_start
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.asking import answered as _answered

RELEASE = """\
source:
  id: s1
  title: Korvath Systems and the Meridian Fund meet in Talvik on the Blue Grid
  publisher: Fjord Newswire
  date: 2024-09-03
  dateline: {city: Talvik, country: Norway}
  text: ../sources/s1.txt
entities:
  - id: elin
    name: Elin Rask
    kind: person
    summary: Founder and Chief Executive of Korvath Systems.
  - id: omar
    name: Omar Dahl
    kind: person
    summary: President of the Meridian Fund.
  - id: korvath
    name: Korvath Systems
    kind: organization
    summary: >-
      Korvath Systems, the largest maker of tidal turbines in the Nordic region; one of
      the founders of the Blue Grid.
    aliases: [Korvath]
  - id: meridian
    name: Meridian Fund
    kind: organization
    summary: The Meridian Fund, a philanthropic foundation for clean energy.
  - id: grid
    name: Blue Grid
    kind: initiative
    summary: >-
      The Blue Grid, a community-owned network that shares tidal power between islands.
  - id: talks
    name: Korvath-Meridian meeting
    kind: event
    summary: The meeting of Elin Rask and Omar Dahl at Korvath's headquarters in Talvik.
    aliases: [the meeting]
  - {id: talvik, name: Talvik, kind: place, summary: A harbour town in Norway that hosted the meeting.}
  - id: korvath-hq
    name: Korvath headquarters
    kind: place
    summary: Korvath Systems' headquarters in Talvik, where the meeting took place.
roles:
  - {entity: elin, title: Founder and Chief Executive, organization: korvath}
  - {entity: omar, title: President, organization: meridian}
facts:
  - id: f1
    about: [talks, elin, omar, korvath, meridian, grid]
    date: 2024-09-02
    place: korvath-hq
    text: >-
      Elin Rask, Founder and Chief Executive of Korvath Systems, and Omar Dahl, President
      of the Meridian Fund, met on September 2, 2024 to plan the Blue Grid's next islands.
  - id: f2
    about: [talks, korvath-hq, talvik, korvath]
    date: 2024-09-02
    place: korvath-hq
    text: The meeting took place at Korvath Systems' headquarters in Talvik.
  - id: f3
    about: [korvath]
    text: Korvath Systems is the largest maker of tidal turbines in the Nordic region.
  - id: f4
    about: [korvath, grid]
    text: Korvath Systems is one of the founders of the Blue Grid.
  - id: f5
    about: [grid]
    text: >-
      The Blue Grid is a community-owned network that shares tidal power between islands.
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Korvath and Meridian meet.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def test_typos_in_grammar_words_and_nouns(invented: Engine) -> None:
    _answered(invented, "wher did the meetng take place", "Talvik")


@pytest.mark.parametrize(
    "message",
    [
        "explain the blue grid in plain words for a new hire",
        "explain Blue Grid in simple words to someone non technical",
    ],
)
def test_explain_with_reader_chatter_gives_the_definition(invented: Engine, message: str) -> None:
    _answered(invented, message, "community-owned network")


def test_explain_for_a_topic_is_not_reader_chatter(invented: Engine) -> None:
    reply = render_text(invented.handle("explain the blue grid in his own words"))
    assert "community-owned network" not in reply


def test_wrong_place_yes_no_says_no_with_the_place_stated(invented: Engine) -> None:
    reply = _answered(invented, "did Rask and Dahl meet in Bergen?", "No", "Talvik")
    assert "not in Bergen" in reply


@pytest.mark.parametrize("message", ["did they meet in May?", "did they meet in secret?"])
def test_a_time_or_manner_is_not_a_wrong_place(invented: Engine, message: str) -> None:
    assert "not in" not in render_text(invented.handle(message))


@pytest.mark.parametrize(
    "message",
    [
        "Fact check: the release calls Korvath the largest maker of tidal turbines in the "
        "Nordic region, right?",
        "confirming for my piece: the announcement describes Korvath Systems as the largest "
        "maker of tidal turbines in the Nordic region?",
    ],
)
def test_fact_check_of_what_the_release_calls_something(invented: Engine, message: str) -> None:
    _answered(invented, message, "Yes", "the largest maker of tidal turbines")


def test_fact_check_of_a_title_it_does_not_give(invented: Engine) -> None:
    reply = _answered(
        invented, "fact check: the release calls Omar Dahl the Meridian Fund's CEO, correct?"
    )
    assert "President" in reply
    assert "Yes" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "who started the Blue Grid? just Korvath?",
        "who set up the blue grid - only Korvath Systems?",
        "who started the Blue Grid? or others too?",
    ],
)
def test_guess_after_who_started_gets_the_founders_fact(invented: Engine, message: str) -> None:
    reply = _answered(invented, message, "one of the founders")
    # The fact naming the guess for another reason (the meeting) is not the answer.
    assert not reply.split("\n", 2)[1].startswith("Elin Rask")


def test_without_guess_keeps_questions_that_are_not_guesses() -> None:
    assert without_guess("who started X? just Y?") == "who started X?"
    assert without_guess("is it only for SMEs?") == "is it only for SMEs?"
    assert without_guess("who is just here?") == "who is just here?"


@pytest.mark.parametrize(
    "message",
    [
        "who was representing the largest maker of tidal turbines?",
        "who represented Korvath at the meeting?",
    ],
)
def test_who_represented_an_organisation_named_or_described(invented: Engine, message: str) -> None:
    reply = _answered(invented, message, "Elin Rask", "Founder and Chief Executive")
    assert "**Omar Dahl**" not in reply


def test_description_narrowed_by_a_relative_clause(invented: Engine) -> None:
    reply = _answered(
        invented, "who founded the tidal turbine maker that hosted the meeting?", "Elin Rask"
    )
    assert reply.split("\n", 2)[1].startswith("**Elin Rask**")


def test_relative_clause_the_description_does_not_fit_is_kept() -> None:
    assert clause_start(("who", "founded", "the", "maker", "that", "hosted", "it")) == 4
    assert clause_start(("who", "said", "that", "it", "works")) is None


def test_claim_question_reads_verbs_of_naming_only() -> None:
    assert claim_question("the release calls x the top y right") == "is x the top y"
    assert claim_question("the announcement describes x as a charity") == "is x a charity"
    # Naming without "as" asks whether X is mentioned, not a claim about X.
    assert claim_question("does the release name x") == "does the release name x"
