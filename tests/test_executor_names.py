"""The executor mixins share one class (``bot.engine.qa.executors.Executors``), so two of
them defining a method of the same name silently shadow one another: in session 13 a new
``_first_named`` in ``FunderAnswers`` replaced ``StatedCountAnswers._first_named`` and 559
tests failed with "something went wrong". This fails on any such pair instead."""

from __future__ import annotations

from collections import defaultdict

from bot.engine.qa.executors import Executors
from bot.engine.qa.executors.base import ExecutorBase


def test_no_two_executor_mixins_define_the_same_name() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for cls in Executors.__mro__:
        if cls in (Executors, ExecutorBase, object) or not issubclass(cls, ExecutorBase):
            continue
        for name, value in vars(cls).items():
            method = callable(value) or isinstance(value, (property, staticmethod, classmethod))
            if method and not (name.startswith("__") and name.endswith("__")):
                owners[name].append(cls.__name__)
    shared = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert not shared, shared
