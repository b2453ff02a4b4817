"""Kinds of metadata, publisher and partner wording from a twelfth set of real releases
(not in the repo), each as an invented release with what the draft must say.

The kinds: a site's navigation bar, or a heading in capitals over a list, is never a
dateline nor a wire marker; a date on a line of its own under the headline dates the
release before the story's opening day.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft


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
