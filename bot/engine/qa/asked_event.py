"""The event a "when did S <verb> …?" question asks about, and whether a sentence states it.

A dated sentence answers "when did Amara Okafor step down as president?" only if it says
that *Okafor* stepped down (or resigned, retired…): "Daniel HARTMANN stepped down as
President … on December 31, 2021" shares every word of the question but its subject,
and dating the question with it is a confident wrong answer to a false premise. The
same holds for a sentence that denies the event ("The Academy receives no funding from
governments" for "when did governments start funding the Academy?") and for one that
states another event of the same parties ("met on Saturday, April 21, 2018" for "when
did Jack Ma join UNIDO?"). Issue 10 asks for false premises to be said plainly.

The question is read, over its normalised words, as

    when | what/which year | in what year  did/does/do/has/have/had/will  S  [adverb] V …

- **S, the agent**: the subjects the question names right after the auxiliary ("the
  eWTP", "A and B"), each an entity id. A doer named by a common noun ("the partners",
  "governments"), or by a name that modifies a noun ("the Kigali campus"), is no entity:
  ``doer`` keeps its word.
- **V, the event**: the first content word after S, past adverbs ("officially"),
  particles ("step *down*"), light verbs ("get its G20 *nod*"), title nouns and an aspect
  verb before a gerund ("start *funding*"). A figure in the predicate ("reach 12,000")
  is the event itself, which any verb states: such questions are not read.

A sentence *states* the event when (``states_event``):
1. it has V's index term or a thesaurus synonym of it (``bot/vocab/thesaurus.txt``);
2. V is not in a negator's scope (``negation.denies``), nor is the doer word the only
   thing named there ("… not by governments");
3. every agent that is a person or an organisation does V (a programme or a place
   "completes its first crossing" through others, so it is not held to this): named,
   outside a negator's scope, before V's word and not only as the antecedent of a
   relative clause about another party ("Samuel ADJEI succeeded Dr. Ibrahim SOW, who
   retired …" is Sow retiring); or after V behind "by", "from" or "with" ("was led by
   Dr. Rosa QUISPE and Erik HALVORSEN"); or anywhere when V is a verb of meeting, which
   two parties do together. The agent is named by its name, an alias, a person's
   surname, or a holder of a title at it ("UNIDO Director General LI Yong signed …" is
   UNIDO signing). A sentence filed about the agent that names it in words the base
   does not list ("the Academy") still counts, unless another party is named before V;
   or, for a verb whose subject may stand as its object ("open", "launch":
   ``bot/vocab/ergative_verbs.txt``), right after V ("Northvale opened the Centre" for
   "when did the Centre open?").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.engine.qa.negation import NEGATION_SCOPE, NEGATORS, denies
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import (
    KIND_NOUNS,
    LEADER_TITLE_WORDS,
    LIGHT_VERB_WORDS,
    RELATIVE_PRONOUNS,
)
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, index_term
from bot.textnorm import normalize
from bot.vocab import ergative_verbs

# The auxiliaries of an active "when did S V?" ("when was X launched?" is passive and
# dated by ``facts._agent_not_object``).
_ACTIVE_AUX = frozenset("did does do has have had will".split())
# How a question asks for a date before its auxiliary.
_DATE_OPENERS = (
    ("when",),
    ("what", "year"),
    ("which", "year"),
    ("in", "what", "year"),
    ("in", "which", "year"),
    ("what", "date"),
    ("what", "day"),
    ("on", "what", "date"),
)
# Words before the agent or the event that name neither.
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# Adverbs that may stand between the agent and its verb ("officially launch") and name
# no event. Words in "-ly" are adverbs too.
_ADVERBS = frozenset("first ever last also actually finally even really just".split())
# Verbs of an event's start or end: "start funding" asks when the funding started.
_ASPECT_VERBS = frozenset(
    "start starts started begin begins began stop stops stopped finish finishes "
    "finished cease ceased".split()
)
# Of those, the verbs of an end: "stop funding" asks when the funding ended, which a
# sentence stating the funding ("is funded by the Trust") does not say. Such an event is
# stated only by a verb of ending (``_END_TERMS``).
_END_ASPECT = frozenset("stop stops stopped cease ceases ceased finish finishes finished".split())
_END_TERMS = frozenset(
    index_term(w)
    for w in "stop stopped cease ceased end ended finish finished halt halted discontinue "
    "discontinued withdraw withdrew withdrawn terminate terminated close closed suspend "
    "suspended retire retired expire expired".split()
)
# The particles of a phrasal verb ("go back to", "step down"): no event of their own.
# Prepositions that open a complement. Met before any verb, they say that the agent's
# name took the verb ("the Green Corridor launch" is an event's name, so "when did the
# Green Corridor launch for the first time?" has no verb left): the word after one
# ("time") names no event, and the question is not read.
_COMPLEMENT_OPENERS = frozenset(
    "for at with to from of into onto after before during since until by about".split()
)
_PARTICLES = frozenset("back up down off over out on in away".split())
# Title nouns name a post, never the event ("take over as president").
_TITLE_NOUNS = LEADER_TITLE_WORDS | frozenset(
    "cfo coo cto cmo ceo president director officer minister secretary general executive".split()
)
_LIGHT_TERMS = frozenset(index_term(w) for w in (*LIGHT_VERB_WORDS, "got", "getting"))
# Words before a name that make it the doer of the verb before them ("signed by UNIDO",
# "funding from governments", "met with Jack MA").
_AGENT_MARKERS = frozenset("by from with alongside".split())
# At most this many words from a verb to the doer named after it behind "by".
MARKED_SPAN = 12
# The content words of the question's predicate read as naming the event: its verb.
EVENT_WORDS = 1
# Events two parties do together: either may be named first ("Li Yong met Jack Ma").
_TOGETHER = frozenset({index_term("meet"), *synonyms(index_term("meet"))})


@dataclass(frozen=True, slots=True)
class AskedEvent:
    """ "When did S V?": ``agents`` the entity ids of S (empty for a doer no entity
    stands for, "the partners"), ``event`` the index terms that name V, each with its
    thesaurus synonyms (``alternatives``)."""

    agents: tuple[str, ...]
    event: tuple[str, ...]
    alternatives: frozenset[str]
    # The index term of a doer no entity stands for ("govern" for "governments").
    doer: str | None = None
    doer_word: str = ""  # as the question has it ("governments")

    @property
    def together(self) -> bool:
        """Whether the event is one two parties do together (a meeting)."""
        return bool(self.alternatives & _TOGETHER)


def asked_event(index: Index, q: Query) -> AskedEvent | None:
    """The agent and event of a "when did S V …?" question, or None when the question
    has another shape (passive, "when was …", no verb after the agent)."""
    if q.wants != "date":
        return None
    words = list(q.words)
    aux = _aux_position(words)
    if aux is None:
        return None
    starts = {m.words[0]: m for m in q.found if m.entity_id in q.subjects}
    i = aux + 1
    while i < len(words) and words[i] in _DETERMINERS and i not in starts:
        i += 1  # "the Trust" may be a name with its article, or "the" and a name
    agents: list[str] = []
    doer: str | None = None
    doer_word = ""
    article = i > aux + 1
    while i < len(words) and i in starts:
        mention = starts[i]
        after = mention.words[1]
        if after < len(words) and (
            words[after] in KIND_NOUNS
            or (article and index.entity(mention.entity_id).kind is EntityKind.PLACE)
        ):
            # "The Kigali campus", "the UNIDO meeting": the name modifies the noun after
            # it, which is the doer, and no entity of the base.
            if agents:
                return None
            i = after
            break
        agents.append(mention.entity_id)
        i = mention.words[1]
        if i + 1 < len(words) and words[i] == "and" and (i + 1) in starts:
            i += 1
            continue
        break
    if not agents:
        # "When did the partners sign off …", "when did governments start …": one word
        # for a doer the base has no entry for.
        if i >= len(words) or words[i] in STOP_WORDS:
            return None
        doer, doer_word = index_term(words[i]), words[i]
        i += 1
    elif i < len(words) and words[i] == "s":
        return None  # "the Academy's partners": the agent is the partners, not the Academy
    if any(w.isdigit() for w in words[i:]):
        # "When did X reach 12,000 divers?": the figure is the event, whatever verb a
        # sentence gives it ("has trained 12,000").
        return None
    taken = {j for m in q.found for j in range(*m.words)}
    event: list[str] = []
    while i < len(words) and len(event) < EVENT_WORDS:
        word = words[i]
        i += 1
        if word in _DETERMINERS or word in _ADVERBS or word.endswith("ly") or i - 1 in taken:
            continue
        if word == "as" and event:
            break  # "step down as president": the capacity, not the event
        if word in _COMPLEMENT_OPENERS:
            return None  # no verb before the complement (see _COMPLEMENT_OPENERS)
        if word in STOP_WORDS or word in _PARTICLES or word in _TITLE_NOUNS or word.isdigit():
            continue
        term = index_term(word)
        if term in _LIGHT_TERMS:
            continue  # "get its G20 nod": the nod is the event
        if word in _END_ASPECT and i < len(words) and words[i].endswith("ing"):
            # "Stop funding": the end is the event, stated only by a verb of ending.
            return AskedEvent(tuple(agents), (term,), _END_TERMS, doer, doer_word)
        if word in _ASPECT_VERBS and i < len(words) and words[i].endswith("ing"):
            continue  # "start funding": the funding is the event
        event.append(term)
    if not event:
        return None
    alternatives = frozenset(a for t in event for a in (t, *synonyms(t)))
    return AskedEvent(tuple(agents), tuple(event), alternatives, doer, doer_word)


def _aux_position(words: list[str]) -> int | None:
    for opener in _DATE_OPENERS:
        n = len(opener)
        if tuple(words[:n]) == opener and len(words) > n + 1 and words[n] in _ACTIVE_AUX:
            return n
    return None


def states_event(index: Index, asked: AskedEvent, text: str, about: tuple[str, ...]) -> bool:
    """Whether a sentence (``text``, filed under the entity ids ``about``) states the
    asked event done by the asked agents, not denied (see the module's rules)."""
    words = normalize(text).split()
    terms = [index_term(w) for w in words]
    at_event = [i for i, t in enumerate(terms) if t in asked.alternatives]
    if not at_event:
        return False
    if any(denies(text, [t]) is not None for t in {terms[i] for i in at_event}):
        return False
    if asked.doer is not None:
        # "When did governments start funding X?": not from "… not by governments".
        at_doer = [i for i, t in enumerate(terms) if t == asked.doer]
        negated = _negated(words)
        if at_doer and all(i in negated for i in at_doer):
            return False
    together = asked.together
    # A programme, place or event "completes its first crossing" through others (a
    # vessel on it): only people and organisations are held to doing the verb.
    doers = [
        a
        for a in asked.agents
        if index.entity(a).kind in (EntityKind.PERSON, EntityKind.ORGANIZATION)
    ]
    return all(
        _does_event(index, agent, set(asked.agents), words, at_event, about, together)
        for agent in doers
    )


def _does_event(
    index: Index,
    agent: str,
    agents: set[str],
    words: list[str],
    at_event: list[int],
    about: tuple[str, ...],
    together: bool,
) -> bool:
    negated = _negated(words)
    # "… takes no money from the council" names the council as no doer.
    named = [p for p in _positions(words, _labels(index, agent)) if p not in negated]
    others = [
        p
        for e in about
        if e not in agents
        and index.entity(e).kind in (EntityKind.PERSON, EntityKind.ORGANIZATION)
        and e not in _holders(index, agent)
        for p in _positions(words, _labels(index, e, own=True))
    ]
    if named:
        if together:
            return True
        if any(
            a < e and not _relative_between(words, a, e, others) for a in named for e in at_event
        ):
            return True
        if any(
            _ergative(words[e]) and 0 < p - e <= MAX_OBJECT_GAP for p in named for e in at_event
        ):
            # "When did the centre open?": "Northvale … opened the Centre …" opened it.
            return True
        return any(_marked(words, e, p) for p in named for e in at_event if e < p)
    if agent not in about:
        return False
    # Filed about the agent but named in other words: no other party named before the
    # event may be its doer.
    return not any(p < min(at_event) for p in others)


# "opened the Centre": at most this many words (an article) between a verb and its object.
MAX_OBJECT_GAP = 2


def _ergative(word: str) -> bool:
    """Whether ``word`` is a form of a verb whose subject may stand as its object
    (``bot/vocab/ergative_verbs.txt``: "the centre opened", "Y opened the centre")."""
    return index_term(word) in _ergative_terms()


@cache
def _ergative_terms() -> frozenset[str]:
    return frozenset(index_term(w) for w in ergative_verbs())


def _relative_between(words: list[str], agent: int, event: int, others: list[int]) -> bool:
    """Whether the verb at ``event`` is in a relative clause about another party named
    after the agent ("Samuel ADJEI succeeded Dr. Ibrahim SOW, who retired …")."""
    return any(
        agent < p < r < event
        for p in others
        for r in range(agent, event)
        if words[r] in RELATIVE_PRONOUNS
    )


def _negated(words: list[str]) -> set[int]:
    """The positions within a negator's scope ("not by governments", "no funding from
    governments"): the ``NEGATION_SCOPE`` words after it."""
    return {
        j
        for i, w in enumerate(words)
        if w in NEGATORS
        for j in range(i + 1, min(len(words), i + 1 + NEGATION_SCOPE))
    }


def _marked(words: list[str], event: int, position: int) -> bool:
    """Whether the name at ``position`` is the doer of the verb at ``event`` before it:
    "by", "from" or "with" stands between them, within ``MARKED_SPAN`` words ("was led
    by Dr. Rosa QUISPE and Erik HALVORSEN")."""
    return position - event <= MARKED_SPAN and bool(
        _AGENT_MARKERS.intersection(words[event + 1 : position])
    )


def _holders(index: Index, entity_id: str) -> set[str]:
    """The people holding a title at an organisation, as the roles give them."""
    return set(index.people_by_org.get(entity_id, ()))


def _labels(index: Index, entity_id: str, own: bool = False) -> list[list[str]]:
    """The word sequences that name an entity: name, aliases, a person's surname, and
    (unless ``own``) the names of those holding a title at it."""
    entity = index.entity(entity_id)
    names = [entity.name, *entity.aliases]
    if entity.kind is EntityKind.PERSON:
        names.append(entity.name.split()[-1])
    if not own:
        for holder in _holders(index, entity_id):
            names += [index.entity(holder).name, index.entity(holder).name.split()[-1]]
    labels = [normalize(n).split() for n in names]
    return [lab for lab in labels if lab]


def _positions(words: list[str], labels: list[list[str]]) -> list[int]:
    return [i for i in range(len(words)) for lab in labels if words[i : i + len(lab)] == lab]
