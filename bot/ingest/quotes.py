"""Quoted statements and who said them.

For every double-quoted passage that reads like speech, the attribution is looked for

1. right after it: ``"…," said X.``, ``"…," X said.``, ``"…," according to X.``,
   ``"…," X, CEO of Y, said.``;
2. right before it: ``X said, "…"``, ``X stated that, "…"``, ``According to X, "…"``,
   ``Commenting on the deal, X, CEO of Y, said: "…"``;
3. failing both, from the quote next to it in the same paragraph
   (``"…," said X. "…"``), or from the previous paragraph when a paragraph opens with
   a quote that continues the previous speaker (the seed release does this), or that
   the previous paragraph introduces ("X added that …", "According to X, …", "He
   stressed …");
4. a quote of several paragraphs takes the speaker named where it closes, in a later
   paragraph (``… objectives," he added.``).

X may be a family name alone, of one word or several ("said Al Nadri"), or a title
the release gave one person ("the Minister said", "the CEO said", "the Kestrel chief
said", "the chair of the Kestrel Trust said"). Names in an aside of the attribution
("…," Minister Doe, representing Minister Roe, said.) are not new speakers.

``he``/``she`` (and "according to him/her") resolve to the most recently *named* person
before the quote, in narrative text (not inside quotes), which is not always the last
speaker: "Mira Santell, head of research, welcomed it. “…,” she said." is Mira Santell;
within that sentence, the person it opens with, its subject ("Rook thanked Lind.").
The quote text is the passage between the marks, exactly as written (a trailing comma
included), so the loader's verbatim check passes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bot import vocab
from bot.ingest.entities import (
    ALL_HEADS,
    KIND_HEADS,
    PersonRef,
    Registry,
    guess_kind,
    is_title_phrase,
    is_title_word,
    parse_person_phrase,
    split_title_org,
)
from bot.ingest.officials import country_of_demonym
from bot.ingest.text import QUOTE_CHARS, Span, is_closing_mark, quoted_spans, split_sentences
from bot.ingest.words import is_demonym, is_place
from bot.kb.models import EntityKind
from bot.textnorm import is_cjk, normalize

_VERB = (
    r"(?:said|says|stated|states|added|adds|explained|explains|noted|notes|commented|comments|"
    r"remarked|remarks|continued|continues|concluded|concludes|observed|observes|"
    r"emphasi[sz]ed|emphasi[sz]es|stressed|stresses|declared|declares|announced|"
    r"pointed out|points out|affirmed|affirms|highlighted|highlights|underlined|underscored|"
    r"shared|shares|acknowledged|reiterated|insisted|urged|wrote|writes|recalled|predicted|"
    r"elaborated|summed up|mentioned|explained|enthused|"
    r"replied|responded|answered|warned|warns|argued|argues|cautioned|asserted|asserts|"
    r"maintained|claimed|suggested|conceded|admitted|joked|quipped|reflected|echoed|assured|told (?:reporters|journalists|the audience|attendees|delegates|guests|participants)|told|"
    r"(?:was|were) quoted as saying|"
    # Releases in other languages, or English copies that kept the original's verb:
    # French (passé composé, its inverted "a-t-elle ajouté", and the present), Spanish,
    # Portuguese, Italian and German verbs of saying.
    r"a(?:-t-(?:il|elle))?\s+(?:déclaré|dit|affirmé|souligné|ajouté|indiqué|expliqué|précisé|"
    r"estimé|assuré|rappelé|insisté|noté|commenté|confié|martelé)|"
    r"déclare|souligne|ajoute|explique|précise|affirme|estime|indique|"
    r"dijo|afirmó|aseguró|declaró|señaló|añadió|agregó|explicó|expresó|destacó|indicó|"
    r"manifestó|subrayó|comentó|apuntó|sostuvo|enfatizó|"
    r"disse|afirmou|declarou|destacou|acrescentou|explicou|"
    r"ha (?:dichiarato|detto|affermato|sottolineato|aggiunto|spiegato|commentato)|"
    r"sagte|erklärte|betonte|ergänzte)"
)
# Whom a foreign verb says it to, between the verb and the speaker: "a déclaré à la
# presse la ministre X", "dijo a la prensa el rector X".
_TO_THE_PRESS = re.compile(
    r"^(?:à|a|alla|aos?|à\s+l['’]|al)\s*(?:la\s+|los\s+|les\s+|l['’]|i\s+)?"
    r"(?:presse|prensa|stampa|imprensa|journalistes|periodistas|giornalisti|jornalistas|"
    r"médias|medios|media)\s+",
    re.IGNORECASE,
)
_ADVERBS = r"(?:\s+(?:also|further|then|later|previously|recently|proudly|simply))?"
_PRONOUNS = {"he", "she", "him", "her", "il", "elle", "él", "ella"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "il": "m", "él": "m", "she": "f", "her": "f"}
_PRONOUN_GENDER |= {"elle": "f", "ella": "f"}
_GENDERED = re.compile(
    r"\b(?P<h>Mr|Mrs|Ms|Miss|Madam|Madame|Mme|Sir|Dame)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
# "He affirmed the importance of the deal." closing a paragraph: the quote that opens
# the next paragraph is that person's (the one the pronoun points to).
# (So does "According to him, the deal will …": reported speech by that person.)
_PRONOUN_SUBJECT = re.compile(
    r"(?:He|She)(?:\s+(?:also|further|then|later))?\s+[a-z]+ed\b|According\s+to\s+(?:him|her)\b"
)
# "the company said": the organisation that issued the release.
_ISSUER = re.compile(
    r"(?:the|a)\s+(?:company|firm|organi[sz]ation|group|bank|foundation|agency|institute|"
    r"university|company's spokesperson|spokesperson|spokesman|spokeswoman)(?:\s+spokesperson)?",
    re.IGNORECASE,
)
# Reported speech that names its speaker first: "According to Dr Doe, the partners …".
_ACCORDING_TO = re.compile(
    r"(?i:according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[A-Z][^,\"“”]{0,80}?),"
)
# Organisations that speak through no named person: "the ministry said", "according to
# the agency", "the company's spokesperson noted", "a spokesperson for Acme said", "an
# Acme spokesperson said". The kind words are the organisation head words of
# bot/vocab/kind_heads.yaml.
_ORG_HEADS = frozenset(
    word
    for kind, heads in KIND_HEADS
    if kind == EntityKind.ORGANIZATION
    for word in heads
    if word.isalpha() and len(word) > 3
)
_VOICE = "(?:" + "|".join(sorted(vocab.word_list("speaking_voices"), key=len, reverse=True)) + ")"
_KIND_SPEAKER = re.compile(
    rf"(?i:the|a|an|this|that)\s+(?P<kind>[a-z]+)(?:['’]s)?(?:\s+{_VOICE})?", re.IGNORECASE
)
_VOICE_OF = re.compile(
    rf"(?i:an?|the)\s+(?:(?P<before>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,5}})\s+{_VOICE}"
    rf"|{_VOICE}\s+(?:for|from|of|at)\s+(?:the\s+)?(?P<after>[A-Z][\w&'’.-]*"
    rf"(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&'’.-]*){{0,7}}))"
)
# Several organisations speaking at once ("the two companies said"), unlike people.
_SEVERAL_ORGANISATIONS = re.compile(
    r"\b(?:companies|organi[sz]ations|agencies|universities|governments|firms|institutions)$",
    re.IGNORECASE,
)
# Kind words that any company answers to ("the company", "the group"); any other kind
# word must be in the organisation's name ("the ministry": the Ministry of Ports).
_ANY_COMPANY = vocab.word_list("company_words")
# How many paragraphs before a quote are looked at for the organisation it names.
_ORG_CONTEXT_PARAGRAPHS = 3
# Attributions without a speech verb: they only count for a known person or one
# introduced with a title, never to invent a person from two capitalised words.
WEAK_COLON = "X: \u201c\u2026\u201d"
WEAK_DASH = "\u201c\u2026\u201d \u2014 X"
# Clauses that trail an attribution and are not part of the speaker's name or title.
_TRAILING = re.compile(
    r"(?:,\s*|\s+)(?:in (?:a|an|the|his|her|their) (?:(?:joint |written |prepared )?statement|"
    r"interview|(?:press |news |media )?release|speech|keynote|address|announcement|"
    r"message|letter|post|video|op-ed|column|briefing)|adding|who\b|when\b|while\b|during\b|"
    r"speaking\b|and\s+(?:then\s+)?(?:added|said|says|adds|noted|continued|explained|stressed)\b|"
    r"at (?:the|a|an) (?:launch|event|ceremony|signing|conference|summit|meeting|opening)\b|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"today\b|yesterday\b|last week\b|this week\b).*$",
    re.IGNORECASE,
)
# Openers of a clause that precedes the speaker: "Commenting on the deal, X said".
_LEADING_CLAUSE = re.compile(
    r"^(?:in|at|on|during|following|after|before|commenting|speaking|reflecting|discussing|"
    r"regarding|referring|asked|announcing|talking|welcoming|as|when|with|for|about|"
    r"addressing|looking|meanwhile|separately|additionally|today|also|while|upon|signing|"
    r"thanking|presenting|highlighting|noting|emphasi[sz]ing|explaining|describing|reacting|"
    r"responding|praising|lauding|launching|opening|closing|concluding|summing|"
    # Words that order the speakers: "Next, Acme President Lind remarked, “…”".
    r"next|then|later|finally|lastly|first|afterwards|subsequently|likewise|similarly|"
    r"moreover|furthermore|however|in\s+turn)\b",
    re.IGNORECASE,
)
_NOT_SPEECH_BEFORE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|known as|themed|theme|slogan|motto|brand(?:ed)?|"
    r"term|word|words|phrase|label(?:led|ed)?)\s*[:,]?\s*$",
    re.IGNORECASE,
)


# After a name, its appositive (one comma part, or a bracket), then a verb in the past
# tense: the name is the subject of that verb.
_SUBJECT_THEN_VERB = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:\s*,[^,;:\"“”]{1,120}?)?\s*,?\s+(?:also\s+)?[a-z]{2,}ed\b"
)


# "Doe of the Kestrel Trust", "Jane Doe from Acme": a person named before, and whom
# they speak for.
_NAME_OF_ORGANISATION = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,;:]{1,100}?)\.?"
)


# Offices held in a place rather than at an organisation ("Governor of Eastmarch").
_PUBLIC_OFFICE = re.compile(
    r"\b(?:Governor|Mayor|Premier|Senator|Consul|Prefect|Lieutenant Governor|Minister)\b",
    re.IGNORECASE,
)


# Several speakers at once: "the two leaders", "both ministers", "the partners",
# "officials", "the companies" (a plural noun, perhaps after a number word).
_SEVERAL_SPEAKERS = re.compile(
    r"(?i:(?:the|both|all)\s+)?(?i:(?:two|three|four|both|all)\s+)?"
    r"(?i:[a-z-]+\s+)?(?i:leaders|ministers|officials|partners|parties|companies|"
    r"organi[sz]ations|founders|executives|presidents|heads|chiefs|spokespeople|sides|"
    r"signatories|co-chairs|governments|universities|agencies)"
    r"(?:\s+in\s+a\s+joint\s+statement)?"
)


# A line of at most four words with no sentence punctuation: a web page's label
# ("Article content", "Advertisement", "Story continues below").
_FILLER = re.compile(r"[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}")


# Offices held outside the issuing organisation, in a state or between states: a bare
# "Ambassador Jane Doe" or "Governor John Roe" in a university's release is never the
# university's.
OUTSIDE_OFFICE = re.compile(
    r"\b(?:Governor|Mayor|Premier|Senator|Consul|Prefect|Minister|Ambassador|Envoy|"
    r"High Commissioner|Secretary of State|King|Queen|Sheikh|Congress(?:man|woman)|"
    r"Councillor|Councilor|Judge|Justice)\b",
    re.IGNORECASE,
)


# A few words quoted inside reported speech: "…, adding that “effective and empowered
# collaboration” will be critical", "called it “a real turning point”": the subject's
# own words, though too short and unpunctuated to pass for speech by themselves.
_REPORTED_BEFORE = re.compile(
    r"(?:\b(?:adding|saying|noting|stressing|stating|explaining|declaring)(?:\s+that)?"
    r"|\b(?:called|termed|described|hailed|labell?ed)\s+(?:it|this|that|them|"
    r"the\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+as)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundQuote:
    text: str
    speaker: str | None
    # How the speaker was found, for the reviewer ("said X", "continues", "he said" ...).
    how: str
    paragraph: int
    # The paragraph ended before the closing mark: the quote goes on in the next one.
    open_ended: bool = False


def is_speech(paragraph: str, span: Span) -> bool:
    """Speech rather than a quoted name or a scare quote ("Enabling E-commerce")."""
    if not span.text.split() or _NOT_SPEECH_BEFORE.search(paragraph[: span.start]):
        return False
    # Chinese or Japanese text has no spaces; count two ideographs as a word.
    words = len(span.text.split()) + sum(is_cjk(ch) for ch in span.text) // 2
    ends_like_speech = (
        span.text.rstrip()[-1:] in ".,!?\u2026\u3002\uff0c\uff01\uff1f" or span.open_ended
    )
    if not ends_like_speech and is_quoted_name(span.text):
        return False  # a quoted title: "Charter for Shared Exhibition Spaces in Velmont"
    # ""Data moves ships", he said.", "« Nous sommes ravis », a déclaré X": the comma
    # or stop written after the closing mark (British, European and Asian copy), with an
    # attribution after it.
    ends_like_speech = ends_like_speech or (
        not span.open_ended
        and re.match(rf"\s*[,.]\s*(?:[^\"“”]{{0,80}}?\s)?{_VERB}\b", paragraph[span.end :])
        is not None
    )
    # "…, which, as he stated, “will improve” the ties": a verb of saying right before
    # the marks makes a few words speech.
    ends_like_speech = ends_like_speech or (
        (
            re.search(rf"\b{_VERB}\s*[,:]?\s*$", paragraph[: span.start]) is not None
            or _REPORTED_BEFORE.search(paragraph[: span.start]) is not None
        )
        and not is_quoted_name(span.text)
    )
    # "Doe said that the aim today is to "make music for everyone".": a few quoted words
    # that close a sentence of reported speech are the speaker's own.
    ends_like_speech = ends_like_speech or (
        re.search(rf"\b{_VERB}\s+that\b[^.!?\"“”]*$", paragraph[: span.start]) is not None
        and re.match(r"\s*[.!?]", paragraph[span.end :]) is not None
        and not is_quoted_name(span.text)
    )
    if words == 1 and span.text.rstrip().endswith(",") and not span.open_ended:
        # ""This," Doe said, "is only the start."": the first word of a sentence that an
        # attribution splits, the rest in the next quote.
        return (
            re.match(
                rf"\s*[^\"“”]{{1,80}}?\b{_VERB}\b[^\"“”.]{{0,40}},\s*[\"“]",
                paragraph[span.end :],
                re.IGNORECASE,
            )
            is not None
        )
    return words >= 6 or (ends_like_speech and words >= 2)


_SMALL_WORDS = {"of", "for", "and", "in", "on", "the", "a", "an", "to", "at", "by", "with", "&"}


def is_quoted_name(text: str) -> bool:
    """Title Case words without closing punctuation: a name or title, not speech."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or text.rstrip()[-1:] in ".,!?;:":
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper())
    return bool(content) and capitalised / len(content) >= 0.8


def _trim_who(who: str) -> str:
    # ("Jane “JD” Doe, CEO": a nickname in quote marks inside the name is not part of it.)
    who = re.sub(r"(?<=\w)\s+[\"“‘'][A-Z][\w.'’-]*[\"”’']\s+(?=[A-Z])", " ", who)
    who = _TRAILING.sub("", who.strip())
    # "…, CEO of Brightmoor Labs and added": the conjunction is not part of the name.
    who = re.sub(r"\s+and\s*$", "", who.strip(" ,;:.\u2014\u2013-"))
    return who.strip(" ,;:.\u2014\u2013-")


# The most words of a name before its appositive, and of a name with a long appositive
# ("Jane Doe, who has led …, said"), in an attribution after a quote (the longest
# seen in real releases was 18 words; a sentence of narrative is longer).
_NAME_WORDS = 6
_LONG_APPOSITIVE_WORDS = 32


def _after_attribution(after: str, quote_text: str) -> tuple[str, str] | None:
    """(speaker phrase, pattern) from the words after a closing quote mark."""
    dashed = after.lstrip().startswith(("\u2014", "\u2013", "-"))
    text = after.strip().lstrip(",;:\u2014\u2013- ").strip()
    if not text:
        return None
    # Only the attribution's own sentence.
    bounds = split_sentences(text)
    if bounds:
        text = text[bounds[0][0] : bounds[0][1]]
    # "said Minister Doe. spoke to the media": a full stop before a lower-case word still
    # ends the attribution.
    text = re.split(r"(?<=[a-z]{2})\.\s+(?=[a-z])", text)[0]
    text = text.rstrip(" .;!?")
    ends_with_comma = quote_text.rstrip().endswith((",", "!", "?", "\u2026", "-", "\u2014"))
    match = re.match(rf"^{_VERB}\s+(?P<who>.+)$", text, re.IGNORECASE)
    # "said X" continues the quote's sentence: after "…," or a lowercase "said".
    if match and (ends_with_comma or text[:1].islower()):
        return _trim_who(_TO_THE_PRESS.sub("", match.group("who"))), "said X"
    match = re.match(r"^according to\s+(?P<who>.+)$", text, re.IGNORECASE)
    if match:
        return _trim_who(match.group("who")), "according to X"
    match = re.match(
        rf"^(?P<who>[^\"“”]{{1,160}}?){_ADVERBS}\s+{_VERB}\b(?P<rest>.*)$", text, re.IGNORECASE
    )
    # After a quote that ends a sentence, "X said" must be the whole sentence:
    # otherwise "… ." Acme announced a deal. is not an attribution.
    if (
        match
        and (
            len(match.group("who").split()) <= 16
            # ("…," Jane Doe, who has led the Trust since 2011 and before that ran the
            # county's museums, said.": a short name, then a long appositive.)
            or (
                ends_with_comma
                and len(match.group("who").split(",")[0].split()) <= _NAME_WORDS
                and len(match.group("who").split()) <= _LONG_APPOSITIVE_WORDS
            )
        )
        and (ends_with_comma or len(match.group("rest").split()) <= 4)
        # ("… stage." Jane Doe, Leader of the Council, said: "…": a colon opens the
        # next speaker's quote, it never closes the one before.)
        and not match.group("rest").lstrip().startswith(":")
    ):
        return _trim_who(match.group("who")), "X said"
    if dashed:
        # "“…” — Jane Doe, CEO of Acme" (no verb; only trusted with a title or a known name).
        return _trim_who(text), WEAK_DASH
    return None


WEAK_SUBJECT = "the subject of the quote's sentence"
_SAID_THAT = "X said that \u2026 \u201c\u2026\u201d"
SAID_IT = "X said it \u2026 \u201c\u2026\u201d (an organisation)"


def _sentence_attribution(before: str) -> tuple[str, str] | None:
    """(speaker phrase, pattern) from the words of a quote's sentence before it, when no
    attribution stands next to the quote. In order of strength: "according to X," anywhere
    before it; a parenthetic "as he stated"; the sentence's subject with a verb of saying
    ("X noted that the deal is “…”"); the subject with any verb in the past tense ("X
    thanked Y for “…”", only for a person the release already named: ``WEAK_SUBJECT``)."""
    text = before.strip()
    if not text:
        return None
    according = re.search(
        r"(?:^|[,;]\s*)according to\s+(?P<who>[^,;\"“”]{2,100}?)\s*,", text, re.IGNORECASE
    )
    if according:
        return _trim_who(according.group("who")), "according to X"
    parenthetic = list(re.finditer(rf"\bas\s+(?P<who>he|she){_ADVERBS}\s+{_VERB}\b", text))
    if parenthetic:
        return parenthetic[-1].group("who"), "as he said"
    while "," in text and _LEADING_CLAUSE.match(text):
        text = text.split(",", 1)[1].strip()
    said = re.match(
        rf"(?P<who>[A-Z][^\"“”;]{{1,100}}?){_ADVERBS}\s+{_VERB}\s+(?:that\s+|how\s+)?\S",
        text,
        re.IGNORECASE,
    )
    # (The name and the appositive after it may be long: "Jane Doe, head of the
    # organization and formerly a senior … official, said …"; the name is short.)
    if (
        said
        and len(said.group("who").split(",")[0].split()) <= 12
        and said.group("who")[:1].isupper()
    ):
        if re.match(rf"{_VERB}\s+(?:that\s+)?(?:it|its)\s", text[said.end("who") :].lstrip(), re.I):
            # ("Acme says it has renewed “…”": "it" makes the subject an organisation.)
            return _trim_who(said.group("who")), SAID_IT
        return _trim_who(said.group("who")), _SAID_THAT
    subject = re.match(
        r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+(?:also\s+)?[a-z]{3,}ed\b", text
    )
    if subject:
        return subject.group("who"), WEAK_SUBJECT
    return None


# A full stop glued to the next sentence's capital, where a page's paragraphs were run
# together: "officials.Commenting" (a lower-case word of three letters or more before it,
# so "U.S.Army" or "Dr.Doe" never cut).
_GLUED_STOP = re.compile(r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])")


def _before_attribution(before: str) -> tuple[str, str] | None:
    """(speaker phrase, pattern) from the words just before an opening quote mark."""
    text = before.strip()
    if not text or text.endswith((".", "!", "?")):
        return None
    # ("… the officials.Commenting on it, Jane Doe said: “…”": paragraphs run together
    # with no space after their full stop; the attribution is the last one's.)
    text = _GLUED_STOP.split(text)[-1]
    match = re.search(
        r"(?:^|[,;]\s*)according to\s+(?P<who>[^\"“”]+?)\s*[,:]?\s*$", text, re.IGNORECASE
    )
    if match:
        return _trim_who(match.group("who")), "according to X"
    match = re.search(
        rf"^(?P<who>[^\"“”]+?){_ADVERBS}\s+{_VERB}(?:\s+(?:that|this|the following|in a statement))?\s*[,:\u2014\u2013-]?\s*$",
        text,
        re.IGNORECASE,
    )
    if match is None:
        # "The Rector termed the signing “a historic step”": a verb that takes an object,
        # then the quoted words.
        termed = re.search(
            r"^(?P<who>[^\"“”,]{2,60}?)\s+(?:termed|called|described|hailed|labell?ed)\s+"
            r"[^\"“”]{1,80}?\s*$",
            text,
        )
        if termed and len(termed.group("who").split()) <= 6:
            return _trim_who(termed.group("who")), "X said, \u201c\u2026\u201d"
    if match is None:
        # "Jane Doe, CEO of Acme: “…”" (no verb; only trusted with a title or a known name).
        colon = re.search(r"^(?P<who>[^\"“”:]{3,160}?)\s*:\s*$", text)
        if colon is None:
            return None
        who = colon.group("who").strip()
        # ("Commenting on the deal, Jane Doe, CEO of Acme: “…”")
        while "," in who and _LEADING_CLAUSE.match(who):
            who = who.split(",", 1)[1].strip()
        return _trim_who(who), WEAK_COLON
    who = match.group("who").strip()
    # Drop leading clauses: "Commenting on the partnership, Jane Doe, CEO of Acme,".
    while "," in who and _LEADING_CLAUSE.match(who):
        who = who.split(",", 1)[1].strip()
    return _trim_who(who), "X said, \u201c\u2026\u201d"


# Words for whoever leads an organisation, whatever the release calls the post:
# "the Kestrel chief" is its CEO.
_LEADER_WORDS = {"chief", "head", "boss", "leader", "chairman", "chair", "president"}


# Titles written as their initials ("the VC said"): bot/vocab/title_initials.yaml.
_TITLE_INITIALS = vocab.title_initials()


def _spelt_out(title: str) -> str:
    """A title written as its initials, in full ("CEO" -> "Chief Executive Officer")."""
    return _TITLE_INITIALS.get(title.upper(), title) if title.isupper() else title


# A quote whose attribution names someone the parser could not read: never given to the
# speaker before it.
_UNREADABLE = "an attribution naming someone unread"
# "the ministry said" with no ministry in the release to be: the quote is an
# organisation's, never the person named last.
_BODY_UNNAMED = "an organisation the release does not name"


def _kind_phrase(phrase: str) -> str:
    """ "a spokesperson for the ministry" is "the ministry": the kind word after the
    voice says whose; any other phrase stripped and returned as it is."""
    phrase = phrase.strip()
    for_kind = re.fullmatch(
        rf"(?:an?|the)\s+{_VOICE}\s+(?:for|from|of|at)\s+(?P<kind>the\s+[a-z]+)", phrase
    )
    return for_kind.group("kind") if for_kind is not None else phrase


def organisation_kind(phrase: str) -> str | None:
    """The kind word (lower case) of a speaker phrase naming an organisation by its
    kind alone: "the ministry" → "ministry", "the company's spokesperson" → "company",
    "a spokesperson for the agency" → "agency". None for any other phrase."""
    match = _KIND_SPEAKER.fullmatch(_kind_phrase(phrase))
    if match is None:
        return None
    kind = match.group("kind").lower()
    return kind if kind in _ORG_HEADS or kind in _ANY_COMPANY else None


def _family_name_with_title(ref: PersonRef) -> bool:
    """Whether ``ref`` may be a person named by the family name alone after a title
    ("Acme President Lind", "President Lind said"): one capitalised word that is no
    title word, head word or place, with a title. The caller also wants the organisation:
    stated, or the issuer of the release (then with a capitalised title)."""
    return (
        re.fullmatch(r"[A-Z][a-z'’-]{2,}", ref.name) is not None
        and ref.title is not None
        and not is_title_word(ref.name)
        and ref.name.lower() not in ALL_HEADS
        and not is_place(ref.name)
    )


def _office_complement(phrase: str, name: str) -> bool:
    """Whether ``name``, as read from a speaker phrase, is the end of an office's
    complement rather than a person: "Minister of Culture and Fine Arts" read as a
    person "Fine Arts" (the words before it end in "of", "and", "for")."""
    at = phrase.rfind(name)
    return (
        at > 0
        and phrase.endswith(name)
        and re.search(r"\b(?:of|and|for|&)\s*$", phrase[:at]) is not None
        and is_title_phrase(phrase)
    )


def weak_office(office: str) -> bool:
    """An office too vague to stand for a speaker: one word, or no title word first."""
    words = office.split()
    return len(words) < 3 or not is_title_word(words[0])


class QuoteFinder:
    """Walks the paragraphs in order, remembering the last speaker for continuations."""

    def __init__(self, registry: Registry, *, single: bool = False) -> None:
        self.registry = registry
        # Read 'single-quoted' speech (set when a release has no double-quoted speech).
        self.single = single
        # The organisation behind the release, for "“…,” the company said."
        self.issuer: str | None = None
        # The organisation that issued a release about itself (see draft's
        # ``_own_organisation``): where its officials named with a bare title work.
        self.own_org: str | None = None
        # A news story (``bot/ingest/voice.py``): no party issued it, so a bare title is
        # never assumed to be held at ``issuer``.
        self.news_story = False
        self.last_named: str | None = None
        self.last_person: str | None = None
        # The last person named in narrative text of earlier paragraphs.
        self.last_mentioned: str | None = None
        # A paragraph that only introduces a speaker ("Jane Doe, CEO of Acme:"): the
        # quote of the next paragraph is theirs.
        self.introduced: str | None = None
        # The last paragraph that closed a quote opened in a paragraph above it.
        self._tail_at: int | None = None
        # A paragraph that ends "Jane Doe said:" with no quote mark after it (government
        # and university pages): the speaker of the unmarked paragraphs that follow.
        self.speaking: str | None = None
        # How many unmarked paragraphs ``speaking`` has spoken so far.
        self._spoken = 0
        # People the release calls Mr ("m") or Ms ("f"), for "he" and "she".
        self.gender: dict[str, str] = {}
        self.warnings: list[str] = []
        # (person id, title) of each role whose organisation was assumed (the issuer's,
        # the release's own organisation's), not written: weaker evidence may replace it.
        self.assumed_roles: set[tuple[str, str]] = set()
        # (person id, title) of each role the release leaves at no organisation on
        # purpose (listed for a side named only as a country): never inferred later.
        self.open_roles: set[tuple[str, str]] = set()
        # Paragraphs that are a page's filler labels, skipped when looking back.
        self._filler: set[int] = set()
        # The narrative text (quotes blanked) of the last paragraphs, nearest last, and
        # of the current one up to the quote being attributed: where "the company" and
        # "the ministry" are named.
        self._narratives: list[str] = []
        self._narrative_now = ""

    def person_mentioned(self, entity_id: str) -> None:
        # (A phrase read as a person can be an organisation's name the registry knows:
        # "he" never means it.)
        if self.registry.entities[entity_id].kind == EntityKind.PERSON:
            self.last_person = entity_id

    def _last_person_in(self, text: str) -> str | None:
        """The person named last in ``text`` (by sentence, then by order in it)."""
        for a, b in reversed(split_sentences(text)):
            people = [
                e
                for e in self.registry.mentions(text[a:b])
                if self.registry.entities[e].kind == EntityKind.PERSON
            ]
            if people:
                return people[-1]
        return None

    def _antecedent_in(
        self, text: str, pronoun: str = "", *, any_gender: bool = False
    ) -> str | None:
        """Whom "he"/"she" after ``text`` means: in the last sentence that names a person
        the pronoun fits, the one it opens with, its subject ("Rook thanked Lind. “…,” she
        said." is Rook; "Jane Doe, head of research, welcomed it."), else the person named
        last. A person the release calls Mr or Ms fits only "he" or "she"."""
        wanted = _PRONOUN_GENDER.get(pronoun.lower())
        for a, b in reversed(split_sentences(text)):
            sentence = text[a:b].strip()
            people = [
                e
                for e in self.registry.mentions(sentence)
                if self.registry.entities[e].kind == EntityKind.PERSON
                and (any_gender or self.gender.get(e, wanted) == wanted)
            ]
            if not people:
                continue
            while "," in sentence and _LEADING_CLAUSE.match(sentence):
                sentence = sentence.split(",", 1)[1].strip()
            # The sentence's opening: its words up to the first lower-case one.
            opening = re.match(r"(?:[A-Z][\w.'’-]*\s*)+", sentence)
            subject = [
                e
                for e in (self.registry.mentions(opening.group(0)) if opening else [])
                if e in people
            ]
            return subject[0] if len(subject) == 1 else people[-1]
        return None

    def _subject_of_last_sentence(
        self, paragraph: str, bounds: list[tuple[int, int]]
    ) -> str | None:
        """The person a paragraph's last sentence opens with ("Ambassador Jane Doe also
        welcomed the agreement."): the speaker of an unattributed quote that opens the
        next paragraph."""
        if not bounds:
            return None
        last = paragraph[bounds[-1][0] : bounds[-1][1]]
        people = [
            e
            for e in self.registry.mentions(last)
            if self.registry.entities[e].kind == EntityKind.PERSON
        ]
        if len(people) != 1:
            return None
        name = self.registry.entities[people[0]].name
        # ("According to Jane Doe, CEO of Acme, the grants will double.": she speaks on;
        # so does "In her remarks, Doe noted that …".)
        last = re.sub(r"^(?:according to|in the words of)\s+", "", last, flags=re.IGNORECASE)
        while (
            "," in last
            and _LEADING_CLAUSE.match(last)
            and not last.lower().startswith(name.lower())
        ):
            last = last.split(",", 1)[1].strip()
        # (The name in full, or the family name alone: "Doe noted that …".)
        at, written = next(
            ((k, w) for k, w in ((last.find(w), w) for w in (name, *name.split()[::-1])) if k >= 0),
            (-1, ""),
        )
        if at < 0:
            return None
        # Only capitalised words (a title, an organisation) before the name, or a title
        # in lower case ("Acme president and vice-chancellor Prof Jane Doe said …").
        if all(
            w[:1].isupper() or is_title_word(w) or w in {"and", "of", "for", "&"}
            for w in last[:at].split()
        ):
            return people[0]
        # Or whatever comes before it (a dateline, a ticker), when the name is the
        # subject of the sentence's verb: a verb in the past tense right after the name
        # and its appositive ("…, Jane Doe, head of policy, issued a statement on …").
        if _SUBJECT_THEN_VERB.match(last[at + len(written) :]):
            return people[0]
        return None

    def _last_mention_start(self, text: str) -> int:
        """Where the sentence that names the last person in ``text`` starts (-1: none)."""
        for a, b in reversed(split_sentences(text)):
            if any(
                self.registry.entities[e].kind == EntityKind.PERSON
                for e in self.registry.mentions(text[a:b])
            ):
                return a
        return -1

    def speaking_organisation(self, phrase: str) -> str | None:
        """The organisation a speaker phrase names with no person: "the company", "the
        ministry's spokesperson", "a spokesperson for Acme", "an Acme spokesperson".

        "the <kind>" is the nearest organisation named in the narrative before the
        quote (this paragraph, then up to ``_ORG_CONTEXT_PARAGRAPHS`` before it) that
        fits the kind word (any organisation for "company", else one whose name holds
        the word), else the release's issuer for a kind the issuer fits. A named one is
        the registry's entity of that name, declared when new. None when the phrase
        names no organisation."""
        phrase = _kind_phrase(phrase)
        voice = _VOICE_OF.fullmatch(phrase)
        if voice is not None:
            name = voice.group("before") or voice.group("after") or ""
            if is_title_phrase(name):
                return None  # ("a Kestrel Chief Executive spokesperson": a person's)
            found = self.registry.find(name)
            if found is None and guess_kind(name) == EntityKind.ORGANIZATION:
                found = self.registry.add(name, EntityKind.ORGANIZATION)
            if found is None or self.registry.entities[found].kind != EntityKind.ORGANIZATION:
                return None
            return found
        kind = organisation_kind(phrase)
        if kind is None:
            return None
        for text in (self._narrative_now, *reversed(self._narratives)):
            for a, b in reversed(split_sentences(text)):
                for entity in self.registry.mentions(text[a:b]):
                    if self._fits_kind(entity, kind):
                        return entity
        if self.issuer is not None and self._fits_kind(self.issuer, kind):
            return self.issuer
        return None

    def _body_named_after(self, text: str, kind: str) -> str | None:
        """The first organisation ``text`` (the paragraph after a quote) names that fits
        ``kind``: "“…,” the ministry said. The Ministry of X added …"."""
        for a, b in split_sentences(text):
            for entity in self.registry.mentions(text[a:b]):
                if self._fits_kind(entity, kind):
                    return entity
        return None

    def _office_holder(self, office: str) -> str | None:
        """A speaker the release names only by office ("Minister of Culture"): an entry
        of that name, with a review note asking for the holder's name."""
        if weak_office(office):
            return None
        found = self.registry.add(office, EntityKind.PERSON)
        note = (
            f"'{found}' is an office the release names without its holder"
            f" ({office}): put the person's name if known"
        )
        if note not in self.warnings:
            self.warnings.append(note)
        return found

    def organisation_named(self, phrase: str) -> str | None:
        """The organisation a subject phrase names ("US carrier Acme Lines" is Acme
        Lines: the capitalised words that end it), declared when new; None when they
        are a person the release named."""
        name = re.search(
            r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&'’.-]*)*$", phrase
        )
        if name is None or self.registry.find_person(name.group(0)) is not None:
            return None  # ("Doe said it was “a pleasure”": a person the release named)
        found = self.registry.find(name.group(0))
        if found is not None:
            kind = self.registry.entities[found].kind
            return found if kind == EntityKind.ORGANIZATION else None
        return self.registry.add(name.group(0), EntityKind.ORGANIZATION)

    def _joint_statement(self, phrase: str, text: str) -> tuple[str, str] | None:
        """ "the two companies said in a joint statement": several organisations speak
        at once; the quote is drafted as the issuer's (one of them, whose release it
        is), with a note. None for people ("the two leaders") or with no issuer."""
        if not _SEVERAL_ORGANISATIONS.search(phrase) or self.issuer is None:
            return None
        if self.registry.entities[self.issuer].kind != EntityKind.ORGANIZATION:
            return None
        name = self.registry.entities[self.issuer].name
        self.warnings.append(
            f"the quote \u201c{text[:60]}\u2026\u201d is a joint statement ('{phrase}'):"
            f" drafted as {name}'s, the issuer's; check"
        )
        return self.issuer, f"'{phrase}': a joint statement, drafted as the issuer {name}'s"

    def _fits_kind(self, entity_id: str, kind: str) -> bool:
        entity = self.registry.entities[entity_id]
        if entity.kind != EntityKind.ORGANIZATION:
            return False
        words = {w.rstrip("s") for w in normalize(entity.name).split()}
        return kind in _ANY_COMPANY or kind.rstrip("s") in words

    def resolve(self, phrase: str, *, weak: bool = False) -> tuple[str | None, bool]:
        """(entity id, whether it was named) for a speaker phrase."""
        if phrase.lower() in _PRONOUNS:
            # "he said": a person, never an organisation named last ("Acme said …").
            fits = [
                e
                for e in (self.last_named, self.last_person)
                if e is not None and self.registry.entities[e].kind == EntityKind.PERSON
            ]
            return (fits[0] if fits else None), False
        if _ISSUER.fullmatch(phrase.strip()):
            return self.speaking_organisation(phrase) or self.issuer, False
        of_organisation = self._named_of_organisation(phrase)
        if of_organisation is not None:
            return of_organisation, True
        ref = parse_person_phrase(phrase, self.registry.acronyms())
        if weak:
            known = self.registry.find_person(ref.name) if ref else None
            if ref is None or (ref.title is None and known is None):
                return None, False
        bare = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
        if ref is None:
            found = self.registry.find(bare) or self._by_title(bare)
            return found, found is not None
        if ref.title is None and _office_complement(bare, ref.name):
            # "The Minister of Culture and Fine Arts commented": an office, no name in
            # it ("Fine Arts" ends the portfolio); its one holder in the release, else
            # the office itself speaks, for a reviewer to name.
            found = self._by_title(bare) or self._office_holder(bare)
            return found, found is not None
        person = self.register_person(ref)
        if person is None and ref.title is None:
            # "the VC": no name, a title the release gave one person.
            person = self._by_title(bare)
        return person, person is not None

    def _named_of_organisation(self, phrase: str) -> str | None:
        """The person a "<name> of <organisation>" phrase ("Doe of the Trust", "Jane Doe
        from Acme") names, when the name is a person the release already named and the
        organisation one of its organisations, else None. The phrase says whom the
        person speaks for: a title of theirs read with no organisation gets this one
        (registry roles are updated in place)."""
        match = _NAME_OF_ORGANISATION.fullmatch(phrase.strip())
        if match is None:
            return None
        org = self.registry.find(match.group("org"))
        if org is None or self.registry.entities[org].kind == EntityKind.PERSON:
            return None
        key = normalize(match.group("name"))
        people = [
            e.id
            for e in self.registry.entities.values()
            if e.kind == EntityKind.PERSON and (normalize(e.name) == key or key in e.weak_keys)
        ]
        if len(people) > 1:
            # (Two people of one family name: the one the release places at that
            # organisation.)
            people = [
                p
                for p in people
                if any(r.entity == p and r.organization == org for r in self.registry.roles)
            ]
        if len(people) != 1:
            return None
        (person,) = people
        # (A stated organisation is stronger evidence than an assumed one: it replaces
        # it, and the assumption's note goes.)
        assumed = {t for e, t in self.assumed_roles if e == person}
        self.registry.roles = [
            dataclasses.replace(r, organization=org)
            if r.entity == person and (r.organization is None or r.title in assumed)
            else r
            for r in self.registry.roles
        ]
        self.assumed_roles -= {(person, t) for t in assumed}
        self.warnings = [
            w
            for w in self.warnings
            if not any(w.startswith(f"'{person}' ({t}): organisation assumed") for t in assumed)
        ]
        return person

    def _by_title(self, phrase: str) -> str | None:
        """ "the company's CEO" -> the one person this release gave that title."""
        phrase = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
        if not is_title_phrase(_spelt_out(phrase)):
            return None
        title = re.sub(r"^(?:\w+(?:'s|’s)\s+)", "", phrase)
        # "the VC", "the CEO": a title written as its initials, whichever way the release
        # wrote it in full.
        wanted = {normalize(title), normalize(_spelt_out(title))}
        people = {
            r.entity
            for r in self.registry.roles
            if {normalize(r.title), normalize(_spelt_out(r.title))} & wanted
        }
        if not people and len(title.split()) >= 2:
            # ("the Ostrian Ambassador" for the "Ostrian Ambassador to Velmar": a title
            # named again without the place or field it is held for.)
            people = {
                r.entity
                for r in self.registry.roles
                if any(
                    re.match(rf"{re.escape(w)}\s+(?:to|for|of|in)\s", normalize(r.title))
                    for w in wanted
                )
            }
        if people:
            return people.pop() if len(people) == 1 else None
        return self._by_office(phrase)

    def _by_office(self, phrase: str) -> str | None:
        """ "the Kestrel chief", "the Minister": a title word, after the name of the
        organisation or on its own, that points to one person of the release: the one
        holding a role at that organisation (a leader word such as "chief" fits its only
        holder), or the one whose title has that word. Among several, the person named
        most recently, if one of them."""
        title, org = split_title_org(phrase)
        if title and org:
            # "the chair of the Kestrel Trust" (a title only: no one's name before it)
            words, t = [*title.split()], 0
            if not all(is_title_word(w) for w in words):
                return None
            org_id = self.registry.find(org)
            # "the president of the Velmarian agency": an organisation named by its kind
            # (a head word in lower case), not by its name; the title alone decides.
            back_reference = re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?[a-z][\w\s'’-]*", org)
            if org_id is None and back_reference and org.split()[-1] in ALL_HEADS:
                org_id, t = None, 0
            elif org_id is None:
                return None
        else:
            words = phrase.split()
            t = len(words)
            while t > 0 and is_title_word(words[t - 1]):
                t -= 1
            if t == len(words):
                return None
            org_id = self.registry.find(" ".join(words[:t])) if t else None
            if t == 1 and org_id is None and is_demonym(words[0]):
                return self._by_nationality(words[0], normalize(words[-1]))
            if t and org_id is None:
                return None
        head = normalize(words[-1])
        roles = [r for r in self.registry.roles if org_id is None or r.organization == org_id]
        fitting = [r.entity for r in roles if head in normalize(r.title).split()]
        if not fitting and org_id is not None and head in _LEADER_WORDS:
            fitting = [r.entity for r in roles]
        candidates = list(dict.fromkeys(fitting))
        if len(candidates) == 1:
            return candidates[0]
        recent = self.last_named or self.last_mentioned
        return recent if recent in candidates else None

    def _by_nationality(self, demonym: str, head: str) -> str | None:
        """ "the Velmarian president": the one person holding a title with that head word
        at the country the adjective names (its government, or the country itself), or
        None. Never the last speaker by default: a release about two countries names two
        presidents, and a person decides."""
        country = country_of_demonym(demonym)
        if country is None:
            return None
        names = {e.id: normalize(e.name) for e in self.registry.entities.values()}
        holders = {
            r.entity
            for r in self.registry.roles
            if head in normalize(r.title).split()
            and normalize(country) in names.get(r.organization or "", "")
        }
        return holders.pop() if len(holders) == 1 else None

    def register_person(self, ref: PersonRef) -> str | None:
        # (Imported here: roles reads parties, which read this module.)
        from bot.ingest.roles import (
            organisation_in_title,
            spelled_name,
            unit_of_parent,
            without_base,
        )

        registry = self.registry
        ref = without_base(ref)
        if re.search(r"\w-based\b", ref.name):
            # ("Velmont-based Orrin said today": where a company is based, then its name.)
            return None
        if not ref.open_organisation:
            # (A speaker's phrase, "Jane Doe, head of the organization", comes here without
            # its sentence: only what the title itself names is weighed.)
            ref = organisation_in_title(ref, registry)
        ref = unit_of_parent(ref, registry)
        entity_id = registry.find_person(ref.name) or registry.find(ref.name)
        if entity_id is None and re.fullmatch(r"[A-Z][\w'’-]+", ref.name):
            # ("Eskel said" after "the Guild's Marta Eskel", read as an organisation.)
            entity_id = registry.person_read_as_organisation(ref.name)
        if entity_id is None:
            if (
                ref.known_only
                or (
                    len(ref.name.split()) < 2
                    and not (
                        _family_name_with_title(ref)
                        and (
                            ref.organization is not None
                            # ("President Lind said" in a university's own release: its
                            # president; the role's organisation is the issuer, below.)
                            or (
                                self.own_org is not None
                                and ref.title is not None
                                and ref.title[:1].isupper()
                                and not OUTSIDE_OFFICE.search(ref.title)
                            )
                            # ("said Governor Lind": a public office before a family name
                            # is how news names its holder, a person even when the release
                            # never gives the full name; the office's place stays open.)
                            or (
                                ref.title is not None
                                and ref.title[:1].isupper()
                                and OUTSIDE_OFFICE.fullmatch(ref.title) is not None
                            )
                        )
                    )
                )
            ):
                return None
            entity_id = registry.add(ref.name, EntityKind.PERSON)
        title = ref.title
        company_title = re.match(r"(?:company|firm)\s+(?=[A-Z])", title or "")
        if title and company_title and not ref.organization and self.issuer is not None:
            # "said company Deputy Managing Director Jane Doe": the company's title, at
            # the company the release is about.
            title = title[company_title.end() :]
            ref = dataclasses.replace(ref, organization=registry.entities[self.issuer].name)
        if title and registry.entities[entity_id].kind == EntityKind.PERSON:
            org_id = None
            if ref.organization:
                org_name = re.sub(r"^the\s+", "", ref.organization, flags=re.IGNORECASE).strip(
                    " ,."
                )
                # "Velmar Ports Authority (VPA)": the acronym is an alias, not the name.
                org_name = re.sub(r"\s*\([A-Z][\w&.-]{1,11}\)$", "", org_name)
                # "president of Telam in Argentina", "… of the Library in March 2025": a
                # place or a time after the name is not part of it.
                org_name = re.sub(
                    r"\s+(?:in|on|since)\s+(?:(?:early|mid|late)[\s-]+)?[A-Z][\w-]+"
                    r"(?:\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|\s+[A-Z][\w-]+)?$",
                    "",
                    org_name,
                )
                org_name = re.sub(r"\s+(?:in|since)\s+(?:19|20)\d\d$", "", org_name)
                # ("at Kestrel Charts. After mapping …": a sentence that ends inside a
                # quote, read with the attribution run into it, ends the name.)
                org_name = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", org_name)[0]
                # ("… in the Ministry of Defence on behalf of the Velmont government": whom
                # the person acted for is no part of the organisation's name.)
                org_name = re.sub(r",?\s+on\s+behalf\s+of\b.*$", "", org_name)
                # "president of Acme Lines Corp. pose for a photo after …": a clause in
                # lower case after a capitalised name (the sentence's verb, which the
                # appositive ran into) is no part of the name.
                clause = re.fullmatch(
                    r"(?P<name>.*?[A-Z][\w&.'’-]*)\s+(?!(?:of|for|and|the|on|at|to|de|du|des|"
                    r"del|di|da|y|et|und)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){2,}",
                    org_name,
                )
                if clause:
                    org_name = clause.group("name").strip(" ,")
                org_name = _owners_unit(org_name, registry)
                if org_name.lower() in _STATE_NOUNS:
                    # "Surveyor General of the Federation": a title of state, held in
                    # the state's government (the one the release names, if any).
                    title = f"{title} of the {org_name}"
                    registry.add_role(
                        entity_id,
                        title,
                        _one_government(registry),
                        current=ref.current,
                        ended=ref.ended,
                    )
                    return entity_id
                if org_name.lower() in {"company", "firm"} and self.issuer is not None:
                    # "the company's chief scientist": the company behind the release.
                    org_name = registry.entities[self.issuer].name
                if org_name.lower() in ALL_HEADS:
                    # "Cooperative President Jane Doe": an organisation named by its head
                    # word alone is the one of that kind the release names.
                    org_name = registry.one_of_a_kind(org_name.lower()) or org_name
                org_id = registry.find(org_name)
                if (
                    org_id is None
                    and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", org_name)
                    and not is_place(org_name)  # ("Kenya" is no short form of "Kenyan Air")
                ):
                    # ("Vbm executive vice president": the short form of the one
                    # organisation of the release it spells, Velmont Basic Metals Corp.)
                    spelled = spelled_name(org_name, registry)
                    org_id = registry.find(spelled) if spelled else None
                both = re.fullmatch(r"(.+?)\s+and\s+(?:the\s+)?(.+)", org_name)
                if (
                    (
                        org_id is None
                        or normalize(registry.entities[org_id].name) != normalize(org_name)
                    )
                    and both
                    and all(
                        part[:1].isupper() and set(part.lower().split()) & ALL_HEADS
                        for part in both.groups()
                    )
                ):
                    # "Executive Director of the X Commission and Y Corporation": the same
                    # title at both organisations.
                    for part in both.groups():
                        part_id = registry.find(part) or registry.add(part, guess_kind(part))
                        registry.add_role(
                            entity_id, title, part_id, current=ref.current, ended=ref.ended
                        )
                    return entity_id
                found_name = registry.entities[org_id].name if org_id in registry.entities else None
                if (
                    found_name is not None
                    and len(org_name.split()) == 1
                    and normalize(found_name) != normalize(org_name)
                    and _PUBLIC_OFFICE.search(title)
                ):
                    # "Governor X of Eastmarch" is not at the "Eastmarch Culture Office":
                    # a public office is held in a place.
                    org_id = registry.add(org_name, EntityKind.PLACE, exact=True)
                if org_id is None:
                    # ("Premier of Prince Orrin Island": a province is a place.)
                    kind = EntityKind.PLACE if is_place(org_name) else guess_kind(org_name)
                    if kind == EntityKind.TOPIC and org_name.split()[-1].lower() in ALL_HEADS:
                        # "the science and ICT ministry": news prose writes a ministry
                        # in lower case; a title is held at an organisation.
                        kind = EntityKind.ORGANIZATION
                    org_id = registry.add(org_name, kind)
            elif any(
                r.entity == entity_id and r.organization and normalize(r.title) == normalize(title)
                for r in registry.roles
            ):
                return entity_id  # the title again, its organisation already stated
            elif ref.open_organisation:
                # (left for the reviewer: a review note says why)
                self.open_roles.add((entity_id, title))
            # (A title with no organisation stays open here: inferred_orgs gives it one
            # once every mention is read, the issuer last, under one rule and its guards.)
            registry.add_role(entity_id, title, org_id, current=ref.current, ended=ref.ended)
        return entity_id

    def _closing_tail(self, index: int, paragraph: str, previous: list[FoundQuote]) -> None:
        """A paragraph that goes on with the quote left open above it and closes it
        ("… objectives,” he added."): its attribution names the open quote's speaker,
        and a quote opening the next paragraph still continues that speech."""
        if not (previous and previous[-1].open_ended):
            return
        if previous[-1].paragraph != self._before(index) and self._tail_at != self._before(index):
            return
        close = next((i for i, ch in enumerate(paragraph) if ch in QUOTE_CHARS), None)
        if close is None or not is_closing_mark(paragraph, close):
            return
        self._tail_at = index
        last = previous[-1]
        attribution = _after_attribution(paragraph[close + 1 :], paragraph[:close])
        if attribution is None or not attribution[0]:
            return
        if attribution[0].lower() in _PRONOUNS:
            speaker, named = last.speaker or self.last_named or self.last_mentioned, False
        else:
            speaker, named = self.resolve(attribution[0])
        if speaker is None or (last.speaker is not None and not named):
            return
        if named:
            self.last_named = speaker
        previous[-1] = FoundQuote(
            last.text, speaker, "a quote closed in a later paragraph", last.paragraph, True
        )
        lost = _no_speaker(last.text)
        if lost in self.warnings:
            self.warnings.remove(lost)

    def _before(self, index: int) -> int:
        """The paragraph before ``index``, over filler lines ("Advertisement")."""
        index -= 1
        while index in self._filler:
            index -= 1
        return index

    def paragraph(self, index: int, paragraph: str, previous: list[FoundQuote]) -> list[FoundQuote]:
        if self._narrative_now:
            self._narratives = [*self._narratives, self._narrative_now][-_ORG_CONTEXT_PARAGRAPHS:]
            self._narrative_now = ""
        if _FILLER.fullmatch(paragraph.strip()) and not any(
            self.registry.entities[e].kind == EntityKind.PERSON
            for e in self.registry.mentions(paragraph)
        ):
            # "Article content", "Advertisement": a web page's label between two
            # paragraphs of one story; a quote after it goes on as if it were not there.
            self._filler.add(index)
            return []
        for match in _GENDERED.finditer(paragraph):
            words = match.group("name").split()
            # ("Mr Tom Reyl Executive Director": the name is the words a person has.)
            titled = next(
                (
                    hit
                    for n in range(len(words), 0, -1)
                    if (hit := self.registry.find_person(" ".join(words[:n]))) is not None
                ),
                None,
            )
            if titled is not None:
                self.gender[titled] = "m" if match.group("h").lower() in {"mr", "sir"} else "f"
        self._closing_tail(index, paragraph, previous)
        spans = [s for s in quoted_spans(paragraph, single=self.single) if is_speech(paragraph, s)]
        bounds = split_sentences(paragraph, single=self.single)
        # Reported speech names a speaker too: after "Smith added that ...", a following
        # "he said" means Smith.
        events: list[tuple[int, str]] = []
        for a, b in bounds:
            if any(s.start < b and s.end > a for s in spans):
                continue
            reported = paragraph[a:b]
            # ("In his speech, Doe said he expects …": after the clause that sets the scene.)
            while "," in reported and _LEADING_CLAUSE.match(reported):
                reported = reported.split(",", 1)[1].strip()
            match = re.match(
                rf"(?:the\s+)?(?P<who>[A-Z][^,\"“”]{{0,80}}?){_ADVERBS}\s+{_VERB}\b", reported
            ) or _ACCORDING_TO.match(reported)
            ref = (
                parse_person_phrase(match.group("who"), self.registry.acronyms()) if match else None
            )
            person = self.registry.find_person(ref.name) if ref else None
            if person is None and match and re.fullmatch(r"[A-Z][\w'’-]+", match.group("who")):
                # ("Doe said he expects …": a family name the release gave one person.)
                person = self.registry.find_person(match.group("who"))
            if person is None and match and (ref is None or ref.title is None):
                # ("The Chief Hydrologist said the gauges …": the one person the release
                # gave that title, named by it alone.)
                person = self._by_title(match.group("who"))
            if person is not None:
                events.append((a, person))
        # Narrative text only: names inside quotes are not antecedents of "she said".
        narrative = paragraph
        for span in quoted_spans(paragraph, single=self.single):
            narrative = (
                narrative[: span.start] + " " * (span.end - span.start) + narrative[span.end :]
            )
        self._narrative_now = narrative
        speaking, self.speaking = self.speaking, None
        if (
            not spans
            and speaking is not None
            and unmarked_speech(paragraph, first=not self._spoken)
        ):
            # "Jane Doe said:" then her words without quote marks, one paragraph or more.
            self.speaking, self._spoken = speaking, self._spoken + 1
            return [FoundQuote(paragraph.strip(), speaker=speaking, how=_UNMARKED, paragraph=index)]
        self._spoken = 0
        dashed = self._dash_speech(index, paragraph, previous)
        if dashed is not None:
            return [dashed]
        if not spans:
            for _, person in events:
                self.last_named = person
            # (The subject of reported speech, by name or by title alone, named after
            # anyone else in the paragraph: whom a later "he said" means.)
            spoke_last = (
                events[-1][1]
                if events and events[-1][0] >= self._last_mention_start(narrative)
                else None
            )
            self.speaking = self._announces(narrative, bounds)
            before_last = self._antecedent_in(narrative[: bounds[-1][0]]) if bounds else None
            pronoun_subject = (
                (before_last or self.last_mentioned)
                if bounds and _PRONOUN_SUBJECT.match(paragraph[bounds[-1][0] : bounds[-1][1]])
                else None
            )
            # ("John Roe, Acme president, echoed Doe's commitment." then "He said, “…”":
            # the sentence's subject, not the person named last in it.)
            self.last_mentioned = (
                spoke_last
                or self._antecedent_in(narrative, any_gender=True)
                or self._last_person_in(narrative)
                or self.last_mentioned
            )
            # (Else the person whose words the paragraph reports, named after no one:
            # "According to Dr Doe, the partners …" then a paragraph that opens with a
            # quote nobody is said to speak goes on with Dr Doe.)
            self.introduced = (
                self._last_person_in(narrative)
                if paragraph.rstrip().endswith(":")
                else self._subject_of_last_sentence(paragraph, bounds)
                or pronoun_subject
                or spoke_last
            )
            return []
        introduced, self.introduced = self.introduced, None

        def sentence_start(pos: int) -> int:
            starts = [a for a, b in bounds if a <= pos]
            return max(starts) if starts else 0

        speakers: list[tuple[str | None, str]] = []
        # Where an attribution names its speaker ("Doe said: “…”"): a later "she added"
        # may mean that person, named after anyone in the narrative.
        named_at: list[tuple[int, str]] = []
        # Whether a quote has its attribution right after it: the names in that
        # sentence ("…," Jane Doe, representing John Roe, said.) are not new speakers.
        attributed_after: list[bool] = []
        for k, span in enumerate(spans):
            while events and events[0][0] < span.start:
                self.last_named = events.pop(0)[1]
            prev_end = spans[k - 1].end if k else 0
            next_start = spans[k + 1].start if k + 1 < len(spans) else len(paragraph)
            before = paragraph[max(prev_end, sentence_start(span.start)) : span.start]
            after = "" if span.open_ended else paragraph[span.end : next_start]
            # An "X said," right before the next quote introduces that quote, not this one.
            # (Not after a comma outside the closing mark, "“…”, commented X, “…”": the
            # attribution goes on with this quote's sentence.)
            if (
                k + 1 < len(spans)
                and re.search(r"[,:]\s*$", after)
                and not span.text.endswith(",")
                and not after.startswith(",")
            ):
                after = ""
            # "…," invites an attribution after it; "… ." one before it ("X said, “…”").
            tries = [_after_attribution(after, span.text), _before_attribution(before)]
            attributed_after.append(tries[0] is not None and bool(tries[0][0]))
            if not span.text.rstrip().endswith(","):
                tries.reverse()
            # Last, the quote's own sentence before it ("According to X, the year will
            # be “…”", "X noted that it is “…”", "which, as he stated, “…”", "X thanked
            # Y for “…”"), for the first quote of a sentence only.
            if prev_end <= sentence_start(span.start):
                tries.append(_sentence_attribution(before))
            found: tuple[str | None, str] = (None, "")
            unresolved_name = False
            for attribution in tries:
                if attribution is None or not attribution[0]:
                    continue
                if attribution[0].lower() in _PRONOUNS:
                    person = (
                        self._antecedent_in(narrative[: span.start], attribution[0])
                        or self.last_mentioned
                    )
                    if person is not None:
                        found = (person, f"'{attribution[0]}', the last person named before it")
                        break
                self._narrative_now = narrative[: span.start]
                spoken_for = (
                    self.organisation_named(attribution[0])
                    if attribution[1] == SAID_IT
                    else self.speaking_organisation(attribution[0])
                )
                if spoken_for is not None:
                    # "the ministry said": the organisation speaks, never the person
                    # named last; a reviewer may know who spoke for it.
                    org_name = self.registry.entities[spoken_for].name
                    found = (spoken_for, f"'{attribution[0]}': the organisation {org_name}")
                    self.warnings.append(
                        f"the quote \u201c{span.text[:60]}\u2026\u201d is {org_name}'s, as"
                        f" '{attribution[0]}' says: put the person who spoke for it, if known"
                    )
                    break
                kind = organisation_kind(attribution[0]) if attribution[1] != SAID_IT else None
                if kind is not None:
                    # ("“…,” the ministry said. The Ministry of X added …": none named
                    # before it; the body named after it in the paragraph, else no one.
                    # The attribution is the quote's own: no one spoken before wins.)
                    body = self._body_named_after(narrative[span.end :], kind)
                    if body is None:
                        found = (None, _BODY_UNNAMED)
                        self.warnings.append(
                            f"the quote \u201c{span.text[:60]}\u2026\u201d is spoken by"
                            f" '{attribution[0]}', which the release does not name: add the"
                            " organisation by hand"
                        )
                        break
                    org_name = self.registry.entities[body].name
                    found = (body, f"'{attribution[0]}': {org_name}, named after it")
                    self.warnings.append(
                        f"the quote \u201c{span.text[:60]}\u2026\u201d is {org_name}'s, as"
                        f" '{attribution[0]}' says and the paragraph names after it: check,"
                        " and put the person who spoke for it, if known"
                    )
                    break
                if _SEVERAL_SPEAKERS.fullmatch(attribution[0].strip()):
                    joint = self._joint_statement(attribution[0], span.text)
                    if joint is not None:
                        found = joint
                        break
                    # ""…," the two leaders said": several people at once, never the
                    # speaker before it; a person decides.
                    unresolved_name = True
                    break
                entity_id, named = self.resolve(
                    attribution[0], weak=attribution[1] in (WEAK_COLON, WEAK_DASH, WEAK_SUBJECT)
                )
                if entity_id is not None:
                    how = (
                        attribution[1]
                        if named
                        else f"'{attribution[0]}', the most recent named speaker"
                    )
                    found = (entity_id, how)
                    if named:
                        self.last_named = entity_id
                        named_at.append((span.start, entity_id))
                    break
                # "said Name Unreadable, Title": someone new speaks, whoever spoke before.
                unresolved_name = unresolved_name or (
                    attribution[1] not in (WEAK_COLON, WEAK_DASH, WEAK_SUBJECT, _SAID_THAT)
                    and re.match(r"[A-Z][\w'’-]+\s+[A-Z]", attribution[0]) is not None
                    and _ISSUER.fullmatch(attribution[0].strip()) is None
                )
            if found[0] is None and unresolved_name:
                found = (None, _UNREADABLE)
            speakers.append(found)
        self._narrative_now = narrative
        for _, person in events:
            self.last_named = person
        self.last_mentioned = self._last_person_in(narrative) or self.last_mentioned
        if named_at and named_at[-1][0] > self._last_mention_start(narrative):
            self.last_mentioned = named_at[-1][1]

        # Fill the gaps: the quote before it in the paragraph, then the one after it,
        # then the previous paragraph's last quote when this paragraph opens with a quote.
        out: list[FoundQuote] = []
        for k, span in enumerate(spans):
            speaker, how = speakers[k]
            if speaker is None and how == _UNREADABLE:
                self.warnings.append(
                    f"the speaker of the quote \u201c{span.text[:60]}\u2026\u201d could not be"
                    " read from its attribution: add it by hand"
                )
                out.append(FoundQuote(span.text, None, how, index))
                continue
            if speaker is None and how == _BODY_UNNAMED:
                out.append(FoundQuote(span.text, None, how, index))
                continue
            if speaker is None and k and speakers[k - 1] == (None, _UNREADABLE):
                # Going on from a quote whose speaker could not be read: not anyone's
                # quote before that one.
                speaker, how = None, _UNREADABLE
            elif speaker is None:
                earlier = [s for s, _ in speakers[:k] if s]
                later = [s for s, _ in speakers[k + 1 :] if s]
                # "“…,” said A. B, a board member, was more cautious. “…”": someone named
                # between the two quotes speaks the second.
                from_at = spans[k - 1].end if k else 0
                if k and attributed_after[k - 1]:
                    from_at = max(from_at, min((b for _, b in bounds if b >= from_at), default=0))
                between = narrative[from_at : span.start] if from_at < span.start else ""
                named_between = self._last_person_in(between) if k else None
                if named_between is not None and named_between != (earlier or [None])[-1]:
                    speaker, how = named_between, "the person named before it in the paragraph"
                elif earlier:
                    speaker, how = earlier[-1], "continues the same speaker"
                elif later:
                    speaker, how = later[0], "continues the same speaker"
                elif people_before := [
                    e
                    for e in self.registry.mentions(paragraph[: span.start])
                    if self.registry.entities[e].kind == EntityKind.PERSON
                ]:
                    # "Jane Doe, CEO of Acme, welcomed the deal. “…”"
                    speaker, how = people_before[-1], "the person named before it in the paragraph"
                elif k == 0 and _opens(paragraph, span) and introduced is not None:
                    speaker, how = introduced, "introduced by the paragraph before it"
                elif (
                    k == 0
                    and _opens(paragraph, span)
                    and previous
                    and previous[-1].speaker
                    and self._before(index) in (previous[-1].paragraph, self._tail_at)
                ):
                    speaker, how = (
                        previous[-1].speaker,
                        "continues the previous paragraph's speaker",
                    )
                elif (
                    k == 0
                    and len(spans) == 1
                    and not paragraph[span.end :].strip(' "”.')
                    and previous
                    and previous[-1].speaker
                    and self._before(index) == previous[-1].paragraph
                    and {q.speaker for q in previous} == {previous[-1].speaker}
                ):
                    # "The fundraiser is meant to … “…”": a paragraph that names no one
                    # and closes on a quote nobody is said to speak, after a paragraph of
                    # the release's only speaker, goes on with her.
                    speaker, how = (
                        previous[-1].speaker,
                        "continues the release's only speaker",
                    )
                speakers[k] = (speaker, how)
            if speaker is None:
                self.warnings.append(_no_speaker(span.text))
            out.append(FoundQuote(span.text, speaker, how, index, span.open_ended))
        self._close_open_quote(index, spans, out, previous)
        return out

    def _dash_speech(
        self, index: int, paragraph: str, previous: list[FoundQuote]
    ) -> FoundQuote | None:
        """Speech marked with a dash instead of quote marks, the Scandinavian and
        continental newspaper style: "– We will plan for the long term, says Jane Doe,
        Head of Aid at Acme." The words from the dash to ", says X" are X's; a dashed
        paragraph with no attribution right after it goes on with the same speaker."""
        if re.search(r"[\"“”«»„]", paragraph):
            return None
        opening = _DASH_OPENING.match(paragraph)
        if opening is None:
            return None
        attributions = list(_DASH_ATTRIBUTION.finditer(paragraph, opening.end()))
        said = attributions[-1] if attributions else None
        if said is None:
            last = previous[-1] if previous else None
            if (
                last is not None
                and last.how == _DASHED
                and last.speaker is not None
                and last.paragraph == self._before(index)
                and unmarked_speech(paragraph[opening.end() :], first=False)
            ):
                return FoundQuote(paragraph[opening.end() :].strip(), last.speaker, _DASHED, index)
            return None
        speech = paragraph[opening.end() : said.start()].strip()
        if len(speech.split()) < 6:
            return None
        attribution = _after_attribution(paragraph[said.start() :], speech + ",")
        if attribution is None or not attribution[0]:
            return None
        speaker, named = self.resolve(attribution[0])
        if speaker is None or self.registry.entities[speaker].kind != EntityKind.PERSON:
            return None
        if named:
            self.last_named = speaker
        self.last_mentioned = speaker
        return FoundQuote(speech, speaker, _DASHED, index)

    def _announces(self, narrative: str, bounds: list[tuple[int, int]]) -> str | None:
        """The person a paragraph ends by announcing ("Science Minister Jane Doe said:",
        "Jane Doe, CEO of Acme, added:"): a verb of saying, then a colon, closing it."""
        if not bounds or not narrative.rstrip().endswith(":"):
            return None
        last = narrative[bounds[-1][0] : bounds[-1][1]].strip().rstrip(":").strip()
        match = re.match(rf"(?P<who>[^\"“”]{{2,160}}?){_ADVERBS}\s+{_VERB}$", last, re.IGNORECASE)
        if match is None:
            return None
        who = match.group("who").strip()
        while "," in who and _LEADING_CLAUSE.match(who):
            who = who.split(",", 1)[1].strip()
        person, _ = self.resolve(_trim_who(who))
        if person is None or self.registry.entities[person].kind != EntityKind.PERSON:
            return None
        return person

    def signed_unmarked(
        self, index: int, paragraph: str, person: str, previous: list[FoundQuote]
    ) -> None:
        """An attribution line ("- Jane Doe, Vice-Chancellor") under a paragraph in the
        first person with no quote marks: that paragraph is her quote."""
        if any(q.paragraph == index for q in previous) or not unmarked_speech(
            paragraph, first=False
        ):
            return
        previous.append(FoundQuote(paragraph.strip(), person, _SIGNED_UNMARKED, index))

    def signed(self, index: int, person: str, previous: list[FoundQuote]) -> None:
        """A signature paragraph ("The Honourable Jane Doe, M.P." over "Minister of
        Ports") right after quotes that found no speaker: those quotes are the signer's."""
        self.last_named = person
        for k in range(len(previous) - 1, -1, -1):
            quote = previous[k]
            if quote.paragraph != index - 1:
                break
            if quote.speaker is not None:
                continue
            previous[k] = FoundQuote(quote.text, person, "signed below it", quote.paragraph)
            lost = _no_speaker(quote.text)
            if lost in self.warnings:
                self.warnings.remove(lost)

    def _close_open_quote(
        self, index: int, spans: list[Span], out: list[FoundQuote], previous: list[FoundQuote]
    ) -> None:
        """A quote left open at the end of a paragraph, with no speaker, goes on in this
        paragraph when it opens with a quote mark (the newswire convention for a quote of
        several paragraphs): it is the speaker of this paragraph's first quote."""
        if not (out and spans and spans[0].start == 0 and out[0].speaker and previous):
            return
        # Back through a quote of several paragraphs, each opening with a quote mark.
        k, at = len(previous) - 1, self._before(index)
        while k >= 0:
            last = previous[k]
            if last.speaker is not None or not last.open_ended or last.paragraph != at:
                return
            previous[k] = FoundQuote(
                last.text,
                out[0].speaker,
                "a quote that goes on in the next paragraph",
                last.paragraph,
                True,
            )
            lost = _no_speaker(last.text)
            if lost in self.warnings:
                self.warnings.remove(lost)
            k, at = k - 1, at - 1


_UNMARKED = "unquoted words after 'X said:'"
_DASHED = "words after a dash, ', says X' after them"
# A paragraph that opens with a dash and a capital: speech in the dashed style.
_DASH_OPENING = re.compile(r"\s*[\u2013\u2014-]\s+(?=[^\W\d_])")
# ", says Jane Doe, Head of Aid": the verb right after the comma that ends the speech,
# then a capitalised speaker (the last such one in the paragraph).
_DASH_ATTRIBUTION = re.compile(rf",\s+{_VERB}\s+(?=[A-Z])")
_SIGNED_UNMARKED = "unquoted words signed below them"

# Words only a speaker writes of themselves or their audience: an unmarked paragraph
# with none of them is narrative again ("The Government has already awarded …").
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|we've|we’ve|us|our|ours)\b", re.IGNORECASE
)


def unmarked_speech(paragraph: str, *, first: bool) -> bool:
    """Whether ``paragraph``, with no quote marks, reads as a speaker's own words: whole
    sentences (six words or more, ending in a stop), and in the first person unless it is
    the ``first`` paragraph after "X said:" (which that colon announces)."""
    text = paragraph.strip()
    if (
        len(text.split()) < 6
        or not text.endswith((".", "!", "?", "…"))
        or re.search(r"[\"“”]", text)
    ):
        return False
    return first or _FIRST_PERSON.search(text) is not None


def _opens(paragraph: str, span: Span) -> bool:
    """Whether the quote ``span`` opens ``paragraph``, perhaps after a list's bullet
    ("• “We start in June.”" under "Jane Doe said:")."""
    return paragraph[: span.start].strip() in {"", "•", "-", "*", "\u2013", "\u2014", "·", "▪", "◦"}


# Nouns a sovereign state is called by in its offices' titles (bot/vocab/state_nouns.txt).
_STATE_NOUNS = vocab.state_nouns()


def _one_government(registry: Registry) -> str | None:
    """The one government the release names ("Federal Government", "Government of
    Velmar"), as an entity id, or None when it names none or several."""
    found = [
        e.id
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and "government" in normalize(e.name).split()
    ]
    return found[0] if len(found) == 1 else None


def _owners_unit(org_name: str, registry: Registry) -> str:
    """ "Centre's Bright initiative" (from "Director of the Centre's Bright initiative"):
    a unit of "the Centre", the one organisation the release names with that head word,
    is held there; so is "Harlow's Walden Center" at the one organisation whose name
    opens with "Harlow" ("Harlow University"); any other name is returned as it is."""
    owner = re.match(r"([A-Za-z]+)(?:'s|’s)\s+\S", org_name)
    if owner is None:
        return org_name
    head = owner.group(1).lower()
    if head in ALL_HEADS:
        fits = [
            e.name
            for e in registry.entities.values()
            if e.kind == EntityKind.ORGANIZATION and head in normalize(e.name).split()
        ]
        return fits[0] if len(fits) == 1 else org_name
    # ("vice president for research in Harlow's Walden Health Sciences Center": the
    # owner written short, by the first word of the one organisation it opens.)
    fits = [
        e.name
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION
        and normalize(e.name).split()[:1] == [head]
        and len(e.name.split()) > 1
        and not e.name.startswith(owner.group(0)[:-1])
    ]
    return fits[0] if len(fits) == 1 else org_name


def with_speaker(quote: FoundQuote, person: str, how: str, warnings: list[str]) -> FoundQuote:
    """``quote`` given to ``person`` (an entity id), found ``how``; its "no speaker found"
    review note, if ``warnings`` holds one, is taken back."""
    lost = _no_speaker(quote.text)
    if lost in warnings:
        warnings.remove(lost)
    return FoundQuote(quote.text, person, how, quote.paragraph, quote.open_ended)


def _no_speaker(text: str) -> str:
    """The review note of a quote with no speaker found; made here only, because a quote
    whose speaker is found later (a signature, a quote going on) takes its note back."""
    return f"no speaker found for the quote \u201c{text[:60]}\u2026\u201d: add it by hand"
