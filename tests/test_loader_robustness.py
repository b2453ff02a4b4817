"""Whatever a knowledge directory holds, loading reports problems with file and line; it
never crashes, hangs, reads half a file or silently drops data (issue 15 points 1, 2,
9 to 11; issue 14 point 9; issue 12's collisions)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.kb import fileio
from bot.kb.loader import KnowledgeError, Problem, load_knowledge
from tests.conftest import SEED_KNOWLEDGE
from tests.test_loader import GOOD, RELEASE_TEXT, only, problems_of, write_kb

BUNDLED_RELEASE = "releases/2018-04-21-unido-alibaba-ewtp.yaml"


def check(directory: Path, *extra: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``partnerbot check`` on ``directory`` as a user runs it (a hang fails the test)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "check", "--knowledge", str(directory), *extra],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).parent.parent,
    )


def check_here(directory: Path) -> tuple[int, str]:
    """``partnerbot check`` in this process (quicker): its exit code and stderr."""
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = main(["check", "--knowledge", str(directory)])
    return code, stderr.getvalue()


def bundled_copy(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, root)
    return root


# --- values YAML cannot build, and explicit tags (point 1) ---------------------------------


def test_impossible_date_is_one_problem_line_from_check(tmp_path: Path) -> None:
    root = bundled_copy(tmp_path)
    release = root / BUNDLED_RELEASE
    release.write_text(release.read_text().replace("date: 2018-04-21", "date: 2018-04-31", 1))
    result = check(root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line.strip() for line in result.stderr.splitlines()]
    assert lines[0] == "1 problem in the knowledge base:"
    assert lines[1] == (
        f"{BUNDLED_RELEASE}:9: source.date: '2018-04-31' is not a valid date"
        " (day is out of range for month)"
    )


# (line to put in place of "    summary: Chief of Acme.", what the problem says). Every
# scalar type the safe loader can build, given a value it cannot build, plus tags.
BAD_VALUES = [
    ("    summary: 2019-02-29", "'2019-02-29' is not a valid date"),
    ("    summary: 2019-12-01 25:61:00", "is not a valid date"),
    ("    summary: !!timestamp yesterday", "'yesterday' is not a valid date"),
    ("    summary: !!int twelve", "'twelve' is not a valid whole number"),
    ("    summary: !!int ''", "'' is not a valid whole number"),
    ("    summary: " + "9" * 5000, "is not a valid whole number"),
    ("    summary: !!float lots", "'lots' is not a valid number"),
    ("    summary: !!bool maybe", "'maybe' is not a valid true/false value"),
    ("    summary: !!binary QUJD", "the YAML tag !!binary is not allowed"),
    ("    summary: !!python/object/apply:os.system ['true']", "!!python/object/apply:os.system"),
    ("    summary: !!python/name:os.system ''", "the YAML tag !!python/name:os.system"),
    ("    summary: !custom text", "the YAML tag !custom is not allowed"),
    ("    summary: !!set {a, b}", "the YAML tag !!set is not allowed"),
    ("    summary: !!omap [{a: 1}]", "the YAML tag !!omap is not allowed"),
    ("    summary: !!pairs [{a: 1}]", "the YAML tag !!pairs is not allowed"),
    ("    summary: !!str [a, b]", "the YAML tag !!str cannot mark a list"),
    ("    summary: !!map text", "the YAML tag !!map cannot mark a single value"),
    ("    summary: !!seq {a: 1}", "the YAML tag !!seq cannot mark a mapping"),
    ("    <<: {summary: merged}", "merge keys (<<) are not allowed"),
    ("    ? [a, b]\n    : c\n    summary: x", "a mapping key must be a single value"),
]


@pytest.mark.parametrize(("line", "message"), BAD_VALUES, ids=[m for _, m in BAD_VALUES])
def test_value_yaml_cannot_build_is_a_problem_with_line(
    tmp_path: Path, line: str, message: str
) -> None:
    release = GOOD.replace("    summary: Chief of Acme.", line)
    problem = only(problems_of(write_kb(tmp_path, release)))
    assert message in problem.message
    assert (problem.file, problem.line) == ("releases/s1.yaml", 17)
    assert problem.location.startswith("entities[1].")


def test_every_bad_value_in_a_file_is_reported(tmp_path: Path) -> None:
    release = GOOD.replace("  date: 2020-05-01", "  date: 2020-02-30").replace(
        "    summary: A company.", "    summary: !!binary QUJD"
    )
    problems = problems_of(write_kb(tmp_path, release))
    assert [(p.line, p.location) for p in problems] == [
        (5, "source.date"),
        (12, "entities[0].summary"),
    ]


def test_control_character_is_a_problem_on_its_line(tmp_path: Path) -> None:
    release = GOOD.replace("    summary: A company.", "    summary: A \x00company.")
    problem = only(problems_of(write_kb(tmp_path, release)))
    assert (problem.line, problem.message) == (12, "character U+0000 is not allowed in YAML")


def test_fact_dates_still_load(tmp_path: Path) -> None:
    release = GOOD.replace("    about: [acme]", "    about: [acme]\n    date: 2019-02-28")
    kb = load_knowledge(write_kb(tmp_path, release))
    assert kb.facts[0].date == "2019-02-28"


# --- duplicate keys (point 2) --------------------------------------------------------------


def test_second_facts_block_is_reported_not_dropped(tmp_path: Path) -> None:
    root = bundled_copy(tmp_path)
    release = root / BUNDLED_RELEASE
    text = release.read_text()
    first_line = text.splitlines().index("facts:") + 1
    release.write_text(text + "facts:\n  - id: late-fact\n    text: Late.\n    about: [unido]\n")
    code, stderr = check_here(root)
    assert code == 1
    expected = f"{BUNDLED_RELEASE}:{len(text.splitlines()) + 1}: facts: duplicate key 'facts'"
    assert expected in stderr
    assert f"(first at line {first_line})" in stderr


@pytest.mark.parametrize(
    ("old", "new", "line", "location"),
    [
        (
            "  title: Acme meets Beta\n",
            "  title: Acme meets Beta\n  title: Again\n",
            4,
            "source.title",
        ),
        (
            "  dateline: {city: Springfield, country: USA}",
            "  dateline: {city: Springfield, city: Shelbyville}",
            6,
            "source.dateline.city",
        ),
        ("    name: Ann Lee\n", "    name: Ann Lee\n    name: Anne Lee\n", 16, "entities[1].name"),
        ("entities:\n", "entities: []\nentities:\n", 9, "entities"),
    ],
)
def test_duplicate_key_at_any_depth(
    tmp_path: Path, old: str, new: str, line: int, location: str
) -> None:
    assert old in GOOD
    problem = only(problems_of(write_kb(tmp_path, GOOD.replace(old, new, 1))))
    assert "duplicate key" in problem.message
    assert (problem.line, problem.location) == (line, location)


# --- what is not a regular file, and reading that blocks (point 9) -------------------------


def test_fifo_socket_and_device_are_problems_and_check_does_not_hang(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "kb", GOOD)
    # A FIFO named as the release text and another as a knowledge file: opening either
    # for reading would wait for a writer forever.
    (root / "sources" / "s1.txt").unlink()
    os.mkfifo(root / "sources" / "s1.txt")
    os.mkfifo(root / "releases" / "pipe.yaml")
    os.symlink("/dev/zero", root / "releases" / "zero.yaml")
    short = Path(f"/tmp/pb-sock-{os.getpid()}")  # AF_UNIX paths are short
    short.mkdir(exist_ok=True)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(short / "s"))
        os.symlink(short / "s", root / "sources" / "socket.txt")
        result = check(root, timeout=30)
    finally:
        server.close()
        shutil.rmtree(short)
    assert result.returncode == 1, result.stderr
    err = result.stderr
    assert "Traceback" not in err
    assert "releases/pipe.yaml: not a regular file (it is a FIFO (named pipe))" in err
    assert "sources/s1.txt: not a regular file (it is a FIFO (named pipe))" in err
    assert "releases/zero.yaml: not a regular file (it is a character device)" in err
    assert "sources/socket.txt: not a regular file (it is a socket)" in err
    assert "source.text: release text '../sources/s1.txt': not a regular file" in err


def test_a_read_that_blocks_is_given_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_kb(tmp_path, GOOD)
    release = os.path.realpath(root / "sources" / "s1.txt")
    release_gate = threading.Event()
    real = fileio._read_once

    def hung(path: str, max_bytes: int) -> object:
        if os.path.realpath(path) == release:  # a hung network mount
            release_gate.wait(30)
        return real(path, max_bytes)

    monkeypatch.setattr(fileio, "_read_once", hung)
    try:
        with pytest.raises(KnowledgeError) as info:
            load_knowledge(root, read_timeout=0.2)
    finally:
        release_gate.set()
    problem = only(info.value.problems)
    assert problem.file == "sources/s1.txt"
    assert "reading took longer than 0.2 s" in problem.message


def test_directory_that_cannot_be_listed_is_a_problem(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root lists any directory")
    root = write_kb(tmp_path, GOOD)
    locked = root / "more"
    locked.mkdir()
    locked.chmod(0)
    try:
        problems = problems_of(root)
    finally:
        locked.chmod(0o755)
    assert Problem("more", "", "cannot list directory: Permission denied") in problems


# --- size limit and files that change while read (points 10, 11) --------------------------


def test_size_limit_applies_to_release_texts(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD)
    (root / "sources" / "s1.txt").write_text(RELEASE_TEXT + "x" * 5000)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root, max_file_bytes=2000)
    problem = only(info.value.problems)
    assert (problem.file, problem.location) == ("releases/s1.yaml", "source.text")
    assert "file is 5,08" in problem.message and "over the 2,000-byte limit" in problem.message


def _rewrite_during_reads(
    monkeypatch: pytest.MonkeyPatch, target: Path, versions: list[str]
) -> list[int]:
    """Each read of ``target`` sees it rewritten (to the next version) while it reads."""
    real = fileio._read_once
    reads: list[int] = []

    def racing(path: str, max_bytes: int) -> tuple[bytes, os.stat_result, os.stat_result]:
        data, before, after = real(path, max_bytes)
        if os.path.realpath(path) == os.path.realpath(target) and versions:
            reads.append(len(data))
            target.write_text(versions.pop(0))
            after = os.stat(path)  # what an fstat after the read would have seen
        return data, before, after

    monkeypatch.setattr(fileio, "_read_once", racing)
    return reads


def test_file_rewritten_while_read_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_kb(tmp_path, GOOD)
    target = root / "releases" / "s1.yaml"
    newer = GOOD.replace("A company.", "A company, rewritten.")
    reads = _rewrite_during_reads(monkeypatch, target, [newer])
    kb = load_knowledge(root)
    assert reads == [len(GOOD)]  # the first read saw the change and was not used
    assert kb.entities["acme"].summary == "A company, rewritten."


def test_file_that_keeps_changing_fails_the_load_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_kb(tmp_path, GOOD)
    target = root / "sources" / "s1.txt"
    _rewrite_during_reads(monkeypatch, target, [RELEASE_TEXT + "x" * i for i in range(1, 20)])
    problem = only(problems_of(root))
    assert problem.location == "source.text"
    assert f"changed while being read ({fileio.READ_ATTEMPTS} tries)" in problem.message


# --- the operating system's own errors, and linked directories (issue 14 point 9) ----------

_EMFILE_SCRIPT = """
import os, resource, sys
from bot.kb.loader import KnowledgeError, load_knowledge
from tests.conftest import SEED_KNOWLEDGE
# Every descriptor number up to a low limit in use: the next open fails with EMFILE.
highest = max(int(fd) for fd in os.listdir("/proc/self/fd"))
resource.setrlimit(resource.RLIMIT_NOFILE, (highest + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
hog = []
while True:
    try:
        hog.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        break
try:
    load_knowledge(sys.argv[1])
except KnowledgeError as exc:
    print(exc.summary())
else:
    print("loaded")
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_no_file_descriptors_left_reports_the_os_error(tmp_path: Path) -> None:
    root = write_kb(tmp_path, GOOD)
    result = subprocess.run(
        [sys.executable, "-c", _EMFILE_SCRIPT, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert "Too many open files" in result.stdout, result.stdout + result.stderr
    assert "no knowledge files" not in result.stdout


def test_symlinked_directory_is_reported(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "kb", GOOD)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "more").symlink_to(elsewhere, target_is_directory=True)
    problem = only(problems_of(root))
    assert (problem.file, problem.location) == ("more", "")
    assert "is a link to a directory, which is not read" in problem.message


# --- collisions without touching old files (issue 12) ---------------------------------------

NEWER_RELEASE = """\
source:
  id: s2
  title: Acme Labs opens
  publisher: Wire
  date: 2024-01-02
  dateline: {city: Springfield}
  text: ../sources/s1.txt
entities:
  - id: acme-labs
    name: Acme Labs
    kind: organization
    summary: Another company.
    ALIASES
"""


def _with_newer(tmp_path: Path, aliases: str, older: str = GOOD) -> Path:
    newer = NEWER_RELEASE.replace("ALIASES", aliases)
    return write_kb(tmp_path, older, extra={"releases/s2.yaml": newer})


def test_collision_declared_in_the_newer_file_only_is_enough(tmp_path: Path) -> None:
    # GOOD (2020) lists "Acme" as a plain alias and is not edited.
    kb = load_knowledge(_with_newer(tmp_path, "shared_aliases: [ACME]"))
    assert {"acme", "acme-labs"} <= set(kb.entities)


def test_undeclared_collision_names_both_files(tmp_path: Path) -> None:
    problem = only(problems_of(_with_newer(tmp_path, "aliases: [ACME]")))
    assert (problem.file, problem.location) == ("releases/s2.yaml", "entities[0].aliases")
    assert "'acme' of 'acme-labs' is also claimed by 'acme' (releases/s1.yaml)" in problem.message
    assert "shared_aliases of 'acme-labs'" in problem.message


def test_collision_declared_only_in_the_older_file_is_still_reported(tmp_path: Path) -> None:
    older = GOOD.replace("    aliases: [Acme]", "    shared_aliases: [Acme]")
    problem = only(problems_of(_with_newer(tmp_path, "aliases: [ACME]", older)))
    assert problem.file == "releases/s2.yaml"
    assert "(releases/s1.yaml)" in problem.message


def test_knowledge_dir_that_is_a_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "knowledge"
    path.write_text("not a directory")
    problem = only(problems_of(path))
    assert problem.message == "the knowledge directory is not a directory (it is a regular file)"


@pytest.mark.parametrize(
    ("written", "message"),
    [('"2019-02-30"', "day is out of range"), ('"2021-13"', "month"), ('"2021-00-10"', "month")],
)
def test_a_quoted_date_that_is_not_on_the_calendar_is_a_problem(
    tmp_path: Path, written: str, message: str
) -> None:
    """The date pattern admits "2019-02-30" when it is quoted (YAML then leaves it text
    instead of failing to build a date): the calendar must still be checked."""
    root = bundled_copy(tmp_path)
    path = root / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    text = path.read_text(encoding="utf-8")
    first_fact = text.index("\nfacts:")
    head, tail = text[:first_fact], text[first_fact:]
    tail = re.sub(r"\n    date: [^\n]*", f"\n    date: {written}", tail, count=1)
    path.write_text(head + tail, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    [problem] = [p for p in info.value.problems if p.location.endswith(".date")]
    assert message in problem.message and problem.line is not None
