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
