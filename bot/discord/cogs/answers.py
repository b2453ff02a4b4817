"""The answer commands (quote, what, who, timeline, sources, help) and questions asked by mention.

Prefix commands hand the message exactly as typed to ``KnowledgeService.ask`` (the
engine parses aliases and page numbers); slash commands build a ``Request`` from their
options. Either way one engine snapshot serves the whole request, off the event loop,
even if a reload swaps it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import limits
from bot.discord.checks import answers_allowed
from bot.discord.errors import SORRY, cooldown_text
from bot.discord.notes import note_interaction
from bot.discord.observe import Origin, observe
from bot.discord.options import PersonText, SpeakerText, TermText
from bot.discord.render import NO_MENTIONS, plain, render_reply, truncate
from bot.discord.replies import answer_in_context, answer_message, note_message
from bot.discord.views import answer_stale_click, answer_view
from bot.engine.answer import Answer, Status
from bot.engine.examples import examples_of
from bot.engine.request import COMMAND_ALIASES, Request, option_value, parse

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot

log = logging.getLogger(__name__)


ASK_MENU_NAME = "Ask partnerbot"
# The commands ``/help`` lists, in this order: the engine's own (its help lists them
# with the prefix for prefix commands, mentions and the terminal).
HELP_COMMANDS = ("quote", "what", "who", "timeline", "sources", "help")
NOTHING_TO_ASK = "That message has no text I can answer (only attachments or embeds)."


@dataclass(frozen=True, slots=True)
class _Asker:
    """Who the cooldown bucket is for when there is no message (a context menu):
    ``BucketType.user`` reads only ``author``."""

    author: discord.User | discord.Member


async def _sorry(interaction: discord.Interaction) -> None:
    """SORRY in place of a deferred "thinking…" (else it would think forever), or as a
    private note when nothing was sent yet."""
    if interaction.response.is_done():
        with contextlib.suppress(discord.HTTPException):
            await interaction.edit_original_response(
                content=plain(SORRY), embed=None, view=None, allowed_mentions=NO_MENTIONS
            )
            return
    await note_interaction(interaction, SORRY)


def slash_help(tree: app_commands.CommandTree[Any], question: str) -> Answer:
    """``/help``: the slash commands as Discord shows them, ``/quote speaker:`` rather
    than ``!quote``, read from the registered commands so the list cannot drift from
    them; then the "Ask partnerbot" menu and mentions, with ``question`` (the served
    base's example, ``Examples.question``)."""
    lines = []
    for name in HELP_COMMANDS:
        command = tree.get_command(name)
        if not isinstance(command, app_commands.Command):
            continue
        options = "".join(f" {p.display_name}:" for p in command.parameters)
        example = "".join(f" ({p.description})" for p in command.parameters if p.description)
        lines.append(f"`/{command.name}{options}` — {command.description}{example}")
    lines.append(f"Right-click a message > Apps > **{ASK_MENU_NAME}** — that message, answered")
    lines.append(f"Or mention me with a question, e.g. “@partnerbot {question}”")
    return Answer(
        status=Status.USAGE, title="partnerbot commands", text="\n".join(lines), command="help"
    )


def aliases_for(command: str) -> list[str]:
    """The engine's aliases ("!q", "!define"…) become prefix aliases too."""
    return sorted(alias for alias, target in COMMAND_ALIASES.items() if target == command)


class Answers(commands.Cog):
    def __init__(self, bot: PartnerBot) -> None:
        self.bot = bot
        settings = bot.settings
        # One bucket per user shared by every answer command and mention questions, so
        # switching commands does not multiply anyone's budget.
        self.cooldowns = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, commands.BucketType.user
        )
        # Right-click a message > Apps > "Ask partnerbot". Context menus cannot be
        # defined in a cog's body, so this one is added to the tree in cog_load.
        self.ask_menu = app_commands.ContextMenu(
            name=ASK_MENU_NAME, callback=self.ask_about_message
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    # --- cooldown --------------------------------------------------------------------------

    def spend(self, message: discord.Message | _Asker) -> None:
        """Count one answer for the author; raise CommandOnCooldown when over budget."""
        bucket = self.cooldowns.get_bucket(message)
        if bucket is None:
            return
        retry_after = bucket.update_rate_limit()
        if retry_after:
            raise commands.CommandOnCooldown(bucket, retry_after, commands.BucketType.user)

    async def cog_check(self, ctx: commands.Context[PartnerBot]) -> bool:  # type: ignore[override]
        # Runs for prefix and slash invocations alike (hybrid commands call it in both).
        self.spend(ctx.message)
        return True

    # --- answering -------------------------------------------------------------------------

    async def answer(self, ctx: commands.Context[PartnerBot], command: str, argument: str) -> None:
        started = time.perf_counter()  # for the answer latency metric and log
        # Parsed once, here: the request travels to the engine and to the answer log as
        # data, never as text to read again.
        if ctx.interaction is None:
            request = parse(ctx.message.content, ctx.prefix or self.bot.settings.command_prefix)
        else:
            # An autocomplete value ("id:…") names its entity exactly; typed text is
            # looked up as usual (Engine.run tells them apart).
            request = Request(command, argument.strip())
        result = await self.bot.service.ask(request)
        await answer_in_context(ctx, result, request=request, started=started)

    def complete(self, command: str, current: str) -> list[app_commands.Choice[str]]:
        """Autocomplete from the engine. Never raises: an empty list beats a timeout."""
        try:
            choices = self.bot.service.complete(
                command, current[: limits.INPUT_CHARS], limit=limits.AUTOCOMPLETE_CHOICES
            )
            # The value names the entity exactly ("id:jack-ma"), so a pick among
            # namesakes or long look-alike names answers about that one entity.
            return [
                app_commands.Choice(
                    name=truncate(c.label, limits.AUTOCOMPLETE_CHOICE_CHARS),
                    value=option_value(c.request.entity_id),
                )
                for c in choices[: limits.AUTOCOMPLETE_CHOICES]
                if c.request is not None and c.request.entity_id
            ]
        except Exception:
            log.exception("autocomplete failed for %s %r", command, current)
            return []

    @commands.hybrid_command(
        name="quote",
        aliases=aliases_for("quote"),
        description="What someone said, verbatim, with the press release it comes from.",
    )
    @app_commands.describe(speaker="A person or organisation, e.g. Jack MA")
    async def quote(
        self,
        ctx: commands.Context[PartnerBot],
        *,
        speaker: app_commands.Transform[str, SpeakerText] = "",
    ) -> None:
        await self.answer(ctx, "quote", speaker)

    @quote.autocomplete("speaker")
    async def _quote_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.complete("quote", current)

    @commands.hybrid_command(
        name="what",
        aliases=aliases_for("what"),
        description="What a name or term is, from the press releases.",
    )
    @app_commands.describe(term="A name, acronym or term, e.g. eWTP")
    async def what(
        self, ctx: commands.Context[PartnerBot], *, term: app_commands.Transform[str, TermText] = ""
    ) -> None:
        await self.answer(ctx, "what", term)

    @what.autocomplete("term")
    async def _what_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.complete("what", current)

    @commands.hybrid_command(
        name="who",
        aliases=aliases_for("who"),
        description="Someone's role and what the press releases say about them.",
    )
    @app_commands.describe(person="A person, e.g. Li Yong")
    async def who(
        self,
        ctx: commands.Context[PartnerBot],
        *,
        person: app_commands.Transform[str, PersonText] = "",
    ) -> None:
        await self.answer(ctx, "who", person)

    @who.autocomplete("person")
    async def _who_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.complete("who", current)

    @commands.hybrid_command(
        name="timeline",
        aliases=aliases_for("timeline"),
        description="What the press releases say about something, in date order.",
    )
    @app_commands.describe(term="A name or term, e.g. eWTP")
    async def timeline(
        self, ctx: commands.Context[PartnerBot], *, term: app_commands.Transform[str, TermText] = ""
    ) -> None:
        await self.answer(ctx, "timeline", term)

    @timeline.autocomplete("term")
    async def _timeline_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.complete("timeline", current)

    @commands.hybrid_command(
        name="sources",
        aliases=aliases_for("sources"),
        description="The press releases I know, newest first.",
    )
    async def sources(self, ctx: commands.Context[PartnerBot]) -> None:
        await self.answer(ctx, "sources", "")

    @commands.hybrid_command(
        name="help", aliases=aliases_for("help"), description="What I can answer, and how to ask."
    )
    async def help(self, ctx: commands.Context[PartnerBot]) -> None:
        if ctx.interaction is not None:  # slash commands are listed as slash commands
            await answer_in_context(
                ctx,
                slash_help(self.bot.tree, examples_of(self.bot.service.engine.index).question),
                request=Request("help"),
                started=time.perf_counter(),
            )
            return
        await self.answer(ctx, "help", "")

    # --- "Ask partnerbot" on a message ----------------------------------------------------

    async def ask_about_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """Answer the message's text as a question, privately, with "Post publicly".

        Discord sends the target message's content with the interaction, so this works
        without the message-content intent."""
        started = time.perf_counter()
        question = " ".join(message.content.split())
        if not question:
            await note_interaction(interaction, NOTHING_TO_ASK)
            return
        try:
            self.spend(_Asker(interaction.user))
        except commands.CommandOnCooldown as exc:
            settings = self.bot.settings
            text = cooldown_text(exc.retry_after, settings.cooldown_rate, settings.cooldown_seconds)
            await note_interaction(interaction, text)
            return
        answer = None
        delivered = False
        try:
            # A question waits for a question slot (KnowledgeService.ask), behind a
            # crowd for longer than Discord's 3 s to respond: say "thinking…" first.
            await interaction.response.defer(ephemeral=True, thinking=True)
            answer = await self.bot.service.ask(question)
            reply = render_reply(answer, embeds=True)  # interactions may always embed
            origin = Origin.from_menu(self.bot, interaction, question, started)
            vote = self.bot.ops.vote_key(origin.question, answer, origin.guild_id)
            view = answer_view(
                answer,
                owner_id=interaction.user.id,
                removable=False,
                publish_for=message.id,
                vote=vote.key if vote else None,
            )
            await interaction.edit_original_response(
                content=reply.content,
                embed=reply.embed,
                view=view,
                allowed_mentions=NO_MENTIONS,
            )
            delivered = True
        except Exception:
            log.exception(
                "Ask partnerbot failed for user %s in channel %s",
                interaction.user.id,
                interaction.channel_id,
            )
            await _sorry(interaction)
        finally:
            if answer is not None:
                origin = Origin.from_menu(self.bot, interaction, question, started)
                observe(self.bot, answer, origin, delivered=delivered)

    # --- mentions --------------------------------------------------------------------------

    def _mention_pattern(self, message: discord.Message) -> re.Pattern[str] | None:
        """How this message addresses the bot: its user mention or its managed role,
        written in the text. ``message.mentions`` is not enough: a reply to one of the
        bot's messages lists the bot there too ("thanks!" is not a question)."""
        me = self.bot.user
        if me is None:
            return None
        tokens = [rf"<@!?{me.id}>"]
        # Some clients turn "@partnerbot" into a mention of the bot's managed role.
        role = message.guild.self_role if message.guild is not None else None
        if role is not None:
            tokens.append(rf"<@&{role.id}>")
        pattern = re.compile("|".join(tokens))
        return pattern if pattern.search(message.content) else None

    @commands.Cog.listener("on_message")
    async def on_mention(self, message: discord.Message) -> None:
        """``@bot when did they meet?`` goes to the engine as a question.

        Works without the message-content intent: Discord still delivers the content of
        messages that mention the bot. Prefix commands are left to the command handler.
        """
        if message.author.bot or not message.content:
            return
        pattern = self._mention_pattern(message)
        if pattern is None or message.content.startswith(self.bot.settings.command_prefix):
            return
        if answers_allowed(self.bot.settings, message.channel, message.author) is not None:
            return  # ALLOWED_CHANNEL_IDS / ALLOWED_ROLE_IDS: no reply elsewhere
        question = " ".join(pattern.sub(" ", message.content).split())
        try:
            self.spend(message)
        except commands.CommandOnCooldown as exc:
            if not self.bot.first_cooldown_notice(message.author.id, exc.retry_after):
                return
            settings = self.bot.settings
            await note_message(
                message,
                cooldown_text(exc.retry_after, settings.cooldown_rate, settings.cooldown_seconds),
            )
            return
        try:
            started = time.perf_counter()
            result = await self.bot.service.ask(question or Request("help"))
            await answer_message(self.bot, message, result, question=question, started=started)
        except Exception:
            log.exception(
                "mention question failed for user %s in channel %s",
                message.author.id,
                message.channel.id,
            )
            await note_message(message, SORRY)

    # --- clicks nobody listens to -----------------------------------------------------------

    @commands.Cog.listener("on_interaction")
    async def on_stale_click(self, interaction: discord.Interaction) -> None:
        await answer_stale_click(interaction)


async def setup(bot: PartnerBot) -> None:
    """discord.py extension entry point (``bot.load_extension``)."""
    await bot.add_cog(Answers(bot))
