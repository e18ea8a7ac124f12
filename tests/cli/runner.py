"""Running `python -m sipdesk` as a real process, the way a script or an admin would."""

from __future__ import annotations

import os
import subprocess
import sys

PASSPHRASE = "lång och påhittad lösenfras för test"


def sipdesk(*args, passphrase=PASSPHRASE, timeout=120, **env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    environ.update(QT_QPA_PLATFORM="offscreen", **env)
    # No keychain in a subprocess: keyring's fail backend forces the passphrase path.
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        environ["SIPDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "sipdesk", *args],
        capture_output=True, text=True, timeout=timeout, env=environ, stdin=subprocess.DEVNULL,
    )
