"""What a thing is for, and who founded it, from the sentence whose relation says so.

"What is the grant for?" once led with "… is funded by its members' fees" (a sentence
sharing the word "fund"), and "which organisations founded the Lab?" with a quote that
merely named the Lab (hunt A6). A relation question is answered by the sentence that
states that relation about the thing, or not at all:

- **purpose** ("what is X for?", "what will X pay for?", "what is the purpose of X?"):
  a fact about X (or naming X's noun, "grant") or X's summary in which X's name or its
  verb ("granted") is followed by an infinitive of purpose ("to build …", "to fund
  …", "in order to …", "for the purpose of …"); the words from the marker to the end
  of the clause are the answer. None stated: not_found, never a sentence that only
  shares a word.
- **founders** ("who founded X?", "which organisations set up X?"): a fact that has X as
  the object of a founding verb ("A and B founded X", "X was set up by A", "X, founded
  by A"), the agents read off it. An opening counts as the founding of a facility
  ("A and B opened the Lab"), after founding verbs. A sentence on its founding that
  names no founder ("was founded in 2015"): not_found, showing it; no sentence on its
  founding: None (a Founder role or another sentence may still answer).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind
from bot.search.terms import STOP_WORDS, index_term
from bot.textnorm import normalize
from bot.vocab import month_names, month_names_pattern

# "What is X for?", "what was X meant / used / intended for?", "what will X pay for?"
_PURPOSE_ASK = re.compile(
    r"^what (?:is|was|are|were|will|does|did) (?:the |a |an |this |that )?(?P<thing>.+?) "
    r"(?:(?:meant|used|intended|going to be used|earmarked|supposed to be) )?"
    r"(?:(?:pay|paying|be spent|go|spent) )?for$"
    r"|^what (?:is|was) (?:the )?(?:purpose|point) of (?:the |a |an )?(?P<of>.+)$"
    r"|^what (?:will|does|did) (?:the |a |an )?(?P<pays>.+?) (?:fund|pay for|buy|finance)$"
    # "What was the grant meant for?" reads "… the grant purpose" (thesaurus phrase),
    # as does "what is the grant's purpose?".
    r"|^what (?:is|was|are|were) (?:the )?(?P<owned>.+?) (?:purpose|point)$"
    # "What was X set up to do?", "what is X designed to achieve?": made for a purpose
    # ("set up" reads as its thesaurus head, "founded").
    r"|^what (?:is|was|are|were) (?:the |a |an )?(?P<made>.+?) "
    r"(?:founded|launched|created|established|formed|started|designed|built|set up) "
    r"to (?:do|achieve|accomplish)$"
)
# An infinitive or phrase of purpose in a sentence ("to build", "in order to fund").
_PURPOSE = re.compile(
    r"\b(?:in order to|so as to|for the purpose of|to be used (?:to|for)|to)\s+"
    r"(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b|be\b|date\b|\d)"
    r"(?P<verb>[a-z]+)\b"
    # What money is spent on: "covers the Academy's running costs", "will pay for …";
    # not a time it covers ("covers the years 2024 to 2026").
    r"|\b(?P<verb2>covers|covering|will cover|pays for|will pay for|paying for)\s+"
    r"(?!the years\b|the period\b|the months\b|from\b|\d)"
)
# Verbs an infinitive after "to" must not be (a preposition's object, not a purpose).
_NOT_VERBS = frozenset(month_names()) | frozenset(
    "2024 2025 2026 one two three four five six seven eight nine ten".split()
)
# A clause of purpose ends here.
_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:which|while|but|and)\b|\s+but\s+")

# "Who founded X?", "which organisations set up / started / established X?"
_FOUNDER_ASK = re.compile(
    r"^(?:who|which \w+|what \w+) (?:founded|co founded|cofounded|set up|started|established|"
    r"created|formed|launched|opened|set)\b"
    r"|^(?:who (?:are|were|is|was)|(?:name|list) (?:all )?)(?:the )?"
    r"(?:founders?|co founders?|founding (?:members?|partners?)) of\b"
    r"|^who (?:are|were|is|was) \w+(?: \w+){0,4} (?:founders?|founding (?:members|partners))$"
)
_FOUNDING_VERBS = (
    "founded",
    "co-founded",
    "cofounded",
    "set up",
    "established",
    "created",
    "formed",
    "started",
    "initiated",
)
# An opening founds a facility (a lab, a campus), only when no founding verb is stated.
_OPENING_VERBS = ("opened", "launched")
_FOUNDING = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in _FOUNDING_VERBS) + r")\b")
_OPENING = re.compile(r"\b(?:" + "|".join(_OPENING_VERBS) + r")\b")
# The agents of a passive founding: "founded by A and B in 2015".
# "By the end of 2027", "by 2030", "by June" set a deadline, not an agent.
# Another participle between the founding verb and "by" ("founded in 1986 and led by
# …"): the agent after "by" is that verb's, not the founding's.
_OTHER_VERB = re.compile(
    r"\b(?:and|but|now|later|since|then)\s+(?:is\s+|was\s+|are\s+|were\s+)?\w+ed\s+$", re.I
)
_BY = re.compile(
    r"\bby\s+(?!(?:the\s+)?(?:end|start|beginning|middle|close|mid|turn|time|then|now|"
    rf"{month_names_pattern()}|spring|summer|autumn|fall|winter|(?:19|20)\d\d)\b)"
    r"(?P<agents>[^;.]+?)(?=\s+(?:in|on|at|from|with)\s|[,;.]|$)",
    re.I,
)


class PurposeAnswers(ExecutorBase):
    def what_for(self, q: Query) -> Result:
        """ "What is X for?" from the sentence stating X's purpose; not_found when the
        question names its thing and no sentence states one; None for other questions."""
        match = _PURPOSE_ASK.match(" ".join(q.words))
        if match is None or q.quote or q.meta:
            return None
        if "according" in q.words or set(q.subjects) & self.index.person_ids:
            return None  # someone's view of the purpose ("according to X"): quotes, relations
        thing = (
            match["thing"] or match["of"] or match["pays"] or match["owned"] or match["made"] or ""
        ).split()
        nouns = [w for w in thing if w not in STOP_WORDS]
        if not nouns:
            return None
        labels = [nouns[-1]]
        # The facts whose words hold the noun ("grant", "granted"): "the Trust's grant"
        # is a thing of the Trust's that its own facts may not be filed under.
        ids = self.index.terms.docs_with_all([index_term(nouns[-1])])
        pool = [
            self.index.fact_by_id[doc.id]
            for doc in (self.index.terms.docs[i] for i in sorted(ids)[:MAX_LIST_FACTS])
            if doc.kind == "fact"
        ]
        statements = []
        subject = q.subjects[0] if q.subjects else None
        itself = False
        if subject is not None:
            entity = self.index.entity(subject)
            names = [normalize(n) for n in (entity.name, *entity.aliases) if normalize(n)]
            itself = any(nouns[-1] in n.split() for n in names)
            if itself:
                # The thing asked is the subject itself ("what is the eWTP meant to
                # achieve?"): its stated purpose (``relations.purpose``) answers first.
                found = self.purpose(q)
                if found is not None:
                    return found
            labels += names
            pool += self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            statements = [
                (s.text, s.source, (subject,)) for s in self.index.summary_history(subject)
            ]
        pool = list({f.id: f for f in pool}.values())
        # About the subject first, newest first.
        pool.sort(key=self.index.newest_first)
        pool.sort(key=lambda f: subject is not None and subject not in f.about)
        candidates = [(f.text, f.source, tuple(f.about)) for f in pool] + statements
        for text, source, about in candidates:
            stated = _purpose_of(text, labels)
            if stated is not None:
                return answered(
                    self.index,
                    q.question,
                    f"**What it is for:** {stated}\n{text.strip()}",
                    [source],
                    entities=list(about),
                )
        if (subject is None and not pool) or itself:
            # Nothing states the purpose of a thing named by its name: its card and
            # facts (the later executors) say what it is.
            return None
        return not_found(q.question, "The releases don't say what that is for.")

    def _agents_named(self, agents: str, about: tuple[str, ...], subject: str) -> str:
        """The founders as the entities the sentence links and names in ``agents``, in
        its order ("The Skylift Trust, a regional air ambulance charity, Corvid Aviation
        Ltd and two hospitals, A and B, today" -> "Skylift Trust, Corvid Aviation Ltd, A
        and B"); ``agents`` as written, a trailing "today" dropped, when it names none."""
        padded = f" {normalize(agents)} "
        found: list[tuple[int, str]] = []
        for entity_id in about:
            if entity_id == subject:
                continue
            entity = self.index.entity(entity_id)
            at = [
                padded.find(f" {normalize(n)} ")
                for n in (entity.name, *entity.aliases)
                if normalize(n)
            ]
            at = [i for i in at if i >= 0]
            if at:
                found.append((min(at), entity.name))
        if len(found) < 2:
            return _TRAILING_TIME.sub("", agents)
        return _listed_names([name for _, name in sorted(found)])

    def _founder_people(self, subject: str, labels: list[str]) -> list[tuple[str, str, str]]:
        """The people a summary of theirs, or a fact about them first, calls a founder or
        co-founder of ``subject`` ("Co-founder and CEO of X", "X's co-founder"): (person,
        the sentence, its release id), one per person, in the order the index lists
        the people linked to ``subject``."""
        index = self.index
        people = [
            *index.people_by_org.get(subject, []),
            *(
                e
                for f in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
                for e in f.about[:1]
                if e in index.person_ids
            ),
        ]
        found: list[tuple[str, str, str]] = []
        for person in dict.fromkeys(people):
            stated = [(s.text, s.source) for s in index.summary_history(person)]
            stated += [
                (f.text, f.source)
                for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
                if f.about[:1] == [person]
            ]
            hit = next(((t, src) for t, src in stated if _calls_founder(t, labels)), None)
            if hit is not None:
                found.append((person, *hit))
        return found

    def founders(self, q: Query) -> Result:
        """ "Who founded X?" from a fact with X as the object of a founding verb; None
        when the question is not of that kind, or no fact states it."""
        if len(q.subjects) != 1 or q.quote or q.meta:
            return None
        if not _FOUNDER_ASK.match(" ".join(q.words)):
            return None
        if q.role_asks and q.role_asks[0].holders:
            return None  # a Founder title names them (roles.py)
        subject = q.subjects[0]
        entity = self.index.entity(subject)
        if entity.kind is EntityKind.PERSON:
            return None
        labels = [normalize(n) for n in (entity.name, *entity.aliases) if normalize(n)]
        labels = [n.removeprefix("the ") for n in labels]
        facts = sorted(
            self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS],
            key=lambda f: self.fact_date(f),
        )
        statements = [(f.text, f.source, tuple(f.about)) for f in facts] + [
            (s.text, s.source, (subject,)) for s in self.index.summary_history(subject)
        ]
        if {"founding", "members", "partners"} & set(q.words) > {"founding"}:
            # "Who are the founding members of X?": the sentence listing them, before any
            # sentence saying how X was founded.
            for text, source, about in statements:
                agents = _listed_founders(text, labels)
                if agents is not None:
                    return answered(
                        self.index,
                        q.question,
                        f"**Founding members:** {agents}\n{text.strip()}",
                        [source],
                        entities=list(about),
                    )
        for verbs in (_FOUNDING, _OPENING):
            for text, source, about in statements:
                others = tuple(
                    label
                    for e in about
                    if e != subject
                    for n in (self.index.entity(e).name, *self.index.entity(e).aliases)
                    if len(label := normalize(n).removeprefix("the ")) > 3
                    and any(f" {mine} " in f" {label} " for mine in labels)
                )
                agents = _founders_in(text, labels, verbs, others)
                if agents is None:
                    continue
                agents = self._agents_named(agents, about, subject)
                return answered(
                    self.index,
                    q.question,
                    f"**Founded by {agents}:** {text.strip()}",
                    [source],
                    entities=list(about),
                )
        named = self._founder_people(subject, labels)
        if named:
            # "Co-founder and Chief Executive of X" in a person's summary or fact: the
            # founder named as such, though no sentence has X as a founding verb's object.
            who = _listed_names([self.index.entity(p).name for p, _, _ in named])
            # "A co-founder": the releases name one, not every founder.
            co = any("co founder" in normalize(text) for _, text, _ in named)
            noun = "a co-founder" if co else "founder"
            lines = [f"**The releases name {who} as {noun} of {entity.name}:**"]
            lines += [f"• {text.strip()}" for _, text, _ in named]
            return answered(
                self.index,
                q.question,
                "\n".join(lines),
                [src for _, _, src in named],
                entities=[*(p for p, _, _ in named), subject],
            )
        # Nobody is named as founder: say so, with when it began if a sentence says it,
        # rather than a sentence that only shares the word "founding".
        began = next(((t, src) for t, src, _ in statements if _FOUNDING.search(normalize(t))), None)
        if began is None:
            return None  # nothing on its founding: the other executors read the facts
        text = (
            f"The releases don't say who founded {entity.name}. What they say:\n"
            f"• {began[0].strip()}"
        )
        return replace(not_found(q.question, text), citations=citations(self.index, [began[1]]))


# "Co-founder and Chief Executive Officer of X", "founder of the X", "X's co-founder"
# (normalised: the possessive's "s" is gone): a founder of X named by the noun. A few
# words may stand between the noun and "of" (the person's other titles).
_FOUNDER_NOUN_WORD = r"\b(?:co )?founders?\b"
_BETWEEN_NOUN_AND_OF = r"(?: \w+){0,6}? (?:of|at) (?:the )?"


def _calls_founder(text: str, labels: list[str]) -> bool:
    """Whether ``text`` calls someone a founder of the thing one of ``labels`` (its
    normalised names) names."""
    words = normalize(text)
    for label in labels:
        org = re.escape(label)
        noun_of = _FOUNDER_NOUN_WORD + _BETWEEN_NOUN_AND_OF + org + r"\b"
        org_noun = r"\b" + org + " " + _FOUNDER_NOUN_WORD
        if re.search(noun_of, words) or re.search(org_noun, words):
            return True
    return False


# Words of time that end the agents' clause before the verb ("… and two hospitals,
# today launched"): no founder.
_TRAILING_TIME = re.compile(r"[\s,]+(?:today|yesterday|this week|on \w+day)$", re.IGNORECASE)


def _listed_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _purpose_of(text: str, labels: list[str]) -> str | None:
    """The purpose ``text`` states for the thing one of ``labels`` names (normalised
    words; a verb of the noun counts: "granted" for "grant"): the words from the
    marker to the end of its clause; None when the text states none."""
    for clause in _CLAUSE_END.split(text):
        words = normalize(clause)
        padded = f" {words} "
        named = [padded.find(f" {label}") for label in labels]
        named = [i for i in named if i >= 0]
        if not named:
            continue
        for match in _PURPOSE.finditer(words):
            if match.start() < min(named):
                continue
            if match["verb2"]:
                raw = _raw_from(clause, match["verb2"].split()[0], match["verb2"].split()[-1])
                if raw:
                    return raw
                continue
            if match["verb"] in _NOT_VERBS or index_term(match["verb"]) in _NOT_PURPOSE_TERMS:
                continue
            if _names_after_to(clause, match["verb"]):
                continue  # "a grant … to Mulimi Meals": a name receives, no verb of purpose
            # The purpose as the release words it, from the marker on.
            raw = _raw_from(clause, match.group(0).split()[0], match["verb"])
            if raw:
                return raw
    return None


def _names_after_to(clause: str, verb: str) -> bool:
    """Whether ``verb`` is written capitalised right after "to" in ``clause`` ("to
    Mulimi Meals", "to Lusaka"): a name the preposition governs, not an infinitive."""
    found = re.search(rf"\bto\s+({re.escape(verb)})\b", clause, re.I)
    return found is not None and found[1][:1].isupper()


# Infinitives that do not state a purpose ("to date", "up to", "due to").
_NOT_PURPOSE_TERMS = frozenset(index_term(w) for w in "date due up ".split() if w)


def _raw_from(clause: str, first: str, verb: str) -> str:
    """The clause as written, from "<first> … <verb>" (the purpose marker) to its end."""
    tail = "" if first == verb else rf"[\w\s]*?\b{re.escape(verb)}\b"
    match = re.search(rf"\b{re.escape(first)}\b{tail}.*", clause, re.I | re.S)
    return " ".join(match[0].split()).rstrip(" .,;") if match else ""


def _founders_in(
    text: str, labels: list[str], verbs: re.Pattern[str], others: tuple[str, ...] = ()
) -> str | None:
    """Who founded the thing ``labels`` name, as ``text`` says it: the words before
    the verb when the thing follows it ("A and B founded X"), or after "by" when the
    thing comes first ("X, set up in 2015 by A"); None when the text does not say.
    A label inside another thing's name (``others``, normalised: "corridor" in
    "Corridor Implementation Taskforce") does not name the thing."""
    for clause in re.split(r"[;]|\.\s", text):
        norm = normalize(clause)
        padded = f" {norm} "
        for other in others:
            # Masked, same length, so that positions in ``padded`` stay those of ``norm``.
            padded = padded.replace(f" {other} ", f" {'#' * len(other)} ")
        at = [padded.find(f" {label} ") for label in labels]
        at = [i for i in at if i >= 0]
        if not at:
            continue
        thing_at = min(at)
        # "A is one of the founders of X"; "X's founders / founding partners are A, B".
        holder = _FOUNDER_OF.search(clause)
        if holder is not None and thing_at >= len(normalize(holder["agents"])):
            return " ".join(holder["agents"].split()).strip(" ,")
        listed = _listed_founders(clause, labels)
        if listed is not None:
            return listed
        for match in verbs.finditer(norm):
            verb_at = match.start() + 1  # in padded
            gap = padded[verb_at + len(match[0]) : thing_at + 1]
            if (
                thing_at > verb_at
                and thing_at - verb_at < _OBJECT_REACH
                and not _PAST_THE_OBJECT.search(gap)
            ):
                # "A and B founded X": the agents are the clause before the verb.
                raw = re.split(rf"\b{re.escape(match[0])}\b", clause, maxsplit=1, flags=re.I)[0]
                agents = " ".join(raw.split()).strip(" ,")
                if agents and agents.split()[-1].casefold() not in _AUXILIARY:
                    return _drop_date(agents)
            if thing_at < verb_at:
                start = _raw_offset(clause, match[0])
                by = _BY.search(clause, pos=start)
                if by is not None and _OTHER_VERB.search(clause[start : by.start()]):
                    # "founded in 1986 and led by deaf people": "by" is the other verb's.
                    by = None
                if by is not None:
                    # "by A, B, C and D": the list goes on past the first comma.
                    more = _LIST_REST.match(clause, by.end())
                    agents = by["agents"] + (more[0] if more is not None else "")
                    return " ".join(agents.split()).strip(" ,")
    return None


def _listed_founders(text: str, labels: list[str]) -> str | None:
    """The founders a sentence lists for the thing ``labels`` name ("X's founding
    partners are A, B"; "the founding members of X include A, B"), or None."""
    for clause in re.split(r"[;]|\.\s", text):
        padded = f" {normalize(clause)} "
        at = [i for label in labels if (i := padded.find(f" {label} ")) >= 0]
        listed = _FOUNDERS_ARE.search(clause)
        if at and listed is not None and min(at) < len(normalize(clause[: listed.start("agents")])):
            return " ".join(listed["agents"].split()).strip(" ,.")
    return None


_FOUNDER_OF = re.compile(
    r"^\s*(?P<agents>.+?)\s+(?:is|are|was|were)\s+(?:one of\s+|among\s+)?(?:the\s+)?"
    r"(?:(?:co-?)?founders?|initiators?|creators?)\s+of\b",
    re.I,
)
_FOUNDERS_ARE = re.compile(
    r"\b(?:co-?founders|founders|founding (?:members|partners))"
    # "The founding members of the Network include …": the thing may come between.
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,8}?[\w'’)-]+)?"
    r"\s+(?:are|were|included?)\s+"
    r"(?P<agents>.+)$",
    re.I | re.S,
)
# At most this many characters from a founding verb to the thing founded ("opened the
# ReThread Sorting Lab").
_OBJECT_REACH = 40
# The rest of a list of agents after its first item: ", B, C and D" up to the clause's
# next preposition or end. The spaces after each comma are taken possessively (``\s*+``):
# with ``\s*`` an item's leading space could go to either part, 2^n ways to fail on a
# list of n items with no "and" (a 22-item list took seconds).
_LIST_REST = re.compile(
    r"(?:,\s*+[^,;.]+?)*,?\s+and\s+[^,;.]+?(?=\s+(?:in|on|at|from|with|to)\s|[,;.]|$)"
)
# Words between a founding verb and the thing that show the thing is not its object:
# "formed the Taskforce to coordinate … on the Corridor" founded the Taskforce.
_PAST_THE_OBJECT = re.compile(r" (?:to|on|for|with|at) ")
_AUXILIARY = frozenset("was were is are has have had been be".split())


def _drop_date(agents: str) -> str:
    """Agents without a leading date phrase ("On March 4, 2019, in Rotterdam, A and B")."""
    return re.sub(r"^(?:(?:on|in)\s+[^,]+,\s*)+", "", agents, flags=re.I) or agents


def _raw_offset(clause: str, verb: str) -> int:
    match = re.search(rf"\b{re.escape(verb)}\b", clause, re.I)
    return match.end() if match else 0
