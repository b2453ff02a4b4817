"""Kinds that held-out bases 25 and 27 found misread (issue 12, knowledge over time),
each asked here in other words on an invented base of village water wells.

- "is P still the <title> at the <place> depot?": a place inside a title is the title's
  word, and "in charge" reads as the title's own phrase: no, with the newer title;
- "when did P graduate from X?" from "P, among the first X graduates, finished her
  training in May 2019" (a graduate named is education stated);
- a goal reported missed ("did not meet its goal of 40 wells: 31 are working") gives the
  count reached, and "why did X miss its well target?" the sentence with the cause;
- money over time: a sum "for 2020 to 2022" covers three calendar years; "the first
  Bramhall grant" is the owner's oldest grant; a renewal of support is one more
  commitment (the total, and the list of grants); "… and for which years?" asks about
  the thing the first part named; a quote never says who founded a body;
- "an eight-month course" is a length in months; a quote filed under "the renewal"
  answers "what did X say about the renewal?"; "28 in Ostvale and 12 in Kesso" gives one
  place's share; a verb no release uses ("dropped out") is not a count of the noun
  doing something else;
- a bare "the lender" is the one thing the releases call so; "deputy
  CEO" is the stated "Deputy Chief Executive"; "what did X say in the five-year review?"
  is X's quote in the release publishing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("2020-02-11-tirra-launch", "Ostvale Water Trust launches Tirra Wells", "2020-02-11")
    + """\
entities:
  - id: owt
    name: Ostvale Water Trust
    kind: organization
    summary: The Ostvale Water Trust (OWT) is a charity that drills wells for drinking water in the Ostvale hills.
    aliases: [OWT]
  - id: tirra
    name: Tirra Wells
    kind: initiative
    summary: Tirra Wells is a programme of the Ostvale Water Trust that drills village wells.
  - id: bramhall
    name: Bramhall Foundation
    kind: organization
    summary: The Bramhall Foundation is a family charity in Leeds that funds clean water.
  - id: kesso-bank
    name: Kesso Credit Union
    kind: organization
    summary: Kesso Credit Union is a lender to village pump committees.
  - id: bramhall-grant-2020
    name: Bramhall Foundation grant to Tirra Wells (2020 to 2022)
    kind: agreement
    summary: The Bramhall Foundation's GBP 2 million for Tirra Wells for 2020 to 2022.
    aliases: [2020 grant]
  - id: ada-rusk
    name: Ada Rusk
    kind: person
    summary: Engineer in charge of the Moro pump depot.
  - id: ivo-lenk
    name: Ivo Lenk
    kind: person
    summary: Programme Officer of the Bramhall Foundation.
  - id: rhea-dunmore
    name: Rhea Dunmore
    kind: person
    summary: Managing Director of Kesso Credit Union.
  - id: moro
    name: Moro
    kind: place
    summary: A village in the Ostvale hills with a pump depot.
  - id: ostvale
    name: Ostvale
    kind: place
    summary: A hill district.
  - id: kesso
    name: Kesso
    kind: place
    summary: A river district.
roles:
  - entity: ada-rusk
    title: Engineer in charge of the Moro pump depot
    organization: tirra
  - entity: ivo-lenk
    title: Programme Officer
    organization: bramhall
  - entity: rhea-dunmore
    title: Managing Director
    organization: kesso-bank
facts:
  - id: bramhall-commits
    about: [bramhall, tirra, bramhall-grant-2020]
    text: The Bramhall Foundation has committed GBP 2 million to Tirra Wells for 2020 to 2022.
  - id: tirra-goal
    about: [tirra]
    text: Tirra Wells aims to drill 40 wells by the end of 2021.
  - id: tirra-course
    about: [tirra]
    text: Tirra Wells runs an eight-month mechanics course for pump keepers in Moro.
  - id: ada-completed
    about: [ada-rusk, tirra]
    date: 2019-05
    text: Ada Rusk, among the first Tirra graduates, finished her training in May 2019.
  - id: tirra-drilled-12
    about: [tirra]
    text: Tirra Wells has drilled 12 wells.
"""
)
_MISSED = (
    source_line("2021-11-20-tirra-report", "Tirra Wells reports on its first goal", "2021-11-20")
    + """\
facts:
  - id: goal-missed
    about: [tirra-wells-list, tirra]
    text: >-
      Tirra Wells did not meet its goal of 40 wells by the end of 2021: 31 Tirra wells are
      working, after drilling in Kesso was held up by floods.
  - id: owt-drilled-300
    about: [owt]
    text: The Ostvale Water Trust has drilled 300 wells since it was founded.
  - id: keepers-began
    about: [tirra]
    date: 2020-03
    text: The first Tirra cohort of 24 student pump keepers begins the course in Moro in March 2020.
entities:
  - id: tirra-wells-list
    name: Tirra village wells
    kind: initiative
    summary: The wells Tirra Wells has drilled.
"""
)
_RENEWAL = (
    source_line("2023-03-02-tirra-renewal", "Bramhall Foundation renews Tirra Wells", "2023-03-02")
    + """\
entities:
  - id: bramhall-renewal-2023
    name: Bramhall Foundation renewal for Tirra Wells (2023 to 2025)
    kind: agreement
    summary: The Bramhall Foundation's renewed support, GBP 3 million for 2023 to 2025.
    aliases: [2023 renewal, Bramhall renewal]
  - id: bramhall-grant-2023
    name: Bramhall Foundation grant to Tirra Wells for Kesso (2023)
    kind: agreement
    summary: The Bramhall Foundation's grant for the Kesso wells.
  - id: noor-bell
    name: Noor Bell
    kind: person
    summary: Chair of the Bramhall Foundation.
roles:
  - entity: ada-rusk
    title: Chief Engineer
    organization: owt
  - entity: ada-rusk
    title: Engineer in charge of the Moro pump depot
    organization: tirra
    ended: 2022-12-31
  - entity: noor-bell
    title: Chair
    organization: bramhall
quotes:
  - id: bell-dry-wells
    speaker: noor-bell
    about: [bramhall, tirra, bramhall-renewal-2023]
    text: I found the first wells dry in summer. Now every one of them holds water,
facts:
  - id: bramhall-renews
    about: [bramhall, tirra, bramhall-renewal-2023, bramhall-grant-2023]
    text: >-
      The Bramhall Foundation has renewed its support for Tirra Wells with GBP 3 million
      for 2023 to 2025.
  - id: forty-wells
    about: [tirra-wells-list, tirra, ostvale, kesso]
    text: Forty Tirra wells are working, 28 in Ostvale and 12 in Kesso.
"""
)
_REVIEW = (
    source_line("2025-06-30-tirra-review", "Tirra Wells five-year review", "2025-06-30")
    + """\
entities:
  - id: tirra-review
    name: Tirra five-year review
    kind: document
    summary: Tirra Wells' five-year review, published on June 30, 2025.
    aliases: [five-year review]
  - id: sela-odhiambo
    name: Sela Odhiambo
    kind: person
    summary: Deputy Chief Executive of the Ostvale Water Trust.
  - id: piet-garr
    name: Piet Garr
    kind: person
    summary: Chief Executive of the Ostvale Water Trust.
roles:
  - entity: sela-odhiambo
    title: Deputy Chief Executive
    organization: owt
  - entity: piet-garr
    title: Chief Executive
    organization: owt
quotes:
  - id: odhiambo-queues
    speaker: sela-odhiambo
    about: [tirra]
    text: The queues at the river are gone, and the girls are back in class,
facts:
  - id: review-published
    about: [tirra-review, tirra, owt]
    date: 2025-06-30
    text: Tirra Wells published its five-year review on June 30, 2025.
"""
)


@pytest.fixture(scope="module")
def wells(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("wells")
    (root / "sources").mkdir(parents=True)
    texts = {
        "2023-03-02-tirra-renewal": "Noor Bell said: I found the first wells dry in summer. "
        "Now every one of them holds water, she said.\n",
        "2025-06-30-tirra-review": "Sela Odhiambo said: The queues at the river are gone, "
        "and the girls are back in class, she said.\n",
    }
    for name, text in texts.items():
        (root / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return engine_of(
        root,
        {
            "2020-02-11-tirra-launch": _LAUNCH,
            "2021-11-20-tirra-report": _MISSED,
            "2023-03-02-tirra-renewal": _RENEWAL,
            "2025-06-30-tirra-review": _REVIEW,
        },
        keep_texts=True,
    )


def test_a_place_in_a_title_is_the_titles_word(wells: Engine) -> None:
    got = ask(wells, "is Ada Rusk still the engineer in charge at the Moro depot?")
    assert got.status is Status.ANSWERED
    assert "**No" in got.reply and "Chief Engineer" in got.reply


def test_a_finished_course_dates_a_graduation(wells: Engine) -> None:
    got = ask(wells, "when did Ada Rusk graduate from Tirra Wells?")
    assert got.status is Status.ANSWERED
    assert "May 2019" in got.reply


def test_a_missed_goal_gives_the_count_reached(wells: Engine) -> None:
    got = ask(wells, "how many tirra wells were working in november 2021?")
    assert got.status is Status.ANSWERED
    assert "31" in got.reply.split("\n")[1]


def test_why_a_goal_was_missed_is_its_stated_cause(wells: Engine) -> None:
    got = ask(wells, "why did tirra wells miss its well target?")
    assert got.status is Status.ANSWERED
    assert "floods" in "\n".join(got.reply.split("\n")[:3])
    assert "aims to drill" not in got.reply


def test_a_sum_for_a_span_of_years_counts_both_ends(wells: Engine) -> None:
    got = ask(wells, "how many years does the 2020 grant cover?")
    assert got.status is Status.ANSWERED
    assert "Three years" in got.reply


def test_the_owners_first_grant_is_its_oldest(wells: Engine) -> None:
    got = ask(wells, "what period did the first Bramhall grant cover?")
    assert got.status is Status.ANSWERED
    assert "2020 to 2022" in got.reply


def test_a_renewal_is_one_more_commitment(wells: Engine) -> None:
    total = ask(wells, "how much has the Bramhall Foundation committed to Tirra Wells in total?")
    assert total.status is Status.ANSWERED
    assert "5 million" in total.reply
    listed = ask(wells, "list the Bramhall grants to Tirra Wells")
    assert listed.status is Status.ANSWERED
    assert "2 million" in listed.reply and "3 million" in listed.reply


def test_a_second_question_opened_by_a_preposition(wells: Engine) -> None:
    got = ask(wells, "who gave the 2020 grant and for which years?")
    assert got.status is Status.ANSWERED
    assert "Bramhall" in got.reply and "**2020 to 2022**" in got.reply


def test_a_quote_says_nothing_of_a_founder(wells: Engine) -> None:
    got = ask(wells, "who founded the Bramhall Foundation?")
    assert got.status is Status.NOT_FOUND
    assert "dry in summer" not in got.reply


def test_a_length_in_months(wells: Engine) -> None:
    got = ask(wells, "how long is the Tirra Wells mechanics course?")
    assert got.status is Status.ANSWERED
    assert "Eight months" in got.reply


def test_a_quote_filed_under_the_thing_asked(wells: Engine) -> None:
    got = ask(wells, "what did Noor Bell say about the renewal?")
    assert got.status is Status.ANSWERED
    assert "holds water" in got.reply


def test_one_places_share_of_a_count(wells: Engine) -> None:
    got = ask(wells, "how many tirra wells are in kesso?")
    assert got.status is Status.ANSWERED
    assert "**12**" in got.reply


def test_a_verb_no_release_uses_is_not_a_count(wells: Engine) -> None:
    got = ask(wells, "how many student pump keepers dropped out of the Tirra Wells course?")
    assert got.status is Status.NOT_FOUND


def test_a_bare_kind_noun_is_the_one_so_called(wells: Engine) -> None:
    boss = ask(wells, "who heads the lender?")
    assert boss.status is Status.ANSWERED
    assert "Rhea Dunmore" in boss.reply and "Managing Director" in boss.reply


def test_a_qualified_title_its_initials_hide(wells: Engine) -> None:
    got = ask(wells, "who is the deputy ceo of the water trust?")
    assert got.status is Status.ANSWERED
    assert "Sela Odhiambo" in got.reply


def test_a_quote_in_the_release_publishing_a_document(wells: Engine) -> None:
    got = ask(wells, "what did the deputy chief executive say in the five-year review?")
    assert got.status is Status.ANSWERED
    assert "back in class" in got.reply
