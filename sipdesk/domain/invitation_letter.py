"""What an invitation to a SIP meeting says, built from the case and the meeting.

This is the content of the letter (and of the e-mail and the calendar entry),
decided once here so that every document says the same thing; the export
layer only lays it out. Two document types come from the same data
(DESIGN.md section 2): a kallelse to principals obliged to attend, an
inbjudan to everyone else. The family gets its own words and a short plain
explanation of what a SIP is.

Privacy rules, decided here and nowhere else:

* No personnummer ever: the letter goes to many organisations. Free text typed
  by the coordinator (purpose, place) is masked as well, in case a number was
  written into it.
* The child's full name appears only in letters to the family and in a
  kallelse to principals; an inbjudan to other actors (and a shared letter
  that also goes to them) names the child by initials.
* No law paragraph numbers: they change between versions of the acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sipdesk.domain.entities import Case, Invitation, Meeting, Organisation
from sipdesk.domain.enums import InvitationKind, MeetingKind, MeetingMode
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import mask_in_text

# Who the invitees answer lives with the coordinator's profile; re-exported, as the
# letter's callers have long imported it from here.
from sipdesk.domain.profile import Contact as Contact

# Dates and clock times come from the one vocabulary (domain/words.py); re-exported
# because the letter's tests have long imported them from here.
from sipdesk.domain.words import long_date as long_date
from sipdesk.domain.words import time_range as time_range

# Without an end time the meeting is assumed to last this long (the routines
# in the surveys plan 1.5 hours per SIP meeting).
DEFAULT_DURATION = timedelta(minutes=90)

FAMILY_GUARDIAN = "Vårdnadshavare"
FAMILY_CHILD = "Barnet"

TITLES = {
    InvitationKind.SUMMONS: "Kallelse till SIP-möte",
    InvitationKind.INVITATION: "Inbjudan till SIP-möte",
}
SHARED_MIXED_TITLE = "Kallelse och inbjudan till SIP-möte"

MEETING_NAMES = {
    MeetingKind.FIRST_SIP: "SIP-möte",
    MeetingKind.FOLLOW_UP: "Uppföljning av SIP",
    MeetingKind.PRE_MEETING: "Förmöte inför SIP",
}

# "Du kallas till <this> för Elsa Lind."
MEETING_PHRASES = {
    MeetingKind.FIRST_SIP: "ett möte om en samordnad individuell plan (SIP)",
    MeetingKind.FOLLOW_UP: "ett uppföljningsmöte om den samordnade individuella planen (SIP)",
    MeetingKind.PRE_MEETING: "ett förmöte inför en samordnad individuell plan (SIP)",
}

PREPARE_PROFESSIONAL = (
    "Vad fungerar bra?",
    "Vad behöver förändras?",
    "Vilket stöd kan din verksamhet ge?",
)
PREPARE_GUARDIAN = (
    "Vad fungerar bra för ert barn i dag?",
    "Vad behöver bli annorlunda?",
    "Vad är viktigt för er och för ert barn?",
)
PREPARE_CHILD = (
    "Vad är bra just nu?",
    "Vad skulle du vilja ska bli annorlunda?",
    "Vad vill du att de vuxna ska veta om dig?",
)

WHAT_IS_SIP_TITLE = "Vad är en SIP?"
WHAT_IS_SIP = (
    "SIP betyder samordnad individuell plan. När ett barn får stöd från flera håll, "
    "till exempel från både kommunen och regionen, träffas alla som hjälper barnet "
    "tillsammans med familjen. Vi skriver en gemensam plan om vem som gör vad och när.",
    "Ni som familj och barnet är viktigast på mötet. Det ni tycker och vill ska höras "
    "och skrivas in i planen. Barnet kan vara med på hela mötet, en del av det, skicka "
    "med ett brev eller ha med sig en stödperson.",
    "Planen skrivs på mötet, så att alla ser den. Efter en tid träffas vi igen och "
    "följer upp hur det har gått. Mötet kostar ingenting, och ni får gärna ta med "
    "någon ni litar på.",
)


@dataclass(frozen=True)
class Participant:
    """One line of the participant list."""

    name: str
    profession: str  # "psykolog", or "Vårdnadshavare" / "Barnet" for the family
    organisation: str  # display name, "" for the family
    role: str = ""  # the role in the case or meeting: "Mötesledare", "Sammankallande"
    kind: InvitationKind | None = None
    is_family: bool = False


@dataclass(frozen=True)
class Addressee:
    name: str
    profession: str
    organisation: str
    is_guardian: bool = False
    is_child: bool = False

    @property
    def is_family(self) -> bool:
        return self.is_guardian or self.is_child

    @property
    def line(self) -> str:
        """'Anna Berg, psykolog, BUP Norrby' for the address block."""
        parts = [self.name]
        if not self.is_family and self.profession:
            parts.append(self.profession)
        if self.organisation:
            parts.append(self.organisation)
        return ", ".join(p for p in parts if p)


# Inside Letter the field `date` hides the type of the same name.
_Day = date


@dataclass(frozen=True)
class Letter:
    """One invitation letter: to one addressee, or shared (addressee None)."""

    kind: InvitationKind | None  # None: a shared letter to both kallade and inbjudna
    title: str
    case_reference: str
    addressee: Addressee | None
    meeting_name: str
    greeting: str
    intro: str
    purpose: str
    date: date
    start: time
    end: time | None
    mode: MeetingMode
    place_label: str  # "Plats", "Videolänk", "Telefon"
    place: str
    child_name: str  # full name or initials, per the privacy rule above
    participants: tuple[Participant, ...]
    contact: Contact
    answer_by: _Day | None
    answer_text: str
    duty_text: str  # what a kallelse obliges, or "" for an inbjudan
    prepare_intro: str
    prepare: tuple[str, ...]
    show_what_is_sip: bool

    @property
    def date_text(self) -> str:
        return long_date(self.date, weekday=True)

    @property
    def time_text(self) -> str:
        return time_range(self.start, self.end)

    @property
    def mode_text(self) -> str:
        return self.mode.label

    @property
    def footer_label(self) -> str:
        return self.title

    @property
    def file_stem(self) -> str:
        """'Kallelse Anna Berg': what the letter's own file is called (without '.pdf')."""
        kind = self.title.split()[0]  # "Kallelse" or "Inbjudan"
        if self.addressee is None:
            return f"{kind} {self.meeting_name} {self.date.isoformat()}"
        return f"{kind} {self.addressee.name}"


# --- formatting ------------------------------------------------------------------


def meeting_end(meeting: Meeting) -> time:
    """The end time, or start + DEFAULT_DURATION when none was set."""
    if meeting.end is not None:
        return meeting.end
    start = datetime.combine(meeting.date or date(2000, 1, 1), meeting.start or time(0))
    return (start + DEFAULT_DURATION).time()


def clean_text(text: str) -> str:
    """Free text made safe for documents that leave the store: no personnummer."""
    return mask_in_text(text.strip())


def without_child_name(text: str, case: Case) -> str:
    """`text` with the child's full, first and last name replaced by the initials."""
    initials = case.child.initials
    names = [case.child.full_name, case.child.first_name, case.child.last_name]
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        # Also the genitive ('Elsas') and any case of the letters.
        pattern = re.compile(rf"(?<!\w){re.escape(name)}s?(?!\w)", re.IGNORECASE)
        text = pattern.sub(initials, text)
    return text


def place_label(mode: MeetingMode) -> str:
    return {
        MeetingMode.IN_PERSON: "Plats",
        MeetingMode.VIDEO: "Videolänk",
        MeetingMode.PHONE: "Telefon",
    }[mode]


def meeting_purpose(case: Case, meeting: Meeting) -> str:
    """The meeting's purpose, or the case's question when the meeting has none."""
    return clean_text(meeting.purpose or case.question)


# --- building ---------------------------------------------------------------------


def check_can_send(meeting: Meeting) -> tuple[date, time]:
    """An invitation needs a date and a start time; say what is missing. Both, when set."""
    if meeting.date is None:
        raise ValidationError("Mötet har inget datum ännu. Sätt datum innan kallelsen skapas.",
                              field="date")
    if meeting.start is None:
        raise ValidationError("Mötet har ingen starttid ännu. Sätt en tid innan kallelsen "
                              "skapas.", field="start")
    return meeting.date, meeting.start


def participants(
    case: Case,
    meeting: Meeting,
    organisations: dict[int, Organisation],
    child_name: str,
    contact: Contact | None = None,
) -> tuple[Participant, ...]:
    """The participant list: professionals first, then the family, then who convenes."""
    roles: dict[int, str] = {}
    for person_id, role in ((case.plan_owner_id, "Samordningsansvarig"),
                            (case.chair_id, "Mötesledare")):
        if person_id is not None:
            roles[person_id] = f"{roles[person_id]}, {role.lower()}" if person_id in roles else role
    professionals, family = [], []
    for inv in meeting.invitations:
        if inv.is_child:
            family.append(Participant(child_name, FAMILY_CHILD, "", kind=inv.kind, is_family=True))
        elif inv.guardian_id is not None:
            family.append(Participant(inv.invitee_name, FAMILY_GUARDIAN, "", kind=inv.kind,
                                      is_family=True))
        else:
            org = organisations.get(inv.organisation_id) if inv.organisation_id else None
            professionals.append(Participant(
                inv.invitee_name, inv.profession, org.display_name if org else "",
                role=roles.get(inv.person_id, "") if inv.person_id is not None else "",
                kind=inv.kind))
    people = professionals + family
    if contact is not None and contact.name.strip() and all(
        p.name != contact.name.strip() for p in people
    ):
        people.append(Participant(contact.name.strip(), contact.title, contact.organisation,
                                  role="Sammankallande"))
    return tuple(people)


def _sentence(text: str) -> str:
    """`text` ending in one full stop (initials already end in one)."""
    return text if text.endswith(".") else text + "."


def _child_name(case: Case, full: bool) -> str:
    return case.child.full_name if full else case.child.initials


def _shows_full_child_name(addressee: Invitation | None, meeting: Meeting) -> bool:
    """The privacy rule of the module docstring."""
    if addressee is not None:
        is_family = addressee.is_child or addressee.guardian_id is not None
        return is_family or addressee.kind is InvitationKind.SUMMONS
    return all(
        inv.is_child or inv.guardian_id is not None or inv.kind is InvitationKind.SUMMONS
        for inv in meeting.invitations
    )


def _addressee(inv: Invitation, organisations: dict[int, Organisation], child: str) -> Addressee:
    org = organisations.get(inv.organisation_id) if inv.organisation_id else None
    return Addressee(
        name=child if inv.is_child else inv.invitee_name,
        profession=inv.profession,
        organisation=org.display_name if org else "",
        is_guardian=inv.guardian_id is not None,
        is_child=inv.is_child,
    )


def answer_to(contact: Contact) -> str:
    """'Karin Sjöberg (SIP-samordnare, Norrby kommun) på telefon … eller e-post …'.

    Without a phone or an e-mail only the name, as before there was a profile.
    """
    ways = contact.ways()
    if not ways:
        return contact.display_name
    who = contact.display_name
    if contact.title_line():
        who += f" ({contact.title_line()})"
    return f"{who} på " + " eller ".join(ways)


def _answer_text(answer_by: date | None, contact: Contact, kind: InvitationKind | None) -> str:
    reach = answer_to(contact)
    what = "om du kommer" if kind is not InvitationKind.SUMMONS else "vem som kommer"
    if answer_by is None:
        return f"Svara så snart du kan till {reach} och berätta {what}."
    return f"Svara senast {long_date(answer_by)} till {reach} och berätta {what}."


_DUTY = (
    "Du som arbetar inom hälso- och sjukvården eller socialtjänsten och får en kallelse "
    "är skyldig att delta. Kan du inte komma, skicka en ersättare som kan fatta beslut "
    "för din verksamhet, och meddela vem som kommer."
)


def build_letter(
    case: Case,
    meeting: Meeting,
    organisations: dict[int, Organisation],
    contact: Contact | None = None,
    addressee: Invitation | None = None,
    initials_only: bool = False,
) -> Letter:
    """The letter to one invitee (`addressee`), or the shared letter when it is None.

    `initials_only` names the child by initials whatever the recipients (for
    e-mail, which is not a protected channel).
    """
    day, start = check_can_send(meeting)
    contact = contact or Contact(name=case.coordinator)
    full = not initials_only and _shows_full_child_name(addressee, meeting)
    child = _child_name(case, full)
    people = participants(case, meeting, organisations, child, contact)
    meeting_name = MEETING_NAMES[meeting.kind]
    phrase = MEETING_PHRASES[meeting.kind]
    purpose = meeting_purpose(case, meeting)
    if child != case.child.full_name:
        purpose = without_child_name(purpose, case)
    place = clean_text(meeting.place) or "Meddelas senare"

    if addressee is None:
        kinds = {inv.kind for inv in meeting.invitations
                 if not (inv.is_child or inv.guardian_id is not None)}
        if len(kinds) > 1:
            kind = None  # both kallade and inbjudna read the same letter
        else:
            kind = kinds.pop() if kinds else InvitationKind.INVITATION
        title = TITLES[kind] if kind else SHARED_MIXED_TITLE
        answer_dates = [inv.answer_by for inv in meeting.invitations if inv.answer_by]
        answer_by = min(answer_dates, default=None)
        to = None
        greeting = "Till alla deltagare"
        intro = _sentence(f"Välkommen till {phrase} för {child}") + (
            " Här står det du behöver veta inför mötet.")
        duty = _DUTY if kind is not InvitationKind.INVITATION else ""
        prepare_intro = "Fundera på inför mötet:"
        prepare = PREPARE_PROFESSIONAL
        family_box = any(inv.is_child or inv.guardian_id is not None
                         for inv in meeting.invitations)
    else:
        to = _addressee(addressee, organisations, child)
        kind = addressee.kind
        title = TITLES[kind]
        answer_by = addressee.answer_by
        first = to.name.split()[0] if to.name.split() else to.name
        if to.is_child:
            greeting = f"Hej {case.child.first_name or first}!"
            intro = ("Du är välkommen till ett möte om dig. Där träffas vuxna från de ställen "
                     "som hjälper dig, tillsammans med dig och din familj, för att göra en "
                     "plan. Det du tycker är viktigt, och du bestämmer själv hur du vill "
                     "vara med.")
            prepare_intro = "Fundera gärna på:"
            prepare = PREPARE_CHILD
        elif to.is_guardian:
            greeting = f"Hej {first}!"
            child_first = case.child.first_name or child
            intro = (_sentence(f"Välkommen till {phrase} för {child}") +
                     " Ni som familj är viktigast på mötet: "
                     f"tillsammans gör vi en plan för hur {child_first} ska få rätt stöd.")
            prepare_intro = "Fundera gärna på inför mötet:"
            prepare = PREPARE_GUARDIAN
        else:
            greeting = f"Till {to.line}"
            verb = "kallas" if kind is InvitationKind.SUMMONS else "bjuds in"
            intro = _sentence(f"Du {verb} härmed till {phrase} för {child}")
            prepare_intro = "Fundera på inför mötet:"
            prepare = PREPARE_PROFESSIONAL
        duty = _DUTY if kind is InvitationKind.SUMMONS and not to.is_family else ""
        family_box = to.is_family

    return Letter(
        kind=kind,
        title=title,
        case_reference=case.reference,
        addressee=to,
        meeting_name=meeting_name,
        greeting=greeting,
        intro=intro,
        purpose=purpose or "Syftet meddelas av samordnaren.",
        date=day,
        start=start,
        end=meeting.end,
        mode=meeting.mode,
        place_label=place_label(meeting.mode),
        place=place,
        child_name=child,
        participants=people,
        contact=contact,
        answer_by=answer_by,
        answer_text=_answer_text(answer_by, contact, kind if to and not to.is_family else None),
        duty_text=duty,
        prepare_intro=prepare_intro,
        prepare=prepare,
        show_what_is_sip=family_box,
    )


def build_letters(
    case: Case,
    meeting: Meeting,
    organisations: dict[int, Organisation],
    contact: Contact | None = None,
    per_recipient: bool = False,
) -> list[Letter]:
    """One shared letter, or one letter per invitee in the order they were invited."""
    if not per_recipient:
        return [build_letter(case, meeting, organisations, contact)]
    if not meeting.invitations:
        raise ValidationError("Ingen är inbjuden till mötet ännu, så det finns inga brev att "
                              "skapa.", field="invitations")
    return [build_letter(case, meeting, organisations, contact, inv)
            for inv in meeting.invitations]
