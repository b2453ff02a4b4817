"""Kinds of question that session 18's newcomer base (a city bike library,
``tests/fixtures/kb_bikelibrary``) found misread, asked here in other words on an
invented base (a town's tool-lending library):

- a count stated with a verb carrying a holding to a new total, in a sentence led by
  another party ("Coldharbour has donated 25 drills, which takes the Tool Loft's drill
  stock to 85 drills");
- "who runs X?" of a programme "run by" an organisation, where a person's title there
  holds a word of leading ("Head Technician") but leads nothing;
- a sum asked by the noun naming it ("what is the annual fee?") answered by another sum
  ("a grant of £40,000 will pay for benches") or by a quote about costs: not_found;
- "how long do residents borrow a tool for?" answered by counts of loans ("lent tools
  4,000 times") rather than the length a sentence states ("for up to ten days");
- a figure asked "when it opened" that the releases give only later: not_found, citing
  the first figure given; a start "up from three when it opened" written after two counts
  is the nearer count's (sites), not the first's (members).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figure_series import stated_start
from bot.engine.qa.figures import figures_in
from bot.kb.models import LoadedFact
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2019-04-02-tool-loft-opens", "Fernhollow Tool Loft opens", "2019-04-02")
    + """\
entities:
  - {id: tool-loft, name: Fernhollow Tool Loft, kind: initiative, aliases: [Tool Loft], summary: A scheme that lends tools to Fernhollow residents.}
  - {id: guild, name: Millbrook Makers Guild, kind: organization, aliases: [the Guild], summary: A charity of amateur makers.}
  - {id: coldharbour, name: Coldharbour Hardware Ltd, kind: organization, aliases: [Coldharbour Hardware, Coldharbour], summary: A hardware chain.}
  - {id: wren-ashby, name: Wren ASHBY, kind: person, aliases: [Wren Ashby], summary: Head Technician of the Fernhollow Tool Loft.}
roles:
  - {entity: wren-ashby, title: Head Technician, organization: tool-loft}
facts:
  - id: opened
    about: [tool-loft, guild, coldharbour]
    date: 2019-04-02
    text: The Millbrook Makers Guild and Coldharbour Hardware Ltd opened the Fernhollow Tool Loft on April 2, 2019.
  - id: opens-with
    about: [tool-loft]
    text: The Fernhollow Tool Loft opens with 60 drills and 40 ladders at three sites.
  - id: lends
    about: [tool-loft]
    text: Residents may borrow each tool from the Fernhollow Tool Loft for up to ten days.
"""
)

_R2 = (
    source_line("2021-06-15-tool-loft-grows", "Fernhollow Tool Loft grows", "2021-06-15")
    + """\
facts:
  - id: donated
    about: [coldharbour, tool-loft]
    text: Coldharbour Hardware has donated 25 new drills, which takes the Tool Loft's drill stock to 85 drills.
  - id: members
    about: [tool-loft]
    text: The Fernhollow Tool Loft now has 900 members and six sites, up from three when it opened in 2019.
  - id: run-by
    about: [tool-loft, guild]
    text: The Fernhollow Tool Loft, run by the Millbrook Makers Guild, says residents borrowed its tools 4,000 times last year.
  - id: grant
    about: [tool-loft]
    text: A grant of £40,000 to the Fernhollow Tool Loft will pay for new workbenches at every site.
"""
)


@pytest.fixture(scope="module")
def tools(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("tools")
    return engine_of(root, {"2019-04-02-tool-loft-opens": _R1, "2021-06-15-tool-loft-grows": _R2})


def test_a_total_carried_by_another_partys_sentence_is_the_subjects_count(tools: Engine) -> None:
    reply = answered(tools, "how many drills did the tool loft have in 2021?")
    assert "85 as of 2021" in reply and "takes the Tool Loft's drill stock" in reply
    # Before the donation, the launch figure still answers.
    assert "60" in answered(tools, "how many drills did the tool loft have in 2020?")


def test_who_runs_a_programme_is_the_organisation_it_is_run_by(tools: Engine) -> None:
    reply = answered(tools, "who runs the fernhollow tool loft?")
    assert "Millbrook Makers Guild" in reply and "Wren" not in reply


def test_a_sum_named_by_its_noun_is_not_another_sum(tools: Engine) -> None:
    asked = ask(tools, "what is the membership fee of the tool loft?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "£40,000" not in asked.reply.split("\n")[0]


def test_a_stated_fee_still_answers(tmp_path: Path) -> None:
    fee = (
        source_line("2022-01-10-tool-loft-fee", "Tool Loft sets a fee", "2022-01-10")
        + """\
facts:
  - id: fee
    about: [tool-loft]
    text: Membership of the Fernhollow Tool Loft costs £15 a year.
"""
    )
    engine = engine_of(
        tmp_path,
        {
            "2019-04-02-tool-loft-opens": _R1,
            "2021-06-15-tool-loft-grows": _R2,
            "2022-01-10-tool-loft-fee": fee,
        },
    )
    assert "£15" in answered(engine, "what is the membership fee of the tool loft?")


def test_a_figure_given_only_after_the_event_asked_is_not_found(tools: Engine) -> None:
    asked = ask(tools, "how many members did the tool loft have when it opened?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "900 members" in asked.reply and asked.sources


def _fact(text: str) -> LoadedFact:
    return LoadedFact(
        id="f", text=text, about=("x",), date=None, place=None, source="s", position=0
    )


def test_a_start_written_after_two_counts_is_the_nearer_ones() -> None:
    # "900 members and six sites, up from three when it opened": three sites, never
    # three members.
    fact = _fact("The Loft now counts 900 members across six sites, up from three when it opened.")
    members, sites, *_ = figures_in(fact.text, spelled_out=True)
    assert stated_start(fact, figures_in(fact.text, spelled_out=True), members) is None
    start = stated_start(fact, figures_in(fact.text, spelled_out=True), sites)
    assert start is not None and start[0].value == "three"
    # A start in the first count's own unit is the first count's, whatever stands between.
    fact = _fact(
        "The towpath now runs 41 kilometres past nine locks, up from 12 kilometres when the"
        " trust was founded in 2015."
    )
    length, *_ = figures_in(fact.text, spelled_out=True)
    start = stated_start(fact, figures_in(fact.text, spelled_out=True), length)
    assert start is not None and start[0].value == "12" and start[1] == "2015"


def test_how_long_is_answered_by_a_length_stated_not_a_count(tools: Engine) -> None:
    reply = answered(tools, "how long do residents borrow tools for?")
    lead = reply.split("\n")[1:3]
    assert any("ten days" in line for line in lead) and "4,000" not in reply, reply
