"""Kinds of metadata, acronym and partner wording from a fourteenth set of real releases
(not in the repo), each as an invented release with what the draft must say.

The kinds: a name whose head word says nothing ("Medicines Pool", "Symphony") is an
organisation when the text makes it act ("X welcomes ...") or gives someone a title at
it; a headline a PDF broke before its "and" is read whole; a product written with its
maker's possessive ("Acme's rhCollagen") is no organisation; a joint programme the
headline names ("Acme-Kestrel Partnership") is never the issuer; a date-first dateline
("17 October 2019, Velmont -The ...") gives the date and the city; an agency's initials
are the publisher when the text writes only those ("(KPA)"); a story with two news signs
and no release sign gets no party as publisher; short forms of common nouns ("cobicistat
(COBI)", "recombinant human collagen (rhCollagen)") are defined; the agreement a release
signs is an entity of its own, named after its parties, answering to "MoU" as a shared
alias; a country named by its initials answers to its full name.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.ingest import build_draft, ingest_file
from bot.ingest.acronyms import find_acronyms
from bot.ingest.draft import Draft
from bot.ingest.voice import voice
from bot.kb.models import EntityKind


def _entity(d: Draft, name: str):
    return next(e for e in d.registry.entities.values() if e.name == name)


def test_a_name_without_a_head_word_that_acts_is_an_organisation_and_the_issuer() -> None:
    d = build_draft(
        "12 May 2021\n\n"
        "Velmont, 12 May 2021 — The Seedbank Pool (SBP) welcomes the announcement by"
        " grain company Orrin Grains that it will share its seed licences with the SBP.\n\n"
        '"We are pleased," said Ivo Lind, Executive Director of the SBP.\n'
    )
    assert _entity(d, "Seedbank Pool").kind == EntityKind.ORGANIZATION
    assert d.meta.publisher == "Seedbank Pool"


def test_a_headline_broken_before_its_and_is_read_whole() -> None:
    d = build_draft(
        "Exhibit 99.1\n"
        "Orrinplast\n"
        "and Kestrel Therapeutics Announce Licensing Agreement for Printed Scaffolds\n"
        "VELMONT, Ostria, March 4, 2020 -- Orrinplast and Kestrel Therapeutics Corporation"
        " today announced a licensing agreement. The deal combines Orrinplast's"
        " recombinant plant gel (rpGel) with the printing lines of Kestrel.\n"
    )
    assert d.meta.title.startswith("Orrinplast and Kestrel Therapeutics Announce")
    assert d.meta.publisher == "Orrinplast"
    names = {e.name for e in d.registry.entities.values()}
    assert "Orrinplast's rpGel" not in names and "Orrinplast’s rpGel" not in names


def test_a_joint_programme_in_the_headline_is_never_the_issuer() -> None:
    d = build_draft(
        "OrrU-KSO Partnership Will Make Campus A Home For Music\n\n"
        "The Orrin University and the Kestrel Symphony Orchestra will announce a"
        " partnership at a press conference on Thursday, May 5.\n\n"
        "The Kestrel Symphony Orchestra (KSO) will partner with the OrrU to create a"
        " home for music training.\n"
    )
    assert d.meta.publisher == "Orrin University"


def test_a_joint_programme_headline_over_a_lead_with_no_party_first_gives_none() -> None:
    d = build_draft(
        "Orrin Partnership for Harbour Research Takes Shape\n\n"
        "May 28, 2009 — The creation of the Kestrel Centre for Harbour Systems, a"
        " partnership among Orrin, the Velmont University and the Ostria Institute, will"
        " foster joint research.\n\n"
        "The partners have signed a research agreement for five years.\n"
    )
    assert d.meta.publisher is None
    assert any("joint programme" in w for w in d.meta.warnings)


def test_a_date_first_dateline_gives_the_date_and_the_city() -> None:
    d = build_draft(
        "12 March 2019, Velmont -The Orrin Food Office (OFO) and Kestrel Dairy have agreed"
        " to work together on food safety and nutrition.\n\n"
        '"This agreement will help," said Ivo Lind, Director-General of the OFO.\n'
    )
    assert d.meta.date == dt.date(2019, 3, 12)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_an_agency_is_given_by_the_initials_the_text_writes() -> None:
    d = build_draft(
        "Velmont, Oct 31 (PTI) Orrin Chemicals Ltd on Tuesday said it has signed a letter"
        " of intent with a global crop company to make a new ingredient.\n\n"
        "The letter covers a period of five years, the company said. PTI ABC DEF\n",
        date=dt.date(2023, 10, 31),
    )
    assert d.meta.publisher == "PTI"
    assert any("Press Trust of India" in w for w in d.meta.warnings)


def test_a_news_story_about_a_deal_gets_no_party_as_publisher() -> None:
    text = (
        "Orrin Corp., the fourth-largest insurer in Velmora, agreed to license its pricing"
        " technology to the Kestrel Mutual Association.\n\n"
        "Kestrel would pay a share of its premiums, Harbour City-based Orrin said on"
        " Tuesday in a statement.\n\n"
        '"We offer a fair means," Ada Rook, an Orrin spokeswoman, said in an interview.\n\n'
        "Was this article valuable?\n"
    )
    assert voice(text).is_news
    d = build_draft(text, date=dt.date(2013, 5, 7))
    assert d.meta.publisher is None
    assert any("news story" in w for w in d.meta.warnings)


def test_a_release_with_one_news_sign_is_still_its_issuers() -> None:
    text = (
        "Orrin Trust and Kestrel Fund sign literacy pact\n\n"
        "VELMONT, Ostria, May 5, 2022 -- The Orrin Trust today announced a partnership"
        " with the Kestrel Fund, signed on Tuesday.\n"
    )
    assert not voice(text).is_news


def test_short_forms_of_common_nouns_are_defined() -> None:
    found = find_acronyms(
        "Licences cover dolutegravir (DTG), cobicistat (COBI) and recombinant plant gel"
        " (rpGel), but not the company (COMP)."
    )
    pairs = {(a.short, a.long) for a in found}
    assert ("DTG", "dolutegravir") in pairs
    assert ("COBI", "cobicistat") in pairs
    assert ("rpGel", "recombinant plant gel") in pairs
    assert not any(a.short == "COMP" for a in found)


def test_the_agreement_is_an_entity_of_the_release_named_after_its_parties() -> None:
    d = build_draft(
        "VELMONT, Ostria, May 5, 2022 -- The Orrin Food Office (OFO) and Kestrel Dairy"
        " signed a Memorandum of Understanding (MoU) on food safety.\n\n"
        "The MoU between OFO and Kestrel Dairy rests on four pillars.\n"
    )
    agreements = [e for e in d.registry.entities.values() if e.kind == EntityKind.AGREEMENT]
    assert len(agreements) == 1
    mou = agreements[0]
    assert mou.name.startswith("Memorandum of Understanding between")
    assert "Orrin Food Office" in mou.name and "Kestrel Dairy" in mou.name
    # Every release's agreement answers to the generic short form, each declaring it.
    assert mou.shared_aliases == ["MoU"]
    assert not any(e.name.lower() == "memorandum of understanding" for e in agreements)


def test_a_named_agreement_is_spelled_out_and_keeps_its_written_name() -> None:
    d = build_draft(
        "VELMONT, Ostria, April 15, 2019 -- Velmora and Ostria renewed a Memorandum of"
        " Understanding (MoU) on harbour data.\n\n"
        "The Harbour Data MoU renews the one signed in 1997.\n"
    )
    mou = next(e for e in d.registry.entities.values() if e.kind == EntityKind.AGREEMENT)
    assert mou.name == "Harbour Data Memorandum of Understanding"
    assert "Harbour Data MoU" in mou.aliases


def test_a_country_named_by_its_initials_answers_to_its_full_name() -> None:
    d = build_draft(
        "VELMONT, Ostria, April 15, 2019 -- India and the UK signed a defence pact on"
        " Monday, said Ivo Lind, a minister of Ostria.\n"
    )
    uk = _entity(d, "UK")
    assert "United Kingdom" in uk.aliases


def test_a_local_story_with_a_weekday_and_lower_case_titles_gets_no_party_publisher() -> None:
    text = (
        "The Orrin Harbour Training Center has signed a Memorandum of Understanding with"
        " Velmora to train officers together.\n\n"
        "OHTC Director Ivo Lind and Ada Rook, commissioner of the Velmora Police, signed"
        " the MOU on Wednesday.\n\n"
        "\u201cOur relationship has been long and fruitful,\u201d Lind said.\n"
    )
    assert voice(text).is_news
    d = build_draft(text, date=dt.date(2022, 3, 1))
    assert d.meta.publisher is None


def test_a_programme_with_and_in_its_name_after_its_owner_is_whole() -> None:
    d = build_draft(
        "VELMONT, Ostria, Jan. 15, 2020 -- The Orrin Growers Association has selected the"
        " recipients of its 2020 Water and Soil Grants Program to fund farm research.\n\n"
        "\u201cWater and soil projects are critical,\u201d said Ivo Lind, president of the"
        " Orrin Growers Association.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert "Water and Soil Grants Program" in names
    assert "Soil Grants Program" not in names


def test_a_one_word_name_opening_a_list_of_parties_is_a_party() -> None:
    d = build_draft(
        "VELMONT, Ostria, May 5, 2022 -- Orrin University and Kestrel University will study"
        " harbour robots.\n\n"
        "Lumo, Pellin and the Velmont Robotics Fund will provide funding to Orrin University.\n\n"
        "Volunteers, pupils and the Velmont Robotics Fund will build the first robot; the"
        " volunteers meet on Fridays.\n"
    )
    names = {e.name for e in d.registry.entities.values()}
    assert {"Lumo", "Pellin"} <= names
    assert "Volunteers" not in names


def test_a_colon_dateline_over_a_release_in_its_own_voice_keeps_its_issuer() -> None:
    d = build_draft(
        "VELMONT, 11 December 2021: Petroliam Orrin Berhad (PORB) and Kestrel Gas Berhad"
        " (KGB) today signed a Memorandum of Understanding (MOU) on gas supply to Velmont.\n\n"
        "The MOU covers five years of supply.\n"
    )
    assert _entity(d, "Petroliam Orrin Berhad").kind == EntityKind.ORGANIZATION
    assert d.meta.publisher == "Petroliam Orrin Berhad"


def test_a_later_release_never_reuses_an_older_releases_agreement_by_its_mou(
    tmp_path: Path,
) -> None:
    kb = tmp_path / "kb"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "VELMONT, Ostria, May 5, 2022 -- The Orrin Ferry Board and the Kestrel Canal Trust"
        " today signed a memorandum of understanding (MoU) on canal data.\n\n"
        "The MoU runs for five years.\n",
        encoding="utf-8",
    )
    second.write_text(
        "TALLIS, Ostria, June 9, 2023 -- The Velmont Arts Fund and Pellin University today"
        " signed a memorandum of understanding (MoU) on student residencies.\n\n"
        "The MoU starts in September.\n",
        encoding="utf-8",
    )
    ingest_file(first, kb)
    later = ingest_file(second, kb).draft
    assert not any(e.kind == EntityKind.AGREEMENT for e in later.reused_entities)


def test_a_news_site_copying_a_releases_lead_is_still_a_news_story() -> None:
    text = (
        "Subscribe to our free, weekly email newsletter!\n\n"
        "Orrin port and Kestrel port sign MOU\n\n"
        "By Ivo Lind, Executive Editor\n"
        "June 06, 2013\n\n"
        "The Port of Orrin and the Kestrel Port Authority (KPA) today signed a Memorandum of"
        " Understanding paving the way for more cooperation.\n\n"
        "The two ports will share strategies on port infrastructure.\n"
    )
    assert voice(text).is_news
    d = build_draft(text)
    assert d.meta.publisher is None
