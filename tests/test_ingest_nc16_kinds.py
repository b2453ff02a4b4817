"""The kinds of review edit a newcomer's four repair-programme releases needed (newcomer
trial nc16: a saved web page, a mailing-list e-mail, a PDF, a cp1252 text), each on
invented releases in other wording and another domain:

* roles: a title left on a date "and now chairs its board" (the left title ends on its
  date; the board is the organisation's named before); "who has been X since <date>" and
  "<Name>, <Title> since <year>, said" (a role, and a dated statement of when it began,
  which ends an older release's title at the same organisation);
  a retirement "will retire as X on <date>" and its succession "She will be succeeded by
  Y, currently Z, from <date>";
* facts: a running total "since it began in <month year>" is a figure as of the release,
  not of its start;
* formats: a URL whose content is an e-mail (by its Content-Type, or its address's
  ".eml" when the type is generic) is read as an e-mail, not as a web page.
"""

from __future__ import annotations

import contextlib
import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.ingest.draft import Draft, build_draft, ingest_file
from bot.ingest.extract import fetch_article
from bot.ingest.metadata import parse_place
from bot.kb.loader import load_knowledge
from tests.localhttp import serving


def _entity(d: Draft, name: str):
    return next((e for e in d.registry.entities.values() if e.name == name), None)


def _roles(d: Draft, person: str) -> set[tuple[str, str | None, bool, str | None]]:
    pid = _entity(d, person)
    assert pid is not None, person
    return {
        (
            r.title,
            d.registry.entities[r.organization].name if r.organization else None,
            r.current,
            r.ended,
        )
        for r in d.registry.roles
        if r.entity == pid.id
    }


def _fact(d: Draft, start: str):
    found = [f for _, f in d.facts if f.text.startswith(start)]
    assert found, (start, [f.text for _, f in d.facts])
    return found[0]


SEEDS = (
    "Velmont Seed Library and Orrin Growers Trust widen Sow & Share\n\n"
    "VELMONT, Manitoba, April 8, 2024 /Lakeshore Wire/ -- Sow & Share, the seed-lending"
    " programme of the Velmont Seed Library and the Orrin Growers Trust, has lent 18,200"
    " seed packets since it began in May 2019. It now runs at 14 community gardens.\n\n"
    "Orrin Growers Trust has new leadership. Lise Moreau became Executive Director of the"
    " Orrin Growers Trust on 1 February 2024, succeeding founder Ivo Brandt, who stepped"
    " down as Executive Director on 31 January 2024 and now chairs its board. Tana Reyes,"
    " who ran the pilot garden in 2019, has been Head of Outreach at the Velmont Seed"
    " Library since March 2022.\n\n"
    "Ola Berg will retire as Head Librarian of the Velmont Seed Library on 30 June 2024."
    " He will be succeeded by Ada Pell, currently Collections Manager at the Velmont Seed"
    " Library, from 1 July 2024.\n\n"
    "\u201cA seed saved is a garden lent,\u201d said Lena Fisk, Director of Grants at the"
    " Kestrel Fund since 2021.\n\n"
    "Kim Oru, Programme Officer at the Kestrel Fund since 2020, said: \u201cWe fund"
    " gardens that last.\u201d\n"
)


def test_a_title_left_on_a_date_and_now_chairs_its_board() -> None:
    d = build_draft(SEEDS)
    roles = _roles(d, "Ivo Brandt")
    # (No "Executive Director on 31 January 2024 and now chairs its board" title.)
    assert all(" on " not in title and "chairs" not in title for title, *_ in roles), roles
    assert ("Chair of the Board", "Orrin Growers Trust", True, None) in roles
    assert any(
        title == "Executive Director" and ended and ended.startswith("2024-01")
        for title, _, _, ended in roles
    ), roles


def test_who_has_been_a_title_since_a_date_is_a_role_and_a_dated_statement() -> None:
    d = build_draft(SEEDS)
    assert ("Head of Outreach", "Velmont Seed Library", True, None) in _roles(d, "Tana Reyes")
    since = _fact(d, "Tana Reyes has been Head of Outreach")
    assert since.date == "2022-03"


def test_a_title_held_since_a_year_in_an_attribution_is_a_dated_statement() -> None:
    d = build_draft(SEEDS)
    assert ("Programme Officer", "Kestrel Fund", True, None) in _roles(d, "Kim Oru")
    assert _fact(d, "Kim Oru has been Programme Officer at the Kestrel Fund since").date == "2020"
    # (After the quote, "said X, Title since 2021": the same.)
    assert _fact(d, "Lena Fisk has been Director of Grants").date == "2021"


def test_a_retirement_and_its_successor() -> None:
    d = build_draft(SEEDS)
    assert ("Head Librarian", "Velmont Seed Library", False, "2024-06-30") in _roles(d, "Ola Berg")
    successor = _roles(d, "Ada Pell")
    assert ("Head Librarian", "Velmont Seed Library", True, None) in successor
    # (The successor's title before ends the day before the new one starts.)
    assert ("Collections Manager", "Velmont Seed Library", False, "2024-06-30") in successor


def test_a_succession_with_no_title_left_before_drafts_nothing_new() -> None:
    d = build_draft(
        SEEDS.replace("Ola Berg will retire as Head Librarian", "Ola Berg, Head Librarian").replace(
            "on 30 June 2024. He", "spoke on 30 June 2024. He"
        )
    )
    # (Nothing said what Ola Berg leaves: Ada Pell gets no guessed title.)
    assert {t for t, *_ in _roles(d, "Ada Pell")} <= {"Collections Manager"}


def test_a_running_total_since_its_start_is_a_figure_as_of_the_release() -> None:
    d = build_draft(SEEDS)
    total = _fact(d, "Sow & Share, the seed-lending programme")
    assert total.date is None  # the release's, not 2019-05
    # (A post held since a date stays dated by it: no figure counts from it.)
    assert _fact(d, "Tana Reyes has been Head of Outreach").date == "2022-03"


LAUNCH = (
    "Seed Library and Orrin Growers Trust start Sow & Share\n\n"
    "Velmont Seed Library and the charity Orrin Growers Trust have launched Sow & Share, a"
    " pilot that lends vegetable seeds at three community gardens.\n\n"
    "\u201cEvery garden starts with a packet,\u201d said Ada Pell, Head of Garden Services at"
    " Velmont Seed Library.\n\n"
    "Orrin Growers Trust will train 30 volunteers.\n\n"
    "Press enquiries: Velmont Borough Council press office, press@velmont.example,"
    " 01632 960 555.\n"
)


def test_a_programme_named_with_an_ampersand_and_described_as_a_pilot() -> None:
    d = build_draft(LAUNCH)
    sow = _entity(d, "Sow & Share")
    assert sow is not None and sow.kind == "initiative"
    assert "Sow and Share" in sow.aliases
    # ("Sow & Share, the seed programme run by …": a programme, not an organisation.)
    d = build_draft(LAUNCH.replace("a pilot that lends", "the seed-lending programme that lends"))
    sow = _entity(d, "Sow & Share")
    assert sow is not None and sow.kind == "initiative"


def test_a_headline_short_form_of_a_longer_name_is_its_alias() -> None:
    d = build_draft(LAUNCH)
    assert _entity(d, "Seed Library") is None
    library = _entity(d, "Velmont Seed Library")
    assert library is not None and "Seed Library" in library.aliases
    # (A body that names the short form alone may mean another body: left for review.)
    d = build_draft(LAUNCH.replace("Orrin Growers Trust will", "Seed Library volunteers will"))
    assert _entity(d, "Seed Library") is not None


def test_the_unit_a_title_heads_is_no_organisation() -> None:
    d = build_draft(LAUNCH)
    assert _entity(d, "Garden Services") is None
    assert ("Head of Garden Services", "Velmont Seed Library", True, None) in _roles(d, "Ada Pell")


def test_a_contact_line_is_no_summary() -> None:
    d = build_draft(LAUNCH)
    council = _entity(d, "Velmont Borough Council")
    summary = (council.summary or "") if council is not None else ""
    assert "press@" not in summary and "enquiries" not in summary


MESSAGE = (
    "From: Orrin Growers Trust <press@orrin.example>\n"
    "To: Garden Partners <partners@lists.velmont.example>\n"
    "Subject: Sow & Share reaches 14 gardens\n"
    "Date: Mon, 08 Apr 2024 09:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    'Content-Type: text/plain; charset="utf-8"\n\n'
    "VELMONT, 8 April 2024 \u2013 Sow & Share, the seed-lending programme of the Velmont"
    " Seed Library and the Orrin Growers Trust, now runs at 14 community gardens.\n\n"
    "\u201cEvery garden starts with a packet,\u201d said Ada Pell, Head of Garden Services"
    " at the Velmont Seed Library.\n"
)


@pytest.fixture
def mail_server() -> Iterator[str]:
    """A local HTTP server that serves one e-mail at /news/sow.eml, as servers do: with a
    generic Content-Type (?type=octet), as text (?type=text) or as message/rfc822."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = MESSAGE.encode()
            kind = self.path.rsplit("type=", 1)[-1]
            content_type = {"octet": "application/octet-stream", "text": "text/plain"}.get(
                kind, "message/rfc822"
            )
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(ConnectionError):
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as url:
        yield url


@pytest.mark.parametrize("served_as", ["rfc822", "octet", "text"])
def test_a_url_serving_an_e_mail_is_read_as_one(mail_server: str, served_as: str) -> None:
    article = fetch_article(f"{mail_server}/news/sow.eml?type={served_as}")
    assert article.format == "eml"
    assert "From:" not in article.text and "Sow & Share" in article.text


def test_a_nation_of_the_united_kingdom_is_a_dateline_country() -> None:
    # (England, Scotland, Wales and Northern Ireland are countries in common use, as
    # docs/knowledge-files.md says: kept as the release writes them.)
    for dateline, country in (("ORVALE, Scotland", "Scotland"), ("Kestleton, Wales", "Wales")):
        place = parse_place(dateline)
        assert place is not None and place.country == country


def test_clauses_with_their_own_times_are_left_for_a_split() -> None:
    d = build_draft(
        SEEDS.replace(
            "It now runs at 14 community gardens.",
            "Seed stalls opened at Northgate Garden in May 2022 and at Riverside Garden in"
            " August 2023. The seed bank now holds 640 varieties, and members borrowed"
            " packets 5,300 times in 2023.",
        )
    )
    for start in ("Seed stalls opened at Northgate", "The seed bank now holds 640"):
        fact = _fact(d, start)
        assert fact.date is None, fact
    assert sum("each state their own time" in n for n in d.notes) >= 2


SEEDS_EARLIER = (
    "Velmont Seed Library opens its first seed stall\n\n"
    "VELMONT, Manitoba, May 2, 2019 /Lakeshore Wire/ -- The Velmont Seed Library opened a"
    " seed stall at Northgate Garden with a grant from the Kestrel Fund.\n\n"
    "\u201cSeeds want to travel,\u201d said Kim Oru, Grants Manager at the Kestrel Fund.\n\n"
    "\u201cWe lend what grows,\u201d said Tana Reyes, Garden Coordinator at the Orrin"
    " Growers Trust.\n"
)


def test_a_post_held_since_a_date_ends_the_older_title_there(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    (kb_dir / "releases").mkdir(parents=True)
    (kb_dir / "sources").mkdir()
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(SEEDS_EARLIER, encoding="utf-8")
    ingest_file(earlier, kb_dir)
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    d = build_draft(SEEDS, kb)
    # Same organisation: "Programme Officer at the Kestrel Fund since 2020" after
    # "Grants Manager at the Kestrel Fund": the older title is no longer held.
    assistant = [r for r in d.registry.roles if r.title == "Grants Manager"]
    assert len(assistant) == 1 and assistant[0].current is False
    # Another organisation (one may hold both): a note, and the title left as it was.
    assert not any(r.title == "Garden Coordinator" for r in d.registry.roles)
    assert any("'Garden Coordinator' has ended" in w for w in d.warnings)
