"""Property: generated mutations of a knowledge file (values YAML cannot build, explicit
tags, duplicate keys at random depths) never crash ``partnerbot check``, and each one is
reported on its own line (issue 15, tests for points 1 and 2)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import tempfile
from pathlib import Path
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli.main import main
from tests.test_loader import GOOD, write_kb

LINES = GOOD.splitlines()
# "key: value" lines, optionally a list item's first key.
_KEYED = re.compile(r"^(?P<indent>\s*)(?P<dash>- )?(?P<key>[a-z_]+):(?P<value>.*)$")
KEY_LINES = [i for i, line in enumerate(LINES) if _KEYED.match(line)]
SCALAR_LINES = [
    i
    for i in KEY_LINES
    if (value := _KEYED.match(LINES[i])["value"].strip()) and value[0] not in "[{"  # type: ignore[index]
]


def _impossible_date(year: int, month_day: tuple[int, int], time: str) -> str:
    month, day = month_day
    return f"{year:04d}-{month:02d}-{day:02d}{time}"


IMPOSSIBLE_DAYS = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
BAD_DATES = st.builds(
    _impossible_date,
    st.integers(1000, 9999),
    st.sampled_from(IMPOSSIBLE_DAYS),
    st.sampled_from(["", " 10:00:00", "T12:30:00Z"]),
) | st.builds(  # a real day at an impossible hour
    lambda day, hour: f"{day.isoformat()} {hour}:00:00",
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.integers(24, 99),
)
# Tagged values none of these tags can build; "!!null" builds anything, so it is not here.
TAGS = st.sampled_from(
    [
        "!!binary",
        "!!int",
        "!!float",
        "!!bool",
        "!!timestamp",
        "!!set",
        "!!omap",
        "!!pairs",
        "!!python/object/apply:os.system",
        "!!python/name:os.system",
        "!!python/str",
        "!custom",
        "!<tag:example.com,2000:thing>",
    ]
)
TAGGED = st.builds(
    lambda tag, word: f"{tag} x{word}", TAGS, st.from_regex(r"[a-z]{0,7}", fullmatch=True)
)
BAD_SCALARS = BAD_DATES | TAGGED


class Mutation(NamedTuple):
    line: int  # index in LINES
    duplicate: bool  # True: repeat the line's key; False: replace its value
    value: str


def mutate(mutations: list[Mutation]) -> tuple[str, list[int]]:
    """The mutated file, and the 1-based line each mutation's problem must be on."""
    out: list[str] = []
    expected: list[int] = []
    by_line = {m.line: m for m in mutations}
    for i, line in enumerate(LINES):
        m = by_line.get(i)
        match = _KEYED.match(line)
        if m is None or match is None:
            out.append(line)
            continue
        indent, dash, key = match["indent"], match["dash"] or "", match["key"]
        if m.duplicate:
            out.append(line)
            # The same key again in the same mapping (a list item's keys sit two
            # columns right of its dash).
            out.append(f"{indent}{'  ' if dash else ''}{key}: {m.value}")
        else:
            out.append(f"{indent}{dash}{key}: {m.value}")
        expected.append(len(out))
    return "\n".join(out) + "\n", expected


@st.composite
def mutations(draw: st.DrawFn) -> list[Mutation]:
    count = draw(st.integers(1, 3))
    lines = draw(st.lists(st.sampled_from(KEY_LINES), min_size=count, max_size=count, unique=True))
    result = []
    for line in lines:
        if line not in SCALAR_LINES:
            # A block's key ("source:", "entities:"): the repeat opens no block, so the
            # first one is empty and the block below belongs to the repeat.
            result.append(Mutation(line, True, ""))
            continue
        duplicate = draw(st.booleans())
        others = st.sampled_from(["again", "[]", "{}", ""]) | BAD_SCALARS
        value = draw(others if duplicate else BAD_SCALARS)
        result.append(Mutation(line, duplicate, value))
    return result


@settings(max_examples=60, deadline=None)
@given(changes=mutations())
def test_mutated_file_is_reported_line_by_line_never_a_crash(changes: list[Mutation]) -> None:
    text, expected_lines = mutate(changes)
    with tempfile.TemporaryDirectory() as tmp:
        root = write_kb(Path(tmp), "")
        (root / "releases" / "s1.yaml").write_text(text, encoding="utf-8")
        stderr, stdout = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            code = main(["check", "--knowledge", str(root)])
    report = stderr.getvalue()
    assert code == 1, (text, stdout.getvalue())
    reported = {int(n) for n in re.findall(r"^  releases/s1\.yaml:(\d+): ", report, re.M)}
    assert set(expected_lines) <= reported, (text, report)
    assert "Traceback" not in report


YAML_BITS = st.sampled_from(
    [
        *[":", ": ", "- ", "[", "]", "{", "}", ",", "!", "!!", "&a", "*a", "? ", "|", ">"],
        *["'", '"', "#", "%", "@", "`", "<<", "=", "~", "\n", "\n  ", "\t", "\x00", "\ufeff"],
        *["\u202e", "source", "entities", "id", "date", "2018-04-31", "1e999", ".nan", "0x"],
        *["yes", "é"],
    ]
)


@settings(max_examples=80, deadline=None)
@given(parts=st.lists(YAML_BITS | st.text(max_size=4), max_size=30))
def test_any_text_is_checked_without_a_crash(parts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_kb(Path(tmp), "")
        (root / "releases" / "s1.yaml").write_text(
            "".join(parts), encoding="utf-8", errors="replace"
        )
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
            code = main(["check", "--knowledge", str(root)])
    assert code in (0, 1)
    # One problem per line: no message carries a line break of its own.
    for line in stderr.getvalue().splitlines()[1:]:
        assert line.startswith("  releases/s1.yaml"), stderr.getvalue()
