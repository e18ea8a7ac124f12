"""Moving a laptop store to the server: everything arrives, counts and fingerprints equal."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.local_store("the laptop is a local store; the server is made here")


@pytest.fixture
def empty_server(request, server_templates, tmp_path: Path):
    from sipdesk.services.workspace import Workspace

    ws = server_templates.open_copy(tmp_path / "server")
    request.addfinalizer(lambda: server_templates.drop(ws))
    return ws, Workspace


def test_a_demo_laptop_moves_to_the_server_with_equal_counts_and_fingerprints(
        demo_ws, empty_server) -> None:
    from sipdesk.domain.errors import ValidationError
    from sipdesk.services.server_import import import_store
    from sipdesk.services.takealong import fingerprints

    server, _ = empty_server
    done = import_store(demo_ws, server)

    laptop_cards = {c.reference: c.id for c in demo_ws.board.cards()}
    server_cards = {c.reference: c.id for c in server.board.cards()}
    assert done.cases == 12 and set(server_cards) == set(laptop_cards)
    for reference, local_id in laptop_cards.items():
        here, there = demo_ws.cases.get(local_id), server.cases.get(server_cards[reference])
        assert fingerprints(server, there.id) == fingerprints(demo_ws, local_id)
        assert len(there.meetings) == len(here.meetings)
        assert [len(mt.invitations) for mt in there.meetings] == \
            [len(mt.invitations) for mt in here.meetings]
        assert [e.text for e in there.history] == [e.text for e in here.history]
        assert there.child == here.child
    assert server.access.verify().intact

    with pytest.raises(ValidationError, match="redan flyttat"):
        import_store(demo_ws, server)


def test_the_command_moves_a_laptop_store_and_says_what_it_moved(
        demo_ws, empty_server, capsys) -> None:
    from sipdesk.cli.main import main

    server, _ = empty_server
    folder = demo_ws.data_dir
    demo_ws.close()
    url = server.store.url.render_as_string(hide_password=False)
    assert main(["server", "import", "--data-dir", str(folder), url]) == 0
    assert "12 ärenden" in capsys.readouterr().out
    assert main(["server", "import", "--data-dir", str(folder), url]) != 0
    assert "redan flyttat" in capsys.readouterr().err


def test_a_second_laptop_whose_numbers_the_server_already_gave_moves_with_new_numbers(
        demo_ws, empty_server, tmp_path: Path, capsys, monkeypatch) -> None:
    """The second coordinator to move to the server: her SIP-2026-0001 is a colleague's
    there. Her case gets the server's next number, its history and log say so, and the
    server never gives a number twice afterwards."""
    from sipdesk.cli.main import main
    from sipdesk.services.errors import Secrets
    from sipdesk.services.server_import import import_store
    from sipdesk.services.takealong import fingerprints

    server, workspace = empty_server
    first = import_store(demo_ws, server)
    assert first.renumbered == ()
    before = {c.reference for c in server.board.cards()}

    second_dir = tmp_path / "bo"
    bo = workspace.open_or_create(second_dir, Secrets(passphrase="Bos lösenfras 2026"))
    mine = bo.cases.create(first_name="Bruno", last_name="Testsson", question="Skolfrånvaro")
    assert mine.reference in before  # the laptop's own counter started at 1 as well
    bo.access.opened(mine.id, mine.reference)
    laptop_entries = len(bo.access.extract(mine.reference).entries)
    laptop_prints = fingerprints(bo, mine.id)
    bo.close()

    url = server.store.url.render_as_string(hide_password=False)
    monkeypatch.setenv("SIPDESK_PASSPHRASE", "Bos lösenfras 2026")
    assert main(["server", "import", "--data-dir", str(second_dir), url]) == 0
    out = capsys.readouterr().out
    assert "1 ärenden" in out and f"{mine.reference} -> " in out

    after = {c.reference: c for c in server.board.cards()}
    moved = [ref for ref in after if ref not in before]
    assert len(moved) == 1 and moved[0] != mine.reference
    new = server.cases.get(after[moved[0]].id)
    assert new.child.first_name == "Bruno"
    assert any(mine.reference in e.text and moved[0] in e.text for e in new.history)
    assert [v for v, _ in fingerprints(server, new.id)] == [v for v, _ in laptop_prints]
    assert server.access.verify().intact
    # Every log entry of the case, the laptop's too, is found under its new number.
    assert len(server.access.extract(moved[0]).entries) >= laptop_entries >= 2

    # The server's counter is past every number it now holds.
    fresh = server.cases.create(first_name="Ny", last_name="Testsson", question="Oro")
    assert fresh.reference not in after
