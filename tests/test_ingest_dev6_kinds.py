"""Kinds of wording from a sixth set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: attributions with a French, Spanish or other non-English verb of saying and
an English "was quoted as saying". The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftviews import speakers


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
