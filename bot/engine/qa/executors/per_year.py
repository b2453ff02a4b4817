"""A sum per year: "how much is X's 2023 money per year?", "how much a year does the
grant give?".

A sum stated over a span of years ("EUR 5 million for the years from 2023 to 2026",
"EUR 4 million over three years") divided by the span's years, the working shown. The
span is the one its sentence gives: "over N years" as written, else "from A to B" (or
"A–B") counted inclusively, both years being years the money covers. None when the
sentence gives no span.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.figures import Figure, figure_value
from bot.engine.qa.vocabulary import SPELLED_NUMBERS
from bot.kb.models import LoadedFact
from bot.search.index import Index

_OVER_YEARS = re.compile(r"\bover (\w+) years\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:to|–|-|through|until)\s*((?:19|20)\d\d)\b")
_RATE_PAIRS = frozenset((("per", "year"), ("a", "year"), ("each", "year"), ("per", "annum")))
_RATE_WORDS = frozenset(("annually", "yearly", "annual"))
# A currency code written before a sum ("EUR 5 million").
_CURRENCY_BEFORE = re.compile(r"\b(EUR|USD|GBP|CHF)\s$")
# A currency symbol written at the start of a sum ("$", "US$", "€", "£").
_SYMBOL = re.compile(r"[A-Z]{0,3}[$€£¥]")
# The scale words a sum is written with, largest first, with the factor figure_value
# applies for each (it reads these two).
_SCALES = (("billion", 1e9), ("million", 1e6))
# A yearly rate is shown to the cent of its unit ("1.25 million"), not rounded to one
# decimal as other figures are.
_RATE_DECIMALS = 2


def _rate(value: float) -> str:
    """``value`` with at most ``_RATE_DECIMALS`` decimals, trailing zeros dropped."""
    return f"{value:,.{_RATE_DECIMALS}f}".rstrip("0").rstrip(".")


def _per_year_figure(figure: Figure, years: int) -> str:
    """The yearly share of ``figure`` written as the figure is: its currency symbol and
    its scale word kept ("$5 billion" over 4 years -> "$1.25 billion"), a smaller scale
    when the share falls below one of the stated scale ("€2 billion" over 4 years ->
    "€500 million"), the plain number below a million."""
    symbol = _SYMBOL.match(figure.value)
    prefix = symbol[0] if symbol else ""
    stated = next((f for w, f in _SCALES if w in figure.value.casefold()), 1.0)
    share = figure_value(figure) / years
    for word, factor in _SCALES:
        if factor <= stated and share >= factor:
            return f"{prefix}{_rate(share / factor)} {word}"
    return f"{prefix}{_rate(share)}"


def asks_per_year(words: Sequence[str]) -> bool:
    """Whether the question asks a yearly rate ("per year", "a year", "annually")."""
    pairs = set(itertools.pairwise(words))
    return bool(pairs & _RATE_PAIRS or set(words) & _RATE_WORDS)


def span_years(text: str) -> tuple[int, str] | None:
    """The years a sum's sentence says it covers, with how it says so: (3, "over three
    years"), (4, "2023 to 2026"); None when it gives no span."""
    match = _OVER_YEARS.search(text)
    if match is not None:
        word = match[1].casefold()
        n = int(word) if word.isdigit() else SPELLED_NUMBERS.get(word)
        if n:
            return n, match[0]
    match = _YEAR_RANGE.search(text)
    if match is not None and int(match[2]) > int(match[1]):
        return (
            int(match[2]) - int(match[1]) + 1,
            f"{match[1]} to {match[2]}, both years counted",
        )
    return None


def per_year_answer(
    index: Index, question: str, sums: list[tuple[LoadedFact, Figure]]
) -> Answer | None:
    """The first of ``sums`` (a sentence and its sum of money) whose sentence gives a
    span, divided by its years, the working and the sentence shown; None when none does."""
    for fact, figure in sums:
        span = span_years(fact.text)
        if span is None:
            continue
        years, how = span
        at = fact.text.find(figure.value)
        written = _CURRENCY_BEFORE.search(fact.text[max(0, at - 5) : at]) if at > 0 else None
        # A code written before the sum ("EUR 5 million") goes before both figures; a
        # symbol is part of the figure itself.
        cur = "" if _SYMBOL.match(figure.value) or written is None else f"{written[1]} "
        rate = _per_year_figure(figure, years)
        text = (
            f"**{cur}{rate} a year** ({cur}{figure.value} ÷ {years} years; {how}):\n"
            f"{fact.text.strip()}"
        )
        return answered(index, question, text, [fact.source], entities=fact.about)
    return None
