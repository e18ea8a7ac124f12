"""The case record's kartläggning: a colleague's newer text is never silently overwritten.

Each mapping write carries the version the writer read (MappingSection.version);
a write on an older version is refused with both texts (EditConflict), as in
meeting mode. Runs on both stores: on the local file the two writers are two
windows of one program, on the server two programs on one database.
"""

from __future__ import annotations

import pytest

from sipdesk.domain.enums import PlanStatus
from sipdesk.services.conflicts import EditConflict
from sipdesk.services.workspace import Workspace
from tests.conftest import TODAY

KEY = "child_voice"


@pytest.fixture
def colleague(request, backend, demo_ws, tmp_path) -> Workspace:
    """The other writer: the same workspace locally, a second program on the server."""
    if backend != "postgresql":
        return demo_ws
    url = demo_ws.store.url.render_as_string(hide_password=False)
    other = Workspace.open_server(url, tmp_path / "colleague", clock=lambda: TODAY)
    request.addfinalizer(other.close)
    return other


def _draft_case(ws) -> int:
    for case in ws.cases.all():
        plan = case.current_plan
        if plan is not None and plan.status is PlanStatus.DRAFT:
            return case.id
    raise AssertionError("the demo has no case with a draft plan")


def _new_case(ws):
    return ws.cases.create(first_name="Elsa", last_name="Lind",
                           question="Hur får Elsa stöd i skolan?")


def _section(ws, case_id: int, key: str = KEY):
    return next(s for s in ws.cases.mapping(case_id).sections if s.key == key)


def test_the_second_writer_of_a_mapping_section_sees_both_texts(demo_ws, colleague) -> None:
    case_id = _draft_case(demo_ws)
    mine, theirs = _section(demo_ws, case_id), _section(colleague, case_id)
    assert mine.version == theirs.version >= 1

    colleague.cases.set_mapping(case_id, KEY, "Kollegans kartläggning.", theirs.version)
    with pytest.raises(EditConflict) as caught:
        demo_ws.cases.set_mapping(case_id, KEY, "Min kartläggning.", mine.version)

    conflict = caught.value
    assert (conflict.mine, conflict.theirs) == ("Min kartläggning.", "Kollegans kartläggning.")
    assert _section(demo_ws, case_id).text == "Kollegans kartläggning."  # nothing overwritten
    # "Behåll min text": written again on the version now stored.
    demo_ws.cases.set_mapping(case_id, KEY, conflict.mine, conflict.version)
    assert _section(colleague, case_id).text == "Min kartläggning."


def test_writing_on_after_ones_own_write_is_no_conflict(demo_ws) -> None:
    case_id = _draft_case(demo_ws)
    read = _section(demo_ws, case_id)
    after_first = demo_ws.cases.write_mapping(case_id, KEY, "Ett", read.version)
    after_second = demo_ws.cases.write_mapping(case_id, KEY, "Ett två", after_first)
    assert read.version < after_first < after_second
    assert _section(demo_ws, case_id).text == "Ett två"
    assert _section(demo_ws, case_id).version == after_second


def test_a_plan_a_colleague_started_meanwhile_is_not_written_over(ws, request, backend,
                                                                 tmp_path) -> None:
    """Read with no plan (version 0); the colleague starts one and writes: a conflict."""
    case = _new_case(ws)
    other = ws
    if backend == "postgresql":
        url = ws.store.url.render_as_string(hide_password=False)
        other = Workspace.open_server(url, tmp_path / "colleague", clock=lambda: TODAY)
        request.addfinalizer(other.close)
    read = _section(ws, case.id)
    assert read.version == 0 and ws.cases.mapping(case.id).plan_id is None

    other.cases.set_mapping(case.id, KEY, "Kollegan började planen.", 0)
    with pytest.raises(EditConflict) as caught:
        ws.cases.set_mapping(case.id, KEY, "Jag också.", read.version)
    assert caught.value.theirs == "Kollegan började planen."
    assert len(ws.cases.get(case.id).plans) == 1


def test_the_first_mapping_text_starts_the_plan_without_a_conflict(ws) -> None:
    case = _new_case(ws)
    ws.cases.set_mapping(case.id, KEY, "Det första.", _section(ws, case.id).version)
    assert _section(ws, case.id).text == "Det första."
