"""Every sum a party committed: "how much has X committed (in total)?".

A party that commits money in several releases ("committed EUR 2.5 million" in 2018,
"commits EUR 5 million for 2023 to 2026", "added EUR 4 million" in 2025) has committed
all of them, not only the newest. The parts are the sums the party's own sentences give
after a verb of giving (``GIVING_STEMS``), a plan too ("will contribute $250,000 over two
years"), never a goal or a running total ("Total funding committed … since 2016"); a
sum restated later with no word of a further one ("a further", "added") is one
commitment. Shown oldest first, each cited, with their sum when they share a currency
and scale.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.figure_periods import is_running_total
from bot.engine.qa.figures import MONEY_SYMBOL, Figure, figure_value, figures_in, is_money
from bot.engine.qa.vocabulary import FIRST_WORDS
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.search.terms import stem
from bot.vocab import money_given

# Verbs of giving money (``bot/vocab/money_given.yaml``), as stems: the clause before a
# sum that is the party's own. "Added" and "put" give a sum too ("added EUR 2 million to
# its grant", "put EUR 1 million into"), though neither is a word for money alone.
GIVING_STEMS = frozenset(stem(w) for w in (*money_given().verbs, "add", "adds", "added", "put"))
# A party's own commitments also renew or extend its support ("renewed its support with
# USD 6 million", "extended its support with a further USD 3 million"), as funders.py
# reads them: each is one more sum it committed.
_COMMITTING_STEMS = GIVING_STEMS | frozenset(
    stem(w) for w in "renew renews renewed extend extends extended".split()
)
# "Fund" is no verb of the shared vocabulary (it ends givers' names), but "X will fund Y
# with EUR 2 million" gives the sum: the verb's stem in the clause, "with" right before
# the sum (its currency word aside).
_FUND_STEM = stem("fund")
_WITH_REACH = 2
_PASSIVE_STEMS = frozenset(stem(w) for w in "is are was were be been being".split())
# Words saying a sum comes on top of an earlier one ("a further EUR 2 million").
_MORE_STEMS = frozenset(stem(w) for w in "further additional another more add adds added".split())
# Question words asking for every commitment, not the newest ("has X committed",
# "in total").
_ALL_ASKED = frozenset("has have total altogether all overall".split())
_TOTAL_STEM = stem("total")


@dataclass(frozen=True, slots=True)
class Commitment:
    """One sum a party gave, as its sentence states it."""

    fact: LoadedFact
    figure: Figure
    date: str


def asks_every_commitment(words: Sequence[str]) -> bool:
    """Whether "how much …" asks all a party has given ("how much has X committed",
    "… in total"), not one sum ("how much did X commit in 2018?")."""
    return bool(set(words) & _ALL_ASKED) and any(stem(w) in GIVING_STEMS for w in words)


def commitments(stated: list[Commitment]) -> list[Commitment]:
    """The party's distinct commitments among ``stated`` (its sums, any verb), oldest
    first: those after a verb of giving, no running total, and a restated value only
    when its sentence says it is a further sum."""
    kept: list[Commitment] = []
    for c in sorted(map(_given_sum, stated), key=lambda c: c.date):
        lead = _lead_words(c)
        if not (lead & _COMMITTING_STEMS or _funds_with(c)):
            continue
        if _TOTAL_STEM in lead or is_running_total(c.fact.text):
            continue
        value = figure_value(c.figure)
        if any(figure_value(k.figure) == value for k in kept) and not lead & _MORE_STEMS:
            continue  # the same sum restated
        if any(k.fact.id == c.fact.id for k in kept):
            continue
        kept.append(c)
    return kept


# A lead this short was cut at a comma ("X's second grant to Y, of US$4 million").
_CUT_LEAD = 2


def _funds_with(c: Commitment) -> bool:
    """Whether a sum is given with "fund" as the verb, in the active voice: "will fund Y
    with EUR 2 million" (the giver's), not "Y is funded with …" (the receiver's)."""
    lead = c.figure.lead
    if _FUND_STEM not in lead or "with" not in c.figure.before[-_WITH_REACH:]:
        return False
    at = len(lead) - 1 - lead[::-1].index(_FUND_STEM)
    return at == 0 or lead[at - 1] not in _PASSIVE_STEMS


def _lead_words(c: Commitment) -> set[str]:
    """The stems saying what a sum is: its clause before it, and when that is only a
    word or two after a comma ("The Coalition's second grant to SlopeWatch, of US$4
    million"), the sentence's words before it."""
    lead = set(c.figure.lead)
    if len(c.figure.lead) > _CUT_LEAD:
        return lead
    at = c.fact.text.find(c.figure.value)
    if at < 0:
        return lead
    return lead | {stem(w) for w in re.findall(r"[a-z]+", c.fact.text[:at].casefold())}


def _given_sum(c: Commitment) -> Commitment:
    """``c`` with the sum its sentence says was given, when the one read first is a
    running total ("total commitment … reached US$14 million with a further grant of
    US$4 million": the US$4 million); else ``c`` as it is."""
    if _TOTAL_STEM not in c.figure.lead:
        return c
    for figure in figures_in(c.fact.text):
        lead = set(figure.lead)
        if is_money(figure) and lead & GIVING_STEMS and _TOTAL_STEM not in lead:
            return dataclasses.replace(c, figure=figure)
    return c


# A scale word's multiple; "" is a sum written in full.
_SCALES = {"": 1.0, "million": 1e6, "billion": 1e9}


def _in_scale(value: float) -> str:
    """A sum in its scale's units, exact to a thousandth ("0.75" million for 750,000):
    rounding to tenths would show parts that do not add up to what the releases say."""
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _scale(figure: Figure) -> tuple[str, str]:
    """A sum's currency (its first token or symbol) and scale word ("million")."""
    text = figure.value
    scale = next((w for w in ("billion", "million") if w in text.casefold()), "")
    symbol = re.match(MONEY_SYMBOL, text)
    currency = symbol[0] if symbol else ""
    before = figure.before[-1:] if not currency else ()
    return (currency or (before[0] if before else "")), scale


def every_commitment_answer(
    index: Index, question: str, parts: list[Commitment], date_of: Callable[[LoadedFact], str]
) -> Answer | None:
    """Every commitment listed, oldest first, and their sum (in the largest scale word
    among them: "million") when they share a currency; None for fewer than two (the one sum answers as before)."""
    if len(parts) < 2:
        return None
    lines = []
    # One currency written at two scales ("AUD 750,000", "AUD 1.15 million") adds up in
    # the larger scale; only two currencies are "different currencies".
    kinds = [_scale(p.figure) for p in parts]
    currencies = {currency.casefold() for currency, _ in kinds}
    if len(currencies) == 1:
        currency = kinds[0][0]
        scale = max((s for _, s in kinds), key=_SCALES.__getitem__)
        values = [figure_value(p.figure) for p in parts]
        divisor = _SCALES[scale]
        shown = [_in_scale(v / divisor) for v in values]
        total = _in_scale(sum(values) / divisor)
        unit = f" {scale}" if scale else ""
        cur = f"{currency.upper()} " if currency.isalpha() else currency
        lines.append(
            f"**{cur}{total}{unit}** in all, over {len(parts)} commitments "
            f"({' + '.join(shown)} = {total}{unit}):"
        )
    else:
        lines.append(f"**{len(parts)} commitments** (in different currencies):")
    lines += [f"• As of {p.date}: {p.fact.text.strip()}{placeholder(p.fact.source)}" for p in parts]
    return answered(
        index,
        question,
        "\n".join(lines),
        [p.fact.source for p in parts],
        entities=[e for p in parts for e in p.fact.about],
    )


# Words naming one sum given, asked for by its noun ("the latest grant from X").
GIFT_NOUNS = money_given().nouns
# Words asking for the newest of them.
NEWEST_WORDS = frozenset("latest newest recent last".split())


# Words after "what / which" that still ask the sum: a link ("what is the latest
# grant"), the gift's own noun ("which grant"), or a word for an amount ("what sum").
_AMOUNT_AFTER_WH = (
    frozenset(
        "is was are were s the its their a an amount sum size value figure total money".split()
    )
    | GIFT_NOUNS
    | NEWEST_WORDS
)
# "How much / how big / how large": an amount asked; any other "how" (how long, how
# many, how often) asks something else of the grant.
_AMOUNT_AFTER_HOW = frozenset("much big large".split())
# Openers asking no amount at all.
_OTHER_OPENERS = frozenset("who whom whose why when where".split())


def asks_newest_commitment(words: Sequence[str]) -> bool:
    """Whether a question asks for a party's newest sum by its noun ("what's the latest
    grant from X?", "how much was X's most recent pledge?", "X's latest grant"), not how
    long it lasted, who received it ("which organisation received the latest grant?"),
    what it was for, how one changed or when."""
    return _asks_commitment(words, NEWEST_WORDS)


def asks_first_commitment(words: Sequence[str]) -> bool:
    """``asks_newest_commitment`` for the oldest sum: "how much was the first grant from
    X?", "X's original pledge"; False when it asks the newest too."""
    return not set(words) & NEWEST_WORDS and _asks_commitment(words, FIRST_WORDS)


# Openers of a request for a list ("list the Fund's grants", "name X's pledges").
_LIST_OPENERS = frozenset("list name enumerate".split())
# "What/which are …", "what were …": a list asked with a question word.
_LIST_LINKS = frozenset("are were".split())


def asks_commitment_list(words: Sequence[str]) -> bool:
    """Whether a question asks for every one of a party's gifts by a plural noun ("list
    the Fund's grants to X", "what are X's pledges?"), not their sum or one of them."""
    plural = [w for w in words if w in GIFT_NOUNS and w.endswith("s")]
    if not plural or set(words) & (NEWEST_WORDS | FIRST_WORDS):
        return False
    return words[0] in _LIST_OPENERS or (
        words[0] in ("what", "which") and words[1:2] in [(w,) for w in _LIST_LINKS]
    )


def _asks_commitment(words: Sequence[str], order: frozenset[str]) -> bool:
    """Whether a question asks the sum of one of a party's gifts named by its noun and a
    word of ``order`` (see ``asks_newest_commitment``)."""
    asked = set(words)
    if not (asked & GIFT_NOUNS and asked & order) or words[:1] in [(w,) for w in _OTHER_OPENERS]:
        return False
    if words[-1:] == ("for",) or any(
        a == "for" and b in ("what", "which") for a, b in itertools.pairwise(words)
    ):
        return False  # "what was the latest grant for?": its purpose
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "how":
            return following in _AMOUNT_AFTER_HOW
        if word in ("what", "which"):
            return following in _AMOUNT_AFTER_WH
    return True


def newest_commitment_answer(index: Index, question: str, parts: list[Commitment]) -> Answer | None:
    """The newest of a party's commitments (``commitments``, oldest first), its sum
    and date first, the earlier ones after it, newest first; None when there are none."""
    if not parts:
        return None
    newest, earlier = parts[-1], parts[-2::-1]
    lines = [
        f"**{newest.figure.shown}** (the newest, as of {newest.date}): "
        f"{newest.fact.text.strip()}{placeholder(newest.fact.source)}"
    ]
    if earlier:
        lines.append("Earlier:")
        lines += [
            f"• As of {p.date}: {p.fact.text.strip()}{placeholder(p.fact.source)}" for p in earlier
        ]
    return _cited(index, question, lines, [newest, *earlier])


def first_commitment_answer(index: Index, question: str, parts: list[Commitment]) -> Answer | None:
    """The oldest of a party's commitments (``commitments``, oldest first), its sum and
    date first, the later ones after it, oldest first; None when there are none."""
    if not parts:
        return None
    first, later = parts[0], parts[1:]
    lines = [
        f"**{first.figure.shown}** (the first, as of {first.date}): "
        f"{first.fact.text.strip()}{placeholder(first.fact.source)}"
    ]
    if later:
        lines.append("Later:")
        lines += [
            f"• As of {p.date}: {p.fact.text.strip()}{placeholder(p.fact.source)}" for p in later
        ]
    return _cited(index, question, lines, [first, *later])


def _cited(index: Index, question: str, lines: list[str], shown: list[Commitment]) -> Answer:
    """The answer of ``lines``, citing the releases of ``shown`` in that order."""
    return answered(
        index,
        question,
        "\n".join(lines),
        [p.fact.source for p in shown],
        entities=[e for p in shown for e in p.fact.about],
    )
