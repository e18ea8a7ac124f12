"""The case board driven as a coordinator would, checked against what the store holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from sipdesk.domain.entities import Consent, Guardian
from sipdesk.domain.enums import ConsentForm, Stage
from sipdesk.ui.board.board_model import CaseIdRole, QuestionRole, ShownNameRole
from sipdesk.ui.main_window import MainWindow


def _case(ws, first="Elsa", last="Lind", question="Hur får Elsa stöd i skolan?", **kw):
    return ws.cases.create(first_name=first, last_name=last, question=question, **kw)


@pytest.fixture
def cases(ws, directory):
    """Three cases: Elsa (with BUP, Karin's), Noah (school, Johan's), Maja (no question)."""
    # 20121212-1212 is a Skatteverket test personnummer, not a real person's.
    elsa = _case(ws, personnummer="20121212-1212", coordinator="Karin Åkesson")
    ws.cases.add_to_network(elsa.id, directory["psykolog"].id)
    noah = _case(ws, "Noah", "Ek", "Vem gör vad när Noah byter skola?", coordinator="Johan Ek")
    ws.cases.add_to_network(noah.id, directory["mentor"].id)
    maja = _case(ws, "Maja", "Holm", "", coordinator="Karin Åkesson")
    return {"elsa": elsa, "noah": noah, "maja": maja}


@pytest.fixture
def window(qtbot, ops, cases):
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.board.is_loaded
    return win


def shown(window, stage=Stage.NEED_FOUND):
    return window.board.visible_case_ids(stage)


def _row(proxy, case_id) -> int:
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(CaseIdRole) == case_id)


def select(window, case_id):
    board = window.board
    stage = board.model.stage_of(case_id)
    view = board.view_of(stage)
    proxy = view.model()
    row = _row(proxy, case_id)
    view.setCurrentIndex(proxy.index(row, 0))
    view.setFocus()
    return view


def test_surfaces_and_cards_in_their_columns(window, cases):
    surfaces = window.surfaces()
    assert set(surfaces) >= {"MainWindow", "CaseBoard", "TodayList"}
    assert all(w.objectName() == name for name, w in surfaces.items())
    assert shown(window) == [cases["elsa"].id, cases["noah"].id, cases["maja"].id]
    for stage in list(Stage)[1:]:
        assert shown(window, stage) == []
    assert window.board.columns[Stage.NEED_FOUND].count.text() == "3"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("elsa", ["elsa"]),
        ("HOLM", ["maja"]),
        ("1212-12", ["elsa"]),  # a personnummer fragment
        ("bup", ["elsa"]),  # an organisation in the network
        ("byter skola", ["noah"]),  # the question
        ("zzz", []),
    ],
)
def test_search_filters_as_you_type(qtbot, window, cases, typed, expected):
    qtbot.keyClicks(window.board.search, typed)
    assert shown(window) == [cases[name].id for name in expected]
    window.board.search.clear()
    assert len(shown(window)) == 3


def test_ctrl_f_focuses_the_search(qtbot, window):
    window.window_actions.find.trigger()
    assert window.board.search.hasFocus()


def test_filters_my_cases_stage_organisation_attention(window, cases, ws):
    board = window.board
    board.coordinator.setCurrentIndex(board.coordinator.findData("Johan Ek"))
    assert shown(window) == [cases["noah"].id]
    board.coordinator.setCurrentIndex(0)

    board.organisation.setCurrentIndex(board.organisation.findData("BUP Norrby"))
    assert shown(window) == [cases["elsa"].id]
    board.organisation.setCurrentIndex(0)

    board.stage.setCurrentIndex(board.stage.findData(int(Stage.MEETING)))
    assert not board.columns[Stage.NEED_FOUND].isVisibleTo(board)
    assert board.columns[Stage.MEETING].isVisibleTo(board)
    window.clear_filters()
    assert board.columns[Stage.NEED_FOUND].isVisibleTo(board)

    assert not any(board.model.card(c.id).flags for c in cases.values())
    ws.cases.move(cases["elsa"].id, Stage.CONSENT_AND_PLANNING)  # now consent is missing
    window.window_actions.refresh.trigger()
    window.window_actions.needs_attention.setChecked(True)
    assert board.attention.isChecked()
    assert shown(window, Stage.CONSENT_AND_PLANNING) == [cases["elsa"].id]
    assert shown(window) == []


def test_move_by_keyboard_is_stored(qtbot, window, ws, cases):
    elsa = cases["elsa"].id
    view = select(window, elsa)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(elsa).stage is Stage.CONSENT_AND_PLANNING
    assert shown(window, Stage.CONSENT_AND_PLANNING) == [elsa]
    assert elsa not in shown(window)
    assert not window.board.banner.isVisible()
    # the card keeps the focus in its new column, so it can go straight back
    view = window.board.view_of(Stage.CONSENT_AND_PLANNING)
    assert view.current_case_id() == elsa
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert ws.cases.get(elsa).stage is Stage.NEED_FOUND


def test_menu_actions_move_the_selected_case(window, ws, cases):
    select(window, cases["noah"].id)
    window.window_actions.move_forward.trigger()
    assert ws.cases.get(cases["noah"].id).stage is Stage.CONSENT_AND_PLANNING
    window.window_actions.move_back.trigger()
    assert ws.cases.get(cases["noah"].id).stage is Stage.NEED_FOUND


def test_refused_move_shows_why_and_changes_nothing(qtbot, window, ws, cases):
    maja = cases["maja"].id  # no question yet: stage 2 is refused
    view = select(window, maja)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    banner = window.board.banner
    assert banner.isVisible()
    assert "Ärendet flyttades inte" in window.board.banner_text.text()
    assert "Frågeställningen saknas" in window.board.banner_text.text()
    assert ws.cases.get(maja).stage is Stage.NEED_FOUND
    assert maja in shown(window)
    assert [e.kind for e in ws.cases.get(maja).history] == ["created"]


def _drop(window, case_id, target: Stage) -> bool:
    board = window.board
    source = board.view_of(board.model.stage_of(case_id)).model()
    row = _row(source, case_id)
    mime = source.mimeData([source.index(row, 0)])
    target_model = board.view_of(target).model()
    assert target_model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    return target_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_drag_and_drop_moves_the_case(window, ws, cases):
    elsa = cases["elsa"].id
    # False: the view must not remove the row itself; the board moves it once stored.
    assert _drop(window, elsa, Stage.CONSENT_AND_PLANNING) is False
    assert ws.cases.get(elsa).stage is Stage.CONSENT_AND_PLANNING
    assert shown(window, Stage.CONSENT_AND_PLANNING) == [elsa]


def test_refused_drop_keeps_the_card_where_it_was(window, ws, cases):
    elsa = cases["elsa"].id
    _drop(window, elsa, Stage.MEETING)  # two steps at once
    assert "ett steg i taget" in window.board.banner_text.text()
    assert ws.cases.get(elsa).stage is Stage.NEED_FOUND
    assert elsa in shown(window)
    assert shown(window, Stage.MEETING) == []


def test_dropping_on_its_own_column_is_not_offered(window, cases):
    board = window.board
    proxy = board.view_of(Stage.NEED_FOUND).model()
    mime = proxy.mimeData([proxy.index(0, 0)])
    assert not proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_move_menu_lists_every_other_stage(window, ws, cases):
    elsa = cases["elsa"].id
    menu = window.board.move_menu(elsa)
    actions = menu.actions()
    assert [a.isEnabled() for a in actions] == [False, True, True, True, True, True]
    actions[1].trigger()
    assert ws.cases.get(elsa).stage is Stage.CONSENT_AND_PLANNING


def test_initials_toggle_changes_what_the_card_shows(window, cases):
    board = window.board
    proxy = board.view_of(Stage.NEED_FOUND).model()
    first = proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Elsa Lind"
    window.window_actions.show_initials.trigger()
    assert first.data(Qt.ItemDataRole.DisplayRole) == "E.L."
    assert first.data(ShownNameRole) == "E.L."
    assert "Elsa" not in first.data(Qt.ItemDataRole.ToolTipRole)  # not in the question either
    assert first.data(QuestionRole) == "Hur får E. stöd i skolan?"
    window.window_actions.show_initials.trigger()
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Elsa Lind"


def test_enter_and_double_click_open_the_case(qtbot, window, cases):
    noah = cases["noah"].id
    view = select(window, noah)
    with qtbot.waitSignal(window.board.caseOpened, timeout=1000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [noah]
    with qtbot.waitSignal(window.caseOpened, timeout=1000) as opened:
        view.doubleClicked.emit(view.currentIndex())
    assert opened.args == [noah]


def test_open_shows_the_record_and_back_returns_to_the_board(qtbot, window, cases):
    noah = cases["noah"]
    view = select(window, noah.id)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.case_page
    assert window.record is not None and window.record.case_id == noah.id
    assert window.surfaces()["CaseRecord"] is window.record
    window.window_actions.back_to_board.trigger()
    assert window.pages.currentIndex() == 0
    assert window.record is None and "CaseRecord" not in window.surfaces()


def test_ctrl_n_opens_the_new_case_dialog_and_a_created_case_opens(qtbot, window, ws):
    from sipdesk.ui.dialogs.new_case import NewCaseDialog

    with qtbot.waitSignal(window.newCaseRequested, timeout=1000):
        window.window_actions.new_case.trigger()
    dialog = window.findChild(NewCaseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.first_name, "Tyra")
    qtbot.keyClicks(dialog.last_name, "Falk")
    qtbot.keyClicks(dialog.question, "Hur far Tyra stod i skolan?")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (created,) = [c for c in ws.cases.all() if c.child.first_name == "Tyra"]
    assert window.record is not None and window.record.case_id == created.id
    assert window.pages.currentWidget() is window.case_page


def test_refresh_picks_up_changes_made_elsewhere(window, ws, cases):
    _case(ws, "Saga", "Dahl", "Hur får Saga hjälp?")
    assert len(shown(window)) == 3
    window.window_actions.refresh.trigger()
    assert len(shown(window)) == 4


def test_consent_makes_the_flag_go_away_after_refresh(window, ws, cases, directory):
    elsa = cases["elsa"].id
    ws.cases.move(elsa, Stage.CONSENT_AND_PLANNING)
    window.refresh()
    assert window.board.model.card(elsa).flags
    # A child under 15 cannot consent alone: her guardian consents too.
    guardian = ws.cases.add_guardian(elsa, Guardian("Karin Lind"))
    ws.cases.record_consent(
        elsa,
        Consent(given_on=date(2026, 11, 1), form=ConsentForm.WRITTEN, by_child=True,
                guardian_ids=frozenset({guardian.id}),
                covered_org_ids=frozenset({directory["bup"].id})),
    )
    window.refresh()
    assert window.board.model.card(elsa).flags == ()


def test_invitations_to_follow_up_open_across_cases(qtbot, window):
    from sipdesk.ui.meetings.response_tracker import ResponseTracker

    window.window_actions.invitations_todo.trigger()
    dialog = window.findChild(QDialog, "InvitationsTodoDialog")
    assert dialog is not None and dialog.isVisible()
    tracker = dialog.findChild(ResponseTracker)
    assert tracker.objectName() == "ResponseTracker" and tracker.isVisible()
    dialog.close()
