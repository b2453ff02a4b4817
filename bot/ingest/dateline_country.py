"""The dateline's country when the dateline gives only its city.

A web page's or a PDF's dateline is often the city alone ("BRACKENFORD —", "TORONTO,
February 4, 2025"), and the citation then shows no country. Two places say which:

* the knowledge base: the releases it holds datelined in the same city, when they all
  give one country ("Brackenford, Canada" in an earlier release);
* the release itself: a sentence naming the city that names exactly one country, by
  its name, a province or state of it ("Brackenford, Ontario") or its adjective ("based
  in Toronto, it funds projects in Canadian cities").

Either way the draft says where the country came from, for the reviewer to check.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.ingest.metadata import Dateline
from bot.ingest.officials import countries_named, country_of_demonym
from bot.ingest.text import sentences
from bot.ingest.words import countries_of_subdivision, is_country
from bot.kb.models import KnowledgeBase
from bot.textnorm import normalize


class DatelineCountry(NamedTuple):
    """The country found and where it was read, for the review note."""

    country: str
    evidence: str


def _from_base(city: str, kb: KnowledgeBase | None) -> DatelineCountry | None:
    if kb is None:
        return None
    found = {
        loaded.source.dateline.country
        for loaded in kb.sources.values()
        if loaded.source.dateline.country
        and normalize(loaded.source.dateline.city) == normalize(city)
    }
    if len(found) != 1:
        return None
    return DatelineCountry(found.pop(), f"the base's releases datelined in {city}")


def _countries_in(sentence: str, named: frozenset[str]) -> set[str]:
    """The countries ``sentence`` names: by name, by a province or state of exactly
    one country, or by the country's adjective."""
    out: set[str] = set()
    for run in re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", sentence):
        words = run.split()
        for k in range(len(words)):
            for j in range(len(words), k, -1):
                phrase = " ".join(words[k:j])
                if is_country(phrase):
                    out.add(re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE))
                elif len(regions := countries_of_subdivision(phrase)) == 1:
                    out |= regions
        for word in words:
            country = country_of_demonym(word, named)
            if country is not None:
                out.add(country)
    return out


def _from_text(city: str, paragraphs: list[str]) -> DatelineCountry | None:
    named = countries_named("\n".join(paragraphs))
    found: set[str] = set()
    for para in paragraphs:
        for sentence in sentences(para):
            if re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", sentence, re.IGNORECASE):
                found |= _countries_in(sentence, named) - {city}
    if len(found) != 1:
        return None
    return DatelineCountry(found.pop(), f"the release's sentences naming {city}")


def dateline_country(
    dateline: Dateline | None, paragraphs: list[str], kb: KnowledgeBase | None
) -> DatelineCountry | None:
    """The country of a dateline that gives its city only, from the base or the text
    (see the module doc); None when the dateline has a country, or neither settles
    one."""
    if dateline is None or dateline.country or not dateline.city:
        return None
    return _from_base(dateline.city, kb) or _from_text(dateline.city, paragraphs)
