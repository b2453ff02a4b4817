"""Session 14's kinds of events, releases and not-found precision, each in other wording
than the blind cases that found them and on an invented base.

- when something reached a place ("when did X get to Peru?", "when did Chile join
  X?"): the sentence saying it arrived there, dated by the date it writes, its own, or
  its release's (``arrivals.py``); not the thing's own start, and not a sentence that
  only lists the place among those served now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("w1", "RiverWatch launches in Bolivia", "2017-04-02", city="La Paz") + "entities:\n"
    "  - {id: rw, name: RiverWatch, kind: initiative, summary: A flood-warning programme.}\n"
    "  - {id: andes, name: Andes Water Trust, kind: organization, summary: A water"
    " charity founded in Lima in 2001.}\n"
    "  - {id: chile, name: Chile, kind: place, summary: Chile.}\n"
    "facts:\n"
    "  - id: launched\n"
    "    about: [rw, andes]\n"
    "    date: 2017-04\n"
    "    text: RiverWatch started in April 2017 with ten gauges on the Beni river.\n"
    "  - id: trust-founded\n"
    "    about: [andes]\n"
    "    date: 2001\n"
    "    text: The Andes Water Trust was founded in Lima, Peru, in 2001.\n"
)
_PERU = (
    source_line("w2", "RiverWatch crosses into Peru", "2019-08-20", city="Lima") + "facts:\n"
    "  - id: peru\n"
    "    about: [rw]\n"
    "    text: On August 12, 2019, RiverWatch opened its first gauges in Peru, on the"
    " Madre de Dios.\n"
    "  - id: chile-plan\n"
    "    about: [rw, chile]\n"
    "    text: The Andes Water Trust grant pays for RiverWatch's extension to Chile.\n"
)
_NOW = (
    source_line("w3", "RiverWatch results", "2024-02-01", city="La Paz") + "facts:\n"
    "  - id: countries\n"
    "    about: [rw, chile]\n"
    "    text: RiverWatch now runs gauges in Bolivia, Peru and Chile.\n"
)


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("river")
    return engine_of(root, {"w1": _LAUNCH, "w2": _PERU, "w3": _NOW})


def test_arrival_in_a_country_no_entity_names(river: Engine) -> None:
    # Peru is no entity: the country the question writes, in the sentence saying it
    # opened there, not RiverWatch's own start in 2017.
    reply = answered(river, "when did riverwatch get going in peru?", "August 12, 2019")
    assert "April 2017" not in reply
    answered(river, "when did RiverWatch move into Peru", "2019")


def test_arrival_of_a_place_entity_dated_by_its_release(river: Engine) -> None:
    # "extension to Chile" has no date of its own: the release's, said as such; the
    # 2024 sentence listing Chile among the countries served dates nothing.
    reply = answered(river, "when did chile join riverwatch", "2019", "release")
    assert "2024" not in reply
