"""The knowledge bases and release ids that many tests share, defined once."""

from __future__ import annotations

from pathlib import Path

# The five-release fixture (tests/fixtures/kb_five/README.md): dated knowledge, ended
# titles, updated figures, a shared acronym, an entity across two releases.
KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"
# The held-out textile-recycling base (tests/fixtures/kb_textile/README.md): session 4's
# sealed base 7, now development data.
KB_TEXTILE = Path(__file__).parent / "fixtures" / "kb_textile"
# The held-out seed-bank base (tests/fixtures/kb_seedbank/README.md): session 5's sealed
# base 8, now development data.
KB_SEEDBANK = Path(__file__).parent / "fixtures" / "kb_seedbank"
# The held-out peatland-restoration base (tests/fixtures/kb_peatland/README.md): session
# 6's sealed base 9, now development data.
KB_PEATLAND = Path(__file__).parent / "fixtures" / "kb_peatland"
# The cold-chain alliance base (tests/fixtures/kb_coldchain/README.md): session 7's blind
# development base 10.
KB_COLDCHAIN = Path(__file__).parent / "fixtures" / "kb_coldchain"
# The shore-power research consortium base (tests/fixtures/kb_harbour/README.md): session
# 7's sealed base 11, now development data.
KB_HARBOUR = Path(__file__).parent / "fixtures" / "kb_harbour"
# The urban-canopy coalition base (tests/fixtures/kb_canopy/README.md): session 8's blind
# development base 12.
KB_CANOPY = Path(__file__).parent / "fixtures" / "kb_canopy"
# The SkyClass school-broadband base (tests/fixtures/kb_broadband/README.md): session 8's
# sealed base 13, now development data.
KB_BROADBAND = Path(__file__).parent / "fixtures" / "kb_broadband"
# The SmokeLine wildfire early-detection base (tests/fixtures/kb_wildfire/README.md):
# session 9's blind development base 14.
KB_WILDFIRE = Path(__file__).parent / "fixtures" / "kb_wildfire"
# The offshore-wind skills academy base (tests/fixtures/kb_offshore/README.md): session 9's
# sealed base 15, now development data.
KB_OFFSHORE = Path(__file__).parent / "fixtures" / "kb_offshore"
# The subsea-cable repair consortium base (tests/fixtures/kb_cable/README.md): session 9's
# newcomer trial, three releases ingested and reviewed by someone who read only the README.
KB_CABLE = Path(__file__).parent / "fixtures" / "kb_cable"
# The regional air-ambulance network base (tests/fixtures/kb_airamb/README.md): session 10's
# newcomer trial, three releases ingested and reviewed by someone who read only the README.
KB_AIRAMB = Path(__file__).parent / "fixtures" / "kb_airamb"
# The coral-reef restoration consortium base (tests/fixtures/kb_reef/README.md): session
# 10's blind development base 16.
KB_REEF = Path(__file__).parent / "fixtures" / "kb_reef"
# The EV-battery recycling alliance base (tests/fixtures/kb_battery/README.md): session 10's
# sealed base 17 (run once, then development data).
KB_BATTERY = Path(__file__).parent / "fixtures" / "kb_battery"
# The River Alert Network flood-warning SMS base (tests/fixtures/kb_floodsms/README.md):
# session 11's newcomer trial, three releases ingested and reviewed by someone who read only
# the README.
KB_FLOODSMS = Path(__file__).parent / "fixtures" / "kb_floodsms"
# The HyHaul hydrogen rail-freight consortium base (tests/fixtures/kb_hyhaul/README.md):
# session 11's blind development base 18.
KB_HYHAUL = Path(__file__).parent / "fixtures" / "kb_hyhaul"
# The Story Steps early-literacy library network base (tests/fixtures/kb_storysteps/README.md):
# session 11's sealed base 19, run once, then development material.
KB_STORYSTEPS = Path(__file__).parent / "fixtures" / "kb_storysteps"
# Two invented releases about titles over time (tests/fixtures/kb_titles/README.md).
KB_TITLES = Path(__file__).parent / "fixtures" / "kb_titles"
# The seed release as the bot shipped it, pinned (fixtures/kb_seed/README.md): every test
# defaults to it (conftest). Never knowledge/ itself, which grows as a team adds releases:
# a test reading it would fail as soon as a team followed "Adding a release".
SEED_KNOWLEDGE = Path(__file__).parent / "fixtures" / "kb_seed"
BUNDLED = SEED_KNOWLEDGE

# kb_five's releases (source ids), oldest first.
R1 = "2018-04-21-unido-alibaba-ewtp"
R2 = "2019-11-12-digital-export-academy-launch"
R3 = "2021-06-08-dta-trust-grant-academy"
R4 = "2022-03-15-academy-kuala-lumpur-campus"
R5 = "2024-05-08-academy-20000-ewtp-extension"
# An invented one-release base for lists, counts and descriptions (issue 10).
KB_LISTS = Path(__file__).parent / "fixtures" / "kb_lists"
# The Coral Current solar-microgrid base (tests/fixtures/kb_microgrid/README.md): session
# 12's blind development base 20.
KB_MICROGRID = Path(__file__).parent / "fixtures" / "kb_microgrid"
# The Open Airwaves community-radio base (tests/fixtures/kb_radio/README.md): session 12's
# newcomer trial, ingested and reviewed by the newcomer.
KB_RADIO = Path(__file__).parent / "fixtures" / "kb_radio"
# The Roadside Sight mobile eye-care base (tests/fixtures/kb_eyecare/README.md): session 12's
# sealed base 21, run once, then development data.
KB_EYECARE = Path(__file__).parent / "fixtures" / "kb_eyecare"
# The SignLink video-relay base (tests/fixtures/kb_signlink/README.md): session 13's blind
# development base 22.
KB_SIGNLINK = Path(__file__).parent / "fixtures" / "kb_signlink"
# The Fresh Rescue food-rescue base (tests/fixtures/kb_foodrescue/README.md): session 13's
# newcomer trial, ingested from four formats and reviewed by the newcomer.
KB_FOODRESCUE = Path(__file__).parent / "fixtures" / "kb_foodrescue"
# The SlopeWatch landslide early-warning base (tests/fixtures/kb_slopewatch/README.md):
# session 13's sealed base 23, run once, then development data.
KB_SLOPEWATCH = Path(__file__).parent / "fixtures" / "kb_slopewatch"
# The ClassBridge refugee teacher certification base (tests/fixtures/kb_classbridge/README.md):
# session 14's blind development base 24.
KB_CLASSBRIDGE = Path(__file__).parent / "fixtures" / "kb_classbridge"
# The Crewline volunteer lifeboat-crew training base (tests/fixtures/kb_crewline/README.md):
# session 14's sealed base 25, run once, then development data.
KB_CREWLINE = Path(__file__).parent / "fixtures" / "kb_crewline"
# The Kitchen to Soil food-waste composting base (tests/fixtures/kb_compost/README.md):
# session 15's newcomer trial, four releases ingested and reviewed by the newcomer.
KB_COMPOST = Path(__file__).parent / "fixtures" / "kb_compost"
# Session 15's blind development base 26 (beekeeping and pollinator corridors).
KB_BLOOMWAY = Path(__file__).parent / "fixtures" / "kb_bloomway"
# Session 15's sealed base 27 (rural midwife training), run once, then development data.
KB_NJIA = Path(__file__).parent / "fixtures" / "kb_njia"
# Session 16's blind development base 28 (public-transit accessibility), first run 131/150.
KB_GREYWATER = Path(__file__).parent / "fixtures" / "kb_greywater"
# The Mend & Lend repair café and tool library base (tests/fixtures/kb_mendlend/README.md):
# session 16's newcomer trial, four releases ingested and reviewed by the newcomer.
KB_MENDLEND = Path(__file__).parent / "fixtures" / "kb_mendlend"
# Session 16's blind development base 30 (school meals bought from smallholder farms),
# first run 133/150.
KB_MULIMI = Path(__file__).parent / "fixtures" / "kb_mulimi"
# Session 16's sealed base 29 (fisheries co-management), run once, then development data.
KB_FRESHTIDE = Path(__file__).parent / "fixtures" / "kb_freshtide"
# Session 17's blind development base 31 (accessible public playgrounds), first run 121/150.
KB_PLAYGROUNDS = Path(__file__).parent / "fixtures" / "kb_playgrounds"
# The Rooftop Commons community solar base (tests/fixtures/kb_rooftop/README.md):
# session 17's newcomer trial, four releases ingested and reviewed by the newcomer.
KB_ROOFTOP = Path(__file__).parent / "fixtures" / "kb_rooftop"
# Session 17's sealed blind base 32 (heat-wave cooling centres), run once: 142/150.
KB_HEATREFUGE = Path(__file__).parent / "fixtures" / "kb_heatrefuge"
# The Kestleford Bike Library base (tests/fixtures/kb_bikelibrary/README.md):
# session 18's newcomer trial, four releases ingested and reviewed by the newcomer.
KB_BIKELIBRARY = Path(__file__).parent / "fixtures" / "kb_bikelibrary"
# Session 18's blind development base 34 (river-ferry electrification), first run 127/150.
KB_FERRIES = Path(__file__).parent / "fixtures" / "kb_ferries"
# Session 18's sealed blind base 33 (library makerspaces), run once: 138/150.
KB_MAKERLINK = Path(__file__).parent / "fixtures" / "kb_makerlink"
# Session 18's blind base 35 (wetland flood-storage parks), written at the session's end and
# run once on its final code: 92/100.
KB_SPONGEPARKS = Path(__file__).parent / "fixtures" / "kb_spongeparks"
