"""Kinds of speakers, titles and datelines from a thirteenth set of real releases (not
in the repo), each as an invented release with what the draft must say.

Speech marked with a dash instead of quote marks, a speaker named by a possessive and a
family name ("Acme's Doe said"), a title glued to an acronym and a region, styles of
address before a name, and an agency signing the dateline bare after the date. The real
releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from tests.draftroles import roles_of as _roles


def _speakers(d: Draft) -> dict[str, str | None]:
    """Each quote's opening words (30 characters) and its speaker's name."""
    ents = d.registry.entities
    return {
        q.text[:30]: (ents[q.speaker].name if q.speaker in ents else None) for _, q, _ in d.quotes
    }


_DASHED = (
    "Four aid groups get new framework agreements\n\n"
    "The Velmont Aid Directorate has signed four framework agreements with national aid"
    " groups, including the Orrin Relief Society and Kestrel Mission.\n"
    "– These agreements let our partners plan for years rather than months, and that is"
    " what people in a crisis need most, says Ola Berg, Head of Emergency Response at the"
    " Velmont Aid Directorate.\n"
    "– We will publish the results every year, so that anyone can follow the money.\n"
    "The framework is worth 40 million a year.\n"
)


def test_speech_after_a_dash_is_a_quote_of_the_person_after_says() -> None:
    d = build_draft(_DASHED)
    speakers = _speakers(d)
    assert speakers.get("These agreements let our partn") == "Ola Berg"
    # The dashed paragraph right after it, with no attribution, goes on with her.
    assert speakers.get("We will publish the results ev") == "Ola Berg"
    assert (
        "Ola Berg",
        "Head of Emergency Response",
        "Velmont Aid Directorate",
    ) in _roles(d)


def test_a_dash_that_opens_narrative_is_no_quote() -> None:
    d = build_draft(
        "Orrin Ferries adds two routes\n\n"
        "ORRIN, March 3, 2024 -- Orrin Ferries Ltd will add two routes in May.\n"
        "- The first route links Orrin with Kestrel Bay three times a day.\n"
        "- The second route runs at night, the company said.\n"
    )
    assert d.quotes == []


_POSSESSIVE = (
    "Carmakers and a utility team up on chargers\n\n"
    "ORRIN, March 4, 2024 -- Kestrel Motors Corp. and Velmont Power Co. said Monday they"
    " will standardise fast chargers for electric cars.\n"
    "''Chargers have to work the same everywhere,'' Kestrel Motors Executive Officer"
    " Jiro Tanabe told reporters.\n"
    "Velmont Power plans to buy 40 chargers this year.\n"
    "''We want the chargers to cost less, so that more drivers can use them,'' Kestrel's"
    " Tanabe said.\n"
)


def test_a_speaker_named_by_a_possessive_and_a_family_name_is_that_person() -> None:
    d = build_draft(_POSSESSIVE)
    assert _speakers(d).get("We want the chargers to cost l") == "Jiro Tanabe"
    assert not any("Kestrel's" in e.name or "Kestrel’s" in e.name for e in d.new_entities)


def test_a_title_glued_to_an_acronym_and_a_region_stops_before_them() -> None:
    d = build_draft(
        "University and ORBITEC agree on research\n\n"
        "ORRIN, May 25, 2022 /PRNewswire/ -- Orrin University of Science and ORBITEC signed"
        " a memorandum of understanding on research.\n"
        "The agreement was signed by Mary Stone, Provost of Orrin University of Science, and"
        " Karim Haddad, Regional Director ORBITEC North and West Africa.\n"
    )
    titles = {(p, t, o) for p, t, o in _roles(d) if p == "Karim Haddad"}
    assert titles and all(t == "Regional Director" for _, t, _ in titles), titles
    assert all(o is not None and o.startswith("ORBITEC") for _, _, o in titles), titles


def test_styles_of_address_before_a_name_are_not_the_name() -> None:
    d = build_draft(
        "Velmont and Orrin fund a new bridge\n\n"
        "ORRIN, July 29, 2021 /CNW/ - The governments of Velmont and Orrin announced funding"
        " for a new bridge.\n"
        "Today, His Worship Tom Keats, Mayor of the Town of Orrin Cove, and Jane Doe, chargé"
        " d'affaires of the Velmont Embassy in Orrin, announced the funding.\n"
    )
    roles = _roles(d)
    names = {e.name for e in d.new_entities}
    assert "Tom Keats" in names
    assert any(p == "Tom Keats" and t == "Mayor" for p, t, _ in roles), roles
    assert any(p == "Jane Doe" and "affaires" in t for p, t, _ in roles), roles


def test_an_agency_signing_the_dateline_bare_after_the_date_is_the_publisher() -> None:
    d = build_draft(
        "Three carmakers agree on charger standard\n\n"
        "ORRIN, Velmont, Aug. 5 Kyodo - Three carmakers said Wednesday they will agree on a"
        " common standard for chargers of electric vehicles.\n"
    )
    assert d.meta.publisher == "Kyodo"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Orrin"


def test_a_document_kind_in_the_wire_position_is_no_publisher() -> None:
    d = build_draft(
        "Agency and charity join forces\n\n"
        "ORRIN, November 17, 2011 (press release) – The Velmont Food Agency and Kestrel Aid"
        " are joining forces on food security.\n"
    )
    assert d.meta.publisher != "press release"


def test_a_company_by_its_name_without_the_legal_form_is_no_person() -> None:
    d = build_draft(
        "Velmont Rail signs works agreement\n\n"
        "KESTREL, Dec 21 \u2014 Velmont Rail Sdn Bhd has signed a memorandum of understanding"
        " with Orrin Link Sdn Bhd on the rail project.\n"
        "In a statement, Velmont Rail said the works will start in May.\n"
        "\u201cThe agreement today is a stepping stone for all parties in the project,\u201d"
        " he said.\n"
    )
    people = {e.name for e in d.registry.entities.values() if str(e.kind) == "person"}
    assert "Velmont Rail" not in people
    # "he" is a person: never the company named last.
    assert all(
        q.speaker is None or str(d.registry.entities[q.speaker].kind) == "person"
        for _, q, _ in d.quotes
    )


def test_a_speaker_with_a_glued_title_and_where_they_spoke_from_is_read() -> None:
    d = build_draft(
        "Two harbours sign a partnership\n\n"
        "ORRIN, June 6, 2013 -- The Harbour of Orrin and the Kestrel Harbour Board signed a"
        " memorandum of understanding.\n"
        "\u201cWe have worked closely with the Kestrel Harbour Board for years,\u201d said"
        " Harbour Managing Director Ruth Calder from the Orrin Trade Fair. \u201cThis"
        " agreement makes that work formal and I expect it to help both harbours.\u201d\n"
    )
    speakers = _speakers(d)
    assert speakers.get("We have worked closely with th") == "Ruth Calder"
    assert speakers.get("This agreement makes that work") == "Ruth Calder"


def test_a_signer_with_a_title_after_the_name_is_a_person_not_a_party() -> None:
    d = build_draft(
        "Kestrel Motor signs hydrogen pact with Velmont Oil\n\n"
        "ORRIN, June 26 (Yonhap) -- Kestrel Motor Co. said Wednesday it has signed an initial"
        " pact with Velmont Oil to cooperate on hydrogen.\n"
        "On Tuesday, Kestrel Motor Executive Vice Chairman Park Jinwoo signed a memorandum of"
        " understanding with Omar B. Al-Na'imi, senior vice president of field operations"
        " at Velmont Oil, to seek a partnership in hydrogen energy.\n"
    )
    kinds = {e.name: str(e.kind) for e in d.registry.entities.values()}
    assert kinds.get("Omar B. Al-Na'imi") == "person", kinds
    assert (
        "Omar B. Al-Na'imi",
        "senior vice president of field operations",
        "Velmont Oil",
    ) in _roles(d)


def test_its_title_before_a_name_is_held_at_the_sentence_s_subject() -> None:
    d = build_draft(
        "Orrin Works signs rail memorandum\n\n"
        "KESTREL, Dec 21 \u2014 Orrin Works Sdn Bhd has signed a memorandum of understanding"
        " with Velmont Rail Link Sdn Bhd and the Kestrel State Development Corporation.\n"
        "Under the MoU, Orrin Works will advise Velmont Rail Link and the Kestrel State"
        " Development Corporation on local permits, said its chairman Dato Ivan Sulaiman"
        " Rahim.\n"
    )
    assert ("Ivan Sulaiman Rahim", "chairman", "Orrin Works Sdn Bhd") in _roles(d)


def test_a_possessive_of_a_group_of_people_is_a_word_of_the_name() -> None:
    d = build_draft(
        "Orrin signs aid agreements with five groups\n\n"
        "The groups are the Orrin Refugee Board, the Orrin Red Cross, Orrin Women\u2019s Aid"
        " and Save the Kestrel. The agreements are run by the Orrin Aid Agency.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert "Orrin Women\u2019s Aid" in names
    assert "Aid" not in names
