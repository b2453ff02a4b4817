"""An e-mail's sender: a person who sent the release is not its publisher.

A mailing list sends a release under the From: display name of the person who posted it
("Erin Calloway <press@…>"), often the media contact the release names at its foot. That
name is a person's, and the publisher is the organisation: the release's own signs (its
About paragraph, the party it opens with) decide then, as for a release without headers.
"""

from __future__ import annotations

import re

from bot.ingest.person_names import is_person_name
from bot.ingest.words import is_title_word

# How many words after "Name," may hold the person's title ("Erin Calloway, Senior
# Communications Manager, …"): titles in the releases seen run to five words.
_TITLE_WORDS_AFTER_NAME = 5
# The label of a release's contact line ("Media contact:", "Press enquiries -").
_CONTACT_LABEL = r"(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)"


def written_as_a_person(display: str, text: str) -> bool:
    """Whether the release ``text`` writes the sender's display name as a person's: a
    name of two to four words followed by a comma and a title ("Erin Calloway,
    Communications Manager"), the person a contact line names ("Media contact: Erin
    Calloway, Acme Ltd"), or the speaker of "said"."""
    display = display.strip()
    if not display or not is_person_name(display, set()):
        return False
    name = re.escape(display)
    if re.search(rf"\bsaid\s+{name}\b|\b{name}\s+said\b", text):
        return True
    if re.search(rf"^{_CONTACT_LABEL}\s*[:\u2013\u2014-]?\s*{name}\b", text, re.M | re.I):
        return True  # "Media contact: Erin Calloway, Acme Ltd": the contact it names
    for match in re.finditer(rf"(?<![\w-]){name}\s*,\s*([^,\n]+)", text):
        words = re.findall(r"[\w&-]+", match.group(1))[:_TITLE_WORDS_AFTER_NAME]
        if any(is_title_word(w) for w in words):
            return True
    return False
