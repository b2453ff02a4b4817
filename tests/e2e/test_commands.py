"""The command set as the running bot registers it: extensions, names and aliases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from discord.ext import commands

from bot.discord.app import EXTENSIONS, PartnerBot, create_bot
from bot.service import KnowledgeService
from tests.e2e.conftest import make_settings
from tests.fakediscord import FakeDiscord


def _prefix_names(bot: commands.Bot) -> Counter[str]:
    """Every name a prefix command answers to (its name and aliases), case-folded as the
    bot matches them (``case_insensitive=True``), counted over all commands."""
    names: Counter[str] = Counter()
    for command in bot.walk_commands():
        if command.parent is None:
            names.update(n.casefold() for n in (command.name, *command.aliases))
    return names


def _shadowed(bot: commands.Bot) -> list[str]:
    return sorted(name for name, n in _prefix_names(bot).items() if n > 1)


async def test_every_cog_is_an_extension_and_no_command_shadows_another(
    bot: PartnerBot,
) -> None:
    assert sorted(bot.extensions) == sorted(EXTENSIONS)
    assert {type(cog).__module__ for cog in bot.cogs.values()} == set(EXTENSIONS)
    assert _shadowed(bot) == []
    # Every engine command is reachable by its name.
    names = _prefix_names(bot)
    for name in ("quote", "what", "who", "sources", "help", "reload", "gaps", "stats"):
        assert names[name] == 1, name


def test_the_shadow_check_can_fail() -> None:
    """An alias of one command that is another's name (in other case) is caught.
    discord.py refuses most such clashes when a cog loads; this check also covers a bot
    built in a way that bypasses ``add_command``."""
    quote = SimpleNamespace(name="quote", aliases=["q"], parent=None)
    what = SimpleNamespace(name="what", aliases=["Quote"], parent=None)
    stub = SimpleNamespace(walk_commands=lambda: iter([quote, what]))
    assert _shadowed(stub) == ["quote"]  # type: ignore[arg-type]


async def test_a_clashing_command_fails_loudly(fake: FakeDiscord, knowledge_dir: Path) -> None:
    """A new command named like an existing one (or its alias) stops the extension from
    loading instead of silently taking the name over."""
    settings = make_settings(fake, knowledge_dir)
    bot = create_bot(settings, KnowledgeService.from_settings(settings))

    @commands.command(name="Q")
    async def other(ctx: commands.Context) -> None: ...

    bot.add_command(other)
    with pytest.raises(commands.ExtensionFailed, match="already an existing command or alias"):
        await bot.load_extension("bot.discord.cogs.answers")
