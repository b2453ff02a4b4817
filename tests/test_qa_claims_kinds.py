"""Yes/no questions and claims put to the bot for checking (issues 10 and 12), asked of
the invented kb_claims base (tests/fixtures/kb_claims/README.md) in wordings of their own:

- a title claimed for the wrong person, in a verb or a title: "No", who holds it, as of when;
- a title at a ministry named by its country ("Valdora's water minister"), now and in a year;
- a figure put up for checking against the newest figure reached, never a goal;
- a goal's figure in chat's short form ("10k");
- a place asked that no release names: "No", naming the city as well as the premises;
- a claim supported in other words: by a speaker ("consistent with" for "in line with"),
  by a class with modifiers ("a regional lender"); never by a hope ("could extend");
- a unit price asked ("how much does a water meter cost?") is answered only by a sum
  stated as that thing's, never by a loan that pays for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from bot.service import KnowledgeService
from tests.asking import answered
from tests.kbpaths import KB_FIVE

KB_CLAIMS = Path(__file__).parent / "fixtures" / "kb_claims"
R1 = "2020-06-10-coastal-pumps-launch"
R2 = "2024-03-05-coastal-pumps-second-phase"


@pytest.fixture(scope="module")
def claims() -> Engine:
    service = KnowledgeService(KB_CLAIMS)
    service.load()
    return service.engine


def _lead(reply: str) -> str:
    """The reply's first line past its title (the verdict)."""
    lines = [line for line in reply.splitlines() if line.strip()]
    return lines[1] if lines[0].startswith("**") and len(lines) > 1 else lines[0]


# --- a title claimed for the wrong person --------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Mira Ostrava heads the Harbor Grid Cooperative, right?",
        "does Mira Ostrava run Harbor Grid?",
        "is Mira Ostrava the boss of the Harbor Grid Cooperative?",
    ],
)
def test_a_top_job_claimed_for_someone_else_is_no_with_its_holder(
    claims: Engine, question: str
) -> None:
    reply = answered(claims, question, "Ines BALDER", "Chief Executive Officer", "as of")
    assert _lead(reply).startswith("**No"), reply


def test_a_ministry_s_top_job_is_its_minister(claims: Engine) -> None:
    """ "In charge of" a ministry is its Minister's job, held by Mira OSTRAVA."""
    reply = answered(
        claims, "is Ines Balder in charge of the Valdora Ministry of Water?", "Mira OSTRAVA"
    )
    assert _lead(reply).startswith("**No"), reply


def test_a_title_claimed_with_a_question_tag_names_its_holder(
    claims: Engine,
) -> None:
    """A title ("CEO") claimed with a question tag ("isn't he?") for a minister."""
    reply = answered(claims, "Teodor Vasko is the Harbor Grid Cooperative's CEO, isn't he?")
    assert _lead(reply).startswith("**No"), reply
    assert "Ines BALDER" in reply


def test_a_top_job_claimed_of_its_holder_is_still_yes(claims: Engine) -> None:
    reply = answered(claims, "Ines Balder runs the Harbor Grid Cooperative, correct?")
    assert _lead(reply).startswith("**Yes"), reply


def test_a_ministry_named_by_its_country_is_claimed_for_its_minister(claims: Engine) -> None:
    """ "Valdora's water minister" in 2021 was Teodor VASKO, not Ines BALDER."""
    reply = answered(claims, "was Ines Balder Valdora's minister of water in 2021?", "Teodor VASKO")
    assert _lead(reply).startswith("**No"), reply


# --- a title at a ministry named by its country --------------------------------------------


def test_a_ministry_named_by_its_country_ended_title_is_no_now(claims: Engine) -> None:
    reply = answered(claims, "is Teodor Vasko still Valdora's water minister?", "2022")
    assert _lead(reply).startswith("**No"), reply


def test_a_ministry_named_by_its_country_title_held_in_a_year_is_yes(claims: Engine) -> None:
    reply = answered(claims, "was Teodor Vasko minister of water of Valdora in 2021?")
    assert _lead(reply).startswith("**Yes"), reply


# --- a figure put up for checking ----------------------------------------------------------


def test_a_claimed_figure_above_the_newest_reached_is_no_and_a_goal_is_named(
    claims: Engine,
) -> None:
    """6,000 is the second phase's goal ("a further 6,000"); more than 7,800 were reached.
    The claim is checked against what was reached, and the goal is said to be one."""
    answer = claims.handle("fact check: the programme has hooked up 9,000 homes already, yes?")
    assert answer.status is Status.ANSWERED
    assert answer.text.startswith("**No"), answer.text
    assert "more than 7,800" in answer.text
    assert R2 in [c.source_id for c in answer.citations]


def test_a_claimed_goal_figure_is_no_against_the_newest_reached(claims: Engine) -> None:
    answer = claims.handle("the programme has already connected 6,000 more homes, right?")
    assert answer.status is Status.ANSWERED
    assert "7,800" in answer.text


def test_an_older_figure_claimed_is_yes_with_the_newest_beside_it(claims: Engine) -> None:
    reply = answered(claims, "the programme has hooked up 1,900 homes, right?", "7,800", "1,900")
    assert _lead(reply).startswith("**Yes"), reply


def test_the_newest_figure_claimed_is_yes(claims: Engine) -> None:
    reply = answered(claims, "has the Coastal Pumps Programme connected 7,800 homes?", "7,800")
    assert _lead(reply).startswith("**Yes"), reply


# --- a goal in chat's short form -----------------------------------------------------------


def test_a_goal_given_in_short_form_is_checked_against_its_outcome(claims: Engine) -> None:
    reply = answered(claims, "did the programme manage to connect 10k homes in its first phase?")
    assert _lead(reply).startswith("**No"), reply
    assert "10,000" in reply


# --- a place no release names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "was the launch agreement signed at the bank's offices in Caldera?",
        # Words no fact uses ("happen", "offices") around an event the releases place.
        "did the signing ceremony happen at the ministry's offices in Caldera?",
    ],
)
def test_a_place_no_release_names_is_no_naming_the_city(claims: Engine, question: str) -> None:
    reply = answered(claims, question)
    lead = _lead(reply)
    assert lead.startswith("**No"), reply
    # The city, not only the premises ("head office"), in the verdict itself.
    assert "Port Selin" in lead and "head office" in lead, lead


def test_a_place_asked_with_a_year_is_judged_by_that_year() -> None:
    """Only what the releases place in the year asked counts (kb_five: the 2018 meeting
    was in Hangzhou, the 2019 one in Kigali)."""
    service = KnowledgeService(KB_FIVE)
    service.load()
    reply = answered(service.engine, "did Li Yong and Jack Ma meet in Geneva in 2018?", "Hangzhou")
    assert "Kigali" not in _lead(reply), reply


# --- a claim supported in other words -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "is the programme consistent with Valdora's national water plan?",
        "does the Coastal Pumps Programme fit the national water plan?",
    ],
)
def test_a_claim_a_speaker_states_in_other_words_is_yes_as_their_view(
    claims: Engine, question: str
) -> None:
    reply = answered(claims, question, "Teodor VASKO", "in line with")
    assert _lead(reply).startswith("**Yes"), reply


def test_a_class_stated_with_modifiers_is_yes(claims: Engine) -> None:
    """ "The Selin Coast Bank, a regional lender that …": a lender."""
    reply = answered(claims, "is the Selin Coast Bank a lender?", "regional lender")
    assert _lead(reply).startswith("**Yes"), reply


def test_a_class_named_only_in_an_object_is_no_yes(claims: Engine) -> None:
    """The bank "funds the Coastal Pumps Programme": the bank is no programme."""
    answer = claims.handle("is the Selin Coast Bank a programme?")
    assert not answer.text.startswith("**Yes"), answer.text


def test_a_claim_only_hoped_for_is_no_yes(claims: Engine) -> None:
    """ "The bank could extend its loan" states no extension."""
    answer = claims.handle("does the Selin Coast Bank extend its loan to the second phase?")
    assert "**Yes" not in answer.text, answer.text


# --- a unit price ------------------------------------------------------------------------------


def test_a_unit_price_no_sentence_states_is_not_found(claims: Engine) -> None:
    """The loan "will pay for solar pumps, water meters and …": no meter's price."""
    answer = claims.handle("how much does a water meter cost?")
    assert answer.status is Status.NOT_FOUND, answer.text
    assert "20 million" not in answer.text


def test_a_unit_price_a_sentence_states_is_answered(claims: Engine) -> None:
    answered(claims, "what does one solar pump cost?", "2,400")


def test_a_goal_figure_claimed_of_no_one_named_is_checked() -> None:
    """ "Did they hit 10,000 homes by 2023?": the goal stating that figure names who."""
    service = KnowledgeService(KB_CLAIMS)
    service.load()
    reply = answered(service.engine, "did they hit 10,000 homes by 2023?", "10,000")
    assert _lead(reply).startswith("**No"), reply


def test_a_title_claimed_of_someone_with_another_title_there_names_its_holder() -> None:
    """kb_five: Amara OKAFOR chairs the Academy's Board; its Executive Director is Lina MA."""
    service = KnowledgeService(KB_FIVE)
    service.load()
    reply = answered(
        service.engine, "Okafor is the academy's executive director, right?", "Lina MA"
    )
    assert _lead(reply).startswith("**No"), reply
    assert "Chair of the Board" in reply


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    from tests.kbpaths import KB_SEEDBANK

    service = KnowledgeService(KB_SEEDBANK)
    service.load()
    return service.engine


def test_a_figure_reached_beside_its_target_is_the_one_checked(seedbank: Engine) -> None:
    """ "Has collected 1,860 populations … towards its target of 2,500": 1,860 reached
    (newest), so a claim of 1,500 is passed; never the older 740."""
    reply = answered(
        seedbank, "CWR Rescue has gathered 1,500 populations already, correct?", "1,860"
    )
    assert _lead(reply).startswith("**Yes"), reply


def test_a_membership_claim_is_checked_against_the_newest_count(seedbank: Engine) -> None:
    """ "An alliance of 40 genebanks" counts the network's members (newest: 40)."""
    reply = answered(seedbank, "does the HSN count 45 members?", "40")
    assert _lead(reply).startswith("**No"), reply
    assert "31" not in _lead(reply)


def test_a_goal_figure_asked_with_yet_is_checked_not_called_unstated(seedbank: Engine) -> None:
    reply = answered(seedbank, "has CWR Rescue hit 2,500 populations yet?", "1,860")
    assert _lead(reply).startswith("**Not yet"), reply


def test_a_relation_stated_past_an_aside_and_a_sum_is_yes() -> None:
    """kb_textile: "The Fabric Reuse Agency, an intergovernmental body of …, has granted
    EUR 6 million to the … ReThread Programme": granting is backing."""
    from tests.kbpaths import KB_TEXTILE

    service = KnowledgeService(KB_TEXTILE)
    service.load()
    reply = answered(service.engine, "is ReThread backed by the Fabric Reuse Agency?")
    assert _lead(reply).startswith("**Yes"), reply


def test_a_passive_claim_stated_the_other_way_round_is_no_yes() -> None:
    """The seed release: "The eWTP is an initiative supported by UNIDO" and LI Yong's "Our
    support to eWTP …" say that UNIDO supports the eWTP, not the reverse."""
    from tests.kbpaths import SEED_KNOWLEDGE

    service = KnowledgeService(SEED_KNOWLEDGE)
    service.load()
    answer = service.engine.handle("is UNIDO supported by the eWTP?")
    assert "**Yes" not in answer.text, answer.text
    answered(service.engine, "is the eWTP supported by UNIDO?", "**Yes")


@pytest.mark.parametrize(
    "question",
    [
        "am I right that Mira Ostrava heads Harbor Grid?",
        "correct me if I'm wrong but Mira Ostrava runs the Harbor Grid Cooperative?",
        "quick check - does Mira Ostrava run Harbor Grid?",
    ],
)
def test_a_claim_put_up_for_checking_in_chat_words_is_read_as_one(
    claims: Engine, question: str
) -> None:
    """The checking words ("am I right that", "correct me if I'm wrong but", "quick
    check") open the claim; the pronoun "I" is never an unknown name."""
    reply = answered(claims, question, "Ines BALDER")
    assert _lead(reply).startswith("**No"), reply


def test_a_goal_the_release_says_was_not_reached_is_no_as_stated(claims: Engine) -> None:
    """ "Did not reach its objective of 10,000 homes": the stated outcome, in words other
    than "fell short"."""
    reply = answered(claims, "did the programme meet its 10,000-home objective?", "did not reach")
    assert _lead(reply).startswith("**No**, as the release states"), reply


def test_a_goal_s_own_figure_beside_a_figure_reached_is_not_reached(claims: Engine) -> None:
    """ "Had brought water to 4,100 households, on the way to its goal of 10,000 homes": the
    goal's figure is no figure reached by 2022."""
    answer = claims.handle("had the programme reached 10,000 homes by 2022?")
    assert not answer.text.startswith("**Yes"), answer.text


def test_an_event_placed_elsewhere_than_a_known_place_is_a_plain_no() -> None:
    """kb_five: Kigali is a place of the base (the Academy's campus), but the 2024
    partners' meeting, an event, happened in one place, which its fact states."""
    service = KnowledgeService(KB_FIVE)
    service.load()
    reply = answered(
        service.engine, "did the 2024 partners meeting take place in Kigali?", "Hangzhou"
    )
    assert _lead(reply).startswith("**No"), reply


@pytest.mark.parametrize(
    "question", ["was the trust founded by 10 councils?", "did 10 councils found the trust?"]
)
def test_a_founding_count_claimed_is_not_checked_against_the_members_now(question: str) -> None:
    # kb_cisterns: five councils founded the trust, which "now counts 14 member councils";
    # 14 members today is no "yes, more than that" for ten founders.
    service = KnowledgeService(Path(__file__).parent / "fixtures" / "kb_cisterns")
    service.load()
    reply = render_text(service.engine.handle(question))
    assert "more than that" not in reply, reply
    assert "14 as of" not in reply, reply


def test_a_no_is_never_drawn_from_a_figure_a_newer_one_of_the_same_act_passed(
    claims: Engine,
) -> None:
    # 4,100 households (end of 2021) is the newest figure in the claim's noun, but the
    # programme "has connected more than 7,800 homes" (2024): no "No" from 4,100.
    reply = render_text(claims.handle("has the programme connected 5,000 households?"))
    assert not _lead(reply).startswith("**No"), reply


@pytest.fixture(scope="module")
def cisterns() -> Engine:
    service = KnowledgeService(Path(__file__).parent / "fixtures" / "kb_cisterns")
    service.load()
    return service.engine


def test_a_sum_pledged_is_no_goal_checked_by_its_figure(cisterns: Engine) -> None:
    # "The Lenta Fund's US$8 million grant will pay for more … cisterns": a pledge, not a
    # goal; the claim is answered from the sentence, never "whether the goal was reached".
    reply = answered(cisterns, "did the Lenta Fund give US$8 million?", "US$8 million grant")
    assert "goal" not in reply.casefold(), reply


def test_a_money_goal_is_never_measured_by_a_count(cisterns: Engine) -> None:
    # 520 cisterns built is no progress towards a US$8 million sum.
    reply = render_text(cisterns.handle("did the Lenta Fund grant reach its US$8 million target?"))
    assert "520" not in reply, reply


def test_a_figure_claimed_is_never_supported_by_a_quote_without_it() -> None:
    # kb_five: LI Yong says "training young people and women to export is exactly …";
    # that is no "Yes" to a claim that the academy trained 12,000 women.
    service = KnowledgeService(KB_FIVE)
    service.load()
    reply = render_text(service.engine.handle("did the academy train 12,000 women?"))
    assert "according to LI Yong" not in reply, reply
    assert not _lead(reply).startswith("**Yes"), reply


def test_a_goal_a_release_says_was_not_reached_is_no_count_reached(claims: Engine) -> None:
    # "The first phase did not reach its objective of 10,000 homes": 10,000 is the
    # objective, never a number of homes connected in the newest-first series.
    reply = answered(claims, "how many homes has the programme connected?", "7,800")
    assert "10,000 as of" not in reply, reply


def test_a_figure_at_the_launch_is_not_checked_against_the_newest() -> None:
    # kb_peatland: WetWatch "begins with 40 sensors" and "now has 1,100 sensors": the
    # 1,100 of today is no "yes, more than that" to 100 sensors at the launch.
    from tests.kbpaths import KB_PEATLAND

    service = KnowledgeService(KB_PEATLAND)
    service.load()
    reply = render_text(service.engine.handle("was WetWatch launched with 100 sensors?"))
    assert "more than that" not in reply, reply


def test_a_no_is_never_drawn_past_a_newer_count_of_a_co_subject() -> None:
    # kb_coldchain: "the Alliance's SkyCold drones serve 240 clinics" (2023, about both),
    # then "SkyCold serves 365 clinics" (2026, about SkyCold alone): no "No: 240" to 300.
    from tests.kbpaths import KB_COLDCHAIN

    service = KnowledgeService(KB_COLDCHAIN)
    service.load()
    reply = render_text(service.engine.handle("has the alliance reached 300 clinics?"))
    assert not _lead(reply).startswith("**No"), reply


def test_a_membership_stated_as_grown_to_a_figure_counts_members() -> None:
    # kb_peatland: "the Network's membership has grown to 19 organisations" (2021) counts
    # its members; without it the 2017 founding figure (12) was the "newest" and a true
    # claim was answered "No".
    from tests.kbpaths import KB_PEATLAND

    service = KnowledgeService(KB_PEATLAND)
    service.load()
    reply = answered(service.engine, "did the network have 19 members in 2021?", "19")
    assert not _lead(reply).startswith("**No"), reply


def test_a_figure_claimed_for_one_place_is_not_checked_against_the_total() -> None:
    # kb_five: "more than 20,000 entrepreneurs in nine countries" is no "Yes, more than
    # that" to 10,000 trained in Kenya alone.
    service = KnowledgeService(KB_FIVE)
    service.load()
    reply = render_text(
        service.engine.handle("did the academy train 10,000 entrepreneurs in Kenya?")
    )
    assert "more than that" not in reply, reply


def test_who_used_to_run_a_ministry_is_its_earlier_minister(claims: Engine) -> None:
    # A ministry's top job is its minister (vocabulary.LEADER_TITLE_WORDS): Teodor VASKO
    # (ended 2022) before Mira OSTRAVA.
    reply = answered(claims, "who used to run the water ministry?", "Teodor VASKO", "Earlier")
    assert reply.index("Teodor VASKO") < reply.index("Mira OSTRAVA"), reply
