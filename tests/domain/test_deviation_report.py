"""The deviation report's content: the child by initials only, the meeting it concerns."""

from __future__ import annotations

from datetime import date, time

from sipdesk.domain.deviation_report import NO_DESCRIPTION, build_deviation_report
from sipdesk.domain.entities import (
    Case,
    Child,
    Deviation,
    Invitation,
    Meeting,
    Organisation,
)
from sipdesk.domain.enums import (
    Attendance,
    DeviationKind,
    InvitationKind,
    MeetingKind,
    OrgKind,
    Principal,
)

DAY = date(2026, 11, 16)
BUP = Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=1, unit="Mottagning 2")
ORGS = {BUP.id: BUP}


def _case() -> Case:
    # 20121212-1212 is a Skatteverket test personnummer; the family is fictional.
    meeting = Meeting(MeetingKind.FIRST_SIP, date=DAY, start=time(13), end=time(14, 30), id=5,
                      invitations=[Invitation(invitee_name="Anna Berg", profession="psykolog",
                                              kind=InvitationKind.SUMMONS, organisation_id=1,
                                              attendance=Attendance.ABSENT_WITHOUT_NOTICE)])
    return Case("SIP-2026-0007", Child("Elsa", "Lind", "20121212-1212"), coordinator="Sara Nord",
                meetings=[Meeting(MeetingKind.PRE_MEETING, date=date(2026, 10, 1), id=4),
                          meeting])


def test_report_names_the_organisation_kind_date_meeting_and_reporter():
    deviation = Deviation(DeviationKind.DID_NOT_ATTEND, DAY, 1, "Anna Berg kom inte.", True, 9)
    report = build_deviation_report(_case(), deviation, ORGS, date(2026, 11, 23))
    assert report.case_reference == "SIP-2026-0007"
    assert report.child_initials == "E.L."
    assert report.organisation == "BUP Norrby, Mottagning 2"
    assert report.principal == "Region"
    assert report.kind_label == "Uteblev från mötet"
    assert report.occurred_on == "16 november 2026"
    assert report.meeting == "SIP-möte 16 november 2026 kl. 13.00–14.30"
    assert report.draft and report.status.startswith("Utkast")
    assert report.reported_by == "Sara Nord"
    assert report.reported_on == "23 november 2026"


def test_description_never_carries_the_childs_name_or_personnummer():
    text = "Elsa Lind väntade i en timme. Elsas mamma ringde. 20121212-1212 nämndes."
    deviation = Deviation(DeviationKind.TREATMENT, DAY, 1, text, False, 9)
    report = build_deviation_report(_case(), deviation, ORGS, DAY)
    assert "Elsa" not in report.description and "Lind" not in report.description
    assert "20121212-1212" not in report.description
    assert report.description.startswith("E.L. väntade")
    assert report.status == "Registrerad"


def test_no_meeting_on_that_day_and_no_description():
    deviation = Deviation(DeviationKind.COMMITMENT_NOT_MET, date(2026, 11, 2), 1, "  ", True, 9)
    report = build_deviation_report(_case(), deviation, ORGS, DAY)
    assert report.meeting == ""
    assert report.description == NO_DESCRIPTION


def test_unknown_organisation_is_blank():
    deviation = Deviation(DeviationKind.OTHER, DAY, None, "x", False, 9)
    report = build_deviation_report(_case(), deviation, ORGS, DAY)
    assert report.organisation == "" and report.principal == ""
