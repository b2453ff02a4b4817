"""``partnerbot ingest``: drafts from releases, attribution, reuse, bad input, the CLI."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli.main import SUBCOMMANDS, main
from bot.ingest import Draft, IngestError, build_draft, ingest_file
from bot.ingest.entities import DraftEntity
from bot.ingest.text import decode_release
from bot.kb.loader import load_knowledge
from bot.kb.models import EntityKind
from tests.conftest import SEED_KNOWLEDGE

RELEASES = Path(__file__).parent / "fixtures" / "releases"
SEED = RELEASES / "seed_prnewswire_unido_alibaba.txt"


def draft_of(path: Path) -> Draft:
    return build_draft(decode_release(path.read_bytes()))


def speakers(draft: Draft) -> list[tuple[str, str]]:
    """(speaker name, first words of the quote) in release order."""
    names = {e.id: e.name for e in draft.registry.entities.values()}
    return [(names[q.speaker or ""], q.text[:30]) for _, q, _ in draft.quotes]


def entity_named(draft: Draft, name: str) -> DraftEntity:
    for entity in draft.registry.entities.values():
        if entity.name == name:
            return entity
    raise AssertionError(
        f"no entity {name!r} in {[e.name for e in draft.registry.entities.values()]}"
    )


def roles_of(draft: Draft, person: str) -> list[tuple[str, str | None]]:
    entity = entity_named(draft, person)
    names = {e.id: e.name for e in draft.registry.entities.values()}
    return [
        (r.title, names[r.organization] if r.organization else None)
        for r in draft.registry.roles
        if r.entity == entity.id
    ]


# --- the seed release ---------------------------------------------------------------------


def test_seed_metadata() -> None:
    draft = draft_of(SEED)
    assert draft.meta.date == dt.date(2018, 4, 21)
    assert draft.meta.dateline is not None
    assert (draft.meta.dateline.city, draft.meta.dateline.country) == ("Hangzhou", "China")
    assert draft.meta.publisher == "PR Newswire"
    assert draft.meta.title.startswith("United Nations Industrial Development Organization")
    assert len(draft.meta.title) <= 300
    assert draft.source_id == "2018-04-21-unido-alibaba-ewtp"


def test_seed_quotes_have_their_speakers() -> None:
    draft = draft_of(SEED)
    assert speakers(draft) == [
        ("LI Yong", "The eWTP initiative is very mu"),
        ("LI Yong", "Our support to eWTP could buil"),
        ("Jack MA", "The purpose of eWTP is to help"),
    ]
    # Verbatim, trailing comma and all, as in the hand-written file.
    assert draft.quotes[0][1].text.endswith("2030 Agenda for Sustainable Development,")


def test_seed_organisations_with_acronyms() -> None:
    draft = draft_of(SEED)
    expected = {
        "UNIDO": ("United Nations Industrial Development Organization", EntityKind.ORGANIZATION),
        "eWTP": ("Electronic World Trade Platform", EntityKind.INITIATIVE),
        "WTO": ("World Trade Organization", EntityKind.ORGANIZATION),
        "WEF": ("World Economic Forum", EntityKind.ORGANIZATION),
    }
    for acronym, (name, kind) in expected.items():
        entity = entity_named(draft, name)
        assert acronym in entity.aliases
        assert entity.kind == kind
        assert entity.summary
    assert entity_named(draft, "Alibaba Group").kind == EntityKind.ORGANIZATION


def test_seed_people_with_titles() -> None:
    draft = draft_of(SEED)
    assert roles_of(draft, "LI Yong") == [
        ("Director General", "United Nations Industrial Development Organization")
    ]
    # (A founder is a role of its own, session 13: it never ends with the other title.)
    assert roles_of(draft, "Jack MA") == [
        ("Founder", "Alibaba Group"),
        ("Executive Chairman", "Alibaba Group"),
    ]
    assert entity_named(draft, "LI Yong").kind == EntityKind.PERSON
    assert "Director General" in (entity_named(draft, "LI Yong").summary or "")


def test_seed_facts_link_entities() -> None:
    draft = draft_of(SEED)
    texts = {fact.text: fact.about for _, fact in draft.facts}
    launch = next(t for t in texts if t.startswith("In 2017"))
    assert {"ewtp", "wto", "wef"} <= set(texts[launch])
    assert all(about for about in texts.values())
    # A sentence with a speech quote is a quote, not a fact.
    assert not any("said LI Yong" in t for t in texts)


# --- the fixture releases -----------------------------------------------------------------


@dataclass
class Expected:
    date: dt.date
    city: str
    country: str | None
    publisher: str
    quotes: list[tuple[str, str]]
    acronyms: dict[str, str] = field(default_factory=dict)
    roles: dict[str, tuple[str, str | None]] = field(default_factory=dict)


EXPECTED = {
    "businesswire_acme_globex.txt": Expected(
        date=dt.date(2021, 3, 9),
        city="San Francisco",
        country=None,
        publisher="Business Wire",
        quotes=[
            ("Dana Whitfield", "Small retailers have been pric"),  # "…," said X, Title of Y.
            ("Dana Whitfield", "With Globex, we can finally of"),  # continues in the paragraph
            ("Marcus Oyelaran", "Our customers asked for automa"),  # Org Title X said, "…"
            ("Marcus Oyelaran", "We expect the first deployment"),  # "…," he said.
        ],
        acronyms={"RAAP": "Retail Automation Access Program", "NRF": "National Retail Federation"},
        roles={
            "Dana Whitfield": ("Chief Executive Officer", "Acme Robotics"),
            "Marcus Oyelaran": ("President", "Globex Corporation"),
        },
    ),
    "globenewswire_nordlys_bghi.txt": Expected(
        date=dt.date(2022, 9, 14),
        city="Oslo",
        country="Norway",
        publisher="GlobeNewswire",
        quotes=[
            ("Henrik Solberg", "Offshore electrolysis could tu"),  # "…," X, Title of Y, said.
            ("Henrik Solberg", "This agreement gives us the pa"),
            ("Priya Raman", "Hydrogen made at sea avoids th"),  # "…," according to X, Title.
            ("Henrik Solberg", "We want the first pilot platfo"),  # "…," Surname said.
        ],
        # ("Memorandum of Understanding (MoU)" is a generic noun, never an entity shared
        # by every release that signs one: issue 11, P7.)
        acronyms={
            "BGHI": "Baltic Green Hydrogen Initiative",
            "IEA": "International Energy Agency",
        },
        roles={
            "Henrik Solberg": ("Chief Executive", "Nordlys Energy ASA"),
            "Priya Raman": ("Director", "Baltic Green Hydrogen Initiative"),
        },
    ),
    "prnewswire_globex_lumen.txt": Expected(
        date=dt.date(2023, 11, 2),
        city="Austin",
        country="United States",
        publisher="PR Newswire",
        quotes=[
            (
                "Marcus Oyelaran",
                "Rural clinics lose hours every",
            ),  # X, Title of Y, stated that, "…"
            ("Marcus Oyelaran", "We will start with forty clini"),  # "…," he added.
            ("Amara Okafor", "Every clinic we talked to had "),  # X said: "… (left open)
            ("Amara Okafor", "This fund pays for the refrige"),  # next paragraph continues
            ("Amara Okafor", "The first grants will be annou"),  # "…," she said.
        ],
        acronyms={"LHF": "Lumen Health Foundation"},
        roles={
            "Marcus Oyelaran": ("Chief Executive Officer", "Globex Corporation"),
            "Amara Okafor": ("President", "Lumen Health Foundation"),
        },
    ),
    "no_wire_curly_geneva.txt": Expected(
        date=dt.date(2024, 2, 1),
        city="Geneva",
        country="Switzerland",
        publisher="Alpine Water Council",
        quotes=[
            ("Sophie Keller", "Small utilities in the Alps ne"),  # curly quotes
            ("Sophie Keller", "The framework gives both sides"),
            ("Thomas Brunner", "We have already spoken with tw"),
        ],
        acronyms={
            "AWC": "Alpine Water Council",
            "ICMA": "International Capital Market Association",
        },
        roles={
            "Sophie Keller": ("Secretary General", "Alpine Water Council"),
            "Thomas Brunner": ("Head of Sustainable Finance", "Helvetia Bank AG"),
        },
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_release(name: str) -> None:
    expected = EXPECTED[name]
    draft = draft_of(RELEASES / name)
    assert draft.meta.date == expected.date
    assert draft.meta.dateline is not None
    assert (draft.meta.dateline.city, draft.meta.dateline.country) == (
        expected.city,
        expected.country,
    )
    assert draft.meta.publisher == expected.publisher
    assert speakers(draft) == expected.quotes
    for acronym, long in expected.acronyms.items():
        assert acronym in entity_named(draft, long).aliases
    for person, role in expected.roles.items():
        assert role in roles_of(draft, person)
        assert entity_named(draft, person).kind == EntityKind.PERSON


def test_fixture_titles() -> None:
    assert draft_of(RELEASES / "businesswire_acme_globex.txt").meta.title == (
        "Acme Robotics and Globex Corporation Form Alliance to Bring Warehouse Automation to Small Retailers"
    )
    # The "date" header line is not the title.
    assert draft_of(RELEASES / "no_wire_curly_geneva.txt").meta.title.startswith(
        "Alpine Water Council and"
    )


def test_curly_quotes_stay_verbatim() -> None:
    draft = draft_of(RELEASES / "no_wire_curly_geneva.txt")
    raw = (RELEASES / "no_wire_curly_geneva.txt").read_text(encoding="utf-8")
    for _, quote, _ in draft.quotes:
        assert quote.text in raw
        assert "\u201c" not in quote.text and "\u201d" not in quote.text


# --- drafts in a knowledge base -----------------------------------------------------------


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge base (which already holds the seed)."""

    target = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, target)
    return target


@pytest.mark.parametrize("name", [*sorted(EXPECTED), SEED.name])
def test_every_draft_loads_with_the_knowledge_base(kb_dir: Path, name: str) -> None:
    # The bundled knowledge base already has the seed's file name; write beside it.
    out = kb_dir / "releases" / "seed-again.yaml" if name == SEED.name else None
    written = ingest_file(RELEASES / name, kb_dir, out=out)
    data = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    assert data["source"]["reviewed"] is False
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    assert written.draft.source_id in kb.sources
    assert len([q for q in kb.quotes if q.source == written.draft.source_id]) == len(
        written.draft.quotes
    )
    # Unreviewed drafts are held back from the served knowledge base.
    served = load_knowledge(kb_dir)
    assert written.draft.source_id not in served.sources
    assert written.draft.source_id in served.held_back


def test_draft_into_empty_knowledge_base_loads(tmp_path: Path) -> None:
    for name in sorted(EXPECTED):
        ingest_file(RELEASES / name, tmp_path / "kb")
    kb = load_knowledge(tmp_path / "kb", include_unreviewed=True)
    assert len(kb.sources) == len(EXPECTED)
    # Globex Corporation and Marcus Oyelaran appear in two releases but are declared once.
    assert [e.id for e in kb.entities.values()].count("globex-corporation") == 1


def test_seed_reuses_existing_entities(kb_dir: Path) -> None:
    before = load_knowledge(kb_dir, include_unreviewed=True)
    # The default file name is the hand-written file's: refused without --force.
    with pytest.raises(IngestError, match="already exists"):
        ingest_file(SEED, kb_dir)
    written = ingest_file(SEED, kb_dir, out=kb_dir / "releases" / "seed-again.yaml")
    draft = written.draft
    reused = {e.id for e in draft.reused_entities}
    assert {"li-yong", "jack-ma", "unido", "alibaba-group", "ewtp", "wto", "wef"} <= reused
    assert not {e.id for e in draft.new_entities} & set(before.entities)
    data = yaml.safe_load(written.yaml_path.read_text(encoding="utf-8"))
    declared = {e["id"] for e in data["entities"]}
    assert not declared & set(before.entities)
    # Quotes and roles point at the existing ids.
    assert {q["speaker"] for q in data["quotes"]} == {"li-yong", "jack-ma"}
    assert {(r["entity"], r["organization"]) for r in data["roles"]} == {
        ("li-yong", "unido"),
        ("jack-ma", "alibaba-group"),
    }
    # The same text twice: the reviewer is told.
    assert draft.source_id == "seed-again"
    assert any("already in the knowledge base" in w for w in draft.warnings)
    load_knowledge(kb_dir, include_unreviewed=True)


def test_person_in_two_releases_gets_two_roles(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    first = ingest_file(RELEASES / "businesswire_acme_globex.txt", kb_dir)
    second = ingest_file(RELEASES / "prnewswire_globex_lumen.txt", kb_dir)
    assert "marcus-oyelaran" in {e.id for e in first.draft.new_entities}
    assert "marcus-oyelaran" in {e.id for e in second.draft.reused_entities}
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    roles = sorted((r.source, r.title) for r in kb.roles if r.entity == "marcus-oyelaran")
    assert roles == [
        (first.draft.source_id, "President"),
        (second.draft.source_id, "Chief Executive Officer"),
    ]
    assert {r.organization for r in kb.roles if r.entity == "marcus-oyelaran"} == {
        "globex-corporation"
    }


def test_a_name_several_entities_share_is_shared_not_duplicated(kb_dir: Path) -> None:
    (kb_dir / "people.yaml").write_text(
        "entities:\n"
        "  - {id: amara-okafor-a, name: Amara Okafor A, kind: person, summary: One.,"
        " shared_aliases: [Amara Okafor]}\n"
        "  - {id: amara-okafor-b, name: Amara Okafor B, kind: person, summary: Two.,"
        " shared_aliases: [Amara Okafor]}\n",
        encoding="utf-8",
    )
    written = ingest_file(RELEASES / "prnewswire_globex_lumen.txt", kb_dir)
    new = {e.id: e for e in written.draft.new_entities}
    assert new["amara-okafor"].shared_aliases == ["Amara Okafor"]
    assert any("share" in note for note in written.draft.notes)
    load_knowledge(kb_dir, include_unreviewed=True)


def test_ids_stay_valid_for_any_script(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(
        "OSLO, Norway, May 5, 2020 /PRNewswire/ -- Ødegård Energi ASA og 阿里巴巴 signed a deal.\n\n"
        "\u201cVi gleder oss veldig til samarbeidet med 阿里巴巴,\u201d said Øystein Ødegård, CEO of "
        "Ødegård Energi ASA.\n\n\u201c阿里巴巴很高兴,\u201d said Øystein Ødegård.\n",
        encoding="utf-8",
    )
    written = ingest_file(release, tmp_path / "kb")
    assert "oystein-odegard" in {e.id for e in written.draft.new_entities}
    assert len(written.draft.quotes) == 2
    load_knowledge(tmp_path / "kb", include_unreviewed=True)


def test_new_aliases_never_collide(kb_dir: Path, tmp_path: Path) -> None:
    # "UNIDO" is already claimed by the knowledge base; a release that defines it with
    # another long form must not declare a second claimant.
    release = tmp_path / "r.txt"
    release.write_text(
        "VIENNA, Austria, May 2, 2019 /PRNewswire/ -- The Union of Northern Industrial "
        "Design Offices (UNIDO) opened a new office in Vienna on Thursday.\n\n"
        '"This is a big day for us," said Eva Berger, President of the Union of Northern '
        "Industrial Design Offices.\n",
        encoding="utf-8",
    )
    written = ingest_file(release, kb_dir)
    for entity in written.draft.new_entities:
        assert "UNIDO" not in entity.aliases
    load_knowledge(kb_dir, include_unreviewed=True)


# --- attribution patterns, one by one -----------------------------------------------------

LEAD = (
    "LONDON, May 5, 2020 /PRNewswire/ -- Acme Corp. and Globex Ltd. signed an agreement today.\n\n"
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ['"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.'],
            ["Jane Doe"],
        ),
        (['"We are delighted to work with Globex," Jane Doe said.'], ["Jane Doe"]),
        (['Jane Doe said, "We are delighted to work with Globex."'], ["Jane Doe"]),
        (['Jane Doe stated that, "We are delighted to work with Globex."'], ["Jane Doe"]),
        (
            ['"We are delighted to work with Globex," according to Jane Doe, CEO of Acme Corp.'],
            ["Jane Doe"],
        ),
        (
            ['According to Jane Doe, CEO of Acme Corp., "the deal doubles our reach in Europe."'],
            ["Jane Doe"],
        ),
        (
            [
                'Jane Doe, Chief Executive of Acme Corp., said: "We are delighted to work with Globex."'
            ],
            ["Jane Doe"],
        ),
        (
            [
                '"We are delighted to work with Globex," Jane Doe, Chief Executive of Acme Corp., said.'
            ],
            ["Jane Doe"],
        ),
        (['Acme CEO Jane Doe added: "We are delighted to work with Globex."'], ["Jane Doe"]),
        (
            [
                '"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.',
                '"The next step is a joint product for hospitals."',
            ],
            ["Jane Doe", "Jane Doe"],
        ),
        (
            [
                '"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.',
                '"Globex brings the customers and we bring the robots," said John Roe, President of Globex Ltd.',
                '"It is a good fit for both of us," he said.',
            ],
            ["Jane Doe", "John Roe", "John Roe"],
        ),
        (
            [
                'Jane Doe, CEO of Acme Corp., said: "We are delighted to work with Globex.',
                '"The next step is a joint product for hospitals."',
                '"We start in June," Doe said.',
            ],
            ["Jane Doe", "Jane Doe", "Jane Doe"],
        ),
        (
            ['"We are delighted," said Jane Doe. "Globex is the partner we wanted."'],
            ["Jane Doe", "Jane Doe"],
        ),
        (
            ['Jane Doe said, "We are delighted." John Roe added, "So are we, very much so."'],
            ["Jane Doe", "John Roe"],
        ),
        # Title first, then the name, both before the quote.
        (
            ['Globex\'s Managing Director for Europe, John Roe, said: "We know this market well."'],
            ["John Roe"],
        ),
        # A degree between the name and the title.
        (
            [
                '"Robots free people for better work," said Dr. Jane Doe, Ph.D., Director of Research at Acme Corp.'
            ],
            ["Jane Doe"],
        ),
        # Reported speech names the speaker that a later "he said" refers to.
        (
            [
                '"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.',
                '"We bring the customers," said John Roe, President of Globex Ltd.',
                'Doe added that the first robots ship in June. "We will start in Leeds," she said.',
            ],
            ["Jane Doe", "John Roe", "Jane Doe"],
        ),
        # A dash or a colon instead of a verb, for a person introduced with a title.
        (
            ['"We are delighted to work with Globex." \u2014 Jane Doe, CEO of Acme Corp.'],
            ["Jane Doe"],
        ),
        (['Jane Doe, CEO of Acme Corp.: "We are delighted to work with Globex."'], ["Jane Doe"]),
        # The speaker named in the sentence before the quote.
        (
            [
                'Jane Doe, CEO of Acme Corp., welcomed the deal. "We are delighted to work with Globex."'
            ],
            ["Jane Doe"],
        ),
        # British single quotes (only when the release has no double-quoted speech).
        (
            [
                "'We are delighted to work with Globex,' said Jane Doe, CEO of Acme Corp. "
                "'It is the leaders\u2019 choice.'",
                "\u2018We\u2019re ready to start in June,\u2019 John Roe, President of Globex Ltd., said.",
            ],
            ["Jane Doe", "Jane Doe", "John Roe"],
        ),
        # The company itself speaking: the issuer named first in the lead.
        (['"Deliveries start in June," the company said.'], ["Acme Corp."]),
        # A title alone, for someone the release introduced with it.
        (
            [
                "Acme CEO Jane Doe signed the agreement in London.",
                '"Deliveries start in June," the company\'s CEO said.',
            ],
            ["Jane Doe"],
        ),
        # Non-English names.
        (
            [
                '"Wir freuen uns sehr über die Partnerschaft," said José Müller-Øberg, CEO of Acme Corp.'
            ],
            ["José Müller-Øberg"],
        ),
    ],
)
def test_attribution_patterns(paragraphs: list[str], expected: list[str]) -> None:
    draft = build_draft(LEAD + "\n\n".join(paragraphs) + "\n")
    assert [name for name, _ in speakers(draft)] == expected


def test_people_get_titles_and_organisations() -> None:
    text = LEAD + (
        '"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.\n\n'
        '"It is a good fit," said Globex\'s Managing Director for Europe, John Roe.\n'
    )
    draft = build_draft(text)
    assert roles_of(draft, "Jane Doe") == [("CEO", "Acme Corp.")]
    assert roles_of(draft, "John Roe") == [("Managing Director for Europe", "Globex Ltd.")]


def test_defined_short_names_become_aliases() -> None:
    text = (
        "LONDON, UK, 12 October 2022 (GLOBE NEWSWIRE) -- Contoso Bank plc today selected Fabrikam "
        'Cloud Services Ltd. ("Fabrikam") to run its core banking platform.\n'
    )
    assert "Fabrikam" in entity_named(build_draft(text), "Fabrikam Cloud Services Ltd.").aliases


def test_no_person_is_invented_from_a_label() -> None:
    draft = build_draft(LEAD + 'Key Facts: "We are delighted to work with Globex on this."\n')
    assert draft.quotes == []
    assert any("no speaker found" in w for w in draft.warnings)


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        LEAD + 'The two companies launched a program entitled "Robots for Retail", '
        'which Acme calls its "best idea yet".\n'
    )
    assert build_draft(text).quotes == []


# --- metadata ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "city", "country", "publisher", "date"),
    [
        (
            "NEW YORK, March 5, 2021 /PRNewswire/ -- Acme Corp. said",
            "New York",
            None,
            "PR Newswire",
            "2021-03-05",
        ),
        (
            # (A province is no country: its country is, session 15.)
            "TORONTO, Ontario, Jan. 7, 2020 /CNW/ - Acme Corp. said",
            "Toronto",
            "Canada",
            # (A wire is cited under the name its marker writes, session 18.)
            "CNW",
            "2020-01-07",
        ),
        (
            "ORRVALE, Quebec, Feb. 3, 2016 /Canada NewsWire/ - Acme Corp. said",
            "Orrvale",
            "Canada",
            "Canada NewsWire",
            "2016-02-03",
        ),
        ("BOSTON--(BUSINESS WIRE)--Acme Corp. said", "Boston", None, "Business Wire", None),
        (
            "LONDON, UK, 3 May 2019 (GLOBE NEWSWIRE) -- Acme Corp. said",
            "London",
            "UK",
            "GlobeNewswire",
            "2019-05-03",
        ),
        (
            "SEATTLE, Wash., Feb. 1, 2022 /PRNewswire-FirstCall/ -- Acme Corp. said",
            "Seattle",
            "United States",
            "PR Newswire",
            "2022-02-01",
        ),
        (
            "BERLIN, Germany, June 10, 2020 /Business Wire/ -- Acme Corp. said",
            "Berlin",
            "Germany",
            "Business Wire",
            "2020-06-10",
        ),
        (
            "Tokyo, Japan, April 1, 2021 (ACCESSWIRE) -- Acme Corp. said",
            "Tokyo",
            "Japan",
            "ACCESSWIRE",
            "2021-04-01",
        ),
    ],
)
def test_datelines_and_wires(
    lead: str, city: str, country: str | None, publisher: str, date: str | None
) -> None:
    header = "" if date else "date 2020-02-02\n"
    text = (
        f"{header}{lead} it signed a deal with Globex Ltd. to build robots for small retailers.\n"
    )
    draft = build_draft(text)
    assert draft.meta.dateline is not None
    assert (draft.meta.dateline.city, draft.meta.dateline.country) == (city, country)
    assert draft.meta.publisher == publisher
    assert draft.meta.date.isoformat() == (date or "2020-02-02")


def test_wire_between_dashes_and_unicode_dateline() -> None:
    draft = build_draft(
        "SINGAPORE - Media OutReach - 5 March 2021 - Acme Pte. Ltd. and Globex Corporation "
        "signed a deal to build robots.\n"
    )
    assert draft.meta.publisher == "Media OutReach"
    assert draft.meta.date == dt.date(2021, 3, 5)
    assert draft.meta.title == "Acme Pte. Ltd. and Globex Corporation signed a deal to build robots"
    draft = build_draft(
        "Date: April 3, 2019\nAcme and Globex sign a deal\n\nMÜNCHEN, Deutschland -- Acme GmbH "
        "signed a deal with Globex Corporation.\n"
    )
    assert draft.meta.date == dt.date(2019, 4, 3)
    assert draft.meta.dateline is not None
    assert (draft.meta.dateline.city, draft.meta.dateline.country) == ("München", "Deutschland")
    assert draft.meta.title == "Acme and Globex sign a deal"


def test_title_is_trimmed_to_the_model_limit() -> None:
    words = " ".join(["partnership"] * 60)
    draft = build_draft(
        f"date 2020-01-01\nPARIS, France -- Acme Corp. announced a {words} with Globex Ltd.\n"
    )
    assert len(draft.meta.title) <= 300
    assert draft.meta.title.endswith("\u2026")


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message", "code"),
    [
        # Nothing to read (as a missing file or an image): a usage error, exit 2.
        (b"", "empty", 2),
        (b"  \n\n\t  \n", "empty", 2),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", 2),
        # Text that is no release: the work failed, exit 1.
        (b"date 2020-01-01\n12345 67890\n---\n", "no sentences", 1),
    ],
)
def test_bad_input_is_refused(
    tmp_path: Path, data: bytes, message: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "release.txt"
    release.write_bytes(data)
    with pytest.raises(IngestError, match=message):
        ingest_file(release, tmp_path / "kb")
    assert main(["ingest", str(release), "--knowledge", str(tmp_path / "kb")]) == code
    err = capsys.readouterr().err.strip()
    assert err.startswith("partnerbot ingest: error:") and message in err
    assert "\n" not in err
    assert not (tmp_path / "kb").exists()


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A usage error, like an unsupported format: exit 2, one line, nothing written.
    assert main(["ingest", str(tmp_path / "nope.txt"), "--knowledge", str(tmp_path)]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path), "--knowledge", str(tmp_path / "kb")]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert not (tmp_path / "kb").exists()


# --- the command line ------------------------------------------------------------------------


def test_cli_is_registered() -> None:
    assert "bot.cli.ingest" in SUBCOMMANDS


def test_cli_end_to_end(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = RELEASES / "globenewswire_nordlys_bghi.txt"
    assert main(["ingest", str(release), "--knowledge", str(kb_dir)]) == 0
    out = capsys.readouterr().out
    yaml_path = kb_dir / "releases" / "2022-09-14-nordlys-bghi.yaml"
    text_path = kb_dir / "sources" / "2022-09-14-nordlys-bghi.txt"
    assert str(yaml_path) in out
    assert text_path.read_bytes() == release.read_bytes()
    content = yaml_path.read_text(encoding="utf-8")
    assert content.startswith("# DRAFT")
    assert "reviewed: true" in content.split("\nsource:")[0]  # the header says what to do
    data = yaml.safe_load(content)
    assert data["source"]["text"] == "../sources/2022-09-14-nordlys-bghi.txt"
    assert data["source"]["reviewed"] is False

    # A second run refuses to overwrite; --force does.
    assert main(["ingest", str(release), "--knowledge", str(kb_dir)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["ingest", str(release), "--knowledge", str(kb_dir), "--force"]) == 0
    load_knowledge(kb_dir, include_unreviewed=True)

    # `partnerbot check` fails while the draft is unreviewed (CI blocks the merge),
    # unless --allow-drafts; once reviewed, it passes.
    capsys.readouterr()
    assert main(["check", "--knowledge", str(kb_dir)]) == 1
    out, err = capsys.readouterr()
    assert "2022-09-14-nordlys-bghi" in err
    assert not out.startswith("OK") and out.startswith("Valid, but not ready")
    assert main(["check", "--knowledge", str(kb_dir), "--allow-drafts"]) == 0
    assert "2022-09-14-nordlys-bghi" in capsys.readouterr().out
    yaml_path.write_text(content.replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    assert main(["check", "--knowledge", str(kb_dir)]) == 0

    # Once reviewed, not even --force overwrites it: a person's review is never lost. So
    # the refusal without --force says that, rather than suggesting --force.
    capsys.readouterr()
    assert main(["ingest", str(release), "--knowledge", str(kb_dir)]) == 1
    err = capsys.readouterr().err
    assert "is a reviewed release" in err and "pass --force" not in err
    assert main(["ingest", str(release), "--knowledge", str(kb_dir), "--force"]) == 1
    assert "is a reviewed release" in capsys.readouterr().err
    assert "reviewed: true" in yaml_path.read_text(encoding="utf-8")


def test_force_replaces_a_draft_that_declared_entities(tmp_path: Path) -> None:
    # The old draft declares marcus-oyelaran; the new one must declare it again rather
    # than refer to the file it overwrites.
    kb_dir = tmp_path / "kb"
    first = ingest_file(RELEASES / "businesswire_acme_globex.txt", kb_dir)
    again = ingest_file(RELEASES / "businesswire_acme_globex.txt", kb_dir, force=True)
    assert again.yaml_path == first.yaml_path
    assert "marcus-oyelaran" in {e.id for e in again.draft.new_entities}
    load_knowledge(kb_dir, include_unreviewed=True)


def test_cli_out_option(kb_dir: Path) -> None:
    out = kb_dir / "drafts" / "nordlys.yaml"
    release = RELEASES / "globenewswire_nordlys_bghi.txt"
    assert main(["ingest", str(release), "--knowledge", str(kb_dir), "--out", str(out)]) == 0
    assert out.is_file()
    assert (kb_dir / "sources" / "nordlys.txt").is_file()
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["source"]["text"] == "../sources/nordlys.txt"
    assert data["source"]["id"] == "nordlys"
    load_knowledge(kb_dir, include_unreviewed=True)


@pytest.mark.parametrize("inside", ["", "releases"], ids=["knowledge-dir", "releases-dir"])
def test_cli_out_an_existing_folder_writes_inside_it(tmp_path: Path, inside: str) -> None:
    # `--out drafts/` once wrote drafts.yaml beside the folder, and the text one level up.
    target = tmp_path / "drafts"
    (target / inside).mkdir(parents=True, exist_ok=True)
    release = RELEASES / "globenewswire_nordlys_bghi.txt"
    out = target / inside
    assert (
        main(["ingest", str(release), "--knowledge", str(tmp_path / "kb"), "--out", str(out)]) == 0
    )
    assert not (tmp_path / "drafts.yaml").exists() and not (target / "releases.yaml").exists()
    drafts = list((target / "releases").glob("*.yaml"))
    assert len(drafts) == 1, list(tmp_path.rglob("*"))
    assert (target / "sources" / f"{drafts[0].stem}.txt").is_file()
    load_knowledge(target, include_unreviewed=True)


# --- whatever the input, a clear error or a draft that loads --------------------------------

_PIECES = [
    "Acme Corp.", "said", "Jane Doe", ", CEO of Acme Corp.,", "the", '"', "\u201c", "\u201d",
    ",", ".", "(ACME)", "Group", "he said", "according to", "President", "World Trade Organization",
    "(WTO)", "and", "\n\n", "--", "/PRNewswire/", "(BUSINESS WIRE)", "LONDON,", "March 3, 2020",
    "Dr.", "stated that,", "Jos\u00e9 M\u00fcller", "\u2019s", "Foundation", "(eWTP)", "today",
    "It", ":", "'", "\u2018", "\u2019", "\u2014", "Framework 2018-2021", "\u963f\u91cc\u5df4\u5df4",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), min_size=1, max_size=80),
    st.sampled_from(["", "date 2020-01-01\n", "PARIS, France, March 3, 2020 /PRNewswire/ -- "]),
)
def test_any_text_gives_an_error_or_a_loadable_draft(pieces: list[str], lead: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        release = Path(tmp) / "release.txt"
        release.write_text(lead + " ".join(pieces), encoding="utf-8", errors="surrogatepass")
        error: IngestError | None = None
        try:
            ingest_file(release, Path(tmp) / "kb")
        except IngestError as exc:
            error = exc
        if error is not None:
            assert "\n" not in str(error)
            return
        kb_dir = Path(tmp) / "kb"
        for path in (kb_dir / "releases").glob("*.yaml"):
            # An undated draft is written with date: null for a person to fill in.
            content = path.read_text(encoding="utf-8")
            if "\n  date: null" in content:
                path.write_text(content.replace("date: null", "date: 2020-01-01"), "utf-8")
        load_knowledge(kb_dir, include_unreviewed=True)


def test_a_draft_built_on_another_draft_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second of two drafts ingested before any review reuses a person only the first
    declares: ingest names the first draft, to be reviewed first. Once it is reviewed,
    the note is gone."""
    kb_dir = tmp_path / "kb"
    first_release = str(RELEASES / "businesswire_acme_globex.txt")
    second_release = str(RELEASES / "prnewswire_globex_lumen.txt")
    assert main(["ingest", first_release, "--knowledge", str(kb_dir)]) == 0
    (first,) = (kb_dir / "releases").glob("*.yaml")
    capsys.readouterr()
    assert main(["ingest", second_release, "--knowledge", str(kb_dir)]) == 0
    out = capsys.readouterr().out
    assert f"declared only in the unreviewed draft releases/{first.name}" in out, out
    assert "marcus-oyelaran" in out.split("declared only in")[0].rsplit("check:", 1)[-1]

    first.write_text(
        first.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), "utf-8"
    )
    for path in (kb_dir / "releases").glob("*.yaml"):
        if path != first:
            path.unlink()
    assert main(["ingest", second_release, "--knowledge", str(kb_dir), "--force"]) == 0
    assert "declared only in the unreviewed draft" not in capsys.readouterr().out


def test_a_figure_in_the_title_is_no_id_number() -> None:
    # "-2" after a slug reads as the second release of that name; a title's figures are
    # left out of the id (the date already leads it).
    text = (
        "Harbourline Ferries Gets $3.5 Million to Electrify Its Fleet\n\n"
        "OSLOVIK, Norway, May 2, 2024 /PRNewswire/ -- Harbourline Ferries will electrify"
        " 12 ferries with a grant from the Fjordvik Fund, the two said today.\n"
    )
    sid = build_draft(text, None).source_id
    assert sid.startswith("2024-05-02-")
    assert not any(part.isdigit() for part in sid.removeprefix("2024-05-02-").split("-")), sid
