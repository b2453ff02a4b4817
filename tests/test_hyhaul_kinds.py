"""Kinds that blind base 18 (``tests/fixtures/kb_hyhaul``, a hydrogen rail-freight
consortium) found missing outside its figures, each asked here in other words on a small
invented base of its own (a river-water trust, three releases 2019-2025), so that a fix
of the kind, not of base 18's wording, is what passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line(
        "2019-04-02-fenwick-water-trust-formed",
        "Four councils form the Fenwick Water Trust",
        "2019-04-02",
    )
    + """\
entities:
  - id: trust
    name: Fenwick Water Trust
    kind: organization
    summary: The Fenwick Water Trust, a partnership of four councils along the River Fenwick.
    aliases: [FWT, the trust]
  - id: noor-haddad
    name: Noor HADDAD
    kind: person
    summary: Noor HADDAD, Deputy Director of the Fenwick Water Trust.
    aliases: [Noor Haddad, Ms Haddad]
  - id: colm-reyes
    name: Colm REYES
    kind: person
    summary: Colm REYES, Treasurer of the Fenwick Water Trust.
    aliases: [Colm Reyes]
  - id: ines-okoro
    name: Ines OKORO
    kind: person
    summary: Ines OKORO, Head of Operations of the Fenwick Water Trust.
    aliases: [Ines Okoro]
  - id: angling
    name: Kelby Angling Association
    kind: organization
    summary: The Kelby Angling Association, a club of anglers on the upper Fenwick.
  - id: canoe
    name: Tarrow Canoe Club
    kind: organization
    summary: The Tarrow Canoe Club, a paddling club on the lower Fenwick.
  - id: kelby
    name: Kelby
    kind: place
    summary: Kelby, a market town on the upper Fenwick.
roles:
  - entity: noor-haddad
    title: Deputy Director
    organization: trust
  - entity: colm-reyes
    title: Treasurer
    organization: trust
  - entity: ines-okoro
    title: Head of Operations
    organization: trust
facts:
  - id: formed
    about: [trust]
    date: 2019-04-01
    text: Four councils formed the Fenwick Water Trust on April 1, 2019.
"""
)

_R2 = (
    source_line(
        "2021-09-14-fenwick-weir-restored",
        "Fenwick Water Trust restores the Alder weir",
        "2021-09-14",
    )
    + """\
entities:
  - id: fish-pass
    name: Alder weir fish pass
    kind: initiative
    summary: A fish pass the trust plans beside the Alder weir.
  - id: samir-haddad
    name: Samir HADDAD
    kind: person
    summary: Samir HADDAD, Secretary of the Kelby Angling Association.
    aliases: [Samir Haddad, Mr Haddad]
roles:
  - entity: noor-haddad
    title: Deputy Director
    organization: trust
  - entity: colm-reyes
    title: Treasurer
    organization: trust
  - entity: samir-haddad
    title: Secretary
    organization: angling
facts:
  - id: weir
    about: [trust]
    date: 2021-09-10
    text: The Fenwick Water Trust finished restoring the Alder weir on September 10, 2021.
  - id: fish-pass-plan
    about: [trust, fish-pass]
    text: The Fenwick Water Trust will build a fish pass beside the Alder weir by 2024.
  - id: angling-joins
    about: [kelby, angling, trust]
    text: In Kelby on June 3, 2021, the Kelby Angling Association joined the trust.
"""
)

_R3 = (
    source_line(
        "2025-03-18-haddad-heads-fenwick-trust",
        "Noor HADDAD takes the helm of the Fenwick Water Trust",
        "2025-03-18",
    )
    + """\
roles:
  - entity: noor-haddad
    title: Deputy Director
    organization: trust
    current: false
  - entity: noor-haddad
    title: Director
    organization: trust
  - entity: colm-reyes
    title: Treasurer
    organization: trust
    current: false
  - entity: ines-okoro
    title: Chief Operating Officer
    organization: trust
entities:
  - id: fw2
    name: FW-2 pump barge
    kind: initiative
    summary: The FW-2, the trust's second floating flood pump.
    aliases: [FW-2, the FW-2]
quotes:
  - id: haddad-storm
    speaker: noor-haddad
    about: [trust]
    text: A single storm can turn a dry summer into a flood crisis on the Fenwick.
facts:
  - id: haddad-director
    about: [noor-haddad, trust]
    text: Noor HADDAD has been Director of the Fenwick Water Trust since July 2024.
  - id: fw2-service
    about: [fw2, trust]
    date: 2024-08
    text: The FW-2 pump barge entered service in August 2024.
  - id: fw2-goal
    about: [fw2, trust]
    text: The trust aims to have the FW-2 pumping 40 litres a second by 2026.
  - id: canoe-joins
    about: [canoe, trust]
    text: The Tarrow Canoe Club signed up to the Fenwick Water Trust in January 2025.
  - id: ranger-joins
    about: [trust, angling]
    text: A river ranger who joins from the Kelby Angling Association starts work in May 2025.
"""
)


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("fenwick")
    (root / "sources").mkdir(parents=True)
    for stem in (
        "2019-04-02-fenwick-water-trust-formed",
        "2021-09-14-fenwick-weir-restored",
        "2025-03-18-haddad-heads-fenwick-trust",
    ):
        (root / "sources" / f"{stem}.txt").write_text(
            "Noor HADDAD said: A single storm can turn a dry summer into a flood crisis on"
            " the Fenwick.\n",
            encoding="utf-8",
        )
    return engine_of(
        root,
        {
            "2019-04-02-fenwick-water-trust-formed": _R1,
            "2021-09-14-fenwick-weir-restored": _R2,
            "2025-03-18-haddad-heads-fenwick-trust": _R3,
        },
        keep_texts=True,
    )


# --- a title marked ended without a date ----------------------------------------------------


def test_undated_end_is_held_until_the_next_title_started(trust: Engine) -> None:
    # Marked ended by the 2025 release, with no date; her Directorship began in July 2024,
    # so in 2023, after the last "as of" (2021), she was still Deputy Director.
    reply = answered(trust, "was Noor Haddad still deputy director in 2023?")
    assert "**Yes" in reply and "July 2024" in reply


def test_undated_end_is_over_once_the_next_title_started(trust: Engine) -> None:
    reply = answered(trust, "was Noor Haddad deputy director of the FWT in 2025?")
    assert "**No" in reply and "July 2024" in reply


def test_undated_end_with_no_next_title_is_not_guessed(trust: Engine) -> None:
    # The treasurer's title ended somewhere between 2021 and the 2025 release: neither
    # yes nor no for 2023.
    found = ask(trust, "was Colm Reyes treasurer of the Fenwick Water Trust in 2023?")
    assert found.status is Status.NOT_FOUND
    assert "don't say" in found.reply and "2025-03-18" in found.reply
    # Up to the last release stating it, it was held.
    assert "**Yes" in answered(
        trust, "was Colm Reyes treasurer of the Fenwick Water Trust in 2021?"
    )


def test_holder_in_a_year_of_a_title_ended_without_a_date(trust: Engine) -> None:
    # Held from the last "as of" (2021) until her Directorship began (July 2024).
    reply = answered(trust, "Who was the Fenwick Water Trust's deputy director in 2023?")
    assert reply.splitlines()[1].startswith("**Noor HADDAD**")
    assert "no holder" not in reply and "2025-03-18:" not in reply


def test_title_asked_by_its_whole_name_not_a_newer_one_sharing_a_word(trust: Engine) -> None:
    # "Operations" fits "Chief Operating Officer" too; the title named whole is asked.
    found = ask(trust, "was Ines Okoro head of operations at the FWT in 2023?")
    assert "Head of Operations" in found.reply.splitlines()[1]
    assert "**No" not in found.reply


def test_still_a_title_named_whole_not_a_newer_one_sharing_a_word(trust: Engine) -> None:
    # Her newer "Chief Operating Officer" fits "operations" too: judged instead, the
    # reply was "Yes: … is Chief Operating Officer" to "still head of operations?".
    found = ask(trust, "is Ines Okoro still head of operations at the FWT?")
    assert found.reply.splitlines()[1].startswith("**No"), found.reply
    assert "Head of Operations" in found.reply.splitlines()[1], found.reply


# --- a person's timeline leads with their titles over time ----------------------------------


def test_history_of_a_person_leads_with_titles_and_their_dates(trust: Engine) -> None:
    reply = answered(trust, "!history Noor Haddad")
    head = reply.split("\n\n")[0]
    assert "Titles, oldest first" in head
    deputy = head.index("◦ Deputy Director")
    director = head.index("◦ Director")
    assert deputy < director
    assert "since" not in head and "from July 2024" in head and "— current" in head
    # Asked in words, the same timeline answers.
    reply = answered(trust, "give me the history of Noor Haddad")
    assert "Titles, oldest first" in reply


# --- the newest party to join a group -------------------------------------------------------


def test_newest_to_join_is_the_newest_joining_sentence(trust: Engine) -> None:
    reply = answered(trust, "Who was the last club to join the FWT?")
    lead = reply.splitlines()[1]
    assert "Tarrow Canoe Club" in lead and "January 2025" in lead
    # The earlier joining follows; a ranger "who joins from" a club is no joining.
    assert "Kelby Angling Association" in reply and "ranger" not in reply
    reply = answered(trust, "what is the most recent member of the Fenwick Water Trust?")
    assert "Tarrow Canoe Club" in reply.splitlines()[1]


# --- a shared surname or acronym settled by a role ------------------------------------------


def test_who_is_the_surname_who_works_at_an_organisation(trust: Engine) -> None:
    # "Haddad" is no alias of either: the organisation named settles which one.
    reply = answered(trust, "Who's the Haddad working for the FWT?")
    assert reply.startswith("**Noor HADDAD**") and "Samir" not in reply


def test_which_shared_acronym_a_person_heads(five: Engine) -> None:
    # Two organisations go by DTA; Daniel HARTMANN's title is at the Digital Trade Alliance.
    reply = answered(five, "Which DTA is headed by Daniel Hartmann?")
    assert reply.startswith("**Digital Trade Alliance")


# --- a quote's topic in the singular, asked in the plural -----------------------------------


def test_quote_topic_asked_in_the_plural(trust: Engine) -> None:
    # The quote speaks of "a flood crisis"; the question asks about "crises".
    reply = answered(trust, "Has Noor Haddad ever talked about crises?")
    assert "**Yes" in reply and "flood crisis" in reply


# --- yes/no on a dated event of a thing whose name holds a number ---------------------------


def test_dated_event_of_a_numbered_name_is_no_goal(trust: Engine) -> None:
    # "FW-2" names the barge: its "2" is no figure asked against the 40-litre goal.
    reply = answered(trust, "Did the FW-2 go into service in August 2024?")
    assert reply.splitlines()[1].startswith("**Yes") and "goal" not in reply


def test_dated_event_asked_in_another_month_is_no(trust: Engine) -> None:
    reply = answered(trust, "did the FW-2 enter service in May 2024?")
    assert "**No:** the releases date it August 2024, not May 2024." in reply


# --- a thing only planned, asked as done ----------------------------------------------------


def test_a_plan_is_not_the_event(trust: Engine) -> None:
    found = ask(trust, "When was the Alder weir fish pass built?")
    assert found.status is Status.NOT_FOUND
    assert "only state the plan" in found.reply and "by 2024" in found.reply
    assert found.sources == ["2021-09-14-fenwick-weir-restored"]
    found = ask(trust, "Has the Alder weir fish pass been built yet?")
    assert found.status is Status.NOT_FOUND and "only state the plan" in found.reply
    # Asked as a plan, the plan answers.
    answered(trust, "When will the Alder weir fish pass be built?", "by 2024")
