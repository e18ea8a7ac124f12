"""English on the meetings surfaces: the case's meetings tab, the meeting dialog, the invite
and send dialogs, the response tracker on the meeting's day, the text dialog, and meeting
mode's window chrome (agenda, protocol form, checklist, Avsluta mötet, signing, wall
controls, screens). Swedish unchanged under Swedish; the domain's words and sentences that
these surfaces translate agree with the domain.

Data stays as it is written and is taken out of the texts before they are checked,
deliberately and narrowly: the fictional people, organisations, places and purposes of
the fixtures, and the plan template's section titles and help (the plan's own headings).
All names are invented; 20121212-1212 is a Skatteverket test personnummer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from sipdesk.domain.entities import Meeting
from sipdesk.domain.enums import (
    Attendance,
    GoalStatus,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    Response,
    ReviewStatus,
    SentVia,
)
from sipdesk.domain.protocol import ACTIONS, FORMALITIES, REVIEW, AgendaPart, agenda, time_status
from sipdesk.domain.responses import TrackerStatus, meeting_problems, send_warning, summary
from sipdesk.domain.working_days import day_off
from sipdesk.ui import i18n_meetings as words
from sipdesk.ui.meeting_mode.agenda import AgendaPanel
from sipdesk.ui.meeting_mode.form import ProtocolForm
from sipdesk.ui.meeting_mode.meeting_end import MeetingEnd
from sipdesk.ui.meeting_mode.screens import ScreenList
from sipdesk.ui.meeting_mode.signing_form import SigningDialog
from sipdesk.ui.meeting_mode.wall_controls import WallControls
from sipdesk.ui.meeting_mode.window import MeetingModeWindow
from sipdesk.ui.meetings.case_meetings import CaseMeetings
from sipdesk.ui.meetings.invite_dialog import InviteDialog, SendDialog
from sipdesk.ui.meetings.meeting_dialog import MeetingDialog
from sipdesk.ui.meetings.response_tracker import ResponseTracker
from sipdesk.ui.meetings.text_dialog import TextDialog
from tests.services.conftest import TODAY, network  # noqa: F401  (the fixture)
from tests.services.test_meetings import MEETING_DAY, build_case
from tests.ui import test_english
from tests.ui.conftest import settle
from tests.ui.test_english import swedish_in
from tests.ui.test_meeting_end import held  # noqa: F401  (the fixture)

english = test_english.english  # the fixture: the program in English, Swedish afterwards

# The fixtures' data: people, organisations, professions, places, purposes, the case.
DATA = (
    "Norrby socialtjänst", "Ekbackaskolan", "BUP Norrby", "Elsa Lind", "Maria Lind",
    "Anna Berg", "Johan Ek", "Lena Holm", "Kim Holm", "Elsa", "socialsekreterare",
    "psykolog", "mentor", "Kommunhuset, rum 3", "Skolgång och stöd hemma", "Rum 1",
    "Hur får Elsa stöd att gå till skolan?", "Hur får Elsa stöd?", "Går i skolan",
)


def _without(text: str, data: Iterable[str]) -> str:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return re.sub(r"SIP-\d{4}-\d+", " ", text)  # the case reference


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
             for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
            badges = index.data(Qt.ItemDataRole.UserRole + 2)
            if isinstance(badges, list):
                texts.extend(text for text, _colours in badges)
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """What the coordinator reads on `root` and its children: labels, buttons, group
    titles, headers and cells, placeholders, tooltips, accessible names, window titles
    and combo items (hidden labels too: they show when their moment comes)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts += [str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
                      for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
            texts += [widget.item(i).toolTip() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        if isinstance(widget, QAbstractButton) and widget.actions():
            texts += [a.text() for a in widget.actions()]
        menu = getattr(widget, "menu", lambda: None)() if isinstance(
            widget, QAbstractButton) else None
        if menu is not None:
            texts += [a.text() for a in menu.actions()]
    return [t for t in texts if t]


def assert_english(texts: Iterable[str], data: Iterable[str] = DATA) -> None:
    data = tuple(data)
    found = {t: swedish_in(_without(t, data)) for t in texts}
    swedish = {t: w for t, w in found.items() if w}
    assert not swedish, swedish


def _tracker_actions(tracker: ResponseTracker) -> list[str]:
    acts = [tracker.contact_action, tracker.sent_action, *tracker.response_actions.values(),
            *tracker.attendance_actions.values()]
    return [t for a in acts for t in (a.text(), a.toolTip())]


@pytest.fixture
def built(ws, network):  # noqa: F811
    return build_case(ws, network)


# --- the case's meetings tab and the response tracker on the meeting's day -----------------


def _meetings_tab(qtbot, ops, built) -> CaseMeetings:
    tab = CaseMeetings(ops, built["case"])
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    settle(qtbot, ops)
    return tab


def test_the_meetings_tab_and_the_tracker_on_the_meeting_day_are_english(
        qtbot, ops, ws, built, english):
    ws.clock = lambda: MEETING_DAY  # answers are overdue, attendance is taken
    tab = _meetings_tab(qtbot, ops, built)
    tracker = tab.tracker
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 4)
    assert tab.meetings.item(0).text().startswith("SIP meeting · ")
    assert tab.new_button.text() == "New meeting…"
    assert tracker.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    tracker.select_invitation(built["socsek"])
    tracker.contact_selected()
    settle(qtbot, ops)
    tracker.select_invitation(built["psykolog"])
    tracker.set_response(Response.SUBSTITUTE, "Kim Holm")
    settle(qtbot, ops)
    tracker.select_invitation(built["guardian"])
    tracker.set_response(Response.DECLINED)
    settle(qtbot, ops)
    tracker.select_invitation(built["socsek"])
    tracker.set_attendance(Attendance.ABSENT_WITHOUT_NOTICE)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: tracker.complete_button.isVisible())
    assert tracker.banner.text().startswith("Johan Ek did not come")
    texts = [*visible_texts(tab), *_tracker_actions(tracker)]
    assert_english(texts)
    joined = "\n".join(texts)
    for english_word in ("Substitute: Kim Holm", "Absent with apologies", "No apologies",
                         "Attendance", "days late", "invited", "Mark sent…", "Sent"):
        assert english_word in joined, english_word
    # The e-mail window's own words are English; the e-mail itself stays Swedish.
    dialog = tab.show_email()
    settle(qtbot, ops)
    dialog = tab.email_dialog
    assert dialog is not None
    assert_english([t for t in visible_texts(dialog) if "Till:" not in t])
    dialog.close()


def test_the_tracker_across_all_cases_is_english(qtbot, ops, ws, built, english):
    ws.clock = lambda: MEETING_DAY - timedelta(days=7)
    tracker = ResponseTracker(ops, all_cases=True)
    qtbot.addWidget(tracker)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: tracker.model.rowCount() > 0)
    assert tracker.title.text() == "Needs action today"
    assert_english([*visible_texts(tracker), *_tracker_actions(tracker)])


def test_under_swedish_the_tab_and_the_tracker_are_unchanged(qtbot, ops, ws, built):
    ws.clock = lambda: MEETING_DAY
    tab = _meetings_tab(qtbot, ops, built)
    tracker = tab.tracker
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 4)
    assert tab.meetings.item(0).text() == f"SIP-möte · {MEETING_DAY.isoformat()} 13.00"
    assert tab.new_button.text() == "Nytt möte…"
    model = tracker.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Namn", "Telefon", "Roll"]
    assert tracker.summary.text().startswith("4 inbjudna · 0 kommer")
    assert tracker.contact_action.text() == "Kontaktad per telefon"
    assert tracker.title.text().startswith("SIP-möte ") and "kl. 13.00–14.30" in \
        tracker.title.text()


# --- the meeting dialog, the cancel question (a text dialog) -------------------------------


def _meeting_dialog(qtbot, ops, **kw) -> MeetingDialog:
    dialog = MeetingDialog(ops, **kw)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    qtbot.waitUntil(dialog.form_box.isEnabled)
    return dialog


def test_the_meeting_dialog_and_its_calendar_warnings_are_english(qtbot, ops, built, english):
    dialog = _meeting_dialog(qtbot, ops, case_id=built["case"])
    assert dialog.windowTitle() == "New meeting"
    christmas_eve = date(TODAY.year, 12, 24)
    dialog.date.setDate(QDate(christmas_eve.year, christmas_eve.month, christmas_eve.day))
    dialog.mode.setCurrentIndex(dialog.mode.findData(MeetingMode.VIDEO))
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(14, 0))
    texts = visible_texts(dialog)
    assert_english(texts)
    errors = {key: label.text() for key, label in dialog.errors.items()}
    assert errors["date"] == "24 December 2026 is Christmas Eve. Is the date right?"
    assert errors["end"] == "The meeting must end after it starts."
    assert errors["place"] == "Write the link to the video meeting."
    assert dialog.place_label.text() == "&Video link"
    changing = _meeting_dialog(qtbot, ops, meeting_id=built["meeting"])
    assert_english(visible_texts(changing))
    question = changing._cancel_meeting()
    assert isinstance(question, TextDialog)
    assert question.windowTitle() == "Cancel the meeting"
    assert_english(visible_texts(question))
    question.close()


def test_a_text_dialog_says_save_and_cancel_in_english(qtbot, english):
    dialog = TextDialog(None, "Title", "Prompt")
    qtbot.addWidget(dialog)
    assert dialog.ok.text() == "Save"
    assert_english(visible_texts(dialog))


def test_under_swedish_the_meeting_dialog_warns_in_swedish(qtbot, ops, built):
    dialog = _meeting_dialog(qtbot, ops, case_id=built["case"])
    assert dialog.windowTitle() == "Nytt möte"
    dialog.date.setDate(QDate(TODAY.year, 12, 24))
    assert dialog.errors["date"].text() == "24 december 2026 är julafton. Stämmer datumet?"
    assert dialog.save_button.text() == "Boka mötet"
    assert TextDialog(None, "T", "P").ok.text() == "Spara"


# --- inviting and marking as sent ---------------------------------------------------------


def test_the_invite_and_send_dialogs_are_english(qtbot, ops, ws, built, english):
    dialog = InviteDialog(ops, built["meeting"])
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: dialog.people.count() > 0)
    late = MEETING_DAY - timedelta(days=5)
    dialog.sent_on.setDate(QDate(late.year, late.month, late.day))
    assert dialog.warning.text().startswith("Late invitation: it is sent 5 days before")
    texts = visible_texts(dialog)
    assert_english(texts)
    assert any("Cannot be invited: The consent does not cover Ekbackaskolan." in t
               for t in texts)
    send = SendDialog(ops, built["meeting"], "Johan Ek", invitation_id=built["socsek"])
    qtbot.addWidget(send)
    settle(qtbot, ops)
    assert send.windowTitle() == "Mark as sent"
    assert_english(visible_texts(send))


def test_under_swedish_the_invite_dialog_is_unchanged(qtbot, ops, built):
    dialog = InviteDialog(ops, built["meeting"])
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: dialog.people.count() > 0)
    assert dialog.windowTitle() == "Bjud in till mötet"
    texts = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert any("Kan inte bjudas in: Samtycket omfattar inte Ekbackaskolan." in t
               for t in texts)
    assert any("– Barnet · Inbjudan" in t for t in texts)


# --- meeting mode's window chrome ----------------------------------------------------------


def _plan_id(ops, ws, meeting_id) -> int:
    return ws.protocol.open(meeting_id).plan_id


def _template_words(protocol) -> tuple[str, ...]:
    """The plan's own headings: the template's section titles, help and action columns."""
    sections = [t for s in protocol.sections for t in (s.title, s.help)]
    return (*DATA, *sections, *(title for _key, title in protocol.action_columns))


def test_meeting_modes_chrome_is_english(qtbot, ops, ws, held, english):  # noqa: F811
    protocol = ws.protocol.open(held["meeting_id"])
    data = _template_words(protocol)
    parts = agenda(protocol, follow_up=False)
    now = datetime.combine(TODAY, time(13, 5))
    panel = AgendaPanel(parts, lambda: now)
    qtbot.addWidget(panel)
    assert panel.clock.text() == "13:05"
    assert panel.status.text().startswith("On time")
    assert_english(visible_texts(panel), data)
    form = ProtocolForm(protocol, TODAY)
    qtbot.addWidget(form)
    assert_english(visible_texts(form), data)
    window = MeetingModeWindow(ops, held["meeting_id"], screens=ScreenList.from_rects([]))
    qtbot.addWidget(window)
    settle(qtbot, ops)
    assert window.windowTitle().startswith("Meeting mode")

    end = MeetingEnd(ops, protocol.plan_id)
    qtbot.addWidget(end)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: end.state is not None)
    texts = visible_texts(end)
    assert_english(texts, data)
    assert end.windowTitle() == "End the meeting"
    assert end.checklist.summary.text().endswith("missing before the plan can be signed.")
    end.book_follow_up()
    settle(qtbot, ops)
    assert end.follow_up_status.text().startswith("The follow-up is booked: Follow-up ")
    assert_english(visible_texts(end), data)

    signing = SigningDialog(ops, protocol.plan_id)
    qtbot.addWidget(signing)
    settle(qtbot, ops)
    assert signing.windowTitle() == "Record signatures"
    assert_english(visible_texts(signing), data)

    screens = ScreenList.from_rects([QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080)])
    wall = WallControls(screens)
    qtbot.addWidget(wall)
    assert wall.screen_choice.itemText(1) == "Screen 2 (extra screen, 1920×1080)"
    wall.set_blank(True)
    assert wall.blank_button.text() == "Show the screen again (F8)"
    assert_english(visible_texts(wall))


def test_under_swedish_meeting_modes_chrome_is_unchanged(qtbot, ops, ws, held):  # noqa: F811
    protocol = ws.protocol.open(held["meeting_id"])
    now = datetime.combine(TODAY, time(13, 5))
    panel = AgendaPanel(agenda(protocol), lambda: now)
    qtbot.addWidget(panel)
    assert panel.clock.text() == "13.05"
    assert panel.status.text().startswith("I tid")
    end = MeetingEnd(ops, protocol.plan_id)
    qtbot.addWidget(end)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: end.state is not None)
    assert end.windowTitle() == "Avsluta mötet"
    assert end.checklist.summary.text().endswith("saknas innan planen kan skrivas under.")
    wall = WallControls(ScreenList.from_rects([QRect(0, 0, 1366, 768)]))
    qtbot.addWidget(wall)
    assert wall.screen_choice.itemText(0) == "Skärm 1 (huvudskärm, 1366×768)"
    assert wall.blank_button.text() == "Pausa skärmen (F8)"


# --- the lists agree with the domain ------------------------------------------------------


def test_the_enum_words_are_the_domains():
    for enum in (MeetingKind, MeetingMode, InvitationKind, SentVia, Response, Attendance,
                 ReviewStatus, GoalStatus, TrackerStatus):
        assert set(words.ENUM_WORDS[enum.__name__]) == {v.label for v in enum}, enum


def test_the_days_off_are_the_domains():
    found = set()
    day = date(2024, 1, 1)
    while day.year < 2036:
        if (off := day_off(day)) is not None:
            found.add(off)
        day += timedelta(days=1)
    assert set(words.DAY_OFF_WORDS) == found


def test_the_agenda_words_are_the_domains(ws, held):  # noqa: F811
    protocol = ws.protocol.open(held["meeting_id"])
    parts = agenda(protocol, follow_up=True)
    own = {p.title for p in parts if p.key in (FORMALITIES, REVIEW, ACTIONS)}
    assert set(words.AGENDA_WORDS) == own


def test_the_domains_sentences_come_out_english(english):
    monday = date(2026, 12, 21)
    meetings = [
        Meeting(kind=MeetingKind.FIRST_SIP, date=date(2026, 12, 26), start=time(14),
                end=time(13), mode=MeetingMode.VIDEO),
        Meeting(kind=MeetingKind.FIRST_SIP, date=date(2026, 11, 1), start=time(8),
                end=time(18, 30), mode=MeetingMode.IN_PERSON),
        Meeting(kind=MeetingKind.FOLLOW_UP, date=monday, start=time(8), end=time(17)),
    ]
    problems = [p.message for m in meetings for p in meeting_problems(m, TODAY, is_new=True)]
    assert len({re.sub(r"\d", "", p) for p in problems}) >= 6
    for text in problems:
        shown = words.meeting_problem(text)
        assert not swedish_in(shown), (text, shown)
    assert words.meeting_problem(
        meeting_problems(meetings[1], TODAY, is_new=True)[-1].message
    ) == "The meeting lasts 10 hours and 30 minutes, longer than a working day. " \
         "Are the times right?"
    for sent in (monday - timedelta(days=3), monday + timedelta(days=1)):
        text = send_warning(meetings[2], sent)
        assert text is not None
        assert not swedish_in(words.send_warning(text) or ""), text
    start = datetime.combine(monday, time(13))
    parts = [AgendaPart(FORMALITIES, "Närvaro och formalia", 10),
             AgendaPart(ACTIONS, "Insatser: vem gör vad och när", 20)]
    for minutes, key in ((2, FORMALITIES), (5, ACTIONS), (45, ACTIONS), (0, "nothing")):
        text = time_status(parts, start, start + timedelta(minutes=minutes), key).message
        assert not swedish_in(words.time_message(text)), text
    assert words.tracker_summary("6 inbjudna · 3 kommer · 2 kommer inte · 1 svar saknas · "
                                 "2 ej skickade · 1 sen kallelse") == \
        "6 invited · 3 coming · 2 not coming · 1 replies missing · 2 not sent · " \
        "1 late invitation"
    assert words.check_text("Rad 2 (”Går i skolan”) saknar ansvarig organisation och när "
                            "det ska vara gjort.") == \
        "Row 2 (“Går i skolan”) lacks a responsible organisation and when it is to be done."
    assert summary([]) == "Ingen är inbjuden ännu."
    assert words.tracker_summary(summary([])) == "Nobody is invited yet."
