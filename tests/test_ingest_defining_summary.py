"""A summary read from a defining sentence needs one that says what the thing is ("X is a
builder of …", "X was founded in …"), never a copula of the day's news ("X is pleased to
announce …", "X is publishing the same announcement …"), which then went into the draft
with no review note (review of session 9)."""

from __future__ import annotations

import pytest

from bot.ingest import build_draft

_RELEASE = (
    "GENVALE, Aldoria, 14 April 2004 - The Harbour Fund and NORDA today signed a"
    " memorandum of understanding on port data.\n\n"
    "Globex Corporation is pleased to support the memorandum with its own port records.\n\n"
    "NORDA is publishing the same announcement on its own site.\n\n"
    "Kestrel Maritime University is a public university based in Genvale.\n\n"
    "Kestrel Maritime University will train the port staff.\n"
)


@pytest.mark.parametrize(
    ("entity_id", "news"),
    [("norda", "NORDA is publishing"), ("globex-corporation", "")],
)
def test_a_copula_of_the_days_news_is_no_definition(entity_id: str, news: str) -> None:
    # Not the summary (NORDA's is the lead, the first sentence naming it), and the
    # reviewer is told to write one.
    draft = build_draft(_RELEASE)
    (written,) = [e["summary"] for e in draft.data()["entities"] if e["id"] == entity_id]
    assert not news or not written.startswith(news), written
    assert any(
        f"the summary of '{entity_id}' is the first sentence naming it" in n for n in draft.notes
    ), draft.notes


def test_a_defining_sentence_is_the_summary() -> None:
    draft = build_draft(_RELEASE)
    entities = draft.data()["entities"]
    (kestrel,) = [e for e in entities if e["name"] == "Kestrel Maritime University"]
    assert kestrel["summary"].startswith("Kestrel Maritime University is a public"), kestrel
