"""Where the files in resources/ are: beside the package, or inside a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    """The fonts every document embeds (DejaVu and the Symbola fallback)."""
    return resources_dir() / "fonts"


def region_templates_dir() -> Path:
    return resources_dir() / "templates"
