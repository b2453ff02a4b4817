"""Kinds that blind base 12 (``tests/fixtures/kb_canopy``) found missing, asked in other
words on a tiny invented base of their own (``tests.tmpkb``), so that each test fails
without its fix rather than repeating a case of the set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.compose import citations
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.figure_series import goal_nouns
from bot.engine.qa.figures import figures_in
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from bot.search.terms import stem
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: Valley Wire, date: {date},"
    " dateline: {{city: Fenwick, country: Ireland}}, text: ../sources/{id}.txt}}\n"
)

_ORCHARD = {
    "o1": _HEAD.format(id="o1", title="Orchard cooperative founded", date="2020-02-03")
    + "entities:\n"
    "  - {id: coop, name: Fenwick Orchard Cooperative, kind: organization,"
    " summary: A cooperative of fruit growers., aliases: [the Cooperative]}\n"
    "  - {id: trust, name: Merrow Trust, kind: organization, summary: A charity.}\n"
    "facts:\n"
    "  - id: goal\n"
    "    about: [coop]\n"
    "    text: Under its charter, the Fenwick Orchard Cooperative aims to plant 50,000 new"
    " apple and pear saplings by the end of 2027.\n"
    "  - id: grant\n"
    "    about: [trust, coop]\n"
    "    text: The Merrow Trust has committed EUR 2 million over four years, from 2020 to"
    " 2023, to the Cooperative's planting fund.\n",
    "o2": _HEAD.format(id="o2", title="Orchard planting update", date="2022-06-10") + "facts:\n"
    "  - id: planted-2022\n"
    "    about: [coop]\n"
    "    date: 2022-05-31\n"
    "    text: According to the Cooperative, 12,300 saplings had been planted across the"
    " valley by 31 May 2022, towards its goal of 50,000 saplings by the end of 2027.\n",
    "o3": _HEAD.format(id="o3", title="Orchard harvest fair", date="2024-05-06") + "facts:\n"
    "  - id: planted-2024\n"
    "    about: [coop]\n"
    "    date: 2024-04-30\n"
    "    text: 30,500 saplings have been planted in the valley by the Fenwick Orchard"
    " Cooperative since 2020.\n"
    "  - id: planted-2023\n"
    "    about: [coop]\n"
    "    date: 2023-03-31\n"
    "    text: The Cooperative's members had planted 21,000 saplings by 31 March 2023.\n"
    "  - id: survival-2024\n"
    "    about: [coop]\n"
    "    date: 2022\n"
    "    text: A 2022 survey found that 92 per cent of the Cooperative's saplings had"
    " survived their first winter.\n",
}


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("orchard")
    return engine_of(root, _ORCHARD)


def _reply(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


# --- a figure reported in the passive beside the goal it works towards ---------------


def test_passive_figure_beside_its_goal_is_a_figure_reached(orchard: Engine) -> None:
    # "12,300 saplings had been planted …, towards its goal of 50,000": 12,300 is the
    # figure reached, ahead of a survey's percentage of saplings that year.
    status, reply = _reply(orchard, "what was the sapling tally in 2022?")
    assert status is Status.ANSWERED and "12,300" in reply, reply
    assert reply.index("12,300") < reply.find("92 per cent") or "92 per cent" not in reply


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        ("By March, 640 wells had been dug, towards the charity's target of 900.", False),
        ("Some 75 clinics were opened in 2023 against an objective of 120.", False),
        ("By 2030, 900 wells will have been dug, the charity's target.", True),
        ("The charity aims to dig 900 wells by 2030.", True),
    ],
)
def test_is_aim_reads_a_passive_figure_as_reached(text: str, aim: bool) -> None:
    assert is_aim(text) is aim


def test_citations_skip_an_end_the_question_dates(orchard: Engine) -> None:
    # An end dated only by the question ("the 2019 figure") carries no release id.
    cited = citations(orchard.index, ["", "o2", ""])
    assert [c.source_id for c in cited] == ["o2"]


# --- the goal's noun past a coordination of modifiers --------------------------------


def test_shortfall_counts_the_goal_head_past_and(orchard: Engine) -> None:
    # "50,000 new apple and pear saplings" counts saplings, not apples.
    status, reply = _reply(
        orchard, "in April 2024, how far was the Cooperative from its 50,000 goal?"
    )
    assert status is Status.ANSWERED and "19,500" in reply, reply


@pytest.mark.parametrize(
    ("text", "head", "not_head"),
    [
        ("The fund aims to fit 2,000 rooftop and balcony panels by 2028.", "panels", None),
        ("It plans to hire 300 nurses and 40 midwives by 2027.", "nurses", "midwives"),
    ],
)
def test_goal_nouns_reach_the_head_past_and(text: str, head: str, not_head: str | None) -> None:
    found = goal_nouns(figures_in(text)[0], {})
    assert stem(head) in found, found
    assert not_head is None or stem(not_head) not in found, found


# --- titles over time: a place's mayor, a day-first start, the event's own release ---

_TOWN = {
    "t1": _HEAD.format(id="t1", title="Harbour Accord signed", date="2019-05-20") + "entities:\n"
    "  - {id: brennick, name: Brennick, kind: place, summary: A port town.}\n"
    "  - {id: council, name: Brennick Town Council, kind: organization,"
    " summary: The town's council.}\n"
    "  - {id: water, name: Lowmark Water, kind: organization, summary: A water utility.}\n"
    "  - {id: accord, name: Harbour Accord, kind: agreement, summary: A clean-harbour pact.}\n"
    "  - {id: ruiz, name: Ana Ruiz, kind: person, summary: A mayor.}\n"
    "  - {id: pike, name: Jane Pike, kind: person, summary: A utility manager.}\n"
    "  - {id: kaur, name: Dev Kaur, kind: person, summary: A marine scientist.}\n"
    "  - {id: college, name: Brennick College, kind: organization, summary: A college.}\n"
    "roles:\n"
    "  - {entity: kaur, title: Professor of Marine Science, organization: college}\n"
    "  - {entity: kaur, title: Harbour Adviser, organization: council}\n"
    "  - {entity: ruiz, title: Mayor, organization: council}\n"
    "  - {entity: pike, title: Operations Manager, organization: water}\n"
    "facts:\n"
    "  - id: signed\n"
    "    about: [accord, council, water]\n"
    "    date: 2019-05-18\n"
    "    text: Brennick Town Council and Lowmark Water signed the Harbour Accord on"
    " 18 May 2019.\n",
    "t2": _HEAD.format(id="t2", title="Harbour Accord renewed", date="2024-03-05") + "entities:\n"
    "  - {id: ostrow, name: Paul Ostrow, kind: person, summary: A former harbour pilot.}\n"
    "  - {id: institute, name: Brennick Marine Institute, kind: organization,"
    " summary: A research institute.}\n"
    "roles:\n"
    "  - {entity: kaur, title: Director, organization: institute, ended: 2025-06}\n"
    "  - {entity: kaur, title: Professor of Marine Science, organization: college,"
    " current: false}\n"
    "  - {entity: ruiz, title: Mayor, organization: council, ended: 2021-05}\n"
    "  - {entity: ostrow, title: Mayor, organization: council}\n"
    "  - {entity: pike, title: Chief Executive, organization: water}\n"
    "  - {entity: pike, title: Operations Manager, organization: water, current: false}\n"
    "facts:\n"
    "  - id: renewed\n"
    "    about: [accord, council, water]\n"
    "    date: 2024-03-02\n"
    "    text: The Harbour Accord was renewed on 2 March 2024 for another five years.\n"
    "  - id: pike-ce\n"
    "    about: [pike, water]\n"
    "    date: 2020-02-03\n"
    "    text: Jane Pike has been Chief Executive of Lowmark Water since 3 February 2020.\n",
}


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("town"), _TOWN)


def test_a_day_first_start_dates_a_title(town: Engine) -> None:
    status, reply = _reply(town, "since when has Jane Pike been chief executive at Lowmark Water?")
    assert status is Status.ANSWERED and "3 February 2020" in reply, reply


def test_leaving_a_title_at_a_place_means_its_namesake_organisation(town: Engine) -> None:
    # "Mayor of Brennick" is the Mayor title at Brennick Town Council.
    status, reply = _reply(town, "when did Ana Ruiz stop being mayor of Brennick?")
    assert status is Status.ANSWERED and "May 2021" in reply, reply


def test_a_place_possessive_names_its_council_title(town: Engine) -> None:
    # "Brennick's mayor" is asked of Brennick Town Council: the newest holder leads.
    status, reply = _reply(town, "who's Brennick's mayor these days?")
    assert status is Status.ANSWERED, reply
    assert reply.index("Ostrow") < reply.find("Ruiz") or "Ruiz" not in reply, reply


def test_holder_stated_by_the_release_reporting_the_event(town: Engine) -> None:
    # Ostrow's title is first stated by the release about the renewal, three days after it.
    status, reply = _reply(town, "who was Brennick's mayor when the Harbour Accord was renewed?")
    assert status is Status.ANSWERED and "Ostrow" in reply.split("\n")[1], reply


def test_holder_at_an_event_is_never_a_title_ended_before_it(town: Engine) -> None:
    status, reply = _reply(town, "who was mayor of Brennick when the Accord was signed?")
    assert status is Status.ANSWERED and "Ruiz" in reply.split("\n")[1], reply


def test_an_organisation_in_the_when_clause_only_dates_the_titles(town: Engine) -> None:
    # The council signing dates the question; her college title then is not at the council.
    status, reply = _reply(
        town, "what was Dev Kaur's job when Brennick Town Council signed the Accord?"
    )
    assert status is Status.ANSWERED and "Professor of Marine Science" in reply, reply


def test_a_word_of_the_organisation_is_not_a_title_word(town: Engine) -> None:
    # "Marine" is a word of her professorship and of the institute's name.
    status, reply = _reply(town, "was Dev Kaur director of the Brennick Marine Institute in 2025?")
    assert status is Status.ANSWERED and reply.split("\n")[1].startswith("**Yes"), reply


# --- percentages against a goal, and the amount a past goal was missed by ------------

_WETLAND = {
    "w1": _HEAD.format(id="w1", title="Wetland trust launched", date="2019-04-01") + "entities:\n"
    "  - {id: trust, name: Lindholm Wetland Trust, kind: organization,"
    " summary: A trust restoring the Lindholm basin., aliases: [the Trust]}\n"
    "facts:\n"
    "  - id: cover-2018\n"
    "    about: [trust]\n"
    "    date: 2018\n"
    "    text: A 2018 survey measured wetland cover across the Lindholm basin at 12 per cent.\n"
    "  - id: cover-goal\n"
    "    about: [trust]\n"
    "    text: The Lindholm Wetland Trust aims to raise wetland cover across the basin to"
    " 25 per cent by 2040.\n"
    "  - id: reed-goal\n"
    "    about: [trust]\n"
    "    text: The Lindholm Wetland Trust aims to plant 5,000 reed beds by the end of 2023.\n",
    "w2": _HEAD.format(id="w2", title="Wetland trust update", date="2024-05-01") + "facts:\n"
    "  - id: cover-2024\n"
    "    about: [trust]\n"
    "    date: 2024\n"
    "    text: A 2024 survey measured the basin's wetland cover at 15.5 per cent, up from"
    " 12 per cent in 2018.\n"
    "  - id: reeds-2023\n"
    "    about: [trust]\n"
    "    date: 2023-12-31\n"
    "    text: The Lindholm Wetland Trust reported 4,600 reed beds planted by 31 December"
    " 2023.\n"
    "  - id: reed-goal-2028\n"
    "    about: [trust]\n"
    "    text: The Lindholm Wetland Trust has set a new target of 9,000 reed beds by the"
    " end of 2028.\n",
}


@pytest.fixture(scope="module")
def wetland(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("wetland"), _WETLAND)


def test_a_percentage_then_a_comma_is_one_figure() -> None:
    found = [
        f.value
        for f in figures_in("cover at 15.5 per cent, up from 12 per cent, and 1,200, 40 beds")
    ]
    assert found == ["15.5 per cent", "12 per cent", "1,200", "40"]


def test_gap_to_a_percentage_goal(wetland: Engine) -> None:
    status, reply = _reply(wetland, "how far below the 25% target was wetland cover in 2024?")
    assert status is Status.ANSWERED and "9.5" in reply, reply


def test_percentage_goal_not_reached_yet(wetland: Engine) -> None:
    status, reply = _reply(wetland, "has the basin got to 25 per cent wetland cover yet?")
    assert status is Status.ANSWERED and "Not yet" in reply and "15.5" in reply, reply


def test_change_of_a_percentage_the_question_gives_no_unit_for(wetland: Engine) -> None:
    status, reply = _reply(wetland, "how much has wetland cover grown between 2018 and 2024?")
    assert status is Status.ANSWERED and "15.5 − 12 = 3.5" in reply, reply


def test_amount_a_past_goal_was_missed_by(wetland: Engine) -> None:
    # The goal missed is the one whose deadline has passed, not the newer 9,000 one.
    status, reply = _reply(wetland, "by how many reed beds did the Trust fail its goal?")
    assert status is Status.ANSWERED and "5,000 − 4,600 = 400" in reply, reply


# --- a short form two organisations share --------------------------------------------


def test_a_shared_short_form_stands_for_each_owner(tmp_path: Path) -> None:
    # The older owner declares it as a plain alias; the newer one as a shared alias. A
    # fact about the older one ("short of berths") settles the acronym to it for other
    # questions, but the expansion asked is of the short form itself.
    engine = engine_of(
        tmp_path,
        {
            "p1": _HEAD.format(id="p1", title="Board formed", date="2020-01-10") + "entities:\n"
            "  - {id: board, name: Port Cargo Board, kind: organization,"
            " summary: A port body., aliases: [PCB, Port Cargo Board (PCB), the Board]}\n"
            "facts:\n"
            "  - {id: ships, about: [board], text: The PCB handles 40 ships a week and is"
            " short of berths.}\n",
            "p2": _HEAD.format(id="p2", title="Bureau joins", date="2023-06-01") + "entities:\n"
            "  - {id: bureau, name: Printed Circuit Bureau, kind: organization,"
            " summary: A trade bureau., shared_aliases: [PCB]}\n"
            "facts:\n"
            "  - {id: joined, about: [bureau, board], text: The Printed Circuit Bureau"
            " (PCB) joined the Port Cargo Board's supplier panel.}\n",
        },
    )
    status, reply = _reply(engine, "PCB is short for what?")
    assert status in (Status.ANSWERED, Status.AMBIGUOUS), reply
    assert "Port Cargo Board" in reply and "Printed Circuit Bureau" in reply, reply


# --- a year that names the thing a quote is about -------------------------------------

_QUOTED = {
    "q1": _HEAD.format(id="q1", title="Cycle lanes plan", date="2019-03-01") + "entities:\n"
    "  - {id: city, name: Marlow City, kind: organization, summary: A city council.}\n"
    "  - {id: okafor, name: Bea Okafor, kind: person, summary: A planner.}\n"
    "quotes:\n"
    "  - {id: q-a, speaker: okafor, about: [city], source: q1,"
    " text: We will paint the first lanes this spring.}\n",
    "q2": _HEAD.format(id="q2", title="Cycle lanes update", date="2022-09-01") + "quotes:\n"
    "  - {id: q-b, speaker: okafor, about: [city], source: q2,"
    " text: The 2030 target of 200 kilometres of lanes is within reach.}\n",
}


def test_a_year_naming_the_topic_is_not_the_quote_year(tmp_path: Path) -> None:
    # A quote must be verbatim in its release's text: the sources carry them.
    for name, text in _QUOTED.items():
        (tmp_path / "sources").mkdir(exist_ok=True)
        (tmp_path / "releases").mkdir(exist_ok=True)
        spoken = text.split(" text: ")[-1].rstrip("}\n")
        (tmp_path / "sources" / f"{name}.txt").write_text(f"{spoken}\n", encoding="utf-8")
        (tmp_path / "releases" / f"{name}.yaml").write_text(text, encoding="utf-8")
    engine = Engine(Index(load_knowledge(tmp_path)))
    status, reply = _reply(engine, "what has Bea Okafor said on the 2030 target?")
    assert status is Status.ANSWERED and "200 kilometres" in reply, reply
    status, reply = _reply(engine, "what did Bea Okafor say in 2030?")
    assert status is Status.NOT_FOUND, reply


# --- the last of a series of events named by who meets --------------------------------

_FORUMS = {
    "f1": _HEAD.format(id="f1", title="First growers forum", date="2021-05-12") + "entities:\n"
    "  - {id: forum-2021, name: Valley Growers' Forum 2021, kind: event,"
    " summary: A forum of fruit growers.}\n"
    "  - {id: fair, name: Valley Harvest Fair, kind: event, summary: A fair.}\n"
    "facts:\n"
    "  - {id: f21, about: [forum-2021], date: 2021-05-10, text: The Valley Growers' Forum"
    " met in Fenwick on 10 May 2021.}\n"
    "  - {id: fair-day, about: [fair], date: 2025-09-01, text: The Valley Harvest Fair"
    " will open on 1 September 2025.}\n",
    "f2": _HEAD.format(id="f2", title="Second growers forum", date="2024-06-03") + "entities:\n"
    "  - {id: forum-2024, name: Valley Growers' Forum 2024, kind: event,"
    " summary: A forum of fruit growers.}\n"
    "facts:\n"
    "  - {id: f24, about: [forum-2024], date: 2024-06-01, text: The growers gathered"
    " again at Kellsby Hall on 1 June 2024.}\n",
}


def test_the_last_event_named_by_who_meets(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, _FORUMS)
    status, reply = _reply(engine, "when did the growers most recently gather?")
    assert status is Status.ANSWERED, reply
    assert "June 1, 2024" in reply.split("\n")[1] and "Harvest Fair" not in reply, reply


# --- a surname two people share, one of whom has "Mr <surname>" as an alias ----------

_NAMESAKES = {
    "n1": _HEAD.format(id="n1", title="Trust and council", date="2020-01-10") + "entities:\n"
    "  - {id: trust, name: Kellsby Trust, kind: organization, summary: A charity.}\n"
    "  - {id: council, name: Kellsby Council, kind: organization, summary: A council.}\n"
    "  - {id: vale, name: Kellsby Vale, kind: place,"
    " summary: The valley whose villages Kellsby Council works to protect.}\n"
    "  - {id: ida, name: Ida Marsh, kind: person, summary: A charity head.}\n"
    "  - {id: tom, name: Tom Marsh, kind: person, summary: A planner.,"
    " aliases: [Mr Marsh, Mr Tom Marsh]}\n"
    "roles:\n"
    "  - {entity: ida, title: Chief Executive, organization: trust}\n"
    "  - {entity: tom, title: Head of Planning, organization: council}\n"
    "facts:\n"
    "  - {id: grant, about: [trust, council, tom], text: The Kellsby Trust funds the"
    " council's planning team led by Tom Marsh.}\n",
}


@pytest.mark.parametrize(
    ("question", "meant", "other"),
    [
        ("which Marsh is on the staff of the Kellsby Trust?", "Ida Marsh", "Head of Planning"),
        ("which Marsh works for Kellsby Council?", "Tom Marsh", "Chief Executive"),
    ],
)
def test_a_shared_surname_is_settled_by_the_organisation_named(
    tmp_path: Path, question: str, meant: str, other: str
) -> None:
    engine = engine_of(tmp_path, _NAMESAKES)
    status, reply = _reply(engine, question)
    assert status is Status.ANSWERED and meant in reply.split("\n")[0], reply


def test_namesakes_at_one_organisation_are_told_apart_by_the_title(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        {
            "l1": _HEAD.format(id="l1", title="Institute staff", date="2022-02-02") + "entities:\n"
            "  - {id: inst, name: Fjord Institute, kind: organization, summary: A lab.,"
            " aliases: [the Institute]}\n"
            "  - {id: eva, name: Eva Lund, kind: person, summary: A scientist.}\n"
            "  - {id: nils, name: Nils Lund, kind: person, summary: A scientist.}\n"
            "roles:\n"
            "  - {entity: eva, title: Research Fellow, organization: inst}\n"
            "  - {entity: nils, title: Managing Director, organization: inst}\n",
        },
    )
    status, reply = _reply(engine, "which Lund is the Institute's managing director?")
    assert status is Status.ANSWERED and "Nils Lund" in reply.split("\n")[0], reply


def test_growth_since_founding_reads_up_from_one(tmp_path: Path) -> None:
    # "up from one when the … Trust was set up in 2016": the start, though "one" is no
    # figure elsewhere and the founding word is far after it.
    engine = engine_of(
        tmp_path,
        {
            "h1": _HEAD.format(id="h1", title="Hives update", date="2024-04-04") + "entities:\n"
            "  - {id: bees, name: Fenwick Urban Beekeeping Trust, kind: organization,"
            " summary: A bee charity., aliases: [the Trust]}\n"
            "facts:\n"
            "  - {id: hives, about: [bees], text: 'Twelve rooftop hives are kept by the"
            " Trust, up from one when the Fenwick Urban Beekeeping Trust was founded in"
            " 2016.'}\n",
        },
    )
    status, reply = _reply(engine, "how many hives has the Trust added since it was founded?")
    assert status is Status.ANSWERED and "12 − 1 = 11" in reply, reply


def test_goal_of_one_entity_counted_in_facts_led_by_the_other(tmp_path: Path) -> None:
    # The goal is the network's, stated with the town; the counts are led by the town and
    # spelled out ("Nine charging hubs").
    engine = engine_of(
        tmp_path,
        {
            "e1": _HEAD.format(id="e1", title="Charging network", date="2022-03-03") + "entities:\n"
            "  - {id: net, name: Fenwick Charging Network, kind: organization,"
            " summary: A network., aliases: [the Network]}\n"
            "  - {id: town, name: Fenwick, kind: place, summary: A town.}\n"
            "facts:\n"
            "  - {id: goal, about: [net, town], text: The Fenwick Charging Network aims for"
            " 30 charging hubs by 2030.}\n"
            "  - {id: hubs, about: [town, net], date: 2022-03-01, text: Nine charging hubs"
            " are in use in Fenwick.}\n",
        },
    )
    status, reply = _reply(engine, "has the Network hit its target of 30 hubs yet?")
    assert status is Status.ANSWERED and "30 − 9 = 21" in reply, reply


def test_points_between_two_shares_stated_after_their_whole(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        {
            "v1": _HEAD.format(id="v1", title="Volunteers 2020", date="2020-10-10") + "entities:\n"
            "  - {id: club, name: Fenwick River Club, kind: organization, summary: A club.}\n"
            "facts:\n"
            "  - {id: v20, about: [club], date: 2020-10-01, text: 'The Fenwick River Club"
            " counted 420 volunteers, 35 per cent of them students.'}\n",
            "v2": _HEAD.format(id="v2", title="Volunteers 2023", date="2023-10-10") + "facts:\n"
            "  - {id: v23, about: [club], date: 2023-10-01, text: 'The Fenwick River Club"
            " counted 610 volunteers, 41 per cent of them students.'}\n",
        },
    )
    status, reply = _reply(
        engine, "by how many points did the share of students rise between 2020 and 2023?"
    )
    assert status is Status.ANSWERED and "+6 percentage points" in reply, reply
