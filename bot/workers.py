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
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from typing import Generic, TypeVar, cast

T = TypeVar("T")

# Forked workers start in milliseconds and run only the code they are handed. "spawn"
# and "forkserver" would import the caller's main script again in every worker (and
# fail outright for a script without an ``if __name__ == "__main__"`` guard), and
# start a fresh interpreter that imports pydantic and numpy, for a large share of what
# the workers save. Forking from the service's loading thread is safe here: CPython
# re-initialises its own locks (logging's included) in the child, and the child
# touches nothing another thread may hold. Elsewhere than Linux the platform's default
# method is used.
_METHOD = "fork" if sys.platform == "linux" else None
# Whether a worker starts with a copy of this process's objects (so that what it is
# handed need not be sent to it).
INHERITS_ARGUMENTS = _METHOD == "fork"


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
    """A pool of ``workers`` processes; raises OSError where processes cannot be made."""
    context = multiprocessing.get_context(_METHOD)
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)


class ProcessCall(Generic[T]):
    """``fn(*args)`` running in one worker process; ``result()`` waits for its value.

    Made the same way as the pools (forked on Linux), so the arguments are inherited
    rather than copied to the worker: only the result travels, through a pipe.
    """

    def __init__(self, fn: Callable[..., T], *args: object) -> None:
        context = multiprocessing.get_context(_METHOD)
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_call, args=(send, fn, args), daemon=True)
        self._process.start()
        send.close()  # the worker holds the other end; EOF here means it is gone

    def result(self) -> T:
        """The value, or RuntimeError if the call raised or the worker died."""
        try:
            ok, value = self._receive.recv()
        except EOFError:
            raise RuntimeError("the worker process died") from None
        finally:
            self._receive.close()
            self._process.join()
        if not ok:
            raise RuntimeError(f"the worker process failed: {value}")
        return cast("T", value)


def _call(send: Connection, fn: Callable[..., object], args: tuple[object, ...]) -> None:
    _start_worker()
    try:
        outcome: tuple[bool, object] = (True, fn(*args))
    except Exception as exc:  # reported to the caller, which decides what to do
        outcome = (False, f"{type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()
