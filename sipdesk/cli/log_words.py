"""`sipdesk log`'s table in the command line's language.

The access log is stored in Swedish (the PDF extract is a document for a
Swedish guardian and stays Swedish): an action word and a detail made by the
services and by the team server's triggers, never with a child's name or any
content. Here each is matched against the Swedish those places write and the
English filled with what was found (a version, a date, a count, a login). A
detail no template matches is shown as it is.
"""

from __future__ import annotations

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.ui.i18n_templates import fill

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

def action_text(label: str) -> str:
    return translate(CONTEXT, label) if label in ACTIONS else label


def _parts(text: str) -> str | None:
    pieces = text.split(", ")
    if not all(piece in PARTS for piece in pieces):
        return None
    return ", ".join(translate(CONTEXT, piece) for piece in pieces)


def detail_text(detail: str) -> str:
    """An entry's detail in the command line's language; unknown text as it is."""
    return _parts(detail) or fill(DETAILS, detail, CONTEXT, {"parts": _parts}) or detail
