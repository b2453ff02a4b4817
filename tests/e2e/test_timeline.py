"""``!timeline`` and ``/timeline`` on the wire, on the five-release base (issue 12)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.discord.app import PartnerBot
from bot.engine.request import option_value
from bot.kb.loader import load_knowledge
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data, text_of
from tests.fakediscord import FakeDiscord
from tests.kbpaths import KB_FIVE

_LINE = re.compile(r"^• \*\*(?P<date>\d{4}(?:-\d\d){0,2})\*\* — (?P<text>.+) \[(?P<n>\d+)\]$")


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KB_FIVE, target)
    return target


def _lines(description: str) -> list[re.Match[str]]:
    lines = [line for line in description.splitlines() if line.startswith("•")]
    matches = [_LINE.match(line) for line in lines]
    assert all(matches), lines
    return [m for m in matches if m]


def _check_page(embed: dict, previous_date: str = "") -> str:
    """Every line is dated, in date order, and marked with a numbered source of the footer."""
    footer = embed["footer"]["text"]
    numbered = re.findall(r"\[(\d+)\] ([^;]+?, \d{4}-\d\d-\d\d)", footer)
    assert numbered and [int(n) for n, _ in numbered] == list(range(1, len(numbered) + 1))
    dates = [m["date"] for m in _lines(embed["description"])]
    assert dates == sorted(dates) and (not previous_date or dates[0] >= previous_date)
    marked = {int(m["n"]) for m in _lines(embed["description"])}
    # A person's first page leads with their titles ("◦ Title, ORG (as of …) [1][2]"),
    # each marked with the releases stating it.
    for line in embed["description"].splitlines():
        if line.startswith("◦"):
            marked |= {int(n) for n in re.findall(r"\[(\d+)\]", line)}
    assert marked == set(range(1, len(numbered) + 1))
    return dates[-1]


async def test_prefix_timeline_pages_with_persistent_buttons(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!timeline Li Yong")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    data = message_data(rec)
    embed = data["embeds"][0]
    assert embed["title"] == "Timeline: LI Yong"
    last = _check_page(embed)
    assert "2013" in _lines(embed["description"])[0]["date"]
    # Before its oldest lines, the first page says how far the whole timeline reaches.
    head, per_year = embed["description"].splitlines()[:2]
    assert re.fullmatch(r"\*\*\d+ statements from 3 releases, 2018-04-21 to 2024-05-08\.\*\*", head)
    assert per_year.startswith("Per year: 2013 ×1 (p. 1)") and "2024 ×" in per_year
    following = [b for b in buttons(data) if b.get("label") == "Next ▶"]
    assert following and following[0]["custom_id"].startswith("pb:page:")
    assert ":timeline:2:" in following[0]["custom_id"]
    message = fake.messages[max(fake.messages)]

    # The page turns after a restart too: the button carries the request.
    await start_bot()
    mark = fake.mark()
    click = await fake.click(message, following[0]["custom_id"])
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7
    page2 = message_data(turned)["embeds"][0]
    assert page2["description"] != embed["description"]
    _check_page(page2, last)
    assert "Page 2 of" in page2["description"]
    # The last page ends with the 2021 end of his title, stated by the 2024 release.
    following = [b for b in buttons(message_data(turned)) if b.get("label") == "Next ▶"]
    mark = fake.mark()
    click = await fake.click(message, following[0]["custom_id"])
    last_page = message_data(await fake.wait_callback(click, since=mark))["embeds"][0]
    _check_page(last_page, _check_page(page2, last))
    ended = [m for m in _lines(last_page["description"]) if "(ended 2021)" in m["text"]]
    assert ended and ended[0]["date"] == "2021"
    assert "Business Wire, Hangzhou, China, 2024-05-08" in last_page["footer"]["text"]


async def test_slash_timeline_autocompletes_and_answers_the_pick(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot: PartnerBot = await start_bot()
    mark = fake.mark()
    interaction = await fake.slash("timeline", {"term": "okaf"}, focused="term")
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["type"] == 8
    choices = rec.body["data"]["choices"]
    expected = bot.service.engine.complete("timeline", "okaf")
    assert choices == [
        {"name": c.label, "value": option_value(c.request.entity_id)}
        for c in expected
        if c.request is not None
    ]
    assert choices[0]["value"] == "id:amara-okafor"
    mark = fake.mark()
    interaction = await fake.slash("timeline", {"term": choices[0]["value"]})
    rec = await fake.wait_callback(interaction, since=mark)
    assert rec.body["type"] == 4
    embed = message_data(rec)["embeds"][0]
    assert embed["title"] == "Timeline: Amara OKAFOR"
    _check_page(embed)
    assert any(b.get("label") == "Next ▶" for b in buttons(message_data(rec)))


async def test_help_lists_timeline(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!help")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "`!timeline <name> [page]`" in text_of(rec)
    mark = fake.mark()
    interaction = await fake.slash("help")
    rec = await fake.wait_callback(interaction, since=mark)
    assert "`/timeline term:`" in text_of(rec)


async def test_who_card_from_two_releases_numbers_its_sources(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    """Per-sentence citations on the wire: the embed's sentences end in [n], and the
    footer lists the releases with the same numbers."""
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!who Jack MA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    embed = message_data(rec)["embeds"][0]
    footer = embed["footer"]["text"]
    assert footer.startswith("Sources: [1] ") and "; [2] " in footer
    numbered = dict(re.findall(r"\[(\d)\] ([^;]+?, \d{4}-\d\d-\d\d)", footer))
    description = embed["description"]
    line = next(x for x in description.splitlines() if x.startswith("Co-founder of Alibaba"))
    (n,) = re.findall(r"\[(\d)\]$", line)
    assert numbered[n] == "PR Newswire, Kigali, Rwanda, 2019-11-12"
    line = next(x for x in description.splitlines() if x.startswith("Earlier (as of 2018"))
    (n,) = re.findall(r"\[(\d)\]$", line)
    assert numbered[n] == "PR Newswire, Hangzhou, China, 2018-04-21"


async def test_ambiguous_timeline_pick_answers_the_timeline_of_the_pick(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    """ "DTA" is two organisations: the pick buttons carry the timeline command."""
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!timeline DTA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "Which one did you mean?" in text_of(rec)
    picks = [b for b in buttons(message_data(rec)) if b["custom_id"].startswith("pb:pick:")]
    trust = [b for b in picks if "Development Trust" in b["label"]]
    assert len(picks) == 2 and trust and ":timeline:" in trust[0]["custom_id"]
    message = fake.messages[max(fake.messages)]
    mark = fake.mark()
    click = await fake.click(message, trust[0]["custom_id"])
    picked = await fake.wait_callback(click, since=mark)
    embed = message_data(picked)["embeds"][0]
    assert embed["title"].startswith("Timeline: Development Trust for Africa")
    _check_page(embed)


async def test_free_answer_from_several_releases_numbers_its_sources(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    """A free question drawing on three releases (an updated figure) and a "what's new"
    question: each line ends in [n], and the footer lists [1], [2], [3] with publisher,
    place and date; the release a line's marker names is the one that states it."""
    kb = load_knowledge(KB_FIVE)
    stated = {f.text.strip(): f.source for f in kb.facts}
    await start_bot()
    for question in (
        "how many entrepreneurs has the academy trained?",
        "what's new with the academy since 2021?",
    ):
        mark = fake.mark()
        await fake.send_message(f"<@{fake.bot_user.id}> {question}")
        rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
        embed = message_data(rec)["embeds"][0]
        footer = embed["footer"]["text"]
        numbered = dict(re.findall(r"\[(\d)\] ([^;]+?, \d{4}-\d\d-\d\d)", footer))
        assert footer.startswith("Sources: [1] ") and len(numbered) >= 3, footer
        checked = 0
        for line in embed["description"].splitlines():
            if not line.startswith("• "):
                continue
            (n,) = re.findall(r" \[(\d)\]$", line)
            for text, source in stated.items():
                if text in line:
                    release = kb.sources[source].source
                    assert numbered[n] == f"{release.publisher}, {release.dateline}, {release.date}"
                    checked += 1
        assert checked >= 2, embed["description"]
