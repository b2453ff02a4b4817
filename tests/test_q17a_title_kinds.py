"""Titles and their holders over time (session 17, on invented bases).

- **Compound titles** (``index.title_parts``): "Chair and Managing Director" is also the
  company's MD, for the current holder, a holder in a year, "is X still …", when X
  became it and when X stepped down.
- **A whole title held at a department** (``QueryParser._whole_title_at``): "director of
  harbours and moorings in Skelby" is the title the releases give at the Skelby
  department whose name holds the place (or the city) named after it.
- **A title that runs the organisation it names** (``leading.held_rank``): "Director of
  Harbours and Moorings" at the Harbours and Moorings Department is its head, so "who was
  running the department in 2019?" names her over a manager stated later.
- **A length stated up to a title's end** (``stated_tenure``): "retired … after nine
  years as Director" says who held it before the first release naming her.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from bot.search.index import title_acronyms, title_parts
from tests.tmpkb import engine_of, source_line


def _ask(engine: Engine, message: str, today: dt.date | None = None) -> tuple[Status, str]:
    answer = engine.handle(message, today)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


def _lead(reply: str) -> str:
    """The answer's first line after the echoed question."""
    return reply.splitlines()[1]


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Chair and Managing Director", ("Chair", "Managing Director")),
        (
            "Founder, Chair & Chief Technology Officer",
            ("Founder", "Chair", "Chief Technology Officer"),
        ),
        # One title whose field holds "and": never split.
        ("Director of Harbours and Moorings", ()),
        ("Head of Sales and Marketing", ()),
        ("Minister of Trade and Industry", ()),
    ],
)
def test_a_compound_title_holds_each_title_it_joins(title: str, parts: tuple[str, ...]) -> None:
    assert title_parts(title) == (title, *parts)


def test_a_compound_titles_parts_go_by_their_initials() -> None:
    assert {"md", "cto"} <= title_acronyms("Chair, Managing Director and Chief Technology Officer")
    assert "md" not in title_acronyms("Director of Harbours and Moorings")


_FREIGHT_2018 = (
    source_line("2018-05-02-halvard", "Halvard Rail Freight opens a depot", "2018-05-02")
    + """\
entities:
  - id: halvard
    name: Halvard Rail Freight
    kind: organization
    summary: A rail freight company in the Fenmark valley.
  - id: pike
    name: Agnes Pike
    kind: person
    summary: Chair and Managing Director of Halvard Rail Freight.
  - id: osei
    name: Rafael Osei
    kind: person
    summary: Head of Rolling Stock at Halvard Rail Freight.
roles:
  - {entity: pike, title: Chair and Managing Director, organization: halvard}
  - {entity: osei, title: Head of Rolling Stock, organization: halvard}
facts:
  - id: depot
    about: [halvard]
    text: Halvard Rail Freight opened a depot at Morrow Junction.
"""
)

_FREIGHT_2024 = (
    source_line("2024-03-12-halvard", "Halvard Rail Freight names a new leader", "2024-03-12")
    + """\
roles:
  - {entity: pike, title: Chair and Managing Director, organization: halvard, ended: 2023-12-31}
  - {entity: osei, title: Chair and Managing Director, organization: halvard}
  - {entity: osei, title: Head of Rolling Stock, organization: halvard, ended: 2023-12-31}
facts:
  - id: osei-takes-over
    about: [osei, halvard, pike]
    date: 2024-01-01
    text: >-
      Rafael Osei became Chair and Managing Director of Halvard Rail Freight on
      January 1, 2024, succeeding Agnes Pike.
  - id: pike-retires
    about: [pike, halvard]
    date: 2023-12-31
    text: Agnes Pike retired as Chair and Managing Director on December 31, 2023.
"""
)


@pytest.fixture(scope="module")
def freight(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("freight"),
        {"2018-05-02-halvard": _FREIGHT_2018, "2024-03-12-halvard": _FREIGHT_2024},
    )


def test_the_current_holder_of_a_title_inside_a_compound_one(freight: Engine) -> None:
    status, reply = _ask(freight, "who is the current MD of Halvard Rail Freight?")
    assert status is Status.ANSWERED and "Rafael Osei" in _lead(reply), reply


def test_the_holder_in_a_year_of_a_title_inside_a_compound_one(freight: Engine) -> None:
    status, reply = _ask(freight, "who was Halvard's MD in 2020?")
    assert status is Status.ANSWERED and "Agnes Pike" in _lead(reply), reply


def test_still_holding_a_title_inside_a_compound_one(freight: Engine) -> None:
    status, reply = _ask(freight, "is Agnes Pike still Halvard's MD?")
    assert status is Status.ANSWERED and _lead(reply).startswith("**No"), reply
    assert "Rafael Osei" in reply, reply


def test_when_a_title_inside_a_compound_one_began_and_ended(freight: Engine) -> None:
    status, reply = _ask(freight, "when did Rafael Osei become MD of Halvard?")
    assert status is Status.ANSWERED and "January 1, 2024" in reply, reply
    status, reply = _ask(freight, "since when is Rafael Osei the MD of Halvard Rail Freight")
    assert status is Status.ANSWERED and "January 1, 2024" in reply, reply
    status, reply = _ask(freight, "when did Agnes Pike step down as MD?")
    assert status is Status.ANSWERED and "December 31, 2023" in reply, reply


def test_a_promotion_is_the_title_taken_after_another_there(freight: Engine) -> None:
    """ "Rafael Osei's promotion": his start as Chair and Managing Director, after his
    Head of Rolling Stock there (``events._title_taken_by_noun``)."""
    status, reply = _ask(
        freight, "which came first, rafael osei's promotion or agnes pike retiring?"
    )
    assert status is Status.ANSWERED and "January 1, 2024" in reply, reply
    assert "December 31, 2023" in reply, reply


_HARBOUR_2018 = (
    source_line("2018-06-20-skelby", "Skelby opens a public slipway", "2018-06-20")
    + """\
entities:
  - id: skelby
    name: Skelby
    kind: place
    summary: A harbour town on the Fenmark coast.
  - id: skelby-council
    name: Skelby Borough Council
    kind: organization
    summary: The local council of Skelby.
  - id: harbours-dept
    name: Skelby Borough Council Harbours and Moorings Department
    kind: organization
    summary: The department that runs Skelby's harbours and moorings.
    aliases: [Skelby Harbours and Moorings Department, Skelby harbours department]
  - id: solberg
    name: Ingrid Solberg
    kind: person
    summary: Director of Harbours and Moorings for Skelby Borough Council.
roles:
  - {entity: solberg, title: Director of Harbours and Moorings, organization: harbours-dept}
facts:
  - id: slipway
    about: [harbours-dept, skelby]
    text: The Skelby Borough Council Harbours and Moorings Department opened a public slipway.
"""
)

_HARBOUR_2019 = (
    source_line("2019-08-14-skelby", "Skelby plans new visitor berths", "2019-08-14")
    + """\
entities:
  - id: wren
    name: Tomasz Wren
    kind: person
    summary: Manager of Berth Planning at the Skelby harbours department.
roles:
  - {entity: wren, title: Manager of Berth Planning, organization: harbours-dept}
facts:
  - id: berths
    about: [harbours-dept, wren]
    text: Tomasz Wren drew up plans for forty visitor berths.
"""
)

_HARBOUR_2023 = (
    source_line("2023-04-03-skelby", "Tomasz Wren takes over Skelby's harbours", "2023-04-03")
    + """\
roles:
  - {entity: wren, title: Director of Harbours and Moorings, organization: harbours-dept}
  - {entity: wren, title: Manager of Berth Planning, organization: harbours-dept, ended: 2023-03-31}
  - {entity: solberg, title: Director of Harbours and Moorings, organization: harbours-dept, ended: 2023-03-31}
facts:
  - id: wren-director
    about: [wren, harbours-dept, solberg]
    date: 2023-04-01
    text: >-
      Tomasz Wren became Director of Harbours and Moorings for Skelby Borough Council on
      April 1, 2023, succeeding Ingrid Solberg.
  - id: solberg-retires
    about: [solberg, harbours-dept]
    date: 2023-03-31
    text: >-
      Ingrid Solberg retired on March 31, 2023 after nine years as Director.
"""
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("harbour"),
        {
            "2018-06-20-skelby": _HARBOUR_2018,
            "2019-08-14-skelby": _HARBOUR_2019,
            "2023-04-03-skelby": _HARBOUR_2023,
        },
    )


@pytest.mark.parametrize(
    ("message", "holder"),
    [
        ("who was director of harbours and moorings in skelby in 2020?", "Ingrid Solberg"),
        (
            "who was Director of Harbours and Moorings for Skelby Borough Council in 2018?",
            "Ingrid Solberg",
        ),
        ("who was director of harbours and moorings in skelby in 2024?", "Tomasz Wren"),
    ],
)
def test_a_whole_title_asked_with_the_place_of_its_department(
    harbour: Engine, message: str, holder: str
) -> None:
    status, reply = _ask(harbour, message)
    assert status is Status.ANSWERED and holder in _lead(reply), reply


def test_a_title_naming_its_department_runs_it(harbour: Engine) -> None:
    status, reply = _ask(
        harbour, "who was running skelby's harbours and moorings department in 2020?"
    )
    assert status is Status.ANSWERED and "Ingrid Solberg" in _lead(reply), reply


def test_a_length_stated_up_to_the_end_dates_the_years_before(harbour: Engine) -> None:
    status, reply = _ask(harbour, "who was director of harbours and moorings in skelby in 2016?")
    assert status is Status.ANSWERED and "Ingrid Solberg" in _lead(reply), reply
    assert "nine years" in reply, reply
    # Before the nine years: no holder stated.
    status, reply = _ask(harbour, "who was director of harbours and moorings in skelby in 2011?")
    assert status is Status.NOT_FOUND, reply


def test_a_stated_length_answers_a_persons_title_in_an_earlier_year(harbour: Engine) -> None:
    status, reply = _ask(harbour, "what was Ingrid Solberg's title in 2016?")
    assert status is Status.ANSWERED and "Director of Harbours and Moorings" in reply, reply
    status, reply = _ask(harbour, "was Ingrid Solberg director of harbours and moorings in 2016?")
    assert status is Status.ANSWERED and _lead(reply).startswith("**Yes"), reply
    _, reply = _ask(harbour, "was Ingrid Solberg director of harbours and moorings in 2011?")
    assert not _lead(reply).startswith("**Yes"), reply


# Before/after between an event and a title taken; "how long has X led Y" from a
# sentence saying so (``events.states_start``, ``led_since.stated_lead``).
_OBSERVATORY = (
    source_line("2021-09-15-kelda", "Kelda University opens a dark-sky observatory", "2021-09-15")
    + """\
entities:
  - id: kelda
    name: Kelda University
    kind: organization
    summary: A university in the northern uplands.
  - id: stargazers
    name: Open Sky Trust
    kind: organization
    summary: A trust that runs public stargazing nights.
  - id: lyra
    name: Lyra Centre for Dark Sky Studies
    kind: organization
    summary: The dark-sky observatory of Kelda University.
    aliases: [LCDS]
  - id: survey
    name: Night Sky Survey
    kind: initiative
    summary: A count of visible stars from upland villages.
  - id: roe
    name: Ansel Roe
    kind: person
    summary: An astronomer who ran the Night Sky Survey.
  - id: brennan
    name: Maeve Brennan
    kind: person
    summary: Warden of the Open Sky Trust.
roles:
  - {entity: brennan, title: Warden, organization: stargazers}
facts:
  - id: lyra-opened
    about: [lyra, kelda]
    date: 2021-09-14
    text: >-
      Kelda University, a partner of the Open Sky Trust since 2016, opened the Lyra
      Centre for Dark Sky Studies (LCDS) on its upland campus on September 14, 2021.
  - id: brennan-warden
    about: [brennan, stargazers]
    date: 2021-09-01
    text: Maeve Brennan became Warden of the Open Sky Trust on September 1, 2021.
  - id: brennan-nights
    about: [brennan, stargazers]
    text: Maeve Brennan has led Open Sky Trust since its founding in 2012.
  - id: roe-survey
    about: [roe, survey]
    text: >-
      Ansel Roe retired from the university in 2021 and led the Night Sky Survey from its
      launch in 2015.
"""
)


@pytest.fixture(scope="module")
def observatory(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("observatory"), {"2021-09-15-kelda": _OBSERVATORY})


def test_an_opening_told_with_its_opener_is_dated_for_before_and_after(
    observatory: Engine,
) -> None:
    status, reply = _ask(
        observatory,
        "was the lyra centre for dark sky studies opened before maeve brennan became warden?",
    )
    assert status is Status.ANSWERED and _lead(reply).startswith("**No"), reply
    assert "September 14, 2021" in reply and "September 1, 2021" in reply, reply
    status, reply = _ask(
        observatory,
        "did maeve brennan become warden before the lyra centre for dark sky studies opened?",
    )
    assert status is Status.ANSWERED and _lead(reply).startswith("**Yes"), reply


def test_how_long_someone_has_led_what_a_sentence_says_they_lead(observatory: Engine) -> None:
    status, reply = _ask(observatory, "how long has maeve brennan led the open sky trust?")
    assert status is Status.ANSWERED and "2012" in _lead(reply), reply
    assert "nine years" in _lead(reply), reply


def test_a_start_verb_is_no_names_capitalised_word() -> None:
    """ "… of the Open Sky Trust …, opened the Lyra Centre …": the verb, not the name's
    "Open", is the start word; an aside naming an agent ("founded by") still is none."""
    from bot.engine.qa.executors.events import states_start
    from bot.kb.models import Entity, EntityKind

    centre = Entity(
        id="lyra", name="Lyra Centre", kind=EntityKind.ORGANIZATION, summary="A sky centre."
    )
    assert states_start(
        centre, "Kelda University, a partner of the Open Sky Trust, opened the Lyra Centre."
    )
    assert not states_start(
        centre, "The Tarn Fund, founded by the Lyra Centre in 2010, now employs 40 staff."
    )


def test_who_led_a_programme_in_a_year_from_a_sentence(observatory: Engine) -> None:
    """No one holds a title at the survey; "led the Night Sky Survey from its launch in
    2015" (told in 2021) names its leader in 2018, not before 2015."""
    status, reply = _ask(observatory, "who was leading the Night Sky Survey in 2018?")
    assert status is Status.ANSWERED and "Ansel Roe" in _lead(reply), reply
    _, reply = _ask(observatory, "who was leading the Night Sky Survey in 2013?")
    assert "Ansel Roe" not in _lead(reply), reply
