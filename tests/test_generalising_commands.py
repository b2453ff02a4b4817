"""Commands and names that generalise (issues 10 and 12): names the base does not know,
descriptions and titles as command arguments, title qualifiers, timeline spans, shared
acronyms told apart by the question, and previous affiliations.

Cases use invented wording; the properties run over every label of both bases."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.search.names import max_typos
from bot.service import KnowledgeService
from bot.textnorm import compact, normalize
from tests.asking import ask_json

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"

# Names of real organisations, products and people that neither base declares.
UNKNOWN_NAMES = [
    "Tmall", "Taobao", "Alipay", "Huawei", "Tencent", "Baidu", "Lazada", "Shopee", "Jumia",
    "Flipkart", "Rakuten", "Zalando", "Safaricom", "Ecobank", "Mastercard", "Unilever",
    "Siemens", "Nestle", "Oxfam", "Unicef", "Unesco", "Interpol", "Satya Nadella",
    "Pony Ma", "Ngozi", "Tedros", "Kristalina", "Mercosur", "Nairobi", "Lagos", "Jakarta",
    "Sm4rt", "Smallville", "Tradewind", "Exporta", "Academia",
]  # fmt: skip


@pytest.fixture(scope="module")
def five() -> Engine:
    service = KnowledgeService(KB_FIVE)
    service.load()
    return service.engine


def _one_letter_away(engine: Engine) -> list[str]:
    """Words one substitution away from a word of a several-word name (its first letter
    changed, like "tmall" for the "small" of "small business"; or, in a name that is no
    person's, its last letter, like "smalt"), that are themselves no name's word, prefix
    or typo: names the base does not know that share a near-word with one it does. (One
    word of a person's name is how people name them: "okafr" may be a misspelt surname.)"""
    labels = engine.index.names.labels
    words = {w for label in labels for w in label.key.split()}
    compacts = {label.compact for label in labels}
    # A misspelt word of a person's name or alias ("okafr", "directoc" for the alias
    # "Director General Li") names them, by the typo rule.
    person_words = {w for label in labels if label.person for w in label.key.split()}
    variants = set()
    for label in labels:
        key_words = label.key.split()
        if len(key_words) < 2:
            continue
        for word in key_words:
            if len(word) < 5 or not word.isalpha():
                continue
            changed = [letter + word[1:] for letter in string.ascii_lowercase[::5]]
            if not label.person:
                changed += [word[:-1] + letter for letter in string.ascii_lowercase[2::7]]
            for variant in changed:
                if variant == word or any(w.startswith(variant) for w in words):
                    continue
                if any(
                    w[0] == variant[0] and OSA.distance(variant, w, score_cutoff=1) <= 1
                    for w in person_words
                ):
                    continue
                if any(
                    OSA.distance(variant, c, score_cutoff=max_typos(min(len(variant), len(c))))
                    <= max_typos(min(len(variant), len(c)))
                    for c in compacts
                ):
                    continue  # a typo of a whole name: matching it is the typo rule
                variants.add(variant)
    return sorted(variants)


@pytest.mark.parametrize("base", ["seed", "five"])
def test_names_the_base_does_not_know_are_not_found_never_another_card(
    base: str, engine: Engine, five: Engine
) -> None:
    """``!what``/``!who`` of an unknown name is not_found (perhaps with suggestions), never
    another entity's card: over real-world names and over every near-word of a name."""
    subject = engine if base == "seed" else five
    unknown = UNKNOWN_NAMES + _one_letter_away(subject)
    assert len(unknown) > 60
    wrong = []
    for name in unknown:
        if normalize(name) in {label.key for label in subject.index.names.labels}:
            continue
        if compact(normalize(name)) in {label.compact for label in subject.index.names.labels}:
            continue
        for command in ("what", "who"):
            answer = subject.handle(f"!{command} {name}")
            if answer.status is not Status.NOT_FOUND:
                wrong.append((command, name, answer.status.value, answer.title))
    assert not wrong, wrong[:10]


def test_an_unknown_name_near_part_of_a_name_is_suggested(engine: Engine) -> None:
    answer = engine.handle("!what Tmall")
    assert answer.status is Status.NOT_FOUND
    assert "Did you mean" in answer.text


# --- descriptions and titles as command arguments -------------------------------------------


@pytest.mark.parametrize(
    ("base", "message", "entity", "quoted"),
    [
        ("seed", "!quote the DG of UNIDO", "li-yong", "eWTP"),
        ("seed", "!quote the UN agency's head", "li-yong", "eWTP"),
        ("seed", "!what the Davos-based forum", "wef", None),
        ("seed", "!timeline the UN agency", "unido", None),
        ("five", "!quote the trust's chief executive", "samuel-mensah", None),
        ("five", "!timeline the Academy's programme director", "lina-ma", None),
        ("five", "!what the Kuala Lumpur-based network", "ayec", None),
        # A title several have held: its current holder.
        ("five", "!timeline the head of the Digital Trade Alliance", "amara-okafor", None),
        # A shared acronym: the namesake that has such a title.
        ("five", "!quote the DTA's chief executive", "samuel-mensah", None),
        ("five", "!timeline the DTA's president", "amara-okafor", None),
    ],
)
def test_a_described_argument_is_resolved_and_says_whom_it_took(
    base: str, message: str, entity: str, quoted: str | None, engine: Engine, five: Engine
) -> None:
    subject = engine if base == "seed" else five
    answer = subject.handle(message)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.citations
    assert answer.entities[0] == entity
    name = subject.index.entity(entity).name
    # The reply says whom it took: a title label ("DG of UNIDO") finds its holder by
    # name search, and the quote's speaker or the timeline's title names them; else a
    # leading note does.
    first = answer.text.splitlines()[0]
    noted = first.startswith("*Taking “") and f"” as {name}.*" in first
    assert noted or name in f"{answer.title} {answer.speaker}", (answer.title, first)
    if quoted:
        assert quoted in answer.text


@pytest.mark.parametrize(
    ("base", "message", "name"),
    [
        ("seed", "!what the Davos-based forum", "World Economic Forum"),
        ("seed", "!timeline the UN agency", "United Nations Industrial Development Organization"),
        ("five", "!what the Kuala Lumpur-based network", "ASEAN Young Entrepreneurs Circle"),
    ],
)
def test_a_description_names_what_it_was_taken_for(
    base: str, message: str, name: str, engine: Engine, five: Engine
) -> None:
    subject = engine if base == "seed" else five
    answer = subject.handle(message)
    described = message.split(" ", 1)[1]
    assert answer.text.startswith(f"*Taking “{described}” as {name}.*")


@pytest.mark.parametrize(
    ("base", "message"),
    [
        ("seed", "!quote the deputy DG of UNIDO"),  # a qualifier no title carries
        ("seed", "!what the Brazilian commerce company"),  # a word no release uses
        ("five", "!quote the vice president of the Digital Trade Alliance"),
    ],
)
def test_a_description_with_words_the_base_cannot_account_for_is_not_found(
    base: str, message: str, engine: Engine, five: Engine
) -> None:
    subject = engine if base == "seed" else five
    assert subject.handle(message).status is Status.NOT_FOUND


# --- title qualifiers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "question", "holder"),
    [
        ("seed", "who is UNIDO's deputy director general?", "LI Yong"),
        ("seed", "who's the acting DG of UNIDO?", "LI Yong"),
        ("seed", "name the regional director of UNIDO", "LI Yong"),
        ("five", "who is the interim chief executive of the Development Trust for Africa?",
         "Samuel MENSAH"),
        ("five", "who is the Digital Trade Alliance's vice president?", "Amara OKAFOR"),
    ],
)  # fmt: skip
def test_a_qualified_title_no_role_carries_is_not_found_with_the_plain_holder(
    base: str, question: str, holder: str, engine: Engine, five: Engine
) -> None:
    subject = engine if base == "seed" else five
    answer = subject.handle(question)
    assert answer.status is Status.NOT_FOUND, answer.text
    assert "name no" in answer.text and holder in answer.text
    # Without the qualifier, the same question is answered by the holder.
    plain = subject.handle(re.sub(r"\b(deputy|acting|regional|interim|vice) ", "", question))
    assert plain.status is Status.ANSWERED and holder in plain.text + (plain.title or "")


@pytest.mark.parametrize(
    ("question", "place", "holder"),
    [
        ("who was the interim president of the DTA?", "Digital Trade Alliance", "Amara OKAFOR"),
        ("who's the deputy chair of the academy's board?", "Digital Export Academy", "OKAFOR"),
    ],
)
def test_a_qualified_title_is_placed_where_the_plain_title_is(
    question: str, place: str, holder: str, five: Engine
) -> None:
    """A shared acronym ("DTA") is the one where the plain title is held; of two titles
    named, the qualified one's organisation is the place; the newest holder leads."""
    answer = five.handle(question)
    assert answer.status is Status.NOT_FOUND
    lead, related = answer.text.split(" without that qualifier: ", 1)
    assert lead.endswith(f"at {place}. The releases give,")
    assert related.startswith(f"**{holder}") or related.split("**")[1].endswith(holder)


def test_a_qualifier_no_role_carries_is_no_name_match(engine: Engine) -> None:
    """ "deputy director general of unido" is near the title label "Director General of
    UNIDO" by ratio, but the extra word names another post."""
    answer = engine.handle("!who deputy director general of UNIDO")
    assert answer.status is Status.NOT_FOUND


def _with_a_deputy(knowledge: Path) -> Path:
    """The seed base with an invented Deputy Director General at UNIDO."""
    path = knowledge / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "  # --- Organisations ---",
        "  - id: odile-brandt\n    name: Odile BRANDT\n    kind: person\n"
        "    summary: Deputy Director General of UNIDO.\n\n  # --- Organisations ---",
        1,
    )
    text = text.replace(
        "    title: Founder and Executive Chairman\n    organization: alibaba-group\n",
        "    title: Founder and Executive Chairman\n    organization: alibaba-group\n"
        "  - entity: odile-brandt\n    title: Deputy Director General\n    organization: unido\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    return knowledge


def test_a_qualifier_a_stated_role_carries_is_answered_by_its_holder(
    knowledge_copy: Path,
) -> None:
    service = KnowledgeService(_with_a_deputy(knowledge_copy))
    service.load()
    deputy = service.engine.handle("who is UNIDO's deputy director general?")
    assert deputy.status is Status.ANSWERED and "Odile BRANDT" in deputy.text + str(deputy.title)
    acting = service.engine.handle("who is the acting director general of UNIDO?")
    assert acting.status is Status.NOT_FOUND
    # The plain title's holder is the related information, not the deputy.
    assert "LI Yong" in acting.text and "Odile" not in acting.text


def test_former_title_names_who_no_longer_holds_it(five: Engine) -> None:
    answer = five.handle("who was the former president of the Digital Trade Alliance?")
    assert answer.status is Status.ANSWERED and answer.citations
    first = answer.text.splitlines()[0]
    assert first.startswith("Former:") and "Daniel HARTMANN" in first and "ended" in first
    assert "Amara OKAFOR" in answer.text.split("Now:", 1)[1]
    # A former title nobody has left is not answered with the current holder.
    assert five.handle("who is the former chief executive of the Development Trust for Africa?")\
        .status is Status.NOT_FOUND  # fmt: skip


# --- a shared acronym told apart by the rest of the question ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "which DTA bankrolled the academy?",
        "which DTA put fifteen million dollars into the academy?",
        "which DTA gave the academy money?",
        "which of the two DTAs bankrolls the academy?",
    ],
)
def test_a_shared_acronym_is_settled_by_what_the_question_says_of_it(
    question: str, five: Engine
) -> None:
    answer = five.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Development Trust for Africa**") and answer.citations
    assert "Digital Trade Alliance" not in answer.text.splitlines()[1]


@pytest.mark.parametrize(
    "question",
    ["are both DTAs linked?", "is one DTA part of the other DTA?", "how do the two DTAs differ?"],
)
def test_namesakes_asked_about_together_get_the_fact_naming_both(
    question: str, five: Engine
) -> None:
    answer = five.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Development Trust for Africa" in answer.text
    assert "Digital Trade Alliance" in answer.text and answer.citations


@pytest.mark.parametrize("question", ["when was the DTA set up?", "what does the DTA do?"])
def test_a_shared_acronym_nothing_tells_apart_stays_ambiguous(question: str, five: Engine) -> None:
    assert five.handle(question).status is Status.AMBIGUOUS


def test_a_misspelt_surname_alone_still_names_its_person(five: Engine) -> None:
    """One word of a person's name is how people name them: its typo still matches
    (unlike one word of another kind of name, above)."""
    for typed, person in (("okafr", "amara-okafor"), ("hartman", "daniel-hartmann")):
        answer = five.handle(f"!who {typed}")
        assert answer.status is Status.ANSWERED and answer.entities[0] == person


def test_a_word_of_a_name_is_never_a_misspelt_other_name(five: Engine) -> None:
    """ "young" is a word of "ASEAN Young Entrepreneurs Circle", not a typo of "Yong"."""
    from bot.search.names import MATCH_THRESHOLD

    matches = five.index.names.search("young")
    assert not [m for m in matches if m.entity_id == "li-yong" and m.score >= MATCH_THRESHOLD]
    answer = five.handle("who chairs the circle of young ASEAN entrepreneurs?")
    assert "li-yong" not in answer.entities


# --- previous affiliation -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "which organisation did Lina Ma use to work for?",
        "where was Lina Ma employed previously?",
        "what was Lina Ma's former employer?",
    ],
)
def test_a_previous_organisation_comes_from_the_ended_titles(question: str, five: Engine) -> None:
    answer = five.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Director of Training, EABN" in answer.text and answer.citations
    # Her current title is named as what came after, not as the answer.
    assert answer.text.index("EABN") > answer.text.index("Executive Director")


def test_someone_whose_titles_ended_used_to_work_there(five: Engine) -> None:
    answer = five.handle("where did Daniel Hartmann use to work?")
    assert answer.status is Status.ANSWERED
    assert "President, Digital Trade Alliance" in answer.text and "ended" in answer.text


def test_no_earlier_organisation_is_not_found_with_the_earlier_titles(five: Engine) -> None:
    """Her earlier titles are at the organisations she is still at: no other one."""
    answer = five.handle("which organisation did Amara Okafor work for before?")
    assert answer.status is Status.NOT_FOUND
    assert "Director of Programmes, Digital Trade Alliance" in answer.text


# --- end to end through `partnerbot ask --json` ------------------------------------------


def test_each_kind_end_to_end_on_the_five_release_base(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    unknown, described, qualified, timeline, acronym, together, before = ask_json(
        [
            "!what Smalt",
            "!quote the trust's chief executive",
            "@partnerbot who is the acting president of the Digital Trade Alliance?",
            "!history the Academy's programme director",
            "which DTA bankrolled the academy?",
            "are the two DTAs connected?",
            "which organisation did Lina Ma use to work for?",
        ],
        capsys,
        monkeypatch,
        KB_FIVE,
    )
    assert unknown["status"] == "not_found" and unknown["suggestions"]
    assert described["status"] == "answered" and described["speaker"] == "Samuel MENSAH"
    assert "Samuel MENSAH" in described["title"] + described["text"].splitlines()[0]
    assert qualified["status"] == "not_found" and "Amara OKAFOR" in qualified["text"]
    assert timeline["status"] == "answered" and timeline["title"] == "Timeline: Lina MA"
    assert re.search(r"\*\*\d+ statements from \d+ releases, 2021-06-08 to 2024-05-08\.\*\*",
                     timeline["text"])  # fmt: skip
    per_year = next(line for line in timeline["text"].splitlines() if line.startswith("Per year"))
    assert "2021 ×" in per_year and "2024 ×" in per_year and timeline["sources"]
    assert acronym["status"] == "answered" and "Development Trust for Africa" in acronym["text"]
    assert together["status"] == "answered" and "not related" in together["text"]
    assert before["status"] == "answered" and "EABN" in before["text"] and before["sources"]


def test_no_earlier_title_at_all_is_not_found_naming_the_current_one(engine: Engine) -> None:
    answer = engine.handle("which company did Jack Ma formerly work for?")
    assert answer.status is Status.NOT_FOUND
    assert "no organisation Jack MA worked for before" in answer.text
    assert "Founder and Executive Chairman, Alibaba Group" in answer.text


@pytest.mark.parametrize(
    ("message", "status", "entity"),
    [
        ("!what the eWTP", Status.ANSWERED, "ewtp"),  # not "UNIDO-Alibaba meeting on the eWTP"
        ("!timeline the Digital Export Academy", Status.ANSWERED, "digital-export-academy"),
        ("!what the Trust", Status.ANSWERED, "development-trust-for-africa"),  # its alias
        ("!quote the DTA", Status.AMBIGUOUS, None),
    ],
)
def test_an_article_before_a_name_is_no_part_of_it(
    message: str, status: Status, entity: str | None, five: Engine
) -> None:
    answer = five.handle(message)
    assert answer.status is status, answer.text
    if entity:
        assert answer.entities[0] == entity
