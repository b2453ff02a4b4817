"""Typed values (session 17 review): a sum answers "how much did X give / is X worth" only
when X gives or holds it. A sum given TO X, one paid to X for something X lets, and one
in a sentence naming X only after it are others'; "worth" needs a valuation word beside
the figure. A question asking what X received is answered by a sum given to X.

Asked on an invented base (a coastal choir festival), in wordings of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2022-04-11-festival-grant", "Tidewell backs the Brackwater festival", "2022-04-11")
    + """\
entities:
  - {id: saltmere, name: Saltmere Music Trust, kind: organization, aliases: [the trust], summary: A music charity.}
  - {id: festival, name: Brackwater Choir Festival, kind: initiative, aliases: [the festival], summary: A coastal choir festival.}
  - {id: penhallow, name: Penhallow Estates, kind: organization, aliases: [Penhallow], summary: A landowner.}
  - {id: tidewell, name: Tidewell Arts Council, kind: organization, aliases: [Tidewell], summary: A regional arts funder.}
  - {id: corvin, name: Corvin Pipe Organs, kind: organization, aliases: [Corvin], summary: An organ builder.}
facts:
  - id: tidewell-grant
    about: [tidewell, festival, saltmere, penhallow]
    text: The Tidewell Arts Council has awarded a grant of GBP 80,000 to the Brackwater Choir Festival, run by Saltmere Music Trust and Penhallow Estates.
  - id: granary-rent
    about: [penhallow, festival, saltmere]
    text: Saltmere Music Trust runs the Brackwater Choir Festival, and Penhallow Estates leases its old granary to the trust for a nominal rent of GBP 1 a year.
  - id: trust-gift
    about: [saltmere, festival]
    text: Saltmere Music Trust has given GBP 25,000 to the Brackwater Choir Festival.
  - id: corvin-value
    about: [corvin, saltmere]
    text: Corvin Pipe Organs was valued at GBP 3 million when Saltmere Music Trust bought it.
"""
)


@pytest.fixture(scope="module")
def festival(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("festival")
    return engine_of(root, {"2022-04-11-festival-grant": _R1})


@pytest.mark.parametrize(
    "message",
    [
        # Another body's grant names Penhallow only after the sum, as a recipient's partner.
        "how much is penhallow estates worth?",
        # The rent is paid TO Penhallow for the granary it lets.
        "what is penhallow estates contributing to the brackwater choir festival?",
        # The same rent, asked of its verb: stated_counts.py's giver check is
        # typed_fallback's (``gives_or_holds``).
        "how much did penhallow estates contribute to the brackwater choir festival?",
        # The grant is given TO the festival: no value of it.
        "how much is the brackwater choir festival worth?",
    ],
)
def test_a_sum_another_gives_stays_not_found(festival: Engine, message: str) -> None:
    assert ask(festival, message).status is Status.NOT_FOUND


def test_a_sum_the_subject_gives(festival: Engine) -> None:
    answered(
        festival,
        "how much did saltmere music trust contribute to the brackwater choir festival?",
        "25,000",
    )


def test_a_value_beside_a_valuation_word(festival: Engine) -> None:
    answered(festival, "how much is corvin pipe organs worth?", "3 million")


def test_a_sum_the_subject_received(festival: Engine) -> None:
    answered(
        festival,
        "how much funding did the brackwater choir festival receive from tidewell?",
        "80,000",
    )
