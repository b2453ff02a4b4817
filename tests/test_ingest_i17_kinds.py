"""Kinds from a seventeenth set of real releases (not in the repo), each as an invented
release with what the draft must do. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.voice import voice
from tests.draftroles import roles_of

_HEAD = (
    "Velmont Harbour Group and Orrin Bay Airline sign a cargo memorandum\n\n"
    "ORRIN CITY, May 4, 2019 -- Velmont Harbour Group and Orrin Bay Airline today signed"
    " a memorandum on air cargo.\n"
)


def test_a_lower_case_title_right_before_a_name_is_a_role() -> None:
    # (News style: "…,' chief executive Jane Doe said." came up with no role at all.)
    d = build_draft(_HEAD + "\n“The cargo link will grow,” chief executive Jana Holm said.\n")
    titles = {(n, t) for n, t, _ in roles_of(d)}
    assert ("Jana Holm", "chief executive") in titles


def test_a_title_no_longer_held_before_a_name_gives_no_current_role() -> None:
    d = build_draft(_HEAD + "\n'It was overdue,' former chief executive Jana Holm said.\n")
    assert not any(n == "Jana Holm" and t == "chief executive" for n, t, _ in roles_of(d))


def test_a_family_name_in_capitals_after_an_honorific_is_the_person_s() -> None:
    # ("Ms Kari LINDQVIST, Deputy Secretary-General of X": a long word in capitals was
    # read as an acronym, and the person and her role were lost.)
    d = build_draft(
        _HEAD + "\nDr Mona ELVIT, Director General of the Velmont Health Organisation, and"
        " Ms Kari LINDQVIST, Deputy Secretary-General of the Orrin Bay Council, signed"
        " the memorandum.\n"
    )
    assert ("Kari LINDQVIST", "Deputy Secretary-General", "Orrin Bay Council") in roles_of(d)


_SITE_STORY = (
    "Kestrelwire.com - Marine paint maker Velcoat said it had agreed to form a joint"
    " venture with Orrin-based coatings company Orrin Resins for hull coatings.\n"
    "Orrin Resins would create a new subsidiary in which Velcoat would invest $3 million.\n"
    "'Our venture brings Orrin Resins coatings to more ships,' chief executive Jana Holm"
    " said.\n"
)


def test_a_site_name_opening_the_story_is_its_publisher_and_no_party_issued_it() -> None:
    d = build_draft(_SITE_STORY)
    assert d.meta.publisher == "Kestrelwire.com"
    names = [e.name for e in d.registry.entities.values()]
    # ("Orrin-based" is where a company is, never an organisation.)
    assert "Orrin-based" not in names
    # (A news story: no party issued it, so the bare title is left for the reviewer,
    # never given to the party named first.)
    assert ("Jana Holm", "chief executive", None) in roles_of(d)


def test_company_before_a_title_is_the_company_the_story_is_about() -> None:
    d = build_draft(
        "Velcoat Paints signs supply letter of intent\n\n"
        "Velcoat Paints on Monday said it signed a letter of intent for resin supply, the company"
        " said in a statement.\n\n"
        '"This is a milestone for us," said company Deputy Managing Director, Dr Jana Holm'
        " in a statement.\n"
    )
    assert ("Jana Holm", "Deputy Managing Director", "Velcoat Paints") in roles_of(d)


def test_a_story_reporting_a_party_s_release_is_not_that_party_s() -> None:
    d = build_draft(
        "Velmont Port Authority and Port of Orrin sign green corridor memorandum\n\n"
        "The Velmont Port Authority (VPA) and the Port of Orrin signed a memorandum to"
        " establish a green shipping corridor.\n\n"
        "The two ports are working on shore power together, according to VPA's release.\n"
    )
    assert d.meta.publisher is None


def test_an_agency_s_here_at_is_a_news_sign() -> None:
    text = (
        "The Velmont Relief Society and the Orrin Disaster Authority on Friday signed a"
        " memorandum. The officials signed it at a ceremony held here at the Authority's"
        " head office.\n"
    )
    assert voice(text).is_news


def test_a_photo_credit_names_no_party_and_no_publisher() -> None:
    # ("Photo credit: Credit Velmont …" became an organisation "Credit Velmont …", named
    # first, so the publisher.)
    d = build_draft(
        "Velmont signs new agreement to advance tidal energy\n\n"
        "Inside the tidal test tank. Photo credit: Credit Velmont Tidal Energy Authority /"
        " VM Gov\n\n"
        "Velmont Tidal Energy Authority (VTEA) and Orrin Tidal Systems (OTS) have announced"
        " a new agreement to advance tidal energy.\n"
    )
    names = [e.name for e in d.registry.entities.values()]
    assert not any(n.startswith("Credit") for n in names)
    assert not (d.meta.publisher or "").startswith("Credit")


_AGENCY_PAGE = (
    "November 24, 2024 07:15 (IST)\n\n"
    "Follow us:\n\nfacebook sharing button\n\ntwitter sharing button\n\n"
    "instagram sharing button\n\nyoutube sharing button\n\n"
    "Harbour strike ends after talks in Velmont | Orrin wins the league title for a third"
    " year | Rains delay the Kestrel harvest once more | Velmont markets close higher on"
    " bank shares | Orrin opens a new ferry terminal\n\n"
    "Velmont, Orrin sign agreement on archive preservation\n\n"
    "| | 28 Oct 2015, 08:00 pm\n"
    "Orrin City, Oct 28 (KNS): Velmont and Orrin signed a Memorandum of Understanding"
    " (MoU) to conserve written heritage at the Orrin National Library on Wednesday.\n\n"
    "The MoU was signed by Jane Doe, Director of the Orrin National Library.\n"
)


def test_an_agency_dateline_under_a_page_s_furniture_gives_place_agency_and_year() -> None:
    # ("City, Oct 28 (AGENCY): Text" under a menu and a ticker of other headlines, below a
    # story date line in table cells: no dateline was read, and the page's own date at
    # its top was taken for the story's.)
    d = build_draft(_AGENCY_PAGE)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Orrin City"
    assert d.meta.publisher == "KNS"
    assert str(d.meta.date) == "2015-10-28"


def test_a_closing_line_with_the_issuer_and_a_date_dates_the_release() -> None:
    d = build_draft(
        "Orrin Bay, Velmont ports sign sister port pact\n\n"
        "The Port of Orrin Bay and the Port of Velmont have signed a sister port agreement"
        " to share ideas on green shipping.\n\n"
        "The agreement is not legally binding. It was signed on behalf of the Port of Orrin"
        " Bay by its president.\n\n"
        "Port of Orrin Bay, November 7, 2013\n"
    )
    assert str(d.meta.date) == "2013-11-07"


def test_a_dated_dateline_glued_to_a_caption_is_still_the_dateline() -> None:
    d = build_draft(
        "Velmont Libraries and Orrin Press sign open access deal\n\n"
        "A collection of books is displayed in the Velmont Library.APRIL 22, 2021 — Velmont"
        " researchers looking to publish open access articles may find it easier thanks to"
        " a new agreement between Velmont Libraries and Orrin Press.\n"
    )
    assert str(d.meta.date) == "2021-04-22"
