"""A synthetic knowledge base, written as real knowledge files, for the benchmark.

``generate(directory, n_entities, seed)`` writes about ``n/10`` release files
(``releases/NNNNNN.yaml``) and their verbatim texts (``sources/NNNNNN.txt``) in the
project's own format, so the benchmark exercises the real loader, validator and index.

What makes it hard on purpose:

* names are drawn from small vocabularies, so surnames, first names, regions and
  domains repeat across thousands of entities ("Amara Okafor", "Amara K. Okafor",
  "Nordic Renewable Energy Agency", "Nordic Renewable Energy Council") and a typo
  often lands close to another real name;
* acronyms come from initials, so most short acronyms would collide; only the first
  entity to claim one gets it (the loader rejects an alias claimed twice), exactly
  the rule a curator follows;
* a few honorific aliases ("Dr Okafor") are deliberately shared by every person with
  that surname through ``shared_aliases``;
* about N quotes (verbatim substrings of the release text) and 1.5·N facts, each fact
  built from a template that also yields a question with a known answer;
* dated roles: one person in five gets a new title (at the same organisation, or at
  another) in a release at least two years after the one that declared them, so
  "current" and "in <year>" mean different titles (``SynthKB.roles``), and lists of
  organisations that signed or joined something (``SynthKB.lists``), for the role,
  year and list questions of ``benchmarks/queries.py``.

Everything is derived from ``random.Random(seed)``: the same seed gives the same files.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.textnorm import normalize

Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

FIRST = """
Amara Aiko Alejandro Alexei Amir Ana Anders Anika Arjun Astrid Ayesha Bao Beatriz Bilal
Camille Carlos Chen Chiara Dae Daniel Dmitri Elena Emeka Emil Esther Fatima Felix Freya
Gabriel Hana Hassan Helena Hiroshi Ibrahim Ines Ingrid Isabel Ivan Jack Jamal Jana Javier
Jin Joao Jonas Julia Kamal Karin Kenji Khadija Kofi Lara Lars Layla Leila Li Lina Lucas
Luis Maya Mariam Marco Maria Mateo Mei Mikhail Min Mohammed Nadia Naledi Nia Nikolai Noor
Olga Omar Oskar Pablo Paolo Pedro Priya Rafael Rahul Rania Ravi Rosa Ruth Sakura Samir
Sara Sebastian Selin Sergei Shira Sofia Sun Tariq Thandiwe Tomas Valentina Victor Wei Xin
Yara Yong Yusuf Zainab Zhang Zofia Adaeze Bongani Chidi Dalia Efua Farid Goran Halima
""".split()

SURNAMES = """
Okafor Lindqvist Nakamura Haddad Petrov Moreau Rossi Kowalski Mensah Tanaka Schmidt
Fernandez Andersson Nguyen Kim Park Chen Wang Zhao Liu Ma Li Yong Singh Patel Sharma Khan
Rahman Hussain Ali Ahmed Ibrahim Diallo Traore Keita Ndiaye Abebe Tesfaye Mwangi Otieno
Banda Phiri Dlamini Nkosi Botha Silva Santos Oliveira Costa Pereira Almeida Gomez Lopez
Martinez Garcia Rodriguez Hernandez Torres Ramirez Flores Rivera Morales Ortiz Castillo
Romero Alvarez Ruiz Jimenez Navarro Dubois Laurent Lefebvre Girard Bonnet Fontaine Muller
Weber Fischer Wagner Becker Hoffmann Richter Klein Wolf Schulz Neumann Novak Horvat Kovacs
Nagy Popescu Ionescu Georgiou Papadopoulos Yilmaz Kaya Demir Celik Sahin Aydin Ozturk
Ivanov Smirnov Kuznetsov Popov Volkov Sokolov Lebedev Morozov Novikov Fedorov Hansen
Johansson Nielsen Jensen Larsen Berg Dahl Virtanen Korhonen Murphy Kelly Byrne Walsh
Sato Suzuki Takahashi Watanabe Ito Yamamoto Kobayashi Kato Yoshida Yamada Sasaki Choi
Jung Kang Cho Yoon Jang Lim Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly Wong
Lam Chan Cheung Ho Ng Tan Lee Goh Lim Teo Ong Koh Nair Menon Iyer Reddy Rao Gupta Mehta
Shah Bose Das Sen Roy Ghosh Chatterjee Mukherjee Banerjee Kapoor Malhotra Chopra Qureshi
Siddiqui Chaudhry Mirza Baig Farouk Mansour Saleh Nasser Khalil Aziz Hamdan Darwish
Okonkwo Adeyemi Balogun Eze Nwosu Obi Chukwu Asante Boateng Owusu Acheampong Appiah
""".split()

REGIONS = """
Nordic Baltic Andean Pacific Atlantic Alpine Caspian Sahel Mekong Danube Amazon Arctic
Iberian Balkan Caribbean Adriatic Aegean Anatolian Levantine Maghreb Nile Zambezi Congo
Kalahari Himalayan Tibetan Mongolian Siberian Ural Volga Carpathian Rhine Scandinavian
Celtic Gulf Arabian Persian Indus Ganges Deccan Bengal Malay Javan Sumatran Philippine
Polynesian Melanesian Tasman Patagonian Pampas Orinoco Yucatan Sonoran Appalachian
Great-Lakes Prairie Cascadia Hudson Labrador Yukon
""".split()

DOMAINS = [
    "Renewable Energy",
    "Digital Trade",
    "Electronic Commerce",
    "Industrial Development",
    "Agricultural Innovation",
    "Water Security",
    "Public Health",
    "Maritime Transport",
    "Financial Inclusion",
    "Small Business",
    "Clean Technology",
    "Urban Mobility",
    "Food Security",
    "Climate Resilience",
    "Vocational Training",
    "Textile Manufacturing",
    "Mineral Resources",
    "Rural Electrification",
    "Cyber Security",
    "Space Technology",
    "Sustainable Tourism",
    "Logistics",
    "Fisheries",
    "Forestry",
    "Semiconductors",
    "Biotechnology",
    "Telecommunications",
    "Artificial Intelligence",
    "Cultural Heritage",
    "Disaster Relief",
    "Housing",
    "Microfinance",
    "Export Promotion",
    "Customs Modernisation",
    "Women's Entrepreneurship",
    "Youth Employment",
    "Green Hydrogen",
    "Circular Economy",
    "Ocean Science",
    "Higher Education",
    "Medical Research",
    "Rail Infrastructure",
    "Aviation Safety",
    "Payment Systems",
    "Data Protection",
    "Solar Power",
    "Wind Power",
    "Battery Storage",
    "Coffee Trade",
    "Cocoa Production",
    "Dairy Farming",
    "Rice Research",
    "Irrigation",
    "Port Development",
    "Trade Facilitation",
    "Investment Promotion",
    "Standards and Quality",
    "Intellectual Property",
    "Open Government",
    "Statistics",
]

ORG_TYPES = """
Agency Council Authority Institute Foundation Association Federation Commission Bank
Fund Alliance Centre Network Board Corporation Organization Consortium Academy Society
Chamber Bureau Secretariat Forum Observatory Laboratory Partnership Cooperative Union
Group Holdings
""".split()

INIT_TYPES = """
Initiative Programme Platform Partnership Compact Facility Challenge Coalition Accelerator
Fund Mission Roadmap Strategy Network Hub
""".split()

ADJECTIVES = """
Global Regional International Joint United Inclusive Open Smart Green Blue Digital New
Integrated Sustainable Resilient Shared Future Strategic Common Creative
""".split()

EVENT_TYPES = "Summit Forum Conference Congress Dialogue Expo Roundtable Symposium".split()
AGREEMENT_TYPES = "Agreement Accord Memorandum Charter Protocol Framework Declaration".split()
TITLES = [
    "Director General",
    "Chief Executive Officer",
    "Executive Director",
    "President",
    "Chairman",
    "Secretary General",
    "Chief Economist",
    "Managing Director",
    "Head of Partnerships",
    "Minister of Trade",
    "Minister of Industry",
    "Deputy Director",
    "Founder",
    "Chief Technology Officer",
    "Vice President",
    "Ambassador",
    "Programme Manager",
    "Chief Scientist",
]
SYLLABLES = """
ka ri mo ve la sta tor ven mir dal zen ko ra ni ta sol bar lun kes tri vel nor ash qui
do fen gar hel ist jo ky mar nes ol pra rud sev tam ur vos wyn xa yel zor bri cal
""".split()
CITY_ENDINGS = ["", "a", "ia", "burg", "ton", "grad", "polis", "abad", "ville", "stad", "pur"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(slots=True)
class SynthEntity:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    shared_aliases: list[str] = field(default_factory=list)
    summary: str = ""
    title: str | None = None  # persons: their role title
    org: str | None = None  # persons: entity id of their organisation


@dataclass(slots=True)
class SynthQuestion:
    text: str
    fact_id: str
    expected: str  # a string the answer must contain (besides the fact itself)
    fact_text: str


@dataclass(frozen=True, slots=True)
class SynthRole:
    """A title as a release states it: held from ``date`` until a later role of the
    same person (the newest is current)."""

    entity: str
    title: str
    org: str  # entity id
    date: dt.date
    source: str


@dataclass(frozen=True, slots=True)
class SynthList:
    """The organisations a fact (or facts) name as having done something to ``target``."""

    relation: str  # "signed" or "joined"
    target: str  # entity id of the agreement or initiative
    members: tuple[str, ...]  # entity ids, in fact order


@dataclass(slots=True)
class SynthKB:
    directory: Path
    entities: list[SynthEntity]
    questions: list[SynthQuestion]
    speakers: list[str]  # entity ids with at least one quote
    counts: dict[str, int]
    # Every role statement, oldest first per person; (title, org id) pairs that an
    # "appointed" fact also names (their questions would have two right answers).
    roles: list[SynthRole] = field(default_factory=list)
    appointed: set[tuple[str, str]] = field(default_factory=set)
    lists: list[SynthList] = field(default_factory=list)

    by_id: dict[str, SynthEntity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-")[:40] or "x"


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in {"of", "and", "for"}]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


class _Names:
    """Draws unique names and aliases, enforcing the loader's one-owner-per-key rule."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.claimed: set[str] = set()  # normalised keys owned by one entity
        self.shared: set[str] = set()  # keys that are only ever shared aliases

    def claim(self, label: str) -> bool:
        key = normalize(label)
        if not key or key in self.claimed or key in self.shared:
            return False
        self.claimed.add(key)
        return True

    def unique(self, make: Any, tries: int = 50) -> str | None:
        for _ in range(tries):
            name = make()
            if self.claim(name):
                return name
        return None

    def city(self) -> str:
        rng = self.rng
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        return (word + rng.choice(CITY_ENDINGS)).capitalize()


def _person(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    last = rng.choice(SURNAMES)
    roll = rng.random()
    if roll < 0.25:
        return f"{first} {rng.choice('ABCDEFGHJKLMNOPRSTW')}. {last}"
    if roll < 0.35:
        return f"{first} {last}-{rng.choice(SURNAMES)}"
    if roll < 0.42:
        return f"{first} {rng.choice(FIRST)} {last}"
    return f"{first} {last}"


def _organization(rng: random.Random, names: _Names) -> str:
    roll = rng.random()
    if roll < 0.45:
        return f"{rng.choice(REGIONS)} {rng.choice(DOMAINS)} {rng.choice(ORG_TYPES)}"
    if roll < 0.65:
        return (
            f"{rng.choice(ORG_TYPES)} for {rng.choice(DOMAINS)} in the {rng.choice(REGIONS)} Region"
        )
    if roll < 0.85:
        return f"{rng.choice(SURNAMES)} {rng.choice(DOMAINS)} {rng.choice(['Group', 'Holdings', 'Company', 'Partners', 'Ltd'])}"
    return f"{names.city()} {rng.choice(DOMAINS)} {rng.choice(ORG_TYPES)}"


def _initiative(rng: random.Random) -> str:
    return f"{rng.choice(ADJECTIVES)} {rng.choice(REGIONS)} {rng.choice(DOMAINS)} {rng.choice(INIT_TYPES)}"


def _event(rng: random.Random, names: _Names) -> str:
    year = rng.randint(2005, 2025)
    where = rng.choice([rng.choice(REGIONS), names.city()])
    return f"{year} {where} {rng.choice(DOMAINS)} {rng.choice(EVENT_TYPES)}"


def _agreement(rng: random.Random) -> str:
    a, b = rng.sample(REGIONS, 2)
    year = rng.randint(2005, 2024)
    return f"{a}-{b} {rng.choice(DOMAINS)} {rng.choice(AGREEMENT_TYPES)} {year}-{year + rng.randint(2, 5)}"


KIND_WEIGHTS = [
    ("person", 0.40),
    ("organization", 0.33),
    ("initiative", 0.12),
    ("event", 0.05),
    ("place", 0.05),
    ("agreement", 0.05),
]


def _make_entities(rng: random.Random, n: int) -> list[SynthEntity]:
    names = _Names(rng)
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    entities: list[SynthEntity] = []
    honorifics: dict[str, list[SynthEntity]] = {}
    while len(entities) < n:
        kind = rng.choices(kinds, weights)[0]
        maker = {
            "person": lambda: _person(rng),
            "organization": lambda: _organization(rng, names),
            "initiative": lambda: _initiative(rng),
            "event": lambda: _event(rng, names),
            "place": names.city,
            "agreement": lambda: _agreement(rng),
        }[kind]
        name = names.unique(maker)
        if name is None:
            continue
        entity = SynthEntity(id=f"{_slug(name)}-{len(entities)}", name=name, kind=kind)
        aliases: list[str] = []
        if kind == "person":
            parts = name.replace(".", "").split()
            first, last = parts[0], parts[-1]
            if rng.random() < 0.3:
                aliases.append(f"{last} {first}")  # family name first
            if rng.random() < 0.3:
                aliases.append(f"{first[0]}. {last}")
            if rng.random() < 0.04:
                # An honorific every person with this surname may answer to.
                honorifics.setdefault(f"Dr {last}", []).append(entity)
        elif kind in ("organization", "initiative", "agreement"):
            acronym = _acronym(name.split(" 20")[0])
            if kind == "initiative" and rng.random() < 0.3:
                acronym = "e" + acronym  # mixed-case acronyms, like eWTP
            if 2 <= len(acronym) <= 8:
                aliases.append(acronym)
            if "Organization" in name:
                aliases.append(name.replace("Organization", "Organisation"))
            if "Centre" in name:
                aliases.append(name.replace("Centre", "Center"))
            if "Programme" in name:
                aliases.append(name.replace("Programme", "Program"))
            if name.startswith(tuple(ORG_TYPES)) and " for " in name:
                # "Council for Fisheries in the Nordic Region" -> "Nordic Fisheries Council"
                head, rest = name.split(" for ", 1)
                domain, region = rest.split(" in the ", 1)
                aliases.append(f"{region.removesuffix(' Region')} {domain} {head}")
        elif kind == "place" and rng.random() < 0.3:
            aliases.append(f"{name} City")
        entity.aliases = [a for a in aliases if names.claim(a)]
        entities.append(entity)
    for alias, owners in honorifics.items():
        key = normalize(alias)
        if key in names.claimed:
            continue
        names.shared.add(key)
        for owner in owners:
            owner.shared_aliases.append(alias)
    return entities


def _date(rng: random.Random) -> dt.date:
    return dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))


def _long_date(day: dt.date) -> str:
    return f"{day:%A}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def generate(directory: Path | str, n_entities: int, seed: int = 42) -> SynthKB:
    """Write a knowledge base of ``n_entities`` entities into ``directory``."""
    rng = random.Random(seed)
    root = Path(directory)
    (root / "releases").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(parents=True, exist_ok=True)

    entities = _make_entities(rng, n_entities)
    by_kind: dict[str, list[SynthEntity]] = {}
    for e in entities:
        by_kind.setdefault(e.kind, []).append(e)
    orgs = by_kind.get("organization") or entities
    people = by_kind.get("person") or entities
    inits = by_kind.get("initiative") or entities
    places = by_kind.get("place") or entities
    agreements = by_kind.get("agreement") or entities
    for person in people:
        person.title = rng.choice(TITLES)
        person.org = rng.choice(orgs).id
    by_id = {e.id: e for e in entities}
    for e in entities:
        e.summary = {
            "person": f"{e.title} of {by_id[e.org].name}." if e.org else "A person.",
            "organization": f"An organisation working on {rng.choice(DOMAINS).lower()}.",
            "initiative": f"An initiative for {rng.choice(DOMAINS).lower()} cooperation.",
            "event": "A meeting of partners.",
            "place": "A city where partners meet.",
            "agreement": "A cooperation agreement between partners.",
        }[e.kind]

    n_sources = max(1, n_entities // 10)
    questions: list[SynthQuestion] = []
    speakers: set[str] = set()
    counts = {"sources": n_sources, "entities": 0, "quotes": 0, "facts": 0, "roles": 0}
    chunk = -(-len(entities) // n_sources)
    fact_no = 0
    quote_no = 0
    used_keys: set[tuple[Any, ...]] = set()
    appointed: set[tuple[str, str]] = set()
    signed: dict[str, tuple[str, str]] = {}
    joined: dict[str, list[str]] = {}
    # Release files are written once every release is drawn: later releases restate
    # some people's roles (_role_history), which needs every release's date.
    docs: list[dict[str, Any]] = []

    def spoken(e: SynthEntity) -> str:
        """How a fact names an entity: usually its name, sometimes its acronym."""
        if e.aliases and e.kind != "person" and rng.random() < 0.15 and e.aliases[0].isupper():
            return e.aliases[0]
        return e.name

    for s in range(n_sources):
        local = entities[s * chunk : (s + 1) * chunk]
        if not local:
            local = [rng.choice(entities)]
        sid = f"release-{s:06d}"
        day = _date(rng)
        city = rng.choice(places)
        publisher = rng.choice(["PR Newswire", "Business Wire", "GlobeNewswire", "UN News"])
        local_people = [e for e in local if e.kind == "person"] or [rng.choice(people)]
        local_orgs = [e for e in local if e.kind == "organization"] or [rng.choice(orgs)]

        def pick_person() -> SynthEntity:
            return rng.choice(local_people) if rng.random() < 0.7 else rng.choice(people)  # noqa: B023

        def pick_org() -> SynthEntity:
            return rng.choice(local_orgs) if rng.random() < 0.7 else rng.choice(orgs)  # noqa: B023

        facts: list[dict[str, Any]] = []
        paragraphs: list[str] = []
        made = 0
        while made < 15:
            fid = f"fact-{fact_no:07d}"
            template = rng.randrange(7)
            fact: dict[str, Any] = {"id": fid}
            if template == 0:
                a, b = pick_person(), pick_person()
                if a.id == b.id:
                    b = rng.choice(people)
                when = _date(rng)
                where = rng.choice(places)
                org = by_id[a.org] if a.org else pick_org()
                domain = rng.choice(DOMAINS).lower()
                text = f"{a.name}, {a.title} of {spoken(org)}, and {b.name} met on {_long_date(when)} in {where.name} to discuss {domain} cooperation."
                fact |= {"about": [a.id, b.id, org.id], "date": when.isoformat(), "place": where.id}
                key = ("meet", *sorted((a.id, b.id)))
                q = rng.choice(
                    [
                        (f"When did {a.name} and {b.name} meet?", str(when.year)),
                        (f"Where did {a.name} and {b.name} meet?", where.name),
                    ]
                )
            elif template == 1:
                org, init = pick_org(), rng.choice(inits)
                year = rng.randint(2005, 2024)
                domain = rng.choice(DOMAINS).lower()
                text = f"{spoken(org)} launched the {init.name} in {year} to promote {domain} in the {rng.choice(REGIONS)} region."
                fact |= {"about": [org.id, init.id], "date": str(year)}
                key = ("launch", init.id)
                q = rng.choice(
                    [
                        (f"What did {org.name} launch in {year}?", init.name),
                        (f"When was the {init.name} launched?", str(year)),
                    ]
                )
            elif template == 2:
                person, org = pick_person(), pick_org()
                when = _date(rng)
                title = rng.choice(TITLES)
                text = f"{person.name} was appointed {title} of {spoken(org)} in {MONTHS[when.month - 1]} {when.year}."
                fact |= {"about": [person.id, org.id], "date": f"{when.year}-{when.month:02d}"}
                key = ("appoint", org.id, when.year)
                appointed.add((title, org.id))
                q = (f"Who was appointed {title} of {org.name} in {when.year}?", person.name)
            elif template == 3:
                org, where = pick_org(), rng.choice(places)
                domain = rng.choice(DOMAINS).lower()
                text = (
                    f"{spoken(org)} opened a regional office in {where.name} focused on {domain}."
                )
                fact |= {"about": [org.id], "place": where.id}
                key = ("office", org.id)
                q = (f"Where did {org.name} open a regional office?", where.name)
            elif template == 4:
                org, init = pick_org(), rng.choice(inits)
                amount = rng.randint(2, 900)
                text = f"{spoken(org)} committed {amount} million dollars to the {init.name}."
                fact |= {"about": [org.id, init.id]}
                key = ("commit", org.id)
                q = (f"How much did {org.name} commit to the {init.name}?", f"{amount} million")
            elif template == 5:
                a, b = pick_org(), pick_org()
                if a.id == b.id:
                    b = rng.choice(orgs)
                agreement = rng.choice(agreements)
                when = _date(rng)
                text = f"{spoken(a)} and {spoken(b)} signed the {agreement.name} on {_long_date(when)}."
                fact |= {"about": [agreement.id, a.id, b.id], "date": when.isoformat()}
                key = ("sign", agreement.id)
                if key not in used_keys and a.id != b.id:
                    signed[agreement.id] = (a.id, b.id)
                q = rng.choice(
                    [
                        (f"Who signed the {agreement.name}?", a.name),
                        (f"When was the {agreement.name} signed?", str(when.year)),
                    ]
                )
            else:
                org, init = pick_org(), rng.choice(inits)
                text = f"{spoken(org)} joined the {init.name} as a founding member."
                fact |= {"about": [org.id, init.id]}
                key = ("join", org.id)
                if key not in used_keys:
                    joined.setdefault(init.id, []).append(org.id)
                q = (f"What did {org.name} join as a founding member?", init.name)
            # Each question has one right answer: a second fact of the same shape
            # ("X opened a regional office in ...") would make it ambiguous.
            if key in used_keys:
                continue
            used_keys.add(key)
            fact_no += 1
            made += 1
            fact["text"] = text
            facts.append(fact)
            paragraphs.append(text)
            questions.append(SynthQuestion(q[0], fid, q[1], text))

        quotes: list[dict[str, Any]] = []
        for _ in range(10):
            speaker = pick_person() if rng.random() < 0.8 else pick_org()
            org = by_id[speaker.org] if speaker.org else speaker
            init = rng.choice(inits)
            domain = rng.choice(DOMAINS).lower()
            text = rng.choice(
                [
                    f"Our partnership with {org.name} will help {domain} reach young people and women across the {rng.choice(REGIONS)} region.",
                    f"The {init.name} is very much in line with our mandate, and it has the potential to transform {domain}.",
                    f"We are proud to support the {init.name}, because {domain} is where small businesses find new markets.",
                    f"Cooperation on {domain} is in particular valuable, since technology will be combined with traditional industries.",
                ]
            )
            qid = f"quote-{quote_no:07d}"
            quote_no += 1
            quotes.append(
                {"id": qid, "speaker": speaker.id, "about": [init.id, org.id], "text": text}
            )
            speakers.add(speaker.id)
            who = (
                f"{speaker.name}, {speaker.title} of {by_id[speaker.org].name}"
                if speaker.org
                else speaker.name
            )
            paragraphs.append(f"“{text}” said {who}.")
        rng.shuffle(paragraphs)

        roles = [
            {"entity": e.id, "title": e.title, "organization": e.org}
            for e in local
            if e.kind == "person" and e.title
        ]
        title = (
            f"{local_orgs[0].name} and partners announce {rng.choice(DOMAINS).lower()} cooperation"
        )
        text_body = f"{city.name}, {day:%B} {day.day}, {day.year} /{publisher}/ -- {title}.\n\n"
        text_body += "\n\n".join(paragraphs) + "\n"
        (root / "sources" / f"{sid}.txt").write_text(text_body, encoding="utf-8")
        doc = {
            "source": {
                "id": sid,
                "title": title[:300],
                "publisher": publisher,
                "date": day,
                "dateline": {"city": city.name, "country": rng.choice(REGIONS) + " Republic"},
                "text": f"../sources/{sid}.txt",
            },
            "entities": [_entity_doc(e) for e in local] if s * chunk < len(entities) else [],
            "roles": roles if s * chunk < len(entities) else [],
            "quotes": quotes,
            "facts": facts,
        }
        counts["entities"] += len(doc["entities"])
        counts["quotes"] += len(quotes)
        counts["facts"] += len(facts)
        docs.append(doc)

    roles = _role_history(random.Random(seed + 7), docs, orgs)
    for doc in docs:
        counts["roles"] += len(doc["roles"])
        sid = doc["source"]["id"]
        with (root / "releases" / f"{sid}.yaml").open("w", encoding="utf-8") as fh:
            yaml.dump(doc, fh, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)

    lists = [SynthList("signed", target, pair) for target, pair in signed.items()]
    lists += [
        SynthList("joined", target, tuple(members))
        for target, members in joined.items()
        if len(members) >= 2
    ]
    return SynthKB(
        directory=root,
        entities=entities,
        questions=questions,
        speakers=sorted(speakers),
        counts=counts,
        roles=roles,
        appointed=appointed,
        lists=lists,
    )


# The share of people who get a new title in a later release, and how much later.
PROMOTED_SHARE = 0.2
PROMOTION_MIN_DAYS = 2 * 365


def _role_history(
    rng: random.Random,
    docs: list[dict[str, Any]],
    orgs: list[SynthEntity],
) -> list[SynthRole]:
    """Give PROMOTED_SHARE of the people a new title in a release at least
    PROMOTION_MIN_DAYS after the one that declared them (added to that release's
    ``roles``), and return every role statement, oldest first per person.

    Drawn from its own ``rng``, so the rest of the base is the same as without it."""
    statements: list[SynthRole] = []
    promotions: list[tuple[int, dict[str, Any]]] = []
    for doc in docs:
        day = doc["source"]["date"]
        sid = doc["source"]["id"]
        for role in doc["roles"]:
            first = SynthRole(role["entity"], role["title"], role["organization"], day, sid)
            statements.append(first)
            if rng.random() >= PROMOTED_SHARE:
                continue
            for _ in range(20):
                later = rng.randrange(len(docs))
                if (docs[later]["source"]["date"] - day).days >= PROMOTION_MIN_DAYS:
                    break
            else:
                continue
            title = rng.choice([t for t in TITLES if t != first.title])
            org = first.org if rng.random() < 0.6 else rng.choice(orgs).id
            new = {"entity": first.entity, "title": title, "organization": org}
            promotions.append((later, new))
            statements.append(
                SynthRole(
                    first.entity,
                    title,
                    org,
                    docs[later]["source"]["date"],
                    docs[later]["source"]["id"],
                )
            )
    for later, role in promotions:
        docs[later]["roles"].append(role)
    return statements


def _entity_doc(e: SynthEntity) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": e.id, "name": e.name, "kind": e.kind, "summary": e.summary}
    if e.aliases:
        doc["aliases"] = e.aliases
    if e.shared_aliases:
        doc["shared_aliases"] = e.shared_aliases
    return doc


def add_release(directory: Path | str, number: int, *, seed: int = 42) -> dict[str, int]:
    """Write one more release into a knowledge base made by ``generate``: the "a new
    release arrives" step of issue 12's incremental-reload benchmark.

    Like one of ``generate``'s releases (10 entities, 15 facts, 10 quotes), with names
    made unique by ``number`` so that nothing collides with the base; its facts and
    quotes also mention entities of the base (read back from ``releases/``), as a real
    new release would. Returns the counts it adds.
    """
    rng = random.Random(seed * 1_000_003 + number)
    root = Path(directory)
    sid = f"release-new-{number:04d}"
    # Any existing release names the base's entities; the first one is enough.
    first = min((root / "releases").glob("*.yaml"))
    base = yaml.load(
        first.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    known = [e["id"] for e in base.get("entities") or []] or [
        f["about"][0] for f in base.get("facts") or []
    ]
    word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    people = [
        {
            "id": f"new-{number}-person-{i}",
            "name": f"{rng.choice(FIRST)} {word}{'abcdefghij'[i]} Release{number}",
            "kind": "person",
            "summary": "A person who joined the partnership in a new release.",
        }
        for i in range(6)
    ]
    orgs = [
        {
            "id": f"new-{number}-org-{i}",
            "name": f"{word} {rng.choice(ORG_TYPES)} {i + 1} of Release {number}",
            "kind": "organization",
            "summary": "An organisation that joined in a new release.",
        }
        for i in range(4)
    ]
    roles = [
        {"entity": p["id"], "title": rng.choice(TITLES), "organization": rng.choice(orgs)["id"]}
        for p in people
    ]
    day = dt.date(2025, 1, 1) + dt.timedelta(days=number % 365)
    facts = []
    for i in range(15):
        org, other = rng.choice(orgs), rng.choice(known)
        domain = rng.choice(DOMAINS).lower()
        facts.append(
            {
                "id": f"fact-new-{number}-{i}",
                "text": f"{org['name']} agreed to work on {domain} with its partners ({i + 1}).",
                "about": [org["id"], other],
            }
        )
    quotes = []
    paragraphs = [f["text"] for f in facts]
    for i in range(10):
        speaker = people[i % len(people)]
        text = f"We will bring {rng.choice(DOMAINS).lower()} to more partners, step {i + 1}."
        quotes.append(
            {
                "id": f"quote-new-{number}-{i}",
                "speaker": speaker["id"],
                "about": [known[0]],
                "text": text,
            }
        )
        paragraphs.append(f"“{text}” said {speaker['name']}.")
    title = f"{orgs[0]['name']} and partners announce new cooperation"
    (root / "sources" / f"{sid}.txt").write_text(
        f"Geneva, {day:%B} {day.day}, {day.year} /UN News/ -- {title}.\n\n"
        + "\n\n".join(paragraphs)
        + "\n",
        encoding="utf-8",
    )
    doc = {
        "source": {
            "id": sid,
            "title": title,
            "publisher": "UN News",
            "date": day,
            "dateline": {"city": "Geneva", "country": "Switzerland"},
            "text": f"../sources/{sid}.txt",
        },
        "entities": people + orgs,
        "roles": roles,
        "quotes": quotes,
        "facts": facts,
    }
    with (root / "releases" / f"{sid}.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return {
        "sources": 1,
        "entities": len(people) + len(orgs),
        "roles": len(roles),
        "quotes": len(quotes),
        "facts": len(facts),
    }
