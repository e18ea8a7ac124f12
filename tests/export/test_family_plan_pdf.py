"""The family version of the plan, read back with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from sipdesk.domain.plan_document import build_family_plan
from sipdesk.export.family_plan_pdf import family_plan_pdf_bytes
from tests.export.plan_sample import ORGS, TEMPLATE, sample_plan
from tests.export.sample import FONTS


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def test_who_does_what_and_when_in_plain_words():
    case, plan, _ = sample_plan()
    family = build_family_plan(case, plan, TEMPLATE, ORGS)
    text = _text(family_plan_pdf_bytes(family, FONTS))
    assert "Vem gör vad och när" in text
    for action in plan.actions:
        assert action.action in text and action.person_name in text
    assert "1 februari 2027" in text
    assert "Det här sa Elsa" in text
    assert "Nästa gång vi träffas" in text and "22 mars 2027" in text
    assert f"Plan version 1 · {family.short_fingerprint}" in text
    assert "Sida 1 av" in text
    for jargon in ("20121212-1212", "Personnummer", "Samordningsansvarig", "huvudman"):
        assert jargon not in text


def test_only_this_childs_network_is_named():
    case, plan, meeting = sample_plan()
    family = build_family_plan(case, plan, TEMPLATE, ORGS)
    text = _text(family_plan_pdf_bytes(family, FONTS))
    # The network's names come only from this case's plan; the school's other pupils never.
    assert "Elsa" in text
    assert "Lind" not in text.replace("Maria Lind", "")  # the child by first name only
