"""`sipdesk check`'s report (services/health.py) in the command line's language.

The health report is written in Swedish by the services (it names no row's
values, only the store's file, pages and counts), and the window never shows
it. Here each line's name and value, and each problem, is matched against the
Swedish the services write and the English filled with what was found (paths,
numbers, a backup's name). SQLite's and SQLCipher's own words are shown as they
are; a text no template matches too.
"""

from __future__ import annotations

from collections.abc import Callable

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.ui.i18n_templates import fill

CONTEXT = "CheckCommand"

# health.py's step names, the first column of every line.
NAMES = (
    QT_TRANSLATE_NOOP("CheckCommand", "Server"),
    QT_TRANSLATE_NOOP("CheckCommand", "Arkiv"),
    QT_TRANSLATE_NOOP("CheckCommand", "Krypterat"),
    QT_TRANSLATE_NOOP("CheckCommand", "Nyckel"),
    QT_TRANSLATE_NOOP("CheckCommand", "Schemaversion"),
    QT_TRANSLATE_NOOP("CheckCommand", "Integritetskontroll"),
    QT_TRANSLATE_NOOP("CheckCommand", "Ärenden"),
    QT_TRANSLATE_NOOP("CheckCommand", "Åtkomstlogg"),
    QT_TRANSLATE_NOOP("CheckCommand", "Trasiga kopior"),
    QT_TRANSLATE_NOOP("CheckCommand", "Säkerhetskopia"),
)

# Values and problems, as health.py, access_log.py and store/backup.py write them.
TEMPLATES = (
    QT_TRANSLATE_NOOP("CheckCommand", "i operativsystemets nyckelring"),
    QT_TRANSLATE_NOOP("CheckCommand", "härleds ur lösenfrasen (lösenfrasen sparas inte)"),
    QT_TRANSLATE_NOOP("CheckCommand", "bara i minnet (demoläge)"),
    QT_TRANSLATE_NOOP("CheckCommand", "går inte att läsa (skadat)"),
    QT_TRANSLATE_NOOP("CheckCommand", "kunde inte kontrolleras"),
    QT_TRANSLATE_NOOP("CheckCommand", "ja (SQLCipher {version}, {hmac})"),
    QT_TRANSLATE_NOOP("CheckCommand", "NEJ"),
    QT_TRANSLATE_NOOP("CheckCommand", "{revision} (aktuell)"),
    QT_TRANSLATE_NOOP("CheckCommand", "{revision} (inaktuell)"),
    QT_TRANSLATE_NOOP("CheckCommand", "FEL: skadad sida {pages} av {total}"),
    QT_TRANSLATE_NOOP("CheckCommand", "FEL: skadad sida {pages}"),
    QT_TRANSLATE_NOOP("CheckCommand", "FEL: skadad sidor {pages} av {total}"),
    QT_TRANSLATE_NOOP("CheckCommand", "FEL: skadad sidor {pages}"),
    QT_TRANSLATE_NOOP("CheckCommand", "FEL"),
    QT_TRANSLATE_NOOP("CheckCommand", "{entries} poster, kedjan är hel"),
    QT_TRANSLATE_NOOP("CheckCommand", "{entries} poster, BRUTEN"),
    QT_TRANSLATE_NOOP("CheckCommand", "ingen som klarar kontrollen"),
    QT_TRANSLATE_NOOP("CheckCommand", "{backup}, kontrollerad nu"),
    QT_TRANSLATE_NOOP("CheckCommand", "{name}: den delen av arkivfilen går inte att läsa."),
    QT_TRANSLATE_NOOP("CheckCommand", "Filen är inte krypterad."),
    QT_TRANSLATE_NOOP("CheckCommand", "Journalläget är inte WAL."),
    QT_TRANSLATE_NOOP("CheckCommand", "Temporära data hålls inte i minnet."),
    QT_TRANSLATE_NOOP("CheckCommand", "Schemat är version {revision}, programmet väntar {head}."),
    QT_TRANSLATE_NOOP("CheckCommand", "Sida {page} av {total} i arkivfilen är skadad: "
                                      "krypteringens kontrollsumma (HMAC) stämmer inte, så det "
                                      "som låg på sidan går inte att läsa."),
    QT_TRANSLATE_NOOP("CheckCommand", "Sida {page} i arkivfilen är skadad: krypteringens "
                                      "kontrollsumma (HMAC) stämmer inte, så det som låg på "
                                      "sidan går inte att läsa."),
    QT_TRANSLATE_NOOP("CheckCommand", "Kontrollen säger: {words}"),
    QT_TRANSLATE_NOOP("CheckCommand", "Ingen av de senaste säkerhetskopiorna klarar kontrollen. "
                                      "Finns en kopia i den extra mappen (ett USB-minne, en "
                                      "nätverksmapp), lägg tillbaka den med ”sipdesk restore "
                                      "SÖKVÄG”."),
    QT_TRANSLATE_NOOP("CheckCommand", "Det finns ingen säkerhetskopia i {folder}. Finns en kopia "
                                      "i den extra mappen (ett USB-minne, en nätverksmapp), lägg "
                                      "tillbaka den med ”sipdesk restore SÖKVÄG”."),
    QT_TRANSLATE_NOOP("CheckCommand", "Den senaste goda säkerhetskopian är {backup}. Lägg "
                                      "tillbaka den med ”sipdesk restore {name}”. Arkivet som det "
                                      "är nu sparas först, eller flyttas undan om det är för "
                                      "skadat för att kopieras."),
    QT_TRANSLATE_NOOP("CheckCommand", "Den senaste säkerhetskopian är {backup}. Lägg tillbaka den "
                                      "med ”sipdesk restore {name}”."),
    QT_TRANSLATE_NOOP("CheckCommand", "Åtkomstloggen är bruten före post {entry} ({at}): en "
                                      "tidigare post har tagits bort eller ändrats."),
    QT_TRANSLATE_NOOP("CheckCommand", "Åtkomstloggens post {entry} ({at}) har ändrats efter att "
                                      "den skrevs."),
    # Another step's failure (services/failures.py), after the step's name.
    QT_TRANSLATE_NOOP("CheckCommand", "{name}: {failure}"),
)

# store/backup.py describe_backup(): 'sipdesk-20261123-143200 (23 november 2026 kl. 14.32,
# 200 ärenden)'.
BACKUP_WORDS = (
    QT_TRANSLATE_NOOP("CheckCommand", "{name} ({date} kl. {clock}, 1 ärende)"),
    QT_TRANSLATE_NOOP("CheckCommand", "{name} ({date} kl. {clock}, {count} ärenden)"),
    # made_text(): when a backup was made, as `sipdesk restore` says it.
    QT_TRANSLATE_NOOP("CheckCommand", "{date} kl. {clock}"),
)

# A step's name stops at its colon; another step's failure is the rest of the line.
_FIELDS = (("name", r"[^:]+?"), ("failure", r".+"))


def _date(text: str) -> str:
    from sipdesk.ui.i18n_meetings import _from_long_date

    return _from_long_date(text)


def backup_text(text: str) -> str:
    """store/backup.py's describe_backup() or made_text() in the chosen language."""
    return fill(BACKUP_WORDS, text, CONTEXT, {"date": _date}, _FIELDS) or text


def _failure(text: str) -> str:
    from sipdesk.ui.i18n_messages import failure_text

    return failure_text(text)


_PIECES: dict[str, Callable[[str], str]] = {
    "backup": backup_text, "failure": _failure, "name": lambda name: translate(CONTEXT, name),
}


def check_text(text: str) -> str:
    """A line's name, a value or a problem of the health report, in the chosen language."""
    if text in NAMES:
        return translate(CONTEXT, text)
    return fill(TEMPLATES, text, CONTEXT, _PIECES, _FIELDS) or text
