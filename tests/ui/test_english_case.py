"""English in the case record's tabs and the case dialogs; Swedish unchanged by default.

Each surface is walked whole (hidden parts too) and every text a user can see
is collected: labels, buttons, group titles, table headers, placeholders,
tooltips, window titles and combo items, and the table columns that hold the
program's own words (a consent's status, a plan version's status, an event's
heading). Data stays as it was written and is taken out deliberately before
the check: names of the fictional people, guardians and organisations, their
professions, the case's reference, and the history's descriptions (the case's
record, written in Swedish when each thing happened). The meetings tab is
another surface's (ui/meetings) and is left to its own test.

The domain's words (enum labels, the history's headings, the plan template's
sections, a few sentences with a value inside) are translated at the window's
edge by ui/i18n_case.py; the last tests check that its lists agree with the
domain.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from sipdesk.domain import enums
from sipdesk.domain import template as template_module
from sipdesk.domain import words as domain_words
from sipdesk.domain.case_rules import NAME_MISSING, QUESTION_MISSING
from sipdesk.domain.directory_import import HEADINGS, RowStatus
from sipdesk.domain.directory_import import counted as domain_counted
from sipdesk.domain.entities import Case, Child, Organisation, Person
from sipdesk.domain.enums import CloseReason, OrgKind, Principal, Stage
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.personnummer import parse_personnummer
from sipdesk.domain.profile import DEFAULT_TITLE, CoordinatorProfile
from sipdesk.domain.signing import plan_owner_problems
from sipdesk.domain.stages import close_problem
from sipdesk.domain.views import CaseView
from sipdesk.services.cases import EVENT_LABELS, MAPPING_KEYS
from sipdesk.services.resources import resources_dir
from sipdesk.ui import i18n_case
from sipdesk.ui.case.record import CaseRecord
from sipdesk.ui.dialogs import directory_import, profile
from sipdesk.ui.dialogs.close_case import CloseCaseDialog
from sipdesk.ui.dialogs.directory import OrganisationDirectory
from sipdesk.ui.dialogs.directory_import import DirectoryImportDialog
from sipdesk.ui.dialogs.new_case import NewCaseDialog
from sipdesk.ui.dialogs.people import GuardianDialog, PersonDialog
from sipdesk.ui.dialogs.profile import ProfileDialog
from tests.ui.test_english import english, swedish_in  # noqa: F401 - the fixture

# Swedish words of these surfaces that have no å, ä or ö, on top of test_english's.
MORE_SWEDISH = {
    "namn", "telefon", "spara", "avbryt", "registrera", "utkast", "personer", "mottagare",
    "kommentar", "anledning", "yrke", "adress", "enhet", "huvudman", "funktion", "skola",
    "kommun", "annan", "annat", "givet", "inte", "hur", "datum", "vem", "utskick", "kopior",
    "rader", "fil", "ingen", "vald", "roller", "roll", "svar", "kontakt", "typ", "papper",
    "justerad", "anteckning", "beskrivning", "registrerad", "uppgifter", "titel", "senare",
    "klart", "rad", "fel", "finns", "redan", "hinder", "resurser", "brev", "muntligt",
}


def swedish(text: str) -> set[str]:
    plain = text.replace("&", "")
    return swedish_in(plain) | {w for w in re.findall(r"\w+", plain.lower())
                                if w in MORE_SWEDISH}


# --- walking a surface --------------------------------------------------------------------


# The widgets whose texts hold data (names of people and organisations, what was typed):
# only in these are the data values taken out before the check.
DATA_WIDGETS = {
    "RecordTitle", "RecordSubtitle", "SignedBy", "Warning", "DirectoryPeople", "Role_initiator",
    "Role_chair", "Role_plan_owner", "RaisedBy", "OriginalKeptBy", "NewDeviationOrganisation",
    "RaisedByOrganisation", "PersonOrganisation", "ProfileOrganisation",
}
# The import's explanation names the file's headings, which are Swedish in any language.
FILE_HEADINGS = ", ".join(HEADINGS)


class Text(str):
    """A text found, and the objectName of the widget that shows it."""

    where: str

    def __new__(cls, text: str, where: str) -> Text:
        made = super().__new__(cls, text)
        made.where = where
        return made


def _texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text of `root` and the widgets inside it a user can see (hidden ones too)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if any(s is widget or s.isAncestorOf(widget) for s in skip):
            continue
        start = len(found)
        found.append(widget.toolTip())
        if widget.isWindow():
            found.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            found.extend(widget.horizontalHeaderItem(c).text()
                         for c in range(widget.columnCount()))
        found[start:] = [Text(t, widget.objectName()) for t in found[start:]]
    return [t for t in found if t.strip()]


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())
            if table.item(r, column) is not None]


def _data_values(view: CaseView, extra: tuple[str, ...] = ()) -> list[str]:
    """What the fictional people and organisations are called: data, not the program's words."""
    case = view.case
    values = [case.reference, case.child.full_name, case.child.first_name,
              case.child.last_name, case.coordinator, case.raised_by_function, *extra]
    for g in case.guardians:
        values += [g.name, g.address, g.email]
    for p in (*view.people, *case.network):
        values += [p.name, p.profession, p.email]
    for o in view.organisations.values():
        values += [o.display_name, o.name, o.unit]
    for c in case.consents:
        values.append(c.exclusions)
    return sorted({v for v in values if v and len(v) >= 3}, key=len, reverse=True)


def _scrub(text: str, data: list[str]) -> str:
    """`text` without the data values in it, if a widget that shows data showed it."""
    where = getattr(text, "where", None)
    text = str(text).replace(FILE_HEADINGS, " ")
    if where not in DATA_WIDGETS:
        return text
    for value in data:
        text = text.replace(value, " ")
    return text


def _assert_english(texts: list[str], data: list[str]) -> None:
    wrong = [(getattr(t, "where", ""), t, swedish(_scrub(t, data))) for t in texts
             if swedish(_scrub(t, data))]
    assert not wrong, wrong


# --- the record ---------------------------------------------------------------------------


def _richest_case(ws) -> int:
    """The demo case with the most to show: signed versions, deviations, consents, people."""
    def weight(case_id: int) -> tuple[int, ...]:
        view = ws.views.case(case_id)
        signed = sum(1 for v in view.versions if v.is_signed)
        return (signed, len(view.deviations), len(view.case.consents),
                len(view.case.network), len(view.timeline))

    return max((card.id for card in ws.board.snapshot().cards), key=weight)


def _record(qtbot, ops, case_id: int) -> CaseRecord:
    record = CaseRecord(ops, case_id)
    qtbot.addWidget(record)
    assert record.view is not None  # `ops` reads at once
    record.make_every_page()  # every tab's words, not only the first tab's
    return record


def _record_texts(record: CaseRecord) -> list[str]:
    """The record's texts (the meetings tab aside) and the program's words in its tables."""
    texts = _texts(record, skip=(record.meetings_tab,))
    texts += _column(record.consent_table, 2) + _column(record.consent_table, 6)
    texts += _column(record.network_table, 3)
    texts += _column(record.plan_versions.table, 1) + _column(record.plan_versions.table, 6)
    texts += _column(record.deviations.table, 2) + _column(record.deviations.table, 3)
    texts += _column(record.timeline, 1)
    return texts


def _show_signed_version(record: CaseRecord) -> None:
    versions = record.plan_versions.versions
    signed = [i for i, v in enumerate(versions) if v.is_signed]
    assert signed, "the demo case has a signed plan version"
    record.plan_versions.table.selectRow(signed[-1])


@pytest.mark.demo_data(cases=12, seed=2026)
def test_every_tab_of_the_record_is_english(qtbot, ops, ws, english):  # noqa: F811
    record = _record(qtbot, ops, _richest_case(ws))
    view = record.view
    _show_signed_version(record)
    # A personnummer typed wrong (Skatteverket's test number with a wrong check digit),
    # as the child tab says it while typing.
    record.personnummer.clear()
    qtbot.keyClicks(record.personnummer, "20121212-1213")
    assert record.personnummer_error.isVisibleTo(record)
    # An edit, so the undo button names a step.
    qtbot.keyClicks(record.coordinator, " Kim")
    record.flush()
    texts = _record_texts(record)
    _assert_english(texts, _data_values(view))

    tabs = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert tabs[0] == "Child and guardians"
    assert "Add a guardian…" in texts and "Record consent" in texts
    assert "Roles in the case" in texts and "Assessment" in texts
    assert "New deviation" in texts and "Copies sent of the selected version" in texts
    assert "Note a contact" in texts and "Takes part in the whole meeting" in texts
    assert record.personnummer_error.text().startswith("The check digit does not match")
    assert record.undo_button.toolTip() == "Undo: Change coordinator (Ctrl+Z)"
    assert record.plan_versions.signed_by.text().startswith(("Signed", "Checked"))
    assert re.search(r"Need found \d{1,2} [A-Z][a-z]+ \d{4}", record.subtitle.text())
    assert set(_column(record.consent_table, 6)) <= {"Valid", "Not valid"} | {
        t for t in _column(record.consent_table, 6) if t.startswith("Withdrawn ")}
    assert "Event" in texts and set(_column(record.timeline, 1)) <= {
        i18n_case.event_label(w) for w in i18n_case.EVENT_WORDS}


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_the_record_shows_the_swedish_words(qtbot, ops, ws):
    record = _record(qtbot, ops, _richest_case(ws))
    view = record.view
    _show_signed_version(record)
    texts = _record_texts(record)
    for expected in ("Lägg till vårdnadshavare…", "Registrera samtycke", "Roller i ärendet",
                     "Kartläggning", "Ny avvikelse", "Utskick av den valda versionen",
                     "Anteckna kontakt", "Deltar i hela mötet", "Förnamn", "Givet",
                     "Händelse", "Initiativtagare", "(ingen vald)", "Muntligt"):
        assert expected in texts, expected
    data = _data_values(view)
    # The rest are dates, numbers and the words the two languages share ("Status").
    assert sum(1 for t in texts if swedish(_scrub(t, data))) > len(texts) / 2
    info = next(v for v in reversed(record.plan_versions.versions) if v.is_signed)
    assert record.plan_versions.signed_by.text() == info.signed_how  # the domain's own words
    if view.case.need_found_on:
        assert record.subtitle.text().endswith(
            f"Behov upptäckt {domain_words.long_date(view.case.need_found_on)}")


@pytest.mark.demo_data(cases=12, seed=2026)
def test_a_closed_case_says_so_in_english_with_an_english_date(qtbot, ops, ws, english):  # noqa: F811
    case_id = ws.board.snapshot().cards[0].id
    ws.cases.close(case_id, CloseReason.MOVED, on=date(2026, 12, 3))
    record = _record(qtbot, ops, case_id)
    banner = record.archived_banner.text()
    assert banner.startswith("The case was closed on 3 December 2026 (moved away).")
    assert not swedish(banner)
    assert record.archive_button.text() == "Reopen the case"


@pytest.mark.demo_data(cases=12, seed=2026)
def test_the_kartlaggning_of_a_signed_plan_says_why_in_english(qtbot, ops, ws, english):  # noqa: F811
    locked = next(c.id for c in ws.board.snapshot().cards
                  if ws.views.case(c.id).mapping.reason)
    record = _record(qtbot, ops, locked)
    reason = record.view.mapping.reason
    assert record.mapping_note.text() == i18n_case.mapping_reason(reason) != reason
    assert record.mapping_note.text().startswith("Plan version ")
    assert not swedish(record.mapping_note.text())


# --- the dialogs --------------------------------------------------------------------------


def _dialog_texts(qtbot, ops, ws, folder: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Every case dialog, walked in turn (with its errors showing); and the data to leave out."""
    case_id = _richest_case(ws)
    view = ws.views.case(case_id)
    walked: dict[str, list[str]] = {}

    new_case = NewCaseDialog(ops)
    qtbot.addWidget(new_case)
    new_case.question.setPlainText("x")
    new_case.question.clear()
    qtbot.keyClicks(new_case.first_name, "a")
    new_case.first_name.clear()
    new_case.first_name.textEdited.emit("")
    qtbot.keyClicks(new_case.personnummer, "12345")
    new_case.personnummer.editingFinished.emit()
    assert all(label.isVisibleTo(new_case) for label in new_case.errors.values())
    walked["new case"] = _texts(new_case)

    close = CloseCaseDialog(ops, case_id, stage=Stage.NEED_FOUND)
    qtbot.addWidget(close)
    close.reason.setCurrentIndex(close.reason.findData(CloseReason.GOALS_REACHED))
    assert close.reason_error.isVisibleTo(close)
    walked["close case"] = _texts(close)

    adding = GuardianDialog.adding(ops, case_id)
    qtbot.addWidget(adding)
    qtbot.keyClicks(adding.personnummer, "1212121212x")
    walked["guardian, adding"] = _texts(adding)
    editing = GuardianDialog.editing(ops, case_id, view.case.guardians[0])
    qtbot.addWidget(editing)
    walked["guardian, editing"] = _texts(editing)
    person = PersonDialog.adding(ops)
    qtbot.addWidget(person)
    walked["person"] = _texts(person)

    directory = OrganisationDirectory(ops)
    qtbot.addWidget(directory)
    organisations = directory.findChild(QListWidget, "OrganisationList")
    walked["directory"] = _texts(directory) + [
        organisations.item(i).toolTip() for i in range(organisations.count())]

    importing = DirectoryImportDialog(ops)
    qtbot.addWidget(importing)
    walked["import, before"] = _texts(importing)
    csv = folder / "katalog.csv"
    csv.write_text(",".join(HEADINGS) + "\n"
                   "Familjecentralen Ekby,Öppna förskolan,Annan,Kommun,,,08-100 200 30,"
                   "ekby@exempel.se\n"
                   "Familjecentralen Ekby,Öppna förskolan,Annan,Kommun,Doris Ekdahl,"
                   "Barnsjuksköterska,08-100 200 31,doris@exempel.se\n", encoding="utf-8")
    importing.load(csv)
    assert importing.preview is not None and not importing.preview.errors
    walked["import, preview"] = _texts(importing) + _column(importing.table, 1)
    importing.run_import()
    walked["import, done"] = _texts(importing)

    dialog = ProfileDialog(ops)
    qtbot.addWidget(dialog)
    dialog.form.set_value("name", "x" * 101)
    dialog.form.set_value("phone", "12")
    dialog.form.set_value("email", "kim.example.se")
    dialog.form.show_problems(dialog.form.problems())
    assert dialog.form.errors["email"].isVisibleTo(dialog)
    walked["profile"] = _texts(dialog)

    data = _data_values(view, ("Familjecentralen Ekby", "Öppna förskolan", "Doris Ekdahl",
                               "Barnsjuksköterska"))
    return walked, data


@pytest.mark.demo_data(cases=12, seed=2026)
def test_every_case_dialog_is_english(qtbot, ops, ws, tmp_path, english):  # noqa: F811
    walked, data = _dialog_texts(qtbot, ops, ws, tmp_path)
    for name, texts in walked.items():
        assert texts, name
        _assert_english(texts, data)
    assert "New case" in walked["new case"] and "Create case" in walked["new case"]
    assert "Write the child's name." in walked["new case"]
    assert any(t.startswith("The case is in the stage “Need for coordination identified”")
               for t in walked["close case"])
    assert "Goals reached" in walked["close case"]
    assert "Guardian" in walked["guardian, adding"] and "Save" in walked["guardian, editing"]
    assert "Person in the network" in walked["person"]
    assert "Governing body" in walked["directory"] and "Municipality" in walked["directory"]
    assert "Import 1 organisation and 1 person" in walked["import, preview"]
    assert "Added" in walked["import, preview"]
    assert any(t.startswith("Done: 1 organisation and 1 person") for t in walked["import, done"])
    assert "Your details" in walked["profile"] and "Later" in walked["profile"]
    assert any(t.startswith("The name may be at most 100") for t in walked["profile"])


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_the_case_dialogs_are_unchanged(qtbot, ops, ws, tmp_path):
    walked, data = _dialog_texts(qtbot, ops, ws, tmp_path)
    assert "Nytt ärende" in walked["new case"] and "Skapa ärende" in walked["new case"]
    assert NAME_MISSING in walked["new case"] and QUESTION_MISSING in walked["new case"]
    assert close_problem(Stage.NEED_FOUND, CloseReason.GOALS_REACHED) in walked["close case"]
    assert "Vårdnadshavare" in walked["guardian, adding"]
    assert "Huvudman" in walked["directory"] and "Kommun" in walked["directory"]
    assert "Importera 1 organisation och 1 person" in walked["import, preview"]
    assert "Läggs till" in walked["import, preview"]
    assert "Dina uppgifter" in walked["profile"] and "Senare" in walked["profile"]
    for name, texts in walked.items():
        assert any(swedish(_scrub(t, data)) for t in texts), name


# --- the domain's words, translated at the edge, agree with the domain ----------------------


def test_the_enum_words_are_the_domains():
    for name, words in i18n_case.ENUM_WORDS.items():
        kind = RowStatus if name == "RowStatus" else getattr(enums, name)
        assert set(words) == {value.label for value in kind}, name


def test_the_event_words_are_the_services():
    assert set(i18n_case.EVENT_WORDS) == set(EVENT_LABELS.values()) | {"Möte"}


def test_the_section_words_are_the_shipped_templates():
    files = [resources_dir() / "templates" / "uppsala.json",
             Path(template_module.__file__).parent / "templates" / "default.json"]
    shipped = {text for path in files
               for s in json.loads(path.read_text("utf-8"))["sections"]
               if s["key"] in MAPPING_KEYS for text in (s["title"], s["help"])}
    assert set(i18n_case.SECTION_WORDS) == shipped


def test_the_title_example_is_the_domains():
    assert profile.TITLE_EXAMPLE == DEFAULT_TITLE


def _owner_problems() -> list[tuple[str, tuple[str, ...]]]:
    """Each of plan_owner_problems' sentences, with the names in it."""
    school = Organisation("Ekbyskolan", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=1)
    owner = Person("Lars Öberg", "mentor", None, id=7)
    at_school = Person("Lars Öberg", "mentor", 1, id=7)

    def case(**kw) -> Case:
        return Case("SIP-2026-001", Child("Alva", "Ek"), **kw)

    found = [
        (plan_owner_problems(case())[0], ()),
        (plan_owner_problems(case(plan_owner_id=7))[0], ()),
        (plan_owner_problems(case(plan_owner_id=7, network=[owner]))[0], ("Lars Öberg",)),
        (plan_owner_problems(case(plan_owner_id=7, network=[at_school]), {1: school})[0],
         ("Lars Öberg", "Ekbyskolan")),
    ]
    assert len({text for text, _ in found}) == len(i18n_case.OWNER_PROBLEMS)
    return found


def _typing_problems() -> list[str]:
    found = [NAME_MISSING, QUESTION_MISSING]
    for typed in ("123", "12121212-12x2", "201212-12-12", "1212121212121", "20121212-1213",
                  "20991212-1212", "20121332-1212"):
        try:
            parse_personnummer(typed, date(2026, 11, 23))
        except ValidationError as error:
            found.append(error.message)
    return found


def _profile_problems() -> list[str]:
    found: list[str] = []
    for kw in ({"name": "x" * 101}, {"title": "x" * 101}, {"organisation": "x" * 201},
               {"phone": "1" * 41}, {"email": "a@b.se" * 40}, {"title": "Kurator"},
               {"name": "Kim", "phone": "abc"}, {"name": "Kim", "phone": "12"},
               {"name": "Kim", "email": "kim"}):
        found.extend(CoordinatorProfile(**kw).problems().values())
    return found


def _sentences() -> list[tuple[str, tuple[str, ...]]]:
    return [
        *_owner_problems(),
        (close_problem(Stage.MEETING, CloseReason.GOALS_REACHED), ()),
        ("Plan version 2 är undertecknad. Påbörja en ny planversion för att ändra "
         "kartläggningen.", ()),
        *((text, ()) for text in _typing_problems()),
        *((text, ("x" * 101, "kim", "abc")) for text in _profile_problems()),
    ]


def test_every_domain_sentence_is_english(english):  # noqa: F811
    sentences = _sentences()
    assert len(_typing_problems()) >= len(i18n_case.TYPING_PROBLEMS)
    assert len(set(_profile_problems())) == len(i18n_case.PROFILE_PROBLEMS)
    for text, names in sentences:
        shown = i18n_case.domain_sentence(text)
        assert shown != text, text
        assert not swedish(_scrub(Text(shown, "Warning"), list(names))), shown
    assert i18n_case.close_problem_text(close_problem(Stage.MEETING, CloseReason.GOALS_REACHED)) \
        .startswith("The case is in the stage “Meeting where the SIP is drawn up”.")
    assert i18n_case.signed_how(enums.SigningMethod.PAPER, date(2026, 12, 21),
                                ["Anna Berg", "Maria Lind", "Kim Ek"]) == (
        "Signed on paper on 21 December 2026 by Anna Berg, Maria Lind and Kim Ek.")
    assert directory_import.counted(1, 3) == "1 organisation and 3 people"
    assert i18n_case.long_date(date(2026, 12, 3)) == "3 December 2026"


def test_under_swedish_the_domain_sentences_are_the_domains():
    for text, _names in _sentences():
        assert i18n_case.domain_sentence(text) == text
    for organisations, people in ((0, 0), (1, 1), (3, 12), (1, 2)):
        assert directory_import.counted(organisations, people) == domain_counted(
            organisations, people)
    assert i18n_case.long_date(date(2026, 12, 3)) == "3 december 2026"
    assert i18n_case.signed_how(enums.SigningMethod.ADJUSTED, None, ["Anna Berg"]) == (
        "Justerad av Anna Berg.")


@pytest.mark.demo_data(cases=12, seed=2026)
def test_under_swedish_who_signed_is_the_services_sentence(ws):
    infos = [info for card in ws.board.snapshot().cards
             for info in ws.views.case(card.id).versions if info.is_signed]
    assert infos
    for info in infos:
        names = [s.name for s in info.signatures]
        assert i18n_case.signed_how(info.signing_method, info.signed_on, names) == \
            info.signed_how


def test_an_unknown_sentence_is_shown_as_it_is(english):  # noqa: F811
    assert i18n_case.domain_sentence("Något helt annat.") == "Något helt annat."
    assert i18n_case.section_text("Egen rubrik") == "Egen rubrik"
