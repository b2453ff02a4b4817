"""A question about one release picks it by the time or the news it names: "who published
the 2023 release?", "where was the first release datelined?", "which release announced the
extension?". A newcomer got every release listed for each.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE

R2022 = "2022-03-15-academy-kuala-lumpur-campus"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize(
    ("question", "source", "shown"),
    [
        ("who carried the 2022 release?", R2022, "PR Newswire"),
        ("where was the first release datelined?", "2018-04-21-unido-alibaba-ewtp", "Hangzhou"),
        (
            "what's the headline of the newest release?",
            "2024-05-08-academy-20000-ewtp-extension",
            "20,000",
        ),
    ],
)
def test_a_time_picks_the_release(five: Engine, question: str, source: str, shown: str) -> None:
    answer = five.handle(question)
    assert answer.status is Status.ANSWERED and shown in answer.text, answer.text
    assert [c.source_id for c in answer.citations] == [source]


def test_a_year_with_no_release_is_not_found_naming_the_years(five: Engine) -> None:
    answer = five.handle("who put out the 2020 release?")
    assert answer.status is Status.NOT_FOUND
    assert "2019, 2021" in answer.text


def test_a_release_asked_for_by_its_news_is_the_one_stating_it(five: Engine) -> None:
    answer = five.handle("which release reported the campus opening in Kuala Lumpur?")
    assert answer.status is Status.ANSWERED
    assert answer.citations[0].source_id == R2022
