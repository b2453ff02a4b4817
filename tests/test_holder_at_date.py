"""Who held a title at an organisation in a given year (issue 10, "holder_year").

The title is read from the titles people hold at that organisation, not from a fixed
list of title words: "Programme Director", "Chief Technology Officer", "Minister of
Trade", "the presidency". Checked end to end on the five-release base, on the bundled
base, and on a small synthetic base whose organisation names run to nine words.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synth import SynthKB, SynthRole, generate
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.request import Request
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask_json
from tests.kbpaths import BUNDLED, KB_FIVE


def _lead(row: dict[str, Any]) -> str:
    """The answer's first line: the holder it names."""
    return row["text"].splitlines()[0]


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        # Lina MA: Programme Director of the Academy (2021, 2022), Executive Director 2024.
        ("who was Programme Director of the Academy in 2022?", "Lina MA"),
        (
            "In 2021, who held the post of programme director at the Digital Export Academy?",
            "Lina MA",
        ),
        # HARTMANN: President of the DTA 2019 to 2021-12-31; Amara OKAFOR President after.
        ("who headed the Digital Trade Alliance back in 2019?", "Daniel HARTMANN"),
        ("who held the presidency of the Digital Trade Alliance in 2020?", "Daniel HARTMANN"),
        ("who held the presidency of the alliance in 2023?", "Amara OKAFOR"),
        ("Who was Director of Programmes at the Digital Trade Alliance in 2021?", "Amara OKAFOR"),
        (
            "who was the chief executive officer of the Development Trust for Africa in 2021?",
            "Samuel MENSAH",
        ),
    ],
)
def test_the_holder_of_a_title_in_a_year(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    holder: str,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, KB_FIVE)
    assert row["status"] == "answered", row
    assert holder in _lead(row), row
    assert row["sources"], row


def test_a_title_no_one_holds_there_names_no_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Chief" alone names a top job, but "Chief Economist" is a title of its own: the
    Alliance's President is not its chief economist."""
    (row,) = ask_json(
        ["who was Chief Economist of the Digital Trade Alliance in 2020?"],
        capsys,
        monkeypatch,
        KB_FIVE,
    )
    assert "HARTMANN" not in row["text"] and "OKAFOR" not in row["text"], row


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("who was UNIDO's director general back in 2018?", "LI Yong"),
        ("who was Founder and Executive Chairman of Alibaba Group in 2018?", "Jack MA"),
    ],
)
def test_the_holder_of_a_title_in_a_year_on_the_bundled_base(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    holder: str,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, BUNDLED)
    assert row["status"] == "answered" and holder in _lead(row), row


# Phrasings other than the benchmark's "Who was <title> of <org> in <year>?".
_PHRASINGS = (
    "In {year}, who held the post of {title} at {org}?",
    "who was the {title} for {org} back in {year}",
)


def _held_then(synth: SynthKB, rng: random.Random) -> list[tuple[str, str, int, str]]:
    """(title, organisation name, year, holder name) for titles one person held and later
    left, at a year strictly between their first title and the next."""
    history: dict[str, list[SynthRole]] = {}
    holders: dict[tuple[str, str], set[str]] = {}
    for role in synth.roles:
        history.setdefault(role.entity, []).append(role)
        holders.setdefault((role.title, role.org), set()).add(role.entity)
    out = []
    for person, roles in sorted(history.items()):
        roles.sort(key=lambda r: r.date)
        if len(roles) < 2:
            continue
        first, later = roles[0], roles[1]
        years = range(first.date.year + 1, later.date.year)
        pair = (first.title, first.org)
        if not years or holders[pair] != {person} or pair in synth.appointed:
            continue
        org = synth.by_id[first.org].name
        out.append((first.title, org, rng.choice(years), synth.by_id[person].name))
    return out


def test_the_holder_in_a_year_on_long_organisation_names(tmp_path: Path) -> None:
    synth = generate(tmp_path / "kb", 400, seed=11)
    engine = Engine(Index(load_knowledge(tmp_path / "kb")))
    cases = _held_then(synth, random.Random(11))
    assert len(cases) >= 5
    assert any(len(org.split()) > 6 for _, org, _, _ in cases)  # past six-word names
    wrong = []
    for n, (title, org, year, holder) in enumerate(cases):
        question = _PHRASINGS[n % len(_PHRASINGS)].format(title=title, org=org, year=year)
        answer = engine.run(Request("question", question))
        lead = answer.text.splitlines()[0] if answer.text else ""
        if answer.status is not Status.ANSWERED or holder not in lead:
            wrong.append((question, holder, answer.text[:120]))
    assert not wrong, wrong
