"""A party named with its exchange and ticker, and a "Lab" named as a laboratory.

Found on a sixteenth blind set (not in the repo): a partner with no head word
("KestrelQ") was no entity though the release gives its ticker, "(NYSE: KSTQ)"; and
"the National Grid Lab at Orrin (GLab)" lost its first word and was read as a topic,
"Lab" being no organisation's head word where "Labs" and "Laboratory" were.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.parties import listed_companies
from bot.kb.models import EntityKind

_RELEASE = (
    "DUNMAR, Md., Sept. 11, 2024 /PRNewswire/ -- The University of Orrin, a leader in grid"
    " research, and KestrelQ (NYSE: KSTQ), a leader in the grid industry, today announced"
    " a $9 million agreement to expand their partnership at the National Grid Lab at Orrin"
    " (GLab). Since its launch in 2021, GLab has given students access to KestrelQ's"
    " engineers.\n"
)


def test_a_name_before_its_exchange_and_ticker_is_a_listed_company() -> None:
    assert listed_companies("The Acme Group, Inc. (Nasdaq: ACME) and Orrin") == ["Acme Group"]
    d = build_draft(_RELEASE)
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("KestrelQ") == EntityKind.ORGANIZATION


def test_a_lab_is_an_organisation_named_whole() -> None:
    d = build_draft(_RELEASE)
    lab = next(e for e in d.registry.entities.values() if "GLab" in e.aliases)
    assert lab.name == "National Grid Lab at Orrin"
    assert lab.kind == EntityKind.ORGANIZATION
