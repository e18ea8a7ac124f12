"""The closed vocabularies of a SIP case, each value with its Swedish label.

Values are stored in the database as the enum's string value, so a value once
released must never be renamed; add new ones instead.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[type(self)][self]


class Stage(IntEnum):
    """The six stages of a case (DESIGN.md section 2), in process order."""

    NEED_FOUND = 1
    CONSENT_AND_PLANNING = 2
    ACTORS_INVITED = 3
    MEETING = 4
    FOLLOW_UP = 5
    CLOSE_OR_CONTINUE = 6

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def short_label(self) -> str:
        return _STAGE_SHORT[self]


_STAGE_LABELS = {
    Stage.NEED_FOUND: "Behov av samordning upptäcks",
    Stage.CONSENT_AND_PLANNING: "Samtycke och planering",
    Stage.ACTORS_INVITED: "Aktörer kallas",
    Stage.MEETING: "Möte där SIP upprättas",
    Stage.FOLLOW_UP: "Uppföljning",
    Stage.CLOSE_OR_CONTINUE: "Avslut eller fortsatt SIP",
}
_STAGE_SHORT = {
    Stage.NEED_FOUND: "Behov",
    Stage.CONSENT_AND_PLANNING: "Samtycke",
    Stage.ACTORS_INVITED: "Kallelse",
    Stage.MEETING: "Möte",
    Stage.FOLLOW_UP: "Uppföljning",
    Stage.CLOSE_OR_CONTINUE: "Avslut",
}


class Principal(_Labelled):
    """Huvudman of an organisation."""

    MUNICIPALITY = "kommun"
    REGION = "region"
    PRIVATE = "privat"
    OTHER = "annan"


class OrgKind(_Labelled):
    SCHOOL = "skola"
    PRESCHOOL = "forskola"
    SOCIAL_SERVICES = "socialtjanst"
    LSS = "lss"
    BUP = "bup"
    HABILITATION = "habilitering"
    PRIMARY_CARE = "primarvard"
    YOUTH_CLINIC = "ungdomsmottagning"
    OTHER = "annan"

    @property
    def is_health_or_social_care(self) -> bool:
        """Kinds from which the law lets the plan owner (samordningsansvarig) come."""
        return self in _CARE_KINDS


_CARE_KINDS = frozenset(
    {
        OrgKind.SOCIAL_SERVICES,
        OrgKind.LSS,
        OrgKind.BUP,
        OrgKind.HABILITATION,
        OrgKind.PRIMARY_CARE,
        OrgKind.YOUTH_CLINIC,
    }
)


class ConsentGiver(_Labelled):
    CHILD = "barnet"
    GUARDIAN = "vardnadshavare"


class ConsentForm(_Labelled):
    ORAL = "muntligt"
    WRITTEN = "skriftligt"


class Participation(_Labelled):
    """How the child takes part in the meeting."""

    PRESENT = "hela"
    PART_OF_MEETING = "del"
    LETTER = "brev"
    SUPPORT_PERSON = "stodperson"
    NOT_TAKING_PART = "deltar_ej"
    UNDECIDED = "ej_bestamt"


class MeetingKind(_Labelled):
    PRE_MEETING = "formote"
    FIRST_SIP = "forsta_sip"
    FOLLOW_UP = "uppfoljning"


class MeetingMode(_Labelled):
    IN_PERSON = "plats"
    VIDEO = "video"
    PHONE = "telefon"


class InvitationKind(_Labelled):
    """Kallelse to a principal obliged to attend; inbjudan to other actors."""

    SUMMONS = "kallelse"
    INVITATION = "inbjudan"


class SentVia(_Labelled):
    LETTER = "brev"
    EMAIL = "epost"
    PHONE = "telefon"
    HANDED_OVER = "overlamnad"


class Response(_Labelled):
    NO_ANSWER = "ej_svarat"
    ACCEPTED = "kommer"
    DECLINED = "kommer_ej"
    SUBSTITUTE = "ersattare"
    REMOTE = "distans"

    @property
    def is_answer(self) -> bool:
        return self is not Response.NO_ANSWER


class Attendance(_Labelled):
    UNKNOWN = "ej_registrerad"
    PRESENT = "narvarande"
    ABSENT_WITH_NOTICE = "franvarande_anmald"
    ABSENT_WITHOUT_NOTICE = "franvarande_ej_anmald"


class PlanStatus(_Labelled):
    DRAFT = "utkast"
    SIGNED = "undertecknad"


class SigningMethod(_Labelled):
    """How a plan version was signed: everyone on paper, or checked (justerad) by named people."""

    PAPER = "papper"
    ADJUSTED = "justerad"


class ReviewStatus(_Labelled):
    """Follow-up review of one action of the previous plan."""

    NOT_REVIEWED = "ej_foljd"
    DONE = "genomford"
    PARTLY = "delvis"
    NOT_DONE = "ej_genomford"


class GoalStatus(_Labelled):
    """At a follow-up: what becomes of a goal of the previous plan."""

    KEEP = "behalls"
    CHANGE = "andras"
    CLOSE = "avslutas"


class DeviationKind(_Labelled):
    DID_NOT_ATTEND = "uteblev"
    COMMITMENT_NOT_MET = "ataganade_ej_utfort"
    TREATMENT = "bemotande"
    OTHER = "annan"


class CloseReason(_Labelled):
    GOALS_REACHED = "mal_uppnadda"
    MOVED = "flyttat"
    CONSENT_ENDED = "samtycke_upphort"
    OTHER = "annat"


_LABELS: dict[type[_Labelled], dict[_Labelled, str]] = {
    Principal: {
        Principal.MUNICIPALITY: "Kommun",
        Principal.REGION: "Region",
        Principal.PRIVATE: "Privat",
        Principal.OTHER: "Annan",
    },
    OrgKind: {
        OrgKind.SCHOOL: "Skola",
        OrgKind.PRESCHOOL: "Förskola",
        OrgKind.SOCIAL_SERVICES: "Socialtjänst",
        OrgKind.LSS: "LSS",
        OrgKind.BUP: "BUP",
        OrgKind.HABILITATION: "Habilitering",
        OrgKind.PRIMARY_CARE: "Primärvård",
        OrgKind.YOUTH_CLINIC: "Ungdomsmottagning",
        OrgKind.OTHER: "Annan",
    },
    ConsentGiver: {ConsentGiver.CHILD: "Barnet", ConsentGiver.GUARDIAN: "Vårdnadshavare"},
    ConsentForm: {ConsentForm.ORAL: "Muntligt", ConsentForm.WRITTEN: "Skriftligt"},
    Participation: {
        Participation.PRESENT: "Deltar i hela mötet",
        Participation.PART_OF_MEETING: "Deltar i en del av mötet",
        Participation.LETTER: "Genom ett brev",
        Participation.SUPPORT_PERSON: "Genom en stödperson",
        Participation.NOT_TAKING_PART: "Deltar inte",
        Participation.UNDECIDED: "Inte bestämt",
    },
    MeetingKind: {
        MeetingKind.PRE_MEETING: "Förmöte",
        MeetingKind.FIRST_SIP: "SIP-möte",
        MeetingKind.FOLLOW_UP: "Uppföljning",
    },
    MeetingMode: {
        MeetingMode.IN_PERSON: "På plats",
        MeetingMode.VIDEO: "Video",
        MeetingMode.PHONE: "Telefon",
    },
    InvitationKind: {InvitationKind.SUMMONS: "Kallelse", InvitationKind.INVITATION: "Inbjudan"},
    SentVia: {
        SentVia.LETTER: "Brev",
        SentVia.EMAIL: "E-post",
        SentVia.PHONE: "Telefon",
        SentVia.HANDED_OVER: "Överlämnad",
    },
    Response: {
        Response.NO_ANSWER: "Ej svarat",
        Response.ACCEPTED: "Kommer",
        Response.DECLINED: "Kommer inte",
        Response.SUBSTITUTE: "Skickar ersättare",
        Response.REMOTE: "Deltar via video/telefon",
    },
    Attendance: {
        Attendance.UNKNOWN: "Ej registrerad",
        Attendance.PRESENT: "Närvarande",
        Attendance.ABSENT_WITH_NOTICE: "Frånvarande med återbud",
        Attendance.ABSENT_WITHOUT_NOTICE: "Frånvarande utan återbud",
    },
    PlanStatus: {PlanStatus.DRAFT: "Utkast", PlanStatus.SIGNED: "Undertecknad"},
    SigningMethod: {SigningMethod.PAPER: "Undertecknad på papper",
                    SigningMethod.ADJUSTED: "Justerad"},
    ReviewStatus: {
        ReviewStatus.NOT_REVIEWED: "Ej följd upp",
        ReviewStatus.DONE: "Genomförd",
        ReviewStatus.PARTLY: "Delvis genomförd",
        ReviewStatus.NOT_DONE: "Inte genomförd",  # the word of the signed plan, everywhere
    },
    GoalStatus: {
        GoalStatus.KEEP: "Behålls",
        GoalStatus.CHANGE: "Ändras",
        GoalStatus.CLOSE: "Avslutas",
    },
    DeviationKind: {
        DeviationKind.DID_NOT_ATTEND: "Uteblev från mötet",
        DeviationKind.COMMITMENT_NOT_MET: "Åtagande ej utfört",
        DeviationKind.TREATMENT: "Bemötande",
        DeviationKind.OTHER: "Annan avvikelse",
    },
    CloseReason: {
        CloseReason.GOALS_REACHED: "Målen uppnådda",
        CloseReason.MOVED: "Flyttat",
        CloseReason.CONSENT_ENDED: "Samtycke finns inte längre",
        CloseReason.OTHER: "Annat",
    },
}
