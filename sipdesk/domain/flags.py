"""Flags on a case: what needs the coordinator's attention now.

A flag is a state of the case, shown as a small badge on the case board. The
rules behind each flag live in deadlines, consent and stages; this module only
asks them, so a flag and the Today list never disagree about what is late.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sipdesk.domain.board_facts import AnyCase, CaseFacts, as_facts
from sipdesk.domain.consent import consent_problem
from sipdesk.domain.deadlines import (
    DeadlineSettings,
    DueItem,
    DueKind,
    answer_due,
    due_items,
    is_late,
)
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import MeetingKind, Response, Stage
from sipdesk.domain.flag import Flag as Flag  # re-export
from sipdesk.domain.stages import NO_ORGANISATIONS, plan_owner_problems, sip_meetings

_ORDER = {flag: index for index, flag in enumerate(Flag)}


def case_flags(
    case: AnyCase,
    on: date,
    settings: DeadlineSettings | None = None,
    organisations: Mapping[int, Organisation] = NO_ORGANISATIONS,
    *,
    items: Iterable[DueItem] | None = None,
) -> list[Flag]:
    """The flags of `case` on `on`, most serious first. Archived cases have none.

    `items` may pass the case's due_items() when the caller already has them,
    so they are not worked out twice. A whole Case is turned into its facts
    first, as in due_items.
    """
    case = as_facts(case)
    if case.archived:
        return []
    if items is None:
        items = due_items(case, on, settings, organisations)
    kinds = {item.kind for item in items}
    flags: set[Flag] = set()

    consent_flag = _consent_flag(case, on)
    if consent_flag is not None:
        flags.add(consent_flag)
    if DueKind.FOLLOW_UP_OVERDUE in kinds:
        flags.add(Flag.FOLLOW_UP_OVERDUE)
    if case.stage >= Stage.ACTORS_INVITED and sip_meetings(case):
        if plan_owner_problems(case, organisations):
            flags.add(Flag.NO_PLAN_OWNER)
    flags.update(_invitation_flags(case, on, settings))
    return sorted(flags, key=_ORDER.__getitem__)


def _consent_flag(case: CaseFacts, on: date) -> Flag | None:
    if consent_problem(case, on) is None:
        return None
    started = [c for c in case.consents if c.given_on <= on]
    if started:
        return Flag.CONSENT_ENDED  # there was consent, and it was withdrawn or ran out
    if case.stage >= Stage.CONSENT_AND_PLANNING:
        return Flag.CONSENT_MISSING
    return None


def _invitation_flags(case: CaseFacts, on: date, settings: DeadlineSettings | None) -> set[Flag]:
    """Unanswered and late invitations to meetings still ahead (a past meeting is history)."""
    found: set[Flag] = set()
    for meeting in case.meetings:
        if meeting.date is None or meeting.date < on:
            continue
        for invitation in meeting.invitations:
            if invitation.sent_on is None:
                continue
            if invitation.response is Response.NO_ANSWER:
                deadline = answer_due(invitation, settings)
                if deadline is not None and deadline < on:
                    found.add(Flag.NO_ANSWER)
            if meeting.kind is not MeetingKind.PRE_MEETING and is_late(
                invitation, meeting, settings
            ):
                found.add(Flag.LATE_INVITATION)
    return found
