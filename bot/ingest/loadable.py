"""Make a draft load together with the knowledge base it is written into.

A draft that breaks the base stops every later ``ingest`` and every ``check``, so the
draft is proved with the real loader (``bot.kb.loader.load_knowledge``) on a copy of
the base before it is written, and what drafting itself caused is repaired, each
repair with a review note:

* two of the draft's entities claiming one name or alias (a "memorandum of cooperation
  (MoC)" read both as an organisation "MoC" and as the agreement's alias): an entity
  that adds no name of its own is merged into the other; otherwise the alias is left to
  the entity whose name it is (or the first), and names both keep are declared shared;
* a new entity claiming a name or alias of an older entity: an alias is dropped, a name
  is declared under ``shared_aliases`` (the loader's rule: the newer file declares it);
* a quote, fact, role or summary the loader still rejects is left out.

Whatever the loader still rejects after that is an ``IngestError``: nothing is written.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ingest.errors import IngestError
from bot.kb.loader import KnowledgeError, Problem, load_knowledge
from bot.kb.models import EntityKind
from bot.textnorm import normalize

if TYPE_CHECKING:
    from bot.ingest.draft import Draft
    from bot.ingest.registry import DraftEntity

# How many times the loader is asked: each round leaves out or repairs at least one item.
_ROUNDS = 4


def _labels(entity: DraftEntity) -> list[str]:
    return [entity.name, *entity.aliases]


def _keys(entity: DraftEntity) -> set[str]:
    return {k for k in map(normalize, (*_labels(entity), *entity.shared_aliases)) if k}


def merge_entity(draft: Draft, gone: str, kept: str) -> None:
    """Point every reference to ``gone`` at ``kept`` and forget ``gone``; ``kept``
    takes the labels of ``gone`` that nothing else claims."""
    registry = draft.registry
    entity, into = registry.entities[gone], registry.entities[kept]
    registry.roles = [
        dataclasses.replace(
            r,
            entity=kept if r.entity == gone else r.entity,
            organization=kept if r.organization == gone else r.organization,
        )
        for r in registry.roles
        if {r.entity, r.organization} != {gone, kept}  # (never a role at itself)
    ]
    registry.discard(gone)
    if not into.existing:
        registry._add_aliases(into, _labels(entity))
        into.summary = into.summary or entity.summary

    def swap(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(kept if i == gone else i for i in ids))

    draft.quotes = [
        (qid, dataclasses.replace(q, speaker=kept) if q.speaker == gone else q, swap(about))
        for qid, q, about in draft.quotes
    ]
    draft.facts = [(fid, dataclasses.replace(f, about=swap(f.about))) for fid, f in draft.facts]
    draft.summaries = [(kept if e == gone else e, text) for e, text in draft.summaries]


def reconcile_claims(draft: Draft) -> None:
    """Repair every name or alias that two entities would claim undeclared (see module)."""
    registry = draft.registry
    new = [e for e in registry.entities.values() if not e.existing]
    # In the draft: an entity all of whose names another entity holds is that entity.
    for entity in new:
        if entity.id not in registry.entities or entity.kind == EntityKind.PERSON:
            continue
        mine = _keys(entity)
        holders = [
            other
            for other in registry.entities.values()
            if other.id != entity.id
            and not other.existing
            and other.kind != EntityKind.PERSON
            and mine <= _keys(other)
        ]
        if len(holders) == 1:
            merge_entity(draft, entity.id, holders[0].id)
            draft.warnings.append(
                f"{entity.name!r} was read as an entity of its own and as another name of"
                f" {holders[0].id!r}; merged into {holders[0].id!r}: split it again if they"
                " are two"
            )
    new = [e for e in registry.entities.values() if not e.existing]
    names = {normalize(e.name): e.id for e in reversed(new)}
    owners: dict[str, str] = {}
    for entity in new:
        for alias in list(entity.aliases):
            key = normalize(alias)
            owner = names.get(key) or owners.setdefault(key, entity.id)
            if owner != entity.id:
                entity.aliases.remove(alias)
                draft.warnings.append(
                    f"alias {alias!r} left out of {entity.id!r}: {owner!r} answers to it;"
                    " add it under shared_aliases of both if both should"
                )
    clashing = [ids for ids in _by_name(new).values() if len(ids) > 1]
    for ids in clashing:
        for entity_id in ids:
            entity = registry.entities[entity_id]
            if entity.name not in entity.shared_aliases:
                entity.shared_aliases.append(entity.name)
        draft.warnings.append(
            f"{' and '.join(map(repr, ids))} have one name; declared shared: merge them if they"
            " are one"
        )
    # With the knowledge base: the newer file (this one) declares what it shares.
    kb = registry.kb
    if kb is None:
        return
    claimed: dict[str, str] = {}
    for old in kb.entities.values():
        for label in (old.name, *old.aliases, *old.shared_aliases):
            claimed.setdefault(normalize(label), old.id)
    for entity in new:
        for alias in list(entity.aliases):
            other = claimed.get(normalize(alias))
            if other is not None and alias not in entity.shared_aliases:
                entity.aliases.remove(alias)
                draft.warnings.append(
                    f"alias {alias!r} left out of {entity.id!r}: {other!r} in the knowledge base"
                    " answers to it; add it under shared_aliases if both should"
                )
        other = claimed.get(normalize(entity.name))
        if other is not None and entity.name not in entity.shared_aliases:
            entity.shared_aliases.append(entity.name)
            draft.warnings.append(
                f"{entity.id!r} has the name of {other!r} in the knowledge base; declared"
                " shared: merge them if they are one"
            )


def _by_name(entities: list[DraftEntity]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entity in entities:
        found.setdefault(normalize(entity.name), []).append(entity.id)
    return found


def _copy_base(knowledge_dir: Path, copy: Path, leave_out: set[Path]) -> None:
    """``knowledge_dir`` at ``copy``, hard-linked where the file system allows (a large
    base is not copied byte by byte), without the files in ``leave_out``."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(
        knowledge_dir,
        copy,
        copy_function=link,
        ignore=lambda folder, names: [
            n for n in names if (Path(folder) / n).resolve() in leave_out
        ],
    )


def problems_with_base(
    draft: Draft,
    content: str,
    knowledge_dir: Path,
    yaml_path: Path,
    *,
    leave_out: Iterable[Path] = (),
    stand_ins: Iterable[tuple[str, str]] = (),
) -> list[Problem]:
    """The loader's problems when ``content`` (the draft's YAML, to go to ``yaml_path``)
    joins the base in ``knowledge_dir`` without the files in ``leave_out`` (replaced,
    or held back for their own problems); [] when it loads. ``stand_ins`` are (marker,
    replacement) pairs applied to every file first (an undated draft's date)."""
    leave = {p.resolve() for p in leave_out}
    try:
        rel_yaml = yaml_path.resolve().relative_to(knowledge_dir.resolve())
    except ValueError:
        rel_yaml = Path("releases") / yaml_path.name
    leave.add((knowledge_dir / rel_yaml).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "knowledge"
        if knowledge_dir.is_dir():
            _copy_base(knowledge_dir, copy, leave)
        target = copy / rel_yaml
        text = Path(os.path.normpath(target.parent / draft.text_path))
        target.parent.mkdir(parents=True, exist_ok=True)
        text.parent.mkdir(parents=True, exist_ok=True)
        text.unlink(missing_ok=True)  # a hard link to a draft's text being replaced
        text.write_text(draft.release_text, encoding="utf-8", newline="")
        target.write_text(content, encoding="utf-8")
        stand_ins = list(stand_ins)
        for path in copy.rglob("*.y*ml") if stand_ins else ():
            old = path.read_text("utf-8", "replace")
            new = old
            for marker, replacement in stand_ins:
                new = new.replace(marker, replacement)
            if new != old:
                path.unlink()  # never write through a hard link into the real base
                path.write_text(new, "utf-8")
        try:
            load_knowledge(copy, include_unreviewed=True)
        except KnowledgeError as exc:
            own = rel_yaml.as_posix()
            return [
                dataclasses.replace(p, file=str(yaml_path)) if p.file == own else p
                for p in exc.problems
            ]
    return []


def repair(draft: Draft, problems: list[Problem], yaml_path: Path) -> bool:
    """Leave out each quote, fact, role or summary of the draft a problem names, with a
    note; False when no problem could be repaired so (the caller gives up)."""
    data = draft.data()
    drop: dict[str, set[int]] = {}
    for problem in problems:
        if problem.file != str(yaml_path):
            continue
        section, _, rest = problem.location.partition("[")
        index = rest.split("]", 1)[0]
        if section in ("quotes", "facts", "roles", "summaries") and index.isdigit():
            drop.setdefault(section, set()).add(int(index))
            item = data[section][int(index)]
            what = item.get("id") or item.get("entity")
            draft.warnings.append(
                f"{section[:-1]} {what} left out: the knowledge base would not load with it"
                f" ({problem.message})"
            )
    if not drop:
        return False
    keep = lambda section, items: [x for k, x in enumerate(items) if k not in drop.get(section, ())]  # noqa: E731
    draft.quotes = keep("quotes", draft.quotes)
    draft.facts = keep("facts", draft.facts)
    draft.registry.roles = keep("roles", draft.registry.roles)
    draft.summaries = keep("summaries", draft.summaries)
    return True


def make_loadable(
    draft: Draft,
    knowledge_dir: Path,
    yaml_path: Path,
    *,
    leave_out: Iterable[Path] = (),
    stand_ins: Iterable[tuple[str, str]] = (),
) -> str:
    """The draft's YAML, repaired until it loads with the base (see module); raises
    ``IngestError`` listing the problems (file and line) it could not repair."""
    leave_out, stand_ins = list(leave_out), list(stand_ins)
    reconcile_claims(draft)
    for _ in range(_ROUNDS):
        content = draft.to_yaml()
        problems = problems_with_base(
            draft, content, knowledge_dir, yaml_path, leave_out=leave_out, stand_ins=stand_ins
        )
        if not problems:
            return content
        if not repair(draft, problems, yaml_path):
            break
    shown = "\n".join(f"  {p}" for p in problems[:10])
    raise IngestError(
        f"could not make a draft that loads with the knowledge base; nothing was written."
        f" Please report this with the release attached:\n{shown}"
    )
