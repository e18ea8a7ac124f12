"""The protocol's domain rules: what the wall may show, the agenda and the clock.

19121212-1212 and 20121212-1212 are Skatteverket's test numbers, not real people.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sipdesk.domain.enums import Attendance, GoalStatus, MeetingKind, ReviewStatus
from sipdesk.domain.protocol import (
    ACTIONS,
    FORMALITIES,
    REVIEW,
    Choice,
    Formalities,
    Participant,
    PlanAction,
    Protocol,
    ProtocolSection,
    agenda,
    masked_personnummer,
    projected,
    time_status,
)
from sipdesk.domain.template import default_template

PNR = "20121212-1212"


def _protocol(**kw) -> Protocol:
    template = default_template()
    sections = tuple(
        ProtocolSection(s.key, s.title, s.help, text=f"Text om {s.title}",
                        internal_note="HEMLIG anteckning")
        for s in template.sections
    )
    values = dict(
        plan_id=1, plan_version=1, case_id=1, case_reference="SIP-2026-001",
        child_name="Ebba Test", personnummer_masked=masked_personnummer(PNR),
        meeting_id=1, meeting_kind=MeetingKind.FIRST_SIP, meeting_date=date(2026, 11, 23),
        meeting_start=time(13, 0), meeting_end=time(14, 30), place="Ekbackaskolan",
        formalities=Formalities(), participants=(
            Participant(1, "Anna Berg", "psykolog", Attendance.PRESENT),
            Participant(2, "Lena Holm", "mentor", Attendance.ABSENT_WITH_NOTICE),
        ),
        sections=sections,
        actions=(PlanAction(id=1, goal="Gå i skolan", action="Samtal", person_name="Anna",
                                organisation_id=7, due="v. 12"),),
        action_columns=tuple((c.key, c.title) for c in template.action_columns),
        organisations=(Choice(7, "BUP Norrby"),),
    )
    values.update(kw)
    return Protocol(**values)


def test_projected_never_carries_internal_notes():
    wall = projected(_protocol())
    assert not any("HEMLIG" in text for text in wall.texts())


def test_personnummer_masked_also_inside_free_text():
    p = _protocol().with_section_text("current_situation", f"Barnet ({PNR}) och 191212121212")
    wall = projected(p)
    joined = "\n".join(wall.texts())
    assert PNR not in joined and "1212-1212" not in joined and "191212121212" not in joined
    assert "2012xxxx-xxxx" in joined
    assert wall.personnummer == "2012xxxx-xxxx"


def test_plain_headings_and_actions():
    wall = projected(_protocol())
    headings = [s.heading for s in wall.sections]
    assert headings[2] == "Vad är viktigt för dig?"
    assert wall.actions[0].who == "Anna, BUP Norrby"
    assert wall.present == ("Anna Berg",)
    assert "23 november 2026" in wall.meeting_line


def test_review_rows_and_closed_goals():
    review = PlanAction(id=2, goal="Sova bättre", action="Sömnskola", previous_action_id=9,
                            review_status=ReviewStatus.DONE, goal_status=GoalStatus.CLOSE)
    wall = projected(_protocol(actions=(review,)))
    assert wall.review[0].status == "Genomförd"
    assert wall.review[0].goal_status == "Målet avslutas"
    assert wall.actions == ()  # a closed goal does not go on as an action


def test_agenda_defaults_order_and_override():
    parts = agenda(default_template())
    keys = [p.key for p in parts]
    assert keys[0] == FORMALITIES
    assert keys.index(ACTIONS) == keys.index("goals") + 1
    assert REVIEW not in keys
    assert 80 <= sum(p.minutes for p in parts) <= 100
    follow = agenda(default_template(), {"current_situation": 20}, follow_up=True)
    assert follow[1].key == REVIEW
    assert next(p for p in follow if p.key == "current_situation").minutes == 20


def test_time_status_on_time_and_over():
    parts = agenda(default_template())
    start = datetime(2026, 11, 23, 13, 0)
    ok = time_status(parts, start, datetime(2026, 11, 23, 13, 5), FORMALITIES)
    assert ok.on_time and ok.part_minutes_left == 5 and "I tid" in ok.message
    late = time_status(parts, start, datetime(2026, 11, 23, 13, 17), FORMALITIES)
    assert late.over_by_minutes == 7
    assert "7 min efter" in late.message


def test_time_status_ahead_of_plan_does_not_give_a_short_part_the_time_saved():
    # Issue 13: "85 min kvar av 'Barnets delaktighet nästa gång'" for a 2-minute part,
    # one minute into an 86-minute meeting.
    parts = agenda(default_template())
    start = datetime(2026, 11, 23, 13, 0)
    last = parts[-1]
    assert (last.title, last.minutes) == ("Barnets delaktighet nästa gång", 2)
    ahead = time_status(parts, start, datetime(2026, 11, 23, 13, 1), last.key)
    assert ahead.on_time and ahead.part_minutes_left == 85
    assert ahead.message == ("I tid, 83 min före tidsplanen. "
                             "”Barnets delaktighet nästa gång” har 2 min.")
    assert "85 min kvar" not in ahead.message
    within = time_status(parts, start, datetime(2026, 11, 23, 14, 25), last.key)
    assert within.message == "I tid. 1 min kvar av ”Barnets delaktighet nästa gång”."
