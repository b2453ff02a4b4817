"""Where an answer came from, so that ``replies.deliver`` can report every answer to
``bot.ops`` (metrics, stats, the gaps database, the answer log) in one place.

Only the normalised question is kept from the user's text (``bot.textnorm.normalize``
of the message without prefix or mention, with the command word in its canonical form:
``!define eWTP`` and ``/what term:eWTP`` both become ``what ewtp``). Mentions of users,
roles and channels are removed first (they are ids), and so is anything shaped like a
Discord token, so neither reaches the gaps database or the logs.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.engine.request import Request
from bot.ops.logging import TOKEN_SHAPED
from bot.ops.observer import AnswerEvent
from bot.ops.privacy import scrub_personal
from bot.textnorm import normalize

if TYPE_CHECKING:
    import discord
    from discord.ext import commands

    from bot.discord.app import PartnerBot
    from bot.engine.answer import Answer

log = logging.getLogger(__name__)

_MENTIONS = re.compile(r"<(?:@[!&]?|#)\d+>")


def scrub(text: str, secret: str = "") -> str:
    """The user's text without mentions, the bot's token or token-shaped strings, and
    personal data (``bot.ops.privacy``: e-mail addresses, phone numbers, IBANs, long
    digit runs), before normalising folds their punctuation away."""
    if secret:
        text = text.replace(secret, " ")
    return scrub_personal(TOKEN_SHAPED.sub(" ", _MENTIONS.sub(" ", text)))


def _secret(bot: PartnerBot) -> str:
    token = bot.settings.discord_token
    return token.get_secret_value() if token is not None else ""


@dataclass(frozen=True, slots=True)
class Origin:
    via: str  # "prefix", "slash", "mention", "button" or "menu"
    question: str
    guild_id: int | None
    channel_id: int | None
    user_id: int
    started: float  # time.perf_counter() when handling began

    @classmethod
    def from_context(
        cls, ctx: commands.Context[PartnerBot], request: Request, started: float | None = None
    ) -> Origin:
        return cls(
            via="prefix" if ctx.interaction is None else "slash",
            question=_safe(lambda: request_question(ctx.bot, request)),
            guild_id=ctx.guild.id if ctx.guild is not None else None,
            channel_id=ctx.channel.id if ctx.channel is not None else None,
            user_id=ctx.author.id,
            started=time.perf_counter() if started is None else started,
        )

    @classmethod
    def from_message(
        cls,
        bot: PartnerBot,
        message: discord.Message,
        question: str,
        started: float | None = None,
    ) -> Origin:
        return cls(
            via="mention",
            question=_safe(lambda: normalize(scrub(question, _secret(bot)))),
            guild_id=message.guild.id if message.guild is not None else None,
            channel_id=message.channel.id,
            user_id=message.author.id,
            started=time.perf_counter() if started is None else started,
        )

    @classmethod
    def from_interaction(
        cls,
        bot: PartnerBot,
        interaction: discord.Interaction,
        request: Request,
        started: float | None = None,
    ) -> Origin:
        """A click (a pick or a page turn) that ran ``request``."""
        return cls(
            via="button",
            question=_safe(lambda: request_question(bot, request)),
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
            user_id=interaction.user.id,
            started=time.perf_counter() if started is None else started,
        )

    @classmethod
    def from_menu(
        cls,
        bot: PartnerBot,
        interaction: discord.Interaction,
        question: str,
        started: float | None = None,
    ) -> Origin:
        """ "Ask partnerbot" on a message: ``question`` is that message's text."""
        return cls(
            via="menu",
            question=_safe(lambda: normalize(scrub(question, _secret(bot)))),
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
            user_id=interaction.user.id,
            started=time.perf_counter() if started is None else started,
        )


def _safe(read: Callable[[], str]) -> str:
    try:
        return read()
    except Exception:
        log.exception("could not read the question for the answer log")
        return ""


def request_question(bot: PartnerBot, request: Request) -> str:
    """``quote li yong``: what ``request`` asks, as a user would type it without the
    prefix or a page number (so that page turns count as the same question), scrubbed and
    normalised. An exact entity reference (a pick, an autocomplete value) is logged as
    the name it stands for."""
    typed = bot.service.engine.request_text(dataclasses.replace(request, page=None))
    return normalize(scrub(typed, _secret(bot)))


def observe(bot: PartnerBot, answer: Answer, origin: Origin | None, *, delivered: bool) -> None:
    """Report one answer to ``bot.ops``; never raises."""
    if origin is None:
        return
    bot.ops.observe(
        AnswerEvent(
            answer=answer,
            question=origin.question,
            via=origin.via,
            guild_id=origin.guild_id,
            channel_id=origin.channel_id,
            user_id=origin.user_id,
            seconds=time.perf_counter() - origin.started,
            delivered=delivered,
        )
    )
