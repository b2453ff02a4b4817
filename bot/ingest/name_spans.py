"""One grammar for where an organisation's or programme's name starts and ends.

A name is a maximal run of name tokens:

* capitalised words ("Orrin"), words in capitals ("NORDA"), brands opening in lower case
  ("eKestrel");
* a single capital letter after a word in capitals ("BIG I", "ACME X");
* digits inside the name ("Code 4 Towns Fund", "COVID-19 Relief Fund");
* a trade-mark sign (® ™ © ℠) after a word: it never splits the name. Signs inside a
  name are kept as written (the name is cut from the text); a sign after its last word
  is left out;
* "&" between two words;

joined by the lower-case connectors of ``bot/vocab/name_connectors.yaml`` only when a
capitalised word follows them: strong ones and particles anywhere ("Bank of Velmont",
"Ibrahim bin Khalid Centre"), weak ones ("to", "in", "at", "and") only inside a name its
head word closes and never in a title-case headline.

A span that opens a sentence loses its leading non-name words (stop words and the clause
openers of ``bot/vocab/clause_openers.txt``: "Despite", "Following"). A possessive ends a
span ("Velmont's", "Officials’").

``org_candidates`` then says which spans are organisations by their position, even named
once: closed by a trade head word (``bot/vocab/trade_heads.txt``: "Orrin Financial"), the
subject of a verb only a party does (``bot/vocab/party_verbs.txt``: "Kestrel Mutual has
announced"), or coordinated with such a subject or after "between" ("Velmont Freight and
Kestrel Rail have signed", "between Orrin Labs and Tavi Motors").
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from bot.ingest.words import (
    ALL_HEADS,
    CORE_TITLES,
    CORP_SUFFIXES,
    HONORIFICS,
    STOPWORDS,
    is_title_word,
)
from bot.vocab import (
    clause_openers,
    given_names,
    kind_acronyms,
    kind_heads,
    month_names_pattern,
    name_abbreviations,
    name_connectors,
    party_verbs,
    personal_pronouns,
    trade_heads,
)

# Trade-mark and copyright signs written after a brand's word.
SIGNS = "\u00ae\u2122\u00a9\u2120"

# A headline or a line in title case: at least this share of its longer words (of
# ``_TITLE_CASE_MIN_LENGTH`` letters or more) capitalised, and at least
# ``_TITLE_CASE_MIN_WORDS`` such words (prose capitalises a few names, not most words).
TITLE_CASE_SHARE = 0.85
_TITLE_CASE_MIN_LENGTH = 4
_TITLE_CASE_MIN_WORDS = 3

# The fewest name words an organisation found only by its position has: one capitalised
# word opening a sentence is just a sentence's first word (parties.py weighs those).
MIN_CANDIDATE_WORDS = 2

_TOKEN = re.compile(rf"[^\W_][\w'’&.-]*|[{SIGNS}]|&|\S")
_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + month_names_pattern(capitalised=True)
)
# Heads of a programme's name, where a weak connector may stand ("Farm to Fork Fund"):
# the initiative kind's, and those name_connectors.yaml adds.
_WEAK_HEADS = name_connectors().weak_heads.union(
    *(words for kind, words in kind_heads() if kind == "initiative")
)
# Heads of names that may open "A and B …" (programmes, events, agreements).
_AND_HEADS = frozenset(
    w for kind, words in kind_heads() if kind in {"initiative", "event", "agreement"} for w in words
)
_AUXILIARY = (
    r"(?:(?:has|have|had|will|would|today|also|now|jointly|formally|officially|recently|"
    r"just|each)\s+)*"
)


# A preposition right before a name: the name is its complement, never a subject.
_COMPLEMENT = re.compile(r"\b(?:of|in|at|from|by|to|into|near|outside)\s+(?:the\s+)?$")
# What follows an intransitive verb: a time, a place, or the clause's end.
_NO_OBJECT = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:today|tomorrow|yesterday|on|in|at|this|next|from|later|soon|"
    r"worldwide|globally|nationwide)\b)"
)


class NameSpan(NamedTuple):
    """One name as the text writes it: ``text`` is ``sentence[start:end]``."""

    text: str
    start: int
    end: int


class _Tok(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


def is_title_case(sentence: str) -> bool:
    """Whether ``sentence`` is written in title case (a headline), where every longer
    word is capitalised and capitals say nothing about names."""
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence) if len(w) >= _TITLE_CASE_MIN_LENGTH
    ]
    if len(words) < _TITLE_CASE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _is_word(tok: _Tok) -> bool:
    return tok.text[:1].isalpha()


def _capitalised(tok: _Tok) -> bool:
    """A capitalised word, a word in capitals, or a brand opening in lower case."""
    text = tok.text
    if not _is_word(tok):
        return False
    return text[0].isupper() or re.match(r"[a-z]{1,3}[A-Z]", text) is not None


def _in_capitals(tok: _Tok) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _possessive(tok: _Tok) -> bool:
    return re.search(r"(?:'s|’s|s'|s’)$", tok.text) is not None


# A capitalised word glued to a lower-case participle or adjective: where a name is
# based or who leads it ("Velmont-based", "Orrin-led"), no word of a name.
_MODIFIER = re.compile(r"[^\W\d_][\w'’.]*-[a-z]+")


def _name_word(tok: _Tok) -> bool:
    """A capitalised word that may stand inside a name (not a day or a month, nor
    "Velmont-based")."""
    return (
        _capitalised(tok)
        and not _WHEN.fullmatch(tok.text.rstrip(".,"))
        and not _MODIFIER.fullmatch(tok.text.rstrip(".,"))
    )


@cache
def _connectors() -> tuple[frozenset[str], frozenset[str]]:
    """(connectors that join anywhere, weak connectors)."""
    words = name_connectors()
    return words.joining, words.weak


def name_words_pattern(extra: tuple[str, ...] = ()) -> str:
    """A regular expression for one capitalised name with its connectors (no groups):
    the same words as ``name_spans`` for patterns that need a name inside them
    ("<name>, <acronym>,"). ``extra`` connectors join too (a pattern whose other parts
    tell two names apart may let "and" join)."""
    joining, _ = _connectors()
    words = joining | set(extra)
    connector = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    word = rf"[A-Z][\w&'’.-]*[{SIGNS}]?"
    return rf"{word}(?:\s+(?:(?:{connector})\s+)*{word})*"


def _run_end(toks: list[_Tok], k: int) -> int:
    """The end of the run of capitalised words, digits and strong connectors from
    ``toks[k]`` (exclusive): where a weak connector's continuation ends."""
    joining, _ = _connectors()
    end = k
    while end < len(toks) and (
        _name_word(toks[end])
        or toks[end].text[:1].isdigit()
        or (toks[end].low in joining and end + 1 < len(toks) and _name_word(toks[end + 1]))
    ):
        if _possessive(toks[end]):
            return end + 1
        end += 1
    return end


def _joins(sentence: str, toks: list[_Tok], j: int, span: list[_Tok], title_case: bool) -> int:
    """How many tokens after ``toks[j]`` join the span (0: the span ends at ``j``)."""
    joining, weak = _connectors()
    if j + 1 >= len(toks):
        return 0
    nxt = toks[j + 1]
    prev = toks[j]
    if "\n" in sentence[prev.end : nxt.start]:
        return 0  # a line ends a name ("Contacts" over "Media: …")
    if nxt.start > prev.end and nxt.text in SIGNS:
        return 0  # a sign is written against its word
    if nxt.text in SIGNS:
        return 1
    if _name_word(nxt) and nxt.start > prev.end:
        if len(nxt.text) == 1 and not _in_capitals(prev):
            # A lone capital ("I", "A") joins only after a word in capitals ("BIG I").
            return 0
        return 1
    if nxt.text[:1].isdigit() and nxt.start > prev.end:
        # ("Code 4 Towns", "COVID-19 Relief Fund": a figure inside the name.)
        after = toks[j + 2] if j + 2 < len(toks) else None
        return 1 if after is not None and _name_word(after) else 0
    if nxt.text == "&":
        after = toks[j + 2] if j + 2 < len(toks) else None
        return 2 if after is not None and _name_word(after) else 0
    # One or more connectors, then a capitalised word.
    k = j + 1
    while k < len(toks) and (toks[k].text in joining or toks[k].text in weak):
        k += 1
    if k == j + 1 or k >= len(toks) or not _name_word(toks[k]):
        return 0
    used = {t.text for t in toks[j + 1 : k]}
    if "on" in used and _WHEN.fullmatch(toks[k].text.rstrip(".,")):
        return 0  # "… on Friday", "… on March 3"
    if used <= joining:
        return 0 if _second_name_follows(toks, k, span, used) else k - j
    if title_case or "&" in used:
        return 0
    if prev.low.strip(SIGNS) in ALL_HEADS:
        # ("the grant from the Velmar Foundation to Harlow Fund": a head word has closed
        # the name before the connector; what follows is another name, as with "and".)
        return 0
    run_end = _run_end(toks, k)
    last = toks[run_end - 1].low.strip(SIGNS)
    words = {t.low for t in span}
    if used == {"and"} and len(span) == 1 and not _in_capitals(span[0]) and last in _AND_HEADS:
        # "the Coast and Canal Initiative": a programme's name may open with two words
        # joined by "and" (two organisations never share one head word).
        return k - j
    if "and" in used:
        # "University of Science and Technology": an "and" inside a name after its
        # "of", before capitalised words only; two names each closed by a head word are
        # two ("University of Houston and Velmont State University"), and so are two
        # written alike ("the Port of Velmont and the Port of Orrin").
        joins = (
            used == {"and"}
            and bool(words & {"of", "for"})
            and last not in ALL_HEADS
            and all(_name_word(t) for t in toks[k:run_end])
        )
        return k - j if joins else 0
    # ("Access to Open Data Initiative": a weak connector inside a programme's name, which
    # its head word closes; never after a name in capitals, "sold ORRIN to Velmont Fund".)
    if last in _WEAK_HEADS and not any(_in_capitals(t) for t in span):
        return k - j
    return 0


def _second_name_follows(toks: list[_Tok], k: int, span: list[_Tok], used: set[str]) -> bool:
    """Whether the connectors before ``toks[k]`` stand between two names rather than
    inside one: the span is already a whole name (words before its head word, "Velmont
    Youth Games"), and what follows is one of its own, closed by a head word of two name
    words or more ("... for the Orrin Harbour Company") or followed by a programme's or
    an event's head in lower case ("... on the Sea-to-Shelf initiative"). "of" says whose
    a name is ("Velmont Bank of Orrin Group" is one name), so only the other connectors
    part two names."""
    if "of" in used or len(span) < 2 or span[-1].low.strip(SIGNS) not in ALL_HEADS:
        return False
    run_end = _run_end(toks, k)
    run = [t for t in toks[k:run_end] if _name_word(t)]
    after = toks[run_end] if run_end < len(toks) else None
    closed = len(run) >= 2 and toks[run_end - 1].low.strip(SIGNS) in ALL_HEADS
    headed_after = after is not None and after.text.islower() and after.low in _AND_HEADS
    return closed or headed_after


def _trim(span: list[_Tok], opens: bool) -> list[_Tok]:
    """``span`` without leading non-name words and trailing connectors or signs."""
    joining, weak = _connectors()
    cut = STOPWORDS - {"new"}
    openers = clause_openers()
    kinds = kind_acronyms()
    while span and (
        span[0].low in cut
        # ("NGO Orrin Relief": the kind of organisation, written before its name.)
        or (span[0].low in kinds and len(span) > 1)
        or (opens and span[0].low in openers)
        or span[0].text in joining | weak
        or not _capitalised(span[0])
    ):
        span = span[1:]
    while span and (span[-1].text in joining | weak or span[-1].text in SIGNS):
        span = span[:-1]
    return span


def name_spans(sentence: str) -> list[NameSpan]:
    """Every capitalised name in ``sentence`` by the grammar above, in order. A span is
    one token or more; whether it names an organisation is the caller's to decide (or
    ``org_candidates``'s)."""
    toks = [_Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    title_case = is_title_case(sentence)
    out: list[NameSpan] = []
    i = 0
    first_word = next((n for n, t in enumerate(toks) if _is_word(t)), 0)
    while i < len(toks):
        if not _name_word(toks[i]):
            i += 1
            continue
        span = [toks[i]]
        j = i
        while not _possessive(toks[j]):
            step = _joins(sentence, toks, j, span, title_case)
            if step == 0:
                break
            span += toks[j + 1 : j + 1 + step]
            j += step
        i = j + 1
        span = _trim(span, opens=span[0] is toks[first_word])
        if not span:
            continue
        start, end = span[0].start, span[-1].end
        last = span[-1]
        if _possessive(last):
            end -= 2 if last.text.endswith(("'s", "’s")) else 1
        elif (
            last.text.endswith(".")
            and last.text.lower() not in name_abbreviations()
            and not re.fullmatch(r"[A-Z]\.", last.text)
        ):
            end -= 1
        text = sentence[start:end]
        if text:
            out.append(NameSpan(text, start, end))
    return out


def _words(span: NameSpan) -> list[str]:
    return [w.strip(SIGNS + ".,").lower() for w in span.text.split()]


def _acts_as_party(after: str) -> bool:
    """Whether ``after`` (the text after a name) opens with a verb only a party does,
    with an object: "Orrin has announced that …", "Orrin signed an …"; not "The Orrin
    Collection launches today" (a thing launched, no party)."""
    stems = "|".join(sorted(party_verbs(), key=len, reverse=True))
    verb = re.match(rf"\s*{_AUXILIARY}(?:{stems})\w*\b", after, re.IGNORECASE)
    if verb is None:
        return False
    return _NO_OBJECT.match(after[verb.end() :]) is None


# The clause after a party verb, up to its end: where a personal pronoun says its subject
# is a person ("Dana Ruel has donated her maps").
_CLAUSE = re.compile(r"[^.;:!?]*")


def _not_a_person(span: NameSpan) -> bool:
    """Whether ``span``'s own words say it is no person's name: a head word of any kind
    or a trade ("Brisk Kettle Media"), a word in capitals or a figure ("ORRIN Labs"), a
    legal form ("Orrin Ltd."), or "&" ("Kovacs & Fenn"). A verb only a party does is no
    such signal: people donate, sign and launch too."""
    words = _words(span)
    trades = trade_heads()
    return any(
        w in ALL_HEADS
        or w in trades
        or w in CORP_SUFFIXES
        or w == "&"
        or any(c.isdigit() for c in w)
        or (len(w) >= 2 and w.isalpha() and raw.strip(SIGNS + ".,").isupper())
        for w, raw in zip(words, span.text.split(), strict=True)
    )


def _person_pronoun_follows(after: str) -> bool:
    """Whether the clause after a name holds a personal pronoun ("… has donated her
    collection"): the name is a person's."""
    clause = _CLAUSE.match(after)
    words = re.findall(r"[^\W\d_]+", clause.group(0) if clause else "")
    pronouns = personal_pronouns()
    return any(w.lower() in pronouns for w in words)


def _plausible(span: NameSpan) -> bool:
    """Whether ``span`` may name an organisation at all: enough name words, not only
    stop or head words, no title or honorific ("Orrin President", "CEO Jo Bane": an office
    or a person), and not a person's name by its given name."""
    words = _words(span)
    if len([w for w in words if w not in name_connectors().joining]) < MIN_CANDIDATE_WORDS:
        return False
    if all(w in STOPWORDS or w in ALL_HEADS for w in words):
        return False
    # ("Chiefs of the Orrin Council": a title in the plural.)
    if any(
        w in HONORIFICS or is_title_word(w, CORE_TITLES) or w.removesuffix("s") in CORE_TITLES
        for w in words
    ):
        return False
    return words[0] not in given_names()


def org_candidates(sentence: str, unsure: list[NameSpan] | None = None) -> list[NameSpan]:
    """The spans of ``sentence`` that name an organisation by their position (see the
    module's docstring), in order. Title-case lines give none: there every word is
    capitalised, and position says nothing. A subject of a party's verb whose own words
    do not say it is no person ("Dana Ruel has signed a lease": a person or a company)
    is no candidate; it is appended to ``unsure`` when given, for a review note."""
    if is_title_case(sentence):
        return []
    spans = name_spans(sentence)
    trades = trade_heads()
    found: list[NameSpan] = []
    for n, span in enumerate(spans):
        if not _plausible(span):
            continue
        after = sentence[span.end :]
        if after.startswith(":"):
            continue  # "Media: Jo Ray, …": a label, no name
        if _COMPLEMENT.search(sentence[: span.start]):
            continue  # "the city of Port Orrin and …": a complement, no subject
        # ("The Velmar Office announced a partnership between A and B": who announces a
        # deal between two others is no party of it.)
        announcer = re.search(r"\bbetween\b", after) is not None
        if _words(span)[-1] in trades:
            found.append(span)
            continue
        if _acts_as_party(after) and not announcer:
            # ("Dana Ruel has donated her maps": a person acts as a party does; only the
            # name's own words, never the verb alone, make it an organisation.)
            if _person_pronoun_follows(after):
                continue
            if _not_a_person(span):
                found.append(span)
                continue
            if unsure is not None:
                unsure.append(span)
        # "Velmont Freight and Kestrel Rail have signed", "between Orrin Labs and Tavi
        # Motors": names coordinated as the parties of one deal.
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        prv = spans[n - 1] if n > 0 else None
        joined_next = (
            nxt is not None
            and re.fullmatch(r",?\s+and\s+(?:the\s+)?", sentence[span.end : nxt.start]) is not None
        )
        joined_prev = (
            prv is not None
            and re.fullmatch(r",?\s+and\s+(?:the\s+)?", sentence[prv.end : span.start]) is not None
        )
        between = re.search(r"\bbetween\s+(?:the\s+)?$", sentence[: span.start]) is not None
        if (joined_next and nxt is not None and _acts_as_party(sentence[nxt.end :])) or (
            joined_next and between
        ):
            found.append(span)
        elif joined_prev and prv is not None:
            before = re.search(r"\bbetween\s+(?:the\s+)?$", sentence[: prv.start]) is not None
            if before or _acts_as_party(after):
                found.append(span)
    return found
