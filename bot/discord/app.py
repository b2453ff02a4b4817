"""The one bot factory, used by ``partnerbot run``, ``partnerbot sync`` and the tests."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord import errors
from bot.discord.checks import AnswerTree, answers_here
from bot.discord.http import retry_service_unavailable
from bot.discord.ops_hooks import bot_hooks, broken_start_text, post_to_mod_log
from bot.discord.render import NO_MENTIONS
from bot.discord.translations import PartnerTranslator
from bot.discord.views import DYNAMIC_ITEMS
from bot.ops.observer import Ops

if TYPE_CHECKING:
    from bot.service import KnowledgeService
    from bot.settings import Settings

log = logging.getLogger(__name__)


def intents_for(settings: Settings) -> discord.Intents:
    """Only what the bot uses. Message content is privileged and optional: without it
    mentions and slash commands still work, prefix commands do not."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = settings.message_content_intent
    return intents


# Exactly what the bot uses: read the channel, answer, embed, and reply to a message
# (a reply needs Read Message History). Nothing else, so server admins can trust it.
REQUIRED_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, embed_links=True, read_message_history=True
)


def invite_url(application_id: int) -> str:
    """The invite link: the bot plus slash commands, with REQUIRED_PERMISSIONS."""
    return discord.utils.oauth_url(
        application_id, permissions=REQUIRED_PERMISSIONS, scopes=("bot", "applications.commands")
    )


# Each cog is a discord.py extension with its own setup(); a new feature is a new module
# here and one line in this list.
EXTENSIONS = (
    "bot.discord.cogs.answers",
    "bot.discord.cogs.admin",
    "bot.discord.cogs.moderation",
)


class PartnerBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        service: KnowledgeService,
        *,
        sync_dev_guild: bool = True,
        ops: Ops | None = None,
        **options: Any,
    ) -> None:
        options.setdefault("intents", intents_for(settings))
        super().__init__(
            command_prefix=settings.command_prefix,
            # The engine has its own help; discord.py's would list Python signatures.
            help_command=None,
            # The default for every send; each send also passes it explicitly.
            allowed_mentions=NO_MENTIONS,
            case_insensitive=True,
            strip_after_prefix=True,
            # ALLOWED_CHANNEL_IDS / ALLOWED_ROLE_IDS for app commands that are not hybrid.
            tree_cls=AnswerTree,
            **options,
        )
        # ALLOWED_CHANNEL_IDS / ALLOWED_ROLE_IDS for every command, prefix or slash;
        # moderator commands pass (bot/discord/checks.py).
        self.add_check(answers_here)
        # 503 is retried like 500/502/504 (bot/discord/http.py).
        retry_service_unavailable(self)
        self.settings = settings
        self.service = service
        self.sync_dev_guild = sync_dev_guild
        # Metrics, stats, gaps, health and the knowledge watcher (bot/ops/), made by the
        # composition root (cli/run.py) or here. The services start in connect(), so
        # `partnerbot sync` (login only) never starts them.
        self.ops = ops if ops is not None else Ops(settings, service)
        # user id -> monotonic time until which they were already told about the cooldown.
        self._cooldown_told: dict[int, float] = {}
        # Whether the moderator log was told of files left out at start (connect()).
        self._told_broken = False

    def first_cooldown_notice(self, user_id: int, retry_after: float) -> bool:
        """True once per cooldown window and user: explaining the cooldown to someone
        who keeps typing must not become a way to make the bot spam the channel."""
        now = time.monotonic()
        if self._cooldown_told.get(user_id, 0.0) > now:
            return False
        if len(self._cooldown_told) > 10_000:  # forget expired entries now and then
            self._cooldown_told = {k: v for k, v in self._cooldown_told.items() if v > now}
        self._cooldown_told[user_id] = now + retry_after
        return True

    async def setup_hook(self) -> None:
        # Persistent buttons and menus: a click on one sent before a restart still
        # works, since its custom id carries everything (bot/discord/views.py).
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        # zh-CN names and descriptions for /quote, /what and /who, sent with every sync.
        await self.tree.set_translator(PartnerTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.tree.error(errors.on_tree_error)
        guild_id = self.settings.dev_guild_id
        if self.sync_dev_guild and guild_id:
            # Guild commands update instantly; global sync is left to `partnerbot sync`
            # because Discord rate-limits it and it should not run on every start.
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            try:
                synced = await self.tree.sync(guild=guild)
            except discord.HTTPException as exc:
                # Slash commands there stay as they were; everything else works.
                log.warning(
                    "could not sync slash commands to DEV_GUILD_ID=%s (HTTP %s: %s); is the "
                    "bot in that server, and was it invited with the applications.commands "
                    "scope? Running without syncing them",
                    guild_id,
                    exc.status,
                    exc.text,
                )
            else:
                log.info("synced %d slash commands to dev guild %s", len(synced), guild_id)

    async def connect(self, *, reconnect: bool = True) -> None:
        await self.ops.start(bot_hooks(self))
        kb = self.service.snapshot.kb
        if kb.broken_files and not self._told_broken:
            # Once a process: the moderators must learn that part of the knowledge is
            # not served, or they would read its answers as the releases' silence.
            self._told_broken = True
            await post_to_mod_log(
                self,
                self.settings.mod_log_channel_id,
                broken_start_text(kb.broken_files, kb.broken_problems),
                "the files left out at start",
            )
        await super().connect(reconnect=reconnect)

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            await self.ops.stop()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        # A closing or closed bot starts no new handlers. discord.py's close() leaves
        # running the task that holds back `ready` for guild_ready_timeout after a READY
        # (ConnectionState._delay_ready), then drops the client's event loop; a `ready`
        # dispatched after that made the handler's coroutine and could not schedule it
        # ("coroutine 'Client._run_event' was never awaited", and an AttributeError in a
        # task nobody reads). Handlers already running finish as before.
        if self.is_closed():
            return
        super().dispatch(event_name, *args, **kwargs)

    async def on_command_error(  # type: ignore[override]
        self, ctx: commands.Context[PartnerBot], error: commands.CommandError, /
    ) -> None:
        await errors.on_command_error(ctx, error)

    async def on_ready(self) -> None:
        user = self.user
        shards = (
            f", shards {sorted(self.shards)}" if isinstance(self, commands.AutoShardedBot) else ""
        )
        log.info(
            "logged in as %s (%s) in %d guild(s)%s; knowledge base: %s",
            user,
            user.id if user else "?",
            len(self.guilds),
            shards,
            self.service.counts(),
        )
        if self.application_id:
            log.info("invite link: %s", invite_url(self.application_id))


class ShardedPartnerBot(PartnerBot, commands.AutoShardedBot):
    """The same bot over several gateway connections (SHARD_COUNT / SHARD_IDS)."""


def create_bot(settings: Settings, service: KnowledgeService, **overrides: Any) -> PartnerBot:
    """Build the bot. ``overrides`` go to the bot (``guild_ready_timeout`` in tests,
    ``sync_dev_guild=False`` for ``partnerbot sync``…)."""
    if settings.shard_count is not None:
        overrides.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids:
            overrides.setdefault("shard_ids", list(settings.shard_ids))
        return ShardedPartnerBot(settings, service, **overrides)
    return PartnerBot(settings, service, **overrides)
