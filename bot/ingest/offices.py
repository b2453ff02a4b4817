"""How many offices a title phrase holds, chosen by score rather than by pattern.

"Chairman and Chief Executive Officer of Acme" is one office at Acme; "Vice President
of Acme Group & President of Orrin Airport" and "Minister of Ports and Minister
Responsible for the Velmont Housing Agency" are two, each with its own organisation.
Every way of cutting the phrase at its connectors ("and", "&") is a candidate; each is
scored by how well its pieces read as offices, and the best one wins (ties go to fewer
pieces). The features, each a penalty of 1 unless said otherwise:

* a piece that is no title phrase (no title word of ``bot/vocab``): the cut is refused;
* an organisation that holds a connector and then a core title word or a word that
  opens an office ("Acme Group & President", "Acme Wire and former …"): an office run
  into the organisation before it;
* a title that holds two offices: a connector whose left side has its own
  organisation ("dean at Acme and board member"), or whose left side is a whole office
  (a title with its own complement, "Minister of Ports", or with its own organisation
  before it) and whose right side opens another one with its own complement or its own
  organisation ("… and Minister Responsible for X", "… and Aldorian Council Deputy
  Envoy", "… and now Chair of Y"); bare title words joined ("Chairman and CEO", "Vice
  President for Academic Affairs and Provost") are one office;
* each piece beyond the first: 0.1 (an office phrase is one office unless its words
  say otherwise).
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from bot.ingest.titles import split_title_org
from bot.ingest.words import CORE_TITLES, STOPWORDS, is_title_phrase, is_title_word

_CONNECTOR = re.compile(r"\s+(?:and|&)\s+")
# Words that open a second office of the same person: "and now Chair of …".
_OPENERS = {"a", "an", "the", "now", "also", "currently", "later", "former", "formerly"}
_OPENERS |= {"previously"}
# A complement that makes a title a whole office: "Minister of Ports", "Director for Asia".
_COMPLEMENT = re.compile(r"\s(?:of|for|to|at)\s+(?:the\s+)?[A-Z]")
_MAX_CONNECTORS = 4  # 16 candidate cuts at most


class Cut(NamedTuple):
    """One way of cutting a title phrase into offices, and its score (0 is clean)."""

    pieces: list[str]
    score: float


def _opener(piece: str) -> str:
    return piece.split()[0].lower() if piece.split() else ""


def _own_organisation_first(piece: str) -> bool:
    """ "Aldorian Council Deputy Envoy": the piece opens with a capitalised word that is
    no title word, its own organisation glued before its title."""
    first = piece.split()[0] if piece.split() else ""
    return first[:1].isupper() and not is_title_word(first) and first.lower() not in STOPWORDS


# "Chairman of the Board of Directors & CEO of Acme": a board is the organisation's
# own, named after it; its chair is no office of its own.
_GOVERNING_BODY_END = re.compile(
    r"\b(?:of|on)\s+(?:the\s+)?Board(?:\s+of\s+(?:Directors|Trustees|Governors|Regents))?$"
)


def _whole_office(piece: str) -> bool:
    if _GOVERNING_BODY_END.search(piece.strip()):
        return False
    return bool(_COMPLEMENT.search(piece)) or _own_organisation_first(piece)


def _two_offices(piece: str) -> bool:
    """Whether a piece joins two whole offices at one of its connectors."""
    for match in _CONNECTOR.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if not (is_title_phrase(left) and is_title_phrase(right)):
            continue
        if _opener(right) in _OPENERS:
            return True
        org = split_title_org(left)[1]
        if org is not None and not all(is_title_word(w) for w in org.split()):
            return True  # "dean at Acme and board member": the left office is whole
        if _whole_office(left) and _whole_office(right):
            return True
    return False


def _org_holds_office(org: str | None) -> bool:
    """ "Acme Group & President": a connector, then a core title word, inside the
    organisation ("Executive Council" alone is a name)."""
    return org is not None and any(
        is_title_word(m.group(1).lower().strip(",."), CORE_TITLES)
        or m.group(1) in _OPENERS - {"a", "an", "the"}
        for m in re.finditer(r"(?:^|\s)(?:and|&)\s+(\S+)", org)
    )


def _piece_penalty(piece: str) -> float | None:
    """The penalty of one piece, or None when the piece is no office at all."""
    words = piece.split()
    if words and words[0].lower() in _OPENERS - {"a", "an", "the"}:
        piece = " ".join(words[1:])
    if not is_title_phrase(piece):
        return None
    title, org = split_title_org(piece)
    if title is None:
        return None
    return float(_org_holds_office(org)) + float(_two_offices(piece))


def score_cut(pieces: list[str]) -> float | None:
    """The score of one cut (higher is better, 0 the best), or None when a piece is no
    office."""
    total = -0.1 * (len(pieces) - 1)
    for piece in pieces:
        penalty = _piece_penalty(piece)
        if penalty is None:
            return None
        total -= penalty
    return total


def split_offices(phrase: str) -> list[str]:
    """The offices in a title phrase, in order: ``["Vice President of Acme Group",
    "President of Orrin Airport"]`` for "Vice President of Acme Group & President of
    Orrin Airport"; ``[phrase]`` when it is one office (or no cut scores better)."""
    connectors = list(_CONNECTOR.finditer(phrase))[:_MAX_CONNECTORS]
    if not is_title_phrase(phrase):
        return [phrase]
    whole = score_cut([phrase])
    best = Cut([phrase], whole if whole is not None else float("-inf"))
    for chosen in itertools.product((False, True), repeat=len(connectors)):
        if not any(chosen):
            continue
        pieces, start = [], 0
        for cut, match in zip(chosen, connectors, strict=True):
            if cut:
                pieces.append(phrase[start : match.start()].strip())
                start = match.end()
        pieces.append(phrase[start:].strip())
        score = score_cut(pieces)
        if score is not None and score > best.score:
            best = Cut(pieces, score)
    return best.pieces
