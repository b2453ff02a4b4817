"""Benchmark queries with known answers, drawn from a synthetic knowledge base.

Every query carries the entity (or fact) it must find, so the benchmark can report
top-1 accuracy as well as latency. The same queries are given to the engine and to
the baselines.
"""

from __future__ import annotations

import random
import string
from typing import Any

from benchmarks.synth import SynthEntity, SynthKB
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
        {"q": q.text, "fact": q.fact_id, "expected": q.expected, "fact_text": q.fact_text}
        for q in rng.sample(kb.questions, min(count, len(kb.questions)))
    ]

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
        "handle": handle,
        "names": {e.id: e.name for e in entities},
    }
