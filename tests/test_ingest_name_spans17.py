"""Session 17: one name-span grammar, and "the longest attested form is the name".

Each test is an invented release (other names, domains and wording than the real
releases the kinds were seen in) for one part of the grammar (bot/ingest/name_spans.py)
or a guard against reading a name where there is none.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.longest_names import longest_forms
from bot.ingest.name_spans import is_title_case, name_spans, org_candidates
from bot.ingest.registry import Registry
from bot.kb.models import EntityKind
from tests.draftviews import names


def _entity(d, name: str):
    return next(e for e in d.registry.entities.values() if e.name == name)


# -- the grammar on its own ------------------------------------------------------------


def test_particles_of_personal_names_stay_inside_an_organisations_name() -> None:
    spans = [s.text for s in name_spans("The Khalid bin Saeed Ocean Institute opened a lab.")]
    assert spans == ["Khalid bin Saeed Ocean Institute"]
    spans = [s.text for s in name_spans("She visited the Huis van der Berg Museum in May.")]
    assert spans == ["Huis van der Berg Museum"]


def test_a_weak_connector_joins_only_inside_a_programme_its_head_closes() -> None:
    spans = [s.text for s in name_spans("It joins Tarvel's Rails to Rivers Fund this year.")]
    assert "Rails to Rivers Fund" in spans
    # ("to" between a name and another: two names.)
    spans = [s.text for s in name_spans("Orrin Freight sold Kessel to Dovan Rail last year.")]
    assert "Kessel" in spans and "Dovan Rail" in spans


def test_a_title_case_headline_never_joins_over_a_weak_connector() -> None:
    headline = "Orrin Freight to Launch Rails to Rivers Fund With Dovan"
    assert is_title_case(headline)
    assert not any(" to " in s.text for s in name_spans(headline))
    assert org_candidates(headline) == []


def test_digits_letters_and_signs_inside_a_name() -> None:
    spans = [
        s.text
        for s in name_spans(
            "The VELA K has announced that Pellam Assurance will seed the Bright Kettle\u2122"
            " H2O-7 Water Fund in spring."
        )
    ]
    assert spans == ["VELA K", "Pellam Assurance", "Bright Kettle\u2122 H2O-7 Water Fund"]


def test_a_line_break_ends_a_name() -> None:
    assert [s.text for s in name_spans("Enquiries\nMedia Desk: 555 0100")] == [
        "Enquiries",
        "Media Desk",
    ]


def test_clause_openers_and_plural_possessives_are_no_names() -> None:
    spans = [s.text for s in name_spans("Despite Many Growers\u2019 Early Doubts, it worked.")]
    assert "Despite Many Growers" not in spans
    assert all(not s.startswith("Despite") for s in spans)
    assert org_candidates("Despite Many Growers\u2019 Early Doubts, it worked.") == []


def test_position_makes_a_candidate_titles_and_people_do_not() -> None:
    sentence = (
        "Tolvar Media and Quenby Canada have agreed a deal, Tolvar President and CEO Asa"
        " Brenn announced from Velport."
    )
    found = [s.text for s in org_candidates(sentence)]
    assert found == ["Tolvar Media", "Quenby Canada"]


def test_a_person_named_as_an_announcing_subject_is_no_organisation() -> None:
    d = build_draft(
        "VELPORT, May 2, 2024 -- The Kessel Music School has received two pianos.\n\n"
        "\u201cWe are thrilled,\u201d said Ardo Linde, director of the school.\n\n"
        "Later, Ardo Linde has donated two more pianos to the school.\n"
    )
    assert "Ardo Linde" in names(d, EntityKind.PERSON)
    assert "Ardo Linde" not in names(d, EntityKind.ORGANIZATION)


def test_a_thing_launched_is_no_party() -> None:
    assert org_candidates("The Marrow Lane Collection launches today in Velport.") == []


# -- in a draft ------------------------------------------------------------------------


def test_the_fullest_form_a_release_writes_is_the_name_and_short_forms_are_aliases() -> None:
    d = build_draft(
        "VELPORT, March 3, 2025 -- Tolvar Media and Quenby Canada have signed an agreement"
        " under which Tolvar will buy Quenby\u2019s regional radio stations.\n\n"
        "Quenby will keep its podcast studios, and Tolvar will hire its radio staff.\n"
    )
    tolvar = _entity(d, "Tolvar Media")
    assert "Tolvar" in tolvar.aliases
    quenby = _entity(d, "Quenby Canada")
    assert "Quenby" in quenby.aliases
    assert "Tolvar" not in names(d) and "Quenby" not in names(d)


def test_a_short_name_read_first_folds_into_the_trade_name_read_later() -> None:
    d = build_draft(
        "Harlow Pictures in Deal With Orrin Studios\n\n"
        "LISBON, June 2, 2024 -- Harlow Pictures is lining up partners for two new"
        " dramas, the company said today.\n\n"
        "Harlow and Orrin Studios will co-produce both series in Lisbon.\n"
    )
    harlow = _entity(d, "Harlow Pictures")
    assert "Harlow" in harlow.aliases
    assert "Harlow" not in names(d)


def test_a_short_name_stays_beside_another_body_that_opens_with_it() -> None:
    # (A company and its foundation, a union and one of its offices: two bodies. Only
    # trade, country, legal-form or letter words make a longer form of the same one.)
    registry = Registry(None)
    for name in ("Pellam", "Pellam Foundation", "Velmar Union", "Velmar Union Office"):
        registry.add(name, EntityKind.ORGANIZATION, exact=True)
    for name in ("Tolvar", "Tolvar Media", "Quenby", "Quenby Canada", "ARDA", "ARDA K"):
        registry.add(name, EntityKind.ORGANIZATION, exact=True)
    folded = longest_forms(registry)
    kept = {e.name: e.aliases for e in registry.entities.values()}
    assert {"Pellam", "Pellam Foundation", "Velmar Union", "Velmar Union Office"} <= set(kept)
    assert set(folded) == {"tolvar", "quenby", "arda"}
    assert kept["Tolvar Media"] == ["Tolvar"]
    assert kept["Quenby Canada"] == ["Quenby"]
    assert kept["ARDA K"] == ["ARDA"]


def test_an_announcing_subject_and_a_trade_head_make_organisations_named_once() -> None:
    d = build_draft(
        "As harvests shrink, the VELA K has announced that Pellam Assurance has donated"
        " $3 million to set up the Bright Kettle\u00ae H2O-7 Water Fund for small"
        " growers.\n\n"
        "Growers can apply online from May.\n"
    )
    assert {"VELA K", "Pellam Assurance", "Bright Kettle\u00ae H2O-7 Water Fund"} <= names(d)
    assert "VELA" not in names(d)
    assert "H2O-7 Water Fund" not in names(d)


def test_a_particle_and_a_comma_acronym_give_the_whole_long_form() -> None:
    d = build_draft(
        "ABU DHABI, 4 March 2024 -- The Khalid bin Saeed Ocean Institute, KSOI, has signed"
        " a memorandum with the Velmar Office for Sea Affairs to map reefs.\n\n"
        "The memorandum was signed by Lina Haddad, Director-General of KSOI.\n"
    )
    institute = _entity(d, "Khalid bin Saeed Ocean Institute")
    assert "KSOI" in institute.aliases
    assert "Saeed Ocean Institute" not in names(d)


def test_a_weak_connector_inside_a_programme_name_in_a_draft() -> None:
    d = build_draft(
        "NAIROBI, 9 July 2024 -- Tarvel Rail and the Kessel Water Board will fund schools"
        " under Tarvel\u2019s Rails to Rivers Initiative, which trains young engineers.\n\n"
        "The first class starts in September.\n"
    )
    assert "Rails to Rivers Initiative" in names(d, EntityKind.INITIATIVE)
    assert "Rivers Initiative" not in names(d)


def test_a_title_case_headline_phrase_the_story_never_names_is_no_organisation() -> None:
    d = build_draft(
        "Growers Press On, Despite Some Buyers\u2019 Delayed Payment Solutions\n\n"
        "VELPORT, May 2, 2024 -- The Kessel Growers Cooperative has opened two new cold"
        " stores for its members.\n\n"
        "The stores hold 400 tonnes each.\n"
    )
    assert not any("Solutions" in n or "Despite" in n for n in names(d))
    assert "Kessel Growers Cooperative" in names(d)
