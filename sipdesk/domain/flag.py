"""What needs attention on a case, as a kind (the badges of a card).

Kept apart from flags.py (which decides them from the case's whole model) so
that the window's words can name them before the domain's heavier modules are
imported: the first paint does not wait for them.
"""

from __future__ import annotations

from enum import StrEnum


class Flag(StrEnum):
    """What needs attention, most serious first (the order badges are shown in)."""

    # A stored date the rules cannot count with: no deadline of the case is known.
    DATES_UNREADABLE = "dates_unreadable"
    CONSENT_MISSING = "consent_missing"
    CONSENT_ENDED = "consent_ended"
    NO_ANSWER = "no_answer"
    LATE_INVITATION = "late_invitation"
    NO_PLAN_OWNER = "no_plan_owner"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"

    @property
    def label(self) -> str:
        """A Swedish sentence-length label, for tooltips and filters."""
        return _LABELS[self][0]

    @property
    def badge(self) -> str:
        """The short text on the badge of a card."""
        return _LABELS[self][1]


_LABELS = {
    Flag.DATES_UNREADABLE: (
        "Ett datum i ärendet ligger utanför det rimliga, så förfallodagarna kan inte beräknas",
        "Kan ej beräknas",
    ),
    Flag.CONSENT_MISSING: ("Samtycke saknas", "Samtycke saknas"),
    Flag.CONSENT_ENDED: ("Samtycket är återkallat eller har gått ut", "Samtycke upphört"),
    Flag.NO_ANSWER: ("Inbjudna har inte svarat i tid", "Svar saknas"),
    Flag.LATE_INVITATION: ("En kallelse skickades för sent", "Sen kallelse"),
    Flag.NO_PLAN_OWNER: ("Mötet saknar samordningsansvarig", "Ingen ansvarig"),
    Flag.FOLLOW_UP_OVERDUE: ("Uppföljningen är försenad", "Uppföljning sen"),
}
