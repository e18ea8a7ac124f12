"""The rules' refusals (services and domain) in the window's language.

A use case that a rule refuses raises the domain's ValidationError (or
DomainError, OutsideConsent) with a Swedish sentence, and the window shows it
through failure_text() or domain_sentence(). The services stay Qt-free and
Swedish (the command line and the log use the same sentences); each Swedish
template a service or the domain can raise is listed here, matched against the
sentence, and the English one filled with what was found (a name, a date, a
stage, a role). A sentence no template matches is shown as it is.

tests/ui/test_english_remaining.py reads every `raise ValidationError(...)` of
sipdesk/services and sipdesk/domain and checks that each comes out English, so
a new refusal without English fails there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP, STAGE_CONTEXT, is_swedish, translate

REFUSAL_CONTEXT = "Refusal"

# The most particular first: "{name}: {message}" and "Rad {row}: {message}" match much.
REFUSALS = (
    # services/backups.py
    QT_TRANSLATE_NOOP("Refusal", "Ärendena finns på teamservern, som kommunens IT-avdelning "
                                 "säkerhetskopierar. Datorn gör inga egna kopior av den."),
    # domain/consent.py
    QT_TRANSLATE_NOOP("Refusal", "{problem} {name} kan inte kallas förrän samtycke finns."),
    QT_TRANSLATE_NOOP("Refusal", "Samtycket omfattar inte {name}. Fråga familjen om de vill "
                                 "lägga till verksamheten innan en kallelse skickas."),
    QT_TRANSLATE_NOOP("Refusal", "Samtycket omfattar inte {name}: {givers} har sagt nej till "
                                 "det. Familjens ord: ”{words}”."),
    QT_TRANSLATE_NOOP("Refusal", "Samtycket omfattar inte {name}: {givers} har sagt nej till "
                                 "det."),
    QT_TRANSLATE_NOOP("Refusal", "En verksamhet kan antingen omfattas av samtycket eller vara "
                                 "undantagen, inte båda."),
    QT_TRANSLATE_NOOP("Refusal", "Barnet är under {age} år och kan inte ensamt ge samtycke. "
                                 "Lägg till vårdnadshavarnas samtycke."),
    QT_TRANSLATE_NOOP("Refusal", "Barnets ålder är okänd, så det går inte att se om barnet kan "
                                 "ge samtycke ensamt (från {age} år). Skriv in barnets "
                                 "personnummer eller födelsedatum, eller lägg till "
                                 "vårdnadshavarnas samtycke."),
    # domain/dates.py
    QT_TRANSLATE_NOOP("Refusal", "{what} ({value}) ligger utanför det rimliga. Skriv ett datum "
                                 "mellan {low} och {high}."),
    # domain/deadline_settings.py
    QT_TRANSLATE_NOOP("Refusal", "”{label}” ska vara ett heltal, inte ”{value}”."),
    QT_TRANSLATE_NOOP("Refusal", "”{label}” ska vara ett heltal."),
    QT_TRANSLATE_NOOP("Refusal", "”{label}” ska vara mellan {low} och {high}, inte {value}."),
    QT_TRANSLATE_NOOP("Refusal", "”{label}” ska vara ja eller nej, inte ”{value}”."),
    QT_TRANSLATE_NOOP("Refusal", "”{label}” ska vara ja eller nej."),
    QT_TRANSLATE_NOOP("Refusal", "Inställningarna kunde inte läsas."),
    # domain/directory_import.py and domain/directory_rules.py
    QT_TRANSLATE_NOOP("Refusal", "Filen saknar kolumnen ”Organisation”. Första raden ska ha "
                                 "rubrikerna {headings}."),
    QT_TRANSLATE_NOOP("Refusal", "Filen har inga rader att importera under rubrikraden."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv personens yrke (till exempel psykolog eller kurator). "
                                 "En organisation som ”BUP” är inget yrke."),
    QT_TRANSLATE_NOOP("Refusal", "”{text}” är en organisation, inte ett yrke. Skriv vad "
                                 "personen arbetar som, till exempel psykolog, kurator, mentor "
                                 "eller socialsekreterare."),
    # domain/invitation_letter.py
    QT_TRANSLATE_NOOP("Refusal", "Mötet har inget datum ännu. Sätt datum innan kallelsen "
                                 "skapas."),
    QT_TRANSLATE_NOOP("Refusal", "Mötet har ingen starttid ännu. Sätt en tid innan kallelsen "
                                 "skapas."),
    QT_TRANSLATE_NOOP("Refusal", "Ingen är inbjuden till mötet ännu, så det finns inga brev att "
                                 "skapa."),
    # domain/personnummer.py (a fault of the program's, not of the typing)
    QT_TRANSLATE_NOOP("Refusal", "Personnumret ska vara sparat som ÅÅÅÅMMDD-NNNN; läs in det "
                                 "med parse_personnummer"),
    # domain/safekeeping_settings.py and domain/stats_period.py
    QT_TRANSLATE_NOOP("Refusal", "Låset ska slå till efter mellan {low} och {high} minuter."),
    QT_TRANSLATE_NOOP("Refusal", "Gallringsfristen ska vara mellan {low} och {high} månader."),
    QT_TRANSLATE_NOOP("Refusal", "Perioden slutar ({end}) innan den börjar ({start}). Byt plats "
                                 "på datumen."),
    # domain/template.py
    QT_TRANSLATE_NOOP("Refusal", "Mallen ska vara ett JSON-objekt med id, version och namn."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen saknar id."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen saknar namn."),
    QT_TRANSLATE_NOOP("Refusal", "Mallens id ”{id}” får bara innehålla små bokstäver a–z, "
                                 "siffror och understreck, och ska börja med en bokstav."),
    QT_TRANSLATE_NOOP("Refusal", "Mallens version ska vara ett heltal från 1 och uppåt, inte "
                                 "{version}."),
    QT_TRANSLATE_NOOP("Refusal", "{where}”{name}” ska vara text."),
    QT_TRANSLATE_NOOP("Refusal", "{where}nyckel (key) saknas."),
    QT_TRANSLATE_NOOP("Refusal", "{where}{noun} ”{key}” saknar rubriktext (title)."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen ska ha minst en rubrik under ”sections”."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen ska ha kolumner för insatserna under "
                                 "”action_columns”."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen saknar kolumnerna {columns}. Varje insats måste ha mål, "
                                 "insats, ansvarig organisation, ansvarig person och när."),
    QT_TRANSLATE_NOOP("Refusal", "{where}ska vara ett objekt med key och title."),
    QT_TRANSLATE_NOOP("Refusal", "{where}nyckeln ”{key}” får bara innehålla små bokstäver a–z, "
                                 "siffror och understreck, och ska börja med en bokstav."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen är inte giltig JSON: fel på rad {line}, kolumn "
                                 "{column}."),
    QT_TRANSLATE_NOOP("Refusal", "Mallfilen {name} ska vara sparad som UTF-8."),
    QT_TRANSLATE_NOOP("Refusal", "Mallfilen {path} kunde inte läsas."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen ”{id}” version {version} finns redan med annat "
                                 "innehåll. Ge den ändrade mallen ett nytt versionsnummer, så att "
                                 "gamla planer visas som de skrevs."),
    QT_TRANSLATE_NOOP("Refusal", "{where}hjälptexten ska vara text."),
    QT_TRANSLATE_NOOP("Refusal", "Kolumn {number}: ”{key}” finns inte i planens insatsrader. "
                                 "Möjliga kolumner: {keys}."),
    QT_TRANSLATE_NOOP("Refusal", "Två {noun} har samma nyckel ”{key}”. Varje nyckel får bara "
                                 "finnas en gång."),
    # services/cases.py
    QT_TRANSLATE_NOOP("Refusal", "Skriv vårdnadshavarens namn."),
    QT_TRANSLATE_NOOP("Refusal", "Samtycket kan inte gälla till ett datum före det gavs."),
    QT_TRANSLATE_NOOP("Refusal", "Ange vem som gav samtycket: barnet och/eller vårdnadshavare."),
    QT_TRANSLATE_NOOP("Refusal", "Ange om samtycket är muntligt eller skriftligt."),
    QT_TRANSLATE_NOOP("Refusal", "Samtycket finns inte i ärendet."),
    QT_TRANSLATE_NOOP("Refusal", "Vårdnadshavaren hör inte till ärendet."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv vad kontakten gällde."),
    QT_TRANSLATE_NOOP("Refusal", "En kontakt kan inte ha skett i framtiden."),
    QT_TRANSLATE_NOOP("Refusal", "”{key}” hör inte till kartläggningen."),
    QT_TRANSLATE_NOOP("Refusal", "Barnet måste ha ett namn: skriv förnamn eller efternamn."),
    QT_TRANSLATE_NOOP("Refusal", "Organisationen finns inte i registret."),
    QT_TRANSLATE_NOOP("Refusal", "Personen finns inte i registret."),
    QT_TRANSLATE_NOOP("Refusal", "{name} har gett samtycke i ärendet och kan inte tas bort."),
    QT_TRANSLATE_NOOP("Refusal", "{name} är kallad till ett möte och kan inte tas bort ur "
                                 "nätverket."),
    QT_TRANSLATE_NOOP("Refusal", "{name} är kallad till ett möte och kan inte tas bort."),
    QT_TRANSLATE_NOOP("Refusal", "{role} måste först läggas till i ärendets nätverk."),
    QT_TRANSLATE_NOOP("Refusal", "{name} är {role} i ärendet. Välj någon annan som {role2} "
                                 "först."),
    QT_TRANSLATE_NOOP("Refusal", "Välj varför ärendet avslutas."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendet är redan avslutat."),
    QT_TRANSLATE_NOOP("Refusal", "Välj hur barnet deltar."),
    # services/directory.py
    QT_TRANSLATE_NOOP("Refusal", "Organisationen behöver ett namn."),
    QT_TRANSLATE_NOOP("Refusal", "”{mailbox}” ser inte ut som en e-postadress (till exempel "
                                 "bup.norrby@exempel.se)."),
    QT_TRANSLATE_NOOP("Refusal", "Välj vilken sorts verksamhet det är."),
    QT_TRANSLATE_NOOP("Refusal", "Välj huvudman: kommun, region, privat eller annan."),
    QT_TRANSLATE_NOOP("Refusal", "Personen behöver ett namn."),
    QT_TRANSLATE_NOOP("Refusal", "Rad {row}: organisationen finns inte i registret."),
    # services/documents.py, meetings.py, plans.py, protocol.py, access_log.py: gone meanwhile
    QT_TRANSLATE_NOOP("Refusal", "Ärendet finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Mötet finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Planen finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Avvikelsen finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Kallelsen finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Insatsraden finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Organisationen finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Verksamheten finns inte i katalogen."),
    # services/keys.py
    QT_TRANSLATE_NOOP("Refusal", "Den nuvarande lösenfrasen stämmer inte."),
    QT_TRANSLATE_NOOP("Refusal", "Den nuvarande lösenfrasen (eller återställningsnyckeln) "
                                 "stämmer inte."),
    QT_TRANSLATE_NOOP("Refusal", "Arkivet skyddas inte med en lösenfras; nyckeln förvaras i "
                                 "nyckelringen."),
    # services/meetings.py
    QT_TRANSLATE_NOOP("Refusal", "Den sammankallande verksamheten finns inte i katalogen. Välj "
                                 "en annan."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv varför mötet ställs in."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv vem som kommer som ersättare."),
    QT_TRANSLATE_NOOP("Refusal", "Beskriv vad som hände."),
    QT_TRANSLATE_NOOP("Refusal", "Välj vilken verksamhet avvikelsen gäller."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv när det hände."),
    QT_TRANSLATE_NOOP("Refusal", "En avvikelse kan inte ha skett i framtiden."),
    QT_TRANSLATE_NOOP("Refusal", "Personen måste först läggas till i ärendets nätverk."),
    # services/plans.py and services/protocol.py
    QT_TRANSLATE_NOOP("Refusal", "Den här planversionen är undertecknad och kan inte ändras. "
                                 "Ändringar görs i en ny version."),
    QT_TRANSLATE_NOOP("Refusal", "Den här planversionen är undertecknad och kan inte ändras."),
    QT_TRANSLATE_NOOP("Refusal", "Underskriftsdatumet ligger i framtiden."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendet {reference} har ingen plan ännu."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendet har ingen undertecknad plan att utgå från. Skriv en "
                                 "första plan."),
    QT_TRANSLATE_NOOP("Refusal", "Plan version {version} är ett utkast. Skriv vidare i det i "
                                 "stället för att börja en ny version."),
    QT_TRANSLATE_NOOP("Refusal", "Mötet hör inte till ärendet."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv vem som fick planen."),
    QT_TRANSLATE_NOOP("Refusal", "Skriv vilket datum planen skickades."),
    QT_TRANSLATE_NOOP("Refusal", "Datumet ligger i framtiden."),
    QT_TRANSLATE_NOOP("Refusal", "Välj hur planen skickades."),
    QT_TRANSLATE_NOOP("Refusal", "Bara en undertecknad plan delas ut. Underteckna planen först."),
    QT_TRANSLATE_NOOP("Refusal", "Originalet finns först när planen är undertecknad."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendet är i steget ”{stage}”. En SIP fortsätter från steget "
                                 "”{stage2}”."),
    QT_TRANSLATE_NOOP("Refusal", "Den som skrev under var inte kallad till mötet där planen "
                                 "skrevs."),
    QT_TRANSLATE_NOOP("Refusal", "Den som skrev under hör inte till ärendet."),
    QT_TRANSLATE_NOOP("Refusal", "Mallen har inget avsnitt som heter ”{key}”."),
    QT_TRANSLATE_NOOP("Refusal", "Planen hör inte till något möte."),
    QT_TRANSLATE_NOOP("Refusal", "Uppföljningen ska vara efter det här mötet."),
    QT_TRANSLATE_NOOP("Refusal", "{role} måste finnas i ärendets nätverk."),
    # services/retention.py
    QT_TRANSLATE_NOOP("Refusal", "Markera minst ett ärende att gallra."),
    QT_TRANSLATE_NOOP("Refusal", "Kommunen har inte bestämt någon gallringsfrist. Ange den under "
                                 "Arkiv → Inställningar… innan något kan gallras."),
    QT_TRANSLATE_NOOP("Refusal", "Bara avslutade ärenden vars gallringsfrist har gått ut kan "
                                 "raderas."),
    # services/backups.py
    QT_TRANSLATE_NOOP("Refusal", "Det finns ingen säkerhetskopia som heter ”{name}”."),
    QT_TRANSLATE_NOOP("Refusal", "Beskrivningen {info} saknas bredvid {name}; utan den kan "
                                 "säkerhetskopian inte läggas tillbaka."),
    QT_TRANSLATE_NOOP("Refusal", "Mappen {folder} finns inte."),
    QT_TRANSLATE_NOOP("Refusal", "Säkerhetskopian kommer från ett annat arkiv och kan inte "
                                 "läggas tillbaka här."),
    QT_TRANSLATE_NOOP("Refusal", "Säkerhetskopian {name} går inte att öppna med arkivets "
                                 "nuvarande nyckel, eller så är den skadad. Är den gjord före ett "
                                 "byte av lösenfras eller nyckel, lägg tillbaka den med "
                                 "återställningsnyckeln från då (i en tom mapp: sipdesk "
                                 "--data-dir MAPP restore SÖKVÄG). Ingenting har ändrats."),
    # services/statistics.py
    QT_TRANSLATE_NOOP("Refusal", "Formatet ”{format}” finns inte. Välj text, csv, xlsx eller "
                                 "pdf."),
    # services/server_import.py
    QT_TRANSLATE_NOOP("Refusal", "Datorns åtkomstlogg är inte hel, så arkivet flyttas inte. Kör "
                                 "sipdesk check och kontakta IT."),
    QT_TRANSLATE_NOOP("Refusal", "Flytten till servern körs av den administratörsroll som körde "
                                 "sipdesk server init (den behöver skriva åtkomstloggen med "
                                 "posternas egna tider)."),
    QT_TRANSLATE_NOOP("Refusal", "Ange vilket team ärendena ska höra till med --team TEAM."),
    QT_TRANSLATE_NOOP("Refusal", "Teamet {team} finns inte på servern. Lägg först till en "
                                 "användare i det: sipdesk server add-user NAMN --team TEAM."),
    QT_TRANSLATE_NOOP("Refusal", "Det här arkivet är redan flyttat till servern. En andra flytt "
                                 "skulle ge varje ärende två gånger, så ingenting har gjorts."),
    QT_TRANSLATE_NOOP("Refusal", "Servern har redan {count} ärenden med samma diarienummer som "
                                 "datorn (till exempel {reference}), så ingenting har flyttats."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendena blev inte desamma på servern som på datorn, så "
                                 "ingenting har flyttats."),
    # services/takealong.py
    QT_TRANSLATE_NOOP("Refusal", "Ärendet blev inte detsamma på servern som på datorn, så "
                                 "ingenting har ändrats på servern. Ändringarna finns kvar på "
                                 "datorn."),
    QT_TRANSLATE_NOOP("Refusal", "Bara ett ärende på teamservern kan tas med."),
    QT_TRANSLATE_NOOP("Refusal", "Lånet måste gälla till i dag eller senare."),
    QT_TRANSLATE_NOOP("Refusal", "Datorns arkiv har ingen kopia av det ärendet från den här "
                                 "servern."),
    QT_TRANSLATE_NOOP("Refusal", "Lånet finns inte längre (en teamledare kan ha brutit det). "
                                 "Ändringarna finns kvar på datorn; kontakta teamledaren."),
    QT_TRANSLATE_NOOP("Refusal", "Ärendet är redan taget med av {holder} till {until}."),
    QT_TRANSLATE_NOOP("Refusal", "Datorns arkiv har redan ett ärende {reference}; lämna tillbaka "
                                 "eller ta bort det först."),
    # A line of an imported file, and a template file's name before its problem.
    QT_TRANSLATE_NOOP("Refusal", "Rad {row}: {message}"),
    QT_TRANSLATE_NOOP("Refusal", "{file}: {message}"),
)

# The smaller words inside them.
WORDS = (
    # domain/dates.py check_date(): which date was out of reach
    QT_TRANSLATE_NOOP("Refusal", "Datumet då barnet fick veta"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då behovet upptäcktes"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då kallelsen skickades"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då kallelserna skickades"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då planen skickades"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då samtycket gavs"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då samtycket återkallades"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet då ärendet avslutas"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet för avvikelsen"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet för kontakten"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet för svaret"),
    QT_TRANSLATE_NOOP("Refusal", "Datumet för uppföljningen"),
    QT_TRANSLATE_NOOP("Refusal", "Mötesdatumet"),
    QT_TRANSLATE_NOOP("Refusal", "Periodens första dag"),
    QT_TRANSLATE_NOOP("Refusal", "Periodens sista dag"),
    QT_TRANSLATE_NOOP("Refusal", "Sista dagen samtycket gäller"),
    QT_TRANSLATE_NOOP("Refusal", "Underskriftsdatumet"),
    # domain/consent.py consent_givers()
    QT_TRANSLATE_NOOP("Refusal", "barnet"),
    QT_TRANSLATE_NOOP("Refusal", "vårdnadshavaren"),
    QT_TRANSLATE_NOOP("Refusal", "vårdnadshavarna"),
    QT_TRANSLATE_NOOP("Refusal", "barnet och vårdnadshavaren"),
    QT_TRANSLATE_NOOP("Refusal", "barnet och vårdnadshavarna"),
    # the case's roles (services/cases.py ROLES, services/protocol.py)
    QT_TRANSLATE_NOOP("Refusal", "Initiativtagare"),
    QT_TRANSLATE_NOOP("Refusal", "Mötesledare"),
    QT_TRANSLATE_NOOP("Refusal", "Samordningsansvarig"),
    QT_TRANSLATE_NOOP("Refusal", "Mötesledaren"),
    QT_TRANSLATE_NOOP("Refusal", "Sekreteraren"),
    QT_TRANSLATE_NOOP("Refusal", "initiativtagare"),
    QT_TRANSLATE_NOOP("Refusal", "mötesledare"),
    QT_TRANSLATE_NOOP("Refusal", "samordningsansvarig"),
    # domain/template.py: where in the template, and what
    QT_TRANSLATE_NOOP("Refusal", "Rubrik {number}: "),
    QT_TRANSLATE_NOOP("Refusal", "Kolumn {number}: "),
    QT_TRANSLATE_NOOP("Refusal", "rubriken"),
    QT_TRANSLATE_NOOP("Refusal", "kolumnen"),
    QT_TRANSLATE_NOOP("Refusal", "rubriker"),
    QT_TRANSLATE_NOOP("Refusal", "kolumner"),
)

_FIELD = re.compile(r"\{(\w+)\}")
# Fields narrower than "anything": the place in a template (none at its top level),
# and a template file's name (so that no other sentence with a colon is taken for one).
_FIELD_PATTERNS = {"where": r"(?:(?:Rubrik|Kolumn) \d+: )?", "file": r"[^:\n]+\.json"}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0
                    else f"(?P<{part}>{_FIELD_PATTERNS.get(part, '.+?')})"
                    for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _word(text: str) -> str:
    return translate(REFUSAL_CONTEXT, text)


def _where(text: str) -> str:
    found = re.fullmatch(r"(Rubrik|Kolumn) (\d+): ", text)
    if found is None:
        return text
    return _word(f"{found[1]} {{number}}: ").format(number=found[2])


def _stage(label: str) -> str:
    return translate(STAGE_CONTEXT, label)


def _long_date(text: str) -> str:
    from sipdesk.ui.i18n_meetings import _from_long_date

    return _from_long_date(text)


def _consent_problem(text: str) -> str:
    from sipdesk.ui.i18n_due import consent_problem_text

    return consent_problem_text(text)


def _deadline_label(label: str) -> str:
    from sipdesk.ui.i18n_rest import deadline_label

    return deadline_label(label)


_PIECES: dict[str, Callable[[str], str]] = {
    "what": _word, "givers": _word, "role": _word, "role2": _word, "noun": _word,
    "where": _where, "stage": _stage, "stage2": _stage, "end": _long_date,
    "start": _long_date, "problem": _consent_problem, "label": _deadline_label,
}


def _filled(text: str) -> str | None:
    for template in REFUSALS:
        found = _pattern(template).fullmatch(text)
        if found is None:
            continue
        values = {name: _PIECES.get(name, str)(value) for name, value in found.groupdict().items()}
        if "message" in values:  # an imported row's or a template file's own problem
            values["message"] = refusal_text(found["message"])
        return translate(REFUSAL_CONTEXT, template).format(**values)
    return None


def refusal_text(text: str) -> str:
    """A rule's refusal (`text`, Swedish) in the window's language; another text as it is.

    Besides the templates above, the domain's sentences that other parts of the
    window translate already (a personnummer typed wrong, the plan owner, a
    meeting's problem, a passphrase) are looked up where they are kept.
    """
    if not text:
        return text
    found = _filled(text)
    if found is not None:
        return found
    from sipdesk.ui.i18n_case import known_sentence
    from sipdesk.ui.i18n_meetings import meeting_problem, signing_problem
    from sipdesk.ui.i18n_rest import passphrase_text

    for shown in (lambda t: known_sentence(t) or t, meeting_problem, passphrase_text,
                  lambda t: signing_problem(t) or t, _consent_problem):
        translated = shown(text)
        if translated != text:
            return translated
    return text


# --- the directory import's per-row reasons (domain/directory_import.py) -------------

IMPORT_CONTEXT = "ImportReason"
IMPORT_REASONS = (
    QT_TRANSLATE_NOOP("ImportReason", "Ny organisation."),
    QT_TRANSLATE_NOOP("ImportReason", "Ny person."),
    QT_TRANSLATE_NOOP("ImportReason", "Typ saknas för en ny organisation: skriv till exempel "
                                      "skola, socialtjänst eller BUP."),
    QT_TRANSLATE_NOOP("ImportReason", "Organisationen har typen ”{kind}” på rad {row}, inte "
                                      "”{kind2}”."),
    QT_TRANSLATE_NOOP("ImportReason", "Organisationen har huvudmannen ”{principal}” på rad {row}, "
                                      "inte ”{principal2}”."),
    QT_TRANSLATE_NOOP("ImportReason", "Huvudman saknas: {principal_lower} antas."),
    QT_TRANSLATE_NOOP("ImportReason", "Personen finns redan i katalogen och hoppas över."),
    QT_TRANSLATE_NOOP("ImportReason", "Samma person som på rad {row}: hoppas över."),
    QT_TRANSLATE_NOOP("ImportReason", "Organisationen finns redan i katalogen och hoppas över."),
    QT_TRANSLATE_NOOP("ImportReason", "Samma organisation som på rad {row}: hoppas över."),
    QT_TRANSLATE_NOOP("ImportReason", "Organisationens telefon och e-post (den läggs till från "
                                      "rad {row})."),
    QT_TRANSLATE_NOOP("ImportReason", "Organisationens namn saknas."),
    QT_TRANSLATE_NOOP("ImportReason", "{what} får vara högst {limit} tecken."),
    QT_TRANSLATE_NOOP("ImportReason", "Okänd typ ”{value}”: skriv {kinds}."),
    QT_TRANSLATE_NOOP("ImportReason", "Okänd huvudman ”{value}”: skriv {kinds}."),
    QT_TRANSLATE_NOOP("ImportReason", "Yrke/roll saknas: skriv vad personen arbetar som, till "
                                      "exempel psykolog, kurator eller mentor."),
    QT_TRANSLATE_NOOP("ImportReason", "Yrke/roll utan namn: skriv personens namn i kolumnen "
                                      "Namn."),
)
IMPORT_WORDS = (  # directory_import._LABELS: what is too long
    QT_TRANSLATE_NOOP("ImportReason", "Organisationens namn"),
    QT_TRANSLATE_NOOP("ImportReason", "Enheten"),
    QT_TRANSLATE_NOOP("ImportReason", "Namnet"),
    QT_TRANSLATE_NOOP("ImportReason", "Yrket"),
    QT_TRANSLATE_NOOP("ImportReason", "Telefonnumret"),
    QT_TRANSLATE_NOOP("ImportReason", "E-postadressen"),
)
OR_LAST = QT_TRANSLATE_NOOP("ImportReason", "{words} eller {last}")
QUOTED = QT_TRANSLATE_NOOP("ImportReason", "”{word}”")


def _quoted_words(listing: str) -> str:
    """'skola, förskola eller annan' (the words a file may hold, which stay Swedish) ->
    '“skola”, “förskola” or “annan”' in English."""
    head, sep, last = listing.rpartition(" eller ")
    if not sep or is_swedish():
        return listing
    quoted = translate(IMPORT_CONTEXT, QUOTED)
    words = ", ".join(quoted.format(word=w) for w in head.split(", "))
    return translate(IMPORT_CONTEXT, OR_LAST).format(words=words, last=quoted.format(word=last))


def _enum_word(context: str) -> Callable[[str], str]:
    return lambda label: translate(context, label)


def _lowered(context: str) -> Callable[[str], str]:
    def shown(text: str) -> str:
        word = translate(context, text[:1].upper() + text[1:])
        return word[:1].lower() + word[1:] if word != text[:1].upper() + text[1:] else text
    return shown


_IMPORT_PIECES: dict[str, Callable[[str], str]] = {
    "kind": _enum_word("OrgKind"), "kind2": _enum_word("OrgKind"),
    "principal": _enum_word("Principal"), "principal2": _enum_word("Principal"),
    "principal_lower": _lowered("Principal"), "kinds": _quoted_words,
    "what": lambda text: translate(IMPORT_CONTEXT, text),
}


def import_reason(text: str) -> str:
    """One reason of a directory import's preview row, in the window's language."""
    for template in IMPORT_REASONS:
        found = _pattern(template).fullmatch(text)
        if found is not None:
            values = {name: _IMPORT_PIECES.get(name, str)(value)
                      for name, value in found.groupdict().items()}
            return translate(IMPORT_CONTEXT, template).format(**values)
    return refusal_text(text)
