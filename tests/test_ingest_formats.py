"""``partnerbot ingest`` inputs: encodings, web pages, e-mails, PDFs, URLs, refusals;
and the review path: --dry-run, --date, undated drafts, line numbers, check blocking."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import re
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml

from bot.cli.main import main
from bot.ingest.extract import article_from_bytes
from bot.ingest.text import decode_release
from bot.kb.loader import KnowledgeError, load_knowledge
from tests.conftest import SEED_KNOWLEDGE
from tests.localhttp import serving
from tests.minipdf import pdf_escape, pdf_file

RELEASE = (
    "Acme and Globex sign supply deal\n\n"
    "LONDON, March 6, 2024 /PRNewswire/ -- Acme Corp. and Globex Ltd. today signed a"
    " five-year supply agreement for twelve European countries.\n\n"
    "\u201cWe are delighted to work with Globex on this,\u201d said Jane D\u00f6e,"
    " Chief Executive Officer of Acme Corp.\n\n"
    "The agreement starts in April and covers the whole caf\u00e9 range.\n"
)

PAGE = """<!doctype html>
<html><head><title>Acme and Globex sign supply deal | Acme Newsroom</title>
<meta property="og:site_name" content="Acme Newsroom">
<meta property="article:published_time" content="2024-03-06T09:00:00Z"></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/careers">Careers</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<main><article>
<h1>Acme and Globex sign supply deal</h1>
<p>LONDON, March 6 /PRNewswire/ -- Acme Corp. and Globex Ltd. today signed a five-year
supply agreement for twelve European countries.</p>
<p>"We are delighted to work with Globex on this," said Jane Doe, Chief Executive Officer
of Acme Corp.</p>
<p>The agreement starts in April and covers the whole range of both companies.</p>
</article></main>
<footer>Copyright 2024 Acme Corp. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>
"""


def ingest(args: list[str], kb: Path) -> int:
    return main(["ingest", *args, "--knowledge", str(kb)])


def written_yaml(kb: Path) -> dict:
    [path] = (kb / "releases").glob("*.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def written_text(kb: Path) -> str:
    [path] = (kb / "sources").glob("*.txt")
    return path.read_text(encoding="utf-8")


# --- plain text in other encodings ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_text_in_common_encodings(tmp_path: Path, encoding: str) -> None:
    release = tmp_path / "release.txt"
    release.write_bytes(RELEASE.encode(encoding))
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    # The stored text is the article as published, decoded (UTF-8 on disk).
    assert written_text(kb) == RELEASE
    data = written_yaml(kb)
    assert data["source"]["date"] == dt.date(2024, 3, 6)
    assert [q["speaker"] for q in data["quotes"]] == ["jane-doe"]


# --- web pages, e-mails, PDFs, URLs ------------------------------------------------------------


def test_web_page_is_the_article_without_navigation(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(PAGE, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(page)], kb) == 0
    text = written_text(kb)
    assert "Acme Corp. and Globex Ltd. today signed" in text
    for chrome in ("cookies", "Careers", "All rights reserved", "<p>"):
        assert chrome not in text
    data = written_yaml(kb)
    # The dateline says "March 6" without a year: the year comes from the page metadata.
    assert data["source"]["date"] == dt.date(2024, 3, 6)
    assert data["source"]["title"] == "Acme and Globex sign supply deal"
    assert data["source"]["publisher"] == "PR Newswire"
    assert data["source"]["dateline"]["city"] == "London"
    assert [q["speaker"] for q in data["quotes"]] == ["jane-doe"]


def test_web_page_metadata_fills_what_the_text_lacks() -> None:
    article = article_from_bytes(PAGE.replace("/PRNewswire/", "-").encode(), ".html", "page")
    assert article.format == "html"
    assert article.hints.date == dt.date(2024, 3, 6)
    assert article.hints.publisher == "Acme Newsroom"


def test_email_body_with_date_and_subject_hints(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Acme Press Office <press@acme.example>"
    message["To"] = "news@example.org"
    message["Subject"] = "Acme and Globex sign supply deal"
    message["Date"] = "Wed, 06 Mar 2024 09:00:00 +0000"
    # No year in the dateline and no headline: the Date and Subject headers fill them.
    body = RELEASE.split("\n\n", 1)[1].replace("March 6, 2024", "March 6")
    message.set_content(body)
    eml = tmp_path / "release.eml"
    eml.write_bytes(bytes(message))
    kb = tmp_path / "kb"
    assert ingest([str(eml)], kb) == 0
    data = written_yaml(kb)
    assert data["source"]["date"] == dt.date(2024, 3, 6)
    assert data["source"]["title"] == "Acme and Globex sign supply deal"
    text = written_text(kb)
    assert "Subject:" not in text and "press@acme.example" not in text
    assert text.startswith("LONDON, March 6 /PRNewswire/")


_BODY = RELEASE.split("\n\n", 1)[1]  # the release without its headline line


@pytest.mark.parametrize(
    ("wrapper", "footer"),
    [
        ("-----Original release below-----\n\n", "Unsubscribe: https://lists.example/u/123\n"),
        (
            "FYI, see below.\n\n---------- Forwarded message ---------\n"
            "From: Acme Press <press@acme.example>\nDate: Wed, Mar 6, 2024 at 9:00 AM\n"
            "Subject: Acme and Globex sign supply deal\nTo: <desk@example.org>\n\n",
            "--\nYou are receiving this because you subscribed to Acme news.\n"
            "To unsubscribe, reply STOP.\n",
        ),
        ("Begin forwarded message:\n\n> From: Acme <press@acme.example>\n\n", ""),
    ],
    ids=["original-below", "gmail-forward", "apple-forward"],
)
def test_email_forward_separators_and_list_footers_are_not_the_release(
    tmp_path: Path, wrapper: str, footer: str
) -> None:
    message = EmailMessage()
    message["From"] = "Desk <desk@example.org>"
    message["Subject"] = "Fwd: [press-list] Acme and Globex sign supply deal"
    message["Date"] = "Wed, 06 Mar 2024 09:00:00 +0000"
    message.set_content(wrapper + _BODY + ("\n" + footer if footer else ""))
    eml = tmp_path / "release.eml"
    eml.write_bytes(bytes(message))
    kb = tmp_path / "kb"
    assert ingest([str(eml)], kb) == 0
    data = written_yaml(kb)
    # The Subject, not the separator, is the headline; the id follows the headline.
    assert data["source"]["title"] == "Acme and Globex sign supply deal"
    assert "original" not in data["source"]["id"] and "forward" not in data["source"]["id"]
    text = written_text(kb)
    assert text == _BODY.strip() + "\n"  # neither the forward nor the list's footer


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` of Helvetica text (written by hand: no writer lib)."""

    content = "BT /F1 10 Tf 40 750 Td 14 TL " + " ".join(f"({pdf_escape(x)}) Tj T*" for x in lines)
    content += " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return pdf_file(objects)


def test_pdf_text_layer(tmp_path: Path) -> None:
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(
        _pdf(
            [
                "Acme and Globex sign supply deal",
                "LONDON, March 6, 2024 /PRNewswire/ -- Acme Corp. and Globex Ltd. today signed",
                "a five-year supply agreement.",
                '"We are delighted to work with Globex," said Jane Doe, CEO of Acme Corp.',
            ]
        )
    )
    kb = tmp_path / "kb"
    assert ingest([str(pdf)], kb) == 0
    data = written_yaml(kb)
    assert data["source"]["date"] == dt.date(2024, 3, 6)
    assert data["source"]["publisher"] == "PR Newswire"
    assert [q["speaker"] for q in data["quotes"]] == ["jane-doe"]
    assert "%PDF" not in written_text(kb)
    load_knowledge(kb, include_unreviewed=True)


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server on 127.0.0.1: /release.html, /big.html, /missing."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/release.html":
                body = PAGE.encode()
            elif self.path == "/big.html":
                body = b"<html><body>" + b"<p>padding text</p>" * 400_000 + b"</body></html>"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            # Ingest stops reading /big.html at its cap and closes the connection;
            # unhandled, the server thread would print a traceback into the stderr the
            # test reads (it failed so, now and then, under a parallel run).
            with contextlib.suppress(ConnectionError):
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as url:
        yield url


def test_url_is_fetched_and_read_as_a_web_page(tmp_path: Path, server: str) -> None:
    kb = tmp_path / "kb"
    assert ingest([f"{server}/release.html"], kb) == 0
    data = written_yaml(kb)
    assert data["source"]["date"] == dt.date(2024, 3, 6)
    assert "cookies" not in written_text(kb)
    # The address fetched is the release's address ("Read the release" on Discord).
    assert data["source"]["url"] == f"{server}/release.html"


def test_a_saved_page_keeps_its_canonical_address(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    canonical = '<link rel="canonical" href="https://news.example/2024/ferries-grant">'
    page.write_text(PAGE.replace("<head>", "<head>" + canonical, 1), encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(page)], kb) == 0
    assert written_yaml(kb)["source"]["url"] == "https://news.example/2024/ferries-grant"


# A release that cannot be had (an HTTP error) is a usage error, as a missing file is;
# a page too big to keep is work that failed.
@pytest.mark.parametrize(
    ("path", "message", "code"), [("/missing", "HTTP 404", 2), ("/big.html", "over", 1)]
)
def test_url_errors_are_one_line(
    tmp_path: Path,
    server: str,
    path: str,
    message: str,
    code: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert ingest([f"{server}{path}"], tmp_path / "kb") == code
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert not (tmp_path / "kb").exists()


def test_a_url_nobody_answers_exits_2_as_a_missing_file_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Input that is not available is one exit code, whether a file or an address."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port once the probe is closed: the connection is refused.
    assert ingest([f"http://127.0.0.1:{port}/release.html"], tmp_path / "kb") == 2
    err = capsys.readouterr().err.strip()
    assert "cannot fetch" in err and "\n" not in err
    assert ingest([str(tmp_path / "absent.txt")], tmp_path / "kb") == 2
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "kb").exists()


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("release.docx", b"PK\x03\x04word/document.xml", "Word document"),
        ("release.png", b"\x89PNG\r\n\x1a\n", "PNG image"),
        ("release.xyz", b"some text", "'.xyz' files"),
    ],
)
def test_unsupported_format_exits_2_and_writes_nothing(
    tmp_path: Path, name: str, data: bytes, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / name
    release.write_bytes(data)
    assert ingest([str(release)], tmp_path / "kb") == 2
    err = capsys.readouterr().err.strip()
    assert "unsupported format" in err and named in err and "\n" not in err
    assert not (tmp_path / "kb").exists()


# --- review: --dry-run, --date, undated drafts, line numbers -----------------------------------


def test_dry_run_prints_the_draft_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert ingest([str(release), "--dry-run"], tmp_path / "kb") == 0
    out = capsys.readouterr().out
    assert out.startswith("# DRAFT")
    assert yaml.safe_load(out)["source"]["publisher"] == "PR Newswire"
    assert not (tmp_path / "kb").exists()


UNDATED = (
    "Fernhollow University signs MoU with Ostmark Technical University\n\n"
    "On March 14th, Fernhollow University and Ostmark Technical University agreed a"
    " memorandum on joint degrees.\n\n"
    '"Our first joint students arrive next spring," said Ysolde Marrin, Rector of'
    " Fernhollow University.\n"
)


def test_undated_release_still_drafted_and_check_rejects_it_until_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(UNDATED, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    [path] = (kb / "releases").glob("*.yaml")
    content = path.read_text(encoding="utf-8")
    assert written_text(kb) == UNDATED  # stored as published: no date line added
    assert yaml.safe_load(content)["source"]["date"] is None
    # The header names the date as a review point, with its line in the file.
    date_line = next(i for i, x in enumerate(content.splitlines(), 1) if x.startswith("  date:"))
    assert f"line {date_line}: no release date found" in content
    capsys.readouterr()
    assert main(["check", "--knowledge", str(kb), "--allow-drafts"]) == 1
    assert "source.date" in capsys.readouterr().err
    with pytest.raises(KnowledgeError):
        load_knowledge(kb, include_unreviewed=True)
    path.write_text(content.replace("date: null", "date: 2024-03-14"), encoding="utf-8")
    assert main(["check", "--knowledge", str(kb), "--allow-drafts"]) == 0


def test_date_option_supplies_a_missing_date(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(UNDATED, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(release), "--date", "2024-03-15"], kb) == 0
    assert written_yaml(kb)["source"]["date"] == dt.date(2024, 3, 15)
    load_knowledge(kb, include_unreviewed=True)


def test_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "x.txt", "--date", "14/03/2024", "--knowledge", str(tmp_path)])
    assert exc.value.code == 2


def test_installed_wheel_never_writes_into_site_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled = tmp_path / "site-packages" / "bot" / "_knowledge"
    bundled.mkdir(parents=True)
    monkeypatch.setattr("bot.cli.ingest.bundled_knowledge_dir", lambda: bundled)
    monkeypatch.delenv("KNOWLEDGE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert main(["ingest", str(release)]) == 0
    assert not any(bundled.iterdir())
    assert list((tmp_path / "knowledge" / "releases").glob("*.yaml"))
    assert str(tmp_path / "knowledge") in capsys.readouterr().out


# --- acronym collisions ------------------------------------------------------------------------


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge base (which holds UNIDO, the UN agency)."""
    import shutil

    target = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, target)
    return target


COLLIDING = (
    "VIENNA, Austria, May 2, 2024 /PRNewswire/ -- The Universal Network of Independent Design"
    " Offices (UNIDO) and Kestrel Studios today signed a partnership to train designers.\n\n"
    '"Design travels," said Mara Quell, Director of the Universal Network of Independent'
    " Design Offices.\n"
)


def test_acronym_an_older_entity_uses_gets_a_new_entity(kb_dir: Path) -> None:
    """The bundled knowledge base's UNIDO is the UN agency; a new 'UNIDO' is not merged into
    it, and the older release's file is left untouched."""
    older = {p: p.read_bytes() for p in (kb_dir / "releases").glob("*.yaml")}
    release = kb_dir.parent / "collide.txt"
    release.write_text(COLLIDING, encoding="utf-8")
    assert ingest([str(release)], kb_dir) == 0
    written = [p for p in (kb_dir / "releases").glob("*.yaml") if p not in older]
    data = yaml.safe_load(written[0].read_text(encoding="utf-8"))
    names = {e["name"]: e for e in data["entities"]}
    assert "Universal Network of Independent Design Offices" in names
    assert "Kestrel Studios" in names
    assert all(f["about"] and "unido" not in f["about"] for f in data["facts"])
    assert "UNIDO" in written[0].read_text(encoding="utf-8").split("\nsource:")[0]  # noted
    assert {p: p.read_bytes() for p in older} == older
    load_knowledge(kb_dir, include_unreviewed=True)


def test_ingest_again_with_a_date_replaces_the_undated_draft_of_the_same_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The advice printed for an undated draft (ingest again with --date --force) leaves
    one draft, under its new id, that declares its own entities: deleting nothing by hand."""
    release = tmp_path / "release.txt"
    release.write_text(UNDATED, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    [undated] = (kb / "releases").glob("*.yaml")
    declared = {e["id"] for e in yaml.safe_load(undated.read_text("utf-8"))["entities"]}
    capsys.readouterr()
    # Without --force the earlier draft is named. The dry run writes nothing, so it prints
    # the draft --force would write and names the same refusal beside it.
    assert ingest([str(release), "--date", "2024-03-14"], kb) == 1
    refused = capsys.readouterr().err
    assert str(undated) in refused and "--force" in refused
    assert ingest([str(release), "--date", "2024-03-14", "--dry-run"], kb) == 0
    out, err = capsys.readouterr()
    assert "reviewed: false" in out and "date: 2024-03-14" in out
    assert refused.removeprefix(f"partnerbot ingest: error: {release}: ").strip() in err
    assert [undated] == list((kb / "releases").glob("*.yaml"))
    # The dry run with --force names what the real run then does.
    assert ingest([str(release), "--date", "2024-03-14", "--force", "--dry-run"], kb) == 0
    predicted = capsys.readouterr().err
    assert ingest([str(release), "--date", "2024-03-14", "--force"], kb) == 0
    out = capsys.readouterr().out
    [dated] = (kb / "releases").glob("*.yaml")
    assert dated != undated and f"would write {dated}, replacing {undated}" in predicted
    assert f"removed {undated}" in out
    assert [p.stem for p in (kb / "sources").glob("*.txt")] == [dated.stem]
    data = yaml.safe_load(dated.read_text("utf-8"))
    assert declared <= {e["id"] for e in data["entities"]}
    assert main(["check", "--knowledge", str(kb), "--allow-drafts"]) == 0


def test_dry_run_prints_the_draft_and_names_what_the_real_run_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another release drafted under the same id: the real run refuses without --force.
    The dry run writes nothing, so it still prints the draft, names that refusal, and
    does not promise a '-2' file instead."""
    kb = tmp_path / "kb"
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert ingest([str(release)], kb) == 0
    release.write_text(RELEASE + "\nIt also covers tea.\n", encoding="utf-8")
    capsys.readouterr()
    assert ingest([str(release)], kb) == 1
    real = capsys.readouterr().err.removeprefix(f"partnerbot ingest: error: {release}: ")
    real = real.strip()
    assert "already exists" in real
    assert ingest([str(release), "--dry-run"], kb) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# DRAFT") and "reviewed: false" in out
    assert f"a real run would stop: {real}" in err and "-2" not in err
    assert len(list((kb / "releases").glob("*.yaml"))) == 1


def test_dry_run_beside_a_reviewed_release_prints_the_draft_and_the_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not even --force overwrites a reviewed release; the dry run still shows the draft
    and says so, and the reviewed file is left as it was."""
    kb = tmp_path / "kb"
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert ingest([str(release)], kb) == 0
    [path] = (kb / "releases").glob("*.yaml")
    path.write_text(path.read_text("utf-8").replace("reviewed: false", "reviewed: true"), "utf-8")
    before = path.read_bytes()
    capsys.readouterr()
    assert ingest([str(release), "--force", "--dry-run"], kb) == 0
    out, err = capsys.readouterr()
    assert "reviewed: false" in out and "is a reviewed release" in err
    assert path.read_bytes() == before


def test_find_and_replace_of_reviewed_false_edits_only_the_field(tmp_path: Path) -> None:
    """A reviewer's find-and-replace of 'reviewed: false' must reach source.reviewed and
    nothing else: the header's words never contain it."""
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    [path] = (kb / "releases").glob("*.yaml")
    content = path.read_text(encoding="utf-8")
    assert [x for x in content.splitlines() if "reviewed: false" in x] == ["  reviewed: false"]
    path.write_text(content.replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    assert main(["check", "--knowledge", str(kb)]) == 0


@pytest.mark.parametrize("publisher", ["Acme Corp", "PR Newswire", "Universität Ostmark"])
def test_draft_header_names_the_publisher_without_a_wrong_article(publisher: str) -> None:
    from bot.ingest.draft import build_draft

    draft = build_draft(RELEASE)
    draft.meta.publisher = publisher
    first = draft.to_yaml().splitlines()[0]
    assert f"the {publisher} release" in first and f" a {publisher}" not in first, first


@pytest.mark.parametrize(
    "name",
    ["Tomás Eklünd", "Renée Øster", "Iñigo Ruíz", "Zoë Müller"],
)
def test_cp1252_with_only_a_few_accented_letters(name: str) -> None:
    # Too few accented bytes for a detector to tell cp1252 from the DOS code pages.
    text = (
        "NAIROBI, Kenya, March 12, 2025 -- The Verdant Tide Foundation today named "
        f"{name}, Chief Operating Officer, to lead its new cold storage programme. "
        "\u201cThis is a big step for the farmers we serve,\u201d said the foundation\u2019s "
        "chair. The programme will open forty hubs across three countries by 2027.\n"
    )
    assert decode_release(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Without a byte-order mark: the detector reads it (cp1252 must not win).
        (
            "NAIROBI, Kenya, March 12, 2025 -- The Verdant Tide Foundation today named Tomás "
            "Eklünd its chair. “A big step,” said the foundation.\n",
            "utf-16-le",
        ),
        (
            "МОСКВА, 12 марта 2025 года — Фонд и компания подписали соглашение о "
            "сотрудничестве. «Это важный шаг», — сказал председатель фонда.\n",
            "cp1251",
        ),
        (
            "WARSZAWA, 12 marca 2025 r. — Fundacja i spółka podpisały porozumienie o "
            "współpracy. „To ważny krok” — powiedział prezes Łukasz Żółć.\n",
            "cp1250",
        ),
    ],
    ids=["utf-16-no-bom", "cyrillic", "polish"],
)
def test_other_single_byte_encodings_still_detected(text: str, encoding: str) -> None:
    assert decode_release(text.encode(encoding)) == text


def test_every_line_number_in_a_draft_header_points_at_its_item(tmp_path: Path) -> None:
    # Twelve quotes ("…-q1" is a prefix of "…-q10") and facts opening with "The initiative".
    paragraphs = [
        "LAKEVIEW, Norway, May 4, 2025 /PRNewswire/ -- Fernhollow Trust and Ostmark Mills "
        "today launched the Fjord Fibre Initiative."
    ]
    for n in range(1, 13):
        paragraphs.append(
            f'"Step {n} of our plan is under way," said Ysolde Marrin, Chair of Fernhollow Trust.'
        )
        paragraphs.append(f"The initiative will open hub number {n} in Lakeview.")
    release = tmp_path / "release.txt"
    release.write_text("Fjord Fibre Initiative launched\n\n" + "\n\n".join(paragraphs) + "\n")
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    [path] = (kb / "releases").glob("*.yaml")
    lines = path.read_text(encoding="utf-8").splitlines()
    pointers = [
        (int(m["line"]), m["rest"])
        for x in lines
        if x.startswith("#") and (m := re.search(r"line (?P<line>\d+): (?P<rest>.*)", x))
    ]
    assert len(pointers) >= 12
    for number, rest in pointers:
        target = lines[number - 1]
        item = re.match(r"([a-z0-9._-]+): ", rest)  # "How each quote's speaker was found"
        if item:
            assert target.lstrip("- ") == f"id: {item[1]}", (number, rest, target)
        else:
            named = re.search(r"(?:fact|quote) ([a-z0-9._-]+)", rest)
            wanted = f"id: {named[1]}" if named else None
            assert wanted is None or target.lstrip("- ") == wanted, (number, rest, target)


def test_a_quote_ends_without_the_comma_before_said(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    kb = tmp_path / "kb"
    assert ingest([str(release)], kb) == 0
    [quote] = written_yaml(kb)["quotes"]
    assert quote["text"] == "We are delighted to work with Globex on this"
    # Still verbatim: the draft loads with the quote checked against the release.
    load_knowledge(kb, include_unreviewed=True)
