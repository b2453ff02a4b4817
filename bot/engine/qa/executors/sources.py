"""Release metadata: publisher, dateline, date, headline; who is quoted; a summary."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.executors.base import (
    _RELEASE_TERMS,
    MAX_LISTED_SPEAKERS,
    MAX_SOURCES_SHOWN,
    ExecutorBase,
    Result,
)
from bot.engine.qa.followup import ListSources
from bot.engine.qa.query import AnswerType, Query, TimeConstraint
from bot.engine.qa.release_mentions import first_mention
from bot.engine.qa.release_topic import MAX_TOPIC_FACTS_READ, release_by_topic
from bot.engine.qa.vocabulary import (
    DATELINE_WORDS,
    HEADLINE_WORDS,
    OLDEST_WORDS,
    PUBLISHER_WORDS,
    RELEASE_NOUNS,
    number_word,
    spelled_title,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote, LoadedSource
from bot.search.index import Index
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# The other words a question for the newest release may have ("what's the most recent
# press release you have?"); any other word asks something of it. "What is the latest
# release about?" asks the same: its headline says what it is about.
_AT_END_FILLER = frozenset(
    "what which is was s the most press one of your you have know all in knowledge base "
    "about".split()
)
# "Which release announced the extension?": a release asked for by what it reported. The
# verbs as written, not stems: "which announcements came out of Hangzhou?" asks for
# releases by dateline.
_ANNOUNCE_WORDS = frozenset(
    "announce announced announces report reported reports reveal revealed unveil unveiled "
    "publicise publicised publicize publicized".split()
)
_ANNOUNCE_TERMS = frozenset(map(stem, _ANNOUNCE_WORDS))
# Verbs that ask which releases speak of something at all ("which releases mention /
# name / cover / talk about X"), rather than which one states a given point.
_MENTION_TERMS = frozenset(
    stem(w)
    for w in "mention mentions mentioned name names named feature features featured cite "
    "cites cited refer refers referred talk talks talked cover covers covered discuss "
    "discusses discussed involve involves involved appear appears appeared".split()
)


# "What is the newest release?", "which release is the oldest?": a release picked by
# its date among all of them.
_NEWEST = frozenset("newest latest last recent".split())
# Words that pick one release by its date ("the first release", "the latest one"), which
# name nothing a release may mention.
_PICKING_TERMS = frozenset(stem(w) for w in (*_NEWEST, "first", "earliest", "oldest"))
# Words that say where a release was sent from ("came out of Geneva", "issued in KL").
_SENT_FROM = frozenset("from out issued sent filed came released".split())


# "The release", "the announcement": one release asked for; "releases": several.
_ONE_RELEASE = frozenset(("release", "announcement"))
_SEVERAL_RELEASES = frozenset(("releases", "announcements"))
# "Which release says X?" asks for the statement of X, which the sentences' words may not
# share: the releases are ranked by the statement instead (``source``'s items).
_SAYS = frozenset("say says said state states stated".split())


# Words after a release noun that say what it is about ("the first release on X").
_ABOUT_WORDS = frozenset("about on concerning mentioning regarding covering".split())


def _about_subject(q: Query) -> int | None:
    """Where an about-word follows a release noun ("the first release about X", "the
    newest announcement on X"), when the question names a subject after it; None
    otherwise."""
    if not q.subjects:
        return None
    return next(
        (
            i + 1
            for i in range(len(q.words) - 2)
            if q.words[i] in RELEASE_NOUNS and q.words[i + 1] in _ABOUT_WORDS
        ),
        None,
    )


class SourceAnswers(ExecutorBase):
    def release_at_end(self, q: Query) -> Answer | None:
        """The newest (or oldest) release, with its date, wire, dateline and headline,
        cited; None unless the question names no subject and asks for the release at
        one end of the dates ("what is the latest release?")."""
        words = set(q.words)
        if not words & RELEASE_NOUNS or q.words[:1] not in (("what",), ("which",)):
            return None
        # "What was the first release about the alliance?": of the releases naming it.
        about = _about_subject(q)
        if q.subjects and about is None:
            return None
        newest, oldest = bool(words & _NEWEST), bool(words & OLDEST_WORDS)
        asked = words if about is None else set(q.words[:about]) | set(q.leftover)
        if newest == oldest or asked - _NEWEST - OLDEST_WORDS - RELEASE_NOUNS - _AT_END_FILLER:
            return None  # "what did the newest release announce?" asks what it says
        ordered = self.index.sources_newest
        if about is not None:
            naming = set.intersection(
                *(set(self.index.sources_involving(s, limit=None)) for s in q.subjects)
            )
            ordered = [s for s in ordered if s.id in naming]
        if not ordered:
            return None
        pick = ordered[0] if newest else ordered[-1]
        src = pick.source
        which = "newest" if newest else "oldest"
        lead = (
            "The only release I know"
            if len(ordered) == 1
            else f"The {which} of the {number_word(len(ordered))} releases"
        )
        if about is not None:
            named = " and ".join(self.index.display_name(s) for s in q.subjects)
            lead = (
                f"The only release about {named}"
                if len(ordered) == 1
                else f"The {which} of the {number_word(len(ordered))} releases about {named}"
            )
        text = (
            f"{lead}: **{src.title}** — "
            f"{src.publisher}, {src.dateline}, {format_date(src.date.isoformat())}."
        )
        return answered(self.index, q.question, text, [pick.id])

    def announced_when(self, q: Query) -> Answer | None:
        """ "When was the launch announced?": the date of the one release about the thing
        announced (``release_by_topic``), with its headline. None for any other question,
        or when no one release fits the topic."""
        words = q.words
        if len(words) < 4 or words[0] not in ("when", "where") or words[1] not in ("was", "were"):
            return None
        # Only "announced": a thing "unveiled" or "revealed" is the event itself.
        if words[-1] != "announced" or q.quote or q.time.bounded:
            return None
        topic = [t for t in q.terms if t not in _ANNOUNCE_TERMS | _RELEASE_TERMS]
        index = self.index
        # The newest releases involving the subjects, as many as release_by_topic may
        # read (at least a sentence each), found from the subjects' own items rather than
        # by reading every release of the base.
        sources = index.sources_newest
        if q.subjects:
            sources = index.sources_involving_any(q.subjects, MAX_TOPIC_FACTS_READ) or sources
        picked = release_by_topic(index, sources, topic) if len(sources) > 1 else None
        if picked is None and len(sources) == 1:
            picked = sources[0]
        if picked is None and not topic and len(q.subjects) == 1:
            # "When / where was the Tessaly grant announced?", named and nothing else: the
            # release declaring it (its first summary's), which later ones only recall.
            picked = self._declaring_release(q.subjects[0])
        if picked is None:
            return None
        src = picked.source
        if words[0] == "where":
            text = (
                f"**Announced in {src.dateline}**, on {format_date(src.date.isoformat())}, "
                f"in “{src.title}” ({src.publisher})."
            )
        else:
            text = (
                f"**Announced on {format_date(src.date.isoformat())}**, in “{src.title}” "
                f"({src.publisher}, {src.dateline})."
            )
        return answered(index, q.question, text, [picked.id], entities=list(q.subjects))

    def release_mentions(self, q: Query) -> Result:
        """ "Did the 2020 release mention batteries?": yes, with the sentence of that
        release's text that does, or no, cited to the release. None unless the question
        asks yes or no whether "the release" mentions or says something, and its time
        picks one release (a year with one release, the first, the latest)."""
        index = self.index
        words = set(q.words)
        if q.answer_type is not AnswerType.YES_NO or not words & _ONE_RELEASE:
            return None
        mention = {stem(w) for w in words} & _MENTION_TERMS
        if not (mention or words & _SAYS):
            return None
        # The topic: the question's terms that name no field of a release, no verb of
        # mentioning and no time ("the first release", "the 2020 release").
        fields = {stem(w) for w in PUBLISHER_WORDS | DATELINE_WORDS | HEADLINE_WORDS}
        asked = [
            t
            for t in q.terms
            if t not in fields | _RELEASE_TERMS | _MENTION_TERMS | _PICKING_TERMS
            and not t.isdigit()
        ]
        if not (asked or q.subjects):
            return None
        picked = _in_time(q.time, list(index.sources_newest))
        if not picked or len(picked) != 1:
            return None
        loaded = picked[0]
        labels = [
            label for e in q.subjects for label in (index.entity(e).name, *index.entity(e).aliases)
        ]
        sentence = first_mention(loaded.text, labels, asked)
        src = loaded.source
        which = f"The {src.date.year} release (“{src.title}”, {src.publisher}, {src.date})"
        if sentence is not None:
            text = f"**Yes.** {which} says:\n“{sentence}”"
        else:
            said = " ".join(w for w in q.words if set(content_terms(w)) & set(asked))
            thing = " ".join(
                [index.display_name(e) for e in q.subjects] + ([f"“{said}”"] if said else [])
            )
            text = f"**No.** {which} does not mention {thing}."
        return answered(index, q.question, text, [loaded.id], entities=list(q.subjects))

    def _declaring_release(self, entity_id: str) -> LoadedSource | None:
        """The release whose own summary of the entity is its first (the one declaring
        it); None for a person, an organisation or a place, which no release announces,
        or an entity with no dated summary."""
        index = self.index
        if index.entity(entity_id).kind in (
            EntityKind.PERSON,
            EntityKind.ORGANIZATION,
            EntityKind.PLACE,
        ):
            return None
        history = index.summary_history(entity_id)
        if not history:
            return None
        first = min(history, key=lambda s: index.source_date(s.source))
        return index.kb.sources[first.source]

    def source(self, q: Query) -> Result:
        """Publisher, dateline, date and headline of the release(s); "which release says…".
        None when the question names something no release does ("the release where Ines
        was named"): every release's wire would answer a question about none of them."""
        if q.unknown_names:
            return None
        index = self.index
        words = set(q.words)
        field_words = PUBLISHER_WORDS | DATELINE_WORDS | HEADLINE_WORDS
        topic = [t for t in q.terms if t not in {stem(w) for w in field_words} | _RELEASE_TERMS]
        if q.subjects and set(topic) <= _MENTION_TERMS and not words & field_words:
            # "Which releases mention X?": the releases involving X, each with its date
            # and headline, not a sentence from one of them.
            return ListSources(frozenset(q.subjects))
        asks_mention = set(topic) & _MENTION_TERMS or {stem(w) for w in words} & _MENTION_TERMS
        if (
            topic
            and q.words[0] in ("which", "what", "in", "from")
            and (
                words & {"say", "says", "said", "state", "states"}
                or asks_mention
                or words & _ANNOUNCE_WORDS
            )
        ):
            # "Which releases talk about women?": the statements, each cited.
            items = [
                c.item
                for c in self.retriever.rank(
                    # A title by its initials as releases write it ("the new CEO": "Chief
                    # Executive Officer"; bot/vocab/title_initials.yaml).
                    [
                        s
                        for t in topic
                        if t not in _MENTION_TERMS | _ANNOUNCE_TERMS
                        for s in (
                            [t] if spelled_title([t]) == [t] else map(stem, spelled_title([t]))
                        )
                    ]
                    or topic,
                    set(q.subjects),
                )
                if isinstance(c.item, LoadedFact | LoadedQuote)
            ][:3]
            if items:
                # Each with its release's wire, date and headline: the question is which one.
                lines = [
                    f"• {i.text.strip()} — {index.kb.sources[i.source].source.publisher}, "
                    f"{index.source_date(i.source).isoformat()}, "
                    f"“{index.kb.sources[i.source].source.title}”"
                    for i in items
                ]
                return answered(
                    index,
                    q.question,
                    "It is stated in:\n" + "\n".join(lines),
                    [i.source for i in items],
                )
        places = [e for e in q.subjects if index.entity(e).kind is EntityKind.PLACE]
        datelined = (
            datelined_sources(index, places) if words & (DATELINE_WORDS | _SENT_FROM) else []
        )
        if not datelined and words & (DATELINE_WORDS | _SENT_FROM):
            # "Which release came out of Harrowgate?" where "Harrowgate" is no place entity
            # (only a word of "Harrowgate General Hospital"): the datelines name it.
            datelined = named_dateline_sources(index, q.words)
            if datelined:
                places = places or ["dateline"]
        if places and (words & DATELINE_WORDS or datelined):
            # "Which releases were datelined in Hangzhou?", "which release came out of
            # Geneva?": the releases sent from there, not those that mention it.
            sources = datelined
            if q.words[0] in ("which", "what") and not words & PUBLISHER_WORDS:
                # The dateline is what names them: each shown with its date.
                words |= DATELINE_WORDS
        elif q.subjects:
            involved = None
            for s in q.subjects:
                mentioning = set(self.index.sources_involving(s, limit=None))
                involved = mentioning if involved is None else involved & mentioning
            sources = index.newest_sources(involved or ())
            # The release *about* them first: the one stating most about them.
            weight = {
                s.id: sum(
                    1
                    for e in q.subjects
                    for f in index.facts_by_source.get(s.id, [])
                    if f.about and f.about[0] == e
                )
                for s in sources
            }
            sources.sort(key=lambda s: -weight[s.id])
        else:
            sources = list(index.sources_newest)
        if not sources:
            return None
        timed = _in_time(q.time, sources)
        if timed is not None and not timed:
            years = sorted({s.source.date.year for s in sources})
            return not_found(
                q.question,
                "No release I know is dated then. The releases are from "
                + ", ".join(map(str, years))
                + ".",
            )
        if timed:
            sources = timed
        if (
            len(sources) > 1
            and words & _ONE_RELEASE
            and not words & (_SEVERAL_RELEASES | _SAYS)
            and not places  # "which release came out of Dunmere?": every one sent from there
            # "Who published the trust grant release?": the one release about that (a
            # wire's name is no topic: "which release came out on Business Wire?").
            and index.publisher_terms.isdisjoint(q.terms)
        ):
            sent = {*map(stem, _SENT_FROM), stem("come")}  # "came out", "issued"
            # A dateline's city or a name the question uses is no topic either (the
            # cities' terms are the index's, built once: not every release per question).
            named = {t for m in q.mention_terms.values() for t in m}
            cities = index.dateline_terms
            about = [t for t in topic if t not in sent | named and t not in cities]
            picked = release_by_topic(index, sources, about)
            if picked is not None:
                sources = [picked]
        if q.wants == "date" or (words & {"date", "day", "issued"} and q.wants != "place"):
            field = "date"
        elif q.wants == "place" or words & DATELINE_WORDS or "from" in words:
            field = "dateline"
        elif words & HEADLINE_WORDS:
            field = "title"
        elif words & PUBLISHER_WORDS or q.words[0] in ("who", "which"):
            field = "publisher"
        else:
            return ListSources(frozenset(q.subjects))
        lines = []
        for loaded in sources[:MAX_SOURCES_SHOWN]:
            s = loaded.source
            value = {
                "date": format_date(s.date.isoformat()),
                "dateline": f"{s.dateline}, {s.date.isoformat()}",
                "title": f"“{s.title}”",
                "publisher": s.publisher,
            }[field]
            rest = f"{s.publisher}, {s.dateline}, {s.date.isoformat()}"
            lines.append(f"• **{value}** — {s.title} ({rest})")
        head = {
            "date": "Issued on",
            "dateline": "Dateline",
            "title": "Headline",
            "publisher": "Carried by",
        }[field]
        return answered(
            index,
            q.question,
            f"{head}:\n" + "\n".join(lines),
            [s.id for s in sources[:MAX_SOURCES_SHOWN]],
        )

    def speakers(self, q: Query) -> Answer:
        """Who is quoted: the most quoted first, with their roles and counts. A time in
        the question ("who was quoted in 2021?") keeps the quotes of the releases dated
        then (a quote is dated by its release), and names the speakers of those only;
        none then is not_found, naming the years that have quotes."""
        index = self.index
        quoted = {
            e: [qq for qq in found if q.time.admits_date(index.source_date(qq.source).isoformat())]
            for e, found in index.quotes_by_speaker.items()
        }
        quoted = {e: found for e, found in quoted.items() if found}
        if not quoted:
            years = sorted(
                {
                    index.source_date(qq.source).year
                    for f in index.quotes_by_speaker.values()
                    for qq in f
                }
            )
            return not_found(
                q.question,
                f"No one is quoted in the releases {q.time.describe()}. The releases quote "
                f"people in {', '.join(map(str, years))}.",
            )
        speakers = sorted(quoted, key=lambda e: (-len(quoted[e]), e))[:MAX_LISTED_SPEAKERS]
        lines = []
        for speaker in speakers:
            # Asked of a time, the title the speaker's newest release then gives them.
            when = (
                max(index.source_date(qq.source) for qq in quoted[speaker])
                if q.time.bounded
                else None
            )
            role = index.role_as_of(speaker, when)
            count = len(quoted[speaker])
            detail = f", {index.role_text(role)}" if role else ""
            lines.append(
                f"• {index.entity(speaker).name}{detail}: {count} quote{'s' if count != 1 else ''}"
            )
        total = len(quoted)
        when = f" {q.time.describe()}" if q.time.bounded else ""
        head = (
            f"{number_word(total).capitalize()} {'person is' if total == 1 else 'people are'}"
            f" quoted{when and ' in the releases' + when}:"
        )
        sources = {qq.source for e in speakers for qq in quoted[e]}
        return answered(
            index,
            q.question,
            head
            + "\n"
            + "\n".join(lines)
            + f"\n\n`{self.prefix}quote <name>` shows what they said.",
            [s.id for s in index.sources_newest if s.id in sources],
            entities=speakers,
            title="Who is quoted",
        )

    def summary(self, q: Query) -> Result:
        index = self.index
        newest = index.sources_newest[0] if index.sources_newest else None
        if newest is None:
            return ListSources()
        facts = index.facts_by_source.get(newest.id, [])
        body = "\n".join(f"• {f.text.strip()}" for f in facts[:5])
        return answered(index, q.question, body, [newest.id], title=newest.source.title)


def _in_time(time: TimeConstraint, sources: list[LoadedSource]) -> list[LoadedSource] | None:
    """The releases a time in the question picks ("the 2023 release", "releases since
    2020", "the first release", "the latest release"), in the order given; None when the
    question names no time."""
    if time.year is not None or time.since is not None or time.until is not None:
        return [s for s in sources if time.admits_date(s.source.date.isoformat())]
    if time.first:
        return [min(sources, key=lambda s: s.source.date)]
    if time.current:
        return [max(sources, key=lambda s: s.source.date)]
    return None


# The most words of a dateline's city or country ("Kuala Lumpur", "United Kingdom").
_MAX_DATELINE_WORDS = 3


def named_dateline_sources(index: Index, words: Sequence[str]) -> list[LoadedSource]:
    """The releases (newest first) whose dateline city or country the question's words
    name, read from ``Index.sources_by_dateline``; empty when they name none."""
    found: set[str] = set()
    for n in range(_MAX_DATELINE_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n])
            found.update(s.id for s in index.sources_by_dateline.get(key, ()))
    return index.newest_sources(found)


def datelined_sources(index: Index, places: list[str]) -> list[LoadedSource]:
    """The releases (newest first) whose dateline is one of ``places``, by city or
    country, named by the place's name or an alias."""
    names = {
        normalize(label)
        for p in places
        for label in (index.entity(p).name, *index.entity(p).aliases)
    }
    found = {s.id for name in names for s in index.sources_by_dateline.get(name, ())}
    return index.newest_sources(found)
