"""The models the loader makes ahead, while other files are still being read
(``_ParsedFile.premake``), never change what a load gives: the same knowledge base, or
the same problems, as making every model in the checks between files.

The base mixes every way an item can end up citing something other than its own file's
source: a fact, a role and a summary naming another release, a quote found in another
release's text, a file without a source, and (for the problems) a source id declared
twice and an unreviewed draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.kb import loader
from bot.kb.loader import KnowledgeError, load_knowledge

ORCHARD = """\
source:
  id: orchard-cooperative-harvest
  title: Orchard cooperative opens cider press
  publisher: Valley Wire
  date: 2021-09-14
  dateline: {city: Hollin, country: Wales}
  text: ../sources/orchard.txt
entities:
- id: hollin-orchard-cooperative
  name: Hollin Orchard Cooperative
  kind: organization
  summary: A growers' cooperative in the Hollin valley.
  aliases: [HOC]
- id: bryn-talfryn
  name: Bryn Talfryn
  kind: person
  summary: Press manager of the Hollin Orchard Cooperative.
roles:
- {entity: bryn-talfryn, title: Press Manager, organization: hollin-orchard-cooperative}
- entity: bryn-talfryn
  title: Apprentice Presser
  organization: hollin-orchard-cooperative
  source: millstone-grant-award
  current: false
quotes:
- id: talfryn-first-pressing
  speaker: bryn-talfryn
  text: The first pressing smells of the whole valley
  about: [hollin-orchard-cooperative]
- id: talfryn-grant-thanks
  speaker: bryn-talfryn
  text: The grant bought our second press
  source: millstone-grant-award
facts:
- id: press-opened
  text: The Hollin Orchard Cooperative opened a cider press in September 2021.
  about: [hollin-orchard-cooperative]
- id: grant-spent
  text: The Millstone grant paid for the cooperative's second press.
  about: [hollin-orchard-cooperative, millstone-trust]
  source: millstone-grant-award
  date: 2020-05
summaries:
- entity: millstone-trust
  text: A rural trust that funds small food producers.
  source: millstone-grant-award
"""

ORCHARD_TEXT = "HOLLIN, Wales. The first pressing smells of the whole valley, said Bryn Talfryn.\n"

MILLSTONE = """\
source:
  id: millstone-grant-award
  title: Millstone Trust funds orchard press
  publisher: Valley Wire
  date: 2020-05-02
  dateline: {city: Hollin, country: Wales}
  text: ../sources/millstone.txt
entities:
- id: millstone-trust
  name: Millstone Trust
  kind: organization
  summary: A trust for small food producers.
facts:
- id: grant-awarded
  text: The Millstone Trust awarded the Hollin Orchard Cooperative a grant.
  about: [millstone-trust, hollin-orchard-cooperative]
"""

MILLSTONE_TEXT = (
    "HOLLIN, Wales. \u201cThe grant bought our second press,\u201d said the cooperative.\n"
)

SHARED = """\
entities:
- id: hollin-valley
  name: Hollin Valley
  kind: place
  summary: A valley of orchards.
"""


def _write(root: Path, extra: dict[str, str] | None = None) -> Path:
    (root / "releases").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "entities").mkdir()
    (root / "sources" / "orchard.txt").write_text(ORCHARD_TEXT, encoding="utf-8")
    (root / "sources" / "millstone.txt").write_text(MILLSTONE_TEXT, encoding="utf-8")
    (root / "releases" / "orchard.yaml").write_text(ORCHARD, encoding="utf-8")
    (root / "releases" / "millstone.yaml").write_text(MILLSTONE, encoding="utf-8")
    (root / "entities" / "valley.yaml").write_text(SHARED, encoding="utf-8")
    for name, text in (extra or {}).items():
        (root / "releases" / name).write_text(text, encoding="utf-8")
    return root


def _without_premade(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader._ParsedFile, "premake", lambda self: None)


def test_a_load_gives_the_same_models_with_or_without_premade_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _write(tmp_path)
    premade = load_knowledge(root)
    with monkeypatch.context() as patch:
        _without_premade(patch)
        plain = load_knowledge(root)
    assert premade == plain
    # Field by field too, with the fields set (what model_dump would not show).
    for kind in ("roles", "quotes", "facts", "summaries"):
        ours, theirs = getattr(premade, kind), getattr(plain, kind)
        assert [m.__dict__ for m in ours] == [m.__dict__ for m in theirs], kind
        assert [m.model_fields_set for m in ours] == [m.model_fields_set for m in theirs]
    # The items naming the other release cite it, not their own file's source.
    assert {f.id: f.source for f in premade.facts}["grant-spent"] == "millstone-grant-award"
    quote = {q.id: q for q in premade.quotes}["talfryn-grant-thanks"]
    assert quote.source == "millstone-grant-award"
    assert quote.position == MILLSTONE_TEXT.index("The grant")
    ended = [r for r in premade.roles if r.title == "Apprentice Presser"]
    assert [r.source for r in ended] == ["millstone-grant-award"]


def test_a_duplicate_source_id_reports_the_same_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A second file claims the orchard release's id: its items may not cite it.
    twin = ORCHARD.replace("orchard.txt", "millstone.txt").replace("press-opened", "press-twin")
    twin = twin.replace("talfryn-", "twin-").replace("grant-spent", "grant-twin")
    root = _write(tmp_path, {"zz-twin.yaml": twin})
    with pytest.raises(KnowledgeError) as premade:
        load_knowledge(root)
    with monkeypatch.context() as patch:
        _without_premade(patch)
        with pytest.raises(KnowledgeError) as plain:
            load_knowledge(root)
    assert premade.value.problems == plain.value.problems
    assert any("duplicate source id" in p.message for p in premade.value.problems)


def test_a_draft_held_back_leaves_the_same_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = MILLSTONE.replace(
        "  text: ../sources/millstone.txt", "  text: ../sources/millstone.txt\n  reviewed: false"
    )
    draft = draft.replace("millstone-grant-award", "millstone-draft").replace(
        "grant-awarded", "draft-fact"
    )
    draft = draft.replace("id: millstone-trust", "id: millstone-trust-draft")
    draft = draft.replace("name: Millstone Trust", "name: Millstone Draft Fund")
    draft = draft.replace("about: [millstone-trust,", "about: [millstone-trust-draft,")
    root = _write(tmp_path, {"draft.yaml": draft})
    premade = load_knowledge(root)
    with monkeypatch.context() as patch:
        _without_premade(patch)
        plain = load_knowledge(root)
    assert premade == plain
    assert premade.held_back == ("millstone-draft",)
