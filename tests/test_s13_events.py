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
  "anything happen in 2021 re X?" asks what happened about X then.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE
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
