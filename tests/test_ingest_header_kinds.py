"""Kinds of release headers and wording from a fourth set of real releases (not in the
repo), each as an invented release with what the draft must say.

The kinds: label lines and a contact line above the headline, a release label carrying
the date or a release number, an agency's news desk with the city in brackets, a page
whose line breaks were lost, acronyms whose letters are the words' initials, and
acronyms scanned with a lower-case l for the capital I. The real releases are measured
with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import Draft, build_draft


def names(d: Draft) -> set[str]:
    return {e.name for e in d.registry.entities.values()}


def roles(d: Draft, person: str) -> set[tuple[str, str | None]]:
    label = {e.id: e.name for e in d.registry.entities.values()}
    pid = next(e.id for e in d.registry.entities.values() if e.name == person)
    return {(r.title, label.get(r.organization or "")) for r in d.registry.roles if r.entity == pid}


def speakers(d: Draft) -> list[str]:
    label = {e.id: e.name for e in d.registry.entities.values()}
    return [label[q.speaker or ""] for _, q, _ in d.quotes]


def test_contact_line_above_the_headline_does_not_end_the_story() -> None:
    d = build_draft(
        "News Release from VLA\n\n"
        "FOR IMMEDIATE RELEASE 2014-05-09\n\n"
        "Contact: Orla Prenn (555) 010-4477\n\n"
        "VLA, NRC SIGN PARTNERSHIP AGREEMENT ON RURAL LIBRARIES\n\n"
        "The Velmont Library Association (VLA) and the Northern Reading Circle (NRC)"
        " signed a partnership agreement today.\n\n"
        "\u201cLibraries are where towns meet,\u201d said Ines Harrow, president of VLA.\n"
    )
    assert d.meta.date == dt.date(2014, 5, 9)
    assert d.meta.title.startswith("VLA, NRC SIGN")
    assert speakers(d) == ["Ines Harrow"]
    assert {"Velmont Library Association", "Northern Reading Circle"} <= names(d)
    assert not any("Contact" in f.text or "IMMEDIATE" in f.text for _, f in d.facts)


def test_release_label_with_a_number_and_date_on_a_page_without_line_breaks() -> None:
    story = (
        "The Corvane Institute and the Tallis Academy have signed a memorandum of"
        " understanding on marine research. \u201cThe sea is our shared laboratory,\u201d"
        " said Bram Keltie, Director of the Tallis Academy. The two will exchange staff"
        " from next year and run a joint summer school."
    )
    d = build_draft(f"Press Release\n\nPRESS RELEASE No: 312/2021 Date: 7th April 2021 {story}\n")
    assert d.meta.date == dt.date(2021, 4, 7)
    assert "PRESS" not in (d.meta.publisher or "")
    assert not d.meta.title.upper().startswith("PRESS RELEASE")
    assert speakers(d) == ["Bram Keltie"]


def test_release_label_and_date_separated_by_a_bar() -> None:
    d = build_draft(
        "Ostrow and Velmont agree on port data\n\n"
        "Press release | 14 October 2016\n\n"
        "The Ostrow Port Authority and the Velmont Freight Guild today agreed to share"
        " port data.\n"
    )
    assert d.meta.date == dt.date(2016, 10, 14)


def test_agency_news_desk_with_the_city_in_brackets() -> None:
    d = build_draft(
        "ORDA and KVL sign cooperation agreement\n\n"
        "Press release | 3 March 2015\n\n"
        "ORDA NEWS (Marshen) - The Director-General of the ORDA, Mr Tomas Reyl, and the"
        " President of the Kestrel Valley League (KVL), Ana Lind, have signed a new"
        " cooperation agreement.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Marshen"
    assert d.meta.publisher == "ORDA"
    assert d.meta.date == dt.date(2015, 3, 3)
    assert not any(f.text.startswith("ORDA NEWS") for _, f in d.facts)


def test_acronym_from_word_initials_keeps_the_first_word() -> None:
    d = build_draft(
        "VELMONT, May 3, 2020 - The two signed the pact at the Annual Meeting of the"
        " Aldorian Association of Rural Colleges and Universities (AARCU) in Velmont.\n"
    )
    by_alias = {a: e.name for e in d.registry.entities.values() for a in e.aliases}
    assert by_alias.get("AARCU") == "Aldorian Association of Rural Colleges and Universities"


def test_acronym_scanned_with_a_lower_case_l_is_the_same_organisation() -> None:
    d = build_draft(
        "MARSHEN, Ostria, 4 May 2022 - The Secretary-General of the Kestrel League, Ana"
        " Lind, and the Director-General of the lVO, Mr Tomas Reyl, signed an agreement.\n\n"
        "Under the agreement, the IVO and the Kestrel League will train port staff.\n"
    )
    assert ("Director-General", "IVO") in roles(d, "Tomas Reyl")
    assert "lVO" not in names(d)
