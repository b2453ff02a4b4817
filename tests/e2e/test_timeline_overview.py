"""``/timeline`` on the wire: every page opens with the span of the whole timeline and
its statements per year and page, above the cited lines (five-release base)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data
from tests.fakediscord import FakeDiscord

KB_FIVE = Path(__file__).parents[1] / "fixtures" / "kb_five"
_HEAD = re.compile(
    r"\*\*(?P<n>\d+) statements from (?P<r>\d+) releases, "
    r"(?P<first>\d{4}-\d\d-\d\d) to (?P<last>\d{4}-\d\d-\d\d)\.\*\*"
)
_YEAR = re.compile(r"(?P<year>\d{4}) ×(?P<count>\d+) \(p\. (?P<first>\d+)(?:–(?P<last>\d+))?\)")
_LINE = re.compile(r"^• \*\*(?P<date>\d{4}(?:-\d\d){0,2})\*\* — .+ \[\d+\]$")


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KB_FIVE, target)
    return target


def _overview(description: str) -> tuple[re.Match[str], list[re.Match[str]], list[str]]:
    head, per_year, *rest = description.splitlines()
    match = _HEAD.fullmatch(head)
    assert match, head
    assert per_year.startswith("Per year: ")
    years = list(_YEAR.finditer(per_year))
    dates = [m["date"] for line in rest if (m := _LINE.match(line))]
    return match, years, dates


async def test_slash_timeline_pages_open_with_the_whole_span(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot()
    mark = fake.mark()
    interaction = await fake.slash("timeline", {"term": "Amara Okafor"})
    rec = await fake.wait_callback(interaction, since=mark)
    data = message_data(rec)
    head, years, dates = _overview(data["embeds"][0]["description"])
    # The first page shows only the oldest lines, but its head reaches the newest release.
    assert head["first"] == "2019-11-12" and head["last"] == "2024-05-08"
    assert int(head["r"]) == 4 and {"2019", "2022", "2024"} <= {y["year"] for y in years}
    assert dates and max(dates) < "2024"
    assert sum(int(y["count"]) for y in years) == int(head["n"])
    # Each year's page says where to turn: follow the buttons to the newest year's page.
    newest = years[-1]
    page, seen = 1, {1: dates}
    message = fake.messages[max(fake.messages)]
    while page < int(newest["first"]):
        following = [b for b in buttons(data) if b.get("label") == "Next ▶"]
        assert following, page
        mark = fake.mark()
        click = await fake.click(message, following[0]["custom_id"])
        data = message_data(await fake.wait_callback(click, since=mark))
        page += 1
        again, _, seen[page] = _overview(data["embeds"][0]["description"])
        assert again[0] == head[0]  # the same head on every page
    assert any(d.startswith(newest["year"]) for d in seen[page])
    shown = [d for p in sorted(seen) for d in seen[p]]
    assert shown == sorted(shown)
