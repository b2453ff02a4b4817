"""Roles and people over time (session 13): kinds a newcomer's trial and blind base 22
found, checked on a small invented base in other wording.

- a title's start stated in words ("Director of Operations since 2017") counts for the
  holder in a year before the first release that gives the title;
"""

from __future__ import annotations

from pathlib import Path

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_EYECARE, KB_FIVE
from tests.tmpkb import engine_of, source_line

TRUST = (
    source_line("r1", "Brackwater Water Trust opens a second reservoir", "2022-06-01")
    + "entities:\n"
    "  - {id: bwt, name: Brackwater Water Trust, kind: organization, aliases: [BWT],"
    " summary: A regional water charity.}\n"
    "  - {id: fenn, name: Odile Fenn, kind: person,"
    " summary: Director of Operations of the Brackwater Water Trust since 2017.}\n"
    "  - {id: arlo, name: Gwen Arlo, kind: person,"
    " summary: Co-founder of the Brackwater Water Trust and a retired hydrologist.}\n"
    "  - {id: lorne, name: Piet Lorne, kind: person, summary: Finance Manager of the Trust.}\n"
    "  - {id: soto, name: Rui Soto, kind: person, summary: 'Head of Engineering at the"
    " Brackwater Water Trust, who came to the Trust from a national rail operator in 2021.'}\n"
    "roles:\n"
    "  - {entity: fenn, title: Director of Operations, organization: bwt}\n"
    "  - {entity: soto, title: Head of Engineering, organization: bwt}\n"
    "  - {entity: lorne, title: Finance Manager, organization: bwt}\n"
    "facts:\n"
    "  - {id: f1, about: [arlo, bwt], date: 2022-06-01,"
    " text: 'Gwen Arlo opened the second reservoir on June 1, 2022.'}\n"
)

HANDOVER = (
    source_line("r2", "Odile Fenn to leave the Brackwater Water Trust", "2024-02-01")
    + "summaries:\n"
    "  - {entity: lorne, text: Chief Executive of the Trust.}\n"
    "roles:\n"
    "  - {entity: fenn, title: Director of Operations, organization: bwt, ended: 2024-03-31}\n"
    "  - {entity: lorne, title: Finance Manager, organization: bwt, ended: 2024-01-31}\n"
    "  - {entity: lorne, title: Chief Executive, organization: bwt}\n"
    "facts:\n"
    "  - {id: f2, about: [lorne, bwt], date: 2024-01-15, text: 'Piet Lorne became Chief"
    " Executive of the Brackwater Water Trust on January 15, 2024.'}\n"
)


def _engine(tmp_path: Path, releases: dict[str, str]) -> Engine:
    return engine_of(tmp_path / "kb", releases)


def test_a_start_stated_in_words_dates_the_holder_in_an_earlier_year(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST})
    answer = engine.handle("who was director of operations at BWT in 2019?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Odile Fenn" in reply and "state no holder" not in reply, reply


def test_who_left_names_only_those_whose_every_title_there_ended(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST, "r2": HANDOVER})
    answer = engine.handle("who has stepped down from the Brackwater Water Trust?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Odile Fenn" in reply and "2024-03-31" in reply, reply
    assert "Piet Lorne" not in reply, reply


def test_a_co_founder_named_by_the_noun_answers_who_founded(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST})
    answer = engine.handle("who set up the BWT?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Gwen Arlo" in reply and "co-founder" in reply.casefold(), reply


def test_a_former_employer_stated_in_words_answers_before(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST})
    answer = engine.handle("which company did Rui Soto work for before the Brackwater Water Trust?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "national rail operator" in reply, reply


def test_who_was_ps_job_before_a_title_is_ps_own_earlier_title(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST, "r2": HANDOVER})
    answer = engine.handle("who was Piet Lorne's job before chief executive?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Finance Manager" in reply, reply


def test_an_ended_title_asked_now_is_not_found_with_its_last_holder() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    now = engine.handle("who heads UNIDO at present?")
    reply = render_text(now)
    assert now.status is Status.NOT_FOUND, reply
    assert "LI Yong" in reply and "2021" in reply, reply
    plain = engine.handle("who is UNIDO's director general?")
    assert plain.status is Status.ANSWERED, render_text(plain)


def test_a_title_in_a_year_names_its_organisation_in_full() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    answer = engine.handle("what was Li Yong's position back in 2019?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "United Nations Industrial Development Organization (UNIDO)" in reply, reply


def test_a_title_never_held_shows_the_persons_own_titles() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    answer = engine.handle("when was Daniel Hartmann made chair of the academy board?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply  # a premise contradicted (session 17)
    assert "President, Digital Trade Alliance" in reply, reply


def test_a_shared_acronym_with_a_holder_at_each_owner_is_ambiguous() -> None:
    engine = Engine(Index(load_knowledge(KB_EYECARE)))
    answer = engine.handle("who is in charge of NEF?")
    reply = render_text(answer)
    assert answer.status is Status.AMBIGUOUS, reply
    assert "Northern Eye Foundation" in reply and "Nyasa" in reply, reply


def test_a_word_of_one_owners_name_after_a_shared_acronym_settles_it() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    answer = engine.handle("give me the history of the DTA trust")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert reply.startswith("**Timeline: Development Trust for Africa**"), reply


def test_joining_is_not_a_later_titles_start(tmp_path: Path) -> None:
    engine = _engine(tmp_path, {"r1": TRUST, "r2": HANDOVER})
    answer = engine.handle("when did Piet Lorne join the Brackwater Water Trust?")
    reply = render_text(answer)
    assert answer.status is Status.NOT_FOUND, reply
    assert "Finance Manager" in reply, reply


def test_what_a_release_says_of_a_title_is_no_quote_request() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    answer = engine.handle("what did the 2021 release say about Lina Ma's job?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Programme Director" in reply, reply
