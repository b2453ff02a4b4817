"""Discord rendering stays inside every Discord limit, whatever the answer holds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import limits
from bot.discord.render import render_embed, render_plain
from bot.discord.views import answer_view
from bot.engine.answer import Answer, Choice, Citation, Page, Status
from bot.engine.request import Request

CITATION = Citation("s", "A title", "PR Newswire", "Hangzhou, China", dt.date(2018, 4, 21))


def check_embed(answer: Answer) -> None:
    embed = render_embed(answer)
    assert len(embed) <= limits.EMBED_TOTAL_CHARS
    assert len(embed.title or "") <= limits.EMBED_TITLE_CHARS
    assert len(embed.description or "") <= limits.EMBED_DESCRIPTION_CHARS
    assert all(len(f.value or "") <= limits.EMBED_FIELD_VALUE_CHARS for f in embed.fields)
    assert len(embed.footer.text or "") <= limits.EMBED_FOOTER_CHARS
    assert len(render_plain(answer)) <= limits.MESSAGE_CHARS


def test_huge_answer_fits() -> None:
    answer = Answer(
        status=Status.ANSWERED,
        text="word " * 5000,
        title="T" * 1000,
        speaker="S" * 3000,
        role="R" * 3000,
        citations=(CITATION,) * 60,
        page=Page(3, 9, "!quote x"),
    )
    check_embed(answer)
    embed = render_embed(answer)
    assert embed.footer.text is not None and embed.footer.text.startswith("Sources: PR Newswire")


def test_footer_names_the_source_and_page() -> None:
    answer = Answer(
        status=Status.ANSWERED, text="t", citations=(CITATION,), page=Page(1, 2, "!quote x")
    )
    footer = render_embed(answer).footer.text
    assert footer == "Source: PR Newswire, Hangzhou, China, 2018-04-21 · Page 1/2"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1, max_size=7000),
    title=st.none() | st.text(max_size=400),
    speaker=st.none() | st.text(max_size=1500),
    role=st.none() | st.text(max_size=1500),
    citations=st.integers(0, 30),
)
def test_any_answer_fits(
    text: str, title: str | None, speaker: str | None, role: str | None, citations: int
) -> None:
    answer = Answer(
        status=Status.ANSWERED,
        text=text,
        title=title,
        speaker=speaker,
        role=role,
        citations=(CITATION,) * citations,
    )
    check_embed(answer)


async def test_many_choices_become_a_select_menu() -> None:
    choices = tuple(
        Choice("x" * 150 + str(i), f"!what thing {i}", Request("what", entity_id=f"thing-{i}"))
        for i in range(30)
    )
    answer = Answer(status=Status.AMBIGUOUS, text="which?", choices=choices)
    view = answer_view(answer, owner_id=1, removable=False)
    assert view is not None
    [select] = view.children
    options = select.item.options  # type: ignore[attr-defined]
    assert len(options) == limits.SELECT_OPTIONS
    assert all(len(o.label) <= limits.SELECT_LABEL_CHARS for o in options)
    assert [o.value for o in options] == [f"thing-{i}" for i in range(25)]


async def test_few_choices_become_buttons_with_short_labels() -> None:
    choices = tuple(
        Choice("y" * 120, f"!what thing {i}", Request("what", entity_id=f"thing-{i}"))
        for i in range(3)
    )
    answer = Answer(status=Status.NOT_FOUND, text="did you mean?", choices=choices)
    view = answer_view(answer, owner_id=1, removable=False)
    assert view is not None
    labels = [b.item.label or "" for b in view.children]  # type: ignore[attr-defined]
    assert len(labels) == 3 and all(len(label) <= limits.BUTTON_LABEL_CHARS for label in labels)
    assert all(len(b.custom_id) <= 100 for b in view.children)  # type: ignore[attr-defined]
