"""A small invented base for the review of session 9 (``tests.tmpkb``): a goal set at a
meeting, countries written inside other names, two frequencies of different things."""

from __future__ import annotations

from pathlib import Path

from bot.engine.engine import Engine
from tests.tmpkb import engine_of, source_line

_ACME = (
    source_line("a1", "Acme and Beta team up on rural broadband", "2023-03-05", city="Tarrow")
    + "entities:\n"
    "  - {id: acme, name: Acme Networks, kind: organization, summary: A broadband operator.}\n"
    "  - {id: beta, name: Beta Power, kind: organization, summary: A power company.}\n"
    "  - {id: jordan, name: Jordan Blake, kind: person, summary: Chief Executive Officer"
    " of Acme Networks.}\n"
    "  - {id: reach, name: RuralReach, kind: initiative, summary: A rural broadband"
    " programme of Acme Networks.}\n"
    "roles:\n"
    "  - {entity: jordan, title: Chief Executive Officer, organization: acme}\n"
    "facts:\n"
    "  - id: met-set\n"
    "    about: [reach, acme, beta]\n"
    "    text: Acme Networks and Beta Power met in Tarrow and set a target of 10,000 homes"
    " for RuralReach by the end of 2026.\n"
    "  - id: homes-now\n"
    "    about: [reach, acme]\n"
    "    text: RuralReach has connected 2,000 homes so far.\n"
    "  - id: where\n"
    "    about: [acme]\n"
    "    text: Acme Networks operates in New Jersey, New Mexico and Georgia.\n"
    "  - id: weekly\n"
    "    about: [acme]\n"
    "    text: Acme Networks publishes outage reports every week.\n"
)
_ACME_2 = (
    source_line("a2", "Acme expands RuralReach", "2024-06-10", city="Kampala") + "facts:\n"
    "  - id: offices\n"
    "    about: [acme, reach]\n"
    "    text: Jordan Blake and Chad Morris opened Acme Networks offices in Uganda and"
    " Tanzania.\n"
    "  - id: sponsor\n"
    "    about: [acme]\n"
    "    text: Acme Networks sponsors the Kenya Rowing Board and the Rwanda Cycling"
    " Federation.\n"
)


def acme_engine(root: Path) -> Engine:
    """An engine over the two Acme releases, written under ``root``."""
    return engine_of(root, {"a1": _ACME, "a2": _ACME_2})
