"""Reload the knowledge base when its files change (``WATCH_KNOWLEDGE=true``).

watchfiles reports changes in the knowledge directory; once the directory has been
quiet for ``WATCH_DEBOUNCE_SECONDS`` (a ``git pull`` writes many files), the watcher
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
from bot.service import KnowledgeService

log = logging.getLogger(__name__)

# Longest time changes are grouped while files keep changing, whatever the debounce.
MAX_GROUPING_SECONDS = 30.0

OnFailure = Callable[[KnowledgeError, list[str]], Awaitable[None]]


class KnowledgeWatcher:
    def __init__(
        self,
        service: KnowledgeService,
        *,
        debounce: float = 1.0,
        on_failure: OnFailure | None = None,
    ) -> None:
        self.service = service
        self.directory = Path(service.directory).resolve()
        self.debounce = debounce
        self.on_failure = on_failure
        self.reloads = 0
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self._task is not None:
            return
        self._stop.clear()
        self._task = asyncio.create_task(self._run(), name="partnerbot-knowledge-watcher")
        # The task's first step creates the OS watch (awatch builds it before its first
        # await), so from here on every change is seen.
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

    async def _run(self) -> None:
        quiet_ms = max(10, int(self.debounce * 1000))
        try:
            # step: the quiet time that ends a group of changes (our debounce);
            # debounce: the longest a group may grow while files keep changing.
            async for changes in awatch(
                self.directory,
                watch_filter=DefaultFilter(),
                step=quiet_ms,
                debounce=max(quiet_ms, int(MAX_GROUPING_SECONDS * 1000)),
                stop_event=self._stop,
                rust_timeout=max(1000, quiet_ms * 2),
            ):
                await self.reload(sorted(self._names(changes)))
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
        except KnowledgeError as exc:
            log.warning(
                "automatic reload after changes to %s failed with %d problem(s); "
                "still serving the old knowledge base",
                shown,
                len(exc.problems),
            )
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
