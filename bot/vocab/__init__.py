"""The press-release vocabulary as data: wires, honorifics, title words, stop words,
the thesaurus.

Each file here is a plain list a person can extend without touching code (see
``README.md`` in this folder). Ingest and the engine both read them from here: the
honorifics, the stop words they share and the thesaurus are one list each, not one
per side. Every loader reads its file once per process (``functools.cache``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Wire:
    """A newswire or news agency: the publisher name and one pattern for its markers.

    ``names`` are the names the wire went by in its time ("Marketwire" before it became
    "Marketwired"), each with the pattern of the markers written so: a release is cited
    under the name it was published under, and every name is the same wire.
    """

    publisher: str
    pattern: re.Pattern[str]
    names: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def name_written(self, marker: str) -> str:
        """The name this wire went by in ``marker`` (the text inside it), else its
        table name."""
        for name, pattern in self.names:
            if pattern.fullmatch(marker):
                return name
        return self.publisher


def _text(name: str) -> str:
    # A package's __init__ is named after the package ("bot.vocab"); __package__ says the
    # same but is typed str | None.
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def wires() -> tuple[Wire, ...]:
    """``wires.yaml``: each wire and its marker patterns, in file order."""
    import yaml  # here: the engine's cold start (`partnerbot ask`) needs no YAML

    out = []
    for item in yaml.safe_load(_text("wires.yaml")):
        joined = "|".join(f"(?:{m})" for m in item["markers"])
        names = tuple(
            (name, re.compile(pattern, re.IGNORECASE))
            for name, pattern in (item.get("names") or {}).items()
        )
        out.append(Wire(item["publisher"], re.compile(joined, re.IGNORECASE), names))
    return tuple(out)


@cache
def word_list(name: str) -> frozenset[str]:
    """A ``.txt`` list in this folder: one entry a line, ``#`` comments, case folded."""
    entries = set()
    for line in _text(f"{name}.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry.casefold())
    return frozenset(entries)


def honorifics() -> frozenset[str]:
    """``honorifics.txt`` and ``ranks.txt``: courtesy titles and military or police ranks
    before a name ("Dr", "Air Marshal"), casefolded, no full stop."""
    return word_list("honorifics") | ranks()


def occupations() -> frozenset[str]:
    """``occupations.txt``: occupations written before a name ("author Jane Doe"), which
    make it a person's name without giving a title, casefolded."""
    return word_list("occupations")


def ranks() -> frozenset[str]:
    """``ranks.txt``: military and police ranks before a name ("Air Marshal", "Admiral"),
    casefolded."""
    return word_list("ranks")


@cache
def engine_stop_words() -> frozenset[str]:
    """The words the engine never indexes nor reads as what a question is about:
    ``stop_words.txt`` (shared with ingest) and ``question_stop_words.txt``."""
    return word_list("stop_words") | word_list("question_stop_words")


@cache
def ingest_stop_words() -> frozenset[str]:
    """The words at which ingest ends a capitalised name: ``stop_words.txt`` (shared
    with the engine) and ``name_stop_words.txt``."""
    return word_list("stop_words") | word_list("name_stop_words")


@cache
def thesaurus() -> tuple[tuple[str, ...], ...]:
    """``thesaurus.txt``: groups of words and phrases that mean the same in press
    releases, one group a line, casefolded, in file order.

    A phrase is written with its words joined by ``_`` (``head_office``, as WordNet
    writes collocations) and comes back with single spaces (``"head office"``); a
    hyphen inside an entry is a space too (``get-together``), since questions are
    matched after ``normalize`` folds hyphens away."""
    groups = []
    for line in _text("thesaurus.txt").splitlines():
        words = tuple(
            " ".join(w.casefold().replace("-", "_").split("_"))
            for w in line.split("#", 1)[0].split()
        )
        if words:
            groups.append(words)
    return tuple(groups)


@cache
def romanisations() -> dict[str, frozenset[str]]:
    """``romanisations.txt``: each spelling of a surname, with its other spellings in
    other romanisations ("lee" → {"li", "lei"}), casefolded."""
    table: dict[str, set[str]] = {}
    for line in _text("romanisations.txt").splitlines():
        group = [w.casefold() for w in line.split("#", 1)[0].split()]
        for w in group:
            table.setdefault(w, set()).update(x for x in group if x != w)
    return {w: frozenset(others) for w, others in table.items()}


@cache
def kind_heads() -> tuple[tuple[str, frozenset[str]], ...]:
    """``kind_heads.yaml``: (entity kind, head words) in file order (first match wins)."""
    import yaml

    data = yaml.safe_load(_text("kind_heads.yaml"))
    return tuple((kind, frozenset(w.casefold() for w in words)) for kind, words in data.items())


@cache
def units() -> tuple[frozenset[str], frozenset[str]]:
    """``units.yaml``: (standalone units, units only after a parent), as written."""
    import yaml

    data = yaml.safe_load(_text("units.yaml"))
    return frozenset(data["standalone"]), frozenset(data["with_parent"])


@cache
def title_initials() -> dict[str, str]:
    """``title_initials.yaml``: a title's initials -> the title ("VC": "Vice Chancellor")."""
    import yaml

    return {str(k): str(v) for k, v in yaml.safe_load(_text("title_initials.yaml")).items()}


@cache
def office_verbs() -> dict[str, str]:
    """``office_verbs.yaml``: a verb naming an office -> the title ("chairs": "Chair")."""
    import yaml

    return dict(yaml.safe_load(_text("office_verbs.yaml")))


@cache
def contraries() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """``contraries.txt``: pairs of contrary attributes, each side a set of phrases
    (casefolded, hyphens as spaces), in file order."""
    pairs = []
    for line in _text("contraries.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        left, right = entry.split("|", 1)
        sides = [
            frozenset(" ".join(p.replace("-", " ").split()).casefold() for p in side.split(","))
            - {""}
            for side in (left, right)
        ]
        pairs.append((sides[0], sides[1]))
    return tuple(pairs)


@cache
def country_names() -> frozenset[str]:
    """Country names as releases write them ("Italy", "Bolivia", "Republic of Korea",
    "Tanzania"), case-folded, from pycountry's ISO 3166 table (name, common and official
    name, and the part before a comma: "Korea, Republic of" -> "korea"). pycountry is
    imported here, on first use, so that a process that never asks stays quick to start."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.casefold())
                names.add(value.split(",")[0].casefold())
    return frozenset(names)


@cache
def nations() -> frozenset[str]:
    """``country_names`` and the countries inside a state that releases count as
    countries ("Scotland", "Wales": ISO 3166-2 subdivisions of type Country or Nation,
    and Northern Ireland), case-folded."""
    import pycountry

    inner = {
        s.name.split(" [")[0].casefold()
        for s in pycountry.subdivisions
        if s.type in ("Country", "Nation")
    }
    return country_names() | inner | {"northern ireland"}
