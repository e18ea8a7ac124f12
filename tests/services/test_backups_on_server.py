"""A team server is backed up by IT (pg_dump, archiving), never by the coordinator's computer;
the program says so instead of warning that no backup exists."""

from __future__ import annotations

import pytest

from sipdesk.domain.errors import ValidationError


def test_the_server_keeps_its_own_backups_and_the_computer_makes_none(ws) -> None:
    overview = ws.backups.overview()
    assert overview.on_server is ws.on_server
    if not ws.on_server:
        assert ws.backups.make().verified  # a laptop store is backed up here
        return
    with pytest.raises(ValidationError, match="teamservern, som kommunens IT-avdelning"):
        ws.backups.make()
    assert ws.backups.make_auto("timer") is None
    assert ws.backups.list() == []
