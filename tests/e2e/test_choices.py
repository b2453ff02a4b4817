"""Ambiguous answers: the asker picks with a button; the view times out cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data, text_of
from tests.fakediscord import FakeDiscord


def picks(data: dict) -> list[dict]:
    """The pick buttons of a message (not its 🗑)."""
    return [b for b in buttons(data) if b["custom_id"].startswith("pb:pick:")]


TWO_SMITHS = """\
entities:
  - id: jack-smith
    name: Jack SMITH
    kind: person
    summary: Jack, a made-up person for the ambiguity test.
    aliases: [JS]
    shared_aliases: [JS]
  - id: jane-smith
    name: Jane SMITH
    kind: person
    summary: Jane, another made-up person for the ambiguity test.
    aliases: [JS]
    shared_aliases: [JS]
"""


@pytest.fixture
def smiths(knowledge_dir: Path) -> None:
    (knowledge_dir / "releases" / "zz-smiths.yaml").write_text(TWO_SMITHS)


@pytest.mark.usefixtures("smiths")
async def test_slash_ambiguous_pick(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    mark = fake.mark()
    interaction = await fake.slash("who", {"person": "JS"})
    rec = await fake.wait_callback(interaction, since=mark)
    data = message_data(rec)
    assert "Which one did you mean?" in text_of(rec)
    choices = picks(data)
    # Each with what its summary says it is (bot/engine/details.py).
    assert [b.get("label") for b in choices] == [
        "Jack SMITH — person, a made-up person for the ambiguity test",
        "Jane SMITH — person, another made-up person for the ambiguity test",
    ]
    message = fake.messages[fake.originals[interaction["token"]]]

    mark = fake.mark()
    click = await fake.click(message, choices[1]["custom_id"], user=fake.mod)
    refusal = await fake.wait_callback(click, since=mark)
    assert "Only the person who asked" in refusal.body["data"]["content"]

    mark = fake.mark()
    click = await fake.click(message, choices[1]["custom_id"], user=fake.alice)
    picked = await fake.wait_callback(click, since=mark)
    assert picked.body["type"] == 7
    assert "Jane, another made-up person" in text_of(picked)
    assert picks(picked.body["data"]) == []  # nothing left to pick
    assert picked.body["data"]["allowed_mentions"]["parse"] == []


@pytest.mark.usefixtures("smiths")
async def test_did_you_mean_buttons_on_a_miss(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!who jack s")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "Did you mean" in text_of(rec)
    message = fake.messages[max(fake.messages)]
    suggestion = next(b for b in buttons(message) if b.get("label") == "Jack SMITH")
    mark = fake.mark()
    click = await fake.click(message, suggestion["custom_id"])
    picked = await fake.wait_callback(click, since=mark)
    assert "Jack, a made-up person" in text_of(picked)
