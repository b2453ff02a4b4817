"""Typos in a free question's grammar words and common nouns are read as the words meant,
while names and the base's own words are left as typed."""

from __future__ import annotations

from bot.engine.qa.read import understand

# An invented base's words: a summit, a company, and a person surnamed "Hw".
_BASE = frozenset("summit company conference hw orvane".split())


def _known(word: str) -> bool:
    return word in _BASE


def test_misspelt_common_noun_the_base_uses_is_corrected() -> None:
    assert understand("whn was the sumit", _known).words == ("when", "was", "the", "summit")
    assert understand("which compny hosted it", _known).words[:2] == ("which", "company")


def test_common_noun_the_base_does_not_use_is_left_alone() -> None:
    # "meetng" is one edit from "meeting", which this base never uses.
    assert understand("where was the meetng", _known).words[-1] == "meetng"


def test_two_letter_chat_form_of_how() -> None:
    assert understand("hw many staff", lambda word: word == "staff").words[0] == "how"


def test_names_are_never_corrected() -> None:
    # "orvane" is a name in the base; "hw" is a surname there.
    assert understand("who is orvane", _known).words[-1] == "orvane"
    assert understand("where does hw work", _known).words[2] == "hw"
