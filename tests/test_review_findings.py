"""Wrong answers found in review of the figures, counts and commands executors, each
asked on the five-release fixture (tests/fixtures/kb_five) in the wording that went wrong.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figures import figures_in
from bot.engine.qa.query import Query
from bot.kb.loader import load_knowledge
from bot.kb.models import LoadedFact, LoadedRole
from bot.render.text import render_text
from bot.search.index import Index
from tests.asking import ask as _ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- a count of one noun answered with the figure of another ---------------------------


def test_a_spelled_out_figure_owns_the_noun_after_it() -> None:
    (figure,) = figures_in(
        "The Academy has trained more than 20,000 entrepreneurs in nine countries."
    )
    assert "countri" not in figure.after


@pytest.mark.parametrize(
    "question",
    [
        "how many countries does the academy operate in?",
        "how many countries has the academy trained entrepreneurs in?",
    ],
)
def test_how_many_countries_is_not_the_count_of_entrepreneurs(five: Engine, question: str) -> None:
    _, reply, _ = _ask(five, question)
    assert "nine countries" in reply, reply
    for figure in ("20,000", "12,400", "5,100"):
        assert f"{figure}**" not in reply and f"{figure} as of" not in reply, reply


def test_how_many_people_still_counts_by_the_verb(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many people has the academy trained?")
    assert status is Status.ANSWERED
    assert "**Newest first:** more than 20,000 as of 2024-05-08" in reply, reply


# --- releases "published in" a place counted by what they mention ----------------------


@pytest.mark.parametrize(
    ("question", "lead", "sources"),
    [
        # Nairobi is only mentioned (the DTA is based there); the release is from Geneva.
        ("how many releases were published in Nairobi?", "**None** of the five", None),
        ("how many releases are from Rwanda?", "**One** of the five", ["2019-11-12"]),
    ],
)
def test_a_place_after_in_or_from_is_the_dateline(
    five: Engine, question: str, lead: str, sources: list[str] | None
) -> None:
    status, reply, cited = _ask(five, question)
    assert status is Status.ANSWERED and lead in reply, reply
    if sources is not None:
        assert [c[:10] for c in cited] == sources, cited


def test_releases_that_mention_a_place_still_count_by_mention(five: Engine) -> None:
    _, reply, cited = _ask(five, "how many releases mention Nairobi?")
    assert "**One** of the five" in reply and [c[:10] for c in cited] == ["2021-06-08"], reply


def test_releases_that_quote_a_person_are_those_with_their_words(five: Engine) -> None:
    # Jack MA is named in three releases and quoted in the first only.
    _, reply, cited = _ask(five, "how many releases quote Jack MA?")
    assert "**One** of the five" in reply and [c[:10] for c in cited] == ["2018-04-21"], reply
    _, reply, _ = _ask(five, "how many releases mention Jack MA?")
    assert "**Three** of the five" in reply, reply


# --- bounded reads on the question path -------------------------------------------------


class _CountingRoles(dict[str, list[LoadedRole]]):
    """``Index.roles_by_entity`` that counts the people whose roles are read."""

    reads = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def, override]
        type(self).reads += 1
        return super().get(key, default)


def test_a_qualified_title_at_no_organisation_reads_a_bounded_number_of_people(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.engine.qa.executors import qualifiers

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    people = len(engine.index.person_ids)
    assert people > 2
    # Two people stand in for the cap of a large base: no question reads them all.
    monkeypatch.setattr(qualifiers, "MAX_UNPLACED_PEOPLE", 2, raising=False)
    counting = _CountingRoles(engine.index.roles_by_entity)
    monkeypatch.setattr(engine.index, "roles_by_entity", counting)
    _CountingRoles.reads = 0
    # "Who is the deputy director general?" names no organisation: any person's roles.
    engine.questions.run._qualified_roles(None)
    assert _CountingRoles.reads <= 2, _CountingRoles.reads


class _CountingFacts(list[LoadedFact]):
    """An entity's facts that count how many are read, slices included."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for fact in super().__iter__():
            type(self).reads += 1
            yield fact

    def __getitem__(self, item):  # type: ignore[no-untyped-def, override]
        got = super().__getitem__(item)
        return _CountingFacts(got) if isinstance(item, slice) else got


@pytest.mark.parametrize(
    ("module", "method", "question", "entity"),
    [
        (
            "namesakes",
            "namesakes_together",
            "are the two DTAs connected?",
            "digital-trade-alliance",
        ),
        ("previous", "previous_affiliation", "where did Amara OKAFOR work before?", "amara-okafor"),
    ],
)
def test_an_entitys_facts_are_read_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch, module: str, method: str, question: str, entity: str
) -> None:
    import importlib

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    run = engine.questions.run
    asked: list[Query] = []
    original = getattr(run, method)

    def spy(q: Query) -> object:
        asked.append(q)
        return original(q)

    monkeypatch.setattr(run, method, spy)
    engine.handle(question)
    assert asked, f"{method} was not asked {question!r}"
    facts = engine.index.facts_by_entity
    assert len(facts[entity]) > 2, len(facts[entity])
    executor = importlib.import_module(f"bot.engine.qa.executors.{module}")
    monkeypatch.setattr(executor, "MAX_LIST_FACTS", 2, raising=False)
    counting = _CountingFacts(facts[entity])
    monkeypatch.setitem(facts, entity, counting)
    _CountingFacts.reads = 0
    original(asked[-1])
    assert _CountingFacts.reads <= 2, _CountingFacts.reads


def test_a_return_is_found_through_the_places_postings_not_the_first_facts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.engine.qa.executors import returns

    # A cap of one fact per place stands in for a large base: the 2024 meeting in
    # Hangzhou is far from the base's first facts, and is found by its words.
    monkeypatch.setattr(returns, "MAX_LIST_FACTS", 1)
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    status, reply, cited = _ask(
        engine, "how many years after the launch did the academy return to Hangzhou?"
    )
    assert status is Status.ANSWERED and "2024-05-07" in reply, reply
    assert "2024-05-08-academy-20000-ewtp-extension" in cited


def test_a_title_naming_the_subject_reads_a_bounded_number_of_people(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.engine.qa.executors import role_holders

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    monkeypatch.setattr(role_holders, "MAX_PEOPLE_NEAR", 1, raising=False)
    counting = _CountingRoles(engine.index.roles_by_entity)
    monkeypatch.setattr(engine.index, "roles_by_entity", counting)
    _CountingRoles.reads = 0
    # "Who runs the Kuala Lumpur campus?": the people at the bodies its facts name.
    assert engine.index.facts_by_entity["kuala-lumpur-campus"]
    engine.questions.run._roles_near("kuala-lumpur-campus")
    assert _CountingRoles.reads <= 1, _CountingRoles.reads


def test_a_question_reads_no_vocabulary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine does no I/O: the word lists are read when it is imported."""
    import bot.vocab

    engine = Engine(Index(load_knowledge(KB_FIVE)))

    def no_io(name: str) -> str:
        raise AssertionError(f"{name} read on the question path")

    bot.vocab.word_list.cache_clear()
    monkeypatch.setattr(bot.vocab, "_text", no_io)
    try:
        answer = engine.handle("who is the deputy director general of UNIDO?")
    finally:
        bot.vocab.word_list.cache_clear()
    assert "deputy" in answer.text.casefold(), answer.text


# --- user-facing text -------------------------------------------------------------------


def test_taking_a_description_as_a_name_keeps_the_timeline_pages_footer(five: Engine) -> None:
    answer = five.handle("!timeline the capacity-building programme")
    assert answer.text.startswith("*Taking “the capacity-building programme” as "), answer.text
    assert answer.page is not None and answer.page.total > 1
    assert answer.text.endswith("`!timeline Digital Export Academy 2` for the next."), answer.text
    assert len(render_text(answer)) <= 2000


# --- a goal asked the other way round ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did the academy meet its target?", "**No**"),
        ("did the academy miss its goal?", "**Yes**"),
        ("did the academy fall short of its target?", "**Yes**"),
        ("did the academy miss its 30,000 goal by 2022?", "**Yes**"),
    ],
)
def test_a_missed_goal_is_yes_to_did_it_miss(five: Engine, question: str, verdict: str) -> None:
    # The first phase "fell short of its target of 30,000 graduates" (2024 release).
    status, reply, _ = _ask(five, question)
    assert status is Status.ANSWERED
    assert reply.split("\n")[1].startswith(verdict), reply


def test_a_release_count_cites_the_releases_it_shows_not_every_one_counted(
    five: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.engine.qa.executors import release_counts

    # Two shown stand in for a large base, where a citation per counted release would
    # leave no room in the message for the count.
    monkeypatch.setattr(release_counts, "MAX_SOURCES_SHOWN", 2)
    answer = five.handle("how many releases mention the Digital Export Academy?")
    assert len(answer.citations) == 2, [c.source_id for c in answer.citations]
    assert "more." in answer.text, answer.text
    assert render_text(answer).split("\n")[1].startswith("**Four**"), render_text(answer)


def test_a_release_count_by_subject_says_it_counts_the_releases_naming_it(five: Engine) -> None:
    # The releases' publishers are wires: UNIDO published none, four name it.
    _, reply, _ = _ask(five, "how many releases did UNIDO publish?")
    assert "**Four** of the five releases name UNIDO." in reply, reply
    _, reply, _ = _ask(five, "how many releases quote Jack MA?")
    assert "**One** of the five releases quotes Jack MA." in reply, reply
