"""Leadership changes: the titles a release gives people, and the ones they leave.

A release that announces a change of leadership says it with a verb, not with an
appositive: "Jane Doe, its Chief Executive since 2016, will become Chair of the Board on
1 March 2026", "John Roe succeeds her as Chief Executive from the same date", "Ada Lind
moves from Dean of Law to Provost", "Tom Reed steps down as Treasurer", "Kim Oru has been
appointed Director", "Lee Park takes over from Ann Roe as Head of Research". The readers
of appositives (people.py, appositives.py) give the titles a person holds as they are
named; this module reads the change verbs, so that the NEW title is drafted as a role and
the old one restated as ended (on the day before the new one starts, when the release
says when), with a review note per change.

``read_changes`` is pure (sentences and the draft's registry in, ``RoleChange`` values
out); ``apply_changes`` writes them into the registry's roles and returns the notes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from bot.ingest.dates import MONTH, find_date, month_number
from bot.ingest.entities import Registry
from bot.ingest.person_names import clean_name, is_person_name
from bot.ingest.registry import DraftRole
from bot.ingest.titles import split_title_org
from bot.ingest.words import is_title_phrase, is_title_word
from bot.kb.models import EntityKind, KnowledgeBase
from bot.textnorm import normalize
from bot.vocab import succession


class RoleChange(NamedTuple):
    """One change a sentence states. ``person`` and ``predecessor`` are entity ids;
    ``title`` is the new title (None when the person only leaves one), ``organisation``
    its organisation's entity id (None when no organisation fits); ``left`` the title the
    person leaves (None when the sentence names none); ``starts`` when the new title
    starts, and ``ends`` when the left one ends (ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"),
    None when the release does not say; ``settled`` whether the change has happened by
    the release's date (a past or perfect verb, or a start date not after it)."""

    person: str
    title: str | None
    organisation: str | None
    left: str | None
    predecessor: str | None
    starts: str | None
    ends: str | None
    settled: bool
    sentence: str


_WHEN = (
    rf"(?i:\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d|{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    rf"|{MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d)"
)
# When a change takes effect: "on 1 February 2025", "from 1 March", "with effect from
# …", "effective …", "from the same date", "at the end of March 2025".
_EFFECT = re.compile(
    rf"\s*,?\s*(?P<effect>(?:on|from|as\s+of|as\s+from|with\s+effect\s+from|effective(?:\s+from)?|"
    rf"in|at\s+the\s+end\s+of|starting)\s+(?P<when>{_WHEN}|the\s+same\s+(?:date|day)))",
    re.IGNORECASE,
)
_TITLE = r"(?:(?:the|its|their|his|her|a|an)\s+)?(?:new\s+|next\s+|interim\s+)?(?P<{name}>[A-Z][^,;.:()\"“”]*?)"
# "named Jane Doe as its new president": a title in lower case, after the possessive
# that gives it the subject's organisation (the caller checks it is a title).
_OWN_LOWER_TITLE = (
    r"(?:its|their)\s+(?:new\s+|next\s+|interim\s+)?(?P<own_title>[a-z][a-z -]*?[a-z])"
)
# Where a title ends: at its effect date, punctuation, or a conjunction opening a
# clause in lower case ("Director of Research and Innovation" keeps its "and").
_END = (
    rf"(?={_EFFECT.pattern}|\s*[,;.:]|\s+(?:and|but|while|after|when|where|following)\s+(?=[a-z])"
    r"|\s*$)"
)
_PREDECESSOR = r"(?P<pred>(?:her|him|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
# The person a "named X as …" change names: two to four capitalised words.
_OBJECT = r"(?P<object>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
# The title of a seat on a board that "joins the board of X" gives.
BOARD_MEMBER_TITLE = "Board Member"
# An adverb inside a change verb: "will also become", "has now been appointed".
_ALSO = r"(?:(?:also|now|formally|officially|recently|just)\s+)?"
# The auxiliary before a succession verb: "will retire", "is to step down", "has taken over".
_AUX = r"(?:(?:will|has|have|had|is|are|was|were)\s+(?:to\s+)?(?:be\s+)?)?"


def _forms(forms: tuple[str, ...]) -> str:
    """One alternation of written forms, longest first ("steps down" before "step")."""
    return (
        "(?:"
        + "|".join(
            r"\s+".join(re.escape(w) for w in f.split())
            for f in sorted(forms, key=len, reverse=True)
        )
        + ")"
    )


_WORDS = succession()
_LEAVES = _forms(_WORDS.leaves)
_TAKES_OVER = _forms(_WORDS.takes_over)
_SUCCEEDS = _forms(_WORDS.succeeds)
_HANDED_TO = _forms(_WORDS.handed_to)
_SUCCESSOR = _forms(_WORDS.successor_nouns)
# Where a succession verb with no title ends: its effect date, punctuation, a new clause.
_BARE_END = (
    rf"(?={_EFFECT.pattern}|\s*[,;.:]|\s*$|\s+(?:and|but|when|after|once)\s+(?=[a-z])"
    r"|\s+(?:the|that|this|her|his|their)\s+(?:role|post|position|office)\b)"
)
# The change verbs, each with the parts it names (new title, left title, predecessor).
_VERBS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "moves",
            rf"\b(?:moves|moved|will\s+move|has\s+moved|is\s+moving)\s+from\s+{_TITLE.format(name='left')}"
            rf"\s+to\s+(?:become\s+)?{_TITLE.format(name='title')}{_END}",
        ),
        (
            "succeeds",
            rf"\b{_AUX}{_SUCCEEDS}\s+"
            rf"{_PREDECESSOR}\s+as\s+{_TITLE.format(name='title')}{_END}",
        ),
        (
            "takes over",
            rf"\b(?:takes|took|will\s+take|has\s+taken|is\s+to\s+take)\s+over\s+from\s+"
            rf"{_PREDECESSOR}\s+as\s+{_TITLE.format(name='title')}{_END}",
        ),
        (
            "takes over",
            rf"\b(?:takes|took|will\s+take|has\s+taken|is\s+to\s+take)\s+over\s+as\s+"
            rf"{_TITLE.format(name='title')}\s+from\s+{_PREDECESSOR}{_END}",
        ),
        (
            "steps down",
            rf"\b{_AUX}{_LEAVES}\s+as\s+{_TITLE.format(name='left')}{_END}",
        ),
        (
            # "Tern's Treasurer, Ada Roe, will step down in May": the title left is
            # the one the sentence (or the release) gives the person.
            "leaves bare",
            rf"\b{_AUX}{_LEAVES}{_BARE_END}",
        ),
        (
            # "Ivo Lam, her deputy since 2020, takes over from June", "… succeeds her":
            # the subject takes the title the person before leaves.
            "takes over bare",
            rf"\b{_AUX}(?:{_TAKES_OVER}(?!\s+(?:as\b|from\s+(?!{_WHEN})[A-Z]))(?:\s+from\s+(?P<handover>her|him|them))?"
            rf"|{_SUCCEEDS}\s+(?P<handover_object>her|him|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
            rf"(?!\s+as\b)){_BARE_END}",
        ),
        (
            # "Her successor will be Ivo Lam": the object takes the title she leaves.
            "successor is",
            rf"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:new\s+)?{_SUCCESSOR}\s+(?:will\s+be|is|was|has\s+been"
            rf"(?:\s+named(?:\s+as)?)?)\s+{_OBJECT}(?:\s*,[^,;]{{2,120}},)?"
            rf"(?=\s*[,;.]|{_EFFECT.pattern}|\s*$)",
        ),
        (
            # "Ivo Lam will be her successor".
            "successor of",
            rf"\b(?:will\s+be|is|was|becomes|will\s+become|has\s+been\s+named(?:\s+as)?)\s+"
            rf"(?P<handover>her|his|their)\s+{_SUCCESSOR}\b",
        ),
        (
            # "She will be succeeded by John Roe, currently Head of Sales, from 1 May":
            # the object takes the title the subject leaves.
            "succeeded by",
            rf"\b(?:will\s+be|is\s+to\s+be|has\s+been|had\s+been|was|is|are|were)\s+{_HANDED_TO}\s+"
            rf"(?:as\s+{_TITLE.format(name='title')}\s+)?by\s+{_OBJECT}(?:\s*,[^,;]{{2,120}},)?"
            rf"(?=\s*[,;.]|{_EFFECT.pattern}|\s*$)",
        ),
        (
            # "The board has named Jane Doe, its COO, as its next Chief Executive": the
            # person is the verb's object, not a name before it.
            "names",
            rf"\b(?:has\s+|have\s+|had\s+)?{_ALSO}(?:named|appointed|elected|promoted|chosen|"
            rf"selected)\s+{_OBJECT}(?:\s*,[^,;]{{2,120}},)?\s+(?:as|to(?:\s+(?:the|its|their)"
            rf"(?:\s+new)?\s+(?:post|role|position|office)\s+of)?)\s+"
            rf"(?:{_TITLE.format(name='title')}|{_OWN_LOWER_TITLE}){_END}",
        ),
        (
            # "The company appointed Jane Doe President, Global Brands, effective
            # immediately": no "as"; the title runs to its effect or the sentence's end,
            # commas and all (the caller checks it opens with a title word).
            "names bare",
            rf"\b(?:has\s+|have\s+|had\s+)?{_ALSO}(?:named|appointed)\s+"
            r"(?P<object>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}?)\s+"
            r"(?P<title>[A-Z][^;:()\"“”]*?)(?=,?\s+effective\b|\s*[.;:]?\s*$)",
        ),
        (
            # "She was Chief Executive until March 2025": a title left at that date.
            "held until",
            rf"\b(?:was|had\s+been|served\s+as|remained)\s+{_TITLE.format(name='left')}"
            rf"\s+until\s+(?P<until>{_WHEN})",
        ),
        (
            # "now serves as the company's Executive Chair": a new title ("now" says
            # it is a change; a bare "serves as" is a title as it stands).
            "becomes",
            rf"\bnow\s+(?:serves|is\s+serving|acts)\s+as\s+(?:the\s+[a-z]+['’]s\s+)?"
            rf"{_TITLE.format(name='title')}{_END}",
        ),
        (
            # "… who joins Acme's board of directors", "joined the board of Acme": a seat
            # on that organisation's board, beside the titles the person keeps.
            "joins board",
            r"\b(?:joins|joined|will\s+join|has\s+joined|is\s+joining|is\s+to\s+join)\s+"
            r"(?:the\s+board(?:\s+of\s+(?:directors|trustees))?\s+of\s+(?:the\s+)?"
            r"(?P<board_of>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})"
            r"|(?:the\s+)?(?P<board_owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})['’]s?\s+"
            r"board(?:\s+of\s+(?:directors|trustees))?\b)",
        ),
        (
            "becomes",
            rf"\b(?:will\s+{_ALSO}become|{_ALSO}becomes|{_ALSO}became|has\s+{_ALSO}become|"
            rf"is\s+to\s+become|to\s+become|"
            rf"(?:has\s+been|was|is|will\s+be|have\s+been|were)\s+{_ALSO}(?:appointed|named|elected|"
            rf"promoted\s+to|confirmed\s+as)(?:\s+as)?|"
            rf"takes\s+over\s+as|took\s+over\s+as|will\s+take\s+over\s+as|has\s+taken\s+over\s+as|"
            rf"takes\s+up\s+the\s+(?:post|role|position)\s+of|will\s+take\s+up\s+the\s+"
            rf"(?:post|role|position)\s+of)\s+{_TITLE.format(name='title')}{_END}",
        ),
    )
)
# A verb that says the change has happened by the release's date.
_SETTLED = re.compile(
    r"\b(?:moved|has|have|had|was|were|became|succeeded|took|stepped|stood|retired)\b",
    re.IGNORECASE,
)
# The organisation that announces the change in the sentence: "RCRN today announced
# that …", "Elmstead University also confirmed that …".
_ANNOUNCES = re.compile(
    r"\b(?:also\s+|today\s+|has\s+|have\s+)*(?:announced|announces|confirmed|confirms|"
    r"said|says|named|names|appointed|appoints)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s+)(?:she|he|they)\s*$", re.IGNORECASE)


def _when(text: str) -> tuple[str | None, dt.date | None]:
    """An effect date's ISO text as coarse as written, and the day when it gives one."""
    found = find_date(text)
    if found is not None and found.year is not None:
        return found.date.isoformat() if found.date else None, found.date
    month = re.search(rf"({MONTH})\s+((?:19|20)\d\d)", text, re.IGNORECASE)
    if month:
        return f"{month.group(2)}-{month_number(month.group(1)):02d}", None
    year = re.search(r"(?:19|20)\d\d", text)
    return (year.group(0), None) if year else (None, None)


def _end_before(starts: str | None, day: dt.date | None) -> str | None:
    """The end of a title left for one starting at ``starts``: the day before a full
    date ("2025-02-01" -> "2025-01-31"), else the month or year as written (a title
    ending "in March 2025" was held into March)."""
    if day is not None:
        return (day - dt.timedelta(days=1)).isoformat()
    return starts


def _people(text: str, registry: Registry) -> list[str]:
    return [
        e
        for e in registry.mentions(text)
        if e in registry.entities and registry.entities[e].kind == EntityKind.PERSON
    ]


def _organisation_named(name: str, registry: Registry) -> str | None:
    """The organisation (entity id) a name or a kind word stands for: "Velmont Trust",
    or "Alliance" / "the agency" when the release has exactly one of that kind."""
    found = registry.find(name)
    if found is None and " " not in name.strip():
        whole = registry.one_of_a_kind(normalize(name))
        found = registry.find(whole) if whole else None
    if found is None or registry.entities[found].kind == EntityKind.PERSON:
        return None
    return found


# "the Alliance's first Executive Director": an owner's possessive before the title.
_OWNER_FIRST = re.compile(
    r"(?:the\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})['’]s\s+"
    r"(?:(?:first|new|next)\s+)?(?P<title>[A-Z].*)"
)
# "Chair of the Academy's Board", "Chair of its Board", "Chair of the network's Board":
# a board or a unit of the owner; the title is "Chair of the Board" at the owner.
_OWNER_UNIT = re.compile(
    r"(?P<title>.+?)\s+of\s+(?:(?:the\s+)?(?P<owner>[A-Za-z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})['’]s"
    r"|its|their)\s+(?P<unit>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+of\s+[A-Z][\w-]*)?)"
)
# "Director of the Institute", "Director General of the agency": a kind word standing
# for the release's one organisation of that kind.
_OF_THE_KIND = re.compile(r"(?P<title>.+?)\s+of\s+the\s+(?P<kind>[A-Za-z][a-z]+)")


def _owned(title: str, registry: Registry) -> tuple[str, str | None, bool]:
    """(title, owner organisation id, whether an owner was written) for a title written
    with its owner as a possessive, a board of an owner, or a kind word; the title as
    given, None and False otherwise."""
    title = re.sub(r"^(?:first|new|next)\s+(?=[A-Z])", "", title)
    match = _OWNER_FIRST.fullmatch(title)
    if match is not None:
        return match["title"], _organisation_named(match["owner"], registry), True
    match = _OWNER_UNIT.fullmatch(title)
    if match is not None:
        owner = match["owner"]
        org = _organisation_named(owner, registry) if owner else None
        return f"{match['title']} of the {match['unit']}", org, bool(owner)
    match = _OF_THE_KIND.fullmatch(title)
    if match is not None:
        org = _organisation_named(match["kind"], registry)
        if org is not None:
            return match["title"], org, True
    return title, None, False


def _organisation(
    title: str, sentence: str, registry: Registry
) -> tuple[str, str | None, str | None]:
    """(title, organisation id, organisation named in the sentence's announcing subject):
    the title without an organisation the release knows ("Chief Executive of the Velmont
    Trust" -> "Chief Executive", velmont-trust; "the Alliance's first Executive Director"
    -> "Executive Director" at the one alliance); a complement that is no organisation of
    the release stays in the title ("Chair of the Board")."""
    title = title.strip(" ,.")
    title, org_id, owned = _owned(title, registry)
    if not owned:
        named, org = split_title_org(title) if is_title_phrase(title) else (None, None)
        org_id = registry.find(org) if org else None
        if named and org_id is not None and registry.entities[org_id].kind != EntityKind.PERSON:
            title = named
        else:
            org_id = None
    announcer = None
    said = _ANNOUNCES.search(sentence)
    kind = _KIND_SUBJECT.search(sentence[: said.start()]) if said is not None else None
    if kind is not None:
        # ("Further, the company appointed …": the one company the release names, never
        # a capitalised word before the subject.)
        word = kind["kind"].lower()
        announcer = _organisation_named(word, registry) or _organisation_named(
            _PLURALS.get(word, f"{word}s"), registry
        )
    elif said is not None:
        for e in reversed(registry.mentions(sentence[: said.start()])):
            if registry.entities[e].kind == EntityKind.ORGANIZATION:
                announcer = e
                break
    return title, org_id, announcer


# "the company" (or "the foundation" …) as the subject right before an announcing verb.
_KIND_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<kind>[a-z]+)\s+(?:(?:also|today|has|have)\s+)*$")
# Kind words whose plural ends a name ("… Companies") and is not the word and an "s".
_PLURALS = {"company": "companies", "university": "universities", "agency": "agencies"}


# A person's name right before the verb (after an optional appositive between commas),
# opening the sentence or after "that": "Ravi Menon steps down as …".
_NAME_BEFORE = re.compile(
    r"(?:^|\bthat\s+)(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,[^,]{2,120},)?\s*$"
)


# "… replaces Jane Doe, who is stepping down": a relative clause right before the
# change verb; its subject is the name before "who", not the sentence's subject.
_WHO_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+who\s+(?:[a-z]+\s+){0,2}$"
)


def _named_subject(clause: str, registry: Registry) -> list[str]:
    """The person a change's clause opens with when no other reader registered them
    ("Ravi Menon steps down as Secretary": no title beside the name), registered now;
    [] when the clause does not open with a person's name."""
    found = _NAME_BEFORE.search(clause.rstrip())
    if found is None or not is_person_name(found["name"], registry.acronyms()):
        return []
    if registry.find(found["name"]) is not None:
        return []  # an organisation, or someone already known under another reading
    return [registry.add(found["name"], EntityKind.PERSON)]


def read_changes(
    sentences: list[str], registry: Registry, release: dt.date | None
) -> list[RoleChange]:
    """The leadership changes ``sentences`` (the release's narrative, in reading order)
    state about people of ``registry``; ``release`` is the release's date, for whether a
    dated change has happened by then."""
    changes: list[RoleChange] = []
    last_person: str | None = None
    last_start: tuple[str | None, dt.date | None] = (None, None)
    for sentence in sentences:
        found_any = False
        taken: list[tuple[int, int]] = []
        for kind, pattern in _VERBS:
            for match in pattern.finditer(sentence):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue  # "moves from A to become B": read once, by the first verb
                before = sentence[: match.start()]
                # The subject: the last person named before the verb, or the one a
                # pronoun points back to.
                # (Only in the verb's own clause: "signed by A, who became X, and by
                # B, who succeeded her" is B's change, even when B is no known person.)
                clause = re.split(r";|,\s+and\s+(?:by\s+)?|\s+and\s+by\s+", before)[-1]
                subject_people = _people(clause, registry) or _named_subject(clause, registry)
                who = _WHO_BEFORE.search(clause)
                if who is not None:
                    relative = _people(who["name"], registry) or _named_subject(
                        who["name"], registry
                    )
                    subject_people = relative or subject_people
                named = match.groupdict().get("object")
                if kind == "names bare" and not is_title_word(match["title"].split()[0]):
                    continue
                successor_of = None
                if kind == "successor is":
                    # ("Her successor will be …": the one leaving, named before.)
                    successor_of = _last_leaving(changes, None) or last_person
                    if successor_of is None:
                        continue
                if kind == "succeeded by":
                    # (The subject leaves; the person the change is about is the object.)
                    named_before = _people(before, registry)
                    successor_of = (
                        subject_people[-1]
                        if subject_people
                        else named_before[-1]
                        if named_before
                        else last_person
                        if _PRONOUN_SUBJECT.search(clause.strip())
                        else None
                    )
                    if successor_of is None:
                        continue
                if named is not None:
                    # ("has named Jane Doe as …": the object is the person. "Dr." or
                    # "Prof." is how the name is written, never part of it; kept, it
                    # drafts the person a second time.)
                    named = clean_name(named)
                    found = registry.find(named)
                    if (
                        found is None
                        and kind in ("names bare", "names")
                        and is_person_name(named, registry.acronyms())
                    ):
                        # (An appointment's object is a person, whom no title beside
                        # the name introduced.)
                        found = registry.add(named, EntityKind.PERSON)
                    if (
                        found is None
                        and kind in ("succeeded by", "successor is")
                        and is_person_name(named, registry.acronyms())
                    ):
                        found = registry.add(named, EntityKind.PERSON)
                    if found is None or registry.entities[found].kind != EntityKind.PERSON:
                        continue
                    person = found
                elif _PRONOUN_SUBJECT.search(clause.strip()) and (
                    last_person is not None or _people(before, registry)
                ):
                    # ("X now serves as Chair; she was CEO until …": the person named
                    # earlier in the same sentence, else the last one before it.)
                    named_before = _people(before, registry)
                    person = named_before[-1] if named_before else last_person
                    if person is None:
                        continue
                elif subject_people:
                    person = subject_people[-1]
                else:
                    continue
                groups = match.groupdict()
                effect = _EFFECT.match(sentence, match.end())
                starts: str | None
                if effect is None:
                    starts, day = None, None
                elif re.match(r"the\s+same", effect.group("when"), re.IGNORECASE):
                    starts, day = last_start
                else:
                    starts, day = _when(effect.group("when"))
                if kind in ("steps down", "leaves bare"):
                    # ("stepped down as Director on June 30": the date is the end.)
                    ends, starts, day = starts, None, None
                elif kind == "held until":
                    # ("was Chief Executive until March 2025": that is the end; a
                    # title held until then has been left by the release's date.)
                    (ends, _until), starts, day = _when(groups["until"]), None, None
                else:
                    ends = _end_before(starts, day) if starts else None
                # "on 1 February 2025" when the release is of 20 January 2025: not yet.
                settled = (
                    day <= release
                    if day is not None and release is not None
                    else bool(_SETTLED.search(match.group(0)[:30]))
                )
                title = org = announcer = None
                if groups.get("title"):
                    title, org, announcer = _organisation(groups["title"], sentence, registry)
                elif groups.get("own_title"):
                    if not is_title_phrase(groups["own_title"]):
                        continue
                    # ("Acme has named Jane Doe as its new president": "its" is the
                    # organisation that names her.)
                    title, _, announcer = _organisation(groups["own_title"], sentence, registry)
                    org = announcer
                board = groups.get("board_of") or groups.get("board_owner")
                if kind == "joins board":
                    org = _organisation_named(board.rstrip("."), registry) if board else None
                    if org is None:
                        continue  # "joins the board" of no organisation the release names
                    title = BOARD_MEMBER_TITLE
                left = groups.get("left")
                left_org = None
                if left:
                    left, left_org, _ = _organisation(left, sentence, registry)
                if kind == "leaves bare":
                    # (No "as <title>": the title the sentence gives the person, else
                    # the one title this release gives them; apply_changes looks in
                    # the base when neither does.)
                    held = _title_named(registry, person, sentence)
                    if held is not None:
                        left, left_org = held.title, held.organization
                if kind in ("takes over bare", "successor of"):
                    handover = groups.get("handover") or groups.get("handover_object")
                    if handover and handover.lower() not in ("her", "him", "them", "his", "their"):
                        named_pred = _people(handover, registry)
                        successor_of = named_pred[0] if named_pred else None
                    else:
                        successor_of = _last_leaving(changes, person)
                    if successor_of is None or successor_of == person:
                        continue
                predecessor = None
                if successor_of is not None:
                    predecessor = successor_of
                    if title is None:
                        # ("X will retire as Director on 30 April. She will be succeeded
                        # by Y": the title X leaves, as the release gave it.)
                        leaving = next(
                            (c for c in reversed(changes) if c.person == successor_of and c.left),
                            None,
                        )
                        if leaving is None:
                            continue
                        title, org = leaving.left, leaving.organisation
                pred = groups.get("pred")
                if pred:
                    if pred.lower() in ("her", "him", "them"):
                        earlier = [p for p in _people(before, registry) if p != person]
                        predecessor = earlier[-1] if earlier else last_person
                        predecessor = None if predecessor == person else predecessor
                    else:
                        named = _people(pred, registry)
                        predecessor = named[0] if named else None
                if title is not None and not is_title_phrase(title):
                    continue  # "will become a member of …", "was named in the report"
                if left is not None and not is_title_phrase(left):
                    continue
                changes.append(
                    RoleChange(
                        person,
                        title,
                        org or announcer or left_org,
                        left,
                        predecessor,
                        starts,
                        ends,
                        settled,
                        sentence,
                    )
                )
                found_any = True
                taken.append((match.start(), match.end()))
                if starts:
                    last_start = (starts, day)
        people = _people(sentence, registry)
        if people and not found_any:
            last_person = people[-1]
        elif found_any:
            last_person = changes[-1].person
    return changes


def _last_leaving(changes: list[RoleChange], successor: str | None) -> str | None:
    """The person of the newest change that leaves a title, other than ``successor``:
    the one a "takes over" or "her successor" after it hands the title on from."""
    return next(
        (c.person for c in reversed(changes) if c.left and c.person != successor and not c.title),
        None,
    )


def _title_named(registry: Registry, person: str, sentence: str) -> DraftRole | None:
    """The person's title this release drafts that ``sentence`` names ("Tern's Treasurer,
    Ada Roe, will step down"), else their one title here; None otherwise."""
    roles = [r for r in registry.roles if r.entity == person and r.current and not r.ended]
    folded = normalize(sentence)
    named = [r for r in roles if normalize(r.title) in folded]
    if named:
        return max(named, key=lambda r: len(r.title))
    return roles[0] if len(roles) == 1 else None


def _same_title(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)


def _current_roles(registry: Registry, kb: KnowledgeBase | None, person: str) -> list[DraftRole]:
    """The person's titles this release or the base states and no one has ended."""
    roles = [r for r in registry.roles if r.entity == person]
    if kb is not None:
        ended = {
            (normalize(r.title), r.organization)
            for r in kb.roles
            if r.entity == person and (r.ended or r.current is False)
        }
        for r in kb.roles:
            if r.entity != person or (normalize(r.title), r.organization) in ended:
                continue
            if any(
                _same_title(x.title, r.title) and x.organization == r.organization for x in roles
            ):
                continue
            roles.append(DraftRole(person, r.title, r.organization))
    return roles


def _end(registry: Registry, old: DraftRole, ends: str | None, *, title: str | None = None) -> None:
    """Restate ``old`` as ended (at ``ends``, or ``current: false`` without a date), in
    place when this release drafts it, else as a new role line of this release; ``title``
    replaces a title another reader cut too long."""
    title = title or old.title
    ended = DraftRole(old.entity, title, old.organization, False, ends or old.ended)
    for k, role in enumerate(registry.roles):
        if (
            role.entity == old.entity
            and _same_title(role.title, old.title)
            and role.organization == old.organization
        ):
            # (A date the release gives for the end elsewhere, "until December 2024",
            # is kept: it is the release's own word.)
            registry.roles[k] = DraftRole(
                role.entity, title, role.organization, False, role.ended or ends
            )
            return
    registry.roles.append(ended)


# A change that adds a title rather than replacing one.
_KEEPS = re.compile(
    r"\b(?:will\s+also|also\s+(?:becomes?|became|be|been)|in\s+addition\s+to|while\s+(?:remaining|"
    r"keeping|continuing)|keeps|retains|remains|will\s+remain|continues\s+as|alongside\s+(?:her|his|their))\b",
    re.IGNORECASE,
)


_FOUNDER = re.compile(r"(?i)(?:co-?\s?)?founder")


def apply_changes(
    registry: Registry, changes: list[RoleChange], issuer: str | None, kb: KnowledgeBase | None
) -> list[str]:
    """Draft each change into ``registry.roles``: the new title as a role, the left one
    (and the predecessor's title, and the person's other titles at the same organisation
    a "become" change replaces) restated as ended. Returns a review note per change."""
    notes: list[str] = []
    for change in changes:
        held = _current_roles(registry, kb, change.person)
        if change.left is None and change.title is None:
            # ("Ada Roe will retire in May" with no title here: the one the base gives
            # her, or the one of hers the sentence names.)
            folded = normalize(change.sentence)
            known = [r for r in held if r.current and not r.ended]
            named = [r for r in known if normalize(r.title) in folded]
            pick = named[0] if len(named) == 1 else known[0] if len(known) == 1 else None
            if pick is None:
                notes.append(
                    f"'{change.person}' leaves a title, as the release says, but it names none"
                    " and the person holds none or several: end the right role by hand"
                )
                continue
            change = change._replace(left=pick.title, organisation=pick.organization)
        org = change.organisation
        left = None
        if change.left:
            # (The title as another reader cut it, "Director on June 30", is the same.)
            key = normalize(change.left)
            left = next((r for r in held if _same_title(r.title, change.left)), None) or next(
                (r for r in held if normalize(r.title).startswith(key + " ")), None
            )
            # ("Chief Executive of the Port" read before, "… of the Port of Brennick
            # Authority" here: the post read before, by its title there.)
            shorter = next((r for r in held if key.startswith(normalize(r.title) + " ")), None)
            left_title = change.left
            if left is None and shorter is not None:
                left, left_title = shorter, shorter.title
        pred_role = None
        if change.predecessor and change.title:
            pred_role = next(
                (
                    r
                    for r in _current_roles(registry, kb, change.predecessor)
                    if _same_title(r.title, change.title) and (org is None or r.organization == org)
                ),
                None,
            )
        if org is None and pred_role is not None:
            org = pred_role.organization
        if org is None and left is not None:
            org = left.organization
        if org is None and (change.title or (change.left and left is None)):
            # (A title left that this release drafts nowhere, "she was CEO until March
            # 2025", is at the one organisation the person's titles name, too.)
            orgs = {r.organization for r in held if r.organization}
            org = orgs.pop() if len(orgs) == 1 else issuer
        ended_titles: list[str] = []
        if change.left:
            if left is None:
                left = DraftRole(change.person, change.left, change.organisation or org)
            _end(registry, left, change.ends, title=left_title)
            ended_titles.append(change.left)
        handed_on = ""
        if pred_role is not None and change.predecessor:
            _end(registry, pred_role, change.ends)
            # (The successor takes the predecessor's title over, never "leaves" it: the
            # note says whose title ends, apart from the successor's own.)
            ended_on = next(
                (
                    r.ended
                    for r in registry.roles
                    if r.entity == change.predecessor and _same_title(r.title, pred_role.title)
                ),
                None,
            )
            handed_on = (
                f"; {registry.entities[change.predecessor].name} leaves it"
                f" ({'ended ' + ended_on if ended_on else 'current: false: no end date given'})"
            )
        new_title = change.title
        same_post = None
        if change.title:
            # "Chair" read by another reader and "Chair of the Board" here: one post,
            # written shorter there. Its "of the Institute" is dropped when it only names
            # the organisation ("Director of the Institute" at the institute is "Director").
            key = normalize(change.title)
            same_post = next(
                (
                    r
                    for r in held
                    if r.organization in (org, None)
                    and key.startswith(normalize(r.title) + " of ")
                    and r.current
                    and not r.ended
                ),
                None,
            )
            if same_post is not None and org is not None:
                tail = re.search(r"\sof\s+the\s+(\w+)$", change.title)
                if tail and tail.group(1).lower() in normalize(registry.entities[org].name).split():
                    new_title = same_post.title
        # ("will also become Chair", "… and keeps her post": the titles held stay.)
        # (A seat on a board is held beside the person's other titles.)
        keeps = _KEEPS.search(change.sentence) is not None or change.title == BOARD_MEMBER_TITLE
        if change.title and not keeps:
            # "Jane Doe, its Chief Executive, will become Chair": the titles she holds at
            # the same organisation end when the new one starts (one changes places).
            for role in held:
                # ("previously Head of Training, succeeds her …": a title the sentence
                # says was held before, ended when the new one starts.)
                before = not role.current and not role.ended and role.title in change.sentence
                if (
                    role.organization == org
                    and org is not None
                    and role is not same_post
                    # (A founder stays one: "co-founder" never ends with a new title.)
                    and not _FOUNDER.fullmatch(role.title.strip())
                    and not _same_title(role.title, change.title)
                    and ((role.current and not role.ended) or before)
                    and (change.left is None or not _same_title(role.title, change.left))
                    and role.title not in ended_titles
                ):
                    _end(registry, role, change.ends)
                    ended_titles.append(role.title)
        if change.title:
            existing = next(
                (
                    k
                    for k, r in enumerate(registry.roles)
                    if r.entity == change.person
                    and (_same_title(r.title, change.title) or r is same_post)
                    and r.organization in (org, None)
                ),
                None,
            )
            if existing is None:
                registry.roles.append(DraftRole(change.person, new_title or change.title, org))
            else:
                registry.roles[existing] = DraftRole(change.person, new_title or change.title, org)
        where = f" at {registry.entities[org].name}" if org and change.title else ""
        since = f" from {change.starts}" if change.starts and change.title else ""
        if since and not change.settled:
            since += " (after the release's date: the old title is still held on it)"
        what = f"takes the title {new_title!r}{where}{since}" if new_title else ""
        gone = (
            f"{' and ' if what else ''}leaves {', '.join(repr(t) for t in ended_titles)}"
            f" ({'ended ' + change.ends if change.ends else 'current: false: no end date given'})"
            if ended_titles
            else ""
        )
        notes.append(
            f"'{change.person}' {what}{gone}{handed_on}, as the release says (a leadership change):"
            " check these roles, and restate the person's summary under summaries:"
        )
    return notes


def end_posts_before(
    registry: Registry,
    kb: KnowledgeBase | None,
    person: str,
    title: str,
    organisation: str | None,
    since: str,
) -> list[str]:
    """A post the release says ``person`` has held since ``since`` (ISO "YYYY-MM" or
    "YYYY"): the titles an older release (``kb``) gives them at the same organisation,
    still current there, ended (the month before, or ``current: false`` for a year); one
    may hold posts at two organisations, so a title elsewhere only gets a note. Returns
    the review notes."""
    if kb is None:
        return []
    stated = {(normalize(r.title), r.organization) for r in registry.roles if r.entity == person}
    notes: list[str] = []
    for role in _current_roles(registry, kb, person):
        if (
            (normalize(role.title), role.organization) in stated
            or _same_title(role.title, title)
            or _FOUNDER.fullmatch(role.title.strip())
            or not role.current
            or role.ended
        ):
            continue
        if organisation is not None and role.organization == organisation:
            _end(registry, role, _month_before(since))
            notes.append(
                f"'{person}' has been {title!r} since {since}: their earlier title"
                f" {role.title!r} there is restated as ended; check it"
            )
        else:
            notes.append(
                f"'{person}' has been {title!r} since {since}: check whether their earlier"
                f" title {role.title!r} has ended (restate it with ended: or current: false)"
            )
    return notes


def _month_before(since: str) -> str | None:
    """ "2021-01" -> "2020-12": the last month an earlier post was held; None for a
    year alone (its end is unknown: ``current: false``)."""
    if len(since) != 7:
        return None
    year, month = int(since[:4]), int(since[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def upcoming_titles(changes: list[RoleChange]) -> dict[tuple[str, str], str]:
    """(person id, normalised title) -> ISO start, for each new title a change gives that
    starts after the release's date (not settled by then)."""
    return {
        (c.person, normalize(c.title)): c.starts
        for c in changes
        if c.title and c.starts and not c.settled
    }


def changed_people(changes: list[RoleChange]) -> list[str]:
    """The people whose titles the changes touch, in order, once each."""
    out: list[str] = []
    for change in changes:
        for person in (change.person, change.predecessor):
            if person and person not in out:
                out.append(person)
    return out


# "Tana Reyes was the Fund's Programme Officer for the first phase", "Ivo Lind was
# Director of Grants at Kestrel": a title the person held, in the simple past (no
# "until": read_changes reads that one with its date).
_HELD_BEFORE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+was\s+(?:the\s+|an?\s+)?"
    r"(?:(?P<owner>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})['’]s\s+)?"
    r"(?P<title>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})"
    # (The whole title: no shorter reading that a capitalised word still follows.)
    r"(?![\w-]|\s+(?:of\s+)?[A-Z])(?!.*\buntil\b)"
)


def titles_held_before(
    sentences: list[str], registry: Registry, kb: KnowledgeBase | None
) -> list[str]:
    """A title the release says a person "was" ("Reyes was the Fund's Programme Officer
    for the pilot") that the base or this draft still has as current: restated as ended
    (``current: false``). Returns a review note for each."""
    notes: list[str] = []
    for sentence in sentences:
        match = _HELD_BEFORE.match(sentence.strip())
        if match is None or not is_title_phrase(match["title"]):
            continue
        person = registry.find_person(match["name"])
        if person is None:
            continue
        owner = registry.find(match["owner"]) if match["owner"] else None
        for role in _current_roles(registry, kb, person):
            if not _same_title(role.title, match["title"]) or role.current is False:
                continue
            if owner is not None and role.organization not in (None, owner):
                continue
            _end(registry, role, None)
            notes.append(
                f"{person!r} was {role.title!r}, as the release says: restated as no longer held"
                " (current: false): check it"
            )
    return notes
