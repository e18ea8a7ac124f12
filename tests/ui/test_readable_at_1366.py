"""What a coordinator reads on a small screen: whole answers and substitutes, rows that
stay put, cards and Today items that say what is due, one consent box at a time, a
status bar that agrees with the board, and an agenda that can be put away."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from sipdesk.domain.consent import COVERED_OR_EXCLUDED, scope_refusal
from sipdesk.domain.entities import Consent
from sipdesk.domain.enums import ConsentForm, Response, Stage
from sipdesk.domain.errors import ValidationError
from sipdesk.ui.board.cards import wrapped
from sipdesk.ui.main_window import MainWindow
from sipdesk.ui.meetings.response_tracker import REREAD_MS, ResponseTracker
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import build_case


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


def _names(tracker: ResponseTracker) -> list[str]:
    model = tracker.model
    return [model.index(r, model.column("Namn")).data() for r in range(model.rowCount())]


def _tracker(qtbot, ops, meeting_id) -> ResponseTracker:
    tracker = ResponseTracker(ops, meeting_id)
    qtbot.addWidget(tracker)
    tracker.resize(1000, 400)
    tracker.show()
    return tracker


def test_a_substitutes_name_is_on_the_answers_second_line(qtbot, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.SUBSTITUTE, "Kim Sjö")
    qtbot.wait(REREAD_MS * 3)
    model = tracker.model
    index = model.index(model.row_of(built["psykolog"]), model.column("Svar"))
    assert index.data() == "Skickar ersättare\nErsättare: Kim Sjö"
    assert "Ersättare: Kim Sjö" in index.data(Qt.ItemDataRole.ToolTipRole)
    # the column is as wide as the name, and the row tall enough for both lines
    view = tracker.view
    assert view.columnWidth(model.column("Svar")) >= view.sizeHintForColumn(model.column("Svar"))
    assert view.rowHeight(index.row()) >= 2 * view.fontMetrics().height()


def test_rows_stay_put_after_an_answer_and_sort_only_on_a_header_click(qtbot, ws, ops, built):
    ws.clock = lambda: TODAY + timedelta(days=14)  # Anna Berg is overdue: first
    tracker = _tracker(qtbot, ops, built["meeting"])
    before = _names(tracker)
    assert before[0] == "Anna Berg"
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.ACCEPTED)  # no longer overdue
    qtbot.wait(REREAD_MS * 3)
    assert _names(tracker) == before  # nothing moved under the cursor
    assert tracker.selected_row().invitation_id == built["psykolog"]
    header = tracker.view.horizontalHeader()
    header.sectionClicked.emit(tracker.model.column("Namn"))
    assert _names(tracker) == sorted(before)
    assert tracker.selected_row().invitation_id == built["psykolog"]  # the selection follows
    header.sectionClicked.emit(tracker.model.column("Namn"))
    assert _names(tracker) == sorted(before, reverse=True)
    tracker.select_invitation(built["guardian"])
    tracker.set_response(Response.DECLINED)
    qtbot.wait(REREAD_MS * 3)
    assert _names(tracker) == sorted(before, reverse=True)  # the order asked for stays


def test_no_column_scrolls_sideways_in_a_narrow_tracker(qtbot, ops, built):
    tracker = _tracker(qtbot, ops, built["meeting"])
    tracker.resize(900, 400)
    qtbot.wait(10)
    view = tracker.view
    assert view.horizontalScrollBar().maximum() == 0
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    svar = tracker.model.column("Svar")
    assert view.columnWidth(svar) >= view.sizeHintForColumn(svar)  # the answer stays whole
    tracker.resize(600, 400)  # narrower than any laptop gives it: still nothing sideways
    qtbot.wait(10)
    assert view.horizontalScrollBar().maximum() == 0


def test_an_organisation_is_covered_or_excluded_never_both():
    both = Consent(given_on=date(2026, 11, 1), form=ConsentForm.WRITTEN, by_child=True,
                   covered_org_ids=frozenset({1, 2}), excluded_org_ids=frozenset({2}))
    assert scope_refusal(both) == COVERED_OR_EXCLUDED
    assert scope_refusal(Consent(given_on=date(2026, 11, 1), form=ConsentForm.WRITTEN,
                                 by_child=True, covered_org_ids=frozenset({1}),
                                 excluded_org_ids=frozenset({2}))) is None


def test_the_service_refuses_both_in_swedish(ws, built):
    with pytest.raises(ValidationError) as refused:
        ws.cases.record_consent(built["case"], Consent(
            given_on=TODAY, form=ConsentForm.WRITTEN, by_child=True,
            covered_org_ids=frozenset({5}), excluded_org_ids=frozenset({5})))
    assert str(refused.value.args[0]) == COVERED_OR_EXCLUDED


def test_ticking_one_consent_box_unticks_the_other(qtbot, ops, ws, built):
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    win.open_case(built["case"])
    tab = win.record.consent_tab
    win.record.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.consent_covered.count() > 0)
    covered, excluded = tab.consent_covered.item(0), tab.consent_excluded.item(0)
    covered.setCheckState(Qt.CheckState.Checked)
    excluded.setCheckState(Qt.CheckState.Checked)
    assert covered.checkState() == Qt.CheckState.Unchecked
    covered.setCheckState(Qt.CheckState.Checked)
    assert excluded.checkState() == Qt.CheckState.Unchecked
    # "Gäller till" and "Status" stay in sight, the organisations give way
    table = tab.consent_table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_the_status_bar_says_moved_only_when_a_case_was(qtbot, ops, ws):
    elsa = ws.cases.create(first_name="Elsa", last_name="Lind", question="Hur får Elsa stöd?")
    maja = ws.cases.create(first_name="Maja", last_name="Holm", question="")  # no question: refused
    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.show()
    win.board.move_case(elsa.id, int(Stage.CONSENT_AND_PLANNING))
    assert "flyttades till" in win.statusBar().currentMessage()
    win.board.move_case(maja.id, int(Stage.CONSENT_AND_PLANNING))
    assert win.board.banner.isVisible()
    message = win.statusBar().currentMessage()
    assert "flyttades inte" in message and "flyttades till" not in message


def test_wrapped_text_breaks_at_words_and_cuts_only_the_last_line():
    fm = QFontMetrics(QFont("DejaVu Sans", 9))
    width = fm.horizontalAdvance("Boka SIP-möte")
    lines = wrapped(fm, "Boka SIP-möte", width, 2, first_width=width // 3)
    assert lines == ["", "Boka SIP-möte"]  # nothing fits after "38 d försenad": next line
    lines = wrapped(fm, "Hur kan skola, BUP och socialtjänst samordna stödet", width, 2)
    assert len(lines) == 2 and lines[0] in "Hur kan skola, BUP och"
    assert lines[1].endswith("…")
    assert "".join(wrapped(fm, "Kort", width, 2)) == "Kort"
    assert wrapped(fm, "x" * 300, width, 2)[0].endswith("…")  # an overlong word is cut
