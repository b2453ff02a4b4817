"""Counts over the releases themselves: "how many of the releases were on PR Newswire?",
"how many releases mention the Trust?", "how many releases are datelined Lima?".

Read from the releases' metadata (publisher, dateline city, date) and, for what a
release mentions, from the entities its facts, quotes and roles involve. The count is
stated, then each counted release with its publisher, dateline and date, all cited.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import MAX_SOURCES_SHOWN, ExecutorBase, Result, _fmt
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import number_word
from bot.kb.models import EntityKind
from bot.search.terms import stem
from bot.textnorm import normalize

# Words of a release count that say how it is counted, not what the releases say.
_COUNT_WORDS = frozenset(
    stem(w)
    for w in "release releases announcement announcements statement statements news press many "
    "mention mentions mentioned name names named cover covers covered talk talks about "
    "carried carry published publish came come out wire wires newswire newswires "
    "dateline datelined datelines there issued issue put quote quotes quoted "
    # How a release reaches its wire: "went out on", "ran on", "distributed via".
    "went go goes gone ran run runs distributed distribute distribution via through sent send "
    "appeared appear appears released release knowledge base bases collection total".split()
)
# A preposition that may come before "how many": "in how many releases …", "across how
# many announcements …".
_LEADING_PREPOSITIONS = frozenset("in on across from among".split())
# At most this many statements are read for a topic word.
MAX_TOPIC_DOCS = 2000
# Nouns for a release in a count question.
_RELEASE_NOUNS = frozenset(
    "release releases announcement announcements statement statements news".split()
)


# The bot addressed: "how many releases do you answer from?" counts its knowledge.
_YOU = frozenset(("you", "your"))
# Words that count the releases quoting a person ("how many releases quote X?").
_QUOTE_WORDS = frozenset("quote quotes quoted quoting".split())
# Words before a place that make it the dateline asked ("published in", "datelined").
_DATELINE_LEADS = ("in", "from", "datelined")
# Words that ask what releases mention rather than where they were issued.
_MENTION_WORDS = frozenset(
    "mention mentions mentioned name names named cover covers covered about talk talks".split()
)


class ReleaseCountAnswers(ExecutorBase):
    def _dateline_asked(self, entity_id: str, text: str) -> frozenset[str]:
        """The normalised names of the place ``entity_id`` when the question (``text``:
        its words, space-padded) asks for releases datelined there ("in Nairobi",
        "from Rwanda", "datelined Kigali"); empty when it asks something else."""
        entity = self.index.entity(entity_id)
        if entity.kind is not EntityKind.PLACE or _MENTION_WORDS & set(text.split()):
            return frozenset()
        labels = frozenset(normalize(label) for label in (entity.name, *entity.aliases)) - {""}
        if any(f" {lead} {label} " in text for lead in _DATELINE_LEADS for label in labels):
            return labels
        return frozenset()

    def release_count(self, q: Query) -> Result:
        """How many releases match the publisher, dateline, year and subjects the
        question names; None when it does not count releases."""
        words = q.words
        if words[:1] and words[0] in _LEADING_PREPOSITIONS and words[1:3] == ("how", "many"):
            words = words[1:]  # "in how many releases does X appear?"
        if words[:2] != ("how", "many") or not set(words[2:6]) & _RELEASE_NOUNS:
            return None
        index = self.index
        text = f" {' '.join(words)} "
        chosen = list(index.sources_newest)
        publishers = {normalize(s.source.publisher) for s in chosen}
        named = [p for p in publishers if p and f" {p} " in text]
        if named:
            chosen = [s for s in chosen if normalize(s.source.publisher) in named]
        cities = {normalize(s.source.dateline.city) for s in chosen}
        in_city = [c for c in cities if c and f" {c} " in text]
        # "How many releases were published in Nairobi / from Rwanda?": the place is the
        # dateline asked (its city or country), not a subject the releases mention, which
        # would count releases from elsewhere as published there.
        datelined = {e: labels for e in q.subjects if (labels := self._dateline_asked(e, text))}
        subjects = [
            e
            for e in q.subjects
            if e not in datelined and not any(normalize(index.entity(e).name) == c for c in in_city)
        ]
        if in_city:
            chosen = [s for s in chosen if normalize(s.source.dateline.city) in in_city]
        for labels in datelined.values():
            chosen = [
                s
                for s in chosen
                if {normalize(s.source.dateline.city), normalize(s.source.dateline.country)}
                & labels
            ]
        if q.time.bounded:
            chosen = [s for s in chosen if q.time.admits_date(s.source.date.isoformat())]
        quoting = bool(set(words) & _QUOTE_WORDS)
        for subject in subjects:
            if quoting and index.entity(subject).kind is EntityKind.PERSON:
                # "How many releases quote Jack MA?": those with his words, not every
                # release that names him.
                spoken = index.quotes_by_speaker.get(subject, [])[:MAX_TOPIC_DOCS]
                involving = {quote.source for quote in spoken}
            else:
                involving = set(index.sources_involving(subject, limit=None))
                involving |= set(self.mentioning_text(subject))
            chosen = [s for s in chosen if s.id in involving]
        # Other words ("how many releases mention women?"): releases whose statements
        # hold them all. A publisher's or a city's words are no topic.
        said = {stem(w) for p in (*named, *in_city) for w in p.split()}
        unknown = [n for n in q.unknown_names if stem(normalize(n)) not in said]
        if unknown:
            chosen = []  # "how many releases mention Amazon?": a name none of them has
        topic = [t for t in q.terms if t not in _COUNT_WORDS and t not in said]
        if set(words) & _YOU and not (_MENTION_WORDS | _QUOTE_WORDS) & set(words):
            # "How many releases do you answer from / know / have?": the bot's own
            # releases, every one; its verbs say nothing the releases would.
            topic = []
        missing = [t for t in topic if not index.terms.known(t)]
        if missing and not unknown and not (_MENTION_WORDS | _QUOTE_WORDS) & set(words):
            # With no "mention"/"about" to mark it as the topic, a word no statement holds
            # may be how the question counts ("went out on PR Newswire") rather than
            # what: "None" would be a confident guess.
            word = next((w for w in words if stem(w) == missing[0]), missing[0])
            return not_found(
                q.question,
                f'I can\'t tell what to count by "{word}": no release says it. '
                "`!sources` lists the releases with their wire, dateline and date.",
            )
        if topic and chosen:
            docs = index.terms.docs_with_all(topic)
            having = set()
            for doc_id in sorted(docs)[:MAX_TOPIC_DOCS]:
                doc = index.terms.docs[doc_id]
                item = (index.fact_by_id if doc.kind == "fact" else index.quote_by_id).get(doc.id)
                if item is not None:
                    having.add(item.source)
            chosen = [s for s in chosen if s.id in having]
        total = len(index.sources_newest)
        count = len(chosen)
        said = number_word(count).capitalize()
        filtered = named or in_city or datelined or subjects or topic or unknown
        # What the subjects were counted by, said: "how many releases did UNIDO
        # publish?" counts those naming UNIDO (a release's publisher is its wire).
        criterion = ""
        if subjects:
            verb = ("quote" if quoting else "name") + ("s" if count == 1 else "")
            criterion = f" {verb} " + " and ".join(index.short_name(e) for e in subjects)
        if not filtered and not q.time.bounded:
            lead = f"**{said} release{'s' if count != 1 else ''}** in all."
        elif total == 1:
            lead = f"**{said}** (the knowledge base has one release)."
        elif count == total:
            lead = f"**{said}**: all {number_word(total)} releases{criterion}."
        else:
            lead = f"**{said}** of the {number_word(total)} releases{criterion}."
        if not chosen:
            # None matches: the count is of the releases checked, which are cited.
            lead = f"**None** of the {number_word(total)} release{'s' if total != 1 else ''}."
            return answered(
                index,
                q.question,
                lead,
                [s.id for s in index.sources_newest[:MAX_SOURCES_SHOWN]],
            )
        # The releases shown are the ones cited: a citation per counted release would
        # crowd the count itself out of one message in a large base.
        shown = chosen[:MAX_SOURCES_SHOWN]
        lines = [lead] + [
            f"• {s.source.title} ({s.source.publisher}, {s.source.dateline}, "
            f"{s.source.date.isoformat()})"
            for s in shown
        ]
        if len(chosen) > len(shown):
            lines.append(f"…and {_fmt(len(chosen) - len(shown))} more.")
        return answered(
            index, q.question, "\n".join(lines), [s.id for s in shown], entities=subjects
        )
