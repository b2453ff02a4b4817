"""Where the bundled knowledge base lives, from a checkout or from an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_knowledge_dir() -> Path:
    """``knowledge/`` beside the package in a checkout, or ``bot/_knowledge`` in a wheel."""
    installed = _PACKAGE_DIR / "_knowledge"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "knowledge"
