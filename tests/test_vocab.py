"""One vocabulary for ingest and the engine (issue 10): bot/vocab/ holds the honorifics,
the stop words and the press-release thesaurus, and both sides read them from there."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.vocab
from bot import vocab
from bot.engine import text as engine_text
from bot.ingest import words as ingest_words
from bot.search import synonyms, terms

VOCAB = Path(bot.vocab.__file__).parent


def test_ingest_and_the_engine_see_the_same_honorifics() -> None:
    assert engine_text.HONORIFICS == ingest_words.HONORIFICS == vocab.honorifics()
    assert {"dr", "mr", "prof", "sir", "mister", "h.e"} <= vocab.honorifics()


@pytest.mark.parametrize("honorific", sorted(vocab.honorifics()))
def test_the_engine_drops_every_honorific_before_a_name(honorific: str) -> None:
    spelled = honorific.rstrip(".").upper() if "." in honorific else honorific.title()
    for written in (f"{spelled} Li Yong", f"{spelled}. Li Yong"):
        assert engine_text.strip_honorific(written) == "Li Yong", written


def test_ingest_and_the_engine_share_their_stop_words() -> None:
    shared = vocab.word_list("stop_words")
    engine_only = vocab.word_list("question_stop_words")
    ingest_only = vocab.word_list("name_stop_words")
    assert shared | engine_only == terms.STOP_WORDS
    assert shared | ingest_only == ingest_words.STOPWORDS
    # A word both sides stop at belongs in the shared file, and only there.
    assert not shared & engine_only and not shared & ingest_only
    assert not engine_only & ingest_only
    assert {"the", "of", "and", "said"} <= shared


def test_the_engine_expands_questions_with_the_thesaurus_file() -> None:
    groups = vocab.thesaurus()
    assert groups and all(len(group) >= 2 for group in groups)
    for group in groups:
        # Phrases are rewritten to the group's head before parsing, not expanded.
        first, *others = {terms.index_term(w) for w in group if " " not in w}
        assert set(others) <= synonyms.synonyms(first), group


def test_every_vocabulary_file_is_documented() -> None:
    readme = (VOCAB / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in VOCAB.iterdir() if p.suffix in (".txt", ".yaml"))
    assert {"honorifics.txt", "stop_words.txt", "thesaurus.txt"} <= set(files)
    assert [f for f in files if f"`{f}`" not in readme] == []
