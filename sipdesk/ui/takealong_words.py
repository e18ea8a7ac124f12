"""What the window says of a case taken along: on its card, at the top of its record.

One place for the sentences, so the board and the record say the same thing
in the window's language (the lease itself is domain.board.TakenAlong).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from sipdesk.domain.board import TakenAlong
from sipdesk.ui import theme
from sipdesk.ui.i18n import long_date, short_date, translate


def mark_sentence(mark: TakenAlong, *, short: bool = False) -> str:
    """'Tas med av anna till 30 november 2026' on the team server; on the laptop that has
    the copy, 'Taget från teamservern, lämnas tillbaka senast 30 november 2026'.
    `short` gives the card's date ('30 nov')."""
    day = short_date(mark.until) if short else long_date(mark.until)
    if mark.here:
        return translate("TakeAlong", "Taget från teamservern, lämnas tillbaka senast {date}"
                         ).format(date=day)
    return translate("TakeAlong", "Tas med av {holder} till {date}").format(
        holder=mark.holder, date=day)


def mark_briefer(mark: TakenAlong) -> list[str]:
    """The card's shorter words, longest first, for when the whole sentence does not fit."""
    day = short_date(mark.until)
    if mark.here:
        return [translate("TakeAlong", "Från teamservern, senast {date}").format(date=day),
                translate("TakeAlong", "Lämnas åter {date}").format(date=day)]
    return [translate("TakeAlong", "Med {holder} till {date}").format(
                holder=mark.holder, date=day),
            translate("TakeAlong", "Tas med till {date}").format(date=day)]


def read_only_banner(mark: TakenAlong) -> str:
    """The top of the record: who has the case, and why it can only be read here."""
    if mark.here:
        return mark_sentence(mark) + ". " + translate(
            "TakeAlong", "Lämna tillbaka det från teamservern när du är uppkopplad igen.")
    return mark_sentence(mark) + ". " + translate(
        "TakeAlong", "Ärendet kan bara läsas här tills det har lämnats tillbaka.")


def paint_taken_along(painter: QPainter, mark: TakenAlong, x: int, y: int, width: int,
                      font: QFont) -> int:
    """The card's badge of a case taken along, at (x, y); returns where the next badge goes.

    The whole sentence when it fits the card, else a shorter one, the shortest cut with "…"."""
    fm = QFontMetrics(font)
    height = fm.height() + 4
    room = max(width - 12, 0)
    words = [mark_sentence(mark, short=True), *mark_briefer(mark)]
    text = next((w for w in words if fm.horizontalAdvance(w) <= room), None) \
        or fm.elidedText(words[-1], Qt.TextElideMode.ElideRight, room)
    w = fm.horizontalAdvance(text) + 12
    painter.setFont(font)
    painter.setPen(QPen(QColor(theme.SELECTED), 1))
    painter.setBrush(QColor(theme.SELECTED_FILL))
    painter.drawRoundedRect(QRect(x, y, w, height), height / 2, height / 2)
    painter.setPen(QColor(theme.HEADING))
    painter.drawText(QRect(x, y, w, height), Qt.AlignmentFlag.AlignCenter, text)
    return x + w + 4
