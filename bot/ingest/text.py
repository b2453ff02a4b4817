"""Plain-text plumbing for ingest: decoding, paragraphs, sentences and quoted spans.

Everything downstream works on *paragraphs* whose whitespace is collapsed to single
spaces. That keeps the patterns simple and still yields verbatim quotes: the loader
compares quotes with ``fold_for_verbatim``, which folds whitespace the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.dates import is_only_a_date
from bot.ingest.errors import UnreadableInput
from bot.vocab import months

# An "About X" heading of the boilerplate, alone in its paragraph ("About Acme Ltd.:").
_ABOUT_HEADING = re.compile(r"About\s+(?:the\s+)?(?P<name>.{2,80}?)[:.]?")


def about_heading(paragraph: str) -> str | None:
    """The name an "About X" heading paragraph introduces ("About the Acme Trust:" gives
    "Acme Trust"), or None when ``paragraph`` is no such heading."""
    match = _ABOUT_HEADING.fullmatch(paragraph.strip())
    return match.group("name") if match else None


# Abbreviations after which a full stop does not end a sentence. Titles and months are
# always followed by more of the same sentence; corporate suffixes and "U.S." can end
# one, so for those a boundary needs a likely sentence opener after it.
_NEVER_ENDS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "no", "nos", "vs", "v",
    "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon", "messrs", "e.g",
    "i.e", "approx", "ca", "cf", "fig", "h.e", "dept", "est", "univ", "ave", "blvd",
}  # fmt: skip
_NEVER_ENDS |= {a for m in months() for a in m.abbreviations}  # "Sept. 3": no end
_MAY_END = {
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "u.s", "u.k", "u.n", "e.u",
    "s.a", "n.v", "a.g", "l.p", "p.m", "a.m", "pte", "pty", "bhd", "sdn", "s.p.a", "s.r.l",
    "b.v", "k.k", "cie", "assn", "intl",
}  # fmt: skip
_SENTENCE_OPENERS = {
    "the", "this", "that", "these", "those", "it", "its", "in", "a", "an", "we", "our",
    "they", "their", "he", "she", "his", "her", "according", "with", "for", "as", "on",
    "at", "by", "during", "since", "both", "together", "under", "additionally", "also",
    "founded", "headquartered", "today", "after", "following", "there", "i", "all",
}  # fmt: skip

OPEN_QUOTES = "\u201c\u201e\u00ab"
CLOSE_QUOTES = "\u201d\u00bb"
QUOTE_CHARS = '"' + OPEN_QUOTES + CLOSE_QUOTES + "\u201f"
_WS = re.compile(r"\s+")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


# Languages written in cp1252 (charset-normalizer's names for them).
_WESTERN_LANGUAGES = frozenset(
    "English French German Spanish Portuguese Italian Dutch Danish Swedish Norwegian "
    "Finnish Icelandic Catalan Indonesian Unknown".split()
)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; else the encoding charset-normalizer finds.

    UTF-16 and cp1252 are common for releases saved on Windows; charset-normalizer is the
    maintained detector (requests uses it). NUL bytes without a UTF-16/32 reading mean a
    binary file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or (b"\x00" in data and "\x00" in str(best)):
        raise UnreadableInput("the file is binary, not a plain-text release")
    if (
        best.encoding != "cp1252"
        and b"\x00" not in data  # UTF-16 or UTF-32 without a byte-order mark: not a code page
        and best.language in _WESTERN_LANGUAGES
    ):
        # A Western release with a handful of accented letters ("Tomás Eklünd") gives
        # the detector too little to tell the single-byte code pages apart: it picked
        # cp775 or cp850 ("Tomßs Ekl³nd"). Saved on Windows, such text is cp1252, the
        # WHATWG Encoding Standard's default for Western legacy text; so cp1252 wins
        # whenever it reads every byte and the text's language is one it covers.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best).removeprefix("\ufeff")


def decode_release(data: bytes) -> str:
    """The release as text, or an IngestError saying in one line why it is not one."""
    if not data.strip():
        raise UnreadableInput("the file is empty: expected the plain text of a press release")
    text = _decode(data)
    # Other control characters in bulk mean a binary format that happens to decode.
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 100):
        raise UnreadableInput(
            "the file looks binary (many control characters), not a plain-text release"
        )
    # Stray control characters (a backspace pasted from a PDF) are invisible, and YAML
    # cannot hold them unescaped; the saved "verbatim" text leaves them out too, so
    # quotes stay substrings of it.
    text = _CONTROL_CHARS.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    if not text.strip():
        raise UnreadableInput("the file is empty: expected the plain text of a press release")
    return text


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


_TERMINAL = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*$|[\"\u201d]$")


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width (an e-mail or a PDF copy), not one paragraph a line.

    Most lines of wrapped text end mid-sentence; lines that are whole paragraphs end
    with a full stop or a closing quote.
    """
    lines = [x.strip() for x in lines if x.strip()]
    if len(lines) < 6:
        return False
    # Wrapping widths are 60-100 characters: a line far longer is a whole paragraph.
    # (Only the headline, the first line, may run long above a wrapped body.)
    if max(len(x) for x in lines[1:]) > 200:
        return False
    open_ended = sum(1 for x in lines if not _TERMINAL.search(x))
    return open_ended / len(lines) > 0.5


# "LOS ANGELES -- (Business Wire)": a place in capitals and a wire marker, nothing else.
_LONE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[^()/]{2,40}?)?\s*(?:--|\u2014|\u2013)?\s*"
    r"(?:\([^()]{2,40}\)|/[^/]{2,40}/)\s*(?:--|\u2014|\u2013)?"
)


def _unwrap(lines: list[str]) -> list[str]:
    """Wrapped lines joined back into paragraphs.

    A paragraph ends after a line that ends a sentence and is clearly shorter than the
    wrap width (the last line of a paragraph), and around short lines without a full
    stop (headlines).
    """
    stripped = [x.strip() for x in lines]
    widths = sorted(len(x) for x in stripped if x)
    width = widths[int(len(widths) * 0.9) - 1] if widths else 0
    blocks: list[str] = []
    current: list[str] = []
    for i, line in enumerate(stripped):
        if not line:
            continue
        if re.fullmatch(r"[-\u2013\u2014|•*_=~]+", line):
            # A rule or a lone dash between a headline, a subhead and the dateline.
            if current:
                blocks.append("\n".join(current))
            current = []
            continue
        current.append(line)
        nxt = next((x for x in stripped[i + 1 :] if x), "")
        ends = _TERMINAL.search(line) is not None
        short = len(line) < 0.75 * width
        # A next line that opens a quote or a sentence after a short ended line.
        # A dateline ("WORCESTER, Mass., …") starts the story after the headline lines.
        # ("LOS ANGELES -- (Wire)" too: a place in capitals, then a dash.)
        dateline_next = (
            re.match(r"[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*(?:,|\s*(?:--|\u2014|\u2013)\s)", nxt)
            is not None
        )
        # A dateline alone on its line, its wire marker last, is a paragraph of its own.
        dateline_alone = _LONE_DATELINE.fullmatch(line) is not None
        # A headline in capitals is a paragraph of its own.
        shouted = len(line.split()) >= 3 and line.isupper()
        dateline_next = dateline_next or shouted
        # A list item ("- Acme, Boston, MA", "• Acme — ...") is a paragraph of its own.
        bullet_next = re.match(r"[-\u2022*\u25aa\u25cf]\s+\S", nxt) is not None
        # Speech marked with a dash ("– We will plan ahead, says Jane Doe."), after a
        # sentence that ended: a paragraph of its own. (Mid-sentence, a dash that opens
        # a wrapped line is the sentence going on.)
        bullet_next = bullet_next or (ends and re.match(r"[\u2013\u2014]\s+[A-Z]", nxt) is not None)
        if (
            (ends and short)
            or (ends and nxt[:1] in '"\u201c')
            or dateline_next
            or dateline_alone
            or bullet_next
            or len(line) > 200  # a headline above the wrapped body
            or not nxt
        ):
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


# A line of a release's header block: its label, number, date or contact.
_HEADER_LINE = re.compile(
    r"(?:press|news|media)\s+release|for\s+immediate\s+release|"
    r"^(?:date|dated|no|ref|contacts?|subject|embargo(?:ed)?)\b\.?\s*:",
    re.IGNORECASE,
)


# A line that opens with a dateline: a place in capitals, then a comma or a bracket.
_DATELINE_START = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*\s*(?:,|\()")


def _dateline_line(lines: list[str]) -> int:
    """The index of a dateline line below short lines without a full stop (a byline, a
    headline), or 0 when the block has none."""
    for index, line in enumerate(lines[1:4], start=1):
        if len(lines[index - 1]) > 80 or _TERMINAL.search(lines[index - 1]):
            return 0
        if _DATELINE_START.match(line) and len(line) > 80:
            return index
    return 0


def _indented(block: str) -> list[str]:
    """A block whose paragraphs are told apart by an indent, not a blank line (agency
    copy: each paragraph a line that opens with spaces or a tab): one block a paragraph.
    A line only ends a paragraph where it ends a sentence, so an indented hard-wrapped
    paragraph stays whole. A line that opens with a dash and a capital after an ended
    sentence starts a paragraph too: speech marked with a dash ("– We will plan ahead,
    says Jane Doe.")."""
    cuts = [m.start("cut") for m in _INDENTED.finditer(block)]
    starts, ends = [0, *(c + 1 for c in cuts)], [*cuts, len(block)]
    return [block[a:b] for a, b in zip(starts, ends, strict=True)]


# A line that ends a sentence, then a line that opens with an indent.
_INDENTED = re.compile(
    r"(?:[.!?:\u2026][\"'\u201d\u2019)\]]*|[\"\u201d])(?P<cut>\n)(?:[ \t]+\S|[\u2013\u2014]\s+[A-Z])"
)


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; without blank lines, one per line, unless the lines
    are hard-wrapped (then wrapped lines are joined back into paragraphs).

    Releases pasted from the web either keep blank lines between paragraphs or put each
    paragraph on its own line; e-mails and PDF copies wrap lines at a fixed width.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    has_blank_lines = re.search(r"\n[ \t]*\n", text) is not None
    if has_blank_lines:
        blocks = [b for block in re.split(r"\n[ \t]*\n", text) for b in _indented(block)]
    else:
        lines = text.split("\n")
        blocks = _unwrap(lines) if _hard_wrapped(lines) else lines
    out: list[str] = []
    for number, block in enumerate(blocks):
        # "About Acme" sits on its own line above the boilerplate paragraph; keep it a
        # heading rather than gluing it to the paragraph's first sentence.
        head, _, tail = block.strip().partition("\n")
        lines = [x.strip() for x in block.strip().split("\n") if x.strip()]
        if (
            number < 6
            and len(lines) > 1
            and all(len(x) <= 60 for x in lines)
            and any(_HEADER_LINE.search(x) or is_only_a_date(x) for x in lines)
        ):
            # "HM Government of X / PRESS RELEASE / No: 12/2021 / Date: 7 April 2021":
            # a header block, one item a line, never one paragraph.
            out += lines
        elif (
            number < 6
            and 1 < len(lines) <= 3
            and all(len(x) <= 120 and not _TERMINAL.search(x) for x in lines)
            # (A headline is a clause: a name and title block of a signature is not.)
            and all(len(x.split()) >= 6 for x in lines)
        ):
            # "<headline>" / "<subheadline>": lines that end no sentence (a wrapped
            # paragraph's last line does) are one heading each, never one run-on title
            # with a name across the break ("… COVID-19" / "WHO and …").
            out += lines
        elif (
            # (However far down a page's furniture pushed it: a block that opens with a
            # date alone on its line.)
            (number < 6 or (bool(lines) and is_only_a_date(lines[0])))
            and len(lines) > 1
            and any(is_only_a_date(x) for x in lines)
        ):
            # "<photo caption>" / "17 March 2014": a date alone on its line under a
            # caption or a headline is the release's date line, never part of them.
            run: list[str] = []
            for line in lines:
                if is_only_a_date(line):
                    out += [*([squash(" ".join(run))] if run else []), line]
                    run = []
                else:
                    run.append(line)
            if run:
                out.append(squash(" ".join(run)))
        elif tail.strip() and re.fullmatch(r"About\s+\S.{0,80}", head.strip()):
            out += [squash(head), squash(tail)]
        elif number < 6 and (cut := _dateline_line(lines)):
            # "From Jane Doe" / "VELMONT, Nov 28 (Wire) — Text": a byline or a headline on
            # the lines above the dateline is no part of the story's first sentence.
            out += [*lines[:cut], squash(" ".join(lines[cut:]))]
        elif squash(block):
            out.append(squash(block))
    return [piece for paragraph in out for piece in _bounded(paragraph)]


# The longest paragraph read as one (characters). A PDF copy without paragraph breaks can
# give one paragraph of the whole release: every extractor then searches it whole, some
# in quadratic time, and a fact could pass the knowledge model's 20,000-character limit.
# Real paragraphs are far shorter; a longer one is read in pieces cut at sentence ends.
MAX_PARAGRAPH_CHARS = 3_000


def _bounded(paragraph: str) -> list[str]:
    """``paragraph`` in pieces of at most ``MAX_PARAGRAPH_CHARS``, each cut after the
    last sentence end in its second half, else at the last space, else hard."""
    pieces = []
    while len(paragraph) > MAX_PARAGRAPH_CHARS:
        window = paragraph[:MAX_PARAGRAPH_CHARS]
        ends = [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s", window)]
        cut = next((e for e in reversed(ends) if e > MAX_PARAGRAPH_CHARS // 2), None)
        if cut is None:
            space = window.rfind(" ", MAX_PARAGRAPH_CHARS // 2)
            cut = space + 1 if space > 0 else MAX_PARAGRAPH_CHARS
        pieces.append(paragraph[:cut].rstrip())
        paragraph = paragraph[cut:].lstrip()
    if paragraph:
        pieces.append(paragraph)
    return pieces


@dataclass(frozen=True, slots=True)
class Span:
    """A double-quoted stretch of one paragraph: ``start``/``end`` include the marks."""

    start: int
    end: int
    # Content between the marks, verbatim.
    text: str
    # The paragraph ended before the closing mark (a quote that runs on to the next
    # paragraph, the newswire convention for multi-paragraph quotes).
    open_ended: bool = False


def is_closing_mark(paragraph: str, i: int) -> bool:
    """Whether the character at ``i`` is a quote mark that closes a quote."""
    return paragraph[i] in QUOTE_CHARS and not _is_opening(paragraph, i)


def _is_opening(paragraph: str, i: int) -> bool:
    ch = paragraph[i]
    if ch in OPEN_QUOTES:
        return True
    if ch in CLOSE_QUOTES:
        # ("”As we sign …" opening a paragraph: a closing mark typed where an opening
        # one belongs; nothing is there for it to close.)
        return i == 0 and len(paragraph) > 1 and paragraph[1].isalnum()
    # A straight quote followed by punctuation or the end closes, even after a space
    # ('... with ORFA ", she said'): nothing opens on a comma.
    if i > 0 and (i + 1 == len(paragraph) or paragraph[i + 1] in ",.;:!?"):
        return False
    # A straight quote opens at the start, after a space or an opening bracket/dash.
    return i == 0 or paragraph[i - 1] in " \t([{\u2014\u2013-/:"


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:]))[\u2018'](?=\S)")
# A closing mark touches punctuation ("June,'" or "'June',"); a plural possessive
# ("leaders' choice") sits between a letter and a space, and is left alone.
_SINGLE_CLOSE = re.compile(
    r"(?<=[,.!?;:\u2026])[\u2019'](?=$|[\s)\]\u2014\u2013])|(?<=\S)[\u2019'](?=$|[,.;:!?)\]\u2014\u2013])"
)


_SCARE_CLOSE = re.compile(r"[\w-]+(?:\s[\w-]+){0,3}[\u2019'](?=\s[a-z])")


def single_quoted_spans(paragraph: str) -> list[Span]:
    """Spans in single quote marks, the British convention ('We are delighted,' said X).

    An apostrophe inside a word never closes a quote; one ending a word ("leaders'")
    might, so callers only use these when a release has no double-quoted speech at all.
    """
    spans: list[Span] = []
    pos = 0
    while True:
        opening = _SINGLE_OPEN.search(paragraph, pos)
        if opening is None:
            return spans
        # A scare quote: 'one-door' or 'first wave', a few words closed before a space.
        scare = _SCARE_CLOSE.match(paragraph, opening.end())
        # Only mid-sentence, after a lower-case word ("a 'one-door' service"): a quote
        # that opens a sentence is speech ("'It is the leaders' choice.'").
        if scare is not None and re.search(r"[a-z]\s$", paragraph[: opening.start()]):
            spans.append(
                Span(opening.start(), scare.end(), paragraph[opening.end() : scare.end() - 1])
            )
            pos = scare.end()
            continue
        closing = _SINGLE_CLOSE.search(paragraph, opening.end())
        if closing is None:
            spans.append(
                Span(opening.start(), len(paragraph), paragraph[opening.end() :].strip(), True)
            )
            return spans
        spans.append(
            Span(opening.start(), closing.end(), paragraph[opening.end() : closing.start()].strip())
        )
        pos = closing.end()


# Quotation marks of other conventions, each pair rewritten as \u201c...\u201d of the same
# length (so offsets into the paragraph stay right): German „...“, Danish and German
# »...«, French and Swiss ‹...› and ›...‹, and doubled apostrophes ''...'' as typed on
# old keyboards. («...» is read as it is.)
_OTHER_PAIRS = [
    re.compile("\u201e([^\u201c\u201d\u201e]{1,3000}?)[\u201c\u201d]"),
    re.compile("\u00bb([^\u00ab\u00bb]{1,3000}?)\u00ab"),
    re.compile("\u2039([^\u2039\u203a]{1,3000}?)\u203a"),
    re.compile("\u203a([^\u2039\u203a]{1,3000}?)\u2039"),
    # \u2018Speech,\u2019 said X in a release that uses double marks elsewhere: a curly
    # single pair around words that end with punctuation (an apostrophe inside a word,
    # "it\u2019s", does not close it; a scare quote, \u2018one-door\u2019, has no punctuation).
    _CURLY_SINGLE := re.compile(
        "(?:^|(?<=[\\s(\\[\u2014\u2013:]))\u2018((?:[^\u2018\u2019]|\u2019(?=\\w|\\s[a-z])){1,3000}?"
        "[,.!?\u2026])\u2019(?=\\s|$)"
    ),
]
# \u2018Speech\u201d: a quote opened with a curly single mark and closed with a double one
# (a typo that keeps both marks curly). Inside it, \u2019 is only an apostrophe between
# letters: a single mark that closes ("\u2018rivers,\u2019") makes it a quote in a quote.
_SINGLE_OPENED_DOUBLE_CLOSED = re.compile(
    "(?:^|(?<=[\\s(\\[\u2014\u2013:]))\u2018(?=\\w)"
    '((?:[^\u2018\u2019\u201c\u201d\u201e"]|(?<=\\w)\u2019(?=\\w)){1,3000}?)\u201d'
)
_DOUBLED_CURLY_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:]))\u2018\u2018(?=\w)")
_DOUBLED_CURLY_CLOSE = re.compile(r"(?<=[\w.,!?])\u2019\u2019(?=$|[\s,.;:)])")
_DOUBLED_APOSTROPHES = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:]))''(?=\S)(.{1,3000}?)(?<=\S)''")


def _points_in(paragraph: str, closing_first: str) -> bool:
    """Whether guillemets point inwards (German \u00bb...\u00ab): the paragraph's first
    guillemet of the kind is the one that closes in French."""
    other = {"\u00bb": "\u00ab", "\u203a": "\u2039"}[closing_first]
    first, other_at = paragraph.find(closing_first), paragraph.find(other)
    return first >= 0 and (other_at < 0 or first < other_at)


def _inside_double(paragraph: str, at: int) -> bool:
    """Whether ``at`` lies inside a quote opened with a double mark before it."""
    marks = [ch for ch in paragraph[:at] if ch in "\u201c\u201d"]
    return bool(marks) and marks[-1] == "\u201c"


def _canonical_marks(paragraph: str, *, curly_single: bool = True) -> str:
    """``paragraph`` with the quotation marks of other conventions as \u201c...\u201d."""
    # (Not in a paragraph with double marks: there a curly single pair is a quote inside
    # a quote, "\u201cAs she said, \u2018rivers have no borders,\u2019 and we agree.\u201d")
    doubled = any(mark in paragraph for mark in '"\u201c\u201d\u201e\u00ab\u00bb')
    for pair in _OTHER_PAIRS:
        if pair is _CURLY_SINGLE and (not curly_single or doubled):
            continue
        if pair.pattern[0] in "\u00bb\u203a" and not _points_in(paragraph, pair.pattern[0]):
            continue  # "\u00abA\u00bb said X. \u00abB\u00bb": French marks, read as they are
        paragraph = pair.sub(lambda m: f"\u201c{m.group(1)}\u201d", paragraph)
    paragraph = _SINGLE_OPENED_DOUBLE_CLOSED.sub(
        lambda m: (
            m.group(0) if _inside_double(paragraph, m.start()) else f"\u201c{m.group(1)}\u201d"
        ),
        paragraph,
    )
    paragraph = _DOUBLED_APOSTROPHES.sub(lambda m: f"\u201c {m.group(1)} \u201d", paragraph)
    # ("\u2018\u2018In spite of \u2026": two curly single marks typed for a double one; the
    # same length, so offsets into the paragraph hold.)
    paragraph = _DOUBLED_CURLY_OPEN.sub("\u201c ", paragraph)
    return _DOUBLED_CURLY_CLOSE.sub(" \u201d", paragraph)


def quoted_spans(paragraph: str, *, single: bool = False, curly_single: bool = True) -> list[Span]:
    """Double-quoted spans, pairing each opening mark with the next closing one.

    Marks of other conventions count too (see ``_canonical_marks``; without
    ``curly_single``, not \u2018speech,\u2019 in curly single marks); a span's text is the
    paragraph's own, between the marks.
    """
    if single:
        return single_quoted_spans(paragraph)
    if "``" in paragraph:
        # ``TeX-style'' quotes, as some wire archives print them.
        return [
            Span(m.start(), m.end(), m.group(1).strip())
            for m in re.finditer(r"``(.+?)''", paragraph)
        ]
    original, paragraph = paragraph, _canonical_marks(paragraph, curly_single=curly_single)
    if paragraph != original:
        return [
            Span(
                sp.start,
                sp.end,
                original[sp.start + 1 : sp.end - 1].strip(" '\u2018\u2019"),
                sp.open_ended,
            )
            if not sp.open_ended
            else sp
            for sp in _double_spans(paragraph)
        ]
    return _double_spans(paragraph)


def _double_spans(paragraph: str) -> list[Span]:
    spans: list[Span] = []
    i = 0
    n = len(paragraph)
    while i < n:
        closing = paragraph.find("\u00bb", i + 1) if paragraph[i] == "\u00ab" else -1
        if closing > 0 and "\u00ab" not in paragraph[i + 1 : closing]:
            # ("\u00ab … our "All Sustainable" vision, says Jane Doe … \u00bb": a French
            # quote closes at its own mark; the marks of another kind inside it quote
            # words within the speech.)
            spans.append(Span(i, closing + 1, paragraph[i + 1 : closing].strip()))
            i = closing + 1
            continue
        if paragraph[i] in QUOTE_CHARS and _is_opening(paragraph, i):
            j = i + 1
            while j < n and not (paragraph[j] in QUOTE_CHARS and not _is_opening(paragraph, j)):
                # A new opening mark before any closing one: the previous quote was left
                # open (typo or the next quote starts); stop the span here.
                if paragraph[j] in OPEN_QUOTES:
                    break
                j += 1
            if j < n and paragraph[j] in QUOTE_CHARS and not _is_opening(paragraph, j):
                spans.append(Span(i, j + 1, paragraph[i + 1 : j].strip()))
                i = j + 1
                continue
            spans.append(Span(i, j, paragraph[i + 1 : j].strip(), open_ended=True))
            i = j
            continue
        if paragraph[i] in QUOTE_CHARS and spans and _runs_on(paragraph, spans[-1], i):
            # ("… technology."This initiative shows … Vietnam." on one line: two
            # paragraphs of one quote run together; the mark that seemed to close the
            # first one opened the second, and this mark closes it.)
            start = spans[-1].end - 1
            spans.append(Span(start, i + 1, paragraph[start + 1 : i].strip()))
        i += 1
    return _flat_nested(paragraph, spans)


def _runs_on(paragraph: str, last: Span, at: int) -> bool:
    """Whether the closing mark at ``at``, with no opening mark since ``last`` closed,
    closes a quote that ``last``'s closing mark opened: that mark is glued to a capital
    ("technology."This"), the words between hold no other mark and end a sentence."""
    if last.open_ended or last.end >= len(paragraph) or at <= last.end:
        return False
    between = paragraph[last.end : at]
    return (
        paragraph[last.end - 1] == '"'
        and paragraph[last.end - 2 : last.end - 1] in (".", "!", "?")
        and between[:1].isupper()
        and between[1:2].islower()
        and not any(ch in QUOTE_CHARS for ch in between)
        and between.rstrip()[-1:] in (".", "!", "?")
        and len(between.split()) >= _RUN_ON_WORDS
    )


# How many words a run-on paragraph of a quote has at least: a sentence, not a name.
_RUN_ON_WORDS = 6


# A name between two quoted stretches: capitalised words and small words, no punctuation.
_NAME_BETWEEN = re.compile(r"\s*[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|&)){0,6}\s*")


def _flat_nested(paragraph: str, spans: list[Span]) -> list[Span]:
    """Spans with a quote that quotes a name in the same marks joined back into one:
    ``"The work in the" Orchard Project "is one example," he said.`` is one quote
    (the writer's inner quotes around "Orchard Project" read as a close and an open).
    The first part stops mid-sentence (no punctuation), a name follows, and the second
    part goes on in lower case."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.open_ended
            and prev.text[-1:].isalpha()
            and span.text[:1].islower()
            and _NAME_BETWEEN.fullmatch(paragraph[prev.end : span.start])
        ):
            # (An open-ended span has no closing mark to leave out.)
            inner_end = span.end if span.open_ended else span.end - 1
            text = paragraph[prev.start + 1 : inner_end].strip()
            out[-1] = Span(prev.start, span.end, text, span.open_ended)
            continue
        out.append(span)
    return out


def _boundary_ok(paragraph: str, dot: int, next_word_at: int) -> bool:
    """Whether the full stop at ``dot`` ends a sentence."""
    before = re.search(r"([A-Za-z][A-Za-z.]*)$", paragraph[:dot])
    token = before.group(1).lower() if before else ""
    nxt = re.match(r"[\"'\u201c\u2018(]*([A-Za-z]+)", paragraph[next_word_at:])
    next_word = nxt.group(1).lower() if nxt else ""
    if token in _NEVER_ENDS:
        return False
    if len(token) == 1 and token.isalpha() and paragraph[dot - 1].isupper():
        return False  # an initial, as in "John F. Kennedy"
    if token in _MAY_END or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return next_word in _SENTENCE_OPENERS
    return True


def split_sentences(paragraph: str, *, single: bool = False) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph; quotes are never split.

    A quoted passage often holds several sentences but belongs, with its attribution,
    to one statement, so boundaries inside quote marks are ignored.
    """
    protected = [(s.start, s.end) for s in quoted_spans(paragraph, single=single)]

    def inside(pos: int) -> bool:
        return any(a < pos < b for a, b in protected)

    out: list[tuple[int, int]] = []
    start = 0
    # (A copy that lost the space after a full stop, "of Kestrel.The deal", still ends a
    # sentence there: a word of three small letters, the stop, then a capitalised word.)
    for match in re.finditer(
        r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\s))"
        r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9])",
        paragraph,
    ):
        end = match.start(1)
        if inside(match.start()):
            continue
        if not match.group(1) and re.search(r"(?:www|https?|@)\S*$", paragraph[:end]):
            continue  # a web or e-mail address ("www.Acme.Com")
        punct_at = match.start()
        if paragraph[punct_at] == "." and not _boundary_ok(paragraph, punct_at, match.end()):
            continue
        if paragraph[start:end].strip():
            out.append((start, end))
        start = match.end()
    if paragraph[start:].strip():
        out.append((start, len(paragraph.rstrip())))
    return out


def sentences(paragraph: str) -> list[str]:
    return [paragraph[a:b] for a, b in split_sentences(paragraph)]
