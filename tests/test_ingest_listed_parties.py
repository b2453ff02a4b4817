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


def test_a_company_with_an_inner_capital_after_a_label_word_stays_whole() -> None:
    # ("Media" ends labels: "Communications MediaJane Doe" lost its break; "MediaKest,
    # said" is a company's name, no label before a name.)
    d = build_draft(
        "DUNMAR, March 4, 2021 /PRNewswire/ -- Orrin Chips plans to work with MediaKest on"
        " chips.\n\n"
        '"We look forward to it," Jo Tsai, senior vice president of Operations at MediaKest,'
        " said in a statement.\n\n"
        "MediaKest plans to use Orrin process technologies.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert "MediaKest" in names
    assert not any(":" in n for n in names)
