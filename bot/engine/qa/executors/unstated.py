"""Questions the releases cannot answer, told apart by what the evidence holds.

An unrelated fact is never the answer. Before any executor ranks facts, three kinds of
question are checked for the *type* of answer they ask for in the statements about
their subjects:

- a personal attribute (age, nationality, birthplace, education, salary, family …)
  asked of a person: the statements about them (facts, summaries, roles, their own
  quotes) must hold at least ``MIN_ATTRIBUTE_EVIDENCE`` that speak of it ("born in",
  "a Kenyan national", "graduated from"); otherwise ``not_found``, pointing to the
  person's card;
- "does the release mention X?" where X is no entity and no word the releases use:
  ``not_found`` ("no release I know mentions X");
- a yes/no question whose claim is in words the releases never use ("is X accredited
  by a university?"): fewer than ``MIN_KNOWN_CLAIM_SHARE`` of the claim's words known
  means no fact can state it, so ``not_found`` and the closest facts;
- "how many countries are in X?": a count of a kind of place only a statement using
  the noun can give (entity kinds do not tell a country from a city).

Each returns None when the question is not of its kind or the evidence is there, so
that the other executors answer it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import not_found_cited
from bot.engine.qa.executors.base import CLOSEST_SHOWN, ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.executors.targets import asks_goal_reached
from bot.engine.qa.executors.trends import MOVE_WORDS
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.retrieve import closest_facts
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.used_words import release_uses
from bot.engine.text import clip, echo
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import title_acronym
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, index_term, stem
from bot.textnorm import normalize
from bot.vocab import undoing_verbs


class Attribute(NamedTuple):
    """A personal attribute: how a question asks for it, and what a statement that
    gives it says."""

    name: str  # as said in the reply ("nationality")
    asks: re.Pattern[str]  # over the read question's words
    evidence: re.Pattern[str]  # over a statement's normalised text


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


# The attributes a biography gives and a press release rarely does. Evidence patterns
# are the words a statement giving the attribute uses, in any release.
ATTRIBUTES = (
    Attribute(
        "nationality",
        _words(r"nationality|nationalities|citizenship|citizen|passport|what country is \w+ from"),
        # "A national of Kenya", never the adjective ("the national coastal plan").
        _words(r"nationality|national of|citizen|citizenship|passport|born|native of|hails from"),
    ),
    Attribute(
        "age",
        _words(
            r"age|how old|birthday|date of birth|year of birth|born in what year|"
            r"when was \w+(?: \w+)? born"
        ),
        _words(r"aged?|born|years? old|\d+ year old|birthday"),
    ),
    Attribute(
        "birthplace",
        _words(
            r"birthplace|place of birth|hometown|home town|where was \w+(?: \w+)? born|"
            r"where is \w+(?: \w+)? from|where does \w+(?: \w+)? come from"
        ),
        _words(r"born|native of|hails from|grew up|hometown|home town"),
    ),
    Attribute(
        "education",
        _words(
            r"education|educated|study|studied|degree|degrees|university|college|school|"
            r"alma mater|phd|doctorate|qualification|qualifications|graduate from|"
            r"graduated from"
        ),
        _words(
            # "One of the first graduates of X", "completed the X course in 2018": a
            # course finished is education stated, with its date.
            r"degree|graduated|graduates?|studied|university|college|phd|doctorate|"
            r"educated|alumnus|alumna|school|"
            r"(?:completed|finished) (?:\w+ ){0,3}(?:course|degree|training|programme|program)"
        ),
    ),
    Attribute(
        "salary",
        _words(
            r"salary|salaries|wage|wages|income|earn|earns|earnings|paid|pay|"
            r"compensation|remuneration|net worth|wealth|rich"
        ),
        _words(
            r"salary|wage|income|earns?|paid|compensation|remuneration|net worth|wealth|"
            r"billionaire|millionaire"
        ),
    ),
    Attribute(
        "family",
        _words(
            r"married|marry|wife|husband|spouse|partner's name|children|kids|son|"
            r"daughter|family"
        ),
        _words(r"married|wife|husband|spouse|children|son|daughter|family"),
    ),
    Attribute(
        "religion",
        _words(r"religion|religious|faith"),
        _words(r"religion|religious|faith|christian|muslim|buddhist|hindu|jewish"),
    ),
)
# A personal attribute counts as stated when at least this many statements about the
# person speak of it (one is enough: a single "born in 1964" states the age).
MIN_ATTRIBUTE_EVIDENCE = 1
# The work bound of these checks: at most this many facts (or quotes) of a subject are
# read for evidence (a large base's most-linked entity has thousands).
MAX_EVIDENCE_READ = 500

# "Does the release mention X?", "is X mentioned anywhere?", "do the releases talk about X?"
_MENTION = re.compile(
    r"^(?:does|do|did|is|are|was|were)\b.*?\b(?:mention|mentions|mentioned|name|names|named|"
    r"refer to|refers to|referred to|talk about|talks about|say anything about|cover|covers)\s+"
    r"(?P<what>.+?)(?:\s+(?:anywhere|at all|in (?:it|them|there)))?$"
)
_MENTIONED_ANYWHERE = re.compile(
    r"^(?:is|are|was|were)\s+(?P<what>.+?)\s+(?:mentioned|named|referred to)\b"
)

# Nouns for kinds of place, which the entity kind ("place") does not tell apart.
PLACE_SUBTYPE_NOUNS = frozenset(
    "country countries nation nations city cities town towns region regions state states".split()
)

# The words a statement counting each kind of place uses ("the ten member states").
_PLACE_NOUN_GROUPS = (
    frozenset(stem(w) for w in "country countries nation nations state states".split()),
    frozenset(stem(w) for w in "city cities town towns".split()),
    frozenset(stem(w) for w in "region regions".split()),
)

# A yes/no claim is only checked when the facts can state it: at least this share of
# its content words (or a synonym of each) must be words the releases use.
MIN_KNOWN_CLAIM_SHARE = 0.5
# Claims shorter than this many content words are left to the yes/no executor: one
# unknown word ("is X big?") may be a paraphrase the thesaurus lacks.
MIN_CLAIM_WORDS = 2
# Words that ask to check a claim ("is that caption correct?", "still right?"), and the
# words for a title itself: no part of what is claimed, which the rest of the question is.
_CHECKING_STEMS = frozenset(
    stem(w)
    for w in "correct right accurate wrong true caption still title titles job role position".split()
)


class UnstatedAnswers(ExecutorBase):
    def unanswerable(self, q: Query) -> Result:
        """``not_found`` for a question whose answer type the evidence lacks (see the
        module's docstring); None for any other question."""
        if q.quote or q.meta == "speakers":
            return None
        for check in (
            self.unstated_attribute,
            self.unknown_mention,
            self.unknown_claim,
            self.uncounted_places,
            self.uncounted_doing,
        ):
            found = check(q)
            if found is not None:
                return found
        return None

    # --- personal attributes ---------------------------------------------------------

    def asked_attribute(self, q: Query) -> Attribute | None:
        """The personal attribute the question asks of a person, or None."""
        if not any(e in self.index.person_ids for e in q.subjects):
            return None
        text = f" {' '.join(q.words)} "
        for subject in q.subjects:
            # A title or name the question says is no attribute asked: "the Minister of
            # General Education", "the University of Lund" ask no one's education.
            entity = self.index.entity(subject)
            titles = [r.title for r in self.index.roles_by_entity.get(subject, [])]
            for label in (*titles, entity.name, *entity.aliases):
                phrase = normalize(label)
                if len(phrase.split()) > 1:
                    text = text.replace(f" {phrase} ", " ")
        return next((a for a in ATTRIBUTES if a.asks.search(text)), None)

    def unstated_attribute(self, q: Query) -> Result:
        attribute = self.asked_attribute(q)
        if attribute is None:
            return None
        person = next(e for e in q.subjects if e in self.index.person_ids)
        if self._attribute_evidence(person, attribute) >= MIN_ATTRIBUTE_EVIDENCE:
            return None
        name = self._name(person)
        # A declined answer cites nothing (no statement of the releases is shown); the
        # person's card is one command away.
        text = (
            f"The releases I know don't give {name}'s {attribute.name}. For what they say "
            f"about {name}, try `{self.prefix}who {self.index.entity(person).name}`."
        )
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(q.question) or None,
            text=clip(text),
            entities=(person,),
            command="question",
        )

    def _attribute_evidence(self, person: str, attribute: Attribute) -> int:
        """How many statements about the person speak of the attribute."""
        index = self.index
        texts = [f.text for f in index.facts_by_entity.get(person, [])[:MAX_EVIDENCE_READ]]
        texts += [s.text for s in index.summary_history(person)]
        texts += [index.entity(person).summary or ""]
        texts += [r.title for r in index.roles_by_entity.get(person, [])]
        texts += [q.text for q in index.quotes_by_speaker.get(person, [])[:MAX_EVIDENCE_READ]]
        return sum(1 for t in texts if t and attribute.evidence.search(normalize(t)))

    # --- "does the release mention X?" -------------------------------------------------

    def unknown_mention(self, q: Query) -> Result:
        text = " ".join(q.words)
        match = _MENTION.match(text) or _MENTIONED_ANYWHERE.match(text)
        if match is None or q.subjects or q.same_name:
            return None
        what = [w for w in match["what"].split() if w not in _RELEASE_WORDS]
        content = [w for w in what if w not in STOP_WORDS]
        if not content or any(self._known(w) for w in content):
            return None
        shown = echo(" ".join(what))
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(q.question) or None,
            text=f"No, not that I know: no release I know mentions “{shown}”.",
            command="question",
        )

    def _known(self, word: str) -> bool:
        return self.index.terms.known(stem(word)) or self.index.names.has_word(word)

    # --- yes/no claims in words no release uses -------------------------------------------

    def unknown_claim(self, q: Query) -> Result:
        if q.answer_type is not AnswerType.YES_NO or not q.subjects or q.time.bounded:
            return None
        # A figure ("30,000", "30k") and a figure's movement ("going up", "grown") are
        # checked by the executors that read figures: the releases state numbers, never
        # the direction between them.
        if set(q.words) & MOVE_WORDS or asked_figures(q.question):
            return None
        if asks_goal_reached(set(q.words)):
            return None  # "has X reached its goal yet?": the figures against it (targets.py)
        claim = [
            t
            for t in dict.fromkeys(q.terms)
            if not any(c.isdigit() for c in t) and t not in _CHECKING_STEMS
        ]
        if len(claim) < MIN_CLAIM_WORDS:
            return None
        titles = self._title_terms(q.subjects)
        known = [
            t
            for t in claim
            if t in titles
            or self.index.terms.known(t)
            or any(self.index.terms.known(s) for s in synonyms(t))
        ]
        if len(known) >= MIN_KNOWN_CLAIM_SHARE * len(claim):
            return None
        named = {i for m in q.found for i in range(*m.words)}
        if q.words[0] in ("is", "was") and any(
            q.words[i + 1 : i + 2] in (("a",), ("an",)) for i in named
        ):
            # "Is X an intergovernmental treaty?": a class in words no release uses, which
            # what the releases describe X as still answers (``YesNoAnswers._what_it_is``).
            return None
        return self._nothing_answers(q)

    def _title_terms(self, subjects: tuple[str, ...]) -> frozenset[str]:
        """Stems of the titles the subjects hold or that people hold at them, with each
        title's initials ("ceo" for a Chief Executive Officer): a claim in a title's
        words is one the roles can settle, though no fact or quote spells it so."""
        index = self.index
        people = [e for e in subjects if e in index.person_ids]
        people += [p for e in subjects for p in index.people_by_org.get(e, [])]
        found: set[str] = set()
        for person in dict.fromkeys(people):
            for role in index.roles_by_entity.get(person, []):
                found.update(stem(w) for w in normalize(role.title).split())
                acronym = title_acronym(role.title)
                if acronym is not None:
                    found.add(stem(acronym))
        return frozenset(found)

    # --- "how many stations did X close?" ---------------------------------------------

    def uncounted_doing(self, q: Query) -> Result:
        """ "How many stations did X close down?" with a verb of ending, removing or
        losing (``bot/vocab/undoing_verbs.txt``) that no release uses (nor a word the
        thesaurus gives for it): a count of that undoing is not stated, whatever counts of
        the noun another verb states ("made 15 stations step-free")."""
        if q.words[:2] != ("how", "many") or not q.subjects or not q.found:
            return None
        if q.words[2:3] and q.words[2] in _SPANS_COUNTED:
            return None  # "how many years does the grant cover?": a span, not a doing
        named_end = max(m.words[1] for m in q.found)
        auxiliary = next((i for i, w in enumerate(q.words) if w in _DOING_AUXILIARIES), None)
        if auxiliary is None or auxiliary >= named_end:
            return None
        tail = [
            w
            for w in q.words[named_end:]
            if w not in STOP_WORDS and w not in _PARTICLES and not any(c.isdigit() for c in w)
        ]
        if not set(tail) & undoing_verbs():
            return None  # only a count of what was undone; other verbs are read loosely
        titles = self._title_terms(q.subjects)
        if any(index_term(w) in titles or release_uses(self.index, w) for w in tail):
            return None
        return self._nothing_answers(q)

    # --- "how many countries are in X?" ------------------------------------------------

    def uncounted_places(self, q: Query) -> Result:
        """ "How many countries are in the G20?": entity kinds cannot tell a country from
        a city, so only a statement about the subjects that uses the noun (or a synonym)
        can count them; without one, not_found (never the places the facts happen to
        link, such as the summit's host city)."""
        if q.answer_type is not AnswerType.NUMBER or not q.subjects:
            return None
        noun = list_noun(q.words)
        if noun is None or noun not in PLACE_SUBTYPE_NOUNS:
            return None
        wanted = {stem(noun), *synonyms(stem(noun))}
        wanted |= next((g for g in _PLACE_NOUN_GROUPS if stem(noun) in g), frozenset())
        index = self.index
        facts = [
            f for e in q.subjects for f in index.facts_by_entity.get(e, [])[:MAX_EVIDENCE_READ]
        ]
        # A sentence naming several places counts them ("from Malaysia, Indonesia, Viet
        # Nam and the Philippines"); one place is where something happened.
        if any(sum(index.entity(e).kind is EntityKind.PLACE for e in f.about) >= 2 for f in facts):
            return None
        texts = [f.text for f in facts]
        texts += [s.text for e in q.subjects for s in index.summary_history(e)]
        for text in texts:
            if wanted & {stem(w) for w in normalize(text).split()}:
                return None
        names = " and ".join(self._name(e) for e in q.subjects[:2])
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(q.question) or None,
            text=(
                f"The releases I know don't say how many {echo(noun)} that is: nothing they "
                f"state about {names} counts them."
            ),
            entities=tuple(q.subjects),
            command="question",
        )

    def _nothing_answers(self, q: Query) -> Answer:
        """not_found for a question no statement answers (a claim or a count in words
        no release uses), with the closest statements about its first two subjects."""
        names = " and ".join(self._name(e) for e in q.subjects[:2])
        closest = closest_facts(self.retriever, list(q.subjects), list(q.terms), CLOSEST_SHOWN)
        text = (
            f"The releases I know don't say that: nothing they state answers “{echo(q.question)}”."
        )
        return self._unstated(q, text, closest, f"What they do say about {names}:", q.subjects)

    def _unstated(
        self,
        q: Query,
        text: str,
        closest: list[LoadedFact],
        head: str,
        entities: tuple[str, ...] | list[str],
    ) -> Answer:
        if closest:
            text += f"\n{head}\n" + "\n".join(f"• {f.text.strip()}" for f in closest)
        return not_found_cited(
            self.index,
            q.question,
            text,
            [f.source for f in closest],
            entities=tuple(entities),
        )


# "How many stations did X close (down)?": the auxiliary before the one doing, and the
# particles after its verb, which say nothing of what was done.
_DOING_AUXILIARIES = frozenset("did does do has have had".split())
_PARTICLES = frozenset("down up off out over away".split())
# Units of time and occurrences counted ("how many years does X cover?", "how many times
# did X meet?"): their verbs ("cover", "meet") are read by the duration and count readers.
_SPANS_COUNTED = frozenset(
    "year years month months week weeks day days hour hours decade decades time times".split()
)

_RELEASE_WORDS = frozenset(
    "release releases press announcement announcements the a an any your these those this "
    "it them".split()
)
