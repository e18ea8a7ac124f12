"""The read models that cross from the services to the window.

Each is one read's answer for one surface: a case record is filled from one
CaseView, the response tracker from one MeetingView. They are frozen plain
values: the window can keep them, compare them and never reach the store
through them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sipdesk.domain.entities import (
    Case,
    Deviation,
    Invitation,
    Meeting,
    Organisation,
    Person,
    PlanSignature,
)
from sipdesk.domain.enums import PlanStatus, SigningMethod
from sipdesk.domain.fingerprint import short_fingerprint
from sipdesk.domain.responses import TrackerRow


@dataclass(frozen=True)
class MappingSection:
    key: str
    title: str
    help: str
    text: str
    version: int = 0  # the stored text's row version (0: no section yet), for EditConflict


@dataclass(frozen=True)
class CaseMapping:
    """The mapping of a case: the current plan's mapping sections, and whether they can change."""

    plan_id: int | None
    plan_version: int | None
    editable: bool
    sections: tuple[MappingSection, ...]
    reason: str = ""  # why not editable, in Swedish


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    label: str
    text: str
    user: str = ""  # the user account that made the entry ("" for a meeting's own line)


@dataclass(frozen=True)
class PlanVersionInfo:
    """One line of the case record's list of plan versions."""

    plan_id: int
    version: int
    status: PlanStatus
    signed_on: date | None
    fingerprint: str  # full SHA-256 hex; "" for a draft (it changes with every edit)
    meeting_id: int | None = None
    original_kept_by: str = ""
    copies: int = 0
    # Who signed, how and when (empty for a draft).
    signing_method: SigningMethod | None = None
    signatures: tuple[PlanSignature, ...] = ()
    signed_how: str = ""  # "Undertecknad på papper 21 december 2026 av Anna Berg och …"

    @property
    def short_fingerprint(self) -> str:
        return short_fingerprint(self.fingerprint) if self.fingerprint else ""

    @property
    def is_signed(self) -> bool:
        return self.status is PlanStatus.SIGNED


@dataclass(frozen=True)
class MeetingContext:
    """A meeting with the case it belongs to, for headings and dialogs."""

    case_id: int
    case_reference: str
    child_name: str
    case_question: str
    meeting: Meeting


@dataclass(frozen=True)
class InviteResult:
    """What invite_many did: who was invited, who was refused and why, and a late warning."""

    invited: list[Invitation] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, Swedish reason)
    warning: str | None = None


@dataclass(frozen=True)
class FollowUpBooking:
    """The follow-up booked at the end of a meeting, and who is ready to be invited to it
    (invitations made but not sent; refused ones with the reason)."""

    meeting: Meeting
    invited: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()  # (name, Swedish reason)
    already: tuple[str, ...] = ()  # on the follow-up's list before


@dataclass(frozen=True)
class UndoState:
    """Whether the case's last change can be undone, and what it was, in Swedish."""

    can_undo: bool = False
    can_redo: bool = False
    undo_label: str = ""
    redo_label: str = ""


@dataclass(frozen=True)
class CaseView:
    """Everything the case record shows, read in one go."""

    case: Case
    organisations: dict[int, Organisation]
    people: tuple[Person, ...]  # the directory, for adding someone to the network
    mapping: CaseMapping  # the kartläggning of the current plan version
    timeline: tuple[TimelineEntry, ...]
    versions: tuple[PlanVersionInfo, ...]
    owner_problems: tuple[str, ...]
    owner_organisation_id: int | None
    today: date
    undo: UndoState = field(default_factory=UndoState)

    @property
    def case_id(self) -> int:
        assert self.case.id is not None
        return self.case.id

    @property
    def deviations(self) -> list[Deviation]:
        return self.case.deviations


@dataclass(frozen=True)
class MeetingView:
    """One meeting with everyone invited to it, as the response tracker shows them."""

    context: MeetingContext
    rows: tuple[TrackerRow, ...]
    today: date


@dataclass(frozen=True)
class BackupEntry:
    """One backup as Säkerhetskopior lists it: when, why, how many cases, checked or not."""

    name: str  # what `sipdesk restore NAME` takes
    made_at: datetime
    reason: str  # why, in Swedish ("när programmet stängdes")
    cases: int
    verified: bool


@dataclass(frozen=True)
class BackupsOverview:
    """The backups of the store, newest first, and where they go."""

    entries: tuple[BackupEntry, ...]
    folder: str  # the data folder's backups/
    mirror: str  # the second folder (a USB stick, a share); "" when none is chosen
    stale: bool  # the newest verified backup is older than two days, or there is none
    mirror_problem: str = ""  # why the newest backup did not reach the second folder
    demo: bool = False  # a demo store: its key dies with the program, so no backups
    on_server: bool = False  # a team server: IT's own backups keep it, not this computer

    @property
    def last_verified(self) -> BackupEntry | None:
        return next((e for e in self.entries if e.verified), None)
