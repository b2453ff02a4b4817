"""Measure ``partnerbot ingest`` against hand-written gold: how much a reviewer must fix.

Usage::

    uv run python benchmarks/ingest_eval.py RELEASES_DIR GOLD.json [--knowledge DIR] [-v]

``RELEASES_DIR`` holds releases in any format ingest reads (.txt, .html, .eml, .pdf).
``GOLD.json`` maps each file name to what a careful reviewer would write::

    {"acme.txt": {
        "date": "2024-03-06",            # or null when the release gives none
        "city": "London",                # the dateline city, or null
        "publisher": "PR Newswire",
        "quotes": [{"start": "We are delighted", "speaker": "Jane Doe"}],
        "roles": [{"person": "Jane Doe", "title": "CEO", "organization": "Acme Corp."}],
        "acronyms": [{"short": "WTO", "long": "World Trade Organization"}],
        "partners": ["Acme Corp.", "Globex Ltd."]}}

Each release is ingested, in file-name order, into a scratch copy of the knowledge base
(the bundled one unless ``--knowledge``), as a team would add them one after another.
The figures printed (matching is case-, accent- and punctuation-blind, see
``bot.textnorm.normalize``):

* drafts: releases that gave a draft (the rest raised an error);
* quotes, right speaker: gold quotes found (by their opening words) with the gold speaker;
* roles on the right person: gold roles whose person has a role with that title (either
  contains the other) at that organisation (name or alias; either contains the other);
* partners found: gold partner names that are an entity's name or alias (corporate
  suffixes aside: "Acme" is "Acme, Inc.");
* acronyms linked: the short form is an alias (or a declared shared alias) of the entity
  with the long name;
* metadata: date, dateline city and publisher, three fields a release (a publisher is
  matched corporate suffixes and a leading "The" aside, as partners are, and is also
  right when the draft declares the gold as another name of the same organisation:
  "VDF" for "Velmont Development Fund", an acronym the release defines);
* differences: the number of the gold items above the draft gets wrong (what a reviewer
  would have to fix), per release with ``-v``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bot.ingest import IngestError, ingest_file
from bot.ingest.draft import Draft
from bot.ingest.entities import core_key
from bot.paths import bundled_knowledge_dir
from bot.textnorm import normalize

SUFFIXES = {".txt", ".html", ".htm", ".eml", ".pdf"}


@dataclass
class Tally:
    """Right / total per measure, and the differences per release."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    differences: dict[str, list[str]] = field(default_factory=dict)

    def count(self, measure: str, ok: bool, release: str, what: str) -> None:
        self.total[measure] = self.total.get(measure, 0) + 1
        self.right[measure] = self.right.get(measure, 0) + ok
        if not ok:
            self.differences.setdefault(release, []).append(f"{measure}: {what}")


def _near(a: str | None, b: str | None) -> bool:
    """Equal, or one contains the other, after normalising (None matches only None)."""
    if a is None or b is None:
        return a is None and b is None
    na, nb = normalize(a), normalize(b)
    return bool(na and nb) and (na == nb or na in nb or nb in na)


def _labels(draft: Draft, entity_id: str | None) -> list[str]:
    if entity_id is None or entity_id not in draft.registry.entities:
        return []
    entity = draft.registry.entities[entity_id]
    return [entity.name, *entity.aliases]


def _same_name(draft: Draft, entity_id: str | None, gold: str) -> bool:
    return any(normalize(label) == normalize(gold) for label in _labels(draft, entity_id))


def _same_publisher(draft: Draft, got: str | None, gold: str | None) -> bool:
    """The gold publisher, or another name the draft itself declares for the same
    organisation: "VDF" is right for "Velmont Development Fund" when the
    draft's entity carries both (the release defined the acronym). A leading "The" and a
    corporate suffix aside, as for partners: "Acme Toys Inc." is "Acme Toys"."""
    if normalize(got or "") == normalize(gold or ""):
        return True
    if not got or not gold:
        return False
    if core_key(got) == core_key(gold):
        return True
    return any(
        {normalize(got), normalize(gold)} <= {normalize(label) for label in (e.name, *e.aliases)}
        for e in draft.registry.entities.values()
    )


def score(name: str, draft: Draft, gold: dict, tally: Tally) -> None:
    meta = draft.meta
    date = meta.date.isoformat() if meta.date else None
    tally.count("metadata", date == gold.get("date"), name, f"date {date} != {gold.get('date')}")
    city = meta.dateline.city if meta.dateline else None
    tally.count(
        "metadata",
        normalize(city or "") == normalize(gold.get("city") or ""),
        name,
        f"city {city} != {gold.get('city')}",
    )
    tally.count(
        "metadata",
        _same_publisher(draft, meta.publisher, gold.get("publisher")),
        name,
        f"publisher {meta.publisher} != {gold.get('publisher')}",
    )
    for quote in gold.get("quotes", []):
        start = normalize(quote["start"])
        found = [q for _, q, _ in draft.quotes if normalize(q.text).startswith(start)]
        ok = bool(found) and _same_name(draft, found[0].speaker, quote["speaker"])
        got = _labels(draft, found[0].speaker)[:1] if found else ["(no quote)"]
        tally.count(
            "quotes", ok, name, f"{quote['start'][:30]!r} by {got[0]}, not {quote['speaker']}"
        )
    people = {e.id: e for e in draft.registry.entities.values() if str(e.kind) == "person"}
    for role in gold.get("roles", []):
        person = next((pid for pid in people if _same_name(draft, pid, role["person"])), None)
        ok = False
        got = []
        for r in draft.registry.roles:
            if r.entity != person:
                continue
            org_labels = _labels(draft, r.organization)
            got.append(f"{r.title} / {org_labels[0] if org_labels else None}")
            org_ok = (
                any(_near(label, role.get("organization")) for label in org_labels)
                if role.get("organization")
                else True
            )
            ok = ok or (_near(r.title, role["title"]) and org_ok)
        tally.count(
            "roles",
            ok,
            name,
            f"{role['person']}: {role['title']} / {role.get('organization')} (got {got or 'none'})",
        )
    entities = list(draft.registry.entities.values())
    for partner in gold.get("partners", []):
        # "Fortress Biotech" is "Fortress Biotech, Inc.": the registry's own core key.
        ok = any(
            normalize(label) == normalize(partner) or core_key(label) == core_key(partner)
            for e in entities
            for label in (e.name, *e.aliases)
        )
        tally.count("partners", ok, name, f"no entity {partner!r}")
    for acronym in gold.get("acronyms", []):
        ok = any(
            # (A shared alias is an alias the entity declares it shares with an older one.)
            (_near(e.name, acronym["long"]) and acronym["short"] in (*e.aliases, *e.shared_aliases))
            or (e.name == acronym["short"] and any(_near(a, acronym["long"]) for a in e.aliases))
            for e in entities
        )
        tally.count("acronyms", ok, name, f"{acronym['short']} not linked to {acronym['long']!r}")


def run(releases: Path, gold_path: Path, knowledge: Path, verbose: bool) -> Tally:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "knowledge"
        if knowledge.is_dir():
            shutil.copytree(knowledge, scratch)
        for name in sorted(gold):
            path = releases / name
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                print(f"{name}: missing or not a release file", file=sys.stderr)
                tally.count("drafts", False, name, "missing")
                continue
            # One file per release, named after it: two releases on one day about the
            # same parties would otherwise want the same default id.
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            try:
                written = ingest_file(path, scratch, out=scratch / "releases" / f"eval-{slug}.yaml")
            except IngestError as exc:
                tally.count("drafts", False, name, f"no draft: {exc}")
                continue
            tally.count("drafts", True, name, "")
            score(name, written.draft, gold[name], tally)
    if verbose:
        for name, diffs in sorted(tally.differences.items()):
            print(f"{name}: {len(diffs)} difference(s)")
            for diff in diffs:
                print(f"  - {diff}")
    return tally


def report(tally: Tally, releases: int) -> None:
    labels = {
        "drafts": "releases with a draft",
        "quotes": "quotes, right speaker",
        "roles": "roles on the right person",
        "partners": "partners found",
        "acronyms": "acronyms linked",
        "metadata": "metadata fields right",
    }
    for key, label in labels.items():
        total = tally.total.get(key, 0)
        right = tally.right.get(key, 0)
        share = f"{100 * right / total:5.1f}%" if total else "    -"
        print(f"{label:28} {right:4} / {total:<4} {share}")
    diffs = sum(len(d) for d in tally.differences.values())
    print(
        f"{'draft-vs-gold differences':28} {diffs:4}   ({diffs / max(releases, 1):.1f} a release)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--knowledge", type=Path, default=bundled_knowledge_dir())
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    tally = run(args.releases, args.gold, args.knowledge, args.verbose)
    report(tally, tally.total.get("drafts", 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
