"""Kinds session 16's newcomer found, asked here on an invented base of a swimming-baths
trust whose general manager hands over after the release that announces it:

- everything "current" is as of the day asked (``partnerbot ask --today``): before the
  handover the outgoing manager still holds the title (its announced end is later) and
  the successor does not yet (a fact dates their start after that day); after it, the
  releases' own reading stands; "what happened this year?" shows what is dated after
  the day asked apart, as announced, never as news;
- "when did A become <title>?" is A's own start, not the start of the successor whom a
  sentence names first ("B becomes … on 1 September, succeeding A"), whatever order the
  reviewer linked the two people in;
- "how long has X been <title>?" of a title still held is measured to the day asked, not
  to the newest release stating it;
- of two figures in one sentence, each counts its own clause's noun ("five of the
  archipelago's eleven islands, and … 14 boats"); "all eleven of the islands" counts
  eleven islands;
- "how many boats did the fleet start with?" is the earliest figure stated for boats (a
  number), not the number of items a list in some sentence holds;
- "who is O's <title> and when did he start?": "he" is the person the first part
  answered with, not the organisation it named;
- "how many donations has X given Y?" counts X's distinct sums given (a running total is
  none), whatever word each sentence uses for them, and "when did X start funding Y?" is
  the date of the earliest of them, not of a renewal a search for "funding" finds first;
- "who are the partners in X?" lists the parties a sentence says run X ("run by A and
  B"), not one partner's card, nor the funder of the next clause;
- "what was X's job before?" asks a post, not an employer: an earlier title at the
  organisation X works at now answers it;
- a count stated over a span of months ("between March 2021 and October 2021") holds at
  the span's end, so "how many … by the end of 2021?" is that count, not "none until";
- "what did the 2022 release say about listeners?", naming no entry, is that year's
  sentences holding the topic's words, under the release's headline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

BEFORE = dt.date(2024, 7, 15)
AFTER = dt.date(2024, 10, 1)

_OPENING = (
    source_line("2019-05-02-tidewell", "Tidewell Baths reopen after restoration", "2019-05-02")
    + """\
entities:
  - id: tidewell
    name: Tidewell Baths Trust
    kind: organization
    summary: A charitable trust that runs the restored Tidewell sea-water baths.
  - id: voss
    name: Ingrid Voss
    kind: person
    summary: General Manager of the Tidewell Baths Trust.
  - id: mensah
    name: Osei Mensah
    kind: person
    summary: Head of Programmes at the Tidewell Baths Trust.
roles:
  - {entity: voss, title: General Manager, organization: tidewell}
  - {entity: mensah, title: Head of Programmes, organization: tidewell}
facts:
  - id: voss-since
    about: [voss, tidewell]
    date: 2016-03
    text: Ingrid Voss has been General Manager of the Tidewell Baths Trust since March 2016.
"""
)

_HANDOVER = (
    source_line(
        "2024-06-10-tidewell", "Tidewell Baths Trust names a new general manager", "2024-06-10"
    )
    + """\
roles:
  - {entity: voss, title: General Manager, organization: tidewell, ended: '2024-08-31'}
  - {entity: mensah, title: Head of Programmes, organization: tidewell, ended: '2024-08-31'}
  - {entity: mensah, title: General Manager, organization: tidewell}
facts:
  - id: pool-lanes
    about: [tidewell]
    text: The Tidewell Baths Trust added two lanes to the outdoor pool this spring.
  - id: voss-retires
    about: [voss, tidewell]
    date: '2024-08-31'
    text: Ingrid Voss will retire as General Manager of the Tidewell Baths Trust on 31 August 2024.
  - id: mensah-becomes
    about: [voss, mensah, tidewell]
    date: '2024-09-01'
    text: Osei Mensah becomes General Manager of the Tidewell Baths Trust on 1 September 2024, succeeding Ingrid Voss.
"""
)


@pytest.fixture(scope="module")
def baths(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("baths")
    return engine_of(root, {"2019-05-02-tidewell": _OPENING, "2024-06-10-tidewell": _HANDOVER})


def _ask(engine: Engine, message: str, today: dt.date) -> tuple[Status, str]:
    answer = engine.handle(message, today)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


def _before(reply: str, first: str, second: str) -> bool:
    return first in reply and second in reply and reply.index(first) < reply.index(second)


def test_holder_now_is_the_outgoing_one_before_the_handover(baths: Engine) -> None:
    status, reply = _ask(baths, "who is the general manager of Tidewell Baths Trust now?", BEFORE)
    assert status is Status.ANSWERED, reply
    assert _before(reply, "Ingrid Voss", "Osei Mensah"), reply
    assert "until 2024-08-31" in reply and "Next" in reply, reply


def test_holder_now_is_the_successor_after_the_handover(baths: Engine) -> None:
    status, reply = _ask(baths, "who is the general manager of Tidewell Baths Trust now?", AFTER)
    assert status is Status.ANSWERED, reply
    assert _before(reply, "Osei Mensah", "Ingrid Voss"), reply
    assert "Next" not in reply, reply


def test_successor_is_not_yet_in_post(baths: Engine) -> None:
    status, reply = _ask(baths, "is Osei Mensah the general manager yet?", BEFORE)
    assert status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**Not yet:**"), reply
    assert "1 September 2024" in reply, reply
    status, reply = _ask(baths, "is Osei Mensah the general manager yet?", AFTER)
    assert reply.splitlines()[1].startswith("**Yes:**"), reply


def test_outgoing_holder_is_still_in_post(baths: Engine) -> None:
    status, reply = _ask(baths, "is Ingrid Voss still general manager?", BEFORE)
    assert status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**Yes:**"), reply
    status, reply = _ask(baths, "is Ingrid Voss still general manager?", AFTER)
    assert reply.splitlines()[1].startswith("**No:**"), reply


def test_a_title_asked_alone_is_its_holder_on_the_day_asked(baths: Engine) -> None:
    """A title as the whole argument or question ("!who general manager of Tidewell Baths
    Trust", "who is the general manager of …?") names the one holding it that day, not
    the one a later handover names (the name lookup, not only the question path)."""
    for message in (
        "!who general manager of Tidewell Baths Trust",
        "who is the general manager of Tidewell Baths Trust?",
    ):
        status, reply = _ask(baths, message, BEFORE)
        assert status is Status.ANSWERED, reply
        assert "Ingrid Voss" in reply.splitlines()[0], reply
        status, reply = _ask(baths, message, AFTER)
        assert "Osei Mensah" in reply.splitlines()[0], reply


def test_card_and_title_show_the_next_title_apart(baths: Engine) -> None:
    for message in ("!who Osei Mensah", "what is Osei Mensah's current title?"):
        status, reply = _ask(baths, message, BEFORE)
        assert status is Status.ANSWERED, reply
        role = next(line for line in reply.splitlines() if "Role:**" in line)
        assert "Head of Programmes" in role and "General Manager" not in role, reply
        assert "Next:" in reply and "from 1 September 2024" in reply, reply
        status, reply = _ask(baths, message, AFTER)
        role = next(line for line in reply.splitlines() if "Role:**" in line)
        assert "General Manager" in role and "Next:" not in reply, reply


def test_news_of_the_year_keeps_what_is_announced_for_later_apart(baths: Engine) -> None:
    status, reply = _ask(baths, "what happened this year?", BEFORE)
    assert status is Status.ANSWERED, reply
    news, _, later = reply.partition("Announced for later")
    assert "two lanes" in news, reply
    assert "retire" not in news and "succeeding" not in news, reply
    assert "retire" in later and "succeeding" in later, reply
    status, reply = _ask(baths, "what happened this year?", AFTER)
    assert "Announced for later" not in reply and "succeeding" in reply, reply


def test_start_is_the_persons_own_not_the_successors(baths: Engine) -> None:
    status, reply = _ask(baths, "when did Ingrid Voss become general manager?", AFTER)
    assert status is Status.ANSWERED, reply
    assert "March 2016" in reply and "1 September 2024" not in reply, reply
    status, reply = _ask(baths, "how long was Ingrid Voss general manager?", AFTER)
    assert status is Status.ANSWERED, reply
    assert "eight years" in reply.casefold(), reply


def test_how_long_has_a_held_title_lasted_is_measured_to_the_day_asked(baths: Engine) -> None:
    later = dt.date(2027, 3, 1)
    status, reply = _ask(baths, "how long has Osei Mensah been general manager?", later)
    assert status is Status.ANSWERED, reply
    assert "2024-09-01 to 2027-03-01" in reply and "Measured to" in reply, reply


_FERRIES = (
    source_line("2023-04-11-skerry", "Skerry Link ferries reach every island", "2023-04-11")
    + """\
entities:
  - id: skerry
    name: Skerry Link
    kind: initiative
    summary: An island ferry service.
facts:
  - id: skerry-2021
    about: [skerry]
    date: 2021-06
    text: Skerry Link ferries now call at five of the archipelago's eleven islands, and the Skerry Link fleet has 14 boats.
  - id: skerry-2023
    about: [skerry]
    text: Skerry Link ferries now call at all eleven of the archipelago's islands, and the Skerry Link fleet has 22 boats.
"""
)


_FIRST_SAILINGS = (
    source_line("2019-05-20-skerry", "Skerry Link ferries begin sailing", "2019-05-20")
    + """\
facts:
  - id: skerry-2019
    about: [skerry]
    text: Skerry Link ferries began sailing, linking three islands, with a starter fleet of 6 boats.
  - id: skerry-crews
    about: [skerry]
    text: Skerry Link, the ferry fleet and crew-training service run by island councils, began with a trial season.
"""
)


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("ferries")
    return engine_of(root, {"2019-05-20-skerry": _FIRST_SAILINGS, "2023-04-11-skerry": _FERRIES})


def test_a_part_of_one_clause_is_not_the_count_of_the_next_clause(ferries: Engine) -> None:
    status, reply = _ask(ferries, "how many boats does Skerry Link have?", AFTER)
    assert status is Status.ANSWERED, reply
    head = reply.splitlines()[1]
    assert "22" in head and "eleven" not in head and "all" not in head, reply


def test_all_n_of_the_noun_counts_n(ferries: Engine) -> None:
    status, reply = _ask(ferries, "how many islands does Skerry Link call at now?", AFTER)
    assert status is Status.ANSWERED, reply
    head = reply.splitlines()[1]
    assert "eleven" in head and "22" not in head, reply


def test_a_count_at_the_start_is_the_earliest_figure_not_a_list(ferries: Engine) -> None:
    status, reply = _ask(ferries, "how many boats did the ferry fleet start with?", AFTER)
    assert status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**6** at the start"), reply


def test_he_in_a_second_part_is_the_person_the_first_part_answered(baths: Engine) -> None:
    status, reply = _ask(
        baths, "who is the Tidewell Baths Trust's general manager and when did he start?", AFTER
    )
    assert status is Status.ANSWERED, reply
    second = reply.partition("when did he start")[2]
    assert "1 September 2024" in second and "Osei Mensah" in second, reply


_CHOIR = """\
entities:
  - id: marrow
    name: Marrow Fund
    kind: organization
    summary: A family foundation that backs music in the north.
  - id: kelpie
    name: Kelpie Choir
    kind: organization
    summary: A community choir on the coast.
facts:
  - id: marrow-2019
    about: [kelpie, marrow]
    text: The Kelpie Choir's first season is paid for by a donation of £40,000 from the Marrow Fund.
"""
_CHOIR_LATER = """\
facts:
  - id: marrow-2022
    about: [marrow, kelpie]
    text: The Marrow Fund has donated a further £60,000 to the Kelpie Choir for its touring years, bringing its total support to £100,000.
  - id: kelpie-listeners
    about: [kelpie]
    text: The Kelpie Choir sang to 2,300 listeners between March 2021 and October 2021.
"""


@pytest.fixture(scope="module")
def choir(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("choir")
    return engine_of(
        root,
        {
            "2019-02-01-kelpie": source_line("2019-02-01-kelpie", "Kelpie Choir", "2019-02-01")
            + _CHOIR,
            "2022-03-01-kelpie": source_line("2022-03-01-kelpie", "Kelpie tours", "2022-03-01")
            + _CHOIR_LATER,
        },
    )


def test_how_many_gifts_counts_the_sums_given(choir: Engine) -> None:
    status, reply = _ask(
        choir, "how many donations has the Marrow Fund given the Kelpie Choir?", AFTER
    )
    assert status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**Two donations**"), reply
    assert "40,000" in reply and "60,000" in reply, reply


def test_when_did_x_start_funding_is_its_earliest_sum_given(choir: Engine) -> None:
    status, reply = _ask(choir, "when did the Marrow Fund start funding the Kelpie Choir?", AFTER)
    assert status is Status.ANSWERED, reply
    assert "2019" in reply.splitlines()[1] and "40,000" in reply, reply
    assert "2022" not in reply.splitlines()[1], reply


_LOOM = (
    source_line("2022-09-09-loomhouse", "Loomhouse opens", "2022-09-09")
    + """\
entities:
  - id: loomhouse
    name: Loomhouse
    kind: initiative
    summary: A weaving school run by the Tarrow Guild and Selkie Mills and funded by the Harl Trust.
  - id: guild
    name: Tarrow Guild
    kind: organization
    summary: A guild of weavers.
  - id: selkie
    name: Selkie Mills
    kind: organization
    summary: A wool mill.
  - id: harl
    name: Harl Trust
    kind: organization
    summary: A charitable trust.
facts:
  - id: loom-1
    about: [loomhouse, guild, selkie, harl]
    text: Loomhouse, the weaving school run by the Tarrow Guild and Selkie Mills, opened with a grant from the Harl Trust.
"""
)


@pytest.fixture(scope="module")
def loom(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("loom")
    return engine_of(root, {"2022-09-09-loomhouse": _LOOM})


def test_partners_are_the_parties_running_it_not_its_funder(loom: Engine) -> None:
    status, reply = _ask(loom, "who are the partners in Loomhouse?", AFTER)
    assert status is Status.ANSWERED, reply
    head = reply.splitlines()[1]
    assert "Tarrow Guild" in head and "Selkie Mills" in head, reply
    assert "Harl Trust" not in head, reply


def test_job_before_is_the_earlier_title_at_the_same_organisation(baths: Engine) -> None:
    status, reply = _ask(baths, "what was Osei Mensah's job before?", AFTER)
    assert status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**Before:** Head of Programmes"), reply
    status, reply = _ask(baths, "which organisation did Osei Mensah work for before?", AFTER)
    assert status is Status.NOT_FOUND, reply


def test_a_count_over_a_span_of_months_holds_at_its_end(choir: Engine) -> None:
    status, reply = _ask(
        choir, "how many listeners had the Kelpie Choir sung to by the end of 2021?", AFTER
    )
    assert status is Status.ANSWERED, reply
    assert "2,300" in reply.splitlines()[1] and "October 2021" in reply.splitlines()[1], reply


def test_a_years_release_on_a_topic_naming_no_entry(choir: Engine) -> None:
    status, reply = _ask(choir, "what did the 2022 release say about listeners?", AFTER)
    assert status is Status.ANSWERED, reply
    # Under the release's headline, dated: the year's release says it.
    assert "Kelpie tours" in reply.splitlines()[1] and "2022" in reply.splitlines()[1], reply
    assert "2,300 listeners" in reply, reply
    status, reply = _ask(choir, "what did the 2019 release say about listeners?", AFTER)
    assert "2,300" not in reply, reply
