"""The meetings surfaces' words from the domain, in the window's language.

The domain stays Qt-free and Swedish (the invitation letters, the plan and the
wall go to Swedish families and authorities); what it hands the meeting list,
the meeting dialog, the invite dialog, the response tracker and meeting mode's
window chrome is translated here, at the window's edge, as ui/i18n.py does for
the stages:

- enum labels (meeting kind and mode, response, attendance, the tracker's
  states, the review's words), under the enum's class name as context;
- the days off the meeting dialog warns about (domain/working_days.py);
- whole sentences the domain writes with a date, a name or a number inside
  (the meeting's problems, the late-invitation warning, the tracker's summary,
  the signing checklist, the agenda's time status): each Swedish template is
  matched against the sentence and the English one filled with what was found.
  A sentence no template matches is shown as it is.

Dates and clock times written out follow the language: Swedish as
domain/words.py writes them, English through the installed QLocale.
The template's section titles and the agenda parts named after them are the
plan's own headings and stay as the template writes them.

tests/ui/test_english_meetings.py checks that every list here agrees with the domain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time

from sipdesk.domain import words
from sipdesk.domain.responses import TrackerRow, TrackerStatus
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n import clock as clock
from sipdesk.ui.i18n import long_date as long_date
from sipdesk.ui.i18n_case import enum_label, owner_problem, sentence, translate

__all__ = ["enum_label", "translate"]

# --- enum labels (domain/enums.py and responses.TrackerStatus) ------------------------

ENUM_WORDS: dict[str, tuple[str, ...]] = {
    "MeetingKind": (
        QT_TRANSLATE_NOOP("MeetingKind", "Förmöte"),
        QT_TRANSLATE_NOOP("MeetingKind", "SIP-möte"),
        QT_TRANSLATE_NOOP("MeetingKind", "Uppföljning"),
    ),
    "MeetingMode": (
        QT_TRANSLATE_NOOP("MeetingMode", "På plats"),
        QT_TRANSLATE_NOOP("MeetingMode", "Video"),
        QT_TRANSLATE_NOOP("MeetingMode", "Telefon"),
    ),
    "InvitationKind": (
        QT_TRANSLATE_NOOP("InvitationKind", "Kallelse"),
        QT_TRANSLATE_NOOP("InvitationKind", "Inbjudan"),
    ),
    "SentVia": (
        QT_TRANSLATE_NOOP("SentVia", "Brev"),
        QT_TRANSLATE_NOOP("SentVia", "E-post"),
        QT_TRANSLATE_NOOP("SentVia", "Telefon"),
        QT_TRANSLATE_NOOP("SentVia", "Överlämnad"),
    ),
    "Response": (
        QT_TRANSLATE_NOOP("Response", "Ej svarat"),
        QT_TRANSLATE_NOOP("Response", "Kommer"),
        QT_TRANSLATE_NOOP("Response", "Kommer inte"),
        QT_TRANSLATE_NOOP("Response", "Skickar ersättare"),
        QT_TRANSLATE_NOOP("Response", "Deltar via video/telefon"),
    ),
    "Attendance": (
        QT_TRANSLATE_NOOP("Attendance", "Ej registrerad"),
        QT_TRANSLATE_NOOP("Attendance", "Närvarande"),
        QT_TRANSLATE_NOOP("Attendance", "Frånvarande med återbud"),
        QT_TRANSLATE_NOOP("Attendance", "Frånvarande utan återbud"),
    ),
    "TrackerStatus": (
        QT_TRANSLATE_NOOP("TrackerStatus", "Ej skickad"),
        QT_TRANSLATE_NOOP("TrackerStatus", "Väntar på svar"),
        QT_TRANSLATE_NOOP("TrackerStatus", "Svar saknas"),
        QT_TRANSLATE_NOOP("TrackerStatus", "Svarat"),
    ),
    "ReviewStatus": (
        QT_TRANSLATE_NOOP("ReviewStatus", "Ej följd upp"),
        QT_TRANSLATE_NOOP("ReviewStatus", "Genomförd"),
        QT_TRANSLATE_NOOP("ReviewStatus", "Delvis genomförd"),
        QT_TRANSLATE_NOOP("ReviewStatus", "Inte genomförd"),
    ),
    "GoalStatus": (
        QT_TRANSLATE_NOOP("GoalStatus", "Behålls"),
        QT_TRANSLATE_NOOP("GoalStatus", "Ändras"),
        QT_TRANSLATE_NOOP("GoalStatus", "Avslutas"),
    ),
}


def status_label(status: TrackerStatus) -> str:
    return translate("TrackerStatus", status.label)


# --- dates and clock times -------------------------------------------------------------

_MONTHS = {name: n for n, name in enumerate(words.MONTHS, 1)}




def meeting_line(kind_label: str, day: date | None, start: time | None = None,
                 end: time | None = None) -> str:
    """'SIP-möte 21 december 2026 kl. 13.00–14.30' / 'SIP meeting 21 December 2026,
    13:00–14:30'; `kind_label` is the domain's (Swedish) label."""
    kind = translate("MeetingKind", kind_label)
    if day is None:
        return translate("MeetingWords", "{kind} (datum ej satt)").format(
            kind=kind)
    if start is None:
        return translate("MeetingWords", "{kind} {date}").format(
            kind=kind, date=long_date(day))
    if end is None:
        return translate("MeetingWords", "{kind} {date} kl. {start}").format(
            kind=kind, date=long_date(day), start=clock(start))
    return translate("MeetingWords", "{kind} {date} kl. {start}–{end}").format(
        kind=kind, date=long_date(day), start=clock(start), end=clock(end))


def _from_long_date(text: str) -> str:
    """A date the domain wrote out ('21 december 2026') in the window's language."""
    match = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)
    if match is None or match.group(2) not in _MONTHS:
        return text
    return long_date(date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))))


def days_late(days: int) -> str:
    """'1 dag sen', '3 dagar sen' (responses.late_by) in the window's language."""
    if days == 1:
        return translate("MeetingWords", "1 dag sen")
    return translate("MeetingWords", "{days} dagar sen").format(days=days)


def _late_words(text: str) -> str:
    match = re.fullmatch(r"(\d+) (?:dag|dagar) sen", text)
    return days_late(int(match.group(1))) if match else text


def phone_text(row: TrackerRow) -> str:
    """TrackerRow.phone_text: '010-123 00 00 (växel)' in the window's language."""
    if not row.phone:
        return ""
    if row.phone_is_switchboard:
        return translate("MeetingWords", "{phone} (växel)").format(
            phone=row.phone)
    return row.phone


# --- the meeting dialog: problems and days off (responses.meeting_problems) ------------

DAY_OFF_WORDS = (
    QT_TRANSLATE_NOOP("DayOff", "en lördag"),
    QT_TRANSLATE_NOOP("DayOff", "en söndag"),
    QT_TRANSLATE_NOOP("DayOff", "nyårsdagen"),
    QT_TRANSLATE_NOOP("DayOff", "trettondedag jul"),
    QT_TRANSLATE_NOOP("DayOff", "långfredagen"),
    QT_TRANSLATE_NOOP("DayOff", "påskdagen"),
    QT_TRANSLATE_NOOP("DayOff", "annandag påsk"),
    QT_TRANSLATE_NOOP("DayOff", "första maj"),
    QT_TRANSLATE_NOOP("DayOff", "Kristi himmelsfärdsdag"),
    QT_TRANSLATE_NOOP("DayOff", "pingstdagen"),
    QT_TRANSLATE_NOOP("DayOff", "nationaldagen"),
    QT_TRANSLATE_NOOP("DayOff", "midsommarafton"),
    QT_TRANSLATE_NOOP("DayOff", "midsommardagen"),
    QT_TRANSLATE_NOOP("DayOff", "alla helgons dag"),
    QT_TRANSLATE_NOOP("DayOff", "julafton"),
    QT_TRANSLATE_NOOP("DayOff", "juldagen"),
    QT_TRANSLATE_NOOP("DayOff", "annandag jul"),
    QT_TRANSLATE_NOOP("DayOff", "nyårsafton"),
)


def _day_off(text: str) -> str:
    return translate("DayOff", text)


def _duration(text: str) -> str:
    """responses._duration ('8 timmar och 30 minuter') in the window's language."""
    match = re.fullmatch(r"(\d+) (?:timme|timmar)(?: och (\d+) minuter)?", text)
    if match is None:
        return text
    hours = int(match.group(1))
    shown = (translate("MeetingWords", "1 timme") if hours == 1 else
             translate("MeetingWords", "{n} timmar").format(n=hours))
    if match.group(2):
        return translate("MeetingWords", "{hours} och {minutes} minuter").format(
            hours=shown, minutes=match.group(2))
    return shown


PROBLEM_CONTEXT = "MeetingProblem"
MEETING_PROBLEMS = (
    QT_TRANSLATE_NOOP("MeetingProblem", "Mötet måste sluta efter att det börjar."),
    QT_TRANSLATE_NOOP("MeetingProblem", "Skriv mötets syfte: vilken fråga ska SIP-mötet "
                                        "besvara?"),
    QT_TRANSLATE_NOOP("MeetingProblem", "Skriv länken till videomötet."),
    QT_TRANSLATE_NOOP("MeetingProblem", "Skriv var mötet hålls."),
    QT_TRANSLATE_NOOP("MeetingProblem", "Datumet {date} har redan varit. Stämmer det?"),
    QT_TRANSLATE_NOOP("MeetingProblem", "{day} är {off}. Stämmer datumet?"),
    QT_TRANSLATE_NOOP("MeetingProblem", "Mötet varar i {duration}, längre än en arbetsdag. "
                                        "Stämmer tiderna?"),
)
_PROBLEM_FIELDS = {"day": _from_long_date, "off": _day_off, "duration": _duration}


def meeting_problem(text: str) -> str:
    """A problem of responses.meeting_problems; the date's two warnings come as one line,
    each sentence ending in a question."""
    pieces = re.split(r"(?<=\?) ", text)
    return " ".join(sentence(PROBLEM_CONTEXT, MEETING_PROBLEMS, piece, _PROBLEM_FIELDS)
                    for piece in pieces)


# --- sending and inviting (responses.send_warning, consent.check_can_invite) -----------

SENDING_CONTEXT = "SendWarning"
SEND_WARNINGS = (
    QT_TRANSLATE_NOOP("SendWarning", "Mötet {date} har redan hållits."),
    QT_TRANSLATE_NOOP("SendWarning", "Sen kallelse: den skickas {days} dagar före mötet, men "
                                     "ska skickas minst {lead} dagar före (senast {latest}). "
                                     "Ring också och bekräfta att tiden passar."),
    # consent.check_can_invite: why an organisation cannot be invited
    QT_TRANSLATE_NOOP("SendWarning", "Samtycket omfattar inte {name}. Fråga familjen om de "
                                     "vill lägga till verksamheten innan en kallelse skickas."),
    QT_TRANSLATE_NOOP("SendWarning", "Samtycke saknas. {name} kan inte kallas förrän samtycke "
                                     "finns."),
)


def send_warning(text: str | None) -> str | None:
    return None if text is None else sentence(SENDING_CONTEXT, SEND_WARNINGS, text)


ROLE_WORDS = (  # the family's roles and organisation (domain/plan_document.py, responses.py)
    QT_TRANSLATE_NOOP("InviteRole", "Barnet"),
    QT_TRANSLATE_NOOP("InviteRole", "Vårdnadshavare"),
    QT_TRANSLATE_NOOP("InviteRole", "Familjen"),
)


def family_role(role: str) -> str:
    """A role as the domain writes it: the family's words translated, a substitute's note
    ('psykolog, BUP Norrby (ersättare för Anna Berg)') too; a profession as written."""
    match = re.fullmatch(r"(.*)\(ersättare för (.+)\)", role, re.DOTALL)
    if match is not None:
        note = translate("InviteRole", "ersättare för {name}").format(name=match.group(2))
        return f"{family_role(match.group(1).rstrip())} ({note})".lstrip()
    return ", ".join(translate("InviteRole", part) for part in role.split(", "))


ACTION_CONTEXT = "ActionText"
ACTION_WORDS = (  # responses.needs_action: an invitation still to be sent, per invitee
    QT_TRANSLATE_NOOP("ActionText", "Skicka kallelsen till {who} (senast {date}, {late})."),
    QT_TRANSLATE_NOOP("ActionText", "Skicka kallelsen till {who} (senast {date}, i dag)."),
    QT_TRANSLATE_NOOP("ActionText", "Skicka inbjudan till {who} (senast {date}, {late})."),
    QT_TRANSLATE_NOOP("ActionText", "Skicka inbjudan till {who} (senast {date}, i dag)."),
)


def action_text(text: str) -> str | None:
    """An ActionRow's sentence of its own (the others are the Today list's), or None."""
    found = sentence(ACTION_CONTEXT, ACTION_WORDS, text, {"late": _late_words})
    return found if found != text else None


# --- the tracker's summary (responses.summary) ---------------------------------------

SUMMARY_CONTEXT = "TrackerSummary"
SUMMARY_WORDS = (
    QT_TRANSLATE_NOOP("TrackerSummary", "Ingen är inbjuden ännu."),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} inbjudna"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} kommer"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} kommer inte"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} svar saknas"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} väntar på svar"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} ej skickad"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} ej skickade"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} sen kallelse"),
    QT_TRANSLATE_NOOP("TrackerSummary", "{n} sena kallelser"),
)


def tracker_summary(text: str) -> str:
    """'6 inbjudna · 3 kommer · …', part by part (the longest template first, so
    '2 kommer inte' is not read as '2 kommer' + ' inte')."""
    ordered = sorted(SUMMARY_WORDS, key=len, reverse=True)
    return " · ".join(sentence(SUMMARY_CONTEXT, ordered, part) for part in text.split(" · "))


# --- meeting mode: the agenda, its clock and the signing checklist ----------------------

AGENDA_CONTEXT = "AgendaWords"
# protocol.agenda()'s own parts; the template's sections keep their titles.
AGENDA_WORDS = (
    QT_TRANSLATE_NOOP("AgendaWords", "Närvaro och formalia"),
    QT_TRANSLATE_NOOP("AgendaWords", "Uppföljning av förra planen"),
    QT_TRANSLATE_NOOP("AgendaWords", "Insatser: vem gör vad och när"),
)


def agenda_title(title: str) -> str:
    return translate(AGENDA_CONTEXT, title)


TIME_CONTEXT = "TimeStatus"
TIME_WORDS = (  # protocol.time_status's message
    QT_TRANSLATE_NOOP("TimeStatus", "Mötet ligger {over} min efter tidsplanen."),
    QT_TRANSLATE_NOOP("TimeStatus", "I tid, {ahead} min före tidsplanen. ”{title}” har {own} "
                                    "min."),
    QT_TRANSLATE_NOOP("TimeStatus", "I tid. {left} min kvar av ”{title}”."),
    QT_TRANSLATE_NOOP("TimeStatus", "I tid."),
)


def time_message(text: str) -> str:
    return sentence(TIME_CONTEXT, TIME_WORDS, text, {"title": agenda_title})


CHECK_CONTEXT = "Checklist"
# signing.checklist(): what is checked, what is missing, and where it is fixed.
CHECK_WORDS = (
    QT_TRANSLATE_NOOP("Checklist", "Samtycket är bekräftat på mötet"),
    QT_TRANSLATE_NOOP("Checklist", "Samtycket är inte bekräftat på mötet. Stäm av samtycket "
                                   "och kryssa i att det är bekräftat."),
    QT_TRANSLATE_NOOP("Checklist", "Samordningsansvarig från hälso- och sjukvården eller "
                                   "socialtjänsten"),
    QT_TRANSLATE_NOOP("Checklist", "Mötesledare är angiven"),
    QT_TRANSLATE_NOOP("Checklist", "Mötesledare saknas. Ange vem som leder mötet."),
    QT_TRANSLATE_NOOP("Checklist", "Sekreterare är angiven"),
    QT_TRANSLATE_NOOP("Checklist", "Sekreterare saknas. Ange vem som skriver protokollet."),
    QT_TRANSLATE_NOOP("Checklist", "Barnets röst är skriven"),
    QT_TRANSLATE_NOOP("Checklist", "Barnets röst saknas. Skriv vad barnet tycker är viktigt, "
                                   "med barnets egna ord."),
    QT_TRANSLATE_NOOP("Checklist", "Planen har minst en insats"),
    QT_TRANSLATE_NOOP("Checklist", "Planen har inga insatser. Skriv minst en rad: mål, insats, "
                                   "ansvarig organisation och ansvarig person."),
    QT_TRANSLATE_NOOP("Checklist", "Alla mål avslutas: ingen ny uppföljning behövs"),
    QT_TRANSLATE_NOOP("Checklist", "Nästa uppföljning är bokad"),
    QT_TRANSLATE_NOOP("Checklist", "Nästa uppföljning är inte bokad. Sätt datum och plats för "
                                   "uppföljningen."),
    QT_TRANSLATE_NOOP("Checklist", "Rad {number} (”{title}”): organisation, namngiven person "
                                   "och när"),
    QT_TRANSLATE_NOOP("Checklist", "Rad {number}: organisation, namngiven person och när"),
    QT_TRANSLATE_NOOP("Checklist", "Rad {number} (”{title}”) saknar {missing}."),
    QT_TRANSLATE_NOOP("Checklist", "Rad {number} saknar {missing}."),
    # where an item is fixed
    QT_TRANSLATE_NOOP("Checklist", "Närvaro och formalia"),
    QT_TRANSLATE_NOOP("Checklist", "Barnets röst"),
    QT_TRANSLATE_NOOP("Checklist", "Insatser"),
    QT_TRANSLATE_NOOP("Checklist", "Uppföljning av förra planen"),
    QT_TRANSLATE_NOOP("Checklist", "Nästa uppföljning"),
)
MISSING_WORDS = (  # what an action row lacks
    QT_TRANSLATE_NOOP("Checklist", "ansvarig organisation"),
    QT_TRANSLATE_NOOP("Checklist", "ansvarig person"),
    QT_TRANSLATE_NOOP("Checklist", "när det ska vara gjort"),
)


def _missing(text: str) -> str:
    names = re.split(r", | och ", text)
    shown = [translate("Checklist", name) for name in names]
    if len(shown) <= 1:
        return "".join(shown)
    return translate("Checklist", "{names} och {last}").format(
        names=", ".join(shown[:-1]), last=shown[-1])


def check_text(text: str) -> str:
    """A checklist item's text, problem or place, in the window's language. The plan
    owner's problems are the case record's (i18n_case.owner_problem)."""
    ordered = sorted(CHECK_WORDS, key=len, reverse=True)
    found = sentence(CHECK_CONTEXT, ordered, text, {"missing": _missing})
    if found == text and text.startswith(("Samordningsansvarig ", "Den som är angiven")):
        return " ".join(owner_problem(part) for part in _owner_sentences(text))
    return found


def _owner_sentences(text: str) -> Sequence[str]:
    # signing.checklist joins the owner's problems with a space; each is two sentences.
    parts = re.split(r"(?<=\.) (?=Samordningsansvarig |Den som är angiven)", text)
    return parts


SIGNING_CONTEXT = "SigningProblem"
SIGNING_WORDS = (  # signing.signing_problem
    QT_TRANSLATE_NOOP("SigningProblem", "Välj minst en deltagare som justerar planen."),
    QT_TRANSLATE_NOOP("SigningProblem", "Välj vem som skrev under planen."),
)


def signing_problem(text: str | None) -> str | None:
    return None if text is None else translate(SIGNING_CONTEXT, text)
