"""The content of an invitation: kallelse or inbjudan, who sees the child's name, no pnr."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from sipdesk.domain.enums import InvitationKind, MeetingMode
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.invitation_letter import (
    SHARED_MIXED_TITLE,
    Contact,
    build_letter,
    build_letters,
    long_date,
    meeting_end,
    time_range,
    without_child_name,
)
from sipdesk.domain.personnummer import find_personnummer
from tests.export.sample import ORGS, sample_case

CONTACT = Contact("Karin Sjöberg", "08-555 123 45", "karin.sjoberg@norrby.exempel.se")


def _all_text(letter) -> str:
    parts = [str(v) for v in dataclasses.asdict(letter).values()]
    return " ".join(parts)


def test_swedish_dates_and_times():
    assert long_date(date(2026, 12, 21)) == "21 december 2026"
    assert long_date(date(2026, 12, 21), weekday=True) == "måndag 21 december 2026"
    assert time_range(time(13), time(14, 30)) == "kl. 13.00–14.30"
    assert time_range(time(9, 5), None) == "kl. 09.05"


def test_meeting_without_end_lasts_ninety_minutes():
    _, meeting = sample_case()
    meeting.end = None
    assert meeting_end(meeting) == time(14, 30)


def test_one_letter_per_invitee_with_their_own_kind():
    case, meeting = sample_case()
    letters = build_letters(case, meeting, ORGS, CONTACT, per_recipient=True)
    assert [letter.addressee.name for letter in letters] == [
        "Anna Berg", "Johan Ek", "Lena Holm", "Maria Lind", "Elsa Lind"]
    assert [letter.title for letter in letters] == [
        "Kallelse till SIP-möte", "Kallelse till SIP-möte", "Inbjudan till SIP-möte",
        "Inbjudan till SIP-möte", "Inbjudan till SIP-möte"]
    assert letters[0].duty_text and not letters[2].duty_text and not letters[3].duty_text


def test_shared_letter_with_both_kinds_says_so():
    case, meeting = sample_case()
    (letter,) = build_letters(case, meeting, ORGS, CONTACT)
    assert letter.addressee is None
    assert letter.title == SHARED_MIXED_TITLE
    assert letter.answer_by == date(2026, 12, 7)
    assert letter.show_what_is_sip  # the family reads it too


def test_shared_letter_only_to_principals_is_a_kallelse():
    case, meeting = sample_case()
    meeting.invitations = [i for i in meeting.invitations if i.kind is InvitationKind.SUMMONS]
    assert build_letter(case, meeting, ORGS).title == "Kallelse till SIP-möte"


def test_participants_have_profession_organisation_and_role():
    case, meeting = sample_case()
    letter = build_letter(case, meeting, ORGS, CONTACT, meeting.invitations[0])
    rows = {p.name: p for p in letter.participants}
    assert rows["Anna Berg"].profession == "psykolog"
    assert rows["Anna Berg"].organisation == "BUP Norrby"
    assert rows["Johan Ek"].role == "Mötesledare"
    assert rows["Johan Ek"].organisation == "Norrby socialtjänst, Barn och unga"
    assert rows["Maria Lind"].profession == "Vårdnadshavare" and rows["Maria Lind"].is_family
    assert rows["Elsa Lind"].profession == "Barnet"
    assert rows["Karin Sjöberg"].role == "Sammankallande"


def test_child_named_in_full_only_to_principals_and_family():
    case, meeting = sample_case()
    by_name = {letter.addressee.name: letter
               for letter in build_letters(case, meeting, ORGS, CONTACT, per_recipient=True)}
    assert by_name["Anna Berg"].child_name == "Elsa Lind"  # kallelse
    assert by_name["Maria Lind"].child_name == "Elsa Lind"  # the family
    school = by_name["Lena Holm"]  # an inbjudan to another actor
    assert school.child_name == "E.L."
    assert "Elsa" not in school.purpose and "Elsa" not in school.intro
    assert build_letter(case, meeting, ORGS, initials_only=True).child_name == "E.L."


def test_no_personnummer_anywhere_even_if_typed_into_the_purpose():
    case, meeting = sample_case(purpose="Elsa (20121212-1212) behöver stöd i skolan.")
    for letter in build_letters(case, meeting, ORGS, CONTACT, per_recipient=True):
        text = _all_text(letter)
        assert find_personnummer(text) == [], text
        assert "1212-1212" not in text


def test_answer_text_names_date_and_contact():
    case, meeting = sample_case()
    letter = build_letter(case, meeting, ORGS, CONTACT, meeting.invitations[0])
    assert letter.answer_text.startswith("Svara senast 7 december 2026 till Karin Sjöberg")
    assert "08-555 123 45" in letter.answer_text


def test_missing_contact_falls_back_to_the_case_coordinator_or_a_title():
    case, meeting = sample_case()
    assert build_letter(case, meeting, ORGS).contact.name == "Karin Sjöberg"
    case.coordinator = ""
    letter = build_letter(case, meeting, ORGS)
    assert "SIP-samordnare" in letter.answer_text


def test_modes_name_the_place_field():
    case, meeting = sample_case()
    meeting.mode, meeting.place = MeetingMode.VIDEO, "https://video.exempel.se/sip-5"
    letter = build_letter(case, meeting, ORGS)
    assert (letter.place_label, letter.place) == ("Videolänk", "https://video.exempel.se/sip-5")
    meeting.place = ""
    assert build_letter(case, meeting, ORGS).place == "Meddelas senare"


def test_no_letter_without_a_date_or_time():
    case, meeting = sample_case()
    meeting.date = None
    with pytest.raises(ValidationError, match="datum"):
        build_letter(case, meeting, ORGS)


def test_per_recipient_needs_invitees():
    case, meeting = sample_case()
    meeting.invitations = []
    with pytest.raises(ValidationError):
        build_letters(case, meeting, ORGS, per_recipient=True)
    assert build_letters(case, meeting, ORGS)[0].participants[-1].name == "Karin Sjöberg"


def test_child_name_is_replaced_with_initials_also_in_genitive():
    case, _ = sample_case()
    assert without_child_name("Elsas skola och ELSA LIND och Lindgren", case) == (
        "E.L. skola och E.L. och Lindgren")
