"""Holders of a title over time (session 17 review fixes, on an invented base).

- **A stated length is a tenure only beside the title** (``stated_tenure``): "<title> of
  <its organisation> for N years" dates the years before; "Chief Financial Officer X said
  the vessels are leased for fifteen years" dates nothing.
- **A title asked in words spelling its initials** (``role_fits``, ``spelled_initials``):
  "chief executive" is the CEO (bot/vocab/title_initials.yaml), never a Director whose
  title only has a word of leading.
- **Holders over an interval** (``Roles._holders_over``): "from 2018 to 2021" or "during
  2020" lists every holder whose stated span overlaps the years, each cited; a year
  inside one holder's span names that holder alone.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line


def _ask(engine: Engine, message: str) -> tuple[Status, str]:
    answer = engine.handle(message)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


def _lead(reply: str) -> str:
    """The answer's first line after the echoed question."""
    return reply.splitlines()[1]


_FERRIES_2017 = (
    source_line("2017-04-11-kelderwick", "Kelderwick Ferries orders two hybrid boats", "2017-04-11")
    + """\
entities:
  - id: kelderwick
    name: Kelderwick Ferries
    kind: organization
    summary: A ferry operator on the Osmer estuary.
  - id: brandt
    name: Ilse Brandt
    kind: person
    summary: President and Chief Executive Officer of Kelderwick Ferries.
  - id: reyes
    name: Tomas Reyes
    kind: person
    summary: Director of Terminals at Kelderwick Ferries.
roles:
  - {entity: brandt, title: President and CEO, organization: kelderwick}
  - {entity: reyes, title: Director of Terminals, organization: kelderwick}
facts:
  - id: hybrid-boats
    about: [kelderwick]
    text: Kelderwick Ferries ordered two hybrid boats for the Osmer crossing.
"""
)

_FERRIES_2020 = (
    source_line(
        "2020-09-08-kelderwick", "Kelderwick Ferries names a new chief executive", "2020-09-08"
    )
    + """\
entities:
  - id: haddad
    name: Noor Haddad
    kind: person
    summary: President and Chief Executive Officer of Kelderwick Ferries since July 1, 2020.
roles:
  - {entity: haddad, title: President and CEO, organization: kelderwick}
  - {entity: brandt, title: President and CEO, organization: kelderwick, ended: 2020-06-30}
  - {entity: reyes, title: Director of Terminals, organization: kelderwick}
facts:
  - id: haddad-takes-over
    about: [haddad, kelderwick, brandt]
    date: 2020-07-01
    text: >-
      Noor Haddad became President and Chief Executive Officer of Kelderwick Ferries on
      July 1, 2020, succeeding Ilse Brandt.
"""
)

_FERRIES_2023 = (
    source_line("2023-03-02-kelderwick", "Kelderwick Ferries leases two new vessels", "2023-03-02")
    + """\
entities:
  - id: oduya
    name: Bram Oduya
    kind: person
    summary: Chief Financial Officer of Kelderwick Ferries.
  - id: haverkamp
    name: Lotte Haverkamp
    kind: person
    summary: Former Chief Operating Officer of Kelderwick Ferries.
roles:
  - {entity: oduya, title: Chief Financial Officer, organization: kelderwick}
  - {entity: haverkamp, title: Chief Operating Officer, organization: kelderwick, ended: 2023-01-31}
facts:
  - id: lease
    about: [oduya, kelderwick]
    text: >-
      Chief Financial Officer Bram Oduya said the new vessels are leased for fifteen years.
  - id: haverkamp-leaves
    about: [haverkamp, kelderwick]
    date: 2023-01-31
    text: >-
      Lotte Haverkamp, Chief Operating Officer of Kelderwick Ferries for eight years,
      stepped down on January 31, 2023.
"""
)


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("ferries"),
        {
            "2017-04-11-kelderwick": _FERRIES_2017,
            "2020-09-08-kelderwick": _FERRIES_2020,
            "2023-03-02-kelderwick": _FERRIES_2023,
        },
    )


def test_a_length_that_is_not_the_titles_dates_nothing(ferries: Engine) -> None:
    _, reply = _ask(ferries, "who was Kelderwick Ferries' chief financial officer in 2015?")
    # The earliest holder may be offered, as of the release first naming him, never as
    # the holder in 2015 by the lease's length.
    assert "fifteen years" not in reply, reply
    assert not _lead(reply).startswith("**Bram Oduya"), reply


def test_a_length_beside_the_title_dates_the_years_before(ferries: Engine) -> None:
    status, reply = _ask(ferries, "who was Kelderwick Ferries' chief operating officer in 2018?")
    assert status is Status.ANSWERED and "Lotte Haverkamp" in _lead(reply), reply
    assert "eight years" in reply, reply


@pytest.mark.parametrize("asked", ["chief executive", "chief executive officer", "CEO"])
def test_a_title_spelling_initials_asks_for_that_title(ferries: Engine, asked: str) -> None:
    status, reply = _ask(ferries, f"who was the {asked} of Kelderwick Ferries in 2021?")
    assert status is Status.ANSWERED and "Noor Haddad" in _lead(reply), reply
    assert "Tomas Reyes" not in reply, reply
    status, reply = _ask(ferries, f"who was the {asked} of Kelderwick Ferries in 2018?")
    assert status is Status.ANSWERED and "Ilse Brandt" in _lead(reply), reply


@pytest.mark.parametrize(
    "message",
    [
        "who led Kelderwick Ferries from 2018 to 2021?",
        "who was the CEO of Kelderwick Ferries during 2020?",
        "who was chief executive of Kelderwick Ferries between 2019 and 2022?",
    ],
)
def test_an_interval_names_every_holder_in_it(ferries: Engine, message: str) -> None:
    answer = ferries.handle(message)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Noor Haddad" in _lead(reply) and "Ilse Brandt" in reply, reply
    # Each holder's line is cited: the earlier one by the release first stating her.
    assert "2017-04-11" in reply, reply
    assert "Tomas Reyes" not in reply, reply


@pytest.mark.parametrize(
    ("year", "holder", "other"),
    [(2021, "Noor Haddad", "Ilse Brandt"), (2018, "Ilse Brandt", "Noor Haddad")],
)
def test_a_year_inside_one_span_names_that_holder_alone(
    ferries: Engine, year: int, holder: str, other: str
) -> None:
    status, reply = _ask(ferries, f"who was the CEO of Kelderwick Ferries in {year}?")
    assert status is Status.ANSWERED and holder in _lead(reply), reply
    assert other not in reply.split("Source")[0].replace(f"succeeding {other}", ""), reply


def test_the_nouns_for_taking_a_title_are_vocabulary() -> None:
    from bot.engine.qa.executors.events import _taking_nouns  # pyright: ignore[reportPrivateUsage]
    from bot.vocab import succession

    taking, promotion = _taking_nouns()
    assert set(succession().taking_nouns) <= taking
    assert promotion == set(succession().promotion_nouns) and promotion <= taking
    assert "appointment" in taking and "appointment" not in promotion
