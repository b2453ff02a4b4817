"""Kinds that held-out base 30 found misread (issue 12, knowledge over time), each asked
here in other words on an invented base of a coastal fisheries commission.

- a title that only repeats its body's field ("Commissioner of Coastal Fisheries" at the
  Coastal Fisheries Commission) goes by its head alone: "who was the commissioner in
  <year>?" is that title, not a typo of "the Commission";
- "Y succeeded X as <title> in <month year>" dates Y's start (not X's, nor when
  written in the passive), and so says who held the title in a year between the
  releases: the successor, once the one before had left;
- "what was P's job in <year>?" asks the title held then, as "P's title" does, not
  where P worked (which needs a title stated in that very year);
- "who is X's secretary now?" when the last Secretary named has moved into a post
  another held before (Chair) is not found: the post was left, not renamed;
- a sum written with any ISO 4217 code ("BDT 40 million") is money, so "how much did X
  commit?" finds X's own sum; a code that is an English word ("try") never is;
- "what does the X grant pay for?": "to <a name>" in the sentence announcing the grant
  is its recipient, no purpose; the sentence saying what it pays for answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figures import figures_in, is_money
from bot.search.index import field_head
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_FIRST = (
    source_line("2018-04-03-quota-plan", "Commission sets a new crab quota", "2018-04-03")
    + """\
entities:
  - id: cfc
    name: Coastal Fisheries Commission
    kind: organization
    summary: The Coastal Fisheries Commission (CFC) regulates inshore fishing in Orrel Bay.
    aliases: [CFC, the Commission]
  - id: idris-vane
    name: Idris Vane
    kind: person
    summary: Commissioner of Coastal Fisheries.
  - id: mora-tell
    name: Mora Tell
    kind: person
    summary: Director of Harbour Patrols at the Coastal Fisheries Commission.
roles:
  - entity: idris-vane
    title: Commissioner of Coastal Fisheries
    organization: cfc
  - entity: mora-tell
    title: Director of Harbour Patrols
    organization: cfc
facts:
  - id: quota-set
    about: [cfc]
    text: The Coastal Fisheries Commission set a crab quota of 900 tonnes for 2018.
"""
)


def _second(succession: str) -> str:
    return (
        source_line("2022-09-15-quota-review", "Commission reviews the crab quota", "2022-09-15")
        + f"""\
entities:
  - id: lotte-karsk
    name: Lotte Karsk
    kind: person
    summary: Commissioner of Coastal Fisheries.
roles:
  - entity: lotte-karsk
    title: Commissioner of Coastal Fisheries
    organization: cfc
  - entity: idris-vane
    title: Commissioner of Coastal Fisheries
    organization: cfc
    ended: 2020-06
facts:
  - id: karsk-succeeds
    about: [lotte-karsk, idris-vane, cfc]
    text: {succession}
  - id: quota-cut
    about: [cfc]
    text: The Coastal Fisheries Commission cut the crab quota to 700 tonnes for 2023.
"""
    )


_ACTIVE = "Lotte Karsk succeeded Idris Vane as Commissioner of Coastal Fisheries in June 2020."
_PASSIVE = (
    "Idris Vane was succeeded by Lotte Karsk as Commissioner of Coastal Fisheries in June 2020."
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("kb_fisheries")
    return engine_of(
        root, {"2018-04-03-quota-plan": _FIRST, "2022-09-15-quota-review": _second(_ACTIVE)}
    )


def test_a_title_repeating_its_body_field_goes_by_its_head() -> None:
    assert (
        field_head("Commissioner of Coastal Fisheries", "Coastal Fisheries Commission")
        == "Commissioner"
    )
    assert field_head("Governor of the Central Bank", "Central Bank of Lindmark") == "Governor"
    # The rest names the post's own scope, not the body's field: no short form.
    assert field_head("Director of Harbour Patrols", "Coastal Fisheries Commission") is None
    assert field_head("Commissioner", "Coastal Fisheries Commission") is None


@pytest.mark.parametrize(
    "message", ["who was the commissioner in 2021?", "who was commissioner in 2021"]
)
def test_the_successor_held_the_head_title_between_the_releases(
    engine: Engine, message: str
) -> None:
    asked = ask(engine, message)
    assert asked.status is Status.ANSWERED, asked.reply
    assert "Lotte Karsk" in asked.reply
    assert "Idris Vane" not in asked.reply.split("\n")[0]


def test_the_one_before_held_it_before_the_handover(engine: Engine) -> None:
    asked = ask(engine, "who was the commissioner in 2019?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "Idris Vane" in asked.reply
    assert "Lotte Karsk" not in asked.reply


def test_a_succession_dates_the_successors_start(engine: Engine) -> None:
    asked = ask(engine, "when did lotte karsk become commissioner?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "June 2020" in asked.reply
    # The one succeeded did not start then.
    left = ask(engine, "when did idris vane become commissioner?")
    assert "June 2020" not in left.reply.split("\n")[0]


def test_a_passive_succession_does_not_date_the_one_succeeded(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, {"2018-04-03-quota-plan": _FIRST, "2022-09-15-quota-review": _second(_PASSIVE)}
    )
    asked = ask(engine, "when did idris vane become commissioner?")
    assert asked.status is Status.NOT_FOUND, asked.reply


def test_a_job_in_a_year_is_the_title_held_then(engine: Engine) -> None:
    # Stated in 2022 and never ended: the newest title stated by 2024, as "title" reads.
    asked = ask(engine, "what was lotte karsk's job in 2024?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "Commissioner of Coastal Fisheries" in asked.reply
    before = ask(engine, "what was mora tell's job in 2019?")
    assert before.status is Status.ANSWERED, before.reply
    assert "Director of Harbour Patrols" in before.reply


_CLUB = (
    source_line("2019-05-02-club-founded", "Rowing club opens its boathouse", "2019-05-02")
    + """\
entities:
  - id: brenmouth-rc
    name: Brenmouth Rowing Club
    kind: organization
    summary: Brenmouth Rowing Club is a community rowing club on the Bren estuary.
  - id: ada-quell
    name: Ada Quell
    kind: person
    summary: Chair of Brenmouth Rowing Club.
  - id: tomas-reyl
    name: Tomas Reyl
    kind: person
    summary: Secretary of Brenmouth Rowing Club.
roles:
  - entity: ada-quell
    title: Chair
    organization: brenmouth-rc
  - entity: tomas-reyl
    title: Secretary
    organization: brenmouth-rc
"""
)
_CLUB_LATER = (
    source_line("2024-03-12-new-chair", "Rowing club elects a new chair", "2024-03-12")
    + """\
roles:
  - entity: ada-quell
    title: Chair
    organization: brenmouth-rc
    ended: 2024-02-29
  - entity: tomas-reyl
    title: Chair
    organization: brenmouth-rc
  - entity: tomas-reyl
    title: Secretary
    organization: brenmouth-rc
    current: false
facts:
  - id: reyl-chair
    about: [tomas-reyl, brenmouth-rc, ada-quell]
    text: Tomas Reyl, previously the club's Secretary, succeeds Ada Quell as Chair.
"""
)


def test_no_holder_now_of_a_post_left_for_anothers(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path, {"2019-05-02-club-founded": _CLUB, "2024-03-12-new-chair": _CLUB_LATER}
    )
    asked = ask(engine, "who is the secretary of brenmouth rowing club now?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "Tomas Reyl" in asked.reply  # who held it, as what the releases do say
    assert asked.sources


_LEVY = (
    source_line("2020-01-20-levy-fund", "Commission and port fund the crab survey", "2020-01-20")
    + """\
entities:
  - id: orrel-port
    name: Orrel Port Company
    kind: organization
    summary: Orrel Port Company runs the harbour at Orrel Bay.
  - id: crab-survey
    name: Orrel Crab Survey
    kind: initiative
    summary: A yearly count of crabs in Orrel Bay.
facts:
  - id: cfc-funds
    about: [cfc, crab-survey]
    text: The Coastal Fisheries Commission will fund the Orrel Crab Survey with BDT 40 million over four years.
  - id: port-commits
    about: [orrel-port, crab-survey]
    text: Orrel Port Company will commit BDT 12 million in boats and crews to the Orrel Crab Survey.
  - id: try-count
    about: [crab-survey]
    text: Surveyors try 300 traps each season.
"""
)


def test_a_sum_in_any_currency_code_is_the_partys_own(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"2018-04-03-quota-plan": _FIRST, "2020-01-20-levy-fund": _LEVY})
    asked = ask(engine, "how much did the commission commit to the crab survey?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "40 million" in asked.reply
    assert "12 million" not in asked.reply
    # A code that is an English word too ("try") is no currency.
    assert not any(is_money(f) for f in figures_in("Surveyors try 300 traps each season."))
    assert any(is_money(f) for f in figures_in("It gave BDT 40 million."))


_GRANT = (
    source_line("2021-06-01-port-grant", "Port grant for the crab survey", "2021-06-01")
    + """\
entities:
  - id: port-grant-2021
    name: Orrel Port grant to the Orrel Crab Survey (2021)
    kind: agreement
    summary: Orrel Port Company's grant of BDT 5 million to the Orrel Crab Survey.
    aliases: [Orrel Port grant, port grant]
facts:
  - id: port-grant-announced
    about: [port-grant-2021, orrel-port, crab-survey]
    text: Orrel Port Company announced a grant of BDT 5 million to Orrel Crab Survey on June 1, 2021.
  - id: port-grant-uses
    about: [port-grant-2021]
    text: The port grant will pay for sonar buoys and a night crew for the autumn count.
"""
)


def test_a_grant_pays_for_what_its_sentence_says_not_its_recipient(tmp_path: Path) -> None:
    engine = engine_of(
        tmp_path,
        {
            "2018-04-03-quota-plan": _FIRST,
            "2020-01-20-levy-fund": _LEVY,
            "2021-06-01-port-grant": _GRANT,
        },
    )
    asked = ask(engine, "what does the Orrel Port grant pay for?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "sonar buoys" in asked.reply
