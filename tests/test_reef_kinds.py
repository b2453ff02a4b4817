"""Kinds that blind base 16 (``tests/fixtures/kb_reef``) found missing, each asked here
in other words on an invented three-release base (a tree-planting trust):

- a title in a year between two releases, when only the later release says it ended
  (with no date) and gives the next title there: the earlier title was still the
  newest stated by then, also over an older title elsewhere never said to end;
- a figure series whose noun the question names only as a modifier of another count
  ("tree nurseries" beside "tree saplings" when trees are asked): the count stated
  most often, and for a goal the noun the goal counts, never the other series;
- when someone left a title that two of their titles name, both ended on one day
  ("Chief Executive" and "Founder and Chief Executive");
- a surname two people share, asked for a quote on a topic only one of them spoke of;
- a gathering's day from the sentence leading with it, not from a figure reported there
  ("planted 90,500 by March 2024", about the programme and the forum), and where the
  parties met in a year, from their gathering then;
- the release in which someone was appointed to a title, when the sentence gives an
  honorific with a full stop first ("appointed Dr. Ruth OYELARAN … as Chief Forester");
- how many a named plan is meant to reach ("a further 60,000"), asked with an intent
  word ("expected to") and "how many";
- "did the Greenbelt Trust fund X?": a verb right after a name that ends in a kind noun
  is no description ("the … trust fund"), and committing money to X is funding it;
- a nationality asked when a sentence about the person only uses the adjective
  "national" ("the national hedgerow survey panel"): not stated;
- a count as of an event, asked with no subject: the noun's series, not a percentage
  sharing the question's words;
- a count spelled out at the end of "the number of <noun> has grown … to nine";
- a count asked with no subject, whose words only an older sentence has ("planted along
  the hedgerows"): that thing's newest statement of the count leads, as chat spells
  it ("hav").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_R1 = "2019-05-14-greenbelt-trust-saplings"
_R2 = "2021-06-02-greenbelt-chief-forester"
_R3 = "2024-04-10-greenbelt-new-director"

_FIRST = (
    source_line(_R1, "Greenbelt Trust plants its first saplings", "2019-05-14")
    + """\
entities:
  - id: greenbelt
    name: Greenbelt Trust
    kind: organization
    summary: The Greenbelt Trust, a charity that replants hedgerows and woods around Tarrow.
  - id: treeline
    name: TreeLine
    kind: initiative
    summary: TreeLine, the Greenbelt Trust's programme to replant hedgerow trees.
    aliases: [TreeLine Programme]
  - id: ashgrove
    name: Ashgrove Fund
    kind: organization
    summary: The Ashgrove Fund, a small grant-maker for rural Scotland that funds the Greenbelt Trust.
  - id: ruth-oyelaran
    name: Ruth OYELARAN
    kind: person
    summary: Ruth OYELARAN, Head of Seed Stock at the Greenbelt Trust.
  - id: callum-reid
    name: Callum REID
    kind: person
    summary: Callum REID, founder of the Ashgrove Fund.
    aliases: [Callum Reid, Cal Reid, Cállum Reid]
  - id: niamh-reid
    name: Niamh REID
    kind: person
    summary: Niamh REID, hedgerow ecologist at the Greenbelt Trust (no relation of Callum REID).
    aliases: [Niamh Reid, Dr. Niamh Reid]
roles:
  - entity: callum-reid
    title: Founder and Chief Executive
    organization: ashgrove
  - entity: ruth-oyelaran
    title: Head of Seed Stock
    organization: greenbelt
  - entity: ruth-oyelaran
    title: Trustee
    organization: ashgrove
quotes:
  - id: reid-flood
    speaker: callum-reid
    about: [treeline]
    text: Hedgerows are the cheapest flood defence this valley will ever buy
  - id: niamh-reid-owls
    speaker: niamh-reid
    about: [treeline]
    text: Every winter the barn owls come back to hunt along the new hedges
facts:
  - id: saplings-18000
    about: [treeline]
    date: 2019-04
    text: TreeLine had planted 18,000 tree saplings along the Tarrow hedgerows by April 2019.
  - id: nurseries-six
    about: [treeline]
    text: TreeLine now runs six tree nurseries.
  - id: greenbelt-commits
    about: [greenbelt, treeline]
    text: The Greenbelt Trust has committed £900,000 to TreeLine's first five years.
  - id: saplings-goal
    about: [treeline]
    text: TreeLine aims to plant 150,000 tree saplings by the end of 2028.
"""
)
_SECOND = (
    source_line(
        _R2, "Greenbelt Trust names a Chief Forester", "2021-06-02", publisher="Kestrel Newswire"
    )
    + """\
entities:
  - id: forum-2021
    name: Hedgerow Forum 2021
    kind: event
    summary: The first Hedgerow Forum of the Greenbelt Trust and the Ashgrove Fund.
  - id: corran-hall
    name: Corran Hall
    kind: place
    summary: Corran Hall, a meeting hall in Tarrow.
roles:
  - entity: callum-reid
    title: Chief Executive
    organization: ashgrove
  - entity: ruth-oyelaran
    title: Head of Seed Stock
    organization: greenbelt
    ended: 2021-02-28
  - entity: ruth-oyelaran
    title: Chief Forester
    organization: greenbelt
facts:
  - id: saplings-41000
    about: [treeline]
    date: 2021-05
    text: TreeLine had planted 41,000 tree saplings by May 2021.
  - id: saplings-29000
    about: [treeline]
    date: 2020-03
    text: TreeLine had planted 29,000 tree saplings by March 2020.
  - id: oyelaran-chief-forester
    about: [ruth-oyelaran, greenbelt]
    date: 2021-03-01
    text: >-
      The Greenbelt Trust appointed Dr. Ruth OYELARAN, until then its Head of Seed Stock, as
      Chief Forester from March 1, 2021.
  - id: survival-91
    about: [treeline]
    date: 2021-05-20
    text: >-
      Of the TreeLine saplings planted in 2019 and 2020, 91 percent survived their first
      winter.
  - id: forum-2021-held
    about: [forum-2021, greenbelt, ashgrove, corran-hall]
    date: 2021-05-20
    place: corran-hall
    text: >-
      The Greenbelt Trust and the Ashgrove Fund held the first Hedgerow Forum at Corran Hall
      on May 20, 2021.
  - id: nurseries-eight
    about: [treeline]
    text: The number of TreeLine tree nurseries has risen from the six it began with to eight.
"""
)
_THIRD = (
    source_line(_R3, "Ruth Oyelaran to lead the Greenbelt Trust", "2024-04-10")
    + """\
entities:
  - id: forum-2024
    name: Hedgerow Forum 2024
    kind: event
    summary: The second Hedgerow Forum of the Greenbelt Trust and the Ashgrove Fund.
  - id: treeline-next
    name: TreeLine Next
    kind: initiative
    summary: TreeLine Next, the planned follow-on to TreeLine, from 2025 to 2029.
  - id: dunmore
    name: Dunmore
    kind: place
    summary: Dunmore, a village in the Tarrow hills.
roles:
  - entity: callum-reid
    title: Founder and Chief Executive
    organization: ashgrove
    ended: 2023-09-30
  - entity: callum-reid
    title: Chief Executive
    organization: ashgrove
    ended: 2023-09-30
  - entity: callum-reid
    title: President
    organization: ashgrove
  - entity: ruth-oyelaran
    title: Director
    organization: greenbelt
  - entity: ruth-oyelaran
    title: Chief Forester
    organization: greenbelt
    current: false
facts:
  - id: forum-2024-held
    about: [forum-2024, greenbelt, ashgrove, dunmore]
    date: 2024-04-09
    place: dunmore
    text: >-
      The Greenbelt Trust and the Ashgrove Fund held the second Hedgerow Forum in Dunmore on
      April 9, 2024.
  - id: saplings-90500
    about: [treeline, forum-2024]
    date: 2024-03
    text: TreeLine had planted 90,500 tree saplings by March 2024.
  - id: oyelaran-survey-panel
    about: [ruth-oyelaran]
    text: Ruth OYELARAN also sits on the national hedgerow survey panel.
  - id: treeline-next-plan
    about: [treeline-next, treeline, greenbelt]
    text: >-
      The Greenbelt Trust plans TreeLine Next, to run from 2025 to 2029, which aims to plant
      a further 60,000 tree saplings.
  - id: nurseries-eleven
    about: [treeline]
    text: TreeLine now runs 11 tree nurseries.
"""
)


# The first release's text, which its quotes must be verbatim in.
_FIRST_TEXT = (
    "“Hedgerows are the cheapest flood defence this valley will ever buy,” said Callum REID.\n"
    "“Every winter the barn owls come back to hunt along the new hedges,” said Niamh REID.\n"
)


@pytest.fixture(scope="module")
def greenbelt(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("greenbelt")
    (root / "sources").mkdir()
    (root / "sources" / f"{_R1}.txt").write_text(_FIRST_TEXT, encoding="utf-8")
    return engine_of(root, {_R1: _FIRST, _R2: _SECOND, _R3: _THIRD}, keep_texts=True)


def test_title_in_a_year_before_its_undated_end(greenbelt: Engine) -> None:
    # Chief Forester (2021) ended by 2024's word only, with no date: in 2022 it is the
    # newest title stated, not the 2019 trusteeship elsewhere.
    got = ask(greenbelt, "what post did Ruth Oyelaran hold in 2022?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Chief Forester" in got.reply.split("\n")[1], got.reply
    got = ask(greenbelt, "what was Ruth Oyelaran doing at the Greenbelt Trust in 2023?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Chief Forester" in got.reply.split("\n")[1], got.reply


def test_title_after_its_stated_end_is_not_held(greenbelt: Engine) -> None:
    # The dated end still holds: Head of Seed Stock ended in February 2021.
    got = ask(greenbelt, "was Ruth Oyelaran Head of Seed Stock at Greenbelt in 2022?")
    assert "Yes" not in got.reply.split("\n")[1], got.reply


def test_change_counts_the_noun_not_a_count_it_modifies(greenbelt: Engine) -> None:
    got = ask(greenbelt, "how many more trees had TreeLine planted in 2024 than in 2019?")
    assert got.status is Status.ANSWERED, got.reply
    assert "72,500" in got.reply, got.reply
    assert "nurseries" not in got.reply, got.reply


def test_goal_gap_counts_what_the_goal_counts(greenbelt: Engine) -> None:
    got = ask(greenbelt, "how far off its 150,000 target is TreeLine?")
    assert got.status is Status.ANSWERED, got.reply
    assert "59,500" in got.reply, got.reply


def test_event_day_is_its_own_sentence_not_a_figure_reported_there(greenbelt: Engine) -> None:
    got = ask(greenbelt, "when was the most recent Hedgerow Forum?")
    assert got.status is Status.ANSWERED, got.reply
    assert "April 9, 2024" in got.reply.split("\n")[1], got.reply
    assert "March 2024" not in got.reply, got.reply
    assert "May 20, 2021" in got.reply, got.reply


def test_where_the_parties_met_in_a_year(greenbelt: Engine) -> None:
    got = ask(greenbelt, "where did Greenbelt and the Ashgrove Fund convene in 2021?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Corran Hall" in got.reply.split("\n")[1], got.reply
    assert "Dunmore" not in got.reply, got.reply


def test_number_of_noun_grown_to_a_spelled_count(greenbelt: Engine) -> None:
    got = ask(greenbelt, "how many tree nurseries did TreeLine run in 2022?")
    assert got.status is Status.ANSWERED, got.reply
    assert "eight" in got.reply.split("\n")[1], got.reply


def test_subjectless_count_leads_with_the_newest_statement(greenbelt: Engine) -> None:
    got = ask(greenbelt, "how many saplings hav been planted along the hedgerows?")
    assert got.status is Status.ANSWERED, got.reply
    assert "90,500" in got.reply.split("\n")[1], got.reply


def test_clipped_auxiliary_is_read_whole() -> None:
    from bot.engine.qa.read import understand

    words = understand("which partners wer there and what hav they done", lambda w: False).words
    assert words[:3] == ("which", "partners", "were"), words
    assert "have" in words, words


def test_leaving_a_title_two_ended_titles_name(greenbelt: Engine) -> None:
    got = ask(greenbelt, "when did Callum Reid cease to be chief executive of the Ashgrove Fund?")
    assert got.status is Status.ANSWERED, got.reply
    assert "September 30, 2023" in got.reply, got.reply


def test_count_by_an_event_is_no_percentage(greenbelt: Engine) -> None:
    got = ask(
        greenbelt, "how many saplings had been planted by the time of the first Hedgerow Forum?"
    )
    assert got.status is Status.ANSWERED, got.reply
    assert "41,000" in got.reply.split("\n")[1], got.reply


def test_how_many_a_named_plan_is_meant_to_reach(greenbelt: Engine) -> None:
    got = ask(greenbelt, "how many saplings is TreeLine Next expected to plant?")
    assert got.status is Status.ANSWERED, got.reply
    assert "60,000" in got.reply.split("\n")[1], got.reply


def test_release_of_an_appointment_past_an_honorific(greenbelt: Engine) -> None:
    got = ask(
        greenbelt,
        "which wire carried the announcement that Ruth Oyelaran was appointed Chief Forester?",
    )
    assert got.status is Status.ANSWERED, got.reply
    assert "Kestrel Newswire" in got.reply.split("\n")[1], got.reply


def test_shared_surname_settled_by_the_quote_topic(greenbelt: Engine) -> None:
    got = ask(greenbelt, "what has Reid said about the barn owls?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Niamh REID" in got.reply and "owls come back" in got.reply, got.reply
    got = ask(greenbelt, "what did Reid say?")
    assert got.status is Status.AMBIGUOUS, got.reply


def test_national_as_an_adjective_states_no_nationality(greenbelt: Engine) -> None:
    got = ask(greenbelt, "what nationality is Ruth Oyelaran?")
    assert got.status is Status.NOT_FOUND, got.reply


def test_a_name_ending_in_a_kind_noun_then_fund_as_a_verb(greenbelt: Engine) -> None:
    got = ask(greenbelt, "did the Greenbelt Trust fund TreeLine?")
    assert got.status is Status.ANSWERED, got.reply
    assert "**Yes.**" in got.reply and "£900,000" in got.reply, got.reply
