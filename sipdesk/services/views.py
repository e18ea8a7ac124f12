"""Read models: what one surface shows, read in one go.

Opening a case used to cost eight loads of the same case, one per panel.
A CaseView is read once (the case graph, the directory, and what is worked
out from them) and every tab of the record is filled from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sipdesk.domain import responses
from sipdesk.domain.signing import plan_owner_problems
from sipdesk.domain.views import CaseView, MeetingView
from sipdesk.services.cases import timeline_of
from sipdesk.services.plans import owner_organisation_of

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


class ViewService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def case(self, case_id: int) -> CaseView:
        """The case record's whole content, in one read."""
        ws = self._ws
        with ws.reading():
            case = ws.cases.get(case_id)
            orgs = ws.directory.organisations_by_id()
            people = tuple(ws.directory.people())
        # Reading the case for the record is an access: it goes into the access log.
        ws.access.opened(case_id, case.reference)
        return CaseView(
            case=case,
            organisations=orgs,
            people=people,
            mapping=ws.cases.mapping_of(case),
            timeline=tuple(timeline_of(case)),
            versions=tuple(ws.plans.versions_of(case, orgs)),
            owner_problems=tuple(plan_owner_problems(case, orgs)),
            owner_organisation_id=owner_organisation_of(case),
            today=ws.today(),
            undo=ws.undo.status(case_id),
        )

    def meeting(self, meeting_id: int) -> MeetingView:
        """One meeting and the tracker rows of everyone invited to it."""
        ws = self._ws
        with ws.reading():
            context = ws.meetings.context(meeting_id)
            orgs = ws.directory.organisations_by_id()
            case = ws.cases.get(context.case_id)  # the invitees' phones and e-mail
        on = ws.today()
        rows = responses.tracker_rows(context.meeting, on, ws.settings.deadlines(), orgs, case)
        return MeetingView(context=context, rows=tuple(rows), today=on)
