"""SQLAlchemy tables of the store.

Enum columns hold the domain enum's value as text (native_enum=False with
values_callable) so the file stays readable by an older or newer program and
a rename in Python never silently rewrites stored data. Every table lives in
the one encrypted file.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sipdesk.domain import enums as e


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [str(m.value) for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Marks the file as a sipdesk store and holds store-wide facts."""

    __tablename__ = "sipdesk_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class OrganisationRow(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[e.OrgKind] = mapped_column(_enum(e.OrgKind))
    principal: Mapped[e.Principal] = mapped_column(_enum(e.Principal))
    address: Mapped[str] = mapped_column(Text, default="")
    mailbox: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    decision_maker: Mapped[str] = mapped_column(String(200), default="")


class PersonRow(Base):
    """A professional: name, profession and organisation kept apart."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str] = mapped_column(String(120), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[OrganisationRow | None] = relationship()


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    stage: Mapped[int] = mapped_column(Integer, index=True)
    child_first_name: Mapped[str] = mapped_column(String(120))
    child_last_name: Mapped[str] = mapped_column(String(120))
    child_personnummer: Mapped[str | None] = mapped_column(String(13))
    child_birth_date: Mapped[date | None] = mapped_column(Date)
    question: Mapped[str] = mapped_column(Text, default="")
    need_found_on: Mapped[date | None] = mapped_column(Date)
    raised_by_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    raised_by_function: Mapped[str] = mapped_column(String(200), default="")
    initiator_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    plan_owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    participation: Mapped[e.Participation] = mapped_column(
        _enum(e.Participation), default=e.Participation.UNDECIDED
    )
    participation_note: Mapped[str] = mapped_column(Text, default="")
    coordinator: Mapped[str] = mapped_column(String(120), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    close_reason: Mapped[e.CloseReason | None] = mapped_column(_enum(e.CloseReason))
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Optimistic concurrency (two coordinators on one server): every UPDATE of the row
    # says which version it read, and one that finds a newer version raises StaleDataError.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    guardians: Mapped[list[GuardianRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="GuardianRow.id"
    )
    consents: Mapped[list[ConsentRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ConsentRow.id"
    )
    network: Mapped[list[CaseNetworkRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseNetworkRow.id"
    )
    meetings: Mapped[list[MeetingRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="MeetingRow.id"
    )
    plans: Mapped[list[PlanRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="PlanRow.version"
    )
    deviations: Mapped[list[DeviationRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="DeviationRow.id"
    )
    events: Mapped[list[EventRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="EventRow.id"
    )


class GuardianRow(Base):
    __tablename__ = "guardians"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    personnummer: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[CaseRow] = relationship(back_populates="guardians")


class ConsentRow(Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[e.ConsentForm] = mapped_column(_enum(e.ConsentForm))
    by_child: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated ids
    exclusions: Mapped[str] = mapped_column(Text, default="")
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    case: Mapped[CaseRow] = relationship(back_populates="consents")
    scope: Mapped[list[ConsentScopeRow]] = relationship(
        back_populates="consent", cascade="all, delete-orphan"
    )


class ConsentScopeRow(Base):
    """One organisation a consent covers (covered=True) or expressly excludes."""

    __tablename__ = "consent_scope"
    __table_args__ = (UniqueConstraint("consent_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    covered: Mapped[bool] = mapped_column(Boolean)
    consent: Mapped[ConsentRow] = relationship(back_populates="scope")


class CaseNetworkRow(Base):
    """A professional who belongs to a case's network."""

    __tablename__ = "case_network"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    case: Mapped[CaseRow] = relationship(back_populates="network")
    person: Mapped[PersonRow] = relationship()


class MeetingRow(Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[e.MeetingKind] = mapped_column(_enum(e.MeetingKind))
    date: Mapped[date | None] = mapped_column(Date, index=True)
    start: Mapped[time | None] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[e.MeetingMode] = mapped_column(_enum(e.MeetingMode))
    purpose: Mapped[str] = mapped_column(Text, default="")
    note_taker_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    agenda: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON {key: minutes}
    # Who convened the meeting (sammankallande); by default the coordinator's organisation.
    convened_by_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    case: Mapped[CaseRow] = relationship(back_populates="meetings")
    invitations: Mapped[list[InvitationRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="InvitationRow.id"
    )


class InvitationRow(Base):
    __tablename__ = "invitations"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    invitee_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[e.InvitationKind] = mapped_column(_enum(e.InvitationKind))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id"))
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    profession: Mapped[str] = mapped_column(String(120), default="")
    sent_on: Mapped[date | None] = mapped_column(Date)
    sent_via: Mapped[e.SentVia | None] = mapped_column(_enum(e.SentVia))
    answer_by: Mapped[date | None] = mapped_column(Date)
    response: Mapped[e.Response] = mapped_column(_enum(e.Response))
    responded_on: Mapped[date | None] = mapped_column(Date)
    substitute_name: Mapped[str] = mapped_column(String(200), default="")
    contacted_on: Mapped[date | None] = mapped_column(Date)
    attendance: Mapped[e.Attendance] = mapped_column(_enum(e.Attendance))
    meeting: Mapped[MeetingRow] = relationship(back_populates="invitations")


class PlanRow(Base):
    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("case_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[e.PlanStatus] = mapped_column(_enum(e.PlanStatus))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    signed_on: Mapped[date | None] = mapped_column(Date)
    consent_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    child_informed_on: Mapped[date | None] = mapped_column(Date)
    child_informed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    child_informed_how: Mapped[str] = mapped_column(Text, default="", server_default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    original_kept_by_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    signing_method: Mapped[e.SigningMethod | None] = mapped_column(_enum(e.SigningMethod))
    case: Mapped[CaseRow] = relationship(back_populates="plans")
    meeting: Mapped[MeetingRow | None] = relationship()
    sections: Mapped[list[PlanSectionRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    actions: Mapped[list[PlanActionRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanActionRow.position"
    )
    distribution: Mapped[list[DistributionRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="DistributionRow.id"
    )
    signatures: Mapped[list[SignatureRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="SignatureRow.id"
    )


class PlanSectionRow(Base):
    __tablename__ = "plan_sections"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text, default="")
    internal_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The version of the section's text: services.plans.set_section counts it up when the
    # text changes (version_id_generator=False), so writing an internal note does not make
    # the text a colleague is writing look stale. Every UPDATE still checks it.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    plan: Mapped[PlanRow] = relationship(back_populates="sections")
    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": False}


class PlanActionRow(Base):
    __tablename__ = "plan_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    need: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[str] = mapped_column(String(80), default="")
    review_status: Mapped[e.ReviewStatus] = mapped_column(_enum(e.ReviewStatus))
    review_comment: Mapped[str] = mapped_column(Text, default="")
    previous_action_id: Mapped[int | None] = mapped_column(ForeignKey("plan_actions.id"))
    goal_status: Mapped[e.GoalStatus | None] = mapped_column(_enum(e.GoalStatus))
    plan: Mapped[PlanRow] = relationship(back_populates="actions")
    previous_action: Mapped[PlanActionRow | None] = relationship(remote_side=[id])


class DistributionRow(Base):
    """One copy of a plan version handed out: to whom, when, how."""

    __tablename__ = "plan_distribution"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    sent_on: Mapped[date] = mapped_column(Date)
    via: Mapped[e.SentVia] = mapped_column(_enum(e.SentVia))
    note: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[PlanRow] = relationship(back_populates="distribution")


class DeviationRow(Base):
    __tablename__ = "deviations"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[e.DeviationKind] = mapped_column(_enum(e.DeviationKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    draft: Mapped[bool] = mapped_column(Boolean, default=True)
    case: Mapped[CaseRow] = relationship(back_populates="deviations")


class EventRow(Base):
    """The case history: what happened when, in words, and by which user account."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(120), default="", server_default="")
    case: Mapped[CaseRow] = relationship(back_populates="events")


class SignatureRow(Base):
    """One person who signed (or checked, "justerade") a plan version, by identity.

    Who they are is kept as the invitation, guardian or person they were, not
    only by name: a guardian may have the same name as the child.
    """

    __tablename__ = "plan_signatures"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    invitation_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitations.id", ondelete="SET NULL"))
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[date] = mapped_column(Date)
    plan: Mapped[PlanRow] = relationship(back_populates="signatures")


class AccessLogRow(Base):
    """The access log: who did what with which case, when. Append-only and hash-chained.

    Holds no personal data: the case by its id and reference, the user account,
    what was done ("opened", "changed", "exported", "printed", "mailed",
    "deleted") and a detail in words without names. Triggers in the schema
    refuse every UPDATE and DELETE, and each entry carries the hash of the one
    before, so a changed or removed entry is found by `sipdesk check`.
    """

    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(120))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: outlives the case
    case_ref: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CaseLeaseRow(Base):
    """A case away on a laptop (issue 15, "Ta med ärendet").

    On a team server: the lease. `holder` is the login that took the case,
    `peer_store_id` the laptop store it went to and `peer_case_id` its id there;
    while the row exists the server refuses everyone else's writes to the case.
    On the laptop: the same facts seen from the other end (`peer_store_id` is the
    server's store id, `peer_case_id` the case's id on the server).
    """

    __tablename__ = "case_leases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    holder: Mapped[str] = mapped_column(String(120))
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    until: Mapped[date] = mapped_column(Date)
    peer_store_id: Mapped[str] = mapped_column(String(64))
    peer_case_id: Mapped[int] = mapped_column(Integer)
