"""Capitalised names headed by a telling word ("Alibaba Group", "Coast and Canal Initiative")."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.ingest.appositives import drop_date_tail
from bot.ingest.name_spans import SIGNS, name_spans
from bot.ingest.words import (
    ALL_HEADS,
    CORE_TITLES,
    CORP_SUFFIXES,
    HONORIFICS,
    STOPWORDS,
    TITLE_WORDS,
    Token,
    guess_kind,
    is_capitalised,
    is_title_word,
    strip_possessive,
    tokens,
)
from bot.kb.models import EntityKind
from bot.vocab import month_names_pattern, name_connectors, word_list

# A quoted phrase inside a name: 'the "Lantern Hope" Foundation'.
QUOTED_IN_NAME = re.compile(
    r"[\"\u201c](?P<q>[A-Z][^\"\u201c\u201d]{0,60})[\"\u201d](?=\s+[A-Z][\w'’-]*)"
)


def _mask_quoted_in_names(sentence: str) -> str:
    """``sentence`` with each quoted phrase that a capitalised word follows written as one
    capitalised word of the same length, so the name around it reads as one run (the
    offsets stay the same, and names are cut from the original text)."""

    def one_word(match: re.Match[str]) -> str:
        after = re.match(r"\s+([A-Z][\w'’-]*)", sentence[match.end() :])
        if after is None or after.group(1).lower().rstrip("-") not in ALL_HEADS:
            return match.group(0)
        return "Q" + "x" * (len(match.group(0)) - 1)

    return QUOTED_IN_NAME.sub(one_word, sentence)


_OWNED_PROGRAMME = re.compile(
    r"(?P<programme>.+?\b(?:Programme|Program|Initiative|Project|Campaign|Scheme))"
    r"\s+(?:of|by)\s+(?:the\s+)?(?P<owner>[A-Z].+)$"
)


def name_parts(name: str) -> list[str]:
    """The names in one capitalised run: "Velmont-based Orrin Labs" is Orrin Labs (where
    it is based is not its name); "Clean Rivers Programme of the Kestrel Fund" is the
    programme, then the organisation that runs it. The last item is the main name."""
    name = re.sub(r"^[A-Z][\w'’.-]*-(?:based|headquartered)\s+", "", name)
    owner = _OWNED_PROGRAMME.match(name)
    if (
        owner
        and guess_kind(owner.group("owner")) == EntityKind.ORGANIZATION
        and any(w.lower().strip(".,") in ALL_HEADS for w in owner.group("owner").split())
    ):
        return [owner.group("programme"), owner.group("owner")]
    return [name]


# A legal form written before the name ("Federal State Unitary Enterprise Orrvia Vestnik
# Agency", "Joint Stock Company Orrin Rail", "PJSC Orrin Bank"): the form, not the name.
_LEGAL_FORM_PREFIX = re.compile(
    r"(?:(?:Federal\s+)?State\s+(?:Unitary\s+|Budgetary\s+)?(?:Enterprise|Institution)"
    r"|(?:Public\s+|Open\s+|Closed\s+)?Joint[-\s]Stock\s+Company|Limited\s+Liability\s+Company"
    r"|(?:(?:Open|Closed|Public)\s+)?(?:FSUE|FGUP|PJSC|OJSC|CJSC|JSC|OOO|OAO|ZAO|PAO))\s+(?=[A-Z])"
)


def without_legal_form_prefix(name: str) -> str:
    """``name`` without a legal form written before it ("Open JSC Orrin" -> "Orrin");
    other names unchanged."""
    form = _LEGAL_FORM_PREFIX.match(name)
    return name[form.end() :] if form is not None else name


def _without_legal_form(name: str) -> str:
    """``name`` without a legal form before it, when a name with a head word is left."""
    form = _LEGAL_FORM_PREFIX.match(name)
    if form is None:
        return name
    rest = name[form.end() :]
    if len(rest.split()) >= 2 and any(w.lower().strip(".,") in ALL_HEADS for w in rest.split()):
        return rest
    return name


def _initials(name: str) -> set[str]:
    return {w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)}


def _acronym_spans_both(name: str, right: str, after: str) -> bool:
    """ "World League of Harbour Towns and Coastal Councils (HTCW)": the acronym
    after the name takes letters from both sides of "and", so the name is one (the
    letters may be in another language's order, so only which letters is compared)."""
    acronym = re.match(r"\s*\(([A-Z]{2,8})\)", after)
    if acronym is None:
        return False
    letters = set(acronym.group(1))
    return letters <= _initials(name) and not letters <= _initials(right)


def _head_follows(toks: list[Token], k: int, start: int) -> bool:
    """Whether the capitalised run from ``k`` ends in a head word ("Kestrel First Nation"),
    and the name that would take it in does not open the sentence (where any word is
    capitalised: "Students of the Orrin University")."""
    if start == 0 or toks[start - 1].text in {".", "!", "?"}:
        return False
    end = k
    while end < len(toks) and is_capitalised(toks[end]) and toks[end].low not in STOPWORDS:
        end += 1
    return end > k and toks[end - 1].low in ALL_HEADS


# Verbs a title-case headline capitalises after its subject ("Acme and Orrin Sign
# Agreement", "Velmont Launches New Program"): never inside a name.
_HEADLINE_VERB = re.compile(
    r"(?:Sign|Launch|Announce|Join|Unveil|Expand|Renew|Celebrate|Welcome|Agree|Collaborate|"
    r"Pledge|Deepen|Strengthen|Extend|Embark)(?:s|es|ed)?"
)


_MONTH_WORD = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# Days and months: "on Friday", "on March 3" end a name, never join it to more.
_WHEN_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + month_names_pattern(capitalised=True)
)


# Head words of a programme's name.
_PROGRAMME_HEADS = {"program", "programme", "initiative", "project", "campaign", "scheme"}
# A year or a number after a name's head word, still the name's ("Orrin Fund 2030",
# "Velmont Growth Fund III"; not "I", a pronoun).
_NUMBER_AFTER_HEAD = r"[\d–-]+|II|III|IV|VI{0,3}|IX|X{1,3}"
# The parts a programme is run in, named after it ("… Programme Component", "… Phase").
_PROGRAMME_PARTS = {"component", "phase", "window", "pillar", "track", "module"}

# Words a title-case headline capitalises that never sit inside a name.
_HEADLINE_PREPOSITIONS = {"with", "by", "from", "as", "during", "than", "while", "when", "since"}


def _person_with_title_at(toks: list[Token], k: int) -> bool:
    """Whether a person written with an appositive title starts at ``toks[k]``: two or
    three capitalised words with no head word, then a comma and a title ("… Ministry of
    Defence and Ida Moor, Additional Secretary …"). Such an "and" joins two signatories,
    never two halves of one name ("Ministry of Ports and Inland Waterways")."""
    end = k
    while end < len(toks) and end - k < 3 and is_capitalised(toks[end]):
        end += 1
    run = toks[k:end]
    if not 2 <= len(run) <= 3 or any(t.low in ALL_HEADS for t in run):
        return False
    rest = [t for t in toks[end : end + 4] if t.low not in {"the", "a", "an"}]
    return (
        len(rest) >= 2
        and rest[0].text == ","
        and is_title_word(rest[1].text)
        and rest[1].text[:1].isupper()
    )


# A possessive ends a name; a plural one too ("Some Officials’ Proposed Fix"), unless
# its noun is a group of people whose possessive names the body ("Farmers’ Union").
_POSSESSIVES = ("'s", "’s", "s'", "s’")
_GROUP_NOUNS = word_list("group_nouns")


def _ends_name(token: Token) -> bool:
    """Whether ``token`` is a possessive that ends a name (its owner's)."""
    text = token.text
    if text.endswith(("'s", "’s")):
        return True
    return text.endswith(("s'", "s’")) and text[:-1].lower() not in _GROUP_NOUNS


# The joints the name-span grammar makes and this reader's runs do not: particles of
# personal names, weak connectors and trade-mark signs (bot/vocab/name_connectors.yaml).
_SOFT_JOINS = name_connectors().particles | name_connectors().weak
_JOINED_ACROSS = re.compile(rf"(?:\s(?:{'|'.join(sorted(_SOFT_JOINS))})\s+|[{SIGNS}]\s*)$")


def _second_name_after(toks: list[Token], at: int, run: list[Token]) -> bool:
    """Whether the connector ``toks[at]`` stands between two names: ``run`` is a whole
    name already (words before its head word), and what follows the connector is one of
    its own, two capitalised words or more closed by a head word ("… Games for the Orrin
    Harbour Company"), or followed by a programme's head in lower case ("… Association on
    the Sea-to-Shelf initiative"). "of" says whose a name is ("Velmont Bank of Orrin
    Group" is one name), so only the other connectors part two names."""
    if toks[at].low in {"of", "de", "the", "&"} or len(run) < 2 or run[-1].low not in ALL_HEADS:
        return False
    k = at + 1
    while k < len(toks) and toks[k].low == "the":
        k += 1
    end = k
    while end < len(toks) and is_capitalised(toks[end]):
        end += 1
    if end - k >= 2 and toks[end - 1].low in ALL_HEADS:
        return True
    return (
        end > k
        and end < len(toks)
        and toks[end].text.islower()
        and toks[end].low in _PROGRAMME_HEADS
    )


def find_named_things(sentence: str) -> list[str]:
    """Capitalised names headed by an organisation/initiative/agreement word."""
    toks = tokens(_mask_quoted_in_names(sentence))
    out: list[str] = []
    i = 0
    while i < len(toks):
        if (
            not is_capitalised(toks[i])
            or toks[i].low in STOPWORDS - {"new"}
            or _HEADLINE_VERB.fullmatch(toks[i].text)
            # "Welcoming the Orrin Foundation delegation, ...": a participle opening the
            # sentence, never the first word of a name.
            or (
                re.fullmatch(r"[A-Z][a-z]{3,}ing", toks[i].text) is not None
                and i + 1 < len(toks)
                and toks[i + 1].text == "the"
            )
        ):
            i += 1
            continue
        j = i
        run = [toks[i]]
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            words_so_far = {t.low for t in run}
            # "Regional Commissions of the Velmar Union": a plural head word heads a name
            # as its singular does.
            words_so_far |= {
                w[:-1] for w in words_so_far if w.endswith("s") and w[:-1] in ALL_HEADS
            }
            if nxt.low in HONORIFICS or (nxt.low in CORE_TITLES and words_so_far & ALL_HEADS):
                break  # "Lumen Health Foundation President Dr. Amara Okafor"
            if _HEADLINE_VERB.fullmatch(nxt.text):
                break  # "Orrin Bank Sign Agreement": a title-case headline's verb
            # ("Acme MOU With the Velmont Office": a headline's capitalised preposition
            # introduces the other party; it never joins two names.)
            capital_word = (
                is_capitalised(nxt)
                and not nxt.text.startswith("(")
                and nxt.low not in _HEADLINE_PREPOSITIONS
            )
            connector = (
                (
                    nxt.low in {"of", "for", "on", "de", "&", "the"}
                    # "University of Science and Technology", but not "UNIDO and Alibaba".
                    or (
                        nxt.low == "and"
                        and bool(words_so_far & {"of", "for"})
                        and not _person_with_title_at(toks, j + 2)
                        # ("Chair of the Board of Orrin Freight and Treasurer of …": an
                        # office after "and" is the person's next post, as offices.py
                        # cuts it, never the rest of the name.)
                        and not (
                            j + 2 < len(toks)
                            and is_title_word(toks[j + 2].text.lower(), CORE_TITLES)
                        )
                    )
                )
                and j + 2 < len(toks)
                # ("… Marine Science on Friday": a day or a month ends the name.)
                and not (nxt.low == "on" and _WHEN_WORD.fullmatch(toks[j + 2].text.rstrip(".,;")))
                and (
                    is_capitalised(toks[j + 2])
                    # "Foundation for the Performing Arts"
                    or (
                        # (only after a head word: "Chair of the X" is a title; or before
                        # one, inside a sentence: "the Orrinaugas of the Kestrel First
                        # Nation")
                        toks[j + 2].low == "the"
                        and nxt.low in {"of", "for", "on", "de"}
                        and (
                            bool(words_so_far & ALL_HEADS)
                            # (one word before "of the": "News Wire Service of the X
                            # Association" is a unit of X, named on its own)
                            or (len(run) == 1 and _head_follows(toks, j + 3, i))
                        )
                        and not any(w in CORE_TITLES for w in words_so_far)
                        and j + 3 < len(toks)
                        and is_capitalised(toks[j + 3])
                    )
                )
                and not _ends_name(run[-1])
            )
            # "University of Velmont at Marshen", "University of Ostria at Tallis": a
            # campus after "at" (one or two capitalised words, no organisation word).
            place_end = j + 2
            while place_end < min(len(toks), j + 5) and is_capitalised(toks[place_end]):
                place_end += 1
            place = toks[j + 2 : place_end]
            campus = (
                nxt.low == "at"
                and "of" in words_so_far
                and bool(words_so_far & ALL_HEADS)
                and 1 <= len(place) <= 2
                and not any(t.low in ALL_HEADS | STOPWORDS for t in place)
            )
            if not (capital_word or connector or campus):
                break
            if connector and _second_name_after(toks, j + 1, run):
                break  # "the Velmont Youth Games for the Orrin Harbour Company": two names
            run.append(nxt)
            j += 1
            if _ends_name(run[-1]):
                break
        i = j + 1
        # "Velmont's Orrin Pharma": the owner or place before a possessive is not part
        # of the name.
        if len(run) > 1 and _ends_name(run[0]):
            run = run[1:]
        # "On June 5 Acme Foundation signed": a date's month and day are not the name.
        # (The month itself never opens a run; its day, "5", would.)
        first_at = toks.index(run[0])
        day_first = len(run) > 2 and run[0].text.isdigit() and _MONTH_WORD.fullmatch(run[1].text)
        after_month = (
            len(run) > 1
            and run[0].text.isdigit()
            and len(run[0].text) <= 2
            and first_at > 0
            and _MONTH_WORD.fullmatch(toks[first_at - 1].text) is not None
        )
        if day_first or after_month:
            run = run[2:] if day_first else run[1:]
            while run and run[0].low == "the":
                run = run[1:]
        # Without "of", the name ends at its last head word (and a year after it):
        # "Acme Foundation Fellows" -> "Acme Foundation".
        # "Acme Foundation-- New York Metro": a chapter or affiliate, named by the
        # organisation and a place after a dash glued to its head word.
        lows = [t.low.rstrip("-\u2013\u2014") if t.low.endswith("--") else t.low for t in run]
        if not {"of", "for"} & set(lows):
            heads = [k for k, w in enumerate(lows) if w in ALL_HEADS]
            chapter = bool(heads) and run[heads[-1]].text.endswith("--")
            if heads and chapter and 1 <= len(run) - heads[-1] - 1 <= 3:
                pass  # the place after the dash is part of the name
            elif heads:
                end = heads[-1] + 1
                # ("Green Ports Programme Component", "Orrin Fund Phase II": a part of a
                # programme is named with it.)
                if (
                    run[heads[-1]].low in _PROGRAMME_HEADS
                    and end < len(run)
                    and run[end].low in _PROGRAMME_PARTS
                ):
                    end += 1
                while end < len(run) and re.fullmatch(
                    _NUMBER_AFTER_HEAD, run[end].text.rstrip(".")
                ):
                    end += 1
                run = run[:end]
        # "the Chiefs of the Kestrel Tribal Council": a title in the plural before "of" is
        # no part of the name either.
        plural_title = run[0].low.endswith("s") and run[0].low[:-1] in CORE_TITLES
        if len(run) > 2 and plural_title and run[0].low[:-1] not in ALL_HEADS:
            of_at = next((k for k, t in enumerate(run) if t.low in {"of", "for"}), None)
            run = run[of_at + 1 :] if of_at is not None else []
            while run and run[0].low == "the":
                run = run[1:]
        # "Chief Jane Doe of Kestrel Lake First Nation": a title and a person's name
        # before "of"; the organisation is what follows it.
        # ("Partner 4 Towns Program": without "of", a programme word at the end says the
        # title word opens a programme's name, not a person's title.)
        if (
            len(run) > 2
            and run[0].low in CORE_TITLES
            and run[0].low not in ALL_HEADS
            and not (not {"of", "for"} & {t.low for t in run} and run[-1].low in _PROGRAMME_HEADS)
        ):
            of_at = next((k for k, t in enumerate(run) if t.low in {"of", "for"}), None)
            run = run[of_at + 1 :] if of_at is not None else []
            while run and run[0].low == "the":
                run = run[1:]
        # Trailing connectors are not part of the name.
        while run and run[-1].low in {"of", "for", "on", "de", "&", "the", "and"}:
            run.pop()
        words = [t.low.rstrip("-") if t.low.endswith("--") else t.low for t in run]
        # (A plural head before "of" names one body, "Regional Commissions of the Velmar
        # Union", but not "the Governments of Orrin and Velmora", two of them, nor a
        # headline's "... Funding for Programs".)
        if "and" not in words:
            words += [
                w[:-1]
                for w, nxt in pairwise(words)
                if w.endswith("s") and w[:-1] in ALL_HEADS and nxt == "of"
            ]
        if len(run) < 2 or not any(w in ALL_HEADS for w in words):
            continue
        if len(run) >= 4 and all(t.text.isupper() or not t.text[:1].isalpha() for t in run):
            continue  # a headline in capitals, not a name
        if all(w in ALL_HEADS or w in STOPWORDS or w in TITLE_WORDS for w in words):
            continue  # "The Company", "Board of Directors"
        if words[0] in CORP_SUFFIXES:
            continue
        start = run[0].start
        # "The Coast and Canal Initiative": a programme's name may hold "and" ("UNIDO and
        # Alibaba Group" stays two names: organisations, or an acronym before "and").
        k = toks.index(run[0])
        if (
            k >= 2
            and toks[k - 1].low == "and"
            and is_capitalised(toks[k - 2])
            and not toks[k - 2].text.isupper()
            and toks[k - 2].low not in ALL_HEADS | STOPWORDS
            and (k == 2 or toks[k - 3].low in {"the", ",", "of"})
            and guess_kind(sentence[start : run[-1].end].rstrip(".,"))
            in (EntityKind.INITIATIVE, EntityKind.EVENT, EntityKind.AGREEMENT)
        ):
            start = toks[k - 2].start
        *programmes, name = name_parts(_without_legal_form(sentence[start : run[-1].end]))
        out += programmes
        # "University of Houston and Texas Southern University": two names, each with a
        # head word of its own ("University of Science and Technology" stays one).
        left, sep, right = name.partition(" and ")
        if (
            sep
            and not _acronym_spans_both(name, right, sentence[run[-1].end :])
            and any(w.lower().strip(".,") in ALL_HEADS for w in right.split())
            and any(w.lower().strip(".,") in ALL_HEADS for w in left.split())
            and right[:1].isupper()
        ):
            out.append(strip_possessive(left).rstrip(".,"))
            name = right
        out.append(
            strip_possessive(name).rstrip(".,")
            if not name.endswith(("Inc.", "Corp.", "Co.", "Ltd."))
            else name
        )
    # ("the Board of Trustees on 1 July 2022": a date, or "on <date>", never ends a name.)
    return [_whole_span(sentence, drop_date_tail(name) or name) for name in out]


def _whole_span(sentence: str, name: str) -> str:
    """``name`` with the words before it that the name-span grammar joins to it across a
    particle, a weak connector or a trade-mark sign ("Khalid bin Saeed Ocean Centre",
    "Bridges to Open Data Initiative", "Harbour Light® Recovery Fund"): the longest form
    the sentence writes. Words that hold a title or an honorific stay out ("Chief Jane
    Doe of …" is a person before the name)."""
    at = sentence.find(name)
    if at < 0:
        return name
    for span in name_spans(sentence):
        if not span.start < at < span.end or span.end < at + len(name):
            continue
        before = sentence[span.start : at]
        if _JOINED_ACROSS.search(before) is None:
            return name
        if any(
            w.lower() in HONORIFICS or is_title_word(w, CORE_TITLES) or w.lower() in STOPWORDS
            for w in re.findall(r"[^\W\d_][\w'’-]*", before)
            if w.lower() not in _SOFT_JOINS
        ):
            return name
        return sentence[span.start : at + len(name)]
    return name
