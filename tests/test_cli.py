"""The terminal front doors: partnerbot ask, shell and check."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import bot.service
from bot.cli.main import main


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_a_cited_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["ask", "!quote Jack MA"], capsys)
    assert code == 0
    assert "global buy" in out
    assert "Source: PR Newswire, Hangzhou, China, 2018-04-21" in out


def test_ask_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["ask", "--json", "!what eWTP"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["status"] == "answered"
    assert data["sources"] == ["2018-04-21-unido-alibaba-ewtp"]


def test_ask_json_reads_stdin_line_by_line_and_loads_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = 0
    real = bot.service.load_knowledge

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nonlocal loads
        loads += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.service, "load_knowledge", counting)
    monkeypatch.setattr(
        sys, "stdin", io.StringIO("!quote Jack MA\nwhen did they meet?\n\nwho won the world cup?\n")
    )
    code, out, _ = run_cli(["ask", "--json", "-"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert loads == 1
    assert [r["status"] for r in rows] == ["answered", "answered", "usage", "not_found"]
    assert all({"status", "reply", "sources"} <= set(r) for r in rows)


def test_ask_with_another_knowledge_dir(
    knowledge_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["ask", "--knowledge", str(knowledge_copy), "!sources"], capsys)
    assert code == 0 and "2018-04-21" in out


def test_knowledge_dir_setting(
    knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (knowledge_copy / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml").write_text(
        "source: [", encoding="utf-8"
    )
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge_copy))
    code, _, err = run_cli(["ask", "!what eWTP"], capsys)
    assert code == 1
    # The line the unclosed bracket opens on, not the line past the end of the file.
    assert "releases/2018-04-21-unido-alibaba-ewtp.yaml:1: YAML syntax error" in err


@pytest.mark.parametrize("message", ["!what eWTP", "-"])
def test_ask_json_with_a_broken_knowledge_base_prints_json_errors(
    knowledge_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    message: str,
) -> None:
    (knowledge_copy / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml").write_text(
        'source:\n  id: x\n  title: "President\n', encoding="utf-8"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("!what eWTP\n\nwho is Jack Ma?\n"))
    argv = ["ask", "--json", message, "--knowledge", str(knowledge_copy)]
    code, out, err = run_cli(argv, capsys)
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == (3 if message == "-" else 1)
    for row in rows:
        assert row["status"] == "error" and row["command"] == "error"
        [problem] = row["problems"]
        assert problem["file"] == "releases/2018-04-21-unido-alibaba-ewtp.yaml"
        assert problem["line"] == 3 and "YAML syntax error" in problem["message"]
    assert "YAML syntax error" in err  # people reading the terminal still see it


def test_ask_names_the_drafts_it_does_not_serve_once(
    knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = knowledge_copy / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("\nsource:\n", "\nsource:\n  reviewed: false\n"),
        encoding="utf-8",
    )
    monkeypatch.delenv("SERVE_UNREVIEWED", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("!what eWTP\nwho is Jack Ma?\n"))
    code, out, err = run_cli(["ask", "--json", "-", "--knowledge", str(knowledge_copy)], capsys)
    assert code == 0 and len(out.splitlines()) == 2
    assert err.count("not served") == 1
    assert (
        "1 draft not served (reviewed: false): releases/2018-04-21-unido-alibaba-ewtp.yaml;"
        " set SERVE_UNREVIEWED=true to try it"
    ) in err
    monkeypatch.setenv("SERVE_UNREVIEWED", "true")
    code, _, err = run_cli(["ask", "!what eWTP", "--knowledge", str(knowledge_copy)], capsys)
    assert code == 0 and "not served" not in err


def test_check_passes_on_the_bundled_knowledge(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["check"], capsys)
    assert code == 0
    assert "1 source," in out and "3 quotes" in out


def test_check_fails_with_precise_messages(
    knowledge_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = knowledge_copy / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    speaker: jack-ma", "    speaker: jack-maa").replace(
        "global travel.", "global trips."
    )
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli(["check", "--knowledge", str(knowledge_copy)], capsys)
    assert code == 1
    assert "2 problems" in err
    assert "releases/2018-04-21-unido-alibaba-ewtp.yaml:" in err
    assert "quotes[2].speaker: unknown entity 'jack-maa'" in err
    assert "quotes[2].text: quote is not verbatim" in err


def test_invalid_setting_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COMMAND_PREFIX", "a b")
    code, _, err = run_cli(["ask", "!help"], capsys)
    assert code == 2
    assert "COMMAND_PREFIX" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["ask", "!help"], ["shell"], ["check"], ["ingest", "release.txt"], ["run"], ["sync"]],
)
def test_invalid_settings_exit_2_in_every_subcommand(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COMMAND_PREFIX", "a b")
    code, _, err = run_cli(argv, capsys)
    assert code == 2
    assert err.count("invalid setting COMMAND_PREFIX") == 1


def test_ingest_honours_the_file_size_limit(
    knowledge_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    release = tmp_path / "release.txt"
    release.write_text("HANGZHOU, China, April 21, 2018 /PRNewswire/ -- " + "x" * 5000)
    monkeypatch.setenv("MAX_KNOWLEDGE_FILE_BYTES", "1000")
    code, _, err = run_cli(["ingest", "--knowledge", str(knowledge_copy), str(release)], capsys)
    assert code == 1
    assert "MAX_KNOWLEDGE_FILE_BYTES" in err
    assert sorted(p.name for p in (knowledge_copy / "sources").iterdir()) == [
        "2018-04-21-unido-alibaba-ewtp.txt"
    ]


def test_shell_answers_until_end_of_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "shell", "--no-history"],
        input="!what eWTP\nwhere did they meet?\nexit\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Electronic World Trade Platform" in result.stdout
    assert "Hangzhou" in result.stdout


def test_version_is_the_installed_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import metadata

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"partnerbot {metadata.version('partnerbot')}"


def test_ctrl_c_while_answering_drops_that_line_and_the_shell_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a (long) question is answered ends that answer, as Ctrl-C while
    typing drops the line: never the shell, and never with a traceback."""
    import bot.cli.shell as shell

    lines = iter(["when did they meet?", "!what eWTP"])

    def typed(prompt: str = "") -> str:
        line = next(lines, None)
        if line is None:
            raise EOFError  # Ctrl-D
        return line

    monkeypatch.setattr("builtins.input", typed)
    real = shell.answer_safely
    calls: list[str] = []

    async def interrupted_once(service: object, line: str, render: object) -> object:
        calls.append(line)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return await real(service, line, render)  # type: ignore[arg-type]

    monkeypatch.setattr(shell, "answer_safely", interrupted_once)
    code, out, _ = run_cli(["shell", "--no-history"], capsys)
    assert code == 0 and calls == ["when did they meet?", "!what eWTP"]
    assert "Electronic World Trade Platform" in out


def test_shell_quits_on_exit_or_quit_in_any_case(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for word in ("Exit", "QUIT"):
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{word}\n!what eWTP\n"))
        assert main(["shell", "--no-history"]) == 0
        out = capsys.readouterr().out
        assert "1 release, " in out and "Electronic World Trade Platform" not in out
