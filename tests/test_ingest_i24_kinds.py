"""Kinds of wording from a blind set of real releases (arts bodies, furniture and
jewellery trade news, archives, IP offices; not in the repo), each as an invented
release with what the draft must say. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_title_for_a_company_written_without_its_legal_form() -> None:
    d = build_draft(
        "Garden brand Fernhollow Ltd. has teamed up with Quillon Corp. on a line of"
        " planters.\n\n"
        "\u201cThis suits our customers,\u201d said Mara Tovey, director of brand"
        " partnerships for Fernhollow.\n\n"
        "\u201cWe are glad to build it,\u201d said Odile Brask, head of product design for"
        " Quillon.\n"
    )
    assert roles(d, "Mara Tovey") == {("director of brand partnerships", "Fernhollow Ltd.")}
    assert roles(d, "Odile Brask") == {("head of product design", "Quillon Corp.")}


def test_title_ending_in_a_back_reference_to_the_one_ensemble_of_most_mentions() -> None:
    d = build_draft(
        "The Velmont Chamber Orchestra marked its new exchange with the Orrin Concert Hall"
        " by playing two concerts in April, one beside the Kestrel Youth Orchestra.\n\n"
        "\u201cWe came to listen as much as to play,\u201d said Irena Holt, director of"
        " touring and outreach of the orchestra.\n\n"
        "Founded in 1911, the Velmont Chamber Orchestra tours every year. The concerts were"
        " led by its music director Teodor Vasko.\n"
    )
    assert "Velmont Chamber Orchestra" in names(d, EntityKind.ORGANIZATION)
    assert roles(d, "Irena Holt") == {
        ("director of touring and outreach", "Velmont Chamber Orchestra")
    }
    assert roles(d, "Teodor Vasko") == {("music director", "Velmont Chamber Orchestra")}


def test_field_title_glued_before_a_name_is_one_title() -> None:
    d = build_draft(
        "The Orrin Philharmonic will tour Velmont in 2027. The tour will include"
        " concerts by the Philharmonic and Artistic Director Lisbet Maren in three"
        " cities.\n"
    )
    assert roles(d, "Lisbet Maren") == {("Artistic Director", "Orrin Philharmonic")}
    assert "Artistic" not in names(d)


def test_acronym_used_without_definition_is_the_alias_of_its_initials() -> None:
    d = build_draft(
        "The Kestrel Choral Guild of Orrin University and the Velmont Opera House have"
        " announced a three-year partnership.\n\n"
        "\u201cKCG has sung here for decades,\u201d says Pavel Ostrom, Chair of KCG.\n"
    )
    guild = next(
        e for e in d.registry.entities.values() if e.name.startswith("Kestrel Choral Guild")
    )
    assert "KCG" in guild.aliases
    assert "KCG" not in names(d)
    assert roles(d, "Pavel Ostrom") == {("Chair", guild.name)}


def test_national_office_named_after_its_country_before_a_name() -> None:
    d = build_draft(
        "SANTIAGO, March 3, 2025 - The Chilean Records and Archives Service and the Orrin"
        " Heritage Trust have signed an agreement on the care of old maps.\n\n"
        "In signing it, Archivist of Chile Hanna Lorr said, \u201cThe maps will be safe"
        " for another century.\u201d\n"
    )
    assert "Hanna Lorr" in names(d, EntityKind.PERSON)
    assert roles(d, "Hanna Lorr") == {
        ("Archivist of Chile", "Chilean Records and Archives Service")
    }


def test_national_office_after_a_name_in_lower_case() -> None:
    d = build_draft(
        "NAIROBI, June 9, 2024 - The Mara Land Survey Board and Velmont Geodata today"
        " announced a mapping agreement.\n\n"
        "\u201cGood maps make good roads,\u201d said Jomo Tala, surveyor of Kenya.\n"
    )
    assert roles(d, "Jomo Tala") == {("surveyor of Kenya", "Mara Land Survey Board")}


def test_person_after_a_list_of_occupations_with_their_fields_speaks_by_family_name() -> None:
    d = build_draft(
        "Orrin Silverworks announces a partnership with famed garden and interior"
        " stylist, flower consultant, and radio personality Petra Vell, to show its new"
        " tableware.\n\n"
        "\u201cPetra knows how people set a table,\u201d says Orrin Silverworks chief"
        " executive Aldo Brin.\n\n"
        "\u201cI have loved their spoons for years,\u201d says Vell.\n"
    )
    assert "Petra Vell" in names(d, EntityKind.PERSON)
    assert speakers(d) == ["Aldo Brin", "Petra Vell"]


def test_a_body_written_by_its_two_leading_words_is_the_headlines_issuer() -> None:
    d = build_draft(
        "Velmont Archives and KMA Sign MOU on Old Maps\n\n"
        "Orrin City, VT - The Velmont Archives and Records Office (VARO) announced today that it"
        " has signed a memorandum of understanding with the Kestrel Mapping Agency (KMA).\n\n"
        "The MOU lets the Velmont Archives scan maps the KMA holds.\n"
    )
    office = next(
        e for e in d.registry.entities.values() if e.name == "Velmont Archives and Records Office"
    )
    assert "Velmont Archives" in office.aliases
    assert d.meta.publisher == "Velmont Archives and Records Office"


def test_a_few_quoted_words_closing_reported_speech_are_the_speakers() -> None:
    d = build_draft(
        "The Velmont Chamber Orchestra played in Orrin on May 2.\n\n"
        "\u201cWe love touring,\u201d said Anna Brisk-Holm, its music director.\n\n"
        "The orchestra has toured for forty years.\n\n"
        "Brisk-Holm said that the aim of an orchestra today is to \u201cmake music for"
        " everyone\u201d. To do so, the orchestra plays free concerts.\n"
    )
    assert [(q.text, s) for q, s in zip((x[1] for x in d.quotes), speakers(d), strict=True)][
        -1
    ] == (
        "make music for everyone",
        "Anna Brisk-Holm",
    )


def test_an_undefined_acronym_that_is_not_the_exact_initials_stays_apart() -> None:
    # Negative of the acronym rule above: "THPS" is not the initials of the Tarrow
    # Harbour Pilots Association (THPA), nor "THPAC", so neither becomes its alias.
    d = build_draft(
        "The Tarrow Harbour Pilots Association and the Fennick Ferry Line have announced"
        " a two-year pilotage agreement.\n\n"
        "\u201cTHPS has guided ships here for a century,\u201d says Ilse Marrow, Chair of"
        " THPS.\n\n"
        "The THPAC will meet the ferry line in June.\n"
    )
    association = next(
        e for e in d.registry.entities.values() if e.name == "Tarrow Harbour Pilots Association"
    )
    assert not {"THPS", "THPAC"} & set(association.aliases)
    assert roles(d, "Ilse Marrow") != {("Chair", association.name)}


def test_a_two_word_short_name_does_not_absorb_a_body_it_begins() -> None:
    # Negative of the two-leading-words rule above: "Orrin University" is a body of its
    # own beside the "Orrin University Hospital Trust", never the trust's short name.
    d = build_draft(
        "Orrin University Hospital Trust and Orrin University Open a Sleep Clinic\n\n"
        "Velmont, VT - The Orrin University Hospital Trust announced today that it will"
        " open a sleep clinic with Orrin University, whose medical school will staff it.\n\n"
        "Orrin University will train twelve nurses for the clinic.\n"
    )
    trust = next(
        e for e in d.registry.entities.values() if e.name == "Orrin University Hospital Trust"
    )
    assert "Orrin University" not in trust.aliases
    assert "Orrin University" in names(d, EntityKind.ORGANIZATION)
