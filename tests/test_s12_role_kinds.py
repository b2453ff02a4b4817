"""Kinds of role and title questions that session 12's blind sets (22, base 20 and the
newcomer's radio base) found misread, asked here in other words on an invented base.

- "since when had X been <title>" from a fact naming the organisation in full between
  the title and "since" (``became.start_of_title``), and a not-found reply that no
  longer says X "became former <title>";
- "when did the <description> get promoted?": out of the title named, so the start of
  the title that followed it;
- "is X the <title> yet?" gives the start date a fact states; "how long has X been
  <title>" for a title announced ahead is measured to the day asked;
- "<role question> - she had two, right?": the guess at how many set aside;
- "what was X doing in <year>?" with only an "According to X, …" sentence that year: X's
  title then, not X's view;
- "who led X when it launched?" from "P has led X as <title> since its launch in Y";
- "who was X's <title> before P?" when P was named its first: no one;
- "when did P become <title of another's>?" names whom the releases give it;
- "why did P leave O?" when P holds another title at O: the premise corrected.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line(
        "2020-05-12-harbour-looms", "Tidewater Arts Council launches Harbour Looms", "2020-05-12"
    )
    + """\
entities:
  - {id: tidewater, name: Tidewater and Northern Isles Arts Council, kind: organization, aliases: [TAC, Tidewater Arts Council], summary: A regional arts council.}
  - {id: harbour-looms, name: Harbour Looms, kind: initiative, summary: A weaving programme for harbour towns.}
  - {id: greyfield, name: Greyfield Foundation, kind: organization, summary: A charitable foundation.}
  - {id: priya-nair, name: Priya NAIR, kind: person, aliases: [Priya Nair], summary: Head of Programmes at the Tidewater Arts Council.}
  - {id: owen-breck, name: Owen BRECK, kind: person, aliases: [Owen Breck], summary: Chief Operating Officer of the Tidewater Arts Council.}
  - {id: ruth-alder, name: Ruth ALDER, kind: person, aliases: [Ruth Alder], summary: President of the Greyfield Foundation.}
  - {id: sam-oduya, name: Sam ODUYA, kind: person, aliases: [Sam Oduya], summary: Deputy Treasurer of the Greyfield Foundation.}
roles:
  - {entity: priya-nair, title: Head of Programmes, organization: tidewater}
  - {entity: priya-nair, title: Curator of the Weaving Gallery, organization: tidewater}
  - {entity: owen-breck, title: Chief Operating Officer, organization: tidewater}
  - {entity: ruth-alder, title: President, organization: greyfield}
  - {entity: sam-oduya, title: Deputy Treasurer, organization: greyfield}
facts:
  - id: looms-launched
    about: [harbour-looms, tidewater]
    date: 2020-05-12
    text: The Tidewater Arts Council launched Harbour Looms on May 12, 2020.
  - id: breck-since
    about: [owen-breck, tidewater]
    text: Owen BRECK has been Chief Operating Officer of the Tidewater and Northern Isles Arts Council (TAC) since 2012.
  - id: alder-view
    about: [ruth-alder, harbour-looms]
    text: According to Ruth ALDER, Harbour Looms will keep old harbour crafts alive.
"""
)
_SECOND = (
    source_line("2023-02-01-looms-director", "Harbour Looms names its first Director", "2023-02-01")
    + """\
roles:
  - {entity: priya-nair, title: Director, organization: harbour-looms}
  - {entity: owen-breck, title: Chief Operating Officer, organization: tidewater, ended: 2023-01-31}
  - {entity: owen-breck, title: Chair of the Board, organization: tidewater}
  - {entity: sam-oduya, title: Treasurer, organization: greyfield}
summaries:
  - {entity: sam-oduya, text: "Sam ODUYA, Treasurer of the Greyfield Foundation since January 2022, previously its Deputy Treasurer."}
facts:
  - id: nair-led
    about: [priya-nair, harbour-looms, tidewater]
    text: Priya NAIR has led Harbour Looms as Head of Programmes since its launch in 2020.
  - id: nair-first-director
    about: [priya-nair, harbour-looms]
    text: Priya NAIR was named the first Director of Harbour Looms, effective March 1, 2023.
"""
)


@pytest.fixture(scope="module")
def looms(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("looms"),
        {"2020-05-12-harbour-looms": _LAUNCH, "2023-02-01-looms-director": _SECOND},
    )


def test_since_when_with_the_organisation_named_in_full(looms: Engine) -> None:
    reply = answered(looms, "From when was Owen Breck chief operating officer?", "2012")
    assert "former" not in reply


def test_promoted_out_of_the_title_named(looms: Engine) -> None:
    answered(looms, "When was Sam Oduya promoted from deputy treasurer?", "January 2022")


def test_yet_gives_the_stated_start(looms: Engine) -> None:
    answered(looms, "Is Priya Nair the director of Harbour Looms yet?", "March 1, 2023")


def test_how_long_for_a_title_announced_ahead(looms: Engine) -> None:
    answer = looms.handle("How long has Priya Nair been director?", dt.date(2025, 3, 15))
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "2 years" in reply and "2025-03-15" in reply, reply


def test_guessed_count_after_the_question(looms: Engine) -> None:
    answered(
        looms,
        "priya nair's titles in 2020 -- she held two, correct?",
        "Head of Programmes",
        "Curator of the Weaving Gallery",
    )


def test_doing_in_a_year_is_the_title_not_a_reported_view(looms: Engine) -> None:
    answered(looms, "What was Ruth Alder doing in 2020?", "President")


def test_led_since_its_launch(looms: Engine) -> None:
    answered(looms, "Who headed Harbour Looms when it was launched?", "Priya NAIR")


def test_first_holder_has_no_predecessor(looms: Engine) -> None:
    answered(looms, "Who was director of Harbour Looms before Priya Nair?", "No one", "first")


def test_title_never_held_names_its_holder(looms: Engine) -> None:
    got = ask(looms, "When was Priya Nair made president of the Greyfield Foundation?")
    assert "Ruth ALDER: President" in got.reply, got.reply


def test_leaving_when_still_there(looms: Engine) -> None:
    got = ask(looms, "Why did Owen Breck leave the Tidewater Arts Council?")
    # His ended title and the one he went on to contradict the premise (session 17).
    assert got.status is Status.ANSWERED, got.reply
    assert "Chair of the Board" in got.reply and "no departure" in got.reply, got.reply
