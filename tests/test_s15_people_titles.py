"""Questions about people and their titles (session 15), on a small invented base of
river trusts in the Highlands (``tests.tmpkb``): the head of an organisation in a year,
a title nobody holds there, a title asked without its organisation, a title written in
another order, the career before a post, a surname the topic settles, and what each
choice of an ambiguous name is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Answer, Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_PIET_SAYS = "Farmers who plant buffer strips along a burn deserve to be paid for them."
_ILKA_SAYS = "Every bog we rewet holds the water back for a week after a storm."

_R1 = (
    source_line("t1", "Corriemoor Water Trust starts its peatland work", "2018-05-02")
    + "entities:\n"
    "  - id: corriemoor\n"
    "    name: Corriemoor Water Trust\n"
    "    kind: organization\n"
    "    summary: The Corriemoor Water Trust (CWT), an Inverness-based charity, restores"
    " river catchments in the Highlands.\n"
    "    aliases: [the Water Trust]\n"
    "    shared_aliases: [CWT]\n"
    "  - id: caldmoor\n"
    "    name: Caldmoor Wildlife Tours\n"
    "    kind: organization\n"
    "    summary: Caldmoor Wildlife Tours (CWT) is a boat-tour operator based in Oban.\n"
    "    shared_aliases: [CWT]\n"
    "  - {id: orla, name: Orla Penhale, kind: person, summary: Chief Executive of the"
    " Corriemoor Water Trust.}\n"
    "  - {id: tomas, name: Tomas Reyne, kind: person, summary: Head of Catchments at the"
    " Corriemoor Water Trust.}\n"
    "  - id: ilka\n"
    "    name: Ilka Varga\n"
    "    kind: person\n"
    "    summary: Wetland Officer at the Corriemoor Water Trust; previously a peat surveyor"
    " for the Cairngorm Rangers.\n"
    "  - {id: hamish, name: Hamish Lorne, kind: person, summary: Volunteer Coordinator at"
    " the Corriemoor Water Trust.}\n"
    "  - {id: senga, name: Senga Birrell, kind: person, summary: Volunteer Coordinator at"
    " Caldmoor Wildlife Tours.}\n"
    "roles:\n"
    "  - {entity: orla, title: Chief Executive, organization: corriemoor}\n"
    "  - {entity: tomas, title: Head of Catchments, organization: corriemoor}\n"
    "  - {entity: ilka, title: Wetland Officer, organization: corriemoor}\n"
    "  - {entity: hamish, title: Volunteer Coordinator, organization: corriemoor}\n"
    "  - {entity: senga, title: Volunteer Coordinator, organization: caldmoor}\n"
    "quotes:\n"
    f"  - {{id: ilka-bogs, speaker: ilka, about: [corriemoor], text: {_ILKA_SAYS}}}\n"
)
_R2 = (
    source_line("t2", "Fenwick Fund backs the Water Trust's peatlands", "2020-09-14")
    + "entities:\n"
    "  - id: fenwick\n"
    "    name: Fenwick Fund\n"
    "    kind: organization\n"
    "    summary: The Fenwick Fund, a family foundation in Perth that pays for river"
    " projects.\n"
    "  - {id: fenwick-grant, name: Fenwick Fund grant for Corriemoor peatlands, kind:"
    " agreement, summary: The Fenwick Fund's grant for the Water Trust's peatlands.}\n"
    "  - {id: piet, name: Piet Varga, kind: person, summary: Director of Grants at the"
    " Fenwick Fund.}\n"
    "  - {id: morag, name: Morag Dunn, kind: person, summary: Chief Operating Officer of"
    " the Fenwick Fund.}\n"
    "roles:\n"
    "  - {entity: tomas, title: Head of Catchments, organization: corriemoor}\n"
    "  - {entity: ilka, title: Wetland Officer, organization: corriemoor}\n"
    "  - {entity: hamish, title: Volunteer Coordinator, organization: corriemoor}\n"
    "  - {entity: piet, title: Director of Grants, organization: fenwick}\n"
    "  - {entity: morag, title: Chief Operating Officer, organization: fenwick}\n"
    "quotes:\n"
    f"  - {{id: piet-strips, speaker: piet, about: [fenwick], text: {_PIET_SAYS}}}\n"
    "facts:\n"
    "  - id: grant\n"
    "    about: [fenwick-grant, fenwick, corriemoor]\n"
    "    text: The Fenwick Fund granted GBP 400,000 to the Corriemoor Water Trust for its"
    " peatlands.\n"
)
_R3 = (
    source_line("t3", "New chief executive at the Corriemoor Water Trust", "2023-03-01")
    + "roles:\n"
    "  - {entity: orla, title: Chief Executive, organization: corriemoor, ended: 2022-06-30}\n"
    "  - {entity: tomas, title: Chief Executive, organization: corriemoor}\n"
    "  - {entity: ilka, title: Head of Catchments, organization: corriemoor}\n"
    "  - {entity: piet, title: Director of Grants, organization: fenwick}\n"
    "summaries:\n"
    "  - entity: ilka\n"
    "    text: Head of Catchments at the Corriemoor Water Trust since July 2022; previously"
    " its Wetland Officer.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("watertrust")
    (root / "sources").mkdir()
    (root / "sources" / "t1.txt").write_text(f"Release text. {_ILKA_SAYS}\n", encoding="utf-8")
    (root / "sources" / "t2.txt").write_text(f"Release text. {_PIET_SAYS}\n", encoding="utf-8")
    return engine_of(root, {"t1": _R1, "t2": _R2, "t3": _R3}, keep_texts=True)


def _ask(engine: Engine, message: str) -> tuple[Answer, str]:
    answer = engine.handle(message)
    return answer, render_text(answer)


# --- 1. who led ORG in YEAR: its head then, not another title there -----------------------


def test_who_led_an_organisation_in_a_year_is_its_head_then(engine: Engine) -> None:
    # Tomas Reyne's "Head of Catchments" is stated in 2020, newer than Orla Penhale's
    # "Chief Executive" (2018, in force until 2022): the head is the chief executive.
    answer, reply = _ask(engine, "who led the Corriemoor Water Trust in 2020?")
    assert answer.status is Status.ANSWERED, reply
    assert "Orla Penhale" in reply and "Tomas Reyne" not in reply, reply
    answer, reply = _ask(engine, "who ran the water trust in 2023")
    assert answer.status is Status.ANSWERED, reply
    assert "Tomas Reyne" in reply and "Chief Executive" in reply, reply


# --- 2. a title nobody holds there: not_found naming the titles given ---------------------


def test_a_title_nobody_holds_is_not_found_naming_the_titles_given(engine: Engine) -> None:
    # "CFO" is one letter from Morag Dunn's "COO": initials admit no typo.
    answer, reply = _ask(engine, "who is the CFO of the Fenwick Fund?")
    assert answer.status is Status.NOT_FOUND, reply
    assert "Taking" not in reply, reply
    assert "Chief Operating Officer" in reply and "Director of Grants" in reply, reply


def test_initials_one_letter_off_never_name_a_holder_on_a_command(engine: Engine) -> None:
    answer, reply = _ask(engine, "!who CFO of Fenwick Fund")
    assert answer.status is Status.NOT_FOUND and "Taking" not in reply, reply
    answer, reply = _ask(engine, "!who COO of Fenwick Fund")
    assert answer.status is Status.ANSWERED and "Morag Dunn" in reply, reply


# --- 3. a title asked without its organisation ------------------------------------------


def test_a_title_held_at_one_organisation_is_answered_without_it(engine: Engine) -> None:
    # Two people held it there, one after the other: the year says which.
    answer, reply = _ask(engine, "who was head of catchments in 2019?")
    assert answer.status is Status.ANSWERED, reply
    assert "Tomas Reyne" in reply and "Ilka Varga" not in reply, reply
    answer, reply = _ask(engine, "who was head of catchments in 2024?")
    assert answer.status is Status.ANSWERED, reply
    assert "Ilka Varga" in reply, reply


def test_a_title_held_at_several_organisations_asks_which(engine: Engine) -> None:
    answer, reply = _ask(engine, "who was volunteer coordinator in 2019?")
    assert answer.status is Status.AMBIGUOUS, reply
    assert "Corriemoor Water Trust" in reply and "Caldmoor Wildlife Tours" in reply, reply
    commands = {c.command for c in answer.choices}
    assert "who was volunteer coordinator at Caldmoor Wildlife Tours in 2019?" in commands
    picked, reply = _ask(
        engine, "who was volunteer coordinator at Caldmoor Wildlife Tours in 2019?"
    )
    assert picked.status is Status.ANSWERED and "Senga Birrell" in reply, reply


def test_a_title_after_its_organisation_is_read_from_the_titles_there(engine: Engine) -> None:
    # "Volunteer coordinator" is no title vocabulary: the titles given at the Trust say it.
    answer, reply = _ask(engine, "who was the water trust's volunteer coordinator in 2019?")
    assert answer.status is Status.ANSWERED, reply
    assert "Hamish Lorne" in reply and "Senga Birrell" not in reply, reply


# --- 4. a title in another order, with its organisation's name in it --------------------


def test_a_title_written_in_another_order_is_the_persons_title(engine: Engine) -> None:
    answer, reply = _ask(engine, "is Piet Varga still the fenwick grants director?")
    assert answer.status is Status.ANSWERED, reply
    assert "Director of Grants" in reply and "2023" in reply, reply


# --- 5. what someone did before: the career a sentence states ---------------------------


def test_what_someone_did_before_gives_the_stated_career_beside_titles(engine: Engine) -> None:
    answer, reply = _ask(engine, "what did Ilka Varga do before she became head of catchments?")
    assert answer.status is Status.ANSWERED, reply
    assert "Wetland Officer" in reply and "peat surveyor" in reply, reply
    assert len(answer.citations) == 2, reply


def test_before_the_organisation_gives_the_career_not_a_restated_title(engine: Engine) -> None:
    answer, reply = _ask(engine, "what did Ilka Varga do before the Corriemoor Water Trust?")
    assert answer.status is Status.ANSWERED, reply
    assert "peat surveyor" in reply, reply


# --- 6. a shared surname the topic settles ----------------------------------------------


def test_a_surname_is_settled_by_what_one_of_them_said(engine: Engine) -> None:
    answer, reply = _ask(engine, "which Varga talked about paying farmers for buffer strips?")
    assert answer.status is Status.ANSWERED, reply
    assert "Piet Varga" in reply and "Ilka Varga" not in reply, reply


def test_a_surname_stays_ambiguous_when_no_statement_fits(engine: Engine) -> None:
    answer, reply = _ask(engine, "which Varga talked about salmon ladders?")
    assert answer.status is Status.AMBIGUOUS, reply


# --- 7. ambiguous choices say what each one is ------------------------------------------


@pytest.mark.parametrize("message", ["where is the CWT based?", "!what CWT"])
def test_ambiguous_choices_describe_each_entry(engine: Engine, message: str) -> None:
    answer, reply = _ask(engine, message)
    assert answer.status is Status.AMBIGUOUS, reply
    assert "Inverness" in reply and "Oban" in reply, reply
    assert all(len(c.label) <= 100 for c in answer.choices)


def test_summary_clause_skips_the_name_and_cuts_at_a_word(tmp_path: Path) -> None:
    from bot.engine.details import MAX_CLAUSE_CHARS, summary_clause

    assert (
        summary_clause("The Acme Trust (AT), a Leeds-based charity, runs ferries.", ["Acme Trust"])
        == "a Leeds-based charity"
    )
    assert summary_clause("Acme Trust is a ferry operator.", ["Acme Trust"]) == "a ferry operator"
    assert summary_clause("Acme Trust.", ["Acme Trust"]) == ""
    long = summary_clause("Acme Trust, " + "a very long clause " * 10, ["Acme Trust"])
    assert len(long) <= MAX_CLAUSE_CHARS and long.endswith("…")
