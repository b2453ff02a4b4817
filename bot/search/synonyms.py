"""A small thesaurus for the language of partnership press releases.

People ask "who took part in the meeting?" where a release says "met", and "who heads
UNIDO?" where it says "Director General". Each group below lists words that mean the
same thing in that register. Query words are expanded to the other members of their
group (at a discount), so a question can match a release that uses another word.

Only add groups that hold in any release, never to make one question pass.
"""

from __future__ import annotations

from functools import lru_cache

from bot.search.terms import index_term

_GROUPS = """
meet met meeting meetings meetup attend attended attending participate participated gather gathered visit visited
discuss discussed discussion discussions talk talked talks chat conversation converse came raised
found founded founder founders cofounder initiator initiators establish established start started
launch launched start started create created establish established begin began introduce introduced unveil unveiled
support supported supports supporting back backed endorse endorsed sponsor sponsored
help helps helped assist assisted aid benefit benefits empower enable enables
cooperation cooperate cooperating collaboration collaborate collaborating partnership partner partners alliance team teamed jointly
head heads headed lead leads led leader chief director chairman boss
purpose aim aims goal goals objective objectives mission vision target targets
recognition recognise recognised recognize recognized acknowledge acknowledged acknowledgement
company companies firm firms corporation corporations
largest biggest big bigger large larger
commerce shopping retail retailer retailers retailing
headquarters headquartered hq base based
women woman female
youth young youngsters
technology technologies tech technological
industry industries industrial
include included includes inclusion
promote promotes promoted foster fosters boost boosts advance advances
share shared sharing common joint mutual
framework agreement plan strategy programme program
cover covers covered span spans period
manufacturing manufacture manufacturer manufacturers factories factory
small smaller
member members membership memberships
fund funds funded funding funder funders finance finances financed financing money pay pays paid paying bankroll bankrolls bankrolled
pay pays paid paying payment payments fee fees charge charges charged cost costs
online internet web digital
succeed succeeded succeeds succeeding successor successors replace replaced replaces replacing replacement
""".strip()


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _GROUPS.splitlines():
        # The index's own terms: "came" is indexed as "come", not as stem("came").
        stems = {index_term(w) for w in line.split()}
        for s in stems:
            table.setdefault(s, set()).update(stems)
    return {s: frozenset(group - {s}) for s, group in table.items()}


def synonyms(term: str) -> frozenset[str]:
    """Stems that mean the same as this stem, not including itself."""
    return _table().get(term, frozenset())
