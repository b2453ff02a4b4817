"""Kinds left by earlier blind and sealed sets (issues 10, 12), each tested in other
wording on another base than the case that showed it.

- A figure answers "how many <modifier> <head>" only when it counts the head: "36
  reef dives" counts no "dive boats" (a newcomer got "31 cable repairs" for "how many
  repair vessels?"). A head that is only a kind ("partner organisations") still falls
  back to its first word ("six partners").
- "Does X count" asks a number, as "does X have" does ("how many partner organisations
  does the Academy count now?").
"""

from __future__ import annotations

from pathlib import Path

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_HARBOUR
from tests.tmpkb import engine_of, source_line

REEF = {
    "r1": (
        "source: {id: r1, title: Reef Keepers launch, publisher: Wire, date: 2021-05-01,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
        "entities:\n"
        "  - {id: reef, name: Reef Keepers, kind: organization, summary: A reef charity.}\n"
        "facts:\n"
        "  - {id: f1, about: [reef], text: 'Reef Keepers volunteers have completed 36 reef"
        " dives since 2020, with an average dive time of 50 minutes.'}\n"
        "  - {id: f2, about: [reef], text: 'Reef Keepers bought the dive boat Sea Wren in"
        " 2021.'}\n"
        "  - {id: f4, about: [reef], text: 'Reef Keepers partners are now the Orrin Dive"
        " Club, the Velmar Aquarium, Coastwatch and the Tarrow Sailing School.'}\n"
    ),
}


def test_a_figure_counting_the_modifier_never_answers_the_head(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, REEF)
    answer = engine.handle("how many dive boats does Reef Keepers own?")
    reply = render_text(answer)
    assert "36" not in reply and "50" not in reply, reply
    # No number stated: not_found, with the sentences naming dive boats, cited.
    assert answer.status is Status.NOT_FOUND, reply
    assert "Sea Wren" in reply and answer.citations, reply
    dives = engine.handle("how many reef dives have Reef Keepers volunteers completed?")
    assert "36" in render_text(dives), render_text(dives)


def test_count_as_the_verb_asks_the_number(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, REEF)
    answer = engine.handle("how many partner groups does Reef Keepers count at present?")
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert "Four" in answer.text.splitlines()[0], answer.text


TENURE = {
    "t1": (
        "source: {id: t1, title: Lighthouse Trust opens, publisher: Wire, date: 2019-04-02,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/t1.txt}\n"
        "entities:\n"
        "  - {id: trust, name: Lighthouse Trust, kind: organization, summary: A charity.}\n"
        "  - {id: moss, name: Edda Moss, kind: person, summary: Director of the Lighthouse"
        " Trust.}\n"
        "  - {id: crane, name: Ansel Crane, kind: person, summary: Chair of the Lighthouse"
        " Trust.}\n"
        "roles:\n"
        "  - {entity: moss, title: Director, organization: trust}\n"
        "  - {entity: crane, title: Chair, organization: trust}\n"
        "facts:\n"
        "  - {id: f1, about: [trust], text: 'The Lighthouse Trust opened its first museum.'}\n"
        "  - {id: f0, about: [crane, trust], text: 'Ansel Crane has been Chair of the"
        " Lighthouse Trust since June 1, 2017.'}\n"
    ),
    "t2": (
        "source: {id: t2, title: New director, publisher: Wire, date: 2023-02-10,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/t2.txt}\n"
        "roles:\n"
        "  - {entity: moss, title: Director, organization: trust, ended: 2022-09}\n"
        "  - {entity: crane, title: Chair, organization: trust}\n"
        "facts:\n"
        "  - {id: f2, about: [trust], text: 'The Lighthouse Trust opened a second museum.'}\n"
    ),
}


def test_a_tenure_no_sentence_states_runs_from_the_first_release(tmp_path: Path) -> None:
    """ "How long was X CEO?" when only the roles give the title: from the first release
    stating it (a bound, "at least") to the end a later release marks."""
    engine = engine_of(tmp_path, TENURE)
    answer = engine.handle("for how long did Edda Moss serve as director of the trust?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "2019" in reply and "2022" in reply and "At least three years" in reply, reply


def test_a_tenure_up_to_the_release_of_a_year(tmp_path: Path) -> None:
    """ "How long had X been <title> when the 2023 release came out?": up to that one
    release's date, not refused for naming a year."""
    engine = engine_of(tmp_path, TENURE)
    answer = engine.handle(
        "how many years had Ansel Crane been chair when the 2023 release was published?"
    )
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Five years" in reply and "still held it on Friday, February 10, 2023" in reply, reply


def test_start_and_end_named_as_nouns_ask_for_the_period(engine: Engine) -> None:
    """ "X: start and end year?" asks the period with no question word; both ends lead."""
    answer = engine.handle("strategic cooperation framework: start and end year pls")
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert answer.text.startswith("**2018 to 2021**"), answer.text


BIKES = {
    "b1": (
        "source: {id: b1, title: Bike network grows, publisher: Wire, date: 2022-06-01,"
        " dateline: {city: Tarrow, country: Orrin}, text: ../sources/b1.txt}\n"
        "entities:\n"
        "  - {id: bikes, name: Tarrow Bike Network, kind: initiative, summary: A bike"
        " share.}\n"
        "facts:\n"
        "  - {id: f1, about: [bikes], text: 'The Tarrow Bike Network now has 90 docking"
        " stations, up from 35 docking stations when the network was formed in 2019.'}\n"
        "  - {id: g1, about: [bikes], text: 'The Tarrow Bike Network aims to have 200"
        " docking stations by 2026.'}\n"
    ),
    "b2": (
        "source: {id: b2, title: Bike network at 140, publisher: Wire, date: 2024-09-12,"
        " dateline: {city: Tarrow, country: Orrin}, text: ../sources/b2.txt}\n"
        "facts:\n"
        "  - {id: f2, about: [bikes], text: 'The Tarrow Bike Network now has 140 docking"
        " stations.'}\n"
        "  - {id: f3, about: [bikes], text: 'The network took its first electric bikes,"
        " supplied by Velo Works in March 2023, into service in May 2023.'}\n"
        "  - {id: f4, about: [bikes], date: 2023-04-20, text: 'The Tarrow Bike Network opened"
        " its 100th docking station on April 20, 2023.'}\n"
        "  - {id: f5, about: [bikes], date: 2023-03-01, text: 'The Tarrow Bike Network opened"
        " a repair depot in Tarrow on March 1, 2023.'}\n"
    ),
}


def test_a_start_given_as_when_it_was_formed_is_dated_by_its_year(tmp_path: Path) -> None:
    """ "Up from 35 when the network was formed in 2019" is the figure as of 2019: the
    gain from 2019 to 2024 is computed from it."""
    engine = engine_of(tmp_path, BIKES)
    answer = engine.handle("how many docking stations did the bike network add from 2019 to 2024?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "105" in reply.splitlines()[1], reply


def test_an_undated_sentence_is_dated_by_what_it_writes_after_the_event_word(
    tmp_path: Path,
) -> None:
    """ "Supplied by Velo Works in March 2023, into service in May 2023": asked which came
    first, the supply is dated March 2023 (the date nearest its word, in its clause), not
    by its release nor by the other date of the sentence."""
    engine = engine_of(tmp_path, BIKES)
    answer = engine.handle(
        "what happened earlier, the e-bike supply or the 100th docking station opening?"
    )
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**The e-bike supply** came first (March 2023)"), reply


def test_the_members_of_a_group_are_the_parties_named_as_members() -> None:
    """ "Which organisations belong to X?": the organisations the sentences saying how X
    is made up name as members (joined, founded by, members are), not a sentence about
    what the members did, nor what the partners formed."""
    harbour = Engine(Index(load_knowledge(KB_HARBOUR)))
    answer = harbour.handle("which organisations belong to the consortium?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED and answer.citations, reply
    lead = reply.splitlines()[1]
    for name in ("Nordgas Bunkering", "University of Tallisvik", "Northmere University"):
        assert name in lead, reply
    assert "Corridor Implementation Taskforce" not in lead, reply


MEETINGS = {
    "m1": (
        "source: {id: m1, title: Ports talk, publisher: Wire, date: 2020-05-04,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/m1.txt}\n"
        "entities:\n"
        "  - {id: oke, name: Ada Oke, kind: person, summary: Harbour master of Velmar.}\n"
        "  - {id: lund, name: Per Lund, kind: person, summary: Mayor of Tarrow.}\n"
        "facts:\n"
        "  - {id: f1, about: [oke, lund], date: 2020-05-03, text: 'Ada Oke and Per Lund met"
        " in Velmar on May 3, 2020 to discuss a ferry link.'}\n"
    ),
    "m2": (
        "source: {id: m2, title: Ferry link agreed, publisher: Wire, date: 2022-06-04,"
        " dateline: {city: Tarrow, country: Orrin}, text: ../sources/m2.txt}\n"
        "facts:\n"
        "  - {id: f2, about: [oke, lund], date: 2022-06-03, text: 'Ada Oke and Per Lund met"
        " again in Tarrow on June 3, 2022 and agreed the ferry link.'}\n"
    ),
}


def test_did_they_next_meet_asks_the_time_after(tmp_path: Path) -> None:
    """ "When did A and B next meet after <an event>?": the earliest of the head's dated
    sentences after the anchor's date (not the anchor itself, the best fit); a future
    "when is the next meeting?" is still unanswered."""
    engine = engine_of(tmp_path, MEETINGS)
    answer = engine.handle("when did Oke and Lund next meet after the Velmar talks?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "June 3, 2022" in reply.splitlines()[1], reply
    assert "After the Velmar talks (Sunday, May 3, 2020)" in reply, reply
    future = engine.handle("when is the next meeting between Oke and Lund?")
    assert future.status is Status.NOT_FOUND, render_text(future)


def test_a_shortfall_when_an_event_happened_is_at_its_date(tmp_path: Path) -> None:
    """ "How far from the goal when <event>?" (and the event clause first): the figure in
    force at the event's date against the goal, never today's shortfall."""
    engine = engine_of(tmp_path, BIKES)
    for question in (
        "how far was the bike network from its 200 station goal when the repair depot opened?",
        "by the time the repair depot opened, how far was the network from the 200 goal?",
    ):
        answer = engine.handle(question)
        reply = render_text(answer)
        assert answer.status is Status.ANSWERED, reply
        assert reply.splitlines()[1].startswith("**110 short**"), reply


LIBRARY_BUS = {
    "l1": (
        "source: {id: l1, title: Library Bus launched, publisher: Wire, date: 2020-05-02,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/l1.txt}\n"
        "entities:\n"
        "  - {id: bus, name: Orrin Library Bus, kind: initiative, aliases: [Library Bus],"
        " summary: A mobile library service.}\n"
        "facts:\n"
        "  - {id: f1, about: [bus], date: 2020-05-01, text: 'The Orrin Library Bus was"
        " launched in Velmar on May 1, 2020.'}\n"
        "  - {id: f2, about: [bus], text: 'Twelve Library Bus vans are already on the road"
        " across the island.'}\n"
    ),
    "l2": (
        "source: {id: l2, title: Library Bus grows, publisher: Wire, date: 2022-08-09,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/l2.txt}\n"
        "facts:\n"
        "  - {id: f3, about: [bus], text: 'The Orrin Library Bus now runs 30 vans.'}\n"
    ),
}


def test_a_count_when_a_thing_launched_is_its_launch_releases(tmp_path: Path) -> None:
    """ "How many <X> vans were running when it launched?": the head noun is counted
    ("vans", not "library"), the thing the event names is the head's subject, and a
    figure the launch's own release gives (dated a day later) is the one at the launch."""
    engine = engine_of(tmp_path, LIBRARY_BUS)
    for question in (
        "how many vans were on the road when the Library Bus launched?",
        "how many Library Bus vans were running when it started in 2020?",
    ):
        answer = engine.handle(question)
        reply = render_text(answer)
        assert answer.status is Status.ANSWERED, reply
        assert "Twelve" in reply.splitlines()[1] and "30 vans" not in reply, reply


DEPOT = {
    "d1": (
        "source: {id: d1, title: Ferry plan, publisher: Wire, date: 2021-02-01,"
        " dateline: {city: Tarrow, country: Orrin}, text: ../sources/d1.txt}\n"
        "entities:\n"
        "  - {id: ferry, name: Tarrow Ferry Link, kind: initiative, summary: A ferry.}\n"
        "facts:\n"
        "  - {id: a1, about: [ferry], text: 'The Tarrow Ferry Link plans to open a hydrogen"
        " refuelling pier by 2023.'}\n"
    ),
    "d2": (
        "source: {id: d2, title: Pier opens, publisher: Wire, date: 2024-09-06,"
        " dateline: {city: Tarrow, country: Orrin}, text: ../sources/d2.txt}\n"
        "facts:\n"
        "  - {id: a2, about: [ferry], date: 2024-09-05, text: 'The Tarrow Ferry Link opened"
        " its hydrogen refuelling pier on September 5, 2024.'}\n"
    ),
}


def test_an_aimed_at_event_is_judged_against_its_deadline(tmp_path: Path) -> None:
    """ "Did X get <the thing it aimed at> done by <year> as planned?": the sentence
    reporting it done, dated, against the deadline; here later, so not by then."""
    engine = engine_of(tmp_path, DEPOT)
    answer = engine.handle(
        "did the Tarrow Ferry Link get its hydrogen refuelling pier by 2023 as planned?"
    )
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert reply.splitlines()[1].startswith("**Not by 2023:**"), reply
    assert "September 5, 2024" in reply, reply


ALLIANCE = {
    "a1": source_line("a1", "Academy partners", "2022-03-15") + "entities:\n"
    "  - {id: alliance, name: Harbour Trade Alliance, kind: organization,"
    " summary: A trade body.}\n"
    "  - {id: academy, name: Export Academy, kind: initiative, summary: A school.}\n"
    "  - {id: corvo, name: Corvo Bank, kind: organization, summary: A bank.}\n"
    "  - {id: lindt, name: Lindqvist Freight, kind: organization, summary: A carrier.}\n"
    "  - {id: osk, name: Oskar Mills, kind: organization, summary: A mill.}\n"
    "  - {id: pell, name: Pellam Ports, kind: organization, summary: A port operator.}\n"
    "facts:\n"
    "  - id: academy-partners\n"
    "    about: [academy, alliance, corvo, lindt]\n"
    "    text: The Export Academy's partners are now the Harbour Trade Alliance, Corvo Bank"
    " and Lindqvist Freight.\n"
    "  - id: alliance-members\n"
    "    about: [alliance, osk, pell]\n"
    "    text: The Harbour Trade Alliance's members are Oskar Mills and Pellam Ports.\n",
}


def test_a_list_naming_the_group_among_the_partners_is_not_its_members(
    tmp_path: Path,
) -> None:
    """ "Who are the members of X?" never answers with another thing's partners that
    name X among them ("the Academy's partners are now X, A and B"): found in session
    10's review, where the Digital Trade Alliance's "members" were the Academy's
    partners."""
    engine = engine_of(tmp_path, ALLIANCE)
    reply = render_text(engine.handle("who are the members of the Harbour Trade Alliance?"))
    lead = reply.splitlines()[1]
    assert "Oskar Mills" in lead and "Pellam Ports" in lead, reply
    assert "Corvo Bank" not in lead and "Lindqvist" not in lead, reply
