"""Worker processes for the two parts of a large (re)load that can use another core.

Reading knowledge files (``bot.kb.reader``) and building the term index
(``bot.search.terms``) are pure-Python work on data that is plain to send, so on a
large knowledge base they run in worker processes. Both make them here, one way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def worker_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _start_worker() -> None:
    # A worker lives for one load and frees what it builds by reference counting. A
    # cyclic collection would only rescan its garbage, and in a forked worker it would
    # also touch, and so copy, every page of the parent's objects.
    gc.disable()


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes; raises OSError where processes cannot be made.

    Forked workers start in milliseconds and run only the code they are handed.
    "spawn" and "forkserver" would import the caller's main script again in every
    worker (and fail outright for a script without an ``if __name__ == "__main__"``
    guard), and start a fresh interpreter that imports pydantic and numpy, for a large
    share of what the workers save. Forking from the service's loading thread is safe
    here: CPython re-initialises its own locks (logging's included) in the child, and
    the child touches nothing another thread may hold. Elsewhere than Linux the
    platform's default method is used.
    """
    method = "fork" if sys.platform == "linux" else None
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)
