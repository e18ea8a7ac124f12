<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
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
        <source>Ärendena kunde inte läsas in.</source>
        <translation>The cases could not be loaded.</translation>
    </message>
    <message>
        <source>{name} flyttades till ”{stage}”.</source>
        <translation>{name} was moved to “{stage}”.</translation>
    </message>
    <message>
        <source>Ärendet flyttades inte.</source>
        <translation>The case was not moved.</translation>
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
</TS>
