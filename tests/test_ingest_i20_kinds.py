"""Kinds of quote, role, partner and metadata wording from a twentieth set of real
releases (not in the repo: forestry, packaging, standards bodies, heritage, fire
services, publishing), each as an invented release in other wording, with what the draft
must say. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from tests.draftviews import names, roles, speakers


def _aliases(d: Draft, name: str) -> list[str]:
    return next(e.aliases for e in d.registry.entities.values() if e.name == name)


def _quote_speaker(d: Draft, opening: str) -> str | None:
    label = {e.id: e.name for e in d.registry.entities.values()}
    return next(
        (label.get(q.speaker or "") for _, q, _ in d.quotes if q.text.startswith(opening)),
        None,
    )


def test_a_political_style_before_a_family_name_is_the_person_named_in_full() -> None:
    d = build_draft(
        "Orrin Harbour Board and Velmont Ferries agree on a night service\n\n"
        "3 March 2021\n\n"
        "The Orrin Harbour Board and Velmont Ferries have agreed to run a night ferry.\n\n"
        "Rep. Tamsin Yardley (Orrin North) and Cllr Oswin Farrow (Velmont) signed the"
        " agreement at the harbour office.\n\n"
        "Cllr Farrow said, \u201cA night crossing is what our islanders asked for.\u201d\n\n"
        "Rep. Yardley said, \u201cWe will review the timetable after the first winter.\u201d\n"
    )
    assert _quote_speaker(d, "A night crossing") == "Oswin Farrow"
    assert _quote_speaker(d, "We will review") == "Tamsin Yardley"
    assert not {"Cllr Farrow", "Rep. Yardley", "Farrow", "Yardley"} & names(d)


def test_a_pull_quote_is_the_persons_whose_name_is_printed_under_it() -> None:
    d = build_draft(
        "Velmont Ferries joins the Orrin ticket scheme\n\n"
        "3 March 2021\n\n"
        "Velmont Ferries has joined the Orrin ticket scheme run by the Orrin Harbour Board.\n\n"
        "\u201cOne ticket for the bus and the boat is the simplest thing we can offer our"
        " passengers.\u201d\n\n"
        "Dr Quillan\n\n"
        "The scheme was launched by Dr Maren Quillan, who chairs the Orrin Harbour Board,"
        " at the ferry terminal on Monday.\n"
    )
    assert _quote_speaker(d, "One ticket for the bus") == "Maren Quillan"
    assert speakers(d) == ["Maren Quillan"]
    assert not any("no speaker found" in w for w in d.warnings)


def test_two_long_names_joined_by_and_split_where_each_has_its_own_acronym() -> None:
    d = build_draft(
        "Harbour pilots and ferry operators talk of a merger\n\n"
        "VELMONT, March 3, 2021 - Members met on Monday to discuss merging the Velmont Guild"
        " of Harbour Pilots and Orrin Ferry Operators of Arden into one body.\n\n"
        "A joint committee of VGHP and OFOA members will report by the summer.\n\n"
        "Ada Quell and Ivo Marren, who are the current chairs of OFOA and VGHP respectively,"
        " will lead the committee.\n"
    )
    found = names(d)
    assert {"Velmont Guild of Harbour Pilots", "Orrin Ferry Operators of Arden"} <= found
    assert not any(" and Orrin" in n for n in found)
    assert "VGHP" in _aliases(d, "Velmont Guild of Harbour Pilots")
    assert "OFOA" in _aliases(d, "Orrin Ferry Operators of Arden")
    assert roles(d, "Ada Quell") == {("chair", "Orrin Ferry Operators of Arden")}
    assert roles(d, "Ivo Marren") == {("chair", "Velmont Guild of Harbour Pilots")}


def test_a_relative_clause_in_the_past_is_never_a_title() -> None:
    d = build_draft(
        "Velmont Guild and Orrin Ferry Operators merge\n\n"
        "VELMONT, March 3, 2021 - The Velmont Guild and the Orrin Ferry Operators merged"
        " today.\n\n"
        "Ada Quell and Ivo Marren, who were the chairs of the Velmont Guild and the Orrin"
        " Ferry Operators respectively, will sit on the new board.\n"
    )
    assert not [r.title for r in d.registry.roles if r.title.lower().startswith("who")]


def test_a_family_name_that_is_a_head_word_after_an_honorific_and_before_a_title() -> None:
    d = build_draft(
        "Kestrel Press opens its archive to libraries\n\n"
        "June 2, 2016\n\n"
        "The academic publisher Kestrel Press will open its journal archive to libraries.\n\n"
        "\u201cLibraries have waited long enough for this. We are glad to open it,\u201d says"
        " Prof. Ilse Bank, Chief Executive of Kestrel Press.\n"
    )
    assert _quote_speaker(d, "Libraries have waited") == "Ilse Bank"
    assert roles(d, "Ilse Bank") == {("Chief Executive", "Kestrel Press")}
    assert not {"Prof. Ilse Bank", "Ilse Bank"} & {
        e.name for e in d.registry.entities.values() if e.kind.value != "person"
    }


def test_titles_after_a_name_that_hold_their_organisation_or_country() -> None:
    d = build_draft(
        "Ostria, Velmora sign joint museum agreement\n\n"
        "ARDEN, May 4 (Kestrel News) -- Ostria and Velmora Tuesday signed an agreement to"
        " restore an old fortress near Arden.\n\n"
        "Ivo Lind, Ostria's deputy minister of trade and head of the Ostrian Monuments"
        " Administration, and Ada Quell, Velmoran heritage minister, attended the signing.\n"
    )
    assert roles(d, "Ivo Lind") >= {("head", "Ostrian Monuments Administration")}
    assert roles(d, "Ada Quell") == {("heritage minister", "Velmora")}
    assert {"Ostria", "Velmora"} <= names(d)
    assert not any(n.endswith("Tuesday") for n in names(d))


def test_an_acronym_spelt_from_accented_letters_is_linked_to_its_long_name() -> None:
    d = build_draft(
        "Kestrel Standards signs with a national standards body\n\n"
        "Kestrel Standards has signed a memorandum with the national standards body of"
        " Velmont.\n\n"
        "Ada Quell, president of Fédération Velmontaise de Normalisation (FEVNOR), signed"
        " the memorandum. FEVNOR brings together companies and the government.\n"
    )
    assert "FEVNOR" in _aliases(d, "Fédération Velmontaise de Normalisation")
    assert "FEVNOR" not in names(d)


def test_a_name_that_opens_with_a_digit_is_a_party() -> None:
    d = build_draft(
        "Kestrel Mills joins 7harbours to cut plastic in shipping\n\n"
        "OSLO, March 3, 2020 /PRNewswire/ -- Kestrel Mills has joined a shipping coalition"
        " called 7harbours. The 7harbours coalition was formed by the Orrin Ports Association"
        " to replace plastic wrap on cargo.\n\n"
        "The ships will run 5km trials in their 20th season.\n"
    )
    assert "7harbours" in names(d)
    assert not {"5km", "20th"} & names(d)


def test_a_city_and_country_dateline_with_a_colon_and_no_date_is_the_dateline() -> None:
    for mark in (":", " \u2013"):
        d = build_draft(
            "Velmont timber firms sign deals at a trade fair\n\n"
            "March 25, 2022\n\n"
            f"Muscat, Oman{mark} The Velmont Timber Council (VTC) announced nine agreements"
            " signed at the fair.\n\n"
            "\u201cWe are glad,\u201d said Ada Quell, CEO, VTC.\n"
        )
        assert d.meta.dateline is not None and d.meta.dateline.city == "Muscat"
        assert d.meta.publisher not in {"Oman", "Muscat"}


def test_a_name_written_with_an_ampersand_answers_to_and() -> None:
    d = build_draft(
        "Velmont Ferry & Harbour Service signs with the Orrin R&D Institute\n\n"
        "VELMONT, March 3, 2021 - The Velmont Ferry & Harbour Service and the Orrin R&D"
        " Institute signed an agreement to test electric ferries.\n"
    )
    assert "Velmont Ferry and Harbour Service" in _aliases(d, "Velmont Ferry & Harbour Service")
    assert not any(" and D" in a for e in d.registry.entities.values() for a in e.aliases)


def test_a_guarantee_named_after_its_one_owner_is_a_programme_of_the_issuer() -> None:
    d = build_draft(
        "The Kestrel Press Reader Guarantee: Safe Access for Libraries\n\n"
        "June 2, 2016\n\n"
        "After a distributor closed, the academic publisher Kestrel Press has set up the"
        " Kestrel Press Reader Guarantee. The guarantee keeps journals available to"
        " libraries even if a distributor fails.\n\n"
        "\u201cLibraries need certainty,\u201d says Ada Quell, Managing Director of Kestrel"
        " Press.\n"
    )
    assert "Kestrel Press Reader Guarantee" in names(d)
    assert d.meta.publisher == "Kestrel Press"


def test_an_attribution_between_dashes_inside_the_quote_names_its_speaker() -> None:
    d = build_draft(
        "Accordo tra il Museo di Velmont e l'Istituto Orrin\n\n"
        "12 marzo 2022\n\n"
        "(ANSA) - VELMONT, 12 MAR - Il presidente Ivo Marren e la direttrice Ada Quell hanno"
        " firmato oggi un accordo triennale.\n\n"
        "\u00abLe collezioni saranno aperte agli studenti - ha spiegato il presidente Marren -"
        " e i laboratori ai ricercatori\u00bb.\n\n"
        "\u00abSiamo pronti a lavorare insieme con tutte le scuole della regione\u00bb - ha"
        " dichiarato la direttrice Quell.\n"
    )
    assert _quote_speaker(d, "Le collezioni saranno") == "Ivo Marren"
    assert _quote_speaker(d, "Siamo pronti") == "Ada Quell"
