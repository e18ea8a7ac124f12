"""The team server's sentences (services/failures.py's SERVER_MESSAGES and the keychain's
notice) marked for translation in the "Failure" context, so the window and the command
line show them in English through i18n_messages.failure_text like failures.py's others.
tests/ui/test_english_server.py holds this list to failures.SERVER_MESSAGES.
"""

from __future__ import annotations

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP

SERVER_FAILURE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern svarar inte: kontrollera att datorn är ansluten "
                      "till kommunens nätverk (eller VPN) och att adressen stämmer."
                      " Om det inte hjälper, kontakta IT-avdelningen."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern vill ha ditt lösenord, och inget angavs. "
                      "Ingenting har ändrats."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern godtog inte inloggningen: användarnamnet eller "
                      "lösenordet stämmer inte. Skriv lösenordet igen; har du glömt"
                      " det, be IT-avdelningen om ett nytt."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamserverns certifikat kunde inte kontrolleras, så sipdesk "
                      "anslöt inte (det kan vara fel server). Be IT-avdelningen om "
                      "kommunens CA-certifikat och lägg det i adressen som "
                      "sslrootcert=SÖKVÄG, eller i filen ~/.postgresql/root.crt."),
    QT_TRANSLATE_NOOP(
        "Failure", "En teamserver på nätverket nås bara krypterat och med "
                      "kontrollerat certifikat (sslmode=verify-full), men adressen "
                      "ber om mindre. Ta bort sslmode ur adressen eller skriv "
                      "sslmode=verify-full."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern släpper inte in den här inloggningen till "
                      "databasen (databasen finns inte, eller inloggningen är inte "
                      "tillåten från den här datorn). Kontakta IT-avdelningen."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern är inte uppdaterad för den här versionen av "
                      "sipdesk. Be IT-avdelningen köra ”sipdesk server init” igen."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern kunde inte användas. Försök igen om en stund; om"
                      " det inte går, kontakta IT-avdelningen."),
    QT_TRANSLATE_NOOP(
        "Failure", "Förbindelsen med teamservern bröts, så det senaste sparades "
                      "inte. Kontrollera nätverket och försök igen; det som redan "
                      "var sparat finns kvar på servern."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern nekade: din inloggning har inte behörighet till "
                      "det här (ärendet kan höra till ett annat team). Ingenting "
                      "ändrades."),
    QT_TRANSLATE_NOOP(
        "Failure", "Ärendet är taget med av en kollega och kan bara läsas tills "
                      "det lämnats tillbaka. Ingenting ändrades."),
    QT_TRANSLATE_NOOP(
        "Failure", "Teamservern svarar, men databasen är inget sipdesk-arkiv som"
                      " inloggningen kan läsa. Kontrollera databasens namn i "
                      "adressen, eller be IT-avdelningen köra ”sipdesk server "
                      "init”."),
    QT_TRANSLATE_NOOP(
        "Failure", "Lösenordet kunde inte sparas i nyckelringen; du får skriva "
                      "det vid nästa start."),
)
