"""``Ops``: what the running bot knows about itself, and the services that report it.

One ``Ops`` per bot. ``observe`` sees every answer sent on Discord (``bot.discord.replies``
calls it) and feeds the metrics, the in-process stats, the gaps database and the
one-line-per-answer log. ``start``/``stop`` run the optional services: the gaps writer
thread, the health endpoint and the knowledge watcher. Nothing here may stop an answer:
``observe`` never raises, and a service that fails to start is logged and skipped.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.ops.feedback import AnswerKey, answer_key
from bot.ops.gaps import RECORDED_STATUSES, GapStore
from bot.ops.metrics import Metrics, Sample
from bot.ops.snapshot import served_snapshot

if TYPE_CHECKING:
    from bot.engine.answer import Answer
    from bot.kb.loader import KnowledgeError
    from bot.ops.health import HealthServer
    from bot.ops.watch import KnowledgeWatcher
    from bot.service import KnowledgeService, ReloadFailed, ReloadResult
    from bot.settings import Settings

log = logging.getLogger(__name__)
# The one line per answer; its own logger so it can be routed or silenced alone.
answer_log = logging.getLogger("partnerbot.answers")

LOG_QUESTION_CHARS = 200


@dataclass(frozen=True, slots=True)
class AnswerEvent:
    """One answer the bot sent (or tried to send) on Discord."""

    answer: Answer
    question: str  # normalised; the only piece of the user's text that is kept
    via: str  # "prefix", "slash", "mention" or "button"
    guild_id: int | None
    channel_id: int | None
    user_id: int
    seconds: float
    delivered: bool


@dataclass(frozen=True, slots=True)
class BotHooks:
    """What the ops services need from the chat front end, handed to ``Ops.start`` by
    the front end itself (``bot.discord.ops_hooks``), so that ``bot.ops`` never imports
    discord.py.

    * ``ready()``: None when the bot can answer, else the reason (for ``/healthz``).
    * ``gateway_latency()``: seconds from the last heartbeat to its acknowledgement;
      NaN or infinity while unknown.
    * ``report_reload_failure(error, changed)``: tell the moderators that an automatic
      reload after changes to ``changed`` (paths relative to the knowledge directory)
      failed, for the files' problems or another reason (``ReloadFailed``); must not
      raise.
    """

    ready: Callable[[], str | None]
    gateway_latency: Callable[[], float]
    report_reload_failure: Callable[[KnowledgeError | ReloadFailed, list[str]], Awaitable[None]]


class Ops:
    def __init__(self, settings: Settings, service: KnowledgeService) -> None:
        self.settings = settings
        self.service = service
        self.started_at = datetime.now(UTC)
        self.metrics = Metrics()
        # The whole process (metrics, tests) and, for ``stats``, each server on its own:
        # a moderator of one server must not read what is asked in another. Direct
        # messages count under None.
        self.by_status: Counter[str] = Counter()
        self.guild_status: dict[int | None, Counter[str]] = {}
        self.guild_entities: dict[int | None, Counter[str]] = {}
        self.gaps: GapStore | None = None
        if settings.gaps_db_path is not None:
            self.gaps = GapStore(
                settings.gaps_db_path,
                retention_days=settings.gaps_retention_days,
                max_rows=settings.gaps_max_rows,
                store_user_id=settings.gaps_store_user_id,
            )
        self.health: HealthServer | None = None
        self.watcher: KnowledgeWatcher | None = None
        self._started = False
        self._stopped = False
        self._hooks: BotHooks | None = None
        self.metrics.collectors.append(self._samples)
        service.reload_listeners.append(self._on_reload)

    # --- answers --------------------------------------------------------------------------

    def vote_key(self, question: str, answer: Answer, guild_id: int | None) -> AnswerKey | None:
        """What 👍/👎 under this answer count for, or None when it gets no vote buttons:
        feedback is kept in the gaps database, so only when it is on, and only in
        servers (like gaps, nothing from direct messages is kept)."""
        if self.gaps is None or guild_id is None:
            return None
        return answer_key(question, answer)

    def observe(self, event: AnswerEvent) -> None:
        """Count, record and log one answer. Never raises."""
        try:
            self._observe(event)
        except Exception:
            log.exception("observing an answer failed")

    def _observe(self, event: AnswerEvent) -> None:
        answer = event.answer
        status = answer.status.value
        self.by_status[status] += 1
        self.guild_status.setdefault(event.guild_id, Counter())[status] += 1
        self.guild_entities.setdefault(event.guild_id, Counter()).update(answer.entities)
        self.metrics.answer(status, answer.command, event.seconds)
        if self.gaps is not None and status in RECORDED_STATUSES:
            self.gaps.record(
                event.question,
                status=status,
                command=answer.command,
                guild_id=event.guild_id,
                # A direct-message channel stands for one user: not kept.
                channel_id=event.channel_id if event.guild_id is not None else None,
                user_id=event.user_id,
            )
        if event.delivered and self.gaps is not None:
            shown = self.vote_key(event.question, answer, event.guild_id)
            if shown is not None:
                self.gaps.seen(shown.key, shown.question, shown.answer)
        answer_log.info(
            "answer",
            extra={
                "fields": {
                    "status": status,
                    "command": answer.command or "unknown",
                    "via": event.via,
                    "latency_ms": round(event.seconds * 1000, 1),
                    "guild_id": event.guild_id,
                    "channel_id": event.channel_id,
                    "delivered": event.delivered,
                    "entities": ",".join(answer.entities[:5]),
                    "question": event.question[:LOG_QUESTION_CHARS],
                }
            },
        )

    # --- reloads and gauges ---------------------------------------------------------------

    def _on_reload(self, result: ReloadResult | None, error: BaseException | None) -> None:
        self.metrics.reload(error is None)

    def _samples(self) -> list[Sample]:
        samples: list[Sample] = []
        if self._hooks is not None:
            samples.append(
                Sample(
                    "partnerbot_ready",
                    1.0 if self._hooks.ready() is None else 0.0,
                    help="1 when /healthz reports ready (gateway connected, knowledge loaded).",
                )
            )
            latency = self._hooks.gateway_latency()
            if math.isfinite(latency):
                samples.append(
                    Sample(
                        "partnerbot_gateway_latency_seconds",
                        latency,
                        help="Time between the last gateway heartbeat and its acknowledgement.",
                    )
                )
        snapshot = served_snapshot(self.service)
        if snapshot is not None:
            samples += Sample.each(
                "partnerbot_knowledge_items",
                "kind",
                snapshot.kb.counts(),
                help="Items in the served knowledge base, by kind.",
            )
            samples.append(
                Sample(
                    "partnerbot_knowledge_loaded_timestamp_seconds",
                    snapshot.loaded_at.timestamp(),
                    help="When the served knowledge base was loaded (unix time).",
                )
            )
        if self.gaps is not None:
            samples.append(
                Sample(
                    "partnerbot_gaps_recorded_total",
                    self.gaps.written,
                    "counter",
                    "Unanswered questions written to the gaps database.",
                )
            )
            samples.append(
                Sample(
                    "partnerbot_gaps_dropped_total",
                    self.gaps.dropped,
                    "counter",
                    "Unanswered questions not recorded (queue full or database failing).",
                )
            )
        return samples

    # --- services ---------------------------------------------------------------------------

    async def start(self, hooks: BotHooks) -> None:
        """Start the optional services once (``partnerbot sync`` never calls this)."""
        if self._started:
            return
        self._started = True
        self._hooks = hooks
        settings = self.settings
        if self.gaps is not None:
            self.gaps.start()
        if settings.health_port is not None:
            from bot.ops.health import HealthServer

            server = HealthServer(
                settings.health_host,
                settings.health_port,
                ready=hooks.ready,
                metrics=self.metrics,
            )
            try:
                await server.start()
                self.health = server
            except Exception:  # a port in use, an unknown host…: run without it
                log.exception(
                    "could not serve the health endpoint on %s:%s; running without it",
                    settings.health_host,
                    settings.health_port,
                )
        if settings.watch_knowledge:
            from bot.ops.watch import KnowledgeWatcher

            self.watcher = KnowledgeWatcher(
                self.service,
                debounce=settings.watch_debounce_seconds,
                on_failure=hooks.report_reload_failure,
            )
            await self.watcher.start()

    async def stop(self) -> None:
        """Stop the services; pending gap records are written first. Idempotent: a
        signal shutdown closes the bot twice (``shutdown`` and ``async with bot``)."""
        if self._stopped:
            return
        self._stopped = True
        if self.watcher is not None:
            await self.watcher.stop()
        if self.health is not None:
            await self.health.stop()
        if self.gaps is not None:
            await asyncio.to_thread(self.gaps.close)

    # --- stats ------------------------------------------------------------------------------

    def status_counts(self, guild_id: int | None) -> Counter[str]:
        """Answers by status in one server (None: direct messages) since the start."""
        return Counter(self.guild_status.get(guild_id, ()))

    def top_entities(self, guild_id: int | None, n: int = 5) -> list[tuple[str, int]]:
        """The entities asked about most in one server, with their counts."""
        counts = self.guild_entities.get(guild_id)
        return counts.most_common(n) if counts else []
