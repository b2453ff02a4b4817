"""The one error ``partnerbot ingest`` raises for input it cannot turn into a draft."""

from __future__ import annotations


class IngestError(ValueError):
    """The input is not a usable press release; ``str(error)`` is one line for the user."""
