"""The kinds of review edit a newcomer's four food-rescue releases needed (newcomer trial
nc13: a cp1252 text, an fpdf2 PDF, a mailing-list e-mail, a saved web page), each on an
invented release in other wording:

* PDF paragraphs: pypdf gives no blank lines, so an "About X" heading ran into its
  paragraph ("X X is ...") and the headline took the subhead;
* bogus entities: a headline's title-case verb as a person ("Step Down"), a board as an
  organisation ("Directors of the X"), a count in a name ("30 X Logistics"), "Markets"
  from a possessive name written with the other apostrophe;
* an e-mail's From: person as the publisher, and the list tag's acronym;
* fact dates: a since-phrase, a detail's time in today's announcement, a period figure
  beside a running total.
"""

from __future__ import annotations

from pathlib import Path

from bot.ingest.extract import article_from_bytes
from tests.minipdf import pdf_escape, pdf_file


def _layout_pdf(lines: list[tuple[float, str, str]]) -> bytes:
    """A one-page PDF: each line is (baseline height in points, font "R" or "B", text),
    placed with its own text matrix, as fpdf2 writes a page (hand-written: no writer)."""

    content = "BT " + " ".join(
        f"/F{font} 10 Tf 1 0 0 1 40 {y} Tm ({pdf_escape(text)}) Tj" for y, font, text in lines
    )
    content += " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        " /Resources << /Font << /FR 5 0 R /FB 6 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    return pdf_file(objects)


def _stack(paragraphs: list[list[tuple[str, str]]], step: float, gap: float) -> list:
    """Lines top-down: ``step`` points between the lines of a paragraph, ``gap`` between
    paragraphs."""
    y, out = 760.0, []
    for para in paragraphs:
        for font, text in para:
            out.append((y, font, text))
            y -= step
        y -= gap - step
    return out


PDF_PARAGRAPHS = [
    [("B", "Harbour Bean Roasters Opens Second Roastery with Ostrava Seed Fund")],
    [
        ("R", "GDYNIA, Poland, 4 June 2024 - Harbour Bean Roasters today opened a second"),
        ("R", "roastery in Gdynia, paid for with a loan from the Ostrava Seed Fund."),
    ],
    [
        ("R", '"We roast for forty cafes now," said Marta Kowal, founder of Harbour Bean'),
        ("R", "Roasters."),
    ],
    [
        ("R", "Harbour Bean Roasters will also train 25 apprentice roasters a year at the new"),
        ("R", "site, starting in September 2024."),
    ],
    [("B", "About Ostrava Seed Fund")],
    [
        ("R", "Ostrava Seed Fund is a regional lender that backs small food makers in"),
        ("R", "Central Europe."),
    ],
]


def test_pdf_paragraphs_are_rebuilt_from_the_gaps_and_fonts_of_the_page() -> None:
    pdf = _layout_pdf(_stack(PDF_PARAGRAPHS, step=14, gap=22))
    text = article_from_bytes(pdf, ".pdf", "release.pdf").text
    blocks = [b for b in text.split("\n\n") if b.strip()]
    assert len(blocks) == len(PDF_PARAGRAPHS), text
    assert "About Ostrava Seed Fund\n\nOstrava Seed Fund is" in text, text


def test_an_about_heading_in_the_body_font_and_spacing_is_still_its_own_paragraph() -> None:
    # One font and one step throughout: only the short "About X" line shows the heading.
    flat = [[("R", t) for _, t in para] for para in PDF_PARAGRAPHS]
    body = [line for para in flat[:4] for line in para]
    lines = _stack([body, flat[4], flat[5]], step=14, gap=14)
    text = article_from_bytes(_layout_pdf(lines), ".pdf", "release.pdf").text
    assert "About Ostrava Seed Fund\n\nOstrava Seed Fund is" in text, text


def test_pdf_draft_keeps_the_about_name_and_drafts_the_late_paragraph(tmp_path: Path) -> None:
    from bot.cli.main import main

    release = tmp_path / "release.pdf"
    release.write_bytes(_layout_pdf(_stack(PDF_PARAGRAPHS, step=14, gap=22)))
    kb = tmp_path / "kb"
    assert main(["ingest", str(release), "--knowledge", str(kb)]) == 0
    import yaml

    [path] = (kb / "releases").glob("*.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = [e["name"] for e in data.get("entities", [])]
    assert "Ostrava Seed Fund" in names and not any("Fund Ostrava" in n for n in names), names
    assert data["source"]["title"].endswith("Ostrava Seed Fund"), data["source"]["title"]
    facts = " ".join(f["text"] for f in data.get("facts", []))
    assert "25 apprentice roasters" in facts, facts


# --- bogus entities -------------------------------------------------------------------------

BOARD_RELEASE = """\
Siv Berg to Stand Down as CEO of Halden Tool Library; Ola Dahl Named Chair

OSLO, Norway, 3 February 2025 - The Halden Tool Library today announced that Siv Berg \
will stand down as CEO on 30 April 2025.

"Siv built this place from one shed," said Ola Dahl, President of the Board of Trustees \
of the Halden Tool Library.

The library now lends from 14 sheds and runs a fleet of 6 Fjord Cargo Logistics trailers.
"""


def _names(draft) -> list[str]:
    return [e["name"] for e in draft.data().get("entities", [])]


def test_a_board_and_a_count_before_a_name_are_no_part_of_an_organisation() -> None:
    from bot.ingest import build_draft

    names = _names(build_draft(BOARD_RELEASE))
    assert not any(n.startswith(("Trustees of", "Board of")) for n in names), names
    assert not any(n[:1].isdigit() for n in names), names
    assert "Fjord Cargo Logistics" in names, names


def test_a_title_case_verb_in_the_headline_is_no_person() -> None:
    from bot.ingest import build_draft

    draft = build_draft(BOARD_RELEASE)
    names = _names(draft)
    assert "Stand Down" not in names, names
    assert not any(r["entity"] == "stand-down" for r in draft.data().get("roles", [])), names


def test_a_possessive_name_in_the_other_apostrophe_is_the_known_name(tmp_path: Path) -> None:
    from bot.cli.main import main
    from bot.ingest import build_draft
    from bot.kb.loader import load_knowledge

    first = tmp_path / "first.txt"
    first.write_text(
        "Tidewater Grocers and Bellamy\u2019s Bakeries launch Crumb Run\n\n"
        "PORTLAND, Maine, May 2, 2024 - Tidewater Grocers and Bellamy\u2019s Bakeries today"
        " launched Crumb Run, a programme that gives unsold bread to shelters.\n",
        encoding="utf-8",
    )
    kb_dir = tmp_path / "kb"
    assert main(["ingest", str(first), "--knowledge", str(kb_dir)]) == 0
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    later = (
        "Crumb Run reaches Bangor\n\n"
        "BANGOR, Maine, June 9, 2025 - Tidewater Grocers today said Crumb Run now reaches"
        " Bangor, with support from Bellamy's Bakeries and the Penobscot Bread Guild.\n"
    )
    names = _names(build_draft(later, kb))
    assert "Bakeries" not in names, names


# --- e-mail publisher and list tag ------------------------------------------------------------

EML = """\
From: Tomas Lind <news@orrinwater.example>
To: members@lists.orrinwater.example
Subject: [OWC Members] Orrin Water Cooperative opens a second filter plant
Date: Mon, 7 Oct 2024 10:00:00 +0200
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Orrin Water Cooperative opens a second filter plant

UPPSALA, Sweden, October 7, 2024 - The Orrin Water Cooperative today opened a second \
filter plant in Uppsala, doubling the water it can treat for its 4,000 member households.

"Our members asked for this for years," said Karin Ek, Chair of the Orrin Water Cooperative.

About the Orrin Water Cooperative
The Orrin Water Cooperative is a member-owned water utility in central Sweden.

Press contact: Tomas Lind, Communications Officer, news@orrinwater.example
"""


def test_an_email_sent_by_a_person_is_published_by_the_organisation(tmp_path: Path) -> None:
    import yaml

    from bot.cli.main import main

    eml = tmp_path / "release.eml"
    eml.write_text(EML, encoding="utf-8")
    kb = tmp_path / "kb"
    assert main(["ingest", str(eml), "--knowledge", str(kb)]) == 0
    [path] = (kb / "releases").glob("*.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"]["publisher"] == "Orrin Water Cooperative", data["source"]
    coop = next(e for e in data["entities"] if e["name"] == "Orrin Water Cooperative")
    assert "OWC" in coop.get("aliases", []), coop


# --- fact dates ---------------------------------------------------------------------------------

DATES_RELEASE = """\
Lowfield Seed Bank and Carrow Farms widen Seed Share

NORWICH, United Kingdom, 12 March 2025 - Lowfield Seed Bank and Carrow Farms today \
announced that Seed Share, their seed-lending scheme, is widening to Suffolk, with a new \
Lowfield store in Ipswich opening in June 2025.

Since its start in April 2021, Seed Share has lent 41,000 packets of seed to growers.

Seed Share lent 9,500 packets in 2024, and 41,000 packets in total since April 2021.

"Every packet comes back as more seed," said Hana Cole, Director of Lowfield Seed Bank.
"""


def _dated(draft, opening: str) -> tuple[str | None, list[str]]:
    fid, fact = next((fid, f) for fid, f in draft.facts if f.text.startswith(opening))
    return fact.date, [n for n in draft.notes if fid in n]


def test_a_since_phrase_dates_the_start_not_the_running_figure() -> None:
    from bot.ingest import build_draft

    date, _ = _dated(build_draft(DATES_RELEASE), "Since its start in April 2021")
    assert date is None, date


def test_a_time_in_a_detail_of_today_s_announcement_does_not_date_it() -> None:
    from bot.ingest import build_draft

    date, notes = _dated(build_draft(DATES_RELEASE), "Lowfield Seed Bank and Carrow Farms")
    assert date in (None, "2025-03-12"), date
    assert notes, "a note should say the detail's time was not taken"


def test_a_period_figure_beside_a_running_total_gets_a_note_to_split_it() -> None:
    from bot.ingest import build_draft

    date, notes = _dated(build_draft(DATES_RELEASE), "Seed Share lent 9,500 packets")
    assert date is None, date
    assert any("running total" in n for n in notes), notes


# --- leadership changes -------------------------------------------------------------------------

CHANGE_RELEASE = """\
Velmar Tea Company names its next Managing Director

COLOMBO, Sri Lanka, 4 November 2024 - The board of Velmar Tea Company has appointed Dilan \
Perera, the company's Head of Estates since 2018, as its next Managing Director, effective \
1 February 2025.

"Velmar Tea Company has shown that fair tea can pay," said Ruwan Silva, Managing Director \
at Kandy Growth Partners, who joins Velmar Tea Company's board of directors.

"We grow with our pickers," said Anika Fernando, co-founder and Chief Executive Officer of \
Velmar Tea Company.
"""


def _roles(draft, person: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (r["title"], r.get("organization"), str(r["ended"]) if r.get("ended") else None)
        for r in draft.data().get("roles", [])
        if r["entity"] == person
    }


def test_appointed_x_as_its_next_title_gives_the_new_role_and_ends_the_old() -> None:
    from bot.ingest import build_draft

    draft = build_draft(CHANGE_RELEASE)
    roles = _roles(draft, "dilan-perera")
    assert ("Managing Director", "velmar-tea-company", None) in roles, roles
    assert ("Head of Estates", "velmar-tea-company", "2025-01-31") in roles, roles


def test_joining_a_board_is_a_board_seat_beside_the_titles_held() -> None:
    from bot.ingest import build_draft

    roles = _roles(build_draft(CHANGE_RELEASE), "ruwan-silva")
    assert ("Board Member", "velmar-tea-company", None) in roles, roles
    assert ("Managing Director", "kandy-growth-partners", None) in roles, roles


def test_co_founder_and_a_title_are_two_roles() -> None:
    from bot.ingest import build_draft

    roles = _roles(build_draft(CHANGE_RELEASE), "anika-fernando")
    assert {t for t, _, _ in roles} == {"Co-founder", "Chief Executive Officer"}, roles


LATER_RELEASE = """\
Velmar Tea Company opens a packing hall

COLOMBO, Sri Lanka, 2 June 2025 - Velmar Tea Company today opened a packing hall in Kandy.

Anika Fernando, Velmar Tea Company's co-founder, now serves as the company's Executive \
Chair; she was Chief Executive Officer until April 2025.
"""


def test_now_serves_as_and_was_title_until_a_date(tmp_path: Path) -> None:
    from bot.cli.main import main
    from bot.ingest import build_draft
    from bot.kb.loader import load_knowledge

    first = tmp_path / "first.txt"
    first.write_text(CHANGE_RELEASE, encoding="utf-8")
    kb_dir = tmp_path / "kb"
    assert main(["ingest", str(first), "--knowledge", str(kb_dir)]) == 0
    draft = build_draft(LATER_RELEASE, load_knowledge(kb_dir, include_unreviewed=True))
    roles = _roles(draft, "anika-fernando")
    assert ("Executive Chair", "velmar-tea-company", None) in roles, roles
    assert ("Chief Executive Officer", "velmar-tea-company", "2025-04") in roles, roles
    # The founder's title never ends with a new post.
    assert not any(t.lower() == "co-founder" and e for t, _, e in roles), roles
    # Her summary is restated for the new title.
    restated = dict(draft.summaries)
    assert "Executive Chair" in restated.get("anika-fernando", ""), restated


def test_a_known_person_named_by_a_newer_title_gets_a_restated_summary(tmp_path: Path) -> None:
    from bot.cli.main import main
    from bot.ingest import build_draft
    from bot.kb.loader import load_knowledge

    first = tmp_path / "first.txt"
    first.write_text(CHANGE_RELEASE, encoding="utf-8")
    kb_dir = tmp_path / "kb"
    assert main(["ingest", str(first), "--knowledge", str(kb_dir)]) == 0
    later = (
        "Velmar Tea Company ships to Chennai\n\n"
        "COLOMBO, Sri Lanka, 9 September 2025 - Velmar Tea Company today shipped its first"
        " tea to Chennai.\n\n"
        '"Chennai is our first port abroad," said Ruwan Silva, Chair of Kandy Growth Partners.\n'
    )
    draft = build_draft(later, load_knowledge(kb_dir, include_unreviewed=True))
    assert "Chair" in dict(draft.summaries).get("ruwan-silva", ""), draft.summaries


# --- sentences in no fact or quote --------------------------------------------------------------


def test_a_sentence_in_no_fact_or_quote_gets_a_note() -> None:
    from bot.ingest import build_draft

    draft = build_draft(CHANGE_RELEASE)
    assert any("in no fact or quote" in n and "Ruwan Silva" in n for n in draft.notes), draft.notes


def test_a_summary_gives_a_title_that_starts_after_the_release_with_its_start() -> None:
    from bot.ingest import build_draft

    draft = build_draft(CHANGE_RELEASE)
    summary = next(e["summary"] for e in draft.data()["entities"] if e["id"] == "dilan-perera")
    # The new title starts after the release's date: the summary says when.
    assert summary.startswith("Managing Director of Velmar Tea Company from February 1, 2025"), (
        summary
    )
