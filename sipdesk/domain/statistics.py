"""Statistics over a period, computed from plain facts read once from the store.

The store hands over flat facts (one tuple per meeting, invitation, case,
plan version and deviation, no names of children); `compute` counts them in
one pass each. What every measure means is in stats_measures.MEASURES.
Nothing here knows a child's name or personnummer: a report can leave the
municipality as it is, with `hide_small` for counts under five.
"""

from __future__ import annotations

import statistics as pystats
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import NamedTuple

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.deadlines import add_months
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import Attendance, DeviationKind, MeetingKind, Response
from sipdesk.domain.stats_measures import DEVIATION_KEYS, MEASURES, PARTIES, Party, party_of
from sipdesk.domain.stats_period import Period

SMALL = 5  # counts below this are shown as "<5" when a report leaves the municipality
HIDDEN = "<5"
HIDDEN_VALUE = "dolt"  # a hidden wait in days: "<5" would read as "under five days"
_SIP_MEETINGS = frozenset({MeetingKind.FIRST_SIP, MeetingKind.FOLLOW_UP})


class MeetingFact(NamedTuple):
    id: int
    case_id: int
    kind: MeetingKind
    date: date | None
    convened_by_org_id: int | None


class InvitationFact(NamedTuple):
    meeting_id: int
    organisation_id: int | None  # None for the child and the guardians
    response: Response
    attendance: Attendance
    sent_on: date | None
    answer_by: date | None
    responded_on: date | None


class CaseFact(NamedTuple):
    id: int
    coordinator: str
    need_found_on: date | None
    first_consent_on: date | None


class PlanFact(NamedTuple):
    case_id: int
    meeting_id: int | None
    signed_on: date | None
    has_child_voice: bool
    child_told: bool


class DeviationFact(NamedTuple):
    case_id: int
    kind: DeviationKind
    organisation_id: int | None
    occurred_on: date


@dataclass(frozen=True)
class Facts:
    meetings: Sequence[MeetingFact] = ()
    invitations: Sequence[InvitationFact] = ()
    cases: Sequence[CaseFact] = ()
    plans: Sequence[PlanFact] = ()
    deviations: Sequence[DeviationFact] = ()
    organisations: Mapping[int, Organisation] = field(default_factory=dict)


@dataclass(frozen=True)
class Filters:
    """Narrow a report to one organisation (invited or convening) or one coordinator."""

    organisation_id: int | None = None
    coordinator: str = ""

    def describe(self, organisations: Mapping[int, Organisation]) -> str:
        parts = []
        if self.organisation_id is not None:
            org = organisations.get(self.organisation_id)
            parts.append(f"organisation: {org.display_name if org else 'okänd'}")
        if self.coordinator.strip():
            parts.append(f"samordnare: {self.coordinator.strip()}")
        return ", ".join(parts) or "alla ärenden"


def percent(count: float, of: int | None) -> int | None:
    """Whole per cent of `of`, rounded half to even (19 of 152 is 12); None without a base."""
    if not of:
        return None
    return round(Fraction(count) * 100 / of)


@dataclass(frozen=True)
class Figure:
    measure: str
    count: float
    of: int | None = None
    organisation: str = ""  # empty for the total; an organisation's name for its row
    organisation_id: int | None = None

    @property
    def label(self) -> str:
        return MEASURES[self.measure].label

    @property
    def is_value(self) -> bool:
        return MEASURES[self.measure].is_value

    @property
    def percent(self) -> int | None:
        return None if self.is_value else percent(self.count, self.of)

    def hidden(self, hide_small: bool) -> bool:
        """Whether the figure could point at a few children, and must not leave as it is."""
        if not hide_small:
            return False
        if MEASURES[self.measure].is_one_child:  # the longest wait is one child's wait
            return self.of is not None and self.of > 0
        if self.is_value:  # a median of three waits is close to one child's wait
            return self.of is not None and 0 < self.of < SMALL
        return 0 < self.count < SMALL

    def shown(self, hide_small: bool = False) -> tuple[str, str, str]:
        """(count, of, percent) as text: '116', '152', '76 %'; '<5' where hidden."""
        if self.hidden(hide_small):
            return HIDDEN_VALUE if self.is_value else HIDDEN, _small(self.of, hide_small), ""
        count = _number(self.count)
        pct = self.percent
        of = _small(self.of, hide_small)
        return count, of, "" if pct is None or of == HIDDEN else f"{pct} %"


def _small(value: int | None, hide_small: bool) -> str:
    if value is None:
        return ""
    return HIDDEN if hide_small and 0 < value < SMALL else str(value)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


class MonthLead(NamedTuple):
    """Kallelse lead time of the meetings held in one month."""

    month: date  # the first of the month
    median_days: float | None
    sent: int
    in_time: int


@dataclass(frozen=True)
class Report:
    period: Period
    as_of: date
    filters: Filters
    figures: tuple[Figure, ...]
    lead_by_month: tuple[MonthLead, ...] = ()
    filter_text: str = "alla ärenden"

    def figure(self, measure: str, organisation_id: int | None = None) -> Figure:
        for figure in self.figures:
            if figure.measure == measure and figure.organisation_id == organisation_id:
                return figure
        raise KeyError(measure)

    def totals(self) -> list[Figure]:
        return [f for f in self.figures if not f.organisation]

    def by_organisation(self, measure: str) -> list[Figure]:
        return [f for f in self.figures if f.measure == measure and f.organisation]


def compute(facts: Facts, period: Period, as_of: date,
            settings: DeadlineSettings | None = None, filters: Filters | None = None) -> Report:
    """The report for `period`, as things stood on `as_of` (meetings after it are not held)."""
    settings = settings or DeadlineSettings()
    filters = filters or Filters()
    orgs = facts.organisations
    by_meeting: dict[int, list[InvitationFact]] = defaultdict(list)
    for inv in facts.invitations:
        by_meeting[inv.meeting_id].append(inv)
    cases = {c.id: c for c in facts.cases}
    wanted, involved = _wanted(facts, by_meeting, filters)
    held = [m for m in facts.meetings
            if m.kind in _SIP_MEETINGS and m.date is not None and m.date in period
            and m.date <= as_of and m.case_id in wanted
            and (involved is None or m.id in involved)]

    figures: list[Figure] = []
    total = len(held)
    figures.append(Figure("meetings_held", total))
    figures.append(Figure("first_meetings_held",
                          sum(m.kind is MeetingKind.FIRST_SIP for m in held), total))
    figures.append(Figure("follow_ups_held",
                          sum(m.kind is MeetingKind.FOLLOW_UP for m in held), total))
    figures += _conveners(held, orgs)
    figures += _attendance(held, by_meeting, orgs)
    lead_figures, by_month = _lead_times(held, by_meeting, settings)
    figures += lead_figures
    figures += _waiting(facts.meetings, cases, wanted, period, as_of)
    figures += _follow_ups(facts, wanted, period, as_of, settings)
    figures += _plans(facts, wanted, period)
    figures += _deviations(facts, wanted, period, orgs)
    return Report(period, as_of, filters, tuple(figures), tuple(by_month),
                  filters.describe(orgs))


def _wanted(facts: Facts, by_meeting: Mapping[int, list[InvitationFact]],
            filters: Filters) -> tuple[set[int], set[int] | None]:
    """The cases the filters keep, and (with an organisation) the meetings it took part in."""
    coordinator = filters.coordinator.strip().casefold()
    wanted = {c.id for c in facts.cases
              if not coordinator or c.coordinator.strip().casefold() == coordinator}
    org = filters.organisation_id
    if org is None:
        return wanted, None
    involved = {m.id for m in facts.meetings
                if m.convened_by_org_id == org
                or any(i.organisation_id == org for i in by_meeting.get(m.id, ()))}
    cases = {m.case_id for m in facts.meetings if m.id in involved}
    return wanted & cases, involved


def _conveners(held: Iterable[MeetingFact], orgs: Mapping[int, Organisation]) -> list[Figure]:
    held = list(held)
    counts: dict[str, int] = defaultdict(int)
    for m in held:
        if m.convened_by_org_id is None:
            counts["unknown"] += 1
        else:
            counts[party_of(orgs.get(m.convened_by_org_id)).value] += 1
    keys = [p.value for p in PARTIES] + ["unknown"]
    return [Figure(f"convened_by_{key}", counts[key], len(held)) for key in keys]


_STATES = (
    ("attended", Attendance.PRESENT),
    ("absent_with_notice", Attendance.ABSENT_WITH_NOTICE),
    ("absent_without_notice", Attendance.ABSENT_WITHOUT_NOTICE),
)


def _attendance(held: list[MeetingFact], by_meeting: Mapping[int, list[InvitationFact]],
                orgs: Mapping[int, Organisation]) -> list[Figure]:
    total = len(held)
    party_counts: dict[tuple[Party, str], int] = defaultdict(int)
    org_counts: dict[tuple[int, str], int] = defaultdict(int)
    all_present = not_recorded = 0
    for m in held:
        party_seen: set[tuple[Party, str]] = set()
        org_seen: set[tuple[int, str]] = set()
        invitations = by_meeting.get(m.id, ())
        for inv in invitations:
            if inv.organisation_id is None:
                continue
            party = party_of(orgs.get(inv.organisation_id))
            what = ["invited"] + [name for name, state in _STATES if inv.attendance is state]
            if inv.response is Response.SUBSTITUTE:
                what.append("substitute")
            party_seen.update((party, w) for w in what)
            org_seen.update((inv.organisation_id, w) for w in what)
        for key in party_seen:
            party_counts[key] += 1
        for org_key in org_seen:
            org_counts[org_key] += 1
        if all((p, "attended") in party_seen
               for p in (Party.SCHOOL, Party.SOCIAL_SERVICES, Party.REGION)):
            all_present += 1
        if any(inv.attendance is Attendance.UNKNOWN for inv in invitations):
            not_recorded += 1

    figures: list[Figure] = []
    suffixes = ("invited", "attended", "absent_with_notice", "absent_without_notice",
                "substitute")
    for party in PARTIES:
        for suffix in suffixes:
            figures.append(Figure(f"{party.value}_{suffix}", party_counts[(party, suffix)], total))
    named = sorted(((org_id, orgs.get(org_id)) for org_id in {k[0] for k in org_counts}),
                   key=lambda pair: (pair[1].display_name if pair[1] else "").casefold())
    for org_id, org in named:
        party = party_of(org)
        name = org.display_name if org else "Okänd organisation"
        for suffix in suffixes:
            figures.append(Figure(f"{party.value}_{suffix}", org_counts[(org_id, suffix)], total,
                                  organisation=name, organisation_id=org_id))
    figures.append(Figure("school_social_region_all_present", all_present, total))
    figures.append(Figure("attendance_not_recorded", not_recorded, total))
    return figures


def _lead_times(held: list[MeetingFact], by_meeting: Mapping[int, list[InvitationFact]],
                settings: DeadlineSettings) -> tuple[list[Figure], list[MonthLead]]:
    all_invitations = 0
    leads: list[int] = []
    answered = 0
    month_leads: dict[date, list[int]] = defaultdict(list)
    for m in held:
        assert m.date is not None  # held meetings have dates
        for inv in by_meeting.get(m.id, ()):
            all_invitations += 1
            if inv.sent_on is None:
                continue
            lead = (m.date - inv.sent_on).days
            leads.append(lead)
            month_leads[m.date.replace(day=1)].append(lead)
            due = inv.answer_by or _answer_due(inv.sent_on, settings)
            if inv.response is not Response.NO_ANSWER and inv.responded_on is not None \
                    and inv.responded_on <= due:
                answered += 1
    needed = settings.invitation_lead_days
    sent = len(leads)
    figures = [
        Figure("invitations_sent", sent, all_invitations),
        Figure("kallelse_lead_days_median", _median(leads), sent),
        Figure("kallelse_sent_in_time", sum(lead >= needed for lead in leads), sent),
        Figure("answered_by_deadline", answered, sent),
    ]
    by_month = [MonthLead(month, _median(values) if values else None, len(values),
                          sum(v >= needed for v in values))
                for month, values in sorted(month_leads.items())]
    return figures, by_month


def _answer_due(sent_on: date, settings: DeadlineSettings) -> date:
    return sent_on + timedelta(days=settings.answer_within_days)


def _waiting(meetings: Sequence[MeetingFact], cases: Mapping[int, CaseFact], wanted: set[int],
             period: Period, as_of: date) -> list[Figure]:
    first: dict[int, date] = {}
    for m in meetings:
        if m.kind is MeetingKind.FIRST_SIP and m.date is not None and m.date <= as_of:
            if m.case_id not in first or m.date < first[m.case_id]:
                first[m.case_id] = m.date
    to_consent: list[int] = []
    to_meeting: list[int] = []
    for case_id, day in first.items():
        case = cases.get(case_id)
        if case is None or case_id not in wanted or day not in period:
            continue
        consent = case.first_consent_on
        # A date in the wrong order is a typing mistake, not a negative wait: left out.
        if consent is not None and case.need_found_on is not None \
                and consent >= case.need_found_on:
            to_consent.append((consent - case.need_found_on).days)
        if consent is not None and day >= consent:
            to_meeting.append((day - consent).days)
    return [
        Figure("days_need_to_consent_median", _median(to_consent), len(to_consent)),
        Figure("days_need_to_consent_longest", max(to_consent, default=0), len(to_consent)),
        Figure("days_consent_to_first_meeting_median", _median(to_meeting), len(to_meeting)),
        Figure("days_consent_to_first_meeting_longest", max(to_meeting, default=0),
               len(to_meeting)),
    ]


def _follow_ups(facts: Facts, wanted: set[int], period: Period, as_of: date,
                settings: DeadlineSettings) -> list[Figure]:
    follow_up_days: dict[int, list[date]] = defaultdict(list)
    for m in facts.meetings:
        if m.kind is MeetingKind.FOLLOW_UP and m.date is not None and m.date <= as_of:
            follow_up_days[m.case_id].append(m.date)
    due_count = in_time = not_held = 0
    for plan in facts.plans:
        if plan.signed_on is None or plan.case_id not in wanted:
            continue
        due = add_months(plan.signed_on, settings.follow_up_after_months)
        if due not in period or due > as_of:
            continue
        due_count += 1
        later = [d for d in follow_up_days.get(plan.case_id, ()) if d > plan.signed_on]
        if any(d <= due for d in later):
            in_time += 1
        elif not later:
            not_held += 1
    return [
        Figure("follow_ups_due", due_count),
        Figure("follow_ups_in_time", in_time, due_count),
        Figure("follow_ups_overdue", due_count - in_time, due_count),
        Figure("follow_ups_not_held", not_held, due_count),
    ]


def _plans(facts: Facts, wanted: set[int], period: Period) -> list[Figure]:
    meeting_days = {m.id: m.date for m in facts.meetings}
    signed = [p for p in facts.plans
              if p.signed_on is not None and p.signed_on in period and p.case_id in wanted]
    n = len(signed)
    return [
        Figure("plans_signed", n),
        Figure("plans_signed_at_meeting",
               sum(p.meeting_id is not None and meeting_days.get(p.meeting_id) == p.signed_on
                   for p in signed), n),
        Figure("plans_with_child_voice", sum(p.has_child_voice for p in signed), n),
        Figure("plans_child_told", sum(p.child_told for p in signed), n),
    ]


def _deviations(facts: Facts, wanted: set[int], period: Period,
                orgs: Mapping[int, Organisation]) -> list[Figure]:
    found = [d for d in facts.deviations if d.occurred_on in period and d.case_id in wanted]
    n = len(found)
    figures = [Figure("deviations", n)]
    for kind, key in DEVIATION_KEYS.items():
        figures.append(Figure(key, sum(d.kind is kind for d in found), n))
    per_org: dict[int, int] = defaultdict(int)
    for d in found:
        if d.organisation_id is not None:
            per_org[d.organisation_id] += 1
    rows = []
    for org_id, count in per_org.items():
        org = orgs.get(org_id)
        rows.append(Figure("deviations", count, n,
                           organisation=org.display_name if org else "Okänd organisation",
                           organisation_id=org_id))
    return figures + sorted(rows, key=lambda f: f.organisation.casefold())


def _median(values: Sequence[int]) -> float:
    return float(pystats.median(values)) if values else 0.0
