"""Anything a user types (issue 15, points 3 to 5 and 13): unicode digits as page numbers,
bidi controls, compatibility forms of names, links; and every line of `ask --json -`
answered whatever one line does."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.cli.ask
import bot.cli.shell
from bot.cli.main import main
from bot.discord.render import escape, render_embed, render_plain, truncate
from bot.engine.answer import Answer, Choice, Citation, Status
from bot.engine.engine import Engine
from bot.engine.request import MAX_PAGE, Request, page_number, parse
from bot.engine.text import defuse_links, echo
from bot.render.json import render_json
from bot.render.safety import unmask_links
from bot.render.text import render_text
from bot.service import KnowledgeService
from bot.textnorm import (
    KEPT_FORMAT_CHARS,
    compact,
    has_format_controls,
    normalize,
    strip_format_controls,
)

# Every bidi control (Unicode's Bidi_Control property) and a few other format characters
# that change how the text around them shows.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
OTHER_FORMAT = "\u206a\u206b\u206e\u206f\ufeff\ufff9\ufffb\U000e0041\u0600"
# A live link: a scheme and "//" with nothing in between.
LIVE_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")


def _ask_lines(
    service: KnowledgeService,
    lines: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[list[dict[str, object]], str]:
    """`partnerbot ask --json -` in-process on the session's knowledge (no reload)."""
    monkeypatch.setattr(bot.cli.ask, "load_service", lambda args, **_: service)
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO("".join(f"{line}\n" for line in lines).encode()))
    )
    capsys.readouterr()
    assert main(["ask", "--json", "-"]) == 0
    out, err = capsys.readouterr()
    return [json.loads(line) for line in out.splitlines()], err


# --- point 3: unicode digits in page numbers -------------------------------------------------


@pytest.mark.parametrize(
    ("token", "page"),
    [
        ("2", 2),
        ("²", 2),  # superscript: str.isdigit() says yes, int() says no
        ("٣", 3),  # Arabic-Indic
        ("𝟚", 2),  # mathematical double-struck
        ("２", 2),  # full-width
        ("②", 2),  # circled
        ("⑫", 12),
        ("१०", 10),  # Devanagari
        ("007", 7),
        ("9" * 5_000, MAX_PAGE),  # past int()'s 4,300-digit limit
        ("½", None),
        ("x", None),
        ("", None),
        ("2a", None),
    ],
)
def test_page_number_reads_every_way_of_writing_digits(token: str, page: int | None) -> None:
    assert page_number(token) == page


@pytest.mark.parametrize(
    ("message", "argument", "page"),
    [
        ("!sources ²", "", 2),
        ("!sources 𝟚", "", 2),
        ("!sources ٣", "", 3),
        ("!quote Jack MA ٣", "Jack MA", 3),
        ("!quote Jack MA #²", "Jack MA", 2),
        ("!quote Jack MA ½", "Jack MA ½", None),
    ],
)
def test_unicode_page_numbers_parse(message: str, argument: str, page: int | None) -> None:
    request = parse(message)
    assert (request.argument, request.page) == (argument, page)


@pytest.mark.parametrize(
    ("message", "status"),
    # The bundled base has one page of releases: page 2 is past its end, said so.
    [("!sources ²", "not_found"), ("!quote LI Yong ٢", "answered"), ("!sources 𝟚", "not_found")],
)
def test_unicode_page_numbers_answer_on_the_command_line(
    message: str, status: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--json", message]) == 0
    out, err = capsys.readouterr()
    reply = json.loads(out)
    assert reply["status"] == status
    if status == "not_found":
        assert reply["text"].startswith("There is no page 2:")
    assert "Traceback" not in err


def test_quote_page_in_arabic_digits_is_that_page(engine: Engine) -> None:
    assert engine.handle("!quote LI Yong ٢").page == engine.handle("!quote LI Yong 2").page


def test_ask_json_stream_answers_every_line_even_when_one_fails(
    service: KnowledgeService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = Engine.run

    def flaky(self: Engine, request: Request) -> Answer:
        if "boom" in request.argument:
            raise RuntimeError("engine exploded")
        return real(self, request)

    monkeypatch.setattr(Engine, "run", flaky)
    rows, err = _ask_lines(
        service,
        ["!sources ¹", "!what boom", "!quote LI Yong ٢", "!who \u202eoY iL", "!what eWTP"],
        monkeypatch,
        capsys,
    )
    assert [r["status"] for r in rows] == ["answered", "error", "answered", "not_found", "answered"]
    assert "something went wrong" in str(rows[1]["reply"])
    assert "line 2: internal error: RuntimeError: engine exploded" in err
    assert "Traceback" not in err


def test_ask_json_stream_reads_bytes_that_are_not_utf8(
    service: KnowledgeService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bot.cli.ask, "load_service", lambda args, **_: service)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"!what \xff\xfe\n!what eWTP\n")))
    assert main(["ask", "--json", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["status"] for r in rows] == ["usage", "answered"]  # "!what" and no word


def test_one_shot_ask_fails_with_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: Engine, request: Request) -> Answer:
        raise ValueError("bad")

    monkeypatch.setattr(Engine, "run", broken)
    assert main(["ask", "!what eWTP"]) == 1
    out, err = capsys.readouterr()
    assert "something went wrong" in out
    assert err.strip() == "partnerbot: internal error: ValueError: bad"


def test_shell_survives_a_line_that_fails(
    service: KnowledgeService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = Engine.run

    def flaky(self: Engine, request: Request) -> Answer:
        if "boom" in request.argument:
            raise RuntimeError("engine exploded")
        return real(self, request)

    monkeypatch.setattr(Engine, "run", flaky)
    monkeypatch.setattr(bot.cli.shell, "load_service", lambda args: service)
    monkeypatch.setattr(sys, "stdin", io.StringIO("!sources ²\n!what boom\n!what 𝐔𝐍𝐈𝐃𝐎\n"))
    assert main(["shell", "--no-history"]) == 0
    out, err = capsys.readouterr()
    assert "1 release" in out
    assert "something went wrong" in out
    assert "United Nations Industrial Development Organization" in out.split("went wrong")[1]
    assert "Traceback" not in err


def test_shell_process_reads_bytes_that_are_not_utf8_and_goes_on() -> None:
    """The real process: a line of broken UTF-8 does not end the shell, even where
    standard input decodes strictly (as it does outside Python's C-locale handling)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "shell", "--no-history"],
        env=env,
        input="!what \udcff\udcfe\n!sources ²\n!who \u202eoY iL\n".encode(errors="surrogateescape"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "1 release" in out and "oY iL" in out
    assert not has_format_controls(out)
    assert b"Traceback" not in result.stderr


# --- point 4: bidi controls --------------------------------------------------------------------


def test_the_format_control_list_is_every_cf_character_but_the_kept_ones() -> None:
    """Checked against this Python's Unicode database, so a new Cf character is noticed."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        category = unicodedata.category(ch)
        if category == "Cf" and ch not in KEPT_FORMAT_CHARS:
            assert has_format_controls(ch), f"U+{code:04X} is not stripped"
        elif code > 127 and has_format_controls(ch):
            # Only Cf characters, or ones this Python's database does not know yet.
            assert category in ("Cf", "Cn"), f"U+{code:04X} ({category}) is stripped"


def test_who_with_a_right_to_left_override_echoes_none(engine: Engine) -> None:
    answer = engine.handle("!who \u202eoY iL")
    for shown in (render_text(answer), json.dumps(render_json(answer), ensure_ascii=False)):
        assert "oY iL" in shown
        assert not has_format_controls(shown)


def _hostile_answer(dirt: str) -> Answer:
    """An answer whose every text holds ``dirt``, as a knowledge file could."""
    citation = Citation("s", f"Title{dirt}", f"Wire{dirt}", f"City{dirt}", dt.date(2020, 1, 2))
    return Answer(
        Status.ANSWERED,
        f"Body {dirt} text",
        title=f"Title {dirt}",
        speaker=f"Speaker{dirt}",
        role=f"Role{dirt}",
        citations=(citation,),
        choices=(Choice(f"Choice{dirt}", "!who x"),),
    )


@pytest.mark.parametrize("control", list(BIDI_CONTROLS + OTHER_FORMAT))
def test_no_renderer_shows_a_format_control(control: str) -> None:
    answer = _hostile_answer(control)
    embed = render_embed(answer).to_dict()
    shown = [
        render_text(answer),
        render_plain(answer),
        json.dumps(render_json(answer), ensure_ascii=False),
        json.dumps(embed, ensure_ascii=False),
        truncate(f"label{control}", 80),
        escape(f"user {control} text"),
    ]
    for text in shown:
        assert control not in text
    assert "Body  text" in render_text(answer)


def test_joiners_that_only_join_are_kept() -> None:
    family = "👩\u200d👩\u200d👧"
    assert strip_format_controls(family) == family
    assert strip_format_controls("a\u202eb\u2066c\u2069") == "abc"


# --- point 5: compatibility forms of names -----------------------------------------------------


def _styled(text: str, upper: int, lower: int) -> str:
    """``text`` in a mathematical alphabet: ``upper``/``lower`` are the code points of
    its A and a (Unicode fills the holes of some alphabets with letterlike symbols)."""
    holes = {
        0x1D455: "ℎ", 0x1D49D: "ℬ", 0x1D4A0: "ℰ", 0x1D4A1: "ℱ", 0x1D4A3: "ℋ", 0x1D4A4: "ℐ",
        0x1D4A7: "ℒ", 0x1D4A8: "ℳ", 0x1D4AD: "ℛ", 0x1D506: "ℭ", 0x1D50B: "ℌ", 0x1D50C: "ℑ",
        0x1D515: "ℜ", 0x1D51D: "ℨ", 0x1D53A: "ℂ", 0x1D53F: "ℍ", 0x1D545: "ℕ", 0x1D547: "ℙ",
        0x1D548: "ℚ", 0x1D549: "ℝ", 0x1D551: "ℤ", 0x1D4BA: "ℯ", 0x1D4BC: "ℊ", 0x1D4C4: "ℴ",
    }  # fmt: skip
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            code = upper + ord(ch) - ord("A")
        elif "a" <= ch <= "z":
            code = lower + ord(ch) - ord("a")
        else:
            out.append(ch)
            continue
        out.append(holes.get(code, chr(code)))
    return "".join(out)


ALPHABETS = {
    "bold": (0x1D400, 0x1D41A),
    "italic": (0x1D434, 0x1D44E),
    "script": (0x1D49C, 0x1D4B6),
    "fraktur": (0x1D504, 0x1D51E),
    "double-struck": (0x1D538, 0x1D552),
    "sans-serif bold": (0x1D5D4, 0x1D5EE),
    "monospace": (0x1D670, 0x1D68A),
    "full-width": (0xFF21, 0xFF41),
    "circled": (0x24B6, 0x24D0),
    "squared": (0x1F130, 0x1F130),
    "parenthesized": (0x1F110, 0x249C),
}


@pytest.mark.parametrize("alphabet", list(ALPHABETS))
@pytest.mark.parametrize(
    ("command", "name", "expected"),
    [
        ("what", "UNIDO", "United Nations Industrial Development Organization"),
        ("what", "eWTP", "Electronic World Trade Platform"),
        ("who", "Li Yong", "LI Yong"),
    ],
)
def test_every_compatibility_form_of_a_name_finds_it(
    engine: Engine, alphabet: str, command: str, name: str, expected: str
) -> None:
    styled = _styled(name, *ALPHABETS[alphabet])
    assert styled != name
    answer = engine.handle(f"!{command} {styled}")
    assert answer.status is Status.ANSWERED, (styled, answer.text)
    assert expected in render_text(answer)


def test_superscript_and_modifier_letters_find_a_name(engine: Engine) -> None:
    answer = engine.handle("!what ᵁᴺᴵᴰᴼ")
    assert answer.status is Status.ANSWERED
    assert "United Nations Industrial Development" in render_text(answer)


def test_index_side_and_query_side_fold_alike() -> None:
    """One function folds names for the index and queries for lookups: a name written
    in a compatibility form in a knowledge file is found by plain ASCII, and back."""
    for name, alphabet in ALPHABETS.items():
        folded = normalize(_styled("UNIDO Agency", *alphabet))
        if name == "parenthesized":  # "(U)(N)…": letters apart, found by the spaceless form
            assert compact(folded) == "unidoagency"
        else:
            assert folded == "unido agency"
    assert normalize("ǅemal ﬁnance ß") == normalize("DŽEMAL FINANCE SS") == "dzemal finance ss"


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_ascii_fast_path_agrees_with_the_full_fold(text: str) -> None:
    """The ASCII fast path (str.translate) must give what the Unicode path gives; a
    trailing non-ASCII space forces the Unicode path without changing the result."""
    assert normalize(text) == normalize(text + "\u3000")


# --- point 13: links ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "https://evil.example/login",
        "HTTP://evil.example",
        "[free nitro](https://evil.example)",
        "<https://evil.example>",
        "steam://run/1",
        "x_https://evil.example",
    ],
)
def test_echoed_user_text_never_holds_a_live_link(engine: Engine, typed: str) -> None:
    for message in (f"!what {typed}", f"!who {typed}", f"!frobnicate{typed}"):
        answer = engine.handle(message)
        for shown in (render_text(answer), json.dumps(render_embed(answer).to_dict())):
            assert not LIVE_URL.search(shown), shown
    assert not LIVE_URL.search(echo(typed)) and not LIVE_URL.search(escape(typed))
    assert defuse_links("https://a.b").replace("\u200b", "") == "https://a.b"


@pytest.mark.parametrize(
    ("knowledge", "shown"),
    [
        ("See [the release](https://good.example/r).", "See the release (https://good.example/r)."),
        ("[https://good.example](https://evil.example)", "https://good.example (https://evil.example)"),
        ('[a](<https://x.example/a b> "title")', "[a](<https://x.example/a b> \"title\")"),
        ('[a](https://x.example/p_(1) "t")', "a (https://x.example/p_(1))"),
        ("[outer [inner](https://i.example)](https://o.example)", "outer inner (https://i.example) (https://o.example)"),
        (r"\[escaped\](https://x.example)", r"\[escaped\](https://x.example)"),
        ("[no link] (https://x.example)", "[no link] (https://x.example)"),
    ],
)  # fmt: skip
def test_masked_links_in_knowledge_show_their_target(knowledge: str, shown: str) -> None:
    assert unmask_links(knowledge) == shown
    assert len(unmask_links(knowledge)) <= len(knowledge)
    answer = Answer(Status.ANSWERED, knowledge, title=knowledge, speaker=knowledge)
    embed = render_embed(answer)
    assert embed.description == shown and embed.title == shown
    assert render_json(answer)["text"] == shown


# --- the kind, generated -----------------------------------------------------------------------

DIGITS = st.sampled_from(list("0123456789²³¹٠١٢٣۴५୬๗໘၉᠐０５𝟎𝟚𝟭𝟯𝟺𝟿①⑫⓷⁴₅"))
TRICKY = st.sampled_from(
    [*BIDI_CONTROLS, *OTHER_FORMAT, "𝐔𝐍𝐈𝐃𝐎", "𝕁𝕒𝕔𝕜 𝕄𝔸", "ⓁⒾ ⓎⓄⓃⒼ", "ｅＷＴＰ", "ᵁᴺᴵᴰᴼ", "ﬁ", "ǅ", "½", "#", " ", "\u200d", "https://x.example"]
)  # fmt: skip
PREFIX = st.sampled_from(["!sources ", "!quote ", "!quote Jack MA ", "!what ", "!who ", "", "!q "])
LINE = st.builds(
    lambda prefix, parts: prefix + "".join(parts),
    PREFIX,
    st.lists(DIGITS | TRICKY | st.text(max_size=8), max_size=6),
).map(lambda s: s.replace("\n", " ").replace("\r", " "))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=st.lists(LINE, min_size=1, max_size=6))
def test_generated_messages_answer_every_line_without_controls(
    service: KnowledgeService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lines: list[str],
) -> None:
    """Unicode digits, bidi controls and compatibility characters, several lines at a
    time through `ask --json -`: one answer per line, none an internal error, no
    traceback, no format control anywhere in what is printed."""
    with monkeypatch.context() as patch:
        rows, err = _ask_lines(service, lines, patch, capsys)
    assert len(rows) == len(lines)
    assert all(r["status"] != "error" for r in rows), rows
    assert err == ""
    for row in rows:
        assert not has_format_controls(json.dumps(row, ensure_ascii=False)), row


def test_phrase_starts_finds_every_whole_word_run() -> None:
    from bot.textnorm import phrase_starts

    assert phrase_starts(["a", "b", "a", "b"], ["a", "b"]) == [0, 2]
    assert phrase_starts(("pull", "out", "of"), ("out", "of")) == [1]
    assert phrase_starts(["ab"], ["a"]) == []
    assert phrase_starts(["a"], ["a", "b"]) == []
    assert phrase_starts(["a"], []) == []
