"""Why a team server could not be reached or used, each as one fixed Swedish sentence.

libpq's own text names hosts, users and files and is in English; it is read
here to tell the kinds apart and never shown or logged. Each kind is a
StoreError with a sentence of its own and no values in it (the window shows
where it is connected in its title), so the window can translate it as it is.
No sentence holds a password, a child's name or a personnummer.
"""

from __future__ import annotations

from sipdesk.store.errors import StoreError


class ServerError(StoreError):
    """The team server could not be used; the subclass says why."""

    default_message = (
        "Teamservern kunde inte användas. Försök igen om en stund; om det inte går, "
        "kontakta IT-avdelningen."
    )


class ServerUnreachable(ServerError):
    default_message = (
        "Teamservern svarar inte: kontrollera att datorn är ansluten till kommunens nätverk "
        "(eller VPN) och att adressen stämmer. Om det inte hjälper, kontakta IT-avdelningen."
    )


class ServerPasswordNeeded(ServerError):
    """The server asks for a password and none was given (or the question was declined)."""

    default_message = (
        "Teamservern vill ha ditt lösenord, och inget angavs. Ingenting har ändrats."
    )


class ServerWrongPassword(ServerError):
    default_message = (
        "Teamservern godtog inte inloggningen: användarnamnet eller lösenordet stämmer inte. "
        "Skriv lösenordet igen; har du glömt det, be IT-avdelningen om ett nytt."
    )


class ServerCertificateNotVerified(ServerError):
    default_message = (
        "Teamserverns certifikat kunde inte kontrolleras, så sipdesk anslöt inte (det kan "
        "vara fel server). Be IT-avdelningen om kommunens CA-certifikat och lägg det i "
        "adressen som sslrootcert=SÖKVÄG, eller i filen ~/.postgresql/root.crt."
    )


class ServerTlsRequired(ServerError):
    """The address asks for less than sslmode=verify-full for a server on the network."""

    default_message = (
        "En teamserver på nätverket nås bara krypterat och med kontrollerat certifikat "
        "(sslmode=verify-full), men adressen ber om mindre. Ta bort sslmode ur adressen "
        "eller skriv sslmode=verify-full."
    )


class ServerRefusedLogin(ServerError):
    """The server knows no such database, or lets this login in from nowhere here."""

    default_message = (
        "Teamservern släpper inte in den här inloggningen till databasen (databasen finns "
        "inte, eller inloggningen är inte tillåten från den här datorn). Kontakta "
        "IT-avdelningen."
    )


class ServerNotReady(ServerError):
    """The database is reached but its sipdesk rules are older than this program."""

    default_message = (
        "Teamservern är inte uppdaterad för den här versionen av sipdesk. Be "
        "IT-avdelningen köra ”sipdesk server init” igen."
    )


_CERTIFICATE_WORDS = ("certificate", "ssl", "tls", "root.crt", "sslrootcert")
_UNREACHABLE_WORDS = (
    "connection refused", "could not translate host name", "name or service not known",
    "timeout expired", "no route to host", "network is unreachable", "connection timed out",
    "could not connect", "is the server running", "temporary failure in name resolution",
)


def classify(text: str, *, password_given: bool) -> ServerError:
    """The error for libpq's text of a failed connection (`text` is read, never kept)."""
    low = text.lower()
    if "no password supplied" in low or "password is required" in low:
        return ServerWrongPassword() if password_given else ServerPasswordNeeded()
    if "password authentication failed" in low or "authentication failed" in low:
        return ServerWrongPassword() if password_given else ServerPasswordNeeded()
    if "pg_hba.conf" in low or ("database" in low and "does not exist" in low) \
            or "not permitted to log in" in low or "permission denied for database" in low:
        return ServerRefusedLogin()
    if any(word in low for word in _CERTIFICATE_WORDS):
        return ServerCertificateNotVerified()
    if any(word in low for word in _UNREACHABLE_WORDS):
        return ServerUnreachable()
    return ServerError()


SERVER_ERRORS: tuple[type[ServerError], ...] = (
    ServerError, ServerUnreachable, ServerPasswordNeeded, ServerWrongPassword,
    ServerCertificateNotVerified, ServerTlsRequired, ServerRefusedLogin, ServerNotReady,
)
