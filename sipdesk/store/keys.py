"""Store keys: making them, writing them for people, deriving them, keeping them.

A store key is 32 random bytes used as a raw SQLCipher key. It lives in the OS
keychain (via keyring) or is derived from a passphrase with scrypt; it is never
written beside the database. The recovery key is the same 32 bytes written in
Crockford base32 with a checksum, so that a coordinator can keep it on paper
and a typo is caught before it is mistaken for a wrong key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import unicodedata
from contextlib import suppress
from typing import TYPE_CHECKING

from sipdesk.domain.passphrase import MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE_LENGTH
from sipdesk.domain.passphrase import passphrase_problem
from sipdesk.store.errors import BadRecoveryKey, StoreError, WeakPassphrase

if TYPE_CHECKING:  # keyring itself when the keychain is first asked: start-up paints first
    import keyring.backend

log = logging.getLogger(__name__)

KEY_BYTES = 32

# scrypt parameters for new passphrase stores, pinned here and recorded in
# store.json so that changing them later never locks anyone out. N=2**17, r=8,
# p=1 costs 128 MiB and about 0.3-0.4 s on an ordinary laptop (OWASP's minimum
# is N=2**17 as well).
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
# Bounds for parameters read back from store.json: a garbled or hostile header
# must not be able to make us allocate gigabytes or spin for minutes.
SCRYPT_MAX_N = 2**20
SCRYPT_MIN_N = 2**14
SCRYPT_MAX_R = 32
SCRYPT_MAX_P = 16
SCRYPT_MAXMEM = 1024 * 1024 * 1024 + 64 * 1024 * 1024

KEYRING_SERVICE = "sipdesk"

# Crockford base32: no I, L, O or U, so that 0/O and 1/I/L cannot be confused.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_KEY_CHARS = 52  # ceil(256 / 5); the last character carries 4 zero bits
_CHECK_CHARS = 4  # 20 bits of SHA-256: a typo slips through once in a million
_GROUP = 4
RECOVERY_KEY_CHARS = _KEY_CHARS + _CHECK_CHARS


def new_key() -> bytes:
    """A fresh random store key."""
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def _b32encode(value: int, chars: int) -> str:
    out = []
    for _ in range(chars):
        out.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _checksum(key: bytes) -> str:
    digest = hashlib.sha256(b"sipdesk recovery key\x00" + key).digest()
    return _b32encode(int.from_bytes(digest[:3], "big") >> 4, _CHECK_CHARS)


def format_recovery_key(key: bytes) -> str:
    """The key as 14 groups of 4 characters, the last group a checksum."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    text = _b32encode(int.from_bytes(key, "big") << 4, _KEY_CHARS) + _checksum(key)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key from a recovery key as a person typed it.

    Case, spaces, dashes and the O/0 and I/L/1 confusions are forgiven; a wrong
    length, an unknown character or a bad checksum raise BadRecoveryKey. The
    message never repeats what was typed, because that is key material.
    """
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    if len(cleaned) != RECOVERY_KEY_CHARS:
        raise BadRecoveryKey(
            f"Återställningsnyckeln är felskriven: den ska ha {RECOVERY_KEY_CHARS} tecken "
            f"(14 grupper om 4), men {len(cleaned)} tecken angavs. Ingenting har ändrats."
        )
    value = 0
    for ch in cleaned[:_KEY_CHARS]:
        if ch not in _DECODE:
            raise BadRecoveryKey()
        value = (value << 5) | _DECODE[ch]
    check = cleaned[_KEY_CHARS:]
    if any(ch not in _DECODE for ch in check):
        raise BadRecoveryKey()
    check = "".join(_ALPHABET[_DECODE[ch]] for ch in check)
    if value & 0xF:
        raise BadRecoveryKey()
    key = (value >> 4).to_bytes(KEY_BYTES, "big")
    if not hmac.compare_digest(check, _checksum(key)):
        raise BadRecoveryKey()
    return key


def check_new_passphrase(passphrase: str | None) -> str:
    """`passphrase` if it will do for a new store key; WeakPassphrase (in Swedish) if not."""
    problem = passphrase_problem(passphrase)
    if problem is not None or passphrase is None:
        raise WeakPassphrase(problem)
    return passphrase


def disable_core_dumps() -> bool:
    """No core file for this process: a dump would hold the key and a child's data.

    True when the limit is set (POSIX); False where the platform has no such limit.
    """
    try:
        import resource
    except ImportError:  # Windows: no core files to turn off
        return False
    with suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return True
    return False


def check_scrypt_params(n: int, r: int, p: int) -> None:
    """Refuse parameters outside sane bounds (they come from a file on disk)."""
    ok = (
        all(type(x) is int for x in (n, r, p))
        and SCRYPT_MIN_N <= n <= SCRYPT_MAX_N
        and n & (n - 1) == 0
        and 1 <= r <= SCRYPT_MAX_R
        and 1 <= p <= SCRYPT_MAX_P
        and 128 * r * n * p <= SCRYPT_MAXMEM
    )
    if not ok:
        raise StoreError(
            "Arkivets inställningar för lösenfrasen (store.json) är ogiltiga. "
            "Öppna arkivet med återställningsnyckeln."
        )


def derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The store key for a passphrase, with scrypt.

    The passphrase is NFC-normalised first: "å" typed on a Mac arrives
    decomposed, and must still open a store made on Windows.
    """
    check_scrypt_params(n, r, p)
    return hashlib.scrypt(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_BYTES,
    )


# Friendly Swedish names for the backends keyring ships; others fall back to
# keyring's own name for them.
_BACKEND_NAMES = {
    "keyring.backends.SecretService": "systemets nyckelring (Secret Service)",
    "keyring.backends.libsecret": "systemets nyckelring (libsecret)",
    "keyring.backends.kwallet": "KDE-plånboken (KWallet)",
    "keyring.backends.macOS": "macOS-nyckelringen (Nyckelhanteraren)",
    "keyring.backends.Windows": "Windows Autentiseringshanteraren (Credential Manager)",
}


class Keychain:
    """The OS keychain, through keyring, as sipdesk uses it.

    Service "sipdesk", username the store_id, password the key in hex. Every
    exception keyring raises is caught: a broken or locked keychain means
    "unusable" or "no key here", never a crash and never "wrong key".
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None):
        # None means "whatever keyring picks", looked up on each call so that
        # keyring.set_keyring() (tests, config) takes effect.
        self._backend = backend

    def _keyring(self) -> keyring.backend.KeyringBackend:
        import keyring

        return self._backend if self._backend is not None else keyring.get_keyring()

    def usable(self) -> bool:
        try:
            import keyring.backends.fail
            import keyring.backends.null

            kr = self._keyring()
            if isinstance(kr, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
                return False
            return float(kr.priority) > 0
        except Exception as exc:
            # keyring backends raise all sorts (D-Bus, locked, init errors);
            # each one means "no keychain here", never a crash.
            log.warning("Keychain is not usable: %s", type(exc).__name__)
            return False

    def get(self, store_id: str) -> bytes | None:
        """The key kept for store_id, or None (missing, locked, garbled, no keychain)."""
        if not self.usable():
            return None
        try:
            value = self._keyring().get_password(KEYRING_SERVICE, store_id)
        except Exception as exc:
            # Only the type: a backend's message could in principle echo data.
            log.warning("Keychain lookup failed: %s", type(exc).__name__)
            return None
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            log.warning("Keychain entry for store %s is not a key", store_id)
            return None
        if len(key) != KEY_BYTES:
            log.warning("Keychain entry for store %s has the wrong length", store_id)
            return None
        return key

    def put(self, store_id: str, key: bytes) -> None:
        """Keep the key; raises StoreError if the keychain refuses."""
        if len(key) != KEY_BYTES:
            raise ValueError("a store key is 32 bytes")
        try:
            self._keyring().set_password(KEYRING_SERVICE, store_id, key.hex())
        except Exception as exc:
            log.warning("Keychain refused the key: %s", type(exc).__name__)
            raise StoreError(
                f"Nyckeln kunde inte sparas i {self.describe_place()}. "
                "Lås upp nyckelringen och försök igen."
            ) from None

    def delete(self, store_id: str) -> None:
        """Forget the key; a missing entry or keychain is not an error."""
        try:
            self._keyring().delete_password(KEYRING_SERVICE, store_id)
        except Exception as exc:
            log.info("Keychain delete did nothing: %s", type(exc).__name__)

    def describe_place(self) -> str:
        """Where keys are kept, as a Swedish noun phrase ("KDE-plånboken (KWallet)")."""
        try:
            kr = self._keyring()
            module = type(kr).__module__
            for prefix, name in _BACKEND_NAMES.items():
                if module == prefix or module.startswith(prefix + "."):
                    return name
            return f'nyckelringen "{kr.name}"'
        except Exception:
            return "systemets nyckelring"

    def describe(self) -> str:
        """A Swedish sentence saying where the key is kept, or that it cannot be."""
        if not self.usable():
            return (
                "Det finns ingen användbar nyckelring på den här datorn, "
                "så arkivet skyddas med en lösenfras."
            )
        return f"Nyckeln till arkivet förvaras i {self.describe_place()}."
