"""When something began: "when was X founded / set up / launched / established?".

Only a sentence that says the thing began answers, never the newest figures about it:
1. a dated fact that leads with the thing and says it was launched, founded, set up,
   established, created or formed (its own date: "launched … on March 22, 2019");
2. else a year such a sentence gives ("was founded in 2015"), in a fact about the thing
   or in its summary ("… launched in 2019");
3. else not found, naming what the releases do say about the thing.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, format_date, not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import PASSIVE_AUX
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.vocabulary import FOUNDING_YEAR
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import stem

# Words asking when a thing began ("set up" is read as "establish").
START_TERMS = frozenset(
    stem(w)
    for w in "found founded establish established launch launched create created form formed "
    "setup incorporate incorporated".split()
)
_LAUNCH_TERMS = frozenset(stem(w) for w in "launch found".split())
# "When did the Alliance start / begin?": for an organisation, when it began.
_START_ONLY = frozenset(stem(w) for w in "start started begin began exist".split())
_SET_UP = re.compile(r"\bset\s+up\b")
# A sentence saying a thing began.
_BEGAN = re.compile(
    r"\b(?:launched|founded|established|set up|created|formed|incorporated|inaugurated)\b",
    re.IGNORECASE,
)
# "was founded in 2015", "launched in 2019": the year a thing began.
_BEGAN_IN = re.compile(
    r"\b(?:launched|founded|established|set up|created|formed|incorporated)\s+in\s+"
    rf"({FOUNDING_YEAR})\b",
    re.IGNORECASE,
)


# Words that follow a verb of beginning with no object ("established in Melbourne",
# "launched on 3 May", "set up by the family"): the verb says its own subject began.
_PARTICIPLE_FOLLOWERS = frozenset("in on by at as during under since".split())


class FoundingAnswers(ExecutorBase):
    def founded(self, q: Query, *, start_as_launch: bool = False) -> Result:
        """When the subject began, from a sentence saying so; None when the question is
        not "when was X founded/launched/set up" or no sentence says it.
        ``start_as_launch``: "when did <initiative> start?" once no period is stated for
        it (``PeriodAnswers.period``) is asked as its launch."""
        if q.wants != "date" or len(q.subjects) != 1 or q.quote or q.meta or q.role_asks:
            return None
        # A verb of the thesaurus groups of "launch" / "found" ("unveiled", "kicked off").
        paraphrased = {t for t in q.terms if synonyms(t) & _LAUNCH_TERMS}
        asked = (
            set(q.terms) & (START_TERMS | _START_ONLY)
            or paraphrased
            or _SET_UP.search(" ".join(q.words))
        )
        extra = set(q.terms) - START_TERMS - _START_ONLY - paraphrased - ANSWER_TYPE_TERMS["date"]
        if not asked or extra - {stem("up"), stem("set")}:
            return None  # "when was the second campus launched in Kigali": more asked
        subject = q.subjects[0]
        index = self.index
        kind = index.entity(subject).kind
        if kind is EntityKind.PERSON:
            return None
        if (
            set(q.terms) & _START_ONLY
            and kind is not EntityKind.ORGANIZATION
            and not start_as_launch
        ):
            return None  # "when did the phase start?" asks for a period (periods.py)
        facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        entity = index.entity(subject)
        names = [n.casefold() for n in (entity.name, *entity.aliases) if len(n) > 1]
        found = beginnings(index, subject)
        if found:
            when, fact = min(found, key=_earliest)
            head = f"**In {when}**" if len(when) == 4 else f"**When:** {format_date(when)}"
            text = f"{head}\n{fact.text.strip()}"
            return answered(index, q.question, text, [fact.source], entities=fact.about)
        # "Y was founded by A, B and X": X founded something; the fact ranking would
        # date X by it (a confidently wrong year), so say the releases don't date X.
        for fact in facts:
            began = _BEGAN.search(fact.text)
            if began is not None and _named_as_agent(fact.text, began.end(), names):
                return not_found_cited(
                    index,
                    q.question,
                    f"**The releases don't say** when {entity.name} began. They name it"
                    f" among the founders of something else:\n• {fact.text.strip()}",
                    [fact.source],
                    entities=tuple(fact.about),
                )
        return None


def beginnings(index: Index, subject: str) -> list[tuple[str, LoadedFact]]:
    """The statements of when ``subject`` began, each with its date (ISO, as coarse
    as stated): see the module's rules 1 and 2."""
    facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
    leading = [f for f in facts if f.about and f.about[0] == subject]
    # A year the sentence gives ("founded in 2011") is when it began, whatever the
    # fact's own date (a profile's); else a dated sentence saying it was launched.
    # The earliest of them answers; within one year, the most precise ("on
    # September 13, 2017" before a later release's "founded in 2017").
    entity = index.entity(subject)
    names = [n.casefold() for n in (entity.name, *entity.aliases) if len(n) > 1]
    found: list[tuple[str, LoadedFact]] = []
    for fact in leading:
        match = _BEGAN_IN.search(fact.text)
        if match is not None and _began_is_subject(fact.text, match.start(), names):
            found.append((match[1], fact))
        elif (
            fact.date
            and (began := _BEGAN.search(fact.text)) is not None
            and not _subordinate(fact.text, began.start())
            and _began_is_subject(fact.text, began.start(), names)
        ):
            found.append((fact.date, fact))
    # A sentence led by its founders that launches the thing ("A, B and two
    # hospitals today launched the Network"), dated: the thing is the verb's object.
    # Undated, "today launched" is the release's day.
    for fact in facts:
        when = fact.date or (
            (fact.date or index.source_date(fact.source).isoformat())
            if _TODAY.search(fact.text)
            else None
        )
        if fact in leading or when is None:
            continue
        began = _BEGAN.search(fact.text)
        if began is not None and _object_is(fact.text, began.end(), names):
            found.append((when, fact))
    # The summaries, each cited to the release that states it ("founded in 1925").
    for summary in index.summary_history(subject):
        match = _BEGAN_IN.search(summary.text)
        if match is not None:
            found.append((match[1], summary_statement(summary)))
    return found


def began_on(index: Index, subject: str) -> str | None:
    """When ``subject`` began (ISO, as coarse as stated), from a sentence saying so,
    or None: the earliest of ``beginnings``, the most precise within its year."""
    found = beginnings(index, subject)
    return min(found, key=_earliest)[0] if found else None


def _earliest(c: tuple[str, LoadedFact]) -> tuple[str, int, str]:
    # The earliest year; within it the most precise date ("on September 13, 2017"
    # before a later release's "founded in 2017").
    return (c[0][:4], -len(c[0]), c[0])


_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# Words that make the clause after them subordinate: "eighteen months after it was
# launched" dates the sentence's main event, not the launch.
_SUBORDINATORS = frozenset("after since before until till once when while because".split())
# How far back a subordinator governs the verb of beginning ("after *it was* launched").
_SUBORDINATE_REACH = 3


def _subordinate(text: str, at: int) -> bool:
    """Whether the verb of beginning at ``at`` is in a clause a subordinator opens a few
    words before it ("after it was launched by …"): the sentence's date is not its own."""
    before = re.findall(r"[a-z']+", text[:at].casefold())[-_SUBORDINATE_REACH:]
    return bool(set(before) & _SUBORDINATORS)


def _object_is(text: str, after: int, names: list[str]) -> bool:
    """Whether one of ``names`` is the object right after the verb ending at ``after``
    ("launched the Northvale Air Ambulance Network (NAAN)", an article allowed)."""
    rest = text[after:].casefold().lstrip()
    rest = rest.removeprefix("the ")
    return any(rest.startswith(n) for n in names)


def _named_as_agent(text: str, after: int, names: list[str]) -> bool:
    """Whether one of ``names`` is in the "by …" phrase after the verb of beginning
    that ends at ``after``, within its sentence ("founded by four partners: …, Marula
    Logistics"), and not before the verb (the thing founded)."""
    head = text[:after].casefold()
    rest = re.split(r"[.;]", text[after:], maxsplit=1)[0].casefold()
    by = re.match(r"\s+(?:\S+\s+){0,6}?by\b", rest)
    return (
        by is not None
        and any(n in rest[by.end() :] for n in names)
        and not any(n in head for n in names)
    )


def _began_is_subject(text: str, at: int, names: list[str]) -> bool:
    """Whether the verb of beginning at ``at`` says the thing named ``names`` began,
    rather than that it began something else: a passive verb ("was launched on …"), a
    thing named after the verb ("today launched the Programme"), or an appositive
    ("founded in 1925"). "The Library … today launched the Programme" dates the
    Programme, not the Library."""
    verb = _BEGAN.match(text, at)
    if verb is not None and _named_as_agent(text, verb.end(), names):
        return False  # "Y was founded by A and X": X is a founder, not the thing founded
    before = text[:at].casefold().split()
    if (
        not before
        or before[-1].strip(",") in PASSIVE_AUX
        or (
            len(before) > 1
            and before[-1] in ("also", "first", "originally")
            and before[-2] in PASSIVE_AUX
        )
    ):
        return True
    if before[-1].endswith(","):
        return True  # an appositive: "The Library, founded in 1925, …"
    after = text[at:].casefold()
    following = after.split()[1:2]
    if following and following[0].strip(",") in _PARTICIPLE_FOLLOWERS:
        # No object: a participle on the noun before it ("The Foundation is an
        # independent foundation established in Melbourne in 1994") or a launch with
        # no object ("the Hub, which launched in 2019"): the clause's head began.
        return True
    if any(n in after for n in names):
        return True
    head = text[:at].casefold()
    return not any(n in head for n in names)
