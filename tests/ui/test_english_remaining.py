"""The last Swedish under English (issue 13): the case history's descriptions, the rules'
refusals, the directory import's reasons per row and the backup's second-folder problem.

Each is produced through the real path (the services write it, the widget shows it) and
checked for Swedish with English installed, and for its Swedish without. The refusals
are checked from the source: every `raise ValidationError(...)` (and DomainError,
OutsideConsent) of sipdesk/services and sipdesk/domain is read, its sentence filled
with a neutral value, and the window's translation of it must hold no Swedish, so a
new refusal without English fails here.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from sipdesk.domain.consent import AGE_UNKNOWN, CHILD_TOO_YOUNG, COVERED_OR_EXCLUDED
from sipdesk.domain.entities import Consent
from sipdesk.domain.enums import ConsentForm
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.stats_period import Period
from sipdesk.services.retention import NOT_DECIDED
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.dialogs.backups import BackupsDialog
from sipdesk.ui.dialogs.directory_import import NOTE_COLUMN, DirectoryImportDialog
from sipdesk.ui.i18n_history import history_text
from sipdesk.ui.i18n_messages import failure_text
from sipdesk.ui.i18n_refusals import import_reason, refusal_text
from tests.ui.conftest import settle
from tests.ui.test_english import english, swedish_in  # noqa: F401 - the fixture
from tests.ui.test_english_case import _column, _data_values

ROOT = Path(__file__).resolve().parents[2] / "sipdesk"
RAISED = ("ValidationError", "DomainError", "OutsideConsent")
FILLER = "Xq"
# Values whose shape a sentence depends on: the place in a template, a template file's name
# before a problem of its content.
PLACED = {"where": "Rubrik 2: ", "path.name": "mall.json", "error.message": "Mallen saknar id."}
# A "…" quoted word of a file's (the directory's Swedish words) is data, not the program's.
QUOTED = re.compile(r"“[^”]*”")


def _english(text: str) -> set[str]:
    return swedish_in(QUOTED.sub(" ", text))


# --- the history ------------------------------------------------------------------------


def _rich_history(ws) -> int:
    """A demo case, and more of what a case's history can hold, written by the services."""
    case = next(c for c in (ws.cases.get(card.id) for card in ws.board.snapshot().cards)
                if c.guardians and c.network)
    case_id = case.id
    person = next(iter(case.network), None)
    if person is not None and person.id not in {case.initiator_id, case.chair_id,
                                                 case.plan_owner_id}:
        ws.cases.set_role(case_id, "initiator", person.id)
        ws.cases.set_role(case_id, "initiator", None)
    consent = ws.cases.record_consent(case_id, Consent(
        given_on=ws.today(), form=ConsentForm.WRITTEN, by_child=False,
        guardian_ids=frozenset(g.id for g in case.guardians[:1]),
        covered_org_ids=frozenset()))
    ws.cases.withdraw_consent(case_id, consent.id, ws.today())
    ws.cases.reinstate_consent(case_id, consent.id)
    ws.cases.remove_consent(case_id, consent.id)
    return case_id


@pytest.mark.demo_data(cases=12)
def test_the_history_descriptions_are_english(english, qtbot, ws, ops):  # noqa: F811
    ids = [card.id for card in ws.board.snapshot().cards]
    _rich_history(ws)
    seen = 0
    for case_id in ids:
        record = CaseRecord(ops, case_id)
        qtbot.addWidget(record)
        view = record.view
        data = _data_values(view) + [m.place for m in view.case.meetings if m.place]
        for text in _column(record.timeline, 2):
            plain = text
            for value in data:
                plain = plain.replace(value, " ")
            assert not swedish_in(plain), (text, swedish_in(plain))
            seen += 1
    assert seen > 50


def test_the_history_stays_swedish_in_swedish(qapp):
    stored = "Samtycke registrerat (skriftligt), omfattar 2 verksamheter."
    assert history_text(stored) == stored
    assert history_text("Ringde mamma om samtycket") == "Ringde mamma om samtycket"


def test_each_history_template_in_english(english):  # noqa: F811
    samples = {
        "Samtycke registrerat (muntligt), omfattar 3 verksamheter.":
            "Consent recorded (oral), covering 3 services.",
        "Steg ändrat: Samtycke och planering → Aktörer kallas":
            None,
        "SIP-möte 21 december 2026 kl. 13.00–14.30 ändrat: datum 21 december 2026 → "
        "22 december 2026; start 13.00 → 14.00; syftet ändrat. Kallelser är redan skickade: "
        "meddela deltagarna. Sammankallande ändrad: (inte angiven) → BUP Norrby.": None,
        "Kontaktad per telefon: Anna Berg (BUP) om kallelsen till sip-möte 21 december 2026 "
        "kl. 13.00. Hon ringer tillbaka.": None,
        "Förmöte 3 mars 2027 inställt: Sjuk (2 inbjudna behöver få veta det).": None,
        "Kallelse skickad till Anna Berg (e-post).": "Summons sent to Anna Berg (e-mail).",
        "Anna Berg: skickar ersättare (Bo Ek).": "Anna Berg: sending a substitute (Bo Ek).",
        "Anna Berg: frånvarande utan återbud.": "Anna Berg: absent without apologies.",
        "Ärendet avslutades: målen uppnådda. Familjen är nöjd.": None,
        "Plan version 2 justerad av Anna Berg och Bo Ek (fingeravtryck AB12).":
            "Plan version 2 checked by Anna Berg and Bo Ek (fingerprint AB12).",
        "Mötesledare: Anna Berg.": "Chair: Anna Berg.",
        "SIP-möte (på plats, Rum 3).": "SIP meeting (in person, Rum 3).",
        "Uppföljning bokad till 5 maj 2027.": "Follow-up booked for 5 May 2027.",
    }
    for stored, wanted in samples.items():
        shown = history_text(stored)
        assert shown != stored, stored
        plain = shown
        for data in ("Familjen är nöjd", "Hon ringer tillbaka", "Sjuk", "BUP Norrby"):
            plain = plain.replace(data, "")
        assert not swedish_in(plain), (shown, swedish_in(plain))
        if wanted is not None:
            assert shown == wanted


# --- the refusals -------------------------------------------------------------------------


def _template(node: ast.expr) -> str | None:
    """The sentence an error is raised with, each value in it as FILLER; None if not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant)
                       else PLACED.get(ast.unparse(v.value), FILLER)  # type: ignore[attr-defined]
                       for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        return None if left is None or right is None else left + right
    return None


def raised_sentences() -> list[tuple[str, str]]:
    """(where, sentence) for every refusal raised with a literal sentence in the services
    and the domain."""
    found = []
    for folder in ("services", "domain"):
        for path in sorted((ROOT / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name in RAISED:
                    text = _template(node.args[0])
                    if text is not None:
                        found.append((f"{folder}/{path.name}:{node.lineno}", text))
    return found


def test_the_refusals_are_read_from_the_source():
    sentences = dict(raised_sentences())
    assert len(sentences) > 100
    assert any("kan inte tas bort ur nätverket" in s for s in sentences.values())
    assert any("Samtycket omfattar inte" in s for s in sentences.values())


def test_every_refusal_of_the_services_and_the_domain_is_english(english):  # noqa: F811
    wrong = []
    for where, sentence in [*raised_sentences(),
                            ("consent.py", CHILD_TOO_YOUNG), ("consent.py", AGE_UNKNOWN),
                            ("consent.py", COVERED_OR_EXCLUDED),
                            ("retention.py", NOT_DECIDED)]:
        shown = failure_text(sentence)
        if shown == sentence or _english(shown.replace(FILLER, " ")):
            wrong.append((where, sentence, shown))
    assert not wrong, "\n".join(map(str, wrong))


@pytest.mark.demo_data(cases=12)
def test_consent_contact_and_network_refusals_through_the_services(english, ws):  # noqa: F811
    """What the record's tabs show under a refused change (Bindings: domain_sentence)."""
    from sipdesk.ui.i18n_case import domain_sentence

    case = next(c for c in (ws.cases.get(card.id) for card in ws.board.snapshot().cards)
                if c.guardians and c.chair_id is not None)
    org = next(iter(ws.directory.organisations()))
    refusals = []
    for attempt in (
        lambda: ws.cases.record_consent(case.id, Consent(
            given_on=ws.today(), form=ConsentForm.ORAL, by_child=False,
            guardian_ids=frozenset({case.guardians[0].id}),
            covered_org_ids=frozenset({org.id}), excluded_org_ids=frozenset({org.id}))),
        lambda: ws.cases.record_contact(case.id, date(2099, 1, 1), "Ringde"),
        lambda: ws.cases.record_contact(case.id, ws.today(), " "),
        lambda: ws.cases.remove_from_network(case.id, case.chair_id),
        lambda: ws.cases.add_to_network(case.id, 999_999),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        refusals.append(refused.value.message)
    for message in refusals:
        shown = domain_sentence(message)
        assert shown != message and shown == failure_text(message)
        names = [p.name for p in case.network]
        plain = shown
        for name in names:
            plain = plain.replace(name, " ")
        assert not swedish_in(plain), (message, shown)
    assert domain_sentence(refusals[1]) == "A contact cannot have happened in the future."


def test_a_period_refusal_in_english(english):  # noqa: F811
    with pytest.raises(ValidationError) as refused:
        Period(date(2026, 5, 1), date(2026, 3, 1))
    assert failure_text(refused.value.message) == (
        "The period ends (1 March 2026) before it begins (1 May 2026). Swap the dates.")


def test_the_refusals_stay_swedish_in_swedish(qapp):
    for _where, sentence in raised_sentences():
        assert refusal_text(sentence) == sentence


# --- the directory import's reasons -------------------------------------------------------

BAD_FILE = ("Organisation,Typ,Huvudman,Namn,Yrke/roll,Telefon,E-post\n"
            "BUP Norrby,BUP,,Anna Berg,Psykolog,,anna@exempel.se\n"
            "BUP Norrby,BUP,,Anna Berg,Psykolog,,\n"
            "BUP Norrby,Skola,,Bo Ek,Kurator,,bo.ek på exempel\n"
            "Skolan Ost,Hemtjänst,Kungen,Cia Ny,BUP,12,\n"
            ",BUP,,Dan Ek,,,\n"
            "Elevhälsan Väst,,,Eva Ek,Kurator,,\n")


def _import_notes(qtbot, ops, tmp_path) -> list[str]:
    path = tmp_path / "katalog.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    dialog = DirectoryImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.preview is not None
    return _column(dialog.table, NOTE_COLUMN) + _column(dialog.table, 5)


def test_the_import_reasons_are_english(english, qtbot, ops, tmp_path):  # noqa: F811
    notes = _import_notes(qtbot, ops, tmp_path)
    assert any("New organisation." in n for n in notes)
    assert any("The same person as on row 2: skipped." in n for n in notes)
    for note in notes:
        plain = note
        for data in ("Hemtjänst", "Kungen", "bo.ek på exempel", "Elevhälsan Väst"):
            plain = plain.replace(data, " ")
        assert not _english(plain), (note, _english(plain))


def test_the_import_reasons_stay_swedish_in_swedish(qtbot, ops, tmp_path):
    notes = _import_notes(qtbot, ops, tmp_path)
    assert any("Ny organisation." in n for n in notes)
    assert any("Samma person som på rad 2: hoppas över." in n for n in notes)
    assert import_reason("Ny person.") == "Ny person."


# --- the backup's second folder -----------------------------------------------------------


def _mirror_text(qtbot, ops, ws, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    ws.backups.set_mirror_dir(usb)
    usb.rmdir()  # the stick was pulled out
    ws.backups.make()
    assert ws.backups.mirror_problem
    dialog = BackupsDialog(ops)
    qtbot.addWidget(dialog)
    settle(qtbot, ops)
    return dialog.status.text()


def test_the_second_folder_problem_is_english(english, qtbot, ops, ws, tmp_path):  # noqa: F811
    text = _mirror_text(qtbot, ops, ws, tmp_path)
    assert "for extra backups does not exist (is it connected?)" in text
    assert not swedish_in(text.replace(str(tmp_path / "usb"), " "))


def test_the_second_folder_problem_stays_swedish(qtbot, ops, ws, tmp_path):
    text = _mirror_text(qtbot, ops, ws, tmp_path)
    assert "för extra säkerhetskopior finns inte (är den ansluten?)" in text
