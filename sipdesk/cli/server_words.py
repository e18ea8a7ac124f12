"""The team-server commands' sentences (store/server_admin.py) in the command line's language.

server_admin.py writes Swedish, with values in (a role's name, a team, a
count) and sometimes PostgreSQL's own reason after "Databasen svarade:",
which is the server's text and shown as it is. As in check_words.py (ui/i18n_templates.py), each
sentence is matched against its Swedish template and the English filled with
what was found; a sentence no template matches is shown as it is.
"""

from __future__ import annotations

from sipdesk.cli.cli_words import QT_TRANSLATE_NOOP, translate
from sipdesk.ui.i18n_templates import fill

CONTEXT = "ServerCommand"

# The leading sentence of a refusal; "{what} Databasen svarade: {reason}" wraps one of
# these around PostgreSQL's reason.
SENTENCES = (
    QT_TRANSLATE_NOOP("ServerCommand", "Serverns adress ska börja med postgresql://, till "
                                       "exempel postgresql://admin@server.kommun.se/sipdesk."),
    QT_TRANSLATE_NOOP("ServerCommand", "Kunde inte ansluta till servern: {reason}"),
    QT_TRANSLATE_NOOP("ServerCommand", "Servern vill ha lösenordet för administratörsrollen. "
                                       "Kör kommandot i en terminal så frågas det efter, eller "
                                       "ge det i miljövariabeln PGPASSWORD eller i filen "
                                       "~/.pgpass (aldrig i adressen)."),
    QT_TRANSLATE_NOOP("ServerCommand", "Rollen {user} får inte skapa roller. Kör sipdesk "
                                       "server init som databasens administratör: en roll med "
                                       "CREATEROLE som äger databasen (se docs/team-server.md)."),
    QT_TRANSLATE_NOOP("ServerCommand", "Rollen {user} saknar rätt att förbereda databasen; den "
                                       "ska äga databasen (createdb -O) eller vara "
                                       "superanvändare."),
    QT_TRANSLATE_NOOP("ServerCommand", "Databasens tabeller kunde inte skapas eller "
                                       "uppgraderas."),
    QT_TRANSLATE_NOOP("ServerCommand", "Behörighetsreglerna kunde inte läggas in."),
    QT_TRANSLATE_NOOP("ServerCommand", "Användarnamnet {name} går inte: använd små bokstäver "
                                       "a–z, siffror, punkt, bindestreck och understreck (högst "
                                       "63 tecken), och inte pg_ eller sipdesk_ först."),
    QT_TRANSLATE_NOOP("ServerCommand", "Teamets namn ska vara 1–{count} tecken."),
    QT_TRANSLATE_NOOP("ServerCommand", "Rollen ska vara coordinator, teamlead eller admin."),
    QT_TRANSLATE_NOOP("ServerCommand", "Servern är inte förberedd för sipdesk. Kör först: "
                                       "sipdesk server init ADRESS"),
    QT_TRANSLATE_NOOP("ServerCommand", "Du saknar rätt att lägga till användare; kör kommandot "
                                       "som den roll som körde sipdesk server init."),
    QT_TRANSLATE_NOOP("ServerCommand", "Det finns redan en databasroll som heter {name} och den "
                                       "är ingen sipdesk-användare. Välj ett annat namn."),
    QT_TRANSLATE_NOOP("ServerCommand", "Ett lösenord behövs för en ny användare."),
    QT_TRANSLATE_NOOP("ServerCommand", "Användaren {name} finns redan i teamet {team}."),
    # init's report, one line each
    QT_TRANSLATE_NOOP("ServerCommand", "Rollerna {owner} (äger tabellerna), {groups} finns."),
    QT_TRANSLATE_NOOP("ServerCommand", "Tabellerna är uppgraderade till programmets senaste "
                                       "version."),
    QT_TRANSLATE_NOOP("ServerCommand", "Radsäkerhet, åtkomstlogg och rättigheter är inlagda "
                                       "(version {version})."),
)
ANSWERED = QT_TRANSLATE_NOOP("ServerCommand", "{what} Databasen svarade: {reason}")


def _one(text: str) -> str | None:
    return fill(SENTENCES, text, CONTEXT)


def server_text(text: str) -> str:
    """A sentence of the server commands in the chosen language; unknown text as it is."""
    shown = _one(text)
    if shown is not None:
        return shown
    marker = " Databasen svarade: "
    if marker in text:
        what, reason = text.split(marker, 1)
        inner = _one(what)
        if inner is not None:
            return translate(CONTEXT, ANSWERED).format(what=inner, reason=reason)
    return text
