"""What is due on a case, as a kind: one word per kind of next step or warning.

Kept apart from deadlines.py (which computes them and needs the case's whole
model) so that the window's words can name the kinds before the domain's
heavier modules are imported: the first paint does not wait for them.
"""

from __future__ import annotations

from enum import StrEnum


class DueKind(StrEnum):
    SEND_INVITATIONS = "send_invitations"
    LATE_INVITATION = "late_invitation"
    CHASE_ANSWER = "chase_answer"
    BOOK_MEETING = "book_meeting"
    BOOK_FOLLOW_UP = "book_follow_up"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    CONSENT_EXPIRING = "consent_expiring"
    CONSENT_MISSING = "consent_missing"
    NO_PLAN_OWNER = "no_plan_owner"
    START_PLANNING = "start_planning"
    INVITE_PARTICIPANTS = "invite_participants"
    PLAN_NOT_SIGNED = "plan_not_signed"
    CLOSE_OR_CONTINUE = "close_or_continue"
    NEXT_STEP = "next_step"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_DUE_LABELS = {
    DueKind.SEND_INVITATIONS: "Skicka kallelser",
    DueKind.LATE_INVITATION: "Sen kallelse",
    DueKind.CHASE_ANSWER: "Svar saknas",
    DueKind.BOOK_MEETING: "Boka SIP-möte",
    DueKind.BOOK_FOLLOW_UP: "Boka uppföljning",
    DueKind.FOLLOW_UP_OVERDUE: "Uppföljning försenad",
    DueKind.CONSENT_EXPIRING: "Samtycket går ut",
    DueKind.CONSENT_MISSING: "Samtycke saknas",
    DueKind.NO_PLAN_OWNER: "Samordningsansvarig saknas",
    DueKind.START_PLANNING: "Samtycke och planering",
    DueKind.INVITE_PARTICIPANTS: "Kalla deltagarna",
    DueKind.PLAN_NOT_SIGNED: "Planen är inte undertecknad",
    DueKind.CLOSE_OR_CONTINUE: "Avslut eller fortsatt SIP",
    DueKind.NEXT_STEP: "Nästa steg",
}
