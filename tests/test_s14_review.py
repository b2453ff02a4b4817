"""What a reviewer found in session 14's change, each kind in other wording than the
cases that found it, on small invented bases.

- "when did X become <title>?": a "since / from <date>" in the title's sentence dates
  the title only inside its own clause, not "…, who farmed in Tolla from 2004"
  (``became.start_of_title``); a role's units are one lookup (``Index.units_by_role``).
"""

from __future__ import annotations

from pathlib import Path

from bot.engine.answer import Status
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
