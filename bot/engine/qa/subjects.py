"""Finding a question's subjects: entity ids named by name, alias, partial name or typo."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from bot.engine.qa.ended_roles import ended_titles
from bot.engine.qa.retrieve import SYNONYM_WEIGHT, Retriever
from bot.engine.qa.vocabulary import (
    BODY_WORDS,
    CHAIR_TITLE_WORDS,
    CHAIR_WORDS,
    FOUNDER_WORDS,
    KIND_NOUNS,
    LEADER_TITLE_WORDS,
    LEADER_WORDS,
    TITLE_WORDS,
)
from bot.engine.text import HONORIFICS, declared_gender, honorific_gender, strip_honorific
from bot.kb.models import EntityKind
from bot.search.index import Index, spelled_initials, title_acronyms
from bot.search.names import (
    LOWER_POST_WORDS,
    MATCH_THRESHOLD,
    SCORE_EXACT,
    SCORE_PER_TYPO,
    Match,
    without_titles_of_named,
)
from bot.search.synonyms import synonyms
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, TermIndex, content_terms, stem
from bot.textnorm import compact, normalize
from bot.vocab import kind_heads, word_list

# A "what is X" subject must match this well to be answered as an entity lookup: a
# typo or two, or whole words of the name covering most of it ("who is jack").
DEFINITION_THRESHOLD = 83.0
# Leftover question words must match a name at least this well to count as a mention
# (one or two typos in a name, or a name given by some of its words).
MENTION_THRESHOLD = 83.0
MENTION_MIN_CHARS = 5
# Names run long ("Authority for Mineral Resources in the Nordic Region" is eight words,
# "Programme Manager of <it>" ten); an exact lookup per span is a dict read.
MAX_MENTION_WORDS = 10
# A word held by more labels than this (names and aliases) picks out no longer name an
# article alias opens.
MAX_LONGER_NAME_OWNERS = 50
# Words after an article alias that must continue one other name for the alias to give
# way to it: two say a name is being written ("the Harwick parks board").
MIN_WORDS_AFTER_ARTICLE_ALIAS = 2

_DEFINITION = [
    re.compile(p)
    for p in (
        r"^(?:what|who) (?P<x>.+) (?:is|are|was|were)$",  # "(I want to know) what X is"
        # Its name: "what's the trilateral collaboration called", "the name of X".
        r"^what(?: is| are| was| were)?(?: the| an| a)? (?P<x>.+) (?:called|named)$",
        r"^what(?: is| was)? (?:the |its )?(?:full |official )?name of (?P<x>.+)$",
        r"^(?:what|who) (?:is|are|was|were)(?: an| a| the)? (?P<x>.+)$",
        r"^(?:what|who)(?: an| a| the)? (?P<x>.+)$",  # "what's eWTP" folds to "what ewtp"
        r"^(?:please )?(?:tell|teach) (?:me|us) (?:more )?about (?P<x>.+)$",
        r"^what (?:do|can) you (?:know|tell me|say) about (?P<x>.+)$",
        r"^(?:define|describe|explain|about|info on|information on) (?P<x>.+)$",
        r"^what does (?P<x>.+) (?:stand for|mean|do)$",
        r"^what (?:is|are) (?P<x>.+) (?:about|for)$",
        r"^what (?:kind|sort|type) of \w+(?: \w+)? (?:is|are|was|were) (?P<x>.+)$",
        r"^how (?:does|do|did) (?:the )?(?:press )?(?:release|releases|text|announcement) describe (?P<x>.+)$",
        r"^how (?:is|are|was|were) (?P<x>.+) described$",
        # The same wrappers in Chinese, the script of the releases' native-script aliases
        # and of the slash commands' zh-CN names (/是什么, /是谁 in translations.py): "告诉我
        # X" (tell me X), "请介绍一下 X" (please introduce X), "什么是 X", "X 是谁". Chinese
        # writes no space between the wrapper and the name, so the space is optional.
        r"^(?:请)?(?:告诉我|告诉我们|介绍一下|介绍|说说|讲讲)(?: ?关于)? ?(?P<x>.+?)(?: ?的情况)?$",
        r"^(?:请问 ?)?(?:什么是|谁是) ?(?P<x>.+)$",
        r"^(?:请问 ?)?(?P<x>.+?) ?(?:是什么|是谁|是什么组织|是什么人)$",
        r"^(?P<x>.+)$",
    )
]

# "SmokeLine's partners": a possessive before a noun, as typed.
_POSSESSIVE = re.compile(r"\w['’]s\s+\w")
# A time phrase closing a "who was X" subject: "in 2018", "back in 2019", "as of 2020".
_TIME_AT_END = re.compile(r" (?:in|during|by|of|since|until|before|after) (?:19|20)\d\d$")
_NOW_AT_END = re.compile(r" (?:now|currently|today|at present|these days|nowadays)$")


@dataclass(frozen=True, slots=True)
class Mention:
    entity_id: str
    words: tuple[int, int]  # [start, end) word positions in the question
    via: str = "name"  # "name", "alias" or "role" (a title that names its holder)


_EXCLUDING = frozenset(
    {"besides", "except", "excluding", "beyond", "aside from", "apart from", "other than"}
)


# Words that end an organisation's name and say what type it is ("Logistics", "Group").
_ORGANIZATION_HEADS = frozenset(
    normalize(word)
    for kind, words in kind_heads()
    if kind == EntityKind.ORGANIZATION.value
    for word in words
)


# Words saying which version of a thing is meant ("the original Compact"), which no
# alias of it needs to hold.
_VERSION_WORDS = frozenset(("original", "initial"))


def excluded(words: list[str], mention: Mention) -> bool:
    """ "Besides eWTP, what else…": an entity named only to be set aside."""
    start = mention.words[0]
    before = words[max(0, start - 2) : start]
    return bool(before) and (before[-1] in _EXCLUDING or " ".join(before) in _EXCLUDING)


# The words that make a phrase a job title ("Minister", "Director"): bot/vocab/title_words.txt.
_TITLE_WORDS = frozenset(w.casefold() for w in word_list("title_words"))


class NameFinder:
    """Entities named in a question's words, found through the index's name labels."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def definition(self, key: str, typed: str = "") -> str | None:
        """The subject X of a "what/who is X" question, when X is clearly a name;
        ``typed``, the question as typed, tells a possessive ("X's partners")."""
        for pattern in _DEFINITION:
            match = pattern.match(key)
            if match is None:
                continue
            subject = match["x"].strip()
            subject = re.sub(r"^(?:the|an|a) ", "", subject)
            if not subject or subject in STOP_WORDS or subject in QUESTION_WORDS:
                continue
            found = self.index.names.search(subject)
            if found and found[0].score < SCORE_EXACT and _POSSESSIVE.search(typed):
                # "Who are SmokeLine's partners?": a thing's relation, not a name that
                # "SmokeLine partners" happens to come close to ("SmokeLine Partners'
                # Forum").
                return None
            if found and found[0].score >= DEFINITION_THRESHOLD:
                if found[0].via == "role" and (
                    _TIME_AT_END.search(subject) or _NOW_AT_END.search(subject)
                ):
                    # "Who was <title> of X in 2018?" asks for that year's holder, which
                    # the card of today's holder would not give; "… now?" asks whether
                    # anyone holds it today, which the card of the last holder does not.
                    return None
                if (
                    found[0].via == "role"
                    and len({m.entity_id for m in found if m.label == found[0].label}) == 1
                    and ended_titles(self.index, found[0].entity_id, set(subject.split()))
                ):
                    # "Who is the CTO of X?" when the one CTO given left it: their card
                    # would present a former CTO as the CTO (executors/ended_titles.py).
                    return None
                return subject
            titled = strip_honorific(subject)
            if titled != subject and self.person_named(titled) is not None:
                return titled  # "who is Mr Li": a title says a person is meant
        return None

    def person_named(self, name: str, honorific: str = "") -> str | None:
        """The one person a bare first or last name after a title ("Mr. Ma") stands for;
        of namesakes, the one a gendered ``honorific`` ("ms") leaves (``declared_gender``)."""
        found = self.index.names.search(name, allowed=self.index.person_ids)
        good = {m.entity_id for m in found if m.score >= MATCH_THRESHOLD}
        gender = honorific_gender(f"{honorific} {name}") if len(good) > 1 else None
        if gender is not None:
            good = {
                e for e in good if declared_gender(self.index.entity(e).aliases) in (gender, None)
            }
        return good.pop() if len(good) == 1 else None

    def find_mentions(self, words: list[str]) -> list[Mention]:
        """Entities named in the question: longest exact names first, then fuzzy ones."""
        names = self.index.names
        taken = [False] * len(words)
        mentions: list[Mention] = []
        for start in range(len(words) - 1):
            if words[start] in HONORIFICS:
                person = self.person_named(words[start + 1], honorific=words[start])
                if person is not None:
                    # "Dr Anna Mushi": the whole name after the title, not its first
                    # word only (the surname left over would be matched on its own,
                    # fuzzily, to another entity: "Mushi" to the town of Moshi).
                    end = start + 2
                    while end < len(words) and end - start <= MAX_MENTION_WORDS:
                        owners = {
                            m.entity_id for m in names.exact(" ".join(words[start + 1 : end + 1]))
                        }
                        if owners != {person}:
                            break
                        end += 1
                    mentions.append(Mention(person, (start, end)))
                    taken[start:end] = [True] * (end - start)
        for size in range(min(MAX_MENTION_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                chunk = words[start : start + size]
                if all(w in STOP_WORDS or w in QUESTION_WORDS for w in chunk):
                    continue
                labels = names.exact(" ".join(chunk))
                owners = {label.entity_id for label in labels}
                if len(owners) == 1 and self._name_goes_on(words, start, size, owners):
                    continue
                if len(owners) == 1:
                    vias = {label.via for label in labels}
                    via = "role" if vias == {"role"} else "name"
                    mentions.append(Mention(owners.pop(), (start, start + size), via))
                    taken[start : start + size] = [True] * size
        # "The original Compact": a word saying which of its versions, between the
        # article and an alias that opens with it ("the Compact"), names the thing.
        for start in range(len(words) - 2):
            if words[start] != "the" or words[start + 1] not in _VERSION_WORDS:
                continue
            if taken[start] or taken[start + 1]:
                continue
            for size in range(min(MAX_MENTION_WORDS - 1, len(words) - start - 2), 0, -1):
                end = start + 2 + size
                if any(taken[start + 2 : end]):
                    continue
                labels = names.exact(" ".join(("the", *words[start + 2 : end])))
                owners = {label.entity_id for label in labels if label.via != "role"}
                if len(owners) == 1:
                    mentions.append(Mention(owners.pop(), (start, end)))
                    taken[start:end] = [True] * (end - start)
                    break
        # Typos: runs of leftover content words, matched fuzzily.
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                chunk = words[start : start + size]
                # An alias may open with its article ("the Academy"): "the acdemy" is
                # matched whole, the article and all, or the typo costs too much.
                article = chunk[0] == "the" and size > 1
                if (
                    (chunk[0] in STOP_WORDS and not article)
                    or chunk[-1] in STOP_WORDS
                    or chunk[0] in QUESTION_WORDS
                ):
                    continue
                text = " ".join(chunk)
                if len(compact(text)) < MENTION_MIN_CHARS or names.tied_exactly(text):
                    continue  # too short, or the exact name of several (a shared title)
                rest = chunk[1:] if article else chunk
                given = names.exact(" ".join(rest))
                if given and all(label.via == "role" for label in given):
                    # "The minister": a title the releases give, held by several, is no
                    # typo of a near name ("the Ministry").
                    continue
                found = without_titles_of_named(names.search(text), text)
                if not found or (
                    found[0].score < MENTION_THRESHOLD and not self._short_name(found[0], chunk)
                ):
                    continue
                if len(found) > 1 and found[1].score >= found[0].score - 0.5:
                    continue
                if article and not normalize(found[0].label).startswith("the "):
                    continue
                if not self._names_entity(found[0], chunk):
                    continue
                if found[0].via == "role" and not set(chunk) <= set(
                    normalize(found[0].label).split()
                ):
                    # Titles are common words: "founded" is not a typo of "Founder". A
                    # person is found by (some of) a title's own words, not a near word.
                    continue
                mentions.append(Mention(found[0].entity_id, (start, start + size), found[0].via))
                taken[start : start + size] = [True] * size
        return mentions

    def _name_goes_on(self, words: list[str], start: int, size: int, owners: set[str]) -> bool:
        """Whether an alias opening with its article ("the Ashcombe", a river) is the
        start of another entity's longer name instead: "the Ashcombe transit authority"
        names the Ashcombe Regional Transit Authority, whose name holds the alias's words
        and the MIN_WORDS_AFTER_ARTICLE_ALIAS words after it. The longer name is then
        left to the fuzzy search, which allows the word the question leaves out. One
        word after it ("the Trust grant") is the alias's owner's thing, as read before."""
        end = start + size
        after = words[end : end + MIN_WORDS_AFTER_ARTICLE_ALIAS]
        if words[start] != "the" or size < 2 or len(after) < MIN_WORDS_AFTER_ARTICLE_ALIAS:
            return False
        if any(w in STOP_WORDS or not w.isalpha() for w in after):
            return False  # "the Academy 15 million dollars": a figure says what it got
        names = self.index.names
        others: frozenset[str] | None = None
        for word in (*after, *words[start + 1 : end]):
            held = names.owners_of_word(word, limit=MAX_LONGER_NAME_OWNERS) - owners
            others = held if others is None else others & held
            if not others:
                return False
        return True

    def _short_name(self, match: Match, chunk: list[str]) -> bool:
        """Whether ``chunk`` is an organisation's short form: its name without the
        company-type words that end it ("Corvana" for "Corvana Logistics", "Verdant Tide"
        for "Verdant Tide Foundation", as releases and readers shorten it; the words are
        ``kind_heads.yaml``'s organisation heads), the first word of which no other
        entity's name or alias holds. "ASEAN" is no short form of "ASEAN Young
        Entrepreneurs Circle": "Young Entrepreneurs" is not a company type."""
        if match.score < MATCH_THRESHOLD or match.via != "name":
            return False
        if self.index.entity(match.entity_id).kind is not EntityKind.ORGANIZATION:
            return False  # a person's part names are found by the fuzzy score already
        words = normalize(match.label).split()
        if words[: len(chunk)] != chunk or len(words) == len(chunk):
            return False
        if not set(words[len(chunk) :]) <= _ORGANIZATION_HEADS:
            return False
        return self.index.names.owners_of_word(chunk[0], limit=50) == {match.entity_id}

    def _names_entity(self, match: Match, chunk: list[str]) -> bool:
        """Whether words that only partly match a name really refer to the entity.

        People go by any part of their name ("Yong"), but a trailing generic word of
        another name ("initiative" in "eWTP initiative") is not a reference to it.
        """
        if match.score >= SCORE_EXACT - SCORE_PER_TYPO * 2:
            return True  # the whole name, give or take a typo or two
        entity = self.index.entity(match.entity_id)
        if entity.kind is EntityKind.PERSON:
            # A title word of an alias ("minister" of "Minister Phiri") names the title,
            # whoever holds it then, not this person.
            own = set(normalize(entity.name).split())
            return match.via == "role" or not all(w in _TITLE_WORDS and w not in own for w in chunk)
        return normalize(match.label).startswith(chunk[0][:4])


# --- descriptions ---------------------------------------------------------------------
# A description must name at least this share of its words' weight in the entity's
# summary (or a fact that opens with the entity's name) to pick that entity out.
DESCRIPTION_COVERAGE = 0.75
# Words a description reaches back over before its noun ("the world's largest online and
# mobile commerce company").
MAX_DESCRIPTION_WORDS = 7
UNKNOWN_DESCRIPTION_WEIGHT = 0.5
# A description with a word no release uses must have at least this many other words to
# pick an entity out ("the Brazilian online commerce company", not "the world health
# organisation").
MIN_WORDS_BESIDE_UNKNOWN = 2
# On a large knowledge base, only this many best BM25 docs are read for a description.
MAX_DESCRIPTION_CANDIDATES = 200
# Where an entity is based is read from at most this many of its facts.
MAX_BASE_FACTS = 50
_BASED_WORDS = frozenset(("based", "headquartered", "hq"))
_BASED_TEXT = re.compile(r"\b(?:based|headquartered|headquarters|located)\b", re.IGNORECASE)
# Words of a description that say what sort of thing it is, not which one.
_NEUTRAL_DESCRIPTION_TERMS = frozenset(stem(w) for w in (*KIND_NOUNS, "based", "headquartered"))


@dataclass(frozen=True, slots=True)
class Described:
    """An entity the question describes rather than names ("the UN agency")."""

    entity_id: str
    words: tuple[int, int]
    via: str  # "description" or "role"


class DescriptionResolver:
    """Resolves descriptions through entity kinds, summaries, appositives and roles.

    "the online commerce company": an organisation whose summary (or a fact opening with
    its name, the release's appositive) holds the description's words. "Alibaba's founder",
    "the head of UNIDO", "who runs X": the person holding such a role at X. The two
    compose, which gives two hops ("who runs the UN's industrial development body").
    """

    def __init__(self, index: Index, retriever_terms: TermIndex, retriever: Retriever) -> None:
        self.index = index
        self.terms = retriever_terms
        self.retriever = retriever

    def by_description(
        self, modifier_words: list[str], kinds: frozenset[EntityKind], exclude: set[str]
    ) -> str | None:
        """The one entity of ``kinds`` whose own description holds the modifier words.

        Its description is its summary, a fact opening with its name (the release's
        appositive), and its names and aliases ("the Davos-based forum" is the one
        also called "Davos Forum"). A word counts when the description has it or a
        thesaurus synonym of it ("online shopping" for "online commerce"), at the
        synonym's discount. The kind noun itself ("company", "giant", "body") and
        "based" only say what sort of thing is meant, which ``kinds`` checks.
        """
        demonyms = {w: self.demonym_place(w) for w in modifier_words}
        modifier_words = [demonyms[w] or w for w in modifier_words]
        # "The Chinese internet giant": a nationality word is met where the entity is
        # based as well as by what is said of it (Alibaba is based in Hangzhou, China).
        demonym_terms = {t for place in demonyms.values() if place for t in content_terms(place)}
        # "The Hangzhou-based company": the place words must be where it is based,
        # not any mention of the place in what is said of it.
        based = any(w in _BASED_WORDS for w in modifier_words)
        place_words = (
            {
                t
                for w in modifier_words
                if any(
                    self.index.entity(e).kind is EntityKind.PLACE
                    for e in self.index.names.owners_of_word(w, limit=MAX_DESCRIPTION_CANDIDATES)
                )
                for t in content_terms(w)
            }
            if based
            else set()
        )
        every = list(dict.fromkeys(content_terms(" ".join(modifier_words))))
        terms = [t for t in every if t not in _NEUTRAL_DESCRIPTION_TERMS]
        optional = [t for t in every if t in _NEUTRAL_DESCRIPTION_TERMS]
        if not terms:
            return None
        alternatives = {t: self._alternatives(t) for t in terms}
        unknown = [
            w
            for w in modifier_words
            if w.isalpha()
            and not w.endswith("ed")  # a verb ("the Trust announced its grant") is worded otherwise
            and not self.index.names.has_word(w)
            and all(not alternatives.get(t, True) for t in content_terms(w))
        ]
        if unknown and len(terms) < MIN_WORDS_BESIDE_UNKNOWN + 1:
            # "The world health organization": a word no release uses (nor a synonym of
            # it, nor a name) beside a single known one names another body, not the one
            # with a "health" in its summary. A figure ("the US$15m grant") is no word.
            return None
        # A word the knowledge base never uses (nor a synonym of it) still counts against
        # a description, at half a typical word's weight ("the Brazilian commerce
        # company" is not Alibaba).
        unknown = UNKNOWN_DESCRIPTION_WEIGHT * self.terms.mean_idf
        weights = {
            t: max((self.terms.idf(a) for a in alts), default=unknown)
            for t, alts in alternatives.items()
        }
        total = sum(weights.values())
        if total <= 0:
            return None
        scores = self.terms.score(
            [(a, w) for alts in alternatives.values() for a, w in alts.items()]
        )
        touched = scores.touched()
        if len(touched) > MAX_DESCRIPTION_CANDIDATES:
            # On a large knowledge base only the best-scoring docs can be the described one.
            values = scores.values[touched]
            keep = np.argpartition(-values, MAX_DESCRIPTION_CANDIDATES)[:MAX_DESCRIPTION_CANDIDATES]
            touched = touched[keep]
        candidates: list[tuple[str, frozenset[str], float]] = []
        for doc_id in touched.tolist():
            doc = self.terms.docs[doc_id]
            if doc.kind == "entity":
                owner = doc.id
                if based and self.index.entity(owner).kind is EntityKind.PLACE:
                    # "Alibaba Group headquarters … in Hangzhou": the place's namesake.
                    namesake = self.named_after(owner)
                    if namesake is not None:
                        candidates.append((namesake, frozenset(), scores.get(doc_id)))
            elif doc.kind == "fact":
                fact = self.index.fact_by_id[doc.id]
                owner = fact.about[0]
                name = normalize(self.index.entity(owner).name)
                # An appositive: the fact opens with the entity's name.
                if not normalize(fact.text).startswith(name):
                    continue
            else:
                continue
            candidates.append((owner, self.terms.terms_of(doc_id), scores.get(doc_id)))
        # Entities named by the words (an alias), whatever their summary says.
        for word in modifier_words:
            # A common word of names ("international") picks out nothing.
            owners = self.index.names.owners_of_word(word, limit=MAX_DESCRIPTION_CANDIDATES)
            for owner in owners:
                candidates.append((owner, frozenset(), 0.0))
        best: dict[str, float] = {}
        base_cache: dict[str, frozenset[str]] = {}
        for owner, have, score in candidates:
            if owner in exclude or self.index.entity(owner).kind not in kinds:
                continue
            named = self._alias_terms(owner)
            if place_words and owner not in base_cache:
                base_cache[owner] = self._base_terms(owner)
            if place_words:
                have = (have - place_words) | (base_cache[owner] & place_words)
                named = named - place_words
            elif demonym_terms:
                if owner not in base_cache:
                    base_cache[owner] = self._base_terms(owner)
                have = have | (base_cache[owner] & demonym_terms)
            got = sum(
                weights[t]
                * (
                    1.0
                    if t in named
                    else max((w for a, w in alts.items() if a in have), default=0.0)
                )
                for t, alts in alternatives.items()
            )
            # The kind noun counts when the description has it ("the commerce company"),
            # and is no mark against one that calls it otherwise ("giant", "body").
            extra = sum(self.terms.idf(t) for t in optional if t in have or t in named)
            # Else a synonym of it breaks a tie: "the Hangzhou talks" is the meeting whose
            # summary says "discuss", before a summit that only shares the place.
            akin = not extra and any(
                a in have for t in optional for a in self._alternatives(t) if a != t
            )
            covered = (got + extra) / (total + extra)
            if covered >= DESCRIPTION_COVERAGE:
                # Equal cover: the one the kind noun names too ("framework"), or a synonym
                # of it, then BM25.
                rank = covered + 1e-2 * (extra > 0) + 5e-3 * akin + score * 1e-4
                best[owner] = max(best.get(owner, 0.0), rank)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1e-9:
            return None
        return ranked[0][0]

    def sole_of_noun(self, noun: str, kinds: frozenset[EntityKind]) -> str | None:
        """The one entity of ``kinds`` that a bare "the <noun>" can only mean: the one
        whose name or an alias ends in the noun ("the foundation": the Halvorsen Family
        Foundation), else the one whose summary calls it one ("… is an insurer of
        fishing vessels"). None when none or several are so called."""
        index = self.index
        ends = {
            owner
            for owner in index.names.owners_of_word(noun, limit=MAX_DESCRIPTION_CANDIDATES)
            if index.entity(owner).kind in kinds
            and any(
                normalize(label).split()[-1:] == [noun]
                for label in (index.entity(owner).name, *index.entity(owner).aliases)
            )
        }
        if ends:
            return next(iter(ends)) if len(ends) == 1 else None
        called = re.compile(rf"\b(?:is|was) (?:a|an|the) (?:[\w-]+ ){{0,3}}{re.escape(noun)}\b")
        docs = self.terms.docs_with_all([stem(noun)])
        if len(docs) > MAX_DESCRIPTION_CANDIDATES:
            return None  # a noun this common calls many things so: no sole one
        said = {
            doc.id
            for doc in (self.terms.docs[d] for d in docs)
            if doc.kind == "entity"
            and doc.id in index.kb.entities
            and index.entity(doc.id).kind in kinds
            and called.search(normalize(index.current_summary(doc.id)))
        }
        return next(iter(said)) if len(said) == 1 else None

    def named_after(self, place_id: str) -> str | None:
        """The organisation a place is named after ("Alibaba Group headquarters")."""
        words = normalize(self.index.entity(place_id).name).split()
        for cut in (1, 2):
            if len(words) <= cut:
                break
            owners = {
                label.entity_id
                for label in self.index.names.exact(" ".join(words[:-cut]))
                if label.via != "role"
                and self.index.entity(label.entity_id).kind is EntityKind.ORGANIZATION
            }
            if len(owners) == 1:
                return owners.pop()
        return None

    def _base_terms(self, entity_id: str) -> frozenset[str]:
        """Terms of where an entity is based: its summary or appositives saying so,
        the places its own facts are placed at, and places named after it."""
        index = self.index
        entity = index.entity(entity_id)
        names = tuple(normalize(n) for n in (entity.name, *entity.aliases))
        texts = []
        summary = index.current_summary(entity_id)
        if _BASED_TEXT.search(summary):
            texts.append(summary)
        for fact in index.facts_by_entity.get(entity_id, [])[:MAX_BASE_FACTS]:
            if fact.about[0] == entity_id:
                if _BASED_TEXT.search(fact.text):
                    texts.append(fact.text)
                if fact.place:
                    texts.append(index.entity(fact.place).name)
            for e in fact.about:
                place = index.entity(e)
                # A place named after it: "Alibaba Group headquarters".
                if place.kind is EntityKind.PLACE and normalize(place.name).startswith(names):
                    texts.append(place.summary)
        return frozenset(t for text in texts for t in content_terms(normalize(text)))

    def demonym_place(self, word: str) -> str | None:
        """The place a word no release uses names by its adjective ("Kenyan" for Kenya,
        "Malaysian", "Rwandan", "Chinese" for China), or None. Read from the place
        names the knowledge base has, by the endings such adjectives add."""
        if len(word) < 5 or self.terms.known(stem(word)):
            return None
        if self.index.names.has_word(word) and any(
            self.index.entity(e).kind is EntityKind.PLACE
            for e in self.index.names.owners_of_word(word, limit=MAX_DESCRIPTION_CANDIDATES)
        ):
            # The word names a place itself; an adjective in another name ("Chinese
            # innovation agenda") still reads as the place's.
            return None
        for cut, add in ((1, ""), (2, ""), (3, ""), (3, "a"), (4, "")):
            base = word[:-cut] + add
            if len(base) < 4:
                continue
            owners = self.index.names.owners_of_word(base, limit=MAX_DESCRIPTION_CANDIDATES)
            if any(self.index.entity(e).kind is EntityKind.PLACE for e in owners):
                return base
        return None

    def _alternatives(self, term: str) -> dict[str, float]:
        """The known terms a description word matches: itself (1.0), its synonyms."""
        found = {term: 1.0} if self.terms.known(term) else {}
        for synonym in synonyms(term):
            if self.terms.known(synonym):
                found.setdefault(synonym, SYNONYM_WEIGHT)
        return found

    def _alias_terms(self, entity_id: str) -> frozenset[str]:
        entity = self.index.entity(entity_id)
        return frozenset(
            t for label in (entity.name, *entity.aliases) for t in content_terms(normalize(label))
        )

    def role_holder(self, org_id: str, role_words: Sequence[str]) -> list[str]:
        """People holding a role at ``org_id`` that the words name ("head", "founder", "CFO")."""
        found: list[str] = []
        for person in self.index.people_by_org.get(org_id, []):
            for role in self.index.roles_by_entity.get(person, []):
                if role.organization != org_id:
                    continue
                if role_fits(role.title, role_words) and person not in found:
                    found.append(person)
        return found


class UnitRoleAsk(NamedTuple):
    """A title asked at a unit that the releases give as a post of its parent
    organisation ("Director of the Hydrology Lab" at Lakemoor University)."""

    organization: str  # the parent the roles are at
    words: tuple[str, ...]  # the title asked, with the unit's words the titles give
    holders: tuple[str, ...]


def unit_role_holders(index: Index, unit_id: str, role_words: Sequence[str]) -> UnitRoleAsk | None:
    """ "Who was director of the Hydrology Lab in 2021?" when nobody holds a role at
    the Lab itself: the holders of the titles that name it as a post of another
    organisation (``Index.unit_roles``) and fit the words (``role_fits``), all at one
    parent; None when no such title fits."""
    fitting = [r for r in index.unit_roles.get(unit_id, ()) if role_fits(r.title, role_words)]
    parents = {r.organization for r in fitting}
    if len(parents) != 1:
        return None
    title = normalize(fitting[0].title)
    unit_words = [w for w in title.rpartition(" of ")[2].split() if w not in STOP_WORDS]
    words = (*role_words, *(w for w in unit_words if w not in role_words))
    holders = tuple(dict.fromkeys(r.entity for r in fitting))
    return UnitRoleAsk(parents.pop() or "", words, holders)


def role_fits(title: str, role_words: Sequence[str]) -> bool:
    """Whether a title is one the words name: "head" or "runs" a top job, "founder" a
    founder, "chair" any chair, other words literally or by the title's initials.

    Words naming a body inside the organisation (``BODY_WORDS``: "led the steering
    board") must all be the title's: the chair of that body, never the organisation's
    top job; and a deputy is no leader of it, unless the words ask for one."""
    wanted_founder = any(w in FOUNDER_WORDS for w in role_words)
    wanted_leader = any(w in LEADER_WORDS for w in role_words)
    wanted_chair = any(w in CHAIR_WORDS for w in role_words)
    literal = {stem(w) for w in role_words} - _ROLE_VERB_STEMS
    stems = {stem(w) for w in normalize(title).split()}
    # "The CEO" names a Chief Executive Officer, and a Chief Executive.
    stems.update(stem(a) for a in title_acronyms(title))
    spelled = spelled_initials([normalize(w) for w in role_words])
    if spelled:
        # "Chief executive" spells the CEO's title (bot/vocab/title_initials.yaml): a
        # formal title, held only by a title going by those initials. Its "chief" is
        # then no word of leading, so a Director of Stations is no chief executive.
        return bool({stem(a) for a in spelled} & stems) and not stems & _LOWER_POST_STEMS - {
            stem(w) for w in role_words
        }
    if not {stem(w) for w in title_modifiers(role_words)} <= stems:
        # "Chief financial officer": another post than the chief of anything.
        return False
    asked = {stem(w) for w in role_words}
    if asked & {stem(a) for a in title_acronyms(title)}:
        # "The VC" asks for the Vice-Chancellor by its initials: the title's own words
        # are asked, "vice" with them (a Pro-Vice-Chancellor's initials are "PVC").
        asked |= stems
    if stems & _LOWER_POST_STEMS - asked:
        # "Vice-Chancellor": the Pro-Vice-Chancellor holds a lower post, not it
        # (LOWER_POST_WORDS, as the name search reads role labels).
        return False
    body = literal & _BODY_STEMS
    if body:
        if not body <= stems:
            return False
        if (wanted_leader or wanted_chair) and stems & _DEPUTY_STEMS - literal:
            return False
        literal -= body
    return (
        (wanted_founder and stem("founder") in stems)
        or (wanted_leader and bool(stems & _LEADER_TITLE_STEMS))
        or (wanted_chair and bool(stems & _CHAIR_TITLE_STEMS))
        or (bool(literal) and literal <= stems)
        or (bool(body) and not literal and not (wanted_founder or wanted_leader or wanted_chair))
    )


def title_modifiers(words: Sequence[str]) -> list[str]:
    """The words inside a title that are no title words ("financial" in "chief financial
    officer", "operating" in "chief operating officer"), and the field after a closing
    "of" ("communications" in "head of communications"): each makes another post, so a
    title fits only when it has them all. Empty for a title of title words only."""
    marks = [i for i, w in enumerate(words) if w in TITLE_WORDS]
    if not marks:
        return []
    inside = words[marks[0] : marks[-1]]
    # "Head of communications": the field after "of" at the title's end.
    last = marks[-1] + 1
    field = list(words[last + 1 :]) if list(words[last : last + 1]) == ["of"] else []
    return [
        w
        for w in [*inside, *field]
        if w not in TITLE_WORDS and w not in BODY_WORDS and w not in STOP_WORDS
    ]


def title_named(title: str, words: Sequence[str]) -> bool:
    """``role_fits``, but words beyond role verbs ("economist" in "chief economist") must
    all be the title's own: "chief economist" does not name a President, though "chief"
    alone would."""
    literal = {stem(w) for w in words} - _ROLE_VERB_STEMS
    if not literal:
        return role_fits(title, words)
    stems = {stem(w) for w in normalize(title).split()}
    stems.update(stem(a) for a in title_acronyms(title))
    return literal <= stems


_LEADER_TITLE_STEMS = frozenset(stem(w) for w in LEADER_TITLE_WORDS)
_CHAIR_TITLE_STEMS = frozenset(stem(w) for w in CHAIR_TITLE_WORDS)
_BODY_STEMS = frozenset(stem(w) for w in BODY_WORDS)
_LOWER_POST_STEMS = frozenset(stem(w) for w in LOWER_POST_WORDS)
_DEPUTY_STEMS = frozenset(stem(w) for w in ("deputy", "vice", "acting", "former"))
_ROLE_VERB_STEMS = frozenset(stem(w) for w in LEADER_WORDS | FOUNDER_WORDS | CHAIR_WORDS)
