"""Worker processes for the parts of a large (re)load that can use another core.

Reading knowledge files (``bot.kb.reader``), building the term index
(``bot.search.terms``) and the name index's postings (``bot.search.names``) are work on
data that is plain to send, so on a large knowledge base they run in worker processes.
All make them here, one way.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import signal
import sys
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Generic, TypeVar, cast

# Covariant: a call only hands out its value, so any ProcessCall[T] is a
# ProcessCall[object], as the registry of live calls (_calls) holds them.
T_co = TypeVar("T_co", covariant=True)

# Forked workers start in milliseconds and run only the code they are handed. "spawn"
# and "forkserver" would import the caller's main script again in every worker (and
# fail outright for a script without an ``if __name__ == "__main__"`` guard), and
# start a fresh interpreter that imports pydantic and numpy, for a large share of what
# the workers save. Forking from the service's loading thread is safe here: CPython
# re-initialises its own locks (logging's included) in the child, the child touches
# nothing another thread may hold, and _start_worker undoes the signal handling it
# inherits. Elsewhere than Linux the platform's default method is used.
_METHOD = "fork" if sys.platform == "linux" else None
# Whether a worker starts with a copy of this process's objects (so that what it is
# handed need not be sent to it).
INHERITS_ARGUMENTS = _METHOD == "fork"
# More workers than this only add memory and start-up time to a load.
MAX_WORKERS = 8


def worker_count() -> int:
    """The cores this process may use: its CPU affinity, within any cgroup CPU quota."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    # A container limited to 2 CPUs on a 64-core host still sees 64 in its affinity.
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cores = min(cores, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, min(cores, MAX_WORKERS))


def _start_worker() -> None:
    # A worker lives for one load and frees what it builds by reference counting. A
    # cyclic collection would only rescan its garbage, and in a forked worker it would
    # also touch, and so copy, every page of the parent's objects.
    gc.disable()
    # A forked worker inherits the bot's signal handling: asyncio's wakeup fd (a signal
    # sent to the worker would reach the bot's event loop and start its shutdown) and
    # handlers that do nothing in the worker. Terminating a worker must end it, and
    # Ctrl-C is the bot's to handle: it stops the workers it no longer needs.
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# Every pool and single call still alive, so that a shutdown can stop them all at once
# (kill_all): nothing else holds a reference to them outside the build that made them.
_pools: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()
_calls: weakref.WeakSet[ProcessCall[object]] = weakref.WeakSet()


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes; raises OSError where processes cannot be made."""
    context = multiprocessing.get_context(_METHOD)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)
    _pools.add(pool)
    return pool


def kill_all() -> int:
    """Kill every worker process of every live pool and call; returns how many.

    For a shutdown or an abandoned build: the build that owns them sees its pool break
    (or its call's worker die) and stops waiting for them. Without this, interpreter
    exit would wait for each pool's running batch to finish.
    """
    killed = 0
    for pool in list(_pools):
        # ProcessPoolExecutor has no public way to stop running work before 3.14
        # (terminate_workers); its process table is the documented-in-source one.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.kill()
                killed += 1
    for call in list(_calls):
        if call._process.is_alive():
            call._process.kill()
            killed += 1
    return killed


class ProcessCall(Generic[T_co]):
    """``fn(*args)`` running in one worker process; ``result()`` waits for its value.

    Made the same way as the pools (forked on Linux), so the arguments are inherited
    rather than copied to the worker: only the result travels, through a pipe. Call
    ``result()`` or ``cancel()`` exactly once: a worker whose result nobody reads waits
    to send it.
    """

    def __init__(self, fn: Callable[..., T_co], *args: object) -> None:
        context = multiprocessing.get_context(_METHOD)
        self._receive, send = context.Pipe(duplex=False)
        try:
            self._process = context.Process(
                target=_call, args=(self._receive, send, fn, args), daemon=True
            )
            self._process.start()
        except BaseException:
            self._receive.close()
            raise
        finally:
            send.close()  # the worker holds the other end; EOF here means it is gone
        _calls.add(self)

    def result(self) -> T_co:
        """The value, or RuntimeError if the call raised or the worker died."""
        if self._receive.closed:
            raise RuntimeError("the result was already taken or cancelled")
        try:
            ok, value = self._receive.recv()
        except EOFError:
            raise RuntimeError("the worker process died") from None
        finally:
            self._receive.close()
            self._process.join()
        if not ok:
            raise RuntimeError(f"the worker process failed: {value}")
        return cast("T_co", value)

    def cancel(self) -> None:
        """Stop the worker and forget its result."""
        if not self._receive.closed:
            self._receive.close()
        self._process.kill()
        self._process.join()


def _call(
    receive: Connection, send: Connection, fn: Callable[..., object], args: tuple[object, ...]
) -> None:
    # The worker's copy of the reading end is closed, so that if the caller goes away
    # the worker's send fails instead of waiting for a reader forever.
    receive.close()
    _start_worker()
    try:
        outcome: tuple[bool, object] = (True, fn(*args))
    except Exception as exc:  # reported to the caller, which decides what to do
        outcome = (False, f"{type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()
