"""The package's layers: which subpackage may import which (design.md, "Layers").

Every ``import`` in ``bot/`` counts, including lazy ones inside functions and those under
``TYPE_CHECKING``: a cycle that only type checkers see is still a cycle a newcomer has
to untangle in their head.
"""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from collections.abc import Mapping, Set
from pathlib import Path

import bot

PACKAGE = Path(bot.__file__).parent


def _layer(module: str) -> str:
    """``bot.ops.gaps`` -> ``bot.ops``; third-party ``discord.ext`` -> ``discord``."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "bot" else parts[0]


@functools.cache
def _imports() -> dict[str, frozenset[str]]:
    """layer -> the other layers (and ``discord``) its modules import.

    Parsed once per test process (every module of ``bot/``, some 3 MB of source): the
    tests below only read the graph, and the package does not change during a run.
    """
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(("bot", *path.relative_to(PACKAGE).with_suffix("").parts))
        module = module.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in ("bot", "discord"):
                    source, target = _layer(module), _layer(name)
                    if source != target:
                        graph[source].add(target)
    return {layer: frozenset(targets) for layer, targets in graph.items()}


def _cycle(graph: Mapping[str, Set[str]]) -> list[str] | None:
    """One import cycle between layers, as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_ops_never_imports_discord() -> None:
    """bot/ops/ runs the production services; the Discord front end hands it BotHooks."""
    imported = _imports().get("bot.ops", frozenset())
    assert not imported & {"discord", "bot.discord", "bot.cli"}, sorted(imported)


def test_engine_and_knowledge_never_import_a_front_end() -> None:
    for layer in ("bot.engine", "bot.kb", "bot.search", "bot.ingest"):
        imported = _imports().get(layer, frozenset())
        assert not imported & {"discord", "bot.discord", "bot.cli", "bot.ops"}, (layer, imported)


def test_no_import_cycle_between_layers() -> None:
    assert _cycle(_imports()) is None


def test_the_cycle_check_finds_a_cycle() -> None:
    """The check itself can fail: a made-up graph with a cycle is caught."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycle(graph) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
