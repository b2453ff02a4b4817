"""Reload the knowledge base when its files change (``WATCH_KNOWLEDGE=true``).

watchfiles reports changes in the knowledge directory; once the directory has been
quiet for ``WATCH_DEBOUNCE_SECONDS`` (a ``git pull`` writes many files), or
``MAX_GROUPING_SECONDS`` after the first change while files keep changing, the watcher
reloads through the same validate-then-swap path as ``!reload``
(``KnowledgeService.reload``): a broken edit leaves the old knowledge base serving. The
outcome is logged; a failure is also posted to ``MOD_LOG_CHANNEL_ID`` when it is set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from watchfiles import Change, DefaultFilter, awatch

from bot.kb.loader import KnowledgeError
from bot.service import KnowledgeService, ReloadFailed

log = logging.getLogger(__name__)

# Longest time changes are grouped while files keep changing, whatever the debounce.
MAX_GROUPING_SECONDS = 30.0
# How often watchfiles hands over what it saw; the debounce itself is ours (see _run).
_POLL_MS = 50

# Told of a failed automatic reload: the files' problems, or a build that failed for
# another reason (out of memory, unreadable, timed out, refused for lack of memory).
OnFailure = Callable[[KnowledgeError | ReloadFailed, list[str]], Awaitable[None]]


class KnowledgeWatcher:
    def __init__(
        self,
        service: KnowledgeService,
        *,
        debounce: float = 1.0,
        max_wait: float = MAX_GROUPING_SECONDS,
        on_failure: OnFailure | None = None,
    ) -> None:
        self.service = service
        self.directory = Path(service.directory).resolve()
        self.debounce = debounce
        self.max_wait = max_wait
        self.on_failure = on_failure
        self.reloads = 0
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self._task is not None:
            return
        self._stop.clear()
        batches: asyncio.Queue[set[str]] = asyncio.Queue()
        # The reader's first step creates the OS watch (awatch builds it before its first
        # await), so after one turn of the loop every change is seen.
        reader = asyncio.create_task(self._read(batches), name="partnerbot-watch-reader")
        self._task = asyncio.create_task(
            self._run(batches, reader), name="partnerbot-knowledge-watcher"
        )
        await asyncio.sleep(0)
        log.info(
            "watching %s for changes (reload after %.2f s of quiet)",
            self.directory,
            self.debounce,
        )

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        self._stop.set()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task

    async def _run(self, batches: asyncio.Queue[set[str]], reader: asyncio.Task[None]) -> None:
        """Group changes into bursts and reload once per burst.

        The quiet time is measured here, not by watchfiles: watchfiles ends a group when
        its *set* of changes stops growing, and rewriting the same file again and again
        does not grow it, so it would reload every ``step`` while a file is still being
        written. watchfiles only delivers raw batches (every ``_POLL_MS`` at most)."""
        loop = asyncio.get_running_loop()
        get: asyncio.Future[set[str]] | None = None
        try:
            while True:
                get = asyncio.ensure_future(batches.get())
                done, _ = await asyncio.wait({get, reader}, return_when=asyncio.FIRST_COMPLETED)
                if get not in done:  # the reader ended: stopped, or failed (logged)
                    get.cancel()
                    return
                changed = get.result()
                first = last = loop.time()
                while (wait := min(last + self.debounce, first + self.max_wait) - loop.time()) > 0:
                    try:
                        changed |= await asyncio.wait_for(batches.get(), wait)
                    except TimeoutError:
                        break
                    last = loop.time()
                await self.reload(sorted(changed))
        finally:
            if get is not None:
                get.cancel()
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader

    async def _read(self, batches: asyncio.Queue[set[str]]) -> None:
        try:
            async for changes in awatch(
                self.directory,
                watch_filter=DefaultFilter(),
                step=_POLL_MS,
                debounce=_POLL_MS * 4,
                stop_event=self._stop,
                rust_timeout=1000,
            ):
                batches.put_nowait(self._names(changes))
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("the knowledge watcher stopped; use !reload after changes")

    def _names(self, changes: set[tuple[Change, str]]) -> set[str]:
        names = set()
        for _, path in changes:
            try:
                names.add(Path(path).relative_to(self.directory).as_posix())
            except ValueError:
                names.add(Path(path).name)
        return names

    async def reload(self, changed: list[str]) -> None:
        """Reload after ``changed`` files changed; log and report, never raise."""
        self.reloads += 1
        shown = ", ".join(changed[:5]) + (
            f" and {len(changed) - 5} more" if len(changed) > 5 else ""
        )
        try:
            result = await self.service.reload()
        except (KnowledgeError, ReloadFailed) as exc:
            if isinstance(exc, KnowledgeError):
                log.warning(
                    "automatic reload after changes to %s failed with %d problem(s); "
                    "still serving the old knowledge base",
                    shown,
                    len(exc.problems),
                )
            else:  # the service has logged it at ERROR, with its cause
                log.warning("automatic reload after changes to %s failed: %s", shown, exc)
            if self.on_failure is not None:
                try:
                    await self.on_failure(exc, changed)
                except Exception:
                    log.exception("could not report the failed automatic reload")
            return
        except Exception:
            log.exception("automatic reload after changes to %s crashed", shown)
            return
        log.info("automatic reload after changes to %s succeeded: %s", shown, result.describe())
