"""Buttons and menus under an answer: pick one of several matches, turn pages.

Only the person who asked can use them (others get a short private note), and they
switch themselves off when they time out, so nobody clicks a dead button.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from typing import TYPE_CHECKING, Any, cast

import discord

from bot import limits
from bot.discord.observe import Origin, observe
from bot.discord.render import NO_MENTIONS, render_reply, truncate
from bot.engine.answer import Answer, Choice

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.service import KnowledgeService

log = logging.getLogger(__name__)

# Below the 15 minutes an interaction token lives, so the timeout edit still works.
DEFAULT_VIEW_TIMEOUT = 180.0
# A click on a component that no live view owns is answered after this long (Discord's
# limit is 3 s from the click), unless something else answered it meanwhile.
STALE_CLICK_SECONDS = 1.5
STALE_CLICK_TEXT = "These buttons have expired. Ask me again to get fresh ones."

# Every OwnedView that may still be listening; see owns_click.
_live_views: weakref.WeakSet[OwnedView] = weakref.WeakSet()


def owns_click(custom_id: object) -> bool:
    """True when a live view has a component with this custom id: that view answers
    the click itself (its callback, or on_error when the callback fails)."""
    if not isinstance(custom_id, str):
        return False
    return any(
        not view.is_finished()
        and any(getattr(item, "custom_id", None) == custom_id for item in view.children)
        for view in list(_live_views)
    )


class OwnedView(discord.ui.View):
    """A view that only ``owner_id`` may use, disabled on timeout."""

    def __init__(self, owner_id: int, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        # Set by whoever sends the view, so on_timeout can edit that message.
        self.message: discord.Message | None = None
        # Set instead when the view was put in place by a click (a page turn, a pick):
        # on_timeout edits through that interaction, the only way to edit an ephemeral
        # message.
        self.interaction: discord.Interaction | None = None
        _live_views.add(self)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can use these buttons; ask me yourself to get your own.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        try:
            if self.interaction is not None:
                await self.interaction.edit_original_response(
                    view=self, allowed_mentions=NO_MENTIONS
                )
            elif self.message is not None:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            # The message may be gone; a dead view needs no further care.
            log.debug("could not disable the view of user %s", self.owner_id)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.error(
            "view button failed for user %s in channel %s",
            interaction.user.id,
            interaction.channel_id,
            exc_info=error,
        )
        text = "Sorry, something went wrong with that button. It has been logged."
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(
                    text, ephemeral=True, allowed_mentions=NO_MENTIONS
                )
        except discord.HTTPException:
            log.warning("could not report the error to user %s", interaction.user.id)


async def answer_stale_click(interaction: discord.Interaction) -> None:
    """Answer a button or menu click that no view handled, privately.

    Views live in memory: after a restart, or when disabling a timed-out view's buttons
    failed, a click would otherwise go unanswered and Discord would show "This
    interaction failed" after 3 s. A click that a live view owns is left to that view,
    however long its callback takes.
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


class AnswerView(OwnedView):
    """Choices (buttons up to five, a select menu beyond) and page buttons."""

    def __init__(
        self,
        answer: Answer,
        *,
        owner_id: int,
        service: KnowledgeService,
        embeds: bool,
        timeout: float = DEFAULT_VIEW_TIMEOUT,
    ) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.service = service
        self.embeds = embeds
        choices = answer.choices[: limits.SELECT_OPTIONS]
        if 0 < len(choices) <= limits.BUTTONS_PER_ROW:
            for choice in choices:
                self.add_item(_ChoiceButton(choice))
        elif choices:
            self.add_item(_ChoiceSelect(choices))
        page = answer.page
        if page is not None and page.total > 1:
            row = 1 if choices else 0
            previous = f"{page.command_stem} {page.number - 1}"
            following = f"{page.command_stem} {page.number + 1}"
            self.add_item(_PageButton("◀ Previous", previous, row, disabled=page.number <= 1))
            self.add_item(
                discord.ui.Button(
                    label=f"{page.number}/{page.total}",
                    disabled=True,
                    row=row,
                    style=discord.ButtonStyle.secondary,
                )
            )
            self.add_item(_PageButton("Next ▶", following, row, disabled=page.number >= page.total))

    @classmethod
    def for_answer(
        cls,
        answer: Answer,
        *,
        owner_id: int,
        service: KnowledgeService,
        embeds: bool,
        timeout: float = DEFAULT_VIEW_TIMEOUT,
    ) -> AnswerView | None:
        """A view when the answer has something to pick or pages to turn, else None."""
        if not answer.choices and (answer.page is None or answer.page.total <= 1):
            return None
        return cls(answer, owner_id=owner_id, service=service, embeds=embeds, timeout=timeout)

    async def show(self, interaction: discord.Interaction, command: str) -> None:
        """Run ``command`` (a full message, e.g. "!quote Jack MA 2") and edit in place.

        The answer is reported like every other one (metrics, stats, gaps, answer log),
        with ``via="button"``."""
        started = time.perf_counter()
        answer = await self.service.ask(command)
        reply = render_reply(answer, embeds=self.embeds)
        view = AnswerView.for_answer(
            answer,
            owner_id=self.owner_id,
            service=self.service,
            embeds=self.embeds,
            timeout=self.timeout or DEFAULT_VIEW_TIMEOUT,
        )
        delivered = False
        try:
            await interaction.response.edit_message(
                content=reply.content,
                embed=reply.embed,
                view=view,
                allowed_mentions=NO_MENTIONS,
            )
            delivered = True
        finally:
            bot = cast("PartnerBot", interaction.client)
            origin = Origin.from_interaction(bot, interaction, command, started)
            observe(bot, answer, origin, delivered=delivered)
        # Only now: when the edit fails, these buttons stay live and time out as usual.
        self.stop()
        if view is not None:
            view.message = interaction.message  # public: editable through the channel


class _ChoiceButton(discord.ui.Button[AnswerView]):
    def __init__(self, choice: Choice) -> None:
        super().__init__(
            label=truncate(choice.label, limits.BUTTON_LABEL_CHARS),
            style=discord.ButtonStyle.primary,
            row=0,
        )
        self.command = choice.command

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.show(interaction, self.command)


class _ChoiceSelect(discord.ui.Select[AnswerView]):
    def __init__(self, choices: tuple[Choice, ...]) -> None:
        options = [
            discord.SelectOption(label=truncate(c.label, limits.SELECT_LABEL_CHARS), value=str(i))
            for i, c in enumerate(choices)
        ]
        super().__init__(placeholder="Which one did you mean?", options=options, row=0)
        self.commands = [c.command for c in choices]

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.show(interaction, self.commands[int(self.values[0])])


class _PageButton(discord.ui.Button[AnswerView]):
    def __init__(self, label: str, command: str, row: int, *, disabled: bool) -> None:
        super().__init__(
            label=label, style=discord.ButtonStyle.secondary, row=row, disabled=disabled
        )
        self.command = command

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.show(interaction, self.command)
