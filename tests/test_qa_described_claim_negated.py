"""A described claim (``described_claims.py``) is never a "yes" to a negated question
("is Alibaba not the largest online commerce company?") nor from a sentence that denies
the description ("… is not the largest …"): both once got "**Yes**, in the release's
words" (review of issue 10's yes/no rule)."""

from __future__ import annotations

from pathlib import Path

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_LISTS, SEED_KNOWLEDGE
from tests.tmpkb import engine_of

DENIED = (
    "source: {id: r1, title: Mill profile, publisher: Wire, date: 2022-05-01,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
    "entities:\n"
    "  - {id: mill, name: Orrin Paper Mill, kind: organization, summary: The second largest recycled paper maker in Orrin.}\n"
    "facts:\n"
    "  - {id: f1, about: [mill], date: 2022-05-01, text: 'The Orrin Paper Mill is not the"
    " largest recycled paper maker in Orrin.'}\n"
)


def test_a_negated_question_gets_no_yes_from_the_description() -> None:
    engine = Engine(Index(load_knowledge(SEED_KNOWLEDGE)))
    got = ask(engine, "is Alibaba not the largest online commerce company?")
    assert "**Yes" not in got.reply, got.reply


def test_a_sentence_denying_the_description_is_no_yes(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"r1": DENIED})
    got = ask(engine, "is the Orrin Paper Mill the largest recycled paper maker in Orrin?")
    assert "**Yes" not in got.reply, got.reply


def test_a_scope_the_sentence_does_not_give_is_no_yes() -> None:
    # "Norvik Shipping, the largest ferry operator in Norland, …": not in Denmark.
    engine = Engine(Index(load_knowledge(KB_LISTS)))
    got = ask(engine, "is Norvik Shipping the largest ferry operator in Denmark?")
    assert "**Yes" not in got.reply, got.reply
    answered(engine, "is Norvik Shipping the largest ferry operator in Norland?", "**Yes")
