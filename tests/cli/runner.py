"""Running `python -m sipdesk` as a real process, the way a script or an admin would."""

from __future__ import annotations

import os
import subprocess
import sys

PASSPHRASE = "lång och påhittad lösenfras för test"


def sipdesk(*args, passphrase=PASSPHRASE, timeout=120, **env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SIPDESK_")}
    # env may override the platform too ("" for none, as on a machine without a display).
    # XDG_CONFIG_HOME comes from tests/conftest.py: never the user's own QSettings.
    environ.update({"QT_QPA_PLATFORM": "offscreen", **env})
    # No keychain in a subprocess: keyring's fail backend forces the passphrase path.
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        environ["SIPDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "sipdesk", *args],
        capture_output=True, text=True, timeout=timeout, env=environ, stdin=subprocess.DEVNULL,
    )


class Ran:
    """What a command run in this process printed and returned, like CompletedProcess."""

    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def sipdesk_here(*args, passphrase=PASSPHRASE, **env) -> Ran:
    """`sipdesk ARGS` run by calling the command line's main() in this process.

    The same code as the real process, without its second of start-up: for the
    steps of a test that are not about the process itself. Secrets are passed the
    same way (SIPDESK_* in the environment, which main() clears once read).
    """
    import contextlib
    import io

    from sipdesk.cli.main import main

    saved = {k: v for k, v in os.environ.items() if k.startswith("SIPDESK_")}
    for key in saved:
        del os.environ[key]
    if passphrase is not None:
        os.environ["SIPDESK_PASSPHRASE"] = passphrase
    os.environ.update(env)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        for key in [k for k in os.environ if k.startswith("SIPDESK_")]:
            del os.environ[key]
        os.environ.update(saved)
    return Ran(code, out.getvalue(), err.getvalue())
