"""The record's tab on the child's participation: how the child takes part, and a note."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from sipdesk.domain.enums import Participation
from sipdesk.domain.views import CaseView
from sipdesk.ui import theme
from sipdesk.ui.case.bindings import Bindings
from sipdesk.ui.case.pieces import label, text_box
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_case import enum_label, translate

# In Swedish; _hint() shows them in the window's language.
PARTICIPATION_NOTE_HINT = {
    Participation.NOT_TAKING_PART: QT_TRANSLATE_NOOP(
        "ParticipationTab", "Varför deltar barnet inte? Hur hörs barnets röst ändå?"),
    Participation.LETTER: QT_TRANSLATE_NOOP(
        "ParticipationTab", "Vem hjälper barnet med brevet, och vem läser upp det?"),
    Participation.SUPPORT_PERSON: QT_TRANSLATE_NOOP("ParticipationTab", "Vem är stödpersonen?"),
    Participation.PART_OF_MEETING: QT_TRANSLATE_NOOP(
        "ParticipationTab", "Vilken del av mötet är barnet med på?"),
}
NOTE_HINT = QT_TRANSLATE_NOOP("ParticipationTab", "Kommentar om barnets delaktighet")


class ParticipationTab(QWidget):
    def __init__(self, edits: Bindings, parent: QWidget | None = None):
        super().__init__(parent)
        case_id = edits.case_id
        intro = label(
            translate("ParticipationTab",
                      "Hur vill barnet vara med? Barnet ska kunna påverka vem som bjuds in och "
                      "hur barnets röst kommer fram på mötet."), style=theme.MUTED_TEXT
        )
        self.participation = QButtonGroup(self)
        choices = QVBoxLayout()
        self.participation_buttons: dict[Participation, QRadioButton] = {}
        for value in Participation:
            button = QRadioButton(enum_label(value))
            button.setObjectName(f"Participation_{value.value}")
            button.setAccessibleDescription(translate(
                "ParticipationTab", "Hur barnet deltar i SIP-mötet; välj ett av alternativen"))
            self.participation.addButton(button)
            self.participation_buttons[value] = button
            choices.addWidget(button)
        self.participation_note = text_box(
            "ParticipationNote", 90,
            translate("ParticipationTab", "Anteckning om barnets delaktighet"))
        self.participation_note.setAccessibleDescription(translate(
            "ParticipationTab", "Hur barnet fick säga sitt och vad barnet önskar"))
        self.participation_hint = label("", "SectionTitle")
        self._hint(Participation.UNDECIDED)

        edits.choice(
            "participation_choice", translate("ParticipationTab", "delaktighet"), self,
            read=self.chosen,
            show=self._show_choice,
            get=lambda c: c.participation,
            put=lambda ws, v: ws.cases.set_field(case_id, "participation", v),
        )
        self.participation.buttonClicked.connect(lambda _b: self._hint(self.chosen()))
        self.participation.buttonClicked.connect(
            lambda _b: edits.commit("participation_choice"))
        edits.text("participation_note", translate("ParticipationTab", "kommentar om delaktighet"),
                   self.participation_note,
                   get=lambda c: c.participation_note,
                   put=lambda ws, v: ws.cases.set_field(case_id, "participation_note", v))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addSpacing(8)
        layout.addWidget(self.participation_hint)
        layout.addWidget(self.participation_note)
        layout.addStretch(1)

    def show_view(self, view: CaseView) -> None:
        """Everything here is a bound field: the bindings show it."""

    def chosen(self) -> Participation:
        return next((v for v, b in self.participation_buttons.items() if b.isChecked()),
                    Participation.UNDECIDED)

    def _show_choice(self, value: Participation) -> None:
        self.participation_buttons[value].setChecked(True)
        self._hint(value)

    def _hint(self, value: Participation) -> None:
        self.participation_hint.setText(
            translate("ParticipationTab", PARTICIPATION_NOTE_HINT.get(value, NOTE_HINT)))
