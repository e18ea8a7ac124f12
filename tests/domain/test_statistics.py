"""Each statistics measure on a small hand-made data set, counted by hand beside it."""

from __future__ import annotations

from datetime import date

import pytest

from sipdesk.domain.deadline_settings import DeadlineSettings
from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import (
    Attendance,
    DeviationKind,
    MeetingKind,
    OrgKind,
    Principal,
    Response,
)
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.statistics import (
    CaseFact,
    DeviationFact,
    Facts,
    Figure,
    Filters,
    InvitationFact,
    MeetingFact,
    PlanFact,
    compute,
    percent,
)
from sipdesk.domain.stats_measures import MEASURES, Party, party_of
from sipdesk.domain.stats_period import (
    Period,
    last_quarter,
    last_twelve_months,
    this_month,
    this_year,
)

SCHOOL, SOCIAL, BUP, HAB, CHURCH = 1, 2, 3, 4, 5
ORGS = {
    SCHOOL: Organisation("Norrby skola", OrgKind.SCHOOL, Principal.MUNICIPALITY, id=SCHOOL),
    SOCIAL: Organisation("Socialtjänsten", OrgKind.SOCIAL_SERVICES, Principal.MUNICIPALITY,
                         id=SOCIAL),
    BUP: Organisation("BUP Norrby", OrgKind.BUP, Principal.REGION, id=BUP),
    HAB: Organisation("Habiliteringen", OrgKind.HABILITATION, Principal.REGION, id=HAB),
    CHURCH: Organisation("Fritidsgården", OrgKind.OTHER, Principal.OTHER, id=CHURCH),
}
SPRING = Period(date(2026, 3, 1), date(2026, 5, 31))
AS_OF = date(2026, 6, 15)
P, WITH, WITHOUT, UNKNOWN = (Attendance.PRESENT, Attendance.ABSENT_WITH_NOTICE,
                             Attendance.ABSENT_WITHOUT_NOTICE, Attendance.UNKNOWN)


def inv(meeting_id, org, attendance=P, *, response=Response.ACCEPTED, sent=None,
        answer_by=None, answered=None):
    return InvitationFact(meeting_id, org, response, attendance, sent, answer_by, answered)


def facts():
    """Five cases, seven meetings (five held in spring), three signed plans, three deviations."""
    meetings = [
        # held in the period
        MeetingFact(1, 1, MeetingKind.FIRST_SIP, date(2026, 3, 10), SCHOOL),
        MeetingFact(2, 2, MeetingKind.FIRST_SIP, date(2026, 3, 20), BUP),
        MeetingFact(3, 3, MeetingKind.FIRST_SIP, date(2026, 4, 2), SOCIAL),
        MeetingFact(4, 1, MeetingKind.FOLLOW_UP, date(2026, 5, 29), None),
        MeetingFact(5, 4, MeetingKind.FIRST_SIP, date(2026, 5, 31), SCHOOL),
        # not counted: a pre-meeting, one before the period, one after it
        MeetingFact(6, 5, MeetingKind.PRE_MEETING, date(2026, 4, 1), SCHOOL),
        MeetingFact(7, 5, MeetingKind.FIRST_SIP, date(2026, 2, 27), SCHOOL),
        MeetingFact(8, 5, MeetingKind.FOLLOW_UP, date(2026, 6, 1), SCHOOL),
    ]
    invitations = [
        # meeting 1: everyone present (school, social, BUP); the child has no organisation
        inv(1, SCHOOL, sent=date(2026, 2, 10), answered=date(2026, 2, 12)),
        inv(1, SOCIAL, sent=date(2026, 2, 10), answered=date(2026, 3, 1)),
        inv(1, BUP, sent=date(2026, 2, 10), answered=date(2026, 2, 20)),
        inv(1, None, sent=date(2026, 2, 10), response=Response.NO_ANSWER),
        # meeting 2: BUP sends a substitute, the habilitation is a no-show
        inv(2, SCHOOL, sent=date(2026, 3, 10)),
        inv(2, BUP, response=Response.SUBSTITUTE, sent=date(2026, 3, 10)),
        inv(2, HAB, WITHOUT, sent=date(2026, 3, 10)),
        # meeting 3: the school gave notice; attendance of the social services not recorded
        inv(3, SCHOOL, WITH, response=Response.DECLINED),
        inv(3, SOCIAL, UNKNOWN),
        inv(3, CHURCH),
        # meeting 4: school and region, BUP no-show
        inv(4, SCHOOL, sent=date(2026, 5, 1), answer_by=date(2026, 5, 5),
            answered=date(2026, 5, 6)),
        inv(4, BUP, WITHOUT, sent=date(2026, 5, 1)),
        # meeting 5: all three present
        inv(5, SCHOOL), inv(5, SOCIAL), inv(5, HAB),
    ]
    cases = [
        CaseFact(1, "Karin", date(2026, 1, 1), date(2026, 1, 11)),  # 10 days, then 58
        CaseFact(2, "Karin", date(2026, 2, 1), date(2026, 2, 21)),  # 20 days, then 27
        CaseFact(3, "Omar", date(2026, 3, 1), date(2026, 3, 4)),    # 3 days, then 29
        CaseFact(4, "Omar", None, date(2026, 5, 1)),                # no need date, then 30
        CaseFact(5, "Omar", date(2025, 12, 1), date(2026, 1, 5)),   # first meeting Feb: out
    ]
    plans = [
        # signed at meeting 7 (27 Feb); follow-up due 27 May: meeting 8 is in June, late
        PlanFact(5, 7, date(2026, 2, 27), True, True),
        # signed at meeting 1; follow-up due 10 June, after the period: not counted as due
        PlanFact(1, 1, date(2026, 3, 10), True, False),
        # signed a week after meeting 2; due 27 June
        PlanFact(2, 2, date(2026, 3, 27), False, False),
        # signed long ago, due 15 March: no follow-up held at all
        PlanFact(3, None, date(2025, 12, 15), False, True),
    ]
    deviations = [
        DeviationFact(2, DeviationKind.DID_NOT_ATTEND, HAB, date(2026, 3, 20)),
        DeviationFact(1, DeviationKind.DID_NOT_ATTEND, BUP, date(2026, 5, 29)),
        DeviationFact(1, DeviationKind.COMMITMENT_NOT_MET, None, date(2026, 4, 1)),
        DeviationFact(1, DeviationKind.TREATMENT, BUP, date(2026, 6, 2)),  # after the period
    ]
    return Facts(meetings, invitations, cases, plans, deviations, ORGS)


@pytest.fixture
def report():
    return compute(facts(), SPRING, AS_OF, DeadlineSettings())


def counted(report, measure, org=None):
    figure = report.figure(measure, org)
    return figure.count, figure.of


def test_meetings_held_are_first_meetings_and_follow_ups_in_the_period(report):
    assert counted(report, "meetings_held") == (5, None)
    assert counted(report, "first_meetings_held") == (4, 5)
    assert counted(report, "follow_ups_held") == (1, 5)


def test_a_meeting_after_the_reports_date_is_not_held_yet():
    early = compute(facts(), SPRING, date(2026, 5, 30))
    assert early.figure("meetings_held").count == 4  # the 31 May meeting has not happened


def test_who_convened_by_party(report):
    assert counted(report, "convened_by_school") == (2, 5)
    assert counted(report, "convened_by_region") == (1, 5)
    assert counted(report, "convened_by_social_services") == (1, 5)
    assert counted(report, "convened_by_other") == (0, 5)
    assert counted(report, "convened_by_unknown") == (1, 5)


def test_attendance_per_party_counts_meetings_not_people(report):
    assert counted(report, "school_invited") == (5, 5)
    assert counted(report, "school_attended") == (4, 5)
    assert counted(report, "school_absent_with_notice") == (1, 5)
    # meeting 2: BUP's substitute came, the habilitation did not: the region both attended
    # and was absent without notice there
    assert counted(report, "region_invited") == (4, 5)
    assert counted(report, "region_attended") == (3, 5)
    assert counted(report, "region_absent_without_notice") == (2, 5)
    assert counted(report, "region_substitute") == (1, 5)
    assert counted(report, "social_services_invited") == (3, 5)
    assert counted(report, "social_services_attended") == (2, 5)  # meeting 3 not recorded
    assert counted(report, "other_attended") == (1, 5)


def test_attendance_per_organisation(report):
    assert counted(report, "region_attended", BUP) == (2, 5)
    assert counted(report, "region_absent_without_notice", BUP) == (1, 5)
    assert counted(report, "region_absent_without_notice", HAB) == (1, 5)
    assert report.figure("region_attended", HAB).organisation == "Habiliteringen"
    names = [f.organisation for f in report.by_organisation("region_invited")]
    assert names == ["BUP Norrby", "Habiliteringen"]


def test_all_three_parties_present_and_attendance_not_recorded(report):
    assert counted(report, "school_social_region_all_present") == (2, 5)  # meetings 1 and 5
    assert counted(report, "attendance_not_recorded") == (1, 5)  # meeting 3


def test_kallelse_lead_time_and_answers(report):
    # sent: meeting 1 four invitations 28 days ahead, meeting 2 three 10 days ahead,
    # meeting 4 two 28 days ahead; 9 of the 15 invitations to held meetings
    assert counted(report, "invitations_sent") == (9, 15)
    assert counted(report, "kallelse_lead_days_median") == (28, 9)
    assert counted(report, "kallelse_sent_in_time") == (6, 9)
    # answered by the deadline (sent + 14 days unless the invitation has its own):
    # school 12 Feb and BUP 20 Feb yes, social services 1 March no, school 6 May after 5 May no
    assert counted(report, "answered_by_deadline") == (2, 9)
    months = {m.month: m for m in report.lead_by_month}
    assert months[date(2026, 3, 1)].median_days == 28  # 10 10 10 28 28 28 28
    assert months[date(2026, 3, 1)].sent == 7 and months[date(2026, 3, 1)].in_time == 4
    assert months[date(2026, 5, 1)].in_time == 2


def test_waits_from_need_to_consent_to_first_meeting(report):
    assert counted(report, "days_need_to_consent_median") == (10, 3)  # 10, 20, 3
    assert counted(report, "days_need_to_consent_longest") == (20, 3)
    assert counted(report, "days_consent_to_first_meeting_median") == (29.5, 4)  # 58 27 29 30
    assert counted(report, "days_consent_to_first_meeting_longest") == (58, 4)


def test_follow_ups_due_in_time_and_overdue(report):
    # due in spring by 15 June: case 5 (27 May, held 1 June: late), case 3 (15 March: never)
    assert counted(report, "follow_ups_due") == (2, None)
    assert counted(report, "follow_ups_in_time") == (0, 2)
    assert counted(report, "follow_ups_overdue") == (2, 2)
    assert counted(report, "follow_ups_not_held") == (1, 2)


def test_follow_up_in_time():
    summer = compute(facts(), Period(date(2026, 6, 1), date(2026, 6, 30)), date(2026, 7, 1))
    # case 1's plan of 10 March is due 10 June; its follow-up was 29 May: in time.
    # case 2's plan of 27 March is due 27 June; no follow-up at all.
    assert counted(summer, "follow_ups_due") == (2, None)
    assert counted(summer, "follow_ups_in_time") == (1, 2)
    assert counted(summer, "follow_ups_not_held") == (1, 2)


def test_plans_signed_at_the_meeting_with_the_childs_voice(report):
    assert counted(report, "plans_signed") == (2, None)  # 10 March and 27 March
    assert counted(report, "plans_signed_at_meeting") == (1, 2)
    assert counted(report, "plans_with_child_voice") == (1, 2)
    assert counted(report, "plans_child_told") == (0, 2)


def test_deviations_by_kind_and_organisation(report):
    assert counted(report, "deviations") == (3, None)
    assert counted(report, "deviations_did_not_attend") == (2, 3)
    assert counted(report, "deviations_commitment_not_met") == (1, 3)
    assert counted(report, "deviations_treatment") == (0, 3)
    assert counted(report, "deviations", BUP) == (1, 3)
    assert counted(report, "deviations", HAB) == (1, 3)


def test_an_empty_period_divides_by_nothing():
    empty = compute(facts(), Period(date(2030, 1, 1), date(2030, 1, 31)), date(2030, 2, 1))
    assert all(f.count == 0 for f in empty.figures)
    assert all(f.percent is None for f in empty.figures)
    assert empty.figure("meetings_held").shown() == ("0", "", "")
    assert compute(Facts(), SPRING, AS_OF).figure("kallelse_lead_days_median").count == 0


def test_filters_by_coordinator_and_by_organisation():
    omar = compute(facts(), SPRING, AS_OF, filters=Filters(coordinator=" omar "))
    assert omar.figure("meetings_held").count == 2  # meetings 3 and 5
    church = compute(facts(), SPRING, AS_OF, filters=Filters(organisation_id=CHURCH))
    assert church.figure("meetings_held").count == 1  # only meeting 3
    assert church.filter_text == "organisation: Fritidsgården"
    hab = compute(facts(), SPRING, AS_OF, filters=Filters(organisation_id=HAB))
    assert hab.figure("meetings_held").count == 2  # meetings 2 and 5


def test_percent_is_whole_and_rounded_half_to_even():
    assert percent(116, 152) == 76
    assert percent(19, 152) == 12  # 12.5
    assert percent(111, 152) == 73
    assert percent(1, 8) == 12 and percent(3, 8) == 38  # 12.5 and 37.5
    assert percent(0, 0) is None


def test_small_counts_are_hidden_when_asked():
    assert Figure("region_absent_without_notice", 3, 152).shown(True) == ("<5", "152", "")
    assert Figure("region_absent_without_notice", 3, 152).shown(False) == ("3", "152", "2 %")
    assert Figure("region_attended", 0, 152).shown(True) == ("0", "152", "0 %")
    assert Figure("region_attended", 5, 6).shown(True) == ("5", "6", "83 %")
    # a median of a few children's waits is close to one child's wait
    assert Figure("days_need_to_consent_median", 40, 3).shown(True) == ("dolt", "<5", "")
    assert Figure("days_need_to_consent_median", 12.5, 9).shown(True) == ("12,5", "9", "")
    # the longest wait is always one child's own: hidden whenever small counts are
    assert Figure("days_need_to_consent_longest", 80, 40).shown(True)[0] == "dolt"
    assert Figure("days_need_to_consent_longest", 80, 40).shown(False)[0] == "80"


def test_parties():
    assert party_of(ORGS[SCHOOL]) is Party.SCHOOL
    assert party_of(Organisation("Friskolan", OrgKind.SCHOOL, Principal.PRIVATE)) is Party.SCHOOL
    assert party_of(Organisation("LSS", OrgKind.LSS, Principal.MUNICIPALITY)) \
        is Party.SOCIAL_SERVICES
    assert party_of(Organisation("Privat BUP", OrgKind.BUP, Principal.PRIVATE)) is Party.REGION
    assert party_of(ORGS[CHURCH]) is Party.OTHER and party_of(None) is Party.OTHER


def test_every_figure_has_a_defined_measure(report):
    assert {f.measure for f in report.figures} <= set(MEASURES)
    assert all(MEASURES[k].definition and MEASURES[k].label for k in MEASURES)


def test_periods():
    today = date(2026, 12, 1)
    assert this_month(today) == Period(date(2026, 12, 1), date(2026, 12, 31))
    assert last_quarter(today) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert last_quarter(date(2026, 2, 3)) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert this_year(today) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert last_twelve_months(today) == Period(date(2025, 12, 1), today)
    assert SPRING.title == "1 mars 2026–31 maj 2026"
    with pytest.raises(ValidationError, match="slutar .* innan den börjar"):
        Period(date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError, match="utanför det rimliga"):
        Period(date(2026, 5, 1), date(9999, 12, 31))
