"""The question pipeline's vocabulary: the words that say what a question asks for.

Every list here names a *kind* of word (a leadership title, a kind of thing, a word that
asks for a quote), never the wording of one question. They are the press-release
register's common terms: titles as newswires print them ("Director General", "Executive
Chairman", "CEO"), and the nouns releases use for the things they describe ("the
agency", "the company", "the initiative").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from bot.kb.models import EntityKind
from bot.search.terms import stem
from bot.vocab import currency_codes, month_names, month_names_pattern
from bot.vocab import title_initials as _title_initials

# Asking for what someone said.
QUOTE_WORDS = frozenset(
    "say said says saying state stated states statement quote quotes quoted think thinks thought "
    "comment comments commented remark remarks words view views opinion believe believes "
    # A journalist's words for a quote: "the exact wording", "verbatim".
    "wording verbatim quotation quotations soundbite soundbites".split()
)

# Verbs of talking about a topic ("which Ma talked about X?", "who spoke about X"): what
# someone said is asked, the topic is the other words.
TALK_WORDS = frozenset(
    "talk talked talking talks speak speaks spoke spoken speaking mention mentions mentioned "
    "discuss discusses discussed describe describes described".split()
)

# Verbs of a speech act that a release reports as a quote ("we will keep alerts free"):
# "what did X promise / warn / vow?" asks for X's words. Money verbs ("pledged",
# "committed") are left out: "what did X pledge?" is most often a stated amount.
SPEECH_ACT_WORDS = frozenset(
    "promise promised promises vow vowed vows warn warned warns predict predicted predicts "
    "insist insisted insists urge urged urges stress stressed stresses".split()
)

# Verbs asking someone's view ("how does UNIDO see the eWTP?"), in "how do/does/did …".
VIEW_WORDS = frozenset("see sees saw regard regards regarded perceive perceives feel feels".split())

# Nouns a description ends with, and the kinds of entity they name ("the UN agency",
# "the online commerce company", "the unido guy").
KIND_NOUNS: dict[str, frozenset[EntityKind]] = {
    **dict.fromkeys(
        "company companies firm firms group groups organisation organisations organization "
        "organizations org orgs agency agencies body bodies institution institutions giant "
        "giants corporation corporations entity entities foundation foundations association "
        "associations network networks alliance alliances trust trusts fund funds charity "
        "charities university universities ministry ministries bank banks council councils "
        "federation federations union unions chamber chambers society societies nonprofit "
        "ngo ngos retailer retailers manufacturer manufacturers maker makers provider "
        # "Funder" and "donor" are not here: "X's funders" asks a relation, not a body.
        "providers operator operators institute institutes insurer insurers lender "
        # Public bodies: "the city's public health department", "the water authority".
        # (Not "directorate" or "commission": their stems are a title's and a verb's.)
        "lenders department departments authority authorities bureau bureaus".split(),
        frozenset({EntityKind.ORGANIZATION}),
    ),
    **dict.fromkeys("forum forums".split(), frozenset({EntityKind.ORGANIZATION, EntityKind.EVENT})),
    **dict.fromkeys(
        "guy guys man men woman women person people official officials executive executives "
        "spokesperson spokesman spokeswoman representative representatives speaker speakers".split(),
        frozenset({EntityKind.PERSON}),
    ),
    **dict.fromkeys(
        # "The eWTP, WTO and WEF joint effort": what a release calls an initiative.
        "initiative initiatives platform platforms programme programmes program programs "
        "project projects collaboration collaborations effort efforts venture ventures "
        "scheme schemes".split(),
        frozenset({EntityKind.INITIATIVE}),
    ),
    **dict.fromkeys(
        "agreement agreements framework frameworks deal deals accord accords treaty treaties "
        "agenda grant grants".split(),
        frozenset({EntityKind.AGREEMENT, EntityKind.INITIATIVE}),
    ),
    **dict.fromkeys(
        # "The Hangzhou talks", "the Kigali discussions": what a release calls a meeting.
        "meeting meetings summit summits event events conference conferences talks "
        "discussions gathering gatherings".split(),
        frozenset({EntityKind.EVENT}),
    ),
    **dict.fromkeys(
        "city cities place places country countries town towns neighbourhood "
        "neighbourhoods neighborhood neighborhoods suburb suburbs".split(),
        frozenset({EntityKind.PLACE}),
    ),
    **dict.fromkeys(
        "document documents communique communiques report reports".split(),
        frozenset({EntityKind.DOCUMENT}),
    ),
}

# Nouns a description may end with: the kinds above, and nouns for a body that name no
# kind to list by ("the research centre that publishes …" is a description; "which relay
# centres opened?" asks for centres no release files as entities of one kind).
DESCRIBED_NOUNS: dict[str, frozenset[EntityKind]] = {
    **KIND_NOUNS,
    **dict.fromkeys("centre centres center centers".split(), frozenset({EntityKind.ORGANIZATION})),
}

# Head nouns of a counted phrase that count people working or training somewhere: "340
# museum staff", "600 clinic staff", "1,200 school teachers" count people, never museums,
# clinics or schools (the words before them say where).
PERSONNEL_NOUNS = frozenset(
    "staff personnel worker workers employee employees teacher teachers student students "
    "trainee trainees volunteer volunteers technician technicians nurse nurses doctor "
    "doctors officer officers".split()
)

# Words for the person at the top of an organisation, and the title words that make a
# role such a position. "Head", "chief", "boss" are never printed as titles; the titles
# below are how releases name the top job.
LEADER_WORDS = frozenset(
    "head heads headed heading chief boss leader leaders lead leads led leading run runs ran "
    "running top".split()
)
# "Who chairs X": any title with a chair in it. Formal titles ("CEO", "president",
# "director general") are matched literally, since a release that names a chairman
# does not say who the CEO is.
CHAIR_WORDS = frozenset("chair chairs chaired chairing".split())
CHAIR_TITLE_WORDS = frozenset("chair chairman chairwoman chairperson".split())
LEADER_TITLE_WORDS = frozenset(
    "director chairman chairwoman chairperson chair president ceo head chief leader secretary "
    # A ministry's top job is its minister ("who heads the Ministry of Water?"); a
    # university's or school's its Rector or Principal; a city's its Mayor.
    "governor managing minister rector principal mayor".split()
)


@cache
def _initials() -> frozenset[str]:
    return frozenset(k.casefold() for k in _title_initials())


def spelled_title(words: Iterable[str]) -> list[str]:
    """``words`` (normalised) with each title's initials spelled out as releases write
    the title ("ceo" -> "chief executive officer"; bot/vocab/title_initials.yaml)."""
    spelled = {k.casefold(): v.casefold().split() for k, v in _title_initials().items()}
    return [part for word in words for part in spelled.get(word, [word])]


def asked_title(words: Iterable[str]) -> str:
    """The title a question asked for, as a reply names it: a verb of leading ("runs",
    "heads") is the organisation's "head", and initials are written in capitals
    ("ceo" -> "CEO"; bot/vocab/title_initials.yaml), so a reply never says "X's runs"."""
    shown = []
    initials = _initials()
    for word in words:
        if word in LEADER_WORDS and word not in LEADER_TITLE_WORDS:
            word = "head"
        elif word in initials:
            word = word.upper()
        shown.append(word)
    return " ".join(dict.fromkeys(shown))


# A body inside an organisation that a title can be of ("Chair of the Steering Board",
# "Head of the Audit Committee"): "who led the PRN steering board" asks for that body's
# chair, never the organisation's top job.
BODY_WORDS = frozenset(
    "board boards committee committees council councils commission panel steering advisory "
    "supervisory audit scientific trustees secretariat jury".split()
)
# Founding is a role of its own: "who founded X", "X's founder".
FOUNDER_WORDS = frozenset(
    "founder founders founded found cofounder co started start creator created".split()
)
# Words that make up a title when asking for a person by role ("the WTO's CFO").
TITLE_WORDS = (
    LEADER_WORDS
    | FOUNDER_WORDS
    | CHAIR_WORDS
    | CHAIR_TITLE_WORDS
    | LEADER_TITLE_WORDS  # a city's mayor, a university's rector, a state's governor
    | frozenset(
        "cfo coo cto cmo ceo president director officer minister secretary general executive "
        "vice deputy managing".split()
    )
)
# Asking for someone's role: "what's X's title?", "what position does X hold".
ROLE_WORDS = frozenset(
    "title titles role roles position positions job jobs post occupation".split()
)
ROLE_TERMS = frozenset(stem(w) for w in ROLE_WORDS)

# Opening words of a yes/no question.
YES_NO_OPENERS = frozenset(
    "is are was were do does did has have had can could will would should isn aren wasn".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words for a set of days ("was it on a weekend?", "on a working day?"): the weekdays
# each one admits.
DAY_GROUPS: dict[str, frozenset[str]] = {
    "weekend": frozenset(WEEKDAYS[5:]),
    "weekends": frozenset(WEEKDAYS[5:]),
    "weekday": frozenset(WEEKDAYS[:5]),
    "weekdays": frozenset(WEEKDAYS[:5]),
    "workday": frozenset(WEEKDAYS[:5]),
    "workdays": frozenset(WEEKDAYS[:5]),
}


def asked_days(words: Sequence[str]) -> frozenset[str] | None:
    """The weekdays a question asks a date to fall on ("on a Sunday", "on a weekend",
    "on a weekday"), or None when it names no day."""
    for word in words:
        if word in WEEKDAYS:
            return frozenset((word,))
        if word in DAY_GROUPS:
            return DAY_GROUPS[word]
    return None


# Capitalised by spelling, not as names: "was it on a Sunday?" asks about a date, not
# about something the releases never name.
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(DAY_GROUPS) | frozenset(month_names())

# Pronouns that point back at the subject of an earlier part ("what is X and who leads it").
BACK_REFERENCES = frozenset("it its they them their he him his she her that this".split())

# The release itself: its wire, dateline, date and headline.
PUBLISHER_WORDS = frozenset(
    "newswire newswires wire wires publisher published publish carried "
    "carry distributed outlet agency service".split()
)
DATELINE_WORDS = frozenset("dateline datelined".split())
HEADLINE_WORDS = frozenset("headline title headlines titled".split())
# Auxiliaries of a question asked in the present ("is / does / has X …?"), which asks
# about now, unlike "was X …?".
PRESENT_AUX = frozenset("is are does do has have".split())
# Auxiliaries of a question asked in the past ("was / did / had X …?").
PAST_AUX = frozenset("was were did had".split())
# Verbs that say little of an event ("go to", "come to", "get its nod"): the word after
# them carries the point.
LIGHT_VERB_WORDS = frozenset(
    "go goes went gone going come comes came coming get gets put keep".split()
)
# The nouns a question names a press release by.
# Generic nouns a name heads in chat ("how does the eWTP work fit with …", "the Fund's
# efforts"): they stand for the named thing's doings, which its facts are, and name
# nothing a fact would repeat.
LIGHT_NOUNS = frozenset("work effort efforts activities activity stuff".split())
# Currencies as a code or a word ("EUR 4.5 million", "fifteen million dollars"); releases
# mostly print a symbol ("US$15 million"), which is no term of the index.
CURRENCY_WORDS = currency_codes() | frozenset(
    "euro euros dollar dollars pound pounds franc francs".split()
)
# A clause that states a cause or a reason ("because of", "due to", "which the partners
# attributed to the pandemic years", "in order to"): what a "why" question asks for.
CAUSE_CLAUSE = re.compile(
    r"\b(?:because|due to(?! (?:end|start|begin|open|close|expire|run|finish|be|launch)\b)|owing to|thanks to|as a result of|as a consequence of|"
    r"attribut(?:e|es|ed|ing) (?:\w+ )?to|blam(?:e|es|ed|ing) (?:\w+ )?on|caused by|"
    r"on account of|in order to|so as to|so that|the reasons? (?:for|why|was|is)|"
    r"reflect(?:s|ed|ing)?|in response to|in the wake of|"
    # "after building work was delayed by the pandemic": a hindrance's agent is a cause.
    r"(?:delayed|slowed|hampered|disrupted|held up|set back) by)\b",
    re.IGNORECASE,
)
RELEASE_NOUNS = frozenset("release releases announcement announcements".split())
RELEASE_WORDS = RELEASE_NOUNS | frozenset(("newswire", "this"))

# Words of time: "current" means the newest statement, "first" the oldest.
CURRENT_WORDS = frozenset(
    "current currently now today nowadays presently latest newest days".split()
)
# "Is X still Y?": asks whether a role goes on. Not a time of its own ("graduates still
# exporting"), so only the role yes/no reads it, as the newest role.
CONTINUING_WORDS = frozenset("still anymore longer".split())
# "The first / original / initial grant", "the earliest release", "initially": the first
# of a kind (one list: a second definition once shadowed this one for every reader).
FIRST_WORDS = frozenset("first earliest original originally initial initially".split())
# "The original / first / initial target": asking for the first goal or figure set.
ORIGINAL_WORDS = frozenset((*FIRST_WORDS, "original", "initial"))
# "The figure now", "the latest count": the newest figure as one end of a change.
NOW_WORDS = frozenset("now today currently latest".split())
# "Which release / campus is the oldest?": the first by date among several.
OLDEST_WORDS = frozenset("oldest earliest first".split())
# "Which campus opened most recently?", "the latest country": asking for the newest item.
NEWEST_WORDS = frozenset("recently recent latest newest last".split())
# Words that give a question its shape (time, order, novelty) but name nothing to look
# up: a question left with only these ("first?", "anything new in the past year?", "how
# many years between 2019 and 2024?") matches any sentence that happens to use them.
SHAPE_WORDS = frozenset(
    "year years month months week weeks day days time times date dates period past ago "
    "new news recent recently latest newest last next previous before after between since "
    "until first second third fourth fifth earlier earliest later come came happen happened "
    "anything something everything thing things".split()
)

# Numbers as words, to write durations ("four years").
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()
)


_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Counts a release spells out, as at a sentence's start ("Forty pilot schools …"): the
# words of NUMBER_WORDS, the tens and their hyphenated compounds ("twenty-five"), to
# their values.
# Ordinal words and their positions; "last"/"latest" count from the end.
ORDINAL_POSITIONS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
    "latest": -1,
}

SPELLED_NUMBERS: dict[str, int] = {
    **{word: n for n, word in enumerate(NUMBER_WORDS)},
    **{tens: 20 + 10 * i for i, tens in enumerate(_TENS)},
    **{
        f"{tens}-{unit}": 20 + 10 * i + u
        for i, tens in enumerate(_TENS)
        for u, unit in enumerate(NUMBER_WORDS[1:10], start=1)
    },
}


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


# How often something happened, in the words a reader expects: "twice", not "two times".
_TIMES_WORDS = {1: "once", 2: "twice"}


def times_word(n: int) -> str:
    """How many times, in words: 1 -> "once", 2 -> "twice", 3 -> "three times",
    40 -> "40 times" (numbers past ``NUMBER_WORDS`` stay digits)."""
    return _TIMES_WORDS.get(n) or f"{number_word(n)} times"


# Nouns for the parties to something ("how many partners launched X?", "when did the
# partners last sign it?"): they name who did a thing, never what was done.
PARTY_NOUNS = frozenset(
    "partner partners party parties member members participant participants founder "
    "founders sponsor sponsors funder funders backer backers signatory signatories".split()
)

# The year a thing began as a release writes it ("founded in 1887", "established in
# 2009"). Wider than the years of events (19xx, 20xx elsewhere): insurers, universities
# and agencies were founded long before 1900.
FOUNDING_YEAR = r"(?:1[0-9]|20)\d\d"

# A goal's deadline as release sentences word it: "by 2026", "by the end of 2026", "by
# mid-2025", "by March 2027". The year is group 1.
GOAL_DEADLINE = re.compile(
    r"\bby (?:the )?(?:(?:end|middle|start|beginning) of |end-|mid-?|early |late )?"
    rf"(?:(?:{month_names_pattern(capitalised=True)}) )?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Verbs of a goal to bring a measure down ("cut the average repair time to 10 days",
# "halve outages", "reduce losses"): such a goal is met at or below its figure.
REDUCTION_VERBS = frozenset(
    "cut cuts cutting reduce reduces reducing lower lowers lowering shorten shortens "
    "shortening halve halves halving decrease decreases decreasing trim trims trimming "
    "slash slashes slashing curb curbs curbing".split()
)
# Verbs that report someone's words in a release's own voice ("Henrik Aas said the
# vessel will carry 2,000 tonnes"): reported speech, which a "did X say …?" counts.
REPORTED_SPEECH_VERBS = frozenset(
    "said says told stated noted added explained confirmed announced warned".split()
)
# Words asking a price ("how much does the vessel cost?", "what is it worth?"), which a
# "how much" answers with a sum, never a count.
PRICE_WORDS = frozenset("cost costs costing price prices priced worth".split())
# Words asking what something is meant to do or by when ("supposed to", "due", "planned").
INTENT_WORDS = frozenset(
    "supposed expected meant planned plan plans scheduled set due should intended aiming "
    "hoped".split()
)
# Verbs of leaving a post, as typed ("left", "stepped down": "down" is read on its own).
LEAVING_WORDS = frozenset(
    "leave leaves left leaving quit quits quitting stop stops stopped stopping cease ceased "
    "resign resigns resigned resigning retire retires retired retiring depart departs "
    "departed exit exited step steps stepped stepping".split()
)


# Words asking how far a figure was from a goal ("how far from 30,000", "the gap to").
SHORT_WORDS = frozenset(
    "short far away missing lacking shy remaining remained remain remains gap behind left "
    "need needs needed".split()
)

# Prepositions, which end a noun phrase ("18,000 tree saplings *along* the hedgerows":
# saplings are its head).
PREPOSITIONS = frozenset(
    "about above across after against along amid among around at before behind below "
    "beneath beside besides between beyond by despite down during for from in inside into "
    "near of off on onto out outside over past per since through throughout till to toward "
    "towards under underneath until up upon via with within without".split()
)

# Pronouns opening a relative clause about the noun before them ("farmers who no longer
# grow tobacco"). "That" is left out: it also opens what is said ("announced that …").
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
