"""Kinds of wording from a blind set of real releases (sports, airports, veterinary,
chips, hospitals, fintech; not in the repo), each as an invented release with what the
draft must say. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_a_board_of_a_kind_is_in_the_title_at_the_possessive_owner() -> None:
    d = build_draft(
        "Ferrovie de la Val d’Orrin and Kestrel Freight have signed a rail agreement. It was"
        " signed by Ferrovie de la Val d’Orrin’s Chairman of the Supervisory Board, Mr. Paolo"
        " Rendi, and Kestrel Freight's Chief Executive, Ms. Hana Iwo.\n\n"
        "\u201cThe line will carry twice the freight,\u201d said Mr. Rendi.\n"
    )
    assert roles(d, "Paolo Rendi") == {
        ("Chairman of the Supervisory Board", "Ferrovie de la Val d’Orrin")
    }
    assert "Supervisory" not in names(d, EntityKind.ORGANIZATION)


def test_a_lower_case_title_with_a_capitalised_unit_glued_after_its_company() -> None:
    d = build_draft(
        "Quillon Labs will supply test kits to the Orrin Dairy Guild.\n\n"
        "\u201cThe guild's farms will test every herd,\u201d said Quillon senior vice"
        " president and head of Field Diagnostics Tamsin Ruel.\n"
    )
    assert roles(d, "Tamsin Ruel") == {
        ("senior vice president and head of Field Diagnostics", "Quillon Labs")
    }


def test_a_title_with_a_comma_list_of_areas_closed_by_at_and_its_company() -> None:
    d = build_draft(
        "Orrin Seed Bank and Kestrel Agronomy have agreed to share their seed records.\n\n"
        "\u201cThe records go back a century,\u201d said Dr Ilse Varn, director, Product"
        " Quality, Data Analytics and Regulatory Affairs at Kestrel Agronomy.\n"
    )
    assert roles(d, "Ilse Varn") == {
        ("director, Product Quality, Data Analytics and Regulatory Affairs", "Kestrel Agronomy")
    }


def test_the_organisation_after_for_closing_a_lower_case_title() -> None:
    d = build_draft(
        "Velmont Care Network and Orrin Valley Clinics announced a referral alliance.\n\n"
        "\u201cPatients will be seen sooner,\u201d said Ruth Okafor, director of patient"
        " services for Orrin Valley.\n"
    )
    assert ("director of patient services", "Orrin Valley") in {
        (t, o[: len("Orrin Valley")] if o else o) for t, o in roles(d, "Ruth Okafor")
    }


def test_a_portfolio_after_a_title_is_no_person_and_the_speaker_signed_for_the_bank() -> None:
    d = build_draft(
        "The Reserve Bank of Velmont (RBV) and the Orrin Monetary Authority (OMA) signed a"
        " pact on payments.\n\n"
        "At the ceremony, Deputy Governor, Banking Supervision, Lena Koss, who signed on"
        " behalf of the RBV, said the pact was overdue.\n\n"
        "\u201cWe will settle payments in hours, not days,\u201d she said.\n"
    )
    assert roles(d, "Lena Koss") == {("Deputy Governor, Banking Supervision", "RBV")} or roles(
        d, "Lena Koss"
    ) == {("Deputy Governor, Banking Supervision", "Reserve Bank of Velmont")}
    assert "Banking Supervision" not in names(d, EntityKind.PERSON)
    assert speakers(d) == ["Lena Koss"]


def test_a_brand_with_trade_marks_defines_its_short_form_and_a_described_second_party() -> None:
    d = build_draft(
        "VELMONT, May 4, 2020 -- ORRINWORKS\u00ae (OW\u00ae), a leading maker of hulls,"
        " and Kestrel Technology, a Velmont-based and owned Trusted Shipyard, today"
        " announced a joint venture.\n\n"
        "\u201cThe yard will double its output,\u201d said Jane Roe, senior vice president"
        " and general manager of Hull Systems at OW.\n"
    )
    works = next(e for e in d.registry.entities.values() if e.name == "ORRINWORKS")
    assert works.kind == EntityKind.ORGANIZATION
    assert "OW" in works.aliases
    assert "Kestrel Technology" in names(d, EntityKind.ORGANIZATION)


def test_what_the_parties_establish_is_named_with_a_dash_between_two_places() -> None:
    d = build_draft(
        "The Reserve Bank of Velmont (RBV) and the Orrin Monetary Authority (OMA) have"
        " signed a memorandum of understanding to establish a Velmont \u2013 Orrin Payments"
        " Corridor.\n\nThe corridor will link the two markets from next year.\n"
    )
    assert "Velmont \u2013 Orrin Payments Corridor" in names(d)


def test_a_short_form_defined_in_the_header_line_above_the_story() -> None:
    d = build_draft(
        "Orrin League Names Its Partner Clubs\n\n"
        "May 4, 2019 - Orrin Rowing League (ORL) - Kestrel Rovers News Release\n\n"
        "FENWICK, NS - The Orrin Rowing League said Saturday that the Kestrel Rovers and two"
        " other clubs would join its programme.\n\n"
        "\u201cThe ORL has waited for this,\u201d said Kestrel Rovers President Ada Lind.\n"
    )
    league = next(e for e in d.registry.entities.values() if e.name == "Orrin Rowing League")
    assert "ORL" in league.aliases


def test_a_capitals_name_before_a_headlines_future_is_the_party_not_the_headline() -> None:
    d = build_draft(
        "QRVL Will Process Cards for Fenwick Growers Credit Union\n\nQRVL\n\n"
        "Card processor QRVL has teamed with Fenwick Growers Credit Union (FGCU).\n\n"
        "The partnership will see QRVL offer FGCU card services, QRVL said in a news"
        " release.\n"
    )
    assert "QRVL" in names(d, EntityKind.ORGANIZATION)
    assert not any("Will" in n for n in names(d))
