"""Session 18: organisation and programme names known by the release's own evidence.

Each test is an invented release (other names, domains and wording than the real
releases the kinds were seen in): a name whose words are in no list of ours becomes an
entity when the release treats it as one (bot/ingest/name_evidence.py), and places,
people, months, titles and a sentence's first words never do.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.acronyms import find_acronyms
from bot.ingest.name_evidence import MIN_SCORE, scored_names
from bot.ingest.names import find_named_things
from bot.ingest.registry import Registry
from bot.kb.models import EntityKind
from tests.draftviews import names

# -- the scorer on its own --------------------------------------------------------------


def test_a_name_with_an_ampersand_written_as_a_subject_and_again_is_a_name() -> None:
    sentences = [
        "The Tallow Creek Lodge & Baths is pleased to open a second wing this spring.",
        "Guests of Tallow Creek Lodge & Baths may book the new rooms online.",
    ]
    found = {c.name: c for c in scored_names(sentences, Registry(None))}
    assert "Tallow Creek Lodge & Baths" in found
    assert found["Tallow Creek Lodge & Baths"].score >= MIN_SCORE
    assert "SUBJECT" in found["Tallow Creek Lodge & Baths"].evidence


def test_one_sign_alone_is_not_enough() -> None:
    # A two-word run that opens one sentence, once: any sentence's first words.
    sentences = ["Regional Growth slowed in the third quarter, the survey found."]
    assert scored_names(sentences, Registry(None)) == []
    # Written twice, but never as a party or with words of its own.
    sentences = [
        "Visitors walked along Marrow Lane on the first day.",
        "The stalls on Marrow Lane stayed open late.",
    ]
    assert scored_names(sentences, Registry(None)) == []


def test_people_places_months_and_titles_never_become_organisations() -> None:
    sentences = [
        "Senior Director Kiri Tamsen has signed the lease, said Kiri Tamsen.",
        "In Port Velmora, Senior Director Kiri Tamsen has opened the depot.",
        "Mary Quell has joined the board, and Mary Quell will chair it.",
        "New Zealand has signed with New Zealand partners.",
        "September Harvest was described, September Harvest said.",
    ]
    found = {c.name for c in scored_names(sentences, Registry(None))}
    assert not found & {
        "Senior Director Kiri Tamsen",
        "Kiri Tamsen",
        "Mary Quell",
        "New Zealand",
        "September Harvest",
    }


def test_a_run_crossing_a_legal_form_or_a_sentence_end_is_no_name() -> None:
    sentences = [
        "It signed with Pell Minerals S.A.R.L. Copper Works last week.",
        "It signed with Pell Minerals GmbH. Then Copper Works followed.",
    ]
    found = {c.name for c in scored_names(sentences, Registry(None))}
    assert not any("Copper Works" in name and "Pell" in name for name in found)


# -- in a draft -------------------------------------------------------------------------


_LODGE = (
    "Tallow Creek Lodge & Baths Joins Across Amber\n\n"
    "May 4, 2025\n\n"
    "Elmhaven, ON -- The Tallow Creek Lodge & Baths is proud to announce it has joined"
    " Across Amber \u2013 a network of the country's quietest inns.\n\n"
    "Across Amber offers travellers a way to find inns that keep to its standards.\n\n"
    "As a member of Across Amber, The Tallow Creek Lodge & Baths will report its water"
    " use each year.\n"
)


def test_names_in_no_list_become_organisations_by_their_evidence() -> None:
    d = build_draft(_LODGE)
    orgs = names(d, EntityKind.ORGANIZATION)
    assert "Tallow Creek Lodge & Baths" in orgs
    # ("Across" is a preposition, but capitalised inside a sentence it is a name's word.)
    assert "Across Amber" in orgs


def test_a_joint_venture_named_in_brackets_is_one_name() -> None:
    d = build_draft(
        "PORTSIDE, March 3, 2025 -- Veldt Civil today said that a joint venture between"
        " Veldt Civil and Rook & Harrow (VELDT-R&H Harbours and Canals JV) has won a"
        " five-year dredging contract from the Orrin Port Authority.\n"
    )
    assert "VELDT-R&H Harbours and Canals JV" in names(d)


def test_a_subject_that_holds_a_name_the_release_writes_alone() -> None:
    d = build_draft(
        "Kessmark wins two contracts\n\n"
        "June 9, 2024\n\n"
        "Kessmark's partnerships abroad have won two contracts this month.\n\n"
        "In Velmora, Kessmark Doruvi has secured a contract to build a ferry terminal.\n\n"
        "The work raises Kessmark's order book, the company said.\n"
    )
    assert "Kessmark Doruvi" in names(d, EntityKind.ORGANIZATION)
    # (The body the venture belongs to, written alone as an owner, stays a name too.)
    assert "Kessmark" in names(d, EntityKind.ORGANIZATION)


def test_parties_named_only_in_speech_by_with_and_a_programme_in_lower_case() -> None:
    d = build_draft(
        "TALLIS, Feb. 2 /Newswire/ -- Orrin Aero issued a statement today.\n\n"
        '"We are working with the NCDA and the Harbour Pilots Guild on the Sea-to-Shelf'
        ' initiative, which helps ports buy cleaner fuel. We welcome the news," said'
        " Jana Vos, a vice president of Orrin Aero.\n"
    )
    assert "Harbour Pilots Guild" in names(d)
    assert "Sea-to-Shelf initiative" in names(d, EntityKind.INITIATIVE)


# -- grammar and acronyms -------------------------------------------------------------


def test_two_names_around_for_each_closed_by_its_head() -> None:
    sentence = "It will build a stadium for the Orrin Youth Games for the Kessel Harbour Company."
    assert find_named_things(sentence) == ["Orrin Youth Games", "Kessel Harbour Company"]
    # ("of" says whose a name is; a name's own "for" before a topic stays inside.)
    assert find_named_things("The Velmont Bank of Orrin Group agreed.") == [
        "Velmont Bank of Orrin Group"
    ]
    assert find_named_things("The Tarn Society for the Care of Owls agreed.") == [
        "Tarn Society for the Care of Owls"
    ]


def test_a_short_name_of_clipped_words_aligns_with_the_long_one() -> None:
    found = find_acronyms("It partnered with the Velmont Institute of Agronomy (Velmont Agro).")
    assert [(a.long, a.short) for a in found] == [("Velmont Institute of Agronomy", "Velmont Agro")]
    # Words that are no clips of the long name's words: no short name.
    assert not any(
        a.short == "Velmont Farms"
        for a in find_acronyms(
            "It partnered with the Velmont Institute of Agronomy (Velmont Farms)."
        )
    )


def test_a_person_the_release_quotes_or_calls_her_is_no_organisation() -> None:
    sentences = [
        "Tamsin Vell will leave the board of Orrin Kilns in March.",
        "Her successor will be named later.",
        "\u201cIt was a pleasure,\u201d said Tamsin Vell.",
    ]
    assert "Tamsin Vell" not in {c.name for c in scored_names(sentences, Registry(None))}


def test_part_of_a_longer_known_name_is_no_name_of_its_own() -> None:
    registry = Registry(None)
    registry.add("Moor and Meadow Initiative", EntityKind.INITIATIVE, exact=True)
    sentences = [
        "The Moor and Meadow Initiative and the Orrin Water Board today agreed to restore"
        " two ponds.",
        "The Moor and Meadow Initiative will plant the banks.",
    ]
    assert "Meadow Initiative" not in {c.name for c in scored_names(sentences, registry)}


def test_a_name_described_as_a_body_or_the_agent_of_a_passive_is_a_party() -> None:
    described = [
        "The ferries will be refitted at Kellby Drydocks, a ship repair company that"
        " opened last year.",
    ]
    assert "Kellby Drydocks" in {c.name for c in scored_names(described, Registry(None))}
    # (A descriptor that names no kind of body is a weaker sign: once, it is not enough.)
    vague = ["The ferries will be refitted at Kellby Drydocks, a fine sight in spring."]
    assert "Kellby Drydocks" not in {c.name for c in scored_names(vague, Registry(None))}
    agent = ["The harbour works were commissioned by the Tarrow Quays Trust last year."]
    assert "Tarrow Quays Trust" in {c.name for c in scored_names(agent, Registry(None))}


def test_a_party_named_only_in_the_headline_and_opening_the_lead() -> None:
    # (Review 18: the headline and the subject's place say "a name", a person's too; a
    # word of a body's makes it an organisation, else the reviewer is asked.)
    d = build_draft(
        "Quarrow Ferry Company adds a night crossing\n\n"
        "TALLIS, May 2, 2024 -- Quarrow Ferry Company has opened a night route to Port Kell"
        " with support from local councils.\n\n"
        "The crossing takes four hours.\n"
    )
    assert "Quarrow Ferry Company" in names(d, EntityKind.ORGANIZATION)
    d = build_draft(
        "Quarrow Ferries adds a night crossing\n\n"
        "TALLIS, May 2, 2024 -- Quarrow Ferries has opened a night route to Port Kell"
        " with support from local councils.\n\n"
        "The crossing takes four hours.\n"
    )
    assert "Quarrow Ferries" not in names(d, EntityKind.ORGANIZATION)
    assert any(n.startswith("'Quarrow Ferries' acts as a party") for n in d.notes), d.notes


def test_a_programme_named_in_curly_single_marks() -> None:
    d = build_draft(
        "KELL, June 3, 2024 -- The Orrin Ports Authority has signed an agreement with"
        " Velmont Training. The programmes under the agreement, which have been called"
        " \u2018Harbour Skills Open Futures\u2019 will train 300 dock workers.\n\n"
        "\u201cThis is a good day,\u201d said Ana Rell, director of the authority.\n"
    )
    assert "Harbour Skills Open Futures" in names(d)


def test_the_owner_written_alone_inside_a_name_is_a_part_of_it() -> None:
    sentences = [
        "Kessmark's partnerships abroad have won two contracts.",
        "In Velmora, Kessmark Doruvi has secured a contract to build a terminal.",
        "The work raises Kessmark's order book, the company said.",
    ]
    found = {c.name: c for c in scored_names(sentences, Registry(None))}
    assert found["Kessmark Doruvi"].parts == ("Kessmark",)
    # (A word never written alone as an owner is no part: "Doruvi".)
    assert "Doruvi" not in found["Kessmark Doruvi"].parts
