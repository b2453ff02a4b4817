"""How reliable a publisher signal is, when no dateline or wire marker names one.

A reviewer fills a blank ``source.publisher`` faster than they spot a wrong one, so the
fallbacks here say when to trust a name and when to leave the field for a person:

* a wire's or news agency's sign-off at the end of a story ("... in 2020. — Lantern",
  "... in 2020. (Lantern)") names the agency that wrote it, the way the dateline's
  marker does on a wire (agency style: many national news agencies sign off so);
* news prose that reports someone else's release ("according to an official release",
  "officials said", "said ... in a news release") was published by a news site, not by
  the organisation it names first;
* a name that the text only ever writes as part of something longer ("Kenyan
  President ...", "harbour ministry", "Sea and Harbour Organization") is a fragment
  or an adjective, never an organisation on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot.ingest.deals import is_demonym_only
from bot.ingest.metadata import Metadata, byline_outlet, sender_organisation, wire_name
from bot.ingest.registry import Registry
from bot.ingest.voice import voice
from bot.ingest.words import STOPWORDS, is_country, is_demonym, is_title_word
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# A capitalised name of up to four words (an agency: "Lantern", "Kestrel News Agency").
_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# "... said. — Lantern", "... said. -- Lantern", "... said. (Lantern)" at a story's end;
# a wire that writes its name in lower case ("(kpa)") only when the wire table knows it.
_SIGN_OFF = re.compile(
    rf"[.!?\"”’)]\s*(?:(?:--|\u2014|\u2013|-)\s*(?P<dash>{_NAME})|\((?P<paren>{_NAME}|[a-z][\w-]{{1,11}})\))\s*$"
)
# "Kestrel Staff", "KNA News Desk", "Kestrel Newsroom": a newsroom's credit, its outlet
# first.
_STAFF_CREDIT = re.compile(
    r"(?P<outlet>.+?)\s+(?:staff(?:\s+(?:writers?|reporters?))?|(?:news\s*)?desk|news\s*room)",
    re.IGNORECASE,
)
# "Source: Lantern News Agency" on the story's last line.
_SOURCE_LINE = re.compile(rf"^\s*Source\s*:\s*(?P<name>{_NAME})\s*\.?\s*$")
_AGENCY_WORDS = re.compile(
    r"\b(?:news\s*wire|wire(?:\s+service)?|press\s*wire|news\s+service|news\s+agency|"
    r"press\s+agency)$",
    re.IGNORECASE,
)

# Reporting on another party's release or statement: the voice of a news story.
_REPORTED = re.compile(
    r"\baccording to (?:an?|the|its|their) (?:official |news |press |media )?"
    r"(?:release|statement)\b"
    # ("according to Acme's release": the party's own release, by its owner's name.)
    r"|\baccording to (?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}['’]s?\s+"
    r"(?:official |news |press |media )?(?:release|statement|announcement)\b"
    r"|\bin a (?:news|press|media) release\b"
    # ("..., says a press release from Acme", "a statement by the council reads"): the
    # release quoted by the news copy that reports it.
    r"|\b(?:says|said|reads|read|states|stated|notes|noted)\s+(?:an?|the)\s+"
    r"(?:news\s+|press\s+|media\s+)?(?:release|statement)\s+(?:from|by|of|issued)\b"
    r"|\b(?:said|announced|stated|added) in a statement\b"
    r"|\bofficials said\b|\btold (?:reporters|journalists|the media|the press)\b"
    # "..., informed Prof Jane Doe." (a reporter's verb of saying, after the clause)
    r"|,\s*informed\s+(?:the\s+)?[A-Z]"
)

# Words that make a name a programme or a prize, never an issuer.
# ("Programme" says nothing: the United Nations Development Programme issues its own.)
_PROGRAMME_WORDS = re.compile(r"\b(?:Awards?|Prizes?|Campaigns?)\b")

# Small words inside a longer name: "Ivo dos Ramos Foundation", "Bank of X".
_NAME_PARTICLES = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|la|le|of|for|and)"


def sign_off(paragraphs: list[str], is_person: Callable[[str], bool]) -> str | None:
    """The agency whose sign-off ends the story, or None.

    ``paragraphs`` are the story's paragraphs in order (only the last one is read: a
    sign-off ends the story); ``is_person`` says whether a name is a person the release
    names, whose name after a dash is an attribution, never a publisher; a name of two
    words or more shaped as a person's (``metadata.byline_outlet``) is a reporter's. A known wire
    is given by its table name (``bot/vocab/wires.yaml``).
    """
    last = next((p.strip() for p in reversed(paragraphs) if p.strip()), "")
    if not last:
        return None
    source = _SOURCE_LINE.match(last.splitlines()[-1])
    if source is not None:
        name = source.group("name").strip(" .")
        return wire_name(name) or (name if _AGENCY_WORDS.search(name) else None)
    match = _SIGN_OFF.search(last)
    if match is None:
        return None
    name = (match.group("dash") or match.group("paren")).strip(" .")
    staff = _STAFF_CREDIT.fullmatch(name)
    if staff is not None:
        # ("-Kestrel Staff", "— KNA Desk": the outlet credits its own newsroom.)
        name = staff.group("outlet")
        return wire_name(name) or name
    known = wire_name(name)
    if known is not None:
        return known
    if name[:1].islower():
        return None
    words = name.split()
    if is_person(name) or any(is_title_word(w.lower()) for w in words) or len(name) < 3:
        return None
    if len(words) > 1 and byline_outlet(name) is None:
        # ("... next year.—Jane Doe": a trade paper's reporter signs the story
        # off by name; a name shaped as a person's, never an outlet's, is no publisher.)
        return None
    return name


def reports_a_release(text: str) -> bool:
    """Whether ``text`` is news prose about someone else's release or statement."""
    return _REPORTED.search(text) is not None


def named_on_its_own(name: str, text: str, is_known: Callable[[str], bool]) -> bool:
    """Whether ``text`` writes ``name`` at least once as a name in its own right.

    A mention does not count when written in lower case ("the harbour ministry"), when a
    capitalised word follows it or a title word does ("Kenyan President"), or when it
    ends a longer capitalised name ("Ivo dos Ramos Foundation", "Sea and Harbour
    Organization"). ``is_known`` says whether a word is a name the release defines:
    "Orbalis and Quillmark" is two names, "Sea and Harbour" one.
    """
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        after = text[found.end() :]
        nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", after)
        if nxt:
            word = nxt.group(1)
            titled = is_title_word(word.lower().strip("-"))
            # "Acme Director-General Jane Doe": the organisation's own official, the
            # name written on its own; "Kenyan President": an adjective, no name.
            if not (titled and word[0].isupper() and not _adjective_like(name)) and (
                word[0].isupper() or titled
            ):
                continue
        before = text[: found.start()]
        glued = re.search(rf"([A-Z][\w'’.-]*)\s+(?:{_NAME_PARTICLES}\s+)?$", before)
        # ("Orbalis and Quillmark": two names; "Sea and Harbour": one.)
        two_names = re.search(r"\band\s+$", before) is not None and glued is not None
        # (A capitalised function word is no part of a name: "The Acme Fund", "At Acme".)
        if (
            glued
            and glued.group(1).lower() not in STOPWORDS
            and not (two_names and is_known(glued.group(1)))
        ):
            continue
        return True
    return False


# "Minister of Energy, Mines and Petroleum Resources": the portfolio's list of names,
# before the name at hand.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*,\s+(?:and\s+)?$"
)


def not_a_name(name: str, story: str, title: str, aliases: Sequence[str] = ()) -> str | None:
    """Why ``name``, read as an organisation, is no issuer's name, or None when it may be.

    The signs that a capitalised run is not an organisation's name (each a kind seen on
    real releases):

    * one word in title case that the text also writes in lower case ("Industry" beside
      "industry policies"): a common noun capitalised in a title or a longer name;
    * a name the story never writes, only a headline in title case ("Acme Partnership
      for Research Takes Shape"), where every word is capitalised;
    * a name with a possessive inside ("Acme's Engineering School"): a part of another
      organisation, written as a description;
    * a name the text only writes inside a title's portfolio, after a comma ("Minister of
      Energy, Mines and Harbours"): a part of the office, not an organisation.
    """
    # (Only a word in title case: an acronym, "WHO", is no common noun whatever "who" is.)
    if (
        re.fullmatch(r"[A-Z][a-z]+", name)
        and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", story) is not None
    ):
        return "is a common noun the text also writes in lower case"
    escaped = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    in_story = list(re.finditer(escaped, story))
    # (Title case: no lower-case word but short function words; "Acme signs MOU with
    # Kestrel" is a sentence, whose capitals are names.)
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    title_case = len(words) >= 3 and not any(w[0].islower() and len(w) > 3 for w in words)
    written = any(re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", story) for label in aliases)
    if not in_story and not written and title_case and re.search(escaped, title):
        return "is written only in a headline in title case, where every word is capitalised"
    if re.search(r"['’]s\s", name):
        return "is a part of another organisation, written with a possessive"
    if in_story and all(_PORTFOLIO_BEFORE.search(story[: m.start()][-120:]) for m in in_story):
        return "is written only inside an office's portfolio, after a comma"
    return None


def _adjective_like(name: str) -> bool:
    """Whether ``name`` reads as a nationality adjective ("Kenyan", "Ostrian",
    "Iraqi"): a known demonym, or one word with a demonym's ending."""
    return is_demonym(name) or (
        " " not in name and re.search(r"(?:ian|ean|ese|ish|ic|an|i)$", name) is not None
    )


def _is_person(registry: Registry, name: str) -> bool:
    found = registry.find(name)
    return found is not None and registry.entities[found].kind == EntityKind.PERSON


def publisher_from_sign_off(meta: Metadata, registry: Registry, text: str) -> None:
    """An agency's sign-off ending the story ("... in 2020. \u2014 Lantern") names the
    publisher the way a wire marker does."""
    raw = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    name = sign_off(meta.paragraphs, lambda n: _is_person(registry, n)) or sign_off(
        raw, lambda n: _is_person(registry, n)
    )
    if name is None:
        return
    # "-VNA" after a story that spells out "Vietnam News Agency (VNA)": the full name.
    known = registry.find(name)
    if known is not None and registry.entities[known].kind == EntityKind.ORGANIZATION:
        name = registry.entities[known].name
    meta.publisher = name
    meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
    meta.warnings.append(
        f"publisher {name!r} read from the sign-off that ends the story: check source.publisher"
    )


# A release's contact line: "Media contact: Jane Doe, Acme Ltd", or the label alone on
# its line with the contact below it.
_CONTACT_LINE = re.compile(
    r"^\s*(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)"
    r"(?:\s*[:\u2013\u2014-]\s*(?P<rest>\S.*)|\s*:?\s*)$",
    re.IGNORECASE,
)
# A department after the organisation's name in a contact ("City of Orrin Communications").
_DEPARTMENT_TAIL = re.compile(r"\s+(?:communications?|media|press)$", re.IGNORECASE)
# How many lines below a contact label may name the contact and their organisation.
_CONTACT_BLOCK_LINES = 3


def contact_organisation(text: str, registry: Registry) -> str | None:
    """The organisation a release's media contact speaks for, when the release names it
    as a party: the contact line and the lines below it, cut at commas and dashes, each
    piece without office words around it ("City of Orrin Communications", "Media
    Relations, Acme Ltd"); the first piece that is an organisation of the registry.
    Returns that organisation's name, or None."""
    lines = text.splitlines()
    for k, line in enumerate(lines):
        label = _CONTACT_LINE.match(line)
        if label is None:
            continue
        below = [x for x in lines[k + 1 : k + 1 + 2 * _CONTACT_BLOCK_LINES] if x.strip()]
        block = [label.group("rest") or "", *below[:_CONTACT_BLOCK_LINES]]
        for piece in re.split(r"[,;|\u2013\u2014\n]|\s-\s", "\n".join(block)):
            piece = _DEPARTMENT_TAIL.sub("", sender_organisation(piece.strip())).strip()
            if not piece or "@" in piece:
                continue
            found = registry.find(piece)
            if found is not None and registry.entities[found].kind == EntityKind.ORGANIZATION:
                return registry.entities[found].name
    return None


def issuer_over_unknown_marker(meta: Metadata, registry: Registry, text: str) -> None:
    """A /Name/ marker that is no known wire may be the issuer's own tag, not a wire: the
    organisation the release's media contact speaks for is then the publisher (with the
    marker named in the review note). The marker stays when no contact names one."""
    if not meta.unknown_marker or meta.publisher is None:
        return
    issuer = contact_organisation(text, registry)
    if issuer is None or normalize(issuer) == normalize(meta.publisher):
        return
    marker = meta.publisher
    meta.publisher = issuer
    meta.warnings = [w for w in meta.warnings if not w.startswith(f"publisher {marker!r}")]
    meta.warnings.append(
        f"publisher {issuer!r}, the organisation the release's media contact speaks for:"
        f" the marker {marker!r} is no known wire (bot/vocab/wires.yaml), so it may be the"
        " issuer's own tag: check source.publisher"
    )


def named_after_parties(registry: Registry, entity_id: str) -> bool:
    """Whether ``entity_id`` is a programme whose name holds another organisation's name
    or acronym ("Acme-Kestrel Partnership", "the Acme Kestrel Alliance"): a joint
    programme of those parties, never the issuer of a release about it."""
    entity = registry.entities[entity_id]
    if entity.kind != EntityKind.INITIATIVE:
        return False
    return any(
        re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", entity.name)
        for other in registry.entities.values()
        # (This release's parties only: "United Nations" of an older release is no party
        # of the United Nations Development Programme.)
        if other.id != entity_id and other.kind == EntityKind.ORGANIZATION and not other.existing
        for label in (other.name, *other.aliases)
        if len(label) >= 2 and label != entity.name
    )


class Issuer(NamedTuple):
    """The organisation that issued a release, and the name to give as publisher."""

    entity: str
    # The name the text writes on its own: the entity's name, or else an alias ("FAO"
    # for an entity whose name the text only writes inside a longer one).
    label: str


def reliable_issuer(
    meta: Metadata, registry: Registry, named: list[str], text: str
) -> Issuer | None:
    """The first of the organisations ``named`` (in reading order) that can be the
    release's issuer, or None with a review note.

    News prose reporting someone else's release names its subject first, never its
    publisher; and a name the text only writes inside a longer one ("Kenyan President",
    "Sea and Harbour Organization") or in lower case is no organisation at all.
    """
    first = registry.entities[named[0]].name
    story_voice = voice(text)
    if story_voice.is_news:
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"no publisher set: a news story ({', '.join(story_voice.news)}), so {first!r},"
            " named first, is what it reports on: set source.publisher to the outlet"
        )
        return None
    if reports_a_release(text):
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"no publisher set: the text reports another party's release or statement, so"
            f" {first!r}, named first, is its subject, not its publisher: set source.publisher"
        )
        return None

    def known(word: str) -> bool:
        return registry.find(word) is not None

    story = "\n\n".join(meta.paragraphs) or text

    def on_its_own(label: str) -> bool:
        # A headline's first word is capitalised whatever it is ("Harbour, rail
        # ministries sign ..."): there only a name of several words counts.
        return named_on_its_own(label, story, known) or (
            len(label.split()) > 1 and named_on_its_own(label, meta.title, known)
        )

    # Only the first: when the name read first is a fragment, the issuer is the longer
    # name around it, and the next one named is a partner, not the issuer.
    entity = registry.entities[named[0]]
    if is_demonym_only(entity.name):
        # "Kenyan" (an older draft's mistake, or a headline's adjective) names where
        # someone is from, never who issued the release.
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"no publisher set: {entity.name!r}, named first, is an adjective of a nationality,"
            " not an organisation: set source.publisher"
        )
        return None
    if _PROGRAMME_WORDS.search(entity.name) or is_country(entity.name):
        # "2004 Community Awards", "Velmora": a prize or a country named first is what
        # the release is about, never who issued it.
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"no publisher set: {entity.name!r}, named first, is an award or a country, not"
            " the organisation that issued the release: set source.publisher"
        )
        return None
    reason = not_a_name(entity.name, story, meta.title, entity.aliases)
    if reason is not None:
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"no publisher set: {entity.name!r}, named first, {reason}: set source.publisher"
        )
        return None
    label = next(filter(on_its_own, (entity.name, *entity.aliases)), None)
    if label is not None:
        return Issuer(entity.id, label)
    meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
    meta.warnings.append(
        f"no publisher set: {entity.name!r}, named first, is written only as part of a longer"
        " name or title: set source.publisher"
    )
    return None


# Spaces only, never a line break: a region name ends with its line ("… for Asia and the
# Pacific" above a paragraph that starts with the agency's name).
_REGION = r"(?:the[ \t]+)?(?P<region>[A-Z][\w'’-]+(?:[ \t]+(?:and[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]+){0,2})"


def regional_office(meta: Metadata, registry: Registry, text: str) -> None:
    """The publisher's regional office, when the page says the release is that office's:
    it names "<publisher> Regional Office for <Region>", or names "<publisher> Regional
    Office" and its head's title, "Regional Director for <Region>" (a regional office
    of a UN agency publishes its own releases)."""
    found = registry.find(meta.publisher) if meta.publisher else None
    if found is None or registry.entities[found].kind != EntityKind.ORGANIZATION:
        return
    if re.search(r"\bRegional\s+Office\b", meta.publisher or ""):
        return  # the office already, by the name the page gives it
    entity = registry.entities[found]
    for label in sorted({entity.name, *entity.aliases}, key=len):
        office = rf"(?<![\w-]){re.escape(label)}\s+Regional\s+Office"
        written = re.search(rf"{office}\s+for\s+{_REGION}", text)
        # (The director of this organisation: "Acme (AO) Regional Director for X".)
        names = "|".join(re.escape(n) for n in (entity.name, *entity.aliases))
        director = re.search(
            rf"(?<![\w-])(?:{names})(?:\s*\([^()]{{1,12}}\))?\s+Regional\s+Director\s+for\s+{_REGION}",
            text,
        )
        region = (
            written.group("region")
            if written
            else director.group("region")
            if director and re.search(office, text)
            else None
        )
        if region is None:
            continue
        meta.publisher = f"{label} Regional Office for {region}"
        meta.warnings = [w for w in meta.warnings if not w.startswith(f"publisher {entity.name!r}")]
        meta.warnings.append(
            f"publisher {meta.publisher!r}: the regional office of {entity.name} the page"
            " names: check source.publisher"
        )
        return
