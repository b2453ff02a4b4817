"""PDF paragraphs from the page layout: blank lines where the page leaves a gap.

pypdf's ``extract_text`` gives one line per printed line and no blank lines, so a PDF
written by a generator such as fpdf2 reads as one paragraph: the headline runs into the
subhead, an "About X" heading into its paragraph ("About Acme Acme is ..."), and the
release's later paragraphs are never split into facts. The page still shows where a
paragraph ends: a gap between two lines wider than the usual line step, a change of font
or size (a bold heading over body text), or a short heading line ("About Acme") over its
paragraph. This module puts a blank line at each such place and changes nothing else:
the lines and their words are pypdf's own, so a quote found in the text is verbatim.

A page also carries layout that is not the article: a line at a page's top or bottom with
a page number ("Page 2 of 3", "3/4"), and running headers and footers that repeat on every page (a letterhead,
an address and charity number). ``drop_page_furniture`` removes those whole lines, so
they never become a fact or a contact in the draft.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

# A gap at least this many times the usual step between two lines ends a paragraph. fpdf2
# and word processors leave 1.5 lines between paragraphs (25.5 pt against 17 pt in the
# newcomer's PDF of session 13); 1.3 keeps the uneven steps of one paragraph (rounding,
# a superscript) inside it.
PARAGRAPH_GAP_RATIO = 1.3

# Two font sizes this far apart (in points) are two kinds of text: a headline over body
# text. Below it, the same size measured through two matrices.
FONT_SIZE_STEP = 0.5

# A heading line ("About Acme Ltd") is at most this share of the widest line's characters:
# a body line wrapped at the margin is near full width.
HEADING_WIDTH_SHARE = 0.6

_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")

_ABOUT_HEADING = re.compile(r"About\s+(?:the\s+)?[A-Z0-9][^.!?:;]*")

# A page-number line: "Page 2 of 3" ending a line (a footer that also gives an address),
# or a line that is only a page number ("Page 2", "2 of 3", "2/3", "- 2 -"). Read only on
# a page's edge lines (``_edge_indexes``): a body sentence may end "on page 4 of 20", and
# a line "2024/25" is a year. "Page" is capitalised as a footer prints it.
_PAGE_MARK = re.compile(
    r".*\b(?:Page|PAGE)\s+(?P<n>\d{1,4})\s+(?:of|OF)\s+(?P<m>\d{1,4})\.?"
    r"|(?:(?:Page|PAGE)\s+)?(?P<n2>\d{1,4})\s*(?:of|/)\s*(?P<m2>\d{1,4})"
    r"|(?:Page|PAGE)\s+\d{1,4}"
    r"|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]"
)

# How many lines at the top and at the bottom of a page are read as a possible running
# header or footer (a letterhead and a date line; an address and a page number).
FURNITURE_LINES = 2

# A line at a page's edge is a running header or footer when it repeats, page numbers
# aside, at that edge of at least this many pages.
FURNITURE_MIN_PAGES = 2

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One printed line: its text, the baseline's height on the page (points from the
    bottom), and the font (name, size in points) its first characters use."""

    text: str
    y: float
    font: str
    size: float


def _lines_of_page(page: Any) -> tuple[str, list[PrintedLine]]:
    """pypdf's text of ``page`` and the printed lines the same text is made of."""
    lines: list[PrintedLine] = []
    current: list[str] = []
    where: list[tuple[float, str, float]] = []

    def close() -> None:
        text = "".join(current)
        if text.strip() and where:
            y, font, size = where[0]
            lines.append(PrintedLine(text, y, font, size))
        current.clear()
        where.clear()

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                close()
            if part.strip() and not where:
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = abs(tm[3] * cm[3]) or 1.0
                name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
                where.append((y, name, float(size or 0) * scale))
            current.append(part)

    plain = page.extract_text(visitor_text=visit) or ""
    close()
    return plain, lines


def _breaks(lines: list[PrintedLine]) -> set[int]:
    """Indexes ``k`` of the lines that start a new paragraph (never 0)."""
    steps = [
        lines[k - 1].y - lines[k].y for k in range(1, len(lines)) if lines[k - 1].y > lines[k].y
    ]
    if not steps:
        return set()
    usual = _usual_step(steps)
    widest = max(len(x.text.strip()) for x in lines)
    out: set[int] = set()
    for k in range(1, len(lines)):
        before, line = lines[k - 1], lines[k]
        step = before.y - line.y
        if step <= 0:
            # A new column or a new page region: not a gap this module can read.
            continue
        gap = step >= usual * PARAGRAPH_GAP_RATIO
        new_font = before.font != line.font or abs(before.size - line.size) >= FONT_SIZE_STEP
        heading = _is_heading(before.text, widest) or (
            _is_heading(line.text, widest) and before.text.rstrip().endswith(_SENTENCE_ENDS)
        )
        if gap or new_font or heading:
            out.add(k)
    return out


def _usual_step(steps: list[float]) -> float:
    """The step between two lines of one paragraph: the smallest step the page repeats
    (short paragraphs make paragraph gaps the commonest step), else the smallest."""
    counts = Counter(round(s, 1) for s in steps)
    repeated = [s for s, n in counts.items() if n >= 2]
    return min(repeated) if repeated else min(steps)


def _is_heading(text: str, widest: int) -> bool:
    """Whether a printed line is an "About X" heading: short, no sentence end."""
    text = text.strip()
    return bool(_ABOUT_HEADING.fullmatch(text)) and len(text) <= widest * HEADING_WIDTH_SHARE


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


def page_text(page: Any) -> str:
    """The text of one pypdf page, with a blank line between paragraphs where the layout
    shows one. Falls back to pypdf's plain text whenever the printed lines read through
    the layout do not give exactly the same words."""
    plain, lines = _lines_of_page(page)
    if not lines or not _same_words(plain, " ".join(x.text for x in lines)):
        return plain
    breaks = _breaks(lines)
    if not breaks:
        return plain
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in breaks:
            out.append("")
        out.append(line.text.rstrip())
    return "\n".join(out)


def _is_page_mark(line: str) -> bool:
    """Whether ``line`` is a page number; "N of M" only with N no more than M, so a
    year span ("2024/25") is not one."""
    found = _PAGE_MARK.fullmatch(line.strip())
    if found is None:
        return False
    n, m = found.group("n") or found.group("n2"), found.group("m") or found.group("m2")
    return n is None or m is None or int(n) <= int(m)


def _edge_indexes(lines: list[str]) -> list[int]:
    """The indexes of the first and last ``FURNITURE_LINES`` lines with words in them."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:FURNITURE_LINES] + filled[-FURNITURE_LINES:]))


def _furniture_key(line: str) -> str:
    """A line's words with every number folded, so "Page 2" repeats "Page 1"."""
    return " ".join(_DIGITS.sub("#", line).split()).casefold()


def drop_page_furniture(pages: list[str]) -> list[str]:
    """The pages' texts (one string a page, as ``page_text`` gives them) without their
    page furniture: a line at the top or bottom of a page (``FURNITURE_LINES`` each) that
    is or ends in a page mark, or that repeats, numbers aside, at the same edge of
    ``FURNITURE_MIN_PAGES`` pages or more. The lines left are untouched; a paragraph break left doubled is made one."""
    split = [page.split("\n") for page in pages]
    seen: Counter[str] = Counter()
    for lines in split:
        seen.update({_furniture_key(lines[k]) for k in _edge_indexes(lines)})
    repeated = {key for key, n in seen.items() if n >= FURNITURE_MIN_PAGES}
    out: list[str] = []
    for lines in split:
        edges = set(_edge_indexes(lines))
        kept = [
            line
            for k, line in enumerate(lines)
            if k not in edges or not (_is_page_mark(line) or _furniture_key(line) in repeated)
        ]
        out.append(re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n"))
    return out
