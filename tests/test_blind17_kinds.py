"""Kinds that blind set 17 found misread (issue 10), each asked here in other words on
an invented two-release base: a founding verb matched by another person's title in the
sentence ("Founder and Chair" of someone else), a weekend or working day asked of a
dated event, two people's quotes compared by the descriptions of their titles, one
person's quotes of two years compared, what a thing was made to do, and the release in
which someone took a title when a later one has them take another.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE

_FIRST = """\
source:
  id: 2019-06-02-saltmarsh-compact-signing
  title: Estuary Trust and Kelpworks sign the Saltmarsh Compact
  publisher: Meridian Wire
  date: 2019-06-02
  dateline: {city: Cardiff, country: Wales}
  text: ../sources/2019-06-02-saltmarsh-compact-signing.txt
entities:
  - id: saltmarsh-compact
    name: Saltmarsh Compact
    kind: initiative
    summary: The Saltmarsh Compact, a programme that restores tidal marshes on the Severn.
  - id: estuary-trust
    name: Estuary Trust
    kind: organization
    summary: The Estuary Trust, a conservation charity based in Cardiff.
  - id: kelpworks
    name: Kelpworks
    kind: organization
    summary: Kelpworks, a seaweed farming company in Swansea.
  - id: signing-2019
    name: Saltmarsh Compact signing
    kind: event
    summary: The signing of the Saltmarsh Compact in Cardiff on June 2, 2019.
  - id: rhian-pugh
    name: Rhian PUGH
    kind: person
    summary: Rhian PUGH, Founder and Managing Director of Kelpworks.
  - id: newport
    name: Newport
    kind: place
    summary: Newport, a city in south Wales.
  - id: chepstow
    name: Chepstow
    kind: place
    summary: Chepstow, a town on the Wye in Wales.
  - id: owain-hale
    name: Owain HALE
    kind: person
    summary: Owain HALE, Chief Executive of the Estuary Trust.
roles:
  - entity: rhian-pugh
    title: Founder and Managing Director
    organization: kelpworks
  - entity: owain-hale
    title: Chief Executive
    organization: estuary-trust
  - entity: owain-hale
    title: Head of Programmes
    organization: saltmarsh-compact
quotes:
  - id: hale-mud
    speaker: owain-hale
    about: [saltmarsh-compact]
    text: A marsh is the cheapest sea wall there is, and it grows by itself.
  - id: pugh-farmers
    speaker: rhian-pugh
    about: [saltmarsh-compact]
    text: Our farmers need clean water, and the marsh gives it to them for free.
facts:
  - id: signing
    about: [signing-2019, estuary-trust, saltmarsh-compact, rhian-pugh]
    date: 2019-06-02
    text: >-
      The Estuary Trust and Rhian PUGH, Founder and Managing Director of Kelpworks, signed
      the Saltmarsh Compact in Cardiff on June 2, 2019.
  - id: newport-nursery
    about: [saltmarsh-compact, newport]
    date: 2019-05
    place: newport
    text: The Saltmarsh Compact opened its first plant nursery in Newport in May 2019.
  - id: compact-aim
    about: [saltmarsh-compact, estuary-trust, kelpworks]
    date: 2019-06-02
    text: >-
      The Estuary Trust and Kelpworks set up the Saltmarsh Compact in 2019 to restore
      400 hectares of tidal marsh on the Severn.
"""

_SECOND = """\
source:
  id: 2021-01-06-estuary-trust-president
  title: Estuary Trust names Owain Hale its first President
  publisher: Harbour Newsdesk
  date: 2021-01-06
  dateline: {city: Swansea, country: Wales}
  text: ../sources/2021-01-06-estuary-trust-president.txt
roles:
  - entity: owain-hale
    title: President
    organization: estuary-trust
quotes:
  - id: hale-hectares
    speaker: owain-hale
    about: [saltmarsh-compact]
    text: One hundred and fifty hectares is where the curlews came back first.
facts:
  - id: hale-president
    about: [owain-hale, estuary-trust]
    date: 2021-01-04
    text: Owain HALE was appointed President of the Estuary Trust on January 4, 2021.
  - id: chepstow-nursery
    about: [saltmarsh-compact, chepstow]
    date: 2020-10
    place: chepstow
    text: The Saltmarsh Compact opened a second plant nursery, in Chepstow, in October 2020.
  - id: planting-season
    about: [saltmarsh-compact, estuary-trust]
    text: >-
      The Saltmarsh Compact's first planting season fell short of its target of 80 hectares,
      which the Estuary Trust attributed to a late frost.
  - id: compact-restored
    about: [saltmarsh-compact]
    date: 2021-01-06
    text: The Saltmarsh Compact has restored 150 hectares of tidal marsh since 2019.
"""

_THIRD = """\
source:
  id: 2023-03-20-saltmarsh-compact-board
  title: Saltmarsh Compact forms a board
  publisher: Coastline Press
  date: 2023-03-20
  dateline: {city: Bristol, country: England}
  text: ../sources/2023-03-20-saltmarsh-compact-board.txt
entities:
  - id: marsh-board
    name: Saltmarsh Compact board
    kind: organization
    summary: The board that oversees the Saltmarsh Compact.
roles:
  - entity: owain-hale
    title: President
    organization: estuary-trust
  - entity: owain-hale
    title: Chair
    organization: marsh-board
facts:
  - id: hale-board-chair
    about: [owain-hale, marsh-board, estuary-trust]
    date: 2023-03-20
    text: >-
      Owain HALE, President of the Estuary Trust, becomes Chair of the Saltmarsh Compact
      board.
"""


@pytest.fixture(scope="module")
def marsh(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("marsh")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    for release in (_FIRST, _SECOND, _THIRD):
        data = yaml.safe_load(release)
        name = data["source"]["id"]
        (root / "releases" / f"{name}.yaml").write_text(release, encoding="utf-8")
        # The verbatim text holds every quote, as a release's would.
        said = "\n".join(q["text"] for q in data.get("quotes", []))
        (root / "sources" / f"{name}.txt").write_text(f"Release text.\n{said}\n", "utf-8")
    return Engine(Index(load_knowledge(root)))


def test_founding_verb_is_not_matched_by_another_persons_title(marsh: Engine) -> None:
    # "Founder" is Rhian Pugh's title in the signing sentence: it says nothing of the
    # Trust establishing the Compact, so that sentence is neither a "yes" nor the answer.
    got = ask(marsh, "@partnerbot did the Estuary Trust establish the Saltmarsh Compact?")
    verdict, evidence = got.reply.split("\n")[1:3]
    assert "signed the Saltmarsh Compact" not in verdict
    if "Yes" in verdict:
        assert "set up the Saltmarsh Compact" in evidence


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("@partnerbot did the compact signing happen at the weekend?", "Yes"),
        ("@partnerbot was the Saltmarsh Compact signing on a weekday?", "No"),
    ],
)
def test_a_weekend_or_working_day_is_judged_from_the_date(
    marsh: Engine, message: str, verdict: str
) -> None:
    # June 2, 2019 was a Sunday.
    answered(marsh, message, f"**{verdict}", "Sunday")


def test_quotes_compared_by_the_descriptions_of_two_titles(marsh: Engine) -> None:
    # "the Trust's chief executive" and "the Kelpworks founder": each one's quote; the
    # organisations say who is meant, not what they spoke about.
    answered(
        marsh,
        "@partnerbot contrast the Estuary Trust chief executive's remarks with the Kelpworks founder's",
        "cheapest sea wall",
        "clean water",
    )


def test_one_persons_quotes_of_two_years_side_by_side(marsh: Engine) -> None:
    answered(
        marsh,
        "@partnerbot Owain Hale's comments in 2019 versus 2021?",
        "cheapest sea wall",
        "curlews",
    )


def test_what_a_thing_was_made_to_do(marsh: Engine) -> None:
    answered(marsh, "@partnerbot what was the Saltmarsh Compact established to achieve?", "restore")


def test_release_where_a_title_was_taken_not_another_title_later(marsh: Engine) -> None:
    # The 2021 update has him, already President, become Chair of the board: the title
    # asked was taken in the release that says he was appointed President.
    reply = answered(
        marsh,
        "@partnerbot which wire ran the release where Hale became president?",
        "Harbour Newsdesk",
    )
    assert "appointed President" in reply


def test_a_claim_put_in_someones_mouth_is_answered_with_what_they_said(marsh: Engine) -> None:
    # No quote of hers says it will make anyone rich: no "yes", but what she did say
    # about the Compact, as such, rather than "no quote on that".
    reply = answered(
        marsh, "@partnerbot did Rhian Pugh say the Saltmarsh Compact will surely make farmers rich?"
    )
    assert "Not in those words" in reply
    assert "**Yes" not in reply


def test_which_kind_is_the_description_answers_with_the_described_entity(marsh: Engine) -> None:
    # The description resolves to Kelpworks: its card, not a list of organisations.
    reply = answered(
        marsh, "@partnerbot which firm is described as the Swansea seaweed farming company?"
    )
    assert reply.startswith("**Kelpworks")


def test_when_a_term_in_a_title_began(marsh: Engine) -> None:
    # "Begin" asks the title's start as "start" and "become" do.
    answered(
        marsh, "@partnerbot when did Owain Hale's tenure as president begin?", "January 4, 2021"
    )


def test_most_recently_opened_item_asked_with_the_participle_before_the_noun(
    marsh: Engine,
) -> None:
    reply = answered(marsh, "@partnerbot what's the most recently opened nursery?", "Chepstow")
    assert reply.split("\n")[1].startswith("**Newest: Chepstow")


def test_blame_asks_what_a_release_attributes_something_to(marsh: Engine) -> None:
    answered(marsh, "@partnerbot what was the poor first planting season blamed on?", "frost")


def test_pronoun_in_a_buried_question_stands_for_what_the_chat_named(marsh: Engine) -> None:
    # The question clause says "it"; the chat before it names the one thing meant.
    answered(
        marsh,
        "hey so I'm filling in the quarterly newsletter and there's a box about Kelpworks, "
        "basically where it is based, no rush",
        "Swansea",
    )


def test_an_order_after_chat_in_a_long_message_is_answered(marsh: Engine) -> None:
    # The order ("I need the date and the place of …") is the question, whole, not the
    # question word inside it ("who was there").
    answered(
        marsh,
        "right so before the board call this afternoon, I need the date and the place of the "
        "compact signing plus who was there, cheers",
        "June 2, 2019",
        "Cardiff",
    )


def test_that_in_a_buried_question_stands_for_the_topic_the_chat_described() -> None:
    # "that" is the thing the chat describes ("the campus the academy opened in Asia
    # back in 2022"), not a word to look up; the Nairobi office is chatter.
    five = Engine(Index(load_knowledge(KB_FIVE)))
    answered(
        five,
        "so a colleague from the Nairobi office was asking me about the campus the academy "
        "opened in Asia back in 2022, which city was that in again?",
        "Kuala Lumpur",
    )
