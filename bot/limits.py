"""Every size limit the bot respects, in one place (most are Discord's own)."""

from __future__ import annotations

MESSAGE_CHARS = 2_000
EMBED_TITLE_CHARS = 256
EMBED_DESCRIPTION_CHARS = 4_096
EMBED_FIELD_NAME_CHARS = 256
EMBED_FIELD_VALUE_CHARS = 1_024
EMBED_FOOTER_CHARS = 2_048
EMBED_TOTAL_CHARS = 6_000
EMBED_FIELDS = 25
AUTOCOMPLETE_CHOICES = 25
AUTOCOMPLETE_CHOICE_CHARS = 100
BUTTONS_PER_ROW = 5
BUTTON_LABEL_CHARS = 80
SELECT_OPTIONS = 25
SELECT_LABEL_CHARS = 100

# The engine's own budget: an answer's body stays well inside one message so that a
# title, speaker line and citations still fit in MESSAGE_CHARS.
ANSWER_BODY_CHARS = 1_500
# Longest user input the engine reads; longer input gets a friendly "too long".
INPUT_CHARS = 1_000
# How much of the user's own text is ever echoed back.
ECHO_CHARS = 80
