"""Answer-quality cases, each as its own test.

``answers.json`` is a copy of ``shared/eval/answers.json``. ``heldout_team*.json`` were
written by teammates who had not read the code (other wordings, chat phrasing, typos,
aliases, abstentions), in the same format, to check that the behaviour is general
rather than fitted. ``blind_set*_bundled.json`` and ``blind_set*_kb_five.json`` are the
blind sets written from the release texts only, for the bundled release and for the
five-release fixture (``tests/fixtures/kb_five``). ``blind_set_textile.json`` is the
sealed held-out base of session 4 (``tests/fixtures/kb_textile``, first run 113/129 = 87.6%);
``blind_set_seedbank.json`` that of session 5 (``tests/fixtures/kb_seedbank``, first run
90/111 = 81.1%); ``blind_base9_peatland.json`` that of session 6 (``tests/fixtures/kb_peatland``,
first run 96/116 = 82.8%); ``blind_base10_coldchain.json`` session 7's blind development base
(``tests/fixtures/kb_coldchain``, first run 104/115 = 90.4%); ``blind_set13_*.json`` and
``blind_base11_harbour.json`` (``tests/fixtures/kb_harbour``) session 7's sealed sets, run once
(94.0%, 91.6% and 83.6%); ``blind_base12_canopy.json`` session 8's blind development base
(``tests/fixtures/kb_canopy``, first run 103/122 = 84.4%); ``blind_set14_*.json`` session 8's
blind development sets (first run 92.7% and 90.9%); ``blind_set15_*.json`` and
``blind_base13_broadband.json`` (``tests/fixtures/kb_broadband``) its sealed sets, run once
(91.9%, 91.7% and 85.0%); ``blind_base14_wildfire.json`` session 9's blind development base
(``tests/fixtures/kb_wildfire``, first run 106/120 = 88.3%); ``blind_base15_offshore.json`` its
sealed base (``tests/fixtures/kb_offshore``, run once: 107/114 = 93.9%); ``blind_set16_*.json``
its blind development sets (first run 93.2% and 93.6%) and ``blind_set17_*.json`` its sealed
sets (run once: 93.4% and 96.2%). ``blind_set18_*.json`` are session 10's blind development sets
(first run 96.3% and 95.2%) and ``blind_set19_*.json`` its sealed sets (run once: 92.7% and
95.0%); ``blind_set20_*.json`` session 11's blind development sets (first run 91.1% and 86.8%)
and ``blind_set21_*.json`` its sealed sets (run once: 95.0% and 88.8%).
``blind_base16_reef.json`` is session 10's blind development
base (``tests/fixtures/kb_reef``, first run 100/117 = 85.5%). ``blind_base17_battery.json`` is
session 10's sealed base (``tests/fixtures/kb_battery``, first run 106/118 = 89.8%).
``blind_base18_hyhaul.json`` is session 11's blind development base (``tests/fixtures/kb_hyhaul``,
first run 108/130 = 83.1%).
``blind_base19_storysteps.json`` is session 11's sealed base 19 (``tests/fixtures/kb_storysteps``,
run once: 99/119 = 83.2%), then development material.
``newcomer9_cable.json`` holds the questions of session 9's newcomer trial on the base they
ingested and reviewed themselves (``tests/fixtures/kb_cable``); ``newcomer10_airamb.json`` those
of session 10's (``tests/fixtures/kb_airamb``, 41 of ~62 right in the trial);
``newcomer11_floodsms.json`` those of session 11's (``tests/fixtures/kb_floodsms``, 66 of 82
right in the trial); ``newcomer12_radio.json`` those of session 12's (``tests/fixtures/kb_radio``,
105 of 134 right in the trial). ``blind_set22_*.json`` are session 12's blind development sets
(first run 98.3% and 90.0%) and ``blind_base20_microgrid.json`` its blind development base
(``tests/fixtures/kb_microgrid``, first run 141/169 = 83.4%); ``blind_set23_*.json`` its sealed sets (run once:
98.4% and 94.4%) and ``blind_base21_eyecare.json`` its sealed base (``tests/fixtures/kb_eyecare``,
run once: 132/168 = 78.6%). ``blind_set24_*.json`` are session 13's blind development sets
(first run 95.1% and 92.9%), ``blind_base22_signlink.json`` its blind development base
(``tests/fixtures/kb_signlink``, first run 136/162 = 84.0%) and ``newcomer13_foodrescue.json``
its newcomer's questions (``tests/fixtures/kb_foodrescue``, 107 of 127 right in the trial);
``blind_set25_*.json`` its sealed sets (run once: 96.1% and 98.7%) and
``blind_base23_slopewatch.json`` its sealed base (``tests/fixtures/kb_slopewatch``, run once:
159/181 = 87.8%). ``blind_base24_classbridge.json`` is session 14's blind development base
(``tests/fixtures/kb_classbridge``, first run 131/164 = 79.9%); ``blind_set26_*.json`` its sealed
sets (run once: 95.1% and 96.9%) and ``blind_base25_crewline.json`` its sealed base
(``tests/fixtures/kb_crewline``, run once: 123/149 = 82.6%). ``newcomer15_compost.json`` is
session 15's newcomer's questions (``tests/fixtures/kb_compost``, 116/128 on the trial's
first run). ``blind_set27_*.json`` are session 15's blind development sets
(first run 98.0% and 96.7%) and ``blind_base26_bloomway.json`` its blind development base
(``tests/fixtures/kb_bloomway``, first run 140/150 = 93.3%); ``blind_set28_*.json`` its sealed
sets (run once: 96.0% and 97.5%) and ``blind_base27_njia.json`` its sealed base
(``tests/fixtures/kb_njia``, run once: 133/150 = 88.7%). ``blind_base28_greywater.json`` is
session 16's blind development base (``tests/fixtures/kb_greywater``, first run 131/150 =
87.3%). ``newcomer16_mendlend.json`` is
session 16's newcomer's questions (``tests/fixtures/kb_mendlend``, asked on 2026-12-01, 108/125
on the trial's first run). ``blind_base30_mulimi.json`` is session 16's second blind
development base (``tests/fixtures/kb_mulimi``, written while the session's fixes were being
made: 130/150 = 86.7% on the code before them, 133/150 on the code with half of them merged);
``blind_base29_freshtide.json`` its sealed base (``tests/fixtures/kb_freshtide``, run once on
the session's final code: 133/150 = 88.7%, the same cases failing as on the code before the
session). A case's optional
``blind_base31_playgrounds.json`` is session 17's blind development base
(``tests/fixtures/kb_playgrounds``, first run 121/150 = 80.7% on the code before the session).
``blind_base34_ferries.json`` is session 18's blind development base
(``tests/fixtures/kb_ferries``, first run 127/150 = 84.7% on the code before the session).
``blind_base33_makerlink.json`` is its sealed base (``tests/fixtures/kb_makerlink``, run once on
the session's final code: 138/150 = 92.0%; 137/150 on the code before the session).
``blind_base35_spongeparks.json`` is a blind base written at the session's end
(``tests/fixtures/kb_spongeparks``, run once on the final code: 92/100, and 92/100 on the code before
the session). ``newcomer18_bikelibrary.json`` is its newcomer's questions (``tests/fixtures/kb_bikelibrary``,
109/113 on the trial's first run).
A case's optional ``today`` (YYYY-MM-DD) is the date it is asked on.
Each set was first run blind, then kept as a regression test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

import pytest

from bot import limits
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.conftest import DATA
from tests.kbpaths import (
    KB_AIRAMB,
    KB_BATTERY,
    KB_BIKELIBRARY,
    KB_BLOOMWAY,
    KB_BROADBAND,
    KB_CABLE,
    KB_CANOPY,
    KB_CLASSBRIDGE,
    KB_COLDCHAIN,
    KB_COMPOST,
    KB_CREWLINE,
    KB_EYECARE,
    KB_FERRIES,
    KB_FIVE,
    KB_FLOODSMS,
    KB_FOODRESCUE,
    KB_FRESHTIDE,
    KB_GREYWATER,
    KB_HARBOUR,
    KB_HEATREFUGE,
    KB_HYHAUL,
    KB_MAKERLINK,
    KB_MENDLEND,
    KB_MICROGRID,
    KB_MULIMI,
    KB_NJIA,
    KB_OFFSHORE,
    KB_PEATLAND,
    KB_PLAYGROUNDS,
    KB_RADIO,
    KB_REEF,
    KB_ROOFTOP,
    KB_SEEDBANK,
    KB_SIGNLINK,
    KB_SLOPEWATCH,
    KB_SPONGEPARKS,
    KB_STORYSTEPS,
    KB_TEXTILE,
    KB_WILDFIRE,
)

BUNDLED_CITATION = "Source: PR Newswire, Hangzhou, China, 2018-04-21"


class CaseSet(NamedTuple):
    file: str
    # "bundled" (tests/fixtures/kb_seed), "kb_five", "kb_textile", "kb_seedbank",
    # "kb_peatland", "kb_coldchain", "kb_harbour", "kb_canopy", "kb_broadband",
    # "kb_wildfire", "kb_offshore", "kb_cable", "kb_airamb", "kb_reef", "kb_battery",
    # "kb_floodsms", "kb_hyhaul", "kb_storysteps", "kb_microgrid", "kb_radio", "kb_eyecare",
    # "kb_signlink", "kb_foodrescue", "kb_slopewatch", "kb_classbridge", "kb_crewline" or
    # "kb_compost", "kb_bloomway", "kb_njia", "kb_greywater",
    # "kb_mendlend", "kb_mulimi", "kb_freshtide", "kb_playgrounds", "kb_rooftop",
    # "kb_heatrefuge", "kb_bikelibrary", "kb_ferries", "kb_makerlink",
    # "kb_spongeparks"
    knowledge: str


SETS = (
    CaseSet("answers.json", "bundled"),
    CaseSet("heldout_team.json", "bundled"),
    CaseSet("heldout_team2.json", "bundled"),
    CaseSet("heldout_team3.json", "bundled"),
    CaseSet("blind_set1_bundled.json", "bundled"),
    CaseSet("blind_set1_kb_five.json", "kb_five"),
    CaseSet("blind_set2_bundled.json", "bundled"),
    CaseSet("blind_set2_kb_five.json", "kb_five"),
    CaseSet("blind_set3_bundled.json", "bundled"),
    CaseSet("blind_set3_kb_five.json", "kb_five"),
    CaseSet("blind_set4_bundled.json", "bundled"),
    CaseSet("blind_set4_kb_five.json", "kb_five"),
    CaseSet("blind_set5_bundled.json", "bundled"),
    CaseSet("blind_set5_kb_five.json", "kb_five"),
    CaseSet("blind_set6_bundled.json", "bundled"),
    CaseSet("blind_set6_kb_five.json", "kb_five"),
    CaseSet("blind_set7_bundled.json", "bundled"),
    CaseSet("blind_set7_kb_five.json", "kb_five"),
    CaseSet("blind_set8_bundled.json", "bundled"),
    CaseSet("blind_set8_kb_five.json", "kb_five"),
    CaseSet("blind_set9_bundled.json", "bundled"),
    CaseSet("blind_set9_kb_five.json", "kb_five"),
    CaseSet("blind_set10_bundled.json", "bundled"),
    CaseSet("blind_set10_kb_five.json", "kb_five"),
    CaseSet("blind_set11_bundled.json", "bundled"),
    CaseSet("blind_set11_kb_five.json", "kb_five"),
    CaseSet("blind_set12_bundled.json", "bundled"),
    CaseSet("blind_set12_kb_five.json", "kb_five"),
    CaseSet("blind_base9_peatland.json", "kb_peatland"),
    CaseSet("blind_base10_coldchain.json", "kb_coldchain"),
    CaseSet("blind_set13_bundled.json", "bundled"),
    CaseSet("blind_set13_kb_five.json", "kb_five"),
    CaseSet("blind_base11_harbour.json", "kb_harbour"),
    CaseSet("blind_base12_canopy.json", "kb_canopy"),
    CaseSet("blind_set14_bundled.json", "bundled"),
    CaseSet("blind_set14_kb_five.json", "kb_five"),
    CaseSet("blind_set15_bundled.json", "bundled"),
    CaseSet("blind_set15_kb_five.json", "kb_five"),
    CaseSet("blind_base13_broadband.json", "kb_broadband"),
    CaseSet("blind_set16_bundled.json", "bundled"),
    CaseSet("blind_set16_kb_five.json", "kb_five"),
    CaseSet("blind_set17_bundled.json", "bundled"),
    CaseSet("blind_set17_kb_five.json", "kb_five"),
    CaseSet("blind_set18_bundled.json", "bundled"),
    CaseSet("blind_set18_kb_five.json", "kb_five"),
    CaseSet("blind_set19_bundled.json", "bundled"),
    CaseSet("blind_set19_kb_five.json", "kb_five"),
    CaseSet("blind_set20_bundled.json", "bundled"),
    CaseSet("blind_set20_kb_five.json", "kb_five"),
    CaseSet("blind_set21_bundled.json", "bundled"),
    CaseSet("blind_set21_kb_five.json", "kb_five"),
    CaseSet("blind_base14_wildfire.json", "kb_wildfire"),
    CaseSet("blind_base15_offshore.json", "kb_offshore"),
    CaseSet("blind_set_textile.json", "kb_textile"),
    CaseSet("blind_set_seedbank.json", "kb_seedbank"),
    CaseSet("newcomer9_cable.json", "kb_cable"),
    CaseSet("newcomer10_airamb.json", "kb_airamb"),
    CaseSet("blind_base16_reef.json", "kb_reef"),
    CaseSet("blind_base17_battery.json", "kb_battery"),
    CaseSet("newcomer11_floodsms.json", "kb_floodsms"),
    CaseSet("blind_base18_hyhaul.json", "kb_hyhaul"),
    CaseSet("blind_base19_storysteps.json", "kb_storysteps"),
    CaseSet("blind_set22_bundled.json", "bundled"),
    CaseSet("blind_set22_kb_five.json", "kb_five"),
    CaseSet("blind_base20_microgrid.json", "kb_microgrid"),
    CaseSet("newcomer12_radio.json", "kb_radio"),
    CaseSet("blind_set23_bundled.json", "bundled"),
    CaseSet("blind_set23_kb_five.json", "kb_five"),
    CaseSet("blind_base21_eyecare.json", "kb_eyecare"),
    CaseSet("blind_set24_bundled.json", "bundled"),
    CaseSet("blind_set24_kb_five.json", "kb_five"),
    CaseSet("blind_base22_signlink.json", "kb_signlink"),
    CaseSet("newcomer13_foodrescue.json", "kb_foodrescue"),
    CaseSet("blind_set25_bundled.json", "bundled"),
    CaseSet("blind_set25_kb_five.json", "kb_five"),
    CaseSet("blind_base23_slopewatch.json", "kb_slopewatch"),
    CaseSet("blind_base24_classbridge.json", "kb_classbridge"),
    CaseSet("blind_set26_bundled.json", "bundled"),
    CaseSet("blind_set26_kb_five.json", "kb_five"),
    CaseSet("blind_base25_crewline.json", "kb_crewline"),
    CaseSet("newcomer15_compost.json", "kb_compost"),
    CaseSet("blind_set27_bundled.json", "bundled"),
    CaseSet("blind_set27_kb_five.json", "kb_five"),
    CaseSet("blind_base26_bloomway.json", "kb_bloomway"),
    CaseSet("blind_set28_bundled.json", "bundled"),
    CaseSet("blind_set28_kb_five.json", "kb_five"),
    CaseSet("blind_base27_njia.json", "kb_njia"),
    CaseSet("blind_base28_greywater.json", "kb_greywater"),
    CaseSet("newcomer16_mendlend.json", "kb_mendlend"),
    CaseSet("blind_base30_mulimi.json", "kb_mulimi"),
    CaseSet("blind_base29_freshtide.json", "kb_freshtide"),
    CaseSet("blind_base31_playgrounds.json", "kb_playgrounds"),
    CaseSet("newcomer17_rooftop.json", "kb_rooftop"),
    CaseSet("blind_base32_heatrefuge.json", "kb_heatrefuge"),
    CaseSet("newcomer18_bikelibrary.json", "kb_bikelibrary"),
    CaseSet("blind_base34_ferries.json", "kb_ferries"),
    CaseSet("blind_base33_makerlink.json", "kb_makerlink"),
    CaseSet("blind_base35_spongeparks.json", "kb_spongeparks"),
)

# Known gaps, (file, message) -> the kind of question the engine does not understand
# yet, or why the case's expectation is debatable. Strict: a fix shows up as XPASS.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    (
        "blind_base35_spongeparks.json",
        "who was Sunita Vale's predecessor?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-predecessor)",
    (
        "blind_base35_spongeparks.json",
        "who comes after oyelaran at the water board and when",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-successor)",
    (
        "blind_base35_spongeparks.json",
        "how many parks were added between 2022 and 2026?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-growth)",
    (
        "blind_base35_spongeparks.json",
        "how much did the parks' storage increase from 2024 to 2026?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-growth)",
    (
        "blind_base35_spongeparks.json",
        "what flood-storage target was the programme working toward in 2023?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-goal)",
    (
        "blind_base35_spongeparks.json",
        "by how much did they miss the 2025 goal?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (time-goal)",
    (
        "blind_base35_spongeparks.json",
        "where does the engineering firm have offices?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (description)",
    (
        "blind_base35_spongeparks.json",
        "who is the chief executive of Halvorsen Tarrant Engineering?",
    ): "a blind case failing on its one run (session 18, written at its end); no kind fix has followed yet (not-found)",
    (
        "blind_base33_makerlink.json",
        "who is the CEO of kelvara?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-current-title)",
    (
        "blind_base33_makerlink.json",
        "when did gareth oduya join tidewater public libraries?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-when)",
    (
        "blind_base33_makerlink.json",
        "where was the first makerlink print fair",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-first)",
    (
        "blind_base33_makerlink.json",
        "how many people work at Kelvera 3D?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-figure-newest)",
    (
        "blind_base33_makerlink.json",
        "how much is the Ferncastle trust's first grant per year?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-money)",
    (
        "blind_base33_makerlink.json",
        "how much is the Kelvara renewal per year?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-money)",
    (
        "blind_base33_makerlink.json",
        "which came first, Carvalho becoming chief executive or Haddad becoming CEO?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-before-after)",
    (
        "blind_base33_makerlink.json",
        "!timeline PrintVan",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (time-timeline)",
    (
        "blind_base33_makerlink.json",
        "when did Makerlink close its Truro makerspace?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (false-premise)",
    (
        "blind_base33_makerlink.json",
        "what did velde say about ships?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (same-surname)",
    (
        "blind_base33_makerlink.json",
        "which libraries had makerlink's first three makerspaces?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (list)",
    (
        "blind_base33_makerlink.json",
        "how many students came to the 2019 print fair?",
    ): "a sealed case failing on its one run (session 18); no kind fix has followed yet (not-found)",
    (
        "blind_base34_ferries.json",
        "when did the whole ashcombe fleet go electric?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-when)",
    (
        "blind_base34_ferries.json",
        "when did Clean Crossings win the River Transport Award?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-when)",
    (
        "blind_base34_ferries.json",
        "which was the first electric ferry on the ashcombe river?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-first)",
    (
        "blind_base34_ferries.json",
        "how many electric ferries were in service at the end of 2022?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-figure-year)",
    (
        "blind_base34_ferries.json",
        "how many people work at sundqvist's port kellan plant?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-figure-newest)",
    (
        "blind_base34_ferries.json",
        "give me the history of the ferries' carbon dioxide emissions",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-figure-history)",
    (
        "blind_base34_ferries.json",
        "how much did ferry co2 emissions fall from 2016 to 2025?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-growth)",
    (
        "blind_base34_ferries.json",
        "how many more electric ferries were there at the end of 2022 than in february 2021?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-growth)",
    (
        "blind_base34_ferries.json",
        "how far short of the 2022 target was ARTA?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-goal)",
    (
        "blind_base34_ferries.json",
        "why did clean crossings miss its 2022 goal?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-goal)",
    (
        "blind_base34_ferries.json",
        "how much is the Haldane contract worth?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-money)",
    (
        "blind_base34_ferries.json",
        "what is the City's CAD 20 million for?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (time-money)",
    (
        "blind_base34_ferries.json",
        "who runs the swedish battery maker?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (description)",
    (
        "blind_base34_ferries.json",
        "when will sundqvist open a plant in norway?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (not-found)",
    (
        "blind_base34_ferries.json",
        "who chairs the board of sundqvist cell technologies?",
    ): "a dev case failing on its first run (session 18); no kind fix yet (not-found)",
    (
        "blind_set15_bundled.json",
        "who set up the Hangzhou company where the talks took place?",
    ): "a sealed case failing on its one run (session 8); no kind fix has followed yet (description with a relative clause (two hops))",
    (
        "blind_set15_bundled.json",
        "@partnerbot did Jack Ma think working with UNIDO was worthwhile?",
    ): "a sealed case failing on its one run (session 8); no kind fix has followed yet (yes/no judged from a quote's wording)",
    ("blind_set10_bundled.json", "!quote"): (
        "debatable expectation: an empty !quote is usage (with the speakers listed), as every"
        " command with a missing argument is, not an answer quoting everyone"
    ),
    (
        "blind_base9_peatland.json",
        "what is Aoife Brennan's nationality?",
    ): 'debatable: the reply is an honest not_found in words the case does not list ("don\'t give", "say nothing dated")',
    (
        "blind_base9_peatland.json",
        "who won the 2024 Eurovision song contest?",
    ): 'debatable: the reply is an honest not_found in words the case does not list ("don\'t give", "say nothing dated")',
    ("blind_set13_bundled.json", "!quote"): (
        "debatable: an empty !quote is a usage reply listing the speakers (as blind set 10's)"
    ),
    (
        "blind_set13_bundled.json",
        "@partnerbot give me a one-liner on the eWTP for a briefing note",
    ): "a sealed case failing on its one run (session 7); no kind fix has followed yet (definition)",
    (
        "blind_base11_harbour.json",
        "how many members did the consortium gain between its founding and 2026?",
    ): "a sealed case failing on its one run (session 7); no kind fix has followed yet (arithmetic)",
    (
        "blind_base12_canopy.json",
        "what species of trees does the alliance plant?",
    ): (
        "unstated category (not_found): 'species' is a word no release uses, but so is"
        " 'languages' in 'what languages does the KL campus teach in?', which the items"
        " answer; telling them apart needs what the category's members are"
    ),
    (
        "blind_base13_broadband.json",
        "what does the PAIB loan pay for?",
    ): "a blind case still failing; no kind fix has followed yet (list)",
    (
        "newcomer10_airamb.json",
        "when did NAAN start flying?",
    ): "a newcomer case still failing; no kind fix has followed yet (event_date: 'start flying' for an organisation's launch; 'since its launch in March 2021' and the launch sentence date it)",
    (
        "newcomer10_airamb.json",
        "how many missions did NAAN fly in 2023?",
    ): "debatable: the 1,310 missions are of 'a record year' in a May 2024 release, which the release does not date (2023 or the twelve months before May 2024); the reply gives the cumulative 1,000 by September 2022 instead (figure_at_time: the launch figure, 'committed KES 85 million over the first three years', is left out of the commitment series as a commitment for a span, so 'at the launch' has no first point)",
    (
        "newcomer10_airamb.json",
        "did Owen Pryce say anything about donors?",
    ): "debatable: the quote says 'the people of Northvale who fund every flight', donors only by inference; the reply's honest No is defensible (quote_topic)",
    (
        "newcomer10_airamb.json",
        "has NAAN started night flying yet?",
    ): "a newcomer case still failing; no kind fix has followed yet (status_started: 'will begin flying at night from 1 June 2024' loses the ranking to 'will start with two helicopters … aims to fly')",
    (
        "blind_base16_reef.json",
        "which organisations signed the memorandum in 2018?",
    ): (
        "a blind case still failing (list): 'the four partners signed' names them only as"
        " the consortium's partners, listed in another sentence (two hops)"
    ),
    (
        "blind_base17_battery.json",
        "By how many percentage points did lithium recovery improve from 2018 to 2025?",
    ): (
        "a blind case still failing (arithmetic: a difference in percentage points of a rate"
        " series; the parser reads 'from 2018 to 2025' as one time point, 2025 as a term)"
    ),
    (
        "newcomer11_floodsms.json",
        "how much did the partners commit at the launch?",
    ): "a newcomer case still failing; no kind fix has followed yet (figure_at_time: the launch figure, 'committed KES 85 million over the first three years', is left out of the commitment series as a commitment for a span, so 'at the launch' has no first point)",
    (
        "newcomer11_floodsms.json",
        "in which languages are the alerts sent?",
    ): "a newcomer case still failing; no kind fix has followed yet (list_in_sentence: the items of 'an SMS in Swahili, Somali or English' are no entities, and no executor reads a list inside a sentence for a 'which languages' ask)",
    (
        "newcomer11_floodsms.json",
        "what is the history of the partners' commitment?",
    ): "a newcomer case still failing; no kind fix has followed yet (figure_history: 'the history of X' is not read as a figure over time, and the 85 million launch commitment is out of the series)",
    (
        "blind_base18_hyhaul.json",
        "how has the number of HH-2 locomotives in service grown over time?",
    ): "a blind case still failing; no kind fix has followed yet (updated_figure)",
    (
        "blind_base19_storysteps.json",
        "Before the 2023 release, how many libraries were in the programme?",
    ): "a sealed-base case still failing (figure_before_release: the newest figure older than a release)",
    (
        "blind_base19_storysteps.json",
        "wat did the fondation pay in april 2019",
    ): "a sealed-base case still failing (money_tranche: a payment dated by month ('paid in April 2019') is not found for 'what did X pay in <month year>')",
    (
        "blind_base19_storysteps.json",
        "What do the three tranches of the first grant add up to?",
    ): "a sealed-base case still failing (money_tranche: a sum of stated tranches)",
    (
        "blind_base19_storysteps.json",
        "Who published the release about the final tranche of the grant?",
    ): "a sealed-base case still failing (release_about_event: the release stating a later event, not the one announcing the plan)",
    (
        "blind_base19_storysteps.json",
        "What was Harrowdale Libraries & Learning called in 2021?",
    ): "a sealed-base case still failing (renamed_org: the former name of a renamed organisation at a date)",
    (
        "blind_base19_storysteps.json",
        "When was Harrowdale County Libraries renamed?",
    ): "a sealed-base case still failing (renamed_org: the date of a renaming)",
    (
        "blind_base19_storysteps.json",
        "What did Kwame Asante say about the first five years?",
    ): "a sealed-base case still failing (quote_topic: a quote asked by topic ('about the first five years') is answered with the quoted years)",
    (
        "blind_base19_storysteps.json",
        "Where was the most recent Partners' Forum held?",
    ): "a sealed-base case still failing (latest_event_place: the place of the most recent of a repeated event)",
    (
        "blind_base19_storysteps.json",
        "What languages are Story Steps rhyme-time sessions held in?",
    ): "a sealed-base case still failing (list_in_sentence: the items of a list inside a sentence are no entities)",
    (
        "blind_set19_kb_five.json",
        "@partnerbot when did the Trust take over running the Academy?",
    ): "a blind case still failing; no kind fix has followed yet (false-premise)",
    (
        "blind_set20_bundled.json",
        "who does li yong want to focus on, specifically?",
    ): "a blind case still failing; no kind fix has followed yet (list-focus)",
    (
        "blind_set20_bundled.json",
        "what did the UNIDO chief say about women?",
    ): "a blind case still failing; no kind fix has followed yet (quote-description)",
    (
        "blind_set20_bundled.json",
        "did Li Yong say anything about blockchain?",
    ): "a blind case still failing; no kind fix has followed yet (quote-unknown-topic)",
    (
        "blind_set20_bundled.json",
        "how many people were at the meeting?",
    ): "a blind case still failing; no kind fix has followed yet (unanswerable)",
    (
        "blind_set20_kb_five.json",
        "what was the original target and by when?",
    ): "a blind case still failing; no kind fix has followed yet (time-target)",
    (
        "blind_set20_kb_five.json",
        "which is older, the Nairobi foundation or the Geneva trade association?",
    ): "a blind case still failing; no kind fix has followed yet (time-compare-age)",
    (
        "blind_set20_kb_five.json",
        "how long after the launch ceremony did the first cohort start?",
    ): "a blind case still failing; no kind fix has followed yet (time-duration)",
    (
        "blind_set20_kb_five.json",
        "@partnerbot anything notable on 1 January 2022?",
    ): "a blind case still failing; no kind fix has followed yet (time-what-happened)",
    (
        "blind_set20_kb_five.json",
        "how many partners did the Academy start with, and how many by 2022?",
    ): "a blind case still failing; no kind fix has followed yet (count-partners-compare)",
    (
        "blind_set20_kb_five.json",
        "which Geneva outfit of logistics and payment companies manages the Academy?",
    ): "a blind case still failing; no kind fix has followed yet (description-org)",
    (
        "blind_set21_bundled.json",
        "what national framework was eWTP cooperation said to dovetail with?",
    ): "a blind case still failing; no kind fix has followed yet (description)",
    (
        "blind_set21_bundled.json",
        "!quote",
    ): (
        "debatable: an empty !quote is a usage reply listing the speakers (as blind set 10's);"
        " newcomer13_foodrescue expects usage for it, so answered and usage cannot both hold"
    ),
    (
        "blind_set21_bundled.json",
        "Is UNIDO one of the initiators of the eWTP?",
    ): "a blind case still failing; no kind fix has followed yet (yesno-unstated)",
    (
        "blind_set21_bundled.json",
        "from the meeting, how many years were left until 2030 for the 2030 Agenda?",
    ): "a blind case still failing; no kind fix has followed yet (arith-years)",
    (
        "blind_set21_bundled.json",
        "Can you confirm the date and venue of the meeting for my piece?",
    ): "a blind case still failing; no kind fix has followed yet (journalist-date)",
    (
        "blind_set21_bundled.json",
        "My draft says the eWTP was recognised at the 2017 G20 in Hamburg. Right?",
    ): "a blind case still failing; no kind fix has followed yet (journalist-check-no)",
    (
        "blind_set21_kb_five.json",
        "how many partners did the academy have at launch, and how many in 2022?",
    ): "a blind case still failing; no kind fix has followed yet (time-count)",
    (
        "blind_set21_kb_five.json",
        "what changed about the academy's end date between the 2019 and 2024 releases?",
    ): "a blind case still failing; no kind fix has followed yet (time-change-end)",
    (
        "blind_set21_kb_five.json",
        "which countries had graduates as of the 2021 release?",
    ): "a blind case still failing; no kind fix has followed yet (time-list)",
    (
        "blind_set21_kb_five.json",
        "okafor pres since?",
    ): "a blind case still failing; no kind fix has followed yet (time-terse)",
    (
        "blind_set21_kb_five.json",
        "academy trained # latest + date pls",
    ): "a blind case still failing; no kind fix has followed yet (time-terse)",
    (
        "blind_set21_kb_five.json",
        "who chairs the KL network of young business owners?",
    ): "a blind case still failing; no kind fix has followed yet (description)",
    (
        "blind_set21_kb_five.json",
        "if phase two hits its target, how many graduates in total would that make with the 20,000 so far?",
    ): "a blind case still failing; no kind fix has followed yet (arith)",
    (
        "blind_set21_kb_five.json",
        "any quotes about musanze?",
    ): "a blind case still failing; no kind fix has followed yet (quote-topic)",
    (
        "blind_set21_kb_five.json",
        "which company does Nurul Aziz own?",
    ): "a blind case still failing; no kind fix has followed yet (not-found)",
    (
        "blind_set21_kb_five.json",
        "my notes say the trust gave US$50m. right?",
    ): "a blind case still failing; no kind fix has followed yet (journalist-check)",
    (
        "blind_set21_kb_five.json",
        "Who is giving the money for the Academy, please?",
    ): "a blind case still failing; no kind fix has followed yet (nonnative)",
    (
        "blind_set22_bundled.json",
        "!what Tmall",
    ): "a blind case still failing; no kind fix has followed yet (cmd-what-unknown)",
    (
        "blind_set22_kb_five.json",
        "which countries had graduates by 2021",
    ): "a blind case still failing; no kind fix has followed yet (time-figure-date)",
    (
        "blind_set22_kb_five.json",
        "anything new about the academy since the kuala lumpur campus opened",
    ): "a blind case still failing; no kind fix has followed yet (time-since)",
    (
        "blind_base20_microgrid.json",
        "how many clinics were there in 2019",
    ): "a blind case still failing; no kind fix has followed yet (time-figure-in-year)",
    (
        "blind_base20_microgrid.json",
        "how many sites were added between 2021 and 2023?",
    ): "a blind case still failing; no kind fix has followed yet (time-growth)",
    (
        "blind_base20_microgrid.json",
        "how many more sites does coral current 2030 need compared to now",
    ): "a blind case still failing; no kind fix has followed yet (time-arithmetic)",
    (
        "blind_base20_microgrid.json",
        "how many sites did coral current have when vakatora became executive director",
    ): "a blind case still failing; no kind fix has followed yet (time-figure-at-event)",
    (
        "blind_base20_microgrid.json",
        "what was the pilot plan at launch?",
    ): "a blind case still failing; no kind fix has followed yet (time-first-figure)",
    (
        "blind_base20_microgrid.json",
        "did ana tupou become managing director before or after the stewards goal was hit?",
    ): "a blind case still failing; no kind fix has followed yet (time-before-after)",
    (
        "blind_base20_microgrid.json",
        "what's the most recent thing coral current announced?",
    ): "a blind case still failing; no kind fix has followed yet (time-last)",
    (
        "newcomer12_radio.json",
        "How many new stations were to join in the 2023 expansion?",
    ): "a blind case still failing; no kind fix has followed yet (figure)",
    (
        "newcomer12_radio.json",
        "Who funded the 2023 round?",
    ): "a blind case still failing; no kind fix has followed yet (list)",
    (
        "newcomer12_radio.json",
        "What did Margaret say about Samuel?",
    ): "a blind case still failing; no kind fix has followed yet (quote_topic)",
    (
        "newcomer12_radio.json",
        "Where is the first training cohort?",
    ): "a blind case still failing; no kind fix has followed yet (place)",
    (
        "blind_set23_kb_five.json",
        "what was the training figure before the 12,400 update",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-figure-previous)",
    (
        "blind_set23_kb_five.json",
        "who led the KL campus opening",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (role-reverse)",
    (
        "blind_set23_kb_five.json",
        "why did courses go online in 2020",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (fact)",
    (
        "blind_set23_kb_five.json",
        "who said the academy makes the ewtp a classroom",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (who-said)",
    (
        "blind_set23_kb_five.json",
        "did jack ma attend the 2024 partners meeting in hangzhou?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (not-in-release)",
    (
        "blind_set23_kb_five.json",
        "why did hartmann step down",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (not-in-release)",
    (
        "blind_base21_eyecare.json",
        "after 2023 how many more optometrists did MCO need to reach 150?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-arithmetic)",
    (
        "blind_base21_eyecare.json",
        "when did the vans get back on the road after covid?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-when)",
    (
        "blind_base21_eyecare.json",
        "how long were the vans off the road in 2020?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-duration)",
    (
        "blind_base21_eyecare.json",
        "when did the nyasa eye fund first back the programme?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-first)",
    (
        "blind_base21_eyecare.json",
        "when does kestrel's latest funding commitment end?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-when)",
    (
        "blind_base21_eyecare.json",
        "which came first, the malawi expansion or the zambia pilot?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-order)",
    (
        "blind_base21_eyecare.json",
        "how many years passed between lyimo taking over the trust and his retirement",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-interval)",
    (
        "blind_base21_eyecare.json",
        "when did the zambia pilot get cancelled?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (time-false-premise)",
    (
        "blind_base21_eyecare.json",
        "where do the vans send cataract patients?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (fact)",
    (
        "blind_base21_eyecare.json",
        "who's the boss of the norwegian lens maker?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (description)",
    (
        "blind_base21_eyecare.json",
        "how many optometrists per person in northern malawi",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (figure)",
    (
        "blind_base21_eyecare.json",
        "which was bigger, the nyasa grant or kestrel's launch money?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (compare)",
    (
        "blind_base21_eyecare.json",
        "does the programme do laser eye surgery?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (not-found)",
    (
        "blind_base21_eyecare.json",
        "how many nurses work for the programme altogether?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (not-found)",
    (
        "blind_base21_eyecare.json",
        "who funds the northern eye foundation?",
    ): "a sealed case failing on its one run (session 12); no kind fix has followed yet (not-found)",
    (
        "blind_set24_bundled.json",
        "does the ewtp say anything about the digital economy",
    ): "a blind case still failing; no kind fix has followed yet (fact)",
    (
        "blind_set24_kb_five.json",
        "which partners joined after the launch?",
    ): "a blind case still failing; no kind fix has followed yet (time-list-diff)",
    (
        "blind_set24_kb_five.json",
        "where do the KL campus students come from",
    ): "a blind case still failing; no kind fix has followed yet (list)",
    (
        "blind_set24_kb_five.json",
        "how many women had the academy trained by 2024?",
    ): "a blind case still failing; no kind fix has followed yet (time-not-found)",
    (
        "blind_base22_signlink.json",
        "what was signlink's total call count last year?",
    ): "a blind case still failing; no kind fix has followed yet (time-figure-last-year)",
    (
        "blind_base22_signlink.json",
        "what was the user count when cork and galway opened",
    ): "a blind case still failing; no kind fix has followed yet (time-figure-at-event)",
    (
        "blind_base22_signlink.json",
        "how much did corvalen put in at the launch, and over what years?",
    ): "a blind case still failing; no kind fix has followed yet (time-period)",
    (
        "blind_base22_signlink.json",
        "why did signlink close its dublin centre",
    ): (
        "debatable status: a false premise, which 160 cases of other sets accept as"
        " not_found, allowed here only answered; the reply (a quote about classrooms) is"
        " also wrong: it should say no release closes the Dublin centre (false-premise)"
    ),
    (
        "blind_set25_bundled.json",
        "what other names does UNIDO go by",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (aliases)",
    (
        "blind_set25_bundled.json",
        "whats the chinese name of the ewtp",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (aliases)",
    (
        "blind_set25_bundled.json",
        "in what year did li yong say the eWTP was in line with UNIDO's mandate",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-release)",
    (
        "blind_set25_bundled.json",
        "!what Tmall",
    ): (
        "debatable: it bans suggesting the name one edit away (small business), which"
        " test_generalising_commands.py requires (an unknown name near part of a name is"
        " suggested, never matched) (what-unknown)"
    ),
    (
        "blind_set25_bundled.json",
        "what did the G20 say about the eWTP in its 2018 communique?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-false-premise)",
    (
        "blind_set25_kb_five.json",
        "who was executive director of the digital export academy in 2022?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-title-unknown-year)",
    (
        "blind_set25_kb_five.json",
        "how many people did the academy train in 2018?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-false-premise)",
    (
        "blind_base23_slopewatch.json",
        "what was the original volunteer target and when was it met",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-goal)",
    (
        "blind_base23_slopewatch.json",
        "how many volunteers had been trained in peru by mid 2023",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-figure-in-year)",
    (
        "blind_base23_slopewatch.json",
        "slopewatch funding in 2016 vs now?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-figure-compare)",
    (
        "blind_base23_slopewatch.json",
        "how many stations and volunteers did slopewatch have in 2023?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-two-part)",
    (
        "blind_base23_slopewatch.json",
        "how long did it take slopewatch to get from launch to the andes",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-duration)",
    (
        "blind_base23_slopewatch.json",
        "what did ekdahl say when he left",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-quote-at-event)",
    (
        "blind_base23_slopewatch.json",
        "who makes the sensors?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (description)",
    (
        "blind_base23_slopewatch.json",
        "where's the second warning centre",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (description)",
    (
        "blind_base23_slopewatch.json",
        "which peruvian provinces got stations?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (list)",
    (
        "blind_base23_slopewatch.json",
        "how many stations does slopewatch have in bhutan?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-false-premise)",
    (
        "blind_base23_slopewatch.json",
        "how many stations were damaged in the 2020 monsoon?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-not-found)",
    (
        "blind_base23_slopewatch.json",
        "who else is quoted in the 2023 release besides adhikari?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-release)",
    (
        "blind_base23_slopewatch.json",
        "was the 2019 meridian grant bigger than the 2023 one?",
    ): "a sealed case failing on its one run (session 13); no kind fix has followed yet (time-figure-compare)",
    (
        "blind_set26_bundled.json",
        "!quote",
    ): (
        "debatable: an empty !quote is a usage reply listing the speakers (as blind set 10's);"
        " newcomer13_foodrescue expects usage for it, so answered and usage cannot both hold"
    ),
    (
        "blind_set26_bundled.json",
        "who were alibaba's ... sorry, the ewtp's partners in enabling e-commerce?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (list-links)",
    (
        "blind_set26_bundled.json",
        "who does the ewtp want to help, per jack ma",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (what)",
    (
        "blind_set26_bundled.json",
        "what is the earliest event mentioned in the release",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-first)",
    (
        "blind_set26_bundled.json",
        "any quote about youth and women?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (quote-topic)",
    (
        "blind_set26_bundled.json",
        "what's jack ma's chinese name",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (alias)",
    (
        "blind_set26_kb_five.json",
        "timeline of the digital trade alliance presidency",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-timeline-role)",
    (
        "blind_set26_kb_five.json",
        "which partners joined after the launch?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-list-diff)",
    (
        "blind_set26_kb_five.json",
        "when will the academy open a campus in europe",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-not-found)",
    (
        "blind_base25_crewline.json",
        "how many volunteers has crewline trained so far?",
    ): (
        "debatable: it bans the older figures a present-tense count lists as dated history,"
        " which docs/questions.md makes the shape of every updated figure (newest first,"
        " then the older ones, each dated); other bases' present-tense counts expect it"
        " (time-figure-latest)"
    ),
    (
        "blind_base25_crewline.json",
        "how many lifeboat stations does the maritime rescue federation run?",
    ): (
        "debatable: it bans the older figures a present-tense count lists as dated history,"
        " which docs/questions.md makes the shape of every updated figure (newest first,"
        " then the older ones, each dated); other bases' present-tense counts expect it"
        " (time-figure-latest)"
    ),
    (
        "blind_base25_crewline.json",
        "how many volunteer crew members does MRF have now",
    ): (
        "debatable: it bans the older figures a present-tense count lists as dated history,"
        " which docs/questions.md makes the shape of every updated figure (newest first,"
        " then the older ones, each dated); other bases' present-tense counts expect it"
        " (time-figure-latest)"
    ),
    (
        "blind_base25_crewline.json",
        "how many volunteer crew members did the maritime rescue federation have in 2018?",
    ): (
        "debatable: it wants not found for a year between two stated figures (1,150 in 2016,"
        " 1,600 in 2020), while other bases expect the figure in force then (canopy's members"
        " in 2022, hyhaul's in 2020, reef's nurseries in 2020): reading only restatements as"
        " keeping a figure in force fixes it and fails eight of theirs (time-figure-year)"
    ),
    (
        "blind_base25_crewline.json",
        "which came first, the galway base opening or the hebrides expansion?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-first)",
    (
        "blind_base25_crewline.json",
        "who are crewline's partners and funders",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (list)",
    (
        "blind_base25_crewline.json",
        "what courses does crewline teach",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (what)",
    (
        "blind_base25_crewline.json",
        "!what the grant-making trust in galway",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (description)",
    (
        "blind_base25_crewline.json",
        "how many lifeboats does the maritime rescue federation own?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (not-found)",
    (
        "blind_base25_crewline.json",
        "does crewline train crews in wales?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (not-found)",
    (
        "blind_base25_crewline.json",
        "since when has maeve dunleavy been ceo?",
    ): "a sealed case failing on its one run (session 14); no kind fix has followed yet (time-false-premise)",
    (
        "blind_base24_classbridge.json",
        "who was the VC of KOU in 2024",
    ): "a blind development case still failing after session 14's fixes (time-role-in-year)",
    (
        "blind_base24_classbridge.json",
        "how many member schools does the refugee educators alliance have?",
    ): "a blind development case still failing after session 14's fixes (time-figure-latest)",
    (
        "blind_base24_classbridge.json",
        "what does a classbridge course involve",
    ): "a blind development case still failing after session 14's fixes (description)",
    (
        "blind_base24_classbridge.json",
        "who was vice-chancellor of KOU in 2010?",
    ): "a blind development case still failing after session 14's fixes (time-not-found)",
    (
        "blind_set28_bundled.json",
        "what did the UNIDO chief say about SMEs, youth and women?",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (quote-description)",
    (
        "blind_set28_bundled.json",
        "who talked about the 2030 agenda",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (quote-who-said)",
    (
        "blind_set28_bundled.json",
        "@partnerbot where did LI Yong and jack ma meet? which building?",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (fact-where)",
    (
        "blind_set28_bundled.json",
        "what is alibaba's claim to fame according to the release",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (description-fact)",
    (
        "blind_set28_kb_five.json",
        "how many countries are DTA alliance members in now compared to 2019?",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (time-figure-change)",
    (
        "blind_set28_kb_five.json",
        "in how many countries does the development trust for africa fund programmes",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (fact-figure)",
    (
        "blind_set28_kb_five.json",
        "when will the academy open a campus in lagos?",
    ): "a sealed case failing on its one run (session 15); no kind fix has followed yet (not-found)",
    (
        "newcomer16_mendlend.json",
        "who leads Brantwick's library service now?",
    ): "a development case failing after session 16's fixes (time-current-title)",
    (
        "blind_base18_hyhaul.json",
        "when did Rupert Gale become chair of HyHaul?",
    ): (
        "debatable (session 17): a premise the releases contradict (the title given to"
        " others, his own elsewhere) is answered with the correction, as blind bases 22, 28"
        " and 31 require (docs/questions.md, false premises); this case allows only not_found"
    ),
    (
        "newcomer16_mendlend.json",
        "where did the first repair cafés open?",
    ): "a development case failing after session 16's fixes (place)",
    (
        "newcomer16_mendlend.json",
        "when was the first repair café session?",
    ): "a development case failing after session 16's fixes (event-when)",
    (
        "newcomer16_mendlend.json",
        "which release announced the new library director?",
    ): "a development case failing after session 16's fixes (release-topic)",
    (
        "blind_base30_mulimi.json",
        "how long did joseph banda spend on the mulimi meals programme?",
    ): (
        "a development case failing after session 16's fixes (time-duration); debatable:"
        " his quote says eight years on the programme, while the facts date his leading it"
        " from its 2017 launch to May 2023 (six years); the case accepts either"
    ),
    (
        "blind_base30_mulimi.json",
        "how much did the union's membership grow between 2017 and 2026?",
    ): "a development case failing after session 16's fixes (time-growth)",
    (
        "blind_base30_mulimi.json",
        "which organisations run or fund mulimi meals?",
    ): "a development case failing after session 16's fixes (list)",
    (
        "blind_base30_mulimi.json",
        "which school was the first to join mulimi meals?",
    ): "a development case failing after session 16's fixes (not_found)",
    (
        "blind_base30_mulimi.json",
        "how many schools joined in Southern Province?",
    ): "a development case failing after session 16's fixes (not_found)",
    (
        "blind_base29_freshtide.json",
        "where did freshtide open its first cold rooms?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-first-last)",
    (
        "blind_base29_freshtide.json",
        "how many fishers were logging their catch at the end of 2024",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-figure-year)",
    (
        "blind_base29_freshtide.json",
        "how many more fishers were logging catch at the end of 2024 than in 2019?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-growth)",
    (
        "blind_base29_freshtide.json",
        "did freshtide reach its 2020 goal for cold rooms?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-goal)",
    (
        "blind_base29_freshtide.json",
        "did freshtide meet its 2024 targets?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-goal)",
    (
        "blind_base29_freshtide.json",
        "why did freshtide miss its 2020 logbook goal?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-goal)",
    (
        "blind_base29_freshtide.json",
        "when will freshtide open a cold room in ghana?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (time-not-found)",
    (
        "blind_base29_freshtide.json",
        "what did anyone say about the data committee?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (quote-topic)",
    (
        "blind_base29_freshtide.json",
        "what does the freshtide logbook record?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (list)",
    (
        "blind_base29_freshtide.json",
        "can someone outside the federation sell the catch data?",
    ): "a sealed case failing on its one run (session 16); no kind fix has followed yet (yes-no)",
    (
        "blind_base31_playgrounds.json",
        "how many accessible playgrounds did wendmere have in 2017 before open gate?",
    ): "a development case failing after session 17's fixes (time-figure-year)",
    (
        "blind_base31_playgrounds.json",
        "!timeline open gate playgrounds",
    ): "a development case failing after session 17's fixes (time-timeline)",
    (
        "newcomer17_rooftop.json",
        "how much less did Rooftop Commons households pay in the year to June 2020?",
    ): "a development case failing after session 17's fixes (fact)",
    (
        "newcomer17_rooftop.json",
        "how much does it cost to become a member of the cooperative?",
    ): "a development case failing after session 17's fixes (price)",
    (
        "newcomer17_rooftop.json",
        "when was the Brightwater Energy Cooperative founded?",
    ): "a development case failing after session 17's fixes (when)",
    (
        "newcomer17_rooftop.json",
        "does Rooftop Commons operate in Scotland?",
    ): "a development case failing after session 17's fixes (not-found)",
    (
        "newcomer17_rooftop.json",
        "how many households does Rooftop Commons supply per roof?",
    ): "a development case failing after session 17's fixes (figure-ratio)",
    (
        "newcomer17_rooftop.json",
        "how many Larkfield tenants are members of the cooperative?",
    ): "a development case failing after session 17's fixes (figure-part)",
}


def _params() -> list[Any]:
    params = []
    for case_set in SETS:
        cases = json.loads((DATA / case_set.file).read_text(encoding="utf-8"))["cases"]
        for case in cases:
            reason = KNOWN_GAPS.get((case_set.file, case["msg"]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(
                pytest.param(
                    case_set.knowledge,
                    case,
                    id=f"{case_set.file.removesuffix('.json')}: {case['msg']}",
                    marks=marks,
                )
            )
    return params


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


@pytest.fixture(scope="module")
def peatland() -> Engine:
    return Engine(Index(load_knowledge(KB_PEATLAND)))


@pytest.fixture(scope="module")
def harbour() -> Engine:
    return Engine(Index(load_knowledge(KB_HARBOUR)))


@pytest.fixture(scope="module")
def canopy() -> Engine:
    return Engine(Index(load_knowledge(KB_CANOPY)))


@pytest.fixture(scope="module")
def broadband() -> Engine:
    return Engine(Index(load_knowledge(KB_BROADBAND)))


@pytest.fixture(scope="module")
def wildfire() -> Engine:
    return Engine(Index(load_knowledge(KB_WILDFIRE)))


@pytest.fixture(scope="module")
def offshore() -> Engine:
    return Engine(Index(load_knowledge(KB_OFFSHORE)))


@pytest.fixture(scope="module")
def cable() -> Engine:
    return Engine(Index(load_knowledge(KB_CABLE)))


@pytest.fixture(scope="module")
def airamb() -> Engine:
    return Engine(Index(load_knowledge(KB_AIRAMB)))


@pytest.fixture(scope="module")
def reef() -> Engine:
    return Engine(Index(load_knowledge(KB_REEF)))


@pytest.fixture(scope="module")
def battery() -> Engine:
    return Engine(Index(load_knowledge(KB_BATTERY)))


@pytest.fixture(scope="module")
def floodsms() -> Engine:
    return Engine(Index(load_knowledge(KB_FLOODSMS)))


@pytest.fixture(scope="module")
def hyhaul() -> Engine:
    return Engine(Index(load_knowledge(KB_HYHAUL)))


@pytest.fixture(scope="module")
def storysteps() -> Engine:
    return Engine(Index(load_knowledge(KB_STORYSTEPS)))


@pytest.fixture(scope="module")
def microgrid() -> Engine:
    return Engine(Index(load_knowledge(KB_MICROGRID)))


@pytest.fixture(scope="module")
def radio() -> Engine:
    return Engine(Index(load_knowledge(KB_RADIO)))


@pytest.fixture(scope="module")
def eyecare() -> Engine:
    return Engine(Index(load_knowledge(KB_EYECARE)))


@pytest.fixture(scope="module")
def signlink() -> Engine:
    return Engine(Index(load_knowledge(KB_SIGNLINK)))


@pytest.fixture(scope="module")
def foodrescue() -> Engine:
    return Engine(Index(load_knowledge(KB_FOODRESCUE)))


@pytest.fixture(scope="module")
def slopewatch() -> Engine:
    return Engine(Index(load_knowledge(KB_SLOPEWATCH)))


@pytest.fixture(scope="module")
def classbridge() -> Engine:
    return Engine(Index(load_knowledge(KB_CLASSBRIDGE)))


@pytest.fixture(scope="module")
def crewline() -> Engine:
    return Engine(Index(load_knowledge(KB_CREWLINE)))


@pytest.fixture(scope="module")
def compost() -> Engine:
    return Engine(Index(load_knowledge(KB_COMPOST)))


@pytest.fixture(scope="module")
def njia() -> Engine:
    return Engine(Index(load_knowledge(KB_NJIA)))


@pytest.fixture(scope="module")
def greywater() -> Engine:
    return Engine(Index(load_knowledge(KB_GREYWATER)))


@pytest.fixture(scope="module")
def mendlend() -> Engine:
    return Engine(Index(load_knowledge(KB_MENDLEND)))


@pytest.fixture(scope="module")
def mulimi() -> Engine:
    return Engine(Index(load_knowledge(KB_MULIMI)))


@pytest.fixture(scope="module")
def freshtide() -> Engine:
    return Engine(Index(load_knowledge(KB_FRESHTIDE)))


@pytest.fixture(scope="module")
def playgrounds() -> Engine:
    return Engine(Index(load_knowledge(KB_PLAYGROUNDS)))


@pytest.fixture(scope="module")
def rooftop() -> Engine:
    return Engine(Index(load_knowledge(KB_ROOFTOP)))


@pytest.fixture(scope="module")
def heatrefuge() -> Engine:
    return Engine(Index(load_knowledge(KB_HEATREFUGE)))


@pytest.fixture(scope="module")
def bikelibrary() -> Engine:
    return Engine(Index(load_knowledge(KB_BIKELIBRARY)))


@pytest.fixture(scope="module")
def ferries() -> Engine:
    return Engine(Index(load_knowledge(KB_FERRIES)))


@pytest.fixture(scope="module")
def makerlink() -> Engine:
    return Engine(Index(load_knowledge(KB_MAKERLINK)))


@pytest.fixture(scope="module")
def spongeparks() -> Engine:
    return Engine(Index(load_knowledge(KB_SPONGEPARKS)))


@pytest.fixture(scope="module")
def bloomway() -> Engine:
    return Engine(Index(load_knowledge(KB_BLOOMWAY)))


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


@pytest.mark.parametrize(("knowledge", "case"), _params())
def test_answer_quality(
    request: pytest.FixtureRequest,
    engine: Engine,
    five: Engine,
    knowledge: str,
    case: dict[str, Any],
) -> None:
    # The other bases' engines are built only when a case asks for them (one per module).
    engines = {"bundled": engine, "kb_five": five}
    answer = (
        engines[knowledge] if knowledge in engines else request.getfixturevalue(knowledge[3:])
    ).handle(case["msg"], dt.date.fromisoformat(case["today"]) if "today" in case else None)
    reply = render_text(answer)
    assert answer.status.value in case["status"], reply
    for group in case.get("all", []):
        assert any(alt.casefold() in reply.casefold() for alt in group), (group, reply)
    # A "none" entry is a phrase or a group of phrases (base 17 writes groups).
    for group in case.get("none", []):
        for banned in group if isinstance(group, list) else [group]:
            assert banned.casefold() not in reply.casefold(), (banned, reply)
    assert len(reply) <= limits.MESSAGE_CHARS
    if answer.status is Status.ANSWERED:
        assert answer.citations, reply
        assert (BUNDLED_CITATION if knowledge == "bundled" else "Source: ") in reply
