"""Kinds from a sixteenth set of real releases (not in the repo), each as an invented
release with what the draft must do. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.ingest import ingest_file
from bot.ingest.draft import load_existing
from bot.paths import bundled_knowledge_dir

_MOC = (
    "Velmont and Orrin agencies sign cyber memorandum\n\n"
    "July 29, 2022\n\n"
    "The Velmont Cyber Defence Agency (VCDA) and the Orrin State Service of Network"
    " Protection (OSSNP) have announced the signing of a memorandum of cooperation (MOC).\n\n"
    "The MOC aims to strengthen collaboration on shared cyber security priorities, building"
    " on an existing relationship which includes:\n\n"
    "Information exchanges and sharing of best practices;\n\n"
    "“I am pleased to sign this MOC to deepen our collaboration with our Orrin partners,”"
    " said Jane Doe, Director of the VCDA.\n"
)


def test_a_generic_short_form_read_alone_first_is_the_release_s_agreement(
    tmp_path: Path,
) -> None:
    # ("The MOC aims …" made an entity "MOC" beside the agreement that answers to "MOC":
    # the draft broke the knowledge base, and every release after it gave no draft.)
    kb = tmp_path / "knowledge"
    shutil.copytree(bundled_knowledge_dir(), kb)
    release = tmp_path / "moc.txt"
    release.write_text(_MOC, encoding="utf-8")
    written = ingest_file(release, kb, out=kb / "releases" / "moc.yaml")
    names = [e.name for e in written.draft.registry.entities.values()]
    assert "MOC" not in names
    assert any(n.startswith("Memorandum of Cooperation between") for n in names)
    assert load_existing(kb) is not None


def test_he_after_a_paragraph_without_quotes_is_its_subject_not_the_last_name() -> None:
    from bot.ingest import build_draft

    d = build_draft(
        "Orrin Hotels adds Velmont Trust properties\n\n"
        "May 22, 2012 // Franchising.com // Orrin City – Orrin Hotel Group today announced"
        " an agreement with Velmont Properties Trust (VPT) for 20 hotels.\n\n"
        "“We are proud to align with VPT,” said Tom Danvers, Orrin Hotel Group president"
        " and CEO. “We look forward to a rewarding alliance.”\n\n"
        "John Roe, VPT president, echoed Danvers’s commitment to the relationship.\n\n"
        "He said, “VPT is delighted to add Orrin Hotel Group as a partner.”\n"
    )
    ents = d.registry.entities
    speakers = {q.text[:20]: ents[q.speaker].name for _, q, _ in d.quotes if q.speaker in ents}
    assert speakers.get("VPT is delighted to ") == "John Roe"
