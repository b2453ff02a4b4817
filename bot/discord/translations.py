"""Localised slash command names: ``/quote``, ``/what``, ``/who`` and ``/timeline`` in zh-CN.

discord.py's translator support: ``PartnerTranslator`` is set on the command tree in
``PartnerBot.setup_hook`` (``tree.set_translator``), and every sync then sends
``name_localizations`` and ``description_localizations`` for the command and its
options. A Chinese-speaking member sees ``/语录``, ``/是什么`` and ``/是谁`` in the
command picker; Discord still sends the English names in the interaction, so nothing
else changes. Replies stay in English: the knowledge is the releases' English text.

Discord's rules for a localised name are those of the English one: 1 to 32 letters,
digits, ``-`` or ``_`` (Chinese characters are letters), lower case where the script
has case; a description is 1 to 100 characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where


@dataclass(frozen=True, slots=True)
class Localised:
    """One command's name and description in one locale, and its options'."""

    name: str
    description: str
    # option name -> (localised name, localised description)
    options: dict[str, tuple[str, str]] = field(default_factory=dict)


# locale -> command name -> its localisation
TRANSLATIONS: dict[discord.Locale, dict[str, Localised]] = {
    discord.Locale.chinese: {
        "quote": Localised(
            "语录",
            "某人说过的原话（逐字引用），并附出处新闻稿。",
            {"speaker": ("发言人", "个人或机构，例如 Jack MA")},
        ),
        "what": Localised(
            "是什么",
            "根据新闻稿解释某个名称或术语。",
            {"term": ("名称", "名称、缩写或术语，例如 eWTP")},
        ),
        "who": Localised(
            "是谁",
            "某人的职务，以及新闻稿中关于此人的内容。",
            {"person": ("人物", "某个人，例如 Li Yong")},
        ),
        "timeline": Localised(
            "时间线",
            "按日期列出新闻稿中关于某个名称的内容。",
            {"term": ("名称", "名称或术语，例如 eWTP")},
        ),
    },
}


class PartnerTranslator(app_commands.Translator):
    """Looks each string up by where it is (command, option, name or description), not
    by its English text, so that two commands may share words."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContext,  # type: ignore[type-arg]
    ) -> str | None:
        commands = TRANSLATIONS.get(locale)
        if not commands:
            return None
        data = context.data
        if context.location in (Where.command_name, Where.command_description):
            if getattr(data, "parent", None) is not None:
                return None  # subcommands are not localised
            localised = commands.get(getattr(data, "name", ""))
            if localised is None:
                return None
            if context.location is Where.command_name:
                return localised.name
            return localised.description
        if context.location in (Where.parameter_name, Where.parameter_description):
            localised = commands.get(getattr(getattr(data, "command", None), "name", ""))
            option = localised.options.get(getattr(data, "name", "")) if localised else None
            if option is None:
                return None
            return option[0] if context.location is Where.parameter_name else option[1]
        return None
