"""One question's work stays in what it asks about, never in the size of the base
(session 13): "how long did it take to go from A to B <noun>?" with no subject reads the
facts holding the value and the noun (from the term postings), not every fact; "when
was X announced?" and "who published the X release?" read the releases involving X, not
every release; the wires' and datelines' terms are built once per index.

Asked on an invented base (a seed-bank network) in wordings of its own. The bounds only
apply past a size the test bases never reach, so each test lowers it to zero and checks
the answer is the one every fact would give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.executors import figure_durations
from tests.tmpkb import engine_of, source_line

_FILLER = "".join(
    f"  - id: s{n}-other-{i}\n    about: [hill]\n"
    f"    text: Hillfold Growers sold {17 + i} crates of apples at the market.\n"
    for n in (1,)
    for i in range(12)
)


def _release(n: int, date: str, banks: int, title: str) -> str:
    return (
        source_line(f"s{n}", title, date, publisher="Loam Newswire", city="Brackwell")
        + "entities:\n"
        + (
            "  - {id: ssn, name: Southmoor Seed Network, kind: initiative, summary: A network"
            " of community seed banks.}\n"
            "  - {id: hill, name: Hillfold Growers, kind: organization, summary: A growers'"
            " cooperative.}\n"
            if n == 1
            else ""
        )
        + "facts:\n"
        + f"  - id: s{n}-banks\n    about: [ssn]\n"
        + f"    text: The Southmoor Seed Network now runs {banks} seed banks across the county.\n"
        + (_FILLER if n == 1 else "")
        + f"  - id: s{n}-grant\n    about: [ssn, hill]\n"
        + f"    text: Hillfold Growers gave the Southmoor Seed Network a grant in {date[:4]}.\n"
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("kb"),
        {
            "s1": _release(1, "2017-03-02", 12, "Seed network opens"),
            "s2": _release(2, "2019-06-20", 25, "Seed network grows"),
            "s3": _release(3, "2022-09-14", 40, "Seed network reaches forty banks"),
        },
    )


_QUESTION = "how long did it take to go from 12 to 40 seed banks?"


def test_figure_duration_without_subject_reads_only_facts_holding_the_value(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = engine.handle(_QUESTION)
    assert expected.status is Status.ANSWERED, expected.text
    assert expected.text.startswith("**Five years**"), expected.text
    read: list[str] = []
    figures_in = figure_durations.figures_in

    def counted(text: str, **kwargs: object) -> object:
        read.append(text)
        return figures_in(text, **kwargs)

    monkeypatch.setattr(figure_durations, "figures_in", counted)
    monkeypatch.setattr(figure_durations, "MAX_UNSUBJECTED_FACTS_READ", 3, raising=False)
    bounded = engine.handle(_QUESTION)
    assert bounded.text == expected.text
    # The crates of apples hold neither value: none of them is read.
    assert read and not any("crates" in text for text in read), read


def _no_scan(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading the list of every release fail (only the warmed tables remain)."""

    class Unread(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("read every release for one question")

    engine.warm()
    monkeypatch.setattr(engine.index, "sources_newest", Unread(engine.index.sources_newest))


def test_announced_when_reads_only_the_subjects_releases(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "when was the hillfold growers grant announced?"
    expected = engine.handle(question)
    _no_scan(engine, monkeypatch)
    assert engine.handle(question).text == expected.text


def test_release_publisher_reads_only_the_subjects_releases(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "which wire carried the southmoor seed network release about forty banks?"
    expected = engine.handle(question)
    assert expected.status is Status.ANSWERED, expected.text
    _no_scan(engine, monkeypatch)
    assert engine.handle(question).text == expected.text


def test_sources_involving_with_a_limit_is_the_newest_of_all(tmp_path: Path) -> None:
    releases = {
        f"r{n}": source_line(f"r{n}", f"Release {n}", f"20{10 + n}-01-0{1 + n % 9}")
        + (
            "entities:\n  - {id: ssn, name: Southmoor Seed Network, kind: initiative,"
            " summary: A network.}\n"
            if n == 0
            else ""
        )
        + "facts:\n"
        + "".join(
            f"  - id: r{n}-f{i}\n    about: [ssn]\n    text: Fact {i} of release {n}.\n"
            for i in range(n % 4 + 1)
        )
        for n in range(12)
    }
    index = engine_of(tmp_path, releases).index
    every = index.sources_involving("ssn", limit=None)
    assert len(every) == 12
    for limit in range(1, 14):
        assert index.sources_involving("ssn", limit=limit) == every[:limit]
    assert [s.id for s in index.sources_involving_any(["ssn"], 5)] == every[:5]
