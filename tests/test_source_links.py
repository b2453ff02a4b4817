"""A release's optional ``url``: only http(s) loads, reported with file and line
otherwise; the text and JSON renderers show it (issue 13, "Source links")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Answer, Citation, Status
from bot.kb.loader import load_knowledge
from bot.render.json import render_json
from bot.render.text import render_text
from tests.test_loader import GOOD, only, problems_of, write_kb

URL = "https://example.com/news/acme-meets-beta?id=7"


def with_url(url: str) -> str:
    return GOOD.replace("  publisher: Wire\n", f"  publisher: Wire\n  url: {url}\n")


def test_an_http_url_loads(tmp_path: Path) -> None:
    kb = load_knowledge(write_kb(tmp_path, with_url(URL)))
    assert kb.sources["s1"].source.url == URL


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/release.txt",
        "javascript:alert(1)",
        "example.com/release",
        "https:///no-host",
        "https://example.com/a)b",
        "https://example.com/<b>",
        "https://exämple.com/",
    ],
)
def test_other_urls_are_reported_with_file_and_line(tmp_path: Path, url: str) -> None:
    problem = only(problems_of(write_kb(tmp_path, with_url(f"'{url}'"))))
    assert (problem.file, problem.location, problem.line) == ("releases/s1.yaml", "source.url", 5)
    assert "url" in problem.message


def _answer(url: str | None) -> Answer:
    citation = Citation("s1", "Acme meets Beta", "Wire", "Springfield", dt.date(2020, 5, 1), url)
    return Answer(Status.ANSWERED, "Acme met Beta.", citations=(citation,), command="what")


def test_text_and_json_show_the_url() -> None:
    assert f"Source: Wire, Springfield, 2020-05-01 — Acme meets Beta <{URL}>" in render_text(
        _answer(URL)
    )
    assert render_json(_answer(URL))["citations"][0]["url"] == URL
    assert "http" not in render_text(_answer(None))
    assert render_json(_answer(None))["citations"][0]["url"] is None


def test_many_citations_leave_the_body_room_and_are_never_cut_mid_line() -> None:
    citations = tuple(
        Citation(
            f"s{i}",
            f"Release number {i} about a long partnership headline",
            "Wire",
            "Springfield",
            dt.date(2020, 1, 1) + dt.timedelta(days=i),
            f"{URL}&n={i}",
        )
        for i in range(1, 31)
    )
    body = "\n".join(f"• 2020: statement {i} of the timeline. [{i}]" for i in range(1, 31))
    answer = Answer(Status.ANSWERED, body, citations=citations, command="timeline", marked=True)
    text = render_text(answer)
    assert len(text) <= 2000
    assert "statement 1 of the timeline" in text
    shown = [line for line in text.splitlines() if "Source:" in line]
    assert shown and all(line.endswith(">") for line in shown)
    assert f"… and {30 - len(shown)} more releases" in text
