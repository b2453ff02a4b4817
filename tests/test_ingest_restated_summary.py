"""A later release's "About X" boilerplate restates X's summary under `summaries:`
(issue 12: summaries restated by a later release, older files untouched), so the
figures it updates ("now 61 reefs") are served as the newest, and an unchanged one is
not restated."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.engine.engine import Engine
from bot.ingest import ingest_file
from bot.kb.loader import load_knowledge
from bot.search.index import Index

FIRST = """\
BERGEN, Norway, May 4, 2023 /PRNewswire/ -- The Skarv Reef Trust and Nordhavn Diving \
today launched Reefwatch, a volunteer survey of cold-water coral reefs.

"Divers see what satellites cannot," said Ola Brekke, Director of the Skarv Reef Trust.

About the Skarv Reef Trust
The Skarv Reef Trust is a charity in Bergen that protects cold-water coral reefs. \
Founded in 2009, it has mapped 40 reefs. For more information, visit www.skarv.example.

About Nordhavn Diving
Nordhavn Diving is a dive school in Bergen. Visit www.nordhavn.example.
"""

SECOND = """\
BERGEN, Norway, June 2, 2024 /PRNewswire/ -- The Skarv Reef Trust and Nordhavn Diving \
today extended Reefwatch to the Lofoten coast.

"We are going north," said Ola Brekke, Director of the Skarv Reef Trust.

About the Skarv Reef Trust
The Skarv Reef Trust is a charity in Bergen that protects cold-water coral reefs. \
Founded in 2009, it has mapped 61 reefs. For more information, visit www.skarv.example.

About Nordhavn Diving
Nordhavn Diving is a dive school in Bergen. Visit www.nordhavn.example.
"""


def _reviewed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"reviewed: false", "reviewed: true", text), encoding="utf-8")


def test_a_later_about_paragraph_restates_the_summary_and_serves_its_figure(
    tmp_path: Path,
) -> None:
    kb_dir = tmp_path / "kb"
    releases = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        written = ingest_file(tmp_path / name, kb_dir)
        _reviewed(written.yaml_path)
        releases.append(written)
    data = yaml.safe_load(releases[1].yaml_path.read_text(encoding="utf-8"))
    restated = {s["entity"]: s["text"] for s in data.get("summaries", [])}
    # The Trust's boilerplate changed (61 reefs): restated; the dive school's did not.
    trust = next(e for e in restated if "skarv" in e)
    assert "61 reefs" in restated[trust]
    assert not any("nordhavn" in e for e in restated)
    assert any("restated" in note for note in releases[1].draft.notes)
    # The older file is untouched, and the newest summary is what the bot shows.
    assert "61 reefs" not in releases[0].yaml_path.read_text(encoding="utf-8")
    engine = Engine(Index(load_knowledge(kb_dir)))
    card = engine.handle("!what Skarv Reef Trust").text
    assert "61 reefs" in card
    if "40 reefs" in card:  # the older summary, shown as dated history after the newest
        assert card.index("61 reefs") < card.index("40 reefs")
    answer = engine.handle("how many reefs has the Skarv Reef Trust mapped?").text
    assert "61" in answer.split("\n")[0] + answer.split("\n")[1], answer


def test_an_about_heading_without_the_legal_suffix_restates_the_summary(tmp_path: Path) -> None:
    # A newcomer's e-mail headed its boilerplate "About Corvid Aviation" for the entity
    # "Corvid Aviation Ltd" an earlier release declared: nothing was restated.
    first = FIRST.replace("Nordhavn Diving", "Nordhavn Diving Ltd")
    second = SECOND.replace(
        "Nordhavn Diving is a dive school in Bergen.",
        "Nordhavn Diving Ltd is a dive school in Bergen with 12 instructors.",
    )
    kb_dir = tmp_path / "kb"
    written = None
    for name, text in (("first.txt", first), ("second.txt", second)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        written = ingest_file(tmp_path / name, kb_dir)
        _reviewed(written.yaml_path)
    assert written is not None
    data = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    restated = {s["entity"]: s["text"] for s in data.get("summaries", [])}
    diving = next((e for e in restated if "nordhavn" in e), None)
    assert diving is not None and "12 instructors" in restated[diving], data
