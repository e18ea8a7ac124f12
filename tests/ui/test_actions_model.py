"""The actions table's model, without a window: Qt's contract, editing, review rows."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from sipdesk.domain.enums import Attendance, GoalStatus, MeetingKind, ReviewStatus
from sipdesk.domain.protocol import (
    Choice,
    Formalities,
    Participant,
    PlanAction,
    Protocol,
    ProtocolSection,
)
from sipdesk.domain.template import default_template
from sipdesk.ui.meeting_mode.actions_model import ActionsModel


def _protocol(*actions: PlanAction) -> Protocol:
    template = default_template()
    return Protocol(
        plan_id=1, plan_version=2, case_id=1, case_reference="SIP-2026-001",
        child_name="Ebba Test", personnummer_masked="", meeting_id=1,
        meeting_kind=MeetingKind.FOLLOW_UP, meeting_date=date(2026, 11, 23),
        meeting_start=time(13), meeting_end=time(14, 30), place="",
        formalities=Formalities(),
        participants=(Participant(1, "Anna Berg", "psykolog", Attendance.PRESENT),),
        sections=tuple(ProtocolSection(s.key, s.title) for s in template.sections),
        actions=actions,
        action_columns=tuple((c.key, c.title) for c in template.action_columns),
        organisations=(Choice(7, "BUP Norrby"),),
    )


NEW = PlanAction(id=3, goal="Gå i skolan", action="Samtal", person_name="Anna Berg",
                 organisation_id=7, due="v. 12")
OLD = PlanAction(id=4, goal="Sova bättre", action="Sömnskola", previous_action_id=1,
                 review_status=ReviewStatus.NOT_DONE, goal_status=GoalStatus.KEEP)


def test_models_keep_qts_contract(qtmodeltester):
    protocol = _protocol(OLD, NEW)
    plan = ActionsModel(protocol)
    assert plan.rowCount() == 1
    qtmodeltester.check(plan)
    review = ActionsModel(protocol, review=True)
    assert review.rowCount() == 1 and review.columnCount() == 6
    qtmodeltester.check(review)
    qtmodeltester.check(ActionsModel(_protocol()))  # a first meeting: no rows yet


def test_cells_show_names_and_edit_the_row(qtbot):
    model = ActionsModel(_protocol(NEW))
    columns = [key for key, _title in model.columns]
    org = model.index(0, columns.index("organisation_id"))
    assert org.data() == "BUP Norrby" and org.data(Qt.ItemDataRole.EditRole) == 7
    goal = model.index(0, columns.index("goal"))
    with qtbot.waitSignal(model.cellEdited) as edited:
        assert model.setData(goal, "Gå i skolan varje dag")
    row, field, value = edited.args
    assert (field, value) == ("goal", "Gå i skolan varje dag")
    assert row.action.goal == "Gå i skolan varje dag" and row.ref.id == 3
    assert not model.setData(goal, "Gå i skolan varje dag")  # unchanged: nothing to store


def test_review_rows_edit_only_how_it_went(qtbot):
    model = ActionsModel(_protocol(OLD), review=True)
    assert model.index(0, 2).data() == ""  # nobody named
    assert model.index(0, 3).data() == "Inte genomförd"  # the word of the signed plan
    assert not model.setData(model.index(0, 0), "Ett annat mål")  # the old goal stands
    assert model.setData(model.index(0, 3), ReviewStatus.PARTLY)
    assert model.rows[0].action.review_status is ReviewStatus.PARTLY


def test_rows_are_added_removed_and_replaced(qtbot):
    model = ActionsModel(_protocol(NEW))
    added = model.add_row()
    assert model.rowCount() == 2 and added.ref.id is None and added.key != model.rows[0].key
    assert model.remove_row(1) is added
    model.set_protocol(_protocol(NEW, PlanAction(id=5, goal="Läxhjälp")))
    assert [a.goal for a in model.actions()] == ["Gå i skolan", "Läxhjälp"]
