"""A press contact asked in other words: "who handles press for X?", "who should
journalists call at X?", "who speaks to the media for X?", "X's spokesperson?".

``relations.contact`` answers questions that say "contact", "email" or "phone"; these
ask the same in the words of a newsroom. The answer is the same: the entries naming X
in the releases' contact blocks, else the blocks of the releases about X
(``contacts.contact_from_sources``), cited; a contact of another organisation is never
given as X's own. Nothing printed: the releases give no press contact for X.
"""

from __future__ import annotations

import dataclasses
import re

from bot.engine.qa.compose import not_found
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind

_PRESS = r"(?:the\s+)?(?:press|media|journalists?|reporters?|newsroom)"
_ASKS_PRESS_DESK = re.compile(
    rf"\b(?:handles?|handling|runs?|running|does|doing|deals?\s+with|looks?\s+after|manages?|"
    rf"speaks?\s+to|talks?\s+to|"
    rf"answers?)\s+{_PRESS}\b"
    rf"|\b{_PRESS}\s+(?:should\s+|can\s+|could\s+|do\s+|to\s+)?(?:call|contact|email|phone|"
    r"reach|ring|write\s+to)\b"
    rf"|\b(?:press|media)\s+(?:officer|office|desk|person|people|team|queries|questions)\b"
    r"|\bspokes(?:person|man|woman|people)\b"
)


class PressDeskAnswers(ExecutorBase):
    def press_desk(self, q: Query) -> Result:
        """The press contacts for the one thing named, asked in a newsroom's words; None
        for other questions."""
        if not _ASKS_PRESS_DESK.search(" ".join(q.words)):
            return None
        named = {m.entity_id for m in q.found}
        if any(e in q.described and e not in named for e in q.subjects):
            # "The press person for the Trust": the description's person is whom the
            # question asks for, not its subject; the things it names are.
            q = dataclasses.replace(
                q, subjects=tuple(e for e in q.subjects if e in named) or tuple(named)
            )
        if len(q.subjects) > 1:
            return None
        if any(self.index.entity(e).kind is EntityKind.PERSON for e in q.subjects):
            return None
        found = self.contact_from_sources(q)
        if found is not None:
            return found
        names = ", ".join(self.index.display_name(e) for e in q.subjects) or "them"
        return not_found(q.question, f"The releases I know give no press contact for {names}.")
