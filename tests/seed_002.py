"""The school study's 152 SIP meetings (spring 2026), built through the services.

The study counted by hand over three months: the school convened 116 (76 %),
the region 19 (12 %); the region attended 111 (73 %) and stayed away without
notice 10 times; school, social services and region were all present at 55;
7 meetings were follow-ups; 5 were held between school and social services
without the region. Meeting i (0..151) is laid out so those numbers come out:

- i < 7 follow-ups, the rest first SIP meetings;
- convened by the school for i < 116, by the region (BUP) for 116 <= i < 135,
  by social services after that;
- the school present at all;
- the region invited for i < 147: present for i < 111, absent without notice
  for 111 <= i < 121, absent with notice after that;
- social services present for 56 <= i < 111 (55 meetings with all three) and
  at the five meetings without the region, and a no-show at i == 130.

Fictional names; every child is "Testbarn", none has a personnummer but the
first, who has Skatteverket's test number 20121212-1212.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from sipdesk.domain.entities import Consent, Guardian, Meeting, Organisation, Person
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    MeetingKind,
    OrgKind,
    Principal,
    SentVia,
    Stage,
)
from sipdesk.domain.stats_period import Period

PERIOD = Period(date(2026, 3, 1), date(2026, 5, 31))
CHILD_NAME = ("Saga", "Testbarn")
PERSONNUMMER = "20121212-1212"
SEED_FIGURES = {
    "meetings_held": (152, None, None),
    "follow_ups_held": (7, 152, 5),
    "convened_by_school": (116, 152, 76),
    "convened_by_region": (19, 152, 12),
    "convened_by_social_services": (17, 152, 11),
    "region_invited": (147, 152, 97),
    "region_attended": (111, 152, 73),
    "region_absent_without_notice": (10, 152, 7),
    "region_absent_with_notice": (26, 152, 17),
    "school_social_region_all_present": (55, 152, 36),
}


def _working_days(start: date):
    day = start
    while True:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def build_seed_002(ws) -> dict[str, int]:
    """The 152 meetings in `ws`, in one transaction; returns the organisations' ids."""
    d = ws.directory
    school = d.add_organisation(Organisation("Ekbackaskolan", OrgKind.SCHOOL,
                                             Principal.MUNICIPALITY))
    social = d.add_organisation(Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES,
                                             Principal.MUNICIPALITY))
    bup = d.add_organisation(Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION))
    mentor = d.add_person(Person("Lena Holm", "biträdande rektor", school.id))
    socsek = d.add_person(Person("Johan Ek", "socialsekreterare", social.id))
    psykolog = d.add_person(Person("Anna Berg", "psykolog", bup.id))
    days = [day for day, _ in zip(_working_days(date(2026, 3, 2)), range(51), strict=False)]
    with ws.transaction():
        for i in range(152):
            day = days[i // 3]  # three meetings a working day
            first, last = CHILD_NAME
            case = ws.cases.create(first_name=first, last_name=f"{last}{i}",
                                   personnummer=PERSONNUMMER if i == 0 else None,
                                   need_found_on=day - timedelta(days=60),
                                   question="Hur får barnet stöd i skolan?")
            ws.cases.move(case.id, Stage.CONSENT_AND_PLANNING)
            # A child under 15 cannot consent alone (the first child is 13): a guardian too.
            guardian = ws.cases.add_guardian(case.id, Guardian("Maria Holm"))
            ws.cases.record_consent(case.id, Consent(
                given_on=day - timedelta(days=40), form=ConsentForm.WRITTEN, by_child=True,
                guardian_ids=frozenset({guardian.id}),
                covered_org_ids=frozenset({school.id, social.id, bup.id})))
            convener = school.id if i < 116 else bup.id if i < 135 else social.id
            kind = MeetingKind.FOLLOW_UP if i < 7 else MeetingKind.FIRST_SIP
            meeting = ws.meetings.schedule(case.id, Meeting(
                kind=kind, date=day, start=time(9 + i % 3 * 2), end=time(10 + i % 3 * 2),
                place="Ekbackaskolan", purpose="Skolgång", convened_by_org_id=convener))
            people = [(mentor, Attendance.PRESENT)]
            if i < 147:
                region = (Attendance.PRESENT if i < 111
                          else Attendance.ABSENT_WITHOUT_NOTICE if i < 121
                          else Attendance.ABSENT_WITH_NOTICE)
                people.append((psykolog, region))
            if 56 <= i < 111 or i >= 147:
                people.append((socsek, Attendance.PRESENT))
            elif i == 130:
                people.append((socsek, Attendance.ABSENT_WITHOUT_NOTICE))
            for person, attendance in people:
                ws.cases.add_to_network(case.id, person.id)
                invitation = ws.meetings.invite(meeting.id, person_id=person.id,
                                                sent_on=day - timedelta(days=21),
                                                sent_via=SentVia.EMAIL)
                ws.meetings.record_attendance(invitation.id, attendance)
    return {"school": school.id, "social": social.id, "bup": bup.id}
