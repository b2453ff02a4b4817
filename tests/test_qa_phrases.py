"""Thesaurus phrases ("sit down together", "head office", "set up"): the vocabulary file
holds them, a question's phrase becomes its group's head word, and the engine answers.

Unit tests use invented words; the engine tests use wordings of their own (not the
blind sets') on the bundled release and on the five-release fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import vocab
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.read import understand
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search import synonyms
from bot.search.index import Index

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_the_thesaurus_file_reads_underscored_and_hyphenated_entries_as_phrases() -> None:
    entries = {e for group in vocab.thesaurus() for e in group}
    assert {"sit down together", "head office", "set up", "get together"} <= entries
    assert not any("_" in e or "-" in e for e in entries)


def test_a_phrase_becomes_the_first_single_word_of_its_group() -> None:
    heads = {p.words: p.head for p in synonyms.phrases()}
    assert heads[("sit", "down", "together")] == "meet"
    assert heads[("head", "office")] == "headquarters"
    assert heads[("set", "up")] == "founded"
    assert heads[("supposed", "to", "do")] == "purpose"


def test_phrases_match_whole_words_longest_first() -> None:
    rewrite = synonyms.rewrite_phrases
    assert rewrite("when did zorvak and quillon sit down together".split()) == (
        "when did zorvak and quillon meet".split()
    )
    # "sit down" alone is a phrase too; the longer one wins where both match.
    assert rewrite("did they sit down".split()) == "did they meet".split()
    # Part of a word is no phrase: "upset" and "headoffice" stay.
    assert rewrite("was the upset headoffice".split()) == "was the upset headoffice".split()
    assert rewrite("a set of up".split()) == "a set of up".split()


def test_phrases_are_not_expanded_as_index_terms() -> None:
    assert not any(" " in s for group in synonyms._table().values() for s in group)


def test_reading_a_question_rewrites_its_phrases() -> None:
    read = understand("where is the blorvex group's head office", lambda _w: False)
    assert read.words[-1] == "headquarters"
    read = understand("when was the quarnix fund set up", lambda _w: False)
    assert read.words[-1] == "founded"


def _answered(engine: Engine, message: str, *wanted: str) -> str:
    answer = engine.handle(message)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert answer.citations, reply
    for text in wanted:
        assert text.casefold() in reply.casefold(), (text, reply)
    return reply


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("on what date did LI Yong and Jack Ma get together?", "April 21, 2018"),
        ("where is Alibaba's head office?", "Hangzhou"),
        ("what is the eWTP meant to achieve?", "global buy"),
        ("in Jack Ma's view, what makes teaming up with UNIDO worthwhile?", "manufacturing"),
    ],
)
def test_phrase_questions_on_the_bundled_release(engine: Engine, message: str, wanted: str) -> None:
    _answered(engine, message, wanted)


def test_a_set_up_question_finds_the_founding_year(five: Engine) -> None:
    _answered(five, "when exactly was the Development Trust for Africa set up?", "2009")


@pytest.mark.parametrize(
    ("asked", "stated"),
    [("schoolchildren", "a schoolchild in Wick"), ("children", "every child"), ("met", "meet")],
)
def test_irregular_plurals_and_pasts_are_one_term(asked: str, stated: str) -> None:
    # "did she say anything about schoolchildren?" where her quote says "a schoolchild".
    from bot.search.terms import content_terms

    assert set(content_terms(asked)) <= set(content_terms(stated))
