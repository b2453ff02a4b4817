"""Any release gives a draft that loads, or one friendly line: never a traceback.

Found by a blind real release (not in the repo): an agency's regional office named on a
line above a paragraph that starts with the agency's name was read as one publisher
across the paragraph break, and the break inside a header note ended the YAML comment,
so ingest crashed with a YAML traceback. The kinds: a name never spans a line break;
every single-line field and every header note of a draft is one line; an unforeseen
error in `partnerbot ingest` is one line on stderr, exit 1, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.ingest import build_draft
from tests.test_cli import run_cli


def _single_line_fields(data: dict) -> list[str]:
    source = data["source"]
    fields = [source["title"], source["publisher"], *source["dateline"].values()]
    for entity in data.get("entities") or []:
        fields += [entity["name"], *entity.get("aliases", [])]
    for role in data.get("roles") or []:
        fields += [role["title"], role.get("organization") or ""]
    return [str(f) for f in fields]


def test_a_regional_office_name_ends_with_its_line() -> None:
    story = (
        "ORDA Regional Office for Velmar and the Pacific\n\n"
        "ORDA and VASEN launched long-term collaboration to boost joint efforts on food\n\n"
        "Initiatives focus on farming and forestry\n\n"
        "14/05/2016 Dunmar, Velmar/Port Orrin, Kestrel\n\n"
        "ORDA and the member governments of the Velmar States Economic Network (VASEN)"
        " launched a Memorandum of Understanding (MoU) yesterday.\n\n"
        '"This MoU signifies our strategic partnership," said Ada Lind, ORDA Regional'
        " Director for Velmar and the Pacific.\n"
    )
    d = build_draft(story)
    assert d.meta.publisher == "ORDA Regional Office for Velmar and the Pacific"
    data = yaml.safe_load(d.to_yaml())
    assert all("\n" not in f for f in _single_line_fields(data))


@pytest.mark.parametrize(
    "story",
    [
        # A headline broken over two lines.
        "Velmont Fund and Orrin Trust\nsign seed pact\n\nDUNMAR, May 14, 2016 -- The Velmont"
        " Fund and the Orrin Trust signed a pact.\n",
        # A name broken over two lines inside a sentence.
        "Seed pact signed\n\nDUNMAR, May 14, 2016 -- The Velmont Fund and the Orrin\nTrust"
        " signed a pact, said Ada\nLind, Director of the Velmont Fund.\n",
        # A dateline city run over a line break.
        "Seed pact signed\n\nPORT\nVELMONT, May 14, 2016 /PRNewswire/ -- The Velmont Fund"
        " signed a pact.\n",
    ],
)
def test_every_draft_is_yaml_whose_one_line_fields_are_one_line(story: str) -> None:
    d = build_draft(story)
    # A note that quotes release text with its line breaks stays inside the comment.
    d.meta.warnings.append("publisher 'Velmont\n\nFund': check source.publisher")
    text = d.to_yaml()
    data = yaml.safe_load(text)
    assert data["source"]["id"] == d.source_id
    assert all("\n" not in f for f in _single_line_fields(data))
    header = text.split("\n\nsource:")[0]
    assert all(line.startswith("#") for line in header.splitlines())


def test_an_unforeseen_ingest_error_is_one_line_and_writes_nothing(
    knowledge_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import bot.ingest

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("source")

    monkeypatch.setattr(bot.ingest, "ingest_file", broken)
    release = tmp_path / "release.txt"
    release.write_text("DUNMAR, May 14, 2016 /PRNewswire/ -- The Velmont Fund signed a pact.\n")
    before = sorted(p.name for p in (knowledge_copy / "sources").iterdir())
    code, out, err = run_cli(["ingest", "--knowledge", str(knowledge_copy), str(release)], capsys)
    assert code == 1
    assert "Traceback" not in out + err
    assert "could not draft" in err and err.count("\n") == 1
    assert sorted(p.name for p in (knowledge_copy / "sources").iterdir()) == before


def test_a_numeric_date_after_a_weekday_is_read() -> None:
    """A page stamp "Thu, 08/06/2009" once raised ValueError (the weekday was split with
    the digits) and stopped ingest of a real release (session 9's sealed set)."""
    from bot.ingest.dates import find_date, is_only_a_date

    found = find_date("Thu, 08/06/2009", anchored=True)
    assert found is not None and found.year == 2009 and found.ambiguous
    assert is_only_a_date("Thu, 08/06/2009")
    draft = build_draft(
        "Thu, 08/06/2009\n\nAcme Corp. and Globex Ltd. signed a supply deal today.\n"
    )
    assert draft.meta.date is not None
