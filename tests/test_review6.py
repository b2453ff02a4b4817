"""Fixes from the review of session 6's merged work, each on the five-release fixture."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_a_bare_title_is_not_someone_elses_post(five: Engine) -> None:
    # "chair" names no organisation, and Okafor chairs the Academy's board: never a No
    # that hands her the title of a chair elsewhere.
    reply = render_text(five.handle("did Amara Okafor get made a chair?"))
    assert "**No" not in reply, reply
    assert "AZIZ" not in reply.upper(), reply


async def test_a_failed_moderator_post_never_raises() -> None:
    # At start the post runs before the gateway connects: a dropped connection there
    # must be logged, not stop the bot.
    from typing import Any, cast

    import discord

    from bot.discord.ops_hooks import post_to_mod_log

    class Channel:
        async def send(self, *args: object, **kwargs: object) -> None:
            raise ConnectionResetError("connection reset by peer")

    class Client:
        def get_partial_messageable(self, channel_id: int) -> Channel:
            return Channel()

    await post_to_mod_log(cast(discord.Client, cast(Any, Client())), 123, "text", "a test post")


def test_an_age_counts_from_the_launch_date_a_sentence_gives_as_its_object(five: Engine) -> None:
    # "The Alliance, UNIDO and Alibaba launched the Digital Export Academy on November 12,
    # 2019": the full date, so the anniversary is checked (4 years by May 2024, not 5).
    reply = render_text(five.handle("how old was the Academy when the eWTP extension was agreed?"))
    assert "4 years" in reply and "5 years" not in reply, reply


def test_a_release_in_one_endless_paragraph_still_gives_a_draft() -> None:
    # A PDF copy without paragraph breaks or full stops: one 21,000-character paragraph.
    # It is read in bounded pieces: a draft whose every fact fits the knowledge model.
    from bot.ingest import build_draft
    from bot.ingest.text import MAX_PARAGRAPH_CHARS

    run = " ".join(["Orrin Harbour Council Director Jane Doe of the Velmont Ferry Fund"] * 320)
    draft = build_draft(f"Orrin and Velmont sign\n\nVELMONT, March 3, 2025 -- {run} said.\n")
    facts = draft.data()["facts"]
    assert facts
    assert all(len(f["text"]) <= MAX_PARAGRAPH_CHARS for f in facts)
