"""Errors of the encrypted store, with messages written for the coordinator.

str(error) is a Swedish sentence that can be shown as it is. The messages are
built only from fixed text and non-secret facts (paths, the store id, the name
of the keychain); no key, passphrase or recovery key ever goes into one, and
driver errors are wrapped with ``from None`` so their context is not chained
onto ours either.
"""

from __future__ import annotations


class StoreError(Exception):
    """Something about the store that the coordinator must be told about."""

    default_message = "Arkivet kunde inte öppnas."

    def __init__(self, message: str | None = None):
        self.message = message or self.default_message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class WrongKey(StoreError):
    """The key, passphrase or recovery key does not decrypt the store."""

    default_message = (
        "Nyckeln eller lösenfrasen stämmer inte för det här arkivet. Ingenting har ändrats."
    )


class NotEncrypted(StoreError):
    """A plain, unencrypted SQLite file: sipdesk refuses to open or use it."""

    default_message = (
        "Filen är en okrypterad SQLite-databas, inte ett krypterat sipdesk-arkiv. "
        "sipdesk öppnar den inte, och ingenting har ändrats i den."
    )


class NotASipdeskStore(StoreError):
    """The folder or file is not (or no longer) a sipdesk store."""

    default_message = "Det här är inte ett sipdesk-arkiv, eller så är arkivet skadat."


class StoreInUse(StoreError):
    """Another sipdesk process (or window) holds the store's lock."""

    default_message = (
        "sipdesk är redan öppet med det här arkivet i ett annat fönster eller program. "
        "Stäng det först."
    )


class SchemaTooNew(StoreError):
    """The store was written by a newer sipdesk than this one."""

    default_message = (
        "Arkivet har sparats av en nyare version av sipdesk. "
        "Uppdatera sipdesk innan du öppnar det. Ingenting har ändrats."
    )


class StoreNotFound(StoreError):
    """There is no store where one was expected."""

    default_message = "Det finns inget sipdesk-arkiv på den angivna platsen."


class StoreExists(StoreError):
    """A new store was asked for where one already exists; it is never overwritten."""

    default_message = (
        "Det finns redan ett sipdesk-arkiv här. Det skrivs inte över; "
        "välj en annan mapp eller öppna det befintliga arkivet."
    )


class KeyUnavailable(StoreError):
    """The key is not where it should be (keychain entry missing or no keychain).

    This is deliberately not WrongKey: a missing keychain must never be reported
    as a wrong passphrase (Vorta issues 235, 385, 606).
    """

    default_message = (
        "Nyckeln till arkivet hittades inte. "
        "Ange återställningsnyckeln som visades när arkivet skapades."
    )

    @classmethod
    def missing_from(cls, where: str, store_id: str) -> KeyUnavailable:
        """The key should be in `where` (a Swedish description) but is not."""
        return cls(
            f"Nyckeln till arkivet hittades inte. Den ska finnas i {where} "
            f'(tjänst "sipdesk", konto "{store_id}"). Nyckelringen kan vara låst, '
            "borttagen eller från en annan dator. Ange återställningsnyckeln som "
            "visades när arkivet skapades, så öppnas arkivet och nyckeln läggs tillbaka."
        )

    @classmethod
    def no_keychain(cls, store_id: str) -> KeyUnavailable:
        """The store's key is kept in a keychain, but this computer has none usable."""
        return cls(
            "Arkivets nyckel förvaras i systemets nyckelring, men det finns ingen "
            "användbar nyckelring på den här datorn (eller så är den inte upplåst). "
            f'Nyckeln ligger under tjänst "sipdesk", konto "{store_id}". '
            "Lås upp nyckelringen, eller ange återställningsnyckeln som visades när "
            "arkivet skapades."
        )


class PassphraseRequired(StoreError):
    """A passphrase is needed and none was given (or the prompt was cancelled)."""

    default_message = (
        "Arkivet skyddas med en lösenfras, men ingen lösenfras angavs. "
        "Ange lösenfrasen eller återställningsnyckeln."
    )


class WeakPassphrase(StoreError):
    """A new passphrase that is too short to protect children's data."""

    default_message = "Lösenfrasen är för kort."


class BadRecoveryKey(StoreError):
    """A recovery key that is mistyped (wrong length, characters or checksum)."""

    default_message = (
        "Återställningsnyckeln är felskriven. Kontrollera varje tecken och försök igen. "
        "Ingenting har ändrats."
    )


class StoreDamaged(StoreError):
    """The store file is damaged: the key is right (or cannot be the problem), the file is not.

    Told apart from WrongKey only where that can honestly be said (see
    sipdesk.store.engine.diagnose_unreadable): a damaged file must never send
    the coordinator hunting for a passphrase that was right all along.
    """

    default_message = (
        "Arkivfilen är skadad. Det är inte fel nyckel eller lösenfras. Lägg tillbaka den "
        "senaste säkerhetskopian (”sipdesk backups” visar dem, ”sipdesk restore NAMN” "
        "lägger tillbaka en)."
    )


class StoreLocked(StoreError):
    """The window is locked: the store is closed and its key dropped until it is unlocked."""

    default_message = "Arkivet är låst. Lås upp det för att fortsätta."


class HalfCreated(StoreError):
    """A store whose creation was cut short (a crash, a power cut): never handed over, no cases."""

    default_message = (
        "Ett tidigare försök att skapa arkivet avbröts innan det blev klart. Det som finns "
        "kvar är inget användbart arkiv och har aldrig innehållit några ärenden."
    )


class HeaderMissing(NotASipdeskStore):
    """The store file is there but its store.json is not: the recovery key opens it."""

    default_message = (
        "Filen store.json saknas, så arkivet kan inte öppnas med nyckelringen eller "
        "lösenfrasen. Ange återställningsnyckeln: då öppnas arkivet och store.json skrivs "
        "på nytt."
    )
