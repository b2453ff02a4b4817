"""The tables session 9's executors read on a question are built by ``Engine.warm``, not
by a user's question: a release's roles and the releases by day (each a scan of the
whole base), and the module tables of country names (pycountry) and wire words (review
of session 9; issue 14's rule, ``test_bounded_work.py``)."""

from __future__ import annotations

from bot.engine.engine import Engine
from bot.engine.qa.executors.countries import normalised_nations
from bot.engine.qa.query import wire_words
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE

_TABLES = ("_roles_by_source", "_releases_by_day")


def test_warm_builds_the_tables_of_a_days_release_and_a_releases_people() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    run = engine.questions.run
    for name in _TABLES:
        assert name not in vars(run), name
    engine.warm()
    for name in _TABLES:
        assert name in vars(run), name


def test_warm_builds_the_country_and_wire_tables() -> None:
    normalised_nations.cache_clear()
    wire_words.cache_clear()
    Engine(Index(load_knowledge(KB_FIVE))).warm()
    assert normalised_nations.cache_info().currsize == 1
    assert wire_words.cache_info().currsize == 1


def test_the_tables_answer_as_the_scans_did() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    engine.warm()
    people = engine.handle("Who are the two people in the 2018 release?").text
    assert "LI Yong" in people and "Jack MA" in people, people
    day = engine.handle("What did the Academy announce on May 8, 2024?").text
    assert day.startswith("**Business Wire, Hangzhou"), day
