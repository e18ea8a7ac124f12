"""The period of a statistics report: two dates and the quick choices people ask for.

Typing in a date waits for a pause (DEBOUNCE_MS) before the report is counted
again; a quick choice counts at once. The picker does not judge the period:
the view builds a domain Period from `dates()` and shows its Swedish reason
when the end is before the start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sipdesk.domain.stats_period import QUICK_CHOICES, Period
from sipdesk.ui import forms
from sipdesk.ui.i18n_rest import quick_choice, translate

DEBOUNCE_MS = 300


class PeriodPicker(QWidget):
    """Från and Till (calendar popups, ISO dates) and one button per quick choice.

    `periodChanged` after a pause in typing, or at once for a quick choice.
    `today` gives the day the quick choices count from (the workspace's).
    """

    periodChanged = Signal()

    def __init__(self, today: Callable[[], date], start: Period,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PeriodPicker")
        self._today = today
        self._pause = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._pause.timeout.connect(self.periodChanged)

        self.start = forms.date_edit(start.start, self)
        self.start.setObjectName("PeriodStart")
        self.start.setAccessibleName(translate("PeriodPicker", "Periodens första dag"))
        self.start.setAccessibleDescription(translate(
            "PeriodPicker", "Den första dagen som räknas med. Skriv ett datum eller välj i "
                            "kalendern; statistiken räknas om när du slutar skriva."))
        self.end = forms.date_edit(start.end, self)
        self.end.setObjectName("PeriodEnd")
        self.end.setAccessibleName(translate("PeriodPicker", "Periodens sista dag"))
        self.end.setAccessibleDescription(translate(
            "PeriodPicker", "Den sista dagen som räknas med, inte före den första. Skriv ett "
                            "datum eller välj i kalendern."))
        tip = translate("PeriodPicker", "Båda dagarna räknas med. Skriv ett datum eller välj i "
                                        "kalendern.")
        for edit in (self.start, self.end):
            edit.setToolTip(tip)
            edit.dateChanged.connect(lambda *_: self._typed())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, edit in ((translate("PeriodPicker", "&Från"), self.start),
                           (translate("PeriodPicker", "&Till"), self.end)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addSpacing(10)
        self.quick: list[QPushButton] = []
        for number, (swedish, choose) in enumerate(QUICK_CHOICES):
            text = quick_choice(swedish)
            button = QPushButton(text, self)
            button.setObjectName(f"QuickPeriod{number}")
            button.setAccessibleName(translate("PeriodPicker", "Period: {choice}").format(
                choice=text.lower()))
            button.setToolTip(translate("PeriodPicker", "Välj perioden {choice}").format(
                choice=text.lower()))
            button.setCheckable(True)  # checked while the dates are this choice's
            button.setAccessibleDescription(translate(
                "PeriodPicker", "Sätter datumen till {choice} och räknar om statistiken "
                                "direkt").format(choice=text.lower()))
            button.clicked.connect(lambda _checked=False, fn=choose: self.choose(fn))
            layout.addWidget(button)
            self.quick.append(button)
        layout.addStretch(1)
        self._mark()

    def dates(self) -> tuple[date, date]:
        return forms.pydate(self.start.date()), forms.pydate(self.end.date())

    def set_period(self, period: Period) -> None:
        """Show `period` without waiting for a pause (the caller counts at once)."""
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(forms.qdate(day))
            edit.blockSignals(False)
        self._pause.stop()
        self._mark()

    def choose(self, quick: Callable[[date], Period]) -> None:
        """A quick choice: the dates change, and the report is counted at once."""
        self.set_period(quick(self._today()))
        self.periodChanged.emit()

    def _typed(self) -> None:
        self._mark()
        self._pause.start()

    def _mark(self) -> None:
        """Check the quick choice the dates are, if they are one."""
        today, shown = self._today(), self.dates()
        for button, (_text, choose) in zip(self.quick, QUICK_CHOICES, strict=True):
            period = choose(today)
            button.setChecked((period.start, period.end) == shown)

    @property
    def waiting(self) -> bool:
        """A typed date is waiting for its pause."""
        return self._pause.isActive()
