"""The take-along dialog speaks English under English and Swedish under Swedish."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel

from sipdesk.ui.takealong_actions import until_dialog
from tests.conftest import TODAY
from tests.ui.test_english import english, swedish_in  # noqa: F401 - the fixture


def _texts(dialog) -> list[str]:
    texts = [dialog.windowTitle()]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    return texts


def test_the_take_along_dialog_is_english(qtbot, english) -> None:  # noqa: F811
    dialog, edit = until_dialog(None, TODAY)
    qtbot.addWidget(dialog)
    texts = _texts(dialog) + [edit.accessibleName()]
    assert "Take the case along" in texts
    assert not set().union(*(swedish_in(t) for t in texts))


def test_the_take_along_dialog_is_swedish_by_default(qtbot) -> None:
    dialog, edit = until_dialog(None, TODAY)
    qtbot.addWidget(dialog)
    assert "Ta med ärendet" in _texts(dialog)
    assert edit.date().toPython() > TODAY
