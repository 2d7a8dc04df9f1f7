<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/checkpage.ui" line="+16"/>
        <source>Progress of the check</source>
        <translation>Progression du contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ancel check</source>
        <translation>&amp;Annuler le contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the check; what could not be judged is reported as unknown</source>
        <translation>Arrêter le contrôle ; ce qui n&apos;a pas pu être évalué est signalé comme inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the check</source>
        <translation>Annuler le contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this step again, for example after fixing a finding</source>
        <translation>Exécuter de nouveau cette étape, par exemple après avoir corrigé un constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the check</source>
        <translation>Relancer le contrôle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chec&amp;ks:</source>
        <translation>C&amp;ontrôles :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check with its status, code and message; select one to see its details</source>
        <translation>Chaque contrôle avec son statut, son code et son message ; sélectionnez-en un pour afficher ses détails</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details of the selected check:</source>
        <translation>&amp;Détails du contrôle sélectionné :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected check&apos;s details to the clipboard</source>
        <translation>Copier les détails du contrôle sélectionné dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation>Copier les détails dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the selected check found: status, codes, records involved and the documented fix</source>
        <translation>Ce que le contrôle sélectionné a trouvé : statut, codes, enregistrements concernés et correction documentée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected check</source>
        <translation>Détails du contrôle sélectionné</translation>
    </message>
</context>
<context>
    <name>CompanyDiffDialog</name>
    <message>
        <location filename="../ui/companydiffdialog.ui" line="+8"/>
        <source>Companies: dual-write, finance and operations apps and Dataverse</source>
        <translation>Sociétés : double écriture, applications de finances et d&apos;opérations et Dataverse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code or name</source>
        <translation>Code ou nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the companies whose code or name contains this text (any case)</source>
        <translation>Afficher uniquement les sociétés dont le code ou le nom contient ce texte (sans respect de la casse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search companies by code or name</source>
        <translation>Rechercher des sociétés par code ou par nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;differences</source>
        <translation>&amp;Différences uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the companies that match on every side</source>
        <translation>Masquer les sociétés identiques de tous les côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only companies with differences</source>
        <translation>Afficher uniquement les sociétés présentant des différences</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every company on either side: whether it exists in finance and operations apps, in Dataverse and in the dual-write selection</source>
        <translation>Chaque société des deux côtés : si elle existe dans les applications de finances et d&apos;opérations, dans Dataverse et dans la sélection de double écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies compared across dual-write, finance and operations apps and Dataverse</source>
        <translation>Sociétés comparées entre la double écriture, les applications de finances et d&apos;opérations et Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a company to see the steps that fix its difference</source>
        <translation>Sélectionnez une société pour afficher les étapes qui corrigent sa différence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Fix steps for the selected company:</source>
        <translation>É&amp;tapes de correction pour la société sélectionnée :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to make the legal entities and the companies match, as Microsoft documents it</source>
        <translation>Comment faire correspondre les entités juridiques et les sociétés, tel que Microsoft le documente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps for the selected company</source>
        <translation>Étapes de correction pour la société sélectionnée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After fixing, choose Verify to run the company checks again.</source>
        <translation>Après la correction, choisissez Vérifier pour relancer les contrôles des sociétés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results of the company checks run again</source>
        <translation>Résultats des contrôles des sociétés relancés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the companies again and re-run only the company checks (DWDVEV1003, DWFOEV1003, DWDVEV1007)</source>
        <translation>Relire les sociétés et relancer uniquement les contrôles des sociétés (DWDVEV1003, DWFOEV1003, DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the company checks again</source>
        <translation>Vérifier : relancer les contrôles des sociétés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid, with the fix steps of every row, as a CSV file</source>
        <translation>Enregistrer la grille, avec les étapes de correction de chaque ligne, dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the company grid as CSV</source>
        <translation>Exporter la grille des sociétés en CSV</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/credentialspage.ui" line="+20"/>
        <source>Prof&amp;ile name:</source>
        <translation>Nom du pr&amp;ofil :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
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
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the profile (never the secret) under its name, to choose it on the first page next time</source>
        <translation>Enregistre le profil (jamais le secret) sous son nom, pour le choisir sur la première page la prochaine fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile as a JSON file for dwhealth check --profile (never the secret)</source>
        <translation>Enregistre le profil dans un fichier JSON pour dwhealth check --profile (jamais le secret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the profile for the command line</source>
        <translation>Exporter le profil pour la ligne de commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00000000-0000-0000-0000-000000000000 or contoso.onmicrosoft.com</source>
        <translation>00000000-0000-0000-0000-000000000000 ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dataverse URL:</source>
        <translation>URL &amp;Dataverse :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataverse URL</source>
        <translation>URL Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.crm4.dynamics.com</source>
        <translation>https://contoso-uat.crm4.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En&amp;vironment id:</source>
        <translation>&amp;ID d&apos;environnement :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform environment id</source>
        <translation>ID d&apos;environnement Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0b2c…-guid of the Dataverse environment</source>
        <translation>0b2c…-GUID de l&apos;environnement Dataverse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Finance and operations URL:</source>
        <translation>URL de &amp;finances et d&apos;opérations :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations URL</source>
        <translation>URL des applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.sandbox.operations.dynamics.com</source>
        <translation>https://contoso-uat.sandbox.operations.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in &amp;mode:</source>
        <translation>&amp;Mode de connexion :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in mode</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dwhealth signs in to Microsoft Entra ID</source>
        <translation>Comment dwhealth se connecte à Microsoft Entra ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client id:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) id of the app registration</source>
        <translation>ID d&apos;application (client) de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client s&amp;ecret:</source>
        <translation>Secr&amp;et client :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory only</source>
        <translation>Conservé en mémoire uniquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the client secret in clear text while you type it; it is never saved in the profile</source>
        <translation>Affiche la clé secrète client en clair pendant la saisie ; elle n&apos;est jamais enregistrée dans le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Retenir le secret dans le trousseau système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Sans cette option, le secret est conservé en mémoire uniquement et redemandé la prochaine fois. Il n&apos;est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>Retenir le secret dans le trousseau système</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows the token endpoint, scopes and other settings that are rarely changed</source>
        <translation>Affiche le point de terminaison de jeton, les étendues et d&apos;autres paramètres rarement modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres &amp;avancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority URL</source>
        <translation>URL d&apos;autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Power Platform API URL:</source>
        <translation>URL de l&apos;API Po&amp;wer Platform :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform API URL</source>
        <translation>URL de l&apos;API Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: computed from the environment id</source>
        <translation>Vide : calculée à partir de l&apos;ID d&apos;environnement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal entities:</source>
        <translation>Entités &amp;juridiques :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entités juridiques sélectionnées pour la double écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the companies enabled for dual-write in Dataverse (e.g. USMF, DEMF)</source>
        <translation>Vide : les sociétés activées pour la double écriture dans Dataverse (p. ex. USMF, DEMF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entit&amp;y list…</source>
        <translation>Liste des entit&amp;és…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Te&amp;st connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Dataverse, finance and operations and the Power Platform API, and read who you are</source>
        <translation>Se connecter à Dataverse, aux applications de finances et d&apos;opérations et à l&apos;API Power Platform, et lire l&apos;identité connectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;out</source>
        <translation>Se décon&amp;necter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the tokens of this session and what is remembered in the system keychain; the next test signs in again</source>
        <translation>Oublier les jetons de cette session et ce qui est retenu dans le trousseau système ; le prochain test se reconnecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel t&amp;he test</source>
        <translation>Annuler le te&amp;st</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the connection test under way; nothing is signed in or read any more</source>
        <translation>Arrête le test de connexion en cours ; plus aucune connexion ni lecture n&apos;a lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the connection test</source>
        <translation>Annuler le test de connexion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of the connection test for each service: status and what was wrong</source>
        <translation>Le résultat du test de connexion pour chaque service : statut et problème constaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&lt;b&gt;What the signed-in identity can check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que l&apos;identité connectée peut contrôler&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The permissions the check needs and whether the signed-in account has them</source>
        <translation>Les autorisations nécessaires au contrôle et si le compte connecté les possède</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the signed-in identity can run</source>
        <translation>Contrôles que l&apos;identité connectée peut exécuter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can run?</source>
        <translation>Exécutable ?</translation>
    </message>
</context>
<context>
    <name>OwningTeamDialog</name>
    <message>
        <location filename="../ui/owningteamdialog.ui" line="+18"/>
        <source>The fix for each company, the default team facts and the support ticket text</source>
        <translation>La correction pour chaque société, les informations sur l&apos;équipe par défaut et le texte du ticket de support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owning team facts, fix and support ticket</source>
        <translation>Équipe propriétaire : informations, correction et ticket de support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facts</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root business unit:</source>
        <translation>Division racine :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its default team:</source>
        <translation>Son équipe par défaut :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team name (DWFOEV1006):</source>
        <translation>Nom de l&apos;équipe (DWFOEV1006) :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Companies that sync through dual-write and their default owning team (DWDVEV1007):</source>
        <translation>&amp;Sociétés synchronisées par la double écriture et leur équipe propriétaire par défaut (DWDVEV1007) :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companies and their default owning team</source>
        <translation>Sociétés et leur équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default owning team</source>
        <translation>Équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set default owning &amp;team</source>
        <translation>&amp;Définir l&apos;équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The companies without an owning team and the team that the fix would set</source>
        <translation>Les sociétés sans équipe propriétaire et l&apos;équipe que la correction définirait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies without a default owning team</source>
        <translation>Sociétés sans équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked companies get the team shown; Space ticks or clears the current one</source>
        <translation>Les sociétés cochées reçoivent l&apos;équipe indiquée ; Espace coche ou décoche la société en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team to set</source>
        <translation>Équipe à définir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support tic&amp;ket</source>
        <translation>&amp;Ticket de support</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text of a support ticket with the facts already filled in; copy it into the ticket</source>
        <translation>Le texte d&apos;un ticket de support avec les informations déjà renseignées ; copiez-le dans le ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket text</source>
        <translation>Texte du ticket de support</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ticket text to the clipboard</source>
        <translation>Copier le texte du ticket dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the support ticket text</source>
        <translation>Copier le texte du ticket de support</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <location filename="../ui/remediationpage.ui" line="+31"/>
        <source>F&amp;indings (select one; Enter opens its guided fix):</source>
        <translation>&amp;Constats (sélectionnez-en un ; Entrée ouvre sa correction guidée) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The findings that need a fix; select one to see its steps and guided fixes</source>
        <translation>Les constats à corriger ; sélectionnez-en un pour voir ses étapes et ses corrections guidées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention</source>
        <translation>Constats nécessitant une attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed, warning or unknown check; a guided fix opens with Enter or a double click</source>
        <translation>Chaque contrôle en échec, en avertissement ou inconnu ; une correction guidée s&apos;ouvre avec Entrée ou un double-clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided fix</source>
        <translation>Correction guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Documented fixes:</source>
        <translation>Corrections &amp;documentées :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documented fix of the selected finding, step by step, with its link</source>
        <translation>La correction documentée du constat sélectionné, étape par étape, avec son lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented fixes for each finding</source>
        <translation>Corrections documentées pour chaque constat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guided fix…</source>
        <translation>Correction &amp;guidée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open the guided fix of the selected finding</source>
        <translation>Ouvrir la correction guidée du constat sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Troubleshoot an error message…</source>
        <translation>&amp;Analyser un message d&apos;erreur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an error message from dual-write and see its cause, fix and the checks to run</source>
        <translation>Coller un message d&apos;erreur de la double écriture et afficher sa cause, sa correction et les contrôles à exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot an error message</source>
        <translation>Analyser un message d&apos;erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;walkthrough…</source>
        <translation>Assistant de &amp;réinitialisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step through resetting the dual-write link</source>
        <translation>Réinitialisation du lien de double écriture, étape par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset walkthrough</source>
        <translation>Assistant de réinitialisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer à partir d&apos;une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a guided fix&apos;s writes from the backup file it wrote first</source>
        <translation>Annule les écritures d&apos;une correction guidée à partir du fichier de sauvegarde qu&apos;elle a écrit au préalable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py all steps</source>
        <translation>Cop&amp;ier toutes les étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every finding and its fix to the clipboard</source>
        <translation>Copier chaque constat et sa correction dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all steps to the clipboard</source>
        <translation>Copier toutes les étapes dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../ui/reportpage.ui" line="+21"/>
        <source>The report as a summary, the changes since the previous run, and the export</source>
        <translation>Le rapport sous forme de résumé, les changements depuis l&apos;exécution précédente et l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report views</source>
        <translation>Vues du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts by status and every finding of this run</source>
        <translation>Nombres par statut et tous les constats de cette exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past runs of this profile (choose one to compare it with this run):</source>
        <translation>Exécutions précédentes de ce profil (choisissez-en une pour la comparer à cette exécution) :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since the chosen run</source>
        <translation>Changements depuis l&apos;exécution choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redact identifiers, URLs and user names</source>
        <translation>&amp;Masquer les identifiants, URL et noms d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask the tenant and environment ids, URLs, user names, user ids and e-mail addresses</source>
        <translation>Masquer les ID de locataire et d&apos;environnement, les URL, les noms d&apos;utilisateur, les ID d&apos;utilisateur et les adresses e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cus&amp;tomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile name</source>
        <translation>Le nom du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer on the cover</source>
        <translation>Client sur la page de garde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared b&amp;y:</source>
        <translation>Préparé p&amp;ar :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown when empty</source>
        <translation>Non affiché si vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant on the cover</source>
        <translation>Consultant sur la page de garde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image file (PNG, JPEG, …); none when empty</source>
        <translation>Un fichier image (PNG, JPEG, …) ; aucun si vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the cover</source>
        <translation>Logo sur la page de garde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview:</source>
        <translation>Aperç&amp;u :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the exported report</source>
        <translation>Aperçu du rapport exporté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in the chosen format, with these options</source>
        <translation>Enregistrer le rapport dans le format choisi, avec ces options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save JSON report…</source>
        <translation>Enregistrer le rapport &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full report (schema version 1) as JSON</source>
        <translation>Enregistrer le rapport complet (version de schéma 1) en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON report</source>
        <translation>Enregistrer le rapport JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save evi&amp;dence bundle…</source>
        <translation>Enregistrer l&apos;archive de preu&amp;ves…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ZIP file with the report, the HTTP trace (HAR, without any credential) and the data as read, to replay with dwhealth check --replay</source>
        <translation>Un fichier ZIP contenant le rapport, la trace HTTP (HAR, sans aucune information d&apos;identification) et les données telles que lues, à rejouer avec dwhealth check --replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save evidence bundle</source>
        <translation>Enregistrer l&apos;archive de preuves</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table &amp;maps…</source>
        <translation>&amp;Mappages de table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table map&apos;s state and its recent errors with the documented fix, read live (read-only)</source>
        <translation>L&apos;état de chaque mappage de table et ses erreurs récentes avec le correctif documenté, lus en direct (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps and recent errors</source>
        <translation>Mappages de table et erreurs récentes</translation>
    </message>
</context>
<context>
    <name>ResetImpactPage</name>
    <message>
        <location filename="../ui/resetimpactpage.ui" line="+21"/>
        <source>What a reset deletes: the runtime configurations, the project configurations and the legal entity selection</source>
        <translation>Ce que la réinitialisation supprime : les configurations d&apos;exécution, les configurations de projet et la sélection des entités juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reset deletes</source>
        <translation>Ce que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runtime configurations</source>
        <translation>Configurations d&apos;e&amp;xécution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write runtime configurations in Dataverse that a reset deletes</source>
        <translation>Les configurations d&apos;exécution de double écriture dans Dataverse que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse dual-write runtime configurations the reset deletes</source>
        <translation>Configurations d&apos;exécution de la double écriture dans Dataverse que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (table map)</source>
        <translation>Nom (mappage de table)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse table</source>
        <translation>Table Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O entity</source>
        <translation>Entité F&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project configurations</source>
        <translation>Configurations de pro&amp;jet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write project configurations in finance and operations apps that a reset deletes</source>
        <translation>Les configurations de projet de double écriture dans les applications de finances et d&apos;opérations que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations project configurations the reset deletes</source>
        <translation>Configurations de projet des applications de finances et d&apos;opérations que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration key</source>
        <translation>Clé d&apos;intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points at</source>
        <translation>Pointe vers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal entities</source>
        <translation>&amp;Entités juridiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset clears the legal-entity mapping: note these to select them again in the reset wizard.</source>
        <translation>La réinitialisation efface le mappage des entités juridiques : notez-les pour les sélectionner de nouveau dans l&apos;assistant de réinitialisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal entities selected for dual-write, which must be selected again after a reset</source>
        <translation>Les entités juridiques sélectionnées pour la double écriture, à sélectionner de nouveau après une réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entités juridiques sélectionnées pour la double écriture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Field configurations</source>
        <translation>Configurations des &amp;champs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the snapshot &amp;to:</source>
        <translation>Enregistrer l&apos;instan&amp;tané dans :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file the snapshot of what a reset deletes is saved to</source>
        <translation>Le fichier dans lequel est enregistré l&apos;instantané de ce que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot file</source>
        <translation>Fichier d&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON file that keeps every row listed above, saved before the reset deletes them</source>
        <translation>Le fichier JSON qui conserve chaque ligne listée ci-dessus, enregistré avant que la réinitialisation ne les supprime</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the snapshot</source>
        <translation>Choisir où enregistrer l&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the snapshot file</source>
        <translation>Choisir le fichier d&apos;instantané</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save snapshot</source>
        <translation>Enregistrer l&apos;&amp;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows listed above as JSON (reads only; nothing is changed)</source>
        <translation>Enregistrer les lignes listées ci-dessus en JSON (lecture seule ; rien n&apos;est modifié)</translation>
    </message>
</context>
<context>
    <name>ResetRecheckPage</name>
    <message>
        <location filename="../ui/resetrecheckpage.ui" line="+16"/>
        <source>Progress of the health check</source>
        <translation>Progression du contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole health check again (reads only)</source>
        <translation>Relancer l&apos;ensemble du contrôle d&apos;intégrité (lecture seule)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The result of each check after the reset</source>
        <translation>Le résultat de chaque contrôle après la réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check and its status</source>
        <translation>Chaque contrôle et son statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ResetStepPage</name>
    <message>
        <location filename="../ui/resetsteppage.ui" line="+14"/>
        <source>What to do in this step of the reset, as Microsoft documents it</source>
        <translation>Ce qu&apos;il faut faire à cette étape de la réinitialisation, tel que Microsoft le documente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documented steps</source>
        <translation>Les étapes documentées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the environment now and check this step (reads only)</source>
        <translation>Lire l&apos;environnement maintenant et vérifier cette étape (lecture seule)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the verification of this step found</source>
        <translation>Ce que la vérification de cette étape a trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the verification found, record by record</source>
        <translation>Ce que la vérification a trouvé, enregistrement par enregistrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go on although the verification failed</source>
        <translation>&amp;Continuer malgré l&apos;échec de la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when you checked in the product that the step is done: the override is written into the walkthrough&apos;s log</source>
        <translation>Uniquement si vous avez vérifié dans le produit que l&apos;étape est effectuée : le forçage est consigné dans le journal de la procédure guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on although the verification failed</source>
        <translation>Continuer malgré l&apos;échec de la vérification</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of runs</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs &amp;kept per profile:</source>
        <translation>&amp;Exécutions conservées par profil :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs kept per profile</source>
        <translation>Exécutions conservées par profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest runs of each profile kept in the history; older runs are removed</source>
        <translation>Les exécutions les plus récentes de chaque profil conservées dans l&apos;historique ; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mega&amp;bytes kept per profile:</source>
        <translation>&amp;Mégaoctets conservés par profil :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Megabytes kept per profile</source>
        <translation>Mégaoctets conservés par profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size all runs of a profile may take; the oldest runs are removed first</source>
        <translation>La taille que peuvent occuper toutes les exécutions d&apos;un profil ; les plus anciennes sont supprimées en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
</context>
<context>
    <name>StaleCleanupDialog</name>
    <message>
        <location filename="../ui/stalecleanupdialog.ui" line="+18"/>
        <source>Delete anyway: I checked the table maps on the Dual-write page and these records are stale</source>
        <translation>Supprimer quand même : j&apos;ai vérifié les mappages de table sur la page Double écriture et ces enregistrements sont obsolètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not establish the link, or finance and operations returned no configuration: the records may only be invisible to this sign-in. Tick only after checking the table maps yourself.</source>
        <translation>La vérification n&apos;a pas pu établir la liaison, ou les applications de finances et d&apos;opérations n&apos;ont renvoyé aucune configuration : les enregistrements sont peut-être seulement invisibles pour cette connexion. Cochez seulement après avoir vérifié vous-même les mappages de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete without a confirmed link</source>
        <translation>Supprimer sans liaison confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the cleanup although the linked environment could not be confirmed</source>
        <translation>Planifie le nettoyage bien que l&apos;environnement lié n&apos;ait pas pu être confirmé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked records are deleted; Space ticks or clears the current one. The tooltip of each reason gives the check&apos;s full explanation.</source>
        <translation>Les enregistrements cochés sont supprimés ; Espace coche ou décoche l&apos;enregistrement en cours. L&apos;info-bulle de chaque raison donne l&apos;explication complète du contrôle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stale configuration rows that the cleanup would delete, with the reason for each</source>
        <translation>Les lignes de configuration obsolètes que le nettoyage supprimerait, avec la raison de chacune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale configuration records</source>
        <translation>Enregistrements de configuration obsolètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stale record, why the check calls it stale, and its key. Untick a record to keep it.</source>
        <translation>Chaque enregistrement obsolète, la raison pour laquelle le contrôle le juge obsolète, et sa clé. Décochez un enregistrement pour le conserver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is stale</source>
        <translation>Raison de l&apos;obsolescence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity pair</source>
        <translation>Paire d&apos;entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>TableMapsDialog</name>
    <message>
        <location filename="../ui/tablemapsdialog.ui" line="+8"/>
        <location line="+55"/>
        <source>Table maps</source>
        <translation>Mappages de table</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Errors since:</source>
        <translation>&amp;Erreurs depuis :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors since</source>
        <translation>Erreurs depuis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Mappages :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each dual-write table map: its tables, state and recent errors</source>
        <translation>Chaque mappage de table de double écriture : ses tables, son état et ses erreurs récentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent errors and their &amp;documented fix:</source>
        <translation>Erreurs récentes et leur correctif &amp;documenté :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent errors by cause, with the documented fix</source>
        <translation>Erreurs récentes par cause, avec le correctif documenté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and the errors again (read-only)</source>
        <translation>Relire les mappages et les erreurs (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and errors again</source>
        <translation>Relire les mappages et les erreurs</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <location filename="../ui/troubleshooterdialog.ui" line="+8"/>
        <source>Troubleshoot a dual-write error message</source>
        <translation>Analyser un message d&apos;erreur de double écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste an error message from the Dual-write page, a table map or Dataverse:</source>
        <translation>&amp;Collez un message d&apos;erreur de la page Double écriture, d&apos;un mappage de table ou de Dataverse :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error message to explain</source>
        <translation>Message d&apos;erreur à expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole message; session and activity ids and solution versions are picked out of it</source>
        <translation>Collez le message entier ; les ID de session et d&apos;activité et les versions de solution en sont extraits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status code does not indicate success: 403 (tokenexchange).</source>
        <translation>Ex. : Response status code does not indicate success: 403 (tokenexchange).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the message and show its cause and fix (Ctrl+Return)</source>
        <translation>Reconnaître le message et afficher sa cause et sa correction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the pasted message</source>
        <translation>Expliquer le message collé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or pick a s&amp;ymptom:</source>
        <translation>ou choisissez un s&amp;ymptôme :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known symptoms</source>
        <translation>Symptômes connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of Microsoft&apos;s dual-write troubleshooting articles</source>
        <translation>Les éléments des articles de Microsoft sur la résolution des problèmes de double écriture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the pasted message means: the likely cause, the documented fix and its link</source>
        <translation>Ce que signifie le message collé : la cause probable, la correction documentée et son lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause, fix steps and documentation</source>
        <translation>Cause, étapes de correction et documentation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parsed &amp;fields:</source>
        <translation>C&amp;hamps extraits :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields found in the message</source>
        <translation>Champs trouvés dans le message</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Checks that confirm the cause:</source>
        <translation>C&amp;ontrôles qui confirment la cause :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dwhealth checks that can confirm the cause; run them from here</source>
        <translation>Les contrôles dwhealth qui peuvent confirmer la cause ; exécutez-les d&apos;ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that confirm the cause</source>
        <translation>Contrôles qui confirment la cause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run these checks</source>
        <translation>&amp;Lancer ces contrôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only the checks listed above against the environments now</source>
        <translation>Exécuter maintenant uniquement les contrôles listés ci-dessus sur les environnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks that confirm the cause</source>
        <translation>Exécuter les contrôles qui confirment la cause</translation>
    </message>
</context>
<context>
    <name>VersionMatrixDialog</name>
    <message>
        <location filename="../ui/versionmatrixdialog.ui" line="+8"/>
        <source>Dual-write solution versions</source>
        <translation>Versions des solutions de double écriture</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Installed and required versions:</source>
        <translation>Versions &amp;installées et requises :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each dual-write solution: installed version, required version and whether it is enough</source>
        <translation>Chaque solution de double écriture : version installée, version requise et si elle suffit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed and required version of every dual-write solution</source>
        <translation>Version installée et version requise de chaque solution de double écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppSource package</source>
        <translation>Package AppSource</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Upgrade steps:</source>
        <translation>Étapes de &amp;mise à niveau :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to bring the listed solutions to their required versions</source>
        <translation>Comment mettre les solutions listées aux versions requises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented upgrade steps</source>
        <translation>Étapes de mise à niveau documentées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the solutions again and re-run only the solution checks (DWHC0201, DWHC0202)</source>
        <translation>Relire les solutions et relancer uniquement les contrôles des solutions (DWHC0201, DWHC0202)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the solution checks again</source>
        <translation>Vérifier : relancer les contrôles des solutions</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.ui" line="+12"/>
        <source>This wizard runs the dual-write health check from outside finance and operations apps, in the same two steps as the product: the &lt;b&gt;prerequisite health check&lt;/b&gt;, then &lt;b&gt;dependency validation&lt;/b&gt; (APIHubConnection, StaleConfiguration and BusinessUnit). Every finding comes with the records involved, the evidence and the documented fix. Nothing is changed in your environments: every request only reads.</source>
        <translation>Cet assistant exécute le contrôle d&apos;intégrité de la double écriture en dehors des applications de finances et d&apos;opérations, dans les mêmes deux étapes que le produit : le &lt;b&gt;contrôle d&apos;intégrité des prérequis&lt;/b&gt;, puis la &lt;b&gt;validation des dépendances&lt;/b&gt; (APIHubConnection, StaleConfiguration et BusinessUnit). Chaque constat est accompagné des enregistrements concernés, des preuves et de la correction documentée. Rien n&apos;est modifié dans vos environnements : chaque requête est en lecture seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Environment profile</source>
        <translation>Profil d&apos;environnement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A saved profile (recently used first), or a new one</source>
        <translation>Un profil enregistré (les plus récents en premier) ou un nouveau profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a profile file (JSON) and save it as a new profile</source>
        <translation>Lire un fichier de profil (JSON) et l&apos;enregistrer comme nouveau profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile file…</source>
        <translation>&amp;Importer un fichier de profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile file</source>
        <translation>Importer un fichier de profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected profile (its keychain secret too)</source>
        <translation>Oublier le profil sélectionné (ainsi que son secret dans le trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Simulated environment (demo)</source>
        <translation>Environnement si&amp;mulé (démo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a simulated tenant served by the built-in simulator on this computer</source>
        <translation>Contrôler un locataire simulé, servi par le simulateur intégré sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated environment</source>
        <translation>Environnement simulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cénario :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The situation the built-in simulator plays: healthy, or one of the documented failures</source>
        <translation>La situation que joue le simulateur intégré : sain, ou l&apos;une des défaillances documentées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
</context>
<context>
    <name>WriteRunPanel</name>
    <message>
        <location filename="../ui/writerunpanel.ui" line="+15"/>
        <source>The preview of the writes, then their progress and the result for each record</source>
        <translation>L&apos;aperçu des écritures, puis leur progression et le résultat pour chaque enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and results</source>
        <translation>Requêtes et résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Requests to send</source>
        <translation>&amp;Requêtes à envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every request the fix will send, one per record</source>
        <translation>Chaque requête que la correction enverra, une par enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact requests, in the order they are sent. Each record is read in full into the backup file first.</source>
        <translation>Les requêtes exactes, dans leur ordre d&apos;envoi. Chaque enregistrement est d&apos;abord lu en entier dans le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ults</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result of each write, record by record</source>
        <translation>Le résultat de chaque écriture, enregistrement par enregistrement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been written yet.</source>
        <translation>Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Copier les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the backup path, every record&apos;s result and the re-check to the clipboard</source>
        <translation>Copier le chemin de la sauvegarde, le résultat de chaque enregistrement et le nouveau contrôle dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the results to the clipboard</source>
        <translation>Copier les résultats dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de sau&amp;vegarde :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is read in full and saved in a backup file in this folder before the first write; dwhealth restore can re-create them from it</source>
        <translation>Chaque enregistrement est lu en entier et enregistré dans un fichier de sauvegarde de ce dossier avant la première écriture ; dwhealth restore peut les recréer à partir de ce fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the backup file</source>
        <translation>Choisir le dossier du fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Nom d&apos;hôte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the environment&apos;s host name to confirm</source>
        <translation>Saisissez le nom d&apos;hôte de l&apos;environnement pour confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the host name shown above: the writes can only start when it matches</source>
        <translation>Saisissez le nom d&apos;hôte affiché ci-dessus : les écritures ne peuvent commencer que s&apos;il correspond</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup file, then send the requests one record at a time</source>
        <translation>Écrire le fichier de sauvegarde, puis envoyer les requêtes un enregistrement à la fois</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of the writes</source>
        <translation>Progression des écritures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; records already written stay written (the results say which)</source>
        <translation>Ne plus envoyer de requête ; les enregistrements déjà écrits le restent (les résultats indiquent lesquels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the writes</source>
        <translation>Annuler les écritures</translation>
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
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Platform</source>
        <translation>Power Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power Platform admin API</source>
        <translation>API d&apos;administration Power Platform</translation>
    </message>
</context>
<context>
    <name>dwh::BackupReader</name>
    <message>
        <location filename="../src/remediation/backupreader.cpp" line="+47"/>
        <source>%1: no client for this service</source>
        <translation>%1 : aucun client pour ce service</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the service did not return the record as a JSON object</source>
        <translation>%1 : le service n&apos;a pas renvoyé l&apos;enregistrement sous forme d&apos;objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: could not be read for the backup: %2</source>
        <translation>%1 : lecture impossible pour la sauvegarde : %2</translation>
    </message>
</context>
<context>
    <name>dwh::BoundedRead</name>
    <message>
        <location filename="../src/core/boundedread.cpp" line="+21"/>
        <source>larger than %1, the most dwhealth reads from such a file</source>
        <translation>dépasse %1, la taille maximale que dwhealth lit dans un tel fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
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
        <translation>aucun client pour le service</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1 : réponse mal formée : une page HTML au lieu de JSON (statut %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; read twice differently</source>
        <translation>%1 : réponse mal formée : « @odata.nextLink » lu deux fois avec des valeurs différentes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; is not a valid URL</source>
        <translation>%1 : réponse mal formée : &quot;@odata.nextLink&quot; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: paging link points elsewhere (%2)</source>
        <translation>%1 : le lien de pagination pointe ailleurs (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: more than %2 pages (%3 rows read); the rest was not read (raise the cap with --max-pages)</source>
        <translation>%1 : plus de %2 pages (%3 lignes lues) ; le reste n&apos;a pas été lu (augmentez la limite avec --max-pages)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: paging loop: the next-page link repeats a page already read</source>
        <translation>%1 : boucle de pagination : le lien de la page suivante répète une page déjà lue</translation>
    </message>
</context>
<context>
    <name>dwh::Collector</name>
    <message>
        <location filename="../src/net/collector.cpp" line="+120"/>
        <source>Power Platform: no address; the profile has neither an environment id nor a powerPlatform.url</source>
        <translation>Power Platform : aucune adresse ; le profil n&apos;a ni ID d&apos;environnement ni powerPlatform.url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power Platform admin API: not configured (the profile sets powerPlatform.url but not powerPlatform.adminUrl)</source>
        <translation>API d&apos;administration Power Platform : non configurée (le profil définit powerPlatform.url mais pas powerPlatform.adminUrl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no address in the profile</source>
        <translation>%1 : aucune adresse dans le profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not read: %1 failed: %2</source>
        <translation>non lu : échec de %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not read: %1 returned no UserId</source>
        <translation>non lu : %1 n&apos;a renvoyé aucun UserId</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not read: the profile has no dataverse.environmentId</source>
        <translation>non lu : le profil ne contient pas de dataverse.environmentId</translation>
    </message>
</context>
<context>
    <name>dwh::CompanyDiff</name>
    <message>
        <location filename="../src/remediation/companydiff.cpp" line="+28"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option 1: remove %1 from the dual-write selection. On the Dual-write page in finance and operations apps, select Environment details and remove the legal entity on the Legal entities tab.</source>
        <translation>Option 1 : retirez %1 de la sélection de la double écriture. Sur la page Double écriture des applications de finances et d&apos;opérations, sélectionnez Détails de l&apos;environnement et retirez l&apos;entité juridique dans l&apos;onglet Entités juridiques.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option 3: reset the dual-write link (Reset link on the Dual-write page, with all table maps stopped) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 3 : réinitialisez le lien de double écriture (Réinitialiser le lien sur la page Double écriture, avec tous les mappages de tables arrêtés) et sélectionnez uniquement des entités juridiques qui existent des deux côtés. Une réinitialisation supprime les mappages de tables, les clés d&apos;intégration, le mappage des entités juridiques et la configuration d&apos;exécution ; appliquez ensuite de nouveau les solutions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: create the legal entity %2 in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities).</source>
        <translation>%1 : créez l&apos;entité juridique %2 dans les applications de finances et d&apos;opérations (Administration d&apos;organisation &gt; Organisations &gt; Entités juridiques).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and name &quot;%1&quot;</source>
        <translation> et le nom &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: create the company %2 in Dataverse. The Legal entities (cdm_companies) table map copies every legal entity enabled for dual-write to the Company table (LegalEntityId to cdm_companycode, Name to cdm_name): run that map, or add a Company row with company code %2%3 in the Power Apps maker portal (Tables &gt; Company).</source>
        <translation>%1 : créez la société %2 dans Dataverse. Le mappage de table Entités juridiques (cdm_companies) copie chaque entité juridique activée pour la double écriture dans la table Société (LegalEntityId vers cdm_companycode, Name vers cdm_name) : exécutez ce mappage, ou ajoutez une ligne Société avec le code société %2%3 dans le portail des créateurs Power Apps (Tables &gt; Société).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing in Dataverse (DWDVEV1003)</source>
        <translation>Manquante dans Dataverse (DWDVEV1003)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in Dataverse</source>
        <translation>Absente de Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in finance and operations apps (DWFOEV1003)</source>
        <translation>Manquante dans les applications de finances et d&apos;opérations (DWFOEV1003)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in finance and operations apps</source>
        <translation>Absente des applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default owning team (DWDVEV1007)</source>
        <translation>Aucune équipe propriétaire par défaut (DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected, but not enabled for dual-write in Dataverse</source>
        <translation>Sélectionnée, mais non activée pour la double écriture dans Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write in Dataverse, but not selected in the profile</source>
        <translation>Activée pour la double écriture dans Dataverse, mais non sélectionnée dans le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Company rows with this code in Dataverse</source>
        <translation>%1 lignes Société avec ce code dans Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names differ</source>
        <translation>Les noms diffèrent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code spelled differently (%1); matched anyway</source>
        <translation>Code orthographié différemment (%1) ; associé malgré tout</translation>
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
        <translation>Ensuite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enable %1 for dual-write: select it among the legal entities of the dual-write link on the Dual-write page (Environment details &gt; Legal entities). Dataverse then marks its Company row Is Enabled for Dual Write and creates its business unit and default owning team. If it should not sync, remove it from dualWrite.legalEntities in the profile.</source>
        <translation>Activez %1 pour la double écriture : sélectionnez-la parmi les entités juridiques du lien de double écriture sur la page Double écriture (Détails de l&apos;environnement &gt; Entités juridiques). Dataverse marque alors sa ligne Société comme Is Enabled for Dual Write et crée sa division et son équipe propriétaire par défaut. Si elle ne doit pas être synchronisée, retirez-la de dualWrite.legalEntities dans le profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the default owning team of %1: in the Power Apps maker portal, open Tables &gt; Company, show the Default owning team column and select a team for this company.</source>
        <translation>Définissez l&apos;équipe propriétaire par défaut de %1 : dans le portail des créateurs Power Apps, ouvrez Tables &gt; Société, affichez la colonne Équipe propriétaire par défaut et sélectionnez une équipe pour cette société.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the appropriate security roles to that team (Dual-write runtime user, Dual-write app user and the roles for the in-scope tables).</source>
        <translation>Attribuez les rôles de sécurité appropriés à cette équipe (Dual-write runtime user, Dual-write app user et les rôles des tables concernées).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is enabled for dual-write in Dataverse but not listed in dualWrite.legalEntities of the profile: add it there so that the checks cover it, or remove it from the dual-write legal entities on the Dual-write page.</source>
        <translation>%1 est activée pour la double écriture dans Dataverse mais ne figure pas dans dualWrite.legalEntities du profil : ajoutez-la pour que les contrôles la couvrent, ou retirez-la des entités juridiques de la double écriture sur la page Double écriture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep one Company row with code %1 in Dataverse: duplicate company rows stop the link (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</source>
        <translation>Conservez une seule ligne Société avec le code %1 dans Dataverse : des lignes de société en double bloquent le lien (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;O name</source>
        <translation>Nom F&amp;O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse name</source>
        <translation>Nom Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled for dual-write</source>
        <translation>Activée pour la double écriture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team</source>
        <translation>Équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps</source>
        <translation>Étapes de correction</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenForm</name>
    <message>
        <location filename="../src/net/delegatedtokenform.cpp" line="+89"/>
        <source>malformed answer: the device code answer is not a JSON object</source>
        <translation>réponse mal formée : la réponse du code d&apos;appareil n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed answer: the device code answer has no device_code, user_code or verification_uri</source>
        <translation>réponse mal formée : la réponse du code d&apos;appareil n&apos;a pas de device_code, user_code ou verification_uri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed answer: the device code answer has no usable expires_in</source>
        <translation>réponse mal formée : la réponse du code d&apos;appareil n&apos;a pas de expires_in utilisable</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenProvider</name>
    <message>
        <location filename="../src/net/delegatedtokenprovider.cpp" line="+86"/>
        <source>%1: signed out before a token was issued</source>
        <translation>%1 : déconnecté avant l&apos;émission d&apos;un jeton</translation>
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
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et entrez le code %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the device code expired after %2 s without a sign-in</source>
        <translation>%1 : le code d&apos;appareil a expiré après %2 s sans connexion</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: the device code expired before the sign-in was completed: %2</source>
        <translation>%1 : le code d&apos;appareil a expiré avant la fin de la connexion : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sign-in was declined: %2</source>
        <translation>%1 : la connexion a été refusée : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the device code was not recognised: %2</source>
        <translation>%1 : le code d&apos;appareil n&apos;a pas été reconnu : %2</translation>
    </message>
</context>
<context>
    <name>dwh::ErrorMessages</name>
    <message>
        <location filename="../src/net/errormessages.cpp" line="+131"/>
        <source>%1 returned an HTML page instead of JSON (status %2)</source>
        <translation>%1 a renvoyé une page HTML au lieu de JSON (statut %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an answer that is not JSON: %1</source>
        <translation>une réponse qui n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 throttled the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 a limité la connexion (throttling) : %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with a server error during the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 a échoué avec une erreur de serveur pendant la connexion : %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 a refusé la connexion : %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 refused the access token (401): %2</source>
        <translation>%1 a refusé le jeton d&apos;accès (401) : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with an empty body</source>
        <translation>%1 a répondu %2 avec un corps vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 redirected the request (%2) to %3; dwhealth does not follow redirects — check the URL in the profile</source>
        <translation>%1 a redirigé la requête (%2) vers %3 ; dwhealth ne suit pas les redirections — vérifiez l&apos;URL dans le profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown location</source>
        <translation>un emplacement inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to %1 at %2: the connection was refused</source>
        <translation>Impossible de se connecter à %1 sur %2 : la connexion a été refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1: host %2 was not found</source>
        <translation>Impossible de joindre %1 : l&apos;hôte %2 est introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) closed the connection before answering</source>
        <translation>%1 (%2) a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) closed the connection after the request was sent, before answering; dwhealth never sends a write twice on its own</source>
        <translation>%1 (%2) a fermé la connexion après l&apos;envoi de la requête, avant de répondre ; dwhealth n&apos;envoie jamais une écriture deux fois de lui-même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate not trusted for %1 (%2): %3; the connection was refused; dwhealth never ignores certificate errors</source>
        <translation>Certificat TLS non approuvé pour %1 (%2) : %3 ; la connexion a été refusée ; dwhealth n&apos;ignore jamais les erreurs de certificat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) did not answer: the connection timed out</source>
        <translation>%1 (%2) n&apos;a pas répondu : le délai de connexion a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1 (%2): %3</source>
        <translation>Impossible de joindre %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got %1 of %2 bytes</source>
        <translation>%1 octets reçus sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>got %1 bytes</source>
        <translation>%1 octets reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) closed the connection before the answer was complete (%3)</source>
        <translation>%1 (%2) a fermé la connexion avant la fin de la réponse (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1 : réponse mal formée : une page HTML au lieu de JSON (statut %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: malformed answer: labelled %2 instead of JSON (status %3); a proxy or a sign-in page may be answering instead of the service</source>
        <translation>%1 : réponse mal formée : étiquetée %2 au lieu de JSON (statut %3) ; un proxy ou une page de connexion répond peut-être à la place du service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer: timed out after %2 s</source>
        <translation>%1 n&apos;a pas répondu : délai dépassé après %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an answer larger than %2 MiB; the request was aborted</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mio ; la requête a été abandonnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no Retry-After</source>
        <translation>pas de Retry-After</translation>
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
        <translation>une fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the request (%2, %3) %4; gave up</source>
        <translation>%1 a limité la requête (%2, %3) %4 ; abandon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was unavailable (%2, %3) %4; gave up</source>
        <translation>%1 était indisponible (%2, %3) %4 ; abandon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (waiting again would pass the retry budget)</source>
        <translation> (attendre de nouveau dépasserait le budget de nouvelles tentatives)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 request refused: %2 %3</source>
        <translation>Requête %1 refusée : %2 %3</translation>
    </message>
</context>
<context>
    <name>dwh::HealthEngine</name>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+51"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline of %1 reached</source>
        <translation>échéance de %1 atteinte</translation>
    </message>
    <message>
        <location filename="../src/engine/dependencygate.cpp" line="+24"/>
        <source>Not run: the prerequisite health check has not run.</source>
        <translation>Non exécuté : le contrôle d&apos;intégrité des prérequis n&apos;a pas été exécuté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: a prerequisite failed (%1).</source>
        <translation>Non exécuté : un prérequis a échoué (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run although a prerequisite failed (%1), because --force-dependencies was given.</source>
        <translation>Exécuté bien qu&apos;un prérequis ait échoué (%1), car --force-dependencies a été indiqué.</translation>
    </message>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+211"/>
        <source>The run was stopped (%1); the checks whose data was not read by then are unknown.</source>
        <translation>L&apos;exécution a été arrêtée (%1) ; les contrôles dont les données n&apos;avaient pas encore été lues sont inconnus.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Non exécuté : le contrôle a été annulé.</translation>
    </message>
</context>
<context>
    <name>dwh::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="+120"/>
        <source>more than %1 runs started in the same millisecond in %2</source>
        <translation>plus de %1 exécutions ont démarré dans la même milliseconde dans %2</translation>
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
        <translation>Sommaire :</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+186"/>
        <source>Findings and fixes</source>
        <translation>Constats et corrections</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+216"/>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>How to read this report</source>
        <translation>Comment lire ce rapport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dual-write health check report</source>
        <translation>Rapport du contrôle d&apos;intégrité de la double écriture</translation>
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
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>Les identifiants de locataire et d&apos;environnement, les URL, les noms d&apos;utilisateur et les adresses e-mail sont masqués dans ce rapport.</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records involved</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps are those of finding %1.</source>
        <translation>Les étapes sont celles du constat %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tool version</source>
        <translation>Version de l&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Version du jeu de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>forcée (--force-dependencies) : exécutée bien qu&apos;un prérequis ait échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks run</source>
        <translation>Contrôles exécutés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check id</source>
        <translation>ID du contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write health check: %1</source>
        <translation>Contrôle d&apos;intégrité de la double écriture : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by dwhealth %1, ruleset %2.</source>
        <translation>Généré par dwhealth %1, jeu de règles %2.</translation>
    </message>
</context>
<context>
    <name>dwh::InteractiveTokenProvider</name>
    <message>
        <location filename="../src/net/interactivetokenprovider.cpp" line="+69"/>
        <source>%1: cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>%1 : impossible d&apos;écouter sur 127.0.0.1 pour la réponse du navigateur</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 refused the sign-in in the browser: %2 (%3)</source>
        <translation>%1 a refusé la connexion dans le navigateur : %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored</source>
        <translation>%1 : la réponse du navigateur n&apos;appartient pas à cette connexion (state non concordant) ; elle a été ignorée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the browser&apos;s answer carries no authorization code</source>
        <translation>%1 : la réponse du navigateur ne contient aucun code d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the sign-in in the browser did not finish within %2 s</source>
        <translation>%1 : la connexion dans le navigateur ne s&apos;est pas terminée dans les %2 s</translation>
    </message>
</context>
<context>
    <name>dwh::Language</name>
    <message>
        <location filename="../src/i18n/language.cpp" line="+132"/>
        <source>no catalogue for the language &quot;%1&quot;; the texts stay English</source>
        <translation>aucun catalogue pour la langue « %1 » ; les textes restent en anglais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt&apos;s own catalogue for &quot;%1&quot; is not installed (package qt6-translations-l10n); the standard buttons stay English</source>
        <translation>le catalogue de Qt pour « %1 » n&apos;est pas installé (paquet qt6-translations-l10n) ; les boutons standard restent en anglais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--lang takes one of: %1; not &quot;%2&quot;</source>
        <translation>--lang accepte l&apos;une des valeurs : %1 ; pas « %2 »</translation>
    </message>
</context>
<context>
    <name>dwh::LoopbackReplyHandler</name>
    <message>
        <location filename="../src/net/loopbackreplyhandler.cpp" line="+14"/>
        <source>Sign-in to dwhealth finished. You can close this window and go back to dwhealth.</source>
        <translation>Connexion à dwhealth terminée. Vous pouvez fermer cette fenêtre et revenir à dwhealth.</translation>
    </message>
</context>
<context>
    <name>dwh::Maps</name>
    <message>
        <location filename="../src/maps/maperrors.cpp" line="+107"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../src/maps/mapsbuilder.cpp" line="+32"/>
        <source>read access to the dual-write project configurations in finance and operations apps (DualWriteProjectConfigurations; the System administrator role, as on the Dual-write page)</source>
        <translation>l&apos;accès en lecture aux configurations de projet de double écriture dans les applications de finances et d&apos;opérations (DualWriteProjectConfigurations ; le rôle Administrateur système, comme sur la page Double écriture)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Read privilege on the Dual Write Runtime Configuration table in Dataverse (System Administrator)</source>
        <translation>le privilège de lecture sur la table Dual Write Runtime Configuration dans Dataverse (System Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Plug-in Trace Log table in Dataverse (prvReadPluginTraceLog; System Administrator has it)</source>
        <translation>le privilège de lecture sur la table Plug-in Trace Log dans Dataverse (prvReadPluginTraceLog ; System Administrator le possède)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Organization table in Dataverse</source>
        <translation>le privilège de lecture sur la table Organization dans Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Read privilege on the Company table (cdm_company) in Dataverse</source>
        <translation>le privilège de lecture sur la table Company (cdm_company) dans Dataverse</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not exposed: a map&apos;s direction is kept by the Data Integrator service behind the Dual-write page, whose API is not documented (docs/wire.md)</source>
        <translation>non exposé : le sens d&apos;un mappage est conservé par le service Data Integrator derrière la page Double écriture, dont l&apos;API n&apos;est pas documentée (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not exposed: the initial-sync executions (the Dual-write page&apos;s Initial sync details tab) are kept by the Data Integrator service, whose API is not documented (docs/wire.md)</source>
        <translation>non exposé : les exécutions de synchronisation initiale (onglet Détails de la synchronisation initiale de la page Double écriture) sont conservées par le service Data Integrator, dont l&apos;API n&apos;est pas documentée (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not exposed: finance and operations apps keep dual-write errors in the DualWriteErrorLog table (with debug mode on), which is not documented as an OData entity; open it in the table browser (docs/wire.md)</source>
        <translation>non exposé : les applications de finances et d&apos;opérations conservent les erreurs de double écriture dans la table DualWriteErrorLog (mode débogage activé), qui n&apos;est pas documentée comme entité OData ; ouvrez-la dans le navigateur de tables (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profile (dualWrite.legalEntities)</source>
        <translation>le profil (dualWrite.legalEntities)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Dataverse companies enabled for dual-write (the selection itself is not exposed)</source>
        <translation>les sociétés Dataverse activées pour la double écriture (la sélection elle-même n&apos;est pas exposée)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>its project configurations in finance and operations apps disagree (Status %1)</source>
        <translation>ses configurations de projet dans les applications de finances et d&apos;opérations divergent (Status %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status &quot;%1&quot; is not a documented value (Enabled, Disabled, Queueing)</source>
        <translation>Status « %1 » n&apos;est pas une valeur documentée (Enabled, Disabled, Queueing)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in finance and operations apps, but Dataverse has no runtime configuration for it: changes made in Dataverse are not written to finance and operations apps; stop the map and run it again (live-sync troubleshooting)</source>
        <translation>%1 dans les applications de finances et d&apos;opérations, mais Dataverse n&apos;a aucune configuration d&apos;exécution pour ce mappage : les modifications effectuées dans Dataverse ne sont pas écrites dans les applications de finances et d&apos;opérations ; arrêtez le mappage puis exécutez-le à nouveau (dépannage de la synchronisation en direct)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its project configuration points at another Dataverse environment (%1): a stale configuration (DWFOEV1004)</source>
        <translation>sa configuration de projet pointe vers un autre environnement Dataverse (%1) : configuration obsolète (DWFOEV1004)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the plug-in trace log is off in Dataverse (System Settings → Customization → Enable logging to plug-in trace log: Off), so plug-in errors are not recorded</source>
        <translation>le journal de suivi des plug-ins est désactivé dans Dataverse (Paramètres système → Personnalisation → Activer la journalisation dans le journal de suivi des plug-ins : Désactivé), les erreurs de plug-in ne sont donc pas enregistrées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no errors in the trace log, but whether the trace log is on could not be read: %1</source>
        <translation>aucune erreur dans le journal de suivi, mais l&apos;activation du journal de suivi n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../src/maps/mapspdf.cpp" line="+12"/>
        <source>Table maps and recent errors</source>
        <translation>Mappages de table et erreurs récentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>Lu %1.</translation>
    </message>
    <message>
        <location filename="../src/maps/mapstate.cpp" line="+23"/>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../src/maps/mapswriter.cpp" line="+31"/>
        <source>%1 Missing right: %2.</source>
        <translation>%1 Droit manquant : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (first %2, last %3)</source>
        <translation>%1 (première %2, dernière %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recognised by the troubleshooter</source>
        <translation>Non reconnu par l&apos;outil de dépannage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent errors since %1</source>
        <translation>Erreurs récentes depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: unknown. %1</source>
        <translation>Dataverse : inconnu. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: no error in the dual-write plug-in&apos;s trace log.</source>
        <translation>Dataverse : aucune erreur dans le journal de suivi du plug-in de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations apps: unknown. %1</source>
        <translation>Applications de finances et d&apos;opérations : inconnu. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maps: %1. First %2, last %3.</source>
        <translation>Mappages : %1. Première %2, dernière %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest message: %1</source>
        <translation>Message le plus récent : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause: %1</source>
        <translation>Cause : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required role: %1</source>
        <translation>Rôle requis : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that confirm it: %1</source>
        <translation>Vérifications qui le confirment : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation: %1</source>
        <translation>Documentation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documented symptom matches this message; `dwhealth explain` lists the closest ones.</source>
        <translation>Aucun symptôme documenté ne correspond à ce message ; `dwhealth explain` liste les plus proches.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>Map</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every error</source>
        <translation>Toutes les erreurs</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 error(s): %2</source>
        <translation>%1 erreur(s) : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dual-write errors since %1 (read %2)</source>
        <translation>Erreurs de double écriture depuis %1 (lu %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table maps (read %1)</source>
        <translation>Mappages de table (lu %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table maps could not be read. %1</source>
        <translation>Les mappages de table n&apos;ont pas pu être lus. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps list no table map for this environment.</source>
        <translation>Les applications de finances et d&apos;opérations ne répertorient aucun mappage de table pour cet environnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal entities: %1 (from %2).</source>
        <translation>Entités juridiques : %1 (source : %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors since %1</source>
        <translation>Erreurs depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: unknown, %1.</source>
        <translation>Sens : inconnu, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last initial sync: unknown, %1.</source>
        <translation>Dernière synchronisation initiale : inconnue, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse runtime configurations: unknown. %1</source>
        <translation>Configurations d&apos;exécution Dataverse : inconnues. %1</translation>
    </message>
</context>
<context>
    <name>dwh::MarkdownWriter</name>
    <message>
        <location filename="../src/report/markdownwriter.cpp" line="+41"/>
        <source>Dual-write health check: %1</source>
        <translation>Contrôle d&apos;intégrité de la double écriture : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse: %1</source>
        <translation>Dataverse : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations: %1</source>
        <translation>Finances et opérations : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run: %1 to %2 (UTC)</source>
        <translation>Exécution : de %1 à %2 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, jeu de règles %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.**</source>
        <translation>**%1 réussis, %2 en échec, %3 avertissements, %4 inconnus, %5 ignorés.**</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings and fixes</source>
        <translation>Constats et corrections</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documentation: %1</source>
        <translation>Documentation : %1</translation>
    </message>
</context>
<context>
    <name>dwh::ODataPage</name>
    <message>
        <location filename="../src/net/odatapage.cpp" line="+23"/>
        <source>malformed answer: %1</source>
        <translation>réponse mal formée : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no &quot;value&quot; array</source>
        <translation>pas de tableau &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;value&quot; is not an array</source>
        <translation>&quot;value&quot; n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 of &quot;value&quot; is not an object</source>
        <translation>la ligne %1 de &quot;value&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;@odata.nextLink&quot; is not a URL string</source>
        <translation>&quot;@odata.nextLink&quot; n&apos;est pas une chaîne d&apos;URL</translation>
    </message>
</context>
<context>
    <name>dwh::PdfOptions</name>
    <message>
        <location filename="../src/report/pdfoptions.cpp" line="+33"/>
        <source>%1: not a readable image: %2</source>
        <translation>%1 : image illisible : %2</translation>
    </message>
</context>
<context>
    <name>dwh::PdfWriter</name>
    <message>
        <location filename="../src/report/pdfcontent.cpp" line="+177"/>
        <location line="+254"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Records involved</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps are those of finding %1.</source>
        <translation>Les étapes sont celles du constat %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>Findings and fixes</source>
        <translation>Constats et corrections</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tool version</source>
        <translation>Version de l&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Version du jeu de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>forcée (--force-dependencies) : exécutée bien qu&apos;un prérequis ait échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks run</source>
        <translation>Contrôles exécutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check id</source>
        <translation>ID du contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How to read this report</source>
        <translation>Comment lire ce rapport</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>DUAL-WRITE HEALTH CHECK REPORT</source>
        <translation>RAPPORT DU CONTRÔLE D&apos;INTÉGRITÉ DE LA DOUBLE ÉCRITURE</translation>
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
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>Les identifiants de locataire et d&apos;environnement, les URL, les noms d&apos;utilisateur et les adresses e-mail sont masqués dans ce rapport.</translation>
    </message>
    <message>
        <location filename="../src/report/pdfwriter.cpp" line="+39"/>
        <location line="+90"/>
        <source>Dual-write health check: %1</source>
        <translation>Contrôle d&apos;intégrité de la double écriture : %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, jeu de règles %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>dwh::Profile</name>
    <message>
        <location filename="../src/core/profile.cpp" line="+54"/>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clé inconnue &quot;%1&quot; ignorée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+52"/>
        <location line="+37"/>
        <location line="+10"/>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+14"/>
        <location filename="../src/core/profilevalidation.cpp" line="-43"/>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile must be a JSON object</source>
        <translation>le profil doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; is not one of clientSecret, deviceCode, interactive</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;une des valeurs clientSecret, deviceCode, interactive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be the name of an environment variable (letters, digits and _), not the secret itself</source>
        <translation>doit être le nom d&apos;une variable d&apos;environnement (lettres, chiffres et _), pas le secret lui-même</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+4"/>
        <source>&quot;%1&quot;: the host &quot;%2&quot; is not a full host name such as contoso.crm.dynamics.com</source>
        <translation>« %1 » : l&apos;hôte « %2 » n&apos;est pas un nom d&apos;hôte complet tel que contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a GUID</source>
        <translation>&quot;%1&quot; n&apos;est pas un GUID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com</source>
        <translation>« %1 » n&apos;est ni un ID de locataire (un GUID) ni un domaine tel que contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing (needed to find the Power Platform API host; or set powerPlatform.url)</source>
        <translation>est manquant (nécessaire pour trouver l&apos;hôte de l&apos;API Power Platform ; ou définissez powerPlatform.url)</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+9"/>
        <source>must be an array of legal entity codes</source>
        <translation>doit être un tableau de codes d&apos;entités juridiques</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/profilevalidation.cpp" line="+5"/>
        <source>must be a non-empty legal entity code</source>
        <translation>doit être un code d&apos;entité juridique non vide</translation>
    </message>
</context>
<context>
    <name>dwh::RecordedFacts</name>
    <message>
        <location filename="../src/bundle/recordedfacts.cpp" line="+18"/>
        <source>the recorded facts are malformed (facts.json, %1): %2</source>
        <translation>les faits enregistrés sont mal formés (facts.json, %1) : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence %1 is not an object</source>
        <translation>la preuve %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>evidence %1: %2</source>
        <translation>preuve %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;state&quot; is not one of &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</source>
        <translation>&quot;state&quot; n&apos;est pas l&apos;une des valeurs &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rows&quot; is not an array</source>
        <translation>&quot;rows&quot; n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of &quot;rows&quot; is not an object</source>
        <translation>la ligne %1 de &quot;rows&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;rows&quot; is missing</source>
        <translation>&quot;rows&quot; est absent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a failed dataset without an &quot;error&quot;</source>
        <translation>un jeu de données en échec sans &quot;error&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;evidence&quot; is not an array</source>
        <translation>&quot;evidence&quot; n&apos;est pas un tableau</translation>
    </message>
</context>
<context>
    <name>dwh::Remediation</name>
    <message>
        <location filename="../src/remediation/backup.cpp" line="+54"/>
        <source>format: not a dwhealth backup (expected &quot;%1&quot;)</source>
        <translation>format : pas une sauvegarde dwhealth (&quot;%1&quot; attendu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schemaVersion: %1 is not supported (this version reads %2)</source>
        <translation>schemaVersion : %1 n&apos;est pas prise en charge (cette version lit %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>records: missing or not an array</source>
        <translation>records : manquant ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records: %1 entries; a backup holds at most %2</source>
        <translation>records : %1 entrées ; une sauvegarde en contient au plus %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>records[%1]: not an object</source>
        <translation>records[%1] : pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].action: missing or not an object</source>
        <translation>records[%1].action : absent ou pas un objet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>records[%1].existed: not true or false</source>
        <translation>records[%1].existed : ni true ni false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].record: missing or not an object</source>
        <translation>records[%1].record : manquant ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupfile.cpp" line="+36"/>
        <source>%1: cannot write the backup: %2</source>
        <translation>%1 : impossible d&apos;écrire la sauvegarde : %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/owningteamfix.cpp" line="+34"/>
        <source>the team id &quot;%1&quot; is not a GUID</source>
        <translation>l&apos;ID d&apos;équipe &quot;%1&quot; n&apos;est pas un GUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team named by the caller</source>
        <translation>l&apos;équipe indiquée par l&apos;appelant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the root business unit&apos;s default team could not be read (%1); name a team id instead</source>
        <translation>l&apos;équipe par défaut de la division racine n&apos;a pas pu être lue (%1) ; indiquez plutôt un ID d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fetched</source>
        <translation>non récupérée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team &quot;%1&quot;</source>
        <translation>l&apos;équipe par défaut &quot;%1&quot; de la division racine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse returned no default team for the root business unit; name a team id instead</source>
        <translation>Dataverse n&apos;a renvoyé aucune équipe par défaut pour la division racine ; indiquez plutôt un ID d&apos;équipe</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the company&apos;s own owner team &quot;%1&quot; in its business unit &quot;%2&quot;, as Microsoft&apos;s company-data article describes</source>
        <translation>l&apos;équipe propriétaire propre à la société, &quot;%1&quot;, dans sa division &quot;%2&quot;, comme le décrit l&apos;article de Microsoft sur les données de société</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../src/remediation/stalecleanup.cpp" line="+32"/>
        <source>the details of %1 are malformed (%2), so the records to fix are unknown</source>
        <translation>les détails de %1 sont mal formés (%2) ; les enregistrements à corriger sont donc inconnus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the company %1 has no usable id (&quot;%2&quot;)</source>
        <translation>la société %1 n&apos;a pas d&apos;ID utilisable (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, because no owner team named as the company was found in a business unit of its name</source>
        <translation>%1, car aucune équipe propriétaire portant le nom de la société n&apos;a été trouvée dans une division de ce nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the company syncs through dual-write and has no default owning team; sets %1 (%2)</source>
        <translation>la société est synchronisée par la double écriture et n&apos;a pas d&apos;équipe propriétaire par défaut ; définit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/remediation/remediationplan.cpp" line="+39"/>
        <source>%1 cannot be fixed by dwhealth; codes it can fix: %2</source>
        <translation>%1 ne peut pas être corrigé par dwhealth ; codes qu&apos;il peut corriger : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report has no result for %1</source>
        <translation>le rapport n&apos;a aucun résultat pour %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be judged, so the records to fix are unknown: %2</source>
        <translation>%1 n&apos;a pas pu être évalué, les enregistrements à corriger sont donc inconnus : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 a été ignoré : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 failed but its details name no record to fix</source>
        <translation>%1 a échoué mais ses détails ne désignent aucun enregistrement à corriger</translation>
    </message>
    <message>
        <location filename="../src/remediation/restoreplan.cpp" line="+68"/>
        <source>creates again the record that was deleted (%1)</source>
        <translation>recrée l&apos;enregistrement qui a été supprimé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not restored, set by Dataverse itself: %2</source>
        <translation>%1 : non restauré, défini par Dataverse lui-même : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>sets back the columns the fix changed</source>
        <translation>rétablit les colonnes modifiées par la correction</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clears %1 again: it was empty before the fix</source>
        <translation>vide de nouveau %1 : la colonne était vide avant la correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>sets %1 back to %2</source>
        <translation>rétablit %1 à %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2 was already empty; nothing to restore</source>
        <translation>%1 : %2 était déjà vide ; rien à restaurer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deletes the record the run created: it did not exist before</source>
        <translation>supprime l&apos;enregistrement créé par l&apos;exécution : il n&apos;existait pas auparavant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: existed before the %2 and was not changed by it; nothing to restore</source>
        <translation>%1 : existait avant la requête %2 et n&apos;a pas été modifié par celle-ci ; rien à restaurer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup was taken from %1, but the profile&apos;s %2 environment is %3</source>
        <translation>la sauvegarde provient de %1, mais l&apos;environnement %2 du profil est %3</translation>
    </message>
    <message>
        <location filename="../src/remediation/stalecleanup.cpp" line="+12"/>
        <source>the check could not establish which Dataverse environment is linked (%1)</source>
        <translation>le contrôle n&apos;a pas pu déterminer quel environnement Dataverse est lié (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the other side&apos;s read returned no dual-write configuration, which may mean the sign-in cannot see them rather than that there are none</source>
        <translation>la lecture de l&apos;autre côté n&apos;a renvoyé aucune configuration de double écriture, ce qui peut signifier que la connexion ne permet pas de les voir plutôt qu&apos;il n&apos;y en a aucune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: %1. Check the table maps on the Dual-write page; to delete these records anyway, confirm the override explicitly.</source>
        <translation>refusé : %1. Vérifiez les mappages de tables sur la page Double écriture ; pour supprimer ces enregistrements malgré tout, confirmez explicitement le forçage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override confirmed although %1.</source>
        <translation>Forçage confirmé bien que %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop these table maps on the Dual-write page first (Microsoft&apos;s cleanup procedure requires it), and run them again afterwards: %1.</source>
        <translation>Arrêtez d&apos;abord ces mappages de tables sur la page Double écriture (la procédure de nettoyage de Microsoft l&apos;exige), puis redémarrez-les ensuite : %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the stale runtime configuration &quot;%1&quot; has no usable id (&quot;%2&quot;)</source>
        <translation>la configuration d&apos;exécution obsolète &quot;%1&quot; n&apos;a pas d&apos;ID utilisable (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no finance and operations project configuration points at %1, so no runtime configuration belongs to a link (noLink; %2)</source>
        <translation>aucune configuration de projet des applications de finances et d&apos;opérations ne pointe vers %1, donc aucune configuration d&apos;exécution n&apos;appartient à un lien (noLink ; %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project configuration of the current link matches it by name or by entity pair (noMatchingProject; %1)</source>
        <translation>aucune configuration de projet du lien actuel ne lui correspond par nom ou par paire d&apos;entités (noMatchingProject ; %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the configurations without an environment URL are deleted; %1 others could not be judged because the linked Dataverse environment is not known.</source>
        <translation>Seules les configurations sans URL d&apos;environnement sont supprimées ; %1 autres n&apos;ont pas pu être évaluées, car l&apos;environnement Dataverse lié n&apos;est pas connu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a stale project configuration has no ProjectName, so it cannot be addressed</source>
        <translation>une configuration de projet obsolète n&apos;a pas de ProjectName et ne peut donc pas être adressée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no ExternalEnvironmentUrl; the linked Dataverse environment is %1</source>
        <translation>n&apos;a pas d&apos;ExternalEnvironmentUrl ; l&apos;environnement Dataverse lié est %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points at %1, not at the linked Dataverse environment %2</source>
        <translation>pointe vers %1, et non vers l&apos;environnement Dataverse lié %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupcheck.cpp" line="+147"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GUID</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string, number or true/false</source>
        <translation>une chaîne, un nombre ou true/false</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>column %1 must be a GUID or null</source>
        <translation>la colonne %1 doit être un GUID ou null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column %1 is not a column of this table; restore does not send columns it does not know</source>
        <translation>la colonne %1 n&apos;est pas une colonne de cette table ; la restauration n&apos;envoie pas de colonnes qu&apos;elle ne connaît pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column %1 must be %2 or null</source>
        <translation>la colonne %1 doit être %2 ou null</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: the profile has no %2 URL</source>
        <translation>%1 : le profil n&apos;a pas d&apos;URL %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the backup was taken from %2, but the profile&apos;s %3 environment is %4; restore only writes to the profile&apos;s own hosts</source>
        <translation>%1 : la sauvegarde provient de %2, mais l&apos;environnement %3 du profil est %4 ; la restauration n&apos;écrit que sur les hôtes du profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable address</source>
        <translation>une adresse illisible</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 %3 (%4) is not a write that %5 %6 makes; restore only undoes what dwhealth itself wrote</source>
        <translation>%1 : %2 %3 (%4) n&apos;est pas une écriture effectuée par %5 %6 ; la restauration n&apos;annule que ce que dwhealth a lui-même écrit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the key &quot;%2&quot; is not a GUID</source>
        <translation>%1 : la clé &quot;%2&quot; n&apos;est pas un GUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the key &quot;%2&quot; is not a project name</source>
        <translation>%1 : la clé &quot;%2&quot; n&apos;est pas un nom de projet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its URLs do not address the record it names (%2 %3)</source>
        <translation>%1 : ses URL ne désignent pas l&apos;enregistrement qu&apos;elle nomme (%2 %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PATCH may only set %2 to a team (/teams(GUID)); restore refuses other columns</source>
        <translation>%1 : le PATCH ne peut définir %2 que sur une équipe (/teams(GUID)) ; la restauration refuse les autres colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a %2 carries no body</source>
        <translation>%1 : un %2 ne comporte pas de corps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 needs the record as it was (&quot;existed&quot;: true)</source>
        <translation>%1 : un %2 nécessite l&apos;enregistrement dans son état d&apos;origine (&quot;existed&quot;: true)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the saved %2 must be a GUID or null</source>
        <translation>%1 : le %2 enregistré doit être un GUID ou null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the saved record&apos;s %2 is not the key the entry names</source>
        <translation>%1 : le %2 de l&apos;enregistrement sauvegardé n&apos;est pas la clé indiquée par l&apos;entrée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>operation: &quot;%1&quot; is neither fix nor restore</source>
        <translation>operation : &quot;%1&quot; n&apos;est ni fix ni restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: &quot;%1&quot; is not a code dwhealth fixes</source>
        <translation>code : &quot;%1&quot; n&apos;est pas un code corrigé par dwhealth</translation>
    </message>
    <message>
        <location filename="../src/remediation/targetstate.cpp" line="+44"/>
        <source>the record is still there</source>
        <translation>l&apos;enregistrement est toujours présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record is gone</source>
        <translation>l&apos;enregistrement a disparu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record exists</source>
        <translation>l&apos;enregistrement existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the record does not exist</source>
        <translation>l&apos;enregistrement n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>%1 is %2</source>
        <translation>%1 vaut %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>the record as read has no %1</source>
        <translation>l&apos;enregistrement lu n&apos;a pas de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another value</source>
        <translation>%1 a une autre valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the values the write sets</source>
        <translation>il contient déjà les valeurs que l&apos;écriture définit</translation>
    </message>
    <message>
        <location filename="../src/remediation/recordfixsteps.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1 (%2): %3</source>
        <translation>Supprimer %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update %1 (%2): %3</source>
        <translation>Mettre à jour %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dwhealth fix %1 previews these writes, backs up each record and applies them after confirmation; the wizard&apos;s guided fix does the same.</source>
        <translation>dwhealth fix %1 affiche un aperçu de ces écritures, sauvegarde chaque enregistrement et les applique après confirmation ; la correction guidée de l&apos;assistant fait de même.</translation>
    </message>
</context>
<context>
    <name>dwh::RemediationRun</name>
    <message>
        <location filename="../src/remediation/remediationrun.cpp" line="+105"/>
        <source>not attempted: %1</source>
        <translation>non tenté : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>cancelled before any write</source>
        <translation>annulé avant toute écriture</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the backup could not be made, so nothing was written: %1</source>
        <translation>la sauvegarde n&apos;a pas pu être effectuée, donc rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup could not be written, so nothing was written: %1</source>
        <translation>la sauvegarde n&apos;a pas pu être écrite, donc rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already present: %1; nothing was sent</source>
        <translation>déjà présent : %1 ; rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>dwh::Report</name>
    <message>
        <location filename="../src/core/simulatedenvironment.cpp" line="+29"/>
        <source>Simulated environment — not a customer tenant</source>
        <translation>Environnement simulé — pas un locataire client</translation>
    </message>
</context>
<context>
    <name>dwh::ReportContent</name>
    <message>
        <location filename="../src/report/reportcontent.cpp" line="+27"/>
        <location line="+17"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check found nothing to fix.</source>
        <translation>Le contrôle n&apos;a rien trouvé à corriger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is blocked or broken until this is fixed.</source>
        <translation>La double écriture est bloquée ou défaillante tant que ce point n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write works, but review this before going live.</source>
        <translation>La double écriture fonctionne, mais examinez ce point avant la mise en production.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be read, so the check could not be judged; the finding says why.</source>
        <translation>Les données n&apos;ont pas pu être lues, le contrôle n&apos;a donc pas pu être évalué ; le constat en donne la raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check did not run; the report says why.</source>
        <translation>Le contrôle n&apos;a pas été exécuté ; le rapport en donne la raison.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prerequisite health check</source>
        <translation>Contrôle d&apos;intégrité des prérequis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microsoft&apos;s description: %1</source>
        <translation>Description de Microsoft : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action needed: %1 of %2 checks failed.</source>
        <translation>Action requise : %1 contrôles sur %2 ont échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: %1 of %2 checks could not be evaluated.</source>
        <translation>Incomplet : %1 contrôles sur %2 n&apos;ont pas pu être évalués.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed with warnings: %1 of %2 checks need a review before going live.</source>
        <translation>Réussi avec des avertissements : %1 contrôles sur %2 doivent être examinés avant la mise en production.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy: every check passed.</source>
        <translation>Intègre : tous les contrôles ont réussi.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>… and %1 more (all of them are in the JSON report).</source>
        <translation>… et %1 de plus (tous figurent dans le rapport JSON).</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDetails</name>
    <message>
        <location filename="../src/report/detaillabels.cpp" line="+18"/>
        <source>Below the consent threshold</source>
        <translation>Sous le seuil de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the security update</source>
        <translation>Sous la mise à jour de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud-hosted</source>
        <translation>Hébergé dans le cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to be cloud-hosted because</source>
        <translation>Identifié comme hébergé dans le cloud, car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent threshold</source>
        <translation>Seuil de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core version</source>
        <translation>Version de Dual Write Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations user</source>
        <translation>Utilisateur des applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy application required</source>
        <translation>Application héritée requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Non obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release notes</source>
        <translation>Notes de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required roles</source>
        <translation>Rôles requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security update minimum</source>
        <translation>Minimum de la mise à jour de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrators</source>
        <translation>Administrateurs système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique name</source>
        <translation>Nom unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
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
        <translation>Assemblys sans étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>En dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit ID</source>
        <translation>ID de division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team</source>
        <translation>Équipe par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled steps</source>
        <translation>Étapes désactivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O project configurations</source>
        <translation>Configurations de projet F&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync limit</source>
        <translation>Limite de la synchronisation initiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translation>Entités juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity count</source>
        <translation>Nombre d&apos;entités juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link basis</source>
        <translation>Fondement du lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked projects</source>
        <translation>Projets liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked URL</source>
        <translation>URL liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync limit</source>
        <translation>Limite de la synchronisation en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed</source>
        <translation>Mal formé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units</source>
        <translation>Divisions mappées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units not read</source>
        <translation>Divisions mappées non lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing assemblies</source>
        <translation>Assemblys manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in Dataverse</source>
        <translation>Absent de Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed (records left out of the report, per list)</source>
        <translation>Non listés (enregistrements omis du rapport, par liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>Possédés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection readable</source>
        <translation>Sélection lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Administrateur système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>ID d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With team</source>
        <translation>Avec équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without team</source>
        <translation>Sans équipe</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDiff</name>
    <message>
        <location filename="../src/history/reportdiff.cpp" line="+143"/>
        <source>Changes from the run of %1 to the run of %2: %3
</source>
        <translation>Changements entre l&apos;exécution du %1 et celle du %2 : %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New findings</source>
        <translation>Nouveaux constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Corrigés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
</context>
<context>
    <name>dwh::ReportWriter</name>
    <message>
        <location filename="../src/report/reportwriter.cpp" line="+45"/>
        <source>unknown report format &quot;%1&quot;</source>
        <translation>format de rapport inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot write to stdout</source>
        <translation>impossible d&apos;écrire sur stdout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write: %2</source>
        <translation>%1 : impossible d&apos;écrire : %2</translation>
    </message>
</context>
<context>
    <name>dwh::Rules</name>
    <message>
        <location filename="../src/rules/catalogue.cpp" line="+22"/>
        <source>In finance and operations apps, open Data management &gt; Dual-write and stop all table maps.</source>
        <translation>Dans les applications de finances et d&apos;opérations, ouvrez Gestion des données &gt; Double écriture et arrêtez tous les mappages de tables.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know what the reset deletes before you start: the dual-write runtime configuration (finance and operations tables DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition, and the Dataverse table Dual Write Runtime Configurations) and all dual-write configuration data: table maps, integration keys, legal-entity mapping, alert settings, activity logs and initial-sync history.</source>
        <translation>Sachez ce que la réinitialisation supprime avant de commencer : la configuration d&apos;exécution de la double écriture (tables de finances et d&apos;opérations DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration et BusinessEventsDefinition, et table Dataverse Dual Write Runtime Configurations) et toutes les données de configuration de la double écriture : mappages de tables, clés d&apos;intégration, mappage des entités juridiques, paramètres d&apos;alerte, journaux d&apos;activité et historique de synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select Reset link. Choose Power Platform Link Dataverse Environment (recommended), select Acknowledge Reset (and Force Reset if maps were still running), select the legal entities, review the health check page and finish the wizard.</source>
        <translation>Sélectionnez Réinitialiser le lien. Choisissez Power Platform Link Dataverse Environment (recommandé), sélectionnez Acknowledge Reset (et Force Reset si des mappages étaient encore en cours d&apos;exécution), sélectionnez les entités juridiques, examinez la page du contrôle d&apos;intégrité et terminez l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the reset, apply the dual-write solutions again (Apply Solution), start the table maps and run the initial synchronization where needed.</source>
        <translation>Après la réinitialisation, appliquez de nouveau les solutions de double écriture (Appliquer la solution), démarrez les mappages de tables et exécutez la synchronisation initiale si nécessaire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Microsoft Dataverse connection used by dual-write is missing or not connected.</source>
        <translation>Dans le portail des créateurs Power Apps (https://make.powerapps.com), ouvrez l&apos;environnement lié à la double écriture et vérifiez Connexions : la connexion Microsoft Dataverse utilisée par la double écriture est manquante ou non connectée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Finance and Operations apps (Dynamics 365) connection used by dual-write is missing or not connected.</source>
        <translation>Dans le portail des créateurs Power Apps (https://make.powerapps.com), ouvrez l&apos;environnement lié à la double écriture et vérifiez Connexions : la connexion Finance and Operations apps (Dynamics 365) utilisée par la double écriture est manquante ou non connectée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection in an error state can sometimes be repaired by signing in again from its Connections entry; a deleted connection can only be recreated by resetting the dual-write link.</source>
        <translation>Une connexion en état d&apos;erreur peut parfois être réparée en se reconnectant depuis son entrée dans Connexions ; une connexion supprimée ne peut être recréée qu&apos;en réinitialisant le lien de double écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the dual-write link so that its Dataverse APIHub connection is created again.</source>
        <translation>Réinitialisez le lien de double écriture afin que sa connexion APIHub Dataverse soit recréée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the dual-write link so that its finance and operations APIHub connection is created again.</source>
        <translation>Réinitialisez le lien de double écriture afin que sa connexion APIHub de finances et d&apos;opérations soit recréée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the Dual-write page in finance and operations apps, select Environment details and review the Legal entities tab.</source>
        <translation>Sur la page Double écriture des applications de finances et d&apos;opérations, sélectionnez Détails de l&apos;environnement et examinez l&apos;onglet Entités juridiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the Company (cdm_company) table in Dataverse: every legal entity listed for dual-write must have a Company row with the same company code.</source>
        <translation>Comparez-le avec la table Société (cdm_company) dans Dataverse : chaque entité juridique listée pour la double écriture doit avoir une ligne Société avec le même code société.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the legal entities in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities): every legal entity listed for dual-write must exist there.</source>
        <translation>Comparez-le avec les entités juridiques des applications de finances et d&apos;opérations (Administration d&apos;organisation &gt; Organisations &gt; Entités juridiques) : chaque entité juridique listée pour la double écriture doit y exister.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 1: remove the mismatched legal entities (listed in this result) from the dual-write configuration.</source>
        <translation>Option 1 : retirez de la configuration de la double écriture les entités juridiques non concordantes (listées dans ce résultat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option 2: reset the dual-write link (see the reset article) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 2 : réinitialisez le lien de double écriture (voir l&apos;article sur la réinitialisation) et sélectionnez uniquement des entités juridiques qui existent des deux côtés. Une réinitialisation supprime les mappages de tables, les clés d&apos;intégration, le mappage des entités juridiques et la configuration d&apos;exécution ; appliquez ensuite de nouveau les solutions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the legal entities selected for dual-write match the companies in Dataverse.</source>
        <translation>Faites correspondre les entités juridiques sélectionnées pour la double écriture aux sociétés de Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the legal entities selected for dual-write match the legal entities in finance and operations apps.</source>
        <translation>Faites correspondre les entités juridiques sélectionnées pour la double écriture aux entités juridiques des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In finance and operations apps, stop all dual-write table maps.</source>
        <translation>Dans les applications de finances et d&apos;opérations, arrêtez tous les mappages de tables de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data entity DualWriteProjectConfigurationEntity in the Excel add-in (enable design mode and add the entity to a sheet).</source>
        <translation>Ouvrez l&apos;entité de données DualWriteProjectConfigurationEntity dans le complément Excel (activez le mode création et ajoutez l&apos;entité à une feuille).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the rows listed in this result (there are two rows per table map) and publish; publishing deletes them from the DualWriteProjectConfiguration tables.</source>
        <translation>Supprimez les lignes listées dans ce résultat (il y a deux lignes par mappage de table) et publiez ; la publication les supprime des tables DualWriteProjectConfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no configuration pointing at another Dataverse environment remains, then restart the table maps.</source>
        <translation>Vérifiez qu&apos;il ne reste aucune configuration pointant vers un autre environnement Dataverse, puis redémarrez les mappages de tables.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop all dual-write table maps in finance and operations apps.</source>
        <translation>Arrêtez tous les mappages de tables de double écriture dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, open Advanced Settings &gt; Advanced Find and look for DualWrite Runtime Configuration (Dual Write Runtime Configurations).</source>
        <translation>Dans Dataverse, ouvrez Paramètres avancés &gt; Recherche avancée et recherchez DualWrite Runtime Configuration (Dual Write Runtime Configurations).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Results, select the stale rows listed in this result and delete them.</source>
        <translation>Sélectionnez Résultats, sélectionnez les lignes obsolètes listées dans ce résultat et supprimez-les.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the finance and operations cleanup of DualWriteProjectConfigurationEntity so that no stale configuration remains on either side, then restart the table maps.</source>
        <translation>Répétez le nettoyage de DualWriteProjectConfigurationEntity côté finances et opérations afin qu&apos;il ne reste aucune configuration obsolète d&apos;un côté ni de l&apos;autre, puis redémarrez les mappages de tables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dual-write runtime configurations in Dataverse that no longer belong to the current link.</source>
        <translation>Supprimez les configurations d&apos;exécution de la double écriture dans Dataverse qui n&apos;appartiennent plus au lien actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the finance and operations dual-write project configurations that point at another Dataverse environment.</source>
        <translation>Supprimez les configurations de projet de double écriture des applications de finances et d&apos;opérations qui pointent vers un autre environnement Dataverse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the root business unit&apos;s default team with the query GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (the team and business unit are named in this result).</source>
        <translation>Trouvez l&apos;équipe par défaut de la division racine avec la requête GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (l&apos;équipe et la division sont nommées dans ce résultat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option 1: open a ticket with Microsoft Support to update the connection details, giving the default team of the root business unit (its id and name are in this result).</source>
        <translation>Option 1 : ouvrez un ticket auprès du support Microsoft pour mettre à jour les détails de connexion, en indiquant l&apos;équipe par défaut de la division racine (son ID et son nom figurent dans ce résultat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 2: reset the dual-write link (see the reset article). A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Option 2 : réinitialisez le lien de double écriture (voir l&apos;article sur la réinitialisation). Une réinitialisation supprime les mappages de tables, les clés d&apos;intégration, le mappage des entités juridiques et la configuration d&apos;exécution ; appliquez ensuite de nouveau les solutions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a default owning team on every company that syncs with dual-write.</source>
        <translation>Sélectionnez une équipe propriétaire par défaut pour chaque société synchronisée par la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Power Apps maker portal (https://make.powerapps.com).</source>
        <translation>Ouvrez le portail des créateurs Power Apps (https://make.powerapps.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the environment that has the dual-write link to your finance and operations apps environment.</source>
        <translation>Sélectionnez l&apos;environnement qui possède le lien de double écriture vers votre environnement d&apos;applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tables list, then the Company table.</source>
        <translation>Ouvrez la liste Tables, puis la table Société.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Default owning team column isn&apos;t shown, show it.</source>
        <translation>Si la colonne Équipe propriétaire par défaut n&apos;est pas affichée, affichez-la.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Have the dual-write connection details updated to the renamed default team: open a ticket with Microsoft Support asking them to update the connection details, or reset the link, which reads them again.</source>
        <translation>Faites mettre à jour les détails de connexion de double écriture avec l&apos;équipe par défaut renommée : ouvrez un ticket auprès du support Microsoft pour lui demander de mettre à jour les détails de connexion, ou réinitialisez le lien, ce qui les relit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set a Default owning team for every company listed in this result: the owner team of the company&apos;s own business unit (created with the company&apos;s name when it was enabled for dual-write) keeps its records visible to that business unit; dwhealth fix DWDVEV1007 offers it first.</source>
        <translation>Définissez une équipe propriétaire par défaut pour chaque société listée dans ce résultat : l&apos;équipe propriétaire de la division propre à la société (créée avec le nom de la société lors de son activation pour la double écriture) garde ses enregistrements visibles pour cette division ; dwhealth fix DWDVEV1007 la propose en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the selected teams have the needed security roles (Dual-write runtime user, Dual-write app user and roles for the synced tables).</source>
        <translation>Assurez-vous que les équipes sélectionnées disposent des rôles de sécurité nécessaires (Dual-write runtime user, Dual-write app user et rôles des tables synchronisées).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Missing Dataverse APIHub connection, without ConnectionFix support.</source>
        <translation>Connexion APIHub Dataverse manquante, sans prise en charge de ConnectionFix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing finance and operations apps APIHub connection without ConnectionFix support.</source>
        <translation>Connexion APIHub des applications de finances et d&apos;opérations manquante, sans prise en charge de ConnectionFix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company mismatched between dual-write and Dataverse.</source>
        <translation>Société non concordante entre la double écriture et Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company mismatched between dual-write and finance and operations apps.</source>
        <translation>Société non concordante entre la double écriture et les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in Dataverse.</source>
        <translation>Des configurations de double écriture obsolètes sont présentes dans Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in finance and operations apps.</source>
        <translation>Des configurations de double écriture obsolètes sont présentes dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Team name mismatch for Dataverse and dual-write.</source>
        <translation>Nom de l&apos;équipe par défaut non concordant entre Dataverse et la double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team isn&apos;t present in company.</source>
        <translation>L&apos;équipe propriétaire par défaut n&apos;est pas renseignée dans la société.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse is unreachable or refuses the sign-in.</source>
        <translation>Dataverse est injoignable ou refuse la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps are unreachable or refuse the sign-in.</source>
        <translation>Les applications de finances et d&apos;opérations sont injoignables ou refusent la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dual Write Core solution is not installed in Dataverse.</source>
        <translation>La solution Dual Write Core n&apos;est pas installée dans Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dual-write solution is below its required version.</source>
        <translation>Une solution de double écriture est en dessous de sa version requise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prospect to Cash solution is installed; dual-write cannot run side by side with it.</source>
        <translation>La solution Prospect to Cash est installée ; la double écriture ne peut pas fonctionner en parallèle avec elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is below the version Microsoft&apos;s dual-write release notes require.</source>
        <translation>La solution Dual Write Core est inférieure à la version exigée par les notes de publication de la double écriture de Microsoft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user is missing or disabled in Dataverse.</source>
        <translation>Un utilisateur d&apos;application de double écriture est manquant ou désactivé dans Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application dual-write needs is missing from the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Une application nécessaire à la double écriture est absente de la page Applications Microsoft Entra ID des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity is not System administrator in finance and operations apps.</source>
        <translation>L&apos;identité connectée n&apos;est pas Administrateur système dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user lacks the security roles dual-write needs in Dataverse.</source>
        <translation>Un utilisateur d&apos;application de double écriture ne dispose pas des rôles de sécurité dont la double écriture a besoin dans Dataverse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root business unit&apos;s default team or a dual-write company&apos;s default owning team lacks the security roles dual-write needs.</source>
        <translation>L&apos;équipe par défaut de la division racine ou l&apos;équipe propriétaire par défaut d&apos;une société en double écriture ne dispose pas des rôles de sécurité dont la double écriture a besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write plug-in assembly is missing or its steps are disabled.</source>
        <translation>Un assembly de plug-in de double écriture est manquant ou ses étapes sont désactivées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed-in identity is not System Administrator in Dataverse.</source>
        <translation>L&apos;identité connectée n&apos;est pas Administrateur système dans Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Company (cdm_company) table has duplicate or blank names.</source>
        <translation>La table Société (cdm_company) contient des noms en double ou vides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More legal entities are selected for dual-write than it supports.</source>
        <translation>Plus d&apos;entités juridiques sont sélectionnées pour la double écriture que celle-ci n&apos;en prend en charge.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Install the Dual Write Core solution in the Dataverse environment.</source>
        <translation>Installez la solution Dual Write Core dans l&apos;environnement Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps (or get &quot;Dual Write Core&quot; from AppSource).</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement et choisissez Applications Dynamics 365 (ou obtenez &quot;Dual Write Core&quot; sur AppSource).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Dual Write Core solution; it carries the DualWriteRegistration.Plugins and DualWriteRuntime.Plugins assemblies.</source>
        <translation>Installez la solution Dual Write Core ; elle contient les assemblys DualWriteRegistration.Plugins et DualWriteRuntime.Plugins.</translation>
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
        <translation>Exécutez de nouveau le contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Upgrade the dual-write solutions listed in this result to at least the required version.</source>
        <translation>Mettez à niveau les solutions de double écriture listées dans ce résultat au moins vers la version requise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps.</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement et choisissez Applications Dynamics 365.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Update the dual-write packages that contain the listed solutions: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) and Dual-write Supply Chain (Dynamics365SupplyChainExtended); see the separated solutions article for the package contents and their order.</source>
        <translation>Mettez à jour les packages de double écriture qui contiennent les solutions listées : Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) et Dual-write Supply Chain (Dynamics365SupplyChainExtended) ; consultez l&apos;article sur les solutions séparées pour le contenu des packages et leur ordre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In finance and operations apps, on the Dual-write page, apply the updated map solutions (Apply Solution) where they show new changes.</source>
        <translation>Dans les applications de finances et d&apos;opérations, sur la page Double écriture, appliquez les solutions de mappage mises à jour (Appliquer la solution) là où elles affichent de nouvelles modifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall the Prospect to Cash solution; dual-write cannot run side by side with the Prospect to Cash Data Integrator.</source>
        <translation>Désinstallez la solution Prospect to Cash ; la double écriture ne peut pas fonctionner en parallèle avec Prospect to Cash Data Integrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop any Prospect to Cash Data Integrator projects.</source>
        <translation>Arrêtez tous les projets Prospect to Cash Data Integrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center or the maker portal (Solutions), delete the ProspectToCash solution.</source>
        <translation>Dans le Centre d&apos;administration Power Platform ou le portail des créateurs (Solutions), supprimez la solution ProspectToCash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the Dual Write Core solution to at least 1.0.24073.3 (the September 2024 security update, mandatory since November 30, 2024).</source>
        <translation>Mettez à jour la solution Dual Write Core vers la version 1.0.24073.3 au moins (la mise à jour de sécurité de septembre 2024, obligatoire depuis le 30 novembre 2024).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) to the current version.</source>
        <translation>Mettez à jour la solution de double écriture &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) vers la version actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same security update needs finance and operations apps on platform update 63 (7.0.7198.188) or 64 (7.0.7279.121) or later.</source>
        <translation>La même mise à jour de sécurité nécessite les applications de finances et d&apos;opérations en mise à jour de plateforme 63 (7.0.7198.188) ou 64 (7.0.7279.121) ou ultérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the applications dual-write needs on the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Inscrivez les applications nécessaires à la double écriture sur la page Applications Microsoft Entra ID des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>Dans les applications de finances et d&apos;opérations, ouvrez Administration système &gt; Paramétrage &gt; Applications Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row for every client id listed in this result, each mapped to an enabled user with the privileges dual-write needs.</source>
        <translation>Ajoutez une ligne pour chaque ID client listé dans ce résultat, chacune mappée à un utilisateur activé disposant des privilèges nécessaires à la double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After granting access, open Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Après avoir accordé l&apos;accès, ouvrez Gestion des données &gt; Paramètres de l&apos;infrastructure &gt; Paramètres de l&apos;entité et sélectionnez Actualiser la liste des entités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the identity that runs the check or links dual-write the System administrator role in finance and operations apps.</source>
        <translation>Attribuez le rôle Administrateur système dans les applications de finances et d&apos;opérations à l&apos;identité qui exécute le contrôle ou qui lie la double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Users &gt; Users and select the user named in this result (for an app registration: the user mapped to its client id on the Microsoft Entra ID applications page).</source>
        <translation>Dans les applications de finances et d&apos;opérations, ouvrez Administration système &gt; Utilisateurs &gt; Utilisateurs et sélectionnez l&apos;utilisateur nommé dans ce résultat (pour une inscription d&apos;application : l&apos;utilisateur mappé à son ID client sur la page Applications Microsoft Entra ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the System administrator role.</source>
        <translation>Attribuez le rôle Administrateur système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking dual-write needs System administrator in both finance and operations apps and Dataverse.</source>
        <translation>La liaison de la double écriture nécessite le rôle Administrateur système à la fois dans les applications de finances et d&apos;opérations et dans Dataverse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign security roles to the dual-write application users in Dataverse.</source>
        <translation>Attribuez des rôles de sécurité aux utilisateurs d&apos;application de double écriture dans Dataverse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select each application user listed in this result (application ids 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) and choose Edit security roles.</source>
        <translation>Sélectionnez chaque utilisateur d&apos;application listé dans ce résultat (ID d&apos;application 00000015-0000-0000-c000-000000000000 et 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) et choisissez Modifier les rôles de sécurité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the Dual-write app user and Dual-write runtime user roles and a role with create, read, write and delete on every table dual-write syncs (or System Administrator).</source>
        <translation>Attribuez les rôles Dual-write app user et Dual-write runtime user, ainsi qu&apos;un rôle disposant des droits de création, lecture, écriture et suppression sur chaque table synchronisée par la double écriture (ou System Administrator).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign security roles to the root business unit&apos;s default team and to the dual-write companies&apos; default owning teams.</source>
        <translation>Attribuez des rôles de sécurité à l&apos;équipe par défaut de la division racine et aux équipes propriétaires par défaut des sociétés en double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the Power Platform admin center, open the environment linked to dual-write and, on the Access tab, under Teams, select See all.</source>
        <translation>Connectez-vous au centre d&apos;administration Power Platform, ouvrez l&apos;environnement lié à la double écriture puis, dans l&apos;onglet Accès, sous Équipes, sélectionnez Afficher tout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select each team named in this result (the root business unit&apos;s default team has the business unit&apos;s name) and choose Manage security roles.</source>
        <translation>Sélectionnez chaque équipe nommée dans ce résultat (l&apos;équipe par défaut de la division racine porte le nom de la division) et choisissez Gérer les rôles de sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Dual-write runtime user, Dual-write app user and a role that can read every table dual-write syncs (built-in, such as Salesperson, or custom; the global address book needs a custom role for Party, Postal Address and the related tables).</source>
        <translation>Attribuez Dual-write runtime user, Dual-write app user et un rôle pouvant lire chaque table synchronisée par la double écriture (intégré, comme Salesperson, ou personnalisé ; le carnet d&apos;adresses global nécessite un rôle personnalisé pour Party, Postal Address et les tables associées).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team without any role makes dual-write&apos;s writes fail with &quot;Principal team … is missing prvRead… privilege&quot;; run the health check again after assigning the roles.</source>
        <translation>Une équipe sans aucun rôle fait échouer les écritures de la double écriture avec « Principal team … is missing prvRead… privilege » ; réexécutez le contrôle d&apos;intégrité après avoir attribué les rôles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or enable the dual-write application users in Dataverse.</source>
        <translation>Créez ou activez les utilisateurs d&apos;application de double écriture dans Dataverse.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement, puis Paramètres &gt; Utilisateurs + autorisations &gt; Utilisateurs d&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure an enabled application user exists for the application id 00000015-0000-0000-c000-000000000000 (finance and operations apps; not needed in customer-managed cloud-hosted environments) and for 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</source>
        <translation>Assurez-vous qu&apos;un utilisateur d&apos;application activé existe pour l&apos;ID d&apos;application 00000015-0000-0000-c000-000000000000 (applications de finances et d&apos;opérations ; non nécessaire dans les environnements hébergés dans le cloud gérés par le client) et pour 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both users the Dual-write app user role and a role with create, read, write and delete on every dual-write table.</source>
        <translation>Attribuez aux deux utilisateurs le rôle Dual-write app user et un rôle disposant des droits de création, lecture, écriture et suppression sur chaque table de double écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore and enable the dual-write plug-in assemblies and their steps.</source>
        <translation>Restaurez et activez les assemblys de plug-in de double écriture et leurs étapes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an assembly is missing, install or update the Dual Write Core solution, which carries DualWriteRegistration.Plugins and DualWriteRuntime.Plugins.</source>
        <translation>Si un assembly est manquant, installez ou mettez à jour la solution Dual Write Core, qui contient DualWriteRegistration.Plugins et DualWriteRuntime.Plugins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If steps are disabled, enable them (for example with the Plug-in Registration Tool: select each disabled step of the listed assemblies and choose Enable).</source>
        <translation>Si des étapes sont désactivées, activez-les (par exemple avec le Plug-in Registration Tool : sélectionnez chaque étape désactivée des assemblys listés et choisissez Enable).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the identity that runs the check or links dual-write the System Administrator role in Dataverse.</source>
        <translation>Attribuez le rôle Administrateur système dans Dataverse à l&apos;identité qui exécute le contrôle ou qui lie la double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions (Users or Application users).</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement, puis Paramètres &gt; Utilisateurs + autorisations (Utilisateurs ou Utilisateurs d&apos;application).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the identity named in this result and assign the System Administrator security role.</source>
        <translation>Sélectionnez l&apos;identité nommée dans ce résultat et attribuez-lui le rôle de sécurité Administrateur système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write also needs System administrator in finance and operations apps and Microsoft Entra tenant admin credentials.</source>
        <translation>La liaison de la double écriture nécessite aussi le rôle Administrateur système dans les applications de finances et d&apos;opérations et des informations d&apos;identification d&apos;administrateur de locataire Microsoft Entra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give every Company (cdm_company) row in Dataverse a unique, non-blank name.</source>
        <translation>Donnez à chaque ligne Société (cdm_company) de Dataverse un nom unique et non vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Apps maker portal, open Tables &gt; Company and show the Name and Company code columns.</source>
        <translation>Dans le portail des créateurs Power Apps, ouvrez Tables &gt; Société et affichez les colonnes Nom et Code société.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or remove the rows listed in this result so that no two rows share a name (ignoring letter case) and no row has a blank name.</source>
        <translation>Renommez ou supprimez les lignes listées dans ce résultat afin qu&apos;aucune paire de lignes ne partage un nom (sans tenir compte de la casse) et qu&apos;aucune ligne n&apos;ait un nom vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link or reset dual-write again; the link fails with &quot;Saving connection set failed! An item with the same key has already been added.&quot; while duplicates remain.</source>
        <translation>Liez ou réinitialisez de nouveau la double écriture ; la liaison échoue avec &quot;Saving connection set failed! An item with the same key has already been added.&quot; tant que des doublons subsistent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select fewer legal entities for dual-write.</source>
        <translation>Sélectionnez moins d&apos;entités juridiques pour la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization supports at most 40 legal entities; live synchronization supports at most 250.</source>
        <translation>La synchronisation initiale prend en charge au plus 40 entités juridiques ; la synchronisation en direct en prend en charge au plus 250.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync.</source>
        <translation>Sur la page Double écriture, sous Détails de l&apos;environnement &gt; Entités juridiques, retirez les entités juridiques qui n&apos;ont pas besoin d&apos;être synchronisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 40 legal entities, run the initial synchronization in batches of at most 40 legal entities.</source>
        <translation>Au-delà de 40 entités juridiques, exécutez la synchronisation initiale par lots d&apos;au plus 40 entités juridiques.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make sure dwhealth can sign in to Dataverse and read the dual-write tables.</source>
        <translation>Assurez-vous que dwhealth peut se connecter à Dataverse et lire les tables de double écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s Dataverse URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Vérifiez l&apos;URL Dataverse, le locataire et l&apos;ID client du profil, ainsi que le secret client ou la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, make sure the identity is an enabled (application) user of the environment with a security role that can read solutions, companies, business units, teams, users, plug-ins and dual-write runtime configurations (System Administrator is simplest).</source>
        <translation>Dans le Centre d&apos;administration Power Platform, assurez-vous que l&apos;identité est un utilisateur (d&apos;application) activé de l&apos;environnement, avec un rôle de sécurité pouvant lire les solutions, les sociétés, les divisions, les équipes, les utilisateurs, les plug-ins et les configurations d&apos;exécution de la double écriture (Administrateur système est le plus simple).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>If the service throttled the requests, wait a few minutes and run the check again.</source>
        <translation>Si le service a limité les requêtes (throttling), patientez quelques minutes et exécutez de nouveau le contrôle.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make sure dwhealth can sign in to finance and operations apps and read its data entities.</source>
        <translation>Assurez-vous que dwhealth peut se connecter aux applications de finances et d&apos;opérations et lire leurs entités de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s finance and operations URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Vérifiez l&apos;URL de finances et d&apos;opérations, le locataire et l&apos;ID client du profil, ainsi que le secret client ou la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, register the client id on the Microsoft Entra ID applications page (System administration &gt; Setup) and map it to a user that can read LegalEntities and DualWriteProjectConfigurations.</source>
        <translation>Dans les applications de finances et d&apos;opérations, inscrivez l&apos;ID client sur la page Applications Microsoft Entra ID (Administration système &gt; Paramétrage) et associez-le à un utilisateur pouvant lire LegalEntities et DualWriteProjectConfigurations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure dwhealth can list the connections of the Power Platform environment.</source>
        <translation>Assurez-vous que dwhealth peut lister les connexions de l&apos;environnement Power Platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s environment id (or powerPlatform.url) and the sign-in for https://api.powerplatform.com.</source>
        <translation>Vérifiez l&apos;ID d&apos;environnement (ou powerPlatform.url) du profil et la connexion pour https://api.powerplatform.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the identity access to the environment&apos;s connections (for example as an environment admin) and run the check again.</source>
        <translation>Donnez à l&apos;identité l&apos;accès aux connexions de l&apos;environnement (par exemple en tant qu&apos;administrateur de l&apos;environnement) et exécutez de nouveau le contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure dwhealth can read the environment from the Power Platform admin API, which says which finance and operations environment it is linked to.</source>
        <translation>Assurez-vous que dwhealth peut lire l&apos;environnement depuis l&apos;API d&apos;administration Power Platform, qui indique à quel environnement des applications de finances et d&apos;opérations il est lié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an identity that is a Power Platform administrator or a Dynamics 365 administrator (a service principal must be registered as a Power Platform management application).</source>
        <translation>Connectez-vous avec une identité qui est administrateur Power Platform ou administrateur Dynamics 365 (un principal de service doit être inscrit comme application de gestion Power Platform).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, dwhealth judges the link from the finance and operations project configurations alone and says so in the report.</source>
        <translation>Sans cela, dwhealth évalue le lien à partir des seules configurations de projet des applications de finances et d&apos;opérations et l&apos;indique dans le rapport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make sure dwhealth can sign in with Microsoft Entra ID.</source>
        <translation>Assurez-vous que dwhealth peut se connecter avec Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profile&apos;s tenant id, authority and client id, and the client secret or sign-in.</source>
        <translation>Vérifiez l&apos;ID de locataire, l&apos;autorité et l&apos;ID client du profil, ainsi que le secret client ou la connexion.</translation>
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
        <translation>aucun statut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 connections (%2) disagree: connected: %3; not connected: %4. The connection the dual-write link uses is not exposed by a documented API, so it may be one that is not connected. Open them under Connections in the Power Apps maker portal and fix the ones that are not connected.</source>
        <translation>Les connexions %1 (%2) ne concordent pas : connectées : %3 ; non connectées : %4. La connexion utilisée par le lien de double écriture n&apos;est exposée par aucune API documentée ; il peut donc s&apos;agir d&apos;une connexion non connectée. Ouvrez-les sous Connexions dans le portail des créateurs Power Apps et corrigez celles qui ne sont pas connectées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every %1 connection (%2) is connected: %3.</source>
        <translation>Toutes les connexions %1 (%2) sont connectées : %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) is Connected in environment %3; found in another state: %4.</source>
        <translation>Aucune connexion pour %1 (%2) n&apos;est à l&apos;état Connected dans l&apos;environnement %3 ; trouvée dans un autre état : %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) exists in environment %3.</source>
        <translation>Aucune connexion pour %1 (%2) n&apos;existe dans l&apos;environnement %3.</translation>
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
        <translation>les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location filename="../src/rules/depbusinessunit.cpp" line="+124"/>
        <source>business unit &quot;%1&quot; (companies %2) has %3 default teams</source>
        <translation>la division &quot;%1&quot; (sociétés %2) a %3 équipes par défaut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the default team &quot;%1&quot; of business unit &quot;%2&quot; (companies %3)</source>
        <translation>l&apos;équipe par défaut &quot;%1&quot; de la division &quot;%2&quot; (sociétés %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The business units mapped to the dual-write companies could not be checked: %1</source>
        <translation>Les divisions mappées aux sociétés en double écriture n&apos;ont pas pu être contrôlées : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default teams of the companies&apos; business units (%1) have their units&apos; names too.</source>
        <translation>Les équipes par défaut des divisions des sociétés (%1) portent elles aussi le nom de leur division.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not named as their business unit: %1. If one of these business units is the one mapped to its legal entity on the Dual-write page, initial synchronization fails for it (the mapping itself cannot be read through a documented API).</source>
        <translation>Ne portent pas le nom de leur division : %1. Si l&apos;une de ces divisions est celle mappée à son entité juridique sur la page Double écriture, la synchronisation initiale échoue pour elle (le mappage lui-même ne peut pas être lu par une API documentée).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dataverse returned no root business unit (a business unit without a parent).</source>
        <translation>Dataverse n&apos;a renvoyé aucune division racine (une division sans parent).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataverse returned %1 business units without a parent, expected exactly one: %2.</source>
        <translation>Dataverse a renvoyé %1 divisions sans parent, alors qu&apos;une seule était attendue : %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No default team was found for the root business unit &quot;%1&quot; (%2).</source>
        <translation>Aucune équipe par défaut n&apos;a été trouvée pour la division racine &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 default teams were found for the root business unit &quot;%2&quot; (%3), expected exactly one.</source>
        <translation>%1 équipes par défaut ont été trouvées pour la division racine &quot;%2&quot; (%3), alors qu&apos;une seule était attendue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The default team of the root business unit &quot;%1&quot; has the same name (team %2).</source>
        <translation>L&apos;équipe par défaut de la division racine &quot;%1&quot; porte le même nom (équipe %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) differs from its name only in letter case.</source>
        <translation>L&apos;équipe par défaut &quot;%1&quot; (%2) de la division racine &quot;%3&quot; (%4) ne diffère de son nom que par la casse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) is not named as the business unit.</source>
        <translation>L&apos;équipe par défaut &quot;%1&quot; (%2) de la division racine &quot;%3&quot; (%4) ne porte pas le nom de la division.</translation>
    </message>
    <message>
        <location filename="../src/rules/depcompany.cpp" line="-106"/>
        <location filename="../src/rules/prereqcompanies.cpp" line="+109"/>
        <location filename="../src/rules/securityroles.cpp" line="+249"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Les entités juridiques sélectionnées pour la double écriture sont inconnues : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Legal entities selected for dual-write but missing in Dataverse cdm_company: %1</source>
        <translation>Entités juridiques sélectionnées pour la double écriture mais absentes de cdm_company dans Dataverse : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal entities selected for dual-write but missing in finance and operations apps LegalEntities: %1</source>
        <translation>Entités juridiques sélectionnées pour la double écriture mais absentes de LegalEntities dans les applications de finances et d&apos;opérations : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No legal entities are selected for dual-write.</source>
        <translation>Aucune entité juridique n&apos;est sélectionnée pour la double écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in Dataverse cdm_company: %1</source>
        <translation>Chaque entité juridique sélectionnée pour la double écriture existe dans cdm_company de Dataverse : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in finance and operations apps LegalEntities: %1</source>
        <translation>Chaque entité juridique sélectionnée pour la double écriture existe dans LegalEntities des applications de finances et d&apos;opérations : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The legal entities selected on the Dual-write page cannot be read through a documented API, so a selected legal entity without a cdm_company row cannot be seen. Companies enabled for dual-write in Dataverse: %1. List the selection in the profile (dualWrite.legalEntities) or pick it in the wizard to check it.</source>
        <translation>Les entités juridiques sélectionnées sur la page Double écriture ne peuvent pas être lues par une API documentée ; une entité juridique sélectionnée sans ligne cdm_company ne peut donc pas être détectée. Sociétés activées pour la double écriture dans Dataverse : %1. Indiquez la sélection dans le profil (dualWrite.legalEntities) ou choisissez-la dans l&apos;assistant pour la contrôler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+36"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Companies selected for dual-write without a default owning team: %1.</source>
        <translation>Sociétés sélectionnées pour la double écriture sans équipe propriétaire par défaut : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every company selected for dual-write in Dataverse has a default owning team (companies checked: %1).</source>
        <translation>Chaque société sélectionnée pour la double écriture dans Dataverse a une équipe propriétaire par défaut (sociétés contrôlées : %1).</translation>
    </message>
    <message>
        <location filename="../src/rules/depstale.cpp" line="+127"/>
        <source>Finance and operations holds no dual-write project configurations, so none is stale.</source>
        <translation>Les applications de finances et d&apos;opérations ne contiennent aucune configuration de projet de double écriture ; aucune n&apos;est donc obsolète.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (no environment URL)</source>
        <translation>%1 (aucune URL d&apos;environnement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (points at %2)</source>
        <translation>%1 (pointe vers %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finance and operations dual-write project configurations with no environment URL: %1.</source>
        <translation>Configurations de projet de double écriture des applications de finances et d&apos;opérations sans URL d&apos;environnement : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell whether the other configurations are stale: the linked Dataverse environment is not known. %1</source>
        <translation>Impossible de déterminer si les autres configurations sont obsolètes : l&apos;environnement Dataverse lié n&apos;est pas connu. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+88"/>
        <source>(Link: %1)</source>
        <translation>(Lien : %1)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Finance and operations dual-write project configurations that do not point at the linked Dataverse environment %1: %2.</source>
        <translation>Configurations de projet de double écriture des applications de finances et d&apos;opérations qui ne pointent pas vers l&apos;environnement Dataverse lié %1 : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every finance and operations dual-write project configuration points at the linked Dataverse environment %1 (configurations: %2).</source>
        <translation>Chaque configuration de projet de double écriture des applications de finances et d&apos;opérations pointe vers l&apos;environnement Dataverse lié %1 (configurations : %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every Dataverse dual-write runtime configuration belongs to the current link (configurations: %1).</source>
        <translation>Chaque configuration d&apos;exécution de double écriture de Dataverse appartient au lien actuel (configurations : %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finance and operations returned no dual-write project configurations, so these Dataverse runtime configurations are either stale (no link) or belong to maps this sign-in cannot see in finance and operations: %1. Check the table maps on the Dual-write page before deleting anything.</source>
        <translation>Les applications de finances et d&apos;opérations n&apos;ont renvoyé aucune configuration de projet de double écriture ; ces configurations d&apos;exécution Dataverse sont donc soit obsolètes (aucun lien), soit liées à des mappages que cette connexion ne peut pas voir dans les applications de finances et d&apos;opérations : %1. Vérifiez les mappages de tables sur la page Double écriture avant de supprimer quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell which Dataverse runtime configurations are stale: the linked Dataverse environment is not known. %1 Runtime configurations: %2.</source>
        <translation>Impossible de déterminer quelles configurations d&apos;exécution Dataverse sont obsolètes : l&apos;environnement Dataverse lié n&apos;est pas connu. %1 Configurations d&apos;exécution : %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No finance and operations project configuration points at %1, yet Dataverse holds dual-write runtime configurations (no link): %2.</source>
        <translation>Aucune configuration de projet des applications de finances et d&apos;opérations ne pointe vers %1, pourtant Dataverse contient des configurations d&apos;exécution de double écriture (aucun lien) : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataverse dual-write runtime configurations that no finance and operations project configuration of the current link matches: %1.</source>
        <translation>Configurations d&apos;exécution de double écriture de Dataverse auxquelles aucune configuration de projet de finances et d&apos;opérations du lien actuel ne correspond : %1.</translation>
    </message>
    <message>
        <location filename="../src/rules/preflight.cpp" line="+1"/>
        <source>a user in Dataverse</source>
        <translation>un utilisateur dans Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an application user in the environment.</source>
        <translation>Pour une inscription d&apos;application : un utilisateur d&apos;application dans l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User role</source>
        <translation>Rôle de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Administrator in Dataverse</source>
        <translation>Administrateur système dans Dataverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finances et opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user in finance and operations</source>
        <translation>un utilisateur dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an entry on the Microsoft Entra ID applications page.</source>
        <translation>Pour une inscription d&apos;application : une entrée sur la page Applications Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ApiHub connections</source>
        <translation>Connexions ApiHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read access to Power Platform connections</source>
        <translation>accès en lecture aux connexions Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment admin or Power Platform administrator can read them.</source>
        <translation>Un administrateur de l&apos;environnement ou un administrateur Power Platform peut les lire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can run</source>
        <translation>Exécutable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs %1</source>
        <translation>Nécessite %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not tell</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused with HTTP %1</source>
        <translation>refusé avec HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dataverse was not signed in to</source>
        <translation>Pas de connexion établie à Dataverse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no security role</source>
        <translation>aucun rôle de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>rôles : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n legal entities readable</source>
        <translation>
            <numerusform>%n entité juridique lisible</numerusform>
            <numerusform>%n entités juridiques lisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connections readable</source>
        <translation>
            <numerusform>%n connexion lisible</numerusform>
            <numerusform>%n connexions lisibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rules/prereqaccess.cpp" line="+28"/>
        <source>Could not sign in to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted the sign-in but denied access: %2</source>
        <translation>%1 a accepté la connexion mais a refusé l&apos;accès : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the requests beyond the retry budget: %2</source>
        <translation>%1 a limité les requêtes au-delà du budget de nouvelles tentatives : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 n&apos;a pas pu être joint : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered with a server error: %2</source>
        <translation>%1 a répondu avec une erreur de serveur : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was cancelled before %1 answered: %2</source>
        <translation>L&apos;exécution a été annulée avant que %1 ne réponde : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1 a rejeté la requête : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not queried in this run.</source>
        <translation>%1 n&apos;a pas été interrogé lors de cette exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that could not be read: %2</source>
        <translation>%1 a donné une réponse illisible : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataverse answered WhoAmI without a user or organization id.</source>
        <translation>Dataverse a répondu à WhoAmI sans ID d&apos;utilisateur ni d&apos;organisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in to Dataverse %1 as user %2 (organization %3).</source>
        <translation>Connecté à Dataverse %1 en tant qu&apos;utilisateur %2 (organisation %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to finance and operations apps %1 (legal entities read: %2).</source>
        <translation>Connecté aux applications de finances et d&apos;opérations %1 (entités juridiques lues : %2).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-62"/>
        <source>company code &quot;%1&quot; (%2)</source>
        <translation>code société &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; (company codes %2)</source>
        <translation>&quot;%1&quot; (codes société %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every company (cdm_company) row has a unique, non-blank name (rows checked: %1).</source>
        <translation>Chaque ligne Société (cdm_company) a un nom unique et non vide (lignes contrôlées : %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company (cdm_company) rows share a name: %1.</source>
        <translation>Des lignes Société (cdm_company) partagent un nom : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Company (cdm_company) rows with a blank name: %1.</source>
        <translation>Lignes Société (cdm_company) avec un nom vide : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write fails on them with &quot;An item with the same key has already been added&quot;.</source>
        <translation>La liaison de la double écriture échoue sur celles-ci avec &quot;An item with the same key has already been added&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal entities selected for dual-write: %1; live synchronization supports at most %2.</source>
        <translation>Entités juridiques sélectionnées pour la double écriture : %1 ; la synchronisation en direct en prend en charge au plus %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal entities selected for dual-write: %1; initial synchronization supports at most %2 at a time.</source>
        <translation>Entités juridiques sélectionnées pour la double écriture : %1 ; la synchronisation initiale en prend en charge au plus %2 à la fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal entities selected for dual-write: %1 (at most %2 for initial synchronization, %3 for live synchronization).</source>
        <translation>Entités juridiques sélectionnées pour la double écriture : %1 (au plus %2 pour la synchronisation initiale, %3 pour la synchronisation en direct).</translation>
    </message>
    <message>
        <location filename="../src/rules/dualwriteapps.cpp" line="+12"/>
        <source>Finance and operations apps</source>
        <translation>Applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqfoidentity.cpp" line="-112"/>
        <source>Dual-write</source>
        <translation>Double écriture</translation>
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
        <translation>Double écriture (Dual Write Core antérieur à 1.0.16.0)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Finance and operations apps answered SysAADClientTables, but no row has a client id column; the entries cannot be judged.</source>
        <translation>Les applications de finances et d&apos;opérations ont répondu pour SysAADClientTables, mais aucune ligne ne comporte de colonne d&apos;ID client ; les entrées ne peuvent pas être évaluées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not registered on the Microsoft Entra ID applications page of finance and operations apps: %1.</source>
        <translation>Non inscrites sur la page Applications Microsoft Entra ID des applications de finances et d&apos;opérations : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write applications are registered on the Microsoft Entra ID applications page: %1.</source>
        <translation>Les applications de double écriture sont inscrites sur la page Applications Microsoft Entra ID : %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not judged for a delegated sign-in: finance and operations apps expose no &quot;who am I&quot; to find the account&apos;s user. System administrators: %1.</source>
        <translation>Non évalué pour une connexion déléguée : les applications de finances et d&apos;opérations n&apos;exposent pas de &quot;who am I&quot; permettant de trouver l&apos;utilisateur du compte. Administrateurs système : %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client id %1 has no user on the Microsoft Entra ID applications page as read, so its roles in finance and operations apps cannot be judged.</source>
        <translation>L&apos;ID client %1 n&apos;a aucun utilisateur sur la page Applications Microsoft Entra ID telle que lue ; ses rôles dans les applications de finances et d&apos;opérations ne peuvent donc pas être évalués.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who has the System administrator role.</source>
        <translation>L&apos;application connectée %1 s&apos;exécute en tant qu&apos;utilisateur %2 des applications de finances et d&apos;opérations, qui dispose du rôle Administrateur système.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who does not have the System administrator role; linking and resetting dual-write need it.</source>
        <translation>L&apos;application connectée %1 s&apos;exécute en tant qu&apos;utilisateur %2 des applications de finances et d&apos;opérations, qui ne dispose pas du rôle Administrateur système ; la liaison et la réinitialisation de la double écriture l&apos;exigent.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqidentity.cpp" line="-93"/>
        <source>no user for %1, which a customer-managed cloud-hosted environment does not need (the finance and operations host %2 is under cloudax.dynamics.com)</source>
        <translation>aucun utilisateur pour %1, ce dont un environnement hébergé dans le cloud géré par le client n&apos;a pas besoin (l&apos;hôte %2 des applications de finances et d&apos;opérations se trouve sous cloudax.dynamics.com)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No application user exists for application id %1 (%2).</source>
        <translation>Aucun utilisateur d&apos;application n&apos;existe pour l&apos;ID d&apos;application %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is required: the environment is not known to be a customer-managed cloud-hosted one (the finance and operations host is not under cloudax.dynamics.com).</source>
        <translation>Il est requis : l&apos;environnement n&apos;est pas identifié comme un environnement hébergé dans le cloud géré par le client (l&apos;hôte des applications de finances et d&apos;opérations ne se trouve pas sous cloudax.dynamics.com).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The application user &quot;%1&quot; (%2) for application id %3 (%4) is disabled.</source>
        <translation>L&apos;utilisateur d&apos;application &quot;%1&quot; (%2) pour l&apos;ID d&apos;application %3 (%4) est désactivé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The dual-write application users exist and are enabled: %1.</source>
        <translation>Les utilisateurs d&apos;application de double écriture existent et sont activés : %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (steps: %2)</source>
        <translation>%1 (étapes : %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plug-in assemblies not registered in Dataverse: %1.</source>
        <translation>Assemblys de plug-in non inscrits dans Dataverse : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug-in assemblies without any processing step: %1.</source>
        <translation>Assemblys de plug-in sans aucune étape de traitement : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled plug-in steps: %1.</source>
        <translation>Étapes de plug-in désactivées : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write plug-in assemblies are registered and all their steps are enabled: %1.</source>
        <translation>Les assemblys de plug-in de double écriture sont inscrits et toutes leurs étapes sont activées : %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The signed-in identity (user %1) has the System Administrator role in Dataverse.</source>
        <translation>L&apos;identité connectée (utilisateur %1) a le rôle Administrateur système dans Dataverse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signed-in identity (user %1) has no security role in Dataverse; System Administrator is required.</source>
        <translation>L&apos;identité connectée (utilisateur %1) n&apos;a aucun rôle de sécurité dans Dataverse ; le rôle Administrateur système est requis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity (user %1) does not have the System Administrator role in Dataverse; its roles: %2.</source>
        <translation>L&apos;identité connectée (utilisateur %1) n&apos;a pas le rôle Administrateur système dans Dataverse ; ses rôles : %2.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqsolutions.cpp" line="+76"/>
        <source>The Dual Write Core solution is not installed in Dataverse (looked for the unique names %1).</source>
        <translation>La solution Dual Write Core n&apos;est pas installée dans Dataverse (noms uniques recherchés : %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dual Write Core solution is installed: %1.</source>
        <translation>La solution Dual Write Core est installée : %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2, requires %3</source>
        <translation>%1 en version %2, requiert %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports version &quot;%2&quot;</source>
        <translation>%1 indique la version &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write solutions below their required version: %1.</source>
        <translation>Solutions de double écriture en dessous de leur version requise : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compare versions that are not dotted numbers: %1.</source>
        <translation>Impossible de comparer des versions qui ne sont pas des nombres séparés par des points : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the versioned dual-write solutions is installed.</source>
        <translation>Aucune des solutions de double écriture versionnées n&apos;est installée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed dual-write solutions meet their required versions: %1.</source>
        <translation>Les solutions de double écriture installées atteignent leurs versions requises : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not installed: %1.</source>
        <translation>Non installées : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Prospect to Cash solution (ProspectToCash) is not installed.</source>
        <translation>La solution Prospect to Cash (ProspectToCash) n&apos;est pas installée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution (%1, version %2) is installed; dual-write cannot run side by side with it.</source>
        <translation>La solution Prospect to Cash (%1, version %2) est installée ; la double écriture ne peut pas fonctionner en parallèle avec elle.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-46"/>
        <location filename="../src/rules/rulehelpers.cpp" line="+45"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../src/rules/rulehelpers.cpp" line="+73"/>
        <source>not fetched in this run</source>
        <translation>non récupéré lors de cette exécution</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the signed-in identity (WhoAmI)</source>
        <translation>l&apos;identité connectée (WhoAmI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed-in identity&apos;s security roles (systemuserroles_association)</source>
        <translation>les rôles de sécurité de l&apos;identité connectée (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed solutions (solutions)</source>
        <translation>les solutions installées (solutions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Company table (cdm_companies)</source>
        <translation>la table Société (cdm_companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root business unit (businessunits)</source>
        <translation>la division racine (businessunits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (teams)</source>
        <translation>l&apos;équipe par défaut de la division racine (teams)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dual-write application users (systemusers)</source>
        <translation>les utilisateurs d&apos;application de double écriture (systemusers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in assemblies (pluginassemblies)</source>
        <translation>les assemblys de plug-in de double écriture (pluginassemblies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in steps (sdkmessageprocessingsteps)</source>
        <translation>les étapes de plug-in de double écriture (sdkmessageprocessingsteps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write runtime configurations (msdyn_dualwriteruntimeconfigs)</source>
        <translation>les configurations d&apos;exécution de double écriture (msdyn_dualwriteruntimeconfigs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal entities (LegalEntities)</source>
        <translation>les entités juridiques (LegalEntities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write project configurations (DualWriteProjectConfigurations)</source>
        <translation>les configurations de projet de double écriture (DualWriteProjectConfigurations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment&apos;s connections (connections)</source>
        <translation>les connexions de l&apos;environnement (connections)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment and its linked finance and operations app (Power Platform admin API)</source>
        <translation>l&apos;environnement et ses applications de finances et d&apos;opérations liées (API d&apos;administration Power Platform)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business units (businessunits)</source>
        <translation>les divisions (businessunits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner teams (teams)</source>
        <translation>les équipes propriétaires (teams)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Microsoft Entra ID applications page (SysAADClientTables; this entity is not documented as exposed over OData, so an answer 404 means it is not exposed or not readable)</source>
        <translation>la page Applications Microsoft Entra ID (SysAADClientTables ; cette entité n&apos;est pas documentée comme exposée via OData, donc une réponse 404 signifie qu&apos;elle n&apos;est pas exposée ou pas lisible)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the System administrator role assignments (SecurityUserRoleAssociations)</source>
        <translation>les attributions du rôle Administrateur système (SecurityUserRoleAssociations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the organization&apos;s plug-in trace setting (organizations)</source>
        <translation>le paramètre de suivi des plug-ins de l&apos;organisation (organizations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in&apos;s trace log (plugintracelogs)</source>
        <translation>le journal de suivi du plug-in de double écriture (plugintracelogs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write application users&apos; security roles (systemuserroles_association)</source>
        <translation>les rôles de sécurité des utilisateurs d&apos;application de double écriture (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the owner teams&apos; security roles (teamroles_association)</source>
        <translation>les rôles de sécurité des équipes propriétaires (teamroles_association)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1 from %2: %3</source>
        <translation>Impossible de lire %1 depuis %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/rules/ruleset.cpp" line="+43"/>
        <source>Dataverse can be reached and signed in to</source>
        <translation>Dataverse est joignable et la connexion réussit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance and operations apps can be reached and signed in to</source>
        <translation>Les applications de finances et d&apos;opérations sont joignables et la connexion réussit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write core solution was found</source>
        <translation>La solution principale de double écriture a été trouvée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dual-write solutions are at their required versions</source>
        <translation>Les solutions de double écriture sont à leurs versions requises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is at the version Microsoft&apos;s release notes require</source>
        <translation>La solution Dual Write Core est à la version exigée par les notes de publication de Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution is not installed</source>
        <translation>La solution Prospect to Cash n&apos;est pas installée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dual-write application users exist in Dataverse and are enabled</source>
        <translation>Les utilisateurs d&apos;application de double écriture existent dans Dataverse et sont activés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write application users have the security roles dual-write needs</source>
        <translation>Les utilisateurs d&apos;application de double écriture disposent des rôles de sécurité dont la double écriture a besoin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write registration and runtime plugins are enabled</source>
        <translation>Les plug-ins d&apos;inscription et d&apos;exécution de la double écriture sont activés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write applications are registered in finance and operations apps</source>
        <translation>Les applications de double écriture sont inscrites dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed-in identity is System Administrator in Dataverse</source>
        <translation>L&apos;identité connectée est Administrateur système dans Dataverse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed-in identity is System administrator in finance and operations apps</source>
        <translation>L&apos;identité connectée est Administrateur système dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company names in Dataverse are unique and not blank</source>
        <translation>Les noms des sociétés dans Dataverse sont uniques et non vides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of dual-write legal entities is within the limits</source>
        <translation>Le nombre d&apos;entités juridiques de double écriture respecte les limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataverse APIHub connection is connected</source>
        <translation>La connexion APIHub Dataverse est connectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finance and operations apps APIHub connection is connected</source>
        <translation>La connexion APIHub des applications de finances et d&apos;opérations est connectée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist as companies in Dataverse</source>
        <translation>Les entités juridiques de double écriture existent en tant que sociétés dans Dataverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist in finance and operations apps</source>
        <translation>Les entités juridiques de double écriture existent dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stale dual-write configurations in Dataverse</source>
        <translation>Aucune configuration de double écriture obsolète dans Dataverse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stale dual-write configurations in finance and operations apps</source>
        <translation>Aucune configuration de double écriture obsolète dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default teams of the root and mapped business units have their business units&apos; names</source>
        <translation>Les équipes par défaut de la division racine et des divisions mappées portent le nom de leur division</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dual-write companies have a default owning team</source>
        <translation>Les sociétés de double écriture ont une équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root team and the companies&apos; owning teams have the security roles dual-write needs</source>
        <translation>L&apos;équipe racine et les équipes propriétaires des sociétés disposent des rôles de sécurité dont la double écriture a besoin</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This check has no implementation in this version.</source>
        <translation>Ce contrôle n&apos;a pas d&apos;implémentation dans cette version.</translation>
    </message>
    <message>
        <location filename="../src/rules/linkasread.cpp" line="+21"/>
        <source>not read in this run</source>
        <translation>non lu lors de cette exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The Power Platform admin API says environment %1 is linked to the finance and operations environment %2, not to the profile&apos;s %3.</source>
        <translation>L&apos;API d&apos;administration Power Platform indique que l&apos;environnement %1 est lié à l&apos;environnement %2 des applications de finances et d&apos;opérations, et non à l&apos;environnement %3 du profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 is the Dataverse environment %2, but the profile&apos;s Dataverse URL is %3.</source>
        <translation>L&apos;API d&apos;administration Power Platform indique que l&apos;environnement %1 est l&apos;environnement Dataverse %2, mais l&apos;URL Dataverse du profil est %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 (%2) is linked to the finance and operations environment %3.</source>
        <translation>L&apos;API d&apos;administration Power Platform indique que l&apos;environnement %1 (%2) est lié à l&apos;environnement %3 des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither the Power Platform admin API (%1) nor the finance and operations project configurations could be read.</source>
        <translation>Ni l&apos;API d&apos;administration Power Platform (%1) ni les configurations de projet des applications de finances et d&apos;opérations n&apos;ont pu être lues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>no linked app</source>
        <translation>aucune application liée</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Finance and operations returned no dual-write project configurations, and the Power Platform admin API named no linked app (%1).</source>
        <translation>Les applications de finances et d&apos;opérations n&apos;ont renvoyé aucune configuration de projet de double écriture, et l&apos;API d&apos;administration Power Platform n&apos;a nommé aucune application liée (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none linked</source>
        <translation>aucune liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finance and operations project configuration names a Dataverse environment.</source>
        <translation>Aucune configuration de projet des applications de finances et d&apos;opérations ne désigne un environnement Dataverse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finance and operations project configuration points at the profile&apos;s Dataverse URL %1; they point at %2. Either the profile names another environment than the link, or every configuration is stale.</source>
        <translation>Aucune configuration de projet des applications de finances et d&apos;opérations ne pointe vers l&apos;URL Dataverse du profil %1 ; elles pointent vers %2. Soit le profil désigne un autre environnement que celui du lien, soit toutes les configurations sont obsolètes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every finance and operations project configuration points at %1.</source>
        <translation>Toutes les configurations de projet des applications de finances et d&apos;opérations pointent vers %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s Dataverse URL %1, which some finance and operations project configurations point at (others point at %2); the Power Platform admin API could not confirm the link (%3).</source>
        <translation>L&apos;URL Dataverse du profil %1, vers laquelle pointent certaines configurations de projet des applications de finances et d&apos;opérations (d&apos;autres pointent vers %2) ; l&apos;API d&apos;administration Power Platform n&apos;a pas pu confirmer le lien (%3).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcoreversion.cpp" line="+48"/>
        <source>Not run: the Dual Write Core solution is not installed (see prereq.dual-write-core, DWHC0201).</source>
        <translation>Non exécuté : la solution de double écriture Dual Write Core n&apos;est pas installée (voir prereq.dual-write-core, DWHC0201).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version of %1 (&quot;%2&quot;) cannot be compared with the documented minimum %3.</source>
        <translation>La version de %1 (&quot;%2&quot;) ne peut pas être comparée au minimum documenté %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is at or above %3, the minimum of Microsoft&apos;s September 2024 dual-write security update.</source>
        <translation>%1 %2 est supérieure ou égale à %3, le minimum de la mise à jour de sécurité de double écriture de Microsoft de septembre 2024.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is below %3. Microsoft&apos;s dual-write release notes (September 2024 security update, %4) made %3 mandatory by %5; below it the dual-write pause and resume and alert features don&apos;t work.</source>
        <translation>%1 %2 est inférieure à %3. Les notes de publication de la double écriture de Microsoft (mise à jour de sécurité de septembre 2024, %4) ont rendu %3 obligatoire à compter du %5 ; en dessous, les fonctionnalités de pause, de reprise et d&apos;alerte de la double écriture ne fonctionnent pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is even below %1: the tenant still needs the dual-write app consent and the 33976c19-1db5-4c02-810e-c243db79efde application.</source>
        <translation>Elle est même inférieure à %1 : le locataire a encore besoin du consentement de l&apos;application de double écriture et de l&apos;application 33976c19-1db5-4c02-810e-c243db79efde.</translation>
    </message>
    <message>
        <location filename="../src/rules/detailsreader.cpp" line="+13"/>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a count</source>
        <translation>%1 n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../src/rules/securityroles.cpp" line="-92"/>
        <source>Without any security role (Dataverse refuses dual-write&apos;s writes for them): %1.</source>
        <translation>Sans aucun rôle de sécurité (Dataverse refuse pour eux les écritures de la double écriture) : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not judged: %1.</source>
        <translation>Non évalués : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the roles Microsoft&apos;s security-roles article (updated January 15, 2026) asks for: %1. A custom role may grant the same privileges; dwhealth does not read privileges.</source>
        <translation>Sans les rôles demandés par l&apos;article de Microsoft sur les rôles de sécurité (mis à jour le 15 janvier 2026) : %1. Un rôle personnalisé peut accorder les mêmes privilèges ; dwhealth ne lit pas les privilèges.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lacks %2 (its roles: %3)</source>
        <translation>il manque %2 à %1 (ses rôles : %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the service returned only part of its roles)</source>
        <translation>%1 (le service n&apos;a renvoyé qu&apos;une partie de ses rôles)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the application user &quot;%1&quot; (%2)</source>
        <translation>l&apos;utilisateur d&apos;application « %1 » (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dual-write application user exists in Dataverse, so no roles could be checked (prereq.app-users says which are missing).</source>
        <translation>Aucun utilisateur d&apos;application de double écriture n&apos;existe dans Dataverse ; aucun rôle n&apos;a donc pu être vérifié (prereq.app-users indique lesquels manquent).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write application users have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>Les utilisateurs d&apos;application de double écriture disposent de System Administrator ou des rôles Dual-write app user et Dual-write runtime user : %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the root business unit&apos;s default team (not found)</source>
        <translation>l&apos;équipe par défaut de la division racine (introuvable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team</source>
        <translation>l&apos;équipe par défaut de la division racine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owning team of %1</source>
        <translation>l&apos;équipe propriétaire de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (also the owning team of %1)</source>
        <translation>l&apos;équipe par défaut de la division racine (également l&apos;équipe propriétaire de %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (not among the owner teams read)</source>
        <translation>%1 %2 (ne fait pas partie des équipes propriétaires lues)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The root business unit&apos;s default team and the dual-write companies&apos; owning teams have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>L&apos;équipe par défaut de la division racine et les équipes propriétaires des sociétés en double écriture disposent de System Administrator ou des rôles Dual-write app user et Dual-write runtime user : %1.</translation>
    </message>
</context>
<context>
    <name>dwh::SaveFile</name>
    <message>
        <location filename="../src/core/savefile.cpp" line="+34"/>
        <source>disk quota exceeded or file too large (%1)</source>
        <translation>quota de disque dépassé ou fichier trop volumineux (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no space left on the device (%1)</source>
        <translation>plus d&apos;espace disponible sur le périphérique (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::Scenarios</name>
    <message>
        <location filename="../src/sim/scenariotexts.cpp" line="+12"/>
        <source>Two Dataverse connections: one Connected, one in Error; which one the link uses is not exposed.</source>
        <translation>Deux connexions Dataverse : l&apos;une Connected, l&apos;autre en Error ; celle qu&apos;utilise le lien n&apos;est pas exposée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse connection of the environment is in status Error.</source>
        <translation>La connexion Dataverse de l&apos;environnement est à l&apos;état Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF has no cdm_companies row in Dataverse.</source>
        <translation>L&apos;entité juridique sélectionnée DEMF n&apos;a pas de ligne cdm_companies dans Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two Dataverse runtime configurations have no matching F&amp;O project configuration.</source>
        <translation>Deux configurations d&apos;exécution Dataverse n&apos;ont pas de configuration de projet F&amp;O correspondante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write company DEMF has no default owning team.</source>
        <translation>La société de double écriture DEMF n&apos;a pas d&apos;équipe propriétaire par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Finance and Operations connection of the environment was deleted.</source>
        <translation>La connexion Finance and Operations de l&apos;environnement a été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF is missing from the F&amp;O LegalEntities.</source>
        <translation>L&apos;entité juridique sélectionnée DEMF est absente des LegalEntities F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two F&amp;O project configurations point at another Dataverse environment.</source>
        <translation>Deux configurations de projet F&amp;O pointent vers un autre environnement Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team was renamed.</source>
        <translation>L&apos;équipe par défaut de la division racine a été renommée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Dataverse request answers 503 Service Unavailable.</source>
        <translation>Chaque requête Dataverse répond 503 Service Unavailable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O request answers 500 Internal Server Error.</source>
        <translation>Chaque requête F&amp;O répond 500 Internal Server Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual Write Core solution is not installed.</source>
        <translation>La solution Dual Write Core n&apos;est pas installée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics365Company 2.0.2.10 and Dynamics365FinanceExtended 1.0.0.0 are below the required versions.</source>
        <translation>Dynamics365Company 2.0.2.10 et Dynamics365FinanceExtended 1.0.0.0 sont en dessous des versions requises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prospect to Cash solution is installed.</source>
        <translation>La solution Prospect to Cash est installée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core is below 1.0.24073.3, the minimum of the September 2024 security update.</source>
        <translation>Dual Write Core est inférieure à 1.0.24073.3, le minimum de la mise à jour de sécurité de septembre 2024.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) is disabled.</source>
        <translation>L&apos;utilisateur d&apos;application Dynamics Data Integration (2e49aa60-…) est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of DualWriteRuntime.Plugins is disabled.</source>
        <translation>Une étape de DualWriteRuntime.Plugins est désactivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write application (6f7d0213-…) is missing from the F&amp;O Microsoft Entra ID applications page.</source>
        <translation>L&apos;application de double écriture (6f7d0213-…) est absente de la page Applications Microsoft Entra ID de F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application user has no System Administrator role.</source>
        <translation>L&apos;utilisateur d&apos;application connecté n&apos;a pas le rôle Administrateur système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application runs as an F&amp;O user without the System administrator role.</source>
        <translation>L&apos;application connectée s&apos;exécute en tant qu&apos;utilisateur F&amp;O sans le rôle Administrateur système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) has no security role.</source>
        <translation>L&apos;utilisateur d&apos;application Dynamics Data Integration (2e49aa60-…) n&apos;a aucun rôle de sécurité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team has no security role.</source>
        <translation>L&apos;équipe par défaut de la division racine n&apos;a aucun rôle de sécurité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two cdm_companies rows have the same name.</source>
        <translation>Deux lignes cdm_companies portent le même nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41 legal entities are selected for dual-write (initial sync supports 40).</source>
        <translation>41 entités juridiques sont sélectionnées pour la double écriture (la synchronisation initiale en prend en charge 40).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but F&amp;O does not expose SysAADClientTables over OData (404): DWHC0305 and DWHC0402 are unknown, not pass.</source>
        <translation>Intègre, mais F&amp;O n&apos;expose pas SysAADClientTables via OData (404) : DWHC0305 et DWHC0402 sont inconnus, et non réussis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the dual-write plug-in logged errors of several kinds in the last 24 hours (and older ones, and another plug-in&apos;s): dwhealth errors --since 24h groups them by cause.</source>
        <translation>Liaison saine, mais le plug-in de double écriture a consigné des erreurs de plusieurs types au cours des dernières 24 heures (ainsi que des plus anciennes, et celles d&apos;un autre plug-in) : dwhealth errors --since 24h les regroupe par cause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O returns no dual-write project configurations while Dataverse holds runtime configurations.</source>
        <translation>F&amp;O ne renvoie aucune configuration de projet de double écriture alors que Dataverse contient des configurations d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant where every check passes.</source>
        <translation>Un locataire où tous les contrôles réussissent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tenant: ~3000 companies (30 selected), ~6000 teams, ~3000 legal entities, ~2000 maps.</source>
        <translation>Un grand locataire : ~3000 sociétés (30 sélectionnées), ~6000 équipes, ~3000 entités juridiques, ~2000 mappages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Platform admin API says the Dataverse environment is linked to another F&amp;O environment.</source>
        <translation>L&apos;API d&apos;administration Power Platform indique que l&apos;environnement Dataverse est lié à un autre environnement F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but solutions answers a cut-off JSON body: the checks that need it are unknown.</source>
        <translation>Sain, mais solutions renvoie un corps JSON tronqué : les contrôles qui en ont besoin sont inconnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default team of USMF&apos;s business unit was renamed; the root business unit&apos;s is fine.</source>
        <translation>L&apos;équipe par défaut de la division de USMF a été renommée ; celle de la division racine est correcte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps in every state: running, paused (Queueing), not running (Disabled) and one running map without its Dataverse runtime configuration (error); a few recent errors.</source>
        <translation>Mappages de table dans tous les états : en cours d&apos;exécution, en pause (Queueing), arrêté (Disabled) et un mappage en cours d&apos;exécution sans sa configuration d&apos;exécution Dataverse (erreur) ; quelques erreurs récentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but Dataverse refuses to read the security roles of users and teams (403): DWHC0403 and DWHC0404 are unknown, not pass.</source>
        <translation>Intègre, mais Dataverse refuse de lire les rôles de sécurité des utilisateurs et des équipes (403) : DWHC0403 et DWHC0404 sont inconnus, pas réussis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile does not list the dual-write legal entities, and no documented API exposes the selection.</source>
        <translation>Le profil ne liste pas les entités juridiques en double écriture, et aucune API documentée n&apos;expose la sélection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, with 200 ms latency on every response.</source>
        <translation>Sain, avec 200 ms de latence sur chaque réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMF&apos;s default owning team has a role for the synced tables but not the Dual-write app user role.</source>
        <translation>L&apos;équipe propriétaire par défaut de DEMF a un rôle pour les tables synchronisées, mais pas le rôle Dual-write app user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but the first request of several datasets answers 429 with Retry-After 1.</source>
        <translation>Sain, mais la première requête de plusieurs jeux de données répond 429 avec Retry-After 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the signed-in identity may not read the plug-in trace log (403): the Dataverse errors are unknown and the missing right is named.</source>
        <translation>Liaison saine, mais l&apos;identité connectée n&apos;est pas autorisée à lire le journal de suivi des plug-ins (403) : les erreurs Dataverse sont inconnues et le droit manquant est indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O project configuration points at another Dataverse environment than the profile&apos;s, and nothing confirms the link.</source>
        <translation>Chaque configuration de projet F&amp;O pointe vers un autre environnement Dataverse que celui du profil, et rien ne confirme le lien.</translation>
    </message>
</context>
<context>
    <name>dwh::ServiceClient</name>
    <message>
        <location filename="../src/net/serviceclient.cpp" line="+181"/>
        <source>%1: no sign-in is configured</source>
        <translation>%1 : aucune connexion n&apos;est configurée</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>%1: the request failed</source>
        <translation>%1 : la requête a échoué</translation>
    </message>
</context>
<context>
    <name>dwh::Symptoms</name>
    <message>
        <location filename="../src/troubleshoot/symptomtexts.cpp" line="+12"/>
        <source>The Dual-write module does not load in finance and operations apps</source>
        <translation>Le module Double écriture ne se charge pas dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data integration service is probably down.</source>
        <translation>Le service d&apos;intégration de données est probablement hors service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure finance and operations apps and Dataverse themselves respond (run the health check), so that the problem is narrowed down to the data integration service.</source>
        <translation>Vérifiez que les applications de finances et d&apos;opérations et Dataverse répondent eux-mêmes (exécutez le contrôle d&apos;intégrité), afin de circonscrire le problème au service d&apos;intégration de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a support ticket to request a restart of the data integration service.</source>
        <translation>Créez un ticket de support pour demander le redémarrage du service d&apos;intégration de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the data integration service; these checks only rule out the environments themselves.</source>
        <translation>Le contrôle d&apos;intégrité ne voit pas le service d&apos;intégration de données ; ces contrôles écartent seulement un problème des environnements eux-mêmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>401 (Unauthorized) when you create a new table map</source>
        <translation>401 (Unauthorized) lors de la création d&apos;un mappage de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the user who set up the dual-write connection can create a table map; the map was created as another user.</source>
        <translation>Seul l&apos;utilisateur qui a configuré la connexion de double écriture peut créer un mappage de table ; le mappage a été créé par un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to finance and operations apps as the user who set up the dual-write connection and create the table map again.</source>
        <translation>Connectez-vous aux applications de finances et d&apos;opérations avec l&apos;utilisateur qui a configuré la connexion de double écriture, puis recréez le mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other users with the system administrator role can monitor the status and edit existing mappings, but cannot add new table maps.</source>
        <translation>Les autres utilisateurs ayant le rôle d&apos;administrateur système peuvent surveiller l&apos;état et modifier les mappages existants, mais ne peuvent pas ajouter de nouveaux mappages de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same user that set up dual-write.</source>
        <translation>Le même utilisateur que celui qui a configuré la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login.microsoftonline.com refused to connect (dual-write user interface)</source>
        <translation>login.microsoftonline.com a refusé de se connecter (interface utilisateur de double écriture)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser blocks the sign-in page inside the dual-write user interface, typically because third-party cookies are blocked.</source>
        <translation>Le navigateur bloque la page de connexion dans l&apos;interface utilisateur de double écriture, généralement parce que les cookies tiers sont bloqués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in by using an InPrivate window in Microsoft Edge, an incognito window in Chromium, or an incognito window in Google Chrome.</source>
        <translation>Connectez-vous dans une fenêtre InPrivate de Microsoft Edge, une fenêtre de navigation privée de Chromium ou une fenêtre de navigation privée de Google Chrome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock or clear third-party cookies, then open Dual-write from the Data management workspace again.</source>
        <translation>Débloquez ou effacez les cookies tiers, puis rouvrez Double écriture depuis l&apos;espace de travail Gestion des données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This happens in the browser; no dwhealth check can detect it.</source>
        <translation>Cela se produit dans le navigateur ; aucun contrôle dwhealth ne peut le détecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (tokenexchange) when you link the environments or add a table map</source>
        <translation>403 (tokenexchange) lors de la liaison des environnements ou de l&apos;ajout d&apos;un mappage de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have sufficient permissions to link dual-write or create maps.</source>
        <translation>Vous ne disposez pas des autorisations suffisantes pour lier la double écriture ou créer des mappages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset without unlinking dual-write.</source>
        <translation>L&apos;environnement Dataverse a été réinitialisé sans dissocier la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments as a user with the system administrator role in both Finance and Operations apps and Dataverse.</source>
        <translation>Liez les environnements avec un utilisateur ayant le rôle d&apos;administrateur système à la fois dans les applications de finances et d&apos;opérations et dans Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new table maps as the user who set up the dual-write connection; after setup, any user with the system administrator role can monitor the status and edit the mappings.</source>
        <translation>Ajoutez les nouveaux mappages de table avec l&apos;utilisateur qui a configuré la connexion de double écriture ; après la configuration, tout utilisateur ayant le rôle d&apos;administrateur système peut surveiller l&apos;état et modifier les mappages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Dataverse environment was reset without unlinking dual-write, the link still points at the environment as it was: stop all table maps, reset the dual-write link (Reset link) and apply the solutions again.</source>
        <translation>Si l&apos;environnement Dataverse a été réinitialisé sans dissocier la double écriture, le lien pointe toujours vers l&apos;environnement tel qu&apos;il était : arrêtez tous les mappages de table, réinitialisez le lien de double écriture (Réinitialiser le lien) et appliquez de nouveau les solutions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you open a support ticket, include the Session ID and Root activity ID of the message.</source>
        <translation>Si vous ouvrez un ticket de support, indiquez l&apos;ID de session et l&apos;ID d&apos;activité racine du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator in both Finance and Operations apps and Dataverse.</source>
        <translation>Administrateur système à la fois dans les applications de finances et d&apos;opérations et dans Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root activity ID</source>
        <translation>ID d&apos;activité racine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 Forbidden when you stop a table map</source>
        <translation>403 Forbidden lors de l&apos;arrêt d&apos;un mappage de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The linked Dataverse environment isn&apos;t available.</source>
        <translation>L&apos;environnement Dataverse lié n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a ticket for the Data Integration team.</source>
        <translation>Créez un ticket pour l&apos;équipe Data Integration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the network trace of the failing action (for example a HAR file saved from the browser&apos;s developer tools), so that the Data Integration team can mark the maps as Not running in the back end.</source>
        <translation>Joignez la trace réseau de l&apos;action qui échoue (par exemple un fichier HAR enregistré depuis les outils de développement du navigateur), afin que l&apos;équipe Data Integration puisse marquer les mappages comme Non en cours d&apos;exécution dans le back-end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync or import into finance and operations apps is slow (parallel processing)</source>
        <translation>La synchronisation initiale ou l&apos;importation dans les applications de finances et d&apos;opérations est lente (traitement parallèle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel processing is not configured for the data entity, so imports from customer engagement apps and Dataverse into finance and operations apps do not run as parallel tasks.</source>
        <translation>Le traitement parallèle n&apos;est pas configuré pour l&apos;entité de données ; les importations depuis les applications d&apos;engagement client et Dataverse vers les applications de finances et d&apos;opérations ne s&apos;exécutent donc pas en tâches parallèles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to your Finance and Operations environment.</source>
        <translation>Connectez-vous à votre environnement de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters.</source>
        <translation>Accédez à Gestion des données &gt; Paramètres de structure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Entity settings and select Configure entity execution parameters.</source>
        <translation>Sélectionnez Paramètres d&apos;entité, puis Configurer les paramètres d&apos;exécution de l&apos;entité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the parameters for parallel processing for the entity: Import threshold record count and Import task count.</source>
        <translation>Ajoutez les paramètres de traitement parallèle pour l&apos;entité : Nombre d&apos;enregistrements du seuil d&apos;importation et Nombre de tâches d&apos;importation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Save.</source>
        <translation>Sélectionnez Enregistrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import performance is outside the health check; no dwhealth check covers it.</source>
        <translation>Les performances d&apos;importation sortent du cadre du contrôle d&apos;intégrité ; aucun contrôle dwhealth ne les couvre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A related Microsoft article recommends an import threshold record count of 1000 and an import task count of 8 for some entities; start there and adjust per entity.</source>
        <translation>Un article Microsoft associé recommande, pour certaines entités, un nombre d&apos;enregistrements du seuil d&apos;importation de 1000 et un nombre de tâches d&apos;importation de 8 ; partez de ces valeurs et ajustez-les par entité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import threshold record count</source>
        <translation>Nombre d&apos;enregistrements du seuil d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of records that must be met before parallel processing is enabled.</source>
        <translation>Nombre d&apos;enregistrements à atteindre avant que le traitement parallèle soit activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import task count</source>
        <translation>Nombre de tâches d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of threads (tasks) to run in parallel.</source>
        <translation>Nombre de threads (tâches) à exécuter en parallèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: Unable to build dual-write lookup metadata</source>
        <translation>Échec de la synchronisation initiale : Unable to build dual-write lookup metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping has dependent mappings that are not enabled.</source>
        <translation>Le mappage a des mappages dépendants qui ne sont pas activés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping is missing source or destination columns.</source>
        <translation>Il manque des colonnes source ou de destination dans le mappage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mapping has dependent mappings, enable the dependent mappings of this table mapping.</source>
        <translation>Si le mappage a des mappages dépendants, activez les mappages dépendants de ce mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in the Finance and Operations app is missing, follow Missing table columns issue on maps: Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list, then open the map and choose Refresh tables.</source>
        <translation>S&apos;il manque une colonne dans l&apos;application de finances et d&apos;opérations, suivez la procédure du problème de colonnes de table manquantes dans les mappages : Gestion des données &gt; Paramètres de structure &gt; Paramètres d&apos;entité &gt; Actualiser la liste des entités, puis ouvrez le mappage et choisissez Actualiser les tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in Dataverse is missing, select Refresh tables on the mapping so that the columns are automatically populated back into the mapping.</source>
        <translation>S&apos;il manque une colonne dans Dataverse, sélectionnez Actualiser les tables sur le mappage afin que les colonnes soient automatiquement réintégrées au mappage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the mapping to Running again.</source>
        <translation>Repassez le mappage à l&apos;état En cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message reports a failed plug-in registration: these checks confirm that the dual-write plug-ins and solutions are in place. Dependent maps and columns are not part of the health check.</source>
        <translation>Le message signale un échec d&apos;inscription de plug-in : ces contrôles confirment que les plug-ins et solutions de double écriture sont en place. Les mappages dépendants et les colonnes ne font pas partie du contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 400 Bad Request, AX export encountered an error</source>
        <translation>Échec de la synchronisation initiale : 400 Bad Request, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Microsoft Dynamics 365 Data import export framework service of the finance and operations app is stopped; the initial synchronization requires it.</source>
        <translation>Le service Microsoft Dynamics 365 Data import export framework de l&apos;application de finances et d&apos;opérations est arrêté ; la synchronisation initiale en a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the virtual machine (VM) for the finance and operations app.</source>
        <translation>Connectez-vous à la machine virtuelle (VM) de l&apos;application de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Management Console.</source>
        <translation>Ouvrez la console MMC (Microsoft Management Console).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Services pane, make sure that the Microsoft Dynamics 365 Data import export framework service is running. Restart it if it has been stopped, because the initial synchronization requires it.</source>
        <translation>Dans le volet Services, vérifiez que le service Microsoft Dynamics 365 Data import export framework est en cours d&apos;exécution. Redémarrez-le s&apos;il a été arrêté, car la synchronisation initiale en a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System admin.</source>
        <translation>Administrateur système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the services of the finance and operations VM; the check only rules out sign-in and network problems.</source>
        <translation>Le contrôle d&apos;intégrité ne voit pas les services de la VM de finances et d&apos;opérations ; le contrôle écarte seulement les problèmes de connexion et de réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 403 Forbidden, AX export encountered an error</source>
        <translation>Échec de la synchronisation initiale : 403 Forbidden, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DtAppID client registration on the Microsoft Entra applications page of the finance and operations app no longer grants access for the export.</source>
        <translation>L&apos;inscription du client DtAppID sur la page Applications Microsoft Entra de l&apos;application de finances et d&apos;opérations n&apos;accorde plus l&apos;accès pour l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the finance and operations app.</source>
        <translation>Connectez-vous à l&apos;application de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Microsoft Entra applications page (formerly Azure Active Directory applications), delete the DtAppID client, and then add it again.</source>
        <translation>Sur la page Applications Microsoft Entra (anciennement Applications Azure Active Directory), supprimez le client DtAppID, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial synchronization again.</source>
        <translation>Exécutez de nouveau la synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution has a version mismatch when a table map runs</source>
        <translation>Une solution de double écriture présente une incompatibilité de version lors de l&apos;exécution d&apos;un mappage de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution installed in Dataverse is older than the version that the table map requires.</source>
        <translation>Une solution de double écriture installée dans Dataverse est plus ancienne que la version exigée par le mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the dual-write solutions in Dataverse: in the Power Platform admin center, open the environment, choose Dynamics 365 apps and update the package that contains each solution named in the message.</source>
        <translation>Mettez à jour les solutions de double écriture dans Dataverse : dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement, choisissez Applications Dynamics 365 et mettez à jour le package qui contient chaque solution citée dans le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure to upgrade to the latest solution that matches the required solution version.</source>
        <translation>Veillez à effectuer la mise à niveau vers la dernière solution correspondant à la version de solution exigée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page in finance and operations apps, apply the updated map solutions where they show new changes, then run the table maps again.</source>
        <translation>Sur la page Double écriture des applications de finances et d&apos;opérations, appliquez les solutions de mappage mises à jour là où elles indiquent de nouvelles modifications, puis réexécutez les mappages de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many legal entities: Exceeds the maximum partitions allowed for mapping</source>
        <translation>Trop d&apos;entités juridiques : Exceeds the maximum partitions allowed for mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than about 250 legal entities are linked between the environments; that is the current limit, and the error appears when you enable maps.</source>
        <translation>Plus de 250 entités juridiques environ sont liées entre les environnements ; c&apos;est la limite actuelle, et l&apos;erreur apparaît lorsque vous activez des mappages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync, so that at most 250 remain.</source>
        <translation>Sur la page Double écriture, sous Détails de l&apos;environnement &gt; Entités juridiques, supprimez les entités juridiques qui n&apos;ont pas besoin d&apos;être synchronisées, afin qu&apos;il en reste au plus 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in mind that the initial synchronization supports at most 40 legal entities at a time.</source>
        <translation>N&apos;oubliez pas que la synchronisation initiale prend en charge au plus 40 entités juridiques à la fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the maps again.</source>
        <translation>Réactivez les mappages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving connection set failed: duplicate or blank company names</source>
        <translation>Échec de l&apos;enregistrement du jeu de connexions : noms de sociétés en double ou vides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write does not support several legal entities (companies) with the same name, for example two companies named &quot;DAT&quot; in Dataverse; Company rows with a blank name cause the same error.</source>
        <translation>La double écriture ne prend pas en charge plusieurs entités juridiques (sociétés) portant le même nom, par exemple deux sociétés nommées &quot;DAT&quot; dans Dataverse ; les lignes Société dont le nom est vide provoquent la même erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate records from the cdm_company (Company) table in Dataverse.</source>
        <translation>Supprimez les enregistrements en double de la table cdm_company (Société) dans Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or correct the cdm_company records that have a blank name.</source>
        <translation>Supprimez ou corrigez les enregistrements cdm_company dont le nom est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments again.</source>
        <translation>Liez de nouveau les environnements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to CRM (Dataverse) during setup</source>
        <translation>DW9003 : échec de la connexion à CRM (Dataverse) pendant la configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to Dataverse: the dual-write application users are missing, disabled or lack privileges.</source>
        <translation>Lorsque la double écriture a été configurée depuis Lifecycle Services, son principal de service n&apos;a pas pu se connecter à Dataverse : les utilisateurs d&apos;application de double écriture sont manquants, désactivés ou n&apos;ont pas les privilèges nécessaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement, puis Paramètres &gt; Utilisateurs + autorisations &gt; Utilisateurs d&apos;application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure enabled application users exist for 00000015-0000-0000-c000-000000000000 (Microsoft-managed environments only) and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, with the Dual-write app user role and create, read, write and delete on every dual-write table.</source>
        <translation>Vérifiez qu&apos;il existe des utilisateurs d&apos;application activés pour 00000015-0000-0000-c000-000000000000 (environnements gérés par Microsoft uniquement) et 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, avec le rôle Dual-write app user et les droits de création, lecture, écriture et suppression sur chaque table de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again from Lifecycle Services (Power Platform integration).</source>
        <translation>Exécutez de nouveau la configuration depuis Lifecycle Services (intégration Power Platform).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to AX (finance and operations apps) during setup</source>
        <translation>DW9003 : échec de la connexion à AX (applications de finances et d&apos;opérations) pendant la configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to finance and operations apps: the client id is not registered, or its user is disabled or lacks privileges.</source>
        <translation>Lorsque la double écriture a été configurée depuis Lifecycle Services, son principal de service n&apos;a pas pu se connecter aux applications de finances et d&apos;opérations : l&apos;ID client n&apos;est pas inscrit, ou son utilisateur est désactivé ou n&apos;a pas les privilèges nécessaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>Dans les applications de finances et d&apos;opérations, ouvrez Administration système &gt; Paramétrage &gt; Applications Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the dual-write client ids (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) are listed, each with a user that is enabled and has the right privileges.</source>
        <translation>Vérifiez que les ID client de double écriture (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 et 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) figurent dans la liste, chacun avec un utilisateur activé disposant des privilèges appropriés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (Forbidden) while the dual-write connections are created: no Power Apps licence</source>
        <translation>403 (Forbidden) lors de la création des connexions de double écriture : pas de licence Power Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking creates two Power Apps (ApiHub) connections on behalf of the user in the linked Dataverse environment; without a Power Apps licence their creation fails with 403 (Forbidden).</source>
        <translation>La liaison crée deux connexions Power Apps (ApiHub) au nom de l&apos;utilisateur dans l&apos;environnement Dataverse lié ; sans licence Power Apps, leur création échoue avec 403 (Forbidden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign an appropriate licence (for example, Power Apps Trial 2 Plan) to the user who links dual-write, so that the user has permission to create the connections.</source>
        <translation>Attribuez une licence appropriée (par exemple Power Apps Trial 2 Plan) à l&apos;utilisateur qui lie la double écriture, afin qu&apos;il ait l&apos;autorisation de créer les connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify the licence, open the My account site (https://portal.office.com/account/?ref=MeControl#subscriptions) as that user and view the licences currently assigned.</source>
        <translation>Pour vérifier la licence, ouvrez le site Mon compte (https://portal.office.com/account/?ref=MeControl#subscriptions) avec cet utilisateur et consultez les licences actuellement attribuées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>404 (Not Found) when you open the Dual-write page: app consent missing</source>
        <translation>404 (Not Found) à l&apos;ouverture de la page Double écriture : consentement de l&apos;application manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app consent step is not complete: the app with ID 33976c19-1db5-4c02-810e-c243db79efde is not in the tenant&apos;s Enterprise applications list.</source>
        <translation>L&apos;étape de consentement de l&apos;application n&apos;est pas terminée : l&apos;application d&apos;ID 33976c19-1db5-4c02-810e-c243db79efde ne figure pas dans la liste Applications d&apos;entreprise du locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to portal.azure.com with the tenant admin account and check whether the app with ID 33976c19-1db5-4c02-810e-c243db79efde shows up in the Enterprise applications list.</source>
        <translation>Connectez-vous à portal.azure.com avec le compte d&apos;administrateur du locataire et vérifiez si l&apos;application d&apos;ID 33976c19-1db5-4c02-810e-c243db79efde apparaît dans la liste Applications d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it doesn&apos;t, open https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent with admin credentials and select Accept.</source>
        <translation>Si ce n&apos;est pas le cas, ouvrez https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent avec des informations d&apos;identification d&apos;administrateur et sélectionnez Accepter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If that doesn&apos;t work, open the URL in an InPrivate window of Microsoft Edge or an incognito window of Chrome.</source>
        <translation>Si cela ne fonctionne pas, ouvrez l&apos;URL dans une fenêtre InPrivate de Microsoft Edge ou une fenêtre de navigation privée de Chrome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core 1.0.16.0 or later no longer needs this consent step.</source>
        <translation>Dual Write Core 1.0.16.0 ou version ultérieure n&apos;a plus besoin de cette étape de consentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finance and operations environment is not discoverable</source>
        <translation>L&apos;environnement de finances et d&apos;opérations n&apos;est pas détectable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user who signs in is not in the same tenant as the finance and operations instance.</source>
        <translation>L&apos;utilisateur qui se connecte n&apos;appartient pas au même locataire que l&apos;instance de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legacy Microsoft-hosted finance and operations instance has an issue with discovery.</source>
        <translation>Une ancienne instance de finances et d&apos;opérations hébergée par Microsoft présente un problème de détection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a user of the same Microsoft Entra tenant as the finance and operations instance.</source>
        <translation>Connectez-vous avec un utilisateur du même locataire Microsoft Entra que l&apos;instance de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a legacy Microsoft-hosted instance, update the finance and operations instance; the environment becomes discoverable with any update.</source>
        <translation>Pour une ancienne instance hébergée par Microsoft, mettez à jour l&apos;instance de finances et d&apos;opérations ; l&apos;environnement devient détectable après n&apos;importe quelle mise à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing source field in the schema of a table map</source>
        <translation>Champ source manquant dans le schéma d&apos;un mappage de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map refers to a column that the data entity list of finance and operations apps no longer knows, typically after an upgrade.</source>
        <translation>Le mappage de table fait référence à une colonne que la liste des entités de données des applications de finances et d&apos;opérations ne connaît plus, généralement après une mise à niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Accédez à Gestion des données &gt; Paramètres de structure &gt; Paramètres d&apos;entité et sélectionnez Actualiser la liste des entités.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the entity is listed under Data entities, then open the map from the Dual-write page and select Refresh tables.</source>
        <translation>Vérifiez que l&apos;entité figure sous Entités de données, puis ouvrez le mappage depuis la page Double écriture et sélectionnez Actualiser les tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the field is still missing: Data management &gt; Data entities, find the entity, select Modify target mapping and, in Map staging to target, select Generate mapping.</source>
        <translation>Si le champ manque toujours : Gestion des données &gt; Entités de données, recherchez l&apos;entité, sélectionnez Modifier le mappage cible puis, dans Mapper la zone de transit vers la cible, sélectionnez Générer le mappage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the dual-write map again; if the attribute is still missing, add it with Add attribute, save and run the map.</source>
        <translation>Rouvrez le mappage de double écriture ; si l&apos;attribut manque toujours, ajoutez-le avec Ajouter un attribut, enregistrez et exécutez le mappage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map schemas are not part of the health check.</source>
        <translation>Les schémas des mappages de table ne font pas partie du contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1001: the Dataverse ApiHub connection of dual-write is missing</source>
        <translation>DWDVEV1001 : la connexion ApiHub Dataverse de la double écriture est absente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to Dataverse that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>La connexion Power Apps (ApiHub) à Dataverse utilisée par le lien de double écriture n&apos;existe plus ; elle a probablement été supprimée dans le portail des créateurs Power Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection (Dual-write page &gt; Reset), as Reset dual-write connections describes.</source>
        <translation>Réinitialisez la connexion de double écriture (page Double écriture &gt; Réinitialiser), comme le décrit l&apos;article Réinitialiser les connexions de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check again to confirm that the connection is back.</source>
        <translation>Exécutez à nouveau le contrôle d&apos;intégrité pour confirmer que la connexion est rétablie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1001: the finance and operations ApiHub connection of dual-write is missing</source>
        <translation>DWFOEV1001 : la connexion ApiHub des applications de finances et d&apos;opérations de la double écriture est absente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to finance and operations apps that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>La connexion Power Apps (ApiHub) aux applications de finances et d&apos;opérations utilisée par le lien de double écriture n&apos;existe plus ; elle a probablement été supprimée dans le portail des créateurs Power Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1003: a dual-write legal entity has no company in Dataverse</source>
        <translation>DWDVEV1003 : une entité juridique en double écriture n&apos;a pas de société dans Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity selected on the Dual-write page (Environment details &gt; Legal entities) has no row in the Company (cdm_company) table of Dataverse.</source>
        <translation>Une entité juridique sélectionnée sur la page Double écriture (Détails de l&apos;environnement &gt; Entités juridiques) n&apos;a pas de ligne dans la table Société (cdm_company) de Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the list of mismatched companies from the health check result.</source>
        <translation>Reprenez la liste des sociétés non concordantes dans le résultat du contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either remove those legal entities from the dual-write configuration, or create the missing Company rows in Dataverse.</source>
        <translation>Supprimez ces entités juridiques de la configuration de double écriture, ou créez les lignes Société manquantes dans Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the configuration is beyond repair, reset the dual-write connection.</source>
        <translation>Si la configuration est irréparable, réinitialisez la connexion de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1003: a dual-write legal entity does not exist in finance and operations apps</source>
        <translation>DWFOEV1003 : une entité juridique en double écriture n&apos;existe pas dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity linked for dual-write does not exist as a legal entity in finance and operations apps.</source>
        <translation>Une entité juridique liée pour la double écriture n&apos;existe pas en tant qu&apos;entité juridique dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove those legal entities from the dual-write configuration.</source>
        <translation>Supprimez ces entités juridiques de la configuration de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1004: stale dual-write configurations in Dataverse</source>
        <translation>DWDVEV1004 : configurations de double écriture obsolètes dans Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write runtime configurations (msdyn_dualwriteruntimeconfig) remain in Dataverse from a link that was removed or from another finance and operations environment.</source>
        <translation>Des configurations d&apos;exécution de double écriture (msdyn_dualwriteruntimeconfig) subsistent dans Dataverse, issues d&apos;un lien supprimé ou d&apos;un autre environnement des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the table maps of the current link.</source>
        <translation>Arrêtez les mappages de tables du lien actuel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the Dual Write Runtime Configurations rows that the current link does not own (Advanced Find, or the guided fix).</source>
        <translation>Supprimez les lignes Dual Write Runtime Configurations qui n&apos;appartiennent pas au lien actuel (Recherche avancée, ou la correction guidée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table maps again.</source>
        <translation>Redémarrez les mappages de tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1004: stale dual-write configurations in finance and operations apps</source>
        <translation>DWFOEV1004 : configurations de double écriture obsolètes dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DualWriteProjectConfiguration rows remain in finance and operations apps that point to a Dataverse environment other than the linked one.</source>
        <translation>Des lignes DualWriteProjectConfiguration subsistent dans les applications de finances et d&apos;opérations et pointent vers un environnement Dataverse autre que celui qui est lié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the DualWriteProjectConfiguration rows (and their field configurations) whose external environment URL is not the linked Dataverse (Excel add-in on DualWriteProjectConfigurationEntity, or the guided fix).</source>
        <translation>Supprimez les lignes DualWriteProjectConfiguration (et leurs configurations de champs) dont l&apos;URL d&apos;environnement externe n&apos;est pas le Dataverse lié (complément Excel sur DualWriteProjectConfigurationEntity, ou la correction guidée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1006: the default team is not named as its business unit</source>
        <translation>DWFOEV1006 : l&apos;équipe par défaut ne porte pas le nom de sa division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization makes the default team of the mapped or root business unit the owner of imported rows and expects the team to carry the business unit&apos;s name; the team was renamed after the link was made.</source>
        <translation>La synchronisation initiale rend l&apos;équipe par défaut de la division mappée ou racine propriétaire des lignes importées et s&apos;attend à ce que l&apos;équipe porte le nom de la division ; l&apos;équipe a été renommée après la création du lien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection, or</source>
        <translation>Réinitialisez la connexion de double écriture, ou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Microsoft Support ticket to update the connection, giving the default team of the root business unit (found with the teams query of the security-roles article).</source>
        <translation>Ouvrez un ticket auprès du support Microsoft pour mettre à jour la connexion, en indiquant l&apos;équipe par défaut de la division racine (trouvée avec la requête sur les équipes de l&apos;article sur les rôles de sécurité).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1007: a dual-write company has no default owning team</source>
        <translation>DWDVEV1007 : une société en double écriture n&apos;a pas d&apos;équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Company (cdm_company) row selected for dual-write has no value in Default owning team.</source>
        <translation>Une ligne Société (cdm_company) sélectionnée pour la double écriture n&apos;a pas de valeur dans Équipe propriétaire par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the environment linked to dual-write, then Tables &gt; Company.</source>
        <translation>Dans le portail des créateurs Power Apps, ouvrez l&apos;environnement lié à la double écriture, puis Tables &gt; Société.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Default owning team column and set a team on every company that dual-write syncs.</source>
        <translation>Affichez la colonne Équipe propriétaire par défaut et définissez une équipe pour chaque société synchronisée par la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give those teams the security roles that dual-write needs (Dual-write runtime user, Dual-write app user and read access to the synced tables).</source>
        <translation>Attribuez à ces équipes les rôles de sécurité nécessaires à la double écriture (Dual-write runtime user, Dual-write app user et un accès en lecture aux tables synchronisées).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal team is missing a privilege when dual-write writes to Dataverse</source>
        <translation>Il manque un privilège à l&apos;équipe principale lorsque la double écriture écrit dans Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write makes a team the owner of the rows it writes to Dataverse (the default owning team of the company, or the default team of the root business unit for global tables); that team has no security role that grants the privilege named in the message.</source>
        <translation>La double écriture rend une équipe propriétaire des lignes qu&apos;elle écrit dans Dataverse (l&apos;équipe propriétaire par défaut de la société, ou l&apos;équipe par défaut de la division racine pour les tables globales) ; cette équipe n&apos;a aucun rôle de sécurité accordant le privilège nommé dans le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; and note the team name.</source>
        <translation>Ouvrez https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; et notez le nom de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Access &gt; Teams &gt; See all, and select that team.</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement, puis Accès &gt; Équipes &gt; Afficher tout, et sélectionnez cette équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Manage security roles and add a role with read access to the table in the message (a built-in role such as Salesperson, or a custom one), together with Dual-write runtime user and Dual-write app user.</source>
        <translation>Sélectionnez Gérer les rôles de sécurité et ajoutez un rôle avec un accès en lecture à la table indiquée dans le message (un rôle intégré tel que Vendeur, ou un rôle personnalisé), ainsi que les rôles de double écriture Dual-write runtime user et Dual-write app user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check confirms that each company has an owning team and that the default team keeps its name; it does not read the team&apos;s security roles.</source>
        <translation>Le contrôle d&apos;intégrité confirme que chaque société a une équipe propriétaire et que l&apos;équipe par défaut conserve son nom ; il ne lit pas les rôles de sécurité de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team id</source>
        <translation>ID d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 403: the user is not a member of the organization (0x80072560)</source>
        <translation>Synchronisation en direct 403 : l&apos;utilisateur n&apos;est pas membre de l&apos;organisation (0x80072560)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write application users in Dataverse, or the default owning team, lack the roles that dual-write needs, so Dataverse refuses the write from finance and operations apps.</source>
        <translation>Les utilisateurs d&apos;application de double écriture dans Dataverse, ou l&apos;équipe propriétaire par défaut, n&apos;ont pas les rôles nécessaires à la double écriture ; Dataverse refuse donc l&apos;écriture provenant des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through System requirements and prerequisites again: the application users 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b must exist, be enabled and have the roles the article names.</source>
        <translation>Reprenez l&apos;article Configuration système requise et conditions préalables : les utilisateurs d&apos;application 00000015-0000-0000-c000-000000000000 et 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b doivent exister, être activés et disposer des rôles indiqués dans l&apos;article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dual-write application users and the default owning team the System administrator role in Dataverse, as the live-sync article asks.</source>
        <translation>Attribuez aux utilisateurs d&apos;application de double écriture et à l&apos;équipe propriétaire par défaut le rôle Administrateur système dans Dataverse, comme le demande l&apos;article sur la synchronisation en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync: unable to write data to an entity when saving in finance and operations apps</source>
        <translation>Synchronisation en direct : impossible d&apos;écrire des données dans une entité lors de l&apos;enregistrement dans les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data that the row needs is missing on the Dataverse side (for example the customer group of a customer).</source>
        <translation>Des données de référence nécessaires à la ligne sont absentes côté Dataverse (par exemple le groupe de clients d&apos;un client).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the project configuration rows of the failing map in finance and operations apps are damaged.</source>
        <translation>Ou les lignes de configuration de projet du mappage en échec dans les applications de finances et d&apos;opérations sont endommagées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the reference data exists in both apps (for example, create the customer group in Dataverse).</source>
        <translation>Assurez-vous que les données de référence existent dans les deux applications (par exemple, créez le groupe de clients dans Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the data exists on both sides: open DualWriteProjectConfigurationEntity with the Excel add-in, delete the two rows of the failing map and publish the change.</source>
        <translation>Si les données existent des deux côtés : ouvrez DualWriteProjectConfigurationEntity avec le complément Excel, supprimez les deux lignes du mappage en échec et publiez la modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table map again and check that rows sync.</source>
        <translation>Redémarrez le mappage de table et vérifiez que les lignes se synchronisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Administrateur système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check finds project configurations that point at another Dataverse; missing reference data is not checked.</source>
        <translation>Le contrôle d&apos;intégrité détecte les configurations de projet qui pointent vers un autre Dataverse ; les données de référence manquantes ne sont pas contrôlées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync after the Dataverse environment changed: unable to generate payload</source>
        <translation>Synchronisation en direct après un changement d&apos;environnement Dataverse : impossible de générer la charge utile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset or replaced while finance and operations apps kept the old link: project configurations in finance and operations apps and runtime configurations in Dataverse point at environments that are gone.</source>
        <translation>L&apos;environnement Dataverse a été réinitialisé ou remplacé alors que les applications de finances et d&apos;opérations conservaient l&apos;ancien lien : les configurations de projet dans les applications de finances et d&apos;opérations et les configurations d&apos;exécution dans Dataverse pointent vers des environnements qui n&apos;existent plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the environments were relinked, stop all table maps first.</source>
        <translation>Si les environnements ont été liés à nouveau, arrêtez d&apos;abord tous les mappages de tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, delete the DualWriteProjectConfigurationEntity rows of the affected maps with the Excel add-in and publish; leave no stale dual-write configuration behind.</source>
        <translation>Dans les applications de finances et d&apos;opérations, supprimez les lignes DualWriteProjectConfigurationEntity des mappages concernés avec le complément Excel et publiez ; ne laissez aucune configuration de double écriture obsolète.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, delete every DualWrite Runtime Configuration row (Advanced Find).</source>
        <translation>Dans Dataverse, supprimez toutes les lignes DualWrite Runtime Configuration (Recherche avancée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecureConfig Organization does not match actual CRM Organization (after a database copy)</source>
        <translation>SecureConfig Organization does not match actual CRM Organization (après une copie de base de données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was copied or restored from another environment and brought that environment&apos;s dual-write runtime configurations with it; the dual-write plug-in refuses to use a configuration made for another organization.</source>
        <translation>La base de données a été copiée ou restaurée à partir d&apos;un autre environnement et a apporté avec elle les configurations d&apos;exécution de double écriture de cet environnement ; le plug-in de double écriture refuse d&apos;utiliser une configuration créée pour une autre organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every row of the Dual Write Runtime Configurations table (msdyn_dualwriteruntimeconfig) in Dataverse, for example with Advanced Find: Look for Dual Write Runtime Configurations, Results, select all, Delete.</source>
        <translation>Supprimez toutes les lignes de la table Dual Write Runtime Configurations (msdyn_dualwriteruntimeconfig) dans Dataverse, par exemple avec la Recherche avancée : recherchez Dual Write Runtime Configurations, Résultats, sélectionnez tout, Supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a backup and restore, also clear DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations apps.</source>
        <translation>Après une sauvegarde et une restauration, videz également DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration et BusinessEventsDefinition dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the link so that the connections are made again for this environment.</source>
        <translation>Réinitialisez le lien afin que les connexions soient recréées pour cet environnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured organization</source>
        <translation>Organisation configurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual organization</source>
        <translation>Organisation réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 400: records of the same transaction reference each other</source>
        <translation>Synchronisation en direct 400 : des enregistrements d&apos;une même transaction se référencent mutuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two records created in one finance and operations transaction refer to each other; they travel to Dataverse in one batch, and the lookup of one fails because the other is not there yet.</source>
        <translation>Deux enregistrements créés dans une même transaction des applications de finances et d&apos;opérations se référencent mutuellement ; ils sont envoyés à Dataverse dans un même lot, et la recherche de l&apos;un échoue car l&apos;autre n&apos;y est pas encore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an entity relationship in finance and operations apps between the two entities, so that dual-write knows the related records belong to the same transaction.</source>
        <translation>Créez une relation d&apos;entité entre les deux entités dans les applications de finances et d&apos;opérations, afin que la double écriture sache que les enregistrements liés appartiennent à la même transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check does not read business data or table map runs; this one is found in the live-sync error itself.</source>
        <translation>Le contrôle d&apos;intégrité ne lit ni les données métier ni les exécutions des mappages de tables ; ce cas se détecte dans l&apos;erreur de synchronisation en direct elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding an address: a record with the same Location ID already exists (0x80040265)</source>
        <translation>Ajout d&apos;une adresse : un enregistrement avec le même Location ID existe déjà (0x80040265)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the Address table in Dataverse is defined on Location ID alone, by an older dual-write orchestration package.</source>
        <translation>La clé de la table Address dans Dataverse est définie sur le seul Location ID, par un ancien package d&apos;orchestration de double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install dual-write orchestration package version 2.2.2.60 or later, so that the Address key (msdyn_locationkey) covers msdyn_locationid and parentid.</source>
        <translation>Installez le package d&apos;orchestration de double écriture en version 2.2.2.60 ou ultérieure, afin que la clé Address (msdyn_locationkey) couvre msdyn_locationid et parentid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address again.</source>
        <translation>Ajoutez à nouveau l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solution-version check covers the minimum versions of the solutions, not this package version.</source>
        <translation>Le contrôle des versions de solutions couvre les versions minimales des solutions, pas cette version de package.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a customer in Dataverse: party record not found for the party type</source>
        <translation>Ajout d&apos;un client dans Dataverse : enregistrement de partie introuvable pour le type de partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer created in Dataverse got a new party number, but finance and operations apps already have a customer with a different party number.</source>
        <translation>Le client créé dans Dataverse a reçu un nouveau numéro de partie, mais les applications de finances et d&apos;opérations ont déjà un client avec un autre numéro de partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the customer up through the party lookup.</source>
        <translation>Recherchez le client via la recherche de partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no customer exists, create a new customer record; if one does, create the new customer record with the existing party.</source>
        <translation>Si aucun client n&apos;existe, créez un nouvel enregistrement client ; s&apos;il en existe un, créez le nouvel enregistrement client avec la partie existante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating a customer, vendor or contact in Dataverse: a party cannot change its type</source>
        <translation>Création d&apos;un client, d&apos;un fournisseur ou d&apos;un contact dans Dataverse : une partie ne peut pas changer de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The msdyn_party number sequence in Dataverse started again (after a reset, or a link to another Dataverse), so a new party number already belongs to a party of another type in finance and operations apps.</source>
        <translation>La séquence de numéros msdyn_party dans Dataverse a redémarré (après une réinitialisation, ou un lien vers un autre Dataverse) ; un nouveau numéro de partie appartient donc déjà à une partie d&apos;un autre type dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, give the msdyn_partynumber column of the msdyn_party table a different automatic number sequence.</source>
        <translation>Dans Dataverse, attribuez une autre séquence de numérotation automatique à la colonne msdyn_partynumber de la table msdyn_party.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Vendors V2: lookup not found (self or circular reference)</source>
        <translation>Synchronisation initiale de Vendors V2 : recherche introuvable (référence à soi-même ou circulaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceVendorAccountNumber refers to the vendor table itself and PrimaryContactPersonId makes a circle with contacts, so rows that use them cannot find their lookups during initial sync.</source>
        <translation>InvoiceVendorAccountNumber fait référence à la table des fournisseurs elle-même et PrimaryContactPersonId forme un cycle avec les contacts ; les lignes qui les utilisent ne trouvent donc pas leurs recherches lors de la synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the PrimaryContactPersonId and InvoiceVendorAccountNumber columns from the Vendors V2 (msdyn_vendors) map and save.</source>
        <translation>Supprimez les colonnes PrimaryContactPersonId et InvoiceVendorAccountNumber du mappage Vendors V2 (msdyn_vendors), puis enregistrez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Vendors V2.</source>
        <translation>Dans Gestion des données &gt; Tables de données, désactivez le suivi des modifications pour Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Vendors V2 (msdyn_vendors), then of CDS Contacts V2 (contacts).</source>
        <translation>Exécutez la synchronisation initiale de Vendors V2 (msdyn_vendors), puis celle de CDS Contacts V2 (contacts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Vendors V2 again.</source>
        <translation>Rajoutez les deux colonnes, enregistrez, puis exécutez à nouveau la synchronisation initiale de Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Vendors V2 again.</source>
        <translation>Réactivez le suivi des modifications pour Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Customers V3 or another map: lookup not found (self or circular reference)</source>
        <translation>Synchronisation initiale de Customers V3 ou d&apos;un autre mappage : recherche introuvable (référence à soi-même ou circulaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceAccount refers to the account table itself and ContactPersonID makes a circle with contacts, so rows that use them cannot find their lookups during initial sync. Other out-of-box maps can have the same pattern.</source>
        <translation>InvoiceAccount fait référence à la table des comptes elle-même et ContactPersonID forme un cycle avec les contacts ; les lignes qui les utilisent ne trouvent donc pas leurs recherches lors de la synchronisation initiale. D&apos;autres mappages prêts à l&apos;emploi peuvent présenter le même schéma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the ContactPersonID and InvoiceAccount columns from the Customers V3 (accounts) map and save.</source>
        <translation>Supprimez les colonnes ContactPersonID et InvoiceAccount du mappage Customers V3 (accounts), puis enregistrez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Customers V3.</source>
        <translation>Dans Gestion des données &gt; Tables de données, désactivez le suivi des modifications pour Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Customers V3 (accounts), then of CDS Contacts V2 (contacts) (the map whose description names CDS Vendor Contacts V2).</source>
        <translation>Exécutez la synchronisation initiale de Customers V3 (accounts), puis celle de CDS Contacts V2 (contacts) (le mappage dont la description mentionne CDS Vendor Contacts V2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Customers V3 again.</source>
        <translation>Rajoutez les deux colonnes, enregistrez, puis exécutez à nouveau la synchronisation initiale de Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bring InvoiceAccount and ContactPersonId from Dataverse to finance and operations apps, use a data integration project filtered on the company.</source>
        <translation>Pour transférer InvoiceAccount et ContactPersonId de Dataverse vers les applications de finances et d&apos;opérations, utilisez un projet d&apos;intégration de données filtré sur la société.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Customers V3 again.</source>
        <translation>Réactivez le suivi des modifications pour Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails on a map with more than 10 lookup fields</source>
        <translation>La synchronisation initiale échoue sur un mappage comportant plus de 10 champs de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query that reads Dataverse during initial sync allows at most 10 lookups; maps such as Customers V3 - Accounts or Sales orders have more.</source>
        <translation>La requête qui lit Dataverse lors de la synchronisation initiale autorise au plus 10 recherches ; des mappages tels que Customers V3 - Accounts ou Sales orders en comportent davantage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove optional lookup fields from the map until 10 or fewer remain, save, and run the initial sync.</source>
        <translation>Retirez des champs de recherche facultatifs du mappage jusqu&apos;à ce qu&apos;il n&apos;en reste que 10 ou moins, enregistrez, puis exécutez la synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then swap in the next lookups (still 10 or fewer), save and run the initial sync again; repeat until every lookup has been synced.</source>
        <translation>Remplacez-les ensuite par les recherches suivantes (toujours 10 ou moins), enregistrez et exécutez à nouveau la synchronisation initiale ; répétez jusqu&apos;à ce que toutes les recherches aient été synchronisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all lookup fields back, save, and run the map with Skip initial sync.</source>
        <translation>Rajoutez tous les champs de recherche, enregistrez, puis exécutez le mappage avec l&apos;option Ignorer la synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of party addresses: party number could not be found in Dataverse</source>
        <translation>Synchronisation initiale des adresses de partie : le numéro de partie est introuvable dans Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DirPartyCDSEntity has a range that keeps only parties of type Person and Organization, so parties of other types (Legal Entity, Operating Unit) never reached Dataverse and their addresses find no party.</source>
        <translation>DirPartyCDSEntity comporte une plage qui ne conserve que les parties de type Personne et Organisation ; les parties d&apos;autres types (entité juridique, unité opérationnelle) n&apos;ont donc jamais atteint Dataverse et leurs adresses ne trouvent aucune partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a known issue that Microsoft is fixing in the entity; until then, the addresses of parties of other types cannot be synced by the initial sync of CDS Party postal addresses or Party Contacts V3.</source>
        <translation>Il s&apos;agit d&apos;un problème connu que Microsoft corrige dans l&apos;entité ; d&apos;ici là, les adresses des parties d&apos;autres types ne peuvent pas être synchronisées par la synchronisation initiale de CDS Party postal addresses ou de Party Contacts V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync: a zero amount cannot be converted to Edm.Decimal</source>
        <translation>Synchronisation initiale : un montant nul ne peut pas être converti en Edm.Decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Language locale under Source data formats in Data management makes zero amounts come out in a form that OData cannot read as a decimal.</source>
        <translation>Le paramètre régional de langue sous Formats des données sources dans Gestion des données produit les montants nuls sous une forme qu&apos;OData ne peut pas lire comme un décimal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management, under Source data formats, set Language locale to en-us.</source>
        <translation>Dans Gestion des données, sous Formats des données sources, définissez le paramètre régional de langue sur en-us.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync again.</source>
        <translation>Exécutez à nouveau la synchronisation initiale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page stays blank: third-party cookies are blocked</source>
        <translation>La page Double écriture reste vide : les cookies tiers sont bloqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page keeps values in the browser&apos;s session storage, which needs third-party cookies; they are blocked, in general or in InPrivate/incognito windows.</source>
        <translation>La page Double écriture conserve des valeurs dans le stockage de session du navigateur, ce qui nécessite des cookies tiers ; ceux-ci sont bloqués, de manière générale ou dans les fenêtres InPrivate/de navigation privée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chrome: chrome://settings &gt; Privacy and security &gt; Cookies and other site data: allow all cookies, or add https://&lt;your instance&gt;.cloudax.dynamics.com to Sites that can always use cookies (all cookies, on this site only).</source>
        <translation>Chrome : chrome://settings &gt; Confidentialité et sécurité &gt; Cookies et autres données des sites : autorisez tous les cookies, ou ajoutez https://&lt;your instance&gt;.cloudax.dynamics.com aux Sites autorisés à toujours utiliser des cookies (tous les cookies, sur ce site uniquement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge: Settings &gt; Site permissions &gt; Cookies and site data: turn off Block third-party cookies.</source>
        <translation>Edge : Paramètres &gt; Autorisations de site &gt; Cookies et données de site : désactivez Bloquer les cookies tiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write page again.</source>
        <translation>Ouvrez à nouveau la page Double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A browser setting; the health check cannot see it.</source>
        <translation>Un paramètre du navigateur ; le contrôle d&apos;intégrité ne peut pas le voir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database synchronization fails on DualWriteProjectConfiguration during an update (ISDELETE)</source>
        <translation>La synchronisation de la base de données échoue sur DualWriteProjectConfiguration lors d&apos;une mise à jour (ISDELETE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DualWriteProjectConfiguration table was not synchronized to the new schema (column ISDELETE) when finance and operations apps were updated (for example to Platform update 30).</source>
        <translation>La table DualWriteProjectConfiguration n&apos;a pas été synchronisée avec le nouveau schéma (colonne ISDELETE) lors de la mise à jour des applications de finances et d&apos;opérations (par exemple vers Platform update 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finance and operations VM, open Visual Studio as an administrator and find DualWriteProjectConfiguration in the Application Object Tree.</source>
        <translation>Sur la machine virtuelle de finances et d&apos;opérations, ouvrez Visual Studio en tant qu&apos;administrateur et recherchez DualWriteProjectConfiguration dans l&apos;arborescence des objets d&apos;application (AOT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to a new project, set Synchronize Database on Build to True and build.</source>
        <translation>Ajoutez-la à un nouveau projet, définissez Synchronize Database on Build sur True, puis générez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a full database synchronization (Dynamics 365 &gt; Synchronize database).</source>
        <translation>Exécutez une synchronisation complète de la base de données (Dynamics 365 &gt; Synchronize database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rerun the database synchronization step in Lifecycle Services, with the manual upgrade scripts where they apply.</source>
        <translation>Réexécutez l&apos;étape de synchronisation de la base de données dans Lifecycle Services, avec les scripts de mise à niveau manuelle le cas échéant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An upgrade of finance and operations apps; the health check does not see database synchronization.</source>
        <translation>Une mise à niveau des applications de finances et d&apos;opérations ; le contrôle d&apos;intégrité ne voit pas la synchronisation de la base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle Services: linked via dual-write to a different environment</source>
        <translation>Lifecycle Services : lié par double écriture à un autre environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is linked to a Dataverse environment other than the one Lifecycle Services has set up for Power Platform integration (or LCS has none).</source>
        <translation>La double écriture est liée à un environnement Dataverse différent de celui que Lifecycle Services a configuré pour l&apos;intégration Power Platform (ou LCS n&apos;en a aucun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If LCS has never been set up for Power Platform integration, connect it to the Dataverse environment that dual-write uses.</source>
        <translation>Si LCS n&apos;a jamais été configuré pour l&apos;intégration Power Platform, connectez-le à l&apos;environnement Dataverse utilisé par la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise stop all table maps and reset the dual-write connection to the environment that LCS names (Dual-write page &gt; Reset).</source>
        <translation>Sinon, arrêtez chaque mappage de table et réinitialisez la connexion de double écriture vers l&apos;environnement indiqué par LCS (page Double écriture &gt; Réinitialiser).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the configurations of the old link (DualWriteProjectConfiguration in finance and operations apps, Dual Write Runtime Configurations in Dataverse).</source>
        <translation>Supprimez les configurations de l&apos;ancien lien (DualWriteProjectConfiguration dans les applications de finances et d&apos;opérations, Dual Write Runtime Configurations dans Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check reports project configurations that point at another Dataverse (DWFOEV1004).</source>
        <translation>Le contrôle d&apos;intégrité signale des configurations de projet qui pointent vers un autre Dataverse (DWFOEV1004).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 100: finance and operations platform too old</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 100 : plateforme de finances et d&apos;opérations trop ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check needs platform update 43 (version 10.0.19) or later of finance and operations apps.</source>
        <translation>Le contrôle d&apos;intégrité du mappage de table nécessite la mise à jour de plateforme 43 (version 10.0.19) ou ultérieure des applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update finance and operations apps to 10.0.19 or later, then run the table map health check again.</source>
        <translation>Mettez à jour les applications de finances et d&apos;opérations vers la version 10.0.19 ou ultérieure, puis exécutez à nouveau le contrôle d&apos;intégrité du mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check runs on the Dual-write page for one map; dwhealth does not run it.</source>
        <translation>Le contrôle d&apos;intégrité du mappage de table s&apos;exécute sur la page Double écriture pour un seul mappage ; dwhealth ne l&apos;exécute pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 400: no business events registration for the entity</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 400 : aucune inscription aux événements d&apos;entreprise pour l&apos;entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not running, or every field mapping goes from Dataverse to finance and operations apps, so nothing is registered to track changes in finance and operations apps.</source>
        <translation>Le mappage n&apos;est pas en cours d&apos;exécution, ou tous les mappages de champs vont de Dataverse vers les applications de finances et d&apos;opérations ; rien n&apos;est donc inscrit pour suivre les modifications dans les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the map if it should be running.</source>
        <translation>Démarrez le mappage s&apos;il doit être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If finance and operations changes should reach Dataverse, map at least one field in that direction.</source>
        <translation>Si les modifications effectuées dans les applications de finances et d&apos;opérations doivent atteindre Dataverse, mappez au moins un champ dans ce sens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 500: no project configurations for the project</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 500 : aucune configuration de projet pour le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not enabled, or all its field mappings go from customer engagement apps to finance and operations apps, so no live sync runs from finance and operations apps.</source>
        <translation>Le mappage n&apos;est pas activé, ou tous ses mappages de champs vont des applications d&apos;engagement client vers les applications de finances et d&apos;opérations ; aucune synchronisation en direct ne s&apos;exécute donc depuis les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the direction of the field mappings of the table map and enable the map if it should run.</source>
        <translation>Vérifiez le sens des mappages de champs du mappage de table et activez le mappage s&apos;il doit s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 900: invalid source filter</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 900 : filtre source non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source filter for finance and operations apps on the table map is not valid query syntax.</source>
        <translation>Le filtre source pour les applications de finances et d&apos;opérations sur le mappage de table n&apos;utilise pas une syntaxe de requête valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter on the table map; check it against the entity first (the live-sync article shows how to evaluate a filter with X++).</source>
        <translation>Corrigez le filtre sur le mappage de table ; vérifiez-le d&apos;abord sur l&apos;entité (l&apos;article sur la synchronisation en direct montre comment évaluer un filtre avec X++).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that null is not the empty string: filter on a computed column that turns null into &quot;&quot; when you need that.</source>
        <translation>N&apos;oubliez pas que null n&apos;est pas la chaîne vide : filtrez sur une colonne calculée qui convertit null en &quot;&quot; si nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1000: the query that live sync uses for the entity</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 1000 : la requête utilisée par la synchronisation en direct pour l&apos;entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information: only rows that satisfy the inner joins and filters of the entity&apos;s SQL query are picked up by live sync.</source>
        <translation>Information : seules les lignes qui satisfont aux jointures internes et aux filtres de la requête SQL de l&apos;entité sont prises en compte par la synchronisation en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are missing in Dataverse, check the inner joins and filters of the query shown in the message.</source>
        <translation>Si des lignes manquent dans Dataverse, vérifiez les jointures internes et les filtres de la requête indiquée dans le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1300: virtual fields are not tracked</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 1300 : les champs virtuels ne sont pas suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual fields of finance and operations entities are not tracked: live sync can send their values, but a change to them alone does not trigger a sync.</source>
        <translation>Les champs virtuels des entités de finances et d&apos;opérations ne sont pas suivis : la synchronisation en direct peut envoyer leurs valeurs, mais une modification de ces seuls champs ne déclenche pas de synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rely on changes to virtual fields to trigger dual-write; map a backing field that is tracked instead.</source>
        <translation>Ne comptez pas sur les modifications des champs virtuels pour déclencher la double écriture ; mappez plutôt un champ sous-jacent qui est suivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1500: no field of the data source is mapped</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 1500 : aucun champ de la source de données n&apos;est mappé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field of this data source of the entity is mapped for dual-write, so changes to its table are not tracked.</source>
        <translation>Aucun champ de cette source de données de l&apos;entité n&apos;est mappé pour la double écriture ; les modifications de sa table ne sont donc pas suivies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map at least one non-lookup field of the data source if its changes should reach Dataverse.</source>
        <translation>Mappez au moins un champ autre qu&apos;un champ de recherche de la source de données si ses modifications doivent atteindre Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1600: a data source of the entity has a range</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 1600 : une source de données de l&apos;entité comporte une plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data source of the entity has a filter range: only rows that satisfy it go from finance and operations apps to Dataverse.</source>
        <translation>Une source de données de l&apos;entité comporte une plage de filtre : seules les lignes qui la satisfont vont des applications de finances et d&apos;opérations vers Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are skipped, check them against the range, for example with select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; in SQL.</source>
        <translation>Si des lignes sont ignorées, comparez-les à la plage, par exemple avec select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; en SQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1700: the same table is tracked for several entities</source>
        <translation>Contrôle d&apos;intégrité du mappage de table 1700 : la même table est suivie pour plusieurs entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table tracked by several entities makes every change to it evaluate all of those entities for dual-write, which can slow transactions down.</source>
        <translation>Une table suivie par plusieurs entités entraîne, à chaque modification, l&apos;évaluation de toutes ces entités pour la double écriture, ce qui peut ralentir les transactions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many tables intersect, simplify the entity or optimise the entity queries.</source>
        <translation>Si de nombreuses tables se recoupent, simplifiez l&apos;entité ou optimisez les requêtes des entités.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1000: Connection validation failed</source>
        <translation>DIPV1000 : Échec de la validation de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connections used by the connection set are no longer valid; the details of the message say why.</source>
        <translation>Les connexions Power Apps (ApiHub) utilisées par l&apos;ensemble de connexions ne sont plus valides ; les détails du message en indiquent la raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the connections as the details say, or create the connection set again (for dual-write: reset the connection).</source>
        <translation>Corrigez les connexions comme l&apos;indiquent les détails, ou recréez l&apos;ensemble de connexions (pour la double écriture : réinitialisez la connexion).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1001: Exceptions encountered during Dual-write project validation</source>
        <translation>DIPV1001 : Exceptions rencontrées lors de la validation du projet de double écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while dual-write validated the project.</source>
        <translation>Une exception inattendue s&apos;est produite lors de la validation du projet par la double écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Microsoft Support with the exception details.</source>
        <translation>Contactez le support Microsoft en fournissant les détails de l&apos;exception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map design (keys, field mappings, filters) is not part of the health check; the table map health check on the Dual-write page and map validation report it.</source>
        <translation>La conception des mappages de table (clés, mappages de champs, filtres) ne fait pas partie du contrôle d&apos;intégrité ; le contrôle d&apos;intégrité du mappage de table sur la page Double écriture et la validation du mappage la signalent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1002: Dual-write only supports mapping between cross-company entities or company-specific entities from both sides</source>
        <translation>DIPV1002 : La double écriture prend uniquement en charge le mappage entre des entités intersociétés ou des entités propres à une société des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-company data sharing is enabled for the finance and operations entity of the map, and dual-write does not support such entities.</source>
        <translation>Le partage de données intersociétés est activé pour l&apos;entité de finances et d&apos;opérations du mappage, et la double écriture ne prend pas en charge de telles entités.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable cross-company data sharing for the entity, or use another entity for the table map.</source>
        <translation>Désactivez le partage de données intersociétés pour l&apos;entité, ou utilisez une autre entité pour le mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1003: Integration keys are missing</source>
        <translation>DIPV1003 : Clés d&apos;intégration manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no integration key (alternate key) to identify a row.</source>
        <translation>La table Dataverse du mappage n&apos;a aucune clé d&apos;intégration (clé secondaire) permettant d&apos;identifier une ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the table of the map and define at least one alternate key.</source>
        <translation>Dans le portail des créateurs Power Apps, ouvrez la table du mappage et définissez au moins une clé secondaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write administration workspace in finance and operations apps, open the table map and select Refresh tables.</source>
        <translation>Ouvrez l&apos;espace de travail Administration de la double écriture dans les applications de finances et d&apos;opérations, ouvrez le mappage de table et sélectionnez Actualiser les tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1004: Integration key field isn&apos;t bi-directionally mapped</source>
        <translation>DIPV1004 : Le champ de clé d&apos;intégration n&apos;est pas mappé de manière bidirectionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map syncs in both directions, but not every field of the integration key is mapped in both directions, so live sync cannot find the row on both sides.</source>
        <translation>Le mappage synchronise dans les deux sens, mais les champs de la clé d&apos;intégration ne sont pas tous mappés dans les deux sens ; la synchronisation en direct ne peut donc pas trouver la ligne des deux côtés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field in both directions.</source>
        <translation>Mappez chaque champ de clé d&apos;intégration dans les deux sens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1005: Missing environment info for dataset</source>
        <translation>DIPV1005 : Informations d&apos;environnement manquantes pour le jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write connection or the Data Integrator connection set is misconfigured or damaged.</source>
        <translation>La connexion de double écriture ou l&apos;ensemble de connexions Data Integrator est mal configuré ou endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For dual-write: reset the dual-write connection set (Reset dual-write connections). For Data Integrator: create the connection set again.</source>
        <translation>Pour la double écriture : réinitialisez l&apos;ensemble de connexions de double écriture (Réinitialiser les connexions de double écriture). Pour Data Integrator : recréez l&apos;ensemble de connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1006: Exceptions encountered during project validation</source>
        <translation>DIPV1006 : Exceptions rencontrées lors de la validation du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while a dual-write map or Data Integrator project was validated.</source>
        <translation>Une exception inattendue s&apos;est produite lors de la validation d&apos;un mappage de double écriture ou d&apos;un projet Data Integrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1007: Task has environment that doesn&apos;t exist in the connection set</source>
        <translation>DIPV1007 : La tâche comporte un environnement qui n&apos;existe pas dans l&apos;ensemble de connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration project is misconfigured or damaged.</source>
        <translation>Le projet d&apos;intégration est mal configuré ou endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the data integration project again.</source>
        <translation>Recréez le projet d&apos;intégration de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1008: Data partition isn&apos;t valid</source>
        <translation>DIPV1008 : La partition de données n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization mapping of the connection set no longer holds: a business unit in Dataverse or a legal entity in finance and operations apps was deleted or renamed.</source>
        <translation>Le mappage d&apos;organisation de l&apos;ensemble de connexions n&apos;est plus valable : une division dans Dataverse ou une entité juridique dans les applications de finances et d&apos;opérations a été supprimée ou renommée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add back or rename the missing business unit or legal entity.</source>
        <translation>Rétablissez ou renommez la division ou l&apos;entité juridique manquante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or create the connection set and the project again.</source>
        <translation>Ou recréez l&apos;ensemble de connexions et le projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1010: Mandatory field in destination entity must be mapped</source>
        <translation>DIPV1010 : Le champ obligatoire de l&apos;entité de destination doit être mappé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field that must have a value when a row is created is not mapped, so syncing would fail at run time.</source>
        <translation>Un champ qui doit avoir une valeur lors de la création d&apos;une ligne n&apos;est pas mappé ; la synchronisation échouerait donc à l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every mandatory field of the table to a field of the other side.</source>
        <translation>Mappez chaque champ obligatoire de la table à un champ de l&apos;autre côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1011: Readonly field in destination entity must not be mapped</source>
        <translation>DIPV1011 : Le champ en lecture seule de l&apos;entité de destination ne doit pas être mappé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only field is mapped as a destination, so syncing would fail at run time.</source>
        <translation>Un champ en lecture seule est mappé comme destination ; la synchronisation échouerait donc à l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not map read-only fields in both directions.</source>
        <translation>Ne mappez pas les champs en lecture seule dans les deux sens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1012: Error occurred while parsing Dataverse entity source filter</source>
        <translation>DIPV1012 : Une erreur s&apos;est produite lors de l&apos;analyse du filtre source de l&apos;entité Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse source filter of the map has a syntax error or names a field that does not exist.</source>
        <translation>Le filtre source Dataverse du mappage comporte une erreur de syntaxe ou désigne un champ qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the source filter of the Dataverse table (see Filter your data in Customize table and column mappings).</source>
        <translation>Corrigez le filtre source de la table Dataverse (voir Filtrer vos données dans Personnaliser les mappages de tables et de colonnes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1014: Mapping is missing for integration key</source>
        <translation>DIPV1014 : Mappage manquant pour la clé d&apos;intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every field of the integration key is mapped.</source>
        <translation>Les champs de la clé d&apos;intégration ne sont pas tous mappés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field so that dual-write can find the row.</source>
        <translation>Mappez chaque champ de clé d&apos;intégration afin que la double écriture puisse trouver la ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1015: Mapping is missing for integration key for lookup field</source>
        <translation>DIPV1015 : Mappage manquant pour la clé d&apos;intégration du champ de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup field is part of the integration key, but the key fields of the entity it refers to are not mapped.</source>
        <translation>Un champ de recherche fait partie de la clé d&apos;intégration, mais les champs de clé de l&apos;entité à laquelle il fait référence ne sont pas mappés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the expanded key fields of the referenced entity as well.</source>
        <translation>Mappez également les champs de clé développés de l&apos;entité référencée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1016: Missing Organization mapping for destination entity</source>
        <translation>DIPV1016 : Mappage d&apos;organisation manquant pour l&apos;entité de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1017: Missing Organization mapping for related entity</source>
        <translation>DIPV1017 : Mappage d&apos;organisation manquant pour l&apos;entité associée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1018: Missing source schema</source>
        <translation>DIPV1018 : Schéma source manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the source table is cached.</source>
        <translation>Aucune métadonnée de la table source n&apos;est en cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the table comes from finance and operations apps, refresh the entity list first (Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list).</source>
        <translation>Si la table provient des applications de finances et d&apos;opérations, actualisez d&apos;abord la liste des entités (Gestion des données &gt; Paramètres de l&apos;infrastructure &gt; Paramètres de l&apos;entité &gt; Actualiser la liste des entités).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1019: Export can&apos;t be performed on the table due to the missing versionnumber field</source>
        <translation>DIPV1019 : L&apos;exportation ne peut pas être effectuée sur la table, car le champ versionnumber est manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no versionnumber field: it is of a kind that dual-write does not support, such as a virtual or an elastic table.</source>
        <translation>La table Dataverse du mappage n&apos;a pas de champ versionnumber : elle est d&apos;un type que la double écriture ne prend pas en charge, comme une table virtuelle ou élastique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the versionnumber field on the table, or map a table of a supported kind.</source>
        <translation>Activez le champ versionnumber sur la table, ou mappez une table d&apos;un type pris en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1020: Missing destination schema</source>
        <translation>DIPV1020 : Schéma de destination manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the destination table is cached.</source>
        <translation>Aucune métadonnée de la table de destination n&apos;est en cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1021: Missing source field in the mapping</source>
        <translation>DIPV1021 : Champ source manquant dans le mappage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no source field.</source>
        <translation>Un mappage de champs n&apos;a pas de champ source.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the source field, or use the Default value transform when no source is needed.</source>
        <translation>Définissez le champ source, ou utilisez la transformation Valeur par défaut lorsqu&apos;aucune source n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1022: Missing source field in the schema</source>
        <translation>DIPV1022 : Champ source manquant dans le schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source field of a field mapping is not in the cached metadata of the table.</source>
        <translation>Le champ source d&apos;un mappage de champs ne figure pas dans les métadonnées en cache de la table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1023: Duplicate source fields</source>
        <translation>DIPV1023 : Champs sources en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is used more than once in field mappings that go in both directions.</source>
        <translation>Le même champ est utilisé plusieurs fois dans des mappages de champs qui vont dans les deux sens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate field mapping from the table map.</source>
        <translation>Supprimez le mappage de champs en double du mappage de table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1024: Missing destination field in the mapping</source>
        <translation>DIPV1024 : Champ de destination manquant dans le mappage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no destination field.</source>
        <translation>Un mappage de champs n&apos;a pas de champ de destination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the destination field of every field mapping.</source>
        <translation>Définissez le champ de destination de chaque mappage de champs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1025: Missing destination field in the schema</source>
        <translation>DIPV1025 : Champ de destination manquant dans le schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination field of a field mapping is not in the cached metadata of the table.</source>
        <translation>Le champ de destination d&apos;un mappage de champs ne figure pas dans les métadonnées en cache de la table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1026: Duplicate destination fields</source>
        <translation>DIPV1026 : Champs de destination en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is the destination of more than one field mapping.</source>
        <translation>Le même champ est la destination de plusieurs mappages de champs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1027: Map the integration key associated with the entity lookup field to the destination field</source>
        <translation>DIPV1027 : Mappez la clé d&apos;intégration associée au champ de recherche de l&apos;entité au champ de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a destination lookup field refers to are not mapped.</source>
        <translation>Les champs de clé de l&apos;entité à laquelle fait référence un champ de recherche de destination ne sont pas mappés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the integration key fields of the referenced entity (see Managing dual-write integration keys).</source>
        <translation>Mappez les champs de clé d&apos;intégration de l&apos;entité référencée (voir Gestion des clés d&apos;intégration de double écriture).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1028: Map the integration key associated with the entity lookup field to the source field</source>
        <translation>DIPV1028 : Mappez la clé d&apos;intégration associée au champ de recherche de l&apos;entité au champ source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a source lookup field refers to are not mapped.</source>
        <translation>Les champs de clé de l&apos;entité à laquelle fait référence un champ de recherche source ne sont pas mappés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1029: Duplicate value map</source>
        <translation>DIPV1029 : Mappage de valeurs en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two field mappings use the same pair of source and destination fields.</source>
        <translation>Deux mappages de champs utilisent la même paire de champs source et de destination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and remove the duplicates in the map.</source>
        <translation>Recherchez et supprimez les doublons dans le mappage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1030: Data type mismatch</source>
        <translation>DIPV1030 : Incompatibilité de type de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data type of a source field does not fit its destination field, which would make syncing fail or lose data.</source>
        <translation>Le type de données d&apos;un champ source ne correspond pas à celui de son champ de destination, ce qui ferait échouer la synchronisation ou entraînerait une perte de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the details of the message say, change the data types or map a pair of fields with compatible types.</source>
        <translation>Comme l&apos;indiquent les détails du message, modifiez les types de données ou mappez une paire de champs de types compatibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1031: Missing default transform for mandatory destination field</source>
        <translation>DIPV1031 : Transformation par défaut manquante pour le champ de destination obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mandatory destination field has no default transform, so syncing would fail when no value comes.</source>
        <translation>Un champ de destination obligatoire n&apos;a pas de transformation par défaut ; la synchronisation échouerait donc en l&apos;absence de valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a default transform that gives the mandatory field a default value.</source>
        <translation>Ajoutez une transformation par défaut qui donne une valeur par défaut au champ obligatoire.</translation>
    </message>
</context>
<context>
    <name>dwh::TokenForm</name>
    <message>
        <location filename="../src/net/tokenform.cpp" line="+47"/>
        <source>malformed answer: the token answer is not a JSON object</source>
        <translation>réponse mal formée : la réponse du jeton n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed answer: no access_token in the token answer</source>
        <translation>réponse mal formée : pas d&apos;access_token dans la réponse du jeton</translation>
    </message>
</context>
<context>
    <name>dwh::Troubleshoot</name>
    <message>
        <location filename="../src/troubleshoot/parallelprocessing.cpp" line="+39"/>
        <source>Enabling parallel processing can reduce the time needed to import data from Dynamics 365 customer engagement apps and Microsoft Dataverse to finance and operations apps.</source>
        <translation>L&apos;activation du traitement parallèle peut réduire le temps nécessaire à l&apos;importation de données depuis les applications d&apos;engagement client Dynamics 365 et Microsoft Dataverse vers les applications de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 Recommended value: %3.</source>
        <translation>%1 : %2 Valeur recommandée : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation: %1</source>
        <translation>Documentation : %1</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptom.cpp" line="+20"/>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2 : doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2: must be a non-empty list of strings</source>
        <translation>%1.%2 : doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.%2: every item must be a non-empty string</source>
        <translation>%1.%2 : chaque élément doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1.regex: not a valid regular expression (%2)</source>
        <translation>%1.regex : expression régulière non valide (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.weight: must be 0 or more</source>
        <translation>%1.weight : doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.patterns: needs at least one pattern with a weight above 0</source>
        <translation>%1.patterns : au moins un motif de poids supérieur à 0 est requis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.recommended: must be a whole number</source>
        <translation>%1.recommended : doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.commit: must be the 40 hex digits of the commit read</source>
        <translation>%1.commit : doit contenir les 40 chiffres hexadécimaux du commit lu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1.docUrl: must be a https://learn.microsoft.com/ page</source>
        <translation>%1.docUrl : doit être une page https://learn.microsoft.com/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.parser: unknown parser &quot;%2&quot;</source>
        <translation>%1.parser : analyseur inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptomcatalogue.cpp" line="+19"/>
        <source>offset %1: %2</source>
        <translation>position %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schemaVersion: must be 1</source>
        <translation>schemaVersion : doit valoir 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimumScore: must be 1 or more</source>
        <translation>minimumScore : doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id : &quot;%2&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>symptoms: must list at least one symptom</source>
        <translation>symptoms : doit contenir au moins un symptôme</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/pastedtext.cpp" line="+136"/>
        <source>HAR entry %1 (%2 %3)</source>
        <translation>Entrée HAR %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, status</source>
        <translation>%1, statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, response %2</source>
        <translation>%1, réponse %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, response</source>
        <translation>%1, réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, error</source>
        <translation>%1, erreur</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>dwh::UrlPolicy</name>
    <message>
        <location filename="../src/core/urlpolicy.cpp" line="+29"/>
        <source>is not a valid URL</source>
        <translation>n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an absolute URL such as https://contoso.crm.dynamics.com</source>
        <translation>doit être une URL absolue, par exemple https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uses plain http:// to a host that is not loopback; use https://</source>
        <translation>utilise http:// en clair vers un hôte qui n&apos;est pas la boucle locale ; utilisez https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must use https://</source>
        <translation>doit utiliser https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain a user name or password</source>
        <translation>ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain a query or fragment</source>
        <translation>ne doit pas contenir de requête ni de fragment</translation>
    </message>
</context>
<context>
    <name>dwh::WriteExecutor</name>
    <message>
        <location filename="../src/remediation/writeexecutor.cpp" line="+48"/>
        <source>not attempted</source>
        <translation>non tentée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no client for the service of this record</source>
        <translation>aucun client pour le service de cet enregistrement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the service confirmed it (HTTP %1)</source>
        <translation>le service l&apos;a confirmée (HTTP %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before the write was accepted by the service</source>
        <translation>annulée avant que l&apos;écriture soit acceptée par le service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled while the request was on its way; the service may or may not have applied it: read the record to find out</source>
        <translation>annulée pendant l&apos;envoi de la requête ; le service l&apos;a peut-être appliquée, ou non : lisez l&apos;enregistrement pour le savoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1); the service may or may not have applied it: read the record to find out</source>
        <translation>pas de réponse à l&apos;écriture (%1) ; le service l&apos;a peut-être appliquée, ou non : lisez l&apos;enregistrement pour le savoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already gone (HTTP 404): %1</source>
        <translation>déjà supprimé (HTTP 404) : %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the record was not returned as a JSON object</source>
        <translation>l&apos;enregistrement n&apos;a pas été renvoyé sous forme d&apos;objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer to the write (%1), but a read shows it was applied: %2</source>
        <translation>pas de réponse à l&apos;écriture (%1), mais une lecture montre qu&apos;elle a été appliquée : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and a read shows it was not applied: %2</source>
        <translation>pas de réponse à l&apos;écriture (%1), et une lecture montre qu&apos;elle n&apos;a pas été appliquée : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and the read that should tell whether it was applied did not: %2; read the record to find out</source>
        <translation>pas de réponse à l&apos;écriture (%1), et la lecture qui devait indiquer si elle a été appliquée n&apos;a pas abouti : %2 ; lisez l&apos;enregistrement pour le savoir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not attempted: cancelled before it was sent</source>
        <translation>non tentée : annulée avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>dwh::cli</name>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="+75"/>
        <source>show this command&apos;s options and exit</source>
        <translation>afficher les options de cette commande et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option for %1: %2</source>
        <translation>option inconnue pour %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/clioptions.cpp" line="+29"/>
        <source>%1 needs a value</source>
        <translation>%1 exige une valeur</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Usage: dwhealth %1</source>
        <translation>Utilisation : dwhealth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 prend un nombre entier de %2 à %3, pas &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="+31"/>
        <source>%1 and %2 name the same file (%3): the output would overwrite it; choose another file</source>
        <translation>%1 et %2 désignent le même fichier (%3) : la sortie l&apos;écraserait ; choisissez un autre fichier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile-name runs one saved profile; not with --profiles, repeated --profile or --output-dir</source>
        <translation>--profile-name exécute un seul profil enregistré ; incompatible avec --profiles, --profile répété ou --output-dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs exactly one of --profile FILE, --profile-name NAME, --demo or --replay BUNDLE</source>
        <translation>check requiert exactement une des options --profile FILE, --profile-name NAME, --demo ou --replay BUNDLE</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs the health check headless and writes the report (JSON on stdout unless --format or --output say otherwise).</source>
        <translation>Exécute le contrôle d&apos;intégrité sans interface et écrit le rapport (JSON sur stdout, sauf indication contraire de --format ou --output).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile (JSON, never a secret) of the environments to check</source>
        <translation>le profil (JSON, jamais un secret) des environnements à contrôler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+65"/>
        <source>the profile the wizard saved as NAME; its client secret from the system keychain unless DWHEALTH_CLIENT_SECRET or --client-secret-stdin gives one</source>
        <translation>le profil enregistré par l&apos;assistant sous le nom NAME ; sa clé secrète client provient du trousseau système, sauf si DWHEALTH_CLIENT_SECRET ou --client-secret-stdin en fournit une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the embedded simulator instead</source>
        <translation>contrôler plutôt le simulateur intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy; see dwhealth scenarios)</source>
        <translation>avec --demo : le scénario du simulateur (healthy par défaut ; voir dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluate the rules again on a bundle&apos;s recorded facts, offline; same formats and exit codes</source>
        <translation>réévaluer les règles sur les données enregistrées d&apos;une archive, hors connexion ; mêmes formats et codes de sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report format (default json); html is one self-contained file, pdf a customer-ready document (a PDF is written to stdout only when stdout is not a terminal)</source>
        <translation>format du rapport (json par défaut) ; html est un fichier autonome, pdf un document prêt pour le client (un PDF n&apos;est écrit sur stdout que si stdout n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report to FILE instead of stdout</source>
        <translation>écrire le rapport dans FILE au lieu de stdout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mask the tenant and environment ids, URLs, host names, user names, user ids and e-mail addresses (every format)</source>
        <translation>masquer les ID de locataire et d&apos;environnement, les URL, les noms d&apos;hôte, les noms d&apos;utilisateur, les ID d&apos;utilisateur et les adresses e-mail (tous les formats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: the customer named on the cover (default: the profile name)</source>
        <translation>pdf, html : le client nommé sur la couverture (par défaut : le nom du profil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: &quot;Prepared by&quot; on the cover</source>
        <translation>pdf, html : « Préparé par » sur la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html: an image (PNG, JPEG, ...) on the cover</source>
        <translation>pdf, html : une image (PNG, JPEG, ...) sur la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html (printing): the paper size (default A4)</source>
        <translation>pdf, html (impression) : le format de papier (A4 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+68"/>
        <source>run dependency validation even if a prerequisite failed</source>
        <translation>exécuter la validation des dépendances même si un prérequis a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="-37"/>
        <location filename="../src/cli/mapscommand.cpp" line="+60"/>
        <source>read the client secret from standard input (otherwise from the DWHEALTH_CLIENT_SECRET variable)</source>
        <translation>lire le secret client depuis l&apos;entrée standard (sinon depuis la variable DWHEALTH_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel requests per service, 1-52 (default 16)</source>
        <translation>requêtes parallèles par service, 1-52 (16 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+3"/>
        <location filename="../src/cli/mapscommand.cpp" line="+3"/>
        <source>seconds per HTTP exchange and per sign-in request (default 30)</source>
        <translation>secondes par échange HTTP et par requête de connexion (30 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds for the whole run (default 600); the checks not read by then are unknown and the exit code is 3</source>
        <translation>secondes pour l&apos;exécution complète (600 par défaut) ; les contrôles non lus d&apos;ici là sont inconnus et le code de sortie est 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/fixoptions.cpp" line="+2"/>
        <location filename="../src/cli/mapscommand.cpp" line="+2"/>
        <source>send the client secret to the profile&apos;s authority HOST although it is not a Microsoft Entra ID sign-in host (refused without it)</source>
        <translation>envoyer le secret client à l&apos;autorité HOST du profil bien qu&apos;il ne s&apos;agisse pas d&apos;un hôte de connexion Microsoft Entra ID (refusé sans cette option)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --demo: simulated network latency</source>
        <translation>avec --demo : latence réseau simulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+1"/>
        <source>no progress on stderr</source>
        <translation>aucune progression sur stderr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the evidence bundle: report.json, the HTTP trace trace.har (no Authorization header, secret or token) and facts.json (the data as read)</source>
        <translation>écrire aussi l&apos;archive de preuves : report.json, la trace HTTP trace.har (sans en-tête Authorization, secret ni jeton) et facts.json (les données telles que lues)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages read per dataset at most (default: 5,000,000 rows over the page size, at least 1000); a dataset with more makes its checks unknown, reason pageCap</source>
        <translation>nombre maximal de pages lues par jeu de données (par défaut : 5 000 000 de lignes divisées par la taille de page, au moins 1000) ; au-delà, les contrôles du jeu de données sont inconnus, motif pageCap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs kept in a profile&apos;s history, the oldest removed (default: the wizard&apos;s setting, else 100)</source>
        <translation>exécutions conservées dans l&apos;historique d&apos;un profil, les plus anciennes supprimées (par défaut : le paramètre de l&apos;assistant, sinon 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>megabytes kept in a profile&apos;s history, the oldest runs removed (default: the wizard&apos;s setting, else 50)</source>
        <translation>mégaoctets conservés dans l&apos;historique d&apos;un profil, les exécutions les plus anciennes supprimées (par défaut : le paramètre de l&apos;assistant, sinon 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every check passed (warnings allowed), 1 at least one check failed, 2 usage error or bad input file, 3 the run could not complete (a check is unknown and none failed).
</source>
        <translation>Codes de sortie : 0 tous les contrôles ont réussi (avertissements autorisés), 1 au moins un contrôle a échoué, 2 erreur d&apos;utilisation ou fichier d&apos;entrée incorrect, 3 l&apos;exécution n&apos;a pas pu se terminer (un contrôle est inconnu et aucun n&apos;a échoué).
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected argument for check: an address (not shown); did you mean --notify env:NAME?</source>
        <translation>argument inattendu pour check : une adresse (non affichée) ; vouliez-vous dire --notify env:NAME ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/cli/fixoptions.cpp" line="+12"/>
        <location filename="../src/cli/mapscommand.cpp" line="+37"/>
        <source>--profile-name takes the name of a saved profile</source>
        <translation>--profile-name attend le nom d&apos;un profil enregistré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--format &quot;%1&quot; is not available; use one of: %2</source>
        <translation>--format &quot;%1&quot; n&apos;est pas disponible ; utilisez l&apos;un des formats suivants : %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <location filename="../src/cli/mapscommand.cpp" line="+19"/>
        <source>--allow-authority takes a host name such as sts.contoso.example, not &quot;%1&quot;</source>
        <translation>--allow-authority attend un nom d&apos;hôte tel que sts.contoso.example, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>with --profile or --profile-name: do not store the run in the history</source>
        <translation>avec --profile ou --profile-name : ne pas enregistrer l&apos;exécution dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size prend A4 ou Letter, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="-133"/>
        <source>secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET environment variable or --client-secret-stdin</source>
        <translation>les secrets ne sont jamais acceptés sur la ligne de commande ; utilisez la variable d&apos;environnement DWHEALTH_CLIENT_SECRET ou --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="-56"/>
        <source>unknown option for check: %1</source>
        <translation>option inconnue pour check : %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>--replay re-evaluates a recorded run; --bundle and --force-dependencies do not apply</source>
        <translation>--replay réévalue une exécution enregistrée ; --bundle et --force-dependencies ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--latency-ms is only for --demo</source>
        <translation>--latency-ms est réservé à --demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consultant, --customer, --logo and --page-size are only for --format pdf or html</source>
        <translation>--consultant, --customer, --logo et --page-size sont réservés à --format pdf ou html</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="+25"/>
        <source>Serves the simulator on 127.0.0.1 until killed; prints one JSON line with a ready profile (its URLs) on stdout.</source>
        <translation>Sert le simulateur sur 127.0.0.1 jusqu&apos;à son arrêt forcé ; affiche sur stdout une ligne JSON contenant un profil prêt à l&apos;emploi (ses URL).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the scenario to serve (default healthy; see dwhealth scenarios)</source>
        <translation>le scénario à servir (healthy par défaut ; voir dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serve what an evidence bundle recorded instead of a scenario</source>
        <translation>servir ce qu&apos;une archive de preuves a enregistré au lieu d&apos;un scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port, 1024-65532 (default: a free one)</source>
        <translation>le port, 1024-65532 (par défaut : un port libre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated network latency per answer</source>
        <translation>latence réseau simulée par réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option for simulate: %1</source>
        <translation>option inconnue pour simulate : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lists the simulator&apos;s scenarios, one per line: name, tab, one-line description.</source>
        <translation>Liste les scénarios du simulateur, un par ligne : nom, tabulation, description sur une ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenarios takes no options</source>
        <translation>scenarios ne prend aucune option</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+26"/>
        <location filename="../src/cli/diffcommand.cpp" line="+43"/>
        <source>unknown option: %1</source>
        <translation>option inconnue : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../src/cli/helpcommand.cpp" line="+43"/>
        <source>unknown command &quot;%1&quot;; see dwhealth --help</source>
        <translation>commande inconnue &quot;%1&quot; ; voir dwhealth --help</translation>
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
        <translation>Utilisation : dwhealth [COMMANDE] [OPTIONS]

Exécute le contrôle d&apos;intégrité de la double écriture Dynamics 365 depuis l&apos;extérieur du produit.

Commandes :
  (aucune)                   ouvrir l&apos;assistant
  --demo [--scenario NAME]   ouvrir l&apos;assistant sur le simulateur intégré
  check --profile FILE       exécuter le contrôle d&apos;intégrité sans interface ; rapport sur stdout
  check --demo [--scenario NAME]
                             la même chose sur le simulateur intégré
  simulate --scenario NAME [--port N] [--latency-ms N]
                             servir le simulateur sur 127.0.0.1 jusqu&apos;à son arrêt ; affiche
                             sur stdout une ligne JSON contenant un profil prêt à l&apos;emploi
  scenarios                  lister les scénarios du simulateur (nom TAB description)
  explain &quot;ERROR TEXT&quot; | - | --list | --symptom ID [--format text|json]
                             expliquer un message d&apos;erreur de double écriture : cause,
                             correction, lien vers la documentation et contrôles à exécuter
                             (- lit le texte sur stdin) ; code de sortie 0 reconnu,
                             1 aucune correspondance, 2 erreur d&apos;utilisation
  check --replay BUNDLE.zip  réévaluer les règles sur les faits enregistrés d&apos;une archive,
                             hors connexion ; mêmes options --format/--output et mêmes
                             codes de sortie
  diff OLD.json NEW.json [--format text|json]
                             ce qui a changé entre deux exécutions (rapports ou archives) :
                             constats nouveaux, corrigés et toujours en échec, changements
                             d&apos;état ; code de sortie 0 aucun changement, 1 changements,
                             2 erreur d&apos;utilisation
%1  --version, --help

Options de check :
  --format json|junit|md|html|pdf
                             format du rapport (json par défaut) ; html produit un fichier
                             autonome, pdf un document prêt à remettre au client (un PDF
                             n&apos;est écrit sur stdout que si stdout n&apos;est pas un terminal :
                             utilisez --output FILE ou une redirection)
  --output FILE              écrire le rapport dans FILE au lieu de stdout
  --redact                   masquer les ID de locataire et d&apos;environnement, les URL, les
                             noms d&apos;utilisateur, les ID d&apos;utilisateur et les adresses e-mail
                             (tous les formats)
  --customer NAME            pdf, html : le client nommé sur la page de garde
                             (par défaut : le nom du profil)
  --consultant NAME          pdf, html : &quot;Préparé par&quot; sur la page de garde
  --logo FILE                pdf, html : une image (PNG, JPEG...) sur la page de garde
  --page-size A4|Letter      pdf, html (impression) : le format du papier (A4 par défaut)
  --force-dependencies       exécuter la validation des dépendances même si un prérequis
                             a échoué
  --client-secret-stdin      lire le secret client sur l&apos;entrée standard
                             (sinon dans la variable DWHEALTH_CLIENT_SECRET)
  --concurrency N            requêtes parallèles par service, 1-52 (16 par défaut)
  --timeout S                secondes par échange HTTP (30 par défaut)
  --latency-ms N             avec --demo : latence réseau simulée
  --no-progress              pas de progression sur stderr
  --bundle FILE.zip          écrire aussi l&apos;archive de preuves : report.json, la trace HTTP
                             trace.har (HAR 1.2, sans en-tête Authorization, sans secret,
                             sans jeton) et facts.json (les données telles que lues) ;
                             --redact s&apos;applique à la sortie du rapport, pas à l&apos;archive
  --no-history               avec --profile : ne pas stocker l&apos;exécution dans l&apos;historique
                             (le dossier de données de l&apos;utilisateur,
                             dwhealth/history/PROFILE/) ; les exécutions --demo et --replay
                             ne sont jamais stockées

Codes de sortie de check :
  0  tous les contrôles ont réussi (avertissements autorisés)
  1  au moins un contrôle a échoué
  2  erreur d&apos;utilisation ou fichier d&apos;entrée incorrect (le message indique le fichier, le
     champ et le problème)
  3  l&apos;exécution n&apos;a pas pu se terminer : un contrôle est inconnu (inaccessible, non
     autorisé, limité au-delà du budget de nouvelles tentatives, réponse mal formée) et
     aucun n&apos;a échoué
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
Options de temps et de connexion de check :
  --timeout S                s&apos;applique aussi à chaque demande de connexion (jeton)
  --deadline S               durée en secondes de l&apos;exécution entière (600 par défaut) ;
                             les contrôles non lus à temps sont inconnus (&quot;deadline of S s reached&quot;),
                             le rapport est tout de même écrit et le code de sortie est 3
  --allow-authority HOST     envoie le secret client à l&apos;autorité HOST du profil bien
                             qu&apos;il ne s&apos;agisse pas d&apos;un hôte de connexion Microsoft Entra ID
                             (login.microsoftonline.com ou .us,
                             login.partner.microsoftonline.cn,
                             login.chinacloudapi.cn ou loopback) ; sans cette option, une telle
                             autorité est refusée (code de sortie 2)
  --redact                   masque aussi les noms d&apos;hôte écrits sans schéma
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
Limites de check :
  --max-pages N              nombre maximal de pages lues par jeu de données (par défaut :
                             5 000 000 lignes / taille de page, au moins 1000) ; au-delà,
                             les contrôles du jeu de données sont inconnus, motif pageCap
  --history-max-runs N       exécutions conservées dans l&apos;historique d&apos;un profil, les plus
                             anciennes supprimées (par défaut : le paramètre de l&apos;assistant, sinon 100)
  --history-max-mb N         mégaoctets conservés dans l&apos;historique d&apos;un profil, les plus
                             anciennes exécutions supprimées (par défaut : le paramètre de l&apos;assistant, sinon 50)
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
Le locataire d&apos;un client à partir de son archive de preuves :
  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]
                             servir ce que l&apos;archive a enregistré (mêmes lignes, pages,
                             statuts et erreurs) comme simulate --scenario ; les écritures
                             modifient son état
  --demo --from-bundle BUNDLE.zip
                             ouvrir l&apos;assistant sur une archive servie ainsi
  bundle anonymise IN.zip OUT.zip
                             remplacer de façon cohérente les noms, hôtes, ID et adresses
                             e-mail de l&apos;archive, afin de pouvoir la partager
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
Profils enregistrés :
  --profile-name NAME        check, fix, restore, maps, errors : le profil que
                             l&apos;assistant a enregistré sous NAME au lieu de --profile FILE ;
                             son secret client vient du trousseau du système, sauf si
                             DWHEALTH_CLIENT_SECRET ou --client-secret-stdin
                             en fournit un
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Each command&apos;s own options: dwhealth help COMMAND, or dwhealth COMMAND --help
</source>
        <translation>
Options propres à chaque commande : dwhealth help COMMAND, ou dwhealth COMMAND --help
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
Options de toutes les commandes :
  --lang CODE                la langue des textes et des rapports : %1
                             (par défaut : le paramètre de l&apos;assistant, sinon celui du système)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diffrunner.cpp" line="+50"/>
        <source>%1: not a dwhealth report: %2</source>
        <translation>%1 : pas un rapport dwhealth : %2</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="-19"/>
        <source>What changed between two runs (reports or evidence bundles): new, fixed and still failing findings, status changes.</source>
        <translation>Ce qui a changé entre deux exécutions (rapports ou archives de preuves) : constats nouveaux, corrigés et toujours en échec, changements de statut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/cli/explaincommand.cpp" line="+39"/>
        <location filename="../src/cli/fixoptions.cpp" line="-19"/>
        <source>output on stdout (default text)</source>
        <translation>sortie sur stdout (text par défaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 no change, 1 changes, 2 usage error or unreadable file.
</source>
        <translation>Codes de sortie : 0 aucun changement, 1 changements, 2 erreur d&apos;utilisation ou fichier illisible.
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format prend text ou json, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]</source>
        <translation>deux rapports sont nécessaires : dwhealth diff OLD.json NEW.json [--format text|json]</translation>
    </message>
    <message>
        <location filename="../src/cli/explaincommand.cpp" line="+32"/>
        <source>explain --format takes text or json, not &quot;%1&quot;</source>
        <translation>explain --format prend text ou json, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>--symptom needs a symptom id (see dwhealth explain --list)</source>
        <translation>--symptom exige un ID de symptôme (voir dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Explains a dual-write error message, a log, a HAR file or a JSON error body: for every known error in it the cause, the fix, the lines it matched, the documentation link and the checks to run (- reads the text from standard input).</source>
        <translation>Explique un message d&apos;erreur de double écriture, un journal, un fichier HAR ou un corps d&apos;erreur JSON : pour chaque erreur connue qu&apos;il contient, la cause, la correction, les lignes correspondantes, le lien vers la documentation et les contrôles à exécuter (- lit le texte depuis l&apos;entrée standard).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the text from FILE (a log, a HAR file or a JSON error body)</source>
        <translation>lire le texte depuis FILE (un journal, un fichier HAR ou un corps d&apos;erreur JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the known symptoms (id TAB title)</source>
        <translation>lister les symptômes connus (id TAB titre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one symptom (ids: dwhealth explain --list)</source>
        <translation>afficher un symptôme (ID : dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 recognised (or --list, --symptom), 1 nothing matched, 2 usage error.
</source>
        <translation>Codes de sortie : 0 reconnu (ou --list, --symptom), 1 aucune correspondance, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--file needs a file: a log, a HAR file or a JSON error body</source>
        <translation>--file attend un fichier : un journal, un fichier HAR ou un corps d&apos;erreur JSON</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown option for explain: %1</source>
        <translation>option inconnue pour explain : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>explain needs exactly one of: the error text (quoted), - to read it from standard input, --file FILE (a log, HAR file or JSON error body), --list, or --symptom ID</source>
        <translation>explain attend exactement un des éléments suivants : le texte de l&apos;erreur (entre guillemets), - pour le lire depuis l&apos;entrée standard, --file FILE (un journal, un fichier HAR ou un corps d&apos;erreur JSON), --list ou --symptom ID</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+77"/>
        <source>Known errors found: %1, best match first:</source>
        <translation>Erreurs connues trouvées : %1, meilleure correspondance en premier :</translation>
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
        <translation>  explain --file FILE | -    explique chaque erreur connue d&apos;un journal, d&apos;un fichier HAR ou
                             d&apos;un corps d&apos;erreur JSON (depuis FILE ou stdin), meilleure correspondance en
                             premier, avec les lignes reconnues ; sinon : les symptômes les plus proches
</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+82"/>
        <source>explain: %1 is empty</source>
        <translation>explain : %1 est vide</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+43"/>
        <source>upgrade it</source>
        <translation>mettez-la à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade the package %1</source>
        <translation>mettez à niveau le package %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed version is not older than the required one; check that the message comes from this environment</source>
        <translation>la version installée n&apos;est pas plus ancienne que celle exigée ; vérifiez que le message provient bien de cet environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2: installed %3, required %4: %5</source>
        <translation>%1%2 : installée %3, exigée %4 : %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  … and more lines: %1</source>
        <translation>  … et d&apos;autres lignes : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recognised: %1</source>
        <translation>Reconnu : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom: %1</source>
        <translation>Symptôme : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom id: %1</source>
        <translation>ID du symptôme : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it: %1</source>
        <translation>Qui peut le corriger : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: recommended %2 (%3)</source>
        <translation>  %1 : recommandé %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions named in the message:</source>
        <translation>Solutions citées dans le message :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in the message:</source>
        <translation>Trouvé dans le message :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched lines:</source>
        <translation>Lignes correspondantes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes: %1</source>
        <translation>Codes : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>Documentation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks to run: none.</source>
        <translation>Contrôles à exécuter : aucun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks to run: %1</source>
        <translation>Contrôles à exécuter : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  The checks that matter:</source>
        <translation>  Les contrôles pertinents :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guided fix: %1</source>
        <translation>Correction guidée : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paste the complete message, including its first line and any IDs, in quotes or through standard input (dwhealth explain -).</source>
        <translation>Collez le message complet, y compris sa première ligne et tous les ID, entre guillemets ou via l&apos;entrée standard (dwhealth explain -).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the symptom by name: dwhealth explain --list, then dwhealth explain --symptom ID.</source>
        <translation>Choisissez le symptôme par son nom : dwhealth explain --list, puis dwhealth explain --symptom ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check, which finds most setup problems by itself: %1</source>
        <translation>Exécutez le contrôle d&apos;intégrité, qui détecte lui-même la plupart des problèmes de configuration : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the troubleshooting article: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</source>
        <translation>Lisez l&apos;article de résolution des problèmes : https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="-102"/>
        <source>No known dual-write problem matches this text.</source>
        <translation>Aucun problème connu de double écriture ne correspond à ce texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closest symptoms:</source>
        <translation>Symptômes les plus proches :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - %1 (dwhealth explain --symptom %2; shares: %3)</source>
        <translation>  - %1 (dwhealth explain --symptom %2 ; points communs : %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to try:</source>
        <translation>Que tenter :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>explain: %1: %2</source>
        <translation>explain : %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explain: standard input: %1</source>
        <translation>explain : entrée standard : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+38"/>
        <source>  - %1 (dwhealth explain --symptom %2)</source>
        <translation>  - %1 (dwhealth explain --symptom %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also possible:</source>
        <translation>Également possible :</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+27"/>
        <source>no symptom &quot;%1&quot;; dwhealth explain --list shows them</source>
        <translation>aucun symptôme &quot;%1&quot; ; dwhealth explain --list affiche la liste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>explain: the error text is empty</source>
        <translation>explain : le texte de l&apos;erreur est vide</translation>
    </message>
    <message>
        <location filename="../src/cli/fixconfirm.cpp" line="+23"/>
        <source>Type the environment host name to confirm (%1): </source>
        <translation>Tapez le nom d&apos;hôte de l&apos;environnement pour confirmer (%1) : </translation>
    </message>
    <message>
        <location filename="../src/cli/fixoptions.cpp" line="-10"/>
        <source>the profile (JSON, never a secret) of the environment to write to</source>
        <translation>le profil (JSON, jamais un secret) de l&apos;environnement dans lequel écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make the writes (without it: a dry run that writes nothing)</source>
        <translation>effectuer les écritures (sans cette option : une simulation qui n&apos;écrit rien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm --apply without the prompt (needed when stdin is not a terminal; a terminal asks for the host name)</source>
        <translation>confirmer --apply sans invite (nécessaire lorsque stdin n&apos;est pas un terminal ; un terminal demande le nom d&apos;hôte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the backup file goes (default: current directory)</source>
        <translation>emplacement du fichier de sauvegarde (par défaut : le répertoire actuel)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--format &quot;%1&quot; is not available here; use text or json</source>
        <translation>--format &quot;%1&quot; n&apos;est pas disponible ici ; utilisez text ou json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs exactly one of --profile FILE, --profile-name NAME or --demo</source>
        <translation>%1 demande exactement un de --profile FILE, --profile-name NAME ou --demo</translation>
    </message>
    <message>
        <location filename="../src/cli/fixcommand.cpp" line="+24"/>
        <source>unknown option for fix: %1</source>
        <translation>option inconnue pour fix : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix takes one code, not also &quot;%1&quot;</source>
        <translation>fix prend un seul code, pas aussi &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>fix needs a code: one of %1</source>
        <translation>fix exige un code : l&apos;un de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be fixed by dwhealth; fix takes one of %2</source>
        <translation>%1 ne peut pas être corrigé par dwhealth ; fix prend l&apos;un de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004</source>
        <translation>--override-unconfirmed-link est réservé à DWDVEV1004 et DWFOEV1004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team is only for DWDVEV1007</source>
        <translation>--team est réservé à DWDVEV1007</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team takes a team id (a GUID), not &quot;%1&quot;</source>
        <translation>--team prend un ID d&apos;équipe (un GUID), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fixes DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check, previews every write record by record; with --apply backs the records up, writes, and checks again.</source>
        <translation>Corrige DWDVEV1004, DWFOEV1004 ou DWDVEV1007 : exécute le contrôle, affiche un aperçu de chaque écriture enregistrement par enregistrement ; avec --apply, sauvegarde les enregistrements, écrit, puis contrôle de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix the embedded simulator instead (scenario: the code by default)</source>
        <translation>corriger plutôt le simulateur intégré (scénario : le code par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario</source>
        <translation>avec --demo : le scénario du simulateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DWDVEV1007: the team to set (default: each company&apos;s own owner team, else the root business unit&apos;s default team)</source>
        <translation>DWDVEV1007 : l&apos;équipe à définir (par défaut : l&apos;équipe propriétaire de chaque société, sinon l&apos;équipe par défaut de la division racine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DWDVEV1004/DWFOEV1004: delete even though the linked Dataverse environment could not be confirmed or the other side returned no configuration (refused without it)</source>
        <translation>DWDVEV1004/DWFOEV1004 : supprimer même si l&apos;environnement Dataverse lié n&apos;a pas pu être confirmé ou si l&apos;autre côté n&apos;a renvoyé aucune configuration (refusé sans cette option)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes: 0 the code now passes (nothing to fix included), 1 not all fixed (a dry run with records to fix, or a write failed), 2 usage error or bad input, 3 could not complete (check unknown, backup not written, not confirmed).
</source>
        <translation>Codes de sortie : 0 le code réussit désormais (y compris s&apos;il n&apos;y avait rien à corriger), 1 tout n&apos;est pas corrigé (une simulation avec des enregistrements à corriger, ou une écriture a échoué), 2 erreur d&apos;utilisation ou entrée incorrecte, 3 impossible de terminer (contrôle inconnu, sauvegarde non écrite, non confirmé).
</translation>
    </message>
    <message>
        <location filename="../src/cli/restorecommand.cpp" line="+27"/>
        <source>Undoes a fix from its backup file (a preview without --apply): only the writes that fix makes, on the profile&apos;s own hosts; records already as the backup has them are skipped.</source>
        <translation>Annule une correction à partir de son fichier de sauvegarde (un aperçu sans --apply) : uniquement les écritures que fix effectue, sur les hôtes propres au profil ; les enregistrements déjà identiques à la sauvegarde sont ignorés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply a backup whose digest does not match its content (edited since fix wrote it); without it such a backup is only previewed</source>
        <translation>appliquer une sauvegarde dont le condensat ne correspond pas à son contenu (modifiée depuis son écriture par fix) ; sans cette option, une telle sauvegarde est seulement prévisualisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every record restored (or a preview), 1 a record failed, 2 usage error, bad or edited backup file or another environment, 3 could not complete.
</source>
        <translation>Codes de sortie : 0 tous les enregistrements restaurés (ou un aperçu), 1 un enregistrement a échoué, 2 erreur d&apos;utilisation, fichier de sauvegarde incorrect ou modifié, ou autre environnement, 3 impossible de terminer.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option for restore: %1</source>
        <translation>option inconnue pour restore : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore takes one backup file, not also &quot;%1&quot;</source>
        <translation>restore prend un seul fichier de sauvegarde, pas aussi &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore needs a backup file: dwhealth restore BACKUP.json --profile FILE</source>
        <translation>restore exige un fichier de sauvegarde : dwhealth restore BACKUP.json --profile FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs exactly one of --profile FILE or --profile-name NAME (the environment the backup was taken from)</source>
        <translation>restore demande exactement un de --profile FILE ou --profile-name NAME (l&apos;environnement d&apos;où vient la sauvegarde)</translation>
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
                             corrige DWDVEV1004, DWFOEV1004 ou DWDVEV1007 : exécute le contrôle,
                             affiche un aperçu de chaque écriture, enregistrement par enregistrement ;
                             avec --apply, sauvegarde les enregistrements, écrit et contrôle à nouveau
                             (--demo : par défaut, le scénario qui porte le nom du code)
  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]
                             annule un fix à partir de son fichier de sauvegarde (aperçu sans --apply) ;
                             uniquement les écritures effectuées par fix, sur les hôtes du profil ;
                             les enregistrements déjà conformes à la sauvegarde sont ignorés
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
Options de fix et restore :
  --apply                    effectue les écritures (sans cette option : simulation sans écriture)
  --yes                      confirme --apply sans invite (nécessaire lorsque stdin n&apos;est
                             pas un terminal ; un terminal demande le nom d&apos;hôte)
  --backup-dir DIR           emplacement du fichier de sauvegarde (par défaut : répertoire actuel)
  --team TEAMID              DWDVEV1007 : l&apos;équipe à définir (par défaut : l&apos;équipe propriétaire
                             de chaque société, sinon l&apos;équipe par défaut de la division racine)
  --override-unconfirmed-link
                             DWDVEV1004/DWFOEV1004 : supprime même si l&apos;environnement Dataverse
                             lié n&apos;a pas pu être confirmé ou si l&apos;autre côté n&apos;a renvoyé
                             aucune configuration (refusé sans cette option)
  --format text|json         sortie sur stdout (text par défaut)
  --accept-edited-backup     restore : applique une sauvegarde dont l&apos;empreinte ne correspond
                             pas à son contenu (modifiée depuis son écriture par fix) ; sans cette
                             option, une telle sauvegarde est seulement affichée en aperçu
  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)

Codes de sortie de fix : 0 le code réussit désormais (y compris rien à corriger), 1 pas tout
corrigé (simulation avec des enregistrements à corriger, ou échec d&apos;une écriture), 2 erreur
d&apos;utilisation ou entrée incorrecte, 3 exécution inachevée (contrôle inconnu, sauvegarde non écrite, non confirmé).
Codes de sortie de restore : 0 tous les enregistrements restaurés (ou aperçu), 1 échec d&apos;un enregistrement,
2 erreur d&apos;utilisation, fichier de sauvegarde incorrect ou modifié, ou autre environnement, 3 exécution inachevée.
</translation>
    </message>
    <message>
        <location filename="../src/cli/fixoutput.cpp" line="+21"/>
        <source>     record: %1 (%2 %3, %4 %5)
</source>
        <translation>     enregistrement : %1 (%2 %3, %4 %5)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>     why:    %1
</source>
        <translation>     motif :          %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>     body:   %1
</source>
        <translation>     corps :          %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 done, %2 failed, %3 not attempted, %4 unknown, %5 already present
</source>
        <translation>%1 effectués, %2 en échec, %3 non tentés, %4 inconnus, %5 déjà présents
</translation>
    </message>
    <message>
        <location filename="../src/session/environmentsession.cpp" line="+83"/>
        <source>--scenario: %1</source>
        <translation>--scenario : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulator could not start: %1</source>
        <translation>le simulateur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator&gt; (profil)</translation>
    </message>
    <message>
        <location filename="../src/cli/backupdir.cpp" line="+15"/>
        <source>--backup-dir %1: the directory does not exist</source>
        <translation>--backup-dir %1 : le répertoire n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: not a directory</source>
        <translation>--backup-dir %1 : n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: the directory is not writable</source>
        <translation>--backup-dir %1 : le répertoire n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../src/cli/secretsource.cpp" line="+43"/>
        <location filename="../src/session/environmentsession.cpp" line="-58"/>
        <source>no client secret was given on standard input</source>
        <translation>aucun secret client n&apos;a été fourni sur l&apos;entrée standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/session/environmentsession.cpp" line="+5"/>
        <source>no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>aucun secret client : définissez DWHEALTH_CLIENT_SECRET ou utilisez --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/simulaterunner.cpp" line="+18"/>
        <source>Replay of %1 recorded %2 on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%3&quot;.</source>
        <translation>Relecture de %1 enregistré le %2 sur 127.0.0.1 jusqu&apos;à l&apos;arrêt. Le secret client de démonstration est la valeur DWHEALTH_CLIENT_SECRET « %3 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recorded exchange(s) of the trace are not well formed and are not served.</source>
        <translation>
            <numerusform>%n échange enregistré de la trace est mal formé et n&apos;est pas servi.</numerusform>
            <numerusform>%n échanges enregistrés de la trace sont mal formés et ne sont pas servis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulating scenario &quot;%1&quot; on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%2&quot;.</source>
        <translation>Simulation du scénario &quot;%1&quot; sur 127.0.0.1 jusqu&apos;à l&apos;arrêt. Le secret client de démonstration est la valeur DWHEALTH_CLIENT_SECRET &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommand.cpp" line="+19"/>
        <source>Writes a copy of an evidence bundle with every name, host name, id and e-mail address replaced by a stand-in, the same value always by the same one, so the copy gives the same codes and can be shared; Microsoft&apos;s fixed identifiers stay.</source>
        <translation>Écrit une copie d&apos;une archive de preuves dans laquelle chaque nom, nom d&apos;hôte, ID et adresse e-mail est remplacé par un substitut, toujours le même pour une même valeur ; la copie donne ainsi les mêmes codes et peut être partagée. Les identifiants fixes de Microsoft sont conservés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: dwhealth bundle anonymise IN.zip OUT.zip</source>
        <translation>utilisation : dwhealth bundle anonymise IN.zip OUT.zip</translation>
    </message>
    <message>
        <location filename="../src/cli/fleetoptions.cpp" line="+18"/>
        <source>check every profile (*.json) in DIR; --profile may also be repeated (docs/fleet.md)</source>
        <translation>contrôler chaque profil (*.json) de DIR ; --profile peut aussi être répété (docs/fleet.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: write OUT/&lt;profile file name&gt;.&lt;format&gt; per environment, OUT/fleet.json and, for html, md and pdf, OUT/fleet.&lt;format&gt;</source>
        <translation>plusieurs profils : écrire OUT/&lt;profile file name&gt;.&lt;format&gt; par environnement, OUT/fleet.json et, pour html, md et pdf, OUT/fleet.&lt;format&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: environments checked at once, 1-52 (default 8)</source>
        <translation>plusieurs profils : environnements contrôlés simultanément, 1-52 (8 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: environments of one tenant at once, 1-52 (default 4)</source>
        <translation>plusieurs profils : environnements d&apos;un même locataire simultanément, 1-52 (4 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: when a result changed since its previous run, post a summary to a Teams/Slack incoming webhook (https; never printed)</source>
        <translation>plusieurs profils : lorsqu&apos;un résultat a changé depuis l&apos;exécution précédente, publier un résumé sur un webhook entrant Teams/Slack (https ; jamais affiché)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify needs a webhook address or env:VARIABLE</source>
        <translation>--notify nécessite une adresse de webhook ou env:VARIABLE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify is for runs of several profiles (--profiles DIR, repeated --profile, or --output-dir)</source>
        <translation>--notify est destiné aux exécutions de plusieurs profils (--profiles DIR, --profile répété ou --output-dir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profiles, repeated --profile and --output-dir run profiles; not with --demo or --replay</source>
        <translation>--profiles, --profile répété et --output-dir exécutent des profils ; pas avec --demo ni --replay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bundle records one run; it is not available for several profiles</source>
        <translation>--bundle enregistre une seule exécution ; il n&apos;est pas disponible pour plusieurs profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output-dir writes every report and the fleet summary; --output does not apply</source>
        <translation>--output-dir écrit chaque rapport et le résumé de la flotte ; --output ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format junit writes one file per environment: use --output-dir OUT</source>
        <translation>--format junit écrit un fichier par environnement : utilisez --output-dir OUT</translation>
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
Options de check pour plusieurs environnements (flotte) :
  --profiles DIR             contrôler chaque profil (*.json) de DIR ; --profile FILE peut
                             aussi être répété. Secret de chaque profil : la variable
                             nommée par son auth.clientSecretEnv, sinon
                             DWHEALTH_CLIENT_SECRET (ou --client-secret-stdin)
  --output-dir OUT           écrire OUT/&lt;profile file name&gt;.&lt;format&gt; par environnement,
                             OUT/fleet.json et, pour html, md et pdf, OUT/fleet.&lt;format&gt;
                             (sans cette option : le résumé de la flotte sur stdout ou --output)
  --parallel N               environnements contrôlés simultanément, 1-52 (8 par défaut)
  --parallel-per-tenant N    environnements d&apos;un même locataire simultanément, 1-52 (4 par défaut) ;
                             les environnements partageant un hôte de service partagent ses 52
                             requêtes simultanées
  --notify URL|env:NAME      lorsqu&apos;un résultat a changé depuis l&apos;exécution précédente, publier un
                             résumé sur un webhook entrant Teams/Slack (https ; l&apos;adresse
                             n&apos;est jamais affichée ; env:NAME la lit dans la variable
                             NAME, ce qui la garde hors de la ligne de commande)
  Code de sortie : le pire de tous les environnements : 2 (un profil n&apos;a pas pu s&apos;exécuter), puis 1,
  puis 3, puis 0. --deadline s&apos;applique à chaque environnement.
</translation>
    </message>
    <message>
        <location filename="../src/cli/helpcommand.cpp" line="-21"/>
        <source>Shows every command (as --help), or the options of COMMAND (as dwhealth COMMAND --help).</source>
        <translation>Affiche toutes les commandes (comme --help), ou les options de COMMAND (comme dwhealth COMMAND --help).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>help takes one command, not also &quot;%1&quot;</source>
        <translation>help accepte une seule commande, pas aussi « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/mapscommand.cpp" line="-86"/>
        <source>The dual-write table maps: state, tables, legal entities, recent errors with their documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Les mappages de table de double écriture : état, tables, entités juridiques, erreurs récentes avec leur correctif documenté ; une information illisible indique le droit manquant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recent live-sync errors from both sides, grouped by cause, with the documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Les erreurs récentes de synchronisation en direct des deux côtés, regroupées par cause, avec le correctif documenté ; une information illisible indique le droit manquant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the profile (JSON, never a secret) of the environment to read</source>
        <translation>le profil (JSON, jamais de secret) de l&apos;environnement à lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the embedded simulator instead</source>
        <translation>lire le simulateur intégré à la place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy)</source>
        <translation>avec --demo : le scénario du simulateur (healthy par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the errors since then: 30m, 24h, 7d or a past ISO 8601 time with its offset; at most 30 days (default 24h)</source>
        <translation>les erreurs depuis ce moment : 30m, 24h, 7d ou une heure ISO 8601 passée avec son décalage ; 30 jours au maximum (24h par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format (default text)</source>
        <translation>format de sortie (text par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the output to FILE instead of stdout</source>
        <translation>écrire la sortie dans FILE au lieu de stdout</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit codes: 0 nothing to report, 1 a map in error or recent errors, 2 usage error, 3 could not read.
</source>
        <translation>Codes de sortie : 0 rien à signaler, 1 un mappage en erreur ou des erreurs récentes, 2 erreur d&apos;utilisation, 3 lecture impossible.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 no error in the window, 1 errors in the window, 2 usage error, 3 could not read.
</source>
        <translation>Codes de sortie : 0 aucune erreur dans la période, 1 erreurs dans la période, 2 erreur d&apos;utilisation, 3 lecture impossible.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>%1 n&apos;accepte aucun argument, pas « %2 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &quot;%1&quot; is not available for %2; use one of: %3</source>
        <translation>--format « %1 » n&apos;est pas disponible pour %2 ; utilisez l&apos;un des formats suivants : %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--since takes a duration such as 30m, 24h or 7d (at most 30 days) or a past ISO 8601 time with its offset, not &quot;%1&quot;</source>
        <translation>--since attend une durée telle que 30m, 24h ou 7d (30 jours au maximum) ou une heure ISO 8601 passée avec son décalage, pas « %1 »</translation>
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
                             mappages de table de double écriture : état, tables, entités
                             juridiques, erreurs récentes avec leur correctif documenté ;
                             une information illisible indique le droit manquant ; sortie
                             0 rien à signaler, 1 un mappage en erreur ou erreurs récentes,
                             2 erreur d&apos;utilisation, 3 lecture impossible
  errors --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html|junit] [--output FILE]
                             erreurs récentes de synchro en direct des deux côtés, par
                             cause (--since 30m, 24h, 7d ou heure ISO 8601 ; 30 jours max.) ;
                             maps et errors acceptent aussi --client-secret-stdin,
                             --timeout S et --allow-authority HOST ; mêmes codes de sortie
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>--output %1: %2</source>
        <translation>--output %1 : %2</translation>
    </message>
</context>
<context>
    <name>dwh::cli::BundleRunner</name>
    <message>
        <location filename="../src/cli/bundlerunner.cpp" line="+31"/>
        <source>bundle anonymise: %1 is the input; name another file</source>
        <translation>bundle anonymise : %1 est le fichier d&apos;entrée ; indiquez un autre fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 written: %n value(s) replaced.
</source>
        <translation>
            <numerusform>%1 écrit : %n valeur remplacée.
</numerusform>
            <numerusform>%1 écrit : %n valeurs remplacées.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::cli::CheckRunner</name>
    <message>
        <location filename="../src/cli/checkrunner.cpp" line="+65"/>
        <source>refusing to write a %1 report to a terminal; use --output FILE or redirect stdout</source>
        <translation>refus d&apos;écrire un rapport %1 dans un terminal ; utilisez --output FILE ou redirigez stdout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--logo: %1</source>
        <translation>--logo : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scenario: %1</source>
        <translation>--scenario : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulator could not start: %1</source>
        <translation>le simulateur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator&gt; (profil)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Lecture des faits de l&apos;environnement : %1 sur %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped</source>
        <translation>Réussis : %1, échecs : %2, avertissements : %3, inconnus : %4, ignorés : %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--replay: %1</source>
        <translation>--replay : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--replay: %1: %2</source>
        <translation>--replay : %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>dwhealth: --bundle: %1</source>
        <translation>dwhealth : --bundle : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dwhealth: warning: the run was not stored in the history: %1</source>
        <translation>dwhealth : avertissement : l&apos;exécution n&apos;a pas été stockée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since the run of %1: %2 new findings, %3 fixed, %4 still failing</source>
        <translation>Depuis l&apos;exécution du %1 : nouveaux constats : %2, corrigés : %3, toujours en échec : %4</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FixRunner</name>
    <message>
        <location filename="../src/cli/fixrunner.cpp" line="+65"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply exige --yes lorsque l&apos;entrée standard n&apos;est pas un terminal (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Lecture des faits de l&apos;environnement : %1 sur %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2): %3
  %4
</source>
        <translation>%1 (%2) : %3
  %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Use --force-dependencies to run it anyway.</source>
        <translation> Utilisez --force-dependencies pour l&apos;exécuter quand même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (The override is --override-unconfirmed-link.)</source>
        <translation> (L&apos;option de contournement est --override-unconfirmed-link.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Nothing was written.</source>
        <translation> Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: %1 passes.
</source>
        <translation>Rien à corriger : %1 réussit.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Caution: %1
</source>
        <translation>
Attention : %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Before you start: %1
</source>
        <translation>
Avant de commencer : %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
The fix makes %1 writes, one per record:
</source>
        <translation>
La correction effectue %1 écriture(s), une par enregistrement :
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Dry run: nothing was written. Run again with --apply to make these writes (each record is backed up first).
</source>
        <translation>
Exécution à blanc : rien n&apos;a été écrit. Relancez avec --apply pour effectuer ces écritures (chaque enregistrement est d&apos;abord sauvegardé).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not confirmed; nothing was written</source>
        <translation>non confirmé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Backup written: %1
</source>
        <translation>
Sauvegarde écrite : %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Results:
</source>
        <translation>
Résultats :
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the records above say what was written.
</source>
        <translation>Annulé : les enregistrements ci-dessus indiquent ce qui a été écrit.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Re-check: %1 (%2): %3
  %4
</source>
        <translation>
Nouveau contrôle : %1 (%2) : %3
  %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-check could not judge %1</source>
        <translation>le nouveau contrôle n&apos;a pas pu évaluer %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FleetRunner</name>
    <message>
        <location filename="../src/cli/fleetrunner.cpp" line="+80"/>
        <source>%1: auth.mode %2 signs in a person; a run of several profiles signs in with client secrets only: check this profile alone</source>
        <translation>%1 : auth.mode %2 connecte une personne ; une exécution de plusieurs profils se connecte uniquement avec des secrets client : contrôlez ce profil seul</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write a %1 fleet summary to a terminal; use --output-dir OUT, --output FILE or a redirect</source>
        <translation>refus d&apos;écrire un résumé de flotte %1 dans un terminal ; utilisez --output-dir OUT, --output FILE ou une redirection</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--notify env:%1: the variable is not set</source>
        <translation>--notify env:%1 : la variable n&apos;est pas définie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--output-dir %1: the folder cannot be created</source>
        <translation>--output-dir %1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 environments, at most %2 at once</source>
        <translation>Contrôle de %1 environnements, %2 au maximum simultanément</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>[%1/%2] %3: not run: %4</source>
        <translation>[%1/%2] %3 : non exécuté : %4</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>[%1/%2] %3: checking</source>
        <translation>[%1/%2] %3 : contrôle en cours</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: warning: the run was not stored in the history: %2</source>
        <translation>%1 : avertissement : l&apos;exécution n&apos;a pas été enregistrée dans l&apos;historique : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>[%1/%2] %3: exit %4: %5 failed, %6 unknown, %7 warnings</source>
        <translation>[%1/%2] %3 : sortie %4 : %5 en échec, %6 inconnus, %7 avertissements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; since %1: %2 new, %3 fixed</source>
        <translation> ; depuis %1 : %2 nouveaux, %3 corrigés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 of %2 done)</source>
        <translation> (%1 sur %2 terminés)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environments: %2 changed since their previous run; exit %3</source>
        <translation>%1 environnements : %2 ont changé depuis leur exécution précédente ; sortie %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--notify: nothing changed; no message sent</source>
        <translation>--notify : aucun changement ; aucun message envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--notify: summary posted</source>
        <translation>--notify : résumé publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: --notify: %1</source>
        <translation>avertissement : --notify : %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::RestoreRunner</name>
    <message>
        <location filename="../src/cli/restorerunner.cpp" line="+46"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply exige --yes lorsque l&apos;entrée standard n&apos;est pas un terminal (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1 : %2 (rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 (%2, %3, %4 records).
</source>
        <translation>Sauvegarde %1 (%2, %3, %4 enregistrements).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore makes at most %1 writes, one per record; a record already as the backup has it is skipped:
</source>
        <translation>La restauration effectue au plus %1 écritures, une par enregistrement ; un enregistrement déjà conforme à la sauvegarde est ignoré :
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  note: %1
</source>
        <translation>  remarque : %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to restore.
</source>
        <translation>Rien à restaurer.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was EDITED since it was written (digest mismatch); nothing was written. Compare it with the records it names; to restore it anyway, add --accept-edited-backup</source>
        <translation>%1 a été MODIFIÉ depuis son écriture (empreinte non concordante) ; rien n&apos;a été écrit. Comparez-le aux enregistrements qu&apos;il désigne ; pour le restaurer malgré tout, ajoutez --accept-edited-backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Preview: nothing was written. Run again with --apply to make these writes.
</source>
        <translation>
Aperçu : rien n&apos;a été écrit. Relancez avec --apply pour effectuer ces écritures.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not confirmed; nothing was written</source>
        <translation>non confirmé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>
Backup of the records before the restore: %1
</source>
        <translation>
Sauvegarde des enregistrements avant la restauration : %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: intact (the digest matches the content).
</source>
        <translation>Intégrité : intacte (l&apos;empreinte correspond au contenu).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity: EDITED since it was written (digest mismatch). It is not applied without --accept-edited-backup.
</source>
        <translation>Intégrité : MODIFIÉE depuis son écriture (empreinte non concordante). Elle n&apos;est pas appliquée sans --accept-edited-backup.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity: no digest (written by an older dwhealth); edits cannot be detected.
</source>
        <translation>Intégrité : aucune empreinte (écrite par une version antérieure de dwhealth) ; les modifications ne peuvent pas être détectées.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Results:
</source>
        <translation>
Résultats :
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>dwh::cli::SignIn</name>
    <message>
        <location filename="../src/session/authoritypolicy.cpp" line="+31"/>
        <source>the profile&apos;s authority %1 is not a Microsoft Entra ID sign-in host (%2); the client secret was not sent. If this authority is meant to receive it, run again with --allow-authority %3</source>
        <translation>l&apos;autorité %1 du profil n&apos;est pas un hôte de connexion Microsoft Entra ID (%2) ; le secret client n&apos;a pas été envoyé. Si cette autorité doit le recevoir, relancez avec --allow-authority %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: sending the client secret to %1, which is not a Microsoft Entra ID sign-in host (allowed by --allow-authority)</source>
        <translation>avertissement : envoi du secret client à %1, qui n&apos;est pas un hôte de connexion Microsoft Entra ID (autorisé par --allow-authority)</translation>
    </message>
    <message>
        <location filename="../src/cli/signin.cpp" line="+38"/>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 minutes).</source>
        <translation>Pour vous connecter, ouvrez %1 et entrez le code %2 (valable %3 minutes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in in the browser window that opened. If none opened, open this address: %1</source>
        <translation>Connectez-vous dans la fenêtre de navigateur qui s&apos;est ouverte. Si aucune ne s&apos;est ouverte, ouvrez cette adresse : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation>Ouvrez cette adresse dans un navigateur sur cet ordinateur pour vous connecter : %1</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetEnvironment</name>
    <message>
        <location filename="../src/fleet/fleetenvironment.cpp" line="+34"/>
        <source>--profiles %1: no such folder</source>
        <translation>--profiles %1 : dossier introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--profiles %1: the folder holds no profile (*.json)</source>
        <translation>--profiles %1 : le dossier ne contient aucun profil (*.json)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 would both write the report %3.*; rename one of them</source>
        <translation>%1 et %2 écriraient tous deux le rapport %3.* ; renommez l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no profile to check</source>
        <translation>aucun profil à contrôler</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetHtml</name>
    <message>
        <location filename="../src/fleet/fleethtml.cpp" line="+36"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first run</source>
        <translation>première exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change since %1</source>
        <translation>aucun changement depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1: %2 new, %3 fixed, %4 status changes</source>
        <translation>depuis %1 : %2 nouveaux, %3 corrigés, %4 changements de statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Contrôle d&apos;intégrité de la double écriture : résumé de la flotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 environments, %2 changed since their previous run. Started %3, finished %4.</source>
        <translation>%1 environnements, %2 ont changé depuis leur exécution précédente. Début : %3, fin : %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks: %1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.</source>
        <translation>Contrôles : %1 réussis, %2 en échec, %3 avertissements, %4 inconnus, %5 ignorés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Depuis l&apos;exécution précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings, worst first</source>
        <translation>Constats, du plus grave au moins grave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed since the previous run</source>
        <translation>Corrigés depuis l&apos;exécution précédente</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetMarkdown</name>
    <message>
        <location filename="../src/fleet/fleetmarkdown.cpp" line="+41"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Contrôle d&apos;intégrité de la double écriture : résumé de la flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 environments, %2 changed since their previous run. Checks: %3 passed, %4 failed, %5 warnings, %6 unknown, %7 skipped.</source>
        <translation>%1 environnements, %2 ont changé depuis leur exécution précédente. Contrôles : %3 réussis, %4 en échec, %5 avertissements, %6 inconnus, %7 ignorés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Depuis l&apos;exécution précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first run</source>
        <translation>première exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed, %3 status changes</source>
        <translation>%1 nouveaux, %2 corrigés, %3 changements de statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings, worst first</source>
        <translation>Constats, du plus grave au moins grave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetRun</name>
    <message>
        <location filename="../src/fleet/fleetrun.cpp" line="+72"/>
        <source>not run: cancelled</source>
        <translation>non exécuté : annulé</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetTrend</name>
    <message>
        <location filename="../src/fleet/fleettrend.cpp" line="+67"/>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first run</source>
        <translation>première exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change since the run before</source>
        <translation>aucun changement depuis l&apos;exécution précédente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>better: %n fixed since the run before</source>
        <translation>
            <numerusform>mieux : %n corrigé depuis l&apos;exécution précédente</numerusform>
            <numerusform>mieux : %n corrigés depuis l&apos;exécution précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>worse: %n new since the run before</source>
        <translation>
            <numerusform>moins bien : %n nouveau depuis l&apos;exécution précédente</numerusform>
            <numerusform>moins bien : %n nouveaux depuis l&apos;exécution précédente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed since the run before</source>
        <translation>%1 nouveaux, %2 corrigés depuis l&apos;exécution précédente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetWriter</name>
    <message>
        <location filename="../src/fleet/fleetwriter.cpp" line="+43"/>
        <source>the fleet summary is written as %1, not %2</source>
        <translation>le résumé de la flotte est écrit au format %1, pas %2</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::ProfileSecret</name>
    <message>
        <location filename="../src/fleet/profilesecret.cpp" line="+34"/>
        <source>no client secret: the environment variable %1 named by auth.clientSecretEnv is not set</source>
        <translation>aucun secret client : la variable d&apos;environnement %1 nommée par auth.clientSecretEnv n&apos;est pas définie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no client secret: set auth.clientSecretEnv in the profile, DWHEALTH_CLIENT_SECRET, or use --client-secret-stdin</source>
        <translation>aucun secret client : définissez auth.clientSecretEnv dans le profil ou DWHEALTH_CLIENT_SECRET, ou utilisez --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::WebhookNotifier</name>
    <message>
        <location filename="../src/fleet/webhooknotifier.cpp" line="+33"/>
        <source>the --notify address is not a valid URL</source>
        <translation>l&apos;adresse --notify n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the --notify address must use https:// (http:// only for a loopback host)</source>
        <translation>l&apos;adresse --notify doit utiliser https:// (http:// uniquement pour un hôte de bouclage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>**Dual-write health check**: %1 environments, %2 changed since their previous run; %3 failed, %4 unknown, %5 warnings (exit %6).</source>
        <translation>**Contrôle d&apos;intégrité de la double écriture** : %1 environnements, %2 ont changé depuis leur exécution précédente ; %3 en échec, %4 inconnus, %5 avertissements (sortie %6).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- … and more (see the fleet summary)</source>
        <translation>- … et d&apos;autres (voir le résumé de la flotte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- %1: not run (exit %2)</source>
        <translation>- %1 : non exécuté (sortie %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1: new %2; fixed %3 (exit %4)</source>
        <translation>- %1 : nouveaux %2 ; corrigés %3 (sortie %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1: first run, findings %2 (exit %3)</source>
        <translation>- %1 : première exécution, constats %2 (sortie %3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the webhook answered HTTP %1</source>
        <translation>le webhook a répondu HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the webhook could not be reached (%1)</source>
        <translation>le webhook est injoignable (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/widgets/aboutbox.cpp" line="+17"/>
        <source>About dwhealth</source>
        <translation>À propos de dwhealth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;The Dynamics 365 dual-write health check from outside the product.&lt;/p&gt;&lt;p&gt;Ruleset %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;Le contrôle d&apos;intégrité de la double écriture Dynamics 365, depuis l&apos;extérieur du produit.&lt;/p&gt;&lt;p&gt;Jeu de règles %2. Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built from source commit %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Généré à partir du commit source %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Built with Qt %1 (running on %2), licensed under the GNU LGPL version 3; QtKeychain (BSD 3-clause licence); zlib (zlib licence).&lt;/p&gt;&lt;p&gt;The check codes, messages and fixes follow Microsoft&apos;s dual-write documentation on &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conçu avec Qt %1 (exécuté sur %2), sous licence GNU LGPL version 3 ; QtKeychain (licence BSD à 3 clauses) ; zlib (licence zlib).&lt;/p&gt;&lt;p&gt;Les codes de contrôle, les messages et les corrections suivent la documentation Microsoft sur la double écriture, sur &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AuthorityConfirm</name>
    <message>
        <location filename="../src/gui/signin/authorityconfirm.cpp" line="+39"/>
        <source>Send the client secret?</source>
        <translation>Envoyer le secret client ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the client secret to %1?</source>
        <translation>Envoyer le secret client à %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Microsoft Entra ID sign-in host (%2). Whoever runs it receives the client secret and can sign in as the app registration. Send it only if this authority is meant to receive it.</source>
        <translation>%1 n&apos;est pas un hôte de connexion Microsoft Entra ID (%2). Quiconque l&apos;exploite reçoit le secret client et peut se connecter en tant qu&apos;inscription d&apos;application. Ne l&apos;envoyez que si cette autorité est censée le recevoir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the secret</source>
        <translation>&amp;Envoyer le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not send</source>
        <translation>&amp;Ne pas envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this host for the profile</source>
        <translation>&amp;Mémoriser cet hôte pour le profil</translation>
    </message>
</context>
<context>
    <name>dwh::gui::BrowserSignInPanel</name>
    <message>
        <location filename="../src/gui/signin/browsersigninpanel.cpp" line="+19"/>
        <source>Copy sign-in lin&amp;k</source>
        <translation>Copier le &amp;lien de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Annuler la co&amp;nnexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser sign-in</source>
        <translation>Connexion par navigateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>Si aucun navigateur ne s&apos;est ouvert : collez le lien dans un navigateur sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your browser opened the Microsoft sign-in page: sign in there, then come back. If no browser window opened, copy the sign-in link into a browser on this computer.</source>
        <translation>Votre navigateur a ouvert la page de connexion Microsoft : connectez-vous, puis revenez ici. Si aucune fenêtre de navigateur ne s&apos;est ouverte, copiez le lien de connexion dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened: copy the sign-in link into a browser on this computer and sign in there.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : copiez le lien de connexion dans un navigateur sur cet ordinateur et connectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated: in demo mode a simulated browser signs in to the simulator by itself; no real browser opens.</source>
        <translation>Simulation : en mode démo, un navigateur simulé se connecte seul au simulateur ; aucun vrai navigateur ne s&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckHtml</name>
    <message>
        <location filename="../src/gui/wizard/checkhtml.cpp" line="+38"/>
        <location line="+39"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+38"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>none raised (this check&apos;s code: %1)</source>
        <translation>aucun signalé (code de ce contrôle : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Codes:</source>
        <translation>Codes :</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Check id:</source>
        <translation>ID du contrôle :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records involved</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>État HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: %1</source>
        <translation>Codes : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records involved:</source>
        <translation>Enregistrements concernés :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to fix it:</source>
        <translation>Comment corriger :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No documented fix for this finding.</source>
        <translation>Aucune correction documentée pour ce constat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisite health check</source>
        <translation>Contrôle d&apos;intégrité des prérequis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the prerequisites above, then go back and re-run the prerequisite health check.</source>
        <translation>Corrigez les prérequis ci-dessus, puis revenez en arrière et réexécutez le contrôle d&apos;intégrité des prérequis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: every check passed.</source>
        <translation>Rien à corriger : tous les contrôles ont réussi.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckListModel</name>
    <message>
        <location filename="../src/gui/wizard/checklistmodel.cpp" line="+36"/>
        <source>Other checks</source>
        <translation>Autres contrôles</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+59"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/checkpage.cpp" line="+57"/>
        <source>Prerequisite health check</source>
        <translation>Contrôle d&apos;intégrité des prérequis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 2: the solutions, application users, plug-ins, permissions and companies that dual-write needs before the environments can be linked.</source>
        <translation>Étape 1 sur 2 : les solutions, utilisateurs d&apos;application, plug-ins, autorisations et sociétés dont la double écriture a besoin avant que les environnements puissent être liés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2: APIHubConnection, StaleConfiguration and BusinessUnit, as in the product&apos;s health check.</source>
        <translation>Étape 2 sur 2 : APIHubConnection, StaleConfiguration et BusinessUnit, comme dans le contrôle d&apos;intégrité du produit.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Reading the environments…</source>
        <translation>Lecture des environnements…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the environments: %1 of %2 facts read…</source>
        <translation>Lecture des environnements : %1 faits lus sur %2…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passed: %1, failed: %2, warnings: %3, unknown: %4, skipped: %5.</source>
        <translation>Réussis : %1, échecs : %2, avertissements : %3, inconnus : %4, ignorés : %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. What could not be judged is marked unknown; choose Re-run to check again.</source>
        <translation>Annulé. Ce qui n&apos;a pas pu être évalué est marqué comme inconnu ; choisissez Réexécuter pour contrôler de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1.</source>
        <translation>Terminé : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dependency validation cannot run until the failed prerequisites are fixed, as in the product. Fix them and choose Re-run, or continue to the remediation steps and the report.</source>
        <translation>La validation des dépendances ne peut pas s&apos;exécuter tant que les prérequis en échec ne sont pas corrigés, comme dans le produit. Corrigez-les et choisissez Réexécuter, ou passez aux étapes de résolution et au rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dependency validation did not run.</source>
        <translation>La validation des dépendances n&apos;a pas été exécutée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result of %1</source>
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a check under this heading to see its details.</source>
        <translation>Sélectionnez un contrôle sous cet en-tête pour afficher ses détails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check has not finished yet.</source>
        <translation>Ce contrôle n&apos;est pas encore terminé.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffDialog</name>
    <message>
        <location filename="../src/gui/fixes/companydiffdialog.cpp" line="+51"/>
        <source>%1: companies in dual-write, finance and operations apps and Dataverse</source>
        <translation>%1 : sociétés dans la double écriture, les applications de finances et d&apos;opérations et Dataverse</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The companies have not been read yet: run the health check first, or choose Verify to read them now.</source>
        <translation>Les sociétés n&apos;ont pas encore été lues : exécutez d&apos;abord le contrôle d&apos;intégrité, ou choisissez Vérifier pour les lire maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Les entités juridiques sélectionnées pour la double écriture sont inconnues : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected for dual-write: %n legal entities, from the profile (dualWrite.legalEntities).</source>
        <translation>
            <numerusform>Sélection pour la double écriture : %n entité juridique, d&apos;après le profil (dualWrite.legalEntities).</numerusform>
            <numerusform>Sélection pour la double écriture : %n entités juridiques, d&apos;après le profil (dualWrite.legalEntities).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected for dual-write: %n legal entities, the companies enabled for dual-write in Dataverse.</source>
        <translation>
            <numerusform>Sélection pour la double écriture : %n entité juridique, d&apos;après les sociétés activées pour la double écriture dans Dataverse.</numerusform>
            <numerusform>Sélection pour la double écriture : %n entités juridiques, d&apos;après les sociétés activées pour la double écriture dans Dataverse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companies to fix: %1; to look at: %2.</source>
        <translation>Sociétés à corriger : %1 ; à examiner : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every selected legal entity exists on both sides.</source>
        <translation>Chaque entité juridique sélectionnée existe des deux côtés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps could not be read: %1</source>
        <translation>Les applications de finances et d&apos;opérations n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse could not be read: %1</source>
        <translation>Dataverse n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a company to see its fix steps.</source>
        <translation>Sélectionnez une société pour afficher les étapes de correction.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix for %1.</source>
        <translation>Rien à corriger pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the company grid</source>
        <translation>Exporter la grille des sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying: reading the companies again…</source>
        <translation>Vérification : nouvelle lecture des sociétés…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verified at %1: the company checks, run again on what the environments hold now: %2.</source>
        <translation>Vérifié à %1 : les contrôles de sociétés, réexécutés sur le contenu actuel des environnements : %2.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffModel</name>
    <message>
        <location filename="../src/gui/fixes/companydiffmodel.cpp" line="+43"/>
        <source>Matches</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not selected</source>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Team id %1</source>
        <translation>ID d&apos;équipe %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal entity / company code, compared trimmed and case-insensitively</source>
        <translation>Code de l&apos;entité juridique / de la société, comparé sans espaces superflus et sans tenir compte de la casse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O name</source>
        <translation>Nom F&amp;O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in finance and operations apps (LegalEntities)</source>
        <translation>Nom dans les applications de finances et d&apos;opérations (LegalEntities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse name</source>
        <translation>Nom Dataverse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the Dataverse Company table (cdm_company)</source>
        <translation>Nom dans la table Société de Dataverse (cdm_company)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write</source>
        <translation>Activée pour la double écriture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is Enabled for Dual Write (cdm_isenabledfordualwrite)</source>
        <translation>Is Enabled for Dual Write (cdm_isenabledfordualwrite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team</source>
        <translation>Équipe propriétaire par défaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team of the company (cdm_defaultowningteam)</source>
        <translation>Équipe propriétaire par défaut de la société (cdm_defaultowningteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected for dual-write (profile, else the companies enabled in Dataverse)</source>
        <translation>Sélectionnée pour la double écriture (profil, sinon les sociétés activées dans Dataverse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What differs between the three sides</source>
        <translation>Ce qui diffère entre les trois côtés</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="+108"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User id %1</source>
        <translation>ID d&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no security roles</source>
        <translation>aucun rôle de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>rôles : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles could not be read: %1</source>
        <translation>les rôles n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Signed in; %n legal entities</source>
        <translation>
            <numerusform>Connecté ; %n entité juridique</numerusform>
            <numerusform>Connecté ; %n entités juridiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Signed in; %n connections in the environment</source>
        <translation>
            <numerusform>Connecté ; %n connexion dans l&apos;environnement</numerusform>
            <numerusform>Connecté ; %n connexions dans l&apos;environnement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::CredentialsPage</name>
    <message>
        <location filename="../src/gui/wizard/credentialspage.cpp" line="+46"/>
        <source>Link credentials</source>
        <translation>Informations d&apos;identification de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Dataverse and finance and operations environments that dual-write links, then test the connection.</source>
        <translation>Connectez-vous aux environnements Dataverse et de finances et d&apos;opérations que la double écriture relie, puis testez la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret (app registration)</source>
        <translation>Secret client (inscription d&apos;application)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code</source>
        <translation>Code d&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive browser sign-in</source>
        <translation>Connexion interactive par navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An app registration signs in with its client secret</source>
        <translation>Une inscription d&apos;application se connecte avec son secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in on another device or browser with a code shown here</source>
        <translation>Vous vous connectez sur un autre appareil ou navigateur avec un code affiché ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in in the system browser (authorization code with PKCE)</source>
        <translation>Vous vous connectez dans le navigateur du système (code d&apos;autorisation avec PKCE)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Application (client) id of the app registration</source>
        <translation>ID d&apos;application (client) de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: empty uses the public client %1 (Microsoft Azure CLI)</source>
        <translation>Facultatif : vide, le client public %1 (Microsoft Azure CLI) est utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Mémo&amp;riser le secret dans le trousseau système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the sign-in in the system keychain</source>
        <translation>Mémo&amp;riser la connexion dans le trousseau système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Sinon, le secret est conservé uniquement en mémoire et redemandé la prochaine fois. Jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the refresh token (never an access token) in the system keychain, so the next session signs in without a prompt. Without this it stays in memory only. Never written to a file.</source>
        <translation>Conserve le jeton d&apos;actualisation (jamais un jeton d&apos;accès) dans le trousseau système, afin que la session suivante se connecte sans invite. Sinon, il reste uniquement en mémoire. Jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for the sign-in: enter the code below on the sign-in page.</source>
        <translation>En attente de la connexion : entrez le code ci-dessous sur la page de connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the sign-in in the browser.</source>
        <translation>En attente de la connexion dans le navigateur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign-in cancelled: test the connection to sign in again.</source>
        <translation>Connexion annulée : testez la connexion pour vous reconnecter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed out: the tokens of this session are forgotten. The next test signs in again.</source>
        <translation>Déconnecté : les jetons de cette session sont oubliés. Le prochain test vous reconnectera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain entry could not be removed: %1</source>
        <translation>L&apos;entrée du trousseau système n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not tested yet: test the connection to continue.</source>
        <translation>Pas encore testé : testez la connexion pour continuer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick the legal entities selected for dual-write from the list finance and operations apps returned to the connection test</source>
        <translation>Choisir les entités juridiques sélectionnées pour la double écriture dans la liste renvoyée par les applications de finances et d&apos;opérations lors du test de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (available after a successful connection test)</source>
        <translation>%1 (disponible après un test de connexion réussi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick legal entities</source>
        <translation>Choisir les entités juridiques</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the client secret.</source>
        <translation>Entrez le secret client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the tenant, both environment URLs, the environment id and the client id.</source>
        <translation>Renseignez le locataire, les deux URL d&apos;environnement, l&apos;ID d&apos;environnement et l&apos;ID client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot test yet: %1</source>
        <translation>Test impossible pour l&apos;instant : %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 could not be used; see why below.</source>
        <translation>%1 n&apos;a pas pu être utilisé ; la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unreachable</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS failed</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy failed</source>
        <translation>Échec du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Aucun consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Connected to Dataverse and finance and operations, but not to the Power Platform API. You can go on: these checks will be unknown because they read from it: %1.</source>
        <translation>Connecté à Dataverse et aux applications de finances et d&apos;opérations, mais pas à l&apos;API Power Platform. Vous pouvez continuer : ces contrôles seront inconnus, car ils lisent depuis cette API : %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Signing in to %1 and reading who you are… (%n s)</source>
        <translation>
            <numerusform>Connexion à %1 et lecture de votre identité… (%n s)</numerusform>
            <numerusform>Connexion à %1 et lecture de votre identité… (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile cannot be saved yet: %1</source>
        <translation>Le profil ne peut pas encore être enregistré : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &quot;%1&quot; saved (without the secret): it is offered on the first page next time.</source>
        <translation>Profil « %1 » enregistré (sans le secret) : il sera proposé sur la première page la prochaine fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile cannot be exported yet: %1</source>
        <translation>Le profil ne peut pas encore être exporté : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile exported to %1: use it with dwhealth check --profile.</source>
        <translation>Profil exporté vers %1 : utilisez-le avec dwhealth check --profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not exported: %1</source>
        <translation>Le profil n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Connected: signed in to all three services.</source>
        <translation>Connecté : connexion établie aux trois services.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Sign-in failed: Microsoft Entra ID refused the credentials. Check the tenant, client id and secret.</source>
        <translation>Échec de la connexion : Microsoft Entra ID a refusé les informations d&apos;identification. Vérifiez le locataire, l&apos;ID client et le secret.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reach %1: the host was not found, refused the connection or did not answer. Check the URLs, the network and the VPN; see why below.</source>
        <translation>Impossible d&apos;atteindre %1 : l&apos;hôte est introuvable, a refusé la connexion ou n&apos;a pas répondu. Vérifiez les URL, le réseau et le VPN ; la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 failed: the certificate is not trusted. See why below.</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué : le certificat n&apos;est pas approuvé. La raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused or failed the connection to %1. Check the system&apos;s proxy settings; see why below.</source>
        <translation>Le proxy a refusé la connexion à %1 ou l&apos;a fait échouer. Vérifiez les paramètres de proxy du système ; la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in, but the app registration has no consent for %1: an administrator must grant its API permissions. See why below.</source>
        <translation>Connecté, mais l&apos;inscription d&apos;application n&apos;a pas de consentement pour %1 : un administrateur doit accorder ses autorisations d&apos;API. La raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is throttling the requests: wait a few minutes and test the connection again.</source>
        <translation>%1 limite les requêtes : patientez quelques minutes, puis testez à nouveau la connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in failed: the sign-in was not completed; see why below. Test the connection to try again.</source>
        <translation>Échec de la connexion : la connexion n&apos;a pas abouti ; la raison figure ci-dessous. Testez la connexion pour réessayer.</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>The remembered sign-in could not be read from the system keychain (%1): the test signs in again.</source>
        <translation>La connexion mémorisée n&apos;a pas pu être lue dans le trousseau système (%1) : le test vous reconnectera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered secret could not be read from the system keychain: %1</source>
        <translation>Le secret mémorisé n&apos;a pas pu être lu dans le trousseau système : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in saved in the system keychain.</source>
        <translation>Connexion enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret saved in the system keychain.</source>
        <translation>Secret enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>La connexion n&apos;a pas été enregistrée : le trousseau système n&apos;est pas disponible (%1). Elle est conservée en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>Le secret n&apos;a pas été enregistré : le trousseau système n&apos;est pas disponible (%1). Il est conservé en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DeviceCodePanel</name>
    <message>
        <location filename="../src/gui/signin/devicecodepanel.cpp" line="+24"/>
        <source>Copy &amp;code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy lin&amp;k</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Annuler la co&amp;nnexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device code sign-in</source>
        <translation>Connexion par code d&apos;appareil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sign in on another device or in a browser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connectez-vous sur un autre appareil ou dans un navigateur&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Code to enter: %1</source>
        <translation>Code à entrer : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in page: %1</source>
        <translation>Page de connexion : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; in demo mode the simulator approves the code by itself after a few seconds; nothing is sent to Microsoft.</source>
        <translation>&lt;b&gt;Simulation :&lt;/b&gt; en mode démo, le simulateur approuve le code tout seul après quelques secondes ; rien n&apos;est envoyé à Microsoft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the sign-in; the code expires in %1:%2.</source>
        <translation>En attente de la connexion ; le code expire dans %1:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DialogButtons</name>
    <message>
        <location filename="../src/gui/widgets/dialogbuttons.cpp" line="+21"/>
        <source>Close this window; nothing is written by closing it</source>
        <translation>Fermer cette fenêtre ; la fermeture n&apos;écrit rien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next page</source>
        <translation>Passer à la page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; the results stay in the report and the history</source>
        <translation>Fermer l&apos;assistant ; les résultats restent dans le rapport et l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; nothing more is read or written</source>
        <translation>Fermer l&apos;assistant ; plus rien n&apos;est lu ni écrit</translation>
    </message>
</context>
<context>
    <name>dwh::gui::FleetDialog</name>
    <message>
        <location filename="../src/gui/tools/fleetdialog.cpp" line="+29"/>
        <source>signs in a person: open it to check it</source>
        <translation>connecte une personne : ouvrez-le pour le contrôler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its authority is not a Microsoft Entra ID sign-in host: open it</source>
        <translation>son autorité n&apos;est pas un hôte de connexion Microsoft Entra ID : ouvrez-le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run &amp;all</source>
        <translation>Exécuter &amp;tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;selected</source>
        <translation>Exécuter la &amp;sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet: every saved environment</source>
        <translation>Flotte : tous les environnements enregistrés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved environments</source>
        <translation>Environnements enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each saved profile with its last result and trend from the history</source>
        <translation>Chaque profil enregistré avec son dernier résultat et sa tendance d&apos;après l&apos;historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every saved profile, %1 at once; each run is stored in the history</source>
        <translation>Contrôler chaque profil enregistré, %1 simultanément ; chaque exécution est enregistrée dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected profiles</source>
        <translation>Contrôler les profils sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected profile in the wizard</source>
        <translation>Contrôler le profil sélectionné dans l&apos;assistant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved environments, their last result and how it changed. Runs use the profile&apos;s auth.clientSecretEnv variable, the keychain, or DWHEALTH_CLIENT_SECRET.</source>
        <translation>Environnements enregistrés, leur dernier résultat et son évolution. Les exécutions utilisent la variable auth.clientSecretEnv du profil, le trousseau ou DWHEALTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved profile yet: save one in the wizard first.</source>
        <translation>Aucun profil enregistré pour l&apos;instant : enregistrez-en d&apos;abord un dans l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved environments: %1.</source>
        <translation>Environnements enregistrés : %1.</translation>
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
        <translation>%1 : %2 en échec, %3 inconnus, %4 avertissements</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+67"/>
        <source>not run: %1</source>
        <translation>non exécuté : %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking…</source>
        <translation>contrôle en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking: %1 of %2 read</source>
        <translation>contrôle en cours : %1 sur %2 lus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking environments: %1…</source>
        <translation>Contrôle des environnements : %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (not stored in the history: %1)</source>
        <translation> (non enregistré dans l&apos;historique : %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. Environments checked: %1.</source>
        <translation>Terminé. Environnements contrôlés : %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::HealthWizard</name>
    <message>
        <location filename="../src/gui/wizard/healthwizard.cpp" line="+25"/>
        <source>dwhealth — dual-write health check</source>
        <translation>dwhealth — contrôle d&apos;intégrité de la double écriture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About…</source>
        <translation>À propos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, ruleset and the libraries dwhealth uses</source>
        <translation>Version, jeu de règles et bibliothèques utilisées par dwhealth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs the history keeps</source>
        <translation>Combien d&apos;exécutions l&apos;historique conserve</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LanguageChooser</name>
    <message>
        <location filename="../src/gui/widgets/languagechooser.cpp" line="+19"/>
        <source>&amp;Restart now</source>
        <translation>Re&amp;démarrer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the wizard and of the reports it writes</source>
        <translation>La langue de l&apos;assistant et des rapports qu&apos;il écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the wizard and of the reports it writes; it changes at the next start</source>
        <translation>La langue de l&apos;assistant et des rapports qu&apos;il écrit ; elle change au prochain démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the wizard and start dwhealth again in the chosen language</source>
        <translation>Fermer l&apos;assistant et relancer dwhealth dans la langue choisie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dwhealth could not be started again; close it and start it yourself.</source>
        <translation>dwhealth n&apos;a pas pu être relancé ; fermez-le et relancez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LegalEntityPicker</name>
    <message>
        <location filename="../src/gui/wizard/legalentitypicker.cpp" line="+34"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entités juridiques sélectionnées pour la double écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the legal entities selected on the Dual-write page. The list is what finance and operations apps returned to the connection test. Nothing ticked: the checks use the companies enabled for dual-write in Dataverse, and say that the selection could not be read.</source>
        <translation>Cochez les entités juridiques sélectionnées dans la page Double écriture. La liste correspond à ce que les applications de finances et d&apos;opérations ont renvoyé lors du test de connexion. Si rien n&apos;est coché, les contrôles utilisent les sociétés activées pour la double écriture dans Dataverse et signalent que la sélection n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code or name</source>
        <translation>Code ou nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter legal entities</source>
        <translation>Filtrer les entités juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the legal entities whose code or name contains the text</source>
        <translation>Affiche uniquement les entités juridiques dont le code ou le nom contient le texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations legal entities</source>
        <translation>Entités juridiques des applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each legal entity selected for dual-write</source>
        <translation>Cochez chaque entité juridique sélectionnée pour la double écriture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — not returned by finance and operations apps</source>
        <translation>%1 — non renvoyé par les applications de finances et d&apos;opérations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all shown</source>
        <translation>Cocher &amp;tout ce qui est affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks every legal entity the filter shows</source>
        <translation>Coche chaque entité juridique affichée par le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Décocher tout ce qui est affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticks every legal entity the filter shows</source>
        <translation>Décoche chaque entité juridique affichée par le filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts the ticked codes into the profile</source>
        <translation>Place les codes cochés dans le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the profile&apos;s legal entities as they were</source>
        <translation>Laisse les entités juridiques du profil inchangées</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::OwningTeamDialog</name>
    <message>
        <location filename="../src/session/defaultteamfacts.cpp" line="+59"/>
        <source>(not read)</source>
        <translation>(non lu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: Dual-write health check DWFOEV1006: default team name mismatch</source>
        <translation>Objet : Contrôle d&apos;intégrité de la double écriture DWFOEV1006 : incohérence du nom de l&apos;équipe par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dual-write health check reports DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Please update the details of the dual-write connection with the default team of the root business unit below.</source>
        <translation>Le contrôle d&apos;intégrité de la double écriture signale DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Veuillez mettre à jour les détails de la connexion de double écriture avec l&apos;équipe par défaut de la division racine ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations environment: %1</source>
        <translation>Environnement de finances et d&apos;opérations : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse environment: %1</source>
        <translation>Environnement Dataverse : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit: %1</source>
        <translation>Division racine : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit id: %1</source>
        <translation>ID de la division racine : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team of the root business unit: %1</source>
        <translation>Équipe par défaut de la division racine : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team id: %1</source>
        <translation>ID de l&apos;équipe par défaut : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected default team name (the business unit&apos;s name): %1</source>
        <translation>Nom attendu de l&apos;équipe par défaut (le nom de la division) : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found with the query of &quot;Assign security role to the default owning team&quot;:</source>
        <translation>Trouvé avec la requête de &quot;Assign security role to the default owning team&quot; :</translation>
    </message>
    <message>
        <location filename="../src/gui/fixes/owningteamdialog.cpp" line="+51"/>
        <source>Business unit and owning teams (%1)</source>
        <translation>Division et équipes propriétaires (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;mpanies to fix (%1)</source>
        <translation>&amp;Sociétés à corriger (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the health check first: the facts come from its findings.</source>
        <translation>Exécutez d&apos;abord le contrôle d&apos;intégrité : les faits proviennent de ses constats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), the root business unit&apos;s default team</source>
        <translation>%1 (%2), l&apos;équipe par défaut de la division racine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read</source>
        <translation>Non lu</translation>
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
        <translation>Inconnu : la division ou son équipe par défaut n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named as the business unit, as expected.</source>
        <translation>Porte le nom de la division, comme prévu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot; (the business unit&apos;s name), found &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; attendu (le nom de la division), &quot;%2&quot; trouvé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No fix can be planned: %1</source>
        <translation>Aucune correction ne peut être planifiée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every company that syncs through dual-write has a default owning team: nothing to set.</source>
        <translation>Chaque société synchronisée par la double écriture a une équipe propriétaire par défaut : rien à définir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets &lt;b&gt;Default owning team&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) on the ticked companies to the root business unit&apos;s default team %1. Afterwards, make sure the team has the dual-write security roles. &lt;a href=&quot;%2&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Définit &lt;b&gt;Équipe propriétaire par défaut&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) sur les sociétés cochées avec l&apos;équipe par défaut %1 de la division racine. Ensuite, vérifiez que l&apos;équipe dispose des rôles de sécurité de double écriture. &lt;a href=&quot;%2&quot;&gt;Correction documentée&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dwhealth does not rename the default team. For DWFOEV1006 Microsoft documents two fixes: reset the dual-write connection (see the reset walkthrough), or open a ticket with Microsoft Support giving the default team of the root business unit. The text below has what the ticket needs. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>dwhealth ne renomme pas l&apos;équipe par défaut. Pour DWFOEV1006, Microsoft documente deux corrections : réinitialiser la connexion de double écriture (voir la procédure guidée de réinitialisation), ou ouvrir un ticket auprès du support Microsoft en indiquant l&apos;équipe par défaut de la division racine. Le texte ci-dessous contient ce dont le ticket a besoin. &lt;a href=&quot;%1&quot;&gt;Correction documentée&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>After the fix, DWDVEV1007: %1. %2</source>
        <translation>Après la correction, DWDVEV1007 : %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>aucun résultat</translation>
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
            <numerusform>%n contrôle : %1</numerusform>
            <numerusform>%n contrôles : %1</numerusform>
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
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do about each finding, as Microsoft documents it, with a guided fix where there is one. After fixing, verify in the guided fix or go back and re-run the checks.</source>
        <translation>Que faire pour chaque constat, tel que documenté par Microsoft, avec une correction guidée lorsqu&apos;il en existe une. Après la correction, vérifiez dans la correction guidée ou revenez en arrière et réexécutez les contrôles.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No findings: every check that ran passed.</source>
        <translation>Aucun constat : tous les contrôles exécutés ont réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention: %1 (failed: %2, warnings: %3, could not be evaluated: %4).</source>
        <translation>Constats nécessitant votre attention : %1 (échecs : %2, avertissements : %3, non évaluables : %4).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no code)</source>
        <translation>(aucun code)</translation>
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
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documented steps only</source>
        <translation>Étapes documentées uniquement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Guided fix…</source>
        <translation>Correction &amp;guidée…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Guided fix for %1…</source>
        <translation>Correction &amp;guidée pour %1…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ReportPage</name>
    <message>
        <location filename="../src/gui/wizard/reportpage.cpp" line="+72"/>
        <source>Changes from the run of %1 to this run:</source>
        <translation>Changements entre l&apos;exécution du %1 et cette exécution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since the run of %1.</source>
        <translation>Aucun changement depuis l&apos;exécution du %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New findings</source>
        <translation>Nouveaux constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Corrigés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changes</source>
        <translation>Changements d&apos;état</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the health check, what changed since earlier runs, and the report to hand over, in the format you choose.</source>
        <translation>Le résultat du contrôle d&apos;intégrité, ce qui a changé depuis les exécutions précédentes et le rapport à remettre, dans le format de votre choix.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Healthy, with warnings to review.</source>
        <translation>Intègre, avec des avertissements à examiner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: every check passed.</source>
        <translation>Intègre : tous les contrôles ont réussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not healthy: at least one check failed.</source>
        <translation>Non intègre : au moins un contrôle a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: some checks could not be evaluated.</source>
        <translation>Incomplet : certains contrôles n&apos;ont pas pu être évalués.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataverse: %1&lt;br&gt;Finance and operations: %2&lt;br&gt;Checked %3 to %4 (UTC)&lt;br&gt;dwhealth %5, ruleset %6</source>
        <translation>Dataverse : %1&lt;br&gt;Finances et opérations : %2&lt;br&gt;Contrôlé du %3 au %4 (UTC)&lt;br&gt;dwhealth %5, jeu de règles %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Environnement simulé : scénario %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prerequisite health check</source>
        <translation>Contrôle d&apos;intégrité des prérequis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Validation des dépendances</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (this run)</source>
        <translation>%1 (cette exécution)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo runs are not stored in the history: there is nothing to compare with.</source>
        <translation>Les exécutions de démonstration ne sont pas enregistrées dans l&apos;historique : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was not stored in the history: %1</source>
        <translation>Cette exécution n&apos;a pas été stockée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an earlier run to see what changed since then.</source>
        <translation>Choisissez une exécution précédente pour voir ce qui a changé depuis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first run of this profile: nothing to compare with yet.</source>
        <translation>Il s&apos;agit de la première exécution de ce profil : rien à comparer pour l&apos;instant.</translation>
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
        <translation>Logo : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has the content of this preview, laid out for printing.</source>
        <translation>Le PDF reprend le contenu de cet aperçu, mis en page pour l&apos;impression.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save JSON report</source>
        <translation>Enregistrer le rapport JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report (*.%2)</source>
        <translation>Rapport %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save evidence bundle</source>
        <translation>Enregistrer l&apos;archive de preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (*.zip)</source>
        <translation>Archive de preuves (*.zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s data is no longer available; run the check again</source>
        <translation>les données de l&apos;exécution ne sont plus disponibles ; exécutez de nouveau le contrôle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetImpactPage</name>
    <message>
        <location filename="../src/gui/reset/resetimpactpage.cpp" line="+51"/>
        <source>What the reset deletes</source>
        <translation>Ce que la réinitialisation supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset clears every dual-write runtime configuration and removes the maps, integration keys and legal-entity mapping. Save this snapshot first.</source>
        <translation>La réinitialisation efface toutes les configurations d&apos;exécution de la double écriture et supprime les mappages, les clés d&apos;intégration et le mappage des entités juridiques. Enregistrez d&apos;abord cet instantané.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset also deletes DualWriteProjectFieldConfiguration (the field maps of each project) and BusinessEventsDefinition, and with them the default alert settings, activity logs and initial-sync history.

The finance and operations OData API does not expose those tables, so dwhealth cannot list them. What DualWriteProjectConfigurations does expose — each project&apos;s IntegrationKey and FieldMap — is in the Project configurations tab and in the saved snapshot.</source>
        <translation>La réinitialisation supprime aussi DualWriteProjectFieldConfiguration (les mappages de champs de chaque projet) et BusinessEventsDefinition, et avec eux les paramètres d&apos;alerte par défaut, les journaux d&apos;activité et l&apos;historique de synchronisation initiale.

L&apos;API OData de finances et d&apos;opérations n&apos;expose pas ces tables ; dwhealth ne peut donc pas les lister. Ce que DualWriteProjectConfigurations expose — l&apos;IntegrationKey et le FieldMap de chaque projet — figure dans l&apos;onglet Configurations de projet et dans l&apos;instantané enregistré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the dual-write configuration of both environments (reads only)…</source>
        <translation>Lecture de la configuration de double écriture des deux environnements (lecture seule)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Runtime configurations (%1)</source>
        <translation>Configurations d&apos;e&amp;xécution (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project configurations (%1)</source>
        <translation>Configurations de &amp;projet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal entities (%1)</source>
        <translation>&amp;Entités juridiques (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse runtime configurations: %1</source>
        <translation>Configurations d&apos;exécution Dataverse : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O project configurations: %1</source>
        <translation>Configurations de projet F&amp;O : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset deletes %1 Dataverse runtime configurations and %2 finance and operations project configurations.</source>
        <translation>La réinitialisation supprime %1 configurations d&apos;exécution Dataverse et %2 configurations de projet de finances et d&apos;opérations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not everything could be read: %1</source>
        <translation>Tout n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the reset snapshot</source>
        <translation>Enregistrer l&apos;instantané de réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The snapshot was not saved: %1</source>
        <translation>L&apos;instantané n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot saved: %1</source>
        <translation>Instantané enregistré : %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetRecheckPage</name>
    <message>
        <location filename="../src/gui/reset/resetrecheckpage.cpp" line="+23"/>
        <source>Health check after the reset</source>
        <translation>Contrôle d&apos;intégrité après la réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole health check, run again. After a reset the maps start over: findings about them are expected until the solution is applied again.</source>
        <translation>Le contrôle d&apos;intégrité complet, exécuté de nouveau. Après une réinitialisation, les mappages repartent de zéro : des constats les concernant sont attendus tant que la solution n&apos;a pas été appliquée de nouveau.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running the health check…</source>
        <translation>Exécution du contrôle d&apos;intégrité…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Passed: %1, failed: %2, warnings: %3, could not be evaluated: %4, skipped: %5.</source>
        <translation>Réussis : %1, échecs : %2, avertissements : %3, non évaluables : %4, ignorés : %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override: %1</source>
        <translation>Contournement : %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetStepPage</name>
    <message>
        <location filename="../src/gui/reset/resetsteppage.cpp" line="+28"/>
        <source>Verify once the step is done: dwhealth reads the environment again.</source>
        <translation>Vérifiez une fois l&apos;étape terminée : dwhealth relit l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The APIs do not show this step; the next page checks what it did.</source>
        <translation>Les API ne montrent pas cette étape ; la page suivante contrôle son effet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify this step</source>
        <translation>Vérifier cette étape</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: went on although the verification failed (%2)</source>
        <translation>%1 : poursuite malgré l&apos;échec de la vérification (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override: %1</source>
        <translation>Contournement : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the environment…</source>
        <translation>Lecture de l&apos;environnement…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetWalkthrough</name>
    <message>
        <location filename="../src/session/resetfacts.cpp" line="+36"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: running (Status %2)</source>
        <translation>%1 : en cours d&apos;exécution (état %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every map is stopped (project configurations: %1).</source>
        <translation>Tous les mappages sont arrêtés (configurations de projet : %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 maps are still running: stop them before the reset, or tick Force Reset.</source>
        <translation>%1 mappages sur %2 sont toujours en cours d&apos;exécution : arrêtez-les avant la réinitialisation, ou cochez Forcer la réinitialisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dataverse runtime configuration left: %1 (%2)</source>
        <translation>Configuration d&apos;exécution Dataverse restante : %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;O project configuration left: %1 (points at %2)</source>
        <translation>Configuration de projet F&amp;O restante : %1 (pointe vers %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old configuration is gone: no runtime configuration and no project configuration is left.</source>
        <translation>L&apos;ancienne configuration a disparu : il ne reste aucune configuration d&apos;exécution ni aucune configuration de projet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n configuration row(s) are left after the reset. Rows left in Dataverse are stale: the stale configuration cleanup deletes them.</source>
        <translation>
            <numerusform>%n ligne de configuration reste après la réinitialisation. Les lignes restantes dans Dataverse sont obsolètes : le nettoyage des configurations obsolètes les supprime.</numerusform>
            <numerusform>%n lignes de configuration restent après la réinitialisation. Les lignes restantes dans Dataverse sont obsolètes : le nettoyage des configurations obsolètes les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 points at %2, not at the linked environment</source>
        <translation>%1 pointe vers %2, et non vers l&apos;environnement lié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No map is configured yet: apply the solution on the Dual-write page.</source>
        <translation>Aucun mappage n&apos;est encore configuré : appliquez la solution sur la page Double écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project configurations: %1, running: %2; pointing elsewhere: %3.</source>
        <translation>Configurations de projet : %1, en cours d&apos;exécution : %2 ; pointant ailleurs : %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not exposed through OData; the field maps are in each project&apos;s FieldMap column</source>
        <translation>non exposé via OData ; les mappages de champs figurent dans la colonne FieldMap de chaque projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exposed through OData</source>
        <translation>non exposé via OData</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/reset/resetwalkthrough.cpp" line="+33"/>
        <source>Reset dual-write connections — walkthrough</source>
        <translation>Réinitialiser les connexions de double écriture — procédure guidée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset dual-write connections (Microsoft Learn)</source>
        <translation>Réinitialiser les connexions de double écriture (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1: stop every map</source>
        <translation>Étape 1 : arrêter tous les mappages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset needs every dual-write map stopped.</source>
        <translation>La réinitialisation exige que tous les mappages de double écriture soient arrêtés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open &lt;b&gt;Data management&lt;/b&gt; → &lt;b&gt;Dual-write&lt;/b&gt;.</source>
        <translation>Dans les applications de finances et d&apos;opérations, ouvrez &lt;b&gt;Gestion des données&lt;/b&gt; → &lt;b&gt;Double écriture&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every table map and choose &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Sélectionnez chaque mappage de table et choisissez &lt;b&gt;Arrêter&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until every map shows &lt;b&gt;Not running&lt;/b&gt;, then choose Verify below.</source>
        <translation>Attendez que chaque mappage affiche &lt;b&gt;Non en cours d&apos;exécution&lt;/b&gt;, puis choisissez Vérifier ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;If a map cannot be stopped, the reset wizard shows a &lt;b&gt;Force Reset&lt;/b&gt; check box that must be ticked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si un mappage ne peut pas être arrêté, l&apos;assistant de réinitialisation affiche une case à cocher &lt;b&gt;Forcer la réinitialisation&lt;/b&gt; qu&apos;il faut cocher.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step 2: reset the link</source>
        <translation>Étape 2 : réinitialiser le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page (Platform update 54 / 10.0.30 or later).</source>
        <translation>Sur la page Double écriture (Platform update 54 / 10.0.30 ou version ultérieure).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Reset link&lt;/b&gt;.</source>
        <translation>Sur la page &lt;b&gt;Double écriture&lt;/b&gt;, choisissez &lt;b&gt;Réinitialiser le lien&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Choose environment&lt;/b&gt;: keep &lt;b&gt;Power Platform Link Dataverse Environment&lt;/b&gt; (recommended: it re-aligns dual-write with the Power Platform integration, and you cannot go back to the previous environment), or choose &lt;b&gt;Current Dataverse Environment&lt;/b&gt; only where an older release linked another environment. Tick &lt;b&gt;Acknowledge Reset&lt;/b&gt; (and &lt;b&gt;Force Reset&lt;/b&gt; when it is shown).</source>
        <translation>&lt;b&gt;Choisir l&apos;environnement&lt;/b&gt; : conservez &lt;b&gt;Environnement Dataverse du lien Power Platform&lt;/b&gt; (recommandé : cela réaligne la double écriture sur l&apos;intégration Power Platform, et vous ne pouvez pas revenir à l&apos;environnement précédent), ou choisissez &lt;b&gt;Environnement Dataverse actuel&lt;/b&gt; uniquement si une version antérieure a lié un autre environnement. Cochez &lt;b&gt;Confirmer la réinitialisation&lt;/b&gt; (et &lt;b&gt;Forcer la réinitialisation&lt;/b&gt; lorsque cette option est affichée).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Select legal entities&lt;/b&gt; (the default is None): select the ones saved in the snapshot: %1.</source>
        <translation>&lt;b&gt;Suivant&lt;/b&gt; → &lt;b&gt;Sélectionner les entités juridiques&lt;/b&gt; (la valeur par défaut est Aucune) : sélectionnez celles enregistrées dans l&apos;instantané : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → the &lt;b&gt;Health check&lt;/b&gt; page, then &lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Summary&lt;/b&gt;, and confirm the reset.</source>
        <translation>&lt;b&gt;Suivant&lt;/b&gt; → la page &lt;b&gt;Contrôle d&apos;intégrité&lt;/b&gt;, puis &lt;b&gt;Suivant&lt;/b&gt; → &lt;b&gt;Résumé&lt;/b&gt;, et confirmez la réinitialisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The reset clears DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations and the Dual Write Runtime Configurations in Dataverse; it removes the maps, integration keys, legal-entity mapping, default alert settings, activity logs and initial-sync history, and restores the connection set from the Power Platform integration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La réinitialisation efface DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration et BusinessEventsDefinition dans finances et opérations, ainsi que les Dual Write Runtime Configurations dans Dataverse ; elle supprime les mappages, les clés d&apos;intégration, le mappage des entités juridiques, les paramètres d&apos;alerte par défaut, les journaux d&apos;activité et l&apos;historique de synchronisation initiale, et restaure le jeu de connexions à partir de l&apos;intégration Power Platform.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step 3: check that the old configuration is gone</source>
        <translation>Étape 3 : vérifier que l&apos;ancienne configuration a disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale rows left behind are what DWDVEV1004 and DWFOEV1004 report.</source>
        <translation>Les lignes obsolètes restantes sont celles que signalent DWDVEV1004 et DWFOEV1004.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Right after the reset, and before the solution is applied again, no runtime configuration should be left in Dataverse and no project configuration in finance and operations. Choose Verify to re-read both tables.&lt;/p&gt;&lt;p&gt;Rows left in Dataverse can be deleted with the stale configuration cleanup (DWDVEV1004).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Juste après la réinitialisation, et avant que la solution soit appliquée de nouveau, il ne doit rester aucune configuration d&apos;exécution dans Dataverse ni aucune configuration de projet dans finances et opérations. Choisissez Vérifier pour relire les deux tables.&lt;/p&gt;&lt;p&gt;Les lignes restantes dans Dataverse peuvent être supprimées avec le nettoyage des configurations obsolètes (DWDVEV1004).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 4: apply the solution and start the maps</source>
        <translation>Étape 4 : appliquer la solution et démarrer les mappages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a reset the maps are gone: start over with Apply Solution.</source>
        <translation>Après une réinitialisation, les mappages ont disparu : recommencez avec Appliquer la solution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Apply Solution&lt;/b&gt; to publish the default maps again.</source>
        <translation>Sur la page &lt;b&gt;Double écriture&lt;/b&gt;, choisissez &lt;b&gt;Appliquer la solution&lt;/b&gt; pour publier de nouveau les mappages par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the integration keys of the maps you use (the snapshot has the old ones).</source>
        <translation>Vérifiez les clés d&apos;intégration des mappages que vous utilisez (l&apos;instantané contient les anciennes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the maps you need, with initial sync where required, then choose Verify.</source>
        <translation>Démarrez les mappages dont vous avez besoin, avec une synchronisation initiale si nécessaire, puis choisissez Vérifier.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/fixes/restoredialog.cpp" line="+30"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>Char&amp;ger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A backup file a guided fix or dwhealth fix wrote before its writes</source>
        <translation>Fichier de sauvegarde écrit par une correction guidée ou par dwhealth fix avant ses écritures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the backup and preview the writes that undo it (reads nothing from the environments)</source>
        <translation>Lire la sauvegarde et afficher un aperçu des écritures qui l&apos;annulent (aucune lecture dans les environnements)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup file: the restore undoes its run, record by record.</source>
        <translation>Choisissez un fichier de sauvegarde : la restauration annule son exécution, enregistrement par enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in the backup</source>
        <translation>Enregistrements de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each record of the backup and what the restore does with it</source>
        <translation>Chaque enregistrement de la sauvegarde et ce que la restauration en fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bac&amp;kup records</source>
        <translation>&amp;Enregistrements de la sauvegarde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Sauvegardes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter or choose the backup file first.</source>
        <translation>Saisissez ou choisissez d&apos;abord le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup cannot be restored here: %1. Nothing was written.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée ici : %1. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-created or set back as it was</source>
        <translation>recréé ou rétabli tel qu&apos;il était</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted again (the run created it)</source>
        <translation>supprimé à nouveau (l&apos;exécution l&apos;avait créé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 from %2: nothing to restore.</source>
        <translation>Sauvegarde de %1 du %2 : rien à restaurer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backup of %1 from %2 (%n record(s)): the restore makes the writes below, one per record, after a backup of what they overwrite.</source>
        <translation>
            <numerusform>Sauvegarde de %1 du %2 (%n enregistrement) : la restauration effectue les écritures ci-dessous, une par enregistrement, après une sauvegarde de ce qu&apos;elles écrasent.</numerusform>
            <numerusform>Sauvegarde de %1 du %2 (%n enregistrements) : la restauration effectue les écritures ci-dessous, une par enregistrement, après une sauvegarde de ce qu&apos;elles écrasent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::SavedProfiles</name>
    <message>
        <location filename="../src/session/savedprofiles.cpp" line="+20"/>
        <source>no profile is saved as &quot;%1&quot;, and no profile is saved at all (the wizard saves them)</source>
        <translation>aucun profil n&apos;est enregistré sous le nom « %1 », et aucun profil n&apos;est enregistré (l&apos;assistant les enregistre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no profile is saved as &quot;%1&quot;; saved profiles: %2</source>
        <translation>aucun profil n&apos;est enregistré sous le nom « %1 » ; profils enregistrés : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the stored secret is empty</source>
        <translation>le secret stocké est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client secret of the saved profile &quot;%1&quot; could not be read from the system keychain: %2; set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin instead</source>
        <translation>la clé secrète client du profil enregistré « %1 » n&apos;a pas pu être lue dans le trousseau système : %2 ; définissez DWHEALTH_CLIENT_SECRET ou utilisez plutôt --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SecretStore</name>
    <message>
        <location filename="../src/session/secretstore.cpp" line="+32"/>
        <source>no system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running and unlocked)</source>
        <translation>aucun trousseau système n&apos;est disponible (sous Linux : un Secret Service tel que GNOME Keyring ou KWallet doit être en cours d&apos;exécution et déverrouillé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain denied access</source>
        <translation>le trousseau système a refusé l&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access to the system keychain was declined</source>
        <translation>l&apos;accès au trousseau système a été décliné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is stored for this profile</source>
        <translation>rien n&apos;est stocké pour ce profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no keychain dwhealth can use</source>
        <translation>ce système ne dispose d&apos;aucun trousseau utilisable par dwhealth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain gave no reason (code %1)</source>
        <translation>le trousseau système n&apos;a donné aucune raison (code %1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SessionPage</name>
    <message>
        <location filename="../src/gui/wizard/sessionpage.cpp" line="+32"/>
        <source>Simulated environment</source>
        <translation>Environnement simulé</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; every answer comes from the recorded evidence bundle, served by the simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; chaque réponse provient de l&apos;archive de preuves enregistrée, servie par le simulateur sur cet ordinateur ; aucun locataire réel n&apos;est contacté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Simulated environment&lt;/b&gt; &amp;mdash; scenario &lt;b&gt;%1&lt;/b&gt;. Every answer comes from the built-in simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;Environnement simulé&lt;/b&gt; &amp;mdash; scénario &lt;b&gt;%1&lt;/b&gt;. Chaque réponse provient du simulateur intégré sur cet ordinateur ; aucun locataire réel n&apos;est contacté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Environnement simulé : scénario %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/tools/settingsdialog.cpp" line="+36"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>dwh::gui::StaleCleanupDialog</name>
    <message>
        <location filename="../src/gui/fixes/stalecleanupdialog.cpp" line="+46"/>
        <source>Clean up stale Dataverse runtime configurations (%1)</source>
        <translation>Nettoyer les configurations d&apos;exécution Dataverse obsolètes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean up stale finance and operations project configurations (%1)</source>
        <translation>Nettoyer les configurations de projet de finances et d&apos;opérations obsolètes (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft&apos;s cleanup deletes the Dual Write Runtime Configurations rows that the current link does not own.</source>
        <translation>Le nettoyage de Microsoft supprime les lignes Dual Write Runtime Configurations que le lien actuel ne possède pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s cleanup deletes the DualWriteProjectConfiguration rows that point at another Dataverse environment (two per map).</source>
        <translation>Le nettoyage de Microsoft supprime les lignes DualWriteProjectConfiguration qui pointent vers un autre environnement Dataverse (deux par mappage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked record is read in full into a backup file first; &lt;code&gt;dwhealth restore&lt;/code&gt; can re-create it. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Chaque enregistrement coché est d&apos;abord lu intégralement dans un fichier de sauvegarde ; &lt;code&gt;dwhealth restore&lt;/code&gt; peut le recréer. &lt;a href=&quot;%1&quot;&gt;Correction documentée&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Stale records (%1)</source>
        <translation>Enregistrements &amp;obsolètes (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run the health check first: the stale records come from its findings.</source>
        <translation>Exécutez d&apos;abord le contrôle d&apos;intégrité : les enregistrements obsolètes proviennent de ses constats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cleanup can be planned: %1</source>
        <translation>Aucun nettoyage ne peut être planifié : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to clean up: %1</source>
        <translation>Rien à nettoyer : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No link: no F&amp;O project configuration points at %1</source>
        <translation>Pas de lien : aucune configuration de projet F&amp;O ne pointe vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matching map: no project configuration of the current link has this name or entity pair</source>
        <translation>Pas de mappage correspondant : aucune configuration de projet du lien actuel ne porte ce nom ou cette paire d&apos;entités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points at another environment: %1</source>
        <translation>Pointe vers un autre environnement : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment URL (the linked environment is %1)</source>
        <translation>Pas d&apos;URL d&apos;environnement (l&apos;environnement lié est %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>After the cleanup, %1: %2. %3</source>
        <translation>Après le nettoyage, %1 : %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
</context>
<context>
    <name>dwh::gui::Status</name>
    <message>
        <location filename="../src/gui/widgets/statusicons.cpp" line="+65"/>
        <source>Passed</source>
        <comment>check status</comment>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>check status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>check status</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>check status: could not be evaluated</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>check status: not finished yet</comment>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TableMapsDialog</name>
    <message>
        <location filename="../src/gui/tools/tablemapsdialog.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing right:</source>
        <translation>Droit manquant :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table maps and recent errors</source>
        <translation>Mappages de table et erreurs récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>la dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>les dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 7 days</source>
        <translation>les 7 derniers jours</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the table maps and the recent errors…</source>
        <translation>Lecture des mappages de table et des erreurs récentes…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read %1. Legal entities: %2 (from %3). Direction and last initial sync: not exposed (kept by the Data Integrator service).</source>
        <translation>Lu %1. Entités juridiques : %2 (source : %3). Sens et dernière synchronisation initiale : non exposés (conservés par le service Data Integrator).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table maps could not be read</source>
        <translation>Les mappages de table n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dataverse runtime configurations could not be read</source>
        <translation>Les configurations d&apos;exécution Dataverse n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (last %2)</source>
        <translation>%1 (dernière %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataverse errors</source>
        <translation>Erreurs Dataverse</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TroubleshooterDialog</name>
    <message>
        <location filename="../src/gui/tools/troubleshooterdialog.cpp" line="+66"/>
        <source>Choose a symptom…</source>
        <translation>Choisir un symptôme…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste a message and choose Explain, or pick a symptom: the cause, the documented fix and the checks that confirm it appear here.</source>
        <translation>Collez un message et choisissez Expliquer, ou choisissez un symptôme : la cause, la correction documentée et les contrôles qui la confirment s&apos;affichent ici.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paste a message first, or pick a symptom.</source>
        <translation>Collez d&apos;abord un message, ou choisissez un symptôme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recognised: this message is not one of the troubleshooting articles&apos; items. Pick the closest symptom from the list.</source>
        <translation>Non reconnu : ce message ne fait pas partie des éléments des articles de résolution des problèmes. Choisissez le symptôme le plus proche dans la liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised: %1.</source>
        <translation>Reconnu : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also possible: %1 (pick it from the list).</source>
        <translation>Également possible : %1 (choisissez-le dans la liste).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it:</source>
        <translation>Qui peut le corriger :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Documentation :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity set</source>
        <translation>Jeu d&apos;entités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Exigée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AppSource package</source>
        <translation>Package AppSource</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dwhealth check covers this symptom.</source>
        <translation>Aucun contrôle dwhealth ne couvre ce symptôme.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>Exécution de %n contrôle…</numerusform>
            <numerusform>Exécution de %n contrôles…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checks run: %1.</source>
        <translation>Contrôles exécutés : %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::VersionMatrix</name>
    <message>
        <location filename="../src/session/versionmatrix.cpp" line="+38"/>
        <source>Dual Write Core (AppSource solution)</source>
        <translation>Dual Write Core (solution AppSource)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dual Write Core</source>
        <translation>Dual Write Core</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dual-write applications core entity maps</source>
        <translation>Mappages d&apos;entités Dual-write applications core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Human Resources entity maps</source>
        <translation>Mappages d&apos;entités Dynamics 365 Human Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Supply Chain Management extended entity maps</source>
        <translation>Mappages d&apos;entités étendus Dynamics 365 Supply Chain Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Finance extended entity map</source>
        <translation>Mappage d&apos;entités étendu Dynamics 365 Finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 notes entity maps</source>
        <translation>Mappages d&apos;entités de notes Dynamics 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics 365 Asset Management entity maps</source>
        <translation>Mappages d&apos;entités Dynamics 365 Asset Management</translation>
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
        <translation>DWHC0202 : versions des solutions de double écriture</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not installed</source>
        <translation>non installée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none documented</source>
        <translation>aucune documentée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: not installed</source>
        <translation>Échec : non installée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: below required</source>
        <translation>Échec : version inférieure à celle exigée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: not a version number</source>
        <translation>Inconnu : pas un numéro de version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed (not required)</source>
        <translation>Non installée (non exigée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The solutions have not been read yet: run the prerequisite health check first, or choose Verify to read them now.</source>
        <translation>Les solutions n&apos;ont pas encore été lues : exécutez d&apos;abord le contrôle d&apos;intégrité des prérequis, ou choisissez Vérifier pour les lire maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dual-write solution(s) below the required version or missing.</source>
        <translation>
            <numerusform>%n solution de double écriture est manquante ou d&apos;une version inférieure à celle exigée.</numerusform>
            <numerusform>%n solutions de double écriture sont manquantes ou d&apos;une version inférieure à celle exigée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every installed dual-write solution meets its required version.</source>
        <translation>Chaque solution de double écriture installée atteint la version exigée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Power Platform admin center, open the Dataverse environment and choose Dynamics 365 apps.</source>
        <translation>Dans le Centre d&apos;administration Power Platform, ouvrez l&apos;environnement Dataverse et choisissez Applications Dynamics 365.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update these packages, in this order (Application Core first; the others depend on it):</source>
        <translation>Mettez à jour ces packages, dans cet ordre (Application Core d&apos;abord ; les autres en dépendent) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update the dual-write packages that contain a solution below its required version.</source>
        <translation>Mettez à jour les packages de double écriture qui contiennent une solution de version inférieure à celle exigée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a Dual-write Application Orchestration package (the deprecated monolith) is installed, install the split packages over it: they keep the same solution names, publisher and map versions, so this is a non-breaking upgrade.</source>
        <translation>Si un package Dual-write Application Orchestration (l&apos;ancien package monolithique, déprécié) est installé, installez les packages séparés par-dessus : ils conservent les mêmes noms de solutions, le même éditeur et les mêmes versions de mappages ; cette mise à niveau est donc sans rupture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In finance and operations apps, on the Dual-write page, apply the map solutions again (Apply Solution) where the solution shows &quot;Has new changes = Yes&quot;:</source>
        <translation>Dans les applications de finances et d&apos;opérations, sur la page Double écriture, appliquez de nouveau les solutions de mappage (Appliquer la solution) là où la solution indique &quot;A de nouvelles modifications = Oui&quot; :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose Verify to run the solution checks again.</source>
        <translation>Choisissez Vérifier pour exécuter de nouveau les contrôles de solutions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version mismatch errors:</source>
        <translation>Erreurs d&apos;incompatibilité de version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages and their contents:</source>
        <translation>Packages et leur contenu :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying: reading the solutions again…</source>
        <translation>Vérification : nouvelle lecture des solutions…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified at %1: %2</source>
        <translation>Vérifié à %1 : %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="+27"/>
        <source>Dual-write health check</source>
        <translation>Contrôle d&apos;intégrité de la double écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the environment to check.</source>
        <translation>Choisissez l&apos;environnement à contrôler.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flee&amp;t…</source>
        <translation>Flo&amp;tte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved profile with its last result and trend; check them all at once</source>
        <translation>Chaque profil enregistré avec son dernier résultat et sa tendance ; contrôlez-les tous en une fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the tenant, the environment URLs and the app registration on the next page.</source>
        <translation>Entrez le locataire, les URL d&apos;environnement et l&apos;inscription d&apos;application à la page suivante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse: %1
Finance and operations: %2</source>
        <translation>Dataverse : %1
Finances et opérations : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profils (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile could not be imported: %1</source>
        <translation>Le profil n&apos;a pas pu être importé : %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The simulator could not start: %1</source>
        <translation>Le simulateur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulator profile</source>
        <translation>profil du simulateur</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WriteRunPanel</name>
    <message>
        <location filename="../src/gui/fixes/writerunpanel.cpp" line="+47"/>
        <location line="+256"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>No record is selected: nothing would be written.</source>
        <translation>Aucun enregistrement n&apos;est sélectionné : rien ne serait écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>To confirm %n write(s), type the host name of the environment they go to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>Pour confirmer %n écriture, tapez le nom d&apos;hôte de l&apos;environnement concerné : &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>Pour confirmer %n écritures, tapez le nom d&apos;hôte de l&apos;environnement concerné : &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the simulated environment on this computer)</source>
        <translation> (l&apos;environnement simulé sur cet ordinateur)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply %n write(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n écriture</numerusform>
            <numerusform>&amp;Appliquer %n écritures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the backup file.</source>
        <translation>Choisissez un dossier pour le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 is not a folder.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not writable.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This fix has run; the results are above. Close and reopen the guided fix to fix what is left.</source>
        <translation>Cette correction a été exécutée ; les résultats figurent ci-dessus. Fermez et rouvrez la correction guidée pour corriger ce qui reste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to write.</source>
        <translation>Rien à écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not the host name shown above: nothing will be written.</source>
        <translation>Ce n&apos;est pas le nom d&apos;hôte affiché ci-dessus : rien ne sera écrit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup folder %1 cannot be created: nothing was written.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé : rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Reading %n record(s) for the backup…</source>
        <translation>
            <numerusform>Lecture de %n enregistrement pour la sauvegarde…</numerusform>
            <numerusform>Lecture de %n enregistrements pour la sauvegarde…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: being written into %1</source>
        <translation>Sauvegarde : en cours d&apos;écriture dans %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup written before the first write: %1</source>
        <translation>Sauvegarde écrite avant la première écriture : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %v of %m steps</source>
        <translation>Écriture : étape %v sur %m</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: not written.</source>
        <translation>Sauvegarde : non écrite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every record was written. %1</source>
        <translation>Tous les enregistrements n&apos;ont pas été écrits. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record was written. %1</source>
        <translation>Tous les enregistrements ont été écrits. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-check: running the health check again…</source>
        <translation>Nouveau contrôle : réexécution du contrôle d&apos;intégrité…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-check of %1 (%2): %3. %4</source>
        <translation>Nouveau contrôle de %1 (%2) : %3. %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report has no result for it.</source>
        <translation>Le rapport ne contient aucun résultat pour ce contrôle.</translation>
    </message>
    <message>
        <location filename="../src/session/writeruntext.cpp" line="+33"/>
        <source>   Header: %1: %2</source>
        <translation>   En-tête : %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Body: %1</source>
        <translation>   Corps : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Record: %1 (%2, %3 %4)</source>
        <translation>   Enregistrement : %1 (%2, %3 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Why: %1</source>
        <translation>   Motif : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Backed up first with: GET %1</source>
        <translation>   Sauvegardé au préalable avec : GET %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (HTTP %1)</source>
        <translation>Échec (HTTP %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted</source>
        <translation>Non tentée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: may have been applied</source>
        <translation>Inconnu : a peut-être été appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Done: %1, failed: %2, not attempted: %3, unknown: %4.</source>
        <translation>Effectuées : %1, échecs : %2, non tentées : %3, inconnues : %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped before writing: %1</source>
        <translation>Arrêté avant l&apos;écriture : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: not written</source>
        <translation>Sauvegarde : non écrite</translation>
    </message>
</context>
<context>
    <name>dwh::sim::Simulator</name>
    <message>
        <location filename="../src/sim/bundlescenario.cpp" line="+129"/>
        <source>Replay of %1 recorded %2</source>
        <translation>Relecture de %1 enregistré le %2</translation>
    </message>
</context>
</TS>
