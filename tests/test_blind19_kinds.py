"""Kinds that blind set 19 found misread (issue 10), each asked here in other words on an
invented base: the place of a meeting asked with a word for its people ("where did the
two executives get together?"), which is its place and not its people; the titles of
"the two women who met"; "which other firms set up X besides A?" when the releases name
only A (not found, never A again); a "statement" something was written into, which is a
document and not a quote; a "three-way" partnership (a "trilateral" one); "is X only
about Y?" against a sentence giving X as about Y and more; a sum asked of a giver the
releases deny gives anything ("how much did banks put into X?" against "X takes no
money from banks"); the share a goal sets ("what percentage were meant to be women?");
an organisation described by a clause that only its summary states ("the Nordic Assembly
body whose remit is coastal flood defence"); a count of things at a year no sentence states,
from the openings the releases report ("how many workshops did X run in 2020?"); a
second part that asks the first again of another year ("…, and what was it in 2022?").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_GUILD = (
    source_line("2021-03-04-tidewall-guild", "Tidewall Guild opens in Tarrow", "2021-03-04")
    + """\
entities:
  - id: nordic-assembly
    name: Nordic Assembly
    kind: organization
    summary: The Nordic Assembly, the forum of the Nordic parliaments.
    aliases: [the Nordic Assembly, NC]
  - id: flood-agency
    name: Havvakt
    kind: organization
    summary: Havvakt, the Nordic Assembly agency whose remit is coastal flood defence.
  - id: flood-defence
    name: coastal flood defence
    kind: topic
    summary: Defending coasts against floods.
  - id: harbour-skills
    name: harbour skills
    kind: topic
    summary: Skills for harbour work.
  - id: boat-repair
    name: boat repair
    kind: topic
    summary: Repairing boats.
  - id: tidewall-guild
    name: Tidewall Guild
    kind: initiative
    summary: The Tidewall Guild, an apprenticeship scheme for harbour trades.
  - id: saltworks
    name: Saltworks Ltd
    kind: organization
    summary: Saltworks Ltd, a Tarrow boatyard.
  - id: harbour-compact
    name: Tarrow Harbour Compact
    kind: agreement
    summary: The Tarrow Harbour Compact.
    aliases: [Harbour Compact]
  - id: shore-pact
    name: Shore Pact
    kind: initiative
    summary: The Shore Pact, a three-party partnership launched in 2020.
    aliases: [trilateral partnership]
  - id: ines-berg
    name: Ines BERG
    kind: person
    summary: Director of Havvakt.
  - id: ola-strand
    name: Ola STRAND
    kind: person
    summary: Chief Executive of Saltworks Ltd.
  - id: crail
    name: Crail
    kind: place
    summary: Crail, a fishing village in Fife.
  - id: tarrow
    name: Tarrow
    kind: place
    summary: Tarrow, a harbour town in Scotland.
quotes:
  - id: berg-duty
    speaker: ines-berg
    about: [flood-agency, flood-defence]
    text: Coastal flood defence is a duty every Nordic coast shares.
roles:
  - {entity: ines-berg, title: Director, organization: flood-agency}
  - {entity: ola-strand, title: Chief Executive, organization: saltworks}
facts:
  - id: met
    about: [ines-berg, ola-strand, flood-agency, saltworks]
    place: crail
    text: >-
      Ines BERG, Director of Havvakt, and Ola STRAND, Chief Executive of Saltworks Ltd,
      met on March 4, 2021.
  - id: havvakt-remit
    about: [flood-agency, flood-defence]
    text: Havvakt's remit of coastal flood defence covers every Nordic coast.
  - id: guild-founder
    about: [tidewall-guild, saltworks]
    text: The Tidewall Guild was founded by Saltworks Ltd.
  - id: guild-scope
    about: [tidewall-guild, harbour-skills, boat-repair]
    text: The Tidewall Guild teaches harbour skills and boat repair.
  - id: guild-money
    about: [tidewall-guild]
    text: The Tidewall Guild takes no money from banks.
  - id: guild-goal
    about: [tidewall-guild]
    text: The Tidewall Guild aims to train 400 apprentices by 2025, at least a third of them women.
  - id: compact-statement
    about: [harbour-compact, nordic-assembly]
    text: The Tarrow Harbour Compact was included in the Nordic Assembly's 2019 ministers' statement.
  - id: trained-2021
    about: [tidewall-guild]
    text: The Tidewall Guild has trained 120 apprentices so far, 40 per cent of them women.
  - id: first-workshop
    about: [tidewall-guild]
    place: tarrow
    date: 2019-05
    text: The Tidewall Guild opened its first workshop in Tarrow in May 2019.
  - id: pact-launch
    about: [shore-pact, saltworks, flood-agency]
    text: Saltworks Ltd launched the Shore Pact with two partners in 2020.
"""
)

_LEITH = (
    source_line("2022-09-01-tidewall-leith", "Tidewall Guild opens in Leith", "2022-09-01")
    + """\
entities:
  - {id: leith, name: Leith, kind: place, summary: Leith is the port of Edinburgh.}
facts:
  - id: trained-2022
    about: [tidewall-guild]
    text: The Tidewall Guild has trained 300 apprentices so far, 45 per cent of them women.
  - id: leith-workshop
    about: [tidewall-guild]
    place: leith
    text: The Tidewall Guild opened a workshop in Leith on September 1, 2022.
"""
)


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("guild")
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "2021-03-04-tidewall-guild.txt").write_text(
        "Ines BERG said: Coastal flood defence is a duty every Nordic coast shares.\n",
        encoding="utf-8",
    )
    return engine_of(
        keep_texts=True,
        root=root,
        releases={"2021-03-04-tidewall-guild": _GUILD, "2022-09-01-tidewall-leith": _LEITH},
    )


def test_where_two_people_got_together_is_the_place(guild: Engine) -> None:
    answered(guild, "@partnerbot where did the two executives get together?", "Crail")


def test_titles_of_the_two_women_who_met(guild: Engine) -> None:
    answered(
        guild, "@partnerbot what were the titles of the two women who met?", "Director", "Chief"
    )


def test_other_founders_besides_the_only_one_named_are_not_found(guild: Engine) -> None:
    asked = ask(
        guild, "@partnerbot which other firms founded the Tidewall Guild besides Saltworks?"
    )
    assert asked.status is Status.NOT_FOUND, asked.reply


def test_a_statement_written_into_is_a_document(guild: Engine) -> None:
    answered(
        guild,
        "@partnerbot in which year was the Harbour Compact written into the ministers' statement?",
        "2019",
    )


def test_three_way_partnership_is_trilateral(guild: Engine) -> None:
    answered(guild, "@partnerbot what is the three-way partnership called?", "Shore Pact")


def test_only_about_one_topic_is_no(guild: Engine) -> None:
    answered(guild, "@partnerbot is the Tidewall Guild only about boat repair?", "No", "harbour")


def test_sum_from_a_denied_giver_is_the_denial(guild: Engine) -> None:
    answered(
        guild, "@partnerbot how much did banks give to the Tidewall Guild?", "no money from banks"
    )


def test_share_a_goal_sets(guild: Engine) -> None:
    answered(
        guild,
        "@partnerbot what percentage of the apprentices were meant to be women?",
        "a third",
    )


def test_organisation_described_by_a_clause_after_a_name_with_its_article(guild: Engine) -> None:
    # The head, as a role's holder, not the organisation's card naming its people.
    answered(
        guild,
        "@partnerbot who leads the Nordic Assembly organisation whose remit is coastal flood"
        " defence?",
        "**Ines BERG** — Director, Havvakt",
    )


def test_count_at_a_year_from_the_openings(guild: Engine) -> None:
    reply = answered(
        guild, "@partnerbot how many workshops did the Tidewall Guild run in 2020?", "1", "Tarrow"
    )
    assert "Leith" not in reply.split("Opened later")[0], reply


def test_year_with_nothing_said_shows_the_persons_title_there(guild: Engine) -> None:
    asked = ask(guild, "@partnerbot why did Ines Berg quit Havvakt in 2024?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "Director" in asked.reply, asked.reply


def test_second_part_asks_the_first_again_of_another_year(guild: Engine) -> None:
    answered(
        guild,
        "@partnerbot what percentage of the Guild's apprentices were women in 2021, and what"
        " was it in 2022?",
        "40 per cent",
        "45 per cent",
    )


def test_view_of_an_organisation_is_its_peoples_quotes(guild: Engine) -> None:
    answered(guild, "@partnerbot how does Havvakt see coastal flood defence?", "a duty")


def test_catch_up_with_is_a_meeting(guild: Engine) -> None:
    answered(guild, "@partnerbot where did Ines Berg catch up with Ola Strand?", "Crail")


def test_on_the_record_in_a_year_with_no_quote(guild: Engine) -> None:
    asked = ask(guild, "@partnerbot did Ines Berg say anything on the record in 2022?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "2021" in asked.reply, asked.reply
