"""Fictional demo cases spread over all six stages.

Every name and place here is invented. Personnummer are drawn only from the
test series that Skatteverket's published test personnummer use (birth
numbers 980-999) plus the classic test number 19121212-1212; none belongs to
a real person. Rows are written in batches inside the store's transactions,
because one transaction per case would cost one disk flush each.

Statistics are computed from this data, so it looks like a year of real work:
the meetings held are spread over the twelve months before today, on working
days only; most are convened by the school, some by the region's units, the
rest by social services; the region is sometimes absent without notice; some
kallelser go out late, some answers come after the day asked for, and now and
then someone sends a substitute.

The store remembers which cases are fictional (DEMO_CASES_KEY), so that
`sipdesk demo-data` can refuse a store that also holds real ones.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from sipdesk.domain.deadlines import add_months
from sipdesk.domain.entities import Case, Organisation
from sipdesk.domain.enums import (
    Attendance,
    ConsentForm,
    DeviationKind,
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
from sipdesk.domain.working_days import next_working_day
from sipdesk.store import convert, queries
from sipdesk.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace

# The references of the cases fill_demo_data made (a JSON list in the settings table).
DEMO_CASES_KEY = "demo_case_references"

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


# Who convenes a meeting, as SIP coordinators report it: mostly the school.
CONVENER_SHARES = (("school", 0.75), ("region", 0.12), ("social", 0.13))
_SCHOOL_KINDS = frozenset({OrgKind.SCHOOL, OrgKind.PRESCHOOL})
_SOCIAL_KINDS = frozenset({OrgKind.SOCIAL_SERVICES, OrgKind.LSS})
# Per party, the share of invitations: declined (absent with notice), a substitute sent,
# joined remotely, and (at a held meeting) absent without notice.
_ANSWERS = {
    "region": (0.10, 0.08, 0.15, 0.07),
    "school": (0.06, 0.05, 0.10, 0.03),
    "social": (0.08, 0.07, 0.10, 0.03),
}
# Days before the meeting a kallelse goes out: 21 is on time, two in ten go out late.
_LEADS = (28, 26, 24, 22, 21, 21, 21, 21, 18, 15)
_FOLLOW_UP_LEADS = (28, 24, 21, 21, 17)


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

    def party(self, organisation_id: int | None) -> str:
        org = next((o for o in self.orgs if o.id == organisation_id), None)
        return _party(org) if org is not None else "other"


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
                _guardians_consent(row)
                signed = [p for p in row.plans if p.status is PlanStatus.SIGNED]
                if signed:
                    case = convert.case(row)
                for plan in signed:
                    plan.fingerprint = plan_fingerprint(
                        row.reference, convert.plan(plan), section_keys, names
                    )
                    _signatures(case, plan, organisations)
            _remember_demo_cases(s, rows)
        done += batch


def _remember_demo_cases(s: Session, rows: list[m.CaseRow]) -> None:
    """In the same transaction as the cases: these are fictional. References, not ids:
    a deleted case's id can be given again, a reference never is."""
    row = s.get(m.Setting, DEMO_CASES_KEY)
    known = set(json.loads(row.value)) if row else set()
    known.update(r.reference for r in rows)
    s.merge(m.Setting(key=DEMO_CASES_KEY, value=json.dumps(sorted(known))))


def real_cases(ws: Workspace) -> int:
    """How many of the store's cases (closed and archived too) fill_demo_data did not make.

    A store filled before the demo cases were remembered counts all its cases as real.
    """
    with ws.reading() as s:
        row = s.get(m.Setting, DEMO_CASES_KEY)
        demo = set(json.loads(row.value)) if row else set()
        references = s.scalars(select(m.CaseRow.reference)).all()
    return sum(1 for reference in references if reference not in demo)


def _guardians_consent(row: m.CaseRow) -> None:
    """Every guardian gave the case's consent, the child too now and then: a child under
    15 cannot consent alone (domain/consent.py). Their ids exist once the rows are flushed."""
    for consent in row.consents:
        consent.guardian_ids = convert.ids_text(g.id for g in row.guardians)


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
    # From the meeting on, the first meeting's day (spread over the last twelve
    # months) decides, and the need was found six to eleven weeks before it.
    held = _first_meeting_day(rng, stage, today) if stage >= Stage.MEETING else None
    if held is None:
        found = today - timedelta(days=rng.randint(5, 20) + 30 * (stage - 1))
    else:
        found = held - timedelta(days=rng.randint(45, 80))
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
        meeting_day = _invited(row, rng, dr, orgs, stage, today, held)
    if stage >= Stage.MEETING:
        _meeting_held(row, rng, orgs, stage, today, meeting_day)
    if stage >= Stage.FOLLOW_UP:
        _follow_up(row, rng, dr, stage, today, meeting_day)
    return row


def _first_meeting_day(rng: random.Random, stage: Stage, today: date) -> date:
    """When the first SIP meeting of a case at `stage` (MEETING or later) was held.

    Together they cover the year before today: a case still at the meeting held it
    in the last weeks, one in follow-up up to half a year ago, one before closing
    (its follow-up held too) up to a year ago.
    """
    days = {Stage.MEETING: (1, 30), Stage.FOLLOW_UP: (25, 240)}.get(stage, (100, 360))
    return next_working_day(today - timedelta(days=rng.randint(*days)), -1)


def _party(org: m.OrganisationRow) -> str:
    """school, social (services, LSS) or region, the three parties of a SIP; else other."""
    if org.kind in _SCHOOL_KINDS:
        return "school"
    if org.kind in _SOCIAL_KINDS:
        return "social"
    if org.principal is Principal.REGION or org.kind.is_health_or_social_care:
        return "region"
    return "other"


def _convener(rng: random.Random, dr: _Directory, orgs: _Network) -> int:
    """The organisation that convenes the case's meetings: the case's own school, BUP or
    social services when they are in its network, else one of the directory's."""
    draw, wanted = rng.random(), CONVENER_SHARES[-1][0]
    for party, share in CONVENER_SHARES:
        if draw < share:
            wanted = party
            break
        draw -= share
    own = [org for org, _ in orgs if _party(org) == wanted]
    if own:
        return own[0].id
    others = [org for org in dr.orgs if _party(org) == wanted]
    return (others[0] if others else orgs[0][0]).id


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
        guardian_ids="",  # every guardian: _guardians_consent, once they have ids
        exclusions="", valid_until=given + timedelta(days=365),
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
    row: m.CaseRow, rng: random.Random, dr: _Directory, orgs: _Network, stage: Stage,
    today: date, held: date | None,
) -> date:
    """The first meeting and its invitations; returns the meeting's day.

    Stage 3: the first meeting is ahead; later stages: it was held on `held`.
    """
    if held is None:
        meeting_day = next_working_day(today + timedelta(days=rng.randint(5, 35)), 1)
    else:
        meeting_day = held
    mode = rng.choice([MeetingMode.IN_PERSON, MeetingMode.IN_PERSON, MeetingMode.VIDEO,
                       MeetingMode.PHONE])
    meeting = m.MeetingRow(
        kind=MeetingKind.FIRST_SIP, date=meeting_day, start=time(13, 0), end=time(14, 30),
        place=_place(rng, mode), mode=mode, purpose=row.question,
        convened_by_org_id=_convener(rng, dr, orgs),
    )
    row.meetings.append(meeting)
    # Some go out late, as in real life; on a working day, so perhaps a day or two earlier.
    sent = next_working_day(meeting_day - timedelta(days=rng.choice(_LEADS)), -1)
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
                _answer(invite, rng, _party(org), meeting_day, today,
                        held=stage > Stage.ACTORS_INVITED)
        meeting.invitations.append(invite)
    _ev(row, min(sent, today), "stage", "Steg ändrat: Samtycke och planering → Aktörer kallas")
    return meeting_day


def _answer(invite: m.InvitationRow, rng: random.Random, party: str, meeting_day: date,
            today: date, *, held: bool) -> None:
    """The answer to a kallelse that was sent, and (when the meeting was held) who came.

    A no-show without notice may have said yes or not answered at all; one who
    declined was absent with notice; a substitute or a remote participant came.
    """
    declined, substitute, remote, no_show = _ANSWERS.get(party, _ANSWERS["school"])
    draw = rng.random()
    if not held:
        draw = no_show + draw * (1 - no_show)  # nobody has failed to come yet
    attendance = Attendance.PRESENT
    if draw < no_show:
        invite.response = rng.choice([Response.ACCEPTED, Response.NO_ANSWER])
        attendance = Attendance.ABSENT_WITHOUT_NOTICE
    elif draw < no_show + declined:
        invite.response = Response.DECLINED
        attendance = Attendance.ABSENT_WITH_NOTICE
    elif draw < no_show + declined + substitute:
        invite.response = Response.SUBSTITUTE
        invite.substitute_name = f"{rng.choice(ADULT_FIRST)} {rng.choice(LAST_NAMES)}"
    elif draw < no_show + declined + substitute + remote:
        invite.response = Response.REMOTE
    else:
        invite.response = Response.ACCEPTED
    if held:
        invite.attendance = attendance
    if invite.response.is_answer and invite.sent_on is not None:
        # Most answer within the two weeks asked for; about one in five after it.
        days = rng.randint(1, 13) if rng.random() < 0.8 else rng.randint(15, 20)
        latest = min(today, max(invite.sent_on, meeting_day - timedelta(days=1)))
        invite.responded_on = min(latest, invite.sent_on + timedelta(days=days))


def _no_show_deviations(row: m.CaseRow, meeting: m.MeetingRow, today: date) -> None:
    """As recording attendance does: a deviation for each organisation absent without
    notice; the coordinator has completed those of meetings more than two weeks ago."""
    assert meeting.date is not None
    for inv in meeting.invitations:
        if inv.attendance is not Attendance.ABSENT_WITHOUT_NOTICE or not inv.organisation_id:
            continue
        role = f" ({inv.profession})" if inv.profession else ""
        draft = (today - meeting.date).days < 14
        row.deviations.append(m.DeviationRow(
            kind=DeviationKind.DID_NOT_ATTEND, occurred_on=meeting.date,
            organisation_id=inv.organisation_id,
            description=f"{inv.invitee_name}{role} kom inte till mötet och hade inte "
                        "lämnat återbud.",
            draft=draft,
        ))
        _ev(row, meeting.date, "no_show",
            f"Utkast till avvikelse: {inv.invitee_name} uteblev utan återbud.")
        if not draft:
            _ev(row, meeting.date + timedelta(days=7), "no_show",
                f"Avvikelse registrerad ({DeviationKind.DID_NOT_ATTEND.label.lower()}).")


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
    _no_show_deviations(row, meeting, today)
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
            kind=MeetingKind.FOLLOW_UP, date=next_working_day(add_months(held, 3), 1),
            start=time(9, 0), end=time(10, 0), place=meeting.place, mode=meeting.mode,
            purpose="Uppföljning av planen", convened_by_org_id=meeting.convened_by_org_id,
        ))


def _follow_up(
    row: m.CaseRow, rng: random.Random, dr: _Directory, stage: Stage, today: date,
    first_day: date,
) -> None:
    plan = row.plans[0]
    first = row.meetings[0]
    follow_day = add_months(plan.signed_on or first_day, 3)
    if stage == Stage.FOLLOW_UP:
        follow_day = max(follow_day, today + timedelta(days=rng.randint(3, 40)))
        follow_day = next_working_day(follow_day, 1)
    else:
        follow_day = min(follow_day, today - timedelta(days=rng.randint(1, 10)))
        follow_day = next_working_day(follow_day, -1)
    meeting = m.MeetingRow(
        kind=MeetingKind.FOLLOW_UP, date=follow_day, start=time(9, 0), end=time(10, 0),
        place=first.place, mode=first.mode, purpose="Uppföljning av planen",
        convened_by_org_id=first.convened_by_org_id,  # as booking it at the meeting does
    )
    row.meetings.append(meeting)
    held = stage == Stage.CLOSE_OR_CONTINUE
    _invite_again(first, meeting, follow_day, rng, dr, held=held, today=today)
    if held:
        _no_show_deviations(row, meeting, today)
    _ev(row, plan.signed_on or first_day, "stage",
        "Steg ändrat: Möte där SIP upprättas → Uppföljning")
    if stage == Stage.CLOSE_OR_CONTINUE:
        _reviewed_version(row, plan, meeting, follow_day, rng)
        _ev(row, follow_day, "stage", "Steg ändrat: Uppföljning → Avslut eller fortsatt SIP")


def _invite_again(first: m.MeetingRow, follow_up: m.MeetingRow, day: date,
                  rng: random.Random, dr: _Directory, *, held: bool, today: date) -> None:
    """The follow-up (on `day`) is called like the first meeting: the same people, mostly
    in good time."""
    sent = next_working_day(day - timedelta(days=rng.choice(_FOLLOW_UP_LEADS)), -1)
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
                _answer(invite, rng, dr.party(old.organisation_id), day, today, held=held)
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
