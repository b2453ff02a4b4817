"""The knowledge bases and release ids that many tests share, defined once.

``SEED_KNOWLEDGE`` (the pinned seed base every test defaults to) stays in conftest.
"""

from __future__ import annotations

from pathlib import Path

# The five-release fixture (tests/fixtures/kb_five/README.md): dated knowledge, ended
# titles, updated figures, a shared acronym, an entity across two releases.
KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"
# The held-out textile-recycling base (tests/fixtures/kb_textile/README.md): session 4's
# sealed base 7, now development data.
KB_TEXTILE = Path(__file__).parent / "fixtures" / "kb_textile"
# The knowledge base bundled with the bot (knowledge/ in the checkout).
BUNDLED = Path(__file__).resolve().parents[1] / "knowledge"

# kb_five's releases (source ids), oldest first.
R1 = "2018-04-21-unido-alibaba-ewtp"
R2 = "2019-11-12-digital-export-academy-launch"
R3 = "2021-06-08-dta-trust-grant-academy"
R4 = "2022-03-15-academy-kuala-lumpur-campus"
R5 = "2024-05-08-academy-20000-ewtp-extension"
