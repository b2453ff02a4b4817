"""Where something is, from what its summaries, its facts and its releases' datelines
say: "is Copperleaf in Kenya?", "is Oduya based in Kumasi?", "where is X based?".

A release says where an organisation is in several ways, strongest first:
- **based**: "an Accra-based firm", "Oslo-headquartered", "based in Delft";
- **stated**: a place the releases know (a dateline's city or country, a place entity)
  named in its summary ("a union of bean farmers in southern Tanzania", "founded in
  Kericho", "districts of Kenya");
- **datelines**: the cities and countries of the releases about it.

"Is X (based) in P?" is then "yes" from a based or stated place that is P (or a city of
country P, as the datelines pair them), "no" from a based place that is not, and for
datelines alone "yes, as far as the releases say" only when every release about X is
datelined in P. The releases never "don't mention P" when a dateline or a summary does
(hunt A14).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# A place's name, at most four words (bounded: a long run of capitalised words must not
# make each search quadratic).
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
_BASED = re.compile(
    rf"\b({_NAME})-(?:based|headquartered)\b|\b(?:based|headquartered|located) in "
    rf"(?:the )?({_NAME}(?:, {_NAME})?)"
)
# "Is X (based / located / headquartered) in P?", "is X from P?"
_ASKED_PLACE = re.compile(rf"\b(?:in|at|from)\s+(?:the\s+)?({_NAME}(?:,? {_NAME})?)\s*\??\s*$")
_PLACE_WORDS = frozenset("in based headquartered located from".split())
_BASED_WORDS = frozenset("based headquartered located".split())
# The only other words of "is X (still) based in P?".
_COPULA_WORDS = frozenset(
    "is are was were the a an based headquartered located in at from still now actually "
    "really really currently".split()
)
# A place name is at most this many words ("Kuala Lumpur", "Nandi Hills").
MAX_PLACE_WORDS = 3
# "Where is X based?" from its summaries shows at most this many places.
MAX_PLACES_SHOWN = 3
# At most this many releases' datelines are read.
MAX_RELEASES_READ = 200


class PlaceStatement(NamedTuple):
    """A place a sentence gives for the thing: as written, how ("based", "stated"),
    the sentence and the release stating it."""

    place: str
    how: str
    text: str
    source: str


class HomePlaceAnswers(ExecutorBase):
    def home_statements(self, entity_id: str) -> list[PlaceStatement]:
        """The places the entity's summaries (newest first) and the facts that lead with
        it give for it, based ones first."""
        index = self.index
        texts = [(s.text, s.source) for s in index.summary_history(entity_id)]
        texts += [
            (f.text, f.source)
            for f in index.facts_by_entity.get(entity_id, [])[:MAX_LIST_FACTS]
            if f.about and f.about[0] == entity_id
        ]
        known = self._known_places
        based: list[PlaceStatement] = []
        stated: list[PlaceStatement] = []
        summaries = len(index.summary_history(entity_id))
        for k, (text, source) in enumerate(texts):
            for match in _BASED.finditer(text):
                based.append(PlaceStatement(match[1] or match[2], "based", text, source))
            if k >= summaries:
                continue  # a fact naming a place says where something happened
            words = normalize(text).split()
            # Each run of up to MAX_PLACE_WORDS words looked up, not each known place.
            for i in range(len(words)):
                for n in range(MAX_PLACE_WORDS, 0, -1):
                    name = known.get(" ".join(words[i : i + n]))
                    if name is not None and i + n <= len(words):
                        stated.append(PlaceStatement(name, "stated", text, source))
                        break
        return based + stated

    @cached_property
    def _known_places(self) -> dict[str, str]:
        """Normalised name -> name of every dateline city and country and place entity."""
        out: dict[str, str] = {}
        for loaded in self.index.sources_newest:
            dateline = loaded.source.dateline
            for name in (dateline.city, dateline.country) if dateline else ():
                if name and normalize(name):
                    out[normalize(name)] = name
        for entity in self.index.kb.entities.values():
            if entity.kind is EntityKind.PLACE and normalize(entity.name):
                out.setdefault(normalize(entity.name), entity.name)
        return out

    @cached_property
    def _countries(self) -> dict[str, str]:
        """Normalised dateline city -> its country, as the datelines pair them."""
        out: dict[str, str] = {}
        for loaded in self.index.sources_newest:
            dateline = loaded.source.dateline
            if dateline and dateline.city and dateline.country:
                out[normalize(dateline.city)] = dateline.country
        return out

    @cached_property
    def _dateline_countries(self) -> frozenset[str]:
        """The normalised countries the datelines name (built once a snapshot, in warm)."""
        return frozenset(
            normalize(d.country)
            for s in self.index.sources_newest
            if (d := s.source.dateline) is not None and d.country
        )

    def _is_country(self, place: str) -> bool:
        return place in self._dateline_countries

    def place_yes_no(self, q: Query) -> Result:
        """ "Is X (based) in P?" from X's based and stated places and its datelines;
        None when the question asks no place of one thing, or nothing places X."""
        if q.answer_type is not AnswerType.YES_NO or not set(q.words) & _PLACE_WORDS:
            return None
        things = [e for e in q.subjects if self.index.entity(e).kind is not EntityKind.PLACE]
        if len(things) != 1 or self.index.entity(things[0]).kind in (
            EntityKind.PERSON,
            EntityKind.EVENT,
        ):
            return None
        match = _ASKED_PLACE.search(q.question.strip())
        if match is None or q.words[:1] not in (("is",), ("are",), ("was",), ("were",)):
            return None
        # "Is X (based) in P?" and nothing more: "did X open an office in P?" asks
        # about an office, not where X is.
        named = {i for m in q.found for i in range(*m.words)}
        place_words = set(normalize(match[1]).split())
        rest = {w for i, w in enumerate(q.words) if i not in named and w not in place_words}
        if rest - _COPULA_WORDS:
            return None
        asked = normalize(match[1])
        if not asked or asked in {normalize(n) for n in self._home_labels(things[0])}:
            return None
        thing = things[0]
        name = self.index.entity(thing).name
        countries = self._countries

        def fits(place: str) -> bool:
            p = normalize(place)
            return (
                p == asked
                or asked in p.split(" ")
                or f" {asked} " in f" {p} "
                or normalize(countries.get(p, "")) == asked
                or normalize(countries.get(p.split(" ")[0], "")) == asked
            )

        statements = self.home_statements(thing)
        based = [s for s in statements if s.how == "based"]
        for s in statements:
            if fits(s.place):
                p = normalize(s.place)
                country = countries.get(p) or countries.get(p.split(" ")[0])
                where = (
                    s.place
                    if normalize(s.place) == asked or not country
                    else (f"{s.place}, {country}")
                )
                verdict = (
                    f"**Yes:** {where}."
                    if s.how == "based"
                    else f"**Yes:** {where}, as the releases put it."
                )
                return answered(
                    self.index,
                    q.question,
                    f"{verdict}\n{s.text.strip()}",
                    [s.source],
                    entities=[thing],
                )
        if based:
            s = based[0]
            known_country = normalize(countries.get(normalize(s.place), ""))
            # "No" only when the releases tell the places apart: a city they know (a
            # dateline's, a place entity's) that is not the one given, or a country
            # other than the one the datelines give that city.
            city_known = asked in countries or (
                asked in self._known_places and not self._is_country(asked)
            )
            if not (city_known or (known_country and self._is_country(asked))):
                return self._not_said(
                    q,
                    f"**The releases don't say.** They describe {name} as based in "
                    f"{s.place}, and don't say whether that is in {match[1]}.",
                    [s],
                )
            return answered(
                self.index,
                q.question,
                f"**No:** the releases place {name} in {s.place}.\n{s.text.strip()}",
                [s.source],
                entities=[thing],
            )
        sources = self.index.sources_involving(thing, limit=MAX_RELEASES_READ)
        placed = [
            src
            for src in sources
            if (dateline := self.index.kb.sources[src].source.dateline)
            and asked in (normalize(dateline.city or ""), normalize(dateline.country or ""))
        ]
        if placed and len(placed) == len(sources):
            lines = [self._dateline(src) for src in placed]
            text = (
                f"**Yes, as far as the releases say:** every release about {name} is "
                f"datelined in {match[1]}:\n" + "\n".join(f"• {line}" for line in lines)
            )
            return answered(self.index, q.question, text, placed, entities=[thing])
        if placed and (match[1] in q.unknown_names or set(q.words) & _BASED_WORDS):
            # Some of its releases are datelined there: never "the releases don't
            # mention P", though they don't say X is there.
            lines = [self._dateline(src) for src in placed]
            text = (
                f"**The releases don't say where {name} is based.** Of its "
                f"{len(sources)} releases, {len(placed)} "
                f"{'is' if len(placed) == 1 else 'are'} datelined in {match[1]}:\n"
                + "\n".join(f"• {line}" for line in lines)
            )
            return self._not_said(q, text, [], placed)
        if set(q.words) & _BASED_WORDS:
            # "Is UNIDO based in China?": a meeting it held there says nothing of where it
            # is based.
            return self._not_said(q, f"**The releases don't say where {name} is based.**", [])
        return None

    def _dateline(self, source_id: str) -> str:
        source = self.index.kb.sources[source_id].source
        dateline = source.dateline
        where = ", ".join(x for x in (dateline.city, dateline.country) if x) if dateline else ""
        return f"{where}, {self.index.source_date(source_id).isoformat()} — {source.title}"

    def _home_labels(self, entity_id: str) -> list[str]:
        entity = self.index.entity(entity_id)
        return [entity.name, *entity.aliases]

    def _not_said(
        self,
        q: Query,
        text: str,
        statements: list[PlaceStatement],
        sources: list[str] | None = None,
    ) -> Answer:
        cited = sources if sources is not None else [s.source for s in statements]
        if statements:
            text += "\n" + "\n".join(
                f"• {t}" for t in dict.fromkeys(s.text.strip() for s in statements)
            )
        return not_found_cited(
            self.index,
            q.question,
            text,
            cited,
            entities=tuple(q.subjects),
        )

    def stated_home(self, q: Query, entity_id: str) -> Answer | None:
        """ "Where is X based?" when no sentence says where it is based: the place its
        summary gives ("founded in Kericho", "farmers in southern Tanzania"), said as
        such; None when its summaries name no place the releases know."""
        stated = [s for s in self.home_statements(entity_id) if s.how == "stated"]
        if not stated:
            return None
        # Each place once, newest statement first ("districts of Kenya"; "founded in
        # Kericho").
        shown = list({s.place: s for s in reversed(stated)}.values())[::-1][:MAX_PLACES_SHOWN]
        name = self.index.entity(entity_id).name
        places = "; ".join(s.place for s in shown)
        text = (
            f"**Where:** {places}, as the releases describe {name} (no release says "
            "where it is based in those words).\n"
            # One sentence naming two places ("in Stavanger, Norway") is shown once.
            + "\n".join(f"• {t}" for t in dict.fromkeys(s.text.strip() for s in shown))
        )
        return answered(
            self.index, q.question, text, [s.source for s in shown], entities=[entity_id]
        )
