"""The holder asked for with a role word ("who heads X?") whose title has ended, with no
later holder given, is shown as the last holder, never as the current one: "who heads
the Heat Institute?" once led with "**Priya RAMAN** — Director …" although her title
ended in January 2026 (review of issue 12: an ended role is not current)."""

from __future__ import annotations

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_CANOPY


def test_an_ended_title_is_no_current_holder() -> None:
    engine = Engine(Index(load_knowledge(KB_CANOPY)))
    reply = answered(engine, "who heads the Heat Institute?", "Priya")
    # Either the caveat before her name, or the sentence saying her title ended: never
    # her name as the holder now.
    lead = reply.split("\n", 2)[1]
    assert "no current holder" in lead or "ending" in lead or "ended" in lead, reply
    assert not lead.startswith("**Priya RAMAN** —"), reply
    current = answered(engine, "who chairs the alliance?", "Maria SANTOS")
    assert "no current holder" not in current, current
