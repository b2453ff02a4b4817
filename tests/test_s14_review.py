"""What a reviewer found in session 14's change, each kind in other wording than the
cases that found it, on small invented bases.

- "how many <noun> were <asked>?" answered by a share only when the words asked beyond
  the counted phrase stand in the share's clause outside its "of" phrase
  (``percentages.count_as_share``).
- "the latest grant" answers its sum only when an amount is asked, not "how long did it
  last?" or "which programme got it?" (``commitments.asks_newest_commitment``).
- ingest: a title with its organisation's acronym before a name is read from a bounded
  tail of its clause (``acronym_titles._MAX_CLAUSE_CHARS``).
- a country written only inside a longer name ("Jordan Pike", "New Jersey") is no
  country asked (``countries.countries_asked``, yes/no per country and arrivals).
- successions ("when was B replaced by A?"): the passive swaps who left and who came, and
  only B's later holders of the same title (by words or initials) are named
  (``unheld_titles.unheld_succession``); "why" asks a reason, not this list.
- "when did X become <title>?": a "since / from <date>" in the title's sentence dates
  the title only inside its own clause, not "…, who farmed in Tolla from 2004"
  (``became.start_of_title``); a role's units are one lookup (``Index.units_by_role``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_MENTORS = (
    source_line("m1", "Harrow Guild opens TeachNorth", "2019-05-02") + "entities:\n"
    "  - {id: guild, name: Harrow Guild, kind: organization, summary: A teachers' union.}\n"
    "  - {id: tn, name: TeachNorth, kind: initiative, summary: A mentoring scheme run by"
    " the Harrow Guild.}\n"
    "  - {id: osei, name: Abena Osei, kind: person, summary: Lead Coordinator of TeachNorth.}\n"
    "roles:\n"
    "  - {entity: osei, title: Lead Coordinator of TeachNorth, organization: guild}\n"
    "facts:\n"
    "  - id: osei_bio\n"
    "    about: [osei, tn]\n"
    "    text: Abena Osei is Lead Coordinator of TeachNorth, who farmed in the Tolla valley"
    " from 2004 to 2008 before training as a teacher.\n"
)


def test_title_start_stays_in_its_clause(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"m1": _MENTORS})
    reply = ask(engine, "Since when has Abena Osei been Lead Coordinator of TeachNorth?")
    assert "2004" not in reply.reply
    assert reply.status is Status.NOT_FOUND


def test_units_of_role_is_a_lookup(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"m1": _MENTORS})
    index = engine.index
    from bot.engine.qa.executors.became import units_of_role

    role = next(r for roles in index.roles_by_entity.values() for r in roles)
    assert units_of_role(index, role) == ["tn"]
    assert "units_by_role" in vars(index)


_CLINICS = (
    source_line("c1", "MediLink results", "2022-03-01") + "entities:\n"
    "  - {id: ml, name: MediLink, kind: initiative, summary: A nurse-training programme.}\n"
    "facts:\n"
    "  - id: men\n"
    "    about: [ml]\n"
    "    text: According to the review, 38 per cent of MediLink-licensed nurses are men.\n"
    "  - id: rural\n"
    "    about: [ml]\n"
    "    text: According to the review, 71 per cent of the nurses it trained were still"
    " working in rural clinics three years later.\n"
)


def test_count_as_share_needs_the_asked_words_outside_its_noun(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"c1": _CLINICS})
    # "licensed" is only in the share's own noun ("MediLink-licensed nurses"): the share
    # of men says nothing of how many were licensed.
    reply = ask(engine, "How many nurses were licensed?")
    assert "38 per cent" not in reply.reply
    # Asked of what the share's clause says, the share answers.
    reply = ask(engine, "How many nurses were still working in rural clinics?")
    assert "71 per cent" in reply.reply


def _release(source_id: str, date: str, roles: str) -> str:
    entities = (
        "entities:\n"
        "  - {id: kelpie, name: Kelpie Trust, kind: organization, summary: A river charity.}\n"
        "  - {id: ada, name: Ada Rusk, kind: person, summary: A river warden.}\n"
        "  - {id: ben, name: Ben Tolland, kind: person, summary: A river warden.}\n"
        "  - {id: cara, name: Cara Quist, kind: person, summary: A river warden.}\n"
        "  - {id: dan, name: Dan Aske, kind: person, summary: A river warden.}\n"
    )
    return (
        source_line(source_id, f"Kelpie Trust news {date}", date)
        + (entities if source_id == "k1" else "")
        + "roles:\n"
        + roles
    )


_SUCCESSION = {
    "k1": _release(
        "k1",
        "2014-03-01",
        "  - {entity: ada, title: Chief Executive, organization: kelpie}\n"
        "  - {entity: dan, title: Finance Director, organization: kelpie}\n",
    ),
    "k2": _release(
        "k2",
        "2017-03-01",
        "  - {entity: ada, title: Chief Executive, organization: kelpie, ended: 2016-12-31}\n"
        "  - {entity: ben, title: Chief Executive, organization: kelpie}\n"
        "  - {entity: dan, title: Finance Director, organization: kelpie}\n",
    ),
    "k3": _release(
        "k3",
        "2021-03-01",
        "  - {entity: ben, title: Chief Executive, organization: kelpie, ended: 2020-12-31}\n"
        "  - {entity: cara, title: CEO, organization: kelpie}\n"
        "  - {entity: dan, title: Finance Director, organization: kelpie}\n",
    ),
}


def test_a_passive_succession_names_only_later_holders_of_the_same_title(
    tmp_path: Path,
) -> None:
    engine = engine_of(tmp_path, _SUCCESSION)
    # Passive: Ben left, Dan is asked as his successor; the title went to Cara (written
    # "CEO"), never to Ada, who held it before Ben.
    reply = ask(engine, "When was Ben Tolland replaced by Dan Aske?")
    assert reply.status is Status.ANSWERED, reply.reply  # a premise contradicted
    assert "never give Dan Aske" in reply.reply, reply.reply
    assert "Cara Quist" in reply.reply and "Ada Rusk" not in reply.reply, reply.reply
    # A reason asked is no date asked: the list of successors does not answer it.
    reply = ask(engine, "Why did Dan Aske replace Ben Tolland?")
    assert "never give Dan Aske" not in reply.reply, reply.reply


@pytest.fixture(scope="module")
def wells(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    # The WellSpring base of session 14's figure tests: four Calder grants over 2017-2025.
    from tests.test_s14_figures import _RELEASES

    return engine_of(tmp_path_factory.mktemp("wells"), _RELEASES)


@pytest.mark.parametrize(
    "question",
    [
        "How long did the most recent grant from the Calder Foundation last?",
        "Which programme got the newest grant from the Calder Foundation?",
    ],
)
def test_the_newest_grant_answers_only_an_amount_asked(wells: Engine, question: str) -> None:
    reply = ask(wells, question)
    assert "(the newest, as of" not in reply.reply, reply.reply


def test_the_newest_grant_still_answers_its_amount(wells: Engine) -> None:
    reply = ask(wells, "How much was the Calder Foundation's latest grant?")
    assert "**1.5 million** (the newest" in reply.reply, reply.reply


def test_a_title_with_an_acronym_is_read_from_a_bounded_clause() -> None:
    import time

    from bot.ingest.acronym_titles import title_with_acronym_before

    plain = "Chief Engineer of the Northmoor Canal and Lock Trust (NCLT) "
    assert title_with_acronym_before(plain) == (
        "Chief Engineer",
        "Northmoor Canal and Lock Trust",
    )
    # A very long comma-free clause before it (a pasted table, a run-on list): the scan
    # is bounded, and the title right before the name is still read.
    long = "of the Aaa Bbb " * 3000 + plain
    started = time.perf_counter()
    found = title_with_acronym_before(long)
    assert time.perf_counter() - started < 0.3
    assert found is not None and found[1] == "Northmoor Canal and Lock Trust"


_FARMLINK = (
    source_line("f1", "FarmLink recognised", "2021-06-01") + "entities:\n"
    "  - {id: fl, name: FarmLink, kind: initiative, summary: A farm-advice hotline.}\n"
    "  - {id: pike, name: Jordan Pike, kind: person, summary: A farm adviser.}\n"
    "facts:\n"
    "  - id: rec\n"
    "    about: [fl]\n"
    "    text: FarmLink's advice cards are recognised by Kenya's Ministry of Agriculture.\n"
)


def test_a_country_inside_a_person_s_name_is_no_country_asked(tmp_path: Path) -> None:
    from bot.engine.qa.executors.countries import countries_asked

    assert countries_asked("did Chad Okoro visit kenya?") == ["kenya"]
    assert countries_asked("is it sold in New Jersey?") == []
    assert countries_asked("Is it used in Jordan?") == ["Jordan"]
    engine = engine_of(tmp_path, {"f1": _FARMLINK})
    reply = ask(engine, "Are FarmLink's advice cards recognised by Jordan Pike?")
    assert "don't say that of Jordan" not in reply.reply, reply.reply


def test_a_false_premise_reply_never_echoes_the_read_forms_of_its_words() -> None:
    """The premise's words as read ("withdraw of" for "pull out of") never reach the reply."""
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.render.text import render_text
    from bot.search.index import Index
    from tests.kbpaths import SEED_KNOWLEDGE

    engine = Engine(Index(load_knowledge(SEED_KNOWLEDGE)))
    reply = render_text(engine.handle("why did unido pull out of the ewtp?"))
    assert "no fact I have supports the question's premise" in reply, reply
    assert "withdraw of" not in reply, reply
