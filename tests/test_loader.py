"""The knowledge loader: every kind of broken file is reported with file, location and line."""

from __future__ import annotations

import asyncio
import shutil
import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.kb.loader import KnowledgeError, Problem, load_knowledge
from bot.kb.models import Entity, Fact, KnowledgeFile
from bot.paths import bundled_knowledge_dir
from bot.service import KnowledgeService
from tests.conftest import SEED_KNOWLEDGE

RELEASE_TEXT = (
    'ACME, Springfield, May 1, 2020 /Wire/ -- Acme met Beta. "We like Beta," said Ann Lee.\n'
)

GOOD = """\
source:
  id: s1
  title: Acme meets Beta
  publisher: Wire
  date: 2020-05-01
  dateline: {city: Springfield, country: USA}
  text: ../sources/s1.txt
entities:
  - id: acme
    name: Acme Corporation
    kind: organization
    summary: A company.
    aliases: [Acme]
  - id: ann-lee
    name: Ann Lee
    kind: person
    summary: Chief of Acme.
roles:
  - entity: ann-lee
    title: Chief
    organization: acme
quotes:
  - id: q1
    speaker: ann-lee
    text: We like Beta,
facts:
  - id: f1
    text: Acme met Beta.
    about: [acme]
"""


def write_kb(root: Path, release: str, *, extra: dict[str, str] | None = None) -> Path:
    (root / "releases").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text(RELEASE_TEXT, encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(textwrap.dedent(release), encoding="utf-8")
    for name, text in (extra or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return info.value.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_bundled_knowledge_base_loads() -> None:
    """What ships in knowledge/ loads, whatever releases a team has added."""
    kb = load_knowledge(bundled_knowledge_dir())
    assert kb.counts()["sources"] >= 1


def test_seed_knowledge_base_loads() -> None:
    kb = load_knowledge(SEED_KNOWLEDGE)
    counts = kb.counts()
    assert counts["sources"] == 1
    assert counts["quotes"] == 3
    assert counts["entities"] >= 20
    assert counts["facts"] >= 15
    src = next(iter(kb.sources.values())).source
    assert (src.publisher, str(src.dateline), src.date.isoformat()) == (
        "PR Newswire",
        "Hangzhou, China",
        "2018-04-21",
    )


def test_good_minimal_knowledge_base(tmp_path: Path) -> None:
    kb = load_knowledge(write_kb(tmp_path, GOOD))
    assert kb.counts() == {"sources": 1, "entities": 2, "quotes": 1, "facts": 1}
    assert kb.quotes[0].position > 0


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    broken = GOOD.replace("    aliases: [Acme]", "    aliases: [Acme")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert problem.file == "releases/s1.yaml"
    assert "YAML syntax error" in problem.message
    assert problem.line is not None and 13 <= problem.line <= 15


def test_unclosed_quote_names_the_line_it_starts_on_not_past_the_end(tmp_path: Path) -> None:
    # The last scalar's quote is never closed: PyYAML finds out only at the end of the
    # stream, one line past the last; the line to fix is the one the quote starts on.
    broken = GOOD.replace("    about: [acme]", '    about: [acme]\n    date: "2020-05-01')
    problem = only(problems_of(write_kb(tmp_path, broken)))
    lines = textwrap.dedent(broken).splitlines()
    assert problem.line == lines.index('    date: "2020-05-01') + 1
    assert "never closed" in problem.message and "end of the file" in problem.message
    broken = GOOD.replace("  title: Acme meets Beta", '  title: "Acme meets Beta')
    problem = only(problems_of(write_kb(tmp_path / "2", broken)))
    assert problem.line == 3 and "quoted scalar" in problem.message


@pytest.mark.parametrize("content", ["", "\n", "# nothing here yet\n", "{}\n"])
def test_an_empty_knowledge_file_is_a_problem(tmp_path: Path, content: str) -> None:
    root = write_kb(tmp_path, GOOD, extra={"releases/new.yaml": content})
    problem = only(problems_of(root))
    assert problem.file == "releases/new.yaml" and "empty" in problem.message


def test_unknown_field_is_reported_with_location(tmp_path: Path) -> None:
    broken = GOOD.replace("    aliases: [Acme]", "    alias: [Acme]")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert (problem.file, problem.location, problem.line) == (
        "releases/s1.yaml",
        "entities[0].alias",
        13,
    )
    assert "unknown field 'alias'" in problem.message


def test_missing_field_is_reported_with_location(tmp_path: Path) -> None:
    broken = GOOD.replace("    summary: Chief of Acme.\n", "")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert (problem.file, problem.location) == ("releases/s1.yaml", "entities[1].summary")
    assert problem.line == 14  # the entity itself, since the field is absent
    assert "missing required field 'summary'" in problem.message


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    broken = GOOD.replace("  - id: ann-lee\n    name: Ann Lee", "  - id: acme\n    name: Ann Lee")
    problems = problems_of(write_kb(tmp_path, broken))
    dup = [p for p in problems if "duplicate entity id 'acme'" in p.message]
    assert len(dup) == 1
    assert (dup[0].location, dup[0].line) == ("entities[1].id", 14)


def test_unknown_entity_reference(tmp_path: Path) -> None:
    broken = GOOD.replace("    speaker: ann-lee", "    speaker: bob")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert (problem.location, problem.line) == ("quotes[0].speaker", 24)
    assert "unknown entity 'bob'" in problem.message


def test_unknown_source_reference(tmp_path: Path) -> None:
    broken = GOOD.replace("    about: [acme]\n", "    about: [acme]\n    source: nope\n")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert (problem.location, problem.line) == ("facts[0].source", 30)
    assert "unknown source 'nope'" in problem.message


def test_alias_claimed_by_two_entities(tmp_path: Path) -> None:
    other = """\
    entities:
      - id: acme-labs
        name: Acme Labs
        kind: organization
        summary: Another company.
        aliases: [ACME]
    """
    # Reported once, in the newer file (the release; the source-less shared file counts
    # as older), naming the other claimant and its file.
    problem = only(problems_of(write_kb(tmp_path, GOOD, extra={"entities/shared.yaml": other})))
    assert problem.file == "releases/s1.yaml"
    assert "'acme'" in problem.message and "shared_aliases" in problem.message
    assert "'acme-labs' (entities/shared.yaml)" in problem.message
    assert (problem.location, problem.line) == ("entities[0].aliases", 13)


def test_alias_claimed_twice_in_one_file_is_reported_for_each(tmp_path: Path) -> None:
    release = GOOD.replace(
        "    summary: Chief of Acme.\n", "    summary: Chief of Acme.\n    aliases: [ACME]\n"
    )
    problems = problems_of(write_kb(tmp_path, release))
    assert {p.location for p in problems} == {"entities[0].aliases", "entities[1].aliases"}
    assert all(p.file == "releases/s1.yaml" for p in problems)


def test_alias_shared_on_purpose_is_allowed(tmp_path: Path) -> None:
    release = GOOD.replace("    aliases: [Acme]", "    shared_aliases: [Acme]")
    other = """\
    entities:
      - id: acme-labs
        name: Acme Labs
        kind: organization
        summary: Another company.
        shared_aliases: [ACME]
    """
    kb = load_knowledge(write_kb(tmp_path, release, extra={"entities/shared.yaml": other}))
    assert {"acme", "acme-labs"} <= set(kb.entities)


def test_quote_not_verbatim(tmp_path: Path) -> None:
    broken = GOOD.replace("text: We like Beta,", "text: We love Beta,")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert (problem.location, problem.line) == ("quotes[0].text", 25)
    assert "not verbatim" in problem.message


def test_quote_compare_folds_only_whitespace_and_quote_marks(tmp_path: Path) -> None:
    curly = GOOD.replace("text: We like Beta,", 'text: "We  like\\n Beta,\u201d said Ann"')
    kb = load_knowledge(write_kb(tmp_path, curly))
    assert kb.quotes[0].speaker == "ann-lee"


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    broken = (
        GOOD.replace("    aliases: [Acme]", "    alias: [Acme]")
        .replace("    speaker: ann-lee", "    speaker: bob")
        .replace("text: We like Beta,", "text: We love Beta,")
    )
    second = "facts:\n  - id: f9\n    text: x\n    about: [nobody]\n"
    problems = problems_of(write_kb(tmp_path, broken, extra={"releases/zz.yaml": second}))
    messages = " | ".join(str(p) for p in problems)
    assert "unknown field 'alias'" in messages
    assert "no source" in messages  # zz.yaml has facts but no source
    assert "unknown entity 'nobody'" in messages
    assert len(problems) >= 3


def test_missing_release_text(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD)
    (root / "sources" / "s1.txt").unlink()
    problem = only(problems_of(root))
    assert (problem.location, problem.line) == ("source.text", 7)
    assert "not found" in problem.message


def test_text_path_may_not_leave_the_knowledge_directory(tmp_path: Path) -> None:
    broken = GOOD.replace("text: ../sources/s1.txt", "text: ../../../etc/passwd")
    problem = only(problems_of(write_kb(tmp_path / "kb", broken)))
    assert problem.location == "source.text"
    assert "leaves the knowledge directory" in problem.message


def test_knowledge_file_symlinked_from_outside_is_rejected(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "kb", GOOD)
    outside = tmp_path / "elsewhere" / "secret.yaml"
    outside.parent.mkdir()
    outside.write_text("entities: []\n")
    (root / "releases" / "zz-link.yaml").symlink_to(outside)
    problem = only(problems_of(root))
    assert problem.file == "releases/zz-link.yaml"
    assert "outside the knowledge directory" in problem.message
    assert str(outside) not in str(problem)  # the host's paths stay out of replies


def test_knowledge_file_symlinked_inside_the_directory_is_read(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "kb", GOOD)
    (root / "shared").mkdir()
    (root / "shared" / "extra.yaml").write_text("entities: []\n")
    (root / "releases" / "zz-link.yaml").symlink_to(root / "shared" / "extra.yaml")
    assert load_knowledge(root).counts()["sources"] == 1


def test_yaml_anchors_and_aliases_are_rejected(tmp_path: Path) -> None:
    bomb = GOOD + "x: &a [1, 2]\ny: [*a, *a]\n"
    problem = only(problems_of(write_kb(tmp_path, bomb)))
    assert "anchors and aliases" in problem.message
    assert problem.line == 30


def test_oversized_file_is_rejected(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root, max_file_bytes=100)
    assert "over the 100-byte limit" in only(info.value.problems).message


def test_not_utf8_is_rejected(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD)
    (root / "releases" / "s1.yaml").write_bytes(b"source: \xff\xfe\n")
    assert "not UTF-8" in only(problems_of(root)).message


def test_unsafe_yaml_tags_are_rejected(tmp_path: Path) -> None:
    evil = GOOD + "boom: !!python/object/apply:os.system ['true']\n"
    problem = only(problems_of(write_kb(tmp_path, evil)))
    assert "YAML" in problem.message


def test_missing_directory() -> None:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(Path("/nonexistent/knowledge"))
    assert "does not exist" in only(info.value.problems).message


def test_unreviewed_drafts_are_held_back(tmp_path: Path) -> None:
    draft = GOOD.replace(
        "  text: ../sources/s1.txt", "  text: ../sources/s1.txt\n  reviewed: false"
    )
    root = write_kb(tmp_path, draft)
    served = load_knowledge(root)
    assert served.counts() == {"sources": 0, "entities": 0, "quotes": 0, "facts": 0}
    assert served.held_back == ("s1",)
    everything = load_knowledge(root, include_unreviewed=True)
    assert everything.counts()["quotes"] == 1


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        # Fresh from ingest: the date could not be read.
        (("  date: 2020-05-01", "  date: null"), "source.date"),
        # Mid-review: a quote edited away from the release's words.
        (("    text: We like Beta,", "    text: We love Beta,"), "quotes[0].text"),
    ],
    ids=["undated", "not-verbatim"],
)
def test_a_broken_draft_is_held_back_and_never_stops_the_load(
    tmp_path: Path, edit: tuple[str, str], problem: str
) -> None:
    reviewed = SEED_KNOWLEDGE / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    draft = GOOD.replace(*edit).replace(
        "  text: ../sources/s1.txt", "  text: ../sources/s1.txt\n  reviewed: false"
    )
    root = write_kb(tmp_path, draft)
    (root / "releases" / reviewed.name).write_text(reviewed.read_text("utf-8"), "utf-8")
    source = reviewed.parent.parent / "sources" / reviewed.with_suffix(".txt").name
    (root / "sources" / source.name).write_text(source.read_text("utf-8"), "utf-8")
    served = load_knowledge(root)
    assert list(served.sources) == ["2018-04-21-unido-alibaba-ewtp"]
    assert served.held_back_files == ("releases/s1.yaml",)
    # ``check`` (every file) still reports the draft's problem, with its file.
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root, include_unreviewed=True)
    assert [(p.file, p.location) for p in info.value.problems] == [("releases/s1.yaml", problem)]


@pytest.mark.parametrize("reviewed", ["false", "true"])
def test_a_draft_that_is_not_yaml_is_held_back_by_its_reviewed_line(
    tmp_path: Path, reviewed: str
) -> None:
    # A quote left open mid-review: the file no longer parses, but ingest's
    # `reviewed: false` line still says it is a draft. A reviewed file stops the load.
    broken = GOOD.replace("    text: We like Beta,", '    text: "We like Beta,').replace(
        "  text: ../sources/s1.txt", f"  text: ../sources/s1.txt\n  reviewed: {reviewed}"
    )
    root = write_kb(tmp_path, broken)
    if reviewed == "true":
        with pytest.raises(KnowledgeError):
            load_knowledge(root)
        return
    served = load_knowledge(root)
    assert served.held_back_files == ("releases/s1.yaml",)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root, include_unreviewed=True)
    problem = only(info.value.problems)
    assert problem.file == "releases/s1.yaml" and "YAML" in problem.message and problem.line


def test_a_broken_reviewed_file_still_stops_the_load(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD.replace("  date: 2020-05-01", "  date: null"))
    with pytest.raises(KnowledgeError):
        load_knowledge(root)


def test_models_forbid_unknown_keys_and_bad_values() -> None:
    with pytest.raises(ValidationError):
        Entity.model_validate({"id": "x", "name": "X", "kind": "planet", "summary": "s"})
    with pytest.raises(ValidationError):
        Entity.model_validate({"id": "Bad Id", "name": "X", "kind": "person", "summary": "s"})
    with pytest.raises(ValidationError):
        Fact.model_validate({"id": "f", "text": "t", "about": []})
    assert (
        Fact.model_validate({"id": "f", "text": "t", "about": ["a"], "date": 2017}).date == "2017"
    )
    assert KnowledgeFile.model_validate({"quotes": None}).quotes == ()


def test_problem_string_is_readable() -> None:
    problem = Problem("releases/a.yaml", "quotes[0].text", "quote is not verbatim", 12)
    assert str(problem) == "releases/a.yaml:12: quotes[0].text: quote is not verbatim"


def test_duplicate_quote_and_fact_ids_across_files(tmp_path: Path) -> None:
    second = """\
    facts:
      - id: f1
        text: Acme met Beta again.
        about: [acme]
        source: s1
    """
    problems = problems_of(write_kb(tmp_path, GOOD, extra={"releases/zz.yaml": second}))
    problem = only(problems)
    assert (problem.file, problem.location, problem.line) == ("releases/zz.yaml", "facts[0].id", 2)
    assert "duplicate fact id 'f1' (also in releases/s1.yaml)" in problem.message


LATER = """\
source:
  id: s2
  title: Acme meets Beta again
  publisher: Wire
  date: 2021-05-01
  dateline: {city: Springfield, country: USA}
  text: ../sources/s1.txt
roles:
  - entity: ann-lee
    title: President
    organization: acme
facts:
  - id: f2
    text: Acme met Beta.
    about: [acme, ann-lee]
"""


@pytest.mark.parametrize(
    ("edit", "first"),
    [
        # An indentation slip: the file is not YAML at all.
        (("    name: Ann Lee", "    name: Ann Lee\n   kind: person"), "YAML syntax error"),
        # A typo in a value: YAML, but not a valid file; the bad value is shown.
        (("    kind: person", "    kind: persn"), "(found 'persn')"),
    ],
    ids=["syntax", "schema"],
)
def test_one_slip_in_an_old_release_is_one_problem_there_and_one_line_per_later_file(
    tmp_path: Path, edit: tuple[str, str], first: str
) -> None:
    root = write_kb(tmp_path, GOOD.replace(*edit), extra={"releases/s2.yaml": LATER})
    problems = problems_of(root)
    assert [p.file for p in problems] == ["releases/s1.yaml", "releases/s2.yaml"], problems
    assert first in problems[0].message
    later = problems[1]
    assert later.message.startswith("4 references to 'ann-lee', 'acme', declared in")
    assert "releases/s1.yaml, which did not load" in later.message
    assert later.line == 9  # the first reference: roles[0]


def test_problems_are_listed_by_file_then_line(tmp_path: Path) -> None:
    # Summaries are checked before roles, but come after them in the file.
    broken = GOOD.replace("    organization: acme", "    organization: ghost-org") + (
        "summaries:\n  - entity: ghost-person\n    text: Someone.\n"
    )
    problems = problems_of(write_kb(tmp_path, broken))
    assert [p.location for p in problems] == ["roles[0].organization", "summaries[0].entity"]
    assert problems[0].line < problems[1].line


def test_a_reload_leaves_out_a_draft_that_breaks_after_the_first_load(tmp_path: Path) -> None:
    # Through the service, so the incremental reload path (the file cache) is the one used.
    root = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, root)
    service = KnowledgeService(root)
    service.load()
    draft = GOOD.replace("  date: 2020-05-01", "  date: null").replace(
        "  text: ../sources/s1.txt", "  text: ../sources/s1.txt\n  reviewed: false"
    )
    (root / "sources" / "s1.txt").write_text(RELEASE_TEXT, encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(draft, encoding="utf-8")
    asyncio.run(service.reload())  # raises KnowledgeError if the draft stopped it
    assert service.snapshot.kb.held_back_files == ("releases/s1.yaml",)
    assert asyncio.run(service.ask("!quote Jack MA")).speaker == "Jack MA"


def test_a_reviewed_file_using_a_broken_draft_s_entity_names_the_draft(tmp_path: Path) -> None:
    draft = GOOD.replace("    kind: person", "    kind: persn").replace(
        "  text: ../sources/s1.txt", "  text: ../sources/s1.txt\n  reviewed: false"
    )
    root = write_kb(tmp_path, draft, extra={"releases/s2.yaml": LATER})
    problems = problems_of(root)
    messages = " | ".join(str(p) for p in problems)
    assert "(found 'persn')" in messages
    assert "declared in releases/s1.yaml, which did not load" in messages


def test_ingest_s_dateline_placeholder_is_a_problem_only_once_reviewed(tmp_path: Path) -> None:
    # Served, it read "Wire, unknown, 2020-05-01" in every citation of the release.
    placeholder = GOOD.replace(
        "  dateline: {city: Springfield, country: USA}", "  dateline: {city: unknown}"
    )
    problem = only(problems_of(write_kb(tmp_path / "reviewed", placeholder)))
    assert problem.file == "releases/s1.yaml" and problem.line
    assert "placeholder" in problem.message and "dateline" in problem.message
    draft = placeholder.replace(
        "  text: ../sources/s1.txt", "  text: ../sources/s1.txt\n  reviewed: false"
    )
    trial = load_knowledge(write_kb(tmp_path / "draft", draft), include_unreviewed=True)
    assert trial.counts()["quotes"] == 1


@pytest.mark.parametrize(
    ("edit", "hint"),
    [
        # An unquoted value with ": " in it, the slip most often made by hand.
        (("    name: Ann Lee", "    name: Ann Lee: founder"), "must be in quotes"),
        (("    kind: person", "\tkind: person"), "spaces, not tabs"),
    ],
    ids=["colon", "tab"],
)
def test_a_common_yaml_slip_gets_a_plain_hint_beside_the_parser_words(
    tmp_path: Path, edit: tuple[str, str], hint: str
) -> None:
    problem = only(problems_of(write_kb(tmp_path, GOOD.replace(*edit))))
    assert problem.message.startswith("YAML syntax error: "), problem
    assert hint in problem.message, problem
    assert problem.line is not None


def test_a_validator_message_reads_without_pydantic_s_prefix(tmp_path: Path) -> None:
    broken = GOOD.replace("    organization: acme", "    organization: acme\n    ended: 2019-13")
    problem = only(problems_of(write_kb(tmp_path, broken)))
    assert "Value error" not in problem.message, problem
