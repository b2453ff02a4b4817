"""Knowledge over time (issue 12) on the five-release base tests/fixtures/kb_five: ended
roles, dated summaries, the timeline and per-sentence citations, end to end through
``partnerbot ask --json``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.kb.loader import KnowledgeError, load_knowledge
from tests.asking import ask_json
from tests.kbpaths import KB_FIVE


def _role_lines(text: str) -> tuple[str, str]:
    """(the current-roles line, the "Earlier:" line) of an entity card; "" when absent."""
    text = re.sub(r" \[\d+\](?:\[\d+\])*", "", text)  # the per-sentence markers
    current = next((line for line in text.splitlines() if line.startswith("**Role")), "")
    earlier = next((line for line in text.splitlines() if line.startswith("Earlier:")), "")
    return current, earlier


# --- 1. ended roles ------------------------------------------------------------------------


def test_two_titles_from_the_newest_release_are_both_current(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (who,) = ask_json(["!who Amara Okafor"], capsys, monkeypatch)
    current, earlier = _role_lines(who["text"])
    assert current.startswith("**Roles:**")
    assert "President, Digital Trade Alliance (as of 2024-05-08)" in current
    assert "Chair of the Board, Digital Export Academy (as of 2024-05-08)" in current
    assert "Chair of the Board" not in earlier
    # Superseded titles are history, with the dates of the releases that state them.
    assert "Director of Programmes, Digital Trade Alliance (as of 2019-11-12 and 2021-06-08)" in (
        earlier
    )
    assert "Chair of the Steering Committee" in earlier and "Steering" not in current


def test_an_ended_title_is_never_current(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    li, hartmann, jack, lina = ask_json(
        ["!who Li Yong", "!who Daniel Hartmann", "!who Jack MA", "!who Lina MA"],
        capsys,
        monkeypatch,
    )
    # Every title LI Yong held ended (marked by the 2024 release, the older files as
    # they were): no current role, the title as history with its end.
    current, earlier = _role_lines(li["text"])
    assert current == ""
    assert "Director General, UNIDO (as of 2018-04-21 and 2019-11-12; ended 2021)" in earlier
    assert li["role"] == "Director General, UNIDO (as of 2018-04-21 and 2019-11-12; ended 2021)"
    current, earlier = _role_lines(hartmann["text"])
    assert current == "" and "President, Digital Trade Alliance" in earlier
    assert "ended 2021-12-31" in earlier
    current, earlier = _role_lines(jack["text"])
    assert current.startswith("**Role:** Co-founder, Alibaba Group (as of 2019-11-12)")
    assert "Founder and Executive Chairman, Alibaba Group (as of 2018-04-21; ended 2019-09-10)" in (
        earlier
    )
    assert jack["role"] == "Co-founder, Alibaba Group (as of 2019-11-12)"
    current, earlier = _role_lines(lina["text"])
    assert "Executive Director" in current and "Director of Training" not in current
    assert "Director of Training, EABN (as of 2021-06-08; ended)" in earlier


def test_no_card_or_role_answer_shows_an_ended_title_as_current(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over every person of the base: the "Role(s):" line of ``!who`` and of a role
    question names no title that any release marks ended, and names every un-ended
    title of the newest release that states one for them."""
    kb = load_knowledge(KB_FIVE)
    dates = {s.id: s.source.date for s in kb.sources.values()}
    people = sorted({r.entity for r in kb.roles})
    messages = []
    for person in people:
        name = kb.entities[person].name
        messages += [f"!who {name}", f"What is {name}'s role?"]
    rows = ask_json(messages, capsys, monkeypatch)
    for i, person in enumerate(people):
        roles = [r for r in kb.roles if r.entity == person]
        ended = {(r.title, r.organization) for r in roles if not r.current}
        live = [r for r in roles if (r.title, r.organization) not in ended]
        newest = max((dates[r.source] for r in live), default=None)
        expected = {r.title for r in live if dates[r.source] == newest}
        for row in rows[2 * i : 2 * i + 2]:
            assert row["status"] == "answered", (person, row)
            current, _ = _role_lines(row["text"])
            shown = set(re.findall(r"(?:^|; |\*\* )([^;*]+?), [^;]+? \(as of", current))
            assert shown == expected, (person, row["text"])
            assert all(title not in current for title, _org in ended if title not in expected)


def test_a_title_names_its_current_holder_not_a_past_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Daniel HARTMANN (ended 2021) and Amara OKAFOR (since 2022) were both President of
    the DTA: the title alone means its current holder; a dated question, the holder then."""
    now, question, then = ask_json(
        [
            "!who President of the Digital Trade Alliance",
            "who is the president of the Digital Trade Alliance?",
            "who was the president of the Digital Trade Alliance in 2020?",
        ],
        capsys,
        monkeypatch,
    )
    assert now["status"] == "answered" and now["title"] == "Amara OKAFOR"
    assert question["status"] == "answered" and question["title"] == "Amara OKAFOR"
    assert then["status"] == "answered" and "Daniel HARTMANN" in then["text"][:40]


def test_dated_role_questions_respect_ended_titles(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year after a title ended, it is not the answer: LI Yong was Director General
    until 2021; the DTA's President in 2023 is OKAFOR (from 2022), not HARTMANN (ended
    2021-12-31), whose newest statement is older than hers."""
    li_2023, li_2020, dta_2023, dta_2020 = ask_json(
        [
            "what was LI Yong's title in 2023?",
            "what was LI Yong's title in 2020?",
            "who was President of the Digital Trade Alliance in 2023?",
            "who was President of the Digital Trade Alliance in 2020?",
        ],
        capsys,
        monkeypatch,
    )
    assert li_2023["status"] == "not_found" and "ended 2021" in li_2023["text"]
    assert li_2020["status"] == "answered" and "Director General" in li_2020["text"]
    assert dta_2023["status"] == "answered" and "Amara OKAFOR" in dta_2023["text"][:40]
    assert "HARTMANN" not in dta_2023["text"]
    assert dta_2020["status"] == "answered" and "Daniel HARTMANN" in dta_2020["text"][:40]


def test_ended_role_schema(tmp_path: Path) -> None:
    """``ended`` takes a year, a month or a day; ``current: false`` an unknown end; any
    other value is reported with file and line."""
    from shutil import copytree

    copy = tmp_path / "kb"
    copytree(KB_FIVE, copy)
    release = copy / "releases" / "2021-06-08-dta-trust-grant-academy.yaml"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("    current: false\n", "    ended: last spring\n"), "utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(copy)
    assert "2021-06-08-dta-trust-grant-academy.yaml" in str(error.value)
    assert "ended" in str(error.value)
    release.write_text(text.replace("    current: false\n", "    ended: 2021-05\n"), "utf-8")
    kb = load_knowledge(copy)
    (training,) = [r for r in kb.roles if r.title == "Director of Training"]
    assert training.ended == "2021-05" and not training.current


# --- 2. dated summaries --------------------------------------------------------------------


def test_the_newest_summary_leads_and_older_ones_are_dated_history(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = load_knowledge(KB_FIVE)
    dates = {s.id: s.source.date for s in kb.sources.values()}
    restated = sorted({s.entity for s in kb.summaries if kb.entities[s.entity].summary != s.text})
    assert {"jack-ma", "li-yong", "lina-ma", "amara-okafor", "daniel-hartmann"} <= set(restated)
    rows = ask_json([f"!what {kb.entities[e].name}" for e in restated], capsys, monkeypatch)
    for entity_id, row in zip(restated, rows, strict=True):
        stated = sorted(
            (s for s in kb.summaries if s.entity == entity_id),
            key=lambda s: dates[s.source],
            reverse=True,
        )
        text = row["text"]
        newest = stated[0].text
        assert newest in text, entity_id
        # Never an old summary as the current one: older ones only as "Earlier (as of …)".
        for older in stated[1:]:
            if older.text in text:
                assert f"Earlier (as of {dates[older.source].isoformat()}): {older.text}" in text
                assert text.index(newest) < text.index(older.text)
                assert older.source in row["sources"]
        assert stated[0].source in row["sources"], entity_id


def test_jack_ma_reads_as_co_founder_not_executive_chairman(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (who,) = ask_json(["!who Jack MA"], capsys, monkeypatch)
    paragraphs = who["text"].split("\n\n")
    summary = next(p for p in paragraphs if not p.startswith(("**Role", "Earlier:")))
    assert summary.startswith("Co-founder of Alibaba Group")
    assert (
        "Earlier (as of 2018-04-21): Founder and Executive Chairman of the Alibaba Group."
        in who["text"]
    )
    assert {"2018-04-21-unido-alibaba-ewtp", "2019-11-12-digital-export-academy-launch"} <= set(
        who["sources"]
    )


def test_a_summary_needs_a_known_entity_and_a_source(tmp_path: Path) -> None:
    from shutil import copytree

    copy = tmp_path / "kb"
    copytree(KB_FIVE, copy)
    (copy / "entities").mkdir()
    (copy / "entities" / "shared.yaml").write_text(
        "summaries:\n  - entity: jack-ma\n    text: Undated.\n"
        "  - entity: nobody\n    text: Nobody.\n    source: 2018-04-21-unido-alibaba-ewtp\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(copy)
    problems = str(error.value)
    assert "entities/shared.yaml:2" in problems and "no source" in problems
    assert "unknown entity 'nobody'" in problems


# --- 3. timeline ---------------------------------------------------------------------------

_LINE = re.compile(r"^• \*\*(?P<date>\d{4}(?:-\d\d){0,2})\*\* — (?P<text>.+) \[(?P<n>\d+)\]$")


def timeline(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> list[dict[str, Any]]:
    """Every page of ``!timeline name``, through ``partnerbot ask --json``."""
    (first,) = ask_json([f"!timeline {name}"], capsys, monkeypatch)
    total = first["page"]["total"] if first["page"] else 1
    rest = ask_json([f"!timeline {name} {n}" for n in range(2, total + 1)], capsys, monkeypatch)
    return [first, *rest] if total > 1 else [first]


def test_timeline_is_in_date_order_one_cited_line_per_statement(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = load_knowledge(KB_FIVE)
    pages = timeline("Lina MA", capsys, monkeypatch)
    assert [p["page"]["number"] for p in pages] == list(range(1, len(pages) + 1))
    lines = []
    for page in pages:
        assert page["status"] == "answered" and page["title"] == "Timeline: Lina MA"
        for line in page["text"].splitlines():
            if line.startswith("•"):
                match = _LINE.match(line)
                assert match, line
                lines.append((match["date"], match["text"], page["sources"][int(match["n"]) - 1]))
        # The text rendering numbers its sources like the markers.
        assert "[1] Source: " in page["reply"]
    assert [d for d, _, _ in lines] == sorted(d for d, _, _ in lines)
    # Every fact and quote about her is one line, cited to its own release.
    facts = [f for f in kb.facts if "lina-ma" in f.about]
    quotes = [q for q in kb.quotes if q.speaker == "lina-ma" or "lina-ma" in q.about]
    for item in [*facts, *quotes]:
        found = [(d, s) for d, text, s in lines if item.text.strip() in text]
        assert len(found) == 1 and found[0][1] == item.source, item.id
    # Her titles over time: Programme Director (2021), Executive Director (2024).
    titles = [(d, text) for d, text, _ in lines if text.startswith("Title: ")]
    assert titles[0][0] == "2021-06-08" and titles[-1][1].startswith("Title: Executive Director")


def test_timeline_usage_not_found_and_alias(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    usage, missing, alias, ambiguous = ask_json(
        ["!timeline", "!timeline Zebulon Quux", "!history eWTP", "!timeline DTA"],
        capsys,
        monkeypatch,
    )
    assert usage["status"] == "usage" and "!timeline <name or term>" in usage["text"]
    assert missing["status"] == "not_found"
    assert alias["status"] == "answered" and alias["title"].startswith("Timeline: ")
    # Two organisations share the acronym: the reply asks which one.
    assert ambiguous["status"] == "ambiguous" and len(ambiguous["suggestions"]) == 2


# --- 4. per-sentence citations on entity cards ---------------------------------------------

_MARKERS = re.compile(r"((?: ?\[\d+\])+)$")


def _marked_sentences(text: str) -> list[tuple[str, list[int]]]:
    """(sentence, its marker numbers) for every line or "; " item that ends in markers."""
    found = []
    for line in text.splitlines():
        for item in re.split(r"(?<=\])(?:; )", line):
            match = _MARKERS.search(item)
            if match:
                numbers = [int(n) for n in re.findall(r"\d+", match[1])]
                found.append((item[: match.start()].strip(), numbers))
    return found


def test_a_card_from_two_releases_marks_each_sentence_with_its_release(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r1, r2 = "2018-04-21-unido-alibaba-ewtp", "2019-11-12-digital-export-academy-launch"
    (who,) = ask_json(["!who Jack MA"], capsys, monkeypatch)
    assert set(who["sources"]) == {r1, r2}
    marked = dict(_marked_sentences(who["text"]))

    def release_of(sentence: str) -> set[str]:
        (numbers,) = [n for s, n in marked.items() if s.endswith(sentence)]
        return {who["sources"][n - 1] for n in numbers}

    assert release_of("Co-founder of Alibaba Group, who stepped down as Alibaba's Executive Chairman on September 10, 2019.") == {r2}  # fmt: skip
    assert release_of("Earlier (as of 2018-04-21): Founder and Executive Chairman of the Alibaba Group.") == {r1}  # fmt: skip
    assert release_of("Jack MA is the Founder and Executive Chairman of the Alibaba Group.") == {r1}
    assert release_of("Co-founder, Alibaba Group (as of 2019-11-12)") == {r2}
    # The ended title: stated in 2018, ended by the 2019 release.
    assert release_of("(as of 2018-04-21; ended 2019-09-10)") == {r1, r2}
    # The text rendering numbers its citations like the markers.
    reply = who["reply"]
    assert f"[1] Source: {who['citations'][0]['publisher']}" in reply
    assert f"[2] Source: {who['citations'][1]['publisher']}" in reply


def test_a_card_from_one_release_has_no_markers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (what,) = ask_json(["!what eWTP"], capsys, monkeypatch)
    assert len(what["sources"]) == 1
    assert not re.search(r" \[\d+\]", what["text"]) and "[1] Source" not in what["reply"]


def test_a_reply_combining_two_cards_renumbers_their_markers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (both,) = ask_json(["tell me about Jack MA and LI Yong"], capsys, monkeypatch)
    assert both["status"] == "answered"
    sentences = _marked_sentences(both["text"])
    assert sentences
    kb = load_knowledge(KB_FIVE)
    stated = _statements_by_text(kb)
    for sentence, numbers in sentences:
        cited = {both["sources"][n - 1] for n in numbers}
        for text, sources in stated.items():
            if sentence.endswith(text):
                assert sources & cited, (sentence, cited)


def _statements_by_text(kb: Any) -> dict[str, set[str]]:
    """Every fact, quote and summary text of the base -> the releases that state it."""
    stated: dict[str, set[str]] = {}
    for item in (*kb.facts, *kb.quotes, *kb.summaries):
        stated.setdefault(item.text.strip(), set()).add(item.source)
    return stated


# --- 5. property: every sentence shown is cited ----------------------------------------------


def test_every_sentence_shown_is_in_a_release_the_reply_cites(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sweep of ``!what``, ``!who``, ``!quote`` and ``!timeline`` (every page) over every
    entity of kb_five: each fact, quote, summary and title a reply shows is stated by a
    release the reply cites; a marked sentence by the release its marker names; and a
    quote's words are in a cited release's text."""
    from bot.search.index import Index
    from bot.textnorm import fold_for_verbatim

    kb = load_knowledge(KB_FIVE)
    index = Index(kb)
    stated = _statements_by_text(kb)
    for entity in kb.entities.values():  # undated summaries would be stated by no release
        stated.setdefault(entity.summary.strip(), set())
    roles: dict[str, set[str]] = {}
    for role in kb.roles:
        org = f", {index.short_name(role.organization)}" if role.organization else ""
        roles.setdefault(f"{role.title}{org} (", set()).add(role.source)
    folded = {sid: fold_for_verbatim(s.text) for sid, s in kb.sources.items()}
    quotes = {q.text.strip() for q in kb.quotes}

    # First pages, then every further page that a first page says exists.
    commands = ("what", "who", "quote", "timeline")
    first = [f"!{c} id:{e}" for e in sorted(kb.entities) for c in commands]
    rows = ask_json(first, capsys, monkeypatch)
    more = [
        f"{message} {n}"
        for message, row in zip(first, rows, strict=True)
        if row["page"]
        for n in range(2, row["page"]["total"] + 1)
    ]
    rows += ask_json(more, capsys, monkeypatch)
    messages = first + more
    answered = 0
    for message, row in zip(messages, rows, strict=True):
        if row["status"] != "answered":
            continue
        answered += 1
        text, cited = row["text"], set(row["sources"])
        assert cited, message
        for sentence, sources in stated.items():
            if sentence in text:
                assert sources & cited, (message, sentence, cited)
        for label, sources in roles.items():
            if label in text:
                assert sources & cited, (message, label, cited)
        for quote in quotes:
            if quote in text:
                words = fold_for_verbatim(quote)
                assert any(words in folded[s] for s in cited), (message, quote)
        for sentence, numbers in _marked_sentences(text):
            named = {row["sources"][n - 1] for n in numbers}
            for known, sources in [*stated.items(), *roles.items()]:
                if known in sentence:
                    assert sources & named, (message, sentence, named)
    # The sweep covered every entity, and long lists were paged.
    assert answered >= 2 * len(kb.entities) and more


def test_timeline_past_its_last_page_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like `!quote X 9`: a page past the end is named, never the last page again."""
    first, past = ask_json(["!timeline LI Yong", "!timeline LI Yong 99"], capsys, monkeypatch)
    assert first["status"] == "answered"
    assert past["status"] == "not_found" and "There is no page 99" in past["text"]
    assert "`!timeline LI Yong` to `!timeline LI Yong " in past["text"]


def test_yes_no_about_an_ended_title_says_no(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """HARTMANN's presidency ended 2021-12-31: "is he the president?" is no, with the
    title's dated history; "is OKAFOR?" (President since 2022) is yes."""
    hartmann, okafor = ask_json(
        [
            "is Daniel Hartmann the president of the digital trade alliance?",
            "is Amara Okafor the president of the digital trade alliance?",
        ],
        capsys,
        monkeypatch,
    )
    assert hartmann["status"] == "answered" and hartmann["text"].startswith("**No:**")
    assert "ended 2021-12-31" in hartmann["text"]
    assert okafor["status"] == "answered" and okafor["text"].startswith("**Yes:**")
