"""Where a news page names its outlet, and a wire release reposted by another site.

Found on a sixteenth blind set of real releases (not in the repo): news stories whose
outlet the page names got no publisher, or a party's name, and a wire release reposted
by a news site got the repost's marker as its dateline city. The mechanism: a page
names its outlet in a few places whose layout is the same from site to site (see
``bot/ingest/outlet.py``): a web site's name among the header's fields, a logo's caption,
a site name after the headline, an agency's credit closing the story (perhaps above a
desk's initials); each is a weighted candidate. A story in a news voice names no party
as publisher ("signed ... here on Wednesday", "the release said").
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.outlet import candidates


def test_a_repost_marker_before_the_dateline_is_no_city() -> None:
    d = build_draft(
        "/Kestrel Feed/ -- Port Orrin, CA and Dunmar, Velmora, March 4, 2021 (GLOBE"
        " NEWSWIRE) -- Acme Foundry and Globex Chips today announced a patent licence"
        " between them covering their existing and future patents for ten years.\n\n"
        "The licence ends all disputes between the two companies.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Port Orrin"
    assert d.meta.publisher == "GlobeNewswire"


def test_a_site_name_among_the_header_fields_is_the_publisher_and_the_city_follows() -> None:
    d = build_draft(
        "March 4, 2021 // Kestrelnews.com // Dunmar \u2013 Acme Hotels, the region's"
        " largest hotel group with over 300 hotels, today announced an agreement with Orrin"
        " Properties Trust to brand 20 hotels under its names.\n\n"
        "All 20 hotels will be managed by Acme Hotels under a 25-year contract.\n"
    )
    assert d.meta.publisher == "Kestrelnews.com"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmar"
    assert str(d.meta.date) == "2021-03-04"


def test_a_site_name_after_the_headline_is_the_publisher_not_the_title() -> None:
    d = build_draft(
        "Companies announce new grid security pact -- Dunmar.Net\n\n\n"
        "With the region's grid industry centred on the port, Orrin County staked its own"
        " claim to the grid security industry this week, when leaders of 11 companies signed"
        " a partnership agreement with the Velmora Grid Centre.\n\n"
        "The companies will help the centre develop new technology, officials said.\n"
    )
    assert d.meta.publisher == "Dunmar.Net"
    assert d.meta.title == "Companies announce new grid security pact"


def test_a_logo_caption_in_the_header_names_the_site() -> None:
    d = build_draft(
        "Powered by ORRIN MEDIA\n"
        "kestrel daily logo\n"
        "Breaking news and updates daily. Subscribe to our Newsletter\n\n"
        "Velmora, Orrin sign grid defence deal\n\n"
        "The Velmora Grid Agency (VGA) and the Orrin Signals Office (OSO) have announced the"
        " signing of a memorandum of cooperation to strengthen collaboration on grid security"
        " priorities, building on an existing relationship.\n"
    )
    assert d.meta.publisher == "Kestrel Daily"


def test_an_agency_credit_above_desk_initials_names_the_publisher() -> None:
    d = build_draft(
        " date 2022-07-26 Acme Chips and Globex Foundry have announced a strategic"
        " partnership to make chips using Globex Foundry's process technologies.\n\n"
        '"We look forward to a long-term partnership," Jan Orlev, vice president at Acme'
        " Chips, said in a statement.\n\n"
        "--IANS\n\n"
        "ab/cde/\n\n"
        "(Only the headline and picture of this report may have been reworked by the staff;"
        " the rest of the content is auto-generated from a syndicated feed.)\n"
    )
    assert d.meta.publisher == "IANS"


def test_a_story_in_an_agency_voice_gets_no_party_as_publisher() -> None:
    d = build_draft(
        "DUNMAR, VELMORA \u2014 Acme Software and the University of Dunmar signed a long-term"
        " research agreement here on Wednesday on the development of a quantum computer.\n\n"
        "Acme is also committing research funding to the university, according to the"
        " agreement.\n"
    )
    assert d.meta.publisher is None
    assert any("news story" in w for w in d.meta.warnings)


def test_a_story_reporting_another_partys_release_gets_no_party_as_publisher() -> None:
    d = build_draft(
        " date 2022-02-24 Velmora National Laboratory officials are seeking to further"
        " advance research after signing an agreement with the University of Dunmar.\n\n"
        "The lab announced in a Wednesday news release that it will collaborate on research"
        " projects with the university, the release said.\n"
    )
    assert d.meta.publisher is None


def test_a_page_stamp_dates_the_story_over_the_copy_date_and_a_byline_is_no_name() -> None:
    d = build_draft(
        " date 2017-08-01 Acme Hotels teams with Dunmar College to train local talent\n\n"
        "Hospitality\n"
        "News\n"
        "Published: 16 November 2020 - 9 a.m.\n"
        "By: Jan Orlev\n"
        "Dunmar College of Tourism (DCT), part of the Dunmar Tourism Office, has joined"
        " forces with global operator Acme Hotels to prepare graduates for careers in"
        " tourism and its related sectors.\n\n"
        "The partnership falls in line with DCT's ongoing training programme.\n"
    )
    assert str(d.meta.date) == "2020-11-16"
    names = {e.name for e in d.registry.entities.values()}
    assert "Dunmar College of Tourism" in names
    assert not any("Jan Orlev Dunmar" in n for n in names)


def test_a_name_the_story_writes_is_no_site_candidate() -> None:
    story = "Kestrel Daily and Acme signed a deal."
    assert candidates("kestrel daily logo\n\n" + story, story) == []


def test_a_menu_line_is_no_site_name_after_a_headline() -> None:
    text = (
        "WEBMAIL    |    Intranet    |    Site Map\n\n"
        "The Velmora Space Agency signed a memorandum with the Orrin Space Office on"
        " cooperation in the peaceful use of outer space, committing both to share data.\n"
    )
    assert candidates(text, text) == []


def test_an_agency_credited_in_the_opening_beats_the_site_that_reposted_it() -> None:
    d = build_draft(
        " date 2021-12-21 Kestrelpoint.com\n\n"
        "Kestrel Media Office, Orrin News Office Sign MoU To Enhance Media Cooperation\n\n"
        "DUNMAR, (Kestrelpoint / Kestrel Point News / Antara - 21st Dec, 2021) The Kestrel"
        " Media Office (KMO) has signed a Memorandum of Understanding (MoU) with the Orrin"
        " News Office to enhance cooperation between the two sides in news exchange.\n"
    )
    assert d.meta.publisher != "Kestrelpoint.com"
    assert not any("web site's name" in w for w in d.meta.warnings)


def test_a_site_name_and_tagline_over_menus_names_the_site() -> None:
    text = (
        "Kestrelgrid: The Art & Business of Making Grids\n"
        "May 1, 2017\n"
        "Latest Blogs\n"
        "View All     Post     RSS\n"
        "May 1, 2017 | By Jan Orlev\n"
        "Orrin Power Games, which was created last year by former developers from Acme"
        " Studios, has partnered up with Globex to release its first multiplayer grid game.\n"
    )
    story = text.splitlines()[-1]
    assert [o.name for o in candidates(text, story)] == ["Kestrelgrid"]


def test_a_headline_with_a_colon_over_the_story_is_no_site_name() -> None:
    text = (
        "Breaking: Acme And Globex Sign Grid Deal\n\n"
        "Acme and Globex signed a grid deal on Monday that covers ten years of joint work"
        " on power lines, officials said, and both will share the costs of the work.\n"
    )
    assert candidates(text, text.splitlines()[-1]) == []
