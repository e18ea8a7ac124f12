"""Seed 002's hand count (152 meetings, spring 2026) found again by the program.

Built through the services (tests/seed_002.py lays the meetings out), then
counted by the statistics service and by `sipdesk stats` as CSV.
"""

from __future__ import annotations

import csv
import io

import pytest

from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from sipdesk.store import creation
from tests.cli.runner import PASSPHRASE, sipdesk_here
from tests.seed_002 import PERIOD, SEED_FIGURES, build_seed_002

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    data = tmp_path_factory.mktemp("seed-002") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(creation, "SCRYPT_N", 2**14)
        with Workspace.create(data, Secrets(passphrase=PASSPHRASE)) as ws:
            build_seed_002(ws)
    return data


def test_the_service_finds_the_hand_count(seed_store):
    with Workspace.open(seed_store, Secrets(passphrase=PASSPHRASE)) as ws:
        report = ws.statistics.report(PERIOD, as_of=PERIOD.end)
    for measure, (count, of, pct) in SEED_FIGURES.items():
        figure = report.figure(measure)
        assert (figure.count, figure.of, figure.percent) == (count, of, pct), measure


def test_the_csv_of_sipdesk_stats_finds_the_hand_count(seed_store):
    ran = sipdesk_here("--data-dir", str(seed_store), "stats", "--from", "2026-03-01",
                       "--to", "2026-05-31", "--format", "csv")
    assert ran.returncode == 0, ran.stderr
    rows = list(csv.DictReader(io.StringIO(ran.stdout)))
    assert list(rows[0]) == ["measure", "organisation", "count", "of", "percent"]
    totals = {r["measure"]: r for r in rows if r["organisation"] == ""}
    for measure, (count, of, pct) in SEED_FIGURES.items():
        row = totals[measure]
        assert (row["count"], row["of"], row["percent"]) == (
            str(count), "" if of is None else str(of), "" if pct is None else str(pct)), measure
    bup = next(r for r in rows if r["measure"] == "region_attended" and r["organisation"])
    assert (bup["organisation"], bup["count"]) == ("BUP Norrby", "111")
    assert "Testbarn" not in ran.stdout and "1212" not in ran.stdout
