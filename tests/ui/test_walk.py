"""One SIP from first contact to a signed plan, walked through the window as a user would.

Every step goes through the window's widgets: clicks, key sequences and typed
fields, each counted as one user action by the Walk helper, which prints the
count per step and in total. At the end the case stands in Uppföljning with
a signed, frozen plan, and the exported plan carries no draft mark.

All names are invented; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)

from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import (
    Attendance,
    MeetingKind,
    OrgKind,
    Participation,
    PlanStatus,
    Principal,
    Response,
    SigningMethod,
    Stage,
)
from sipdesk.domain.errors import ValidationError
from sipdesk.export.plan_pdf import DRAFT_MARK
from sipdesk.ui.board.board_model import CaseIdRole
from sipdesk.ui.main_window import MainWindow
from tests.ui.conftest import TODAY

Mods = Qt.KeyboardModifier
CTRL = Mods.ControlModifier


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, as typed; å, ä and ö too (QTest.keyClicks knows only ASCII)."""
    for char in text:
        code = ord(char.upper())
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(code if code <= 0xFF else 0),
                           char, Mods.NoModifier)


class Walk:
    """Drives widgets as a user does, counting each click, key sequence or typed field."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.counts: dict[str, int] = {}
        self.step = ""

    def begin(self, step: str) -> None:
        self.step = step
        self.counts.setdefault(step, 0)

    def _count(self) -> None:
        self.counts[self.step] += 1

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self._count()
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Mods.NoModifier, pos)

    def key(self, widget: QWidget, key: Qt.Key, modifiers: Mods = Mods.NoModifier) -> None:
        self._count()
        QTest.keyClick(widget, key, modifiers)

    def type(self, widget: QWidget, text: str) -> None:
        """Typing one field (or choosing in a list by typing its first letters)."""
        self._count()
        type_text(widget, text)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Choose an item of a combo box by typing its first letters."""
        # Letters typed within the keyboard interval search on from the last ones.
        self.qtbot.wait(QApplication.keyboardInputInterval() + 20)
        self.type(combo, text.split(" ")[0])  # a space would open the list instead
        assert combo.currentText().startswith(text), (combo.objectName(), combo.currentText())

    def tab(self, tabs: QTabWidget, title: str) -> None:
        index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
        self.click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())

    def tick(self, items: QListWidget, text: str) -> None:
        """Click the check box of the item whose text starts with `text`."""
        item = next(items.item(r) for r in range(items.count())
                    if items.item(r).text().startswith(text))
        before = item.checkState()
        rect = items.visualItemRect(item)
        self.click(items.viewport(), QPoint(rect.left() + 10, rect.center().y()))
        assert item.checkState() != before, text

    def click_row(self, view: QAbstractItemView, row: int) -> None:
        rect = view.visualRect(view.model().index(row, 0))
        self.click(view.viewport(), rect.center())

    def modal(self, fill: Callable[[QWidget], None]) -> None:
        """Act in the modal dialog the next click opens (it runs its own event loop)."""
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            fill(dialog)

        QTimer.singleShot(0, act)

    def report(self) -> int:
        total = sum(self.counts.values())
        print("\nAnvändarhandlingar per steg:")
        for step, n in self.counts.items():
            print(f"  {step:<52} {n:>3}")
        print(f"  {'Totalt':<52} {total:>3}")
        return total


@pytest.fixture
def quick_search():
    """A short keyboard-search interval, so the walk need not wait long between choices."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(150)
    yield
    QApplication.setKeyboardInputInterval(before)


@pytest.fixture
def people(ws, directory):
    """The directory: five professionals from three organisations (invented)."""
    d = ws.directory
    soc = d.add_organisation(Organisation("Norrby socialtjänst", OrgKind.SOCIAL_SERVICES,
                                          Principal.MUNICIPALITY, unit="Barn och unga"))
    d.add_person(Person("Johan Ek", "socialsekreterare", soc.id))
    d.add_person(Person("Sara Dahl", "skolkurator", directory["school"].id))
    d.add_person(Person("Omar Falk", "läkare", directory["bup"].id))
    ws.settings.postpone_profile()  # the first-start question about the coordinator's details
    return directory


def _activate(qtbot, window: QWidget) -> None:
    """The window the user is working in is the active one (shortcuts work there)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _card(window: MainWindow, stage: Stage, case_id: int):
    view = window.board.view_of(stage)
    proxy = view.model()
    row = next((r for r in range(proxy.rowCount())
                if proxy.index(r, 0).data(CaseIdRole) == case_id), -1)
    return view, row


def _move_on(walk: Walk, window: MainWindow, case_id: int, stage: Stage, *,
             reopen: bool = True) -> None:
    """Back to the board, pick the card, Ctrl+Right; then open the case again."""
    target = Stage(stage + 1)
    walk.begin(f"→ steg {int(target)}: {target.label}")
    qtbot = walk.qtbot
    _activate(qtbot, window)
    walk.key(window.focusWidget() or window, Qt.Key.Key_Left, Mods.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0)
    qtbot.waitUntil(lambda: _card(window, stage, case_id)[1] >= 0)
    view, row = _card(window, stage, case_id)
    walk.click_row(view, row)
    walk.key(view, Qt.Key.Key_Right, CTRL)
    qtbot.waitUntil(lambda: _card(window, target, case_id)[1] >= 0, timeout=3000)
    assert window.board.banner.isHidden(), window.board.banner_text.text()
    if reopen:
        view, row = _card(window, target, case_id)
        walk.key(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.record is not None and window.record.view is not None)


def test_one_sip_from_first_contact_to_a_signed_plan(qtbot, ops, ws, people, tmp_path,
                                                     capsys, quick_search):
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    qtbot.waitUntil(lambda: window.board.is_loaded)
    walk = Walk(qtbot)

    # --- 1. A new case (Ctrl+N) -----------------------------------------------------------
    walk.begin("1. Nytt ärende (Ctrl+N)")
    walk.key(window, Qt.Key.Key_N, CTRL)
    dialog = window.findChild(QWidget, "NewCaseDialog")
    assert dialog is not None and dialog.isVisible()
    walk.type(dialog.question, "Hur kan skolan, BUP och socialtjänsten hjälpa Elsa tillbaka "
                               "till skolan?")
    walk.type(dialog.first_name, "Elsa")
    walk.type(dialog.last_name, "Lind")
    walk.type(dialog.personnummer, "20121212-1212")  # Skatteverket test number
    walk.click(dialog.ok_button)
    qtbot.waitUntil(lambda: window.record is not None and window.record.view is not None)
    case_id = window.record.case_id
    _move_on(walk, window, case_id, Stage.NEED_FOUND)

    # --- 2. Guardians and the child's participation ---------------------------------------
    walk.begin("2. Vårdnadshavare och barnets delaktighet")
    record = window.record
    for name in ("Maria Lind", "Per Lind"):
        def fill(guardian_dialog: QWidget, name: str = name) -> None:
            walk.type(guardian_dialog.name, name)
            walk.click(guardian_dialog.buttons.button(guardian_dialog.buttons.StandardButton.Ok))

        walk.modal(fill)
        walk.click(record.child_tab.findChild(QWidget, "AddGuardian"))
        qtbot.waitUntil(lambda: record.guardian_table.rowCount() >= 1)
    qtbot.waitUntil(lambda: record.guardian_table.rowCount() == 2)
    walk.tab(record.tabs, "Barnets delaktighet")
    walk.click(record.participation_buttons[Participation.PRESENT])

    # --- 3. Consent -----------------------------------------------------------------------
    walk.begin("3. Samtycke")
    walk.tab(record.tabs, "Samtycke")
    qtbot.waitUntil(lambda: record.consent_guardians.count() == 2)
    walk.tick(record.consent_guardians, "Maria Lind")
    walk.tick(record.consent_guardians, "Per Lind")
    for org in ("BUP Norrby", "Ekbackaskolan", "Norrby socialtjänst"):
        walk.tick(record.consent_covered, org)
    walk.click(record.consent_tab.findChild(QWidget, "RecordConsent"))
    qtbot.waitUntil(lambda: record.consent_table.rowCount() == 1)

    # --- 4. Network and roles -------------------------------------------------------------
    walk.begin("4. Nätverk och roller")
    walk.tab(record.tabs, "Nätverk")
    add = record.network_tab.findChild(QWidget, "AddToNetwork")
    for name in ("Anna Berg", "Lena Holm", "Johan Ek", "Sara Dahl", "Omar Falk"):
        walk.choose(record.directory_people, name)
        walk.click(add)
        qtbot.waitUntil(lambda name=name: any(
            record.network_table.item(r, 0).text() == name
            for r in range(record.network_table.rowCount())))
    walk.choose(record.role_combos["chair"], "Johan Ek")
    walk.choose(record.role_combos["plan_owner"], "Anna Berg")
    qtbot.waitUntil(lambda: record.case.chair_id is not None
                    and record.case.plan_owner_id is not None)
    _move_on(walk, window, case_id, Stage.CONSENT_AND_PLANNING)

    # --- 5. The meeting -------------------------------------------------------------------
    walk.begin("5. Mötet bokas")
    record = window.record
    walk.tab(record.tabs, "Möten och kallelser")
    meetings = record.meetings_tab
    walk.click(meetings.new_button)
    booking = meetings.findChild(QWidget, "MeetingDialog")
    qtbot.waitUntil(lambda: booking.form_box.isEnabled())
    walk.type(booking.place, "Norrby kommunhus, rum Ekorren")
    walk.click(booking.save_button)
    qtbot.waitUntil(lambda: meetings.meetings.count() == 1 and meetings.tracker.meeting_id)

    # --- 6. Invitations to eight people ---------------------------------------------------
    walk.begin("6. Kallelser till 8 personer")
    tracker = meetings.tracker
    walk.click(tracker.invite_button)
    invite = tracker.findChild(QWidget, "InviteDialog")
    qtbot.waitUntil(lambda: invite.people.count() == 8)
    walk.click(invite.check_all)
    walk.click(invite.ok)
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 8)
    invitations = ws.meetings.get(tracker.meeting_id).invitations
    assert len(invitations) == 8 and all(i.sent_on == TODAY for i in invitations)
    assert walk.counts["6. Kallelser till 8 personer"] <= 15
    _move_on(walk, window, case_id, Stage.ACTORS_INVITED)

    # --- 7. Answers -----------------------------------------------------------------------
    walk.begin("7. Svar registreras")
    record = window.record
    walk.tab(record.tabs, "Möten och kallelser")
    tracker = record.meetings_tab.tracker
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 8)

    def answer(name: str, key: Qt.Key) -> None:
        row = next(r for r in range(tracker.model.rowCount())
                   if tracker.model.tracker_row(r).name == name)
        walk.click_row(tracker.view, row)
        walk.key(tracker.view, key, CTRL)

    for row in [tracker.model.tracker_row(r) for r in range(8)]:
        if row.name == "Omar Falk":
            answer(row.name, Qt.Key.Key_3)  # sends a substitute: who?
            substitute = tracker.findChild(QWidget, "SubstituteDialog")
            walk.type(substitute.field, "Ali Falk")
            walk.click(substitute.ok)
        else:
            answer(row.name, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: all(tracker.model.tracker_row(r).response is not Response.NO_ANSWER
                                for r in range(8)))

    # --- 8. Meeting mode: attendance and formalities --------------------------------------
    walk.begin("8. Mötesläge: närvaro och formalia")
    walk.click(record.meetings_tab.protocol_button)
    mode = window.meeting_mode
    assert mode is not None
    editor = mode.editor
    qtbot.waitUntil(lambda: editor.is_open)
    _activate(qtbot, mode)
    form = editor.form
    for combo in form.attendance.values():
        walk.choose(combo, "När")
    walk.click(form.consent, QPoint(8, form.consent.height() // 2))  # on its box
    assert form.consent.isChecked()
    walk.choose(form.note_taker, "Sara Dahl")
    assert form.chair.currentText().startswith("Johan Ek")
    assert form.plan_owner.currentText().startswith("Anna Berg")

    # --- 9. The protocol, typed live ------------------------------------------------------
    walk.begin("9. Protokollet skrivs")
    sections = {
        "current_situation": "Elsa har varit hemma från skolan sedan oktober och sover dåligt.",
        "child_voice": "Jag vill ha en lugn plats i skolan och slippa äta i matsalen.",
        "goals": "Elsa är i skolan tre förmiddagar i veckan till uppföljningen.",
    }
    for key, text in sections.items():
        walk.click(editor.section_edits[key])
        walk.type(editor.section_edits[key], text)
    add_row = next(b for b in form.findChildren(QPushButton) if b.text() == "Ny rad")
    rows = [
        ("Trygg skolmiljö", "Elsa är i skolan tre förmiddagar", "Lugn plats i biblioteket",
         "Ekbacka", "Lena Holm", "v. 2"),
        ("Sömn", "Elsa sover bättre", "Samtal om sömn varannan vecka", "BUP",
         "Anna Berg", "2027-01-15"),
    ]
    walk.click(add_row)
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            cell = _cell_editor(qtbot, editor.actions_table)
            walk.type(cell, text)
            if column < len(cells) - 1:
                walk.key(cell, Qt.Key.Key_Tab)
        if number < len(rows) - 1:
            walk.key(_cell_editor(qtbot, editor.actions_table), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: editor.actions_model.rowCount() == 2)
    walk.click(editor.section_edits["family_part"])
    walk.type(editor.section_edits["family_part"], "Maria följer Elsa till skolan.")

    # --- 10. Avsluta mötet: follow-up booked, signed --------------------------------------
    walk.begin("10. Avsluta mötet: uppföljning och underskrifter")
    walk.key(editor.section_edits["family_part"], Qt.Key.Key_E, CTRL | Mods.ShiftModifier)
    end = editor.ending.dialog
    assert end is not None and end.objectName() == "MeetingEnd"
    assert window.surfaces()["MeetingEnd"] is end
    qtbot.waitUntil(lambda: end.state is not None)
    assert end.checklist.missing_keys == ["follow_up"], end.checklist.missing_keys
    walk.click(end.book_button)
    qtbot.waitUntil(lambda: end.checklist.missing_keys == [])
    walk.click(end.signing.record_button)
    qtbot.waitUntil(lambda: end.state is not None and end.state.is_signed)

    # --- 11. The plan for signing and the family version ----------------------------------
    walk.begin("11. Planen och familjens version (PDF)")
    saved = []

    def save_as(_title: str, suggestion: str):
        walk._count()  # "Spara" in the file dialog
        saved.append(tmp_path / suggestion)
        return saved[-1]

    end._choose_path = save_as
    with qtbot.waitSignal(end.exported):
        walk.click(end.export_plan)
    with qtbot.waitSignal(end.exported):
        walk.click(end.export_family)

    # --- 12. On to the follow-up ----------------------------------------------------------
    _move_on(walk, window, case_id, Stage.MEETING, reopen=False)

    # --- what is stored -------------------------------------------------------------------
    case = ws.cases.get(case_id)
    assert case.stage is Stage.FOLLOW_UP
    plan = case.current_plan
    assert plan is not None and plan.status is PlanStatus.SIGNED
    assert plan.signing_method is SigningMethod.PAPER and plan.signed_on == TODAY
    signers = [s.name for s in plan.signatures]
    assert "Ali Falk" in signers and "Omar Falk" not in signers  # the substitute signs
    assert {"Elsa Lind", "Maria Lind", "Per Lind"} <= set(signers)
    assert len(signers) == 8
    assert plan.sections["child_voice"].startswith("Jag vill ha en lugn plats")
    assert [(a.goal, a.person_name, a.due) for a in plan.actions] == [
        ("Elsa är i skolan tre förmiddagar", "Lena Holm", "v. 2"),
        ("Elsa sover bättre", "Anna Berg", "2027-01-15")]
    with pytest.raises(ValidationError):
        ws.plans.set_section(plan.id, "goals", "ändrad efteråt")  # frozen
    assert editor.is_signed and editor.section_edits["goals"].isReadOnly()
    meeting = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
    assert all(i.attendance is Attendance.PRESENT for i in meeting.invitations)
    follow = next(m for m in case.meetings if m.kind is MeetingKind.FOLLOW_UP)
    assert follow.date is not None and follow.date > TODAY + timedelta(days=80)
    assert len(follow.invitations) == 8 and all(i.sent_on is None for i in follow.invitations)
    text = " ".join(p.extract_text() for p in PdfReader(saved[0]).pages)
    assert "UTKAST" not in text and DRAFT_MARK not in text
    assert "Undertecknad på papper" in text and "Ali Falk" in text
    assert saved[1].read_bytes().startswith(b"%PDF")

    total = walk.report()
    out = capsys.readouterr().out
    with capsys.disabled():
        print(out)
    assert "Totalt" in out and total == sum(walk.counts.values())


def _cell_editor(qtbot, table: QAbstractItemView) -> QWidget:
    """The editor open in the table's current cell (a line or a choice)."""
    def found() -> QWidget | None:
        for widget in table.viewport().findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None)
    widget = found()
    assert widget is not None
    return widget
