"""Personal data that must not be kept: removed from a question before it is stored.

Used on the user's text before it is normalised (``bot.discord.observe``) and again on
the normalised question the gaps database stores (``GapStore.record``), where
punctuation is already folded: the patterns work on both forms.

Removed: e-mail addresses; IBAN-like strings (two letters, two check digits, then
groups of letters and digits, ISO 13616); phone numbers (7 or more digits, with spaces,
dots, dashes, parentheses or a leading +); any other run of 7 or more digits (account,
card and id numbers). Years, ISO dates and short numbers ("top 5", "2018") are kept:
they are what questions about press releases are made of.
"""

from __future__ import annotations

import re

# Normalising folds "@" and "." away, so addresses must be removed from the raw text.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,3})?\b", re.I)
# Digits with the separators people type in phone numbers; checked for length below.
_DIGITS_SPREAD = re.compile(r"\+?\(?\d[\d ()./-]*\d\)?")
# Dates, raw ("2018-04-21") or normalised ("2018 04 21"), and lists of years.
_DATE = re.compile(r"\d{4}[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}")
_YEARS = re.compile(r"(?:(?:19|20)\d\d)(?:[ ,/-]+(?:19|20)\d\d)*")
LONG_DIGITS = 7


def _digits_or_blank(match: re.Match[str]) -> str:
    text = match.group(0)
    if _DATE.fullmatch(text.strip()) or _YEARS.fullmatch(text.strip()):
        return text
    digits = sum(ch.isdigit() for ch in text)
    if digits < LONG_DIGITS:
        return text
    return " "


def scrub_personal(text: str) -> str:
    """``text`` without e-mail addresses, IBANs, phone numbers and long digit runs."""
    text = _EMAIL.sub(" ", text)
    text = _IBAN.sub(" ", text)
    return _DIGITS_SPREAD.sub(_digits_or_blank, text)
