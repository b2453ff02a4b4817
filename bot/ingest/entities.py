"""People, organisations and initiatives: finding them in a release and declaring them once.

Detection is pattern-based on purpose (no model to download, deterministic drafts):

* acronym definitions, "World Trade Organization (WTO)", found with the
  Schwartz-Hearst matcher, so the long form is trimmed to the words the acronym spells;
* capitalised names headed by a telling word ("Alibaba Group", "... Framework");
* people introduced with a title: "Acme CEO Jane Doe", "UNIDO Director General LI Yong",
  "Jack MA, Founder and Executive Chairman of the Alibaba Group".

The ``Registry`` reconciles everything with the existing knowledge base: an entity the
knowledge base already has (same normalised name or alias) is referenced by its id and
not declared again, and a new entity never takes an alias someone else owns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.kb.models import EntityKind, KnowledgeBase
from bot.textnorm import normalize
from bot.vocab import kind_heads, word_list

# --- lexicons ------------------------------------------------------------------------

# The vocabulary is data in bot/vocab/ (one file per word list), shared with the engine.
# A title needs one of these ...
CORE_TITLES = word_list("title_words")
# ... and may be dressed with these.
TITLE_MODIFIERS = word_list("title_modifiers")
TITLE_WORDS = CORE_TITLES | TITLE_MODIFIERS
HONORIFICS = word_list("honorifics")
NAME_PARTICLES = {
    "de",
    "da",
    "van",
    "von",
    "der",
    "den",
    "del",
    "bin",
    "binti",
    "al",
    "la",
    "le",
    "di",
    "du",
    "dos",
    "das",
}
STOPWORDS = {
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "with", "and",
    "but", "or", "of", "to", "by", "from", "as", "its", "our", "their", "his", "her", "we",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "about", "according", "after",
    "during", "since", "while", "when", "it", "he", "she", "they", "i", "you", "both", "all",
    "also", "new", "said", "says", "added", "under", "through", "together", "each", "every",
    "more", "most", "over", "than", "then", "there", "here", "not", "no", "yes", "if", "so",
}  # fmt: skip

# Head words that say what kind of thing a capitalised name is (bot/vocab/kind_heads.yaml).
# Order matters: the first table that knows the head word wins.
KIND_HEADS: tuple[tuple[EntityKind, frozenset[str]], ...] = tuple(
    (EntityKind(kind), words) for kind, words in kind_heads()
)
_ALL_HEADS = frozenset().union(*(heads for _, heads in KIND_HEADS))
ALL_HEADS = _ALL_HEADS  # every head word, of any kind
# Heads so generic that "The Company" or "the Platform" alone is not a name.
_CORP_SUFFIXES = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "ag",
    "sa",
    "s.a.",
    "gmbh",
    "nv",
    "n.v.",
}

_TOKEN_RE = re.compile(r"\([^()\s]{2,15}\)|[^\W_][\w'’.&-]*|[^\s\w]")
# A capitalised word of letters (any script: "José", "Øystein"), or an initial ("F.").
_NAME_TOKEN_RE = re.compile(r"(?:[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]\.)")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")


# Letters that accent-stripping leaves alone, spelled out so ids stay readable
# ("Øystein Ødegård" -> "oystein-odegard", not "ystein-degard").
_TRANSLITERATE = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"}
)  # fmt: skip


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """An id-safe slug (^[a-z0-9][a-z0-9._-]*$); "entity" when nothing Latin is left."""
    words = normalize(text.translate(_TRANSLITERATE)).split()[:max_words]
    slug = re.sub(r"[^a-z0-9._-]", "", "-".join(words))[:max_len].strip("-._")
    slug = re.sub(r"-{2,}", "-", slug)
    return slug if slug and slug[0].isalnum() else "entity"


def strip_possessive(token: str) -> str:
    return _POSSESSIVE_RE.sub("", token)


def guess_kind(name: str) -> EntityKind:
    """Organisation, initiative, agreement ... from the name's head word."""
    words = [strip_possessive(w).lower() for w in re.findall(r"[\w'’.&-]+", name)]
    if not words:
        return EntityKind.ORGANIZATION
    if name[:1].islower():
        return EntityKind.TOPIC
    # The head is the last word before "of"/"for", or the last word (skipping years).
    head_zone = words
    for connector in ("of", "for", "on"):
        if connector in words[1:]:
            head_zone = words[: words.index(connector, 1)]
            break
    head_zone = [w for w in head_zone if not re.fullmatch(r"[\d-]+", w)] or words
    for word in reversed(head_zone):
        for kind, heads in KIND_HEADS:
            if word in heads:
                return kind
    for word in reversed(words):
        for kind, heads in KIND_HEADS:
            if word in heads:
                return kind
    return EntityKind.ORGANIZATION


def is_title_word(word: str, words: frozenset[str] = TITLE_WORDS) -> bool:
    """A title word, hyphenated forms included ("Secretary-General", "Director-General")."""
    low = word.lower().strip(",.")
    return low in words or ("-" in low and all(p in TITLE_WORDS for p in low.split("-") if p))


def is_title_phrase(text: str) -> bool:
    words = [w.lower().strip(",.") for w in text.split()]
    return any(is_title_word(w, CORE_TITLES) for w in words)


def looks_like_acronym(token: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return 2 <= len(letters) <= 12 and sum(ch.isupper() for ch in letters) >= 2


# --- acronyms (Schwartz & Hearst 2003) ---------------------------------------------------


def _long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of ``candidate`` whose letters spell ``short`` (Schwartz-Hearst)."""
    s_chars = [c.lower() for c in short if c.isalnum()]
    if not s_chars or not s_chars[0].isalpha():
        return None
    lf = candidate
    s_index = len(s_chars) - 1
    l_index = len(lf) - 1
    while s_index >= 0:
        c = s_chars[s_index]
        while l_index >= 0 and (
            lf[l_index].lower() != c or (s_index == 0 and l_index > 0 and lf[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    result = lf[l_index + 1 :].strip()
    return result or None


@dataclass(frozen=True, slots=True)
class AcronymDef:
    long: str
    short: str


_GENERIC_SHORT = {
    "company", "bank", "partnership", "agreement", "transaction", "offering", "notes", "fund",
    "we", "us", "our", "group", "parties", "party", "program", "programme", "platform",
    "initiative", "merger", "acquisition", "deal", "plan", "issuer", "trust", "borrower",
}  # fmt: skip


def find_acronyms(sentence: str) -> list[AcronymDef]:
    """ "Long Form (LF)" and "LF (Long Form)" definitions in one sentence."""
    found: list[AcronymDef] = []
    for match in re.finditer(r"\(([^()]{2,80})\)", sentence):
        inner = match.group(1).strip()
        # "(KFDA, www.kfda.go.kr)": the acronym, then a web address or a ticker.
        inner = re.sub(r",\s*(?:www\.|https?://|[A-Z]+:).*$", "", inner)
        before = sentence[: match.start()].rstrip()
        # "Amarillo Biosciences, Inc. (ABI)": the long form is the name before its suffix.
        before_core = re.sub(r",?\s+(?:Inc|Corp|Ltd|LLC|Co|plc|AG|SA|NV)\.?$", "", before)
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{1,11}s?", inner) and looks_like_acronym(inner):
            short = inner
            words = before_core.split()
            n = len(re.sub(r"[^A-Za-z0-9]", "", short))
            candidate = " ".join(words[-min(n + 5, n * 2) :])
            # Never reach back over a clause boundary.
            candidate = re.split(r"[,;:()\"“”]", candidate)[-1]
            long = _long_form(
                short.rstrip("s") if short.endswith("s") and short[:-1].isupper() else short,
                candidate,
            )
            if long is None:
                # The letters may spell another language's name ("Norwegian University of
                # Science and Technology (NTNU)"): take a capitalised name with a head word.
                run = re.search(
                    r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?){1,8}[A-Z][\w&'’.-]*)$",
                    before,
                )
                if run and any(w.lower() in _ALL_HEADS for w in run.group(1).split()):
                    long = run.group(1)
            if long and len(long) > len(short) and " " in long.strip():
                long = re.sub(r"^(?:the|a|an)\s+", "", long, flags=re.IGNORECASE)
                found.append(AcronymDef(long.strip(" ,"), short))
        elif defined := re.fullmatch(r"(?:the\s+)?[\"“]([^\"”]{2,40})[\"”]", inner, re.IGNORECASE):
            # A defined short name: 'Fabrikam Cloud Services Ltd. ("Fabrikam")'.
            short = defined.group(1).strip()
            # 'Fortress Biotech, Inc. (Nasdaq: FBIO) ("Fortress")': skip the ticker.
            before = re.sub(r"(?:\s*\([^()]*\))+\s*$", "", before)
            run = re.search(r"((?:[A-Z0-9][\w&'’.-]*[\s,]+){0,7}[A-Z0-9][\w&'’.-]*)[\s,]*$", before)
            if run and short.lower() not in _GENERIC_SHORT and short[:1].isupper():
                long = re.sub(r"^(?:The)\s+", "", run.group(1)).strip(" ,")
                if normalize(long) != normalize(short) and len(long.split()) >= 2:
                    found.append(AcronymDef(long, short))
        elif len(inner.split()) >= 2 and inner[:1].isupper():
            # The reversed form: "UNIDO (United Nations Industrial Development Organization)".
            last = re.search(r"([A-Za-z][A-Za-z0-9&.\-]{1,11})$", before)
            if last and looks_like_acronym(last.group(1)):
                long = _long_form(last.group(1), inner)
                if long and long == inner:
                    found.append(AcronymDef(inner, last.group(1)))
    return found


# --- capitalised names -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return strip_possessive(self.text.rstrip(",")).lower().rstrip(".") or self.text.lower()


def tokens(sentence: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]


def _capitalised(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        or bool(re.match(r"[A-Za-z]?[A-Z]", tok.text))
        or tok.text[:1].isdigit()
    )


def find_named_things(sentence: str) -> list[str]:
    """Capitalised names headed by an organisation/initiative/agreement word."""
    toks = tokens(sentence)
    out: list[str] = []
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i]) or toks[i].low in STOPWORDS - {"new"}:
            i += 1
            continue
        j = i
        run = [toks[i]]
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            words_so_far = {t.low for t in run}
            if nxt.low in HONORIFICS or (nxt.low in CORE_TITLES and words_so_far & _ALL_HEADS):
                break  # "Lumen Health Foundation President Dr. Amara Okafor"
            capital_word = _capitalised(nxt) and not nxt.text.startswith("(")
            connector = (
                (
                    nxt.low in {"of", "for", "on", "de", "&", "the"}
                    # "University of Science and Technology", but not "UNIDO and Alibaba".
                    or (nxt.low == "and" and bool(words_so_far & {"of", "for"}))
                )
                and j + 2 < len(toks)
                and _capitalised(toks[j + 2])
                and not run[-1].text.endswith(("'s", "’s"))
            )
            if not (capital_word or connector):
                break
            run.append(nxt)
            j += 1
            if run[-1].text.endswith(("'s", "’s")):
                break
        i = j + 1
        # Without "of", the name ends at its last head word (and a year after it):
        # "Acme Foundation Fellows" -> "Acme Foundation".
        lows = [t.low for t in run]
        if not {"of", "for"} & set(lows):
            heads = [k for k, w in enumerate(lows) if w in _ALL_HEADS]
            if heads:
                end = heads[-1] + 1
                while end < len(run) and re.fullmatch(r"[\d–-]+", run[end].text.rstrip(".")):
                    end += 1
                run = run[:end]
        # Trailing connectors are not part of the name.
        while run and run[-1].low in {"of", "for", "on", "de", "&", "the"}:
            run.pop()
        words = [t.low for t in run]
        if len(run) < 2 or not any(w in _ALL_HEADS for w in words):
            continue
        if len(run) >= 4 and all(t.text.isupper() or not t.text[:1].isalpha() for t in run):
            continue  # a headline in capitals, not a name
        if all(w in _ALL_HEADS or w in STOPWORDS or w in TITLE_WORDS for w in words):
            continue  # "The Company", "Board of Directors"
        if words[0] in _CORP_SUFFIXES:
            continue
        start = run[0].start
        # "The Coast and Canal Initiative": a programme's name may hold "and" ("UNIDO and
        # Alibaba Group" stays two names: organisations, or an acronym before "and").
        k = toks.index(run[0])
        if (
            k >= 2
            and toks[k - 1].low == "and"
            and _capitalised(toks[k - 2])
            and not toks[k - 2].text.isupper()
            and toks[k - 2].low not in _ALL_HEADS | STOPWORDS
            and (k == 2 or toks[k - 3].low in {"the", ",", "of"})
            and guess_kind(sentence[start : run[-1].end].rstrip(".,"))
            in (EntityKind.INITIATIVE, EntityKind.EVENT, EntityKind.AGREEMENT)
        ):
            start = toks[k - 2].start
        name = sentence[start : run[-1].end]
        # "University of Houston and Texas Southern University": two names, each with a
        # head word of its own ("University of Science and Technology" stays one).
        left, sep, right = name.partition(" and ")
        if (
            sep
            and any(w.lower().strip(".,") in _ALL_HEADS for w in right.split())
            and any(w.lower().strip(".,") in _ALL_HEADS for w in left.split())
            and right[:1].isupper()
        ):
            out.append(strip_possessive(left).rstrip(".,"))
            name = right
        out.append(
            strip_possessive(name).rstrip(".,")
            if not name.endswith(("Inc.", "Corp.", "Co.", "Ltd."))
            else name
        )
    return out


# --- people --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRef:
    name: str
    title: str | None = None
    # The organisation as the release writes it ("the Alibaba Group", "UNIDO").
    organization: str | None = None


def _name_like(tok: Token, known_acronyms: set[str]) -> bool:
    text = strip_possessive(tok.text).rstrip(",")
    if len(text) > 2 and text.endswith("."):
        text = text[:-1]  # "Brenner." ends the sentence; "J." is an initial
    if re.fullmatch(r"[A-Z]\.|[B-HJ-Z]", text):
        return True  # an initial, with or without its full stop ("Lindsay A. Rosenwald")
    low = text.lower().rstrip(".")
    if low in STOPWORDS or is_title_word(low) or low in _ALL_HEADS or low in HONORIFICS:
        return False
    if text in known_acronyms or not text[:1].isupper() or not _NAME_TOKEN_RE.fullmatch(text):
        return False
    # Long all-capital words are acronyms ("NASA"), except a capitalised family name
    # next to a given name, which is checked by the caller.
    return not (text.isupper() and len(text) > 5)


def clean_name(name: str) -> str:
    name = re.sub(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hon|Rev|H\.E)\.?\s+)+", "", name.strip())
    return (
        strip_possessive(name.strip(" ,."))
        if not re.search(r"\b[A-Z]\.$", name)
        else name.strip(" ,")
    )


def split_title_org(text: str) -> tuple[str | None, str | None]:
    """ "Founder and Executive Chairman of the Alibaba Group" -> (title, organisation)."""
    text = re.sub(r"^(?:the|a|an|its|our)\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    if not is_title_phrase(text):
        return None, None
    poss = re.match(
        r"^(?P<org>\w[\w.&-]*(?:\s+\w[\w.&-]*)*?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?P<title>.+)$", text
    )
    if poss and poss.group("org")[:1].isupper() and is_title_phrase(poss.group("title")):
        return poss.group("title"), poss.group("org")
    if re.match(r"^(?:company|firm|group|organi[sz]ation)(?:'s|’s)\s+", text, re.IGNORECASE):
        return re.sub(r"^\S+\s+", "", text), None
    # "Head of Research at Acme": "at" always introduces the organisation. With "of",
    # try the rightmost split whose title does not end in an organisation word, so
    # "Minister of Foreign Affairs of Japan" and "Director of the Bank of England" both
    # come apart in the right place. Glued forms ("Trade Council Secretary-General",
    # "Founder Harbour Lights Kitchen") come apart at the title words.
    at_split = _split_at(text, r"at|with")
    if at_split:
        return at_split
    glued = _split_glued(text)
    if glued:
        return glued
    of_split = _split_at(text, r"of|for")
    if of_split:
        return of_split
    return text, None


def _split_at(text: str, connector: str) -> tuple[str, str] | None:
    splits = list(re.finditer(rf"\s+(?:{connector})\s+(?:the\s+)?(?=\w)", text))
    for match in reversed(splits):
        title = text[: match.start()].strip()
        org = text[match.end() :].strip()
        last = title.split()[-1].lower() if title.split() else ""
        # "Head of Sustainable Finance" is a whole title: a head is always "of" something;
        # "head of the Philippine News Agency" is a title at an organisation.
        org_words = {w.lower().strip(".,") for w in org.split()}
        if (
            title.lower() == "head"
            and connector == r"of|for"
            and not org_words & dict(KIND_HEADS)[EntityKind.ORGANIZATION]
        ):
            continue
        brand = re.match(r"[A-Z]|[a-z]{1,3}[A-Z]", org) is not None  # "myLEADERBOARD", "eBay"
        if brand and is_title_phrase(title) and last not in _ALL_HEADS:
            return title, org
    return None


def _split_glued(text: str) -> tuple[str, str] | None:
    """ "Fenwold President Europe" -> (President Europe, Fenwold); "Founder Harbour
    Lights Kitchen" -> (Founder, Harbour Lights Kitchen). Capitalised words only."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in {"of", "for", "&"} for w in words):
        return None
    titles = [is_title_word(w) for w in words]
    if not titles[0]:
        # Organisation first: every word up to the first title word.
        first = titles.index(True) if True in titles else len(words)
        if first == len(words) or any(w.lower() in STOPWORDS for w in words[:first]):
            return None
        return " ".join(words[first:]), " ".join(words[:first])
    # Title first, then an organisation with no "of": "Founder Harbour Lights Kitchen".
    end = 1
    while end < len(words) and titles[end]:
        end += 1
    rest = words[end:]
    if (
        len(rest) >= 2
        and not any(w.lower() in {"of", "for"} for w in rest)
        and not any(is_title_word(w) for w in rest)  # "Chief Diagnostics Officer" is one title
    ):
        return " ".join(words[:end]), " ".join(rest)
    return None


def _all_name_like(text: str, known_acronyms: set[str]) -> bool:
    toks = [t for t in tokens(text) if t.low.rstrip(".") not in HONORIFICS]
    return 1 <= len(toks) <= 4 and all(
        _name_like(t, known_acronyms) or t.low in NAME_PARTICLES for t in toks
    )


_DEGREE = re.compile(
    r"(?:Ph\.?\s?D|M\.?D|MBA|M\.?Sc|B\.?Sc|Jr|Sr|II|III|IV|Esq|CPA|CFA|FRS|OBE|CBE|MBE|KBE|DBE|PE)\.?",
    re.IGNORECASE,
)


def parse_person_phrase(phrase: str, known_acronyms: set[str]) -> PersonRef | None:
    """Who is speaking: "Jane Doe, CEO of Acme", "Acme CEO Jane Doe", "LI Yong"."""
    phrase = phrase.strip(" ,.;:")
    phrase = re.sub(r"^(?:the\s+)?(?:company's|firm's)\s+", "", phrase)
    head, _, tail = phrase.partition(",")
    # "Fabrikam's Managing Director for the UK, Tom Gallagher": title first, then the name.
    second = tail.split(",")[0].strip()
    if is_title_phrase(head) and second and _all_name_like(second, known_acronyms):
        lead_title, lead_org = split_title_org(head)
        return PersonRef(name=clean_name(second), title=lead_title, organization=lead_org)
    toks = tokens(head)
    if not toks:
        return None
    # The name is the run of name-like words at the end of the head.
    k = len(toks)
    while k > 0 and (
        _name_like(toks[k - 1], known_acronyms)
        or (toks[k - 1].low in NAME_PARTICLES and k < len(toks) and k > 1)
        or toks[k - 1].low.rstrip(".") in HONORIFICS
    ):
        k -= 1
    name_toks = toks[k:]
    while name_toks and name_toks[0].low.rstrip(".") in HONORIFICS:
        name_toks = name_toks[1:]
    if not name_toks or len(name_toks) > 5:
        return None
    name = clean_name(head[name_toks[0].start : name_toks[-1].end])
    pre = head[: toks[k].start].strip() if k < len(toks) else head
    title: str | None = None
    org: str | None = None
    if pre:
        title, org = _premodifier(pre)
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    # Degrees and suffixes come before the title: "Jane Doe, Ph.D., Director of ...".
    while parts and _DEGREE.fullmatch(parts[0]):
        parts = parts[1:]
    if parts and title is None:
        tail_title, tail_org = split_title_org(parts[0])
        if tail_title:
            title, org = tail_title, tail_org or org
            # "Fortress' Chairman, President and Chief Executive Officer": one title in
            # several comma parts.
            while (
                len(parts) > 1
                and is_title_phrase(parts[1])
                and split_title_org(parts[1])[1] is None
            ):
                title = f"{title}, {parts[1]}"
                parts = parts[1:]
            # "Jane Doe, CEO, Acme Corp": the organisation is the next comma part.
            if (
                org is None
                and len(parts) > 1
                and re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s*){1,6}", parts[1])
            ):
                org = parts[1]
    if len(name.split()) == 1 and title is None and not name[:1].isupper():
        return None
    return PersonRef(name=name, title=title, organization=org)


def _premodifier(before: str) -> tuple[str | None, str | None]:
    """ "Acme Robotics CEO " / "UNIDO Director General " before a name -> (title, org)."""
    toks = tokens(before)
    t = len(toks)
    while (
        t > 0
        and (
            (toks[t - 1].text[:1].isupper() and is_title_word(strip_possessive(toks[t - 1].text)))
            # "Chairman and Chief Executive Officer": "and" between title words.
            or (
                toks[t - 1].low == "and"
                and t > 1
                and t < len(toks)
                and is_title_word(strip_possessive(toks[t - 2].text))
                and toks[t - 2].text[:1].isupper()
            )
        )
    ):
        t -= 1
    if t == len(toks):
        return None, None
    title = before[toks[t].start :].strip()
    if not is_title_phrase(title):
        return None, None
    # The organisation: capitalised words (or a bracketed acronym) right before the title.
    o = t
    while o > 0:
        prev = toks[o - 1]
        named = prev.text.startswith("(") or (prev.text[:1].isupper() and prev.low not in STOPWORDS)
        joined = prev.low in {"of", "for", "&"} and o > 1 and toks[o - 2].text[:1].isupper()
        if not (named or joined):
            break
        o -= 1
    if o == t:
        return title, None
    org = before[toks[o].start : toks[t - 1].end].strip()
    # "United Nations ... Organization (UNIDO)": the acronym names it best.
    bracket = re.search(r"\(([^()]+)\)$", org)
    org = bracket.group(1) if bracket else strip_possessive(org)
    return title, org or None


_AFTER_ORG = re.compile(
    r"\s+(?:and\s+(?:then\s+)?)?(?:said|says|added|adds|stated|noted|explained|commented|"
    r"welcomed|hosted|signed|opened|attended|thanked|announced|led|leads|will|is|was|has|had)\b.*$"
)


_CONNECTORS = {"of", "for", "to", "the", "and", "in", "on", "at", "&"}


def _possessive_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "TSU's Provost and Vice President for Academic Affairs and Research " or
    "Belarus' Permanent Representative to the International Organizations in Vienna "
    right before a name -> (title, organisation). The title runs from the possessive to
    the name, capitalised words and connectors only, and holds a title word."""
    match = re.search(
        r"(?:^|[\s,(])(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:'s|’s|(?<=s)'|(?<=s)’)\s+"
        r"(?P<title>[A-Z][^,;:()\"“”]{2,120}?)\s*$",
        before,
    )
    if match is None:
        return None, None
    title = match.group("title")
    words = title.split()
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
        return None, None
    if not is_title_word(words[0]) or not is_title_phrase(title):
        return None, None
    return title, match.group("org")


def _title_tail(phrase: str) -> str:
    """The title phrase at the end of a clause: "Yumkella held meetings in Brussels with
    EU Commissioner for Development" -> "EU Commissioner for Development".

    The phrase starts at the title (or the capitalised organisation glued before it);
    lower-case words other than connectors and title words end it, reading backwards.
    """
    words = phrase.split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        low = w.lower().strip(",.()")
        keep = (
            w[:1].isupper()
            or w.startswith("(")
            or low in {"of", "for", "the", "and", "&", "at", "on", "de"}
            or is_title_word(low)
        )
        if not keep:
            break
        k -= 1
    tail = words[k:]
    while tail and tail[0].lower() in {"of", "for", "the", "and", "&", "at", "on", "de"}:
        tail = tail[1:]
    # The organisation glued before the title stays; a place before it does not matter
    # here, the title words decide.
    return " ".join(tail) if tail and any(is_title_word(w) for w in tail) else phrase


def _clean_appositive(seg: str) -> str:
    """An appositive title without the verb or the next person after it.

    "CEO of Tidewell Health said" -> "CEO of Tidewell Health"; "Chair of the Lowmarsh
    Council and Osric Pell" -> "Chair of the Lowmarsh Council" (the next signatory).
    """
    seg = _AFTER_ORG.sub("", seg)
    person_next = re.search(
        r"\s+and\s+(?:Mr\.?|Ms\.?|Dr\.?|Prof\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+$", seg
    )
    if person_next and not any(w.lower() in _ALL_HEADS for w in seg[person_next.start() :].split()):
        seg = seg[: person_next.start()]
    return seg


def find_people(sentence: str, known_acronyms: set[str]) -> list[PersonRef]:
    """People introduced with a title in narrative text."""
    toks = tokens(sentence)
    found: list[PersonRef] = []
    n = len(toks)
    i = 0
    while i < n:
        # A run of name-like tokens (2 to 4) that is not preceded by one.
        if not _name_like(toks[i], known_acronyms) or (
            i > 0 and _name_like(toks[i - 1], known_acronyms)
        ):
            i += 1
            continue
        j = i
        while j + 1 < n and _name_like(toks[j + 1], known_acronyms) and j + 1 - i < 4:
            j += 1
        name_toks = toks[i : j + 1]
        i = j + 1
        if not 2 <= len(name_toks) <= 4:
            continue
        if j + 1 < n and toks[j + 1].low in _ALL_HEADS:
            continue  # "Harbour Lights Kitchen" is an organisation, not a person

        name = clean_name(sentence[name_toks[0].start : name_toks[-1].end])
        # Premodifier: "[Org] Title Title Name" just before the name.
        t = name_toks[0]
        before = sentence[: t.start]
        honorific = re.search(
            r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|H\.E)\.?\s+)+$", before
        )
        bare_before = before[: honorific.start()] if honorific else before
        title, org = _premodifier(bare_before)
        if title is None:
            title, org = _possessive_premodifier(bare_before)
        # "Helvetia Bank's Head of Sustainable Finance, Thomas Brunner, ..."
        if title is None:
            lead = re.search(
                r"(?:^|[,;:]\s+)(?:(?:and|or)\s+)?(?:the\s+)?([A-Z][^,;:]{2,160}?),\s*$",
                bare_before,
            )
            phrase = _title_tail(lead.group(1)) if lead else ""
            if phrase and is_title_phrase(phrase) and len(phrase.split()) <= 16:
                title, org = split_title_org(phrase)
        # "The Vice Chancellor, Harrowgate University, Professor Nell Ashdown": title,
        # then its organisation, each between commas.
        if title is None:
            pair = re.search(
                r"(?:^|[,;:]\s+)(?:The\s+)?([A-Z][^,;:]{2,80}?),\s+([A-Z][^,;:]{2,80}?),\s*$",
                bare_before,
            )
            if (
                pair
                and is_title_phrase(pair.group(1))
                and split_title_org(pair.group(1))[1] is None
                and any(w.lower() in _ALL_HEADS for w in pair.group(2).split())
            ):
                title, org = pair.group(1), pair.group(2)
        # "the appointment of Henrietta H Fore as Executive Director of UNICEF"
        as_title = re.match(
            r"\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?([A-Z][^,;()]{2,100})",
            sentence[name_toks[-1].end :],
        )
        if title is None and as_title and is_title_word(as_title.group(1).split()[0]):
            seg = _clean_appositive(as_title.group(1).strip(" ."))
            if is_title_phrase(seg):
                title, org = split_title_org(seg)
        # Appositive: "Name, Title of Org," right after the name.
        after = sentence[name_toks[-1].end :]
        # "LI Yong, and the Deputy Minister …, X": the next conjunct is someone else's title.
        appositive = re.match(r",\s+(?!and\s|or\s)([^,;()]+)", after)
        if title is None and appositive:
            seg = _clean_appositive(appositive.group(1).strip())
            # "Founder of X and a United Nations Youth Envoy", "former X and now Y": two roles.
            halves = re.split(
                r"\s+and\s+(?=(?:a|an|the|now|also|currently|later)\s)", seg, maxsplit=1
            )
            if len(halves) == 2 and all(is_title_phrase(h) for h in halves):
                first_title, first_org = split_title_org(halves[0])
                if first_title:
                    found.append(PersonRef(name=name, title=first_title, organization=first_org))
                seg = re.sub(r"^(?:now|also|currently|later)\s+", "", halves[1])
                if first_org and re.search(r"\bof its\s", seg):
                    # "former Director General of X and now Chair of its Advisory Board"
                    found.append(
                        PersonRef(
                            name=name,
                            title=re.sub(r"\bof its\s", "of the ", seg),
                            organization=first_org,
                        )
                    )
                    seg = ""
            if is_title_phrase(seg) and len(seg.split()) <= 14:
                title, org = split_title_org(seg)
                rest = after[appositive.end() :]
                more = re.match(r",\s+((?:[A-Z][\w.&'’-]*\s*){1,6})(?=[,;.]|$)", rest)
                if org is None and more:
                    org = more.group(1).strip()
        if title is not None or honorific:
            found.append(PersonRef(name=name, title=title, organization=org))
    return found


# --- the registry -------------------------------------------------------------------------


@dataclass(slots=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    summary: str | None = None
    aliases: list[str] = field(default_factory=list)
    # Names this entity knowingly shares with knowledge-base entities (written out).
    shared_aliases: list[str] = field(default_factory=list)
    # Declared elsewhere in the knowledge base; the draft only refers to it.
    existing: bool = False
    # Extra keys used to spot mentions (a person's family name), never written out.
    weak_keys: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class DraftRole:
    entity: str
    title: str
    organization: str | None


class Registry:
    """The draft's entities, reconciled with the knowledge base it will join."""

    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb
        self.entities: dict[str, DraftEntity] = {}
        self.roles: list[DraftRole] = []
        # Things for the reviewer to check, found while reconciling with the knowledge base.
        self.notes: list[str] = []
        self._keys: dict[str, str] = {}
        # Every key any knowledge-base entity claims, and the unambiguous ones.
        self._kb_claimed: set[str] = set()
        self._kb_unique: dict[str, str] = {}
        self._kb_ids: set[str] = set()
        # Organisations by name without "Inc."/"Group"/"AG": "Globex" finds Globex Corporation.
        self._cores: dict[str, set[str]] = {}
        if kb is not None:
            owners: dict[str, set[str]] = {}
            for entity in kb.entities.values():
                self._kb_ids.add(entity.id)
                for label in (entity.name, *entity.aliases, *entity.shared_aliases):
                    key = normalize(label)
                    if key:
                        owners.setdefault(key, set()).add(entity.id)
            self._kb_claimed = set(owners)
            self._kb_unique = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
            for entity in kb.entities.values():
                if entity.kind == EntityKind.ORGANIZATION:
                    self._add_core(entity.name, entity.id)

    # -- lookup ------------------------------------------------------------------------

    def find(self, label: str) -> str | None:
        key = normalize(label)
        if not key:
            return None
        if key in self._keys:
            return self._keys[key]
        kb_id = self._kb_unique.get(key)
        if kb_id is not None:
            return self._reference(kb_id)
        core = core_key(label)
        owners = self._cores.get(core or "", set())
        if len(owners) == 1:
            owner = next(iter(owners))
            return owner if owner in self.entities else self._reference(owner)
        # A one-word short form of a draft organisation: "Globex" for "Globex Corporation",
        # "XYZ" for "XYZ Therapeutics" (only when exactly one organisation fits).
        if len(key.split()) == 1 and len(key) >= 3 and label[:1].isupper():
            fits = [
                e.id
                for e in self.entities.values()
                if e.kind == EntityKind.ORGANIZATION and normalize(e.name).split()[0] == key
            ]
            if len(fits) == 1:
                return fits[0]
        return None

    def _add_core(self, name: str, entity_id: str) -> None:
        core = core_key(name)
        if core:
            self._cores.setdefault(core, set()).add(entity_id)

    def find_person(self, name: str) -> str | None:
        """A person by full name, or by a family/given name that only one person has."""
        found = self.find(name)
        if found and self.entities[found].kind == EntityKind.PERSON:
            return found
        key = normalize(name)
        hits = [
            e.id
            for e in self.entities.values()
            if e.kind == EntityKind.PERSON and key in e.weak_keys
        ]
        return hits[0] if len(hits) == 1 else None

    def _reference(self, kb_id: str) -> str:
        if kb_id not in self.entities:
            assert self.kb is not None
            entity = self.kb.entities[kb_id]
            ref = DraftEntity(
                kb_id, entity.name, entity.kind, entity.summary, list(entity.aliases), existing=True
            )
            self.entities[kb_id] = ref
            for label in (entity.name, *entity.aliases):
                self._keys.setdefault(normalize(label), kb_id)
            if entity.kind == EntityKind.PERSON:
                ref.weak_keys = _person_weak_keys(entity.name)
        return kb_id

    def _unique_id(self, base: str) -> str:
        base = base or "entity"
        candidate, n = base, 2
        while candidate in self.entities or candidate in self._kb_ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # -- adding ------------------------------------------------------------------------

    def add(
        self,
        name: str,
        kind: EntityKind,
        *,
        aliases: Iterable[str] = (),
        summary: str | None = None,
        id_hint: str | None = None,
    ) -> str:
        """The id of the entity called ``name`` (or any alias), declaring it if new."""
        name = name.strip()
        aliases = [a.strip() for a in aliases if a.strip()]
        for label in (name, *aliases):
            found = self.find(label)
            if found is not None:
                entity = self.entities[found]
                if not entity.existing:
                    self._add_aliases(entity, [name, *aliases])
                    if entity.summary is None:
                        entity.summary = summary
                return found
        entity = DraftEntity(self._unique_id(slugify(id_hint or name)), name, kind, summary)
        if normalize(name) in self._kb_claimed:
            # Several knowledge-base entities already share this name (as a shared
            # alias), so which one is meant cannot be told; declare a new one that shares
            # it too, and let the reviewer merge it if it is one of them.
            entity.shared_aliases.append(name)
            self.notes.append(
                f"{name!r} is a name several entities share in the knowledge base; "
                f"check whether {entity.id!r} is one of them"
            )
        self.entities[entity.id] = entity
        self._keys[normalize(name)] = entity.id
        self._add_aliases(entity, aliases)
        if kind == EntityKind.PERSON:
            entity.weak_keys = _person_weak_keys(name)
        elif kind == EntityKind.ORGANIZATION:
            self._add_core(name, entity.id)
        return entity.id

    def _add_aliases(self, entity: DraftEntity, labels: Iterable[str]) -> None:
        for label in labels:
            key = normalize(label)
            if not key or label in entity.aliases:
                continue
            owner = self._keys.get(key)
            if owner == entity.id and normalize(entity.name) == key:
                continue
            # An alias another entity (here or in the knowledge base) owns would make
            # the loader reject the draft; leave it out.
            if (owner is not None and owner != entity.id) or key in self._kb_claimed:
                continue
            if owner == entity.id:
                continue
            entity.aliases.append(label)
            self._keys[key] = entity.id

    def add_role(self, entity: str, title: str, organization: str | None) -> None:
        role = DraftRole(entity, title.strip(" ,."), organization)
        if any(
            r.entity == entity and normalize(r.title) == normalize(role.title) for r in self.roles
        ):
            return
        self.roles.append(role)

    def acronyms(self) -> set[str]:
        return {
            a
            for e in self.entities.values()
            if e.kind != EntityKind.PERSON
            for a in e.aliases
            if looks_like_acronym(a)
        }

    # -- mentions ----------------------------------------------------------------------

    def link_known(self, text: str) -> None:
        """Reference knowledge-base entities the release names (case-sensitively).

        Only names and aliases with a capital letter (or non-Latin script) count, written
        exactly as in the knowledge base, so a lowercase alias such as "the meeting"
        never links an unrelated release to an old event.
        """
        if self.kb is None:
            return
        # Candidates come from the text's own word n-grams, so the cost follows the
        # release's length, not the size of the knowledge base.
        words = normalize(text).split()
        candidates: set[str] = set()
        for i in range(len(words)):
            for size in range(1, min(10, len(words) - i) + 1):
                owner = self._kb_unique.get(" ".join(words[i : i + size]))
                if owner is not None:
                    candidates.add(owner)
        for entity_id in sorted(candidates):
            entity = self.kb.entities[entity_id]
            for label in (entity.name, *entity.aliases):
                if len(label) < 2 or not (any(ch.isupper() for ch in label) or not label.isascii()):
                    continue
                if label.isascii():
                    found = re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text) is not None
                else:
                    found = label in text
                if found:
                    self._reference(entity.id)
                    break

    def mentions(self, text: str) -> list[str]:
        """Entity ids whose name, alias or (for people) family name occurs in ``text``."""
        words = normalize(text).split()
        weak: dict[str, list[str]] = {}
        for entity in self.entities.values():
            keys = set(entity.weak_keys)
            if entity.kind == EntityKind.ORGANIZATION:
                # "Alibaba" for Alibaba Group, "Globex" for Globex Corporation.
                keys.add(core_key(entity.name) or "")
            for key in keys - {""}:
                weak.setdefault(key, []).append(entity.id)
        found: list[str] = []
        i = 0
        while i < len(words):
            hit: tuple[int, str] | None = None
            for size in range(min(10, len(words) - i), 0, -1):
                key = " ".join(words[i : i + size])
                owner = self._keys.get(key)
                if owner is None and len(weak.get(key, [])) == 1:
                    owner = weak[key][0]
                if owner is not None:
                    hit = (size, owner)
                    break
            if hit:
                if hit[1] not in found:
                    found.append(hit[1])
                i += hit[0]
            else:
                i += 1
        return found


_CORE_SUFFIXES = {
    "inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa",
    "asa", "ab", "gmbh", "nv", "bv", "spa", "se", "group", "holdings", "holding",
}  # fmt: skip


def core_key(label: str) -> str | None:
    """ "Globex Corporation", "Helvetia Bank AG" -> "globex", "helvetia bank"."""
    words = normalize(label).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _CORE_SUFFIXES:
        words = words[:-1]
    return " ".join(words) or None


def _person_weak_keys(name: str) -> set[str]:
    parts = normalize(name).split()
    if len(parts) < 2:
        return set()
    # Both ends: "Doe" in Western order, "Li" in "LI Yong" (family name first, in capitals).
    return {p for p in (parts[0], parts[-1]) if len(p) >= 2} | {normalize(name)}
