"""Feedback keys and counts (``bot.ops.feedback``, the votes in ``bot.ops.gaps``)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.engine.answer import Answer, Page, Status
from bot.ops.feedback import answer_key
from bot.ops.gaps import DAY_SECONDS, GapStore


def answered(command: str, text: str = "A text.", entities: tuple[str, ...] = ()) -> Answer:
    return Answer(Status.ANSWERED, text, entities=entities, command=command)


def test_keys_name_the_question_and_the_answer() -> None:
    what = answer_key("what ewtp", answered("what", entities=("ewtp",)))
    assert what is not None and (what.question, what.answer) == ("what ewtp", "what: ewtp")
    assert len(what.key) == 16 and int(what.key, 16) >= 0
    # Same answer, another question; same question, another answer: other keys.
    assert answer_key("what is ewtp", answered("what", entities=("ewtp",))).key != what.key  # type: ignore[union-attr]
    assert answer_key("what ewtp", answered("what", entities=("unido",))).key != what.key  # type: ignore[union-attr]
    # Free questions are told apart by their text, pages by their number.
    one = answer_key("when did they meet", answered("question", "In 2018.", ("jack-ma",)))
    two = answer_key("when did they meet", answered("question", "In 2019.", ("jack-ma",)))
    assert one and two and one.answer.startswith("question: #") and one.key != two.key
    paged = Answer(Status.ANSWERED, "q", entities=("jack-ma",), command="quote",
                   page=Page(2, 3, "!quote Jack MA"))  # fmt: skip
    assert answer_key("quote jack ma 2", paged).answer == "quote: jack-ma (page 2)"  # type: ignore[union-attr]


def test_no_key_for_lists_help_gaps_or_personal_data_only() -> None:
    assert answer_key("sources", answered("sources")) is None
    assert answer_key("help", answered("help")) is None
    assert answer_key("what x", Answer(Status.NOT_FOUND, "no", command="what")) is None
    assert answer_key("12345678901", answered("question")) is None
    scrubbed = answer_key("who is a.b@example.com", answered("who", entities=("x",)))
    assert scrubbed is not None and "example" not in scrubbed.question


async def test_most_down_voted_per_guild_and_window(tmp_path: Path) -> None:
    now = 1_000 * DAY_SECONDS
    store = GapStore(tmp_path / "gaps.sqlite3", prune_interval=0, clock=lambda: now)
    store.start()
    for key, question in (("a" * 16, "what a"), ("b" * 16, "what b"), ("c" * 16, "what c")):
        assert store.seen(key, question, question.replace(" ", ": "))
    for key, vote in [("a" * 16, -1), ("b" * 16, -1), ("b" * 16, -1), ("a" * 16, 1)]:
        assert store.vote(key, vote, guild_id=1)
    store.vote("c" * 16, -1, guild_id=2)  # another server
    store.vote("c" * 16, -1, guild_id=1, at=now - 40 * DAY_SECONDS)  # outside 30 days
    assert not store.vote("a" * 16, -1, guild_id=None)  # direct messages: not kept
    page = await store.page(guild_id=1, days=30)
    assert [(r.question, r.down, r.up) for r in page.downvoted] == [
        ("what b", 2, 0),
        ("what a", 1, 1),
    ]
    assert page.rows == ()  # votes are not unanswered questions
    await asyncio.to_thread(store.close)


def test_a_full_gaps_page_with_votes_fits_one_message() -> None:
    from datetime import UTC, datetime

    from bot.discord.cogs.moderation import gaps_text
    from bot.ops.gaps import GapPage, GapRow, VoteRow

    long = "what " + " ".join(["partnership*_"] * 30)  # escaping makes it longer still
    rows = tuple(
        GapRow(f"{i} {long}", 10 - i, datetime(2026, 1, 1, tzinfo=UTC), ("not_found",))
        for i in range(10)
    )
    voted = tuple(VoteRow(f"v{i} {long}", f"question: #{i:08x}", 5 - i, i) for i in range(3))
    text = gaps_text(GapPage(rows, 1, 2, 20, 55, 30, voted), "!")
    assert len(text) <= 2000
    assert all(f"\n{i + 1}. **" in text for i in range(10))
    assert all(f"👎 {5 - i} · 👍 {i} — v{i}" in text for i in range(3))
    assert text.endswith("`!gaps <days> <page>`.")
