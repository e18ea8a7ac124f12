"""English reaches the statistics view, the safekeeping dialogs, the Today list's sentences
and the window's error messages; Swedish stays as it was.

The words the domain and the services write (measures, quick periods, deadline settings,
backup reasons, due sentences, failures.py's messages) are translated at the window's edge;
each list of them is checked against its source here.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from sipdesk.domain import passphrase
from sipdesk.domain.deadline_settings import number_fields, yes_no_fields
from sipdesk.domain.deadlines import (
    BOOK_MEETING_WITHIN_DAYS,
    CHASE_AGAIN_DAYS,
    DeadlineSettings,
    DueItem,
    DueKind,
    due_items,
)
from sipdesk.domain.entities import (
    Case,
    Child,
    Consent,
    Invitation,
    Meeting,
    Organisation,
    Person,
    Plan,
)
from sipdesk.domain.enums import (
    ConsentForm,
    InvitationKind,
    MeetingKind,
    OrgKind,
    PlanStatus,
    Principal,
    Stage,
)
from sipdesk.domain.stats_measures import MEASURES
from sipdesk.domain.stats_period import QUICK_CHOICES
from sipdesk.services import failures
from sipdesk.services.backups import REASONS
from sipdesk.ui import i18n_due, i18n_rest
from sipdesk.ui.backup_status import BackupStatus
from sipdesk.ui.dialogs.backups import BackupsDialog
from sipdesk.ui.dialogs.keys import KeysDialog
from sipdesk.ui.dialogs.language_choice import LanguageChoice
from sipdesk.ui.dialogs.profile import ProfileForm
from sipdesk.ui.dialogs.retention import RetentionDialog
from sipdesk.ui.dialogs.settings import SettingsDialog
from sipdesk.ui.i18n_messages import FAILURE_MESSAGES, failure_text
from sipdesk.ui.statistics import StatisticsView
from sipdesk.ui.statistics.figures_model import MEASURE, ORGANISATION
from tests.ui.conftest import settle
from tests.ui.test_english import english, swedish_in  # noqa: F401 - `english`: a fixture

ON = date(2026, 3, 2)


def _no_swedish(texts: list[str]) -> None:
    for text in texts:
        assert not swedish_in(text), (text, swedish_in(text))


def _texts(root: QWidget, skip: tuple[type, ...] = ()) -> list[str]:
    """Every text a user can see or hear in `root`: labels, buttons, tooltips, titles,
    placeholders, tabs, spin box words, table headers; not inside widgets of `skip`."""
    found = [root.windowTitle(), root.toolTip(), root.accessibleName()]
    for widget in root.findChildren(QWidget):
        if any(isinstance(p, skip) for p in _ancestry(widget, root)):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QSpinBox):
            found += [widget.suffix(), widget.specialValueText()]
        elif isinstance(widget, QTableView):
            model = widget.model()
            found += [str(model.headerData(c, _HORIZONTAL) or "")
                      for c in range(model.columnCount())]
    return [t for t in found if t]


def _ancestry(widget: QWidget, root: QWidget) -> list[QWidget]:
    chain = []
    while widget is not None and widget is not root:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain


_HORIZONTAL = Qt.Orientation.Horizontal


# --- the lists agree with the domain and the services --------------------------------------


def test_the_measure_and_period_words_are_the_domains():
    domain = {m.label for m in MEASURES.values()} | {m.definition for m in MEASURES.values()}
    assert set(i18n_rest.MEASURE_WORDS) == domain
    assert set(i18n_rest.QUICK_WORDS) == {name for name, _choose in QUICK_CHOICES}


@pytest.mark.demo_data(cases=12)
def test_the_chart_titles_are_the_services(ws):
    from sipdesk.domain.stats_period import this_year
    from tests.ui.conftest import TODAY

    report = ws.statistics.report(this_year(TODAY))
    assert {title for title, _svg in ws.statistics.charts_svg(report)} == set(
        i18n_rest.CHART_TITLES)


def test_the_settings_reason_and_passphrase_words_are_their_sources():
    labels = {label for _n, label, *_rest in number_fields()} | {
        label for _n, label in yes_no_fields()}
    assert set(i18n_rest.DEADLINE_WORDS) == labels
    assert set(i18n_rest.REASON_WORDS) == set(REASONS.values())
    assert set(i18n_rest.PASSPHRASE_WORDS) == {
        passphrase.TOO_SHORT, passphrase.ONLY_SPACES, passphrase.NOT_THE_SAME}


def _every_failure_message() -> set[str]:
    """Each sentence failures.describe can end in by itself (not a rule's own message)."""
    errors = [
        OSError(errno.ENOSPC, "no space"), OSError(errno.EACCES, "denied"),
        OSError(errno.ENOENT, "missing"), OSError(errno.EIO, "i/o"),
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.DatabaseError("database disk image is malformed"),
        RuntimeError("Elsa Lind 20121212-1212"),
    ]
    return {failures.describe(exc).message for exc in errors}


def test_the_failure_list_holds_every_message_failures_can_produce():
    produced = _every_failure_message()
    assert len(produced) == 7
    assert produced == set(FAILURE_MESSAGES)


@pytest.mark.usefixtures("english")
def test_every_failure_message_is_english_and_names_no_child():
    for message in _every_failure_message():
        shown = failure_text(message)
        assert shown != message
        _no_swedish([shown])
        assert "Elsa" not in shown and "20121212" not in shown
    assert failure_text(failures.Failure(failures.DISK_FULL)).startswith("Could not save")
    # A rule's own message is translated too (ui/i18n_refusals.py; every one is checked in
    # tests/ui/test_english_remaining.py); a message no template knows is shown as it is.
    assert failure_text("Ärendet finns inte.") == "The case does not exist."
    assert failure_text("Något som ingen mall känner.") == "Något som ingen mall känner."


def test_under_swedish_the_failure_messages_are_unchanged():
    for message in _every_failure_message():
        assert failure_text(message) == message


# --- the statistics view -------------------------------------------------------------------


def _statistics(qtbot, ops) -> StatisticsView:
    view = StatisticsView(ops)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10000)
    settle(qtbot, ops)
    return view


def _table_texts(view: StatisticsView) -> list[str]:
    model = view.model
    found = []
    for row in range(model.rowCount()):
        found.append(model.index(row, MEASURE).data())
        found.append(model.index(row, MEASURE).data(Qt.ItemDataRole.ToolTipRole))
        if not model.figure(row).organisation:  # an organisation's name is the directory's
            found.append(model.index(row, ORGANISATION).data())
    for column in range(model.columnCount()):
        found.append(model.headerData(column, _HORIZONTAL))
        found.append(model.headerData(column, _HORIZONTAL, Qt.ItemDataRole.ToolTipRole))
    return found


def _period_texts(view: StatisticsView) -> list[str]:
    picker = view.period
    found = [label.text() for label in picker.findChildren(QLabel)]
    found += [picker.start.accessibleName(), picker.end.accessibleName(), picker.start.toolTip()]
    for button in picker.quick:
        found += [button.text(), button.toolTip(), button.accessibleName()]
    return found


def _control_texts(view: StatisticsView) -> list[str]:
    bar = view.filter_bar
    found = [view.accessibleName(), view.findChild(QLabel, "StatisticsTitle").text(),
             view.summary.text(), view.table.accessibleName(),
             bar.organisation.itemText(0), bar.organisation.toolTip(),
             bar.organisation.accessibleName(), bar.coordinator.itemText(0),
             bar.coordinator.toolTip(), bar.coordinator.accessibleName(),
             bar.hide_small.text(), bar.hide_small.toolTip()]
    for button in view.export_buttons.values():
        found += [button.text(), button.toolTip(), button.accessibleName()]
    charts = view.charts
    found += [charts.accessibleName()]
    found += [label.text() for label in charts.findChildren(QLabel, "ChartTitle")]
    found += [chart.accessibleName() for chart in charts.charts]
    return found


def _chart_notes(view: StatisticsView) -> list[str]:
    """What the charts panel says instead of charts: none to show, none drawn, drawing."""
    notes = []
    for charts in ([], None):
        view.charts.set_charts(charts)
        notes.append(view.charts.note.text())
    return notes


@pytest.mark.demo_data(cases=12, seed=2026)
@pytest.mark.usefixtures("english")
def test_the_statistics_view_is_english(qtbot, ops):
    view = _statistics(qtbot, ops)
    assert view.model.rowCount() > 40 and view.charts.charts
    _no_swedish([*_table_texts(view), *_period_texts(view), *_control_texts(view)])
    assert view.findChild(QLabel, "StatisticsTitle").text() == "Statistics"
    _no_swedish(_chart_notes(view))
    held = view.model.row_of("meetings_held")
    assert view.model.index(held, MEASURE).data() == "SIP meetings held"
    assert [b.text() for b in view.period.quick] == [
        "This month", "Last quarter", "This year", "Last twelve months"]
    assert " · all cases · as of " in view.summary.text()
    assert "January" in view.summary.text()
    # A period that ends before it begins is told in English, with English dates.
    view.period.end.setDate(view.period.start.date().addDays(-3))
    view.recount()
    assert view.period_error.text().startswith("The period ends (")
    _no_swedish([view.period_error.text()])


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_the_statistics_view_is_unchanged(qtbot, ops):
    view = _statistics(qtbot, ops)
    assert view.findChild(QLabel, "StatisticsTitle").text() == "Statistik"
    held = view.model.row_of("meetings_held")
    assert view.model.index(held, MEASURE).data() == "SIP-möten som hölls"
    assert view.model.headerData(0, _HORIZONTAL) == "Mått"
    assert [b.text() for b in view.period.quick] == [name for name, _fn in QUICK_CHOICES]
    assert " · alla ärenden · läget den " in view.summary.text()
    assert view.export_buttons["csv"].text() == "Spara som &CSV…"
    assert view.filter_bar.hide_small.text() == "Dölj antal under 5"


# --- the dialogs ---------------------------------------------------------------------------


def _settings(qtbot, ops) -> SettingsDialog:
    dialog = SettingsDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    return dialog


@pytest.mark.usefixtures("english")
def test_the_settings_dialog_is_english(qtbot, ops):
    dialog = _settings(qtbot, ops)
    # The language choice is written in both languages on purpose; the profile form is
    # the profile dialog's.
    texts = _texts(dialog, skip=(LanguageChoice, ProfileForm))
    assert len(texts) > 25
    _no_swedish(texts)
    assert dialog.windowTitle() == "Settings"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "My details", "Deadlines", "Security", "Backups", "Team server"]


def test_under_swedish_the_settings_dialog_is_unchanged(qtbot, ops):
    dialog = _settings(qtbot, ops)
    assert dialog.windowTitle() == "Inställningar"
    assert dialog.tabs.tabText(1) == "Tidsfrister"
    assert dialog.save_button.text() == "Spara"
    assert dialog.lock_minutes.suffix() == " minuter"


def _backups(qtbot, ops) -> BackupsDialog:
    dialog = BackupsDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    dialog.make_now()
    settle(qtbot, ops)
    assert dialog.table.rowCount() >= 1
    return dialog


def _row(dialog: BackupsDialog) -> list[str]:
    return [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]


@pytest.mark.usefixtures("english")
def test_the_backups_dialog_and_its_question_are_english(qtbot, ops, monkeypatch):
    dialog = _backups(qtbot, ops)
    _no_swedish([*_texts(dialog), *_row(dialog)])
    assert _row(dialog)[1:2] == ["on request"] and _row(dialog)[3] == "yes"
    asked: list[str] = []

    def answered(box: QMessageBox) -> int:
        asked.extend([box.windowTitle(), box.text(), box.informativeText(),
                      *(b.text() for b in box.buttons())])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answered)
    assert dialog.confirm_restore(dialog.selected() or dialog.overview.entries[0]) is False
    assert asked and asked[0] == "Restore backup"
    _no_swedish(asked)


def test_under_swedish_the_backups_dialog_is_unchanged(qtbot, ops):
    dialog = _backups(qtbot, ops)
    assert dialog.windowTitle() == "Säkerhetskopior"
    assert _row(dialog)[1] == "på begäran" and _row(dialog)[3] == "ja"
    assert dialog.status.text() == "Säkerhetskopian är gjord och kontrollerad."


@pytest.mark.usefixtures("english")
def test_the_keys_dialog_is_english(qtbot, ops):
    dialog = KeysDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    texts = _texts(dialog)
    _no_swedish([t for t in texts if t != dialog.where.text()])
    # Where the key is kept: the sentence is English; a keyring's own name is the system's.
    assert dialog.where.text().startswith(("The store", "This is a demo store"))
    dialog.change_passphrase()  # nothing typed yet
    dialog.new_recovery_key()
    _no_swedish([dialog.change_error.text(), dialog.recovery_error.text()])
    assert i18n_rest.passphrase_text(passphrase.NOT_THE_SAME).startswith("The passphrases")


@pytest.mark.usefixtures("english")
def test_the_retention_dialog_is_english(qtbot, ops, ws):
    dialog = RetentionDialog(ops, confirm=lambda _q: False, choose_path=lambda *_a: None)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    assert dialog.summary.text().startswith("The municipality has not decided")
    _no_swedish(_texts(dialog))
    ws.settings.save_retention_months(24)
    dialog.refresh()
    settle(qtbot, ops)
    assert dialog.summary.text().startswith("The retention period is 24 months")
    _no_swedish(_texts(dialog))


def test_under_swedish_the_retention_dialog_is_unchanged(qtbot, ops):
    dialog = RetentionDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    assert dialog.windowTitle() == "Gallra avslutade ärenden"
    assert dialog.summary.text().startswith("Kommunen har inte bestämt någon gallringsfrist")


@pytest.mark.usefixtures("english")
def test_the_backup_status_is_english(qtbot, ops, ws):
    status = BackupStatus(ops)
    qtbot.addWidget(status)
    settle(qtbot, ops)
    _no_swedish([status.text(), status.toolTip()])
    ws.backups.make("manual")
    status.reload()
    settle(qtbot, ops)
    assert status.kind == "ok" and status.text().startswith("Backup ")
    assert "Latest checked backup:" in status.toolTip()
    _no_swedish([status.text(), status.toolTip()])


def test_under_swedish_the_backup_status_is_unchanged(qtbot, ops, ws):
    ws.backups.make("manual")
    status = BackupStatus(ops)
    qtbot.addWidget(status)
    settle(qtbot, ops)
    assert status.text().startswith("Säkerhetskopia ")
    assert "Senaste kontrollerade säkerhetskopia:" in status.toolTip()


# --- the Today list's sentences ------------------------------------------------------------

BUP, SCHOOL = 1, 2
ANNA, LENA = 10, 11
ORGS = {
    BUP: Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=BUP),
    SCHOOL: Organisation("Ekbackens skola", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=SCHOOL),
}
NETWORK = [Person("Anna Berg", "psykolog", BUP, id=ANNA),
           Person("Lena Holm", "mentor", SCHOOL, id=LENA)]


def _day(offset: int) -> date:
    return ON + timedelta(days=offset)


def _case(stage: Stage, **kwargs) -> Case:
    values = {"reference": "SIP-2026-001", "child": Child("Elsa", "Lind"), "stage": stage,
              "question": "Hur får Elsa stöd i skolan?", "network": list(NETWORK),
              "plan_owner_id": ANNA}
    values.update(kwargs)
    return Case(**values)


def _consent(given: int = -60, **kwargs) -> Consent:
    return Consent(given_on=_day(given), form=ConsentForm.WRITTEN,
                   covered_org_ids=frozenset({BUP, SCHOOL}), **kwargs)


def _invite(name: str = "Anna Berg", **kwargs) -> Invitation:
    values = {"kind": InvitationKind.SUMMONS, "person_id": ANNA, "organisation_id": BUP}
    values.update(kwargs)
    return Invitation(invitee_name=name, **values)


def _plan(signed: int | None = None) -> Plan:
    return Plan(version=1, template_id="standard", template_version=1,
                status=PlanStatus.SIGNED if signed is not None else PlanStatus.DRAFT,
                signed_on=_day(signed) if signed is not None else None)


def _every_rule() -> list[tuple[Case, DeadlineSettings]]:
    """A case for each rule of deadlines.py and each of its sentences."""
    plain, strict = DeadlineSettings(), DeadlineSettings(first_meeting_within_days=30)
    unsent = [_invite(n, person_id=None) for n in ("Anna Berg", "Lena Holm", "Karin Ek",
                                                   "Per Sund", "Eva Lund")]
    found = [
        # stage 1: consent there (the question missing), none and no date, none and late
        _case(Stage.NEED_FOUND, consents=[_consent()], question=""),
        _case(Stage.NEED_FOUND),
        _case(Stage.NEED_FOUND, need_found_on=_day(-20), question=""),
        _case(Stage.NEED_FOUND, need_found_on=_day(-13)),
        # consent missing, not yet valid, withdrawn, expired; expiring today, tomorrow, later
        _case(Stage.CONSENT_AND_PLANNING),
        _case(Stage.ACTORS_INVITED, consents=[_consent(5)]),
        _case(Stage.ACTORS_INVITED, consents=[_consent(withdrawn_on=_day(-2))]),
        _case(Stage.ACTORS_INVITED, consents=[_consent(valid_until=_day(-2))]),
        _case(Stage.CONSENT_AND_PLANNING, consents=[_consent(valid_until=ON)]),
        _case(Stage.CONSENT_AND_PLANNING, consents=[_consent(valid_until=_day(1))]),
        _case(Stage.CONSENT_AND_PLANNING, consents=[_consent(valid_until=_day(10))]),
        # invitations unsent (late, one name, two, five), a meeting with nobody invited
        _case(Stage.ACTORS_INVITED, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FIRST_SIP, _day(10), invitations=unsent[:1]),
            Meeting(MeetingKind.FOLLOW_UP, _day(50), invitations=unsent[:2]),
            Meeting(MeetingKind.FIRST_SIP, _day(60), invitations=unsent)]),
        _case(Stage.ACTORS_INVITED, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FIRST_SIP, _day(40)),
            Meeting(MeetingKind.FOLLOW_UP, _day(11))]),
        # answers missing (once, and again after a call), an invitation sent late
        _case(Stage.ACTORS_INVITED, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FIRST_SIP, _day(30), invitations=[
                _invite(sent_on=_day(-20)),
                _invite("Lena Holm", kind=InvitationKind.INVITATION, person_id=LENA,
                        organisation_id=None, sent_on=_day(-20),
                        contacted_on=_day(-CHASE_AGAIN_DAYS - 1))])]),
        _case(Stage.ACTORS_INVITED, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FIRST_SIP, _day(10), invitations=[
                _invite(sent_on=_day(-1)),
                _invite("Lena Holm", kind=InvitationKind.INVITATION, person_id=LENA,
                        organisation_id=SCHOOL, sent_on=_day(-1))])]),
        # stage 6: no follow-up yet, one to come, one held
        _case(Stage.CLOSE_OR_CONTINUE, consents=[_consent()]),
        _case(Stage.CLOSE_OR_CONTINUE, consents=[_consent()],
              meetings=[Meeting(MeetingKind.FOLLOW_UP, _day(3))]),
        _case(Stage.CLOSE_OR_CONTINUE, consents=[_consent()],
              meetings=[Meeting(MeetingKind.FOLLOW_UP, _day(-30))]),
        # the plan not signed after the meeting, with no plan and with a draft
        _case(Stage.MEETING, consents=[_consent()],
              meetings=[Meeting(MeetingKind.FIRST_SIP, _day(-5))]),
        _case(Stage.MEETING, consents=[_consent()], plans=[_plan()],
              meetings=[Meeting(MeetingKind.FOLLOW_UP, _day(-5))]),
        # follow-up overdue, and to book
        _case(Stage.FOLLOW_UP, consents=[_consent(-200)], plans=[_plan(-120)]),
        _case(Stage.FOLLOW_UP, consents=[_consent(-200)], plans=[_plan(-10)]),
        # no lead named
        _case(Stage.MEETING, consents=[_consent()], plan_owner_id=None,
              meetings=[Meeting(MeetingKind.FIRST_SIP, _day(8))]),
        # the next step: nothing booked, a follow-up held, a meeting held, meetings to hold
        _case(Stage.FOLLOW_UP, consents=[_consent()]),
        _case(Stage.FOLLOW_UP, consents=[_consent()],
              meetings=[Meeting(MeetingKind.FOLLOW_UP, _day(-5))]),
        _case(Stage.ACTORS_INVITED, consents=[_consent()],
              meetings=[Meeting(MeetingKind.FIRST_SIP, _day(-5))]),
        _case(Stage.CONSENT_AND_PLANNING, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FIRST_SIP, _day(30), invitations=[
                _invite(sent_on=_day(-1)), _invite("Lena Holm", sent_on=_day(-1))])]),
        _case(Stage.FOLLOW_UP, consents=[_consent()], meetings=[
            Meeting(MeetingKind.FOLLOW_UP, _day(30), invitations=[_invite(sent_on=_day(-1))])]),
    ]
    cases = [(case, plain) for case in found]
    # Book the first meeting: within the region's limit (late, and booked after it), or not.
    cases += [
        (_case(Stage.CONSENT_AND_PLANNING, consents=[_consent(-40)]), strict),
        (_case(Stage.CONSENT_AND_PLANNING, consents=[_consent(-40)],
               meetings=[Meeting(MeetingKind.FIRST_SIP, _day(5))]), strict),
        (_case(Stage.CONSENT_AND_PLANNING, consents=[_consent(-BOOK_MEETING_WITHIN_DAYS + 2)]),
         plain),
        (_case(Stage.CONSENT_AND_PLANNING, consents=[_consent(-BOOK_MEETING_WITHIN_DAYS - 3)]),
         plain),
    ]
    return cases


def _every_item() -> list[DueItem]:
    return [item for case, settings in _every_rule()
            for item in due_items(case, ON, settings, ORGS)]


def test_every_due_kind_and_sentence_of_the_domain_has_its_template():
    items = _every_item()
    assert {item.kind for item in items} == set(DueKind)
    used = {i18n_due.template_of(item.text) for item in items
            if item.kind is not DueKind.NO_PLAN_OWNER}
    assert None not in used, [i.text for i in items if i18n_due.template_of(i.text) is None]
    assert used == set(i18n_due.DUE_TEMPLATES)


@pytest.mark.usefixtures("english")
def test_every_due_sentence_is_english():
    items = _every_item()
    for item in items:
        shown = i18n_due.due_text(item)
        assert shown != item.text, item.text
        _no_swedish([shown])
    texts = {i18n_due.due_text(item) for item in items}
    assert any(t.endswith("none has gone to Anna Berg, Lena Holm, Karin Ek and 2 more yet.")
               for t in texts)
    assert any(t.startswith("The summons to Anna Berg, BUP Norrby was sent late (")
               for t in texts)
    assert any("(in 10 days)" in t for t in texts) and any("(tomorrow)" in t for t in texts)
    assert any(t.startswith("The follow-up meeting on ") for t in texts)
    assert "Consent is missing. Obtain consent from the child and the guardians." in texts


def test_under_swedish_the_due_sentences_are_the_domains():
    for item in _every_item():
        assert i18n_due.due_text(item) == item.text


@pytest.mark.demo_data(cases=40, seed=2026)
@pytest.mark.usefixtures("english")
def test_the_today_list_shows_english_lines(qtbot, ops):
    from sipdesk.ui.main_window import MainWindow

    window = MainWindow(ops)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.board.is_loaded, timeout=10000)
    today = window.today
    items = today.model.items()
    assert len(items) > 10
    for item in items:
        for shown in (today.delegate.text(item), today.delegate.tooltip(item)):
            # The values inside (names, organisations, dates) are the same in both languages.
            values = set(shown.split()) & set(item.text.split())
            words = " ".join(w for w in shown.split() if w not in values)
            _no_swedish([words])
