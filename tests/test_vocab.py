"""One vocabulary for ingest and the engine (issue 10): bot/vocab/ holds the honorifics,
the stop words and the press-release thesaurus, and both sides read them from there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bot.vocab
from bot import vocab
from bot.engine import text as engine_text
from bot.engine.qa import written_dates
from bot.ingest import dates as ingest_dates
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
    assert shared | ingest_only | set(vocab.month_names()) == ingest_words.STOPWORDS
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


# --- months (issue 10: "one documented vocabulary") ------------------------------------

# Two month names in a row, or three abbreviations: a list of months spelled out in code.
_SPELLED_MONTHS = re.compile(
    r"\b(?:january\W+february|november\W+december|jan\W+feb\W+mar|oct\W+nov\W+dec)\b",
    re.IGNORECASE,
)


def test_no_module_keeps_its_own_list_of_months() -> None:
    """Ingest and the engine read the months from bot/vocab/months.txt; a copy in a
    module would drift (one had "sept", another not)."""
    package = VOCAB.parent
    copies = [
        f"{path.relative_to(package.parent)}:{n}"
        for path in sorted(package.rglob("*.py"))
        if path.parent != VOCAB
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SPELLED_MONTHS.search(line)
    ]
    assert copies == []


def test_the_month_vocabulary_is_in_calendar_order_with_its_abbreviations() -> None:
    assert [m.number for m in vocab.months()] == list(range(1, 13))
    assert vocab.month_names()[8] == "september"
    numbers = vocab.month_numbers()
    assert numbers["sept"] == numbers["sep"] == numbers["september"] == 9
    assert numbers["may"] == 5 and "may" in vocab.month_words()
    assert vocab.month_stems_pattern().split("|")[4] == "may"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Sept. 9, 2021", "2021-09-09"),
        ("on 3 Feb 2020 the board met", "2020-02-03"),
        ("FEBRUARY 14, 2023 -- Lisbon", "2023-02-14"),
        ("dated 2022-Jun-30", "2022-06-30"),
    ],
)
def test_ingest_reads_every_form_of_the_month_vocabulary(written: str, iso: str) -> None:
    found = ingest_dates.find_date(written)
    assert found is not None and found.date is not None and found.date.isoformat() == iso


def test_the_engine_reads_the_month_vocabulary() -> None:
    assert written_dates.written_dates("signed on October 2, 2024 in Quito") == ["2024-10-02"]
