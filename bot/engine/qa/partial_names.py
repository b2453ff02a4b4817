"""An organisation named by the first word of its name alone: "where is Corvana based?"
for Corvana Logistics.

The fuzzy name search scores one word of a two-word name below the mention threshold (and
ties it with the titles "CEO of Corvana Logistics" that contain it), so the question would
otherwise have no subject and any fact sharing its other words could answer it. A word
counts only when the question capitalises it (past its first word, as a name is written),
it is the first word of a name or alias of exactly one entity that is not a person (people
are found by any part of their name already), every fact using the word is about that
entity (so not "Africa" of "Africa Development Trust"), no mention already covers it, and
no article comes before it ("the Norwegian wool company" is a description).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.engine.qa.subjects import MENTION_MIN_CHARS, Mention
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, content_terms
from bot.textnorm import normalize

# A word held by more names than this picks out nothing ("United", "World").
MAX_NAME_OWNERS = 8
# A name word is checked against at most this many facts holding it (a word in more is
# too common to be only a name).
MAX_NAME_FACTS = 200
_ARTICLES = frozenset(("the", "a", "an"))
_TOKEN = re.compile(r"[\w'’-]+")


def first_word_mentions(
    index: Index,
    question: str,
    words: Sequence[str],
    found: Sequence[Mention],
    skip: Callable[[str], object] = lambda _word: None,
) -> list[Mention]:
    """Mentions of entities named by their first name word alone, at word positions of
    ``words`` (the question as read) that no mention in ``found`` covers; a word for
    which ``skip`` is truthy (a nationality) is never one."""
    capitalised = {
        normalize(t)
        for t in _TOKEN.findall(question)[1:]
        if t[:1].isupper() and len(t) >= MENTION_MIN_CHARS
    }
    if not capitalised:
        return []
    covered = {i for m in found for i in range(*m.words)}
    mentions: list[Mention] = []
    for i, word in enumerate(words):
        if i in covered or word not in capitalised or word in STOP_WORDS:
            continue
        if word in QUESTION_WORDS or skip(word):
            continue
        if i > 0 and words[i - 1] in _ARTICLES:
            continue  # "the Norwegian wool company": a description's modifier
        short = _article_alias_owner(index, word)
        if short is not None:
            # "Academy news", "Academy trainees": the alias "the Academy" written as a
            # modifier, without its article.
            mentions.append(Mention(short, (i, i + 1), "alias"))
            continue

        owners = index.names.owners_of_word(word, limit=MAX_NAME_OWNERS)
        starting = [e for e in sorted(owners) if _starts_name(index, e, word)]
        if len(starting) > 1:
            # "Halvard Seedworks" and its "Halvard Arusha breeding station": the
            # organisation is what a bare name stands for.
            starting = [e for e in starting if index.entity(e).kind is EntityKind.ORGANIZATION]
        if len(starting) != 1 or index.entity(starting[0]).kind is EntityKind.PERSON:
            continue
        terms = content_terms(word)
        if len(terms) != 1 or not _names_only(index, terms[0], frozenset(owners)):
            # "Small businesses in Africa and Asia": facts about other things use the
            # word (a region, a common noun), so it does not name the one entity whose
            # alias "Africa Development Trust" opens with it.
            continue
        mentions.append(Mention(starting[0], (i, i + 1), "name"))
    return mentions


# Words that may follow a noun phrase's head ("the network *have*", "the lab *in*"), not
# a noun it modifies ("the launch release", "the network operators").
_AFTER_HEAD = frozenset(
    "in on at of for to by from with and or is are was were be been being has have had did "
    "does do will would can could should that which who whom when where since until before "
    "after as than now today".split()
)


def head_noun_mention(index: Index, words: Sequence[str]) -> Mention | None:
    """ "How many sensors did *the network* have?": the one thing (not a person) with a
    name or alias of several words ending in the word after "the" ("SmokeLine network"),
    when the question names nothing else; None when none or several do, or the word
    modifies a noun after it ("the network operators")."""
    found: list[Mention] = []
    for i in range(1, len(words)):
        word = words[i]
        if words[i - 1] != "the" or len(word) < MENTION_MIN_CHARS:
            continue
        if word in STOP_WORDS or word in QUESTION_WORDS:
            continue
        if i + 1 < len(words) and words[i + 1] not in _AFTER_HEAD:
            continue
        owners = index.names.owners_of_word(word, limit=MAX_NAME_OWNERS)
        ending = [
            e
            for e in sorted(owners)
            if index.entity(e).kind is not EntityKind.PERSON
            and any(
                len(label := normalize(n).split()) > 1 and label[-1] == word
                for n in (index.entity(e).name, *index.entity(e).aliases)
            )
        ]
        if len(ending) == 1:
            found.append(Mention(ending[0], (i - 1, i + 1), "alias"))
    return found[0] if len(found) == 1 else None


def _article_alias_owner(index: Index, word: str) -> str | None:
    """The one entity (not a person) that declares the alias "the <word>" ("the Academy"
    for the Digital Export Academy); None when none or several do."""
    owners = {
        label.entity_id
        for article in _ARTICLES
        for label in index.names.exact(f"{article} {word}")
        if label.via != "role"
    }
    if len(owners) != 1:
        return None
    (owner,) = owners
    return None if index.entity(owner).kind is EntityKind.PERSON else owner


def _starts_name(index: Index, entity_id: str, word: str) -> bool:
    entity = index.entity(entity_id)
    return any(normalize(n).split()[:1] == [word] for n in (entity.name, *entity.aliases))


def names_someone_else(
    index: Index, leftover: Sequence[str], text: str, about: Sequence[str]
) -> bool:
    """Whether an answer (its ``text`` and the entities it is ``about``) leaves out a name
    the question used: a leftover word of the question that is a word of some entity's
    name ("where is corvana based?", written in lower case so that no mention was found)
    while the answer neither says that word nor is about any entity holding it. Such an
    answer is about something else (a meeting at Alibaba's headquarters), not the subject.
    """
    said = set(content_terms(text))
    for word in leftover:
        if len(word) < MENTION_MIN_CHARS or word in STOP_WORDS or word in QUESTION_WORDS:
            continue
        owners = index.names.owners_of_word(word, limit=MAX_NAME_OWNERS)
        if not owners or owners & set(about):
            continue
        terms = content_terms(word)
        if len(terms) == 1 and terms[0] not in said and _names_only(index, terms[0], owners):
            return True
    return False


def _names_only(index: Index, term: str, owners: frozenset[str]) -> bool:
    """Whether every fact using ``term`` is about one of ``owners`` (the entities whose
    names hold it): the word is a name there
    ("Corvana"), not a common word that one name also holds ("people" in "People's
    Republic of China"). Read from at most MAX_NAME_FACTS facts."""
    docs = index.terms.docs_with_all([term])
    if not docs or len(docs) > MAX_NAME_FACTS:
        return False
    for doc_id in docs:
        doc = index.terms.docs[doc_id]
        if doc.kind != "fact":
            continue  # an entity's card or a quote: a title "CEO of Corvana Logistics"
        fact = index.fact_by_id.get(doc.id)
        if fact is None or not owners & set(fact.about):
            return False
    return True
