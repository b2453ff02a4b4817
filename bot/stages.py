"""Where a snapshot build spends its CPU time, stage by stage (for the benchmarks).

``recording()`` collects, for the thread that enters it, the CPU seconds
(``time.thread_time``: this thread only, so other threads and neighbouring processes on
a shared machine do not count) spent in each ``stage(name)`` entered meanwhile. Outside
a recording ``stage`` costs one attribute read. A stage entered inside another is
counted in both: names with a dot ("names.labels") are parts of the stage before it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_local = threading.local()


@contextmanager
def recording() -> Iterator[dict[str, float]]:
    """Record this thread's stages into the yielded dict: {stage name: CPU seconds}, in
    the order the stages were first entered."""
    times: dict[str, float] = {}
    outer = getattr(_local, "times", None)
    _local.times = times
    try:
        yield times
    finally:
        _local.times = outer


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Count the CPU time of the block under ``name`` when this thread is recording."""
    times: dict[str, float] | None = getattr(_local, "times", None)
    if times is None:
        yield
        return
    times.setdefault(name, 0.0)  # listed in the order entered, a stage before its parts
    started = time.thread_time()
    try:
        yield
    finally:
        times[name] += time.thread_time() - started
