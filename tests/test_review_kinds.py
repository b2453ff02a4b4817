"""Kinds of question the pipeline review found answered with the wrong fact, end to end
through ``partnerbot ask --json`` on the five-release base: a later part about
something unknown, present-tense lists, goal totals, questions no executor takes, and
n-th occurrences."""

from __future__ import annotations

import pytest

from tests.test_time_kinds import R3, _ask

GRANT_COVERS = "running costs"


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("What did the Trust commit and who runs the moon base?", "who runs the moon base"),
        (
            "How much did the Trust commit, and what phase is the moon base in?",
            "what phase is the moon base in",
        ),
    ],
)
def test_a_later_part_about_something_unknown_is_not_found(
    question: str, part: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = _ask([question], capsys, monkeypatch)
    text = row["text"]
    assert "US$15 million" in text and R3 in row["sources"], text
    # One shared word ("run" in "running costs") does not make the grant the answer.
    assert GRANT_COVERS not in text, text
    assert f"don't answer “{part}”" in text, text


def test_a_later_part_about_the_answer_before_still_reads_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = _ask(
        ["How much did the Trust commit, and what does the money cover?"], capsys, monkeypatch
    )
    assert GRANT_COVERS in row["text"], row["text"]


# --- no executor takes it: nothing named, nothing to look up ----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many years between 2019 and 2024?",
        "anything new in the past year?",
        "first?",
        ": which came first?",
        "what happened before, and after?",
    ],
)
def test_a_question_of_shape_words_only_is_not_found_not_a_random_fact(
    question: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = _ask([question], capsys, monkeypatch)
    assert row["status"] in ("not_found", "usage"), row["text"]
    assert row["sources"] == [], row["text"]
    assert "press releases" in row["text"], row["text"]


def test_a_yes_no_without_a_stating_fact_shows_the_closest_as_related(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = _ask(["Did Alibaba open a campus on Mars?"], capsys, monkeypatch)
    text = row["text"]
    assert row["status"] == "not_found", text
    assert text.startswith("The releases don't mention Mars"), text
    assert "comes closest" in text, text
