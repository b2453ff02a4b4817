"""Persistent components on the wire: picks, menus, pages, 🗑 and "Ask partnerbot".

Each test restarts the bot (a new client and service, the same fake Discord) between
the reply and the click: the click must still work, because the custom id carries
everything (issue 13 "Buttons"), and picks resolve to one entity exactly (issue 15,
points 6 and 8).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.discord.app import PartnerBot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data, text_of
from tests.fakediscord import FakeDiscord
from tests.fakediscord.server import (
    READ_MESSAGE_HISTORY,
    USE_APPLICATION_COMMANDS,
    VIEW_CHANNEL,
)

NAMESAKES = """\
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


def many_people(count: int) -> str:
    return "entities:\n" + "".join(
        f"  - id: person-{i:02d}\n"
        f"    name: Person Number{i:02d} Lee\n"
        "    kind: person\n"
        f"    summary: Made-up person number {i:02d}.\n"
        "    aliases: [PLX]\n"
        "    shared_aliases: [PLX]\n"
        for i in range(count)
    )


@pytest.fixture
def namesakes(knowledge_dir: Path) -> None:
    (knowledge_dir / "releases" / "zz-namesakes.yaml").write_text(NAMESAKES)


@pytest.fixture
def thirty_people(knowledge_dir: Path) -> None:
    (knowledge_dir / "releases" / "zz-people.yaml").write_text(many_people(30))


async def restart(bot: PartnerBot, start_bot: StartBot) -> PartnerBot:
    """Stop the bot and start a new one against the same fake Discord."""
    await bot.close()
    return await start_bot()


def by_prefix(data: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    return [c for c in buttons(data) if c.get("custom_id", "").startswith(prefix)]


async def channel_reply(fake: FakeDiscord, content: str, **kwargs: Any) -> dict[str, Any]:
    mark = fake.mark()
    await fake.send_message(content, **kwargs)
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    return fake.messages[int(rec.body and max(fake.messages))]


@pytest.mark.usefixtures("namesakes")
async def test_namesakes_are_picked_exactly_after_a_restart(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot()
    # Asked twice: a pick replaces the buttons, so each message serves one pick.
    messages = [await channel_reply(fake, "!who Wei Zhang") for _ in range(2)]
    picks = by_prefix(messages[0], "pb:pick:")
    assert len(picks) == 2
    assert all(len(p["custom_id"]) <= 100 for p in picks)
    await restart(bot, start_bot)
    seen = set()
    for message, pick in zip(messages, picks, strict=True):
        mark = fake.mark()
        click = await fake.click(message, pick["custom_id"])
        picked = await fake.wait_callback(click, since=mark)
        assert picked.body["type"] == 7, picked.body
        text = text_of(picked)
        assert "Which one" not in text  # never the same question again
        seen.add("of Alibaba" in text)
        assert by_prefix(picked.body["data"], "pb:pick:") == []
        assert by_prefix(picked.body["data"], "pb:del:")  # 🗑 stays
    assert seen == {True, False}


@pytest.mark.usefixtures("namesakes")
async def test_namesake_autocomplete_values_are_exact(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("who", {"person": "zhang w"}, focused="person")
    rec = await fake.wait_callback(interaction, since=mark)
    choices = [c for c in rec.body["data"]["choices"] if "zhang" in c["name"].casefold()]
    assert len(choices) == 2
    assert len({c["name"].casefold() for c in choices}) == 2
    answers = set()
    for choice in choices:
        mark = fake.mark()
        interaction = await fake.slash("who", {"person": choice["value"]})
        answered = await fake.wait_callback(interaction, since=mark)
        assert "Which one" not in text_of(answered)
        answers.add("of Alibaba" in text_of(answered))
    assert answers == {True, False}


@pytest.mark.usefixtures("thirty_people")
async def test_menu_offers_25_and_the_sixth_can_be_picked(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot()
    mark = fake.mark()
    interaction = await fake.slash("who", {"person": "PLX"})
    rec = await fake.wait_callback(interaction, since=mark)
    data = message_data(rec)
    [menu] = [c for c in buttons(data) if c["type"] == 3]
    assert menu["custom_id"].startswith("pb:menu:")
    assert len(menu["options"]) == 25
    assert len({o["label"] for o in menu["options"]}) == 25
    message = fake.messages[fake.originals[interaction["token"]]]
    sixth = menu["options"][5]
    await restart(bot, start_bot)

    mark = fake.mark()
    click = await fake.click(message, menu["custom_id"], user=fake.mod, values=[sixth["value"]])
    refusal = await fake.wait_callback(click, since=mark)
    assert "Only the person who asked" in refusal.body["data"]["content"]

    mark = fake.mark()
    click = await fake.click(message, menu["custom_id"], values=[sixth["value"]])
    picked = await fake.wait_callback(click, since=mark)
    assert picked.body["type"] == 7
    number = sixth["label"].split("Number")[1][:2]
    assert f"Made-up person number {number}." in text_of(picked)


async def test_quote_pages_turn_after_a_restart(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    message = await channel_reply(fake, "!quote LI Yong")
    [following] = [b for b in buttons(message) if b.get("label") == "Next ▶"]
    assert following["custom_id"].startswith("pb:page:")
    await restart(bot, start_bot)
    mark = fake.mark()
    click = await fake.click(message, following["custom_id"])
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7 and "Quote 2 of 2" in text_of(turned)
    labels = [b.get("label") for b in buttons(turned.body["data"])]
    assert labels[:3] == ["◀ Previous", "2/2", "Next ▶"]


async def test_the_asker_and_moderators_can_remove_an_answer(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot()
    first = await channel_reply(fake, "!what eWTP")
    second = await channel_reply(fake, "!what UNIDO")
    [remove_first] = by_prefix(first, "pb:del:")
    [remove_second] = by_prefix(second, "pb:del:")
    assert remove_first.get("emoji", {}).get("name") == "🗑"
    await restart(bot, start_bot)

    # Someone else, not a moderator: refused privately, nothing deleted.
    mark = fake.mark()
    click = await fake.click(first, remove_first["custom_id"], user=fake.bob)
    refusal = await fake.wait_callback(click, since=mark)
    assert refusal.body["data"]["flags"] & 64
    assert "or a moderator" in refusal.body["data"]["content"]
    assert fake.deleted == []

    # The asker removes theirs.
    mark = fake.mark()
    click = await fake.click(first, remove_first["custom_id"])
    await fake.wait_for(
        "DELETE",
        f"/webhooks/{fake.application_id}/{click['token']}/messages/@original",
        since=mark,
    )
    assert fake.deleted == [int(first["id"])]

    # A moderator removes someone else's.
    mark = fake.mark()
    click = await fake.click(second, remove_second["custom_id"], user=fake.mod)
    await fake.wait_for(
        "DELETE",
        f"/webhooks/{fake.application_id}/{click['token']}/messages/@original",
        since=mark,
    )
    assert fake.deleted == [int(first["id"]), int(second["id"])]


async def test_ask_partnerbot_on_a_message(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    # Alice's message does not mention the bot; the moderator asks about it.
    question = await fake.send_message("What is eWTP?")
    mark = fake.mark()
    interaction = await fake.message_command("Ask partnerbot", question, user=fake.mod)
    deferred = await fake.wait_callback(interaction, since=mark)
    assert deferred.body["type"] == 5 and message_data(deferred)["flags"] & 64  # private
    rec = await fake.wait_for(
        "PATCH", f"/webhooks/{fake.application_id}/{interaction['token']}/messages/@original"
    )
    data = message_data(rec)
    assert "Electronic World Trade Platform" in text_of(rec)
    assert data["allowed_mentions"]["parse"] == []
    [publish] = by_prefix(data, "pb:pub:")
    assert by_prefix(data, "pb:del:") == []  # private: Discord's "Dismiss" does that
    private = fake.messages[fake.originals[interaction["token"]]]
    await restart(bot, start_bot)

    mark = fake.mark()
    click = await fake.click(private, publish["custom_id"], user=fake.mod)
    posted = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    body = posted.body
    assert str(body["message_reference"]["message_id"]) == question["id"]
    assert body["embeds"] == data["embeds"]
    assert body["allowed_mentions"]["parse"] == []
    assert not (body.get("flags") or 0) & 64
    [remove] = by_prefix(body, "pb:del:")
    assert remove["custom_id"] == f"pb:del:{fake.mod.id}"
    assert by_prefix(body, "pb:pub:") == []
    # The private copy loses its "Post publicly": it is posted once.
    edit = await fake.wait_for(
        "PATCH",
        f"/webhooks/{fake.application_id}/{click['token']}/messages/@original",
        since=mark,
    )
    assert by_prefix(edit.body, "pb:pub:") == []


async def test_ask_partnerbot_says_thinking_while_the_question_slots_are_busy(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    """A question waits for a question slot; a crowd can hold them past Discord's 3 s
    to respond, so the interaction is deferred first and answered once a slot frees."""
    question = await fake.send_message("What is eWTP?")
    gate = bot.service._gate()  # the bot's loop is this test's loop
    held = bot.service.question_slots
    for _ in range(held):
        await gate.acquire()
    try:
        mark = fake.mark()
        interaction = await fake.message_command("Ask partnerbot", question, user=fake.mod)
        # Answered while every slot is still taken: without a deferral this waits forever.
        deferred = await fake.wait_callback(interaction, since=mark)
        assert deferred.body["type"] == 5 and message_data(deferred)["flags"] & 64
    finally:
        for _ in range(held):
            gate.release()
    rec = await fake.wait_for(
        "PATCH",
        f"/webhooks/{fake.application_id}/{interaction['token']}/messages/@original",
        since=mark,
    )
    assert "Electronic World Trade Platform" in text_of(rec)
    assert rec.body["allowed_mentions"]["parse"] == []


async def test_post_publicly_only_where_the_member_may_post(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    """ "Post publicly" makes the bot post for the member: in a channel where they may
    read but not send (announcements), it stays private."""
    question = await fake.send_message("What is eWTP?")
    mark = fake.mark()
    interaction = await fake.message_command("Ask partnerbot", question)
    rec = await fake.wait_for(
        "PATCH",
        f"/webhooks/{fake.application_id}/{interaction['token']}/messages/@original",
        since=mark,
    )
    [publish] = by_prefix(message_data(rec), "pb:pub:")
    private = fake.messages[fake.originals[interaction["token"]]]
    read_only = VIEW_CHANNEL | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
    mark = fake.mark()
    click = fake._interaction(
        3,
        {"custom_id": publish["custom_id"], "component_type": 2},
        user=fake.alice,
        channel_id=int(private["channel_id"]),
        message=private,
        permissions=read_only,
    )
    await fake.dispatch("INTERACTION_CREATE", click)
    answer = await fake.wait_callback(click, since=mark)
    assert answer.body["type"] == 4 and message_data(answer)["flags"] & 64
    assert "stays private" in text_of(answer)
    posts = [
        r for r in fake.requests[mark:] if r.route == f"POST /channels/{fake.general_id}/messages"
    ]
    assert posts == []


async def test_ask_partnerbot_on_a_message_without_text(fake: FakeDiscord, bot: PartnerBot) -> None:
    message = await fake.send_message("")
    mark = fake.mark()
    interaction = await fake.message_command("Ask partnerbot", message)
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["data"]["flags"] & 64
    assert "no text I can answer" in rec.body["data"]["content"]


async def test_a_click_on_old_buttons_still_gets_an_answer(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    """A custom id none of our templates matches (an older bot's in-memory view)."""
    message = await channel_reply(fake, "!what eWTP")
    mark = fake.mark()
    click = await fake.click(message, "0123456789abcdef0123456789abcdef")
    rec = await fake.wait_callback(click, since=mark)
    assert "expired" in rec.body["data"]["content"]


async def test_long_look_alike_names_autocomplete_apart(
    fake: FakeDiscord, knowledge_dir: Path, start_bot: StartBot
) -> None:
    """Two 159-character names with the same first 100 characters (issue 15, point 7)."""
    stem = ("Memorandum of Understanding on Digital Trade between Example Development " * 2)[:100]
    names = [
        stem + f" for the {region} region, 2018 to 2020".ljust(59, ".")
        for region in ("Africa", "Asia")
    ]
    assert len(names[0]) == len(names[1]) == 159
    long_id = "mou-asia-" + "y" * 60  # longer than a custom id or option value allows
    (knowledge_dir / "releases" / "zz-mous.yaml").write_text(
        "entities:\n"
        + "".join(
            f"  - id: {entity_id}\n    name: {name}\n    kind: agreement\n"
            f"    summary: The {region} memorandum.\n"
            for entity_id, name, region in (
                ("mou-africa", names[0], "Africa"),
                (long_id, names[1], "Asia"),
            )
        )
    )
    await start_bot()
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "memorandum of understanding"}, focused="term")
    rec = await fake.wait_callback(interaction, since=mark)
    choices = [c for c in rec.body["data"]["choices"] if c["name"].startswith("Memorandum")]
    assert len(choices) == 2
    assert choices[0]["name"] != choices[1]["name"]
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    for choice in choices:
        region = "Africa" if "Africa" in choice["name"] else "Asia"
        mark = fake.mark()
        interaction = await fake.slash("what", {"term": choice["value"]})
        answered = await fake.wait_callback(interaction, since=mark)
        assert f"The {region} memorandum." in text_of(answered)


async def test_sources_pages_turn_after_a_restart(
    fake: FakeDiscord, knowledge_dir: Path, start_bot: StartBot
) -> None:
    """The one pager serves !sources too: eleven releases make two pages."""
    for day in range(1, 11):
        stem = f"2019-01-{day:02d}-release-{day:02d}"
        (knowledge_dir / "sources" / f"{stem}.txt").write_text(f"Release number {day}.\n")
        (knowledge_dir / "releases" / f"{stem}.yaml").write_text(
            "source:\n"
            f"  id: {stem}\n"
            f"  title: Made-up release {day:02d}\n"
            "  publisher: Business Wire\n"
            f"  date: 2019-01-{day:02d}\n"
            "  dateline: {city: Vienna, country: Austria}\n"
            f"  text: ../sources/{stem}.txt\n"
        )
    bot = await start_bot()
    message = await channel_reply(fake, "!sources")
    [following] = [b for b in buttons(message) if b.get("label") == "Next ▶"]
    await restart(bot, start_bot)
    mark = fake.mark()
    click = await fake.click(message, following["custom_id"])
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7
    # Page 2 holds the oldest: the bundled 2018 release, none of the 2019 ones.
    assert "2018-04-21" in text_of(turned) and "Made-up release" not in text_of(turned)
    assert [b.get("label") for b in buttons(turned.body["data"])][:3] == [
        "◀ Previous",
        "2/2",
        "Next ▶",
    ]
