"""Whether someone spoke of something: "did X say anything about Y?", "has X mentioned
Y?", "did the UN agency's chief talk about women?".

The speaker is a subject (by name or description); the topic is what follows "about",
"on", "regarding" (or "mention"): an entity, or words matched with their thesaurus group
("women" finds "woman", "female"). The answer is yes with the speaker's quotes that
mention it, or no, saying that their quotes don't, and who else did (their quotes),
every quote cited. Only the speaker's quotes count, and a fact reporting their words
("X said the vessel will carry spare cable"): a fact the release states in its own
voice is not something they said.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.support import statement_terms
from bot.engine.qa.vocabulary import REPORTED_SPEECH_VERBS
from bot.kb.models import LoadedFact, LoadedQuote
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, content_terms, stem

# Verbs of speaking that take a topic.
_SAY = frozenset(
    "say said says mention mentioned mentions talk talked talks speak spoke speaks comment "
    "commented comments refer referred remark remarked address addressed raise raised".split()
)
# Verbs whose object is the topic itself ("did X mention women?").
_MENTION = frozenset("mention mentioned mentions address addressed raise raised".split())
# Words that introduce the topic after a verb of speaking.
# Not "to": "did A talk to B?" asks whether they met.
_TOPIC_MARKERS = frozenset("about on regarding concerning re of".split())
# Words between the verb and the topic that are not the topic ("anything at all about").
_NOT_TOPIC = frozenset(
    "anything something much any at all ever the a an his her their its specifically "
    "publicly directly".split()
)
# Verbs whose object may be what was said itself ("did X say the cooperation is
# valuable?"): a claim to find in X's quotes, not a topic.
_CLAIM_VERBS = frozenset("say said says state stated states claim claimed claims".split())
_OPENERS = frozenset("did does do has have had was is were".split())
MAX_QUOTES_SHOWN = 3
MAX_OTHERS_SHOWN = 2


# Phrases saying how something was said ("on the record"), not what it was about.
_MANNER = frozenset({("on", "the", "record"), ("off", "the", "record"), ("in", "public")})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TIME_PREPOSITIONS = frozenset(("in", "during", "since", "before", "after", "until"))


def _aside_words(words: tuple[str, ...], start: int) -> frozenset[int]:
    """The positions from ``start`` on of a manner phrase ("on the record") and of a
    year with its preposition ("in 2019"), which the question's time constraint reads."""
    aside: set[int] = set()
    for i in range(start, len(words)):
        for phrase in _MANNER:
            if tuple(words[i : i + len(phrase)]) == phrase:
                aside.update(range(i, i + len(phrase)))
        # "In 2019" is when; "the 2025 goal" names what about.
        if _YEAR.match(words[i]) and i > start and words[i - 1] in _TIME_PREPOSITIONS:
            aside.update((i - 1, i))
    return frozenset(aside)


def _aside_phrases(words: tuple[str, ...], start: int) -> list[str]:
    """The words of ``_aside_words``, in order."""
    return [words[i] for i in sorted(_aside_words(words, start))]


class Topic(NamedTuple):
    """What a "did X say anything about …" question asks about: entity ids, and the
    stems of its other words (each with its thesaurus group)."""

    entities: tuple[str, ...]
    words: tuple[str, ...]
    label: str
    # "Did X say the cooperation is valuable?": what was said, not what it was about.
    claim: bool = False


class SaidAboutAnswers(ExecutorBase):
    def said_about(self, q: Query) -> Result:
        """Yes with the speaker's quotes naming the topic, or no with who else did;
        None when the question is not "did X say anything about Y"."""
        words = q.words
        if not words or words[0] not in _OPENERS:
            return None
        verb_at = next((i for i, w in enumerate(words) if w in _SAY), None)
        if verb_at is None:
            return None
        speakers = [
            f.entity_id
            for f in q.found
            if f.words[1] <= verb_at
            and f.entity_id in self.index.speaker_ids
            and f.entity_id in q.subjects
        ]
        before = {f.entity_id for f in q.found if f.words[1] <= verb_at}
        if len(before) > 1 and "and" in words[:verb_at]:
            return None  # "did A and B talk about Y?": their talks, not one's quotes
        if q.time.bounded and any(_YEAR.match(w) for w in _aside_phrases(words, verb_at + 1)):
            # "Did X say anything (about Y) in 2019?": the quotes of that year, which the
            # quote executor reads (not found, with the years quoted, when none).
            return None
        topic = self._topic(q, verb_at)
        if topic is None:
            return None
        # "The academy's programme director": the organisation named is part of the
        # description of the person who holds a title there.
        index = self.index
        holders = [
            p
            for p in dict.fromkeys((*q.described, *speakers))
            if p in index.speaker_ids
            and any(r.organization in speakers for r in index.roles_by_entity.get(p, []))
        ]
        speakers = list(dict.fromkeys(holders + speakers))
        # A speaker found by description ("the UN agency's chief") has no word span.
        speakers += [
            e
            for e in (*q.described, *q.subjects)
            if e in self.index.speaker_ids and e not in topic.entities
        ]
        if not speakers:
            return None
        speaker = speakers[0]
        own = [qu for qu in index.quotes_for(speaker)[:MAX_LIST_FACTS] if self._names(qu, topic)]
        name = index.display_name(speaker)
        if not own and topic.claim:
            return None  # not in those words: the quote executor shows what they said
        if own:
            lead = (
                f"**Yes**, in {name}'s words:"
                if topic.claim
                else f"**Yes.** {name} spoke of {topic.label}:"
            )
            lines = [lead, *(self._quote_line(qu) for qu in own[:MAX_QUOTES_SHOWN])]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [qu.source for qu in own[:MAX_QUOTES_SHOWN]],
                entities=[speaker, *topic.entities],
            )
        reported = self._reported(speaker, topic)
        if reported:
            # "Henrik Aas … said the new vessel will carry 2,000 tonnes of spare cable": the
            # release reports their words on it, so never a flat no.
            lines = [f"**Yes**, as the releases report it: {name} spoke of {topic.label}."]
            lines += [f"• {' '.join(f.text.split())}" for f in reported[:MAX_QUOTES_SHOWN]]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [f.source for f in reported[:MAX_QUOTES_SHOWN]],
                entities=[speaker, *topic.entities],
            )
        theirs = index.quotes_for(speaker)
        if not theirs:
            return None  # nobody quoted: the quote executor says so
        others = [
            qu
            for qu in self._all_quotes()
            if qu.speaker != speaker and qu not in theirs and self._names(qu, topic)
        ][:MAX_OTHERS_SHOWN]
        lines = [f"**No:** {name}'s quotes in the releases don't mention {topic.label}."]
        if others:
            lines.append("Who did:")
            lines += [self._quote_line(qu, with_speaker=True) for qu in others]
        else:
            lines.append(f"No one quoted in the releases mentions {topic.label}.")
        stated = [f for f in self._facts_naming(topic) if f.about[:1] != [speaker]][:1]
        if stated:
            lines.append("The releases themselves say:")
            lines += [f"• {' '.join(f.text.split())}" for f in stated]
        sources = [qu.source for qu in others] + [f.source for f in stated]
        sources = sources or [qu.source for qu in theirs[:1]]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[speaker, *topic.entities, *(qu.speaker for qu in others)],
        )

    def _topic(self, q: Query, verb_at: int) -> Topic | None:
        words = q.words
        start = verb_at + 1
        claim = False
        # "On the record", "in 2019": how and when it was said, not what about.
        aside = _aside_words(words, start)
        if words[verb_at] not in _MENTION:
            marker = next(
                (
                    i
                    for i in range(start, len(words))
                    if words[i] in _TOPIC_MARKERS and i not in aside
                ),
                None,
            )
            said = [
                w
                for i, w in enumerate(words[start:marker], start)
                if w not in _NOT_TOPIC and w != "that" and i not in aside
            ]
            if words[verb_at] in _CLAIM_VERBS and said:
                # "Did X say (that) the cooperation is valuable?": the words said.
                claim = True
            elif marker is None:
                return None
            else:
                start = marker + 1
        entities = tuple(f.entity_id for f in q.found if f.words[0] >= start)
        covered = {i for f in q.found if f.words[0] >= start for i in range(*f.words)}
        rest = [
            w
            for i, w in enumerate(words[start:], start)
            if i not in covered and i not in aside and w not in _NOT_TOPIC and w not in STOP_WORDS
        ]
        stems = tuple(dict.fromkeys(t for w in rest for t in content_terms(w)))
        if not entities and not stems:
            return None
        label = " ".join(
            [self.index.display_name(e) for e in entities]
            + [
                w
                for i, w in enumerate(words[start:], start)
                if i not in covered and w not in _NOT_TOPIC
            ]
        )
        return Topic(entities, stems, label, claim)

    def _names(self, quote: LoadedQuote | LoadedFact, topic: Topic) -> bool:
        """Whether the quote mentions every part of the topic (an entity by its link or
        name, a word or one of its thesaurus group)."""
        terms = set(content_terms(quote.text))
        if topic.claim:
            # A claim is read as the question was: "in line with" is "dovetail".
            terms |= statement_terms(quote.text)
        for entity in topic.entities:
            if entity in quote.about:
                continue
            entity_terms = [
                set(content_terms(label))
                for label in (self.index.entity(entity).name, *self.index.entity(entity).aliases)
            ]
            if not any(t and t <= terms for t in entity_terms):
                return False
        return all(
            word in terms or stem(word) in terms or synonyms(word) & terms for word in topic.words
        )

    def _reported(self, speaker: str, topic: Topic) -> list[LoadedFact]:
        """Facts reporting the speaker's words on the topic: the speaker named, then a
        verb of reported speech ("X, Managing Director of Y, said …") with no other
        person of the fact named between them ("X met Kim Lee, who said …" reports Kim
        Lee's words, not X's), the topic named."""
        index = self.index
        entity = index.entity(speaker)
        labels = [label.casefold() for label in (entity.name, *entity.aliases)]
        found = []
        for fact in index.facts_by_entity.get(speaker, [])[:MAX_LIST_FACTS]:
            text = fact.text.casefold()
            at = min((text.find(label) for label in labels if label in text), default=-1)
            if at < 0:
                continue
            verb = next(
                (m for m in re.finditer(r"[a-z]+", text[at:]) if m[0] in REPORTED_SPEECH_VERBS),
                None,
            )
            if verb is None or not self._names(fact, topic):
                continue
            between = text[at : at + verb.start()]
            others = [
                label.casefold()
                for e in fact.about
                if e != speaker and e in index.person_ids
                for label in (index.entity(e).name, *index.entity(e).aliases)
            ]
            if any(label and label in between for label in others):
                continue  # the words are another person's, named nearer the verb
            found.append(fact)
        return found

    def _facts_naming(self, topic: Topic) -> list[LoadedFact]:
        """Facts stating the topic in the releases' own voice (not "According to …")."""
        pool = (
            self.index.facts_by_entity.get(topic.entities[0], [])
            if topic.entities
            else self._retrieved_facts(topic.words)
        )
        return [
            f
            for f in pool[:MAX_LIST_FACTS]
            if not f.text.lstrip().lower().startswith("according to") and self._names(f, topic)
        ]

    def _retrieved_facts(self, words: tuple[str, ...]) -> list[LoadedFact]:
        ranked = self.retriever.rank(list(words), set(), include_quotes=False)
        return [c.item for c in ranked[:MAX_LIST_FACTS] if isinstance(c.item, LoadedFact)]

    def _all_quotes(self) -> list[LoadedQuote]:
        return [qu for quotes in self.index.quotes_by_speaker.values() for qu in quotes]

    def _quote_line(self, quote: LoadedQuote, *, with_speaker: bool = False) -> str:
        when = format_date(self.index.source_date(quote.source).isoformat())
        who = f"{self.index.display_name(quote.speaker)}, " if with_speaker else ""
        return f"• “{' '.join(quote.text.split())}” ({who}{when})"
