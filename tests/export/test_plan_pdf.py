"""The plan for signing, read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from sipdesk.domain.plan_document import build_plan_document
from sipdesk.export.plan_pdf import DRAFT_MARK, plan_pdf_bytes
from tests.export.plan_sample import ORGS, TEMPLATE, long_plan, reviewed, sample_plan
from tests.export.sample import FONTS


def _pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _render(case, plan):
    doc = build_plan_document(case, plan, TEMPLATE, ORGS)
    return doc, plan_pdf_bytes(doc, FONTS)


def test_every_part_of_the_plan_is_in_the_pdf():
    case, plan, _ = sample_plan()
    doc, data = _render(case, plan)
    pages = _pages(data)
    text = _flat(" ".join(pages))
    assert "Elsa Lind" in text and "20121212-1212" in text  # Skatteverket test number
    for section in TEMPLATE.sections:
        assert section.title in text, section.title
        assert _flat(plan.sections[section.key]) in text
    for action in doc.actions:
        for value in (action.goal, action.action, action.organisation, action.person,
                      action.due):
            assert _flat(value) in text, value
    for person in doc.signatories:
        assert person.name in text
    assert "Underskrift" in text and "Datum" in text
    for who in ("Samordningsansvarig", "Mötesledare", "Sekreterare", "Närvarande på mötet",
                "NÄSTA UPPFÖLJNING", "22 mars 2027", "Samtycket till samordningen bekräftades"):
        assert who in text, who
    assert doc.fingerprint in text.replace(" ", "")
    n = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {n}" in page
        assert f"Plan version 1 · {doc.short_fingerprint}" in page
        assert "SIP-2026-0001" in page
    assert DRAFT_MARK not in text


def test_review_is_printed_on_a_follow_up_version():
    case, plan, _ = sample_plan()
    _, data = _render(case, reviewed(plan))
    text = _flat(" ".join(_pages(data)))
    for word in ("Uppföljning av insatserna", "Genomförd", "Delvis genomförd", "Inte genomförd",
                 "Kommentar till insats 2", "Målet behålls", "Målet avslutas"):
        assert word in text, word


def test_a_draft_says_so_on_every_page():
    case, plan, _ = sample_plan(status=sample_plan()[1].status.DRAFT, signed_on=None)
    _, data = _render(case, plan)
    assert all(DRAFT_MARK in page for page in _pages(data))


def test_a_long_plan_flows_over_pages_and_repeats_the_table_header():
    case, plan, _ = long_plan(rows=30)
    doc, data = _render(case, plan)
    pages = _pages(data)
    assert len(pages) >= 4
    text = _flat(" ".join(pages))
    for n in range(1, 31):  # every action row is there, nothing clipped
        assert f"Insats nummer {n}:" in text
        assert f"Mål nummer {n}:" in text
    for section in doc.sections:
        assert _flat(section.text)[-60:] in text  # the end of every long text is printed
    with_table = [p for p in pages if "Insats nummer" in p]
    assert len(with_table) >= 2
    assert all("ANSVARIG" in p and "NÄR" in p for p in with_table)  # header repeated
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page


def test_a_row_taller_than_a_page_is_split_not_clipped():
    case, plan, _ = long_plan(rows=4)
    huge = replace(plan.actions[1], action="Mycket lång insats. " * 500 + "SLUTORD")
    plan = replace(plan, actions=[plan.actions[0], huge, *plan.actions[2:]])
    _, data = _render(case, plan)
    text = " ".join(_pages(data))
    assert "SLUTORD" in text and text.count("Mycket lång insats.") == 500


def test_exporting_the_same_version_twice_gives_the_same_fingerprint():
    case, plan, _ = sample_plan()
    doc1, data1 = _render(case, plan)
    doc2, data2 = _render(case, plan)
    assert doc1.fingerprint == doc2.fingerprint
    assert doc1.short_fingerprint in _pages(data2)[0]


def test_swedish_characters_survive():
    case, plan, _ = sample_plan(sections={"strengths": "Åsa, Örjan och Émile är här."})
    _, data = _render(case, plan)
    assert "Åsa, Örjan och Émile är här." in _flat(" ".join(_pages(data)))
    fonts = {str(f) for page in PdfReader(io.BytesIO(data)).pages
             for f in (page["/Resources"]["/Font"].values())}
    assert fonts  # embedded TrueType (no Helvetica fallback needed for åäö)


def test_a_signed_version_prints_who_signed_and_an_adjusted_one_its_adjusters():
    from sipdesk.domain.entities import PlanSignature
    from sipdesk.domain.enums import SigningMethod

    case, plan, _ = sample_plan()
    on_paper = replace(plan, signing_method=SigningMethod.PAPER, signatures=[
        PlanSignature("Anna Berg", plan.signed_on, "psykolog, BUP Norrby", invitation_id=101),
        PlanSignature("Maria Lind", plan.signed_on, "Vårdnadshavare", guardian_id=21)])
    text = _flat(" ".join(_pages(_render(case, on_paper)[1])))
    assert "Underskrifter" in text and DRAFT_MARK not in text
    assert "Undertecknad på papper 21 december 2026 av Anna Berg och Maria Lind." in text
    adjusted = replace(on_paper, signing_method=SigningMethod.ADJUSTED,
                       signatures=on_paper.signatures[1:])
    text = _flat(" ".join(_pages(_render(case, adjusted)[1])))
    assert "Justering" in text and "Planen är justerad" in text
    assert "Justerad 21 december 2026 av Maria Lind." in text
    assert "Anna Berg (psykolog" not in text
