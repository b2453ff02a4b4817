"""Session 14's kinds of events, releases and not-found precision, each in other wording
than the blind cases that found them and on an invented base.

- when something reached a place ("when did X get to Peru?", "when did Chile join
  X?"): the sentence saying it arrived there, dated by the date it writes, its own, or
  its release's (``arrivals.py``); not the thing's own start, and not a sentence that
  only lists the place among those served now.
- the years a grant covers when its sentence states them for the programme it pays
  for: the range the grant's own summary states; "the first <grant>" is the grant
  named when no older release names one so (``periods.py``).
- "where / when was <a grant> announced?", naming only the thing: the release declaring
  it (its dateline or date), not not-found because a later release recalls it too
  (``sources.announced_when``).
- "how long between the launch and the first gauges going live?": the launch is the
  sentence saying it, dated by the one full date it writes however far from the verb,
  not a later sentence dated by its own news that recalls "since its launch in 2017"
  (``events.end_dates``).
- "how long has X been running (as of today)?": its age, from the sentence saying it
  was launched, to the day asked (``org_ages.py``).
- a false premise with a year ("why did A stop funding X in 2024?"): not found, with
  what the releases say about A in that year leading ("added US$1 million"), not only
  the sentences sharing the premise's words (``yes_no.false_premise``).
- yes/no with a country: "are X's alerts recognised by the government in Bolivia?" is
  settled by the sentence about X using more of the question's words, not by one
  leading with X that says "no recognised warning system"; asked of another country
  ("by Peru's government?") the sentence saying it of Bolivia is not found, shown as
  said of Bolivia (``yes_no.yes_no``).
- "was A before B?", "did A happen after B?" (one order word, no "or"): yes or no with
  both dates (``ends._yes_no_order``); a report that "came out" is dated by the
  sentence saying it was published (``events.end_dates``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("w1", "RiverWatch launches in Bolivia", "2017-04-02", city="La Paz") + "entities:\n"
    "  - {id: rw, name: RiverWatch, kind: initiative, summary: A flood-warning programme.}\n"
    "  - {id: andes, name: Andes Water Trust, kind: organization, summary: A water"
    " charity founded in Lima in 2001.}\n"
    "  - {id: chile, name: Chile, kind: place, summary: Chile.}\n"
    "  - {id: vcd, name: Vice-Ministry of Civil Defence, kind: organization, summary: The"
    " Bolivian government office that issues flood warnings.}\n"
    "facts:\n"
    "  - id: launched\n"
    "    about: [rw, andes]\n"
    "    text: The Andes Water Trust launched RiverWatch, a flood-warning programme for the"
    " river towns of the Beni and Mamore basins, on April 2, 2017.\n"
    "  - id: live\n"
    "    about: [rw]\n"
    "    date: 2017-06\n"
    "    text: The first ten RiverWatch gauges go live in June 2017 on the Beni river.\n"
    "  - id: towns\n"
    "    about: [rw]\n"
    "    text: RiverWatch alerts reach river towns in Bolivia that have no recognised warning"
    " system.\n"
    "  - id: defence\n"
    "    about: [vcd, rw]\n"
    "    text: RiverWatch alerts are recognised by Bolivia's Vice-Ministry of Civil Defence,"
    " the government office that issues flood warnings.\n"
    "  - id: trust-founded\n"
    "    about: [andes]\n"
    "    date: 2001\n"
    "    text: The Andes Water Trust was founded in Lima, Peru, in 2001.\n"
)
_PERU = (
    source_line("w2", "RiverWatch crosses into Peru", "2019-08-20", city="Lima") + "entities:\n"
    "  - {id: awt-grant, name: Andes Water Trust grant to RiverWatch, kind: agreement,"
    " aliases: [Andes grant], summary: 'The US$2 million grant committed by the Andes Water"
    " Trust to RiverWatch on August 20, 2019, paying for the programme from 2019 to 2022.'}\n"
    "facts:\n"
    "  - id: grant\n"
    "    about: [andes, rw, awt-grant]\n"
    "    text: The Andes Water Trust committed US$2 million to RiverWatch on August 20, 2019,"
    " paying for the programme from 2019 to 2022.\n"
    "  - id: peru\n"
    "    about: [rw]\n"
    "    text: On August 12, 2019, RiverWatch opened its first gauges in Peru, on the"
    " Madre de Dios.\n"
    "  - id: chile-plan\n"
    "    about: [rw, chile]\n"
    "    text: The Andes Water Trust grant pays for RiverWatch's extension to Chile.\n"
)
_NOW = (
    source_line("w3", "RiverWatch results", "2024-02-01", city="La Paz") + "entities:\n"
    "  - {id: ruiz, name: Marta Ruiz, kind: person, summary: Director of the Andes Water"
    " Trust.}\n"
    "  - {id: flood-report, name: RiverWatch flood report 2023, kind: document, summary: The"
    " flood report of RiverWatch for 2023.}\n"
    "facts:\n"
    "  - id: ruiz-director\n"
    "    about: [ruiz, rw, andes]\n"
    "    date: 2024-01-01\n"
    "    text: Marta Ruiz, coordinator of RiverWatch since its launch in 2017, became"
    " director of the Andes Water Trust on January 1, 2024.\n"
    "  - id: countries\n"
    "    about: [rw, chile]\n"
    "    text: RiverWatch now runs gauges in Bolivia, Peru and Chile.\n"
    "  - id: report\n"
    "    about: [rw, flood-report]\n"
    "    text: RiverWatch published its flood report for 2023 on January 30, 2024.\n"
    "  - id: top-up\n"
    "    about: [andes, rw, awt-grant]\n"
    "    text: The Andes Water Trust added US$1 million to its 2019 grant to RiverWatch.\n"
)


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("river")
    return engine_of(root, {"w1": _LAUNCH, "w2": _PERU, "w3": _NOW})


def test_arrival_in_a_country_no_entity_names(river: Engine) -> None:
    # Peru is no entity: the country the question writes, in the sentence saying it
    # opened there, not RiverWatch's own start in 2017.
    reply = answered(river, "when did riverwatch get going in peru?", "August 12, 2019")
    assert "2017" not in reply
    answered(river, "when did RiverWatch move into Peru", "2019")


def test_arrival_of_a_place_entity_dated_by_its_release(river: Engine) -> None:
    # "extension to Chile" has no date of its own: the release's, said as such; the
    # 2024 sentence listing Chile among the countries served dates nothing.
    reply = answered(river, "when did chile join riverwatch", "2019", "release")
    assert "2024" not in reply


def test_period_of_a_grant_from_its_own_summary(river: Engine) -> None:
    # The sentence's range is the programme's ("paying for the programme from 2019 to
    # 2022"); the grant's summary states it as the grant's.
    answered(river, "over which years does the andes grant run?", "2019 to 2022")
    # No release before 2019 names an Andes grant: the first one is this one.
    answered(river, "what period did the first andes grant cover", "2019 to 2022")
    # The second is not this one: not found rather than its years.
    assert ask(river, "what period did the second andes grant cover").status is Status.NOT_FOUND


def test_where_a_thing_named_was_announced(river: Engine) -> None:
    # Two releases involve the grant; the one declaring it (Lima, 2019) announced it.
    reply = answered(river, "where was the andes grant announced?", "Lima")
    assert "La Paz" not in reply
    answered(river, "when was the andes grant announced", "August 20, 2019")


def test_time_between_a_launch_and_a_later_first(river: Engine) -> None:
    reply = answered(
        river, "how long between the launch and the first gauges going live?", "two months"
    )
    assert "2024" not in reply


def test_running_time_to_the_day_asked(river: Engine) -> None:
    answer = river.handle("how long has riverwatch been running as of today?", dt.date(2027, 5, 1))
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "10 years" in reply, reply


def test_false_premise_in_a_year_shows_that_year(river: Engine) -> None:
    answer = river.handle("why did the andes water trust pull out of riverwatch in 2024?")
    reply = render_text(answer)
    # "Added US$1 million" that year contradicts the premise: answered (session 17).
    assert answer.status is Status.ANSWERED, reply
    assert "added US$1 million" in reply, reply
    assert "April 2, 2017" not in reply, reply  # the launch says nothing of 2024


def test_yes_no_settled_for_the_country_asked(river: Engine) -> None:
    answered(
        river, "are riverwatch alerts recognised by the government in bolivia?", "yes", "Civil"
    )
    answer = river.handle("are riverwatch alerts recognised by peru's government?")
    reply = render_text(answer)
    assert answer.status is Status.NOT_FOUND, reply
    assert "Bolivia" in reply, reply


def test_yes_no_on_the_order_of_two_events(river: Engine) -> None:
    answered(river, "did riverwatch open in peru before the flood report came out?", "yes")
    answered(river, "did the first gauges go live after the launch?", "yes", "June 2017")
    answered(river, "was the peru opening after the flood report came out?", "no")
