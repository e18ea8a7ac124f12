"""Take docs/statistics-report-page1.png again: page 1 of the statistics PDF on demo data.

    .venv/bin/python docs/statistics_report_page.py

The demo cases are invented. The report covers the demo's last twelve months
with small counts hidden, as a report that leaves the municipality would be
made. Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sipdesk.domain.stats_period import last_twelve_months  # noqa: E402
from sipdesk.services.workspace import Workspace  # noqa: E402

DAY = date(2026, 11, 23)
OUT = ROOT / "docs" / "statistics-report-page1.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, \
            Workspace.demo(cases=200, clock=lambda: DAY) as ws:
        report = ws.statistics.report(last_twelve_months(DAY))
        pdf = ws.statistics.export(report, Path(tmp) / "statistik.pdf", "pdf", hide_small=True)
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(OUT.with_suffix(""))], check=True)
    print(OUT)


if __name__ == "__main__":
    main()
