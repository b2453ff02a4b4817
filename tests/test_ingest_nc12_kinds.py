"""The other kinds of review edit a newcomer's three community-radio releases needed
(newcomer trial nc12), each on an invented release in other wording:

* a fact whose date is a subordinate clause's ("The partnership, launched in March
  2021, is extended to March 2027" was dated 2021-03) or that holds two times ("its
  Executive Director since 2015, will become Chair on 1 February 2025");
* drafted summaries: never "(as of DATE)" (the README says so), and a sentence, not a
  fragment ("Open Airwaves Partnership, a three-year programme …");
* back-references after an opening phrase ("Since its launch, the partnership …") and
  definite subjects that name nothing ("The stations now reach …", "The news hub …");
* the media contact printed on one line ("Name, Title, Organisation");
* `partnerbot check`'s verdict and its list of drafts, each on a line of its own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.ingest import build_draft, ingest_file

RELEASE = """\
Kestrel Folk Trust and Tarn Valley Council renew the Riverside Sessions

TARNBY, United Kingdom, 12 September 2024 -- The Kestrel Folk Trust (KFT) and the Tarn \
Valley Council today renewed the Riverside Folk Festival, a summer festival for young \
folk musicians in the Tarn valley.

The festival, founded in June 2019, is renewed until June 2029. Ada Lind, its Artistic \
Director since 2019, will become Chair of the Kestrel Folk Trust on 1 October 2024. \
Since its first season, the festival has staged 140 concerts. The venues now seat 9,000 \
people a season. The rehearsal barn at Marrow Mill opened in May 2023.

"Young players need a stage before they need a contract," said Tom Reyes, Director of \
Culture at the Tarn Valley Council.

Press contact:
Nell Garrow, Communications Officer, KFT
press@kft.example
"""


def _facts(draft) -> dict[str, dict]:
    return {f["text"]: f for f in draft.data()["facts"]}


def _fact(draft, opening: str) -> tuple[str, dict]:
    fid, found = next((fid, f) for fid, f in draft.facts if f.text.startswith(opening))
    return fid, {"date": found.date, "about": found.about}


def test_a_date_in_a_clause_set_off_by_commas_does_not_date_the_fact() -> None:
    draft = build_draft(RELEASE)
    fid, fact = _fact(draft, "The festival, founded in June 2019")
    assert fact["date"] is None, fact
    assert any(fid in n and "founded in June 2019" in n for n in draft.notes), draft.notes


def test_a_fact_with_two_times_is_left_undated_with_a_note_to_split_it() -> None:
    draft = build_draft(RELEASE)
    fid, fact = _fact(draft, "Ada Lind, its Artistic Director since 2019")
    assert fact["date"] is None, fact
    assert any(fid in n and "split" in n for n in draft.notes), draft.notes


def test_a_fact_dated_by_its_main_clause_keeps_its_date() -> None:
    draft = build_draft(RELEASE)
    _, fact = _fact(draft, "The rehearsal barn at Marrow Mill opened")
    assert fact["date"] == "2023-05", fact


def test_drafted_summaries_are_sentences_without_an_as_of_date() -> None:
    draft = build_draft(RELEASE)
    entities = {e["id"]: e for e in draft.data()["entities"]}
    assert not any("(as of" in e["summary"] for e in entities.values()), entities
    reyes = entities["tom-reyes"]["summary"]
    assert reyes.startswith("Director of Culture"), reyes
    festival = next(e for e in entities.values() if e["name"] == "Riverside Folk Festival")
    # "Riverside Folk Festival, a summer festival …" is a fragment; a summary is a sentence.
    assert festival["summary"].startswith("The Riverside Folk Festival is a summer festival")


def test_back_references_after_an_opening_phrase_or_by_an_unnamed_subject_are_flagged() -> None:
    draft = build_draft(RELEASE)
    flagged = {
        fid: note
        for note in draft.notes
        for fid, _ in draft.facts
        if fid in note and "starts with" in note
    }
    for opening in ("Since its first season", "The venues now seat", "The rehearsal barn"):
        fid, fact = _fact(draft, opening)
        assert fid in flagged, (opening, draft.notes)
        assert fact["about"], fact  # linked to what the sentences before are about
    assert "Since its first season, the festival" in flagged[_fact(draft, "Since its")[0]]


def test_a_named_subject_is_not_flagged() -> None:
    draft = build_draft(RELEASE)
    fid, _ = _fact(draft, "The Kestrel Folk Trust (KFT) and the Tarn")
    assert not any(fid in n and "starts with" in n for n in draft.notes), draft.notes


def test_a_one_line_media_contact_is_a_person_with_a_role() -> None:
    draft = build_draft(RELEASE)
    roles = {(r["entity"], r["title"]): r for r in draft.data()["roles"]}
    contact = roles[("nell-garrow", "Communications Officer")]
    assert draft.registry.entities[contact["organization"]].name == "Kestrel Folk Trust"


def test_check_prints_its_verdict_and_the_drafts_on_lines_of_their_own(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    ingest_file(release, tmp_path / "kb")
    # stdout and stderr into one pipe, as a script or CI log reads them.
    run = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--knowledge", str(tmp_path / "kb")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    lines = run.stdout.splitlines()
    verdict = next(k for k, line in enumerate(lines) if line.startswith("Valid, but not ready"))
    listed = next(k for k, line in enumerate(lines) if "unreviewed draft(s)" in line)
    assert verdict < listed, run.stdout
    assert lines[listed].startswith("1 unreviewed draft(s)"), run.stdout
    # Joined as two captured strings, the list still opens on a line of its own.
    out = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--knowledge", str(tmp_path / "kb")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "facts1 unreviewed" not in out.stdout.strip() + out.stderr
