"""Commands and names that generalise (issues 10 and 12): names the base does not know,
descriptions and titles as command arguments, title qualifiers, timeline spans, shared
acronyms told apart by the question, and previous affiliations.

Cases use invented wording; the properties run over every label of both bases."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.search.names import max_typos
from bot.service import KnowledgeService
from bot.textnorm import compact, normalize

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
    changed, like "tmall" for the "small" of "small business"), that are themselves no
    name's word, prefix or typo: names the base does not know that share a near-word with
    one it does."""
    labels = engine.index.names.labels
    words = {w for label in labels for w in label.key.split()}
    compacts = {label.compact for label in labels}
    variants = set()
    for label in labels:
        key_words = label.key.split()
        if len(key_words) < 2:
            continue
        for word in key_words:
            if len(word) < 5 or not word.isalpha():
                continue
            for letter in string.ascii_lowercase[::5]:
                variant = letter + word[1:]
                if variant == word or any(w.startswith(variant) for w in words):
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
    assert answer.text.startswith("*Taking “") and f"” as {name}.*" in answer.text.splitlines()[0]
    if quoted:
        assert quoted in answer.text


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
