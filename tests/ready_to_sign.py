"""What a plan version needs before it is signed, done through the services (for tests).

Signing asks for consent confirmed at the meeting, a chair, a plan owner from
health care or social services, a note-taker, every action with organisation,
person and when, the next follow-up booked and the child's voice; tests that
are about something else make a plan ready with this.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

CHILD_VOICE = "Jag vill ha en lugn plats i skolan."


def make_ready_to_sign(ws: Any, plan_id: int, note_taker_id: int, *,
                       follow_up_days: int = 90, child_voice: str = CHILD_VOICE) -> None:
    """Consent confirmed, the note-taker, the child's voice and the follow-up booked
    `follow_up_days` after the plan's meeting (chair and plan owner are the test's own)."""
    ws.protocol.set_formalities(plan_id, consent_confirmed=True, note_taker_id=note_taker_id)
    ws.plans.set_section(plan_id, "child_voice", child_voice)
    protocol = ws.protocol.get(plan_id)
    day = protocol.meeting_date or ws.today()
    ws.protocol.set_next_follow_up(plan_id, day + timedelta(days=follow_up_days))
