"""Anything a user types, on the Discord wire (issue 15, points 3, 4, 5 and 13): unicode
page numbers get a normal answer, no bidi control reaches anything the bot sends (even
from a knowledge file), styled letters find names, and no echoed text is a live link
while masked links in knowledge text show their target."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.discord.app import PartnerBot
from bot.textnorm import has_format_controls
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data, text_of
from tests.fakediscord import FakeDiscord

CHANNEL = "/channels/{}/messages"
LIVE_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")

# Names, an alias and summaries with bidi controls and masked links, as a careless or
# hostile knowledge file could hold them.
HOSTILE_KNOWLEDGE = """\
entities:
  - id: rlo-smith
    name: "Jack \\u202eHTIMS"
    kind: person
    summary: "Jack \\u2067Smith\\u2069, see [the profile](https://evil.example/p) for more."
    aliases: ["JS"]
    shared_aliases: ["JS"]
  - id: lri-smith
    name: "Jane \\u2066SMITH\\u2069\\u200f"
    kind: person
    summary: "Jane, [https://good.example](https://evil.example/q)."
    aliases: ["JS"]
    shared_aliases: ["JS"]
"""


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def assert_no_format_controls(fake: FakeDiscord, since: int) -> None:
    """Nothing the bot sent (content, embeds, buttons, menus, choices) holds one."""
    sent = [r for r in fake.requests[since:] if r.method in ("POST", "PATCH")]
    assert sent
    for rec in sent:
        for text in _strings(rec.body):
            assert not has_format_controls(text), (rec.route, text)


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> Iterator[Callable[[], list[str]]]:
    """The ERROR records (unhandled failures) logged so far in the test."""
    with caplog.at_level(logging.ERROR):
        yield lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def _reply(fake: FakeDiscord, text: str, channel_id: int | None = None) -> Any:
    channel_id = channel_id or fake.general_id
    mark = fake.mark()
    await fake.send_message(text, channel_id=channel_id)
    return await fake.wait_for("POST", CHANNEL.format(channel_id), since=mark)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Page 2 of 1, read as 2: the line every paged command gives past its end.
        ("!sources ²", "There is no page 2: there is only one page of releases"),
        ("!sources 𝟚", "There is no page 2: there is only one page of releases"),
        ("!quote Jack MA ٣", "only one quote for Jack MA"),  # page 3 of 1
        ("!quote LI Yong ²", "Quote 2 of 2"),
        ("!what 𝐔𝐍𝐈𝐃𝐎", "United Nations Industrial Development Organization"),
        ("!what 𝕌ℕ𝕀𝔻𝕆", "United Nations Industrial Development Organization"),
        ("!who ⓁⒾ ⓎⓄⓃⒼ", "LI Yong"),
    ],
)
async def test_unicode_digits_and_styled_names_answer_normally(
    fake: FakeDiscord,
    bot: PartnerBot,
    errors: Callable[[], list[str]],
    message: str,
    expected: str,
) -> None:
    for channel in (fake.general_id, fake.no_embeds_id):  # embed, and plain text
        rec = await _reply(fake, message, channel)
        assert expected in text_of(rec)
        assert "Sorry" not in text_of(rec)
    assert not errors()


async def test_bidi_controls_typed_never_come_back(
    fake: FakeDiscord, bot: PartnerBot, errors: Callable[[], list[str]]
) -> None:
    mark = fake.mark()
    rec = await _reply(fake, "!who \u202eoY iL")
    assert "oY iL" in text_of(rec)
    await _reply(fake, "!quote \u2067Jack MA\u2069 \u200f٢")
    await _reply(fake, "!who \u202eoY iL", fake.no_embeds_id)
    await _reply(fake, f"<@{fake.bot_user.id}> who is \u202eLi Yong\u202c?")
    step = fake.mark()
    interaction = await fake.slash("who", {"person": "\u202eoY iL"})
    await fake.wait_callback(interaction, since=step)
    step = fake.mark()
    interaction = await fake.slash("what", {"term": "\u202eeWTP"}, focused="term")
    await fake.wait_callback(interaction, since=step)
    assert_no_format_controls(fake, mark)
    assert not errors()


@pytest.fixture
def hostile_knowledge(knowledge_dir: Path) -> None:
    (knowledge_dir / "releases" / "zz-hostile.yaml").write_text(HOSTILE_KNOWLEDGE)


@pytest.mark.usefixtures("hostile_knowledge")
async def test_knowledge_text_reaches_no_control_and_no_masked_link(
    fake: FakeDiscord, start_bot: StartBot, errors: Callable[[], list[str]]
) -> None:
    await start_bot()
    mark = fake.mark()
    # An ambiguous answer: buttons labelled with the names.
    interaction = await fake.slash("who", {"person": "JS"})
    rec = await fake.wait_callback(interaction, since=mark)
    labels = [b.get("label") or "" for b in buttons(message_data(rec))]
    assert any("HTIMS" in label for label in labels), labels
    # Autocomplete choices.
    step = fake.mark()
    interaction = await fake.slash("who", {"person": "ja"}, focused="person")
    choices = (await fake.wait_callback(interaction, since=step)).body["data"]["choices"]
    assert any("SMITH" in c["name"] for c in choices), choices
    # Embeds and plain text with the summaries.
    for channel in (fake.general_id, fake.no_embeds_id):
        text = text_of(await _reply(fake, "!who Jack HTIMS", channel))
        assert "the profile (https://evil.example/p)" in text, text
        assert "[the profile]" not in text
        text = text_of(await _reply(fake, "!who Jane SMITH", channel))
        assert "https://good.example (https://evil.example/q)" in text, text
    assert_no_format_controls(fake, mark)
    assert not errors()


@pytest.mark.parametrize(
    "typed",
    ["https://evil.example/login", "[free nitro](https://evil.example)", "<http://evil.example>"],
)
async def test_echoed_user_text_is_never_a_live_link(
    fake: FakeDiscord, bot: PartnerBot, typed: str
) -> None:
    mark = fake.mark()
    echoed = [
        text_of(await _reply(fake, f"!what {typed}")),
        text_of(await _reply(fake, f"!who {typed}", fake.no_embeds_id)),
        text_of(await _reply(fake, f"<@{fake.bot_user.id}> what is {typed}?")),
    ]
    interaction = await fake.slash("what", {"term": typed})
    echoed.append(text_of(await fake.wait_callback(interaction, since=mark)))
    for text in echoed:
        assert "evil.example" in text, text  # echoed, readable
        assert not LIVE_URL.search(text), text  # but not a link
