"""Property-based tests: no input makes the engine raise or reply past Discord's limits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import limits
from bot.engine.engine import Engine
from bot.render.json import render_json
from bot.render.text import render_text

PREFIXES = st.sampled_from(["", "!", "!quote ", "!what ", "!who ", "!sources ", "@bot ", "<@123> "])
NASTY = st.sampled_from(
    ["@everyone", "@here", "<@123>", "<@&9>", "**", "`", "{0}", "%s", "\x00", "\u202e", "🙂"]
)
MESSAGES = st.builds(
    lambda prefix, parts: prefix + "".join(parts),
    PREFIXES,
    st.lists(st.text(max_size=60) | NASTY, max_size=8),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(message=MESSAGES)
def test_any_message_gets_a_bounded_reply(engine: Engine, message: str) -> None:
    answer = engine.handle(message)
    reply = render_text(answer)
    assert reply.strip()
    assert len(reply) <= limits.MESSAGE_CHARS
    assert "@everyone" not in answer.text and "@here" not in answer.text
    render_json(answer)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=2_000))
def test_any_unicode_text_is_safe(engine: Engine, text: str) -> None:
    reply = render_text(engine.handle(text))
    assert len(reply) <= limits.MESSAGE_CHARS


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=st.sampled_from(["quote", "what", "who"]), text=st.text(max_size=150))
def test_autocomplete_never_raises_and_respects_limits(
    engine: Engine, command: str, text: str
) -> None:
    choices = engine.complete(command, text)
    assert len(choices) <= limits.AUTOCOMPLETE_CHOICES
    assert all(len(c.label) <= limits.AUTOCOMPLETE_CHOICE_CHARS for c in choices)
