"""The Qt binding must not corrupt the interpreter (PySide6 6.12.0 did, on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QStringListModel
from PySide6.QtGui import QImage, QPainter


def test_qt_calls_do_not_release_references_to_none(qapp):
    """6.12.0 dropped one reference to None per void call; Python 3.11 then aborts."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    obj = QObject()
    model = QStringListModel(["a"])  # kept alive: an index does not own its model
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.restore()
        obj.setObjectName("x")
        index.data(1000)  # an unknown role: converts an invalid QVariant to None
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references"
