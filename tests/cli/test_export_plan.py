"""`sipdesk export-plan CASE_REF OUT.pdf` on a demo store, run as a real process."""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.cli.runner import sipdesk

# demo_store: this test's copy of the session's demo store (tests/cli/conftest);
# demo_listing: `sipdesk cases` on that store, run once per session.


def _refs_in_stage(demo_listing, stages):
    assert demo_listing.returncode == 0, demo_listing.stderr
    listing = demo_listing.stdout
    return [m.group(1) for m in re.finditer(r"^(SIP-\S+)\s+(\d)\s", listing, re.M)
            if int(m.group(2)) in stages]


def test_exports_the_latest_plan_of_a_demo_case(demo_store, demo_listing, tmp_path):
    refs = _refs_in_stage(demo_listing, {5})  # in follow-up: version 1 is the latest
    assert refs
    out = tmp_path / "plan.pdf"
    result = sipdesk("--data-dir", str(demo_store), "export-plan", refs[0], str(out))
    assert result.returncode == 0, result.stderr
    short = re.search(r"fingeravtryck ([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})", result.stdout)
    assert short and "Plan version 1" in result.stdout
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert f"Plan version 1 · {short.group(1)}" in page and refs[0] in page
    # The same version exported again has the same fingerprint.
    again = sipdesk("--data-dir", str(demo_store), "export-plan", refs[0],
                    str(tmp_path / "again.pdf"))
    assert short.group(1) in again.stdout


def test_unknown_case_is_refused_in_swedish(demo_store, tmp_path):
    out = tmp_path / "x.pdf"
    result = sipdesk("--data-dir", str(demo_store), "export-plan", "SIP-1999-0042", str(out))
    assert result.returncode == 1
    assert "Ärendet SIP-1999-0042 finns inte." in result.stderr
    assert not out.exists()


def test_case_without_a_plan_is_refused(demo_store, demo_listing, tmp_path):
    ref = _refs_in_stage(demo_listing, {1})[0]
    result = sipdesk("--data-dir", str(demo_store), "export-plan", ref, str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "har ingen plan" in result.stderr


def test_missing_store_is_a_store_error(tmp_path):
    result = sipdesk("--data-dir", str(tmp_path / "none"), "export-plan", "SIP-2026-0001",
                     str(tmp_path / "x.pdf"))
    assert result.returncode == 2
