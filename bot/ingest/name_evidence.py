"""Organisation and programme names known by the release's own evidence, not by a word list.

A name's words may be in no list of ours ("Tallow Creek Lodge & Baths", "Beyond Amber",
"Orrin Halvik"): what says it is a name is how the release treats it. Each capitalised
span (``name_spans``), each bracket filled by one capitalised run ("(ORRIN-KV Harbours
and Canals JV)") and each capitalised run before a programme's head in lower case ("the
Sea-to-Shelf initiative") is a candidate, scored by independent pieces of evidence:

* ``SUBJECT``: it opens a clause and a lower-case word, a verb, follows it, whatever the
  verb ("In Velmora, Orrin Halvik has secured …");
* ``PARTY``: it is the object of "with" or "between", or joined by "and" to a name the
  release already knows as an organisation;
* ``REPEATED``: the release writes it in more than one sentence;
* ``HEADLINE``: the headline writes it too;
* ``ABOUT``: an "About X" heading names it;
* ``BRACKETED``: a whole bracket is the name;
* ``OWN_WORDS``: its own words say it is no person (a head word of any kind, a word in
  capitals, "&"), or it holds a name the release knows as an organisation;
* ``DESCRIBED``: a descriptor follows it (", a …", " – a …", ", which …"); more
  (``DESCRIBED_AS_BODY``) when its words name a kind of body (", a shipping company");
* ``KIND_AFTER``: a programme's head word in lower case closes it ("the X initiative").

A candidate whose evidence weighs ``MIN_SCORE`` or more is a name. Spans that are people,
places, countries, months or titles never are, whatever their score. Position and
repetition say only that: a name, of a person as well as of a body. An organisation
needs a sign of a body too (``BODY_SIGNS``); a name without one is ``unsure`` (a review
note, never an entity). Only sentences of the story are scored: a contact block or a
heading ends no sentence. A one-word candidate is the longer capitalised name the
release writes starting with it, when it writes one ("Hartwell" of "Hartwell Freight").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.ingest.name_spans import SIGNS, NameSpan, is_title_case, name_spans
from bot.ingest.people import find_people
from bot.ingest.registry import Registry
from bot.ingest.words import (
    ALL_HEADS,
    CORE_TITLES,
    CORP_SUFFIXES,
    HONORIFICS,
    STOPWORDS,
    guess_kind,
    is_country,
    is_demonym,
    is_generic_agreement,
    is_place,
    is_title_word,
)
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import (
    given_names,
    kind_heads,
    month_stems_pattern,
    name_abbreviations,
    name_connectors,
    personal_pronouns,
    trade_heads,
)

# Evidence weights: position as a party weighs most, repetition and own words least.
SUBJECT = 2
PARTY = 2
ABOUT = 2
BRACKETED = 2
KIND_AFTER = 2
REPEATED = 1
HEADLINE = 1
OWN_WORDS = 1
DESCRIBED = 1
# A descriptor whose head noun is a kind of body (", a shipping company that …") says
# by itself what a reader needs: the release calls the name an organisation.
DESCRIBED_AS_BODY = 3
# The weight a candidate needs: two independent signs (a position and another), never
# one alone (any capitalised run may open a sentence or be written twice).
MIN_SCORE = 3
# The signs that say a name is a body's, not a person's: its own words, a descriptor
# naming a kind of body, an "About" section, a bracket of its own, a programme's head.
BODY_SIGNS = frozenset(
    {"OWN_WORDS", "DESCRIBED_AS_BODY", "ABOUT", "BRACKETED", "KIND_AFTER", "WHICH_CLAUSE"}
)
# A relative clause with "which" after a name (", which modelled the plant's energy use"):
# English takes "who" after a person, so the name is no person's. It says only that: no
# weight of its own beyond the descriptor's.
WHICH_CLAUSE = 0
# The fewest sentences that make a name "repeated".
MIN_MENTIONS = 2
# The fewest name words a candidate has (one capitalised word is any sentence's first).
MIN_WORDS = 2
# A one-word name needs more: a sign more than a longer one, and never written in lower
# case in the release (then it is a common word capitalised, "Green", "Energy").
MIN_SCORE_ONE_WORD = MIN_SCORE + 1

# Head words of bodies (organisations), for a descriptor's noun.
_BODY_HEADS = frozenset(w for kind, words in kind_heads() if kind == "organization" for w in words)
# How many words of a descriptor may name the body's kind ("a leading Orrin-based
# shipping company").
_DESCRIPTOR_WORDS = 6
_PROGRAMME_HEADS = frozenset(
    w for kind, words in kind_heads() if kind == "initiative" for w in words
)
# A month by its name or its abbreviation ("Dec.").
_MONTH = re.compile(rf"(?:{month_stems_pattern(capitalised=True)})[a-z]*")
# A sentence's end inside a span ("Orrin AG. This …"): the splitter missed it.
_SENTENCE_END = re.compile(r"(\w{2,})\.\s+[A-Z]")
# What opens a clause before its subject: the sentence's start, or an opening phrase
# closed by a comma ("In Velmora, ").
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*|[\u2013\u2014-]\s+)(?:the\s+|The\s+)?$")
# A verb after its subject: a lower-case word that is no connector, article or "and".
_VERB_AFTER = re.compile(r"\s+([a-z][a-z'’]+)\b")
_PARTY_BEFORE = re.compile(r"\b(?:with|between|[a-z]{3,}(?:ed|en)\s+by)\s+(?:the\s+)?$")
# A lower-case word in -s after names joined by "and": names joined so are a plural
# subject, whose verb takes no -s, so the word is the head noun the names premodify ("A,
# B and C estates", "Samsara and Geotab telematics").
_PREMODIFIED = re.compile(r"\s+(?!does\b)[a-z]{2,}[^\Ws]s\b")
# The one word that opens a sentence before a name closed by a comma ("In Velmora, …",
# "At the Orrin Hall, …"): an opening phrase, no list's first member.
_OPENING_PHRASE = re.compile(r"\s*[A-Z][a-z]*\s+(?:the\s+)?")
# A sentence's end (a closing quote or bracket may follow): what a heading, a contact
# block's lines and an address never have.
_STORY_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")
# A possessive after a name: it owns what follows.
_OWNS = re.compile(r"(?:'s|’s)\s")
# What joins names listed as one clause's subjects or objects.
_JOINED = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?")
_AND_BEFORE = re.compile(r",?\s+and\s+(?:the\s+)?$")
_DESCRIPTOR = re.compile(
    r"^(?:\s*\([^()]*\))?(?:,\s+(?:a|an|the|which)\b|\s+[\u2013\u2014-]\s+(?:a|an|the)\b)"
)
# A whole bracket that is one capitalised run with lower-case connectors.
_BRACKET = re.compile(r"\(([^()]{3,80})\)")
# A capitalised run, then a programme's head word in lower case.
_RUN_THEN_WORD = re.compile(r"(?<![\w-])((?:[A-Z0-9][\w&'’-]*\s+)*[A-Z][\w&'’-]*)\s+([a-z]+)\b")


@dataclass(frozen=True)
class Candidate:
    """One name the release's evidence makes: ``name`` as the text writes it, its
    ``kind`` by its words, its ``score`` and the ``evidence`` (names of the weights)."""

    name: str
    kind: EntityKind
    score: int
    evidence: tuple[str, ...]
    # The one-word names inside it the release writes alone as owners ("Orrin" of "Orrin
    # Halvik", where it writes "Orrin's share"): the body it belongs to, a name too.
    parts: tuple[str, ...] = ()

    @property
    def unsure(self) -> bool:
        """Whether no sign says it is a body's name (``BODY_SIGNS``): a name by its
        position and repetition only, as a person's is ("Tamsin Vell and Ode Rask
        accepted …")."""
        return not BODY_SIGNS & set(self.evidence)


def _connector_words() -> frozenset[str]:
    words = name_connectors()
    return words.joining | words.weak | words.particles


def _bracketed(sentence: str) -> list[NameSpan]:
    """Brackets whose whole content is one name: capitalised words (two or more) and
    lower-case connectors only, not all of it one acronym."""
    out: list[NameSpan] = []
    connectors = _connector_words()
    for match in _BRACKET.finditer(sentence):
        inner = match.group(1).strip()
        words = inner.split()
        capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
        if len(capitalised) < MIN_WORDS or len(words) - len(capitalised) > len(capitalised):
            continue
        if any(w not in connectors and not re.fullmatch(r"[A-Z0-9][\w&'’.-]*", w) for w in words):
            continue  # "(NYSE: ACM)", "(see below)": no name alone
        start = match.start(1) + match.group(1).index(inner)
        out.append(NameSpan(inner, start, start + len(inner)))
    return out


def _kind_after(sentence: str) -> list[NameSpan]:
    """ "the Sea-to-Shelf initiative": a capitalised run and the programme head word in
    lower case that says what it is, both in the name."""
    out: list[NameSpan] = []
    for match in _RUN_THEN_WORD.finditer(sentence):
        if match.group(2) not in _PROGRAMME_HEADS:
            continue
        before = sentence[: match.start()]
        if not re.search(r"\bthe\s+$", before):
            continue  # "the X initiative": a definite name, not "X initiatives"
        out.append(NameSpan(match.group(0), match.start(), match.end()))
    return out


def _excluded(name: str, people: set[str], places: set[str]) -> bool:
    """People, places, countries, months, titles and honorifics are never organisations
    by this evidence."""
    words = [w.strip(SIGNS + ".,").lower() for w in name.split()]
    named = [w for w in words if w not in _connector_words() and w[:1].isalpha()]
    if not named or is_generic_agreement(name):
        return True
    if any(
        f"{m.group(1).lower()}." not in name_abbreviations() for m in _SENTENCE_END.finditer(name)
    ):
        return True  # "Orrin AG. This": a sentence's end the splitter missed
    if any(w in CORP_SUFFIXES or re.fullmatch(r"(?:[a-z]\.){3,}", w + ".") for w in words[:-1]):
        return True  # "Orrin S.A. Velmont Metals": a legal form ends a name
    key = normalize(name)
    if key in places or is_country(name) or is_place(name):
        return True
    if any(f" {p} " in f" {key} " or f" {key} " in f" {p} " for p in people):
        return True
    if any(_MONTH.fullmatch(w.strip(".,")) for w in name.split()):
        return True
    if any(
        w in HONORIFICS or is_title_word(w, CORE_TITLES) or w.removesuffix("s") in CORE_TITLES
        for w in words
    ):
        return True
    if all(w in STOPWORDS or w in ALL_HEADS for w in words):
        return True
    return words[0] in given_names()


def _own_words(name: str, known: Iterable[str]) -> bool:
    """Whether ``name``'s words say it is no person: a head word or trade, a word in
    capitals, "&", a figure, or a name the release knows or writes on its own inside it
    ("Orrin Halvik" where the release writes "Orrin's" too)."""
    trades = trade_heads()
    for raw in name.split():
        word = raw.strip(SIGNS + ".,")
        low = word.lower()
        if low in ALL_HEADS or low in trades or "&" in word or any(c.isdigit() for c in word):
            return True
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
    padded = f" {name} "
    return any(f" {k} " in padded and k != name for k in known)


def scored_names(
    sentences: Iterable[str],
    registry: Registry,
    *,
    headline: str | None = None,
    about: Iterable[str] = (),
    places: Iterable[str] = (),
) -> list[Candidate]:
    """The candidates of ``sentences`` (the release's, speech included) that the registry
    does not know yet, each once, with their score, best first; only those of
    ``MIN_SCORE`` or more. ``about`` are the release's "About X" headings, ``places`` the
    normalised place names it is datelined in."""
    every = list(sentences)
    # (A contact block or a heading ends no sentence: only the story is scored.)
    sentences = [s for s in every if _STORY_END.search(s)]
    place_keys = {normalize(p) for p in places}
    people = {normalize(p.name) for s in sentences for p in find_people(s, registry.acronyms())}
    people_words = {w for p in people for w in p.split()}
    known = {
        e.name for e in registry.entities.values() if e.kind != EntityKind.PERSON and not e.existing
    }
    found: list[tuple[str, NameSpan, str]] = []  # (source, span, sentence)
    objects: set[tuple[int, str]] = set()  # (start, sentence) of the objects of "with"
    subjects: set[tuple[int, str]] = set()  # (start, sentence) of the clauses' subjects
    owners: set[str] = set()  # one-word names written alone as owners ("Orrin's")
    for sentence in sentences:
        if is_title_case(sentence):
            continue  # a headline's words are all capitalised: position says nothing
        spans = [("span", s) for s in name_spans(sentence)]
        spans += [("bracket", s) for s in _bracketed(sentence)]
        spans += [("kind", s) for s in _kind_after(sentence)]
        subjects |= {(s.start, sentence) for s in _subjects(sentence, [s for _, s in spans])}
        objects |= {
            (s.start, sentence) for s in _objects(sentence, [s for k, s in spans if k == "span"])
        }
        found += [(source, span, sentence) for source, span in spans]
        # (One word written as a name inside a sentence, no place: a name of its own.)
        alone = {
            s.text
            for source, s in spans
            if source == "span"
            and " " not in s.text
            and s.start > 0
            and not is_place(s.text)
            and not is_country(s.text)
        }
        known |= alone
        # ("doubling Orrin's share": a name that owns something is a body's or a person's.)
        owners |= {
            s.text
            for s in name_spans(sentence)
            if s.text in alone and _OWNS.match(sentence[s.end :])
        }
    heading_keys = {normalize(h) for h in about}
    # (A release without a headline of its own has its lead as its title: no evidence.)
    headline_text = headline if headline and not any(headline in s for s in every) else ""
    evidence: dict[str, set[str]] = {}
    whole = "\n".join(sentences)
    known_names = [
        label
        for e in registry.entities.values()
        if e.kind != EntityKind.PERSON
        for label in (e.name, *e.aliases)
        if " " in label and label in whole
    ]
    for source, span, sentence in found:
        name = span.text.strip()
        if registry.find(name) is not None or _excluded(name, people, place_keys):
            continue
        if _inside_a_known_name(span, sentence, known_names):
            continue  # "Canal Initiative" of "the Coast and Canal Initiative"
        before, after = sentence[: span.start], sentence[span.end :]
        if re.match(r"(?:'s|’s)\s+[A-Z]", after):
            continue  # "Orrin Glazer's Wine Company": the opening words of a longer name
        if re.match(r"\s+[a-z]['’][A-Z]", after):
            continue  # "Ports de la Côte d'Orrin": an elided article goes on with the name
        signs = evidence.setdefault(name, set())
        if source == "bracket":
            signs.add("BRACKETED")
        if source == "kind":
            signs.add("KIND_AFTER")
        # (A sentence's first word is capitalised whatever it is; the words after it are
        # not, so a run of two capitalised words or more opening a sentence is a name
        # still; "Guests of Orrin Lodge" is a common noun and a name.)
        if (span.start, sentence) in subjects and (
            before.strip()
            or (" " in name and all(w[:1].isupper() for w in name.split()))
            or _capitalised_elsewhere(name, sentences)
        ):
            signs.add("SUBJECT")
        if (span.start, sentence) in objects:
            signs.add("PARTY")
        if _mentions(name, sentences) >= MIN_MENTIONS:
            signs.add("REPEATED")
        if name in headline_text:
            signs.add("HEADLINE")
        if normalize(name) in heading_keys:
            signs.add("ABOUT")
        if _own_words(name, known):
            signs.add("OWN_WORDS")
        described = _DESCRIPTOR.match(after)
        if described:
            phrase = re.match(r"[^,;:.()]*", after[described.end() :])
            # (Lower-case words only: "a Velmont Motors' hybrid" names an owner, no kind.)
            words = re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", phrase.group(0) if phrase else "")
            bodies = _BODY_HEADS | trade_heads()
            # (The body word heads the phrase: "a company director" is a person.)
            as_body = any(
                w in bodies and (k + 1 == len(words) or words[k + 1] in STOPWORDS)
                for k, w in enumerate(words[:_DESCRIPTOR_WORDS])
            )
            signs.add("DESCRIBED_AS_BODY" if as_body else "DESCRIBED")
            if described.group(0).rstrip().endswith("which"):
                signs.add("WHICH_CLAUSE")
    _fold_one_word_names(evidence, [span.text.strip() for _, span, _ in found])
    weights = {
        "SUBJECT": SUBJECT,
        "PARTY": PARTY,
        "ABOUT": ABOUT,
        "BRACKETED": BRACKETED,
        "KIND_AFTER": KIND_AFTER,
        "REPEATED": REPEATED,
        "HEADLINE": HEADLINE,
        "OWN_WORDS": OWN_WORDS,
        "DESCRIBED": DESCRIBED,
        "DESCRIBED_AS_BODY": DESCRIBED_AS_BODY,
        "WHICH_CLAUSE": WHICH_CLAUSE,
    }
    out: list[Candidate] = []
    for name, signs in evidence.items():
        score = sum(weights[s] for s in signs)
        if score < MIN_SCORE:
            continue
        if "OWN_WORDS" not in signs and _spoken_of_as_a_person(name, sentences):
            continue  # "said Tamsin Vell", "Tamsin Vell … Her successor": a person
        if " " not in name.strip() and (
            score < MIN_SCORE_ONE_WORD or _written_lower(name, sentences) or _common(name)
        ):
            continue
        kind = guess_kind(name.strip(SIGNS))
        if kind not in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE):
            kind = EntityKind.ORGANIZATION
        parts = tuple(
            w
            for w in name.split()
            if w in owners and w != name and normalize(w) not in people_words
        )
        out.append(Candidate(name, kind, score, tuple(sorted(signs)), parts))
    out.sort(key=lambda c: -c.score)
    # (A candidate inside a longer one that also passed is that one's words.)
    return [c for c in out if not any(c.name in o.name and c.name != o.name for o in out)]


def _fold_one_word_names(evidence: dict[str, set[str]], written: Sequence[str]) -> None:
    """A one-word candidate the release also writes as the first word of one longer
    capitalised name ("Hartwell" and "Hartwell Freight") is that name cut short: its
    evidence goes to the longer name (a candidate too), in place. Two longer names leave
    it as it is."""
    for name in [n for n in evidence if " " not in n]:
        longer = {w for w in written if w.startswith(name + " ")}
        if len(longer) != 1 or (full := longer.pop()) not in evidence:
            continue
        evidence.setdefault(full, set()).update(evidence.pop(name))


def _inside_a_known_name(span: NameSpan, sentence: str, known: Sequence[str]) -> bool:
    """Whether ``span`` is part of a longer name the registry knows, where it stands."""
    for label in known:
        for match in re.finditer(re.escape(label), sentence):
            if match.start() <= span.start and span.end <= match.end() and label != span.text:
                return True
    return False


def _spoken_of_as_a_person(name: str, sentences: Sequence[str]) -> bool:
    """Whether the release treats ``name`` as a person's: a speaker ("said X", "X says"),
    or a personal pronoun opening the next sentence or in the rest of its clause."""
    said = re.compile(
        rf"\b(?:said|says)\s+{re.escape(name)}\b|\b{re.escape(name)},?\s+(?:said|says)\b"
    )
    pronouns = personal_pronouns()
    for n, sentence in enumerate(sentences):
        if said.search(sentence):
            return True
        at = sentence.find(name)
        if at < 0:
            continue
        clause = re.match(r"[^.;:!?]*", sentence[at + len(name) :])
        nxt = sentences[n + 1].split()[:1] if n + 1 < len(sentences) else []
        words = [*re.findall(r"[^\W\d_]+", clause.group(0) if clause else ""), *nxt]
        if any(w.lower() in pronouns for w in words):
            return True
    return False


def _mentions(name: str, sentences: Sequence[str]) -> int:
    """In how many sentences the release writes ``name``, as a whole word or words."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return sum(1 for s in sentences if pattern.search(s))


def _written_lower(word: str, sentences: Sequence[str]) -> bool:
    """Whether the release writes ``word`` in lower case too: a common word."""
    pattern = re.compile(rf"\b{re.escape(word.lower())}\b")
    return any(pattern.search(s) for s in sentences)


def _common(word: str) -> bool:
    """A one word that names no organisation by itself: a stop, head or title word, a
    demonym, a word in capitals (acronyms are read by acronyms.py, with their long form)."""
    low = word.strip(SIGNS + ".,").lower()
    return (
        low in STOPWORDS
        or low in ALL_HEADS
        or is_title_word(low)
        or is_demonym(word)
        or word.isupper()
        or low in given_names()
    )


def _capitalised_elsewhere(name: str, sentences: Sequence[str]) -> bool:
    """Whether the release writes ``name`` inside a sentence too, not only first: a
    sentence's first word is capitalised whatever it is."""
    pattern = re.compile(rf"(?<=[\w,;:)\u2013\u2014] ){re.escape(name)}\b")
    return any(pattern.search(s) for s in sentences)


def _subjects(sentence: str, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """The spans that open a clause, alone or joined by commas and "and" ("Orrin Halvik
    and Velmont Dunes have signed"), when a lower-case word, a verb, follows the last."""
    out: list[NameSpan] = []
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    for n, first in enumerate(ordered):
        if not _CLAUSE_START.search(sentence[: first.start]):
            continue
        if _inside_a_list(sentence, ordered, n):
            continue  # "with A, B and C telematics": the list's first member decides
        chain = [first]
        for nxt in ordered[n + 1 :]:
            if nxt.start < chain[-1].end:
                continue  # a span inside another (a bracket, a programme's run)
            if not _JOINED.fullmatch(sentence[chain[-1].end : nxt.start]):
                break
            chain.append(nxt)
        verb = _VERB_AFTER.match(sentence[chain[-1].end :])
        if verb is None or verb.group(1) in _connector_words() | {"and", "or"}:
            continue
        if len(chain) > 1 and _PREMODIFIED.match(sentence[chain[-1].end :]):
            continue  # "A, B and C estates": the list premodifies a noun
        out += chain
    return out


def _inside_a_list(sentence: str, ordered: Sequence[NameSpan], n: int) -> bool:
    """Whether the span ``ordered[n]`` follows a comma inside a list of names, "A, B and
    C": the name before the comma is joined to it, and the list goes on to an "and". (A
    place, or a phrase opening the sentence, before the comma opens the clause: "In
    Velmora, Orrin Halvik and …".)"""
    span = ordered[n]
    before = [s for s in ordered[:n] if s.end <= span.start]
    if not before or not re.fullmatch(r",\s+", sentence[before[-1].end : span.start]):
        return False
    if (
        is_place(before[-1].text)
        or is_country(before[-1].text)
        or _OPENING_PHRASE.fullmatch(sentence[: before[-1].start])
    ):
        return False
    last = span
    for nxt in ordered[n + 1 :]:
        if nxt.start < last.end:
            continue
        joint = sentence[last.end : nxt.start]
        if not _JOINED.fullmatch(joint):
            return False
        if "and" in joint.split():
            return True
        last = nxt
    return False


def _objects(sentence: str, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """The objects of "with" or "between": the names listed after it, joined by commas
    and "and" ("with the Orrin Board and the Velmont Guild"). (A list beside a party
    named elsewhere is no such sign: "the Orrin News and Velmont Sports channels".)"""
    out: list[NameSpan] = []
    n = 0
    while n < len(spans):
        chain = [spans[n]]
        while n + 1 < len(spans) and _JOINED.fullmatch(
            sentence[chain[-1].end : spans[n + 1].start]
        ):
            n += 1
            chain.append(spans[n])
        n += 1
        if _PARTY_BEFORE.search(sentence[: chain[0].start]):
            out += chain
    return out
