"""Export of a realistic 5-page plan against a bare reportlab document of the same length.

Both are built in the same run, so the ratio says what sipdesk's layout
(numbered pages, fingerprints, tables, signature blocks) costs over plain
reportlab. Target: within 2x. Also reports peak memory (tracemalloc).
Run: .venv/bin/python benchmarks/plan_pdf.py

With --megabyte it times instead a plan whose one section holds 100 kB and
then 1 MB of short one-line paragraphs (once separated by line breaks, once
by blank lines), against the realistic plan above: the export must grow
linearly with the text (1 MB within 10 s; it took a quarter of an hour when
the section was one paragraph). It prints, and never asserts.
Run: .venv/bin/python benchmarks/plan_pdf.py --megabyte
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from sipdesk.domain.plan_document import build_plan_document  # noqa: E402
from sipdesk.export.fonts import register_fonts  # noqa: E402
from sipdesk.export.plan_pdf import plan_pdf_bytes  # noqa: E402
from tests.export.plan_sample import ORGS, SECTION_TEXTS, TEMPLATE, long_plan  # noqa: E402

FONTS = ROOT / "resources" / "fonts"
RUNS = 21


def _median(values) -> float:
    # Not statistics.median: benchmarks/statistics.py, beside this file, hides that module.
    ordered = sorted(values)
    middle = len(ordered) // 2
    return (ordered[middle] if len(ordered) % 2
            else (ordered[middle - 1] + ordered[middle]) / 2)


SENTENCE = "Elsa berättar själv hur skoldagen känns, och mamma fyller i hur morgnarna går. "


def realistic(rows: int):
    """Sections of a few sentences each and `rows` actions of ordinary length."""
    case, plan, _ = long_plan(rows=rows)
    sections = {key: f"{SECTION_TEXTS[key]} {SENTENCE * 3}" for key in SECTION_TEXTS}
    actions = [replace(a, goal=a.goal[:80], action=a.action[:160]) for a in plan.actions]
    return case, replace(plan, sections=sections, actions=actions)


def plan_export(rows: int) -> bytes:
    case, plan = realistic(rows)
    return plan_pdf_bytes(build_plan_document(case, plan, TEMPLATE, ORGS), FONTS)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def bare(paragraph_count: int) -> bytes:
    fonts = register_fonts(FONTS)
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = fonts.regular
    text = ("Elsa och familjen berättar om hur vardagen ser ut, vad som fungerar och vad som "
            "är svårt, med åäöÅÄÖé och allt. ") * 6
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(text, style) for _ in range(paragraph_count)])
    return buffer.getvalue()


def peak_memory(fn) -> int:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def timed_pair(plan_fn, bare_fn) -> tuple[float, float, float]:
    """Median times of both, and the median ratio of runs made back to back.

    The runs alternate, so a busy machine slows both alike instead of
    whichever happened to run during the busy moment.
    """
    plan_fn(), bare_fn()  # warm up: font subsets, imports, caches
    plan_times, bare_times, ratios = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        plan_fn()
        middle = time.perf_counter()
        bare_fn()
        end = time.perf_counter()
        plan_times.append(middle - start)
        bare_times.append(end - middle)
        ratios.append((middle - start) / (end - middle))
    return (_median(plan_times), _median(bare_times),
            _median(ratios))


def lines_text(size: int, separator: str) -> str:
    """About `size` bytes of short one-line paragraphs, as typed in a meeting."""
    lines, total, number = [], 0, 0
    while total < size:
        number += 1
        line = f"{number}. Elsa berättar om dagen i skolan och vad som hände på rasten."
        lines.append(line)
        total += len(line.encode()) + len(separator)
    return separator.join(lines)


def big_plan_export(size: int, separator: str) -> tuple[float, int]:
    case, plan = realistic(5)
    sections = dict(plan.sections)
    sections["current_situation"] = lines_text(size, separator)
    doc = build_plan_document(case, replace(plan, sections=sections), TEMPLATE, ORGS)
    start = time.perf_counter()
    data = plan_pdf_bytes(doc, FONTS)
    return time.perf_counter() - start, pages(data)


def megabyte() -> None:
    rows = 5
    plan_export(rows)  # warm up: fonts, imports
    small = _median(_time(lambda: plan_export(rows)) for _ in range(5))
    print(f"small plan ({pages(plan_export(rows))} pages): median {small * 1000:.0f} ms")
    for name, separator in (("line breaks", "\n"), ("blank lines", "\n\n")):
        for size in (100_000, 1_000_000):
            seconds, count = big_plan_export(size, separator)
            print(f"{size // 1000:>5} kB of one-line paragraphs ({name}): {seconds:.2f} s, "
                  f"{count} pages, {seconds / small:.0f}x the small plan, "
                  f"{seconds / (size / 1e6):.1f} s per MB")
    print("target: 1 MB within 10 s, and about ten times the time of 100 kB (linear)")


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabyte", action="store_true",
                        help="time a plan with 100 kB and 1 MB of one-line paragraphs")
    if parser.parse_args().megabyte:
        megabyte()
        return
    # A realistic plan of about five pages: find the number of action rows that gives it.
    rows = 1
    while pages(plan_export(rows)) < 5:
        rows += 1
    target = pages(plan_export(rows))
    count = 10
    while pages(bare(count)) < target:
        count += 5
    plan_time, bare_time, ratio = timed_pair(lambda: plan_export(rows), lambda: bare(count))
    plan_peak = peak_memory(lambda: plan_export(rows))
    bare_peak = peak_memory(lambda: bare(count))
    print(f"plan PDF:  {target} pages ({rows} action rows), median {plan_time * 1000:.0f} ms, "
          f"peak memory {plan_peak / 1e6:.1f} MB")
    print(f"bare PDF:  {pages(bare(count))} pages ({count} paragraphs), "
          f"median {bare_time * 1000:.0f} ms, peak memory {bare_peak / 1e6:.1f} MB")
    print(f"time ratio {ratio:.2f}x (target within 2x; median of {RUNS} back-to-back pairs), "
          f"memory ratio {plan_peak / bare_peak:.2f}x")


if __name__ == "__main__":
    main()
