"""Questions asked by mentioning the bot, with and without the message-content intent."""

from __future__ import annotations

import asyncio

from bot.discord.app import PartnerBot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord
from tests.fakediscord.server import MESSAGE_CONTENT_INTENT


async def test_mention_question(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    text = text_of(rec)
    assert "April 21, 2018" in text
    assert "PR Newswire, Hangzhou, China, 2018-04-21" in text
    assert rec.body["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_mention_of_the_bots_role(fake: FakeDiscord, bot: PartnerBot) -> None:
    # Some clients turn "@partnerbot" into a mention of the bot's managed role.
    mark = fake.mark()
    await fake.send_message(f"<@&{fake.bot_role_id}> where did they meet?")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "Hangzhou" in text_of(rec)


async def test_mention_without_message_content_intent(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot(message_content_intent=False)
    assert not fake.identifies[-1]["intents"] & MESSAGE_CONTENT_INTENT
    mark = fake.mark()
    # Without the intent the fake blanks this one, like Discord: prefix commands go quiet…
    await fake.send_message("!quote Jack MA")
    # …but a mention still carries its content, so the question is answered.
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "April 21, 2018" in text_of(rec)
    await asyncio.sleep(0.1)
    posts = [r for r in fake.requests[mark:] if r.method == "POST"]
    assert len(posts) == 1


async def test_slash_works_without_message_content_intent(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot(message_content_intent=False)
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "Jack MA"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert "global buy" in text_of(rec)


async def test_bare_mention_gets_help(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    await fake.send_message(f"<@{fake.bot_user.id}>")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "!quote" in text_of(rec)


async def test_ignores_bots_and_plain_chatter(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    await fake.send_message("!quote Jack MA", author=fake.other_bot)
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?", author=fake.other_bot)
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?", author=fake.bot_user)
    await fake.send_message("when did they meet?")  # not addressed to the bot
    await fake.send_message("!unknowncommand")  # another bot's command, perhaps
    await asyncio.sleep(0.2)
    assert [r.route for r in fake.requests[mark:]] == []


async def test_reply_to_the_bot_is_not_a_question(fake: FakeDiscord, bot: PartnerBot) -> None:
    """A reply with ping lists the bot in ``mentions`` without "<@id>" in the text:
    "thanks!" under an answer gets no answer, spends no cooldown, records no gap."""
    mark = fake.mark()
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?")
    await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    answer = fake.messages[max(fake.messages)]
    assert int(answer["author"]["id"]) == fake.bot_user.id
    await asyncio.sleep(0.1)  # the answer is counted once its send returns
    answered = sum(bot.ops.by_status.values())

    mark = fake.mark()
    sent = await fake.send_message("thanks!", reply_to=answer)
    assert [m["id"] for m in sent["mentions"]] == [str(fake.bot_user.id)]
    await asyncio.sleep(0.3)
    assert fake.sent_since(mark) == []
    assert sum(bot.ops.by_status.values()) == answered
    # A reply that does mention the bot in its text is a question.
    await fake.send_message(f"<@{fake.bot_user.id}> where did they meet?", reply_to=answer)
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "Hangzhou" in text_of(rec)
