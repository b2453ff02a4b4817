"""Items of a list inside one fact or quote: "what languages…", "how many partners…".

A release often states a list in one sentence ("teaches in Bahasa Malaysia, Bahasa
Indonesia, Vietnamese and English"), or a collaboration's size in one word
("trilateral"). A list question is answered by those items, a count by their number;
the sentence is shown and its release cited. ``enumeration.py`` reads the items.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.enumeration import Enumeration, enumerations, lateral_count
from bot.engine.qa.executors.base import _CHANGE_TERMS, MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query, TimeConstraint
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.vocabulary import (
    KIND_NOUNS,
    NUMBER_WORDS,
    PARTY_NOUNS,
    PRESENT_AUX,
    YES_NO_OPENERS,
    number_word,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote
from bot.search.synonyms import rewrite_phrases
from bot.search.terms import STOP_WORDS, Doc, content_terms, stem
from bot.textnorm import normalize

# A quoted word in the question filters the items ("how many 'global' things…").
_QUOTED = re.compile(r"(?:^|[\s(])['\"‘“]([^'\"’”]{2,40})['\"’”]")
# Nouns that name no kind of item ("how many things did he list?").
_GENERIC = frozenset(
    stem(w) for w in "thing things item items one ones kind kinds type types sort sorts".split()
)
# "At launch", "at its start", "when it launched": the first of two times compared.
_AT_START = re.compile(
    r"\b(?:at (?:the |its |their )?(?:launch|start|outset|founding)|when it (?:launched|started|began))\b"
)
_START_TERMS = frozenset(
    stem(w) for w in "launch launched start started outset founding began begin".split()
)
# Words that set two times side by side ("in 2019 versus in 2022"): no topic.
_COMPARING = frozenset(stem(w) for w in "versus vs compared compare against".split())
# Nouns of a count that name no kind, as a question writes them (stop words elsewhere).
_GENERIC_NOUNS = frozenset("things items".split())
# Words that ask for a list or a count rather than say what it is of ("how many
# partners does X count now?": "count" asks the number, as "have" would).
_ASKING = frozenset(
    stem(w)
    for w in "list name named mention mentioned give enumerate many much count counts tally".split()
)
# A figure right before the noun ("in nine countries"): the release states the count.
# The words between stay in one clause: "30,000 graduates, which the partners…" gives no
# figure for partners.
_STATED = r"\b(?:\d[\d,]*|{words})\b(?:\s+[\w'’-]+){{0,3}}?\s+{noun}"
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
# Nouns for the parties to something ("how many partners launched X?"): counted as the
# named organisations, initiatives or people a sentence lists.
_PARTY_TERMS = frozenset(stem(w) for w in PARTY_NOUNS)
_PARTY_KINDS = frozenset(
    {EntityKind.ORGANIZATION, EntityKind.INITIATIVE, EntityKind.PERSON, EntityKind.PLACE}
)
_PAREN = re.compile(r"\s*\([^)]*\)")
# Words between "how many" / "which" and the noun ("how many more partners").
_NOUN_SKIPS = frozenset(
    "the all other different of kind kinds sort type more fewer less additional new".split()
)
# "How many partners does X have?", "which organisations are partners of X?": asked in
# the present, with no time, a list means the newest one the releases state.
_PRESENT = PRESENT_AUX
# "Which partners joined after it launched?": a change between lists, not one list.
_RELATIVE_TIME = frozenset("after before since until till anymore still new newly".split())
# "Count the 'global' items…", "tally the things…": a count asked as an order.
COUNT_VERBS = frozenset(("count", "tally"))
# "In which languages…", "from what countries…": a preposition before the question word.
_LEADING_PREPOSITIONS = frozenset("in on at for from to with by into among".split())
# The words before a list (after it, when it opens its clause) that say what it is of.
GOVERNING_WORDS = 8
# A name's words held by more labels than this are too common to find what is named
# after it ("the Kuala Lumpur campus" for "Kuala Lumpur").
MAX_NAMED_AFTER = 50
# Candidates for the list: the facts and quotes ranked first, at most this many.
MAX_CANDIDATES = 40
# The best-ranked sentences for a counted noun read for a figure of it (``_count_stated``).
MAX_STATED_READ = 5


@dataclass(frozen=True, slots=True)
class _Found:
    """One enumeration in one fact or quote, with how well it fits the question."""

    item: LoadedFact | LoadedQuote
    enumeration: Enumeration
    fit: tuple[float, ...]
    # Whether a candidate states a figure for the noun itself ("in nine countries").
    stated: bool = False


def list_noun(words: tuple[str, ...]) -> str | None:
    """The noun a list or count question asks for: "languages" in "what languages does…",
    "partners" in "how many partners…"; None when the question names no such noun."""
    if not words:
        return None
    words = _without_leading_preposition(words)
    first = words[0]
    start = None
    if first in ("what", "which") and len(words) > 1:
        start = 1
        if words[1] in ("are", "were") and words[2:3] == ("the",):
            start = 2  # "what are the five 'global' goals…"
    elif words[:2] == ("how", "many"):
        start = 2
    elif first in ("list", "name", "enumerate") or first in COUNT_VERBS:
        start = 1
    if start is None:
        return None
    for w in words[start : start + 4]:
        if w in _NOUN_SKIPS or w.isdigit() or w in NUMBER_WORDS:
            continue
        if w in _GENERIC_NOUNS:
            return w  # "how many things did X say …": what the list holds, unnamed
        if w in YES_NO_OPENERS or w in STOP_WORDS:
            return None
        return w
    return None


def _without_leading_preposition(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "in what languages are the classes given" → "what languages are …": the noun
    follows the question word."""
    if len(words) > 2 and words[0] in _LEADING_PREPOSITIONS and words[1] in ("what", "which"):
        return words[1:]
    return words


class ItemAnswers(ExecutorBase):
    def items(self, q: Query, *, needs_topic: bool = False) -> Result:
        """The items of the list a fact or quote states, or their number for a count.

        With ``needs_topic``, only when the question says more than what it lists
        ("which countries does X serve?", not "which organisations are involved with X?",
        which the facts' links answer)."""
        noun = list_noun(q.words)
        counting = q.answer_type is AnswerType.NUMBER or q.words[0] in COUNT_VERBS
        if noun is None or set(q.words) & _RELATIVE_TIME or len(q.time.points) == 2:
            return None  # a change between two times is count_change's
        plural = noun.endswith("s") or noun in ("people", "staff", "media")
        # "list the five global goals": the modifier is read first, the head noun follows.
        after = q.words[q.words.index(noun) + 1 :][:1]
        plural = plural or (
            bool(after)
            and after[0].endswith("s")
            and (after[0] not in STOP_WORDS or after[0] in _GENERIC_NOUNS)
        )
        # "What five global things …": a count before the noun asks for several.
        at = q.words.index(noun)
        plural = plural or any(
            w.isdigit() or (w in NUMBER_WORDS and w not in ("one", "a", "an"))
            for w in q.words[max(0, at - 2) : at]
        )
        # A quoted name ("how many parties launched 'Enabling E-commerce'?") is the
        # subject's, which filters no items.
        names = {
            normalize(label)
            for e in q.subjects
            for label in (self.index.entity(e).name, *self.index.entity(e).aliases)
        }
        quoted = [_quoted_word(m) for m in _QUOTED.findall(q.question) if normalize(m) not in names]
        if not counting and not plural and not quoted:
            return None  # "what framework…" asks for one thing
        noun_term = stem(noun)
        # "How many SMEs…": the noun names a subject, not the items; unless another
        # subject is left ("the five global goals X named": "global goals" read as a name).
        unnamed = tuple(s for s in q.subjects if noun_term not in q.mention_terms.get(s, ()))
        if not unnamed and q.subjects:
            return None
        if noun_term in ANSWER_TYPE_TERMS["date"] or noun_term in ANSWER_TYPE_TERMS["count"]:
            return None  # years, times: durations and dates are answered elsewhere
        topic = [
            t
            for t in q.terms
            if t not in _ASKING
            and t != noun_term
            and t not in ANSWER_TYPE_TERMS[None]
            and t not in RELATION_TERMS
            and t not in {stem(w) for w in quoted}
        ]
        if needs_topic and not topic:
            return None
        found = None
        if len(unnamed) == len(q.subjects):
            found = self._best_enumeration(q, topic, noun, quoted)
        if found is None and noun_term not in _GENERIC:
            # "How many global things did X list?": the noun is a word the items share
            # ("global buy, global sell …"), read as if it were quoted.
            q = dataclasses.replace(q, subjects=unnamed)
            found = self._best_enumeration(q, topic, noun, quoted or [noun])
        if found is None:
            return None
        if counting and (found.stated or self._count_stated(q, noun, topic)):
            return None  # a release gives the number itself: the facts answer it
        items = list(found.enumeration.items)
        # "…launched X together with the eWTP": the question's own subjects are not
        # among the things it counts.
        others = [i for i in items if not set(self._entities_named(i)) & set(q.subjects)]
        if len(others) >= 2:
            items = others
        if KIND_NOUNS.get(noun) == frozenset({EntityKind.PERSON}) and not any(
            set(self._entities_named(i)) & self.index.person_ids for i in items
        ):
            # "How many people had it trained?" against "hire, buy and sell": a list that
            # names nobody is no people to count or name.
            return None
        if KIND_NOUNS.get(noun) == frozenset({EntityKind.PLACE}):
            # "Which cities has X built in?" against "A, B and C launched X to build …":
            # a list naming organisations or people and no place is no list of places.
            kinds = {self.index.entity(e).kind for i in items for e in self._entities_named(i)}
            if kinds and EntityKind.PLACE not in kinds:
                return None
        item = found.item
        text = " ".join(item.text.split())
        names = ("; " if any("," in i for i in items) else ", ").join(items)
        if counting:
            lead = f"**{number_word(len(items)).capitalize()}:** {names}"
            lateral = lateral_count(text)
            if lateral is not None and lateral[0] == len(items):
                lead += f" (the release calls it {lateral[1]})"
        else:
            lead = f"**{names}**"
        if isinstance(item, LoadedQuote):
            shown = f"• {self._name(item.speaker)}: “{item.text.strip()}”"
        else:
            shown = f"• {item.text.strip()}"
        entities = [*q.subjects, *item.about]
        return answered(
            self.index, q.question, f"{lead}\n{shown}", [item.source], entities=entities
        )

    def count_change(
        self, q: Query, noun: str | None = None, *, from_start: bool = False
    ) -> Result:
        """ "How many more partners did X have in 2022 than in 2019?", "how many partners
        joined between 2019 and 2022?": the lists stated as of each year, counted, and
        the items the later one adds (or drops). ``noun``: the list's noun when the
        question is no count ("how did the partner list change …", ``list_changes.py``);
        ``from_start``: its one year is compared with the list at the start."""
        asked = noun
        noun = noun or list_noun(q.words)
        points = list(q.time.points)
        at_start = len(points) == 1 and (
            from_start or _AT_START.search(" ".join(q.words)) is not None
        )
        if noun is None or (len(points) != 2 and not at_start):
            return None
        if q.answer_type is not AnswerType.NUMBER and asked is None:
            return None
        noun_term = stem(noun)
        topic = [
            t
            for t in q.terms
            if t not in _ASKING
            and t != noun_term
            and t not in _CHANGE_TERMS
            and t not in _COMPARING
            and t not in ANSWER_TYPE_TERMS[None]
            and t not in RELATION_TERMS
        ]
        if at_start:
            topic = [t for t in topic if t not in _START_TERMS]
        lists = []
        if at_start:
            # "At launch versus in 2022": the earliest list the releases state is the
            # one at the start; the year the question gives is the other.
            years = sorted({s.source.date.year for s in self.index.kb.sources.values()})
            first = None
            for year in (y for y in years if y < int(points[0][:4])):
                at = dataclasses.replace(q, time=TimeConstraint(year=year))
                first = self._best_enumeration(at, topic, noun, [])
                if first is not None:
                    break
            if first is None:
                return None
            lists.append(first)
        for point in points:
            at = dataclasses.replace(q, time=TimeConstraint(year=int(point[:4])))
            found = self._best_enumeration(at, topic, noun, [])
            if found is None:
                return None
            lists.append(found)
        before, after = lists
        if before.item.id == after.item.id:
            return None
        if asked is not None and not all(uses_root(f.item.text, noun) for f in lists):
            return None  # "has campuses in A and B" is no list of partners
        old, new = before.enumeration.items, after.enumeration.items
        diff = len(new) - len(old)
        known = {self._identity(i) for i in old}
        added = [i for i in new if self._identity(i) not in known]
        kept = {self._identity(i) for i in new}
        dropped = [i for i in old if self._identity(i) not in kept]
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        lines = []
        if at_start or set(q.terms) & _COMPARING:
            # "At launch versus in 2022": the two counts asked side by side come first.
            lines.append(
                f"**{number_word(len(old)).capitalize()}** {noun} as of "
                f"{format_date(self._date_of(before.item))}; **{number_word(len(new))}** as of "
                f"{format_date(self._date_of(after.item))}."
            )
        lines.append(
            f"**{sign}{abs(diff)}** ({len(old)} to {len(new)}: {len(new)} − {len(old)} = "
            f"{'−' if diff < 0 else ''}{abs(diff)})."
        )
        if added:
            lines.append("New: " + ", ".join(added) + ".")
        if dropped:
            lines.append("No longer listed: " + ", ".join(dropped) + ".")
        for found in lists:
            lines.append(f"• {format_date(self._date_of(found.item))}: {found.item.text.strip()}")
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [before.item.source, after.item.source],
            entities=q.subjects,
        )

    def _best_enumeration(
        self, q: Query, topic: list[str], noun: str, quoted: list[str]
    ) -> _Found | None:
        index = self.index
        noun_term = stem(noun)
        subjects = set(q.subjects)
        pool: dict[str, LoadedFact | LoadedQuote] = {}
        scores: dict[str, float] = {}
        ranked = self.retriever.rank(topic or [noun_term], subjects, include_quotes=True)[
            :MAX_CANDIDATES
        ]
        subject_words = [q.mention_terms.get(s, frozenset()) for s in q.subjects]
        for c in ranked:
            if isinstance(c.item, LoadedFact | LoadedQuote):
                pool.setdefault(c.item.id, c.item)
                scores[c.item.id] = c.score
        for s in q.subjects:
            for fact in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
            if topic:
                # "The Kuala Lumpur classes": the sentences about what is named after
                # the place ("the Kuala Lumpur campus teaches in …"), which write its
                # name without linking it.
                for owner in self._named_after(s):
                    for fact in index.facts_by_entity.get(owner, [])[:MAX_LIST_FACTS]:
                        pool.setdefault(fact.id, fact)
            for quote in index.quotes_by_speaker.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(quote.id, quote)
        wanted = {t for qt in self.retriever.query_terms(topic) for t in qt.alternatives}
        wanted |= set(topic)
        if topic and set(topic) <= _START_TERMS:
            # "How many partners at launch / at the start?": a time, the origin, which a
            # list's "founding partners" states as well as "launched" does.
            wanted |= _START_TERMS
        noun_words = {t for qt in self.retriever.query_terms([noun_term]) for t in qt.alternatives}
        noun_words = (noun_words | {noun_term}) - _GENERIC
        kinds = KIND_NOUNS.get(noun)
        best: _Found | None = None
        stated = False
        newest = (
            q.time.current
            or (not q.time.bounded and bool(set(q.words) & _PRESENT))
            # "As of March 2022", "by 2022": the newest list stated by then.
            or (q.time.until is not None and q.time.since is None)
        )
        for item in pool.values():
            if isinstance(item, LoadedFact) and not self._in_time(q, item):
                continue
            about = set(item.about) | ({item.speaker} if isinstance(item, LoadedQuote) else set())
            text = " ".join(item.text.split())
            if not all(s in about or self._names_in_text(s, text) for s in subjects):
                # "The Kuala Lumpur classes": a sentence about the Kuala Lumpur campus
                # names the city without linking it.
                continue
            terms = self._doc_terms(item)
            stated = stated or (
                isinstance(item, LoadedFact) and bool(noun_words) and states_count(text, noun)
            )
            overlap = len(wanted & terms)
            # The noun itself: "graduates" is a synonym of "trained", but a list of
            # the countries people were trained in is not a list of graduates.
            noun_hit = noun_term in terms and noun_term not in _GENERIC
            if topic and not overlap and not quoted:
                continue
            for enumeration in enumerations(text):
                if quoted:
                    kept = tuple(
                        i for i in enumeration.items if any(w in i.casefold() for w in quoted)
                    )
                    if len(kept) < 2:
                        continue
                    enumeration = dataclasses.replace(enumeration, items=kept)
                # The verb or noun that governs the list says what it is a list of:
                # "help SMEs, youth and women" is not what Alibaba sells, and the
                # "Business" of a partner's name does not make partners businesses.
                clause = set(content_terms(enumeration.governing(GOVERNING_WORDS)))
                if not quoted and not self._of_noun(
                    enumeration, kinds, noun_term, noun_term in clause, bool(topic)
                ):
                    continue
                before = set(content_terms(enumeration.before))
                # The question's own words, not synonyms: "help" is not "Enabling". A
                # subject named in those words is the question's too ("formed the
                # trilateral collaboration": "jointly launched a trilateral collaboration").
                if (
                    topic
                    and not quoted
                    and not (set(topic) | {noun_term}) & clause
                    # "A, B and C jointly launched a trilateral collaboration": the
                    # list acts on the subject, named in the words after it.
                    and not (
                        enumeration.leads
                        and any(words and words <= clause for words in subject_words)
                    )
                    # "The Port Selby lessons": a sentence about the Port Selby Academy,
                    # whose name the words before its list write.
                    and not (subjects - about and all(w <= before for w in subject_words))
                ):
                    continue  # the list is not the one the question's words are about
                # "Now", "currently": the newest list; otherwise newest only breaks ties.
                when = float(self._date_of(item).replace("-", "").ljust(8, "0"))
                # "… help SMEs do globally": the list whose own items hold the
                # question's words ("global buy, global sell"), of two in one sentence.
                inside = set(content_terms(" ".join(enumeration.items)))
                fit = (
                    float(overlap + noun_hit),
                    when if newest else 0.0,
                    float(len(set(topic) & inside)),
                    # "Which organisations signed it?": the list whose items are
                    # organisations, before one of people named with their employers.
                    float(self._of_kind(enumeration, kinds)),
                    float(len((wanted | noun_words) & before)),
                    float(isinstance(item, LoadedFact)),
                    scores.get(item.id, 0.0),
                    when,
                )
                if best is None or fit > best.fit:
                    best = _Found(item, enumeration, fit)
        if best is not None and stated:
            best = _Found(best.item, best.enumeration, best.fit, stated=True)
        return best

    def _count_stated(self, q: Query, noun: str, topic: list[str]) -> bool:
        """Whether a sentence the noun and the question's words find states a figure for
        the noun ("a starter collection of 120 tools"): "how many tools did X start
        with?" is that figure, never the number of items some list happens to hold."""
        ranked = self.retriever.rank([stem(noun)], set(q.subjects))[:MAX_STATED_READ]
        return any(
            isinstance(c.item, LoadedFact) and states_count(" ".join(c.item.text.split()), noun)
            for c in ranked
        )

    def _of_kind(self, enumeration: Enumeration, kinds: frozenset[EntityKind] | None) -> int:
        """How many of the list's items name only things of ``kinds`` (0 for no kinds):
        "Maren HOLT, Chief Executive of the Port Authority" is a person's item."""
        if not kinds:
            return 0
        count = 0
        for item in enumeration.items:
            owned = {self.index.entity(e).kind for e in self._entities_named(item)}
            owned.discard(EntityKind.TOPIC)
            if owned and owned <= kinds:
                count += 1
        return count

    def _of_noun(
        self,
        enumeration: Enumeration,
        kinds: frozenset[EntityKind] | None,
        noun_term: str,
        noun_hit: bool,
        has_topic: bool,
    ) -> bool:
        """Whether the list's items are the things the question counts or lists.

        Items that name known organisations, people, places or initiatives are such
        things only for a noun of their kind ("organisations", "partners") or one the
        sentence uses ("campuses"): places are not "students". Other items (languages,
        "global buy") are taken when the sentence uses the noun or the question's
        other words.
        """
        n = len(enumeration.items)
        found: list[set[EntityKind]] = []
        for item in enumeration.items:
            owned = {self.index.entity(e).kind for e in self._entities_named(item)}
            owned.discard(EntityKind.TOPIC)
            if owned:
                found.append(owned)
        if len(found) < 2 or 3 * len(found) < 2 * n:
            return noun_hit or has_topic
        if noun_hit:
            return True
        wanted = (
            kinds if kinds is not None else (_PARTY_KINDS if noun_term in _PARTY_TERMS else None)
        )
        if wanted is None:
            return False
        matching = sum(1 for owned in found if owned & wanted)
        return matching >= 2 and 3 * matching >= 2 * n

    def _named_after(self, entity_id: str) -> list[str]:
        """Other entities whose name holds this one's whole name ("Port Selby Academy"
        for "Port Selby"); none when its name's words are too common to look up."""
        name = normalize(self.index.entity(entity_id).name).split()
        if not name:
            return []
        owners: frozenset[str] | None = None
        for word in name:
            held = self.index.names.owners_of_word(word, limit=MAX_NAMED_AFTER)
            owners = held if owners is None else owners & held
        padded = f" {' '.join(name)} "
        return [
            e
            for e in sorted(owners or ())
            if e != entity_id and padded in f" {normalize(self.index.entity(e).name)} "
        ]

    def _names_in_text(self, entity_id: str, text: str) -> bool:
        """Whether ``text`` writes the entity's name or one of its aliases (whole words)."""
        entity = self.index.entity(entity_id)
        padded = f" {normalize(text)} "
        return any(
            f" {label} " in padded
            for label in (normalize(n) for n in (entity.name, *entity.aliases))
            if label
        )

    def _identity(self, item: str) -> str:
        """What an item names: its entity, else its words without a bracketed acronym."""
        named = self._entities_named(item)
        return named[0] if named else normalize(_PAREN.sub("", item))

    def _entities_named(self, item: str) -> list[str]:
        """The entities whose name or alias the item is ("World Trade Organization (WTO)")."""
        key = normalize(_PAREN.sub("", item))
        return [label.entity_id for label in self.index.names.exact(key)]

    def _date_of(self, item: LoadedFact | LoadedQuote) -> str:
        if isinstance(item, LoadedFact):
            return self.fact_date(item)
        return self.index.source_date(item.source).isoformat()

    def _doc_terms(self, item: LoadedFact | LoadedQuote) -> frozenset[str]:
        """The item's index terms, and the heads of the thesaurus phrases it writes
        ("set up" is "founded"), as a question's phrases are read."""
        kind = "fact" if isinstance(item, LoadedFact) else "quote"
        terms = self.index.terms.text_terms_of(self.index.terms.position[Doc(kind, item.id)])
        words = normalize(item.text).split()
        heads = rewrite_phrases(words)
        if len(heads) == len(words):
            return terms
        return terms | frozenset(content_terms(" ".join(heads)))


def _quoted_word(text: str) -> str:
    """A quoted filter as items write it: "'global …'" is "global"."""
    return text.strip().rstrip(".…").strip().casefold()


def noun_root(noun: str) -> str:
    """A party noun's root as sentences use it: "funders" → "fund" ("funded by"),
    "partners" → "partner", "members" → "member"."""
    root = stem(noun)
    return root[:-2] if root.endswith("er") and root not in ("partner", "member") else root


def uses_root(text: str, noun: str) -> bool:
    """Whether a word of ``text`` starts with ``noun``'s root ("funded" for "funders")."""
    root = noun_root(noun)
    return any(w.startswith(root) for w in normalize(text).split())


def states_count(text: str, noun: str) -> bool:
    """Whether the text gives a figure for the noun itself ("in nine countries")."""
    stemmed = re.escape(noun.rstrip("s"))
    pattern = _STATED.format(words=_NUMBER_WORDS, noun=stemmed)
    return re.search(pattern, text, re.IGNORECASE) is not None
