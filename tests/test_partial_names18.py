"""A description made only of one name's words names that entity (``query._partial_name``):
"the Velmora water authority" is the Velmora Regional Water Authority, also on a base where
"water" and "authority" are words of many names; a word no name holds keeps the words a
description. Invented base; the reader is called directly, so each check can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.models import EntityKind
from tests.tmpkb import engine_of, source_line

# More names holding "water" and "authority" than the reader lets pick anyone out.
_MANY = 60
_ORG = frozenset({EntityKind.ORGANIZATION})


def _release() -> str:
    others = "".join(
        f"  - {{id: wa{i}, name: Town{chr(97 + i % 26)}{i} Water Authority, kind: organization,"
        f" summary: A water supplier.}}\n"
        for i in range(_MANY)
    )
    return (
        source_line(
            "2015-03-02-velmora-water", "Velmora water authority opens intake", "2015-03-02"
        )
        + """\
entities:
  - {id: river, name: Velmora River, kind: place, aliases: [the Velmora], summary: A river.}
  - {id: vrwa, name: Velmora Regional Water Authority, kind: organization, summary: A water supplier.}
  - {id: ada, name: Ada Quirke, kind: person, summary: Chief Executive of the Velmora Regional Water Authority.}
"""
        + others
        + """\
roles:
  - {entity: ada, title: Chief Executive, organization: vrwa}
facts:
  - id: vrwa-set-up
    about: [vrwa]
    date: 1994
    text: The Velmora Regional Water Authority was set up in 1994.
"""
    )


@pytest.fixture(scope="module")
def velmora(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("velmora")
    return engine_of(root, {"2015-03-02-velmora-water": _release()})


def _named(engine: Engine, words: str) -> str | None:
    split = words.split()
    return engine.questions.parser._partial_name(split, 0, len(split) - 1, _ORG)


def test_a_name_short_of_a_word_names_it_beside_common_words(velmora: Engine) -> None:
    assert _named(velmora, "the velmora water authority") == "vrwa"
    assert _named(velmora, "the velmora regional authority") == "vrwa"


def test_a_word_no_name_holds_keeps_a_description(velmora: Engine) -> None:
    assert _named(velmora, "the velmora harbour authority") is None


def test_common_words_alone_name_no_one(velmora: Engine) -> None:
    assert _named(velmora, "the water authority") is None
