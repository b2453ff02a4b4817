"""Acronym definitions: "World Trade Organization (WTO)" and "UNIDO (United …)".

The long form is trimmed with the Schwartz & Hearst (2003) matcher to the words the
acronym spells; a defined short name ('Fabrikam Cloud Services Ltd. ("Fabrikam")') counts too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.ingest.name_spans import name_words_pattern
from bot.ingest.words import (
    ALL_HEADS,
    STOPWORDS,
    is_country,
    is_demonym,
    is_title_word,
    looks_like_acronym,
)
from bot.textnorm import normalize

# --- acronyms (Schwartz & Hearst 2003) ---------------------------------------------------


def _long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of ``candidate`` whose letters spell ``short`` (Schwartz-Hearst)."""
    s_chars = [_fold_letter(c) for c in short if c.isalnum()]
    if not s_chars or not s_chars[0].isalpha():
        return None
    # ("Fédération Velmontaise de Normalisation (FEVNOR)": an accented letter spells its base letter;
    # folded one letter at a time, so the offsets stay those of ``candidate``.)
    lf = "".join(_fold_letter(c) for c in candidate)
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
    result = candidate[l_index + 1 :].strip()
    return result or None


def _fold_letter(char: str) -> str:
    """``char`` in lower case without its accent ("Ô" -> "o"), always one character."""
    base = unicodedata.normalize("NFKD", char)[:1] or char
    return base.lower()[:1] or char


def initials_form(short: str, candidate: str) -> str | None:
    """The tail of ``candidate`` whose capitalised words' initials spell ``short`` exactly
    ("Aldorian Association of Rural Colleges and Universities" for AARCU, where the
    letter matcher stops at "Association", whose own letters hold the second A)."""
    letters = short.upper()
    if not letters.isalpha() or not letters.isupper():
        return None
    words = candidate.split()
    initials = ""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in {"of", "and", "for", "the", "on", "de", "&", "in", "at", "a", "an"}:
            continue
        if not word[:1].isupper():
            return None
        initials = word[0] + initials
        if len(initials) == len(letters):
            return " ".join(words[index:]) if initials.upper() == letters else None
    return None


# Capitalised names joined by one comma ("Institute of Microbiology, Chinese Academy of
# Sciences"), connectors allowed inside each.
# (One name-span grammar: the connectors are bot/vocab/name_connectors.yaml's, "and"
# too, since the comma or bracket around an acronym tells where the name ends.)
_NAME_WORDS = name_words_pattern(extra=("and",))
_CAPITALISED_NAMES = rf"(?:the\s+|The\s+)?{_NAME_WORDS},\s+{_NAME_WORDS}"


# A name whose words list adjectives of its field with commas, "and" before the last:
# "Meteorological, Climatological, and Geophysical Agency".
_ADJECTIVE_LIST_NAME = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+)*(?:[A-Z][a-z]+(?:al|ic),\s+)+(?:and\s+)?"
    r"(?:[A-Z][\w&'’.-]*\s+)*[A-Z][\w&'’.-]*)$"
)


@dataclass(frozen=True, slots=True)
class AcronymDef:
    long: str
    short: str


_GENERIC_SHORT = {
    "company", "bank", "partnership", "agreement", "transaction", "offering", "notes", "fund",
    "we", "us", "our", "group", "parties", "party", "program", "programme", "platform",
    "initiative", "merger", "acquisition", "deal", "plan", "issuer", "trust", "borrower",
}  # fmt: skip


def _one_word_brand(short: str, long: str) -> bool:
    """ "GLOBALFOUNDRIES (GF)", "MediaTek (MT)": a one-word name written in capitals or
    with inner capitals, long beside its short form, the short form's letters its own
    capitals in order (inner capitals, or any for a name in capitals)."""
    word = long.strip()
    if not re.fullmatch(r"[A-Za-z]{6,}", word) or not 2 <= len(short) <= 4:
        return False
    if not short.isupper() or word[0] != short[0]:
        return False
    capitals = word if word.isupper() else "".join(c for c in word if c.isupper())
    if not word.isupper() and capitals != short:
        return False
    return _long_form(short, capitals) is not None


_MARKS = re.compile(r"[\u00ae\u2122\u2120]")


def find_acronyms(sentence: str) -> list[AcronymDef]:
    """ "Long Form (LF)" and "LF (Long Form)" definitions in one sentence."""
    found: list[AcronymDef] = []
    # ("ORRINWORKS® (OW®)": a trade mark's sign is no letter of the name or its short form.)
    sentence = _MARKS.sub("", sentence)
    for match in re.finditer(r"\(([^()]{2,80})\)", sentence):
        inner = match.group(1).strip()
        # "(KFDA, www.kfda.go.kr)": the acronym, then a web address or a ticker.
        inner = re.sub(r",\s*(?:www\.|https?://|[A-Z]+:).*$", "", inner)
        # 'the Orrin Sciences Council ("OSC")': an acronym in quotes is defined the same.
        quoted = re.fullmatch(r"[\"“]([A-Za-z][A-Za-z0-9&.\-]{1,11})[\"”]", inner)
        if quoted and quoted.group(1)[1:] != quoted.group(1)[1:].lower():
            inner = quoted.group(1)
        before = sentence[: match.start()].rstrip()
        # "Amarillo Biosciences, Inc. (ABI)": the long form is the name before its suffix.
        before_core = re.sub(r",?\s+(?:Inc|Corp|Ltd|LLC|Co|plc|AG|SA|NV)\.?$", "", before)
        # ("the Orrin Fund's (OF) programme": the owner's possessive is no part of its name.)
        before_core = re.sub(r"(?<=[A-Za-z])(?:'s|\u2019s)$", "", before_core)
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{1,11}s?", inner) and looks_like_acronym(inner):
            short = inner
            words = before_core.split()
            n = len(re.sub(r"[^A-Za-z0-9]", "", short))
            whole = " ".join(words[-min(n + 5, n * 2) :])
            # Never reach back over a clause boundary.
            candidate = re.split(r"[,;:()\"“”]", whole)[-1]
            spelled = short.rstrip("s") if short.endswith("s") and short[:-1].isupper() else short
            long = initials_form(spelled, candidate) or _long_form(spelled, candidate)
            aligned = _aligned_form(short, before_core, whole_word_only=True)
            if aligned is not None and (long is None or len(aligned) > len(long)):
                # ("Kestrel Holdings KSL Group (KSL)": the short form is a word of the
                # name, not its initials; the name is the whole run.)
                long = aligned
            if long is None and re.search(r"[\"“”]", whole):
                # 'the "Lantern Hope" Foundation (LHF)': quotes inside the name.
                bare = re.split(r"[,;:()]", re.sub(r"[\"“”]", "", whole))[-1]
                spelled_out = initials_form(spelled, bare)
                if spelled_out:
                    quote = r"[\"“”]?"
                    pattern = quote + rf"{quote}\s+{quote}".join(
                        re.escape(w) for w in spelled_out.split()
                    )
                    written = list(re.finditer(pattern + quote, whole))
                    long = written[-1].group(0) if written else None
            if long is None:
                # ... except a comma inside the name of a unit and its parent: "Institute
                # of Microbiology, Chinese Academy of Sciences (IMCAS)".
                across = _long_form(spelled, re.split(r"[;:()\"“”]", whole)[-1])
                if across and re.fullmatch(_CAPITALISED_NAMES, across):
                    long = across
            if long is None:
                # The letters may spell another language's name ("Norwegian University of
                # Science and Technology (NTNU)"): take a capitalised name with a head word.
                # ("Ministry of Harbours & Fisheries of the Republic of Orrin (MHF)": an
                # ampersand joins a name's words as "and" does.)
                run = re.search(
                    r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|de|&)\s+(?:the\s+)?)?){1,8}[A-Z][\w&'’.-]*)$",
                    before,
                )
                if run and any(w.lower() in ALL_HEADS for w in run.group(1).split()):
                    long = run.group(1)
                # ("Orrin Meteorological, Climatological, and Geophysical Agency (OMKG)":
                # adjectives of a field listed with commas are words of one name.)
                listed = _ADJECTIVE_LIST_NAME.search(before)
                if (
                    listed
                    and listed.group(1).split()[-1].lower() in ALL_HEADS
                    and len(listed.group(1).split()) <= 10
                    and (long is None or len(listed.group(1)) > len(long))
                ):
                    long = listed.group(1)
            if long is not None and " " not in long.strip():
                # "GLOBALFOUNDRIES (GF)", "PricewaterhouseCoopers (PwC)": one word's parts.
                parts = _one_word_form(short, before_core)
                if parts is not None:
                    found.append(AcronymDef(parts, short))
                    continue
            if (
                long
                and len(long) > len(short)
                and (" " in long.strip() or _one_word_brand(short, long))
            ):
                long = _past_and_the(spelled, long)
                long = re.sub(r"^(?:the|a|an)\s+", "", long, flags=re.IGNORECASE)
                long = _whole_name(long, before_core)
                long = _without_title(long)
                found.append(AcronymDef(long.strip(" ,"), short))
            elif common := _common_noun_form(short, before):
                found.append(AcronymDef(common, short))
        elif common := _common_noun_form(inner, before):
            found.append(AcronymDef(common, inner))
        elif brand := _brand_form(inner, before_core):
            found.append(AcronymDef(brand, inner))
        elif place_led := _place_led_form(inner, before):
            found.append(AcronymDef(place_led, inner))
        elif tail_led := _tail_led_form(inner, before):
            found.append(AcronymDef(tail_led, inner))
        elif head_led := _head_led_form(inner, before_core):
            found.append(AcronymDef(head_led, inner))
        elif short_name := _short_name_form(inner, before_core):
            found.append(AcronymDef(short_name, inner))
        elif aligned := _aligned_form(inner, before_core):
            found.append(AcronymDef(aligned, inner))
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
        elif len(inner.split()) >= 2 and inner[:1].isalpha():
            # The reversed form: "UNIDO (United Nations Industrial Development Organization)",
            # or a common noun: "an HBCU (historically black college and university)".
            # ('the “OBOR”(One Belt One Road) plan': the acronym may be in quotes.)
            last = re.search(r"([A-Za-z][A-Za-z0-9&.\-]{1,11})[\"”’']?$", before)
            if last and looks_like_acronym(last.group(1)):
                short = last.group(1)
                if inner[:1].isupper():
                    long = _long_form(short, inner)
                    if long and long == inner:
                        found.append(AcronymDef(inner, short))
                elif _spells_initials(short, inner):
                    # Lower-case words spell it by their initials only: a letter matcher
                    # would take any phrase ("FDA (for details see)").
                    found.append(AcronymDef(inner, short))
    found.extend(_appositions(sentence))
    found.extend(
        d for d in _spelled_appositions(sentence) if d.short not in {f.short for f in found}
    )
    found.extend(_known_as(sentence))
    found.extend(d for d in _or_forms(sentence) if d.short not in {f.short for f in found})
    return found


def _past_and_the(short: str, long: str) -> str:
    """The name after the last "and the" of a letter-matched ``long`` that reached back
    over it for its first letters ("Jane Doe and the German Patent and Trademark Office
    (DPMA)": the short form spells another language's name, and the words before "and
    the" are another party's or a person's), also when no letters matched and the long
    form is the capitalised run before the acronym; ``long`` itself otherwise."""
    if initials_form(short, long) == long:
        return long
    parts = re.split(r"\s+and\s+the\s+", long)
    tail = parts[-1]
    words = tail.split()
    if (
        len(parts) > 1
        and len(words) >= 2
        and all(w[:1].isupper() or w in {"of", "for", "and", "&", "on", "de"} for w in words)
        and words[-1].lower() in ALL_HEADS
    ):
        return tail
    return long


def _one_word_form(short: str, before: str) -> str | None:
    """The one word before ``(short)`` that ``short`` abbreviates by its parts: the word
    starts with the short form's first letter and holds its other letters in order, each
    capital at a capital of a word written in mixed case ("GlobalFoundries (GF)",
    "PricewaterhouseCoopers (PwC)") or anywhere in a word in capitals ("GLOBALFOUNDRIES
    (GF)"); at least three letters longer than it (Schwartz & Hearst's letter matcher,
    kept to one word). A country or a nationality is never a short form's long one."""
    found = re.search(r"(?<![\w&'’.-])([A-Z][A-Za-z]+)$", before)
    if found is None:
        return None
    word = found.group(1)
    letters = [c for c in short if c.isalpha()]
    if (
        len(word) < len(letters) + 3
        or not letters
        or word[0] != letters[0].upper()
        or is_country(word)
        or is_demonym(word)
        or (word.isupper() and len(letters) < 2)
    ):
        return None
    capitals_only = not word.isupper()
    at = 1
    for letter in letters[1:]:
        while at < len(word) and (
            word[at].lower() != letter.lower()
            or (capitals_only and letter.isupper() and not word[at].isupper())
        ):
            at += 1
        if at >= len(word):
            return None
        at += 1
    return word


# Articles in the languages releases are written in: never the first word of a name.
_ARTICLES = {"la", "le", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "de"}


def _whole_name(long: str, before: str) -> str:
    """The organisation's whole name when capitalised words the acronym skips open it:
    "Tavelsund Orrin Dunmar Institute (ODI)" is the institute's name, ODI its
    acronym from the words after the founder's name. Only one or two such words, right
    after a boundary (the text's start, punctuation or a lower-case word), and only
    for a name with an organisation's head word."""
    if not before.endswith(long) or not any(w.lower() in ALL_HEADS for w in long.split()):
        return long
    # ("the UN Harbour and Fisheries Organization (HFO)": a short word in capitals, the
    # body it belongs to, opens the name too.)
    run = re.search(
        r"(?:^|(?<=[\s(\u2013\u2014-])|(?<=[a-z,;:]\s))"
        r"((?:(?:[A-Z][a-z][\w'’]*|[A-Z]{2,3}|(?:[A-Z]\.){2,3})\s+){1,2})$",
        before[: len(before) - len(long)],
    )
    if run is None:
        return long
    # (The words must not be a sentence's first word, nor a title or a small word.)
    start = run.start(1)
    head = before[:start].rstrip()
    opens_sentence = not head or head.endswith((".", "!", "?", "\u201c", '"'))
    words = run.group(1).split()
    if opens_sentence or any(
        w.lower() in STOPWORDS
        or w.lower() in _ARTICLES
        or is_title_word(w.lower())
        or is_country(w)
        or is_demonym(w)
        for w in words
    ):
        return long
    # ("VELMONT, Orrin \u2013 Tavelsund Orrin ...": the name after a dateline's dash.)
    if not re.search(r"(?:[\u2013\u2014,;:(]|\s-|\b[a-z]+)\s*$", head):
        return long
    return f"{run.group(1)}{long}"


def _without_title(long: str) -> str:
    """ "Executive Secretary of the Economic Commission for Velmar and the Islands" ->
    the commission: the letter matcher reached back over a person's title (the
    acronym's letters need not all be initials when the name is written shorter than
    the one the acronym spells), and a title is never part of an organisation's name."""
    cut = re.match(r"(?:[A-Z][\w-]*\s+){1,3}(?:of|to|at)\s+(?:the\s+)?(?=[A-Z])", long)
    if cut is None:
        return long
    words = re.findall(r"[\w-]+", cut.group(0))
    if any(is_title_word(w.lower()) for w in words) and len(long[cut.end() :].split()) >= 2:
        return long[cut.end() :]
    return long


def _common_noun_form(short: str, before: str) -> str | None:
    """A short form of a common noun, the words in lower case just before the bracket:

    * one long word whose letters the short form takes in order, from its first
      ("cobicistat (COBI)", "elvitegravir (EVG)": a drug's or a chemical's name);
    * initials in lower case, then the last word whole ("recombinant human collagen
      (rhCollagen)").

    None for anything else: a one-word match needs a word of at least six letters and a
    short form of at least three, so that "said (SD)" is no definition.
    """
    words = re.findall(r"[A-Za-z][\w-]*", before.split("(")[-1])
    if not words or not re.search(r"[a-z][\w-]*$", before):
        return None
    mixed = re.fullmatch(r"([a-z]{1,4})([A-Z][a-z]{2,})", short)
    if mixed is not None:
        initials, word = mixed.groups()
        n = len(initials)
        if len(words) > n and words[-1].lower() == word.lower():
            head = words[-n - 1 : -1]
            if "".join(w[0] for w in head) == initials and all(w.islower() for w in head):
                return " ".join([*head, words[-1]])
        return None
    last = words[-1]
    letters = short.lower()
    if (
        not re.fullmatch(r"[A-Z]{3,6}", short)
        or not last.islower()
        or len(last) < 6
        or last in _GENERIC_SHORT
        or not last.startswith(letters[0])
    ):
        return None
    rest = iter(last[1:])
    return last if all(ch in rest for ch in letters[1:]) else None


def _brand_form(short: str, before: str) -> str | None:
    """A brand-style short name in brackets that takes its first letters from the first
    word and one letter from each word after: "Velmar Institute for Marine Research
    (Velimr)". The long form must be a name with a head word."""
    if not re.fullmatch(r"[A-Z][a-z]{2,}[A-Za-z]*", short) or len(short) > 10:
        return None
    run = re.search(
        r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?){1,7}[A-Z][\w&'’.-]*)$",
        before,
    )
    if run is None:
        return None
    words = run.group(1).split()
    # ("Acme Pharma and Velmar Institute for ... (Velimr)": the name starts at the
    # word the short name's first letters come from.)
    for k, word in enumerate(words):
        long = " ".join(words[k:])
        if (
            word[:1].isupper()
            and long.lower().startswith(short[:3].lower())
            and len(words) - k >= 3
            and any(w.lower() in ALL_HEADS for w in words[k:])
            and _prefix_and_initials(short, words[k:])
        ):
            return long
    return None


def _short_name_form(inner: str, before: str) -> str | None:
    """ "Orrin Q. Vell Foundation (Vell Foundation)", "Dunmar City Kestrel Zoological
    Park (Kestrel Zoo)": a short name of two to four capitalised words in brackets right
    after a longer capitalised name, both ending in a head word, the short one opening
    with a word of the long one (not its first: then it would just be cut). The long
    form is the name from its first word, after any "and" that joins it to another."""
    words = inner.split()
    if (
        not 2 <= len(words) <= 4
        or not all(re.fullmatch(r"[A-Z][\w&'’-]*", w) for w in words)
        or words[-1].lower() not in ALL_HEADS
        or any(w.isupper() for w in words)
    ):
        return None
    run = re.search(
        r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|on|de)\s+(?:the\s+)?)?){1,9}[A-Z][\w&'’.-]*)$",
        before,
    )
    if run is None:
        return None
    long = re.sub(r"^The\s+", "", run.group(1))
    long_words = long.split()
    if (
        len(long_words) <= len(words)
        or long_words[-1].lower() not in ALL_HEADS
        or words[0] not in long_words[1:]
    ):
        return None
    return long


def _prefix_and_initials(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the first word's first letters, then the initial of each
    capitalised word after it ("Vel" + "i" + "m" + "r": Velimr)."""
    initials = "".join(w[0] for w in words[1:] if w[:1].isupper()).lower()
    head = short.lower()[: len(short) - len(initials)]
    return len(head) >= 2 and words[0].lower().startswith(head) and short.lower() == head + initials


def _place_led_form(inner: str, before: str) -> str | None:
    """ "Port Elsin Summit (PE Summit)": a place's initials and the same head word
    ("Summit", "Declaration", "Forum") in brackets after the name."""
    match = re.fullmatch(r"([A-Z]{2,4})\s+([A-Z][a-z]+)", inner)
    if match is None or match.group(2).lower() not in ALL_HEADS:
        return None
    letters, head = match.groups()
    run = re.search(
        rf"((?:[A-Z][\w'’-]*\s+){{{len(letters)}}}){re.escape(head)}(?:\s+\d{{4}})?$", before
    )
    if run is None:
        return None
    words = run.group(1).split()
    if "".join(w[0] for w in words) != letters:
        return None
    return f"{run.group(1)}{head}"


def _tail_led_form(inner: str, before: str) -> str | None:
    """ "Department of Harbours and Trade - Velmont (DHT Velmont)": initials, then the
    words that end the name (a place, usually), written the same after the initials;
    the long form is the whole name, separator included."""
    match = re.fullmatch(r"([A-Z]{2,6})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})", inner)
    if match is None:
        return None
    letters, tail = match.groups()
    ending = re.search(rf"(\s*(?:[-\u2013\u2014,]\s*)?){re.escape(tail)}$", before)
    if ending is None:
        return None
    core = initials_form(letters, before[: ending.start()])
    if core is None:
        return None
    return f"{core}{ending.group(0)}"


def _head_led_form(inner: str, before: str) -> str | None:
    """ "Dunmore Valley Contract Research Laboratory (Dunmore Valley CRL)": the name's
    first words written out, then the initials of the rest; the long form is those
    words and the rest, when the rest's capitalised words spell the initials exactly."""
    match = re.fullmatch(r"((?:[A-Z][\w'’-]*\s+){1,3})([A-Z]{2,6})", inner)
    if match is None:
        return None
    lead, letters = match.group(1).split(), match.group(2)
    written = list(re.finditer(r"\s+".join(re.escape(w) for w in lead) + r"\s+(.+)$", before))
    if not written:
        return None
    rest = written[-1].group(1)
    core = initials_form(letters, rest)
    if core is None or core != rest.strip():
        return None
    return " ".join([*lead, core])


# A capitalised name run before a bracket: capitalised words, joined by the small words
# a name holds ("of", "for", "on", "de", optionally "the" after them); never "and", which
# joins two names as often as it sits inside one.
_NAME_RUN = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|on|de)\s+(?:the\s+)?)?){1,11}[A-Z][\w&'’.-]*)$"
)
# Fewest letters a word's prefix needs to stand for it ("Tech" for "Technology").
MIN_PREFIX_LETTERS = 3
# Most capitalised words of the name left unaligned before the short form's first word:
# the words a short name drops from the front ("Deutsche Post" of "Deutsche Post DHL
# Group (DHL)"); more, and the run has likely reached back into another name.
MAX_LEADING_SKIPPED = 2


def _align(tokens: list[str], words: list[str], at: int = 0) -> tuple[int, bool] | None:
    """Where in ``words`` (capitalised name words, small words removed) the short form's
    ``tokens`` align in order from ``at``, each a whole word, a word's prefix or the
    initials of consecutive words, any words skipped between them: the index of the first
    aligned word, and whether a prefix or initials were used (a short form that is only
    whole words copied from the name says nothing new). None when they do not align."""
    if not tokens:
        return (at, False)
    token, rest = tokens[0], tokens[1:]
    for i in range(at, len(words)):
        word = words[i]
        options: list[tuple[int, bool]] = []
        if token.lower() == word.lower():
            options.append((i + 1, False))
        elif len(token) >= MIN_PREFIX_LETTERS and word.lower().startswith(token.lower()):
            options.append((i + 1, True))
        if token.isupper() and len(token) >= 2:
            span = words[i : i + len(token)]
            if len(span) == len(token) and "".join(w[0] for w in span) == token:
                options.append((i + len(token), True))
        for after, shortened in options:
            tail = _align(rest, words, after)
            if tail is not None:
                return (i, shortened or tail[1])
    return None


def _aligned_form(inner: str, before: str, *, whole_word_only: bool = False) -> str | None:
    """The long name a short name in brackets stands for when its words align with the
    name's in order, each a whole word, a prefix or initials, some words skipped
    ("Velmont Institute of Mariculture (Velmont Mari)", "Orrin Small Farms Cooperative
    Credit Union Bhd (OSF Credit)"); or, one word in capitals, a whole word of the name
    ("Kestrel Holdings KSL Group (KSL)"), the long form then the whole capitalised run
    before the bracket when at most two words precede that word; otherwise the long
    form runs from the first aligned word. ``whole_word_only``: only the second kind.
    A short name made only of whole words, of countries or with a lower-case word aligns
    nothing.
    """
    tokens = re.split(r"[\s-]+", inner.strip())
    if not 1 <= len(tokens) <= 4 or not all(re.fullmatch(r"[A-Z][\w&'’]*", t) for t in tokens):
        return None
    # ("(Canada)" after a name is where it is; "Velmont Tech" may open with a place.)
    if all(is_country(t) or is_demonym(t) for t in tokens):
        return None
    run = _NAME_RUN.search(before)
    if run is None:
        return None
    long = re.sub(r"^The\s+", "", run.group(1))
    spaced = long.split()
    words = [w.strip(".,") for w in spaced if w[:1].isupper()]
    if len(words) <= len(tokens) or normalize(long) == normalize(inner):
        return None
    aligned = _align(tokens, words)
    if aligned is None:
        return None
    first, shortened = aligned
    word_of_name = len(tokens) == 1 and tokens[0].isupper() and tokens[0] in words[1:]
    if word_of_name:
        # (The name's distinctive word: the name is the whole run, unless the run has
        # reached back too far.)
        return long if first <= MAX_LEADING_SKIPPED else None
    if whole_word_only or not shortened:
        return None
    # (Otherwise the name starts at the first aligned word, as a letter matcher's does:
    # "the 5th Annual Orrin Forum (Orrin Fo)" is the Orrin Forum.)
    start = [i for i, w in enumerate(spaced) if w[:1].isupper()][first]
    return " ".join(spaced[start:])


def _spells_initials(short: str, phrase: str) -> bool:
    """Whether the initials of ``phrase``'s words (small words skipped) spell ``short``,
    case aside; a plural acronym ("HBCUs") may stand for a plural phrase."""
    letters = short.lower()
    if letters.endswith("s") and short[-2:-1].isupper():
        letters = letters[:-1]
    # A hyphenated word gives one initial ("e-commerce") or one for each part
    # ("non-governmental organization (NGO)").
    for text in (phrase.lower(), phrase.lower().replace("-", " ")):
        words = [w for w in text.split() if w not in _SMALL_WORDS]
        if "".join(w[0] for w in words) == letters:
            return True
    return False


_SMALL_WORDS = {"of", "and", "for", "the", "on", "de", "&", "in", "at", "a", "an"}

# "The Emirates News Agency, WAM, has signed …": a name, its acronym set off by commas,
# then the verb (a lower-case word that does not continue a list).
# (After a comma only when a lower-case word ends what is before it, "founder of the
# media outlet, Lumo Information Agency, LUMO, to …", never inside a list of names.)
_APPOSITION = re.compile(
    rf"(?:^|(?<=[^\w,]\s)|(?<=[a-z],\s))(?:[Tt]he\s+)?({_NAME_WORDS}),\s+"
    r"([A-Z][A-Za-z0-9&]{1,11}),\s+"
    r"(?!(?:and|or|nor|as well as|plus)\b)[a-z]"
)


# "Orrvia Vestnik Agency, also known as Lumo,", "Acme Holdings (operating as Acme Bank)":
# a brand or short name an organisation is known by, declared in words.
_KNOWN_AS = re.compile(
    rf"(?:[Tt]he\s+)?({_NAME_WORDS})\s*(?:,\s*|\(\s*)(?:(?:also|better|widely)\s+)?"
    r"(?:known|operating|trading|doing\s+business)\s+as\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)


# "Grid Understanding for Shared Training, or GUST,": a name, then "or" and its initials.
_OR_SHORT = re.compile(
    r"(?P<long>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on|in|to|de)\s+)*){1,10}[A-Z][\w'’-]*)"
    r",?\s+or\s+(?:the\s+)?(?P<short>[A-Z][A-Z0-9&]{1,9})(?=[\s,;:.)]|$)"
)


def _or_forms(sentence: str) -> list[AcronymDef]:
    """A short form given after "or" ("Grid Understanding for Shared Training, or
    GUST"): only when its letters are exactly the initials of the capitalised words
    before it (any other "X, or Y" is two things)."""
    found = []
    for match in _OR_SHORT.finditer(sentence):
        short = match.group("short")
        long = initials_form(short, match.group("long"))
        if long is not None and len(long.split()) >= 2:
            found.append(AcronymDef(long, short))
    return found


def _known_as(sentence: str) -> list[AcronymDef]:
    """A short name an organisation is "also known as" (a brand, another language's
    name): an alias like an acronym. The long name must carry an organisation word."""
    return [
        AcronymDef(m.group(1), m.group(2))
        for m in _KNOWN_AS.finditer(sentence)
        if len(m.group(1).split()) >= 2
        and any(w.lower().strip(".,") in ALL_HEADS for w in m.group(1).split())
    ]


# "... carried to the Orrin Deep Station, ODS." : a name, then after a comma a short form
# in capitals that ends the clause; the letters must spell the name's initials (a
# list's next name, "Acme Corp, IBM.", spells nothing).
_SPELLED_APPOSITION = re.compile(
    rf"(?:[Tt]he\s+)?({_NAME_WORDS}),\s+([A-Z][A-Z0-9&]{{1,9}})(?=\s*(?:[.;:)]|$))"
)


def _spelled_appositions(sentence: str) -> list[AcronymDef]:
    """An acronym set off by a comma at the end of a clause ("to the Orrin Deep Station,
    ODS."), when its letters are exactly the initials of the capitalised words before it;
    the long form is those words."""
    found: list[AcronymDef] = []
    for match in _SPELLED_APPOSITION.finditer(sentence):
        long = initials_form(match.group(2), match.group(1))
        if long is not None and len(long.split()) >= 2:
            found.append(AcronymDef(long, match.group(2)))
    return found


def _appositions(sentence: str) -> list[AcronymDef]:
    """An acronym given by apposition: "The Emirates News Agency, WAM, has signed …".

    The acronym need not spell the name (it may be another language's), so the name
    must carry an organisation head word, and a list ("Acme Corp, IBM, and …") is left out.
    """
    found: list[AcronymDef] = []
    for match in _APPOSITION.finditer(sentence):
        long, short = match.group(1), match.group(2)
        if not looks_like_acronym(short) or len(long.split()) < 2:
            continue
        if any(w.lower().strip(".,") in ALL_HEADS for w in long.split()):
            found.append(AcronymDef(long, short))
    return found
