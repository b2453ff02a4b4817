"""The release that first (or last) gives someone a title: "which release first calls
Okafor President?", "in which announcement is Lina Ma first named Executive Director?",
"what was the latest release to call X Chair?".

Decided from the roles (issue 12: every role carries the date of the release stating
it), never from the releases that merely mention the person: among the person's roles
whose title the question's words name (``role_fits``), the oldest release's (or, for
"last"/"latest", the newest one's that does not mark it ended). The answer names that
release's date, publisher, dateline and headline, and the role as it states it, cited.
A title the releases never give the person is not_found, naming the titles they do give.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import (
    CURRENT_WORDS,
    FIRST_WORDS,
    OLDEST_WORDS,
    RELEASE_NOUNS,
    TITLE_WORDS,
)
from bot.kb.models import LoadedRole
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, stem
from bot.textnorm import normalize

_NEWEST_WORDS = CURRENT_WORDS | frozenset(("last", "recent"))
# Words of the question that ask how the release refers to the person, not the title.
_NAMING_STEMS = frozenset(
    stem(w)
    for w in "call calls called calling name names named naming refer refers referred "
    "describe describes described mention mentions mentioned list lists listed give gives "
    "given title titled as press in which what was is does did to the a an most".split()
)


class TitleReleaseAnswers(ExecutorBase):
    def title_release(self, q: Query) -> Result:
        """The first (or newest) release giving one person the title asked; None for a
        question of another shape (no release noun, no order word, not one person, no
        title word)."""
        words = set(q.words)
        if q.quote or not _asks_which_release(q.words):
            return None
        newest = bool(words & _NEWEST_WORDS)
        if not newest and not words & (FIRST_WORDS | OLDEST_WORDS):
            return None
        index = self.index
        person = self.one_person(q)
        if person is None:
            return None
        # The person's name, not a title that names them ("Executive Director").
        named = {
            i
            for m in q.found
            if m.entity_id == person and m.via != "role"
            for i in range(m.words[0], m.words[1])
        }
        entity = index.entity(person)
        own = {w for label in (entity.name, *entity.aliases) for w in normalize(label).split()}
        title_words = [
            w
            for i, w in enumerate(q.words)
            if i not in named
            and w not in own
            and stem(w) not in _NAMING_STEMS
            and w not in RELEASE_NOUNS
            and w not in FIRST_WORDS | OLDEST_WORDS | _NEWEST_WORDS
            and w not in QUESTION_WORDS
            and w not in STOP_WORDS
        ]
        if not set(title_words) & TITLE_WORDS:
            return None
        roles = index.roles_by_entity.get(person, [])
        # The title's own words first ("Chief Executive" is no "Director of Research",
        # though "chief" asks for a top job), else any title they name (``role_fits``).
        asked = {stem(w) for w in title_words}
        fitting = [r for r in roles if asked <= {stem(w) for w in normalize(r.title).split()}] or [
            r for r in roles if role_fits(r.title, title_words)
        ]
        name = index.entity(person).name
        if not fitting:
            given = sorted({index.role_text(r, with_date=False) for r in roles})
            text = f"No release gives {name} the title {' '.join(title_words).title()}."
            if given:
                text += f" The titles they give: {'; '.join(given)}."
            return not_found(q.question, text)
        if newest:
            fitting = [r for r in fitting if r.current] or fitting
            role = max(fitting, key=lambda r: (index.source_date(r.source), r.source))
        else:
            role = min(fitting, key=lambda r: (index.source_date(r.source), r.source))
        return self._title_release_answer(q, role, name, newest)

    def _title_release_answer(self, q: Query, role: LoadedRole, name: str, newest: bool) -> Result:
        index = self.index
        source = index.kb.sources[role.source].source
        where = ", ".join(p for p in (source.dateline.city, source.dateline.country) if p)
        which = "newest" if newest else "first"
        text = (
            f"**{source.date.isoformat()}** — the {which} release calling {name} "
            f"{role.title}: “{source.title}” ({source.publisher}, {where}).\n"
            f"{name}: {index.role_text(role)}."
        )
        return answered(index, q.question, text, [role.source], entities=[role.entity])


def _asks_which_release(words: tuple[str, ...]) -> bool:
    """Whether the release is what is asked: "which release …", "in which announcement
    …", "what was the first release to …" (a "which"/"what" at most four words before
    the release noun), not "… as far as the releases go"."""
    return any(
        w in RELEASE_NOUNS and {"which", "what"} & set(words[max(0, i - 4) : i])
        for i, w in enumerate(words)
    )
