"""Kinds of metadata, publisher and partner wording from a twelfth set of real releases
(not in the repo), each as an invented release with what the draft must say.

The kinds: a site's navigation bar, or a heading in capitals over a list, is never a
dateline nor a wire marker; a date on a line of its own under the headline dates the
release before the story's opening day; a country's initials end a title-case
dateline; a common noun, a title-case headline, a country, a possessive's part or a
name inside a minister's portfolio is never taken for the publisher (None, with a note);
the publisher is the fullest form the story gives; "Department of X - Place (DX Place)"
defines the whole department, never cut at the place; companies listed with a legal form
the name reader did not know ("Sdn Bhd", "S.A. de C.V.") are each a party, whole; a
quoted acronym before its phrase is defined; a programme with its acronym inside its
name ("X (XP) Project") is one initiative, and a roadmap is a programme; a country is
never an organisation's alias; a release a minister announces ("..., Jane Doe, Minister
of X, has announced.") is the government's of the province it names most; a company's
arm with its country in brackets ("Acme Technologies (Velmora)") is a party, whole.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import Draft, build_draft
from bot.ingest.parties import country_arms
from bot.ingest.publisher import not_a_name
from bot.ingest.registry import Registry
from bot.ingest.words import is_country
from bot.kb.models import EntityKind


def test_a_navigation_bar_is_never_a_dateline_nor_a_wire() -> None:
    d = build_draft(
        "HOME    |    Members    |    Contact Us\n\n"
        "The Orrin Water Board and the Kestrel Canal Trust signed an agreement on canal"
        " data\n\n"
        "on 12 May 2017\n\n"
        "On 11 May 2017, the Orrin Water Board and the Kestrel Canal Trust signed an"
        " agreement to share canal data, said Ivo Lind, Chair of the Orrin Water Board.\n\n"
        "The two bodies will publish the data every month.\n"
    )
    city = d.meta.dateline.city if d.meta.dateline else None
    assert city not in {"Home", "HOME"}
    assert d.meta.publisher not in {"Members", "Contact Us"}
    assert d.meta.date == dt.date(2017, 5, 12)


def test_a_heading_in_capitals_over_a_list_is_no_dateline_city() -> None:
    d = build_draft(
        "Orrin Metals Signs Drilling MOU with Kestrel Drilling\n"
        "HIGHLIGHTS\n"
        "-\n"
        "MOU with Kestrel Drilling for early work at the Dunmar Project\n"
        "-\n"
        "Kestrel Drilling to provide cost estimates at its own cost\n"
        "Orrin Metals Limited (ASX: ORM) has entered a memorandum of understanding with"
        " Kestrel Drilling for early work at the Dunmar Project.\n"
        '"This is a strong partner," said Ivo Lind, managing director of Orrin Metals.\n',
        date=dt.date(2019, 10, 29),
    )
    assert d.meta.dateline is None or d.meta.dateline.city != "Highlights"


def test_a_dateline_whose_country_is_written_in_initials_is_read() -> None:
    d = build_draft(
        "date 2023-08-10 Velmont, UAE \u2013 The Kestrel Heritage Board today signed a"
        " memorandum of understanding with the Orrin Airline Group, forging a partnership"
        " that links Velmont and Orrin.\n\n"
        '"This brings visitors to Velmont," said Ivo Lind, Director of the Kestrel Heritage'
        " Board.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.facts and not d.facts[0][1].text.startswith("Velmont")


def _publisher_note(d: Draft) -> bool:
    return any("source.publisher" in w for w in d.meta.warnings)


def test_a_common_noun_capitalised_in_a_title_is_no_issuers_name() -> None:
    story = (
        "The signing was witnessed by Harbour and Industry Minister Ivo Lind.\n\n"
        "Orrin Robotics and Kestrel Data will work on industry policies and Industry 4.0."
    )
    assert not_a_name("Industry", story, "Orrin and Kestrel seal three memoranda")
    assert not_a_name("Orrin Robotics", story, "Orrin and Kestrel seal three memoranda") is None


def test_a_headline_in_title_case_is_never_the_publisher() -> None:
    d = build_draft(
        "Orrin Partnership for Canal Research Takes Shape; Two Schools Seek Staff\n\n"
        "May 28, 2009 \u2014 The creation of the Kestrel Centre for Canal Systems, a"
        " partnership among Orrin, the Dunmar Engineering School and Velmont College, will"
        " foster research.\n\n"
        "The partners have signed a research agreement for five years.\n"
    )
    assert d.meta.publisher is None or "Takes Shape" not in d.meta.publisher
    assert _publisher_note(d)


def test_a_country_iso_writes_another_way_is_a_country() -> None:
    # ("Russian Federation" in ISO 3166: a release writes "Russia", never its publisher.)
    assert is_country("Russia") and is_country("Brunei") and is_country("U.S.")
    assert not is_country("Orrin Robotics")


def test_a_name_inside_a_ministers_portfolio_is_never_the_publisher() -> None:
    d = build_draft(
        "A collaboration is taking Orrin's mining stories abroad, Ada Marren, Minister of"
        " Energy, Mines and Harbour Resources, has announced.\n\n"
        "Government and several exploration companies have created the Orrin Mining"
        " Alliance to promote mining abroad.\n",
        date=dt.date(2019, 1, 21),
    )
    assert d.meta.publisher != "Mines and Harbour Resources"
    assert _publisher_note(d)


def test_the_publisher_is_the_fullest_form_the_story_gives() -> None:
    d = build_draft(
        "Orrin Metals Signs Drilling MOU with Kestrel Drilling\n\n"
        "Orrin Metals and Kestrel Drilling to agree a formal contract\n\n"
        "Orrin Metals Limited (ASX: ORM) has entered a memorandum of understanding with"
        " Kestrel Drilling for early work at the Dunmar Project.\n\n"
        '"This is a strong partner," said Ivo Lind, managing director of Orrin Metals.\n',
        date=dt.date(2019, 10, 29),
    )
    assert d.meta.publisher == "Orrin Metals Limited"


def test_an_acronym_of_initials_and_a_place_names_the_whole_department() -> None:
    d = build_draft(
        "date 2023-08-10 Abu Qasran, UAE \u2013 The Department of Harbours and Trade - Abu"
        " Qasran (DHT Abu Qasran) today signed a memorandum of understanding with the Orrin"
        " Air Group, linking Abu Qasran and Orrin.\n\n"
        "The signing was attended by Ivo Lind, Director General of Trade at DHT Abu"
        " Qasran.\n"
    )
    whole = "Department of Harbours and Trade - Abu Qasran"
    entity = next((e for e in d.registry.entities.values() if e.name == whole), None)
    assert entity is not None and "DHT Abu Qasran" in entity.aliases
    assert d.meta.publisher == whole


def test_companies_listed_with_their_legal_form_are_each_a_party_whole() -> None:
    d = build_draft(
        "VELMONT, June 14, 2019 \u2014 Agencies and companies from Orrin and Kestrel sealed"
        " three agreements today.\n\n"
        "The agreements involve Q.R.S. Sdn Bhd and Dunmar Tower Development (M) Sdn Bhd;"
        " LT Fibre Sdn Bhd and Kestrel Harbour Optics Co Ltd; and Orrin Minerals, S.A. de"
        " C.V.\n"
    )
    assert {
        "Q.R.S. Sdn Bhd",
        "Dunmar Tower Development (M) Sdn Bhd",
        "LT Fibre Sdn Bhd",
        "Orrin Minerals, S.A. de C.V.",
    } <= {e.name for e in d.registry.entities.values()}
    assert "Sdn" not in {e.name for e in d.registry.entities.values()}


def test_a_quoted_acronym_before_its_spelled_out_phrase_is_defined() -> None:
    d = build_draft(
        "VELMONT, May 4, 2017 (Kestrel) -- Orrin Solar and the Dunmar Works will build"
        " plants in countries along the \u201cTWTR\u201d(Two Wheels Two Rails) plan.\n"
    )
    entity = next(
        (e for e in d.registry.entities.values() if e.name == "Two Wheels Two Rails"), None
    )
    assert entity is not None and "TWTR" in entity.aliases


def test_a_programme_with_its_acronym_inside_its_name_is_one_initiative() -> None:
    d = build_draft(
        "VELMONT, March 17, 2014 (Kestrel) -- The Orrin Hotel Association will work with"
        " Kestrel on the Zero-Waste Guest Houses (ZWGH) Project and on the Velmora Gas"
        " Roadmap.\n"
    )
    programme = next(
        (e for e in d.registry.entities.values() if e.name == "Zero-Waste Guest Houses Project"),
        None,
    )
    assert programme is not None and programme.kind == EntityKind.INITIATIVE
    assert "ZWGH" in programme.aliases
    assert "Zero-Waste Guest Houses" not in {e.name for e in d.registry.entities.values()}
    assert "Velmora Gas Roadmap" in {
        e.name for e in d.registry.entities.values() if e.kind == EntityKind.INITIATIVE
    }


def test_a_country_is_never_an_alias_of_a_company_named_after_it() -> None:
    registry = Registry(None)
    institute = registry.add(
        "Kenya Automotive, Robotics and Sensors Institute", EntityKind.ORGANIZATION
    )
    registry.add("Kenya", EntityKind.ORGANIZATION)
    assert "Kenya" not in registry.entities[institute].aliases


def test_a_release_a_minister_announces_is_the_provinces_government() -> None:
    d = build_draft(
        "A collaboration is taking the province's harbour stories abroad, Ada Marren,"
        " Minister of Harbours and Coasts, has announced.\n\n"
        "Government and several harbour companies from Nova Scotia have created the Coastal"
        " Harbour Alliance to promote Nova Scotia's harbours abroad.\n",
        date=dt.date(2019, 1, 21),
    )
    assert d.meta.publisher == "Government of Nova Scotia"
    assert _publisher_note(d)


def test_an_acronym_that_spells_a_common_word_may_be_the_publisher() -> None:
    story = "WHO and Velmora launch a pool, said the official who proposed it."
    assert not_a_name("WHO", story, "WHO and Velmora launch a pool") is None


def test_a_company_arm_with_its_country_in_brackets_is_a_party_whole() -> None:
    d = build_draft(
        "VELMONT, June 14, 2019 \u2014 Companies from Kenya and Peru sealed two agreements"
        " today.\n\n"
        "The agreements involve Dunmar Optics and Velt Technologies (Kenya); and Orrin"
        " Harbour and KESTREL (Peru).\n"
    )
    assert {"Velt Technologies (Kenya)", "KESTREL (Peru)"} <= {
        e.name for e in d.registry.entities.values()
    }
    assert country_arms("VELMONT (Kenya), 21 March 2019 - Text") == []
