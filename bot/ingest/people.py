"""People found in a sentence, each with the title and organisation written with them.

"Acme CEO Jane Doe", "UNIDO Director General LI Yong", "Jack MA, Founder and Executive
Chairman of the Alibaba Group", "TSU's Provost X", "X, Fenwold President Europe",
"Founder of A and a B" (two roles), "former A and now B". The parts have modules of
their own: how a name is written (``person_names``), a title phrase split into title and
organisation (``titles``), what is written before a name (``premodifiers``) and after it
(``appositives``), and signatures (``signatures``).
"""

from __future__ import annotations

import dataclasses
import re

from bot.ingest.acronym_titles import spelled_out_spans, title_with_acronym_before
from bot.ingest.acronyms import initials_form
from bot.ingest.appositives import (
    LEGAL_AFTER,
    OFFICE_VERBS,
    areas_then_at,
    bare_titles,
    clean_appositive,
    comma_parts,
    drop_date_tail,
    office_list,
    region_parts,
    title_list,
    title_tail,
    until_tail,
)
from bot.ingest.appositives import appositive_roles as appositive_roles
from bot.ingest.offices import split_offices
from bot.ingest.person_names import (
    DEGREE,
    HONORIFIC,
    OWNER_WORD,
    all_name_like,
    core_count,
    five_after_honorific,
    has_particle,
    head_family_name,
    month_family_name,
    name_like,
    name_run_end,
    occupation_before,
    occupation_styled_name,
    styled_by_occupation,
)
from bot.ingest.person_names import PersonRef as PersonRef
from bot.ingest.person_names import clean_name as clean_name
from bot.ingest.person_names import is_person_name as is_person_name
from bot.ingest.premodifiers import (
    GOVERNMENT_TITLE,
    lower_case_premodifier,
    portfolio_premodifier,
    possessive_premodifier,
    posted_premodifier,
    premodifier,
)
from bot.ingest.subject_offices import run_by_subject
from bot.ingest.titles import (
    PARENT_UNITS,
    STANDALONE,
    STANDALONE_UNITS,
    is_area,
    is_region,
    romance_split,
)
from bot.ingest.titles import split_title_org as split_title_org
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    NAME_PARTICLES,
    STOPWORDS,
    Token,
    is_country,
    is_demonym,
    is_place,
    is_title_phrase,
    is_title_word,
    looks_like_acronym,
    tokens,
)
from bot.textnorm import normalize

# One to six capitalised words ("Acme Corp", "Clinical Development"): a comma part that
# names an organisation or a title's area. Each word after the first follows whitespace:
# "(?:[A-Z]…*\s*){1,6}" split a long capitalised run ("AAAA…!") in exponentially many
# ways before failing, so one release line could stall ingest for minutes.
_COMPANY_WORDS = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\s*")


def parse_person_phrase(phrase: str, known_acronyms: set[str]) -> PersonRef | None:
    """Who is speaking: "Jane Doe, CEO of Acme", "Acme CEO Jane Doe", "LI Yong"."""
    phrase = _unglue_titles(phrase.strip(" ,.;:"))
    # "the company's chief scientist, Jane Doe": the company behind the release (the
    # caller knows which).
    company = re.match(r"^(?:the\s+)?(?:company|firm)(?:'s|’s)\s+", phrase)
    if company:
        ref = parse_person_phrase(phrase[company.end() :], known_acronyms)
        if ref is not None and ref.title is not None and ref.organization is None:
            return PersonRef(ref.name, ref.title, "the company")
        return ref
    # "Prof. Jane Doe (Vice Chancellor, Acme University)": the title in brackets.
    bracket = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<title>[^()]{3,160})\)", phrase)
    if bracket and is_title_phrase(bracket.group("title")):
        phrase = f"{bracket.group('name')}, {bracket.group('title')}"
    # "Jane Doe of the Kestrel Seas Partnership": a person and where they come from, no title.
    of_org = re.fullmatch(
        r"(?P<name>[^,]{3,60}?)\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^,]{1,100})", phrase
    )
    # ("Governor Maris Talbot of Eastmarch": a title before the name, the place after.)
    of_words = of_org.group("name").split() if of_org else []
    k = 0
    while k < len(of_words) and (
        is_title_word(of_words[k]) or of_words[k].lower().rstrip(".") in HONORIFICS
    ):
        k += 1
    of_name = " ".join(of_words[k:])
    # ("said President Lind of Aldoria": after a title, the family name alone is the
    # person the release introduced in full; the caller resolves it.)
    if (
        of_org
        and (len(of_words) - k >= 2 or (k > 0 and len(of_words) - k == 1))
        and all_name_like(of_name, known_acronyms)
        and not is_title_phrase(of_name)
    ):
        of_title = " ".join(w for w in of_words[:k] if is_title_word(w)) or None
        return PersonRef(
            name=clean_name(of_name),
            title=of_title,
            organization=of_org.group("org").strip(" .") if of_title else None,
        )
    # "Harbour Executive Director Jane Doe from the Expo": an organisation's word and a title
    # before the name (read as a premodifier is), then where the person spoke from.
    last_title = max((j for j, w in enumerate(of_words) if is_title_word(w)), default=-1)
    named = " ".join(of_words[last_title + 1 :])
    if (
        of_org
        and k == 0
        and last_title > 0
        and len(of_words) - last_title - 1 >= 2
        and all_name_like(named, known_acronyms)
        and not is_title_phrase(named)
    ):
        pre_title, pre_org = premodifier(" ".join(of_words[: last_title + 1]) + " ")
        if pre_title is not None:
            return PersonRef(name=clean_name(named), title=pre_title, organization=pre_org)
    # "Jane Doe Director of Acme": the title right after the name, without a comma.
    words = phrase.split(",")[0].split()
    for k in range(2, min(len(words), 6)):
        rest = " ".join(words[k:])
        if (
            is_title_word(words[k])
            and re.search(r"\s(?:of|at)\s+(?:the\s+)?[A-Z]", rest)
            and all_name_like(" ".join(words[:k]), known_acronyms)
            and is_title_phrase(rest)
        ):
            glued_title, glued_org = split_title_org(rest)
            if glued_title and glued_org:
                return PersonRef(
                    name=clean_name(" ".join(words[:k])), title=glued_title, organization=glued_org
                )
            break
    head, _, tail = phrase.partition(",")
    # "Fabrikam's Managing Director for the UK, Tom Gallagher": title first, then the name.
    second = tail.split(",")[0].strip()
    if (
        is_title_phrase(head)
        and second
        and all_name_like(second, known_acronyms)
        and not DEGREE.fullmatch(second)  # "X President Jane Doe, Jr."
    ):
        lead_title, lead_org = split_title_org(head)
        return PersonRef(name=clean_name(second), title=lead_title, organization=lead_org)
    # "the chief executive of the Orrin Trust, a charity that restores mills, Jane Doe":
    # a title, an aside about its organisation, then the name as the last comma part.
    parts_after = [p.strip() for p in tail.split(",")]
    last = parts_after[-1] if parts_after else ""
    if (
        len(parts_after) >= 2
        and is_title_phrase(head)
        and last
        and all_name_like(last, known_acronyms)
        and re.match(r"(?:a|an|the|which|whose|one)\s", parts_after[0])
    ):
        lead_title, lead_org = split_title_org(head)
        if lead_title is not None:
            return PersonRef(name=clean_name(last), title=lead_title, organization=lead_org)
    toks = tokens(head)
    if not toks:
        return None
    # The name is the run of name-like words at the end of the head ("Jane May": a month
    # as the family name, after a given name).
    k = len(toks)
    if k >= 2 and month_family_name(toks, k - 2, k - 2, k - 1):
        k -= 1
    elif k >= 3:
        # ("Dr. Jane Fund, Managing Director": a head word as the family name, read
        # with the comma and the title after it; "Acme Store Manager Jane Fund": in the
        # slot after a title.)
        whole = tokens(phrase)
        if any(head_family_name(whole, i, k - 2, k - 1) for i in (k - 3, k - 2) if i >= 1):
            k -= 1
    while k > 0 and (
        name_like(toks[k - 1], known_acronyms)
        or (toks[k - 1].low in NAME_PARTICLES and k < len(toks) and k > 1)
        or toks[k - 1].low.rstrip(".") in HONORIFICS
    ):
        k -= 1
    name_toks = toks[k:]
    while name_toks and name_toks[0].low.rstrip(".") in HONORIFICS:
        name_toks = name_toks[1:]
    # ("said Chef Jane Doe", "Chef Doe said": an occupation written as a style, as an
    # honorific is; the family name alone is the person the release named in full.)
    if occupation_styled_name(" ".join(t.text for t in name_toks), family_name=True):
        k += 1
        name_toks = name_toks[1:]
    if len(name_toks) >= 4 and name_toks[0].text == "H" and name_toks[1].text in ("E", "E."):
        name_toks = name_toks[2:]  # "H E Jane Doe": His or Her Excellency
    # "Acme's Doe said", "Velmont's Jane Doe": the possessive names whose person it is
    # (an organisation, a country), never a word of the person's name.
    owner = max((j for j, t in enumerate(name_toks[:-1]) if OWNER_WORD.search(t.text)), default=-1)
    if owner >= 0:
        name_toks = name_toks[owner + 1 :]
        k = len(toks) - len(name_toks)
    # "... Country Director in Velmont Jane Doe": after "in"/"at"/"from", the first
    # capitalised word is the place, and the name starts after it ("Ambassador to
    # Ostria Jane Doe": the post's place, as ``find_people`` reads it).
    # ("Ambassador of Ostria to Velmar Jane Doe": a title anywhere before the "to".)
    posted_to = (
        k > 1 and toks[k - 1].low == "to" and any(is_title_word(t.text) for t in toks[: k - 1])
    )
    if len(name_toks) >= 3 and k > 0 and (toks[k - 1].low in {"in", "at", "from"} or posted_to):
        k += 1
        name_toks = name_toks[1:]
    elif name_toks and _after_portfolio(toks, len(toks) - len(name_toks), len(toks) - 1):
        # "Director of Trade and Commodities Jane Doe said": the portfolio ran into the
        # name, as find_people reads it.
        k = len(toks) - 2
        name_toks = name_toks[-2:]
    if not name_toks or core_count(name_toks) > (6 if has_particle(name_toks) else 5):
        return None
    name = clean_name(head[name_toks[0].start : name_toks[-1].end])
    pre = head[: toks[k].start].strip() if k < len(toks) else head
    title: str | None = None
    org: str | None = None
    if pre:
        title, org = premodifier(pre)
        if title is None and re.search(r"\s(?:in|at|for)\s+[A-Z][\w'’-]*$", pre):
            # "ORFA Representative and Country Director in Velmont Jane Doe"
            phrase_before = title_tail(pre)
            if phrase_before and is_title_phrase(phrase_before):
                title, org = split_title_org(phrase_before)
    parts = [p for p in comma_parts(tail) if p]
    # Degrees and suffixes come before the title: "Jane Doe, Ph.D., Director of ...".
    while parts and DEGREE.fullmatch(parts[0]):
        parts = parts[1:]
    if parts:
        # "Jane Doe, head of X and formerly a senior Y official", "…, dean at X and board
        # member": the first title; the others are read from the sentence by
        # ``appositive_roles``, never run into the first one's organisation.
        parts[0] = split_offices(parts[0])[0]
    if parts and title is None:
        # "Jane Doe, Founder, Chairman and CEO of Acme": one title at Acme.
        listed, used = title_list(parts[0], parts[1:])
        if used:
            parts = [listed, *parts[used + 1 :]]
        tail_title, tail_org = split_title_org(parts[0])
        if tail_title:
            title, org = tail_title, tail_org or org
            # "Fortress' Chairman, President and Chief Executive Officer": one title in
            # several comma parts.
            while (
                len(parts) > 1
                and is_title_phrase(parts[1])
                and split_title_org(parts[1])[1] is None
            ):
                title = f"{title}, {parts[1]}"
                parts = parts[1:]
            # "Jane Doe, Vice President, Global Partnerships at Acme": the title's area,
            # then its organisation after "at".
            # (Also a comma list of areas: "vice president, Field Sales, Channel
            # Planning at Acme".)
            area_at = areas_then_at(parts[1:]) if org is None and len(parts) > 1 else None
            if area_at is not None:
                title, org = f"{title}, {area_at.areas}", area_at.org
            # "Jane Doe, CEO, Acme Corp": the organisation is the next comma part.
            # ("Jane Doe, president, Asia Pacific, Middle East & Africa (APMEA), Acme": a
            # region over several comma parts is the title's area, then the company.)
            region, used = region_parts(parts[1], parts[2:]) if len(parts) > 1 else ("", 0)
            if org is None and is_region(region) and len(parts) > used + 2:
                title = f"{title}, {region}"
                parts = [parts[0], *parts[used + 2 :]]
                if _COMPANY_WORDS.fullmatch(parts[1]):
                    org = parts[1].rstrip(" .")
            if org is None and len(parts) > 1 and _COMPANY_WORDS.fullmatch(parts[1]):
                org = parts[1]
                # "Jane Doe, senior vice president, Clinical Development, Acme": the area
                # of the title, then the organisation (also a one-word area, "Cloud",
                # before a name with an organisation's head word).
                company = parts[2].rstrip(" .") if len(parts) > 2 else ""
                if _COMPANY_WORDS.fullmatch(company) and (
                    is_area(org)
                    or (
                        not any(w.lower().strip(".") in ALL_HEADS for w in org.split())
                        and (
                            LEGAL_AFTER.search(company)
                            or any(w.lower().strip(".") in ALL_HEADS for w in company.split())
                        )
                    )
                ):
                    title, org = f"{title}, {org}", company
    if len(name.split()) == 1 and title is None and not name[:1].isupper():
        return None
    return PersonRef(name=name, title=title, organization=org)


# Words that end a contact block's or a signature's label, before the name on the next
# line: "Communications Staff / Jane Doe" copied without its line break reads
# "Communications StaffJane Doe".
_LABEL_ENDS = {
    "staff",
    "team",
    "relations",
    "affairs",
    "contact",
    "contacts",
    "media",
    "press",
    "desk",
    "services",
    "officer",
    "communications",
}


def _glued_at(left: str, right: str) -> bool:
    """Whether ``left`` + ``right`` ("StaffJane", "AffairsAmbassador") is two words whose
    space was lost, rather than a name with an inner capital ("McAdam", "DeShawn",
    "MacKenzie"): a title word or honorific on the right, or on the left a title word, an
    organisation's unit or a label's last word, of four letters or more."""
    if len(right) < 3:
        return False  # ("WinCo", "BioCo": two letters after a capital end a company's name)
    if is_title_word(right) or right.lower() in HONORIFICS:
        return True
    units = {u.lower() for u in (*STANDALONE_UNITS, *PARENT_UNITS)}
    low = left.lower()
    return len(left) >= 4 and (is_title_word(left) or low in units or low in _LABEL_ENDS)


def _glue_break(left: str, right: str) -> str:
    """What the lost break was: a space inside a title ("Affairs Ambassador"), the end of
    a label line before a name ("Staff: Jane")."""
    if is_title_word(right) or right.lower() in HONORIFICS or is_title_word(left):
        return " "
    return ": "


def _unglue_titles(text: str) -> str:
    """ "Regional AffairsAmbassador Jane Doe" -> "... Affairs Ambassador Jane Doe", and
    "Communications StaffJane Doe" -> "... Staff Jane Doe": two words glued where a line
    break or a space was lost (copied from a web page)."""

    def unglued(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if not _glued_at(left, right):
            return m.group(0)
        glue = _glue_break(left, right)
        # (A label's end glued to a name opens the name: "StaffJane Doe". "MediaTek,"
        # with no name word after it is one word, a company's.)
        if glue == ": " and not re.match(r"\s+[A-Z][a-z]", m.string[m.end() :]):
            return m.group(0)
        return f"{left}{glue}{right}"

    return re.sub(r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b", unglued, text)


# (An article may open the appositive: "Jane Doe, the Acme Regional Director, John Roe".)
_NAME_THEN_COMMA = re.compile(r"\b[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+,\s*(?:the\s+)?$")


def _after_portfolio(toks: list[Token], start: int, end: int) -> bool:
    """Whether the name run ``toks[start..end]`` (three words or more) follows a title and
    "for"/"of" with the title's portfolio or unit run into it: "Minister Responsible for
    Digital Services Jane Doe", "Minister of the Interior and Safety Jane Doe",
    "Under Secretary of Commerce for Trade Jane Doe". The person is then the run's last
    two words."""
    run = toks[start : end + 1]
    if len(run) < 3 or has_particle(run):
        return False
    if start > 0 and toks[start - 1].low.rstrip(".") in HONORIFICS:
        # "Minister of Foreign Affairs Sheikh Jane Marie Doe": the honorific ends the
        # portfolio, and the whole run is the name.
        return False

    def capitalised(k: int) -> bool:
        return toks[k].text[:1].isupper() and toks[k].low not in STOPWORDS

    lead = start
    while True:
        # Back over the portfolio's words ("Interior and Safety") and an article.
        while lead > 0 and (
            capitalised(lead - 1)
            or (toks[lead - 1].low in {"and", "&"} and lead > 1 and capitalised(lead - 2))
            # ("Asia and the Pacific")
            or (
                toks[lead - 1].low == "the"
                and lead > 2
                and toks[lead - 2].low in {"and", "&"}
                and capitalised(lead - 3)
            )
        ):
            lead -= 1
        if lead > 0 and toks[lead - 1].low == "the":
            lead -= 1
        if lead < 2 or toks[lead - 1].low not in {"of", "for"}:
            return False
        before = toks[lead - 2]
        if is_title_word(before.text) or before.low == "responsible":
            break
        if not capitalised(lead - 2):
            return False
        lead -= 1  # "of Commerce for Trade": another portfolio link
    port = toks[lead:start] + run[:-2]
    if is_area(" ".join(t.text for t in port)):
        return True  # ("Vice President of Government Relations": an area, heads or not)
    return not any(
        t.low in ALL_HEADS or (len(t.text) > 1 and t.text.isupper()) for t in [*port, *run]
    )


# Where a person stands in the photo, in brackets after the name: "Jane Doe (left), CEO
# of Acme". Never part of the name or the title.
_PHOTO_POSITION = re.compile(
    r"\s*\((?i:left|right|centre|center|middle|pictured|l|r|c|"
    r"(?:(?:second|third|fourth|far)\s+)?(?:from\s+)?(?:left|right))\)"
)


# "Mr. Marius – Ioan Doe": two given names joined by a dash with spaces round it (as a
# word processor sets a typed hyphen), after a courtesy title, then the family name.
_DASHED_GIVEN_NAMES = re.compile(
    rf"\b(?P<style>(?:{HONORIFIC})\.?\s+[A-Z][a-z]+)\s+[\u2013\u2014-]\s+"
    r"(?P<second>[A-Z][a-z]+)(?=\s+[A-Z][\w'’-]+)"
)


def _earlier_office(before: str, title: str | None, org: str | None) -> tuple[str, str] | None:
    """A second office written before the name, joined to the one next to it by "and"
    ("Acme Vice President and Orrin Fund Program Director Jane Doe"): its (title,
    organisation), when both offices have their own organisation and the scored office
    model (``split_offices``) reads the whole phrase as two offices; else None."""
    if title is None or org is None:
        return None
    phrase = f"{org} {title}"
    stripped = before.rstrip()
    if not stripped.endswith(phrase):
        return None
    joined = re.search(r"\s+(?:and|&)\s*$", stripped[: -len(phrase)])
    if joined is None:
        return None
    head = stripped[: -len(phrase)][: joined.start()]
    first_title, first_org = premodifier(head + " ")
    if first_title is None or first_org is None:
        return None
    if len(split_offices(f"{first_org} {first_title} and {phrase}")) != 2:
        return None
    return first_title, first_org


# ", who signed on behalf of the Orrin Bank": a relative clause after a name saying
# whom the person acted for.
_ON_BEHALF_AFTER = re.compile(
    r",?\s+who\s+(?:[a-z]+\s+){0,2}?(?:signed|spoke|acted|appeared)\s+"
    r"(?:the\s+\w+\s+)?on\s+behalf\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,6})"
)


# "Acme (NYSE: ACM)": a listing's exchange and ticker after a company's name, no part of
# a title or a name.
_TICKER = re.compile(r"\s*\((?:[A-Z][A-Za-z]*\s+)?[A-Z][A-Za-z]+\s*:\s*[A-Z][A-Z.]{0,6}\)")


def _area_by_position(part: str, known_acronyms: set[str]) -> bool:
    """Whether ``part``, a comma part between a title and a name, can be the title's
    area: a few capitalised words (and connectors) that end in no organisation's head
    word and no legal form, and name no acronym or place."""
    words = [w.strip(".") for w in part.split()]
    content = [w for w in words if w.lower() not in {"and", "&", "of", "for", "the"}]
    return (
        0 < len(content) <= _AREA_WORDS_MAX
        and all(w[:1].isupper() for w in content)
        and content[-1].lower() not in ALL_HEADS
        and not LEGAL_AFTER.search(" " + part)
        and not any(w in known_acronyms or looks_like_acronym(w) for w in content)
        and not is_place(part)
        and not is_country(part)
    )


# The most words of a title's area written between the title and the name.
_AREA_WORDS_MAX = 6


def find_people(sentence: str, known_acronyms: set[str]) -> list[PersonRef]:
    """People introduced with a title in narrative text."""
    sentence = _unglue_titles(_TICKER.sub("", _PHOTO_POSITION.sub("", sentence)))
    sentence = _DASHED_GIVEN_NAMES.sub(r"\g<style>-\g<second>", sentence)
    # ("Chairman of  Board": a doubled space, common in pasted releases, is one space;
    # the appositive's words are matched against the tokens' offsets.)
    sentence = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", sentence)
    toks = tokens(sentence)
    found: list[PersonRef] = []
    n = len(toks)
    # ("Director of the United States Patent and Trademark Office (USPTO) Jane Doe": the
    # words an acronym spells out are its organisation's, never a person's.)
    spelled = spelled_out_spans(sentence)
    i = 0
    while i < n:
        # A run of name-like tokens (2 to 4) that is not preceded by one.
        if not name_like(toks[i], known_acronyms) or (
            i > 0 and name_like(toks[i - 1], known_acronyms)
        ):
            i += 1
            continue
        j = name_run_end(toks, i, known_acronyms)
        name_toks = toks[i : j + 1]
        start_at = i
        i = j + 1
        # "said Jane Doe, President and CEO of Kelto Vane Analytics.": the run is the
        # organisation of the appositive just read for the name before it, never a
        # portfolio with a second person at its end.
        run_text = sentence[name_toks[0].start : name_toks[-1].end].rstrip(".,")
        if any(a <= name_toks[0].start and name_toks[-1].end <= b for a, b in spelled):
            continue
        if found and found[-1].organization == run_text:
            continue
        if is_country(run_text):
            continue  # "Representative of the United Arab Emirates": a country, whole
        if is_area(run_text):
            continue  # "Deputy Governor, Monetary Policy, Jane Doe": a portfolio, no one
        if is_region(run_text):
            continue  # "Chief Executive, Greater Ostria": the region a title covers
        if styled_by_occupation(toks, start_at, j):
            name_toks = name_toks[1:]
            start_at += 1
        elif occupation_styled_name(run_text, family_name=True):
            continue  # "Chef Doe said": the person named in full before (the caller's)
        if (
            len(name_toks) == 2
            and is_demonym(name_toks[0].text)
            and re.fullmatch(r"[A-Z]{2,6}", name_toks[1].text)
        ):
            continue  # "Kenyan KRU President Jo Ray": a country's body by its acronym
        # "… Organizations in Vienna Andrei Dapkiunas": after "in"/"at", the first
        # capitalised word is a place, and the name starts after it.
        # ("ambassador to Ostria Jane Doe": the post's place, then the name.)
        posted_to = (
            start_at > 1
            and toks[start_at - 1].low == "to"
            and is_title_word(toks[start_at - 2].text)
        )
        if len(name_toks) >= 3 and (
            (start_at > 0 and toks[start_at - 1].low in {"in", "at", "from"}) or posted_to
        ):
            name_toks = name_toks[1:]
        # "Vice-Chancellor of the University of Kestrel Osric Pell": after "<head
        # word> of", the first capitalised words end the organisation's name; the person
        # is the last two.
        elif (
            len(name_toks) >= 3
            and start_at > 1
            and toks[start_at - 1].low == "of"
            and toks[start_at - 2].low in ALL_HEADS
            # ("Network of Independent Design Offices" is all the organisation's.)
            and not any(
                t.low in ALL_HEADS or t.low.removesuffix("s") in ALL_HEADS for t in name_toks
            )
        ) or _after_portfolio(toks, start_at, j):
            name_toks = name_toks[-2:]
        # "Acme President Lind remarked": a family name alone, right after a capitalised
        # title and before a verb of saying, is a person (never a run of capitals).
        family_only = (
            len(name_toks) == 1
            and start_at > 0
            and name_toks[0] is toks[start_at]
            and toks[start_at - 1].text[:1].isupper()
            and is_title_word(toks[start_at - 1].text)
            and re.fullmatch(r"[A-Z][a-z'’-]{2,}", name_toks[0].text) is not None
            and (
                _SPEAKS_AFTER.match(sentence[name_toks[0].end :]) is not None
                # ("led by Professor Doe of the UoK": a title written as an honorific, then
                # its organisation.)
                or (
                    toks[start_at - 1].low.rstrip(".") in HONORIFICS
                    and re.match(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]", sentence[name_toks[0].end :])
                    is not None
                )
            )
        )
        # "Doe is the minister responsible for the X Secretariat": a family name alone
        # opening a sentence with a copula and a title (a person named before, if any).
        known_only = (
            len(name_toks) == 1
            and start_at == 0
            and re.fullmatch(r"[A-Z][a-z'’-]{2,}", name_toks[0].text) is not None
            and re.match(r"\s+(?:is|was)\s+(?:also\s+)?the\s+", sentence[name_toks[0].end :])
            is not None
        )
        family_only = family_only or known_only
        if (
            not family_only
            and not 2 <= core_count(name_toks) <= (6 if has_particle(name_toks) else 4)
            and not (name_toks[0] is toks[start_at] and five_after_honorific(toks, start_at, j))
        ):
            continue
        if j + 1 < n and toks[j + 1].low in ALL_HEADS:
            continue  # "Harbour Lights Kitchen" is an organisation, not a person
        if (
            j + 2 < n
            and toks[j + 1].text[:1].isupper()
            and toks[j + 2].low in ALL_HEADS
            and len(name_toks) > 2
        ):
            continue  # "Kestrel Lake First Nation" after a name run into it
        if start_at > 0 and toks[start_at - 1].low == "the" and name_toks[0] is toks[start_at]:
            # "a veteran of the Velmar Press, founder of X": English writes no article
            # before a person's name (an honorific, "the Rev. Jane Doe", is not a name token).
            continue
        if start_at > 0 and toks[start_at - 1].low == "the" and is_demonym(toks[start_at].text):
            continue  # "the Velmarian Red Heart": the article opens an organisation's name
        if LEGAL_AFTER.match(sentence[name_toks[-1].end :]):
            continue  # "Harbour Telecom, Inc." is a company

        # "H E Jane Doe": His or Her Excellency, written without full stops.
        his_excellency = (
            len(name_toks) >= 4 and name_toks[0].text == "H" and name_toks[1].text in ("E", "E.")
        )
        if his_excellency:
            name_toks = name_toks[2:]
        name = clean_name(sentence[name_toks[0].start : name_toks[-1].end])
        current, ended = True, None
        # Premodifier: "[Org] Title Title Name" just before the name.
        t = name_toks[0]
        before = sentence[: t.start]
        # ("Datuk Seri Dr Jane Doe": a Malaysian style of two words, then a degree.)
        honorific = re.search(
            rf"(?:(?<![\w'’])(?:{HONORIFIC}|H\s+E)\.?['’]?\s+(?:(?:Seri|Sri)\s+)?)+$", before
        )
        if is_place(name) or (honorific and is_place(f"{honorific.group(0)}{name}")):
            continue  # "Premier of Prince Orrin Island": a place is never a person
        bare_before = before[: honorific.start()] if honorific else before
        # "en présence de la ministre des Ports et des X, Jane Doe": a lower-case title
        # after a French, Spanish or Italian article, a portfolio unless an organisation
        # follows its "de".
        title, org = None, None
        romance = re.search(
            r"(?:^|\s)(?:la|le|el|il|l['’])\s*(?P<t>[a-z\u00e0-\u00ff][^,;:()\"“”]{2,160}?),\s*$",
            bare_before,
        )
        if romance and is_title_word(romance.group("t").split()[0]):
            split = romance_split(romance.group("t"))
            title, org = split if split else (romance.group("t"), None)
        # "Associate Professor Jane Doe": "Professor" after a rank is a title, not only
        # an honorific.
        rank = re.search(
            r"\b(?P<rank>Associate|Assistant|Adjunct|Visiting|Emeritus|Emerita|Distinguished|"
            r"Clinical|Research)\s+$",
            bare_before,
        )
        if title is None and rank and honorific and honorific.group(0).startswith("Prof"):
            title = f"{rank.group('rank')} Professor"
        glued_before = False
        if title is None:
            title, org = premodifier(bare_before)
            glued_before = title is not None
            earlier = _earlier_office(bare_before, title, org)
            if earlier is not None:
                found.append(PersonRef(name=name, title=earlier[0], organization=earlier[1]))
        if title is None:
            title, org = possessive_premodifier(bare_before)
            if title is not None and title.startswith("former "):
                title, current = title.removeprefix("former "), False
        if title is None:
            title, org = portfolio_premodifier(bare_before)
        if title is None and start_at > 0 and toks[start_at - 1].low == "in":
            title, org = posted_premodifier(bare_before)
        # "Velmarian Ambassador to Ostria Jane Doe": the post's place, then the name.
        posted = re.search(r"\s+to\s+(?P<place>[A-Z][\w'’-]*)\s+$", bare_before)
        if title is None and posted_to and posted:
            post_title, post_org = premodifier(bare_before[: posted.start()] + " ")
            if post_title is not None:
                title, org = f"{post_title} to {posted.group('place')}", post_org
        if title is None:
            title, org = lower_case_premodifier(bare_before)
        # "Helvetia Bank's Head of Sustainable Finance, Thomas Brunner, ..."
        if title is None:
            lead = re.search(
                # (Spanish, French and Italian "and" and "the" too: "y el Rector de X, Name".)
                # ("exchanging the MoU with Acme's CEO, Jane Doe": after "with" too; "he
                # received the Ostrian Ambassador, Jane Doe": after a verb's "the".)
                r"(?:^|[,;:]\s+|\b(?:said|says|by|between|with)\s+|(?<=[a-z]\s)(?=the\s))"
                r"(?:(?:and|or|y|et|e)\s+)?"
                r"(?:(?:the|el|la|le|il|l['’])\s*)?"
                r"([A-Z][^,;:]{2,160}?),\s*$",
                bare_before,
            )
            # "… signed by A's Minister X and B's Minister of Y, Jane Doe": only the
            # title after the last "and" before a possessive is hers.
            led = (
                re.split(
                    r"\s+and\s+(?=[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|’s)\s)", lead.group(1)
                )[-1]
                if lead
                else ""
            )
            # "A's Title Jane Doe and B's Title2, John Roe": after the person named before
            # and "and", the title of the next one starts (no comma to anchor it).
            after_person = (
                re.search(
                    # (Any capitalised words after the name: the rest of one longer
                    # than a name run reads, "Jane Marie Anne Doe Binti Roe".)
                    rf"\b{re.escape(found[-1].name)}(?:\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:the\s+)?"
                    r"(?P<t>[A-Z][^,;:]{2,160}?),\s*$",
                    bare_before,
                )
                if found
                else None
            )
            if after_person and is_title_phrase(after_person.group("t")):
                led = after_person.group("t")
            # "Deputy Governor, Monetary Policy, Jane Doe": the portfolio after a comma
            # is the title's, and the title words stand in the comma part before it.
            titled = (
                re.search(r"(?:^|[,;:]\s+)([A-Z][^,;:]{2,80}?),\s*$", bare_before[: lead.start(1)])
                if lead and not after_person and is_area(led)
                else None
            )
            portfolio_after_title = bool(titled and bare_titles(titled.group(1)))
            if titled and portfolio_after_title:
                led = f"{titled.group(1)}, {led}"
            # "Acme Vice President, Fleet and Cabin Policy, Jane Doe,": a comma part
            # between a title glued after its organisation and the name is the title's
            # area, whatever its words, unless it names an organisation itself.
            glued = (
                re.search(r"(?:^|[,;:]\s+)([A-Z][^,;:]{2,80}?),\s*$", bare_before[: lead.start(1)])
                if lead
                and not after_person
                and not portfolio_after_title
                and (is_area(led) or _area_by_position(led, known_acronyms))
                else None
            )
            glued_title, glued_org = premodifier(glued.group(1) + " ") if glued else (None, None)
            if glued_title is not None and glued_org is not None:
                title, org = f"{glued_title}, {led}", glued_org
            phrase = title_tail(led) if (lead or after_person) and title is None else ""
            # "… since his appointment as WHO Director General, Carol Bellamy": that
            # title is the other person's.
            owned_by_other = bool(lead and re.search(r"\bas\s+$", led[: len(led) - len(phrase)]))
            # "witnessed by Jane Doe, Executive Editor of X, John Roe, Y Manager": the
            # title between two names is the appositive of the name before it.
            # (Not after "Jane Doe and": "Orrin Minister, Jane Doe and Acme Chair, John
            # Roe" is two pairs, a title then its name, and "and" starts the second.)
            # (Nor after "Title, Jane Doe,": in a list of such pairs, each title is the
            # next name's.)
            titled_before = bool(
                found
                and found[-1].title
                and re.search(
                    rf"\b{re.escape(found[-1].title.split()[-1])}\b[^,]*,\s+[^,]*\b"
                    rf"{re.escape(found[-1].name)},\s+[^,]*,\s*$",
                    bare_before,
                )
            )
            owned_by_other = owned_by_other or bool(
                lead
                and not after_person
                and not portfolio_after_title
                and not titled_before
                and phrase == led
                and _NAME_THEN_COMMA.search(bare_before[: lead.start(1)])
                and not re.search(r"(?:'s|’s)\s", phrase)
            )
            if (
                phrase
                and not owned_by_other
                and is_title_phrase(phrase)
                and len(phrase.split()) <= 16
            ):
                title, org = split_title_org(phrase)
        # "Foreign Minister Jo Ray and his Velmar counterpart Jane Doe": the title of the
        # person named before, held in the place named.
        counterpart = re.search(
            r"\b(?:his|her|their)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
            r"counterparts?,?\s*$",
            bare_before,
        )
        counterpart_of = (
            (found[-1].title, counterpart.group("place"))
            if title is None and counterpart and found and found[-1].title
            else None
        )
        # "the Director General of A, Jo Ray, and his counterpart from the B Office (BO),
        # Jane Doe": the same title, held at the organisation named after "from".
        counterpart_at = _COUNTERPART_AT.search(bare_before)
        counterpart_org = (
            (found[-1].title, counterpart_at.group("org"))
            if title is None and counterpart_at and found and found[-1].title
            else None
        )
        # "…, said its chairman Jane Doe": a lower-case title after "its"/"their", held
        # at the organisation the sentence is about (the caller finds which).
        owned_title = re.search(
            r"\b(?:its|their)\s+(?P<t>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+$", bare_before
        )
        if (
            title is None
            and owned_title
            and is_title_word(owned_title.group("t").split()[-1])
            and is_title_phrase(owned_title.group("t"))
        ):
            title = owned_title.group("t")
        # "…,' chief executive Jane Doe said": news style writes the title in lower case
        # right before the name, with no organisation (the caller finds which). Only the
        # title words next to the name, and never a title no longer held ("former") or a
        # relation ("his partner Jane Doe").
        if title is None:
            title = _lower_title_right_before(bare_before)
        # "according to the regional representative for Africa of KFD, Jane Doe": a
        # lower-case title after "the", set off by a comma before the name.
        if title is None:
            lower = re.search(
                r"\b(?:according\s+to|by|said|says|from|with|and)\s+the\s+"
                r"(?P<t>[a-z][\w'’-]*(?:\s+[\w&'’-]+){0,11}?),\s*$",
                bare_before,
            )
            if lower and is_title_phrase(lower.group("t")):
                title, org = split_title_org(lower.group("t"))
        # "..., Director General of KFD H E Jane Doe stated": a title with its
        # organisation right before the name, after a comma or the start.
        if title is None:
            clause = re.split(r"[,;:]\s+", bare_before)[-1]
            # ("President of Lantern News Agency Hal Voss met ...": an organisation of
            # several words, when its last word is a head word, ends before the name.)
            org_words = re.search(
                r"\b(?:of|at)\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){1,5})$", clause
            )
            headed = bool(org_words) and org_words.group(1).split()[-1].lower() in ALL_HEADS
            phrase = (
                title_tail(clause) if headed or re.search(r"\b(?:of|at)\s+\S+\s*$", clause) else ""
            )
            if (
                phrase
                and phrase[:1].isupper()
                and is_title_phrase(phrase)
                and len(phrase.split()) <= 12
            ):
                title, org = split_title_org(phrase)
        # "Director of the Velmont Harbour and Ferry Office (VHFO) Jane Doe": a title
        # whose organisation, closed by its acronym, holds "and" or "of".
        if title is None:
            held = title_with_acronym_before(bare_before)
            if held is not None:
                title, org = held
        # "The Vice Chancellor, Harrowgate University, Professor Nell Ashdown": title,
        # then its organisation, each between commas.
        if title is None:
            pair = re.search(
                r"(?:^|[,;:]\s+)(?:The\s+)?([A-Z][^,;:]{2,80}?),\s+([A-Z][^,;:]{2,80}?),\s*$",
                bare_before,
            )
            if (
                pair
                and is_title_phrase(pair.group(1))
                and split_title_org(pair.group(1))[1] is None
                and any(w.lower() in ALL_HEADS for w in pair.group(2).split())
            ):
                title, org = pair.group(1), pair.group(2)
        # "Orrin Fashion … is now run by Creative Director Jane Doe": the subject's.
        if title is not None and org is None:
            org = run_by_subject(sentence, bare_before, title)
        # "Governor Maris Talbot of Eastmarch": the title before the name, the place or
        # organisation after it.
        of_after = re.match(
            r"\s+of\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,5})",
            sentence[name_toks[-1].end :],
        )
        if title is not None and org is None and of_after:
            org = of_after.group(1)
        # "Deputy Governor Jane Doe, who signed on behalf of the Orrin Bank, said": whom
        # she signs or speaks for is where she holds the title.
        behalf = _ON_BEHALF_AFTER.match(sentence[name_toks[-1].end :])
        if title is not None and org is None and behalf:
            org = behalf.group("org")
        # "the appointment of Henrietta H Fore as Executive Director of UNICEF"
        as_title = re.match(
            r"(?:,?\s+(?:since|after|following|upon|on)\s+(?:his|her|their)\s+"
            r"(?:appointment|election|nomination|promotion))?"
            r"\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?([A-Z][^,;()]{2,100})",
            sentence[name_toks[-1].end :],
        )
        # "Jane Doe is scientific director of Acme's Owen Laboratory": a copula, then a
        # title with its organisation.
        # ("Jane Doe, who led the team when it began, has been Director of X since 2021":
        # a relative clause about her past, then the title she holds.)
        copula = re.match(
            r"(?:,\s+who(?:\s+[^,;()\"“”]{3,100}?,(?=\s+has\s+been\s))?)?"
            r"\s+(?:(?:is|was)(?:\s+(?:also\s+)?[a-z]+-?[a-z]+\s+as|"
            r"\s+(?:also|now|currently))?|serves as|"
            r"has served as|has been|will serve as|became|becomes|"
            # ("previously worked as A of B, concurrently as C of D": posts held before.)
            r"(?P<before>previously|formerly)\s+(?:worked|served|acted)\s+as|"
            r"(?:also\s+|currently\s+|now\s+)?(?:works|acts)\s+as)\s+"
            r"(?:the\s+|a\s+|an\s+)?(?P<t>[^,;.()\"“”]{3,120}?\s+(?:of|at|for)\s+[^,;()\"“”]{2,80})",
            sentence[name_toks[-1].end :],
        )
        if title is None and copula and is_title_word(copula.group("t").split()[0]):
            # "who was Chief Executive of X from 2016 until June 2022": a title the text
            # bounds, so no longer held.
            bounded, until = until_tail(copula.group("t").strip(" ."))
            # ("who has been Director of X since January 2021": when it began is no part
            # of the organisation's name; the since-statement is its own fact.)
            seg = clean_appositive(drop_date_tail(bounded) if until is None else bounded)
            seg = re.split(r"\s+(?:where|which|who|that|and\s+(?:is|was|has|will))\b", seg)[0]
            # ("serves as CFO of A and Director of B": two offices, each a role.)
            copula_offices = (
                [r for r in office_list(seg) if r.org is not None] if is_title_phrase(seg) else []
            )
            if copula_offices:  # ("is a member of the team" is no role)
                title, org = copula_offices[0].title, (copula_offices[0].org or "").strip(" .")
                if copula.group("before"):
                    current = False
                # ("… as A of B, concurrently as C of D as well as E of F": the offices
                # listed after the first are roles too.)
                rest = sentence[name_toks[-1].end + copula.end() :]
                listed_after = (
                    office_list(rest, current=current)
                    if re.match(r"\s*(?:[,;]|\s+as\s+well\s+as\b)", rest)
                    else []
                )
                for listed in [*copula_offices[1:], *listed_after]:
                    if listed.org is not None:
                        found.append(
                            PersonRef(
                                name=name,
                                title=listed.title,
                                organization=listed.org.strip(" ."),
                                current=current,
                            )
                        )
                # (Only after a past verb: "is Chair until 2027" is held now.)
                past = re.search(r"\b(?:was|served|had)\b", copula.group(0)[: copula.start("t")])
                if until is not None and past:
                    current, ended = False, until
        # "Jane Doe, who chairs the Acme Fund": a verb that names the office.
        office = re.match(
            r",?\s+who\s+(?:also\s+|now\s+|currently\s+)?"
            rf"(?P<verb>{'|'.join(re.escape(v) for v in OFFICE_VERBS)})\s+(?:the\s+)?"
            r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,8})",
            sentence[name_toks[-1].end :],
        )
        if title is None and office:
            title = OFFICE_VERBS[office.group("verb")]
            org = office.group("org")
        if title is None:
            title, org = _passive_office(bare_before)
        if title is None and as_title and is_title_phrase(as_title.group(1)):
            seg = clean_appositive(as_title.group(1).strip(" ."))
            if is_title_phrase(seg):
                title, org = split_title_org(seg)
        # "Mr Ricky Lind Executive Deputy Chairman of ORDA (second from right)", "Jane
        # Doe President of Acme University, during ...": a title with its organisation
        # right after the name, without a comma.
        glued_after = re.match(r"\s+([A-Z][^,;()\"“”]{2,120})", sentence[name_toks[-1].end :])
        if title is None and glued_after and is_title_word(glued_after.group(1).split()[0]):
            seg = clean_appositive(glued_after.group(1).strip(" ."))
            # (Only "Title of/at Org": "VU System Chancellor Jane Doe" is an
            # organisation, then a title before the name.)
            of_org = re.search(r"\s(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", seg)
            if of_org and is_title_phrase(seg):
                glued_title, glued_org = split_title_org(seg)
                if glued_title and glued_org and glued_org in of_org.group("org"):
                    title, org = glued_title, glued_org
        # "Name (Title, Org)": the same as "Name, Title, Org,".
        # ("Name, (Title), Name2": the same, after a comma.)
        bracket = re.match(r",?\s*\(([^()]{3,160})\)", after_name := sentence[name_toks[-1].end :])
        if bracket and is_title_phrase(bracket.group(1)):
            after_name = f", {bracket.group(1)},{after_name[bracket.end() :]}"
        # Appositive: "Name, Title of Org," right after the name. After a bare title
        # before the name ("Ambassador X, Permanent Representative ..."), the appositive
        # is a second role.
        after = after_name
        appositive_only = title is None
        bare_title = title is not None and org is None and len(title.split()) == 1
        if title is not None and not bare_title and bracket and is_title_phrase(bracket.group(1)):
            # "Director General Prof. Jane Doe (Professor at Orrin University)": a second
            # role in brackets after the name.
            second_title, second_org = split_title_org(bracket.group(1).strip())
            if second_title and second_org:
                found.append(PersonRef(name=name, title=second_title, organization=second_org))
        first_after = re.match(r",\s+(?:(?:the|an?)\s+)?(?P<w>[\w-]+)", after)
        if (
            glued_before
            and title is not None
            and org is not None
            and not bare_title
            and first_after is not None
            and is_title_word(first_after.group("w"))
        ):
            # "said OFA Board Chair Jane Doe, executive chair of Doe Foods": a title at an
            # organisation before the name, and another at another one after it (her own
            # company's): two roles.
            for role in appositive_roles(after, known_acronyms):
                if (
                    role.title
                    and role.org
                    and normalize(role.org) != normalize(org)
                    # ("OFA Chair Jane Doe, chair of the Orrin Food Association": one.)
                    and initials_form(org, role.org) is None
                ):
                    found.append(
                        PersonRef(
                            name=name,
                            title=role.title,
                            organization=role.org,
                            current=role.current,
                            ended=role.ended,
                        )
                    )
        if title is None or bare_title:
            roles = appositive_roles(after, known_acronyms)
            if roles and bare_title:
                found.append(PersonRef(name=name, title=title, organization=None))
            for role in roles[:-1]:
                found.append(
                    PersonRef(
                        name=name,
                        title=role.title,
                        organization=role.org,
                        current=role.current,
                        ended=role.ended,
                    )
                )
            if roles:
                title, org = roles[-1].title, roles[-1].org
                current, ended = roles[-1].current, roles[-1].ended
        if title is None and counterpart_of is not None:
            # (Last: "his Velmar counterpart Jane Doe, who is also vice president of
            # Velmar", or "..., Minister of Ports," is read from her own words first.)
            title, place = counterpart_of
            org = f"Government of {place}" if GOVERNMENT_TITLE.search(title) else place
        if title is None and counterpart_org is not None:
            title, org = counterpart_org
        # "... the People of Velmont, the Minister of Ports, Dr. X": after "Capitalised of",
        # a name with only an appositive title and no honorific ends a longer name
        # (never "in the presence of Jane Doe, Registrar").
        if (
            appositive_only
            and not honorific
            and start_at > 1
            and toks[start_at - 1].low == "of"
            and toks[start_at - 2].text[:1].isupper()
        ):
            continue
        # "Representative to the International Organizations in Vienna X": a title that
        # ends in "to the" has this name as its object; the person comes later.
        if title is not None and re.search(r"\b(?:to|of|for|the|at|in|and|with)$", title):
            continue
        # "Carol Bellamy today warned …": a name that speaks is a person, title or not.
        speaks = _SPEAKS_AFTER.match(sentence[name_toks[-1].end :]) is not None
        if speaks and title is None and not honorific and _OFFICE_BEFORE.search(bare_before):
            continue  # "The Minister of Culture and Fine Arts said": an office, no name
        if family_only and title is None and honorific and of_after:
            # ("Professor Doe of the UoK": a title written as an honorific.)
            word = honorific.group(0).split()[0].rstrip(".")
            if is_title_word(word) and len(word) > 4:
                title, org = word, of_after.group(1)
        if family_only and title is None:
            continue
        # "actress, artist and author Jane Doe": an occupation before the name says it
        # is a person's (no title: an occupation is held at no organisation).
        if title is not None or honorific or speaks or occupation_before(bare_before):
            found.append(
                PersonRef(
                    name=name,
                    title=title,
                    organization=org,
                    known_only=known_only,
                    current=current,
                    ended=ended,
                )
            )
    shared = _respective_titles(sentence, known_acronyms)
    if shared:
        named = {ref.name for ref in shared}
        found = [ref for ref in found if ref.name not in named]
    found = _leading_title_list(sentence, [_royal_office(sentence, r) for r in found])
    return _delegation_units(found) + _bracket_heads(sentence) + shared


# "his counterpart from the B Office (BO), " right before a name: the organisation
# (without its acronym) where the counterpart holds the title of the person named before.
_COUNTERPART_AT = re.compile(
    r"\b(?:his|her|their)\s+counterparts?\s+(?:from|at|of|in)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&'’.-]*){0,8})"
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,?\s*$"
)
_PERSON = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,6}?"
# "A and B, the chief executives of X and the Y respectively" (or "who are the current
# chairs of …"): one plural title, each person at the organisation in the same place of
# the second list.
_RESPECTIVELY = re.compile(
    rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON}),\s+"
    # ("…, who are the current chairs of X and Y respectively": a relative clause in
    # the present says the same; its "who are" and "current" are no part of the title.)
    rf"(?:who\s+are\s+)?(?:the\s+)?(?:(?:current|present)\s+)?(?P<title>[A-Za-z][\w -]{{1,40}}?)"
    rf"\s+(?:of|at)\s+(?:the\s+)?(?P<x>{_ORG})\s+and\s+(?:the\s+)?(?P<y>{_ORG}),?\s+respectively\b"
)


# Offices of a royal house written before a name and its styles ("the Crown Prince
# Sheikh Jo Ray"): "Prince" alone is a style (bot/vocab/honorifics.txt), these are offices.
_ROYAL_OFFICE = re.compile(
    rf"\b(?P<office>Crown\s+Prince(?:ss)?|Emir|Amir|Sultan|Deputy\s+Emir)\s+"
    rf"(?:(?:{HONORIFIC})\.?\s+)*$"
)


_LOWER_WORDS_BEFORE = re.compile(r"(?P<w>(?:[a-z][a-z-]*\s+){1,4})$")
_NOT_HELD_NOW = frozenset(
    {
        "former",
        "late",
        "then",
        "ex",
        "outgoing",
        "incoming",
        "future",
        "his",
        "her",
        "their",
        "my",
        "our",
        "your",
        "a",
        "an",
        "its",
    }
)


def _lower_title_right_before(before: str) -> str | None:
    """The lower-case title written right before a name ("chief executive ", "acting
    executive director "), or None: the longest run of title words that ends at the
    name, when the word before the run says the title is held now."""
    found = _LOWER_WORDS_BEFORE.search(before)
    if found is None:
        return None
    words = found.group("w").split()
    k = len(words)
    while k > 0 and is_title_word(words[k - 1]):
        k -= 1
    title_words = words[k:]
    if not title_words or (k > 0 and words[k - 1] in _NOT_HELD_NOW):
        return None
    if k == 0 and re.search(r"\b(?:ex|former)-?\s*$", before[: found.start()]):
        return None
    phrase = " ".join(title_words)
    return phrase if is_title_phrase(phrase) else None


def _royal_office(sentence: str, ref: PersonRef) -> PersonRef:
    """``ref`` with the royal office written before the name as its title, when it has
    none: "His Highness the Crown Prince Sheikh Jo Ray" -> Crown Prince (the state it
    serves is left to ``roles.organisation_of``)."""
    at = sentence.find(ref.name)
    office = _ROYAL_OFFICE.search(sentence[:at]) if ref.title is None and at > 0 else None
    if office is None:
        return ref
    return dataclasses.replace(ref, title=re.sub(r"\s+", " ", office.group("office")))


def _leading_title_list(sentence: str, found: list[PersonRef]) -> list[PersonRef]:
    """``found`` with the person a sentence opens with, after a list of titles, given each
    of them: "Deputy Prime Minister, Minister of Oil and Minister of State for Economic
    affairs Dr. Jo Ray signed …" gives Jo Ray three titles (no organisation: the list
    names none). Only a list from the sentence's start, each part a title that opens
    with a capital, so prose before a name is never read as titles."""
    if not found or found[0].organization:
        return found
    first = found[0]
    at = sentence.find(first.name)
    if at <= 0:
        return found
    prefix = re.sub(rf"(?:\s*\b(?:{HONORIFIC})\.?)+\s*$", "", sentence[:at]).strip(" ,")
    # ("Chairman, President and CEO Jane Doe": title words only are one title; so is
    # "Provost and Executive Vice President for Academic Affairs", with no comma.)
    if bare_titles(prefix) or "," not in prefix:
        return found
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", prefix)
    if len(parts) < 2 or not all(
        p[:1].isupper() and is_title_phrase(p) and is_title_word(p.split()[0]) for p in parts
    ):
        return found
    titles = [dataclasses.replace(first, title=p, organization=None) for p in parts]
    return [*titles, *found[1:]]


def _singular_title(title: str) -> str | None:
    """ "chief executives" -> "chief executive", "directors general" -> "director general"."""
    words = title.split()
    for k in (len(words) - 1, 0):
        word = words[k]
        for singular in (word[:-1], word[:-2]) if word.endswith("s") else ():
            if singular and is_title_word(singular):
                return " ".join([*words[:k], singular, *words[k + 1 :]])
    return None


# "the directors general of the agencies, A and B": a plural title of the two
# organisations the sentence named before, in the same order.
_OF_THE_TWO = re.compile(
    r"\bthe\s+(?P<title>[A-Za-z][\w -]{1,40}?)\s+of\s+(?:the|both|these)\s+(?:two\s+)?"
    r"(?P<what>agencies|organi[sz]ations|companies|universities|institutions|institutes|"
    r"foundations|banks|parties|partners|ministries|firms|groups),?\s+"
    rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON})\b"
)
_KIND_WORD = {
    "agencies": "agency", "organisations": "organisation", "organizations": "organization",
    "companies": "company", "universities": "university", "institutions": "institution",
    "institutes": "institute", "foundations": "foundation", "banks": "bank", "ministries":
    "ministry", "firms": "firm", "groups": "group", "parties": "", "partners": "",
}  # fmt: skip


def _two_organisations(before: str, what: str) -> list[str]:
    """The organisations ``before`` names with the kind word ("Ostria's Kestrel news
    agency", "the Kestrel University"), or every capitalised name for "parties"."""
    kind = _KIND_WORD[what]
    if kind:
        pattern = (
            rf"(?:[A-Z][\w'’-]*(?:'s|’s)\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}})"
            rf"\s+(?:[a-z]+\s+)?{kind}\b"
        )
        found = [m.group("org") for m in re.finditer(pattern, before)]
        if len(found) == 2:
            return found
        # "the Kestrel University and Orrin University": the kind word inside the name
        named = re.findall(rf"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+{kind.capitalize()}\b", before)
        return named if len(named) == 2 else []
    return []


# "A and B, respectively chief executives of X and Y, …": the same, "respectively" first.
_RESPECTIVELY_FIRST = re.compile(
    rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON}),\s+respectively\s+(?:the\s+)?"
    rf"(?P<title>[A-Za-z][\w -]{{1,40}}?)\s+(?:of|at)\s+(?:the\s+)?(?P<x>{_ORG})\s+and\s+"
    rf"(?:the\s+)?(?P<y>{_ORG})(?=\s*[,.;:)]|\s*$)"
)


def _respective_titles(sentence: str, known_acronyms: set[str]) -> list[PersonRef]:
    match = _RESPECTIVELY.search(sentence) or _RESPECTIVELY_FIRST.search(sentence)
    if match is None:
        two = _OF_THE_TWO.search(sentence)
        title = _singular_title(two.group("title")) if two else None
        orgs = _two_organisations(sentence[: two.start()], two.group("what")) if two else []
        people = [clean_name(two.group(g)) for g in ("a", "b")] if two else []
        if not (two and title and len(orgs) == 2):
            return []
        if not all(all_name_like(p, known_acronyms) for p in people):
            return []
        return [PersonRef(people[0], title, orgs[0]), PersonRef(people[1], title, orgs[1])]
    title = _singular_title(match.group("title"))
    if title is None and is_title_phrase(match.group("title")):
        title = match.group("title")  # ("respectively CEO of X and Y": one title each)
    people = [clean_name(match.group(g)) for g in ("a", "b")]
    if title is not None and re.match(r"(?:who|which|that|were|was)\b", title, re.IGNORECASE):
        # ("who were the chairs of …": a clause, never a title; a past one is no role now.)
        title = None
    if title is None or not all(all_name_like(p, known_acronyms) for p in people):
        return []
    return [
        PersonRef(people[0], title, match.group("x").rstrip(".")),
        PersonRef(people[1], title, match.group("y").rstrip(".")),
    ]


# "the Centre for Ostria Studies (COS), headed by": an organisation, perhaps its
# acronym in brackets, then a passive office verb (bot/vocab/office_verbs.yaml, the
# entries ending in "by") just before the name.
_PASSIVE_OFFICE = re.compile(
    rf"(?P<org>{_ORG})(?:\s*\([A-Z][\w&-]{{1,11}}\))?,?\s+"
    rf"(?P<verb>{'|'.join(re.escape(v) for v in OFFICE_VERBS if v.endswith(' by'))})\s+$"
)


def _passive_office(before: str) -> tuple[str | None, str | None]:
    """(title, organisation) from "<Org>, headed by " ending ``before``, else (None, None).

    A possessive owner before the organisation ("Velmont's Centre for X") is the
    owner's, not part of the name."""
    m = _PASSIVE_OFFICE.search(before)
    if m is None:
        return None, None
    org = re.sub(r"^(?:The\s+)?(?:.*(?:'s|’s)\s+)?", "", m.group("org"))
    if not org[:1].isupper() or org.lower() in STOPWORDS:
        return None, None
    return OFFICE_VERBS[m.group("verb")], org


def _delegation_units(found: list[PersonRef]) -> list[PersonRef]:
    """ "X, director of research at Velmont, and Y, dean of the Faculty of Z": a unit
    title that names no organisation is held at the organisation of the person listed
    just before, in the same sentence (one delegation)."""
    out: list[PersonRef] = []
    for ref in found:
        unit = ref.title is not None and re.search(rf"\bof the (?:{STANDALONE})\b", ref.title)
        if unit and ref.organization is None and out and out[-1].organization:
            ref = PersonRef(ref.name, ref.title, out[-1].organization)
        out.append(ref)
    return out


# "Acme Co., Ltd. (Headquarters: Velmont, President: Jane Doe)": the company's head
# in a bracket of facts after its name (Japanese companies and universities write so).
_BRACKET_HEAD = re.compile(
    r"\((?:[^()]*?[,;]\s*)?(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*:\s*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\)"
)
_ORG_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’.-]*){0,6}"
    r"(?:,?\s+(?:Co\.,?\s+)?(?:Ltd|Inc|Corp|LLC|plc|AG|GmbH|SA)\.?)?)"
    # (perhaps with a description between commas: "Acme Co., Ltd., a member of X Group,")
    r"(?:,\s+(?:a|an|the)\s+[^,()]{2,80},)?\s*$"
)


def _bracket_heads(sentence: str) -> list[PersonRef]:
    out: list[PersonRef] = []
    for match in _BRACKET_HEAD.finditer(sentence):
        if not is_title_word(match.group("title").split()[-1]):
            continue
        org = _ORG_BEFORE.search(sentence[: match.start()])
        if org is None:
            continue
        out.append(
            PersonRef(clean_name(match.group("name")), match.group("title"), org.group("org"))
        )
    return out


# A title and the words of its complement up to a connector, right before capitalised
# words that speak: "The Minister of Heritage and" before "Living Crafts said".
_OFFICE_BEFORE = re.compile(
    r"(?:^|\b[Tt]he\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:of|for)\s+"
    r"(?:[A-Z][\w-]*\s+)*(?:and|&)\s*$"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:today|yesterday|also|then|later|on\s+\w+day)\s+)?(?:said|says|stated|warned|added|noted|"
    r"stressed|explained|told|welcomed|thanked|praised|urged|argued|emphasi[sz]ed|commented|"
    r"recalled|remarked|observed|insisted|announced that)\b"
    # ("Acme Lines says it has renewed …": what says "it" is an organisation.)
    r"(?!\s+(?:that\s+)?(?:it|its)\s)"
)
