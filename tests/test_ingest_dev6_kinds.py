"""Kinds of wording from a sixth set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: attributions with a non-English verb of saying or "was quoted as saying";
datelines below a byline or a page's list of other headlines, in brackets, or ended by a
colon; a generational suffix ("Jr."); words glued where a line break was lost; a
country's portfolio minister; an acronym declared for an organisation of an earlier
release; an issuer known only by a contact's address; titles with a Spanish or French
"of" and title words in those languages; acronyms with a lower-case letter for a small
word ("VUfR"); a capitalised name after "the", never a person; a masthead above the
headline; Malaysian honorifics ("Datuk") and signatories after "between"; an agency's
story carried by the Non-Aligned News Network ("NNN-Bernama"). The real
releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from pathlib import Path

from bot.ingest import build_draft, ingest_file
from bot.kb.loader import load_knowledge
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_attribution_verbs_in_other_languages() -> None:
    d = build_draft(
        "VELMAR, 3 mars 2014 - Le Courrier de Velmar et le Groupe Ostrien Fret ont sign\u00e9"
        " une convention de partenariat.\n\n"
        '"Nous attendons beaucoup de ce projet avec nos partenaires",'
        " a d\u00e9clar\u00e9 \u00e0 la presse la ministre Ilse Varmond, peu avant la"
        " signature.\n\n"
        '"Este convenio abre muchas puertas para nuestros estudiantes", asegur\u00f3'
        " Tom\u00e1s Varga L\u00f3pez.\n\n"
        '"Questo accordo rafforza la cooperazione tra le nostre agenzie", ha dichiarato'
        " Marta Lenzi.\n"
    )
    assert speakers(d) == ["Ilse Varmond", "Tom\u00e1s Varga L\u00f3pez", "Marta Lenzi"]


def test_was_quoted_as_saying_names_the_person_introduced_before() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 (Lantern) \u2014 Ostria and Velmar signed an agreement on"
        " Tuesday to clean their rivers.\n\n"
        "The memorandum was signed by Environment Minister Tana Rell.\n\n"
        "\u201cClean rivers are a duty both of our countries share equally,\u201d"
        " Rell was quoted as saying.\n"
    )
    assert speakers(d) == ["Tana Rell"]


def test_a_dateline_below_a_byline_or_a_list_of_other_headlines() -> None:
    # A byline on the line above the dateline, in the same block.
    d = build_draft(
        "Ostria and Velmar agree two port deals\n\n"
        "From Tana Rell\n"
        "VELMONT, Nov 28 (Lantern-Wire) \u2014 Ostria and Velmar agreed two port deals in"
        " the capital on Thursday, officials of both governments said.\n\n"
        "The first MoU was signed by Ostria's Minister of Ports, Ivo Lind.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "Lantern-Wire"
    # A page's list of other headlines, one a line, above the story.
    others = "".join(f"- Other story number {n} on this page\n" for n in range(10))
    d = build_draft(
        others + "Ostria, Velmar sign MOU on rivers\n"
        "VELMONT (Lantern) \u2014 Ostria and Velmar signed an agreement on Tuesday to clean"
        " the rivers they share, the first step of a wider plan on water quality that both"
        " governments agreed on this spring, after a year of talks between their water boards.\n"
        "The memorandum was signed by Environment Minister Tana Rell and her counterpart.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "Lantern"


def test_a_dateline_in_brackets_or_ended_by_a_colon() -> None:
    d = build_draft(
        "(VELMONT, DC) \u2013 The Harbour Fund has joined the Velmar Press Network in a"
        " partnership.\n\n"
        "\u201cWe are pleased to join this network of fine papers today,\u201d said Tomas"
        " Reyl, President of the Harbour Fund.\n",
        date=__import__("datetime").date(2016, 12, 21),
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher != "VELMONT, DC"
    d = build_draft(
        "MARSH HILLS, Oct 22, 2019: Velmar University (VU) has signed a memorandum of"
        " understanding with Ostria University.\n\n"
        "The MoU was signed by VU Registrar Ivo Lind.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Marsh Hills"
    assert str(d.meta.date) == "2019-10-22"


def test_a_generational_suffix_is_an_alias_of_the_person() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - The Harbour Fund joined the Velmar Press Network.\n\n"
        "\u201cWe are pleased to join this network of fine papers today,\u201d said Tomas"
        " K. Reyl, Jr., President of the Harbour Fund. \u201cIt will help,\u201d Reyl said.\n"
    )
    assert speakers(d) == ["Tomas K. Reyl"] * 2
    person = next(e for e in d.registry.entities.values() if e.name == "Tomas K. Reyl")
    assert "Tomas K. Reyl, Jr." in person.aliases


def test_words_glued_where_a_line_break_was_lost() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - The Harbour Fund joined the Velmar Press Network.\n\n"
        "The deal was announced by Communications StaffMira Colt Anders, Director of"
        " Harbour Communications at the Harbour Fund, and by Press OfficeIvo Lind, Chair of"
        " the Velmar Press Network.\n"
    )
    people = names(d, EntityKind.PERSON)
    assert {"Mira Colt Anders", "Ivo Lind"} <= people
    assert ("Director of Harbour Communications", "Harbour Fund") in roles(d, "Mira Colt Anders")
    # A name with an inner capital is one name.
    d = build_draft(
        "VELMONT, May 3, 2016 - The Harbour Fund joined the Velmar Press Network.\n\n"
        "\u201cWe are pleased to join this network of fine papers today,\u201d said DeShawn"
        " McAdam, President of the Harbour Fund.\n"
    )
    assert speakers(d) == ["DeShawn McAdam"]


def test_a_countrys_portfolio_minister_in_a_list_of_signatories() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - Ostria and Velmar signed a memorandum on rivers.\n\n"
        "It was signed by Ostria\u2019s Environment Minister Tana Rell and Velmar's Minister"
        " of Health and Welfare, Ivo Lind.\n"
    )
    # A country's minister belongs to its government, named as parties are.
    assert roles(d, "Tana Rell") == {("Environment Minister", "Government of Ostria")}
    # (A title after the name keeps the owner as written, for now.)
    assert roles(d, "Ivo Lind") == {("Minister of Health and Welfare", "Velmar")}
    assert not any("\u2019s" in n or "'s" in n for n in names(d))


def test_an_acronym_declared_for_an_organisation_of_an_earlier_release(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    first = tmp_path / "first.txt"
    first.write_text(
        "VELMONT, May 3, 2016 - The Velmar Rivers Authority and the Ostria Water Board"
        " signed a memorandum on rivers.\n\n"
        "\u201cRivers join us,\u201d said Tana Rell, Director of the Velmar Rivers Authority.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.txt"
    second.write_text(
        "MARSHEN, June 4, 2017 - The Velmar Rivers Authority (VRA) and the Kestrel Fund"
        " launched a river school.\n\n"
        "\u201cEvery child should swim,\u201d said Ivo Lind, Chair of the VRA.\n",
        encoding="utf-8",
    )
    ingest_file(first, kb_dir)
    d = ingest_file(second, kb_dir).draft
    # The acronym means the organisation the first release declared: no second entity.
    assert "VRA" not in names(d)
    assert roles(d, "Ivo Lind") == {("Chair", "Velmar Rivers Authority")}
    # Only the first release's own file can make it an alias: the reviewer is told.
    assert any("'VRA'" in note for note in d.registry.notes)
    load_knowledge(kb_dir, include_unreviewed=True)


def test_the_issuer_from_the_contacts_address_when_no_wire_names_it() -> None:
    story = (
        "Ostria Water Board and Kestrel Fund sign river pact\n\n"
        "The Ostria Water Board and the Kestrel Fund today signed a pact to clean the"
        " Dunmar river.\n\n"
        "\u201cRivers join us,\u201d said Tana Rell, Director of the Kestrel Fund.\n\n"
    )
    d = build_draft(story + "Media contact: Ivo Lind, press@kestrelfund.org, +1 555 0100\n")
    assert d.meta.publisher == "Kestrel Fund"
    d = build_draft(story + "For more information visit www.kestrelfund.org\n")
    assert d.meta.publisher == "Kestrel Fund"
    # An open mail host says nothing about the issuer.
    d = build_draft(story + "Media contact: Ivo Lind, kestrelfund@gmail.com\n")
    assert d.meta.publisher == "Ostria Water Board"
    # An issuer the text never names: its address is all there is, for the reviewer.
    d = build_draft(
        "River pact signed\n\nA pact to clean the Dunmar river was signed today by the"
        " towns along it.\n\nContact: press@dunmarnews.com\n"
    )
    assert d.meta.publisher == "dunmarnews.com"


def test_titles_written_with_a_spanish_or_french_of() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - La Universidad de Velmont (UVE) y la Universidad de Ostria"
        " firmaron un convenio.\n\n"
        "El Rector de la UVE, Tom\u00e1s Varga L\u00f3pez, y Ana Lind, directora de"
        " comunicaci\u00f3n, firmaron el acuerdo.\n\n"
        "Estuvo presente Ivo Brand, Director de la C\u00e1tedra Velmar de la UVE.\n\n"
        "Firm\u00f3 tambi\u00e9n Marta Lenzi, Rector de la Universidad de Ostria.\n"
    )
    assert roles(d, "Tom\u00e1s Varga L\u00f3pez") == {("Rector", "Universidad de Velmont")}
    assert roles(d, "Ivo Brand") == {
        ("Director de la C\u00e1tedra Velmar", "Universidad de Velmont")
    }
    assert roles(d, "Marta Lenzi") == {("Rector", "Universidad de Ostria")}


def test_an_acronym_with_a_lower_case_letter_for_a_small_word() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - The Secretary-General of the Velmar Union for the Rivers,"
        " Tana Rell, visited the Ostria Department of Water today.\n\n"
        "The VUfR and the OsDoW will share river data.\n"
    )
    aliases = {e.name: e.aliases for e in d.registry.entities.values()}
    assert "VUfR" in aliases["Velmar Union for the Rivers"]
    assert "OsDoW" not in aliases["Ostria Department of Water"]  # "Os" is no initial


def test_a_name_after_the_article_is_never_a_person() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - The Velmar Press Association has joined the Harbour Wire.\n\n"
        "\u201cWe are proud that the association chose to join the wire this"
        " week,\u201d said Jane Doe, a long-time veteran of the Velmar Press,"
        " founder of the Harbour Wire and former editor of the Velmar News Service."
        " \u201cThere is still much to do for our papers and readers.\u201d\n"
    )
    assert names(d, EntityKind.PERSON) == {"Jane Doe"}
    assert speakers(d) == ["Jane Doe", "Jane Doe"]


def test_a_masthead_above_the_headline_is_the_publisher_not_the_city() -> None:
    d = build_draft(
        "DUNMAR DAILY\n\n"
        "Ostria Post and Velmar Post sign a partnership\n\n"
        "Ostria Post and the Velmar Post signed a partnership agreement on Monday to share"
        " their sorting centres and to train each other's staff over the next three years,"
        " in the presence of both ministers.\n"
    )
    assert d.meta.publisher == "Dunmar Daily"
    assert d.meta.dateline is None or d.meta.dateline.city != "Dunmar Daily"
    # A city on a line of its own between the headline and the story is the dateline.
    d = build_draft(
        "Ostria Post and Velmar Post sign a partnership\n\n"
        "VELMONT\n\n"
        "Ostria Post and the Velmar Post signed a partnership agreement on Monday to share"
        " their sorting centres and to train each other's staff over the next three years,"
        " in the presence of both ministers.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_malaysian_honorifics_and_signatories_after_between() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - Ostria and Velmar agreed three port deals.\n\n"
        "A second deal, on port data, was signed between Minister of Trade Datuk Ivo Lind"
        " and Velmar\u2019s Minister of Ports and Safety, Oren Vale.\n"
    )
    assert names(d, EntityKind.PERSON) == {"Ivo Lind", "Oren Vale"}
    assert roles(d, "Oren Vale") == {("Minister of Ports and Safety", "Velmar")}


def test_spanish_and_french_title_words_after_the_name() -> None:
    d = build_draft(
        "VELMONT, May 3, 2016 - La Universidad de Velmont y la Fundaci\u00f3n Velmar firmaron"
        " un convenio.\n\n"
        "Estuvo presente Lia Moravec, Vicerrectora de Relaciones Internacionales, y Nico"
        " Varela, Presidente de la Fundaci\u00f3n Velmar.\n\n"
        "Le directeur, Paul Marchand, Directeur de la Fondation Ostria, a sign\u00e9 aussi.\n"
    )
    assert roles(d, "Lia Moravec") == {("Vicerrectora de Relaciones Internacionales", None)}
    assert roles(d, "Nico Varela") == {("Presidente", "Fundaci\u00f3n Velmar")}
    assert ("Directeur", "Fondation Ostria") in roles(d, "Paul Marchand")


def test_a_story_carried_by_the_non_aligned_news_network_is_the_agencys() -> None:
    d = build_draft(
        "VELMONT, Nov 28 (NNN-Bernama) \u2014 Ostria and Velmar agreed two port deals in"
        " the capital on Thursday, officials of both governments said.\n"
    )
    assert d.meta.publisher == "Bernama"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
