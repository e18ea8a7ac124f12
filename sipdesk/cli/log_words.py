"""`sipdesk log`'s table and `sipdesk backups`' lines in the command line's language.

The access log is stored in Swedish (the PDF extract is a document for a
Swedish guardian and stays Swedish): an action word and a detail made by the
services and by the team server's triggers, never with a child's name or any
content. Here each is matched against the Swedish those places write and the
English filled with what was found (a version, a date, a count, a login). A
detail no template matches is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from sipdesk.cli.check_words import template_pattern
from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate

CONTEXT = "AccessLog"

# domain/access_log.py ACTION_LABELS
ACTIONS = (
    QT_TRANSLATE_NOOP("AccessLog", "Öppnade"),
    QT_TRANSLATE_NOOP("AccessLog", "Ändrade"),
    QT_TRANSLATE_NOOP("AccessLog", "Exporterade"),
    QT_TRANSLATE_NOOP("AccessLog", "Skrev ut"),
    QT_TRANSLATE_NOOP("AccessLog", "E-post"),
    QT_TRANSLATE_NOOP("AccessLog", "Raderade"),
)

# The parts of a case a "changed" entry names, joined by ", ": domain/access_log.py's
# _PART_WORDS and store/server_security.py's table labels.
PARTS = (
    QT_TRANSLATE_NOOP("AccessLog", "ärendeuppgifter"),
    QT_TRANSLATE_NOOP("AccessLog", "plan"),
    QT_TRANSLATE_NOOP("AccessLog", "möten"),
    QT_TRANSLATE_NOOP("AccessLog", "avvikelser"),
    QT_TRANSLATE_NOOP("AccessLog", "steg och översikt"),
    QT_TRANSLATE_NOOP("AccessLog", "historik"),
    QT_TRANSLATE_NOOP("AccessLog", "vårdnadshavare"),
    QT_TRANSLATE_NOOP("AccessLog", "samtycken"),
    QT_TRANSLATE_NOOP("AccessLog", "nätverk"),
)

# The details the services (access_log.py, documents.py, takealong.py, retention.py) and
# the server's functions (server_security.py) write.
DETAILS = (
    QT_TRANSLATE_NOOP("AccessLog", "ärendet visades"),
    QT_TRANSLATE_NOOP("AccessLog", "ärendet lades upp"),
    QT_TRANSLATE_NOOP("AccessLog", "ärendet raderades (loggat av servern)"),
    QT_TRANSLATE_NOOP("AccessLog", "{parts} (loggat av servern)"),
    QT_TRANSLATE_NOOP("AccessLog", "familjeversion av plan version {version} som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "plan version {version} som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "närvarolista som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "avvikelserapport som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "kallelser som PDF, en fil per mottagare ({count} filer)"),
    QT_TRANSLATE_NOOP("AccessLog", "kallelser som PDF, en per mottagare"),
    QT_TRANSLATE_NOOP("AccessLog", "kallelse som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "kalenderfil för möte"),
    QT_TRANSLATE_NOOP("AccessLog", "e-posttext om möte öppnad i e-postprogrammet"),
    QT_TRANSLATE_NOOP("AccessLog", "loggutdrag som PDF"),
    QT_TRANSLATE_NOOP("AccessLog", "togs med från teamservern"),
    QT_TRANSLATE_NOOP("AccessLog", "togs med till en bärbar dator till {date}"),
    QT_TRANSLATE_NOOP("AccessLog", "lämnades tillbaka efter lån"),
    QT_TRANSLATE_NOOP("AccessLog", "lämnades tillbaka till teamservern"),
    QT_TRANSLATE_NOOP("AccessLog", "lånet bröts (ärendet var taget med av {who})"),
    QT_TRANSLATE_NOOP("AccessLog", "gallrat: avslutat {date}, gallringsfrist {months} månader"),
)

# store/backup.py made_text() and describe_backup().
BACKUP_WORDS = (
    QT_TRANSLATE_NOOP("AccessLog", "{name} ({date} kl. {clock}, 1 ärende)"),
    QT_TRANSLATE_NOOP("AccessLog", "{name} ({date} kl. {clock}, {count} ärenden)"),
    QT_TRANSLATE_NOOP("AccessLog", "{date} kl. {clock}"),
)


def action_text(label: str) -> str:
    return translate(CONTEXT, label) if label in ACTIONS else label


def _parts(text: str) -> str | None:
    pieces = text.split(", ")
    if not all(piece in PARTS for piece in pieces):
        return None
    return ", ".join(translate(CONTEXT, piece) for piece in pieces)


def _long_date(text: str) -> str:
    from sipdesk.ui.i18n_meetings import _from_long_date  # Qt-free: no widgets loaded

    return _from_long_date(text)


def _fill(templates: tuple[str, ...], text: str,
          pieces: dict[str, Callable[[str], str | None]]) -> str | None:
    for template in templates:
        found = template_pattern(template).fullmatch(text)
        if found is None:
            continue
        values = {}
        for name, value in found.groupdict().items():
            shown = pieces.get(name, str)(value)
            if shown is None:
                break
            values[name] = shown
        else:
            return translate(CONTEXT, template).format(**values)
    return None


def detail_text(detail: str) -> str:
    """An entry's detail in the command line's language; unknown text as it is."""
    return _parts(detail) or _fill(DETAILS, detail, {"parts": _parts}) or detail


def backup_text(described: str) -> str:
    """describe_backup()'s or made_text()'s words in the command line's language."""
    return _fill(BACKUP_WORDS, described, {"date": _long_date}) or described
