"""Prefix commands, as typed in a channel, through the real client and the fake Discord."""

from __future__ import annotations

from bot.discord.app import PartnerBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord


async def test_quote_jack_ma(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    sent = await fake.send_message("!quote Jack MA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    text = text_of(rec)
    assert "global buy, global sell" in text
    embed = rec.body["embeds"][0]
    assert embed["title"].startswith("Jack MA")
    assert embed["fields"][0]["value"].startswith("Jack MA, Founder and Executive Chairman")
    assert embed["footer"]["text"] == "Source: PR Newswire, Hangzhou, China, 2018-04-21"
    # A reply to the asker, without pinging them or anyone else.
    assert str(rec.body["message_reference"]["message_id"]) == sent["id"]
    assert rec.body["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_what_ewtp(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    await fake.send_message("!what eWTP")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    embed = rec.body["embeds"][0]
    assert embed["title"] == "Electronic World Trade Platform (eWTP)"
    assert "private sector-led" in embed["description"]
    assert "PR Newswire" in embed["footer"]["text"]


async def test_other_prefix_commands_and_aliases(fake: FakeDiscord, bot: PartnerBot) -> None:
    cases = {
        "!who Li Yong": "Director General",
        "!sources": "1 release, newest first",
        "!help": "!quote <person or organisation>",
        "!q jack ma": "global buy",  # the engine's alias, and fuzzy case
        "!QUOTE Jack MA 1": "global buy",
    }
    for message, expected in cases.items():
        mark = fake.mark()
        await fake.send_message(message)
        rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
        assert expected in text_of(rec), message
