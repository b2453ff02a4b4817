"""Kinds of people, titles and speakers from an eleventh set of real releases (not in
the repo), each as an invented release with what the draft must say.

Styles of several words before a name ("Tan Sri", "Dato' Seri", a bracketed "(Dr)"), a
speaker called by the given names of a name that has no family name, and two
"Title, Name" pairs joined by "and". The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from tests.draftroles import roles_of as _roles


def _people(d: Draft) -> set[str]:
    return {e.name for e in d.registry.entities.values() if str(e.kind) == "person"}


def _speaker(d: Draft, start: str) -> str:
    ents = d.registry.entities
    return next(ents[q.speaker].name for _, q, _ in d.quotes if q.text.startswith(start))


def test_a_style_of_several_words_is_no_part_of_the_name() -> None:
    d = build_draft(
        "Orrin Port Authority and Kestrel Energy Berhad sign supply agreement\n\n"
        "VELMONT, March 3, 2024 -- The Orrin Port Authority signed a gas supply agreement"
        " with Kestrel Energy Berhad on Friday.\n\n"
        "The signing was witnessed by Kestrel Energy Chairman, Puan Sri Datin Paduka Nura"
        " Aziz Kamal, and Orrin Port Authority Chief Executive, Datuk Seri Idris Malek"
        " Osman.\n\n"
        "The Velmont Trust Chairman, Tan Sri (Dr) Ali Rahman Yusof, was also there.\n"
    )
    assert {"Nura Aziz Kamal", "Idris Malek Osman", "Ali Rahman Yusof"} <= _people(d)
    assert not any("Sri" in p or "Paduka" in p for p in _people(d))
    # ("Kestrel Energy" is "Kestrel Energy Berhad": a legal form aside, one company.)
    assert ("Nura Aziz Kamal", "Chairman", "Kestrel Energy Berhad") in _roles(d)
    assert ("Ali Rahman Yusof", "Chairman", "Velmont Trust") in _roles(d)


def test_a_speaker_called_by_the_given_names_of_a_longer_name() -> None:
    d = build_draft(
        "Orrin Port Authority and Kestrel Energy Berhad sign supply agreement\n\n"
        "VELMONT, March 3, 2024 -- The Orrin Port Authority signed a gas supply agreement"
        " with Kestrel Energy Berhad on Friday.\n\n"
        "The signing was witnessed by Kestrel Energy Chairman, Nura Aziz Kamal.\n\n"
        'Speaking at the ceremony, Puan Sri Nura Aziz said, "This agreement gives the port'
        ' the gas it needs for the next decade."\n'
    )
    assert _speaker(d, "This agreement gives") == "Nura Aziz Kamal"
    assert "Nura Aziz" not in _people(d)


def test_two_title_then_name_pairs_joined_by_and() -> None:
    d = build_draft(
        "Velmar and Ostria agree on ferry links\n\n"
        "VELMONT, March 3, 2024 -- Velmar and Ostria agreed on Friday to open two ferry"
        " links.\n\n"
        "The agreement was signed in the presence of Velmar Chief Minister, Idris Malek"
        " Osman Rahim Tahir and OSTRA Chairman, Nura Aziz Kamal.\n"
    )
    assert any(p == "Nura Aziz Kamal" and t == "Chairman" for p, t, _ in _roles(d))


def test_a_list_of_title_then_name_pairs_and_a_title_after_with() -> None:
    d = build_draft(
        "Ostria Shipping and Kestrel Ferries sign port agreement\n\n"
        "VELMONT, March 3, 2024 -- Ostria Shipping (OSH) and Kestrel Ferries (KFE) signed"
        " a port agreement on Friday.\n\n"
        "The Chief Executive Officer of OSH, Ali Rahim, exchanged the agreement with KFE's"
        " Managing Director, Hana Bakri, at the Grand Hotel.\n\n"
        "It was witnessed by Vice President of Ostria Shipping, Tom Vale, Kestrel Ferries' Chairman of"
        " the Board, Ida Lorne, and Director of the Velmont Planning Unit, Sam Orr.\n"
    )
    roles = {(p, t, o) for p, t, o in _roles(d)}
    assert ("Hana Bakri", "Managing Director", "Kestrel Ferries") in roles
    assert ("Ida Lorne", "Chairman of the Board", "Kestrel Ferries") in roles
    # The title between two names is still the next name's, not the one before.
    assert not any(p == "Tom Vale" and "Chairman" in t for p, t, _ in roles)


def test_an_honorific_ends_the_portfolio_and_a_shorter_name_is_the_same_person() -> None:
    d = build_draft(
        "Ostria and Velmar sign trade plan\n\n"
        "VELMONT, March 3, 2024 -- Ostria and Velmar signed a trade plan on Friday.\n\n"
        "It was signed by Minister of Coastal Affairs Sheikh Hamad Nasser Al-Khalid"
        " Al-Tamim and Velmar's trade envoy, Lin Ora.\n\n"
        "Sheikh Hamad Nasser Al-Tamim also signed a port agreement with Lin Ora.\n"
    )
    assert ("Hamad Nasser Al-Khalid Al-Tamim", "Minister of Coastal Affairs", None) in _roles(d)
    # The second mention leaves out a middle name: the person named in full, not another.
    assert not any(
        p.startswith("Hamad") and p != "Hamad Nasser Al-Khalid Al-Tamim" for p in _people(d)
    )


def test_a_name_with_and_inside_is_one_when_its_acronym_spells_both_halves() -> None:
    d = build_draft(
        "Velmar Rail and Harbour Corp. and Ostria Cables Co. form an alliance\n\n"
        "VELMONT, March 3 (Orrin Wire)--Velmar Rail and Harbour Corp. <4411> and Ostria"
        " Cables Co. <7702> said Thursday they agreed to form an alliance on port"
        " logistics.\n\n"
        "Under the deal, VRH will buy a stake of 5 pct in Ostria Cables.\n\n"
        '"We have found a reliable partner," VRH President Ada Marren told reporters.\n'
    )
    orgs = {e.name: e.aliases for e in d.registry.entities.values() if str(e.kind) != "person"}
    assert "VRH" in orgs.get("Velmar Rail and Harbour Corp.", [])
    assert "Velmar Rail" not in orgs and "Harbour Corp." not in orgs
    assert ("Ada Marren", "President", "Velmar Rail and Harbour Corp.") in _roles(d)


def test_a_speaker_after_a_portfolio_that_runs_into_the_name() -> None:
    d = build_draft(
        "Orrin Trade Agency and the Kestrel Islands Forum sign agreement\n\n"
        "VELMONT, March 3, 2024 -- The Orrin Trade Agency (OTA) and the Kestrel Islands"
        " Forum signed an agreement on green trade.\n\n"
        "OTA Head of Market Access and Fisheries Ada Marren stated: \u201cThe agreement opens"
        " new markets for island producers.\u201d\n"
    )
    assert _speaker(d, "The agreement opens") == "Ada Marren"
    assert not any("Fisheries" in p for p in _people(d))


def test_the_owner_of_a_unit_in_a_title_and_a_clause_after_an_organisation() -> None:
    d = build_draft(
        "Velmar Freight and Ostria Lines sign shipping agreement\n\n"
        "VELMONT, March 3, 2024 -- Velmar Freight Corp. and Ostria Lines Corp. signed a"
        " shipping agreement on Friday.\n\n"
        "The picture shows Ada Marren (Left), director of Velmar Freight Corp.'s northern"
        " operations, and Tom Vale, chairman of Ostria Lines Corp. shake hands after"
        " signing the agreement.\n"
    )
    roles = _roles(d)
    assert ("Ada Marren", "director of northern operations", "Velmar Freight Corp.") in roles
    assert ("Tom Vale", "chairman", "Ostria Lines Corp.") in roles


def test_a_name_split_at_its_and_after_the_is_whole_again() -> None:
    d = build_draft(
        "Orrin and Velmar sign port plan\n\n"
        "VELMONT, March 3, 2024 -- The Orrin Ministry of Ports signed a plan with the"
        " Coastal Planning and Harbour Works Commission of Velmar on Friday.\n\n"
        "The plan was signed by Ada Marren, Chair of the Coastal Planning and Harbour"
        " Works Commission.\n\n"
        "The Orrin Ministry of Ports and Velmar Shipping will also work together.\n"
    )
    orgs = {e.name for e in d.registry.entities.values() if str(e.kind) != "person"}
    assert "Coastal Planning and Harbour Works Commission" in orgs
    assert "Coastal Planning" not in orgs and "Harbour Works Commission" not in orgs
    assert any(
        p == "Ada Marren" and o == "Coastal Planning and Harbour Works Commission"
        for p, _, o in _roles(d)
    )
    # Two names each with its head word stay two.
    assert "Orrin Ministry of Ports" in orgs
