"""Checks of packaging/ that need no PyInstaller build (that is build.sh's job).

They catch, in seconds, the mistakes that would otherwise show only in a
frozen bundle: a keyring backend renamed, a migration script importing a
module the spec does not know about, a desktop entry that does not validate.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "sipdesk.spec"
DESKTOP = PACKAGING / "linux" / "sipdesk.desktop"
BUILD_SH = PACKAGING / "build.sh"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_hiddenimports() -> list[str]:
    """The literal list assigned to `hiddenimports = [...]` in the spec."""
    for node in _spec_tree().body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["hiddenimports"]
            and isinstance(node.value, ast.List)
        ):
            return [ast.literal_eval(elt) for elt in node.value.elts]
    raise AssertionError("the spec has no literal `hiddenimports = [...]`")


def _spec_strings() -> set[str]:
    return {
        node.value
        for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_spec_is_valid_python():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_has_no_hard_coded_absolute_paths():
    for text in _spec_strings():
        assert not text.startswith(("/home/", "/work/", "/usr/", "/root/", "C:\\")), text


@pytest.mark.parametrize(
    "module",
    [
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "keyring.backends.null",
        "sqlcipher3.dbapi2",
        "alembic.op",
        "alembic.context",
    ],
)
def test_spec_names_dynamic_imports(module):
    assert module in _spec_hiddenimports()


def test_spec_hidden_imports_exist():
    """A renamed module in a dependency must fail here, not in the bundle."""
    missing = [name for name in _spec_hiddenimports() if importlib.util.find_spec(name) is None]
    assert not missing, f"hidden imports that do not exist: {missing}"


def test_keyring_backends_all_named_in_spec():
    """A backend added by a keyring upgrade must be added to the spec too."""
    import keyring.backends

    backends_dir = Path(keyring.backends.__file__).parent
    installed = {
        f"keyring.backends.{p.stem if p.is_file() else p.name}"
        for p in backends_dir.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    }
    assert installed - set(_spec_hiddenimports()) == set()


def test_migration_scripts_import_only_bundled_modules():
    """Alembic loads these by path, so the spec derives their imports by AST:
    every module they import must exist, or the frozen migration fails."""
    migrations = ROOT / "sipdesk" / "store" / "migrations"
    scripts = sorted(migrations.rglob("*.py"))
    assert scripts, "no migration scripts found"
    for path in scripts:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                pytest.fail(f"{path.name}: relative import; alembic loads it by path")
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert importlib.util.find_spec(name) is not None, f"{path.name}: {name}"


def test_build_script_is_valid_bash_and_strict():
    text = BUILD_SH.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert "--selftest" in text and "--version" in text
    subprocess.run(["bash", "-n", str(BUILD_SH)], check=True)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_fields():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "sipdesk"
    assert entry["GenericName[sv]"] == "SIP-samordning"
    assert entry["Exec"] == "sipdesk"  # takes no files: no %F / %U
    assert entry["Icon"] == "sipdesk"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "sipdesk"
    assert entry["Comment"] and entry["Comment[sv]"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.slow
def test_bundle_probe_passes_unfrozen(tmp_path):
    """The probe build.sh runs inside the bundle must itself be right."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("SIPDESK_PASSPHRASE", None)
    env.pop("SIPDESK_RECOVERY_KEY", None)
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "bundle_probe.py")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bundle probe: all" in result.stdout
