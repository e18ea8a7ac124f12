"""The case history's descriptions in the window's language.

The services write each history entry's description in Swedish when it
happens (services/cases.py, meetings.py, plans.py, protocol.py, the stage
moves of domain/stages.py) and store it as written: the history is a record,
and the case's documents stay Swedish. The history tab shows each description
through `history_text`: the Swedish template it was written from is found, and
the English one filled with what was in it (names and free text as they are;
dates, the meeting's kind, an answer, a stage translated in turn). Text no
template matches (a contact noted in the coordinator's own words, an entry
written by an older version) is shown as stored.

tests/ui/test_english_remaining.py writes every kind of entry through the
services and checks that each comes out English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from functools import cache

from sipdesk.domain import words
from sipdesk.domain.enums import (
    Attendance,
    CloseReason,
    ConsentForm,
    DeviationKind,
    InvitationKind,
    MeetingKind,
    MeetingMode,
    Response,
    SentVia,
    Stage,
)
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP, STAGE_CONTEXT, clock, long_date, translate

HISTORY_CONTEXT = "HistoryText"

# Whole descriptions, as the services write them; the more particular first.
HISTORY_TEMPLATES = (
    # services/cases.py
    QT_TRANSLATE_NOOP("HistoryText", "Ärendet skapades: behov av samordning upptäckt."),
    QT_TRANSLATE_NOOP("HistoryText", "Vårdnadshavare tillagd: {name}."),
    QT_TRANSLATE_NOOP("HistoryText", "Vårdnadshavare borttagen: {name}."),
    QT_TRANSLATE_NOOP("HistoryText", "{name} ({profession}, {organisation}) ingår i nätverket."),
    QT_TRANSLATE_NOOP("HistoryText", "{name} ({profession}) ingår i nätverket."),
    QT_TRANSLATE_NOOP("HistoryText", "{name} togs bort ur nätverket."),
    QT_TRANSLATE_NOOP("HistoryText", "Samtycke registrerat ({form}), omfattar {count} "
                                     "verksamheter."),
    QT_TRANSLATE_NOOP("HistoryText", "Samtycket återkallades {iso}."),
    QT_TRANSLATE_NOOP("HistoryText", "Ett felregistrerat samtycke togs bort."),
    QT_TRANSLATE_NOOP("HistoryText", "Återkallelsen av samtycket ångrades."),
    QT_TRANSLATE_NOOP("HistoryText", "{role} borttagen."),
    QT_TRANSLATE_NOOP("HistoryText", "{role}: {name}."),
    QT_TRANSLATE_NOOP("HistoryText", "Ärendet avslutades: {reason}. {note}"),
    QT_TRANSLATE_NOOP("HistoryText", "Ärendet avslutades: {reason}."),
    QT_TRANSLATE_NOOP("HistoryText", "Ärendet återöppnades."),
    # domain/stages.py (and the demo data's stage moves)
    QT_TRANSLATE_NOOP("HistoryText", "Steg ändrat: {stage} → {stage2} (fortsatt SIP: en ny "
                                     "version av planen skrivs)"),
    QT_TRANSLATE_NOOP("HistoryText", "Steg ändrat: {stage} → {stage2}"),
    # services/plans.py
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} påbörjad."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} påbörjad utifrån version "
                                     "{previous}."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} undertecknad av {names} "
                                     "(fingeravtryck {fingerprint})."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} justerad av {names} (fingeravtryck "
                                     "{fingerprint})."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} skickad till {name} ({via}, "
                                     "{iso})."),
    QT_TRANSLATE_NOOP("HistoryText", "Originalet av plan version {version} förvaras av: ingen "
                                     "angiven."),
    QT_TRANSLATE_NOOP("HistoryText", "Originalet av plan version {version} förvaras av: "
                                     "{organisation}."),
    QT_TRANSLATE_NOOP("HistoryText", "SIP:en fortsätter med plan version {version}."),
    # services/meetings.py
    QT_TRANSLATE_NOOP("HistoryText", "{kind} planerat ({when})."),
    QT_TRANSLATE_NOOP("HistoryText", "{kind} {when} ändrat: {changes}.{sent}{convener}"),
    QT_TRANSLATE_NOOP("HistoryText", "{kind} {when}.{convener}"),
    QT_TRANSLATE_NOOP("HistoryText", "{kind} {when} inställt: {why} ({count} inbjudna behöver få "
                                     "veta det)."),
    QT_TRANSLATE_NOOP("HistoryText", "{kind} {when} inställt: {why}."),
    QT_TRANSLATE_NOOP("HistoryText", "{invitation} skickad till {name} ({via})."),
    QT_TRANSLATE_NOOP("HistoryText", "{invitation} till {name}."),
    QT_TRANSLATE_NOOP("HistoryText", "{name}: {response} ({substitute})."),
    QT_TRANSLATE_NOOP("HistoryText", "{name}: {response}."),
    QT_TRANSLATE_NOOP("HistoryText", "{name}: {attendance}."),
    QT_TRANSLATE_NOOP("HistoryText", "Kontaktad per telefon: {name} om {what} till {meeting} "
                                     "{when}. {note}"),
    QT_TRANSLATE_NOOP("HistoryText", "Kontaktad per telefon: {name} om {what} till {meeting} "
                                     "{when}."),
    QT_TRANSLATE_NOOP("HistoryText", "Utkast till avvikelse: {name} uteblev utan återbud."),
    QT_TRANSLATE_NOOP("HistoryText", "Avvikelse registrerad ({deviation})."),
    QT_TRANSLATE_NOOP("HistoryText", "Utkast till avvikelse ({deviation})."),
    # services/demo.py: the demo cases' shorter entries
    QT_TRANSLATE_NOOP("HistoryText", "Samtycke registrerat."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} undertecknad."),
    QT_TRANSLATE_NOOP("HistoryText", "Plan version {version} undertecknad efter uppföljningen."),
    # services/protocol.py
    QT_TRANSLATE_NOOP("HistoryText", "Uppföljning bokad till {day}."),
    QT_TRANSLATE_NOOP("HistoryText", "Uppföljningen flyttad till {day}."),
    # services/cases.py timeline_of(): a meeting on the day it is held
    QT_TRANSLATE_NOOP("HistoryText", "{kind} ({mode}, {place})."),
    QT_TRANSLATE_NOOP("HistoryText", "{kind} ({mode})."),
)

# The pieces inside them.
SENT = QT_TRANSLATE_NOOP("HistoryText", "Kallelser är redan skickade: meddela deltagarna.")
CONVENER = QT_TRANSLATE_NOOP("HistoryText", "Sammankallande ändrad: {old} → {new}.")
NOT_GIVEN = QT_TRANSLATE_NOOP("HistoryText", "(inte angiven)")
PURPOSE_CHANGED = QT_TRANSLATE_NOOP("HistoryText", "syftet ändrat")
CHANGE = QT_TRANSLATE_NOOP("HistoryText", "{field} {old} → {new}")
# services/meetings.py _FIELD_NAMES: what of a meeting changed
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("HistoryText", "typ"),
    QT_TRANSLATE_NOOP("HistoryText", "datum"),
    QT_TRANSLATE_NOOP("HistoryText", "start"),
    QT_TRANSLATE_NOOP("HistoryText", "slut"),
    QT_TRANSLATE_NOOP("HistoryText", "plats"),
    QT_TRANSLATE_NOOP("HistoryText", "form"),
)
WHEN_WORDS = (
    QT_TRANSLATE_NOOP("HistoryText", "datum ej satt"),
    QT_TRANSLATE_NOOP("HistoryText", "{date} kl. {start}"),
    QT_TRANSLATE_NOOP("HistoryText", "{date} kl. {start}–{end}"),
)
# services/cases.py ROLES and services/meetings.py _DEFINITE
ROLE_WORDS = (
    QT_TRANSLATE_NOOP("HistoryText", "Initiativtagare"),
    QT_TRANSLATE_NOOP("HistoryText", "Mötesledare"),
    QT_TRANSLATE_NOOP("HistoryText", "Samordningsansvarig"),
    QT_TRANSLATE_NOOP("HistoryText", "kallelsen"),
    QT_TRANSLATE_NOOP("HistoryText", "inbjudan"),
)
AND_LAST = QT_TRANSLATE_NOOP("HistoryText", "{names} och {last}")

_FIELD = re.compile(r"\{(\w+)\}")
_CLOCK = r"\d\d\.\d\d"
_LONG_DATE = r"\d{1,2} [a-zé]+ \d{4}"
_WHEN = rf"{_LONG_DATE}(?: kl\. {_CLOCK}(?:–{_CLOCK})?)?|datum ej satt"


def _alternatives(values: list[str]) -> str:
    return "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))


def _labels(enum: type[Enum], *, lower: bool = False) -> str:
    labels = [m.label for m in enum]  # type: ignore[attr-defined]
    return _alternatives([label.lower() for label in labels] if lower else labels)


_FIELDS = {
    "iso": r"\d{4}-\d{2}-\d{2}", "day": _LONG_DATE, "when": _WHEN,
    "version": r"\d+", "previous": r"\d+", "count": r"\d+",
    "form": _labels(ConsentForm, lower=True),
    "role": "Initiativtagare|Mötesledare|Samordningsansvarig",
    "reason": _labels(CloseReason, lower=True),
    "stage": _labels(Stage), "stage2": _labels(Stage),
    "via": _labels(SentVia, lower=True),
    "kind": _labels(MeetingKind),
    "meeting": _labels(MeetingKind, lower=True),
    "mode": _labels(MeetingMode, lower=True),
    "invitation": _labels(InvitationKind),
    "what": "kallelsen|inbjudan",
    "response": _labels(Response, lower=True),
    "attendance": _labels(Attendance, lower=True),
    "deviation": _labels(DeviationKind, lower=True),
    "sent": r"(?: Kallelser är redan skickade: meddela deltagarna\.)?",
    "convener": r"(?: Sammankallande ändrad: .+? → .+?\.)?",
}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_FIELDS.get(part, '.+?')})"
                    for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _tr(text: str) -> str:
    return translate(HISTORY_CONTEXT, text)


def _lower_first(text: str) -> str:
    """'Oral' -> 'oral'; 'SIP meeting' and 'E-mail' keep what an acronym needs."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _label(enum: type[Enum]) -> Callable[[str], str]:
    """A label as the service wrote it (perhaps lowered) -> its translation, lowered alike."""
    def shown(text: str) -> str:
        for member in enum:
            label: str = member.label  # type: ignore[attr-defined]
            if label == text:
                return translate(enum.__name__, label)
            if label.lower() == text:
                return _lower_first(translate(enum.__name__, label))
        return text
    return shown


_MONTHS = {name: n for n, name in enumerate(words.MONTHS, 1)}


def _day(text: str) -> str:
    """'21 december 2026' -> the window's long date."""
    from datetime import date

    found = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)
    if found is None or found[2] not in _MONTHS:
        return text
    return long_date(date(int(found[3]), _MONTHS[found[2]], int(found[1])))


def _clock(text: str) -> str:
    from datetime import time

    found = re.fullmatch(r"(\d\d)\.(\d\d)", text)
    return clock(time(int(found[1]), int(found[2]))) if found else text


def _when(text: str) -> str:
    """words.meeting_when's '21 december 2026 kl. 13.00–14.30' in the window's language."""
    if text == words.NO_DATE:
        return _tr(WHEN_WORDS[0])
    found = re.fullmatch(rf"({_LONG_DATE})(?: kl\. ({_CLOCK})(?:–({_CLOCK}))?)?", text)
    if found is None:
        return text
    day, start, end = found.groups()
    if start is None:
        return _day(day)
    if end is None:
        return _tr(WHEN_WORDS[1]).format(date=_day(day), start=_clock(start))
    return _tr(WHEN_WORDS[2]).format(date=_day(day), start=_clock(start), end=_clock(end))


def _value(text: str) -> str:
    """One side of a meeting's change: a kind, a mode, a date, a clock time or a place."""
    if text == "–":
        return text
    for enum in (MeetingKind, MeetingMode):
        shown = _label(enum)(text)
        if shown != text:
            return shown
    if re.fullmatch(_CLOCK, text):
        return _clock(text)
    return _day(text)


def _changes(text: str) -> str:
    shown = []
    for change in text.split("; "):
        if change == PURPOSE_CHANGED:
            shown.append(_tr(PURPOSE_CHANGED))
            continue
        found = re.fullmatch(r"(typ|datum|start|slut|plats|form) (.*) → (.*)", change, re.DOTALL)
        if found is None:
            shown.append(change)
            continue
        shown.append(_tr(CHANGE).format(field=_tr(found[1]), old=_value(found[2]),
                                        new=_value(found[3])))
    return "; ".join(shown)


def _sent(text: str) -> str:
    return f" {_tr(SENT)}" if text else ""


def _convener_name(text: str) -> str:
    return _tr(NOT_GIVEN) if text == NOT_GIVEN else text


def _convener(text: str) -> str:
    found = re.fullmatch(r" Sammankallande ändrad: (.+?) → (.+?)\.", text, re.DOTALL)
    if found is None:
        return text
    return " " + _tr(CONVENER).format(old=_convener_name(found[1]), new=_convener_name(found[2]))


def _names(text: str) -> str:
    names, sep, last = text.rpartition(" och ")
    return _tr(AND_LAST).format(names=names, last=last) if sep else text


_PIECES: dict[str, Callable[[str], str]] = {
    "form": _label(ConsentForm), "role": _tr, "reason": _label(CloseReason),
    "stage": lambda label: translate(STAGE_CONTEXT, label),
    "stage2": lambda label: translate(STAGE_CONTEXT, label),
    "via": _label(SentVia), "kind": _label(MeetingKind), "meeting": _label(MeetingKind),
    "mode": _label(MeetingMode), "invitation": _label(InvitationKind), "what": _tr,
    "response": _label(Response), "attendance": _label(Attendance),
    "deviation": _label(DeviationKind), "day": _day, "when": _when, "changes": _changes,
    "sent": _sent, "convener": _convener, "names": _names,
}


def history_text(text: str) -> str:
    """A history entry's description in the window's language; as stored when no
    template fits it."""
    for template in HISTORY_TEMPLATES:
        found = _pattern(template).fullmatch(text)
        if found is not None:
            values = {name: _PIECES.get(name, str)(value)
                      for name, value in found.groupdict().items()}
            return _tr(template).format(**values)
    return text
