"""Fictional demo cases spread over all six stages.

Every name and place here is invented. Personnummer are drawn only from the
test series that Skatteverket's published test personnummer use (birth
numbers 980-999) plus the classic test number 19121212-1212; none belongs to
a real person. Rows are written in batches inside the store's transactions,
because one transaction per case would cost one disk flush each.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sipdesk.domain.deadlines import add_months
from sipdesk.domain.entities import Case, Organisation
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    GoalStatus,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    OrgKind,
    Participation,
    PlanStatus,
    Principal,
    Response,
    ReviewStatus,
    SentVia,
    SigningMethod,
    Stage,
)
from sipdesk.domain.fingerprint import plan_fingerprint
from sipdesk.domain.plan_document import meeting_of, organisation_names, signatories
from sipdesk.store import convert, queries
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

# The case's network: each organisation with the professional who comes from it.
_Network = list[tuple[m.OrganisationRow, m.PersonRow]]

FIRST_NAMES = [
    "Elsa", "Alva", "Maja", "Wilma", "Ella", "Saga", "Ebba", "Alma", "Freja", "Tyra",
    "Noah", "Hugo", "Liam", "William", "Lucas", "Oliver", "Elias", "Adam", "Nils", "Ture",
    "Sami", "Amira", "Yusuf", "Leila", "Emil", "Juni", "Ines", "Otto", "Stella", "Melvin",
]
LAST_NAMES = [
    "Lind", "Berg", "Ek", "Holm", "Sjöström", "Åkesson", "Öberg", "Nyqvist", "Dahl", "Strand",
    "Björk", "Falk", "Lundin", "Sandberg", "Wikström", "Hedlund", "Ahmadi", "Korhonen",
    "Persson-Ådahl", "Mäkelä",
]
ADULT_FIRST = [
    "Anna", "Karin", "Maria", "Sara", "Lena", "Eva", "Johan", "Peter", "Mikael", "Anders",
    "Fatima", "Omar", "Helena", "Jonas", "Sofia", "Ulrika", "Per", "Åsa", "Gunilla", "Mats",
]

# Fictional organisations of the fictional municipality Norrby and region Exempelland.
ORGANISATIONS = [
    ("Norrby kommun, socialtjänsten", "Barn och unga", OrgKind.SOCIAL_SERVICES,
     Principal.MUNICIPALITY, ["socialsekreterare", "familjebehandlare", "enhetschef"]),
    ("Norrby kommun, LSS", "", OrgKind.LSS, Principal.MUNICIPALITY, ["LSS-handläggare"]),
    ("Ekbackaskolan", "F–9", OrgKind.SCHOOL, Principal.MUNICIPALITY,
     ["rektor", "mentor", "specialpedagog", "skolkurator", "skolsköterska"]),
    ("Friskolan Lärkan", "", OrgKind.SCHOOL, Principal.PRIVATE,
     ["rektor", "specialpedagog", "mentor"]),
    ("Solrosens förskola", "", OrgKind.PRESCHOOL, Principal.MUNICIPALITY,
     ["förskollärare", "förskolechef"]),
    ("BUP Norrby", "Öppenvården", OrgKind.BUP, Principal.REGION,
     ["psykolog", "kurator", "läkare", "sjuksköterska"]),
    ("Habiliteringen Exempelland", "Norrby", OrgKind.HABILITATION, Principal.REGION,
     ["arbetsterapeut", "logoped", "psykolog"]),
    ("Vårdcentralen Ekbacka", "", OrgKind.PRIMARY_CARE, Principal.REGION,
     ["distriktssköterska", "läkare"]),
    ("Ungdomsmottagningen Norrby", "", OrgKind.YOUTH_CLINIC, Principal.REGION,
     ["barnmorska", "kurator"]),
]

QUESTIONS = [
    "Hur kan skola, BUP och socialtjänst samordna stödet så att {n} kommer till skolan igen?",
    "Vilket stöd behöver {n} och familjen hemma och i förskolan efter utredningen?",
    "Hur ska insatserna från habiliteringen och skolan passa ihop under höstterminen?",
    "Hur kan {n} få hjälp med sömn och oro så att vardagen fungerar?",
    "Vem gör vad när {n} börjar på ny skola efter flytten?",
    "Hur ska familjen få avlastning och {n} stöd i kamratrelationer?",
]
PLACES = ["Norrby kommunhus, rum Ekorren", "Ekbackaskolan, konferensrummet",
          "BUP Norrby, samtalsrum 2", "Familjecentralen Norrby"]
VOICES = [
    "Jag vill att de vuxna pratar med varandra så jag slipper berätta allt flera gånger.",
    "Det viktigaste för mig är att få vara med på rasterna och ha en kompis.",
    "Jag vill kunna sova på nätterna och inte vara så arg.",
    "Jag vill att mamma och pappa får hjälp också.",
]
GOALS = [
    ("Närvaro i skolan", "Kommer till skolan minst fyra dagar i veckan"),
    ("Sömn", "Somnar före klockan 22 de flesta kvällar"),
    ("Kamrater", "Har en trygg vuxen och en kompis på rasterna"),
    ("Stöd till familjen", "Familjen får avlastning varannan helg"),
]
ACTIONS = [
    "Anpassad studiegång och en trygg vuxen vid skolstart",
    "Samtalskontakt varannan vecka",
    "Sömnbedömning och råd till familjen",
    "Kontaktfamilj enligt beslut",
    "Bildstöd och struktur i klassrummet",
    "Föräldrastödsgrupp under våren",
]


def demo_personnummer(rng: random.Random, born: date) -> str:
    """A valid personnummer in Skatteverket's test series (birth number 980-999)."""
    serial = rng.randint(980, 999)
    nine = f"{born:%y%m%d}{serial:03d}"
    return f"{born:%Y%m%d}-{serial:03d}{_luhn(nine)}"


def _luhn(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


@dataclass
class _Directory:
    orgs: list[m.OrganisationRow]
    people: dict[int, list[m.PersonRow]]  # organisation id -> people


def _ensure_directory(ws: Workspace, rng: random.Random) -> _Directory:
    with ws.transaction() as s:
        existing = s.query(m.OrganisationRow).all()
        if not existing:
            for name, unit, kind, principal, professions in ORGANISATIONS:
                org = m.OrganisationRow(
                    name=name, unit=unit, kind=kind, principal=principal,
                    address="Storgatan 1, 999 99 Norrby",
                    mailbox=f"sip@{kind.value}.norrby.example",
                    phone="0999-12 34 56", decision_maker="Enhetschef",
                )
                s.add(org)
                s.flush()
                for prof in professions:
                    for _ in range(2):
                        s.add(m.PersonRow(
                            name=f"{rng.choice(ADULT_FIRST)} {rng.choice(LAST_NAMES)}",
                            profession=prof, organisation_id=org.id,
                            phone="0999-10 20 30",
                            email=f"fornamn.efternamn@{kind.value}.norrby.example",
                        ))
            s.flush()
        orgs = s.query(m.OrganisationRow).order_by(m.OrganisationRow.id).all()
        people: dict[int, list[m.PersonRow]] = {}
        for p in s.query(m.PersonRow).all():
            if p.organisation_id is not None:
                people.setdefault(p.organisation_id, []).append(p)
        s.expunge_all()
        return _Directory(orgs, people)


def fill_demo_data(ws: Workspace, cases: int, seed: int = 2026, batch: int = 500) -> None:
    """Add `cases` fictional cases, spread evenly over the six stages."""
    rng = random.Random(seed)
    directory = _ensure_directory(ws, rng)
    today = ws.today()
    organisations = ws.directory.organisations_by_id()
    names = organisation_names(organisations)
    section_keys = ws.plans.current_template().section_keys
    done = 0
    while done < cases:
        with ws.transaction() as s:
            rows = [
                _case(s, rng, directory, Stage(i % 6 + 1), today)
                for i in range(done, min(cases, done + batch))
            ]
            s.add_all(rows)
            s.flush()  # ids first: the fingerprint of a signed version covers its rows
            for row in rows:
                signed = [p for p in row.plans if p.status is PlanStatus.SIGNED]
                if signed:
                    case = convert.case(row)
                for plan in signed:
                    plan.fingerprint = plan_fingerprint(
                        row.reference, convert.plan(plan), section_keys, names
                    )
                    _signatures(case, plan, organisations)
        done += batch


def _signatures(case: Case, plan: m.PlanRow, organisations: Mapping[int, Organisation]) -> None:
    """Everyone on the signature lines signed on paper on the day (by identity)."""
    entity = next(p for p in case.plans if p.id == plan.id)
    meeting = meeting_of(case, entity)
    invitations = meeting.invitations if meeting is not None else []
    assert plan.signed_on is not None
    plan.signing_method = SigningMethod.PAPER
    plan.signatures = [
        m.SignatureRow(name=line.name, role=line.description, invitation_id=line.invitation_id,
                       guardian_id=line.guardian_id, person_id=line.person_id,
                       is_child=line.is_child, signed_on=plan.signed_on)
        for line in signatories(case, invitations, organisations)
    ]


def _case(
    s: Session, rng: random.Random, dr: _Directory, stage: Stage, today: date
) -> m.CaseRow:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    born = today - timedelta(days=rng.randint(3 * 365, 17 * 365))
    pnr = None if rng.random() < 0.05 else demo_personnummer(rng, born)
    # Later stages began longer ago; the dates must stay consistent with each other.
    found = today - timedelta(days=rng.randint(5, 20) + 30 * (stage - 1))
    year = found.year
    number = queries.next_sequence(s, f"case:{year}")
    raised_org = rng.choice(dr.orgs)
    row = m.CaseRow(
        reference=f"SIP-{year}-{number:04d}",
        stage=int(stage),
        child_first_name=first,
        child_last_name=last,
        child_personnummer=pnr,
        child_birth_date=born,
        question=rng.choice(QUESTIONS).format(n=first),
        need_found_on=found,
        raised_by_org_id=raised_org.id,
        raised_by_function=rng.choice(dr.people[raised_org.id]).profession,
        participation=Participation.UNDECIDED,
        coordinator=rng.choice(["Karin Åkesson", "Johan Ek"]),
        archived=False,
        created_at=datetime.combine(found, time(9, 0)),
    )
    _ev(row, found, "created", "Ärendet skapades: behov av samordning upptäckt.")
    if stage >= Stage.CONSENT_AND_PLANNING:
        orgs = _planning(row, rng, dr, found)
    if stage >= Stage.ACTORS_INVITED:
        meeting_day = _invited(row, rng, orgs, stage, today)
    if stage >= Stage.MEETING:
        _meeting_held(row, rng, orgs, stage, today, meeting_day)
    if stage >= Stage.FOLLOW_UP:
        _follow_up(row, rng, stage, today, meeting_day)
    return row


def _ev(row: m.CaseRow, on: date, kind: str, text: str) -> None:
    row.events.append(m.EventRow(at=datetime.combine(on, time(10, 0)), kind=kind, text=text))


def _planning(row: m.CaseRow, rng: random.Random, dr: _Directory, found: date) -> _Network:
    """Guardians, consent and network; returns (organisation, person) of the network."""
    row.guardians = [
        m.GuardianRow(name=f"{rng.choice(ADULT_FIRST)} {row.child_last_name}",
                      phone="070-000 00 00", email="vardnadshavare@example.invalid")
        for _ in range(rng.choice([1, 2, 2]))
    ]
    care = [o for o in dr.orgs if o.kind.is_health_or_social_care]
    other = [o for o in dr.orgs if not o.kind.is_health_or_social_care]
    chosen = rng.sample(care, 2) + rng.sample(other, 1)
    given = found + timedelta(days=rng.randint(2, 7))
    consent = m.ConsentRow(
        given_on=given, form=rng.choice(list(ConsentForm)), by_child=rng.random() < 0.5,
        guardian_ids="", exclusions="", valid_until=given + timedelta(days=365),
    )
    consent.scope = [m.ConsentScopeRow(organisation_id=o.id, covered=True) for o in chosen]
    row.consents = [consent]
    members = [(o, rng.choice(dr.people[o.id])) for o in chosen]
    row.network = [m.CaseNetworkRow(person_id=p.id) for _, p in members]
    row.participation = rng.choice(
        [Participation.PRESENT, Participation.PART_OF_MEETING, Participation.LETTER,
         Participation.SUPPORT_PERSON]
    )
    _ev(row, given, "consent", "Samtycke registrerat.")
    _ev(row, given, "stage", "Steg ändrat: Behov av samordning upptäcks → Samtycke och planering")
    return members


def _invited(
    row: m.CaseRow, rng: random.Random, orgs: _Network, stage: Stage, today: date
) -> date:
    """The first meeting and its invitations; returns the meeting's day.

    Stage 3: the first meeting is ahead; later stages: it has been held.
    """
    if stage == Stage.ACTORS_INVITED:
        meeting_day = today + timedelta(days=rng.randint(5, 35))
    else:
        meeting_day = today - timedelta(days=30 * (stage - 3) + rng.randint(1, 20))
    mode = rng.choice([MeetingMode.IN_PERSON, MeetingMode.IN_PERSON, MeetingMode.VIDEO,
                       MeetingMode.PHONE])
    meeting = m.MeetingRow(
        kind=MeetingKind.FIRST_SIP, date=meeting_day, start=time(13, 0), end=time(14, 30),
        place=_place(rng, mode), mode=mode, purpose=row.question,
    )
    row.meetings.append(meeting)
    lead = rng.choice([28, 25, 21, 21, 18])  # some go out late, as in real life
    sent = meeting_day - timedelta(days=lead)
    for org, person in orgs:
        invite = m.InvitationRow(
            invitee_name="", kind=InvitationKind.SUMMONS
            if org.kind.is_health_or_social_care else InvitationKind.INVITATION,
            organisation_id=org.id, response=Response.NO_ANSWER,
            attendance=Attendance.UNKNOWN, is_child=False,
        )
        invite.person_id = person.id
        invite.invitee_name = person.name
        invite.profession = person.profession
        if sent <= today:
            invite.sent_on, invite.sent_via = sent, rng.choice(list(SentVia))
            invite.answer_by = sent + timedelta(days=14)
            if stage > Stage.ACTORS_INVITED or rng.random() < 0.6:
                invite.response = rng.choice(
                    [Response.ACCEPTED, Response.ACCEPTED, Response.REMOTE, Response.DECLINED,
                     Response.SUBSTITUTE]
                )
                invite.responded_on = min(today, sent + timedelta(days=rng.randint(1, 12)))
                if invite.response is Response.SUBSTITUTE:
                    invite.substitute_name = f"{rng.choice(ADULT_FIRST)} {rng.choice(LAST_NAMES)}"
        meeting.invitations.append(invite)
    _ev(row, min(sent, today), "stage", "Steg ändrat: Samtycke och planering → Aktörer kallas")
    return meeting_day


def _place(rng: random.Random, mode: MeetingMode) -> str:
    """Where the meeting is, in the form its mode needs: a room, a link or a dial-in."""
    if mode is MeetingMode.VIDEO:
        return f"https://video.norrby.example/sip-{rng.randint(1000, 9999)}"
    if mode is MeetingMode.PHONE:
        return f"Ring 0999-12 00 00, mötesnummer {rng.randint(100000, 999999)}"
    return rng.choice(PLACES)


def _meeting_held(
    row: m.CaseRow, rng: random.Random, orgs: _Network, stage: Stage, today: date, held: date
) -> None:
    meeting = row.meetings[0]
    care_people = [p.id for org, p in orgs if org.kind.is_health_or_social_care]
    row.chair_id = orgs[0][1].id
    row.plan_owner_id = care_people[0]
    meeting.note_taker_id = orgs[1][1].id
    for inv in meeting.invitations:
        if held <= today:
            inv.attendance = (
                Attendance.ABSENT_WITH_NOTICE if inv.response is Response.DECLINED
                else Attendance.ABSENT_WITHOUT_NOTICE if rng.random() < 0.07
                else Attendance.PRESENT
            )
    signed = stage > Stage.MEETING or rng.random() < 0.5
    plan = m.PlanRow(
        version=1, template_id="standard", template_version=1,
        status=PlanStatus.SIGNED if signed else PlanStatus.DRAFT,
        signed_on=held if signed else None,
        consent_confirmed=True, distribution=[],
    )
    plan.sections = [
        m.PlanSectionRow(key="question", text=row.question),
        m.PlanSectionRow(key="current_situation", text=(
            f"{row.child_first_name} går i skolan men har hög frånvaro. Familjen har kontakt "
            "med flera verksamheter som inte har pratat med varandra.")),
        m.PlanSectionRow(key="child_voice", text=rng.choice(VOICES)),
        m.PlanSectionRow(key="long_term_wish", text="Att vardagen fungerar hemma och i skolan."),
        m.PlanSectionRow(key="strengths", text="Engagerade föräldrar, tycker om idrott och djur."),
        m.PlanSectionRow(key="obstacles", text="Oro inför skoldagen, trötthet."),
    ]
    for pos, (need, goal) in enumerate(rng.sample(GOALS, 2)):
        org, person = orgs[pos % len(orgs)]
        plan.actions.append(m.PlanActionRow(
            position=pos, need=need, goal=goal, action=rng.choice(ACTIONS),
            organisation_id=org.id, person_name=person.name,
            due=(held + timedelta(days=60)).isoformat(),
            review_status=ReviewStatus.NOT_REVIEWED, review_comment="",
        ))
    plan.meeting = meeting
    row.plans.append(plan)
    _ev(row, held - timedelta(days=1), "stage",
        "Steg ändrat: Aktörer kallas → Möte där SIP upprättas")
    if signed:
        _ev(row, held, "plan", "Plan version 1 undertecknad.")
    if signed and stage == Stage.MEETING:
        # Signed at the meeting, so the follow-up was booked there too; later stages
        # book it with its invitations (_follow_up).
        row.meetings.append(m.MeetingRow(
            kind=MeetingKind.FOLLOW_UP, date=add_months(held, 3), start=time(9, 0),
            end=time(10, 0), place=meeting.place, mode=meeting.mode,
            purpose="Uppföljning av planen",
        ))


def _follow_up(
    row: m.CaseRow, rng: random.Random, stage: Stage, today: date, first_day: date
) -> None:
    plan = row.plans[0]
    first = row.meetings[0]
    follow_day = add_months(plan.signed_on or first_day, 3)
    if stage == Stage.FOLLOW_UP:
        follow_day = max(follow_day, today + timedelta(days=rng.randint(3, 40)))
    else:
        follow_day = min(follow_day, today - timedelta(days=rng.randint(1, 10)))
    meeting = m.MeetingRow(
        kind=MeetingKind.FOLLOW_UP, date=follow_day, start=time(9, 0), end=time(10, 0),
        place=first.place, mode=first.mode, purpose="Uppföljning av planen",
    )
    row.meetings.append(meeting)
    _invite_again(first, meeting, follow_day, rng, held=stage == Stage.CLOSE_OR_CONTINUE,
                  today=today)
    _ev(row, plan.signed_on or first_day, "stage",
        "Steg ändrat: Möte där SIP upprättas → Uppföljning")
    if stage == Stage.CLOSE_OR_CONTINUE:
        _reviewed_version(row, plan, meeting, follow_day, rng)
        _ev(row, follow_day, "stage", "Steg ändrat: Uppföljning → Avslut eller fortsatt SIP")


def _invite_again(first: m.MeetingRow, follow_up: m.MeetingRow, day: date,
                  rng: random.Random, *, held: bool, today: date) -> None:
    """The follow-up (on `day`) is called like the first meeting: the same people, in good time."""
    sent = day - timedelta(days=rng.choice([28, 24, 21]))
    for old in first.invitations:
        invite = m.InvitationRow(
            invitee_name=old.invitee_name, kind=old.kind, person_id=old.person_id,
            organisation_id=old.organisation_id, profession=old.profession, is_child=False,
            response=Response.NO_ANSWER, attendance=Attendance.UNKNOWN,
        )
        if sent <= today:
            invite.sent_on, invite.sent_via = sent, old.sent_via or SentVia.EMAIL
            invite.answer_by = sent + timedelta(days=14)
            if held or rng.random() < 0.7:
                invite.response = rng.choice([Response.ACCEPTED, Response.ACCEPTED,
                                              Response.REMOTE, Response.DECLINED])
                invite.responded_on = min(today, sent + timedelta(days=rng.randint(1, 10)))
        if held:
            invite.attendance = (Attendance.ABSENT_WITH_NOTICE
                                 if invite.response is Response.DECLINED else Attendance.PRESENT)
        follow_up.invitations.append(invite)


def _reviewed_version(
    row: m.CaseRow, signed: m.PlanRow, meeting: m.MeetingRow, day: date, rng: random.Random
) -> None:
    """Version 2, written and signed at the follow-up: it reviews version 1's actions.

    Version 1 stays exactly as it was signed; each reviewed action points back to it.
    """
    plan = m.PlanRow(
        version=2, template_id=signed.template_id, template_version=signed.template_version,
        status=PlanStatus.SIGNED, signed_on=day, meeting=meeting,
        consent_confirmed=True, distribution=[],
    )
    meeting.note_taker_id = row.meetings[0].note_taker_id
    plan.sections = [m.PlanSectionRow(key=sec.key, text=sec.text) for sec in signed.sections]
    plan.actions = [
        m.PlanActionRow(
            position=old.position, need=old.need, goal=old.goal, action=old.action,
            organisation_id=old.organisation_id, person_name=old.person_name, due=old.due,
            review_status=rng.choice([ReviewStatus.DONE, ReviewStatus.PARTLY,
                                      ReviewStatus.NOT_DONE]),
            review_comment="Följdes upp på mötet.",
            previous_action=old,
            # Every goal is closed at this follow-up: the case now stands before closing
            # (the choice is still drawn, so the demo's random sequence stays as it was).
            goal_status=_closed(rng.choice([GoalStatus.KEEP, GoalStatus.CHANGE,
                                            GoalStatus.CLOSE])),
        )
        for old in signed.actions
    ]
    row.plans.append(plan)
    _ev(row, day, "plan", "Plan version 2 undertecknad efter uppföljningen.")


def _closed(_drawn: GoalStatus) -> GoalStatus:
    return GoalStatus.CLOSE
