"""Counts, lists inside one sentence, arithmetic on stated figures, and "which came first".

Each kind is asked end to end through the engine, on the bundled release (the seed copy)
and on the five-release fixture, in wordings that none of the case sets use; each has a
case where the kind must NOT answer, so that the test can fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.ends import Relation, two_ends
from bot.engine.qa.enumeration import enumerations
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from bot.textnorm import normalize
from tests.asking import ask as _ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- reading a list inside a sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("We sell apples, pears, and plums.", ("apples", "pears", "plums")),
        (
            "In 2019, the Red Cross, the World Bank and Acme Corp (ACME) signed a pact.",
            ("Red Cross", "World Bank", "Acme Corp (ACME)"),
        ),
        (
            "It has offices in Lagos, Nigeria and Accra, Ghana, and a staff of 40.",
            ("Lagos, Nigeria", "Accra, Ghana"),
        ),
        (
            "The fund backs the growth of farming, fishing and the timber trade.",
            ("farming", "fishing", "timber trade"),
        ),
    ],
)
def test_enumerations_read_serial_lists(text: str, items: tuple[str, ...]) -> None:
    assert [e.items for e in enumerations(text)] == [items]


def test_a_pair_or_a_clause_is_not_a_list() -> None:
    assert enumerations("Trade and Industry Minister Jane Doe spoke.") == []
    assert enumerations("He met her, and they talked.") == []


# --- counting ----------------------------------------------------------------------


def test_count_of_parties_a_sentence_names(engine: Engine) -> None:
    status, reply, _ = _ask(
        engine, "how many parties launched the Enabling E-commerce collaboration?"
    )
    assert status is Status.ANSWERED
    assert "Three" in reply and "World Economic Forum" in reply and "trilateral" in reply


def test_count_leaves_out_the_subjects_the_question_names(engine: Engine) -> None:
    status, reply, _ = _ask(
        engine, "how many organisations launched Enabling E-commerce together with the eWTP?"
    )
    assert status is Status.ANSWERED and "**Two:**" in reply and "World Trade" in reply


def test_count_of_quoted_items(engine: Engine) -> None:
    status, reply, _ = _ask(engine, "how many 'global' aims did Jack Ma give for the eWTP?")
    assert status is Status.ANSWERED and "Five" in reply and "global travel" in reply


def test_count_of_a_list_as_of_a_year(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many founding partners did the academy have?")
    assert status is Status.ANSWERED and "Four" in reply and "East African" in reply


def test_count_of_things_the_sentence_serves(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many countries does the KL campus serve?")
    assert status is Status.ANSWERED and "Four" in reply and "Viet Nam" in reply


@pytest.mark.parametrize(
    ("kb", "question"),
    [
        ("bundled", "how many employees does UNIDO have?"),
        ("five", "how many students are there at the Kigali campus?"),
    ],
)
def test_a_list_of_other_things_is_not_a_count(
    engine: Engine, five: Engine, kb: str, question: str
) -> None:
    status, reply, _ = _ask(engine if kb == "bundled" else five, question)
    assert status is Status.NOT_FOUND, reply


# --- lists inside one sentence -------------------------------------------------------


def test_items_of_the_sentence_that_lists_them(five: Engine) -> None:
    status, reply, _ = _ask(five, "which languages are taught at the KL campus?")
    assert status is Status.ANSWERED
    for language in ("Bahasa Malaysia", "Bahasa Indonesia", "Vietnamese", "English"):
        assert language in reply
    # Not the academy's online courses, which another sentence lists.
    assert "Kinyarwanda" not in reply


def test_what_are_the_things_a_sentence_lists(engine: Engine) -> None:
    status, reply, _ = _ask(engine, "what are the organisations that launched Enabling E-commerce?")
    assert status is Status.ANSWERED and "World Trade Organization" in reply
    assert "World Economic Forum" in reply


def test_areas_a_sentence_enumerates(engine: Engine) -> None:
    status, reply, _ = _ask(engine, "what areas is the eWTP's policy environment meant to develop?")
    assert status is Status.ANSWERED and "**e-commerce, trade, digital economy**" in reply


def test_people_the_releases_name(engine: Engine, five: Engine) -> None:
    status, reply, _ = _ask(engine, "name the people in the release")
    assert status is Status.ANSWERED and "LI Yong" in reply and "Jack MA" in reply
    status, reply, _ = _ask(five, "which people are named in the 2022 release?")
    assert status is Status.ANSWERED and "Nurul AZIZ" in reply and "Lina MA" in reply
    assert "Samuel MENSAH" not in reply  # named in 2021 only


def test_a_sentence_listing_all_of_a_kind_beats_the_links(five: Engine) -> None:
    # The facts link only Malaysia; the sentence names four countries.
    status, reply, _ = _ask(five, "which countries does the KL campus serve?")
    assert status is Status.ANSWERED and "Viet Nam" in reply and "Philippines" in reply


def test_the_newest_list_answers_today(five: Engine) -> None:
    status, reply, _ = _ask(five, "which organisations are partners of the academy today?")
    assert status is Status.ANSWERED and "ASEAN Young Entrepreneurs Circle" in reply
    assert "founding partners" not in reply


@pytest.mark.parametrize(
    ("kb", "question", "wrong"),
    [
        # Jack Ma's list is of whom the eWTP helps, governed by "help", not "sell".
        ("bundled", "what products does Alibaba sell?", "**SMEs, youth, women**"),
        # The "Business" in a partner's name does not make the partners businesses.
        ("five", "what businesses make up the Digital Trade Alliance?", "**UNIDO"),
    ],
)
def test_a_list_governed_by_other_words_is_not_the_answer(
    engine: Engine, five: Engine, kb: str, question: str, wrong: str
) -> None:
    _, reply, _ = _ask(engine if kb == "bundled" else five, question)
    assert wrong not in reply


def test_a_list_question_is_not_answered_by_a_sentence_naming_none(five: Engine) -> None:
    # The releases give the Alliance's member countries as a number, never by name.
    status, reply, _ = _ask(five, "which countries has the Digital Trade Alliance partnered with?")
    assert status is Status.NOT_FOUND, reply


PARALLEL_RELEASE = """\
source:
  id: s1
  title: Three firms join the Fjord Fund
  publisher: Wire
  date: 2020-05-01
  dateline: {city: Bergen, country: Norway}
  text: ../sources/s1.txt
entities:
  - {id: fund, name: Fjord Fund, kind: initiative, summary: A fund.}
  - {id: alpha, name: Alpha Shipping, kind: organization, summary: A shipper.}
  - {id: beta, name: Beta Nets, kind: organization, summary: A net maker.}
  - {id: gamma, name: Gamma Oil, kind: organization, summary: An oil firm.}
  - {id: delta, name: Delta Bank, kind: organization, summary: A bank.}
facts:
  - {id: f1, text: Alpha Shipping joined the Fjord Fund as a founding member., about: [alpha, fund]}
  - {id: f2, text: Beta Nets joined the Fjord Fund as a founding member., about: [beta, fund]}
  - {id: f3, text: Gamma Oil joined the Fjord Fund as a founding member., about: [gamma, fund]}
  - {id: f4, text: Delta Bank manages the Fjord Fund's accounts., about: [delta, fund]}
"""


def test_a_link_stated_in_several_sentences_lists_them_all(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s1.txt").write_text("Three firms join.\n", encoding="utf-8")
    (tmp_path / "releases" / "s1.yaml").write_text(PARALLEL_RELEASE, encoding="utf-8")
    engine = Engine(Index(load_knowledge(tmp_path)))
    status, reply, _ = _ask(
        engine, "Which organisations joined the Fjord Fund as founding members?"
    )
    assert status is Status.ANSWERED
    assert "Alpha Shipping" in reply and "Beta Nets" in reply and "Gamma Oil" in reply
    assert "Delta Bank" not in reply  # it manages the fund; it did not join it


# --- arithmetic on stated figures ----------------------------------------------------


def test_duration_of_a_stated_range_counts_both_ends(engine: Engine, five: Engine) -> None:
    status, reply, _ = _ask(engine, "how long does the China-UNIDO framework last?")
    assert status is Status.ANSWERED and "Four years" in reply and "2018 to 2021" in reply
    status, reply, _ = _ask(five, "which years does the second phase cover?")
    assert status is Status.ANSWERED and "2024 to 2026" in reply


def test_years_between_the_events_named(engine: Engine, five: Engine) -> None:
    status, reply, _ = _ask(
        engine,
        "how many years were there between the 2016 G20 summit and the meeting with Jack Ma?",
    )
    # The summit is dated to the year only: "about", with the subtraction shown.
    assert status is Status.ANSWERED and "About two years" in reply and "2018 − 2016" in reply
    status, reply, _ = _ask(
        five, "how many years after the academy launch was the second phase agreed?"
    )
    # November 12, 2019 to May 7, 2024: four completed years, not 2024 − 2019.
    assert status is Status.ANSWERED and "**Four years**" in reply
    assert "4 years, 5 months and 25 days" in reply


def test_events_in_one_year_are_less_than_a_year_apart(five: Engine) -> None:
    status, reply, _ = _ask(five, "how long after the DTA grant was Lina Ma appointed?")
    assert status is Status.ANSWERED and "**23 days**" in reply


def test_months_and_days_between_when_asked(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many months after the Kigali campus opened did it reopen?")
    # February 2020 to April 2021, both known to the month only.
    assert status is Status.ANSWERED and "About fourteen months" in reply
    status, reply, _ = _ask(
        five, "how many days passed between the grant and Lina Ma's appointment?"
    )
    assert status is Status.ANSWERED and "23 days" in reply


def test_a_year_the_question_gives_is_one_end(engine: Engine) -> None:
    status, reply, _ = _ask(
        engine, "how many years before the 2030 deadline was Enabling E-commerce launched?"
    )
    assert status is Status.ANSWERED and "About thirteen years" in reply and "2030 − 2017" in reply


def test_an_end_is_the_sentence_with_its_words_side_by_side(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "what came first, Okafor becoming president or Hartmann stepping down?"
    )
    assert status is Status.ANSWERED and "**Hartmann stepping down** came first" in reply
    assert "January 1, 2022" in reply  # she became President then, not in 2024


def test_change_of_a_share_in_percentage_points(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "what was the change in the proportion of women trainees from 2021 to 2022?"
    )
    assert status is Status.ANSWERED
    assert "−3 percentage points" in reply and "61%" in reply and "58%" in reply
    assert "2021-06-08" in reply and "2022-03-15" in reply  # both figures cited


def test_change_of_a_figure_between_two_events(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "how many more people were trained between the DTA grant and the 2024 release?"
    )
    assert status is Status.ANSWERED and "+14,900" in reply and "20,000 − 5,100" in reply


def test_total_if_a_goal_of_a_further_number_is_met(five: Engine) -> None:
    status, reply, _ = _ask(
        five,
        "how many entrepreneurs will the academy have trained altogether if the second phase "
        "reaches its target?",
    )
    assert status is Status.ANSWERED and "**45,000**" in reply and "20,000 + 25,000" in reply


def test_change_of_a_listed_count_names_the_newcomers(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many partners joined between 2019 and 2022?")
    assert status is Status.ANSWERED and "**+2** (4 to 6" in reply
    assert "New: Development Trust for Africa, ASEAN Young Entrepreneurs Circle." in reply
    assert "No longer listed" not in reply  # "EABN" in one list is the same partner


def test_years_after_an_event_to_a_new_title(five: Engine) -> None:
    status, reply, _ = _ask(
        five,
        "how much time passed between Hartmann stepping down and Lina Ma becoming Executive Director?",
    )
    # December 31, 2021 to June 1, 2024: two completed years, not 2024 − 2021.
    assert status is Status.ANSWERED and "**Two years**" in reply
    assert "2 years, 5 months and 1 day" in reply


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # December 31, 2021 to January 1, 2022: a day, not "one year".
        (
            "How many years passed between Hartmann stepping down and Okafor becoming president?",
            "**1 day**",
        ),
        # June 8, 2021 to March 15, 2022: under a year, said in months.
        ("How many years after the grant did the KL campus open?", "**Nine months**"),
    ],
)
def test_years_between_count_completed_years_from_full_dates(
    five: Engine, question: str, head: str
) -> None:
    status, reply, _ = _ask(five, question)
    assert status is Status.ANSWERED and head in reply, reply
    assert "year**" not in reply and "years**" not in reply


def test_figure_as_of_an_event(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "how many entrepreneurs had been trained by the time the Kuala Lumpur campus opened?"
    )
    assert status is Status.ANSWERED and "12,400" in reply
    assert "30,000" not in reply  # a goal, not a figure reached
    # The release reporting the event gives the figure as of it, a day later.
    status, reply, _ = _ask(
        five, "how many graduates did the academy have when the second phase was agreed?"
    )
    assert status is Status.ANSWERED and "20,000" in reply


# --- which came first ----------------------------------------------------------------


def test_which_came_first_compares_the_dates(engine: Engine, five: Engine) -> None:
    status, reply, _ = _ask(
        engine, "what happened earlier, Enabling E-commerce or the G20 recognition?"
    )
    assert status is Status.ANSWERED and "**The G20 recognition** came first (2016)" in reply
    status, reply, _ = _ask(
        engine, "which came later, the G20 summit or the launch of Enabling E-commerce?"
    )
    assert status is Status.ANSWERED and "**The launch of Enabling E-commerce** came later" in reply
    status, reply, _ = _ask(
        five,
        "which came first: Lina Ma's appointment as Programme Director or the KL campus opening?",
    )
    assert status is Status.ANSWERED and "**Lina Ma's appointment" in reply and "2021" in reply


def test_which_came_first_asked_after_the_options(engine: Engine, five: Engine) -> None:
    status, reply, _ = _ask(engine, "the G20 recognition or Enabling E-commerce: which came first?")
    assert status is Status.ANSWERED and "**The G20 recognition** came first (2016)" in reply
    status, reply, _ = _ask(five, "the grant or Lina Ma's appointment, which was earlier?")
    assert status is Status.ANSWERED and "**The grant** came first" in reply


def test_a_thing_named_with_its_years_starts_in_the_first(engine: Engine) -> None:
    status, reply, _ = _ask(
        engine, "which came first, the Hangzhou summit or the China-UNIDO framework?"
    )
    assert status is Status.ANSWERED and "**The Hangzhou summit** came first (2016)" in reply
    assert "framework: 2018" in reply


def test_a_thing_named_bare_is_dated_by_its_start(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "which is older, the Digital Trade Alliance or the Development Trust for Africa?"
    )
    # "founded in 2009" and "founded in 2015", stated in undated sentences.
    assert (
        status is Status.ANSWERED
        and "**The Development Trust for Africa** came first (2009)" in reply
    )
    status, reply, _ = _ask(five, "which came first, the academy or the trust?")
    assert status is Status.ANSWERED and "**The trust** came first" in reply
    assert "November 12, 2019" in reply  # the academy's launch, not its newest news


def test_which_came_first_with_an_undated_end_is_not_found(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "which came first, the KL campus or the Sustainable Development Goals?"
    )
    assert status is Status.NOT_FOUND and "no date" in reply


@pytest.mark.parametrize(
    ("question", "relation", "first", "second"),
    [
        ("which came first, A thing or the B", Relation.FIRST, "a thing", "the b"),
        ("how many years passed between A and B", Relation.BETWEEN, "a", "b"),
        ("how long after the launch did they meet", Relation.BETWEEN, "the launch", "they meet"),
        (
            "the meeting was how many years before the deadline",
            Relation.BETWEEN,
            "the meeting",
            "the deadline",
        ),
        ("how many more were trained between X and the Y", Relation.CHANGE, "x", "the y"),
        ("how many years had passed since A when B met", Relation.BETWEEN, "a", "b met"),
    ],
)
def test_two_ends_read_from_grammar_words(
    question: str, relation: Relation, first: str, second: str
) -> None:
    ends = two_ends(tuple(normalize(question).split()))
    assert ends is not None and ends.relation is relation
    assert " ".join(ends.first) == first and " ".join(ends.second) == second


def test_two_years_are_not_two_events() -> None:
    # "between 2021 and 2022" is a change between two dates, read by the time constraint.
    assert two_ends(tuple("how many more were trained between 2021 and 2022".split())) is None


@pytest.mark.parametrize(
    "question",
    ["How many years was UNIDO led by Li Yong?", "How many years did Li Yong lead UNIDO?"],
)
def test_a_term_from_x_to_y_is_the_years_between_whichever_is_named_first(
    five: Engine, question: str
) -> None:
    """ "served … from 2013 to 2021": eight years, the sentence decides, not the word order."""
    status, reply, _ = _ask(five, question)
    assert status is Status.ANSWERED and "**Eight years**" in reply and "2021 − 2013 = 8" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Which came first, Lina Ma or Amara Okafor?",
        "which came first, the KL campus or Amara Okafor?",
    ],
)
def test_which_came_first_of_a_person_asks_which_event(five: Engine, question: str) -> None:
    """A person is not something that happened: no order from whatever fact names them."""
    status, reply, _ = _ask(five, question)
    assert status is Status.NOT_FOUND and "is a person" in reply and "which event" in reply
    assert "** came first" not in reply


def test_a_counted_noun_run_ends_at_its_verb(tmp_path: Path) -> None:
    """ "How many ferry crossings connected to electric power in 2021?": the noun phrase
    is "ferry crossings" (the verb ends it), so the crossings of 2021 are counted; read
    up to "electric power" its head was the verb, and 2020's figure answered (a sealed
    case counted "seven ships" for "ship calls connected to shore power")."""
    from tests.tmpkb import engine_of

    release = (
        "source: {id: s1, title: Ferry year, publisher: Wire, date: 2022-02-01,"
        " dateline: {city: Tarnby, country: Denmark}, text: ../sources/s1.txt}\n"
        "entities:\n"
        "  - {id: ferries, name: Tarnby Ferry Company, kind: organization, summary: Ferries.}\n"
        "  - {id: ost, name: Ost Harbour, kind: place, summary: A harbour.}\n"
        "facts:\n"
        "  - {id: f0, about: [ferries], date: 2020, text: 'In 2020, ferries made 800"
        " crossings to Ost Harbour.'}\n"
        "  - {id: f1, about: [ferries], text: The Tarnby Ferry Company has fitted electric"
        " motors to four of its nine ferries.}\n"
        "  - {id: f2, about: [ost], date: 2021, text: 'In 2021, ferries made 1,200 crossings"
        " to Ost Harbour.'}\n"
    )
    answer = engine_of(tmp_path, {"s1": release}).handle(
        "how many ferry crossings connected to electric power in 2021?"
    )
    assert "1,200" in answer.text.split("\n")[0], answer.text
