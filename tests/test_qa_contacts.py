"""Press contacts, read from the contact block at the end of a release's text.

The parser is tested on invented release endings (one entry a line, entries over
several lines, a contact on the heading's line, no block); the engine on the
five-release fixture (whose texts end with contact blocks) and on the bundled release
(whose text has none), in wordings of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.executors.contacts import contact_entries
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask as _ask

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_one_entry_a_line() -> None:
    text = (
        "BRINDLEPORT -- The Quorvane Guild opened a kiln.\n\nAbout the Quorvane Guild\n\n"
        "The Guild makes pots.\n\nPress contacts:\n"
        "Mira TOLLAND, Quorvane Guild, +44 20 5550 1111, press@quorvane.example\n"
        "Oskar VEY, Brindleport Council, +44 20 5550 2222, media@brindle.example\n"
    )
    entries = contact_entries(text)
    assert [e.text.split(",")[0] for e in entries] == ["Mira TOLLAND", "Oskar VEY"]
    assert "quorvane guild" in entries[0].key


def test_entries_over_several_lines_and_a_wire_footer() -> None:
    text = (
        "Body text that mentions a contact person in passing.\n\nContacts\n"
        "Mira TOLLAND, Quorvane Guild\n+44 20 5550 1111\npress@quorvane.example\n\n"
        "Oskar VEY\nBrindleport Council\nmedia@brindle.example\n\n"
        "SOURCE Quorvane Guild\n"
    )
    entries = contact_entries(text)
    assert [e.text for e in entries] == [
        "Mira TOLLAND, Quorvane Guild, +44 20 5550 1111, press@quorvane.example",
        "Oskar VEY, Brindleport Council, media@brindle.example",
    ]


def test_a_contact_on_the_heading_line() -> None:
    text = "The Guild opened a kiln.\n\nMedia inquiries: Mira TOLLAND, press@quorvane.example\n"
    assert [e.text for e in contact_entries(text)] == ["Mira TOLLAND, press@quorvane.example"]


def test_no_contact_block() -> None:
    text = "The Guild opened a kiln.\n\nContacts between the two guilds began in 1990, she said.\n"
    assert contact_entries(text) == ()


def test_the_contact_named_for_an_organisation(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "who handles press enquiries for the development trust for africa?"
    )
    assert status is Status.ANSWERED, reply
    assert "KAMAU" in reply and "press@devtrustafrica.example" in reply
    assert "DUBOIS" not in reply  # another organisation's contact in the same block
    assert "2021-06-08" in reply


def test_an_organisation_with_no_contact_of_its_own_gets_its_releases_contacts(
    five: Engine,
) -> None:
    status, reply, _ = _ask(five, "which media contact should I call about UNIDO?")
    assert status is Status.ANSWERED, reply
    assert "No contact is named for" in reply and "DUBOIS" in reply


def test_no_release_prints_a_contact(engine: Engine) -> None:
    status, reply, _ = _ask(engine, "who is Alibaba's press contact?")
    assert status is Status.NOT_FOUND, reply


def test_a_persons_own_email_is_not_their_releases_press_desk(five: Engine) -> None:
    status, reply, _ = _ask(five, "what is Nurul Aziz's phone number?")
    assert status is Status.NOT_FOUND, reply
    assert "HALIM" not in reply


def test_partnerbot_ask_json_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from bot.cli.main import main

    code = main(
        [
            "ask",
            "--json",
            "--knowledge",
            str(KB_FIVE),
            "whom should a journalist email at the East African Business Network?",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["status"] == "answered", data
    assert "HABIMANA" in json.dumps(data, ensure_ascii=False)
    assert data["sources"] == ["2019-11-12-digital-export-academy-launch"]
