"""Kinds of wording from an eighth set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: a title with its organisation glued before it in an appositive, between two
people ("Jane Doe, the Velmont Health Organization (VHO) Regional Director for Ostria,
John Roe, ..."), which is the first person's and never the next one's; a definite
back-reference inside a title ("President of the foundation's Global Health
Division"); a comma list of titles closed by one organisation ("Founder, Chairman and
CEO of Acme"); a lower-case title held "at the transport ministry"; the issuer's own
officials named with a bare title; a person named by the family name alone after a
title ("Acme President Lind remarked"); and quotes split or continued across "he said",
mixed quotation marks and indirect speech. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers

_THREE_PEOPLE = (
    "VHO and Kestrel Foundation agree to work together\n\n"
    "VELMONT, 3 May 2016 \u2013 Dr Ana Roe, the Velmont Health Organization (VHO) Regional"
    " Director for Ostria, Dr Tom Poe, President of the Global Research Division of the"
    " Orrin & Lisa Kestrel Foundation, and Dr Ivo Lind, President of the foundation\u2019s"
    " Global Health Division, have reaffirmed their commitment to work together.\n\n"
    "Welcoming the Kestrel Foundation delegation, Dr Roe stated, \u201cThe foundation is one of our biggest"
    " partners.\u201d\n"
)


def test_an_organisation_and_title_between_two_people_is_the_first_ones() -> None:
    d = build_draft(_THREE_PEOPLE)
    assert roles(d, "Ana Roe") == {("Regional Director for Ostria", "Velmont Health Organization")}
    assert roles(d, "Tom Poe") == {
        ("President of the Global Research Division", "Orrin & Lisa Kestrel Foundation")
    }


def test_the_foundation_inside_a_title_is_the_foundation_named_before() -> None:
    d = build_draft(_THREE_PEOPLE)
    assert not any(n.startswith("Welcoming") for n in names(d))
    assert roles(d, "Ivo Lind") == {
        (
            "President of the foundation\u2019s Global Health Division",
            "Orrin & Lisa Kestrel Foundation",
        )
    }


def test_a_comma_list_of_titles_is_held_at_the_organisation_that_closes_it() -> None:
    # The other party named first (the lead's first organisation is taken as the issuer):
    # the list's organisation wins, never the issuer.
    d = build_draft(
        "ORRIN, Velmar, May 5, 2019 /PRNewswire/ -- Tallow Pharmaceutical Group Ltd. (TPG)"
        " and Kestrel Biologics today announced a strategic alliance to discover new"
        " antibodies.\n\n"
        "The collaboration will combine Kestrel Biologics' discovery platform with TPG's"
        " development resources.\n\n"
        '"The agreement with TPG is part of our strategy to build a pipeline," said Dr. Ivo'
        ' Lind, Founder, Chairman and CEO of Kestrel Biologics. "TPG is a strong partner in'
        ' that effort," added Dr. Lind.\n\n'
        "Tana Rell, Founder, President and Chief Scientist of Orrin Labs, attended.\n"
    )
    assert roles(d, "Ivo Lind") == {("Founder, Chairman and CEO", "Kestrel Biologics")}
    assert roles(d, "Tana Rell") == {("Founder, President and Chief Scientist", "Orrin Labs")}
    assert speakers(d) == ["Ivo Lind", "Ivo Lind"]


def test_a_lower_case_title_at_a_lower_case_ministry_is_split_at_at() -> None:
    d = build_draft(
        "VELMONT, Dec. 2 (Lantern) -- Ostria's transport ministry said Thursday it has agreed"
        " with the Harbour Group of four port cities to share research on ship fuels.\n"
        "Ivo Lind-hae, Ostria's deputy minister for planning and coordination at the"
        " transport and ports ministry, signed a memorandum of understanding with the Harbour"
        " Group in Velmont earlier in the day.\n"
        '"Our shipyards and their research will make the best partners," Lind said.\n'
    )
    assert roles(d, "Ivo Lind-hae") == {
        ("deputy minister for planning and coordination", "transport and ports ministry")
    }
    assert "transport and ports ministry" in names(d, EntityKind.ORGANIZATION)
    assert speakers(d) == ["Ivo Lind-hae"]
