"""Session 17's newcomer found four ingest mistakes, here in other words and other files:

- a text of headings and a contact line, with no sentence in it, wrote an empty draft and
  exited 0 (the docs say exit 1): refused, exit 1, nothing written;
- an error about the input did not always name the file ("the file is binary, …"): every
  error line starts with the release it is about;
- the refusal of an unsupported format listed only some of the suffixes ingest reads;
- a headline wrapped over two lines (a PDF's line break) kept only its first line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.main import main
from bot.ingest import build_draft
from bot.ingest.extract import HTML_SUFFIXES, TEXT_SUFFIXES


def _ingest(release: Path, kb: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["ingest", str(release), "--knowledge", str(kb)])
    return code, capsys.readouterr().err.strip()


def test_a_text_with_no_sentence_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "agenda.md"
    release.write_text(
        "Harbour Lights Trust\n\nSpring open day programme\n\nBookings: desk@lights.example\n",
        encoding="utf-8",
    )
    code, err = _ingest(release, tmp_path / "kb", capsys)
    assert code == 1, err
    assert err.startswith(f"partnerbot ingest: error: {release}: no sentences"), err
    assert not (tmp_path / "kb").exists()


def test_an_error_about_the_input_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "scan.text"
    release.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;" * 4)
    code, err = _ingest(release, tmp_path / "kb", capsys)
    assert code == 2, err
    assert err.startswith(f"partnerbot ingest: error: {release}: "), err
    assert "binary" in err


def test_an_unsupported_format_lists_every_suffix_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "notes.odt"
    release.write_bytes(b"PK\x03\x04 not really")
    code, err = _ingest(release, tmp_path / "kb", capsys)
    assert code == 2, err
    for suffix in (TEXT_SUFFIXES | HTML_SUFFIXES | {".eml", ".pdf"}) - {""}:
        assert f"{suffix}," in err or f"{suffix} " in err, (suffix, err)


def test_a_headline_wrapped_over_two_lines_is_joined() -> None:
    draft = build_draft(
        "Tidewell Water Trust extends its refill scheme to\n\n"
        "nine more harbour towns\n\n"
        "PORTREE, Scotland, 3 March 2024 - The Tidewell Water Trust has added nine harbour"
        " towns to its refill scheme.\n"
    )
    assert draft.meta.title == (
        "Tidewell Water Trust extends its refill scheme to nine more harbour towns"
    )
    # A headline that ends where its line ends stays one line.
    whole = build_draft(
        "Tidewell Water Trust extends its refill scheme\n\n"
        "PORTREE, Scotland, 3 March 2024 - The Tidewell Water Trust has added nine harbour"
        " towns to its refill scheme.\n"
    )
    assert whole.meta.title == "Tidewell Water Trust extends its refill scheme"
