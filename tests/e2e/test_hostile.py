"""Hostile user input through the fake Discord, with hypothesis.

Arbitrary message text (mentions, markdown, control characters, huge input, prefix
commands, mention questions) and arbitrary slash-command and autocomplete options go to
the real bot. Whatever comes in, the bot:

* never raises unhandled: no ERROR log record from anywhere (discord.py logs unhandled
  handler exceptions as "Ignoring exception in …"; our handlers log failures as ERROR);
* never sends past Discord's limits (message content, embeds, components, choices);
* never sends ``allowed_mentions`` that could ping;
* never sends a bidi control, or user text as a live link (issue 15, points 4 and 13);
  unicode digits, styled letters and links are among the generated input.

One fake and one bot serve every example (module scope), so 120 examples take about a
second.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shutil
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import limits
from bot.discord.app import PartnerBot, create_bot
from bot.service import KnowledgeService
from bot.textnorm import has_format_controls
from tests.conftest import SEED_KNOWLEDGE
from tests.e2e.conftest import TOKEN, assert_never_pings, make_settings
from tests.e2e.helpers import message_data
from tests.fakediscord import FakeDiscord, Recorded

pytestmark = pytest.mark.asyncio(loop_scope="module")

_IN_FLIGHT = ("discord.py: ", "CommandTree-invoker", "discord-ui-view-dispatch")


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Harness:
    def __init__(self, fake: FakeDiscord, bot: PartnerBot, errors: _Errors) -> None:
        self.fake = fake
        self.bot = bot
        self.errors = errors
        self.examples = 0

    async def settle(self) -> None:
        """Until every handler the bot started has finished."""
        current = asyncio.current_task()
        for _ in range(500):
            busy = [
                t
                for t in asyncio.all_tasks()
                if t is not current and not t.done() and t.get_name().startswith(_IN_FLIGHT)
            ]
            if not busy:
                return
            await asyncio.wait(busy, timeout=0.5)
        raise AssertionError("handlers still running")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def harness(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    knowledge = tmp_path_factory.mktemp("hostile") / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, knowledge)
    fake = FakeDiscord()
    await fake.start()
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Route, "BASE", f"{fake.base_url}/api/v10")
        patch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
        # A cooldown nobody reaches here: every example should get a real answer.
        settings_ = make_settings(fake, knowledge, cooldown_rate=1_000_000)
        service = KnowledgeService.from_settings(settings_)
        bot = create_bot(settings_, service, guild_ready_timeout=0.05)
        await bot.login(TOKEN)
        task = asyncio.create_task(bot.connect(reconnect=False))
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        try:
            yield Harness(fake, bot, errors)
        finally:
            logging.getLogger().removeHandler(errors)
            await bot.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
            await fake.close()
    assert not fake.unknown_routes, [r.route for r in fake.unknown_routes]
    assert_never_pings(fake)


# --- what users type -------------------------------------------------------------------------

# {BOT}, {ALICE}, {ROLE} become real ids of the fake's users and roles.
NASTY = st.sampled_from(
    [
        "@everyone",
        "@here",
        "<@{BOT}>",
        "<@!{BOT}>",
        "<@{ALICE}>",
        "<@&{ROLE}>",
        "<#1>",
        "<:e:1>",
        "**",
        "__",
        "~~",
        "||",
        "`",
        "```",
        "> ",
        "# ",
        "-# ",
        "[x](https://example.com)",
        "\n",
        "\r\n",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "\u2067",
        "\u200f",
        "\u200b",
        "\ufeff",
        "🙂",
        "阿里巴巴",
        "%s",
        "{0}",
        "\\",
        "Jack MA",
        "eWTP",
        "Li Yong",
        " 2",
        " 999999999999",
        " ²",
        " ٣",
        " 𝟚",
        "𝐔𝐍𝐈𝐃𝐎",
        "ⓁⒾ ⓎⓄⓃⒼ",
        "https://evil.example/x",
        "[free](https://evil.example)",
    ]
)
PREFIXES = st.sampled_from(
    [
        "",
        "!",
        "!quote ",
        "!q ",
        "!what ",
        "!who ",
        "!sources ",
        "!help ",
        "!reload ",
        "!QUOTE ",
        "<@{BOT}> ",
        "<@!{BOT}> ",
        "@everyone <@{BOT}> ",
    ]
)
TEXT = st.builds(
    lambda prefix, parts: prefix + "".join(parts),
    PREFIXES,
    st.lists(st.text(max_size=40) | NASTY, max_size=12),
)
HUGE = st.builds(
    lambda prefix, chunk, times: (prefix + chunk * times)[:4_000],
    PREFIXES,
    st.text(min_size=1, max_size=12) | NASTY,
    st.integers(min_value=100, max_value=2_000),
)
MESSAGE = TEXT | HUGE
OPTION = st.text(max_size=120) | st.lists(NASTY | st.text(max_size=20), max_size=8).map("".join)
KIND = st.sampled_from(["message", "message", "slash", "autocomplete"])


def _fill(text: str, fake: FakeDiscord) -> str:
    return (
        text.replace("{BOT}", str(fake.bot_user.id))
        .replace("{ALICE}", str(fake.alice.id))
        .replace("{ROLE}", str(fake.mod_role_id))
    )


# --- Discord's limits ------------------------------------------------------------------------


def check_limits(rec: Recorded) -> None:
    body = rec.body or {}
    if rec.path.endswith("/callback") and body.get("type") == 8:
        choices = body["data"]["choices"]
        assert len(choices) <= limits.AUTOCOMPLETE_CHOICES
        for choice in choices:
            assert 1 <= len(choice["name"]) <= limits.AUTOCOMPLETE_CHOICE_CHARS
            assert len(str(choice["value"])) <= limits.AUTOCOMPLETE_CHOICE_CHARS
        return
    data = message_data(rec)
    assert len(data.get("content") or "") <= limits.MESSAGE_CHARS, rec.route
    embeds = data.get("embeds") or []
    assert len(embeds) <= 10
    for embed in embeds:
        title = embed.get("title") or ""
        description = embed.get("description") or ""
        footer = (embed.get("footer") or {}).get("text") or ""
        fields = embed.get("fields") or []
        assert len(title) <= limits.EMBED_TITLE_CHARS
        assert len(description) <= limits.EMBED_DESCRIPTION_CHARS
        assert len(footer) <= limits.EMBED_FOOTER_CHARS
        assert len(fields) <= limits.EMBED_FIELDS
        total = len(title) + len(description) + len(footer)
        for field in fields:
            assert len(field["name"]) <= limits.EMBED_FIELD_NAME_CHARS
            assert len(field["value"]) <= limits.EMBED_FIELD_VALUE_CHARS
            total += len(field["name"]) + len(field["value"])
        assert total <= limits.EMBED_TOTAL_CHARS
    rows = data.get("components") or []
    assert len(rows) <= 5
    for row in rows:
        assert len(row["components"]) <= limits.BUTTONS_PER_ROW
        for item in row["components"]:
            assert len(item.get("label") or "") <= limits.BUTTON_LABEL_CHARS
            assert len(item.get("custom_id") or "") <= 100
            options = item.get("options") or []
            assert len(options) <= limits.SELECT_OPTIONS
            for option in options:
                assert len(option["label"]) <= limits.SELECT_LABEL_CHARS
    mentions = data.get("allowed_mentions")
    if any(key in data for key in ("content", "embeds")) and body.get("type") not in (5, 6):
        assert mentions is not None and mentions.get("parse") == [], rec.route
        assert not mentions.get("users") and not mentions.get("roles"), rec.route


# User text is echoed, never as a live link; nothing the bot sends holds a bidi control.
LIVE_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def check_text(rec: Recorded) -> None:
    for text in _strings(rec.body):
        assert not has_format_controls(text), (rec.route, text)
        assert not LIVE_URL.search(text), (rec.route, text)


# --- the properties --------------------------------------------------------------------------


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kind=KIND, text=MESSAGE, option=OPTION)
async def test_hostile_input_is_handled_within_limits(
    harness: Harness, kind: str, text: str, option: str
) -> None:
    fake, bot = harness.fake, harness.bot
    harness.examples += 1
    mark = fake.mark()
    if kind == "message":
        content = _fill(text, fake)
        sent = await fake.send_message(content)
        await bot.wait_for("message", check=lambda m: str(m.id) == sent["id"], timeout=5)
    elif kind == "slash":
        command = ["quote", "what", "who"][len(option) % 3]
        name = {"quote": "speaker", "what": "term", "who": "person"}[command]
        interaction = await fake.slash(command, {name: _fill(option, fake)})
        await fake.wait_callback(interaction, since=mark)
    else:
        interaction = await fake.slash("what", {"term": _fill(option, fake)}, focused="term")
        callback = await fake.wait_callback(interaction, since=mark)
        assert callback.body["type"] == 8
    await harness.settle()

    sent_now = fake.sent_since(mark)
    for rec in sent_now:
        check_limits(rec)
        check_text(rec)
    assert not harness.errors.records, [r.getMessage() for r in harness.errors.records]
    assert not fake.unknown_routes


async def test_the_bot_still_answers_after_the_hostile_run(harness: Harness) -> None:
    fake = harness.fake
    mark = fake.mark()
    await fake.send_message("!quote Jack MA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "global buy" in str(message_data(rec))
    assert not harness.errors.records
    sent = fake.sent_since(0)
    print(
        f"\nhostile input: {harness.examples} examples, {len(sent)} messages, callbacks and "
        f"edits sent, all within limits and with mentions off; 0 errors logged"
    )
    assert harness.examples >= 100 and len(sent) >= harness.examples // 2
