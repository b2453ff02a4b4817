"""Kinds of question the held-out seed-bank base (session 5's sealed base 8, now
tests/fixtures/kb_seedbank) showed failing, each asked in wording invented for the test
on another fixture base (tests/fixtures/kb_five, kb_textile, …).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE, KB_TEXTILE

KB_FIGURES = Path(__file__).parent / "fixtures" / "kb_figures"
KB_KINDS = Path(__file__).parent / "fixtures" / "kb_kinds"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


# --- how old: the years since the stated founding or launch date ------------------------


def test_age_counts_from_a_launch_date_written_in_full(textile: Engine) -> None:
    # "launched on May 15, 2017" (a summary), as of the newest release (2026-02-17); the
    # programme's tonnes are other figures, never its age.
    reply = answered(textile, "what age is the ReThread scheme now, how old?", "8 years")
    assert "2017-05-15" in reply and "21,000" not in reply.split("\n")[1], reply


def test_age_not_found_without_a_founding_date(five: Engine) -> None:
    # Before: its figures (customers, merchants) answered as if they were its age.
    asked = ask(five, "how old is Alibaba Group?")
    assert asked.status is Status.NOT_FOUND, asked.reply


# --- a former holder of a title: at the organisation the question names ----------------


def test_former_title_holder_is_matched_by_organisation(five: Engine) -> None:
    # Amara OKAFOR chaired the Academy's Steering Committee and held other titles at the
    # Alliance; the Alliance has no Steering Committee chair of its own.
    asked = ask(
        five, "who was the previous Chair of the Steering Committee of the Digital Trade Alliance?"
    )
    assert "OKAFOR" not in asked.reply, asked.reply


# --- a title asked with its organisation: matched by title AND organisation ------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # She has directed the Academy since; her EABN title ended in 2021.
        ("is Lina Ma still a director at the East African Business Network?", "EABN"),
        ("was Lina Ma a director at EABN in 2024?", "ended before then"),
    ],
)
def test_title_at_a_named_organisation_over_time(five: Engine, question: str, wanted: str) -> None:
    reply = answered(five, question, wanted)
    assert reply.split("\n")[1].startswith("**No"), reply


def test_still_title_at_a_named_programme(textile: Engine) -> None:
    # Her Director title at the lab ended; her other titles are at the Alliance.
    reply = answered(textile, "is Priya Raman still director of the ReThread Sorting Lab?")
    assert "Director, ReThread Sorting Lab" in reply.split("\n")[1], reply


# --- "who is the <title> of X now?" with the title ended and no successor ----------------


def test_ended_title_without_successor_answers_with_the_last_holder(textile: Engine) -> None:
    # Asked "these days" of a holder with no title at the lab any more: not found, the
    # last holder shown (session 13).
    answer = textile.handle("who's the director of the ReThread Sorting Lab these days?")
    reply = render_text(answer)
    assert answer.status is Status.NOT_FOUND, reply
    assert "RAMAN" in reply and "ended" in reply and "no current Director" in reply, reply


# --- a figure reached, stated beside its goal: reached, not a goal ----------------------


def test_newest_count_stated_beside_its_goal() -> None:
    # 2020: "has trained 3,700 growers …, short of its first-phase goal of 4,000".
    kinds = Engine(Index(load_knowledge(KB_KINDS)))
    reply = answered(kinds, "how many growers has the Highland Grower School trained to date?")
    assert "3,700" in reply.split("\n")[1], reply


def test_goal_reached_yet_is_read_from_the_figures() -> None:
    # No sentence says whether the goal was hit: the figures against it do.
    figures = Engine(Index(load_knowledge(KB_FIGURES)))
    reply = answered(figures, "has the Sunline Academy hit its goal yet?", "8,000", "5,900")
    assert reply.split("\n")[1].startswith("**No"), reply


# --- a figure as of when someone took a title ------------------------------------------


def test_figure_as_of_a_title_start_recalled_months_later(five: Engine) -> None:
    # She became President on January 1, 2022; the March 2022 release that says so
    # gives the count as of March (12,400): the count then is June 2021's 5,100.
    reply = answered(
        five, "how many entrepreneurs had been trained when Amara Okafor became President?"
    )
    # A cited release's headline may give 12,400 (the source lines, numbered or not).
    body = reply.split("\n[1]")[0].split("\nSource:")[0]
    assert "5,100" in reply.split("\n")[1] and "12,400" not in body, reply


# --- how many at the founding: the count then, not the newest ---------------------------


def test_count_at_the_founding(textile: Engine) -> None:
    reply = answered(textile, "how many member companies founded the Fibre Return Alliance?")
    assert reply.split("\n")[1].startswith("**12**"), reply


# --- a figure over time, asked at the place its holder states it ------------------------


_ENTITIES = """entities:
- {id: lakeshore-food-bank, name: Lakeshore Food Bank, kind: organization,
   summary: A food bank in Duluth.}
- {id: harbour-depot, name: Harbour Depot, kind: place,
   summary: The Lakeshore Food Bank's grain store on the Duluth harbour.}
"""


def _release(root: Path, day: str, tonnes: str, parcels: str, *, first: bool) -> None:
    """One invented release of the Lakeshore Food Bank (fiction): the grain it stores at
    its Harbour Depot, stated about the bank and the depot."""
    source = f"{day}-lakeshore-{tonnes.replace(',', '')}"
    text = (
        f"Lakeshore Food Bank stores {tonnes} tonnes\n\nDULUTH, Minnesota, {day} -- "
        f"The Lakeshore Food Bank has stored {tonnes} tonnes of grain at the Harbour Depot. "
        f"It has handed out {parcels} parcels (emergency food boxes) this year.\n"
    )
    (root / "sources").mkdir(exist_ok=True)
    (root / "releases").mkdir(exist_ok=True)
    (root / "sources" / f"{source}.txt").write_text(text, encoding="utf-8")
    (root / "releases" / f"{source}.yaml").write_text(
        f"""source:
  id: {source}
  title: Lakeshore Food Bank stores {tonnes} tonnes
  publisher: Business Wire
  date: {day}
  dateline: {{city: Duluth, country: United States}}
  text: ../sources/{source}.txt
  reviewed: true
{_ENTITIES if first else ""}facts:
- id: {source}-grain
  about: [lakeshore-food-bank, harbour-depot]
  text: The Lakeshore Food Bank has stored {tonnes} tonnes of grain at the Harbour Depot.
- id: {source}-parcels
  about: [lakeshore-food-bank]
  text: The Lakeshore Food Bank has handed out {parcels} parcels (emergency food boxes) this year.
""",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def food_bank(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb_food_bank")
    _release(root, "2021-03-02", "1,200", "8,000", first=True)
    _release(root, "2023-03-07", "2,900", "11,500", first=False)
    return Engine(Index(load_knowledge(root)))


def test_figure_history_at_a_place_newest_first(food_bank: Engine) -> None:
    reply = answered(
        food_bank, "how has the amount of grain at the Harbour Depot changed over time?"
    )
    history = reply.split("Newest first:")[1]
    assert history.index("2,900") < history.index("1,200"), reply


# --- a period is the one the sentence states for its subject ---------------------------


def test_period_of_a_thing_is_never_another_things_range(five: Engine) -> None:
    # The Academy, "a programme under the eWTP", runs 2020-2023; the eWTP has no period.
    asked = ask(five, "what period does the Electronic World Trade Platform span?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "**2020 to 2023**" not in asked.reply
    # A range in the thing's own name is its own.
    answered(five, "what years does the China-UNIDO framework cover?", "**2018 to 2021**")


# --- a typo in a word for a title -------------------------------------------------------


def test_typo_in_a_word_asking_for_a_title(textile: Engine) -> None:
    answered(textile, "what positon does Helena Virtanen hold now?", "Secretary-General")


# --- "when did they last <verb>": a date, not a period ---------------------------------


def test_when_did_they_last_meet_is_a_date(five: Engine) -> None:
    reply = answered(five, "when did the Academy's partners last meet in Hangzhou?", "May 7, 2024")
    assert "2024 to 2026" not in reply.split("\n")[1], reply


# --- a shared acronym settled by the claim, not by a sentence denying a link -----------


_NAMESAKES = """source:
  id: 2024-01-09-lakeshore-funders
  title: Two funders join the Lakeshore Food Bank
  publisher: Business Wire
  date: 2024-01-09
  dateline: {city: Duluth, country: United States}
  text: ../sources/2024-01-09-lakeshore-funders.txt
  reviewed: true
entities:
- {id: lakeshore-farm-board, name: Lakeshore Farm Board, kind: organization,
   shared_aliases: [LFB],
   summary: A board of grain farmers on Lake Superior.}
- {id: lakeshore-boat-foundation, name: Lakeshore Boat Foundation, kind: organization,
   shared_aliases: [LFB], summary: A foundation that restores fishing boats.}
facts:
- id: lfb-funds-depot
  about: [lakeshore-farm-board, harbour-depot]
  text: The Lakeshore Farm Board (LFB) is funding the Harbour Depot with a grant of US$2 million.
- id: lfb-not-related
  about: [lakeshore-boat-foundation, lakeshore-farm-board, harbour-depot]
  text: The Lakeshore Boat Foundation is not related to the Lakeshore Farm Board, which shares
    its initials (LFB) and funds the Harbour Depot.
- id: boat-foundation-boats
  about: [lakeshore-boat-foundation, harbour-depot]
  text: The Lakeshore Boat Foundation has restored six fishing boats since 2019.
"""


def test_shared_acronym_settled_by_the_claim(tmp_path: Path) -> None:
    _release(tmp_path, "2021-03-02", "1,200", "8,000", first=True)
    (tmp_path / "sources" / "2024-01-09-lakeshore-funders.txt").write_text(
        "Two funders join the Lakeshore Food Bank\n", encoding="utf-8"
    )
    (tmp_path / "releases" / "2024-01-09-lakeshore-funders.yaml").write_text(
        _NAMESAKES, encoding="utf-8"
    )
    engine = Engine(Index(load_knowledge(tmp_path)))
    reply = answered(engine, "which LFB funds the Harbour Depot?", "Farm Board")
    assert "Boat Foundation" not in reply.split("\n")[1], reply


# --- the release about an event: the one describing it, not a later one recalling it ----


def test_release_about_the_first_of_two_events(textile: Engine) -> None:
    # Signed in Rotterdam (2019 release), renewed in Helsinki (2026 release, which
    # recalls the first signing).
    reply = answered(textile, "which wire carried the release about the first offtake signing?")
    assert reply.split("\n")[1].startswith("**Business Wire**, Rotterdam"), reply


# --- a count as of a date, named by its noun phrase alone -------------------------------


def test_count_by_a_date_named_by_its_noun_phrase(textile: Engine) -> None:
    # 3 (2019), 11 (2021), 19 (2026): by 2022, eleven, whatever verb each sentence uses.
    reply = answered(textile, "how many fibre types were being sorted by 2022?")
    assert "eleven as of 2021-09-22" in reply.split("\n")[1], reply


# --- a figure asked by another noun a release equates -----------------------------------


def test_figure_asked_by_a_noun_a_release_equates(food_bank: Engine) -> None:
    # "… handed out 11,500 parcels (emergency food boxes) this year."
    reply = answered(food_bank, "what's the most recent figure for food boxes given to families?")
    assert "11,500" in reply.split("\n")[1], reply


# --- "who chairs the board at the moment?": the current holder, by the title's words ---


def test_current_chair_of_a_board_at_the_moment(textile: Engine) -> None:
    # "Board" is a word of the title "Chair of the Board", not something more specific
    # that a fact must state; "at the moment" is now.
    reply = answered(textile, "who chairs the Fibre Return Alliance board at the moment?")
    assert reply.split("\n")[1].startswith("**Tomas LINDQVIST** — Chair of the Board"), reply
