"""The served snapshot: reloads swap it whole and keep the event loop responsive."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from bot import service as service_module
from bot.service import RELOAD_SWITCH_INTERVAL, KnowledgeService, _responsive_loop


def test_overlapping_busy_threads_restore_the_switch_interval_once() -> None:
    idle = sys.getswitchinterval()
    first, second = _responsive_loop(), _responsive_loop()
    first.__enter__()
    assert sys.getswitchinterval() == pytest.approx(min(idle, RELOAD_SWITCH_INTERVAL))
    second.__enter__()
    first.__exit__(None, None, None)  # not last in, not last out
    assert sys.getswitchinterval() == pytest.approx(min(idle, RELOAD_SWITCH_INTERVAL))
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == idle


async def test_a_reload_shortens_gil_turns_only_while_it_builds(knowledge_copy: Path) -> None:
    svc = KnowledgeService(knowledge_copy)
    svc.load()
    svc.retire_grace_seconds = 0.0
    idle = sys.getswitchinterval()
    seen: list[float] = []
    build = svc.build

    def watched_build() -> service_module.Snapshot:
        seen.append(sys.getswitchinterval())
        return build()

    svc.build = watched_build  # type: ignore[method-assign]
    old = svc.snapshot
    await svc.reload()
    assert seen == [pytest.approx(min(idle, RELOAD_SWITCH_INTERVAL))]
    assert svc.snapshot is not old
    await asyncio.gather(*svc._retiring)  # the old snapshot freed in its own thread
    assert sys.getswitchinterval() == idle


async def test_a_failed_reload_restores_the_switch_interval(knowledge_copy: Path) -> None:
    svc = KnowledgeService(knowledge_copy)
    svc.load()
    idle = sys.getswitchinterval()
    (knowledge_copy / "releases" / "broken.yaml").write_text("source: [\n", encoding="utf-8")
    with pytest.raises(Exception, match="YAML"):
        await svc.reload()
    assert sys.getswitchinterval() == idle
