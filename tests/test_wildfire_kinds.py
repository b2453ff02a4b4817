"""Kinds that blind base 14 (``tests/fixtures/kb_wildfire``) found missing, asked in other
words on a tiny invented base of their own (``tests.tmpkb``), so that each test fails
without its fix rather than repeating a case of the set.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: Harbour Wire, date: {date},"
    " dateline: {{city: Dunmore, country: Ireland}}, text: ../sources/{id}.txt}}\n"
)

_LIGHTHOUSE = {
    "l1": _HEAD.format(id="l1", title="Lighthouse trust launches beacon scheme", date="2018-04-10")
    + "entities:\n"
    "  - {id: guild, name: Dunmore Pilots' Guild, kind: organization,"
    " summary: A guild of harbour pilots., aliases: [the Guild]}\n"
    "  - {id: beacons, name: BeaconWatch, kind: initiative,"
    " summary: A scheme of automatic coastal beacons., aliases: [BeaconWatch network]}\n"
    "  - {id: council, name: BeaconWatch Skippers' Council, kind: organization,"
    " summary: The council of the skippers who service the beacons.}\n"
    "  - {id: charter, name: Harbour Charter, kind: agreement,"
    " summary: An agreement on pilotage.}\n"
    "facts:\n"
    "  - id: charter-renewed-2018\n"
    "    about: [charter, guild]\n"
    "    date: 2018-04-09\n"
    "    text: The Dunmore Pilots' Guild and the harbour board renewed the Harbour Charter"
    " on April 9, 2018.\n"
    "  - id: skippers\n"
    "    about: [beacons, guild]\n"
    "    text: BeaconWatch's beacons are serviced by skippers from the Dunmore Pilots' Guild.\n"
    "  - id: guild-founded\n"
    "    about: [guild]\n"
    "    date: 1862\n"
    "    text: The Dunmore Pilots' Guild was established in 1862.\n"
    "  - id: beacons-launched\n"
    "    about: [beacons, guild]\n"
    "    date: 2018-04-10\n"
    "    text: The Dunmore Pilots' Guild launched BeaconWatch on April 10, 2018.\n"
    "  - id: beacons-checks-2018\n"
    "    about: [guild, beacons]\n"
    "    text: Guild skippers inspect the BeaconWatch beacons every six weeks.\n"
    "  - id: beacons-12\n"
    "    about: [beacons]\n"
    "    text: The BeaconWatch network has 12 beacons.\n"
    "  - id: beacons-goal\n"
    "    about: [beacons]\n"
    "    text: BeaconWatch aims to install 60 beacons by the end of 2020.\n",
    "l2": _HEAD.format(id="l2", title="Harbour Charter renewed again", date="2022-05-04")
    + "facts:\n"
    "  - id: charter-renewed-2022\n"
    "    about: [charter, guild]\n"
    "    date: 2022-05-03\n"
    "    text: The Dunmore Pilots' Guild and the harbour board renewed the Harbour Charter"
    " again on May 3, 2022.\n"
    "  - id: beacons-new-goal\n"
    "    about: [beacons]\n"
    "    text: BeaconWatch has set a new target of 150 beacons by the end of 2025.\n"
    "  - id: beacons-41\n"
    "    about: [beacons]\n"
    "    text: BeaconWatch now runs 41 beacons along the coast.\n"
    "  - id: beacons-checks-2022\n"
    "    about: [guild, beacons]\n"
    "    date: 2022-05-03\n"
    "    text: Guild skippers now inspect every BeaconWatch beacon once a month.\n"
    "  - id: beacons-boats\n"
    "    about: [beacons, guild]\n"
    "    text: BeaconWatch will add 2 patrol boats from 2023.\n",
}


_ORCHARD = {
    "o1": _HEAD.format(id="o1", title="Orchard cooperative sets planting goal", date="2020-02-03")
    + "entities:\n"
    "  - {id: coop, name: Fenwick Orchard Cooperative, kind: organization,"
    " summary: A cooperative of fruit growers., aliases: [the Cooperative]}\n"
    "facts:\n"
    "  - id: goal\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative aims to plant 20,000 saplings by the end of"
    " 2023.\n"
    "  - id: planted-2020\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative has planted 4,100 saplings so far.\n",
    "o2": _HEAD.format(id="o2", title="Orchard planting update", date="2022-06-10") + "facts:\n"
    "  - id: planted-2022\n"
    "    about: [coop]\n"
    "    date: 2022-05-31\n"
    "    text: The Fenwick Orchard Cooperative had planted 12,300 saplings by May 31, 2022.\n",
    "o3": _HEAD.format(id="o3", title="Orchard harvest fair", date="2025-05-06") + "facts:\n"
    "  - id: goal-exceeded\n"
    "    about: [coop]\n"
    "    date: 2023-08\n"
    "    text: The Fenwick Orchard Cooperative exceeded its goal of 20,000 saplings in August"
    " 2023.\n"
    "  - id: goal-new\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative now aims to plant 35,000 saplings by the end of"
    " 2027.\n",
}


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("orchard"), _ORCHARD)


def test_a_goal_reported_passed_is_a_figure_reached_at_its_date(orchard: Engine) -> None:
    # As of 2024 the count in force is the goal passed in August 2023, not May 2022's.
    got = ask(orchard, "how many saplings had the Cooperative planted in 2024?")
    assert got.status is Status.ANSWERED, got.reply
    assert "more than 20,000" in got.reply and "August 2023" in got.reply, got.reply
    got = ask(orchard, "had the Cooperative got to 20,000 saplings by the end of 2023?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Yes"), got.reply
    # A goal still ahead is no figure reached.
    got = ask(orchard, "how many saplings has the Cooperative planted?")
    assert "35,000" not in got.reply.split("\n")[1], got.reply


@pytest.fixture(scope="module")
def lighthouse(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("lighthouse"), _LIGHTHOUSE)


def test_an_age_counts_from_a_founding_before_1900(lighthouse: Engine) -> None:
    got = ask(lighthouse, "what age is the Pilots' Guild?")
    assert got.status is Status.ANSWERED, got.reply
    assert "160 years" in got.reply and "1862" in got.reply, got.reply


_REGISTRY = {
    "r1": _HEAD.format(id="r1", title="Boat registry opens", date="2018-06-01") + "entities:\n"
    "  - {id: registry, name: Dunmore Boat Registry, kind: organization,"
    " summary: A register of fishing boats., aliases: [DBR]}\n"
    "  - {id: college, name: Dunmore Marine College, kind: organization,"
    " summary: A college for seafarers.}\n"
    "  - {id: ada, name: Ada Quinlan, kind: person, summary: Ada Quinlan a registrar.,"
    " aliases: [Ms Quinlan]}\n"
    "  - {id: rory, name: Rory Quinlan, kind: person, summary: Rory Quinlan a harbour master.,"
    " aliases: [Mr. Rory Quinlan]}\n"
    "  - {id: tom, name: Tom Brannigan, kind: person, summary: Tom Brannigan a patron.}\n"
    "roles:\n"
    "  - {entity: ada, title: Registrar, organization: registry}\n"
    "  - {entity: tom, title: Chair, organization: registry}\n"
    "  - {entity: rory, title: Harbour Master, organization: registry}\n"
    "facts:\n"
    "  - id: tom-joined\n"
    "    about: [tom, registry]\n"
    "    date: 2012-02-20\n"
    "    text: Tom Brannigan joined the Dunmore Boat Registry as its Chair on February 20,"
    " 2012.\n"
    "  - id: registry-college\n"
    "    about: [registry, college]\n"
    "    text: The Dunmore Boat Registry trains its inspectors at Dunmore Marine College.\n"
    "  - id: ada-registrar\n"
    "    about: [ada, registry]\n"
    "    text: Ada Quinlan is the first Registrar of the Dunmore Boat Registry.\n",
    "r2": _HEAD.format(id="r2", title="Registry changes", date="2024-03-02") + "entities:\n"
    "  - {id: robotics, name: Deep Blue Robotics, kind: organization,"
    " summary: A maker of hull-cleaning robots., shared_aliases: [DBR]}\n"
    "summaries:\n"
    "  - entity: tom\n"
    "    text: Tom Brannigan, Patron of the Dunmore Boat Registry, and its Chair from 2012"
    " to 2024.\n"
    "facts:\n"
    "  - id: robotics-spinoff\n"
    "    about: [robotics, college]\n"
    "    text: Deep Blue Robotics began in 2020 as a spin-off of Dunmore Marine College.\n"
    "  - id: tom-stepped-down\n"
    "    about: [tom, registry]\n"
    "    date: 2024-01-15\n"
    "    text: Tom Brannigan stepped down as Chair of the Dunmore Boat Registry on January"
    " 15, 2024.\n"
    "roles:\n"
    "  - {entity: ada, title: Registrar, organization: registry, ended: 2023-09}\n"
    "  - {entity: tom, title: Chair, organization: registry, ended: 2024-01-15}\n"
    "  - {entity: tom, title: Patron, organization: registry}\n",
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("registry"), _REGISTRY)


def test_a_term_stated_as_years_is_measured_to_the_day_it_ended(registry: Engine) -> None:
    got = ask(registry, "for how many years did Tom Brannigan chair the Boat Registry?")
    assert got.status is Status.ANSWERED, got.reply
    assert "twelve years" in got.reply, got.reply
    assert "2012" in got.reply, got.reply


def test_an_undated_first_statement_bounds_a_term_from_below(registry: Engine) -> None:
    # Stated as held in the 2018 release (no date of its own) and ended in September 2023.
    got = ask(registry, "how long was Ada Quinlan the registrar?")
    assert got.status is Status.ANSWERED, got.reply
    assert "At least five years" in got.reply, got.reply


def test_joining_an_organisation_as_a_title_dates_the_join(registry: Engine) -> None:
    got = ask(registry, "when did Brannigan join the Boat Registry?")
    assert got.status is Status.ANSWERED, got.reply
    assert "February 20, 2012" in got.reply, got.reply


def test_the_parties_named_as_a_noun_are_not_what_was_done(lighthouse: Engine) -> None:
    # "signatories" says who renewed it; the sentences name them one by one.
    got = ask(lighthouse, "when did the signatories last renew the Harbour Charter?")
    assert got.status is Status.ANSWERED, got.reply
    assert "May 3, 2022" in got.reply.split("\n")[1], got.reply


@pytest.mark.parametrize(
    ("message", "meant", "other"),
    [
        # "Ms Quinlan" is Ada's alias; "Mr Quinlan" is nobody's, but Rory's aliases call
        # him "Mr.", so the other Quinlan is not meant.
        ("what does Ms Quinlan do?", "Registrar", "Harbour Master"),
        ("!who Mr Quinlan", "Harbour Master", "Registrar"),
        ("what is Mr. Quinlan's job?", "Harbour Master", "Registrar"),
    ],
)
def test_a_gendered_honorific_says_which_namesake(
    registry: Engine, message: str, meant: str, other: str
) -> None:
    got = ask(registry, message)
    assert got.status is Status.ANSWERED, got.reply
    assert meant in got.reply and other not in got.reply, got.reply


def test_an_honorific_no_alias_declares_leaves_namesakes_ambiguous(registry: Engine) -> None:
    assert ask(registry, "!who Dr Quinlan").status is Status.AMBIGUOUS


def test_a_things_target_with_no_noun_asked_is_its_newest_goal(lighthouse: Engine) -> None:
    got = ask(lighthouse, "what is BeaconWatch's target these days?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**150**"), got.reply
    assert "patrol boats" not in got.reply, got.reply  # a plan is no goal


def test_the_original_goal_and_its_deadline(lighthouse: Engine) -> None:
    got = ask(lighthouse, "what was BeaconWatch's original target, and by when?")
    assert got.status is Status.ANSWERED, got.reply
    lead = "\n".join(got.reply.split("\n")[1:3])
    assert "60 beacons" in lead and "2020" in lead and "150" not in lead, got.reply
    got = ask(lighthouse, "what was BeaconWatch's first goal?")
    assert got.reply.split("\n")[1].startswith("**60**"), got.reply


def test_the_release_that_says_a_claim_is_a_release_not_a_quote(lighthouse: Engine) -> None:
    got = ask(lighthouse, "on what date was the release that says BeaconWatch set a new target?")
    assert got.status is Status.ANSWERED, got.reply
    assert "May 4, 2022" in got.reply.split("\n")[1], got.reply


def test_the_head_noun_of_a_things_alias_names_it(lighthouse: Engine) -> None:
    # "the network": BeaconWatch, also called the "BeaconWatch network"; its newest count
    # by 2023, not the one sentence that happens to use the word "network".
    got = ask(lighthouse, "how many beacons did the network have in 2023?")
    assert got.status is Status.ANSWERED, got.reply
    assert "41" in got.reply.split("\n")[1], got.reply


def test_a_possessive_asks_a_relation_not_a_name_it_comes_close_to(lighthouse: Engine) -> None:
    # "BeaconWatch skippers" comes close to the council's name; "BeaconWatch's skippers"
    # asks who they are.
    got = ask(lighthouse, "who are BeaconWatch's skippers?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Pilots' Guild" in got.reply and "council of the skippers" not in got.reply, got.reply


def test_a_shared_acronym_settled_by_a_claim_in_other_words(registry: Engine) -> None:
    # "spun off" where the release writes "a spinoff": the press-release thesaurus.
    got = ask(registry, "which DBR was spun off from Dunmore Marine College?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Deep Blue Robotics" in got.reply.split("\n")[1], got.reply


def test_how_often_is_the_frequency_in_force_at_the_time_asked(lighthouse: Engine) -> None:
    got = ask(
        lighthouse, "how frequently did Guild skippers inspect the BeaconWatch beacons in 2018?"
    )
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Every six weeks**"), got.reply
    got = ask(lighthouse, "how often are the BeaconWatch beacons inspected?")
    assert got.reply.split("\n")[1].startswith("**Once a month**"), got.reply
