"""A "no" only from a negation of the sentence's own verb (session 15, review leftover 3).

A negation inside a noun phrase ("midwives without formal licences", "farmers who no
longer grow tobacco") denies nothing of the subject asked about, and "non-" makes the
word it prefixes another thing ("non-resident students" are no resident students), so
it gives no "yes" either. Invented base: a midwifery academy and a growers' union.
"""

from __future__ import annotations

import json

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.negation import denies
from bot.search.terms import index_term
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_RELEASES = {
    "n2021": source_line("n2021", "Tolsta Academy opens a rural course", "2021-03-02")
    + "entities:\n"
    "  - {id: tolsta, name: Tolsta Academy, kind: organization, summary: A midwifery school.}\n"
    "  - {id: brue, name: Brue Growers Union, kind: organization, summary: A farmers' union.}\n"
    "  - {id: carnach, name: Carnach Health Board, kind: organization, summary: A health"
    " board.}\n"
    "facts:\n"
    + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in (
            (
                "adjunct",
                "tolsta",
                "The Tolsta Academy trains midwives without formal licences in remote districts.",
            ),
            (
                "relative",
                "brue",
                "The Brue Growers Union supports farmers who no longer grow tobacco.",
            ),
            (
                "prefix",
                "tolsta",
                "The Tolsta Academy enrols non-resident students from island villages.",
            ),
            (
                "apposed",
                "tolsta, carnach",
                "The Tolsta Academy, no longer funded by the Carnach Health Board, runs night"
                " classes for nurses.",
            ),
        )
    ),
}


@pytest.fixture(scope="module")
def academy(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("academy"), _RELEASES)


@pytest.mark.parametrize(
    "question",
    [
        # The negated phrase ends before the verb's place: the training there is stated.
        "does the tolsta academy train midwives in remote districts?",
        # The negation is the farmers' own clause, not the union's verb.
        "does the brue growers union support tobacco farmers?",
    ],
)
def test_a_negation_inside_a_noun_phrase_is_no_no(academy: Engine, question: str) -> None:
    reply = answered(academy, question)
    assert "No:" not in reply and "say otherwise" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "does the tolsta academy train midwives without formal licences?",
        "does the brue growers union support farmers who no longer grow tobacco?",
        "does the tolsta academy enrol non-resident students?",
    ],
)
def test_the_qualified_phrase_asked_as_written_is_a_yes(academy: Engine, question: str) -> None:
    answered(academy, question, "Yes")


def test_a_prefixed_non_gives_no_yes_for_the_word_alone(academy: Engine) -> None:
    reply = answered(academy, "does the tolsta academy enrol resident students?")
    assert "Yes" not in reply


def test_a_negation_of_the_subject_s_own_verb_is_still_a_no(academy: Engine) -> None:
    # "The Academy, no longer funded by the Board, …": an apposition about the subject.
    answered(academy, "is the tolsta academy funded by the carnach health board?", "No:")


def _terms(*words: str) -> list[str]:
    return [index_term(w) for w in words]


@pytest.mark.parametrize(
    ("sentence", "terms", "denied"),
    [
        ("The Kelda Fund receives no public money.", ("receive", "public", "money"), True),
        (
            "The Kelda Fund, which receives no public money, runs clinics.",
            ("public", "money"),
            True,
        ),
        ("The Kelda Fund is a charity which receives no public money.", ("public", "money"), True),
        ("The Kelda Fund receives no funding from governments.", ("funding", "governments"), True),
        ("The Kelda Fund is not a member of the Orla Compact.", ("member", "orla"), True),
        ("The Kelda Fund backs nurses who never trained abroad.", ("nurses", "trained"), False),
        (
            "The Kelda Fund equips clinics without power in upland villages.",
            ("upland", "villages"),
            False,
        ),
    ],
)
def test_which_negations_deny(sentence: str, terms: tuple[str, ...], denied: bool) -> None:
    assert (denies(sentence, _terms(*terms)) is not None) is denied
