"""The Today list's sentences (domain/deadlines.py DueItem.text) in the window's language.

The domain writes each item's sentence in Swedish, with dates, names and
counts inside ("Ring Anna Berg, BUP: har inte svarat på kallelsen (3 dagar
sen)"), and stays free of Qt. Here each Swedish template the domain can write
is matched against the sentence, and the English template is filled with what
was found: dates and names as they are, the smaller pieces (how late, which
meeting, the consent's problem, the stage) translated in turn. A sentence no
template matches is shown as the domain wrote it.
tests/ui/test_english_rest.py builds a case for every rule of deadlines.py and
checks that each sentence comes out English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sipdesk.domain.deadlines import DueItem, DueKind
from sipdesk.ui.i18n import QT_TRANSLATE_NOOP, STAGE_CONTEXT, translate

DUE_TEXT_CONTEXT = "DueText"

# Whole sentences, as deadlines.py's rules write them (the field names say what is inside).
DUE_TEMPLATES = (
    QT_TRANSLATE_NOOP("DueText", "Samtycke finns: för ärendet vidare till steget ”{stage}”."
                                 "{question}"),
    QT_TRANSLATE_NOOP("DueText", "Inhämta samtycke från vårdnadshavare och barnet och planera "
                                 "SIP-mötet.{question}"),
    QT_TRANSLATE_NOOP("DueText", "Inhämta samtycke från vårdnadshavare och barnet och planera "
                                 "SIP-mötet senast {due}{late}.{question}"),
    QT_TRANSLATE_NOOP("DueText", "{problem} Hämta in samtycke från barnet och vårdnadshavarna."),
    QT_TRANSLATE_NOOP("DueText", "Samtycket går ut {due} ({in_days}): fråga familjen om det ska "
                                 "förnyas."),
    QT_TRANSLATE_NOOP("DueText", "Skicka kallelser till {meeting} {day} senast {by}{late}: "
                                 "{names} har inte fått någon."),
    QT_TRANSLATE_NOOP("DueText", "Kalla deltagarna till {meeting} {day} senast {by}{late}."),
    QT_TRANSLATE_NOOP("DueText", "Ring {who} igen: har fortfarande inte svarat på {what} "
                                 "(kontaktad {contacted})"),
    QT_TRANSLATE_NOOP("DueText", "Ring {who}: har inte svarat på {what} ({late_by})"),
    QT_TRANSLATE_NOOP("DueText", "{What} till {who} skickades sent ({sent}, {lead} dagar före "
                                 "mötet; senast {by}). Ring och bekräfta att tiden passar."),
    QT_TRANSLATE_NOOP("DueText", "SIP-mötet {day} ligger efter fristen: det första mötet ska "
                                 "hållas senast {due}, {days} dagar efter samtycket{late}. Se om "
                                 "det går att flytta mötet."),
    QT_TRANSLATE_NOOP("DueText", "Boka SIP-mötet: det ska hållas senast {due}, {days} dagar "
                                 "efter samtycket{late}."),
    QT_TRANSLATE_NOOP("DueText", "Boka SIP-mötet senast {due}{late}, så att kallelserna hinner "
                                 "ut {days} dagar före mötet."),
    QT_TRANSLATE_NOOP("DueText", "{Meeting} {day} har hållits men ingen plan är registrerad. "
                                 "Skriv in planen och låt alla underteckna den."),
    QT_TRANSLATE_NOOP("DueText", "Planen (version {version}) från {meeting} {day} är inte "
                                 "undertecknad. Låt alla underteckna den."),
    QT_TRANSLATE_NOOP("DueText", "Besluta om avslut eller fortsatt SIP."),
    QT_TRANSLATE_NOOP("DueText", "Besluta om avslut eller fortsatt SIP på uppföljningsmötet "
                                 "{day}, senast {due}."),
    QT_TRANSLATE_NOOP("DueText", "Besluta om avslut eller fortsatt SIP senast {due}{late}: "
                                 "uppföljningsmötet hölls {day}."),
    QT_TRANSLATE_NOOP("DueText", "Inget SIP-möte med datum är bokat. Boka mötet och sätt ett "
                                 "datum."),
    QT_TRANSLATE_NOOP("DueText", "{Meeting} {day} har hållits: notera för varje åtagande om det "
                                 "är genomfört, delvis genomfört eller inte genomfört, och för "
                                 "ärendet vidare till steget ”{stage}”."),
    QT_TRANSLATE_NOOP("DueText", "{Meeting} {day} har hållits: för ärendet vidare till steget "
                                 "”{stage}”."),
    QT_TRANSLATE_NOOP("DueText", "Håll {meeting} {day} och gå igenom varje åtagande i planen."
                                 "{waiting}{invited}"),
    QT_TRANSLATE_NOOP("DueText", "Håll {meeting} {day} och skriv planen tillsammans med "
                                 "deltagarna.{waiting}{invited}"),
    QT_TRANSLATE_NOOP("DueText", "Uppföljningen skulle ha hållits senast {due} ({late_by}). Boka "
                                 "uppföljningsmötet."),
    QT_TRANSLATE_NOOP("DueText", "Boka uppföljningsmötet senast {by}, så att kallelserna hinner "
                                 "ut: uppföljningen ska hållas senast {due}."),
)

# The pieces inside them.
QUESTION = QT_TRANSLATE_NOOP("DueText", "Skriv också frågeställningen: vilken fråga ska SIP:en "
                                        "besvara?")
WAITING = QT_TRANSLATE_NOOP("DueText", "Svar saknas ännu från {names}.")
INVITED = QT_TRANSLATE_NOOP("DueText", "Kallelserna är skickade: för ärendet vidare till steget "
                                       "”{stage}”.")
# domain/consent.py consent_problem().
CONSENT_PROBLEMS = (
    QT_TRANSLATE_NOOP("DueText", "Samtycke saknas."),
    QT_TRANSLATE_NOOP("DueText", "Samtycket gäller först från {day}."),
    QT_TRANSLATE_NOOP("DueText", "Samtycket återkallades {day}."),
    QT_TRANSLATE_NOOP("DueText", "Samtycket gick ut {day}."),
)
ONE_DAY_LATE = QT_TRANSLATE_NOOP("DueText", "1 dag sen")
DAYS_LATE = QT_TRANSLATE_NOOP("DueText", "{days} dagar sen")
IN_DAYS = (
    QT_TRANSLATE_NOOP("DueText", "i dag"),
    QT_TRANSLATE_NOOP("DueText", "i morgon"),
    QT_TRANSLATE_NOOP("DueText", "om {days} dagar"),
)
# deadlines.py _MEETING_NOUNS, and what an invitation is called.
NOUNS = (
    QT_TRANSLATE_NOOP("DueText", "förmötet"),
    QT_TRANSLATE_NOOP("DueText", "SIP-mötet"),
    QT_TRANSLATE_NOOP("DueText", "uppföljningsmötet"),
    QT_TRANSLATE_NOOP("DueText", "kallelsen"),
    QT_TRANSLATE_NOOP("DueText", "inbjudan"),
)
AND_LAST = QT_TRANSLATE_NOOP("DueText", "{names} och {last}")
AND_MORE = QT_TRANSLATE_NOOP("DueText", "{names} och {count} till")

_DATE = r"\d{4}-\d{2}-\d{2}"
_MEETINGS = "förmötet|SIP-mötet|uppföljningsmötet"
_WHAT = "kallelsen|inbjudan"
_FIELDS = {
    "day": _DATE, "due": _DATE, "by": _DATE, "contacted": _DATE, "sent": _DATE,
    "days": r"\d+", "lead": r"\d+", "version": r"\d+",
    "late": r"(?: \(\d+ (?:dag|dagar) sen\))?",
    "late_by": r"\d+ (?:dag|dagar) sen",
    "in_days": r"i dag|i morgon|om \d+ dagar",
    "meeting": _MEETINGS,
    "Meeting": "Förmötet|SIP-mötet|Uppföljningsmötet",
    "what": _WHAT,
    "What": "Kallelsen|Inbjudan",
    "stage": r"[^”]+",
    "question": r"(?: Skriv också frågeställningen: vilken fråga ska SIP:en besvara\?)?",
    "waiting": r"(?: Svar saknas ännu från .+?\.)?",
    "invited": r"(?: Kallelserna är skickade: för ärendet vidare till steget ”[^”]+”\.)?",
}
_FIELD = re.compile(r"\{(\w+)\}")


def _tr(text: str) -> str:
    return translate(DUE_TEXT_CONTEXT, text)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_FIELDS.get(part, '.+?')})"
                    for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _fill(templates: tuple[str, ...], text: str) -> str | None:
    """The first template matching the whole of `text`, translated and filled; else None."""
    for template in templates:
        found = _pattern(template).fullmatch(text)
        if found is not None:
            values = {name: _PIECES.get(name, str)(value)
                      for name, value in found.groupdict().items()}
            return _tr(template).format(**values)
    return None


# A meeting's noun at the start of a sentence, as NOUNS writes it.
_LOWER = {"Förmötet": "förmötet", "Uppföljningsmötet": "uppföljningsmötet"}


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _late(text: str) -> str:
    """' (3 dagar sen)' -> ' (3 days late)'; '' stays ''."""
    return f" ({_late_by(text[2:-1])})" if text else ""


def _late_by(text: str) -> str:
    days = text.split(" ", 1)[0]
    return _tr(ONE_DAY_LATE) if days == "1" else _tr(DAYS_LATE).format(days=days)


def _in_days(text: str) -> str:
    if text in ("i dag", "i morgon"):
        return _tr(text)
    return _tr(IN_DAYS[2]).format(days=text.split(" ")[1])


def _names(text: str) -> str:
    """'Anna Berg, Johan Ek och 2 till' -> '… and 2 more'; the names as they are."""
    more = re.fullmatch(r"(.+) och (\d+) till", text, re.DOTALL)
    if more is not None:
        return _tr(AND_MORE).format(names=more[1], count=more[2])
    names, sep, last = text.rpartition(" och ")
    return _tr(AND_LAST).format(names=names, last=last) if sep else text


def _stage(label: str) -> str:
    return translate(STAGE_CONTEXT, label)


def _question(text: str) -> str:
    return f" {_tr(QUESTION)}" if text else ""


def _waiting(text: str) -> str:
    return f" {_fill((WAITING,), text[1:]) or text[1:]}" if text else ""


def _invited(text: str) -> str:
    return f" {_fill((INVITED,), text[1:]) or text[1:]}" if text else ""


def consent_problem_text(text: str) -> str:
    """domain/consent.py consent_problem()'s sentence in the window's language."""
    return _fill(CONSENT_PROBLEMS, text) or text


_PIECES: dict[str, Callable[[str], str]] = {
    "late": _late, "late_by": _late_by, "in_days": _in_days, "names": _names,
    "meeting": _tr, "Meeting": lambda noun: _upper(_tr(_LOWER.get(noun, noun))),
    "what": _tr, "What": lambda word: _upper(_tr(word.lower())),
    "stage": _stage, "question": _question, "waiting": _waiting, "invited": _invited,
    "problem": consent_problem_text,
}


def due_text(item: DueItem) -> str:
    """What the item asks for, in the window's language (the domain's Swedish sentence
    when no template fits it)."""
    if item.kind is DueKind.NO_PLAN_OWNER:
        from sipdesk.ui.i18n_case import owner_problem  # domain/signing.py's sentences

        return owner_problem(item.text)
    return _fill(DUE_TEMPLATES, item.text) or item.text


def template_of(text: str) -> str | None:
    """The Swedish template of DUE_TEMPLATES that `text` is written from, if any."""
    return next((t for t in DUE_TEMPLATES if _pattern(t).fullmatch(text)), None)
