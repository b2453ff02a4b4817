"""Anchors and aliases are refused wherever YAML lets one start, while an ampersand or
asterisk inside words or between spaces (company names, "R&D") costs no second parse
of the file, and does not turn a broken draft into a reviewed file that stops the load.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from bot.kb import yamlfile
from bot.kb.loader import load_knowledge
from bot.kb.yamlfile import uses_anchors

# Where an anchor or alias may start, each with the line it is on (1-based).
ANCHORED = [
    ("a: &x [1, 2]\n", 1),
    ("a: 1\nb: *x\n", 2),
    ("- &x one\n- *x\n", 1),
    ("list: [&x one, *x]\n", 1),
    ("list: [one,*x]\n", 1),
    ("map: {k: &x v}\n", 1),
    ('map: {"k":&x v}\n', 1),
    ("&x key: value\n", 1),
    ("top:\n  &x key: value\n", 2),
    ("? &x key\n: value\n", 1),
    ("a: !!str &x text\n", 1),
    ("&x [1]\n", 1),
    ("a:\n  - *x\n", 2),
]

# Text that holds & or * but no anchor or alias.
PLAIN = [
    "name: Harlow R&D Centre\n",
    "publisher: AT&T Wire\n",
    "name: Pim & Daughters Ropeworks\n",
    "text: Output rose 5 * 3 fold.\n",
    "text: 'Fenwick & Lowe signed; so did Q&A Ltd.'\n",
    'quote: "Rates & fees fell"\n',
]


@pytest.mark.parametrize(("text", "line"), ANCHORED)
def test_an_anchor_or_alias_is_found_wherever_it_may_start(text: str, line: int) -> None:
    list(yaml.parse(text, Loader=yamlfile.SafeLoader))  # YAML that libyaml reads
    mark = uses_anchors(text)
    assert mark is not None, text
    assert mark.line + 1 == line


@pytest.mark.parametrize("text", PLAIN)
def test_ampersands_in_words_or_between_spaces_cost_no_second_parse(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the file was parsed a second time")

    monkeypatch.setattr(yamlfile.yaml, "parse", refuse)
    assert uses_anchors(text) is None


def test_a_broken_draft_with_an_ampersand_is_still_a_draft_left_out(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "tide.txt").write_text("Tide gauge text.\n", encoding="utf-8")
    (tmp_path / "sources" / "kiln.txt").write_text("Kiln text.\n", encoding="utf-8")
    (tmp_path / "releases" / "tide.yaml").write_text(
        "source:\n  id: tide-gauge-report\n  title: Tide gauge report\n  publisher: Harbour Wire\n"
        "  date: 2023-02-01\n  dateline: {city: Sella, country: Portugal}\n"
        "  text: ../sources/tide.txt\n"
        "entities:\n- id: sella-harbour-board\n  name: Sella Harbour Board\n"
        "  kind: organization\n  summary: The board of Sella's harbour.\n",
        encoding="utf-8",
    )
    # A quote left open mid-review, in a draft whose title holds "R&D".
    (tmp_path / "releases" / "kiln.yaml").write_text(
        "source:\n  id: kiln-draft\n  title: Brick kiln R&D unit opens\n  publisher: Harbour Wire\n"
        "  date: 2023-03-01\n  dateline: {city: Sella, country: Portugal}\n"
        "  text: ../sources/kiln.txt\n  reviewed: false\n"
        'entities:\n- id: kiln-unit\n  name: "Kiln R&D Unit\n  kind: organization\n'
        "  summary: A unit.\n",
        encoding="utf-8",
    )
    kb = load_knowledge(tmp_path)
    assert list(kb.sources) == ["tide-gauge-report"]


def test_the_quick_look_is_the_rule_it_states() -> None:
    # The rule as a regular expression: an & or * that no ASCII letter or digit
    # precedes and a character other than whitespace follows.
    rule = re.compile(r"(?<![0-9A-Za-z])[&*](?=\S)")
    alphabet = ["&", "*", " ", "\t", "\n", "\u00a0", "a", "Z", "7", "é", "[", ",", ":", "-", "!"]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 7)))
        assert yamlfile._may_start_anchor(text) == bool(rule.search(text)), repr(text)
