"""Start-up imports: what `import sipdesk.ui.app` and `sipdesk --help` cost.

    .venv/bin/python benchmarks/startup_imports.py [--runs 7] [--top 15]

Each command runs in a fresh interpreter under `python -X importtime`, several
times, alternating with the yardstick `import PySide6.QtWidgets` in the same
run; the median total cumulative import time is printed with its ratio to the
yardstick, then the slowest modules (cumulative, median over the runs), then
whether a module that only exports or migrations need (alembic, reportlab,
icalendar, openpyxl) was imported: none of them may be. Budget: the window's
imports within BUDGET_RATIO of bare PySide6.QtWidgets. Nothing is asserted;
the numbers are printed (tests/test_lazy_imports.py checks the modules).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("alembic", "reportlab", "icalendar", "openpyxl")
BUDGET_RATIO = 8.0  # the window's imports, against a bare PySide6.QtWidgets import

COMMANDS: dict[str, list[str]] = {
    "import sipdesk.ui.app": ["-c", "import sipdesk.ui.app"],
    "sipdesk --help": ["-m", "sipdesk", "--help"],
}
YARDSTICK = ("import PySide6.QtWidgets", ["-c", "import PySide6.QtWidgets"])


def importtime(args: list[str]) -> dict[str, tuple[int, int]]:
    """{module: (self µs, cumulative µs)} of one fresh interpreter running `args`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-X", "importtime", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    modules: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_us, cumulative, name = (part.strip() for part in
                                         line.replace("import time:", "|", 1).split("|"))
        modules[name] = (int(self_us), int(cumulative))
    return modules


def total_us(modules: dict[str, tuple[int, int]]) -> int:
    """The whole import time: the sum of every module's own time."""
    return sum(self_us for self_us, _ in modules.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()

    for args in [YARDSTICK[1], *COMMANDS.values()]:  # warm the file cache and bytecode
        importtime(args)

    yardstick: list[int] = []
    totals: dict[str, list[int]] = defaultdict(list)
    ratios: dict[str, list[float]] = defaultdict(list)
    cumulative: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    imported: dict[str, set[str]] = defaultdict(set)
    for _ in range(options.runs):
        for label, args in COMMANDS.items():
            base = total_us(importtime(YARDSTICK[1]))  # paired: A B A B ...
            modules = importtime(args)
            yardstick.append(base)
            totals[label].append(total_us(modules))
            ratios[label].append(total_us(modules) / base)
            for name, (_self, cum) in modules.items():
                cumulative[label][name].append(cum)
            imported[label] |= {name.split(".")[0] for name in modules} & set(HEAVY)

    print(f"{options.runs} runs, medians; yardstick {YARDSTICK[0]}: "
          f"{statistics.median(yardstick) / 1000:.1f} ms")
    for label in COMMANDS:
        ratio = statistics.median(ratios[label])
        verdict = "within" if ratio <= BUDGET_RATIO else "OVER"
        print(f"\n{label}: {statistics.median(totals[label]) / 1000:.1f} ms of imports, "
              f"{ratio:.2f}x the yardstick ({verdict} the budget of {BUDGET_RATIO:g}x)")
        slowest = sorted(((statistics.median(times), name)
                          for name, times in cumulative[label].items()), reverse=True)
        for cum, name in slowest[:options.top]:
            print(f"  {cum / 1000:8.1f} ms  {name}")
        heavy = sorted(imported[label])
        print(f"  export/migration modules imported: {', '.join(heavy) if heavy else 'none'}"
              f"{'  <- must be none' if heavy else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
