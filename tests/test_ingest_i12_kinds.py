"""Kinds of people, titles and speakers from a twelfth set of real releases (not in the
repo), each as an invented release with what the draft must say.

Officials listed under a header naming the side they came for ("Attending from the X
were ..."), titles whose "of" names an area of work rather than an organisation, and
acronyms of names written with dotted initials. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.ingest.groups import delegation_at
from tests.draftroles import roles_of as _roles

_TWO_SIDES = (
    "Velmont and Kenya sign rowing cooperation agreement\n\n"
    "KESTREL, March 3, 2024 -- The U.V. Rowing Council and the Kenyan Rowing Union signed"
    " a cooperation agreement on Saturday in Orrin.\n"
    "The agreement was signed by U.V. Rowing Council President Jane Doe and Kenyan Rowing"
    " Union President Ivan Ochieng at the Orrin Hall.\n"
    "Also present at the signing ceremony from Kenya was Peter Kamau, Deputy Prime"
    " Minister; Otieno Wafula, KRU 1st Vice President; and Anton Njoroge, Deputy Secretary"
    " General. Attending from the UVRC were Mary Stone, Acting Secretary General; Paul"
    " Reed, Chief Operating Officer; Ann Bright, Director of International Cooperation and"
    " Policy; and Carl West, Director of International Development and Strategies.\n"
    '"This agreement matters to both our federations," Doe said.\n'
)


def test_officials_listed_under_a_side_hold_their_titles_there() -> None:
    roles = _roles(build_draft(_TWO_SIDES))
    # A side named by its acronym ("the UVRC", dotted initials of its name) is that body.
    assert ("Mary Stone", "Acting Secretary General", "U.V. Rowing Council") in roles
    assert ("Paul Reed", "Chief Operating Officer", "U.V. Rowing Council") in roles
    # A side named as a country is the one organisation of that country the release names.
    assert ("Anton Njoroge", "Deputy Secretary General", "Kenyan Rowing Union") in roles
    assert ("Otieno Wafula", "KRU 1st Vice President", "Kenyan Rowing Union") in roles


def test_a_title_of_an_area_of_work_is_one_title() -> None:
    roles = _roles(build_draft(_TWO_SIDES))
    assert (
        "Ann Bright",
        "Director of International Cooperation and Policy",
        "U.V. Rowing Council",
    ) in roles
    assert (
        "Carl West",
        "Director of International Development and Strategies",
        "U.V. Rowing Council",
    ) in roles


def test_a_country_side_with_no_one_organisation_is_left_open() -> None:
    d = build_draft(
        "Orrin Ferries joins Kenyan port programme\n\n"
        "KESTREL, March 3, 2024 -- Orrin Ferries Ltd signed a port agreement with the Kenya"
        " Ports Board and the Kenyan Maritime Union on Friday.\n"
        "Representing Kenya were Anton Njoroge, Deputy Secretary General; and Mary Achieng,"
        " Chief Operating Officer.\n"
    )
    roles = _roles(d)
    # Two organisations of Kenya: the side decides nothing, and no weaker guess (the
    # company behind the release) fills the blank; a review note says why.
    assert ("Mary Achieng", "Chief Operating Officer", None) in roles
    assert ("Anton Njoroge", "Deputy Secretary General", None) in roles
    assert any("Mary Achieng" in n and "listed for Kenya" in n for n in d.notes)


def test_each_header_governs_its_own_part_of_the_sentence() -> None:
    sentence = (
        "Present from Velmont were Jane Doe, Minister; and John Roe, Adviser. The Orrin"
        " delegation included Ann Lee, Mayor; Representing Acme Ltd were Kim Lal, CEO."
    )
    assert delegation_at("John Roe", sentence) == "Velmont"
    assert delegation_at("Ann Lee", sentence) == "Orrin"
    assert delegation_at("Kim Lal", sentence) == "Acme Ltd"
    assert delegation_at("Jane Doe", "Jane Doe, Minister, said so.") is None


def test_a_country_body_by_its_acronym_and_a_side_named_by_a_common_country_name() -> None:
    roles = _roles(
        build_draft(
            "U.V. Rowing Council and Russia sign rowing agreement\n\n"
            "KESTREL, March 3, 2024 -- The U.V. Rowing Council and Russia signed a rowing"
            " cooperation agreement on Saturday in Orrin.\n"
            "The agreement was signed by the presidents of both Rowing Committees – U.V."
            " Rowing Council President Jane Doe and Russian RC President Ivan Orlov – at the"
            " Orrin Hall.\n"
            "Also present from Russia were Oleg Marin, RC Vice President; and Anton Belov,"
            " Deputy Secretary General.\n"
        )
    )
    # "Russian RC" is a body (a country's adjective and an acronym), never a person.
    assert not any(person == "Russian RC" for person, _, _ in roles)
    assert ("Ivan Orlov", "President", "Russian RC") in roles
    # "Russia" is a country though ISO 3166 names it otherwise; its side's one body holds
    # the titles, and "RC" written short is that body, not a second one.
    assert ("Anton Belov", "Deputy Secretary General", "Russian RC") in roles
    assert ("Oleg Marin", "Vice President", "Russian RC") in roles


def _speaker(d: Draft, start: str) -> str | None:
    ents = d.registry.entities
    return next(
        (ents[q.speaker].name for _, q, _ in d.quotes if q.text.startswith(start)),
        None,
    )


def test_a_portfolio_listed_with_commas_is_one_title() -> None:
    roles = _roles(
        build_draft(
            "Velmont signs fibre link contract\n\n"
            "KESTREL, March 3, 2024 -- The Honourable Jane Doe, Minister of Fisheries, Food"
            " and Rural Development, today announced the signing of a fibre link contract"
            " with Orrin Telecom Ltd.\n"
            "John Roe, Minister of Trade, Velmont, welcomed the contract.\n"
        )
    )
    assert any(
        p == "Jane Doe" and t == "Minister of Fisheries, Food and Rural Development"
        for p, t, _ in roles
    )
    assert not any(o == "Food" for _, _, o in roles)
    # (A part that is no area after the portfolio is its organisation, as before.)
    assert any(p == "John Roe" and t == "Minister of Trade" for p, t, _ in roles)


_REPORTED = (
    "Velmont fighter programme launches joint company\n\n"
    "KESTREL, March 3, 2024 -- The Velmont Combat Air International Government Organization"
    " on Friday welcomed the launch of Skyforge Ltd, a joint company of three defence firms.\n"
    "Jane Doe, head of the organization and formerly a senior Velmont Defense Ministry"
    " official, said in the statement that she welcomed the launch of Skyforge, adding that"
    ' "effective and empowered collaboration" between her organization and Skyforge will be'
    " critical to the success of the programme.\n"
    "John Roe, chief executive of Skyforge Ltd, welcomed the launch and called it"
    ' "a real turning point" for the industry.\n'
)


def test_a_current_title_and_an_ended_one_joined_by_and_formerly() -> None:
    d = build_draft(_REPORTED)
    ents = d.registry.entities
    held = {
        (
            ents[r.entity].name,
            r.title,
            ents[r.organization].name if r.organization else None,
        ): r.current
        for r in d.registry.roles
    }
    assert held[("Jane Doe", "head", "Velmont Combat Air International Government Organization")]
    assert held[("Jane Doe", "senior Velmont Defense Ministry official", None)] is False
    assert not any(" and formerly" in t for _, t, _ in held)


def test_a_few_words_quoted_inside_reported_speech_are_the_subjects() -> None:
    d = build_draft(_REPORTED)
    assert _speaker(d, "effective and empowered collaboration") == "Jane Doe"
    assert _speaker(d, "a real turning point") == "John Roe"


def test_an_attribution_ending_with_a_colon_never_closes_the_quote_before_it() -> None:
    d = build_draft(
        "Kestrel Air and Orrin City FC expand partnership\n\n"
        "ORRIN, March 3, 2024 -- Kestrel Air and Orrin City Football Club today announced a"
        " ten-year partnership.\n"
        "John Roe, CEO of Kestrel Air, said: “This is a game-changing partnership agreement"
        " for both of our brands. “Kestrel’s work with Orrin City Football Club has already"
        ' yielded a significant return on our investment." Sir Alan Lee, Leader of Orrin'
        " City Council, said:\n"
    )
    # (A page cut after "said:": the colon looks forward, to a quote the page lost.)
    assert _speaker(d, "Kestrel’s work with Orrin") == "John Roe"


def test_a_title_word_before_a_capitalised_word_keeps_the_title_whole() -> None:
    d = build_draft(
        "Orrin Energy signs framework agreement with the Kestrel Construction Corps\n\n"
        "ORRIN, March 3, 2024 -- Orrin Energy Group (OEG) today signed a framework agreement"
        " with the Kestrel Construction Corps (KCC).\n"
        "In the presence of leading cadres of KCC including Deputy Party Secretary and"
        " Commander Mr. WANG Lipeng, the agreement was sealed by Mr. Li Ming, Chairman of"
        " OEG, and Mr. Zhao Wei, Deputy Director of the KCC.\n"
    )
    # "Deputy Party Secretary" is a title ("Party" no organisation), held at the group the
    # sentence names ("cadres of KCC"), never at the company behind the release; and the
    # words around the two names are no list of officials.
    assert (
        "WANG Lipeng",
        "Deputy Party Secretary and Commander",
        "Kestrel Construction Corps",
    ) in (_roles(d))
    assert ("Li Ming", "Chairman", "Orrin Energy Group") in _roles(d)


def test_people_named_after_styles_dashes_and_lists_of_titles() -> None:
    d = build_draft(
        "Velmont and Ostria sign space and ports agreements\n\n"
        "KESTREL, March 3, 2024 -- Velmont and Ostria signed two agreements on Friday.\n"
        "On 27 April, Mr. Radu – Ioan Pascal, President of the Velmont Space Agency (VSA),"
        " and Mr. Ivo Lind, Head of the Ostria Space Office, signed a memorandum.\n"
        "His Highness the Crown Prince Sheikh Nasser Al-Ahmad Al-Rashid witnessed the"
        " signing.\n"
        "Deputy Prime Minister, Minister of Oil and Minister of State for Economic affairs"
        " and investment Dr. Saad Al-Hamad signed a ports agreement.\n"
        "Chairman, President and CEO Jane Doe of Orrin Ports Ltd also attended.\n"
    )
    roles = _roles(d)
    # Two given names joined by a spaced dash after a courtesy title: one name.
    assert ("Radu-Ioan Pascal", "President", "Velmont Space Agency") in roles
    # A royal office before the styles: the title (no organisation the release names).
    assert any(p == "Nasser Al-Ahmad Al-Rashid" and t == "Crown Prince" for p, t, _ in roles)
    # A list of titles opening the sentence: each is the person's.
    held = {t for p, t, _ in roles if p == "Saad Al-Hamad"}
    assert {"Deputy Prime Minister", "Minister of Oil"} <= held
    # (Title words only stay one title.)
    assert any(p == "Jane Doe" and t == "Chairman, President and CEO" for p, t, _ in roles)


def test_a_title_in_a_units_secretariat_is_held_at_its_parent() -> None:
    roles = _roles(
        build_draft(
            "UNTB signs agreement with the Orrin Islands Group\n\n"
            "GENEVA, March 3, 2024 -- The Velmont Trade Board (VTB) has signed a new"
            " agreement with the Orrin Islands Group (OIG) Secretariat to expand trade.\n"
            "OIG Secretariat Director General Tomas Reyl stated: “The agreement underscores"
            " our commitment to work with the board.”\n"
        )
    )
    assert ("Tomas Reyl", "Director General of the OIG Secretariat", "Orrin Islands Group") in (
        roles
    )


def test_an_envoys_post_is_no_country_of_the_sentence() -> None:
    roles = _roles(
        build_draft(
            "Velmont and Kenya sign rowing agreement\n\n"
            "KESTREL, March 3, 2024 -- The Velmont Rowing Council and the Kenya Rowing Board"
            " signed a rowing agreement on Saturday.\n"
            "Attending were Boris Sokol, Kenyan Ambassador to Norway; and Oleg Marin, Vice"
            " President.\n"
        )
    )
    # Where the ambassador serves is no government of his; and a country's name alone
    # is no short form of a body named after it.
    assert ("Boris Sokol", "Kenyan Ambassador to Norway", "Government of Kenya") in roles
    assert not any(o == "Kenya Rowing Board" for p, _, o in roles if p == "Oleg Marin")


def test_a_speakers_second_title_never_runs_into_the_first_ones_organisation() -> None:
    d = build_draft(
        "Velmont University and Kestrel Engines open research centre\n\n"
        "VELMONT, March 3, 2024 -- Velmont University and Kestrel Engines opened a research"
        " centre on Friday.\n"
        '"The centre is taking shape with several tangible developments," said Jane Doe,'
        " senior associate dean for research at the Velmont Engineering School and board"
        " member.\n"
    )
    assert not any("board member" in (o or "") for _, _, o in _roles(d))
    assert any(p == "Jane Doe" and t == "board member" for p, t, _ in _roles(d))
