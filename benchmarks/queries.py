"""Benchmark queries with known answers, drawn from a synthetic knowledge base.

Every query carries the entity (or fact) it must find, so the benchmark can report
top-1 accuracy as well as latency. The same queries are given to the engine and to
the baselines.
"""

from __future__ import annotations

import random
import string
from typing import Any

from benchmarks.synth import SynthEntity, SynthKB, SynthRole
from bot.search.names import max_typos
from bot.textnorm import compact, normalize

TYPO_KINDS = (
    "substitute",
    "insert",
    "delete",
    "transpose",
    "drop_space",
    "wrong_case",
    "two_edits",
)


def _edit(rng: random.Random, text: str, kind: str) -> str:
    """One edit of ``kind`` somewhere inside a word of ``text`` (never the first letter)."""
    positions = [i for i, c in enumerate(text) if c.isalpha() and i > 0 and text[i - 1] != " "]
    if not positions:
        return text
    i = rng.choice(positions)
    letters = string.ascii_lowercase
    if kind == "substitute":
        c = rng.choice([x for x in letters if x != text[i].lower()])
        return text[:i] + c + text[i + 1 :]
    if kind == "insert":
        return text[:i] + rng.choice(letters) + text[i:]
    if kind == "delete":
        return text[:i] + text[i + 1 :]
    # transpose with the next letter, when there is one
    if i + 1 < len(text) and text[i + 1].isalpha() and text[i + 1] != text[i]:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i + 1 :]


def typo(rng: random.Random, name: str, kind: str) -> str:
    if kind == "drop_space" and " " in name:
        spaces = [i for i, c in enumerate(name) if c == " "]
        i = rng.choice(spaces)
        return name[:i] + name[i + 1 :]
    if kind == "wrong_case":
        flipped = "".join(c.swapcase() if rng.random() < 0.5 else c for c in name)
        if flipped == name:
            flipped = name.swapcase()
        return _edit(rng, flipped, rng.choice(["substitute", "transpose"]))
    if kind == "two_edits":
        once = _edit(rng, name, rng.choice(["substitute", "insert", "delete", "transpose"]))
        return _edit(rng, once, rng.choice(["substitute", "insert", "delete", "transpose"]))
    return _edit(rng, name, kind)


def _labels(e: SynthEntity) -> list[str]:
    return [e.name, *e.aliases]


def make_queries(kb: SynthKB, count: int, seed: int) -> dict[str, Any]:
    """``count`` queries of each kind, reproducible from ``seed``."""
    rng = random.Random(seed + 1)
    entities = kb.entities
    taken = {normalize(label) for e in entities for label in (*_labels(e), *e.shared_aliases)}
    taken_compact = {compact(k) for k in taken}

    exact = []
    for e in rng.sample(entities, min(count, len(entities))):
        label = e.name if not e.aliases or rng.random() < 0.8 else rng.choice(e.aliases)
        exact.append({"q": label, "target": e.id})

    typos = []
    while len(typos) < count:
        e = rng.choice(entities)
        kind = TYPO_KINDS[len(typos) % len(TYPO_KINDS)]
        length = len(compact(normalize(e.name)))
        if max_typos(length) < (2 if kind == "two_edits" else 1):
            continue
        q = typo(rng, e.name, kind)
        key = normalize(q)
        # A typo that happens to spell another real name has no single right answer.
        if key == normalize(e.name) and kind not in ("drop_space", "wrong_case"):
            continue
        if key != normalize(e.name) and (key in taken or compact(key) in taken_compact):
            continue
        typos.append({"q": q, "target": e.id, "kind": kind})

    complete = []
    while len(complete) < count:
        e = rng.choice(entities)
        words = e.name.split()
        mode = rng.random()
        if mode < 0.6 or len(words) == 1:
            q = e.name[: rng.randint(1, 6)]  # the first 1-6 characters typed
            kind = f"prefix{len(q)}"
        elif mode < 0.8:
            # "Amara Oka": whole first word(s), a partial last one
            cut = rng.randint(1, len(words) - 1)
            tail = words[cut]
            q = " ".join(words[:cut]) + " " + tail[: rng.randint(1, max(1, len(tail) - 1))]
            kind = "partial_words"
        else:
            # a later word's start, as people type a surname or a distinctive word
            word = rng.choice(words[1:])
            q = word[: rng.randint(3, max(3, len(word)))]
            kind = "later_word"
        complete.append({"q": q.strip() or e.name[:1], "target": e.id, "kind": kind})

    questions = [
        {
            "q": q.text,
            "kind": "fact",
            "fact": q.fact_id,
            "expected": q.expected,
            "fact_text": q.fact_text,
        }
        for q in rng.sample(kb.questions, min(count, len(kb.questions)))
    ]
    typed = typed_questions(kb, count, random.Random(seed + 2))

    speakers = [kb.by_id[s] for s in kb.speakers]
    people = [e for e in entities if e.kind == "person"] or entities
    handle = []
    for i in range(count):
        roll = i % 20
        if roll < 6:
            e = rng.choice(entities)
            q = e.name if roll < 3 else typo(rng, e.name, rng.choice(TYPO_KINDS[:4]))
            handle.append({"q": f"!what {q}", "target": e.id, "kind": "what"})
        elif roll < 10:
            e = rng.choice(people)
            handle.append({"q": f"!who {e.name}", "target": e.id, "kind": "who"})
        elif roll < 13:
            e = rng.choice(speakers)
            handle.append({"q": f"!quote {e.name}", "target": e.id, "kind": "quote"})
        else:
            qq = rng.choice(kb.questions)
            handle.append(
                {
                    "q": f"<@123456789012345678> {qq.text}",
                    "kind": "question",
                    "fact": qq.fact_id,
                    "expected": qq.expected,
                    "fact_text": qq.fact_text,
                }
            )
    return {
        "exact": exact,
        "typo": typos,
        "complete": complete,
        "question": questions,
        "question_typed": typed,
        "handle": handle,
        "names": {e.id: e.name for e in entities},
    }


# The kinds of typed_questions, each answered from the knowledge base's structure
# (issue 10) rather than from one fact's wording.
TYPED_KINDS = ("role", "role_year", "holder_year", "list")


def typed_questions(kb: SynthKB, count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Up to ``count`` questions of each of TYPED_KINDS, with what a right answer holds.

    * role: "Who is the <title> of <org>?" -> the person who holds it now;
    * role_year: "What was <person>'s title in <year>?" -> the title in force that year,
      for people whose title changed (a year strictly between two statements, or after
      the newest);
    * holder_year: "Who was <title> of <org> in <year>?" -> the person, for a title its
      holder later left;
    * list: "Which organisations signed the <agreement>?" / "...joined the <initiative>
      as founding members?" -> every one of them.

    Each item has ``expected`` (strings the answer must all contain) and, for the role
    kinds, ``not_expected`` (a string it must not lead with: the other title).
    Only questions with one right answer are made: a (title, organisation) pair that
    two people held, or that an "appointed" fact also names, is skipped.
    """
    by_id = kb.by_id
    history: dict[str, list[SynthRole]] = {}
    for role in kb.roles:
        history.setdefault(role.entity, []).append(role)
    for roles in history.values():
        roles.sort(key=lambda r: r.date)
    holders: dict[tuple[str, str], set[str]] = {}
    for role in kb.roles:
        holders.setdefault((role.title, role.org), set()).add(role.entity)

    def single(role: SynthRole) -> bool:
        pair = (role.title, role.org)
        return holders[pair] == {role.entity} and pair not in kb.appointed

    def org_name(org_id: str) -> str:
        return by_id[org_id].name

    role, role_year, holder_year = [], [], []
    for entity_id in sorted(history):
        roles = history[entity_id]
        person = by_id[entity_id].name
        newest = roles[-1]
        if single(newest) and rng.random() < 0.5:
            role.append(
                {
                    "q": f"Who is the {newest.title} of {org_name(newest.org)}?",
                    "kind": "role",
                    "expected": [person],
                }
            )
        if len(roles) < 2:
            continue
        first, later = roles[0], roles[1]
        between = list(range(first.date.year + 1, later.date.year))
        if between and rng.random() < 0.6:
            year = rng.choice(between)
            want, other = first.title, later.title
        elif later.date.year < 2026:
            year = rng.randint(later.date.year + 1, 2026)
            want, other = later.title, first.title
        else:
            continue
        role_year.append(
            {
                "q": f"What was {person}'s title in {year}?",
                "kind": "role_year",
                "expected": [want],
                "not_expected": other,
            }
        )
        if between and single(first):
            year = rng.choice(between)
            holder_year.append(
                {
                    "q": f"Who was {first.title} of {org_name(first.org)} in {year}?",
                    "kind": "holder_year",
                    "expected": [person],
                }
            )
    lists = []
    for item in kb.lists:
        names = [org_name(m) for m in item.members]
        target = by_id[item.target].name
        if item.relation == "signed":
            q = f"Which organisations signed the {target}?"
        else:
            q = f"Which organisations joined the {target} as founding members?"
        lists.append({"q": q, "kind": "list", "expected": names})
    out = []
    for items in (role, role_year, holder_year, lists):
        out += rng.sample(items, min(count, len(items)))
    return out
