"""A release's ``url`` on the wire: a masked link in the embed of an answer and of
``!sources``, never in the footer (footers cannot hold links); none without a url."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.conftest import StartBot
from tests.fakediscord import FakeDiscord

URL = "https://www.prnewswire.com/news-releases/unido-alibaba-ewtp-300633826.html"
RELEASE = "2018-04-21-unido-alibaba-ewtp"


def with_url(knowledge_dir: Path, url: str) -> None:
    path = knowledge_dir / "releases" / f"{RELEASE}.yaml"
    text = path.read_text()
    marker = "  publisher: PR Newswire\n"
    assert marker in text
    path.write_text(text.replace(marker, f"{marker}  url: {url}\n", 1))


async def reply_to(fake: FakeDiscord, content: str) -> dict[str, Any]:
    mark = fake.mark()
    await fake.send_message(content)
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    return rec.body


def link_fields(body: dict[str, Any]) -> list[str]:
    [embed] = body["embeds"]
    return [f["value"] for f in embed.get("fields", []) if f["name"].startswith("Read the")]


async def test_citations_link_to_the_release(
    fake: FakeDiscord, knowledge_dir: Path, start_bot: StartBot
) -> None:
    with_url(knowledge_dir, URL)
    await start_bot()
    for command in ("!what eWTP", "!quote Jack MA", "!sources"):
        body = await reply_to(fake, command)
        assert link_fields(body) == [f"[PR Newswire, 2018-04-21](<{URL}>)"], command
        footer = body["embeds"][0]["footer"]["text"]
        assert "PR Newswire" in footer and "http" not in footer


async def test_no_link_without_a_url(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    body = await reply_to(fake, "!what eWTP")
    assert link_fields(body) == []
    assert "http" not in str(body["embeds"])
