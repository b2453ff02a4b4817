"""Relations read from roles, appositives and summaries, and answers of a checked type.

- whom someone works for or belongs to ("what organisation does X belong to");
- what someone did before joining somewhere ("what did X do before she joined Y");
- who held a title before someone ("who was Programme Director before X"), or will
  hold it next ("who will be the next president of Y");
- when someone's title began ("when did X become Director General");
- the time of day of something ("what time did the meeting start");
- a press or media contact;
- which of two namesakes the question's claim settles ("which DTA gave …"), and a
  "which <kind>" phrase that itself names its answer ("which strategic framework …");
- what something is for ("what was the point of the meeting"), how big it is ("how
  big is Alibaba"), where it is based;
- whether a fact answering "which <kind>" is about a thing of that kind.

Each returns None when the question is not of its kind, so the answerer tries the next
executor. When it is of its kind and nothing states the answer, the reply is
``not_found`` with the nearest statements as related: an answer of another type (a date
for a time of day, today's holder for the next one, the wire for a press contact) is
never given as the answer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, format_date, not_found_cited, where_line
from bot.engine.qa.executors.base import MAX_LIST_FACTS, Result
from bot.engine.qa.executors.became import title_regex
from bot.engine.qa.executors.contacts import ContactAnswers
from bot.engine.qa.executors.facts import FactAnswers
from bot.engine.qa.executors.roles import RoleAnswers
from bot.engine.qa.followup import ShowEntity
from bot.engine.qa.query import AnswerType, Query, RoleAsk
from bot.engine.qa.vocabulary import KIND_NOUNS, LEAVING_WORDS, ROLE_TERMS
from bot.engine.qa.written_dates import date_after_word, date_when
from bot.kb.models import EntityKind, LoadedFact, LoadedRole
from bot.search.index import RoleSpan, title_acronym
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# "Belong to", "work for", "represent": asking for the organisation someone is with.
AFFILIATION_TERMS = frozenset(
    stem(w)
    for w in "belong belongs belonged work works worked working employ employs employed "
    "employer represent represents represented affiliated affiliation member join joins "
    "joined part".split()
)
# "Before she joined", "previously", "prior to": asking for an earlier state.
BEFORE_WORDS = frozenset("before previously prior formerly earlier predecessor preceded".split())
# Verbs of taking up a title ("when did X become / was X appointed …").
START_TERMS = frozenset(
    stem(w)
    for w in "become became becomes appoint appointed named elected start started take took "
    "assume assumed join joined made".split()
)
# "When did X found / co-found / set up Y": a founding date, which a fact states with
# "founded" (or "established", "set up") and a year.
FOUNDING_TERMS = frozenset(
    stem(w) for w in "found founded cofound cofounded establish established".split()
)
_FOUNDED = re.compile(r"\b(?:founded|co-founded|established|set up|created)\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Before he left / stepped down / quit".
LEAVE_TERMS = frozenset(stem(w) for w in LEAVING_WORDS)
# "Take over from X", "replace X", "succeed X", "X's successor".
_TAKE_OVER = frozenset("take replace replaces succeed succeeds successor over".split())
# Words that put a title's holder in the future ("the next president", "who will be").
FUTURE_WORDS = frozenset("next future incoming upcoming will going".split())
# A contact for the press: releases print one at their end, the knowledge files do not.
CONTACT_WORDS = frozenset("contact contacts email phone telephone".split())
# "What time did X start", "at what hour": a time of day, which a date does not answer.
_TIME_OF_DAY = re.compile(r"^(?:at )?what time\b(?! (?:period|frame|span|range))|\bwhat hour\b")
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d{2}\b|\bnoon\b|"
    r"\bmidnight\b|\bo'clock\b",
    re.IGNORECASE,
)
_ORG_NOUN_TERMS = frozenset(
    stem(w) for w, kinds in KIND_NOUNS.items() if EntityKind.ORGANIZATION in kinds
)
# "The point / purpose / aim of X", "what is X for", "why was X held".
_ASKS_PURPOSE = re.compile(
    r"\b(?:point|purpose|aim|aims|goal|goals|objective|objectives|reason|idea|mission|mandate) "
    r"(?:of|for|behind)\b|^what (?:is|was|are|were) (?:the )?.+ for$|"
    r"^what (?:is|was|are|were) .+ (?:purpose|aim|aims|goal|goals|objective|objectives|mission|"
    r"mandate)$|"
    r"^why (?:was|were|did|is|are) .+ (?:held|meet|met|organi[sz]ed|set up|launched|created)$"
)
# A purpose stated by a word of aim (strong), or by "focused on", "so that", "to" and a
# verb (weak).
_AIM_WORDS = re.compile(
    r"\b(?:purpose|aims? (?:to|at)|aimed (?:to|at)|goals?|objectives?|mission|mandate|"
    r"designed to|intended to|meant to|seeks? to)\b",
    re.IGNORECASE,
)
_PURPOSE_WORDS = re.compile(r"\b(?:focus(?:ed|es)? on|so that|in order to)\b", re.IGNORECASE)
_TO_VERB = re.compile(r"\bto ([a-z][\w-]*)\b")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_NOT_A_VERB = frozenset(
    "the a an its their his her them it this that these those all each both some every our "
    "your my one two three four five six seven eight nine ten be".split()
)
# Words before "to" that make it no purpose: prepositions ("according to", "from 2020
# to"), and verbs whose "to" only continues them ("agreed to extend", "began to").
_NOT_PURPOSE_BEFORE = frozenset(
    "according due up prior contribute contributed contributes contributing from close next "
    "back committed commits commit agreed agree agrees decided decide decides began begin "
    "begins started start starts continue continues continued going plans planned want "
    "wants wanted".split()
)


def _states_purpose(text: str, *, strong: bool = False) -> bool:
    """Whether a sentence gives a purpose: a word of aim; unless ``strong``, also
    "focused on" or "to" and a verb."""
    if _AIM_WORDS.search(text):
        return True
    if strong:
        return False
    if _PURPOSE_WORDS.search(text):
        return True
    for m in _TO_VERB.finditer(text):
        before = _LAST_WORD.search(text, 0, m.start())
        if m[1] not in _NOT_A_VERB and (
            before is None or before[1].casefold() not in _NOT_PURPOSE_BEFORE
        ):
            return True
    return False


def _size_after(text: str, names: list[str]) -> bool:
    """Whether a size follows one of the names within a few words ("X, a $20 million …")."""
    for name in names:
        pattern = r"\W+".join(re.escape(w) for w in name.split())
        found = re.search(pattern, text, re.IGNORECASE) if pattern else None
        if found is not None and _SIZE.search(text[found.end() : found.end() + 60]):
            return True
    return False


# "Where is X based / headquartered / located": words that only ask where.
_BASED_TERMS = frozenset(
    stem(w)
    for w in "base based headquarter headquarters headquartered hq hqd d located location "
    "locate sit sits situated home".split()
)
# "A Geneva-based association", "a Rotterdam-headquartered company", "based in Nairobi",
# "headquartered in Hangzhou".
_BASED_IN = re.compile(
    r"\b([A-Z][\w]+(?: [A-Z][\w]+)*)-(?:based|headquartered)\b|"
    r"\b(?:based|headquartered|located) in ([A-Z][\w]+(?: [A-Z][\w]+)*)"
)
# A sentence that says where something is based (a verb, not "headquarters": "at a
# meeting at Acme's headquarters" places the meeting).
_SAYS_BASED = re.compile(r"\b(?:based|headquartered|located|situated)\b", re.IGNORECASE)
# The same, with the country after the city ("based in Boras, Sweden").
_BASED_IN_WRITTEN = re.compile(
    r"\b([A-Z][\w]+(?: [A-Z][\w]+)*)-(?:based|headquartered)\b|"
    r"\b(?:based|headquartered|located) in ([A-Z][\w]+(?: [A-Z][\w]+)*(?:, [A-Z][\w]+)?)"
)
# "How big / large is X": its size.
_ASKS_SIZE = re.compile(r"^how (?:big|large)\b")
_SIZE_QUESTION_TERMS = frozenset(stem(w) for w in "big large size".split())
# A size: a superlative, or a count of members, countries, staff and the like.
_SIZE = re.compile(
    r"\b(?:largest|biggest|smallest|leading)\b|"
    r"(?:US|USD|EUR|CHF)?\s?[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?|"
    r"\b\d[\d,.]* (?:million|billion) (?:dollars|euros|pounds|francs)\b|"
    r"\b(?:\d[\d,.]*\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"dozens|hundreds|thousands) (?:[\w-]+ ){0,2}(?:members?|compan(?:y|ies)|employees|staff|"
    r"people|countries|offices|users|customers|merchants|partners|states|branches|chambers|"
    r"associations|entrepreneurs|graduates|students|trainees|businesses)\b",
    re.IGNORECASE,
)
_KIND_LABELS = {
    EntityKind.PERSON: "People",
    EntityKind.ORGANIZATION: "Organisations",
    EntityKind.PLACE: "Places",
    EntityKind.INITIATIVE: "Initiatives",
    EntityKind.AGREEMENT: "Agreements",
    EntityKind.EVENT: "Events",
}
# Kind nouns that also name what is no entity ("groups of people", "bodies of work").
_VAGUE_KIND_NOUNS = frozenset("group groups entity entities body bodies".split())
_TITLE_JOINERS = frozenset(stem(w) for w in "of and for the at".split())
_PREVIOUS = re.compile(r"\b(?:previously|formerly|before (?:joining|that)|prior to)\b", re.I)


# Nouns naming an aim, as a question and a sentence may both use them.
_AIM_NOUNS = frozenset("mandate mission vision purpose objective objectives remit".split())


class RelationAnswers(RoleAnswers, FactAnswers, ContactAnswers):
    def relations(self, q: Query) -> Result:
        """The first of this module's kinds the question is of, or None."""
        if q.quote:
            return None  # "what did X say before she joined Y" asks for a quote
        for kind in (
            self.which_shared,
            self.which_named,
            self.purpose,
            self.size,
            self.based_where,
            self.contact,
            self.time_of_day,
            self.future_holder,
            self.predecessor,
            self.before_joining,
            self.affiliation,
            self.role_start,
        ):
            found = kind(q)
            if found is not None:
                return found
        return None

    # --- which of two namesakes ---------------------------------------------------------

    def which_shared(self, q: Query) -> Result:
        """ "Which DTA gave the academy US$15 million?": the namesake the question's claim
        settled (``Query.settled``), with the fact stating it."""
        if not q.settled or q.words[:1] not in (("which",), ("what",)):
            return None
        entity = q.settled[0]
        index = self.index
        namesakes = {
            label.entity_id
            for alias in index.entity(entity).shared_aliases
            for label in index.names.exact(normalize(alias))
        } - {entity}
        terms = content_terms(" ".join(q.words[1:]))
        ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
        for c in ranked:
            if (
                c.literal
                and isinstance(c.item, LoadedFact)
                and entity in c.item.about
                and not namesakes & set(c.item.about)
            ):
                fact = c.item
                text = f"**{self.index.display_name(entity)}**\n{fact.text.strip()}"
                return answered(self.index, q.question, text, [fact.source], entities=fact.about)
        return None

    def which_named(self, q: Query) -> Result:
        """ "Which strategic framework would the eWTP fit in with?": the question's
        "which" phrase itself names (or describes) an entity of the kind asked; a fact
        linking it to the other subjects confirms it, whatever verb the question uses."""
        if q.words[:1] != ("which",) or not q.list_kinds or len(q.subjects) < 2:
            return None
        index = self.index
        phrase = set(content_terms(" ".join(q.words[1:4])))
        named = [
            e
            for e in q.subjects
            if index.entity(e).kind in q.list_kinds
            and (e in q.described or (q.mention_terms.get(e) and q.mention_terms[e] <= phrase))
        ]
        if len(named) != 1:
            return None
        entity = named[0]
        others = [e for e in q.subjects if e != entity]
        for fact in index.facts_by_entity.get(entity, [])[:MAX_LIST_FACTS]:
            if set(others) <= set(fact.about):
                text = f"**{index.display_name(entity)}**\n{fact.text.strip()}"
                return answered(index, q.question, text, [fact.source], entities=fact.about)
        return None

    def of_listed_kind(self, q: Query, found: Result) -> Result:
        """ "Which countries have joined X?" answered by a fact: the fact must be about a
        thing of the kind asked, else it answers another question; then not_found,
        that fact as related."""
        if q.answer_type is not AnswerType.LIST or not q.list_kinds:
            return found
        index = self.index
        noun = next((w for w in q.words[1:3] if w in KIND_NOUNS), None)
        if noun is None or noun in _VAGUE_KIND_NOUNS:
            return found  # "which groups does X help": social groups are no entity kind
        if isinstance(found, ShowEntity):
            # A card answers "which <kind>" only when its summary has the question's
            # own words (or synonyms), not a guess at them ("joint" for "join").
            entity = index.entity(found.entity_id)
            if entity.kind in q.list_kinds and self._has_asked_words(q, entity.summary):
                return found
            stated = self._stated_with_kind(q)
            if stated is not None:
                return stated
            kinds = ", ".join(sorted(k.value for k in q.list_kinds))
            return self._unknown(q, f"The releases name no {kinds} that answers that.", [])
        if not isinstance(found, Answer) or found.status is not Status.ANSWERED:
            return found
        shown = [
            (found.text.find(f.text.strip()), f)
            for c in found.citations
            for f in index.facts_by_source.get(c.source_id, [])
            if f.text.strip() and f.text.strip() in found.text
        ]
        if not shown:
            return found
        first = min(shown, key=lambda x: x[0])[1]  # the answer, before any related fact
        if any(index.entity(e).kind in q.list_kinds for e in first.about):
            return found
        stated = self._stated_with_kind(q)
        if stated is not None:
            return stated
        kinds = ", ".join(sorted(k.value for k in q.list_kinds))
        return self._unknown(q, f"The releases name no {kinds} that answers that.", [first])

    def _asked_words(self, q: Query) -> set[str]:
        """The question's words beyond the kind asked for, and their synonyms, as terms
        the knowledge base has (never a guess at a typo)."""
        known = self.index.terms.known
        listed = {stem(w) for w in q.words[1:3] if w in KIND_NOUNS}
        return {a for t in q.terms if t not in listed for a in (t, *synonyms(t)) if known(a)}

    def _has_asked_words(self, q: Query, text: str) -> bool:
        """Whether ``text`` has one of the question's own words (or a synonym); true
        when the question has none beyond the kind asked for."""
        listed = {stem(w) for w in q.words[1:3] if w in KIND_NOUNS}
        if not set(q.terms) - listed:
            return True
        return bool(self._asked_words(q) & set(content_terms(normalize(text))))

    def _stated_with_kind(self, q: Query) -> Answer | None:
        """A fact about a subject that has the question's word (or a synonym) and names
        things of the kind asked ("which people attended the meeting?": the people the
        meeting fact names), as a list with that fact."""
        index = self.index
        # The question's words and their synonyms, not guesses at typos ("join" is not
        # "jointly"); the kind noun asked for ("people") is no word to find.
        asked = self._asked_words(q)
        if not asked:
            return None
        for subject in q.subjects:
            facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            for fact in sorted(facts, key=lambda f: f.about[0] != subject):
                named = [
                    e
                    for e in fact.about
                    if e not in q.subjects and index.entity(e).kind in q.list_kinds
                ]
                if named and asked & self._fact_terms(fact) & self._unnamed_terms(fact, q):
                    label = _KIND_LABELS.get(index.entity(named[0]).kind, "Named")
                    names = ", ".join(index.display_name(e) for e in named)
                    text = f"**{label}:** {names}\n• {fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
        return None

    def _unnamed_terms(self, fact: LoadedFact, q: Query) -> set[str]:
        """The fact's terms outside the subjects' own names: "Alliance" in "the Digital
        Trade Alliance is …" names the subject and says nothing of partners."""
        index = self.index
        text = f" {normalize(fact.text)} "
        labels = [
            normalize(label)
            for e in q.subjects
            for label in (index.entity(e).name, *index.entity(e).aliases)
        ]
        for label in sorted(labels, key=len, reverse=True):
            if label:
                text = text.replace(f" {label} ", " ")
        return set(content_terms(text))

    # --- what something is for, how big it is ---------------------------------------------

    def purpose(self, q: Query) -> Result:
        """ "What was the point of the meeting?": a sentence about the subject that gives
        a purpose ("met … to discuss …", "focused on …", "aims to …"), its own facts
        first, then its summary."""
        if not _ASKS_PURPOSE.search(" ".join(q.words)) or not q.subjects:
            return None
        index = self.index
        # A purpose is a thing's; a person named beside it ("according to X") is whose
        # view is asked, so facts about both come first.
        things = [e for e in q.subjects if e not in index.person_ids]
        if not things:
            return None
        subject = things[0]
        people = set(q.subjects) & index.person_ids
        facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        facts = sorted(facts, key=lambda f: not people <= set(f.about))
        own = [f for f in facts if f.about[0] == subject]
        stated = index.stated_summary(subject)
        summary = stated.text.strip() if stated else index.current_summary(subject).strip()
        declared = [stated.source] if stated else self._declared(subject)
        # A word of aim ("purpose", "mandate") says it most plainly, in a fact about the
        # subject, then in its summary; then "focused on", "to <verb>" the same way;
        # then a fact that only names the subject.
        lines: list[str] = []
        sources: list[str] = []
        # The aim word the question uses ("mandate", "mission"), where a sentence about
        # the subject uses it too: its summary, then its facts.
        aim = [w for w in q.words if w in _AIM_NOUNS]
        if aim:
            word = re.compile(rf"\b{re.escape(aim[0])}\b", re.IGNORECASE)
            literal = [f for f in facts if word.search(f.text)]
            if declared and word.search(summary):
                lines, sources = [summary], declared[:1]
            elif literal:
                lines, sources = [literal[0].text.strip()], [literal[0].source]
        for strong in (True, False):
            if lines:
                break
            found = [f for f in own if _states_purpose(f.text, strong=strong)]
            if found:
                lines = [f.text.strip() for f in found[:2]]
                sources = [f.source for f in found[:2]]
                break
            if declared and _states_purpose(summary, strong=strong):
                lines, sources = [summary], declared[:1]
                break
        if not lines:
            found = [f for f in facts if f.about[0] != subject and _states_purpose(f.text)]
            lines = [f.text.strip() for f in found[:1]]
            sources = [f.source for f in found[:1]]
        if not lines:
            return None
        text = "**Purpose, as the releases give it:**\n" + "\n".join(f"• {line}" for line in lines)
        return answered(index, q.question, text, sources, entities=[subject])

    def size(self, q: Query) -> Result:
        """ "How big is X?": the newest fact about X giving its size (a count of members,
        countries, staff…) or a superlative ("the world's largest …"), else not_found."""
        if not _ASKS_SIZE.match(" ".join(q.words)) or len(q.subjects) != 1:
            return None
        if set(q.terms) - _SIZE_QUESTION_TERMS:
            return None  # "how big was the grant": a figure, for the figures' executor
        index = self.index
        subject = q.subjects[0]
        pool = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        facts = [f for f in pool if f.about[0] == subject and _SIZE.search(f.text)]
        if not facts:
            # An appositive in a fact about something else: "launched X, a $20 million
            # program"; the size right after the subject's name.
            entity = index.entity(subject)
            names = [entity.name, *entity.aliases]
            facts = [f for f in pool if _size_after(f.text, names)]
        facts.sort(key=index.newest_first)
        if facts:
            lines = [f"**As of {format_date(self.fact_date(facts[0]))}:** {facts[0].text.strip()}"]
            newest = self.fact_date(facts[0])
            lines += [
                f"{'Earlier' if self.fact_date(f) < newest else 'Also'}: {f.text.strip()}"
                for f in facts[1:2]
            ]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [f.source for f in facts[:2]],
                entities=[subject],
            )
        name = index.entity(subject).name
        return self._unknown(
            q, f"The releases don't give the size of {name}.", self._role_facts(subject)[:1]
        )

    def based_where(self, q: Query) -> Result:
        """ "Where is X based / headquartered?": a fact about X that places it; a place
        named after X ("Alibaba Group headquarters"); a place X's summary or appositive
        says it is based in ("a Geneva-based association"); else not_found."""
        index = self.index
        if q.wants != "place" or len(q.subjects) != 1 or set(q.terms) - _BASED_TERMS:
            return None
        subject = q.subjects[0]
        entity = index.entity(subject)
        if entity.kind in (EntityKind.PLACE, EntityKind.EVENT):
            return None  # an event's place is its own fact's (``when_where``)
        facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        for fact in facts:
            # A fact's place is where it happened ("the partners met at Alibaba's
            # headquarters to extend the Academy"), which is X's base only when the
            # sentence says so.
            if fact.about[0] == subject and fact.place and _SAYS_BASED.search(fact.text):
                return self._where(q, fact.place, fact.text, fact.source, fact.about)
        names = [normalize(n) for n in (entity.name, *entity.aliases)]
        for fact in facts:
            for e in fact.about:
                place = index.entity(e)
                if place.kind is EntityKind.PLACE and any(
                    normalize(place.name).startswith(n) for n in names
                ):
                    return self._where(q, e, fact.text, fact.source, fact.about)
        texts = [(f.text, f.source) for f in facts if f.about[0] == subject]
        stated = index.stated_summary(subject)
        declared = [stated.source] if stated else self._declared(subject)
        if declared:
            texts.insert(
                0, (stated.text if stated else index.current_summary(subject), declared[0])
            )
        for text, source in texts:
            for found in _BASED_IN.finditer(text):
                label = found[1] or found[2]
                places = {
                    lab.entity_id
                    for lab in index.names.exact(normalize(label))
                    if index.entity(lab.entity_id).kind is EntityKind.PLACE
                }
                if len(places) == 1:
                    return self._where(q, places.pop(), text, source, [subject])
        for text, source in texts:
            # "Based in Boras, Sweden": a place the releases name but file no entry for,
            # given as written (with its country when one follows).
            found = _BASED_IN_WRITTEN.search(text)
            if found is not None:
                where = found[1] or found[2]
                return answered(
                    index,
                    q.question,
                    f"**Where:** {where}, as the release says.\n{text.strip()}",
                    [source],
                    entities=[subject],
                )
        # "A union of bean farmers in southern Tanzania": a place its summary gives.
        stated = self.stated_home(q, subject)
        if stated is not None:
            return stated
        # No related facts: one placing something else (a meeting at X's partner's
        # headquarters) would read as an answer.
        return self._unknown(q, f"The releases don't say where {entity.name} is based.", [])

    def _where(self, q: Query, place: str, text: str, source: str, about: Sequence[str]) -> Answer:
        index = self.index
        where = where_line(index, place)
        return answered(
            index,
            q.question,
            f"{where.text}\n{text.strip()}",
            [source, *([where.source] if where.source else [])],
            entities=[*about, place],
        )

    # --- whom someone is with ---------------------------------------------------------

    def affiliation(self, q: Query) -> Result:
        """ "What organisation does X belong to?", "who does X work for?": X's titles,
        which name the organisations, current first."""
        person = self.one_person(q)
        if person is None or len(q.subjects) > 1 or set(q.words) & BEFORE_WORDS:
            return None
        terms = set(q.terms) - ROLE_TERMS
        org_kind = q.list_kinds == frozenset({EntityKind.ORGANIZATION})
        if not (terms & AFFILIATION_TERMS or (org_kind and terms <= _ORG_NOUN_TERMS)):
            return None
        if terms - AFFILIATION_TERMS - _ORG_NOUN_TERMS:
            return None
        if not self.index.roles_by_entity.get(person):
            return None
        return self._current_roles(q, person, [])

    def before_joining(self, q: Query) -> Result:
        """ "What did X do before she joined Y?", "X's job before becoming Z": X's titles
        stated no later than the first one at Y (or in Z), and a fact saying what X was
        "previously"."""
        index = self.index
        person = self.one_person(q)
        if person is None or q.words[:1] == ("who",) or not set(q.words) & BEFORE_WORDS:
            return None
        history = index.role_history(person)
        spans = [*history.current, *history.earlier]
        own = {t for s in spans for t in _title_stems(s.role.title)} - _TITLE_JOINERS
        terms = set(q.terms)
        if (
            terms
            - AFFILIATION_TERMS
            - ROLE_TERMS
            - START_TERMS
            - LEAVE_TERMS
            - _ORG_NOUN_TERMS
            - own
        ):
            return None
        targets = [e for e in q.subjects if e != person]
        # "Before she became President": the title named, beside the name or as words.
        title = set(q.relation) or (terms & own)
        if terms & LEAVE_TERMS:
            # "What did X do before leaving Y?": X's titles at Y (or all) that ended.
            left = [s for s in spans if s.ended and (not targets or s.role.organization in targets)]
            if not left:
                return None
            name = index.entity(person).name
            text = f"**Before leaving**, the releases give {name} as: " + "; ".join(
                index.span_text(s) for s in left[:3]
            )
            return answered(
                index, q.question, text, [s.sources[0] for s in left[:3]], entities=[person]
            )
        if title:
            joined = [s for s in spans if title <= _title_stems(s.role.title)]
        elif targets:
            joined = [s for s in spans if s.role.organization in targets]
        elif title:
            joined = [s for s in spans if title <= _title_stems(s.role.title)]
        else:
            return None
        first = min((d for s in joined for d in s.dates), default=None)
        earlier = [s for s in spans if s not in joined and (first is None or min(s.dates) <= first)]
        previous = [
            f
            for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
            if _PREVIOUS.search(f.text)
        ]
        name = index.entity(person).name
        where = (
            joined[0].role.title
            if title and joined
            else index.short_name(targets[0])
            if targets
            else ""
        )
        if not where:
            return None
        if not earlier and not previous:
            return self._unknown(
                q,
                f"The releases don't say what {name} did before {where}.",
                self._role_facts(person),
            )
        lines = []
        if earlier:
            lines.append(
                f"**Before {where}**, the releases give {name} as: "
                + "; ".join(index.span_text(s) for s in earlier[:3])
            )
        lines += [f.text.strip() for f in previous[:1]]
        sources = [s.sources[0] for s in earlier[:3]] + [f.source for f in previous[:1]]
        return answered(index, q.question, "\n".join(lines), sources, entities=[person])

    # --- who held a title, before or next -----------------------------------------------

    def _asked_title(self, q: Query, person: str) -> tuple[frozenset[str], str | None]:
        """The title the question names (as stems) and its organisation, when given:
        a title beside the person's name, a role asked for, else the question's words
        that are words of the person's titles ("President" in "who was President of
        the DTA before X")."""
        orgs = [
            e
            for e in q.subjects
            if e != person and self.index.entity(e).kind is not EntityKind.PERSON
        ]
        org = q.role_asks[0].organization if q.role_asks else (orgs[0] if orgs else None)
        own = {t for r in self.index.roles_by_entity.get(person, []) for t in _title_stems(r.title)}
        if q.relation:
            # "Director General of UNIDO" beside the name: the title's words, not the org's.
            return frozenset(set(q.relation) & own or q.relation), org
        if q.role_asks:
            return frozenset(stem(w) for w in q.role_asks[0].words), org
        asked = {stem(w) for w in q.words}
        return frozenset(t for t in asked if t in own and t not in _TITLE_JOINERS), org

    def predecessor(self, q: Query) -> Result:
        """ "Who was Programme Director before X?": another holder of X's title at the
        same organisation, stated before X first was; else not_found."""
        index = self.index
        words = set(q.words)
        if q.words[:1] not in (("who",), ("whom",)) or not words & BEFORE_WORDS:
            return None
        person = self.one_person(q)
        if person is None:
            return None
        title, org = self._asked_title(q, person)
        if not title:
            return None
        held = [
            s
            for s in (*index.role_history(person).current, *index.role_history(person).earlier)
            if title <= _title_stems(s.role.title) and (org is None or s.role.organization == org)
        ]
        if not held:
            return None
        org = held[0].role.organization
        first = min(d for s in held for d in s.dates)
        before: list[tuple[dt.date, str, RoleSpan]] = []
        for other in index.people_by_org.get(org or "", []):
            if other == person:
                continue
            history = index.role_history(other)
            for span in (*history.current, *history.earlier):
                if (
                    span.role.organization == org
                    and title <= _title_stems(span.role.title)
                    and min(span.dates) < first
                ):
                    before.append((max(span.dates), other, span))
        name = index.entity(person).name
        title_text = held[0].role.title
        org_name = index.short_name(org) if org else ""
        if not before:
            return self._unknown(
                q,
                f"The releases name no {title_text} of {org_name} before {name}.",
                self._role_facts(person),
            )
        before.sort(key=lambda b: b[0], reverse=True)
        _, other, span = before[0]
        lines = [f"**{index.entity(other).name}** — {index.span_text(span)}"]
        sources = [span.sources[0]]
        handover = self._handover(person, other, org)
        if handover is not None:
            lines.append(handover.text.strip())
            sources.append(handover.source)
        return answered(index, q.question, "\n".join(lines), sources, entities=[other, person])

    def _handover(self, person: str, other: str, org: str | None) -> LoadedFact | None:
        """A fact about both people (and the organisation): "X became …, succeeding Y"."""
        for fact in self.index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]:
            if other in fact.about and (org is None or org in fact.about):
                return fact
        return None

    def future_holder(self, q: Query) -> Result:
        """ "Who will be the next president of Y?": a fact announcing a holder ahead of
        time (dated after its own release), else not_found with the newest holder."""
        index = self.index
        if q.words[:1] not in (("who",), ("whom",)) or not set(q.words) & FUTURE_WORDS:
            return None
        ask = self._future_ask(q)
        if ask is None:
            return None
        title = {stem(w) for w in ask.words}
        # "Who will replace X?": X's own appointment is not the one asked about.
        replaced = (
            {e for e in q.subjects if e in index.person_ids} if set(q.words) & _TAKE_OVER else set()
        )
        for fact in index.facts_by_entity.get(ask.organization, [])[:MAX_LIST_FACTS]:
            if fact.about[0] in replaced:
                continue
            if (
                fact.date
                and len(fact.date) == 10
                and fact.date > index.source_date(fact.source).isoformat()
                and title <= self._fact_terms(fact)
            ):
                when = index.source_date(fact.source).isoformat()
                text = f"**Announced ahead, in the release of {when}:** {fact.text.strip()}"
                return answered(index, q.question, text, [fact.source], entities=fact.about)
        org = index.short_name(ask.organization)
        related: list[tuple[str, str]] = []
        held = [
            r
            for person in ask.holders
            for r in index.roles_by_entity.get(person, [])
            if r.organization == ask.organization
        ]
        if held:
            role = max(held, key=lambda r: index.source_date(r.source))
            name = index.entity(role.entity).name
            related.append((f"The newest they name: {name}, {index.role_text(role)}.", role.source))
        return self._unknown_lines(
            q,
            f"The releases don't say who will be the next {' '.join(ask.words)} of {org}.",
            related,
        )

    def _future_ask(self, q: Query) -> RoleAsk | None:
        """The title asked about: a role ask at an organisation the question names
        ("the next chair of the academy board" is the academy's, not the chair that
        a bare "chair" label found elsewhere), else the first role ask, else a title
        named by its initials."""
        index = self.index
        named_orgs = [e for e in q.subjects if e not in index.person_ids]
        for ask in q.role_asks:
            if ask.organization in named_orgs:
                return ask
        for ask in q.role_asks:
            wanted = {stem(w) for w in ask.words}
            for org in named_orgs:
                holders = tuple(
                    p
                    for p in index.people_by_org.get(org, [])
                    for r in index.roles_by_entity.get(p, [])
                    if r.organization == org and wanted <= _title_stems(r.title)
                )
                if holders:
                    return RoleAsk(org, ask.words, tuple(dict.fromkeys(holders)))
        if q.role_asks:
            return q.role_asks[0]
        titled = self._titled_ask(q)
        if titled is not None:
            return titled
        # "Who will take over from / replace / succeed X?": X's newest title.
        people = [e for e in q.subjects if e in index.person_ids]
        if len(people) == 1 and set(q.words) & _TAKE_OVER:
            role = index.role_as_of(people[0])
            if role is not None and role.organization:
                words = tuple(normalize(role.title).split())
                return RoleAsk(role.organization, words, (people[0],))
        return None

    def _titled_ask(self, q: Query) -> RoleAsk | None:
        """The title a person was named by ("the next CEO of X" finds X's CEO by the
        title's initials), as a role ask."""
        words = set(q.words)
        for person in (e for e in q.subjects if e in self.index.person_ids):
            for role in self.index.roles_by_entity.get(person, []):
                title = normalize(role.title).split()
                initials = title_acronym(role.title)
                if role.organization and (
                    set(title) <= words or (initials is not None and initials in words)
                ):
                    return RoleAsk(role.organization, tuple(title), (person,))
        return None

    def role_start(self, q: Query) -> Result:
        """ "When did X become Director General?": a dated fact about X naming the title
        (``when_where``), else not_found with what the releases say of X's title."""
        index = self.index
        person = self.one_person(q)
        if person is None or q.wants != "date":
            return None
        title, _ = self._asked_title(q, person)
        if set(q.terms) & FOUNDING_TERMS:
            return self._founding(q, person)
        since = q.words[:2] == ("since", "when")  # "since when has X been DG?"
        orgs = [e for e in q.subjects if e != person]
        if not (set(q.terms) & START_TERMS or since):
            return None
        if title:
            titles = {
                r.title
                for r in index.roles_by_entity.get(person, [])
                if title <= _title_stems(r.title)
            }
        elif orgs:
            # "When did X join Y?": when X took up the first title at Y.
            titles = {
                r.title for r in index.roles_by_entity.get(person, []) if r.organization in orgs
            }
            if not titles:
                return None
        else:
            return None
        stated = [
            f
            for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
            if f.date
            and (
                any(_states_start(f.text, t) for t in titles)
                # "X joined the Foundation in October 2020": joining the organisation
                # asked, with no title named.
                or (not title and set(orgs) <= set(f.about) and _JOINED.search(f.text))
            )
        ]
        if stated:
            # About the person first, then the organisation named; the first title
            # taken there when none is named ("when did X join Y").
            fact = min(
                stated,
                key=lambda f: (
                    f.about[0] != person,
                    not set(orgs) <= set(f.about),
                    f.date or "" if not title else "",
                    index.newest_first(f),
                ),
            )
            when = date_when(fact.date or "", fact.text)
            if not title:
                # "who joined X in 2020 as …, was appointed … in January 2025": the join's
                # own date, not the later appointment's.
                when = (
                    date_after_word(fact.text, lambda w: _JOINED.fullmatch(w) is not None) or when
                )
                earlier = self._there_before(person, orgs, when, fact.text)
                if earlier is not None and not _JOINED.search(fact.text):
                    # "Became President of X on January 1, 2022" while a 2019 release
                    # already gives them a title at X: a later title's start, not the join.
                    name = index.entity(person).name
                    return self._unknown_lines(
                        q,
                        f"The releases don't say when {name} joined "
                        f"{index.display_name(earlier.organization or orgs[0])}; they give "
                        f"{name} a title there before the later start they date.",
                        [
                            (f"{name}: {index.role_text(earlier)}", earlier.source),
                            (fact.text.strip(), fact.source),
                        ],
                        "What they give:",
                    )
            text = f"**When:** {format_date(when)}\n{fact.text.strip()}"
            return answered(index, q.question, text, [fact.source], entities=fact.about)
        return self._unknown(
            q,
            f"The releases don't say when {index.entity(person).name} took that title.",
            self._role_facts(person),
        )

    def _there_before(
        self, person: str, orgs: list[str], when: str, started: str
    ) -> LoadedRole | None:
        """The person's oldest role at ``orgs`` stated by a release dated before ``when``
        (ISO, as coarse as a year), other than the title the sentence ``started`` dates
        (a title announced ahead is stated before it starts); else None."""
        index = self.index
        there = [
            r
            for r in index.roles_by_entity.get(person, [])
            if r.organization in orgs
            and index.source_date(r.source).isoformat()[: len(when)] < when[:10]
            and not re.search(title_regex(r.title), started, re.IGNORECASE)
        ]
        return min(there, key=lambda r: index.source_date(r.source)) if there else None

    def _founding(self, q: Query, person: str) -> Result:
        """ "When did X found Y?": a fact about Y (or X) saying it was founded, with a
        year; else not_found (a date of something else X did is no founding date)."""
        index = self.index
        orgs = [e for e in q.subjects if e != person] or [person]
        for org in orgs:
            for fact in index.facts_by_entity.get(org, [])[:MAX_LIST_FACTS]:
                if _FOUNDED.search(fact.text) and _YEAR_IN.search(fact.text):
                    text = f"**When:** {fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
        what = index.entity(orgs[0]).name if orgs[0] != person else "that"
        return self._unknown(
            q, f"The releases don't say when {what} was founded.", self._role_facts(person)[:1]
        )

    # --- a time of day, a press contact -------------------------------------------------

    def time_of_day(self, q: Query) -> Result:
        """ "What time did the meeting start?": a fact stating a clock time, else
        not_found with the date the releases do give."""
        if not _TIME_OF_DAY.search(" ".join(q.words)):
            return None
        index = self.index
        pool = [f for s in q.subjects for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]]
        for fact in pool:
            if _CLOCK.search(fact.text):
                return answered(
                    index, q.question, fact.text.strip(), [fact.source], entities=fact.about
                )
        # The date they do give: a fact about all the subjects, else one leading with one.
        dated = sorted(
            (f for f in pool if f.date),
            key=lambda f: (not set(q.subjects) <= set(f.about), f.about[0] not in q.subjects),
        )[:1]
        return self._unknown(
            q, "The releases don't give a time of day for that.", dated, "They date it:"
        )

    def contact(self, q: Query) -> Result:
        """ "Who is the media contact?": a role or fact naming a contact, else not_found."""
        words = set(q.words)
        # "Did X contact Y?" uses the verb; "is there a press contact (email)?" the noun.
        asks_noun = q.words[:2] in (("is", "there"), ("are", "there")) or bool(
            words & {"email", "e", "mail", "phone", "telephone", "number"}
        )
        if not words & CONTACT_WORDS or (q.answer_type is AnswerType.YES_NO and not asks_noun):
            return None
        index = self.index
        for role in index.kb.roles:
            if q.subjects and role.organization not in q.subjects and role.entity not in q.subjects:
                continue  # another organisation's contact is not the one asked for
            if "contact" in normalize(role.title).split():
                person = role.entity
                return answered(
                    index,
                    q.question,
                    f"**{index.entity(person).name}** — {index.role_text(role)}",
                    [role.source],
                    entities=[person],
                )
        stated = [
            c.item
            for c in self.retriever.rank([stem("contact")], set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact) and c.literal
        ]
        if stated:
            fact = stated[0]
            return answered(
                index, q.question, fact.text.strip(), [fact.source], entities=fact.about
            )
        # Releases print their contacts at the end of their text (executors/contacts.py).
        from_text = self.contact_from_sources(q)
        if from_text is not None:
            return from_text
        return self._unknown(q, "The releases I know give no press or media contact.", [], "")

    # --- not found, with what is related --------------------------------------------------

    def _role_facts(self, person: str) -> list[LoadedFact]:
        """Facts about the person and their titles, one about them first."""
        facts = self.index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
        return sorted(facts, key=lambda f: f.about[0] != person)[:2]

    def _unknown(
        self, q: Query, text: str, related: list[LoadedFact], head: str = "Related:"
    ) -> Answer:
        return self._unknown_lines(q, text, [(f.text.strip(), f.source) for f in related], head)

    def _unknown_lines(
        self, q: Query, text: str, related: list[tuple[str, str]], head: str = "Related:"
    ) -> Answer:
        if related:
            text += f"\n{head}\n" + "\n".join(f"• {line}" for line, _ in related)
        return not_found_cited(
            self.index,
            q.question,
            text,
            [s for _, s in related],
            entities=q.subjects,
        )


# Verbs that say a title was taken up, a few words before it ("became President",
# "was named Executive Director", "served as Director General … from 2013").
_START_VERBS = (
    r"\b(?:became|become|becomes|appointed|named|elected|made|joined|joins|took over as|"
    r"assumed|assumes|started as|serving as|served as|serves as)\s+(?:[\w-]+\s+){0,2}?"
    # "joined Orbisight Space as Chief Scientist": the organisation, then "as" the title.
    r"|\b(?:joined|joins|rejoined)\s+(?:[\w'’-]+\s+){1,5}?as\s+(?:(?:the|a|an|its)\s+)?"
)


# Verbs that say someone joined an organisation ("joined the Trust in 2020").
_JOINED = re.compile(r"\b(?:joined|joins|rejoined)\b", re.IGNORECASE)


def _states_start(text: str, title: str) -> bool:
    """Whether ``text`` says someone took up ``title`` (and not only calls them by it):
    a start verb, then the title's first word, then its other words close behind
    ("becomes Chair of the Digital Export Academy's Board" for "Chair of the Board")."""
    words = title.split()
    if not words:
        return False
    found = re.search(_START_VERBS + re.escape(words[0]) + r"\b", text, re.IGNORECASE)
    if found is None:
        return False
    rest = _title_stems(" ".join(words[1:])) - _TITLE_JOINERS
    after = {stem(w) for w in normalize(text[found.end() : found.end() + 60]).split()}
    return rest <= after


def _title_stems(title: str) -> frozenset[str]:
    """A title's word stems, and its initials ("dg" for Director General), as asked."""
    stems = {stem(w) for w in normalize(title).split()}
    initials = title_acronym(title)
    if initials is not None:
        stems.add(stem(initials))
    return frozenset(stems)
