"""People and their organisations as a question refers to them.

A shared surname settled by what the question says of the person: "who is the Ma who
works at the Academy?", "what did the Ma at the Alliance say?".

Of the people a word names (``SameName``), the one whose titles (current or earlier) are
at an organisation the question names is meant, when exactly one is; for a quote asked
on a topic ("what did Marsh say about the reef spawning?"), the one quoted on it, when
exactly one is; for any other topic ("which Ma talked about the paperwork?"), the one
whose quote or fact holds its words, when exactly one does; otherwise the question
stays ambiguous and the choices are offered.
"""

from __future__ import annotations

from bot.engine.qa.namesakes import namesakes_of
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import QUOTE_WORDS, TALK_WORDS, TITLE_WORDS
from bot.search.index import Index
from bot.search.terms import content_terms
from bot.textnorm import normalize


def namesake_by_organisation(index: Index, q: Query) -> str | None:
    """The one namesake with a title at an organisation the question names; None when
    the question names no such organisation or it fits none or several of them."""
    if not q.same_name:
        return None
    same = q.same_name[0]
    named = {e for e in q.subjects if e not in index.person_ids}
    if not named:
        return None
    fitting = [
        person
        for person in same.people
        if any(r.organization in named for r in index.roles_by_entity.get(person, []))
    ]
    if len(fitting) > 1:
        # "Which Banda is the alliance's executive director?": both work there; the one
        # whose title there has every title word the question uses.
        asked = {w for w in q.words if w in TITLE_WORDS}
        fitting = [
            person
            for person in fitting
            if asked
            and any(
                r.organization in named and asked <= set(normalize(r.title).split())
                for r in index.roles_by_entity.get(person, [])
            )
        ]
    return fitting[0] if len(fitting) == 1 else None


# "His organisation", "her company": the organisation of the person named before.
_OWN_ORG_NOUNS = frozenset(
    "organisation organization company firm employer foundation group agency body".split()
)
_POSSESSIVES = frozenset("his her their".split())


def own_organisation(index: Index, words: list[str], subjects: tuple[str, ...]) -> list[str] | None:
    """``words`` with "his organisation" (her company, their foundation …) made the name
    of the organisation the one person among ``subjects`` holds their newest title at;
    None when the words hold no such phrase or that is not one organisation."""
    at = next(
        (
            i
            for i in range(len(words) - 1)
            if words[i] in _POSSESSIVES and words[i + 1] in _OWN_ORG_NOUNS
        ),
        None,
    )
    if at is None:
        return None
    people = [e for e in subjects if e in index.person_ids]
    if len(people) != 1:
        return None
    role = index.role_as_of(people[0])
    if role is None or role.organization is None:
        return None
    name = normalize(index.entity(role.organization).name).split()
    return [*words[:at], *name, *words[at + 2 :]]


def namesake_by_quote_topic(index: Index, q: Query) -> str | None:
    """The one namesake quoted saying every topic word of a quote question ("spawning"),
    None when the question asks no quote on a topic or its words fit none or several."""
    if not q.same_name or not q.quote or not q.terms:
        return None
    # The shared name itself is no topic word.
    topic = set(q.terms) - set(content_terms(q.same_name[0].word))
    if not topic:
        return None
    fitting = [
        person
        for person in q.same_name[0].people
        if any(
            topic <= set(content_terms(normalize(quote.text)))
            for quote in index.quotes_by_speaker.get(person, [])
        )
    ]
    return fitting[0] if len(fitting) == 1 else None


# At most this many facts about each namesake are read for the topic (the work bound of
# ``namesake_by_statement_topic``: a person's newest facts come first).
MAX_TOPIC_FACTS = 50
_TALK_TERMS = frozenset(t for w in QUOTE_WORDS | TALK_WORDS for t in content_terms(w))


def namesake_by_statement_topic(index: Index, q: Query) -> str | None:
    """The one namesake whose quote or fact holds every topic word of the question
    ("which Ma talked about teaching exporters the paperwork?": the Ma quoted saying it),
    None when the question has no topic beyond the name and verbs of saying, or its
    words fit none or several of them."""
    if not q.same_name or not q.terms:
        return None
    same = q.same_name[0]
    if shared_word_at(q.words) != same.position:
        # "When was the FRA founded?" asks a date of one of them; only "which Ma …?",
        # "who is the Ma who …?" ask which one the rest of the question describes.
        return None
    topic = set(q.terms) - set(content_terms(same.word)) - _TALK_TERMS
    if not topic:
        return None
    fitting = []
    for person in same.people:
        texts = [quote.text for quote in index.quotes_by_speaker.get(person, [])]
        texts += [fact.text for fact in index.facts_by_entity.get(person, [])[:MAX_TOPIC_FACTS]]
        if any(topic <= set(content_terms(normalize(text))) for text in texts):
            fitting.append(person)
    return fitting[0] if len(fitting) == 1 else None


# "Who is / was the Kellner who …" ("who's" is read as "who" alone).
_COPULAS = frozenset("is s was".split())


def shared_word_at(words: tuple[str, ...]) -> int | None:
    """The position of the word a "which <word> …?" or "who is the <word> who …?"
    question settles ("Kellner", "HTL"); None for another shape."""
    if words[:1] in (("which",), ("what",)) and len(words) >= 3:
        return 1
    if words[:1] != ("who",):
        return None
    at = 1
    while at < len(words) and words[at] in _COPULAS:
        at += 1
    if words[at : at + 1] == ("the",) and len(words) >= at + 3:
        return at + 1
    return None


def settled_by_shared_word(index: Index, q: Query) -> str | None:
    """The one subject that the word a "which <word> …?" / "who is the <word> who …?"
    question settles names, when that word is not the subject's name written in full:

    - a person's surname ("which Whitfield", "who is the Kellner who works at Caldera?"),
      settled by the organisation named (subject resolution);
    - a name or acronym two entities share ("which HTL is run by Priya Nair?"), when
      exactly one of its owners is a subject and another subject, a person, holds a
      title there: the roles say which one is meant.

    None for any other question (the shared word then stays for the namesake executors,
    which answer "which DTA gave the academy money?" from the facts)."""
    if q.quote:
        return None
    at = shared_word_at(q.words)
    if at is None:
        return None
    word = q.words[at]
    # The word alone is not the name written in full, though a near alias ("Mr
    # Whitfield") found it.
    written = {m.entity_id for m in q.found if m.words != (at, at + 1)}
    people = [
        e
        for e in q.subjects
        if e in index.person_ids
        and e not in written
        and word in normalize(index.entity(e).name).split()
    ]
    if len(people) == 1:
        return people[0]
    if at != 1:
        return None  # "who was the DTA president before X?" asks a person, not which DTA
    owners = [e for e in namesakes_of(index, word) if e in q.subjects]
    if len(owners) != 1 or owners[0] in index.person_ids:
        return None
    holders = [e for e in q.subjects if e in index.person_ids]
    if any(r.organization == owners[0] for p in holders for r in index.roles_by_entity.get(p, [])):
        return owners[0]
    return None
