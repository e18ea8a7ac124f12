"""A fictional signed plan built without a store, for the plan documents' tests.

All names are made up; 20121212-1212 and 19121212-1212 are Skatteverket test numbers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sipdesk.domain.entities import Invitation, Meeting, Plan, PlanAction
from sipdesk.domain.enums import (
    Attendance,
    GoalStatus,
    InvitationKind,
    MeetingKind,
    Participation,
    PlanStatus,
    Response,
    ReviewStatus,
)
from sipdesk.domain.template import default_template
from tests.export.sample import BUP, ORGS, SCHOOL, SOC, sample_case

TEMPLATE = default_template()
SIGNED_ON = date(2026, 12, 21)

SECTION_TEXTS = {
    "question": "Hur får Elsa stöd att komma tillbaka till skolan?",
    "current_situation": "Elsa har varit hemma från skolan sedan oktober. Hon sover dåligt.",
    "child_voice": "Jag vill ha en lugn plats i skolan och slippa äta i matsalen.",
    "long_term_wish": "Att Elsa går i skolan varje dag och har kompisar.",
    "strengths": "Elsa är bra på att rita och tycker om djur. Mormor hjälper till.",
    "obstacles": "Oro inför skoldagen, trötthet på morgonen.",
    "goals": "Elsa är i skolan tre förmiddagar i veckan till uppföljningen.",
    "family_part": "Maria följer Elsa till skolan på morgonen.",
    "disagreements": "Skolan och familjen är inte överens om hur snabbt skoldagen ska bli längre.",
    "follow_up": "Uppföljning i mars. Johan Ek kallar.",
    "child_feedback": "Johan berättar för Elsa vad som bestämdes, veckan efter mötet.",
    "child_participation_next": "Elsa vill vara med i början av nästa möte.",
}

ACTIONS = [
    PlanAction(goal="Elsa är i skolan tre förmiddagar i veckan",
               action="Anpassad studiegång med en lugn plats i biblioteket",
               need="Trygg skolmiljö", organisation_id=SCHOOL.id, person_name="Lena Holm",
               due="2027-02-01", id=1),
    PlanAction(goal="Elsa sover bättre", action="Samtal om sömn och oro varannan vecka",
               need="Sömn", organisation_id=BUP.id, person_name="Anna Berg", due="v. 6", id=2),
    PlanAction(goal="Familjen får avlastning", action="Utreda kontaktfamilj",
               organisation_id=SOC.id, person_name="Johan Ek", due="före jul", id=3),
]


def sample_plan(**changes) -> tuple:
    """(case, plan, meeting) of a signed plan version 1 with attendance registered."""
    case, meeting = sample_case()
    present = {101, 102, 103, 104}
    invitations = [
        replace(i, attendance=Attendance.PRESENT if i.id in present else Attendance.UNKNOWN,
                response=Response.ACCEPTED)
        for i in meeting.invitations
    ]
    meeting = replace(meeting, invitations=invitations, note_taker_id=13)
    follow = Meeting(kind=MeetingKind.FOLLOW_UP, date=date(2027, 3, 22), start=time(9),
                     end=time(10), place="Kommunhuset, rum Ekorren", id=6)
    case.meetings[:] = [meeting, follow]
    case.plan_owner_id = 12
    case.participation = Participation.PART_OF_MEETING
    plan = Plan(version=1, template_id=TEMPLATE.id, template_version=TEMPLATE.version,
                sections=dict(SECTION_TEXTS), actions=[replace(a) for a in ACTIONS],
                status=PlanStatus.SIGNED, meeting_id=meeting.id, signed_on=SIGNED_ON,
                consent_confirmed=True, id=1)
    plan = replace(plan, **changes)
    case.plans[:] = [plan]
    return case, plan, meeting


def reviewed(plan: Plan) -> Plan:
    """A follow-up version reviewing every action of `plan`."""
    results = [ReviewStatus.DONE, ReviewStatus.PARTLY, ReviewStatus.NOT_DONE]
    goals = [GoalStatus.CLOSE, GoalStatus.KEEP, GoalStatus.CHANGE]
    actions = [
        replace(a, review_status=r, review_comment=f"Kommentar till insats {n}",
                goal_status=g, previous_action_id=a.id)
        for n, (a, r, g) in enumerate(zip(plan.actions, results, goals, strict=False), start=1)
    ]
    return replace(plan, version=2, actions=actions)


def long_plan(rows: int = 30) -> tuple:
    """A plan that needs many pages: long sections and many long actions."""
    sentence = ("Elsa och familjen berättar om hur vardagen ser ut, vad som fungerar och vad "
                "som är svårt, med åäöÅÄÖé och allt. ")
    sections = {key: f"{text}\n\n" + sentence * 12 + "\n\n" + sentence * 6
                for key, text in SECTION_TEXTS.items()}
    actions = [
        PlanAction(goal=f"Mål nummer {n}: " + "Elsa klarar mer av skoldagen. " * 3,
                   action=f"Insats nummer {n}: " + "Stöd varje vecka med uppföljning. " * 6,
                   need="Stöd i skolan", organisation_id=(BUP, SOC, SCHOOL)[n % 3].id,
                   person_name=("Anna Berg", "Johan Ek", "Lena Holm")[n % 3],
                   due=f"2027-0{1 + n % 9}-15", id=100 + n)
        for n in range(1, rows + 1)
    ]
    return sample_plan(sections=sections, actions=actions)


__all__ = ["ACTIONS", "ORGS", "SECTION_TEXTS", "SIGNED_ON", "TEMPLATE", "InvitationKind",
           "Invitation", "long_plan", "reviewed", "sample_plan"]
