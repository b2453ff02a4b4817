"""A length a release states belongs to the person it is written beside (session 17
review): in "A became X, succeeding B, who retired after N years as Y" the N years are
B's, and "how long was A X?" is never answered with them. A person's own stated length
("after nine years in the post") still answers.

Asked on an invented base (a lighthouse-keeping guild), in wordings of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2023-02-06-guild-wardens", "Coastlight Guild names a new Warden", "2023-02-06")
    + """\
entities:
  - {id: guild, name: Coastlight Guild, kind: organization, aliases: [the guild], summary: A guild of lighthouse keepers.}
  - {id: mira-tallis, name: Mira Tallis, kind: person, aliases: [Tallis], summary: Warden of the Coastlight Guild.}
  - {id: edwin-pask, name: Edwin Pask, kind: person, aliases: [Pask], summary: Former Keeper General of the Coastlight Guild.}
  - {id: jonas-ferr, name: Jonas Ferr, kind: person, aliases: [Ferr], summary: Former Lamp Inspector of the Coastlight Guild.}
facts:
  - id: tallis-warden
    about: [mira-tallis, edwin-pask, guild]
    text: Mira Tallis became Warden of the Coastlight Guild, succeeding Edwin Pask, who retired after twelve years as Keeper General.
  - id: ferr-retired
    about: [jonas-ferr, guild]
    text: Jonas Ferr retired as Lamp Inspector of the Coastlight Guild after nine years in the post.
roles:
  - entity: mira-tallis
    title: Warden
    organization: guild
  - entity: edwin-pask
    title: Keeper General
    organization: guild
    current: false
  - entity: jonas-ferr
    title: Lamp Inspector
    organization: guild
    current: false
"""
)


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("guild")
    return engine_of(root, {"2023-02-06-guild-wardens": _R1})


@pytest.mark.parametrize(
    "message",
    [
        "how long was mira tallis warden of the coastlight guild?",
        "how many years has mira tallis been warden?",
    ],
)
def test_another_persons_length_is_not_theirs(guild: Engine, message: str) -> None:
    assert "**twelve years**" not in ask(guild, message).reply.casefold()


def test_a_persons_own_length_answers(guild: Engine) -> None:
    assert "nine years" in ask(guild, "how long was jonas ferr lamp inspector?").reply.casefold()
