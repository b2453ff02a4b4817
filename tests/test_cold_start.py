"""``partnerbot ask``'s cold start (issue 12), guarded by structure, never by a timing.

A one-shot terminal command builds its index deferred (``Index(deferred=True)``): the
name postings, the term index and the question pipeline are built, and numpy imported,
only when an answer needs them. These tests check that the heavy modules stay out of
a one-shot ``ask`` that needs none of them, that a deferred engine answers exactly as
a warm one, and that the exact-name shortcut that lets it (``NameIndex.closest``)
agrees with the full search. With plain knowledge settings, ``ask`` reads them without
pydantic-settings (``bot.knowledge_settings``); with the files in the on-disk store
(``bot.kb.store``) it neither parses YAML nor builds a pydantic schema.
``benchmarks/coldstart.py`` prints the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from bot.search.names import (
    AMBIGUITY_MARGIN,
    BEST_INEXACT_SCORE,
    MATCH_THRESHOLD,
    similarity,
)
from tests.conftest import SEED_KNOWLEDGE
from tests.kbpaths import KB_FIVE

# Modules a one-shot `ask "!quote …"` must never import: the Discord front end, ingest
# and its extractors, ops (metrics, JSON logs), numpy and the question pipeline.
NOT_FOR_A_QUOTE = (
    "discord",
    "aiohttp",
    "trafilatura",
    "pypdf",
    "charset_normalizer",
    "dateutil",
    "slugify",
    "prometheus_client",
    "pythonjsonlogger",
    "watchfiles",
    "ctypes",
    "numpy",
    "bot.ingest",
    "bot.ops",
    "bot.discord",
    "bot.engine.qa.answerer",
    "pydantic_settings",
)
# ...and a free question (which needs numpy, which imports ctypes, and the pipeline)
# still never imports the front ends, ingest or ops.
NOT_FOR_A_QUESTION = tuple(
    n for n in NOT_FOR_A_QUOTE if n not in ("numpy", "ctypes", "bot.engine.qa.answerer")
)

_PROBE = """
import contextlib, io, json, sys
from bot.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["ask", sys.argv[1]])
from bot.kb import models
built = sorted(
    name for name, cls in vars(models).items()
    if isinstance(cls, type) and issubclass(cls, models.BaseModel) and cls.__pydantic_complete__
)
print(json.dumps(
    {"code": code, "out": out.getvalue(), "modules": sorted(sys.modules), "built": built}
))
"""


def _probe(message: str, env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, message],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    return json.loads(done.stdout.splitlines()[-1])


def _ask_in_a_fresh_process(message: str) -> tuple[int, str, set[str]]:
    """(exit code, what ask printed, the modules imported) of ``partnerbot ask MESSAGE``."""
    report = _probe(message)
    return report["code"], report["out"], set(report["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


def test_a_one_shot_quote_imports_nothing_it_does_not_need() -> None:
    code, out, modules = _ask_in_a_fresh_process("!quote Jack MA")
    assert code == 0
    assert "Jack MA" in out and "Source: PR Newswire" in out
    assert _loaded(modules, NOT_FOR_A_QUOTE) == []


def test_from_the_store_a_one_shot_quote_parses_and_validates_nothing(tmp_path: Path) -> None:
    """The first ``ask`` validates the files and stores them; the next one reads them
    from the store: no PyYAML, no pydantic-settings, no pydantic schema built."""
    env = {**os.environ, "KNOWLEDGE_CACHE": "true", "KNOWLEDGE_CACHE_DIR": str(tmp_path)}
    first = _probe("!quote Jack MA", env)
    assert first["code"] == 0
    assert "yaml" in first["modules"] and "KnowledgeFile" in first["built"]
    assert [p for p in tmp_path.rglob("*") if p.is_file()]  # stored
    second = _probe("!quote Jack MA", env)
    assert second["code"] == 0 and second["out"] == first["out"]
    assert _loaded(set(second["modules"]), ("yaml", *NOT_FOR_A_QUOTE)) == []
    assert second["built"] == []


def test_a_one_shot_question_imports_only_the_engine() -> None:
    code, out, modules = _ask_in_a_fresh_process("who is the director general of UNIDO?")
    assert code == 0
    assert "LI Yong" in out
    assert "bot.engine.qa.answerer" in modules  # the pipeline was built on demand
    assert _loaded(modules, NOT_FOR_A_QUESTION) == []


def _messages(engine: Engine) -> list[str]:
    """Commands over every entity of the base, and some free questions and typos."""
    out = []
    for entity in engine.index.kb.entities.values():
        for command in ("quote", "what", "who", "timeline"):
            out.append(f"!{command} {entity.name}")
        out.append(f"!quote {entity.name.lower()[:-1]}")  # a typo: the full search
        for alias in entity.aliases:
            out.append(f"!what {alias}")
            out.append(f"!who {alias}")
    out += [
        "who is the director general of unido?",
        "when did they meet?",
        "what did jack ma say about women?",
        "!sources",
        "!help",
    ]
    return out


@pytest.mark.parametrize("directory", [SEED_KNOWLEDGE, KB_FIVE], ids=["seed", "kb_five"])
def test_a_deferred_engine_answers_as_a_warm_one(directory: Path) -> None:
    """Each message on an engine of its own, as a one-shot ``ask`` answers it: a lookup
    that reads a deferred table before building it fails only as the first message."""
    kb = load_knowledge(directory)
    warm = Engine(Index(kb))
    for message in _messages(warm):
        deferred = Engine(Index(kb, deferred=True))
        assert deferred.index._terms is None  # nothing built yet
        assert deferred.handle(message) == warm.handle(message), message


@pytest.mark.parametrize("directory", [SEED_KNOWLEDGE, KB_FIVE], ids=["seed", "kb_five"])
def test_the_exact_shortcut_agrees_with_the_search(directory: Path) -> None:
    """``closest`` answers only when the search's best matches are exact labels, and
    then with exactly the search's matches within the margin (speakers only, too)."""
    index = Index(load_knowledge(directory))
    names = index.names
    queries = {label.text for label in names.labels}
    queries |= {q.upper() for q in list(queries)} | {q.replace(" ", "") for q in list(queries)}
    answered = 0
    for query in sorted(queries):
        for allowed in (None, index.speaker_ids):
            shortcut = names.closest(query, allowed=allowed, margin=AMBIGUITY_MARGIN)
            if shortcut is None:
                continue
            answered += 1
            found = names.search(query, allowed=allowed)
            good = [m for m in found if m.score >= MATCH_THRESHOLD]
            close = [m for m in good if m.score >= good[0].score - AMBIGUITY_MARGIN]
            assert shortcut == close, query
    assert answered > len(names.labels)  # the shortcut is taken for most exact names


@pytest.mark.parametrize("directory", [SEED_KNOWLEDGE, KB_FIVE], ids=["seed", "kb_five"])
def test_no_inexact_label_scores_above_the_bound_the_shortcut_relies_on(directory: Path) -> None:
    labels = Index(load_knowledge(directory)).names.labels
    queries = {(label.key, label.compact) for label in labels}
    for key, compact_key in queries:
        for label in labels:
            if label.key != key and label.compact != compact_key:
                assert similarity(key, compact_key, label) <= BEST_INEXACT_SCORE, (key, label)
