"""More kinds of time questions (issue 12 with issue 10), end to end through
``partnerbot ask --json`` on the five-release base and the bundled base: what is new in
the whole base, what changed for a person, the n-th occurrence of an event, the period a
fact states, the newest statement of a figure with no subject named, a title at a date
asked with a verb, and two-part questions. Phrasings here are new, not those of the
blind sets."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.asking import ask_json
from tests.kbpaths import BUNDLED, KB_FIVE, R1, R2, R3, R4, R5


def _source_ids(row: dict[str, Any]) -> set[str]:
    return set(row["sources"])


def _bullet_dates(text: str) -> list[str]:
    return re.findall(r"^• \*\*(\d{4}(?:-\d\d){0,2})\*\*", text, re.M)


# --- 1. what is new in the whole base -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "earliest", "releases"),
    [
        ("anything new since 2022?", "2022", {R4, R5}),
        ("What happened after 2023", "2024", {R5}),
        ("what went on in 2021?", "2021", {R2, R3, R4, R5}),  # R2 and R5 date titles ended
        ("tell me what's new since 2019", "2019", {R2, R3, R4, R5}),
    ],
)
def test_whats_new_with_no_subject_lists_the_whole_base_newest_first(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    earliest: str,
    releases: set[str],
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    dates = _bullet_dates(row["text"])
    assert len(dates) >= 3, row["text"]
    assert dates == sorted(dates, reverse=True), row["text"]  # newest first
    assert all(d[:4] >= earliest for d in dates), row["text"]
    if "in 2021" in question:
        assert all(d.startswith("2021") for d in dates), row["text"]
    # Spread over the releases of that time, each line cited.
    assert _source_ids(row) == releases, row["sources"]


def test_nothing_new_names_the_latest_date_known(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = ask_json(
        ["anything new this year?", "what's happened since 2025?"],
        capsys,
        monkeypatch,
        today=dt.date(2026, 3, 1),
    )
    for row in rows:
        assert row["status"] == "not_found", row["text"]
        assert "2024-06-01" in row["text"] and "2024-05-08" in row["text"], row["text"]
    assert "2026" in rows[0]["text"]
    # "This year" is the calendar's: in 2024 it has the newest release's news.
    (row,) = ask_json(["any news this year"], capsys, monkeypatch, today=dt.date(2024, 9, 1))
    assert row["status"] == "answered" and _source_ids(row) == {R5}, row["text"]


def test_whats_new_on_the_bundled_base(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = ask_json(
        ["what happened in 2016?", "anything new after 2020?"], capsys, monkeypatch, BUNDLED
    )
    assert rows[0]["status"] == "answered" and "G20" in rows[0]["text"], rows[0]["text"]
    assert rows[1]["status"] == "not_found" and "2018-04-21" in rows[1]["text"], rows[1]["text"]


# --- 2. what has changed for a person ---------------------------------------------------------


def test_what_changed_for_a_person_gives_new_and_ended_titles_dated_and_cited(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    okafor, lina, li = ask_json(
        [
            "Has anything changed for Dr. Okafor after 2020?",
            "any changes for lina ma since 2023",
            "what's changed for li yong since 2020?",
        ],
        capsys,
        monkeypatch,
    )
    text = okafor["text"]
    assert okafor["status"] == "answered", text
    # Dated by the start a fact states ("became President … on January 1, 2022"), not by
    # the release that first lists the title (March 15, 2022).
    assert re.search(r"2022-01-01\*\* — new title: President, (DTA|Digital Trade Alliance)", text)
    assert re.search(r"2024-05-08\*\* — new title: Chair of the Board", text), text
    assert "Director of Programmes" in text  # no longer given after 2021
    assert "Steering Committee" not in text  # last given in 2019, before the time asked
    assert {R4, R5} <= _source_ids(okafor)
    assert "Executive Director" in lina["text"] and "Head of the Kuala Lumpur" not in lina["text"]
    # An ended title, cited to the release that marks it ended.
    assert li["status"] == "answered" and "ended 2021" in li["text"], li["text"]
    assert _source_ids(li) == {R5}


def test_nothing_changed_for_a_person_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["what has changed for Samuel Mensah since 2022?"], capsys, monkeypatch)
    assert row["status"] == "not_found", row["text"]
    assert "2021-06-08" in row["text"], row["text"]


def test_what_changed_for_a_person_on_the_bundled_base(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["what changed for jack ma since 2017?"], capsys, monkeypatch, BUNDLED)
    assert row["status"] == "answered", row["text"]
    assert "Founder and Executive Chairman" in row["text"] and "2018-04-21" in row["text"]


# --- 3. the n-th occurrence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "date", "source"),
    [
        ("On what date did Jack Ma and Li Yong meet the 2nd time?", "November 11, 2019", R2),
        ("when did jack ma and li yong meet for the first time", "April 21, 2018", R1),
        ("when was the academy's 2nd campus opened?", "March 15, 2022", R4),
    ],
)
def test_the_nth_occurrence_is_the_nth_dated_event(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    date: str,
    source: str,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    first_lines = "\n".join(row["text"].splitlines()[:2])
    assert date in first_lines and "of 2 on record" in first_lines, row["text"]
    assert source in row["sources"]
    # The other occurrence follows, cited.
    assert "The others:" in row["text"], row["text"]


def test_fewer_occurrences_say_how_many_are_recorded(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    five, bundled = (
        ask_json(["when did Li Yong and Jack Ma meet for a third time?"], capsys, monkeypatch)[0],
        ask_json(
            ["when did li yong meet jack ma for the second time?"], capsys, monkeypatch, BUNDLED
        )[0],
    )
    assert five["status"] == "not_found" and "only 2 times" in five["text"], five["text"]
    assert set(five["sources"]) == {R1, R2}
    assert bundled["status"] == "not_found" and "only once" in bundled["text"], bundled["text"]
    assert "April 21, 2018" in bundled["text"] and bundled["sources"] == [R1]


def test_an_ordinal_that_names_a_thing_is_not_counted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The releases say "its first phase": not the first of the phases found by date."""
    (row,) = ask_json(["when did the first phase run?"], capsys, monkeypatch)
    assert "on record" not in row["text"], row["text"]


# --- 7. two-part questions ----------------------------------------------------------------


def test_a_second_part_naming_nothing_is_about_the_first_answer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(
        ["How much money did the Development Trust commit, and what is the money covering?"],
        capsys,
        monkeypatch,
    )
    text = row["text"]
    assert row["status"] == "answered", text
    assert "US$15 million" in text and "running costs" in text, text
    # One heading: the question is the reply's title, each part heads its own answer.
    assert text.count("**how much money did the development trust commit") <= 1, text
    assert "what is the money covering" in text and R3 in row["sources"]


def test_a_part_without_an_answer_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(
        ["when was the academy launched, and who is the president of unido?"], capsys, monkeypatch
    )
    assert row["status"] == "answered", row["text"]
    assert "November 12, 2019" in row["text"]
    assert "don't answer “who is the president of unido”" in row["text"], row["text"]


def test_where_and_on_what_date_share_the_rest_of_the_question(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(
        ["where and in which year did li yong and jack ma meet?"], capsys, monkeypatch, BUNDLED
    )
    assert row["status"] == "answered", row["text"]
    assert "Hangzhou" in row["text"] and "2018" in row["text"], row["text"]
    assert "don't answer" not in row["text"]


# --- 4. the period a fact states ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "head", "knowledge"),
    [
        ("What years did the academy's first phase run?", "**2020 to 2023**", KB_FIVE),
        ("which period is the second phase covering", "**2024 to 2026**", KB_FIVE),
        ("when will the second phase finish?", "**Ends:** 2026", KB_FIVE),
        ("when is the first phase due to end?", "**Ends:** 2023", KB_FIVE),
        ("until when will the grant pay the running costs?", "**Ends:** December 2023", KB_FIVE),
        ("what years does the China-UNIDO framework span?", "**2018 to 2021**", BUNDLED),
        ("when does the strategic cooperation framework expire?", "**Ends:** 2021", BUNDLED),
    ],
)
def test_a_stated_period_answers_which_years_and_when_it_ends(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    head: str,
    knowledge: Path,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, knowledge)
    assert row["status"] == "answered", row["text"]
    assert row["text"].startswith(head), row["text"]
    # The stating fact follows, cited.
    years = re.findall(r"\d{4}", head)
    assert all(y in row["text"].splitlines()[1] for y in years), row["text"]
    assert row["sources"]


def test_a_later_release_extending_a_period_leads(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """R2 and R4 say the Academy runs 2020 to 2023; R5 extends it to 2026."""
    (row,) = ask_json(["when is the Digital Export Academy going to end?"], capsys, monkeypatch)
    assert row["text"].startswith("**Ends:** 2026"), row["text"]
    assert row["sources"][0] == R5


# --- 5. a figure asked for by a noun, with no subject ---------------------------------------


@pytest.mark.parametrize(
    ("question", "newest", "older"),
    [
        ("most recent tally of entrepreneurs trained?", "more than 20,000", "12,400"),
        ("what's the current figure for people the academy trained", "more than 20,000", "5,100"),
        ("give me the newest number of member companies", "more than 340", "more than 300"),
    ],
)
def test_a_figure_named_by_a_noun_leads_with_its_newest_statement(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    newest: str,
    older: str,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    head = row["text"].splitlines()[0]
    assert head.startswith("**Newest first:**"), row["text"]
    assert head.index(newest) < head.index(older), head


def test_a_figure_noun_with_nothing_stated_is_not_found(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = ask_json(
        ["what's the latest figure for entrepreneurs trained?"], capsys, monkeypatch, BUNDLED
    )
    assert rows[0]["status"] == "not_found", rows[0]["text"]


# --- 6. where someone worked at a date, asked with a verb -----------------------------------


@pytest.mark.parametrize(
    ("question", "verdict", "knowledge"),
    [
        ("was Okafor employed by the alliance in 2020?", "yes", KB_FIVE),
        ("Did Daniel Hartmann work for the Digital Trade Alliance in 2021?", "yes", KB_FIVE),
        ("did hartmann work for the alliance in 2023?", "no", KB_FIVE),
        ("was li yong working at unido in 2023", "no", KB_FIVE),
        ("did Amara Okafor work at the academy in 2017?", "unsaid", KB_FIVE),
        # "previously Director of Training at the EABN": ended, on a date not given.
        ("did lina ma work at EABN in 2020?", "unsaid", KB_FIVE),
        ("was li yong with unido in 2018?", "yes", BUNDLED),
        ("did Jack Ma work at Alibaba in 2015?", "unsaid", BUNDLED),
    ],
)
def test_working_somewhere_at_a_date_is_decided_from_role_dates(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    verdict: str,
    knowledge: Path,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, knowledge)
    text = row["text"]
    if verdict == "yes":
        assert row["status"] == "answered" and text.startswith("**Yes.**"), text
    elif verdict == "no":
        assert row["status"] == "answered" and text.startswith("**No.**"), text
    else:
        assert row["status"] == "not_found" and "don't say" in text, text
    # The evidence is a title with its releases' dates, never a fact naming the year.
    assert re.search(r"\(as of \d{4}-\d\d-\d\d", text), text
    assert row["sources"]


def test_where_someone_worked_in_a_year_lists_the_titles_held(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lina, hartmann = ask_json(
        ["Where did Lina MA work in 2022?", "who was daniel hartmann working for in 2019"],
        capsys,
        monkeypatch,
    )
    assert lina["status"] == "answered", lina["text"]
    assert "Programme Director" in lina["text"] and "EABN" not in lina["text"], lina["text"]
    assert "Head of the Kuala Lumpur campus" in lina["text"]  # two titles at once
    assert "Executive Director" not in lina["text"]  # stated in 2024 only
    assert hartmann["status"] == "answered" and "President" in hartmann["text"], hartmann


def test_a_changed_role_and_last_year_are_read_as_changes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    role, position, last_year = ask_json(
        [
            "How has Lina Ma's job changed since 2022?",
            "has jack ma's position changed after 2018?",
            "so what happened last year",
        ],
        capsys,
        monkeypatch,
        today=dt.date(2025, 2, 1),
    )
    assert "new title: Executive Director" in role["text"], role["text"]
    assert "Director of Training" not in role["text"]  # ended before 2022
    assert "ended 2019-09-10: Founder and Executive Chairman" in position["text"], position
    assert last_year["status"] == "answered" and _source_ids(last_year) == {R5}, last_year
    assert all(d.startswith("2024") for d in _bullet_dates(last_year["text"]))


def test_where_the_nth_occurrence_was(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(["Where did Jack Ma and Li Yong meet the second time?"], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    assert row["text"].startswith("**Second of 2 on record:** Kigali"), row["text"]


# --- which of two things came first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "knowledge"),
    [
        ("what came earlier, Enabling E-commerce or the G20 communique?", "2016", BUNDLED),
        ("which was first: the KL campus or the Kigali campus opening?", "February 2020", KB_FIVE),
        (
            "which happened later, the Kuala Lumpur campus or the DTA grant?",
            "March 15, 2022",
            KB_FIVE,
        ),
    ],
)
def test_which_of_two_came_first_is_decided_by_their_dates(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    lead: str,
    knowledge: Path,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, knowledge)
    assert row["status"] == "answered", row["text"]
    head = row["text"].splitlines()[0]
    assert lead in head, row["text"]
    assert len(_bullet_lines := [x for x in row["text"].splitlines() if x.startswith("• ")]) == 2
    assert _bullet_lines


def test_a_title_given_earlier_and_never_ended_is_no_no(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """OKAFOR chaired the Academy's Steering Committee as of 2019, with no end given: in
    2022 she may still have, whatever she held at the Alliance."""
    (row,) = ask_json(["was amara okafor still part of the academy in 2022"], capsys, monkeypatch)
    assert row["status"] == "not_found" and "don't say whether" in row["text"], row["text"]
    assert "Steering Committee" in row["text"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The programme runs from 2021 to 2025.", "2021", "2025"),
        ("The charter covers 2019–2024.", "2019", "2024"),
        ("It operated between 2015 and 2018 in Ghana.", "2015", "2018"),
        ("The agreement ends in December 2026.", "", "December 2026"),
        ("The pilot will conclude on June 30, 2025.", "", "June 30, 2025"),
        ("The fund runs until the end of its mandate in March 2027.", "", "March 2027"),
        ("The second cohort started in September 2021.", "September 2021", ""),
        ("Since its creation in 2009 the Trust has funded 22 countries.", "2009", ""),
        ("The Trust funds 22 countries.", None, None),
    ],
)
def test_the_period_a_sentence_states(text: str, start: str | None, end: str | None) -> None:
    from bot.engine.qa.executors.periods import period_of
    from bot.kb.models import LoadedFact

    fact = LoadedFact(
        id="f", text=text, about=("x",), date=None, place=None, source="s", position=0
    )
    period = period_of(fact)
    if start is None:
        assert period is None
    else:
        assert period is not None and (period.start, period.end) == (start, end)


# --- titles before another ------------------------------------------------------------------


def test_titles_before_joining_or_before_a_title(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lina, jack, okafor = ask_json(
        [
            "What was Lina MA's job before joining the Digital Export Academy?",
            "which title did jack ma hold before he was co-founder",
            "what did Dr. Okafor do before she became the alliance's president?",
        ],
        capsys,
        monkeypatch,
    )
    assert lina["status"] == "answered" and "Director of Training, EABN" in lina["text"], lina
    assert "Programme Director" not in lina["text"].split("\n", 1)[1]
    assert "Founder and Executive Chairman" in jack["text"], jack["text"]
    assert {R1, R2} <= _source_ids(jack)  # R2 marks the title ended
    assert "Director of Programmes" in okafor["text"], okafor["text"]
    assert "Chair of the Board" not in okafor["text"]  # given later


def test_who_held_a_title_before_someone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    okafor, lina = ask_json(
        [
            "who was the DTA's president before Amara Okafor?",
            "who did the programme director job before lina ma",
        ],
        capsys,
        monkeypatch,
    )
    assert okafor["status"] == "answered" and okafor["text"].startswith("**Daniel HARTMANN**")
    assert lina["status"] == "not_found" and "name no one" in lina["text"], lina["text"]


# --- when someone took a title --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "when", "knowledge"),
    [
        ("When was Okafor appointed president of the alliance?", "January 1, 2022", KB_FIVE),
        ("since when has Lina Ma been the academy's programme director?", "July 1, 2021", KB_FIVE),
        ("when did lina ma become executive director", "June 1, 2024", KB_FIVE),
        ("When did LI Yong become UNIDO's DG?", "2013", KB_FIVE),
        ("when was li yong named director general of unido?", None, BUNDLED),
        ("when did jack ma become co-founder of alibaba?", None, KB_FIVE),
    ],
)
def test_when_someone_took_a_title_comes_from_a_fact_saying_so(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    when: str | None,
    knowledge: Path,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch, knowledge)
    if when is None:
        # The releases give the title, never when it started: no meeting date instead.
        assert row["status"] == "not_found", row["text"]
        assert "don't say when" in row["text"] and "first give the title as of" in row["text"]
    else:
        assert row["status"] == "answered", row["text"]
        assert row["text"].startswith(f"**When:** {when}"), row["text"]


def test_news_asked_about_the_releases_is_their_news(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    year, newest = ask_json(
        ["What did the releases announce in 2021?", "anything new in the newest release?"],
        capsys,
        monkeypatch,
    )
    assert year["status"] == "answered" and year["text"].startswith("**What's new in 2021")
    assert all(d.startswith("2021") for d in _bullet_dates(year["text"])), year["text"]
    assert newest["status"] == "answered" and newest["sources"] == [R5], newest["text"]


def test_what_the_nth_occurrence_was_about(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = ask_json(
        ["What was the first meeting between Jack Ma and Li Yong about?"], capsys, monkeypatch
    )
    assert row["status"] == "answered", row["text"]
    assert row["text"].startswith("**First of 2 on record:** Saturday, April 21, 2018")
    assert "deepening the cooperation" in row["text"]


def test_this_year_is_the_date_the_request_gives_not_the_clock() -> None:
    """The engine reads no clock: 'this year' is Request.today's year (the front door
    sets it), else the newest release's, never the run date."""
    from bot.engine.answer import Status
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    in_2024 = engine.handle("anything new this year?", today=dt.date(2024, 9, 1))
    in_2026 = engine.handle("anything new this year?", today=dt.date(2026, 3, 1))
    assert in_2024.status is Status.ANSWERED, in_2024.text
    assert in_2026.status is Status.NOT_FOUND and "2026" in in_2026.text, in_2026.text
    # No date given: the newest release's year (2024), whatever the clock says.
    undated = engine.handle("anything new this year?")
    assert undated.text == in_2024.text


def test_the_service_tells_the_engine_the_date(tmp_path: Path) -> None:
    import asyncio

    from bot.service import KnowledgeService

    service = KnowledgeService(KB_FIVE, today=lambda: dt.date(2026, 3, 1))
    service.load()
    answer = asyncio.run(service.ask("anything new this year?"))
    assert answer.status.value == "not_found" and "2026" in answer.text, answer.text


def test_a_title_is_never_new_and_dropped_in_the_same_release(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lina Ma is first Head of the KL campus in the 2022 release; the 2024 one no longer
    gives it. Okafor's presidency starts on the date a fact states."""
    lina, okafor = ask_json(
        [
            "What has changed for Lina Ma since 2022?",
            "What has changed for Amara Okafor since 2022?",
        ],
        capsys,
        monkeypatch,
    )
    lines = [x for x in lina["text"].splitlines() if "Head of the Kuala Lumpur campus" in x]
    assert any("2022-03-15** — new title" in x for x in lines), lina["text"]
    dropped = [x for x in lines if "no longer given" in x]
    assert dropped and all(x.startswith("• **2024-05-08**") for x in dropped), lina["text"]
    assert "last given 2022-03-15" in dropped[0]
    text = okafor["text"]
    assert "2022-01-01** — new title: President" in text and "2022-03-15** — new title" not in text


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("What happened in January 2022?", "2022-01"),
        ("What's new since June 2024?", "2024-06"),
        ("anything new after May 2024?", "2024-06"),
    ],
)
def test_a_month_named_with_its_year_bounds_the_news(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    month: str,
) -> None:
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    dates = re.findall(r"^• \*\*(\d{4}-\d\d)", row["text"], re.M)
    assert dates, row["text"]
    if "in January" in question:
        assert set(dates) == {month}, row["text"]  # no March 2022 facts
    else:
        assert min(dates) >= month, row["text"]  # no May 2024 facts


@pytest.mark.parametrize(
    ("question", "release"),
    [
        ("What did the release of June 2021 announce?", R3),
        ("what did the June 2021 release say?", R3),
        ("What did the March 2022 announcement say?", R4),
        ("What did the 2021 release announce?", R3),  # one release that year
    ],
)
def test_a_release_named_by_its_date_gives_its_statements(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    release: str,
) -> None:
    """Not every statement of that year from four releases: that release's own."""
    (row,) = ask_json([question], capsys, monkeypatch)
    assert row["status"] == "answered", row["text"]
    assert _source_ids(row) == {release}, row["text"]
    assert "2021-12-31" not in row["text"], row["text"]  # Hartmann's step down: another release


def test_a_month_bounds_a_speakers_quotes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    in_may, in_march = ask_json(
        ["what did Lina Ma say in May 2024?", "what did Lina Ma say in March 2024?"],
        capsys,
        monkeypatch,
    )
    assert in_may["status"] == "answered", in_may["text"]
    assert in_march["status"] == "not_found" and "March 2024" in in_march["text"]


def test_ask_today_rejects_a_date_that_is_not_one(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli.main import main

    with pytest.raises(SystemExit):
        main(["ask", "--today", "2024-13-01", "anything new this year?"])
    assert "is not a date like" in capsys.readouterr().err


def test_a_title_after_a_named_person_is_theirs_not_another_holders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "When did Lina Ma become executive director?" with someone else titled plain
    "Director": the title words belong to the person named before them (a blind run
    answered with the other holder's name)."""
    kb = tmp_path / "kb"
    shutil.copytree(KB_FIVE, kb)
    release = next((kb / "releases").glob("2024-05-08-*.yaml"))
    text = release.read_text(encoding="utf-8")
    text = text.replace(
        "entities:\n",
        "entities:\n"
        "  - id: petra-holm\n"
        "    name: Petra HOLM\n"
        "    kind: person\n"
        "    summary: Director of the Digital Export Academy's Kigali campus.\n",
        1,
    ).replace(
        "roles:\n",
        "roles:\n"
        "  - entity: petra-holm\n"
        "    title: Director\n"
        "    organization: digital-export-academy\n",
        1,
    )
    release.write_text(text, encoding="utf-8")
    for row in ask_json(
        ["when did Lina Ma become executive director?", "when did lina ma become director?"],
        capsys,
        monkeypatch,
        knowledge=kb,
    ):
        assert "HOLM" not in row["text"], row["text"]
        assert "June 1, 2024" in row["text"], row["text"]


def test_how_many_has_x_done_is_the_newest_figure_reached_not_a_goal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A goal that repeats the question's words ("aims to train 30,000 entrepreneurs")
    is not the figure reached: "how many … has X trained?" leads with the newest figure
    reached (a sealed held-out base was answered with its launch release's goal)."""
    kb = tmp_path / "kb"
    shutil.copytree(KB_FIVE, kb)
    release = next((kb / "releases").glob("2019-11-12-*.yaml"))
    release.write_text(
        release.read_text(encoding="utf-8").replace(
            "facts:\n",
            "facts:\n"
            "  - id: academy-goal-entrepreneurs\n"
            "    about: [digital-export-academy]\n"
            "    text: >-\n"
            "      The Academy aims to train 30,000 entrepreneurs.\n",
            1,
        ),
        encoding="utf-8",
    )
    for row in ask_json(
        [
            "how many entrepreneurs has the academy trained?",
            "so how many entrepreneurs have the academy's courses trained?",
        ],
        capsys,
        monkeypatch,
        knowledge=kb,
    ):
        lead = row["text"].split("\n")[0]
        assert row["status"] == "answered" and "20,000" in lead, row["text"]
        assert "30,000" not in lead, row["text"]
