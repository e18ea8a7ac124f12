"""`sipdesk log CASE_REF [--pdf FIL]`, and `sipdesk check` on the access log's chain."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from sipdesk.cli.main import main
from sipdesk.services.access_log import USER_ENV
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from tests.cli.runner import PASSPHRASE, sipdesk

USER = "samordnare.test"


@pytest.fixture
def store(tmp_path, store_templates, memory_keyring, monkeypatch):
    """A store of its own with one case (fictional child) that was changed and opened;
    closed, so the command opens it as a script would (the key in the test keychain)."""
    monkeypatch.setenv(USER_ENV, USER)
    folder = tmp_path / "data"
    with store_templates.get().open_copy(folder, memory_keyring) as ws:
        case = ws.cases.create(first_name="Tindra", last_name="Fjällgren", question="Skolan")
        ws.cases.update(case.id, question="Skolan och fritiden")
        ws.views.case(case.id)
    return folder, case.reference


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_prints_the_entries_of_a_case_as_a_table(store, capsys):
    folder, ref = store
    code, out, err = _run(capsys, "--data-dir", str(folder), "log", ref)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Åtkomstlogg för ärende {ref}: 3 poster"
    assert lines[1].split() == ["Tid", "Användare", "Händelse", "Detalj"]
    assert [line.split()[3] for line in lines[2:]] == ["Ändrade", "Ändrade", "Öppnade"]
    assert all(USER in line for line in lines[2:])
    assert "Tindra" not in out


def test_log_reference_is_found_whatever_its_case(store, capsys):
    folder, ref = store
    code, out, _ = _run(capsys, "--data-dir", str(folder), "log", ref.lower())
    assert code == 0 and f"ärende {ref}:" in out


def test_log_pdf_writes_the_extract_and_logs_the_export(store, capsys, tmp_path):
    folder, ref = store
    out_file = tmp_path / "utdrag.pdf"
    code, out, err = _run(capsys, "--data-dir", str(folder), "log", ref, "--pdf", str(out_file))
    assert code == 0, err
    assert f"Loggutdraget för ärende {ref} (3 poster) har sparats" in out
    text = "\n".join(p.extract_text() for p in PdfReader(str(out_file)).pages)
    assert ref in text and USER in text and "Öppnade" in text
    _, again, _ = _run(capsys, "--data-dir", str(folder), "log", ref)
    assert again.splitlines()[-1].split()[3:] == ["Exporterade", "loggutdrag", "som", "PDF"]


def test_log_of_an_unknown_case_is_refused_in_swedish(store, capsys):
    folder, _ = store
    code, out, err = _run(capsys, "--data-dir", str(folder), "log", "SIP-1999-0001")
    assert code == 1
    assert "Ärendet SIP-1999-0001 finns inte." in err and "Traceback" not in err


def _alter_detail(folder, entry_id: int, secrets: Secrets | None = None) -> None:
    with Workspace.open(folder, secrets or Secrets()) as ws, ws.store.engine.begin() as conn:
        # The program never does this: the trigger is dropped as an attacker would.
        conn.exec_driver_sql("DROP TRIGGER access_log_no_update")
        conn.exec_driver_sql(
            f"UPDATE access_log SET detail = 'ingenting' WHERE id = {int(entry_id)}")


def test_check_fails_and_names_the_entry_when_one_was_altered(store, capsys):
    folder, ref = store
    code, out, _ = _run(capsys, "--data-dir", str(folder), "check")
    assert "Åtkomstlogg" in out and "kedjan är hel" in out
    _alter_detail(folder, 2)
    code, out, _ = _run(capsys, "--data-dir", str(folder), "check")
    assert code != 0
    assert re.search(r"PROBLEM: Åtkomstloggens post 2 \(.*\) har ändrats", out), out
    # The log still shows, with a warning, and fails too.
    code, out, _ = _run(capsys, "--data-dir", str(folder), "log", ref)
    assert code != 0 and "kontrollkedja är bruten" in out


def test_log_and_check_as_real_processes(demo_store, demo_listing, tmp_path):
    ref = re.search(r"^(SIP-\S+)", demo_listing.stdout.splitlines()[1]).group(1)
    result = sipdesk("--data-dir", str(demo_store), "log", ref)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Åtkomstlogg för ärende {ref}:")
    assert "Ändrade" in result.stdout
    _alter_detail(demo_store, 1, Secrets(passphrase=PASSPHRASE))
    check = sipdesk("--data-dir", str(demo_store), "check")
    assert check.returncode != 0
    assert "PROBLEM: Åtkomstloggens post 1" in check.stdout
    assert "Traceback" not in check.stderr
