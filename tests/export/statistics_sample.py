"""Statistics reports built from hand-made facts, without a store.

`sample_report()` spreads 40 meetings over four months, convened by all
parties, with invitations to a school, social services, BUP and habilitation
(some of them no-shows), a few plans and deviations. `small_report()` has
three meetings, so every count is under five.
"""

from __future__ import annotations

from datetime import date, timedelta

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import (
    Attendance,
    DeviationKind,
    MeetingKind,
    OrgKind,
    Principal,
    Response,
)
from sipdesk.domain.statistics import (
    CaseFact,
    DeviationFact,
    Facts,
    Filters,
    InvitationFact,
    MeetingFact,
    PlanFact,
    Report,
    compute,
)
from sipdesk.domain.stats_period import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 4, 30))
AS_OF = date(2026, 5, 15)

SCHOOL, SOCIAL, BUP, HAB = 1, 2, 3, 4
ORGANISATIONS = {
    SCHOOL: Organisation("Åsens skola", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=SCHOOL),
    SOCIAL: Organisation("Socialtjänsten Väster", OrgKind.SOCIAL_SERVICES,
                         Principal.MUNICIPALITY, id=SOCIAL, unit="Barn och unga"),
    BUP: Organisation("BUP Östra", OrgKind.BUP, Principal.REGION, id=BUP),
    HAB: Organisation("Habiliteringen Norrköping", OrgKind.HABILITATION, Principal.REGION,
                      id=HAB),
}
_CONVENERS = (SCHOOL, SOCIAL, BUP, None, SCHOOL)


def _invitation(meeting_id: int, org: int | None, attendance: Attendance, day: date,
                lead: int) -> InvitationFact:
    sent = day - timedelta(days=lead)
    return InvitationFact(meeting_id, org, Response.ACCEPTED, attendance, sent, None,
                          sent + timedelta(days=3))


def sample_facts(meetings: int = 40) -> Facts:
    found: list[MeetingFact] = []
    invitations: list[InvitationFact] = []
    cases: list[CaseFact] = []
    plans: list[PlanFact] = []
    deviations: list[DeviationFact] = []
    for n in range(1, meetings + 1):
        day = PERIOD.start + timedelta(days=(n * 3) % 118)
        kind = MeetingKind.FIRST_SIP if n % 3 else MeetingKind.FOLLOW_UP
        found.append(MeetingFact(n, n, kind, day, _CONVENERS[n % len(_CONVENERS)]))
        cases.append(CaseFact(n, "Anna Berg" if n % 2 else "Olle Ek",
                              day - timedelta(days=40), day - timedelta(days=20)))
        lead = 14 + n % 12
        invitations += [
            _invitation(n, None, Attendance.PRESENT, day, lead),
            _invitation(n, SCHOOL, Attendance.PRESENT, day, lead),
            _invitation(n, SOCIAL, Attendance.ABSENT_WITHOUT_NOTICE if n % 7 == 0
                        else Attendance.PRESENT, day, lead),
        ]
        if n % 2:
            invitations.append(_invitation(
                n, BUP, Attendance.ABSENT_WITHOUT_NOTICE if n % 5 == 0 else Attendance.PRESENT,
                day, lead))
        if n % 4 == 0:
            invitations.append(_invitation(n, HAB, Attendance.ABSENT_WITH_NOTICE, day, lead))
        if kind is MeetingKind.FIRST_SIP:
            plans.append(PlanFact(n, n, day, n % 2 == 0, n % 3 == 0))
        if n % 9 == 0:
            deviations.append(DeviationFact(n, DeviationKind.DID_NOT_ATTEND, BUP, day))
    return Facts(found, invitations, cases, plans, deviations, ORGANISATIONS)


def sample_report(meetings: int = 40, filters: Filters | None = None) -> Report:
    return compute(sample_facts(meetings), PERIOD, AS_OF, filters=filters)


def small_report() -> Report:
    return sample_report(meetings=3)


def empty_report() -> Report:
    return compute(Facts(organisations=ORGANISATIONS), PERIOD, AS_OF)


# A child who really is in the store, so the files can be searched for her.
CHILD_FIRST, CHILD_LAST = "Tindra", "Fjällgren"
PERSONNUMMER = "20121212-1212"  # Skatteverket's test number
STORE_PERIOD = Period(date(2026, 3, 1), date(2026, 5, 31))
FORBIDDEN = (CHILD_FIRST, CHILD_LAST, PERSONNUMMER, PERSONNUMMER.replace("-", ""), "121212-1212")


def build_named_cases(ws, meetings: int = 6) -> dict[str, int]:
    """`meetings` first SIP meetings in spring 2026 for cases of the named child, through
    the services: the school convenes and comes, BUP stays away without notice at every
    third meeting. Returns the organisations' ids."""
    from datetime import time

    from sipdesk.domain.entities import Consent, Guardian, Meeting, Person
    from sipdesk.domain.enums import ConsentForm, SentVia, Stage

    d = ws.directory
    school = d.add_organisation(Organisation("Ekbackaskolan", OrgKind.SCHOOL,
                                             Principal.MUNICIPALITY))
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    mentor = d.add_person(Person("Lena Holm", "mentor", school.id))
    psykolog = d.add_person(Person("Anna Berg", "psykolog", bup.id))
    with ws.transaction():
        for i in range(meetings):
            day = date(2026, 3, 9) + timedelta(days=7 * i)
            case = ws.cases.create(first_name=CHILD_FIRST, last_name=CHILD_LAST,
                                   personnummer=PERSONNUMMER if i == 0 else None,
                                   need_found_on=day - timedelta(days=50),
                                   question="Hur får Tindra stöd i skolan?")
            ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
            # A child under 15 cannot consent alone (the first child is 13): a guardian too.
            guardian = ws.cases.add_guardian(case.id, Guardian("Maria Holm"))
            ws.cases.record_consent(case.id, Consent(
                given_on=day - timedelta(days=30), form=ConsentForm.WRITTEN, by_child=True,
                guardian_ids=frozenset({guardian.id}),
                covered_org_ids=frozenset({school.id, bup.id})))
            meeting = ws.meetings.schedule(case.id, Meeting(
                kind=MeetingKind.FIRST_SIP, date=day, start=time(9), end=time(10),
                place="Ekbackaskolan", purpose=f"Skolgång för {CHILD_FIRST}",
                convened_by_org_id=school.id))
            people = [(mentor, Attendance.PRESENT),
                      (psykolog, Attendance.ABSENT_WITHOUT_NOTICE if i % 3 == 0
                       else Attendance.PRESENT)]
            for person, attendance in people:
                ws.cases.add_to_network(case.id, person.id)
                invitation = ws.meetings.invite(meeting.id, person_id=person.id,
                                                sent_on=day - timedelta(days=21),
                                                sent_via=SentVia.EMAIL)
                ws.meetings.record_attendance(invitation.id, attendance)
    return {"school": school.id, "bup": bup.id}
