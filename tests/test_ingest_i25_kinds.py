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


def test_a_state_adjective_before_a_title_then_its_division_with_no_comma() -> None:
    d = build_draft(
        "VELMONT, March 5, 2021 - The Central Secretary Fisheries Division, Arlo Venn and"
        " the heads of three ocean agencies signed a programme document on fish counts.\n\n"
        "Speaking on the occasion, the Central Secretary, Arlo Venn said, \u201cCounting"
        " well is the first step.\u201d\n"
    )
    assert roles(d, "Arlo Venn") == {("Central Secretary", "Fisheries Division")}
    assert speakers(d) == ["Arlo Venn"]


def test_a_region_over_several_comma_parts_stays_in_the_title() -> None:
    d = build_draft(
        "Orrin Cycles Ltd has signed on as the shirt sponsor of the Kestrel Rovers for three"
        " seasons.\n\n"
        "Mira Holt, vice president, Europe, Middle East & Africa (EMEA), Orrin Cycles,"
        " said, \u201cWe are proud to ride with the Rovers.\u201d\n"
    )
    assert roles(d, "Mira Holt") == {
        ("vice president, Europe, Middle East & Africa", "Orrin Cycles Ltd")
    }


def test_a_rank_after_its_service_and_a_name_then_its_organisation_in_lower_case() -> None:
    d = build_draft(
        "Kestrel Charts and the Orrin Hydrographic Agency (OHA) announce an alliance to"
        " improve national chart data.\n\n"
        "The agreement was signed in May by Velmar Navy Rear Admiral Tomas K. Rell, OHA"
        " director, and Ines Marrow, Kestrel Charts president. The alliance gives a"
        " framework for shared survey work.\n\n"
        "\u201cWe have worked with the OHA for twenty years,\u201d said Marrow.\n"
    )
    assert roles(d, "Tomas K. Rell") == {
        ("director", "Orrin Hydrographic Agency"),
        ("Rear Admiral", "Velmar Navy"),
    }
    assert roles(d, "Ines Marrow") == {("president", "Kestrel Charts")}
    assert speakers(d) == ["Ines Marrow"]


def test_a_word_that_only_dresses_titles_may_open_an_organisations_name() -> None:
    d = build_draft(
        "Court Judge and ferry partners meet\n\n"
        "High Court Judge Lena Morrow and Global Fund Director Ivo Rask opened the ferry"
        " archive on Friday.\n"
    )
    assert roles(d, "Lena Morrow") == {("Judge", "High Court")}
    assert roles(d, "Ivo Rask") == {("Director", "Global Fund")}


def test_a_french_quote_with_inner_marks_and_its_attribution_run_in_after_a_comma() -> None:
    d = build_draft(
        "Orrin Tyres and Kestrel Carbon partner to recover carbon from old tyres\n\n"
        "Orrin Tyres will take a 15% stake in Kestrel Carbon and build a plant with it.\n\n"
        "\u201cOld tyres are a mine,\u201d said Bo Ekdahl, chief executive of Kestrel Carbon.\n\n"
        '\u00ab The agreement we have signed with Kestrel Carbon fits our "Nothing Wasted"'
        " plan, says Lise Morvan-Teyssier, Materials Director at Orrin Tyres. After buying"
        " Velmont Powders in 2016, this is more proof of our commitment to recycling. \u00bb\n\n"
        "Talks go on between the two companies.\n"
    )
    texts = [q.text for _, q, _ in d.quotes]
    assert texts[1:] == [
        'The agreement we have signed with Kestrel Carbon fits our "Nothing Wasted" plan',
        "After buying Velmont Powders in 2016, this is more proof of our commitment to recycling.",
    ]
    # (The quote opens its paragraph, after another speaker's: the insert names its own.)
    assert speakers(d) == ["Bo Ekdahl", "Lise Morvan-Teyssier", "Lise Morvan-Teyssier"]
    assert roles(d, "Lise Morvan-Teyssier") == {("Materials Director", "Orrin Tyres")}


def test_a_title_of_state_keeps_its_state_and_is_held_in_the_government_named() -> None:
    d = build_draft(
        "Velmar to share flood maps with Ostria\n\n"
        "The Velmar government wants to share flood maps with its neighbours.\n\n"
        "The Hydrologist General of the Republic, Koffi Andrasse, said this on Monday in"
        " Port Orrin.\n"
    )
    assert roles(d, "Koffi Andrasse") == {
        ("Hydrologist General of the Republic", "Government of Velmar")
    }
    assert "Republic" not in names(d)


def test_a_former_post_in_lower_case_after_a_possessive_broken_at_a_line_end() -> None:
    d = build_draft(
        "The Orrin Music Society and the Velmont Symphony announce a three-year residency.\n\n"
        "The first concerts will feature music by the Velmont Symphony's former"
        " writer-in- residence Ivo Marsh, and by Brahms.\n"
    )
    person = next(e for e in d.registry.entities.values() if e.name == "Ivo Marsh")
    held = [(r.title, r.current) for r in d.registry.roles if r.entity == person.id]
    assert held == [("writer-in-residence", False)]
    assert roles(d, "Ivo Marsh") == {("writer-in-residence", "Velmont Symphony")}


def test_a_person_after_an_organisations_possessive_speaks_by_family_name() -> None:
    d = build_draft(
        "Harrow Mills and the Quill Bakery Guild launch a rye loaf\n\n"
        "Harrow Mills has launched a rye loaf with the Quill Bakery Guild's Marta Eskel,"
        " whose bakeries span three towns.\n\n"
        "\u201cRye is coming back,\u201d Eskel said. \u201cPeople want bread with"
        " character.\u201d\n"
    )
    assert "Marta Eskel" in names(d, EntityKind.PERSON)
    assert speakers(d) == ["Marta Eskel", "Marta Eskel"]
