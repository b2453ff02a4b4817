"""Kinds of wording from a blind set of real releases (trade-press and news excerpts,
mostly without a dateline; not in the repo), each as an invented release with what the
draft must say about quote speakers and roles. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.titles import split_title_org
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_the_country_an_envoy_is_posted_to_is_no_word_of_the_speakers_name() -> None:
    d = build_draft(
        "Kestrel Survey and the Orrin Mapping Office sign data agreement\n\n"
        "Kestrel Survey and the Orrin Mapping Office on Tuesday in Ravella signed a"
        " three-year agreement on shared map data.\n\n"
        "\u201cMaps are the roads before the roads,\u201d Peruvian Ambassador to Norway"
        " Talia Breck said. \u201cThat is why we share them.\u201d\n"
    )
    assert "Norway Talia Breck" not in names(d)
    assert speakers(d) == ["Talia Breck", "Talia Breck"]


def test_a_capitalised_occupation_before_a_name_styles_a_person() -> None:
    d = build_draft(
        "Tamsin Vale Cellars teams up with Sarrow\n\n"
        "Tamsin Vale Cellars has released a new rose, Sarrow Summer, made in partnership"
        " with Chef Ilario Sarrow, whose bistros include one in old Velmont.\n\n"
        "\u201cWe have cooked with their wines for years,\u201d Sarrow said. \u201cThis one"
        " is for the terrace.\u201d\n\n"
        "\u201cThe rose came first, then the menu,\u201d Chef Sarrow said.\n"
    )
    assert "Ilario Sarrow" in names(d, EntityKind.PERSON)
    assert "Chef Ilario Sarrow" not in names(d)
    assert speakers(d) == ["Ilario Sarrow"] * 3


def test_an_envoy_received_by_a_title_holder_and_he_said_after_a_title_alone() -> None:
    d = build_draft(
        "Velmar to work with Ostria on river gauges\n\n"
        "Velmar News Service\n\n"
        "The government wants to share river gauge data with friendly countries.\n\n"
        "The Chief Hydrologist of Velmar, Koffi Andrasse, said this on Monday when he"
        " received the Kenyan High Commissioner to Ghana, Per Lindqvist in his office.\n\n"
        "The Chief Hydrologist said the office would share gauge readings every hour.\n\n"
        "\u201cWe have trained with their engineers before and want to do so again,\u201d"
        " he said.\n\n"
        "In his response, the Kenyan High Commissioner said the aim of the visit was to"
        " start a joint flood desk.\n\n"
        "He said forecasting and training are where both countries could work together.\n\n"
        "\u201cWe are ready to start next month and the draft memorandum will be signed"
        " soon\u201d he stated.\n"
    )
    assert "Per Lindqvist" in names(d, EntityKind.PERSON)
    assert roles(d, "Per Lindqvist") == {
        ("Kenyan High Commissioner to Ghana", "Government of Kenya")
    }
    assert speakers(d) == ["Koffi Andrasse", "Per Lindqvist"]


def test_a_word_that_dresses_titles_inside_an_organisations_name_stays_in_it() -> None:
    assert split_title_org("Velmont High School Principal") == ("Principal", "Velmont High School")
    assert split_title_org("Orrin Global Fund Director") == ("Director", "Orrin Global Fund")
    assert split_title_org("Kenyan High Commissioner")[0] == "High Commissioner"
