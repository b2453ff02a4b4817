"""Kinds of question the pipeline review found answered with the wrong fact, end to end
through ``partnerbot ask --json`` on the five-release base: a later part about
something unknown, present-tense lists, goal totals, questions no executor takes, and
n-th occurrences."""

from __future__ import annotations

import pytest

from tests.asking import ask_json
from tests.kbpaths import R2, R3, R4

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
    (row,) = ask_json([question], capsys, monkeypatch)
    text = row["text"]
    assert "US$15 million" in text and R3 in row["sources"], text
    # One shared word ("run" in "running costs") does not make the grant the answer.
    assert GRANT_COVERS not in text, text
    assert f"don't answer “{part}”" in text, text


def test_a_later_part_about_the_answer_before_still_reads_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(
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
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] in ("not_found", "usage"), row["text"]
    assert row["sources"] == [], row["text"]
    assert "press releases" in row["text"], row["text"]


def test_a_yes_no_without_a_stating_fact_shows_the_closest_as_related(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["Did Alibaba open a campus on Mars?"], capsys, monkeypatch)
    text = row["text"]
    assert row["status"] == "not_found", text
    assert text.startswith("The releases don't mention Mars"), text
    assert "comes closest" in text, text


# --- present tense: the newest list -----------------------------------------------------

NEW_PARTNERS = ("Development Trust for Africa", "ASEAN Young Entrepreneurs Circle")


@pytest.mark.parametrize(
    "question",
    [
        "how many partners does the academy have?",
        "which organisations are partners of the academy?",
        "what organisations is the academy partnered with?",
    ],
)
def test_a_present_tense_list_reads_the_newest_list(
    question: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    text = row["text"]
    assert row["status"] == "answered", text
    assert all(name in text for name in NEW_PARTNERS), text
    assert R4 in row["sources"], text
    assert "pandemic" not in text, text


def test_a_past_list_still_reads_the_list_of_its_year(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["how many partners did the academy have in 2019?"], capsys, monkeypatch)
    assert row["text"].startswith("**Four:**"), row["text"]
    assert row["sources"] == [R2]


def test_a_count_never_falls_back_to_a_sentence_without_its_figure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The grant sentence uses "running costs" but gives no figure for them.
    (row,) = ask_json(["how many running costs does the grant cover?"], capsys, monkeypatch)
    assert row["status"] == "not_found", row["text"]
    assert GRANT_COVERS not in row["text"], row["text"]


# --- goal totals: the noun from the goal's sentence -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many in total if the second phase meets its target?",
        "If the second phase hits its goal, how many will there be overall?",
        "How many in total if the academy meets its target?",
    ],
)
def test_a_goal_total_takes_its_noun_from_the_goal(
    question: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    text = row["text"]
    assert "**45,000**" in text and "20,000 + 25,000" in text, text


# --- n-th occurrence: the event, who "they" are, and the facts read --------------------

R4_KL = "Kuala Lumpur"


@pytest.mark.parametrize(
    "question", ["What was the second campus?", "When did the academy open its second campus?"]
)
def test_a_reopening_is_no_further_occurrence(
    question: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    text = row["text"]
    first_line = text.split("\n")[1] if text.startswith("**Second") else text
    assert "reopened" not in first_line, text
    assert R4_KL in text.split("The others")[0], text


def test_an_unresolved_they_is_not_counted_over_everyone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["when did they meet for the third time?"], capsys, monkeypatch)
    assert "partners agreed" not in row["text"], row["text"]
    assert row["status"] != "answered", row["text"]


@pytest.mark.parametrize(
    "question",
    [
        "When did LI Yong and Jack MA meet for the second time?",
        "Who are LI Yong and Jack MA, and when did they meet for the second time?",
    ],
)
def test_they_named_in_the_question_still_counts_their_meetings(
    question: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    assert "**Second of 2 on record:** Monday, November 11, 2019" in row["text"], row["text"]


def test_a_capped_count_says_at_least(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.engine.engine import Engine
    from bot.engine.qa.executors import ordinal
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    monkeypatch.setattr(ordinal, "MAX_SCANNED_FACTS", 3)
    # Not "the second meeting", which names the second of the meetings declared
    # (ordinal_names.py) rather than counting occurrences in facts.
    text = engine.handle("when did a meeting happen for the second time?").text
    assert "of at least" in text or "Of the 3 facts I read" in text, text
    assert "of 3 on record" not in text, text
