"""Kinds of parties from a 25th set of real releases (not in the repo, mostly short
trade-press excerpts), each as an invented release with what the draft must say.

A kind's acronym before a name ("NGO X"), names that open in lower case, wine
producers, a one-word party before "and the ...", a cook named as a party, a company
named with and without its legal form, governments named by their country's adjective
or by their level in a headline, subsidiaries, particles inside a name, an adverb
before a comma, and a part of a programme. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import ingest_eval
from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind

_RELEASES = Path(__file__).parent / "fixtures" / "releases"


def _names(d: Draft) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in d.registry.entities.values()}


def _labels(d: Draft) -> set[str]:
    return {label for e in d.registry.entities.values() for label in (e.name, *e.aliases)}


def test_a_kind_acronym_before_a_name_is_no_part_of_it() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 /PRNewswire/ -- NPO Tidewater Voices has teamed up"
        " with the Marrow Bay Trust to record oral histories in coastal villages.\n\n"
        "Tidewater Voices will train forty young interviewers this summer.\n"
    )
    names = _names(d)
    assert names.get("Tidewater Voices") == EntityKind.ORGANIZATION
    assert "NPO Tidewater Voices" not in names and "NPO" not in names


def test_a_name_in_lower_case_after_what_it_is_is_a_party() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 /PRNewswire/ -- The Harrowmere Growers Union has"
        " signed a supply deal with greenhouse sensor start-up k.verda and a payments"
        " provider, zalto.\n\n"
        "The union also works with irrigation specialist k.verda on two pilot farms.\n"
    )
    names = _names(d)
    assert names.get("k.verda") == EntityKind.ORGANIZATION
    # (A word after what it is, with no dot or capital inside, is a common word.)
    assert "zalto" not in names


def test_a_web_address_after_what_it_is_is_no_name() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 /PRNewswire/ -- The Harrowmere Growers Union has"
        " signed a supply deal with the Orrin Seed Bank through the platform seeds.co.uk"
        " this week.\n"
    )
    assert not any("seeds" in name for name in _names(d))


def test_wine_producers_and_a_football_club_are_organisations() -> None:
    d = build_draft(
        "TALLOWAY, Velmora, June 3, 2024 /PRNewswire/ -- Corbel Rise Estate and Fennick"
        " Vale Winery today announced a joint sparkling wine, bottled for Talloway Rovers"
        " FC.\n"
    )
    names = _names(d)
    assert names.get("Corbel Rise Estate") == EntityKind.ORGANIZATION
    assert names.get("Fennick Vale Winery") == EntityKind.ORGANIZATION
    assert names.get("Talloway Rovers FC") == EntityKind.ORGANIZATION


def test_a_one_word_party_before_and_the_is_a_party() -> None:
    d = build_draft(
        "Quorvia and the Maritime Charting Bureau (MCB) today launched a survey programme"
        " for the northern shoals.\n\n"
        "The first soundings start in May, said Ansel Drury of Quorvia.\n"
    )
    assert _names(d).get("Quorvia") == EntityKind.ORGANIZATION


def test_a_cook_named_as_a_party_is_a_person() -> None:
    d = build_draft(
        "BRISKWATER, Velmora, June 3, 2024 /PRNewswire/ -- Halden Creamery will open a"
        " cheese school with Chef Talia Brennock next spring.\n\n"
        '"Smoke and salt were all this cheese needed," Chef Brennock said.\n'
    )
    names = _names(d)
    assert names.get("Talia Brennock") == EntityKind.PERSON
    assert not any(name.startswith("Chef") for name in names)
    speakers = {d.registry.entities[q.speaker].name for _, q, _ in d.quotes if q.speaker}
    assert speakers == {"Talia Brennock"}


def test_a_company_named_with_and_without_its_legal_form_answers_to_both() -> None:
    d = build_draft(
        "MARSDEN, Velmora, Feb. 4, 2019 /PRNewswire/ -- Harlow Looms Ltd. and the Pellet"
        " Wool Board will open a weaving school.\n\n"
        '"Wool is coming home," said Ivo Brant, President of Harlow Looms.\n\n'
        "Harlow Looms weaves cloth for tailors in 20 countries.\n"
    )
    entity = next(e for e in d.registry.entities.values() if e.name.startswith("Harlow Looms"))
    assert {entity.name, *entity.aliases} >= {"Harlow Looms", "Harlow Looms Ltd."}


def test_a_government_named_by_its_countrys_adjective_is_a_party() -> None:
    d = build_draft(
        "Port authority to share tide data with Ghana\n\n"
        "ACCRA, June 3, 2024 -- The Orrin Port Authority will share tide data with the"
        " Ghanaian government under a two-year agreement.\n"
    )
    entity = next(e for e in d.registry.entities.values() if e.name == "Government of Ghana")
    assert entity.kind == EntityKind.ORGANIZATION
    assert "Ghanaian government" in entity.aliases


def test_a_headlines_federal_government_is_a_party_but_not_the_publisher() -> None:
    d = build_draft(
        "Federal Government and Velmora to share tide gauges\n\n"
        "Harbour Press Service\n\n"
        "Tide gauges on both coasts will feed one forecast under a plan the federal"
        " government approved on Tuesday.\n\n"
        "Amos Pell, Director of Hydrology, said the forecast would reach fishing crews"
        " within a year.\n"
    )
    assert _names(d).get("Federal Government") == EntityKind.ORGANIZATION
    assert d.meta.publisher != "Federal Government"


def test_a_subsidiary_after_its_owner_is_a_party() -> None:
    d = build_draft(
        "Through its subsidiary Marlo Textiles Canada, the Marlo Textiles Group will run"
        " three mills jointly with Orla Weaving.\n"
    )
    assert "Marlo Textiles Canada" in _names(d)


def test_particles_join_the_words_of_a_name() -> None:
    d = build_draft(
        "Kettle Row Furniture will buy the lighting arm of Casa del Faro under an"
        " agreement signed on Friday.\n"
    )
    assert "Casa del Faro" in _labels(d)
    assert "Casa" not in _names(d)


def test_an_adverb_before_a_comma_is_no_party() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 /PRNewswire/ -- The Orrin Seed Bank signed a"
        " supply agreement with the Harrowmere Growers Union.\n\n"
        "Separately, the two companies entered into a research agreement with Velmora"
        " University.\n"
    )
    assert "Separately" not in _names(d)


def test_trade_press_excerpts_in_the_eval_find_every_party_and_field(tmp_path: Path) -> None:
    """The fixture excerpts in ``trade16/`` (no dateline, no wire; a masthead, a kind's
    acronym glued to a name, a lower-case brand, a cook as a party, governments named by
    level and by adjective) score every partner and metadata field right."""
    gold = json.loads((_RELEASES / "gold.json").read_text(encoding="utf-8"))
    subset = {name: entry for name, entry in gold.items() if name.startswith("trade16/")}
    assert len(subset) == 3
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(subset), encoding="utf-8")
    tally = ingest_eval.run(_RELEASES, gold_path, tmp_path / "no-kb", verbose=False)
    assert tally.right["partners"] == tally.total["partners"] == 6
    assert tally.right["metadata"] == tally.total["metadata"] == 9


def test_a_programmes_part_is_named_with_it_and_its_owners_acronym() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 /PRNewswire/ -- The Orrin Water Board and the"
        " Velmora Data Agency (VDA) today joined the VDA River Gauge Programme Component"
        " for the delta.\n\n"
        "The River Gauge Programme Component puts a gauge in every delta village, the two"
        " bodies said.\n"
    )
    names = _names(d)
    assert names.get("VDA River Gauge Programme Component") == EntityKind.INITIATIVE
    assert "VDA River Gauge Programme" not in names
    assert "River Gauge Programme Component" not in names
    assert "River Gauge Programme Component" in _labels(d)
