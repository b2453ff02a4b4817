"""Releases picked by what they are about (session 12's blind set 22 and the newcomer's
radio base), asked here in other words on an invented base: "who put out the grant
release?", "where was the expansion announcement issued?", "when was the festival
announced?" name one release, the one whose headline and sentences fit the topic
(``qa/release_topic.py``), not every release. And "which organisation hosts X?" is the
party the sentence names after "hosted by" (``qa/passive_agent.py``).
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_ENTITIES = """\
entities:
  - {id: kiln, name: Kiln Collective, kind: organization, summary: A ceramics cooperative.}
  - {id: ashby, name: Ashby Fund, kind: organization, summary: A regional arts fund.}
  - {id: clayfest, name: Clayfest, kind: event, summary: A yearly ceramics festival.}
  - {id: leek-museum, name: Leek Museum, kind: organization, summary: A town museum.}
"""
_ONE = (
    source_line(
        "2019-04-02-kiln-festival",
        "Kiln Collective launches Clayfest",
        "2019-04-02",
        publisher="Potter Wire",
        city="Leek",
        country="England",
    )
    + _ENTITIES
    + """\
facts:
  - id: fest
    about: [clayfest, kiln]
    text: The Kiln Collective will hold Clayfest, a ceramics festival, every September.
"""
)
_TWO = (
    source_line(
        "2021-05-10-kiln-grant",
        "Ashby Fund backs Kiln Collective",
        "2021-05-10",
        publisher="Arts Newswire",
        city="Stoke",
        country="England",
    )
    + """\
facts:
  - id: grant
    about: [ashby, kiln]
    text: The Ashby Fund gave the Kiln Collective a grant of 200,000 pounds.
  - id: glaze-library
    about: [ashby, kiln, leek-museum]
    text: The Ashby Fund and the Kiln Collective will open a glaze library hosted by the Leek Museum.
  - id: grant-use
    about: [kiln, ashby]
    text: The grant pays for two new kilns and a glaze studio.
"""
)
_THREE = (
    source_line(
        "2023-09-01-kiln-merger",
        "Kiln Collective expands to Buxton",
        "2023-09-01",
        publisher="Potter Wire",
        city="Leek",
        country="England",
    )
    + """\
facts:
  - id: merger
    about: [kiln]
    text: The Kiln Collective expanded to Buxton with a second studio.
"""
)


@pytest.fixture(scope="module")
def kiln(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("kiln"),
        {
            "2019-04-02-kiln-festival": _ONE,
            "2021-05-10-kiln-grant": _TWO,
            "2023-09-01-kiln-merger": _THREE,
        },
    )


def test_publisher_of_the_release_about_a_topic(kiln: Engine) -> None:
    reply = answered(kiln, "Who published the grant release?", "Arts Newswire")
    assert "Potter Wire" not in reply, reply


def test_dateline_of_the_release_about_a_topic(kiln: Engine) -> None:
    reply = answered(kiln, "Where was the expansion release issued?", "Leek", "2023-09-01")
    assert "2019-04-02" not in reply, reply


def test_when_a_thing_was_announced_is_its_release_date(kiln: Engine) -> None:
    answered(kiln, "When was the festival announced?", "April 2, 2019")


def test_which_one_is_the_party_after_the_verb_by(kiln: Engine) -> None:
    # Session 12's newcomer base: "which organisation hosts the hub?" listed every
    # party of the sentence, not the host it names ("… hosted by HBC").
    reply = answered(kiln, "What organisation hosts the glaze library?", "Leek Museum")
    assert "Ashby" not in reply.split("\n")[1], reply
