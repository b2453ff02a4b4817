"""Kinds of failures from a 28th set of real releases (not in the repo), each as an
invented release with what the draft must say. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftviews import names, roles


def test_federal_government_as_the_tail_of_a_longer_name_is_that_government() -> None:
    d = build_draft(
        "LOMARA, June 4, 2025 /PRNewswire/ -- The Chief Surveyor of the Republic, Idris"
        " Kalvano, said on Tuesday that the Ostrand Federal Government will map the"
        " northern wetlands with Dorrel.\n\n"
        '"The maps will be public," he said.\n'
    )
    assert "Ostrand Federal Government" in names(d)
    assert "Federal Government" not in names(d)
    assert roles(d, "Idris Kalvano") == {
        ("Chief Surveyor of the Republic", "Ostrand Federal Government")
    }
