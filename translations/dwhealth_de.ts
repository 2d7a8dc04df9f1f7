<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/checkpage.ui" line="+16"/>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ancel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the check; what could not be judged is reported as unknown</source>
        <translation>Prüfung anhalten; was nicht bewertet werden konnte, wird als unbekannt gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this step again, for example after fixing a finding</source>
        <translation>Diesen Schritt erneut ausführen, z. B. nach dem Beheben eines Befunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the check</source>
        <translation>Prüfung erneut ausführen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chec&amp;ks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check with its status, code and message; select one to see its details</source>
        <translation>Jede Prüfung mit Status, Code und Meldung; wählen Sie eine aus, um ihre Details anzuzeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details of the selected check:</source>
        <translation>&amp;Details der ausgewählten Prüfung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected check&apos;s details to the clipboard</source>
        <translation>Details der ausgewählten Prüfung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation>Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the selected check found: status, codes, records involved and the documented fix</source>
        <translation>Was die ausgewählte Prüfung gefunden hat: Status, Codes, betroffene Datensätze und die dokumentierte Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
</context>
<context>
    <name>CompanyDiffDialog</name>
    <message>
        <location filename="../ui/companydiffdialog.ui" line="+8"/>
        <source>Companies: dual-write, finance and operations apps and Dataverse</source>
        <translation>Unternehmen: Dual-Write, Finanz- und Betriebs-Apps und Dataverse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code or name</source>
        <translation>Code oder Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the companies whose code or name contains this text (any case)</source>
        <translation>Nur die Unternehmen anzeigen, deren Code oder Name diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search companies by code or name</source>
        <translation>Unternehmen nach Code oder Name suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the companies that match on every side</source>
        <translation>Unternehmen ausblenden, die auf allen Seiten übereinstimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only companies with differences</source>
        <translation>Nur Unternehmen mit Unterschieden anzeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every company on either side: whether it exists in finance and operations apps, in Dataverse and in the dual-write selection</source>
        <translation>Jedes Unternehmen beider Seiten: ob es in den Finanz- und Betriebs-Apps, in Dataverse und in der Dual-Write-Auswahl vorhanden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies compared across dual-write, finance and operations apps and Dataverse</source>
        <translation>Vergleich der Unternehmen in Dual-Write, Finanz- und Betriebs-Apps und Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a company to see the steps that fix its difference</source>
        <translation>Wählen Sie ein Unternehmen aus, um die Schritte zur Behebung seines Unterschieds anzuzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Fix steps for the selected company:</source>
        <translation>&amp;Behebungsschritte für das ausgewählte Unternehmen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to make the legal entities and the companies match, as Microsoft documents it</source>
        <translation>Wie juristische Personen und Unternehmen in Übereinstimmung gebracht werden, wie von Microsoft dokumentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps for the selected company</source>
        <translation>Behebungsschritte für das ausgewählte Unternehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After fixing, choose Verify to run the company checks again.</source>
        <translation>Wählen Sie nach der Behebung „Prüfen“, um die Unternehmensprüfungen erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results of the company checks run again</source>
        <translation>Ergebnisse der erneut ausgeführten Unternehmensprüfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the companies again and re-run only the company checks (DWDVEV1003, DWFOEV1003, DWDVEV1007)</source>
        <translation>Unternehmen erneut lesen und nur die Unternehmensprüfungen erneut ausführen (DWDVEV1003, DWFOEV1003, DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the company checks again</source>
        <translation>Prüfen: Unternehmensprüfungen erneut ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid, with the fix steps of every row, as a CSV file</source>
        <translation>Tabelle mit den Behebungsschritten jeder Zeile als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the company grid as CSV</source>
        <translation>Unternehmenstabelle als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/credentialspage.ui" line="+20"/>
        <source>Prof&amp;ile name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contoso UAT</source>
        <translation>Contoso UAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the profile (never the secret) under its name, to choose it on the first page next time</source>
        <translation>Profil (niemals das Geheimnis) unter seinem Namen speichern, um es beim nächsten Mal auf der ersten Seite auszuwählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile as a JSON file for dwhealth check --profile (never the secret)</source>
        <translation>Profil als JSON-Datei für dwhealth check --profile speichern (niemals das Geheimnis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the profile for the command line</source>
        <translation>Profil für die Befehlszeile exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tenant:</source>
        <translation>M&amp;andant:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00000000-0000-0000-0000-000000000000 or contoso.onmicrosoft.com</source>
        <translation>00000000-0000-0000-0000-000000000000 oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dataverse URL:</source>
        <translation>&amp;Dataverse-URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataverse URL</source>
        <translation>Dataverse-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.crm4.dynamics.com</source>
        <translation>https://contoso-uat.crm4.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En&amp;vironment id:</source>
        <translation>Umgebungs-&amp;ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform environment id</source>
        <translation>Power Platform-Umgebungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0b2c…-guid of the Dataverse environment</source>
        <translation>0b2c…-GUID der Dataverse-Umgebung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Finance and operations URL:</source>
        <translation>&amp;URL der Finanz- und Betriebs-Apps:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations URL</source>
        <translation>URL der Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.sandbox.operations.dynamics.com</source>
        <translation>https://contoso-uat.sandbox.operations.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in &amp;mode:</source>
        <translation>Anmelde&amp;modus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in mode</source>
        <translation>Anmeldemodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dwhealth signs in to Microsoft Entra ID</source>
        <translation>Wie sich dwhealth bei Microsoft Entra ID anmeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) id of the app registration</source>
        <translation>Anwendungs-ID (Client-ID) der App-Registrierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client s&amp;ecret:</source>
        <translation>Geheimer Client&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory only</source>
        <translation>Wird nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the client secret in clear text while you type it; it is never saved in the profile</source>
        <translation>Zeigt den geheimen Clientschlüssel während der Eingabe im Klartext an; er wird nie im Profil gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the client secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimen Schlüssel im Schlüsselbund des Systems speic&amp;hern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Ohne diese Option wird der geheime Schlüssel nur im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt. Er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimen Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows the token endpoint, scopes and other settings that are rarely changed</source>
        <translation>Zeigt den Tokenendpunkt, die Bereiche und weitere selten geänderte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;uthority:</source>
        <translation>Auto&amp;rität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority URL</source>
        <translation>Autoritäts-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Power Platform API URL:</source>
        <translation>&amp;Power Platform-API-URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform API URL</source>
        <translation>Power Platform-API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: computed from the environment id</source>
        <translation>Leer: wird aus der Umgebungs-ID berechnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal entities:</source>
        <translation>&amp;Juristische Personen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Für Dual-Write ausgewählte juristische Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the companies enabled for dual-write in Dataverse (e.g. USMF, DEMF)</source>
        <translation>Leer: die in Dataverse für Dual-Write aktivierten Unternehmen (z. B. USMF, DEMF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entit&amp;y list…</source>
        <translation>Entit&amp;ätenliste…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Dataverse, finance and operations and the Power Platform API, and read who you are</source>
        <translation>Bei Dataverse, den Finanz- und Betriebs-Apps und der Power Platform-API anmelden und ermitteln, wer Sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the tokens of this session and what is remembered in the system keychain; the next test signs in again</source>
        <translation>Die Token dieser Sitzung und die im Schlüsselbund des Systems gespeicherten Daten verwerfen; beim nächsten Test erfolgt eine neue Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel t&amp;he test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the connection test under way; nothing is signed in or read any more</source>
        <translation>Den laufenden Verbindungstest beenden; es wird nichts mehr angemeldet oder gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of the connection test for each service: status and what was wrong</source>
        <translation>Das Ergebnis des Verbindungstests für jeden Dienst: Status und was nicht stimmte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&lt;b&gt;What the signed-in identity can check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die angemeldete Identität prüfen kann&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The permissions the check needs and whether the signed-in account has them</source>
        <translation>Die Berechtigungen, die die Prüfung benötigt, und ob das angemeldete Konto sie hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the signed-in identity can run</source>
        <translation>Prüfungen, die die angemeldete Identität ausführen kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can run?</source>
        <translation>Ausführbar?</translation>
    </message>
</context>
<context>
    <name>OwningTeamDialog</name>
    <message>
        <location filename="../ui/owningteamdialog.ui" line="+18"/>
        <source>The fix for each company, the default team facts and the support ticket text</source>
        <translation>Die Behebung je Unternehmen, die Fakten zum Standardteam und der Text für das Supportticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owning team facts, fix and support ticket</source>
        <translation>Besitzerteam: Fakten, Behebung und Supportticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root business unit:</source>
        <translation>Stammunternehmenseinheit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its default team:</source>
        <translation>Ihr Standardteam:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team name (DWFOEV1006):</source>
        <translation>Teamname (DWFOEV1006):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Companies that sync through dual-write and their default owning team (DWDVEV1007):</source>
        <translation>&amp;Unternehmen, die über Dual-Write synchronisiert werden, und ihr Standardbesitzerteam (DWDVEV1007):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companies and their default owning team</source>
        <translation>Unternehmen und ihr Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default owning team</source>
        <translation>Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set default owning &amp;team</source>
        <translation>Standardbesit&amp;zerteam festlegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The companies without an owning team and the team that the fix would set</source>
        <translation>Die Unternehmen ohne Besitzerteam und das Team, das die Behebung setzen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies without a default owning team</source>
        <translation>Unternehmen ohne Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked companies get the team shown; Space ticks or clears the current one</source>
        <translation>Markierte Unternehmen erhalten das angezeigte Team; die Leertaste setzt oder entfernt die Markierung der aktuellen Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team to set</source>
        <translation>Festzulegendes Team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support tic&amp;ket</source>
        <translation>Support&amp;ticket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text of a support ticket with the facts already filled in; copy it into the ticket</source>
        <translation>Der Text eines Supporttickets mit bereits eingetragenen Fakten; kopieren Sie ihn in das Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket text</source>
        <translation>Text des Supporttickets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ticket text to the clipboard</source>
        <translation>Tickettext in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the support ticket text</source>
        <translation>Text des Supporttickets kopieren</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <location filename="../ui/remediationpage.ui" line="+31"/>
        <source>F&amp;indings (select one; Enter opens its guided fix):</source>
        <translation>&amp;Befunde (einen auswählen; die Eingabetaste öffnet die geführte Behebung):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The findings that need a fix; select one to see its steps and guided fixes</source>
        <translation>Die Befunde, die eine Behebung brauchen; wählen Sie einen aus, um seine Schritte und geführten Behebungen zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention</source>
        <translation>Befunde, die Aufmerksamkeit erfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed, warning or unknown check; a guided fix opens with Enter or a double click</source>
        <translation>Alle fehlgeschlagenen, Warn- oder unbekannten Prüfungen; die Eingabetaste oder ein Doppelklick öffnet die geführte Behebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided fix</source>
        <translation>Geführte Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Documented fixes:</source>
        <translation>&amp;Dokumentierte Behebungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documented fix of the selected finding, step by step, with its link</source>
        <translation>Die dokumentierte Behebung des ausgewählten Befunds, Schritt für Schritt, mit Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented fixes for each finding</source>
        <translation>Dokumentierte Behebungen für jeden Befund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guided fix…</source>
        <translation>&amp;Geführte Behebung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open the guided fix of the selected finding</source>
        <translation>Geführte Behebung des ausgewählten Befunds öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Troubleshoot an error message…</source>
        <translation>Fehlermeldung &amp;untersuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an error message from dual-write and see its cause, fix and the checks to run</source>
        <translation>Eine Dual-Write-Fehlermeldung einfügen und Ursache, Behebung und die auszuführenden Prüfungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot an error message</source>
        <translation>Fehlermeldung untersuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;walkthrough…</source>
        <translation>&amp;Anleitung zum Zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step through resetting the dual-write link</source>
        <translation>Schritt für Schritt durch das Zurücksetzen der Dual-Write-Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset walkthrough</source>
        <translation>Anleitung zum Zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a guided fix&apos;s writes from the backup file it wrote first</source>
        <translation>Die Schreibvorgänge einer geführten Korrektur aus der Sicherungsdatei rückgängig machen, die sie zuvor geschrieben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py all steps</source>
        <translation>Alle Schritte &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every finding and its fix to the clipboard</source>
        <translation>Jeden Befund und seine Behebung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all steps to the clipboard</source>
        <translation>Alle Schritte in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../ui/reportpage.ui" line="+21"/>
        <source>The report as a summary, the changes since the previous run, and the export</source>
        <translation>Der Bericht als Zusammenfassung, die Änderungen seit dem letzten Lauf und der Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report views</source>
        <translation>Berichtsansichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts by status and every finding of this run</source>
        <translation>Anzahlen je Status und jeder Befund dieses Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report summary</source>
        <translation>Berichtsübersicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past runs of this profile (choose one to compare it with this run):</source>
        <translation>Frühere Läufe dieses Profils (wählen Sie einen aus, um ihn mit diesem Lauf zu vergleichen):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since the chosen run</source>
        <translation>Änderungen seit dem ausgewählten Lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redact identifiers, URLs and user names</source>
        <translation>&amp;IDs, URLs und Benutzernamen schwärzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask the tenant and environment ids, URLs, user names, user ids and e-mail addresses</source>
        <translation>Mandanten- und Umgebungs-IDs, URLs, Benutzernamen, Benutzer-IDs und E-Mail-Adressen unkenntlich machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cus&amp;tomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile name</source>
        <translation>Der Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer on the cover</source>
        <translation>Kunde auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared b&amp;y:</source>
        <translation>Ers&amp;tellt von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown when empty</source>
        <translation>Wird nicht angezeigt, wenn leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant on the cover</source>
        <translation>Berater auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image file (PNG, JPEG, …); none when empty</source>
        <translation>Eine Bilddatei (PNG, JPEG, …); leer: kein Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the cover</source>
        <translation>Logo auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview:</source>
        <translation>Vo&amp;rschau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the exported report</source>
        <translation>Vorschau des exportierten Berichts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in the chosen format, with these options</source>
        <translation>Bericht im ausgewählten Format mit diesen Optionen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save JSON report…</source>
        <translation>JSON-Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full report (schema version 1) as JSON</source>
        <translation>Vollständigen Bericht (Schemaversion 1) als JSON speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON report</source>
        <translation>JSON-Bericht speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save evi&amp;dence bundle…</source>
        <translation>&amp;Nachweispaket speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ZIP file with the report, the HTTP trace (HAR, without any credential) and the data as read, to replay with dwhealth check --replay</source>
        <translation>Eine ZIP-Datei mit dem Bericht, der HTTP-Ablaufverfolgung (HAR, ohne Anmeldeinformationen) und den gelesenen Daten, zum erneuten Abspielen mit dwhealth check --replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save evidence bundle</source>
        <translation>Nachweispaket speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table &amp;maps…</source>
        <translation>&amp;Tabellenzuordnungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table map&apos;s state and its recent errors with the documented fix, read live (read-only)</source>
        <translation>Status jeder Tabellenzuordnung und ihre letzten Fehler mit der dokumentierten Behebung, live gelesen (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps and recent errors</source>
        <translation>Tabellenzuordnungen und letzte Fehler</translation>
    </message>
</context>
<context>
    <name>ResetImpactPage</name>
    <message>
        <location filename="../ui/resetimpactpage.ui" line="+21"/>
        <source>What a reset deletes: the runtime configurations, the project configurations and the legal entity selection</source>
        <translation>Was das Zurücksetzen löscht: die Laufzeitkonfigurationen, die Projektkonfigurationen und die Auswahl der juristischen Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reset deletes</source>
        <translation>Was beim Zurücksetzen gelöscht wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runtime configurations</source>
        <translation>&amp;Laufzeitkonfigurationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write runtime configurations in Dataverse that a reset deletes</source>
        <translation>Die Dual-Write-Laufzeitkonfigurationen in Dataverse, die das Zurücksetzen löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse dual-write runtime configurations the reset deletes</source>
        <translation>Dual-Write-Laufzeitkonfigurationen in Dataverse, die beim Zurücksetzen gelöscht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (table map)</source>
        <translation>Name (Tabellenzuordnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse table</source>
        <translation>Dataverse-Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O entity</source>
        <translation>F&amp;O-Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project configurations</source>
        <translation>&amp;Projektkonfigurationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write project configurations in finance and operations apps that a reset deletes</source>
        <translation>Die Dual-Write-Projektkonfigurationen in den Finanz- und Betriebs-Apps, die das Zurücksetzen löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations project configurations the reset deletes</source>
        <translation>Projektkonfigurationen in den Finanz- und Betriebs-Apps, die beim Zurücksetzen gelöscht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration key</source>
        <translation>Integrationsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points at</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal entities</source>
        <translation>&amp;Juristische Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset clears the legal-entity mapping: note these to select them again in the reset wizard.</source>
        <translation>Beim Zurücksetzen wird die Zuordnung der juristischen Personen gelöscht: Notieren Sie diese, um sie im Assistenten zum Zurücksetzen erneut auszuwählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal entities selected for dual-write, which must be selected again after a reset</source>
        <translation>Die für Dual-Write ausgewählten juristischen Personen, die nach dem Zurücksetzen erneut ausgewählt werden müssen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Für Dual-Write ausgewählte juristische Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Field configurations</source>
        <translation>F&amp;eldkonfigurationen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the snapshot &amp;to:</source>
        <translation>Momentaufnahme speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file the snapshot of what a reset deletes is saved to</source>
        <translation>Die Datei, in der die Momentaufnahme dessen gespeichert wird, was das Zurücksetzen löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot file</source>
        <translation>Momentaufnahmedatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON file that keeps every row listed above, saved before the reset deletes them</source>
        <translation>Die JSON-Datei mit allen oben aufgeführten Zeilen; sie wird gespeichert, bevor das Zurücksetzen die Zeilen löscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the snapshot</source>
        <translation>Speicherort für die Momentaufnahme auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the snapshot file</source>
        <translation>Momentaufnahmedatei auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save snapshot</source>
        <translation>Momentaufnahme spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows listed above as JSON (reads only; nothing is changed)</source>
        <translation>Die oben aufgeführten Zeilen als JSON speichern (nur lesend; es wird nichts geändert)</translation>
    </message>
</context>
<context>
    <name>ResetRecheckPage</name>
    <message>
        <location filename="../ui/resetrecheckpage.ui" line="+16"/>
        <source>Progress of the health check</source>
        <translation>Fortschritt der Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole health check again (reads only)</source>
        <translation>Gesamte Integritätsprüfung erneut ausführen (nur lesend)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The result of each check after the reset</source>
        <translation>Das Ergebnis jeder Prüfung nach dem Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check and its status</source>
        <translation>Jede Prüfung und ihr Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ResetStepPage</name>
    <message>
        <location filename="../ui/resetsteppage.ui" line="+14"/>
        <source>What to do in this step of the reset, as Microsoft documents it</source>
        <translation>Was in diesem Schritt des Zurücksetzens zu tun ist, wie von Microsoft dokumentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documented steps</source>
        <translation>Die dokumentierten Schritte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the environment now and check this step (reads only)</source>
        <translation>Umgebung jetzt lesen und diesen Schritt prüfen (nur lesend)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the verification of this step found</source>
        <translation>Was die Überprüfung dieses Schritts ergeben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the verification found, record by record</source>
        <translation>Ergebnis der Überprüfung, Datensatz für Datensatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go on although the verification failed</source>
        <translation>Tro&amp;tz fehlgeschlagener Überprüfung fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when you checked in the product that the step is done: the override is written into the walkthrough&apos;s log</source>
        <translation>Nur, wenn Sie im Produkt geprüft haben, dass der Schritt erledigt ist: Das Überschreiben wird im Protokoll der Schrittfolge vermerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on although the verification failed</source>
        <translation>Trotz fehlgeschlagener Überprüfung fortfahren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of runs</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs &amp;kept per profile:</source>
        <translation>&amp;Behaltene Läufe je Profil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs kept per profile</source>
        <translation>Behaltene Läufe je Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest runs of each profile kept in the history; older runs are removed</source>
        <translation>Die neuesten Läufe jedes Profils, die der Verlauf behält; ältere Läufe werden entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mega&amp;bytes kept per profile:</source>
        <translation>&amp;Megabyte je Profil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Megabytes kept per profile</source>
        <translation>Megabyte je Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size all runs of a profile may take; the oldest runs are removed first</source>
        <translation>Der Platz, den alle Läufe eines Profils belegen dürfen; die ältesten Läufe werden zuerst entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>StaleCleanupDialog</name>
    <message>
        <location filename="../ui/stalecleanupdialog.ui" line="+18"/>
        <source>Delete anyway: I checked the table maps on the Dual-write page and these records are stale</source>
        <translation>Trotzdem löschen: Ich habe die Tabellenzuordnungen auf der Seite „Dual-Write“ geprüft, und diese Datensätze sind veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not establish the link, or finance and operations returned no configuration: the records may only be invisible to this sign-in. Tick only after checking the table maps yourself.</source>
        <translation>Die Prüfung konnte die Verknüpfung nicht feststellen, oder die Finanz- und Betriebs-Apps haben keine Konfiguration zurückgegeben: Die Datensätze sind vielleicht nur für diese Anmeldung unsichtbar. Setzen Sie das Häkchen erst, nachdem Sie die Tabellenzuordnungen selbst geprüft haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete without a confirmed link</source>
        <translation>Ohne bestätigte Verknüpfung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the cleanup although the linked environment could not be confirmed</source>
        <translation>Plant die Bereinigung, obwohl die verknüpfte Umgebung nicht bestätigt werden konnte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked records are deleted; Space ticks or clears the current one. The tooltip of each reason gives the check&apos;s full explanation.</source>
        <translation>Markierte Datensätze werden gelöscht; die Leertaste setzt oder entfernt die Markierung des aktuellen Datensatzes. Die QuickInfo jedes Grunds enthält die vollständige Erklärung der Prüfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stale configuration rows that the cleanup would delete, with the reason for each</source>
        <translation>Die veralteten Konfigurationszeilen, die die Bereinigung löschen würde, jeweils mit Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale configuration records</source>
        <translation>Veraltete Konfigurationsdatensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stale record, why the check calls it stale, and its key. Untick a record to keep it.</source>
        <translation>Jeder veraltete Datensatz, warum die Prüfung ihn als veraltet einstuft, und sein Schlüssel. Entfernen Sie die Markierung eines Datensatzes, um ihn zu behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is stale</source>
        <translation>Warum veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity pair</source>
        <translation>Entitätspaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>TableMapsDialog</name>
    <message>
        <location filename="../ui/tablemapsdialog.ui" line="+8"/>
        <location line="+55"/>
        <source>Table maps</source>
        <translation>Tabellenzuordnungen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Errors since:</source>
        <translation>&amp;Fehler seit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors since</source>
        <translation>Fehler seit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Zuordnungen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each dual-write table map: its tables, state and recent errors</source>
        <translation>Jede Dual-Write-Tabellenzuordnung: ihre Tabellen, ihr Status und ihre letzten Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent errors and their &amp;documented fix:</source>
        <translation>Letzte Fehler und ihre &amp;dokumentierte Behebung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent errors by cause, with the documented fix</source>
        <translation>Letzte Fehler nach Ursache, mit der dokumentierten Behebung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Read again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and the errors again (read-only)</source>
        <translation>Zuordnungen und Fehler erneut lesen (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and errors again</source>
        <translation>Zuordnungen und Fehler erneut lesen</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <location filename="../ui/troubleshooterdialog.ui" line="+8"/>
        <source>Troubleshoot a dual-write error message</source>
        <translation>Dual-Write-Fehlermeldung untersuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste an error message from the Dual-write page, a table map or Dataverse:</source>
        <translation>Fehlermeldung von der Seite „Dual-Write“, aus einer Tabellenzuordnung oder aus Dataverse &amp;einfügen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error message to explain</source>
        <translation>Zu erklärende Fehlermeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole message; session and activity ids and solution versions are picked out of it</source>
        <translation>Fügen Sie die gesamte Meldung ein; Sitzungs- und Aktivitäts-IDs sowie Lösungsversionen werden daraus entnommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status code does not indicate success: 403 (tokenexchange).</source>
        <translation>z. B. Response status code does not indicate success: 403 (tokenexchange).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Explain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the message and show its cause and fix (Ctrl+Return)</source>
        <translation>Meldung erkennen und Ursache und Behebung anzeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the pasted message</source>
        <translation>Eingefügte Meldung erklären</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or pick a s&amp;ymptom:</source>
        <translation>oder ein &amp;Symptom auswählen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known symptoms</source>
        <translation>Bekannte Symptome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of Microsoft&apos;s dual-write troubleshooting articles</source>
        <translation>Die Punkte der Microsoft-Artikel zur Dual-Write-Problembehandlung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the pasted message means: the likely cause, the documented fix and its link</source>
        <translation>Was die eingefügte Meldung bedeutet: die wahrscheinliche Ursache, die dokumentierte Behebung und ihr Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause, fix steps and documentation</source>
        <translation>Ursache, Behebungsschritte und Dokumentation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parsed &amp;fields:</source>
        <translation>Erkannte &amp;Felder:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields found in the message</source>
        <translation>In der Meldung gefundene Felder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Checks that confirm the cause:</source>
        <translation>&amp;Prüfungen, die die Ursache bestätigen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dwhealth checks that can confirm the cause; run them from here</source>
        <translation>Die dwhealth-Prüfungen, die die Ursache bestätigen können; führen Sie sie von hier aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that confirm the cause</source>
        <translation>Prüfungen, die die Ursache bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run these checks</source>
        <translation>Diese Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only the checks listed above against the environments now</source>
        <translation>Nur die oben aufgeführten Prüfungen jetzt für die Umgebungen ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks that confirm the cause</source>
        <translation>Prüfungen ausführen, die die Ursache bestätigen</translation>
    </message>
</context>
<context>
    <name>VersionMatrixDialog</name>
    <message>
        <location filename="../ui/versionmatrixdialog.ui" line="+8"/>
        <source>Dual-write solution versions</source>
        <translation>Versionen der Dual-Write-Lösungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Installed and required versions:</source>
        <translation>&amp;Installierte und erforderliche Versionen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each dual-write solution: installed version, required version and whether it is enough</source>
        <translation>Jede Dual-Write-Lösung: installierte Version, erforderliche Version und ob sie genügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed and required version of every dual-write solution</source>
        <translation>Installierte und erforderliche Version jeder Dual-Write-Lösung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppSource package</source>
        <translation>AppSource-Paket</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Upgrade steps:</source>
        <translation>&amp;Upgradeschritte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to bring the listed solutions to their required versions</source>
        <translation>Wie die aufgeführten Lösungen auf die erforderlichen Versionen gebracht werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented upgrade steps</source>
        <translation>Dokumentierte Upgradeschritte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the solutions again and re-run only the solution checks (DWHC0201, DWHC0202)</source>
        <translation>Lösungen erneut lesen und nur die Lösungsprüfungen erneut ausführen (DWHC0201, DWHC0202)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the solution checks again</source>
        <translation>Prüfen: Lösungsprüfungen erneut ausführen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.ui" line="+12"/>
        <source>This wizard runs the dual-write health check from outside finance and operations apps, in the same two steps as the product: the &lt;b&gt;prerequisite health check&lt;/b&gt;, then &lt;b&gt;dependency validation&lt;/b&gt; (APIHubConnection, StaleConfiguration and BusinessUnit). Every finding comes with the records involved, the evidence and the documented fix. Nothing is changed in your environments: every request only reads.</source>
        <translation>Dieser Assistent führt die Dual-Write-Integritätsprüfung außerhalb der Finanz- und Betriebs-Apps aus, in denselben zwei Schritten wie das Produkt: zuerst die &lt;b&gt;Integritätsprüfung der Voraussetzungen&lt;/b&gt;, dann die &lt;b&gt;Abhängigkeitsvalidierung&lt;/b&gt; (APIHubConnection, StaleConfiguration und BusinessUnit). Zu jedem Befund gehören die betroffenen Datensätze, die Nachweise und die dokumentierte Behebung. In Ihren Umgebungen wird nichts geändert: Jede Anfrage liest nur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Environment profile</source>
        <translation>Umgebungsprofil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A saved profile (recently used first), or a new one</source>
        <translation>Ein gespeichertes Profil (zuletzt verwendete zuerst) oder ein neues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a profile file (JSON) and save it as a new profile</source>
        <translation>Eine Profildatei (JSON) lesen und als neues Profil speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile file…</source>
        <translation>Profildatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile file</source>
        <translation>Profildatei importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected profile (its keychain secret too)</source>
        <translation>Ausgewähltes Profil entfernen (auch seinen geheimen Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Simulated environment (demo)</source>
        <translation>&amp;Simulierte Umgebung (Demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a simulated tenant served by the built-in simulator on this computer</source>
        <translation>Einen simulierten Mandanten prüfen, den der integrierte Simulator auf diesem Computer bereitstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated environment</source>
        <translation>Simulierte Umgebung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;cenario:</source>
        <translation>Szenari&amp;o:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The situation the built-in simulator plays: healthy, or one of the documented failures</source>
        <translation>Die Situation, die der integrierte Simulator darstellt: fehlerfrei oder einer der dokumentierten Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>WriteRunPanel</name>
    <message>
        <location filename="../ui/writerunpanel.ui" line="+15"/>
        <source>The preview of the writes, then their progress and the result for each record</source>
        <translation>Die Vorschau der Schreibvorgänge, dann ihr Fortschritt und das Ergebnis je Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and results</source>
        <translation>Anfragen und Ergebnisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Requests to send</source>
        <translation>Zu sen&amp;dende Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every request the fix will send, one per record</source>
        <translation>Jede Anfrage, die die Behebung senden wird, eine pro Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact requests, in the order they are sent. Each record is read in full into the backup file first.</source>
        <translation>Die genauen Anfragen in der Reihenfolge, in der sie gesendet werden. Jeder Datensatz wird zuvor vollständig gelesen und in die Sicherungsdatei geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result of each write, record by record</source>
        <translation>Das Ergebnis jedes Schreibvorgangs, Datensatz für Datensatz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy results</source>
        <translation>Ergebnisse k&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the backup path, every record&apos;s result and the re-check to the clipboard</source>
        <translation>Sicherungspfad, das Ergebnis jedes Datensatzes und die erneute Prüfung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the results to the clipboard</source>
        <translation>Ergebnisse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is read in full and saved in a backup file in this folder before the first write; dwhealth restore can re-create them from it</source>
        <translation>Jeder Datensatz wird vor dem ersten Schreibvorgang vollständig gelesen und in einer Sicherungsdatei in diesem Ordner gespeichert; dwhealth restore kann die Datensätze daraus neu erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the backup file</source>
        <translation>Ordner für die Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the environment&apos;s host name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Hostnamen der Umgebung ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the host name shown above: the writes can only start when it matches</source>
        <translation>Geben Sie den oben angezeigten Hostnamen ein: Die Schreibvorgänge können erst beginnen, wenn er übereinstimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>A&amp;nwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup file, then send the requests one record at a time</source>
        <translation>Sicherungsdatei schreiben, dann die Anfragen Datensatz für Datensatz senden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of the writes</source>
        <translation>Fortschritt der Schreibvorgänge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; records already written stay written (the results say which)</source>
        <translation>Keine weiteren Anfragen senden; bereits geschriebene Datensätze bleiben geschrieben (die Ergebnisse zeigen, welche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the writes</source>
        <translation>Schreibvorgänge abbrechen</translation>
    </message>
</context>
<context>
    <name>dwh</name>
    <message>
        <location filename="../src/core/dataset.cpp" line="+96"/>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Platform</source>
        <translation>Power Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power Platform admin API</source>
        <translation>Power Platform-Admin-API</translation>
    </message>
</context>
<context>
    <name>dwh::BackupReader</name>
    <message>
        <location filename="../src/remediation/backupreader.cpp" line="+47"/>
        <source>%1: no client for this service</source>
        <translation>%1: kein Client für diesen Dienst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the service did not return the record as a JSON object</source>
        <translation>%1: Der Dienst hat den Datensatz nicht als JSON-Objekt zurückgegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: could not be read for the backup: %2</source>
        <translation>%1: konnte für die Sicherung nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>dwh::BoundedRead</name>
    <message>
        <location filename="../src/core/boundedread.cpp" line="+21"/>
        <source>larger than %1, the most dwhealth reads from such a file</source>
        <translation>größer als %1, das Maximum, das dwhealth aus einer solchen Datei liest</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>dwh::ClientSecretTokenProvider</name>
    <message>
        <location filename="../src/net/clientsecrettokenprovider.cpp" line="+97"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::CollectionReader</name>
    <message>
        <location filename="../src/net/collectionreader.cpp" line="+58"/>
        <source>no client for the service</source>
        <translation>kein Client für den Dienst</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1: fehlerhafte Antwort: eine HTML-Seite statt JSON (Status %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; read twice differently</source>
        <translation>%1: fehlerhafte Antwort: &quot;@odata.nextLink&quot; zweimal unterschiedlich gelesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; is not a valid URL</source>
        <translation>%1: fehlerhafte Antwort: „@odata.nextLink“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: paging link points elsewhere (%2)</source>
        <translation>%1: Der Link zur nächsten Seite verweist auf ein anderes Ziel (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: more than %2 pages (%3 rows read); the rest was not read (raise the cap with --max-pages)</source>
        <translation>%1: mehr als %2 Seiten (%3 Zeilen gelesen); der Rest wurde nicht gelesen (Grenze mit --max-pages erhöhen)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: paging loop: the next-page link repeats a page already read</source>
        <translation>%1: Schleife beim Abrufen der Seiten: Der Link zur nächsten Seite wiederholt eine bereits gelesene Seite</translation>
    </message>
</context>
<context>
    <name>dwh::Collector</name>
    <message>
        <location filename="../src/net/collector.cpp" line="+120"/>
        <source>Power Platform: no address; the profile has neither an environment id nor a powerPlatform.url</source>
        <translation>Power Platform: keine Adresse; das Profil enthält weder eine Umgebungs-ID noch powerPlatform.url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power Platform admin API: not configured (the profile sets powerPlatform.url but not powerPlatform.adminUrl)</source>
        <translation>Power Platform-Admin-API: nicht konfiguriert (das Profil legt powerPlatform.url fest, aber nicht powerPlatform.adminUrl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no address in the profile</source>
        <translation>%1: keine Adresse im Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not read: %1 failed: %2</source>
        <translation>nicht gelesen: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not read: %1 returned no UserId</source>
        <translation>nicht gelesen: %1 hat keine UserId zurückgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not read: the profile has no dataverse.environmentId</source>
        <translation>nicht gelesen: Das Profil hat keine dataverse.environmentId</translation>
    </message>
</context>
<context>
    <name>dwh::CompanyDiff</name>
    <message>
        <location filename="../src/remediation/companydiff.cpp" line="+28"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option 1: remove %1 from the dual-write selection. On the Dual-write page in finance and operations apps, select Environment details and remove the legal entity on the Legal entities tab.</source>
        <translation>Option 1: Entfernen Sie %1 aus der Dual-Write-Auswahl. Wählen Sie auf der Seite „Dual-Write“ in den Finanz- und Betriebs-Apps „Umgebungsdetails“ aus, und entfernen Sie die juristische Person auf der Registerkarte „Juristische Personen“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option 3: reset the dual-write link (Reset link on the Dual-write page, with all table maps stopped) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 3: Setzen Sie die Dual-Write-Verknüpfung zurück („Verknüpfung zurücksetzen“ auf der Seite „Dual-Write“, nachdem alle Tabellenzuordnungen angehalten wurden), und wählen Sie nur juristische Personen aus, die auf beiden Seiten vorhanden sind. Beim Zurücksetzen werden die Tabellenzuordnungen, die Integrationsschlüssel, die Zuordnung der juristischen Personen und die Laufzeitkonfiguration gelöscht; wenden Sie die Lösungen danach erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: create the legal entity %2 in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities).</source>
        <translation>%1: Erstellen Sie die juristische Person %2 in den Finanz- und Betriebs-Apps (Organisationsverwaltung &gt; Organisationen &gt; Juristische Personen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and name &quot;%1&quot;</source>
        <translation> und dem Namen „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: create the company %2 in Dataverse. The Legal entities (cdm_companies) table map copies every legal entity enabled for dual-write to the Company table (LegalEntityId to cdm_companycode, Name to cdm_name): run that map, or add a Company row with company code %2%3 in the Power Apps maker portal (Tables &gt; Company).</source>
        <translation>%1: Erstellen Sie das Unternehmen %2 in Dataverse. Die Tabellenzuordnung „Juristische Personen“ (cdm_companies) kopiert jede für Dual-Write aktivierte juristische Person in die Tabelle „Unternehmen“ (LegalEntityId nach cdm_companycode, Name nach cdm_name): Führen Sie diese Zuordnung aus, oder fügen Sie im Power Apps-Maker-Portal (Tabellen &gt; Unternehmen) eine Unternehmenszeile mit dem Unternehmenscode %2%3 hinzu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing in Dataverse (DWDVEV1003)</source>
        <translation>Fehlt in Dataverse (DWDVEV1003)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in Dataverse</source>
        <translation>Nicht in Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in finance and operations apps (DWFOEV1003)</source>
        <translation>Fehlt in den Finanz- und Betriebs-Apps (DWFOEV1003)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in finance and operations apps</source>
        <translation>Nicht in den Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default owning team (DWDVEV1007)</source>
        <translation>Kein Standardbesitzerteam (DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected, but not enabled for dual-write in Dataverse</source>
        <translation>Ausgewählt, aber in Dataverse nicht für Dual-Write aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write in Dataverse, but not selected in the profile</source>
        <translation>In Dataverse für Dual-Write aktiviert, aber im Profil nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Company rows with this code in Dataverse</source>
        <translation>%1 Unternehmenszeilen mit diesem Code in Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names differ</source>
        <translation>Namen unterscheiden sich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code spelled differently (%1); matched anyway</source>
        <translation>Code anders geschrieben (%1); trotzdem zugeordnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Option 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enable %1 for dual-write: select it among the legal entities of the dual-write link on the Dual-write page (Environment details &gt; Legal entities). Dataverse then marks its Company row Is Enabled for Dual Write and creates its business unit and default owning team. If it should not sync, remove it from dualWrite.legalEntities in the profile.</source>
        <translation>Aktivieren Sie %1 für Dual-Write: Wählen Sie das Unternehmen auf der Seite „Dual-Write“ unter den juristischen Personen der Dual-Write-Verknüpfung aus (Umgebungsdetails &gt; Juristische Personen). Dataverse kennzeichnet seine Unternehmenszeile dann als „Für Dual-Write aktiviert“ und erstellt seine Unternehmenseinheit und sein Standardbesitzerteam. Wenn es nicht synchronisiert werden soll, entfernen Sie es im Profil aus dualWrite.legalEntities.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the default owning team of %1: in the Power Apps maker portal, open Tables &gt; Company, show the Default owning team column and select a team for this company.</source>
        <translation>Legen Sie das Standardbesitzerteam von %1 fest: Öffnen Sie im Power Apps-Maker-Portal „Tabellen &gt; Unternehmen“, blenden Sie die Spalte „Standardbesitzerteam“ ein, und wählen Sie ein Team für dieses Unternehmen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the appropriate security roles to that team (Dual-write runtime user, Dual-write app user and the roles for the in-scope tables).</source>
        <translation>Weisen Sie diesem Team die passenden Sicherheitsrollen zu (Dual-write runtime user, Dual-write app user und die Rollen für die betroffenen Tabellen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is enabled for dual-write in Dataverse but not listed in dualWrite.legalEntities of the profile: add it there so that the checks cover it, or remove it from the dual-write legal entities on the Dual-write page.</source>
        <translation>%1 ist in Dataverse für Dual-Write aktiviert, aber nicht in dualWrite.legalEntities des Profils aufgeführt: Fügen Sie es dort hinzu, damit die Prüfungen es erfassen, oder entfernen Sie es auf der Seite „Dual-Write“ aus den juristischen Personen für Dual-Write.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep one Company row with code %1 in Dataverse: duplicate company rows stop the link (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</source>
        <translation>Behalten Sie in Dataverse nur eine Unternehmenszeile mit dem Code %1: Doppelte Unternehmenszeilen unterbrechen die Verknüpfung („Saving connection set failed! An item with the same key has already been added.“).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;O name</source>
        <translation>F&amp;O-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse name</source>
        <translation>Dataverse-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled for dual-write</source>
        <translation>Für Dual-Write aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team</source>
        <translation>Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps</source>
        <translation>Behebungsschritte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenForm</name>
    <message>
        <location filename="../src/net/delegatedtokenform.cpp" line="+89"/>
        <source>malformed answer: the device code answer is not a JSON object</source>
        <translation>fehlerhafte Antwort: Die Gerätecode-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed answer: the device code answer has no device_code, user_code or verification_uri</source>
        <translation>fehlerhafte Antwort: In der Gerätecode-Antwort fehlt device_code, user_code oder verification_uri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed answer: the device code answer has no usable expires_in</source>
        <translation>fehlerhafte Antwort: Die Gerätecode-Antwort enthält kein verwendbares expires_in</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenProvider</name>
    <message>
        <location filename="../src/net/delegatedtokenprovider.cpp" line="+86"/>
        <source>%1: signed out before a token was issued</source>
        <translation>%1: abgemeldet, bevor ein Token ausgestellt wurde</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::DeviceCodeTokenProvider</name>
    <message>
        <location filename="../src/net/devicecodetokenprovider.cpp" line="+61"/>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser, und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the device code expired after %2 s without a sign-in</source>
        <translation>%1: Der Gerätecode ist nach %2 s ohne Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: the device code expired before the sign-in was completed: %2</source>
        <translation>%1: Der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sign-in was declined: %2</source>
        <translation>%1: Die Anmeldung wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the device code was not recognised: %2</source>
        <translation>%1: Der Gerätecode wurde nicht erkannt: %2</translation>
    </message>
</context>
<context>
    <name>dwh::ErrorMessages</name>
    <message>
        <location filename="../src/net/errormessages.cpp" line="+131"/>
        <source>%1 returned an HTML page instead of JSON (status %2)</source>
        <translation>%1: HTML-Seite statt JSON erhalten (Status %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an answer that is not JSON: %1</source>
        <translation>Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 throttled the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 hat die Anmeldung gedrosselt: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with a server error during the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 meldete bei der Anmeldung einen Serverfehler: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 refused the access token (401): %2</source>
        <translation>%1: Zugriffstoken abgelehnt (401): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with an empty body</source>
        <translation>%1: Antwort %2 mit leerem Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1: Antwort %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 redirected the request (%2) to %3; dwhealth does not follow redirects — check the URL in the profile</source>
        <translation>%1: Anfrage (%2) nach %3 umgeleitet; dwhealth folgt keinen Umleitungen – prüfen Sie die URL im Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown location</source>
        <translation>ein unbekanntes Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to %1 at %2: the connection was refused</source>
        <translation>Keine Verbindung zu %1 unter %2 möglich: Die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1: host %2 was not found</source>
        <translation>%1 nicht erreichbar: Der Host %2 wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) closed the connection before answering</source>
        <translation>%1 (%2): Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) closed the connection after the request was sent, before answering; dwhealth never sends a write twice on its own</source>
        <translation>%1 (%2) hat die Verbindung nach dem Senden der Anforderung und vor der Antwort geschlossen; dwhealth sendet einen Schreibvorgang niemals selbständig ein zweites Mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate not trusted for %1 (%2): %3; the connection was refused; dwhealth never ignores certificate errors</source>
        <translation>TLS-Zertifikat für %1 (%2) nicht vertrauenswürdig: %3; die Verbindung wurde abgelehnt; dwhealth ignoriert Zertifikatfehler nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) did not answer: the connection timed out</source>
        <translation>%1 (%2): keine Antwort, Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1 (%2): %3</source>
        <translation>%1 (%2) nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got %1 of %2 bytes</source>
        <translation>%1 von %2 Bytes empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>got %1 bytes</source>
        <translation>%1 Bytes empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) closed the connection before the answer was complete (%3)</source>
        <translation>%1 (%2): Verbindung geschlossen, bevor die Antwort vollständig war (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1: fehlerhafte Antwort: eine HTML-Seite statt JSON (Status %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: malformed answer: labelled %2 instead of JSON (status %3); a proxy or a sign-in page may be answering instead of the service</source>
        <translation>%1: fehlerhafte Antwort: als %2 statt JSON gekennzeichnet (Status %3); möglicherweise antwortet ein Proxy oder eine Anmeldeseite anstelle des Dienstes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer: timed out after %2 s</source>
        <translation>%1: keine Antwort, Zeitüberschreitung nach %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an answer larger than %2 MiB; the request was aborted</source>
        <translation>%1: Antwort größer als %2 MiB; die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no Retry-After</source>
        <translation>kein Retry-After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry-After %1 s</source>
        <translation>Retry-After %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry-After %1</source>
        <translation>Retry-After %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the request (%2, %3) %4; gave up</source>
        <translation>%1: Anfrage %4 gedrosselt (%2, %3); aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was unavailable (%2, %3) %4; gave up</source>
        <translation>%1: %4 nicht verfügbar (%2, %3); aufgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (waiting again would pass the retry budget)</source>
        <translation> (erneutes Warten würde das Wiederholungsbudget überschreiten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 request refused: %2 %3</source>
        <translation>%1: Anfrage abgelehnt: %2 %3</translation>
    </message>
</context>
<context>
    <name>dwh::HealthEngine</name>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+51"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline of %1 reached</source>
        <translation>Frist von %1 erreicht</translation>
    </message>
    <message>
        <location filename="../src/engine/dependencygate.cpp" line="+24"/>
        <source>Not run: the prerequisite health check has not run.</source>
        <translation>Nicht ausgeführt: Die Integritätsprüfung der Voraussetzungen wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: a prerequisite failed (%1).</source>
        <translation>Nicht ausgeführt: Eine Voraussetzung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run although a prerequisite failed (%1), because --force-dependencies was given.</source>
        <translation>Ausgeführt, obwohl eine Voraussetzung fehlgeschlagen ist (%1), da --force-dependencies angegeben wurde.</translation>
    </message>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+211"/>
        <source>The run was stopped (%1); the checks whose data was not read by then are unknown.</source>
        <translation>Die Ausführung wurde angehalten (%1); die Prüfungen, deren Daten bis dahin nicht gelesen wurden, sind unbekannt.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Nicht ausgeführt: Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dwh::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="+120"/>
        <source>more than %1 runs started in the same millisecond in %2</source>
        <translation>mehr als %1 Ausführungen in derselben Millisekunde in %2 gestartet</translation>
    </message>
</context>
<context>
    <name>dwh::HtmlWriter</name>
    <message>
        <location filename="../src/report/htmlwriter.cpp" line="+111"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+186"/>
        <source>Findings and fixes</source>
        <translation>Befunde und Behebungen</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+216"/>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>How to read this report</source>
        <translation>Hinweise zum Lesen dieses Berichts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dual-write health check report</source>
        <translation>Bericht zur Dual-Write-Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>Mandanten- und Umgebungskennungen, URLs, Benutzernamen und E-Mail-Adressen sind in diesem Bericht geschwärzt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records involved</source>
        <translation>Betroffene Datensätze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps are those of finding %1.</source>
        <translation>Die Schritte entsprechen denen von Befund %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tool version</source>
        <translation>Toolversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Regelsatzversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>erzwungen (--force-dependencies): ausgeführt, obwohl eine Voraussetzung fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks run</source>
        <translation>Ausgeführte Prüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check id</source>
        <translation>Prüfungs-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write health check: %1</source>
        <translation>Dual-Write-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by dwhealth %1, ruleset %2.</source>
        <translation>Erstellt mit dwhealth %1, Regelsatz %2.</translation>
    </message>
</context>
<context>
    <name>dwh::InteractiveTokenProvider</name>
    <message>
        <location filename="../src/net/interactivetokenprovider.cpp" line="+69"/>
        <source>%1: cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>%1: Auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 refused the sign-in in the browser: %2 (%3)</source>
        <translation>%1 hat die Anmeldung im Browser abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored</source>
        <translation>%1: Die Antwort des Browsers gehört nicht zu dieser Anmeldung (state stimmt nicht überein); sie wurde ignoriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the browser&apos;s answer carries no authorization code</source>
        <translation>%1: Die Antwort des Browsers enthält keinen Autorisierungscode</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the sign-in in the browser did not finish within %2 s</source>
        <translation>%1: Die Anmeldung im Browser wurde nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
</context>
<context>
    <name>dwh::Language</name>
    <message>
        <location filename="../src/i18n/language.cpp" line="+132"/>
        <source>no catalogue for the language &quot;%1&quot;; the texts stay English</source>
        <translation>kein Katalog für die Sprache „%1“; die Texte bleiben englisch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt&apos;s own catalogue for &quot;%1&quot; is not installed (package qt6-translations-l10n); the standard buttons stay English</source>
        <translation>Qts eigener Katalog für „%1“ ist nicht installiert (Paket qt6-translations-l10n); die Standardschaltflächen bleiben englisch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--lang takes one of: %1; not &quot;%2&quot;</source>
        <translation>--lang erwartet eines von: %1; nicht „%2“</translation>
    </message>
</context>
<context>
    <name>dwh::LoopbackReplyHandler</name>
    <message>
        <location filename="../src/net/loopbackreplyhandler.cpp" line="+14"/>
        <source>Sign-in to dwhealth finished. You can close this window and go back to dwhealth.</source>
        <translation>Die Anmeldung bei dwhealth ist abgeschlossen. Sie können dieses Fenster schließen und zu dwhealth zurückkehren.</translation>
    </message>
</context>
<context>
    <name>dwh::Maps</name>
    <message>
        <location filename="../src/maps/maperrors.cpp" line="+107"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/maps/mapsbuilder.cpp" line="+32"/>
        <source>read access to the dual-write project configurations in finance and operations apps (DualWriteProjectConfigurations; the System administrator role, as on the Dual-write page)</source>
        <translation>Lesezugriff auf die Dual-Write-Projektkonfigurationen in Finanz- und Betriebs-Apps (DualWriteProjectConfigurations; die Rolle „System administrator“, wie auf der Seite „Dual-write“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Read privilege on the Dual Write Runtime Configuration table in Dataverse (System Administrator)</source>
        <translation>die Leseberechtigung für die Tabelle „Dual Write Runtime Configuration“ in Dataverse (System Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Plug-in Trace Log table in Dataverse (prvReadPluginTraceLog; System Administrator has it)</source>
        <translation>die Leseberechtigung für die Tabelle „Plug-in Trace Log“ in Dataverse (prvReadPluginTraceLog; System Administrator besitzt sie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Organization table in Dataverse</source>
        <translation>die Leseberechtigung für die Tabelle „Organization“ in Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Read privilege on the Company table (cdm_company) in Dataverse</source>
        <translation>die Leseberechtigung für die Tabelle „Company“ (cdm_company) in Dataverse</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not exposed: a map&apos;s direction is kept by the Data Integrator service behind the Dual-write page, whose API is not documented (docs/wire.md)</source>
        <translation>nicht verfügbar: Die Richtung einer Zuordnung wird vom Data-Integrator-Dienst hinter der Seite „Dual-write“ verwaltet, dessen API nicht dokumentiert ist (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not exposed: the initial-sync executions (the Dual-write page&apos;s Initial sync details tab) are kept by the Data Integrator service, whose API is not documented (docs/wire.md)</source>
        <translation>nicht verfügbar: Die Ausführungen der Erstsynchronisierung (Registerkarte „Initial sync details“ der Seite „Dual-write“) werden vom Data-Integrator-Dienst verwaltet, dessen API nicht dokumentiert ist (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not exposed: finance and operations apps keep dual-write errors in the DualWriteErrorLog table (with debug mode on), which is not documented as an OData entity; open it in the table browser (docs/wire.md)</source>
        <translation>nicht verfügbar: Finanz- und Betriebs-Apps speichern Dual-Write-Fehler in der Tabelle DualWriteErrorLog (bei aktiviertem Debugmodus), die nicht als OData-Entität dokumentiert ist; öffnen Sie sie im Tabellenbrowser (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profile (dualWrite.legalEntities)</source>
        <translation>das Profil (dualWrite.legalEntities)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Dataverse companies enabled for dual-write (the selection itself is not exposed)</source>
        <translation>die für Dual-Write aktivierten Dataverse-Unternehmen (die Auswahl selbst ist nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>its project configurations in finance and operations apps disagree (Status %1)</source>
        <translation>ihre Projektkonfigurationen in Finanz- und Betriebs-Apps widersprechen sich (Status %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status &quot;%1&quot; is not a documented value (Enabled, Disabled, Queueing)</source>
        <translation>Status „%1“ ist kein dokumentierter Wert (Enabled, Disabled, Queueing)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in finance and operations apps, but Dataverse has no runtime configuration for it: changes made in Dataverse are not written to finance and operations apps; stop the map and run it again (live-sync troubleshooting)</source>
        <translation>%1 in Finanz- und Betriebs-Apps, aber Dataverse hat keine Laufzeitkonfiguration dafür: In Dataverse vorgenommene Änderungen werden nicht in Finanz- und Betriebs-Apps geschrieben; beenden Sie die Zuordnung und führen Sie sie erneut aus (Problembehandlung der Live-Synchronisierung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its project configuration points at another Dataverse environment (%1): a stale configuration (DWFOEV1004)</source>
        <translation>ihre Projektkonfiguration verweist auf eine andere Dataverse-Umgebung (%1): eine veraltete Konfiguration (DWFOEV1004)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the plug-in trace log is off in Dataverse (System Settings → Customization → Enable logging to plug-in trace log: Off), so plug-in errors are not recorded</source>
        <translation>das Plug-In-Ablaufverfolgungsprotokoll ist in Dataverse deaktiviert (System Settings → Customization → Enable logging to plug-in trace log: Off), daher werden Plug-In-Fehler nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no errors in the trace log, but whether the trace log is on could not be read: %1</source>
        <translation>keine Fehler im Ablaufverfolgungsprotokoll, aber ob das Ablaufverfolgungsprotokoll aktiviert ist, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/maps/mapspdf.cpp" line="+12"/>
        <source>Table maps and recent errors</source>
        <translation>Tabellenzuordnungen und letzte Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>Gelesen: %1.</translation>
    </message>
    <message>
        <location filename="../src/maps/mapstate.cpp" line="+23"/>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../src/maps/mapswriter.cpp" line="+31"/>
        <source>%1 Missing right: %2.</source>
        <translation>%1 Fehlendes Recht: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (first %2, last %3)</source>
        <translation>%1 (erster %2, letzter %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recognised by the troubleshooter</source>
        <translation>Von der Problembehandlung nicht erkannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent errors since %1</source>
        <translation>Letzte Fehler seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: unknown. %1</source>
        <translation>Dataverse: unbekannt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: no error in the dual-write plug-in&apos;s trace log.</source>
        <translation>Dataverse: kein Fehler im Ablaufverfolgungsprotokoll des Dual-Write-Plug-Ins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations apps: unknown. %1</source>
        <translation>Finanz- und Betriebs-Apps: unbekannt. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maps: %1. First %2, last %3.</source>
        <translation>Zuordnungen: %1. Erster %2, letzter %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest message: %1</source>
        <translation>Neueste Meldung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required role: %1</source>
        <translation>Erforderliche Rolle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that confirm it: %1</source>
        <translation>Bestätigende Prüfungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documented symptom matches this message; `dwhealth explain` lists the closest ones.</source>
        <translation>Kein dokumentiertes Symptom passt zu dieser Meldung; `dwhealth explain` listet die ähnlichsten auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every error</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 error(s): %2</source>
        <translation>%1 Fehler: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dual-write errors since %1 (read %2)</source>
        <translation>Dual-Write-Fehler seit %1 (gelesen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table maps (read %1)</source>
        <translation>Tabellenzuordnungen (gelesen %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table maps could not be read. %1</source>
        <translation>Die Tabellenzuordnungen konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps list no table map for this environment.</source>
        <translation>Finanz- und Betriebs-Apps führen für diese Umgebung keine Tabellenzuordnung auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal entities: %1 (from %2).</source>
        <translation>Juristische Personen: %1 (aus %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors since %1</source>
        <translation>Fehler seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: unknown, %1.</source>
        <translation>Richtung: unbekannt, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last initial sync: unknown, %1.</source>
        <translation>Letzte Erstsynchronisierung: unbekannt, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse runtime configurations: unknown. %1</source>
        <translation>Dataverse-Laufzeitkonfigurationen: unbekannt. %1</translation>
    </message>
</context>
<context>
    <name>dwh::MarkdownWriter</name>
    <message>
        <location filename="../src/report/markdownwriter.cpp" line="+41"/>
        <source>Dual-write health check: %1</source>
        <translation>Dual-Write-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse: %1</source>
        <translation>Dataverse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations: %1</source>
        <translation>Finanz- und Betriebs-Apps: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run: %1 to %2 (UTC)</source>
        <translation>Lauf: %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, Regelsatz %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.**</source>
        <translation>**%1 bestanden, %2 fehlgeschlagen, %3 Warnungen, %4 unbekannt, %5 übersprungen.**</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings and fixes</source>
        <translation>Befunde und Behebungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
</context>
<context>
    <name>dwh::ODataPage</name>
    <message>
        <location filename="../src/net/odatapage.cpp" line="+23"/>
        <source>malformed answer: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no &quot;value&quot; array</source>
        <translation>kein „value“-Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;value&quot; is not an array</source>
        <translation>„value“ ist kein Array</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 of &quot;value&quot; is not an object</source>
        <translation>Zeile %1 von „value“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;@odata.nextLink&quot; is not a URL string</source>
        <translation>„@odata.nextLink“ ist keine URL-Zeichenfolge</translation>
    </message>
</context>
<context>
    <name>dwh::PdfOptions</name>
    <message>
        <location filename="../src/report/pdfoptions.cpp" line="+33"/>
        <source>%1: not a readable image: %2</source>
        <translation>%1: kein lesbares Bild: %2</translation>
    </message>
</context>
<context>
    <name>dwh::PdfWriter</name>
    <message>
        <location filename="../src/report/pdfcontent.cpp" line="+177"/>
        <location line="+254"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Records involved</source>
        <translation>Betroffene Datensätze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps are those of finding %1.</source>
        <translation>Die Schritte entsprechen denen von Befund %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>Findings and fixes</source>
        <translation>Befunde und Behebungen</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tool version</source>
        <translation>Toolversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Regelsatzversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>erzwungen (--force-dependencies): ausgeführt, obwohl eine Voraussetzung fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks run</source>
        <translation>Ausgeführte Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check id</source>
        <translation>Prüfungs-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How to read this report</source>
        <translation>Hinweise zum Lesen dieses Berichts</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>DUAL-WRITE HEALTH CHECK REPORT</source>
        <translation>BERICHT ZUR DUAL-WRITE-INTEGRITÄTSPRÜFUNG</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>Mandanten- und Umgebungskennungen, URLs, Benutzernamen und E-Mail-Adressen sind in diesem Bericht geschwärzt.</translation>
    </message>
    <message>
        <location filename="../src/report/pdfwriter.cpp" line="+39"/>
        <location line="+90"/>
        <source>Dual-write health check: %1</source>
        <translation>Dual-Write-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, Regelsatz %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>dwh::Profile</name>
    <message>
        <location filename="../src/core/profile.cpp" line="+54"/>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+52"/>
        <location line="+37"/>
        <location line="+10"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+14"/>
        <location filename="../src/core/profilevalidation.cpp" line="-43"/>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile must be a JSON object</source>
        <translation>das Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; is not one of clientSecret, deviceCode, interactive</source>
        <translation>„%1“ ist keiner der Werte clientSecret, deviceCode, interactive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be the name of an environment variable (letters, digits and _), not the secret itself</source>
        <translation>muss der Name einer Umgebungsvariablen sein (Buchstaben, Ziffern und _), nicht das Geheimnis selbst</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+4"/>
        <source>&quot;%1&quot;: the host &quot;%2&quot; is not a full host name such as contoso.crm.dynamics.com</source>
        <translation>&quot;%1&quot;: der Host &quot;%2&quot; ist kein vollständiger Hostname wie contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a GUID</source>
        <translation>„%1“ ist keine GUID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com</source>
        <translation>&quot;%1&quot; ist weder eine Mandanten-ID (eine GUID) noch eine Domäne wie contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing (needed to find the Power Platform API host; or set powerPlatform.url)</source>
        <translation>fehlt (wird benötigt, um den Host der Power Platform-API zu ermitteln; alternativ powerPlatform.url festlegen)</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+9"/>
        <source>must be an array of legal entity codes</source>
        <translation>muss ein Array von Codes juristischer Personen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/profilevalidation.cpp" line="+5"/>
        <source>must be a non-empty legal entity code</source>
        <translation>muss ein nicht leerer Code einer juristischen Person sein</translation>
    </message>
</context>
<context>
    <name>dwh::RecordedFacts</name>
    <message>
        <location filename="../src/bundle/recordedfacts.cpp" line="+18"/>
        <source>the recorded facts are malformed (facts.json, %1): %2</source>
        <translation>Die aufgezeichneten Fakten sind fehlerhaft (facts.json, %1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence %1 is not an object</source>
        <translation>Nachweis %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>evidence %1: %2</source>
        <translation>Nachweis %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;state&quot; is not one of &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</source>
        <translation>&quot;state&quot; ist nicht einer der Werte &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rows&quot; is not an array</source>
        <translation>&quot;rows&quot; ist kein Array</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of &quot;rows&quot; is not an object</source>
        <translation>Zeile %1 von &quot;rows&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;rows&quot; is missing</source>
        <translation>&quot;rows&quot; fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a failed dataset without an &quot;error&quot;</source>
        <translation>ein fehlgeschlagenes Dataset ohne &quot;error&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;evidence&quot; is not an array</source>
        <translation>&quot;evidence&quot; ist kein Array</translation>
    </message>
</context>
<context>
    <name>dwh::Remediation</name>
    <message>
        <location filename="../src/remediation/backup.cpp" line="+54"/>
        <source>format: not a dwhealth backup (expected &quot;%1&quot;)</source>
        <translation>format: keine dwhealth-Sicherung (erwartet: „%1“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schemaVersion: %1 is not supported (this version reads %2)</source>
        <translation>schemaVersion: %1 wird nicht unterstützt (diese Version liest %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>records: missing or not an array</source>
        <translation>records: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records: %1 entries; a backup holds at most %2</source>
        <translation>records: %1 Einträge; eine Sicherung enthält höchstens %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>records[%1]: not an object</source>
        <translation>records[%1]: kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].action: missing or not an object</source>
        <translation>records[%1].action: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>records[%1].existed: not true or false</source>
        <translation>records[%1].existed: weder true noch false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].record: missing or not an object</source>
        <translation>records[%1].record: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupfile.cpp" line="+36"/>
        <source>%1: cannot write the backup: %2</source>
        <translation>%1: Die Sicherung kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/owningteamfix.cpp" line="+34"/>
        <source>the team id &quot;%1&quot; is not a GUID</source>
        <translation>die Team-ID „%1“ ist keine GUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team named by the caller</source>
        <translation>das vom Aufrufer angegebene Team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the root business unit&apos;s default team could not be read (%1); name a team id instead</source>
        <translation>das Standardteam der Stammunternehmenseinheit konnte nicht gelesen werden (%1); geben Sie stattdessen eine Team-ID an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team &quot;%1&quot;</source>
        <translation>das Standardteam „%1“ der Stammunternehmenseinheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse returned no default team for the root business unit; name a team id instead</source>
        <translation>Dataverse hat kein Standardteam für die Stammunternehmenseinheit zurückgegeben; geben Sie stattdessen eine Team-ID an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the company&apos;s own owner team &quot;%1&quot; in its business unit &quot;%2&quot;, as Microsoft&apos;s company-data article describes</source>
        <translation>das eigene Besitzerteam „%1“ des Unternehmens in seiner Unternehmenseinheit „%2“, wie im Microsoft-Artikel zu Unternehmensdaten beschrieben</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../src/remediation/stalecleanup.cpp" line="+32"/>
        <source>the details of %1 are malformed (%2), so the records to fix are unknown</source>
        <translation>die Details von %1 sind fehlerhaft (%2), daher sind die zu korrigierenden Datensätze unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the company %1 has no usable id (&quot;%2&quot;)</source>
        <translation>das Unternehmen %1 hat keine verwendbare ID („%2“)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, because no owner team named as the company was found in a business unit of its name</source>
        <translation>%1, da in keiner gleichnamigen Unternehmenseinheit ein nach dem Unternehmen benanntes Besitzerteam gefunden wurde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the company syncs through dual-write and has no default owning team; sets %1 (%2)</source>
        <translation>das Unternehmen wird über Dual-Write synchronisiert und hat kein Standardbesitzerteam; legt %1 (%2) fest</translation>
    </message>
    <message>
        <location filename="../src/remediation/remediationplan.cpp" line="+39"/>
        <source>%1 cannot be fixed by dwhealth; codes it can fix: %2</source>
        <translation>%1 kann von dwhealth nicht behoben werden; behebbare Codes: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report has no result for %1</source>
        <translation>der Bericht enthält kein Ergebnis für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be judged, so the records to fix are unknown: %2</source>
        <translation>%1 konnte nicht bewertet werden, daher sind die zu behebenden Datensätze unbekannt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 failed but its details name no record to fix</source>
        <translation>%1 ist fehlgeschlagen, aber die Details nennen keinen zu behebenden Datensatz</translation>
    </message>
    <message>
        <location filename="../src/remediation/restoreplan.cpp" line="+68"/>
        <source>creates again the record that was deleted (%1)</source>
        <translation>erstellt den gelöschten Datensatz erneut (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not restored, set by Dataverse itself: %2</source>
        <translation>%1: nicht wiederhergestellt, wird von Dataverse selbst gesetzt: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>sets back the columns the fix changed</source>
        <translation>setzt die von der Behebung geänderten Spalten zurück</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clears %1 again: it was empty before the fix</source>
        <translation>leert %1 wieder: die Spalte war vor der Behebung leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>sets %1 back to %2</source>
        <translation>setzt %1 auf %2 zurück</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2 was already empty; nothing to restore</source>
        <translation>%1: %2 war bereits leer; nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deletes the record the run created: it did not exist before</source>
        <translation>löscht den vom Lauf erstellten Datensatz: Er war vorher nicht vorhanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: existed before the %2 and was not changed by it; nothing to restore</source>
        <translation>%1: existierte bereits vor dem %2 und wurde dadurch nicht geändert; nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup was taken from %1, but the profile&apos;s %2 environment is %3</source>
        <translation>die Sicherung stammt von %1, aber die Umgebung für %2 im Profil ist %3</translation>
    </message>
    <message>
        <location filename="../src/remediation/stalecleanup.cpp" line="+12"/>
        <source>the check could not establish which Dataverse environment is linked (%1)</source>
        <translation>Die Prüfung konnte nicht feststellen, welche Dataverse-Umgebung verknüpft ist (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the other side&apos;s read returned no dual-write configuration, which may mean the sign-in cannot see them rather than that there are none</source>
        <translation>Der Lesevorgang auf der anderen Seite hat keine Dual-Write-Konfiguration zurückgegeben; das kann bedeuten, dass die Anmeldung sie nicht sehen kann, und nicht, dass keine vorhanden sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: %1. Check the table maps on the Dual-write page; to delete these records anyway, confirm the override explicitly.</source>
        <translation>abgelehnt: %1. Prüfen Sie die Tabellenzuordnungen auf der Dual-Write-Seite; um diese Datensätze trotzdem zu löschen, bestätigen Sie das Überschreiben ausdrücklich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override confirmed although %1.</source>
        <translation>Überschreiben bestätigt, obwohl %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop these table maps on the Dual-write page first (Microsoft&apos;s cleanup procedure requires it), and run them again afterwards: %1.</source>
        <translation>Beenden Sie zuerst diese Tabellenzuordnungen auf der Dual-Write-Seite (das Bereinigungsverfahren von Microsoft verlangt dies) und starten Sie sie danach erneut: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the stale runtime configuration &quot;%1&quot; has no usable id (&quot;%2&quot;)</source>
        <translation>die veraltete Laufzeitkonfiguration „%1“ hat keine verwendbare ID („%2“)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no finance and operations project configuration points at %1, so no runtime configuration belongs to a link (noLink; %2)</source>
        <translation>keine Projektkonfiguration in den Finanz- und Betriebs-Apps verweist auf %1, daher gehört keine Laufzeitkonfiguration zu einer Verknüpfung (noLink; %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project configuration of the current link matches it by name or by entity pair (noMatchingProject; %1)</source>
        <translation>keine Projektkonfiguration der aktuellen Verknüpfung passt nach Name oder Entitätspaar dazu (noMatchingProject; %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the configurations without an environment URL are deleted; %1 others could not be judged because the linked Dataverse environment is not known.</source>
        <translation>Es werden nur die Konfigurationen ohne Umgebungs-URL gelöscht; %1 weitere konnten nicht beurteilt werden, da die verknüpfte Dataverse-Umgebung nicht bekannt ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a stale project configuration has no ProjectName, so it cannot be addressed</source>
        <translation>eine veraltete Projektkonfiguration hat keinen ProjectName und kann daher nicht adressiert werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no ExternalEnvironmentUrl; the linked Dataverse environment is %1</source>
        <translation>hat keine ExternalEnvironmentUrl; die verknüpfte Dataverse-Umgebung ist %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points at %1, not at the linked Dataverse environment %2</source>
        <translation>verweist auf %1, nicht auf die verknüpfte Dataverse-Umgebung %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupcheck.cpp" line="+147"/>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GUID</source>
        <translation>eine GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string, number or true/false</source>
        <translation>eine Zeichenfolge, Zahl oder true/false</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>column %1 must be a GUID or null</source>
        <translation>Spalte %1 muss eine GUID oder null sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column %1 is not a column of this table; restore does not send columns it does not know</source>
        <translation>Spalte %1 ist keine Spalte dieser Tabelle; bei der Wiederherstellung werden keine unbekannten Spalten gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column %1 must be %2 or null</source>
        <translation>Spalte %1 muss %2 oder null sein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: the profile has no %2 URL</source>
        <translation>%1: Das Profil hat keine %2-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the backup was taken from %2, but the profile&apos;s %3 environment is %4; restore only writes to the profile&apos;s own hosts</source>
        <translation>%1: Die Sicherung stammt von %2, aber die %3-Umgebung des Profils ist %4; die Wiederherstellung schreibt nur auf die Hosts des Profils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable address</source>
        <translation>eine unlesbare Adresse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 %3 (%4) is not a write that %5 %6 makes; restore only undoes what dwhealth itself wrote</source>
        <translation>%1: %2 %3 (%4) ist kein Schreibvorgang, den %5 %6 ausführt; die Wiederherstellung macht nur rückgängig, was dwhealth selbst geschrieben hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the key &quot;%2&quot; is not a GUID</source>
        <translation>%1: Der Schlüssel „%2“ ist keine GUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the key &quot;%2&quot; is not a project name</source>
        <translation>%1: Der Schlüssel „%2“ ist kein Projektname</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its URLs do not address the record it names (%2 %3)</source>
        <translation>%1: Die URLs adressieren nicht den genannten Datensatz (%2 %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PATCH may only set %2 to a team (/teams(GUID)); restore refuses other columns</source>
        <translation>%1: Der PATCH darf %2 nur auf ein Team setzen (/teams(GUID)); die Wiederherstellung lehnt andere Spalten ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a %2 carries no body</source>
        <translation>%1: Ein %2 hat keinen Textkörper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 needs the record as it was (&quot;existed&quot;: true)</source>
        <translation>%1: Ein %2 benötigt den Datensatz im ursprünglichen Zustand (&quot;existed&quot;: true)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the saved %2 must be a GUID or null</source>
        <translation>%1: Der gespeicherte Wert %2 muss eine GUID oder null sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the saved record&apos;s %2 is not the key the entry names</source>
        <translation>%1: %2 des gespeicherten Datensatzes ist nicht der im Eintrag genannte Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>operation: &quot;%1&quot; is neither fix nor restore</source>
        <translation>operation: „%1“ ist weder fix noch restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: &quot;%1&quot; is not a code dwhealth fixes</source>
        <translation>code: „%1“ ist kein Code, den dwhealth korrigiert</translation>
    </message>
    <message>
        <location filename="../src/remediation/targetstate.cpp" line="+44"/>
        <source>the record is still there</source>
        <translation>der Datensatz ist noch vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record is gone</source>
        <translation>der Datensatz ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record exists</source>
        <translation>der Datensatz ist vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the record does not exist</source>
        <translation>der Datensatz ist nicht vorhanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>the record as read has no %1</source>
        <translation>der gelesene Datensatz hat kein %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another value</source>
        <translation>%1 hat einen anderen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the values the write sets</source>
        <translation>er hat die Werte, die der Schreibvorgang setzt</translation>
    </message>
    <message>
        <location filename="../src/remediation/recordfixsteps.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1 (%2): %3</source>
        <translation>%1 (%2) löschen: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update %1 (%2): %3</source>
        <translation>%1 (%2) aktualisieren: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dwhealth fix %1 previews these writes, backs up each record and applies them after confirmation; the wizard&apos;s guided fix does the same.</source>
        <translation>dwhealth fix %1 zeigt diese Schreibvorgänge in einer Vorschau an, sichert jeden Datensatz und wendet sie nach Bestätigung an; die geführte Korrektur des Assistenten tut dasselbe.</translation>
    </message>
</context>
<context>
    <name>dwh::RemediationRun</name>
    <message>
        <location filename="../src/remediation/remediationrun.cpp" line="+105"/>
        <source>not attempted: %1</source>
        <translation>nicht versucht: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>cancelled before any write</source>
        <translation>abgebrochen, bevor etwas geschrieben wurde</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the backup could not be made, so nothing was written: %1</source>
        <translation>die Sicherung konnte nicht erstellt werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup could not be written, so nothing was written: %1</source>
        <translation>die Sicherung konnte nicht geschrieben werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already present: %1; nothing was sent</source>
        <translation>bereits vorhanden: %1; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>dwh::Report</name>
    <message>
        <location filename="../src/core/simulatedenvironment.cpp" line="+29"/>
        <source>Simulated environment — not a customer tenant</source>
        <translation>Simulierte Umgebung – kein Kundenmandant</translation>
    </message>
</context>
<context>
    <name>dwh::ReportContent</name>
    <message>
        <location filename="../src/report/reportcontent.cpp" line="+27"/>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check found nothing to fix.</source>
        <translation>Die Prüfung hat nichts zu beheben gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is blocked or broken until this is fixed.</source>
        <translation>Dual-Write ist blockiert oder gestört, bis dies behoben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write works, but review this before going live.</source>
        <translation>Dual-Write funktioniert, aber prüfen Sie dies vor dem Produktivstart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be read, so the check could not be judged; the finding says why.</source>
        <translation>Die Daten konnten nicht gelesen werden, daher konnte die Prüfung nicht bewertet werden; der Befund nennt den Grund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check did not run; the report says why.</source>
        <translation>Die Prüfung wurde nicht ausgeführt; der Bericht nennt den Grund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prerequisite health check</source>
        <translation>Integritätsprüfung der Voraussetzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microsoft&apos;s description: %1</source>
        <translation>Beschreibung von Microsoft: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action needed: %1 of %2 checks failed.</source>
        <translation>Handlungsbedarf: %1 von %2 Prüfungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: %1 of %2 checks could not be evaluated.</source>
        <translation>Unvollständig: %1 von %2 Prüfungen konnten nicht ausgewertet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed with warnings: %1 of %2 checks need a review before going live.</source>
        <translation>Mit Warnungen bestanden: %1 von %2 Prüfungen müssen vor dem Produktivstart überprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy: every check passed.</source>
        <translation>Fehlerfrei: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>… and %1 more (all of them are in the JSON report).</source>
        <translation>… und %1 weitere (alle sind im JSON-Bericht enthalten).</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDetails</name>
    <message>
        <location filename="../src/report/detaillabels.cpp" line="+18"/>
        <source>Below the consent threshold</source>
        <translation>Unter dem Zustimmungsschwellenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the security update</source>
        <translation>Unter dem Sicherheitsupdate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud-hosted</source>
        <translation>In der Cloud gehostet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to be cloud-hosted because</source>
        <translation>Bekanntermaßen in der Cloud gehostet, weil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent threshold</source>
        <translation>Zustimmungsschwellenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core version</source>
        <translation>Version von Dual Write Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations user</source>
        <translation>Benutzer in Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy application required</source>
        <translation>Legacy-Anwendung erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required roles</source>
        <translation>Erforderliche Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security update minimum</source>
        <translation>Mindestversion für Sicherheitsupdate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrators</source>
        <translation>Systemadministratoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique name</source>
        <translation>Eindeutiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versionsstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies</source>
        <translation>Assemblys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies without steps</source>
        <translation>Assemblys ohne Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Darunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit</source>
        <translation>Unternehmenseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit ID</source>
        <translation>ID der Unternehmenseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team</source>
        <translation>Standardteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled steps</source>
        <translation>Deaktivierte Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O project configurations</source>
        <translation>F&amp;O-Projektkonfigurationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync limit</source>
        <translation>Grenze der Erstsynchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translation>Juristische Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity count</source>
        <translation>Anzahl juristischer Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link basis</source>
        <translation>Grundlage der Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked projects</source>
        <translation>Verknüpfte Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked URL</source>
        <translation>Verknüpfte URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync limit</source>
        <translation>Grenze der Live-Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units</source>
        <translation>Zugeordnete Unternehmenseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units not read</source>
        <translation>Zugeordnete Unternehmenseinheiten nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing assemblies</source>
        <translation>Fehlende Assemblys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in Dataverse</source>
        <translation>Nicht in Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed (records left out of the report, per list)</source>
        <translation>Nicht aufgeführt (im Bericht ausgelassene Datensätze, je Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>Im Besitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection readable</source>
        <translation>Auswahl lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Systemadministrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With team</source>
        <translation>Mit Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without team</source>
        <translation>Ohne Team</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDiff</name>
    <message>
        <location filename="../src/history/reportdiff.cpp" line="+143"/>
        <source>Changes from the run of %1 to the run of %2: %3
</source>
        <translation>Änderungen zwischen dem Lauf vom %1 und dem Lauf vom %2: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
</context>
<context>
    <name>dwh::ReportWriter</name>
    <message>
        <location filename="../src/report/reportwriter.cpp" line="+45"/>
        <source>unknown report format &quot;%1&quot;</source>
        <translation>unbekanntes Berichtsformat „%1“</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot write to stdout</source>
        <translation>Schreiben nach stdout nicht möglich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>dwh::Rules</name>
    <message>
        <location filename="../src/rules/catalogue.cpp" line="+22"/>
        <source>In finance and operations apps, open Data management &gt; Dual-write and stop all table maps.</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps „Datenverwaltung &gt; Dual-Write“, und halten Sie alle Tabellenzuordnungen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know what the reset deletes before you start: the dual-write runtime configuration (finance and operations tables DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition, and the Dataverse table Dual Write Runtime Configurations) and all dual-write configuration data: table maps, integration keys, legal-entity mapping, alert settings, activity logs and initial-sync history.</source>
        <translation>Informieren Sie sich vor dem Start, was beim Zurücksetzen gelöscht wird: die Dual-Write-Laufzeitkonfiguration (die Tabellen DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration und BusinessEventsDefinition in den Finanz- und Betriebs-Apps sowie die Dataverse-Tabelle Dual Write Runtime Configurations) und alle Dual-Write-Konfigurationsdaten: Tabellenzuordnungen, Integrationsschlüssel, Zuordnung der juristischen Personen, Warnungseinstellungen, Aktivitätsprotokolle und der Verlauf der Erstsynchronisierung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select Reset link. Choose Power Platform Link Dataverse Environment (recommended), select Acknowledge Reset (and Force Reset if maps were still running), select the legal entities, review the health check page and finish the wizard.</source>
        <translation>Wählen Sie „Verknüpfung zurücksetzen“ aus. Wählen Sie „Power Platform-verknüpfte Dataverse-Umgebung“ (empfohlen), wählen Sie „Zurücksetzen bestätigen“ (und „Zurücksetzen erzwingen“, falls noch Zuordnungen liefen), wählen Sie die juristischen Personen aus, überprüfen Sie die Seite der Integritätsprüfung, und schließen Sie den Assistenten ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the reset, apply the dual-write solutions again (Apply Solution), start the table maps and run the initial synchronization where needed.</source>
        <translation>Wenden Sie nach dem Zurücksetzen die Dual-Write-Lösungen erneut an („Lösung anwenden“), starten Sie die Tabellenzuordnungen, und führen Sie bei Bedarf die Erstsynchronisierung aus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Microsoft Dataverse connection used by dual-write is missing or not connected.</source>
        <translation>Öffnen Sie im Power Apps-Maker-Portal (https://make.powerapps.com) die mit Dual-Write verknüpfte Umgebung, und prüfen Sie „Verbindungen“: Die von Dual-Write verwendete Microsoft Dataverse-Verbindung fehlt oder ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Finance and Operations apps (Dynamics 365) connection used by dual-write is missing or not connected.</source>
        <translation>Öffnen Sie im Power Apps-Maker-Portal (https://make.powerapps.com) die mit Dual-Write verknüpfte Umgebung, und prüfen Sie „Verbindungen“: Die von Dual-Write verwendete Verbindung „Finance and Operations apps (Dynamics 365)“ fehlt oder ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection in an error state can sometimes be repaired by signing in again from its Connections entry; a deleted connection can only be recreated by resetting the dual-write link.</source>
        <translation>Eine Verbindung im Fehlerzustand lässt sich manchmal reparieren, indem Sie sich über ihren Eintrag unter „Verbindungen“ erneut anmelden; eine gelöschte Verbindung kann nur durch Zurücksetzen der Dual-Write-Verknüpfung neu erstellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the dual-write link so that its Dataverse APIHub connection is created again.</source>
        <translation>Setzen Sie die Dual-Write-Verknüpfung zurück, damit ihre Dataverse-APIHub-Verbindung neu erstellt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the dual-write link so that its finance and operations APIHub connection is created again.</source>
        <translation>Setzen Sie die Dual-Write-Verknüpfung zurück, damit ihre APIHub-Verbindung für die Finanz- und Betriebs-Apps neu erstellt wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the Dual-write page in finance and operations apps, select Environment details and review the Legal entities tab.</source>
        <translation>Wählen Sie auf der Seite „Dual-Write“ in den Finanz- und Betriebs-Apps „Umgebungsdetails“ aus, und überprüfen Sie die Registerkarte „Juristische Personen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the Company (cdm_company) table in Dataverse: every legal entity listed for dual-write must have a Company row with the same company code.</source>
        <translation>Vergleichen Sie sie mit der Tabelle „Unternehmen“ (cdm_company) in Dataverse: Jede für Dual-Write aufgeführte juristische Person muss eine Unternehmenszeile mit demselben Unternehmenscode haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the legal entities in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities): every legal entity listed for dual-write must exist there.</source>
        <translation>Vergleichen Sie sie mit den juristischen Personen in den Finanz- und Betriebs-Apps (Organisationsverwaltung &gt; Organisationen &gt; Juristische Personen): Jede für Dual-Write aufgeführte juristische Person muss dort vorhanden sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 1: remove the mismatched legal entities (listed in this result) from the dual-write configuration.</source>
        <translation>Option 1: Entfernen Sie die nicht übereinstimmenden juristischen Personen (in diesem Ergebnis aufgeführt) aus der Dual-Write-Konfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option 2: reset the dual-write link (see the reset article) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 2: Setzen Sie die Dual-Write-Verknüpfung zurück (siehe den Artikel zum Zurücksetzen), und wählen Sie nur juristische Personen aus, die auf beiden Seiten vorhanden sind. Beim Zurücksetzen werden die Tabellenzuordnungen, die Integrationsschlüssel, die Zuordnung der juristischen Personen und die Laufzeitkonfiguration gelöscht; wenden Sie die Lösungen danach erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the legal entities selected for dual-write match the companies in Dataverse.</source>
        <translation>Sorgen Sie dafür, dass die für Dual-Write ausgewählten juristischen Personen mit den Unternehmen in Dataverse übereinstimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the legal entities selected for dual-write match the legal entities in finance and operations apps.</source>
        <translation>Sorgen Sie dafür, dass die für Dual-Write ausgewählten juristischen Personen mit den juristischen Personen in den Finanz- und Betriebs-Apps übereinstimmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In finance and operations apps, stop all dual-write table maps.</source>
        <translation>Halten Sie in den Finanz- und Betriebs-Apps alle Dual-Write-Tabellenzuordnungen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data entity DualWriteProjectConfigurationEntity in the Excel add-in (enable design mode and add the entity to a sheet).</source>
        <translation>Öffnen Sie die Datenentität DualWriteProjectConfigurationEntity im Excel-Add-In (aktivieren Sie den Entwurfsmodus, und fügen Sie die Entität einem Blatt hinzu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the rows listed in this result (there are two rows per table map) and publish; publishing deletes them from the DualWriteProjectConfiguration tables.</source>
        <translation>Löschen Sie die in diesem Ergebnis aufgeführten Zeilen (zwei Zeilen pro Tabellenzuordnung), und veröffentlichen Sie; beim Veröffentlichen werden sie aus den DualWriteProjectConfiguration-Tabellen gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no configuration pointing at another Dataverse environment remains, then restart the table maps.</source>
        <translation>Vergewissern Sie sich, dass keine Konfiguration übrig bleibt, die auf eine andere Dataverse-Umgebung verweist, und starten Sie dann die Tabellenzuordnungen neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop all dual-write table maps in finance and operations apps.</source>
        <translation>Halten Sie alle Dual-Write-Tabellenzuordnungen in den Finanz- und Betriebs-Apps an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, open Advanced Settings &gt; Advanced Find and look for DualWrite Runtime Configuration (Dual Write Runtime Configurations).</source>
        <translation>Öffnen Sie in Dataverse „Erweiterte Einstellungen &gt; Erweiterte Suche“, und suchen Sie nach DualWrite Runtime Configuration (Dual Write Runtime Configurations).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Results, select the stale rows listed in this result and delete them.</source>
        <translation>Wählen Sie „Ergebnisse“ aus, markieren Sie die in diesem Ergebnis aufgeführten veralteten Zeilen, und löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the finance and operations cleanup of DualWriteProjectConfigurationEntity so that no stale configuration remains on either side, then restart the table maps.</source>
        <translation>Wiederholen Sie die Bereinigung von DualWriteProjectConfigurationEntity in den Finanz- und Betriebs-Apps, damit auf keiner Seite eine veraltete Konfiguration übrig bleibt, und starten Sie dann die Tabellenzuordnungen neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dual-write runtime configurations in Dataverse that no longer belong to the current link.</source>
        <translation>Löschen Sie die Dual-Write-Laufzeitkonfigurationen in Dataverse, die nicht mehr zur aktuellen Verknüpfung gehören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the finance and operations dual-write project configurations that point at another Dataverse environment.</source>
        <translation>Löschen Sie die Dual-Write-Projektkonfigurationen in den Finanz- und Betriebs-Apps, die auf eine andere Dataverse-Umgebung verweisen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the root business unit&apos;s default team with the query GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (the team and business unit are named in this result).</source>
        <translation>Ermitteln Sie das Standardteam der Stammunternehmenseinheit mit der Abfrage GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (Team und Unternehmenseinheit sind in diesem Ergebnis genannt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option 1: open a ticket with Microsoft Support to update the connection details, giving the default team of the root business unit (its id and name are in this result).</source>
        <translation>Option 1: Eröffnen Sie ein Ticket beim Microsoft-Support, um die Verbindungsdetails aktualisieren zu lassen, und geben Sie das Standardteam der Stammunternehmenseinheit an (ID und Name stehen in diesem Ergebnis).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 2: reset the dual-write link (see the reset article). A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 2: Setzen Sie die Dual-Write-Verknüpfung zurück (siehe den Artikel zum Zurücksetzen). Beim Zurücksetzen werden die Tabellenzuordnungen, die Integrationsschlüssel, die Zuordnung der juristischen Personen und die Laufzeitkonfiguration gelöscht; wenden Sie die Lösungen danach erneut an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a default owning team on every company that syncs with dual-write.</source>
        <translation>Wählen Sie für jedes Unternehmen, das mit Dual-Write synchronisiert wird, ein Standardbesitzerteam aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Power Apps maker portal (https://make.powerapps.com).</source>
        <translation>Öffnen Sie das Power Apps-Maker-Portal (https://make.powerapps.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the environment that has the dual-write link to your finance and operations apps environment.</source>
        <translation>Wählen Sie die Umgebung aus, die die Dual-Write-Verknüpfung zu Ihrer Umgebung der Finanz- und Betriebs-Apps hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tables list, then the Company table.</source>
        <translation>Öffnen Sie die Liste „Tabellen“ und dann die Tabelle „Unternehmen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Default owning team column isn&apos;t shown, show it.</source>
        <translation>Falls die Spalte „Standardbesitzerteam“ nicht angezeigt wird, blenden Sie sie ein.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Have the dual-write connection details updated to the renamed default team: open a ticket with Microsoft Support asking them to update the connection details, or reset the link, which reads them again.</source>
        <translation>Lassen Sie die Dual-Write-Verbindungsdetails auf das umbenannte Standardteam aktualisieren: Eröffnen Sie beim Microsoft-Support ein Ticket mit der Bitte, die Verbindungsdetails zu aktualisieren, oder setzen Sie die Verknüpfung zurück, wodurch sie neu eingelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set a Default owning team for every company listed in this result: the owner team of the company&apos;s own business unit (created with the company&apos;s name when it was enabled for dual-write) keeps its records visible to that business unit; dwhealth fix DWDVEV1007 offers it first.</source>
        <translation>Legen Sie für jedes in diesem Ergebnis aufgeführte Unternehmen ein Standard-Besitzerteam fest: Das Besitzerteam der eigenen Unternehmenseinheit des Unternehmens (beim Aktivieren für Dual-Write mit dem Namen des Unternehmens erstellt) hält dessen Datensätze für diese Unternehmenseinheit sichtbar; dwhealth fix DWDVEV1007 schlägt es als Erstes vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the selected teams have the needed security roles (Dual-write runtime user, Dual-write app user and roles for the synced tables).</source>
        <translation>Stellen Sie sicher, dass die ausgewählten Teams die benötigten Sicherheitsrollen haben (Dual-write runtime user, Dual-write app user und Rollen für die synchronisierten Tabellen).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Missing Dataverse APIHub connection, without ConnectionFix support.</source>
        <translation>Dataverse-APIHub-Verbindung fehlt, ohne ConnectionFix-Unterstützung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing finance and operations apps APIHub connection without ConnectionFix support.</source>
        <translation>APIHub-Verbindung der Finanz- und Betriebs-Apps fehlt, ohne ConnectionFix-Unterstützung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company mismatched between dual-write and Dataverse.</source>
        <translation>Unternehmen stimmt zwischen Dual-Write und Dataverse nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company mismatched between dual-write and finance and operations apps.</source>
        <translation>Unternehmen stimmt zwischen Dual-Write und den Finanz- und Betriebs-Apps nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in Dataverse.</source>
        <translation>In Dataverse sind veraltete Dual-Write-Konfigurationen vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in finance and operations apps.</source>
        <translation>In den Finanz- und Betriebs-Apps sind veraltete Dual-Write-Konfigurationen vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Team name mismatch for Dataverse and dual-write.</source>
        <translation>Name des Standardteams stimmt zwischen Dataverse und Dual-Write nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team isn&apos;t present in company.</source>
        <translation>Im Unternehmen ist kein Standardbesitzerteam vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse is unreachable or refuses the sign-in.</source>
        <translation>Dataverse ist nicht erreichbar oder lehnt die Anmeldung ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps are unreachable or refuse the sign-in.</source>
        <translation>Die Finanz- und Betriebs-Apps sind nicht erreichbar oder lehnen die Anmeldung ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dual Write Core solution is not installed in Dataverse.</source>
        <translation>Die Lösung Dual Write Core ist in Dataverse nicht installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dual-write solution is below its required version.</source>
        <translation>Eine Dual-Write-Lösung liegt unter ihrer erforderlichen Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prospect to Cash solution is installed; dual-write cannot run side by side with it.</source>
        <translation>Die Lösung Prospect to Cash ist installiert; Dual-Write kann nicht parallel dazu ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is below the version Microsoft&apos;s dual-write release notes require.</source>
        <translation>Die Dual Write Core-Lösung liegt unter der Version, die die Dual-Write-Versionshinweise von Microsoft verlangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user is missing or disabled in Dataverse.</source>
        <translation>Ein Dual-Write-Anwendungsbenutzer fehlt oder ist in Dataverse deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application dual-write needs is missing from the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Eine von Dual-Write benötigte Anwendung fehlt auf der Seite „Microsoft Entra ID-Anwendungen“ der Finanz- und Betriebs-Apps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity is not System administrator in finance and operations apps.</source>
        <translation>Die angemeldete Identität ist in den Finanz- und Betriebs-Apps kein Systemadministrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user lacks the security roles dual-write needs in Dataverse.</source>
        <translation>Einem Dual-Write-Anwendungsbenutzer fehlen die Sicherheitsrollen, die Dual-Write in Dataverse benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root business unit&apos;s default team or a dual-write company&apos;s default owning team lacks the security roles dual-write needs.</source>
        <translation>Dem Standardteam der Stamm-Unternehmenseinheit oder dem Standard-Besitzerteam eines Dual-Write-Unternehmens fehlen die Sicherheitsrollen, die Dual-Write benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write plug-in assembly is missing or its steps are disabled.</source>
        <translation>Eine Dual-Write-Plug-In-Assembly fehlt, oder ihre Schritte sind deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed-in identity is not System Administrator in Dataverse.</source>
        <translation>Die angemeldete Identität ist in Dataverse kein Systemadministrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Company (cdm_company) table has duplicate or blank names.</source>
        <translation>Die Tabelle „Unternehmen“ (cdm_company) enthält doppelte oder leere Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More legal entities are selected for dual-write than it supports.</source>
        <translation>Für Dual-Write sind mehr juristische Personen ausgewählt, als unterstützt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Install the Dual Write Core solution in the Dataverse environment.</source>
        <translation>Installieren Sie die Lösung Dual Write Core in der Dataverse-Umgebung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps (or get &quot;Dual Write Core&quot; from AppSource).</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung, und wählen Sie „Dynamics 365-Apps“ (oder beziehen Sie „Dual Write Core“ über AppSource).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Dual Write Core solution; it carries the DualWriteRegistration.Plugins and DualWriteRuntime.Plugins assemblies.</source>
        <translation>Installieren Sie die Lösung Dual Write Core; sie enthält die Assemblys DualWriteRegistration.Plugins und DualWriteRuntime.Plugins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+29"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Run the health check again.</source>
        <translation>Führen Sie die Integritätsprüfung erneut aus.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Upgrade the dual-write solutions listed in this result to at least the required version.</source>
        <translation>Aktualisieren Sie die in diesem Ergebnis aufgeführten Dual-Write-Lösungen mindestens auf die erforderliche Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps.</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung, und wählen Sie „Dynamics 365-Apps“.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Update the dual-write packages that contain the listed solutions: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) and Dual-write Supply Chain (Dynamics365SupplyChainExtended); see the separated solutions article for the package contents and their order.</source>
        <translation>Aktualisieren Sie die Dual-Write-Pakete, die die aufgeführten Lösungen enthalten: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) und Dual-write Supply Chain (Dynamics365SupplyChainExtended); Inhalt und Reihenfolge der Pakete finden Sie im Artikel zu den separaten Lösungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In finance and operations apps, on the Dual-write page, apply the updated map solutions (Apply Solution) where they show new changes.</source>
        <translation>Wenden Sie in den Finanz- und Betriebs-Apps auf der Seite „Dual-Write“ die aktualisierten Zuordnungslösungen an („Lösung anwenden“), wo sie neue Änderungen anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall the Prospect to Cash solution; dual-write cannot run side by side with the Prospect to Cash Data Integrator.</source>
        <translation>Deinstallieren Sie die Lösung Prospect to Cash; Dual-Write kann nicht parallel zum Prospect to Cash Data Integrator ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop any Prospect to Cash Data Integrator projects.</source>
        <translation>Halten Sie alle Projekte des Prospect to Cash Data Integrator an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center or the maker portal (Solutions), delete the ProspectToCash solution.</source>
        <translation>Löschen Sie im Power Platform Admin Center oder im Maker-Portal (Lösungen) die Lösung ProspectToCash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the Dual Write Core solution to at least 1.0.24073.3 (the September 2024 security update, mandatory since November 30, 2024).</source>
        <translation>Aktualisieren Sie die Dual Write Core-Lösung mindestens auf 1.0.24073.3 (das Sicherheitsupdate vom September 2024, verpflichtend seit dem 30. November 2024).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) to the current version.</source>
        <translation>Aktualisieren Sie die Dual-Write-Kernlösung „Dual-write core solution“ (AppSource mscrm.msft-d365-dual-write) auf die aktuelle Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same security update needs finance and operations apps on platform update 63 (7.0.7198.188) or 64 (7.0.7279.121) or later.</source>
        <translation>Dasselbe Sicherheitsupdate erfordert Finanz- und Betriebs-Apps mit Plattformupdate 63 (7.0.7198.188) oder 64 (7.0.7279.121) oder höher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the applications dual-write needs on the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Registrieren Sie die von Dual-Write benötigten Anwendungen auf der Seite „Microsoft Entra ID-Anwendungen“ der Finanz- und Betriebs-Apps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps Systemverwaltung &gt; Einrichtung &gt; Microsoft Entra ID-Anwendungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row for every client id listed in this result, each mapped to an enabled user with the privileges dual-write needs.</source>
        <translation>Fügen Sie für jede in diesem Ergebnis aufgeführte Client-ID eine Zeile hinzu, jeweils einem aktivierten Benutzer mit den von Dual-Write benötigten Berechtigungen zugeordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After granting access, open Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Öffnen Sie nach dem Erteilen des Zugriffs Datenverwaltung &gt; Frameworkparameter &gt; Entitätseinstellungen und wählen Sie Entitätsliste aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the identity that runs the check or links dual-write the System administrator role in finance and operations apps.</source>
        <translation>Weisen Sie der Identität, die die Prüfung ausführt oder Dual-Write verknüpft, in den Finanz- und Betriebs-Apps die Rolle Systemadministrator zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Users &gt; Users and select the user named in this result (for an app registration: the user mapped to its client id on the Microsoft Entra ID applications page).</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps Systemverwaltung &gt; Benutzer &gt; Benutzer und wählen Sie den in diesem Ergebnis genannten Benutzer aus (bei einer App-Registrierung: den Benutzer, der ihrer Client-ID auf der Seite „Microsoft Entra ID-Anwendungen“ zugeordnet ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the System administrator role.</source>
        <translation>Weisen Sie die Rolle Systemadministrator zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking dual-write needs System administrator in both finance and operations apps and Dataverse.</source>
        <translation>Zum Verknüpfen von Dual-Write ist die Rolle Systemadministrator sowohl in den Finanz- und Betriebs-Apps als auch in Dataverse erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign security roles to the dual-write application users in Dataverse.</source>
        <translation>Weisen Sie den Dual-Write-Anwendungsbenutzern in Dataverse Sicherheitsrollen zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select each application user listed in this result (application ids 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) and choose Edit security roles.</source>
        <translation>Wählen Sie jeden in diesem Ergebnis aufgeführten Anwendungsbenutzer aus (Anwendungs-IDs 00000015-0000-0000-c000-000000000000 und 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) und wählen Sie Sicherheitsrollen bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the Dual-write app user and Dual-write runtime user roles and a role with create, read, write and delete on every table dual-write syncs (or System Administrator).</source>
        <translation>Weisen Sie die Rollen Dual-write app user und Dual-write runtime user sowie eine Rolle mit Erstellen, Lesen, Schreiben und Löschen für jede von Dual-Write synchronisierte Tabelle zu (oder System Administrator).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign security roles to the root business unit&apos;s default team and to the dual-write companies&apos; default owning teams.</source>
        <translation>Weisen Sie dem Standardteam der Stamm-Unternehmenseinheit und den Standard-Besitzerteams der Dual-Write-Unternehmen Sicherheitsrollen zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the Power Platform admin center, open the environment linked to dual-write and, on the Access tab, under Teams, select See all.</source>
        <translation>Melden Sie sich beim Power Platform Admin Center an, öffnen Sie die mit Dual-Write verknüpfte Umgebung und wählen Sie auf der Registerkarte Zugriff unter Teams die Option Alle anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select each team named in this result (the root business unit&apos;s default team has the business unit&apos;s name) and choose Manage security roles.</source>
        <translation>Wählen Sie jedes in diesem Ergebnis genannte Team aus (das Standardteam der Stamm-Unternehmenseinheit trägt den Namen der Unternehmenseinheit) und wählen Sie Sicherheitsrollen verwalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Dual-write runtime user, Dual-write app user and a role that can read every table dual-write syncs (built-in, such as Salesperson, or custom; the global address book needs a custom role for Party, Postal Address and the related tables).</source>
        <translation>Weisen Sie Dual-write runtime user, Dual-write app user und eine Rolle zu, die jede von Dual-Write synchronisierte Tabelle lesen darf (integriert, etwa Salesperson, oder benutzerdefiniert; das globale Adressbuch benötigt eine benutzerdefinierte Rolle für Party, Postal Address und die zugehörigen Tabellen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team without any role makes dual-write&apos;s writes fail with &quot;Principal team … is missing prvRead… privilege&quot;; run the health check again after assigning the roles.</source>
        <translation>Ein Team ohne Rolle lässt die Schreibvorgänge von Dual-Write mit &quot;Principal team … is missing prvRead… privilege&quot; fehlschlagen; führen Sie die Integritätsprüfung nach dem Zuweisen der Rollen erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or enable the dual-write application users in Dataverse.</source>
        <translation>Erstellen oder aktivieren Sie die Dual-Write-Anwendungsbenutzer in Dataverse.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung und dann „Einstellungen &gt; Benutzer + Berechtigungen &gt; Anwendungsbenutzer“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure an enabled application user exists for the application id 00000015-0000-0000-c000-000000000000 (finance and operations apps; not needed in customer-managed cloud-hosted environments) and for 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</source>
        <translation>Stellen Sie sicher, dass ein aktivierter Anwendungsbenutzer für die Anwendungs-ID 00000015-0000-0000-c000-000000000000 (Finanz- und Betriebs-Apps; in kundenverwalteten, in der Cloud gehosteten Umgebungen nicht erforderlich) und für 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration) vorhanden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both users the Dual-write app user role and a role with create, read, write and delete on every dual-write table.</source>
        <translation>Weisen Sie beiden Benutzern die Rolle Dual-write app user und eine Rolle mit Erstell-, Lese-, Schreib- und Löschrechten für jede Dual-Write-Tabelle zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore and enable the dual-write plug-in assemblies and their steps.</source>
        <translation>Stellen Sie die Dual-Write-Plug-In-Assemblys und ihre Schritte wieder her, und aktivieren Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an assembly is missing, install or update the Dual Write Core solution, which carries DualWriteRegistration.Plugins and DualWriteRuntime.Plugins.</source>
        <translation>Falls eine Assembly fehlt, installieren oder aktualisieren Sie die Lösung Dual Write Core, die DualWriteRegistration.Plugins und DualWriteRuntime.Plugins enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If steps are disabled, enable them (for example with the Plug-in Registration Tool: select each disabled step of the listed assemblies and choose Enable).</source>
        <translation>Falls Schritte deaktiviert sind, aktivieren Sie sie (z. B. mit dem Plug-in Registration Tool: Wählen Sie jeden deaktivierten Schritt der aufgeführten Assemblys aus, und wählen Sie „Enable“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the identity that runs the check or links dual-write the System Administrator role in Dataverse.</source>
        <translation>Weisen Sie der Identität, die die Prüfung ausführt oder Dual-Write verknüpft, in Dataverse die Rolle Systemadministrator zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions (Users or Application users).</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung und dann „Einstellungen &gt; Benutzer + Berechtigungen“ („Benutzer“ oder „Anwendungsbenutzer“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the identity named in this result and assign the System Administrator security role.</source>
        <translation>Wählen Sie die in diesem Ergebnis genannte Identität aus, und weisen Sie ihr die Sicherheitsrolle Systemadministrator zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write also needs System administrator in finance and operations apps and Microsoft Entra tenant admin credentials.</source>
        <translation>Zum Verknüpfen von Dual-Write sind außerdem die Rolle Systemadministrator in den Finanz- und Betriebs-Apps und Anmeldeinformationen eines Microsoft Entra-Mandantenadministrators erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give every Company (cdm_company) row in Dataverse a unique, non-blank name.</source>
        <translation>Geben Sie jeder Unternehmenszeile (cdm_company) in Dataverse einen eindeutigen, nicht leeren Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Apps maker portal, open Tables &gt; Company and show the Name and Company code columns.</source>
        <translation>Öffnen Sie im Power Apps-Maker-Portal „Tabellen &gt; Unternehmen“, und blenden Sie die Spalten „Name“ und „Unternehmenscode“ ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or remove the rows listed in this result so that no two rows share a name (ignoring letter case) and no row has a blank name.</source>
        <translation>Benennen Sie die in diesem Ergebnis aufgeführten Zeilen um oder entfernen Sie sie, sodass keine zwei Zeilen denselben Namen haben (ohne Beachtung der Groß-/Kleinschreibung) und keine Zeile einen leeren Namen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link or reset dual-write again; the link fails with &quot;Saving connection set failed! An item with the same key has already been added.&quot; while duplicates remain.</source>
        <translation>Verknüpfen Sie Dual-Write erneut, oder setzen Sie es zurück; solange Duplikate vorhanden sind, schlägt die Verknüpfung mit „Saving connection set failed! An item with the same key has already been added.“ fehl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select fewer legal entities for dual-write.</source>
        <translation>Wählen Sie weniger juristische Personen für Dual-Write aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization supports at most 40 legal entities; live synchronization supports at most 250.</source>
        <translation>Die Erstsynchronisierung unterstützt höchstens 40 juristische Personen, die Live-Synchronisierung höchstens 250.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync.</source>
        <translation>Entfernen Sie auf der Seite „Dual-Write“ unter „Umgebungsdetails &gt; Juristische Personen“ die juristischen Personen, die nicht synchronisiert werden müssen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 40 legal entities, run the initial synchronization in batches of at most 40 legal entities.</source>
        <translation>Führen Sie bei mehr als 40 juristischen Personen die Erstsynchronisierung in Stapeln von höchstens 40 juristischen Personen aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make sure dwhealth can sign in to Dataverse and read the dual-write tables.</source>
        <translation>Stellen Sie sicher, dass sich dwhealth bei Dataverse anmelden und die Dual-Write-Tabellen lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s Dataverse URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Prüfen Sie Dataverse-URL, Mandant und Client-ID im Profil sowie den geheimen Clientschlüssel oder die Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, make sure the identity is an enabled (application) user of the environment with a security role that can read solutions, companies, business units, teams, users, plug-ins and dual-write runtime configurations (System Administrator is simplest).</source>
        <translation>Stellen Sie im Power Platform Admin Center sicher, dass die Identität ein aktivierter (Anwendungs-)Benutzer der Umgebung ist und eine Sicherheitsrolle hat, die Lösungen, Unternehmen, Unternehmenseinheiten, Teams, Benutzer, Plug-Ins und Dual-Write-Laufzeitkonfigurationen lesen kann (am einfachsten: Systemadministrator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>If the service throttled the requests, wait a few minutes and run the check again.</source>
        <translation>Falls der Dienst die Anfragen gedrosselt hat, warten Sie einige Minuten, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make sure dwhealth can sign in to finance and operations apps and read its data entities.</source>
        <translation>Stellen Sie sicher, dass sich dwhealth bei den Finanz- und Betriebs-Apps anmelden und deren Datenentitäten lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s finance and operations URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Prüfen Sie die URL der Finanz- und Betriebs-Apps, Mandant und Client-ID im Profil sowie den geheimen Clientschlüssel oder die Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, register the client id on the Microsoft Entra ID applications page (System administration &gt; Setup) and map it to a user that can read LegalEntities and DualWriteProjectConfigurations.</source>
        <translation>Registrieren Sie in den Finanz- und Betriebs-Apps die Client-ID auf der Seite „Microsoft Entra ID-Anwendungen“ (Systemverwaltung &gt; Einrichtung), und ordnen Sie sie einem Benutzer zu, der LegalEntities und DualWriteProjectConfigurations lesen kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure dwhealth can list the connections of the Power Platform environment.</source>
        <translation>Stellen Sie sicher, dass dwhealth die Verbindungen der Power Platform-Umgebung auflisten kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s environment id (or powerPlatform.url) and the sign-in for https://api.powerplatform.com.</source>
        <translation>Prüfen Sie die Umgebungs-ID (oder powerPlatform.url) im Profil und die Anmeldung für https://api.powerplatform.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the identity access to the environment&apos;s connections (for example as an environment admin) and run the check again.</source>
        <translation>Gewähren Sie der Identität Zugriff auf die Verbindungen der Umgebung (z. B. als Umgebungsadministrator), und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure dwhealth can read the environment from the Power Platform admin API, which says which finance and operations environment it is linked to.</source>
        <translation>Stellen Sie sicher, dass dwhealth die Umgebung über die Power Platform-Admin-API lesen kann, die angibt, mit welcher Finanz- und Betriebs-Apps-Umgebung sie verknüpft ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an identity that is a Power Platform administrator or a Dynamics 365 administrator (a service principal must be registered as a Power Platform management application).</source>
        <translation>Melden Sie sich mit einer Identität an, die Power Platform-Administrator oder Dynamics 365-Administrator ist (ein Dienstprinzipal muss als Power Platform-Verwaltungsanwendung registriert sein).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, dwhealth judges the link from the finance and operations project configurations alone and says so in the report.</source>
        <translation>Ohne sie beurteilt dwhealth die Verknüpfung allein anhand der Projektkonfigurationen der Finanz- und Betriebs-Apps und weist im Bericht darauf hin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make sure dwhealth can sign in with Microsoft Entra ID.</source>
        <translation>Stellen Sie sicher, dass sich dwhealth mit Microsoft Entra ID anmelden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profile&apos;s tenant id, authority and client id, and the client secret or sign-in.</source>
        <translation>Prüfen Sie Mandanten-ID, Autorität und Client-ID im Profil sowie den geheimen Clientschlüssel oder die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/rules/depapihub.cpp" line="+47"/>
        <location filename="../src/rules/depcompany.cpp" line="+149"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+113"/>
        <location filename="../src/rules/prereqidentity.cpp" line="+98"/>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 connections (%2) disagree: connected: %3; not connected: %4. The connection the dual-write link uses is not exposed by a documented API, so it may be one that is not connected. Open them under Connections in the Power Apps maker portal and fix the ones that are not connected.</source>
        <translation>Die %1-Verbindungen (%2) stimmen nicht überein: verbunden: %3; nicht verbunden: %4. Welche Verbindung die Dual-Write-Verknüpfung verwendet, wird über keine dokumentierte API bereitgestellt; es kann also eine nicht verbundene sein. Öffnen Sie sie im Power Apps-Maker-Portal unter Verbindungen und korrigieren Sie die nicht verbundenen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every %1 connection (%2) is connected: %3.</source>
        <translation>Jede %1-Verbindung (%2) ist verbunden: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) is Connected in environment %3; found in another state: %4.</source>
        <translation>Keine Verbindung für %1 (%2) hat in der Umgebung %3 den Status „Connected“; in einem anderen Status gefunden: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) exists in environment %3.</source>
        <translation>In der Umgebung %3 ist keine Verbindung für %1 (%2) vorhanden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/rules/preflight.cpp" line="+51"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>finance and operations apps</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location filename="../src/rules/depbusinessunit.cpp" line="+124"/>
        <source>business unit &quot;%1&quot; (companies %2) has %3 default teams</source>
        <translation>Unternehmenseinheit „%1“ (Unternehmen %2) hat %3 Standardteams</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the default team &quot;%1&quot; of business unit &quot;%2&quot; (companies %3)</source>
        <translation>das Standardteam „%1“ der Unternehmenseinheit „%2“ (Unternehmen %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The business units mapped to the dual-write companies could not be checked: %1</source>
        <translation>Die den Dual-Write-Unternehmen zugeordneten Unternehmenseinheiten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default teams of the companies&apos; business units (%1) have their units&apos; names too.</source>
        <translation>Die Standardteams der Unternehmenseinheiten der Unternehmen (%1) tragen ebenfalls die Namen ihrer Einheiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not named as their business unit: %1. If one of these business units is the one mapped to its legal entity on the Dual-write page, initial synchronization fails for it (the mapping itself cannot be read through a documented API).</source>
        <translation>Nicht nach ihrer Unternehmenseinheit benannt: %1. Wenn eine dieser Unternehmenseinheiten auf der Dual-Write-Seite ihrer juristischen Person zugeordnet ist, schlägt die Erstsynchronisierung für sie fehl (die Zuordnung selbst kann nicht über eine dokumentierte API gelesen werden).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dataverse returned no root business unit (a business unit without a parent).</source>
        <translation>Dataverse hat keine Stammunternehmenseinheit zurückgegeben (eine Unternehmenseinheit ohne übergeordnete Einheit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataverse returned %1 business units without a parent, expected exactly one: %2.</source>
        <translation>Dataverse hat %1 Unternehmenseinheiten ohne übergeordnete Einheit zurückgegeben, erwartet wurde genau eine: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No default team was found for the root business unit &quot;%1&quot; (%2).</source>
        <translation>Für die Stammunternehmenseinheit „%1“ (%2) wurde kein Standardteam gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 default teams were found for the root business unit &quot;%2&quot; (%3), expected exactly one.</source>
        <translation>Für die Stammunternehmenseinheit „%2“ (%3) wurden %1 Standardteams gefunden, erwartet wurde genau eins.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The default team of the root business unit &quot;%1&quot; has the same name (team %2).</source>
        <translation>Das Standardteam der Stammunternehmenseinheit „%1“ hat denselben Namen (Team %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) differs from its name only in letter case.</source>
        <translation>Das Standardteam „%1“ (%2) der Stammunternehmenseinheit „%3“ (%4) unterscheidet sich von deren Namen nur in der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) is not named as the business unit.</source>
        <translation>Das Standardteam „%1“ (%2) der Stammunternehmenseinheit „%3“ (%4) trägt nicht den Namen der Unternehmenseinheit.</translation>
    </message>
    <message>
        <location filename="../src/rules/depcompany.cpp" line="-106"/>
        <location filename="../src/rules/prereqcompanies.cpp" line="+109"/>
        <location filename="../src/rules/securityroles.cpp" line="+249"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Die für Dual-Write ausgewählten juristischen Personen sind unbekannt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Legal entities selected for dual-write but missing in Dataverse cdm_company: %1</source>
        <translation>Für Dual-Write ausgewählte juristische Personen, die in Dataverse cdm_company fehlen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal entities selected for dual-write but missing in finance and operations apps LegalEntities: %1</source>
        <translation>Für Dual-Write ausgewählte juristische Personen, die in LegalEntities der Finanz- und Betriebs-Apps fehlen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No legal entities are selected for dual-write.</source>
        <translation>Für Dual-Write sind keine juristischen Personen ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in Dataverse cdm_company: %1</source>
        <translation>Jede für Dual-Write ausgewählte juristische Person ist in Dataverse cdm_company vorhanden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in finance and operations apps LegalEntities: %1</source>
        <translation>Jede für Dual-Write ausgewählte juristische Person ist in LegalEntities der Finanz- und Betriebs-Apps vorhanden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The legal entities selected on the Dual-write page cannot be read through a documented API, so a selected legal entity without a cdm_company row cannot be seen. Companies enabled for dual-write in Dataverse: %1. List the selection in the profile (dualWrite.legalEntities) or pick it in the wizard to check it.</source>
        <translation>Die auf der Dual-Write-Seite ausgewählten juristischen Personen können nicht über eine dokumentierte API gelesen werden; eine ausgewählte juristische Person ohne cdm_company-Zeile ist daher nicht erkennbar. In Dataverse für Dual-Write aktivierte Unternehmen: %1. Führen Sie die Auswahl im Profil auf (dualWrite.legalEntities) oder wählen Sie sie im Assistenten aus, um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Companies selected for dual-write without a default owning team: %1.</source>
        <translation>Für Dual-Write ausgewählte Unternehmen ohne Standardbesitzerteam: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every company selected for dual-write in Dataverse has a default owning team (companies checked: %1).</source>
        <translation>Jedes in Dataverse für Dual-Write ausgewählte Unternehmen hat ein Standardbesitzerteam (geprüfte Unternehmen: %1).</translation>
    </message>
    <message>
        <location filename="../src/rules/depstale.cpp" line="+127"/>
        <source>Finance and operations holds no dual-write project configurations, so none is stale.</source>
        <translation>Die Finanz- und Betriebs-Apps enthalten keine Dual-Write-Projektkonfigurationen, daher ist keine veraltet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (no environment URL)</source>
        <translation>%1 (keine Umgebungs-URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (points at %2)</source>
        <translation>%1 (verweist auf %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finance and operations dual-write project configurations with no environment URL: %1.</source>
        <translation>Dual-Write-Projektkonfigurationen der Finanz- und Betriebs-Apps ohne Umgebungs-URL: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell whether the other configurations are stale: the linked Dataverse environment is not known. %1</source>
        <translation>Ob die übrigen Konfigurationen veraltet sind, lässt sich nicht feststellen: Die verknüpfte Dataverse-Umgebung ist nicht bekannt. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+88"/>
        <source>(Link: %1)</source>
        <translation>(Verknüpfung: %1)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Finance and operations dual-write project configurations that do not point at the linked Dataverse environment %1: %2.</source>
        <translation>Dual-Write-Projektkonfigurationen in den Finanz- und Betriebs-Apps, die nicht auf die verknüpfte Dataverse-Umgebung %1 verweisen: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every finance and operations dual-write project configuration points at the linked Dataverse environment %1 (configurations: %2).</source>
        <translation>Jede Dual-Write-Projektkonfiguration in den Finanz- und Betriebs-Apps verweist auf die verknüpfte Dataverse-Umgebung %1 (Konfigurationen: %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every Dataverse dual-write runtime configuration belongs to the current link (configurations: %1).</source>
        <translation>Jede Dual-Write-Laufzeitkonfiguration in Dataverse gehört zur aktuellen Verknüpfung (Konfigurationen: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finance and operations returned no dual-write project configurations, so these Dataverse runtime configurations are either stale (no link) or belong to maps this sign-in cannot see in finance and operations: %1. Check the table maps on the Dual-write page before deleting anything.</source>
        <translation>Die Finanz- und Betriebs-Apps haben keine Dual-Write-Projektkonfigurationen zurückgegeben; diese Dataverse-Laufzeitkonfigurationen sind also entweder veraltet (keine Verknüpfung) oder gehören zu Zuordnungen, die diese Anmeldung in den Finanz- und Betriebs-Apps nicht sehen kann: %1. Prüfen Sie die Tabellenzuordnungen auf der Dual-Write-Seite, bevor Sie etwas löschen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell which Dataverse runtime configurations are stale: the linked Dataverse environment is not known. %1 Runtime configurations: %2.</source>
        <translation>Welche Dataverse-Laufzeitkonfigurationen veraltet sind, lässt sich nicht feststellen: Die verknüpfte Dataverse-Umgebung ist nicht bekannt. %1 Laufzeitkonfigurationen: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No finance and operations project configuration points at %1, yet Dataverse holds dual-write runtime configurations (no link): %2.</source>
        <translation>Keine Projektkonfiguration in den Finanz- und Betriebs-Apps verweist auf %1, dennoch enthält Dataverse Dual-Write-Laufzeitkonfigurationen (keine Verknüpfung): %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataverse dual-write runtime configurations that no finance and operations project configuration of the current link matches: %1.</source>
        <translation>Dual-Write-Laufzeitkonfigurationen in Dataverse, zu denen keine Projektkonfiguration der aktuellen Verknüpfung in den Finanz- und Betriebs-Apps passt: %1.</translation>
    </message>
    <message>
        <location filename="../src/rules/preflight.cpp" line="+1"/>
        <source>a user in Dataverse</source>
        <translation>einen Benutzer in Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an application user in the environment.</source>
        <translation>Für eine App-Registrierung: ein Anwendungsbenutzer in der Umgebung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User role</source>
        <translation>Benutzerrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Administrator in Dataverse</source>
        <translation>Systemadministrator in Dataverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user in finance and operations</source>
        <translation>einen Benutzer in den Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an entry on the Microsoft Entra ID applications page.</source>
        <translation>Für eine App-Registrierung: ein Eintrag auf der Seite „Microsoft Entra ID-Anwendungen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ApiHub connections</source>
        <translation>ApiHub-Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read access to Power Platform connections</source>
        <translation>Lesezugriff auf Power Platform-Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment admin or Power Platform administrator can read them.</source>
        <translation>Umgebungsadministratoren und Power Platform-Administratoren können sie lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can run</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs %1</source>
        <translation>Benötigt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused with HTTP %1</source>
        <translation>abgelehnt mit HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dataverse was not signed in to</source>
        <translation>Keine Anmeldung bei Dataverse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no security role</source>
        <translation>keine Sicherheitsrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n legal entities readable</source>
        <translation>
            <numerusform>%n juristische Person lesbar</numerusform>
            <numerusform>%n juristische Personen lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connections readable</source>
        <translation>
            <numerusform>%n Verbindung lesbar</numerusform>
            <numerusform>%n Verbindungen lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rules/prereqaccess.cpp" line="+28"/>
        <source>Could not sign in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1: Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted the sign-in but denied access: %2</source>
        <translation>%1: Anmeldung akzeptiert, aber Zugriff verweigert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the requests beyond the retry budget: %2</source>
        <translation>%1: Anfragen über das Wiederholungsbudget hinaus gedrosselt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered with a server error: %2</source>
        <translation>%1: Antwort mit Serverfehler: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was cancelled before %1 answered: %2</source>
        <translation>Der Lauf wurde abgebrochen, bevor eine Antwort von %1 kam: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1: Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not queried in this run.</source>
        <translation>%1: in diesem Lauf nicht abgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that could not be read: %2</source>
        <translation>%1: Antwort konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataverse answered WhoAmI without a user or organization id.</source>
        <translation>Dataverse hat WhoAmI ohne Benutzer- oder Organisations-ID beantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in to Dataverse %1 as user %2 (organization %3).</source>
        <translation>Bei Dataverse %1 als Benutzer %2 angemeldet (Organisation %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to finance and operations apps %1 (legal entities read: %2).</source>
        <translation>Bei den Finanz- und Betriebs-Apps %1 angemeldet (gelesene juristische Personen: %2).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-62"/>
        <source>company code &quot;%1&quot; (%2)</source>
        <translation>Unternehmenscode „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; (company codes %2)</source>
        <translation>„%1“ (Unternehmenscodes %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every company (cdm_company) row has a unique, non-blank name (rows checked: %1).</source>
        <translation>Jede Unternehmenszeile (cdm_company) hat einen eindeutigen, nicht leeren Namen (geprüfte Zeilen: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company (cdm_company) rows share a name: %1.</source>
        <translation>Unternehmenszeilen (cdm_company) mit gleichem Namen: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Company (cdm_company) rows with a blank name: %1.</source>
        <translation>Unternehmenszeilen (cdm_company) mit leerem Namen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write fails on them with &quot;An item with the same key has already been added&quot;.</source>
        <translation>Das Verknüpfen von Dual-Write schlägt bei ihnen mit „An item with the same key has already been added“ fehl.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal entities selected for dual-write: %1; live synchronization supports at most %2.</source>
        <translation>Für Dual-Write ausgewählte juristische Personen: %1; die Live-Synchronisierung unterstützt höchstens %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal entities selected for dual-write: %1; initial synchronization supports at most %2 at a time.</source>
        <translation>Für Dual-Write ausgewählte juristische Personen: %1; die Erstsynchronisierung unterstützt höchstens %2 gleichzeitig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal entities selected for dual-write: %1 (at most %2 for initial synchronization, %3 for live synchronization).</source>
        <translation>Für Dual-Write ausgewählte juristische Personen: %1 (höchstens %2 für die Erstsynchronisierung, %3 für die Live-Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../src/rules/dualwriteapps.cpp" line="+12"/>
        <source>Finance and operations apps</source>
        <translation>Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqfoidentity.cpp" line="-112"/>
        <source>Dual-write</source>
        <translation>Dual-Write</translation>
    </message>
    <message>
        <location filename="../src/rules/dualwriteapps.cpp" line="+2"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+2"/>
        <source>Dynamics Data Integration</source>
        <translation>Dynamics Data Integration</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+3"/>
        <source>Dual-write (Dual Write Core before 1.0.16.0)</source>
        <translation>Dual-Write (Dual Write Core vor 1.0.16.0)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Finance and operations apps answered SysAADClientTables, but no row has a client id column; the entries cannot be judged.</source>
        <translation>Die Finanz- und Betriebs-Apps haben auf SysAADClientTables geantwortet, aber keine Zeile hat eine Client-ID-Spalte; die Einträge können nicht beurteilt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not registered on the Microsoft Entra ID applications page of finance and operations apps: %1.</source>
        <translation>Nicht auf der Seite „Microsoft Entra ID-Anwendungen“ der Finanz- und Betriebs-Apps registriert: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write applications are registered on the Microsoft Entra ID applications page: %1.</source>
        <translation>Die Dual-Write-Anwendungen sind auf der Seite „Microsoft Entra ID-Anwendungen“ registriert: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not judged for a delegated sign-in: finance and operations apps expose no &quot;who am I&quot; to find the account&apos;s user. System administrators: %1.</source>
        <translation>Bei delegierter Anmeldung nicht beurteilt: Die Finanz- und Betriebs-Apps bieten kein „Wer bin ich“, um den Benutzer des Kontos zu ermitteln. Systemadministratoren: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client id %1 has no user on the Microsoft Entra ID applications page as read, so its roles in finance and operations apps cannot be judged.</source>
        <translation>Die Client-ID %1 hat auf der gelesenen Seite „Microsoft Entra ID-Anwendungen“ keinen Benutzer, daher können ihre Rollen in den Finanz- und Betriebs-Apps nicht beurteilt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who has the System administrator role.</source>
        <translation>Die angemeldete Anwendung %1 wird als Benutzer %2 der Finanz- und Betriebs-Apps ausgeführt, der die Rolle Systemadministrator hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who does not have the System administrator role; linking and resetting dual-write need it.</source>
        <translation>Die angemeldete Anwendung %1 wird als Benutzer %2 der Finanz- und Betriebs-Apps ausgeführt, der die Rolle Systemadministrator nicht hat; zum Verknüpfen und Zurücksetzen von Dual-Write ist sie erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqidentity.cpp" line="-93"/>
        <source>no user for %1, which a customer-managed cloud-hosted environment does not need (the finance and operations host %2 is under cloudax.dynamics.com)</source>
        <translation>kein Benutzer für %1, was eine kundenverwaltete, in der Cloud gehostete Umgebung nicht benötigt (der Host %2 der Finanz- und Betriebs-Apps liegt unter cloudax.dynamics.com)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No application user exists for application id %1 (%2).</source>
        <translation>Für die Anwendungs-ID %1 (%2) ist kein Anwendungsbenutzer vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is required: the environment is not known to be a customer-managed cloud-hosted one (the finance and operations host is not under cloudax.dynamics.com).</source>
        <translation>Er ist erforderlich: Die Umgebung ist nicht als kundenverwaltete, in der Cloud gehostete Umgebung bekannt (der Host der Finanz- und Betriebs-Apps liegt nicht unter cloudax.dynamics.com).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The application user &quot;%1&quot; (%2) for application id %3 (%4) is disabled.</source>
        <translation>Der Anwendungsbenutzer „%1“ (%2) für die Anwendungs-ID %3 (%4) ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The dual-write application users exist and are enabled: %1.</source>
        <translation>Die Dual-Write-Anwendungsbenutzer sind vorhanden und aktiviert: %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (steps: %2)</source>
        <translation>%1 (Schritte: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plug-in assemblies not registered in Dataverse: %1.</source>
        <translation>In Dataverse nicht registrierte Plug-In-Assemblys: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug-in assemblies without any processing step: %1.</source>
        <translation>Plug-In-Assemblys ohne Verarbeitungsschritt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled plug-in steps: %1.</source>
        <translation>Deaktivierte Plug-In-Schritte: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write plug-in assemblies are registered and all their steps are enabled: %1.</source>
        <translation>Die Dual-Write-Plug-In-Assemblys sind registriert, und alle ihre Schritte sind aktiviert: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The signed-in identity (user %1) has the System Administrator role in Dataverse.</source>
        <translation>Die angemeldete Identität (Benutzer %1) hat in Dataverse die Rolle Systemadministrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signed-in identity (user %1) has no security role in Dataverse; System Administrator is required.</source>
        <translation>Die angemeldete Identität (Benutzer %1) hat in Dataverse keine Sicherheitsrolle; Systemadministrator ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity (user %1) does not have the System Administrator role in Dataverse; its roles: %2.</source>
        <translation>Die angemeldete Identität (Benutzer %1) hat in Dataverse nicht die Rolle Systemadministrator; ihre Rollen: %2.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqsolutions.cpp" line="+76"/>
        <source>The Dual Write Core solution is not installed in Dataverse (looked for the unique names %1).</source>
        <translation>Die Lösung Dual Write Core ist in Dataverse nicht installiert (gesucht nach den eindeutigen Namen %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dual Write Core solution is installed: %1.</source>
        <translation>Die Lösung Dual Write Core ist installiert: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2, requires %3</source>
        <translation>%1 in Version %2, erforderlich: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports version &quot;%2&quot;</source>
        <translation>%1 meldet Version „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write solutions below their required version: %1.</source>
        <translation>Dual-Write-Lösungen unter ihrer erforderlichen Version: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compare versions that are not dotted numbers: %1.</source>
        <translation>Versionen, die keine durch Punkte getrennten Zahlen sind, konnten nicht verglichen werden: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the versioned dual-write solutions is installed.</source>
        <translation>Keine der versionierten Dual-Write-Lösungen ist installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed dual-write solutions meet their required versions: %1.</source>
        <translation>Die installierten Dual-Write-Lösungen erfüllen ihre erforderlichen Versionen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not installed: %1.</source>
        <translation>Nicht installiert: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Prospect to Cash solution (ProspectToCash) is not installed.</source>
        <translation>Die Lösung Prospect to Cash (ProspectToCash) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution (%1, version %2) is installed; dual-write cannot run side by side with it.</source>
        <translation>Die Lösung Prospect to Cash (%1, Version %2) ist installiert; Dual-Write kann nicht parallel dazu ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-46"/>
        <location filename="../src/rules/rulehelpers.cpp" line="+45"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../src/rules/rulehelpers.cpp" line="+73"/>
        <source>not fetched in this run</source>
        <translation>in diesem Lauf nicht abgerufen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the signed-in identity (WhoAmI)</source>
        <translation>der angemeldeten Identität (WhoAmI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed-in identity&apos;s security roles (systemuserroles_association)</source>
        <translation>der Sicherheitsrollen der angemeldeten Identität (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed solutions (solutions)</source>
        <translation>der installierten Lösungen (solutions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Company table (cdm_companies)</source>
        <translation>der Tabelle „Unternehmen“ (cdm_companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root business unit (businessunits)</source>
        <translation>der Stammunternehmenseinheit (businessunits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (teams)</source>
        <translation>des Standardteams der Stammunternehmenseinheit (teams)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dual-write application users (systemusers)</source>
        <translation>der Dual-Write-Anwendungsbenutzer (systemusers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in assemblies (pluginassemblies)</source>
        <translation>der Dual-Write-Plug-In-Assemblys (pluginassemblies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in steps (sdkmessageprocessingsteps)</source>
        <translation>der Dual-Write-Plug-In-Schritte (sdkmessageprocessingsteps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write runtime configurations (msdyn_dualwriteruntimeconfigs)</source>
        <translation>der Dual-Write-Laufzeitkonfigurationen (msdyn_dualwriteruntimeconfigs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal entities (LegalEntities)</source>
        <translation>der juristischen Personen (LegalEntities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write project configurations (DualWriteProjectConfigurations)</source>
        <translation>der Dual-Write-Projektkonfigurationen (DualWriteProjectConfigurations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment&apos;s connections (connections)</source>
        <translation>der Verbindungen der Umgebung (connections)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment and its linked finance and operations app (Power Platform admin API)</source>
        <translation>die Umgebung und ihre verknüpfte Finanz- und Betriebs-App (Power Platform-Admin-API)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business units (businessunits)</source>
        <translation>die Unternehmenseinheiten (businessunits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner teams (teams)</source>
        <translation>die Besitzerteams (teams)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Microsoft Entra ID applications page (SysAADClientTables; this entity is not documented as exposed over OData, so an answer 404 means it is not exposed or not readable)</source>
        <translation>die Seite „Microsoft Entra ID-Anwendungen“ (SysAADClientTables; diese Entität ist nicht als über OData bereitgestellt dokumentiert, eine Antwort 404 bedeutet daher, dass sie nicht bereitgestellt oder nicht lesbar ist)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the System administrator role assignments (SecurityUserRoleAssociations)</source>
        <translation>die Zuweisungen der Rolle Systemadministrator (SecurityUserRoleAssociations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the organization&apos;s plug-in trace setting (organizations)</source>
        <translation>die Plug-In-Ablaufverfolgungseinstellung der Organisation (organizations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in&apos;s trace log (plugintracelogs)</source>
        <translation>das Ablaufverfolgungsprotokoll des Dual-Write-Plug-Ins (plugintracelogs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write application users&apos; security roles (systemuserroles_association)</source>
        <translation>die Sicherheitsrollen der Dual-Write-Anwendungsbenutzer (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the owner teams&apos; security roles (teamroles_association)</source>
        <translation>die Sicherheitsrollen der Besitzerteams (teamroles_association)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1 from %2: %3</source>
        <translation>Fehler beim Lesen %1 aus %2: %3</translation>
    </message>
    <message>
        <location filename="../src/rules/ruleset.cpp" line="+43"/>
        <source>Dataverse can be reached and signed in to</source>
        <translation>Dataverse ist erreichbar, die Anmeldung gelingt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance and operations apps can be reached and signed in to</source>
        <translation>Die Finanz- und Betriebs-Apps sind erreichbar, die Anmeldung gelingt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write core solution was found</source>
        <translation>Die Dual-Write-Kernlösung wurde gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dual-write solutions are at their required versions</source>
        <translation>Die Dual-Write-Lösungen haben die erforderlichen Versionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is at the version Microsoft&apos;s release notes require</source>
        <translation>Die Dual Write Core-Lösung hat die Version, die die Versionshinweise von Microsoft verlangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution is not installed</source>
        <translation>Die Lösung Prospect to Cash ist nicht installiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dual-write application users exist in Dataverse and are enabled</source>
        <translation>Die Dual-Write-Anwendungsbenutzer sind in Dataverse vorhanden und aktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write application users have the security roles dual-write needs</source>
        <translation>Die Dual-Write-Anwendungsbenutzer haben die Sicherheitsrollen, die Dual-Write benötigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write registration and runtime plugins are enabled</source>
        <translation>Die Dual-Write-Registrierungs- und -Laufzeit-Plug-Ins sind aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write applications are registered in finance and operations apps</source>
        <translation>Die Dual-Write-Anwendungen sind in den Finanz- und Betriebs-Apps registriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed-in identity is System Administrator in Dataverse</source>
        <translation>Die angemeldete Identität ist Systemadministrator in Dataverse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed-in identity is System administrator in finance and operations apps</source>
        <translation>Die angemeldete Identität ist in den Finanz- und Betriebs-Apps Systemadministrator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company names in Dataverse are unique and not blank</source>
        <translation>Die Unternehmensnamen in Dataverse sind eindeutig und nicht leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of dual-write legal entities is within the limits</source>
        <translation>Die Anzahl der juristischen Personen für Dual-Write liegt innerhalb der Grenzwerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataverse APIHub connection is connected</source>
        <translation>Die Dataverse-APIHub-Verbindung ist verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finance and operations apps APIHub connection is connected</source>
        <translation>Die APIHub-Verbindung der Finanz- und Betriebs-Apps ist verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist as companies in Dataverse</source>
        <translation>Die juristischen Personen für Dual-Write sind als Unternehmen in Dataverse vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist in finance and operations apps</source>
        <translation>Die juristischen Personen für Dual-Write sind in den Finanz- und Betriebs-Apps vorhanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stale dual-write configurations in Dataverse</source>
        <translation>Keine veralteten Dual-Write-Konfigurationen in Dataverse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stale dual-write configurations in finance and operations apps</source>
        <translation>Keine veralteten Dual-Write-Konfigurationen in den Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default teams of the root and mapped business units have their business units&apos; names</source>
        <translation>Die Standardteams der Stamm- und der zugeordneten Unternehmenseinheiten tragen die Namen ihrer Unternehmenseinheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dual-write companies have a default owning team</source>
        <translation>Die Dual-Write-Unternehmen haben ein Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root team and the companies&apos; owning teams have the security roles dual-write needs</source>
        <translation>Das Stammteam und die Besitzerteams der Unternehmen haben die Sicherheitsrollen, die Dual-Write benötigt</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This check has no implementation in this version.</source>
        <translation>Diese Prüfung ist in dieser Version nicht implementiert.</translation>
    </message>
    <message>
        <location filename="../src/rules/linkasread.cpp" line="+21"/>
        <source>not read in this run</source>
        <translation>in dieser Ausführung nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The Power Platform admin API says environment %1 is linked to the finance and operations environment %2, not to the profile&apos;s %3.</source>
        <translation>Laut Power Platform-Admin-API ist die Umgebung %1 mit der Finanz- und Betriebs-Apps-Umgebung %2 verknüpft, nicht mit %3 aus dem Profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 is the Dataverse environment %2, but the profile&apos;s Dataverse URL is %3.</source>
        <translation>Laut Power Platform-Admin-API ist die Umgebung %1 die Dataverse-Umgebung %2, die Dataverse-URL des Profils ist jedoch %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 (%2) is linked to the finance and operations environment %3.</source>
        <translation>Laut Power Platform-Admin-API ist die Umgebung %1 (%2) mit der Finanz- und Betriebs-Apps-Umgebung %3 verknüpft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither the Power Platform admin API (%1) nor the finance and operations project configurations could be read.</source>
        <translation>Weder die Power Platform-Admin-API (%1) noch die Projektkonfigurationen der Finanz- und Betriebs-Apps konnten gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>no linked app</source>
        <translation>keine verknüpfte App</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Finance and operations returned no dual-write project configurations, and the Power Platform admin API named no linked app (%1).</source>
        <translation>Die Finanz- und Betriebs-Apps haben keine Dual-Write-Projektkonfigurationen zurückgegeben, und die Power Platform-Admin-API hat keine verknüpfte App genannt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none linked</source>
        <translation>keine verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finance and operations project configuration names a Dataverse environment.</source>
        <translation>Keine Projektkonfiguration der Finanz- und Betriebs-Apps nennt eine Dataverse-Umgebung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finance and operations project configuration points at the profile&apos;s Dataverse URL %1; they point at %2. Either the profile names another environment than the link, or every configuration is stale.</source>
        <translation>Keine Projektkonfiguration der Finanz- und Betriebs-Apps verweist auf die Dataverse-URL %1 des Profils; sie verweisen auf %2. Entweder nennt das Profil eine andere Umgebung als die Verknüpfung, oder jede Konfiguration ist veraltet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every finance and operations project configuration points at %1.</source>
        <translation>Jede Projektkonfiguration der Finanz- und Betriebs-Apps verweist auf %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s Dataverse URL %1, which some finance and operations project configurations point at (others point at %2); the Power Platform admin API could not confirm the link (%3).</source>
        <translation>Die Dataverse-URL %1 des Profils, auf die einige Projektkonfigurationen der Finanz- und Betriebs-Apps verweisen (andere verweisen auf %2); die Power Platform-Admin-API konnte die Verknüpfung nicht bestätigen (%3).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcoreversion.cpp" line="+48"/>
        <source>Not run: the Dual Write Core solution is not installed (see prereq.dual-write-core, DWHC0201).</source>
        <translation>Nicht ausgeführt: Die Dual-Write-Lösung Dual Write Core ist nicht installiert (siehe prereq.dual-write-core, DWHC0201).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version of %1 (&quot;%2&quot;) cannot be compared with the documented minimum %3.</source>
        <translation>Die Version von %1 („%2“) kann nicht mit der dokumentierten Mindestversion %3 verglichen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is at or above %3, the minimum of Microsoft&apos;s September 2024 dual-write security update.</source>
        <translation>%1 %2 entspricht oder übersteigt %3, die Mindestversion des Dual-Write-Sicherheitsupdates von Microsoft vom September 2024.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is below %3. Microsoft&apos;s dual-write release notes (September 2024 security update, %4) made %3 mandatory by %5; below it the dual-write pause and resume and alert features don&apos;t work.</source>
        <translation>%1 %2 liegt unter %3. Die Dual-Write-Versionshinweise von Microsoft (Sicherheitsupdate vom September 2024, %4) haben %3 bis %5 verpflichtend gemacht; darunter funktionieren die Dual-Write-Funktionen zum Anhalten und Fortsetzen sowie die Warnungen nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is even below %1: the tenant still needs the dual-write app consent and the 33976c19-1db5-4c02-810e-c243db79efde application.</source>
        <translation>Sie liegt sogar unter %1: Der Mandant benötigt weiterhin die Zustimmung für die Dual-Write-App und die Anwendung 33976c19-1db5-4c02-810e-c243db79efde.</translation>
    </message>
    <message>
        <location filename="../src/rules/detailsreader.cpp" line="+13"/>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenfolge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a count</source>
        <translation>%1 ist keine Anzahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] ist keine Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../src/rules/securityroles.cpp" line="-92"/>
        <source>Without any security role (Dataverse refuses dual-write&apos;s writes for them): %1.</source>
        <translation>Ohne Sicherheitsrolle (Dataverse lehnt die Schreibvorgänge von Dual-Write für sie ab): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not judged: %1.</source>
        <translation>Nicht bewertet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the roles Microsoft&apos;s security-roles article (updated January 15, 2026) asks for: %1. A custom role may grant the same privileges; dwhealth does not read privileges.</source>
        <translation>Ohne die Rollen, die der Microsoft-Artikel zu Sicherheitsrollen (aktualisiert am 15. Januar 2026) verlangt: %1. Eine benutzerdefinierte Rolle kann dieselben Berechtigungen gewähren; dwhealth liest keine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lacks %2 (its roles: %3)</source>
        <translation>%1 fehlt %2 (seine Rollen: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the service returned only part of its roles)</source>
        <translation>%1 (der Dienst hat nur einen Teil seiner Rollen zurückgegeben)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the application user &quot;%1&quot; (%2)</source>
        <translation>der Anwendungsbenutzer &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dual-write application user exists in Dataverse, so no roles could be checked (prereq.app-users says which are missing).</source>
        <translation>In Dataverse gibt es keinen Dual-Write-Anwendungsbenutzer, daher konnten keine Rollen geprüft werden (prereq.app-users nennt die fehlenden).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write application users have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>Die Dual-Write-Anwendungsbenutzer haben System Administrator oder die Rollen Dual-write app user und runtime user: %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the root business unit&apos;s default team (not found)</source>
        <translation>das Standardteam der Stamm-Unternehmenseinheit (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team</source>
        <translation>das Standardteam der Stamm-Unternehmenseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owning team of %1</source>
        <translation>das Besitzerteam von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (also the owning team of %1)</source>
        <translation>das Standardteam der Stamm-Unternehmenseinheit (auch das Besitzerteam von %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (not among the owner teams read)</source>
        <translation>%1 %2 (nicht unter den gelesenen Besitzerteams)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The root business unit&apos;s default team and the dual-write companies&apos; owning teams have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>Das Standardteam der Stamm-Unternehmenseinheit und die Besitzerteams der Dual-Write-Unternehmen haben System Administrator oder die Rollen Dual-write app user und runtime user: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::SaveFile</name>
    <message>
        <location filename="../src/core/savefile.cpp" line="+34"/>
        <source>disk quota exceeded or file too large (%1)</source>
        <translation>Datenträgerkontingent überschritten oder Datei zu groß (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no space left on the device (%1)</source>
        <translation>kein Speicherplatz mehr auf dem Gerät (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::Scenarios</name>
    <message>
        <location filename="../src/sim/scenariotexts.cpp" line="+12"/>
        <source>Two Dataverse connections: one Connected, one in Error; which one the link uses is not exposed.</source>
        <translation>Zwei Dataverse-Verbindungen: eine verbunden, eine im Fehlerzustand; welche die Verknüpfung verwendet, wird nicht bereitgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse connection of the environment is in status Error.</source>
        <translation>Die Dataverse-Verbindung der Umgebung hat den Status „Error“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF has no cdm_companies row in Dataverse.</source>
        <translation>Die ausgewählte juristische Person DEMF hat keine cdm_companies-Zeile in Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two Dataverse runtime configurations have no matching F&amp;O project configuration.</source>
        <translation>Zwei Dataverse-Laufzeitkonfigurationen haben keine passende F&amp;O-Projektkonfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write company DEMF has no default owning team.</source>
        <translation>Das Dual-Write-Unternehmen DEMF hat kein Standardbesitzerteam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Finance and Operations connection of the environment was deleted.</source>
        <translation>Die Finance-and-Operations-Verbindung der Umgebung wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF is missing from the F&amp;O LegalEntities.</source>
        <translation>Die ausgewählte juristische Person DEMF fehlt in den F&amp;O-LegalEntities.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two F&amp;O project configurations point at another Dataverse environment.</source>
        <translation>Zwei F&amp;O-Projektkonfigurationen verweisen auf eine andere Dataverse-Umgebung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team was renamed.</source>
        <translation>Das Standardteam der Stammunternehmenseinheit wurde umbenannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Dataverse request answers 503 Service Unavailable.</source>
        <translation>Jede Dataverse-Anfrage antwortet mit 503 Service Unavailable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O request answers 500 Internal Server Error.</source>
        <translation>Jede F&amp;O-Anfrage antwortet mit 500 Internal Server Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual Write Core solution is not installed.</source>
        <translation>Die Lösung Dual Write Core ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics365Company 2.0.2.10 and Dynamics365FinanceExtended 1.0.0.0 are below the required versions.</source>
        <translation>Dynamics365Company 2.0.2.10 und Dynamics365FinanceExtended 1.0.0.0 liegen unter den erforderlichen Versionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prospect to Cash solution is installed.</source>
        <translation>Die Lösung Prospect to Cash ist installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core is below 1.0.24073.3, the minimum of the September 2024 security update.</source>
        <translation>Dual Write Core liegt unter 1.0.24073.3, der Mindestversion des Sicherheitsupdates vom September 2024.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) is disabled.</source>
        <translation>Der Anwendungsbenutzer Dynamics Data Integration (2e49aa60-…) ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of DualWriteRuntime.Plugins is disabled.</source>
        <translation>Ein Schritt von DualWriteRuntime.Plugins ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write application (6f7d0213-…) is missing from the F&amp;O Microsoft Entra ID applications page.</source>
        <translation>Die Dual-Write-Anwendung (6f7d0213-…) fehlt auf der Seite „Microsoft Entra ID-Anwendungen“ von F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application user has no System Administrator role.</source>
        <translation>Der angemeldete Anwendungsbenutzer hat nicht die Rolle Systemadministrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application runs as an F&amp;O user without the System administrator role.</source>
        <translation>Die angemeldete Anwendung wird als F&amp;O-Benutzer ohne die Rolle Systemadministrator ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) has no security role.</source>
        <translation>Der Anwendungsbenutzer Dynamics Data Integration (2e49aa60-…) hat keine Sicherheitsrolle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team has no security role.</source>
        <translation>Das Standardteam der Stamm-Unternehmenseinheit hat keine Sicherheitsrolle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two cdm_companies rows have the same name.</source>
        <translation>Zwei cdm_companies-Zeilen haben denselben Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41 legal entities are selected for dual-write (initial sync supports 40).</source>
        <translation>41 juristische Personen sind für Dual-Write ausgewählt (die Erstsynchronisierung unterstützt 40).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but F&amp;O does not expose SysAADClientTables over OData (404): DWHC0305 and DWHC0402 are unknown, not pass.</source>
        <translation>Fehlerfrei, aber F&amp;O stellt SysAADClientTables nicht über OData bereit (404): DWHC0305 und DWHC0402 sind unbekannt statt bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the dual-write plug-in logged errors of several kinds in the last 24 hours (and older ones, and another plug-in&apos;s): dwhealth errors --since 24h groups them by cause.</source>
        <translation>Intakte Verbindung, aber das Dual-Write-Plug-In hat in den letzten 24 Stunden Fehler verschiedener Art protokolliert (dazu ältere sowie die eines anderen Plug-Ins): dwhealth errors --since 24h gruppiert sie nach Ursache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O returns no dual-write project configurations while Dataverse holds runtime configurations.</source>
        <translation>F&amp;O gibt keine Dual-Write-Projektkonfigurationen zurück, während Dataverse Laufzeitkonfigurationen enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant where every check passes.</source>
        <translation>Ein Mandant, bei dem jede Prüfung bestanden wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tenant: ~3000 companies (30 selected), ~6000 teams, ~3000 legal entities, ~2000 maps.</source>
        <translation>Ein großer Mandant: ~3000 Unternehmen (30 ausgewählt), ~6000 Teams, ~3000 juristische Personen, ~2000 Zuordnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Platform admin API says the Dataverse environment is linked to another F&amp;O environment.</source>
        <translation>Laut Power Platform-Admin-API ist die Dataverse-Umgebung mit einer anderen F&amp;O-Umgebung verknüpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but solutions answers a cut-off JSON body: the checks that need it are unknown.</source>
        <translation>Fehlerfrei, aber „solutions“ antwortet mit einem abgeschnittenen JSON-Text: die Prüfungen, die ihn brauchen, sind unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default team of USMF&apos;s business unit was renamed; the root business unit&apos;s is fine.</source>
        <translation>Das Standardteam der Unternehmenseinheit von USMF wurde umbenannt; das der Stammunternehmenseinheit ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps in every state: running, paused (Queueing), not running (Disabled) and one running map without its Dataverse runtime configuration (error); a few recent errors.</source>
        <translation>Tabellenzuordnungen in jedem Status: ausgeführt, angehalten (Queueing), nicht ausgeführt (Disabled) und eine ausgeführte Zuordnung ohne ihre Dataverse-Laufzeitkonfiguration (Fehler); einige aktuelle Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but Dataverse refuses to read the security roles of users and teams (403): DWHC0403 and DWHC0404 are unknown, not pass.</source>
        <translation>Fehlerfrei, aber Dataverse verweigert das Lesen der Sicherheitsrollen von Benutzern und Teams (403): DWHC0403 und DWHC0404 sind unbekannt, nicht bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile does not list the dual-write legal entities, and no documented API exposes the selection.</source>
        <translation>Das Profil führt die juristischen Personen für Dual-Write nicht auf, und keine dokumentierte API stellt die Auswahl bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, with 200 ms latency on every response.</source>
        <translation>Fehlerfrei, mit 200 ms Latenz bei jeder Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMF&apos;s default owning team has a role for the synced tables but not the Dual-write app user role.</source>
        <translation>Das Standard-Besitzerteam von DEMF hat eine Rolle für die synchronisierten Tabellen, aber nicht die Rolle Dual-write app user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but the first request of several datasets answers 429 with Retry-After 1.</source>
        <translation>Fehlerfrei, aber die erste Anfrage mehrerer Datensätze antwortet mit 429 und Retry-After 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the signed-in identity may not read the plug-in trace log (403): the Dataverse errors are unknown and the missing right is named.</source>
        <translation>Intakte Verbindung, aber die angemeldete Identität darf das Plug-In-Ablaufverfolgungsprotokoll nicht lesen (403): Die Dataverse-Fehler sind unbekannt, und das fehlende Recht wird genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O project configuration points at another Dataverse environment than the profile&apos;s, and nothing confirms the link.</source>
        <translation>Jede F&amp;O-Projektkonfiguration verweist auf eine andere Dataverse-Umgebung als die des Profils, und nichts bestätigt die Verknüpfung.</translation>
    </message>
</context>
<context>
    <name>dwh::ServiceClient</name>
    <message>
        <location filename="../src/net/serviceclient.cpp" line="+181"/>
        <source>%1: no sign-in is configured</source>
        <translation>%1: Es ist keine Anmeldung konfiguriert</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>%1: the request failed</source>
        <translation>%1: Die Anforderung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>dwh::Symptoms</name>
    <message>
        <location filename="../src/troubleshoot/symptomtexts.cpp" line="+12"/>
        <source>The Dual-write module does not load in finance and operations apps</source>
        <translation>Das Dual-Write-Modul wird in den Finanz- und Betriebs-Apps nicht geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data integration service is probably down.</source>
        <translation>Der Datenintegrationsdienst ist wahrscheinlich ausgefallen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure finance and operations apps and Dataverse themselves respond (run the health check), so that the problem is narrowed down to the data integration service.</source>
        <translation>Stellen Sie sicher, dass die Finanz- und Betriebs-Apps und Dataverse selbst antworten (führen Sie die Integritätsprüfung aus), damit das Problem auf den Datenintegrationsdienst eingegrenzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a support ticket to request a restart of the data integration service.</source>
        <translation>Erstellen Sie ein Supportticket, um einen Neustart des Datenintegrationsdienstes anzufordern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the data integration service; these checks only rule out the environments themselves.</source>
        <translation>Die Integritätsprüfung kann den Datenintegrationsdienst nicht sehen; diese Prüfungen schließen nur die Umgebungen selbst als Ursache aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>401 (Unauthorized) when you create a new table map</source>
        <translation>401 (Unauthorized) beim Erstellen einer neuen Tabellenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the user who set up the dual-write connection can create a table map; the map was created as another user.</source>
        <translation>Nur der Benutzer, der die Dual-Write-Verbindung eingerichtet hat, kann eine Tabellenzuordnung erstellen; die Zuordnung wurde als ein anderer Benutzer erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to finance and operations apps as the user who set up the dual-write connection and create the table map again.</source>
        <translation>Melden Sie sich bei den Finanz- und Betriebs-Apps als der Benutzer an, der die Dual-Write-Verbindung eingerichtet hat, und erstellen Sie die Tabellenzuordnung erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other users with the system administrator role can monitor the status and edit existing mappings, but cannot add new table maps.</source>
        <translation>Andere Benutzer mit der Rolle Systemadministrator können den Status überwachen und vorhandene Zuordnungen bearbeiten, aber keine neuen Tabellenzuordnungen hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same user that set up dual-write.</source>
        <translation>Derselbe Benutzer, der Dual-Write eingerichtet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login.microsoftonline.com refused to connect (dual-write user interface)</source>
        <translation>login.microsoftonline.com hat die Verbindung abgelehnt (Dual-Write-Benutzeroberfläche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser blocks the sign-in page inside the dual-write user interface, typically because third-party cookies are blocked.</source>
        <translation>Der Browser blockiert die Anmeldeseite in der Dual-Write-Benutzeroberfläche, meist weil Drittanbieter-Cookies blockiert sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in by using an InPrivate window in Microsoft Edge, an incognito window in Chromium, or an incognito window in Google Chrome.</source>
        <translation>Melden Sie sich in einem InPrivate-Fenster in Microsoft Edge, einem Inkognito-Fenster in Chromium oder einem Inkognito-Fenster in Google Chrome an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock or clear third-party cookies, then open Dual-write from the Data management workspace again.</source>
        <translation>Heben Sie die Blockierung der Drittanbieter-Cookies auf oder löschen Sie sie, und öffnen Sie Dual-Write dann erneut über den Arbeitsbereich Datenverwaltung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This happens in the browser; no dwhealth check can detect it.</source>
        <translation>Dies geschieht im Browser; keine dwhealth-Prüfung kann es erkennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (tokenexchange) when you link the environments or add a table map</source>
        <translation>403 (tokenexchange) beim Verknüpfen der Umgebungen oder beim Hinzufügen einer Tabellenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have sufficient permissions to link dual-write or create maps.</source>
        <translation>Sie haben keine ausreichenden Berechtigungen, um Dual-Write zu verknüpfen oder Zuordnungen zu erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset without unlinking dual-write.</source>
        <translation>Die Dataverse-Umgebung wurde zurückgesetzt, ohne die Dual-Write-Verknüpfung aufzuheben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments as a user with the system administrator role in both Finance and Operations apps and Dataverse.</source>
        <translation>Verknüpfen Sie die Umgebungen als Benutzer mit der Rolle Systemadministrator sowohl in den Finanz- und Betriebs-Apps als auch in Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new table maps as the user who set up the dual-write connection; after setup, any user with the system administrator role can monitor the status and edit the mappings.</source>
        <translation>Fügen Sie neue Tabellenzuordnungen als der Benutzer hinzu, der die Dual-Write-Verbindung eingerichtet hat; nach der Einrichtung kann jeder Benutzer mit der Rolle Systemadministrator den Status überwachen und die Zuordnungen bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Dataverse environment was reset without unlinking dual-write, the link still points at the environment as it was: stop all table maps, reset the dual-write link (Reset link) and apply the solutions again.</source>
        <translation>Wenn die Dataverse-Umgebung zurückgesetzt wurde, ohne die Dual-Write-Verknüpfung aufzuheben, verweist die Verknüpfung noch auf die Umgebung in ihrem früheren Zustand: Beenden Sie alle Tabellenzuordnungen, setzen Sie die Dual-Write-Verknüpfung zurück (Verknüpfung zurücksetzen) und wenden Sie die Lösungen erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you open a support ticket, include the Session ID and Root activity ID of the message.</source>
        <translation>Wenn Sie ein Supportticket eröffnen, geben Sie die Sitzungs-ID und die Stammaktivitäts-ID der Meldung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator in both Finance and Operations apps and Dataverse.</source>
        <translation>Systemadministrator sowohl in den Finanz- und Betriebs-Apps als auch in Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root activity ID</source>
        <translation>Stammaktivitäts-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 Forbidden when you stop a table map</source>
        <translation>403 Forbidden beim Beenden einer Tabellenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The linked Dataverse environment isn&apos;t available.</source>
        <translation>Die verknüpfte Dataverse-Umgebung ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a ticket for the Data Integration team.</source>
        <translation>Erstellen Sie ein Ticket für das Datenintegrationsteam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the network trace of the failing action (for example a HAR file saved from the browser&apos;s developer tools), so that the Data Integration team can mark the maps as Not running in the back end.</source>
        <translation>Hängen Sie die Netzwerkablaufverfolgung der fehlschlagenden Aktion an (zum Beispiel eine HAR-Datei, die mit den Entwicklertools des Browsers gespeichert wurde), damit das Datenintegrationsteam die Zuordnungen im Back-End als Nicht ausgeführt markieren kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync or import into finance and operations apps is slow (parallel processing)</source>
        <translation>Erstsynchronisierung oder Import in die Finanz- und Betriebs-Apps ist langsam (Parallelverarbeitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel processing is not configured for the data entity, so imports from customer engagement apps and Dataverse into finance and operations apps do not run as parallel tasks.</source>
        <translation>Für die Datenentität ist keine Parallelverarbeitung konfiguriert, daher werden Importe aus Customer Engagement-Apps und Dataverse in die Finanz- und Betriebs-Apps nicht als parallele Aufgaben ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to your Finance and Operations environment.</source>
        <translation>Melden Sie sich bei Ihrer Finanz- und Betriebsumgebung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters.</source>
        <translation>Wechseln Sie zu Datenverwaltung &gt; Frameworkparameter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Entity settings and select Configure entity execution parameters.</source>
        <translation>Wählen Sie Entitätseinstellungen und dann Entitätsausführungsparameter konfigurieren aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the parameters for parallel processing for the entity: Import threshold record count and Import task count.</source>
        <translation>Fügen Sie die Parameter für die Parallelverarbeitung der Entität hinzu: Importschwellenwert für Datensatzanzahl und Anzahl der Importaufgaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Save.</source>
        <translation>Wählen Sie Speichern aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import performance is outside the health check; no dwhealth check covers it.</source>
        <translation>Die Importleistung liegt außerhalb der Integritätsprüfung; keine dwhealth-Prüfung deckt sie ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A related Microsoft article recommends an import threshold record count of 1000 and an import task count of 8 for some entities; start there and adjust per entity.</source>
        <translation>Ein zugehöriger Microsoft-Artikel empfiehlt für einige Entitäten einen Importschwellenwert für Datensatzanzahl von 1000 und eine Anzahl der Importaufgaben von 8; beginnen Sie damit und passen Sie die Werte je Entität an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import threshold record count</source>
        <translation>Importschwellenwert für Datensatzanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of records that must be met before parallel processing is enabled.</source>
        <translation>Die Anzahl der Datensätze, die erreicht sein muss, bevor die Parallelverarbeitung aktiviert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import task count</source>
        <translation>Anzahl der Importaufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of threads (tasks) to run in parallel.</source>
        <translation>Die Anzahl der Threads (Aufgaben), die parallel ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: Unable to build dual-write lookup metadata</source>
        <translation>Erstsynchronisierung schlägt fehl: Unable to build dual-write lookup metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping has dependent mappings that are not enabled.</source>
        <translation>Die Zuordnung hat abhängige Zuordnungen, die nicht aktiviert sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping is missing source or destination columns.</source>
        <translation>In der Zuordnung fehlen Quell- oder Zielspalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mapping has dependent mappings, enable the dependent mappings of this table mapping.</source>
        <translation>Wenn die Zuordnung abhängige Zuordnungen hat, aktivieren Sie die abhängigen Zuordnungen dieser Tabellenzuordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in the Finance and Operations app is missing, follow Missing table columns issue on maps: Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list, then open the map and choose Refresh tables.</source>
        <translation>Wenn in der Finanz- und Betriebs-App eine Spalte fehlt, gehen Sie wie unter „Problem mit fehlenden Tabellenspalten in Zuordnungen“ vor: Datenverwaltung &gt; Frameworkparameter &gt; Entitätseinstellungen &gt; Entitätsliste aktualisieren, öffnen Sie dann die Zuordnung und wählen Sie Tabellen aktualisieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in Dataverse is missing, select Refresh tables on the mapping so that the columns are automatically populated back into the mapping.</source>
        <translation>Wenn in Dataverse eine Spalte fehlt, wählen Sie in der Zuordnung Tabellen aktualisieren aus, damit die Spalten automatisch wieder in die Zuordnung übernommen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the mapping to Running again.</source>
        <translation>Setzen Sie die Zuordnung wieder auf Wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message reports a failed plug-in registration: these checks confirm that the dual-write plug-ins and solutions are in place. Dependent maps and columns are not part of the health check.</source>
        <translation>Die Meldung nennt eine fehlgeschlagene Plug-In-Registrierung: Diese Prüfungen bestätigen, dass die Dual-Write-Plug-Ins und -Lösungen vorhanden sind. Abhängige Zuordnungen und Spalten sind nicht Teil der Integritätsprüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 400 Bad Request, AX export encountered an error</source>
        <translation>Erstsynchronisierung schlägt fehl: 400 Bad Request, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Microsoft Dynamics 365 Data import export framework service of the finance and operations app is stopped; the initial synchronization requires it.</source>
        <translation>Der Dienst Microsoft Dynamics 365 Data import export framework der Finanz- und Betriebs-App ist beendet; die Erstsynchronisierung benötigt ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the virtual machine (VM) for the finance and operations app.</source>
        <translation>Melden Sie sich bei der virtuellen Maschine (VM) der Finanz- und Betriebs-App an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Management Console.</source>
        <translation>Öffnen Sie die Microsoft Management Console.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Services pane, make sure that the Microsoft Dynamics 365 Data import export framework service is running. Restart it if it has been stopped, because the initial synchronization requires it.</source>
        <translation>Stellen Sie im Bereich Dienste sicher, dass der Dienst Microsoft Dynamics 365 Data import export framework ausgeführt wird. Starten Sie ihn neu, wenn er beendet wurde, denn die Erstsynchronisierung benötigt ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System admin.</source>
        <translation>Systemadministrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the services of the finance and operations VM; the check only rules out sign-in and network problems.</source>
        <translation>Die Integritätsprüfung kann die Dienste der Finanz- und Betriebs-VM nicht sehen; die Prüfung schließt nur Anmelde- und Netzwerkprobleme aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 403 Forbidden, AX export encountered an error</source>
        <translation>Erstsynchronisierung schlägt fehl: 403 Forbidden, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DtAppID client registration on the Microsoft Entra applications page of the finance and operations app no longer grants access for the export.</source>
        <translation>Die Clientregistrierung DtAppID auf der Seite Microsoft Entra-Anwendungen der Finanz- und Betriebs-App gewährt keinen Zugriff mehr für den Export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the finance and operations app.</source>
        <translation>Melden Sie sich bei der Finanz- und Betriebs-App an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Microsoft Entra applications page (formerly Azure Active Directory applications), delete the DtAppID client, and then add it again.</source>
        <translation>Löschen Sie auf der Seite Microsoft Entra-Anwendungen (früher Azure Active Directory-Anwendungen) den Client DtAppID, und fügen Sie ihn dann erneut hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial synchronization again.</source>
        <translation>Führen Sie die Erstsynchronisierung erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution has a version mismatch when a table map runs</source>
        <translation>Eine Dual-Write-Lösung weist beim Ausführen einer Tabellenzuordnung einen Versionskonflikt auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution installed in Dataverse is older than the version that the table map requires.</source>
        <translation>Eine in Dataverse installierte Dual-Write-Lösung ist älter als die Version, die die Tabellenzuordnung benötigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the dual-write solutions in Dataverse: in the Power Platform admin center, open the environment, choose Dynamics 365 apps and update the package that contains each solution named in the message.</source>
        <translation>Aktualisieren Sie die Dual-Write-Lösungen in Dataverse: Öffnen Sie im Power Platform Admin Center die Umgebung, wählen Sie Dynamics 365-Apps aus und aktualisieren Sie das Paket, das die jeweilige in der Meldung genannte Lösung enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure to upgrade to the latest solution that matches the required solution version.</source>
        <translation>Führen Sie unbedingt ein Upgrade auf die neueste Lösung durch, die der erforderlichen Lösungsversion entspricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page in finance and operations apps, apply the updated map solutions where they show new changes, then run the table maps again.</source>
        <translation>Wenden Sie auf der Seite Dual-Write in den Finanz- und Betriebs-Apps die aktualisierten Zuordnungslösungen an, wo sie neue Änderungen anzeigen, und führen Sie die Tabellenzuordnungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many legal entities: Exceeds the maximum partitions allowed for mapping</source>
        <translation>Zu viele juristische Personen: Exceeds the maximum partitions allowed for mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than about 250 legal entities are linked between the environments; that is the current limit, and the error appears when you enable maps.</source>
        <translation>Zwischen den Umgebungen sind mehr als etwa 250 juristische Personen verknüpft; das ist die aktuelle Grenze, und der Fehler tritt beim Aktivieren von Zuordnungen auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync, so that at most 250 remain.</source>
        <translation>Entfernen Sie auf der Seite Dual-Write unter Umgebungsdetails &gt; Juristische Personen die juristischen Personen, die nicht synchronisiert werden müssen, sodass höchstens 250 übrig bleiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in mind that the initial synchronization supports at most 40 legal entities at a time.</source>
        <translation>Beachten Sie, dass die Erstsynchronisierung höchstens 40 juristische Personen gleichzeitig unterstützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the maps again.</source>
        <translation>Aktivieren Sie die Zuordnungen erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving connection set failed: duplicate or blank company names</source>
        <translation>Speichern des Verbindungssatzes fehlgeschlagen: doppelte oder leere Unternehmensnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write does not support several legal entities (companies) with the same name, for example two companies named &quot;DAT&quot; in Dataverse; Company rows with a blank name cause the same error.</source>
        <translation>Dual-Write unterstützt nicht mehrere juristische Personen (Unternehmen) mit demselben Namen, zum Beispiel zwei Unternehmen namens „DAT“ in Dataverse; Unternehmenszeilen mit leerem Namen verursachen denselben Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate records from the cdm_company (Company) table in Dataverse.</source>
        <translation>Entfernen Sie die doppelten Datensätze aus der Tabelle cdm_company (Unternehmen) in Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or correct the cdm_company records that have a blank name.</source>
        <translation>Entfernen oder korrigieren Sie die cdm_company-Datensätze mit leerem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments again.</source>
        <translation>Verknüpfen Sie die Umgebungen erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to CRM (Dataverse) during setup</source>
        <translation>DW9003: Verbindung mit CRM (Dataverse) bei der Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to Dataverse: the dual-write application users are missing, disabled or lack privileges.</source>
        <translation>Bei der Einrichtung von Dual-Write über Lifecycle Services konnte der Dienstprinzipal keine Verbindung mit Dataverse herstellen: Die Dual-Write-Anwendungsbenutzer fehlen, sind deaktiviert oder haben nicht die nötigen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung und dann Einstellungen &gt; Benutzer + Berechtigungen &gt; Anwendungsbenutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure enabled application users exist for 00000015-0000-0000-c000-000000000000 (Microsoft-managed environments only) and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, with the Dual-write app user role and create, read, write and delete on every dual-write table.</source>
        <translation>Stellen Sie sicher, dass aktivierte Anwendungsbenutzer für 00000015-0000-0000-c000-000000000000 (nur in von Microsoft verwalteten Umgebungen) und 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b vorhanden sind, mit der Rolle Dual-write app user und mit Erstell-, Lese-, Schreib- und Löschrechten für jede Dual-Write-Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again from Lifecycle Services (Power Platform integration).</source>
        <translation>Führen Sie die Einrichtung erneut über Lifecycle Services aus (Power Platform-Integration).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to AX (finance and operations apps) during setup</source>
        <translation>DW9003: Verbindung mit AX (Finanz- und Betriebs-Apps) bei der Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to finance and operations apps: the client id is not registered, or its user is disabled or lacks privileges.</source>
        <translation>Bei der Einrichtung von Dual-Write über Lifecycle Services konnte der Dienstprinzipal keine Verbindung mit den Finanz- und Betriebs-Apps herstellen: Die Client-ID ist nicht registriert, oder ihr Benutzer ist deaktiviert oder hat nicht die nötigen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps Systemverwaltung &gt; Einrichtung &gt; Microsoft Entra ID-Anwendungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the dual-write client ids (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) are listed, each with a user that is enabled and has the right privileges.</source>
        <translation>Stellen Sie sicher, dass die Dual-Write-Client-IDs (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 und 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) aufgeführt sind, jeweils mit einem Benutzer, der aktiviert ist und die richtigen Berechtigungen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (Forbidden) while the dual-write connections are created: no Power Apps licence</source>
        <translation>403 (Forbidden) beim Erstellen der Dual-Write-Verbindungen: keine Power Apps-Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking creates two Power Apps (ApiHub) connections on behalf of the user in the linked Dataverse environment; without a Power Apps licence their creation fails with 403 (Forbidden).</source>
        <translation>Beim Verknüpfen werden im Namen des Benutzers zwei Power Apps-Verbindungen (ApiHub) in der verknüpften Dataverse-Umgebung erstellt; ohne Power Apps-Lizenz schlägt ihre Erstellung mit 403 (Forbidden) fehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign an appropriate licence (for example, Power Apps Trial 2 Plan) to the user who links dual-write, so that the user has permission to create the connections.</source>
        <translation>Weisen Sie dem Benutzer, der Dual-Write verknüpft, eine geeignete Lizenz zu (zum Beispiel Power Apps Trial 2 Plan), damit er die Berechtigung hat, die Verbindungen zu erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify the licence, open the My account site (https://portal.office.com/account/?ref=MeControl#subscriptions) as that user and view the licences currently assigned.</source>
        <translation>Um die Lizenz zu überprüfen, öffnen Sie als dieser Benutzer die Website Mein Konto (https://portal.office.com/account/?ref=MeControl#subscriptions) und sehen Sie sich die aktuell zugewiesenen Lizenzen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>404 (Not Found) when you open the Dual-write page: app consent missing</source>
        <translation>404 (Not Found) beim Öffnen der Seite Dual-Write: App-Zustimmung fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app consent step is not complete: the app with ID 33976c19-1db5-4c02-810e-c243db79efde is not in the tenant&apos;s Enterprise applications list.</source>
        <translation>Der Schritt zur App-Zustimmung ist nicht abgeschlossen: Die App mit der ID 33976c19-1db5-4c02-810e-c243db79efde ist nicht in der Liste Unternehmensanwendungen des Mandanten enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to portal.azure.com with the tenant admin account and check whether the app with ID 33976c19-1db5-4c02-810e-c243db79efde shows up in the Enterprise applications list.</source>
        <translation>Melden Sie sich mit dem Administratorkonto des Mandanten bei portal.azure.com an und prüfen Sie, ob die App mit der ID 33976c19-1db5-4c02-810e-c243db79efde in der Liste Unternehmensanwendungen angezeigt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it doesn&apos;t, open https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent with admin credentials and select Accept.</source>
        <translation>Falls nicht, öffnen Sie https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent mit Administratoranmeldeinformationen und wählen Sie Akzeptieren aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If that doesn&apos;t work, open the URL in an InPrivate window of Microsoft Edge or an incognito window of Chrome.</source>
        <translation>Wenn das nicht funktioniert, öffnen Sie die URL in einem InPrivate-Fenster von Microsoft Edge oder einem Inkognito-Fenster von Chrome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core 1.0.16.0 or later no longer needs this consent step.</source>
        <translation>Ab Dual Write Core 1.0.16.0 ist dieser Zustimmungsschritt nicht mehr erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finance and operations environment is not discoverable</source>
        <translation>Die Finanz- und Betriebsumgebung ist nicht auffindbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user who signs in is not in the same tenant as the finance and operations instance.</source>
        <translation>Der angemeldete Benutzer gehört nicht zum selben Mandanten wie die Finanz- und Betriebsinstanz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legacy Microsoft-hosted finance and operations instance has an issue with discovery.</source>
        <translation>Eine ältere, von Microsoft gehostete Finanz- und Betriebsinstanz hat ein Problem mit der Ermittlung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a user of the same Microsoft Entra tenant as the finance and operations instance.</source>
        <translation>Melden Sie sich mit einem Benutzer desselben Microsoft Entra-Mandanten an, zu dem die Finanz- und Betriebsinstanz gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a legacy Microsoft-hosted instance, update the finance and operations instance; the environment becomes discoverable with any update.</source>
        <translation>Aktualisieren Sie bei einer älteren, von Microsoft gehosteten Instanz die Finanz- und Betriebsinstanz; mit jedem Update wird die Umgebung auffindbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing source field in the schema of a table map</source>
        <translation>Fehlendes Quellfeld im Schema einer Tabellenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map refers to a column that the data entity list of finance and operations apps no longer knows, typically after an upgrade.</source>
        <translation>Die Tabellenzuordnung verweist auf eine Spalte, die die Datenentitätsliste der Finanz- und Betriebs-Apps nicht mehr kennt, meist nach einem Upgrade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Wechseln Sie zu Datenverwaltung &gt; Frameworkparameter &gt; Entitätseinstellungen und wählen Sie Entitätsliste aktualisieren aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the entity is listed under Data entities, then open the map from the Dual-write page and select Refresh tables.</source>
        <translation>Prüfen Sie, ob die Entität unter Datenentitäten aufgeführt ist, öffnen Sie dann die Zuordnung auf der Seite Dual-Write und wählen Sie Tabellen aktualisieren aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the field is still missing: Data management &gt; Data entities, find the entity, select Modify target mapping and, in Map staging to target, select Generate mapping.</source>
        <translation>Wenn das Feld immer noch fehlt: Öffnen Sie Datenverwaltung &gt; Datenentitäten, suchen Sie die Entität, wählen Sie Zielzuordnung ändern und unter Staging zu Ziel zuordnen die Option Zuordnung generieren aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the dual-write map again; if the attribute is still missing, add it with Add attribute, save and run the map.</source>
        <translation>Öffnen Sie die Dual-Write-Zuordnung erneut; wenn das Attribut immer noch fehlt, fügen Sie es mit Attribut hinzufügen hinzu, speichern Sie und führen Sie die Zuordnung aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map schemas are not part of the health check.</source>
        <translation>Schemas von Tabellenzuordnungen sind nicht Teil der Integritätsprüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1001: the Dataverse ApiHub connection of dual-write is missing</source>
        <translation>DWDVEV1001: Die Dataverse-ApiHub-Verbindung von Dual-Write fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to Dataverse that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>Die Power Apps-Verbindung (ApiHub) zu Dataverse, die die Dual-Write-Verknüpfung verwendet, existiert nicht mehr; sie wurde vermutlich im Power Apps-Maker-Portal gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection (Dual-write page &gt; Reset), as Reset dual-write connections describes.</source>
        <translation>Setzen Sie die Dual-Write-Verbindung zurück (Dual-Write-Seite &gt; Zurücksetzen), wie unter „Dual-Write-Verbindungen zurücksetzen“ beschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check again to confirm that the connection is back.</source>
        <translation>Führen Sie die Integritätsprüfung erneut aus, um zu bestätigen, dass die Verbindung wiederhergestellt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1001: the finance and operations ApiHub connection of dual-write is missing</source>
        <translation>DWFOEV1001: Die ApiHub-Verbindung von Dual-Write zu den Finanz- und Betriebs-Apps fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to finance and operations apps that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>Die Power Apps-Verbindung (ApiHub) zu den Finanz- und Betriebs-Apps, die die Dual-Write-Verknüpfung verwendet, existiert nicht mehr; sie wurde vermutlich im Power Apps-Maker-Portal gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1003: a dual-write legal entity has no company in Dataverse</source>
        <translation>DWDVEV1003: Eine juristische Person für Dual-Write hat kein Unternehmen in Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity selected on the Dual-write page (Environment details &gt; Legal entities) has no row in the Company (cdm_company) table of Dataverse.</source>
        <translation>Eine auf der Dual-Write-Seite (Umgebungsdetails &gt; Juristische Personen) ausgewählte juristische Person hat keine Zeile in der Tabelle Unternehmen (cdm_company) von Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the list of mismatched companies from the health check result.</source>
        <translation>Entnehmen Sie die Liste der nicht übereinstimmenden Unternehmen dem Ergebnis der Integritätsprüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either remove those legal entities from the dual-write configuration, or create the missing Company rows in Dataverse.</source>
        <translation>Entfernen Sie entweder diese juristischen Personen aus der Dual-Write-Konfiguration, oder erstellen Sie die fehlenden Unternehmenszeilen in Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the configuration is beyond repair, reset the dual-write connection.</source>
        <translation>Wenn die Konfiguration nicht mehr zu reparieren ist, setzen Sie die Dual-Write-Verbindung zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1003: a dual-write legal entity does not exist in finance and operations apps</source>
        <translation>DWFOEV1003: Eine juristische Person für Dual-Write existiert nicht in den Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity linked for dual-write does not exist as a legal entity in finance and operations apps.</source>
        <translation>Eine für Dual-Write verknüpfte juristische Person existiert in den Finanz- und Betriebs-Apps nicht als juristische Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove those legal entities from the dual-write configuration.</source>
        <translation>Entfernen Sie diese juristischen Personen aus der Dual-Write-Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1004: stale dual-write configurations in Dataverse</source>
        <translation>DWDVEV1004: Veraltete Dual-Write-Konfigurationen in Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write runtime configurations (msdyn_dualwriteruntimeconfig) remain in Dataverse from a link that was removed or from another finance and operations environment.</source>
        <translation>In Dataverse verbleiben Dual-Write-Laufzeitkonfigurationen (msdyn_dualwriteruntimeconfig) aus einer entfernten Verknüpfung oder aus einer anderen Umgebung der Finanz- und Betriebs-Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the table maps of the current link.</source>
        <translation>Beenden Sie die Tabellenzuordnungen der aktuellen Verknüpfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the Dual Write Runtime Configurations rows that the current link does not own (Advanced Find, or the guided fix).</source>
        <translation>Löschen Sie die Zeilen von Dual Write Runtime Configurations, die nicht zur aktuellen Verknüpfung gehören (Erweiterte Suche oder die geführte Korrektur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table maps again.</source>
        <translation>Starten Sie die Tabellenzuordnungen erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1004: stale dual-write configurations in finance and operations apps</source>
        <translation>DWFOEV1004: Veraltete Dual-Write-Konfigurationen in den Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DualWriteProjectConfiguration rows remain in finance and operations apps that point to a Dataverse environment other than the linked one.</source>
        <translation>In den Finanz- und Betriebs-Apps verbleiben DualWriteProjectConfiguration-Zeilen, die auf eine andere als die verknüpfte Dataverse-Umgebung verweisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the DualWriteProjectConfiguration rows (and their field configurations) whose external environment URL is not the linked Dataverse (Excel add-in on DualWriteProjectConfigurationEntity, or the guided fix).</source>
        <translation>Löschen Sie die DualWriteProjectConfiguration-Zeilen (und ihre Feldkonfigurationen), deren externe Umgebungs-URL nicht die verknüpfte Dataverse-Umgebung ist (Excel-Add-In für DualWriteProjectConfigurationEntity oder die geführte Korrektur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1006: the default team is not named as its business unit</source>
        <translation>DWFOEV1006: Das Standardteam ist nicht nach seiner Unternehmenseinheit benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization makes the default team of the mapped or root business unit the owner of imported rows and expects the team to carry the business unit&apos;s name; the team was renamed after the link was made.</source>
        <translation>Die Erstsynchronisierung macht das Standardteam der zugeordneten oder der Stammunternehmenseinheit zum Besitzer importierter Zeilen und erwartet, dass das Team den Namen der Unternehmenseinheit trägt; das Team wurde nach dem Herstellen der Verknüpfung umbenannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection, or</source>
        <translation>Setzen Sie die Dual-Write-Verbindung zurück, oder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Microsoft Support ticket to update the connection, giving the default team of the root business unit (found with the teams query of the security-roles article).</source>
        <translation>Eröffnen Sie ein Ticket beim Microsoft-Support, um die Verbindung aktualisieren zu lassen, und geben Sie das Standardteam der Stammunternehmenseinheit an (ermittelt mit der Teamabfrage aus dem Artikel zu Sicherheitsrollen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1007: a dual-write company has no default owning team</source>
        <translation>DWDVEV1007: Ein Dual-Write-Unternehmen hat kein Standard-Besitzerteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Company (cdm_company) row selected for dual-write has no value in Default owning team.</source>
        <translation>Eine für Dual-Write ausgewählte Zeile der Tabelle Unternehmen (cdm_company) hat keinen Wert in Standard-Besitzerteam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the environment linked to dual-write, then Tables &gt; Company.</source>
        <translation>Öffnen Sie im Power Apps-Maker-Portal die mit Dual-Write verknüpfte Umgebung und dann Tabellen &gt; Unternehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Default owning team column and set a team on every company that dual-write syncs.</source>
        <translation>Blenden Sie die Spalte Standard-Besitzerteam ein und legen Sie für jedes Unternehmen, das Dual-Write synchronisiert, ein Team fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give those teams the security roles that dual-write needs (Dual-write runtime user, Dual-write app user and read access to the synced tables).</source>
        <translation>Weisen Sie diesen Teams die Sicherheitsrollen zu, die Dual-Write benötigt (Dual-Write-Laufzeitbenutzer, Dual-Write-App-Benutzer und Lesezugriff auf die synchronisierten Tabellen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal team is missing a privilege when dual-write writes to Dataverse</source>
        <translation>Dem Prinzipalteam fehlt eine Berechtigung, wenn Dual-Write in Dataverse schreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write makes a team the owner of the rows it writes to Dataverse (the default owning team of the company, or the default team of the root business unit for global tables); that team has no security role that grants the privilege named in the message.</source>
        <translation>Dual-Write macht ein Team zum Besitzer der Zeilen, die es in Dataverse schreibt (das Standard-Besitzerteam des Unternehmens oder bei globalen Tabellen das Standardteam der Stammunternehmenseinheit); dieses Team hat keine Sicherheitsrolle, die die in der Meldung genannte Berechtigung gewährt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; and note the team name.</source>
        <translation>Öffnen Sie https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; und notieren Sie den Teamnamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Access &gt; Teams &gt; See all, and select that team.</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Umgebung, dann Zugriff &gt; Teams &gt; Alle anzeigen, und wählen Sie dieses Team aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Manage security roles and add a role with read access to the table in the message (a built-in role such as Salesperson, or a custom one), together with Dual-write runtime user and Dual-write app user.</source>
        <translation>Wählen Sie Sicherheitsrollen verwalten und fügen Sie eine Rolle mit Lesezugriff auf die in der Meldung genannte Tabelle hinzu (eine integrierte Rolle wie Vertriebsmitarbeiter oder eine benutzerdefinierte), zusammen mit Dual-Write-Laufzeitbenutzer und Dual-Write-App-Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check confirms that each company has an owning team and that the default team keeps its name; it does not read the team&apos;s security roles.</source>
        <translation>Die Integritätsprüfung bestätigt, dass jedes Unternehmen ein Besitzerteam hat und dass das Standardteam seinen Namen behält; die Sicherheitsrollen des Teams liest sie nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team id</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 403: the user is not a member of the organization (0x80072560)</source>
        <translation>Live-Synchronisierung 403: Der Benutzer ist kein Mitglied der Organisation (0x80072560)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write application users in Dataverse, or the default owning team, lack the roles that dual-write needs, so Dataverse refuses the write from finance and operations apps.</source>
        <translation>Den Dual-Write-Anwendungsbenutzern in Dataverse oder dem Standard-Besitzerteam fehlen die Rollen, die Dual-Write benötigt; daher lehnt Dataverse den Schreibvorgang aus den Finanz- und Betriebs-Apps ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through System requirements and prerequisites again: the application users 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b must exist, be enabled and have the roles the article names.</source>
        <translation>Gehen Sie die Systemanforderungen und Voraussetzungen erneut durch: Die Anwendungsbenutzer 00000015-0000-0000-c000-000000000000 und 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b müssen vorhanden und aktiviert sein und die im Artikel genannten Rollen haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dual-write application users and the default owning team the System administrator role in Dataverse, as the live-sync article asks.</source>
        <translation>Weisen Sie den Dual-Write-Anwendungsbenutzern und dem Standard-Besitzerteam in Dataverse die Rolle Systemadministrator zu, wie im Artikel zur Live-Synchronisierung verlangt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync: unable to write data to an entity when saving in finance and operations apps</source>
        <translation>Live-Synchronisierung: Beim Speichern in den Finanz- und Betriebs-Apps können keine Daten in eine Entität geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data that the row needs is missing on the Dataverse side (for example the customer group of a customer).</source>
        <translation>Referenzdaten, die die Zeile benötigt, fehlen auf der Dataverse-Seite (zum Beispiel die Kundengruppe eines Kunden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the project configuration rows of the failing map in finance and operations apps are damaged.</source>
        <translation>Oder die Projektkonfigurationszeilen der fehlschlagenden Zuordnung in den Finanz- und Betriebs-Apps sind beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the reference data exists in both apps (for example, create the customer group in Dataverse).</source>
        <translation>Stellen Sie sicher, dass die Referenzdaten in beiden Apps vorhanden sind (erstellen Sie zum Beispiel die Kundengruppe in Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the data exists on both sides: open DualWriteProjectConfigurationEntity with the Excel add-in, delete the two rows of the failing map and publish the change.</source>
        <translation>Wenn die Daten auf beiden Seiten vorhanden sind: Öffnen Sie DualWriteProjectConfigurationEntity mit dem Excel-Add-In, löschen Sie die beiden Zeilen der fehlschlagenden Zuordnung und veröffentlichen Sie die Änderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table map again and check that rows sync.</source>
        <translation>Starten Sie die Tabellenzuordnung erneut und prüfen Sie, ob Zeilen synchronisiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Systemadministrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check finds project configurations that point at another Dataverse; missing reference data is not checked.</source>
        <translation>Die Integritätsprüfung findet Projektkonfigurationen, die auf eine andere Dataverse-Umgebung verweisen; fehlende Referenzdaten werden nicht geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync after the Dataverse environment changed: unable to generate payload</source>
        <translation>Live-Synchronisierung nach Änderung der Dataverse-Umgebung: Nutzlast kann nicht erzeugt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset or replaced while finance and operations apps kept the old link: project configurations in finance and operations apps and runtime configurations in Dataverse point at environments that are gone.</source>
        <translation>Die Dataverse-Umgebung wurde zurückgesetzt oder ersetzt, während die Finanz- und Betriebs-Apps die alte Verknüpfung behielten: Projektkonfigurationen in den Finanz- und Betriebs-Apps und Laufzeitkonfigurationen in Dataverse verweisen auf Umgebungen, die nicht mehr existieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the environments were relinked, stop all table maps first.</source>
        <translation>Wenn die Umgebungen neu verknüpft wurden, beenden Sie zuerst alle Tabellenzuordnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, delete the DualWriteProjectConfigurationEntity rows of the affected maps with the Excel add-in and publish; leave no stale dual-write configuration behind.</source>
        <translation>Löschen Sie in den Finanz- und Betriebs-Apps die DualWriteProjectConfigurationEntity-Zeilen der betroffenen Zuordnungen mit dem Excel-Add-In und veröffentlichen Sie; lassen Sie keine veraltete Dual-Write-Konfiguration zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, delete every DualWrite Runtime Configuration row (Advanced Find).</source>
        <translation>Löschen Sie in Dataverse jede Zeile von DualWrite Runtime Configuration (Erweiterte Suche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecureConfig Organization does not match actual CRM Organization (after a database copy)</source>
        <translation>SecureConfig Organization does not match actual CRM Organization (nach einer Datenbankkopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was copied or restored from another environment and brought that environment&apos;s dual-write runtime configurations with it; the dual-write plug-in refuses to use a configuration made for another organization.</source>
        <translation>Die Datenbank wurde aus einer anderen Umgebung kopiert oder wiederhergestellt und hat deren Dual-Write-Laufzeitkonfigurationen mitgebracht; das Dual-Write-Plug-In verweigert die Verwendung einer Konfiguration, die für eine andere Organisation erstellt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every row of the Dual Write Runtime Configurations table (msdyn_dualwriteruntimeconfig) in Dataverse, for example with Advanced Find: Look for Dual Write Runtime Configurations, Results, select all, Delete.</source>
        <translation>Löschen Sie in Dataverse jede Zeile der Tabelle Dual Write Runtime Configurations (msdyn_dualwriteruntimeconfig), zum Beispiel mit der Erweiterten Suche: Suchen nach Dual Write Runtime Configurations, Ergebnisse, alle auswählen, Löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a backup and restore, also clear DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations apps.</source>
        <translation>Leeren Sie nach einer Sicherung und Wiederherstellung außerdem DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration und BusinessEventsDefinition in den Finanz- und Betriebs-Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the link so that the connections are made again for this environment.</source>
        <translation>Setzen Sie die Verknüpfung zurück, damit die Verbindungen für diese Umgebung neu hergestellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured organization</source>
        <translation>Konfigurierte Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual organization</source>
        <translation>Tatsächliche Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 400: records of the same transaction reference each other</source>
        <translation>Live-Synchronisierung 400: Datensätze derselben Transaktion verweisen aufeinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two records created in one finance and operations transaction refer to each other; they travel to Dataverse in one batch, and the lookup of one fails because the other is not there yet.</source>
        <translation>Zwei in einer Transaktion der Finanz- und Betriebs-Apps erstellte Datensätze verweisen aufeinander; sie werden in einem Batch an Dataverse übertragen, und die Suche des einen schlägt fehl, weil der andere noch nicht vorhanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an entity relationship in finance and operations apps between the two entities, so that dual-write knows the related records belong to the same transaction.</source>
        <translation>Erstellen Sie in den Finanz- und Betriebs-Apps eine Entitätsbeziehung zwischen den beiden Entitäten, damit Dual-Write erkennt, dass die verknüpften Datensätze zur selben Transaktion gehören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check does not read business data or table map runs; this one is found in the live-sync error itself.</source>
        <translation>Die Integritätsprüfung liest keine Geschäftsdaten und keine Ausführungen von Tabellenzuordnungen; dieser Fehler wird im Live-Synchronisierungsfehler selbst erkannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding an address: a record with the same Location ID already exists (0x80040265)</source>
        <translation>Hinzufügen einer Adresse: Ein Datensatz mit derselben Location ID ist bereits vorhanden (0x80040265)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the Address table in Dataverse is defined on Location ID alone, by an older dual-write orchestration package.</source>
        <translation>Der Schlüssel der Tabelle Adresse in Dataverse ist durch ein älteres Dual-Write-Orchestrierungspaket allein auf Location ID definiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install dual-write orchestration package version 2.2.2.60 or later, so that the Address key (msdyn_locationkey) covers msdyn_locationid and parentid.</source>
        <translation>Installieren Sie das Dual-Write-Orchestrierungspaket in Version 2.2.2.60 oder höher, damit der Adressschlüssel (msdyn_locationkey) msdyn_locationid und parentid umfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address again.</source>
        <translation>Fügen Sie die Adresse erneut hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solution-version check covers the minimum versions of the solutions, not this package version.</source>
        <translation>Die Prüfung der Lösungsversionen umfasst die Mindestversionen der Lösungen, nicht diese Paketversion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a customer in Dataverse: party record not found for the party type</source>
        <translation>Hinzufügen eines Kunden in Dataverse: Parteidatensatz für den Parteityp nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer created in Dataverse got a new party number, but finance and operations apps already have a customer with a different party number.</source>
        <translation>Der in Dataverse erstellte Kunde hat eine neue Parteinummer erhalten, aber in den Finanz- und Betriebs-Apps gibt es bereits einen Kunden mit einer anderen Parteinummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the customer up through the party lookup.</source>
        <translation>Suchen Sie den Kunden über die Parteisuche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no customer exists, create a new customer record; if one does, create the new customer record with the existing party.</source>
        <translation>Wenn kein Kunde vorhanden ist, erstellen Sie einen neuen Kundendatensatz; wenn einer vorhanden ist, erstellen Sie den neuen Kundendatensatz mit der vorhandenen Partei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating a customer, vendor or contact in Dataverse: a party cannot change its type</source>
        <translation>Erstellen eines Kunden, Kreditors oder Kontakts in Dataverse: Eine Partei kann ihren Typ nicht ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The msdyn_party number sequence in Dataverse started again (after a reset, or a link to another Dataverse), so a new party number already belongs to a party of another type in finance and operations apps.</source>
        <translation>Der Nummernkreis msdyn_party in Dataverse hat neu begonnen (nach einem Zurücksetzen oder einer Verknüpfung mit einer anderen Dataverse-Umgebung), daher gehört eine neue Parteinummer in den Finanz- und Betriebs-Apps bereits zu einer Partei eines anderen Typs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, give the msdyn_partynumber column of the msdyn_party table a different automatic number sequence.</source>
        <translation>Weisen Sie in Dataverse der Spalte msdyn_partynumber der Tabelle msdyn_party eine andere automatische Nummernfolge zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Vendors V2: lookup not found (self or circular reference)</source>
        <translation>Erstsynchronisierung von Vendors V2: Nachschlagewert nicht gefunden (Selbstverweis oder Zirkelbezug)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceVendorAccountNumber refers to the vendor table itself and PrimaryContactPersonId makes a circle with contacts, so rows that use them cannot find their lookups during initial sync.</source>
        <translation>InvoiceVendorAccountNumber verweist auf die Kreditorentabelle selbst, und PrimaryContactPersonId bildet mit den Kontakten einen Zirkel, sodass Zeilen, die sie verwenden, ihre Nachschlagewerte während der Erstsynchronisierung nicht finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the PrimaryContactPersonId and InvoiceVendorAccountNumber columns from the Vendors V2 (msdyn_vendors) map and save.</source>
        <translation>Löschen Sie die Spalten PrimaryContactPersonId und InvoiceVendorAccountNumber aus der Zuordnung Vendors V2 (msdyn_vendors) und speichern Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Vendors V2.</source>
        <translation>Deaktivieren Sie unter Datenverwaltung &gt; Datentabellen die Änderungsnachverfolgung für Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Vendors V2 (msdyn_vendors), then of CDS Contacts V2 (contacts).</source>
        <translation>Führen Sie die Erstsynchronisierung von Vendors V2 (msdyn_vendors) und danach von CDS Contacts V2 (contacts) aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Vendors V2 again.</source>
        <translation>Fügen Sie die beiden Spalten wieder hinzu, speichern Sie und führen Sie die Erstsynchronisierung von Vendors V2 erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Vendors V2 again.</source>
        <translation>Aktivieren Sie die Änderungsnachverfolgung für Vendors V2 wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Customers V3 or another map: lookup not found (self or circular reference)</source>
        <translation>Erstsynchronisierung von Customers V3 oder einer anderen Zuordnung: Nachschlagewert nicht gefunden (Selbstverweis oder Zirkelbezug)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceAccount refers to the account table itself and ContactPersonID makes a circle with contacts, so rows that use them cannot find their lookups during initial sync. Other out-of-box maps can have the same pattern.</source>
        <translation>InvoiceAccount verweist auf die Kontotabelle selbst, und ContactPersonID bildet mit den Kontakten einen Zirkel, sodass Zeilen, die sie verwenden, ihre Nachschlagewerte während der Erstsynchronisierung nicht finden. Andere vorkonfigurierte Zuordnungen können dasselbe Muster aufweisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the ContactPersonID and InvoiceAccount columns from the Customers V3 (accounts) map and save.</source>
        <translation>Löschen Sie die Spalten ContactPersonID und InvoiceAccount aus der Zuordnung Customers V3 (accounts) und speichern Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Customers V3.</source>
        <translation>Deaktivieren Sie unter Datenverwaltung &gt; Datentabellen die Änderungsnachverfolgung für Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Customers V3 (accounts), then of CDS Contacts V2 (contacts) (the map whose description names CDS Vendor Contacts V2).</source>
        <translation>Führen Sie die Erstsynchronisierung von Customers V3 (accounts) und danach von CDS Contacts V2 (contacts) aus (die Zuordnung, deren Beschreibung CDS Vendor Contacts V2 nennt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Customers V3 again.</source>
        <translation>Fügen Sie die beiden Spalten wieder hinzu, speichern Sie und führen Sie die Erstsynchronisierung von Customers V3 erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bring InvoiceAccount and ContactPersonId from Dataverse to finance and operations apps, use a data integration project filtered on the company.</source>
        <translation>Um InvoiceAccount und ContactPersonId von Dataverse in die Finanz- und Betriebs-Apps zu übertragen, verwenden Sie ein nach dem Unternehmen gefiltertes Datenintegrationsprojekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Customers V3 again.</source>
        <translation>Aktivieren Sie die Änderungsnachverfolgung für Customers V3 wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails on a map with more than 10 lookup fields</source>
        <translation>Die Erstsynchronisierung schlägt bei einer Zuordnung mit mehr als 10 Nachschlagefeldern fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query that reads Dataverse during initial sync allows at most 10 lookups; maps such as Customers V3 - Accounts or Sales orders have more.</source>
        <translation>Die Abfrage, die Dataverse während der Erstsynchronisierung liest, erlaubt höchstens 10 Nachschlagefelder; Zuordnungen wie Customers V3 - Accounts oder Sales orders haben mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove optional lookup fields from the map until 10 or fewer remain, save, and run the initial sync.</source>
        <translation>Entfernen Sie optionale Nachschlagefelder aus der Zuordnung, bis höchstens 10 übrig sind, speichern Sie und führen Sie die Erstsynchronisierung aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then swap in the next lookups (still 10 or fewer), save and run the initial sync again; repeat until every lookup has been synced.</source>
        <translation>Tauschen Sie dann die nächsten Nachschlagefelder ein (weiterhin höchstens 10), speichern Sie und führen Sie die Erstsynchronisierung erneut aus; wiederholen Sie dies, bis alle Nachschlagefelder synchronisiert sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all lookup fields back, save, and run the map with Skip initial sync.</source>
        <translation>Fügen Sie alle Nachschlagefelder wieder hinzu, speichern Sie und führen Sie die Zuordnung mit „Erstsynchronisierung überspringen“ aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of party addresses: party number could not be found in Dataverse</source>
        <translation>Erstsynchronisierung von Parteiadressen: Parteinummer wurde in Dataverse nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DirPartyCDSEntity has a range that keeps only parties of type Person and Organization, so parties of other types (Legal Entity, Operating Unit) never reached Dataverse and their addresses find no party.</source>
        <translation>DirPartyCDSEntity hat einen Bereich, der nur Parteien vom Typ Person und Organisation behält, sodass Parteien anderer Typen (juristische Person, Betriebseinheit) Dataverse nie erreicht haben und ihre Adressen keine Partei finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a known issue that Microsoft is fixing in the entity; until then, the addresses of parties of other types cannot be synced by the initial sync of CDS Party postal addresses or Party Contacts V3.</source>
        <translation>Dies ist ein bekanntes Problem, das Microsoft in der Entität behebt; bis dahin können die Adressen von Parteien anderer Typen nicht durch die Erstsynchronisierung von CDS Party postal addresses oder Party Contacts V3 synchronisiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync: a zero amount cannot be converted to Edm.Decimal</source>
        <translation>Erstsynchronisierung: Ein Nullbetrag kann nicht in Edm.Decimal konvertiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Language locale under Source data formats in Data management makes zero amounts come out in a form that OData cannot read as a decimal.</source>
        <translation>Das Sprachgebietsschema unter „Quelldatenformate“ in der Datenverwaltung bewirkt, dass Nullbeträge in einer Form ausgegeben werden, die OData nicht als Dezimalzahl lesen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management, under Source data formats, set Language locale to en-us.</source>
        <translation>Legen Sie in der Datenverwaltung unter „Quelldatenformate“ das Sprachgebietsschema auf en-us fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync again.</source>
        <translation>Führen Sie die Erstsynchronisierung erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page stays blank: third-party cookies are blocked</source>
        <translation>Die Dual-Write-Seite bleibt leer: Drittanbietercookies sind blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page keeps values in the browser&apos;s session storage, which needs third-party cookies; they are blocked, in general or in InPrivate/incognito windows.</source>
        <translation>Die Dual-Write-Seite speichert Werte im Sitzungsspeicher des Browsers, der Drittanbietercookies benötigt; diese sind blockiert, allgemein oder in InPrivate-/Inkognito-Fenstern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chrome: chrome://settings &gt; Privacy and security &gt; Cookies and other site data: allow all cookies, or add https://&lt;your instance&gt;.cloudax.dynamics.com to Sites that can always use cookies (all cookies, on this site only).</source>
        <translation>Chrome: chrome://settings &gt; Datenschutz und Sicherheit &gt; Cookies und andere Websitedaten: Alle Cookies zulassen, oder https://&lt;your instance&gt;.cloudax.dynamics.com zu „Websites, die immer Cookies verwenden dürfen“ hinzufügen (alle Cookies, nur auf dieser Website).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge: Settings &gt; Site permissions &gt; Cookies and site data: turn off Block third-party cookies.</source>
        <translation>Edge: Einstellungen &gt; Websiteberechtigungen &gt; Cookies und Websitedaten: „Cookies von Drittanbietern blockieren“ deaktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write page again.</source>
        <translation>Öffnen Sie die Dual-Write-Seite erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A browser setting; the health check cannot see it.</source>
        <translation>Eine Browsereinstellung; die Integritätsprüfung kann sie nicht erkennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database synchronization fails on DualWriteProjectConfiguration during an update (ISDELETE)</source>
        <translation>Die Datenbanksynchronisierung schlägt bei einem Update an DualWriteProjectConfiguration fehl (ISDELETE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DualWriteProjectConfiguration table was not synchronized to the new schema (column ISDELETE) when finance and operations apps were updated (for example to Platform update 30).</source>
        <translation>Die Tabelle DualWriteProjectConfiguration wurde beim Update der Finanz- und Betriebs-Apps (zum Beispiel auf Platform update 30) nicht mit dem neuen Schema (Spalte ISDELETE) synchronisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finance and operations VM, open Visual Studio as an administrator and find DualWriteProjectConfiguration in the Application Object Tree.</source>
        <translation>Öffnen Sie auf der VM der Finanz- und Betriebs-Apps Visual Studio als Administrator und suchen Sie DualWriteProjectConfiguration im Application Object Tree.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to a new project, set Synchronize Database on Build to True and build.</source>
        <translation>Fügen Sie sie einem neuen Projekt hinzu, setzen Sie „Synchronize Database on Build“ auf True und erstellen Sie das Projekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a full database synchronization (Dynamics 365 &gt; Synchronize database).</source>
        <translation>Führen Sie eine vollständige Datenbanksynchronisierung aus (Dynamics 365 &gt; Synchronize database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rerun the database synchronization step in Lifecycle Services, with the manual upgrade scripts where they apply.</source>
        <translation>Führen Sie den Schritt der Datenbanksynchronisierung in Lifecycle Services erneut aus, gegebenenfalls mit den manuellen Upgradeskripts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An upgrade of finance and operations apps; the health check does not see database synchronization.</source>
        <translation>Ein Upgrade der Finanz- und Betriebs-Apps; die Integritätsprüfung erkennt die Datenbanksynchronisierung nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle Services: linked via dual-write to a different environment</source>
        <translation>Lifecycle Services: über Dual-Write mit einer anderen Umgebung verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is linked to a Dataverse environment other than the one Lifecycle Services has set up for Power Platform integration (or LCS has none).</source>
        <translation>Dual-Write ist mit einer anderen Dataverse-Umgebung verknüpft als der, die Lifecycle Services für die Power Platform-Integration eingerichtet hat (oder LCS hat keine).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If LCS has never been set up for Power Platform integration, connect it to the Dataverse environment that dual-write uses.</source>
        <translation>Wenn LCS nie für die Power Platform-Integration eingerichtet wurde, verbinden Sie es mit der Dataverse-Umgebung, die Dual-Write verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise stop all table maps and reset the dual-write connection to the environment that LCS names (Dual-write page &gt; Reset).</source>
        <translation>Andernfalls beenden Sie alle Tabellenzuordnungen und setzen die Dual-Write-Verbindung auf die Umgebung zurück, die LCS nennt (Dual-Write-Seite &gt; Zurücksetzen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the configurations of the old link (DualWriteProjectConfiguration in finance and operations apps, Dual Write Runtime Configurations in Dataverse).</source>
        <translation>Entfernen Sie die Konfigurationen der alten Verknüpfung (DualWriteProjectConfiguration in den Finanz- und Betriebs-Apps, Dual Write Runtime Configurations in Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check reports project configurations that point at another Dataverse (DWFOEV1004).</source>
        <translation>Die Integritätsprüfung meldet Projektkonfigurationen, die auf eine andere Dataverse-Umgebung verweisen (DWFOEV1004).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 100: finance and operations platform too old</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 100: Plattform der Finanz- und Betriebs-Apps zu alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check needs platform update 43 (version 10.0.19) or later of finance and operations apps.</source>
        <translation>Die Integritätsprüfung der Tabellenzuordnung erfordert Platform update 43 (Version 10.0.19) oder höher der Finanz- und Betriebs-Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update finance and operations apps to 10.0.19 or later, then run the table map health check again.</source>
        <translation>Aktualisieren Sie die Finanz- und Betriebs-Apps auf 10.0.19 oder höher und führen Sie die Integritätsprüfung der Tabellenzuordnung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check runs on the Dual-write page for one map; dwhealth does not run it.</source>
        <translation>Die Integritätsprüfung der Tabellenzuordnung läuft auf der Dual-Write-Seite für jeweils eine Zuordnung; dwhealth führt sie nicht aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 400: no business events registration for the entity</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 400: keine Registrierung von Geschäftsereignissen für die Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not running, or every field mapping goes from Dataverse to finance and operations apps, so nothing is registered to track changes in finance and operations apps.</source>
        <translation>Die Zuordnung läuft nicht, oder alle Feldzuordnungen gehen von Dataverse zu den Finanz- und Betriebs-Apps, sodass nichts registriert ist, um Änderungen in den Finanz- und Betriebs-Apps nachzuverfolgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the map if it should be running.</source>
        <translation>Starten Sie die Zuordnung, wenn sie laufen soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If finance and operations changes should reach Dataverse, map at least one field in that direction.</source>
        <translation>Wenn Änderungen in den Finanz- und Betriebs-Apps Dataverse erreichen sollen, ordnen Sie mindestens ein Feld in diese Richtung zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 500: no project configurations for the project</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 500: keine Projektkonfigurationen für das Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not enabled, or all its field mappings go from customer engagement apps to finance and operations apps, so no live sync runs from finance and operations apps.</source>
        <translation>Die Zuordnung ist nicht aktiviert, oder alle ihre Feldzuordnungen gehen von den Customer Engagement-Apps zu den Finanz- und Betriebs-Apps, sodass keine Live-Synchronisierung von den Finanz- und Betriebs-Apps ausgeht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the direction of the field mappings of the table map and enable the map if it should run.</source>
        <translation>Prüfen Sie die Richtung der Feldzuordnungen der Tabellenzuordnung und aktivieren Sie die Zuordnung, wenn sie laufen soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 900: invalid source filter</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 900: ungültiger Quellfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source filter for finance and operations apps on the table map is not valid query syntax.</source>
        <translation>Der Quellfilter der Finanz- und Betriebs-Apps in der Tabellenzuordnung ist keine gültige Abfragesyntax.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter on the table map; check it against the entity first (the live-sync article shows how to evaluate a filter with X++).</source>
        <translation>Korrigieren Sie den Filter in der Tabellenzuordnung; prüfen Sie ihn zuvor an der Entität (der Artikel zur Live-Synchronisierung zeigt, wie ein Filter mit X++ ausgewertet wird).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that null is not the empty string: filter on a computed column that turns null into &quot;&quot; when you need that.</source>
        <translation>Beachten Sie, dass null nicht die leere Zeichenfolge ist: Filtern Sie bei Bedarf nach einer berechneten Spalte, die null in &quot;&quot; umwandelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1000: the query that live sync uses for the entity</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 1000: die Abfrage, die die Live-Synchronisierung für die Entität verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information: only rows that satisfy the inner joins and filters of the entity&apos;s SQL query are picked up by live sync.</source>
        <translation>Information: Nur Zeilen, die die Inner Joins und Filter der SQL-Abfrage der Entität erfüllen, werden von der Live-Synchronisierung erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are missing in Dataverse, check the inner joins and filters of the query shown in the message.</source>
        <translation>Wenn Zeilen in Dataverse fehlen, prüfen Sie die Inner Joins und Filter der in der Meldung angezeigten Abfrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1300: virtual fields are not tracked</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 1300: virtuelle Felder werden nicht nachverfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual fields of finance and operations entities are not tracked: live sync can send their values, but a change to them alone does not trigger a sync.</source>
        <translation>Virtuelle Felder von Entitäten der Finanz- und Betriebs-Apps werden nicht nachverfolgt: Die Live-Synchronisierung kann ihre Werte senden, aber eine Änderung nur an ihnen löst keine Synchronisierung aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rely on changes to virtual fields to trigger dual-write; map a backing field that is tracked instead.</source>
        <translation>Verlassen Sie sich nicht darauf, dass Änderungen an virtuellen Feldern Dual-Write auslösen; ordnen Sie stattdessen ein zugrunde liegendes Feld zu, das nachverfolgt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1500: no field of the data source is mapped</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 1500: kein Feld der Datenquelle ist zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field of this data source of the entity is mapped for dual-write, so changes to its table are not tracked.</source>
        <translation>Kein Feld dieser Datenquelle der Entität ist für Dual-Write zugeordnet, daher werden Änderungen an ihrer Tabelle nicht nachverfolgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map at least one non-lookup field of the data source if its changes should reach Dataverse.</source>
        <translation>Ordnen Sie mindestens ein Feld der Datenquelle zu, das kein Nachschlagefeld ist, wenn ihre Änderungen Dataverse erreichen sollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1600: a data source of the entity has a range</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 1600: eine Datenquelle der Entität hat einen Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data source of the entity has a filter range: only rows that satisfy it go from finance and operations apps to Dataverse.</source>
        <translation>Eine Datenquelle der Entität hat einen Filterbereich: Nur Zeilen, die ihn erfüllen, gehen von den Finanz- und Betriebs-Apps zu Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are skipped, check them against the range, for example with select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; in SQL.</source>
        <translation>Wenn Zeilen übersprungen werden, prüfen Sie sie anhand des Bereichs, zum Beispiel mit select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; in SQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1700: the same table is tracked for several entities</source>
        <translation>Integritätsprüfung der Tabellenzuordnung 1700: dieselbe Tabelle wird für mehrere Entitäten nachverfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table tracked by several entities makes every change to it evaluate all of those entities for dual-write, which can slow transactions down.</source>
        <translation>Eine Tabelle, die von mehreren Entitäten nachverfolgt wird, bewirkt, dass bei jeder Änderung an ihr alle diese Entitäten für Dual-Write ausgewertet werden, was Transaktionen verlangsamen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many tables intersect, simplify the entity or optimise the entity queries.</source>
        <translation>Wenn sich viele Tabellen überschneiden, vereinfachen Sie die Entität oder optimieren Sie die Entitätsabfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1000: Connection validation failed</source>
        <translation>DIPV1000: Verbindungsvalidierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connections used by the connection set are no longer valid; the details of the message say why.</source>
        <translation>Die Power Apps-Verbindungen (ApiHub), die der Verbindungssatz verwendet, sind nicht mehr gültig; die Details der Meldung nennen den Grund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the connections as the details say, or create the connection set again (for dual-write: reset the connection).</source>
        <translation>Korrigieren Sie die Verbindungen wie in den Details beschrieben, oder erstellen Sie den Verbindungssatz neu (bei Dual-Write: Setzen Sie die Verbindung zurück).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1001: Exceptions encountered during Dual-write project validation</source>
        <translation>DIPV1001: Bei der Validierung des Dual-Write-Projekts sind Ausnahmen aufgetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while dual-write validated the project.</source>
        <translation>Bei der Validierung des Projekts durch Dual-Write ist eine unerwartete Ausnahme aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Microsoft Support with the exception details.</source>
        <translation>Wenden Sie sich mit den Details der Ausnahme an den Microsoft-Support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map design (keys, field mappings, filters) is not part of the health check; the table map health check on the Dual-write page and map validation report it.</source>
        <translation>Das Design der Tabellenzuordnung (Schlüssel, Feldzuordnungen, Filter) ist nicht Teil der Integritätsprüfung; die Integritätsprüfung der Tabellenzuordnung auf der Dual-Write-Seite und die Zuordnungsvalidierung melden es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1002: Dual-write only supports mapping between cross-company entities or company-specific entities from both sides</source>
        <translation>DIPV1002: Dual-Write unterstützt nur Zuordnungen zwischen unternehmensübergreifenden Entitäten oder unternehmensspezifischen Entitäten auf beiden Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-company data sharing is enabled for the finance and operations entity of the map, and dual-write does not support such entities.</source>
        <translation>Für die Entität der Finanz- und Betriebs-Apps dieser Zuordnung ist die unternehmensübergreifende Datenfreigabe aktiviert, und Dual-Write unterstützt solche Entitäten nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable cross-company data sharing for the entity, or use another entity for the table map.</source>
        <translation>Deaktivieren Sie die unternehmensübergreifende Datenfreigabe für die Entität, oder verwenden Sie eine andere Entität für die Tabellenzuordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1003: Integration keys are missing</source>
        <translation>DIPV1003: Integrationsschlüssel fehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no integration key (alternate key) to identify a row.</source>
        <translation>Die Dataverse-Tabelle der Zuordnung hat keinen Integrationsschlüssel (Alternativschlüssel), um eine Zeile zu identifizieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the table of the map and define at least one alternate key.</source>
        <translation>Öffnen Sie im Power Apps-Maker-Portal die Tabelle der Zuordnung und definieren Sie mindestens einen Alternativschlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write administration workspace in finance and operations apps, open the table map and select Refresh tables.</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps den Arbeitsbereich „Dual-Write-Verwaltung“, öffnen Sie die Tabellenzuordnung und wählen Sie „Tabellen aktualisieren“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1004: Integration key field isn&apos;t bi-directionally mapped</source>
        <translation>DIPV1004: Feld des Integrationsschlüssels ist nicht bidirektional zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map syncs in both directions, but not every field of the integration key is mapped in both directions, so live sync cannot find the row on both sides.</source>
        <translation>Die Zuordnung synchronisiert in beide Richtungen, aber nicht jedes Feld des Integrationsschlüssels ist in beide Richtungen zugeordnet, sodass die Live-Synchronisierung die Zeile nicht auf beiden Seiten finden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field in both directions.</source>
        <translation>Ordnen Sie jedes Feld des Integrationsschlüssels in beide Richtungen zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1005: Missing environment info for dataset</source>
        <translation>DIPV1005: Fehlende Umgebungsinformationen für das Dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write connection or the Data Integrator connection set is misconfigured or damaged.</source>
        <translation>Die Dual-Write-Verbindung oder der Verbindungssatz von Data Integrator ist falsch konfiguriert oder beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For dual-write: reset the dual-write connection set (Reset dual-write connections). For Data Integrator: create the connection set again.</source>
        <translation>Bei Dual-Write: Setzen Sie den Dual-Write-Verbindungssatz zurück (Dual-Write-Verbindungen zurücksetzen). Bei Data Integrator: Erstellen Sie den Verbindungssatz neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1006: Exceptions encountered during project validation</source>
        <translation>DIPV1006: Bei der Projektvalidierung sind Ausnahmen aufgetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while a dual-write map or Data Integrator project was validated.</source>
        <translation>Bei der Validierung einer Dual-Write-Zuordnung oder eines Data Integrator-Projekts ist eine unerwartete Ausnahme aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1007: Task has environment that doesn&apos;t exist in the connection set</source>
        <translation>DIPV1007: Die Aufgabe hat eine Umgebung, die im Verbindungssatz nicht vorhanden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration project is misconfigured or damaged.</source>
        <translation>Das Integrationsprojekt ist falsch konfiguriert oder beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the data integration project again.</source>
        <translation>Erstellen Sie das Datenintegrationsprojekt neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1008: Data partition isn&apos;t valid</source>
        <translation>DIPV1008: Die Datenpartition ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization mapping of the connection set no longer holds: a business unit in Dataverse or a legal entity in finance and operations apps was deleted or renamed.</source>
        <translation>Die Organisationszuordnung des Verbindungssatzes gilt nicht mehr: Eine Unternehmenseinheit in Dataverse oder eine juristische Person in den Finanz- und Betriebs-Apps wurde gelöscht oder umbenannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add back or rename the missing business unit or legal entity.</source>
        <translation>Fügen Sie die fehlende Unternehmenseinheit oder juristische Person wieder hinzu oder benennen Sie sie um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or create the connection set and the project again.</source>
        <translation>Oder erstellen Sie den Verbindungssatz und das Projekt neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1010: Mandatory field in destination entity must be mapped</source>
        <translation>DIPV1010: Ein Pflichtfeld in der Zielentität muss zugeordnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field that must have a value when a row is created is not mapped, so syncing would fail at run time.</source>
        <translation>Ein Feld, das beim Erstellen einer Zeile einen Wert haben muss, ist nicht zugeordnet, sodass die Synchronisierung zur Laufzeit fehlschlagen würde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every mandatory field of the table to a field of the other side.</source>
        <translation>Ordnen Sie jedes Pflichtfeld der Tabelle einem Feld der anderen Seite zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1011: Readonly field in destination entity must not be mapped</source>
        <translation>DIPV1011: Ein schreibgeschütztes Feld in der Zielentität darf nicht zugeordnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only field is mapped as a destination, so syncing would fail at run time.</source>
        <translation>Ein schreibgeschütztes Feld ist als Ziel zugeordnet, sodass die Synchronisierung zur Laufzeit fehlschlagen würde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not map read-only fields in both directions.</source>
        <translation>Ordnen Sie schreibgeschützte Felder nicht in beide Richtungen zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1012: Error occurred while parsing Dataverse entity source filter</source>
        <translation>DIPV1012: Fehler beim Analysieren des Quellfilters der Dataverse-Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse source filter of the map has a syntax error or names a field that does not exist.</source>
        <translation>Der Dataverse-Quellfilter der Zuordnung hat einen Syntaxfehler oder nennt ein Feld, das nicht vorhanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the source filter of the Dataverse table (see Filter your data in Customize table and column mappings).</source>
        <translation>Korrigieren Sie den Quellfilter der Dataverse-Tabelle (siehe „Daten filtern“ in „Tabellen- und Spaltenzuordnungen anpassen“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1014: Mapping is missing for integration key</source>
        <translation>DIPV1014: Zuordnung für den Integrationsschlüssel fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every field of the integration key is mapped.</source>
        <translation>Nicht jedes Feld des Integrationsschlüssels ist zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field so that dual-write can find the row.</source>
        <translation>Ordnen Sie jedes Feld des Integrationsschlüssels zu, damit Dual-Write die Zeile finden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1015: Mapping is missing for integration key for lookup field</source>
        <translation>DIPV1015: Zuordnung für den Integrationsschlüssel des Nachschlagefelds fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup field is part of the integration key, but the key fields of the entity it refers to are not mapped.</source>
        <translation>Ein Nachschlagefeld ist Teil des Integrationsschlüssels, aber die Schlüsselfelder der Entität, auf die es verweist, sind nicht zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the expanded key fields of the referenced entity as well.</source>
        <translation>Ordnen Sie auch die erweiterten Schlüsselfelder der referenzierten Entität zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1016: Missing Organization mapping for destination entity</source>
        <translation>DIPV1016: Fehlende Organisationszuordnung für die Zielentität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1017: Missing Organization mapping for related entity</source>
        <translation>DIPV1017: Fehlende Organisationszuordnung für die verknüpfte Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1018: Missing source schema</source>
        <translation>DIPV1018: Fehlendes Quellschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the source table is cached.</source>
        <translation>Es sind keine Metadaten der Quelltabelle zwischengespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the table comes from finance and operations apps, refresh the entity list first (Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list).</source>
        <translation>Wenn die Tabelle aus den Finanz- und Betriebs-Apps stammt, aktualisieren Sie zuerst die Entitätsliste (Datenverwaltung &gt; Frameworkparameter &gt; Entitätseinstellungen &gt; Entitätsliste aktualisieren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1019: Export can&apos;t be performed on the table due to the missing versionnumber field</source>
        <translation>DIPV1019: Export für die Tabelle nicht möglich, da das Feld versionnumber fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no versionnumber field: it is of a kind that dual-write does not support, such as a virtual or an elastic table.</source>
        <translation>Die Dataverse-Tabelle der Zuordnung hat kein Feld versionnumber: Sie ist von einer Art, die Dual-Write nicht unterstützt, etwa eine virtuelle oder eine elastische Tabelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the versionnumber field on the table, or map a table of a supported kind.</source>
        <translation>Aktivieren Sie das Feld versionnumber für die Tabelle, oder ordnen Sie eine Tabelle einer unterstützten Art zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1020: Missing destination schema</source>
        <translation>DIPV1020: Fehlendes Zielschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the destination table is cached.</source>
        <translation>Es sind keine Metadaten der Zieltabelle zwischengespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1021: Missing source field in the mapping</source>
        <translation>DIPV1021: Fehlendes Quellfeld in der Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no source field.</source>
        <translation>Eine Feldzuordnung hat kein Quellfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the source field, or use the Default value transform when no source is needed.</source>
        <translation>Legen Sie das Quellfeld fest, oder verwenden Sie die Transformation „Standardwert“, wenn keine Quelle benötigt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1022: Missing source field in the schema</source>
        <translation>DIPV1022: Fehlendes Quellfeld im Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source field of a field mapping is not in the cached metadata of the table.</source>
        <translation>Das Quellfeld einer Feldzuordnung ist nicht in den zwischengespeicherten Metadaten der Tabelle enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1023: Duplicate source fields</source>
        <translation>DIPV1023: Doppelte Quellfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is used more than once in field mappings that go in both directions.</source>
        <translation>Dasselbe Feld wird mehrmals in Feldzuordnungen verwendet, die in beide Richtungen gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate field mapping from the table map.</source>
        <translation>Entfernen Sie die doppelte Feldzuordnung aus der Tabellenzuordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1024: Missing destination field in the mapping</source>
        <translation>DIPV1024: Fehlendes Zielfeld in der Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no destination field.</source>
        <translation>Eine Feldzuordnung hat kein Zielfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the destination field of every field mapping.</source>
        <translation>Legen Sie das Zielfeld jeder Feldzuordnung fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1025: Missing destination field in the schema</source>
        <translation>DIPV1025: Fehlendes Zielfeld im Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination field of a field mapping is not in the cached metadata of the table.</source>
        <translation>Das Zielfeld einer Feldzuordnung ist nicht in den zwischengespeicherten Metadaten der Tabelle enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1026: Duplicate destination fields</source>
        <translation>DIPV1026: Doppelte Zielfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is the destination of more than one field mapping.</source>
        <translation>Dasselbe Feld ist das Ziel mehrerer Feldzuordnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1027: Map the integration key associated with the entity lookup field to the destination field</source>
        <translation>DIPV1027: Den Integrationsschlüssel des Entitätsnachschlagefelds dem Zielfeld zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a destination lookup field refers to are not mapped.</source>
        <translation>Die Schlüsselfelder der Entität, auf die ein Ziel-Nachschlagefeld verweist, sind nicht zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the integration key fields of the referenced entity (see Managing dual-write integration keys).</source>
        <translation>Ordnen Sie die Felder des Integrationsschlüssels der referenzierten Entität zu (siehe „Dual-Write-Integrationsschlüssel verwalten“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1028: Map the integration key associated with the entity lookup field to the source field</source>
        <translation>DIPV1028: Den Integrationsschlüssel des Entitätsnachschlagefelds dem Quellfeld zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a source lookup field refers to are not mapped.</source>
        <translation>Die Schlüsselfelder der Entität, auf die ein Quell-Nachschlagefeld verweist, sind nicht zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1029: Duplicate value map</source>
        <translation>DIPV1029: Doppelte Wertzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two field mappings use the same pair of source and destination fields.</source>
        <translation>Zwei Feldzuordnungen verwenden dasselbe Paar aus Quell- und Zielfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and remove the duplicates in the map.</source>
        <translation>Suchen und entfernen Sie die Duplikate in der Zuordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1030: Data type mismatch</source>
        <translation>DIPV1030: Datentypen stimmen nicht überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data type of a source field does not fit its destination field, which would make syncing fail or lose data.</source>
        <translation>Der Datentyp eines Quellfelds passt nicht zu seinem Zielfeld, wodurch die Synchronisierung fehlschlagen oder Daten verloren gehen würden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the details of the message say, change the data types or map a pair of fields with compatible types.</source>
        <translation>Ändern Sie, wie in den Details der Meldung beschrieben, die Datentypen oder ordnen Sie ein Feldpaar mit kompatiblen Typen zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1031: Missing default transform for mandatory destination field</source>
        <translation>DIPV1031: Fehlende Standardtransformation für ein Pflichtzielfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mandatory destination field has no default transform, so syncing would fail when no value comes.</source>
        <translation>Ein Pflichtzielfeld hat keine Standardtransformation, sodass die Synchronisierung fehlschlagen würde, wenn kein Wert geliefert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a default transform that gives the mandatory field a default value.</source>
        <translation>Fügen Sie eine Standardtransformation hinzu, die dem Pflichtfeld einen Standardwert gibt.</translation>
    </message>
</context>
<context>
    <name>dwh::TokenForm</name>
    <message>
        <location filename="../src/net/tokenform.cpp" line="+47"/>
        <source>malformed answer: the token answer is not a JSON object</source>
        <translation>fehlerhafte Antwort: Die Tokenantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed answer: no access_token in the token answer</source>
        <translation>fehlerhafte Antwort: kein access_token in der Tokenantwort</translation>
    </message>
</context>
<context>
    <name>dwh::Troubleshoot</name>
    <message>
        <location filename="../src/troubleshoot/parallelprocessing.cpp" line="+39"/>
        <source>Enabling parallel processing can reduce the time needed to import data from Dynamics 365 customer engagement apps and Microsoft Dataverse to finance and operations apps.</source>
        <translation>Durch Aktivieren der Parallelverarbeitung lässt sich die Zeit verkürzen, die zum Importieren von Daten aus Dynamics 365 Customer Engagement-Apps und Microsoft Dataverse in die Finanz- und Betriebs-Apps benötigt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 Recommended value: %3.</source>
        <translation>%1: %2 Empfohlener Wert: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptom.cpp" line="+20"/>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: muss eine nicht leere Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2: must be a non-empty list of strings</source>
        <translation>%1.%2: muss eine nicht leere Liste von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.%2: every item must be a non-empty string</source>
        <translation>%1.%2: Jedes Element muss eine nicht leere Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1.regex: not a valid regular expression (%2)</source>
        <translation>%1.regex: kein gültiger regulärer Ausdruck (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.weight: must be 0 or more</source>
        <translation>%1.weight: muss 0 oder größer sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.patterns: needs at least one pattern with a weight above 0</source>
        <translation>%1.patterns: benötigt mindestens ein Muster mit einer Gewichtung über 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.recommended: must be a whole number</source>
        <translation>%1.recommended: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.commit: must be the 40 hex digits of the commit read</source>
        <translation>%1.commit: muss aus den 40 Hexadezimalziffern des gelesenen Commits bestehen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1.docUrl: must be a https://learn.microsoft.com/ page</source>
        <translation>%1.docUrl: muss eine Seite unter https://learn.microsoft.com/ sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.parser: unknown parser &quot;%2&quot;</source>
        <translation>%1.parser: unbekannter Parser &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptomcatalogue.cpp" line="+19"/>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schemaVersion: must be 1</source>
        <translation>schemaVersion: muss 1 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimumScore: must be 1 or more</source>
        <translation>minimumScore: muss 1 oder größer sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: &quot;%2&quot; wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>symptoms: must list at least one symptom</source>
        <translation>symptoms: muss mindestens ein Symptom enthalten</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/pastedtext.cpp" line="+136"/>
        <source>HAR entry %1 (%2 %3)</source>
        <translation>HAR-Eintrag %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, status</source>
        <translation>%1, Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, response %2</source>
        <translation>%1, Antwort %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, response</source>
        <translation>%1, Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, error</source>
        <translation>%1, Fehler</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>dwh::UrlPolicy</name>
    <message>
        <location filename="../src/core/urlpolicy.cpp" line="+29"/>
        <source>is not a valid URL</source>
        <translation>ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an absolute URL such as https://contoso.crm.dynamics.com</source>
        <translation>muss eine absolute URL sein, z. B. https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uses plain http:// to a host that is not loopback; use https://</source>
        <translation>verwendet unverschlüsseltes http:// zu einem Host, der kein Loopback-Host ist; verwenden Sie https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must use https://</source>
        <translation>muss https:// verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain a user name or password</source>
        <translation>darf keinen Benutzernamen und kein Kennwort enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain a query or fragment</source>
        <translation>darf keine Abfrage und kein Fragment enthalten</translation>
    </message>
</context>
<context>
    <name>dwh::WriteExecutor</name>
    <message>
        <location filename="../src/remediation/writeexecutor.cpp" line="+48"/>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no client for the service of this record</source>
        <translation>kein Client für den Dienst dieses Datensatzes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the service confirmed it (HTTP %1)</source>
        <translation>vom Dienst bestätigt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before the write was accepted by the service</source>
        <translation>abgebrochen, bevor der Dienst den Schreibvorgang angenommen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled while the request was on its way; the service may or may not have applied it: read the record to find out</source>
        <translation>abgebrochen, während die Anforderung unterwegs war; der Dienst hat sie möglicherweise angewendet: Lesen Sie den Datensatz, um es festzustellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1); the service may or may not have applied it: read the record to find out</source>
        <translation>keine Antwort auf den Schreibvorgang (%1); der Dienst hat ihn möglicherweise ausgeführt oder nicht: Lesen Sie den Datensatz, um es herauszufinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already gone (HTTP 404): %1</source>
        <translation>bereits nicht mehr vorhanden (HTTP 404): %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the record was not returned as a JSON object</source>
        <translation>der Datensatz wurde nicht als JSON-Objekt zurückgegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer to the write (%1), but a read shows it was applied: %2</source>
        <translation>keine Antwort auf den Schreibvorgang (%1), aber ein Lesevorgang zeigt, dass er ausgeführt wurde: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and a read shows it was not applied: %2</source>
        <translation>keine Antwort auf den Schreibvorgang (%1), und ein Lesevorgang zeigt, dass er nicht ausgeführt wurde: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and the read that should tell whether it was applied did not: %2; read the record to find out</source>
        <translation>keine Antwort auf den Schreibvorgang (%1), und der Lesevorgang, der zeigen sollte, ob er ausgeführt wurde, ist fehlgeschlagen: %2; Lesen Sie den Datensatz, um es herauszufinden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not attempted: cancelled before it was sent</source>
        <translation>nicht versucht: vor dem Senden abgebrochen</translation>
    </message>
</context>
<context>
    <name>dwh::cli</name>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="+75"/>
        <source>show this command&apos;s options and exit</source>
        <translation>die Optionen dieses Befehls anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option for %1: %2</source>
        <translation>unbekannte Option für %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/clioptions.cpp" line="+29"/>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Usage: dwhealth %1</source>
        <translation>Verwendung: dwhealth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="+31"/>
        <source>%1 and %2 name the same file (%3): the output would overwrite it; choose another file</source>
        <translation>%1 und %2 bezeichnen dieselbe Datei (%3): Die Ausgabe würde sie überschreiben; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile-name runs one saved profile; not with --profiles, repeated --profile or --output-dir</source>
        <translation>--profile-name führt ein gespeichertes Profil aus; nicht mit --profiles, wiederholtem --profile oder --output-dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs exactly one of --profile FILE, --profile-name NAME, --demo or --replay BUNDLE</source>
        <translation>check benötigt genau eine der Optionen --profile FILE, --profile-name NAME, --demo oder --replay BUNDLE</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs the health check headless and writes the report (JSON on stdout unless --format or --output say otherwise).</source>
        <translation>Führt die Integritätsprüfung ohne Oberfläche aus und schreibt den Bericht (JSON auf stdout, sofern --format oder --output nichts anderes angeben).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile (JSON, never a secret) of the environments to check</source>
        <translation>das Profil (JSON, nie ein Geheimnis) der zu prüfenden Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+65"/>
        <source>the profile the wizard saved as NAME; its client secret from the system keychain unless DWHEALTH_CLIENT_SECRET or --client-secret-stdin gives one</source>
        <translation>das vom Assistenten als NAME gespeicherte Profil; sein geheimer Clientschlüssel stammt aus dem Schlüsselbund des Systems, sofern DWHEALTH_CLIENT_SECRET oder --client-secret-stdin keinen angibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the embedded simulator instead</source>
        <translation>stattdessen den eingebetteten Simulator prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy; see dwhealth scenarios)</source>
        <translation>mit --demo: das Szenario des Simulators (Standard: healthy; siehe dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluate the rules again on a bundle&apos;s recorded facts, offline; same formats and exit codes</source>
        <translation>die Regeln offline erneut auf die aufgezeichneten Fakten eines Bundles anwenden; gleiche Formate und Exitcodes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report format (default json); html is one self-contained file, pdf a customer-ready document (a PDF is written to stdout only when stdout is not a terminal)</source>
        <translation>Berichtsformat (Standard: json); html ist eine eigenständige Datei, pdf ein kundenfertiges Dokument (ein PDF wird nur auf stdout geschrieben, wenn stdout kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report to FILE instead of stdout</source>
        <translation>den Bericht statt auf stdout in FILE schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mask the tenant and environment ids, URLs, host names, user names, user ids and e-mail addresses (every format)</source>
        <translation>Mandanten- und Umgebungs-IDs, URLs, Hostnamen, Benutzernamen, Benutzer-IDs und E-Mail-Adressen maskieren (jedes Format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: the customer named on the cover (default: the profile name)</source>
        <translation>pdf, html: der auf dem Deckblatt genannte Kunde (Standard: der Profilname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: &quot;Prepared by&quot; on the cover</source>
        <translation>pdf, html: &quot;Erstellt von&quot; auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html: an image (PNG, JPEG, ...) on the cover</source>
        <translation>pdf, html: ein Bild (PNG, JPEG, ...) auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html (printing): the paper size (default A4)</source>
        <translation>pdf, html (Druck): das Papierformat (Standard: A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+68"/>
        <source>run dependency validation even if a prerequisite failed</source>
        <translation>Abhängigkeitsprüfung auch ausführen, wenn eine Voraussetzung fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="-37"/>
        <location filename="../src/cli/mapscommand.cpp" line="+60"/>
        <source>read the client secret from standard input (otherwise from the DWHEALTH_CLIENT_SECRET variable)</source>
        <translation>den Clientschlüssel von der Standardeingabe lesen (sonst aus der Variablen DWHEALTH_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel requests per service, 1-52 (default 16)</source>
        <translation>parallele Anforderungen pro Dienst, 1-52 (Standard: 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+3"/>
        <location filename="../src/cli/mapscommand.cpp" line="+3"/>
        <source>seconds per HTTP exchange and per sign-in request (default 30)</source>
        <translation>Sekunden pro HTTP-Austausch und pro Anmeldeanforderung (Standard: 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds for the whole run (default 600); the checks not read by then are unknown and the exit code is 3</source>
        <translation>Sekunden für den gesamten Lauf (Standard: 600); die bis dahin nicht gelesenen Prüfungen sind unbekannt und der Exitcode ist 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/fixoptions.cpp" line="+2"/>
        <location filename="../src/cli/mapscommand.cpp" line="+2"/>
        <source>send the client secret to the profile&apos;s authority HOST although it is not a Microsoft Entra ID sign-in host (refused without it)</source>
        <translation>den Clientschlüssel an den Autoritätshost HOST des Profils senden, obwohl er kein Microsoft Entra ID-Anmeldehost ist (ohne diese Option abgelehnt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --demo: simulated network latency</source>
        <translation>mit --demo: simulierte Netzwerklatenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+1"/>
        <source>no progress on stderr</source>
        <translation>kein Fortschritt auf stderr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the evidence bundle: report.json, the HTTP trace trace.har (no Authorization header, secret or token) and facts.json (the data as read)</source>
        <translation>zusätzlich das Nachweispaket schreiben: report.json, die HTTP-Ablaufverfolgung trace.har (ohne Authorization-Header, Geheimnis oder Token) und facts.json (die gelesenen Daten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages read per dataset at most (default: 5,000,000 rows over the page size, at least 1000); a dataset with more makes its checks unknown, reason pageCap</source>
        <translation>höchstens gelesene Seiten pro Dataset (Standard: 5.000.000 Zeilen geteilt durch die Seitengröße, mindestens 1000); bei einem größeren Dataset sind seine Prüfungen unbekannt, Grund pageCap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs kept in a profile&apos;s history, the oldest removed (default: the wizard&apos;s setting, else 100)</source>
        <translation>im Verlauf eines Profils behaltene Läufe, die ältesten werden entfernt (Standard: die Einstellung des Assistenten, sonst 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>megabytes kept in a profile&apos;s history, the oldest runs removed (default: the wizard&apos;s setting, else 50)</source>
        <translation>im Verlauf eines Profils behaltene Megabyte, die ältesten Läufe werden entfernt (Standard: die Einstellung des Assistenten, sonst 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every check passed (warnings allowed), 1 at least one check failed, 2 usage error or bad input file, 3 the run could not complete (a check is unknown and none failed).
</source>
        <translation>Exitcodes: 0 jede Prüfung bestanden (Warnungen zulässig), 1 mindestens eine Prüfung fehlgeschlagen, 2 Verwendungsfehler oder ungültige Eingabedatei, 3 der Lauf konnte nicht abgeschlossen werden (eine Prüfung ist unbekannt und keine ist fehlgeschlagen).
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected argument for check: an address (not shown); did you mean --notify env:NAME?</source>
        <translation>unerwartetes Argument für check: eine Adresse (nicht angezeigt); meinten Sie --notify env:NAME?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/cli/fixoptions.cpp" line="+12"/>
        <location filename="../src/cli/mapscommand.cpp" line="+37"/>
        <source>--profile-name takes the name of a saved profile</source>
        <translation>--profile-name erwartet den Namen eines gespeicherten Profils</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--format &quot;%1&quot; is not available; use one of: %2</source>
        <translation>--format &quot;%1&quot; ist nicht verfügbar; verwenden Sie eines der folgenden: %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <location filename="../src/cli/mapscommand.cpp" line="+19"/>
        <source>--allow-authority takes a host name such as sts.contoso.example, not &quot;%1&quot;</source>
        <translation>--allow-authority erwartet einen Hostnamen wie sts.contoso.example, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>with --profile or --profile-name: do not store the run in the history</source>
        <translation>mit --profile oder --profile-name: den Lauf nicht im Verlauf speichern</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size erwartet A4 oder Letter, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="-133"/>
        <source>secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET environment variable or --client-secret-stdin</source>
        <translation>Geheime Schlüssel werden nie auf der Befehlszeile angenommen; verwenden Sie die Umgebungsvariable DWHEALTH_CLIENT_SECRET oder --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="-56"/>
        <source>unknown option for check: %1</source>
        <translation>unbekannte Option für check: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>--replay re-evaluates a recorded run; --bundle and --force-dependencies do not apply</source>
        <translation>--replay wertet einen aufgezeichneten Lauf erneut aus; --bundle und --force-dependencies gelten hier nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--latency-ms is only for --demo</source>
        <translation>--latency-ms gilt nur für --demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consultant, --customer, --logo and --page-size are only for --format pdf or html</source>
        <translation>--consultant, --customer, --logo und --page-size gelten nur für --format pdf oder html</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="+25"/>
        <source>Serves the simulator on 127.0.0.1 until killed; prints one JSON line with a ready profile (its URLs) on stdout.</source>
        <translation>Stellt den Simulator auf 127.0.0.1 bereit, bis er beendet wird; gibt eine JSON-Zeile mit einem fertigen Profil (seinen URLs) auf stdout aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the scenario to serve (default healthy; see dwhealth scenarios)</source>
        <translation>das bereitzustellende Szenario (Standard: healthy; siehe dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serve what an evidence bundle recorded instead of a scenario</source>
        <translation>statt eines Szenarios bereitstellen, was ein Nachweispaket aufgezeichnet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port, 1024-65532 (default: a free one)</source>
        <translation>der Port, 1024-65532 (Standard: ein freier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated network latency per answer</source>
        <translation>simulierte Netzwerklatenz pro Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option for simulate: %1</source>
        <translation>unbekannte Option für simulate: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lists the simulator&apos;s scenarios, one per line: name, tab, one-line description.</source>
        <translation>Listet die Szenarien des Simulators auf, eines pro Zeile: Name, Tabulator, einzeilige Beschreibung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenarios takes no options</source>
        <translation>scenarios akzeptiert keine Optionen</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+26"/>
        <location filename="../src/cli/diffcommand.cpp" line="+43"/>
        <source>unknown option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../src/cli/helpcommand.cpp" line="+43"/>
        <source>unknown command &quot;%1&quot;; see dwhealth --help</source>
        <translation>unbekannter Befehl &quot;%1&quot;; siehe dwhealth --help</translation>
    </message>
    <message>
        <location filename="../src/cli/overviewhelp.cpp" line="+74"/>
        <source>Usage: dwhealth [COMMAND] [OPTIONS]

Runs the Dynamics 365 dual-write health check from outside the product.

Commands:
  (none)                     open the wizard
  --demo [--scenario NAME]   open the wizard against the embedded simulator
  check --profile FILE       run the health check headless; report on stdout
  check --demo [--scenario NAME]
                             the same against the embedded simulator
  simulate --scenario NAME [--port N] [--latency-ms N]
                             serve the simulator on 127.0.0.1 until killed; prints one
                             JSON line with a ready profile on stdout
  scenarios                  list the simulator&apos;s scenarios (name TAB description)
  explain &quot;ERROR TEXT&quot; | - | --list | --symptom ID [--format text|json]
                             explain a dual-write error message: cause, fix, doc link
                             and the checks to run (- reads the text from stdin);
                             exit 0 recognised, 1 nothing matched, 2 usage error
  check --replay BUNDLE.zip  evaluate the rules again on a bundle&apos;s recorded facts,
                             offline; same --format/--output options and exit codes
  diff OLD.json NEW.json [--format text|json]
                             what changed between two runs (reports or bundles): new,
                             fixed and still failing findings, status changes;
                             exit 0 no change, 1 changes, 2 usage error
%1  --version, --help

Options of check:
  --format json|junit|md|html|pdf
                             report format (default json); html is one self-contained
                             file, pdf a customer-ready document (a PDF is written to
                             stdout only when stdout is not a terminal: use --output
                             FILE or a redirect)
  --output FILE              write the report to FILE instead of stdout
  --redact                   mask the tenant and environment ids, URLs, user names,
                             user ids and e-mail addresses (every format)
  --customer NAME            pdf, html: the customer named on the cover
                             (default: the profile name)
  --consultant NAME          pdf, html: &quot;Prepared by&quot; on the cover
  --logo FILE                pdf, html: an image (PNG, JPEG, ...) on the cover
  --page-size A4|Letter      pdf, html (printing): the paper size (default A4)
  --force-dependencies       run dependency validation even if a prerequisite failed
  --client-secret-stdin      read the client secret from standard input
                             (otherwise from the DWHEALTH_CLIENT_SECRET variable)
  --concurrency N            parallel requests per service, 1-52 (default 16)
  --timeout S                seconds per HTTP exchange (default 30)
  --latency-ms N             with --demo: simulated network latency
  --no-progress              no progress on stderr
  --bundle FILE.zip          also write the evidence bundle: report.json, the HTTP
                             trace trace.har (HAR 1.2, no Authorization header, no
                             secret, no token) and facts.json (the data as read);
                             --redact applies to the report output, not the bundle
  --no-history               with --profile: do not store the run in the history
                             (the user&apos;s data folder, dwhealth/history/PROFILE/);
                             --demo and --replay runs are never stored

Exit codes of check:
  0  every check passed (warnings allowed)
  1  at least one check failed
  2  usage error or bad input file (the message names the file, field and problem)
  3  the run could not complete: a check is unknown (unreachable, unauthorized,
     throttled past the retry budget, malformed answer) and none failed
%2</source>
        <translation>Verwendung: dwhealth [COMMAND] [OPTIONS]

Führt die Dual-Write-Integritätsprüfung für Dynamics 365 von außerhalb des Produkts aus.

Befehle:
  (keiner)                   den Assistenten öffnen
  --demo [--scenario NAME]   den Assistenten mit dem integrierten Simulator öffnen
  check --profile FILE       die Integritätsprüfung ohne Oberfläche ausführen; Bericht
                             auf stdout
  check --demo [--scenario NAME]
                             dasselbe mit dem integrierten Simulator
  simulate --scenario NAME [--port N] [--latency-ms N]
                             den Simulator auf 127.0.0.1 bereitstellen, bis er beendet
                             wird; gibt eine JSON-Zeile mit einem fertigen Profil auf
                             stdout aus
  scenarios                  die Szenarien des Simulators auflisten (Name TAB
                             Beschreibung)
  explain &quot;ERROR TEXT&quot; | - | --list | --symptom ID [--format text|json]
                             eine Dual-Write-Fehlermeldung erklären: Ursache, Behebung,
                             Dokumentationslink und die auszuführenden Prüfungen
                             (- liest den Text von stdin); Exitcode 0 erkannt,
                             1 keine Übereinstimmung, 2 Aufruffehler
  check --replay BUNDLE.zip  die Regeln offline erneut auf die aufgezeichneten Fakten
                             eines Pakets anwenden; dieselben Optionen --format/--output
                             und Exitcodes
  diff OLD.json NEW.json [--format text|json]
                             was sich zwischen zwei Läufen geändert hat (Berichte oder
                             Pakete): neue, behobene und weiterhin fehlschlagende
                             Befunde, Statusänderungen; Exitcode 0 keine Änderung,
                             1 Änderungen, 2 Aufruffehler
%1  --version, --help

Optionen von check:
  --format json|junit|md|html|pdf
                             Berichtsformat (Standard: json); html ist eine
                             eigenständige Datei, pdf ein kundenfertiges Dokument (ein
                             PDF wird nur dann auf stdout geschrieben, wenn stdout kein
                             Terminal ist: --output FILE oder eine Umleitung verwenden)
  --output FILE              den Bericht in FILE statt auf stdout schreiben
  --redact                   Mandanten- und Umgebungs-IDs, URLs, Benutzernamen,
                             Benutzer-IDs und E-Mail-Adressen schwärzen (alle Formate)
  --customer NAME            pdf, html: der auf dem Deckblatt genannte Kunde
                             (Standard: der Profilname)
  --consultant NAME          pdf, html: „Erstellt von“ auf dem Deckblatt
  --logo FILE                pdf, html: ein Bild (PNG, JPEG, ...) auf dem Deckblatt
  --page-size A4|Letter      pdf, html (Druck): das Papierformat (Standard: A4)
  --force-dependencies       die Abhängigkeitsvalidierung auch ausführen, wenn eine
                             Voraussetzung fehlgeschlagen ist
  --client-secret-stdin      den geheimen Clientschlüssel von der Standardeingabe lesen
                             (sonst aus der Variablen DWHEALTH_CLIENT_SECRET)
  --concurrency N            parallele Anforderungen je Dienst, 1-52 (Standard: 16)
  --timeout S                Sekunden je HTTP-Austausch (Standard: 30)
  --latency-ms N             mit --demo: simulierte Netzwerklatenz
  --no-progress              keine Fortschrittsanzeige auf stderr
  --bundle FILE.zip          zusätzlich das Nachweispaket schreiben: report.json, die
                             HTTP-Ablaufverfolgung trace.har (HAR 1.2, kein
                             Authorization-Header, kein geheimer Schlüssel, kein Token)
                             und facts.json (die gelesenen Daten); --redact gilt für
                             die Berichtsausgabe, nicht für das Paket
  --no-history               mit --profile: den Lauf nicht im Verlauf speichern
                             (im Datenordner des Benutzers, dwhealth/history/PROFILE/);
                             Läufe mit --demo und --replay werden nie gespeichert

Exitcodes von check:
  0  alle Prüfungen bestanden (Warnungen zulässig)
  1  mindestens eine Prüfung fehlgeschlagen
  2  Aufruffehler oder fehlerhafte Eingabedatei (die Meldung nennt Datei, Feld und
     Problem)
  3  der Lauf konnte nicht abgeschlossen werden: Eine Prüfung ist unbekannt (nicht
     erreichbar, nicht autorisiert, über das Wiederholungsbudget hinaus gedrosselt,
     fehlerhafte Antwort) und keine ist fehlgeschlagen
%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>
Time and sign-in options of check:
  --timeout S                also applies to each sign-in (token) request
  --deadline S               seconds for the whole run (default 600); the checks not
                             read by then are unknown (&quot;deadline of S s reached&quot;),
                             the report is still written and the exit code is 3
  --allow-authority HOST     send the client secret to the profile&apos;s authority HOST
                             although it is not a Microsoft Entra ID sign-in host
                             (login.microsoftonline.com or .us,
                             login.partner.microsoftonline.cn,
                             login.chinacloudapi.cn, or loopback); without it such
                             an authority is refused (exit 2)
  --redact                   also masks host names written without a scheme
</source>
        <translation>
Zeit- und Anmeldeoptionen von check:
  --timeout S                gilt auch für jede Anmeldeanforderung (Token)
  --deadline S               Sekunden für den gesamten Lauf (Standard 600); die bis dahin
                             nicht gelesenen Prüfungen sind unbekannt (&quot;deadline of S s reached&quot;),
                             der Bericht wird trotzdem geschrieben und der Exitcode ist 3
  --allow-authority HOST     den geheimen Clientschlüssel an die Autorität HOST des Profils senden,
                             obwohl sie kein Anmeldehost von Microsoft Entra ID ist
                             (login.microsoftonline.com oder .us,
                             login.partner.microsoftonline.cn,
                             login.chinacloudapi.cn oder Loopback); ohne diese Option wird
                             eine solche Autorität abgelehnt (Exitcode 2)
  --redact                   maskiert auch Hostnamen, die ohne Schema geschrieben sind
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>
Limits of check:
  --max-pages N              pages read per dataset at most (default: 5,000,000 rows
                             over the page size, at least 1000); a dataset with more
                             makes its checks unknown, reason pageCap
  --history-max-runs N       runs kept in a profile&apos;s history, the oldest removed
                             (default: the wizard&apos;s setting, else 100)
  --history-max-mb N         megabytes kept in a profile&apos;s history, the oldest runs
                             removed (default: the wizard&apos;s setting, else 50)
</source>
        <translation>
Grenzen von check:
  --max-pages N              höchstens gelesene Seiten pro Dataset (Standard: 5.000.000
                             Zeilen / Seitengröße, mindestens 1000); bei einem größeren
                             Dataset sind seine Prüfungen unbekannt, Grund pageCap
  --history-max-runs N       im Verlauf eines Profils behaltene Läufe, älteste entfernt
                             (Standard: die Einstellung des Assistenten, sonst 100)
  --history-max-mb N         im Verlauf eines Profils behaltene Megabyte, älteste Läufe
                             entfernt (Standard: die Einstellung des Assistenten, sonst 50)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
A customer&apos;s tenant from its evidence bundle:
  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]
                             serve what the bundle recorded (the same rows, pages,
                             statuses and errors) like simulate --scenario; writes
                             change its state
  --demo --from-bundle BUNDLE.zip
                             open the wizard on a bundle served so
  bundle anonymise IN.zip OUT.zip
                             replace names, hosts, ids and e-mail addresses in the
                             bundle consistently, so it can be shared
</source>
        <translation>
Der Mandant eines Kunden aus seinem Nachweispaket:
  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]
                             bereitstellen, was das Bundle aufgezeichnet hat (dieselben
                             Zeilen, Seiten, Status und Fehler) wie simulate --scenario;
                             Schreibvorgänge ändern seinen Zustand
  --demo --from-bundle BUNDLE.zip
                             den Assistenten mit einem so bereitgestellten Bundle öffnen
  bundle anonymise IN.zip OUT.zip
                             Namen, Hosts, IDs und E-Mail-Adressen im Bundle einheitlich
                             ersetzen, damit es weitergegeben werden kann
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Saved profiles:
  --profile-name NAME        check, fix, restore, maps, errors: the profile the
                             wizard saved as NAME instead of --profile FILE; its
                             client secret from the system keychain unless
                             DWHEALTH_CLIENT_SECRET or --client-secret-stdin
                             gives one
</source>
        <translation>
Gespeicherte Profile:
  --profile-name NAME        check, fix, restore, maps, errors: das Profil, das der
                             Assistent als NAME gespeichert hat, statt --profile FILE;
                             sein geheimer Clientschlüssel aus dem Schlüsselbund des
                             Systems, sofern DWHEALTH_CLIENT_SECRET oder
                             --client-secret-stdin keinen angibt
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Each command&apos;s own options: dwhealth help COMMAND, or dwhealth COMMAND --help
</source>
        <translation>
Die eigenen Optionen jedes Befehls: dwhealth help COMMAND oder dwhealth COMMAND --help
</translation>
    </message>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="+114"/>
        <location filename="../src/cli/overviewhelp.cpp" line="-5"/>
        <source>
Options of every command:
  --lang CODE                the language of the texts and reports: %1
                             (default: the wizard&apos;s setting, else the system&apos;s)
</source>
        <translation>
Optionen aller Befehle:
  --lang CODE                die Sprache der Texte und Berichte: %1
                             (Standard: die Einstellung des Assistenten, sonst die des Systems)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diffrunner.cpp" line="+50"/>
        <source>%1: not a dwhealth report: %2</source>
        <translation>%1: kein dwhealth-Bericht: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="-19"/>
        <source>What changed between two runs (reports or evidence bundles): new, fixed and still failing findings, status changes.</source>
        <translation>Was sich zwischen zwei Läufen (Berichten oder Nachweispakets) geändert hat: neue, behobene und weiterhin fehlschlagende Befunde, Statusänderungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/cli/explaincommand.cpp" line="+39"/>
        <location filename="../src/cli/fixoptions.cpp" line="-19"/>
        <source>output on stdout (default text)</source>
        <translation>Ausgabe auf stdout (Standard: text)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 no change, 1 changes, 2 usage error or unreadable file.
</source>
        <translation>Exitcodes: 0 keine Änderung, 1 Änderungen, 2 Verwendungsfehler oder nicht lesbare Datei.
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format erwartet text oder json, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]</source>
        <translation>benötigt zwei Berichte: dwhealth diff OLD.json NEW.json [--format text|json]</translation>
    </message>
    <message>
        <location filename="../src/cli/explaincommand.cpp" line="+32"/>
        <source>explain --format takes text or json, not &quot;%1&quot;</source>
        <translation>explain --format erwartet text oder json, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>--symptom needs a symptom id (see dwhealth explain --list)</source>
        <translation>--symptom benötigt eine Symptom-ID (siehe dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Explains a dual-write error message, a log, a HAR file or a JSON error body: for every known error in it the cause, the fix, the lines it matched, the documentation link and the checks to run (- reads the text from standard input).</source>
        <translation>Erklärt eine Dual-Write-Fehlermeldung, ein Protokoll, eine HAR-Datei oder einen JSON-Fehlertext: für jeden darin bekannten Fehler die Ursache, die Behebung, die übereinstimmenden Zeilen, den Dokumentationslink und die auszuführenden Prüfungen (- liest den Text von der Standardeingabe).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the text from FILE (a log, a HAR file or a JSON error body)</source>
        <translation>den Text aus FILE lesen (ein Protokoll, eine HAR-Datei oder ein JSON-Fehlertext)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the known symptoms (id TAB title)</source>
        <translation>die bekannten Symptome auflisten (ID TAB Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one symptom (ids: dwhealth explain --list)</source>
        <translation>ein Symptom anzeigen (IDs: dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 recognised (or --list, --symptom), 1 nothing matched, 2 usage error.
</source>
        <translation>Exitcodes: 0 erkannt (oder --list, --symptom), 1 keine Übereinstimmung, 2 Verwendungsfehler.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--file needs a file: a log, a HAR file or a JSON error body</source>
        <translation>--file erwartet eine Datei: ein Protokoll, eine HAR-Datei oder einen JSON-Fehlertext</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown option for explain: %1</source>
        <translation>unbekannte Option für explain: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>explain needs exactly one of: the error text (quoted), - to read it from standard input, --file FILE (a log, HAR file or JSON error body), --list, or --symptom ID</source>
        <translation>explain erwartet genau eines der folgenden Argumente: den Fehlertext (in Anführungszeichen), - zum Lesen von der Standardeingabe, --file FILE (ein Protokoll, eine HAR-Datei oder ein JSON-Fehlertext), --list oder --symptom ID</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+77"/>
        <source>Known errors found: %1, best match first:</source>
        <translation>Gefundene bekannte Fehler: %1, beste Übereinstimmung zuerst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1. %2 (dwhealth explain --symptom %3)</source>
        <translation>  %1. %2 (dwhealth explain --symptom %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/overviewhelp.cpp" line="-116"/>
        <source>  explain --file FILE | -    explain every known error in a log, a HAR file or a JSON
                             error body (from FILE or stdin), best match first, with
                             the lines it matched; nothing known: the closest symptoms
</source>
        <translation>  explain --file FILE | -    jeden bekannten Fehler in einem Protokoll, einer HAR-Datei oder einem
                             JSON-Fehlertext erklären (aus FILE oder stdin), beste Übereinstimmung zuerst,
                             mit den passenden Zeilen; nichts bekannt: die ähnlichsten Symptome
</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+82"/>
        <source>explain: %1 is empty</source>
        <translation>explain: %1 ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+43"/>
        <source>upgrade it</source>
        <translation>führen Sie ein Upgrade durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade the package %1</source>
        <translation>führen Sie ein Upgrade des Pakets %1 durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed version is not older than the required one; check that the message comes from this environment</source>
        <translation>die installierte Version ist nicht älter als die erforderliche; prüfen Sie, ob die Meldung aus dieser Umgebung stammt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2: installed %3, required %4: %5</source>
        <translation>%1%2: installiert %3, erforderlich %4: %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  … and more lines: %1</source>
        <translation>  … und weitere Zeilen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom id: %1</source>
        <translation>Symptom-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it: %1</source>
        <translation>Wer es beheben kann: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: recommended %2 (%3)</source>
        <translation>  %1: empfohlen %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions named in the message:</source>
        <translation>In der Meldung genannte Lösungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in the message:</source>
        <translation>In der Meldung gefunden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched lines:</source>
        <translation>Übereinstimmende Zeilen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes: %1</source>
        <translation>Fehlercodes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks to run: none.</source>
        <translation>Auszuführende Prüfungen: keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks to run: %1</source>
        <translation>Auszuführende Prüfungen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  The checks that matter:</source>
        <translation>  Die relevanten Prüfungen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guided fix: %1</source>
        <translation>Geführte Korrektur: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paste the complete message, including its first line and any IDs, in quotes or through standard input (dwhealth explain -).</source>
        <translation>Fügen Sie die vollständige Meldung einschließlich ihrer ersten Zeile und aller IDs ein, in Anführungszeichen oder über die Standardeingabe (dwhealth explain -).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the symptom by name: dwhealth explain --list, then dwhealth explain --symptom ID.</source>
        <translation>Wählen Sie das Symptom nach Namen aus: dwhealth explain --list, dann dwhealth explain --symptom ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check, which finds most setup problems by itself: %1</source>
        <translation>Führen Sie die Integritätsprüfung aus, die die meisten Einrichtungsprobleme selbst findet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the troubleshooting article: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</source>
        <translation>Lesen Sie den Artikel zur Problembehandlung: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="-102"/>
        <source>No known dual-write problem matches this text.</source>
        <translation>Kein bekanntes Dual-Write-Problem passt zu diesem Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closest symptoms:</source>
        <translation>Ähnlichste Symptome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - %1 (dwhealth explain --symptom %2; shares: %3)</source>
        <translation>  - %1 (dwhealth explain --symptom %2; gemeinsam: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to try:</source>
        <translation>Was Sie versuchen können:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>explain: %1: %2</source>
        <translation>explain: %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explain: standard input: %1</source>
        <translation>explain: Standardeingabe: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+38"/>
        <source>  - %1 (dwhealth explain --symptom %2)</source>
        <translation>  - %1 (dwhealth explain --symptom %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also possible:</source>
        <translation>Ebenfalls möglich:</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+27"/>
        <source>no symptom &quot;%1&quot;; dwhealth explain --list shows them</source>
        <translation>kein Symptom &quot;%1&quot;; dwhealth explain --list zeigt die verfügbaren an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>explain: the error text is empty</source>
        <translation>explain: Der Fehlertext ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/fixconfirm.cpp" line="+23"/>
        <source>Type the environment host name to confirm (%1): </source>
        <translation>Geben Sie zur Bestätigung den Hostnamen der Umgebung ein (%1): </translation>
    </message>
    <message>
        <location filename="../src/cli/fixoptions.cpp" line="-10"/>
        <source>the profile (JSON, never a secret) of the environment to write to</source>
        <translation>das Profil (JSON, nie ein Geheimnis) der Umgebung, in die geschrieben wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make the writes (without it: a dry run that writes nothing)</source>
        <translation>die Schreibvorgänge ausführen (ohne diese Option: ein Probelauf, der nichts schreibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm --apply without the prompt (needed when stdin is not a terminal; a terminal asks for the host name)</source>
        <translation>--apply ohne Rückfrage bestätigen (erforderlich, wenn stdin kein Terminal ist; ein Terminal fragt nach dem Hostnamen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the backup file goes (default: current directory)</source>
        <translation>Speicherort der Sicherungsdatei (Standard: aktuelles Verzeichnis)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--format &quot;%1&quot; is not available here; use text or json</source>
        <translation>--format &quot;%1&quot; ist hier nicht verfügbar; verwenden Sie text oder json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs exactly one of --profile FILE, --profile-name NAME or --demo</source>
        <translation>%1 braucht genau eines von --profile FILE, --profile-name NAME oder --demo</translation>
    </message>
    <message>
        <location filename="../src/cli/fixcommand.cpp" line="+24"/>
        <source>unknown option for fix: %1</source>
        <translation>unbekannte Option für fix: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix takes one code, not also &quot;%1&quot;</source>
        <translation>fix akzeptiert nur einen Code, nicht zusätzlich &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>fix needs a code: one of %1</source>
        <translation>fix benötigt einen Code: einen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be fixed by dwhealth; fix takes one of %2</source>
        <translation>%1 kann von dwhealth nicht behoben werden; fix akzeptiert einen von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004</source>
        <translation>--override-unconfirmed-link gilt nur für DWDVEV1004 und DWFOEV1004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team is only for DWDVEV1007</source>
        <translation>--team gilt nur für DWDVEV1007</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team takes a team id (a GUID), not &quot;%1&quot;</source>
        <translation>--team erwartet eine Team-ID (eine GUID), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fixes DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check, previews every write record by record; with --apply backs the records up, writes, and checks again.</source>
        <translation>Behebt DWDVEV1004, DWFOEV1004 oder DWDVEV1007: führt die Prüfung aus, zeigt jeden Schreibvorgang Datensatz für Datensatz in der Vorschau; mit --apply werden die Datensätze gesichert, geschrieben und erneut geprüft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix the embedded simulator instead (scenario: the code by default)</source>
        <translation>stattdessen den eingebetteten Simulator korrigieren (Szenario: standardmäßig der Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario</source>
        <translation>mit --demo: das Szenario des Simulators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DWDVEV1007: the team to set (default: each company&apos;s own owner team, else the root business unit&apos;s default team)</source>
        <translation>DWDVEV1007: das festzulegende Team (Standard: das eigene Besitzerteam jedes Unternehmens, sonst das Standardteam der Stamm-Unternehmenseinheit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DWDVEV1004/DWFOEV1004: delete even though the linked Dataverse environment could not be confirmed or the other side returned no configuration (refused without it)</source>
        <translation>DWDVEV1004/DWFOEV1004: löschen, obwohl die verknüpfte Dataverse-Umgebung nicht bestätigt werden konnte oder die andere Seite keine Konfiguration zurückgegeben hat (ohne diese Option abgelehnt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes: 0 the code now passes (nothing to fix included), 1 not all fixed (a dry run with records to fix, or a write failed), 2 usage error or bad input, 3 could not complete (check unknown, backup not written, not confirmed).
</source>
        <translation>Exitcodes: 0 der Code ist jetzt bestanden (auch wenn nichts zu beheben war), 1 nicht alles behoben (ein Probelauf mit zu korrigierenden Datensätzen oder ein fehlgeschlagener Schreibvorgang), 2 Verwendungsfehler oder ungültige Eingabe, 3 konnte nicht abgeschlossen werden (Prüfung unbekannt, Sicherung nicht geschrieben, nicht bestätigt).
</translation>
    </message>
    <message>
        <location filename="../src/cli/restorecommand.cpp" line="+27"/>
        <source>Undoes a fix from its backup file (a preview without --apply): only the writes that fix makes, on the profile&apos;s own hosts; records already as the backup has them are skipped.</source>
        <translation>Macht eine Korrektur anhand ihrer Sicherungsdatei rückgängig (ohne --apply eine Vorschau): nur die Schreibvorgänge, die fix ausführt, auf den eigenen Hosts des Profils; Datensätze, die bereits dem Stand der Sicherung entsprechen, werden übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply a backup whose digest does not match its content (edited since fix wrote it); without it such a backup is only previewed</source>
        <translation>eine Sicherung anwenden, deren Digest nicht zu ihrem Inhalt passt (seit fix sie geschrieben hat bearbeitet); ohne diese Option wird eine solche Sicherung nur in der Vorschau angezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every record restored (or a preview), 1 a record failed, 2 usage error, bad or edited backup file or another environment, 3 could not complete.
</source>
        <translation>Exitcodes: 0 jeder Datensatz wiederhergestellt (oder eine Vorschau), 1 ein Datensatz fehlgeschlagen, 2 Verwendungsfehler, ungültige oder bearbeitete Sicherungsdatei oder eine andere Umgebung, 3 konnte nicht abgeschlossen werden.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option for restore: %1</source>
        <translation>unbekannte Option für restore: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore takes one backup file, not also &quot;%1&quot;</source>
        <translation>restore akzeptiert nur eine Sicherungsdatei, nicht zusätzlich &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore needs a backup file: dwhealth restore BACKUP.json --profile FILE</source>
        <translation>restore benötigt eine Sicherungsdatei: dwhealth restore BACKUP.json --profile FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs exactly one of --profile FILE or --profile-name NAME (the environment the backup was taken from)</source>
        <translation>restore braucht genau eines von --profile FILE oder --profile-name NAME (die Umgebung, aus der die Sicherung stammt)</translation>
    </message>
    <message>
        <location filename="../src/cli/overviewhelp.cpp" line="-45"/>
        <source>  fix CODE --profile FILE | --demo [--scenario NAME] [--apply [--yes]]
                             fix DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check,
                             previews every write record by record; with --apply
                             backs the records up, writes, and checks again
                             (--demo: the scenario named as the code by default)
  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]
                             undo a fix from its backup file (preview without --apply);
                             only the writes that fix makes, on the profile&apos;s own hosts;
                             records already as the backup has them are skipped
</source>
        <translation>  fix CODE --profile FILE | --demo [--scenario NAME] [--apply [--yes]]
                             DWDVEV1004, DWFOEV1004 oder DWDVEV1007 beheben: führt die Prüfung aus,
                             zeigt jeden Schreibvorgang Datensatz für Datensatz in der Vorschau; mit --apply
                             werden die Datensätze gesichert, geschrieben und erneut geprüft
                             (--demo: standardmäßig das nach dem Code benannte Szenario)
  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]
                             eine Korrektur aus ihrer Sicherungsdatei rückgängig machen (Vorschau ohne --apply);
                             nur die Schreibvorgänge, die fix ausführt, auf den eigenen Hosts des Profils;
                             Datensätze, die bereits dem Stand der Sicherung entsprechen, werden übersprungen
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>
Options of fix and restore:
  --apply                    make the writes (without it: a dry run that writes nothing)
  --yes                      confirm --apply without the prompt (needed when stdin is
                             not a terminal; a terminal asks for the host name)
  --backup-dir DIR           where the backup file goes (default: current directory)
  --team TEAMID              DWDVEV1007: the team to set (default: each company&apos;s own
                             owner team, else the root business unit&apos;s default team)
  --override-unconfirmed-link
                             DWDVEV1004/DWFOEV1004: delete even though the linked
                             Dataverse environment could not be confirmed or the other
                             side returned no configuration (refused without it)
  --format text|json         output on stdout (default text)
  --accept-edited-backup     restore: apply a backup whose digest does not match its
                             content (edited since fix wrote it); without it such a
                             backup is only previewed
  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)

Exit codes of fix: 0 the code now passes (nothing to fix included), 1 not all fixed
(a dry run with records to fix, or a write failed), 2 usage error or bad input,
3 could not complete (check unknown, backup not written, not confirmed).
Exit codes of restore: 0 every record restored (or a preview), 1 a record failed,
2 usage error, bad or edited backup file or another environment, 3 could not complete.
</source>
        <translation>
Optionen von fix und restore:
  --apply                    die Schreibvorgänge ausführen (ohne: ein Probelauf, der nichts schreibt)
  --yes                      --apply ohne Rückfrage bestätigen (erforderlich, wenn stdin
                             kein Terminal ist; ein Terminal fragt nach dem Hostnamen)
  --backup-dir DIR           Ablageort der Sicherungsdatei (Standard: aktuelles Verzeichnis)
  --team TEAMID              DWDVEV1007: das festzulegende Team (Standard: das Besitzerteam jedes
                             Unternehmens, sonst das Standardteam der Stammunternehmenseinheit)
  --override-unconfirmed-link
                             DWDVEV1004/DWFOEV1004: auch dann löschen, wenn die verknüpfte
                             Dataverse-Umgebung nicht bestätigt werden konnte oder die andere
                             Seite keine Konfiguration zurückgegeben hat (ohne die Option abgelehnt)
  --format text|json         Ausgabe auf stdout (Standard: text)
  --accept-edited-backup     restore: eine Sicherung anwenden, deren Digest nicht zu ihrem
                             Inhalt passt (bearbeitet, seit fix sie geschrieben hat); ohne die Option
                             wird eine solche Sicherung nur in der Vorschau angezeigt
  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)

Exitcodes von fix: 0 der Code besteht jetzt (einschließlich nichts zu beheben), 1 nicht alles behoben
(ein Probelauf mit zu behebenden Datensätzen, oder ein Schreibvorgang ist fehlgeschlagen), 2 Bedienfehler oder ungültige Eingabe,
3 konnte nicht abgeschlossen werden (Prüfung unbekannt, Sicherung nicht geschrieben, nicht bestätigt).
Exitcodes von restore: 0 alle Datensätze wiederhergestellt (oder eine Vorschau), 1 ein Datensatz ist fehlgeschlagen,
2 Bedienfehler, ungültige oder bearbeitete Sicherungsdatei oder eine andere Umgebung, 3 konnte nicht abgeschlossen werden.
</translation>
    </message>
    <message>
        <location filename="../src/cli/fixoutput.cpp" line="+21"/>
        <source>     record: %1 (%2 %3, %4 %5)
</source>
        <translation>     Datensatz: %1 (%2 %3, %4 %5)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>     why:    %1
</source>
        <translation>     Grund:     %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>     body:   %1
</source>
        <translation>     Inhalt:    %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 done, %2 failed, %3 not attempted, %4 unknown, %5 already present
</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 nicht versucht, %4 unbekannt, %5 bereits vorhanden
</translation>
    </message>
    <message>
        <location filename="../src/session/environmentsession.cpp" line="+83"/>
        <source>--scenario: %1</source>
        <translation>--scenario: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulator could not start: %1</source>
        <translation>der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location filename="../src/cli/backupdir.cpp" line="+15"/>
        <source>--backup-dir %1: the directory does not exist</source>
        <translation>--backup-dir %1: Das Verzeichnis existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: not a directory</source>
        <translation>--backup-dir %1: kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: the directory is not writable</source>
        <translation>--backup-dir %1: Das Verzeichnis ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../src/cli/secretsource.cpp" line="+43"/>
        <location filename="../src/session/environmentsession.cpp" line="-58"/>
        <source>no client secret was given on standard input</source>
        <translation>über die Standardeingabe wurde kein geheimer Clientschlüssel übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/session/environmentsession.cpp" line="+5"/>
        <source>no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>kein geheimer Clientschlüssel: Legen Sie DWHEALTH_CLIENT_SECRET fest oder verwenden Sie --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/simulaterunner.cpp" line="+18"/>
        <source>Replay of %1 recorded %2 on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%3&quot;.</source>
        <translation>Wiedergabe von %1, aufgezeichnet %2, auf 127.0.0.1 bis zum Beenden. Der Demo-Clientschlüssel ist der DWHEALTH_CLIENT_SECRET-Wert &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recorded exchange(s) of the trace are not well formed and are not served.</source>
        <translation>
            <numerusform>%n aufgezeichneter Austausch der Ablaufverfolgung ist fehlerhaft und wird nicht bereitgestellt.</numerusform>
            <numerusform>%n aufgezeichnete Austausche der Ablaufverfolgung sind fehlerhaft und werden nicht bereitgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulating scenario &quot;%1&quot; on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%2&quot;.</source>
        <translation>Szenario &quot;%1&quot; wird auf 127.0.0.1 simuliert, bis es beendet wird. Der geheime Demo-Clientschlüssel ist der DWHEALTH_CLIENT_SECRET-Wert &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommand.cpp" line="+19"/>
        <source>Writes a copy of an evidence bundle with every name, host name, id and e-mail address replaced by a stand-in, the same value always by the same one, so the copy gives the same codes and can be shared; Microsoft&apos;s fixed identifiers stay.</source>
        <translation>Schreibt eine Kopie eines Nachweispakets, in der jeder Name, Hostname, jede ID und E-Mail-Adresse durch einen Platzhalter ersetzt ist, derselbe Wert immer durch denselben, sodass die Kopie dieselben Codes ergibt und weitergegeben werden kann; die festen Bezeichner von Microsoft bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: dwhealth bundle anonymise IN.zip OUT.zip</source>
        <translation>Verwendung: dwhealth bundle anonymise IN.zip OUT.zip</translation>
    </message>
    <message>
        <location filename="../src/cli/fleetoptions.cpp" line="+18"/>
        <source>check every profile (*.json) in DIR; --profile may also be repeated (docs/fleet.md)</source>
        <translation>jedes Profil (*.json) in DIR prüfen; --profile kann auch wiederholt werden (docs/fleet.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: write OUT/&lt;profile file name&gt;.&lt;format&gt; per environment, OUT/fleet.json and, for html, md and pdf, OUT/fleet.&lt;format&gt;</source>
        <translation>mehrere Profile: OUT/&lt;profile file name&gt;.&lt;format&gt; pro Umgebung, OUT/fleet.json und für html, md und pdf OUT/fleet.&lt;format&gt; schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: environments checked at once, 1-52 (default 8)</source>
        <translation>mehrere Profile: gleichzeitig geprüfte Umgebungen, 1-52 (Standard: 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: environments of one tenant at once, 1-52 (default 4)</source>
        <translation>mehrere Profile: gleichzeitig geprüfte Umgebungen eines Mandanten, 1-52 (Standard: 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: when a result changed since its previous run, post a summary to a Teams/Slack incoming webhook (https; never printed)</source>
        <translation>mehrere Profile: wenn sich ein Ergebnis seit dem vorherigen Lauf geändert hat, eine Zusammenfassung an einen eingehenden Teams-/Slack-Webhook senden (https; nie ausgegeben)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify needs a webhook address or env:VARIABLE</source>
        <translation>--notify benötigt eine Webhook-Adresse oder env:VARIABLE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify is for runs of several profiles (--profiles DIR, repeated --profile, or --output-dir)</source>
        <translation>--notify ist für Läufe mehrerer Profile vorgesehen (--profiles DIR, wiederholtes --profile oder --output-dir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profiles, repeated --profile and --output-dir run profiles; not with --demo or --replay</source>
        <translation>--profiles, wiederholtes --profile und --output-dir führen Profile aus; nicht mit --demo oder --replay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bundle records one run; it is not available for several profiles</source>
        <translation>--bundle zeichnet einen Lauf auf; für mehrere Profile nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output-dir writes every report and the fleet summary; --output does not apply</source>
        <translation>--output-dir schreibt jeden Bericht und die Flottenzusammenfassung; --output gilt nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format junit writes one file per environment: use --output-dir OUT</source>
        <translation>--format junit schreibt eine Datei pro Umgebung: verwenden Sie --output-dir OUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Several environments (fleet) options of check:
  --profiles DIR             check every profile (*.json) in DIR; --profile FILE may
                             also be repeated. Each profile&apos;s secret: the variable
                             named by its auth.clientSecretEnv, else
                             DWHEALTH_CLIENT_SECRET (or --client-secret-stdin)
  --output-dir OUT           write OUT/&lt;profile file name&gt;.&lt;format&gt; per environment,
                             OUT/fleet.json and, for html, md and pdf, OUT/fleet.&lt;format&gt;
                             (without it: the fleet summary on stdout or --output)
  --parallel N               environments checked at once, 1-52 (default 8)
  --parallel-per-tenant N    environments of one tenant at once, 1-52 (default 4);
                             environments sharing a service host share its 52
                             concurrent requests
  --notify URL|env:NAME      when a result changed since its previous run, post a
                             summary to a Teams/Slack incoming webhook (https; the
                             address is never printed; env:NAME reads it from the
                             variable NAME, which keeps it off the command line)
  Exit code: the worst of all environments: 2 (a profile could not run) before 1
  before 3 before 0. --deadline applies to each environment.
</source>
        <translation>
Optionen von check für mehrere Umgebungen (Flotte):
  --profiles DIR             jedes Profil (*.json) in DIR prüfen; --profile FILE kann
                             auch wiederholt werden. Geheimnis jedes Profils: die
                             in auth.clientSecretEnv genannte Variable, sonst
                             DWHEALTH_CLIENT_SECRET (oder --client-secret-stdin)
  --output-dir OUT           OUT/&lt;profile file name&gt;.&lt;format&gt; pro Umgebung schreiben,
                             OUT/fleet.json und für html, md und pdf OUT/fleet.&lt;format&gt;
                             (ohne: die Flottenzusammenfassung auf stdout oder --output)
  --parallel N               gleichzeitig geprüfte Umgebungen, 1-52 (Standard: 8)
  --parallel-per-tenant N    gleichzeitige Umgebungen eines Mandanten, 1-52 (Standard: 4);
                             Umgebungen mit gemeinsamem Diensthost teilen dessen 52
                             gleichzeitige Anforderungen
  --notify URL|env:NAME      wenn sich ein Ergebnis seit dem vorherigen Lauf geändert hat,
                             eine Zusammenfassung an einen eingehenden Teams-/Slack-Webhook
                             senden (https; die Adresse wird nie ausgegeben; env:NAME liest
                             sie aus der Variablen NAME, die sie von der Befehlszeile fernhält)
  Exitcode: der schlechteste aller Umgebungen: 2 (ein Profil konnte nicht laufen) vor 1
  vor 3 vor 0. --deadline gilt für jede Umgebung.
</translation>
    </message>
    <message>
        <location filename="../src/cli/helpcommand.cpp" line="-21"/>
        <source>Shows every command (as --help), or the options of COMMAND (as dwhealth COMMAND --help).</source>
        <translation>Zeigt jeden Befehl (wie --help) oder die Optionen von COMMAND (wie dwhealth COMMAND --help).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>help takes one command, not also &quot;%1&quot;</source>
        <translation>help akzeptiert einen Befehl, nicht zusätzlich &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/mapscommand.cpp" line="-86"/>
        <source>The dual-write table maps: state, tables, legal entities, recent errors with their documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Die Dual-Write-Tabellenzuordnungen: Status, Tabellen, juristische Personen, letzte Fehler mit ihrer dokumentierten Behebung; ein nicht lesbarer Sachverhalt nennt das fehlende Recht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recent live-sync errors from both sides, grouped by cause, with the documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Die letzten Fehler der Live-Synchronisierung beider Seiten, nach Ursache gruppiert, mit der dokumentierten Behebung; ein nicht lesbarer Sachverhalt nennt das fehlende Recht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the profile (JSON, never a secret) of the environment to read</source>
        <translation>das Profil (JSON, nie ein Geheimnis) der zu lesenden Umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the embedded simulator instead</source>
        <translation>stattdessen den eingebetteten Simulator lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy)</source>
        <translation>mit --demo: das Szenario des Simulators (Standard: healthy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the errors since then: 30m, 24h, 7d or a past ISO 8601 time with its offset; at most 30 days (default 24h)</source>
        <translation>die Fehler seit diesem Zeitpunkt: 30m, 24h, 7d oder ein vergangener ISO-8601-Zeitpunkt mit Offset; höchstens 30 Tage (Standard: 24h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format (default text)</source>
        <translation>Ausgabeformat (Standard: text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the output to FILE instead of stdout</source>
        <translation>die Ausgabe in FILE statt in stdout schreiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit codes: 0 nothing to report, 1 a map in error or recent errors, 2 usage error, 3 could not read.
</source>
        <translation>Exitcodes: 0 nichts zu melden, 1 eine Zuordnung mit Fehler oder aktuelle Fehler, 2 Verwendungsfehler, 3 konnte nicht gelesen werden.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 no error in the window, 1 errors in the window, 2 usage error, 3 could not read.
</source>
        <translation>Exitcodes: 0 kein Fehler im Zeitraum, 1 Fehler im Zeitraum, 2 Verwendungsfehler, 3 konnte nicht gelesen werden.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>%1 akzeptiert keine Argumente, nicht „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &quot;%1&quot; is not available for %2; use one of: %3</source>
        <translation>--format „%1“ ist für %2 nicht verfügbar; verwenden Sie eines von: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--since takes a duration such as 30m, 24h or 7d (at most 30 days) or a past ISO 8601 time with its offset, not &quot;%1&quot;</source>
        <translation>--since erwartet eine Dauer wie 30m, 24h oder 7d (höchstens 30 Tage) oder einen vergangenen ISO-8601-Zeitpunkt mit Offset, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/mapsrunner.cpp" line="+39"/>
        <source>  maps --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html] [--output FILE]
                             the dual-write table maps: state, tables, legal entities,
                             recent errors with their documented fix; a fact that cannot
                             be read names the missing right; exit 0 nothing to report,
                             1 a map in error or recent errors, 2 usage error, 3 could
                             not read
  errors --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html|junit] [--output FILE]
                             the recent live-sync errors from both sides, grouped by
                             cause (--since 30m, 24h, 7d or an ISO 8601 time; at most 30
                             days); maps and errors also take --client-secret-stdin,
                             --timeout S and --allow-authority HOST; same exit codes
</source>
        <translation>  maps --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html] [--output FILE]
                             die Dual-Write-Tabellenzuordnungen: Status, Tabellen,
                             juristische Personen, letzte Fehler mit Behebung; ein nicht
                             lesbarer Sachverhalt nennt das fehlende Recht; Exit 0 nichts
                             zu melden, 1 Zuordnung mit Fehler oder aktuelle Fehler,
                             2 Verwendungsfehler, 3 konnte nicht gelesen werden
  errors --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html|junit] [--output FILE]
                             die letzten Live-Synchronisierungsfehler beider Seiten, nach
                             Ursache gruppiert (--since 30m, 24h, 7d oder ISO-8601-Zeit;
                             höchstens 30 Tage); maps und errors auch mit --timeout S,
                             --client-secret-stdin, --allow-authority HOST; gleiche Exitcodes
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>--output %1: %2</source>
        <translation>--output %1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::cli::BundleRunner</name>
    <message>
        <location filename="../src/cli/bundlerunner.cpp" line="+31"/>
        <source>bundle anonymise: %1 is the input; name another file</source>
        <translation>bundle anonymise: %1 ist die Eingabe; geben Sie eine andere Datei an</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 written: %n value(s) replaced.
</source>
        <translation>
            <numerusform>%1 geschrieben: %n Wert ersetzt.
</numerusform>
            <numerusform>%1 geschrieben: %n Werte ersetzt.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::cli::CheckRunner</name>
    <message>
        <location filename="../src/cli/checkrunner.cpp" line="+65"/>
        <source>refusing to write a %1 report to a terminal; use --output FILE or redirect stdout</source>
        <translation>ein %1-Bericht wird nicht in ein Terminal geschrieben; verwenden Sie --output FILE oder leiten Sie stdout um</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--logo: %1</source>
        <translation>--logo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scenario: %1</source>
        <translation>--scenario: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulator could not start: %1</source>
        <translation>der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Umgebungsfakten werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Warnungen, %4 unbekannt, %5 übersprungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--replay: %1</source>
        <translation>--replay: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--replay: %1: %2</source>
        <translation>--replay: %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>dwhealth: --bundle: %1</source>
        <translation>dwhealth: --bundle: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dwhealth: warning: the run was not stored in the history: %1</source>
        <translation>dwhealth: Warnung: Der Lauf wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since the run of %1: %2 new findings, %3 fixed, %4 still failing</source>
        <translation>Seit dem Lauf vom %1: %2 neue Befunde, %3 behoben, %4 weiterhin fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FixRunner</name>
    <message>
        <location filename="../src/cli/fixrunner.cpp" line="+65"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply benötigt --yes, wenn die Standardeingabe kein Terminal ist (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Umgebungsfakten werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2): %3
  %4
</source>
        <translation>%1 (%2): %3
  %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Use --force-dependencies to run it anyway.</source>
        <translation> Verwenden Sie --force-dependencies, um die Prüfung trotzdem auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (The override is --override-unconfirmed-link.)</source>
        <translation> (Die Option zum Überschreiben ist --override-unconfirmed-link.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Nothing was written.</source>
        <translation> Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: %1 passes.
</source>
        <translation>Nichts zu beheben: %1 wurde bestanden.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Caution: %1
</source>
        <translation>
Achtung: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Before you start: %1
</source>
        <translation>
Bevor Sie beginnen: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
The fix makes %1 writes, one per record:
</source>
        <translation>
Die Behebung führt %1 Schreibvorgänge aus, einen pro Datensatz:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Dry run: nothing was written. Run again with --apply to make these writes (each record is backed up first).
</source>
        <translation>
Probelauf: Es wurde nichts geschrieben. Führen Sie den Befehl erneut mit --apply aus, um diese Schreibvorgänge auszuführen (jeder Datensatz wird zuvor gesichert).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not confirmed; nothing was written</source>
        <translation>nicht bestätigt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Backup written: %1
</source>
        <translation>
Sicherung geschrieben: %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Results:
</source>
        <translation>
Ergebnisse:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the records above say what was written.
</source>
        <translation>Abgebrochen: Die Datensätze oben zeigen, was geschrieben wurde.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Re-check: %1 (%2): %3
  %4
</source>
        <translation>
Erneute Prüfung: %1 (%2): %3
  %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-check could not judge %1</source>
        <translation>die erneute Prüfung konnte %1 nicht bewerten</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FleetRunner</name>
    <message>
        <location filename="../src/cli/fleetrunner.cpp" line="+80"/>
        <source>%1: auth.mode %2 signs in a person; a run of several profiles signs in with client secrets only: check this profile alone</source>
        <translation>%1: auth.mode %2 meldet eine Person an; ein Lauf mehrerer Profile meldet sich nur mit Clientschlüsseln an: prüfen Sie dieses Profil einzeln</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write a %1 fleet summary to a terminal; use --output-dir OUT, --output FILE or a redirect</source>
        <translation>Eine %1-Flottenzusammenfassung wird nicht in ein Terminal geschrieben; verwenden Sie --output-dir OUT, --output FILE oder eine Umleitung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--notify env:%1: the variable is not set</source>
        <translation>--notify env:%1: die Variable ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--output-dir %1: the folder cannot be created</source>
        <translation>--output-dir %1: der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 environments, at most %2 at once</source>
        <translation>%1 Umgebungen werden geprüft, höchstens %2 gleichzeitig</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>[%1/%2] %3: not run: %4</source>
        <translation>[%1/%2] %3: nicht ausgeführt: %4</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>[%1/%2] %3: checking</source>
        <translation>[%1/%2] %3: wird geprüft</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: warning: the run was not stored in the history: %2</source>
        <translation>%1: Warnung: der Lauf wurde nicht im Verlauf gespeichert: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>[%1/%2] %3: exit %4: %5 failed, %6 unknown, %7 warnings</source>
        <translation>[%1/%2] %3: Exit %4: %5 fehlgeschlagen, %6 unbekannt, %7 Warnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; since %1: %2 new, %3 fixed</source>
        <translation>; seit %1: %2 neu, %3 behoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 of %2 done)</source>
        <translation> (%1 von %2 erledigt)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environments: %2 changed since their previous run; exit %3</source>
        <translation>%1 Umgebungen: %2 seit ihrem vorherigen Lauf geändert; Exit %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--notify: nothing changed; no message sent</source>
        <translation>--notify: nichts geändert; keine Nachricht gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--notify: summary posted</source>
        <translation>--notify: Zusammenfassung gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: --notify: %1</source>
        <translation>Warnung: --notify: %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::RestoreRunner</name>
    <message>
        <location filename="../src/cli/restorerunner.cpp" line="+46"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply benötigt --yes, wenn die Standardeingabe kein Terminal ist (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (es wurde nichts gesendet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 (%2, %3, %4 records).
</source>
        <translation>Sicherung %1 (%2, %3, %4 Datensätze).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore makes at most %1 writes, one per record; a record already as the backup has it is skipped:
</source>
        <translation>Die Wiederherstellung führt höchstens %1 Schreibvorgänge aus, einen pro Datensatz; ein Datensatz, der bereits dem Stand der Sicherung entspricht, wird übersprungen:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to restore.
</source>
        <translation>Nichts wiederherzustellen.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was EDITED since it was written (digest mismatch); nothing was written. Compare it with the records it names; to restore it anyway, add --accept-edited-backup</source>
        <translation>%1 wurde seit dem Schreiben BEARBEITET (Digest stimmt nicht überein); es wurde nichts geschrieben. Vergleichen Sie die Datei mit den Datensätzen, die sie nennt; um sie trotzdem wiederherzustellen, fügen Sie --accept-edited-backup hinzu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Preview: nothing was written. Run again with --apply to make these writes.
</source>
        <translation>
Vorschau: Es wurde nichts geschrieben. Führen Sie den Befehl erneut mit --apply aus, um diese Schreibvorgänge auszuführen.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not confirmed; nothing was written</source>
        <translation>nicht bestätigt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>
Backup of the records before the restore: %1
</source>
        <translation>
Sicherung der Datensätze vor der Wiederherstellung: %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: intact (the digest matches the content).
</source>
        <translation>Integrität: unverändert (der Digest passt zum Inhalt).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity: EDITED since it was written (digest mismatch). It is not applied without --accept-edited-backup.
</source>
        <translation>Integrität: seit dem Schreiben BEARBEITET (Digest stimmt nicht überein). Ohne --accept-edited-backup wird sie nicht angewendet.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity: no digest (written by an older dwhealth); edits cannot be detected.
</source>
        <translation>Integrität: kein Digest (von einer älteren dwhealth-Version geschrieben); Bearbeitungen können nicht erkannt werden.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Results:
</source>
        <translation>
Ergebnisse:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>dwh::cli::SignIn</name>
    <message>
        <location filename="../src/session/authoritypolicy.cpp" line="+31"/>
        <source>the profile&apos;s authority %1 is not a Microsoft Entra ID sign-in host (%2); the client secret was not sent. If this authority is meant to receive it, run again with --allow-authority %3</source>
        <translation>die Autorität %1 des Profils ist kein Anmeldehost von Microsoft Entra ID (%2); der geheime Clientschlüssel wurde nicht gesendet. Wenn diese Autorität ihn erhalten soll, führen Sie den Befehl erneut mit --allow-authority %3 aus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: sending the client secret to %1, which is not a Microsoft Entra ID sign-in host (allowed by --allow-authority)</source>
        <translation>Warnung: Der geheime Clientschlüssel wird an %1 gesendet, das kein Anmeldehost von Microsoft Entra ID ist (zugelassen durch --allow-authority)</translation>
    </message>
    <message>
        <location filename="../src/cli/signin.cpp" line="+38"/>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 minutes).</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein (%3 Minuten gültig).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in in the browser window that opened. If none opened, open this address: %1</source>
        <translation>Melden Sie sich in dem Browserfenster an, das sich geöffnet hat. Falls sich keines geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse in einem Browser auf diesem Computer: %1</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetEnvironment</name>
    <message>
        <location filename="../src/fleet/fleetenvironment.cpp" line="+34"/>
        <source>--profiles %1: no such folder</source>
        <translation>--profiles %1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--profiles %1: the folder holds no profile (*.json)</source>
        <translation>--profiles %1: der Ordner enthält kein Profil (*.json)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 would both write the report %3.*; rename one of them</source>
        <translation>%1 und %2 würden beide den Bericht %3.* schreiben; benennen Sie eines davon um</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no profile to check</source>
        <translation>kein zu prüfendes Profil</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetHtml</name>
    <message>
        <location filename="../src/fleet/fleethtml.cpp" line="+36"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change since %1</source>
        <translation>keine Änderung seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1: %2 new, %3 fixed, %4 status changes</source>
        <translation>seit %1: %2 neu, %3 behoben, %4 Statusänderungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Dual-Write-Integritätsprüfung: Flottenzusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 environments, %2 changed since their previous run. Started %3, finished %4.</source>
        <translation>%1 Umgebungen, %2 seit ihrem vorherigen Lauf geändert. Gestartet %3, beendet %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks: %1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.</source>
        <translation>Prüfungen: %1 bestanden, %2 fehlgeschlagen, %3 Warnungen, %4 unbekannt, %5 übersprungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Seit dem vorherigen Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings, worst first</source>
        <translation>Befunde, schwerwiegendste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed since the previous run</source>
        <translation>Seit dem vorherigen Lauf behoben</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetMarkdown</name>
    <message>
        <location filename="../src/fleet/fleetmarkdown.cpp" line="+41"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Dual-Write-Integritätsprüfung: Flottenzusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 environments, %2 changed since their previous run. Checks: %3 passed, %4 failed, %5 warnings, %6 unknown, %7 skipped.</source>
        <translation>%1 Umgebungen, %2 seit ihrem vorherigen Lauf geändert. Prüfungen: %3 bestanden, %4 fehlgeschlagen, %5 Warnungen, %6 unbekannt, %7 übersprungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Seit dem vorherigen Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed, %3 status changes</source>
        <translation>%1 neu, %2 behoben, %3 Statusänderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings, worst first</source>
        <translation>Befunde, schwerwiegendste zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetRun</name>
    <message>
        <location filename="../src/fleet/fleetrun.cpp" line="+72"/>
        <source>not run: cancelled</source>
        <translation>nicht ausgeführt: abgebrochen</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetTrend</name>
    <message>
        <location filename="../src/fleet/fleettrend.cpp" line="+67"/>
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change since the run before</source>
        <translation>keine Änderung seit dem Lauf davor</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>better: %n fixed since the run before</source>
        <translation>
            <numerusform>besser: %n behoben seit dem Lauf davor</numerusform>
            <numerusform>besser: %n behoben seit dem Lauf davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>worse: %n new since the run before</source>
        <translation>
            <numerusform>schlechter: %n neu seit dem Lauf davor</numerusform>
            <numerusform>schlechter: %n neu seit dem Lauf davor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed since the run before</source>
        <translation>%1 neu, %2 behoben seit dem Lauf davor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetWriter</name>
    <message>
        <location filename="../src/fleet/fleetwriter.cpp" line="+43"/>
        <source>the fleet summary is written as %1, not %2</source>
        <translation>die Flottenzusammenfassung wird als %1 geschrieben, nicht als %2</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::ProfileSecret</name>
    <message>
        <location filename="../src/fleet/profilesecret.cpp" line="+34"/>
        <source>no client secret: the environment variable %1 named by auth.clientSecretEnv is not set</source>
        <translation>kein Clientschlüssel: die in auth.clientSecretEnv genannte Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no client secret: set auth.clientSecretEnv in the profile, DWHEALTH_CLIENT_SECRET, or use --client-secret-stdin</source>
        <translation>kein Clientschlüssel: legen Sie auth.clientSecretEnv im Profil oder DWHEALTH_CLIENT_SECRET fest, oder verwenden Sie --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::WebhookNotifier</name>
    <message>
        <location filename="../src/fleet/webhooknotifier.cpp" line="+33"/>
        <source>the --notify address is not a valid URL</source>
        <translation>die --notify-Adresse ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the --notify address must use https:// (http:// only for a loopback host)</source>
        <translation>die --notify-Adresse muss https:// verwenden (http:// nur für einen Loopback-Host)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>**Dual-write health check**: %1 environments, %2 changed since their previous run; %3 failed, %4 unknown, %5 warnings (exit %6).</source>
        <translation>**Dual-Write-Integritätsprüfung**: %1 Umgebungen, %2 seit ihrem vorherigen Lauf geändert; %3 fehlgeschlagen, %4 unbekannt, %5 Warnungen (Exit %6).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- … and more (see the fleet summary)</source>
        <translation>- … und weitere (siehe Flottenzusammenfassung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- %1: not run (exit %2)</source>
        <translation>- %1: nicht ausgeführt (Exit %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1: new %2; fixed %3 (exit %4)</source>
        <translation>- %1: neu %2; behoben %3 (Exit %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1: first run, findings %2 (exit %3)</source>
        <translation>- %1: erster Lauf, Befunde %2 (Exit %3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the webhook answered HTTP %1</source>
        <translation>der Webhook hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the webhook could not be reached (%1)</source>
        <translation>der Webhook war nicht erreichbar (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/widgets/aboutbox.cpp" line="+17"/>
        <source>About dwhealth</source>
        <translation>Info zu dwhealth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;The Dynamics 365 dual-write health check from outside the product.&lt;/p&gt;&lt;p&gt;Ruleset %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;Die Dual-Write-Integritätsprüfung für Dynamics 365 von außerhalb des Produkts.&lt;/p&gt;&lt;p&gt;Regelsatz %2. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built from source commit %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt aus dem Quell-Commit %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Built with Qt %1 (running on %2), licensed under the GNU LGPL version 3; QtKeychain (BSD 3-clause licence); zlib (zlib licence).&lt;/p&gt;&lt;p&gt;The check codes, messages and fixes follow Microsoft&apos;s dual-write documentation on &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1 (ausgeführt unter %2), lizenziert unter der GNU LGPL Version 3; QtKeychain (BSD-3-Clause-Lizenz); zlib (zlib-Lizenz).&lt;/p&gt;&lt;p&gt;Die Prüfcodes, Meldungen und Behebungen folgen der Dual-Write-Dokumentation von Microsoft auf &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt…</source>
        <translation>Info zu &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AuthorityConfirm</name>
    <message>
        <location filename="../src/gui/signin/authorityconfirm.cpp" line="+39"/>
        <source>Send the client secret?</source>
        <translation>Clientschlüssel senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the client secret to %1?</source>
        <translation>Clientschlüssel an %1 senden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Microsoft Entra ID sign-in host (%2). Whoever runs it receives the client secret and can sign in as the app registration. Send it only if this authority is meant to receive it.</source>
        <translation>%1 ist kein Microsoft Entra ID-Anmeldehost (%2). Wer ihn betreibt, erhält den Clientschlüssel und kann sich als die App-Registrierung anmelden. Senden Sie ihn nur, wenn diese Autorität ihn erhalten soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the secret</source>
        <translation>Geheimnis &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this host for the profile</source>
        <translation>Diesen Host für das Profil me&amp;rken</translation>
    </message>
</context>
<context>
    <name>dwh::gui::BrowserSignInPanel</name>
    <message>
        <location filename="../src/gui/signin/browsersigninpanel.cpp" line="+19"/>
        <source>Copy sign-in lin&amp;k</source>
        <translation>Anmeldelin&amp;k kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser sign-in</source>
        <translation>Browseranmeldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>Falls sich kein Browser geöffnet hat: Fügen Sie den Link in einen Browser auf diesem Computer ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your browser opened the Microsoft sign-in page: sign in there, then come back. If no browser window opened, copy the sign-in link into a browser on this computer.</source>
        <translation>Ihr Browser hat die Microsoft-Anmeldeseite geöffnet: Melden Sie sich dort an und kehren Sie dann hierher zurück. Falls sich kein Browserfenster geöffnet hat, kopieren Sie den Anmeldelink in einen Browser auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened: copy the sign-in link into a browser on this computer and sign in there.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie den Anmeldelink in einen Browser auf diesem Computer und melden Sie sich dort an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated: in demo mode a simulated browser signs in to the simulator by itself; no real browser opens.</source>
        <translation>Simuliert: Im Demomodus meldet sich ein simulierter Browser selbstständig beim Simulator an; es wird kein echter Browser geöffnet.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckHtml</name>
    <message>
        <location filename="../src/gui/wizard/checkhtml.cpp" line="+38"/>
        <location line="+39"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+38"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>none raised (this check&apos;s code: %1)</source>
        <translation>keine ausgelöst (Code dieser Prüfung: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Check id:</source>
        <translation>Prüfungs-ID:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records involved</source>
        <translation>Betroffene Datensätze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records involved:</source>
        <translation>Betroffene Datensätze:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to fix it:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No documented fix for this finding.</source>
        <translation>Für diesen Befund ist keine Behebung dokumentiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisite health check</source>
        <translation>Integritätsprüfung der Voraussetzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the prerequisites above, then go back and re-run the prerequisite health check.</source>
        <translation>Beheben Sie die oben genannten Voraussetzungen, gehen Sie dann zurück und führen Sie die Integritätsprüfung der Voraussetzungen erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: every check passed.</source>
        <translation>Nichts zu beheben: Alle Prüfungen wurden bestanden.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckListModel</name>
    <message>
        <location filename="../src/gui/wizard/checklistmodel.cpp" line="+36"/>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/checkpage.cpp" line="+57"/>
        <source>Prerequisite health check</source>
        <translation>Integritätsprüfung der Voraussetzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 2: the solutions, application users, plug-ins, permissions and companies that dual-write needs before the environments can be linked.</source>
        <translation>Schritt 1 von 2: die Lösungen, Anwendungsbenutzer, Plug-Ins, Berechtigungen und Unternehmen, die Dual-Write benötigt, bevor die Umgebungen verknüpft werden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2: APIHubConnection, StaleConfiguration and BusinessUnit, as in the product&apos;s health check.</source>
        <translation>Schritt 2 von 2: APIHubConnection, StaleConfiguration und BusinessUnit, wie in der Integritätsprüfung des Produkts.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Reading the environments…</source>
        <translation>Umgebungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the environments: %1 of %2 facts read…</source>
        <translation>Umgebungen werden gelesen: %1 von %2 Fakten gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passed: %1, failed: %2, warnings: %3, unknown: %4, skipped: %5.</source>
        <translation>Bestanden: %1, fehlgeschlagen: %2, Warnungen: %3, unbekannt: %4, übersprungen: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. What could not be judged is marked unknown; choose Re-run to check again.</source>
        <translation>Abgebrochen. Was nicht bewertet werden konnte, ist als unbekannt markiert; wählen Sie Erneut ausführen, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1.</source>
        <translation>Abgeschlossen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dependency validation cannot run until the failed prerequisites are fixed, as in the product. Fix them and choose Re-run, or continue to the remediation steps and the report.</source>
        <translation>Die Abhängigkeitsvalidierung kann erst ausgeführt werden, wenn die fehlgeschlagenen Voraussetzungen behoben sind, wie im Produkt. Beheben Sie sie und wählen Sie Erneut ausführen, oder fahren Sie mit den Behebungsschritten und dem Bericht fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dependency validation did not run.</source>
        <translation>Die Abhängigkeitsvalidierung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a check under this heading to see its details.</source>
        <translation>Wählen Sie eine Prüfung unter dieser Überschrift aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check has not finished yet.</source>
        <translation>Diese Prüfung ist noch nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffDialog</name>
    <message>
        <location filename="../src/gui/fixes/companydiffdialog.cpp" line="+51"/>
        <source>%1: companies in dual-write, finance and operations apps and Dataverse</source>
        <translation>%1: Unternehmen in Dual-Write, den Finanz- und Betriebs-Apps und Dataverse</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The companies have not been read yet: run the health check first, or choose Verify to read them now.</source>
        <translation>Die Unternehmen wurden noch nicht gelesen: Führen Sie zuerst die Integritätsprüfung aus, oder wählen Sie Überprüfen, um sie jetzt zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Die für Dual-Write ausgewählten juristischen Personen sind unbekannt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected for dual-write: %n legal entities, from the profile (dualWrite.legalEntities).</source>
        <translation>
            <numerusform>Für Dual-Write ausgewählt: %n juristische Person, aus dem Profil (dualWrite.legalEntities).</numerusform>
            <numerusform>Für Dual-Write ausgewählt: %n juristische Personen, aus dem Profil (dualWrite.legalEntities).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected for dual-write: %n legal entities, the companies enabled for dual-write in Dataverse.</source>
        <translation>
            <numerusform>Für Dual-Write ausgewählt: %n juristische Person, das in Dataverse für Dual-Write aktivierte Unternehmen.</numerusform>
            <numerusform>Für Dual-Write ausgewählt: %n juristische Personen, die in Dataverse für Dual-Write aktivierten Unternehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companies to fix: %1; to look at: %2.</source>
        <translation>Zu behebende Unternehmen: %1; zu prüfende: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every selected legal entity exists on both sides.</source>
        <translation>Jede ausgewählte juristische Person ist auf beiden Seiten vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps could not be read: %1</source>
        <translation>Die Finanz- und Betriebs-Apps konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse could not be read: %1</source>
        <translation>Dataverse konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a company to see its fix steps.</source>
        <translation>Wählen Sie ein Unternehmen aus, um seine Behebungsschritte anzuzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix for %1.</source>
        <translation>Für %1 ist nichts zu beheben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the company grid</source>
        <translation>Unternehmensraster exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying: reading the companies again…</source>
        <translation>Überprüfung: Die Unternehmen werden erneut gelesen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verified at %1: the company checks, run again on what the environments hold now: %2.</source>
        <translation>Überprüft um %1: die Unternehmensprüfungen, erneut ausgeführt auf dem aktuellen Stand der Umgebungen: %2.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffModel</name>
    <message>
        <location filename="../src/gui/fixes/companydiffmodel.cpp" line="+43"/>
        <source>Matches</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Team id %1</source>
        <translation>Team-ID %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal entity / company code, compared trimmed and case-insensitively</source>
        <translation>Code der juristischen Person / des Unternehmens, verglichen ohne umgebende Leerzeichen und ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O name</source>
        <translation>F&amp;O-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in finance and operations apps (LegalEntities)</source>
        <translation>Name in den Finanz- und Betriebs-Apps (LegalEntities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse name</source>
        <translation>Dataverse-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the Dataverse Company table (cdm_company)</source>
        <translation>Name in der Dataverse-Tabelle Unternehmen (cdm_company)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write</source>
        <translation>Für Dual-Write aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is Enabled for Dual Write (cdm_isenabledfordualwrite)</source>
        <translation>Ist für Dual-Write aktiviert (cdm_isenabledfordualwrite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team</source>
        <translation>Standardbesitzerteam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team of the company (cdm_defaultowningteam)</source>
        <translation>Standardbesitzerteam des Unternehmens (cdm_defaultowningteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected for dual-write (profile, else the companies enabled in Dataverse)</source>
        <translation>Für Dual-Write ausgewählt (laut Profil, sonst die in Dataverse aktivierten Unternehmen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What differs between the three sides</source>
        <translation>Was sich zwischen den drei Seiten unterscheidet</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="+108"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no security roles</source>
        <translation>keine Sicherheitsrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles could not be read: %1</source>
        <translation>Rollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Signed in; %n legal entities</source>
        <translation>
            <numerusform>Angemeldet; %n juristische Person</numerusform>
            <numerusform>Angemeldet; %n juristische Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Signed in; %n connections in the environment</source>
        <translation>
            <numerusform>Angemeldet; %n Verbindung in der Umgebung</numerusform>
            <numerusform>Angemeldet; %n Verbindungen in der Umgebung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::CredentialsPage</name>
    <message>
        <location filename="../src/gui/wizard/credentialspage.cpp" line="+46"/>
        <source>Link credentials</source>
        <translation>Anmeldeinformationen für die Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Dataverse and finance and operations environments that dual-write links, then test the connection.</source>
        <translation>Melden Sie sich bei der Dataverse-Umgebung und der Finanz- und Betriebsumgebung an, die Dual-Write verknüpft, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret (app registration)</source>
        <translation>Geheimer Clientschlüssel (App-Registrierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive browser sign-in</source>
        <translation>Interaktive Browseranmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An app registration signs in with its client secret</source>
        <translation>Eine App-Registrierung meldet sich mit ihrem geheimen Clientschlüssel an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in on another device or browser with a code shown here</source>
        <translation>Sie melden sich auf einem anderen Gerät oder in einem anderen Browser mit einem hier angezeigten Code an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in in the system browser (authorization code with PKCE)</source>
        <translation>Sie melden sich im Systembrowser an (Autorisierungscode mit PKCE)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Application (client) id of the app registration</source>
        <translation>Anwendungs-ID (Client-ID) der App-Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: empty uses the public client %1 (Microsoft Azure CLI)</source>
        <translation>Optional: Ohne Angabe wird der öffentliche Client %1 (Microsoft Azure CLI) verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimen Schlüssel im System-Schlüsselbund mer&amp;ken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the sign-in in the system keychain</source>
        <translation>Anmeldung im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Ohne diese Option wird der geheime Schlüssel nur im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt. Er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the refresh token (never an access token) in the system keychain, so the next session signs in without a prompt. Without this it stays in memory only. Never written to a file.</source>
        <translation>Speichert das Aktualisierungstoken (nie ein Zugriffstoken) im System-Schlüsselbund, sodass sich die nächste Sitzung ohne Rückfrage anmeldet. Ohne diese Option bleibt es nur im Arbeitsspeicher. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for the sign-in: enter the code below on the sign-in page.</source>
        <translation>Warten auf die Anmeldung: Geben Sie den unten angezeigten Code auf der Anmeldeseite ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the sign-in in the browser.</source>
        <translation>Warten auf die Anmeldung im Browser.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign-in cancelled: test the connection to sign in again.</source>
        <translation>Anmeldung abgebrochen: Testen Sie die Verbindung, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed out: the tokens of this session are forgotten. The next test signs in again.</source>
        <translation>Abgemeldet: Die Token dieser Sitzung wurden verworfen. Beim nächsten Test erfolgt eine neue Anmeldung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain entry could not be removed: %1</source>
        <translation>Der Eintrag im System-Schlüsselbund konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not tested yet: test the connection to continue.</source>
        <translation>Noch nicht getestet: Testen Sie die Verbindung, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick the legal entities selected for dual-write from the list finance and operations apps returned to the connection test</source>
        <translation>Wählen Sie die für Dual-Write ausgewählten juristischen Personen aus der Liste aus, die die Finanz- und Betriebs-Apps beim Verbindungstest zurückgegeben haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (available after a successful connection test)</source>
        <translation>%1 (nach einem erfolgreichen Verbindungstest verfügbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick legal entities</source>
        <translation>Juristische Personen auswählen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the tenant, both environment URLs, the environment id and the client id.</source>
        <translation>Geben Sie den Mandanten, beide Umgebungs-URLs, die Umgebungs-ID und die Client-ID ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot test yet: %1</source>
        <translation>Test noch nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 could not be used; see why below.</source>
        <translation>%1 konnte nicht verwendet werden; der Grund steht unten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy failed</source>
        <translation>Proxy fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Keine Zustimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Connected to Dataverse and finance and operations, but not to the Power Platform API. You can go on: these checks will be unknown because they read from it: %1.</source>
        <translation>Mit Dataverse und den Finanz- und Betriebs-Apps verbunden, aber nicht mit der Power Platform-API. Sie können fortfahren: Diese Prüfungen sind unbekannt, da sie Daten daraus lesen: %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Signing in to %1 and reading who you are… (%n s)</source>
        <translation>
            <numerusform>Anmeldung bei %1 und Abruf Ihrer Identität… (%n s)</numerusform>
            <numerusform>Anmeldung bei %1 und Abruf Ihrer Identität… (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile cannot be saved yet: %1</source>
        <translation>Das Profil kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &quot;%1&quot; saved (without the secret): it is offered on the first page next time.</source>
        <translation>Profil &quot;%1&quot; gespeichert (ohne das Geheimnis): Es wird beim nächsten Mal auf der ersten Seite angeboten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile cannot be exported yet: %1</source>
        <translation>Das Profil kann noch nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile exported to %1: use it with dwhealth check --profile.</source>
        <translation>Profil nach %1 exportiert: Verwenden Sie es mit dwhealth check --profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not exported: %1</source>
        <translation>Das Profil wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Connected: signed in to all three services.</source>
        <translation>Verbunden: bei allen drei Diensten angemeldet.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Sign-in failed: Microsoft Entra ID refused the credentials. Check the tenant, client id and secret.</source>
        <translation>Anmeldung fehlgeschlagen: Microsoft Entra ID hat die Anmeldeinformationen abgelehnt. Prüfen Sie Mandant, Client-ID und geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reach %1: the host was not found, refused the connection or did not answer. Check the URLs, the network and the VPN; see why below.</source>
        <translation>%1 konnte nicht erreicht werden: Der Host wurde nicht gefunden, hat die Verbindung abgelehnt oder nicht geantwortet. Prüfen Sie die URLs, das Netzwerk und das VPN; der Grund steht unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 failed: the certificate is not trusted. See why below.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig. Der Grund steht unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused or failed the connection to %1. Check the system&apos;s proxy settings; see why below.</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt oder nicht hergestellt. Prüfen Sie die Proxyeinstellungen des Systems; der Grund steht unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in, but the app registration has no consent for %1: an administrator must grant its API permissions. See why below.</source>
        <translation>Angemeldet, aber für die App-Registrierung liegt keine Zustimmung für %1 vor: Ein Administrator muss ihre API-Berechtigungen erteilen. Der Grund steht unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is throttling the requests: wait a few minutes and test the connection again.</source>
        <translation>%1 drosselt die Anforderungen: Warten Sie einige Minuten und testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in failed: the sign-in was not completed; see why below. Test the connection to try again.</source>
        <translation>Anmeldung fehlgeschlagen: Die Anmeldung wurde nicht abgeschlossen; den Grund sehen Sie unten. Testen Sie die Verbindung, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>The remembered sign-in could not be read from the system keychain (%1): the test signs in again.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem System-Schlüsselbund gelesen werden (%1): Beim Test erfolgt eine neue Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered secret could not be read from the system keychain: %1</source>
        <translation>Der gespeicherte geheime Schlüssel konnte nicht aus dem System-Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in saved in the system keychain.</source>
        <translation>Anmeldung im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret saved in the system keychain.</source>
        <translation>Geheimer Schlüssel im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>Die Anmeldung wurde nicht gespeichert: Der System-Schlüsselbund ist nicht verfügbar (%1). Sie wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>Der geheime Schlüssel wurde nicht gespeichert: Der System-Schlüsselbund ist nicht verfügbar (%1). Er wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DeviceCodePanel</name>
    <message>
        <location filename="../src/gui/signin/devicecodepanel.cpp" line="+24"/>
        <source>Copy &amp;code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy lin&amp;k</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device code sign-in</source>
        <translation>Anmeldung mit Gerätecode</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sign in on another device or in a browser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auf einem anderen Gerät oder in einem Browser anmelden&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Code to enter: %1</source>
        <translation>Einzugebender Code: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in page: %1</source>
        <translation>Anmeldeseite: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; in demo mode the simulator approves the code by itself after a few seconds; nothing is sent to Microsoft.</source>
        <translation>&lt;b&gt;Simuliert:&lt;/b&gt; Im Demomodus genehmigt der Simulator den Code nach einigen Sekunden selbst; es wird nichts an Microsoft gesendet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the sign-in; the code expires in %1:%2.</source>
        <translation>Warten auf die Anmeldung; der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DialogButtons</name>
    <message>
        <location filename="../src/gui/widgets/dialogbuttons.cpp" line="+21"/>
        <source>Close this window; nothing is written by closing it</source>
        <translation>Dieses Fenster schließen; durch das Schließen wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go back to the previous page</source>
        <translation>Zur vorherigen Seite zurückkehren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next page</source>
        <translation>Zur nächsten Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; the results stay in the report and the history</source>
        <translation>Den Assistenten schließen; die Ergebnisse bleiben im Bericht und im Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; nothing more is read or written</source>
        <translation>Den Assistenten schließen; es wird nichts mehr gelesen oder geschrieben</translation>
    </message>
</context>
<context>
    <name>dwh::gui::FleetDialog</name>
    <message>
        <location filename="../src/gui/tools/fleetdialog.cpp" line="+29"/>
        <source>signs in a person: open it to check it</source>
        <translation>meldet eine Person an: zum Prüfen öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its authority is not a Microsoft Entra ID sign-in host: open it</source>
        <translation>seine Autorität ist kein Microsoft Entra ID-Anmeldehost: öffnen Sie es</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run &amp;all</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;selected</source>
        <translation>Au&amp;sgewählte ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet: every saved environment</source>
        <translation>Flotte: jede gespeicherte Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved environments</source>
        <translation>Gespeicherte Umgebungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each saved profile with its last result and trend from the history</source>
        <translation>Jedes gespeicherte Profil mit seinem letzten Ergebnis und dem Trend aus dem Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every saved profile, %1 at once; each run is stored in the history</source>
        <translation>Jedes gespeicherte Profil prüfen, %1 gleichzeitig; jeder Lauf wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected profiles</source>
        <translation>Die ausgewählten Profile prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected profile in the wizard</source>
        <translation>Das ausgewählte Profil im Assistenten prüfen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved environments, their last result and how it changed. Runs use the profile&apos;s auth.clientSecretEnv variable, the keychain, or DWHEALTH_CLIENT_SECRET.</source>
        <translation>Gespeicherte Umgebungen, ihr letztes Ergebnis und wie es sich geändert hat. Läufe verwenden die Variable auth.clientSecretEnv des Profils, den Schlüsselbund oder DWHEALTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved profile yet: save one in the wizard first.</source>
        <translation>Noch kein gespeichertes Profil: speichern Sie zuerst eines im Assistenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved environments: %1.</source>
        <translation>Gespeicherte Umgebungen: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+116"/>
        <source>%1: %2 failed, %3 unknown, %4 warnings</source>
        <translation>%1: %2 fehlgeschlagen, %3 unbekannt, %4 Warnungen</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+67"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking: %1 of %2 read</source>
        <translation>wird geprüft: %1 von %2 gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking environments: %1…</source>
        <translation>Umgebungen werden geprüft: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (not stored in the history: %1)</source>
        <translation> (nicht im Verlauf gespeichert: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. Environments checked: %1.</source>
        <translation>Fertig. Geprüfte Umgebungen: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::HealthWizard</name>
    <message>
        <location filename="../src/gui/wizard/healthwizard.cpp" line="+25"/>
        <source>dwhealth — dual-write health check</source>
        <translation>dwhealth — Dual-Write-Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About…</source>
        <translation>Info…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, ruleset and the libraries dwhealth uses</source>
        <translation>Version, Regelsatz und die von dwhealth verwendeten Bibliotheken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs the history keeps</source>
        <translation>Wie viele Läufe der Verlauf behält</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LanguageChooser</name>
    <message>
        <location filename="../src/gui/widgets/languagechooser.cpp" line="+19"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the wizard and of the reports it writes</source>
        <translation>Die Sprache des Assistenten und der Berichte, die er schreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the wizard and of the reports it writes; it changes at the next start</source>
        <translation>Die Sprache des Assistenten und der Berichte, die er schreibt; sie ändert sich beim nächsten Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the wizard and start dwhealth again in the chosen language</source>
        <translation>Den Assistenten schließen und dwhealth in der gewählten Sprache neu starten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dwhealth could not be started again; close it and start it yourself.</source>
        <translation>dwhealth konnte nicht neu gestartet werden; schließen Sie es und starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LegalEntityPicker</name>
    <message>
        <location filename="../src/gui/wizard/legalentitypicker.cpp" line="+34"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Für Dual-Write ausgewählte juristische Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the legal entities selected on the Dual-write page. The list is what finance and operations apps returned to the connection test. Nothing ticked: the checks use the companies enabled for dual-write in Dataverse, and say that the selection could not be read.</source>
        <translation>Aktivieren Sie die auf der Seite Dual-Write ausgewählten juristischen Personen. Die Liste enthält, was die Finanz- und Betriebs-Apps beim Verbindungstest zurückgegeben haben. Nichts aktiviert: die Prüfungen verwenden die in Dataverse für Dual-Write aktivierten Unternehmen und melden, dass die Auswahl nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code or name</source>
        <translation>Code oder Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter legal entities</source>
        <translation>Juristische Personen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the legal entities whose code or name contains the text</source>
        <translation>Zeigt nur die juristischen Personen an, deren Code oder Name den Text enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations legal entities</source>
        <translation>Juristische Personen der Finanz- und Betriebs-Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each legal entity selected for dual-write</source>
        <translation>Aktivieren Sie jede für Dual-Write ausgewählte juristische Person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — not returned by finance and operations apps</source>
        <translation>%1 — von den Finanz- und Betriebs-Apps nicht zurückgegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all shown</source>
        <translation>&amp;Alle angezeigten aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks every legal entity the filter shows</source>
        <translation>Aktiviert jede vom Filter angezeigte juristische Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all shown</source>
        <translation>Alle angezeigten &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticks every legal entity the filter shows</source>
        <translation>Deaktiviert jede vom Filter angezeigte juristische Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts the ticked codes into the profile</source>
        <translation>Übernimmt die aktivierten Codes in das Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the profile&apos;s legal entities as they were</source>
        <translation>Lässt die juristischen Personen des Profils unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::OwningTeamDialog</name>
    <message>
        <location filename="../src/session/defaultteamfacts.cpp" line="+59"/>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: Dual-write health check DWFOEV1006: default team name mismatch</source>
        <translation>Betreff: Dual-Write-Integritätsprüfung DWFOEV1006: Name des Standardteams stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dual-write health check reports DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Please update the details of the dual-write connection with the default team of the root business unit below.</source>
        <translation>Die Dual-Write-Integritätsprüfung meldet DWFOEV1006 („Default Team name mismatch for Dataverse and dual-write“). Bitte aktualisieren Sie die Details der Dual-Write-Verbindung mit dem unten angegebenen Standardteam der Stammunternehmenseinheit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations environment: %1</source>
        <translation>Finanz- und Betriebsumgebung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse environment: %1</source>
        <translation>Dataverse-Umgebung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit: %1</source>
        <translation>Stammunternehmenseinheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit id: %1</source>
        <translation>ID der Stammunternehmenseinheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team of the root business unit: %1</source>
        <translation>Standardteam der Stammunternehmenseinheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team id: %1</source>
        <translation>ID des Standardteams: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected default team name (the business unit&apos;s name): %1</source>
        <translation>Erwarteter Name des Standardteams (der Name der Unternehmenseinheit): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found with the query of &quot;Assign security role to the default owning team&quot;:</source>
        <translation>Gefunden mit der Abfrage aus „Sicherheitsrolle dem Standardbesitzerteam zuweisen“:</translation>
    </message>
    <message>
        <location filename="../src/gui/fixes/owningteamdialog.cpp" line="+51"/>
        <source>Business unit and owning teams (%1)</source>
        <translation>Unternehmenseinheit und Besitzerteams (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;mpanies to fix (%1)</source>
        <translation>Zu &amp;behebende Unternehmen (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the health check first: the facts come from its findings.</source>
        <translation>Führen Sie zuerst die Integritätsprüfung aus: Die Fakten stammen aus ihren Befunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), the root business unit&apos;s default team</source>
        <translation>%1 (%2), das Standardteam der Stammunternehmenseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the business unit or its default team was not read.</source>
        <translation>Unbekannt: Die Unternehmenseinheit oder ihr Standardteam wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named as the business unit, as expected.</source>
        <translation>Wie erwartet nach der Unternehmenseinheit benannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot; (the business unit&apos;s name), found &quot;%2&quot;.</source>
        <translation>Erwartet „%1“ (der Name der Unternehmenseinheit), gefunden „%2“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No fix can be planned: %1</source>
        <translation>Es kann keine Behebung geplant werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every company that syncs through dual-write has a default owning team: nothing to set.</source>
        <translation>Jedes Unternehmen, das über Dual-Write synchronisiert wird, hat ein Standardbesitzerteam: Es ist nichts festzulegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets &lt;b&gt;Default owning team&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) on the ticked companies to the root business unit&apos;s default team %1. Afterwards, make sure the team has the dual-write security roles. &lt;a href=&quot;%2&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Setzt &lt;b&gt;Standardbesitzerteam&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) bei den markierten Unternehmen auf das Standardteam %1 der Stammunternehmenseinheit. Stellen Sie anschließend sicher, dass das Team die Dual-Write-Sicherheitsrollen hat. &lt;a href=&quot;%2&quot;&gt;Dokumentierte Behebung&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dwhealth does not rename the default team. For DWFOEV1006 Microsoft documents two fixes: reset the dual-write connection (see the reset walkthrough), or open a ticket with Microsoft Support giving the default team of the root business unit. The text below has what the ticket needs. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>dwhealth benennt das Standardteam nicht um. Für DWFOEV1006 dokumentiert Microsoft zwei Behebungen: die Dual-Write-Verbindung zurücksetzen (siehe die Anleitung zum Zurücksetzen) oder beim Microsoft-Support ein Ticket mit dem Standardteam der Stammunternehmenseinheit eröffnen. Der Text unten enthält, was das Ticket benötigt. &lt;a href=&quot;%1&quot;&gt;Dokumentierte Behebung&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>After the fix, DWDVEV1007: %1. %2</source>
        <translation>Nach der Behebung – DWDVEV1007: %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>dwh::gui::PreflightView</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/preflightview.cpp" line="+29"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checks: %1</source>
        <translation>
            <numerusform>%n Prüfung: %1</numerusform>
            <numerusform>%n Prüfungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::RemediationPage</name>
    <message>
        <location filename="../src/gui/wizard/remediationpage.cpp" line="+42"/>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do about each finding, as Microsoft documents it, with a guided fix where there is one. After fixing, verify in the guided fix or go back and re-run the checks.</source>
        <translation>Was für jeden Befund zu tun ist, wie Microsoft es dokumentiert, mit einer geführten Behebung, wo es eine gibt. Überprüfen Sie nach der Behebung in der geführten Behebung, oder gehen Sie zurück und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No findings: every check that ran passed.</source>
        <translation>Keine Befunde: Alle ausgeführten Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention: %1 (failed: %2, warnings: %3, could not be evaluated: %4).</source>
        <translation>Befunde, die Aufmerksamkeit erfordern: %1 (fehlgeschlagen: %2, Warnungen: %3, nicht bewertbar: %4).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>status, time of the result</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documented steps only</source>
        <translation>Nur dokumentierte Schritte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Guided fix…</source>
        <translation>&amp;Geführte Behebung…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Guided fix for %1…</source>
        <translation>&amp;Geführte Behebung für %1…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ReportPage</name>
    <message>
        <location filename="../src/gui/wizard/reportpage.cpp" line="+72"/>
        <source>Changes from the run of %1 to this run:</source>
        <translation>Änderungen seit dem Lauf vom %1 bis zu diesem Lauf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since the run of %1.</source>
        <translation>Keine Änderung seit dem Lauf vom %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the health check, what changed since earlier runs, and the report to hand over, in the format you choose.</source>
        <translation>Das Ergebnis der Integritätsprüfung, die Änderungen seit früheren Läufen und der Bericht zur Übergabe im gewünschten Format.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Healthy, with warnings to review.</source>
        <translation>Fehlerfrei, mit zu prüfenden Warnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: every check passed.</source>
        <translation>Fehlerfrei: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not healthy: at least one check failed.</source>
        <translation>Nicht fehlerfrei: Mindestens eine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: some checks could not be evaluated.</source>
        <translation>Unvollständig: Einige Prüfungen konnten nicht bewertet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataverse: %1&lt;br&gt;Finance and operations: %2&lt;br&gt;Checked %3 to %4 (UTC)&lt;br&gt;dwhealth %5, ruleset %6</source>
        <translation>Dataverse: %1&lt;br&gt;Finanz und Betrieb: %2&lt;br&gt;Geprüft von %3 bis %4 (UTC)&lt;br&gt;dwhealth %5, Regelsatz %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Simulierte Umgebung: Szenario %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prerequisite health check</source>
        <translation>Integritätsprüfung der Voraussetzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Abhängigkeitsvalidierung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (this run)</source>
        <translation>%1 (dieser Lauf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo runs are not stored in the history: there is nothing to compare with.</source>
        <translation>Demoläufe werden nicht im Verlauf gespeichert: es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was not stored in the history: %1</source>
        <translation>Dieser Lauf wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an earlier run to see what changed since then.</source>
        <translation>Wählen Sie einen früheren Lauf aus, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first run of this profile: nothing to compare with yet.</source>
        <translation>Dies ist der erste Lauf dieses Profils: Es gibt noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has the content of this preview, laid out for printing.</source>
        <translation>Das PDF enthält den Inhalt dieser Vorschau, für den Druck gesetzt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save JSON report</source>
        <translation>JSON-Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report (*.%2)</source>
        <translation>%1-Bericht (*.%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save evidence bundle</source>
        <translation>Nachweispaket speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (*.zip)</source>
        <translation>Nachweispaket (*.zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s data is no longer available; run the check again</source>
        <translation>die Daten des Laufs sind nicht mehr verfügbar; führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetImpactPage</name>
    <message>
        <location filename="../src/gui/reset/resetimpactpage.cpp" line="+51"/>
        <source>What the reset deletes</source>
        <translation>Was das Zurücksetzen löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset clears every dual-write runtime configuration and removes the maps, integration keys and legal-entity mapping. Save this snapshot first.</source>
        <translation>Das Zurücksetzen löscht alle Dual-Write-Laufzeitkonfigurationen und entfernt die Zuordnungen, Integrationsschlüssel und die Zuordnung der juristischen Personen. Speichern Sie zuerst diese Momentaufnahme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset also deletes DualWriteProjectFieldConfiguration (the field maps of each project) and BusinessEventsDefinition, and with them the default alert settings, activity logs and initial-sync history.

The finance and operations OData API does not expose those tables, so dwhealth cannot list them. What DualWriteProjectConfigurations does expose — each project&apos;s IntegrationKey and FieldMap — is in the Project configurations tab and in the saved snapshot.</source>
        <translation>Das Zurücksetzen löscht außerdem DualWriteProjectFieldConfiguration (die Feldzuordnungen jedes Projekts) und BusinessEventsDefinition und damit die Standardwarnungseinstellungen, Aktivitätsprotokolle und den Verlauf der Erstsynchronisierung.

Die OData-API von Finanz und Betrieb stellt diese Tabellen nicht bereit, daher kann dwhealth sie nicht auflisten. Was DualWriteProjectConfigurations bereitstellt – IntegrationKey und FieldMap jedes Projekts –, finden Sie auf der Registerkarte Projektkonfigurationen und in der gespeicherten Momentaufnahme.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the dual-write configuration of both environments (reads only)…</source>
        <translation>Die Dual-Write-Konfiguration beider Umgebungen wird gelesen (nur Lesezugriffe)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Runtime configurations (%1)</source>
        <translation>&amp;Laufzeitkonfigurationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project configurations (%1)</source>
        <translation>&amp;Projektkonfigurationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal entities (%1)</source>
        <translation>&amp;Juristische Personen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse runtime configurations: %1</source>
        <translation>Dataverse-Laufzeitkonfigurationen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O project configurations: %1</source>
        <translation>F&amp;O-Projektkonfigurationen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset deletes %1 Dataverse runtime configurations and %2 finance and operations project configurations.</source>
        <translation>Das Zurücksetzen löscht %1 Dataverse-Laufzeitkonfigurationen und %2 Projektkonfigurationen in Finanz und Betrieb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not everything could be read: %1</source>
        <translation>Nicht alles konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the reset snapshot</source>
        <translation>Momentaufnahme zum Zurücksetzen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The snapshot was not saved: %1</source>
        <translation>Die Momentaufnahme wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot saved: %1</source>
        <translation>Momentaufnahme gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetRecheckPage</name>
    <message>
        <location filename="../src/gui/reset/resetrecheckpage.cpp" line="+23"/>
        <source>Health check after the reset</source>
        <translation>Integritätsprüfung nach dem Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole health check, run again. After a reset the maps start over: findings about them are expected until the solution is applied again.</source>
        <translation>Die gesamte Integritätsprüfung, erneut ausgeführt. Nach einem Zurücksetzen beginnen die Zuordnungen von vorn: Befunde zu ihnen sind zu erwarten, bis die Lösung erneut angewendet wird.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running the health check…</source>
        <translation>Integritätsprüfung wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Passed: %1, failed: %2, warnings: %3, could not be evaluated: %4, skipped: %5.</source>
        <translation>Bestanden: %1, fehlgeschlagen: %2, Warnungen: %3, nicht bewertbar: %4, übersprungen: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override: %1</source>
        <translation>Überschreiben: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetStepPage</name>
    <message>
        <location filename="../src/gui/reset/resetsteppage.cpp" line="+28"/>
        <source>Verify once the step is done: dwhealth reads the environment again.</source>
        <translation>Überprüfen Sie, sobald der Schritt erledigt ist: dwhealth liest die Umgebung erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The APIs do not show this step; the next page checks what it did.</source>
        <translation>Die APIs zeigen diesen Schritt nicht; die nächste Seite prüft, was er bewirkt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify this step</source>
        <translation>Diesen Schritt überprüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: went on although the verification failed (%2)</source>
        <translation>%1: fortgesetzt, obwohl die Überprüfung fehlgeschlagen ist (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override: %1</source>
        <translation>Überschreiben: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the environment…</source>
        <translation>Umgebung wird gelesen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetWalkthrough</name>
    <message>
        <location filename="../src/session/resetfacts.cpp" line="+36"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: running (Status %2)</source>
        <translation>%1: wird ausgeführt (Status %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every map is stopped (project configurations: %1).</source>
        <translation>Alle Zuordnungen sind beendet (Projektkonfigurationen: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 maps are still running: stop them before the reset, or tick Force Reset.</source>
        <translation>%1 von %2 Zuordnungen werden noch ausgeführt: Beenden Sie sie vor dem Zurücksetzen, oder aktivieren Sie Zurücksetzen erzwingen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dataverse runtime configuration left: %1 (%2)</source>
        <translation>Verbliebene Dataverse-Laufzeitkonfiguration: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;O project configuration left: %1 (points at %2)</source>
        <translation>Verbliebene F&amp;O-Projektkonfiguration: %1 (verweist auf %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old configuration is gone: no runtime configuration and no project configuration is left.</source>
        <translation>Die alte Konfiguration ist entfernt: Es ist weder eine Laufzeitkonfiguration noch eine Projektkonfiguration übrig.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n configuration row(s) are left after the reset. Rows left in Dataverse are stale: the stale configuration cleanup deletes them.</source>
        <translation>
            <numerusform>Nach dem Zurücksetzen ist noch %n Konfigurationszeile vorhanden. In Dataverse verbliebene Zeilen sind veraltet: Die Bereinigung veralteter Konfigurationen löscht sie.</numerusform>
            <numerusform>Nach dem Zurücksetzen sind noch %n Konfigurationszeilen vorhanden. In Dataverse verbliebene Zeilen sind veraltet: Die Bereinigung veralteter Konfigurationen löscht sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 points at %2, not at the linked environment</source>
        <translation>%1 verweist auf %2, nicht auf die verknüpfte Umgebung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No map is configured yet: apply the solution on the Dual-write page.</source>
        <translation>Noch keine Zuordnung konfiguriert: Wenden Sie die Lösung auf der Seite Dual-Write an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project configurations: %1, running: %2; pointing elsewhere: %3.</source>
        <translation>Projektkonfigurationen: %1, laufend: %2; mit anderem Ziel: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not exposed through OData; the field maps are in each project&apos;s FieldMap column</source>
        <translation>nicht über OData bereitgestellt; die Feldzuordnungen stehen in der Spalte FieldMap jedes Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exposed through OData</source>
        <translation>nicht über OData bereitgestellt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/reset/resetwalkthrough.cpp" line="+33"/>
        <source>Reset dual-write connections — walkthrough</source>
        <translation>Dual-Write-Verbindungen zurücksetzen — Anleitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset dual-write connections (Microsoft Learn)</source>
        <translation>Dual-Write-Verbindungen zurücksetzen (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1: stop every map</source>
        <translation>Schritt 1: alle Zuordnungen beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset needs every dual-write map stopped.</source>
        <translation>Für das Zurücksetzen müssen alle Dual-Write-Zuordnungen beendet sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open &lt;b&gt;Data management&lt;/b&gt; → &lt;b&gt;Dual-write&lt;/b&gt;.</source>
        <translation>Öffnen Sie in den Finanz- und Betriebs-Apps &lt;b&gt;Datenverwaltung&lt;/b&gt; → &lt;b&gt;Dual-Write&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every table map and choose &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Wählen Sie alle Tabellenzuordnungen aus und wählen Sie &lt;b&gt;Beenden&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until every map shows &lt;b&gt;Not running&lt;/b&gt;, then choose Verify below.</source>
        <translation>Warten Sie, bis jede Zuordnung &lt;b&gt;Nicht ausgeführt&lt;/b&gt; anzeigt, und wählen Sie dann unten Überprüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;If a map cannot be stopped, the reset wizard shows a &lt;b&gt;Force Reset&lt;/b&gt; check box that must be ticked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn sich eine Zuordnung nicht beenden lässt, zeigt der Assistent zum Zurücksetzen das Kontrollkästchen &lt;b&gt;Zurücksetzen erzwingen&lt;/b&gt; an, das aktiviert werden muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step 2: reset the link</source>
        <translation>Schritt 2: die Verknüpfung zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page (Platform update 54 / 10.0.30 or later).</source>
        <translation>Auf der Seite Dual-Write (Plattformupdate 54 / 10.0.30 oder höher).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Reset link&lt;/b&gt;.</source>
        <translation>Wählen Sie auf der Seite &lt;b&gt;Dual-Write&lt;/b&gt; die Option &lt;b&gt;Verknüpfung zurücksetzen&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Choose environment&lt;/b&gt;: keep &lt;b&gt;Power Platform Link Dataverse Environment&lt;/b&gt; (recommended: it re-aligns dual-write with the Power Platform integration, and you cannot go back to the previous environment), or choose &lt;b&gt;Current Dataverse Environment&lt;/b&gt; only where an older release linked another environment. Tick &lt;b&gt;Acknowledge Reset&lt;/b&gt; (and &lt;b&gt;Force Reset&lt;/b&gt; when it is shown).</source>
        <translation>&lt;b&gt;Umgebung auswählen&lt;/b&gt;: Behalten Sie &lt;b&gt;Power Platform Link Dataverse Environment&lt;/b&gt; bei (empfohlen: Damit wird Dual-Write wieder an der Power Platform-Integration ausgerichtet, und Sie können nicht zur vorherigen Umgebung zurückkehren), oder wählen Sie &lt;b&gt;Current Dataverse Environment&lt;/b&gt; nur dann, wenn ein älteres Release eine andere Umgebung verknüpft hat. Aktivieren Sie &lt;b&gt;Zurücksetzen bestätigen&lt;/b&gt; (und &lt;b&gt;Zurücksetzen erzwingen&lt;/b&gt;, wenn es angezeigt wird).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Select legal entities&lt;/b&gt; (the default is None): select the ones saved in the snapshot: %1.</source>
        <translation>&lt;b&gt;Weiter&lt;/b&gt; → &lt;b&gt;Juristische Personen auswählen&lt;/b&gt; (Standard ist Keine): Wählen Sie die in der Momentaufnahme gespeicherten aus: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → the &lt;b&gt;Health check&lt;/b&gt; page, then &lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Summary&lt;/b&gt;, and confirm the reset.</source>
        <translation>&lt;b&gt;Weiter&lt;/b&gt; → Seite &lt;b&gt;Integritätsprüfung&lt;/b&gt;, dann &lt;b&gt;Weiter&lt;/b&gt; → &lt;b&gt;Zusammenfassung&lt;/b&gt;, und bestätigen Sie das Zurücksetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The reset clears DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations and the Dual Write Runtime Configurations in Dataverse; it removes the maps, integration keys, legal-entity mapping, default alert settings, activity logs and initial-sync history, and restores the connection set from the Power Platform integration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Zurücksetzen leert DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration und BusinessEventsDefinition in Finanz und Betrieb sowie die Dual Write Runtime Configurations in Dataverse; es entfernt die Zuordnungen, Integrationsschlüssel, die Zuordnung der juristischen Personen, die Standardwarnungseinstellungen, Aktivitätsprotokolle und den Verlauf der Erstsynchronisierung und stellt den Verbindungssatz aus der Power Platform-Integration wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step 3: check that the old configuration is gone</source>
        <translation>Schritt 3: prüfen, ob die alte Konfiguration entfernt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale rows left behind are what DWDVEV1004 and DWFOEV1004 report.</source>
        <translation>Verbliebene veraltete Zeilen sind das, was DWDVEV1004 und DWFOEV1004 melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Right after the reset, and before the solution is applied again, no runtime configuration should be left in Dataverse and no project configuration in finance and operations. Choose Verify to re-read both tables.&lt;/p&gt;&lt;p&gt;Rows left in Dataverse can be deleted with the stale configuration cleanup (DWDVEV1004).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Direkt nach dem Zurücksetzen und bevor die Lösung erneut angewendet wird, sollte in Dataverse keine Laufzeitkonfiguration und in Finanz und Betrieb keine Projektkonfiguration mehr vorhanden sein. Wählen Sie Überprüfen, um beide Tabellen erneut zu lesen.&lt;/p&gt;&lt;p&gt;In Dataverse verbliebene Zeilen können mit der Bereinigung veralteter Konfigurationen (DWDVEV1004) gelöscht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 4: apply the solution and start the maps</source>
        <translation>Schritt 4: die Lösung anwenden und die Zuordnungen starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a reset the maps are gone: start over with Apply Solution.</source>
        <translation>Nach einem Zurücksetzen sind die Zuordnungen entfernt: Beginnen Sie neu mit Lösung anwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Apply Solution&lt;/b&gt; to publish the default maps again.</source>
        <translation>Wählen Sie auf der Seite &lt;b&gt;Dual-Write&lt;/b&gt; die Option &lt;b&gt;Lösung anwenden&lt;/b&gt;, um die Standardzuordnungen erneut zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the integration keys of the maps you use (the snapshot has the old ones).</source>
        <translation>Prüfen Sie die Integrationsschlüssel der verwendeten Zuordnungen (die Momentaufnahme enthält die alten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the maps you need, with initial sync where required, then choose Verify.</source>
        <translation>Starten Sie die benötigten Zuordnungen, bei Bedarf mit Erstsynchronisierung, und wählen Sie dann Überprüfen.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/fixes/restoredialog.cpp" line="+30"/>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A backup file a guided fix or dwhealth fix wrote before its writes</source>
        <translation>Eine Sicherungsdatei, die eine geführte Korrektur oder dwhealth fix vor den Schreibvorgängen geschrieben hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the backup and preview the writes that undo it (reads nothing from the environments)</source>
        <translation>Sicherung lesen und die Schreibvorgänge, die sie rückgängig machen, in der Vorschau anzeigen (liest nichts aus den Umgebungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup file: the restore undoes its run, record by record.</source>
        <translation>Wählen Sie eine Sicherungsdatei: Die Wiederherstellung macht ihren Lauf Datensatz für Datensatz rückgängig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in the backup</source>
        <translation>Datensätze in der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each record of the backup and what the restore does with it</source>
        <translation>Jeder Datensatz der Sicherung und was die Wiederherstellung damit macht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>Sicherungsda&amp;tei:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bac&amp;kup records</source>
        <translation>&amp;Gesicherte Datensätze</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter or choose the backup file first.</source>
        <translation>Geben Sie zuerst die Sicherungsdatei ein oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup cannot be restored here: %1. Nothing was written.</source>
        <translation>Diese Sicherung kann hier nicht wiederhergestellt werden: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-created or set back as it was</source>
        <translation>neu erstellt oder auf den vorherigen Stand zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted again (the run created it)</source>
        <translation>erneut gelöscht (der Lauf hat ihn erstellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 from %2: nothing to restore.</source>
        <translation>Sicherung von %1 vom %2: nichts wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backup of %1 from %2 (%n record(s)): the restore makes the writes below, one per record, after a backup of what they overwrite.</source>
        <translation>
            <numerusform>Sicherung von %1 vom %2 (%n Datensatz): Die Wiederherstellung führt die folgenden Schreibvorgänge aus, einen pro Datensatz, nach einer Sicherung dessen, was sie überschreiben.</numerusform>
            <numerusform>Sicherung von %1 vom %2 (%n Datensätze): Die Wiederherstellung führt die folgenden Schreibvorgänge aus, einen pro Datensatz, nach einer Sicherung dessen, was sie überschreiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::SavedProfiles</name>
    <message>
        <location filename="../src/session/savedprofiles.cpp" line="+20"/>
        <source>no profile is saved as &quot;%1&quot;, and no profile is saved at all (the wizard saves them)</source>
        <translation>unter „%1“ ist kein Profil gespeichert, und es ist überhaupt kein Profil gespeichert (der Assistent speichert sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no profile is saved as &quot;%1&quot;; saved profiles: %2</source>
        <translation>unter „%1“ ist kein Profil gespeichert; gespeicherte Profile: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the stored secret is empty</source>
        <translation>das gespeicherte Geheimnis ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client secret of the saved profile &quot;%1&quot; could not be read from the system keychain: %2; set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin instead</source>
        <translation>der geheime Clientschlüssel des gespeicherten Profils „%1“ konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2; legen Sie stattdessen DWHEALTH_CLIENT_SECRET fest oder verwenden Sie --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SecretStore</name>
    <message>
        <location filename="../src/session/secretstore.cpp" line="+32"/>
        <source>no system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running and unlocked)</source>
        <translation>kein System-Schlüsselbund verfügbar (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen und entsperrt sein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain denied access</source>
        <translation>der System-Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access to the system keychain was declined</source>
        <translation>der Zugriff auf den System-Schlüsselbund wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is stored for this profile</source>
        <translation>für dieses Profil ist nichts gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no keychain dwhealth can use</source>
        <translation>dieses System hat keinen Schlüsselbund, den dwhealth verwenden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain gave no reason (code %1)</source>
        <translation>der System-Schlüsselbund hat keinen Grund angegeben (Code %1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SessionPage</name>
    <message>
        <location filename="../src/gui/wizard/sessionpage.cpp" line="+32"/>
        <source>Simulated environment</source>
        <translation>Simulierte Umgebung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; every answer comes from the recorded evidence bundle, served by the simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; jede Antwort stammt aus dem aufgezeichneten Nachweispaket, bereitgestellt vom Simulator auf diesem Computer; kein echter Mandant wird kontaktiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Simulated environment&lt;/b&gt; &amp;mdash; scenario &lt;b&gt;%1&lt;/b&gt;. Every answer comes from the built-in simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;Simulierte Umgebung&lt;/b&gt; &amp;mdash; Szenario &lt;b&gt;%1&lt;/b&gt;. Jede Antwort stammt vom integrierten Simulator auf diesem Computer; es wird kein echter Mandant kontaktiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Simulierte Umgebung: Szenario %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/tools/settingsdialog.cpp" line="+36"/>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>dwh::gui::StaleCleanupDialog</name>
    <message>
        <location filename="../src/gui/fixes/stalecleanupdialog.cpp" line="+46"/>
        <source>Clean up stale Dataverse runtime configurations (%1)</source>
        <translation>Veraltete Dataverse-Laufzeitkonfigurationen bereinigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean up stale finance and operations project configurations (%1)</source>
        <translation>Veraltete Projektkonfigurationen in Finanz und Betrieb bereinigen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft&apos;s cleanup deletes the Dual Write Runtime Configurations rows that the current link does not own.</source>
        <translation>Die Bereinigung von Microsoft löscht die Zeilen von Dual Write Runtime Configurations, die nicht zur aktuellen Verknüpfung gehören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s cleanup deletes the DualWriteProjectConfiguration rows that point at another Dataverse environment (two per map).</source>
        <translation>Die Bereinigung von Microsoft löscht die DualWriteProjectConfiguration-Zeilen, die auf eine andere Dataverse-Umgebung verweisen (zwei pro Zuordnung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked record is read in full into a backup file first; &lt;code&gt;dwhealth restore&lt;/code&gt; can re-create it. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Jeder markierte Datensatz wird zuerst vollständig in eine Sicherungsdatei gelesen; &lt;code&gt;dwhealth restore&lt;/code&gt; kann ihn wiederherstellen. &lt;a href=&quot;%1&quot;&gt;Dokumentierte Behebung&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Stale records (%1)</source>
        <translation>&amp;Veraltete Datensätze (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run the health check first: the stale records come from its findings.</source>
        <translation>Führen Sie zuerst die Integritätsprüfung aus: Die veralteten Datensätze stammen aus ihren Befunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cleanup can be planned: %1</source>
        <translation>Es kann keine Bereinigung geplant werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to clean up: %1</source>
        <translation>Nichts zu bereinigen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No link: no F&amp;O project configuration points at %1</source>
        <translation>Keine Verknüpfung: Keine F&amp;O-Projektkonfiguration verweist auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matching map: no project configuration of the current link has this name or entity pair</source>
        <translation>Keine passende Zuordnung: Keine Projektkonfiguration der aktuellen Verknüpfung hat diesen Namen oder dieses Entitätspaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points at another environment: %1</source>
        <translation>Verweist auf eine andere Umgebung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment URL (the linked environment is %1)</source>
        <translation>Keine Umgebungs-URL (die verknüpfte Umgebung ist %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>After the cleanup, %1: %2. %3</source>
        <translation>Nach der Bereinigung – %1: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>dwh::gui::Status</name>
    <message>
        <location filename="../src/gui/widgets/statusicons.cpp" line="+65"/>
        <source>Passed</source>
        <comment>check status</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>check status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>check status</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>check status: could not be evaluated</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>check status: not finished yet</comment>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TableMapsDialog</name>
    <message>
        <location filename="../src/gui/tools/tablemapsdialog.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing right:</source>
        <translation>Fehlendes Recht:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table maps and recent errors</source>
        <translation>Tabellenzuordnungen und letzte Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>die letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>die letzten 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 7 days</source>
        <translation>die letzten 7 Tage</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the table maps and the recent errors…</source>
        <translation>Tabellenzuordnungen und letzte Fehler werden gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read %1. Legal entities: %2 (from %3). Direction and last initial sync: not exposed (kept by the Data Integrator service).</source>
        <translation>Gelesen: %1. Juristische Personen: %2 (aus %3). Richtung und letzte Erstsynchronisierung: nicht verfügbar (vom Data-Integrator-Dienst verwaltet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table maps could not be read</source>
        <translation>Die Tabellenzuordnungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dataverse runtime configurations could not be read</source>
        <translation>Die Dataverse-Laufzeitkonfigurationen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (last %2)</source>
        <translation>%1 (letzter %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataverse errors</source>
        <translation>Dataverse-Fehler</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TroubleshooterDialog</name>
    <message>
        <location filename="../src/gui/tools/troubleshooterdialog.cpp" line="+66"/>
        <source>Choose a symptom…</source>
        <translation>Symptom auswählen…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste a message and choose Explain, or pick a symptom: the cause, the documented fix and the checks that confirm it appear here.</source>
        <translation>Fügen Sie eine Meldung ein und wählen Sie Erklären, oder wählen Sie ein Symptom aus: Hier erscheinen die Ursache, die dokumentierte Behebung und die Prüfungen, die sie bestätigen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paste a message first, or pick a symptom.</source>
        <translation>Fügen Sie zuerst eine Meldung ein oder wählen Sie ein Symptom aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recognised: this message is not one of the troubleshooting articles&apos; items. Pick the closest symptom from the list.</source>
        <translation>Nicht erkannt: Diese Meldung gehört nicht zu den Punkten der Artikel zur Problembehandlung. Wählen Sie das ähnlichste Symptom aus der Liste aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised: %1.</source>
        <translation>Erkannt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also possible: %1 (pick it from the list).</source>
        <translation>Ebenfalls möglich: %1 (wählen Sie es aus der Liste aus).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it:</source>
        <translation>Wer es beheben kann:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to fix it</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity set</source>
        <translation>Entitätsmenge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AppSource package</source>
        <translation>AppSource-Paket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dwhealth check covers this symptom.</source>
        <translation>Keine dwhealth-Prüfung deckt dieses Symptom ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>%n Prüfung wird ausgeführt…</numerusform>
            <numerusform>%n Prüfungen werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checks run: %1.</source>
        <translation>Ausgeführte Prüfungen: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::VersionMatrix</name>
    <message>
        <location filename="../src/session/versionmatrix.cpp" line="+38"/>
        <source>Dual Write Core (AppSource solution)</source>
        <translation>Dual Write Core (AppSource-Lösung)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dual Write Core</source>
        <translation>Dual Write Core</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dual-write applications core entity maps</source>
        <translation>Dual-write applications core entity maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Human Resources entity maps</source>
        <translation>Dynamics 365 Human Resources entity maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Supply Chain Management extended entity maps</source>
        <translation>Dynamics 365 Supply Chain Management extended entity maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Finance extended entity map</source>
        <translation>Dynamics 365 Finance extended entity map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 notes entity maps</source>
        <translation>Dynamics 365 notes entity maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Asset Management entity maps</source>
        <translation>Dynamics 365 Asset Management entity maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 GAB Dual Write Entity Maps</source>
        <translation>Dynamics 365 GAB Dual Write Entity Maps</translation>
    </message>
</context>
<context>
    <name>dwh::gui::VersionMatrixDialog</name>
    <message>
        <location filename="../src/gui/tools/versionmatrixdialog.cpp" line="+46"/>
        <source>DWHC0202: dual-write solution versions</source>
        <translation>DWHC0202: Versionen der Dual-Write-Lösungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none documented</source>
        <translation>keine dokumentiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: not installed</source>
        <translation>Fehlgeschlagen: nicht installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: below required</source>
        <translation>Fehlgeschlagen: unter der erforderlichen Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: not a version number</source>
        <translation>Unbekannt: keine Versionsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed (not required)</source>
        <translation>Nicht installiert (nicht erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The solutions have not been read yet: run the prerequisite health check first, or choose Verify to read them now.</source>
        <translation>Die Lösungen wurden noch nicht gelesen: Führen Sie zuerst die Integritätsprüfung der Voraussetzungen aus, oder wählen Sie Überprüfen, um sie jetzt zu lesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dual-write solution(s) below the required version or missing.</source>
        <translation>
            <numerusform>%n Dual-Write-Lösung liegt unter der erforderlichen Version oder fehlt.</numerusform>
            <numerusform>%n Dual-Write-Lösungen liegen unter der erforderlichen Version oder fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every installed dual-write solution meets its required version.</source>
        <translation>Jede installierte Dual-Write-Lösung erfüllt ihre erforderliche Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Power Platform admin center, open the Dataverse environment and choose Dynamics 365 apps.</source>
        <translation>Öffnen Sie im Power Platform Admin Center die Dataverse-Umgebung und wählen Sie Dynamics 365-Apps aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update these packages, in this order (Application Core first; the others depend on it):</source>
        <translation>Aktualisieren Sie diese Pakete in dieser Reihenfolge (Application Core zuerst; die anderen hängen davon ab):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update the dual-write packages that contain a solution below its required version.</source>
        <translation>Aktualisieren Sie die Dual-Write-Pakete, die eine Lösung unter ihrer erforderlichen Version enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a Dual-write Application Orchestration package (the deprecated monolith) is installed, install the split packages over it: they keep the same solution names, publisher and map versions, so this is a non-breaking upgrade.</source>
        <translation>Wenn ein Paket Dual-write Application Orchestration (der veraltete Monolith) installiert ist, installieren Sie die aufgeteilten Pakete darüber: Sie behalten dieselben Lösungsnamen, denselben Herausgeber und dieselben Zuordnungsversionen, daher ist dies ein abwärtskompatibles Upgrade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In finance and operations apps, on the Dual-write page, apply the map solutions again (Apply Solution) where the solution shows &quot;Has new changes = Yes&quot;:</source>
        <translation>Wenden Sie in den Finanz- und Betriebs-Apps auf der Seite Dual-Write die Zuordnungslösungen erneut an (Lösung anwenden), wo die Lösung „Hat neue Änderungen = Ja“ anzeigt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose Verify to run the solution checks again.</source>
        <translation>Wählen Sie Überprüfen, um die Lösungsprüfungen erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version mismatch errors:</source>
        <translation>Versionskonfliktfehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages and their contents:</source>
        <translation>Pakete und ihr Inhalt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying: reading the solutions again…</source>
        <translation>Überprüfung: Die Lösungen werden erneut gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified at %1: %2</source>
        <translation>Überprüft um %1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="+27"/>
        <source>Dual-write health check</source>
        <translation>Dual-Write-Integritätsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the environment to check.</source>
        <translation>Wählen Sie die zu prüfende Umgebung aus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flee&amp;t…</source>
        <translation>Flo&amp;tte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved profile with its last result and trend; check them all at once</source>
        <translation>Jedes gespeicherte Profil mit seinem letzten Ergebnis und Trend; alle gleichzeitig prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the tenant, the environment URLs and the app registration on the next page.</source>
        <translation>Geben Sie auf der nächsten Seite den Mandanten, die Umgebungs-URLs und die App-Registrierung ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse: %1
Finance and operations: %2</source>
        <translation>Dataverse: %1
Finanz und Betrieb: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile could not be imported: %1</source>
        <translation>Das Profil konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The simulator could not start: %1</source>
        <translation>Der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulator profile</source>
        <translation>Simulatorprofil</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WriteRunPanel</name>
    <message>
        <location filename="../src/gui/fixes/writerunpanel.cpp" line="+47"/>
        <location line="+256"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>No record is selected: nothing would be written.</source>
        <translation>Kein Datensatz ausgewählt: Es würde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>To confirm %n write(s), type the host name of the environment they go to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>Geben Sie zur Bestätigung von %n Schreibvorgang den Hostnamen der Zielumgebung ein: &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>Geben Sie zur Bestätigung von %n Schreibvorgängen den Hostnamen der Zielumgebung ein: &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the simulated environment on this computer)</source>
        <translation> (die simulierte Umgebung auf diesem Computer)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply %n write(s)</source>
        <translation>
            <numerusform>%n Schreibvorgang &amp;ausführen</numerusform>
            <numerusform>%n Schreibvorgänge &amp;ausführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the backup file.</source>
        <translation>Wählen Sie einen Ordner für die Sicherungsdatei aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 is not a folder.</source>
        <translation>Der Sicherungsordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not writable.</source>
        <translation>Der Sicherungsordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This fix has run; the results are above. Close and reopen the guided fix to fix what is left.</source>
        <translation>Diese Behebung wurde ausgeführt; die Ergebnisse stehen oben. Schließen Sie die geführte Behebung und öffnen Sie sie erneut, um die verbleibenden Probleme zu beheben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not the host name shown above: nothing will be written.</source>
        <translation>Das ist nicht der oben angezeigte Hostname: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup folder %1 cannot be created: nothing was written.</source>
        <translation>Der Sicherungsordner %1 kann nicht erstellt werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Reading %n record(s) for the backup…</source>
        <translation>
            <numerusform>%n Datensatz wird für die Sicherung gelesen…</numerusform>
            <numerusform>%n Datensätze werden für die Sicherung gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: being written into %1</source>
        <translation>Sicherung: wird in %1 geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup written before the first write: %1</source>
        <translation>Sicherung vor dem ersten Schreibvorgang geschrieben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %v of %m steps</source>
        <translation>Schreiben: %v von %m Schritten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: not written.</source>
        <translation>Sicherung: nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every record was written. %1</source>
        <translation>Nicht alle Datensätze wurden geschrieben. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record was written. %1</source>
        <translation>Alle Datensätze wurden geschrieben. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-check: running the health check again…</source>
        <translation>Erneute Prüfung: Die Integritätsprüfung wird erneut ausgeführt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-check of %1 (%2): %3. %4</source>
        <translation>Erneute Prüfung von %1 (%2): %3. %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report has no result for it.</source>
        <translation>Der Bericht enthält kein Ergebnis dafür.</translation>
    </message>
    <message>
        <location filename="../src/session/writeruntext.cpp" line="+33"/>
        <source>   Header: %1: %2</source>
        <translation>   Header: %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Body: %1</source>
        <translation>   Inhalt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Record: %1 (%2, %3 %4)</source>
        <translation>   Datensatz: %1 (%2, %3 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Why: %1</source>
        <translation>   Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Backed up first with: GET %1</source>
        <translation>   Zuvor gesichert mit: GET %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (HTTP %1)</source>
        <translation>Fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: may have been applied</source>
        <translation>Unbekannt: wurde möglicherweise angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Done: %1, failed: %2, not attempted: %3, unknown: %4.</source>
        <translation>Erledigt: %1, fehlgeschlagen: %2, nicht versucht: %3, unbekannt: %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped before writing: %1</source>
        <translation>Vor dem Schreiben angehalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: not written</source>
        <translation>Sicherung: nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>dwh::sim::Simulator</name>
    <message>
        <location filename="../src/sim/bundlescenario.cpp" line="+129"/>
        <source>Replay of %1 recorded %2</source>
        <translation>Wiedergabe von %1, aufgezeichnet %2</translation>
    </message>
</context>
</TS>
