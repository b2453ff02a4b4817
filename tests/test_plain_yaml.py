"""bot.kb.plainyaml reads the plain layout exactly as the full YAML loader does, and
leaves everything else to it (returns None)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from bot.kb.plainyaml import plain_document
from bot.kb.yamlfile import SafeLoader


def _full(text: str) -> tuple[Any, list[object]]:
    """The full loader's document and problems; raises what it raises."""
    loader = SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
        return data, list(loader.problems) if root is not None else []
    finally:
        loader.dispose()


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types and the same key order throughout."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return bool(a == b)


def _agrees(text: str) -> Any:
    """plain_document's answer, checked against the full loader's when it gives one."""
    fast = plain_document(text)
    if fast is not None:
        data, problems = _full(text)
        assert not problems, text
        assert _same(fast, data), (text, fast, data)
    return fast


# An invented release in the layout ``partnerbot ingest`` writes (indentless lists, a
# folded long line, quoted values) with the value shapes YAML reads as other than text.
_WIKI_RELEASE = """\
source:
  id: 2031-02-03-tidewater-kelp-pact
  title: Tidewater Council and Kelpworks sign a kelp restoration pact
  publisher: Coastal Wire
  date: 2031-02-03
  dateline:
    city: Port Ansel
    country: Norway
  text: ../sources/2031-02-03-tidewater-kelp-pact.txt
  reviewed: true
entities:
- id: tidewater-council
  name: Tidewater Council
  kind: organization
  summary: A regional council that manages the coast between Port Ansel and the fjords,
    and its fisheries.
  aliases:
  - TWC
  - 'Tidewater Council: Coast'
  shared_aliases: []
- id: ines-oyelaran
  name: Inès Øyelaran
  kind: person
  summary: "Chair of the Tidewater Council"
roles:
- entity: ines-oyelaran
  title: Chair
  organization: tidewater-council
  ended:
quotes:
- id: q1
  speaker: ines-oyelaran
  text: 'Kelp is the coast''s forest, and it is coming back.'
  about:
  - tidewater-council
facts:
- id: f1
  text: The pact covers 12 bays.
  date: '2031'
  about: [tidewater-council]
"""


def test_a_release_in_the_plain_layout_reads_as_the_full_loader_reads_it() -> None:
    # (The flow list on the last line is the one thing left to the full loader.)
    assert plain_document(_WIKI_RELEASE) is None
    text = _WIKI_RELEASE.replace("about: [tidewater-council]", "about:\n  - tidewater-council")
    data = _agrees(text)
    assert data is not None
    assert data["source"]["date"] == dt.date(2031, 2, 3)
    assert data["source"]["reviewed"] is True
    assert data["entities"][0]["summary"].endswith("the fjords, and its fisheries.")
    assert data["entities"][0]["aliases"] == ["TWC", "Tidewater Council: Coast"]
    assert data["entities"][0]["shared_aliases"] == []
    assert data["roles"][0]["ended"] is None
    assert data["quotes"][0]["text"] == "Kelp is the coast's forest, and it is coming back."
    assert data["facts"][0]["date"] == "2031"


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "No",
        "off",
        "null",
        "~",
        "12",
        "0x1F",
        "1_000",
        "12:30",
        "1.5e+3",
        ".inf",
        "2020-01-01",
        "2020-1-1 10:00:00",
        "2020-02-30",
        "<<",
        "=",
        "Yes please",
        "2020-01",
        "+44 20",
        "-5",
        "a: b",
        "x #y",
        "end:",
        "C#",
        "http://x.test/a:b",
        "[a, b]",
        "{a: b}",
        "&anchor x",
        "!!str 5",
        "|",
        ">-",
        "'it''s'",
        "'open",
        '"quoted"',
        '"esc\\n"',
        "it's",
        "50%",
        "@home",
        "`tick`",
        "?",
        "Dr. Appiah",
        "阿里巴巴",
        "tab\there",
    ],
)
def test_every_kind_of_value_reads_as_the_full_loader_reads_it(value: str) -> None:
    for text in (
        f"source:\n  title: {value}\n  id: x\n",
        f"entities:\n- {value}\n- id: y\n",
        f"key: {value}\n",
    ):
        try:
            _full(text)
        except Exception:
            # Not YAML at all: never read as plain either.
            assert plain_document(text) is None, text
            continue
        _agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a duplicate key
        "a:\n  b: 1\n c: 2\n",  # indented unlike every open block
        "a:\n- 1\n  - 2\n",
        "a:\n  - 1\n  b: 2\n",
        "- 1\n- 2\n",  # a list, not a mapping
        "a: b\n  c: d\n",
        "a: b\n\n  c\n",  # a value going on after a blank line
        "a: b\n# note\n  c\n",
        "a: b \n",  # a trailing space
        "a:\tb\n",
        "a: b\r\n",
        "\ufeffa: b\n",
        "yes: b\n",
        "--- \na: b\n",
        "a: b\n...\n",
        "a: b # note\n",
        "",
        "# only a comment\n",
    ],
)
def test_what_is_not_the_plain_layout_is_left_to_the_full_loader(text: str) -> None:
    assert plain_document(text) is None


def test_continuation_lines_and_comments_read_as_yaml_reads_them() -> None:
    text = (
        "# a release\n"
        "facts:\n"
        "  # the first\n"
        "  - id: f1\n"
        "    text: The pact\n"
        "      covers twelve bays\n"
        "      of the coast.\n"
        "    about:\n"
        "    - a\n"
        "    - b\n"
        "\n"
        "  - id: f2\n"
        "    text: Short.\n"
        "top: 2031-02-03\n"
    )
    data = _agrees(text)
    assert data is not None
    assert data["facts"][0]["text"] == "The pact covers twelve bays of the coast."
    assert data["facts"][0]["about"] == ["a", "b"]
    assert data["top"] == dt.date(2031, 2, 3)


# Pieces of lines for random documents: keys, values (text, other scalars, indicators,
# quoted), and the spacing and prefixes that change what YAML reads.
_KEYS = ["id", "name", "text", "on", "about", "n", "no", "x_1", "Title", "y"]
_VALUES = [
    "plain words",
    "Omar Appiah",
    "2011-12-06",
    "2010-04",
    "42",
    "true",
    "null",
    "~",
    "'quoted, it''s'",
    "'a: b'",
    '"double"',
    "a: b",
    "x #y",
    "C# and F#",
    "ends:",
    "[]",
    "{}",
    "[a]",
    "- x",
    "-x",
    "#c",
    "<<",
    "=",
    "ünïcode 名字",
    "12:30",
    "1e3",
    ".5",
    "*star",
    "&amp",
    "!tag v",
    "%p",
]


def _random_document(rng: random.Random) -> str:
    lines: list[str] = []

    def block(indent: int, depth: int) -> None:
        as_list = rng.random() < 0.4 and depth > 0
        for _ in range(rng.randint(1, 4)):
            pad = " " * indent
            if as_list:
                if rng.random() < 0.5:
                    lines.append(f"{pad}- {rng.choice(_VALUES)}")
                else:
                    lines.append(f"{pad}- {rng.choice(_KEYS)}: {rng.choice(_VALUES)}")
                    for _ in range(rng.randint(0, 2)):
                        lines.append(f"{pad}  {rng.choice(_KEYS)}: {rng.choice(_VALUES)}")
            else:
                key = rng.choice(_KEYS)
                roll = rng.random()
                if depth < 3 and roll < 0.3:
                    lines.append(f"{pad}{key}:")
                    block(indent + rng.choice((0, 1, 2, 4)), depth + 1)
                elif roll < 0.35:
                    lines.append(f"{pad}{key}:")
                else:
                    lines.append(f"{pad}{key}: {rng.choice(_VALUES)}")
            roll = rng.random()
            if roll < 0.08:
                lines.append(" " * (indent + rng.randint(1, 4)) + rng.choice(_VALUES))
            elif roll < 0.12:
                lines.append(rng.choice(("", "# c", "   # c", "  ")))

    block(0, 0)
    return "\n".join(lines) + rng.choice(("\n", ""))


def _mutated(text: str, rng: random.Random) -> str:
    """One small random edit: a character inserted, removed or changed."""
    position = rng.randrange(len(text) + 1)
    roll = rng.random()
    char = rng.choice(" -:#'\"\n\tab1[]&*!?|>")
    if roll < 0.4:
        return text[:position] + char + text[position:]
    if roll < 0.7:
        return text[:position] + text[position + 1 :]
    return text[:position] + char + text[position + 1 :]


def test_random_documents_read_as_the_full_loader_reads_them() -> None:
    rng = random.Random(1414)
    read_plain = 0
    for _ in range(3000):
        text = _random_document(rng)
        if rng.random() < 0.5:
            text = _mutated(text, rng)
        try:
            data, problems = _full(text)
        except Exception:
            assert plain_document(text) is None, text
            continue
        fast = plain_document(text)
        if fast is None:
            continue
        read_plain += 1
        assert not problems, text
        assert _same(fast, data), (text, fast, data)
    # The comparison means something only if many documents were read the plain way.
    assert read_plain > 200
