"""Reading a free question: chat filler, misspelt grammar words, and what kind of answer it wants.

Nothing here knows about the knowledge base; it only turns the words people type in a
channel ("yo quick q - wat does unido stnad for pls") into a cleaner question
("what does unido stand for") and names the answer type ("date", "place", "count").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.engine.qa.claims import claim_question, confirm_tail, without_confirmation
from bot.engine.qa.measures import written_out
from bot.engine.qa.vocabulary import (
    CHAIR_WORDS,
    FOUNDER_WORDS,
    KIND_NOUNS,
    LEADER_WORDS,
    ROLE_WORDS,
    SPELLED_NUMBERS,
    TITLE_WORDS,
    YES_NO_OPENERS,
    number_word,
)
from bot.search.synonyms import rewrite_phrases, synonyms
from bot.search.terms import STOP_WORDS, index_term, stem
from bot.textnorm import normalize
from bot.vocab import figure_questions, office_verbs

# Words that open or close a chat message without adding meaning.
_LEADING_FILLER = frozenset(
    "yo ok okay so hey hi hiya heya hello um uh well btw quick q bot partnerbot please pls plz and but oh "
    "alright right hmm say lol lmao haha heh ah umm ummm uhh uhm erm hmmm".split()
)
# "whats ewtp quick", "who is X asap": urgency words at the end ask nothing more.
_TRAILING_FILLER = frozenset(
    "pls plz please thanks thx ty lol bro mate guys then again exactly anyway quick quickly "
    "asap urgently".split()
)
# "can you tell me who…", "I want to know what…": only a wrapper around the question.
_WRAPPER = re.compile(
    r"^(?:i (?:want|wanna|would like|d like|need) to know|i wonder|i am wondering|"
    r"(?:can|could|would) (?:you|u|ya) (?:please |pls |plz )?(?:tell|show|remind) me|"
    r"do (?:you|u) know|does anyone know|"
    r"(?:please )?(?:tell|show|give|remind) me|(?:please )?let me know|any idea|"
    # "Compare what A and B said": each one's answer side by side is the comparison.
    r"(?:please )?(?:compare|contrast)(?: and contrast)?|"
    r"i (?:was|am) wondering)\s+(?=(?:who|whom|whose|what|when|where|which|why|how|if|whether)\b)"
)
# Grammar words of questions, so that a typo in them ("wat", "stnad") is forgiven.
GRAMMAR_WORDS = (
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "how",
    "does",
    "did",
    "stand",
    "mean",
    "tell",
    "about",
    "describe",
    "explain",
    "define",
)

# "when…", "on which day…", "what was the date of…", "in what year…".
_WHEN = re.compile(
    r"^when\b|^since when\b|^(?:what|which|on which|on what|in which|in what)(?: \w+){0,3}? "
    r"(?:date|day|year|month|time)s?\b|\bhow long ago\b"
)
_WHERE = re.compile(
    r"^where\b|^(?:what|which|in which|in what|at which|at what)(?: \w+){0,3}? "
    r"(?:city|place|country|location|venue|town)\b"
)
# "The first-year target", "a two-year pilot": a date word joined by a hyphen to the word
# before it, ahead of a noun it modifies: it names no date asked.
_COMPOUND_DATE = re.compile(r"\b\w+-(date|day|week|month|year)s?\s+(?=[a-z])", re.IGNORECASE)
_DATE_WORDS = frozenset("date dates day days week weeks month months year years".split())
# "How many…", "how much…", "how big…": the answer is a number.
_COUNT = re.compile(r"^(?:for |by |in )?how (?:many|much|big|large|old|long)\b")

# Words that name the kind of answer wanted rather than its topic ("which day", "what
# city", "which groups"). They are dropped from the content words once the type is known.
ANSWER_TYPE_TERMS = {
    "date": frozenset(
        stem(w) for w in "date dates day days week weekday year years month months time".split()
    ),
    "place": frozenset(
        stem(w) for w in "city cities place location venue country town site".split()
    ),
    "count": frozenset(
        stem(w) for w in "many much number amount total big large size old long".split()
    ),
    None: frozenset(
        stem(w)
        for w in "group groups company companies organization organizations organisation "
        "organisations person persons people entity entities body bodies name called".split()
    ),
}
# "What is Li Yong's title?": asking for someone's role.
ROLE_TERMS = frozenset(stem(w) for w in "title role position job post occupation".split())
# "What is UNIDO's role for the eWTP?", "what has X to do with Y": asking how named things
# relate, which any statement about them together answers.
RELATION_TERMS = frozenset(
    stem(w)
    for w in "role roles involvement involved relationship relation relations connection "
    "connected link linked part".split()
)

_META = [
    # "Who is quoted?" asks for the speakers; "what is X quoted (as) saying?" asks for
    # what X said, which the quote executor answers.
    (
        re.compile(
            r"\b(?:speakers?|quoted(?!(?: as)? (?:saying|having said|to say)\b)|spoke|"
            r"spokespeople|spokesperson)\b"
        ),
        "speakers",
    ),
    (
        re.compile(
            r"\b(?:sources?|releases?|press releases?)\b.*\b(?:list|which|what|know|have)\b|"
            r"^(?:list|show)(?: me)?(?: the| your| all)? (?:sources?|releases?)\b|"
            # "Which releases mention X?", "in what announcement is X named?"
            r"^(?:in |from )?(?:which|what)(?: press)? (?:sources?|releases?|announcements?)\b|"
            r"^(?:when|what date|which date|what day)\b.*\b(?:release|announcement)\b|"
            # Where the bot's information comes from: the releases themselves.
            r"\b(?:sources?|origin) (?:of|for|behind) (?:this|that|these|your|the|my) "
            r"(?:info|information|answers?|data|facts?|claims?)\b|"
            r"\bwhere (?:does|did|do) (?:this|that|these|you|your) "
            r"(?:info |information |answers? |data |facts? )?(?:come|get)\b"
        ),
        "sources",
    ),
    (
        re.compile(
            r"\b(?:summari[sz]e|summary|gist|tl ?dr|overview)\b|"
            r"^what (?:is|was) the (?:press )?(?:release|announcement|news) about$"
        ),
        "summary",
    ),
]


@dataclass(frozen=True, slots=True)
class Question:
    words: tuple[str, ...]
    # "date", "place", "count" or None (anything).
    wants: str | None
    # "speakers", "sources", "summary" for questions about the knowledge base itself.
    meta: str | None

    @property
    def key(self) -> str:
        return " ".join(self.words)


# A hedge before the question ("sorry if this is a basic question, but what …", "might be
# a dumb q but who …"): an apology or caveat clause that ends in "but"/"so" right before
# a question word. Only the clause's opening is listed (apologies and caveats), never a
# topic, so a question that merely contains "but" is left whole.
_HEDGE = re.compile(
    # A short introduction may come first ("i m new on the team sorry if this is basic
    # but what …"): the hedge starts within its first words.
    r"^(?:\w+ ){0,10}?(?:sorry|apologies|apologi[sz]e|excuse me|forgive me|pardon|no idea|not sure|"
    r"(?:this |it )?(?:may|might|could) be|(?:probably|maybe|possibly) (?:a|an|this|my)|"
    r"(?:dumb|stupid|silly|basic|naive|newbie|noob) (?:question|q)|just (?:curious|wondering)|"
    r"out of curiosity|i (?:might|may) have missed|i know this)\b.{0,80}?\b(?:but|so)\s+"
    r"(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have"
    r"|can|could|will|would)\b)"
)
# Adverbs that soften or stress a question without changing what it asks ("what does
# UNIDO actually do", "who exactly runs it"). Dropped between words, not only at the ends.
_SOFTENERS = frozenset(
    "actually exactly really basically even honestly precisely roughly approximately approx".split()
)

_LEADING_PHRASE = re.compile(
    r"^(?:(?:quick|real quick|one more) (?:one|question|q|thing)|real quick|one more thing)\b\s*"
)


def _strip_filler(words: list[str]) -> list[str]:
    text = " ".join(words)
    stripped = _LEADING_PHRASE.sub("", text)
    if stripped and stripped != text:
        words = stripped.split()
    start, end = 0, len(words)
    while start < end - 1 and words[start] in _LEADING_FILLER:
        start += 1
    while end > start + 1 and words[end - 1] in _TRAILING_FILLER:
        end -= 1
    return words[start:end]


def _fix_grammar_words(words: list[str], known: Callable[[str], bool]) -> list[str]:
    """Correct words one edit away from a question's grammar words, unless they are real terms."""
    fixed = []
    for word in words:
        # A real English function word ("that", "then") is never a typo of another one.
        if (
            len(word) >= 3
            and word not in GRAMMAR_WORDS
            and word not in STOP_WORDS
            and not known(word)
            # A word of the thesaurus ("chat", "talk") is a real word, not a typo of "what".
            and not synonyms(index_term(word))
        ):
            if word in _CLIPPED_AUXILIARIES:
                # "hav they planted": chat drops the silent last letter of an auxiliary.
                fixed.append(_CLIPPED_AUXILIARIES[word])
                continue
            # A word cut short ("wher") is the word it starts, before any other one edit away.
            ordered = sorted(GRAMMAR_WORDS, key=lambda c: not c.startswith(word))
            for candidate in ordered:
                # A three-letter word is only fixed by an added or swapped letter ("wat",
                # "hwo"): a changed letter makes another real word ("day" is not "say").
                if len(word) == 3 and len(candidate) == 3 and sorted(word) != sorted(candidate):
                    continue
                # A past tense ("died", "tied") is a verb of its own, not a typo of a
                # grammar word one letter away ("did", "tie").
                if len(word) > _PAST_MIN and word.endswith("ed") and not candidate.endswith("ed"):
                    continue
                if (
                    abs(len(candidate) - len(word)) <= 1
                    and OSA.distance(word, candidate, score_cutoff=1) <= 1
                ):
                    word = candidate
                    break
            else:
                word = _fix_role_verb(word) if word[0] in _ROLE_VERB_INITIALS else word
                word = _fix_common_noun(word, known)
                word = _fix_title_word(word)
        elif len(word) == 2 and word not in STOP_WORDS and not known(word):
            word = _fix_short_grammar_word(word)
        fixed.append(word)
    return fixed


# A word this long or shorter is never read as a past tense ("red", "bed").
_PAST_MIN = 3
# Auxiliaries whose silent last "e" chat drops ("hav", "wer"), by the clipped form.
_CLIPPED_AUXILIARIES = {w[:-1]: w for w in ("have", "were")}
# Three-letter grammar words a two-letter chat form drops a vowel from ("hw", "wy").
_SHORT_GRAMMAR = ("how", "why", "who", "did")


def _fix_short_grammar_word(word: str) -> str:
    """ "hw" → "how": a two-letter word that is one three-letter grammar word with its
    middle letter dropped; left alone when that fits several ("wh": who or why)."""
    found = [c for c in _SHORT_GRAMMAR if c[0] + c[2] == word]
    return found[0] if len(found) == 1 else word


# "whos running X": "who's" without its apostrophe (not "whose", one letter on).
_CONTRACTIONS = {"whos": "who"}


# Chat's "re" for "about" ("anything in 2016 re the eWTP?"), only before an article or a
# possessive: normalised text also holds the prefix of "re-elected" as "re elected".
_CHAT_RE = re.compile(r"\bre (?=(?:the|a|an|its|their|his|her|our|your|this|that) )")
# "24/7" (normalised "24 7"): as releases write it.
_ROUND_THE_CLOCK = re.compile(r"\b24 7\b")
# "Sligo centre opening date?": a terse noun phrase asking a date, as a question.
_TERSE_DATE = re.compile(
    r"^(?!(?:what|which|when|who|how|is|was|did|does|do|are|were)\b)(?P<thing>.+?) "
    r"(?P<event>opening|launch|start|founding|signing|closing|completion|end) date$"
)
# "Anything happen in 2016?", "did anything happen …": asks what happened then (a yes
# with one fact picked would hide the rest).
_ANYTHING_HAPPEN = re.compile(r"^(?:did )?(?:anything|something) (?:happen|happened)\b")


# "Phase 2", "stage 3": a part numbered in digits, said as releases name it ("phase
# two", read as "the second phase"), unless a name holds it as typed ("X phase 2"): a
# bare "phase 2" is no name's whole, and only a name's whole is found.
_NUMBERED_PART = re.compile(r"(?:\b(\w+) )?\b(phase|stage|tranche|wave) ([1-9])\b")


def _part_in_words(match: re.Match[str], known: Callable[[str], bool]) -> str:
    """The part in words, unless the word before it and the part are a name's ("Coral
    Current phase 2": the typed form matches the name's own words)."""
    part = f"{match[2]} {match[3]}"
    if match[1] and known(f"{match[1]} {part}"):
        return match[0]
    in_words = f"{match[2]} {number_word(int(match[3]))}"
    return f"{match[1]} {in_words}" if match[1] else in_words


# Verbs asking who holds a title ("running", "heading", "founded"): a misspelt one
# ("runing", "haeding") is corrected, as the question's shape hangs on it.
_ROLE_VERBS = tuple(sorted(w for w in LEADER_WORDS | FOUNDER_WORDS if len(w) >= 5))
_ROLE_VERB_INITIALS = frozenset(w[0] for w in _ROLE_VERBS)


def _fix_role_verb(word: str) -> str:
    """The one role verb (``LEADER_WORDS``, ``FOUNDER_WORDS``, five letters or more)
    that ``word`` is one edit from, with the same first letter; else ``word``. The
    caller has checked that ``word`` is no term or name of the base."""
    if len(word) < 5:
        return word
    found = [
        verb
        for verb in _ROLE_VERBS
        if verb[0] == word[0]
        and abs(len(verb) - len(word)) <= 1
        and OSA.distance(word, verb, score_cutoff=1) <= 1
    ]
    return found[0] if len(found) == 1 else word


# Nouns the pipeline reads a question's shape from ("the meeting", "which company"):
# a misspelt one ("meetng") is corrected when the knowledge base uses the noun.
_COMMON_NOUNS = tuple(sorted(KIND_NOUNS))


def _fix_common_noun(word: str, known: Callable[[str], bool]) -> str:
    """The one common noun (KIND_NOUNS) of five letters or more that ``word`` is one edit
    from and that the knowledge base uses; ``word`` itself when none or several are.
    The caller has checked that ``word`` is not a term or a name of the base, so names
    are never touched."""
    if len(word) < 5:
        return word
    found = [
        noun
        for noun in _COMMON_NOUNS
        if len(noun) >= 5
        and abs(len(noun) - len(word)) <= 1
        and noun[0] == word[0]
        and OSA.distance(word, noun, score_cutoff=1) <= 1
        and known(noun)
    ]
    return found[0] if len(found) == 1 else word


# Words naming a title or asking for one ("position", "director", "chair"): a misspelt
# one ("positon", "directr") is corrected, as the question's answer type hangs on it.
_TITLE_NOUNS = tuple(sorted(w for w in ROLE_WORDS | TITLE_WORDS if len(w) >= 5))


def _fix_title_word(word: str) -> str:
    """The one title word or word for a title (five letters or more) that ``word`` is
    one edit from, with the same first letter; else ``word``. The caller has checked
    that ``word`` is no term or name of the base."""
    if len(word) < 5:
        return word
    found = [
        noun
        for noun in _TITLE_NOUNS
        if noun[0] == word[0]
        and abs(len(noun) - len(word)) <= 1
        and OSA.distance(word, noun, score_cutoff=1) <= 1
    ]
    return found[0] if len(found) == 1 else word


# Chat short forms of units of time ("how many yrs does it run") and of counted nouns
# ("ppl"), written out.
_SHORT_FORMS = {
    "yr": "year",
    "yrs": "years",
    "mth": "month",
    "mths": "months",
    "mo": "month",
    "mos": "months",
    "wk": "week",
    "wks": "weeks",
    "mtg": "meeting",
    "mtgs": "meetings",
    # Chat short forms of the nouns a count asks for ("how many ppl trained…").
    "ppl": "people",
    "ppls": "people",
    "ppl's": "people's",
    "orgs": "organisations",
    "org": "organisation",
    "govt": "government",
    "govts": "governments",
    # Clipped title words ("the chief exec", "is she still MD and chief exec?").
    "exec": "executive",
    "execs": "executives",
    # Chat spellings of grammar words more than one edit away from them ("wats the
    # eWTP", "what did X say abt Y"), which the typo fixer cannot reach.
    "wats": "what",
    "wots": "what",
    "wot": "what",
    "abt": "about",
    "abou": "about",
}


# "Working with X", "work together": how people say what releases call cooperation.
# A phrase, not a thesaurus word: "what does X work on" is not about cooperation.
_WORK_WITH = re.compile(r"\bwork(?:s|ed|ing)? (with|together)\b")


# "Co-founder", "co-initiated": the prefix splits off as a word of its own, which no
# fact has; the word after it carries the meaning (the thesaurus has "cofounder").
_CO_PREFIX = re.compile(r"\bco (?=found|initiat|creat|chair|lead|organi[sz]|host|sponsor|fund)")
# "Per its DG", "per the release": the chat form of "according to", which releases write.
_PER = re.compile(r"\bper (?=(?:its|his|her|their|the|a|an)\b)")


def _office_verb_asks() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "who directs X" / "who directed X": a verb naming an office (bot/vocab/
    office_verbs.yaml, the list ingest reads "Jane Doe, who directs the X" with) that the
    role words do not already cover ("heads", "chairs", "founded"), and the title it
    names, by each of its forms ("directs", "directed" -> "director")."""
    covered = LEADER_WORDS | CHAIR_WORDS | FOUNDER_WORDS
    titles: dict[str, str] = {}
    present: list[str] = []
    for verb, title in office_verbs().items():
        head, *rest = verb.split()
        if head in covered or rest == ["by"] or not head.endswith("s"):
            continue
        base = head[:-1]
        past = " ".join([base + "d" if base.endswith("e") else base + "ed", *rest])
        titles[verb] = titles[past] = title.casefold()
        present.append(verb)
    pasts = [v for v in titles if v not in present]
    pattern = re.compile(
        rf"^who (?:(?P<now>{'|'.join(map(re.escape, present))})"
        rf"|(?P<was>{'|'.join(map(re.escape, pasts))})) (?!of\b)"
    )
    return pattern, titles


_OFFICE_VERB, _OFFICE_TITLE = _office_verb_asks()


def _office_verb(match: re.Match[str]) -> str:
    """ "who directs " -> "who is the director of ", "who directed " -> "who was …"."""
    verb = match["now"] or match["was"]
    return f"who {'is' if match['now'] else 'was'} the {_OFFICE_TITLE[verb]} of "


# "In which countries…", "for which organisations…": a preposition before the question word.
_FRONTED = frozenset("in for from with to at on by among".split())


# "The summit was held in which city?", "the Fund was set up in what year?", "the
# talks took place where?": the question phrase typed last, moved to the front.
_WH_LAST = re.compile(
    r"^(?P<x>(?!(?:who|whom|what|when|where|which|how|why|is|are|was|were|did|does|do)\b)"
    r".+?) (?:(?P<aux>was|were|is|are|will be|has been|had been) )?(?P<verb>\w+(?: place)?)"
    r"(?: (?P<prep>in|at|on|during) (?P<wh>which|what) (?P<noun>\w+)| (?P<where>where|when))$"
)


def _question_phrase_first(words: list[str]) -> list[str]:
    """ "the summit was held in which city" → "in which city was the summit held"; "X was
    signed when" → "when was X signed". Any other message is returned as it is."""
    match = _WH_LAST.match(" ".join(words))
    if match is None:
        return words
    aux = (match["aux"] or "did").split()
    head = [match["where"]] if match["where"] else [match["prep"], match["wh"], match["noun"]]
    return [*head, aux[0], *match["x"].split(), *aux[1:], match["verb"]]


def _question_word_first(words: list[str]) -> list[str]:
    """ "in which countries had X trained people" → "which countries had X trained people
    in": a list question leads with its question word and noun, as the list readers
    expect. Only before a plural kind noun ("in which country" asks for a place)."""
    if (
        len(words) > 3
        and words[0] in _FRONTED
        and words[1] in ("which", "what")
        and words[2] in KIND_NOUNS
        and words[2].endswith("s")
    ):
        return [*words[1:], words[0]]
    return words


# "Date and place of the meeting", "venue of the launch?": a question typed as the
# noun phrase of what it asks for. Each attribute noun stands for its question word.
_ATTRIBUTE_QUESTION_WORDS = {
    **dict.fromkeys("date day time year".split(), "when"),
    **dict.fromkeys("place location venue city country town".split(), "where"),
}


def _attribute_question(words: list[str]) -> list[str]:
    """ "date and place of the meeting" → "when and where was the meeting"; "venue of the
    launch" → "where was the launch". Only a message that opens with the attribute nouns
    (after "the") and names what they are of; any other message is returned as it is."""
    i = 1 if words[:1] == ["the"] else 0
    asks: list[str] = []
    while i < len(words) and words[i] in _ATTRIBUTE_QUESTION_WORDS:
        asks.append(_ATTRIBUTE_QUESTION_WORDS[words[i]])
        i += 1
        if i < len(words) and words[i] == "and":
            i += 1
            if i < len(words) and words[i] == "the":
                i += 1  # "the date and the city of …"
    if not asks or i + 1 >= len(words) or words[i] not in ("of", "for"):
        return words
    rest = words[i + 1 :]
    asks = list(dict.fromkeys(asks))
    return [*" and ".join(asks).split(), "was", *rest]


# "Confirming: the eWTP was in the 2017 communique?", "just checking X is Y": a claim
# put up for checking is a yes/no question about it.
_CHECKING = re.compile(
    r"^(?:(?:just )?(?:confirming|checking|to confirm|to check|double checking|fact check(?:ing)?|"
    # "Am I right that X runs Y?", "can you confirm X was …", "quick check: …".
    r"am i right(?: in thinking)?|(?:can|could) you (?:please )?confirm|please confirm|"
    r"true or false|(?:quick |sanity )?check(?= (?:is|are|was|were|did|does|do|has|have)\b)|"
    r"(?:quick|sanity) check|correct me if i ?m wrong(?: but)?)"
    r"(?: (?:that|whether))?\s+)"
)
_QUESTION_WORDS = frozenset("who whom whose what when where which why how".split())
# Words that never open the thing a claim is about.
_NOT_A_CLAIM_SUBJECT = frozenset(
    "if i you we this that it sorry please could can would maybe hi hello hey "
    # "Besides X, was any other topic …": a set-aside phrase (executors/exclusion.py).
    "besides apart aside except excluding".split()
)
# Of those, the ones that are a claim's object as often as chat ("the eWTP made it
# into the communique"): they only stop a claim as its first word.
_CHAT_ANYWHERE = _NOT_A_CLAIM_SUBJECT - {"it", "this", "that"}
_BE = frozenset("is are was were".split())
_HAVE = frozenset("has have had".split())
# The claim's subject before its verb is at most this many words ("the eWTP's 2016 entry").
_CLAIM_SUBJECT_WORDS = 6


def _claim_checked(words: list[str]) -> list[str]:
    """ "the ewtp was included in the 2017 g20 communique" → "was the ewtp included in …":
    a statement asked as a question (no question word, one form of "be" after its
    subject) reads as the yes/no question it stands for. Other messages are unchanged."""
    text = " ".join(words)
    stripped = _CHECKING.sub("", text)
    checking = stripped != text
    words = stripped.split()
    if not words or set(words) & _QUESTION_WORDS or words[0] in YES_NO_OPENERS:
        return words
    # "…, is that right": the asker's confirmation, whose "is" is no verb of the claim.
    told = without_confirmation(" ".join(words)).split()
    verbs = [i for i, w in enumerate(told) if w in _BE]
    if len(verbs) == 1:
        words = told
    else:
        verbs = [i for i, w in enumerate(words) if w in _BE]
    if not verbs and (checking or confirm_tail(" ".join(words))):
        # "Fact check: the network has already rewetted 20,000 hectares, right?": put up
        # for checking, a perfect's "has" opens the question as "is" does.
        verbs = [i for i, w in enumerate(words) if w in _HAVE]
    if not verbs and (checking or confirm_tail(" ".join(words))):
        # "Jack Ma runs UNIDO, right?": a claim with a verb of its own is the question
        # "does Jack Ma run UNIDO?" (the verb's stem is what the rest reads).
        claim = told if told != words else without_confirmation(" ".join(words)).split()
        if (
            len(claim) >= 3
            and claim[0] not in _NOT_A_CLAIM_SUBJECT
            and not set(claim) & _CHAT_ANYWHERE
        ):
            return ["does", *claim]
    if len(verbs) != 1 or not 1 <= verbs[0] <= _CLAIM_SUBJECT_WORDS:
        return words
    if set(words[: verbs[0]]) & _NOT_A_CLAIM_SUBJECT:
        return words  # "sorry if this is a silly one, could you …": chat, not a claim
    if not checking and words[0] not in ("the", "a", "an") and len(words) < 4:
        return words
    i = verbs[0]
    return [words[i], *words[:i], *words[i + 1 :]]


# "Was the meeting at Alibaba's offices or somewhere else?": a place offered with its
# alternative asks where it was.
_ELSEWHERE = re.compile(
    r"^(?P<aux>is|was|are|were|did|does|do) (?P<thing>.+?) (?:at|in|on) .+ or "
    r"(?:somewhere|someplace|anywhere) else$|"
    r"^(?P<aux2>is|was|are|were|did|does|do) (?P<thing2>.+?) (?:at|in|on) .+ or elsewhere$"
)


def _where_else(words: list[str]) -> list[str]:
    """ "was the meeting at alibaba s offices or somewhere else" → "where was the meeting";
    other messages unchanged."""
    match = _ELSEWHERE.match(" ".join(words))
    if match is None:
        return words
    aux = match["aux"] or match["aux2"]
    thing = match["thing"] or match["thing2"]
    return ["where", aux, *thing.split()]


# A chat message longer than this many words may bury its question in chatter ("so I
# was on a call earlier and somebody asked me, …, what was the name of …?").
LONG_MESSAGE_WORDS = 18
# Clauses of a raw message: split at punctuation and dashes between words.
_CLAUSES = re.compile(r"[,;:!?.]+(?=\s|$)|\s[-\u2013\u2014]+\s")
_QUESTION_START = re.compile(
    r"\b(?:who|whom|whose|what|when|where|which|why|how|whether)\b|"
    r"^\s*(?:and |but |or |so )?(?:is|are|was|were|does|do|did|has|have|can|could)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"\b(?:know|knows|wondering|wonder|wondered|asked|asks|ask|remember|recall|tell me|"
    r"find out|check|confirm|figure out|work out)\s+(?:me\s+)?"
    r"(?P<q>(?:who|whom|whose|what|when|where|which|why|how|whether)\b)",
    re.IGNORECASE,
)
_OPENS_WITH_QUESTION = re.compile(
    r"^\W*(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|does|do|did|has|"
    r"have|can|could|will|would)\b",
    re.IGNORECASE,
)


# A clause that opens with an order for facts ("I need the date of X", "give me the
# names of …"): the order's words, which ``imperative_question`` turns into a question.
_ORDER_OPENS = re.compile(
    r"^\s*(?:and |so |but )?(?P<order>(?:i (?:really )?(?:need|want)|i d like|i would like|"
    r"(?:can|could) you (?:give|get|send|tell) me|give me|send me|get me)"
    r" (?:the|a|an|their|its|his|her|some)\b)",
    re.IGNORECASE,
)


def buried_questions(message: str) -> list[str]:
    """The question clauses of a long chat message that does not open with its question,
    each from its question word to the clause's end ("whether" reads as "did"); [] for a
    short message, one that opens with a question, or one with no question clause.

    "ok long shot, but for the deck I need to know which agenda Li Yong named, and
    whether he singled out any groups" → ["which agenda Li Yong named", "did he singled
    out any groups"]."""
    if len(message.split()) <= LONG_MESSAGE_WORDS or _OPENS_WITH_QUESTION.match(message):
        return []
    found = []
    for clause in _CLAUSES.split(message):
        ordered = _ORDER_OPENS.match(clause)
        if ordered is not None and len(clause.split()) >= 4:
            # "…, I need the date and the city of X plus who was there, …": an order is
            # a question of its own (``imperative_question`` reads it), whole, not the
            # question word inside it.
            found.append(clause[ordered.start("order") :].strip())
            continue
        # "…and they wanted to know when X met Y": the question word after a verb of
        # asking, before any question word of the chatter ("so what happened was…").
        asked = list(_ASKED.finditer(clause))
        match = asked[-1] if asked else _QUESTION_START.search(clause)
        if match is None:
            continue
        question = clause[match.start("q") if asked else match.start() :].strip()
        question = re.sub(r"^(?:and|but|or|so)\s+", "", question, flags=re.IGNORECASE)
        question = re.sub(r"^whether\b", "did", question, flags=re.IGNORECASE)
        if len(question.split()) >= 3:
            found.append(question)
    return found


# "In his remarks", "in her speech": where the words were said, which the quote or fact
# itself shows; as topic words they match nothing.
# "Where were the memorandums signed, both times?": a distributive phrase, which asks
# for each of them (the plural already does) and names nothing to look up.
_EACH_TIME = re.compile(
    r"\b(?:both|each|every|all) (?:times|time|occasions|occasion)\b|\bon both occasions\b"
)
_IN_REMARKS = re.compile(
    r"\bin (?:his|her|their|its|the) (?:remarks|comments|speech|statement|statements|words)\b"
)


# "…, need it for my piece", "for the newsletter": what the answer is for, which no
# release speaks of.
_PURPOSE = re.compile(
    r"\b(?:i )?(?:need (?:it|this|that) )?(?:verbatim )?for (?:my|a|an|our|the) (?:piece|article|"
    r"story|newsletter|deck|slides?|report|post|blog|draft|notes|presentation|"
    r"briefing (?:notes?|pack|paper|doc)|briefing|memo)\b"
)


# "Explain X to a newbie", "…like I'm five": who the answer is for, which no release
# speaks of. (How short it should be, "in a sentence", is the explain executor's cue.)
_AUDIENCE = re.compile(
    r"\b(?:to|for) (?:a|an|the|me as a) (?:newbie|beginner|novice|layman|layperson|"
    r"newcomer|non expert|child|kid|five year old)\b|"
    # "…for someone new to the team", "…to my boss": the rest of the message is who.
    r"\b(?:to|for) (?:someone|somebody|anyone|people|a person) (?:new|who s new|not)\b.*$|"
    r"\b(?:to|for) (?:my|our) (?:boss|team|manager|board|colleagues?|readers?|audience)$|"
    r"\blike (?:i m|im|i am) (?:five|5|new|a child)\b|\bin plain english$"
)
# "Its full name", "the official name": a name, which the entity's card gives in full.
_FULL_NAME = re.compile(r"\b(?:full|official|complete|proper|long|whole) (names?)\b")


# "What put the eWTP on the international map?": the idiom for recognition, its verb
# ("put") no release uses in that sense. The thing named stays; the idiom becomes the
# thesaurus's word for it.
_ON_THE_MAP = re.compile(
    r"\b(?:put|puts|putting|got|gets|placed|places) (?P<thing>(?:\w+ ){1,6}?)on the "
    r"(?:(?:international|global|world|world s) )?map\b"
)


# "What has Brisco committed to X?": what a party has given, in a verb that gives only
# money, asks the sums ("how much has …"). "What did X provide / give?" may ask a thing.
_WHAT_GIVEN = re.compile(
    r"^what (?P<aux>has|have) (?P<giver>(?:\w+ ){1,6}?)(?P<verb>committed|contributed|pledged|"
    r"invested|donated)\b"
)

# "How much did Tallon put into Crewline?": a sum put in is one invested, not a thing
# included in a text (the thesaurus's "put into" a charter).
_PUT_IN_MONEY = re.compile(r"\b(?P<ask>how much\b(?: \w+){1,8}?) put (?:in|into)\b")

# "Who got Enabling E-commerce going?", "what got the academy off the ground?": the idiom
# for starting something, which releases write as a launch.
_GOT_GOING = re.compile(
    r"\b(?:got|get|gets|getting) (?P<thing>(?:\w+ ){1,6}?)(?:going|started|off the ground|"
    r"underway|under way|up and running)\b"
)


# "Which company does the release call the world's biggest …?", "which organisation is
# the UN agency?": one thing asked for by a description, which "what is …" resolves.
_WHICH_IS_DESCRIBED = re.compile(
    r"^(?:which|what) (?P<noun>\w+) (?:is|was|does (?:the|this) (?:release|announcement|text) "
    r"(?:call|describe as|refer to as)) (?P<what>(?:the|a|an) .+)$"
)


def _which_is_described(words: list[str]) -> list[str]:
    """ "which company does the release call the world s biggest … company" → "what is
    the world s biggest … company", when the described phrase ends with a kind noun
    (so it describes a thing of a kind, not an event: "which year was the launch")."""
    match = _WHICH_IS_DESCRIBED.match(" ".join(words))
    if match is None or match["noun"] not in KIND_NOUNS:
        return words
    what = match["what"].split()
    if what[-1] not in KIND_NOUNS:
        return words
    return ["what", "is", *what]


# "Which company is known for championing small business?": what it is known for is
# what it does, so the question asks who does it ("which company championing …").
_KNOWN_FOR = re.compile(
    r"\b(?:is|are|was|were|s) (?:best |well |widely |most )?"
    r"(?:known|famous|renowned|noted|celebrated) for\b"
)


# "One line each from A and B", "a line from X": a line someone said is a quote.
_LINE_FROM = re.compile(
    r"\b(?P<n>a|one|two|three|a few|some) lines? (?P<each>each )?(?P<by>from|by)\b"
)


# "X had been around how many years when …", "how long had X existed when …": how old
# X was then (``executors/org_ages.py``).
_EXISTED = r"(?:been around|been in existence|been in operation|existed)"
_BEEN_AROUND = (
    re.compile(rf"^(?P<x>.+?) had {_EXISTED} (?:for )?how (?:many years|long)\b"),
    re.compile(rf"\bhow (?:many years|long) had (?P<x>.+?) {_EXISTED}\b"),
)

# "What are the sensors going to be paired with?": the future as releases write it
# ("will be combined"); "going" is no word of theirs.
# Asked with the subject between ("what are the sensors going to be …") the auxiliary
# stays and "going to" goes. "Going to the summit" is a trip, not the future.
_GOING_TO = re.compile(
    r"\b(?:(?:is|are|am|was|were) )?going to "
    r"(?!(?:the|a|an|its|their|his|her|our|my|this|that|these|those)\b)(?=[a-z])"
)


# "Why did X not reach / fail to meet its goal?": the premise is that X missed it, in
# the word the thesaurus files with "fell short" (a why-question only: "did X not reach
# its goal?" keeps its own polarity for the yes/no executors).
_WHY_NOT_REACHED = re.compile(
    r"^(?P<head>why\b.*?)\b(?:not|never|fail|fails|failed) (?:to )?"
    r"(?:reach|reached|meet|met|hit|achieve|achieved|make)\b"
)
# "Why didn't X hit its target?" (normalised "didnt"): the auxiliary keeps its tense.
_WHY_NT_REACHED = re.compile(
    r"^why (?P<aux>did|does|do|has|have|was|were|is|are)nt\b(?P<mid>.*?)\b"
    r"(?:reach|reached|meet|met|hit|achieve|achieved|make)\b"
)


# "Fifteen million dollars": a spelled number before a scale word is the figure the
# releases write in digits ("US$15 million"), so it is read as one.
_SPELLED_SCALE = re.compile(
    r"\b("
    + "|".join(sorted((w for w in SPELLED_NUMBERS if "-" not in w), key=len, reverse=True))
    + r")(?= (?:hundred|thousand|million|billion)\b)"
)
# "Number of people trained as of March 2022?", "what was the total number of …": a count
# asked as a noun phrase, read as "how many …" (the "number" is no word of the figure).
_NUMBER_OF = re.compile(
    r"^(?:(?:what|which) (?:is|was|s|were) )?(?:the )?(?:total )?number of (?=\w)"
)

# "What was X's budget in 2020?": the size of a sum asked by its noun, read as "how much
# was X's budget in 2020?" (the sum-size nouns are ``figure_questions.txt``'s). Up to six
# words may come between ("what is the HyHaul programme budget"). Normalised, "what's
# X's budget" has no verb left: then the noun ends the question, or only a time follows.
# A question ending "… used for?" or "… spent on?" asks the sum's purpose: kept as is.
_SUM_NOUNS = "|".join(sorted(figure_questions().sum_nouns))
_PURPOSE_ENDS = "|".join(sorted(figure_questions().purpose_ends))
_SUM_NOUN = re.compile(
    rf"^(?!.* (?:{_PURPOSE_ENDS})$)(?:what|which) (?P<verb>is|was|s|were) "
    rf"(?=(?:\S+ ){{0,6}}?(?:{_SUM_NOUNS})\b)"
    rf"|^what (?=(?:\S+ ){{0,6}}?(?:{_SUM_NOUNS})(?: now| today| in \d{{4}})?$)"
)


# "20000", "twenty thousand": a figure releases print with separators ("20,000"), which
# the normalised text reads as "20 000". A four-digit number that can be a year stays.
_PLAIN_FIGURE = re.compile(r"\b(\d+) thousand\b|\b\d{4,}\b")


def _grouped(match: re.Match[str]) -> str:
    """ "20000" → "20 000", "20 thousand" → "20 000"; a possible year (1900-2099) or a
    figure of more than 15 digits as it is."""
    if match[1] is not None:
        value = int(match[1]) * 1000
    else:
        value = int(match[0])
        if (len(match[0]) == 4 and 1900 <= value <= 2099) or len(match[0]) > 15:
            return match[0]
    return f"{value:,}".replace(",", " ")


def _will(match: re.Match[str]) -> str:
    """ "are going to" → "will", "were going to" → "would" (a plan in the past), a
    "going to" after its subject → nothing."""
    if not match[0].startswith(("is", "are", "am", "was", "were")):
        return ""
    return "would " if match[0].startswith(("was", "were")) else "will "


def understand(
    key: str, known: Callable[[str], bool], joined: frozenset[str] = frozenset()
) -> Question:
    """Clean a normalised question. ``known(word)`` says whether the knowledge base uses a
    word; ``joined`` holds the words the raw question tied to another with a hyphen or
    "&" (``measures.joined_words``), which are never units."""
    key = _KNOWN_FOR.sub("", key)
    key = _LINE_FROM.sub(r"\g<n> quote \g<each>\g<by>", key)
    for pattern in _BEEN_AROUND:
        key = pattern.sub(r"how old was \g<x>", key)
    key = _WORK_WITH.sub(r"cooperation \1", key)
    key = _IN_REMARKS.sub("", key)
    key = _EACH_TIME.sub("", key).strip() or key
    key = _PURPOSE.sub("", key)
    key = _AUDIENCE.sub("", key).strip() or key
    key = imperative_question(key)
    key = _NUMBER_OF.sub("how many ", key)
    key = _SUM_NOUN.sub(
        lambda m: f"how much {'is' if m['verb'] in (None, 's') else m['verb']} ", key
    )
    key = _SPELLED_SCALE.sub(lambda m: str(SPELLED_NUMBERS[m[1]]), key)
    key = _PLAIN_FIGURE.sub(_grouped, key)
    key = _GOING_TO.sub(_will, key)
    key = _WHY_NOT_REACHED.sub(r"\g<head>miss", key)
    key = _WHY_NT_REACHED.sub(r"why \g<aux>\g<mid>miss", key)
    key = _VISIT.sub(r"was \g<x> at \g<y>", key)
    key = _BEHIND.sub(r"does \g<x> support \g<y>", key)
    key = _WHO_BEHIND.sub(r"\g<ask> launched", key)
    key = _THE_ONES_BEHIND.sub(r"which \g<what> launched", key)
    key = _TRY_TO.sub("", key)
    key = _DID_NEXT.sub(r"\g<did>\g<who> ", key)
    key = _GET_GOING.sub(r"was \g<thing> launched", key)
    key = _ANYONE_QUOTED.sub(r"who said something \g<about>", key)
    key = _FULL_NAME.sub(r"\1", key)
    key = _ON_THE_MAP.sub(r"\g<thing>recognition", key)
    key = _GOT_GOING.sub(r"launched \g<thing>", key).strip()
    key = _PUT_IN_MONEY.sub(r"\g<ask> invest in", key)
    key = _WHAT_GIVEN.sub(r"how much \g<aux> \g<giver>\g<verb>", key)
    key = _PER.sub("according to ", key)
    key = _OFFICE_VERB.sub(_office_verb, key)
    key = _CO_PREFIX.sub("", key)
    key = _CHAT_RE.sub("about ", key)
    key = _ROUND_THE_CLOCK.sub("24 hours a day seven days a week", key)
    key = _TERSE_DATE.sub(r"what is the \g<event> date of \g<thing>", key)
    key = _NUMBERED_PART.sub(lambda m: _part_in_words(m, known), key)
    key = _ANYTHING_HAPPEN.sub("what happened", key)
    # Thesaurus phrases ("set up", "head office", "sit down together") become their
    # group's head word, which the rest of the pipeline reads as any other word.
    # A phrase inside a name ("the Scale-Up Phase") is the name's, not the verb's: kept
    # when a name holds it with a word beside it (``known`` of several words).
    typed = [_SHORT_FORMS.get(w, _CONTRACTIONS.get(w, w)) for w in _strip_filler(key.split())]
    # "How many km …", "the 300 ha target": units in full, as releases mostly write them.
    typed = written_out(typed, joined)

    def in_name(i: int, j: int) -> bool:
        return (i > 0 and known(" ".join(typed[i - 1 : j]))) or (
            j < len(typed) and known(" ".join(typed[i : j + 1]))
        )

    words = rewrite_phrases(typed, in_name)
    words = _fix_grammar_words(words, known)
    text = " ".join(words)
    text = " ".join(w for w in text.split() if w not in _SOFTENERS) or text
    text = claim_question(_WRAPPER.sub("", _HEDGE.sub("", text)))
    words = _strip_filler(text.split()) or words
    words = _question_phrase_first(words)
    words = _where_else(_claim_checked(_attribute_question(_question_word_first(words))))
    words = _which_is_described(words)
    text = " ".join(words)
    wants = (
        "date"
        if _WHEN.search(text)
        else "place"
        if _WHERE.search(text)
        else "count"
        if _COUNT.search(text)
        else None
    )
    meta = next((name for pattern, name in _META if pattern.search(text)), None)
    return Question(tuple(words), wants, meta)


def without_compound_date(question: str, read: Question) -> Question:
    """``read`` asking no date when every date word of ``question`` is part of a
    hyphenated compound before a noun ("what was the first-year diversion target?": a
    target, not a year; the hyphen is gone from ``read.words``); ``read`` unchanged
    otherwise, or when it opens with "when"."""
    if read.wants != "date" or read.words[:1] == ("when",):
        return read
    compounds = _COMPOUND_DATE.findall(question)
    asked = [w for w in read.words if w in _DATE_WORDS]
    if not compounds or len(asked) > len(compounds):
        return read
    return dataclasses.replace(read, wants=None)


# After a question's mark, at most this many words of chat ("cheers mate", a spoiler's
# "spoiler"): more is another question or a guess, which claims.py reads.
MAX_CHAT_TAIL_WORDS = 3
_TAIL = re.compile(r"^(?P<question>.*\?)\s*(?P<tail>[^?]+?)[.!]*$", re.S)


def without_chat_tail(text: str, known: Callable[[str], bool]) -> str:
    """ "where did they meet? cheers mate" → "where did they meet?": words after the
    question mark that open no question and of which the knowledge base uses none
    (``known``, normalised words) are chat; any other text unchanged."""
    match = _TAIL.match(text.strip())
    if match is None or not match["question"].strip(" ?"):
        return text
    tail = normalize(match["tail"]).split()
    if not tail or len(tail) > MAX_CHAT_TAIL_WORDS or _QUESTION_START.search(" ".join(tail)):
        return text
    if any(known(w) for w in tail):
        return text
    return match["question"]


# "Who runs the academy day to day, which organisation?": a kind of answer named after
# the question, as its own short question.
_KIND_AFTER = re.compile(
    r"^\s*(?:who|whom)\s+(?P<rest>[^,?]+?)\s*,\s*(?P<which>which|what)\s+"
    r"(?P<kind>organi[sz]ations?|compan(?:y|ies)|bod(?:y|ies)|institutions?|firms?|groups?)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)


def kind_named_after(text: str) -> str:
    """ "Who runs X day to day, which organisation?" → "which organisation runs X day
    to day?": the kind named after the comma is what "who" asks for; other text as it
    is."""
    match = _KIND_AFTER.match(text)
    if match is None:
        return text
    return f"{match['which']} {match['kind']} {match['rest']}?"


# "Jack Ma named a bunch of 'global' goals - how many?": a statement with a vague
# quantity, then "how many" after a dash or comma.
# A quantity a statement gives without a number ("a bunch of", "several"): what follows
# is the things a question after it asks about ("… - how many?", "… - what were they?").
_VAGUE_QUANTITY = (
    r"(?:a bunch of|a number of|a list of|a few|a couple of|a handful of|a lot of|lots of|"
    r"a series of|a range of|a string of|several|some|various|many|multiple)"
)
_COUNT_AFTER = re.compile(
    rf"^\s*(?P<before>.+?)\s+{_VAGUE_QUANTITY}\s+(?P<thing>[^-—–,:;?]+?)\s*[-—–,:;]+\s*how many\b"
    r"(?P<tail>.*)$",
    re.IGNORECASE | re.S,
)


# "When the KL campus opened, how big was the gap to the goal?": the event clause first.
_EVENT_CLAUSE_FIRST = re.compile(
    r"^\s*(?P<marker>when|by the time|at the time)\s+(?P<event>[^,?;:]{3,80}?)\s*,\s*"
    r"(?P<question>how\s+(?:many|much|far|big|large)\b[^?]*?)\s*(?P<end>\?*)\s*$",
    re.IGNORECASE | re.S,
)


def event_clause_last(text: str) -> str:
    """ "When the KL campus opened, how big was the gap to the 30,000 goal?" → "how big
    was the gap to the 30,000 goal when the KL campus opened?": a figure as of an event
    is read with the event after the question (``ends.two_ends``); other text as it is."""
    match = _EVENT_CLAUSE_FIRST.match(text)
    if match is None:
        return text
    marker = match["marker"].casefold()
    return f"{match['question']} {marker} {match['event']}{match['end'] or '?'}"


def count_after_statement(text: str) -> str:
    """ "Jack Ma named a bunch of 'global' goals - how many?" → "how many 'global' goals
    Jack Ma named?": the things the statement gives a vague quantity of are what "how
    many" counts; other text as it is."""
    match = _COUNT_AFTER.match(text)
    if match is None:
        return text
    tail = match["tail"].strip()
    return f"how many {match['thing']} {match['before']}{tail if tail.strip(' ?') else '?'}"


# "The Trust gave its grant in 2021 - how many years after its founding was that?": a
# statement, then a question about it that ends in "was that" / "is that".
_ABOUT_THAT = re.compile(
    r"^\s*(?P<statement>[^?]+?)\s*[-\u2014\u2013:;,.]+\s*"
    r"(?P<question>(?:how|when|where|what|which|who)\b[^?]*?)\s+(?:was|is|were) (?:that|this)"
    r"\s*\?*\s*$",
    re.IGNORECASE | re.S,
)


def question_about_statement(text: str) -> str:
    """ "X gave its grant in 2021 - how many years after its founding was that?" → "how
    many years after its founding was X gave its grant in 2021?": the statement is what
    "that" stands for, so it becomes the question's own words (the parse reads content
    words, so the verb's form does not matter); other text as it is."""
    listed = _THEY_ASKED.match(text)
    if listed is not None:
        # "X listed a few 'global' goals for Y - what were they?" → "what 'global' goals
        # X listed for Y?": "they" are the things the statement counts.
        statement = listed["statement"]
        things = _COUNTED_THINGS.search(statement)
        if things is not None:
            rest = f"{statement[: things.start()]} {statement[things.end() :]}"
            return f"what {things['things']} {' '.join(rest.split())}?"
        return text
    match = _ABOUT_THAT.match(text)
    if match is None or len(match["statement"].split()) < 3:
        return text
    return f"{match['question']} was {match['statement']}?"


# "<statement> - what were they?": the question asks for the things the statement counts.
_THEY_ASKED = re.compile(
    r"^\s*(?P<statement>[^?]+?)\s*[-\u2014\u2013:;,.]+\s*(?:so\s+)?(?:what|which)\s+"
    r"(?:were|are)\s+(?:they|those|these|them)\s*\?*\s*$",
    re.IGNORECASE | re.S,
)
# The things a statement counts without naming them: a quantity ("a few", "three",
# "several") before up to three words ending in a plural noun.
_COUNTED_THINGS = re.compile(
    rf"\b(?:{_VAGUE_QUANTITY}|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+(?P<things>(?:\S+\s+){0,3}?[A-Za-z-]+s)\b",
    re.IGNORECASE,
)


# Requests typed as orders rather than questions (set 11): "I need the date of X",
# "give me a short description of X", "name the people who met and give their titles".
# The order's verb goes and the question it stands for is left.
# Chat's short forms too ("the two execs who met", "the reps").
_PEOPLE_NOUNS = (
    r"(?:people|persons|individuals|officials|executives|execs|leaders|speakers|bosses|"
    r"chiefs|representatives|reps|men|women)"
)
_NAME_ORDER = re.compile(
    r"^(?:please )?(?:(?:can|could|would) you (?:please )?)?(?:name|identify)"
    r"(?: for me)? (?P<rest>(?:the|all|every|both)\b.*)$"
)
_FOUNDING_LIST = re.compile(r"^(?:all )?(?:the )?(?:founders?|co founders?|founding \w+) of\b")
_PEOPLE_FIRST = re.compile(rf"^(?:the |all the |both )?(?:\w+ )?{_PEOPLE_NOUNS}\b")
_REQUEST = re.compile(
    r"^(?:please )?(?:(?:i )?(?:need|want)|i (?:d like|would like)|id like|(?:(?:can|could) you )?(?:give|get|send|"
    r"tell|show) (?:me|us)|(?:can|could|may) (?:i|we) (?:get|have|see)|share|provide)"
    r"(?: please)? (?P<rest>(?:the|a|an|their|its|his|her|some)\b.*)$"
)
_PLUS_QUESTION = re.compile(
    r"\b(?:plus|as well as|along with) (?=(?:who|whom|what|when|where|which|how)\b)"
)
_DESCRIPTION = re.compile(
    r"^(?:a |an |the |some )?(?:(?:short|brief|quick|concise|simple|one line|one sentence|"
    r"two line|basic) )*(?:description|summary|overview|rundown|profile|explainer|blurb|"
    r"explanation|definition|background) (?:of|on|about) (?P<what>.+)$"
)
_AND_ORDER = re.compile(
    r"\band (?:please )?(?:give|tell|list|name|share|provide|add)(?: me| us)? "
    r"(?=(?:their|his|her|its|the)\b)"
)
# "… who met, with their titles": a second question about the same people.
_WITH_THEIR = re.compile(
    r"\b(?:along )?with (?P<whose>their|his|her) (?P<what>titles?|roles?|jobs?|positions?)$"
)
# "Who are the two people who met", "who met": the people a fact of meeting is about.
_PEOPLE_WHO = re.compile(
    rf"^who (?:are|were) (?:the |both )?(?:two |three |four )?{_PEOPLE_NOUNS} (?:who|that) "
)
_WHO_MET = re.compile(r"^who (?P<verb>met|meet|sat down|talked)$")


def imperative_question(key: str) -> str:
    """The question an order stands for (normalised text): "name the people who met" →
    "which people met"; "i need the date of x" → "the date of x" (which
    ``_attribute_question`` reads); "give me a short description of x" → "what is x";
    "… and give their titles" → "… and what are their titles". Other text unchanged."""
    order = _NAME_ORDER.match(key)
    if order is not None and not _FOUNDING_LIST.match(order["rest"]):
        # ("Name the founding members of X" stays: the founders executor reads it.)
        rest = order["rest"]
        key = f"{'who' if _PEOPLE_FIRST.match(rest) else 'what'} are {rest}"
    request = _REQUEST.match(key)
    if request is not None:
        key = request["rest"]
        # "I need the date of X plus who was there": a second question, after "plus".
        key = _PLUS_QUESTION.sub("and ", key)
    described = _DESCRIPTION.match(key)
    if described is not None:
        key = f"what is {described['what']}"
    key = _AND_ORDER.sub("and what are ", key)
    key = _WITH_THEIR.sub(r"and what are \g<whose> \g<what>", key)
    key = _PEOPLE_WHO.sub("which people ", key)
    return _WHO_MET.sub(r"which people \g<verb>", key)


# "Did X visit Y's headquarters?", "has X ever been to Y?": a visit is presence, which
# "was X at Y?" asks and a sentence placing X's meeting there states ("the meeting took
# place at Y's headquarters").
_VISIT = re.compile(
    r"^(?:did|has|have|had) (?P<x>.+?) (?:ever |actually |really )?(?:visit|visited|"
    r"go to|gone to|went to|been to|travel to|travelled to|traveled to|come to|came to|"
    r"fly to|flown to|make it to|made it to) (?P<y>.+)$"
)
# "Is UNIDO behind the eWTP?": to be behind something is to support it.
_BEHIND = re.compile(
    r"^(?:is|are|was|were) (?P<x>.+?) (?:the ones? |really |also )?behind (?P<y>.+)$"
)
# "Who is behind X?", "how many organisations were behind X?": who started it.
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_WHO_BEHIND = re.compile(
    rf"^(?P<ask>who|(?:which|what|how many)(?: {_COUNT_WORD})? \w+) (?:is|are|was|were) "
    r"(?:the ones? |really |actually )?behind\b"
    # "…behind the founding of X" already says what was done.
    r"(?! (?:the )?(?:founding|launch|launching|creation|start|setting up)\b)"
)
# "Who were the three parties behind X?": "which three parties launched X?".
_THE_ONES_BEHIND = re.compile(
    rf"^who (?:are|were|is|was) the (?P<what>(?:{_COUNT_WORD} )?\w+) behind\b"
    r"(?! (?:the )?(?:founding|launch|launching|creation|start|setting up)\b)"
)
# "When did A and B next meet (after Hangzhou)?": in the past, "next" before the verb is
# "again" (the time after the one before), which the releases write as "met again"; "when
# is the next meeting?" (a future one, which no release dates) keeps it.
_DID_NEXT = re.compile(r"\b(?P<did>did|had)\b(?P<who>(?: \w+){1,8}?) next (?=\w)")
# "What does X try to promote?", "what is X trying to achieve": the verb of trying only
# softens the verb after it, which is what the releases state. ("Trying to achieve/do"
# stays: the thesaurus reads it as purpose.)
_TRY_TO = re.compile(
    r"\b(?:try|tries|trying|seek|seeks|seeking|attempt|attempts|attempting|want|wants|wanting|"
    r"hope|hopes|hoping) to (?!achieve\b|do\b|accomplish\b)"
)
# "What year did X get going / get off the ground?": when X was launched.
_GET_GOING = re.compile(
    r"\b(?:did|does|do) (?P<thing>(?:\w+ ){1,6}?)(?:get|got) (?:going|started|off the ground|"
    r"underway|under way|up and running|kicked off)\b"
)
# "Did anybody quote something about the SDGs?", "has anyone said anything on X?",
# "which quotes mention X?": quotes by topic, whoever the speaker.
_ANYONE_QUOTED = re.compile(
    r"^(?:(?:did|has|have) (?:anybody|anyone|someone|somebody|any speaker) (?:quote|quoted|say|said|"
    r"comment|commented|remark|remarked) (?:something|anything)|(?:which|what|any) quotes? "
    r"(?:mention|mentions|mentioned|is|are)|"
    # "Who quoted the village elders?": active, with an object: whose quote has it.
    r"who quoted(?! (?:as|in|on|about|regarding|since|before|after|during)\b))"
    r"(?P<about> (?:about|on|regarding) .+| .+)$"
)
