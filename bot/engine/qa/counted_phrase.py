"""The noun phrase a count question asks for: "cold storage hubs" in "how many cold
storage hubs are running?" (its last word is what is counted, ``stated_counts.py``; a
count no release states names it back, ``base.not_found``)."""

from __future__ import annotations

from bot.search.terms import QUESTION_WORDS, STOP_WORDS


def noun_phrase(words: tuple[str, ...]) -> list[str]:
    """The noun phrase after "how many" ("cold storage hubs"), up to a stop word or a
    verb form ending in -ed/-ing; empty when the question does not open so."""
    if words[:2] != ("how", "many"):
        return []
    phrase: list[str] = []
    for word in words[2:]:
        if word in STOP_WORDS or word in QUESTION_WORDS:
            break
        if phrase and verb_form(word):
            break  # "how many ship calls connected to …": the verb ends the phrase
        phrase.append(word)
    return phrase


def verb_form(word: str) -> bool:
    """Whether ``word`` reads as a verb's -ed or -ing form: "connected", "using", and
    the short "used" (not "seed", "need": a double "e" before "d" is the stem's)."""
    if len(word) > 4:
        return word.endswith(("ed", "ing"))
    return len(word) == 4 and word.endswith("ed") and word[-3] != "e"
