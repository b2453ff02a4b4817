"""Kinds of title-and-organisation misses from a fourteenth set of real releases (not in
the repo), each as an invented release with what the draft must say.

A role's organisation is the person's own body, in the fullest name the release gives:
not a short form ("UofM"), not where the
body is based ("Velmont-based"), and not a lower-case title's glued prefix left inside
the title ("a Kestrel spokeswoman"). The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.roles import abbreviates
from tests.draftroles import roles_of as _roles

_SPOKESPEOPLE = (
    "ORRIN, Velmont, March 4, 2024 -- Kestrel Mutual Corp., the third-largest insurer in"
    " Velmont, agreed to license its pricing tools to Tallis Farmers Assurance.\n\n"
    "\u201cWe are glad to share what we built,\u201d Ana Lorne, a Kestrel spokeswoman, said"
    " in an interview.\n\n"
    "\u201cOur members will see the difference,\u201d Bo Rell, a spokesman for Dunmar,"
    " Velmont-based Tallis Farmers Assurance, said in an e-mail.\n"
)


def test_a_lower_case_title_after_a_known_short_name_is_held_there() -> None:
    roles = _roles(build_draft(_SPOKESPEOPLE))
    assert ("Ana Lorne", "spokeswoman", "Kestrel Mutual Corp.") in roles
    assert not any(title.startswith("Kestrel") for _, title, _ in roles)


def test_where_an_organisation_is_based_is_neither_its_name_nor_the_title() -> None:
    d = build_draft(_SPOKESPEOPLE)
    assert ("Bo Rell", "spokesman", "Tallis Farmers Assurance") in _roles(d)
    assert not any("-based" in e.name for e in d.registry.entities.values())


_SHORT_FORMS = (
    "Ostrow Music Partnership Brings Orchestra to Campus\n\n"
    "A professional orchestra will partner with the UofO on a campus season.\n\n"
    "The University of Ostrow will host forty concerts a year by the Kell Chamber"
    " Orchestra.\n\n"
    "\u201cOur students will play beside professionals,\u201d said UofO President Mira"
    " Tallis.\n\n"
    "\u201cThis is a new stage for the orchestra,\u201d said Ivo Brand, Chairman of the"
    " Board.\n\n"
    "Velmont Basic Metals Corp. and the orchestra set up a music fund last year. Said Tor"
    " Lund, Vbm executive vice president: \u201cWe are proud to sponsor the season.\u201d\n"
)


def test_a_role_at_a_short_form_is_held_at_the_full_name_it_spells() -> None:
    roles = _roles(build_draft(_SHORT_FORMS))
    assert ("Mira Tallis", "President", "University of Ostrow") in roles
    assert ("Tor Lund", "executive vice president", "Velmont Basic Metals Corp.") in roles


def test_a_short_form_spells_the_openings_of_the_words_in_order() -> None:
    assert abbreviates("UofM", "University of Memphis")
    assert abbreviates("SABIC", "Saudi Basic Industries Corp.")
    assert abbreviates("VBM", "Velmont Basic Metals Corp.")
    assert not abbreviates("IPA", "Agence Ivorienne de Presse")
    assert not abbreviates("VBM", "VBM-KCO Music Fund")


_RANKS = (
    "ORRIN, Velmont, March 4, 2024 -- Velmont and Ostrow today signed a pact on naval"
    " equipment.\n\n"
    "The pact was signed by Air Marshal Tobin Rask on behalf of the Velmont Ministry of"
    " Defence and Ida Moor, Additional Secretary in the Ministry of Defence on behalf of"
    " the Ostrow government.\n\n"
    "The signing follows a visit by Ostrow's Chief of Naval Staff, Admiral Pell Varo, to"
    " Velmont last month.\n"
)


def test_a_rank_before_a_name_is_the_title_when_no_post_is_given() -> None:
    roles = _roles(build_draft(_RANKS))
    assert ("Tobin Rask", "Air Marshal", "Velmont Ministry of Defence") in roles


def test_a_rank_is_never_part_of_the_name_and_yields_to_the_post() -> None:
    d = build_draft(_RANKS)
    people = {e.name for e in d.registry.entities.values() if e.kind == "person"}
    assert "Pell Varo" in people
    assert not any(name.startswith("Admiral") for name in people)
    assert any(
        name == "Pell Varo" and title == "Chief of Naval Staff" for name, title, _ in _roles(d)
    )


def test_whom_a_signatory_acted_for_is_no_part_of_an_organisation() -> None:
    d = build_draft(_RANKS)
    names = [e.name for e in d.registry.entities.values()]
    assert not any("Ida Moor" in n and n != "Ida Moor" for n in names)
    assert not any("behalf" in n for n in names)


_PROVINCE = (
    "Province links island towns by fibre\n\n"
    "ORRIN, Velmont, March 4, 2024 -- The Honourable Ada Brook, Minister of Ports, Trade"
    " and Rural Affairs, today announced a contract that will give the province a new"
    " fibre link.\n\n"
    "The Provincial Government will pay for the link with Kestrel Networks Inc.\n\n"
    "The Government of Tallis and Marrow will own the cable, the largest in Canada.\n"
)


def test_a_minister_placed_in_a_province_is_its_government_s() -> None:
    roles = _roles(build_draft(_PROVINCE))
    assert (
        "Ada Brook",
        "Minister of Ports, Trade and Rural Affairs",
        "Government of Tallis and Marrow",
    ) in roles


_PARTNER_NAMED = (
    "ORRIN, Velmont, May 3, 2022 -- The University of Ostrow and the Kell Music"
    " Society will announce a partnership on Thursday.\n\n"
    "\u201cThis is a new stage for our musicians, who will join forces with the University"
    " of Ostrow,\u201d said Ivo Brand, Chairman of the Board.\n"
)


def test_a_speaker_who_names_one_party_as_the_partner_speaks_for_the_other() -> None:
    d = build_draft(_PARTNER_NAMED)
    assert ("Ivo Brand", "Chairman of the Board", "Kell Music Society") in _roles(d)
    # (An assumption: the reviewer is told.)
    assert any("Ivo Brand".lower().replace(" ", "-") in w for w in d.warnings)
