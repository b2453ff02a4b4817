"""Extract: any supported input (text, web page, e-mail, PDF, URL) -> article text + hints.

Every format comes out as the same plain article text, one paragraph per blank-line
separated block; that text is what ingest stores in ``sources/*.txt`` and what quotes are
checked against. Metadata the container carries (an HTML page's title, date and site; an
e-mail's Subject and Date; a PDF's title and creation date) comes back as ``Hints``: the
release's own dateline wins, hints only fill what it lacks.

The work is done by well-kept libraries: charset-normalizer for text encodings,
trafilatura for web pages (article only: navigation, cookie banners and footers are left
out), the standard library's ``email`` for .eml and pypdf for PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import email.utils
import io
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bot.ingest.errors import IngestError, UnavailableInput, UnreadableInput, UnsupportedFormat
from bot.ingest.pdf_layout import drop_page_furniture, page_text
from bot.ingest.text import decode_release

# Suffixes ingest reads, by format. Anything else is refused with its name (exit 2).
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
EML_SUFFIXES = frozenset({".eml"})
PDF_SUFFIXES = frozenset({".pdf"})

# Every suffix ingest reads, as the refusal of another format lists them (a file with no
# suffix is read as text too).
READ_SUFFIXES = (
    ", ".join(sorted((TEXT_SUFFIXES | HTML_SUFFIXES | EML_SUFFIXES | PDF_SUFFIXES) - {""}))
    + " (a file with no suffix is read as text) or a URL"
)

# Formats people try that are not supported, named in the refusal so the fix is obvious.
_KNOWN_OTHER = {
    ".doc": "Word document",
    ".docx": "Word document",
    ".odt": "OpenDocument text",
    ".rtf": "RTF document",
    ".msg": "Outlook message",
    ".xls": "Excel workbook",
    ".xlsx": "Excel workbook",
    ".ppt": "PowerPoint deck",
    ".pptx": "PowerPoint deck",
    ".png": "PNG image",
    ".jpg": "JPEG image",
    ".jpeg": "JPEG image",
    ".gif": "GIF image",
    ".zip": "ZIP archive",
    ".json": "JSON file",
    ".xml": "XML file",
    ".yaml": "YAML file",
    ".yml": "YAML file",
}

# URL fetching: a press release page is well under a few megabytes.
URL_TIMEOUT_SECONDS = 20.0
URL_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Hints:
    """Metadata from the container, used only where the release text says nothing."""

    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    # Where each hint came from, for the draft's review notes ("the e-mail's Date header").
    origin: str = ""
    # A mailing list's tag before the Subject ("[KVFBN Partners]"), without its brackets:
    # it often names the sender by its acronym.
    tag: str | None = None
    # The release's web address: the URL ingest fetched, or a saved page's canonical
    # address; the draft's ``source.url`` ("Read the release" on Discord).
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One release as ingest reads it: ``text`` is stored verbatim beside the draft."""

    text: str
    format: str  # "text", "html", "eml", "pdf"
    hints: Hints = field(default_factory=Hints)


def _html_article(html: bytes | str, origin: str, url: str | None = None) -> Article:
    """The article of a web page and its hints. ``url`` is the address it was fetched
    from (None for a saved page): trafilatura reads a date in it and, when the page
    names no site, gives its host as the site."""
    import trafilatura  # imported lazily: it is heavy, and only web pages need it

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # (trafilatura's defaults for htmldate, but only dates the page's markup or
        # address gives: the extensive search also takes a bare year the story
        # mentions, "in 2019", as 1 January of it.)
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": dt.date.today().isoformat(),
        },
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError(f"{origin}: no article text found in the web page")
    # trafilatura gives one paragraph per line; blank lines keep them paragraphs in the
    # stored text even when a paragraph was hard-wrapped.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    date = _iso_date(getattr(doc, "date", None))
    title = getattr(doc, "title", None) or None
    publisher = getattr(doc, "sitename", None) or _site_after_title(html, title)
    # trafilatura reads the canonical link or og:url; a saved page keeps its address there.
    url = getattr(doc, "url", None) or None
    return Article(
        text,
        "html",
        Hints(title, date, publisher, f"the web page's metadata ({origin})", url=url),
    )


# The separators a page's <title> puts between the headline and the site's name
# ("<headline> | Kestrel Ledger", "<headline> - Kestrel Ledger").
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+")
# A section's label after the headline, never the site's name ("<headline> | News").
_SECTION_WORDS = re.compile(
    r"(?:latest\s+|press\s+|media\s+)?(?:news|releases?|press\s+releases?|home|blog|"
    r"articles?|stories|media|newsroom|updates?)",
    re.IGNORECASE,
)
# At most this many words in a site's name after the headline.
_SITE_NAME_WORDS = 6


def _site_after_title(html: bytes | str, headline: str | None) -> str | None:
    """The site's name a page's <title> writes after its headline ("<headline> |
    Kestrel Ledger" -> "Kestrel Ledger"), or None: for a page with no og:site_name,
    whose title trafilatura gives without that suffix. The last part after the headline
    counts ("<headline> | News | Kestrel Ledger"), unless it is a section's label."""
    if not headline:
        return None
    from trafilatura.utils import load_html

    tree = load_html(html)
    raw = tree.findtext(".//title") if tree is not None else None
    raw = " ".join((raw or "").split())
    if not raw.startswith(headline) or raw == headline:
        return None
    tail = raw[len(headline) :]
    if _TITLE_SEPARATOR.match(tail) is None:
        return None
    site = _TITLE_SEPARATOR.split(tail)[-1].strip()
    if (
        not site
        or len(site.split()) > _SITE_NAME_WORDS
        or re.search(r"[.!?]$", site)
        or _SECTION_WORDS.fullmatch(site)
    ):
        return None
    return site


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# A forwarding client's separator line: "---------- Forwarded message ---------",
# "-----Original Message-----", "-----Original release below-----", "Begin forwarded
# message:". Never part of the article, and never its headline.
_FORWARD_SEPARATOR = re.compile(
    r"\s*(?:-{2,}\s*[A-Za-z][^\n-]{0,58}?-{2,}|begin forwarded message:?|forwarded message:?)\s*",
    re.IGNORECASE,
)
# The header block a forwarding client quotes under its separator ("From: …", "Sent: …").
_FORWARD_HEADER = re.compile(
    r">?\s*(?:from|sent|date|to|cc|bcc|subject|reply-to|objet|de|envoy\u00e9|\u00e0):\s.*",
    re.IGNORECASE,
)
# The first line of a mailing list's or newsletter tool's footer: it and everything after
# it are the list's, not the release's.
_LIST_FOOTER = re.compile(
    r"\s*(?:to\s+)?unsubscribe\b.*"
    r"|\s*you\s+(?:are\s+receiving|received)\s+this\b.*"
    r"|\s*(?:this\s+(?:e-?mail|message)\s+was\s+sent\s+to)\b.*"
    r"|\s*(?:manage|update)\s+(?:your\s+)?(?:subscription|e-?mail\s+preferences)\b.*"
    r"|\s*view\s+this\s+(?:e-?mail|message)\s+in\s+(?:your|a)\s+browser\b.*"
    r"|-- ",  # the signature delimiter (RFC 3676)
    re.IGNORECASE,
)
# A rule line that sets a footer off from the text above it.
_RULE = re.compile(r"\s*[-_=*]{2,}\s*")
# A forwarder's note above the separator ("FYI, see below") is at most a few lines.
_MAX_FORWARD_NOTE_LINES = 6
# "Fwd: [press-list] Headline" → "Headline".
_LIST_TAG = re.compile(r"\s*(?:(?:fwd?|fw|re)\s*:\s*)*\[([^\]\n]{1,40})\]", re.I)
_SUBJECT_PREFIX = re.compile(r"\s*(?:(?:fwd?|fw|tr|wg|re|aw)\s*:\s*|\[[^\]\n]{1,40}\]\s*)+", re.I)


@dataclass(frozen=True, slots=True)
class EmailBody:
    """An e-mail body with what the e-mail added around the release taken off.

    ``text`` is the release as sent; ``subject`` the forwarded message's own Subject
    header, when a forward quoted one.
    """

    text: str
    subject: str | None = None


def release_in_email(body: str) -> EmailBody:
    """The release inside an e-mail body: the forwarder's note, the forward separators and
    the quoted headers before it, and a mailing-list footer after it, are left out."""
    lines = body.replace("\r\n", "\n").split("\n")
    subject = None
    while True:
        at = next((i for i, line in enumerate(lines) if _FORWARD_SEPARATOR.fullmatch(line)), None)
        note = [x for x in lines[: at or 0] if x.strip()]
        if at is None or len(note) > _MAX_FORWARD_NOTE_LINES:
            break
        lines = lines[at + 1 :]
        while lines and (not lines[0].strip() or _FORWARD_HEADER.fullmatch(lines[0])):
            header = _FORWARD_HEADER.fullmatch(lines.pop(0))
            if header and header.group(0).lstrip("> ").lower().startswith("subject:"):
                subject = header.group(0).split(":", 1)[1].strip() or subject
    # A footer only after the release has begun: some text must come before it.
    first = next((i for i, x in enumerate(lines) if x.strip()), len(lines))
    footer = next(
        (i for i in range(first + 1, len(lines)) if _LIST_FOOTER.fullmatch(lines[i])), None
    )
    if footer is not None:
        lines = lines[:footer]
        # The rule or separator line that introduced the footer goes with it.
        while lines and (not lines[-1].strip() or _RULE.fullmatch(lines[-1])):
            lines.pop()
    return EmailBody("\n".join(lines).strip() + "\n", subject)


def email_subject(subject: str | None) -> str | None:
    """A Subject header as a headline: forward/reply markers and [list] tags removed."""
    if subject is None:
        return None
    return _SUBJECT_PREFIX.sub("", subject, count=1).strip() or None


def _eml_article(data: bytes, origin: str) -> Article:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise IngestError(f"{origin}: not an e-mail message (no headers)")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise IngestError(f"{origin}: the e-mail has no text or HTML body")
    content = body.get_content()
    subject = str(message.get("Subject") or "").strip() or None
    date: dt.date | None = None
    if message.get("Date"):
        try:
            date = email.utils.parsedate_to_datetime(str(message["Date"])).date()
        except (TypeError, ValueError):
            date = None
    sender = message.get("From")
    publisher = None
    if sender is not None:
        name, _addr = email.utils.parseaddr(str(sender))
        publisher = name.strip() or None
    if body.get_content_type() == "text/html":
        article = _html_article(content, origin)
        text = article.text
    else:
        text = content if isinstance(content, str) else decode_release(content)
    release = release_in_email(text)
    # The Subject is the headline's hint; a forward's own Subject beats "Fwd: …".
    title = email_subject(release.subject) or email_subject(subject)
    tag = _LIST_TAG.match(subject or "")
    return Article(
        release.text,
        "eml",
        Hints(
            title, date, publisher, "the e-mail's headers", tag.group(1).strip() if tag else None
        ),
    )


def _pdf_article(data: bytes, origin: str) -> Article:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        # Blank lines where the layout shows a paragraph ends (pypdf gives none).
        # Page numbers and running headers and footers are layout, not the article.
        pages = drop_page_furniture([page_text(page) for page in reader.pages])
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise IngestError(f"{origin}: cannot read the PDF ({exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise IngestError(
            f"{origin}: the PDF has no text layer (a scan?); run OCR or paste the text"
        )
    title = (info.title or None) if info else None
    created = info.creation_date if info else None
    date = created.date() if isinstance(created, dt.datetime) else None
    return Article(text.strip() + "\n", "pdf", Hints(title, date, None, "the PDF's properties"))


def _sniff(data: bytes) -> str | None:
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:300]:
        return "html"
    return None


def article_from_bytes(data: bytes, suffix: str, origin: str, url: str | None = None) -> Article:
    """The article in ``data``; ``suffix`` (".html") names the format, content may override.

    Raises ``UnsupportedFormat`` for a format ingest does not read, ``IngestError`` for a
    supported one it cannot use (an empty file, a PDF without text).
    """
    suffix = suffix.lower()
    sniffed = _sniff(data)
    if suffix in PDF_SUFFIXES or sniffed == "pdf":
        return _pdf_article(data, origin)
    if suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES and sniffed == "html"):
        if not data.strip():
            raise UnreadableInput("the file is empty: expected a press release web page")
        return _html_article(data, origin, url)
    if suffix in EML_SUFFIXES:
        return _eml_article(data, origin)
    if suffix in TEXT_SUFFIXES:
        return Article(decode_release(data), "text")
    kind = _KNOWN_OTHER.get(suffix, f"'{suffix}' files")
    raise UnsupportedFormat(f"{origin}: unsupported format ({kind}); ingest reads {READ_SUFFIXES}")


def read_article(release: Path) -> Article:
    """Read a release file of any supported format (see ``article_from_bytes``)."""
    suffix = release.suffix.lower()
    if suffix in _KNOWN_OTHER:
        # Refuse before reading: the name alone says it is not a release we can read.
        article_from_bytes(b"", suffix, str(release))
    try:
        data = release.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{release}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{release}: is a directory, not a release file") from None
    except OSError as exc:
        raise IngestError(f"{release}: cannot read ({exc.strerror or exc})") from None
    return article_from_bytes(data, suffix, str(release))


# The format a server's Content-Type names, as the file suffix ingest reads it by.
_TYPE_SUFFIXES = {
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "message/rfc822": ".eml",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
}


def _url_suffix(url: str, content_type: str) -> str:
    """The suffix ``url``'s content is read by: its Content-Type's, unless that is generic
    (``application/octet-stream``, or ``text/plain`` for a ``.eml``, as servers send
    e-mails) and the address ends in a suffix ingest reads; a web page otherwise."""
    path = PurePosixPath(urllib.parse.urlsplit(url).path).suffix.lower()
    readable = path in PDF_SUFFIXES | HTML_SUFFIXES | EML_SUFFIXES | TEXT_SUFFIXES - {""}
    typed = _TYPE_SUFFIXES.get(content_type)
    if typed is None:
        return path if readable else ".html"
    if typed in TEXT_SUFFIXES and path in EML_SUFFIXES:
        return path
    return typed


def is_url(value: str) -> bool:
    return re.match(r"https?://", value, re.IGNORECASE) is not None


def fetch_article(
    url: str, *, timeout: float = URL_TIMEOUT_SECONDS, max_bytes: int = URL_MAX_BYTES
) -> Article:
    """GET ``url`` (at most ``max_bytes``, ``timeout`` seconds per read) and extract it.

    The content is read by the format the server's Content-Type names (PDF, plain text,
    an e-mail, a web page), or, when that is generic, by the address's own suffix
    (``release.eml``); a web page otherwise. Raises ``UnavailableInput`` when the
    server answers with an HTTP error or cannot be reached, ``IngestError`` when the page
    is over ``max_bytes``.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "partnerbot-ingest/1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise UnavailableInput(f"{url}: the server answered HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UnavailableInput(f"{url}: cannot fetch ({reason})") from None
    if len(data) > max_bytes:
        raise IngestError(f"{url}: the page is over {max_bytes} bytes; save the article instead")
    article = article_from_bytes(data, _url_suffix(url, content_type), url, url=url)
    # The address asked for is the release's address, whatever the page says of itself.
    return dataclasses.replace(article, hints=dataclasses.replace(article.hints, url=url))
