"""docs/statistics.md repeats every measure of stats_measures.MEASURES, as it promises."""

from __future__ import annotations

import re
from pathlib import Path

from sipdesk.domain.stats_measures import MEASURES

DOC = Path(__file__).resolve().parents[2] / "docs" / "statistics.md"
README = Path(__file__).resolve().parents[2] / "README.md"


def _table() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| `([a-z_]+)` \| ([^|]+) \| (.+) \|$", DOC.read_text("utf-8"), re.M)
    return {key: (label.strip(), definition.strip()) for key, label, definition in rows}


def test_every_measure_is_in_the_table_with_its_name_and_definition():
    table = _table()
    assert set(table) == set(MEASURES), "regenerate the table in docs/statistics.md"
    for key, measure in MEASURES.items():
        label, definition = table[key]
        assert label == measure.label, key
        assert definition.startswith(measure.definition), key


def test_the_readme_points_at_the_doc_and_names_the_seed_measures():
    readme = README.read_text("utf-8")
    assert "docs/statistics.md" in readme and "sipdesk stats" in readme
    for key in ("meetings_held", "follow_ups_held", "convened_by_school",
                "convened_by_social_services", "convened_by_region", "region_invited",
                "region_attended", "region_absent_with_notice",
                "region_absent_without_notice", "school_social_region_all_present"):
        assert f"`{key}`" in readme and key in MEASURES
