"""The executor mixins share helpers only through what pyright can see.

Each executor is a mixin of one ``Executors`` class; a helper one mixin calls on another
must be declared on ``ExecutorBase`` (or live in a public module), or the dependency is
hidden and a type checker cannot catch a rename.
"""

from __future__ import annotations

import re
from pathlib import Path

EXECUTORS = Path(__file__).resolve().parents[1] / "bot" / "engine" / "qa" / "executors"


def test_no_executor_hides_a_dependency_behind_type_ignore() -> None:
    hidden = [
        f"{path.name}:{n}"
        for path in sorted(EXECUTORS.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"type:\s*ignore\[(?:attr-defined|no-untyped-def)\]", line)
    ]
    assert hidden == []


def test_no_executor_imports_another_executors_private_names() -> None:
    private = re.compile(r"^from bot\.engine\.qa\.executors\.(\w+) import (.+)$", re.MULTILINE)
    found = []
    for path in sorted(EXECUTORS.glob("*.py")):
        for module, names in private.findall(path.read_text(encoding="utf-8")):
            if module == "base":
                continue
            found += [
                f"{path.name}: {module}.{n.strip()}"
                for n in names.strip("()").split(",")
                if n.strip().startswith("_")
            ]
    assert found == []


def test_shared_helpers_are_declared_on_the_base() -> None:
    from bot.engine.qa.executors.base import ExecutorBase

    for name in ("_dated", "_when", "_fact_on_title", "_asked_titles", "facts", "news"):
        assert hasattr(ExecutorBase, name), name


def test_no_two_executors_define_the_same_method() -> None:
    """The mixins share one namespace: a second ``_names`` silently replaces the first
    for every executor, wherever it sits in the class order. Only ``ExecutorBase``'s
    declarations may be implemented again, once."""
    import ast
    from collections import defaultdict

    owners: dict[str, list[str]] = defaultdict(list)
    for path in sorted(EXECUTORS.glob("*.py")):
        if path.name == "base.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(
                        item, ast.FunctionDef | ast.AsyncFunctionDef
                    ) and not item.name.startswith("__"):
                        owners[item.name].append(f"{path.name}:{node.name}")
    assert {name: where for name, where in owners.items() if len(where) > 1} == {}


def test_warm_builds_every_table_an_executor_caches() -> None:
    """A ``cached_property`` of the executors is a table over the whole base (every
    entity, fact or quote): built on the first question, that user pays for a scan of
    up to 100,000 entities. ``Executors.warm`` must build each one beforehand."""
    from functools import cached_property

    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    engine.warm()
    run = engine.questions.run
    cached = [
        name
        for klass in type(run).__mro__
        for name, value in vars(klass).items()
        if isinstance(value, cached_property)
    ]
    assert cached
    assert [name for name in cached if name not in vars(run)] == []


# Word sets defined twice before this check existed, to be folded into
# ``bot/engine/qa/vocabulary.py`` when their modules are next touched.
_KNOWN_TWICE = frozenset(
    {
        frozenset("has have had".split()),
        frozenset("is are was were".split()),
        frozenset("last latest newest recent".split()),
        frozenset("if total altogether overall cumulative".split()),
        frozenset("chair chairman chairwoman chairperson".split()),
    }
)


def test_no_word_list_is_defined_twice() -> None:
    """A private copy of a word list drifts from the shared one (a word added to one is
    missing from the other): each list is defined once, in ``qa/vocabulary.py`` or the
    module that owns it, and imported elsewhere."""
    import ast
    from collections import defaultdict

    engine = EXECUTORS.parents[1]
    where: dict[frozenset[str], list[str]] = defaultdict(list)
    for path in sorted(engine.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            call = node.value
            if not (isinstance(call.func, ast.Name) and call.func.id == "frozenset"):
                continue
            arg = call.args[0] if call.args else None
            if (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Attribute)
                and arg.func.attr == "split"
                and isinstance(arg.func.value, ast.Constant)
                and isinstance(arg.func.value.value, str)
            ):
                words = frozenset(arg.func.value.value.split())
                where[words].append(f"{path.name}:{node.lineno}")
    twice = {
        " ".join(sorted(words)): places
        for words, places in where.items()
        if len(places) > 1 and words not in _KNOWN_TWICE
    }
    assert twice == {}
