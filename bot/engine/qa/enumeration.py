"""Enumerations inside one sentence: "A, B, C and D" read as its items.

Releases state lists in running text ("teaches in Bahasa Malaysia, Bahasa Indonesia,
Vietnamese and English"; "the eWTP, the WTO and the WEF jointly launched…"). A list
question ("what languages…") or a count ("how many partners…") is answered by those
items. The reading is the English serial list: comma-separated items, the last two
joined by "and" (with or without the serial comma). The first item is the tail of the
words before the first comma, cut at the last function word ("…teaches in | Bahasa
Malaysia") and at the length of the other items; the last item is the head of the
words after "and", cut at the first function word or, for names, at the first
lower-case word ("the World Economic Forum (WEF) | jointly launched…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.search.terms import STOP_WORDS

# An item is a short phrase; a longer comma-separated stretch is a clause, not an item.
MAX_ITEM_WORDS = 6
# An item that is not a name ("digital economy", "global buy") is shorter still.
MAX_PLAIN_ITEM_WORDS = 3
_ARTICLES = frozenset(("the", "a", "an"))
# Function words allowed inside an item ("the Development Trust for Africa").
_INNER = frozenset(("of", "for", "de", "du", "la", "le", "and"))
_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^[\"'“”‘’(]+|[\"'“”‘’).;:!?]+$")
# "bilateral", "trilateral": the count a collaboration's name states.
_LATERAL = {
    "bilateral": 2,
    "bipartite": 2,
    "trilateral": 3,
    "tripartite": 3,
    "quadrilateral": 4,
    "quadripartite": 4,
}


@dataclass(frozen=True, slots=True)
class Enumeration:
    """The items of one list in a sentence, in order, as written (articles dropped).

    ``before`` is the text leading up to the list ("…campus teaches in"), which says
    what the items are of."""

    items: tuple[str, ...]
    before: str
    # The rest of the sentence after the list ("jointly launched a trilateral…").
    after: str = ""
    # Whether the list opens its clause ("In 2017, A, B and C launched…"): it is then
    # the subject of the words after it; otherwise the object of the words before.
    leads: bool = False

    def governing(self, size: int = 5) -> str:
        """The words that say what the list is: the ``size`` words before it, or after
        it when it opens its clause."""
        if self.leads:
            return " ".join(self.after.split()[:size])
        return " ".join(self.before.split()[-size:])


def _bare(word: str) -> str:
    return _EDGE.sub("", word).casefold()


def _function_word(word: str) -> bool:
    bare = _bare(word)
    return bare in STOP_WORDS and bare not in _ARTICLES and bare not in _INNER


def _item_like(segment: str) -> bool:
    """A whole comma segment that can be one item: short, no verb-like function word."""
    words = segment.split()
    if not words or _length(words) > MAX_ITEM_WORDS:
        return False
    if _length(words) > MAX_PLAIN_ITEM_WORDS and not all(
        any(c.isupper() for c in w) or _bare(w) in _ARTICLES | _INNER for w in words
    ):
        return False  # "the fund backs the growth of farming": a clause, not a name
    return not any(_function_word(w) for w in words) and not _has_clause_end(segment)


def _length(words: list[str]) -> int:
    """An item's length in words, without its articles and a bracketed acronym."""
    return len([w for w in words if _bare(w) not in _ARTICLES and not w.startswith("(")])


def _has_clause_end(text: str) -> bool:
    return bool(re.search(r"[.;:!?](?:\s|$)", text))


def _strip_article(words: list[str]) -> list[str]:
    while words and _bare(words[0]) in _ARTICLES:
        words = words[1:]
    return words


def _clean(words: list[str]) -> str:
    text = " ".join(_strip_article(words))
    return text.strip(" \"'“”‘’.;:!?")


def _is_name(words: list[str]) -> bool:
    words = _strip_article(words)
    return bool(words) and any(c.isupper() for c in words[0])


def _head(text: str, names: bool) -> list[str]:
    """The words of the last item: up to a clause end, a function word, or (for names)
    the first lower-case word that is not inside a parenthesis."""
    out: list[str] = []
    depth = 0
    for word in text.split():
        if depth == 0 and out and (_function_word(word) or (names and _lower_word(word))):
            break
        if depth == 0 and not out and _function_word(word):
            return []
        out.append(word)
        depth += word.count("(") - word.count(")")
        if depth <= 0 and re.search(r"[.;:!?\"”]$", word):
            break
        if len(out) > MAX_ITEM_WORDS + 2:
            return []
    return out


def _lower_word(word: str) -> bool:
    bare = _EDGE.sub("", word)
    return (
        bool(bare)
        and not any(c.isupper() for c in bare)
        and bare.casefold() not in _ARTICLES | _INNER
    )


def _tail(text: str, limit: int) -> list[str]:
    """The words of the first item: back from the comma to a function word, at most
    ``limit`` words beside its articles."""
    words = text.split()
    out: list[str] = []
    for word in reversed(words):
        if _function_word(word) or _has_clause_end(word + " ") or _bare(word) == "and":
            break
        # "…the development of | e-commerce": "of" joins a name's words ("Trust for
        # Africa"), not a lower-case item to what it belongs to.
        if _bare(word) in _INNER and out and not out[0][:1].isupper():
            break
        if (
            len([w for w in out if _bare(w) not in _ARTICLES]) >= limit
            and _bare(word) not in _ARTICLES
        ):
            break
        out.insert(0, word)
    # An article belongs to the item only at its start.
    return out


def enumerations(text: str) -> list[Enumeration]:
    """Every "A, B(,) and C" list in ``text``, in order; items without articles.

    A pair "A and B" with no comma is not read as a list (it is as often one name:
    "Trade and Industry"). "Kigali, Rwanda and Kuala Lumpur, Malaysia" (city, country
    pairs) reads as two items.
    """
    segments = [s.strip() for s in text.split(",")]
    found: list[Enumeration] = []
    used_until = -1
    second: list[str] = []
    for k, segment in enumerate(segments):
        if k == 0 or k <= used_until:
            continue
        match = re.match(r"^(.*?)\band\s+(.*)$", segment) if " and " in f" {segment} " else None
        if match is None:
            continue
        left, right = match[1].strip(), match[2].strip()
        middle: list[str] = []
        j = k - 1
        while j > used_until and _item_like(segments[j]) and not _starts_with_function(segments[j]):
            middle.insert(0, segments[j])
            j -= 1
        first_text = segments[j] if j >= 0 else ""
        if left and not _item_like(left):
            continue
        known = [s.split() for s in middle] + ([left.split()] if left else [])
        names = all(_is_name(w) for w in known) if known else _is_name(right.split())
        last = _head(right, names)
        if not last:
            continue
        limit = max(len(_strip_article(w)) for w in [*known, last])
        head = _tail(first_text, limit)
        if not head or all(re.fullmatch(r"[\d,.]+", w) for w in head):
            # "In 2017, A, B and C": the list starts with the first whole segment.
            if not middle:
                continue
            head = middle.pop(0).split()
            known = known[1:]
            first_text = ""
            j += 1
        pair_next = (
            not middle
            and left
            and k + 1 < len(segments)
            and _place_pair(segments[k + 1], right, last)
        )
        if pair_next:
            # "Kigali, Rwanda and Kuala Lumpur, Malaysia": two places, each with its country.
            second = _head(segments[k + 1], names=True)
            right = segments[k + 1]
            items = [f"{_clean(head)}, {_clean(left.split())}", f"{_clean(last)}, {_clean(second)}"]
            used_until = k + 1
        else:
            items = [_clean(head), *(_clean(s.split()) for s in middle)]
            if left:
                items.append(_clean(left.split()))
            items.append(_clean(last))
            used_until = k
        if not all(items):
            continue  # an empty item: ", and a staff of 40" ends a clause, not a list
        if len(items) >= 3 or pair_next:
            before_words = first_text.split()[: len(first_text.split()) - len(head)]
            before = " ".join([*(segments[:j]), " ".join(before_words)])
            last_segment = k + 1 if pair_next else k
            rest = right.split()[len(second if pair_next else last) :]
            after = " ".join([" ".join(rest), *segments[last_segment + 1 :]])
            found.append(
                Enumeration(tuple(items), before.strip(), after.strip(), leads=not first_text)
            )
    return found


def _starts_with_function(segment: str) -> bool:
    words = segment.split()
    return bool(words) and (_function_word(words[0]) or bool(re.match(r"^\d", words[0])))


def _place_pair(next_segment: str, right: str, last: list[str]) -> bool:
    """Whether the segment after "B and C" completes a "C, D" pair: "C" is all of the
    words after "and", all capitalised, and the next segment starts with a name."""
    if len(last) != len(right.split()):
        return False
    nxt = next_segment.split()
    head = _head(next_segment, names=True)
    return (
        bool(head)
        and len(head) <= 3
        and all(w[:1].isupper() for w in last)
        and nxt[0][:1].isupper()
        and _bare(nxt[0]) not in STOP_WORDS
    )


def lateral_count(text: str) -> tuple[int, str] | None:
    """The count a word like "trilateral" states, and the word: (3, "trilateral")."""
    for word in _WORD.findall(text):
        n = _LATERAL.get(_bare(word))
        if n is not None:
            return n, _bare(word)
    return None
