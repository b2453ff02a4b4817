"""Buttons and menus under a reply: pick one of several matches, turn pages, remove an
answer, post a private answer publicly.

Every component is one of discord.py's persistent ``DynamicItem`` classes below: its
``custom_id`` carries all it needs, so a click works after a restart, on any process
that runs the bot, with no state kept in memory. ``PartnerBot.setup_hook`` registers
them with ``bot.add_dynamic_items(*DYNAMIC_ITEMS)``.

Custom ids (Discord allows 100 characters; the longest here is 87):

* ``pb:pick:<owner>:<command>:<ref>``: a button that answers ``command`` (quote, what,
  who, timeline) for the entity ``ref`` (``bot.engine.request.entity_ref``: the entity id, or
  "~" + 16 hex digits of its hash when the id is longer than 40 characters);
* ``pb:menu:<owner>:<command>``: the select menu of more than five choices; each
  option's value is a ``ref``;
* ``pb:page:<owner>:<command>:<page>:<arg>``: a page turn of ``command`` (quote,
  timeline, sources, gaps; see ``register_pager``) with its argument (an entity ``ref``, nothing,
  or a number of days) at most 40 characters of ``[a-z0-9._~-]``. An argument that does
  not fit is never cut: its page buttons are sent disabled, and ``!command <page>``
  still works;
* ``pb:del:<owner>``: 🗑, removes the message; for ``owner`` and moderators;
* ``pb:pub:<owner>:<message>``: "Post publicly" under a private answer to "Ask
  partnerbot" on ``message``;
* ``pb:vote:<up|down>:<key>``: 👍 or 👎, for anyone; ``key`` (16 hex digits) names the
  question and answer pair (``bot.ops.feedback``). Every click counts, and the clicker
  gets a private thanks: one vote per person would need user ids, which are not kept.

``owner`` is the user who asked: only they can pick and turn pages (others get a
short private note). The buttons never expire. A click on a component that none of
these templates matches (from an older version of the bot) is answered "These buttons
have expired" (``answer_stale_click``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot import limits
from bot.discord.checks import is_moderator_interaction
from bot.discord.notes import note_interaction
from bot.discord.observe import Origin, observe
from bot.discord.render import NO_MENTIONS, render_reply, truncate
from bot.engine.answer import Answer, Choice
from bot.engine.request import ENTITY_REF_CHARS, Request

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot

log = logging.getLogger(__name__)

CUSTOM_ID_CHARS = 100  # Discord's limit
# A click on a component that no template matches is answered after this long
# (Discord's limit is 3 s from the click), unless something else answered it meanwhile.
STALE_CLICK_SECONDS = 1.5
STALE_CLICK_TEXT = "These buttons have expired. Ask me again to get fresh ones."
NOT_YOURS_TEXT = "Only the person who asked can use these buttons; ask me yourself to get your own."
NOT_YOURS_TO_REMOVE = "Only the person who asked, or a moderator, can remove this answer."
BUTTON_FAILED = "Sorry, something went wrong with that button. It has been logged."
MAY_NOT_POST = "You can't send messages in this channel, so the answer stays private."

_OWNER = r"(?P<owner>\d{1,20})"
_ENTITY_COMMAND = r"(?P<command>quote|what|who|timeline)"
_REF = rf"(?P<ref>[a-z0-9._~-]{{1,{ENTITY_REF_CHARS}}})"
_ARG = re.compile(rf"[a-z0-9._~-]{{0,{ENTITY_REF_CHARS}}}")


# --- sending answers ------------------------------------------------------------------------


def answer_view(
    answer: Answer,
    *,
    owner_id: int,
    removable: bool = True,
    publish_for: int | None = None,
    vote: str | None = None,
) -> discord.ui.View | None:
    """The components under an answer, or None when it needs none.

    Choices are buttons up to five and a select menu beyond (at most 25); page buttons
    come next, on a row of their own; then 👍 👎 when ``vote`` (an ``AnswerKey.key``) is
    given, and 🗑 when ``removable``, or "Post publicly" when ``publish_for`` (the id of
    the message an ephemeral "Ask partnerbot" answer is about) is given.
    """
    items: list[discord.ui.Item[Any]] = []
    choices = [c for c in answer.choices[: limits.SELECT_OPTIONS] if c.request is not None]
    if 0 < len(choices) <= limits.BUTTONS_PER_ROW:
        items += [PickButton.make(owner_id, c, row=0) for c in choices]
    elif choices:
        items.append(PickMenu.make(owner_id, choices, row=0))
    row = 1 if choices else 0
    page = answer.page
    if page is not None and page.total > 1 and page.request is not None:
        arg = page.request.entity_id
        items += pager(page.request.command, arg, page.number, page.total, owner_id, row=row)
        row += 1
    if vote is not None:
        items += [VoteButton.make(vote, up, row=row) for up in (True, False)]
    if publish_for is not None:
        items.append(PublishButton.make(owner_id, publish_for, row=row))
    elif removable:
        items.append(DeleteButton.make(owner_id, row=row))
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def pager(
    command: str, arg: str, number: int, total: int, owner_id: int, *, row: int = 0
) -> list[discord.ui.Item[Any]]:
    """◀ number/total ▶ for page ``number`` of ``command`` with argument ``arg``."""
    previous = PageButton.make(owner_id, command, number - 1, arg, "◀ Previous", row=row)
    following = PageButton.make(owner_id, command, number + 1, arg, "Next ▶", row=row)
    previous.item.disabled = previous.item.disabled or number <= 1
    following.item.disabled = following.item.disabled or number >= total
    # The position is a label, never enabled, so it is never dispatched.
    position = discord.ui.Button(
        label=f"{number}/{total}", disabled=True, row=row, style=discord.ButtonStyle.secondary
    )
    return [previous, position, following]


def pager_view(command: str, arg: str, number: int, total: int, owner_id: int) -> discord.ui.View:
    """A view of just a pager (``!gaps`` pages)."""
    view = discord.ui.View(timeout=None)
    for item in pager(command, arg, number, total, owner_id):
        view.add_item(item)
    return view


@dataclass(frozen=True, slots=True)
class Shown:
    """What a click puts in place of the message it was on."""

    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None


@dataclass(frozen=True, slots=True)
class PageTurn:
    """A click on a page button: what to show instead (see ``register_pager``)."""

    interaction: discord.Interaction
    command: str
    arg: str
    number: int
    owner_id: int


PageSource = Callable[[PageTurn], Awaitable[Shown]]
_PAGE_SOURCES: dict[str, PageSource] = {}


def register_pager(command: str, source: PageSource) -> None:
    """Let the one pager turn the pages of ``command``: ``source`` builds the page.
    Answers (quote, timeline, sources) are registered here; ``gaps`` by the moderation cog."""
    _PAGE_SOURCES[command] = source


async def show_answer(interaction: discord.Interaction, request: Request, owner_id: int) -> None:
    """Answer ``request`` in place of the message clicked on, with fresh components.

    The answer is reported like every other one (metrics, stats, gaps, answer log),
    with ``via="button"``."""
    started = time.perf_counter()
    bot = cast("PartnerBot", interaction.client)
    answer = await bot.service.ask(request)
    origin = Origin.from_interaction(bot, interaction, request, started)
    vote = bot.ops.vote_key(origin.question, answer, origin.guild_id)
    shown = _shown_answer(interaction, answer, owner_id, vote.key if vote else None)
    delivered = False
    try:
        await _replace(interaction, shown)
        delivered = True
    finally:
        observe(bot, answer, origin, delivered=delivered)


def _shown_answer(
    interaction: discord.Interaction, answer: Answer, owner_id: int, vote: str | None
) -> Shown:
    message = interaction.message
    # Keep the message's form: an embed stays an embed, plain text stays plain.
    embeds = message is None or bool(message.embeds)
    ephemeral = message is not None and message.flags.ephemeral
    publish_for = _publish_target(message) if ephemeral else None
    reply = render_reply(answer, embeds=embeds)
    view = answer_view(
        answer, owner_id=owner_id, removable=not ephemeral, publish_for=publish_for, vote=vote
    )
    return Shown(content=reply.content, embed=reply.embed, view=view)


async def _replace(interaction: discord.Interaction, shown: Shown) -> None:
    await interaction.response.edit_message(
        content=shown.content,
        embed=shown.embed,
        view=shown.view,
        allowed_mentions=NO_MENTIONS,
    )


async def _answer_page(turn: PageTurn) -> Shown:
    request = Request(turn.command, entity_id=turn.arg, page=turn.number)
    await show_answer(turn.interaction, request, turn.owner_id)
    return Shown()  # already shown (and reported) by show_answer


for _command in ("quote", "timeline", "sources"):
    register_pager(_command, _answer_page)


# --- the persistent components ----------------------------------------------------------------


async def _not_yours(interaction: discord.Interaction, text: str = NOT_YOURS_TEXT) -> bool:
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    return False


async def _failed(interaction: discord.Interaction, error: Exception) -> None:
    """discord.py only logs what a dynamic item raises: the user would see "This
    interaction failed". Log it with context and say so, privately."""
    log.error(
        "button failed for user %s in channel %s",
        interaction.user.id,
        interaction.channel_id,
        exc_info=error,
    )
    await note_interaction(interaction, BUTTON_FAILED)


class _Owned:
    """Shared by the components: only the owner passes ``interaction_check``, and a
    failing callback gets a private "Sorry"."""

    owner_id: int

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        return await _not_yours(interaction)

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self.clicked(interaction)
        except Exception as exc:
            await _failed(interaction, exc)

    async def clicked(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError


def _button(custom_id: str, label: str, row: int, **options: Any) -> discord.ui.Button[Any]:
    return discord.ui.Button(custom_id=custom_id, label=label, row=row, **options)


class PickButton(
    _Owned,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"pb:pick:{_OWNER}:{_ENTITY_COMMAND}:{_REF}",
):
    def __init__(self, item: discord.ui.Button[Any], owner_id: int, command: str, ref: str) -> None:
        super().__init__(item)
        self.owner_id = owner_id
        self.request = Request(command, entity_id=ref)

    @classmethod
    def make(cls, owner_id: int, choice: Choice, *, row: int) -> PickButton:
        assert choice.request is not None
        command, ref = choice.request.command, choice.request.entity_id
        item = _button(
            f"pb:pick:{owner_id}:{command}:{ref}",
            truncate(choice.label, limits.BUTTON_LABEL_CHARS),
            row,
            style=discord.ButtonStyle.primary,
        )
        return cls(item, owner_id, command, ref)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PickButton:
        return cls(
            cast("discord.ui.Button[Any]", item),
            int(match["owner"]),
            match["command"],
            match["ref"],
        )

    async def clicked(self, interaction: discord.Interaction) -> None:
        await show_answer(interaction, self.request, self.owner_id)


class PickMenu(
    _Owned,
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=rf"pb:menu:{_OWNER}:{_ENTITY_COMMAND}",
):
    """More than five choices; each option's value is an entity reference."""

    def __init__(self, item: discord.ui.Select[Any], owner_id: int, command: str) -> None:
        super().__init__(item)
        self.owner_id = owner_id
        self.command = command

    @classmethod
    def make(cls, owner_id: int, choices: list[Choice], *, row: int) -> PickMenu:
        command = choices[0].request.command if choices[0].request else "what"
        options = [
            discord.SelectOption(
                label=truncate(c.label, limits.SELECT_LABEL_CHARS), value=c.request.entity_id
            )
            for c in choices
            if c.request is not None and c.request.command == command
        ]
        item: discord.ui.Select[Any] = discord.ui.Select(
            custom_id=f"pb:menu:{owner_id}:{command}",
            placeholder="Which one did you mean?",
            options=options,
            row=row,
        )
        return cls(item, owner_id, command)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PickMenu:
        return cls(cast("discord.ui.Select[Any]", item), int(match["owner"]), match["command"])

    async def clicked(self, interaction: discord.Interaction) -> None:
        ref = self.item.values[0] if self.item.values else ""
        if not _ARG.fullmatch(ref) or not ref:
            raise ValueError(f"not an entity reference: {ref[:50]!r}")
        await show_answer(interaction, Request(self.command, entity_id=ref), self.owner_id)


class PageButton(
    _Owned,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"pb:page:{_OWNER}:(?P<command>[a-z]{{1,10}}):(?P<page>\d{{1,6}}):(?P<arg>{_ARG.pattern})",
):
    """◀ or ▶ of the one pager: answers (quote, sources) and ``gaps``."""

    def __init__(
        self, item: discord.ui.Button[Any], owner_id: int, command: str, page: int, arg: str
    ) -> None:
        super().__init__(item)
        self.owner_id = owner_id
        self.command = command
        self.page = page
        self.arg = arg

    @classmethod
    def make(
        cls, owner_id: int, command: str, page: int, arg: str, label: str, *, row: int
    ) -> PageButton:
        custom_id = f"pb:page:{owner_id}:{command}:{max(page, 0)}:{arg}"
        fits = bool(cls.__discord_ui_compiled_template__.fullmatch(custom_id))
        if fits:
            item = _button(custom_id, label, row, style=discord.ButtonStyle.secondary)
        else:
            # Never cut an argument (it would page through something else): a page
            # button that cannot say exactly what it turns is sent disabled.
            log.warning("page buttons of %s disabled: argument %r does not fit", command, arg[:60])
            item = _button(
                f"pb:page:{owner_id}:{command}:{max(page, 0)}:",  # unique per button
                label,
                row,
                style=discord.ButtonStyle.secondary,
            )
            item.disabled = True
        return cls(item, owner_id, command, page, arg if fits else "")

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(
            cast("discord.ui.Button[Any]", item),
            int(match["owner"]),
            match["command"],
            int(match["page"]),
            match["arg"],
        )

    async def clicked(self, interaction: discord.Interaction) -> None:
        source = _PAGE_SOURCES.get(self.command)
        if source is None:
            await interaction.response.send_message(
                STALE_CLICK_TEXT, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        turn = PageTurn(interaction, self.command, self.arg, max(1, self.page), self.owner_id)
        shown = await source(turn)
        if not interaction.response.is_done():
            await _replace(interaction, shown)


class DeleteButton(
    _Owned,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"pb:del:{_OWNER}",
):
    """🗑: the person who asked, or a moderator, removes the bot's answer."""

    def __init__(self, item: discord.ui.Button[Any], owner_id: int) -> None:
        super().__init__(item)
        self.owner_id = owner_id

    @classmethod
    def make(cls, owner_id: int, *, row: int) -> DeleteButton:
        item = _button(
            f"pb:del:{owner_id}", "", row, emoji="🗑", style=discord.ButtonStyle.secondary
        )
        return cls(item, owner_id)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> DeleteButton:
        return cls(cast("discord.ui.Button[Any]", item), int(match["owner"]))

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.user.id == self.owner_id or await is_moderator_interaction(interaction):
            return True
        return await _not_yours(interaction, NOT_YOURS_TO_REMOVE)

    async def clicked(self, interaction: discord.Interaction) -> None:
        # Through the interaction: it can remove the message whether it came from a
        # prefix command, a slash command or a click, and needs no Manage Messages.
        await interaction.response.defer()
        with contextlib.suppress(discord.NotFound):  # removed meanwhile: as asked
            await interaction.delete_original_response()
        log.info(
            "answer removed by user %s in channel %s", interaction.user.id, interaction.channel_id
        )


VOTE_THANKS = "Thanks for the feedback: it helps the moderators fix the answers."
VOTE_OFF = "Thanks, but feedback is not being recorded here (GAPS_DB_PATH is empty)."


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"pb:vote:(?P<direction>up|down):(?P<key>[0-9a-f]{16})",
):
    """👍 or 👎 under an answer. Anyone may click, any number of times: each click is
    counted against the question and answer pair (no user id is kept) and answered with
    a private thanks; the message itself is left as it is."""

    def __init__(self, item: discord.ui.Button[Any], up: bool, key: str) -> None:
        super().__init__(item)
        self.up = up
        self.key = key

    @classmethod
    def make(cls, key: str, up: bool, *, row: int) -> VoteButton:
        item = _button(
            f"pb:vote:{'up' if up else 'down'}:{key}",
            "",
            row,
            emoji="👍" if up else "👎",
            style=discord.ButtonStyle.secondary,
        )
        return cls(item, up, key)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> VoteButton:
        return cls(cast("discord.ui.Button[Any]", item), match["direction"] == "up", match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            bot = cast("PartnerBot", interaction.client)
            store = bot.ops.gaps
            counted = store is not None and store.vote(
                self.key, 1 if self.up else -1, guild_id=interaction.guild_id
            )
            if counted:
                log.info("answer %s: %s", self.key, "👍" if self.up else "👎")
            await interaction.response.send_message(
                VOTE_THANKS if store is not None else VOTE_OFF,
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
        except Exception as exc:
            await _failed(interaction, exc)


class PublishButton(
    _Owned,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"pb:pub:{_OWNER}:(?P<message>\d{{1,20}})",
):
    """ "Post publicly" under a private "Ask partnerbot" answer: posts a copy in the
    channel, as a reply to the message asked about, with the same buttons and a 🗑."""

    def __init__(self, item: discord.ui.Button[Any], owner_id: int, message_id: int) -> None:
        super().__init__(item)
        self.owner_id = owner_id
        self.message_id = message_id

    @classmethod
    def make(cls, owner_id: int, message_id: int, *, row: int) -> PublishButton:
        item = _button(
            f"pb:pub:{owner_id}:{message_id}",
            "Post publicly",
            row,
            emoji="📢",
            style=discord.ButtonStyle.success,
        )
        return cls(item, owner_id, message_id)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PublishButton:
        return cls(cast("discord.ui.Button[Any]", item), int(match["owner"]), int(match["message"]))

    async def clicked(self, interaction: discord.Interaction) -> None:
        private = interaction.message
        channel = interaction.channel
        if private is None or not isinstance(channel, discord.abc.Messageable):
            raise RuntimeError("a publish click without its message or channel")
        # The bot posts for the member: never where the member may not post themselves
        # (a read-only announcements channel, a locked thread). Outside a server
        # Discord sends no permissions (discord.py reads them as none): a DM is theirs.
        permissions = interaction.permissions
        in_thread = isinstance(channel, discord.Thread)
        may_post = permissions.send_messages_in_threads if in_thread else permissions.send_messages
        if interaction.guild_id is not None and not may_post:
            await interaction.response.send_message(
                MAY_NOT_POST, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        await interaction.response.defer()
        public = copy_components(private, owner_id=self.owner_id)
        reference = discord.MessageReference(
            message_id=self.message_id,
            channel_id=channel.id,
            guild_id=interaction.guild_id,
            fail_if_not_exists=False,
        )
        try:
            await channel.send(
                content=private.content or None,
                embeds=private.embeds,
                view=public if public is not None else discord.utils.MISSING,
                reference=reference,
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as exc:
            log.warning("could not post an answer publicly in %s: %s", channel.id, exc)
            await interaction.followup.send(
                "I can't post in this channel, so the answer stays private.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        # The private copy keeps its other buttons but can be posted only once.
        await interaction.edit_original_response(
            view=copy_components(private, owner_id=None), allowed_mentions=NO_MENTIONS
        )


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    PickButton,
    PickMenu,
    PageButton,
    DeleteButton,
    PublishButton,
    VoteButton,
)


def _publish_target(message: discord.Message | None) -> int | None:
    """The message id in a "Post publicly" button on ``message``, if it has one."""
    for item in _components(message):
        match = PublishButton.__discord_ui_compiled_template__.fullmatch(
            getattr(item, "custom_id", None) or ""
        )
        if match:
            return int(match["message"])
    return None


def _components(message: discord.Message | None) -> list[discord.ui.Item[Any]]:
    if message is None:
        return []
    return list(discord.ui.View.from_message(message, timeout=None).children)


def copy_components(message: discord.Message, *, owner_id: int | None) -> discord.ui.View | None:
    """The components of ``message`` without "Post publicly", rebuilt as our own
    persistent items; with a 🗑 for ``owner_id`` when given (the public copy)."""
    view = discord.ui.View(timeout=None)
    row = 0
    for item in _components(message):
        custom_id = getattr(item, "custom_id", None) or ""
        if PublishButton.__discord_ui_compiled_template__.fullmatch(custom_id):
            continue
        rebuilt = _rebuild(item, custom_id)
        if rebuilt is not None:
            rebuilt.row = item.row
            row = item.row or 0
            view.add_item(rebuilt)
    if owner_id is not None:
        view.add_item(DeleteButton.make(owner_id, row=row))
    return view if view.children else None


def _rebuild(item: discord.ui.Item[Any], custom_id: str) -> discord.ui.Item[Any] | None:
    for cls in DYNAMIC_ITEMS:
        match = cls.__discord_ui_compiled_template__.fullmatch(custom_id)
        if match is None:
            continue
        # View.from_message makes a Button of every button and a Select of every
        # string menu, so the isinstance checks hold for our own ids.
        if cls is PickButton and isinstance(item, discord.ui.Button):
            return PickButton(item, int(match["owner"]), match["command"], match["ref"])
        if cls is PickMenu and isinstance(item, discord.ui.Select):
            return PickMenu(item, int(match["owner"]), match["command"])
        if cls is PageButton and isinstance(item, discord.ui.Button):
            return PageButton(
                item,
                int(match["owner"]),
                match["command"],
                int(match["page"]),
                match["arg"],
            )
        if cls is VoteButton:
            return VoteButton(item, match["direction"] == "up", match["key"])  # type: ignore[arg-type]
        return None  # 🗑 is added for the new owner
    if isinstance(item, discord.ui.Button) and item.disabled:
        return item  # a label such as the pager's "2/5"
    return None


# --- clicks nobody answers ----------------------------------------------------------------------


def owns_click(custom_id: object) -> bool:
    """True when one of our persistent components answers a click with this id."""
    if not isinstance(custom_id, str):
        return False
    return any(cls.__discord_ui_compiled_template__.fullmatch(custom_id) for cls in DYNAMIC_ITEMS)


async def answer_stale_click(interaction: discord.Interaction) -> None:
    """Answer a button or menu click that no component handles, privately.

    Components of older versions of the bot (in-memory views) are dead after a
    restart: a click would go unanswered and Discord would show "This interaction
    failed" after 3 s. A click that one of ours matches is left to it, however long its
    callback takes.
    """
    if interaction.type is not discord.InteractionType.component:
        return
    if owns_click((interaction.data or {}).get("custom_id")):
        return
    await asyncio.sleep(STALE_CLICK_SECONDS)
    if interaction.response.is_done():
        return
    try:
        await interaction.response.send_message(
            STALE_CLICK_TEXT, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
    except discord.HTTPException:  # answered meanwhile after all, or Discord failed
        log.debug("could not answer a stale click by user %s", interaction.user.id)
    else:
        log.info("answered a click on expired buttons by user %s", interaction.user.id)
