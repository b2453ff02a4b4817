"""``partnerbot ingest``: turn a plain-text press release into a draft knowledge file.

The pipeline, one module per step:

* ``text``: decoding (with clear errors), paragraphs, sentences, quoted spans;
* ``metadata``: date, dateline, wire/publisher, title, and the narrative body;
* ``entities``: organisations, initiatives and people, reconciled with the knowledge base;
* ``quotes``: quoted statements and their speakers;
* ``facts``: one fact per narrative sentence;
* ``draft``: assembling the knowledge file and writing it beside the verbatim text.
"""

from __future__ import annotations

from bot.ingest.draft import Draft, Written, build_draft, ingest_file
from bot.ingest.errors import IngestError

__all__ = ["Draft", "IngestError", "Written", "build_draft", "ingest_file"]
