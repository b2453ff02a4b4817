"""A percentage asked for: "what's the latest percentage of women among Academy
trainees?", "what share of the graduates were women in 2021?", "what proportion of the
members are SMEs?".

The figure series (``figure_series``) counts a noun and leaves percentages out unless
asked; a percentage question has no counted noun ("women" is what the share is of), so
before this it fell to the fact ranking, which answered with a goal ("at least half of
them women") or with nothing (set 14). Here the percentages are read from the subject's
facts and dated summaries (``figures.figures_in``: "58 per cent", "58%"), each judged by
the question's other content words in the figure's own clause, before or after it
("58 per cent of them women", "women made up 58%"); goals and plans are left out
(``figures.is_goal_figure``).

The newest percentage stated leads and older ones follow as dated history (issue 12:
"current" means the newest statement); with a year asked, the newest stated by then.
Shapes: ``percentage(q) -> Answer | None``; None for another question, or when no
percentage of the subject has the words asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.counted_phrase import noun_phrase
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.figures import (
    NOT_A_STATE,
    Figure,
    figures_in,
    is_goal_figure,
    summary_statement,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import INTENT_WORDS, NOW_WORDS
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms, stem

# "What percentage of …", "the share of …", "what proportion …": a percentage asked.
# "The lithium recovery rate", "its survival rate": a rate named by its noun is a
# percentage too (the releases write "recovered 81 per cent of the lithium").
_ASKS_PERCENT = re.compile(
    r"\b(?:(?:percentage|percent|proportion|share|per cent)\s+of|"
    r"(?:what|which)\s+(?:percentage|percent|proportion|share)|"
    r"\b(?!(?:the|what|which|a|an|at|this|that|its|their)\s)[a-z]+\s+rates?)\b"
)
_PERCENT_STEMS = frozenset(
    stem(w) for w in "percentage percent proportion share per cent rate".split()
)
# Words of the question that say how or when, not what the share is of.
_NOT_ASKED = frozenset(
    stem(w)
    for w in (
        *NOW_WORDS,
        *"latest newest recent recently most current currently now today updated new "
        "still figure number stated given reported among".split(),
        # "How has the rate developed over the years?": the series is what is asked.
        *"develop developed evolve evolved year years time over history trend".split(),
    )
)
# A change asked of a percentage is arithmetic (``arithmetic.py``: percentage points).
_CHANGE = frozenset(
    stem(w)
    for w in "change changed rise rose fall fell drop dropped grow grew increase "
    "increased decrease decreased difference gain points".split()
)
# Older percentages shown as history.
MAX_HISTORY = 3


class PercentageAnswers(ExecutorBase):
    def count_as_share(self, q: Query) -> Result:
        """ "How many teachers were still teaching after two years?" when the releases
        give no count, only a share ("82 per cent of certified teachers were still
        teaching two years after certification"): that share, the newest first. Tried
        after the stated counts (``stated_counts.py``); None when the question names no
        time-free "how many <noun>" with words beyond its noun, or no sentence gives the
        share of that noun with every word asked."""
        if q.quote or q.meta or q.words[:2] != ("how", "many") or q.time.bounded:
            return None
        if q.time.points or _ASKS_PERCENT.search(" ".join(q.words)):
            return None
        # The counted phrase's last word is its noun ("how many certified teachers":
        # teachers); its other words say which of them, as the share's noun may.
        phrase = noun_phrase(q.words)
        heads = content_terms(phrase[-1]) if phrase else []
        if not heads:
            return None
        head = heads[0]
        counted = {t for w in phrase for t in content_terms(w)}
        if len([t for t in q.terms if t not in counted and t not in _NOT_ASKED]) < 1:
            return None  # "how many teachers are there?": a count, never a share
        return self.percentage(q, of_noun=head, counted=frozenset(counted))

    def percentage(
        self, q: Query, of_noun: str = "", counted: frozenset[str] = frozenset()
    ) -> Result:
        """The newest percentage stated for what is asked, with its dated history; with
        ``of_noun`` (a stem), only a share "of" that noun ("82 per cent of certified
        teachers"), asked as a count whose counted phrase has the stems ``counted``: the
        other words asked must then be in the share's clause outside its "of" phrase."""
        if q.quote or q.meta or q.answer_type is AnswerType.YES_NO:
            return None
        text = " ".join(q.words)
        if (not of_noun and not _ASKS_PERCENT.search(text)) or len(q.time.points) > 1:
            return None
        if set(q.terms) & _CHANGE:
            return None
        own = {t for e in q.subjects for t in content_terms(self.index.entity(e).name)}
        asked = [
            t
            for t in q.terms
            if t not in _PERCENT_STEMS and t not in _NOT_ASKED and t not in own and not t.isdigit()
        ]
        goal = [w for w in q.words if w in _GOAL_ASKS]
        if goal:
            # "What share were supposed to be women?": the share a goal sets.
            intent = {stem(w) for w in goal} | {stem(w) for w in INTENT_WORDS}
            shared = self._goal_share(q, [t for t in asked if t not in intent])
            if shared is not None:
                return shared
        if not asked:
            return None
        pool: dict[str, LoadedFact] = {}
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
            for summary in self.index.summary_history(subject):
                pool.setdefault(f"summary:{subject}:{summary.source}", summary_statement(summary))
        if not q.subjects:
            # The words asked, and with a noun in -y as its verb ("recovery": "recov"),
            # since a ranking must cover every term.
            verbed = [min(_with_verbs([t]), key=len) for t in asked]
            for terms in (asked, verbed) if verbed != asked else (asked,):
                for c in self.retriever.rank(terms, set(), include_quotes=False)[:MAX_LIST_FACTS]:
                    if isinstance(c.item, LoadedFact):
                        pool.setdefault(c.item.id, c.item)
        found: list[tuple[int, str, LoadedFact, Figure]] = []
        for fact in pool.values():
            if not _states_every(fact.text, asked):
                # "Women make up 42 per cent of the cistern builders" is no answer to the
                # share of women on the board, nor of men among the builders: a share
                # of another noun is a confidently wrong figure (issue 12).
                continue
            best: tuple[int, Figure] | None = None
            for figure in figures_in(fact.text):
                if "%" not in figure.value and "cent" not in figure.value:
                    continue
                if is_goal_figure(figure):
                    continue
                if of_noun and not _share_of(figure, of_noun):
                    continue
                near = _with_verbs(
                    set(figure.before) | set(figure.after) | _clause_terms(fact.text, figure)
                )
                wanted = asked
                if of_noun:
                    # "How many teachers were certified?" is not answered by "47 per
                    # cent of certified teachers are women": the words asked beyond the
                    # counted phrase must say something of the share, outside its noun.
                    near -= _share_phrase(figure, of_noun)
                    wanted = [t for t in asked if t not in counted]
                fit = sum(1 for t in wanted if _forms(t) & near)
                if fit and (best is None or fit > best[0]):
                    best = (fit, figure)
            if best is not None:
                found.append((best[0], self.fact_date(fact), fact, best[1]))
        if not found:
            return None
        top = max(f[0] for f in found)
        series = sorted((f for f in found if f[0] == top), key=lambda f: f[1], reverse=True)
        year = q.time.year or q.time.until
        if year is not None:
            series = [f for f in series if int(f[1][:4]) <= year]
            if not series:
                return None
        _, date, fact, figure = series[0]
        lines = [
            f"**{figure.shown}** as of {format_date(date)} (the newest stated"
            f"{f' by {year}' if year is not None else ''}):",
            f"{fact.text.strip()}{placeholder(fact.source)}",
        ]
        sources = [fact.source]
        older = [f for f in series[1:] if f[3].value != figure.value][:MAX_HISTORY]
        if older:
            lines.append("Earlier:")
            for _, when, old, shown in older:
                lines.append(f"• {shown.shown} as of {format_date(when)}{placeholder(old.source)}")
                sources.append(old.source)
        return answered(
            self.index, q.question, "\n".join(lines), sources, entities=list(fact.about)
        )

    def _goal_share(self, q: Query, asked: list[str]) -> Result:
        """The share a goal of the subject sets for what is asked ("aims to train
        30,000 …, at least half of them women"), newest goal first, cited; None when no
        goal sentence states one."""
        if not asked:
            return None
        pool = [
            f for s in q.subjects for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
        ]
        if not q.subjects:
            # "What share of trainees were supposed to be women?": the sentences with
            # the words asked, whoever set the goal.
            ranked = self.retriever.rank(asked, set(), include_quotes=False)[:MAX_LIST_FACTS]
            pool = [c.item for c in ranked if isinstance(c.item, LoadedFact)]
        found: list[tuple[str, LoadedFact, str]] = []
        for fact in pool:
            if not _goal_sentence(fact.text) or not _states_every(fact.text, asked):
                continue
            share = _share_in_clause(fact.text, asked)
            if share is not None:
                found.append((self.fact_date(fact), fact, share))
        if not found:
            return None
        date, fact, share = max(found, key=lambda f: f[0])
        body = (
            f"**{share}** (a goal, as of {format_date(date)}):\n"
            f"{fact.text.strip()}{placeholder(fact.source)}"
        )
        return answered(self.index, q.question, body, [fact.source], entities=list(fact.about))


_CLAUSE_END = re.compile(r"[,;:.()]")
# Words asking for the share a goal sets ("supposed to be", "meant to be", "the target
# share"), not one reached.
_GOAL_ASKS = INTENT_WORDS | frozenset("target targeted aim aimed goal".split())
# A share as a goal words it: a percentage, or a fraction in words, with its qualifier
# ("at least half of them women", "a third", "40 per cent").
_SHARE = re.compile(
    r"\b(?:(?:at least|at most|more than|over|about|around|nearly|almost|up to) )?"
    r"(?:half|a third|two thirds|a quarter|three quarters|a majority|"
    r"\d+(?:\.\d+)?(?: per cent| percent|%))",
    re.IGNORECASE,
)


def _goal_sentence(text: str) -> bool:
    """Whether a sentence sets a goal ("aims to", "its target of", "plans to")."""
    return bool(set(content_terms(text)) & NOT_A_STATE)


def _share_in_clause(text: str, asked: list[str]) -> str | None:
    """The share a clause of ``text`` gives with a word asked in it ("at least half of
    them women"), as written; None when none does."""
    for match in _SHARE.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
        clause = text[(starts[-1] if starts else 0) : end.start() if end else len(text)]
        have = set(content_terms(clause))
        if any(({t} | synonyms(t)) & have for t in asked):
            return match[0]
    return None


def _states_every(text: str, asked: list[str]) -> bool:
    """Whether ``text`` has every stemmed term of ``asked``, itself, a thesaurus
    synonym ("graduates" for "trained") or its verb ("recovery" for "recovered"): the
    whole sentence, since what the share is of may sit in an earlier clause ("trained
    12,400 entrepreneurs …, 58 per cent of them women")."""
    have = _with_verbs(content_terms(text))
    return all(_forms(t) & have for t in asked)


def _forms(term: str) -> frozenset[str]:
    """A stem, its thesaurus synonyms and the verb of a noun in -y ("recoveri":
    "recov", as "recover" stems; "deliveri": "deliv")."""
    return frozenset({term, *synonyms(term), *_with_verbs([term])})


def _with_verbs(terms: Iterable[str]) -> set[str]:
    """``terms`` with the verb stem of each noun in -y: the stemmer folds "recovery" to
    "recoveri" but "recovered" to "recov", so "the recovery rate" never met "recovered
    81 per cent" (base 17)."""
    out = set(terms)
    out |= {stem(t[:-1]) for t in out if len(t) > 5 and t.endswith("eri")}
    return out


def _clause_terms(text: str, figure: Figure) -> frozenset[str]:
    """The content terms of the clause holding the figure ("35 per cent of the Trust's
    members were women"): from the punctuation before it to the one after it."""
    at = text.find(figure.value)
    if at < 0:
        return frozenset()
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    end = _CLAUSE_END.search(text, at + len(figure.value))
    clause = text[(starts[-1] if starts else 0) : end.start() if end else len(text)]
    return frozenset(content_terms(clause))


# How many words after "of" a share's noun may come ("of ClassBridge-certified teachers").
_SHARE_OF_REACH = 4


def _share_phrase(figure: Figure, noun: str) -> frozenset[str]:
    """The stems of a share's "of" phrase up to its noun ("classbridg", "certifi",
    "teacher" in "47 per cent of ClassBridge-certified teachers are women"); empty when
    it is no share of ``noun``."""
    after = figure.after
    if after[:1] != ("of",):
        return frozenset()
    for i, w in enumerate(after[1 : 1 + _SHARE_OF_REACH], start=1):
        if w == noun or w.startswith(noun) or (noun.startswith(w) and len(w) >= 4):
            return frozenset(after[1 : i + 1])
    return frozenset()


def _share_of(figure: Figure, noun: str) -> bool:
    """Whether a percentage is a share "of" ``noun`` (a stem) within a few words: "82
    per cent of ClassBridge-certified teachers" is one of teachers."""
    after = figure.after
    return after[:1] == ("of",) and any(
        w == noun or w.startswith(noun) or (noun.startswith(w) and len(w) >= 4)
        for w in after[1 : 1 + _SHARE_OF_REACH]
    )
