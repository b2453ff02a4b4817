"""What was said and what things are: items a statement enumerates, "did X say anything
about Y", what an event was about, "explain X", verbs a question paraphrases, and a
yes/no a defining sentence contradicts.

An invented release (names, places and wording of its own) checks each kind; the
bundled release and the five-release fixture are asked in wordings of their own, not
the blind sets'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import vocab
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search import synonyms
from bot.search.index import Index
from tests.asking import answered as _answered

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"

QUOTE_VERA = (
    "The Accord exists to give every fishing town open roads, open rivers, open skies "
    "and open ports. Our youth deserve nothing less."
)
QUOTE_TOMAS = "Women skippers will lead the new cold-storage co-operatives along the coast."
QUOTE_TOMAS_2 = "The Lantern Fund matters more than any harbour we could build."

RELEASE = f"""\
source:
  id: s1
  title: Tidewater Accord partners meet in Varnholm
  publisher: Coastline Wire
  date: 2023-05-17
  dateline: {{city: Varnholm, country: Norway}}
  text: ../sources/s1.txt
entities:
  - {{id: vera, name: Vera Lindqvist, kind: person, summary: Chair of the Brimstone Trust.}}
  - {{id: tomas, name: Tomas Eide, kind: person, summary: Director of the Quay Guild.}}
  - {{id: trust, name: Brimstone Trust, kind: organization, summary: A coastal charity.}}
  - {{id: guild, name: Quay Guild, kind: organization, summary: A guild of harbour pilots.}}
  - id: accord
    name: Tidewater Accord
    kind: agreement
    summary: >-
      The Tidewater Accord, a compact between coastal towns on shared harbours.
  - id: open-aims
    name: Open Aims Charter
    kind: document
    summary: A charter of the Accord's aims.
    aliases: [Open Aims]
  - id: lantern
    name: Lantern Fund
    kind: initiative
    summary: >-
      The Lantern Fund, a privately financed, business-led fund that pays for harbour
      lights in small fishing towns.
  - id: ferry
    name: Ferry Circle
    kind: initiative
    summary: A ferry timetable shared by the towns.
  - id: net
    name: Net Mending Circle
    kind: initiative
    summary: >-
      "Net Mending Circle", a trilateral mending pact of the Trust, the Guild and Varnholm.
    aliases: [trilateral mending pact]
  - id: global-dock
    name: Global Dock Fund
    kind: organization
    summary: The Global Dock Fund, a fund for dock repairs in Varnholm.
  - id: summit
    name: Varnholm harbour summit
    kind: event
    summary: The 2023 summit of the Accord's partners in Varnholm.
    aliases: [the summit, harbour summit]
  - id: trust-office
    name: Brimstone Trust head office
    kind: place
    summary: The Brimstone Trust's head office in Varnholm.
    aliases: [Brimstone office]
  - {{id: varnholm, name: Varnholm, kind: place, summary: A port town.}}
roles:
  - {{entity: vera, title: Chair, organization: trust}}
  - {{entity: tomas, title: Director, organization: guild}}
quotes:
  - id: q1
    speaker: vera
    about: [accord]
    text: "{QUOTE_VERA}"
  - id: q2
    speaker: tomas
    about: [guild]
    text: "{QUOTE_TOMAS}"
  - id: q3
    speaker: tomas
    about: [lantern]
    text: "{QUOTE_TOMAS_2}"
facts:
  - id: f1
    about: [summit, vera, tomas, trust, guild]
    date: 2023-05-16
    place: trust-office
    text: >-
      Vera Lindqvist and Tomas Eide met on May 16, 2023 to review pilot fees across the
      Tidewater Accord's harbours.
  - id: f2
    about: [summit, accord]
    date: 2023-05-16
    text: The summit focused on sharing tide data between harbours.
  - id: f3
    about: [summit, varnholm]
    text: The summit took place in Varnholm.
  - id: f4
    about: [accord, open-aims]
    date: 2019
    text: >-
      The Open Aims Charter achieved wide support with its inclusion in the 2019
      Tidewater Accord.
  - id: f5
    about: [lantern, trust]
    text: >-
      The Lantern Fund is a business-led fund for harbour lights, backed by the
      Brimstone Trust.
  - id: f6
    about: [lantern, tomas]
    text: According to Tomas Eide, the Lantern Fund matters more than any harbour.
  - id: f7
    about: [ferry]
    text: >-
      The Ferry Circle is a timetable run by town councils and private operators alike.
  - id: f9
    about: [ferry, varnholm]
    date: 2021-03-02
    text: The Ferry Circle was launched in Varnholm on March 2, 2021.
  - id: f8
    about: [guild, tomas]
    text: The Quay Guild says its women skippers will lead new co-operatives.
"""

SOURCE_TEXT = f"Tidewater Accord partners meet.\n{QUOTE_VERA}\n{QUOTE_TOMAS}\n{QUOTE_TOMAS_2}\n"


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- 1. items a statement enumerates ----------------------------------------------------


def test_a_count_of_items_sharing_a_word_is_their_number(invented: Engine) -> None:
    reply = _answered(invented, "how many open things did Vera Lindqvist list?", "four")
    assert "open ports" in reply


def test_a_list_of_items_sharing_a_word_names_each_even_when_the_words_are_a_name(
    invented: Engine,
) -> None:
    # "open aims" is also the Open Aims Charter's alias: the other subject keeps it a list.
    reply = _answered(invented, "name the four open aims vera gave", "open roads", "open skies")
    assert "open rivers" in reply and "open ports" in reply


# --- 2. did X say anything about Y ------------------------------------------------------


def test_said_about_answers_yes_with_the_speakers_quote_matching_a_synonym(
    invented: Engine,
) -> None:
    # "youngsters" is in the thesaurus group of "youth".
    reply = _answered(invented, "did vera lindqvist say anything about youngsters?", "yes")
    assert "Our youth deserve" in reply
    assert "Women skippers" not in reply


def test_said_about_finds_the_speaker_by_description(invented: Engine) -> None:
    reply = _answered(invented, "did the Quay Guild's director say anything on women?", "yes")
    assert "Women skippers" in reply


def test_said_about_takes_the_person_an_organisations_title_describes(invented: Engine) -> None:
    reply = _answered(invented, "did the quay guild's director mention the lantern fund?", "yes")
    assert "Tomas Eide spoke of" in reply


def test_said_about_answers_no_and_shows_who_did(invented: Engine) -> None:
    reply = _answered(invented, "has Vera Lindqvist said anything about the Lantern Fund?")
    assert reply.split("\n")[1].startswith("**No:**"), reply
    assert "matters more than any harbour we could build" in reply  # Tomas Eide's quote
    assert "Tomas Eide" in reply


@pytest.mark.parametrize(
    "message",
    [
        "did Vera Lindqvist talk to Tomas Eide?",
        "did Vera Lindqvist and Tomas Eide talk about the accord?",
    ],
)
def test_talks_between_two_people_are_not_one_speakers_quotes(
    invented: Engine, message: str
) -> None:
    reply = render_text(invented.handle(message))
    assert "spoke of" not in reply and "quotes in the releases don't" not in reply, reply


# --- 3. what an event was about -----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "what was the harbour summit chiefly about?",
        "what did Vera Lindqvist and Tomas Eide discuss?",
        "what topics came up at the summit?",
        # No one named: the base's one event with a stated purpose.
        "what were the talks about?",
    ],
)
def test_an_events_topic_is_the_sentences_stating_its_purpose(
    invented: Engine, message: str
) -> None:
    reply = _answered(invented, message, "to review pilot fees", "sharing tide data")
    assert "took place in Varnholm" not in reply


# --- 4. explain X -------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "explain the Lantern Fund to me in one sentence",
        "the lantern fund in a nutshell?",
        "describe the Lantern Fund briefly",
        "give me the lantern fund in one line",
        "tell me about the Lantern Fund in a nutshell",
        "what's the Lantern Fund, briefly?",
    ],
)
def test_explain_gives_the_summary_and_defining_fact_not_a_quote(
    invented: Engine, message: str
) -> None:
    reply = _answered(invented, message, "privately financed", "is a business-led fund")
    assert "matters more" not in reply


def test_explain_with_more_asked_is_not_a_definition(invented: Engine) -> None:
    reply = render_text(invented.handle("explain why the Lantern Fund matters to Tomas Eide"))
    assert "privately financed" not in reply


# --- 5. verbs a question paraphrases --------------------------------------------------


def test_thesaurus_holds_press_release_verb_groups() -> None:
    heads = {p.words: p.head for p in synonyms.phrases()}
    assert heads[("written", "into")] == "include"
    assert heads[("put", "in")] == "include"
    groups = [set(g) for g in vocab.thesaurus()]
    assert any({"sign", "inked", "sealed"} <= g for g in groups)
    assert any({"deepen", "expand", "strengthen"} <= g for g in groups)
    assert any({"announce", "unveil"} <= g or {"announce", "reveal"} <= g for g in groups)


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("when was the Open Aims Charter written into the accord?", "2019"),
        ("when was the Open Aims Charter put in the accord?", "2019"),
        # A verb of the launch group ("unveiled") asks when it began.
        ("when was the Ferry Circle unveiled?", "March 2, 2021"),
        # A visit to a place: the meeting held there (the fact's place).
        ("what year did Vera Lindqvist visit the Brimstone office?", "2023"),
    ],
)
def test_paraphrased_verbs_find_the_stated_fact(
    invented: Engine, message: str, wanted: str
) -> None:
    _answered(invented, message, wanted)


# --- 6. a yes/no a defining sentence contradicts ---------------------------------------


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("is the Lantern Fund run by governments?", "business-led"),
        ("is the Lantern Fund state-run?", "business-led"),
        ("is the Lantern Fund run by the state?", "business-led"),
        # A descriptive alias states the attribute; only the name is set aside.
        ("is the Net Mending Circle a bilateral effort?", "trilateral"),
    ],
)
def test_contrary_attribute_answers_no_with_the_sentence(
    invented: Engine, message: str, wanted: str
) -> None:
    reply = _answered(invented, message, "**No:**")
    assert wanted in reply


def test_no_contrary_stated_is_not_a_no(invented: Engine) -> None:
    # Nothing says whether the fund makes a profit.
    assert "**No:**" not in render_text(invented.handle("is the Lantern Fund for-profit?"))
    # A name is no attribute: the Global Dock Fund is not said to be global.
    assert "**No:**" not in render_text(invented.handle("is the Global Dock Fund local?"))
    # A sentence naming both sides settles nothing.
    assert "**No:**" not in render_text(invented.handle("is the Ferry Circle government-run?"))


def test_contrary_pairs_are_data() -> None:
    pairs = vocab.contraries()
    assert any("government" in a and "private sector" in b for a, b in pairs)
    assert all(a and b and not a & b for a, b in pairs)


# --- the bundled release and the five-release base, in wordings of their own -----------


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("how many global aims did Jack Ma give?", ("five", "global travel")),
        ("did LI Yong speak about youth?", ("yes", "youth and women")),
        ("what did LI Yong and Jack MA talk about?", ("deepening the cooperation", "focused")),
        ("sum up the eWTP in a sentence", ("private sector-led",)),
        ("is the eWTP government-led?", ("**No:**", "private sector-led")),
        ("when was the eWTP written into the G20's communique?", ("2016",)),
    ],
)
def test_bundled_release(engine: Engine, message: str, wanted: tuple[str, ...]) -> None:
    _answered(engine, message, *wanted)


def test_five_release_base(five: Engine) -> None:
    # No purpose stated: what the meeting settled.
    _answered(five, "what was the 2024 partners meeting mainly about?", "agreed to extend")
    reply = _answered(five, "did Daniel Hartmann mention certificates?", "**No:**")
    assert "Amara OKAFOR" in reply and "Samuel MENSAH" in reply
    # The speaker is the person the title describes, not the organisation named with it.
    reply = _answered(five, "has the academy's programme director ever mentioned Kenya?")
    assert "Lina MA's quotes" in reply
    reply = _answered(five, "is the Development Trust for Africa a for-profit company?", "**No:**")
    assert "philanthropic" in reply
