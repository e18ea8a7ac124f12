"""The layers of DESIGN.md section 3, enforced by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(cwd))
    code = "import sys; from importlinter.cli import lint_imports_command; " \
           "sys.exit(lint_imports_command(['--no-cache']))"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_layer_contracts_hold():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_contracts_catch_a_domain_module_that_imports_qt(tmp_path):
    """The check is real: a copy of the package with a forbidden import fails it."""
    shutil.copytree(ROOT / "sipdesk", tmp_path / "sipdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "sipdesk" / "domain" / "probe.py").write_text("import PySide6.QtCore\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "sipdesk.domain.probe -> PySide6" in result.stdout


def test_contracts_catch_a_widget_that_calls_a_service_directly(tmp_path):
    """Only the seam (ui/operations.py) may import the services; a widget that does is caught."""
    shutil.copytree(ROOT / "sipdesk", tmp_path / "sipdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "sipdesk" / "ui" / "board" / "probe.py").write_text(
        "from sipdesk.services.cases import CaseService\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "sipdesk.ui.board.probe -> sipdesk.services.cases" in result.stdout
