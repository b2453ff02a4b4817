"""Session 13's kinds of events, lists, counts and not-found precision, each in other
wording than the blind cases that found them and on other bases.

- the backers of a funding round ("led by A, with participation from B and C"): who led
  it, every backer, and yes/no on one of them (``round_backers.py``);
- how many quotes one speaker has, counted, not their first quote shown
  (``quote_counts.py``);
- how many releases there are, the count and noun together ("**One release**");
- how long a stage or phase runs "from X to Y": its calendar years, both ends counted
  (``durations.year_range``), while a term in office stays the years between;
- chat spellings of grammar words two edits away ("wats", "abt"), read as the words;
  "anything happen in 2021 re X?" asks what happened about X then; "phase 2" is "phase
  two" (unless a name holds it as typed); "push / shift" read as "move" (thesaurus);
- "what year does X start?" with no launch stated: the start of its period, from a
  sentence or its name ("Framework 2018-2021");
- "which three shipyards …?" answered by a sentence that only counts them is not found
  (``gate.unnamed_items``);
- "who founded X?" against "X, founded in 2011 and managed by A": A is the other verb's
  agent, not a founder (``purpose._founders_in``);
- "who funds X?": the givers of the sums the releases report ("A grants GBP 300,000 to
  X", "funded by A and B"), never a total's parties (``funders.py``);
- "24/7" read as "24 hours a day, seven days a week", and "X opening date?" as "what is
  the opening date of X?";
- "is A linked to B?" asks whether they are related (``stated_relation``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE, KB_MICROGRID
from tests.tmpkb import engine_of, source_line

_ROUND = (
    source_line("r1", "Tidewell raises seed round", "2023-02-14", city="Leith") + "entities:\n"
    "  - {id: tidewell, name: Tidewell Robotics, kind: organization, summary: A maker of"
    " hull-cleaning robots.}\n"
    "  - {id: kelp, name: Kelp Street Capital, kind: organization, summary: A venture firm.}\n"
    "  - {id: moray, name: Moray Angels, kind: organization, summary: An angel network.}\n"
    "  - {id: harbour, name: Port of Leith Trust, kind: organization, summary: A port"
    " operator.}\n"
    "  - {id: quay, name: QuayClean, kind: initiative, summary: A hull-cleaning pilot of"
    " Tidewell Robotics.}\n"
    "  - {id: seed, name: Tidewell seed round, kind: event, aliases: [seed round],"
    " summary: Tidewell Robotics' seed round of 2023.}\n"
    "  - {id: plan, name: Leith Dock Plan 2024-2028, kind: agreement, summary: The port's"
    " plan for its docks.}\n"
    "  - {id: ross, name: Ailsa Ross, kind: person, summary: Chief Executive of Tidewell.}\n"
    "roles:\n"
    "  - {entity: ross, title: Chief Executive, organization: tidewell}\n"
    "facts:\n"
    "  - id: raised\n"
    "    about: [tidewell, seed, kelp, moray, harbour, quay]\n"
    "    text: Tidewell Robotics, whose robots run the QuayClean pilot, has raised GBP 3"
    " million in a seed round co-led by Kelp Street Capital, alongside Moray Angels and"
    " the Port of Leith Trust.\n"
    "  - id: pilot\n"
    "    about: [quay, harbour]\n"
    "    text: The QuayClean pilot runs in two docks of the Port of Leith Trust, and its"
    " first stage runs from 2023 to 2025.\n"
    "  - id: plan-part\n"
    "    about: [quay, plan]\n"
    "    text: The QuayClean pilot is part of the Leith Dock Plan 2024-2028.\n"
    "  - id: offices\n"
    "    about: [tidewell]\n"
    "    text: Tidewell Robotics cleans hulls for three shipyards.\n"
    "  - id: kelp-founded\n"
    "    about: [kelp]\n"
    "    text: Kelp Street Capital is a venture firm founded in 2011 and managed by former"
    " shipbuilders.\n"
)


@pytest.fixture(scope="module")
def tidewell(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(Path(tmp_path_factory.mktemp("tidewell")), {"r1": _ROUND})


@pytest.fixture(scope="module")
def five() -> Engine:
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index

    return Engine(Index(load_knowledge(KB_FIVE)))


def test_the_lead_of_a_round_not_the_company_s_leader(tidewell: Engine) -> None:
    reply = answered(tidewell, "which firm led the Tidewell seed round?", "Kelp Street Capital")
    assert "Ailsa Ross" not in reply


def test_every_backer_of_a_round(tidewell: Engine) -> None:
    answered(
        tidewell,
        "who invested in Tidewell Robotics?",
        "Kelp Street Capital",
        "Moray Angels",
        "Port of Leith Trust",
    )


def test_a_backer_named_in_the_round_is_a_yes(tidewell: Engine) -> None:
    answered(tidewell, "did Moray Angels participate in the seed round?", "yes")


def test_a_participant_asked_as_the_lead_is_a_no(tidewell: Engine) -> None:
    reply = answered(tidewell, "did the Port of Leith Trust lead the seed round?", "no")
    assert "Kelp Street Capital" in reply


def test_a_programme_named_in_the_sentence_is_not_the_round_s_raiser(tidewell: Engine) -> None:
    # The round is Tidewell's; QuayClean is named only as its robots' pilot.
    found = ask(tidewell, "who funds QuayClean?")
    assert "**Kelp Street Capital" not in found.reply, found.reply


def test_who_leads_the_company_is_still_its_leader(tidewell: Engine) -> None:
    answered(tidewell, "who leads Tidewell Robotics?", "Ailsa Ross")


@pytest.mark.parametrize(
    "question",
    ["how many quotes has Amara Okafor got?", "how many quotes by okafor are in the base?"],
)
def test_one_speaker_s_quotes_counted(five: Engine, question: str) -> None:
    reply = answered(five, question, "7 quotes")
    assert "Quote 1 of" not in reply


def test_one_speaker_s_quotes_in_a_year(five: Engine) -> None:
    answered(five, "how many quotes did okafor give in 2022?", "2 quotes")


def test_a_speaker_with_no_quotes_in_the_year(five: Engine) -> None:
    found = ask(five, "how many quotes from amara okafor in 2017?")
    assert found.status is Status.NOT_FOUND


def test_the_count_of_releases_names_its_noun(tidewell: Engine) -> None:
    answered(tidewell, "how many releases have you got?", "one release")


@pytest.mark.parametrize(
    "question",
    ["how many years does the QuayClean first stage last?", "how long is QuayClean's first stage?"],
)
def test_a_stage_from_x_to_y_counts_both_ends(tidewell: Engine, question: str) -> None:
    answered(tidewell, question, "three years")


def test_a_term_from_x_to_y_is_still_the_years_between(five: Engine) -> None:
    answered(five, "for how many years did Li Yong run UNIDO?", "eight years")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("wats the Digital Trade Alliance", "Digital Trade Alliance"),
        ("wot did lina ma say abt the academy", "Lina MA"),
    ],
)
def test_chat_spellings_of_grammar_words(five: Engine, question: str, wanted: str) -> None:
    answered(five, question, wanted)


@pytest.mark.parametrize(
    "question",
    ["anything happen in 2021 re the trust?", "did anything happen in 2021 re the trust?"],
)
def test_anything_happen_re_is_what_happened_about(five: Engine, question: str) -> None:
    answered(five, question, "US$15 million", "Samuel MENSAH")


def test_a_verb_of_moving_asked_in_other_words(five: Engine) -> None:
    # "The COVID-19 pandemic moved most of the … courses online in 2020."
    answered(five, "when did the pandemic shift the academy's classes online?", "2020")


@pytest.mark.parametrize(
    ("knowledge", "question", "wanted"),
    [
        (KB_FIVE, "when does phase 2 of the academy end?", "2026"),
        (KB_MICROGRID, "when is phase 2 over?", "2024"),
    ],
)
def test_a_part_numbered_in_digits(knowledge: Path, question: str, wanted: str) -> None:
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index

    answered(Engine(Index(load_knowledge(knowledge))), question, wanted)


@pytest.mark.parametrize(
    "question",
    ["what year does the Leith Dock Plan start?", "in which year does the Leith Dock Plan begin"],
)
def test_the_start_of_a_period_when_no_launch_is_stated(tidewell: Engine, question: str) -> None:
    answered(tidewell, question, "2024")


def test_things_asked_by_name_that_a_sentence_only_counts(tidewell: Engine) -> None:
    found = ask(tidewell, "which three shipyards does Tidewell clean hulls for?")
    assert found.status is Status.NOT_FOUND, found.reply
    assert "three shipyards" in found.reply


def test_things_a_sentence_names_are_still_listed(five: Engine) -> None:
    answered(five, "which four countries had graduates in 2021?", "Rwanda", "Ghana")


def test_the_agent_of_another_verb_is_no_founder(tidewell: Engine) -> None:
    found = ask(tidewell, "who founded Kelp Street Capital?")
    assert found.status is Status.NOT_FOUND, found.reply
    assert "Founded by former shipbuilders" not in found.reply


_GRANTS = (
    source_line("g1", "Harbour fund backs tide gauges", "2022-04-02", city="Oban") + "entities:\n"
    "  - {id: gauges, name: TideWatch, kind: initiative, summary: A tide-gauge network.}\n"
    "  - {id: fund, name: Oban Harbour Fund, kind: organization, summary: A local fund.}\n"
    "  - {id: isles, name: Isles Energy, kind: organization, summary: A power company.}\n"
    "  - {id: uni, name: Firth University, kind: organization, summary: A university.}\n"
    "facts:\n"
    "  - id: fund-gives\n"
    "    about: [fund, gauges]\n"
    "    text: The Oban Harbour Fund grants GBP 300,000 to TideWatch for 2022 and 2023.\n"
    "  - id: isles-adds\n"
    "    about: [isles, gauges, uni]\n"
    "    text: Isles Energy has pledged a further GBP 120,000 to TideWatch, which Firth"
    " University runs.\n"
    "  - id: total\n"
    "    about: [gauges, fund, isles]\n"
    "    text: Total funding committed to TideWatch is GBP 420,000.\n"
    "  - id: clock\n"
    "    about: [gauges]\n"
    "    date: 2022-05\n"
    "    text: Since May 2022, TideWatch has reported tide levels 24 hours a day, seven days"
    " a week.\n"
)


def test_funders_are_the_givers_of_the_sums_reported(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"g1": _GRANTS})
    reply = answered(
        engine, "which organisations fund TideWatch?", "Oban Harbour Fund", "Isles Energy"
    )
    assert "Firth University" not in reply.split("\n")[1], reply


def test_round_the_clock_in_chat(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"g1": _GRANTS})
    answered(engine, "since when has TideWatch been reporting 24/7?", "May 2022")


def test_a_terse_date_ask(five: Engine) -> None:
    answered(five, "KL campus opening date?", "2022")


def test_linked_asks_whether_two_are_related(five: Engine) -> None:
    reply = answered(
        five, "is the development trust for africa linked to the digital trade alliance?", "no"
    )
    assert reply.split("\n")[1].startswith("**No"), reply
