"""Partners named as examples: "... as well as other partners such as Orrinweb".

A release lists the bodies its subject works with after a word for partners and "such
as", "including" or "like". The names there are organisations whatever their form: a
one-word brand ("Orrinweb", "LoomHub") has no head word to say so, and the sentence's
"partners" does.
"""

from __future__ import annotations

import re

from bot.ingest.registry import Registry
from bot.ingest.words import STOPWORDS, is_country, is_place
from bot.kb.models import EntityKind

# A capitalised name of up to five words ("Orrinweb", "Kestrel Loom Council").
_NAME = (
    r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+(?=[A-Z][\w&'’.-]*\s+[A-Z]))?[A-Z][\w&'’.-]*){0,4}"
)
# "partners such as A, B and C", "other organisations including the A".
_EXAMPLES = re.compile(
    r"\b(?:partners|organi[sz]ations|companies|institutions|bodies)\s+"
    r"(?:such\s+as|including|like)\s+"
    rf"(?P<list>(?:the\s+)?{_NAME}(?:\s*,\s*(?:the\s+)?{_NAME})*(?:,?\s+and\s+(?:the\s+)?{_NAME})?)"
)


def partners_named_as_examples(registry: Registry, text: str) -> None:
    """Declare each name of a "partners such as A, B and C" list in ``text`` an
    organisation, unless the release already knows it (as anything), or it is a place
    or a stop word."""
    for found in _EXAMPLES.finditer(text):
        for name in re.findall(rf"(?:the\s+)?({_NAME})", found.group("list")):
            name = name.rstrip(".")
            if (
                name.lower() in STOPWORDS
                or registry.find(name) is not None
                or is_country(name)
                or is_place(name)
            ):
                continue
            registry.add(name, EntityKind.ORGANIZATION, exact=True)
