"""A claim put to the bot for checking, read as the yes/no question it stands for.

Journalists check wording rather than ask: "fact check: the release calls X the largest
Y, right?", "confirming: the announcement describes X as a nonprofit?". Each is the
question "is X the largest Y?" / "is X a nonprofit?", which the yes/no executors answer
from the facts, appositives and summaries (and quote them). Only the verbs of naming are
read this way; "the release says …" carries a whole clause and is left as typed.

A question can also end with the asker's guess at its answer, to be checked: "who
started X? just Y?", "who funds it - only Y?", "…? or others too?". The answer to the question
itself (every fact naming who started X, "one of the initiators") settles the guess, and
the guess's name would only pull the retrieval towards facts that name Y for other
reasons; so the guess is set aside (``without_guess``).
"""

from __future__ import annotations

import re

# "the release calls X Y", "this announcement describes X as Y", "the text refers to X
# as Y": the document, a verb of naming, then the claim (normalised, lowercase text).
_CALLS = re.compile(
    r"^(?:(?:does|did) )?(?:the |this |that |your |their )?(?:press )?"
    r"(?:release|releases|announcement|article|text|statement) "
    r"(?:(?:calls?|called|labels?|labell?ed|terms?|termed) (?P<claim>.+)|"
    # "describes X as Y", "names X as Y": without the "as" these say that X is mentioned
    # ("does the release name Jack Ma?"), which the release questions answer.
    r"(?:describes?|described|names?|named|refers? to|referred to|presents?|presented) "
    r"(?P<described>.+ as .+))$"
)
# "…, right?", "…, correct?", "…, is that right?": asking for a confirmation.
_CONFIRM_TAIL = re.compile(
    r"(?:\s+(?:right|correct|true|yes|yeah|yep|no|ok|am i right|"
    r"is that (?:right|correct|true|so)|did it|does it|"
    # A question tag: "isn't he", "wasn't she", "didn't they", "hasn't it".
    r"(?:is|was|are|were|does|did|do|has|have)n ?t (?:it|he|she|they)))+$"
)


def without_confirmation(text: str) -> str:
    """ "the ewtp was in the 2016 communique right" → "the ewtp was in the 2016
    communique": the asker's request for confirmation is no word of the claim."""
    return _CONFIRM_TAIL.sub("", text).strip() or text


def confirm_tail(text: str) -> bool:
    """Whether a normalised message ends asking for a confirmation ("…, right?")."""
    return _CONFIRM_TAIL.search(text) is not None


def claim_question(text: str) -> str:
    """ "the release calls x the largest y right" → "is x the largest y"; any other
    text unchanged. ``text`` is a normalised question (lowercase, no punctuation)."""
    match = _CALLS.match(text)
    if match is None:
        return text
    claim = _CONFIRM_TAIL.sub("", match["claim"] or match["described"]).strip()
    # "describes X as Y": the "as" only links the two ("is X Y").
    claim = re.sub(r"\bas (?=(?:a|an|the|its|his|her|their|one)\b)", "", claim, count=1)
    return f"is {claim}" if claim else text


# "…? just Y?", "…, only Y alone?", "…? or others too?": a guess after the
# question (raw text, so the question mark or dash that ends the question is seen).
_GUESS = re.compile(
    r"(?<=[?,;:\u2013\u2014-])\s*(?:"
    r"(?:just|only|solely|merely|simply)\s+[^?.!,;:]{1,40}?(?:\s+alone)?"
    r"|or (?:anyone|anybody|someone|somebody|others?|more|other \w+) ?(?:else|too|as well)?"
    # "lina ma's title in 2022 - she had two, right?": a guess at how many, which the
    # answer to the question before it settles (it lists them all).
    r"|(?:she|he|they|it|there)\s+(?:had|has|have|held|holds|hold|was|were|is|are)\s+"
    r"(?:\d+|two|three|four|five|six|several|many)(?:\s+[a-z]+)?,?"
    r"(?:\s+(?:right|correct|yes|yeah|no|i think|i believe))?"
    r")\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_guess(text: str) -> str:
    """ "who started X? just Y?" → "who started X?"; text with no question before the
    guess, or no guess, unchanged."""
    match = _GUESS.search(text)
    if match is None:
        return text
    question = text[: match.start()].rstrip(" ,;:-\u2013\u2014")
    # Only a guess after a question: "who is just Y?" keeps its words.
    return question if len(question.split()) >= 2 else text
