"""Whether the text treats a name as an organisation: an actor, whatever its head word.

A name's head word is one sign of what it is ("Acme Foundation"); the text's use of it is
another, and the only one for names whose head word says nothing ("Medicines Patent
Pool", "Kestrel Symphony"). A name is used as an organisation when the text:

* writes it with a legal form ("Petroliam Orrin Berhad");
* makes it the subject of an organisation's verb ("X welcomes ...", "X (XO) has signed",
  "X will partner with", "X (XO) and Y (YO) today signed", "X said");
* gives someone a title at it ("Executive Director of the X", "X President Jane Doe");
* describes it as one in a sentence of its own ("X is a non-profit organisation ...").

A drug, a technology or a topic ("cobicistat", "BioInk technology") is none of these:
it is what a release is about, not who acts in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.ingest.words import is_title_word

# Verbs whose subject is an organisation acting (not "is", "has": a drug "is" and "has"
# too). Each in its present, past and "-ing"-less forms.
_ACTS = (
    r"announce[sd]?|welcome[sd]?|sign(?:s|ed)?|sa(?:id|ys)|partner(?:s|ed)?|agree[sd]?|"
    r"launch(?:es|ed)?|join(?:s|ed)?|host(?:s|ed)?|fund(?:s|ed)?|award(?:s|ed)?|"
    r"collaborate[sd]?|commit(?:s|ted)?|invest(?:s|ed)?|pledge[sd]?|appoint(?:s|ed)?|"
    r"selected|select(?:s)?|hire[sd]?|acquire[sd]?|license[sd]?|grant(?:s|ed)?|"
    r"unveil(?:s|ed)?|renew(?:s|ed)?|extend(?:s|ed)?|work(?:s|ed)?\s+with"
)
_AUXILIARY = r"(?:(?:has|have|had|will|would|today|also|formally|officially|recently)\s+){0,2}"
_BRACKET = r"(?:\s*\([^()]{1,20}\))?"
# "X is a United Nations-backed public health organisation": the boilerplate's definition.
_IS_AN = (
    r"\s+is\s+(?:an?|the)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"(?:organi[sz]ation|company|agency|association|institution|institute|foundation|"
    r"non-?profit|charity|group|body|network|society|orchestra|ensemble|firm|provider|"
    r"manufacturer|developer|leader|university|regulator)\b"
)


# How far back from "at X" a title with its unit may start, in characters.
_TITLE_REACH = 100

# A company's legal form ends its name: "Petroliam Orrin Berhad" is a company.
_LEGAL_FORM = re.compile(
    r",?\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|AG|SA|GmbH|SpA|Pty|Berhad|Bhd|"
    r"NV|BV|Oyj|ASA|AB)\.?$"
)
# "X (XO) and the Kestrel Fund (KF) today signed": the verb after a second subject.
_AND_ANOTHER = r"(?:\s+and\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,6}?" + _BRACKET + r")?"


def acts_as_organisation(labels: Iterable[str], text: str) -> bool:
    """Whether ``text`` uses any of ``labels`` (a name and its acronyms) as an
    organisation: a name with a legal form, the subject of an organisation's verb (alone
    or with another subject), the place of someone's title, or what a sentence defines
    as an organisation (see the module's docstring)."""
    for label in labels:
        if len(label) < 2:
            continue
        if _LEGAL_FORM.search(label):
            return True
        name = rf"(?<![\w-]){re.escape(label)}(?![\w-])"
        if re.search(rf"{name}{_BRACKET}{_AND_ANOTHER}\s+{_AUXILIARY}(?:{_ACTS})\b", text):
            return True
        if re.search(rf"{name}{_BRACKET}{_IS_AN}", text, re.IGNORECASE):
            return True
        for found in re.finditer(rf"\b([A-Za-z-]+)\s+(?:of|at)\s+(?:the\s+)?{name}", text):
            if is_title_word(found.group(1).lower()):
                return True
        # "senior vice president and general manager of Space Systems at X": a title
        # with its unit, then "at" the organisation.
        for found in re.finditer(rf"\s+at\s+(?:the\s+)?{name}", text):
            clause = re.split(
                r"[,.;:()\n]", text[max(0, found.start() - _TITLE_REACH) : found.start()]
            )
            words = clause[-1].split()
            if words and is_title_word(words[0].lower()):
                return True
        for found in re.finditer(rf"{name}\s+([A-Z][a-z-]+)\s+[A-Z]", text):
            if is_title_word(found.group(1).lower()):
                return True
    return False
