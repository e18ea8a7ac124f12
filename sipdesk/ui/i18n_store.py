"""The store's own messages (sipdesk/store) in the window's language.

The store layer raises StoreError and its kinds with Swedish sentences, some
with a value in (a folder, a file, the operating system's reason, a count),
and services/failures.py passes them on as they are. failure_text() (the
window and the command line) looks each up here: matched against its Swedish
template, the English filled with what was found. The values are paths,
counts and the system's own words, never a row's content.
tests/ui/test_english_store.py reads every message raised in sipdesk/store and
every error class's default message and checks that each comes out English.
"""

from __future__ import annotations

from sipdesk.ui.i18n import QT_TRANSLATE_NOOP
from sipdesk.ui.i18n_templates import fill

STORE_CONTEXT = "StoreMessage"

STORE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Säkerhetskopian kunde inte göras eller kontrolleras. Arkivet är oförändrat."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Mappen {a} för extra säkerhetskopior finns inte (är den ansluten?)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns redan ett arkiv i {a}; det skrivs inte över."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Säkerhetskopian kunde inte läggas tillbaka."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Säkerhetskopian kunde inte läggas i {a}."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Den skadade arkivfilen {a} kunde inte flyttas undan."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Säkerhetskopian kunde inte kopieras till {a}. Den finns kvar i arkivets egen "
        "mapp."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Ett tidigare försök att skapa arkivet i {a} avbröts innan det blev klart "
        "(programmet stängdes eller datorn stängdes av). Det som finns kvar är inget "
        "användbart arkiv och har aldrig innehållit några ärenden. Mappen behöver rensas "
        "innan ett nytt arkiv kan skapas där."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns ingen användbar nyckelring på den här datorn, så arkivet måste skyddas"
        " med en lösenfras, men ingen lösenfras angavs (i automatiska körningar: "
        "miljövariabeln {a})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns redan ett sipdesk-arkiv (eller rester av ett) i {a}. Det skrivs inte "
        "över; välj en annan mapp eller öppna det befintliga arkivet."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "I {a} finns ett komplett sipdesk-arkiv; det rensas inte."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Ingen lösenfras angavs, så inget arkiv skapades."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Mappen {a} kunde inte skapas ({b})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet kunde inte öppnas ({a})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen {a} är tom eller för kort för att vara ett sipdesk-arkiv."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet kunde inte ställas i WAL-läge (läget är {a})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivfilen {a} finns inte."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivfilen {a} kunde inte läsas ({b})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet är stängt och nyckeln är borttagen."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Krypteringen kunde inte startas (SQLCipher saknas?)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivets beskrivning {a} är skadad ({b}). Det är inte ett sipdesk-arkiv, eller "
        "så har filen ändrats."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet skyddas inte med en lösenfras."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen {a} saknas i {b}, så det är inte ett komplett sipdesk-arkiv."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen {a} kunde inte läsas ({b})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Återställningsnyckeln är felskriven: den ska ha {a} tecken (14 grupper om 4), "
        "men {b} tecken angavs. Ingenting har ändrats."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivets inställningar för lösenfrasen (store.json) är ogiltiga. Öppna arkivet "
        "med återställningsnyckeln."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Nyckeln kunde inte sparas i {a}. Lås upp nyckelringen och försök igen."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivets låsfil {a} kunde inte skapas ({b})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det här är ett demoarkiv vars nyckel bara fanns i minnet medan det användes, så "
        "det kan inte öppnas igen. Skapa ett nytt demoarkiv."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns inget sipdesk-arkiv i {a}."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen {a} saknas i {b}. Arkivfilen finns, men utan {c} kan den bara öppnas med "
        "återställningsnyckeln: ange den, så öppnas arkivet och {d} skrivs på nytt."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Ingen lösenfras angavs, så arkivet öppnades inte."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivfilen har bytts ut medan sipdesk var låst; den öppnas inte. Starta om "
        "sipdesk."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet har fått sin nya nyckel men kunde inte öppnas igen. Starta om sipdesk."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Serveradressen ska börja med postgresql:// ({a} stöds inte)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Serveradressen saknar databasens namn (postgresql://värd/databas)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Databasen har teckenkodningen {a}; sipdesk behöver UTF8."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Databasens språkinställning (LC_CTYPE) känner inte till Å, Ä och Ö; skapa den "
        "med en UTF-8-inställning, t.ex. --locale=sv_SE.UTF-8."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Databasen på servern är tom: den har inget sipdesk-arkiv."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Databasen på servern saknar sitt arkiv-id."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Serveradressen går inte att läsa (postgresql://värd/databas)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet på servern {a} kunde inte öppnas ({b})."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Återställningsnyckeln är felskriven. Kontrollera varje tecken och försök igen. "
        "Ingenting har ändrats."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Ett tidigare försök att skapa arkivet avbröts innan det blev klart. Det som "
        "finns kvar är inget användbart arkiv och har aldrig innehållit några ärenden."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen store.json saknas, så arkivet kan inte öppnas med nyckelringen eller "
        "lösenfrasen. Ange återställningsnyckeln: då öppnas arkivet och store.json skrivs"
        " på nytt."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Nyckeln till arkivet hittades inte. Ange återställningsnyckeln som visades när "
        "arkivet skapades."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det här är inte ett sipdesk-arkiv, eller så är arkivet skadat."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Filen är en okrypterad SQLite-databas, inte ett krypterat sipdesk-arkiv. sipdesk"
        " öppnar den inte, och ingenting har ändrats i den."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet skyddas med en lösenfras, men ingen lösenfras angavs. Ange lösenfrasen "
        "eller återställningsnyckeln."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet har sparats av en nyare version av sipdesk. Uppdatera sipdesk innan du "
        "öppnar det. Ingenting har ändrats."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivfilen är skadad. Det är inte fel nyckel eller lösenfras. Lägg tillbaka den "
        "senaste säkerhetskopian (”sipdesk backups” visar dem, ”sipdesk restore NAMN” "
        "lägger tillbaka en)."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet kunde inte öppnas."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns redan ett sipdesk-arkiv här. Det skrivs inte över; välj en annan mapp "
        "eller öppna det befintliga arkivet."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "sipdesk är redan öppet med det här arkivet i ett annat fönster eller program. "
        "Stäng det först."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Arkivet är låst. Lås upp det för att fortsätta."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Det finns inget sipdesk-arkiv på den angivna platsen."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Lösenfrasen är för kort."),
    QT_TRANSLATE_NOOP(
        "StoreMessage",
        "Nyckeln eller lösenfrasen stämmer inte för det här arkivet. Ingenting har "
        "ändrats."),
)

def store_text(message: str) -> str | None:
    """A store message in the window's language; None when it is not one of them."""
    return fill(STORE_MESSAGES, message, STORE_CONTEXT)
