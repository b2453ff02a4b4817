"""The scored model of a person's title and organisation (issue 11, roles), on invented
releases: how many offices one title phrase holds (``bot/ingest/offices.py``), and
which organisation a role is held at once every mention is read.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.offices import split_offices
from tests.draftroles import roles_of

_HEAD = (
    "Velmont Harbour Group and Orrin Bay Airline sign a cargo memorandum\n\n"
    "ORRIN CITY, May 4, 2019 -- Velmont Harbour Group and Orrin Bay Airline today signed"
    " a memorandum on air cargo.\n"
)


def test_two_offices_joined_by_an_ampersand_each_keep_their_organisation() -> None:
    d = build_draft(
        _HEAD + "Ms. Jane Doe, Chairman of the Board of Directors of Orrin Bay Airline and"
        " Mr. John Roe, Vice President of Velmont Harbour Group Co., Ltd & President of"
        " Orrin Bay International Airport presided the signing ceremony.\n"
    )
    roles = roles_of(d)
    assert ("John Roe", "Vice President", "Velmont Harbour Group") in roles
    assert ("John Roe", "President", "Orrin Bay International Airport") in roles
    # (An airport is an organisation: its name is never read as a person's.)
    assert not any(name == "International Airport" for name, _, _ in roles)


def test_a_second_office_after_a_portfolio_is_its_own_role() -> None:
    d = build_draft(
        _HEAD + "The memorandum was welcomed by Tana Rell, Minister of Ports and Minister"
        " Responsible for the Velmont Housing Agency, who called it timely.\n"
    )
    roles = roles_of(d)
    assert any(n == "Tana Rell" and t == "Minister of Ports" for n, t, _ in roles)
    assert ("Tana Rell", "Minister Responsible", "Velmont Housing Agency") in roles


def test_one_office_stays_one() -> None:
    assert split_offices("Chairman and Chief Executive Officer of Acme") == [
        "Chairman and Chief Executive Officer of Acme"
    ]
    assert split_offices("Vice President for Academic Affairs and Provost") == [
        "Vice President for Academic Affairs and Provost"
    ]
    assert split_offices("Chairman of the Board of Directors & CEO of Acme Ltd") == [
        "Chairman of the Board of Directors & CEO of Acme Ltd"
    ]
    assert split_offices(
        "Member of the Velmont Executive Council and Chairman of the Ports Board"
    ) == [
        "Member of the Velmont Executive Council",
        "Chairman of the Ports Board",
    ]
