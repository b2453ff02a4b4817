"""The answer engine through its one entry point, Engine.handle(message)."""

from __future__ import annotations

import pytest

from bot import limits
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.request import option_value, parse
from bot.engine.text import echo
from bot.render.json import render_json
from bot.render.text import render_text

CITATION = "PR Newswire, Hangzhou, China, 2018-04-21"


# --- parsing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "command", "argument", "page"),
    [
        ("!quote Jack MA", "quote", "Jack MA", None),
        ("!quote Jack MA 2", "quote", "Jack MA", 2),
        ("!QUOTE   jack   ma", "quote", "jack ma", None),
        ("!what 2030 Agenda", "what", "2030 Agenda", None),
        ("!sources 3", "sources", "", 3),
        ("<@123> !what eWTP", "what", "eWTP", None),
        ("@partnerbot when did they meet?", "question", "when did they meet?", None),
        ("<@!42>, where did they meet?", "question", "where did they meet?", None),
        ("!frobnicate x", "unknown", "x", None),
        ("!whois jack", "who", "jack", None),
    ],
)
def test_parse(message: str, command: str, argument: str, page: int | None) -> None:
    request = parse(message, "!")
    assert (request.command, request.argument, request.page) == (command, argument, page)


def test_custom_prefix() -> None:
    assert parse("?what eWTP", "?").command == "what"
    assert parse("!what eWTP", "?").command == "question"


# --- commands ---------------------------------------------------------------------------


def test_quote_gives_speaker_role_and_citation(engine: Engine) -> None:
    answer = engine.handle("!quote Jack MA")
    assert answer.status is Status.ANSWERED
    assert answer.speaker == "Jack MA"
    assert answer.role is not None and "Founder and Executive Chairman" in answer.role
    assert "as of 2018-04-21" in answer.role
    assert "global buy" in answer.text
    assert [str(c) for c in answer.citations] == [CITATION]


def test_quote_pages_through_a_speakers_quotes(engine: Engine) -> None:
    first = engine.handle("!quote Li Yong")
    second = engine.handle("!quote Li Yong 2")
    assert first.page is not None and (first.page.number, first.page.total) == (1, 2)
    assert "UNIDO's mandate" in first.text and "1 of 2" in first.text
    assert "good practices" in second.text
    assert second.page is not None and second.page.number == 2
    # Asking past the end says how many quotes there are rather than repeat one.
    past = engine.handle("!quote Li Yong 9")
    assert past.status is Status.NOT_FOUND and past.page is None
    assert "no page 9" in past.text and "2 quotes" in past.text, past.text


def test_quote_page_of_the_only_quote_says_there_is_one(engine: Engine) -> None:
    """issue 13: `!quote Jack MA 2` repeated the only quote without a word."""
    answer = engine.handle("!quote Jack MA 2")
    assert answer.status is Status.NOT_FOUND, render_text(answer)
    assert "only one quote" in answer.text and "global buy" not in answer.text
    assert [c.label for c in answer.choices] == ["Jack MA"]


_PAGED = {
    # command: its first page, and what it counts
    "!sources": "page of releases",
    "!quote Jack MA": "quote for Jack MA",
    "!quote LI Yong": "quotes for LI Yong",
    "!timeline eWTP": "timeline pages for",
}


@pytest.mark.parametrize("stem", list(_PAGED))
@pytest.mark.parametrize("page", ["0", "-1", "\u22122", "99"])
def test_every_paged_command_answers_a_page_it_lacks_alike(
    engine: Engine, stem: str, page: str
) -> None:
    """`!sources 2` past the last page showed page 1 while `!quote X 5` said "only one
    quote"; 0 and negative pages showed page 1 everywhere. One line for all of them."""
    answer = engine.handle(f"{stem} {page}")
    assert answer.status is Status.NOT_FOUND and answer.page is None, render_text(answer)
    head = "There is no page 99: " if page == "99" else "Pages start at 1: "
    assert answer.text.startswith(head) and _PAGED[stem] in answer.text, answer.text
    assert f"`{stem}`" in answer.text


def test_empty_message_lists_every_command(engine: Engine) -> None:
    from bot.engine.request import COMMANDS

    answer = engine.handle("")
    assert answer.status is Status.USAGE
    for command in COMMANDS:
        assert f"`!{command}`" in answer.text, answer.text


def test_a_cut_list_of_statements_says_how_to_see_the_rest(engine: Engine) -> None:
    answer = engine.handle("what happened in 2018?")
    assert answer.status is Status.ANSWERED
    [more] = [line for line in answer.text.splitlines() if "more statements" in line]
    assert "`!timeline <name>`" in more, more


@pytest.mark.parametrize("page", ["99999999999999999999", "1234"])
def test_quote_with_a_long_page_number_is_a_page_range_message(engine: Engine, page: str) -> None:
    """issue 13: a page too long to parse as one was read as part of the name."""
    answer = engine.handle(f"!quote li yong {page}")
    assert answer.status is Status.NOT_FOUND
    assert "no page" in answer.text and "2 quotes" in answer.text, answer.text
    assert page not in answer.text  # not "I don't know anything about 'li yong 9999…'"


@pytest.mark.parametrize("word", ["line", "lime", "lina", "line yong", "lime yong"])
def test_short_words_do_not_pass_for_a_two_letter_surname(engine: Engine, word: str) -> None:
    """issue 13: two edits in "Li" are not a typo of LI Yong (a suggestion at most)."""
    for command in ("quote", "who"):
        answer = engine.handle(f"!{command} {word}")
        assert answer.status is Status.NOT_FOUND, render_text(answer)
        assert answer.speaker is None and not answer.citations


def test_a_miss_names_what_the_bot_knows(engine: Engine) -> None:
    """issue 13 / Limnoria Factoids: "I don't know X, but I know about: A, B, C"."""
    answer = engine.handle("!what frobnitz")
    assert answer.status is Status.NOT_FOUND
    assert answer.text.startswith("I don't know “frobnitz”, but I know about: ")
    assert "eWTP" in answer.text and "Jack MA" in answer.text
    # A near miss still names the close entry instead.
    near = engine.handle("!what Alibab Grop Holdngs Ltd")
    assert "but I know about" not in near.text


def test_who_usage_shows_a_person_as_its_example(engine: Engine) -> None:
    """issue 13: `!who` showed `!who eWTP`, which is not a person."""
    text = engine.handle("!who").text
    example = text.split("e.g. `!who ", 1)[1].split("`", 1)[0]
    assert example in ("LI Yong", "Jack MA"), text
    assert "eWTP" not in text


def test_quote_of_an_organisation_gives_its_peoples_quotes(engine: Engine) -> None:
    answer = engine.handle("!quote UNIDO")
    assert answer.status is Status.ANSWERED
    assert answer.speaker == "LI Yong"
    assert answer.page is not None and answer.page.total == 2


def test_quote_about_a_topic_when_it_is_not_a_speaker(engine: Engine) -> None:
    answer = engine.handle("!quote eWTP")
    assert answer.status is Status.ANSWERED
    assert answer.page is not None and answer.page.total == 3


@pytest.mark.parametrize(
    "name", ["jack ma", "JACK MA", "Jack  Ma", "jakc ma", "Ma Yun", "马云", "jack"]
)
def test_quote_tolerates_case_spacing_typos_and_aliases(engine: Engine, name: str) -> None:
    answer = engine.handle(f"!quote {name}")
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert answer.speaker == "Jack MA"


def test_quote_without_argument_lists_speakers(engine: Engine) -> None:
    answer = engine.handle("!quote")
    assert answer.status is Status.USAGE
    assert "LI Yong" in answer.text and "Jack MA" in answer.text


def test_unknown_name_is_not_found_with_no_guess(engine: Engine) -> None:
    answer = engine.handle("!quote Elon Musk")
    assert answer.status is Status.NOT_FOUND
    assert answer.speaker is None and not answer.citations
    assert "Elon Musk" in answer.text


def test_near_miss_offers_suggestions(engine: Engine) -> None:
    answer = engine.handle("!what Alibab Grop Holdngs Ltd")
    assert answer.status in (Status.ANSWERED, Status.NOT_FOUND)
    if answer.status is Status.NOT_FOUND:
        assert any("Alibaba" in c.label for c in answer.choices)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("eWTP", "Electronic World Trade Platform"),
        ("e-WTP", "Electronic World Trade Platform"),
        ("ecommerce", "e-commerce"),
        ("E Commerce", "e-commerce"),
        ("阿里巴巴", "Alibaba Group"),
        ("联合国工业发展组织", "United Nations Industrial Development Organization"),
        ("UNIDO", "United Nations Industrial Development Organization"),
        ("Unido’s", "United Nations Industrial Development Organization"),
        ("SDGs", "Sustainable Development Goals"),
        ("China UNIDO framework", "China-UNIDO Strategic Cooperation Framework"),
        ("Enabling Ecommerce", "Enabling E-commerce"),
        ("G-20", "G20"),
    ],
)
def test_what_finds_every_kind_of_name(engine: Engine, term: str, expected: str) -> None:
    answer = engine.handle(f"!what {term}")
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert answer.title is not None and expected in answer.title
    assert answer.citations


def test_who_gives_role_organisation_and_facts(engine: Engine) -> None:
    answer = engine.handle("!who li yong")
    assert answer.status is Status.ANSWERED
    assert answer.role is not None and "Director General" in answer.role and "UNIDO" in answer.role
    assert "met" in answer.text


def test_sources_lists_releases_with_dates(engine: Engine) -> None:
    answer = engine.handle("!sources")
    assert answer.status is Status.ANSWERED
    assert "2018-04-21" in answer.text and "PR Newswire" in answer.text


def test_help_lists_every_command(engine: Engine) -> None:
    text = engine.handle("!help").text
    for command in ("!quote", "!what", "!who", "!sources", "!help"):
        assert command in text


def test_unknown_command_suggests_the_closest(engine: Engine) -> None:
    answer = engine.handle("!qoute jack")
    assert answer.status is Status.USAGE
    assert "`!quote`" in answer.text


# --- questions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where did they meet?", "Hangzhou"),
        ("Where is Alibaba headquartered?", "headquarters"),
        ("wen did they meet?", "April 21, 2018"),
        ("who said global buy?", "Jack MA"),
        ("What did UNIDO say about SMEs?", "good practices"),
        ("What does eWTP stand for?", "Electronic World Trade Platform"),
        ("When was Enabling E-commerce launched?", "2017"),
        ("Who is the director general of UNIDO?", "LI Yong"),
        ("What does the eWTP promote?", "SMEs"),
        ("Which company is the world's largest online commerce company?", "Alibaba"),
    ],
)
def test_questions_are_answered_with_a_citation(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.handle(question)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert expected.casefold() in reply.casefold()
    assert CITATION in reply


@pytest.mark.parametrize(
    "question",
    [
        "Who won the World Cup?",
        "How old is Jack Ma?",
        "What is Jack Ma's net worth?",
        "When was Alibaba founded?",
        "what's the weather like in Paris?",
        "Who is the president of France?",
        "How much did the eWTP cost?",
    ],
)
def test_questions_the_releases_do_not_answer_are_declined(engine: Engine, question: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.NOT_FOUND, render_text(answer)
    assert not answer.citations


# --- bad input --------------------------------------------------------------------------

BAD_INPUT = [
    "",
    "   ",
    "!",
    "!what",
    "x" * 10_000,
    "!quote " + "jack " * 2_000,
    "🙂🙂🙂 🚀",
    "!what 🙂",
    "#$%^&*()",
    "<@123>",
    "!quote <@123456789012345678>",
    "!what <@&987654321>",
    "@everyone @here",
    "!what @everyone",
    "**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```",
    "> quoted\n# heading",
    "{0.__class__}",
    "!what {0.__class__.__mro__}",
    "%s%s%s%n",
    "!what %(name)s",
    "nul\x00byte\x01\x02\x1b[31m",
    "!quote \u202ejack\u200b ma",
    "\n\n\n",
]


@pytest.mark.parametrize("message", BAD_INPUT, ids=range(len(BAD_INPUT)))
def test_bad_input_gets_a_friendly_reply(engine: Engine, message: str) -> None:
    answer = engine.handle(message)
    assert answer.status in (Status.USAGE, Status.NOT_FOUND, Status.ANSWERED)
    reply = render_text(answer)
    assert reply.strip()
    assert len(reply) <= limits.MESSAGE_CHARS
    assert "Traceback" not in reply
    assert "@everyone" not in reply and "@here" not in reply
    assert "<@" not in reply.replace("<@\u200b", "")


@pytest.mark.parametrize(
    "message",
    [
        "hey @everyone, who is the founder of Alibaba?",
        "<@42> <@!7> who is the founder of Alibaba @here",
        "who is the founder of Alibaba <@&99> <#1234>?",
        "!who Jack MA @everyone",
        "!who <@42> Jack MA",
    ],
)
def test_mentions_inside_a_question_are_not_part_of_it(engine: Engine, message: str) -> None:
    request = parse(message)
    assert request.command in ("question", "who")
    assert "@" not in request.argument and "<#" not in request.argument
    answer = engine.handle(message)
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert "Jack MA" in render_text(answer)


def test_echo_defuses_markdown_and_mentions() -> None:
    assert echo("@everyone") == "@\u200beveryone"
    assert echo("<@123>") == "<@\u200b123>"
    assert echo("**x**") == "\\*\\*x\\*\\*"
    assert echo("> quote").startswith("\\>")
    assert len(echo("y" * 500)) <= limits.ECHO_CHARS


def test_json_rendering_has_status_reply_and_source_ids(engine: Engine) -> None:
    data = render_json(engine.handle("!what eWTP"))
    assert data["status"] == "answered"
    assert data["sources"] == ["2018-04-21-unido-alibaba-ewtp"]
    assert "Electronic World Trade Platform" in data["reply"]


# --- autocomplete -----------------------------------------------------------------------


def test_autocomplete_ranks_prefixes_first(engine: Engine) -> None:
    labels = [c.label for c in engine.complete("what", "ew")]
    assert labels and labels[0].startswith("Electronic World Trade Platform")
    assert len(labels) <= limits.AUTOCOMPLETE_CHOICES


def test_autocomplete_for_quote_offers_only_speakers(engine: Engine) -> None:
    names = {c.request.argument for c in engine.complete("quote", "") if c.request}
    assert {"Jack MA", "LI Yong"} <= names
    assert "Electronic World Trade Platform" not in names


def test_autocomplete_respects_discord_limits(engine: Engine) -> None:
    for text in ("", "a", "un", "jack", "x" * 300, "🙂", "%s"):
        choices = engine.complete("what", text)
        assert len(choices) <= limits.AUTOCOMPLETE_CHOICES
        assert all(0 < len(c.label) <= limits.AUTOCOMPLETE_CHOICE_CHARS for c in choices)
        values = [option_value(c.request.entity_id) for c in choices if c.request]
        assert len(values) == len(choices)
        assert all(0 < len(v) <= limits.AUTOCOMPLETE_CHOICE_CHARS for v in values)


@pytest.mark.parametrize(
    "message", ["!quote the DG of UNIDO", "!who DG of UNIDO", "!timeline the DG of UNIDO"]
)
def test_an_argument_found_by_a_title_says_whom_it_was_taken_for(
    engine: Engine, message: str
) -> None:
    """docs/commands.md promises the "Taking … as …" line for `!quote the DG of UNIDO`: a
    title names no one, so the reply says which holder it answers about. A name does not."""
    asked = message.split(" ", 1)[1]
    answer = engine.handle(message)
    assert answer.status is Status.ANSWERED
    assert answer.text.startswith(f"*Taking “{asked}” as LI Yong.*"), answer.text
    assert "Taking" not in engine.handle(message.split(" ")[0] + " LI Yong").text


def test_sources_with_a_word_that_is_no_page_says_how_to_use_it(engine: Engine) -> None:
    """ "!sources abc" is not page 1 as if nothing had been typed: the reply names the
    forms and points to !timeline for a name, echoing the word defused."""
    answer = engine.handle("!sources @everyone abc")
    assert answer.status is Status.USAGE
    assert "`!sources 2`" in answer.text and "`!timeline`" in answer.text
    assert "@everyone" not in answer.text
    assert engine.handle("!sources 1").status is Status.ANSWERED


def test_sources_page_and_a_number_is_that_page(engine: Engine) -> None:
    """ "!sources page 1" names the page as people type it: the page, not a usage reply
    about "page"."""
    assert engine.handle("!sources page 1").status is Status.ANSWERED
    assert engine.handle("!sources page 2").status is not Status.USAGE
