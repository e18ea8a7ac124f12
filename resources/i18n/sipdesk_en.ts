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
        <source>Ärenden i steget {stage}</source>
        <translation>Cases in the stage {stage}</translation>
    </message>
    <message>
        <source>Ärendetavla</source>
        <translation>Case board</translation>
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
        <source>Barn och vårdnadshavare</source>
        <translation>Child and guardians</translation>
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
</TS>
