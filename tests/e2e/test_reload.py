"""Moderators reload the knowledge base; everybody else is refused, prefix and slash."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.discord.app import PartnerBot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data, text_of
from tests.fakediscord import FakeDiscord
from tests.fakediscord.server import EVERYONE_PERMISSIONS, MANAGE_GUILD

NEW_ENTITY = """\
entities:
  - id: test-widget
    name: Frobnicator Widget
    kind: topic
    summary: A widget that exists only in this test.
"""

BROKEN = """\
source:
  id: broken-release
  title: Broken
entities:
  - id: Not An Id!
    kind: nonsense
"""


async def _prefix(fake: FakeDiscord, text: str, **kwargs: object) -> str:
    mark = fake.mark()
    await fake.send_message(text, **kwargs)  # type: ignore[arg-type]
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    return text_of(rec)


async def test_moderator_reload_then_broken_file(
    fake: FakeDiscord,
    bot: PartnerBot,
    knowledge_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.discord")
    entities = bot.service.counts()["entities"]
    (knowledge_dir / "releases" / "zz-test-widget.yaml").write_text(NEW_ENTITY)

    reply = await _prefix(fake, "!reload", author=fake.mod)
    assert "Knowledge base reloaded in" in reply
    assert f"entities: {entities} → {entities + 1} (+1)" in reply
    assert "Frobnicator Widget" in await _prefix(fake, "!what frobnicator widget")

    (knowledge_dir / "releases" / "zz-broken.yaml").write_text(BROKEN)
    reply = await _prefix(fake, "!reload", author=fake.mod)
    assert "Reload failed" in reply
    assert "previous knowledge base is still serving" in reply
    assert "zz-broken.yaml" in reply.replace("\\", "")
    # The old snapshot (with the widget) still answers.
    assert "global buy" in await _prefix(fake, "!quote Jack MA")
    assert "Frobnicator Widget" in await _prefix(fake, "!what frobnicator widget")

    logged = [r.getMessage() for r in caplog.records]
    assert any("succeeded" in m and str(fake.mod.id) in m for m in logged)
    assert any("failed" in m and str(fake.mod.id) in m for m in logged)


async def test_slash_reload_by_moderator_is_deferred_and_ephemeral(
    fake: FakeDiscord, bot: PartnerBot, knowledge_dir: Path
) -> None:
    mark = fake.mark()
    interaction = await fake.slash("reload", user=fake.mod)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 5  # deferred: reloading may take longer than 3 s
    assert callback.body["data"]["flags"] & 64
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
    )
    assert "Knowledge base reloaded" in text_of(followup)

    (knowledge_dir / "releases" / "zz-broken.yaml").write_text(BROKEN)
    mark = fake.mark()
    interaction = await fake.slash("reload", user=fake.mod)
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
    )
    text = text_of(followup)
    assert "Reload failed" in text and "zz-broken.yaml" in text.replace("\\", "")
    assert message_data(followup)["allowed_mentions"]["parse"] == []


async def test_reload_allowed_for_manage_server_and_owner(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    # Manage Server counts only in a server listed in MODERATOR_GUILD_IDS.
    await start_bot(moderator_guild_ids=(fake.guild_id,))
    # Prefix: Manage Server comes from the admin's role.
    assert "reloaded" in await _prefix(fake, "!reload", author=fake.admin)
    # The application owner needs neither.
    assert "reloaded" in await _prefix(fake, "!reload", author=fake.owner)
    # Slash: permissions come from the interaction (here a channel-level grant that
    # no role shows), not from roles.
    mark = fake.mark()
    interaction = await fake.slash(
        "reload", user=fake.alice, permissions=EVERYONE_PERMISSIONS | MANAGE_GUILD
    )
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 5


async def test_reload_refused_for_plain_member(fake: FakeDiscord, bot: PartnerBot) -> None:
    before = bot.service.snapshot
    reply = await _prefix(fake, "!reload", author=fake.alice)
    assert "only moderators" in reply

    mark = fake.mark()
    interaction = await fake.slash("reload", user=fake.alice)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 4
    assert callback.body["data"]["flags"] & 64  # only the asker sees the refusal
    assert "only moderators" in callback.body["data"]["content"]
    # Even an admin role is not enough when Discord says the member lacks Manage Server
    # in this channel: the interaction's permissions are what count for slash.
    mark = fake.mark()
    interaction = await fake.slash("reload", user=fake.admin, permissions=EVERYONE_PERMISSIONS)
    callback = await fake.wait_callback(interaction, since=mark)
    assert "only moderators" in callback.body["data"]["content"]
    assert bot.service.snapshot is before
