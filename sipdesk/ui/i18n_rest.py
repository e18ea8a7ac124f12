"""The statistics view's and the safekeeping dialogs' words from the domain and the services.

The domain and the services stay Qt-free and Swedish (the exported statistics
files and PDF are Swedish whatever the window's language); what they hand the
window to show is translated here, at the window's edge, as ui/i18n.py does
for the stages: each list below holds the Swedish texts as the domain or the
services write them, marked with QT_TRANSLATE_NOOP, and
tests/ui/test_english_rest.py checks that every list agrees with its source.
"""

from __future__ import annotations

import re

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n import is_swedish as is_swedish
from sipdesk.ui.i18n import long_date as long_date
from sipdesk.ui.i18n import short_date as short_date
from sipdesk.ui.i18n import translate as translate

# --- statistics -------------------------------------------------------------------------

MEASURE_CONTEXT = "Measure"
# Every measure's name and definition as domain/stats_measures.py (MEASURES) writes them.
MEASURE_WORDS = (
    QT_TRANSLATE_NOOP("Measure", "SIP-möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "första SIP-möten och uppföljningsmöten daterade i perioden, "
                                 "högst till rapportens datum (förmöten räknas inte)"),
    QT_TRANSLATE_NOOP("Measure", "Första SIP-möten"),
    QT_TRANSLATE_NOOP("Measure", "av dem första SIP-möten; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Uppföljningsmöten"),
    QT_TRANSLATE_NOOP("Measure", "av dem uppföljningsmöten; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Sammankallade av skolan"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där sammankallande organisation hör till "
                                 "skolan; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Sammankallade av socialtjänsten"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där sammankallande organisation hör till "
                                 "socialtjänsten; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Sammankallade av regionen"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där sammankallande organisation hör till "
                                 "regionen; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Sammankallade av övriga verksamheter"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där sammankallande organisation hör till "
                                 "övriga verksamheter; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Sammankallande inte angiven"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls utan angiven sammankallande; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Skolan: inbjudna eller kallade"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från skolan var kallad "
                                 "eller inbjuden; av möten som hölls. Per organisation: samma "
                                 "sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Skolan: närvarande"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från skolan (eller en "
                                 "ersättare) var närvarande; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Skolan: frånvarande med återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från skolan var frånvarande "
                                 "med återbud; av möten som hölls. Per organisation: samma sak "
                                 "för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Skolan: frånvarande utan återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från skolan uteblev utan att "
                                 "meddela det; av möten som hölls. Per organisation: samma sak "
                                 "för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Skolan: skickade ersättare"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från skolan svarade att en "
                                 "ersättare kommer; av möten som hölls. Per organisation: samma "
                                 "sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Socialtjänsten: inbjudna eller kallade"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från socialtjänsten var "
                                 "kallad eller inbjuden; av möten som hölls. Per organisation: "
                                 "samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Socialtjänsten: närvarande"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från socialtjänsten (eller "
                                 "en ersättare) var närvarande; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Socialtjänsten: frånvarande med återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från socialtjänsten var "
                                 "frånvarande med återbud; av möten som hölls. Per organisation: "
                                 "samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Socialtjänsten: frånvarande utan återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från socialtjänsten uteblev "
                                 "utan att meddela det; av möten som hölls. Per organisation: "
                                 "samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Socialtjänsten: skickade ersättare"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från socialtjänsten svarade "
                                 "att en ersättare kommer; av möten som hölls. Per organisation: "
                                 "samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Regionen: inbjudna eller kallade"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från regionen var kallad "
                                 "eller inbjuden; av möten som hölls. Per organisation: samma "
                                 "sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Regionen: närvarande"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från regionen (eller en "
                                 "ersättare) var närvarande; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Regionen: frånvarande med återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från regionen var frånvarande "
                                 "med återbud; av möten som hölls. Per organisation: samma sak "
                                 "för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Regionen: frånvarande utan återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från regionen uteblev utan "
                                 "att meddela det; av möten som hölls. Per organisation: samma "
                                 "sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Regionen: skickade ersättare"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från regionen svarade att en "
                                 "ersättare kommer; av möten som hölls. Per organisation: samma "
                                 "sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Övriga: inbjudna eller kallade"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från övriga verksamheter "
                                 "var kallad eller inbjuden; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Övriga: närvarande"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där minst en person från övriga verksamheter "
                                 "(eller en ersättare) var närvarande; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Övriga: frånvarande med återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från övriga verksamheter var "
                                 "frånvarande med återbud; av möten som hölls. Per organisation: "
                                 "samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Övriga: frånvarande utan återbud"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från övriga verksamheter "
                                 "uteblev utan att meddela det; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Övriga: skickade ersättare"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon kallad från övriga verksamheter "
                                 "svarade att en ersättare kommer; av möten som hölls. Per "
                                 "organisation: samma sak för en organisation"),
    QT_TRANSLATE_NOOP("Measure", "Skola, socialtjänst och region närvarande"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där skolan, socialtjänsten och regionen alla "
                                 "var närvarande; av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Närvaro inte registrerad"),
    QT_TRANSLATE_NOOP("Measure", "möten som hölls där någon inbjuden saknar registrerad närvaro; "
                                 "av möten som hölls"),
    QT_TRANSLATE_NOOP("Measure", "Skickade kallelser och inbjudningar"),
    QT_TRANSLATE_NOOP("Measure", "kallelser och inbjudningar (även till familjen) till möten som "
                                 "hölls, med datum då de skickades; av alla kallelser och "
                                 "inbjudningar till de mötena"),
    QT_TRANSLATE_NOOP("Measure", "Kallelsetid, median (dagar)"),
    QT_TRANSLATE_NOOP("Measure", "median av antal dagar mellan att kallelsen skickades och "
                                 "mötet; av skickade"),
    QT_TRANSLATE_NOOP("Measure", "Kallelser skickade i tid"),
    QT_TRANSLATE_NOOP("Measure", "skickade minst den överenskomna tiden före mötet (21 dagar om "
                                 "inget annat är inställt); av skickade"),
    QT_TRANSLATE_NOOP("Measure", "Svar senast sista svarsdag"),
    QT_TRANSLATE_NOOP("Measure", "skickade som besvarades senast sista svarsdag (kallelsens "
                                 "egen, annars den överenskomna); av skickade"),
    QT_TRANSLATE_NOOP("Measure", "Från behov till samtycke, median (dagar)"),
    QT_TRANSLATE_NOOP("Measure", "för barn vars första SIP-möte hölls i perioden: dagar från att "
                                 "behovet upptäcktes till första samtycket; av barn med båda "
                                 "datumen"),
    QT_TRANSLATE_NOOP("Measure", "Från behov till samtycke, längst (dagar)"),
    QT_TRANSLATE_NOOP("Measure", "samma barn: den längsta tiden"),
    QT_TRANSLATE_NOOP("Measure", "Från samtycke till första mötet, median (dagar)"),
    QT_TRANSLATE_NOOP("Measure", "för barn vars första SIP-möte hölls i perioden: dagar från "
                                 "första samtycket till första SIP-mötet; av barn med båda "
                                 "datumen"),
    QT_TRANSLATE_NOOP("Measure", "Från samtycke till första mötet, längst (dagar)"),
    QT_TRANSLATE_NOOP("Measure", "Uppföljningar som skulle ha hållits"),
    QT_TRANSLATE_NOOP("Measure", "undertecknade planversioner vars uppföljning (undertecknandet "
                                 "plus den överenskomna tiden) inföll i perioden, högst till "
                                 "rapportens datum"),
    QT_TRANSLATE_NOOP("Measure", "Uppföljningar i tid"),
    QT_TRANSLATE_NOOP("Measure", "av dem: ett uppföljningsmöte i ärendet hölls efter "
                                 "undertecknandet och senast då uppföljningen skulle ske; av "
                                 "uppföljningar som skulle ha hållits"),
    QT_TRANSLATE_NOOP("Measure", "Uppföljningar försenade"),
    QT_TRANSLATE_NOOP("Measure", "av dem: inget uppföljningsmöte i tid (hölls senare eller inte "
                                 "alls); av uppföljningar som skulle ha hållits"),
    QT_TRANSLATE_NOOP("Measure", "Uppföljningar som inte hållits"),
    QT_TRANSLATE_NOOP("Measure", "av de försenade: inget uppföljningsmöte alls fram till "
                                 "rapportens datum; av uppföljningar som skulle ha hållits"),
    QT_TRANSLATE_NOOP("Measure", "Undertecknade planer"),
    QT_TRANSLATE_NOOP("Measure", "planversioner undertecknade i perioden"),
    QT_TRANSLATE_NOOP("Measure", "Undertecknade vid mötet"),
    QT_TRANSLATE_NOOP("Measure", "undertecknade samma dag som mötet de hör till; av "
                                 "undertecknade planer"),
    QT_TRANSLATE_NOOP("Measure", "Planer med barnets röst"),
    QT_TRANSLATE_NOOP("Measure", "undertecknade med avsnittet Barnets röst ifyllt; av "
                                 "undertecknade planer"),
    QT_TRANSLATE_NOOP("Measure", "Återkoppling till barnet registrerad"),
    QT_TRANSLATE_NOOP("Measure", "undertecknade där det står när barnet fick veta vad som "
                                 "beslutades; av undertecknade planer"),
    QT_TRANSLATE_NOOP("Measure", "Avvikelser"),
    QT_TRANSLATE_NOOP("Measure", "avvikelser daterade i perioden. Per organisation: avvikelser "
                                 "som gäller den organisationen; av alla avvikelser"),
    QT_TRANSLATE_NOOP("Measure", "Avvikelser: uteblev från mötet"),
    QT_TRANSLATE_NOOP("Measure", "avvikelser av slaget ”Uteblev från mötet” daterade i perioden; "
                                 "av alla avvikelser"),
    QT_TRANSLATE_NOOP("Measure", "Avvikelser: åtagande ej utfört"),
    QT_TRANSLATE_NOOP("Measure", "avvikelser av slaget ”Åtagande ej utfört” daterade i perioden; "
                                 "av alla avvikelser"),
    QT_TRANSLATE_NOOP("Measure", "Avvikelser: bemötande"),
    QT_TRANSLATE_NOOP("Measure", "avvikelser av slaget ”Bemötande” daterade i perioden; av alla "
                                 "avvikelser"),
    QT_TRANSLATE_NOOP("Measure", "Avvikelser: annan avvikelse"),
    QT_TRANSLATE_NOOP("Measure", "avvikelser av slaget ”Annan avvikelse” daterade i perioden; av "
                                 "alla avvikelser"),
)


def measure_label(label: str) -> str:
    """A measure's name ("SIP-möten som hölls") in the window's language."""
    return translate(MEASURE_CONTEXT, label)


def measure_definition(definition: str) -> str:
    """A measure's exact definition, for its tooltip, in the window's language."""
    return translate(MEASURE_CONTEXT, definition)


PERIOD_CONTEXT = "PeriodPicker"
# domain/stats_period.py QUICK_CHOICES' names.
QUICK_WORDS = (
    QT_TRANSLATE_NOOP("PeriodPicker", "Denna månad"),
    QT_TRANSLATE_NOOP("PeriodPicker", "Förra kvartalet"),
    QT_TRANSLATE_NOOP("PeriodPicker", "I år"),
    QT_TRANSLATE_NOOP("PeriodPicker", "Senaste tolv månaderna"),
)


def quick_choice(name: str) -> str:
    return translate(PERIOD_CONTEXT, name)


CHART_CONTEXT = "ChartsPanel"
# export/statistics_charts.py charts()' titles; the drawings themselves are the PDF's.
CHART_TITLES = (
    QT_TRANSLATE_NOOP("ChartsPanel", "Vem kallade"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Närvaro per part"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Uteblev utan återbud per organisation"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Kallelsetid per månad"),
)


def chart_title(title: str) -> str:
    return translate(CHART_CONTEXT, title)


# --- settings and backups ---------------------------------------------------------------

DEADLINE_CONTEXT = "DeadlineSetting"
# domain/deadline_settings.py number_fields() and yes_no_fields() labels.
DEADLINE_WORDS = (
    QT_TRANSLATE_NOOP("DeadlineSetting", "Kallelser skickas senast (dagar före mötet)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Första SIP-mötet senast (dagar efter samtycket)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Svar på kallelsen inom (dagar)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Uppföljning efter (månader)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Varna när samtycket går ut inom (dagar)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Samtycke inhämtas inom (dagar efter att behovet "
                                         "upptäcktes)"),
    QT_TRANSLATE_NOOP("DeadlineSetting", "Skolan är skyldig att delta (får kallelse, inte "
                                         "inbjudan)"),
)


def deadline_label(label: str) -> str:
    return translate(DEADLINE_CONTEXT, label)


REASON_CONTEXT = "BackupReason"
# services/backups.py REASONS: why a backup was made.
REASON_WORDS = (
    QT_TRANSLATE_NOOP("BackupReason", "när programmet stängdes"),
    QT_TRANSLATE_NOOP("BackupReason", "automatiskt under arbetet"),
    QT_TRANSLATE_NOOP("BackupReason", "på begäran"),
    QT_TRANSLATE_NOOP("BackupReason", "före en återställning"),
    QT_TRANSLATE_NOOP("BackupReason", "före en gallring"),
    QT_TRANSLATE_NOOP("BackupReason", "före byte av nyckel"),
)


def backup_reason(reason: str) -> str:
    return translate(REASON_CONTEXT, reason)


KEYS_CONTEXT = "KeysDialog"
# services/keys.py KeyFacts.where: where the store's key is kept. The keyring's own
# name (store/keys.py describe_place) is shown as the system gives it.
_KEYRING_PLACE = QT_TRANSLATE_NOOP("KeysDialog", "Nyckeln till arkivet förvaras i {place}. Det "
                                                 "finns ingen lösenfras att byta.")
KEY_PLACE_WORDS = (
    _KEYRING_PLACE,
    QT_TRANSLATE_NOOP("KeysDialog", "Arkivet skyddas med en lösenfras som bara du känner till."),
    QT_TRANSLATE_NOOP("KeysDialog", "Det här är ett demoarkiv: nyckeln finns bara i minnet och "
                                    "arkivet tas bort när programmet stängs."),
)
_KEYRING = re.compile(r"Nyckeln till arkivet förvaras i (?P<place>.+)\. Det finns ingen "
                      r"lösenfras att byta\.", re.DOTALL)


def key_place(where: str) -> str:
    """services/keys.py's sentence on where the key is kept, in the window's language."""
    found = _KEYRING.fullmatch(where)
    if found is not None:
        return translate(KEYS_CONTEXT, _KEYRING_PLACE).format(place=found["place"])
    return translate(KEYS_CONTEXT, where)


PASSPHRASE_CONTEXT = "Passphrase"
# domain/passphrase.py: what is wrong with a new passphrase.
PASSPHRASE_WORDS = (
    QT_TRANSLATE_NOOP("Passphrase", "Lösenfrasen är för kort. Välj en lösenfras med minst 10 "
                                    "tecken."),
    QT_TRANSLATE_NOOP("Passphrase", "Lösenfrasen får inte bara bestå av mellanslag. Välj en "
                                    "lösenfras med ord i."),
    QT_TRANSLATE_NOOP("Passphrase", "Lösenfraserna var inte likadana. Skriv samma lösenfras två "
                                    "gånger."),
)


def passphrase_text(problem: str) -> str:
    return translate(PASSPHRASE_CONTEXT, problem)


MIRROR_CONTEXT = "BackupMirror"
# store/backup.py mirror(): why the newest backup did not reach the second folder
# (services/backups.py keeps it as BackupsOverview.mirror_problem).
MIRROR_PROBLEMS = (
    QT_TRANSLATE_NOOP("BackupMirror", "Mappen {folder} för extra säkerhetskopior finns inte (är "
                                      "den ansluten?)."),
    QT_TRANSLATE_NOOP("BackupMirror", "Säkerhetskopian kunde inte kopieras till {folder}. Den "
                                      "finns kvar i arkivets egen mapp."),
)


def mirror_problem(text: str) -> str:
    """Why the backup is not in the second folder, in the window's language."""
    from sipdesk.ui.i18n_case import sentence

    return sentence(MIRROR_CONTEXT, MIRROR_PROBLEMS, text)
