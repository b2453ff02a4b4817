"""Slash and prefix option values, checked the same way whichever door they came in by.

Discord validates option types and ranges in its own client, and discord.py trusts it:
``app_commands.Range`` only tells Discord the limits, and a crafted interaction (``days``
as ``"abc"``, ``-1`` or ``10**20``; a number where text belongs) reaches the command
unchecked. These annotations are both a ``commands.Converter`` (prefix commands) and an
``app_commands.Transformer`` (slash commands; hybrid commands take them as they are), so
one ``check`` serves both, and a bad value is a ``commands.BadArgument`` with the same
friendly reply either way (``bot.discord.errors``).
"""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import limits
from bot.engine.request import clean

# A whole number as typed: optional sign, decimal digits, nothing else. Bounded in
# length so that int() never gets a huge string.
_WHOLE = re.compile(r"[+-]?\d{1,30}")


class WholeNumber(commands.Converter[int], app_commands.Transformer):
    """An integer option from ``low`` to ``high`` (inclusive); ``name`` names it in the
    reply. Discord shows the limits in its client; this enforces them."""

    def __init__(self, name: str, low: int, high: int) -> None:
        super().__init__()
        self.name, self.low, self.high = name, low, high

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.integer

    @property
    def min_value(self) -> int:
        return self.low

    @property
    def max_value(self) -> int:
        return self.high

    def check(self, value: object) -> int:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
            number = int(value.strip())
        if number is None or not self.low <= number <= self.high:
            raise commands.BadArgument(
                f"{self.name} must be a whole number from {self.low} to {self.high}."
            )
        return number

    async def convert(self, ctx: commands.Context[Any], argument: str) -> int:
        return self.check(argument)

    async def transform(self, interaction: discord.Interaction, value: Any, /) -> int:
        return self.check(value)


class Text(commands.Converter[str], app_commands.Transformer):
    """A text option: a string (anything else is refused), with control characters
    turned into spaces as for prefix commands (``bot.engine.request.clean``). Its length
    is left to the engine, which answers an over-long text as it does for a message."""

    def __init__(self, name: str, max_length: int = limits.INPUT_CHARS) -> None:
        super().__init__()
        self.name, self.max_length = name, max_length

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def max_value(self) -> int:  # max_length, for a string option
        return self.max_length

    def check(self, value: object) -> str:
        if not isinstance(value, str):
            raise commands.BadArgument(f"{self.name} must be text.")
        return clean(value)

    async def convert(self, ctx: commands.Context[Any], argument: str) -> str:
        return self.check(argument)

    async def transform(self, interaction: discord.Interaction, value: Any, /) -> str:
        return self.check(value)


class SpeakerText(Text):
    def __init__(self) -> None:
        super().__init__("speaker")


class TermText(Text):
    def __init__(self) -> None:
        super().__init__("term")


class PersonText(Text):
    def __init__(self) -> None:
        super().__init__("person")
