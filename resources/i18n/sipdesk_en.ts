<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AccessLog</name>
    <message>
        <source>Öppnade</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Exporterade</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Skrev ut</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Raderade</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>ärendeuppgifter</source>
        <translation>case details</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>möten</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>avvikelser</source>
        <translation>deviations</translation>
    </message>
    <message>
        <source>steg och översikt</source>
        <translation>stage and overview</translation>
    </message>
    <message>
        <source>historik</source>
        <translation>history</translation>
    </message>
    <message>
        <source>vårdnadshavare</source>
        <translation>guardians</translation>
    </message>
    <message>
        <source>samtycken</source>
        <translation>consents</translation>
    </message>
    <message>
        <source>nätverk</source>
        <translation>network</translation>
    </message>
    <message>
        <source>ärendet visades</source>
        <translation>the case was shown</translation>
    </message>
    <message>
        <source>ärendet lades upp</source>
        <translation>the case was created</translation>
    </message>
    <message>
        <source>ärendet raderades (loggat av servern)</source>
        <translation>the case was deleted (logged by the server)</translation>
    </message>
    <message>
        <source>{parts} (loggat av servern)</source>
        <translation>{parts} (logged by the server)</translation>
    </message>
    <message>
        <source>familjeversion av plan version {version} som PDF</source>
        <translation>family version of plan version {version} as PDF</translation>
    </message>
    <message>
        <source>plan version {version} som PDF</source>
        <translation>plan version {version} as PDF</translation>
    </message>
    <message>
        <source>närvarolista som PDF</source>
        <translation>attendance list as PDF</translation>
    </message>
    <message>
        <source>avvikelserapport som PDF</source>
        <translation>deviation report as PDF</translation>
    </message>
    <message>
        <source>kallelser som PDF, en fil per mottagare ({count} filer)</source>
        <translation>invitations as PDF, one file per recipient ({count} files)</translation>
    </message>
    <message>
        <source>kallelser som PDF, en per mottagare</source>
        <translation>invitations as PDF, one per recipient</translation>
    </message>
    <message>
        <source>kallelse som PDF</source>
        <translation>invitation as PDF</translation>
    </message>
    <message>
        <source>kalenderfil för möte</source>
        <translation>calendar file for a meeting</translation>
    </message>
    <message>
        <source>e-posttext om möte öppnad i e-postprogrammet</source>
        <translation>e-mail text about a meeting opened in the e-mail program</translation>
    </message>
    <message>
        <source>loggutdrag som PDF</source>
        <translation>log extract as PDF</translation>
    </message>
    <message>
        <source>togs med från teamservern</source>
        <translation>taken along from the team server</translation>
    </message>
    <message>
        <source>togs med till en bärbar dator till {date}</source>
        <translation>taken along to a laptop until {date}</translation>
    </message>
    <message>
        <source>lämnades tillbaka efter lån</source>
        <translation>given back after a lease</translation>
    </message>
    <message>
        <source>lämnades tillbaka till teamservern</source>
        <translation>given back to the team server</translation>
    </message>
    <message>
        <source>lånet bröts (ärendet var taget med av {who})</source>
        <translation>the lease was broken (the case was taken along by {who})</translation>
    </message>
    <message>
        <source>gallrat: avslutat {date}, gallringsfrist {months} månader</source>
        <translation>weeded: closed {date}, retention period {months} months</translation>
    </message>
</context>
<context>
    <name>ActionText</name>
    <message>
        <source>Skicka kallelsen till {who} (senast {date}, {late}).</source>
        <translation>Send the summons to {who} (by {date}, {late}).</translation>
    </message>
    <message>
        <source>Skicka kallelsen till {who} (senast {date}, i dag).</source>
        <translation>Send the summons to {who} (by {date}, today).</translation>
    </message>
    <message>
        <source>Skicka inbjudan till {who} (senast {date}, {late}).</source>
        <translation>Send the invitation to {who} (by {date}, {late}).</translation>
    </message>
    <message>
        <source>Skicka inbjudan till {who} (senast {date}, i dag).</source>
        <translation>Send the invitation to {who} (by {date}, today).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Nytt ärende…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Skapa ett ärende: vem som väckte behovet, frågan och barnet</source>
        <translation>Create a case: who raised the need, the question and the child</translation>
    </message>
    <message>
        <source>&amp;Organisationer…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <source>Registret över verksamheter och personer som ärendena väljer från</source>
        <translation>The register of services and people that cases choose from</translation>
    </message>
    <message>
        <source>I&amp;mportera katalog…</source>
        <translation>I&amp;mport directory…</translation>
    </message>
    <message>
        <source>Läs in verksamheter och personer från en CSV- eller XLSX-fil</source>
        <translation>Read services and people from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Läs in alla ärenden igen</source>
        <translation>Read all cases again</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Dina kontaktuppgifter, lokala tidsfrister, säkerhetskopior och lås</source>
        <translation>Your contact details, local deadlines, backups and lock</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Se när säkerhetskopior gjordes, gör en nu eller återställ en</source>
        <translation>See when backups were made, make one now or restore one</translation>
    </message>
    <message>
        <source>Lösenfras och å&amp;terställningsnyckel…</source>
        <translation>Passphrase and recovery &amp;key…</translation>
    </message>
    <message>
        <source>Byt lösenfras eller gör en ny återställningsnyckel</source>
        <translation>Change the passphrase or make a new recovery key</translation>
    </message>
    <message>
        <source>&amp;Gallra avslutade ärenden…</source>
        <translation>&amp;Dispose of closed cases…</translation>
    </message>
    <message>
        <source>Avslutade ärenden vars gallringsfrist har gått ut</source>
        <translation>Closed cases whose retention period has ended</translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Dölj allt och stäng arkivet tills du låser upp igen (när du går ifrån)</source>
        <translation>Hide everything and close the store until you unlock it again (when you step away)</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Stäng sipdesk</source>
        <translation>Close sipdesk</translation>
    </message>
    <message>
        <source>&amp;Sök…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Sök på namn, personnummer, verksamhet eller fråga</source>
        <translation>Search by name, personal identity number, service or question</translation>
    </message>
    <message>
        <source>&amp;Rensa sökning och filter</source>
        <translation>&amp;Clear search and filters</translation>
    </message>
    <message>
        <source>Å&amp;ngra i ärendet</source>
        <translation>&amp;Undo in the case</translation>
    </message>
    <message>
        <source>Ångra den senaste ändringen (Ctrl+Z)</source>
        <translation>Undo the latest change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Gör om i ärendet</source>
        <translation>&amp;Redo in the case</translation>
    </message>
    <message>
        <source>Gör om det som ångrades (Ctrl+Y)</source>
        <translation>Redo what was undone (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Visa &amp;initialer</source>
        <translation>Show &amp;initials</translation>
    </message>
    <message>
        <source>Visa barnens initialer i stället för namn (delad skärm)</source>
        <translation>Show the children&apos;s initials instead of names (shared screen)</translation>
    </message>
    <message>
        <source>Bara ärenden som &amp;behöver åtgärd</source>
        <translation>Only cases that &amp;need action</translation>
    </message>
    <message>
        <source>Visa listan &amp;I dag</source>
        <translation>Show the &amp;Today list</translation>
    </message>
    <message>
        <source>&amp;Statistik</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>Möten, närvaro, kallelsetider och planer för en period</source>
        <translation>Meetings, attendance, invitation times and plans for a period</translation>
    </message>
    <message>
        <source>Ö&amp;ppna ärendet</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Öppna det markerade ärendet (Enter)</source>
        <translation>Open the selected case (Enter)</translation>
    </message>
    <message>
        <source>&amp;Kallelser att följa upp…</source>
        <translation>&amp;Invitations to follow up…</translation>
    </message>
    <message>
        <source>Alla kallelser i alla ärenden som behöver åtgärd i dag</source>
        <translation>All invitations in all cases that need action today</translation>
    </message>
    <message>
        <source>&amp;Tillbaka till tavlan</source>
        <translation>&amp;Back to the board</translation>
    </message>
    <message>
        <source>Stäng ärendet och visa tavlan igen</source>
        <translation>Close the case and show the board again</translation>
    </message>
    <message>
        <source>Flytta till &amp;nästa steg</source>
        <translation>Move to the &amp;next stage</translation>
    </message>
    <message>
        <source>Flytta till &amp;föregående steg</source>
        <translation>Move to the &amp;previous stage</translation>
    </message>
    <message>
        <source>Ta &amp;med ärendet…</source>
        <translation>&amp;Take the case along…</translation>
    </message>
    <message>
        <source>Kopiera ärendet till den här datorn för att arbeta utan nät; kollegorna kan bara läsa det så länge</source>
        <translation>Copy the case to this computer to work without a network; colleagues can only read it meanwhile</translation>
    </message>
    <message>
        <source>&amp;Lämna tillbaka ärendet</source>
        <translation>&amp;Give the case back</translation>
    </message>
    <message>
        <source>Lägg tillbaka det som gjorts på datorn på teamservern och avsluta lånet</source>
        <translation>Put what was done on this computer back on the team server and end the loan</translation>
    </message>
    <message>
        <source>&amp;Bryt lånet…</source>
        <translation>Break the &amp;loan…</translation>
    </message>
    <message>
        <source>Teamledare: avsluta ett lån som blivit kvar, så att ärendet kan ändras igen</source>
        <translation>Team leads: end a loan that was left behind, so the case can be changed again</translation>
    </message>
    <message>
        <source>&amp;Om sipdesk</source>
        <translation>&amp;About sipdesk</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ä&amp;rende</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hur gick det?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Starta klockan nu</source>
        <translation>Start the clock now</translation>
    </message>
    <message>
        <source>Räkna mötets tid från och med nu</source>
        <translation>Count the meeting&apos;s time from now</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{elapsed} av {planned} min</source>
        <translation>{elapsed} of {planned} min</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message>
        <source>Närvaro och formalia</source>
        <translation>Attendance and formalities</translation>
    </message>
    <message>
        <source>Uppföljning av förra planen</source>
        <translation>Review of the previous plan</translation>
    </message>
    <message>
        <source>Insatser: vem gör vad och när</source>
        <translation>Actions: who does what and when</translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <source>Hög kontrast gäller helt från nästa start.</source>
        <translation>High contrast takes full effect at the next start.</translation>
    </message>
    <message>
        <source>Utseende</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Hög kontrast (vitt och gult på svart)</source>
        <translation>&amp;High contrast (white and yellow on black)</translation>
    </message>
    <message>
        <source>Vit och gul text på svart bakgrund, för den som ser dåligt.</source>
        <translation>White and yellow text on a black background, for people with low vision.</translation>
    </message>
    <message>
        <source>Textstorlek</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Textens storlek i hela programmet, 100–200 procent</source>
        <translation>The size of text in the whole program, 100–200 per cent</translation>
    </message>
    <message>
        <source>&amp;Textstorlek</source>
        <translation>&amp;Text size</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Ej registrerad</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Frånvarande med återbud</source>
        <translation>Absent with apologies</translation>
    </message>
    <message>
        <source>Frånvarande utan återbud</source>
        <translation>Absent without apologies</translation>
    </message>
</context>
<context>
    <name>BackupMirror</name>
    <message>
        <source>Mappen {folder} för extra säkerhetskopior finns inte (är den ansluten?).</source>
        <translation>The folder {folder} for extra backups does not exist (is it connected?).</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte kopieras till {folder}. Den finns kvar i arkivets egen mapp.</source>
        <translation>The backup could not be copied to {folder}. It is still in the store&apos;s own folder.</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>när programmet stängdes</source>
        <translation>when the program was closed</translation>
    </message>
    <message>
        <source>automatiskt under arbetet</source>
        <translation>automatically during work</translation>
    </message>
    <message>
        <source>på begäran</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>före en återställning</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>före en gallring</source>
        <translation>before a disposal</translation>
    </message>
    <message>
        <source>före byte av nyckel</source>
        <translation>before a change of key</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Säkerhetskopior görs när programmet stängs och var 30:e minut medan något ändras. De är krypterade med arkivets nyckel och kontrolleras innan de räknas.</source>
        <translation>Backups are made when the program closes and every 30 minutes while something changes. They are encrypted with the store&apos;s key and checked before they count.</translation>
    </message>
    <message>
        <source>Säkerhetskopia: läser in…</source>
        <translation>Backup: loading…</translation>
    </message>
    <message>
        <source>Kopiorna finns i {folder}.</source>
        <translation>The copies are in {folder}.</translation>
    </message>
    <message>
        <source>De går också till {folder}.</source>
        <translation>They also go to {folder}.</translation>
    </message>
    <message>
        <source>Senaste kontrollerade säkerhetskopia: {date} kl. {time} ({cases} ärenden).</source>
        <translation>Latest checked backup: {date} at {time} ({cases} cases).</translation>
    </message>
    <message>
        <source>Säkerhetskopian misslyckades</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <source>Säkerhetskopior: teamservern</source>
        <translation>Backups: the team server</translation>
    </message>
    <message>
        <source>Ärendena finns på teamservern, som kommunens IT-avdelning säkerhetskopierar. Datorn gör inga egna kopior av den.</source>
        <translation>The cases are on the team server, which the municipality&apos;s IT department backs up. This computer makes no copies of its own.</translation>
    </message>
    <message>
        <source>Demoarkiv: inga säkerhetskopior</source>
        <translation>Demo store: no backups</translation>
    </message>
    <message>
        <source>Demoarkivets nyckel finns bara medan programmet är öppet, så det görs inga säkerhetskopior av det.</source>
        <translation>The demo store&apos;s key exists only while the program is open, so no backups are made of it.</translation>
    </message>
    <message>
        <source>Det finns ingen kontrollerad säkerhetskopia.</source>
        <translation>There is no checked backup.</translation>
    </message>
    <message>
        <source>Ingen säkerhetskopia ännu</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Säkerhetskopia {when} – äldre än 2 dagar</source>
        <translation>Backup {when} – older than 2 days</translation>
    </message>
    <message>
        <source>Säkerhetskopia {when} – inte i extra mappen</source>
        <translation>Backup {when} – not in the extra folder</translation>
    </message>
    <message>
        <source>Säkerhetskopia {when}</source>
        <translation>Backup {when}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Kontrollerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Säkerhetskopior görs när programmet stängs, var 30:e minut medan något ändras och före en återställning eller gallring. De är krypterade med arkivets nyckel och kontrolleras innan de räknas. Äldre kopior gallras: de senaste, en per dag, vecka och månad sparas.</source>
        <translation>Backups are made when the program closes, every 30 minutes while something changes, and before a restore or a disposal. They are encrypted with the store&apos;s key and checked before they count. Older copies are thinned out: the latest ones, and one per day, week and month, are kept.</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia nu</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Lägg tillbaka den markerade säkerhetskopian i arkivets ställe. Arkivet som det är nu säkerhetskopieras först.</source>
        <translation>Put the selected backup back in place of the store. The store as it is now is backed up first.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gör en krypterad säkerhetskopia av arkivet nu, i datamappen och i den andra mappen om en är vald</source>
        <translation>Makes an encrypted backup of the store now, in the data folder and in the second folder if one is chosen</translation>
    </message>
    <message>
        <source>Stänger fönstret; säkerhetskopiorna görs ändå automatiskt</source>
        <translation>Closes the window; backups are still made automatically</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NEJ</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Det här är ett demoarkiv: dess nyckel finns bara medan programmet är öppet, så säkerhetskopior av det kan aldrig öppnas.</source>
        <translation>This is a demo store: its key exists only while the program is open, so backups of it can never be opened.</translation>
    </message>
    <message>
        <source>Kopiorna finns i {folder}.</source>
        <translation>The copies are in {folder}.</translation>
    </message>
    <message>
        <source>De går också till {folder}.</source>
        <translation>They also go to {folder}.</translation>
    </message>
    <message>
        <source>Ingen extra mapp är vald; välj en (ett USB-minne, en nätverksmapp) under Arkiv → Inställningar…, så hamnar varje kopia där också.</source>
        <translation>No extra folder is chosen; choose one (a USB stick, a network folder) under File → Settings…, and every copy goes there too.</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia och kontrollerar den…</source>
        <translation>Making a backup and checking it…</translation>
    </message>
    <message>
        <source>Säkerhetskopian är gjord och kontrollerad.</source>
        <translation>The backup has been made and checked.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Lägga tillbaka säkerhetskopian från {made} ({cases} ärenden)?</source>
        <translation>Put back the backup from {made} ({cases} cases)?</translation>
    </message>
    <message>
        <source>Arkivet som det är nu säkerhetskopieras först, så ingenting går förlorat: du kan lägga tillbaka det härifrån. Det som har ändrats efter kopian finns sedan bara i den nya säkerhetskopian.</source>
        <translation>The store as it is now is backed up first, so nothing is lost: you can put it back from here. What has changed since the copy will then be only in the new backup.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Säkerhetskopierar arkivet och lägger tillbaka den valda kopian…</source>
        <translation>Backing up the store and putting back the chosen copy…</translation>
    </message>
    <message>
        <source>Arkivet är återställt till säkerhetskopian från {made}.</source>
        <translation>The store has been restored to the backup from {made}.</translation>
    </message>
    <message>
        <source>Arkivet som det var finns kvar som säkerhetskopian ”{reason}” överst i listan.</source>
        <translation>The store as it was is kept as the backup “{reason}” at the top of the list.</translation>
    </message>
    <message>
        <source>Den skadade arkivfilen har flyttats undan till {path}.</source>
        <translation>The damaged store file has been moved aside to {path}.</translation>
    </message>
</context>
<context>
    <name>Bindings</name>
    <message>
        <source>Ändra {what}</source>
        <translation>Change {what}</translation>
    </message>
</context>
<context>
    <name>CaseBoard</name>
    <message>
        <source>{shown} av {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>{total} ärenden</source>
        <translation>{total} cases</translation>
    </message>
    <message>
        <source>Visar {shown} av {total} ärenden</source>
        <translation>Showing {shown} of {total} cases</translation>
    </message>
    <message>
        <source>Läser in ärenden…</source>
        <translation>Loading cases…</translation>
    </message>
    <message>
        <source>Ärenden i steget {stage}</source>
        <translation>Cases in the stage {stage}</translation>
    </message>
    <message>
        <source>Ett kort per ärende. Enter öppnar ärendet, Ctrl+Högerpil och Ctrl+Vänsterpil flyttar det ett steg; snabbmenyn har fler val.</source>
        <translation>One card per case. Enter opens the case, Ctrl+Right and Ctrl+Left move it one stage; the context menu has more choices.</translation>
    </message>
    <message>
        <source>Ärendetavla</source>
        <translation>Case board</translation>
    </message>
    <message>
        <source>Visar bara ärenden där barnets namn, personnumret, en verksamhet eller frågan innehåller det du skriver</source>
        <translation>Shows only cases where the child&apos;s name, the personal identity number, a service or the question contains what you type</translation>
    </message>
    <message>
        <source>Visar bara det valda stegets kolumn</source>
        <translation>Shows only the column of the chosen stage</translation>
    </message>
    <message>
        <source>Visar bara ärenden där den valda verksamheten är med</source>
        <translation>Shows only cases the chosen service takes part in</translation>
    </message>
    <message>
        <source>Döljer meddelandet om varför ärendet inte flyttades</source>
        <translation>Hides the message about why the case was not moved</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sök namn, personnummer, verksamhet eller fråga…</source>
        <translation>Search name, personal identity number, service or question…</translation>
    </message>
    <message>
        <source>Sök ärenden</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Samordnare</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Mina ärenden: visa bara en samordnares ärenden</source>
        <translation>My cases: show only one coordinator&apos;s cases</translation>
    </message>
    <message>
        <source>Alla samordnare</source>
        <translation>All coordinators</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Alla steg</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Alla verksamheter</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Behöver åtgärd</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <source>Visa bara ärenden med flaggor eller något försenat</source>
        <translation>Show only cases with flags or something overdue</translation>
    </message>
    <message>
        <source>Ärendena kunde inte läsas in.</source>
        <translation>The cases could not be loaded.</translation>
    </message>
    <message>
        <source>Det finns inget steg åt det hållet.</source>
        <translation>There is no stage in that direction.</translation>
    </message>
    <message>
        <source>{name} flyttades till ”{stage}”.</source>
        <translation>{name} was moved to “{stage}”.</translation>
    </message>
    <message>
        <source>Ärendet flyttades inte.</source>
        <translation>The case was not moved.</translation>
    </message>
    <message>
        <source>Flytta till…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Öppna ärendet</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Flytta till nästa steg</source>
        <translation>Move to the next stage</translation>
    </message>
    <message>
        <source>Flytta till föregående steg</source>
        <translation>Move to the previous stage</translation>
    </message>
    <message>
        <source>⚠ försenad {days} d</source>
        <translation>⚠ {days} d overdue</translation>
    </message>
    <message>
        <source>⚠ försenad</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <source>försenad i dag</source>
        <translation>overdue today</translation>
    </message>
    <message>
        <source>1 dag försenad</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>{days} d försenad</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <source>{days} dagar försenad</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Frågeställning saknas</source>
        <translation>No question yet</translation>
    </message>
    <message>
        <source>Inget förfaller</source>
        <translation>Nothing due</translation>
    </message>
</context>
<context>
    <name>CaseMeetings</name>
    <message>
        <source>datum ej satt</source>
        <translation>no date set</translation>
    </message>
    <message>
        <source>Ärendets möten; välj ett för att se kallade och svar</source>
        <translation>The meetings of the case; choose one to see who is invited and their answers</translation>
    </message>
    <message>
        <source>Ärendets möten</source>
        <translation>The case&apos;s meetings</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nytt möte…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Bokar ett nytt möte i ärendet</source>
        <translation>Books a new meeting in the case</translation>
    </message>
    <message>
        <source>Mötesläge: protokoll och skärm</source>
        <translation>Meeting mode: minutes and screen</translation>
    </message>
    <message>
        <source>Skriv planen under mötet, synlig för alla på skärmen</source>
        <translation>Write the plan during the meeting, visible to everyone on the screen</translation>
    </message>
    <message>
        <source>Kallelse som PDF…</source>
        <translation>Invitation as PDF…</translation>
    </message>
    <message>
        <source>Skriver kallelser och inbjudningar till valt möte som PDF</source>
        <translation>Writes summonses and invitations to the chosen meeting as a PDF</translation>
    </message>
    <message>
        <source>En per mottagare</source>
        <translation>One per recipient</translation>
    </message>
    <message>
        <source>Ikryssad: en kallelse ställd till varje deltagare, en fil var i en mapp du väljer. Utan kryss: en gemensam kallelse till alla.</source>
        <translation>Ticked: an invitation addressed to each participant, one file each in a folder you choose. Unticked: one shared invitation to everyone.</translation>
    </message>
    <message>
        <source>Kalenderfil…</source>
        <translation>Calendar file…</translation>
    </message>
    <message>
        <source>En .ics-fil som går att öppna i Outlook och andra kalendrar</source>
        <translation>An .ics file that opens in Outlook and other calendars</translation>
    </message>
    <message>
        <source>E-posttext…</source>
        <translation>E-mail text…</translation>
    </message>
    <message>
        <source>Visar e-posttext till de inbjudna att kopiera</source>
        <translation>Shows e-mail text for the invited to copy</translation>
    </message>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Inga möten ännu. Boka ett med Nytt möte.</source>
        <translation>No meetings yet. Book one with New meeting.</translation>
    </message>
    <message>
        <source>Sparade {count} kallelser, en per mottagare, i {folder}</source>
        <translation>Saved {count} invitations, one per recipient, in {folder}</translation>
    </message>
    <message>
        <source>Välj mapp för kallelserna</source>
        <translation>Choose a folder for the invitations</translation>
    </message>
    <message>
        <source>Spara kallelsen</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <source>Spara kalenderfilen</source>
        <translation>Save the calendar file</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>E-posttext till deltagarna</source>
        <translation>E-mail text to the participants</translation>
    </message>
    <message>
        <source>E-posttext</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiera texten</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Öppna i e-postprogrammet</source>
        <translation>Open in the e-mail program</translation>
    </message>
    <message>
        <source>Texten innehåller inga personnummer och visar barnet med initialer.</source>
        <translation>The text contains no personal identity numbers and shows the child by initials.</translation>
    </message>
    <message>
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Skapar PDF …</source>
        <translation>Making the PDF …</translation>
    </message>
    <message>
        <source>Avbryt exporten</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Ärendet kunde inte läsas in. {reason}</source>
        <translation>The case could not be loaded. {reason}</translation>
    </message>
    <message>
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>(plan version {version} · {fingerprint})</source>
        <translation>(plan version {version} · {fingerprint})</translation>
    </message>
    <message>
        <source>Exporten avbröts.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>PDF:en sparades inte. {reason}</source>
        <translation>The PDF was not saved. {reason}</translation>
    </message>
    <message>
        <source>Avbryter exporten …</source>
        <translation>Cancelling the export …</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Läser in ärendet…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>Alla ändringar sparas direkt.</source>
        <translation>Every change is saved at once.</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Sparat. Alla ändringar sparas direkt; Ctrl+Z ångrar.</source>
        <translation>Saved. Every change is saved at once; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Ärendets delar; Ctrl+Tab byter flik</source>
        <translation>The parts of the case; Ctrl+Tab changes tab</translation>
    </message>
    <message>
        <source>Barn och vårdnadshavare</source>
        <translation>Child and guardians</translation>
    </message>
    <message>
        <source>Bara läsning: inget kan ändras här förrän ärendet har lämnats tillbaka.</source>
        <translation>Read only: nothing can be changed here until the case has been given back.</translation>
    </message>
    <message>
        <source>Frågeställning och kartläggning</source>
        <translation>Question and assessment</translation>
    </message>
    <message>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Möten och kallelser</source>
        <translation>Meetings and invitations</translation>
    </message>
    <message>
        <source>Planversioner</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Barnets delaktighet</source>
        <translation>The child&apos;s participation</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Frågeställning</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Delaktighet</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ångra senaste ändringen (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Gör om (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Avsluta ärendet…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <source>Avslutar ärendet med ett skäl, eller återöppnar ett avslutat ärende</source>
        <translation>Closes the case with a reason, or reopens a closed case</translation>
    </message>
    <message>
        <source>Barn utan namn</source>
        <translation>Child without a name</translation>
    </message>
    <message>
        <source>{reference}  ·  Steg {number}: {stage}</source>
        <translation>{reference}  ·  Stage {number}: {stage}</translation>
    </message>
    <message>
        <source>Behov upptäckt {date}</source>
        <translation>Need found {date}</translation>
    </message>
    <message>
        <source>avslutat</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Ärendet är avslutat {date} ({reason}). Det syns inte på tavlan men kan sökas fram. Återöppna det för att arbeta vidare.</source>
        <translation>The case was closed on {date} ({reason}). It is not on the board but can be found by searching. Reopen it to work on it again.</translation>
    </message>
    <message>
        <source>Återöppna ärendet</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Ångra: {step} (Ctrl+Z)</source>
        <translation>Undo: {step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gör om: {step} (Ctrl+Shift+Z)</source>
        <translation>Redo: {step} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Inte sparat: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Ångrat</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Gjort om</source>
        <translation>Redone</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>{names} och {last}</source>
        <translation>{names} and {last}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Vem kallade</source>
        <translation>Who convened</translation>
    </message>
    <message>
        <source>Närvaro per part</source>
        <translation>Attendance by party</translation>
    </message>
    <message>
        <source>Uteblev utan återbud per organisation</source>
        <translation>Absent without notice by organisation</translation>
    </message>
    <message>
        <source>Kallelsetid per månad</source>
        <translation>Invitation notice by month</translation>
    </message>
    <message>
        <source>Inga diagram att visa för den här perioden.</source>
        <translation>No charts to show for this period.</translation>
    </message>
    <message>
        <source>Diagrammen kunde inte ritas. Tabellen och filerna påverkas inte.</source>
        <translation>The charts could not be drawn. The table and the files are not affected.</translation>
    </message>
    <message>
        <source>Ritar diagram…</source>
        <translation>Drawing charts…</translation>
    </message>
    <message>
        <source>Diagram: {title}</source>
        <translation>Chart: {title}</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Arkiv</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Krypterat</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Nyckel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Schemaversion</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Integritetskontroll</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Åtkomstlogg</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Trasiga kopior</source>
        <translation>Broken copies</translation>
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>i operativsystemets nyckelring</source>
        <translation>in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <source>härleds ur lösenfrasen (lösenfrasen sparas inte)</source>
        <translation>derived from the passphrase (the passphrase is not stored)</translation>
    </message>
    <message>
        <source>bara i minnet (demoläge)</source>
        <translation>only in memory (demo mode)</translation>
    </message>
    <message>
        <source>går inte att läsa (skadat)</source>
        <translation>cannot be read (damaged)</translation>
    </message>
    <message>
        <source>kunde inte kontrolleras</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>ja (SQLCipher {version}, {hmac})</source>
        <translation>yes (SQLCipher {version}, {hmac})</translation>
    </message>
    <message>
        <source>NEJ</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>{revision} (aktuell)</source>
        <translation>{revision} (current)</translation>
    </message>
    <message>
        <source>{revision} (inaktuell)</source>
        <translation>{revision} (out of date)</translation>
    </message>
    <message>
        <source>FEL: skadad sida {pages} av {total}</source>
        <translation>ERROR: damaged page {pages} of {total}</translation>
    </message>
    <message>
        <source>FEL: skadad sida {pages}</source>
        <translation>ERROR: damaged page {pages}</translation>
    </message>
    <message>
        <source>FEL: skadad sidor {pages} av {total}</source>
        <translation>ERROR: damaged pages {pages} of {total}</translation>
    </message>
    <message>
        <source>FEL: skadad sidor {pages}</source>
        <translation>ERROR: damaged pages {pages}</translation>
    </message>
    <message>
        <source>FEL</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>{entries} poster, kedjan är hel</source>
        <translation>{entries} entries, the chain is intact</translation>
    </message>
    <message>
        <source>{entries} poster, BRUTEN</source>
        <translation>{entries} entries, BROKEN</translation>
    </message>
    <message>
        <source>ingen som klarar kontrollen</source>
        <translation>none that passes the check</translation>
    </message>
    <message>
        <source>{backup}, kontrollerad nu</source>
        <translation>{backup}, checked now</translation>
    </message>
    <message>
        <source>{name}: den delen av arkivfilen går inte att läsa.</source>
        <translation>{name}: that part of the store file cannot be read.</translation>
    </message>
    <message>
        <source>Filen är inte krypterad.</source>
        <translation>The file is not encrypted.</translation>
    </message>
    <message>
        <source>Journalläget är inte WAL.</source>
        <translation>The journal mode is not WAL.</translation>
    </message>
    <message>
        <source>Temporära data hålls inte i minnet.</source>
        <translation>Temporary data is not kept in memory.</translation>
    </message>
    <message>
        <source>Schemat är version {revision}, programmet väntar {head}.</source>
        <translation>The schema is version {revision}; the program expects {head}.</translation>
    </message>
    <message>
        <source>Sida {page} av {total} i arkivfilen är skadad: krypteringens kontrollsumma (HMAC) stämmer inte, så det som låg på sidan går inte att läsa.</source>
        <translation>Page {page} of {total} in the store file is damaged: the encryption&apos;s checksum (HMAC) does not match, so what was on the page cannot be read.</translation>
    </message>
    <message>
        <source>Sida {page} i arkivfilen är skadad: krypteringens kontrollsumma (HMAC) stämmer inte, så det som låg på sidan går inte att läsa.</source>
        <translation>Page {page} in the store file is damaged: the encryption&apos;s checksum (HMAC) does not match, so what was on the page cannot be read.</translation>
    </message>
    <message>
        <source>Kontrollen säger: {words}</source>
        <translation>The check says: {words}</translation>
    </message>
    <message>
        <source>Ingen av de senaste säkerhetskopiorna klarar kontrollen. Finns en kopia i den extra mappen (ett USB-minne, en nätverksmapp), lägg tillbaka den med ”sipdesk restore SÖKVÄG”.</source>
        <translation>None of the latest backups passes the check. If there is a copy in the extra folder (a USB stick, a network folder), restore it with “sipdesk restore PATH”.</translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia i {folder}. Finns en kopia i den extra mappen (ett USB-minne, en nätverksmapp), lägg tillbaka den med ”sipdesk restore SÖKVÄG”.</source>
        <translation>There is no backup in {folder}. If there is a copy in the extra folder (a USB stick, a network folder), restore it with “sipdesk restore PATH”.</translation>
    </message>
    <message>
        <source>Den senaste goda säkerhetskopian är {backup}. Lägg tillbaka den med ”sipdesk restore {name}”. Arkivet som det är nu sparas först, eller flyttas undan om det är för skadat för att kopieras.</source>
        <translation>The latest good backup is {backup}. Restore it with “sipdesk restore {name}”. The store as it is now is saved first, or moved aside if it is too damaged to be copied.</translation>
    </message>
    <message>
        <source>Den senaste säkerhetskopian är {backup}. Lägg tillbaka den med ”sipdesk restore {name}”.</source>
        <translation>The latest backup is {backup}. Restore it with “sipdesk restore {name}”.</translation>
    </message>
    <message>
        <source>Åtkomstloggen är bruten före post {entry} ({at}): en tidigare post har tagits bort eller ändrats.</source>
        <translation>The access log is broken before entry {entry} ({at}): an earlier entry has been removed or changed.</translation>
    </message>
    <message>
        <source>Åtkomstloggens post {entry} ({at}) har ändrats efter att den skrevs.</source>
        <translation>The access log&apos;s entry {entry} ({at}) was changed after it was written.</translation>
    </message>
    <message>
        <source>{name}: {failure}</source>
        <translation>{name}: {failure}</translation>
    </message>
    <message>
        <source>{name} ({date} kl. {clock}, 1 ärende)</source>
        <translation>{name} ({date} at {clock}, 1 case)</translation>
    </message>
    <message>
        <source>{name} ({date} kl. {clock}, {count} ärenden)</source>
        <translation>{name} ({date} at {clock}, {count} cases)</translation>
    </message>
    <message>
        <source>{date} kl. {clock}</source>
        <translation>{date} at {clock}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Samtycket är bekräftat på mötet</source>
        <translation>The consent is confirmed at the meeting</translation>
    </message>
    <message>
        <source>Samtycket är inte bekräftat på mötet. Stäm av samtycket och kryssa i att det är bekräftat.</source>
        <translation>The consent is not confirmed at the meeting. Check the consent and tick that it is confirmed.</translation>
    </message>
    <message>
        <source>Samordningsansvarig från hälso- och sjukvården eller socialtjänsten</source>
        <translation>Coordinating lead from health care or social services</translation>
    </message>
    <message>
        <source>Mötesledare är angiven</source>
        <translation>A chair is named</translation>
    </message>
    <message>
        <source>Mötesledare saknas. Ange vem som leder mötet.</source>
        <translation>No chair. Name who leads the meeting.</translation>
    </message>
    <message>
        <source>Sekreterare är angiven</source>
        <translation>A note-taker is named</translation>
    </message>
    <message>
        <source>Sekreterare saknas. Ange vem som skriver protokollet.</source>
        <translation>No note-taker. Name who writes the minutes.</translation>
    </message>
    <message>
        <source>Barnets röst är skriven</source>
        <translation>The child&apos;s voice is written</translation>
    </message>
    <message>
        <source>Barnets röst saknas. Skriv vad barnet tycker är viktigt, med barnets egna ord.</source>
        <translation>The child&apos;s voice is missing. Write what the child thinks is important, in the child&apos;s own words.</translation>
    </message>
    <message>
        <source>Planen har minst en insats</source>
        <translation>The plan has at least one action</translation>
    </message>
    <message>
        <source>Planen har inga insatser. Skriv minst en rad: mål, insats, ansvarig organisation och ansvarig person.</source>
        <translation>The plan has no actions. Write at least one row: goal, action, responsible organisation and responsible person.</translation>
    </message>
    <message>
        <source>Alla mål avslutas: ingen ny uppföljning behövs</source>
        <translation>All goals are closed: no new follow-up is needed</translation>
    </message>
    <message>
        <source>Nästa uppföljning är bokad</source>
        <translation>The next follow-up is booked</translation>
    </message>
    <message>
        <source>Nästa uppföljning är inte bokad. Sätt datum och plats för uppföljningen.</source>
        <translation>The next follow-up is not booked. Set the date and place of the follow-up.</translation>
    </message>
    <message>
        <source>Rad {number} (”{title}”): organisation, namngiven person och när</source>
        <translation>Row {number} (“{title}”): organisation, named person and when</translation>
    </message>
    <message>
        <source>Rad {number}: organisation, namngiven person och när</source>
        <translation>Row {number}: organisation, named person and when</translation>
    </message>
    <message>
        <source>Rad {number} (”{title}”) saknar {missing}.</source>
        <translation>Row {number} (“{title}”) lacks {missing}.</translation>
    </message>
    <message>
        <source>Rad {number} saknar {missing}.</source>
        <translation>Row {number} lacks {missing}.</translation>
    </message>
    <message>
        <source>Närvaro och formalia</source>
        <translation>Attendance and formalities</translation>
    </message>
    <message>
        <source>Barnets röst</source>
        <translation>The child&apos;s voice</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Uppföljning av förra planen</source>
        <translation>Review of the previous plan</translation>
    </message>
    <message>
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>ansvarig organisation</source>
        <translation>a responsible organisation</translation>
    </message>
    <message>
        <source>ansvarig person</source>
        <translation>a responsible person</translation>
    </message>
    <message>
        <source>när det ska vara gjort</source>
        <translation>when it is to be done</translation>
    </message>
    <message>
        <source>{names} och {last}</source>
        <translation>{names} and {last}</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Gå dit</source>
        <translation>Go there</translation>
    </message>
    <message>
        <source>Stäng och rätta i mötesläget: {where}</source>
        <translation>Close and fix it in meeting mode: {where}</translation>
    </message>
    <message>
        <source>Allt som behövs finns med. Planen kan skrivas under.</source>
        <translation>Everything needed is there. The plan can be signed.</translation>
    </message>
    <message>
        <source>1 sak saknas innan planen kan skrivas under.</source>
        <translation>1 thing is missing before the plan can be signed.</translation>
    </message>
    <message>
        <source>{n} saker saknas innan planen kan skrivas under.</source>
        <translation>{n} things are missing before the plan can be signed.</translation>
    </message>
</context>
<context>
    <name>ChildTab</name>
    <message>
        <source>Barnets förnamn; sparas medan du skriver</source>
        <translation>The child&apos;s first name; saved as you type</translation>
    </message>
    <message>
        <source>Barnets efternamn; sparas medan du skriver</source>
        <translation>The child&apos;s last name; saved as you type</translation>
    </message>
    <message>
        <source>Barnets personnummer, ÅÅÅÅMMDD-NNNN; kontrolleras när du lämnar fältet</source>
        <translation>The child&apos;s personal identity number, YYYYMMDD-NNNN; checked when you leave the field</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Födelsedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>förnamn</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>efternamn</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lägg till vårdnadshavare…</source>
        <translation>Add a guardian…</translation>
    </message>
    <message>
        <source>Öppnar ett formulär för en ny vårdnadshavare</source>
        <translation>Opens a form for a new guardian</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ändrar den vårdnadshavare som är vald i tabellen</source>
        <translation>Changes the guardian selected in the table</translation>
    </message>
    <message>
        <source>Välj vårdnadshavaren som ska ändras i listan.</source>
        <translation>Select the guardian to edit in the list.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Ärendet försvinner från tavlan men finns kvar i arkivet och kan sökas fram och återöppnas.</source>
        <translation>The case leaves the board but stays in the store, where it can be found by searching and reopened.</translation>
    </message>
    <message>
        <source>Varför ärendet avslutas</source>
        <translation>Why the case is closed</translation>
    </message>
    <message>
        <source>En kort anteckning om avslutet, om det behövs</source>
        <translation>A short note about the closing, if needed</translation>
    </message>
    <message>
        <source>Kort kommentar (frivilligt)</source>
        <translation>Short comment (optional)</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Avslutar ärendet med valt skäl; det kan återöppnas senare</source>
        <translation>Closes the case with the chosen reason; it can be reopened later</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CloseProblem</name>
    <message>
        <source>Ärendet är i steget ”{stage}”. Att målen är uppnådda kan sägas först när planen har följts upp. Välj ett annat skäl, eller följ upp planen först.</source>
        <translation>The case is in the stage “{stage}”. That the goals were reached can only be said once the plan has been followed up. Choose another reason, or follow up the plan first.</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Målen uppnådda</source>
        <translation>Goals reached</translation>
    </message>
    <message>
        <source>Flyttat</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Samtycke finns inte längre</source>
        <translation>Consent no longer given</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>lista säkerhetskopiorna (nyast först), eller gör en med --make</source>
        <translation>list the backups (newest first), or make one with --make</translation>
    </message>
    <message>
        <source>gör en säkerhetskopia nu och kontrollera den</source>
        <translation>make a backup now and check it</translation>
    </message>
    <message>
        <source>lägg tillbaka en säkerhetskopia (arkivet som det är nu säkerhetskopieras först)</source>
        <translation>put a backup back (the store as it is now is backed up first)</translation>
    </message>
    <message>
        <source>KOPIA</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>säkerhetskopians namn (se sipdesk backups) eller sökvägen till dess .db-fil, t.ex. på ett USB-minne; i en tom mapp blir kopian arkivet (ny dator)</source>
        <translation>the backup&apos;s name (see sipdesk backups) or the path to its .db file, e.g. on a USB stick; in an empty folder the copy becomes the store (a new computer)</translation>
    </message>
    <message>
        <source>Säkerhetskopian {backup} är gjord och kontrollerad.</source>
        <translation>The backup {backup} has been made and checked.</translation>
    </message>
    <message>
        <source>En kopia finns också i {folder}.</source>
        <translation>There is also a copy in {folder}.</translation>
    </message>
    <message>
        <source>Inga säkerhetskopior i {folder}. Gör en med: sipdesk backups --make</source>
        <translation>No backups in {folder}. Make one with: sipdesk backups --make</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Kontrollerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NEJ</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Säkerhetskopian {backup} från {made} har lagts tillbaka i {folder}. Arkivet har nu {cases} ärenden.</source>
        <translation>The backup {backup} from {made} has been put back in {folder}. The store now has {cases} cases.</translation>
    </message>
    <message>
        <source>Arkivet som det var före återställningen finns i säkerhetskopian {backup}.</source>
        <translation>The store as it was before the restore is in the backup {backup}.</translation>
    </message>
    <message>
        <source>Den skadade arkivfilen har flyttats undan till {path}.</source>
        <translation>The damaged store file has been moved aside to {path}.</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen en gång till</source>
        <translation>Type the passphrase once more</translation>
    </message>
    <message>
        <source>{place} är en fil, inte en mapp. Ange med --data-dir mappen där arkivet ligger eller ska skapas.</source>
        <translation>{place} is a file, not a folder. Give with --data-dir the folder where the store is or is to be made.</translation>
    </message>
    <message>
        <source>{problem} Kör kommandot igen med {flag} för att rensa mappen och skapa ett nytt arkiv.</source>
        <translation>{problem} Run the command again with {flag} to clear the folder and make a new store.</translation>
    </message>
    <message>
        <source>Den ofullständiga arkivfilen har flyttats till {path}.</source>
        <translation>The incomplete store file has been moved to {path}.</translation>
    </message>
    <message>
        <source>Mappen {folder} är rensad. Skapa ett nytt arkiv, till exempel med: sipdesk demo-data, eller starta fönstret.</source>
        <translation>The folder {folder} has been cleared. Make a new store, for example with: sipdesk demo-data, or start the window.</translation>
    </message>
    <message>
        <source>Försök igen (Ctrl+D avbryter).</source>
        <translation>Try again (Ctrl+D cancels).</translation>
    </message>
    <message>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Ingen återställningsnyckel angavs, så arkivet öppnades inte. Ingenting har ändrats.</source>
        <translation>No recovery key was given, so the store was not opened. Nothing has changed.</translation>
    </message>
    <message>
        <source>Rensa mappen och skapa ett nytt arkiv? [j/N] </source>
        <translation>Clear the folder and make a new store? [y/N] </translation>
    </message>
    <message>
        <source>Ett nytt krypterat arkiv har skapats.</source>
        <translation>A new encrypted store has been made.</translation>
    </message>
    <message>
        <source>Arkivet har fått en ny nyckel.</source>
        <translation>The store has a new key.</translation>
    </message>
    <message>
        <source>Återställningsnyckel (skriv ut den eller skriv ner den och förvara den säkert;
den behövs om nyckelringen eller lösenfrasen går förlorad):</source>
        <translation>Recovery key (print it or write it down and keep it safe;
it is needed if the keyring or the passphrase is lost):</translation>
    </message>
    <message>
        <source>skriv ut den senaste planversionen i ett ärende som PDF</source>
        <translation>write the latest plan version of a case as a PDF</translation>
    </message>
    <message>
        <source>ÄRENDE</source>
        <translation>CASE</translation>
    </message>
    <message>
        <source>ärendenummer, t.ex. SIP-2026-0001</source>
        <translation>case reference, e.g. SIP-2026-0001</translation>
    </message>
    <message>
        <source>FIL.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>var PDF-filen ska sparas</source>
        <translation>where to save the PDF file</translation>
    </message>
    <message>
        <source>Exporten avbröts. Ingen fil sparades.</source>
        <translation>The export was cancelled. No file was saved.</translation>
    </message>
    <message>
        <source>sipdesk: {folder} är en mapp. Ange ett filnamn för planen, till exempel {example}.</source>
        <translation>sipdesk: {folder} is a folder. Give a file name for the plan, for example {example}.</translation>
    </message>
    <message>
        <source>Plan version {version} i ärende {case} har sparats i {path} (fingeravtryck {fingerprint}).</source>
        <translation>Plan version {version} of case {case} has been saved in {path} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Varning: åtkomstloggens kontrollkedja är bruten. Kör ”sipdesk check” för att se var.</source>
        <translation>Warning: the access log&apos;s check chain is broken. Run “sipdesk check” to see where.</translation>
    </message>
    <message>
        <source>visa åtkomstloggen för ett ärende: vem öppnade, ändrade, exporterade</source>
        <translation>show the access log of a case: who opened, changed, exported</translation>
    </message>
    <message>
        <source>spara ett loggutdrag som PDF i stället för att visa tabellen</source>
        <translation>save a log extract as a PDF instead of showing the table</translation>
    </message>
    <message>
        <source>Loggutdraget för ärende {case} ({count} poster) har sparats i {path}.</source>
        <translation>The log extract of case {case} ({count} entries) has been saved in {path}.</translation>
    </message>
    <message>
        <source>Åtkomstlogg för ärende {case}: {count} poster</source>
        <translation>Access log of case {case}: {count} entries</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>sipdesk – verktyg för SIP-samordnare (samordnad individuell plan).

Utan kommando startar programmet fönstret. Arkivet är krypterat; nyckeln ligger i
operativsystemets nyckelring eller härleds ur en lösenfras.
</source>
        <translation>sipdesk – a tool for SIP coordinators (coordinated individual plan).

Without a command the program starts the window. The store is encrypted; its key is in
the operating system&apos;s keyring or is derived from a passphrase.
</translation>
    </message>
    <message>
        <source>miljövariabler (för automatisering och skript):
  SIPDESK_PASSPHRASE   lösenfras till arkivet, i stället för att fråga
  SIPDESK_RECOVERY_KEY återställningsnyckel, när nyckelringen inte längre har nyckeln
  SIPDESK_LOG          loggnivå (DEBUG visar även felets spårning, utan uppgifter ur arkivet)

slutstatus:
  0 klart, 1 en regel sa nej eller kontrollen hittade problem, 2 arkivet kunde inte
  öppnas, läsas eller skrivas (eller kommandot var felskrivet), 69 ingen skärm för
  fönstret, 74 en fil utanför arkivet kunde inte läsas eller skrivas, 70 ett fel i
  programmet, 130 avbrutet
</source>
        <translation>environment variables (for automation and scripts):
  SIPDESK_PASSPHRASE   the store&apos;s passphrase, instead of asking
  SIPDESK_RECOVERY_KEY recovery key, when the keyring no longer has the key
  SIPDESK_LOG          log level (DEBUG also shows the error&apos;s trace, without data from the store)

exit status:
  0 done, 1 a rule said no or the check found problems, 2 the store could not be
  opened, read or written (or the command was mistyped), 69 no display for the
  window, 74 a file outside the store could not be read or written, 70 a fault in
  the program, 130 interrupted
</translation>
    </message>
    <message>
        <source>sipdesk: Det finns ingen skärm att visa fönstret på (varken DISPLAY eller
WAYLAND_DISPLAY är satt). Starta sipdesk från skrivbordet, eller använd ett av
kommandona (sipdesk --help visar dem). För att prova utan skärm:
QT_QPA_PLATFORM=offscreen sipdesk --selftest</source>
        <translation>sipdesk: There is no display to show the window on (neither DISPLAY nor
WAYLAND_DISPLAY is set). Start sipdesk from the desktop, or use one of
the commands (sipdesk --help shows them). To try it without a display:
QT_QPA_PLATFORM=offscreen sipdesk --selftest</translation>
    </message>
    <message>
        <source>visa programmets version och avsluta</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>fönstrets och kommandoradens språk: sv (svenska) eller en (engelska); gäller före valet i Inställningar. Dokumenten är alltid på svenska</source>
        <translation>the language of the window and the command line: sv (Swedish) or en (English); takes precedence over the choice in Settings. Documents are always in Swedish</translation>
    </message>
    <message>
        <source>MAPP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>mapp för arkivet i stället för standardplatsen</source>
        <translation>folder for the store instead of the standard place</translation>
    </message>
    <message>
        <source>starta med påhittade demoärenden i ett tillfälligt arkiv som tas bort vid avslut</source>
        <translation>start with made-up demo cases in a temporary store that is deleted on exit</translation>
    </message>
    <message>
        <source>öppna alla huvudvyer på demodata, skriv en rad per vy och avsluta</source>
        <translation>open every main view on demo data, write one line per view and exit</translation>
    </message>
    <message>
        <source>rensa resterna av ett arkiv som aldrig blev klart (skapandet avbröts) och skapa ett nytt</source>
        <translation>clear the remains of a store that was never finished (its making was cut short) and make a new one</translation>
    </message>
    <message>
        <source>arbeta med ärendena du har tagit med dig från teamservern (utan nätverk, på datorns eget arkiv)</source>
        <translation>work on the cases you have taken along from the team server (without network, in this computer&apos;s own store)</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>sipdesk: Du har inga ärenden med dig på den här datorn. Ett ärende tas med från teamservern med Ärende &gt; Ta med ärendet.</source>
        <translation>sipdesk: You have no cases taken along on this computer. A case is taken along from the team server with Case &gt; Take the case along.</translation>
    </message>
    <message>
        <source>Utan terminal (i skript) läses lösenfrasen ur miljövariabeln {variable}.</source>
        <translation>Without a terminal (in scripts) the passphrase is read from the environment variable {variable}.</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>statistik över SIP-möten för en period (text, csv, xlsx eller pdf)</source>
        <translation>statistics on SIP meetings for a period (text, csv, xlsx or pdf)</translation>
    </message>
    <message>
        <source>Statistik över SIP-möten för en period: vem som kallade, närvaro per part och organisation, kallelsetider, uppföljningar, planer och avvikelser. Måtten beskrivs i docs/statistics.md.</source>
        <translation>Statistics on SIP meetings for a period: who convened, attendance by party and organisation, invitation notice, follow-ups, plans and deviations. The measures are described in docs/statistics.md.</translation>
    </message>
    <message>
        <source>periodens första dag (räknas med)</source>
        <translation>the period&apos;s first day (included)</translation>
    </message>
    <message>
        <source>periodens sista dag (räknas med)</source>
        <translation>the period&apos;s last day (included)</translation>
    </message>
    <message>
        <source>text (standard) eller csv till skärmen eller --out; xlsx och pdf kräver --out</source>
        <translation>text (default) or csv to the screen or --out; xlsx and pdf need --out</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>spara i filen {file}</source>
        <translation>save in the file {file}</translation>
    </message>
    <message>
        <source>visa antal från 1 till 4 som &lt;5 (när siffrorna lämnar kommunen)</source>
        <translation>show counts from 1 to 4 as &lt;5 (when the figures leave the municipality)</translation>
    </message>
    <message>
        <source>NAMN_ELLER_ID</source>
        <translation>NAME_OR_ID</translation>
    </message>
    <message>
        <source>bara möten där organisationen var kallad eller sammankallade</source>
        <translation>only meetings the organisation was summoned to or convened</translation>
    </message>
    <message>
        <source>förbered en teamserver för PostgreSQL och lägg till användare; för IT-avdelningen</source>
        <translation>prepare a team server on PostgreSQL and add users; for the IT department</translation>
    </message>
    <message>
        <source>ADRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>skapa roller, tabeller, radsäkerhet och rättigheter; kan köras igen efter en uppgradering</source>
        <translation>create roles, tables, row security and grants; can be run again after an upgrade</translation>
    </message>
    <message>
        <source>databasens adress med en administratörsroll, t.ex. postgresql://itadmin@server.kommun.se/sipdesk</source>
        <translation>the database&apos;s address with an administrator role, e.g. postgresql://itadmin@server.kommun.se/sipdesk</translation>
    </message>
    <message>
        <source>skapa en inloggning i ett team eller lägg en befintlig i ett team till; lösenordet frågas efter eller läses ur {env}</source>
        <translation>create a login in a team or add an existing one to a team; the password is asked for or read from {env}</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>inloggningens namn, t.ex. anna.berg</source>
        <translation>the login&apos;s name, e.g. anna.berg</translation>
    </message>
    <message>
        <source>teamets namn; skapas om det är nytt</source>
        <translation>the team&apos;s name; created if it is new</translation>
    </message>
    <message>
        <source>coordinator: samordnare, standard; teamlead: teamledare, även teamets statistik; admin: katalogen, inga ärenden</source>
        <translation>coordinator: the default; teamlead: also the team&apos;s statistics; admin: the directory, no cases</translation>
    </message>
    <message>
        <source>databasens adress med den administratörsroll som körde init</source>
        <translation>the database&apos;s address with the administrator role that ran init</translation>
    </message>
    <message>
        <source>flytta alla ärenden, planversioner, möten och åtkomstloggen från en dators arkiv till servern, en gång per arkiv</source>
        <translation>move every case, plan version, meeting and the access log from a laptop&apos;s store to the server, once per store</translation>
    </message>
    <message>
        <source>mappen där datorns arkiv ligger</source>
        <translation>the folder of the laptop&apos;s store</translation>
    </message>
    <message>
        <source>teamet ärendena ska höra till, på en server med team</source>
        <translation>the team the cases are to belong to, on a server with teams</translation>
    </message>
    <message>
        <source>serverns adress med den administratörsroll som körde init</source>
        <translation>the server&apos;s address with the administrator role that ran init</translation>
    </message>
    <message>
        <source>Flyttat till servern: {cases} ärenden, {plans} planversioner, {meetings} möten och {entries} poster i åtkomstloggen. Antal och fingeravtryck är kontrollerade och lika.</source>
        <translation>Moved to the server: {cases} cases, {plans} plan versions, {meetings} meetings and {entries} access-log entries. Counts and fingerprints are checked and equal.</translation>
    </message>
    <message>
        <source>Servern hade redan {count} av diarienumren; de ärendena fick nya nummer (det gamla står i ärendets historik):</source>
        <translation>The server already had {count} of the case numbers; those cases got new numbers (the old one is in the case&apos;s history):</translation>
    </message>
    <message>
        <source>Arkivet på datorn är orört; ta bort det när ni har sett att allt finns på servern.</source>
        <translation>The store on the computer is untouched; remove it once you have seen that everything is on the server.</translation>
    </message>
    <message>
        <source>Lägg till användare med: sipdesk server add-user NAMN --team TEAM --url ADRESS</source>
        <translation>Add users with: sipdesk server add-user NAME --team TEAM --url ADDRESS</translation>
    </message>
    <message>
        <source>Lösenord för den nya användaren</source>
        <translation>Password for the new user</translation>
    </message>
    <message>
        <source>Lösenordet ska vara minst {count} tecken.</source>
        <translation>The password must be at least {count} characters.</translation>
    </message>
    <message>
        <source>Skriv lösenordet en gång till</source>
        <translation>Type the password once more</translation>
    </message>
    <message>
        <source>Lösenorden var inte lika. Försök igen.</source>
        <translation>The passwords were not the same. Try again.</translation>
    </message>
    <message>
        <source>sipdesk: Ange databasens adress med --url ADRESS.</source>
        <translation>sipdesk: Give the database&apos;s address with --url ADDRESS.</translation>
    </message>
    <message>
        <source>sipdesk: Ett lösenord behövs. Skriv det när det frågas efter, eller ge det i miljövariabeln {env} (aldrig på kommandoraden).</source>
        <translation>sipdesk: A password is needed. Type it when asked, or give it in the environment variable {env} (never on the command line).</translation>
    </message>
    <message>
        <source>det nya teamet {team}</source>
        <translation>the new team {team}</translation>
    </message>
    <message>
        <source>teamet {team}</source>
        <translation>the team {team}</translation>
    </message>
    <message>
        <source>Användaren {name} är skapad som {role} i {team}.</source>
        <translation>The user {name} is created as {role} in {team}.</translation>
    </message>
    <message>
        <source>Användaren {name} fanns redan och är nu också {role} i {team}.</source>
        <translation>The user {name} already existed and is now also {role} in {team}.</translation>
    </message>
    <message>
        <source>sipdesk: Skriv inte lösenordet i adressen: den syns i processlistan och skalets historik. Utan lösenord i adressen frågar sipdesk efter det och kan spara det i nyckelringen.</source>
        <translation>sipdesk: Do not write the password in the address: it shows in the process list and the shell&apos;s history. Without a password in the address, sipdesk asks for it and can save it in the keyring.</translation>
    </message>
    <message>
        <source>arbeta mot teamservern på ADRESS (postgresql://inloggning@server/databas) i stället för datorns arkiv; gäller före inställningen. Lösenordet frågas efter och kan sparas i nyckelringen</source>
        <translation>work on the team server at ADDRESS (postgresql://login@server/database) instead of this computer&apos;s store; takes precedence over the setting. The password is asked for and can be saved in the keyring</translation>
    </message>
    <message>
        <source>använd datorns eget arkiv även om en teamserver är vald i inställningarna</source>
        <translation>use this computer&apos;s own store even if a team server is chosen in the settings</translation>
    </message>
    <message>
        <source>Lösenord för {server}</source>
        <translation>Password for {server}</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>teamledare</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>administratör</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Spara lösenordet i nyckelringen? [j/N] </source>
        <translation>Save the password in the keyring? [y/N] </translation>
    </message>
    <message>
        <source>bara ärenden med den här samordnaren</source>
        <translation>only cases with this coordinator</translation>
    </message>
    <message>
        <source>Obs: ingen samordnare heter ”{name}” i arkivet, så rapporten räknar inga ärenden.</source>
        <translation>Note: no coordinator in the store is called “{name}”, so the report counts no cases.</translation>
    </message>
    <message>
        <source>Statistiken för {period} har sparats i {path}.</source>
        <translation>The statistics for {period} have been saved in {path}.</translation>
    </message>
    <message>
        <source>Ange perioden med --from ÅÅÅÅ-MM-DD och --to ÅÅÅÅ-MM-DD, till exempel --from 2026-01-01 --to 2026-03-31.</source>
        <translation>Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD, for example --from 2026-01-01 --to 2026-03-31.</translation>
    </message>
    <message>
        <source>Formatet ”{format}” finns inte. Välj text, csv, xlsx eller pdf.</source>
        <translation>There is no format “{format}”. Choose text, csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>Formatet {format} kan inte visas i terminalen. Ange en fil med --out, till exempel --out statistik{suffix}.</source>
        <translation>The format {format} cannot be shown in the terminal. Give a file with --out, for example --out statistics{suffix}.</translation>
    </message>
    <message>
        <source>{option} ”{text}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.</source>
        <translation>{option} “{text}” is not a date. Write the date as YYYY-MM-DD, for example 2026-03-01.</translation>
    </message>
    <message>
        <source>Organisationen ”{name}” finns inte i katalogen. Ange namnet som det står där, eller organisationens nummer.</source>
        <translation>The organisation “{name}” is not in the directory. Give the name as it is written there, or the organisation&apos;s number.</translation>
    </message>
    <message>
        <source>Flera organisationer passar ”{name}”: {shown}. Skriv mer av namnet, eller organisationens nummer.</source>
        <translation>Several organisations match “{name}”: {shown}. Write more of the name, or the organisation&apos;s number.</translation>
    </message>
    <message>
        <source>lista ärenden med steg och nästa förfallodag</source>
        <translation>list cases with their stage and next due date</translation>
    </message>
    <message>
        <source>kontrollera arkivet: kryptering, integritet, schema</source>
        <translation>check the store: encryption, integrity, schema</translation>
    </message>
    <message>
        <source>fyll arkivet med påhittade ärenden</source>
        <translation>fill the store with made-up cases</translation>
    </message>
    <message>
        <source>antal ärenden</source>
        <translation>number of cases</translation>
    </message>
    <message>
        <source>lägg till dem även om arkivet har riktiga ärenden</source>
        <translation>add them even if the store has real cases</translation>
    </message>
    <message>
        <source>Inga ärenden.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Stegnamn</source>
        <translation>Stage name</translation>
    </message>
    <message>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Allt är i ordning.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <source>sipdesk: Arkivet i {folder} har {n} ärenden som inte är påhittade demoärenden, så inga påhittade barn har lagts till. Demodata hör hemma i ett eget arkiv, till exempel: sipdesk --data-dir ~/sipdesk-demo demo-data. Lägg till --force om de ändå ska läggas till här.</source>
        <translation>sipdesk: The store in {folder} has {n} cases that are not made-up demo cases, so no made-up children have been added. Demo data belongs in a store of its own, for example: sipdesk --data-dir ~/sipdesk-demo demo-data. Add --force if they are to be added here all the same.</translation>
    </message>
    <message>
        <source>Ange minst ett ärende med --cases.</source>
        <translation>Give at least one case with --cases.</translation>
    </message>
    <message>
        <source>{count} påhittade ärenden har lagts till i {folder}.</source>
        <translation>{count} made-up cases have been added to {folder}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Två versioner av samma text</source>
        <translation>Two versions of the same text</translation>
    </message>
    <message>
        <source>En kollega har sparat en annan text i ”{section}” medan du skrev. Ingen text är borttagen. Välj vilken som ska gälla.</source>
        <translation>A colleague saved a different text in “{section}” while you were writing. No text has been removed. Choose which one to keep.</translation>
    </message>
    <message>
        <source>Din text</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Kollegans sparade text</source>
        <translation>Your colleague&apos;s saved text</translation>
    </message>
    <message>
        <source>Behåll min text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>Din text sparas över kollegans</source>
        <translation>Your text is saved over your colleague&apos;s</translation>
    </message>
    <message>
        <source>Ta kollegans text</source>
        <translation>Take my colleague&apos;s text</translation>
    </message>
    <message>
        <source>Din text försvinner</source>
        <translation>Your text is discarded</translation>
    </message>
    <message>
        <source>Kopiera min text och ta kollegans</source>
        <translation>Copy my text and take my colleague&apos;s</translation>
    </message>
    <message>
        <source>Din text läggs i urklipp en kort stund, så att du kan klistra in delar av den</source>
        <translation>Your text is put on the clipboard for a short while, so that you can paste parts of it</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Muntligt</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Skriftligt</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>barnet</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>vårdnadshavare</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>Återkallat {date}</source>
        <translation>Withdrawn {date}</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Gäller inte</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>vårdnadshavarna</source>
        <translation>the guardians</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Omfattar</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Inte</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Gäller till</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Dagen då samtycket återkallades</source>
        <translation>The day the consent was withdrawn</translation>
    </message>
    <message>
        <source>Återkalla valt samtycke</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Återkallar det samtycke som är valt i tabellen, från valt datum</source>
        <translation>Withdraws the consent selected in the table, from the chosen date</translation>
    </message>
    <message>
        <source>Återkallat den</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Registrera samtycke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Kryssa i om barnet själv gav samtycket</source>
        <translation>Tick if the child gave the consent</translation>
    </message>
    <message>
        <source>Kryssa i de vårdnadshavare som gav samtycket</source>
        <translation>Tick the guardians who gave the consent</translation>
    </message>
    <message>
        <source>Vårdnadshavare som gav samtycket</source>
        <translation>Guardians who gave the consent</translation>
    </message>
    <message>
        <source>Hur samtycket gavs, till exempel skriftligt eller muntligt</source>
        <translation>How the consent was given, for example in writing or orally</translation>
    </message>
    <message>
        <source>Dagen då samtycket gavs</source>
        <translation>The day the consent was given</translation>
    </message>
    <message>
        <source>Kryssa i om samtycket gäller till ett visst datum</source>
        <translation>Tick if the consent is valid until a set date</translation>
    </message>
    <message>
        <source>Samtycket gäller till</source>
        <translation>The consent is valid until</translation>
    </message>
    <message>
        <source>Kryssa i verksamheterna som samtycket omfattar</source>
        <translation>Tick the organisations the consent covers</translation>
    </message>
    <message>
        <source>Omfattar verksamheterna</source>
        <translation>Covers the services</translation>
    </message>
    <message>
        <source>Kryssa i verksamheterna som samtycket inte får omfatta</source>
        <translation>Tick the organisations the consent must not cover</translation>
    </message>
    <message>
        <source>Får inte omfatta</source>
        <translation>Must not cover</translation>
    </message>
    <message>
        <source>Uppgifter som inte får delas, med familjens ord</source>
        <translation>Information that must not be shared, in the family&apos;s words</translation>
    </message>
    <message>
        <source>Det samtycket inte får omfatta</source>
        <translation>What the consent must not cover</translation>
    </message>
    <message>
        <source>Det samtycket inte får omfatta, med familjens ord</source>
        <translation>What the consent must not cover, in the family&apos;s words</translation>
    </message>
    <message>
        <source>Registrerar samtycket med givare, form, datum och omfattning</source>
        <translation>Records the consent with who gave it, form, date and scope</translation>
    </message>
    <message>
        <source>Givet den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Vem gav samtycket</source>
        <translation>Who gave the consent</translation>
    </message>
    <message>
        <source>Hur och när</source>
        <translation>How and when</translation>
    </message>
    <message>
        <source>Välj samtycket som ska återkallas i listan.</source>
        <translation>Select the consent to withdraw in the list.</translation>
    </message>
    <message>
        <source>Återkalla samtycke</source>
        <translation>Withdraw consent</translation>
    </message>
</context>
<context>
    <name>DayOff</name>
    <message>
        <source>en lördag</source>
        <translation>a Saturday</translation>
    </message>
    <message>
        <source>en söndag</source>
        <translation>a Sunday</translation>
    </message>
    <message>
        <source>nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>pingstdagen</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>nationaldagen</source>
        <translation>Sweden&apos;s National Day</translation>
    </message>
    <message>
        <source>midsommarafton</source>
        <translation>Midsummer Eve</translation>
    </message>
    <message>
        <source>midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <source>alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>julafton</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>nyårsafton</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
</context>
<context>
    <name>DeadlineSetting</name>
    <message>
        <source>Kallelser skickas senast (dagar före mötet)</source>
        <translation>Invitations sent at the latest (days before the meeting)</translation>
    </message>
    <message>
        <source>Första SIP-mötet senast (dagar efter samtycket)</source>
        <translation>First SIP meeting at the latest (days after consent)</translation>
    </message>
    <message>
        <source>Svar på kallelsen inom (dagar)</source>
        <translation>Reply to the invitation within (days)</translation>
    </message>
    <message>
        <source>Uppföljning efter (månader)</source>
        <translation>Follow-up after (months)</translation>
    </message>
    <message>
        <source>Varna när samtycket går ut inom (dagar)</source>
        <translation>Warn when consent expires within (days)</translation>
    </message>
    <message>
        <source>Samtycke inhämtas inom (dagar efter att behovet upptäcktes)</source>
        <translation>Consent obtained within (days after the need was found)</translation>
    </message>
    <message>
        <source>Skolan är skyldig att delta (får kallelse, inte inbjudan)</source>
        <translation>The school is obliged to take part (gets a summons, not an invitation)</translation>
    </message>
</context>
<context>
    <name>DeviationKind</name>
    <message>
        <source>Uteblev från mötet</source>
        <translation>Did not attend the meeting</translation>
    </message>
    <message>
        <source>Åtagande ej utfört</source>
        <translation>Commitment not carried out</translation>
    </message>
    <message>
        <source>Bemötande</source>
        <translation>Treatment of the family</translation>
    </message>
    <message>
        <source>Annan avvikelse</source>
        <translation>Other deviation</translation>
    </message>
</context>
<context>
    <name>Deviations</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(välj verksamhet)</source>
        <translation>(choose a service)</translation>
    </message>
    <message>
        <source>En avvikelse registreras när en inbjuden aktör uteblev utan återbud, inte gjorde det den åtagit sig, eller bemötte familjen illa. Rapporten nämner barnet bara med initialer.</source>
        <translation>A deviation is recorded when an invited actor stayed away without notice, did not do what they had committed to, or treated the family badly. The report names the child by initials only.</translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Avvikelsens beskrivning</source>
        <translation>Description of the deviation</translation>
    </message>
    <message>
        <source>Vad hände? Skriv sakligt, utan barnets namn.</source>
        <translation>What happened? Keep to the facts, without the child&apos;s name.</translation>
    </message>
    <message>
        <source>Registrera avvikelsen</source>
        <translation>Record the deviation</translation>
    </message>
    <message>
        <source>Avvikelserapport (PDF)…</source>
        <translation>Deviation report (PDF)…</translation>
    </message>
    <message>
        <source>Beskrivning av den valda avvikelsen</source>
        <translation>Description of the selected deviation</translation>
    </message>
    <message>
        <source>Ny avvikelse</source>
        <translation>New deviation</translation>
    </message>
    <message>
        <source>Vilket slags avvikelse: uteblivet deltagande, sen kallelse eller annat</source>
        <translation>What kind of deviation: absence, a late summons or something else</translation>
    </message>
    <message>
        <source>Verksamheten som avvikelsen gäller</source>
        <translation>The organisation the deviation concerns</translation>
    </message>
    <message>
        <source>Dagen då avvikelsen inträffade</source>
        <translation>The day the deviation happened</translation>
    </message>
    <message>
        <source>Vad som hände, med egna ord</source>
        <translation>What happened, in your own words</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Registrerar avvikelsen med slag, verksamhet, datum och beskrivning</source>
        <translation>Records the deviation with its kind, organisation, date and description</translation>
    </message>
    <message>
        <source>Vad hände</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Registrerad</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Spara beskrivningen</source>
        <translation>Save the description</translation>
    </message>
    <message>
        <source>Avvikelsen är registrerad.</source>
        <translation>The deviation is recorded.</translation>
    </message>
    <message>
        <source>Spara avvikelserapporten som PDF</source>
        <translation>Save the deviation report as PDF</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Yrke/roll</source>
        <translation>Profession/role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kalkylblad (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel (*.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Läs in verksamheter och personer från ett kalkylblad (CSV eller XLSX). Första raden ska ha rubrikerna {headings}. En rad utan namn beskriver organisationen själv: dess växel och funktionsbrevlåda. Det som redan finns i katalogen hoppas över, och rader med fel importeras inte.</source>
        <translation>Read services and people from a spreadsheet (CSV or XLSX). The first row must have the (Swedish) headings {headings}. A row without a name describes the organisation itself: its switchboard and shared mailbox. What the directory already has is skipped, and rows with errors are not imported.</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{count} organisationer</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} personer</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{organisations} och {people}</source>
        <translation>{organisations} and {people}</translation>
    </message>
    <message>
        <source>Importera katalog</source>
        <translation>Import directory</translation>
    </message>
    <message>
        <source>Filen som läses in; välj den med knappen bredvid</source>
        <translation>The file being read; choose it with the button beside it</translation>
    </message>
    <message>
        <source>Ingen fil vald</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Vald fil</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Väljer en CSV- eller XLSX-fil med organisationer och personer</source>
        <translation>Chooses a CSV or XLSX file with organisations and people</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Välj en fil för att se vad som importeras.</source>
        <translation>Choose a file to see what will be imported.</translation>
    </message>
    <message>
        <source>Visa bara rader med fel</source>
        <translation>Show only rows with errors</translation>
    </message>
    <message>
        <source>Förhandsvisning av importen</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Välj katalogfil</source>
        <translation>Choose a directory file</translation>
    </message>
    <message>
        <source>Läser ”{name}”…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>1 rad i filen.</source>
        <translation>1 row in the file.</translation>
    </message>
    <message>
        <source>{count} rader i filen.</source>
        <translation>{count} rows in the file.</translation>
    </message>
    <message>
        <source>Inget nytt att lägga till.</source>
        <translation>Nothing new to add.</translation>
    </message>
    <message>
        <source>{what} läggs till.</source>
        <translation>{what} will be added.</translation>
    </message>
    <message>
        <source>{count} finns redan och hoppas över.</source>
        <translation>{count} already there and skipped.</translation>
    </message>
    <message>
        <source>1 rad har fel och importeras inte (rad {numbers}).</source>
        <translation>1 row has errors and is not imported (row {numbers}).</translation>
    </message>
    <message>
        <source>{count} rader har fel och importeras inte (rad {numbers}).</source>
        <translation>{count} rows have errors and are not imported (rows {numbers}).</translation>
    </message>
    <message>
        <source>Kolumner som inte används: {columns}.</source>
        <translation>Columns not used: {columns}.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas in.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Importera {what}</source>
        <translation>Import {what}</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Klart: {what} har lagts till i katalogen.</source>
        <translation>Done: {what} added to the directory.</translation>
    </message>
    <message>
        <source>{count} fanns redan och hoppades över.</source>
        <translation>{count} were already there and were skipped.</translation>
    </message>
    <message>
        <source>Importerat</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inget importerades.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>DueKind</name>
    <message>
        <source>Skicka kallelser</source>
        <translation>Send invitations</translation>
    </message>
    <message>
        <source>Sen kallelse</source>
        <translation>Late invitation</translation>
    </message>
    <message>
        <source>Svar saknas</source>
        <translation>Replies missing</translation>
    </message>
    <message>
        <source>Boka SIP-möte</source>
        <translation>Book the SIP meeting</translation>
    </message>
    <message>
        <source>Boka uppföljning</source>
        <translation>Book the follow-up</translation>
    </message>
    <message>
        <source>Uppföljning försenad</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Samtycket går ut</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Samtycke saknas</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Samordningsansvarig saknas</source>
        <translation>No coordinating lead</translation>
    </message>
    <message>
        <source>Samtycke och planering</source>
        <translation>Consent and planning</translation>
    </message>
    <message>
        <source>Kalla deltagarna</source>
        <translation>Invite the participants</translation>
    </message>
    <message>
        <source>Planen är inte undertecknad</source>
        <translation>The plan is not signed</translation>
    </message>
    <message>
        <source>Avslut eller fortsatt SIP</source>
        <translation>Close or continue the SIP</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next stage</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>Samtycke finns: för ärendet vidare till steget ”{stage}”.{question}</source>
        <translation>Consent is in place: move the case on to the stage “{stage}”.{question}</translation>
    </message>
    <message>
        <source>Inhämta samtycke från vårdnadshavare och barnet och planera SIP-mötet.{question}</source>
        <translation>Obtain consent from the guardians and the child and plan the SIP meeting.{question}</translation>
    </message>
    <message>
        <source>Inhämta samtycke från vårdnadshavare och barnet och planera SIP-mötet senast {due}{late}.{question}</source>
        <translation>Obtain consent from the guardians and the child and plan the SIP meeting by {due}{late}.{question}</translation>
    </message>
    <message>
        <source>{problem} Hämta in samtycke från barnet och vårdnadshavarna.</source>
        <translation>{problem} Obtain consent from the child and the guardians.</translation>
    </message>
    <message>
        <source>Samtycket går ut {due} ({in_days}): fråga familjen om det ska förnyas.</source>
        <translation>Consent expires on {due} ({in_days}): ask the family whether it should be renewed.</translation>
    </message>
    <message>
        <source>Skicka kallelser till {meeting} {day} senast {by}{late}: {names} har inte fått någon.</source>
        <translation>Send invitations to {meeting} on {day} by {by}{late}: none has gone to {names} yet.</translation>
    </message>
    <message>
        <source>Kalla deltagarna till {meeting} {day} senast {by}{late}.</source>
        <translation>Invite the participants to {meeting} on {day} by {by}{late}.</translation>
    </message>
    <message>
        <source>Ring {who} igen: har fortfarande inte svarat på {what} (kontaktad {contacted})</source>
        <translation>Call {who} again: still no reply to {what} (contacted {contacted})</translation>
    </message>
    <message>
        <source>Ring {who}: har inte svarat på {what} ({late_by})</source>
        <translation>Call {who}: no reply to {what} ({late_by})</translation>
    </message>
    <message>
        <source>{What} till {who} skickades sent ({sent}, {lead} dagar före mötet; senast {by}). Ring och bekräfta att tiden passar.</source>
        <translation>{What} to {who} was sent late ({sent}, {lead} days before the meeting; due by {by}). Call and confirm that the time suits.</translation>
    </message>
    <message>
        <source>SIP-mötet {day} ligger efter fristen: det första mötet ska hållas senast {due}, {days} dagar efter samtycket{late}. Se om det går att flytta mötet.</source>
        <translation>The SIP meeting on {day} is after the time limit: the first meeting must be held by {due}, {days} days after consent{late}. See whether the meeting can be moved.</translation>
    </message>
    <message>
        <source>Boka SIP-mötet: det ska hållas senast {due}, {days} dagar efter samtycket{late}.</source>
        <translation>Book the SIP meeting: it must be held by {due}, {days} days after consent{late}.</translation>
    </message>
    <message>
        <source>Boka SIP-mötet senast {due}{late}, så att kallelserna hinner ut {days} dagar före mötet.</source>
        <translation>Book the SIP meeting by {due}{late}, so that the invitations can go out {days} days before the meeting.</translation>
    </message>
    <message>
        <source>{Meeting} {day} har hållits men ingen plan är registrerad. Skriv in planen och låt alla underteckna den.</source>
        <translation>{Meeting} on {day} has been held but no plan is recorded. Enter the plan and have everyone sign it.</translation>
    </message>
    <message>
        <source>Planen (version {version}) från {meeting} {day} är inte undertecknad. Låt alla underteckna den.</source>
        <translation>The plan (version {version}) from {meeting} on {day} is not signed. Have everyone sign it.</translation>
    </message>
    <message>
        <source>Besluta om avslut eller fortsatt SIP.</source>
        <translation>Decide whether to close or continue the SIP.</translation>
    </message>
    <message>
        <source>Besluta om avslut eller fortsatt SIP på uppföljningsmötet {day}, senast {due}.</source>
        <translation>Decide whether to close or continue the SIP at the follow-up meeting on {day}, by {due}.</translation>
    </message>
    <message>
        <source>Besluta om avslut eller fortsatt SIP senast {due}{late}: uppföljningsmötet hölls {day}.</source>
        <translation>Decide whether to close or continue the SIP by {due}{late}: the follow-up meeting was held on {day}.</translation>
    </message>
    <message>
        <source>Inget SIP-möte med datum är bokat. Boka mötet och sätt ett datum.</source>
        <translation>No SIP meeting with a date is booked. Book the meeting and set a date.</translation>
    </message>
    <message>
        <source>{Meeting} {day} har hållits: notera för varje åtagande om det är genomfört, delvis genomfört eller inte genomfört, och för ärendet vidare till steget ”{stage}”.</source>
        <translation>{Meeting} on {day} has been held: note for each commitment whether it was carried out, partly carried out or not carried out, and move the case on to the stage “{stage}”.</translation>
    </message>
    <message>
        <source>{Meeting} {day} har hållits: för ärendet vidare till steget ”{stage}”.</source>
        <translation>{Meeting} on {day} has been held: move the case on to the stage “{stage}”.</translation>
    </message>
    <message>
        <source>Håll {meeting} {day} och gå igenom varje åtagande i planen.{waiting}{invited}</source>
        <translation>Hold {meeting} on {day} and go through each commitment in the plan.{waiting}{invited}</translation>
    </message>
    <message>
        <source>Håll {meeting} {day} och skriv planen tillsammans med deltagarna.{waiting}{invited}</source>
        <translation>Hold {meeting} on {day} and write the plan together with the participants.{waiting}{invited}</translation>
    </message>
    <message>
        <source>Uppföljningen skulle ha hållits senast {due} ({late_by}). Boka uppföljningsmötet.</source>
        <translation>The follow-up should have been held by {due} ({late_by}). Book the follow-up meeting.</translation>
    </message>
    <message>
        <source>Boka uppföljningsmötet senast {by}, så att kallelserna hinner ut: uppföljningen ska hållas senast {due}.</source>
        <translation>Book the follow-up meeting by {by}, so that the invitations can go out: the follow-up must be held by {due}.</translation>
    </message>
    <message>
        <source>Skriv också frågeställningen: vilken fråga ska SIP:en besvara?</source>
        <translation>Also write the question: what should the SIP answer?</translation>
    </message>
    <message>
        <source>Svar saknas ännu från {names}.</source>
        <translation>Still no reply from {names}.</translation>
    </message>
    <message>
        <source>Kallelserna är skickade: för ärendet vidare till steget ”{stage}”.</source>
        <translation>The invitations have been sent: move the case on to the stage “{stage}”.</translation>
    </message>
    <message>
        <source>Samtycke saknas.</source>
        <translation>Consent is missing.</translation>
    </message>
    <message>
        <source>Samtycket gäller först från {day}.</source>
        <translation>Consent applies only from {day}.</translation>
    </message>
    <message>
        <source>Samtycket återkallades {day}.</source>
        <translation>Consent was withdrawn on {day}.</translation>
    </message>
    <message>
        <source>Samtycket gick ut {day}.</source>
        <translation>Consent expired on {day}.</translation>
    </message>
    <message>
        <source>1 dag sen</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>{days} dagar sen</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>om {days} dagar</source>
        <translation>in {days} days</translation>
    </message>
    <message>
        <source>förmötet</source>
        <translation>the pre-meeting</translation>
    </message>
    <message>
        <source>SIP-mötet</source>
        <translation>the SIP meeting</translation>
    </message>
    <message>
        <source>uppföljningsmötet</source>
        <translation>the follow-up meeting</translation>
    </message>
    <message>
        <source>kallelsen</source>
        <translation>the summons</translation>
    </message>
    <message>
        <source>inbjudan</source>
        <translation>the invitation</translation>
    </message>
    <message>
        <source>{names} och {last}</source>
        <translation>{names} and {last}</translation>
    </message>
    <message>
        <source>{names} och {count} till</source>
        <translation>{names} and {count} more</translation>
    </message>
</context>
<context>
    <name>EmptyBoard</name>
    <message>
        <source>Inga ärenden ännu.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>1. Fyll i katalogen</source>
        <translation>1. Fill in the directory</translation>
    </message>
    <message>
        <source>Lägg in de verksamheter du samarbetar med (skolor, socialtjänsten, BUP, habiliteringen …) och personerna där, med yrke, telefon och e-post. Har kommunen en lista i Excel eller CSV kan du importera den.</source>
        <translation>Add the services you work with (schools, social services, child and adolescent psychiatry, habilitation …) and the people there, with role, phone and e-mail. If the municipality has a list in Excel or CSV, you can import it.</translation>
    </message>
    <message>
        <source>2. Skapa det första ärendet</source>
        <translation>2. Create the first case</translation>
    </message>
    <message>
        <source>Ange vem som upptäckte behovet, barnets namn och frågan som samordningen gäller. Ärendet hamnar på tavlan i steget ”Behov” och följer sedan processen.</source>
        <translation>Enter who found the need, the child&apos;s name and the question the coordination is about. The case appears on the board in the stage &quot;Need&quot; and then follows the process.</translation>
    </message>
    <message>
        <source>Inga ärenden ännu</source>
        <translation>No cases yet</translation>
    </message>
    <message>
        <source>Så här kommer du i gång:</source>
        <translation>How to get started:</translation>
    </message>
    <message>
        <source>Importera katalog…</source>
        <translation>Import directory…</translation>
    </message>
    <message>
        <source>Läs in verksamheter och personer från en CSV- eller XLSX-fil</source>
        <translation>Read services and people from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Nytt ärende…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Skapa ett ärende (Ctrl+N)</source>
        <translation>Create a case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Katalogen finns också under Arkiv → Organisationer….</source>
        <translation>The directory is also under File → Organisations….</translation>
    </message>
    <message>
        <source>Läser in verksamheter och personer från en CSV- eller XLSX-fil till katalogen</source>
        <translation>Reads services and people from a CSV or XLSX file into the directory</translation>
    </message>
    <message>
        <source>Öppnar formuläret för ett nytt ärende (Ctrl+N)</source>
        <translation>Opens the form for a new case (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Det gick inte att spara: disken är full. Frigör utrymme och försök igen; det som redan var sparat finns kvar.</source>
        <translation>Could not save: the disk is full. Free some space and try again; what was already saved is still there.</translation>
    </message>
    <message>
        <source>Det gick inte att spara: arkivet går inte att skriva till (skrivskyddat eller utan behörighet). Det som redan var sparat finns kvar.</source>
        <translation>Could not save: the store cannot be written to (read-only or no permission). What was already saved is still there.</translation>
    </message>
    <message>
        <source>Arkivet är skadat: en del av arkivfilen går inte att läsa. Det är inte fel lösenfras. Kör ”sipdesk check” för att se var, och lägg tillbaka den senaste säkerhetskopian (Arkiv → Säkerhetskopior…, eller ”sipdesk restore”).</source>
        <translation>The store is damaged: part of the store file cannot be read. It is not a wrong passphrase. Run “sipdesk check” to see where, and put back the latest backup (File → Backups…, or “sipdesk restore”).</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas där. Välj en annan mapp och försök igen.</source>
        <translation>The file could not be saved there. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Mappen eller filen finns inte.</source>
        <translation>The folder or file does not exist.</translation>
    </message>
    <message>
        <source>Något gick fel, och ändringen sparades inte. Försök igen; om det händer igen, starta om programmet.</source>
        <translation>Something went wrong, and the change was not saved. Try again; if it happens again, restart the program.</translation>
    </message>
    <message>
        <source>Det gick inte att skriva filen: du saknar behörighet i den mappen.</source>
        <translation>Could not write the file: you have no permission in that folder.</translation>
    </message>
    <message>
        <source>En kollega har ändrat samma avsnitt medan du skrev. Din text finns kvar: välj vilken text som ska gälla.</source>
        <translation>A colleague changed the same section while you were writing. Your text is still there: choose which text to keep.</translation>
    </message>
    <message>
        <source>En kollega ändrade ärendet samtidigt, så din ändring sparades inte. Ärendet läses in igen; gör ändringen på nytt.</source>
        <translation>A colleague changed the case at the same time, so your change was not saved. The case is being reloaded; please make the change again.</translation>
    </message>
    <message>
        <source>Teamservern svarar inte: kontrollera att datorn är ansluten till kommunens nätverk (eller VPN) och att adressen stämmer. Om det inte hjälper, kontakta IT-avdelningen.</source>
        <translation>The team server does not answer: check that the computer is connected to the municipality&apos;s network (or VPN) and that the address is right. If that does not help, contact the IT department.</translation>
    </message>
    <message>
        <source>Teamservern vill ha ditt lösenord, och inget angavs. Ingenting har ändrats.</source>
        <translation>The team server wants your password, and none was given. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Teamservern godtog inte inloggningen: användarnamnet eller lösenordet stämmer inte. Skriv lösenordet igen; har du glömt det, be IT-avdelningen om ett nytt.</source>
        <translation>The team server did not accept the login: the user name or password is wrong. Enter the password again; if you have forgotten it, ask the IT department for a new one.</translation>
    </message>
    <message>
        <source>Teamserverns certifikat kunde inte kontrolleras, så sipdesk anslöt inte (det kan vara fel server). Be IT-avdelningen om kommunens CA-certifikat och lägg det i adressen som sslrootcert=SÖKVÄG, eller i filen ~/.postgresql/root.crt.</source>
        <translation>The team server&apos;s certificate could not be verified, so sipdesk did not connect (it may be the wrong server). Ask the IT department for the municipality&apos;s CA certificate and put it in the address as sslrootcert=PATH, or in the file ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>En teamserver på nätverket nås bara krypterat och med kontrollerat certifikat (sslmode=verify-full), men adressen ber om mindre. Ta bort sslmode ur adressen eller skriv sslmode=verify-full.</source>
        <translation>A team server on the network is reached only encrypted and with a verified certificate (sslmode=verify-full), but the address asks for less. Remove sslmode from the address or write sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Teamservern släpper inte in den här inloggningen till databasen (databasen finns inte, eller inloggningen är inte tillåten från den här datorn). Kontakta IT-avdelningen.</source>
        <translation>The team server does not let this login into the database (the database does not exist, or the login is not allowed from this computer). Contact the IT department.</translation>
    </message>
    <message>
        <source>Teamservern är inte uppdaterad för den här versionen av sipdesk. Be IT-avdelningen köra ”sipdesk server init” igen.</source>
        <translation>The team server has not been updated for this version of sipdesk. Ask the IT department to run “sipdesk server init” again.</translation>
    </message>
    <message>
        <source>Teamservern kunde inte användas. Försök igen om en stund; om det inte går, kontakta IT-avdelningen.</source>
        <translation>The team server could not be used. Try again in a while; if it does not work, contact the IT department.</translation>
    </message>
    <message>
        <source>Förbindelsen med teamservern bröts, så det senaste sparades inte. Kontrollera nätverket och försök igen; det som redan var sparat finns kvar på servern.</source>
        <translation>The connection to the team server was lost, so the latest change was not saved. Check the network and try again; what was already saved is still on the server.</translation>
    </message>
    <message>
        <source>Teamservern nekade: din inloggning har inte behörighet till det här (ärendet kan höra till ett annat team). Ingenting ändrades.</source>
        <translation>The team server refused: your login has no permission for this (the case may belong to another team). Nothing was changed.</translation>
    </message>
    <message>
        <source>Ärendet är taget med av en kollega och kan bara läsas tills det lämnats tillbaka. Ingenting ändrades.</source>
        <translation>The case has been taken along by a colleague and can only be read until it has been handed back. Nothing was changed.</translation>
    </message>
    <message>
        <source>Teamservern svarar, men databasen är inget sipdesk-arkiv som inloggningen kan läsa. Kontrollera databasens namn i adressen, eller be IT-avdelningen köra ”sipdesk server init”.</source>
        <translation>The team server answers, but the database is not a sipdesk store the login can read. Check the database name in the address, or ask the IT department to run “sipdesk server init”.</translation>
    </message>
    <message>
        <source>Lösenordet kunde inte sparas i nyckelringen; du får skriva det vid nästa start.</source>
        <translation>The password could not be saved in the keyring; you will have to enter it at the next start.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Vad som räknas; håll muspekaren över ett mått för dess exakta definition</source>
        <translation>What is counted; hold the mouse pointer over a measure for its exact definition</translation>
    </message>
    <message>
        <source>”Alla” för summan; annars en organisation som var med</source>
        <translation>“All” for the total; otherwise an organisation that took part</translation>
    </message>
    <message>
        <source>Antal (eller dagar, för median och längst)</source>
        <translation>Count (or days, for median and longest)</translation>
    </message>
    <message>
        <source>Det antal andelen räknas av</source>
        <translation>The number the share is a share of</translation>
    </message>
    <message>
        <source>Andel av ”Av”, i hela procent</source>
        <translation>Share of “Of”, in whole per cent</translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <source>Ett datum i ärendet ligger utanför det rimliga, så förfallodagarna kan inte beräknas</source>
        <translation>A date in the case is out of any reasonable range, so the due dates cannot be worked out</translation>
    </message>
    <message>
        <source>Kan ej beräknas</source>
        <translation>Cannot be worked out</translation>
    </message>
    <message>
        <source>Samtycke saknas</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Samtycket är återkallat eller har gått ut</source>
        <translation>Consent has been withdrawn or has expired</translation>
    </message>
    <message>
        <source>Samtycke upphört</source>
        <translation>Consent ended</translation>
    </message>
    <message>
        <source>Inbjudna har inte svarat i tid</source>
        <translation>Invitees have not replied in time</translation>
    </message>
    <message>
        <source>Svar saknas</source>
        <translation>Replies missing</translation>
    </message>
    <message>
        <source>En kallelse skickades för sent</source>
        <translation>An invitation was sent too late</translation>
    </message>
    <message>
        <source>Sen kallelse</source>
        <translation>Late invitation</translation>
    </message>
    <message>
        <source>Mötet saknar samordningsansvarig</source>
        <translation>The meeting has no coordinating lead</translation>
    </message>
    <message>
        <source>Ingen ansvarig</source>
        <translation>No lead</translation>
    </message>
    <message>
        <source>Uppföljningen är försenad</source>
        <translation>The follow-up is overdue</translation>
    </message>
    <message>
        <source>Uppföljning sen</source>
        <translation>Follow-up late</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Stänger fönstret utan att spara det som skrivits här</source>
        <translation>Closes the window without saving what was typed here</translation>
    </message>
    <message>
        <source>Sparar det som skrivits här och stänger fönstret</source>
        <translation>Saves what was typed here and closes the window</translation>
    </message>
    <message>
        <source>Kolumner: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Behålls</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Ändras</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Avslutas</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Kallelse</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Uteblev</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Avslut</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Återöppnat</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Fortsatt SIP</source>
        <translation>SIP continued</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Deviation</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Händelser i ärendet</source>
        <translation>Events in the case</translation>
    </message>
    <message>
        <source>Kontaktens datum</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <source>Dagen då kontakten togs</source>
        <translation>The day of the contact</translation>
    </message>
    <message>
        <source>Vad kontakten gällde, med några ord</source>
        <translation>What the contact was about, in a few words</translation>
    </message>
    <message>
        <source>Anteckning om kontakt</source>
        <translation>Note about a contact</translation>
    </message>
    <message>
        <source>Kontakt med familj eller aktör, till exempel ”Ringde mamma om samtycket”</source>
        <translation>Contact with the family or an actor, for example “Called mum about the consent”</translation>
    </message>
    <message>
        <source>Anteckna kontakt</source>
        <translation>Note a contact</translation>
    </message>
    <message>
        <source>Antecknar kontakten i ärendets historik</source>
        <translation>Notes the contact in the case history</translation>
    </message>
    <message>
        <source>Loggutdrag (PDF)…</source>
        <translation>Access log extract (PDF)…</translation>
    </message>
    <message>
        <source>Vem har öppnat, ändrat och exporterat ärendet, och när (till exempel när en vårdnadshavare begär det)</source>
        <translation>Who opened, changed and exported the case, and when (for example when a guardian asks for it)</translation>
    </message>
    <message>
        <source>Spara loggutdrag</source>
        <translation>Save the access log extract</translation>
    </message>
    <message>
        <source>Skapar loggutdraget …</source>
        <translation>Making the access log extract …</translation>
    </message>
    <message>
        <source>Loggutdraget sparades: {path}</source>
        <translation>The access log extract was saved: {path}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Ärendet skapades: behov av samordning upptäckt.</source>
        <translation>The case was created: a need for coordination was identified.</translation>
    </message>
    <message>
        <source>Vårdnadshavare tillagd: {name}.</source>
        <translation>Guardian added: {name}.</translation>
    </message>
    <message>
        <source>Vårdnadshavare borttagen: {name}.</source>
        <translation>Guardian removed: {name}.</translation>
    </message>
    <message>
        <source>{name} ({profession}, {organisation}) ingår i nätverket.</source>
        <translation>{name} ({profession}, {organisation}) is part of the network.</translation>
    </message>
    <message>
        <source>{name} ({profession}) ingår i nätverket.</source>
        <translation>{name} ({profession}) is part of the network.</translation>
    </message>
    <message>
        <source>{name} togs bort ur nätverket.</source>
        <translation>{name} was removed from the network.</translation>
    </message>
    <message>
        <source>Samtycke registrerat ({form}), omfattar {count} verksamheter.</source>
        <translation>Consent recorded ({form}), covering {count} services.</translation>
    </message>
    <message>
        <source>Samtycket återkallades {iso}.</source>
        <translation>Consent was withdrawn on {iso}.</translation>
    </message>
    <message>
        <source>Ett felregistrerat samtycke togs bort.</source>
        <translation>A consent recorded by mistake was removed.</translation>
    </message>
    <message>
        <source>Återkallelsen av samtycket ångrades.</source>
        <translation>The withdrawal of the consent was undone.</translation>
    </message>
    <message>
        <source>{role} borttagen.</source>
        <translation>{role} removed.</translation>
    </message>
    <message>
        <source>{role}: {name}.</source>
        <translation>{role}: {name}.</translation>
    </message>
    <message>
        <source>Ärendet avslutades: {reason}. {note}</source>
        <translation>The case was closed: {reason}. {note}</translation>
    </message>
    <message>
        <source>Ärendet avslutades: {reason}.</source>
        <translation>The case was closed: {reason}.</translation>
    </message>
    <message>
        <source>Ärendet återöppnades.</source>
        <translation>The case was reopened.</translation>
    </message>
    <message>
        <source>Steg ändrat: {stage} → {stage2} (fortsatt SIP: en ny version av planen skrivs)</source>
        <translation>Stage changed: {stage} → {stage2} (continued SIP: a new version of the plan is written)</translation>
    </message>
    <message>
        <source>Steg ändrat: {stage} → {stage2}</source>
        <translation>Stage changed: {stage} → {stage2}</translation>
    </message>
    <message>
        <source>Plan version {version} påbörjad.</source>
        <translation>Plan version {version} started.</translation>
    </message>
    <message>
        <source>Plan version {version} påbörjad utifrån version {previous}.</source>
        <translation>Plan version {version} started from version {previous}.</translation>
    </message>
    <message>
        <source>Plan version {version} undertecknad av {names} (fingeravtryck {fingerprint}).</source>
        <translation>Plan version {version} signed by {names} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Plan version {version} justerad av {names} (fingeravtryck {fingerprint}).</source>
        <translation>Plan version {version} checked by {names} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Plan version {version} skickad till {name} ({via}, {iso}).</source>
        <translation>Plan version {version} sent to {name} ({via}, {iso}).</translation>
    </message>
    <message>
        <source>Originalet av plan version {version} förvaras av: ingen angiven.</source>
        <translation>The original of plan version {version} is kept by: nobody given.</translation>
    </message>
    <message>
        <source>Originalet av plan version {version} förvaras av: {organisation}.</source>
        <translation>The original of plan version {version} is kept by: {organisation}.</translation>
    </message>
    <message>
        <source>SIP:en fortsätter med plan version {version}.</source>
        <translation>The SIP continues with plan version {version}.</translation>
    </message>
    <message>
        <source>{kind} planerat ({when}).</source>
        <translation>{kind} planned ({when}).</translation>
    </message>
    <message>
        <source>{kind} {when} ändrat: {changes}.{sent}{convener}</source>
        <translation>{kind} {when} changed: {changes}.{sent}{convener}</translation>
    </message>
    <message>
        <source>{kind} {when}.{convener}</source>
        <translation>{kind} {when}.{convener}</translation>
    </message>
    <message>
        <source>{kind} {when} inställt: {why} ({count} inbjudna behöver få veta det).</source>
        <translation>{kind} {when} cancelled: {why} ({count} invited people need to be told).</translation>
    </message>
    <message>
        <source>{kind} {when} inställt: {why}.</source>
        <translation>{kind} {when} cancelled: {why}.</translation>
    </message>
    <message>
        <source>{invitation} skickad till {name} ({via}).</source>
        <translation>{invitation} sent to {name} ({via}).</translation>
    </message>
    <message>
        <source>{invitation} till {name}.</source>
        <translation>{invitation} to {name}.</translation>
    </message>
    <message>
        <source>{name}: {response} ({substitute}).</source>
        <translation>{name}: {response} ({substitute}).</translation>
    </message>
    <message>
        <source>{name}: {response}.</source>
        <translation>{name}: {response}.</translation>
    </message>
    <message>
        <source>{name}: {attendance}.</source>
        <translation>{name}: {attendance}.</translation>
    </message>
    <message>
        <source>Kontaktad per telefon: {name} om {what} till {meeting} {when}. {note}</source>
        <translation>Contacted by phone: {name} about the {what} to the {meeting} {when}. {note}</translation>
    </message>
    <message>
        <source>Kontaktad per telefon: {name} om {what} till {meeting} {when}.</source>
        <translation>Contacted by phone: {name} about the {what} to the {meeting} {when}.</translation>
    </message>
    <message>
        <source>Utkast till avvikelse: {name} uteblev utan återbud.</source>
        <translation>Draft deviation: {name} did not come and gave no apologies.</translation>
    </message>
    <message>
        <source>Avvikelse registrerad ({deviation}).</source>
        <translation>Deviation recorded ({deviation}).</translation>
    </message>
    <message>
        <source>Utkast till avvikelse ({deviation}).</source>
        <translation>Draft deviation ({deviation}).</translation>
    </message>
    <message>
        <source>Samtycke registrerat.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Plan version {version} undertecknad.</source>
        <translation>Plan version {version} signed.</translation>
    </message>
    <message>
        <source>Plan version {version} undertecknad efter uppföljningen.</source>
        <translation>Plan version {version} signed after the follow-up.</translation>
    </message>
    <message>
        <source>Uppföljning bokad till {day}.</source>
        <translation>Follow-up booked for {day}.</translation>
    </message>
    <message>
        <source>Uppföljningen flyttad till {day}.</source>
        <translation>Follow-up moved to {day}.</translation>
    </message>
    <message>
        <source>{kind} ({mode}, {place}).</source>
        <translation>{kind} ({mode}, {place}).</translation>
    </message>
    <message>
        <source>{kind} ({mode}).</source>
        <translation>{kind} ({mode}).</translation>
    </message>
    <message>
        <source>Kallelser är redan skickade: meddela deltagarna.</source>
        <translation>Summonses have already been sent: let the participants know.</translation>
    </message>
    <message>
        <source>Sammankallande ändrad: {old} → {new}.</source>
        <translation>Convener changed: {old} → {new}.</translation>
    </message>
    <message>
        <source>(inte angiven)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>syftet ändrat</source>
        <translation>purpose changed</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>slut</source>
        <translation>end</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>datum ej satt</source>
        <translation>no date set</translation>
    </message>
    <message>
        <source>{date} kl. {start}</source>
        <translation>{date}, {start}</translation>
    </message>
    <message>
        <source>{date} kl. {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <source>Initiativtagare</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>Mötesledare</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Samordningsansvarig</source>
        <translation>Coordinating lead</translation>
    </message>
    <message>
        <source>kallelsen</source>
        <translation>summons</translation>
    </message>
    <message>
        <source>inbjudan</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>{names} och {last}</source>
        <translation>{names} and {last}</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>Ny organisation.</source>
        <translation>New organisation.</translation>
    </message>
    <message>
        <source>Ny person.</source>
        <translation>New person.</translation>
    </message>
    <message>
        <source>Typ saknas för en ny organisation: skriv till exempel skola, socialtjänst eller BUP.</source>
        <translation>The type is missing for a new organisation: write, for example, “skola”, “socialtjänst” or “BUP” (the file&apos;s words are Swedish).</translation>
    </message>
    <message>
        <source>Organisationen har typen ”{kind}” på rad {row}, inte ”{kind2}”.</source>
        <translation>The organisation has the type “{kind}” on row {row}, not “{kind2}”.</translation>
    </message>
    <message>
        <source>Organisationen har huvudmannen ”{principal}” på rad {row}, inte ”{principal2}”.</source>
        <translation>The organisation has the principal “{principal}” on row {row}, not “{principal2}”.</translation>
    </message>
    <message>
        <source>Huvudman saknas: {principal_lower} antas.</source>
        <translation>The principal is missing: {principal_lower} is assumed.</translation>
    </message>
    <message>
        <source>Personen finns redan i katalogen och hoppas över.</source>
        <translation>The person is already in the directory and is skipped.</translation>
    </message>
    <message>
        <source>Samma person som på rad {row}: hoppas över.</source>
        <translation>The same person as on row {row}: skipped.</translation>
    </message>
    <message>
        <source>Organisationen finns redan i katalogen och hoppas över.</source>
        <translation>The organisation is already in the directory and is skipped.</translation>
    </message>
    <message>
        <source>Samma organisation som på rad {row}: hoppas över.</source>
        <translation>The same organisation as on row {row}: skipped.</translation>
    </message>
    <message>
        <source>Organisationens telefon och e-post (den läggs till från rad {row}).</source>
        <translation>The organisation&apos;s phone and e-mail (it is added from row {row}).</translation>
    </message>
    <message>
        <source>Organisationens namn saknas.</source>
        <translation>The organisation&apos;s name is missing.</translation>
    </message>
    <message>
        <source>{what} får vara högst {limit} tecken.</source>
        <translation>{what} may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Okänd typ ”{value}”: skriv {kinds}.</source>
        <translation>Unknown type “{value}”: write {kinds}.</translation>
    </message>
    <message>
        <source>Okänd huvudman ”{value}”: skriv {kinds}.</source>
        <translation>Unknown principal “{value}”: write {kinds}.</translation>
    </message>
    <message>
        <source>Yrke/roll saknas: skriv vad personen arbetar som, till exempel psykolog, kurator eller mentor.</source>
        <translation>The profession/role is missing: write what the person works as, for example psychologist, school counsellor or mentor.</translation>
    </message>
    <message>
        <source>Yrke/roll utan namn: skriv personens namn i kolumnen Namn.</source>
        <translation>A profession/role without a name: write the person&apos;s name in the column “Namn”.</translation>
    </message>
    <message>
        <source>Organisationens namn</source>
        <translation>The organisation&apos;s name</translation>
    </message>
    <message>
        <source>Enheten</source>
        <translation>The unit</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Yrket</source>
        <translation>The profession</translation>
    </message>
    <message>
        <source>Telefonnumret</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>E-postadressen</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>{words} eller {last}</source>
        <translation>{words} or {last}</translation>
    </message>
    <message>
        <source>”{word}”</source>
        <translation>“{word}”</translation>
    </message>
</context>
<context>
    <name>InvitationKind</name>
    <message>
        <source>Kallelse</source>
        <translation>Summons</translation>
    </message>
    <message>
        <source>Inbjudan</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bjud in till mötet</source>
        <translation>Invite to the meeting</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Kallelse går till huvudmän som är skyldiga att delta, inbjudan till övriga. Mellanslag kryssar i; Markera alla kryssar i alla som kan bjudas in.</source>
        <translation>A summons goes to the bodies obliged to take part, an invitation to everyone else. Space ticks; Select all ticks everyone who can be invited.</translation>
    </message>
    <message>
        <source>Kryssa i dem som ska bjudas in; mellanslag kryssar i</source>
        <translation>Tick those to invite; Space ticks</translation>
    </message>
    <message>
        <source>Vem bjuds in</source>
        <translation>Who is invited</translation>
    </message>
    <message>
        <source>&amp;Markera alla</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Kryssa i alla som kan bjudas in och inte redan är inbjudna</source>
        <translation>Tick everyone who can be invited and is not invited already</translation>
    </message>
    <message>
        <source>&amp;Avmarkera alla</source>
        <translation>&amp;Deselect all</translation>
    </message>
    <message>
        <source>&amp;Skickas nu</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Kryssa i om kallelserna skickas nu; annars markeras de senare</source>
        <translation>Tick if the summonses are sent now; otherwise mark them as sent later</translation>
    </message>
    <message>
        <source>Dagen då kallelserna skickades</source>
        <translation>The day the summonses were sent</translation>
    </message>
    <message>
        <source>Hur kallelserna skickades</source>
        <translation>How the summonses were sent</translation>
    </message>
    <message>
        <source>S&amp;kickad</source>
        <translation>S&amp;ent</translation>
    </message>
    <message>
        <source>&amp;Hur</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Bjud in</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Redan inbjuden.</source>
        <translation>Already invited.</translation>
    </message>
    <message>
        <source>Kan inte bjudas in: {reason}</source>
        <translation>Cannot be invited: {reason}</translation>
    </message>
    <message>
        <source>Kryssa i vem som ska bjudas in.</source>
        <translation>Tick who is to be invited.</translation>
    </message>
    <message>
        <source>Inte inbjudna:</source>
        <translation>Not invited:</translation>
    </message>
</context>
<context>
    <name>InviteRole</name>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Familjen</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>ersättare för {name}</source>
        <translation>substitute for {name}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Arkivet har fått en ny nyckel och därmed en ny återställningsnyckel. Skriv ut eller skriv ner den och förvara den säkert; den gamla återställningsnyckeln gäller inte längre, utom för säkerhetskopior som gjordes före bytet.</source>
        <translation>The store has a new key and so a new recovery key. Print it or write it down and keep it safe; the old recovery key no longer works, except for backups made before the change.</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia och byter nyckel …</source>
        <translation>Making a backup and changing the key…</translation>
    </message>
    <message>
        <source>Lösenfras och återställningsnyckel</source>
        <translation>Passphrase and recovery key</translation>
    </message>
    <message>
        <source>Läser in …</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Nuvarande lösenfras (eller återställningsnyckeln)</source>
        <translation>Current passphrase (or the recovery key)</translation>
    </message>
    <message>
        <source>Ny lösenfras (minst {count} tecken)</source>
        <translation>New passphrase (at least {count} characters)</translation>
    </message>
    <message>
        <source>Den nya en gång till</source>
        <translation>The new one again</translation>
    </message>
    <message>
        <source>Ny återställningsnyckel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Gör en ny återställningsnyckel</source>
        <translation>Make a new recovery key</translation>
    </message>
    <message>
        <source>Gör en ny återställningsnyckel om den gamla kan ha kommit bort eller setts av någon annan. Arkivet får då en ny nyckel; den gamla återställningsnyckeln öppnar bara säkerhetskopior som gjordes före bytet.</source>
        <translation>Make a new recovery key if the old one may have been lost or seen by someone else. The store then gets a new key; the old recovery key opens only backups made before the change.</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lösenfrasen du öppnar arkivet med i dag, eller återställningsnyckeln om du har glömt den</source>
        <translation>The passphrase you open the store with today, or the recovery key if you have forgotten it</translation>
    </message>
    <message>
        <source>Minst {count} tecken; arkivet öppnas sedan med den</source>
        <translation>At least {count} characters; the store is then opened with it</translation>
    </message>
    <message>
        <source>Samma nya lösenfras igen, så att ett skrivfel upptäcks</source>
        <translation>The same new passphrase again, so that a typing mistake is caught</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia, byter lösenfras och visar den nya återställningsnyckeln en gång</source>
        <translation>Makes a backup, changes the passphrase and shows the new recovery key once</translation>
    </message>
    <message>
        <source>Arkivets lösenfras, som visar att det är du som ber om en ny nyckel</source>
        <translation>The store&apos;s passphrase, which shows that it is you asking for a new key</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia, ger arkivet en ny nyckel och visar den nya återställningsnyckeln en gång</source>
        <translation>Makes a backup, gives the store a new key and shows the new recovery key once</translation>
    </message>
    <message>
        <source>Stänger fönstret utan att byta något</source>
        <translation>Closes the window without changing anything</translation>
    </message>
    <message>
        <source>Nyckeln är bytt.</source>
        <translation>The key has been changed.</translation>
    </message>
    <message>
        <source>Skriv den nuvarande lösenfrasen (eller återställningsnyckeln) först.</source>
        <translation>Type the current passphrase (or the recovery key) first.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen först.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <source>Nyckeln till arkivet förvaras i {place}. Det finns ingen lösenfras att byta.</source>
        <translation>The store&apos;s key is kept in {place}. There is no passphrase to change.</translation>
    </message>
    <message>
        <source>Arkivet skyddas med en lösenfras som bara du känner till.</source>
        <translation>The store is protected by a passphrase only you know.</translation>
    </message>
    <message>
        <source>Det här är ett demoarkiv: nyckeln finns bara i minnet och arkivet tas bort när programmet stängs.</source>
        <translation>This is a demo store: the key exists only in memory and the store is deleted when the program closes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sipdesk – SIP-samordning</source>
        <translation>sipdesk – SIP coordination</translation>
    </message>
    <message>
        <source>← Tillbaka till tavlan</source>
        <translation>← Back to the board</translation>
    </message>
    <message>
        <source>Alt+Vänsterpil</source>
        <translation>Alt+Left arrow</translation>
    </message>
    <message>
        <source>Lämnar statistiken och visar ärendetavlan igen (Alt+Vänsterpil)</source>
        <translation>Leaves the statistics and shows the case board again (Alt+Left)</translation>
    </message>
    <message>
        <source>Kallelser att följa upp</source>
        <translation>Invitations to follow up</translation>
    </message>
    <message>
        <source>Organisationer och personer</source>
        <translation>Organisations and people</translation>
    </message>
    <message>
        <source>Markera ett ärende på tavlan först.</source>
        <translation>Select a case on the board first.</translation>
    </message>
    <message>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Om sipdesk</source>
        <translation>About sipdesk</translation>
    </message>
    <message>
        <source>Stöd för SIP-samordnare: samordnade individuella planer för barn och unga. Allt sparas krypterat på den här datorn.</source>
        <translation>Support for SIP coordinators: coordinated individual plans (SIP) for children and young people. Everything is stored encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>MappingReason</name>
    <message>
        <source>Plan version {version} är undertecknad. Påbörja en ny planversion för att ändra kartläggningen.</source>
        <translation>Plan version {version} is signed. Start a new plan version to change the assessment.</translation>
    </message>
    <message>
        <source>Plan version {version} är undertecknad och kan inte ändras. Påbörja en ny planversion.</source>
        <translation>Plan version {version} is signed and cannot be changed. Start a new plan version.</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>SIP-möten som hölls</source>
        <translation>SIP meetings held</translation>
    </message>
    <message>
        <source>första SIP-möten och uppföljningsmöten daterade i perioden, högst till rapportens datum (förmöten räknas inte)</source>
        <translation>first SIP meetings and follow-up meetings dated in the period, up to the report&apos;s date (pre-meetings are not counted)</translation>
    </message>
    <message>
        <source>Första SIP-möten</source>
        <translation>First SIP meetings</translation>
    </message>
    <message>
        <source>av dem första SIP-möten; av möten som hölls</source>
        <translation>of them, first SIP meetings; of meetings held</translation>
    </message>
    <message>
        <source>Uppföljningsmöten</source>
        <translation>Follow-up meetings</translation>
    </message>
    <message>
        <source>av dem uppföljningsmöten; av möten som hölls</source>
        <translation>of them, follow-up meetings; of meetings held</translation>
    </message>
    <message>
        <source>Sammankallade av skolan</source>
        <translation>Convened by the school</translation>
    </message>
    <message>
        <source>möten som hölls där sammankallande organisation hör till skolan; av möten som hölls</source>
        <translation>meetings held where the convening organisation belongs to the school; of meetings held</translation>
    </message>
    <message>
        <source>Sammankallade av socialtjänsten</source>
        <translation>Convened by social services</translation>
    </message>
    <message>
        <source>möten som hölls där sammankallande organisation hör till socialtjänsten; av möten som hölls</source>
        <translation>meetings held where the convening organisation belongs to social services; of meetings held</translation>
    </message>
    <message>
        <source>Sammankallade av regionen</source>
        <translation>Convened by the region</translation>
    </message>
    <message>
        <source>möten som hölls där sammankallande organisation hör till regionen; av möten som hölls</source>
        <translation>meetings held where the convening organisation belongs to the region; of meetings held</translation>
    </message>
    <message>
        <source>Sammankallade av övriga verksamheter</source>
        <translation>Convened by other services</translation>
    </message>
    <message>
        <source>möten som hölls där sammankallande organisation hör till övriga verksamheter; av möten som hölls</source>
        <translation>meetings held where the convening organisation belongs to other services; of meetings held</translation>
    </message>
    <message>
        <source>Sammankallande inte angiven</source>
        <translation>Convener not given</translation>
    </message>
    <message>
        <source>möten som hölls utan angiven sammankallande; av möten som hölls</source>
        <translation>meetings held without a convener given; of meetings held</translation>
    </message>
    <message>
        <source>Skolan: inbjudna eller kallade</source>
        <translation>School: invited or summoned</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från skolan var kallad eller inbjuden; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from the school was summoned or invited; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Skolan: närvarande</source>
        <translation>School: present</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från skolan (eller en ersättare) var närvarande; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from the school (or a substitute) was present; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Skolan: frånvarande med återbud</source>
        <translation>School: absent with notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från skolan var frånvarande med återbud; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the school was absent with notice; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Skolan: frånvarande utan återbud</source>
        <translation>School: absent without notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från skolan uteblev utan att meddela det; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the school stayed away without saying so; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Skolan: skickade ersättare</source>
        <translation>School: sent a substitute</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från skolan svarade att en ersättare kommer; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the school replied that a substitute would come; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Socialtjänsten: inbjudna eller kallade</source>
        <translation>Social services: invited or summoned</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från socialtjänsten var kallad eller inbjuden; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from social services was summoned or invited; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Socialtjänsten: närvarande</source>
        <translation>Social services: present</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från socialtjänsten (eller en ersättare) var närvarande; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from social services (or a substitute) was present; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Socialtjänsten: frånvarande med återbud</source>
        <translation>Social services: absent with notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från socialtjänsten var frånvarande med återbud; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from social services was absent with notice; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Socialtjänsten: frånvarande utan återbud</source>
        <translation>Social services: absent without notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från socialtjänsten uteblev utan att meddela det; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from social services stayed away without saying so; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Socialtjänsten: skickade ersättare</source>
        <translation>Social services: sent a substitute</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från socialtjänsten svarade att en ersättare kommer; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from social services replied that a substitute would come; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Regionen: inbjudna eller kallade</source>
        <translation>Region: invited or summoned</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från regionen var kallad eller inbjuden; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from the region was summoned or invited; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Regionen: närvarande</source>
        <translation>Region: present</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från regionen (eller en ersättare) var närvarande; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from the region (or a substitute) was present; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Regionen: frånvarande med återbud</source>
        <translation>Region: absent with notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från regionen var frånvarande med återbud; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the region was absent with notice; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Regionen: frånvarande utan återbud</source>
        <translation>Region: absent without notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från regionen uteblev utan att meddela det; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the region stayed away without saying so; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Regionen: skickade ersättare</source>
        <translation>Region: sent a substitute</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från regionen svarade att en ersättare kommer; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from the region replied that a substitute would come; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Övriga: inbjudna eller kallade</source>
        <translation>Others: invited or summoned</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från övriga verksamheter var kallad eller inbjuden; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from other services was summoned or invited; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Övriga: närvarande</source>
        <translation>Others: present</translation>
    </message>
    <message>
        <source>möten som hölls där minst en person från övriga verksamheter (eller en ersättare) var närvarande; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where at least one person from other services (or a substitute) was present; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Övriga: frånvarande med återbud</source>
        <translation>Others: absent with notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från övriga verksamheter var frånvarande med återbud; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from other services was absent with notice; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Övriga: frånvarande utan återbud</source>
        <translation>Others: absent without notice</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från övriga verksamheter uteblev utan att meddela det; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from other services stayed away without saying so; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Övriga: skickade ersättare</source>
        <translation>Others: sent a substitute</translation>
    </message>
    <message>
        <source>möten som hölls där någon kallad från övriga verksamheter svarade att en ersättare kommer; av möten som hölls. Per organisation: samma sak för en organisation</source>
        <translation>meetings held where someone summoned from other services replied that a substitute would come; of meetings held. Per organisation: the same for one organisation</translation>
    </message>
    <message>
        <source>Skola, socialtjänst och region närvarande</source>
        <translation>School, social services and region present</translation>
    </message>
    <message>
        <source>möten som hölls där skolan, socialtjänsten och regionen alla var närvarande; av möten som hölls</source>
        <translation>meetings held where the school, social services and the region were all present; of meetings held</translation>
    </message>
    <message>
        <source>Närvaro inte registrerad</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <source>möten som hölls där någon inbjuden saknar registrerad närvaro; av möten som hölls</source>
        <translation>meetings held where someone invited has no attendance recorded; of meetings held</translation>
    </message>
    <message>
        <source>Skickade kallelser och inbjudningar</source>
        <translation>Summonses and invitations sent</translation>
    </message>
    <message>
        <source>kallelser och inbjudningar (även till familjen) till möten som hölls, med datum då de skickades; av alla kallelser och inbjudningar till de mötena</source>
        <translation>summonses and invitations (the family&apos;s too) to meetings held, with the date they were sent; of all summonses and invitations to those meetings</translation>
    </message>
    <message>
        <source>Kallelsetid, median (dagar)</source>
        <translation>Invitation notice, median (days)</translation>
    </message>
    <message>
        <source>median av antal dagar mellan att kallelsen skickades och mötet; av skickade</source>
        <translation>median number of days between sending the invitation and the meeting; of those sent</translation>
    </message>
    <message>
        <source>Kallelser skickade i tid</source>
        <translation>Invitations sent in time</translation>
    </message>
    <message>
        <source>skickade minst den överenskomna tiden före mötet (21 dagar om inget annat är inställt); av skickade</source>
        <translation>sent at least the agreed time before the meeting (21 days unless set otherwise); of those sent</translation>
    </message>
    <message>
        <source>Svar senast sista svarsdag</source>
        <translation>Replies by the reply date</translation>
    </message>
    <message>
        <source>skickade som besvarades senast sista svarsdag (kallelsens egen, annars den överenskomna); av skickade</source>
        <translation>sent and answered by the reply date (the invitation&apos;s own, otherwise the agreed one); of those sent</translation>
    </message>
    <message>
        <source>Från behov till samtycke, median (dagar)</source>
        <translation>From need to consent, median (days)</translation>
    </message>
    <message>
        <source>för barn vars första SIP-möte hölls i perioden: dagar från att behovet upptäcktes till första samtycket; av barn med båda datumen</source>
        <translation>for children whose first SIP meeting was held in the period: days from when the need was found to the first consent; of children with both dates</translation>
    </message>
    <message>
        <source>Från behov till samtycke, längst (dagar)</source>
        <translation>From need to consent, longest (days)</translation>
    </message>
    <message>
        <source>samma barn: den längsta tiden</source>
        <translation>the same children: the longest time</translation>
    </message>
    <message>
        <source>Från samtycke till första mötet, median (dagar)</source>
        <translation>From consent to the first meeting, median (days)</translation>
    </message>
    <message>
        <source>för barn vars första SIP-möte hölls i perioden: dagar från första samtycket till första SIP-mötet; av barn med båda datumen</source>
        <translation>for children whose first SIP meeting was held in the period: days from the first consent to the first SIP meeting; of children with both dates</translation>
    </message>
    <message>
        <source>Från samtycke till första mötet, längst (dagar)</source>
        <translation>From consent to the first meeting, longest (days)</translation>
    </message>
    <message>
        <source>Uppföljningar som skulle ha hållits</source>
        <translation>Follow-ups that were due</translation>
    </message>
    <message>
        <source>undertecknade planversioner vars uppföljning (undertecknandet plus den överenskomna tiden) inföll i perioden, högst till rapportens datum</source>
        <translation>signed plan versions whose follow-up (the signing plus the agreed time) fell in the period, up to the report&apos;s date</translation>
    </message>
    <message>
        <source>Uppföljningar i tid</source>
        <translation>Follow-ups in time</translation>
    </message>
    <message>
        <source>av dem: ett uppföljningsmöte i ärendet hölls efter undertecknandet och senast då uppföljningen skulle ske; av uppföljningar som skulle ha hållits</source>
        <translation>of them: a follow-up meeting in the case was held after the signing and no later than the follow-up was due; of follow-ups that were due</translation>
    </message>
    <message>
        <source>Uppföljningar försenade</source>
        <translation>Follow-ups late</translation>
    </message>
    <message>
        <source>av dem: inget uppföljningsmöte i tid (hölls senare eller inte alls); av uppföljningar som skulle ha hållits</source>
        <translation>of them: no follow-up meeting in time (held later or not at all); of follow-ups that were due</translation>
    </message>
    <message>
        <source>Uppföljningar som inte hållits</source>
        <translation>Follow-ups not held</translation>
    </message>
    <message>
        <source>av de försenade: inget uppföljningsmöte alls fram till rapportens datum; av uppföljningar som skulle ha hållits</source>
        <translation>of the late ones: no follow-up meeting at all up to the report&apos;s date; of follow-ups that were due</translation>
    </message>
    <message>
        <source>Undertecknade planer</source>
        <translation>Signed plans</translation>
    </message>
    <message>
        <source>planversioner undertecknade i perioden</source>
        <translation>plan versions signed in the period</translation>
    </message>
    <message>
        <source>Undertecknade vid mötet</source>
        <translation>Signed at the meeting</translation>
    </message>
    <message>
        <source>undertecknade samma dag som mötet de hör till; av undertecknade planer</source>
        <translation>signed on the same day as their meeting; of signed plans</translation>
    </message>
    <message>
        <source>Planer med barnets röst</source>
        <translation>Plans with the child&apos;s voice</translation>
    </message>
    <message>
        <source>undertecknade med avsnittet Barnets röst ifyllt; av undertecknade planer</source>
        <translation>signed with the section The child&apos;s voice filled in; of signed plans</translation>
    </message>
    <message>
        <source>Återkoppling till barnet registrerad</source>
        <translation>Feedback to the child recorded</translation>
    </message>
    <message>
        <source>undertecknade där det står när barnet fick veta vad som beslutades; av undertecknade planer</source>
        <translation>signed where it says when the child was told what was decided; of signed plans</translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>avvikelser daterade i perioden. Per organisation: avvikelser som gäller den organisationen; av alla avvikelser</source>
        <translation>deviations dated in the period. Per organisation: deviations concerning that organisation; of all deviations</translation>
    </message>
    <message>
        <source>Avvikelser: uteblev från mötet</source>
        <translation>Deviations: did not attend the meeting</translation>
    </message>
    <message>
        <source>avvikelser av slaget ”Uteblev från mötet” daterade i perioden; av alla avvikelser</source>
        <translation>deviations of the kind “Did not attend the meeting” dated in the period; of all deviations</translation>
    </message>
    <message>
        <source>Avvikelser: åtagande ej utfört</source>
        <translation>Deviations: commitment not carried out</translation>
    </message>
    <message>
        <source>avvikelser av slaget ”Åtagande ej utfört” daterade i perioden; av alla avvikelser</source>
        <translation>deviations of the kind “Commitment not carried out” dated in the period; of all deviations</translation>
    </message>
    <message>
        <source>Avvikelser: bemötande</source>
        <translation>Deviations: treatment</translation>
    </message>
    <message>
        <source>avvikelser av slaget ”Bemötande” daterade i perioden; av alla avvikelser</source>
        <translation>deviations of the kind “Treatment” dated in the period; of all deviations</translation>
    </message>
    <message>
        <source>Avvikelser: annan avvikelse</source>
        <translation>Deviations: other deviation</translation>
    </message>
    <message>
        <source>avvikelser av slaget ”Annan avvikelse” daterade i perioden; av alla avvikelser</source>
        <translation>deviations of the kind “Other deviation” dated in the period; of all deviations</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Adress och rum, t.ex. Kommunhuset, rum 3</source>
        <translation>Address and room, e.g. the town hall, room 3</translation>
    </message>
    <message>
        <source>&amp;Videolänk</source>
        <translation>&amp;Video link</translation>
    </message>
    <message>
        <source>Länken deltagarna klickar på</source>
        <translation>The link the participants click</translation>
    </message>
    <message>
        <source>&amp;Ringa in</source>
        <translation>&amp;Dial in</translation>
    </message>
    <message>
        <source>Telefonnummer och kod att ringa in med</source>
        <translation>Phone number and code to dial in with</translation>
    </message>
    <message>
        <source>(inte angiven)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Ändra möte</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <source>Sparar mötet; de inbjudna kallas sedan från ärendet</source>
        <translation>Saves the meeting; the invited are then summoned from the case</translation>
    </message>
    <message>
        <source>Boka mötet</source>
        <translation>Book the meeting</translation>
    </message>
    <message>
        <source>Spara ändringarna</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ställ &amp;in mötet…</source>
        <translation>&amp;Cancel the meeting…</translation>
    </message>
    <message>
        <source>Ställer in mötet efter en fråga; de inbjudna behöver få veta</source>
        <translation>Cancels the meeting after asking; the invited need to be told</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Första SIP-möte, uppföljning eller förmöte</source>
        <translation>First SIP meeting, follow-up or preparatory meeting</translation>
    </message>
    <message>
        <source>Mötets datum; en helgdag ger en varning</source>
        <translation>The meeting&apos;s date; a public holiday gives a warning</translation>
    </message>
    <message>
        <source>När mötet börjar</source>
        <translation>When the meeting starts</translation>
    </message>
    <message>
        <source>När mötet slutar</source>
        <translation>When the meeting ends</translation>
    </message>
    <message>
        <source>På plats, på distans eller både och</source>
        <translation>In person, remote or both</translation>
    </message>
    <message>
        <source>Lokal och adress, eller länk till distansmötet</source>
        <translation>Room and address, or the link to the remote meeting</translation>
    </message>
    <message>
        <source>Vad mötet ska leda till; står i kallelsen</source>
        <translation>What the meeting is for; shown in the summons</translation>
    </message>
    <message>
        <source>Sammankallande</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>Verksamheten som kallar till mötet</source>
        <translation>The service that convenes the meeting</translation>
    </message>
    <message>
        <source>&amp;Typ av möte</source>
        <translation>&amp;Kind of meeting</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Börjar</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>&amp;Slutar</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Sa&amp;mmankallande</source>
        <translation>Co&amp;nvener</translation>
    </message>
    <message>
        <source>S&amp;yfte / frågeställning</source>
        <translation>P&amp;urpose / question</translation>
    </message>
    <message>
        <source>Utan syfte används ärendets frågeställning.</source>
        <translation>Without a purpose, the case&apos;s question is used.</translation>
    </message>
    <message>
        <source>Ställ in mötet</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>Varför ställs mötet in? (sparas i ärendets historik)</source>
        <translation>Why is the meeting cancelled? (kept in the case&apos;s history)</translation>
    </message>
</context>
<context>
    <name>MeetingEnd</name>
    <message>
        <source>Avsluta mötet</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>1. Klart för underskrift?</source>
        <translation>1. Ready for signing?</translation>
    </message>
    <message>
        <source>2. Nästa uppföljning</source>
        <translation>2. Next follow-up</translation>
    </message>
    <message>
        <source>3. Underskrifter</source>
        <translation>3. Signatures</translation>
    </message>
    <message>
        <source>4. Skriv ut</source>
        <translation>4. Print</translation>
    </message>
    <message>
        <source>Tillbaka till protokollet</source>
        <translation>Back to the minutes</translation>
    </message>
    <message>
        <source>Dagen för uppföljningsmötet</source>
        <translation>The day of the follow-up meeting</translation>
    </message>
    <message>
        <source>Uppföljningens datum</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>När uppföljningsmötet börjar</source>
        <translation>When the follow-up meeting starts</translation>
    </message>
    <message>
        <source>Uppföljningen börjar</source>
        <translation>Follow-up starts</translation>
    </message>
    <message>
        <source>När uppföljningsmötet slutar</source>
        <translation>When the follow-up meeting ends</translation>
    </message>
    <message>
        <source>Uppföljningen slutar</source>
        <translation>Follow-up ends</translation>
    </message>
    <message>
        <source>Var uppföljningsmötet hålls</source>
        <translation>Where the follow-up meeting is held</translation>
    </message>
    <message>
        <source>Uppföljningens plats</source>
        <translation>Follow-up place</translation>
    </message>
    <message>
        <source>Plats, länk eller nummer att ringa</source>
        <translation>Place, link or number to call</translation>
    </message>
    <message>
        <source>Boka uppföljningen</source>
        <translation>Book the follow-up</translation>
    </message>
    <message>
        <source>Bokar uppföljningsmötet med datum, tid och plats ovan</source>
        <translation>Books the follow-up meeting with the date, time and place above</translation>
    </message>
    <message>
        <source>Samma deltagare som i dag får kallelser, klara att skickas: de skickas inte härifrån. Den som samtycket inte täcker tas inte med.</source>
        <translation>The same participants as today get invitations, ready to send: they are not sent from here. Anyone the consent does not cover is left out.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Planen för underskrift (PDF)…</source>
        <translation>The plan for signing (PDF)…</translation>
    </message>
    <message>
        <source>Skriver planen som PDF att skriva under</source>
        <translation>Writes the plan as a PDF to sign</translation>
    </message>
    <message>
        <source>Familjens version (PDF)…</source>
        <translation>The family&apos;s version (PDF)…</translation>
    </message>
    <message>
        <source>Skriver familjens version av planen som PDF, utan interna anteckningar</source>
        <translation>Writes the family&apos;s version of the plan as a PDF, without internal notes</translation>
    </message>
    <message>
        <source>Avbryt exporten</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Planen kunde inte läsas in. {reason}</source>
        <translation>The plan could not be loaded. {reason}</translation>
    </message>
    <message>
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>{child} · {reference} · plan version {version} ({status})</source>
        <translation>{child} · {reference} · plan version {version} ({status})</translation>
    </message>
    <message>
        <source>{how} Utskriften är den låsta versionen (fingeravtryck {fingerprint}).</source>
        <translation>{how} The printout is the locked version (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Planen är inte låst ännu: en utskrift nu blir ett utkast. Registrera underskrifterna först, så får papperet planens slutliga fingeravtryck.</source>
        <translation>The plan is not locked yet: a printout now is a draft. Record the signatures first, so the paper gets the plan&apos;s final fingerprint.</translation>
    </message>
    <message>
        <source>Bokad: {meeting}.</source>
        <translation>Booked: {meeting}.</translation>
    </message>
    <message>
        <source>Ändra bokningen</source>
        <translation>Change the booking</translation>
    </message>
    <message>
        <source>Ingen uppföljning är bokad ännu.</source>
        <translation>No follow-up is booked yet.</translation>
    </message>
    <message>
        <source>Uppföljningen är bokad: {meeting}.</source>
        <translation>The follow-up is booked: {meeting}.</translation>
    </message>
    <message>
        <source>Kallelser är förberedda till {count} deltagare (inte skickade än): {names}.</source>
        <translation>Invitations are prepared for {count} participants (not sent yet): {names}.</translation>
    </message>
    <message>
        <source>Redan på listan: {names}.</source>
        <translation>Already on the list: {names}.</translation>
    </message>
    <message>
        <source>Inte inbjudna: {list}</source>
        <translation>Not invited: {list}</translation>
    </message>
    <message>
        <source>Spara familjens version som PDF</source>
        <translation>Save the family&apos;s version as PDF</translation>
    </message>
    <message>
        <source>Spara planen som PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <source>Skapar PDF …</source>
        <translation>Creating the PDF …</translation>
    </message>
    <message>
        <source>Avbryter exporten …</source>
        <translation>Cancelling the export …</translation>
    </message>
    <message>
        <source>Sparad: {path} (plan version {version} · {fingerprint})</source>
        <translation>Saved: {path} (plan version {version} · {fingerprint})</translation>
    </message>
    <message>
        <source>Exporten avbröts.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>PDF:en sparades inte. {reason}</source>
        <translation>The PDF was not saved. {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Förmöte</source>
        <translation>Pre-meeting</translation>
    </message>
    <message>
        <source>SIP-möte</source>
        <translation>SIP meeting</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>På plats</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Mötesläge</source>
        <translation>Meeting mode</translation>
    </message>
</context>
<context>
    <name>MeetingProblem</name>
    <message>
        <source>Mötet måste sluta efter att det börjar.</source>
        <translation>The meeting must end after it starts.</translation>
    </message>
    <message>
        <source>Skriv mötets syfte: vilken fråga ska SIP-mötet besvara?</source>
        <translation>Write the meeting&apos;s purpose: what question is the SIP meeting to answer?</translation>
    </message>
    <message>
        <source>Skriv länken till videomötet.</source>
        <translation>Write the link to the video meeting.</translation>
    </message>
    <message>
        <source>Skriv var mötet hålls.</source>
        <translation>Write where the meeting is held.</translation>
    </message>
    <message>
        <source>Datumet {date} har redan varit. Stämmer det?</source>
        <translation>The date {date} has already passed. Is that right?</translation>
    </message>
    <message>
        <source>{day} är {off}. Stämmer datumet?</source>
        <translation>{day} is {off}. Is the date right?</translation>
    </message>
    <message>
        <source>Mötet varar i {duration}, längre än en arbetsdag. Stämmer tiderna?</source>
        <translation>The meeting lasts {duration}, longer than a working day. Are the times right?</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>{kind} (datum ej satt)</source>
        <translation>{kind} (no date set)</translation>
    </message>
    <message>
        <source>{kind} {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <source>{kind} {date} kl. {start}</source>
        <translation>{kind} {date}, {start}</translation>
    </message>
    <message>
        <source>{kind} {date} kl. {start}–{end}</source>
        <translation>{kind} {date}, {start}–{end}</translation>
    </message>
    <message>
        <source>1 dag sen</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>{days} dagar sen</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>{phone} (växel)</source>
        <translation>{phone} (switchboard)</translation>
    </message>
    <message>
        <source>1 timme</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>{n} timmar</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>{hours} och {minutes} minuter</source>
        <translation>{hours} and {minutes} minutes</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Initiativtagare</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>Mötesledare</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Samordningsansvarig</source>
        <translation>Coordinating lead</translation>
    </message>
    <message>
        <source>initiativtagare</source>
        <translation>initiator</translation>
    </message>
    <message>
        <source>mötesledare</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>samordningsansvarig</source>
        <translation>coordinating lead</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Yrke</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nätverket</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>Välj en person ur katalogen att lägga till i nätverket</source>
        <translation>Choose a person from the directory to add to the network</translation>
    </message>
    <message>
        <source>Person ur katalogen</source>
        <translation>Person from the directory</translation>
    </message>
    <message>
        <source>Lägg till i nätverket</source>
        <translation>Add to the network</translation>
    </message>
    <message>
        <source>Lägger till personen som är vald ur katalogen</source>
        <translation>Adds the person chosen from the directory</translation>
    </message>
    <message>
        <source>Ny person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Lägger till en ny person i katalogen och i nätverket</source>
        <translation>Adds a new person to the directory and the network</translation>
    </message>
    <message>
        <source>Ta bort ur nätverket</source>
        <translation>Remove from the network</translation>
    </message>
    <message>
        <source>Tar bort personen som är vald i tabellen ur nätverket</source>
        <translation>Removes the person selected in the table from the network</translation>
    </message>
    <message>
        <source>Roller i ärendet</source>
        <translation>Roles in the case</translation>
    </message>
    <message>
        <source>Vem i nätverket som har rollen; sparas när du väljer</source>
        <translation>Who in the network has the role; saved when you choose</translation>
    </message>
    <message>
        <source>(ingen vald)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <source>Välj en person i registret först.</source>
        <translation>Choose a person from the directory first.</translation>
    </message>
    <message>
        <source>Välj personen som ska tas bort i listan.</source>
        <translation>Select the person to remove in the list.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>(ingen organisation vald)</source>
        <translation>(no organisation chosen)</translation>
    </message>
    <message>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Behov av samordning har upptäckts. Skriv vem som väckte behovet, vad SIP:en ska hjälpa till med och vilket barn det gäller.</source>
        <translation>A need for coordination has been found. Write who raised the need, what the SIP should help with and which child it concerns.</translation>
    </message>
    <message>
        <source>Verksamheten som väckte frågan om SIP</source>
        <translation>The organisation that raised the need for a SIP</translation>
    </message>
    <message>
        <source>Funktionen hos den som väckte frågan, till exempel mentor</source>
        <translation>The role of the person who raised it, for example mentor</translation>
    </message>
    <message>
        <source>till exempel mentor, kurator eller vårdnadshavare</source>
        <translation>for example mentor, school counsellor or guardian</translation>
    </message>
    <message>
        <source>Frågan som SIP:en ska besvara, gärna med familjens ord</source>
        <translation>The question the SIP is to answer, preferably in the family&apos;s words</translation>
    </message>
    <message>
        <source>Vad ska SIP:en hjälpa till med?</source>
        <translation>What should the SIP help with?</translation>
    </message>
    <message>
        <source>Barnets personnummer, ÅÅÅÅMMDD-NNNN, om det är känt</source>
        <translation>The child&apos;s personal identity number, YYYYMMDD-NNNN, if known</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <source>Väckt av organisation</source>
        <translation>Raised by organisation</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Frågeställning</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Barnets förnamn</source>
        <translation>The child&apos;s first name</translation>
    </message>
    <message>
        <source>Barnets efternamn</source>
        <translation>The child&apos;s surname</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Skapa ärende</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Öppnar ärendena…</source>
        <translation>Opening the cases…</translation>
    </message>
    <message>
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Förskola</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Socialtjänst</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>LSS</source>
        <translation>LSS</translation>
    </message>
    <message>
        <source>BUP</source>
        <translation>CAMHS (BUP)</translation>
    </message>
    <message>
        <source>Habilitering</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <source>Primärvård</source>
        <translation>Primary care</translation>
    </message>
    <message>
        <source>Ungdomsmottagning</source>
        <translation>Youth clinic</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>OrganisationDirectory</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Funktionsbrevlåda</source>
        <translation>Shared mailbox</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Person med mandat att fatta beslut</source>
        <translation>Person with the mandate to make decisions</translation>
    </message>
    <message>
        <source>Katalogens organisationer; välj en för att ändra den</source>
        <translation>The organisations of the directory; choose one to change it</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Lägger till en tom organisation att fylla i</source>
        <translation>Adds an empty organisation to fill in</translation>
    </message>
    <message>
        <source>Importera katalog…</source>
        <translation>Import directory…</translation>
    </message>
    <message>
        <source>Läs in verksamheter och personer från en CSV- eller XLSX-fil</source>
        <translation>Read services and people from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Vilket slags verksamhet, till exempel skola eller BUP</source>
        <translation>What kind of service, for example school or CAMHS (BUP)</translation>
    </message>
    <message>
        <source>Huvudmannen: region, kommun eller enskild</source>
        <translation>The responsible authority: region, municipality or private</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <source>Sparas när du lämnar fältet</source>
        <translation>Saved when you leave the field</translation>
    </message>
    <message>
        <source>till exempel bup.norrby@exempel.se</source>
        <translation>for example bup.norrby@example.se</translation>
    </message>
    <message>
        <source>Namn och befattning</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <source>Personer i organisationen</source>
        <translation>People in the organisation</translation>
    </message>
    <message>
        <source>Yrke</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ny person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Lägger till en person i vald organisation</source>
        <translation>Adds a person to the chosen organisation</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ändrar den person som är vald i listan</source>
        <translation>Changes the person selected in the list</translation>
    </message>
    <message>
        <source>Ändringar sparas när du lämnar fältet. ”BUP” är en organisation, inte ett yrke: ange yrket för varje person.</source>
        <translation>Changes are saved when you leave the field. “CAMHS (BUP)” is an organisation, not a profession: give each person&apos;s profession.</translation>
    </message>
</context>
<context>
    <name>OwnerProblem</name>
    <message>
        <source>Samordningsansvarig saknas. Utse en namngiven person från hälso- och sjukvården eller socialtjänsten som har huvudansvaret för planen.</source>
        <translation>No coordinating lead. Name a person from health care or social services who has the main responsibility for the plan.</translation>
    </message>
    <message>
        <source>Den som är angiven som samordningsansvarig finns inte bland ärendets deltagare. Välj en person i nätverket.</source>
        <translation>The person named as coordinating lead is not among the case&apos;s participants. Choose a person in the network.</translation>
    </message>
    <message>
        <source>Samordningsansvarig {name} saknar känd verksamhet. Ange vilken verksamhet personen arbetar i, så att det syns att den hör till hälso- och sjukvården eller socialtjänsten.</source>
        <translation>The coordinating lead {name} has no known service. Give the service the person works in, so that it shows they belong to health care or social services.</translation>
    </message>
    <message>
        <source>Samordningsansvarig {name} arbetar i {organisation} ({kind}). Samordningsansvarig ska komma från hälso- och sjukvården eller socialtjänsten.</source>
        <translation>The coordinating lead {name} works at {organisation} ({kind}). The coordinating lead must come from health care or social services.</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>Deltar i hela mötet</source>
        <translation>Takes part in the whole meeting</translation>
    </message>
    <message>
        <source>Deltar i en del av mötet</source>
        <translation>Takes part in part of the meeting</translation>
    </message>
    <message>
        <source>Genom ett brev</source>
        <translation>Through a letter</translation>
    </message>
    <message>
        <source>Genom en stödperson</source>
        <translation>Through a support person</translation>
    </message>
    <message>
        <source>Deltar inte</source>
        <translation>Does not take part</translation>
    </message>
    <message>
        <source>Inte bestämt</source>
        <translation>Not decided</translation>
    </message>
</context>
<context>
    <name>ParticipationTab</name>
    <message>
        <source>Varför deltar barnet inte? Hur hörs barnets röst ändå?</source>
        <translation>Why is the child not taking part? How is the child&apos;s voice heard all the same?</translation>
    </message>
    <message>
        <source>Vem hjälper barnet med brevet, och vem läser upp det?</source>
        <translation>Who helps the child with the letter, and who reads it out?</translation>
    </message>
    <message>
        <source>Vem är stödpersonen?</source>
        <translation>Who is the support person?</translation>
    </message>
    <message>
        <source>Vilken del av mötet är barnet med på?</source>
        <translation>Which part of the meeting does the child attend?</translation>
    </message>
    <message>
        <source>Kommentar om barnets delaktighet</source>
        <translation>Comment on the child&apos;s participation</translation>
    </message>
    <message>
        <source>Hur vill barnet vara med? Barnet ska kunna påverka vem som bjuds in och hur barnets röst kommer fram på mötet.</source>
        <translation>How does the child want to take part? The child should be able to influence who is invited and how the child&apos;s voice is heard at the meeting.</translation>
    </message>
    <message>
        <source>Hur barnet deltar i SIP-mötet; välj ett av alternativen</source>
        <translation>How the child takes part in the SIP meeting; choose one of the options</translation>
    </message>
    <message>
        <source>Anteckning om barnets delaktighet</source>
        <translation>Note on the child&apos;s participation</translation>
    </message>
    <message>
        <source>Hur barnet fick säga sitt och vad barnet önskar</source>
        <translation>How the child had a say and what the child wishes</translation>
    </message>
    <message>
        <source>delaktighet</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>kommentar om delaktighet</source>
        <translation>comment on participation</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Lösenfrasen är för kort. Välj en lösenfras med minst 10 tecken.</source>
        <translation>The passphrase is too short. Choose a passphrase of at least 10 characters.</translation>
    </message>
    <message>
        <source>Lösenfrasen får inte bara bestå av mellanslag. Välj en lösenfras med ord i.</source>
        <translation>The passphrase must not be only spaces. Choose a passphrase with words in it.</translation>
    </message>
    <message>
        <source>Lösenfraserna var inte likadana. Skriv samma lösenfras två gånger.</source>
        <translation>The passphrases were not the same. Type the same passphrase twice.</translation>
    </message>
</context>
<context>
    <name>PeopleDialogs</name>
    <message>
        <source>(ingen organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Vårdnadshavarens för- och efternamn</source>
        <translation>The guardian&apos;s first name and surname</translation>
    </message>
    <message>
        <source>Vårdnadshavarens personnummer, ÅÅÅÅMMDD-NNNN, om det behövs</source>
        <translation>The guardian&apos;s personal identity number, YYYYMMDD-NNNN, if needed</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <source>Telefonnummer dit kallelser och frågor kan gå</source>
        <translation>Phone number for summonses and questions</translation>
    </message>
    <message>
        <source>E-postadress dit kallelser kan gå</source>
        <translation>E-mail address for summonses</translation>
    </message>
    <message>
        <source>Postadress för brev och kallelser</source>
        <translation>Postal address for letters and summonses</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till vårdnadshavare</source>
        <translation>Add a guardian</translation>
    </message>
    <message>
        <source>Ändra vårdnadshavare</source>
        <translation>Change a guardian</translation>
    </message>
    <message>
        <source>Person i nätverket</source>
        <translation>Person in the network</translation>
    </message>
    <message>
        <source>Personens för- och efternamn</source>
        <translation>The person&apos;s first name and surname</translation>
    </message>
    <message>
        <source>Personens yrke, till exempel kurator</source>
        <translation>The person&apos;s profession, for example school counsellor</translation>
    </message>
    <message>
        <source>till exempel psykolog, kurator, mentor</source>
        <translation>for example psychologist, school counsellor, mentor</translation>
    </message>
    <message>
        <source>Organisationen i katalogen där personen arbetar</source>
        <translation>The organisation in the directory where the person works</translation>
    </message>
    <message>
        <source>Personens telefonnummer i tjänsten</source>
        <translation>The person&apos;s work phone number</translation>
    </message>
    <message>
        <source>Personens e-postadress i tjänsten</source>
        <translation>The person&apos;s work e-mail address</translation>
    </message>
    <message>
        <source>Yrke</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Denna månad</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Förra kvartalet</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Senaste tolv månaderna</source>
        <translation>Last twelve months</translation>
    </message>
    <message>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Den första dagen som räknas med. Skriv ett datum eller välj i kalendern; statistiken räknas om när du slutar skriva.</source>
        <translation>The first day included. Type a date or pick one in the calendar; the statistics are counted again when you stop typing.</translation>
    </message>
    <message>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Den sista dagen som räknas med, inte före den första. Skriv ett datum eller välj i kalendern.</source>
        <translation>The last day included, not before the first. Type a date or pick one in the calendar.</translation>
    </message>
    <message>
        <source>Båda dagarna räknas med. Skriv ett datum eller välj i kalendern.</source>
        <translation>Both days are included. Type a date or pick one in the calendar.</translation>
    </message>
    <message>
        <source>&amp;Från</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Period: {choice}</source>
        <translation>Period: {choice}</translation>
    </message>
    <message>
        <source>Välj perioden {choice}</source>
        <translation>Choose the period {choice}</translation>
    </message>
    <message>
        <source>Sätter datumen till {choice} och räknar om statistiken direkt</source>
        <translation>Sets the dates to {choice} and counts the statistics again at once</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Nuläge</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>Hur är det nu, hemma, i skolan och på fritiden? Skriv kort vad som fungerar och vad som är svårt.</source>
        <translation>How are things now, at home, at school and in free time? Write briefly what works and what is hard.</translation>
    </message>
    <message>
        <source>Barnets röst – Vad är viktigt för dig?</source>
        <translation>The child&apos;s voice – What matters to you?</translation>
    </message>
    <message>
        <source>Vad tycker barnet själv? Skriv med barnets egna ord, även om barnet inte är med på mötet.</source>
        <translation>What does the child think? Write in the child&apos;s own words, even if the child is not at the meeting.</translation>
    </message>
    <message>
        <source>Hur vill barnet och familjen att det ska vara om ett eller ett par år?</source>
        <translation>How do the child and the family want things to be in a year or two?</translation>
    </message>
    <message>
        <source>Vad är barnet bra på? Vilka personer och saker hjälper redan?</source>
        <translation>What is the child good at? Which people and things already help?</translation>
    </message>
    <message>
        <source>Vad står i vägen för att det ska bli bättre?</source>
        <translation>What stands in the way of things getting better?</translation>
    </message>
    <message>
        <source>Hur är det nu? Skriv kort vad som fungerar och vad som är svårt.</source>
        <translation>How are things now? Write briefly what works and what is hard.</translation>
    </message>
    <message>
        <source>Önskemål på lång sikt</source>
        <translation>Long-term wishes</translation>
    </message>
    <message>
        <source>Hur vill barnet och familjen att det ska vara längre fram?</source>
        <translation>How do the child and the family want things to be further ahead?</translation>
    </message>
    <message>
        <source>Resurser</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Vad är barnet bra på, och vad hjälper redan?</source>
        <translation>What is the child good at, and what already helps?</translation>
    </message>
    <message>
        <source>Hinder</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Vad står i vägen?</source>
        <translation>What stands in the way?</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Undertecknad</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fingeravtryck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Originalet hos</source>
        <translation>Original kept by</translation>
    </message>
    <message>
        <source>Kopior</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Spara planen som PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <source>Spara familjens version som PDF</source>
        <translation>Save the family&apos;s version as PDF</translation>
    </message>
    <message>
        <source>Spara närvarolistan som PDF</source>
        <translation>Save the attendance list as PDF</translation>
    </message>
    <message>
        <source>Ingen angiven</source>
        <translation>None given</translation>
    </message>
    <message>
        <source>Planversioner</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <source>Exportera planen (PDF)…</source>
        <translation>Export the plan (PDF)…</translation>
    </message>
    <message>
        <source>Familjens version (PDF)…</source>
        <translation>Family&apos;s version (PDF)…</translation>
    </message>
    <message>
        <source>Närvarolista (PDF)…</source>
        <translation>Attendance list (PDF)…</translation>
    </message>
    <message>
        <source>Skriver en närvarolista för mötet som PDF</source>
        <translation>Writes an attendance list for the meeting as a PDF</translation>
    </message>
    <message>
        <source>Ny planversion</source>
        <translation>New plan version</translation>
    </message>
    <message>
        <source>Registrera underskrifter…</source>
        <translation>Record signatures…</translation>
    </message>
    <message>
        <source>För en plan som skrevs under på papper efter mötet: vem skrev under, hur och när</source>
        <translation>For a plan signed on paper after the meeting: who signed, how and when</translation>
    </message>
    <message>
        <source>Utskick av den valda versionen</source>
        <translation>Copies sent of the selected version</translation>
    </message>
    <message>
        <source>Till vem, t.ex. Maria Lind eller BUP Norrby</source>
        <translation>To whom, e.g. Maria Lind or BUP Norrby</translation>
    </message>
    <message>
        <source>Registrera utskick</source>
        <translation>Record a copy sent</translation>
    </message>
    <message>
        <source>Originalet förvaras hos</source>
        <translation>The original is kept by</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Hur</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Originalet förvaras av</source>
        <translation>Original kept by</translation>
    </message>
    <message>
        <source>Avslut eller fortsatt SIP</source>
        <translation>Close or continue the SIP</translation>
    </message>
    <message>
        <source>Avsluta ärendet…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <source>Fortsätt med ny planversion</source>
        <translation>Continue with a new plan version</translation>
    </message>
    <message>
        <source>Uppföljningen är gjord. Avsluta ärendet med ett skäl, eller fortsätt med en ny version av planen och ett nytt möte.</source>
        <translation>The follow-up is done. Close the case with a reason, or continue with a new version of the plan and a new meeting.</translation>
    </message>
    <message>
        <source>Utkast: inte undertecknad ännu.</source>
        <translation>Draft: not signed yet.</translation>
    </message>
    <message>
        <source>Utskicket av plan version {version} är registrerat.</source>
        <translation>The copy of plan version {version} sent is recorded.</translation>
    </message>
    <message>
        <source>Det är sparat var originalet förvaras.</source>
        <translation>Where the original is kept is saved.</translation>
    </message>
    <message>
        <source>Plan version {version} är undertecknad och låst.</source>
        <translation>Plan version {version} is signed and locked.</translation>
    </message>
    <message>
        <source>En ny planversion är påbörjad.</source>
        <translation>A new plan version has been started.</translation>
    </message>
    <message>
        <source>Ärendet är avslutat.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>SIP:en fortsätter: ärendet är tillbaka i steget Möte, med en ny planversion.</source>
        <translation>The SIP continues: the case is back in the stage Meeting, with a new plan version.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} personer</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>Justerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Papper</source>
        <translation>Paper</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Dina uppgifter</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>&lt;b&gt;Välkommen!&lt;/b&gt; Skriv dina egna kontaktuppgifter en gång. De står sedan i kallelser och andra brev, så att familjer och verksamheter kan svara dig. Du kan ändra dem under Arkiv → Inställningar.</source>
        <translation>&lt;b&gt;Welcome!&lt;/b&gt; Write your own contact details once. They then appear in invitations and other letters, so that families and services can answer you. You can change them under File → Settings.</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Senare</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>SIP-samordnare</source>
        <translation>SIP coordinator</translation>
    </message>
    <message>
        <source>Förnamn Efternamn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Ditt namn, som det står i kallelserna</source>
        <translation>Your name, as shown in the summonses</translation>
    </message>
    <message>
        <source>Din titel, som den står i kallelserna</source>
        <translation>Your job title, as shown in the summonses</translation>
    </message>
    <message>
        <source>Organisationen du arbetar för; står i kallelserna</source>
        <translation>The organisation you work for; shown in the summonses</translation>
    </message>
    <message>
        <source>till exempel Norrby kommun</source>
        <translation>for example Norrby municipality</translation>
    </message>
    <message>
        <source>Skriv namnet, eller välj en organisation ur katalogen.</source>
        <translation>Type the name, or choose an organisation from the directory.</translation>
    </message>
    <message>
        <source>till exempel 08-123 456 78</source>
        <translation>for example 08-123 456 78</translation>
    </message>
    <message>
        <source>Telefonnummer dit de kallade kan ringa</source>
        <translation>Phone number the invited can call</translation>
    </message>
    <message>
        <source>till exempel namn@kommun.se</source>
        <translation>for example name@municipality.se</translation>
    </message>
    <message>
        <source>E-postadress dit de kallade kan svara</source>
        <translation>E-mail address the invited can reply to</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Uppgifterna skrivs i kallelser, e-post, familjens version av planen och avvikelserapporter, så att familjer och verksamheter når dig.</source>
        <translation>The details are written in invitations, e-mails, the family&apos;s version of the plan and deviation reports, so that families and services can reach you.</translation>
    </message>
</context>
<context>
    <name>ProfileProblem</name>
    <message>
        <source>Namnet får vara högst {limit} tecken.</source>
        <translation>The name may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Titeln får vara högst {limit} tecken.</source>
        <translation>The title may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Organisationens namn får vara högst {limit} tecken.</source>
        <translation>The organisation&apos;s name may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Telefonnumret får vara högst {limit} tecken.</source>
        <translation>The phone number may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>E-postadressen får vara högst {limit} tecken.</source>
        <translation>The e-mail address may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Skriv ditt namn, så att familjer och verksamheter vet vem de ska svara till.</source>
        <translation>Write your name, so that families and services know whom to answer.</translation>
    </message>
    <message>
        <source>”{phone}” ser inte ut som ett telefonnummer: skriv bara siffror, mellanslag, bindestreck och +.</source>
        <translation>“{phone}” does not look like a phone number: use only digits, spaces, hyphens and +.</translation>
    </message>
    <message>
        <source>”{phone}” är för kort för ett telefonnummer.</source>
        <translation>“{phone}” is too short for a phone number.</translation>
    </message>
    <message>
        <source>”{email}” ser inte ut som en e-postadress (till exempel namn@kommun.se).</source>
        <translation>“{email}” does not look like an e-mail address (for example name@municipality.se).</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>Internt – visas inte på skärmen</source>
        <translation>Internal – not shown on the screen</translation>
    </message>
    <message>
        <source>Närvaro och formalia</source>
        <translation>Attendance and formalities</translation>
    </message>
    <message>
        <source>Vilka är med? Stäm av samtycke, samordningsansvarig, mötesledare och sekreterare.</source>
        <translation>Who is here? Check the consent, the coordinating lead, the chair and the note-taker.</translation>
    </message>
    <message>
        <source>Samtycket är bekräftat och gäller de verksamheter som är här</source>
        <translation>The consent is confirmed and covers the services present</translation>
    </message>
    <message>
        <source>Kryssa i när samtycket är stämt av med de närvarande</source>
        <translation>Tick when the consent has been checked with those present</translation>
    </message>
    <message>
        <source>Samordningsansvarig</source>
        <translation>Coordinating lead</translation>
    </message>
    <message>
        <source>Mötesledare</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Om personen är på mötet; sparas när du väljer</source>
        <translation>Whether the person is at the meeting; saved when you choose</translation>
    </message>
    <message>
        <source>Närvaro: {name}</source>
        <translation>Attendance: {name}</translation>
    </message>
    <message>
        <source>Ingen är kallad till mötet ännu.</source>
        <translation>Nobody is invited to the meeting yet.</translation>
    </message>
    <message>
        <source>Välj en av de kallade; sparas när du väljer</source>
        <translation>Choose one of the invited; saved when you choose</translation>
    </message>
    <message>
        <source>– Välj –</source>
        <translation>– Choose –</translation>
    </message>
    <message>
        <source>Visar ett fält för anteckningar som inte syns på väggskärmen</source>
        <translation>Shows a field for notes that are not shown on the wall screen</translation>
    </message>
    <message>
        <source>{internal}. Anteckningen följer inte med i planen.</source>
        <translation>{internal}. The note does not go into the plan.</translation>
    </message>
    <message>
        <source>Insatser: vem gör vad och när</source>
        <translation>Actions: who does what and when</translation>
    </message>
    <message>
        <source>En rad per insats: mål, insats, ansvarig organisation, namngiven person och när. Tab till nästa ruta, Enter i sista rutan ger en ny rad.</source>
        <translation>One row per action: goal, action, responsible organisation, named person and when. Tab to the next cell; Enter in the last cell gives a new row.</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>En rad per insats: mål, insats, ansvarig organisation, person och när.</source>
        <translation>One row per action: goal, action, responsible organisation, person and when.</translation>
    </message>
    <message>
        <source>Ny rad</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Lägger till en insats i tabellen ovan</source>
        <translation>Adds an action to the table above</translation>
    </message>
    <message>
        <source>Ta bort raden</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Tar bort den valda insatsen ur tabellen</source>
        <translation>Removes the chosen action from the table</translation>
    </message>
    <message>
        <source>Uppföljning av förra planen</source>
        <translation>Review of the previous plan</translation>
    </message>
    <message>
        <source>Gå igenom varje åtagande: genomfört, delvis eller inte – och varför. Behålls, ändras eller avslutas målet?</source>
        <translation>Go through each commitment: done, partly or not – and why. Is the goal kept, changed or closed?</translation>
    </message>
    <message>
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Datum och plats för uppföljningen. Den bokas direkt.</source>
        <translation>Date and place of the follow-up. It is booked at once.</translation>
    </message>
    <message>
        <source>Inte bokad</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <source>Dagen för nästa uppföljning</source>
        <translation>The day of the next follow-up</translation>
    </message>
    <message>
        <source>Nästa uppföljning, datum</source>
        <translation>Next follow-up, date</translation>
    </message>
    <message>
        <source>Var nästa uppföljning hålls</source>
        <translation>Where the next follow-up is held</translation>
    </message>
    <message>
        <source>Nästa uppföljning, plats</source>
        <translation>Next follow-up, place</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Efter mötet: så fick barnet veta</source>
        <translation>After the meeting: how the child was told</translation>
    </message>
    <message>
        <source>Fylls i efteråt: när och av vem barnet fick veta vad som bestämdes och hur barnets åsikter vägdes in.</source>
        <translation>Filled in afterwards: when and by whom the child was told what was decided and how the child&apos;s views were taken into account.</translation>
    </message>
    <message>
        <source>Inte ännu</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Dagen då barnet fick veta vad mötet kom fram till</source>
        <translation>The day the child was told what the meeting decided</translation>
    </message>
    <message>
        <source>Datum då barnet fick veta</source>
        <translation>Date the child was told</translation>
    </message>
    <message>
        <source>Den som berättade för barnet</source>
        <translation>The person who told the child</translation>
    </message>
    <message>
        <source>Av vem barnet fick veta</source>
        <translation>Who told the child</translation>
    </message>
    <message>
        <source>Av vem</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hur barnet fick veta, till exempel samtal eller brev</source>
        <translation>How the child was told, for example in a talk or a letter</translation>
    </message>
    <message>
        <source>Hur barnet fick veta</source>
        <translation>How the child was told</translation>
    </message>
    <message>
        <source>Hur barnet fick veta, och hur barnets åsikter vägdes in</source>
        <translation>How the child was told, and how the child&apos;s views were taken into account</translation>
    </message>
</context>
<context>
    <name>QuestionTab</name>
    <message>
        <source>Frågan som SIP:en ska besvara, gärna med familjens ord</source>
        <translation>The question the SIP is to answer, preferably in the family&apos;s words</translation>
    </message>
    <message>
        <source>Vilken fråga ska SIP:en besvara?</source>
        <translation>Which question should the SIP answer?</translation>
    </message>
    <message>
        <source>Dagen då behovet av en SIP upptäcktes; tidsfristerna räknas härifrån</source>
        <translation>The day the need for a SIP was found; the deadlines count from here</translation>
    </message>
    <message>
        <source>Verksamheten som väckte frågan om SIP</source>
        <translation>The organisation that raised the need for a SIP</translation>
    </message>
    <message>
        <source>(ingen organisation vald)</source>
        <translation>(no organisation chosen)</translation>
    </message>
    <message>
        <source>Funktionen hos den som väckte frågan, till exempel mentor</source>
        <translation>The role of the person who raised it, for example mentor</translation>
    </message>
    <message>
        <source>till exempel mentor eller kurator</source>
        <translation>for example mentor or school counsellor</translation>
    </message>
    <message>
        <source>Den som samordnar ärendet</source>
        <translation>The person coordinating the case</translation>
    </message>
    <message>
        <source>Vem som samordnar ärendet</source>
        <translation>Who coordinates the case</translation>
    </message>
    <message>
        <source>Frågeställning</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Behovet upptäcktes</source>
        <translation>Need found on</translation>
    </message>
    <message>
        <source>Väckt av</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>SIP-samordnare</source>
        <translation>SIP coordinator</translation>
    </message>
    <message>
        <source>frågeställningen</source>
        <translation>the question</translation>
    </message>
    <message>
        <source>funktion</source>
        <translation>function</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>väckt av</source>
        <translation>raised by</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Kartläggning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Påbörja ny planversion</source>
        <translation>Start a new plan version</translation>
    </message>
    <message>
        <source>Kartläggningen skrivs i utkastet till plan version {version}.</source>
        <translation>The assessment is written in the draft of plan version {version}.</translation>
    </message>
    <message>
        <source>Kartläggningen sparas i ett utkast till plan när du börjar skriva.</source>
        <translation>The assessment is saved in a draft plan when you start writing.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Ärendena finns på teamservern, som kommunens IT-avdelning säkerhetskopierar. Datorn gör inga egna kopior av den.</source>
        <translation>The cases are on the team server, which the municipality&apos;s IT department backs up. This computer makes no copies of its own.</translation>
    </message>
    <message>
        <source>{problem} {name} kan inte kallas förrän samtycke finns.</source>
        <translation>{problem} {name} cannot be summoned until there is consent.</translation>
    </message>
    <message>
        <source>Samtycket omfattar inte {name}. Fråga familjen om de vill lägga till verksamheten innan en kallelse skickas.</source>
        <translation>The consent does not cover {name}. Ask the family whether they want to add the service before a summons is sent.</translation>
    </message>
    <message>
        <source>Samtycket omfattar inte {name}: {givers} har sagt nej till det. Familjens ord: ”{words}”.</source>
        <translation>The consent does not cover {name}: {givers} said no to it. The family&apos;s words: “{words}”.</translation>
    </message>
    <message>
        <source>Samtycket omfattar inte {name}: {givers} har sagt nej till det.</source>
        <translation>The consent does not cover {name}: {givers} said no to it.</translation>
    </message>
    <message>
        <source>En verksamhet kan antingen omfattas av samtycket eller vara undantagen, inte båda.</source>
        <translation>A service can either be covered by the consent or be excluded from it, not both.</translation>
    </message>
    <message>
        <source>Barnet är under {age} år och kan inte ensamt ge samtycke. Lägg till vårdnadshavarnas samtycke.</source>
        <translation>The child is under {age} and cannot consent alone. Add the guardians&apos; consent.</translation>
    </message>
    <message>
        <source>Barnets ålder är okänd, så det går inte att se om barnet kan ge samtycke ensamt (från {age} år). Skriv in barnets personnummer eller födelsedatum, eller lägg till vårdnadshavarnas samtycke.</source>
        <translation>The child&apos;s age is unknown, so it cannot be told whether the child may consent alone (from age {age}). Enter the child&apos;s personal identity number or date of birth, or add the guardians&apos; consent.</translation>
    </message>
    <message>
        <source>{what} ({value}) ligger utanför det rimliga. Skriv ett datum mellan {low} och {high}.</source>
        <translation>{what} ({value}) is not a reasonable date. Enter a date between {low} and {high}.</translation>
    </message>
    <message>
        <source>”{label}” ska vara ett heltal, inte ”{value}”.</source>
        <translation>“{label}” must be a whole number, not “{value}”.</translation>
    </message>
    <message>
        <source>”{label}” ska vara ett heltal.</source>
        <translation>“{label}” must be a whole number.</translation>
    </message>
    <message>
        <source>”{label}” ska vara mellan {low} och {high}, inte {value}.</source>
        <translation>“{label}” must be between {low} and {high}, not {value}.</translation>
    </message>
    <message>
        <source>”{label}” ska vara ja eller nej, inte ”{value}”.</source>
        <translation>“{label}” must be yes or no, not “{value}”.</translation>
    </message>
    <message>
        <source>”{label}” ska vara ja eller nej.</source>
        <translation>“{label}” must be yes or no.</translation>
    </message>
    <message>
        <source>Inställningarna kunde inte läsas.</source>
        <translation>The settings could not be read.</translation>
    </message>
    <message>
        <source>Filen saknar kolumnen ”Organisation”. Första raden ska ha rubrikerna {headings}.</source>
        <translation>The file has no “Organisation” column. The first row must have the headings {headings}.</translation>
    </message>
    <message>
        <source>Filen har inga rader att importera under rubrikraden.</source>
        <translation>The file has no rows to import below the heading row.</translation>
    </message>
    <message>
        <source>Skriv personens yrke (till exempel psykolog eller kurator). En organisation som ”BUP” är inget yrke.</source>
        <translation>Enter the person&apos;s profession (for example psychologist or school counsellor). An organisation such as “BUP” is not a profession.</translation>
    </message>
    <message>
        <source>”{text}” är en organisation, inte ett yrke. Skriv vad personen arbetar som, till exempel psykolog, kurator, mentor eller socialsekreterare.</source>
        <translation>“{text}” is an organisation, not a profession. Enter what the person works as, for example psychologist, school counsellor, mentor or social worker.</translation>
    </message>
    <message>
        <source>Mötet har inget datum ännu. Sätt datum innan kallelsen skapas.</source>
        <translation>The meeting has no date yet. Set a date before the summons is made.</translation>
    </message>
    <message>
        <source>Mötet har ingen starttid ännu. Sätt en tid innan kallelsen skapas.</source>
        <translation>The meeting has no start time yet. Set a time before the summons is made.</translation>
    </message>
    <message>
        <source>Ingen är inbjuden till mötet ännu, så det finns inga brev att skapa.</source>
        <translation>Nobody has been invited to the meeting yet, so there are no letters to make.</translation>
    </message>
    <message>
        <source>Personnumret ska vara sparat som ÅÅÅÅMMDD-NNNN; läs in det med parse_personnummer</source>
        <translation>The personal identity number must be stored as YYYYMMDD-NNNN; read it with parse_personnummer</translation>
    </message>
    <message>
        <source>Låset ska slå till efter mellan {low} och {high} minuter.</source>
        <translation>The lock must come on after between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>Gallringsfristen ska vara mellan {low} och {high} månader.</source>
        <translation>The retention period must be between {low} and {high} months.</translation>
    </message>
    <message>
        <source>Perioden slutar ({end}) innan den börjar ({start}). Byt plats på datumen.</source>
        <translation>The period ends ({end}) before it begins ({start}). Swap the dates.</translation>
    </message>
    <message>
        <source>Mallen ska vara ett JSON-objekt med id, version och namn.</source>
        <translation>The template must be a JSON object with an id, a version and a name.</translation>
    </message>
    <message>
        <source>Mallen saknar id.</source>
        <translation>The template has no id.</translation>
    </message>
    <message>
        <source>Mallen saknar namn.</source>
        <translation>The template has no name.</translation>
    </message>
    <message>
        <source>Mallens id ”{id}” får bara innehålla små bokstäver a–z, siffror och understreck, och ska börja med en bokstav.</source>
        <translation>The template&apos;s id “{id}” may contain only lower-case letters a–z, digits and underscores, and must start with a letter.</translation>
    </message>
    <message>
        <source>Mallens version ska vara ett heltal från 1 och uppåt, inte {version}.</source>
        <translation>The template&apos;s version must be a whole number from 1 upwards, not {version}.</translation>
    </message>
    <message>
        <source>{where}”{name}” ska vara text.</source>
        <translation>{where}“{name}” must be text.</translation>
    </message>
    <message>
        <source>{where}nyckel (key) saknas.</source>
        <translation>{where}the key is missing.</translation>
    </message>
    <message>
        <source>{where}{noun} ”{key}” saknar rubriktext (title).</source>
        <translation>{where}{noun} “{key}” has no heading text (title).</translation>
    </message>
    <message>
        <source>Mallen ska ha minst en rubrik under ”sections”.</source>
        <translation>The template must have at least one heading under “sections”.</translation>
    </message>
    <message>
        <source>Mallen ska ha kolumner för insatserna under ”action_columns”.</source>
        <translation>The template must have columns for the actions under “action_columns”.</translation>
    </message>
    <message>
        <source>Mallen saknar kolumnerna {columns}. Varje insats måste ha mål, insats, ansvarig organisation, ansvarig person och när.</source>
        <translation>The template lacks the columns {columns}. Every action must have a goal, an action, a responsible organisation, a responsible person and a time.</translation>
    </message>
    <message>
        <source>{where}ska vara ett objekt med key och title.</source>
        <translation>{where}must be an object with key and title.</translation>
    </message>
    <message>
        <source>{where}nyckeln ”{key}” får bara innehålla små bokstäver a–z, siffror och understreck, och ska börja med en bokstav.</source>
        <translation>{where}the key “{key}” may contain only lower-case letters a–z, digits and underscores, and must start with a letter.</translation>
    </message>
    <message>
        <source>Mallen är inte giltig JSON: fel på rad {line}, kolumn {column}.</source>
        <translation>The template is not valid JSON: error on line {line}, column {column}.</translation>
    </message>
    <message>
        <source>Mallfilen {name} ska vara sparad som UTF-8.</source>
        <translation>The template file {name} must be saved as UTF-8.</translation>
    </message>
    <message>
        <source>Mallfilen {path} kunde inte läsas.</source>
        <translation>The template file {path} could not be read.</translation>
    </message>
    <message>
        <source>Mallen ”{id}” version {version} finns redan med annat innehåll. Ge den ändrade mallen ett nytt versionsnummer, så att gamla planer visas som de skrevs.</source>
        <translation>The template “{id}” version {version} already exists with other content. Give the changed template a new version number, so that old plans are shown as they were written.</translation>
    </message>
    <message>
        <source>{where}hjälptexten ska vara text.</source>
        <translation>{where}the help text must be text.</translation>
    </message>
    <message>
        <source>Kolumn {number}: ”{key}” finns inte i planens insatsrader. Möjliga kolumner: {keys}.</source>
        <translation>Column {number}: “{key}” is not in the plan&apos;s action rows. Possible columns: {keys}.</translation>
    </message>
    <message>
        <source>Två {noun} har samma nyckel ”{key}”. Varje nyckel får bara finnas en gång.</source>
        <translation>Two {noun} have the same key “{key}”. Each key may appear only once.</translation>
    </message>
    <message>
        <source>Skriv vårdnadshavarens namn.</source>
        <translation>Enter the guardian&apos;s name.</translation>
    </message>
    <message>
        <source>Samtycket kan inte gälla till ett datum före det gavs.</source>
        <translation>The consent cannot be valid until a date before it was given.</translation>
    </message>
    <message>
        <source>Ange vem som gav samtycket: barnet och/eller vårdnadshavare.</source>
        <translation>Say who gave the consent: the child and/or a guardian.</translation>
    </message>
    <message>
        <source>Ange om samtycket är muntligt eller skriftligt.</source>
        <translation>Say whether the consent is oral or written.</translation>
    </message>
    <message>
        <source>Samtycket finns inte i ärendet.</source>
        <translation>The consent is not in the case.</translation>
    </message>
    <message>
        <source>Vårdnadshavaren hör inte till ärendet.</source>
        <translation>The guardian does not belong to the case.</translation>
    </message>
    <message>
        <source>Skriv vad kontakten gällde.</source>
        <translation>Enter what the contact was about.</translation>
    </message>
    <message>
        <source>En kontakt kan inte ha skett i framtiden.</source>
        <translation>A contact cannot have happened in the future.</translation>
    </message>
    <message>
        <source>”{key}” hör inte till kartläggningen.</source>
        <translation>“{key}” is not part of the assessment.</translation>
    </message>
    <message>
        <source>Barnet måste ha ett namn: skriv förnamn eller efternamn.</source>
        <translation>The child must have a name: enter a first name or a surname.</translation>
    </message>
    <message>
        <source>Organisationen finns inte i registret.</source>
        <translation>The organisation is not in the directory.</translation>
    </message>
    <message>
        <source>Personen finns inte i registret.</source>
        <translation>The person is not in the directory.</translation>
    </message>
    <message>
        <source>{name} har gett samtycke i ärendet och kan inte tas bort.</source>
        <translation>{name} has given consent in the case and cannot be removed.</translation>
    </message>
    <message>
        <source>{name} är kallad till ett möte och kan inte tas bort ur nätverket.</source>
        <translation>{name} is summoned to a meeting and cannot be removed from the network.</translation>
    </message>
    <message>
        <source>{name} är kallad till ett möte och kan inte tas bort.</source>
        <translation>{name} is summoned to a meeting and cannot be removed.</translation>
    </message>
    <message>
        <source>{role} måste först läggas till i ärendets nätverk.</source>
        <translation>The {role} must first be added to the case&apos;s network.</translation>
    </message>
    <message>
        <source>{name} är {role} i ärendet. Välj någon annan som {role2} först.</source>
        <translation>{name} is the {role} in the case. Choose someone else as {role2} first.</translation>
    </message>
    <message>
        <source>Välj varför ärendet avslutas.</source>
        <translation>Choose why the case is being closed.</translation>
    </message>
    <message>
        <source>Ärendet är redan avslutat.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <source>Välj hur barnet deltar.</source>
        <translation>Choose how the child takes part.</translation>
    </message>
    <message>
        <source>Organisationen behöver ett namn.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>”{mailbox}” ser inte ut som en e-postadress (till exempel bup.norrby@exempel.se).</source>
        <translation>“{mailbox}” does not look like an e-mail address (for example camhs.north@example.org).</translation>
    </message>
    <message>
        <source>Välj vilken sorts verksamhet det är.</source>
        <translation>Choose what kind of service it is.</translation>
    </message>
    <message>
        <source>Välj huvudman: kommun, region, privat eller annan.</source>
        <translation>Choose the principal: municipality, region, private or other.</translation>
    </message>
    <message>
        <source>Personen behöver ett namn.</source>
        <translation>The person needs a name.</translation>
    </message>
    <message>
        <source>Rad {row}: organisationen finns inte i registret.</source>
        <translation>Row {row}: the organisation is not in the directory.</translation>
    </message>
    <message>
        <source>Ärendet finns inte.</source>
        <translation>The case does not exist.</translation>
    </message>
    <message>
        <source>Mötet finns inte.</source>
        <translation>The meeting does not exist.</translation>
    </message>
    <message>
        <source>Planen finns inte.</source>
        <translation>The plan does not exist.</translation>
    </message>
    <message>
        <source>Avvikelsen finns inte.</source>
        <translation>The deviation does not exist.</translation>
    </message>
    <message>
        <source>Kallelsen finns inte.</source>
        <translation>The summons does not exist.</translation>
    </message>
    <message>
        <source>Insatsraden finns inte.</source>
        <translation>The action row does not exist.</translation>
    </message>
    <message>
        <source>Organisationen finns inte.</source>
        <translation>The organisation does not exist.</translation>
    </message>
    <message>
        <source>Verksamheten finns inte i katalogen.</source>
        <translation>The service is not in the directory.</translation>
    </message>
    <message>
        <source>Den nuvarande lösenfrasen stämmer inte.</source>
        <translation>The current passphrase is not correct.</translation>
    </message>
    <message>
        <source>Den nuvarande lösenfrasen (eller återställningsnyckeln) stämmer inte.</source>
        <translation>The current passphrase (or the recovery key) is not correct.</translation>
    </message>
    <message>
        <source>Arkivet skyddas inte med en lösenfras; nyckeln förvaras i nyckelringen.</source>
        <translation>The store is not protected by a passphrase; the key is kept in the keyring.</translation>
    </message>
    <message>
        <source>Den sammankallande verksamheten finns inte i katalogen. Välj en annan.</source>
        <translation>The convening organisation is not in the directory. Choose another.</translation>
    </message>
    <message>
        <source>Skriv varför mötet ställs in.</source>
        <translation>Enter why the meeting is cancelled.</translation>
    </message>
    <message>
        <source>Skriv vem som kommer som ersättare.</source>
        <translation>Enter who is coming as a substitute.</translation>
    </message>
    <message>
        <source>Beskriv vad som hände.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Välj vilken verksamhet avvikelsen gäller.</source>
        <translation>Choose which service the deviation concerns.</translation>
    </message>
    <message>
        <source>Skriv när det hände.</source>
        <translation>Enter when it happened.</translation>
    </message>
    <message>
        <source>En avvikelse kan inte ha skett i framtiden.</source>
        <translation>A deviation cannot have happened in the future.</translation>
    </message>
    <message>
        <source>Personen måste först läggas till i ärendets nätverk.</source>
        <translation>The person must first be added to the case&apos;s network.</translation>
    </message>
    <message>
        <source>Den här planversionen är undertecknad och kan inte ändras. Ändringar görs i en ny version.</source>
        <translation>This plan version is signed and cannot be changed. Changes are made in a new version.</translation>
    </message>
    <message>
        <source>Den här planversionen är undertecknad och kan inte ändras.</source>
        <translation>This plan version is signed and cannot be changed.</translation>
    </message>
    <message>
        <source>Underskriftsdatumet ligger i framtiden.</source>
        <translation>The signing date is in the future.</translation>
    </message>
    <message>
        <source>Ärendet {reference} har ingen plan ännu.</source>
        <translation>Case {reference} has no plan yet.</translation>
    </message>
    <message>
        <source>Ärendet har ingen undertecknad plan att utgå från. Skriv en första plan.</source>
        <translation>The case has no signed plan to start from. Write a first plan.</translation>
    </message>
    <message>
        <source>Plan version {version} är ett utkast. Skriv vidare i det i stället för att börja en ny version.</source>
        <translation>Plan version {version} is a draft. Go on writing in it instead of starting a new version.</translation>
    </message>
    <message>
        <source>Mötet hör inte till ärendet.</source>
        <translation>The meeting does not belong to the case.</translation>
    </message>
    <message>
        <source>Skriv vem som fick planen.</source>
        <translation>Enter who received the plan.</translation>
    </message>
    <message>
        <source>Skriv vilket datum planen skickades.</source>
        <translation>Enter the date the plan was sent.</translation>
    </message>
    <message>
        <source>Datumet ligger i framtiden.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Välj hur planen skickades.</source>
        <translation>Choose how the plan was sent.</translation>
    </message>
    <message>
        <source>Bara en undertecknad plan delas ut. Underteckna planen först.</source>
        <translation>Only a signed plan is handed out. Sign the plan first.</translation>
    </message>
    <message>
        <source>Originalet finns först när planen är undertecknad.</source>
        <translation>There is an original only once the plan is signed.</translation>
    </message>
    <message>
        <source>Ärendet är i steget ”{stage}”. En SIP fortsätter från steget ”{stage2}”.</source>
        <translation>The case is at the stage “{stage}”. A SIP continues from the stage “{stage2}”.</translation>
    </message>
    <message>
        <source>Den som skrev under var inte kallad till mötet där planen skrevs.</source>
        <translation>The person who signed was not summoned to the meeting where the plan was written.</translation>
    </message>
    <message>
        <source>Den som skrev under hör inte till ärendet.</source>
        <translation>The person who signed does not belong to the case.</translation>
    </message>
    <message>
        <source>Mallen har inget avsnitt som heter ”{key}”.</source>
        <translation>The template has no section called “{key}”.</translation>
    </message>
    <message>
        <source>Planen hör inte till något möte.</source>
        <translation>The plan does not belong to a meeting.</translation>
    </message>
    <message>
        <source>Uppföljningen ska vara efter det här mötet.</source>
        <translation>The follow-up must be after this meeting.</translation>
    </message>
    <message>
        <source>{role} måste finnas i ärendets nätverk.</source>
        <translation>The {role} must be in the case&apos;s network.</translation>
    </message>
    <message>
        <source>Markera minst ett ärende att gallra.</source>
        <translation>Select at least one case to dispose of.</translation>
    </message>
    <message>
        <source>Kommunen har inte bestämt någon gallringsfrist. Ange den under Arkiv → Inställningar… innan något kan gallras.</source>
        <translation>The municipality has not set a retention period. Set it under File → Settings… before anything can be disposed of.</translation>
    </message>
    <message>
        <source>Bara avslutade ärenden vars gallringsfrist har gått ut kan raderas.</source>
        <translation>Only closed cases whose retention period has passed can be deleted.</translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia som heter ”{name}”.</source>
        <translation>There is no backup called “{name}”.</translation>
    </message>
    <message>
        <source>Beskrivningen {info} saknas bredvid {name}; utan den kan säkerhetskopian inte läggas tillbaka.</source>
        <translation>The description {info} is missing beside {name}; without it the backup cannot be restored.</translation>
    </message>
    <message>
        <source>Mappen {folder} finns inte.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kommer från ett annat arkiv och kan inte läggas tillbaka här.</source>
        <translation>The backup comes from another store and cannot be restored here.</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} går inte att öppna med arkivets nuvarande nyckel, eller så är den skadad. Är den gjord före ett byte av lösenfras eller nyckel, lägg tillbaka den med återställningsnyckeln från då (i en tom mapp: sipdesk --data-dir MAPP restore SÖKVÄG). Ingenting har ändrats.</source>
        <translation>The backup {name} cannot be opened with the store&apos;s current key, or it is damaged. If it was made before the passphrase or key was changed, restore it with the recovery key from then (in an empty folder: sipdesk --data-dir FOLDER restore PATH). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Formatet ”{format}” finns inte. Välj text, csv, xlsx eller pdf.</source>
        <translation>There is no format “{format}”. Choose text, csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>Datorns åtkomstlogg är inte hel, så arkivet flyttas inte. Kör sipdesk check och kontakta IT.</source>
        <translation>The computer&apos;s access log is not intact, so the store is not moved. Run sipdesk check and contact IT.</translation>
    </message>
    <message>
        <source>Flytten till servern körs av den administratörsroll som körde sipdesk server init (den behöver skriva åtkomstloggen med posternas egna tider).</source>
        <translation>The move to the server is run by the administrator role that ran sipdesk server init (it needs to write the access log with the entries&apos; own times).</translation>
    </message>
    <message>
        <source>Ange vilket team ärendena ska höra till med --team TEAM.</source>
        <translation>Say which team the cases are to belong to with --team TEAM.</translation>
    </message>
    <message>
        <source>Teamet {team} finns inte på servern. Lägg först till en användare i det: sipdesk server add-user NAMN --team TEAM.</source>
        <translation>The team {team} does not exist on the server. First add a user to it: sipdesk server add-user NAME --team TEAM.</translation>
    </message>
    <message>
        <source>Det här arkivet är redan flyttat till servern. En andra flytt skulle ge varje ärende två gånger, så ingenting har gjorts.</source>
        <translation>This store has already been moved to the server. A second move would give every case twice, so nothing has been done.</translation>
    </message>
    <message>
        <source>Servern har redan {count} ärenden med samma diarienummer som datorn (till exempel {reference}), så ingenting har flyttats.</source>
        <translation>The server already has {count} cases with the same reference numbers as the computer (for example {reference}), so nothing has been moved.</translation>
    </message>
    <message>
        <source>Ärendena blev inte desamma på servern som på datorn, så ingenting har flyttats.</source>
        <translation>The cases did not come out the same on the server as on the computer, so nothing has been moved.</translation>
    </message>
    <message>
        <source>Ärendet blev inte detsamma på servern som på datorn, så ingenting har ändrats på servern. Ändringarna finns kvar på datorn.</source>
        <translation>The case did not come out the same on the server as on the computer, so nothing has been changed on the server. The changes are still on the computer.</translation>
    </message>
    <message>
        <source>Bara ett ärende på teamservern kan tas med.</source>
        <translation>Only a case on the team server can be taken along.</translation>
    </message>
    <message>
        <source>Lånet måste gälla till i dag eller senare.</source>
        <translation>The loan must last until today or later.</translation>
    </message>
    <message>
        <source>Datorns arkiv har ingen kopia av det ärendet från den här servern.</source>
        <translation>The computer&apos;s store has no copy of that case from this server.</translation>
    </message>
    <message>
        <source>Lånet finns inte längre (en teamledare kan ha brutit det). Ändringarna finns kvar på datorn; kontakta teamledaren.</source>
        <translation>The loan no longer exists (a team leader may have ended it). The changes are still on the computer; contact the team leader.</translation>
    </message>
    <message>
        <source>Ärendet är redan taget med av {holder} till {until}.</source>
        <translation>The case is already taken along by {holder} until {until}.</translation>
    </message>
    <message>
        <source>Datorns arkiv har redan ett ärende {reference}; lämna tillbaka eller ta bort det först.</source>
        <translation>The computer&apos;s store already has a case {reference}; hand it back or remove it first.</translation>
    </message>
    <message>
        <source>Rad {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>Datumet då barnet fick veta</source>
        <translation>The date the child was told</translation>
    </message>
    <message>
        <source>Datumet då behovet upptäcktes</source>
        <translation>The date the need was identified</translation>
    </message>
    <message>
        <source>Datumet då kallelsen skickades</source>
        <translation>The date the summons was sent</translation>
    </message>
    <message>
        <source>Datumet då kallelserna skickades</source>
        <translation>The date the summonses were sent</translation>
    </message>
    <message>
        <source>Datumet då planen skickades</source>
        <translation>The date the plan was sent</translation>
    </message>
    <message>
        <source>Datumet då samtycket gavs</source>
        <translation>The date consent was given</translation>
    </message>
    <message>
        <source>Datumet då samtycket återkallades</source>
        <translation>The date consent was withdrawn</translation>
    </message>
    <message>
        <source>Datumet då ärendet avslutas</source>
        <translation>The date the case is closed</translation>
    </message>
    <message>
        <source>Datumet för avvikelsen</source>
        <translation>The date of the deviation</translation>
    </message>
    <message>
        <source>Datumet för kontakten</source>
        <translation>The date of the contact</translation>
    </message>
    <message>
        <source>Datumet för svaret</source>
        <translation>The date of the answer</translation>
    </message>
    <message>
        <source>Datumet för uppföljningen</source>
        <translation>The date of the follow-up</translation>
    </message>
    <message>
        <source>Mötesdatumet</source>
        <translation>The meeting date</translation>
    </message>
    <message>
        <source>Periodens första dag</source>
        <translation>The period&apos;s first day</translation>
    </message>
    <message>
        <source>Periodens sista dag</source>
        <translation>The period&apos;s last day</translation>
    </message>
    <message>
        <source>Sista dagen samtycket gäller</source>
        <translation>The last day the consent is valid</translation>
    </message>
    <message>
        <source>Underskriftsdatumet</source>
        <translation>The signing date</translation>
    </message>
    <message>
        <source>barnet</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>vårdnadshavaren</source>
        <translation>the guardian</translation>
    </message>
    <message>
        <source>vårdnadshavarna</source>
        <translation>the guardians</translation>
    </message>
    <message>
        <source>barnet och vårdnadshavaren</source>
        <translation>the child and the guardian</translation>
    </message>
    <message>
        <source>barnet och vårdnadshavarna</source>
        <translation>the child and the guardians</translation>
    </message>
    <message>
        <source>Initiativtagare</source>
        <translation>initiator</translation>
    </message>
    <message>
        <source>Mötesledare</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>Samordningsansvarig</source>
        <translation>coordinating lead</translation>
    </message>
    <message>
        <source>Mötesledaren</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>Sekreteraren</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <source>initiativtagare</source>
        <translation>initiator</translation>
    </message>
    <message>
        <source>mötesledare</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>samordningsansvarig</source>
        <translation>coordinating lead</translation>
    </message>
    <message>
        <source>Rubrik {number}: </source>
        <translation>Heading {number}: </translation>
    </message>
    <message>
        <source>Kolumn {number}: </source>
        <translation>Column {number}: </translation>
    </message>
    <message>
        <source>rubriken</source>
        <translation>the heading</translation>
    </message>
    <message>
        <source>kolumnen</source>
        <translation>the column</translation>
    </message>
    <message>
        <source>rubriker</source>
        <translation>headings</translation>
    </message>
    <message>
        <source>kolumner</source>
        <translation>columns</translation>
    </message>
</context>
<context>
    <name>Response</name>
    <message>
        <source>Ej svarat</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation>Coming</translation>
    </message>
    <message>
        <source>Kommer inte</source>
        <translation>Not coming</translation>
    </message>
    <message>
        <source>Skickar ersättare</source>
        <translation>Sending a substitute</translation>
    </message>
    <message>
        <source>Deltar via video/telefon</source>
        <translation>Joining by video/phone</translation>
    </message>
</context>
<context>
    <name>ResponseTracker</name>
    <message>
        <source>Svar på kallelser</source>
        <translation>Replies to invitations</translation>
    </message>
    <message>
        <source>Komplettera avvikelsen…</source>
        <translation>Complete the deviation…</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Registrerar valt svar: kommer, kommer inte eller skickar ersättare</source>
        <translation>Records the answer: coming, not coming or sending a substitute</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Registrerar om den valda personen var på mötet</source>
        <translation>Records whether the chosen person was at the meeting</translation>
    </message>
    <message>
        <source>Bjud in…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <source>Bjuder in fler ur nätverket till mötet</source>
        <translation>Invites more people from the network to the meeting</translation>
    </message>
    <message>
        <source>Ändra mötet…</source>
        <translation>Change the meeting…</translation>
    </message>
    <message>
        <source>Ändrar mötets tid, plats eller syfte, eller ställer in det</source>
        <translation>Changes the meeting&apos;s time, place or purpose, or cancels it</translation>
    </message>
    <message>
        <source>Kontaktad per telefon</source>
        <translation>Contacted by phone</translation>
    </message>
    <message>
        <source>Notera att du ringt i dag (Ctrl+K)</source>
        <translation>Note that you called today (Ctrl+K)</translation>
    </message>
    <message>
        <source>Markera skickad…</source>
        <translation>Mark sent…</translation>
    </message>
    <message>
        <source>Kallelserna kunde inte läsas in</source>
        <translation>The invitations could not be loaded</translation>
    </message>
    <message>
        <source>Mötet kunde inte läsas in</source>
        <translation>The meeting could not be loaded</translation>
    </message>
    <message>
        <source>Behöver åtgärd i dag</source>
        <translation>Needs action today</translation>
    </message>
    <message>
        <source>Kallelser som inte besvarats i tid, sena kallelser och kallelser som skulle ha skickats, i alla ärenden.</source>
        <translation>Invitations not answered in time, late invitations and invitations that should have been sent, in all cases.</translation>
    </message>
    <message>
        <source>{count} att göra · {overdue} försenade</source>
        <translation>{count} to do · {overdue} overdue</translation>
    </message>
    <message>
        <source>Inget att göra med kallelserna i dag.</source>
        <translation>Nothing to do about the invitations today.</translation>
    </message>
    <message>
        <source>Syfte: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Inget möte valt</source>
        <translation>No meeting chosen</translation>
    </message>
    <message>
        <source>Välj ett möte för att se vem som har svarat.</source>
        <translation>Choose a meeting to see who has replied.</translation>
    </message>
    <message>
        <source>{name}: kontaktad per telefon i dag.</source>
        <translation>{name}: contacted by phone today.</translation>
    </message>
    <message>
        <source>Vem kommer i stället för {name}?</source>
        <translation>Who is coming instead of {name}?</translation>
    </message>
    <message>
        <source>{name}: markerad som skickad {date}.</source>
        <translation>{name}: marked as sent on {date}.</translation>
    </message>
    <message>
        <source>{name} kom inte och hade inte lämnat återbud. Ett utkast till avvikelse (uteblev från mötet) mot {organisation} har skapats.</source>
        <translation>{name} did not come and had not sent apologies. A draft deviation (did not attend the meeting) against {organisation} has been created.</translation>
    </message>
    <message>
        <source>{name} kom inte och hade inte lämnat återbud. Ett utkast till avvikelse (uteblev från mötet) har skapats.</source>
        <translation>{name} did not come and had not sent apologies. A draft deviation (did not attend the meeting) has been created.</translation>
    </message>
    <message>
        <source>Avvikelsen är registrerad.</source>
        <translation>The deviation is recorded.</translation>
    </message>
    <message>
        <source>Komplettera avvikelsen</source>
        <translation>Complete the deviation</translation>
    </message>
    <message>
        <source>Beskriv vad som hände och vad det fick för följder:</source>
        <translation>Describe what happened and what it led to:</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ctrl+K kontaktad per telefon · Ctrl+1–4 svar (Ctrl+0 ej svarat) · Ctrl+Shift+S skickad</source>
        <translation>Ctrl+K contacted by phone · Ctrl+1–4 reply (Ctrl+0 no reply) · Ctrl+Shift+S sent</translation>
    </message>
    <message>
        <source>Enter öppnar mötet</source>
        <translation>Enter opens the meeting</translation>
    </message>
    <message>
        <source>Alt+1–3 närvaro</source>
        <translation>Alt+1–3 attendance</translation>
    </message>
    <message>
        <source>Inbjudna med svar och närvaro; pilarna väljer rad</source>
        <translation>The invited with their answers and attendance; the arrow keys choose a row</translation>
    </message>
    <message>
        <source>Inbjudna som behöver åtgärd i dag</source>
        <translation>Invitees who need action today</translation>
    </message>
    <message>
        <source>Inbjudna till mötet</source>
        <translation>Invited to the meeting</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Kommunen har inte bestämt någon gallringsfrist, så inga ärenden erbjuds för gallring. Kommunen måste besluta om fristen; ange den sedan under Arkiv → Inställningar….</source>
        <translation>The municipality has not decided a retention period, so no cases are offered for disposal. The municipality must decide the period; then enter it under File → Settings….</translation>
    </message>
    <message>
        <source>Gallring raderar ärendet och allt som hör till det för gott: barnets uppgifter, planer, möten och historik. Det går inte att ångra. Exportera planen och loggutdraget först om de ska sparas någon annanstans. En säkerhetskopia görs före raderingen och gallras sedan bort med tiden. Åtkomstloggen finns kvar.</source>
        <translation>Disposal deletes the case and everything in it for good: the child&apos;s details, plans, meetings and history. It cannot be undone. Export the plan and the log extract first if they are to be kept elsewhere. A backup is made before the deletion and is thinned out over time. The access log remains.</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kan gallras från</source>
        <translation>Can be disposed of from</translation>
    </message>
    <message>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} ärenden</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>Gallra avslutade ärenden</source>
        <translation>Dispose of closed cases</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Exportera plan…</source>
        <translation>Export plan…</translation>
    </message>
    <message>
        <source>Exportera loggutdrag…</source>
        <translation>Export log extract…</translation>
    </message>
    <message>
        <source>Radera markerade för gott…</source>
        <translation>Delete the ticked cases for good…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>För det markerade ärendet:</source>
        <translation>For the selected case:</translation>
    </message>
    <message>
        <source>Avslutade ärenden vars gallringsfrist har gått ut, med barnets initialer. Kryssa i rutan först på raden för de ärenden som ska raderas.</source>
        <translation>Closed cases whose retention period has ended, with the child&apos;s initials. Tick the box at the start of the row for the cases to be deleted.</translation>
    </message>
    <message>
        <source>Sparar det markerade ärendets senaste plan som PDF innan ärendet raderas</source>
        <translation>Saves the selected case&apos;s latest plan as a PDF before the case is deleted</translation>
    </message>
    <message>
        <source>Sparar åtkomstloggen för det markerade ärendet som PDF innan ärendet raderas</source>
        <translation>Saves the access log of the selected case as a PDF before the case is deleted</translation>
    </message>
    <message>
        <source>Raderar de ikryssade ärendena för gott, efter en fråga; det går inte att ångra</source>
        <translation>Deletes the ticked cases for good, after asking; it cannot be undone</translation>
    </message>
    <message>
        <source>Stänger fönstret utan att radera något</source>
        <translation>Closes the window without deleting anything</translation>
    </message>
    <message>
        <source>Gallringsfristen är {months} månader efter att ett ärende avslutades. Inga avslutade ärenden har passerat den.</source>
        <translation>The retention period is {months} months after a case was closed. No closed case has passed it.</translation>
    </message>
    <message>
        <source>Gallringsfristen är {months} månader efter att ett ärende avslutades. {cases} kan gallras. Markera dem som ska raderas.</source>
        <translation>The retention period is {months} months after a case was closed. {cases} can be disposed of. Tick the ones to delete.</translation>
    </message>
    <message>
        <source>Markera för radering</source>
        <translation>Tick to delete</translation>
    </message>
    <message>
        <source>Spara planen</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Planen sparades: {path}</source>
        <translation>The plan was saved: {path}</translation>
    </message>
    <message>
        <source>Spara loggutdrag</source>
        <translation>Save log extract</translation>
    </message>
    <message>
        <source>Loggutdraget sparades: {path}</source>
        <translation>The log extract was saved: {path}</translation>
    </message>
    <message>
        <source>Radera {cases} för gott ({references})?

Det går inte att ångra. En säkerhetskopia görs först.</source>
        <translation>Delete {cases} for good ({references})?

It cannot be undone. A backup is made first.</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia och raderar …</source>
        <translation>Making a backup and deleting…</translation>
    </message>
    <message>
        <source>{cases} raderades för gott: {references}. Det finns en post om det i åtkomstloggen.</source>
        <translation>{cases} deleted for good: {references}. There is an entry about it in the access log.</translation>
    </message>
    <message>
        <source>Radera för gott</source>
        <translation>Delete for good</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Ej följd upp</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delvis genomförd</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Inte genomförd</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Läggs till</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Finns redan</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Fel – importeras inte</source>
        <translation>Error – not imported</translation>
    </message>
</context>
<context>
    <name>ScreenList</name>
    <message>
        <source>Skärm {number} (huvudskärm, {size})</source>
        <translation>Screen {number} (main screen, {size})</translation>
    </message>
    <message>
        <source>Skärm {number} (extra skärm, {size})</source>
        <translation>Screen {number} (extra screen, {size})</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Markera som skickad</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Kallelse till &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Invitation to &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Skickad</source>
        <translation>&amp;Sent</translation>
    </message>
    <message>
        <source>&amp;Hur</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Markera skickad</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Välj dagens datum eller ett tidigare.</source>
        <translation>Choose today&apos;s date or an earlier one.</translation>
    </message>
</context>
<context>
    <name>SendWarning</name>
    <message>
        <source>Mötet {date} har redan hållits.</source>
        <translation>The meeting on {date} has already been held.</translation>
    </message>
    <message>
        <source>Sen kallelse: den skickas {days} dagar före mötet, men ska skickas minst {lead} dagar före (senast {latest}). Ring också och bekräfta att tiden passar.</source>
        <translation>Late invitation: it is sent {days} days before the meeting, but should be sent at least {lead} days before (by {latest}). Call as well and confirm that the time suits.</translation>
    </message>
    <message>
        <source>Samtycket omfattar inte {name}. Fråga familjen om de vill lägga till verksamheten innan en kallelse skickas.</source>
        <translation>The consent does not cover {name}. Ask the family whether they want to add the service before an invitation is sent.</translation>
    </message>
    <message>
        <source>Samtycke saknas. {name} kan inte kallas förrän samtycke finns.</source>
        <translation>Consent is missing. {name} cannot be invited until there is consent.</translation>
    </message>
</context>
<context>
    <name>SentVia</name>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Överlämnad</source>
        <translation>Handed over</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Arbetar ni flera samordnare i ett team kan ärendena ligga på kommunens teamserver i stället för på den här datorn. Skriv adressen som IT-avdelningen har gett dig. Tom: datorns eget arkiv. Gäller från nästa start; ”sipdesk --local” startar med datorns arkiv ändå.</source>
        <translation>If several coordinators work as a team, the cases can be kept on the municipality&apos;s team server instead of on this computer. Enter the address the IT department has given you. Empty: this computer&apos;s own store. Takes effect at the next start; “sipdesk --local” starts with this computer&apos;s store all the same.</translation>
    </message>
    <message>
        <source>Teamserverns adress</source>
        <translation>Team server address</translation>
    </message>
    <message>
        <source>Adressen till teamservern, utan lösenord; lösenordet frågas efter vid start och kan sparas i nyckelringen</source>
        <translation>The address of the team server, without a password; the password is asked for at start-up and can be saved in the keyring</translation>
    </message>
    <message>
        <source>Testa anslutningen</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Ansluter en gång till adressen i fältet och säger om det fungerar</source>
        <translation>Connects once to the address in the field and says whether it works</translation>
    </message>
    <message>
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Ingen adress: programmet använder datorns eget arkiv.</source>
        <translation>No address: the program uses this computer&apos;s own store.</translation>
    </message>
    <message>
        <source>Ansluter…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Anslutningen fungerar: {server} svarar och arkivet finns där. Spara, så används teamservern från nästa start.</source>
        <translation>The connection works: {server} answers and the store is there. Save, and the team server is used from the next start.</translation>
    </message>
    <message>
        <source>{server} svarar och vill ha ditt lösenord. Det frågas efter vid nästa start, och du kan spara det i nyckelringen.</source>
        <translation>{server} answers and wants your password. It is asked for at the next start, and you can save it in the keyring.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Serverns adress ska börja med postgresql://, till exempel postgresql://admin@server.kommun.se/sipdesk.</source>
        <translation>The server&apos;s address must begin with postgresql://, for example postgresql://admin@server.kommun.se/sipdesk.</translation>
    </message>
    <message>
        <source>Kunde inte ansluta till servern: {reason}</source>
        <translation>Could not connect to the server: {reason}</translation>
    </message>
    <message>
        <source>Servern vill ha lösenordet för administratörsrollen. Kör kommandot i en terminal så frågas det efter, eller ge det i miljövariabeln PGPASSWORD eller i filen ~/.pgpass (aldrig i adressen).</source>
        <translation>The server wants the administrator role&apos;s password. Run the command in a terminal and it is asked for, or give it in the environment variable PGPASSWORD or in the file ~/.pgpass (never in the address).</translation>
    </message>
    <message>
        <source>Rollen {user} får inte skapa roller. Kör sipdesk server init som databasens administratör: en roll med CREATEROLE som äger databasen (se docs/team-server.md).</source>
        <translation>The role {user} may not create roles. Run sipdesk server init as the database&apos;s administrator: a role with CREATEROLE that owns the database (see docs/team-server.md).</translation>
    </message>
    <message>
        <source>Rollen {user} saknar rätt att förbereda databasen; den ska äga databasen (createdb -O) eller vara superanvändare.</source>
        <translation>The role {user} lacks the right to prepare the database; it must own the database (createdb -O) or be a superuser.</translation>
    </message>
    <message>
        <source>Databasens tabeller kunde inte skapas eller uppgraderas.</source>
        <translation>The database&apos;s tables could not be created or upgraded.</translation>
    </message>
    <message>
        <source>Behörighetsreglerna kunde inte läggas in.</source>
        <translation>The access rules could not be put in.</translation>
    </message>
    <message>
        <source>Användarnamnet {name} går inte: använd små bokstäver a–z, siffror, punkt, bindestreck och understreck (högst 63 tecken), och inte pg_ eller sipdesk_ först.</source>
        <translation>The user name {name} cannot be used: use lower-case letters a–z, digits, dot, hyphen and underscore (at most 63 characters), and not pg_ or sipdesk_ first.</translation>
    </message>
    <message>
        <source>Teamets namn ska vara 1–{count} tecken.</source>
        <translation>The team&apos;s name must be 1–{count} characters.</translation>
    </message>
    <message>
        <source>Rollen ska vara coordinator, teamlead eller admin.</source>
        <translation>The role must be coordinator, teamlead or admin.</translation>
    </message>
    <message>
        <source>Servern är inte förberedd för sipdesk. Kör först: sipdesk server init ADRESS</source>
        <translation>The server is not prepared for sipdesk. First run: sipdesk server init ADDRESS</translation>
    </message>
    <message>
        <source>Du saknar rätt att lägga till användare; kör kommandot som den roll som körde sipdesk server init.</source>
        <translation>You lack the right to add users; run the command as the role that ran sipdesk server init.</translation>
    </message>
    <message>
        <source>Det finns redan en databasroll som heter {name} och den är ingen sipdesk-användare. Välj ett annat namn.</source>
        <translation>There is already a database role called {name} and it is not a sipdesk user. Choose another name.</translation>
    </message>
    <message>
        <source>Ett lösenord behövs för en ny användare.</source>
        <translation>A new user needs a password.</translation>
    </message>
    <message>
        <source>Användaren {name} finns redan i teamet {team}.</source>
        <translation>The user {name} is already in the team {team}.</translation>
    </message>
    <message>
        <source>Rollerna {owner} (äger tabellerna), {groups} finns.</source>
        <translation>The roles {owner} (owns the tables), {groups} exist.</translation>
    </message>
    <message>
        <source>Tabellerna är uppgraderade till programmets senaste version.</source>
        <translation>The tables are upgraded to the program&apos;s latest version.</translation>
    </message>
    <message>
        <source>Radsäkerhet, åtkomstlogg och rättigheter är inlagda (version {version}).</source>
        <translation>Row-level security, access log and grants are in place (version {version}).</translation>
    </message>
    <message>
        <source>{what} Databasen svarade: {reason}</source>
        <translation>{what} The database answered: {reason}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Lösenord till teamservern</source>
        <translation>Team server password</translation>
    </message>
    <message>
        <source>Skriv ditt lösenord för teamservern {server}.</source>
        <translation>Enter your password for the team server {server}.</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Lösenordet till din inloggning på teamservern; det visas inte när du skriver</source>
        <translation>The password of your login on the team server; it is not shown as you type</translation>
    </message>
    <message>
        <source>Spara lösenordet i nyckelringen</source>
        <translation>Save the password in the keyring</translation>
    </message>
    <message>
        <source>Lösenordet sparas i operativsystemets nyckelring, aldrig i en fil, och används vid nästa start</source>
        <translation>The password is kept in the operating system&apos;s keyring, never in a file, and is used at the next start</translation>
    </message>
    <message>
        <source>Logga in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>inte bestämt</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Så många dagar före mötet ska kallelserna vara skickade; annars visas de som försenade.</source>
        <translation>The invitations must be sent this many days before the meeting; otherwise they show as overdue.</translation>
    </message>
    <message>
        <source>Så många dagar efter samtycket ska det första SIP-mötet hållas. Vid ”inte bestämt” bevakas bara att ett mötesdatum bokas snart efter samtycket.</source>
        <translation>The first SIP meeting must be held this many days after consent. With “not decided”, only booking a meeting date soon after consent is watched.</translation>
    </message>
    <message>
        <source>Så många dagar efter att kallelsen skickades ska de kallade ha svarat.</source>
        <translation>Those invited must reply this many days after the invitation was sent.</translation>
    </message>
    <message>
        <source>Så många månader efter att planen undertecknades ska den följas upp.</source>
        <translation>The plan must be followed up this many months after it was signed.</translation>
    </message>
    <message>
        <source>Så många dagar innan ett samtycke går ut flaggas ärendet, så att ett nytt hinner inhämtas.</source>
        <translation>The case is flagged this many days before a consent expires, so that a new one can be obtained in time.</translation>
    </message>
    <message>
        <source>Så många dagar efter att behovet upptäcktes ska samtycket vara inhämtat.</source>
        <translation>Consent must be obtained this many days after the need was identified.</translation>
    </message>
    <message>
        <source>Markerad: skolan räknas som skyldig att delta och får en kallelse. Inte markerad: skolan får en inbjudan, som familjen.</source>
        <translation>Ticked: the school counts as obliged to take part and gets a summons. Not ticked: the school gets an invitation, like the family.</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Mina uppgifter</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>Tidsfrister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Säkerhet</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inställningarnas delar; Ctrl+Tab byter flik</source>
        <translation>The parts of the settings; Ctrl+Tab changes tab</translation>
    </message>
    <message>
        <source>Efter så många minuter utan tangentbord eller mus döljs allt i fönstret och arkivet stängs</source>
        <translation>After this many minutes without keyboard or mouse, everything in the window is hidden and the store is closed</translation>
    </message>
    <message>
        <source>Kommunen har inte beslutat hur länge avslutade ärenden sparas; inga ärenden föreslås för gallring</source>
        <translation>The municipality has not decided how long closed cases are kept; no cases are proposed for disposal</translation>
    </message>
    <message>
        <source>Avslutade ärenden föreslås för gallring när antalet månader i rutan bredvid har gått sedan avslutet</source>
        <translation>Closed cases are proposed for disposal when the number of months in the box beside has passed since closing</translation>
    </message>
    <message>
        <source>Antal månader efter avslutet innan ett ärende föreslås för gallring</source>
        <translation>Number of months after closing before a case is proposed for disposal</translation>
    </message>
    <message>
        <source>Mappen där en extra kopia av varje säkerhetskopia sparas, till exempel på ett USB-minne. Tom: ingen andra mapp.</source>
        <translation>The folder where an extra copy of each backup is saved, for example on a USB stick. Empty: no second folder.</translation>
    </message>
    <message>
        <source>Öppnar en mappväljare för den andra mappen</source>
        <translation>Opens a folder chooser for the second folder</translation>
    </message>
    <message>
        <source>Tömmer fältet, så att kopiorna bara sparas i datamappen</source>
        <translation>Empties the field, so that the copies are saved only in the data folder</translation>
    </message>
    <message>
        <source>Sparar ändringarna på alla flikar och stänger fönstret</source>
        <translation>Saves the changes on all tabs and closes the window</translation>
    </message>
    <message>
        <source>Regionens och kommunens lokala överenskommelser om tider. De styr vad som visas som försenat på tavlan och i I dag-listan.</source>
        <translation>The region&apos;s and the municipality&apos;s local agreements on times. They decide what is shown as overdue on the board and in the Today list.</translation>
    </message>
    <message>
        <source> minuter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Lås fönstret efter</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source>När ingen har rört tangentbord eller mus så länge döljs allt i fönstret och arkivet stängs. Ctrl+L låser direkt.</source>
        <translation>When nobody has touched the keyboard or mouse for that long, everything in the window is hidden and the store is closed. Ctrl+L locks at once.</translation>
    </message>
    <message>
        <source>Inte bestämt</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Gallring av avslutade ärenden</source>
        <translation>Disposal of closed cases</translation>
    </message>
    <message>
        <source>Kommunen bestämmer hur länge ett avslutat ärende sparas. När tiden har gått föreslås ärendet för gallring; inget tas bort utan att du bekräftar.</source>
        <translation>The municipality decides how long a closed case is kept. When the time has passed, the case is proposed for disposal; nothing is deleted without your confirmation.</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna görs automatiskt i datamappen. Välj en andra mapp, till exempel ett USB-minne eller en nätverksmapp, så sparas en kopia där också. Kopiorna är krypterade. Under Arkiv → Säkerhetskopior… ser du när de gjordes och kan lägga tillbaka en.</source>
        <translation>Backups are made automatically in the data folder. Choose a second folder, for example a USB stick or a network folder, and a copy is saved there too. The copies are encrypted. Under File → Backups… you can see when they were made and put one back.</translation>
    </message>
    <message>
        <source>Ingen andra mapp vald</source>
        <translation>No second folder chosen</translation>
    </message>
    <message>
        <source>Andra mapp för säkerhetskopior</source>
        <translation>Second folder for backups</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Andra mapp</source>
        <translation>Second folder</translation>
    </message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <source>Inställningarna kunde inte läsas in.</source>
        <translation>The settings could not be loaded.</translation>
    </message>
</context>
<context>
    <name>SignedHow</name>
    <message>
        <source>Justerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Undertecknad på papper</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <source>Undertecknad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>{date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>av {names}</source>
        <translation>by {names}</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Registrera underskrifter</source>
        <translation>Record signatures</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{reference} {child} · plan version {version}</source>
        <translation>{reference} {child} · plan version {version}</translation>
    </message>
</context>
<context>
    <name>SigningForm</name>
    <message>
        <source>Planen kan skrivas under när allt i listan ovan är klart.</source>
        <translation>The plan can be signed when everything in the list above is done.</translation>
    </message>
    <message>
        <source>Alla skriver under på papper</source>
        <translation>Everyone signs on paper</translation>
    </message>
    <message>
        <source>Alla deltagare skriver under planen på papper</source>
        <translation>All participants sign the plan on paper</translation>
    </message>
    <message>
        <source>Justeras av namngivna deltagare</source>
        <translation>Checked by named participants</translation>
    </message>
    <message>
        <source>Några namngivna deltagare justerar planen för alla</source>
        <translation>Some named participants check the plan for everyone</translation>
    </message>
    <message>
        <source>Kryssa i dem som skrev under eller justerade</source>
        <translation>Tick those who signed or checked the plan</translation>
    </message>
    <message>
        <source>Vem skrev under</source>
        <translation>Who signed</translation>
    </message>
    <message>
        <source>Dagen då planen skrevs under</source>
        <translation>The day the plan was signed</translation>
    </message>
    <message>
        <source>Registrera underskrifterna och lås planen</source>
        <translation>Record the signatures and lock the plan</translation>
    </message>
    <message>
        <source>Hur</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>inte på mötet</source>
        <translation>not at the meeting</translation>
    </message>
    <message>
        <source>Fingeravtryck {fingerprint}.</source>
        <translation>Fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Plan version {version} är låst. {how}</source>
        <translation>Plan version {version} is locked. {how}</translation>
    </message>
    <message>
        <source>Registrera när alla har skrivit under (eller justerat). Sedan kan planen inte ändras.</source>
        <translation>Record once everyone has signed (or checked). After that the plan cannot be changed.</translation>
    </message>
    <message>
        <source>Planen skrevs inte under. {reasons}</source>
        <translation>The plan was not signed. {reasons}</translation>
    </message>
</context>
<context>
    <name>SigningMethod</name>
    <message>
        <source>Undertecknad på papper</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <source>Justerad</source>
        <translation>Checked</translation>
    </message>
</context>
<context>
    <name>SigningProblem</name>
    <message>
        <source>Välj minst en deltagare som justerar planen.</source>
        <translation>Choose at least one participant who checks the plan.</translation>
    </message>
    <message>
        <source>Välj vem som skrev under planen.</source>
        <translation>Choose who signed the plan.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Behov av samordning upptäcks</source>
        <translation>Need for coordination identified</translation>
    </message>
    <message>
        <source>Samtycke och planering</source>
        <translation>Consent and planning</translation>
    </message>
    <message>
        <source>Aktörer kallas</source>
        <translation>Actors invited</translation>
    </message>
    <message>
        <source>Möte där SIP upprättas</source>
        <translation>Meeting where the SIP is drawn up</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Avslut eller fortsatt SIP</source>
        <translation>Close or continue the SIP</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Kallelse</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Avslut</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Ansluter till teamservern {server}…</source>
        <translation>Connecting to the team server {server}…</translation>
    </message>
    <message>
        <source>Teamserver: {server}</source>
        <translation>Team server: {server}</translation>
    </message>
    <message>
        <source>Med mig: ärenden tagna från teamservern</source>
        <translation>With me: cases taken from the team server</translation>
    </message>
    <message>
        <source>Teamservern svarar inte</source>
        <translation>The team server does not answer</translation>
    </message>
    <message>
        <source>Teamservern svarar inte, så teamets ärenden kan inte öppnas nu. Du har ärenden med dig på den här datorn: vill du arbeta med dem? Det du gör sparas här och lämnas tillbaka till servern när du är ansluten igen (Ärende &gt; Lämna tillbaka ärendet).</source>
        <translation>The team server does not answer, so the team&apos;s cases cannot be opened now. You have cases taken along on this computer: do you want to work on them? What you do is saved here and handed back to the server when you are connected again (Case &gt; Give the case back).</translation>
    </message>
    <message>
        <source>Öppna ärendena jag har med mig</source>
        <translation>Open the cases I have with me</translation>
    </message>
    <message>
        <source>Teamservern kunde inte öppnas</source>
        <translation>The team server could not be opened</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Alla samordnare</source>
        <translation>All coordinators</translation>
    </message>
    <message>
        <source>Dölj antal under 5</source>
        <translation>Hide counts under 5</translation>
    </message>
    <message>
        <source>Spara som &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV-filen</source>
        <translation>The CSV file</translation>
    </message>
    <message>
        <source>Spara som &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>Excel-filen</source>
        <translation>The Excel file</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF-filen</source>
        <translation>The PDF file</translation>
    </message>
    <message>
        <source>Tabellen som CSV-fil, för ett kalkylprogram eller en sammanställning</source>
        <translation>The table as a CSV file, for a spreadsheet or a compilation</translation>
    </message>
    <message>
        <source>Tabellen som Excel-fil, med måttens definitioner</source>
        <translation>The table as an Excel file, with the measures&apos; definitions</translation>
    </message>
    <message>
        <source>Tabellen och diagrammen som PDF, att skicka eller skriva ut</source>
        <translation>The table and the charts as a PDF, to send or print</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bara möten där organisationen var kallad eller sammankallade, och avvikelser i de ärendena</source>
        <translation>Only meetings the organisation was summoned to or convened, and deviations in those cases</translation>
    </message>
    <message>
        <source>Samordnare</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Bara ärenden som samordnaren har</source>
        <translation>Only the coordinator&apos;s cases</translation>
    </message>
    <message>
        <source>Antal från 1 till 4 visas som ”&lt;5”, i tabellen och i filerna, när siffrorna ska lämnas ut</source>
        <translation>Counts from 1 to 4 are shown as “&lt;5”, in the table and in the files, when the figures are to be handed out</translation>
    </message>
    <message>
        <source>{what}. Inga namn eller personnummer följer med.</source>
        <translation>{what}. No names or personal identity numbers are included.</translation>
    </message>
    <message>
        <source>Statistiktabell</source>
        <translation>Statistics table</translation>
    </message>
    <message>
        <source>Statistiken kunde inte räknas fram.</source>
        <translation>The statistics could not be worked out.</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Ett mått per rad, först för alla ärenden och sedan per organisation, med antal, av hur många och andel i procent</source>
        <translation>One measure per row, first for all cases and then per organisation, with the count, out of how many, and the share in per cent</translation>
    </message>
    <message>
        <source>Perioden slutar ({end}) innan den börjar ({start}). Byt plats på datumen.</source>
        <translation>The period ends ({end}) before it begins ({start}). Swap the dates.</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>organisation: {name}</source>
        <translation>organisation: {name}</translation>
    </message>
    <message>
        <source>samordnare: {name}</source>
        <translation>coordinator: {name}</translation>
    </message>
    <message>
        <source>alla ärenden</source>
        <translation>all cases</translation>
    </message>
    <message>
        <source>läget den {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <source>Det finns ingen statistik att spara ännu.</source>
        <translation>There are no statistics to save yet.</translation>
    </message>
    <message>
        <source>Sparar {what} …</source>
        <translation>Saving {what}…</translation>
    </message>
    <message>
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>{what} sparades inte. {reason}</source>
        <translation>{what} was not saved. {reason}</translation>
    </message>
</context>
<context>
    <name>StoreMessage</name>
    <message>
        <source>Säkerhetskopian kunde inte göras eller kontrolleras. Arkivet är oförändrat.</source>
        <translation>The backup could not be made or checked. The store is unchanged.</translation>
    </message>
    <message>
        <source>Mappen {a} för extra säkerhetskopior finns inte (är den ansluten?).</source>
        <translation>The folder {a} for extra backups does not exist (is it connected?).</translation>
    </message>
    <message>
        <source>Det finns redan ett arkiv i {a}; det skrivs inte över.</source>
        <translation>There is already a store in {a}; it is not overwritten.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte läggas tillbaka.</source>
        <translation>The backup could not be put back.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte läggas i {a}.</source>
        <translation>The backup could not be put in {a}.</translation>
    </message>
    <message>
        <source>Den skadade arkivfilen {a} kunde inte flyttas undan.</source>
        <translation>The damaged store file {a} could not be moved aside.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte kopieras till {a}. Den finns kvar i arkivets egen mapp.</source>
        <translation>The backup could not be copied to {a}. It is still in the store&apos;s own folder.</translation>
    </message>
    <message>
        <source>Ett tidigare försök att skapa arkivet i {a} avbröts innan det blev klart (programmet stängdes eller datorn stängdes av). Det som finns kvar är inget användbart arkiv och har aldrig innehållit några ärenden. Mappen behöver rensas innan ett nytt arkiv kan skapas där.</source>
        <translation>An earlier attempt to create the store in {a} was cut short before it was finished (the program or the computer was shut down). What is left is no usable store and has never held any cases. The folder must be cleaned before a new store can be created there.</translation>
    </message>
    <message>
        <source>Det finns ingen användbar nyckelring på den här datorn, så arkivet måste skyddas med en lösenfras, men ingen lösenfras angavs (i automatiska körningar: miljövariabeln {a}).</source>
        <translation>This computer has no usable keychain, so the store must be protected with a passphrase, but no passphrase was given (in automatic runs: the environment variable {a}).</translation>
    </message>
    <message>
        <source>Det finns redan ett sipdesk-arkiv (eller rester av ett) i {a}. Det skrivs inte över; välj en annan mapp eller öppna det befintliga arkivet.</source>
        <translation>There is already a sipdesk store (or the remains of one) in {a}. It is not overwritten; choose another folder or open the existing store.</translation>
    </message>
    <message>
        <source>I {a} finns ett komplett sipdesk-arkiv; det rensas inte.</source>
        <translation>{a} holds a complete sipdesk store; it is not cleaned.</translation>
    </message>
    <message>
        <source>Ingen lösenfras angavs, så inget arkiv skapades.</source>
        <translation>No passphrase was given, so no store was created.</translation>
    </message>
    <message>
        <source>Mappen {a} kunde inte skapas ({b}).</source>
        <translation>The folder {a} could not be created ({b}).</translation>
    </message>
    <message>
        <source>Arkivet kunde inte öppnas ({a}).</source>
        <translation>The store could not be opened ({a}).</translation>
    </message>
    <message>
        <source>Filen {a} är tom eller för kort för att vara ett sipdesk-arkiv.</source>
        <translation>The file {a} is empty or too short to be a sipdesk store.</translation>
    </message>
    <message>
        <source>Arkivet kunde inte ställas i WAL-läge (läget är {a}).</source>
        <translation>The store could not be put in WAL mode (the mode is {a}).</translation>
    </message>
    <message>
        <source>Arkivfilen {a} finns inte.</source>
        <translation>The store file {a} does not exist.</translation>
    </message>
    <message>
        <source>Arkivfilen {a} kunde inte läsas ({b}).</source>
        <translation>The store file {a} could not be read ({b}).</translation>
    </message>
    <message>
        <source>Arkivet är stängt och nyckeln är borttagen.</source>
        <translation>The store is closed and its key removed.</translation>
    </message>
    <message>
        <source>Krypteringen kunde inte startas (SQLCipher saknas?).</source>
        <translation>The encryption could not be started (is SQLCipher missing?).</translation>
    </message>
    <message>
        <source>Arkivets beskrivning {a} är skadad ({b}). Det är inte ett sipdesk-arkiv, eller så har filen ändrats.</source>
        <translation>The store&apos;s description {a} is damaged ({b}). It is not a sipdesk store, or the file has been changed.</translation>
    </message>
    <message>
        <source>Arkivet skyddas inte med en lösenfras.</source>
        <translation>The store is not protected with a passphrase.</translation>
    </message>
    <message>
        <source>Filen {a} saknas i {b}, så det är inte ett komplett sipdesk-arkiv.</source>
        <translation>The file {a} is missing in {b}, so it is not a complete sipdesk store.</translation>
    </message>
    <message>
        <source>Filen {a} kunde inte läsas ({b}).</source>
        <translation>The file {a} could not be read ({b}).</translation>
    </message>
    <message>
        <source>Återställningsnyckeln är felskriven: den ska ha {a} tecken (14 grupper om 4), men {b} tecken angavs. Ingenting har ändrats.</source>
        <translation>The recovery key is mistyped: it should have {a} characters (14 groups of 4), but {b} characters were given. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Arkivets inställningar för lösenfrasen (store.json) är ogiltiga. Öppna arkivet med återställningsnyckeln.</source>
        <translation>The store&apos;s passphrase settings (store.json) are invalid. Open the store with the recovery key.</translation>
    </message>
    <message>
        <source>Nyckeln kunde inte sparas i {a}. Lås upp nyckelringen och försök igen.</source>
        <translation>The key could not be saved in {a}. Unlock the keychain and try again.</translation>
    </message>
    <message>
        <source>Arkivets låsfil {a} kunde inte skapas ({b}).</source>
        <translation>The store&apos;s lock file {a} could not be created ({b}).</translation>
    </message>
    <message>
        <source>Det här är ett demoarkiv vars nyckel bara fanns i minnet medan det användes, så det kan inte öppnas igen. Skapa ett nytt demoarkiv.</source>
        <translation>This is a demo store whose key existed only in memory while it was used, so it cannot be opened again. Create a new demo store.</translation>
    </message>
    <message>
        <source>Det finns inget sipdesk-arkiv i {a}.</source>
        <translation>There is no sipdesk store in {a}.</translation>
    </message>
    <message>
        <source>Filen {a} saknas i {b}. Arkivfilen finns, men utan {c} kan den bara öppnas med återställningsnyckeln: ange den, så öppnas arkivet och {d} skrivs på nytt.</source>
        <translation>The file {a} is missing in {b}. The store file is there, but without {c} it can only be opened with the recovery key: give it, and the store opens and {d} is written anew.</translation>
    </message>
    <message>
        <source>Ingen lösenfras angavs, så arkivet öppnades inte.</source>
        <translation>No passphrase was given, so the store was not opened.</translation>
    </message>
    <message>
        <source>Arkivfilen har bytts ut medan sipdesk var låst; den öppnas inte. Starta om sipdesk.</source>
        <translation>The store file was replaced while sipdesk was locked; it is not opened. Restart sipdesk.</translation>
    </message>
    <message>
        <source>Arkivet har fått sin nya nyckel men kunde inte öppnas igen. Starta om sipdesk.</source>
        <translation>The store has its new key but could not be opened again. Restart sipdesk.</translation>
    </message>
    <message>
        <source>Serveradressen ska börja med postgresql:// ({a} stöds inte).</source>
        <translation>The server address must begin with postgresql:// ({a} is not supported).</translation>
    </message>
    <message>
        <source>Serveradressen saknar databasens namn (postgresql://värd/databas).</source>
        <translation>The server address lacks the database&apos;s name (postgresql://host/database).</translation>
    </message>
    <message>
        <source>Databasen har teckenkodningen {a}; sipdesk behöver UTF8.</source>
        <translation>The database has the encoding {a}; sipdesk needs UTF8.</translation>
    </message>
    <message>
        <source>Databasens språkinställning (LC_CTYPE) känner inte till Å, Ä och Ö; skapa den med en UTF-8-inställning, t.ex. --locale=sv_SE.UTF-8.</source>
        <translation>The database&apos;s locale (LC_CTYPE) does not know Å, Ä and Ö; create it with a UTF-8 locale, e.g. --locale=sv_SE.UTF-8.</translation>
    </message>
    <message>
        <source>Databasen på servern är tom: den har inget sipdesk-arkiv.</source>
        <translation>The database on the server is empty: it holds no sipdesk store.</translation>
    </message>
    <message>
        <source>Databasen på servern saknar sitt arkiv-id.</source>
        <translation>The database on the server lacks its store id.</translation>
    </message>
    <message>
        <source>Serveradressen går inte att läsa (postgresql://värd/databas).</source>
        <translation>The server address cannot be read (postgresql://host/database).</translation>
    </message>
    <message>
        <source>Arkivet på servern {a} kunde inte öppnas ({b}).</source>
        <translation>The store on the server {a} could not be opened ({b}).</translation>
    </message>
    <message>
        <source>Återställningsnyckeln är felskriven. Kontrollera varje tecken och försök igen. Ingenting har ändrats.</source>
        <translation>The recovery key is mistyped. Check every character and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Ett tidigare försök att skapa arkivet avbröts innan det blev klart. Det som finns kvar är inget användbart arkiv och har aldrig innehållit några ärenden.</source>
        <translation>An earlier attempt to create the store was cut short before it was finished. What is left is no usable store and has never held any cases.</translation>
    </message>
    <message>
        <source>Filen store.json saknas, så arkivet kan inte öppnas med nyckelringen eller lösenfrasen. Ange återställningsnyckeln: då öppnas arkivet och store.json skrivs på nytt.</source>
        <translation>The file store.json is missing, so the store cannot be opened with the keychain or the passphrase. Give the recovery key: then the store opens and store.json is written anew.</translation>
    </message>
    <message>
        <source>Nyckeln till arkivet hittades inte. Ange återställningsnyckeln som visades när arkivet skapades.</source>
        <translation>The store&apos;s key was not found. Give the recovery key that was shown when the store was created.</translation>
    </message>
    <message>
        <source>Det här är inte ett sipdesk-arkiv, eller så är arkivet skadat.</source>
        <translation>This is not a sipdesk store, or the store is damaged.</translation>
    </message>
    <message>
        <source>Filen är en okrypterad SQLite-databas, inte ett krypterat sipdesk-arkiv. sipdesk öppnar den inte, och ingenting har ändrats i den.</source>
        <translation>The file is an unencrypted SQLite database, not an encrypted sipdesk store. sipdesk does not open it, and nothing has been changed in it.</translation>
    </message>
    <message>
        <source>Arkivet skyddas med en lösenfras, men ingen lösenfras angavs. Ange lösenfrasen eller återställningsnyckeln.</source>
        <translation>The store is protected with a passphrase, but no passphrase was given. Give the passphrase or the recovery key.</translation>
    </message>
    <message>
        <source>Arkivet har sparats av en nyare version av sipdesk. Uppdatera sipdesk innan du öppnar det. Ingenting har ändrats.</source>
        <translation>The store was saved by a newer version of sipdesk. Update sipdesk before you open it. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Arkivfilen är skadad. Det är inte fel nyckel eller lösenfras. Lägg tillbaka den senaste säkerhetskopian (”sipdesk backups” visar dem, ”sipdesk restore NAMN” lägger tillbaka en).</source>
        <translation>The store file is damaged. It is not the wrong key or passphrase. Put back the latest backup (&quot;sipdesk backups&quot; lists them, &quot;sipdesk restore NAME&quot; puts one back).</translation>
    </message>
    <message>
        <source>Arkivet kunde inte öppnas.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>Det finns redan ett sipdesk-arkiv här. Det skrivs inte över; välj en annan mapp eller öppna det befintliga arkivet.</source>
        <translation>There is already a sipdesk store here. It is not overwritten; choose another folder or open the existing store.</translation>
    </message>
    <message>
        <source>sipdesk är redan öppet med det här arkivet i ett annat fönster eller program. Stäng det först.</source>
        <translation>sipdesk is already open with this store in another window or program. Close it first.</translation>
    </message>
    <message>
        <source>Arkivet är låst. Lås upp det för att fortsätta.</source>
        <translation>The store is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>Det finns inget sipdesk-arkiv på den angivna platsen.</source>
        <translation>There is no sipdesk store at the given place.</translation>
    </message>
    <message>
        <source>Lösenfrasen är för kort.</source>
        <translation>The passphrase is too short.</translation>
    </message>
    <message>
        <source>Nyckeln eller lösenfrasen stämmer inte för det här arkivet. Ingenting har ändrats.</source>
        <translation>The key or passphrase does not match this store. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>TakeAlong</name>
    <message>
        <source>Bara en teamledare för ärendets team kan bryta ett lån.</source>
        <translation>Only a team lead of the case&apos;s team can break a loan.</translation>
    </message>
    <message>
        <source>Bara ett ärende på teamservern kan tas med.</source>
        <translation>Only a case on the team server can be taken along.</translation>
    </message>
    <message>
        <source>Lånet måste gälla till i dag eller senare.</source>
        <translation>The loan must last until today or later.</translation>
    </message>
    <message>
        <source>Datorns arkiv har ingen kopia av det ärendet från den här servern.</source>
        <translation>This computer&apos;s archive has no copy of that case from this server.</translation>
    </message>
    <message>
        <source>Lånet finns inte längre (en teamledare kan ha brutit det). Ändringarna finns kvar på datorn; kontakta teamledaren.</source>
        <translation>The loan no longer exists (a team lead may have broken it). The changes are still on this computer; contact your team lead.</translation>
    </message>
    <message>
        <source>Ärendet kunde inte flyttas</source>
        <translation>The case could not be moved</translation>
    </message>
    <message>
        <source>Ta med ärendet</source>
        <translation>Take the case along</translation>
    </message>
    <message>
        <source>Ärendet kopieras till den här datorn och kan bara läsas av kollegorna tills du lämnar tillbaka det. Till och med vilket datum tar du med det?</source>
        <translation>The case is copied to this computer, and your colleagues can only read it until you give it back. Until which date (inclusive) are you taking it?</translation>
    </message>
    <message>
        <source>Lånet gäller till</source>
        <translation>Loan valid until</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Ärendet är med</source>
        <translation>The case is with you</translation>
    </message>
    <message>
        <source>Ärendet finns nu på den här datorn och går att arbeta med utan nät. Lämna tillbaka det när du är uppkopplad igen.</source>
        <translation>The case is now on this computer and can be worked on without a network. Give it back when you are online again.</translation>
    </message>
    <message>
        <source>Ärendet är tillbaka</source>
        <translation>The case is back</translation>
    </message>
    <message>
        <source>Allt som gjordes på datorn finns nu på servern, och kopian på datorn är borttagen.</source>
        <translation>Everything done on the computer is now on the server, and the copy on the computer has been removed.</translation>
    </message>
    <message>
        <source>Bryt lånet</source>
        <translation>Break the loan</translation>
    </message>
    <message>
        <source>Den som har ärendet med sig kan då inte lämna tillbaka det som gjorts på sin dator. Att lånet bröts skrivs i åtkomstloggen. Bryta lånet?</source>
        <translation>The person who has the case with them will then not be able to give back what they did on their computer. Breaking the loan is recorded in the access log. Break the loan?</translation>
    </message>
    <message>
        <source>Lånet bröts inte</source>
        <translation>The loan was not broken</translation>
    </message>
    <message>
        <source>Bara ärenden på en teamserver kan tas med.</source>
        <translation>Only cases on a team server can be taken along.</translation>
    </message>
    <message>
        <source>Taget från teamservern, lämnas tillbaka senast {date}</source>
        <translation>Taken from the team server, to be given back by {date}</translation>
    </message>
    <message>
        <source>Tas med av {holder} till {date}</source>
        <translation>Taken along by {holder} until {date}</translation>
    </message>
    <message>
        <source>Från teamservern, senast {date}</source>
        <translation>From the team server, back by {date}</translation>
    </message>
    <message>
        <source>Lämnas åter {date}</source>
        <translation>Back by {date}</translation>
    </message>
    <message>
        <source>Med {holder} till {date}</source>
        <translation>With {holder} until {date}</translation>
    </message>
    <message>
        <source>Tas med till {date}</source>
        <translation>Away until {date}</translation>
    </message>
    <message>
        <source>Lämna tillbaka det från teamservern när du är uppkopplad igen.</source>
        <translation>Give it back from the team server when you are online again.</translation>
    </message>
    <message>
        <source>Ärendet kan bara läsas här tills det har lämnats tillbaka.</source>
        <translation>The case can only be read here until it has been given back.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimeStatus</name>
    <message>
        <source>Mötet ligger {over} min efter tidsplanen.</source>
        <translation>The meeting is {over} min behind the schedule.</translation>
    </message>
    <message>
        <source>I tid, {ahead} min före tidsplanen. ”{title}” har {own} min.</source>
        <translation>On time, {ahead} min ahead of the schedule. “{title}” has {own} min.</translation>
    </message>
    <message>
        <source>I tid. {left} min kvar av ”{title}”.</source>
        <translation>On time. {left} min left of “{title}”.</translation>
    </message>
    <message>
        <source>I tid.</source>
        <translation>On time.</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Att göra i dag, mest brådskande först</source>
        <translation>To do today, most urgent first</translation>
    </message>
    <message>
        <source>Det som ska göras i dag eller är försenat, i alla ärenden. Enter eller dubbelklick öppnar ärendet.</source>
        <translation>What is due today or overdue, in all cases. Enter or a double-click opens the case.</translation>
    </message>
    <message numerus="yes">
        <source>%n försenade</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n totalt</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Svar senast</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Väntar</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Kommer inte</source>
        <translation>Not coming</translation>
    </message>
    <message>
        <source>Svarat</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Sen kallelse</source>
        <translation>Late invitation</translation>
    </message>
    <message>
        <source>namn saknas</source>
        <translation>name missing</translation>
    </message>
    <message>
        <source>Ersättare: {who}</source>
        <translation>Substitute: {who}</translation>
    </message>
    <message>
        <source>ringd {date}</source>
        <translation>called {date}</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Familjen</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>Utan återbud · avvikelse</source>
        <translation>No apologies · deviation</translation>
    </message>
    <message>
        <source>Telefon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>E-post: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Barnet nås genom vårdnadshavarna.</source>
        <translation>The child is reached through the guardians.</translation>
    </message>
    <message>
        <source>Inget telefonnummer eller e-post i katalogen.</source>
        <translation>No phone number or e-mail in the directory.</translation>
    </message>
    <message>
        <source>Svar: {answer}</source>
        <translation>Reply: {answer}</translation>
    </message>
    <message>
        <source>Närvaro: {attendance}</source>
        <translation>Attendance: {attendance}</translation>
    </message>
    <message>
        <source>Svaret skulle ha kommit {date} ({late}).</source>
        <translation>The reply was due on {date} ({late}).</translation>
    </message>
    <message>
        <source>Kontaktad per telefon {date}.</source>
        <translation>Contacted by phone on {date}.</translation>
    </message>
    <message>
        <source>Kallelsen skickades senare än överenskommet före mötet.</source>
        <translation>The invitation was sent later before the meeting than agreed.</translation>
    </message>
</context>
<context>
    <name>TrackerStatus</name>
    <message>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Väntar på svar</source>
        <translation>Awaiting a reply</translation>
    </message>
    <message>
        <source>Svar saknas</source>
        <translation>Reply missing</translation>
    </message>
    <message>
        <source>Svarat</source>
        <translation>Replied</translation>
    </message>
</context>
<context>
    <name>TrackerSummary</name>
    <message>
        <source>Ingen är inbjuden ännu.</source>
        <translation>Nobody is invited yet.</translation>
    </message>
    <message>
        <source>{n} inbjudna</source>
        <translation>{n} invited</translation>
    </message>
    <message>
        <source>{n} kommer</source>
        <translation>{n} coming</translation>
    </message>
    <message>
        <source>{n} kommer inte</source>
        <translation>{n} not coming</translation>
    </message>
    <message>
        <source>{n} svar saknas</source>
        <translation>{n} replies missing</translation>
    </message>
    <message>
        <source>{n} väntar på svar</source>
        <translation>{n} awaiting a reply</translation>
    </message>
    <message>
        <source>{n} ej skickad</source>
        <translation>{n} not sent</translation>
    </message>
    <message>
        <source>{n} ej skickade</source>
        <translation>{n} not sent</translation>
    </message>
    <message>
        <source>{n} sen kallelse</source>
        <translation>{n} late invitation</translation>
    </message>
    <message>
        <source>{n} sena kallelser</source>
        <translation>{n} late invitations</translation>
    </message>
</context>
<context>
    <name>TypingProblem</name>
    <message>
        <source>Skriv barnets namn.</source>
        <translation>Write the child&apos;s name.</translation>
    </message>
    <message>
        <source>Skriv frågeställningen: vad ska SIP:en hjälpa till med?</source>
        <translation>Write the question: what should the SIP help with?</translation>
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN</source>
        <translation>The personal identity number must have 10 or 12 digits, for example YYYYMMDD-NNNN or YYMMDD-NNNN</translation>
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Det innehåller tecken som inte hör hemma där: {shown}</source>
        <translation>The personal identity number must have 10 or 12 digits, for example YYYYMMDD-NNNN or YYMMDD-NNNN. It contains characters that do not belong there: {shown}</translation>
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Bindestrecket står på fel ställe</source>
        <translation>The personal identity number must have 10 or 12 digits, for example YYYYMMDD-NNNN or YYMMDD-NNNN. The hyphen is in the wrong place</translation>
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN. Det du skrev har {count} siffror</source>
        <translation>The personal identity number must have 10 or 12 digits, for example YYYYMMDD-NNNN or YYMMDD-NNNN. What you typed has {count} digits</translation>
    </message>
    <message>
        <source>Kontrollsiffran stämmer inte – kontrollera att alla siffror är rätt skrivna</source>
        <translation>The check digit does not match – check that every digit is right</translation>
    </message>
    <message>
        <source>Födelsedatumet {date} har inte inträffat ännu</source>
        <translation>The date of birth {date} has not happened yet</translation>
    </message>
    <message>
        <source>Datumet {date} finns inte</source>
        <translation>The date {date} does not exist</translation>
    </message>
</context>
<context>
    <name>WallControls</name>
    <message>
        <source>Pausa skärmen (F8)</source>
        <translation>Pause the screen (F8)</translation>
    </message>
    <message>
        <source>Visa skärmen igen (F8)</source>
        <translation>Show the screen again (F8)</translation>
    </message>
    <message>
        <source>Skärmen där protokollet visas för mötet</source>
        <translation>The screen where the protocol is shown to the meeting</translation>
    </message>
    <message>
        <source>Skärm för protokollet</source>
        <translation>Screen for the minutes</translation>
    </message>
    <message>
        <source>Vilken skärm protokollet visas på</source>
        <translation>Which screen the minutes are shown on</translation>
    </message>
    <message>
        <source>Visa på skärmen</source>
        <translation>Show on the screen</translation>
    </message>
    <message>
        <source>Visar protokollet på vald skärm</source>
        <translation>Shows the protocol on the chosen screen</translation>
    </message>
    <message>
        <source>Döljer eller visar protokollet på väggskärmen</source>
        <translation>Hides or shows the protocol on the wall screen</translation>
    </message>
    <message>
        <source>Mindre text på skärmen (Ctrl+minus)</source>
        <translation>Smaller text on the screen (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Större text på skärmen (Ctrl+plus)</source>
        <translation>Larger text on the screen (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Flytta till vald skärm</source>
        <translation>Move to the chosen screen</translation>
    </message>
</context>
</TS>
