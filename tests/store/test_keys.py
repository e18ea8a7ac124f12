"""Keys: recovery key format, scrypt derivation, the keychain wrapper."""

from __future__ import annotations

import re
import unicodedata

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from sipdesk.store import keys
from sipdesk.store.errors import BadRecoveryKey, StoreError
from sipdesk.store.keys import (
    Keychain,
    derive_key,
    format_recovery_key,
    new_key,
    parse_recovery_key,
)

FIXED_KEY = bytes(range(32))
SALT = bytes.fromhex("00112233445566778899aabbccddeeff")


def test_new_key_is_32_random_bytes():
    a, b = new_key(), new_key()
    assert len(a) == len(b) == 32
    assert a != b


def test_recovery_key_is_groups_of_four_with_a_checksum_group():
    text = format_recovery_key(FIXED_KEY)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}", text)
    assert parse_recovery_key(text) == FIXED_KEY


@pytest.mark.parametrize("seed", range(20))
def test_recovery_key_round_trips(seed):
    key = new_key()
    assert parse_recovery_key(format_recovery_key(key)) == key


def test_recovery_key_forgives_case_spaces_dashes_and_look_alikes():
    # A key with both 0 and 1 in it, so the look-alikes are really exercised.
    key = next(k for k in iter(new_key, None) if {"0", "1"} <= set(format_recovery_key(k)))
    text = format_recovery_key(key)
    sloppy = " " + text.replace("-", " ").replace("0", "o").replace("1", "l").lower() + "\n"
    assert parse_recovery_key(sloppy) == key
    assert parse_recovery_key(text.replace("-", "").replace("1", "I")) == key
    assert parse_recovery_key(text.replace("-", " - ")) == key


def test_every_single_character_typo_is_caught():
    text = format_recovery_key(FIXED_KEY).replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for i, ch in enumerate(text):
        wrong = alphabet[(alphabet.index(ch) + 7) % 32]
        with pytest.raises(BadRecoveryKey):
            parse_recovery_key(text[:i] + wrong + text[i + 1 :])


def test_swapped_neighbours_are_caught():
    text = format_recovery_key(FIXED_KEY).replace("-", "")
    for i in range(len(text) - 1):
        if text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
            with pytest.raises(BadRecoveryKey):
                parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],  # one character short
        lambda t: t + "A",  # one too many
        lambda t: t[:5] + "U" + t[6:],  # U is not in Crockford's alphabet
        lambda t: t[:5] + "!" + t[6:],
        lambda t: "",
    ],
)
def test_garbled_recovery_key_is_a_clear_error_that_does_not_echo_it(mangle):
    text = mangle(format_recovery_key(FIXED_KEY))
    with pytest.raises(BadRecoveryKey) as info:
        parse_recovery_key(text)
    message = str(info.value)
    assert message.startswith("Återställningsnyckeln är felskriven")
    assert isinstance(info.value, StoreError)
    for group in format_recovery_key(FIXED_KEY).split("-"):
        assert group not in message
    assert FIXED_KEY.hex() not in repr(info.value)


def test_bad_checksum_message():
    text = format_recovery_key(FIXED_KEY)
    last = text[-1]
    wrong = "0" if last != "0" else "1"
    with pytest.raises(BadRecoveryKey, match="^Återställningsnyckeln är felskriven"):
        parse_recovery_key(text[:-1] + wrong)


def test_derive_key_is_deterministic_for_passphrase_and_salt():
    a = derive_key("korrekt häst batteri", SALT, keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P)
    b = derive_key("korrekt häst batteri", SALT, keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P)
    assert a == b and len(a) == 32
    assert a != derive_key("korrekt häst batteri", bytes(16), 2**14, 8, 1)
    assert a != derive_key("korrekt hast batteri", SALT, 2**14, 8, 1)


def test_derive_key_normalises_unicode():
    composed = unicodedata.normalize("NFC", "blåbärssylt")
    decomposed = unicodedata.normalize("NFD", "blåbärssylt")
    assert composed != decomposed
    assert derive_key(composed, SALT, 2**14, 8, 1) == derive_key(decomposed, SALT, 2**14, 8, 1)


def test_scrypt_parameters_are_pinned():
    assert (keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P) == (2**17, 8, 1)


@pytest.mark.parametrize(
    "n, r, p",
    [(2**30, 8, 1), (1000, 8, 1), (2**10, 8, 1), (2**14, 0, 1), (2**14, 8, 0), (2**20, 32, 16)],
)
def test_derive_key_refuses_absurd_parameters(n, r, p):
    with pytest.raises(StoreError):
        derive_key("x" * 12, SALT, n, r, p)


# --- Keychain -----------------------------------------------------------------


def test_keychain_round_trip(memory_keyring):
    chain = Keychain()
    assert chain.usable()
    assert chain.get("store-1") is None
    chain.put("store-1", FIXED_KEY)
    assert chain.get("store-1") == FIXED_KEY
    assert memory_keyring.passwords == {("sipdesk", "store-1"): FIXED_KEY.hex()}
    chain.delete("store-1")
    assert chain.get("store-1") is None
    chain.delete("store-1")  # deleting twice is not an error


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_fail_and_null_backends_are_not_usable(backend):
    chain = Keychain(backend)
    assert not chain.usable()
    assert chain.get("store-1") is None
    chain.delete("store-1")
    assert "ingen användbar nyckelring" in chain.describe()


def test_global_fail_backend_is_not_usable(no_keychain):
    assert not Keychain().usable()


class BrokenKeyring(keyring.backend.KeyringBackend):
    """A backend that looks fine but raises on every use (locked, D-Bus gone)."""

    priority = 5

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("refused")

    def delete_password(self, service, username):
        raise RuntimeError("dbus went away")


class ZeroPriorityKeyring(BrokenKeyring):
    priority = 0


class ExplodingPriorityKeyring(BrokenKeyring):
    @property
    def priority(self):
        raise keyring.errors.InitError("cannot reach the daemon")


def test_broken_keychain_never_crashes():
    chain = Keychain(BrokenKeyring())
    assert chain.usable()
    assert chain.get("store-1") is None
    with pytest.raises(StoreError) as info:
        chain.put("store-1", FIXED_KEY)
    assert FIXED_KEY.hex() not in str(info.value)
    chain.delete("store-1")


def test_low_priority_or_exploding_backends_are_unusable():
    assert not Keychain(ZeroPriorityKeyring()).usable()
    assert not Keychain(ExplodingPriorityKeyring()).usable()


def test_garbled_keychain_entry_is_treated_as_missing(memory_keyring):
    memory_keyring.passwords[("sipdesk", "s")] = "not hex at all"
    memory_keyring.passwords[("sipdesk", "short")] = "abcd"
    assert Keychain().get("s") is None
    assert Keychain().get("short") is None


def test_describe_names_the_place_in_swedish():
    text = Keychain().describe()
    assert text.startswith("Nyckeln till arkivet förvaras i")
    assert "MemoryKeyring" in text or "nyckelringen" in text


def test_describe_knows_the_real_backends():
    # Only the module name matters; a real backend is not instantiated here.
    fake = type("Keyring", (BrokenKeyring,), {"__module__": "keyring.backends.SecretService"})
    assert "Secret Service" in Keychain(fake()).describe_place()
    fake = type("Keyring", (BrokenKeyring,), {"__module__": "keyring.backends.Windows"})
    assert "Windows" in Keychain(fake()).describe_place()


# --- the passphrase rule --------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [
    "", "kort", "åtta tkn", "nio tecke", " " * 8, " " * 12, "\t \u00a0 " * 4,
    # "å" typed decomposed (a + ring) is one character, as the key derives it
    unicodedata.normalize("NFD", "åååååååå") + "x",
])
def test_weak_passphrases_are_refused(passphrase):
    from sipdesk.store.errors import WeakPassphrase

    assert keys.passphrase_problem(passphrase) is not None
    with pytest.raises(WeakPassphrase) as info:
        keys.check_new_passphrase(passphrase)
    # One of the fixed sentences: what was typed is never repeated back.
    from sipdesk.domain.passphrase import ONLY_SPACES, TOO_SHORT

    assert str(info.value) in (TOO_SHORT, ONLY_SPACES)


@pytest.mark.parametrize("passphrase", [
    "tio tecken", "rätt häst batteri häftklammer", "  mellanslag runt om  ", "0123456789",
])
def test_good_passphrases_pass(passphrase):
    assert keys.MIN_PASSPHRASE_LENGTH == 10
    assert keys.passphrase_problem(passphrase) is None
    assert keys.check_new_passphrase(passphrase) == passphrase


def test_only_spaces_is_told_as_such():
    assert "mellanslag" in keys.passphrase_problem(" " * 20)
    assert "minst 10 tecken" in keys.passphrase_problem("kort")


def test_two_typings_must_agree():
    from sipdesk.domain.passphrase import repeat_problem

    assert repeat_problem("rätt häst batteri", "rätt häst batteri") is None
    assert "inte likadana" in repeat_problem("rätt häst batteri", "rätt häst batter")
    assert "för kort" in repeat_problem("kort", "kort")


# --- the process ----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="POSIX limits only")
def test_core_dumps_are_turned_off_for_the_process():
    import subprocess
    import sys

    code = ("import resource; from sipdesk.store.keys import disable_core_dumps; "
            "ok = disable_core_dumps(); print(ok, resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "True (0, 0)"
