"""The package type-checks with the [tool.mypy] configuration in pyproject.toml.

The domain and the services are checked strictly: what crosses the seam to the
window is typed, not guessed. One mypy run serves both tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    cache = tmp_path_factory.mktemp("mypy-cache")  # leaves nothing in the checkout
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "sipdesk"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )


def _errors(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stdout.splitlines() if ": error:" in line]


def test_no_type_errors_below_the_window(mypy_run: subprocess.CompletedProcess[str]) -> None:
    """Domain, store, export, services and the command line: no type errors at all."""
    below = [e for e in _errors(mypy_run) if not e.startswith("sipdesk/ui/")]
    assert below == [], "\n".join(below)
    assert "error:" not in mypy_run.stderr, mypy_run.stderr


def test_mypy_passes(mypy_run: subprocess.CompletedProcess[str]) -> None:
    """The whole package, the window included: zero errors."""
    assert mypy_run.returncode == 0, mypy_run.stdout + mypy_run.stderr
    assert "Success: no issues found" in mypy_run.stdout
