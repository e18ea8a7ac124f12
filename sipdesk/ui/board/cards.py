"""How a case card is painted, and the due phrases the board and the Today list share."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sipdesk.domain.board import Card
from sipdesk.domain.deadlines import DueItem
from sipdesk.domain.flags import Flag
from sipdesk.domain.words import short_date
from sipdesk.ui import theme
from sipdesk.ui.board.board_model import BoardModel, CardRole, QuestionRole, _Index, shown_name
from sipdesk.ui.i18n import due_kind_label, flag_badge
from sipdesk.ui.takealong_words import paint_taken_along

# Badge colours: (background, text). Consent and lateness in red tones, the
# rest in quieter colours, so the eye goes to what endangers the case first.
FLAG_COLOURS: dict[Flag, tuple[str, str]] = {
    Flag.DATES_UNREADABLE: theme.BADGE_RED,
    Flag.CONSENT_MISSING: theme.BADGE_RED,
    Flag.CONSENT_ENDED: theme.BADGE_RED,
    Flag.NO_ANSWER: theme.BADGE_AMBER,
    Flag.LATE_INVITATION: theme.BADGE_YELLOW,
    Flag.NO_PLAN_OWNER: theme.BADGE_PURPLE,
    Flag.FOLLOW_UP_OVERDUE: theme.BADGE_PINK,
}
OVERDUE = QColor(theme.ERROR)
MUTED = QColor(theme.MUTED)
INK = QColor(theme.INK)
CARD_BORDER = QColor(theme.BORDER)
CARD_SELECTED = QColor(theme.SELECTED)
COLUMN = QColor(theme.COLUMN)  # what the view shows around a card's rounded corners

_PAD = 10
_PICTURES_KEPT = 120  # about four screenfuls of cards
# What of the view's state changes how a card looks.
_LOOKS = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
_GAP = 4
QUESTION_LINES = 2  # the question, wrapped at words: a narrow card still says what it asks
DUE_LINES = 2  # "38 d försenad Boka SIP-möte": when first, then what, wrapped


def due_phrase(item: DueItem, on: date | None, *, short: bool = False) -> str:
    """'3 d försenad' (short) or '3 dagar försenad', 'i dag', 'i morgon', or the date,
    in the window's language (the date itself is domain/words.py's, always Swedish)."""
    if item.overdue:
        days = item.days_overdue(on) if on is not None else 0
        if days == 0:
            return QCoreApplication.translate("CaseBoard", "försenad i dag")
        if short:
            return QCoreApplication.translate("CaseBoard", "{days} d försenad").format(days=days)
        # Singular and plural chosen here: pyside6-lupdate keeps no plural forms for a
        # function outside a QObject, and Swedish has no translation file to choose them.
        if days == 1:
            return QCoreApplication.translate("CaseBoard", "1 dag försenad")
        return QCoreApplication.translate("CaseBoard", "{days} dagar försenad").format(days=days)
    if on is not None:
        if item.due == on:
            return QCoreApplication.translate("CaseBoard", "i dag")
        if (item.due - on).days == 1:
            return QCoreApplication.translate("CaseBoard", "i morgon")
    return short_date(item.due)


def due_label(item: DueItem) -> str:
    """The short name of what is due ("Boka SIP-möte"); the whole sentence is the tooltip."""
    try:
        return due_kind_label(item.kind)
    except (AttributeError, KeyError):
        return item.text


def wrapped(fm: QFontMetrics, text: str, width: int, lines: int, *,
            first_width: int | None = None) -> list[str]:
    """`text` broken at words into at most `lines` lines of `width` pixels (the first
    `first_width`, when something stands before it), the last cut with "…".

    A word wider than a whole line is cut rather than pushed off; a first line too
    narrow for the first word is left empty ("")."""
    words = text.split()
    out: list[str] = []
    limit = width if first_width is None else first_width
    while words and len(out) < lines:
        if len(out) == lines - 1:
            out.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, limit))
            return out
        line = ""
        while words:
            candidate = f"{line} {words[0]}".strip()
            if fm.horizontalAdvance(candidate) > limit:
                break
            line = candidate
            words.pop(0)
        if not line and limit == width:  # one overlong word: cut it on its own line
            line = fm.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
        out.append(line)
        limit = width
    return out


class CardDelegate(QStyledItemDelegate):
    """Paints one case as a card: name and reference, question, next due, flag badges."""

    def __init__(self, board: BoardModel, parent=None):
        super().__init__(parent)
        self._board = board
        # Painted cards, kept as pictures: a search changes which cards are on screen at
        # every key, and most came and went a key or two before. Only the last screenfuls
        # are kept (a card is about 100 KiB as a picture).
        self._pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        board.loaded.connect(self._pictures.clear)
        board.showInitialsChanged.connect(self._pictures.clear)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        base, bold, small = self._fonts(option)
        lines = (
            QFontMetrics(bold).height()
            + QFontMetrics(base).height() * (QUESTION_LINES + DUE_LINES)
            + QFontMetrics(small).height()
            + 6
        )
        return QSize(180, lines + 2 * _PAD + 3 * _GAP + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: Card | None = index.data(CardRole)
        if card is None:
            return
        state = option.state & _LOOKS
        size = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        key = (card, index.data(QuestionRole), self._board.on, int(state.value), size.width(),
               size.height(), ratio, option.font.key(), QCoreApplication.translate(
                   "CaseBoard", "i dag"))  # the language the phrases are in
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(COLUMN)  # opaque: text on an opaque picture is drawn the fast way
            on_picture = QPainter(picture)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), size)
            self._paint_card(on_picture, at_origin, card, index)
            on_picture.end()
            self._pictures[key] = picture
            if len(self._pictures) > _PICTURES_KEPT:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), picture)

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: Card,
                    index: _Index) -> None:
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(CARD_SELECTED if selected else CARD_BORDER, 2 if selected else 1))
        painter.setBrush(QColor(theme.SELECTED_FILL) if selected else QColor(theme.PANEL))
        painter.drawRoundedRect(rect, 8, 8)
        # A coloured edge on the left: red when something is overdue, else the stage colour.
        overdue = card.next_due is not None and card.next_due.overdue
        edge = OVERDUE if overdue else QColor(theme.STAGE_COLOURS[card.stage])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        inner = rect.adjusted(_PAD + 2, _PAD - 2, -_PAD, -_PAD + 2)
        y = inner.top()
        # Line 1: the child's name (or initials); the reference too if there is room.
        fm_small = QFontMetrics(small)
        fm_bold = QFontMetrics(bold)
        name = shown_name(card, self._board.show_initials)
        ref_width = fm_small.horizontalAdvance(card.reference)
        name_width = fm_bold.horizontalAdvance(name)
        if name_width + ref_width + 10 <= inner.width():
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(inner.right() - ref_width, y, ref_width, fm_bold.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                card.reference,
            )
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), fm_bold.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_bold.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += fm_bold.height() + _GAP
        # Lines 2-3: the question, wrapped at words, the end cut with "…" (whole in the tooltip).
        fm = QFontMetrics(base)
        painter.setFont(base)
        painter.setPen(MUTED)
        question = index.data(QuestionRole) or QCoreApplication.translate(
            "CaseBoard", "Frågeställning saknas")
        for line in wrapped(fm, question, inner.width(), QUESTION_LINES):
            painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += fm.height()
        y = inner.top() + fm_bold.height() + _GAP + fm.height() * QUESTION_LINES + _GAP
        # Lines 4-5: when the next thing is due, then what it is, flowing onto the next line.
        if card.next_due is not None:
            when = due_phrase(card.next_due, self._board.on, short=True)
            painter.setFont(bold)
            painter.setPen(OVERDUE if overdue else INK)
            when_width = fm_bold.horizontalAdvance(when) + 6
            painter.drawText(
                QRect(inner.left(), y, when_width, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                when,
            )
            painter.setFont(base)
            lines = wrapped(fm, due_label(card.next_due), inner.width(), DUE_LINES,
                            first_width=inner.width() - when_width)
            for number, line in enumerate(lines):
                left = inner.left() + (when_width if number == 0 else 0)
                painter.drawText(
                    QRect(left, y, inner.right() - left + 1, fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )
                y += fm.height()
        else:
            painter.setFont(base)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(inner.left(), y, inner.width(), fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("CaseBoard", "Inget förfaller"),
            )
        y = (inner.top() + fm_bold.height() + _GAP + fm.height() * QUESTION_LINES + _GAP
             + fm.height() * DUE_LINES + _GAP + 2)
        # Last line: a case taken along first (who has it, until when), then the flags as
        # small badges, as many as fit, then "+n".
        left = inner.left()
        if card.taken_along is not None:
            left = paint_taken_along(painter, card.taken_along, left, y, inner.width(), small)
        self._paint_badges(painter, card.flags, left, y, inner.right() - left, small)
        if focused and not selected:
            painter.setPen(QPen(CARD_SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        painter.restore()

    @staticmethod
    def _paint_badges(painter: QPainter, flags: tuple[Flag, ...], x: int, y: int, width: int,
                      font: QFont) -> None:
        fm = QFontMetrics(font)
        height = fm.height() + 4
        painter.setFont(font)
        right = x + width
        for number, flag in enumerate(flags):
            text = flag_badge(flag)
            w = fm.horizontalAdvance(text) + 12
            left_after = len(flags) - number - 1
            more = f"+{left_after}" if left_after else ""
            reserve = fm.horizontalAdvance(more) + 8 if more else 0
            if x + w > right - reserve:
                painter.setPen(MUTED)
                painter.drawText(
                    QRect(x, y, right - x, height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"+{len(flags) - number}",
                )
                return
            background, ink = FLAG_COLOURS[flag]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(QRect(x, y, w, height), height / 2, height / 2)
            painter.setPen(QColor(ink))
            painter.drawText(QRect(x, y, w, height), Qt.AlignmentFlag.AlignCenter, text)
            x += w + 4
