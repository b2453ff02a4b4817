"""Slash commands and autocomplete through INTERACTION_CREATE and the callback route."""

from __future__ import annotations

from bot.discord.app import PartnerBot
from bot.engine.request import option_value
from tests.e2e.helpers import message_data, text_of
from tests.fakediscord import FakeDiscord


async def test_slash_quote(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "Jack MA"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE: answered, not deferred
    assert "global buy, global sell" in text_of(rec)
    data = message_data(rec)
    assert data["embeds"][0]["footer"]["text"] == "Source: PR Newswire, Hangzhou, China, 2018-04-21"
    assert data["allowed_mentions"]["parse"] == []
    # Nothing went to the channel instead (what an expired interaction would cause).
    assert not [r for r in fake.requests[mark:] if r.path.startswith("/channels/")]


async def test_slash_what(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "eWTP"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["type"] == 4
    embed = message_data(rec)["embeds"][0]
    assert embed["title"] == "Electronic World Trade Platform (eWTP)"
    assert "multi-stakeholder initiative" in embed["description"]


async def test_autocomplete_ranked_and_limited(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "uni"}, focused="term")
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = rec.body["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    # Ranked like the engine, which puts the name that starts with the text first.
    expected = bot.service.engine.complete("what", "uni")
    assert choices == [
        {"name": c.label, "value": option_value(c.request.entity_id)}
        for c in expected
        if c.request is not None
    ]
    # The value names the entity exactly, and the command answers about it.
    assert choices[0]["name"].startswith("United Nations Industrial Development Organization")
    assert choices[0]["value"] == "id:unido"
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": choices[0]["value"]})
    rec = await fake.wait_callback(interaction, since=mark)
    assert "United Nations Industrial Development Organization" in text_of(rec)


async def test_autocomplete_quote_only_speakers(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "ja"}, focused="speaker")
    rec = await fake.wait_callback(interaction, since=mark)
    names = [c["name"] for c in rec.body["data"]["choices"]]
    assert names[0] == "Jack MA"


async def test_autocomplete_empty_text_lists_entries(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": ""}, focused="term")
    rec = await fake.wait_callback(interaction, since=mark)
    choices = rec.body["data"]["choices"]
    # The bundled knowledge base has 25 entities or more: the cap is what holds it.
    assert len(choices) == min(25, bot.service.counts()["entities"])
