"""The press-release vocabulary as data: wires, honorifics, title words, stop words,
the thesaurus.

Each file here is a plain list a person can extend without touching code (see
``README.md`` in this folder). Ingest and the engine both read them from here: the
honorifics, the stop words they share and the thesaurus are one list each, not one
per side. Every loader reads its file once per process (``functools.cache``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class Month:
    """A month of the year (``months.txt``): ``number`` 1-12, ``name`` lowercase
    ("september") and the ``abbreviations`` written for it, lowercase, no full stop
    ("sep", "sept"; none for "may")."""

    number: int
    name: str
    abbreviations: tuple[str, ...]

    @property
    def stems(self) -> tuple[str, ...]:
        """The shortest ways to write it: its abbreviations, else its name ("may")."""
        return self.abbreviations or (self.name,)


@cache
def months() -> tuple[Month, ...]:
    """``months.txt``: the twelve months in calendar order, the one list of month names
    that ingest and the engine read (every pattern and set below is made from it)."""
    out = []
    for line in _text("months.txt").splitlines():
        words = line.split("#", 1)[0].casefold().split()
        if words:
            out.append(Month(len(out) + 1, words[0], tuple(words[1:])))
    return tuple(out)


def month_names() -> tuple[str, ...]:
    """The twelve full names, lowercase, in calendar order: ``month_names()[n - 1]`` is
    month n ("january" … "december")."""
    return tuple(m.name for m in months())


def month_numbers() -> dict[str, int]:
    """Every full name and abbreviation, lowercase without a full stop -> its month's
    number 1-12 ("sept" -> 9). A new dict each call: the caller may keep it as its own."""
    return {word: m.number for m in months() for word in (m.name, *m.abbreviations)}


def month_words() -> frozenset[str]:
    """Every full name and abbreviation, lowercase ("may", "sept", "december")."""
    return frozenset(month_numbers())


def _cased(word: str, capitalised: bool) -> str:
    return word.capitalize() if capitalised else word


def month_names_pattern(*, capitalised: bool = False) -> str:
    """The full names as a regex alternation, in calendar order, to be grouped by the
    caller: "january|…|december", or "January|…|December" for a case-sensitive pattern
    that wants a capital."""
    return "|".join(_cased(name, capitalised) for name in month_names())


def month_stems_pattern(*, capitalised: bool = False) -> str:
    """Each month's shortest forms as a regex alternation, in calendar order:
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec". Callers follow it with
    ``[a-z]*`` to take the whole name or abbreviation ("Sept", "September")."""
    return "|".join(_cased(stem, capitalised) for m in months() for stem in m.stems)


def month_pattern() -> str:
    """A month's full name or an abbreviation, with an optional full stop, as one
    group for case-insensitive use ("Sept.", "august", "MAR"); longer forms are tried
    first, so a match takes the whole word."""
    words = sorted(month_words(), key=lambda w: (-len(w), w))
    return rf"(?:{'|'.join(words)})\.?"


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


def name_abbreviations() -> frozenset[str]:
    """``name_abbreviations.txt``: abbreviations whose full stop is part of a name
    ("inc.", "co."), casefolded, with their stop."""
    return word_list("name_abbreviations")


def articles() -> frozenset[str]:
    """``articles.txt``: the English articles ("the", "a", "an"), casefolded."""
    return word_list("articles")


def personal_pronouns() -> frozenset[str]:
    """``personal_pronouns.txt``: pronouns that stand for a person ("her", "his"),
    casefolded."""
    return word_list("personal_pronouns")


def common_abbreviations() -> frozenset[str]:
    """``common_abbreviations.txt``: abbreviations such as "R&D" or "Q&A" that name an
    activity, never an entity, casefolded."""
    return word_list("common_abbreviations")


def irregular_participles() -> frozenset[str]:
    """``irregular_participles.txt``: past participles not ending in "-ed" ("sown",
    "built"), casefolded."""
    return word_list("irregular_participles")


def honorifics() -> frozenset[str]:
    """``honorifics.txt`` and ``ranks.txt``: courtesy titles and military or police ranks
    before a name ("Dr", "Air Marshal"), casefolded, no full stop."""
    return word_list("honorifics") | ranks()


def occupations() -> frozenset[str]:
    """``occupations.txt``: occupations written before a name ("author Jane Doe"), which
    make it a person's name without giving a title, casefolded."""
    return word_list("occupations")


def kind_acronyms() -> frozenset[str]:
    """``kind_acronyms.txt``: acronyms for a kind of organisation written before its
    name ("NGO Orrin Relief"), casefolded; never part of the name, nor a party alone."""
    return word_list("kind_acronyms")


def given_names() -> frozenset[str]:
    """``given_names.txt``: common given names ("Helena"), casefolded; a byline's first
    word among them makes it a reporter's, not an outlet's."""
    return word_list("given_names")


def ranks() -> frozenset[str]:
    """``ranks.txt``: military and police ranks before a name ("Air Marshal", "Admiral"),
    casefolded."""
    return word_list("ranks")


def services() -> frozenset[str]:
    """``services.txt``: last words of armed and police services' names ("Navy", "Air
    Force"), casefolded; such a name before a rank is where the rank is held."""
    return word_list("services")


def state_nouns() -> frozenset[str]:
    """``state_nouns.txt``: nouns for a sovereign state in its offices' titles
    ("Federation", "Republic"), casefolded."""
    return word_list("state_nouns")


@cache
def engine_stop_words() -> frozenset[str]:
    """The words the engine never indexes nor reads as what a question is about:
    ``stop_words.txt`` (shared with ingest) and ``question_stop_words.txt``."""
    return word_list("stop_words") | word_list("question_stop_words")


@cache
def ingest_stop_words() -> frozenset[str]:
    """The words at which ingest ends a capitalised name: ``stop_words.txt`` (shared
    with the engine), ``name_stop_words.txt`` and the months' full names
    (``months.txt``: "In March UNIDO …")."""
    return word_list("stop_words") | word_list("name_stop_words") | frozenset(month_names())


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


@dataclass(frozen=True, slots=True)
class NameConnectors:
    """``name_connectors.yaml``: the lower-case words that join one name's capitalised
    words, casefolded. ``strong`` join anywhere ("of", "for"), ``particles`` are the small
    words of personal names ("bin", "van"), ``weak`` join only inside a name closed by its
    head word ("to" in "Access to Open Data Initiative")."""

    strong: frozenset[str]
    particles: frozenset[str]
    weak: frozenset[str]
    # Head words besides the initiative kind's that close a name a weak connector may
    # stand in ("Farm to Fork Fund").
    weak_heads: frozenset[str] = frozenset()

    @property
    def small(self) -> frozenset[str]:
        """The lower-case words that stand inside a name written in title case ("of",
        "to", "and" in "Bank of Velmont", "Farm to Fork Fund"); particles aside."""
        return self.strong | self.weak

    @property
    def joining(self) -> frozenset[str]:
        """The connectors that join wherever a capitalised word follows."""
        return self.strong | self.particles


@cache
def name_connectors() -> NameConnectors:
    """``name_connectors.yaml`` (see ``NameConnectors``)."""
    import yaml

    data = yaml.safe_load(_text("name_connectors.yaml"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data[key])

    return NameConnectors(words("strong"), words("particles"), words("weak"), words("weak_heads"))


def trade_heads() -> frozenset[str]:
    """``trade_heads.txt``: last words of a company's name that say its trade
    ("Financial", "Entertainment"), casefolded; the short name drops them."""
    return word_list("trade_heads")


@cache
def title_kinds() -> dict[str, frozenset[str]]:
    """``title_kinds.yaml``: a title held at one kind of organisation only (lower case,
    "music director") -> the head words of that kind ("orchestra", "philharmonic")."""
    import yaml

    data = yaml.safe_load(_text("title_kinds.yaml"))
    return {
        title.casefold(): frozenset(h.casefold() for h in heads) for title, heads in data.items()
    }


@cache
def units() -> tuple[frozenset[str], frozenset[str]]:
    """``units.yaml``: (standalone units, units only after a parent), as written."""
    import yaml

    data = yaml.safe_load(_text("units.yaml"))
    return frozenset(data["standalone"]), frozenset(data["with_parent"])


@cache
def board_kinds() -> frozenset[str]:
    """``units.yaml``'s ``board_kinds``: the words naming a board's kind, as written
    ("Management" in "Management Board")."""
    import yaml

    return frozenset(yaml.safe_load(_text("units.yaml"))["board_kinds"])


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


@dataclass(frozen=True, slots=True)
class Succession:
    """``succession.yaml``: the words of a change of holder, each a tuple of written
    forms in lower case: ``leaves`` ("steps down", "retired"), ``takes_over`` ("took
    over"), ``handed_to`` (passive participles: "succeeded", "replaced") and
    ``successor_nouns`` ("successor"); ``succeeds`` ("succeeded") takes its predecessor
    as object; ``taking_nouns`` ("appointment") and ``promotion_nouns`` ("promotion")
    name the taking of a title, a promotion one after another at the same organisation."""

    leaves: tuple[str, ...]
    takes_over: tuple[str, ...]
    succeeds: tuple[str, ...]
    handed_to: tuple[str, ...]
    successor_nouns: tuple[str, ...]
    taking_nouns: tuple[str, ...]
    promotion_nouns: tuple[str, ...]


@cache
def succession() -> Succession:
    """``succession.yaml``, each group's lines split into their forms."""
    import yaml

    data = yaml.safe_load(_text("succession.yaml"))

    def forms(key: str) -> tuple[str, ...]:
        return tuple(
            form.strip().lower() for line in data[key] for form in line.split(",") if form.strip()
        )

    return Succession(
        forms("leaves"),
        forms("takes_over"),
        forms("succeeds"),
        forms("handed_to"),
        forms("successor_nouns"),
        forms("taking_nouns"),
        forms("promotion_nouns"),
    )


@dataclass(frozen=True, slots=True)
class OutletWords:
    """``outlet_words.yaml``: the last words of news outlets' names, casefolded:
    ``masthead`` ends only an outlet's ("Daily"), ``also_surnames`` a person's too
    ("Post")."""

    masthead: frozenset[str]
    also_surnames: frozenset[str]


@cache
def outlet_words() -> OutletWords:
    """``outlet_words.yaml`` read once (see ``OutletWords``)."""
    import yaml

    data = yaml.safe_load(_text("outlet_words.yaml"))
    return OutletWords(
        frozenset(str(w).casefold() for w in data["masthead"]),
        frozenset(str(w).casefold() for w in data["also_surnames"]),
    )


@dataclass(frozen=True, slots=True)
class StorySpellings:
    """``story_spellings.yaml``: signs of an American or a British story, casefolded.
    ``*_endings`` end a word after three letters ("ization"), ``british_ise_stems`` take
    -ise/-ises/-ised/-ising ("organ"), ``*_words`` are whole words ("color"), and
    ``region_qualifiers`` before "America" name a region, not the United States ("latin")."""

    american_endings: frozenset[str]
    american_words: frozenset[str]
    british_endings: frozenset[str]
    british_ise_stems: frozenset[str]
    british_words: frozenset[str]
    region_qualifiers: frozenset[str]


@cache
def story_spellings() -> StorySpellings:
    """``story_spellings.yaml`` read once (see ``StorySpellings``)."""
    import yaml

    data = yaml.safe_load(_text("story_spellings.yaml"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data[key])

    return StorySpellings(
        words("american_endings"),
        words("american_words"),
        words("british_endings"),
        words("british_ise_stems"),
        words("british_words"),
        words("region_qualifiers"),
    )


@dataclass(frozen=True, slots=True)
class MoneyGiven:
    """``money_given.yaml``: the words for a sum one party gives another, casefolded:
    ``verbs`` in every written form ("pledged") and ``nouns`` ("grant", "commitment")."""

    verbs: frozenset[str]
    nouns: frozenset[str]

    @property
    def words(self) -> frozenset[str]:
        """Both verbs and nouns."""
        return self.verbs | self.nouns


@cache
def money_given() -> MoneyGiven:
    """``money_given.yaml`` read once (see ``MoneyGiven``)."""
    import yaml

    data = yaml.safe_load(_text("money_given.yaml"))
    return MoneyGiven(
        frozenset(str(w).casefold() for w in data["verbs"]),
        frozenset(str(w).casefold() for w in data["nouns"]),
    )


@dataclass(frozen=True, slots=True)
class FigureQuestions:
    """``figure_questions.txt``, casefolded: the words asking for a ``rise``, a
    ``fall`` or a change ``either_way``; ``goal_setting`` verbs ("set", "adopted");
    ``quantity`` words that make a short form a unit ("many", "much"); ``moved`` verbs
    asking a whole series' change ("go up", "grown"); ``sum_nouns`` naming the size of
    a sum ("budget"); ``purpose_ends``, a question's last word asking what a sum is for
    ("used for", "spent on")."""

    rise: frozenset[str]
    fall: frozenset[str]
    either_way: frozenset[str]
    goal_setting: frozenset[str]
    quantity: frozenset[str]
    moved: frozenset[str]
    sum_nouns: frozenset[str]
    purpose_ends: frozenset[str]

    @property
    def change(self) -> frozenset[str]:
        """Every word asking for a change: rise, fall and either way."""
        return self.rise | self.fall | self.either_way


@cache
def figure_questions() -> FigureQuestions:
    """``figure_questions.txt`` read once (see ``FigureQuestions``); a list missing
    from the file raises KeyError."""
    data: dict[str, frozenset[str]] = {}
    for line in _text("figure_questions.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            name, listed = entry.split(":", 1)
            data[name.strip()] = frozenset(w.casefold() for w in listed.split())
    return FigureQuestions(
        data["rise"],
        data["fall"],
        data["either_way"],
        data["goal_setting"],
        data["quantity"],
        data["moved"],
        data["sum_nouns"],
        data["purpose_ends"],
    )


def total_verbs() -> frozenset[str]:
    """``total_verbs.txt``: verbs that carry a holding to a new total ("brings X's fleet
    to 40"), in every written form, casefolded."""
    return word_list("total_verbs")


def undoing_verbs() -> frozenset[str]:
    """``undoing_verbs.txt``: verbs of ending, removing or losing ("closed", "cut"), in
    every written form, casefolded."""
    return word_list("undoing_verbs")


def recalling_words() -> frozenset[str]:
    """``recalling_words.txt``: words opening a clause that only recalls a start
    ("after", "since"), casefolded."""
    return word_list("recalling_words")


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
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes, case-folded ("zmw", "usd", "kes"), from pycountry's
    table, less those that are English words too (``currency_code_words.txt``): a code
    written before a sum ("ZMW 18 million") makes it money."""
    import pycountry

    codes = {c.alpha_3.casefold() for c in pycountry.currencies}
    return frozenset(codes - word_list("currency_code_words"))


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


@dataclass(frozen=True, slots=True)
class Measure:
    """A dimension of ``measures.yaml``: its ``name`` ("length"), the nouns that ask
    for it (``asked_by``: "length", "distance") and its units, each a plural as written
    in full ("kilometres") -> its other forms ("kilometre", "km"), all casefolded."""

    name: str
    asked_by: frozenset[str]
    units: dict[str, frozenset[str]]
    # Unit (its plural, casefolded) -> its size in the dimension's smallest unit listed;
    # only the units the file sizes.
    sizes: dict[str, float] = field(default_factory=dict)


@cache
def measures() -> tuple[Measure, ...]:
    """``measures.yaml``: the dimensions with their units, in file order."""
    import yaml

    data = yaml.safe_load(_text("measures.yaml"))
    return tuple(
        Measure(
            str(name).casefold(),
            frozenset(str(w).casefold() for w in body["asked_by"]),
            {
                str(unit).casefold(): frozenset(str(f).casefold() for f in forms)
                for unit, forms in body["units"].items()
            },
            {str(unit).casefold(): float(size) for unit, size in body.get("sizes", {}).items()},
        )
        for name, body in data.items()
    )


def clause_openers() -> frozenset[str]:
    """``clause_openers.txt``: words that open a sentence or headline and never a name
    ("Despite", "Following"), casefolded."""
    return word_list("clause_openers")


def reporting_openers() -> frozenset[str]:
    """``reporting_openers.txt``: words that open a clause naming the source of the
    sentence's report ("according to", "as reported by"), casefolded."""
    return word_list("reporting_openers")


def party_verbs() -> frozenset[str]:
    """``party_verbs.txt``: stems of verbs only a party does ("announc", "sign"),
    casefolded."""
    return word_list("party_verbs")


@dataclass(frozen=True, slots=True)
class AskedValueWords:
    """``asked_values.txt``, casefolded: words making a question ask for ``money``
    (after "how much"), ``money_nouns`` naming a sum, ``money_what`` (a "what" question's
    verbs asking a sum), ``size``
    words after "how" and ``size_nouns`` asking for a measure, ``share`` words asking
    for a percentage, ``planned`` words asking for a figure aimed at, and
    ``membership_verbs`` making a count a body's members, the ``time_units`` of a
    duration, ``year_only`` words asking a year's own amount, ``one_unit`` words before
    a thing priced by the unit, ``change_openers`` after "how many" asking a change,
    ``state_verbs`` of a state held (a question without one, asked with "did", asks
    what was done), ``valuation`` words asking a value, ``money_received`` verbs asking
    a sum received, ``transfer_marks`` naming a transfer's other party and
    ``other_sums``, nouns of a sum that is no price ("grant", "loan"),
    ``price_verbs`` asking a price after "how much" ("charge"), and ``pay_verbs``
    naming what a sum buys before "for" ("will pay for")."""

    money: frozenset[str]
    money_nouns: frozenset[str]
    money_what: frozenset[str]
    size: frozenset[str]
    size_nouns: frozenset[str]
    share: frozenset[str]
    planned: frozenset[str]
    membership_verbs: frozenset[str]
    time_units: frozenset[str]
    year_only: frozenset[str]
    one_unit: frozenset[str]
    change_openers: frozenset[str]
    state_verbs: frozenset[str]
    # Words asking a thing's value ("worth"), which must stand beside the sum too.
    valuation: frozenset[str]
    # Verbs asking a sum the subject received ("raise", "get").
    money_received: frozenset[str]
    # Prepositions naming the other party of a transfer ("to", "from").
    transfer_marks: frozenset[str]
    # Nouns of a sum that is no price or fee ("grant", "loan", "donation").
    other_sums: frozenset[str]
    # Verbs asking a price after "how much" ("charge").
    price_verbs: frozenset[str]
    # Verbs naming what a sum buys before "for" ("will pay for new boats").
    pay_verbs: frozenset[str]


@cache
def asked_value_words() -> AskedValueWords:
    """``asked_values.txt`` read once (see ``AskedValueWords``); a list missing from
    the file raises KeyError."""
    data: dict[str, frozenset[str]] = {}
    for line in _text("asked_values.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            name, listed = entry.split(":", 1)
            data[name.strip()] = frozenset(w.casefold() for w in listed.split())
    return AskedValueWords(
        data["money"],
        data["money_nouns"],
        data["money_what"],
        data["size"],
        data["size_nouns"],
        data["share"],
        data["planned"],
        data["membership_verbs"],
        data["time_units"],
        data["year_only"],
        data["one_unit"],
        data["change_openers"],
        data["state_verbs"],
        data["valuation"],
        data["money_received"],
        data["transfer_marks"],
        data["other_sums"],
        data["price_verbs"],
        data["pay_verbs"],
    )


@dataclass(frozen=True, slots=True)
class PremiseCorrection:
    """A kind of ``premise_corrections.yaml`` ("withdrawal", "dismissal"): the phrases
    stating the premise in a question (``premise``) and those contradicting it in a
    release's sentence (``corrected_by``), each a tuple of casefolded words."""

    kind: str
    premise: tuple[tuple[str, ...], ...]
    corrected_by: tuple[tuple[str, ...], ...]
    # Whether a sum given for a period covering the time asked contradicts it too.
    corrected_by_sum_then: bool = False


@cache
def premise_corrections() -> tuple[PremiseCorrection, ...]:
    """``premise_corrections.yaml``: the kinds of false premise a release corrects, in
    file order."""
    import yaml

    data = yaml.safe_load(_text("premise_corrections.yaml"))

    def phrases(items: list[object]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(str(p).casefold().split()) for p in items)

    return tuple(
        PremiseCorrection(
            str(kind),
            phrases(body["premise"]),
            phrases(body["corrected_by"]),
            bool(body.get("corrected_by_sum_then", False)),
        )
        for kind, body in data.items()
    )


@dataclass(frozen=True, slots=True)
class PlaceKinds:
    """``place_kinds.yaml``, casefolded: the nouns for a town or city (``settlements``)
    and for a place of another kind (``others``: a province, a park)."""

    settlements: frozenset[str]
    others: frozenset[str]


@cache
def place_kinds() -> PlaceKinds:
    """``place_kinds.yaml`` read once (see ``PlaceKinds``)."""
    import yaml

    data = yaml.safe_load(_text("place_kinds.yaml"))
    return PlaceKinds(
        frozenset(str(w).casefold() for w in data["settlements"]),
        frozenset(str(w).casefold() for w in data["others"]),
    )


@dataclass(frozen=True, slots=True)
class LinkWords:
    """``link_words.yaml``, casefolded: the words by which a yes/no question asks a
    link between two parties (``asked``) and those of a link so general that denying
    it denies every one (``denied_general``)."""

    asked: frozenset[str]
    denied_general: frozenset[str]


@cache
def link_words() -> LinkWords:
    """``link_words.yaml`` read once (see ``LinkWords``)."""
    import yaml

    data = yaml.safe_load(_text("link_words.yaml"))
    return LinkWords(
        frozenset(str(w).casefold() for w in data["asked"]),
        frozenset(str(w).casefold() for w in data["denied_general"]),
    )


@cache
def ergative_verbs() -> frozenset[str]:
    """``ergative_verbs.txt``: verbs whose subject may stand as their object ("the
    centre opened" / "Y opened the centre"), casefolded base forms."""
    return word_list("ergative_verbs")
