"""Figure kinds that blind base 18 (tests/fixtures/kb_hyhaul) found misread (issue 12),
asked here in other words on an invented ferry link of three releases: a model name
with a digit ("MV-7 ferries") is a name, never the count ("Four MV-7 ferries" counts
four); a goal is checked only against figures of its own noun, whatever modifier they
share ("12 electric ferries" is not reached by "52,000 nautical miles on electric
power"); a sum raised "from €2 million to €3.5 million" is the new sum; "the Link's
programme budget" is a budget, not a programme's; and, on a light railway of two
releases, a clipped noun ("locos") asks for its full word's count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_ENTITIES = """\
entities:
  - id: link
    name: Tarrow Ferry Link
    kind: organization
    summary: The Tarrow Ferry Link, a partnership running electric ferries across the Tarrow firth.
    aliases: [the Ferry Link]
  - id: mv7
    name: MV-7 ferry
    kind: initiative
    summary: The MV-7, the Ferry Link's battery-electric passenger ferry.
    aliases: [MV-7, MV-7 ferries]
  - id: crossing-grants
    name: Island Crossing Grants
    kind: initiative
    summary: The Island Crossing Grants, a programme of the Tarrow Ferry Link for island fares.
"""

_R1 = (
    source_line("2019-04-02-ferry-link-formed", "The Tarrow Ferry Link is formed", "2019-04-02")
    + _ENTITIES
    + """\
facts:
  - id: goal
    about: [link]
    date: 2019-04-02
    text: The Tarrow Ferry Link aims to have 12 electric ferries sailing by the end of 2030.
  - id: budget-2019
    about: [link]
    date: 2019-04-02
    text: The partners gave the Tarrow Ferry Link a programme budget of €2 million.
"""
)
_R2 = (
    source_line("2021-09-14-first-ferries-sail", "The first MV-7 ferries sail", "2021-09-14")
    + """\
facts:
  - id: ferries-2021
    about: [link, mv7]
    date: 2021-09-14
    text: Four MV-7 ferries, built at the Kelso yard, now sail for the Tarrow Ferry Link.
  - id: miles-2021
    about: [link, mv7]
    date: 2021-09-14
    text: The Tarrow Ferry Link's boats have sailed 52,000 nautical miles on electric power.
"""
)
_R3 = (
    source_line("2024-05-20-nine-ferries", "Nine MV-7 ferries now sail", "2024-05-20")
    + """\
facts:
  - id: ferries-2024
    about: [link, mv7]
    date: 2024-05-20
    text: 9 MV-7 ferries now sail for the Tarrow Ferry Link.
  - id: budget-2024
    about: [link]
    date: 2024-05-20
    text: The partners raised the Tarrow Ferry Link's budget from €2 million to €3.5 million.
"""
)


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("ferries")
    return engine_of(
        root,
        {
            "2019-04-02-ferry-link-formed": _R1,
            "2021-09-14-first-ferries-sail": _R2,
            "2024-05-20-nine-ferries": _R3,
        },
    )


def test_a_model_name_is_no_count(ferries: Engine) -> None:
    # "MV-7" read as a figure made the 2021 count 7 (and hid the newer 9).
    reply = answered(ferries, "how many MV-7 ferries does the Ferry Link operate?", "9")
    assert ": 7**" not in reply and "7 as of" not in reply, reply


def test_a_count_spelled_before_a_model_name(ferries: Engine) -> None:
    reply = answered(ferries, "how many ferries were sailing in 2022?")
    assert "four**" in reply.casefold() or ": 4**" in reply, reply


def test_a_goal_is_never_met_by_another_nouns_figure(ferries: Engine) -> None:
    # 52,000 nautical miles share "electric" with the goal's ferries, not what they count.
    reply = answered(ferries, "has the Ferry Link hit its goal of 12 ferries yet?", "9")
    verdict = reply.split("\n")[1]
    assert "52,000" not in verdict and not verdict.startswith("**Yes"), reply


def test_a_sum_raised_from_one_figure_to_another_is_the_new_sum(ferries: Engine) -> None:
    # "raised … from €2 million to €3.5 million": the budget now is the sum it went to.
    reply = answered(ferries, "how much funding does the Ferry Link have now?", "3.5 million")
    assert "2 million" not in reply.split("\n")[1].split(";")[0], reply


def test_a_possessive_owns_a_compound_noun(ferries: Engine) -> None:
    # "the Ferry Link's programme budget" is a budget (a fact writes "programme budget"),
    # not the budget of the programme the Link runs (the Island Crossing Grants).
    reply = answered(ferries, "what's the Ferry Link's programme budget?", "2 million")
    assert "Island Crossing" not in reply, reply


_RAILWAY = """\
entities:
  - id: railway
    name: Tarrow Light Railway
    kind: organization
    summary: The Tarrow Light Railway, a heritage line along the Tarrow firth.
    aliases: [the railway]
"""
_RAIL = """\
facts:
  - id: engines-{count}
    about: [railway]
    date: {date}
    text: The Tarrow Light Railway now has {count} steam locomotives in service.
"""


@pytest.fixture(scope="module")
def railway(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    releases = {
        f"{date}-railway": source_line(f"{date}-railway", "The railway grows", date)
        + (_RAILWAY if date < "2021" else "")
        + _RAIL.format(date=date, count=count)
        for date, count in (("2020-06-01", 6), ("2023-06-01", 11))
    }
    return engine_of(tmp_path_factory.mktemp("railway"), releases)


def test_a_clipped_noun_counts_as_its_full_word(railway: Engine) -> None:
    # "locos" is "locomotives" clipped (the thesaurus): the count in force then is asked.
    reply = answered(railway, "how many locos were in service in 2021?", "6")
    assert "11" not in reply.split("\n")[1], reply
