"""Answer: one executor per kind of question, each over the structure the knowledge base has.

- ``roles.py``: roles with their "as of" dates;
- ``role_dates.py``: whether a title was held at a date, from the roles' dates only;
- ``role_at_event.py``: whether a title was held when something happened, at its date;
- ``holder_at_event.py``: who held a title when something happened, at its date;
- ``acronyms.py``: what a short name stands for (its entity's full name);
- ``event_places.py``: where an event took place, from its placed fact or its name;
- ``outcomes.py``: what an event led to, from a later sentence saying so;
- ``initiators.py``: who started a thing, from a sentence naming its initiators or founders;
- ``party_membership.py``: whether someone was among a thing's founders or partners
  (the parties the sentence saying it was launched or listing them links);
- ``list_changes.py``: how a list of partners, funders or members changed between two times;
- ``became.py``: when someone took a title, only from a fact saying so;
- ``before.py``: titles before another, and who held a title before someone;
- ``successors.py``: who held a title after someone ("who replaced X"), from the roles' dates;
- ``affiliation.py``: where someone worked at a date, asked with a verb, from the same dates;
- ``quotes.py``: quotes by speaker, topic and year;
- ``quote_counts.py``: how many quotes the releases hold, by speaker, or one speaker has;
- ``funders.py``: who funds X, from the sentences giving it money ("A commits EUR 4
  million to X", "funded by A and B");
- ``round_backers.py``: who led or took part in a funding round ("led by A, with
  participation from B");
- ``facts.py``: facts by subject, relation, date and place (BM25 as the retriever);
- ``lists.py``: lists from facts' ``about`` links and entity kinds;
- ``items.py``: the items of a list stated inside one fact or quote, and their count;
- ``sources.py``: release metadata (publisher, dateline, date, headline);
- ``yes_no.py``: yes/no only when a fact states it, and false premises;
- ``recent.py``: what is new about an entity since a time, and when something last happened;
- ``events.py``: two things in time (years between them, a figure as of one, and which came
  first, the one executor for it);
- ``figure_asks.py``: a figure asked for by a noun ("the latest figure for …");
- ``figure_checks.py``: a figure put up for checking ("has X already trained 25,000?"),
  against the newest figure reached;
- ``figure_sources.py``: where a figure comes from: the statements giving it, cited;
- ``figure_durations.py``: how long a figure took to go from one value to another;
- ``periods.py``: the period a fact states (a range, an end, a start);
- ``ordinal.py``: the n-th time something happened;
- ``follow_on.py``: a later part of a question that names nothing, from the answer before;
- ``changes.py``: what is new in the whole base, and what changed for a person, over a time;
- ``relations.py``: affiliations, earlier titles, predecessors and next holders, when a
  title began, a time of day, a press contact (not_found when nothing states them);
- ``trends.py``: a figure over time, in date order, with its direction;
- ``stated_counts.py``: the count a sentence states for the noun asked, as of the time asked;
- ``founding.py``: when something was founded, set up or launched, from a sentence saying so;
- ``founding_counts.py``: how many there were at the start ("how many genebanks founded X?");
- ``release_counts.py``: how many releases match a publisher, dateline, year or subject;
- ``release_span.py``: the time from the oldest release to the newest;
- ``place_counts.py``: not_found for a count asked for one place the releases count only
  with others;
- ``role_holders.py``: the holder of a title naming the thing run; no current holder;
- ``event_gaps.py``: the time between two events or agreements of one kind ("the two
  meetings", "the two grants");
- ``org_ages.py``: how old something is, or was at an event (a person's only if stated);
- ``returns.py``: the time until the next event at the same place ("came back to …");
- ``phase_goals.py``: a phase's goal and its deadline ("the first phase's goal");
- ``targets.py``: a goal against the figures reached (how far from it, whether it was met);
- ``arithmetic.py``: durations and changes computed from stated figures;
- ``release_changes.py``: the change between figures named by their releases;
- ``typed_fallback.py``: the last resort for a value asked (money, a count, a measure,
  a percentage, a duration): a statement carrying a value of that type;
- ``qualifiers.py``: a qualified title ("deputy", "acting") no stated role carries;
- ``namesakes.py``: which of two namesakes a claim is about, and what links them;
- ``previous.py``: where someone worked before, with no organisation named.
- ``first_holders.py``: "who was the first <title> of O?" only from a statement that
  says who was first; else not_found naming the earliest holder given.
- ``unstated_events.py``: a "when did S V?" no sentence states of S (``asked_event``),
  said plainly with what the releases say instead.
- ``tenures.py``: when someone left a post, and how long they held a title;
- ``frequencies.py``: how often something happens ("every 90 minutes"), as of the time asked;
- ``figure_gains.py``: the change in a stated figure between two years, or since the
  beginning ("how many members did X gain since its founding?");
- ``figure_times.py``: a figure at a time, between two times, short of a goal at a
  time, and the goal itself, over the series of ``figure_series.py``;
- ``former_heads.py``: who used to run an organisation (the earlier holders of its
  top title, with their dates);
- ``leavers.py``: who left an organisation (the people whose every title there ended);
- ``item_order.py``: the newest or oldest item of a kind ("which campus opened most
  recently?"), from the sentences opening them, in date order; and how many there were
  at a year no sentence counts ("how many campuses did X have in 2021?"), from the same
  openings (``opened_count``, tried last among the counts over time);
- ``planned_only.py``: a thing the releases only plan, asked as done ("when did X
  open the depot?" when a release only says it plans to): not found, the plan shown;
- ``join_order.py``: the newest party to join a group ("which member joined X most
  recently?"), from the sentences saying who joined it, in date order;
- ``countries.py``: the countries a thing covers, and the one it reached last or first,
  from the country names its sentences write;
- ``goal_deadlines.py``: the deadline of a goal ("by when is X supposed to hit 25,000?");
- ``release_of_event.py``: the release where something happened, and its publisher,
  dateline and date;
- ``release_on_day.py``: what someone announced on a release's day, or in a year;
- ``quote_years.py``: the years someone is quoted in;
- ``day_around.py``: what happened the day before or after an event;
- ``still_running.py``: whether something still runs, now or in a year, from the newest
  period stated;
- ``contacts.py``: press contacts, from the contact block at the end of a release's text;
- ``stated_relation.py``: "does A support B?" → yes from a fact saying so in other words;
- ``exclusion.py``: "apart from X, what else…": the facts that are not about X;
- ``explain.py``: "explain / describe X", "X in a nutshell": its summary and defining fact;
- ``event_topic.py``: what an event was about, from the sentences stating its purpose;
- ``said_about.py``: "did X say anything about Y?", from X's quotes (and who else did);
- ``wrong_place.py``: "did they meet in <a place no release names>?" → no, with the fact
  placing it;
- ``wrong_detail.py``: a wh-question with one wrong detail ("why did they meet in
  <a place no release names>?", "the 2018 communique" for 2016's) → the right detail;
- ``representatives.py``: who represented an organisation (at an event);
- ``percentages.py``: a percentage asked ("the latest share of women among …"), newest
  first with its dated history;
- ``described_claims.py``: "is X the <description of X>?" → yes only from a sentence
  stating every word of the description;
- ``participants.py``: who took part in a meeting, each with their title at its date;
- ``title_quotes.py``: what a title's holder at an event's date said there;
- ``contrary.py``: "is X run by governments?" → no, when a defining sentence states the
  contrary attribute (pairs in ``bot/vocab/contraries.txt``);
- ``unstated.py``: not_found for what the evidence lacks (a personal attribute, a name
  no release uses, a yes/no claim in words no release uses).
- ``age_limits.py``: an age limit a sentence states ("business owners under 40").
- ``series.py``: the n-th of a series the releases record fewer of ("the third
  signing" of two);
- ``purpose.py``: what a thing is for, and who founded it, from the sentence stating
  that relation (not_found for a purpose none states);
- ``home_place.py``: "is X (based) in P?" and where X is, from its summaries' places
  and its releases' datelines;
- ``quote_lists.py``: the items a speaker lists in their quotes ("what crops did X
  mention?"), or their number;
- ``press_desk.py``: a press contact asked in a newsroom's words ("who handles press
  for X?");
- ``membership.py``: "is A a member of B?" from a denial, a list naming A, or B's
  complete list without A.
- ``members.py``: "who are the members of X?": the parties the sentences saying how X
  is made up both link and name.
- ``denied_amounts.py``: "how much did governments contribute to X?" → the sentence
  denying that they fund X (answered in ``statement_shapes``, after ``contrary``).
- ``sums.py``: the sum of the things a plural noun names ("the bank's two loans in
  total"), from the sums their names or summaries state.
- ``arrivals.py``: when something reached a place ("when did X start in Kenya?"), from
  the sentence saying it arrived there;
- ``quoted_figures.py``: a figure only a quote states ("how many trucks will the city
  add?"), answered from the quote, its speaker named, when no fact states it;
- ``span_sums.py``: a sum over the years asked ("the total funding from 2017 to 2022"),
  from a sentence led by the thing stating it for exactly those years;
- ``free_prices.py``: a price asked of a thing a statement about it calls free;
- ``operators.py``: "who runs X?" of a programme "run by" an organisation (and no
  leading post of its own): that organisation, from the sentence saying so;
- ``built_places.py``: the places something was done in ("which cities has X built
  playgrounds in?"), from the sentences naming them after "in";
- ``goal_items.py``: "when will <a part of a goal> open?" when only a goal names it:
  not found, the goal shown (its deadline is the whole goal's);
- ``unlinked.py``: "is A part of B?" → no, from a sentence denying any link ("A is
  not connected to B");
- ``first_beyond.py``: "the first X outside R": the place the sentence saying so names;
- ``goal_events.py``: whether an aimed-at event ("a first zero-emission crossing by
  2024") happened by its deadline, from the sentence reporting it done.

Each returns an Answer (cited), a follow-up step for the engine, or None when the
question is not of its kind.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.qa.executors.acronyms import AcronymAnswers
from bot.engine.qa.executors.affiliation import AffiliationAnswers
from bot.engine.qa.executors.age_limits import AgeLimitAnswers
from bot.engine.qa.executors.arithmetic import ArithmeticAnswers
from bot.engine.qa.executors.arrivals import ArrivalAnswers
from bot.engine.qa.executors.base import Result
from bot.engine.qa.executors.became import BecameAnswers
from bot.engine.qa.executors.before import BeforeAnswers
from bot.engine.qa.executors.built_places import BuiltPlaceAnswers
from bot.engine.qa.executors.changes import ChangeAnswers
from bot.engine.qa.executors.contrary import ContraryAnswers
from bot.engine.qa.executors.countries import CountryAnswers, normalised_nations
from bot.engine.qa.executors.day_around import DayAroundAnswers
from bot.engine.qa.executors.denied_amounts import DeniedAmountAnswers
from bot.engine.qa.executors.described_claims import DescribedClaimAnswers
from bot.engine.qa.executors.ended_titles import EndedTitleAnswers
from bot.engine.qa.executors.event_gaps import EventGapAnswers
from bot.engine.qa.executors.event_places import EventPlaceAnswers
from bot.engine.qa.executors.event_topic import EventTopicAnswers
from bot.engine.qa.executors.events import EventAnswers
from bot.engine.qa.executors.exclusion import ExclusionAnswers
from bot.engine.qa.executors.explain import ExplainAnswers
from bot.engine.qa.executors.facts import FactAnswers
from bot.engine.qa.executors.figure_asks import FigureAsks
from bot.engine.qa.executors.figure_checks import FigureCheckAnswers
from bot.engine.qa.executors.figure_durations import FigureDurationAnswers
from bot.engine.qa.executors.figure_gains import FigureGainAnswers
from bot.engine.qa.executors.figure_sources import FigureSourceAnswers
from bot.engine.qa.executors.figure_times import FigureTimeAnswers
from bot.engine.qa.executors.first_beyond import FirstBeyondAnswers
from bot.engine.qa.executors.first_holders import FirstHolderAnswers
from bot.engine.qa.executors.follow_on import FollowOnAnswers
from bot.engine.qa.executors.former_heads import FormerHeadAnswers
from bot.engine.qa.executors.founding import FoundingAnswers
from bot.engine.qa.executors.founding_counts import FoundingCountAnswers
from bot.engine.qa.executors.free_prices import FreePriceAnswers
from bot.engine.qa.executors.frequencies import FrequencyAnswers
from bot.engine.qa.executors.funders import FunderAnswers
from bot.engine.qa.executors.goal_deadlines import GoalDeadlineAnswers
from bot.engine.qa.executors.goal_events import GoalEventAnswers
from bot.engine.qa.executors.goal_items import GoalItemAnswers
from bot.engine.qa.executors.holder_at_event import HolderAtEventAnswers
from bot.engine.qa.executors.home_place import HomePlaceAnswers
from bot.engine.qa.executors.initiators import InitiatorAnswers
from bot.engine.qa.executors.item_order import ItemOrderAnswers
from bot.engine.qa.executors.items import ItemAnswers
from bot.engine.qa.executors.join_order import JoinOrderAnswers
from bot.engine.qa.executors.leavers import LeaverAnswers
from bot.engine.qa.executors.list_changes import ListChangeAnswers
from bot.engine.qa.executors.lists import ListAnswers
from bot.engine.qa.executors.members import MemberAnswers
from bot.engine.qa.executors.membership import MembershipAnswers
from bot.engine.qa.executors.namesakes import NamesakeAnswers
from bot.engine.qa.executors.ordinal import OrdinalAnswers
from bot.engine.qa.executors.org_ages import AgeAnswers
from bot.engine.qa.executors.outcomes import OutcomeAnswers
from bot.engine.qa.executors.participants import ParticipantAnswers
from bot.engine.qa.executors.party_membership import PartyMembershipAnswers
from bot.engine.qa.executors.percentages import PercentageAnswers
from bot.engine.qa.executors.periods import PeriodAnswers
from bot.engine.qa.executors.phase_goals import PhaseGoalAnswers
from bot.engine.qa.executors.place_counts import PlaceCountAnswers
from bot.engine.qa.executors.planned_only import PlannedOnlyAnswers
from bot.engine.qa.executors.press_desk import PressDeskAnswers
from bot.engine.qa.executors.previous import PreviousAffiliationAnswers
from bot.engine.qa.executors.purpose import PurposeAnswers
from bot.engine.qa.executors.qualifiers import QualifierAnswers
from bot.engine.qa.executors.quote_counts import QuoteCountAnswers
from bot.engine.qa.executors.quote_lists import QuoteListAnswers
from bot.engine.qa.executors.quote_years import QuoteYearAnswers
from bot.engine.qa.executors.quoted_figures import QuotedFigureAnswers
from bot.engine.qa.executors.quotes import QuoteAnswers
from bot.engine.qa.executors.recent import RecentAnswers
from bot.engine.qa.executors.relations import RelationAnswers
from bot.engine.qa.executors.release_changes import ReleaseChangeAnswers
from bot.engine.qa.executors.release_counts import ReleaseCountAnswers
from bot.engine.qa.executors.release_of_event import ReleaseOfEventAnswers
from bot.engine.qa.executors.release_on_day import ReleaseOnDayAnswers
from bot.engine.qa.executors.release_span import ReleaseSpanAnswers
from bot.engine.qa.executors.representatives import RepresentativeAnswers
from bot.engine.qa.executors.returns import ReturnAnswers
from bot.engine.qa.executors.role_at_event import RoleAtEventAnswers
from bot.engine.qa.executors.role_dates import RoleDateAnswers
from bot.engine.qa.executors.role_holders import RoleHolderAnswers
from bot.engine.qa.executors.roles import RoleAnswers
from bot.engine.qa.executors.round_backers import RoundBackerAnswers
from bot.engine.qa.executors.said_about import SaidAboutAnswers
from bot.engine.qa.executors.series import SeriesAnswers
from bot.engine.qa.executors.sole import SoleAnswers
from bot.engine.qa.executors.sources import SourceAnswers
from bot.engine.qa.executors.span_sums import SpanSumAnswers
from bot.engine.qa.executors.stated_counts import StatedCountAnswers
from bot.engine.qa.executors.stated_relation import StatedRelationAnswers
from bot.engine.qa.executors.still_running import StillRunningAnswers
from bot.engine.qa.executors.successors import SuccessorAnswers
from bot.engine.qa.executors.sums import SumAnswers
from bot.engine.qa.executors.targets import TargetAnswers
from bot.engine.qa.executors.tenures import TenureAnswers
from bot.engine.qa.executors.title_quotes import TitleQuoteAnswers
from bot.engine.qa.executors.title_release import TitleReleaseAnswers
from bot.engine.qa.executors.trends import TrendAnswers
from bot.engine.qa.executors.typed_fallback import TypedValueAnswers
from bot.engine.qa.executors.unheld_titles import UnheldTitleAnswers
from bot.engine.qa.executors.unlinked import UnlinkedAnswers
from bot.engine.qa.executors.unstated import UnstatedAnswers
from bot.engine.qa.executors.unstated_events import UnstatedEventAnswers
from bot.engine.qa.executors.wrong_detail import WrongDetailAnswers
from bot.engine.qa.executors.wrong_place import WrongPlaceAnswers
from bot.engine.qa.executors.yes_no import YesNoAnswers
from bot.engine.qa.query import Query, wire_words
from bot.search.index import by_source_from


class Executors(
    PartyMembershipAnswers,
    InitiatorAnswers,
    OutcomeAnswers,
    EventPlaceAnswers,
    AcronymAnswers,
    AgeAnswers,
    EventGapAnswers,
    PhaseGoalAnswers,
    PlaceCountAnswers,
    ReleaseChangeAnswers,
    TargetAnswers,
    ReturnAnswers,
    RoleHolderAnswers,
    ReleaseCountAnswers,
    QuoteCountAnswers,
    RoundBackerAnswers,
    FunderAnswers,
    ReleaseSpanAnswers,
    FoundingAnswers,
    FoundingCountAnswers,
    StatedCountAnswers,
    TrendAnswers,
    RelationAnswers,
    SourceAnswers,
    QuoteAnswers,
    ChangeAnswers,
    OrdinalAnswers,
    PeriodAnswers,
    FigureAsks,
    FigureSourceAnswers,
    FigureCheckAnswers,
    AffiliationAnswers,
    EndedTitleAnswers,
    BeforeAnswers,
    BecameAnswers,
    FollowOnAnswers,
    RecentAnswers,
    RoleAnswers,
    RoleAtEventAnswers,
    TitleQuoteAnswers,
    HolderAtEventAnswers,
    SuccessorAnswers,
    RoleDateAnswers,
    ListAnswers,
    ListChangeAnswers,
    ItemAnswers,
    ArithmeticAnswers,
    EventAnswers,
    YesNoAnswers,
    TypedValueAnswers,
    FactAnswers,
    QualifierAnswers,
    NamesakeAnswers,
    PreviousAffiliationAnswers,
    UnstatedAnswers,
    UnstatedEventAnswers,
    FirstHolderAnswers,
    StatedRelationAnswers,
    ExclusionAnswers,
    ExplainAnswers,
    EventTopicAnswers,
    SaidAboutAnswers,
    ContraryAnswers,
    SoleAnswers,
    PercentageAnswers,
    DescribedClaimAnswers,
    WrongPlaceAnswers,
    WrongDetailAnswers,
    RepresentativeAnswers,
    TenureAnswers,
    UnheldTitleAnswers,
    FrequencyAnswers,
    FigureTimeAnswers,
    FigureDurationAnswers,
    FormerHeadAnswers,
    LeaverAnswers,
    ItemOrderAnswers,
    JoinOrderAnswers,
    PlannedOnlyAnswers,
    CountryAnswers,
    FigureGainAnswers,
    GoalDeadlineAnswers,
    StillRunningAnswers,
    ReleaseOfEventAnswers,
    ReleaseOnDayAnswers,
    TitleReleaseAnswers,
    QuoteYearAnswers,
    DayAroundAnswers,
    AgeLimitAnswers,
    MembershipAnswers,
    MemberAnswers,
    GoalEventAnswers,
    SeriesAnswers,
    PurposeAnswers,
    HomePlaceAnswers,
    QuoteListAnswers,
    PressDeskAnswers,
    ParticipantAnswers,
    DeniedAmountAnswers,
    SumAnswers,
    ArrivalAnswers,
    QuotedFigureAnswers,
    SpanSumAnswers,
    FreePriceAnswers,
    BuiltPlaceAnswers,
    GoalItemAnswers,
    UnlinkedAnswers,
    FirstBeyondAnswers,
):
    """Every executor, over one index and retriever."""

    @property
    def over_time(self) -> tuple[Callable[[Query], Result], ...]:
        """The executors the answerer tries before relations, in order: counts over the
        releases, the change between two releases' figures, the time between two events of a kind, an age, a phase's goal, a figure against its goal, a figure over time, a count at the start, a stated count, when
        something began, the holder of a title naming the thing run, no current holder, how
        often something happens.
        Each returns None for a question not of its kind."""
        return (
            self.change_between_releases,
            self.event_gap,
            self.age,
            self.age_gap,
            self.still_running,
            self.release_count,
            self.release_span,
            self.count_for_grouped_place,
            self.phase_goal,
            self.goal_progress,
            self.trend,
            self.founding_count,
            # "The total funding of X from 2017 to 2022": the sum stated for those years.
            self.sum_over_span,
            # "What's the latest grant from X?": X's newest sum, before the counts.
            self.latest_sum,
            self.stated_count,
            # "When did X start funding Y?": X's earliest sum given, before a start.
            self.first_given,
            self.founded,
            self.holder_by_title_name,
            self.no_current_holder,
            self.frequency,
            # "How many teachers were still teaching after two years?" when only a share
            # of them is stated: after every count.
            self.count_as_share,
        )

    @property
    def statement_shapes(self) -> tuple[Callable[[Query], Result], ...]:
        """The executors the answerer tries first, for questions whose shape says what
        is wanted whatever their words: "did X say anything about Y", "what was the
        meeting about", "explain X", "is X run by governments" (a stated contrary),
        "did they meet in <a place no release names>", "who represented X".
        Each returns None for a question not of its kind."""
        return (
            self.sole_claim,
            # "Why did X pull out of Y?" when a sentence says X renewed: the correction,
            # before any executor reads the premise's words as a topic.
            self.contradicted_premise,
            # "Why did X leave Y?" with nothing about both saying so: not found, before
            # any executor shows the nearest fact as the reason.
            self.unsupported_premise,
            self.expansion,
            self.outcome,
            # "Is A part of B?" against "A is not connected to B": no, before membership.
            self.unlinked,
            self.membership,
            self.party_membership,
            # "Who are the members of X?": the parties named in it, not what "members" did.
            self.members_of,
            # "Did X manage <an aimed-at event> by 2024 like it aimed to?"
            self.goal_event_met,
            # "How much have the bank's two loans come to in total?"
            self.sum_of_things,
            self.said_about,
            self.quoted_list,
            self.press_desk,
            self.event_topic,
            self.explanation,
            self.contrary,
            # "How much did governments contribute to X?": "X receives no funding from
            # governments", before the sum is reported not found.
            self.denied_amount,
            self.figure_source,
            self.percentage,
            self.place_yes_no,
            self.wrong_place,
            # A wh-question's wrong place or year: the right one, before any executor
            # reads the question without it.
            self.wrong_detail_place,
            self.wrong_detail_year,
            # "Why did X miss its goal of 800?" when its goal was 600: the right goal,
            # before the purpose or the facts read the premise as stated.
            self.wrong_detail_goal,
            # After the stated contrary and places: "is X a government-led …?" is theirs.
            self.described_claim,
            self.representatives,
            self.participants,
            self.former_heads,
            # "Who left X?": the people whose every title there ended.
            self.leavers,
            # Before the items' order: a country is named, never opened.
            self.countries,
            # "Which cities has X built playgrounds in?": the places named where it did.
            self.built_places,
            # "The first X outside R": the sentence saying so, before the date order.
            self.first_beyond,
            self.item_by_order,
            # "Which member joined X most recently?": the newest sentence saying so.
            self.joined_by_order,
            self.release_of_event,
            # "What did X announce on <a release's date>?": that release's news about X.
            self.release_on_day,
            # "What did X announce this year?": that year's releases by or about X.
            self.release_in_year,
            # "What did the 2020 release say about volunteers?": that year's sentences
            # holding the topic, naming no entry.
            self.release_topic_in_year,
            # "Which release first calls X President?": the oldest role stating it.
            self.title_release,
            self.quote_years,
            self.day_around,
            self.age_limit,
            self.beyond_series,
            self.what_for,
            self.founders,
            # "When did X open <a depot a release only plans>?": not found, the plan
            # shown; last, after the quotes, goals and claims that read such words.
            self.planned_not_done,
            # "When will <a part of a goal> open?": no date, the goal shown.
            self.goal_item_date,
            # "When did X start in Kenya / go to Ethiopia?": the sentence saying it
            # arrived there, before the facts answer with X's own start.
            self.arrival,
            # "How many trucks will the city add?" said only in a quote: the quote,
            # before a fact sharing some of its words stands in for it.
            self.quoted_figure,
            # "How much does an access pass cost?" when a statement calls it free.
            self.free_of_charge,
        )

    def _by_source_from(self, previous: Executors) -> None:
        """Take the quotes and roles by release from ``previous``'s tables, making
        again only the lists of releases whose quotes or roles changed
        (``by_source_from``); nothing when ``previous`` never made them."""
        old_index = previous.index
        for name, old_items, items in (
            ("_quotes_by_source", old_index.kb.quotes, self.index.kb.quotes),
            ("_roles_by_source", old_index.kb.roles, self.index.kb.roles),
        ):
            old = previous.__dict__.get(name)
            if old is None or name in self.__dict__:
                continue
            table = by_source_from(old, old_items, items)
            if table is not None:
                self.__dict__[name] = table

    def warm(self, previous: Executors | None = None) -> None:
        """Build now the tables executors otherwise build on their first question (the
        base's statements by year, its title news, quotes by release), so that no
        user's question pays for them: ``Engine.warm`` calls it off the event loop.
        ``previous``: the last snapshot's executors, whose tables are updated rather
        than made again where that is cheaper (``ChangeAnswers.warm_from``)."""
        if previous is not None:
            self.warm_from(previous)
            self.contacts_from(previous)
            self._by_source_from(previous)
        self._statements_by_year  # noqa: B018 (cached_property: built now and kept)
        self._role_news  # noqa: B018
        self._quotes_by_source  # noqa: B018
        self._roles_by_source  # noqa: B018 (a release's people: every role read once)
        self._releases_by_day  # noqa: B018 (a day's release: every release read once)
        self._releases_by_year  # noqa: B018 (a year's releases: every release read once)
        self._releases_by_publisher  # noqa: B018 (a publisher's releases: read once)
        self._events_by_word  # noqa: B018
        self._agreements_by_word  # noqa: B018
        self._contact_blocks  # noqa: B018
        self._known_places  # noqa: B018
        self._countries  # noqa: B018
        self._dateline_countries  # noqa: B018
        self._figure_name_heads  # noqa: B018 (a scan of every entity)
        self._range_counting  # noqa: B018 (a scan of every fact: how ranges are counted)
        self._only_event  # noqa: B018 (a scan of every entity)
        self._typed_memo  # noqa: B018 (empty: statements' values are read on first need)
        # Module tables a question reads (pycountry's country names, the wires' words):
        # built once per process, here rather than on a user's first question.
        normalised_nations()
        wire_words()


__all__ = ["Executors", "Result"]
