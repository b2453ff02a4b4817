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


def test_a_short_name_of_first_words_and_initials_is_the_long_names_acronym() -> None:
    d = build_draft(
        "KELSO, May 2, 2024 /PRNewswire/ -- Orrinvale Biologics has hired an American"
        " lab, Dunmore Valley Contract Research Laboratory (Dunmore Valley CRL), to run"
        " its trials.\n\n"
        '"We chose them for their speed," said Mara Quell, President of Dunmore Valley'
        " CRL.\n"
    )
    lab = next(e for e in d.registry.entities.values() if e.name.startswith("Dunmore Valley"))
    assert lab.name == "Dunmore Valley Contract Research Laboratory"
    assert "Dunmore Valley CRL" in lab.aliases
    assert roles(d, "Mara Quell") == {("President", "Dunmore Valley Contract Research Laboratory")}


def test_two_cities_in_capitals_joined_by_a_slash_are_a_dateline_not_a_publisher() -> None:
    d = build_draft(
        "ORRVALE/KESTMARK: Dalvin Networks signed a memorandum with Pellor Telecom at a"
        " trade fair in Orrvale to cut the emissions of both networks.\n\n"
        "The two firms will share their energy data every quarter.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Orrvale"
    assert d.meta.publisher is None


def test_a_chief_officer_named_by_the_function_served_is_one_title_at_the_company() -> None:
    d = build_draft(
        "Harwick to supply Tessaly with grid batteries in $900 million deal\n\n"
        "OSLO, May 2, 2024 (AFP) - Harwick will supply Tessaly with grid batteries over"
        " five years, the companies said.\n\n"
        "\u201cThe first units ship in March,\u201d Harwick chief revenue officer Lotta Rask"
        " said in the release.\n"
    )
    assert roles(d, "Lotta Rask") == {("chief revenue officer", "Harwick")}


def test_brands_in_lower_case_in_a_list_after_a_deals_with_are_parties() -> None:
    d = build_draft(
        "ORRVALE, May 2, 2024 /PRNewswire/ -- Dalvin Networks signed a memorandum in"
        " Orrvale along with kesto Group, Brennel, vo, and Ostratel, aiming to cut the"
        " carbon footprint of their networks.\n\n"
        "The memorandum covers shared energy data.\n"
    )
    assert {"kesto Group", "Brennel", "vo", "Ostratel"} <= names(d)


def test_common_nouns_in_lower_case_after_with_are_no_parties() -> None:
    d = build_draft(
        "ORRVALE, May 2, 2024 /PRNewswire/ -- Dalvin Networks signed a memorandum along"
        " with ports, mills, and farms across the coast to cut emissions.\n"
    )
    assert not {"ports", "mills", "farms"} & names(d)


def test_a_french_legal_form_ends_a_name_joined_by_an_ampersand() -> None:
    d = build_draft(
        "ORRVALE, May 2, 2024 /PRNewswire/ -- Merrow Metals has signed an offtake"
        " agreement with Tessin Ore & Minerals S.A.R.L. for its nickel.\n"
    )
    assert "Tessin Ore & Minerals S.A.R.L." in names(d)


def test_a_title_in_an_owners_unit_is_held_at_the_owner() -> None:
    d = build_draft(
        "ORRVALE, May 2, 2024 /PRNewswire/ -- Kestrel Pharma and Harlow University today"
        " announced a partnership on clinical trials.\n\n"
        '"Through this partnership, we will make trials faster," says Lena Orr, MD, vice'
        " president for research in Harlow's Walden Health Sciences Center.\n"
    )
    assert roles(d, "Lena Orr") == {("vice president for research", "Harlow University")}


def test_a_regulatory_announcements_number_names_its_service_as_publisher() -> None:
    d = build_draft(
        "RNS Number : 4821K\nVarrow Mining PLC\n12 March 2024\n\n"
        "Offtake Agreement with Tessin Ore\n\n"
        "Varrow Mining PLC is pleased to announce that it has signed an offtake agreement"
        " with Tessin Ore for its copper concentrate.\n"
    )
    assert d.meta.publisher == "RNS"
