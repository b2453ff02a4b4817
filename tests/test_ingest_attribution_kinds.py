"""Kinds of attribution and role that the scored models of quotes.py and roles.py read,
each as an invented release (organisations, people and places made up) in a form real
releases use; measured on real releases (not in the repo) by benchmarks/ingest_eval.py.

Quotes: words with no quote marks after "Jane Doe said:" (government pages), or above
an attribution line ("- Jane Doe, Vice-Chancellor"); a sentence whose subject speaks
("A thanked B for “…”"); "according to X" earlier in the quote's sentence; a speaker
named by a title and a kind of organisation ("said the president of the Velmarian
agency"); a closing mark used to open a paragraph's quote.

Roles: the organisation of a title decided from scored candidates (see roles.py).
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftviews import roles, speakers

_SAID_COLON = (
    "Velmont and Ostria to share harbour data\n\n"
    "VELMONT, 16 June 2020 - The Velmont and Ostria governments have signed an agreement"
    " on sharing harbour data.\n\n"
    "Ports Minister Ilse Marren said:\n\n"
    "This accord brings the first shared harbour map within reach.\n\n"
    "Our shipping firms gain a great deal, and I expect new jobs on both"
    " coasts.\n\n"
    "Tomas Reyl, Velmont Ambassador to Ostria said:\n\n"
    "This accord opens a new chapter for the two harbour offices.\n\n"
    "The Velmont Government gave the harbour offices 4 million"
    " last year.\n"
)


def test_unmarked_paragraphs_after_said_colon_are_quotes_until_the_narrative_resumes() -> None:
    d = build_draft(_SAID_COLON)
    quotes = [
        (q.text[:24], speaker) for (_, q, _), speaker in zip(d.quotes, speakers(d), strict=True)
    ]
    assert quotes == [
        ("This accord brings the f", "Ilse Marren"),
        ("Our shipping firms gain ", "Ilse Marren"),
        ("This accord opens a new ", "Tomas Reyl"),
    ]


def test_an_unmarked_paragraph_in_the_first_person_is_the_quote_of_the_line_below() -> None:
    d = build_draft(
        "Harrowgate University signs MoU with Ostrow University\n\n"
        "HARROWGATE, 3 May 2021 - Harrowgate University and Ostrow University signed a"
        " memorandum of understanding on joint research.\n\n"
        "We are glad to work with Ostrow University on our shared research"
        " goals.\n\n"
        "Professor Nell Ashdown OBE, Harrowgate University Vice-Chancellor\n\n"
        "The two universities will exchange staff from next year.\n"
    )
    assert [q.text[:12] for _, q, _ in d.quotes] == ["We are glad "]
    assert speakers(d) == ["Nell Ashdown"]
    assert ("Vice-Chancellor", "Harrowgate University") in roles(d, "Nell Ashdown")
