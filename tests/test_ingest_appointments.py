"""Leadership-change releases (newcomer trial nc12): the NEW titles are drafted as roles
and the old ones restated as ended, a title the base already places stays there, and the
person's summary is restated.

The newcomer's e-mail ("Margaret Osei … will become Chair of the Board on 1 February
2025. Samuel Achterberg, previously Head of Training, succeeds her as Executive Director
from the same date"; "Professor Amara Nwosu, who was Dean of the School of Journalism
until December 2024, has become Pro-Vice-Chancellor for Civic Engagement") was drafted
with the old titles only, no note, and the Dean at the issuer. These releases are
invented, in other wording: "take over as", "takes over from him as", "moves from … to",
"steps down as", "has been appointed", a possessive owner ("the Guild's Treasurer").
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.ingest import build_draft, ingest_file
from bot.kb.loader import load_knowledge

CHANGE = """\
Harrow Valley Choirs Guild names new President

STANBRIDGE, United Kingdom, 3 March 2026 -- The Harrow Valley Choirs Guild (HVCG) today \
announced that Helga Brandt, its Treasurer since 2018, will take over as President on \
1 April 2026. Idris Kamara, previously Head of Outreach, takes over from her as \
Treasurer from the same date.

Dr. Lena Okoye moves from Director of Music to Deputy Vice-Chancellor of Kestrel \
University, the university confirmed. Ravi Menon steps down as Secretary of the Harrow \
Valley Choirs Guild on 31 March 2026.

"Singing together is how a valley talks to itself," said Helga Brandt.
"""


def _roles(draft) -> dict[tuple[str, str], dict]:
    return {(r["entity"], r["title"]): r for r in draft.data()["roles"]}


def test_new_titles_are_roles_and_the_old_ones_end_the_day_before() -> None:
    draft = build_draft(CHANGE)
    roles = _roles(draft)
    president = roles[("helga-brandt", "President")]
    assert "ended" not in president and president.get("current", True), roles
    assert draft.registry.entities[president["organization"]].name.startswith("Harrow Valley")
    # Her old title ends the day before the new one starts.
    assert roles[("helga-brandt", "Treasurer")]["ended"] == "2026-03-31", roles
    # "takes over from her as Treasurer from the same date": the successor holds it, and
    # the title he leaves ends then too.
    treasurer = roles[("idris-kamara", "Treasurer")]
    assert "ended" not in treasurer and treasurer["organization"] == president["organization"]
    assert roles[("idris-kamara", "Head of Outreach")]["ended"] == "2026-03-31", roles


def test_moves_from_and_steps_down_end_the_title_left() -> None:
    draft = build_draft(CHANGE)
    roles = _roles(draft)
    okoye_new = roles[("lena-okoye", "Deputy Vice-Chancellor")]
    assert draft.registry.entities[okoye_new["organization"]].name == "Kestrel University"
    left = roles[("lena-okoye", "Director of Music")]
    assert left.get("current") is False or left.get("ended"), roles
    # "steps down as Secretary … on 31 March 2026": the date is the end itself.
    assert roles[("ravi-menon", "Secretary")]["ended"] == "2026-03-31", roles


def test_each_change_has_a_review_note_and_the_summary_shows_the_new_title() -> None:
    draft = build_draft(CHANGE)
    notes = [n for n in draft.notes if "leadership change" in n]
    assert any("'helga-brandt'" in n and "President" in n for n in notes), draft.notes
    assert any("'idris-kamara'" in n for n in notes), draft.notes
    helga = next(e for e in draft.data()["entities"] if e["id"] == "helga-brandt")
    assert helga["summary"].startswith("President"), helga
    assert "former Treasurer" in helga["summary"]


def test_an_owner_written_as_a_possessive_is_the_organisation() -> None:
    draft = build_draft(
        "Tarn Estuary Alliance appoints officers\n\n"
        "KESWICK, United Kingdom, 9 May 2025 -- The Tarn Estuary Alliance today held its"
        " first assembly. Dr. Wren Hollis was appointed the Alliance's first Executive"
        " Director, and Omar Sayed became Chair of the Alliance's Board on 9 May 2025.\n"
    )
    roles = _roles(draft)
    alliance = draft.registry.find("Tarn Estuary Alliance")
    assert roles[("wren-hollis", "Executive Director")]["organization"] == alliance, roles
    assert roles[("omar-sayed", "Chair of the Board")]["organization"] == alliance, roles


def test_a_sentence_without_a_change_verb_drafts_no_change() -> None:
    draft = build_draft(
        "Kestrel Trust opens a library\n\n"
        "OBAN, United Kingdom, 2 June 2025 -- The Kestrel Trust today opened a library in"
        " Oban. It was named after the town's first librarian.\n\n"
        '"Books belong to everyone," said Ana Ruiz, Director of the Kestrel Trust.\n'
    )
    assert not [n for n in draft.notes if "leadership change" in n]
    assert _roles(draft)[("ana-ruiz", "Director")].get("current", True) is True


# A base where an earlier, reviewed release places the Dean at the university, then a
# release by another issuer that names the title without its organisation.
FIRST = """\
Kestrel University and Tarn Radio launch a newsroom

TARNBY, United Kingdom, 4 May 2022 -- Kestrel University and Tarn Radio today launched \
the Tarn Newsroom, a student newsroom for the Tarn valley.

"Students learn by publishing," said Professor Ines Alder, Dean of the Faculty of Law \
at Kestrel University.
"""

SECOND = """\
Tarn Radio names a new Chair

TARNBY, United Kingdom, 10 February 2025 -- Tarn Radio today announced that Professor \
Ines Alder, who was Dean of the Faculty of Law until January 2025, has become Chair of \
its Editorial Board.

"Tarn Radio has always been a school for me," said Professor Alder.
"""


def _reviewed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"reviewed: false", "reviewed: true", text), encoding="utf-8")


def test_a_title_the_base_places_stays_there_and_the_summary_is_restated(
    tmp_path: Path,
) -> None:
    kb_dir = tmp_path / "kb"
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    first = ingest_file(tmp_path / "first.txt", kb_dir)
    _reviewed(first.yaml_path)
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    second = ingest_file(tmp_path / "second.txt", kb_dir)
    data = yaml.safe_load(second.yaml_path.read_text(encoding="utf-8"))
    roles = {(r["entity"], r["title"]): r for r in data["roles"]}
    dean = roles[("ines-alder", "Dean of the Faculty of Law")]
    # The base's earlier release says where the Dean is: not the issuer, Tarn Radio.
    assert dean["organization"] == "kestrel-university", roles
    assert str(dean["ended"]) == "2025-01", roles
    chair = roles[("ines-alder", "Chair of the Editorial Board")]
    assert chair["organization"] == "tarn-radio" and "ended" not in chair, roles
    assert not any("'ines-alder' (Dean" in n and "assumed" in n for n in second.draft.notes)
    # The base's summary ("Dean of the Law School …") would stay the newest: restated.
    restated = {s["entity"]: s["text"] for s in data.get("summaries", [])}
    assert restated["ines-alder"].startswith("Chair of the Editorial Board"), restated
    _reviewed(second.yaml_path)
    load_knowledge(kb_dir)  # the draft loads with the base


def test_a_title_added_alongside_does_not_end_the_one_held() -> None:
    draft = build_draft(
        "Kestrel Trust names a chair\n\n"
        "OBAN, United Kingdom, 2 June 2025 -- The Kestrel Trust today announced that Ana"
        " Ruiz, its Director since 2020, will also become Chair of the Kestrel Trust on 1 July"
        ' 2025.\n\n"We grow," said Ana Ruiz.\n'
    )
    roles = _roles(draft)
    assert "ended" not in roles[("ana-ruiz", "Director")], roles
    assert roles[("ana-ruiz", "Director")].get("current", True) is True
    assert ("ana-ruiz", "Chair") in roles, roles


def test_an_honorific_before_the_appointed_person_drafts_one_person() -> None:
    # "named Prof. X as its new <title>": the honorific is written, not the name.
    text = (
        "Ostwick Seed Library names new curator\n\n"
        "HALBERG, Norway, 9 May 2026 -- The Ostwick Seed Library has named Prof. Tamsin "
        "Achebe-Rolt as its new curator, effective 1 June 2026.\n\n"
        '"Seeds are letters to the next century," said Tamsin Achebe-Rolt.\n'
    )
    draft = build_draft(text)
    ids = {e["id"] for e in draft.data()["entities"]}
    assert "tamsin-achebe-rolt" in ids, ids
    assert not any(i.startswith("prof") for i in ids), ids
    roles = _roles(draft)
    assert any(e == "tamsin-achebe-rolt" for e, _ in roles), roles


def test_who_steps_down_in_a_relative_clause_is_the_name_before_who() -> None:
    # ("X replaces Y, who is stepping down": Y leaves; X's new title stays current.)
    text = (
        "Brackwater Canal Society names new director\n\n"
        "TELLBY, United Kingdom, 2 June 2025 -- The Brackwater Canal Society has named "
        "Dr. Hollis Ambrose as its new director, effective 1 July 2025.\n\n"
        "Ambrose, formerly a lock keeper, replaces Maren Quist, who is stepping down "
        "after six years.\n"
    )
    draft = build_draft(text)
    held = [r for r in draft.data()["roles"] if r["entity"] == "hollis-ambrose"]
    assert held and all(r.get("current", True) and "ended" not in r for r in held), held
    assert not any("'hollis-ambrose' leaves" in n for n in draft.notes), draft.notes
