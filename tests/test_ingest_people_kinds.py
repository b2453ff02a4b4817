"""Kinds of speaker and role wording from a sealed set of real releases (not in the repo),
each as an invented release with what the draft must say.

The kinds: a family name of several words ("said Al Nadri"); a quote after a paragraph
whose subject is "He"/"She"; a speaker named by the organisation and a leader word
("the Kestrel chief"); a quote of several paragraphs closed, with its attribution, in a
later paragraph; an aside in the attribution naming someone else ("…," Minister Rook,
representing Minister Lind, said.); a title with its portfolio or unit before the name
("Velmont Minister Responsible for Digital Services Ada Rook").
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import pytest

from bot.ingest import build_draft
from tests.draftviews import roles, speakers


def test_a_family_name_of_several_words_and_a_he_paragraph_before_a_quote() -> None:
    d = build_draft(
        "VELMONT, Aldoria, March 21, 2019 /PRNewswire/ -- The Kestrel News Agency and the"
        " Orrin Press Service signed a news exchange memorandum.\n\n"
        "The memorandum was signed by Sami Karim Al Nadri, Executive Director of the Kestrel"
        " News Agency, and Ivo Lind, Director for Partnerships at the Orrin Press Service.\n\n"
        '"The memorandum opens a daily exchange of news between our two agencies," Al Nadri'
        " said.\n\n"
        "He stressed the importance of the new partnership for both newsrooms.\n\n"
        '"We are confident that the exchange will grow every year."\n'
    )
    assert speakers(d) == ["Sami Karim Al Nadri", "Sami Karim Al Nadri"]
    assert "Al Nadri" not in {e.name for e in d.registry.entities.values()}


def test_the_organisation_chief_is_its_leader_and_the_next_paragraph_goes_on() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Nov. 8, 2019 /PRNewswire/ -- The Kestrel News Agency and the Orrin"
        " Press Service signed an agreement on Friday.\n\n"
        "The agreement was signed by Kestrel News Agency CEO Tana Rell and Orrin Press Service"
        " President Osric Pell.\n\n"
        '"Our newsrooms will train each other\'s correspondents," Pell said.\n\n'
        "Rell welcomed the suggestion.\n\n"
        '"Relations between our countries are not easy, but our agencies can help," the'
        " Kestrel News Agency chief said.\n\n"
        '"The Orrin Press Service helped us during the games last year."\n'
    )
    assert speakers(d) == ["Osric Pell", "Tana Rell", "Tana Rell"]


def test_a_quote_of_several_paragraphs_closed_with_its_attribution_later() -> None:
    d = build_draft(
        "VELMONT, Aldoria, April 11, 2022 /PRNewswire/ -- The Kestrel Digital Fund and the"
        " Orrin Technology Board signed a memorandum to grow local technology firms.\n\n"
        "Kestrel Digital Fund CEO Ada Rook said the two programmes would share mentors.\n\n"
        "\u201cFor the fund, our programmes will reach every village in the region.\n\n"
        "With this memorandum, we can reach much further,\u201d said Rook.\n\n"
        "\u201cUltimately, the memorandum is meant to help local firms grow abroad.\n\n"
        "Through this work we move forward as one region,\u201d she added.\n\n"
        "Orrin Technology Board CEO Tom Reyl said the board would open two offices.\n\n"
        "\u201cThis is a chance to take our programmes to other regions,\u201d he said.\n"
    )
    assert speakers(d) == ["Ada Rook", "Ada Rook", "Tom Reyl"]


def test_an_aside_in_the_attribution_is_not_the_speaker_and_a_portfolio_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Sept. 29, 2003 /PRNewswire/ -- Trade Minister Ivo Lind and Velmont"
        " Minister Responsible for Digital Services Ada Rook today announced a joint fund"
        " for small firms.\n\n"
        'The two governments will each commit $5 million. "The fund gives small firms the'
        ' tools they need," Minister Rook, representing Ports and Harbours Minister Tom Reyl,'
        ' said. "It is an important part of our plan for the coast."\n'
    )
    assert speakers(d) == ["Ada Rook", "Ada Rook"]
    assert roles(d, "Ada Rook") == {
        ("Minister Responsible for Digital Services", "Government of Velmont")
    }


def test_a_title_with_its_portfolio_or_unit_before_the_name_is_one_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- Orrin Biotech and the Kestrel Fund"
        " today signed a research agreement.\n\n"
        "Minister of Coastal Affairs Tana Rell and Director of Clinical Procurement Osric Pell"
        " attended the signing.\n"
    )
    assert roles(d, "Tana Rell") == {("Minister of Coastal Affairs", None)}
    assert roles(d, "Osric Pell") == {("Director of Clinical Procurement", None)}


def test_a_title_held_in_a_place_and_a_country_adjective_are_the_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Sept. 10, 2023 /PRNewswire/ -- KNA and OPS have signed a news"
        " exchange accord, with the Kenyan Ambassador in Velmont Ada Rook present by"
        " video-link.\n\n"
        '"I welcome the signing of this accord between our two agencies," declared'
        ' Ambassador Rook, "aimed at a wider flow of news between the two countries."\n\n'
        'For his part, Malaysian Ambassador Tom Reyl underlined "it is a pleasure to witness'
        ' this signing."\n'
    )
    assert speakers(d) == ["Ada Rook", "Ada Rook", "Tom Reyl"]
    # (The adjective's country is whom the ambassador serves: see bot/ingest/roles.py.)
    assert ("Kenyan Ambassador in Velmont", "Government of Kenya") in roles(d, "Ada Rook")
    assert roles(d, "Tom Reyl") == {("Malaysian Ambassador", "Government of Malaysia")}


def test_the_minister_named_by_title_only_is_the_release_s_one_minister() -> None:
    d = build_draft(
        "VELMONT, Aldoria, July 24, 2015 /PRNewswire/ -- The Kestrel Fund will open a grant"
        " round for village cooperatives, Minister of Coastal Affairs Tana Rell announced"
        " today.\n\n"
        "Osric Pell, president of the Orrin Council, welcomed the round.\n\n"
        '"Villages know what they need better than any ministry," the Minister said.\n'
    )
    assert speakers(d) == ["Tana Rell"]


def test_a_title_between_two_names_belongs_to_the_name_before_it() -> None:
    d = build_draft(
        "VELMONT, Aldoria, June 2, 2022 /PRNewswire/ -- The Kestrel Daily Post (KDP) and the"
        " Velmont Daily News (VDN) signed a memorandum of agreement on news sharing.\n\n"
        "The signing was witnessed by Ada Rook, Executive Editor of the KDP, Tom Reyl, VDN"
        " Editorial General Manager and other officials from both newspapers.\n"
    )
    assert roles(d, "Ada Rook") == {("Executive Editor", "Kestrel Daily Post")}
    assert roles(d, "Tom Reyl") == {("Editorial General Manager", "Velmont Daily News")}


def test_a_title_with_the_area_it_covers_is_one_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Nov. 12, 2020 /PRNewswire/ -- Orrin-Kestrel Halvard and Tallow"
        " Pharmacies today extended their recycling partnership.\n\n"
        '"Tallow is an important partner for our research," said Ada Rook, Ph.D., senior'
        " vice president, Preclinical Development, Orrin-Kestrel Halvard.\n\n"
        '"Our pharmacists prepare every bottle," said Tom Reyl, Senior Director of Clinical'
        " Procurement.\n"
    )
    assert speakers(d) == ["Ada Rook", "Tom Reyl"]
    assert roles(d, "Ada Rook") == {
        ("senior vice president, Preclinical Development", "Orrin-Kestrel Halvard")
    }
    assert {title for title, _ in roles(d, "Tom Reyl")} == {
        "Senior Director of Clinical Procurement"
    }


def test_a_portfolio_of_several_areas_before_minister_is_the_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, July 24, 2015 /PRNewswire/ -- The Velmont government will fund"
        " village cooperatives under the Kestrel Growth programme, Fisheries, Food and"
        " Rural Development Minister Tana Rell announced today.\n\n"
        '"Villages know what they need," said Minister Rell.\n'
    )
    assert speakers(d) == ["Tana Rell"]
    # (The one government the sentence names is the minister's: bot/ingest/roles.py.)
    assert roles(d, "Tana Rell") == {
        ("Fisheries, Food and Rural Development Minister", "Government of Velmont")
    }


@pytest.mark.parametrize(
    "introduction",
    [
        "According to Ada Rook, CEO of the Orrin Fund, the grants will double next year.",
        "Ada Rook, CEO of the Orrin Fund, added that the grants will double next year.",
        "Ada Rook, CEO of the Orrin Fund, noted the growth of the grants.",
        "Ada Rook, CEO of the Orrin Fund, said:",
    ],
)
def test_a_quote_after_a_paragraph_that_introduces_its_speaker(introduction: str) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        f'{introduction}\n\n"We are ready for the work."\n'
    )
    assert speakers(d) == ["Ada Rook"]


def test_a_minister_with_no_organisation_belongs_to_the_government_the_sentence_names() -> None:
    d = build_draft(
        "VELMONT, Aldoria, July 24, 2015 /PRNewswire/ -- The Ontario government will fund"
        " village cooperatives under the Kestrel Growth programme, Rural Affairs Minister"
        " Tana Rell announced today.\n"
    )
    assert roles(d, "Tana Rell") == {("Rural Affairs Minister", "Government of Ontario")}


def test_the_rest_of_a_quote_whose_speaker_is_unread_is_not_the_next_speaker_s() -> None:
    # (A chairman's family name alone is unread; a public office's, "Ambassador Quill",
    # is read since i15: test_ingest_i15_kinds.)
    d = build_draft(
        "VELMONT, Aldoria, Sept. 10, 2023 /PRNewswire/ -- KNA and OPS have signed a news"
        " exchange accord.\n\n"
        '"I welcome the signing of this accord between our two agencies," declared'
        ' Chairman Quill, "aimed at a wider flow of news." For his part, Malaysian Ambassador'
        ' Tom Reyl underlined "it is a pleasure to witness this signing."\n'
    )
    assert speakers(d) == ["Tom Reyl"]
    assert [q.text[:8] for _, q, _ in d.quotes] == ["it is a "]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the CEO said", "Ada Rook"),
        ("the chair of the Kestrel Trust said", "Ivo Lind"),
        ("Rook told the Velmont News Agency", "Ada Rook"),
        ("Lind warned", "Ivo Lind"),
        ("argued Lind", "Ivo Lind"),
        ("Rook cautioned", "Ada Rook"),
    ],
)
def test_a_speaker_named_by_title_alone_or_told_someone(attribution: str, speaker: str) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        "Ada Rook, CEO of the Orrin Fund, and Ivo Lind, chair of the Kestrel Trust, signed"
        " the agreement.\n\n"
        f'"We are ready for the work," {attribution}.\n'
    )
    assert speakers(d) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Mayor of Velmont Ada Rook attended.", ("Mayor", "Velmont")),
        (
            "Ada Rook, Ambassador of Aldoria to Ostria, attended.",
            ("Ambassador to Ostria", "Aldoria"),
        ),
    ],
)
def test_a_post_in_a_place_or_sent_to_one(sentence: str, role: tuple[str, str]) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        f" today signed a grant agreement.\n\n{sentence}\n"
    )
    assert roles(d, "Ada Rook") == {role}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Ada Rook, President/CEO of the Orrin Fund, attended.", ("President/CEO", "Orrin Fund")),
        (
            "Ada Rook, who is also the president of the Orrin Fund, attended.",
            ("president", "Orrin Fund"),
        ),
        (
            "Minister of the Interior and Safety Ada Rook attended.",
            ("Minister of the Interior and Safety", None),
        ),
        (
            "Under Secretary of Commerce for Trade Ada Rook attended.",
            ("Under Secretary of Commerce for Trade", None),
        ),
    ],
)
def test_more_ways_to_write_a_title(sentence: str, role: tuple[str, str | None]) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        f" today signed a grant agreement.\n\n{sentence}\n"
    )
    assert roles(d, "Ada Rook") == {role}


def test_two_titles_with_a_slash_before_a_name_with_a_suffix() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Press Association (OPA) and"
        " the Kestrel Wire signed a content agreement.\n\n"
        '"We are pleased to subscribe to the Kestrel Wire," said OPA President/CEO Ada Rook,'
        ' Jr. "This gives our members more news," Rook added.\n'
    )
    assert speakers(d) == ["Ada Rook", "Ada Rook"]
    assert roles(d, "Ada Rook") == {("President/CEO", "Orrin Press Association")}


def test_he_or_she_means_the_subject_of_the_sentence_before() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        "Ada Rook, CEO of the Orrin Fund, and Ivo Lind, chair of the Kestrel Trust, signed the"
        " agreement.\n\n"
        'Rook thanked Lind for his patience. "We are grateful," she said. "So are we," Lind'
        " replied.\n"
    )
    assert speakers(d) == ["Ada Rook", "Ivo Lind"]


@pytest.mark.parametrize(
    "introduction",
    [
        "In her remarks, Rook noted that the grants would double.",
        "For her part, Rook thanked the trust for its patience.",
    ],
)
def test_a_paragraph_opening_with_a_clause_then_its_subject_introduces_a_quote(
    introduction: str,
) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        "Ada Rook, CEO of the Orrin Fund, and Ivo Lind, chair of the Kestrel Trust, signed the"
        f' agreement.\n\n{introduction}\n\n"We are ready for the work."\n'
    )
    assert speakers(d) == ["Ada Rook"]


def test_a_headline_with_a_colon_gives_no_role_to_its_first_words() -> None:
    d = build_draft(
        "Village Growth, Local Leadership Backed By New Fund: Minister Rell\n\n"
        "VELMONT, Aldoria, July 24, 2015 /PRNewswire/ -- The Kestrel Fund will open a grant"
        " round, Minister of Coastal Affairs Tana Rell announced today.\n"
    )
    assert {r.entity for r in d.registry.roles} == {"tana-rell"}


@pytest.mark.parametrize(
    "title",
    [
        "Director of Library Communication",
        "Vice President of Government Relations",
        "Dean of Students",
        "Manager of Community Outreach",
        "Director of Strategic Initiatives",
    ],
)
def test_a_title_of_a_department_is_one_title_after_or_before_the_name(title: str) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Foundation and Velmont"
        f" University today signed a grant agreement.\n\n{title} Ada Rook attended. Tom Reyl,"
        f" {title}, also came.\n"
    )
    assert {t for t, _ in roles(d, "Ada Rook")} == {title}
    assert {t for t, _ in roles(d, "Tom Reyl")} == {title}


def test_a_quote_of_three_paragraphs_each_opening_with_a_quote_mark() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        '"The grants will reach every village.\n\n"We will report every year.\n\n"No cent'
        ' will be wasted," said Ivo Lind, chair of the Kestrel Trust.\n'
    )
    assert speakers(d) == ["Ivo Lind", "Ivo Lind", "Ivo Lind"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Provost and Executive Vice President for Academic Affairs Ada Rook signed.",
            "Provost and Executive Vice President for Academic Affairs",
        ),
        (
            "ODP Regional Director for Asia and the Pacific Ada Rook signed.",
            "Regional Director for Asia and the Pacific",
        ),
    ],
)
def test_long_titles_before_the_name(sentence: str, title: str) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Development Programme (ODP)"
        f" and Velmont University today signed a grant agreement.\n\n{sentence}\n"
    )
    assert {t for t, _ in roles(d, "Ada Rook")} == {title}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            # (The portfolio in brackets is part of the title.)
            "Ada Rook, Secretary of State (Rural Affairs), attended.",
            ("Secretary of State (Rural Affairs)", None),
        ),
        ("Ada Rook, Director of the State Library, attended.", ("Director", "State Library")),
    ],
)
def test_secretary_of_state_is_one_title_and_a_state_library_an_organisation(
    sentence: str, role: tuple[str, str | None]
) -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        f" today signed a grant agreement.\n\n{sentence}\n"
    )
    assert roles(d, "Ada Rook") == {role}


def test_a_unit_of_an_organisation_in_a_place() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Development Programme (ODP)"
        " and Velmont University today signed a grant agreement.\n\n"
        "Ada Rook, Head of the ODP Office in Velmont, signed.\n"
    )
    assert roles(d, "Ada Rook") == {
        ("Head of the ODP Office in Velmont", "Orrin Development Programme")
    }


def test_he_or_she_fits_a_person_the_release_calls_mr_or_ms() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Orrin Fund and the Kestrel Trust"
        " today signed a grant agreement.\n\n"
        "Mr. Tom Reyl, chair of the Kestrel Trust, thanked Ms. Ada Rook, CEO of the Orrin"
        ' Fund. "We are grateful to the trust for its patience," she said.\n'
    )
    assert speakers(d) == ["Ada Rook"]


def test_a_long_capitalised_comma_part_is_read_in_linear_time() -> None:
    """A release line "Jane DOE, CEO, AAAA…!" once made the organisation pattern try
    exponentially many splits of the capitalised run (minutes at 120 letters, never at
    5,000). Run in a child process so that a regression fails (its deadline is a
    thousand times the real work) instead of hanging the suite; no timing is measured."""
    import subprocess
    import sys

    probe = (
        "from bot.ingest.people import parse_person_phrase\n"
        "ref = parse_person_phrase('Jane DOE, Chief Executive Officer, ' + 'A' * 5000 + '!, "
        "Acme', set())\n"
        "print(ref.title)\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("parse_person_phrase backtracks on a capitalised run") from None
    assert done.stdout.strip() == "Chief Executive Officer", done.stderr
