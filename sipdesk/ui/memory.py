"""What the window remembers of the coordinator's layout between runs, in QSettings.

Window geometry, splitter sizes, the projector's screen and its type size
(picard's PreserveGeometry and OpenLP's saved screen are the models). Only
layout lives here: nothing personal, so plain QSettings are right for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

ORGANISATION = "sipdesk"
APPLICATION = "sipdesk"


def settings() -> QSettings:
    # The default format (native unless changed), so tests can redirect it to a folder.
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


def value(key: str, default: Any = None, kind: type | None = None) -> Any:
    s = settings()
    if not s.contains(key):
        return default
    raw = s.value(key)
    if kind is None:
        return raw
    try:
        return kind(raw)
    except (TypeError, ValueError):
        return default


def set_value(key: str, data: Any) -> None:
    settings().setValue(key, data)


def save_geometry(widget: QWidget, key: str) -> None:
    settings().setValue(f"{key}/geometry", widget.saveGeometry())


def restore_geometry(widget: QWidget, key: str) -> bool:
    data = settings().value(f"{key}/geometry")
    return isinstance(data, QByteArray) and widget.restoreGeometry(data)


def save_splitter(splitter: QSplitter, key: str) -> None:
    settings().setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    data = settings().value(f"{key}/splitter")
    return isinstance(data, QByteArray) and splitter.restoreState(data)
