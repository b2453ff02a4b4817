"""Kinds that sealed base 15 (``tests/fixtures/kb_offshore``) found missing, asked in other
words on a tiny invented base of their own (``tests.tmpkb``), so that each test fails
without its fix rather than repeating a case of the set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: Coral Wire, date: {date},"
    " dateline: {{city: Port Lenna, country: Fiji}}, text: ../sources/{id}.txt}}\n"
)

_REEF = {
    "c1": _HEAD.format(id="c1", title="Reef trust opens coral nursery", date="2019-04-02")
    + "entities:\n"
    "  - {id: trust, name: Lenna Reef Trust, kind: organization,"
    " summary: A trust that restores coral reefs., aliases: [the Trust]}\n"
    "  - {id: board, name: Lenna Fisheries Board, kind: organization,"
    " summary: The fisheries regulator of Lenna.}\n"
    "  - {id: bank, name: Tasman Ocean Bank, kind: organization,"
    " summary: A lender for ocean projects.}\n"
    "  - {id: ruth, name: Ruth KAVA, kind: person, summary: Ruth KAVA of the Trust.,"
    " aliases: [Ruth Kava]}\n"
    "  - {id: pilot, name: Nursery Pilot Programme, kind: initiative,"
    " summary: The Trust's first coral nursery programme., aliases: [Pilot Programme]}\n"
    "  - {id: tom, name: Tom ARO, kind: person, summary: Tom ARO of the Fisheries Board.,"
    " aliases: [Tom Aro]}\n"
    "  - {id: ana, name: Ana VEI, kind: person, summary: Ana VEI of the Bank.,"
    " aliases: [Ana Vei]}\n"
    "  - {id: charter, name: Reef Charter, kind: agreement,"
    " summary: An agreement to restore the reefs of Lenna., aliases: [the Charter]}\n"
    "roles:\n"
    "  - {entity: ruth, title: Chief Executive, organization: trust}\n"
    "facts:\n"
    "  - id: pilot-funded\n"
    "    about: [pilot, board]\n"
    "    text: The Nursery Pilot Programme is funded by the Lenna Fisheries Board.\n"
    "  - id: accord-2019\n"
    "    about: [ruth, tom, trust, board]\n"
    "    date: 2019-04-01\n"
    "    text: Ruth KAVA and Tom ARO signed the Reef Accord on April 1, 2019.\n"
    "  - id: charter-parties\n"
    "    about: [charter, trust, board, bank]\n"
    "    date: 2019-04-01\n"
    "    text: The Lenna Reef Trust, the Lenna Fisheries Board and the Tasman Ocean Bank"
    " signed the Reef Charter on April 1, 2019.\n"
    "  - id: charter-signatories\n"
    "    about: [charter, ruth, tom, ana]\n"
    "    date: 2019-04-01\n"
    "    text: The Reef Charter was signed by Ruth KAVA, Chief Executive of the Lenna Reef"
    " Trust, Tom ARO, Director of the Lenna Fisheries Board, and Ana VEI, Treasurer of the"
    " Tasman Ocean Bank.\n"
    "  - id: wardens\n"
    "    about: [trust]\n"
    "    text: The Lenna Reef Trust employs 240 reef, lagoon and mangrove wardens on the"
    " islands of Lenna.\n",
    "c2": _HEAD.format(id="c2", title="Reef trust widens its nurseries", date="2024-03-05")
    + "entities:\n"
    "  - {id: rollout, name: Reef Roll-Out Programme, kind: initiative,"
    " summary: The Trust's programme of nurseries on every island.,"
    " aliases: [Roll-Out Programme]}\n"
    "roles:\n"
    "  - {entity: ruth, title: Chief Executive, organization: trust, ended: 2023-10-31}\n"
    "facts:\n"
    "  - id: rollout-sum\n"
    "    about: [rollout, trust, bank]\n"
    '    text: "The Reef Roll-Out Programme runs from 2024 to 2027 with EUR 9 million:'
    ' EUR 3 million from the Tasman Ocean Bank and EUR 6 million from the Trust."\n'
    "  - id: accord-2023\n"
    "    about: [ruth, tom, trust, board]\n"
    "    date: 2023-06-01\n"
    "    text: Ruth KAVA and Tom ARO signed an extension of the Reef Accord on June 1, 2023.\n"
    "  - id: corals-goal\n"
    "    about: [trust]\n"
    "    text: The Lenna Reef Trust aims to plant 50,000 corals by the end of 2025.\n"
    "  - id: corals-feb\n"
    "    about: [trust]\n"
    "    date: 2024-02\n"
    "    text: By the end of February 2024 the Lenna Reef Trust had planted 12,000 corals.\n"
    "  - id: wardens-now\n"
    "    about: [trust]\n"
    "    text: The Lenna Reef Trust now employs 310 wardens.\n"
    "  - id: ruth-left\n"
    "    about: [ruth, trust]\n"
    "    date: 2023-10-31\n"
    "    text: Ruth KAVA stepped down as Chief Executive of the Lenna Reef Trust on October"
    " 31, 2023.\n",
    "c3": _HEAD.format(id="c3", title="Reef trust passes its coral goal", date="2026-01-20")
    + "facts:\n"
    "  - id: corals-2025\n"
    "    about: [trust]\n"
    "    date: 2025-12-31\n"
    "    text: The Lenna Reef Trust had planted 61,000 corals by the end of 2025.\n",
}


@pytest.fixture(scope="module")
def reef(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("reef")
    return engine_of(root, _REEF)


def test_a_clipped_title_word_is_the_title_asked(reef: Engine) -> None:
    # "Exec" is "executive": the title ended, so no "Yes" from the sentence saying so.
    got = ask(reef, "is ruth kava still chief exec at the reef trust?")
    assert got.status is Status.ANSWERED, got.reply
    assert "**No" in got.reply and "**Yes" not in got.reply, got.reply
    assert "2023-10-31" in got.reply or "October 31, 2023" in got.reply, got.reply


def test_a_relation_stated_as_ended_is_no_yes(reef: Engine) -> None:
    # "Stepped down as Chief Executive of the Trust" says she led it, and no longer.
    got = ask(reef, "does ruth kava still lead the reef trust?")
    assert "**Yes" not in got.reply, got.reply


def test_a_thesaurus_phrase_inside_a_name_stays_the_name(reef: Engine) -> None:
    # "Roll-out" is a phrase of the thesaurus ("launch"); here it is part of a name.
    got = ask(reef, "how much money has the Roll-Out Programme got?")
    assert got.status is Status.ANSWERED, got.reply
    assert "9 million" in got.reply, got.reply


def test_a_sum_from_a_party_says_who_pays(reef: Engine) -> None:
    # No sentence about the programme has a word of paying; the sum "from" the Bank
    # does, and the other programme's funder is no answer.
    got = ask(reef, "who is paying for the roll-out programme?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Tasman Ocean Bank" in got.reply, got.reply
    assert "Fisheries Board" not in got.reply, got.reply


def test_a_figure_counts_the_noun_after_a_series_of_modifiers(reef: Engine) -> None:
    # "240 reef, lagoon and mangrove wardens" counts wardens; the commas are the series'.
    got = ask(reef, "how many wardens did the reef trust employ in 2019?")
    assert got.status is Status.ANSWERED, got.reply
    assert "240" in got.reply and "310" not in got.reply.split("\n")[1], got.reply


def test_a_joint_act_asked_with_together_is_the_act(reef: Engine) -> None:
    # "Jointly" says both did it, which a sentence naming both as its parties states.
    got = ask(reef, "when did ruth kava and tom aro most recently sign anything jointly?")
    assert got.status is Status.ANSWERED, got.reply
    assert "June 1, 2023" in got.reply.split("\n")[1], got.reply


def test_a_goal_asked_by_the_month_of_a_release_is_judged_as_of_it(reef: Engine) -> None:
    # The March 2024 release gives 12,000 (February) as its newest: not by March 2024,
    # though the goal is passed later.
    got = ask(reef, "was the reef trust already at 50,000 corals planted by March 2024?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**No"), got.reply
    assert "12,000" in got.reply, got.reply


def test_a_list_of_organisations_asked_is_not_one_of_people(reef: Engine) -> None:
    # The signatories' sentence names people with their employers; the parties' one
    # lists the organisations.
    got = ask(reef, "what organisations signed the Reef Charter?")
    assert got.status is Status.ANSWERED, got.reply
    head = got.reply.split("\n")[1]
    assert "Fisheries Board" in head and "KAVA" not in head, got.reply


def test_a_version_word_before_an_alias_with_its_article_names_it(reef: Engine) -> None:
    # "The Charter" is an alias; "the original charter" is the same thing.
    got = ask(reef, "which organisations signed the original charter?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Tasman Ocean Bank" in got.reply.split("\n")[1], got.reply
