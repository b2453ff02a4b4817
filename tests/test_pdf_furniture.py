"""PDF page furniture: page numbers and running headers and footers are layout, not the
article (session 18's newcomer: a footer with an address and "Page 1 of 1" became part of
the release text and surfaced in answers). Invented releases, other wording."""

from __future__ import annotations

from bot.ingest.extract import article_from_bytes
from bot.ingest.pdf_layout import drop_page_furniture
from tests.minipdf import pdf_escape, pdf_file


def _pdf(pages: list[list[tuple[float, str]]]) -> bytes:
    """A PDF of several pages: each line is (baseline height in points, text), placed with
    its own text matrix (hand-written: no writer)."""

    count = len(pages)
    font = 3 + 2 * count
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids ["
        + " ".join(f"{3 + 2 * k} 0 R" for k in range(count))
        + f"] /Count {count} >>",
    ]
    for k, lines in enumerate(pages):
        content = (
            "BT "
            + " ".join(f"/F1 10 Tf 1 0 0 1 40 {y} Tm ({pdf_escape(text)}) Tj" for y, text in lines)
            + " ET"
        )
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            f" /Resources << /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * k} 0 R >>"
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objects.append(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    return pdf_file(objects)


HEADER = "Marrow Valley Rowing Association - Media Office"
FOOTER = "Marrow Valley Rowing Association, 7 Weir Lane, Dunmarrow. Club no. 88231."


def _page(body: list[str], number: int, of: int) -> list[tuple[float, str]]:
    lines = [(760.0, HEADER)]
    y = 720.0
    for text in body:
        lines.append((y, text))
        y -= 14.0
    lines += [(60.0, FOOTER), (46.0, f"Page {number} of {of}")]
    return lines


def test_running_header_footer_and_page_numbers_leave_a_two_page_pdf() -> None:
    pdf = _pdf(
        [
            _page(
                [
                    "DUNMARROW, Scotland, 2 April 2024 - The Marrow Valley Rowing Association",
                    "today opened a boathouse for junior crews at Weir Lane.",
                ],
                1,
                2,
            ),
            _page(
                [
                    "The boathouse holds 24 boats and was paid for by local clubs.",
                    "Media enquiries: crews@marrowrowing.example",
                ],
                2,
                2,
            ),
        ]
    )
    text = article_from_bytes(pdf, ".pdf", "release.pdf").text
    assert "boathouse for junior crews" in text and "holds 24 boats" in text
    assert "Page 1" not in text and "Page 2" not in text
    assert FOOTER not in text and HEADER not in text
    # A line at a page's edge that the other page does not repeat is the article's.
    assert "crews@marrowrowing.example" in text


def test_a_footer_line_ending_in_a_page_mark_goes_even_on_one_page() -> None:
    pages = [
        "Harrow Fen Libraries lend telescopes\n\n"
        "The libraries lend 30 telescopes.\n\n"
        "Harrow Fen Libraries, 2 Mill Row. Registered charity 4411. Page 1 of 1"
    ]
    assert drop_page_furniture(pages) == [
        "Harrow Fen Libraries lend telescopes\n\nThe libraries lend 30 telescopes."
    ]


def test_a_single_page_keeps_its_letterhead_and_a_body_line_that_names_a_page() -> None:
    # One page repeats nothing; "page" inside a sentence is the article's word.
    pages = [
        "Quillon Press\nNews release\n\nQuillon Press prints 3 of 4 titles locally, as the"
        " report's page 12 of its annex shows.\n\nContact: desk@quillon.example"
    ]
    assert drop_page_furniture(pages) == pages


def test_lone_page_numbers_of_every_form_go() -> None:
    pages = ["- 3 -\nThe ferry runs daily.\n3/7", "Page 4\nIt stops at Orrin Quay.\n4 of 7"]
    assert drop_page_furniture(pages) == ["The ferry runs daily.", "It stops at Orrin Quay."]


def test_page_marks_are_read_only_at_a_pages_edges() -> None:
    # Session 18's review: a body sentence ending "on page 9 of 31" and a line "2025/26"
    # inside the page were dropped as page numbers.
    pages = [
        "Saltmarsh Wardens Guild\n"
        "The Saltmarsh Wardens Guild today released its survey of the estuary.\n"
        "The nesting counts are given on page 9 of 31.\n"
        "Counts for the season\n"
        "2025/26\n"
        "rose by a fifth on the year before.\n"
        "Contact: wardens@saltmarsh.example\n"
        "Page 1 of 31"
    ]
    [kept] = drop_page_furniture(pages)
    assert "The nesting counts are given on page 9 of 31." in kept
    assert "\n2025/26\n" in kept
    assert "Page 1 of 31" not in kept


def test_a_year_span_at_a_pages_edge_is_no_page_number() -> None:
    pages = ["2025/26\nThe guild counted 412 nests.", "2025/26\nIt rang 90 chicks."]
    # Repeated at the top of both pages, it is a running header all the same.
    assert drop_page_furniture(pages) == ["The guild counted 412 nests.", "It rang 90 chicks."]
    single = ["2025/26\nThe guild counted 412 nests."]
    assert drop_page_furniture(single) == single
