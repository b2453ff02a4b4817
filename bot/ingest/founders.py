"""A founder is a role of its own: "co-founder and Chief Executive Officer" is two.

Readers of titles keep a list of titles before one organisation as one title ("Founder,
Chairman and CEO of Y"). A founder's title differs from the others in the list: it never
ends. Kept in one title, it ended with the others when the person took a new post (a
later release's "now serves as Executive Chair; she was Chief Executive Officer until
March 2025"), and "who founded Y?" found no founder. ``split_founder_titles`` drafts the
founder title as a role of its own beside the rest of the list.
"""

from __future__ import annotations

import re

from bot.ingest.registry import DraftRole, Registry

# "Co-founder and Chief Executive Officer", "Founder, Chairman and CEO", "co-founder &
# CEO": the founder's word first, then the other titles.
_FOUNDER_FIRST = re.compile(
    r"(?P<founder>(?i:co-?\s?founder|founder))\s*(?:,|\band\b|&)\s*(?P<rest>[A-Za-z].*)"
)


def split_founder_titles(registry: Registry) -> None:
    """Replace each drafted role whose title opens with a founder's word and goes on with
    other titles by two roles at the same organisation: the founder's word alone, and the
    rest of the titles (in place, so the order of roles stays the release's)."""
    out: list[DraftRole] = []
    for role in registry.roles:
        match = _FOUNDER_FIRST.fullmatch(role.title.strip())
        if match is None:
            out.append(role)
            continue
        founder = match["founder"]
        founder = founder[:1].upper() + founder[1:]
        out.append(DraftRole(role.entity, founder, role.organization))
        out.append(
            DraftRole(
                role.entity, match["rest"].strip(), role.organization, role.current, role.ended
            )
        )
    registry.roles = out
