"""Money given is one vocabulary (session 15, review leftover 1): "did X increase its
grant in 2019?" is the same question as "… its commitment / donation / pledge / award /
investment?", whatever word the releases themselves used ("awarded", "donated a
further", "bringing its total funding to"), on an invented two-release base (a seed
library and the foundation backing it, 2016-2019).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import vocab
from bot.engine.engine import Engine
from bot.engine.qa.executors import commitments, stated_counts
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_ENTITIES = (
    "entities:\n"
    "  - {id: harlow, name: Harlow Seed Library, kind: organization, summary: A community"
    " seed library.}\n"
    "  - {id: kessock, name: Kessock Foundation, kind: organization, summary: A family"
    " foundation.}\n"
)


def _facts(*rows: tuple[str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in rows
    )


_RELEASES = {
    "s2016": source_line("s2016", "Kessock Foundation backs Harlow Seed Library", "2016-04-12")
    + _ENTITIES
    + _facts(
        (
            "award",
            "kessock, harlow",
            "The Kessock Foundation awarded EUR 800,000 to the Harlow Seed Library on April"
            " 12, 2016.",
        )
    ),
    "s2019": source_line("s2019", "Kessock Foundation adds to its support", "2019-08-30")
    + _facts(
        (
            "further",
            "kessock, harlow",
            "The Kessock Foundation donated a further EUR 450,000 to the Harlow Seed Library,"
            " bringing its total funding to EUR 1.25 million.",
        )
    ),
}

_NOUNS = ("grant", "funding", "donation", "commitment", "pledge", "award", "investment")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("seeds"), _RELEASES)


@pytest.mark.parametrize("noun", _NOUNS)
def test_a_gain_in_money_given_is_asked_by_any_of_its_nouns(seeds: Engine, noun: str) -> None:
    reply = answered(
        seeds,
        f"how much did the kessock foundation increase its {noun} in 2019?",
        "+450,000",
        "1,250,000 − 800,000",
    )
    # Both ends are cited: the sum awarded and the total after the donation.
    assert "awarded EUR 800,000" in reply and "total funding" in reply


@pytest.mark.parametrize("noun", _NOUNS)
def test_a_yes_no_on_money_given_within_a_year_is_judged_on_the_change(
    seeds: Engine, noun: str
) -> None:
    reply = answered(
        seeds, f"did the kessock foundation increase its {noun} in 2019?", "Yes", "+450,000"
    )
    assert "No:" not in reply


def test_a_word_of_a_name_is_no_start_asked(seeds: Engine) -> None:
    # "Foundation" in the giver's name asks from no founding: the change is within 2019,
    # from the figure in force before it.
    reply = answered(seeds, "by how much did the kessock foundation increase its grant in 2019?")
    assert "the start" not in reply and "as of 2016-04-12" in reply


def test_every_executor_reads_the_one_vocabulary() -> None:
    given = vocab.money_given()
    assert {"grant", "donation", "commitment", "pledge", "award", "investment"} <= given.nouns
    assert {"awarded", "donated", "pledged", "committed", "invested"} <= given.verbs
    assert given.nouns == commitments.GIFT_NOUNS
    assert given.verbs <= stated_counts._MONEY_VERBS  # pyright: ignore[reportPrivateUsage]


def test_the_vocabulary_file_is_documented() -> None:
    readme = (Path(vocab.__file__).parent / "README.md").read_text(encoding="utf-8")
    assert "`money_given.yaml`" in readme
