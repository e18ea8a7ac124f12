"""The case record's and the case dialogs' words from the domain, in the window's language.

The domain and the services stay Qt-free and Swedish (documents go to Swedish
families and authorities); what they hand the record to show is translated
here, at the window's edge, as ui/i18n.py does for the stages:

- enum labels (consent form, participation, plan status, …), marked with
  QT_TRANSLATE_NOOP under the enum's class name as context;
- the history's event headings (services/cases.py EVENT_LABELS);
- the mapping sections of the shipped plan templates (domain/templates, resources/templates);
- a few whole sentences the domain writes with a name or a number inside
  (who must lead the plan, why the kartläggning is locked, why a reason to
  close does not fit the stage, a personnummer typed wrong): each Swedish
  template is matched against the sentence and the English one filled with
  what was found. A sentence no template matches is shown as it is.

tests/ui/test_english_case.py checks that every list here agrees with the
domain. Dates written out in words follow the language (`long_date`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import Enum

from sipdesk.domain.enums import SigningMethod
from sipdesk.ui.i18n import (
    QT_TRANSLATE_NOOP,
    STAGE_CONTEXT,
)
from sipdesk.ui.i18n import is_swedish as is_swedish
from sipdesk.ui.i18n import long_date as long_date
from sipdesk.ui.i18n import translate as translate


def and_list(names: Sequence[str]) -> str:
    """'Anna Berg, Johan Ek och Maria Lind' / '… and Maria Lind'."""
    if len(names) <= 1:
        return "".join(names)
    return translate("CaseWords", "{names} och {last}").format(
        names=", ".join(names[:-1]), last=names[-1])


# --- enum labels -------------------------------------------------------------------

# Per enum (by class name, the context), its labels as domain/enums.py (and
# domain/directory_import.py for RowStatus) write them.
ENUM_WORDS: dict[str, tuple[str, ...]] = {
    "ConsentForm": (
        QT_TRANSLATE_NOOP("ConsentForm", "Muntligt"),
        QT_TRANSLATE_NOOP("ConsentForm", "Skriftligt"),
    ),
    "Participation": (
        QT_TRANSLATE_NOOP("Participation", "Deltar i hela mötet"),
        QT_TRANSLATE_NOOP("Participation", "Deltar i en del av mötet"),
        QT_TRANSLATE_NOOP("Participation", "Genom ett brev"),
        QT_TRANSLATE_NOOP("Participation", "Genom en stödperson"),
        QT_TRANSLATE_NOOP("Participation", "Deltar inte"),
        QT_TRANSLATE_NOOP("Participation", "Inte bestämt"),
    ),
    "SentVia": (
        QT_TRANSLATE_NOOP("SentVia", "Brev"),
        QT_TRANSLATE_NOOP("SentVia", "E-post"),
        QT_TRANSLATE_NOOP("SentVia", "Telefon"),
        QT_TRANSLATE_NOOP("SentVia", "Överlämnad"),
    ),
    "PlanStatus": (
        QT_TRANSLATE_NOOP("PlanStatus", "Utkast"),
        QT_TRANSLATE_NOOP("PlanStatus", "Undertecknad"),
    ),
    "SigningMethod": (
        QT_TRANSLATE_NOOP("SigningMethod", "Undertecknad på papper"),
        QT_TRANSLATE_NOOP("SigningMethod", "Justerad"),
    ),
    "DeviationKind": (
        QT_TRANSLATE_NOOP("DeviationKind", "Uteblev från mötet"),
        QT_TRANSLATE_NOOP("DeviationKind", "Åtagande ej utfört"),
        QT_TRANSLATE_NOOP("DeviationKind", "Bemötande"),
        QT_TRANSLATE_NOOP("DeviationKind", "Annan avvikelse"),
    ),
    "CloseReason": (
        QT_TRANSLATE_NOOP("CloseReason", "Målen uppnådda"),
        QT_TRANSLATE_NOOP("CloseReason", "Flyttat"),
        QT_TRANSLATE_NOOP("CloseReason", "Samtycke finns inte längre"),
        QT_TRANSLATE_NOOP("CloseReason", "Annat"),
    ),
    "OrgKind": (
        QT_TRANSLATE_NOOP("OrgKind", "Skola"),
        QT_TRANSLATE_NOOP("OrgKind", "Förskola"),
        QT_TRANSLATE_NOOP("OrgKind", "Socialtjänst"),
        QT_TRANSLATE_NOOP("OrgKind", "LSS"),
        QT_TRANSLATE_NOOP("OrgKind", "BUP"),
        QT_TRANSLATE_NOOP("OrgKind", "Habilitering"),
        QT_TRANSLATE_NOOP("OrgKind", "Primärvård"),
        QT_TRANSLATE_NOOP("OrgKind", "Ungdomsmottagning"),
        QT_TRANSLATE_NOOP("OrgKind", "Annan"),
    ),
    "Principal": (
        QT_TRANSLATE_NOOP("Principal", "Kommun"),
        QT_TRANSLATE_NOOP("Principal", "Region"),
        QT_TRANSLATE_NOOP("Principal", "Privat"),
        QT_TRANSLATE_NOOP("Principal", "Annan"),
    ),
    "RowStatus": (
        QT_TRANSLATE_NOOP("RowStatus", "Läggs till"),
        QT_TRANSLATE_NOOP("RowStatus", "Finns redan"),
        QT_TRANSLATE_NOOP("RowStatus", "Fel – importeras inte"),
    ),
}


def enum_label(value: Enum) -> str:
    """An enum value's label (`value.label`, Swedish) in the window's language."""
    return translate(type(value).__name__, value.label)  # type: ignore[attr-defined]


# --- the history ---------------------------------------------------------------------

EVENT_CONTEXT = "HistoryEvent"
# services/cases.py's EVENT_LABELS, and "Möte" for a meeting held (timeline_of).
EVENT_WORDS = (
    QT_TRANSLATE_NOOP("HistoryEvent", "Ärende"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Kontakt"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Vårdnadshavare"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Samtycke"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Nätverk"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Roller"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Kallelse"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Svar"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Möte"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Närvaro"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Uteblev"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Plan"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Steg"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Avslut"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Återöppnat"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Fortsatt SIP"),
    QT_TRANSLATE_NOOP("HistoryEvent", "Avvikelse"),
)


def event_label(label: str) -> str:
    """A timeline entry's heading ("Samtycke") in the window's language."""
    return translate(EVENT_CONTEXT, label)


# --- the mapping sections of the shipped plan template -------------------------------

SECTION_CONTEXT = "PlanSection"
# Titles and help of the mapping sections (MAPPING_KEYS in services/cases.py) of the
# standard template (domain/templates/default.json) and of the region template shipped
# in resources/templates; a template's own other words are shown as written.
SECTION_WORDS = (
    QT_TRANSLATE_NOOP("PlanSection", "Nuläge"),
    QT_TRANSLATE_NOOP("PlanSection", "Hur är det nu, hemma, i skolan och på fritiden? Skriv "
                                     "kort vad som fungerar och vad som är svårt."),
    QT_TRANSLATE_NOOP("PlanSection", "Barnets röst – Vad är viktigt för dig?"),
    QT_TRANSLATE_NOOP("PlanSection", "Vad tycker barnet själv? Skriv med barnets egna ord, "
                                     "även om barnet inte är med på mötet."),
    QT_TRANSLATE_NOOP("PlanSection", "Önskemål på lång sikt"),
    QT_TRANSLATE_NOOP("PlanSection", "Hur vill barnet och familjen att det ska vara om ett "
                                     "eller ett par år?"),
    QT_TRANSLATE_NOOP("PlanSection", "Resurser"),
    QT_TRANSLATE_NOOP("PlanSection", "Vad är barnet bra på? Vilka personer och saker hjälper "
                                     "redan?"),
    QT_TRANSLATE_NOOP("PlanSection", "Hinder"),
    QT_TRANSLATE_NOOP("PlanSection", "Vad står i vägen för att det ska bli bättre?"),
    # resources/templates/uppsala.json
    QT_TRANSLATE_NOOP("PlanSection", "Hur är det nu? Skriv kort vad som fungerar och vad som "
                                     "är svårt."),
    QT_TRANSLATE_NOOP("PlanSection", "Hur vill barnet och familjen att det ska vara längre "
                                     "fram?"),
    QT_TRANSLATE_NOOP("PlanSection", "Vad är barnet bra på, och vad hjälper redan?"),
    QT_TRANSLATE_NOOP("PlanSection", "Vad står i vägen?"),
)


def section_text(text: str) -> str:
    """A mapping section's title or help in the window's language."""
    return translate(SECTION_CONTEXT, text)


# --- sentences with a value inside -------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                    for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def sentence(context: str, templates: Sequence[str], text: str,
             fields: Mapping[str, Callable[[str], str]] | None = None) -> str:
    """`text`, a sentence of the domain's, in the window's language.

    The first Swedish template of `templates` that matches the whole of `text`
    is translated in `context` and filled with the values found (each through
    `fields[name]` if given, e.g. a stage's label). Without a match, `text`.
    """
    found = _matched(context, templates, text, fields)
    return text if found is None else found


def _matched(context: str, templates: Sequence[str], text: str,
             fields: Mapping[str, Callable[[str], str]] | None = None) -> str | None:
    for template in templates:
        match = _pattern(template).fullmatch(text)
        if match is None:
            continue
        values = {name: (fields or {}).get(name, str)(value)
                  for name, value in match.groupdict().items()}
        return translate(context, template).format(**values)
    return None


def _stage_word(label: str) -> str:
    return translate(STAGE_CONTEXT, label)


def _kind_word(label: str) -> str:
    return translate("OrgKind", label)


OWNER_CONTEXT = "OwnerProblem"
# domain/signing.py plan_owner_problems(): what is wrong with the named samordningsansvarig.
OWNER_PROBLEMS = (
    QT_TRANSLATE_NOOP("OwnerProblem", "Samordningsansvarig saknas. Utse en namngiven person "
                                      "från hälso- och sjukvården eller socialtjänsten som "
                                      "har huvudansvaret för planen."),
    QT_TRANSLATE_NOOP("OwnerProblem", "Den som är angiven som samordningsansvarig finns inte "
                                      "bland ärendets deltagare. Välj en person i nätverket."),
    QT_TRANSLATE_NOOP("OwnerProblem", "Samordningsansvarig {name} saknar känd verksamhet. "
                                      "Ange vilken verksamhet personen arbetar i, så att det "
                                      "syns att den hör till hälso- och sjukvården eller "
                                      "socialtjänsten."),
    QT_TRANSLATE_NOOP("OwnerProblem", "Samordningsansvarig {name} arbetar i {organisation} "
                                      "({kind}). Samordningsansvarig ska komma från hälso- och "
                                      "sjukvården eller socialtjänsten."),
)


def owner_problem(text: str) -> str:
    return sentence(OWNER_CONTEXT, OWNER_PROBLEMS, text, {"kind": _kind_word})


MAPPING_CONTEXT = "MappingReason"
# services/cases.py mapping_of(): why the kartläggning cannot be changed.
MAPPING_REASONS = (
    QT_TRANSLATE_NOOP("MappingReason", "Plan version {version} är undertecknad. Påbörja en ny "
                                       "planversion för att ändra kartläggningen."),
    # services/cases.py set_mapping(): the refusal when the plan was signed meanwhile.
    QT_TRANSLATE_NOOP("MappingReason", "Plan version {version} är undertecknad och kan inte "
                                       "ändras. Påbörja en ny planversion."),
)


def mapping_reason(text: str) -> str:
    return sentence(MAPPING_CONTEXT, MAPPING_REASONS, text)


CLOSE_CONTEXT = "CloseProblem"
# domain/stages.py close_problem(): a reason to close that the stage does not allow yet.
CLOSE_PROBLEMS = (
    QT_TRANSLATE_NOOP("CloseProblem", "Ärendet är i steget ”{stage}”. Att målen är uppnådda "
                                      "kan sägas först när planen har följts upp. Välj ett "
                                      "annat skäl, eller följ upp planen först."),
)


def close_problem_text(text: str) -> str:
    return sentence(CLOSE_CONTEXT, CLOSE_PROBLEMS, text, {"stage": _stage_word})


TYPING_CONTEXT = "TypingProblem"
# What a form says while a field is typed wrong: domain/case_rules.py (the new case)
# and domain/personnummer.py (parse_personnummer's reasons).
TYPING_PROBLEMS = (
    QT_TRANSLATE_NOOP("TypingProblem", "Skriv barnets namn."),
    QT_TRANSLATE_NOOP("TypingProblem", "Skriv frågeställningen: vad ska SIP:en hjälpa till "
                                       "med?"),
    QT_TRANSLATE_NOOP("TypingProblem", "Personnumret ska ha 10 eller 12 siffror, till exempel "
                                       "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN"),
    QT_TRANSLATE_NOOP("TypingProblem", "Personnumret ska ha 10 eller 12 siffror, till exempel "
                                       "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Det innehåller tecken "
                                       "som inte hör hemma där: {shown}"),
    QT_TRANSLATE_NOOP("TypingProblem", "Personnumret ska ha 10 eller 12 siffror, till exempel "
                                       "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Bindestrecket står på "
                                       "fel ställe"),
    QT_TRANSLATE_NOOP("TypingProblem", "Personnumret ska ha 10 eller 12 siffror, till exempel "
                                       "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Det du skrev har "
                                       "{count} siffror"),
    QT_TRANSLATE_NOOP("TypingProblem", "Kontrollsiffran stämmer inte – kontrollera att alla "
                                       "siffror är rätt skrivna"),
    QT_TRANSLATE_NOOP("TypingProblem", "Födelsedatumet {date} har inte inträffat ännu"),
    QT_TRANSLATE_NOOP("TypingProblem", "Datumet {date} finns inte"),
)


PROFILE_CONTEXT = "ProfileProblem"
# domain/profile.py: CoordinatorProfile.problems(), phone_problem() and email_problem().
PROFILE_PROBLEMS = (
    QT_TRANSLATE_NOOP("ProfileProblem", "Namnet får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ProfileProblem", "Titeln får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ProfileProblem", "Organisationens namn får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ProfileProblem", "Telefonnumret får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ProfileProblem", "E-postadressen får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ProfileProblem", "Skriv ditt namn, så att familjer och verksamheter vet "
                                        "vem de ska svara till."),
    QT_TRANSLATE_NOOP("ProfileProblem", "”{phone}” ser inte ut som ett telefonnummer: skriv "
                                        "bara siffror, mellanslag, bindestreck och +."),
    QT_TRANSLATE_NOOP("ProfileProblem", "”{phone}” är för kort för ett telefonnummer."),
    QT_TRANSLATE_NOOP("ProfileProblem", "”{email}” ser inte ut som en e-postadress (till "
                                        "exempel namn@kommun.se)."),
)


def profile_problem(text: str | None) -> str | None:
    """A reason the coordinator's details are refused, in the window's language."""
    return None if text is None else sentence(PROFILE_CONTEXT, PROFILE_PROBLEMS, text)


def typing_problem(text: str | None) -> str | None:
    """A domain's reason for a field typed wrong, in the window's language."""
    return None if text is None else sentence(TYPING_CONTEXT, TYPING_PROBLEMS, text)


# --- who signed a plan version ---------------------------------------------------------

SIGNED_CONTEXT = "SignedHow"


def signed_how(method: Enum | None, signed_on: date | None, names: Sequence[str]) -> str:
    """domain/plan_document.py's signed_how() in the window's language:
    'Undertecknad på papper 21 december 2026 av Anna Berg och Maria Lind.'"""
    if method is SigningMethod.ADJUSTED:
        parts = [translate("SignedHow", "Justerad")]
    elif method is SigningMethod.PAPER:
        parts = [translate("SignedHow", "Undertecknad på papper")]
    else:
        parts = [translate("SignedHow", "Undertecknad")]
    if signed_on is not None:
        # The date alone in Swedish; English puts "on" before it.
        parts.append(translate("SignedHow", "{date}").format(date=long_date(signed_on)))
    if names:
        parts.append(translate("SignedHow", "av {names}").format(names=and_list(names)))
    return " ".join(parts) + "."


def domain_sentence(text: str) -> str:
    """Any of the domain's sentences (a refusal, a reason), in the window's language: those
    above, and every refusal of the services (ui/i18n_refusals.py)."""
    found = known_sentence(text)
    if found is not None:
        return found
    from sipdesk.ui.i18n_refusals import refusal_text

    return refusal_text(text)


def known_sentence(text: str) -> str | None:
    """One of the domain's sentences above in the window's language; None for another."""
    for context, templates, fields in (
        (TYPING_CONTEXT, TYPING_PROBLEMS, None),
        (OWNER_CONTEXT, OWNER_PROBLEMS, {"kind": _kind_word}),
        (CLOSE_CONTEXT, CLOSE_PROBLEMS, {"stage": _stage_word}),
        (MAPPING_CONTEXT, MAPPING_REASONS, None),
        (PROFILE_CONTEXT, PROFILE_PROBLEMS, None),
    ):
        translated = _matched(context, templates, text, fields)
        if translated is not None:
            return translated
    return None
