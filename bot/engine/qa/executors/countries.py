"""Countries asked for: "which countries does X cover?", "which countries had X's
trainees by June 2021?", "which country did X reach most recently?", "what was the
first country of X?".

Entity kinds cannot tell a country from a city (both are places), so a country is a
name of ISO 3166 (``bot.vocab.nations``: pycountry's table, with the nations of a state
such as Scotland) that a sentence writes, or a place entity it links so named. The
sentences about the thing asked of (its facts within the time asked, and its dated
summaries) are read for the countries they name:

- **a list** ("which countries …", plural): the sentence naming the most countries, among
  those using the question's other words when any does (the newest among equals),
  listed and shown; None below two countries, which the other executors answer.
- **the newest or the first** ("which country … most recently / first"): each country
  dated by the first sentence naming it with the thing; the one named first last (or
  first) leads, the others follow in date order, each cited.

A count ("how many countries") is the stated counts' (``stated_counts.py``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.vocabulary import NEWEST_WORDS, OLDEST_WORDS
from bot.kb.models import EntityKind
from bot.search.terms import STOP_WORDS, content_terms, stem
from bot.textnorm import normalize
from bot.vocab import nations

# The nouns that ask for countries.
_COUNTRY_NOUNS = frozenset("country countries nation nations".split())
_PLURAL = frozenset(("countries", "nations"))
# The longest country name read, in words ("United Republic of Tanzania" is four).
_MAX_NAME_WORDS = 5
# Words of a question that say it lists, orders or times, not what the sentence is about.
_NOT_TOPIC = frozenset(
    stem(w)
    for w in "list name named give which what recently recent latest newest last first "
    "earliest oldest most now currently today".split()
)


class _Stated(NamedTuple):
    """One sentence about the thing asked of, with the countries it names."""

    text: str
    source: str
    date: str  # ISO, the sentence's own date else its release's
    countries: tuple[str, ...]  # as written, in the sentence's order
    on_topic: bool
    # Whether the thing asked of is what the sentence is about: its own summary, or a
    # sentence naming it before any other thing it links ("SkyClass had connected …"),
    # not one about another thing it only runs ("the Academy … managed by the DTA").
    leads: bool


@functools.cache
def normalised_nations() -> frozenset[str]:
    """``bot.vocab.nations`` normalised as questions and sentences are: read from
    pycountry's tables (thousands of subdivisions) on first use, which ``Executors.warm``
    makes before any question."""
    return frozenset(normalize(n) for n in nations())


def countries_named(text: str, *, standalone: bool = False) -> list[str]:
    """The countries ``text`` names, as it writes them, in its order, each once; the
    longest name wins ("United Republic of Tanzania", not "Tanzania" inside it). With
    ``standalone``, only a name written as a country's (``_stands_alone``), never one
    inside another name ("New Jersey", "Jordan Blake", "the Kenya Rowing Board")."""
    known = normalised_nations()
    words = normalize(text).split()
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i : i + size])
            if name in known:
                found.append(name)
                i += size
                break
        else:
            i += 1
    if standalone:
        found = [name for name in found if _stands_alone(text, name)]
    return list(dict.fromkeys(_as_written(text, name) for name in found))


def countries_asked(question: str) -> list[str]:
    """The countries a question as typed names, as ``countries_named`` finds them, less
    those it writes only inside a longer name ("Chad Smith", "New Jersey", "Jordan
    Ellis"): unlike a release, a question may write a country in lower case ("in
    kenya"), so a lower-case name stands alone unless a capitalised word is beside it."""
    return [
        name
        for name in countries_named(question)
        if any(
            not any(
                n is not None and _opens_name(n[1])
                for n in (
                    re.search(r"([^\W\d_][\w'’-]*) +$", question[: m.start()]),
                    re.match(r" +([^\W\d_][\w'’-]*)", question[m.end() :]),
                )
            )
            for m in _name_pattern(normalize(name)).finditer(question)
        )
    ]


def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` (normalised) as a text may write it, any case, any punctuation between."""
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in name.split()) + r"\b", re.I)


def _stands_alone(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` (normalised) once at least as a country: with a
    capital ("china" and "turkey" in lower case are common nouns) and with no
    capitalised word beside it that would make it part of a longer name: "New Jersey",
    "New South Wales", "Jordan Blake", "Chad Morris", "the Kenya Rowing Board" name a
    state, people and a body. A word of ``STOP_WORDS`` beside it ("In Kenya", "The
    Gambia") opens no name. Country names of several words ("South Korea") are whole
    names of the list, found before their parts (``countries_named``)."""
    for match in _name_pattern(name).finditer(text):
        if not match[0][:1].isupper():
            continue
        before = re.search(r"([^\W\d_][\w'’-]*) +$", text[: match.start()])
        after = re.match(r" +([^\W\d_][\w'’-]*)", text[match.end() :])
        if not any(n is not None and _opens_name(n[1]) for n in (before, after)):
            return True
    return False


def _opens_name(word: str) -> bool:
    """Whether ``word`` beside a country's name makes it part of a longer name: a
    capitalised word that is no stop word."""
    return word[:1].isupper() and word.casefold() not in STOP_WORDS


def _as_written(text: str, name: str) -> str:
    """``name`` (normalised) with the capitals ``text`` gives it."""
    match = _name_pattern(name).search(text)
    return match[0] if match else name.title()


class CountryAnswers(ExecutorBase):
    def countries(self, q: Query) -> Result:
        """The countries asked for (module docstring); None for another question."""
        noun = list_noun(q.words)
        if noun not in _COUNTRY_NOUNS or q.quote or q.answer_type is AnswerType.NUMBER:
            return None
        if q.answer_type is AnswerType.YES_NO:
            return None
        words = set(q.words)
        newest = bool(words & NEWEST_WORDS)
        oldest = bool(words & OLDEST_WORDS)
        if noun not in _PLURAL and newest == oldest:
            return None  # "which country is X based in?": a place, answered elsewhere
        owners = [e for e in q.subjects if not self._names_a_country(e)]
        if not owners:
            return None
        stated = self._country_statements(q, owners, noun)
        if noun in _PLURAL and newest == oldest:
            return self._country_list(q, stated)
        return self._country_order(q, stated, newest=newest)

    def _names_a_country(self, entity_id: str) -> bool:
        entity = self.index.entity(entity_id)
        return entity.kind is EntityKind.PLACE and normalize(entity.name) in normalised_nations()

    def _country_statements(self, q: Query, owners: list[str], noun: str) -> list[_Stated]:
        """The facts about every owner (within the time asked) and the owner's dated
        summaries (one owner), each with the countries it names."""
        index = self.index
        own_words = {t for e in owners for t in q.mention_terms.get(e, frozenset())}
        topic = [
            t
            for t in q.terms
            if t != stem(noun)
            and t not in own_words
            and t not in _NOT_TOPIC
            and t not in RELATION_TERMS
            and t not in ANSWER_TYPE_TERMS[None]
            and t not in ANSWER_TYPE_TERMS["place"]
        ]
        wanted = {a for qt in self.retriever.query_terms(topic) for a in qt.alternatives}
        # A synonym that is a word of the thing's own name ("alliance" for "partner") is no
        # topic: every sentence naming it would use it.
        wanted = (wanted | set(topic)) - own_words
        # The owners' own names are no countries of theirs ("the Tanzania Rural Schools
        # Trust"); nor is a country asked about.
        names = {
            normalize(label)
            for e in q.subjects
            for label in (index.entity(e).name, *index.entity(e).aliases)
        }
        out: list[_Stated] = []
        for fact in index.facts_by_entity.get(owners[0], [])[:MAX_LIST_FACTS]:
            if not set(owners) <= set(fact.about) or not self._in_time(q, fact):
                continue
            named = self._countries_in(fact.text, names)
            if named:
                on_topic = bool(wanted & self._fact_terms(fact))
                leads = self._named_first(fact.text, owners[0], fact.about)
                out.append(
                    _Stated(fact.text, fact.source, self.fact_date(fact), named, on_topic, leads)
                )
        if len(owners) == 1:
            for summary in index.summary_history(owners[0]):
                date = index.source_date(summary.source).isoformat()
                if q.time.bounded and not q.time.admits_date(date):
                    continue
                named = self._countries_in(summary.text, names)
                if named:
                    on_topic = bool(wanted & set(content_terms(summary.text)))
                    out.append(_Stated(summary.text, summary.source, date, named, on_topic, True))
        return out

    def _named_first(self, text: str, owner: str, about: tuple[str, ...]) -> bool:
        """Whether ``text`` names ``owner`` before every other thing of ``about`` (the
        countries aside)."""
        words = f" {normalize(text)} "

        def first(entity_id: str) -> int:
            entity = self.index.entity(entity_id)
            spots = [
                words.find(f" {label} ")
                for label in {normalize(n) for n in (entity.name, *entity.aliases)}
                if label
            ]
            return min((i for i in spots if i >= 0), default=len(words))

        at = first(owner)
        others = [first(e) for e in about if e != owner and not self._names_a_country(e)]
        return at < len(words) and all(at <= o for o in others)

    def _countries_in(self, text: str, names: set[str]) -> tuple[str, ...]:
        """The countries ``text`` names, less those inside a subject's own name."""
        own = {c for name in names for c in countries_named(name)}
        inside = {normalize(c) for c in own}
        return tuple(
            c for c in countries_named(text, standalone=True) if normalize(c) not in inside
        )

    def _country_list(self, q: Query, stated: list[_Stated]) -> Result:
        lists = [s for s in stated if len(s.countries) >= 2]
        if not lists:
            return None
        if any(s.on_topic for s in lists):
            lists = [s for s in lists if s.on_topic]
        else:
            # No sentence uses the question's words ("cover"): only one about the thing
            # asked of says where it is, not one about another thing it is linked to.
            lists = [s for s in lists if s.leads]
            if not lists:
                return None
        best = max(lists, key=lambda s: (len(s.countries), s.date))
        names = _joined(best.countries)
        lead = f"**{names}** (as of {format_date(best.date)})"
        return answered(
            self.index,
            q.question,
            f"{lead}\n• {' '.join(best.text.split())}",
            [best.source],
            entities=q.subjects,
        )

    def _country_order(self, q: Query, stated: list[_Stated], *, newest: bool) -> Result:
        first: dict[str, _Stated] = {}  # normalised country -> the first sentence naming it
        shown: dict[str, str] = {}
        for s in sorted(stated, key=lambda s: s.date):
            for country in s.countries:
                first.setdefault(normalize(country), s)
                shown.setdefault(normalize(country), country)
        if len(first) < 2:
            return None
        ordered = sorted(first, key=lambda c: first[c].date)
        end = first[ordered[-1] if newest else ordered[0]].date
        leading = [c for c in ordered if first[c].date == end]
        lead_names = _joined([shown[c] for c in leading])
        word = "Most recently" if newest else "First"
        lines = [f"**{word}: {lead_names}** ({format_date(end)})"]
        sentence = first[leading[0]]
        lines.append(f"• {' '.join(sentence.text.split())}{placeholder(sentence.source)}")
        lines.append("In date order:")
        cited = [sentence.source]
        for country in ordered:
            s = first[country]
            lines.append(f"• {format_date(s.date)}: {shown[country]}{placeholder(s.source)}")
            cited.append(s.source)
        return answered(self.index, q.question, "\n".join(lines), cited, entities=q.subjects)


def _joined(names: tuple[str, ...] | list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
