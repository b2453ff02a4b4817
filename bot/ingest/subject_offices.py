"""A title held at the organisation its sentence is about: "Velmont Fashion was founded in
1950 and is now run by Creative Director Jane Doe" (the title names no organisation; the
passive "run by" says whose it is: the sentence's subject).
"""

from __future__ import annotations

import re

# A passive verb of running an organisation, then the title before the name.
_RUN_BY = re.compile(
    r"\b(?:run|led|headed|managed|directed|helmed)\s+by\s+(?:(?:its|the)\s+)?(?P<t>[^,;:]+?)\s*$"
)
# The capitalised name a sentence opens with, before its verb in lower case.
_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’.-]*){0,5})"
    r"(?:\s*,[^,]{2,80},)?\s+(?:is|was|has|had|were|are|[a-z]+ed)\b"
)


def run_by_subject(sentence: str, before: str, title: str) -> str | None:
    """The organisation (as written) whose ``title`` the person holds when ``before`` (the
    sentence up to the name) ends "run by <title> " and ``sentence`` opens with that
    organisation's name as its subject, or None."""
    run = _RUN_BY.search(before)
    if run is None or run.group("t") != title:
        return None
    subject = _SUBJECT.match(sentence.lstrip())
    return subject.group("org") if subject else None
