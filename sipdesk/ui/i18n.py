"""The program's own words through Qt's translation mechanism, at the window's edge.

Every text is written in Swedish in the code and is itself the source string:
`QCoreApplication.translate(context, "Svensk text")`. Swedish therefore needs
no translation file; English comes from resources/i18n/sipdesk_en.qm, made
with Qt Linguist's tools from sipdesk_en.ts (packaging/update_translations.sh
runs pyside6-lupdate over sipdesk/ui and then pyside6-lrelease).

`pyside6-lupdate` finds only literal strings in translate()/tr() and
QT_TRANSLATE_NOOP() calls. Texts kept in tables (the actions, the menus, the
stages) are marked with QT_TRANSLATE_NOOP where they are written and looked
up with translate() when shown.

The domain stays free of Qt: its stage labels (domain/enums.py) are Swedish
and are translated here, with the fixed context STAGE_CONTEXT. Documents
(sipdesk/export, the services) stay Swedish whatever the window's language:
they go to Swedish families and authorities.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sipdesk.domain.enums import Stage

STAGE_CONTEXT = "Stage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for pyside6-lupdate in `context` and returns it unchanged.

    Qt's own QT_TRANSLATE_NOOP does the same but is typed as returning object.
    """
    return text

# The stages' labels as domain/enums.py writes them, marked for pyside6-lupdate;
# tests/ui/test_english.py checks that this list and the domain agree.
STAGE_WORDS = (
    QT_TRANSLATE_NOOP("Stage", "Behov av samordning upptäcks"),
    QT_TRANSLATE_NOOP("Stage", "Samtycke och planering"),
    QT_TRANSLATE_NOOP("Stage", "Aktörer kallas"),
    QT_TRANSLATE_NOOP("Stage", "Möte där SIP upprättas"),
    QT_TRANSLATE_NOOP("Stage", "Uppföljning"),
    QT_TRANSLATE_NOOP("Stage", "Avslut eller fortsatt SIP"),
    QT_TRANSLATE_NOOP("Stage", "Behov"),
    QT_TRANSLATE_NOOP("Stage", "Samtycke"),
    QT_TRANSLATE_NOOP("Stage", "Kallelse"),
    QT_TRANSLATE_NOOP("Stage", "Möte"),
    QT_TRANSLATE_NOOP("Stage", "Avslut"),
)


def stage_label(stage: Stage) -> str:
    """The stage's full name in the window's language ("Samtycke och planering")."""
    return QCoreApplication.translate(STAGE_CONTEXT, stage.label)


def stage_short_label(stage: Stage) -> str:
    """The stage's short name in the window's language, for the board's column ("Samtycke")."""
    return QCoreApplication.translate(STAGE_CONTEXT, stage.short_label)
