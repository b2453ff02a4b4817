"""The newest or the oldest item of a kind: "which campus opened most recently?", "what
was the first hub to open?", "the latest office launched".

The items are the sentences that open, launch or start a thing of the noun asked
("campus", "hub", "office"; a reopening is no opening), each dated by the date the
sentence writes (``written_dates.date_when``), else the fact's own date. Each item is
named by the entity the sentence is about whose name holds the noun ("… Kuala Lumpur
campus"), else by the sentence's place, so that two sentences about one opening are one
item. The answer leads with the newest (or oldest) and lists the others in date order,
each cited; None when fewer than one dated item is found or the question is of another
shape.
"""

from __future__ import annotations

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, answered_facts
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.figures import same_word
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import NEWEST_WORDS, OLDEST_WORDS
from bot.engine.qa.written_dates import date_when, written_dates
from bot.kb.models import LoadedFact
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

# Verbs of a thing's start, in a question and in a sentence (stemmed).
_OPENING = frozenset(
    stem(w)
    for w in "open opens opened opening launch launches launched inaugurate inaugurated "
    "start started starts establish established set founded found".split()
)
# Nouns that name no kind of item ("which one", "which release", "which year").
_NOT_ITEMS = frozenset(
    "one ones release releases announcement year years time times date day month phase "
    "was is did does were has had".split()
)
# Words between the question word and the noun asked ("what is the most …").
_VERBS = frozenset("is was s are were".split())
_BEFORE_NOUN = _VERBS | frozenset("the a an most".split())
# "How many campuses did X have / run in 2021?": items held then, counted by openings.
_HAD_WORDS = frozenset("have had has run ran operate operated".split())
# How many candidate facts the retriever gives for the noun.
MAX_RANKED = 30
MAX_SHOWN = 5


class ItemOrderAnswers(ExecutorBase):
    def item_by_order(self, q: Query) -> Result:
        """The newest or oldest item of the noun asked, with the others in date order;
        None for another question."""
        if q.quote or q.meta or q.words[:1] not in (("which",), ("what",)) or len(q.words) < 3:
            return None
        words = set(q.words)
        newest = bool(words & NEWEST_WORDS)
        if newest == bool(words & OLDEST_WORDS):
            return None
        # "What was the first hub to open?", "what's the most recently opened campus?":
        # the noun after the verb, article, order words and an opening participle.
        at = 1
        while at < len(q.words) - 1 and (
            q.words[at] in _BEFORE_NOUN
            or q.words[at] in NEWEST_WORDS | OLDEST_WORDS
            or (at > 1 and stem(q.words[at]) in _OPENING)
        ):
            at += 1
        if at > 1 and not set(q.words[1:at]) & (NEWEST_WORDS | OLDEST_WORDS | _VERBS):
            # "What's the Academy's latest figure?" (its "is" dropped, nothing ordered
            # before the noun): the order of something else.
            return None
        noun = q.words[at]
        if noun in STOP_WORDS or noun in _NOT_ITEMS or noun in NEWEST_WORDS | OLDEST_WORDS:
            return None
        # A verb of the question's own, not a word of a name ("Open Gate", "Launch Pad").
        named = {i for m in q.found for i in range(*m.words)}
        asked_opening = bool({stem(w) for i, w in enumerate(q.words) if i not in named} & _OPENING)
        if not newest and not asked_opening:
            return None  # "the first X" alone is often a name ("first campus"): facts.py
        # "Which sensor network launched first?": the item is the whole noun phrase, its
        # head last; a sentence about a sensor maker's founding is no sensor network's.
        phrase = _noun_phrase(q.words, q.words.index(noun))
        items = self._items(q, stem(phrase[-1]), tuple(stem(w) for w in phrase[:-1]))
        if not items or (len(items) < 2 and not asked_opening):
            return None
        items.sort(key=lambda item: item[0])
        lead = items[-1] if newest else items[0]
        word = "Newest" if newest else "First"
        label, when, fact = lead[1], lead[0], lead[2]
        lines = [f"**{word}: {label}** ({when}): {fact.text.strip()}{placeholder(fact.source)}"]
        others = [i for i in items if i is not lead][-MAX_SHOWN:]
        if others:
            lines.append("In date order:")
            lines += [
                f"• {w}: {lab} — {f.text.strip()}{placeholder(f.source)}"
                for w, lab, f in items
                if (w, lab, f) in others
            ]
        return answered_facts(self.index, q.question, lines, [fact, *(f for _, _, f in others)])

    def opened_count(self, q: Query) -> Result:
        """ "How many campuses did X have in 2021?" when no sentence states the number:
        the items of the noun the releases report opened by the end of the year asked,
        counted and each shown with its opening sentence, cited. None for another
        question, with no year asked, or when no item had opened by then."""
        if q.quote or q.meta or q.wants != "count" or q.words[:2] != ("how", "many"):
            return None
        if q.answer_type is not AnswerType.NUMBER or not q.subjects:
            return None
        year = q.time.year or q.time.until
        if year is None or len(q.time.points) > 1 or q.time.since is not None:
            return None
        noun = list_noun(q.words)
        if noun is None or noun in _NOT_ITEMS or not set(q.words) & _HAD_WORDS:
            return None
        noun_stem = stem(noun)
        # The noun as the thing opened ("opened its first Asian campus"), not a word
        # sharing its stem elsewhere ("the training programme … opened a campus").
        items = [i for i in self._items(q, noun_stem) if _opens(i[2].text, noun_stem)]
        opened = sorted(i for i in items if int(i[0][:4]) <= year)
        if not opened:
            return None
        lines = [
            f"**{len(opened)}** by the end of {year}, counting the openings the releases report:"
        ]
        lines += [f"• {w}: {lab} — {f.text.strip()}{placeholder(f.source)}" for w, lab, f in opened]
        later = [i for i in items if int(i[0][:4]) > year]
        if later:
            lines.append(
                "Opened later: " + ", ".join(f"{lab} ({w})" for w, lab, _ in sorted(later))
            )
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for _, _, f in opened],
            entities=[e for _, _, f in opened for e in f.about],
        )

    def _items(
        self, q: Query, noun: str, modifiers: tuple[str, ...] = ()
    ) -> list[tuple[str, str, LoadedFact]]:
        """(date, label, fact) for each item of ``noun`` (a stem; with each of
        ``modifiers`` in the sentence too) a sentence opens, one per label."""
        pool: dict[str, LoadedFact] = {}
        for s in q.subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
        for c in self.retriever.rank([noun], set(q.subjects), include_quotes=False)[:MAX_RANKED]:
            if isinstance(c.item, LoadedFact):
                pool.setdefault(c.item.id, c.item)
        found: dict[str, tuple[str, str, LoadedFact]] = {}
        for fact in pool.values():
            stems = [stem(w) for w in normalize(fact.text).split()]
            if not any(same_word(s, noun) for s in stems):
                continue
            if not all(any(same_word(s, m) for s in stems) for m in modifiers):
                continue
            if not set(stems) & _OPENING:
                continue
            label = self._item_label(fact, noun)
            if label is None:
                continue
            when = date_when(self.fact_date(fact), fact.text)
            kept = found.get(label)
            # One item per label, dated by its earliest opening sentence; of two on one
            # date, the one writing the date out ("opened … on March 15, 2022").
            if (
                kept is None
                or when < kept[0]
                or (
                    when == kept[0] and written_dates(fact.text) and not written_dates(kept[2].text)
                )
            ):
                found[label] = (when, label, fact)
        return list(found.values())

    def _item_label(self, fact: LoadedFact, noun: str) -> str | None:
        """The entity the sentence is about whose name holds the noun, else its place;
        None when neither names the item (a fact's id is no name to show a reader)."""
        for e in fact.about:
            name = self.index.entity(e).name
            if any(same_word(stem(w), noun) for w in normalize(name).split()):
                return name
        if fact.place:
            return self.index.entity(fact.place).name
        return None


def _noun_phrase(words: tuple[str, ...], start: int) -> tuple[str, ...]:
    """The noun phrase asked from ``words[start]`` ("sensor network" in "which sensor
    network launched first"): up to a stop word, an opening verb or an order word."""
    phrase = [words[start]]
    for w in words[start + 1 :]:
        if w in STOP_WORDS or stem(w) in _OPENING or w in NEWEST_WORDS | OLDEST_WORDS:
            break
        phrase.append(w)
    return tuple(phrase)


# How many words after an opening verb its object's head may come ("opened its first
# Asian campus in Kuala Lumpur").
MAX_OBJECT_WORDS = 4
# How many words before the verb its subject's head may come ("the campus in Kigali,
# Rwanda opened").
MAX_SUBJECT_WORDS = 6


def _opens(text: str, noun: str) -> bool:
    """Whether ``text`` opens a thing named by ``noun`` (a stem): the noun, as that very
    stem, within ``MAX_OBJECT_WORDS`` after an opening verb, or right before it ("the
    campus in Kigali opened")."""
    stems = [stem(w) for w in normalize(text).split()]
    for i, s in enumerate(stems):
        if s not in _OPENING:
            continue
        if (
            noun in stems[i + 1 : i + 1 + MAX_OBJECT_WORDS]
            or noun in stems[max(0, i - MAX_SUBJECT_WORDS) : i]
        ):
            return True
    return False
