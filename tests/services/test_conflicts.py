"""Two coordinators writing the same plan section: the second sees both texts and chooses.

Runs on both stores. On the local file a conflict can only come from two windows of
one program (one workspace); on the server from two programs (two workspaces on one
database), which the tests marked postgresql-only show with a second workspace.
"""

from __future__ import annotations

import pytest

from sipdesk.domain.enums import MeetingKind, Stage
from sipdesk.services.conflicts import EditConflict, StaleWrite
from sipdesk.services.failures import describe
from sipdesk.services.plans import PlanService
from sipdesk.services.workspace import Workspace
from tests.conftest import TODAY

KEY = "child_voice"


def _open_protocol(ws):
    case = next(c for c in ws.cases.all() if c.stage is Stage.ACTORS_INVITED)
    meeting = next(m for m in case.meetings if m.kind is MeetingKind.FIRST_SIP)
    return ws.protocol.open(meeting.id)


@pytest.fixture
def second(request, backend, demo_ws, tmp_path):
    """A second program on the same server database (postgresql only)."""
    if backend != "postgresql":
        pytest.skip("two programs share a store only on a server")
    url = demo_ws.store.url.render_as_string(hide_password=False)
    other = Workspace.open_server(url, tmp_path / "colleague", clock=lambda: TODAY)
    request.addfinalizer(other.close)
    return other


def test_a_write_on_an_older_version_is_refused_with_both_texts(demo_ws):
    read = _open_protocol(demo_ws)
    version = read.section(KEY).version
    assert version >= 1
    # Window (or colleague) A stores first, on the version both read.
    demo_ws.protocol.set_section(read.plan_id, KEY, "Lugn i klassrummet.", version)
    with pytest.raises(EditConflict) as caught:
        demo_ws.protocol.set_section(read.plan_id, KEY, "Mer rast.", version)
    conflict = caught.value
    assert (conflict.theirs, conflict.mine) == ("Lugn i klassrummet.", "Mer rast.")
    assert "kollega" in describe(conflict).message
    # Nothing was overwritten...
    stored = demo_ws.protocol.get(read.plan_id).section(KEY)
    assert stored.text == "Lugn i klassrummet." and stored.version == conflict.version
    # ...and "keep mine" writes again on the version now stored.
    demo_ws.protocol.set_section(read.plan_id, KEY, conflict.mine, conflict.version)
    assert demo_ws.protocol.get(read.plan_id).section(KEY).text == "Mer rast."


def test_writing_on_ones_own_latest_version_and_the_same_text_are_no_conflict(demo_ws):
    read = _open_protocol(demo_ws)
    v1 = read.section(KEY).version
    v2 = demo_ws.protocol.set_section(read.plan_id, KEY, "Ett", v1)
    v3 = demo_ws.protocol.set_section(read.plan_id, KEY, "Ett två", v2)
    assert v1 < v2 < v3
    # A colleague who wrote exactly the same words loses nothing by either text.
    assert demo_ws.protocol.set_section(read.plan_id, KEY, "Ett två", v1) == v3
    # The internal note shares the row but is not the text: it makes no one's text stale.
    demo_ws.protocol.set_internal_note(read.plan_id, KEY, "Ring skolan")
    demo_ws.protocol.set_section(read.plan_id, KEY, "Ett två tre", v3)
    assert demo_ws.protocol.get(read.plan_id).section(KEY).text == "Ett två tre"


def test_the_case_record_mapping_still_writes_without_a_version(demo_ws):
    read = _open_protocol(demo_ws)
    version = read.section("question").version
    demo_ws.protocol.set_section(read.plan_id, "question", "Från mötet", version)
    demo_ws.protocol.set_section(read.plan_id, "question", "Från mötet", version)  # same text
    with pytest.raises(EditConflict):
        demo_ws.protocol.set_section(read.plan_id, "question", "Annat", 1_000)
    demo_ws.plans.set_section(read.plan_id, "question", "Sista ordet")
    assert demo_ws.protocol.get(read.plan_id).section("question").text == "Sista ordet"


def test_two_programs_on_one_server_the_second_sees_the_conflict(demo_ws, second):
    read_a = _open_protocol(demo_ws)
    read_b = second.protocol.get(read_a.plan_id)
    assert read_b.section(KEY).version == read_a.section(KEY).version
    demo_ws.protocol.set_section(read_a.plan_id, KEY, "A skrev först.",
                                 read_a.section(KEY).version)
    with pytest.raises(EditConflict) as caught:
        second.protocol.set_section(read_b.plan_id, KEY, "B skrev sen.",
                                    read_b.section(KEY).version)
    assert (caught.value.theirs, caught.value.mine) == ("A skrev först.", "B skrev sen.")
    assert second.protocol.get(read_b.plan_id).section(KEY).text == "A skrev först."
    second.protocol.set_section(read_b.plan_id, KEY, caught.value.mine, caught.value.version)
    assert demo_ws.protocol.get(read_a.plan_id).section(KEY).text == "B skrev sen."


def test_a_colleague_storing_between_read_and_write_is_caught_by_the_row_version(
        demo_ws, second, monkeypatch):
    """The race the version check alone cannot see: the UPDATE itself finds the newer row."""
    plan_id = _open_protocol(demo_ws).plan_id
    editable = PlanService._editable

    def read_then_colleague_writes(s, pid):
        row = editable(s, pid)
        _ = [sec.text for sec in row.sections]  # this writer has read the section...
        monkeypatch.undo()
        demo_ws.protocol.set_section(pid, KEY, "Kollegans text.")  # ...then A commits
        return row

    monkeypatch.setattr(second.plans, "_editable", read_then_colleague_writes)
    with pytest.raises(EditConflict) as caught:
        second.protocol.set_section(plan_id, KEY, "Min text.")
    assert (caught.value.theirs, caught.value.mine) == ("Kollegans text.", "Min text.")
    assert second.protocol.get(plan_id).section(KEY).text == "Kollegans text."


def test_a_case_changed_under_a_write_is_told_plainly(demo_ws, second, monkeypatch):
    case = demo_ws.cases.all()[0]
    from sqlalchemy.orm.exc import StaleDataError
    failure = describe(StaleDataError("x"))
    assert failure.refused and failure.message == StaleWrite().message
    with demo_ws.transaction() as s:
        from sipdesk.store import models as m
        row = s.get(m.CaseRow, case.id)
        before = row.row_version
        second.cases.update(case.id, question="Kollegans fråga")
        row.question = "Min fråga"
        with pytest.raises(StaleDataError):
            s.flush()
        s.rollback()
    assert second.cases.get(case.id).question == "Kollegans fråga"
    assert before >= 1
