"""The one error ``partnerbot ingest`` raises for input it cannot turn into a draft."""

from __future__ import annotations


class IngestError(ValueError):
    """The input is not a usable press release; ``str(error)`` is one line for the user."""


class UnsupportedFormat(IngestError):
    """The input is in a format ingest does not read (a usage error: exit 2)."""


class UnreadableInput(UnsupportedFormat):
    """The input holds nothing ingest can read: an empty file, or binary data under a
    text name (a usage error, exit 2, like a missing file or an image)."""


class UnavailableInput(UnsupportedFormat):
    """The release cannot be had: a URL whose server answers with an HTTP error, or that
    cannot be reached (refused, unknown host, timed out). Like a missing file, a usage
    error (exit 2): there is nothing to draft, and nothing is written."""
