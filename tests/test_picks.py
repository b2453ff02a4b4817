"""Picking one of several (issue 15, points 6-8): every choice resolves exactly.

Buttons, menu options and autocomplete values carry an entity reference that the
engine resolves to one entity, never a display name that may be ambiguous again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import limits
from bot.engine.answer import Status
from bot.engine.engine import AMBIGUOUS_LISTED, Engine
from bot.engine.labels import LabelSource, distinct_labels, fit
from bot.engine.request import (
    ENTITY_REF_CHARS,
    Request,
    entity_ref,
    option_value,
    ref_in_option,
)
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

ZHANGS = """\
entities:
  - id: zhang-wei-unido
    name: ZHANG Wei
    kind: person
    summary: Zhang Wei of UNIDO, made up for the namesake test.
    aliases: [Wei Zhang]
    shared_aliases: [Zhang Wei, Wei Zhang]
  - id: zhang-wei-alibaba
    name: Zhang Wei
    kind: person
    summary: Zhang Wei of Alibaba, another made-up namesake.
    aliases: [Wei Zhang]
    shared_aliases: [Zhang Wei, Wei Zhang]
"""

# 159 characters each, the same first 100 (issue 15, point 7).
STEM = (
    "Memorandum of Understanding between the Example Industrial Development Organization "
    "and the Example Commerce Group"
)[:100]
LONG_A = STEM + " on Digital Trade Capacity Building in Africa, 2018 to 2020 ok"[:59].ljust(59, ".")
LONG_B = STEM + " on Digital Trade Capacity Building in Asia, 2018 to 2020 okay"[:59].ljust(59, ".")
LONG_ID = "mou-" + "x" * (ENTITY_REF_CHARS + 30)


def _entity(entity_id: str, name: str, summary: str, aliases: list[str] = ()) -> str:  # type: ignore[assignment]
    lines = [
        f"  - id: {entity_id}",
        f"    name: {name}",
        "    kind: agreement" if "mou" in entity_id else "    kind: person",
        f"    summary: {summary}",
    ]
    if aliases:
        lines.append(f"    aliases: [{', '.join(aliases)}]")
        lines.append(f"    shared_aliases: [{', '.join(aliases)}]")
    return "\n".join(lines) + "\n"


def _engine(knowledge: Path, *extra: str) -> Engine:
    for i, text in enumerate(extra):
        (knowledge / "releases" / f"zz-extra-{i}.yaml").write_text(text, encoding="utf-8")
    return Engine(Index(load_knowledge(knowledge)))


@pytest.fixture
def zhangs(knowledge_copy: Path) -> Engine:
    return _engine(knowledge_copy, ZHANGS)


def test_namesakes_are_picked_exactly(zhangs: Engine) -> None:
    answer = zhangs.handle("!who Wei Zhang")
    assert answer.status is Status.AMBIGUOUS
    assert len(answer.choices) == 2
    picked = set()
    for choice in answer.choices:
        assert choice.request is not None and choice.request.entity_id
        result = zhangs.run(choice.request)
        assert result.status is Status.ANSWERED, result.text
        picked.add(result.entities)
    assert picked == {("zhang-wei-unido",), ("zhang-wei-alibaba",)}
    # A click rebuilds the request from its custom id: the reference alone is enough.
    for choice in answer.choices:
        assert choice.request is not None
        bare = Request("who", entity_id=choice.request.entity_id)
        assert zhangs.run(bare).status is Status.ANSWERED


def test_namesake_autocomplete_is_distinct_and_exact(zhangs: Engine) -> None:
    choices = [c for c in zhangs.complete("who", "zhang w") if "zhang" in c.label.casefold()]
    assert len(choices) == 2
    labels = [c.label.casefold() for c in choices]
    assert len(set(labels)) == 2, labels  # not "ZHANG Wei" and "Zhang Wei"
    found = set()
    for choice in choices:
        assert choice.request is not None
        value = option_value(choice.request.entity_id)
        # The value arrives as the slash option's text: the engine reads it exactly.
        result = zhangs.run(Request("who", value))
        assert result.status is Status.ANSWERED
        found.add(result.entities)
    assert found == {("zhang-wei-unido",), ("zhang-wei-alibaba",)}


def test_typed_names_still_work(zhangs: Engine) -> None:
    assert zhangs.run(Request("who", "ZHANG Wei")).status is not Status.NOT_FOUND
    assert zhangs.run(Request("what", "eWTP")).status is Status.ANSWERED
    # Text that only looks like a reference falls back to a normal lookup.
    assert zhangs.run(Request("what", "id:nothing-here")).status is Status.NOT_FOUND


def test_long_names_give_distinct_choices(knowledge_copy: Path) -> None:
    assert len(LONG_A) == len(LONG_B) == 159 and LONG_A[:100] == LONG_B[:100]
    engine = _engine(
        knowledge_copy,
        "entities:\n"
        + _entity("mou-africa", LONG_A, "The Africa memorandum.")
        + _entity(LONG_ID, LONG_B, "The Asia memorandum."),
    )
    choices = engine.complete("what", "memorandum of understanding example")
    mine = [c for c in choices if c.label.startswith("Memorandum")]
    assert len(mine) == 2
    assert all(len(c.label) <= limits.AUTOCOMPLETE_CHOICE_CHARS for c in mine)
    assert mine[0].label != mine[1].label
    assert {"Africa" in c.label for c in mine} == {True, False}
    values = []
    for choice in mine:
        assert choice.request is not None
        value = option_value(choice.request.entity_id)
        assert len(value) <= limits.AUTOCOMPLETE_CHOICE_CHARS
        values.append(value)
        result = engine.run(Request("what", value))
        assert result.status is Status.ANSWERED
        assert ("Africa" in result.text) == ("Africa" in choice.label)
    # The id longer than a custom id allows travels as a short hashed reference.
    assert entity_ref(LONG_ID) != LONG_ID and len(entity_ref(LONG_ID)) <= ENTITY_REF_CHARS
    assert engine.entity_for_ref(entity_ref(LONG_ID)) == LONG_ID
    assert ref_in_option(option_value(entity_ref(LONG_ID))) == entity_ref(LONG_ID)


def test_ambiguous_answers_offer_up_to_25(knowledge_copy: Path) -> None:
    people = "".join(
        _entity(f"person-{i:02d}", f"Person Number{i:02d} Lee", "Made up.", ["PLX"])
        for i in range(30)
    )
    engine = _engine(knowledge_copy, "entities:\n" + people)
    answer = engine.handle("!who PLX")
    assert answer.status is Status.AMBIGUOUS
    assert len(answer.choices) == limits.SELECT_OPTIONS
    assert len({c.label for c in answer.choices}) == limits.SELECT_OPTIONS
    sixth = answer.choices[5].request
    assert sixth is not None and engine.run(sixth).status is Status.ANSWERED
    text = render_text(answer)
    assert text.count("• ") == AMBIGUOUS_LISTED
    assert "and 15 more" in text


def test_a_removed_entity_gets_a_friendly_answer(zhangs: Engine) -> None:
    answer = zhangs.run(Request("who", entity_id="gone-since-reload"))
    assert answer.status is Status.NOT_FOUND
    assert "no longer" in answer.text


def test_quote_pages_carry_an_exact_request(zhangs: Engine) -> None:
    answer = zhangs.handle("!quote LI Yong")
    assert answer.page is not None and answer.page.request is not None
    following = zhangs.run(Request("quote", entity_id=answer.page.request.entity_id, page=2))
    assert following.page is not None and following.page.number == 2


@pytest.mark.parametrize("keep", [0, 50, 98, 99, 120, 158])
def test_fit_keeps_the_distinguishing_part(keep: int) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(159))
    cut = fit(text, 100, keep=keep)
    assert len(cut) <= 100
    assert text[max(0, keep - 3) : keep + 1] in cut


def test_identical_texts_get_details() -> None:
    labels = distinct_labels(
        [LabelSource("Same", ("person", "a")), LabelSource("Same", ("person", "b"))], 100
    )
    assert len(set(labels)) == 2 and all(len(x) <= 100 for x in labels)
