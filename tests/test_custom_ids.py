"""Custom ids of the persistent components fit Discord's 100 characters, are unique
within a message, and an argument that does not fit disables its page buttons."""

from __future__ import annotations

from bot.discord.views import CUSTOM_ID_CHARS, DYNAMIC_ITEMS, answer_view, owns_click, pager
from bot.engine.answer import Answer, Choice, Page, Status
from bot.engine.request import Request, entity_ref

OWNER = 10**20 - 1  # the longest snowflake (20 digits)
LONGEST_REF = entity_ref("a" * 120)  # ids may have 120 characters


def _custom_ids(view: object) -> list[str]:
    return [item.custom_id for item in view.children]  # type: ignore[attr-defined]


def test_the_longest_custom_ids_fit() -> None:
    choices = tuple(
        Choice(
            f"thing {i}",
            f"!quote thing {i}",
            Request("quote", entity_id=entity_ref("b" * 40 + str(i) * 80)),
        )
        for i in range(5)
    )
    page = Page(3, 999_999, "!quote x", Request("quote", entity_id=LONGEST_REF))
    answer = Answer(status=Status.AMBIGUOUS, text="?", choices=choices, page=page)
    view = answer_view(answer, owner_id=OWNER)
    assert view is not None
    ids = _custom_ids(view)
    assert len(ids) == len(set(ids)) == 5 + 3 + 1
    assert all(len(i) <= CUSTOM_ID_CHARS for i in ids)
    assert sum(owns_click(i) for i in ids) == 5 + 2 + 1  # the "3/999999" label is not ours


def test_an_argument_that_does_not_fit_disables_the_pager() -> None:
    items = pager("quote", "not a reference: spaces and CAPS", 2, 3, OWNER)
    ids = [item.custom_id for item in items]  # type: ignore[attr-defined]
    assert len(set(ids)) == 3 and all(len(i) <= CUSTOM_ID_CHARS for i in ids)
    assert all(getattr(item, "item", item).disabled for item in items)


def test_every_template_is_anchored_and_distinct() -> None:
    patterns = [cls.__discord_ui_compiled_template__.pattern for cls in DYNAMIC_ITEMS]
    assert len(set(patterns)) == len(patterns)
    assert all(p.startswith("pb:") for p in patterns)
    assert not owns_click("pb:pick:1:quote:Jack MA")  # display text is never a reference
