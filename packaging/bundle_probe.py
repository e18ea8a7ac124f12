"""Checks of a frozen sipdesk bundle: the parts PyInstaller can silently miss.

Run inside the bundle by `SIPDESK_BUNDLE_PROBE=1 dist/sipdesk/sipdesk-cli`
(packaging/build.sh does). Also runs unfrozen (`python packaging/bundle_probe.py`)
so the checks themselves can be tested without a build. Prints one line per
check, `ok   name: detail` or `FAIL name: error`, and returns 1 if any failed.

It uses the libraries directly rather than sipdesk's own services, so that it
does not break each time the application's API changes; the application's own
`--selftest` covers the rest.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

CHECKS = []


def check(func):
    CHECKS.append(func)
    return func


def bundle_root() -> Path:
    """Where data files live: sys._MEIPASS when frozen, else the repository."""
    if getattr(sys, "frozen", False):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parent.parent


@check
def frozen():
    return f"frozen={getattr(sys, 'frozen', False)} root={bundle_root()}"


@check
def sqlcipher(tmp: Path):
    from sqlcipher3 import dbapi2

    path = str(tmp / "probe.db")
    con = dbapi2.connect(path)
    con.execute("PRAGMA key = 'probe-key'")
    version = con.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise RuntimeError("PRAGMA cipher_version is empty: not SQLCipher")
    con.execute("CREATE TABLE t (x TEXT)")
    con.execute("INSERT INTO t VALUES ('hej')")
    con.commit()
    con.close()
    if b"hej" in Path(path).read_bytes() or Path(path).read_bytes().startswith(b"SQLite format 3"):
        raise RuntimeError("database file is not encrypted")
    con = dbapi2.connect(path)
    con.execute("PRAGMA cipher_log_level = NONE")  # the refusal is expected: no log
    con.execute("PRAGMA key = 'wrong-key'")
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        pass
    else:
        raise RuntimeError("a wrong key opened the database")
    finally:
        con.close()
    return f"SQLCipher {version[0]}, encrypted file, wrong key refused"


@check
def sqlalchemy_alembic(tmp: Path):
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import sipdesk.store

    # sipdesk.store may be a namespace package (no __init__.py): use __path__
    migrations = Path(next(iter(sipdesk.store.__path__))) / "migrations"
    if not (migrations / "env.py").is_file():
        raise RuntimeError(f"{migrations}/env.py missing: migration scripts not bundled")
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations))
    script = ScriptDirectory.from_config(cfg)
    revisions = list(script.walk_revisions())  # imports every version script
    head = script.get_current_head()

    engine = sa.create_engine(f"sqlite+pysqlcipher://:probe-key@/{tmp / 'alembic.db'}")
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
        with engine.connect() as connection:
            current = connection.execute(sa.text("SELECT version_num FROM alembic_version"))
            current = current.scalar_one()
            tables = sa.inspect(connection).get_table_names()
    finally:
        engine.dispose()
    if current != head:
        raise RuntimeError(f"upgraded to {current}, head is {head}")
    return f"{len(revisions)} revision(s), upgraded to {head}, {len(tables)} tables"


@check
def keyring_backends():
    from importlib import metadata

    import keyring
    import keyring.backend

    eps = metadata.entry_points(group="keyring.backends")
    if not list(eps):
        raise RuntimeError("no keyring.backends entry points: keyring metadata not bundled")
    names = sorted(
        f"{type(k).__module__.rsplit('.', 1)[-1]}.{type(k).__name__}"
        for k in keyring.backend.get_all_keyring()
    )
    # the platform's own backend must at least import
    if sys.platform == "win32":
        import keyring.backends.Windows  # noqa: F401
    elif sys.platform == "darwin":
        import keyring.backends.macOS  # noqa: F401
    else:
        import keyring.backends.kwallet  # noqa: F401
        import keyring.backends.SecretService  # noqa: F401
        import secretstorage  # noqa: F401  (with jeepney and cryptography behind it)
    backend = keyring.get_keyring()
    chosen = f"{type(backend).__module__}.{type(backend).__name__}"
    return f"{len(list(eps))} entry points; viable: {', '.join(names) or 'none'}; chosen: {chosen}"


@check
def data_files():
    """Report what data arrived; build.sh compares it file by file with the repo."""
    resources = bundle_root() / "resources"
    count = sum(1 for p in resources.rglob("*") if p.is_file()) if resources.is_dir() else None
    import sipdesk.domain

    templates = Path(sipdesk.domain.__file__).with_name("templates")
    return (
        f"resources/: {'absent' if count is None else f'{count} files'}; "
        f"domain templates: {len(list(templates.glob('*.json')))} json"
    )


@check
def swedish_holidays():
    from datetime import date

    from sipdesk.domain.working_days import day_off

    names = [day_off(date(2026, 12, d)) for d in (24, 25, 26)]
    if names != ["julafton", "juldagen", "annandag jul"]:
        raise RuntimeError(f"holidays not named in Swedish: {names} (SE.mo not bundled?)")
    return ", ".join(names)


@check
def qt_offscreen():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("Samordnad individuell plan – åäö")
    label.show()
    app.processEvents()
    label.close()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    swedish = translator.load(QLocale(QLocale.Language.Swedish), "qtbase", "_", translations)
    if not swedish:
        raise RuntimeError(f"Swedish qtbase translation not found in {translations}")
    # As the program installs it at start-up (sipdesk/ui/language.py): "Cancel" is "Avbryt".
    from sipdesk.ui.language import install_swedish

    if not install_swedish(app):
        raise RuntimeError("sipdesk.ui.language found no Swedish translation")
    cancel = QApplication.translate("QPlatformTheme", "Cancel")
    if cancel != "Avbryt":
        raise RuntimeError(f"Qt's buttons are not Swedish at start-up: {cancel!r}")
    return f"platform={app.platformName()}, qtbase_sv loaded, Cancel is {cancel}"


@check
def english_translation():
    """The program's English (resources/i18n/sipdesk_en.qm), as `sipdesk --lang en` loads it."""
    from PySide6.QtWidgets import QApplication

    from sipdesk.services.resources import resources_dir
    from sipdesk.ui.language import install_language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    folder = resources_dir() / "i18n"
    if not install_language(app, "en", folder):
        raise RuntimeError(f"sipdesk_en.qm not found in {folder}")
    file_menu = QApplication.translate("Actions", "&Arkiv")
    install_language(app, "sv", folder)
    if file_menu != "&File":
        raise RuntimeError(f"the English translation does not translate the menus: {file_menu!r}")
    return f"sipdesk_en.qm loaded, &Arkiv is {file_menu}"


@check
def reportlab_pdf():
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.drawString(72, 720, "Samordnad individuell plan – åäö")
    pdf.showPage()
    pdf.save()
    data = buf.getvalue()
    if not data.startswith(b"%PDF"):
        raise RuntimeError("not a PDF")
    return f"{len(data)} bytes"


@check
def platformdirs_filelock(tmp: Path):
    import filelock
    import platformdirs

    lock = filelock.FileLock(str(tmp / "probe.lock"))
    with lock.acquire(timeout=5):
        pass
    return f"user_data_dir={platformdirs.user_data_dir('sipdesk', appauthor=False)}"


def main() -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="sipdesk-probe-") as tmp:
        for func in CHECKS:
            name = func.__name__
            try:
                args = (Path(tmp),) if func.__code__.co_argcount else ()
                detail = func(*args)
                print(f"ok   {name}: {detail}", flush=True)
            except Exception as exc:  # report every check, then fail
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
                if os.environ.get("SIPDESK_BUNDLE_PROBE_TRACEBACK"):
                    traceback.print_exc()
    total = len(CHECKS)
    verdict = f"{failed} of {total} checks FAILED" if failed else f"all {total} checks ok"
    print(f"bundle probe: {verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
