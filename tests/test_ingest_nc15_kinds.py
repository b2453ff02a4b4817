"""The kinds of review edit a newcomer's four compost-programme releases needed (newcomer
trial nc15: a cp1252 wire text, a mailing-list e-mail, a city's web page, a PDF), each
on invented releases in other wording and another domain:

* metadata: a /Name/ marker that is no known wire where the media contact speaks for
  the issuer; a province in the country's place; an e-mail's sender the release names
  as its media contact;
* entities: a portfolio's organisation read as a person, a programme name with a small
  word, places named before a place noun, short forms of a full name ("X Fund", "the
  Fund", "the X board"), the dateline's city as an organisation's alias;
* a summary cut at a number's digit grouping;
* roles: a local government's title with no organisation, a title in lower case beside
  the same title.
"""

from __future__ import annotations

from pathlib import Path

from bot.ingest.draft import Draft, build_draft, ingest_file
from bot.ingest.metadata import parse_place
from bot.ingest.sender import written_as_a_person
from bot.kb.loader import load_knowledge
from bot.kb.models import EntityKind


def _entity(d: Draft, name: str):
    return next((e for e in d.registry.entities.values() if e.name == name), None)


def _roles(d: Draft, person: str) -> set[tuple[str, str | None]]:
    pid = _entity(d, person)
    assert pid is not None, person
    return {
        (r.title, d.registry.entities[r.organization].name if r.organization else None)
        for r in d.registry.roles
        if r.entity == pid.id
    }


ROWING = (
    "Town of Velmont and Orrin Rowing Club Open \u201cOars for All\u201d Boathouse\n\n"
    "VELMONT, Manitoba, May 3, 2022 /Lakeshore Wire/ -- The Town of Velmont and the Orrin"
    " Rowing Club today opened Oars for All, a youth rowing programme that trains 1,250"
    " teenagers a year in the Northgate and Riverside suburbs. The Kestrel Coastal"
    " Restoration Fund is paying for the boathouse with a grant of $900,000.\n\n"
    "\u201cEvery teenager in Velmont should be able to row,\u201d said Councillor Ada"
    " Pell, Chair of the Velmont Harbour Board.\n\n"
    "Deputy Mayor Ola Berg announced that the boathouse will open every weekend. The Kestrel"
    " Fund has backed 40 boathouses since 2015.\n\n"
    "\u201cWe have waited ten years for this,\u201d said Ivo Brandt, founder and Head Coach"
    " of the Orrin Rowing Club.\n\n"
    "Tana Reyes, Director of Grants at the Fund, said: \u201cThe Kestrel Fund backs"
    " projects that last.\u201d\n\n"
    "Ivo Brandt will also become Chair of the Orrin board. Coach Lena Fisk succeeds founder"
    " Ivo Brandt as Head Coach on June 1, 2022.\n\n"
    "About the Orrin Rowing Club\n"
    "The Orrin Rowing Club is a members' club founded in 1990 in Velmont.\n\n"
    "Media contact: Lise Moreau, Town of Velmont Communications \u2014 press@velmont.example\n"
)


def test_a_province_in_the_dateline_is_no_country() -> None:
    assert parse_place("VELMONT, Manitoba").country == "Canada"
    assert parse_place("ORRIN, Queensland").country == "Australia"
    # (A province two countries have: left for the reviewer.)
    assert parse_place("Orrin, Punjab").country is None
    assert parse_place("Orrin, Aldoria").country == "Aldoria"


def test_an_unknown_marker_gives_way_to_the_issuer_its_media_contact_speaks_for() -> None:
    d = build_draft(ROWING)
    assert d.meta.publisher == "Town of Velmont"
    assert any("'Lakeshore Wire' is no known wire" in w for w in d.meta.warnings)
    # With no contact naming an organisation, the marker stays the publisher.
    bare = build_draft(ROWING.split("Media contact:")[0])
    assert bare.meta.publisher == "Lakeshore Wire"


def test_an_e_mail_sender_the_release_names_as_its_contact_is_no_publisher() -> None:
    text = "Body.\n\nPress contact: Noor Sato, Kestrel Rowing Trust, noor@kestrel.example\n"
    assert written_as_a_person("Noor Sato", text)
    assert not written_as_a_person("Noor Sato", "Body.\n\nNoor Sato, Kestrel Rowing Trust\n")


def test_entities_of_the_rowing_release() -> None:
    d = build_draft(ROWING)
    names = {e.name: e for e in d.registry.entities.values()}
    # A portfolio's organisation is no person ("Harbour Board" after "Chair of the Velmont").
    assert "Harbour Board" not in names
    assert names["Velmont Harbour Board"].kind == EntityKind.ORGANIZATION
    # A programme's name with a small word is one name.
    assert names["Oars for All"].kind == EntityKind.INITIATIVE and "All" not in names
    # Places named before a place noun.
    assert names["Northgate"].kind == EntityKind.PLACE
    assert names["Riverside"].kind == EntityKind.PLACE
    # Short forms of the fund's full name: an alias, and no organisation "Fund".
    fund = names["Kestrel Coastal Restoration Fund"]
    assert "Kestrel Fund" in fund.aliases and "Kestrel Fund" not in names and "Fund" not in names
    assert ("Director of Grants", "Kestrel Coastal Restoration Fund") in _roles(d, "Tana Reyes")
    # The dateline's city is no alias of an organisation whose name it opens.
    assert all("Velmont" not in e.aliases for e in d.registry.entities.values())


def test_summary_keeps_a_number_with_digit_grouping() -> None:
    d = build_draft(ROWING)
    summary = _entity(d, "Oars for All").summary  # type: ignore[union-attr]
    assert "1,250 teenagers" in summary and not summary.endswith("1.")


def test_roles_of_the_rowing_release() -> None:
    d = build_draft(ROWING)
    # A local government's title is held at the town the release names.
    assert ("Deputy Mayor", "Town of Velmont") in _roles(d, "Ola Berg")
    assert ("Councillor", "Town of Velmont") in _roles(d, "Ada Pell")
    assert ("Chair", "Velmont Harbour Board") in _roles(d, "Ada Pell")
    brandt = _roles(d, "Ivo Brandt")
    # The board of a named organisation is a unit of it.
    assert ("Chair of the Board", "Orrin Rowing Club") in brandt
    assert not any(org and org.endswith("board") for _, org in brandt)
    # One founder role: the lower-case "founder" beside it is a duplicate.
    assert [t for t, _ in brandt if t.casefold() == "founder"] == ["Founder"]


LIBRARY = (
    "Velmont Library Bus Reaches Every Village\n\n"
    "ORRIN, Queensland, March 2, 2024 - The Velmont Library Service and the Kestrel Reading"
    " Trust today extended Pages on Wheels, a mobile library programme, to every village in"
    " the shire.\n\n"
    "The programme now lends 30,000 books a year. Countywide, it will reach about 9,000"
    " readers.\n\n"
    "Marta Quist, the Service’s Head of Outreach since August 2021, will run the new"
    " routes.\n\n"
    "\u201cOur grant keeps the bus on the road through the winter,\u201d said Ivo Lamm,"
    " Director of Programmes at the Kestrel Reading Trust. Lamm was the Trust’s Grants"
    " Officer for the first pilot.\n\n"
    "Pages on Wheels lent 24,000 books in 2023, its first full year, according to a report"
    " published today by the Kestrel Reading Trust.\n"
)

LIBRARY_EARLIER = (
    "Velmont Library Service Starts a Library Bus\n\n"
    "ORRIN, Queensland, May 5, 2021 - The Velmont Library Service and the Kestrel Reading"
    " Trust today launched a library bus.\n\n"
    "\u201cBooks should travel,\u201d said Ivo Lamm, Grants Officer at the Kestrel Reading"
    " Trust.\n"
)


def test_facts_of_the_library_release() -> None:
    d = build_draft(LIBRARY)
    facts = {f.text: f for _, f in d.facts}
    programme = _entity(d, "Pages on Wheels")
    assert programme is not None and programme.kind == EntityKind.INITIATIVE
    # "The programme" and "Countywide, it" are the release's one programme, and flagged.
    assert facts["The programme now lends 30,000 books a year."].about[0] == programme.id
    assert facts["Countywide, it will reach about 9,000 readers."].about[0] == programme.id
    assert any("starts with 'Countywide, it'" in w for w in d.warnings)
    # A post held since a date, said in passing: a dated statement of its own.
    since = facts["Marta Quist has been the Service’s Head of Outreach since August 2021."]
    assert since.date == "2021-08"
    assert _entity(d, "Velmont Library Service").id in since.about  # type: ignore[union-attr]
    # "the Trust’s" is the release's one trust.
    lamm = next(f for t, f in facts.items() if t.startswith("Lamm was"))
    assert _entity(d, "Kestrel Reading Trust").id in lamm.about  # type: ignore[union-attr]
    # A year a report published today gives: the fact is of that year.
    report = next(f for t, f in facts.items() if t.startswith("Pages on Wheels lent"))
    assert report.date == "2023"


def test_quotes_are_about_the_speakers_organisation_and_what_they_describe() -> None:
    d = build_draft(LIBRARY)
    trust = _entity(d, "Kestrel Reading Trust")
    (about,) = [a for _, q, a in d.quotes if q.text.startswith("Our grant")]
    assert trust is not None and trust.id in about


def test_a_title_the_release_says_someone_was_is_no_longer_held(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    (kb_dir / "releases").mkdir(parents=True)
    (kb_dir / "sources").mkdir()
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(LIBRARY_EARLIER, encoding="utf-8")
    ingest_file(earlier, kb_dir)
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    d = build_draft(LIBRARY, kb)
    lamm = [r for r in d.registry.roles if r.title == "Grants Officer"]
    assert len(lamm) == 1 and lamm[0].current is False
    assert any("was 'Grants Officer'" in w for w in d.warnings)


def test_a_city_only_dateline_takes_its_country_from_the_text_or_the_base(
    tmp_path: Path,
) -> None:
    page = (
        "Kestrel Reading Trust Report\n\n"
        "VELMONT, March 2, 2024 - Pages on Wheels lent 24,000 books in 2023, according to a"
        " report published today by the Kestrel Reading Trust.\n\n"
        "About the Kestrel Reading Trust\n"
        "The Kestrel Reading Trust is a charity based in Velmont that funds reading in"
        " Australian towns.\n"
    )
    d = build_draft(page)
    assert d.meta.dateline is not None and d.meta.dateline.country == "Australia"
    assert any("country 'Australia'" in w for w in d.meta.warnings)
    # Nothing names the country: none, unless the base datelines Velmont in one.
    bare = page.replace(" Australian", "")
    assert build_draft(bare).meta.dateline.country is None  # type: ignore[union-attr]
    kb_dir = tmp_path / "kb"
    (kb_dir / "releases").mkdir(parents=True)
    (kb_dir / "sources").mkdir()
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(LIBRARY_EARLIER.replace("ORRIN, Queensland", "VELMONT, Queensland"), "utf-8")
    ingest_file(earlier, kb_dir)
    kb = load_knowledge(kb_dir, include_unreviewed=True)
    assert build_draft(bare, kb).meta.dateline.country == "Australia"  # type: ignore[union-attr]


def test_small_words_and_place_nouns_stay_bounded() -> None:
    # A place after "in" is no word of the programme's name.
    d = build_draft(
        "Acme and Orrin Launch Code Club\n\n"
        "VELMONT, Aldoria, May 3, 2022 - Acme Labs and the Orrin Trust today launched Code"
        " Club in Velmont, a coding programme for children.\n"
    )
    assert not any("Club in" in e.name for e in d.registry.entities.values())
    # A place noun that modifies another noun ("town councils") makes no places.
    d = build_draft(
        "Councils Sign Water Pact\n\n"
        "VELMONT, Aldoria, May 3, 2022 - The Harrow and Orrin town councils today signed a"
        " water pact with Acme Labs.\n"
    )
    assert not any(
        e.kind == EntityKind.PLACE and e.name == "Orrin" for e in d.registry.entities.values()
    )


def test_a_title_held_until_a_date_is_not_read_as_a_shorter_title() -> None:
    from bot.ingest.appointments import _HELD_BEFORE

    assert _HELD_BEFORE.match("Tana Reyes was the Fund's Programme Officer for the pilot.")
    assert _HELD_BEFORE.match("Tana Reyes was Chief Executive until March 2021.") is None
