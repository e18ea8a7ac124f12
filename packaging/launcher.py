"""Entry script of the frozen sipdesk (see packaging/sipdesk.spec).

It does what `python -m sipdesk` does. With SIPDESK_BUNDLE_PROBE=1 in the
environment it instead runs packaging/bundle_probe.py, which checks the parts
of a bundle that PyInstaller can get wrong (SQLCipher's extension, keyring's
backends, alembic's scripts, data files, Qt plugins) and exits non-zero if one
is broken. packaging/build.sh runs it after every build.
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("SIPDESK_BUNDLE_PROBE") == "1":
        import bundle_probe

        sys.exit(bundle_probe.main())

    from sipdesk.cli import main

    sys.exit(main())
