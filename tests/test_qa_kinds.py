"""Figure, goal, duration and succession kinds (issues 10 and 12): who ran an
organisation before someone whose first title there was a lesser one, the change between
figures named by their releases, goals by phase, the time between two events of one kind,
an organisation's age at an event, a figure's own subject, and "who is X and what did X
say?".

Each kind is asked on an invented three-release base (tests/fixtures/kb_kinds) in
wordings of its own, and end to end through ``partnerbot ask --json`` on kb_five.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.leading import leading_rank
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask as _ask
from tests.asking import ask_json

KB_KINDS = Path(__file__).parent / "fixtures" / "kb_kinds"
R2017, R2019, R2020 = (
    "2017-03-02-riverbend-school-launch",
    "2019-09-10-riverbend-2600",
    "2020-02-14-riverbend-phase-two",
)


@pytest.fixture(scope="module")
def kinds() -> Engine:
    return Engine(Index(load_knowledge(KB_KINDS)))


# --- 1. predecessor by the leading title ----------------------------------------------------


def test_leading_titles_are_top_jobs_unqualified() -> None:
    assert leading_rank("President") > leading_rank("Chairman") > 0
    assert leading_rank("Executive Director") == leading_rank("Director General") == 2
    assert leading_rank("Director of Programmes") == 0
    assert leading_rank("Vice President") == leading_rank("Head of Outreach") == 0
    assert leading_rank("Medical Director") == leading_rank("Programme Director") == 0
    assert leading_rank("Chief Executive Officer") == 2


@pytest.mark.parametrize(
    "message",
    [
        "who led Riverbend before Ines Mwangi?",
        "who ran the Riverbend Seed Bank before Ms Mwangi?",
        "who headed the seed bank before Ines Mwangi took over?",
    ],
)
def test_who_ran_it_before_someone_whose_first_title_was_lesser(
    kinds: Engine, message: str
) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "Tomas GREIF" in text and "Executive Director" in text
    assert "2020-01-06" in text  # when the predecessor's title ended
    assert {R2017, R2020} <= set(sources)


def test_a_lesser_title_asked_by_name_keeps_its_own_predecessor(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "who was Head of Outreach at Riverbend before Ines Mwangi?")
    assert status is Status.NOT_FOUND and "GREIF" not in text


def test_end_to_end_predecessor_by_the_leading_title(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (reply,) = ask_json(["who headed the DTA before Amara Okafor?"], capsys, monkeypatch)
    assert reply["status"] == "answered" and "HARTMANN" in reply["text"]
    assert "President" in reply["text"] and reply["sources"]


# --- 2. the change between figures named by their releases ----------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how much did the number of growers trained rise between the 2019 and 2020 releases?",
        "by how much did the growers trained grow between the 2019 and 2020 updates?",
    ],
)
def test_change_between_two_releases_figures(kinds: Engine, message: str) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "1,100" in text and "2,600" in text and "3,700" in text
    assert {R2019, R2020} <= set(sources)


@pytest.mark.parametrize(
    "message",
    [
        "how much did the share of women change between the 2019 and 2020 releases?",
        "how much did the share of women change between 2019 and 2020?",
    ],
)
def test_a_share_named_by_its_measure_word(kinds: Engine, message: str) -> None:
    """ "Share" names the measure; a sentence using it otherwise ("a shared vote") is
    not the figure."""
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "+5 percentage points" in text and sources == [R2019, R2020]


@pytest.mark.parametrize(
    ("message", "working"),
    [
        # The 2020 sentence also names a goal: its figure reached still counts.
        ("how many more growers were trained between 2019 and 2020?", "3,700 − 2,600 = 1,100"),
        # "62 per cent still grow seed" (2019) is no count of growers.
        ("how much did the number of growers trained grow between 2017 and 2019?", "2,600 − 900"),
    ],
)
def test_a_change_reads_counts_reached(kinds: Engine, message: str, working: str) -> None:
    status, text, _ = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert working in text


def test_counting_releases_between_two_years_is_still_a_release_count(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "how many releases came out between 2017 and 2019?")
    assert status is Status.ANSWERED and "Two" in text


def test_end_to_end_change_between_announcements(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (reply,) = ask_json(
        ["what was the change in graduates between the 2022 and 2024 updates?"],
        capsys,
        monkeypatch,
    )
    assert reply["status"] == "answered" and "7,600" in reply["text"]
    assert len(reply["sources"]) == 2


# --- 3. a phase's goal and its deadline -----------------------------------------------------


def test_phases_named_in_words_and_numbers() -> None:
    from bot.engine.qa.phases import phase_named

    assert phase_named("the second phase, from 2020 to 2022") == 2
    assert phase_named("what is phase two meant to do") == 2
    assert phase_named("Stage 3 of the plan") == 3
    assert phase_named("the original phase's goal") == 1
    assert phase_named("the original goal") is None
    from bot.engine.qa.phases import phases_named

    assert phases_named("the first and the second phase") == [1, 2]
    assert phases_named("phase one and phase two") == [1, 2]


def test_the_first_phase_goal_with_its_deadline(kinds: Engine) -> None:
    status, text, sources = _ask(kinds, "what was the goal for the first phase and by when?")
    assert status is Status.ANSWERED, text
    lead = text.split("\n")[1]
    assert "4,000" in lead and "2019" in lead and "5,000" not in text
    assert sources == [R2017]


@pytest.mark.parametrize(
    "message",
    [
        "how many more growers is phase two meant to train?",
        "what is the grower school's second phase expected to train?",
    ],
)
def test_a_further_n_is_the_goal_of_its_phase(kinds: Engine, message: str) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "further 5,000" in text and "4,000" not in text
    assert sources == [R2020]


def test_a_phase_with_no_goal_gets_none_of_another_phase(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "what is the goal of the grower school's third phase?")
    assert status is Status.NOT_FOUND
    assert "4,000" not in text and "5,000" not in text
    assert "first and second" in text


def test_a_goal_figure_is_the_one_aimed_at_with_what_it_counts() -> None:
    from bot.engine.qa.executors.phase_goals import _goal_figure

    text = (
        "The fund's second stage will run from 2020 to 2022 with a budget of US$2 million "
        "and aims to reach 300 hill farms by 2022."
    )
    assert _goal_figure(text, set()) == "300 hill farms"
    assert _goal_figure("It aims to train a further 900 seed growers.", set()) == (
        "a further 900 seed growers"
    )


def test_two_phases_named_give_both_goals(kinds: Engine) -> None:
    status, text, sources = _ask(
        kinds, "what were the goals for the first and the second phase of the grower school?"
    )
    assert status is Status.ANSWERED, text
    assert text.index("4,000") < text.index("further 5,000")
    assert sources == [R2017, R2020]


def test_why_a_phase_missed_its_goal_is_not_the_goal(kinds: Engine) -> None:
    _, text, _ = _ask(kinds, "why did the first phase miss its goal?")
    assert "the first phase's goal" not in text


def test_end_to_end_phase_goals(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = ask_json(
        [
            "what's the target for phase 1, and by when?",
            "how many more entrepreneurs is the second phase supposed to train?",
        ],
        capsys,
        monkeypatch,
    )
    assert first["status"] == "answered" and "30,000" in first["text"]
    assert "2023" in first["text"] and "25,000" not in first["text"]
    assert second["status"] == "answered" and "25,000" in second["text"]
    assert "30,000" not in second["text"]


# --- 6. a figure's own subject ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["how much does phase two cost?", "how much will the second phase cost?"]
)
def test_another_phases_money_is_not_this_phases_cost(kinds: Engine, message: str) -> None:
    status, text, _ = _ask(kinds, message)
    assert status is Status.NOT_FOUND, text
    assert "US$3 million" not in text


def test_the_phase_a_money_sentence_names_is_its_subject(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "how much do the first phase's teaching costs come to?")
    assert status is Status.ANSWERED and "US$3 million" in text


def test_end_to_end_figure_subjects(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    phase_two, grant = ask_json(
        [
            "how much will the second phase cost?",
            "how much did the Development Trust for Africa commit?",
        ],
        capsys,
        monkeypatch,
    )
    assert phase_two["status"] == "not_found" and "15 million" not in phase_two["text"]
    assert grant["status"] == "answered" and "15 million" in grant["text"]


# --- 7. "who is X and what did X say?" -----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "who is Joseph Kimaro and what did Kimaro say?",
        "who's Joseph Kimaro, and what did Kimaro say",
    ],
)
def test_one_subject_two_parts_gives_the_card_and_the_quote(kinds: Engine, message: str) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "Chair of the Board" in text  # the card
    assert "saves the next harvest" in text  # the quote
    assert sources == [R2019]


def test_a_surname_found_through_the_facts_is_the_speaker_not_a_topic(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "what did Kimaro say?")
    assert status is Status.ANSWERED and "saves the next harvest" in text


def test_end_to_end_who_is_and_what_did_they_say(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (reply,) = ask_json(["who's Nurul Aziz, and what did Aziz say?"], capsys, monkeypatch)
    assert reply["status"] == "answered"
    assert "Chair" in reply["text"] and "export know-how" in reply["text"]


# --- 4. the time between two events of one kind ---------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how long was it between the two board meetings?",
        "how much time passed between the first and second Riverbend board meeting?",
        "how many months between both meetings of the board?",
    ],
)
def test_time_between_two_events_of_a_kind(kinds: Engine, message: str) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "2017-03-01" in text and "2019-09-09" in text
    assert "2 years, 6 months and 8 days" in text
    assert sources == [R2017, R2019]


def test_the_unit_asked_for_a_gap(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "how many days were there between the two board meetings?")
    assert status is Status.ANSWERED
    assert text.split("\n")[1].startswith("**922 days**"), text


def test_end_to_end_time_between_two_meetings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (reply,) = ask_json(
        ["how long was it between the two meetings of Li Yong and Jack Ma?"], capsys, monkeypatch
    )
    assert reply["status"] == "answered"
    assert "2018-04-21" in reply["text"] and "2019-11-11" in reply["text"]
    assert "1 year, 6 months" in reply["text"] and len(reply["sources"]) == 2


# --- 5. an organisation's age at an event ---------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how old was the Riverbend Seed Bank when it made its grant?",
        "how old was Riverbend when it gave the grant to the grower school?",
    ],
)
def test_an_organisations_age_at_an_event(kinds: Engine, message: str) -> None:
    status, text, sources = _ask(kinds, message)
    assert status is Status.ANSWERED, text
    assert "9 years" in text and "2017 − 2008 = 9" in text
    assert sources == [R2017]


def test_an_organisations_age_now_is_as_of_the_newest_release(kinds: Engine) -> None:
    status, text, sources = _ask(kinds, "how old is the seed bank?")
    assert status is Status.ANSWERED, text
    assert "12 years" in text and "2020 − 2008" in text
    assert set(sources) == {R2017, R2020}


def test_a_persons_age_is_never_guessed(kinds: Engine) -> None:
    status, text, _ = _ask(kinds, "how old is Tomas Greif?")
    assert status is Status.NOT_FOUND and "age" in text


def test_end_to_end_ages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    trust, person = ask_json(
        ["how old was the DTA foundation when it committed the money?", "how old is Amara Okafor?"],
        capsys,
        monkeypatch,
    )
    assert trust["status"] == "answered" and "12 years" in trust["text"]
    assert person["status"] == "not_found"


def test_no_two_executors_define_the_same_name() -> None:
    """The executors are mixins of one class: a helper named like another executor's
    (``_dated``, ``_founding``) silently replaces it for every question."""
    from bot.engine.qa.executors import Executors
    from bot.engine.qa.executors.base import ExecutorBase

    owners: dict[str, list[str]] = {}
    for cls in Executors.__mro__:
        if cls in (Executors, ExecutorBase, object):
            continue
        for name in cls.__dict__:
            if not name.startswith("__") and name not in ExecutorBase.__dict__:
                owners.setdefault(name, []).append(cls.__name__)
    assert {n: c for n, c in owners.items() if len(c) > 1} == {}


def test_no_executor_replaces_a_shared_helper() -> None:
    """ExecutorBase's own helpers (those it implements, not the declarations that raise
    NotImplementedError for another executor to provide) are shared: one executor's method
    of the same name would change them for every other (``contrary._names_of`` once did)."""
    import inspect

    from bot.engine.qa.executors import Executors
    from bot.engine.qa.executors.base import ExecutorBase

    implemented = {
        name
        for name, member in ExecutorBase.__dict__.items()
        if callable(member)
        and not name.startswith("__")
        and "NotImplementedError" not in inspect.getsource(member)
    }
    replaced = {
        name: cls.__name__
        for cls in Executors.__mro__
        if cls not in (Executors, ExecutorBase, object)
        for name in cls.__dict__
        if name in implemented
    }
    assert replaced == {}


def test_how_a_share_moved_between_two_releases(kinds: Engine) -> None:
    status, text, sources = _ask(
        kinds, "how did the share of women change between the 2019 and 2020 announcements?"
    )
    assert status is Status.ANSWERED, text
    assert "5 percentage points" in text and "40" in text and "45" in text
    assert sources == [R2019, R2020]
