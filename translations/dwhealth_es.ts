<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/checkpage.ui" line="+16"/>
        <source>Progress of the check</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ancel check</source>
        <translation>&amp;Cancelar comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the check; what could not be judged is reported as unknown</source>
        <translation>Detener la comprobación; lo que no se haya podido evaluar se notifica como desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this step again, for example after fixing a finding</source>
        <translation>Volver a ejecutar este paso, por ejemplo, después de corregir un hallazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the check</source>
        <translation>Volver a ejecutar la comprobación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chec&amp;ks:</source>
        <translation>C&amp;omprobaciones:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check with its status, code and message; select one to see its details</source>
        <translation>Cada comprobación con su estado, código y mensaje; seleccione una para ver sus detalles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details of the selected check:</source>
        <translation>&amp;Detalles de la comprobación seleccionada:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py details</source>
        <translation>Co&amp;piar detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected check&apos;s details to the clipboard</source>
        <translation>Copiar los detalles de la comprobación seleccionada en el portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation>Copiar los detalles en el portapapeles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the selected check found: status, codes, records involved and the documented fix</source>
        <translation>Lo que encontró la comprobación seleccionada: estado, códigos, registros afectados y la corrección documentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected check</source>
        <translation>Detalles de la comprobación seleccionada</translation>
    </message>
</context>
<context>
    <name>CompanyDiffDialog</name>
    <message>
        <location filename="../ui/companydiffdialog.ui" line="+8"/>
        <source>Companies: dual-write, finance and operations apps and Dataverse</source>
        <translation>Empresas: doble escritura, aplicaciones de finanzas y operaciones y Dataverse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the companies whose code or name contains this text (any case)</source>
        <translation>Mostrar solo las empresas cuyo código o nombre contiene este texto (sin distinguir mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search companies by code or name</source>
        <translation>Buscar empresas por código o nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;differences</source>
        <translation>Solo &amp;diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the companies that match on every side</source>
        <translation>Ocultar las empresas que coinciden en todos los lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only companies with differences</source>
        <translation>Mostrar solo las empresas con diferencias</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every company on either side: whether it exists in finance and operations apps, in Dataverse and in the dual-write selection</source>
        <translation>Cada empresa de ambos lados: si existe en las aplicaciones de finanzas y operaciones, en Dataverse y en la selección de doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies compared across dual-write, finance and operations apps and Dataverse</source>
        <translation>Empresas comparadas entre doble escritura, aplicaciones de finanzas y operaciones y Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a company to see the steps that fix its difference</source>
        <translation>Seleccione una empresa para ver los pasos que corrigen su diferencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Fix steps for the selected company:</source>
        <translation>&amp;Pasos de corrección para la empresa seleccionada:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to make the legal entities and the companies match, as Microsoft documents it</source>
        <translation>Cómo hacer coincidir las entidades jurídicas y las empresas, según la documentación de Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps for the selected company</source>
        <translation>Pasos de corrección para la empresa seleccionada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After fixing, choose Verify to run the company checks again.</source>
        <translation>Después de corregir, elija Verificar para volver a ejecutar las comprobaciones de empresas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results of the company checks run again</source>
        <translation>Resultados de las comprobaciones de empresas ejecutadas de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the companies again and re-run only the company checks (DWDVEV1003, DWFOEV1003, DWDVEV1007)</source>
        <translation>Volver a leer las empresas y ejecutar de nuevo solo las comprobaciones de empresas (DWDVEV1003, DWFOEV1003, DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the company checks again</source>
        <translation>Verificar: volver a ejecutar las comprobaciones de empresas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid, with the fix steps of every row, as a CSV file</source>
        <translation>Guardar la cuadrícula, con los pasos de corrección de cada fila, como archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the company grid as CSV</source>
        <translation>Exportar la cuadrícula de empresas como CSV</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/credentialspage.ui" line="+20"/>
        <source>Prof&amp;ile name:</source>
        <translation>N&amp;ombre del perfil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
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
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the profile (never the secret) under its name, to choose it on the first page next time</source>
        <translation>Guarde el perfil (nunca el secreto) con su nombre para elegirlo en la primera página la próxima vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile as a JSON file for dwhealth check --profile (never the secret)</source>
        <translation>Guarde el perfil como archivo JSON para dwhealth check --profile (nunca el secreto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the profile for the command line</source>
        <translation>Exportar el perfil para la línea de comandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00000000-0000-0000-0000-000000000000 or contoso.onmicrosoft.com</source>
        <translation>00000000-0000-0000-0000-000000000000 o contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dataverse URL:</source>
        <translation>URL de &amp;Dataverse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataverse URL</source>
        <translation>URL de Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.crm4.dynamics.com</source>
        <translation>https://contoso-uat.crm4.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En&amp;vironment id:</source>
        <translation>Id. de &amp;entorno:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform environment id</source>
        <translation>Id. del entorno de Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0b2c…-guid of the Dataverse environment</source>
        <translation>0b2c…-GUID del entorno de Dataverse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Finance and operations URL:</source>
        <translation>URL de &amp;finanzas y operaciones:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations URL</source>
        <translation>URL de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.sandbox.operations.dynamics.com</source>
        <translation>https://contoso-uat.sandbox.operations.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in &amp;mode:</source>
        <translation>&amp;Modo de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in mode</source>
        <translation>Modo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dwhealth signs in to Microsoft Entra ID</source>
        <translation>Cómo inicia sesión dwhealth en Microsoft Entra ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client id:</source>
        <translation>Id. de c&amp;liente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client id</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) id of the app registration</source>
        <translation>Id. de aplicación (cliente) del registro de aplicaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory only</source>
        <translation>Solo se conserva en memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the client secret in clear text while you type it; it is never saved in the profile</source>
        <translation>Muestra el secreto de cliente en texto claro mientras lo escribe; nunca se guarda en el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Sin esta opción, el secreto solo se conserva en memoria y se vuelve a solicitar la próxima vez. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows the token endpoint, scopes and other settings that are rarely changed</source>
        <translation>Muestra el punto de conexión del token, los ámbitos y otras opciones que rara vez se cambian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>Configuración a&amp;vanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority URL</source>
        <translation>URL de autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Power Platform API URL:</source>
        <translation>URL de la API de &amp;Power Platform:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform API URL</source>
        <translation>URL de la API de Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: computed from the environment id</source>
        <translation>Vacío: se calcula a partir del id. de entorno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal entities:</source>
        <translation>Entidades &amp;jurídicas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the companies enabled for dual-write in Dataverse (e.g. USMF, DEMF)</source>
        <translation>Vacío: las empresas habilitadas para doble escritura en Dataverse (p. ej., USMF, DEMF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entit&amp;y list…</source>
        <translation>Ele&amp;gir entidades…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Te&amp;st connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Dataverse, finance and operations and the Power Platform API, and read who you are</source>
        <translation>Iniciar sesión en Dataverse, finanzas y operaciones y la API de Power Platform, y leer quién es usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the tokens of this session and what is remembered in the system keychain; the next test signs in again</source>
        <translation>Olvidar los tokens de esta sesión y lo que se recuerda en el llavero del sistema; la siguiente prueba vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel t&amp;he test</source>
        <translation>Cancelar la pr&amp;ueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the connection test under way; nothing is signed in or read any more</source>
        <translation>Detiene la prueba de conexión en curso; ya no se inicia sesión ni se lee nada más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the connection test</source>
        <translation>Cancelar la prueba de conexión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of the connection test for each service: status and what was wrong</source>
        <translation>El resultado de la prueba de conexión de cada servicio: estado y qué falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test results</source>
        <translation>Resultados de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&lt;b&gt;What the signed-in identity can check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué puede comprobar la identidad que ha iniciado sesión&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The permissions the check needs and whether the signed-in account has them</source>
        <translation>Los permisos que necesita la comprobación y si la cuenta con la sesión iniciada los tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the signed-in identity can run</source>
        <translation>Comprobaciones que puede ejecutar la identidad que ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can run?</source>
        <translation>¿Se puede ejecutar?</translation>
    </message>
</context>
<context>
    <name>OwningTeamDialog</name>
    <message>
        <location filename="../ui/owningteamdialog.ui" line="+18"/>
        <source>The fix for each company, the default team facts and the support ticket text</source>
        <translation>La corrección de cada empresa, los datos del equipo predeterminado y el texto de la incidencia de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owning team facts, fix and support ticket</source>
        <translation>Datos del equipo propietario, corrección e incidencia de soporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facts</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root business unit:</source>
        <translation>Unidad de negocio raíz:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its default team:</source>
        <translation>Su equipo predeterminado:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team name (DWFOEV1006):</source>
        <translation>Nombre del equipo (DWFOEV1006):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Companies that sync through dual-write and their default owning team (DWDVEV1007):</source>
        <translation>&amp;Empresas que se sincronizan mediante doble escritura y su equipo propietario predeterminado (DWDVEV1007):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companies and their default owning team</source>
        <translation>Empresas y su equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default owning team</source>
        <translation>Equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set default owning &amp;team</source>
        <translation>Establecer equipo &amp;propietario predeterminado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The companies without an owning team and the team that the fix would set</source>
        <translation>Las empresas sin equipo propietario y el equipo que establecería la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies without a default owning team</source>
        <translation>Empresas sin equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked companies get the team shown; Space ticks or clears the current one</source>
        <translation>Las empresas marcadas reciben el equipo mostrado; la barra espaciadora marca o desmarca la actual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team to set</source>
        <translation>Equipo que se establecerá</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support tic&amp;ket</source>
        <translation>&amp;Incidencia de soporte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text of a support ticket with the facts already filled in; copy it into the ticket</source>
        <translation>El texto de una incidencia de soporte con los datos ya rellenados; cópielo en la incidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket text</source>
        <translation>Texto de la incidencia de soporte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ticket text to the clipboard</source>
        <translation>Copiar el texto de la incidencia en el portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the support ticket text</source>
        <translation>Copiar el texto de la incidencia de soporte</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <location filename="../ui/remediationpage.ui" line="+31"/>
        <source>F&amp;indings (select one; Enter opens its guided fix):</source>
        <translation>&amp;Hallazgos (seleccione uno; Entrar abre su corrección guiada):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The findings that need a fix; select one to see its steps and guided fixes</source>
        <translation>Los hallazgos que necesitan corrección; seleccione uno para ver sus pasos y correcciones guiadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention</source>
        <translation>Hallazgos que requieren atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed, warning or unknown check; a guided fix opens with Enter or a double click</source>
        <translation>Cada comprobación con error, advertencia o estado desconocido; la corrección guiada se abre con Entrar o con doble clic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided fix</source>
        <translation>Corrección guiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Documented fixes:</source>
        <translation>Correcciones &amp;documentadas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documented fix of the selected finding, step by step, with its link</source>
        <translation>La corrección documentada del hallazgo seleccionado, paso a paso, con su vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented fixes for each finding</source>
        <translation>Correcciones documentadas para cada hallazgo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guided fix…</source>
        <translation>Corrección &amp;guiada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open the guided fix of the selected finding</source>
        <translation>Abrir la corrección guiada del hallazgo seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Troubleshoot an error message…</source>
        <translation>&amp;Solucionar problemas de un mensaje de error…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an error message from dual-write and see its cause, fix and the checks to run</source>
        <translation>Pegue un mensaje de error de doble escritura y vea su causa, su corrección y las comprobaciones que debe ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot an error message</source>
        <translation>Solucionar problemas de un mensaje de error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;walkthrough…</source>
        <translation>Guía de &amp;restablecimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step through resetting the dual-write link</source>
        <translation>Recorrido paso a paso por el restablecimiento del vínculo de doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset walkthrough</source>
        <translation>Guía de restablecimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a guided fix&apos;s writes from the backup file it wrote first</source>
        <translation>Deshace las escrituras de una corrección guiada a partir del archivo de copia de seguridad que esta escribió primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py all steps</source>
        <translation>Co&amp;piar todos los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every finding and its fix to the clipboard</source>
        <translation>Copiar cada hallazgo y su corrección en el portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all steps to the clipboard</source>
        <translation>Copiar todos los pasos en el portapapeles</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../ui/reportpage.ui" line="+21"/>
        <source>The report as a summary, the changes since the previous run, and the export</source>
        <translation>El informe como resumen, los cambios desde la ejecución anterior y la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report views</source>
        <translation>Vistas del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts by status and every finding of this run</source>
        <translation>Recuentos por estado y todos los hallazgos de esta ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past runs of this profile (choose one to compare it with this run):</source>
        <translation>Ejecuciones anteriores de este perfil (elija una para compararla con esta ejecución):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since the chosen run</source>
        <translation>Cambios desde la ejecución elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redact identifiers, URLs and user names</source>
        <translation>&amp;Censurar identificadores, URL y nombres de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask the tenant and environment ids, URLs, user names, user ids and e-mail addresses</source>
        <translation>Enmascarar los id. de inquilino y de entorno, las URL, los nombres de usuario, los id. de usuario y las direcciones de correo electrónico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cus&amp;tomer:</source>
        <translation>Clien&amp;te:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile name</source>
        <translation>El nombre del perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer on the cover</source>
        <translation>Cliente en la portada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared b&amp;y:</source>
        <translation>Preparado p&amp;or:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown when empty</source>
        <translation>No se muestra si está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant on the cover</source>
        <translation>Consultor en la portada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image file (PNG, JPEG, …); none when empty</source>
        <translation>Un archivo de imagen (PNG, JPEG, …); ninguno si está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the cover</source>
        <translation>Logotipo en la portada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the exported report</source>
        <translation>Vista previa del informe exportado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in the chosen format, with these options</source>
        <translation>Guardar el informe en el formato elegido, con estas opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save JSON report…</source>
        <translation>&amp;Guardar informe JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full report (schema version 1) as JSON</source>
        <translation>Guardar el informe completo (versión de esquema 1) como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON report</source>
        <translation>Guardar informe JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save evi&amp;dence bundle…</source>
        <translation>Guardar paquete de &amp;pruebas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ZIP file with the report, the HTTP trace (HAR, without any credential) and the data as read, to replay with dwhealth check --replay</source>
        <translation>Un archivo ZIP con el informe, el seguimiento HTTP (HAR, sin ninguna credencial) y los datos tal como se leyeron, para reproducirlo con dwhealth check --replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save evidence bundle</source>
        <translation>Guardar paquete de pruebas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table &amp;maps…</source>
        <translation>Asignaciones de ta&amp;bla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table map&apos;s state and its recent errors with the documented fix, read live (read-only)</source>
        <translation>El estado de cada asignación de tabla y sus errores recientes con la corrección documentada, leídos en directo (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps and recent errors</source>
        <translation>Asignaciones de tabla y errores recientes</translation>
    </message>
</context>
<context>
    <name>ResetImpactPage</name>
    <message>
        <location filename="../ui/resetimpactpage.ui" line="+21"/>
        <source>What a reset deletes: the runtime configurations, the project configurations and the legal entity selection</source>
        <translation>Lo que elimina el restablecimiento: las configuraciones en tiempo de ejecución, las configuraciones de proyecto y la selección de entidades jurídicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reset deletes</source>
        <translation>Qué elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runtime configurations</source>
        <translation>Configuraciones en &amp;tiempo de ejecución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write runtime configurations in Dataverse that a reset deletes</source>
        <translation>Las configuraciones en tiempo de ejecución de doble escritura en Dataverse que elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse dual-write runtime configurations the reset deletes</source>
        <translation>Configuraciones en tiempo de ejecución de doble escritura de Dataverse que elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (table map)</source>
        <translation>Nombre (asignación de tabla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse table</source>
        <translation>Tabla de Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O entity</source>
        <translation>Entidad de F&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project configurations</source>
        <translation>Configuraciones de &amp;proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write project configurations in finance and operations apps that a reset deletes</source>
        <translation>Las configuraciones de proyecto de doble escritura en las aplicaciones de finanzas y operaciones que elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations project configurations the reset deletes</source>
        <translation>Configuraciones de proyecto de finanzas y operaciones que elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration key</source>
        <translation>Clave de integración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points at</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal entities</source>
        <translation>&amp;Entidades jurídicas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset clears the legal-entity mapping: note these to select them again in the reset wizard.</source>
        <translation>El restablecimiento borra la asignación de entidades jurídicas: anótelas para volver a seleccionarlas en el asistente de restablecimiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal entities selected for dual-write, which must be selected again after a reset</source>
        <translation>Las entidades jurídicas seleccionadas para la doble escritura, que deben volver a seleccionarse después de un restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Field configurations</source>
        <translation>Configuraciones de ca&amp;mpo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the snapshot &amp;to:</source>
        <translation>&amp;Guardar la instantánea en:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file the snapshot of what a reset deletes is saved to</source>
        <translation>El archivo en el que se guarda la instantánea de lo que elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot file</source>
        <translation>Archivo de instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON file that keeps every row listed above, saved before the reset deletes them</source>
        <translation>El archivo JSON que conserva todas las filas indicadas arriba, guardado antes de que el restablecimiento las elimine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the snapshot</source>
        <translation>Elegir dónde guardar la instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the snapshot file</source>
        <translation>Elegir el archivo de instantánea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save snapshot</source>
        <translation>Guardar in&amp;stantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows listed above as JSON (reads only; nothing is changed)</source>
        <translation>Guardar las filas indicadas arriba como JSON (solo lectura; no se cambia nada)</translation>
    </message>
</context>
<context>
    <name>ResetRecheckPage</name>
    <message>
        <location filename="../ui/resetrecheckpage.ui" line="+16"/>
        <source>Progress of the health check</source>
        <translation>Progreso de la comprobación de estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole health check again (reads only)</source>
        <translation>Volver a ejecutar toda la comprobación de estado (solo lectura)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The result of each check after the reset</source>
        <translation>El resultado de cada comprobación después del restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check and its status</source>
        <translation>Cada comprobación y su estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ResetStepPage</name>
    <message>
        <location filename="../ui/resetsteppage.ui" line="+14"/>
        <source>What to do in this step of the reset, as Microsoft documents it</source>
        <translation>Qué hacer en este paso del restablecimiento, según la documentación de Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documented steps</source>
        <translation>Los pasos documentados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the environment now and check this step (reads only)</source>
        <translation>Leer ahora el entorno y comprobar este paso (solo lectura)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the verification of this step found</source>
        <translation>Lo que encontró la verificación de este paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the verification found, record by record</source>
        <translation>Lo que encontró la verificación, registro por registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go on although the verification failed</source>
        <translation>Continuar aunque la &amp;verificación haya fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when you checked in the product that the step is done: the override is written into the walkthrough&apos;s log</source>
        <translation>Solo si ha comprobado en el producto que el paso se ha completado: la omisión se registra en el registro del recorrido guiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on although the verification failed</source>
        <translation>Continuar aunque la verificación haya fallado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+8"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of runs</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs &amp;kept per profile:</source>
        <translation>&amp;Ejecuciones guardadas por perfil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs kept per profile</source>
        <translation>Ejecuciones guardadas por perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest runs of each profile kept in the history; older runs are removed</source>
        <translation>Las ejecuciones más recientes de cada perfil que guarda el historial; las más antiguas se eliminan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mega&amp;bytes kept per profile:</source>
        <translation>&amp;Megabytes guardados por perfil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Megabytes kept per profile</source>
        <translation>Megabytes guardados por perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size all runs of a profile may take; the oldest runs are removed first</source>
        <translation>El tamaño que pueden ocupar todas las ejecuciones de un perfil; las más antiguas se eliminan primero</translation>
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
        <translation>Eliminar de todos modos: he comprobado las asignaciones de tabla en la página de doble escritura y estos registros están obsoletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not establish the link, or finance and operations returned no configuration: the records may only be invisible to this sign-in. Tick only after checking the table maps yourself.</source>
        <translation>La comprobación no pudo establecer el vínculo, o las aplicaciones de finanzas y operaciones no devolvieron ninguna configuración: puede que los registros solo sean invisibles para este inicio de sesión. Marque la casilla solo después de comprobar usted mismo las asignaciones de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete without a confirmed link</source>
        <translation>Eliminar sin un vínculo confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the cleanup although the linked environment could not be confirmed</source>
        <translation>Planifica la limpieza aunque no se pudo confirmar el entorno vinculado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked records are deleted; Space ticks or clears the current one. The tooltip of each reason gives the check&apos;s full explanation.</source>
        <translation>Los registros marcados se eliminan; la barra espaciadora marca o desmarca el actual. La información sobre herramientas de cada motivo ofrece la explicación completa de la comprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stale configuration rows that the cleanup would delete, with the reason for each</source>
        <translation>Las filas de configuración obsoletas que eliminaría la limpieza, con el motivo de cada una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale configuration records</source>
        <translation>Registros de configuración obsoletos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stale record, why the check calls it stale, and its key. Untick a record to keep it.</source>
        <translation>Cada registro obsoleto, por qué la comprobación lo considera obsoleto y su clave. Desmarque un registro para conservarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is stale</source>
        <translation>Por qué está obsoleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity pair</source>
        <translation>Par de entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>TableMapsDialog</name>
    <message>
        <location filename="../ui/tablemapsdialog.ui" line="+8"/>
        <location line="+55"/>
        <source>Table maps</source>
        <translation>Asignaciones de tabla</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Errors since:</source>
        <translation>&amp;Errores desde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors since</source>
        <translation>Errores desde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Asignaciones:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each dual-write table map: its tables, state and recent errors</source>
        <translation>Cada asignación de tabla de doble escritura: sus tablas, estado y errores recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent errors and their &amp;documented fix:</source>
        <translation>Errores recientes y su corrección &amp;documentada:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent errors by cause, with the documented fix</source>
        <translation>Errores recientes por causa, con la corrección documentada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Read again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and the errors again (read-only)</source>
        <translation>Volver a leer las asignaciones y los errores (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and errors again</source>
        <translation>Volver a leer las asignaciones y los errores</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <location filename="../ui/troubleshooterdialog.ui" line="+8"/>
        <source>Troubleshoot a dual-write error message</source>
        <translation>Solucionar problemas de un mensaje de error de doble escritura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste an error message from the Dual-write page, a table map or Dataverse:</source>
        <translation>&amp;Pegue un mensaje de error de la página Doble escritura, de una asignación de tabla o de Dataverse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error message to explain</source>
        <translation>Mensaje de error que se explicará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole message; session and activity ids and solution versions are picked out of it</source>
        <translation>Pegue el mensaje completo; se extraen de él los id. de sesión y de actividad y las versiones de las soluciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status code does not indicate success: 403 (tokenexchange).</source>
        <translation>p. ej.: Response status code does not indicate success: 403 (tokenexchange).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Explain</source>
        <translation>&amp;Explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the message and show its cause and fix (Ctrl+Return)</source>
        <translation>Reconocer el mensaje y mostrar su causa y su corrección (Ctrl+Entrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the pasted message</source>
        <translation>Explicar el mensaje pegado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or pick a s&amp;ymptom:</source>
        <translation>o elija un sín&amp;toma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known symptoms</source>
        <translation>Síntomas conocidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of Microsoft&apos;s dual-write troubleshooting articles</source>
        <translation>Los elementos de los artículos de solución de problemas de doble escritura de Microsoft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the pasted message means: the likely cause, the documented fix and its link</source>
        <translation>Qué significa el mensaje pegado: la causa probable, la corrección documentada y su vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause, fix steps and documentation</source>
        <translation>Causa, pasos de corrección y documentación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parsed &amp;fields:</source>
        <translation>&amp;Campos analizados:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields found in the message</source>
        <translation>Campos encontrados en el mensaje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Checks that confirm the cause:</source>
        <translation>C&amp;omprobaciones que confirman la causa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dwhealth checks that can confirm the cause; run them from here</source>
        <translation>Las comprobaciones de dwhealth que pueden confirmar la causa; ejecútelas desde aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that confirm the cause</source>
        <translation>Comprobaciones que confirman la causa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run these checks</source>
        <translation>E&amp;jecutar estas comprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only the checks listed above against the environments now</source>
        <translation>Ejecutar ahora en los entornos solo las comprobaciones indicadas arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks that confirm the cause</source>
        <translation>Ejecutar las comprobaciones que confirman la causa</translation>
    </message>
</context>
<context>
    <name>VersionMatrixDialog</name>
    <message>
        <location filename="../ui/versionmatrixdialog.ui" line="+8"/>
        <source>Dual-write solution versions</source>
        <translation>Versiones de las soluciones de doble escritura</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Installed and required versions:</source>
        <translation>Versiones &amp;instaladas y requeridas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each dual-write solution: installed version, required version and whether it is enough</source>
        <translation>Cada solución de doble escritura: versión instalada, versión requerida y si es suficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed and required version of every dual-write solution</source>
        <translation>Versión instalada y requerida de cada solución de doble escritura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppSource package</source>
        <translation>Paquete de AppSource</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Upgrade steps:</source>
        <translation>&amp;Pasos de actualización:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to bring the listed solutions to their required versions</source>
        <translation>Cómo llevar las soluciones enumeradas a sus versiones requeridas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented upgrade steps</source>
        <translation>Pasos de actualización documentados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the solutions again and re-run only the solution checks (DWHC0201, DWHC0202)</source>
        <translation>Volver a leer las soluciones y ejecutar de nuevo solo las comprobaciones de soluciones (DWHC0201, DWHC0202)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the solution checks again</source>
        <translation>Verificar: volver a ejecutar las comprobaciones de soluciones</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.ui" line="+12"/>
        <source>This wizard runs the dual-write health check from outside finance and operations apps, in the same two steps as the product: the &lt;b&gt;prerequisite health check&lt;/b&gt;, then &lt;b&gt;dependency validation&lt;/b&gt; (APIHubConnection, StaleConfiguration and BusinessUnit). Every finding comes with the records involved, the evidence and the documented fix. Nothing is changed in your environments: every request only reads.</source>
        <translation>Este asistente ejecuta la comprobación de estado de doble escritura desde fuera de las aplicaciones de finanzas y operaciones, en los mismos dos pasos que el producto: la &lt;b&gt;comprobación de estado de requisitos previos&lt;/b&gt; y, a continuación, la &lt;b&gt;validación de dependencias&lt;/b&gt; (APIHubConnection, StaleConfiguration y BusinessUnit). Cada hallazgo incluye los registros implicados, las pruebas y la corrección documentada. No se cambia nada en sus entornos: todas las solicitudes son de solo lectura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Environment profile</source>
        <translation>Perfil de entorno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A saved profile (recently used first), or a new one</source>
        <translation>Un perfil guardado (los usados recientemente primero) o uno nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a profile file (JSON) and save it as a new profile</source>
        <translation>Leer un archivo de perfil (JSON) y guardarlo como perfil nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile file…</source>
        <translation>&amp;Importar archivo de perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile file</source>
        <translation>Importar archivo de perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected profile (its keychain secret too)</source>
        <translation>Olvidar el perfil seleccionado (también su secreto del llavero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Simulated environment (demo)</source>
        <translation>Entorno &amp;simulado (demostración)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a simulated tenant served by the built-in simulator on this computer</source>
        <translation>Comprobar un inquilino simulado servido por el simulador integrado en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated environment</source>
        <translation>Entorno simulado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;cenario:</source>
        <translation>Es&amp;cenario:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The situation the built-in simulator plays: healthy, or one of the documented failures</source>
        <translation>La situación que reproduce el simulador integrado: correcta o uno de los errores documentados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
</context>
<context>
    <name>WriteRunPanel</name>
    <message>
        <location filename="../ui/writerunpanel.ui" line="+15"/>
        <source>The preview of the writes, then their progress and the result for each record</source>
        <translation>La vista previa de las escrituras, después su progreso y el resultado de cada registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and results</source>
        <translation>Solicitudes y resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Requests to send</source>
        <translation>&amp;Solicitudes que se enviarán</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every request the fix will send, one per record</source>
        <translation>Cada solicitud que enviará la corrección, una por registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact requests, in the order they are sent. Each record is read in full into the backup file first.</source>
        <translation>Las solicitudes exactas, en el orden en que se envían. Antes, cada registro se lee completo en el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result of each write, record by record</source>
        <translation>El resultado de cada escritura, registro por registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Copiar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the backup path, every record&apos;s result and the re-check to the clipboard</source>
        <translation>Copiar en el portapapeles la ruta de la copia de seguridad, el resultado de cada registro y la nueva comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the results to the clipboard</source>
        <translation>Copiar los resultados en el portapapeles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Backup folder:</source>
        <translation>Carpeta d&amp;e copia de seguridad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Carpeta de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is read in full and saved in a backup file in this folder before the first write; dwhealth restore can re-create them from it</source>
        <translation>Cada registro se lee completo y se guarda en un archivo de copia de seguridad en esta carpeta antes de la primera escritura; dwhealth restore puede volver a crearlos a partir de él</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ch&amp;oose…</source>
        <translation>Selecci&amp;onar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the backup file</source>
        <translation>Elegir la carpeta para el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copia de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host name:</source>
        <translation>Nombre de &amp;host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the environment&apos;s host name to confirm</source>
        <translation>Escriba el nombre de host del entorno para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the host name shown above: the writes can only start when it matches</source>
        <translation>Escriba el nombre de host que se muestra arriba: las escrituras solo pueden empezar cuando coincida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup file, then send the requests one record at a time</source>
        <translation>Escribir el archivo de copia de seguridad y, después, enviar las solicitudes registro a registro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of the writes</source>
        <translation>Progreso de las escrituras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; records already written stay written (the results say which)</source>
        <translation>No enviar más solicitudes; los registros ya escritos permanecen escritos (los resultados indican cuáles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the writes</source>
        <translation>Cancelar las escrituras</translation>
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
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Platform</source>
        <translation>Power Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power Platform admin API</source>
        <translation>API de administración de Power Platform</translation>
    </message>
</context>
<context>
    <name>dwh::BackupReader</name>
    <message>
        <location filename="../src/remediation/backupreader.cpp" line="+47"/>
        <source>%1: no client for this service</source>
        <translation>%1: no hay ningún cliente para este servicio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the service did not return the record as a JSON object</source>
        <translation>%1: el servicio no devolvió el registro como objeto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: could not be read for the backup: %2</source>
        <translation>%1: no se pudo leer para la copia de seguridad: %2</translation>
    </message>
</context>
<context>
    <name>dwh::BoundedRead</name>
    <message>
        <location filename="../src/core/boundedread.cpp" line="+21"/>
        <source>larger than %1, the most dwhealth reads from such a file</source>
        <translation>supera %1, el máximo que dwhealth lee de un archivo de este tipo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
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
        <translation>no hay ningún cliente para el servicio</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1: respuesta con formato incorrecto: una página HTML en lugar de JSON (estado %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; read twice differently</source>
        <translation>%1: respuesta con formato incorrecto: &quot;@odata.nextLink&quot; leído dos veces con valores distintos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; is not a valid URL</source>
        <translation>%1: respuesta con formato incorrecto: &quot;@odata.nextLink&quot; no es una URL válida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: paging link points elsewhere (%2)</source>
        <translation>%1: el vínculo de paginación apunta a otro lugar (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: more than %2 pages (%3 rows read); the rest was not read (raise the cap with --max-pages)</source>
        <translation>%1: más de %2 páginas (%3 filas leídas); no se leyó el resto (aumente el límite con --max-pages)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: paging loop: the next-page link repeats a page already read</source>
        <translation>%1: bucle de paginación: el vínculo a la página siguiente repite una página ya leída</translation>
    </message>
</context>
<context>
    <name>dwh::Collector</name>
    <message>
        <location filename="../src/net/collector.cpp" line="+120"/>
        <source>Power Platform: no address; the profile has neither an environment id nor a powerPlatform.url</source>
        <translation>Power Platform: no hay dirección; el perfil no tiene id. de entorno ni powerPlatform.url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power Platform admin API: not configured (the profile sets powerPlatform.url but not powerPlatform.adminUrl)</source>
        <translation>API de administración de Power Platform: no configurada (el perfil define powerPlatform.url, pero no powerPlatform.adminUrl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no address in the profile</source>
        <translation>%1: no hay dirección en el perfil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not read: %1 failed: %2</source>
        <translation>no leído: %1 ha fallado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not read: %1 returned no UserId</source>
        <translation>no leído: %1 no devolvió ningún UserId</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not read: the profile has no dataverse.environmentId</source>
        <translation>no leído: el perfil no tiene dataverse.environmentId</translation>
    </message>
</context>
<context>
    <name>dwh::CompanyDiff</name>
    <message>
        <location filename="../src/remediation/companydiff.cpp" line="+28"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option 1: remove %1 from the dual-write selection. On the Dual-write page in finance and operations apps, select Environment details and remove the legal entity on the Legal entities tab.</source>
        <translation>Opción 1: quite %1 de la selección de doble escritura. En la página Doble escritura de las aplicaciones de finanzas y operaciones, seleccione Detalles del entorno y quite la entidad jurídica en la pestaña Entidades jurídicas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option 3: reset the dual-write link (Reset link on the Dual-write page, with all table maps stopped) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Opción 3: restablezca el vínculo de doble escritura (Restablecer vínculo en la página Doble escritura, con todas las asignaciones de tablas detenidas) y seleccione solo entidades jurídicas que existan en ambos lados. Un restablecimiento elimina las asignaciones de tablas, las claves de integración, la asignación de entidades jurídicas y la configuración en tiempo de ejecución; después, vuelva a aplicar las soluciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: create the legal entity %2 in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities).</source>
        <translation>%1: cree la entidad jurídica %2 en las aplicaciones de finanzas y operaciones (Administración de la organización &gt; Organizaciones &gt; Entidades jurídicas).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and name &quot;%1&quot;</source>
        <translation> y nombre &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: create the company %2 in Dataverse. The Legal entities (cdm_companies) table map copies every legal entity enabled for dual-write to the Company table (LegalEntityId to cdm_companycode, Name to cdm_name): run that map, or add a Company row with company code %2%3 in the Power Apps maker portal (Tables &gt; Company).</source>
        <translation>%1: cree la empresa %2 en Dataverse. La asignación de tabla Entidades jurídicas (cdm_companies) copia todas las entidades jurídicas habilitadas para doble escritura en la tabla Empresa (LegalEntityId en cdm_companycode, Name en cdm_name): ejecute esa asignación o agregue una fila de Empresa con el código de empresa %2%3 en el portal de creadores de Power Apps (Tablas &gt; Empresa).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing in Dataverse (DWDVEV1003)</source>
        <translation>Falta en Dataverse (DWDVEV1003)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in Dataverse</source>
        <translation>No está en Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in finance and operations apps (DWFOEV1003)</source>
        <translation>Falta en las aplicaciones de finanzas y operaciones (DWFOEV1003)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in finance and operations apps</source>
        <translation>No está en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default owning team (DWDVEV1007)</source>
        <translation>Sin equipo propietario predeterminado (DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected, but not enabled for dual-write in Dataverse</source>
        <translation>Seleccionada, pero no habilitada para doble escritura en Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write in Dataverse, but not selected in the profile</source>
        <translation>Habilitada para doble escritura en Dataverse, pero no seleccionada en el perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Company rows with this code in Dataverse</source>
        <translation>%1 filas de Empresa con este código en Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names differ</source>
        <translation>Los nombres no coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code spelled differently (%1); matched anyway</source>
        <translation>Código escrito de otra forma (%1); se ha emparejado de todos modos</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Option 2</source>
        <translation>Opción 2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enable %1 for dual-write: select it among the legal entities of the dual-write link on the Dual-write page (Environment details &gt; Legal entities). Dataverse then marks its Company row Is Enabled for Dual Write and creates its business unit and default owning team. If it should not sync, remove it from dualWrite.legalEntities in the profile.</source>
        <translation>Habilite %1 para doble escritura: selecciónela entre las entidades jurídicas del vínculo de doble escritura en la página Doble escritura (Detalles del entorno &gt; Entidades jurídicas). Dataverse marca entonces su fila de Empresa como Está habilitada para doble escritura y crea su unidad de negocio y su equipo propietario predeterminado. Si no debe sincronizarse, quítela de dualWrite.legalEntities en el perfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the default owning team of %1: in the Power Apps maker portal, open Tables &gt; Company, show the Default owning team column and select a team for this company.</source>
        <translation>Establezca el equipo propietario predeterminado de %1: en el portal de creadores de Power Apps, abra Tablas &gt; Empresa, muestre la columna Equipo propietario predeterminado y seleccione un equipo para esta empresa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the appropriate security roles to that team (Dual-write runtime user, Dual-write app user and the roles for the in-scope tables).</source>
        <translation>Asigne los roles de seguridad adecuados a ese equipo (Dual-write runtime user, Dual-write app user y los roles de las tablas incluidas en el ámbito).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is enabled for dual-write in Dataverse but not listed in dualWrite.legalEntities of the profile: add it there so that the checks cover it, or remove it from the dual-write legal entities on the Dual-write page.</source>
        <translation>%1 está habilitada para doble escritura en Dataverse, pero no aparece en dualWrite.legalEntities del perfil: agréguela allí para que las comprobaciones la incluyan, o quítela de las entidades jurídicas de doble escritura en la página Doble escritura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep one Company row with code %1 in Dataverse: duplicate company rows stop the link (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</source>
        <translation>Conserve una sola fila de Empresa con el código %1 en Dataverse: las filas de empresa duplicadas detienen el vínculo (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;O name</source>
        <translation>Nombre en F&amp;O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse name</source>
        <translation>Nombre en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled for dual-write</source>
        <translation>Habilitada para doble escritura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team</source>
        <translation>Equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps</source>
        <translation>Pasos de corrección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenForm</name>
    <message>
        <location filename="../src/net/delegatedtokenform.cpp" line="+89"/>
        <source>malformed answer: the device code answer is not a JSON object</source>
        <translation>respuesta con formato incorrecto: la respuesta del código de dispositivo no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed answer: the device code answer has no device_code, user_code or verification_uri</source>
        <translation>respuesta con formato incorrecto: la respuesta del código de dispositivo no tiene device_code, user_code ni verification_uri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed answer: the device code answer has no usable expires_in</source>
        <translation>respuesta con formato incorrecto: la respuesta del código de dispositivo no tiene un expires_in utilizable</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenProvider</name>
    <message>
        <location filename="../src/net/delegatedtokenprovider.cpp" line="+86"/>
        <source>%1: signed out before a token was issued</source>
        <translation>%1: se cerró la sesión antes de que se emitiera un token</translation>
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
        <translation>Para iniciar sesión, abra %1 en un explorador y escriba el código %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the device code expired after %2 s without a sign-in</source>
        <translation>%1: el código de dispositivo expiró tras %2 s sin inicio de sesión</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: the device code expired before the sign-in was completed: %2</source>
        <translation>%1: el código de dispositivo expiró antes de completar el inicio de sesión: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sign-in was declined: %2</source>
        <translation>%1: se rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the device code was not recognised: %2</source>
        <translation>%1: no se reconoció el código de dispositivo: %2</translation>
    </message>
</context>
<context>
    <name>dwh::ErrorMessages</name>
    <message>
        <location filename="../src/net/errormessages.cpp" line="+131"/>
        <source>%1 returned an HTML page instead of JSON (status %2)</source>
        <translation>%1 devolvió una página HTML en lugar de JSON (estado %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an answer that is not JSON: %1</source>
        <translation>una respuesta que no es JSON: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 throttled the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 limitó el inicio de sesión: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with a server error during the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 falló con un error del servidor durante el inicio de sesión: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 rechazó el inicio de sesión: %2 (HTTP %3, %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 refused the access token (401): %2</source>
        <translation>%1 rechazó el token de acceso (401): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with an empty body</source>
        <translation>%1 respondió %2 con un cuerpo vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 redirected the request (%2) to %3; dwhealth does not follow redirects — check the URL in the profile</source>
        <translation>%1 redirigió la solicitud (%2) a %3; dwhealth no sigue las redirecciones: compruebe la URL del perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown location</source>
        <translation>una ubicación desconocida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to %1 at %2: the connection was refused</source>
        <translation>No se pudo conectar con %1 en %2: se rechazó la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1: host %2 was not found</source>
        <translation>No se pudo acceder a %1: no se encontró el host %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) closed the connection before answering</source>
        <translation>%1 (%2) cerró la conexión antes de responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) closed the connection after the request was sent, before answering; dwhealth never sends a write twice on its own</source>
        <translation>%1 (%2) cerró la conexión después de enviar la solicitud y antes de responder; dwhealth nunca envía una escritura dos veces por su cuenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate not trusted for %1 (%2): %3; the connection was refused; dwhealth never ignores certificate errors</source>
        <translation>Certificado TLS no de confianza para %1 (%2): %3; se rechazó la conexión; dwhealth nunca omite los errores de certificado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) did not answer: the connection timed out</source>
        <translation>%1 (%2) no respondió: se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1 (%2): %3</source>
        <translation>No se pudo acceder a %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got %1 of %2 bytes</source>
        <translation>se recibieron %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>got %1 bytes</source>
        <translation>se recibieron %1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) closed the connection before the answer was complete (%3)</source>
        <translation>%1 (%2) cerró la conexión antes de completar la respuesta (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1: respuesta con formato incorrecto: una página HTML en lugar de JSON (estado %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: malformed answer: labelled %2 instead of JSON (status %3); a proxy or a sign-in page may be answering instead of the service</source>
        <translation>%1: respuesta con formato incorrecto: etiquetada como %2 en lugar de JSON (estado %3); puede que un proxy o una página de inicio de sesión esté respondiendo en lugar del servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer: timed out after %2 s</source>
        <translation>%1 no respondió: se agotó el tiempo de espera tras %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an answer larger than %2 MiB; the request was aborted</source>
        <translation>%1 envió una respuesta de más de %2 MiB; se anuló la solicitud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no Retry-After</source>
        <translation>sin Retry-After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry-After %1 s</source>
        <translation>Retry-After: %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry-After %1</source>
        <translation>Retry-After: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the request (%2, %3) %4; gave up</source>
        <translation>%1 limitó la solicitud (%2, %3) %4; se dejó de reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was unavailable (%2, %3) %4; gave up</source>
        <translation>%1 no estaba disponible (%2, %3) %4; se dejó de reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (waiting again would pass the retry budget)</source>
        <translation> (volver a esperar superaría el presupuesto de reintentos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 request refused: %2 %3</source>
        <translation>Solicitud a %1 rechazada: %2 %3</translation>
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
        <translation>se alcanzó el plazo de %1</translation>
    </message>
    <message>
        <location filename="../src/engine/dependencygate.cpp" line="+24"/>
        <source>Not run: the prerequisite health check has not run.</source>
        <translation>No ejecutada: la comprobación de estado de requisitos previos no se ha ejecutado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: a prerequisite failed (%1).</source>
        <translation>No ejecutada: un requisito previo ha fallado (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run although a prerequisite failed (%1), because --force-dependencies was given.</source>
        <translation>Ejecutada aunque un requisito previo ha fallado (%1), porque se indicó --force-dependencies.</translation>
    </message>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+211"/>
        <source>The run was stopped (%1); the checks whose data was not read by then are unknown.</source>
        <translation>La ejecución se detuvo (%1); las comprobaciones cuyos datos no se habían leído hasta entonces quedan como desconocidas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not run: the check was cancelled.</source>
        <translation>No ejecutada: se canceló la comprobación.</translation>
    </message>
</context>
<context>
    <name>dwh::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="+120"/>
        <source>more than %1 runs started in the same millisecond in %2</source>
        <translation>más de %1 ejecuciones iniciadas en el mismo milisegundo en %2</translation>
    </message>
</context>
<context>
    <name>dwh::HtmlWriter</name>
    <message>
        <location filename="../src/report/htmlwriter.cpp" line="+111"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+186"/>
        <source>Findings and fixes</source>
        <translation>Hallazgos y correcciones</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+216"/>
        <source>Appendix</source>
        <translation>Apéndice</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>How to read this report</source>
        <translation>Cómo leer este informe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dual-write health check report</source>
        <translation>Informe de comprobación de estado de doble escritura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>En este informe se han censurado los identificadores de inquilino y de entorno, las URL, los nombres de usuario y las direcciones de correo electrónico.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records involved</source>
        <translation>Registros implicados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps are those of finding %1.</source>
        <translation>Los pasos son los del hallazgo %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tool version</source>
        <translation>Versión de la herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Versión del conjunto de reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>forzada (--force-dependencies): ejecutada aunque un requisito previo ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks run</source>
        <translation>Comprobaciones ejecutadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check id</source>
        <translation>Id. de comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write health check: %1</source>
        <translation>Comprobación de estado de doble escritura: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by dwhealth %1, ruleset %2.</source>
        <translation>Generado por dwhealth %1, conjunto de reglas %2.</translation>
    </message>
</context>
<context>
    <name>dwh::InteractiveTokenProvider</name>
    <message>
        <location filename="../src/net/interactivetokenprovider.cpp" line="+69"/>
        <source>%1: cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>%1: no se puede escuchar en 127.0.0.1 la respuesta del explorador</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 refused the sign-in in the browser: %2 (%3)</source>
        <translation>%1 rechazó el inicio de sesión en el explorador: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored</source>
        <translation>%1: la respuesta del explorador no pertenece a este inicio de sesión (el estado no coincide); se ha ignorado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the browser&apos;s answer carries no authorization code</source>
        <translation>%1: la respuesta del explorador no contiene ningún código de autorización</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the sign-in in the browser did not finish within %2 s</source>
        <translation>%1: el inicio de sesión en el explorador no terminó en %2 s</translation>
    </message>
</context>
<context>
    <name>dwh::Language</name>
    <message>
        <location filename="../src/i18n/language.cpp" line="+132"/>
        <source>no catalogue for the language &quot;%1&quot;; the texts stay English</source>
        <translation>no hay catálogo para el idioma &quot;%1&quot;; los textos se quedan en inglés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt&apos;s own catalogue for &quot;%1&quot; is not installed (package qt6-translations-l10n); the standard buttons stay English</source>
        <translation>el catálogo propio de Qt para &quot;%1&quot; no está instalado (paquete qt6-translations-l10n); los botones estándar se quedan en inglés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--lang takes one of: %1; not &quot;%2&quot;</source>
        <translation>--lang admite uno de estos valores: %1; no &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>dwh::LoopbackReplyHandler</name>
    <message>
        <location filename="../src/net/loopbackreplyhandler.cpp" line="+14"/>
        <source>Sign-in to dwhealth finished. You can close this window and go back to dwhealth.</source>
        <translation>Ha finalizado el inicio de sesión en dwhealth. Puede cerrar esta ventana y volver a dwhealth.</translation>
    </message>
</context>
<context>
    <name>dwh::Maps</name>
    <message>
        <location filename="../src/maps/maperrors.cpp" line="+107"/>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../src/maps/mapsbuilder.cpp" line="+32"/>
        <source>read access to the dual-write project configurations in finance and operations apps (DualWriteProjectConfigurations; the System administrator role, as on the Dual-write page)</source>
        <translation>acceso de lectura a las configuraciones de proyecto de doble escritura en las aplicaciones de finanzas y operaciones (DualWriteProjectConfigurations; el rol System administrator, como en la página Dual-write)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Read privilege on the Dual Write Runtime Configuration table in Dataverse (System Administrator)</source>
        <translation>el privilegio de lectura en la tabla Dual Write Runtime Configuration de Dataverse (System Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Plug-in Trace Log table in Dataverse (prvReadPluginTraceLog; System Administrator has it)</source>
        <translation>el privilegio de lectura en la tabla Plug-in Trace Log de Dataverse (prvReadPluginTraceLog; System Administrator lo tiene)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Organization table in Dataverse</source>
        <translation>el privilegio de lectura en la tabla Organization de Dataverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Read privilege on the Company table (cdm_company) in Dataverse</source>
        <translation>el privilegio de lectura en la tabla Company (cdm_company) de Dataverse</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not exposed: a map&apos;s direction is kept by the Data Integrator service behind the Dual-write page, whose API is not documented (docs/wire.md)</source>
        <translation>no expuesto: la dirección de una asignación la guarda el servicio Data Integrator detrás de la página de doble escritura (Dual-write), cuya API no está documentada (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not exposed: the initial-sync executions (the Dual-write page&apos;s Initial sync details tab) are kept by the Data Integrator service, whose API is not documented (docs/wire.md)</source>
        <translation>no expuesto: las ejecuciones de sincronización inicial (pestaña Initial sync details de la página de doble escritura, Dual-write) las guarda el servicio Data Integrator, cuya API no está documentada (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not exposed: finance and operations apps keep dual-write errors in the DualWriteErrorLog table (with debug mode on), which is not documented as an OData entity; open it in the table browser (docs/wire.md)</source>
        <translation>no expuesto: las aplicaciones de finanzas y operaciones guardan los errores de doble escritura en la tabla DualWriteErrorLog (con el modo de depuración activado), que no está documentada como entidad OData; ábrala en el explorador de tablas (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profile (dualWrite.legalEntities)</source>
        <translation>el perfil (dualWrite.legalEntities)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Dataverse companies enabled for dual-write (the selection itself is not exposed)</source>
        <translation>las empresas de Dataverse habilitadas para doble escritura (la selección en sí no se expone)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>its project configurations in finance and operations apps disagree (Status %1)</source>
        <translation>sus configuraciones de proyecto en las aplicaciones de finanzas y operaciones no coinciden (Status %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status &quot;%1&quot; is not a documented value (Enabled, Disabled, Queueing)</source>
        <translation>Status &quot;%1&quot; no es un valor documentado (Enabled, Disabled, Queueing)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in finance and operations apps, but Dataverse has no runtime configuration for it: changes made in Dataverse are not written to finance and operations apps; stop the map and run it again (live-sync troubleshooting)</source>
        <translation>%1 en las aplicaciones de finanzas y operaciones, pero Dataverse no tiene configuración de tiempo de ejecución para ella: los cambios realizados en Dataverse no se escriben en las aplicaciones de finanzas y operaciones; detenga la asignación y vuelva a ejecutarla (solución de problemas de sincronización en directo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its project configuration points at another Dataverse environment (%1): a stale configuration (DWFOEV1004)</source>
        <translation>su configuración de proyecto apunta a otro entorno de Dataverse (%1): una configuración obsoleta (DWFOEV1004)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the plug-in trace log is off in Dataverse (System Settings → Customization → Enable logging to plug-in trace log: Off), so plug-in errors are not recorded</source>
        <translation>el registro de seguimiento de complementos está desactivado en Dataverse (System Settings → Customization → Enable logging to plug-in trace log: Off), por lo que los errores de complementos no se registran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no errors in the trace log, but whether the trace log is on could not be read: %1</source>
        <translation>no hay errores en el registro de seguimiento, pero no se pudo leer si el registro de seguimiento está activado: %1</translation>
    </message>
    <message>
        <location filename="../src/maps/mapspdf.cpp" line="+12"/>
        <source>Table maps and recent errors</source>
        <translation>Asignaciones de tabla y errores recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>Leído %1.</translation>
    </message>
    <message>
        <location filename="../src/maps/mapstate.cpp" line="+23"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../src/maps/mapswriter.cpp" line="+31"/>
        <source>%1 Missing right: %2.</source>
        <translation>%1 Falta el derecho: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (first %2, last %3)</source>
        <translation>%1 (primero %2, último %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recognised by the troubleshooter</source>
        <translation>No reconocido por el solucionador de problemas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent errors since %1</source>
        <translation>Errores recientes desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: unknown. %1</source>
        <translation>Dataverse: desconocido. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: no error in the dual-write plug-in&apos;s trace log.</source>
        <translation>Dataverse: ningún error en el registro de seguimiento del complemento de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations apps: unknown. %1</source>
        <translation>Aplicaciones de finanzas y operaciones: desconocido. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maps: %1. First %2, last %3.</source>
        <translation>Asignaciones: %1. Primero %2, último %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest message: %1</source>
        <translation>Mensaje más reciente: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required role: %1</source>
        <translation>Rol necesario: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that confirm it: %1</source>
        <translation>Comprobaciones que lo confirman: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documented symptom matches this message; `dwhealth explain` lists the closest ones.</source>
        <translation>Ningún síntoma documentado coincide con este mensaje; `dwhealth explain` enumera los más parecidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>Map</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>Id. de correlación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every error</source>
        <translation>Todos los errores</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 error(s): %2</source>
        <translation>%1 error(es): %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dual-write errors since %1 (read %2)</source>
        <translation>Errores de doble escritura desde %1 (leído %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table maps (read %1)</source>
        <translation>Asignaciones de tabla (leído %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table maps could not be read. %1</source>
        <translation>No se pudieron leer las asignaciones de tabla. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps list no table map for this environment.</source>
        <translation>Las aplicaciones de finanzas y operaciones no muestran ninguna asignación de tabla para este entorno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal entities: %1 (from %2).</source>
        <translation>Entidades jurídicas: %1 (de %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors since %1</source>
        <translation>Errores desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: unknown, %1.</source>
        <translation>Dirección: desconocida, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last initial sync: unknown, %1.</source>
        <translation>Última sincronización inicial: desconocida, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse runtime configurations: unknown. %1</source>
        <translation>Configuraciones de tiempo de ejecución de Dataverse: desconocido. %1</translation>
    </message>
</context>
<context>
    <name>dwh::MarkdownWriter</name>
    <message>
        <location filename="../src/report/markdownwriter.cpp" line="+41"/>
        <source>Dual-write health check: %1</source>
        <translation>Comprobación de estado de doble escritura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse: %1</source>
        <translation>Dataverse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations: %1</source>
        <translation>Finanzas y operaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run: %1 to %2 (UTC)</source>
        <translation>Ejecución: de %1 a %2 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, conjunto de reglas %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.**</source>
        <translation>**%1 correctas, %2 con error, %3 advertencias, %4 desconocidas, %5 omitidas.**</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings and fixes</source>
        <translation>Hallazgos y correcciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
</context>
<context>
    <name>dwh::ODataPage</name>
    <message>
        <location filename="../src/net/odatapage.cpp" line="+23"/>
        <source>malformed answer: %1</source>
        <translation>respuesta con formato incorrecto: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en el desplazamiento %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is not a JSON object</source>
        <translation>el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no &quot;value&quot; array</source>
        <translation>no hay ninguna matriz &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;value&quot; is not an array</source>
        <translation>&quot;value&quot; no es una matriz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 of &quot;value&quot; is not an object</source>
        <translation>la fila %1 de &quot;value&quot; no es un objeto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;@odata.nextLink&quot; is not a URL string</source>
        <translation>&quot;@odata.nextLink&quot; no es una cadena de URL</translation>
    </message>
</context>
<context>
    <name>dwh::PdfOptions</name>
    <message>
        <location filename="../src/report/pdfoptions.cpp" line="+33"/>
        <source>%1: not a readable image: %2</source>
        <translation>%1: no es una imagen legible: %2</translation>
    </message>
</context>
<context>
    <name>dwh::PdfWriter</name>
    <message>
        <location filename="../src/report/pdfcontent.cpp" line="+177"/>
        <location line="+254"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+132"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Records involved</source>
        <translation>Registros implicados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps are those of finding %1.</source>
        <translation>Los pasos son los del hallazgo %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>Findings and fixes</source>
        <translation>Hallazgos y correcciones</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <source>Appendix</source>
        <translation>Apéndice</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tool version</source>
        <translation>Versión de la herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>Versión del conjunto de reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>forzada (--force-dependencies): ejecutada aunque un requisito previo ha fallado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks run</source>
        <translation>Comprobaciones ejecutadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check id</source>
        <translation>Id. de comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How to read this report</source>
        <translation>Cómo leer este informe</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>DUAL-WRITE HEALTH CHECK REPORT</source>
        <translation>INFORME DE COMPROBACIÓN DE ESTADO DE DOBLE ESCRITURA</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>En este informe se han censurado los identificadores de inquilino y de entorno, las URL, los nombres de usuario y las direcciones de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/report/pdfwriter.cpp" line="+39"/>
        <location line="+90"/>
        <source>Dual-write health check: %1</source>
        <translation>Comprobación de estado de doble escritura: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1, conjunto de reglas %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <translation>censurado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>dwh::Profile</name>
    <message>
        <location filename="../src/core/profile.cpp" line="+54"/>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>se ha ignorado la clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+52"/>
        <location line="+37"/>
        <location line="+10"/>
        <source>is missing</source>
        <translation>falta</translation>
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
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile must be a JSON object</source>
        <translation>el perfil debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; is not one of clientSecret, deviceCode, interactive</source>
        <translation>&quot;%1&quot; no es clientSecret, deviceCode ni interactive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be the name of an environment variable (letters, digits and _), not the secret itself</source>
        <translation>debe ser el nombre de una variable de entorno (letras, dígitos y _), no el propio secreto</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+4"/>
        <source>&quot;%1&quot;: the host &quot;%2&quot; is not a full host name such as contoso.crm.dynamics.com</source>
        <translation>&quot;%1&quot;: el host &quot;%2&quot; no es un nombre de host completo como contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a GUID</source>
        <translation>&quot;%1&quot; no es un GUID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com</source>
        <translation>&quot;%1&quot; no es un id. de inquilino (un GUID) ni un dominio como contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing (needed to find the Power Platform API host; or set powerPlatform.url)</source>
        <translation>falta (se necesita para encontrar el host de la API de Power Platform; o bien establezca powerPlatform.url)</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+9"/>
        <source>must be an array of legal entity codes</source>
        <translation>debe ser una matriz de códigos de entidad jurídica</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/profilevalidation.cpp" line="+5"/>
        <source>must be a non-empty legal entity code</source>
        <translation>debe ser un código de entidad jurídica no vacío</translation>
    </message>
</context>
<context>
    <name>dwh::RecordedFacts</name>
    <message>
        <location filename="../src/bundle/recordedfacts.cpp" line="+18"/>
        <source>the recorded facts are malformed (facts.json, %1): %2</source>
        <translation>los hechos registrados tienen un formato incorrecto (facts.json, %1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; no es una cadena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence %1 is not an object</source>
        <translation>la evidencia %1 no es un objeto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>evidence %1: %2</source>
        <translation>evidencia %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;state&quot; is not one of &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</source>
        <translation>&quot;state&quot; no es ninguno de &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rows&quot; is not an array</source>
        <translation>&quot;rows&quot; no es una matriz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of &quot;rows&quot; is not an object</source>
        <translation>la fila %1 de &quot;rows&quot; no es un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;rows&quot; is missing</source>
        <translation>falta &quot;rows&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a failed dataset without an &quot;error&quot;</source>
        <translation>un conjunto de datos con error sin &quot;error&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;evidence&quot; is not an array</source>
        <translation>&quot;evidence&quot; no es una matriz</translation>
    </message>
</context>
<context>
    <name>dwh::Remediation</name>
    <message>
        <location filename="../src/remediation/backup.cpp" line="+54"/>
        <source>format: not a dwhealth backup (expected &quot;%1&quot;)</source>
        <translation>format: no es una copia de seguridad de dwhealth (se esperaba &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schemaVersion: %1 is not supported (this version reads %2)</source>
        <translation>schemaVersion: %1 no es compatible (esta versión lee %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>records: missing or not an array</source>
        <translation>records: falta o no es una matriz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records: %1 entries; a backup holds at most %2</source>
        <translation>records: %1 entradas; una copia de seguridad contiene como máximo %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>records[%1]: not an object</source>
        <translation>records[%1]: no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].action: missing or not an object</source>
        <translation>records[%1].action: falta o no es un objeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>records[%1].existed: not true or false</source>
        <translation>records[%1].existed: no es true ni false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].record: missing or not an object</source>
        <translation>records[%1].record: falta o no es un objeto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en el desplazamiento %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupfile.cpp" line="+36"/>
        <source>%1: cannot write the backup: %2</source>
        <translation>%1: no se puede escribir la copia de seguridad: %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/owningteamfix.cpp" line="+34"/>
        <source>the team id &quot;%1&quot; is not a GUID</source>
        <translation>el id. de equipo &quot;%1&quot; no es un GUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team named by the caller</source>
        <translation>el equipo indicado por el llamador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the root business unit&apos;s default team could not be read (%1); name a team id instead</source>
        <translation>no se pudo leer el equipo predeterminado de la unidad de negocio raíz (%1); indique en su lugar un id. de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fetched</source>
        <translation>no obtenido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team &quot;%1&quot;</source>
        <translation>el equipo predeterminado de la unidad de negocio raíz, &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse returned no default team for the root business unit; name a team id instead</source>
        <translation>Dataverse no devolvió ningún equipo predeterminado para la unidad de negocio raíz; indique en su lugar un id. de equipo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the company&apos;s own owner team &quot;%1&quot; in its business unit &quot;%2&quot;, as Microsoft&apos;s company-data article describes</source>
        <translation>el equipo propietario propio de la empresa, &quot;%1&quot;, en su unidad de negocio &quot;%2&quot;, como describe el artículo de Microsoft sobre los datos de la empresa</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../src/remediation/stalecleanup.cpp" line="+32"/>
        <source>the details of %1 are malformed (%2), so the records to fix are unknown</source>
        <translation>los detalles de %1 tienen un formato incorrecto (%2), por lo que se desconocen los registros que se deben corregir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the company %1 has no usable id (&quot;%2&quot;)</source>
        <translation>la empresa %1 no tiene un id. utilizable (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, because no owner team named as the company was found in a business unit of its name</source>
        <translation>%1, porque no se encontró ningún equipo propietario con el nombre de la empresa en una unidad de negocio con su nombre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the company syncs through dual-write and has no default owning team; sets %1 (%2)</source>
        <translation>la empresa se sincroniza mediante doble escritura y no tiene equipo propietario predeterminado; establece %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/remediation/remediationplan.cpp" line="+39"/>
        <source>%1 cannot be fixed by dwhealth; codes it can fix: %2</source>
        <translation>dwhealth no puede corregir %1; códigos que puede corregir: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report has no result for %1</source>
        <translation>el informe no tiene ningún resultado para %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be judged, so the records to fix are unknown: %2</source>
        <translation>%1 no se pudo evaluar, por lo que se desconocen los registros que hay que corregir: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 se omitió: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 failed but its details name no record to fix</source>
        <translation>%1 ha fallado, pero sus detalles no indican ningún registro que corregir</translation>
    </message>
    <message>
        <location filename="../src/remediation/restoreplan.cpp" line="+68"/>
        <source>creates again the record that was deleted (%1)</source>
        <translation>vuelve a crear el registro que se eliminó (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not restored, set by Dataverse itself: %2</source>
        <translation>%1: no restaurado, lo establece el propio Dataverse: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>sets back the columns the fix changed</source>
        <translation>devuelve a su valor anterior las columnas que cambió la corrección</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clears %1 again: it was empty before the fix</source>
        <translation>vuelve a vaciar %1: estaba vacío antes de la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>sets %1 back to %2</source>
        <translation>vuelve a establecer %1 en %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2 was already empty; nothing to restore</source>
        <translation>%1: %2 ya estaba vacío; no hay nada que restaurar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deletes the record the run created: it did not exist before</source>
        <translation>elimina el registro que creó la ejecución: no existía antes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: existed before the %2 and was not changed by it; nothing to restore</source>
        <translation>%1: ya existía antes de la solicitud %2 y esta no lo cambió; no hay nada que restaurar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup was taken from %1, but the profile&apos;s %2 environment is %3</source>
        <translation>la copia de seguridad se tomó de %1, pero el entorno de %2 del perfil es %3</translation>
    </message>
    <message>
        <location filename="../src/remediation/stalecleanup.cpp" line="+12"/>
        <source>the check could not establish which Dataverse environment is linked (%1)</source>
        <translation>la comprobación no pudo determinar qué entorno de Dataverse está vinculado (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the other side&apos;s read returned no dual-write configuration, which may mean the sign-in cannot see them rather than that there are none</source>
        <translation>la lectura del otro lado no devolvió ninguna configuración de doble escritura, lo que puede significar que el inicio de sesión no puede verlas, más que que no existan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: %1. Check the table maps on the Dual-write page; to delete these records anyway, confirm the override explicitly.</source>
        <translation>rechazado: %1. Revise las asignaciones de tabla en la página Doble escritura; para eliminar estos registros de todos modos, confirme la omisión de forma explícita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override confirmed although %1.</source>
        <translation>Omisión confirmada aunque %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop these table maps on the Dual-write page first (Microsoft&apos;s cleanup procedure requires it), and run them again afterwards: %1.</source>
        <translation>Detenga primero estas asignaciones de tabla en la página Doble escritura (el procedimiento de limpieza de Microsoft lo exige) y vuelva a ejecutarlas después: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the stale runtime configuration &quot;%1&quot; has no usable id (&quot;%2&quot;)</source>
        <translation>la configuración en tiempo de ejecución obsoleta &quot;%1&quot; no tiene un id. utilizable (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no finance and operations project configuration points at %1, so no runtime configuration belongs to a link (noLink; %2)</source>
        <translation>ninguna configuración de proyecto de finanzas y operaciones apunta a %1, por lo que ninguna configuración en tiempo de ejecución pertenece a un vínculo (noLink; %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project configuration of the current link matches it by name or by entity pair (noMatchingProject; %1)</source>
        <translation>ninguna configuración de proyecto del vínculo actual coincide con ella por nombre ni por par de entidades (noMatchingProject; %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the configurations without an environment URL are deleted; %1 others could not be judged because the linked Dataverse environment is not known.</source>
        <translation>Solo se eliminan las configuraciones sin URL de entorno; otras %1 no se pudieron evaluar porque no se conoce el entorno de Dataverse vinculado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a stale project configuration has no ProjectName, so it cannot be addressed</source>
        <translation>una configuración de proyecto obsoleta no tiene ProjectName, por lo que no se puede direccionar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no ExternalEnvironmentUrl; the linked Dataverse environment is %1</source>
        <translation>no tiene ExternalEnvironmentUrl; el entorno de Dataverse vinculado es %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points at %1, not at the linked Dataverse environment %2</source>
        <translation>apunta a %1, no al entorno de Dataverse vinculado %2</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupcheck.cpp" line="+147"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GUID</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string, number or true/false</source>
        <translation>una cadena, un número o true/false</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>column %1 must be a GUID or null</source>
        <translation>la columna %1 debe ser un GUID o null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column %1 is not a column of this table; restore does not send columns it does not know</source>
        <translation>la columna %1 no es una columna de esta tabla; la restauración no envía columnas que no conoce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column %1 must be %2 or null</source>
        <translation>la columna %1 debe ser %2 o null</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: the profile has no %2 URL</source>
        <translation>%1: el perfil no tiene URL de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the backup was taken from %2, but the profile&apos;s %3 environment is %4; restore only writes to the profile&apos;s own hosts</source>
        <translation>%1: la copia de seguridad se tomó de %2, pero el entorno de %3 del perfil es %4; la restauración solo escribe en los hosts del propio perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable address</source>
        <translation>una dirección ilegible</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 %3 (%4) is not a write that %5 %6 makes; restore only undoes what dwhealth itself wrote</source>
        <translation>%1: %2 %3 (%4) no es una escritura que realice %5 %6; la restauración solo deshace lo que escribió el propio dwhealth</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the key &quot;%2&quot; is not a GUID</source>
        <translation>%1: la clave &quot;%2&quot; no es un GUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the key &quot;%2&quot; is not a project name</source>
        <translation>%1: la clave &quot;%2&quot; no es un nombre de proyecto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its URLs do not address the record it names (%2 %3)</source>
        <translation>%1: sus URL no apuntan al registro que nombra (%2 %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PATCH may only set %2 to a team (/teams(GUID)); restore refuses other columns</source>
        <translation>%1: el PATCH solo puede establecer %2 en un equipo (/teams(GUID)); la restauración rechaza otras columnas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a %2 carries no body</source>
        <translation>%1: un %2 no lleva cuerpo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 needs the record as it was (&quot;existed&quot;: true)</source>
        <translation>%1: un %2 necesita el registro tal como era (&quot;existed&quot;: true)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the saved %2 must be a GUID or null</source>
        <translation>%1: el %2 guardado debe ser un GUID o null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the saved record&apos;s %2 is not the key the entry names</source>
        <translation>%1: el %2 del registro guardado no es la clave que nombra la entrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>operation: &quot;%1&quot; is neither fix nor restore</source>
        <translation>operation: &quot;%1&quot; no es ni fix ni restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: &quot;%1&quot; is not a code dwhealth fixes</source>
        <translation>code: &quot;%1&quot; no es un código que dwhealth corrija</translation>
    </message>
    <message>
        <location filename="../src/remediation/targetstate.cpp" line="+44"/>
        <source>the record is still there</source>
        <translation>el registro sigue existiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record is gone</source>
        <translation>el registro ya no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record exists</source>
        <translation>el registro existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the record does not exist</source>
        <translation>el registro no existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>the record as read has no %1</source>
        <translation>el registro leído no tiene %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another value</source>
        <translation>%1 tiene otro valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the values the write sets</source>
        <translation>tiene los valores que establece la escritura</translation>
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
        <translation>Eliminar %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update %1 (%2): %3</source>
        <translation>Actualizar %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dwhealth fix %1 previews these writes, backs up each record and applies them after confirmation; the wizard&apos;s guided fix does the same.</source>
        <translation>dwhealth fix %1 muestra una vista previa de estas escrituras, hace una copia de seguridad de cada registro y las aplica tras la confirmación; la corrección guiada del asistente hace lo mismo.</translation>
    </message>
</context>
<context>
    <name>dwh::RemediationRun</name>
    <message>
        <location filename="../src/remediation/remediationrun.cpp" line="+105"/>
        <source>not attempted: %1</source>
        <translation>no intentado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>cancelled before any write</source>
        <translation>cancelado antes de cualquier escritura</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the backup could not be made, so nothing was written: %1</source>
        <translation>no se pudo realizar la copia de seguridad, por lo que no se escribió nada: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup could not be written, so nothing was written: %1</source>
        <translation>no se pudo escribir la copia de seguridad, por lo que no se escribió nada: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already present: %1; nothing was sent</source>
        <translation>ya presente: %1; no se envió nada</translation>
    </message>
</context>
<context>
    <name>dwh::Report</name>
    <message>
        <location filename="../src/core/simulatedenvironment.cpp" line="+29"/>
        <source>Simulated environment — not a customer tenant</source>
        <translation>Entorno simulado: no es un inquilino de cliente</translation>
    </message>
</context>
<context>
    <name>dwh::ReportContent</name>
    <message>
        <location filename="../src/report/reportcontent.cpp" line="+27"/>
        <location line="+17"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check found nothing to fix.</source>
        <translation>La comprobación no encontró nada que corregir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is blocked or broken until this is fixed.</source>
        <translation>La doble escritura está bloqueada o no funciona hasta que se corrija esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write works, but review this before going live.</source>
        <translation>La doble escritura funciona, pero revise esto antes de la puesta en producción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be read, so the check could not be judged; the finding says why.</source>
        <translation>No se pudieron leer los datos, por lo que no se pudo evaluar la comprobación; el hallazgo indica el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check did not run; the report says why.</source>
        <translation>La comprobación no se ejecutó; el informe indica el motivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prerequisite health check</source>
        <translation>Comprobación de estado de requisitos previos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microsoft&apos;s description: %1</source>
        <translation>Descripción de Microsoft: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action needed: %1 of %2 checks failed.</source>
        <translation>Acción necesaria: %1 de %2 comprobaciones han fallado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: %1 of %2 checks could not be evaluated.</source>
        <translation>Incompleto: %1 de %2 comprobaciones no se pudieron evaluar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed with warnings: %1 of %2 checks need a review before going live.</source>
        <translation>Correcto con advertencias: %1 de %2 comprobaciones requieren revisión antes de la puesta en producción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy: every check passed.</source>
        <translation>En buen estado: todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>… and %1 more (all of them are in the JSON report).</source>
        <translation>… y %1 más (todos están en el informe JSON).</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDetails</name>
    <message>
        <location filename="../src/report/detaillabels.cpp" line="+18"/>
        <source>Below the consent threshold</source>
        <translation>Por debajo del umbral de consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the security update</source>
        <translation>Por debajo de la actualización de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud-hosted</source>
        <translation>Hospedado en la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to be cloud-hosted because</source>
        <translation>Se sabe que está hospedado en la nube porque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent threshold</source>
        <translation>Umbral de consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core version</source>
        <translation>Versión de Dual Write Core (doble escritura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations user</source>
        <translation>Usuario de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy application required</source>
        <translation>Aplicación heredada necesaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>No necesaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release notes</source>
        <translation>Notas de la versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Necesaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required roles</source>
        <translation>Roles requeridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security update minimum</source>
        <translation>Mínimo de la actualización de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrators</source>
        <translation>Administradores del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique name</source>
        <translation>Nombre único</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies</source>
        <translation>Ensamblados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies without steps</source>
        <translation>Ensamblados sin pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit ID</source>
        <translation>Id. de unidad de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team</source>
        <translation>Equipo predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled steps</source>
        <translation>Pasos deshabilitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O project configurations</source>
        <translation>Configuraciones de proyecto de F&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync limit</source>
        <translation>Límite de sincronización inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translation>Entidades jurídicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity count</source>
        <translation>Número de entidades jurídicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link basis</source>
        <translation>Base del vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked projects</source>
        <translation>Proyectos vinculados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked URL</source>
        <translation>URL vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync limit</source>
        <translation>Límite de sincronización en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for</source>
        <translation>Buscado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed</source>
        <translation>Con formato incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units</source>
        <translation>Unidades de negocio asignadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units not read</source>
        <translation>Unidades de negocio asignadas no leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing assemblies</source>
        <translation>Ensamblados que faltan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in Dataverse</source>
        <translation>No está en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed (records left out of the report, per list)</source>
        <translation>No enumerados (registros omitidos del informe, por lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>Id. de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>En propiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection readable</source>
        <translation>Selección legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Administrador del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Id. de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With team</source>
        <translation>Con equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without team</source>
        <translation>Sin equipo</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDiff</name>
    <message>
        <location filename="../src/history/reportdiff.cpp" line="+143"/>
        <source>Changes from the run of %1 to the run of %2: %3
</source>
        <translation>Cambios desde la ejecución del %1 hasta la ejecución del %2: %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New findings</source>
        <translation>Hallazgos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Corregidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Siguen con error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
    </message>
</context>
<context>
    <name>dwh::ReportWriter</name>
    <message>
        <location filename="../src/report/reportwriter.cpp" line="+45"/>
        <source>unknown report format &quot;%1&quot;</source>
        <translation>formato de informe desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot write to stdout</source>
        <translation>no se puede escribir en stdout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>dwh::Rules</name>
    <message>
        <location filename="../src/rules/catalogue.cpp" line="+22"/>
        <source>In finance and operations apps, open Data management &gt; Dual-write and stop all table maps.</source>
        <translation>En las aplicaciones de finanzas y operaciones, abra Administración de datos &gt; Doble escritura y detenga todas las asignaciones de tablas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know what the reset deletes before you start: the dual-write runtime configuration (finance and operations tables DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition, and the Dataverse table Dual Write Runtime Configurations) and all dual-write configuration data: table maps, integration keys, legal-entity mapping, alert settings, activity logs and initial-sync history.</source>
        <translation>Antes de empezar, sepa qué elimina el restablecimiento: la configuración en tiempo de ejecución de doble escritura (las tablas de finanzas y operaciones DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration y BusinessEventsDefinition, y la tabla de Dataverse Dual Write Runtime Configurations) y todos los datos de configuración de doble escritura: asignaciones de tablas, claves de integración, asignación de entidades jurídicas, configuración de alertas, registros de actividad e historial de sincronización inicial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select Reset link. Choose Power Platform Link Dataverse Environment (recommended), select Acknowledge Reset (and Force Reset if maps were still running), select the legal entities, review the health check page and finish the wizard.</source>
        <translation>Seleccione Restablecer vínculo. Elija Vincular entorno de Dataverse de Power Platform (recomendado), seleccione Confirmar restablecimiento (y Forzar restablecimiento si aún había asignaciones en ejecución), seleccione las entidades jurídicas, revise la página de comprobación de estado y finalice el asistente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the reset, apply the dual-write solutions again (Apply Solution), start the table maps and run the initial synchronization where needed.</source>
        <translation>Después del restablecimiento, vuelva a aplicar las soluciones de doble escritura (Aplicar solución), inicie las asignaciones de tablas y ejecute la sincronización inicial donde sea necesario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Microsoft Dataverse connection used by dual-write is missing or not connected.</source>
        <translation>En el portal de creadores de Power Apps (https://make.powerapps.com), abra el entorno vinculado a la doble escritura y compruebe Conexiones: falta la conexión de Microsoft Dataverse que usa la doble escritura o no está conectada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Finance and Operations apps (Dynamics 365) connection used by dual-write is missing or not connected.</source>
        <translation>En el portal de creadores de Power Apps (https://make.powerapps.com), abra el entorno vinculado a la doble escritura y compruebe Conexiones: falta la conexión de Finance and Operations apps (Dynamics 365) que usa la doble escritura o no está conectada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection in an error state can sometimes be repaired by signing in again from its Connections entry; a deleted connection can only be recreated by resetting the dual-write link.</source>
        <translation>A veces, una conexión en estado de error se puede reparar volviendo a iniciar sesión desde su entrada de Conexiones; una conexión eliminada solo se puede volver a crear restableciendo el vínculo de doble escritura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the dual-write link so that its Dataverse APIHub connection is created again.</source>
        <translation>Restablezca el vínculo de doble escritura para que se vuelva a crear su conexión APIHub de Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the dual-write link so that its finance and operations APIHub connection is created again.</source>
        <translation>Restablezca el vínculo de doble escritura para que se vuelva a crear su conexión APIHub de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the Dual-write page in finance and operations apps, select Environment details and review the Legal entities tab.</source>
        <translation>En la página Doble escritura de las aplicaciones de finanzas y operaciones, seleccione Detalles del entorno y revise la pestaña Entidades jurídicas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the Company (cdm_company) table in Dataverse: every legal entity listed for dual-write must have a Company row with the same company code.</source>
        <translation>Compárela con la tabla Empresa (cdm_company) de Dataverse: cada entidad jurídica indicada para doble escritura debe tener una fila de Empresa con el mismo código de empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the legal entities in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities): every legal entity listed for dual-write must exist there.</source>
        <translation>Compárela con las entidades jurídicas de las aplicaciones de finanzas y operaciones (Administración de la organización &gt; Organizaciones &gt; Entidades jurídicas): cada entidad jurídica indicada para doble escritura debe existir allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 1: remove the mismatched legal entities (listed in this result) from the dual-write configuration.</source>
        <translation>Opción 1: quite de la configuración de doble escritura las entidades jurídicas que no coinciden (indicadas en este resultado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option 2: reset the dual-write link (see the reset article) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Opción 2: restablezca el vínculo de doble escritura (consulte el artículo sobre el restablecimiento) y seleccione solo entidades jurídicas que existan en ambos lados. Un restablecimiento elimina las asignaciones de tablas, las claves de integración, la asignación de entidades jurídicas y la configuración en tiempo de ejecución; después, vuelva a aplicar las soluciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the legal entities selected for dual-write match the companies in Dataverse.</source>
        <translation>Haga que las entidades jurídicas seleccionadas para doble escritura coincidan con las empresas de Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the legal entities selected for dual-write match the legal entities in finance and operations apps.</source>
        <translation>Haga que las entidades jurídicas seleccionadas para doble escritura coincidan con las entidades jurídicas de las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In finance and operations apps, stop all dual-write table maps.</source>
        <translation>En las aplicaciones de finanzas y operaciones, detenga todas las asignaciones de tablas de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data entity DualWriteProjectConfigurationEntity in the Excel add-in (enable design mode and add the entity to a sheet).</source>
        <translation>Abra la entidad de datos DualWriteProjectConfigurationEntity en el complemento de Excel (habilite el modo de diseño y agregue la entidad a una hoja).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the rows listed in this result (there are two rows per table map) and publish; publishing deletes them from the DualWriteProjectConfiguration tables.</source>
        <translation>Elimine las filas indicadas en este resultado (hay dos filas por asignación de tabla) y publique; al publicar, se eliminan de las tablas DualWriteProjectConfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no configuration pointing at another Dataverse environment remains, then restart the table maps.</source>
        <translation>Compruebe que no queda ninguna configuración que apunte a otro entorno de Dataverse y, después, reinicie las asignaciones de tablas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop all dual-write table maps in finance and operations apps.</source>
        <translation>Detenga todas las asignaciones de tablas de doble escritura en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, open Advanced Settings &gt; Advanced Find and look for DualWrite Runtime Configuration (Dual Write Runtime Configurations).</source>
        <translation>En Dataverse, abra Configuración avanzada &gt; Búsqueda avanzada y busque DualWrite Runtime Configuration (Dual Write Runtime Configurations).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Results, select the stale rows listed in this result and delete them.</source>
        <translation>Seleccione Resultados, seleccione las filas obsoletas indicadas en este resultado y elimínelas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the finance and operations cleanup of DualWriteProjectConfigurationEntity so that no stale configuration remains on either side, then restart the table maps.</source>
        <translation>Repita la limpieza de DualWriteProjectConfigurationEntity en finanzas y operaciones para que no quede ninguna configuración obsoleta en ninguno de los dos lados y, después, reinicie las asignaciones de tablas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dual-write runtime configurations in Dataverse that no longer belong to the current link.</source>
        <translation>Elimine las configuraciones en tiempo de ejecución de doble escritura de Dataverse que ya no pertenecen al vínculo actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the finance and operations dual-write project configurations that point at another Dataverse environment.</source>
        <translation>Elimine las configuraciones de proyecto de doble escritura de finanzas y operaciones que apuntan a otro entorno de Dataverse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the root business unit&apos;s default team with the query GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (the team and business unit are named in this result).</source>
        <translation>Busque el equipo predeterminado de la unidad de negocio raíz con la consulta GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (el equipo y la unidad de negocio se indican en este resultado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option 1: open a ticket with Microsoft Support to update the connection details, giving the default team of the root business unit (its id and name are in this result).</source>
        <translation>Opción 1: abra una incidencia con el Soporte técnico de Microsoft para actualizar los detalles de conexión, indicando el equipo predeterminado de la unidad de negocio raíz (su id. y su nombre están en este resultado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 2: reset the dual-write link (see the reset article). A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>Opción 2: restablezca el vínculo de doble escritura (consulte el artículo sobre el restablecimiento). Un restablecimiento elimina las asignaciones de tablas, las claves de integración, la asignación de entidades jurídicas y la configuración en tiempo de ejecución; después, vuelva a aplicar las soluciones.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a default owning team on every company that syncs with dual-write.</source>
        <translation>Seleccione un equipo propietario predeterminado en cada empresa que se sincronice con doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Power Apps maker portal (https://make.powerapps.com).</source>
        <translation>Abra el portal de creadores de Power Apps (https://make.powerapps.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the environment that has the dual-write link to your finance and operations apps environment.</source>
        <translation>Seleccione el entorno que tiene el vínculo de doble escritura con su entorno de aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tables list, then the Company table.</source>
        <translation>Abra la lista Tablas y, después, la tabla Empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Default owning team column isn&apos;t shown, show it.</source>
        <translation>Si no se muestra la columna Equipo propietario predeterminado, muéstrela.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Have the dual-write connection details updated to the renamed default team: open a ticket with Microsoft Support asking them to update the connection details, or reset the link, which reads them again.</source>
        <translation>Haga que se actualicen los detalles de conexión de doble escritura con el equipo predeterminado cambiado de nombre: abra una incidencia con el Soporte técnico de Microsoft para pedir que actualicen los detalles de conexión, o restablezca el vínculo, que los vuelve a leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set a Default owning team for every company listed in this result: the owner team of the company&apos;s own business unit (created with the company&apos;s name when it was enabled for dual-write) keeps its records visible to that business unit; dwhealth fix DWDVEV1007 offers it first.</source>
        <translation>Establezca un equipo propietario predeterminado (Default owning team) para cada empresa indicada en este resultado: el equipo propietario de la propia unidad de negocio de la empresa (creado con el nombre de la empresa cuando se habilitó para la doble escritura) mantiene sus registros visibles para esa unidad de negocio; dwhealth fix DWDVEV1007 lo ofrece en primer lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the selected teams have the needed security roles (Dual-write runtime user, Dual-write app user and roles for the synced tables).</source>
        <translation>Asegúrese de que los equipos seleccionados tienen los roles de seguridad necesarios (Dual-write runtime user, Dual-write app user y los roles de las tablas sincronizadas).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Missing Dataverse APIHub connection, without ConnectionFix support.</source>
        <translation>Falta la conexión APIHub de Dataverse, sin compatibilidad con ConnectionFix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing finance and operations apps APIHub connection without ConnectionFix support.</source>
        <translation>Falta la conexión APIHub de las aplicaciones de finanzas y operaciones, sin compatibilidad con ConnectionFix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company mismatched between dual-write and Dataverse.</source>
        <translation>La empresa no coincide entre doble escritura y Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company mismatched between dual-write and finance and operations apps.</source>
        <translation>La empresa no coincide entre doble escritura y las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in Dataverse.</source>
        <translation>Hay configuraciones de doble escritura obsoletas en Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in finance and operations apps.</source>
        <translation>Hay configuraciones de doble escritura obsoletas en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Team name mismatch for Dataverse and dual-write.</source>
        <translation>El nombre del equipo predeterminado no coincide entre Dataverse y doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team isn&apos;t present in company.</source>
        <translation>La empresa no tiene equipo propietario predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse is unreachable or refuses the sign-in.</source>
        <translation>No se puede acceder a Dataverse o rechaza el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps are unreachable or refuse the sign-in.</source>
        <translation>No se puede acceder a las aplicaciones de finanzas y operaciones o rechazan el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dual Write Core solution is not installed in Dataverse.</source>
        <translation>La solución Dual Write Core no está instalada en Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dual-write solution is below its required version.</source>
        <translation>Una solución de doble escritura está por debajo de su versión requerida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prospect to Cash solution is installed; dual-write cannot run side by side with it.</source>
        <translation>La solución Prospect to Cash está instalada; la doble escritura no puede ejecutarse junto con ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is below the version Microsoft&apos;s dual-write release notes require.</source>
        <translation>La solución Dual Write Core está por debajo de la versión que exigen las notas de la versión de doble escritura de Microsoft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user is missing or disabled in Dataverse.</source>
        <translation>Falta un usuario de aplicación de doble escritura en Dataverse o está deshabilitado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application dual-write needs is missing from the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Falta una aplicación que necesita la doble escritura en la página Aplicaciones de Microsoft Entra ID de las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity is not System administrator in finance and operations apps.</source>
        <translation>La identidad con la que se ha iniciado sesión no es Administrador del sistema en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user lacks the security roles dual-write needs in Dataverse.</source>
        <translation>A un usuario de aplicación de doble escritura le faltan los roles de seguridad que la doble escritura necesita en Dataverse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root business unit&apos;s default team or a dual-write company&apos;s default owning team lacks the security roles dual-write needs.</source>
        <translation>Al equipo predeterminado de la unidad de negocio raíz o al equipo propietario predeterminado de una empresa de doble escritura le faltan los roles de seguridad que necesita la doble escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write plug-in assembly is missing or its steps are disabled.</source>
        <translation>Falta un ensamblado de complemento de doble escritura o sus pasos están deshabilitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed-in identity is not System Administrator in Dataverse.</source>
        <translation>La identidad que ha iniciado sesión no es Administrador del sistema en Dataverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Company (cdm_company) table has duplicate or blank names.</source>
        <translation>La tabla Empresa (cdm_company) tiene nombres duplicados o en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More legal entities are selected for dual-write than it supports.</source>
        <translation>Hay más entidades jurídicas seleccionadas para doble escritura de las que admite.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Install the Dual Write Core solution in the Dataverse environment.</source>
        <translation>Instale la solución Dual Write Core en el entorno de Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps (or get &quot;Dual Write Core&quot; from AppSource).</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno y elija Aplicaciones de Dynamics 365 (u obtenga &quot;Dual Write Core&quot; en AppSource).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Dual Write Core solution; it carries the DualWriteRegistration.Plugins and DualWriteRuntime.Plugins assemblies.</source>
        <translation>Instale la solución Dual Write Core; contiene los ensamblados DualWriteRegistration.Plugins y DualWriteRuntime.Plugins.</translation>
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
        <translation>Vuelva a ejecutar la comprobación de estado.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Upgrade the dual-write solutions listed in this result to at least the required version.</source>
        <translation>Actualice las soluciones de doble escritura indicadas en este resultado al menos a la versión requerida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps.</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno y elija Aplicaciones de Dynamics 365.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Update the dual-write packages that contain the listed solutions: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) and Dual-write Supply Chain (Dynamics365SupplyChainExtended); see the separated solutions article for the package contents and their order.</source>
        <translation>Actualice los paquetes de doble escritura que contienen las soluciones indicadas: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) y Dual-write Supply Chain (Dynamics365SupplyChainExtended); consulte el artículo sobre las soluciones separadas para ver el contenido de los paquetes y su orden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In finance and operations apps, on the Dual-write page, apply the updated map solutions (Apply Solution) where they show new changes.</source>
        <translation>En las aplicaciones de finanzas y operaciones, en la página Doble escritura, aplique las soluciones de asignaciones actualizadas (Aplicar solución) donde muestren cambios nuevos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall the Prospect to Cash solution; dual-write cannot run side by side with the Prospect to Cash Data Integrator.</source>
        <translation>Desinstale la solución Prospect to Cash; la doble escritura no puede ejecutarse junto con Prospect to Cash Data Integrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop any Prospect to Cash Data Integrator projects.</source>
        <translation>Detenga todos los proyectos de Prospect to Cash Data Integrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center or the maker portal (Solutions), delete the ProspectToCash solution.</source>
        <translation>En el Centro de administración de Power Platform o en el portal de creadores (Soluciones), elimine la solución ProspectToCash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the Dual Write Core solution to at least 1.0.24073.3 (the September 2024 security update, mandatory since November 30, 2024).</source>
        <translation>Actualice la solución de doble escritura Dual Write Core al menos a la versión 1.0.24073.3 (la actualización de seguridad de septiembre de 2024, obligatoria desde el 30 de noviembre de 2024).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) to the current version.</source>
        <translation>Actualice la solución de doble escritura &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) a la versión actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same security update needs finance and operations apps on platform update 63 (7.0.7198.188) or 64 (7.0.7279.121) or later.</source>
        <translation>La misma actualización de seguridad requiere que las aplicaciones de finanzas y operaciones tengan la actualización de plataforma 63 (7.0.7198.188) o 64 (7.0.7279.121), o posterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the applications dual-write needs on the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>Registre las aplicaciones que necesita la doble escritura en la página Aplicaciones de Microsoft Entra ID de las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>En las aplicaciones de finanzas y operaciones, abra Administración del sistema &gt; Configurar &gt; Aplicaciones de Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row for every client id listed in this result, each mapped to an enabled user with the privileges dual-write needs.</source>
        <translation>Agregue una fila para cada Id. de cliente indicado en este resultado, cada una asignada a un usuario habilitado con los privilegios que necesita la doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After granting access, open Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Después de conceder el acceso, abra Administración de datos &gt; Parámetros de marco &gt; Configuración de entidad y seleccione Actualizar lista de entidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the identity that runs the check or links dual-write the System administrator role in finance and operations apps.</source>
        <translation>Asigne el rol Administrador del sistema en las aplicaciones de finanzas y operaciones a la identidad que ejecuta la comprobación o vincula la doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Users &gt; Users and select the user named in this result (for an app registration: the user mapped to its client id on the Microsoft Entra ID applications page).</source>
        <translation>En las aplicaciones de finanzas y operaciones, abra Administración del sistema &gt; Usuarios &gt; Usuarios y seleccione el usuario indicado en este resultado (para un registro de aplicación: el usuario asignado a su Id. de cliente en la página Aplicaciones de Microsoft Entra ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the System administrator role.</source>
        <translation>Asigne el rol Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking dual-write needs System administrator in both finance and operations apps and Dataverse.</source>
        <translation>Para vincular la doble escritura se necesita el rol Administrador del sistema tanto en las aplicaciones de finanzas y operaciones como en Dataverse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign security roles to the dual-write application users in Dataverse.</source>
        <translation>Asigne roles de seguridad a los usuarios de aplicación de doble escritura en Dataverse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select each application user listed in this result (application ids 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) and choose Edit security roles.</source>
        <translation>Seleccione cada usuario de aplicación que aparece en este resultado (id. de aplicación 00000015-0000-0000-c000-000000000000 y 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) y elija Editar roles de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the Dual-write app user and Dual-write runtime user roles and a role with create, read, write and delete on every table dual-write syncs (or System Administrator).</source>
        <translation>Asigne los roles Dual-write app user y Dual-write runtime user y un rol con permisos de creación, lectura, escritura y eliminación en todas las tablas que sincroniza la doble escritura (o System Administrator).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign security roles to the root business unit&apos;s default team and to the dual-write companies&apos; default owning teams.</source>
        <translation>Asigne roles de seguridad al equipo predeterminado de la unidad de negocio raíz y a los equipos propietarios predeterminados de las empresas de doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the Power Platform admin center, open the environment linked to dual-write and, on the Access tab, under Teams, select See all.</source>
        <translation>Inicie sesión en el Centro de administración de Power Platform, abra el entorno vinculado a la doble escritura y, en la pestaña Acceso, en Equipos, seleccione Ver todo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select each team named in this result (the root business unit&apos;s default team has the business unit&apos;s name) and choose Manage security roles.</source>
        <translation>Seleccione cada equipo indicado en este resultado (el equipo predeterminado de la unidad de negocio raíz tiene el nombre de la unidad de negocio) y elija Administrar roles de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Dual-write runtime user, Dual-write app user and a role that can read every table dual-write syncs (built-in, such as Salesperson, or custom; the global address book needs a custom role for Party, Postal Address and the related tables).</source>
        <translation>Asigne Dual-write runtime user, Dual-write app user y un rol que pueda leer todas las tablas que sincroniza la doble escritura (integrado, como Salesperson, o personalizado; la libreta global de direcciones necesita un rol personalizado para Party, Postal Address y las tablas relacionadas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team without any role makes dual-write&apos;s writes fail with &quot;Principal team … is missing prvRead… privilege&quot;; run the health check again after assigning the roles.</source>
        <translation>Un equipo sin ningún rol hace que las escrituras de doble escritura fallen con &quot;Principal team … is missing prvRead… privilege&quot;; vuelva a ejecutar la comprobación de estado después de asignar los roles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or enable the dual-write application users in Dataverse.</source>
        <translation>Cree o habilite los usuarios de aplicación de doble escritura en Dataverse.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno y, después, Configuración &gt; Usuarios + permisos &gt; Usuarios de aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure an enabled application user exists for the application id 00000015-0000-0000-c000-000000000000 (finance and operations apps; not needed in customer-managed cloud-hosted environments) and for 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</source>
        <translation>Asegúrese de que existe un usuario de aplicación habilitado para el id. de aplicación 00000015-0000-0000-c000-000000000000 (aplicaciones de finanzas y operaciones; no es necesario en entornos hospedados en la nube administrados por el cliente) y para 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both users the Dual-write app user role and a role with create, read, write and delete on every dual-write table.</source>
        <translation>Asigne a ambos usuarios el rol Dual-write app user y un rol con permisos de creación, lectura, escritura y eliminación en todas las tablas de doble escritura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore and enable the dual-write plug-in assemblies and their steps.</source>
        <translation>Restaure y habilite los ensamblados de complementos de doble escritura y sus pasos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an assembly is missing, install or update the Dual Write Core solution, which carries DualWriteRegistration.Plugins and DualWriteRuntime.Plugins.</source>
        <translation>Si falta un ensamblado, instale o actualice la solución Dual Write Core, que contiene DualWriteRegistration.Plugins y DualWriteRuntime.Plugins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If steps are disabled, enable them (for example with the Plug-in Registration Tool: select each disabled step of the listed assemblies and choose Enable).</source>
        <translation>Si hay pasos deshabilitados, habilítelos (por ejemplo, con Plug-in Registration Tool: seleccione cada paso deshabilitado de los ensamblados indicados y elija Enable).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the identity that runs the check or links dual-write the System Administrator role in Dataverse.</source>
        <translation>Asigne el rol Administrador del sistema en Dataverse a la identidad que ejecuta la comprobación o vincula la doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions (Users or Application users).</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno y, después, Configuración &gt; Usuarios + permisos (Usuarios o Usuarios de aplicación).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the identity named in this result and assign the System Administrator security role.</source>
        <translation>Seleccione la identidad indicada en este resultado y asígnele el rol de seguridad Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write also needs System administrator in finance and operations apps and Microsoft Entra tenant admin credentials.</source>
        <translation>Para vincular la doble escritura también se necesitan el rol Administrador del sistema en las aplicaciones de finanzas y operaciones y credenciales de administrador del inquilino de Microsoft Entra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give every Company (cdm_company) row in Dataverse a unique, non-blank name.</source>
        <translation>Asigne a cada fila de Empresa (cdm_company) de Dataverse un nombre único y no vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Apps maker portal, open Tables &gt; Company and show the Name and Company code columns.</source>
        <translation>En el portal de creadores de Power Apps, abra Tablas &gt; Empresa y muestre las columnas Nombre y Código de empresa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or remove the rows listed in this result so that no two rows share a name (ignoring letter case) and no row has a blank name.</source>
        <translation>Cambie el nombre de las filas indicadas en este resultado o quítelas, de modo que no haya dos filas con el mismo nombre (sin distinguir mayúsculas y minúsculas) ni ninguna fila con el nombre en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link or reset dual-write again; the link fails with &quot;Saving connection set failed! An item with the same key has already been added.&quot; while duplicates remain.</source>
        <translation>Vuelva a vincular o restablecer la doble escritura; la vinculación falla con &quot;Saving connection set failed! An item with the same key has already been added.&quot; mientras queden duplicados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select fewer legal entities for dual-write.</source>
        <translation>Seleccione menos entidades jurídicas para doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization supports at most 40 legal entities; live synchronization supports at most 250.</source>
        <translation>La sincronización inicial admite como máximo 40 entidades jurídicas; la sincronización en vivo admite como máximo 250.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync.</source>
        <translation>En la página Doble escritura, en Detalles del entorno &gt; Entidades jurídicas, quite las entidades jurídicas que no necesiten sincronizarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 40 legal entities, run the initial synchronization in batches of at most 40 legal entities.</source>
        <translation>Si hay más de 40 entidades jurídicas, ejecute la sincronización inicial en lotes de 40 entidades jurídicas como máximo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make sure dwhealth can sign in to Dataverse and read the dual-write tables.</source>
        <translation>Asegúrese de que dwhealth puede iniciar sesión en Dataverse y leer las tablas de doble escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s Dataverse URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Compruebe la URL de Dataverse, el inquilino y el id. de cliente del perfil, y el secreto de cliente o el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, make sure the identity is an enabled (application) user of the environment with a security role that can read solutions, companies, business units, teams, users, plug-ins and dual-write runtime configurations (System Administrator is simplest).</source>
        <translation>En el Centro de administración de Power Platform, asegúrese de que la identidad es un usuario (de aplicación) habilitado del entorno con un rol de seguridad que pueda leer soluciones, empresas, unidades de negocio, equipos, usuarios, complementos y configuraciones en tiempo de ejecución de doble escritura (lo más sencillo es Administrador del sistema).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>If the service throttled the requests, wait a few minutes and run the check again.</source>
        <translation>Si el servicio limitó las solicitudes, espere unos minutos y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make sure dwhealth can sign in to finance and operations apps and read its data entities.</source>
        <translation>Asegúrese de que dwhealth puede iniciar sesión en las aplicaciones de finanzas y operaciones y leer sus entidades de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s finance and operations URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>Compruebe la URL de finanzas y operaciones, el inquilino y el id. de cliente del perfil, y el secreto de cliente o el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, register the client id on the Microsoft Entra ID applications page (System administration &gt; Setup) and map it to a user that can read LegalEntities and DualWriteProjectConfigurations.</source>
        <translation>En las aplicaciones de finanzas y operaciones, registre el id. de cliente en la página Aplicaciones de Microsoft Entra ID (Administración del sistema &gt; Configuración) y asígnelo a un usuario que pueda leer LegalEntities y DualWriteProjectConfigurations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure dwhealth can list the connections of the Power Platform environment.</source>
        <translation>Asegúrese de que dwhealth puede enumerar las conexiones del entorno de Power Platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s environment id (or powerPlatform.url) and the sign-in for https://api.powerplatform.com.</source>
        <translation>Compruebe el id. de entorno del perfil (o powerPlatform.url) y el inicio de sesión para https://api.powerplatform.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the identity access to the environment&apos;s connections (for example as an environment admin) and run the check again.</source>
        <translation>Conceda a la identidad acceso a las conexiones del entorno (por ejemplo, como administrador del entorno) y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure dwhealth can read the environment from the Power Platform admin API, which says which finance and operations environment it is linked to.</source>
        <translation>Asegúrese de que dwhealth pueda leer el entorno desde la API de administración de Power Platform, que indica con qué entorno de finanzas y operaciones está vinculado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an identity that is a Power Platform administrator or a Dynamics 365 administrator (a service principal must be registered as a Power Platform management application).</source>
        <translation>Inicie sesión con una identidad que sea administrador de Power Platform o administrador de Dynamics 365 (una entidad de servicio debe estar registrada como aplicación de administración de Power Platform).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, dwhealth judges the link from the finance and operations project configurations alone and says so in the report.</source>
        <translation>Sin ella, dwhealth evalúa el vínculo solo a partir de las configuraciones de proyecto de finanzas y operaciones y lo indica en el informe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make sure dwhealth can sign in with Microsoft Entra ID.</source>
        <translation>Asegúrese de que dwhealth puede iniciar sesión con Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profile&apos;s tenant id, authority and client id, and the client secret or sign-in.</source>
        <translation>Compruebe el id. de inquilino, la autoridad y el id. de cliente del perfil, y el secreto de cliente o el inicio de sesión.</translation>
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
        <translation>sin estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 connections (%2) disagree: connected: %3; not connected: %4. The connection the dual-write link uses is not exposed by a documented API, so it may be one that is not connected. Open them under Connections in the Power Apps maker portal and fix the ones that are not connected.</source>
        <translation>Las conexiones de %1 (%2) no coinciden: conectadas: %3; no conectadas: %4. La conexión que usa el vínculo de doble escritura no se expone mediante ninguna API documentada, por lo que puede ser una de las no conectadas. Ábralas en Conexiones del portal de creación de Power Apps y corrija las que no estén conectadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every %1 connection (%2) is connected: %3.</source>
        <translation>Todas las conexiones de %1 (%2) están conectadas: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) is Connected in environment %3; found in another state: %4.</source>
        <translation>Ninguna conexión de %1 (%2) está en estado Connected en el entorno %3; se encontraron en otro estado: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) exists in environment %3.</source>
        <translation>No existe ninguna conexión de %1 (%2) en el entorno %3.</translation>
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
        <translation>aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location filename="../src/rules/depbusinessunit.cpp" line="+124"/>
        <source>business unit &quot;%1&quot; (companies %2) has %3 default teams</source>
        <translation>la unidad de negocio &quot;%1&quot; (empresas %2) tiene %3 equipos predeterminados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the default team &quot;%1&quot; of business unit &quot;%2&quot; (companies %3)</source>
        <translation>el equipo predeterminado &quot;%1&quot; de la unidad de negocio &quot;%2&quot; (empresas %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The business units mapped to the dual-write companies could not be checked: %1</source>
        <translation>No se pudieron comprobar las unidades de negocio asignadas a las empresas de doble escritura: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default teams of the companies&apos; business units (%1) have their units&apos; names too.</source>
        <translation>Los equipos predeterminados de las unidades de negocio de las empresas (%1) también tienen el nombre de sus unidades.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not named as their business unit: %1. If one of these business units is the one mapped to its legal entity on the Dual-write page, initial synchronization fails for it (the mapping itself cannot be read through a documented API).</source>
        <translation>Sin el nombre de su unidad de negocio: %1. Si una de estas unidades de negocio es la asignada a su entidad jurídica en la página Doble escritura, la sincronización inicial falla para ella (la propia asignación no se puede leer mediante una API documentada).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dataverse returned no root business unit (a business unit without a parent).</source>
        <translation>Dataverse no devolvió ninguna unidad de negocio raíz (una unidad de negocio sin elemento primario).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataverse returned %1 business units without a parent, expected exactly one: %2.</source>
        <translation>Dataverse devolvió %1 unidades de negocio sin elemento primario; se esperaba exactamente una: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No default team was found for the root business unit &quot;%1&quot; (%2).</source>
        <translation>No se encontró ningún equipo predeterminado para la unidad de negocio raíz &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 default teams were found for the root business unit &quot;%2&quot; (%3), expected exactly one.</source>
        <translation>Se encontraron %1 equipos predeterminados para la unidad de negocio raíz &quot;%2&quot; (%3); se esperaba exactamente uno.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The default team of the root business unit &quot;%1&quot; has the same name (team %2).</source>
        <translation>El equipo predeterminado de la unidad de negocio raíz &quot;%1&quot; tiene el mismo nombre (equipo %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) differs from its name only in letter case.</source>
        <translation>El equipo predeterminado &quot;%1&quot; (%2) de la unidad de negocio raíz &quot;%3&quot; (%4) solo difiere de su nombre en mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) is not named as the business unit.</source>
        <translation>El equipo predeterminado &quot;%1&quot; (%2) de la unidad de negocio raíz &quot;%3&quot; (%4) no tiene el nombre de la unidad de negocio.</translation>
    </message>
    <message>
        <location filename="../src/rules/depcompany.cpp" line="-106"/>
        <location filename="../src/rules/prereqcompanies.cpp" line="+109"/>
        <location filename="../src/rules/securityroles.cpp" line="+249"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Se desconocen las entidades jurídicas seleccionadas para doble escritura: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Legal entities selected for dual-write but missing in Dataverse cdm_company: %1</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura, pero que faltan en cdm_company de Dataverse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal entities selected for dual-write but missing in finance and operations apps LegalEntities: %1</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura, pero que faltan en LegalEntities de las aplicaciones de finanzas y operaciones: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No legal entities are selected for dual-write.</source>
        <translation>No hay ninguna entidad jurídica seleccionada para doble escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in Dataverse cdm_company: %1</source>
        <translation>Todas las entidades jurídicas seleccionadas para doble escritura existen en cdm_company de Dataverse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in finance and operations apps LegalEntities: %1</source>
        <translation>Todas las entidades jurídicas seleccionadas para doble escritura existen en LegalEntities de las aplicaciones de finanzas y operaciones: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The legal entities selected on the Dual-write page cannot be read through a documented API, so a selected legal entity without a cdm_company row cannot be seen. Companies enabled for dual-write in Dataverse: %1. List the selection in the profile (dualWrite.legalEntities) or pick it in the wizard to check it.</source>
        <translation>Las entidades jurídicas seleccionadas en la página Doble escritura no se pueden leer mediante una API documentada, por lo que no se puede ver una entidad jurídica seleccionada sin fila en cdm_company. Empresas habilitadas para la doble escritura en Dataverse: %1. Indique la selección en el perfil (dualWrite.legalEntities) o elíjala en el asistente para comprobarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+36"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Companies selected for dual-write without a default owning team: %1.</source>
        <translation>Empresas seleccionadas para doble escritura sin equipo propietario predeterminado: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every company selected for dual-write in Dataverse has a default owning team (companies checked: %1).</source>
        <translation>Todas las empresas seleccionadas para doble escritura en Dataverse tienen un equipo propietario predeterminado (empresas comprobadas: %1).</translation>
    </message>
    <message>
        <location filename="../src/rules/depstale.cpp" line="+127"/>
        <source>Finance and operations holds no dual-write project configurations, so none is stale.</source>
        <translation>Finanzas y operaciones no contiene configuraciones de proyecto de doble escritura, por lo que ninguna está obsoleta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (no environment URL)</source>
        <translation>%1 (sin URL de entorno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (points at %2)</source>
        <translation>%1 (apunta a %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finance and operations dual-write project configurations with no environment URL: %1.</source>
        <translation>Configuraciones de proyecto de doble escritura de finanzas y operaciones sin URL de entorno: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell whether the other configurations are stale: the linked Dataverse environment is not known. %1</source>
        <translation>No se puede determinar si las demás configuraciones están obsoletas: no se conoce el entorno de Dataverse vinculado. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+88"/>
        <source>(Link: %1)</source>
        <translation>(Vínculo: %1)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Finance and operations dual-write project configurations that do not point at the linked Dataverse environment %1: %2.</source>
        <translation>Configuraciones de proyecto de doble escritura de finanzas y operaciones que no apuntan al entorno de Dataverse vinculado %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every finance and operations dual-write project configuration points at the linked Dataverse environment %1 (configurations: %2).</source>
        <translation>Todas las configuraciones de proyecto de doble escritura de finanzas y operaciones apuntan al entorno de Dataverse vinculado %1 (configuraciones: %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every Dataverse dual-write runtime configuration belongs to the current link (configurations: %1).</source>
        <translation>Todas las configuraciones en tiempo de ejecución de doble escritura de Dataverse pertenecen al vínculo actual (configuraciones: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finance and operations returned no dual-write project configurations, so these Dataverse runtime configurations are either stale (no link) or belong to maps this sign-in cannot see in finance and operations: %1. Check the table maps on the Dual-write page before deleting anything.</source>
        <translation>Finanzas y operaciones no devolvió configuraciones de proyecto de doble escritura, por lo que estas configuraciones de tiempo de ejecución de Dataverse están obsoletas (sin vínculo) o pertenecen a asignaciones que este inicio de sesión no puede ver en finanzas y operaciones: %1. Revise las asignaciones de tabla en la página Doble escritura antes de eliminar nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell which Dataverse runtime configurations are stale: the linked Dataverse environment is not known. %1 Runtime configurations: %2.</source>
        <translation>No se puede determinar qué configuraciones de tiempo de ejecución de Dataverse están obsoletas: no se conoce el entorno de Dataverse vinculado. %1 Configuraciones de tiempo de ejecución: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No finance and operations project configuration points at %1, yet Dataverse holds dual-write runtime configurations (no link): %2.</source>
        <translation>Ninguna configuración de proyecto de finanzas y operaciones apunta a %1, pero Dataverse contiene configuraciones en tiempo de ejecución de doble escritura (sin vínculo): %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataverse dual-write runtime configurations that no finance and operations project configuration of the current link matches: %1.</source>
        <translation>Configuraciones en tiempo de ejecución de doble escritura de Dataverse con las que no coincide ninguna configuración de proyecto de finanzas y operaciones del vínculo actual: %1.</translation>
    </message>
    <message>
        <location filename="../src/rules/preflight.cpp" line="+1"/>
        <source>a user in Dataverse</source>
        <translation>un usuario en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an application user in the environment.</source>
        <translation>Para un registro de aplicación: un usuario de aplicación en el entorno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User role</source>
        <translation>Rol de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Administrator in Dataverse</source>
        <translation>el rol Administrador del sistema en Dataverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>Finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user in finance and operations</source>
        <translation>un usuario en finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an entry on the Microsoft Entra ID applications page.</source>
        <translation>Para un registro de aplicación: una entrada en la página Aplicaciones de Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ApiHub connections</source>
        <translation>Conexiones de ApiHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read access to Power Platform connections</source>
        <translation>acceso de lectura a las conexiones de Power Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment admin or Power Platform administrator can read them.</source>
        <translation>Un administrador del entorno o de Power Platform puede leerlas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can run</source>
        <translation>Se puede ejecutar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs %1</source>
        <translation>Requiere %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not tell</source>
        <translation>No se pudo determinar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused with HTTP %1</source>
        <translation>rechazado con HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dataverse was not signed in to</source>
        <translation>No se inició sesión en Dataverse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no security role</source>
        <translation>sin rol de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>roles: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n legal entities readable</source>
        <translation>
            <numerusform>%n entidad jurídica legible</numerusform>
            <numerusform>%n entidades jurídicas legibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connections readable</source>
        <translation>
            <numerusform>%n conexión legible</numerusform>
            <numerusform>%n conexiones legibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rules/prereqaccess.cpp" line="+28"/>
        <source>Could not sign in to %1: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted the sign-in but denied access: %2</source>
        <translation>%1 aceptó el inicio de sesión, pero denegó el acceso: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the requests beyond the retry budget: %2</source>
        <translation>%1 limitó las solicitudes más allá del presupuesto de reintentos: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo acceder a %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered with a server error: %2</source>
        <translation>%1 respondió con un error del servidor: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was cancelled before %1 answered: %2</source>
        <translation>La ejecución se canceló antes de que %1 respondiera: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not queried in this run.</source>
        <translation>%1 no se consultó en esta ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that could not be read: %2</source>
        <translation>%1 dio una respuesta que no se pudo leer: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataverse answered WhoAmI without a user or organization id.</source>
        <translation>Dataverse respondió a WhoAmI sin id. de usuario ni de organización.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in to Dataverse %1 as user %2 (organization %3).</source>
        <translation>Sesión iniciada en Dataverse %1 como usuario %2 (organización %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to finance and operations apps %1 (legal entities read: %2).</source>
        <translation>Sesión iniciada en las aplicaciones de finanzas y operaciones %1 (entidades jurídicas leídas: %2).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-62"/>
        <source>company code &quot;%1&quot; (%2)</source>
        <translation>código de empresa &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; (company codes %2)</source>
        <translation>&quot;%1&quot; (códigos de empresa %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every company (cdm_company) row has a unique, non-blank name (rows checked: %1).</source>
        <translation>Todas las filas de empresa (cdm_company) tienen un nombre único y no vacío (filas comprobadas: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company (cdm_company) rows share a name: %1.</source>
        <translation>Filas de empresa (cdm_company) que comparten nombre: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Company (cdm_company) rows with a blank name: %1.</source>
        <translation>Filas de empresa (cdm_company) con el nombre en blanco: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write fails on them with &quot;An item with the same key has already been added&quot;.</source>
        <translation>Por ellas, la vinculación de la doble escritura falla con &quot;An item with the same key has already been added&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal entities selected for dual-write: %1; live synchronization supports at most %2.</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura: %1; la sincronización en vivo admite como máximo %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal entities selected for dual-write: %1; initial synchronization supports at most %2 at a time.</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura: %1; la sincronización inicial admite como máximo %2 a la vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal entities selected for dual-write: %1 (at most %2 for initial synchronization, %3 for live synchronization).</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura: %1 (como máximo %2 para la sincronización inicial y %3 para la sincronización en vivo).</translation>
    </message>
    <message>
        <location filename="../src/rules/dualwriteapps.cpp" line="+12"/>
        <source>Finance and operations apps</source>
        <translation>Aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqfoidentity.cpp" line="-112"/>
        <source>Dual-write</source>
        <translation>Doble escritura</translation>
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
        <translation>Doble escritura (Dual Write Core anterior a 1.0.16.0)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Finance and operations apps answered SysAADClientTables, but no row has a client id column; the entries cannot be judged.</source>
        <translation>Las aplicaciones de finanzas y operaciones respondieron a SysAADClientTables, pero ninguna fila tiene una columna de Id. de cliente; las entradas no se pueden evaluar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not registered on the Microsoft Entra ID applications page of finance and operations apps: %1.</source>
        <translation>No registradas en la página Aplicaciones de Microsoft Entra ID de las aplicaciones de finanzas y operaciones: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write applications are registered on the Microsoft Entra ID applications page: %1.</source>
        <translation>Las aplicaciones de doble escritura están registradas en la página Aplicaciones de Microsoft Entra ID: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not judged for a delegated sign-in: finance and operations apps expose no &quot;who am I&quot; to find the account&apos;s user. System administrators: %1.</source>
        <translation>Sin evaluar para un inicio de sesión delegado: las aplicaciones de finanzas y operaciones no exponen ningún &quot;who am I&quot; para encontrar el usuario de la cuenta. Administradores del sistema: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client id %1 has no user on the Microsoft Entra ID applications page as read, so its roles in finance and operations apps cannot be judged.</source>
        <translation>El Id. de cliente %1 no tiene usuario en la página Aplicaciones de Microsoft Entra ID tal como se leyó, por lo que no se pueden evaluar sus roles en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who has the System administrator role.</source>
        <translation>La aplicación con sesión iniciada %1 se ejecuta como el usuario de finanzas y operaciones %2, que tiene el rol Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who does not have the System administrator role; linking and resetting dual-write need it.</source>
        <translation>La aplicación con sesión iniciada %1 se ejecuta como el usuario de finanzas y operaciones %2, que no tiene el rol Administrador del sistema; vincular y restablecer la doble escritura lo requieren.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqidentity.cpp" line="-93"/>
        <source>no user for %1, which a customer-managed cloud-hosted environment does not need (the finance and operations host %2 is under cloudax.dynamics.com)</source>
        <translation>no hay usuario para %1, que un entorno hospedado en la nube administrado por el cliente no necesita (el host de finanzas y operaciones %2 está bajo cloudax.dynamics.com)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No application user exists for application id %1 (%2).</source>
        <translation>No existe ningún usuario de aplicación para el id. de aplicación %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is required: the environment is not known to be a customer-managed cloud-hosted one (the finance and operations host is not under cloudax.dynamics.com).</source>
        <translation>Es necesario: no se sabe que el entorno sea un entorno hospedado en la nube administrado por el cliente (el host de finanzas y operaciones no está bajo cloudax.dynamics.com).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The application user &quot;%1&quot; (%2) for application id %3 (%4) is disabled.</source>
        <translation>El usuario de aplicación &quot;%1&quot; (%2) para el id. de aplicación %3 (%4) está deshabilitado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The dual-write application users exist and are enabled: %1.</source>
        <translation>Los usuarios de aplicación de doble escritura existen y están habilitados: %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (steps: %2)</source>
        <translation>%1 (pasos: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plug-in assemblies not registered in Dataverse: %1.</source>
        <translation>Ensamblados de complementos no registrados en Dataverse: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug-in assemblies without any processing step: %1.</source>
        <translation>Ensamblados de complementos sin ningún paso de procesamiento: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled plug-in steps: %1.</source>
        <translation>Pasos de complemento deshabilitados: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write plug-in assemblies are registered and all their steps are enabled: %1.</source>
        <translation>Los ensamblados de complementos de doble escritura están registrados y todos sus pasos están habilitados: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The signed-in identity (user %1) has the System Administrator role in Dataverse.</source>
        <translation>La identidad que ha iniciado sesión (usuario %1) tiene el rol Administrador del sistema en Dataverse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signed-in identity (user %1) has no security role in Dataverse; System Administrator is required.</source>
        <translation>La identidad que ha iniciado sesión (usuario %1) no tiene ningún rol de seguridad en Dataverse; se requiere Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity (user %1) does not have the System Administrator role in Dataverse; its roles: %2.</source>
        <translation>La identidad que ha iniciado sesión (usuario %1) no tiene el rol Administrador del sistema en Dataverse; sus roles: %2.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqsolutions.cpp" line="+76"/>
        <source>The Dual Write Core solution is not installed in Dataverse (looked for the unique names %1).</source>
        <translation>La solución Dual Write Core no está instalada en Dataverse (se buscaron los nombres únicos %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dual Write Core solution is installed: %1.</source>
        <translation>La solución Dual Write Core está instalada: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2, requires %3</source>
        <translation>%1 en la versión %2; requiere %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports version &quot;%2&quot;</source>
        <translation>%1 indica la versión &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write solutions below their required version: %1.</source>
        <translation>Soluciones de doble escritura por debajo de su versión requerida: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compare versions that are not dotted numbers: %1.</source>
        <translation>No se pudieron comparar versiones que no son números separados por puntos: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the versioned dual-write solutions is installed.</source>
        <translation>No está instalada ninguna de las soluciones de doble escritura con versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed dual-write solutions meet their required versions: %1.</source>
        <translation>Las soluciones de doble escritura instaladas cumplen sus versiones requeridas: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not installed: %1.</source>
        <translation>No instaladas: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Prospect to Cash solution (ProspectToCash) is not installed.</source>
        <translation>La solución Prospect to Cash (ProspectToCash) no está instalada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution (%1, version %2) is installed; dual-write cannot run side by side with it.</source>
        <translation>La solución Prospect to Cash (%1, versión %2) está instalada; la doble escritura no puede ejecutarse junto con ella.</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-46"/>
        <location filename="../src/rules/rulehelpers.cpp" line="+45"/>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <location filename="../src/rules/rulehelpers.cpp" line="+73"/>
        <source>not fetched in this run</source>
        <translation>no obtenido en esta ejecución</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the signed-in identity (WhoAmI)</source>
        <translation>la identidad que ha iniciado sesión (WhoAmI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed-in identity&apos;s security roles (systemuserroles_association)</source>
        <translation>los roles de seguridad de la identidad que ha iniciado sesión (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed solutions (solutions)</source>
        <translation>las soluciones instaladas (solutions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Company table (cdm_companies)</source>
        <translation>la tabla Empresa (cdm_companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root business unit (businessunits)</source>
        <translation>la unidad de negocio raíz (businessunits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (teams)</source>
        <translation>el equipo predeterminado de la unidad de negocio raíz (teams)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dual-write application users (systemusers)</source>
        <translation>los usuarios de aplicación de doble escritura (systemusers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in assemblies (pluginassemblies)</source>
        <translation>los ensamblados de complementos de doble escritura (pluginassemblies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in steps (sdkmessageprocessingsteps)</source>
        <translation>los pasos de complementos de doble escritura (sdkmessageprocessingsteps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write runtime configurations (msdyn_dualwriteruntimeconfigs)</source>
        <translation>las configuraciones en tiempo de ejecución de doble escritura (msdyn_dualwriteruntimeconfigs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal entities (LegalEntities)</source>
        <translation>las entidades jurídicas (LegalEntities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write project configurations (DualWriteProjectConfigurations)</source>
        <translation>las configuraciones de proyecto de doble escritura (DualWriteProjectConfigurations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment&apos;s connections (connections)</source>
        <translation>las conexiones del entorno (connections)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment and its linked finance and operations app (Power Platform admin API)</source>
        <translation>el entorno y su aplicación de finanzas y operaciones vinculada (API de administración de Power Platform)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business units (businessunits)</source>
        <translation>las unidades de negocio (businessunits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner teams (teams)</source>
        <translation>los equipos propietarios (teams)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Microsoft Entra ID applications page (SysAADClientTables; this entity is not documented as exposed over OData, so an answer 404 means it is not exposed or not readable)</source>
        <translation>la página Aplicaciones de Microsoft Entra ID (SysAADClientTables; no está documentado que esta entidad se exponga mediante OData, por lo que una respuesta 404 significa que no está expuesta o no se puede leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the System administrator role assignments (SecurityUserRoleAssociations)</source>
        <translation>las asignaciones del rol Administrador del sistema (SecurityUserRoleAssociations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the organization&apos;s plug-in trace setting (organizations)</source>
        <translation>la configuración de seguimiento de complementos de la organización (organizations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in&apos;s trace log (plugintracelogs)</source>
        <translation>el registro de seguimiento del complemento de doble escritura (plugintracelogs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write application users&apos; security roles (systemuserroles_association)</source>
        <translation>los roles de seguridad de los usuarios de aplicación de doble escritura (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the owner teams&apos; security roles (teamroles_association)</source>
        <translation>los roles de seguridad de los equipos propietarios (teamroles_association)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1 from %2: %3</source>
        <translation>No se pudo leer %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../src/rules/ruleset.cpp" line="+43"/>
        <source>Dataverse can be reached and signed in to</source>
        <translation>Se puede acceder a Dataverse e iniciar sesión en él</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance and operations apps can be reached and signed in to</source>
        <translation>Se puede acceder a las aplicaciones de finanzas y operaciones e iniciar sesión en ellas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write core solution was found</source>
        <translation>Se encontró la solución principal de doble escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dual-write solutions are at their required versions</source>
        <translation>Las soluciones de doble escritura tienen sus versiones requeridas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is at the version Microsoft&apos;s release notes require</source>
        <translation>La solución de doble escritura Dual Write Core tiene la versión que exigen las notas de la versión de Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution is not installed</source>
        <translation>La solución Prospect to Cash no está instalada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dual-write application users exist in Dataverse and are enabled</source>
        <translation>Los usuarios de aplicación de doble escritura existen en Dataverse y están habilitados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write application users have the security roles dual-write needs</source>
        <translation>Los usuarios de aplicación de doble escritura tienen los roles de seguridad que necesita la doble escritura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write registration and runtime plugins are enabled</source>
        <translation>Los complementos de registro y de tiempo de ejecución de doble escritura están habilitados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write applications are registered in finance and operations apps</source>
        <translation>Las aplicaciones de doble escritura están registradas en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed-in identity is System Administrator in Dataverse</source>
        <translation>La identidad que ha iniciado sesión es Administrador del sistema en Dataverse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed-in identity is System administrator in finance and operations apps</source>
        <translation>La identidad con la que se ha iniciado sesión es Administrador del sistema en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company names in Dataverse are unique and not blank</source>
        <translation>Los nombres de empresa de Dataverse son únicos y no están en blanco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of dual-write legal entities is within the limits</source>
        <translation>El número de entidades jurídicas de doble escritura está dentro de los límites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataverse APIHub connection is connected</source>
        <translation>La conexión APIHub de Dataverse está conectada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finance and operations apps APIHub connection is connected</source>
        <translation>La conexión APIHub de las aplicaciones de finanzas y operaciones está conectada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist as companies in Dataverse</source>
        <translation>Las entidades jurídicas de doble escritura existen como empresas en Dataverse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist in finance and operations apps</source>
        <translation>Las entidades jurídicas de doble escritura existen en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stale dual-write configurations in Dataverse</source>
        <translation>No hay configuraciones de doble escritura obsoletas en Dataverse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stale dual-write configurations in finance and operations apps</source>
        <translation>No hay configuraciones de doble escritura obsoletas en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default teams of the root and mapped business units have their business units&apos; names</source>
        <translation>Los equipos predeterminados de las unidades de negocio raíz y asignadas tienen los nombres de sus unidades de negocio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dual-write companies have a default owning team</source>
        <translation>Las empresas de doble escritura tienen un equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root team and the companies&apos; owning teams have the security roles dual-write needs</source>
        <translation>El equipo raíz y los equipos propietarios de las empresas tienen los roles de seguridad que necesita la doble escritura</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This check has no implementation in this version.</source>
        <translation>Esta comprobación no está implementada en esta versión.</translation>
    </message>
    <message>
        <location filename="../src/rules/linkasread.cpp" line="+21"/>
        <source>not read in this run</source>
        <translation>no leído en esta ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The Power Platform admin API says environment %1 is linked to the finance and operations environment %2, not to the profile&apos;s %3.</source>
        <translation>La API de administración de Power Platform indica que el entorno %1 está vinculado al entorno de finanzas y operaciones %2, no al %3 del perfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 is the Dataverse environment %2, but the profile&apos;s Dataverse URL is %3.</source>
        <translation>La API de administración de Power Platform indica que el entorno %1 es el entorno de Dataverse %2, pero la URL de Dataverse del perfil es %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 (%2) is linked to the finance and operations environment %3.</source>
        <translation>La API de administración de Power Platform indica que el entorno %1 (%2) está vinculado al entorno de finanzas y operaciones %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither the Power Platform admin API (%1) nor the finance and operations project configurations could be read.</source>
        <translation>No se pudieron leer ni la API de administración de Power Platform (%1) ni las configuraciones de proyecto de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>no linked app</source>
        <translation>ninguna aplicación vinculada</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Finance and operations returned no dual-write project configurations, and the Power Platform admin API named no linked app (%1).</source>
        <translation>Finanzas y operaciones no devolvió configuraciones de proyecto de doble escritura y la API de administración de Power Platform no indicó ninguna aplicación vinculada (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none linked</source>
        <translation>ninguno vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finance and operations project configuration names a Dataverse environment.</source>
        <translation>Ninguna configuración de proyecto de finanzas y operaciones indica un entorno de Dataverse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finance and operations project configuration points at the profile&apos;s Dataverse URL %1; they point at %2. Either the profile names another environment than the link, or every configuration is stale.</source>
        <translation>Ninguna configuración de proyecto de finanzas y operaciones apunta a la URL de Dataverse del perfil %1; apuntan a %2. O bien el perfil indica un entorno distinto del vínculo, o bien todas las configuraciones están obsoletas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every finance and operations project configuration points at %1.</source>
        <translation>Todas las configuraciones de proyecto de finanzas y operaciones apuntan a %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s Dataverse URL %1, which some finance and operations project configurations point at (others point at %2); the Power Platform admin API could not confirm the link (%3).</source>
        <translation>La URL de Dataverse del perfil %1, a la que apuntan algunas configuraciones de proyecto de finanzas y operaciones (otras apuntan a %2); la API de administración de Power Platform no pudo confirmar el vínculo (%3).</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcoreversion.cpp" line="+48"/>
        <source>Not run: the Dual Write Core solution is not installed (see prereq.dual-write-core, DWHC0201).</source>
        <translation>No ejecutada: la solución de doble escritura Dual Write Core no está instalada (consulte prereq.dual-write-core, DWHC0201).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version of %1 (&quot;%2&quot;) cannot be compared with the documented minimum %3.</source>
        <translation>La versión de %1 (&quot;%2&quot;) no se puede comparar con el mínimo documentado %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is at or above %3, the minimum of Microsoft&apos;s September 2024 dual-write security update.</source>
        <translation>%1 %2 es igual o superior a %3, el mínimo de la actualización de seguridad de doble escritura de Microsoft de septiembre de 2024.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is below %3. Microsoft&apos;s dual-write release notes (September 2024 security update, %4) made %3 mandatory by %5; below it the dual-write pause and resume and alert features don&apos;t work.</source>
        <translation>%1 %2 es inferior a %3. Las notas de la versión de doble escritura de Microsoft (actualización de seguridad de septiembre de 2024, %4) hicieron obligatoria la versión %3 a partir del %5; por debajo de ella, las funciones de pausa, reanudación y alertas de la doble escritura no funcionan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is even below %1: the tenant still needs the dual-write app consent and the 33976c19-1db5-4c02-810e-c243db79efde application.</source>
        <translation>Incluso es inferior a %1: el inquilino sigue necesitando el consentimiento de la aplicación de doble escritura y la aplicación 33976c19-1db5-4c02-810e-c243db79efde.</translation>
    </message>
    <message>
        <location filename="../src/rules/detailsreader.cpp" line="+13"/>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a string</source>
        <translation>%1 no es una cadena</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a count</source>
        <translation>%1 no es un recuento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an array</source>
        <translation>%1 no es una matriz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] no es una cadena</translation>
    </message>
    <message>
        <location filename="../src/rules/securityroles.cpp" line="-92"/>
        <source>Without any security role (Dataverse refuses dual-write&apos;s writes for them): %1.</source>
        <translation>Sin ningún rol de seguridad (Dataverse rechaza las escrituras de doble escritura para ellos): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not judged: %1.</source>
        <translation>Sin evaluar: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the roles Microsoft&apos;s security-roles article (updated January 15, 2026) asks for: %1. A custom role may grant the same privileges; dwhealth does not read privileges.</source>
        <translation>Sin los roles que exige el artículo de Microsoft sobre roles de seguridad (actualizado el 15 de enero de 2026): %1. Un rol personalizado puede conceder los mismos privilegios; dwhealth no lee los privilegios.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lacks %2 (its roles: %3)</source>
        <translation>A %1 le falta %2 (sus roles: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the service returned only part of its roles)</source>
        <translation>%1 (el servicio devolvió solo una parte de sus roles)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the application user &quot;%1&quot; (%2)</source>
        <translation>el usuario de aplicación &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dual-write application user exists in Dataverse, so no roles could be checked (prereq.app-users says which are missing).</source>
        <translation>No existe ningún usuario de aplicación de doble escritura en Dataverse, por lo que no se pudo comprobar ningún rol (prereq.app-users indica cuáles faltan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write application users have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>Los usuarios de aplicación de doble escritura tienen System Administrator o los roles Dual-write app user y runtime user: %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the root business unit&apos;s default team (not found)</source>
        <translation>el equipo predeterminado de la unidad de negocio raíz (no encontrado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team</source>
        <translation>el equipo predeterminado de la unidad de negocio raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owning team of %1</source>
        <translation>el equipo propietario de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (also the owning team of %1)</source>
        <translation>el equipo predeterminado de la unidad de negocio raíz (también el equipo propietario de %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (not among the owner teams read)</source>
        <translation>%1 %2 (no está entre los equipos propietarios leídos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The root business unit&apos;s default team and the dual-write companies&apos; owning teams have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>El equipo predeterminado de la unidad de negocio raíz y los equipos propietarios de las empresas de doble escritura tienen System Administrator o los roles Dual-write app user y runtime user: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::SaveFile</name>
    <message>
        <location filename="../src/core/savefile.cpp" line="+34"/>
        <source>disk quota exceeded or file too large (%1)</source>
        <translation>se superó la cuota de disco o el archivo es demasiado grande (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no space left on the device (%1)</source>
        <translation>no queda espacio en el dispositivo (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::Scenarios</name>
    <message>
        <location filename="../src/sim/scenariotexts.cpp" line="+12"/>
        <source>Two Dataverse connections: one Connected, one in Error; which one the link uses is not exposed.</source>
        <translation>Dos conexiones de Dataverse: una Conectada y otra en Error; no se expone cuál usa el vínculo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse connection of the environment is in status Error.</source>
        <translation>La conexión de Dataverse del entorno tiene el estado Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF has no cdm_companies row in Dataverse.</source>
        <translation>La entidad jurídica seleccionada DEMF no tiene ninguna fila de cdm_companies en Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two Dataverse runtime configurations have no matching F&amp;O project configuration.</source>
        <translation>Dos configuraciones en tiempo de ejecución de Dataverse no tienen una configuración de proyecto de F&amp;O correspondiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write company DEMF has no default owning team.</source>
        <translation>La empresa de doble escritura DEMF no tiene equipo propietario predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Finance and Operations connection of the environment was deleted.</source>
        <translation>Se eliminó la conexión de Finance and Operations del entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF is missing from the F&amp;O LegalEntities.</source>
        <translation>La entidad jurídica seleccionada DEMF no está en las LegalEntities de F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two F&amp;O project configurations point at another Dataverse environment.</source>
        <translation>Dos configuraciones de proyecto de F&amp;O apuntan a otro entorno de Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team was renamed.</source>
        <translation>Se cambió el nombre del equipo predeterminado de la unidad de negocio raíz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Dataverse request answers 503 Service Unavailable.</source>
        <translation>Todas las solicitudes a Dataverse responden 503 Service Unavailable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O request answers 500 Internal Server Error.</source>
        <translation>Todas las solicitudes a F&amp;O responden 500 Internal Server Error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual Write Core solution is not installed.</source>
        <translation>La solución Dual Write Core no está instalada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics365Company 2.0.2.10 and Dynamics365FinanceExtended 1.0.0.0 are below the required versions.</source>
        <translation>Dynamics365Company 2.0.2.10 y Dynamics365FinanceExtended 1.0.0.0 están por debajo de las versiones requeridas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prospect to Cash solution is installed.</source>
        <translation>La solución Prospect to Cash está instalada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core is below 1.0.24073.3, the minimum of the September 2024 security update.</source>
        <translation>La versión de Dual Write Core (doble escritura) es inferior a 1.0.24073.3, el mínimo de la actualización de seguridad de septiembre de 2024.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) is disabled.</source>
        <translation>El usuario de aplicación Dynamics Data Integration (2e49aa60-…) está deshabilitado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of DualWriteRuntime.Plugins is disabled.</source>
        <translation>Un paso de DualWriteRuntime.Plugins está deshabilitado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write application (6f7d0213-…) is missing from the F&amp;O Microsoft Entra ID applications page.</source>
        <translation>Falta la aplicación de doble escritura (6f7d0213-…) en la página Aplicaciones de Microsoft Entra ID de F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application user has no System Administrator role.</source>
        <translation>El usuario de aplicación con la sesión iniciada no tiene el rol Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application runs as an F&amp;O user without the System administrator role.</source>
        <translation>La aplicación con sesión iniciada se ejecuta como un usuario de F&amp;O sin el rol Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) has no security role.</source>
        <translation>El usuario de aplicación Dynamics Data Integration (2e49aa60-…) no tiene ningún rol de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team has no security role.</source>
        <translation>El equipo predeterminado de la unidad de negocio raíz no tiene ningún rol de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two cdm_companies rows have the same name.</source>
        <translation>Dos filas de cdm_companies tienen el mismo nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41 legal entities are selected for dual-write (initial sync supports 40).</source>
        <translation>Hay 41 entidades jurídicas seleccionadas para la doble escritura (la sincronización inicial admite 40).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but F&amp;O does not expose SysAADClientTables over OData (404): DWHC0305 and DWHC0402 are unknown, not pass.</source>
        <translation>Correcto, pero F&amp;O no expone SysAADClientTables mediante OData (404): DWHC0305 y DWHC0402 quedan como desconocidas, no como superadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the dual-write plug-in logged errors of several kinds in the last 24 hours (and older ones, and another plug-in&apos;s): dwhealth errors --since 24h groups them by cause.</source>
        <translation>Vínculo correcto, pero el complemento de doble escritura registró errores de varios tipos en las últimas 24 horas (y otros más antiguos, y de otro complemento): dwhealth errors --since 24h los agrupa por causa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O returns no dual-write project configurations while Dataverse holds runtime configurations.</source>
        <translation>F&amp;O no devuelve configuraciones de proyecto de doble escritura, mientras que Dataverse contiene configuraciones de tiempo de ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant where every check passes.</source>
        <translation>Un inquilino en el que todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tenant: ~3000 companies (30 selected), ~6000 teams, ~3000 legal entities, ~2000 maps.</source>
        <translation>Un inquilino grande: ~3000 empresas (30 seleccionadas), ~6000 equipos, ~3000 entidades jurídicas, ~2000 asignaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Platform admin API says the Dataverse environment is linked to another F&amp;O environment.</source>
        <translation>La API de administración de Power Platform indica que el entorno de Dataverse está vinculado a otro entorno de F&amp;O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but solutions answers a cut-off JSON body: the checks that need it are unknown.</source>
        <translation>Correcto, pero solutions responde con un cuerpo JSON truncado: las comprobaciones que lo necesitan quedan como desconocidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default team of USMF&apos;s business unit was renamed; the root business unit&apos;s is fine.</source>
        <translation>Se cambió el nombre del equipo predeterminado de la unidad de negocio de USMF; el de la unidad de negocio raíz es correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps in every state: running, paused (Queueing), not running (Disabled) and one running map without its Dataverse runtime configuration (error); a few recent errors.</source>
        <translation>Asignaciones de tabla en todos los estados: en ejecución, en pausa (Queueing), sin ejecutar (Disabled) y una asignación en ejecución sin su configuración de tiempo de ejecución de Dataverse (error); algunos errores recientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but Dataverse refuses to read the security roles of users and teams (403): DWHC0403 and DWHC0404 are unknown, not pass.</source>
        <translation>Correcto, pero Dataverse se niega a leer los roles de seguridad de usuarios y equipos (403): DWHC0403 y DWHC0404 son desconocidas, no superadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile does not list the dual-write legal entities, and no documented API exposes the selection.</source>
        <translation>El perfil no indica las entidades jurídicas de doble escritura y ninguna API documentada expone la selección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, with 200 ms latency on every response.</source>
        <translation>Correcto, con 200 ms de latencia en cada respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMF&apos;s default owning team has a role for the synced tables but not the Dual-write app user role.</source>
        <translation>El equipo propietario predeterminado de DEMF tiene un rol para las tablas sincronizadas, pero no el rol Dual-write app user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but the first request of several datasets answers 429 with Retry-After 1.</source>
        <translation>Correcto, pero la primera solicitud de varios conjuntos de datos responde 429 con Retry-After 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the signed-in identity may not read the plug-in trace log (403): the Dataverse errors are unknown and the missing right is named.</source>
        <translation>Vínculo correcto, pero la identidad con la que se inició sesión no puede leer el registro de seguimiento de complementos (403): los errores de Dataverse son desconocidos y se indica el derecho que falta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O project configuration points at another Dataverse environment than the profile&apos;s, and nothing confirms the link.</source>
        <translation>Todas las configuraciones de proyecto de F&amp;O apuntan a un entorno de Dataverse distinto del del perfil y nada confirma el vínculo.</translation>
    </message>
</context>
<context>
    <name>dwh::ServiceClient</name>
    <message>
        <location filename="../src/net/serviceclient.cpp" line="+181"/>
        <source>%1: no sign-in is configured</source>
        <translation>%1: no hay ningún inicio de sesión configurado</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>%1: the request failed</source>
        <translation>%1: se produjo un error en la solicitud</translation>
    </message>
</context>
<context>
    <name>dwh::Symptoms</name>
    <message>
        <location filename="../src/troubleshoot/symptomtexts.cpp" line="+12"/>
        <source>The Dual-write module does not load in finance and operations apps</source>
        <translation>El módulo Doble escritura no se carga en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data integration service is probably down.</source>
        <translation>Probablemente el servicio de integración de datos no está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure finance and operations apps and Dataverse themselves respond (run the health check), so that the problem is narrowed down to the data integration service.</source>
        <translation>Asegúrese de que las aplicaciones de finanzas y operaciones y Dataverse responden (ejecute la comprobación de estado), para limitar el problema al servicio de integración de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a support ticket to request a restart of the data integration service.</source>
        <translation>Cree una incidencia de soporte para solicitar el reinicio del servicio de integración de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the data integration service; these checks only rule out the environments themselves.</source>
        <translation>La comprobación de estado no puede ver el servicio de integración de datos; estas comprobaciones solo descartan problemas en los propios entornos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>401 (Unauthorized) when you create a new table map</source>
        <translation>401 (Unauthorized) al crear una nueva asignación de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the user who set up the dual-write connection can create a table map; the map was created as another user.</source>
        <translation>Solo el usuario que configuró la conexión de doble escritura puede crear una asignación de tabla; la asignación se creó con otro usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to finance and operations apps as the user who set up the dual-write connection and create the table map again.</source>
        <translation>Inicie sesión en las aplicaciones de finanzas y operaciones con el usuario que configuró la conexión de doble escritura y vuelva a crear la asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other users with the system administrator role can monitor the status and edit existing mappings, but cannot add new table maps.</source>
        <translation>Otros usuarios con el rol de administrador del sistema pueden supervisar el estado y editar las asignaciones existentes, pero no pueden agregar nuevas asignaciones de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same user that set up dual-write.</source>
        <translation>El mismo usuario que configuró la doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login.microsoftonline.com refused to connect (dual-write user interface)</source>
        <translation>login.microsoftonline.com rechazó la conexión (interfaz de usuario de doble escritura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser blocks the sign-in page inside the dual-write user interface, typically because third-party cookies are blocked.</source>
        <translation>El explorador bloquea la página de inicio de sesión dentro de la interfaz de usuario de doble escritura, normalmente porque las cookies de terceros están bloqueadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in by using an InPrivate window in Microsoft Edge, an incognito window in Chromium, or an incognito window in Google Chrome.</source>
        <translation>Inicie sesión con una ventana InPrivate de Microsoft Edge, una ventana de incógnito de Chromium o una ventana de incógnito de Google Chrome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock or clear third-party cookies, then open Dual-write from the Data management workspace again.</source>
        <translation>Desbloquee o borre las cookies de terceros y vuelva a abrir Doble escritura desde el área de trabajo Administración de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This happens in the browser; no dwhealth check can detect it.</source>
        <translation>Esto ocurre en el explorador; ninguna comprobación de dwhealth puede detectarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (tokenexchange) when you link the environments or add a table map</source>
        <translation>403 (tokenexchange) al vincular los entornos o agregar una asignación de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have sufficient permissions to link dual-write or create maps.</source>
        <translation>No tiene permisos suficientes para vincular la doble escritura o crear asignaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset without unlinking dual-write.</source>
        <translation>El entorno de Dataverse se restableció sin desvincular la doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments as a user with the system administrator role in both Finance and Operations apps and Dataverse.</source>
        <translation>Vincule los entornos con un usuario que tenga el rol de administrador del sistema tanto en las aplicaciones de finanzas y operaciones como en Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new table maps as the user who set up the dual-write connection; after setup, any user with the system administrator role can monitor the status and edit the mappings.</source>
        <translation>Agregue nuevas asignaciones de tabla con el usuario que configuró la conexión de doble escritura; tras la configuración, cualquier usuario con el rol de administrador del sistema puede supervisar el estado y editar las asignaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Dataverse environment was reset without unlinking dual-write, the link still points at the environment as it was: stop all table maps, reset the dual-write link (Reset link) and apply the solutions again.</source>
        <translation>Si el entorno de Dataverse se restableció sin desvincular la doble escritura, el vínculo sigue apuntando al entorno tal como era: detenga todas las asignaciones de tabla, restablezca el vínculo de doble escritura (Restablecer vínculo) y vuelva a aplicar las soluciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you open a support ticket, include the Session ID and Root activity ID of the message.</source>
        <translation>Si abre una incidencia de soporte, incluya el Id. de sesión y el Id. de actividad raíz del mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator in both Finance and Operations apps and Dataverse.</source>
        <translation>Administrador del sistema tanto en las aplicaciones de finanzas y operaciones como en Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ID</source>
        <translation>Id. de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root activity ID</source>
        <translation>Id. de actividad raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 Forbidden when you stop a table map</source>
        <translation>403 Forbidden al detener una asignación de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The linked Dataverse environment isn&apos;t available.</source>
        <translation>El entorno de Dataverse vinculado no está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a ticket for the Data Integration team.</source>
        <translation>Cree una incidencia para el equipo de Data Integration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the network trace of the failing action (for example a HAR file saved from the browser&apos;s developer tools), so that the Data Integration team can mark the maps as Not running in the back end.</source>
        <translation>Adjunte el seguimiento de red de la acción que falla (por ejemplo, un archivo HAR guardado desde las herramientas de desarrollo del explorador), para que el equipo de Data Integration pueda marcar las asignaciones como No en ejecución en el back-end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync or import into finance and operations apps is slow (parallel processing)</source>
        <translation>La sincronización inicial o la importación en las aplicaciones de finanzas y operaciones es lenta (procesamiento en paralelo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel processing is not configured for the data entity, so imports from customer engagement apps and Dataverse into finance and operations apps do not run as parallel tasks.</source>
        <translation>El procesamiento en paralelo no está configurado para la entidad de datos, por lo que las importaciones desde las aplicaciones de interacción con clientes y Dataverse a las aplicaciones de finanzas y operaciones no se ejecutan como tareas en paralelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to your Finance and Operations environment.</source>
        <translation>Inicie sesión en su entorno de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters.</source>
        <translation>Vaya a Administración de datos &gt; Parámetros de marco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Entity settings and select Configure entity execution parameters.</source>
        <translation>Seleccione Configuración de entidad y, a continuación, Configurar parámetros de ejecución de entidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the parameters for parallel processing for the entity: Import threshold record count and Import task count.</source>
        <translation>Agregue los parámetros de procesamiento en paralelo para la entidad: Recuento de registros del umbral de importación y Recuento de tareas de importación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Save.</source>
        <translation>Seleccione Guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import performance is outside the health check; no dwhealth check covers it.</source>
        <translation>El rendimiento de la importación queda fuera de la comprobación de estado; ninguna comprobación de dwhealth lo cubre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A related Microsoft article recommends an import threshold record count of 1000 and an import task count of 8 for some entities; start there and adjust per entity.</source>
        <translation>Un artículo relacionado de Microsoft recomienda un recuento de registros del umbral de importación de 1000 y un recuento de tareas de importación de 8 para algunas entidades; empiece por ahí y ajústelos para cada entidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import threshold record count</source>
        <translation>Recuento de registros del umbral de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of records that must be met before parallel processing is enabled.</source>
        <translation>El número de registros que debe alcanzarse antes de que se habilite el procesamiento en paralelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import task count</source>
        <translation>Recuento de tareas de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of threads (tasks) to run in parallel.</source>
        <translation>El número de subprocesos (tareas) que se ejecutan en paralelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: Unable to build dual-write lookup metadata</source>
        <translation>Error en la sincronización inicial: Unable to build dual-write lookup metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping has dependent mappings that are not enabled.</source>
        <translation>La asignación tiene asignaciones dependientes que no están habilitadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping is missing source or destination columns.</source>
        <translation>A la asignación le faltan columnas de origen o de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mapping has dependent mappings, enable the dependent mappings of this table mapping.</source>
        <translation>Si la asignación tiene asignaciones dependientes, habilite las asignaciones dependientes de esta asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in the Finance and Operations app is missing, follow Missing table columns issue on maps: Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list, then open the map and choose Refresh tables.</source>
        <translation>Si falta una columna en la aplicación de finanzas y operaciones, siga el procedimiento para columnas de tabla que faltan en las asignaciones: Administración de datos &gt; Parámetros de marco &gt; Configuración de entidad &gt; Actualizar lista de entidades; a continuación, abra la asignación y elija Actualizar tablas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in Dataverse is missing, select Refresh tables on the mapping so that the columns are automatically populated back into the mapping.</source>
        <translation>Si falta una columna en Dataverse, seleccione Actualizar tablas en la asignación para que las columnas vuelvan a rellenarse automáticamente en la asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the mapping to Running again.</source>
        <translation>Vuelva a poner la asignación en En ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message reports a failed plug-in registration: these checks confirm that the dual-write plug-ins and solutions are in place. Dependent maps and columns are not part of the health check.</source>
        <translation>El mensaje indica un error en el registro de un complemento: estas comprobaciones confirman que los complementos y las soluciones de doble escritura están presentes. Las asignaciones dependientes y las columnas no forman parte de la comprobación de estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 400 Bad Request, AX export encountered an error</source>
        <translation>Error en la sincronización inicial: 400 Bad Request, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Microsoft Dynamics 365 Data import export framework service of the finance and operations app is stopped; the initial synchronization requires it.</source>
        <translation>El servicio Microsoft Dynamics 365 Data import export framework de la aplicación de finanzas y operaciones está detenido; la sincronización inicial lo necesita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the virtual machine (VM) for the finance and operations app.</source>
        <translation>Inicie sesión en la máquina virtual (VM) de la aplicación de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Management Console.</source>
        <translation>Abra Microsoft Management Console.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Services pane, make sure that the Microsoft Dynamics 365 Data import export framework service is running. Restart it if it has been stopped, because the initial synchronization requires it.</source>
        <translation>En el panel Servicios, asegúrese de que el servicio Microsoft Dynamics 365 Data import export framework se está ejecutando. Reinícielo si se ha detenido, porque la sincronización inicial lo necesita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System admin.</source>
        <translation>Administrador del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the services of the finance and operations VM; the check only rules out sign-in and network problems.</source>
        <translation>La comprobación de estado no puede ver los servicios de la VM de finanzas y operaciones; la comprobación solo descarta problemas de inicio de sesión y de red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 403 Forbidden, AX export encountered an error</source>
        <translation>Error en la sincronización inicial: 403 Forbidden, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DtAppID client registration on the Microsoft Entra applications page of the finance and operations app no longer grants access for the export.</source>
        <translation>El registro del cliente DtAppID en la página Aplicaciones de Microsoft Entra de la aplicación de finanzas y operaciones ya no concede acceso para la exportación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the finance and operations app.</source>
        <translation>Inicie sesión en la aplicación de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Microsoft Entra applications page (formerly Azure Active Directory applications), delete the DtAppID client, and then add it again.</source>
        <translation>En la página Aplicaciones de Microsoft Entra (antes Aplicaciones de Azure Active Directory), elimine el cliente DtAppID y vuelva a agregarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial synchronization again.</source>
        <translation>Vuelva a ejecutar la sincronización inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution has a version mismatch when a table map runs</source>
        <translation>Una solución de doble escritura tiene una versión no coincidente cuando se ejecuta una asignación de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution installed in Dataverse is older than the version that the table map requires.</source>
        <translation>Una solución de doble escritura instalada en Dataverse es anterior a la versión que requiere la asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the dual-write solutions in Dataverse: in the Power Platform admin center, open the environment, choose Dynamics 365 apps and update the package that contains each solution named in the message.</source>
        <translation>Actualice las soluciones de doble escritura en Dataverse: en el Centro de administración de Power Platform, abra el entorno, elija Aplicaciones de Dynamics 365 y actualice el paquete que contiene cada solución mencionada en el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure to upgrade to the latest solution that matches the required solution version.</source>
        <translation>Asegúrese de actualizar a la solución más reciente que cumpla la versión de solución requerida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page in finance and operations apps, apply the updated map solutions where they show new changes, then run the table maps again.</source>
        <translation>En la página Doble escritura de las aplicaciones de finanzas y operaciones, aplique las soluciones de asignaciones actualizadas donde muestren cambios nuevos y, a continuación, vuelva a ejecutar las asignaciones de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many legal entities: Exceeds the maximum partitions allowed for mapping</source>
        <translation>Demasiadas entidades jurídicas: Exceeds the maximum partitions allowed for mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than about 250 legal entities are linked between the environments; that is the current limit, and the error appears when you enable maps.</source>
        <translation>Hay más de unas 250 entidades jurídicas vinculadas entre los entornos; ese es el límite actual, y el error aparece al habilitar las asignaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync, so that at most 250 remain.</source>
        <translation>En la página Doble escritura, en Detalles del entorno &gt; Entidades jurídicas, quite las entidades jurídicas que no necesiten sincronizarse, de modo que queden como máximo 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in mind that the initial synchronization supports at most 40 legal entities at a time.</source>
        <translation>Tenga en cuenta que la sincronización inicial admite como máximo 40 entidades jurídicas a la vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the maps again.</source>
        <translation>Vuelva a habilitar las asignaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving connection set failed: duplicate or blank company names</source>
        <translation>Saving connection set failed: nombres de empresa duplicados o en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write does not support several legal entities (companies) with the same name, for example two companies named &quot;DAT&quot; in Dataverse; Company rows with a blank name cause the same error.</source>
        <translation>La doble escritura no admite varias entidades jurídicas (empresas) con el mismo nombre, por ejemplo dos empresas llamadas &quot;DAT&quot; en Dataverse; las filas de Company con el nombre en blanco provocan el mismo error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate records from the cdm_company (Company) table in Dataverse.</source>
        <translation>Quite los registros duplicados de la tabla cdm_company (Company) en Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or correct the cdm_company records that have a blank name.</source>
        <translation>Quite o corrija los registros de cdm_company que tienen el nombre en blanco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments again.</source>
        <translation>Vuelva a vincular los entornos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to CRM (Dataverse) during setup</source>
        <translation>DW9003: Failed to connect to CRM (Dataverse) durante la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to Dataverse: the dual-write application users are missing, disabled or lack privileges.</source>
        <translation>Cuando se configuró la doble escritura desde Lifecycle Services, su entidad de servicio no pudo conectarse a Dataverse: los usuarios de aplicación de doble escritura faltan, están deshabilitados o no tienen privilegios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno y, a continuación, Configuración &gt; Usuarios y permisos &gt; Usuarios de aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure enabled application users exist for 00000015-0000-0000-c000-000000000000 (Microsoft-managed environments only) and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, with the Dual-write app user role and create, read, write and delete on every dual-write table.</source>
        <translation>Asegúrese de que existen usuarios de aplicación habilitados para 00000015-0000-0000-c000-000000000000 (solo entornos administrados por Microsoft) y 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, con el rol Dual-write app user y permisos de creación, lectura, escritura y eliminación en todas las tablas de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again from Lifecycle Services (Power Platform integration).</source>
        <translation>Vuelva a ejecutar la configuración desde Lifecycle Services (integración de Power Platform).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to AX (finance and operations apps) during setup</source>
        <translation>DW9003: Failed to connect to AX (aplicaciones de finanzas y operaciones) durante la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to finance and operations apps: the client id is not registered, or its user is disabled or lacks privileges.</source>
        <translation>Cuando se configuró la doble escritura desde Lifecycle Services, su entidad de servicio no pudo conectarse a las aplicaciones de finanzas y operaciones: el id. de cliente no está registrado, o su usuario está deshabilitado o no tiene privilegios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>En las aplicaciones de finanzas y operaciones, abra Administración del sistema &gt; Configurar &gt; Aplicaciones de Microsoft Entra ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the dual-write client ids (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) are listed, each with a user that is enabled and has the right privileges.</source>
        <translation>Asegúrese de que los id. de cliente de doble escritura (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 y 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) aparecen en la lista, cada uno con un usuario habilitado y con los privilegios adecuados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (Forbidden) while the dual-write connections are created: no Power Apps licence</source>
        <translation>403 (Forbidden) al crear las conexiones de doble escritura: no hay licencia de Power Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking creates two Power Apps (ApiHub) connections on behalf of the user in the linked Dataverse environment; without a Power Apps licence their creation fails with 403 (Forbidden).</source>
        <translation>La vinculación crea dos conexiones de Power Apps (ApiHub) en nombre del usuario en el entorno de Dataverse vinculado; sin una licencia de Power Apps, su creación falla con 403 (Forbidden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign an appropriate licence (for example, Power Apps Trial 2 Plan) to the user who links dual-write, so that the user has permission to create the connections.</source>
        <translation>Asigne una licencia adecuada (por ejemplo, Power Apps Trial 2 Plan) al usuario que vincula la doble escritura, para que tenga permiso para crear las conexiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify the licence, open the My account site (https://portal.office.com/account/?ref=MeControl#subscriptions) as that user and view the licences currently assigned.</source>
        <translation>Para comprobar la licencia, abra el sitio Mi cuenta (https://portal.office.com/account/?ref=MeControl#subscriptions) como ese usuario y consulte las licencias asignadas actualmente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>404 (Not Found) when you open the Dual-write page: app consent missing</source>
        <translation>404 (Not Found) al abrir la página Doble escritura: falta el consentimiento de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app consent step is not complete: the app with ID 33976c19-1db5-4c02-810e-c243db79efde is not in the tenant&apos;s Enterprise applications list.</source>
        <translation>El paso de consentimiento de la aplicación no está completo: la aplicación con el id. 33976c19-1db5-4c02-810e-c243db79efde no está en la lista Aplicaciones empresariales del inquilino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to portal.azure.com with the tenant admin account and check whether the app with ID 33976c19-1db5-4c02-810e-c243db79efde shows up in the Enterprise applications list.</source>
        <translation>Inicie sesión en portal.azure.com con la cuenta de administrador del inquilino y compruebe si la aplicación con el id. 33976c19-1db5-4c02-810e-c243db79efde aparece en la lista Aplicaciones empresariales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it doesn&apos;t, open https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent with admin credentials and select Accept.</source>
        <translation>Si no aparece, abra https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent con credenciales de administrador y seleccione Aceptar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If that doesn&apos;t work, open the URL in an InPrivate window of Microsoft Edge or an incognito window of Chrome.</source>
        <translation>Si eso no funciona, abra la URL en una ventana InPrivate de Microsoft Edge o en una ventana de incógnito de Chrome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core 1.0.16.0 or later no longer needs this consent step.</source>
        <translation>Dual Write Core 1.0.16.0 o posterior ya no necesita este paso de consentimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finance and operations environment is not discoverable</source>
        <translation>El entorno de finanzas y operaciones no es detectable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user who signs in is not in the same tenant as the finance and operations instance.</source>
        <translation>El usuario que inicia sesión no está en el mismo inquilino que la instancia de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legacy Microsoft-hosted finance and operations instance has an issue with discovery.</source>
        <translation>Una instancia heredada de finanzas y operaciones hospedada por Microsoft tiene un problema con la detección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a user of the same Microsoft Entra tenant as the finance and operations instance.</source>
        <translation>Inicie sesión con un usuario del mismo inquilino de Microsoft Entra que la instancia de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a legacy Microsoft-hosted instance, update the finance and operations instance; the environment becomes discoverable with any update.</source>
        <translation>Para una instancia heredada hospedada por Microsoft, actualice la instancia de finanzas y operaciones; el entorno pasa a ser detectable con cualquier actualización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing source field in the schema of a table map</source>
        <translation>Falta un campo de origen en el esquema de una asignación de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map refers to a column that the data entity list of finance and operations apps no longer knows, typically after an upgrade.</source>
        <translation>La asignación de tabla hace referencia a una columna que la lista de entidades de datos de las aplicaciones de finanzas y operaciones ya no conoce, normalmente tras una actualización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>Vaya a Administración de datos &gt; Parámetros de marco &gt; Configuración de entidad y seleccione Actualizar lista de entidades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the entity is listed under Data entities, then open the map from the Dual-write page and select Refresh tables.</source>
        <translation>Compruebe que la entidad aparece en Entidades de datos y, a continuación, abra la asignación desde la página Doble escritura y seleccione Actualizar tablas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the field is still missing: Data management &gt; Data entities, find the entity, select Modify target mapping and, in Map staging to target, select Generate mapping.</source>
        <translation>Si el campo sigue faltando: Administración de datos &gt; Entidades de datos, busque la entidad, seleccione Modificar asignación de destino y, en Asignar almacenamiento provisional a destino, seleccione Generar asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the dual-write map again; if the attribute is still missing, add it with Add attribute, save and run the map.</source>
        <translation>Vuelva a abrir la asignación de doble escritura; si el atributo sigue faltando, agréguelo con Agregar atributo, guarde y ejecute la asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map schemas are not part of the health check.</source>
        <translation>Los esquemas de las asignaciones de tabla no forman parte de la comprobación de estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1001: the Dataverse ApiHub connection of dual-write is missing</source>
        <translation>DWDVEV1001: falta la conexión ApiHub de Dataverse de la doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to Dataverse that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>La conexión de Power Apps (ApiHub) con Dataverse que usa el vínculo de doble escritura ya no existe; probablemente se eliminó en el portal de creación de Power Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection (Dual-write page &gt; Reset), as Reset dual-write connections describes.</source>
        <translation>Restablezca la conexión de doble escritura (página Doble escritura &gt; Restablecer), como se describe en Restablecer conexiones de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check again to confirm that the connection is back.</source>
        <translation>Vuelva a ejecutar la comprobación de estado para confirmar que la conexión se ha restablecido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1001: the finance and operations ApiHub connection of dual-write is missing</source>
        <translation>DWFOEV1001: falta la conexión ApiHub de finanzas y operaciones de la doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to finance and operations apps that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>La conexión de Power Apps (ApiHub) con las aplicaciones de finanzas y operaciones que usa el vínculo de doble escritura ya no existe; probablemente se eliminó en el portal de creación de Power Apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1003: a dual-write legal entity has no company in Dataverse</source>
        <translation>DWDVEV1003: una entidad jurídica de doble escritura no tiene empresa en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity selected on the Dual-write page (Environment details &gt; Legal entities) has no row in the Company (cdm_company) table of Dataverse.</source>
        <translation>Una entidad jurídica seleccionada en la página Doble escritura (Detalles del entorno &gt; Entidades jurídicas) no tiene fila en la tabla Empresa (cdm_company) de Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the list of mismatched companies from the health check result.</source>
        <translation>Tome la lista de empresas que no coinciden del resultado de la comprobación de estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either remove those legal entities from the dual-write configuration, or create the missing Company rows in Dataverse.</source>
        <translation>Quite esas entidades jurídicas de la configuración de doble escritura o cree las filas de Empresa que faltan en Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the configuration is beyond repair, reset the dual-write connection.</source>
        <translation>Si la configuración no tiene arreglo, restablezca la conexión de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1003: a dual-write legal entity does not exist in finance and operations apps</source>
        <translation>DWFOEV1003: una entidad jurídica de doble escritura no existe en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity linked for dual-write does not exist as a legal entity in finance and operations apps.</source>
        <translation>Una entidad jurídica vinculada para la doble escritura no existe como entidad jurídica en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove those legal entities from the dual-write configuration.</source>
        <translation>Quite esas entidades jurídicas de la configuración de doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1004: stale dual-write configurations in Dataverse</source>
        <translation>DWDVEV1004: configuraciones de doble escritura obsoletas en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write runtime configurations (msdyn_dualwriteruntimeconfig) remain in Dataverse from a link that was removed or from another finance and operations environment.</source>
        <translation>Quedan configuraciones de tiempo de ejecución de doble escritura (msdyn_dualwriteruntimeconfig) en Dataverse de un vínculo que se eliminó o de otro entorno de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the table maps of the current link.</source>
        <translation>Detenga las asignaciones de tabla del vínculo actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the Dual Write Runtime Configurations rows that the current link does not own (Advanced Find, or the guided fix).</source>
        <translation>Elimine las filas de Dual Write Runtime Configurations (doble escritura) que no pertenezcan al vínculo actual (Búsqueda avanzada o la corrección guiada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table maps again.</source>
        <translation>Vuelva a iniciar las asignaciones de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1004: stale dual-write configurations in finance and operations apps</source>
        <translation>DWFOEV1004: configuraciones de doble escritura obsoletas en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DualWriteProjectConfiguration rows remain in finance and operations apps that point to a Dataverse environment other than the linked one.</source>
        <translation>Quedan filas de DualWriteProjectConfiguration en las aplicaciones de finanzas y operaciones que apuntan a un entorno de Dataverse distinto del vinculado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the DualWriteProjectConfiguration rows (and their field configurations) whose external environment URL is not the linked Dataverse (Excel add-in on DualWriteProjectConfigurationEntity, or the guided fix).</source>
        <translation>Elimine las filas de DualWriteProjectConfiguration (y sus configuraciones de campo) cuya URL de entorno externo no sea la del Dataverse vinculado (complemento de Excel en DualWriteProjectConfigurationEntity o la corrección guiada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1006: the default team is not named as its business unit</source>
        <translation>DWFOEV1006: el equipo predeterminado no tiene el nombre de su unidad de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization makes the default team of the mapped or root business unit the owner of imported rows and expects the team to carry the business unit&apos;s name; the team was renamed after the link was made.</source>
        <translation>La sincronización inicial convierte al equipo predeterminado de la unidad de negocio asignada o raíz en propietario de las filas importadas y espera que el equipo lleve el nombre de la unidad de negocio; se cambió el nombre del equipo después de crear el vínculo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection, or</source>
        <translation>Restablezca la conexión de doble escritura, o bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Microsoft Support ticket to update the connection, giving the default team of the root business unit (found with the teams query of the security-roles article).</source>
        <translation>Abra una incidencia con el Soporte técnico de Microsoft para actualizar la conexión e indique el equipo predeterminado de la unidad de negocio raíz (obtenido con la consulta de equipos del artículo sobre roles de seguridad).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1007: a dual-write company has no default owning team</source>
        <translation>DWDVEV1007: una empresa de doble escritura no tiene equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Company (cdm_company) row selected for dual-write has no value in Default owning team.</source>
        <translation>Una fila de Empresa (cdm_company) seleccionada para la doble escritura no tiene valor en Equipo propietario predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the environment linked to dual-write, then Tables &gt; Company.</source>
        <translation>En el portal de creación de Power Apps, abra el entorno vinculado a la doble escritura y, a continuación, Tablas &gt; Empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Default owning team column and set a team on every company that dual-write syncs.</source>
        <translation>Muestre la columna Equipo propietario predeterminado y establezca un equipo en cada empresa que sincronice la doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give those teams the security roles that dual-write needs (Dual-write runtime user, Dual-write app user and read access to the synced tables).</source>
        <translation>Asigne a esos equipos los roles de seguridad que necesita la doble escritura (Dual-write runtime user, Dual-write app user y acceso de lectura a las tablas sincronizadas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal team is missing a privilege when dual-write writes to Dataverse</source>
        <translation>Al equipo (Principal team) le falta un privilegio cuando la doble escritura escribe en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write makes a team the owner of the rows it writes to Dataverse (the default owning team of the company, or the default team of the root business unit for global tables); that team has no security role that grants the privilege named in the message.</source>
        <translation>La doble escritura convierte a un equipo en propietario de las filas que escribe en Dataverse (el equipo propietario predeterminado de la empresa, o el equipo predeterminado de la unidad de negocio raíz para las tablas globales); ese equipo no tiene ningún rol de seguridad que conceda el privilegio indicado en el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; and note the team name.</source>
        <translation>Abra https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; y anote el nombre del equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Access &gt; Teams &gt; See all, and select that team.</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno, después Acceso &gt; Equipos &gt; Ver todo, y seleccione ese equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Manage security roles and add a role with read access to the table in the message (a built-in role such as Salesperson, or a custom one), together with Dual-write runtime user and Dual-write app user.</source>
        <translation>Seleccione Administrar roles de seguridad y agregue un rol con acceso de lectura a la tabla del mensaje (un rol integrado como Vendedor o uno personalizado), junto con los roles de doble escritura Dual-write runtime user y Dual-write app user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check confirms that each company has an owning team and that the default team keeps its name; it does not read the team&apos;s security roles.</source>
        <translation>La comprobación de estado confirma que cada empresa tiene un equipo propietario y que el equipo predeterminado conserva su nombre; no lee los roles de seguridad del equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team id</source>
        <translation>Id. de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege</source>
        <translation>Privilegio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 403: the user is not a member of the organization (0x80072560)</source>
        <translation>Sincronización en vivo 403: el usuario no es miembro de la organización (0x80072560)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write application users in Dataverse, or the default owning team, lack the roles that dual-write needs, so Dataverse refuses the write from finance and operations apps.</source>
        <translation>Los usuarios de aplicación de doble escritura en Dataverse, o el equipo propietario predeterminado, carecen de los roles que necesita la doble escritura, por lo que Dataverse rechaza la escritura procedente de las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through System requirements and prerequisites again: the application users 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b must exist, be enabled and have the roles the article names.</source>
        <translation>Vuelva a revisar Requisitos del sistema y requisitos previos: los usuarios de aplicación 00000015-0000-0000-c000-000000000000 y 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b deben existir, estar habilitados y tener los roles que indica el artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dual-write application users and the default owning team the System administrator role in Dataverse, as the live-sync article asks.</source>
        <translation>Asigne a los usuarios de aplicación de doble escritura y al equipo propietario predeterminado el rol Administrador del sistema en Dataverse, como indica el artículo sobre la sincronización en vivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync: unable to write data to an entity when saving in finance and operations apps</source>
        <translation>Sincronización en vivo: no se pueden escribir datos en una entidad al guardar en las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data that the row needs is missing on the Dataverse side (for example the customer group of a customer).</source>
        <translation>Faltan en Dataverse datos de referencia que necesita la fila (por ejemplo, el grupo de clientes de un cliente).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the project configuration rows of the failing map in finance and operations apps are damaged.</source>
        <translation>O bien las filas de configuración de proyecto de la asignación con errores en las aplicaciones de finanzas y operaciones están dañadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the reference data exists in both apps (for example, create the customer group in Dataverse).</source>
        <translation>Asegúrese de que los datos de referencia existan en ambas aplicaciones (por ejemplo, cree el grupo de clientes en Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the data exists on both sides: open DualWriteProjectConfigurationEntity with the Excel add-in, delete the two rows of the failing map and publish the change.</source>
        <translation>Si los datos existen en ambos lados: abra DualWriteProjectConfigurationEntity con el complemento de Excel, elimine las dos filas de la asignación con errores y publique el cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table map again and check that rows sync.</source>
        <translation>Vuelva a iniciar la asignación de tabla y compruebe que las filas se sincronizan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>Administrador del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check finds project configurations that point at another Dataverse; missing reference data is not checked.</source>
        <translation>La comprobación de estado detecta configuraciones de proyecto que apuntan a otro Dataverse; no se comprueba si faltan datos de referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync after the Dataverse environment changed: unable to generate payload</source>
        <translation>Sincronización en vivo tras cambiar el entorno de Dataverse: no se puede generar la carga útil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset or replaced while finance and operations apps kept the old link: project configurations in finance and operations apps and runtime configurations in Dataverse point at environments that are gone.</source>
        <translation>El entorno de Dataverse se restableció o se reemplazó mientras las aplicaciones de finanzas y operaciones conservaban el vínculo antiguo: las configuraciones de proyecto de las aplicaciones de finanzas y operaciones y las configuraciones de tiempo de ejecución de Dataverse apuntan a entornos que ya no existen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the environments were relinked, stop all table maps first.</source>
        <translation>Si se volvieron a vincular los entornos, detenga primero todas las asignaciones de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, delete the DualWriteProjectConfigurationEntity rows of the affected maps with the Excel add-in and publish; leave no stale dual-write configuration behind.</source>
        <translation>En las aplicaciones de finanzas y operaciones, elimine con el complemento de Excel las filas de DualWriteProjectConfigurationEntity de las asignaciones afectadas y publique; no deje ninguna configuración de doble escritura obsoleta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, delete every DualWrite Runtime Configuration row (Advanced Find).</source>
        <translation>En Dataverse, elimine todas las filas de DualWrite Runtime Configuration (doble escritura) con Búsqueda avanzada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecureConfig Organization does not match actual CRM Organization (after a database copy)</source>
        <translation>SecureConfig Organization does not match actual CRM Organization (tras una copia de la base de datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was copied or restored from another environment and brought that environment&apos;s dual-write runtime configurations with it; the dual-write plug-in refuses to use a configuration made for another organization.</source>
        <translation>La base de datos se copió o restauró desde otro entorno y trajo consigo las configuraciones de tiempo de ejecución de doble escritura de ese entorno; el complemento de doble escritura se niega a usar una configuración creada para otra organización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every row of the Dual Write Runtime Configurations table (msdyn_dualwriteruntimeconfig) in Dataverse, for example with Advanced Find: Look for Dual Write Runtime Configurations, Results, select all, Delete.</source>
        <translation>Elimine todas las filas de la tabla Dual Write Runtime Configurations (msdyn_dualwriteruntimeconfig) de doble escritura en Dataverse, por ejemplo con Búsqueda avanzada: busque Dual Write Runtime Configurations, Resultados, seleccione todo, Eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a backup and restore, also clear DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations apps.</source>
        <translation>Después de una copia de seguridad y restauración, vacíe también DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration y BusinessEventsDefinition en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the link so that the connections are made again for this environment.</source>
        <translation>Restablezca el vínculo para que las conexiones se vuelvan a crear para este entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured organization</source>
        <translation>Organización configurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual organization</source>
        <translation>Organización real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 400: records of the same transaction reference each other</source>
        <translation>Sincronización en vivo 400: los registros de la misma transacción hacen referencia entre sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two records created in one finance and operations transaction refer to each other; they travel to Dataverse in one batch, and the lookup of one fails because the other is not there yet.</source>
        <translation>Dos registros creados en una misma transacción de finanzas y operaciones hacen referencia entre sí; viajan a Dataverse en un solo lote y la búsqueda de uno falla porque el otro aún no está allí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an entity relationship in finance and operations apps between the two entities, so that dual-write knows the related records belong to the same transaction.</source>
        <translation>Cree una relación de entidades en las aplicaciones de finanzas y operaciones entre las dos entidades para que la doble escritura sepa que los registros relacionados pertenecen a la misma transacción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check does not read business data or table map runs; this one is found in the live-sync error itself.</source>
        <translation>La comprobación de estado no lee datos empresariales ni ejecuciones de asignaciones de tabla; este problema se detecta en el propio error de la sincronización en vivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding an address: a record with the same Location ID already exists (0x80040265)</source>
        <translation>Al agregar una dirección: ya existe un registro con el mismo Id. de ubicación (0x80040265)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the Address table in Dataverse is defined on Location ID alone, by an older dual-write orchestration package.</source>
        <translation>La clave de la tabla Dirección en Dataverse está definida solo en el Id. de ubicación, por un paquete de orquestación de doble escritura anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install dual-write orchestration package version 2.2.2.60 or later, so that the Address key (msdyn_locationkey) covers msdyn_locationid and parentid.</source>
        <translation>Instale la versión 2.2.2.60 o posterior del paquete de orquestación de doble escritura para que la clave de Dirección (msdyn_locationkey) abarque msdyn_locationid y parentid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address again.</source>
        <translation>Vuelva a agregar la dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solution-version check covers the minimum versions of the solutions, not this package version.</source>
        <translation>La comprobación de versión de solución abarca las versiones mínimas de las soluciones, no esta versión del paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a customer in Dataverse: party record not found for the party type</source>
        <translation>Al agregar un cliente en Dataverse: no se encuentra el registro de parte para el tipo de parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer created in Dataverse got a new party number, but finance and operations apps already have a customer with a different party number.</source>
        <translation>El cliente creado en Dataverse recibió un número de parte nuevo, pero las aplicaciones de finanzas y operaciones ya tienen un cliente con otro número de parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the customer up through the party lookup.</source>
        <translation>Busque el cliente mediante la búsqueda de partes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no customer exists, create a new customer record; if one does, create the new customer record with the existing party.</source>
        <translation>Si no existe ningún cliente, cree un registro de cliente nuevo; si existe, cree el nuevo registro de cliente con la parte existente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating a customer, vendor or contact in Dataverse: a party cannot change its type</source>
        <translation>Al crear un cliente, proveedor o contacto en Dataverse: una parte no puede cambiar su tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The msdyn_party number sequence in Dataverse started again (after a reset, or a link to another Dataverse), so a new party number already belongs to a party of another type in finance and operations apps.</source>
        <translation>La secuencia numérica msdyn_party en Dataverse se reinició (tras un restablecimiento o un vínculo a otro Dataverse), por lo que un número de parte nuevo ya pertenece a una parte de otro tipo en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, give the msdyn_partynumber column of the msdyn_party table a different automatic number sequence.</source>
        <translation>En Dataverse, asigne otra secuencia de numeración automática a la columna msdyn_partynumber de la tabla msdyn_party.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Vendors V2: lookup not found (self or circular reference)</source>
        <translation>Sincronización inicial de Vendors V2: búsqueda no encontrada (referencia a sí misma o circular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceVendorAccountNumber refers to the vendor table itself and PrimaryContactPersonId makes a circle with contacts, so rows that use them cannot find their lookups during initial sync.</source>
        <translation>InvoiceVendorAccountNumber hace referencia a la propia tabla de proveedores y PrimaryContactPersonId forma un ciclo con los contactos, por lo que las filas que los usan no encuentran sus búsquedas durante la sincronización inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the PrimaryContactPersonId and InvoiceVendorAccountNumber columns from the Vendors V2 (msdyn_vendors) map and save.</source>
        <translation>Elimine las columnas PrimaryContactPersonId e InvoiceVendorAccountNumber de la asignación Vendors V2 (msdyn_vendors) y guarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Vendors V2.</source>
        <translation>En Administración de datos &gt; Tablas de datos, deshabilite el seguimiento de cambios para Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Vendors V2 (msdyn_vendors), then of CDS Contacts V2 (contacts).</source>
        <translation>Ejecute la sincronización inicial de Vendors V2 (msdyn_vendors) y, después, la de CDS Contacts V2 (contacts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Vendors V2 again.</source>
        <translation>Vuelva a agregar las dos columnas, guarde y ejecute de nuevo la sincronización inicial de Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Vendors V2 again.</source>
        <translation>Vuelva a habilitar el seguimiento de cambios para Vendors V2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Customers V3 or another map: lookup not found (self or circular reference)</source>
        <translation>Sincronización inicial de Customers V3 u otra asignación: búsqueda no encontrada (referencia a sí misma o circular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceAccount refers to the account table itself and ContactPersonID makes a circle with contacts, so rows that use them cannot find their lookups during initial sync. Other out-of-box maps can have the same pattern.</source>
        <translation>InvoiceAccount hace referencia a la propia tabla de cuentas y ContactPersonID forma un ciclo con los contactos, por lo que las filas que los usan no encuentran sus búsquedas durante la sincronización inicial. Otras asignaciones predefinidas pueden seguir el mismo patrón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the ContactPersonID and InvoiceAccount columns from the Customers V3 (accounts) map and save.</source>
        <translation>Elimine las columnas ContactPersonID e InvoiceAccount de la asignación Customers V3 (accounts) y guarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Customers V3.</source>
        <translation>En Administración de datos &gt; Tablas de datos, deshabilite el seguimiento de cambios para Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Customers V3 (accounts), then of CDS Contacts V2 (contacts) (the map whose description names CDS Vendor Contacts V2).</source>
        <translation>Ejecute la sincronización inicial de Customers V3 (accounts) y, después, la de CDS Contacts V2 (contacts) (la asignación cuya descripción menciona CDS Vendor Contacts V2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Customers V3 again.</source>
        <translation>Vuelva a agregar las dos columnas, guarde y ejecute de nuevo la sincronización inicial de Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bring InvoiceAccount and ContactPersonId from Dataverse to finance and operations apps, use a data integration project filtered on the company.</source>
        <translation>Para llevar InvoiceAccount y ContactPersonId de Dataverse a las aplicaciones de finanzas y operaciones, use un proyecto de integración de datos filtrado por la empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Customers V3 again.</source>
        <translation>Vuelva a habilitar el seguimiento de cambios para Customers V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails on a map with more than 10 lookup fields</source>
        <translation>La sincronización inicial falla en una asignación con más de 10 campos de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query that reads Dataverse during initial sync allows at most 10 lookups; maps such as Customers V3 - Accounts or Sales orders have more.</source>
        <translation>La consulta que lee Dataverse durante la sincronización inicial admite como máximo 10 búsquedas; asignaciones como Customers V3 - Accounts o Sales orders tienen más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove optional lookup fields from the map until 10 or fewer remain, save, and run the initial sync.</source>
        <translation>Quite campos de búsqueda opcionales de la asignación hasta que queden 10 o menos, guarde y ejecute la sincronización inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then swap in the next lookups (still 10 or fewer), save and run the initial sync again; repeat until every lookup has been synced.</source>
        <translation>Después, sustitúyalos por las siguientes búsquedas (siempre 10 o menos), guarde y ejecute de nuevo la sincronización inicial; repita hasta que se hayan sincronizado todas las búsquedas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all lookup fields back, save, and run the map with Skip initial sync.</source>
        <translation>Vuelva a agregar todos los campos de búsqueda, guarde y ejecute la asignación con Omitir sincronización inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of party addresses: party number could not be found in Dataverse</source>
        <translation>Sincronización inicial de direcciones de parte: no se encontró el número de parte en Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DirPartyCDSEntity has a range that keeps only parties of type Person and Organization, so parties of other types (Legal Entity, Operating Unit) never reached Dataverse and their addresses find no party.</source>
        <translation>DirPartyCDSEntity tiene un intervalo que solo conserva las partes de tipo Persona y Organización, por lo que las partes de otros tipos (Entidad jurídica, Unidad operativa) nunca llegaron a Dataverse y sus direcciones no encuentran ninguna parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a known issue that Microsoft is fixing in the entity; until then, the addresses of parties of other types cannot be synced by the initial sync of CDS Party postal addresses or Party Contacts V3.</source>
        <translation>Se trata de un problema conocido que Microsoft está corrigiendo en la entidad; mientras tanto, las direcciones de las partes de otros tipos no se pueden sincronizar con la sincronización inicial de CDS Party postal addresses o Party Contacts V3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync: a zero amount cannot be converted to Edm.Decimal</source>
        <translation>Sincronización inicial: un importe cero no se puede convertir a Edm.Decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Language locale under Source data formats in Data management makes zero amounts come out in a form that OData cannot read as a decimal.</source>
        <translation>La configuración regional de idioma en Formatos de datos de origen de Administración de datos hace que los importes cero se generen en una forma que OData no puede leer como decimal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management, under Source data formats, set Language locale to en-us.</source>
        <translation>En Administración de datos, en Formatos de datos de origen, establezca la configuración regional de idioma en en-us.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync again.</source>
        <translation>Vuelva a ejecutar la sincronización inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page stays blank: third-party cookies are blocked</source>
        <translation>La página Doble escritura se queda en blanco: las cookies de terceros están bloqueadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page keeps values in the browser&apos;s session storage, which needs third-party cookies; they are blocked, in general or in InPrivate/incognito windows.</source>
        <translation>La página Doble escritura guarda valores en el almacenamiento de sesión del navegador, lo que requiere cookies de terceros; estas están bloqueadas, en general o en ventanas InPrivate o de incógnito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chrome: chrome://settings &gt; Privacy and security &gt; Cookies and other site data: allow all cookies, or add https://&lt;your instance&gt;.cloudax.dynamics.com to Sites that can always use cookies (all cookies, on this site only).</source>
        <translation>Chrome: chrome://settings &gt; Privacidad y seguridad &gt; Cookies y otros datos de sitios: permita todas las cookies o agregue https://&lt;your instance&gt;.cloudax.dynamics.com a Sitios que siempre pueden usar cookies (todas las cookies, solo en este sitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge: Settings &gt; Site permissions &gt; Cookies and site data: turn off Block third-party cookies.</source>
        <translation>Edge: Configuración &gt; Permisos del sitio &gt; Cookies y datos del sitio: desactive Bloquear cookies de terceros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write page again.</source>
        <translation>Vuelva a abrir la página Doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A browser setting; the health check cannot see it.</source>
        <translation>Es una configuración del navegador; la comprobación de estado no puede verla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database synchronization fails on DualWriteProjectConfiguration during an update (ISDELETE)</source>
        <translation>La sincronización de la base de datos falla en DualWriteProjectConfiguration durante una actualización (ISDELETE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DualWriteProjectConfiguration table was not synchronized to the new schema (column ISDELETE) when finance and operations apps were updated (for example to Platform update 30).</source>
        <translation>La tabla DualWriteProjectConfiguration no se sincronizó con el nuevo esquema (columna ISDELETE) al actualizar las aplicaciones de finanzas y operaciones (por ejemplo, a Platform update 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finance and operations VM, open Visual Studio as an administrator and find DualWriteProjectConfiguration in the Application Object Tree.</source>
        <translation>En la máquina virtual de finanzas y operaciones, abra Visual Studio como administrador y busque DualWriteProjectConfiguration en el árbol de objetos de aplicación (AOT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to a new project, set Synchronize Database on Build to True and build.</source>
        <translation>Agréguela a un proyecto nuevo, establezca Synchronize Database on Build en True y compile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a full database synchronization (Dynamics 365 &gt; Synchronize database).</source>
        <translation>Ejecute una sincronización completa de la base de datos (Dynamics 365 &gt; Synchronize database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rerun the database synchronization step in Lifecycle Services, with the manual upgrade scripts where they apply.</source>
        <translation>Vuelva a ejecutar el paso de sincronización de la base de datos en Lifecycle Services, con los scripts de actualización manual cuando correspondan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An upgrade of finance and operations apps; the health check does not see database synchronization.</source>
        <translation>Una actualización de las aplicaciones de finanzas y operaciones; la comprobación de estado no ve la sincronización de la base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle Services: linked via dual-write to a different environment</source>
        <translation>Lifecycle Services: vinculado mediante doble escritura a otro entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is linked to a Dataverse environment other than the one Lifecycle Services has set up for Power Platform integration (or LCS has none).</source>
        <translation>La doble escritura está vinculada a un entorno de Dataverse distinto del que Lifecycle Services ha configurado para la integración con Power Platform (o LCS no tiene ninguno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If LCS has never been set up for Power Platform integration, connect it to the Dataverse environment that dual-write uses.</source>
        <translation>Si LCS nunca se ha configurado para la integración con Power Platform, conéctelo al entorno de Dataverse que usa la doble escritura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise stop all table maps and reset the dual-write connection to the environment that LCS names (Dual-write page &gt; Reset).</source>
        <translation>De lo contrario, detenga cada asignación de tabla y restablezca la conexión de doble escritura al entorno que indica LCS (página Doble escritura &gt; Restablecer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the configurations of the old link (DualWriteProjectConfiguration in finance and operations apps, Dual Write Runtime Configurations in Dataverse).</source>
        <translation>Elimine las configuraciones del vínculo anterior (DualWriteProjectConfiguration en las aplicaciones de finanzas y operaciones, Dual Write Runtime Configurations en Dataverse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check reports project configurations that point at another Dataverse (DWFOEV1004).</source>
        <translation>La comprobación de estado notifica configuraciones de proyecto que apuntan a otro Dataverse (DWFOEV1004).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 100: finance and operations platform too old</source>
        <translation>Comprobación de estado de la asignación de tabla 100: plataforma de finanzas y operaciones demasiado antigua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check needs platform update 43 (version 10.0.19) or later of finance and operations apps.</source>
        <translation>La comprobación de estado de la asignación de tabla requiere la actualización de plataforma 43 (versión 10.0.19) o posterior de las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update finance and operations apps to 10.0.19 or later, then run the table map health check again.</source>
        <translation>Actualice las aplicaciones de finanzas y operaciones a la versión 10.0.19 o posterior y vuelva a ejecutar la comprobación de estado de la asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check runs on the Dual-write page for one map; dwhealth does not run it.</source>
        <translation>La comprobación de estado de la asignación de tabla se ejecuta en la página Doble escritura para una asignación; dwhealth no la ejecuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 400: no business events registration for the entity</source>
        <translation>Comprobación de estado de la asignación de tabla 400: no hay registro de eventos empresariales para la entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not running, or every field mapping goes from Dataverse to finance and operations apps, so nothing is registered to track changes in finance and operations apps.</source>
        <translation>La asignación no se está ejecutando, o todas las asignaciones de campos van de Dataverse a las aplicaciones de finanzas y operaciones, por lo que no se registra nada para hacer el seguimiento de los cambios en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the map if it should be running.</source>
        <translation>Inicie la asignación si debería estar en ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If finance and operations changes should reach Dataverse, map at least one field in that direction.</source>
        <translation>Si los cambios de finanzas y operaciones deben llegar a Dataverse, asigne al menos un campo en esa dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 500: no project configurations for the project</source>
        <translation>Comprobación de estado de la asignación de tabla 500: no hay configuraciones de proyecto para el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not enabled, or all its field mappings go from customer engagement apps to finance and operations apps, so no live sync runs from finance and operations apps.</source>
        <translation>La asignación no está habilitada, o todas sus asignaciones de campos van de las aplicaciones de interacción con clientes a las aplicaciones de finanzas y operaciones, por lo que no se ejecuta ninguna sincronización en vivo desde las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the direction of the field mappings of the table map and enable the map if it should run.</source>
        <translation>Compruebe la dirección de las asignaciones de campos de la asignación de tabla y habilite la asignación si debe ejecutarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 900: invalid source filter</source>
        <translation>Comprobación de estado de la asignación de tabla 900: filtro de origen no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source filter for finance and operations apps on the table map is not valid query syntax.</source>
        <translation>El filtro de origen para las aplicaciones de finanzas y operaciones de la asignación de tabla no tiene una sintaxis de consulta válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter on the table map; check it against the entity first (the live-sync article shows how to evaluate a filter with X++).</source>
        <translation>Corrija el filtro de la asignación de tabla; compruébelo antes con la entidad (el artículo sobre la sincronización en vivo muestra cómo evaluar un filtro con X++).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that null is not the empty string: filter on a computed column that turns null into &quot;&quot; when you need that.</source>
        <translation>Recuerde que null no es la cadena vacía: filtre por una columna calculada que convierta null en &quot;&quot; cuando lo necesite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1000: the query that live sync uses for the entity</source>
        <translation>Comprobación de estado de la asignación de tabla 1000: la consulta que usa la sincronización en vivo para la entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information: only rows that satisfy the inner joins and filters of the entity&apos;s SQL query are picked up by live sync.</source>
        <translation>Información: la sincronización en vivo solo recoge las filas que cumplen las combinaciones internas y los filtros de la consulta SQL de la entidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are missing in Dataverse, check the inner joins and filters of the query shown in the message.</source>
        <translation>Si faltan filas en Dataverse, compruebe las combinaciones internas y los filtros de la consulta que se muestra en el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1300: virtual fields are not tracked</source>
        <translation>Comprobación de estado de la asignación de tabla 1300: no se hace el seguimiento de los campos virtuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual fields of finance and operations entities are not tracked: live sync can send their values, but a change to them alone does not trigger a sync.</source>
        <translation>No se hace el seguimiento de los campos virtuales de las entidades de finanzas y operaciones: la sincronización en vivo puede enviar sus valores, pero un cambio solo en ellos no desencadena una sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rely on changes to virtual fields to trigger dual-write; map a backing field that is tracked instead.</source>
        <translation>No confíe en los cambios de campos virtuales para desencadenar la doble escritura; asigne en su lugar un campo subyacente del que se haga seguimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1500: no field of the data source is mapped</source>
        <translation>Comprobación de estado de la asignación de tabla 1500: no se ha asignado ningún campo del origen de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field of this data source of the entity is mapped for dual-write, so changes to its table are not tracked.</source>
        <translation>Ningún campo de este origen de datos de la entidad está asignado para la doble escritura, por lo que no se hace el seguimiento de los cambios en su tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map at least one non-lookup field of the data source if its changes should reach Dataverse.</source>
        <translation>Asigne al menos un campo que no sea de búsqueda del origen de datos si sus cambios deben llegar a Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1600: a data source of the entity has a range</source>
        <translation>Comprobación de estado de la asignación de tabla 1600: un origen de datos de la entidad tiene un intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data source of the entity has a filter range: only rows that satisfy it go from finance and operations apps to Dataverse.</source>
        <translation>Un origen de datos de la entidad tiene un intervalo de filtro: solo las filas que lo cumplen pasan de las aplicaciones de finanzas y operaciones a Dataverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are skipped, check them against the range, for example with select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; in SQL.</source>
        <translation>Si se omiten filas, compárelas con el intervalo, por ejemplo con select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; en SQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1700: the same table is tracked for several entities</source>
        <translation>Comprobación de estado de la asignación de tabla 1700: se hace el seguimiento de la misma tabla para varias entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table tracked by several entities makes every change to it evaluate all of those entities for dual-write, which can slow transactions down.</source>
        <translation>Una tabla de la que hacen seguimiento varias entidades hace que cada cambio en ella evalúe todas esas entidades para la doble escritura, lo que puede ralentizar las transacciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many tables intersect, simplify the entity or optimise the entity queries.</source>
        <translation>Si se cruzan muchas tablas, simplifique la entidad u optimice las consultas de la entidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1000: Connection validation failed</source>
        <translation>DIPV1000: Error en la validación de la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connections used by the connection set are no longer valid; the details of the message say why.</source>
        <translation>Las conexiones de Power Apps (ApiHub) que usa el conjunto de conexiones ya no son válidas; los detalles del mensaje indican el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the connections as the details say, or create the connection set again (for dual-write: reset the connection).</source>
        <translation>Corrija las conexiones según indican los detalles o vuelva a crear el conjunto de conexiones (para la doble escritura: restablezca la conexión).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1001: Exceptions encountered during Dual-write project validation</source>
        <translation>DIPV1001: Excepciones encontradas durante la validación del proyecto de doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while dual-write validated the project.</source>
        <translation>Se produjo una excepción inesperada mientras la doble escritura validaba el proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Microsoft Support with the exception details.</source>
        <translation>Póngase en contacto con el soporte técnico de Microsoft con los detalles de la excepción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map design (keys, field mappings, filters) is not part of the health check; the table map health check on the Dual-write page and map validation report it.</source>
        <translation>El diseño de las asignaciones de tabla (claves, asignaciones de campos, filtros) no forma parte de la comprobación de estado; lo notifican la comprobación de estado de la asignación de tabla en la página Doble escritura y la validación de la asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1002: Dual-write only supports mapping between cross-company entities or company-specific entities from both sides</source>
        <translation>DIPV1002: La doble escritura solo admite la asignación entre entidades de varias empresas o entidades específicas de empresa en ambos lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-company data sharing is enabled for the finance and operations entity of the map, and dual-write does not support such entities.</source>
        <translation>El uso compartido de datos entre empresas está habilitado para la entidad de finanzas y operaciones de la asignación, y la doble escritura no admite este tipo de entidades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable cross-company data sharing for the entity, or use another entity for the table map.</source>
        <translation>Deshabilite el uso compartido de datos entre empresas para la entidad o use otra entidad para la asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1003: Integration keys are missing</source>
        <translation>DIPV1003: Faltan claves de integración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no integration key (alternate key) to identify a row.</source>
        <translation>La tabla de Dataverse de la asignación no tiene ninguna clave de integración (clave alternativa) para identificar una fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the table of the map and define at least one alternate key.</source>
        <translation>En el portal de creación de Power Apps, abra la tabla de la asignación y defina al menos una clave alternativa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write administration workspace in finance and operations apps, open the table map and select Refresh tables.</source>
        <translation>Abra el área de trabajo Administración de doble escritura en las aplicaciones de finanzas y operaciones, abra la asignación de tabla y seleccione Actualizar tablas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1004: Integration key field isn&apos;t bi-directionally mapped</source>
        <translation>DIPV1004: El campo de clave de integración no está asignado en ambas direcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map syncs in both directions, but not every field of the integration key is mapped in both directions, so live sync cannot find the row on both sides.</source>
        <translation>La asignación sincroniza en ambas direcciones, pero no todos los campos de la clave de integración están asignados en ambas direcciones, por lo que la sincronización en vivo no encuentra la fila en ambos lados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field in both directions.</source>
        <translation>Asigne cada campo de la clave de integración en ambas direcciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1005: Missing environment info for dataset</source>
        <translation>DIPV1005: Falta información del entorno para el conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write connection or the Data Integrator connection set is misconfigured or damaged.</source>
        <translation>La conexión de doble escritura o el conjunto de conexiones de Data Integrator están mal configurados o dañados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For dual-write: reset the dual-write connection set (Reset dual-write connections). For Data Integrator: create the connection set again.</source>
        <translation>Para la doble escritura: restablezca el conjunto de conexiones de doble escritura (Restablecer conexiones de doble escritura). Para Data Integrator: vuelva a crear el conjunto de conexiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1006: Exceptions encountered during project validation</source>
        <translation>DIPV1006: Excepciones encontradas durante la validación del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while a dual-write map or Data Integrator project was validated.</source>
        <translation>Se produjo una excepción inesperada al validar una asignación de doble escritura o un proyecto de Data Integrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1007: Task has environment that doesn&apos;t exist in the connection set</source>
        <translation>DIPV1007: La tarea tiene un entorno que no existe en el conjunto de conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration project is misconfigured or damaged.</source>
        <translation>El proyecto de integración está mal configurado o dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the data integration project again.</source>
        <translation>Vuelva a crear el proyecto de integración de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1008: Data partition isn&apos;t valid</source>
        <translation>DIPV1008: La partición de datos no es válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization mapping of the connection set no longer holds: a business unit in Dataverse or a legal entity in finance and operations apps was deleted or renamed.</source>
        <translation>La asignación de organizaciones del conjunto de conexiones ya no es válida: se eliminó o se cambió el nombre de una unidad de negocio en Dataverse o de una entidad jurídica en las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add back or rename the missing business unit or legal entity.</source>
        <translation>Vuelva a agregar la unidad de negocio o la entidad jurídica que falta, o restablezca su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or create the connection set and the project again.</source>
        <translation>O vuelva a crear el conjunto de conexiones y el proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1010: Mandatory field in destination entity must be mapped</source>
        <translation>DIPV1010: El campo obligatorio de la entidad de destino debe estar asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field that must have a value when a row is created is not mapped, so syncing would fail at run time.</source>
        <translation>Un campo que debe tener un valor al crear una fila no está asignado, por lo que la sincronización fallaría en tiempo de ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every mandatory field of the table to a field of the other side.</source>
        <translation>Asigne cada campo obligatorio de la tabla a un campo del otro lado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1011: Readonly field in destination entity must not be mapped</source>
        <translation>DIPV1011: El campo de solo lectura de la entidad de destino no debe estar asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only field is mapped as a destination, so syncing would fail at run time.</source>
        <translation>Un campo de solo lectura está asignado como destino, por lo que la sincronización fallaría en tiempo de ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not map read-only fields in both directions.</source>
        <translation>No asigne campos de solo lectura en ambas direcciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1012: Error occurred while parsing Dataverse entity source filter</source>
        <translation>DIPV1012: Error al analizar el filtro de origen de la entidad de Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse source filter of the map has a syntax error or names a field that does not exist.</source>
        <translation>El filtro de origen de Dataverse de la asignación tiene un error de sintaxis o menciona un campo que no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the source filter of the Dataverse table (see Filter your data in Customize table and column mappings).</source>
        <translation>Corrija el filtro de origen de la tabla de Dataverse (consulte Filtrar los datos en Personalizar asignaciones de tablas y columnas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1014: Mapping is missing for integration key</source>
        <translation>DIPV1014: Falta la asignación de la clave de integración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every field of the integration key is mapped.</source>
        <translation>No todos los campos de la clave de integración están asignados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field so that dual-write can find the row.</source>
        <translation>Asigne cada campo de la clave de integración para que la doble escritura pueda encontrar la fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1015: Mapping is missing for integration key for lookup field</source>
        <translation>DIPV1015: Falta la asignación de la clave de integración del campo de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup field is part of the integration key, but the key fields of the entity it refers to are not mapped.</source>
        <translation>Un campo de búsqueda forma parte de la clave de integración, pero los campos de clave de la entidad a la que hace referencia no están asignados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the expanded key fields of the referenced entity as well.</source>
        <translation>Asigne también los campos de clave expandidos de la entidad a la que se hace referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1016: Missing Organization mapping for destination entity</source>
        <translation>DIPV1016: Falta la asignación de organizaciones para la entidad de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1017: Missing Organization mapping for related entity</source>
        <translation>DIPV1017: Falta la asignación de organizaciones para la entidad relacionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1018: Missing source schema</source>
        <translation>DIPV1018: Falta el esquema de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the source table is cached.</source>
        <translation>No hay metadatos de la tabla de origen en caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the table comes from finance and operations apps, refresh the entity list first (Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list).</source>
        <translation>Si la tabla procede de las aplicaciones de finanzas y operaciones, actualice primero la lista de entidades (Administración de datos &gt; Parámetros de marco &gt; Configuración de entidades &gt; Actualizar lista de entidades).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1019: Export can&apos;t be performed on the table due to the missing versionnumber field</source>
        <translation>DIPV1019: No se puede realizar la exportación en la tabla porque falta el campo versionnumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no versionnumber field: it is of a kind that dual-write does not support, such as a virtual or an elastic table.</source>
        <translation>La tabla de Dataverse de la asignación no tiene el campo versionnumber: es de un tipo que la doble escritura no admite, como una tabla virtual o elástica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the versionnumber field on the table, or map a table of a supported kind.</source>
        <translation>Habilite el campo versionnumber en la tabla o asigne una tabla de un tipo admitido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1020: Missing destination schema</source>
        <translation>DIPV1020: Falta el esquema de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the destination table is cached.</source>
        <translation>No hay metadatos de la tabla de destino en caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1021: Missing source field in the mapping</source>
        <translation>DIPV1021: Falta el campo de origen en la asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no source field.</source>
        <translation>Una asignación de campo no tiene campo de origen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the source field, or use the Default value transform when no source is needed.</source>
        <translation>Establezca el campo de origen o use la transformación Valor predeterminado cuando no se necesite origen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1022: Missing source field in the schema</source>
        <translation>DIPV1022: Falta el campo de origen en el esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source field of a field mapping is not in the cached metadata of the table.</source>
        <translation>El campo de origen de una asignación de campo no está en los metadatos de la tabla en caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1023: Duplicate source fields</source>
        <translation>DIPV1023: Campos de origen duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is used more than once in field mappings that go in both directions.</source>
        <translation>El mismo campo se usa más de una vez en asignaciones de campos que van en ambas direcciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate field mapping from the table map.</source>
        <translation>Quite la asignación de campo duplicada de la asignación de tabla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1024: Missing destination field in the mapping</source>
        <translation>DIPV1024: Falta el campo de destino en la asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no destination field.</source>
        <translation>Una asignación de campo no tiene campo de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the destination field of every field mapping.</source>
        <translation>Establezca el campo de destino de cada asignación de campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1025: Missing destination field in the schema</source>
        <translation>DIPV1025: Falta el campo de destino en el esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination field of a field mapping is not in the cached metadata of the table.</source>
        <translation>El campo de destino de una asignación de campo no está en los metadatos de la tabla en caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1026: Duplicate destination fields</source>
        <translation>DIPV1026: Campos de destino duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is the destination of more than one field mapping.</source>
        <translation>El mismo campo es el destino de más de una asignación de campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1027: Map the integration key associated with the entity lookup field to the destination field</source>
        <translation>DIPV1027: Asigne la clave de integración asociada al campo de búsqueda de la entidad al campo de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a destination lookup field refers to are not mapped.</source>
        <translation>Los campos de clave de la entidad a la que hace referencia un campo de búsqueda de destino no están asignados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the integration key fields of the referenced entity (see Managing dual-write integration keys).</source>
        <translation>Asigne los campos de clave de integración de la entidad a la que se hace referencia (consulte Administrar claves de integración de doble escritura).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1028: Map the integration key associated with the entity lookup field to the source field</source>
        <translation>DIPV1028: Asigne la clave de integración asociada al campo de búsqueda de la entidad al campo de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a source lookup field refers to are not mapped.</source>
        <translation>Los campos de clave de la entidad a la que hace referencia un campo de búsqueda de origen no están asignados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1029: Duplicate value map</source>
        <translation>DIPV1029: Asignación de valores duplicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two field mappings use the same pair of source and destination fields.</source>
        <translation>Dos asignaciones de campos usan el mismo par de campos de origen y destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and remove the duplicates in the map.</source>
        <translation>Busque y quite los duplicados de la asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1030: Data type mismatch</source>
        <translation>DIPV1030: Los tipos de datos no coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data type of a source field does not fit its destination field, which would make syncing fail or lose data.</source>
        <translation>El tipo de datos de un campo de origen no es compatible con su campo de destino, lo que haría fallar la sincronización o perder datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the details of the message say, change the data types or map a pair of fields with compatible types.</source>
        <translation>Según indican los detalles del mensaje, cambie los tipos de datos o asigne un par de campos con tipos compatibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1031: Missing default transform for mandatory destination field</source>
        <translation>DIPV1031: Falta la transformación predeterminada para el campo de destino obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mandatory destination field has no default transform, so syncing would fail when no value comes.</source>
        <translation>Un campo de destino obligatorio no tiene transformación predeterminada, por lo que la sincronización fallaría cuando no llegue ningún valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a default transform that gives the mandatory field a default value.</source>
        <translation>Agregue una transformación predeterminada que dé un valor predeterminado al campo obligatorio.</translation>
    </message>
</context>
<context>
    <name>dwh::TokenForm</name>
    <message>
        <location filename="../src/net/tokenform.cpp" line="+47"/>
        <source>malformed answer: the token answer is not a JSON object</source>
        <translation>respuesta con formato incorrecto: la respuesta del token no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed answer: no access_token in the token answer</source>
        <translation>respuesta con formato incorrecto: no hay access_token en la respuesta del token</translation>
    </message>
</context>
<context>
    <name>dwh::Troubleshoot</name>
    <message>
        <location filename="../src/troubleshoot/parallelprocessing.cpp" line="+39"/>
        <source>Enabling parallel processing can reduce the time needed to import data from Dynamics 365 customer engagement apps and Microsoft Dataverse to finance and operations apps.</source>
        <translation>Habilitar el procesamiento en paralelo puede reducir el tiempo necesario para importar datos desde las aplicaciones de interacción con clientes de Dynamics 365 y Microsoft Dataverse a las aplicaciones de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 Recommended value: %3.</source>
        <translation>%1: %2 Valor recomendado: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptom.cpp" line="+20"/>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2: must be a non-empty list of strings</source>
        <translation>%1.%2: debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.%2: every item must be a non-empty string</source>
        <translation>%1.%2: cada elemento debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1.regex: not a valid regular expression (%2)</source>
        <translation>%1.regex: no es una expresión regular válida (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.weight: must be 0 or more</source>
        <translation>%1.weight: debe ser 0 o más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.patterns: needs at least one pattern with a weight above 0</source>
        <translation>%1.patterns: necesita al menos un patrón con un peso mayor que 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.recommended: must be a whole number</source>
        <translation>%1.recommended: debe ser un número entero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.commit: must be the 40 hex digits of the commit read</source>
        <translation>%1.commit: deben ser los 40 dígitos hexadecimales del commit leído</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1.docUrl: must be a https://learn.microsoft.com/ page</source>
        <translation>%1.docUrl: debe ser una página de https://learn.microsoft.com/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.parser: unknown parser &quot;%2&quot;</source>
        <translation>%1.parser: analizador desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptomcatalogue.cpp" line="+19"/>
        <source>offset %1: %2</source>
        <translation>desplazamiento %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schemaVersion: must be 1</source>
        <translation>schemaVersion: debe ser 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimumScore: must be 1 or more</source>
        <translation>minimumScore: debe ser 1 o más</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: &quot;%2&quot; se usa dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>symptoms: must list at least one symptom</source>
        <translation>symptoms: debe incluir al menos un síntoma</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/pastedtext.cpp" line="+136"/>
        <source>HAR entry %1 (%2 %3)</source>
        <translation>Entrada HAR %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, status</source>
        <translation>%1, estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, response %2</source>
        <translation>%1, respuesta %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, response</source>
        <translation>%1, respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, error</source>
        <translation>%1, sección de error</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
</context>
<context>
    <name>dwh::UrlPolicy</name>
    <message>
        <location filename="../src/core/urlpolicy.cpp" line="+29"/>
        <source>is not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an absolute URL such as https://contoso.crm.dynamics.com</source>
        <translation>debe ser una URL absoluta, como https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uses plain http:// to a host that is not loopback; use https://</source>
        <translation>usa http:// sin cifrar con un host que no es de bucle invertido; use https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must use https://</source>
        <translation>debe usar https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain a user name or password</source>
        <translation>no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain a query or fragment</source>
        <translation>no debe contener una consulta ni un fragmento</translation>
    </message>
</context>
<context>
    <name>dwh::WriteExecutor</name>
    <message>
        <location filename="../src/remediation/writeexecutor.cpp" line="+48"/>
        <source>not attempted</source>
        <translation>no intentado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no client for the service of this record</source>
        <translation>no hay cliente para el servicio de este registro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the service confirmed it (HTTP %1)</source>
        <translation>el servicio lo confirmó (HTTP %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before the write was accepted by the service</source>
        <translation>cancelado antes de que el servicio aceptara la escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled while the request was on its way; the service may or may not have applied it: read the record to find out</source>
        <translation>cancelado mientras la solicitud estaba en curso; puede que el servicio la haya aplicado o no: lea el registro para averiguarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1); the service may or may not have applied it: read the record to find out</source>
        <translation>no hay respuesta a la escritura (%1); es posible que el servicio la haya aplicado o no: lea el registro para averiguarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already gone (HTTP 404): %1</source>
        <translation>ya no existe (HTTP 404): %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the record was not returned as a JSON object</source>
        <translation>el registro no se devolvió como objeto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer to the write (%1), but a read shows it was applied: %2</source>
        <translation>no hay respuesta a la escritura (%1), pero una lectura muestra que se aplicó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and a read shows it was not applied: %2</source>
        <translation>no hay respuesta a la escritura (%1) y una lectura muestra que no se aplicó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and the read that should tell whether it was applied did not: %2; read the record to find out</source>
        <translation>no hay respuesta a la escritura (%1) y la lectura que debía indicar si se aplicó no lo hizo: %2; lea el registro para averiguarlo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not attempted: cancelled before it was sent</source>
        <translation>no intentado: cancelado antes de enviarse</translation>
    </message>
</context>
<context>
    <name>dwh::cli</name>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="+75"/>
        <source>show this command&apos;s options and exit</source>
        <translation>mostrar las opciones de este comando y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option for %1: %2</source>
        <translation>opción desconocida para %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/clioptions.cpp" line="+29"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Usage: dwhealth %1</source>
        <translation>Uso: dwhealth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 admite un número entero de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="+31"/>
        <source>%1 and %2 name the same file (%3): the output would overwrite it; choose another file</source>
        <translation>%1 y %2 indican el mismo archivo (%3): la salida lo sobrescribiría; elija otro archivo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile-name runs one saved profile; not with --profiles, repeated --profile or --output-dir</source>
        <translation>--profile-name ejecuta un perfil guardado; no junto con --profiles, --profile repetido ni --output-dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs exactly one of --profile FILE, --profile-name NAME, --demo or --replay BUNDLE</source>
        <translation>check necesita exactamente uno de --profile FILE, --profile-name NAME, --demo o --replay BUNDLE</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs the health check headless and writes the report (JSON on stdout unless --format or --output say otherwise).</source>
        <translation>Ejecuta la comprobación de estado sin interfaz y escribe el informe (JSON en stdout salvo que --format o --output indiquen otra cosa).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile (JSON, never a secret) of the environments to check</source>
        <translation>el perfil (JSON, nunca un secreto) de los entornos que se comprueban</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+65"/>
        <source>the profile the wizard saved as NAME; its client secret from the system keychain unless DWHEALTH_CLIENT_SECRET or --client-secret-stdin gives one</source>
        <translation>el perfil que el asistente guardó como NAME; su secreto de cliente se toma del llavero del sistema salvo que DWHEALTH_CLIENT_SECRET o --client-secret-stdin proporcionen uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the embedded simulator instead</source>
        <translation>comprobar el simulador integrado en su lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy; see dwhealth scenarios)</source>
        <translation>con --demo: el escenario del simulador (valor predeterminado healthy; consulte dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluate the rules again on a bundle&apos;s recorded facts, offline; same formats and exit codes</source>
        <translation>evaluar de nuevo las reglas sobre los hechos registrados de un paquete, sin conexión; mismos formatos y códigos de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report format (default json); html is one self-contained file, pdf a customer-ready document (a PDF is written to stdout only when stdout is not a terminal)</source>
        <translation>formato del informe (valor predeterminado json); html es un único archivo autónomo y pdf, un documento listo para el cliente (un PDF solo se escribe en stdout cuando stdout no es un terminal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report to FILE instead of stdout</source>
        <translation>escribir el informe en FILE en lugar de stdout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mask the tenant and environment ids, URLs, host names, user names, user ids and e-mail addresses (every format)</source>
        <translation>enmascarar los id. de inquilino y de entorno, las URL, los nombres de host, los nombres de usuario, los id. de usuario y las direcciones de correo electrónico (todos los formatos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: the customer named on the cover (default: the profile name)</source>
        <translation>pdf, html: el cliente que figura en la portada (valor predeterminado: el nombre del perfil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: &quot;Prepared by&quot; on the cover</source>
        <translation>pdf, html: &quot;Preparado por&quot; en la portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html: an image (PNG, JPEG, ...) on the cover</source>
        <translation>pdf, html: una imagen (PNG, JPEG, ...) en la portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html (printing): the paper size (default A4)</source>
        <translation>pdf, html (impresión): el tamaño del papel (valor predeterminado A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+68"/>
        <source>run dependency validation even if a prerequisite failed</source>
        <translation>ejecutar la validación de dependencias aunque haya fallado un requisito previo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="-37"/>
        <location filename="../src/cli/mapscommand.cpp" line="+60"/>
        <source>read the client secret from standard input (otherwise from the DWHEALTH_CLIENT_SECRET variable)</source>
        <translation>leer el secreto de cliente de la entrada estándar (si no, de la variable DWHEALTH_CLIENT_SECRET)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel requests per service, 1-52 (default 16)</source>
        <translation>solicitudes paralelas por servicio, 1-52 (valor predeterminado 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+3"/>
        <location filename="../src/cli/mapscommand.cpp" line="+3"/>
        <source>seconds per HTTP exchange and per sign-in request (default 30)</source>
        <translation>segundos por intercambio HTTP y por solicitud de inicio de sesión (valor predeterminado 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds for the whole run (default 600); the checks not read by then are unknown and the exit code is 3</source>
        <translation>segundos para toda la ejecución (valor predeterminado 600); las comprobaciones no leídas para entonces son desconocidas y el código de salida es 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/fixoptions.cpp" line="+2"/>
        <location filename="../src/cli/mapscommand.cpp" line="+2"/>
        <source>send the client secret to the profile&apos;s authority HOST although it is not a Microsoft Entra ID sign-in host (refused without it)</source>
        <translation>enviar el secreto de cliente al HOST de autoridad del perfil aunque no sea un host de inicio de sesión de Microsoft Entra ID (se rechaza sin esta opción)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --demo: simulated network latency</source>
        <translation>con --demo: latencia de red simulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+1"/>
        <source>no progress on stderr</source>
        <translation>sin progreso en stderr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the evidence bundle: report.json, the HTTP trace trace.har (no Authorization header, secret or token) and facts.json (the data as read)</source>
        <translation>escribir también el paquete de evidencias: report.json, el seguimiento HTTP trace.har (sin encabezado Authorization, secreto ni token) y facts.json (los datos tal como se leyeron)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages read per dataset at most (default: 5,000,000 rows over the page size, at least 1000); a dataset with more makes its checks unknown, reason pageCap</source>
        <translation>máximo de páginas leídas por conjunto de datos (valor predeterminado: 5.000.000 de filas entre el tamaño de página, al menos 1000); un conjunto de datos con más deja sus comprobaciones como desconocidas, motivo pageCap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs kept in a profile&apos;s history, the oldest removed (default: the wizard&apos;s setting, else 100)</source>
        <translation>ejecuciones conservadas en el historial de un perfil; se eliminan las más antiguas (valor predeterminado: la configuración del asistente o, si no, 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>megabytes kept in a profile&apos;s history, the oldest runs removed (default: the wizard&apos;s setting, else 50)</source>
        <translation>megabytes conservados en el historial de un perfil; se eliminan las ejecuciones más antiguas (valor predeterminado: la configuración del asistente o, si no, 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every check passed (warnings allowed), 1 at least one check failed, 2 usage error or bad input file, 3 the run could not complete (a check is unknown and none failed).
</source>
        <translation>Códigos de salida: 0 todas las comprobaciones superadas (se permiten advertencias), 1 al menos una comprobación con errores, 2 error de uso o archivo de entrada incorrecto, 3 no se pudo completar la ejecución (una comprobación es desconocida y ninguna tiene errores).
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected argument for check: an address (not shown); did you mean --notify env:NAME?</source>
        <translation>argumento inesperado para check: una dirección (no se muestra); ¿quería decir --notify env:NAME?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/cli/fixoptions.cpp" line="+12"/>
        <location filename="../src/cli/mapscommand.cpp" line="+37"/>
        <source>--profile-name takes the name of a saved profile</source>
        <translation>--profile-name toma el nombre de un perfil guardado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--format &quot;%1&quot; is not available; use one of: %2</source>
        <translation>--format &quot;%1&quot; no está disponible; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <location filename="../src/cli/mapscommand.cpp" line="+19"/>
        <source>--allow-authority takes a host name such as sts.contoso.example, not &quot;%1&quot;</source>
        <translation>--allow-authority requiere un nombre de host como sts.contoso.example, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>with --profile or --profile-name: do not store the run in the history</source>
        <translation>con --profile o --profile-name: no guardar la ejecución en el historial</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size admite A4 o Letter, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="-133"/>
        <source>secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET environment variable or --client-secret-stdin</source>
        <translation>los secretos nunca se aceptan en la línea de comandos; use la variable de entorno DWHEALTH_CLIENT_SECRET o --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="-56"/>
        <source>unknown option for check: %1</source>
        <translation>opción desconocida para check: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>--replay re-evaluates a recorded run; --bundle and --force-dependencies do not apply</source>
        <translation>--replay vuelve a evaluar una ejecución grabada; --bundle y --force-dependencies no se aplican</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--latency-ms is only for --demo</source>
        <translation>--latency-ms solo es para --demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consultant, --customer, --logo and --page-size are only for --format pdf or html</source>
        <translation>--consultant, --customer, --logo y --page-size solo son para --format pdf o html</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="+25"/>
        <source>Serves the simulator on 127.0.0.1 until killed; prints one JSON line with a ready profile (its URLs) on stdout.</source>
        <translation>Sirve el simulador en 127.0.0.1 hasta que se detiene; imprime en stdout una línea JSON con un perfil listo (sus URL).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the scenario to serve (default healthy; see dwhealth scenarios)</source>
        <translation>el escenario que se sirve (valor predeterminado healthy; consulte dwhealth scenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serve what an evidence bundle recorded instead of a scenario</source>
        <translation>servir lo que registró un paquete de evidencias en lugar de un escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port, 1024-65532 (default: a free one)</source>
        <translation>el puerto, 1024-65532 (valor predeterminado: uno libre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated network latency per answer</source>
        <translation>latencia de red simulada por respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option for simulate: %1</source>
        <translation>opción desconocida para simulate: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lists the simulator&apos;s scenarios, one per line: name, tab, one-line description.</source>
        <translation>Enumera los escenarios del simulador, uno por línea: nombre, tabulación, descripción de una línea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenarios takes no options</source>
        <translation>scenarios no admite opciones</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+26"/>
        <location filename="../src/cli/diffcommand.cpp" line="+43"/>
        <source>unknown option: %1</source>
        <translation>opción desconocida: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../src/cli/helpcommand.cpp" line="+43"/>
        <source>unknown command &quot;%1&quot;; see dwhealth --help</source>
        <translation>comando desconocido &quot;%1&quot;; consulte dwhealth --help</translation>
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
        <translation>Uso: dwhealth [COMMAND] [OPTIONS]

Ejecuta la comprobación de estado de doble escritura de Dynamics 365 desde fuera del
producto.

Comandos:
  (ninguno)                  abre el asistente
  --demo [--scenario NAME]   abre el asistente con el simulador integrado
  check --profile FILE       ejecuta la comprobación de estado sin interfaz; el informe
                             va a stdout
  check --demo [--scenario NAME]
                             lo mismo con el simulador integrado
  simulate --scenario NAME [--port N] [--latency-ms N]
                             sirve el simulador en 127.0.0.1 hasta que se termine; escribe
                             una línea JSON con un perfil listo en stdout
  scenarios                  enumera los escenarios del simulador (nombre TAB descripción)
  explain &quot;ERROR TEXT&quot; | - | --list | --symptom ID [--format text|json]
                             explica un mensaje de error de doble escritura: causa,
                             corrección, vínculo a la documentación y las comprobaciones
                             que ejecutar (- lee el texto de stdin); código de salida
                             0 reconocido, 1 sin coincidencias, 2 error de uso
  check --replay BUNDLE.zip  vuelve a evaluar las reglas con los hechos grabados de un
                             paquete, sin conexión; mismas opciones --format/--output
                             y mismos códigos de salida
  diff OLD.json NEW.json [--format text|json]
                             qué cambió entre dos ejecuciones (informes o paquetes):
                             hallazgos nuevos, corregidos y que siguen con error, cambios
                             de estado; código de salida 0 sin cambios, 1 cambios,
                             2 error de uso
%1  --version, --help

Opciones de check:
  --format json|junit|md|html|pdf
                             formato del informe (predeterminado json); html es un único
                             archivo independiente, pdf un documento listo para el cliente
                             (un PDF solo se escribe en stdout cuando stdout no es un
                             terminal: use --output FILE o una redirección)
  --output FILE              escribe el informe en FILE en lugar de stdout
  --redact                   oculta los id. de inquilino y de entorno, las URL, los nombres
                             de usuario, los id. de usuario y las direcciones de correo
                             electrónico (en todos los formatos)
  --customer NAME            pdf, html: el cliente que figura en la portada
                             (predeterminado: el nombre del perfil)
  --consultant NAME          pdf, html: &quot;Preparado por&quot; en la portada
  --logo FILE                pdf, html: una imagen (PNG, JPEG, ...) en la portada
  --page-size A4|Letter      pdf, html (impresión): tamaño del papel (predeterminado A4)
  --force-dependencies       ejecuta la validación de dependencias aunque haya fallado
                             un requisito previo
  --client-secret-stdin      lee el secreto de cliente de la entrada estándar
                             (si no, de la variable DWHEALTH_CLIENT_SECRET)
  --concurrency N            solicitudes en paralelo por servicio, 1-52 (predeterminado 16)
  --timeout S                segundos por intercambio HTTP (predeterminado 30)
  --latency-ms N             con --demo: latencia de red simulada
  --no-progress              sin progreso en stderr
  --bundle FILE.zip          escribe también el paquete de evidencias: report.json, el
                             seguimiento HTTP trace.har (HAR 1.2, sin encabezado
                             Authorization, sin secreto, sin token) y facts.json (los
                             datos tal como se leyeron); --redact se aplica a la salida
                             del informe, no al paquete
  --no-history               con --profile: no guarda la ejecución en el historial
                             (la carpeta de datos del usuario, dwhealth/history/PROFILE/);
                             las ejecuciones con --demo y --replay nunca se guardan

Códigos de salida de check:
  0  todas las comprobaciones son correctas (se admiten advertencias)
  1  al menos una comprobación tiene errores
  2  error de uso o archivo de entrada incorrecto (el mensaje indica el archivo, el campo
     y el problema)
  3  la ejecución no pudo completarse: una comprobación es desconocida (inaccesible, no
     autorizada, limitada más allá del presupuesto de reintentos, respuesta con formato
     incorrecto) y ninguna tiene errores
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
Opciones de tiempo e inicio de sesión de check:
  --timeout S                se aplica también a cada solicitud de inicio de sesión (token)
  --deadline S               segundos para toda la ejecución (600 de forma predeterminada);
                             las comprobaciones no leídas para entonces quedan desconocidas (&quot;deadline of S s reached&quot;),
                             el informe se escribe igualmente y el código de salida es 3
  --allow-authority HOST     envía el secreto de cliente a la autoridad HOST del perfil
                             aunque no sea un host de inicio de sesión de Microsoft Entra ID
                             (login.microsoftonline.com o .us,
                             login.partner.microsoftonline.cn,
                             login.chinacloudapi.cn o loopback); sin esta opción, esa
                             autoridad se rechaza (salida 2)
  --redact                   enmascara también los nombres de host escritos sin esquema
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
Límites de check:
  --max-pages N              máximo de páginas leídas por conjunto de datos (predet.:
                             5.000.000 de filas entre el tamaño de página, mínimo 1000);
                             con más, sus comprobaciones son desconocidas, motivo pageCap
  --history-max-runs N       ejecuciones conservadas en el historial de un perfil; se
                             eliminan las más antiguas (predet.: asistente o, si no, 100)
  --history-max-mb N         megabytes conservados en el historial de un perfil; se
                             eliminan las más antiguas (predet.: asistente o, si no, 50)
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
El inquilino de un cliente a partir de su paquete de evidencias:
  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]
                             sirve lo que registró el paquete (las mismas filas, páginas,
                             estados y errores) como simulate --scenario; las escrituras
                             cambian su estado
  --demo --from-bundle BUNDLE.zip
                             abre el asistente con un paquete servido así
  bundle anonymise IN.zip OUT.zip
                             reemplaza nombres, hosts, id. y correos electrónicos del
                             paquete de forma coherente para poder compartirlo
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
Perfiles guardados:
  --profile-name NAME        check, fix, restore, maps, errors: el perfil que el
                             asistente guardó como NAME en lugar de --profile FILE;
                             su secreto de cliente viene del llavero del sistema, salvo
                             que DWHEALTH_CLIENT_SECRET o --client-secret-stdin
                             den uno
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Each command&apos;s own options: dwhealth help COMMAND, or dwhealth COMMAND --help
</source>
        <translation>
Opciones propias de cada comando: dwhealth help COMMAND o dwhealth COMMAND --help
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
Opciones de todos los comandos:
  --lang CODE                el idioma de los textos e informes: %1
                             (predeterminado: la opción del asistente; si no, la del sistema)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diffrunner.cpp" line="+50"/>
        <source>%1: not a dwhealth report: %2</source>
        <translation>%1: no es un informe de dwhealth: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="-19"/>
        <source>What changed between two runs (reports or evidence bundles): new, fixed and still failing findings, status changes.</source>
        <translation>Qué cambió entre dos ejecuciones (informes o paquetes de evidencias): hallazgos nuevos, corregidos y que siguen con errores, cambios de estado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/cli/explaincommand.cpp" line="+39"/>
        <location filename="../src/cli/fixoptions.cpp" line="-19"/>
        <source>output on stdout (default text)</source>
        <translation>salida en stdout (valor predeterminado text)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 no change, 1 changes, 2 usage error or unreadable file.
</source>
        <translation>Códigos de salida: 0 sin cambios, 1 cambios, 2 error de uso o archivo ilegible.
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format admite text o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]</source>
        <translation>se necesitan dos informes: dwhealth diff OLD.json NEW.json [--format text|json]</translation>
    </message>
    <message>
        <location filename="../src/cli/explaincommand.cpp" line="+32"/>
        <source>explain --format takes text or json, not &quot;%1&quot;</source>
        <translation>explain --format admite text o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>--symptom needs a symptom id (see dwhealth explain --list)</source>
        <translation>--symptom necesita un id. de síntoma (consulte dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Explains a dual-write error message, a log, a HAR file or a JSON error body: for every known error in it the cause, the fix, the lines it matched, the documentation link and the checks to run (- reads the text from standard input).</source>
        <translation>Explica un mensaje de error de doble escritura, un registro, un archivo HAR o un cuerpo de error JSON: para cada error conocido que contenga, la causa, la corrección, las líneas coincidentes, el vínculo a la documentación y las comprobaciones que se deben ejecutar (- lee el texto de la entrada estándar).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the text from FILE (a log, a HAR file or a JSON error body)</source>
        <translation>leer el texto de FILE (un registro, un archivo HAR o un cuerpo de error JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the known symptoms (id TAB title)</source>
        <translation>enumerar los síntomas conocidos (id TAB título)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one symptom (ids: dwhealth explain --list)</source>
        <translation>mostrar un síntoma (ids: dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 recognised (or --list, --symptom), 1 nothing matched, 2 usage error.
</source>
        <translation>Códigos de salida: 0 reconocido (o --list, --symptom), 1 sin coincidencias, 2 error de uso.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--file needs a file: a log, a HAR file or a JSON error body</source>
        <translation>--file requiere un archivo: un registro, un archivo HAR o un cuerpo de error JSON</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown option for explain: %1</source>
        <translation>opción desconocida para explain: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>explain needs exactly one of: the error text (quoted), - to read it from standard input, --file FILE (a log, HAR file or JSON error body), --list, or --symptom ID</source>
        <translation>explain requiere exactamente uno de estos: el texto del error (entre comillas), - para leerlo de la entrada estándar, --file FILE (un registro, un archivo HAR o un cuerpo de error JSON), --list o --symptom ID</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+77"/>
        <source>Known errors found: %1, best match first:</source>
        <translation>Errores conocidos encontrados: %1, la mejor coincidencia primero:</translation>
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
        <translation>  explain --file FILE | -    explica cada error conocido de un registro, un archivo HAR o un
                             cuerpo de error JSON (de FILE o stdin), la mejor coincidencia primero, con
                             las líneas coincidentes; si no hay nada conocido: los síntomas más cercanos
</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+82"/>
        <source>explain: %1 is empty</source>
        <translation>explain: %1 está vacío</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+43"/>
        <source>upgrade it</source>
        <translation>actualícela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade the package %1</source>
        <translation>actualice el paquete %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed version is not older than the required one; check that the message comes from this environment</source>
        <translation>la versión instalada no es anterior a la requerida; compruebe que el mensaje procede de este entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2: installed %3, required %4: %5</source>
        <translation>%1%2: instalada %3, requerida %4: %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  … and more lines: %1</source>
        <translation>  … y más líneas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recognised: %1</source>
        <translation>Reconocido: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom: %1</source>
        <translation>Síntoma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom id: %1</source>
        <translation>Id. de síntoma: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it: %1</source>
        <translation>Quién puede corregirlo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: recommended %2 (%3)</source>
        <translation>  %1: recomendado %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions named in the message:</source>
        <translation>Soluciones mencionadas en el mensaje:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in the message:</source>
        <translation>Encontrado en el mensaje:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched lines:</source>
        <translation>Líneas coincidentes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks to run: none.</source>
        <translation>Comprobaciones que ejecutar: ninguna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks to run: %1</source>
        <translation>Comprobaciones que ejecutar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  The checks that matter:</source>
        <translation>  Las comprobaciones pertinentes:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guided fix: %1</source>
        <translation>Corrección guiada: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paste the complete message, including its first line and any IDs, in quotes or through standard input (dwhealth explain -).</source>
        <translation>Pegue el mensaje completo, incluida su primera línea y cualquier id., entre comillas o mediante la entrada estándar (dwhealth explain -).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the symptom by name: dwhealth explain --list, then dwhealth explain --symptom ID.</source>
        <translation>Elija el síntoma por su nombre: dwhealth explain --list y, a continuación, dwhealth explain --symptom ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check, which finds most setup problems by itself: %1</source>
        <translation>Ejecute la comprobación de estado, que detecta por sí sola la mayoría de los problemas de configuración: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the troubleshooting article: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</source>
        <translation>Lea el artículo de solución de problemas: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="-102"/>
        <source>No known dual-write problem matches this text.</source>
        <translation>Ningún problema conocido de doble escritura coincide con este texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closest symptoms:</source>
        <translation>Síntomas más cercanos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - %1 (dwhealth explain --symptom %2; shares: %3)</source>
        <translation>  - %1 (dwhealth explain --symptom %2; en común: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to try:</source>
        <translation>Qué probar:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>explain: %1: %2</source>
        <translation>explain: %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explain: standard input: %1</source>
        <translation>explain: entrada estándar: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+38"/>
        <source>  - %1 (dwhealth explain --symptom %2)</source>
        <translation>  - %1 (dwhealth explain --symptom %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also possible:</source>
        <translation>También es posible:</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+27"/>
        <source>no symptom &quot;%1&quot;; dwhealth explain --list shows them</source>
        <translation>no existe el síntoma &quot;%1&quot;; dwhealth explain --list los muestra</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>explain: the error text is empty</source>
        <translation>explain: el texto del error está vacío</translation>
    </message>
    <message>
        <location filename="../src/cli/fixconfirm.cpp" line="+23"/>
        <source>Type the environment host name to confirm (%1): </source>
        <translation>Escriba el nombre de host del entorno para confirmar (%1): </translation>
    </message>
    <message>
        <location filename="../src/cli/fixoptions.cpp" line="-10"/>
        <source>the profile (JSON, never a secret) of the environment to write to</source>
        <translation>el perfil (JSON, nunca un secreto) del entorno en el que se escribe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make the writes (without it: a dry run that writes nothing)</source>
        <translation>realizar las escrituras (sin esta opción: una ejecución de prueba que no escribe nada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm --apply without the prompt (needed when stdin is not a terminal; a terminal asks for the host name)</source>
        <translation>confirmar --apply sin la pregunta (necesario cuando stdin no es un terminal; un terminal pide el nombre de host)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the backup file goes (default: current directory)</source>
        <translation>dónde se guarda el archivo de copia de seguridad (valor predeterminado: directorio actual)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--format &quot;%1&quot; is not available here; use text or json</source>
        <translation>--format &quot;%1&quot; no está disponible aquí; use text o json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs exactly one of --profile FILE, --profile-name NAME or --demo</source>
        <translation>%1 necesita exactamente uno de --profile FILE, --profile-name NAME o --demo</translation>
    </message>
    <message>
        <location filename="../src/cli/fixcommand.cpp" line="+24"/>
        <source>unknown option for fix: %1</source>
        <translation>opción desconocida para fix: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix takes one code, not also &quot;%1&quot;</source>
        <translation>fix admite un solo código, no también &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>fix needs a code: one of %1</source>
        <translation>fix necesita un código: uno de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be fixed by dwhealth; fix takes one of %2</source>
        <translation>dwhealth no puede corregir %1; fix admite uno de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004</source>
        <translation>--override-unconfirmed-link solo es para DWDVEV1004 y DWFOEV1004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team is only for DWDVEV1007</source>
        <translation>--team solo es para DWDVEV1007</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team takes a team id (a GUID), not &quot;%1&quot;</source>
        <translation>--team admite un id. de equipo (un GUID), no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fixes DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check, previews every write record by record; with --apply backs the records up, writes, and checks again.</source>
        <translation>Corrige DWDVEV1004, DWFOEV1004 o DWDVEV1007: ejecuta la comprobación y muestra una vista previa de cada escritura registro por registro; con --apply hace una copia de seguridad de los registros, escribe y vuelve a comprobar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix the embedded simulator instead (scenario: the code by default)</source>
        <translation>corregir el simulador integrado en su lugar (escenario: el código de forma predeterminada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario</source>
        <translation>con --demo: el escenario del simulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DWDVEV1007: the team to set (default: each company&apos;s own owner team, else the root business unit&apos;s default team)</source>
        <translation>DWDVEV1007: el equipo que se establece (valor predeterminado: el equipo propietario de cada empresa o, si no, el equipo predeterminado de la unidad de negocio raíz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DWDVEV1004/DWFOEV1004: delete even though the linked Dataverse environment could not be confirmed or the other side returned no configuration (refused without it)</source>
        <translation>DWDVEV1004/DWFOEV1004: eliminar aunque no se haya podido confirmar el entorno de Dataverse vinculado o el otro lado no haya devuelto ninguna configuración (se rechaza sin esta opción)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes: 0 the code now passes (nothing to fix included), 1 not all fixed (a dry run with records to fix, or a write failed), 2 usage error or bad input, 3 could not complete (check unknown, backup not written, not confirmed).
</source>
        <translation>Códigos de salida: 0 el código ahora se supera (incluido nada que corregir), 1 no todo se corrigió (una ejecución de prueba con registros que corregir o una escritura con errores), 2 error de uso o entrada incorrecta, 3 no se pudo completar (comprobación desconocida, copia de seguridad no escrita, no confirmado).
</translation>
    </message>
    <message>
        <location filename="../src/cli/restorecommand.cpp" line="+27"/>
        <source>Undoes a fix from its backup file (a preview without --apply): only the writes that fix makes, on the profile&apos;s own hosts; records already as the backup has them are skipped.</source>
        <translation>Deshace una corrección a partir de su archivo de copia de seguridad (una vista previa sin --apply): solo las escrituras que hace fix, en los hosts propios del perfil; se omiten los registros que ya están como en la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply a backup whose digest does not match its content (edited since fix wrote it); without it such a backup is only previewed</source>
        <translation>aplicar una copia de seguridad cuyo resumen no coincide con su contenido (editada desde que fix la escribió); sin esta opción, dicha copia solo se muestra en vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every record restored (or a preview), 1 a record failed, 2 usage error, bad or edited backup file or another environment, 3 could not complete.
</source>
        <translation>Códigos de salida: 0 todos los registros restaurados (o una vista previa), 1 un registro falló, 2 error de uso, archivo de copia de seguridad incorrecto o editado u otro entorno, 3 no se pudo completar.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option for restore: %1</source>
        <translation>opción desconocida para restore: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore takes one backup file, not also &quot;%1&quot;</source>
        <translation>restore admite un solo archivo de copia de seguridad, no también &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore needs a backup file: dwhealth restore BACKUP.json --profile FILE</source>
        <translation>restore necesita un archivo de copia de seguridad: dwhealth restore BACKUP.json --profile FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs exactly one of --profile FILE or --profile-name NAME (the environment the backup was taken from)</source>
        <translation>restore necesita exactamente uno de --profile FILE o --profile-name NAME (el entorno del que se tomó la copia de seguridad)</translation>
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
                             corrige DWDVEV1004, DWFOEV1004 o DWDVEV1007: ejecuta la comprobación y
                             previsualiza cada escritura registro por registro; con --apply
                             hace copia de seguridad de los registros, escribe y vuelve a comprobar
                             (--demo: de forma predeterminada, el escenario con el nombre del código)
  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]
                             deshace una corrección desde su archivo de copia de seguridad (vista previa sin --apply);
                             solo las escrituras que hace fix, en los propios hosts del perfil;
                             se omiten los registros que ya están como en la copia de seguridad
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
Opciones de fix y restore:
  --apply                    realiza las escrituras (sin ella: una simulación que no escribe nada)
  --yes                      confirma --apply sin preguntar (necesario cuando stdin no
                             es un terminal; un terminal pide el nombre de host)
  --backup-dir DIR           dónde se guarda la copia de seguridad (predeterminado: directorio actual)
  --team TEAMID              DWDVEV1007: el equipo que se establece (predeterminado: el equipo
                             propietario de cada empresa o, si no, el equipo predeterminado de la unidad de negocio raíz)
  --override-unconfirmed-link
                             DWDVEV1004/DWFOEV1004: elimina aunque no se haya podido confirmar
                             el entorno de Dataverse vinculado o el otro lado no haya
                             devuelto ninguna configuración (se rechaza sin esta opción)
  --format text|json         salida en stdout (text de forma predeterminada)
  --accept-edited-backup     restore: aplica una copia de seguridad cuyo resumen no coincide con su
                             contenido (modificada después de que fix la escribiera); sin esta opción, esa
                             copia de seguridad solo se previsualiza
  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)

Códigos de salida de fix: 0 el código ya se supera (incluido si no había nada que corregir), 1 no todo corregido
(una simulación con registros por corregir, o falló una escritura), 2 error de uso o entrada incorrecta,
3 no se pudo completar (comprobación desconocida, copia de seguridad no escrita, no confirmado).
Códigos de salida de restore: 0 todos los registros restaurados (o una vista previa), 1 falló un registro,
2 error de uso, archivo de copia de seguridad incorrecto o modificado u otro entorno, 3 no se pudo completar.
</translation>
    </message>
    <message>
        <location filename="../src/cli/fixoutput.cpp" line="+21"/>
        <source>     record: %1 (%2 %3, %4 %5)
</source>
        <translation>     registro: %1 (%2 %3, %4 %5)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>     why:    %1
</source>
        <translation>     motivo:   %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>     body:   %1
</source>
        <translation>     cuerpo:   %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 done, %2 failed, %3 not attempted, %4 unknown, %5 already present
</source>
        <translation>%1 realizadas, %2 con error, %3 no intentadas, %4 desconocidas, %5 ya presentes
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
        <translation>no se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location filename="../src/cli/backupdir.cpp" line="+15"/>
        <source>--backup-dir %1: the directory does not exist</source>
        <translation>--backup-dir %1: el directorio no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: not a directory</source>
        <translation>--backup-dir %1: no es un directorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: the directory is not writable</source>
        <translation>--backup-dir %1: no se puede escribir en el directorio</translation>
    </message>
    <message>
        <location filename="../src/cli/secretsource.cpp" line="+43"/>
        <location filename="../src/session/environmentsession.cpp" line="-58"/>
        <source>no client secret was given on standard input</source>
        <translation>no se proporcionó ningún secreto de cliente en la entrada estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/session/environmentsession.cpp" line="+5"/>
        <source>no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>no hay secreto de cliente: establezca DWHEALTH_CLIENT_SECRET o use --client-secret-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/simulaterunner.cpp" line="+18"/>
        <source>Replay of %1 recorded %2 on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%3&quot;.</source>
        <translation>Reproducción de %1 registrada %2 en 127.0.0.1 hasta que se detenga. El secreto de cliente de demostración es el valor &quot;%3&quot; de DWHEALTH_CLIENT_SECRET.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recorded exchange(s) of the trace are not well formed and are not served.</source>
        <translation>
            <numerusform>%n intercambio registrado del seguimiento no tiene un formato correcto y no se sirve.</numerusform>
            <numerusform>%n intercambios registrados del seguimiento no tienen un formato correcto y no se sirven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulating scenario &quot;%1&quot; on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%2&quot;.</source>
        <translation>Simulando el escenario &quot;%1&quot; en 127.0.0.1 hasta que se detenga. El secreto de cliente de demostración es el valor de DWHEALTH_CLIENT_SECRET &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommand.cpp" line="+19"/>
        <source>Writes a copy of an evidence bundle with every name, host name, id and e-mail address replaced by a stand-in, the same value always by the same one, so the copy gives the same codes and can be shared; Microsoft&apos;s fixed identifiers stay.</source>
        <translation>Escribe una copia de un paquete de evidencias en la que cada nombre, nombre de host, id. y dirección de correo electrónico se reemplaza por un sustituto, siempre el mismo para el mismo valor, de modo que la copia da los mismos códigos y se puede compartir; los identificadores fijos de Microsoft se conservan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: dwhealth bundle anonymise IN.zip OUT.zip</source>
        <translation>uso: dwhealth bundle anonymise IN.zip OUT.zip</translation>
    </message>
    <message>
        <location filename="../src/cli/fleetoptions.cpp" line="+18"/>
        <source>check every profile (*.json) in DIR; --profile may also be repeated (docs/fleet.md)</source>
        <translation>comprobar todos los perfiles (*.json) de DIR; --profile también puede repetirse (docs/fleet.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: write OUT/&lt;profile file name&gt;.&lt;format&gt; per environment, OUT/fleet.json and, for html, md and pdf, OUT/fleet.&lt;format&gt;</source>
        <translation>varios perfiles: escribir OUT/&lt;profile file name&gt;.&lt;format&gt; por entorno, OUT/fleet.json y, para html, md y pdf, OUT/fleet.&lt;format&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: environments checked at once, 1-52 (default 8)</source>
        <translation>varios perfiles: entornos comprobados a la vez, 1-52 (valor predeterminado 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: environments of one tenant at once, 1-52 (default 4)</source>
        <translation>varios perfiles: entornos de un inquilino a la vez, 1-52 (valor predeterminado 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: when a result changed since its previous run, post a summary to a Teams/Slack incoming webhook (https; never printed)</source>
        <translation>varios perfiles: cuando un resultado cambió desde su ejecución anterior, publicar un resumen en un webhook entrante de Teams/Slack (https; nunca se imprime)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify needs a webhook address or env:VARIABLE</source>
        <translation>--notify necesita una dirección de webhook o env:VARIABLE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify is for runs of several profiles (--profiles DIR, repeated --profile, or --output-dir)</source>
        <translation>--notify es para ejecuciones de varios perfiles (--profiles DIR, --profile repetido o --output-dir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profiles, repeated --profile and --output-dir run profiles; not with --demo or --replay</source>
        <translation>--profiles, --profile repetido y --output-dir ejecutan perfiles; no con --demo ni --replay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bundle records one run; it is not available for several profiles</source>
        <translation>--bundle registra una ejecución; no está disponible para varios perfiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output-dir writes every report and the fleet summary; --output does not apply</source>
        <translation>--output-dir escribe todos los informes y el resumen de la flota; --output no se aplica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format junit writes one file per environment: use --output-dir OUT</source>
        <translation>--format junit escribe un archivo por entorno: use --output-dir OUT</translation>
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
Opciones de check para varios entornos (flota):
  --profiles DIR             comprobar todos los perfiles (*.json) de DIR; --profile FILE
                             también puede repetirse. Secreto de cada perfil: la variable
                             indicada por su auth.clientSecretEnv o, si no,
                             DWHEALTH_CLIENT_SECRET (o --client-secret-stdin)
  --output-dir OUT           escribir OUT/&lt;profile file name&gt;.&lt;format&gt; por entorno,
                             OUT/fleet.json y, para html, md y pdf, OUT/fleet.&lt;format&gt;
                             (sin esta opción: el resumen de la flota en stdout o --output)
  --parallel N               entornos comprobados a la vez, 1-52 (predet. 8)
  --parallel-per-tenant N    entornos de un inquilino a la vez, 1-52 (predet. 4);
                             los entornos que comparten un host de servicio comparten sus 52
                             solicitudes simultáneas
  --notify URL|env:NAME      cuando un resultado cambió desde su ejecución anterior,
                             publicar un resumen en un webhook entrante de Teams/Slack (https;
                             la dirección nunca se imprime; env:NAME la lee de la variable
                             NAME, lo que la mantiene fuera de la línea de comandos)
  Código de salida: el peor de todos los entornos: 2 (un perfil no se pudo ejecutar)
  antes que 1, antes que 3, antes que 0. --deadline se aplica a cada entorno.
</translation>
    </message>
    <message>
        <location filename="../src/cli/helpcommand.cpp" line="-21"/>
        <source>Shows every command (as --help), or the options of COMMAND (as dwhealth COMMAND --help).</source>
        <translation>Muestra todos los comandos (como --help) o las opciones de COMMAND (como dwhealth COMMAND --help).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>help takes one command, not also &quot;%1&quot;</source>
        <translation>help acepta un solo comando, no también &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/mapscommand.cpp" line="-86"/>
        <source>The dual-write table maps: state, tables, legal entities, recent errors with their documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Las asignaciones de tabla de doble escritura: estado, tablas, entidades jurídicas, errores recientes con su corrección documentada; un dato que no se puede leer indica el derecho que falta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recent live-sync errors from both sides, grouped by cause, with the documented fix; a fact that cannot be read names the missing right.</source>
        <translation>Los errores recientes de sincronización en directo de ambos lados, agrupados por causa, con la corrección documentada; un dato que no se puede leer indica el derecho que falta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the profile (JSON, never a secret) of the environment to read</source>
        <translation>el perfil (JSON, nunca un secreto) del entorno que se va a leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the embedded simulator instead</source>
        <translation>leer el simulador integrado en su lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy)</source>
        <translation>con --demo: el escenario del simulador (predeterminado healthy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the errors since then: 30m, 24h, 7d or a past ISO 8601 time with its offset; at most 30 days (default 24h)</source>
        <translation>los errores desde entonces: 30m, 24h, 7d o una hora ISO 8601 pasada con su desfase; como máximo 30 días (predeterminado 24h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format (default text)</source>
        <translation>formato de salida (predeterminado text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the output to FILE instead of stdout</source>
        <translation>escribir la salida en FILE en lugar de stdout</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit codes: 0 nothing to report, 1 a map in error or recent errors, 2 usage error, 3 could not read.
</source>
        <translation>Códigos de salida: 0 nada que notificar, 1 una asignación con error o errores recientes, 2 error de uso, 3 no se pudo leer.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 no error in the window, 1 errors in the window, 2 usage error, 3 could not read.
</source>
        <translation>Códigos de salida: 0 ningún error en el intervalo, 1 errores en el intervalo, 2 error de uso, 3 no se pudo leer.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>%1 no admite argumentos, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &quot;%1&quot; is not available for %2; use one of: %3</source>
        <translation>--format &quot;%1&quot; no está disponible para %2; use uno de: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--since takes a duration such as 30m, 24h or 7d (at most 30 days) or a past ISO 8601 time with its offset, not &quot;%1&quot;</source>
        <translation>--since toma una duración como 30m, 24h o 7d (como máximo 30 días) o una hora ISO 8601 pasada con su desfase, no &quot;%1&quot;</translation>
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
                             las asignaciones de tabla de doble escritura: estado, tablas,
                             entidades jurídicas, errores recientes con su corrección
                             documentada; un dato ilegible indica el derecho que falta;
                             salida 0 nada que notificar, 1 asignación con error o errores
                             recientes, 2 error de uso, 3 no se pudo leer
  errors --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html|junit] [--output FILE]
                             los errores recientes de sincronización en directo de ambos
                             lados, agrupados por causa (--since 30m, 24h, 7d o una hora
                             ISO 8601; máx. 30 días); maps y errors admiten --client-secret-stdin,
                             --timeout S y --allow-authority HOST; mismos códigos de salida
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
        <translation>bundle anonymise: %1 es la entrada; indique otro archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 written: %n value(s) replaced.
</source>
        <translation>
            <numerusform>%1 escrito: %n valor reemplazado.
</numerusform>
            <numerusform>%1 escrito: %n valores reemplazados.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::cli::CheckRunner</name>
    <message>
        <location filename="../src/cli/checkrunner.cpp" line="+65"/>
        <source>refusing to write a %1 report to a terminal; use --output FILE or redirect stdout</source>
        <translation>no se escribirá un informe %1 en un terminal; use --output FILE o redirija stdout</translation>
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
        <translation>no se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Leyendo los hechos del entorno: %1 de %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped</source>
        <translation>%1 correctas, %2 con error, %3 advertencias, %4 desconocidas, %5 omitidas</translation>
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
        <translation>dwhealth: advertencia: la ejecución no se guardó en el historial: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since the run of %1: %2 new findings, %3 fixed, %4 still failing</source>
        <translation>Desde la ejecución de %1: %2 hallazgos nuevos, %3 corregidos, %4 siguen con error</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FixRunner</name>
    <message>
        <location filename="../src/cli/fixrunner.cpp" line="+65"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply necesita --yes cuando la entrada estándar no es un terminal (no se escribió nada)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>Leyendo los hechos del entorno: %1 de %2</translation>
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
        <translation>cancelado; no se escribió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Use --force-dependencies to run it anyway.</source>
        <translation> Use --force-dependencies para ejecutarla de todos modos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (The override is --override-unconfirmed-link.)</source>
        <translation> (La invalidación es --override-unconfirmed-link.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Nothing was written.</source>
        <translation> No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: %1 passes.
</source>
        <translation>Nada que corregir: %1 es correcto.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Caution: %1
</source>
        <translation>
Precaución: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Before you start: %1
</source>
        <translation>
Antes de empezar: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
The fix makes %1 writes, one per record:
</source>
        <translation>
La corrección realiza %1 escrituras, una por registro:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Dry run: nothing was written. Run again with --apply to make these writes (each record is backed up first).
</source>
        <translation>
Simulacro: no se escribió nada. Vuelva a ejecutar con --apply para realizar estas escrituras (antes se hace una copia de seguridad de cada registro).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not confirmed; nothing was written</source>
        <translation>no confirmado; no se escribió nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Backup written: %1
</source>
        <translation>
Copia de seguridad escrita: %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Results:
</source>
        <translation>
Resultados:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the records above say what was written.
</source>
        <translation>Cancelado: los registros anteriores indican lo que se escribió.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Re-check: %1 (%2): %3
  %4
</source>
        <translation>
Nueva comprobación: %1 (%2): %3
  %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-check could not judge %1</source>
        <translation>la nueva comprobación no pudo evaluar %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FleetRunner</name>
    <message>
        <location filename="../src/cli/fleetrunner.cpp" line="+80"/>
        <source>%1: auth.mode %2 signs in a person; a run of several profiles signs in with client secrets only: check this profile alone</source>
        <translation>%1: auth.mode %2 inicia sesión como persona; una ejecución de varios perfiles inicia sesión solo con secretos de cliente: compruebe este perfil por separado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write a %1 fleet summary to a terminal; use --output-dir OUT, --output FILE or a redirect</source>
        <translation>no se escribirá un resumen de flota %1 en un terminal; use --output-dir OUT, --output FILE o una redirección</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--notify env:%1: the variable is not set</source>
        <translation>--notify env:%1: la variable no está definida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--output-dir %1: the folder cannot be created</source>
        <translation>--output-dir %1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 environments, at most %2 at once</source>
        <translation>Comprobando %1 entornos, como máximo %2 a la vez</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>[%1/%2] %3: not run: %4</source>
        <translation>[%1/%2] %3: no ejecutada: %4</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>[%1/%2] %3: checking</source>
        <translation>[%1/%2] %3: comprobando</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: warning: the run was not stored in the history: %2</source>
        <translation>%1: advertencia: la ejecución no se almacenó en el historial: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>[%1/%2] %3: exit %4: %5 failed, %6 unknown, %7 warnings</source>
        <translation>[%1/%2] %3: salida %4: %5 con errores, %6 desconocidas, %7 advertencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; since %1: %2 new, %3 fixed</source>
        <translation>; desde %1: %2 nuevos, %3 corregidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 of %2 done)</source>
        <translation> (%1 de %2 completadas)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environments: %2 changed since their previous run; exit %3</source>
        <translation>%1 entornos: %2 cambiaron desde su ejecución anterior; salida %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--notify: nothing changed; no message sent</source>
        <translation>--notify: no hubo cambios; no se envió ningún mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--notify: summary posted</source>
        <translation>--notify: resumen publicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: --notify: %1</source>
        <translation>advertencia: --notify: %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::RestoreRunner</name>
    <message>
        <location filename="../src/cli/restorerunner.cpp" line="+46"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>--apply necesita --yes cuando la entrada estándar no es un terminal (no se escribió nada)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (no se envió nada)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 (%2, %3, %4 records).
</source>
        <translation>Copia de seguridad %1 (%2, %3, %4 registros).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore makes at most %1 writes, one per record; a record already as the backup has it is skipped:
</source>
        <translation>La restauración realiza como máximo %1 escrituras, una por registro; se omite cada registro que ya está como en la copia de seguridad:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  note: %1
</source>
        <translation>  nota: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to restore.
</source>
        <translation>Nada que restaurar.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was EDITED since it was written (digest mismatch); nothing was written. Compare it with the records it names; to restore it anyway, add --accept-edited-backup</source>
        <translation>%1 se ha MODIFICADO desde que se escribió (el resumen no coincide); no se escribió nada. Compárelo con los registros que menciona; para restaurarlo de todos modos, agregue --accept-edited-backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Preview: nothing was written. Run again with --apply to make these writes.
</source>
        <translation>
Vista previa: no se escribió nada. Vuelva a ejecutar con --apply para realizar estas escrituras.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not confirmed; nothing was written</source>
        <translation>no confirmado; no se escribió nada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>
Backup of the records before the restore: %1
</source>
        <translation>
Copia de seguridad de los registros antes de la restauración: %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: intact (the digest matches the content).
</source>
        <translation>Integridad: intacta (el resumen coincide con el contenido).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity: EDITED since it was written (digest mismatch). It is not applied without --accept-edited-backup.
</source>
        <translation>Integridad: MODIFICADA desde que se escribió (el resumen no coincide). No se aplica sin --accept-edited-backup.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity: no digest (written by an older dwhealth); edits cannot be detected.
</source>
        <translation>Integridad: sin resumen (escrita por una versión anterior de dwhealth); no se pueden detectar modificaciones.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Results:
</source>
        <translation>
Resultados:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>dwh::cli::SignIn</name>
    <message>
        <location filename="../src/session/authoritypolicy.cpp" line="+31"/>
        <source>the profile&apos;s authority %1 is not a Microsoft Entra ID sign-in host (%2); the client secret was not sent. If this authority is meant to receive it, run again with --allow-authority %3</source>
        <translation>la autoridad del perfil %1 no es un host de inicio de sesión de Microsoft Entra ID (%2); no se envió el secreto de cliente. Si esta autoridad debe recibirlo, vuelva a ejecutar con --allow-authority %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: sending the client secret to %1, which is not a Microsoft Entra ID sign-in host (allowed by --allow-authority)</source>
        <translation>advertencia: se envía el secreto de cliente a %1, que no es un host de inicio de sesión de Microsoft Entra ID (permitido por --allow-authority)</translation>
    </message>
    <message>
        <location filename="../src/cli/signin.cpp" line="+38"/>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 minutes).</source>
        <translation>Para iniciar sesión, abra %1 y escriba el código %2 (válido durante %3 minutos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in in the browser window that opened. If none opened, open this address: %1</source>
        <translation>Inicie sesión en la ventana del explorador que se abrió. Si no se abrió ninguna, abra esta dirección: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation>Abra esta dirección en un explorador de este equipo para iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetEnvironment</name>
    <message>
        <location filename="../src/fleet/fleetenvironment.cpp" line="+34"/>
        <source>--profiles %1: no such folder</source>
        <translation>--profiles %1: no existe la carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--profiles %1: the folder holds no profile (*.json)</source>
        <translation>--profiles %1: la carpeta no contiene ningún perfil (*.json)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 would both write the report %3.*; rename one of them</source>
        <translation>%1 y %2 escribirían ambos el informe %3.*; cambie el nombre de uno de ellos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no profile to check</source>
        <translation>no hay ningún perfil que comprobar</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetHtml</name>
    <message>
        <location filename="../src/fleet/fleethtml.cpp" line="+36"/>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>con errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>no ejecutada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first run</source>
        <translation>primera ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change since %1</source>
        <translation>sin cambios desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1: %2 new, %3 fixed, %4 status changes</source>
        <translation>desde %1: %2 nuevos, %3 corregidos, %4 cambios de estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Comprobación de estado de doble escritura: resumen de la flota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 environments, %2 changed since their previous run. Started %3, finished %4.</source>
        <translation>%1 entornos, %2 cambiaron desde su ejecución anterior. Inicio: %3, fin: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks: %1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.</source>
        <translation>Comprobaciones: %1 superadas, %2 con errores, %3 advertencias, %4 desconocidas, %5 omitidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Desde la ejecución anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings, worst first</source>
        <translation>Hallazgos, los más graves primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed since the previous run</source>
        <translation>Corregidos desde la ejecución anterior</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetMarkdown</name>
    <message>
        <location filename="../src/fleet/fleetmarkdown.cpp" line="+41"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>Comprobación de estado de doble escritura: resumen de la flota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 environments, %2 changed since their previous run. Checks: %3 passed, %4 failed, %5 warnings, %6 unknown, %7 skipped.</source>
        <translation>%1 entornos, %2 cambiaron desde su ejecución anterior. Comprobaciones: %3 superadas, %4 con errores, %5 advertencias, %6 desconocidas, %7 omitidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>Desde la ejecución anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first run</source>
        <translation>primera ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed, %3 status changes</source>
        <translation>%1 nuevos, %2 corregidos, %3 cambios de estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings, worst first</source>
        <translation>Hallazgos, los más graves primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetRun</name>
    <message>
        <location filename="../src/fleet/fleetrun.cpp" line="+72"/>
        <source>not run: cancelled</source>
        <translation>no ejecutada: cancelada</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetTrend</name>
    <message>
        <location filename="../src/fleet/fleettrend.cpp" line="+67"/>
        <source>never run</source>
        <translation>nunca ejecutada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first run</source>
        <translation>primera ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change since the run before</source>
        <translation>sin cambios desde la ejecución anterior</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>better: %n fixed since the run before</source>
        <translation>
            <numerusform>mejor: %n corregido desde la ejecución anterior</numerusform>
            <numerusform>mejor: %n corregidos desde la ejecución anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>worse: %n new since the run before</source>
        <translation>
            <numerusform>peor: %n nuevo desde la ejecución anterior</numerusform>
            <numerusform>peor: %n nuevos desde la ejecución anterior</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed since the run before</source>
        <translation>%1 nuevos, %2 corregidos desde la ejecución anterior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>con errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>no ejecutada</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetWriter</name>
    <message>
        <location filename="../src/fleet/fleetwriter.cpp" line="+43"/>
        <source>the fleet summary is written as %1, not %2</source>
        <translation>el resumen de la flota se escribe como %1, no como %2</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::ProfileSecret</name>
    <message>
        <location filename="../src/fleet/profilesecret.cpp" line="+34"/>
        <source>no client secret: the environment variable %1 named by auth.clientSecretEnv is not set</source>
        <translation>no hay secreto de cliente: la variable de entorno %1 indicada por auth.clientSecretEnv no está definida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no client secret: set auth.clientSecretEnv in the profile, DWHEALTH_CLIENT_SECRET, or use --client-secret-stdin</source>
        <translation>no hay secreto de cliente: establezca auth.clientSecretEnv en el perfil o DWHEALTH_CLIENT_SECRET, o use --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::WebhookNotifier</name>
    <message>
        <location filename="../src/fleet/webhooknotifier.cpp" line="+33"/>
        <source>the --notify address is not a valid URL</source>
        <translation>la dirección de --notify no es una URL válida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the --notify address must use https:// (http:// only for a loopback host)</source>
        <translation>la dirección de --notify debe usar https:// (http:// solo para un host de bucle invertido)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>**Dual-write health check**: %1 environments, %2 changed since their previous run; %3 failed, %4 unknown, %5 warnings (exit %6).</source>
        <translation>**Comprobación de estado de doble escritura**: %1 entornos, %2 cambiaron desde su ejecución anterior; %3 con errores, %4 desconocidas, %5 advertencias (salida %6).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- … and more (see the fleet summary)</source>
        <translation>- … y más (consulte el resumen de la flota)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- %1: not run (exit %2)</source>
        <translation>- %1: no ejecutada (salida %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1: new %2; fixed %3 (exit %4)</source>
        <translation>- %1: nuevos %2; corregidos %3 (salida %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1: first run, findings %2 (exit %3)</source>
        <translation>- %1: primera ejecución, hallazgos %2 (salida %3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the webhook answered HTTP %1</source>
        <translation>el webhook respondió HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the webhook could not be reached (%1)</source>
        <translation>no se pudo contactar con el webhook (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/widgets/aboutbox.cpp" line="+17"/>
        <source>About dwhealth</source>
        <translation>Acerca de dwhealth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;The Dynamics 365 dual-write health check from outside the product.&lt;/p&gt;&lt;p&gt;Ruleset %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;La comprobación de estado de doble escritura de Dynamics 365 desde fuera del producto.&lt;/p&gt;&lt;p&gt;Conjunto de reglas %2. Con licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built from source commit %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilado a partir del commit de origen %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Built with Qt %1 (running on %2), licensed under the GNU LGPL version 3; QtKeychain (BSD 3-clause licence); zlib (zlib licence).&lt;/p&gt;&lt;p&gt;The check codes, messages and fixes follow Microsoft&apos;s dual-write documentation on &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilado con Qt %1 (en ejecución sobre %2), con licencia GNU LGPL versión 3; QtKeychain (licencia BSD de 3 cláusulas); zlib (licencia zlib).&lt;/p&gt;&lt;p&gt;Los códigos de comprobación, los mensajes y las correcciones siguen la documentación de doble escritura de Microsoft en &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt…</source>
        <translation>Acerca de &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AuthorityConfirm</name>
    <message>
        <location filename="../src/gui/signin/authorityconfirm.cpp" line="+39"/>
        <source>Send the client secret?</source>
        <translation>¿Enviar el secreto de cliente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the client secret to %1?</source>
        <translation>¿Enviar el secreto de cliente a %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Microsoft Entra ID sign-in host (%2). Whoever runs it receives the client secret and can sign in as the app registration. Send it only if this authority is meant to receive it.</source>
        <translation>%1 no es un host de inicio de sesión de Microsoft Entra ID (%2). Quien lo ejecute recibirá el secreto de cliente y podrá iniciar sesión como el registro de aplicación. Envíelo solo si esta autoridad debe recibirlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the secret</source>
        <translation>&amp;Enviar el secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not send</source>
        <translation>&amp;No enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this host for the profile</source>
        <translation>&amp;Recordar este host para el perfil</translation>
    </message>
</context>
<context>
    <name>dwh::gui::BrowserSignInPanel</name>
    <message>
        <location filename="../src/gui/signin/browsersigninpanel.cpp" line="+19"/>
        <source>Copy sign-in lin&amp;k</source>
        <translation>Copiar &amp;vínculo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Cancelar &amp;inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el explorador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the sign-in link</source>
        <translation>Copiar el vínculo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>Si no se abrió ningún explorador: pegue el vínculo en un explorador de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your browser opened the Microsoft sign-in page: sign in there, then come back. If no browser window opened, copy the sign-in link into a browser on this computer.</source>
        <translation>El explorador abrió la página de inicio de sesión de Microsoft: inicie sesión allí y vuelva. Si no se abrió ninguna ventana del explorador, copie el vínculo de inicio de sesión en un explorador de este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened: copy the sign-in link into a browser on this computer and sign in there.</source>
        <translation>No se pudo abrir ningún explorador: copie el vínculo de inicio de sesión en un explorador de este equipo e inicie sesión allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated: in demo mode a simulated browser signs in to the simulator by itself; no real browser opens.</source>
        <translation>Simulado: en el modo de demostración, un explorador simulado inicia sesión en el simulador por sí solo; no se abre ningún explorador real.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckHtml</name>
    <message>
        <location filename="../src/gui/wizard/checkhtml.cpp" line="+38"/>
        <location line="+39"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+38"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>none raised (this check&apos;s code: %1)</source>
        <translation>no se generó ninguno (código de esta comprobación: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Codes:</source>
        <translation>Códigos:</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Check id:</source>
        <translation>Id. de comprobación:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records involved</source>
        <translation>Registros implicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records involved:</source>
        <translation>Registros implicados:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence:</source>
        <translation>Evidencias:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No documented fix for this finding.</source>
        <translation>No hay ninguna corrección documentada para este hallazgo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisite health check</source>
        <translation>Comprobación de estado de requisitos previos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the prerequisites above, then go back and re-run the prerequisite health check.</source>
        <translation>Corrija los requisitos previos anteriores y, a continuación, vuelva atrás y ejecute de nuevo la comprobación de estado de requisitos previos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: every check passed.</source>
        <translation>Nada que corregir: todas las comprobaciones son correctas.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckListModel</name>
    <message>
        <location filename="../src/gui/wizard/checklistmodel.cpp" line="+36"/>
        <source>Other checks</source>
        <translation>Otras comprobaciones</translation>
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
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/checkpage.cpp" line="+57"/>
        <source>Prerequisite health check</source>
        <translation>Comprobación de estado de requisitos previos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 2: the solutions, application users, plug-ins, permissions and companies that dual-write needs before the environments can be linked.</source>
        <translation>Paso 1 de 2: las soluciones, los usuarios de aplicación, los complementos, los permisos y las empresas que la doble escritura necesita antes de poder vincular los entornos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2: APIHubConnection, StaleConfiguration and BusinessUnit, as in the product&apos;s health check.</source>
        <translation>Paso 2 de 2: APIHubConnection, StaleConfiguration y BusinessUnit, como en la comprobación de estado del producto.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Reading the environments…</source>
        <translation>Leyendo los entornos…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the environments: %1 of %2 facts read…</source>
        <translation>Leyendo los entornos: %1 de %2 hechos leídos…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passed: %1, failed: %2, warnings: %3, unknown: %4, skipped: %5.</source>
        <translation>Correctas: %1, con error: %2, advertencias: %3, desconocidas: %4, omitidas: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. What could not be judged is marked unknown; choose Re-run to check again.</source>
        <translation>Cancelado. Lo que no se pudo evaluar se marca como desconocido; elija Volver a ejecutar para comprobar de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1.</source>
        <translation>Finalizado: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dependency validation cannot run until the failed prerequisites are fixed, as in the product. Fix them and choose Re-run, or continue to the remediation steps and the report.</source>
        <translation>La validación de dependencias no puede ejecutarse hasta que se corrijan los requisitos previos con error, como en el producto. Corríjalos y elija Volver a ejecutar, o continúe con los pasos de corrección y el informe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dependency validation did not run.</source>
        <translation>La validación de dependencias no se ejecutó.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a check under this heading to see its details.</source>
        <translation>Seleccione una comprobación bajo este encabezado para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check has not finished yet.</source>
        <translation>Esta comprobación aún no ha finalizado.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffDialog</name>
    <message>
        <location filename="../src/gui/fixes/companydiffdialog.cpp" line="+51"/>
        <source>%1: companies in dual-write, finance and operations apps and Dataverse</source>
        <translation>%1: empresas en doble escritura, aplicaciones de finanzas y operaciones y Dataverse</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The companies have not been read yet: run the health check first, or choose Verify to read them now.</source>
        <translation>Las empresas aún no se han leído: ejecute primero la comprobación de estado o elija Verificar para leerlas ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>Se desconocen las entidades jurídicas seleccionadas para doble escritura: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected for dual-write: %n legal entities, from the profile (dualWrite.legalEntities).</source>
        <translation>
            <numerusform>Seleccionada para doble escritura: %n entidad jurídica, del perfil (dualWrite.legalEntities).</numerusform>
            <numerusform>Seleccionadas para doble escritura: %n entidades jurídicas, del perfil (dualWrite.legalEntities).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected for dual-write: %n legal entities, the companies enabled for dual-write in Dataverse.</source>
        <translation>
            <numerusform>Seleccionada para doble escritura: %n entidad jurídica, las empresas habilitadas para doble escritura en Dataverse.</numerusform>
            <numerusform>Seleccionadas para doble escritura: %n entidades jurídicas, las empresas habilitadas para doble escritura en Dataverse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companies to fix: %1; to look at: %2.</source>
        <translation>Empresas que corregir: %1; que revisar: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every selected legal entity exists on both sides.</source>
        <translation>Todas las entidades jurídicas seleccionadas existen en ambos lados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps could not be read: %1</source>
        <translation>No se pudieron leer las aplicaciones de finanzas y operaciones: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse could not be read: %1</source>
        <translation>No se pudo leer Dataverse: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a company to see its fix steps.</source>
        <translation>Seleccione una empresa para ver sus pasos de corrección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix for %1.</source>
        <translation>Nada que corregir para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the company grid</source>
        <translation>Exportar la cuadrícula de empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying: reading the companies again…</source>
        <translation>Verificando: leyendo de nuevo las empresas…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verified at %1: the company checks, run again on what the environments hold now: %2.</source>
        <translation>Verificado a las %1: las comprobaciones de empresas, ejecutadas de nuevo sobre lo que contienen ahora los entornos: %2.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffModel</name>
    <message>
        <location filename="../src/gui/fixes/companydiffmodel.cpp" line="+43"/>
        <source>Matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not selected</source>
        <translation>No seleccionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Id. de equipo %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal entity / company code, compared trimmed and case-insensitively</source>
        <translation>Código de entidad jurídica / empresa, comparado sin espacios y sin distinguir mayúsculas de minúsculas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O name</source>
        <translation>Nombre en F&amp;O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in finance and operations apps (LegalEntities)</source>
        <translation>Nombre en las aplicaciones de finanzas y operaciones (LegalEntities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse name</source>
        <translation>Nombre en Dataverse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the Dataverse Company table (cdm_company)</source>
        <translation>Nombre en la tabla Company de Dataverse (cdm_company)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write</source>
        <translation>Habilitada para doble escritura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is Enabled for Dual Write (cdm_isenabledfordualwrite)</source>
        <translation>Habilitada para doble escritura (cdm_isenabledfordualwrite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team</source>
        <translation>Equipo propietario predeterminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team of the company (cdm_defaultowningteam)</source>
        <translation>Equipo propietario predeterminado de la empresa (cdm_defaultowningteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected for dual-write (profile, else the companies enabled in Dataverse)</source>
        <translation>Seleccionada para doble escritura (perfil o, si no, las empresas habilitadas en Dataverse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What differs between the three sides</source>
        <translation>Qué difiere entre los tres lados</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="+108"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User id %1</source>
        <translation>Id. de usuario %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no security roles</source>
        <translation>sin roles de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>roles: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles could not be read: %1</source>
        <translation>no se pudieron leer los roles: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Signed in; %n legal entities</source>
        <translation>
            <numerusform>Sesión iniciada; %n entidad jurídica</numerusform>
            <numerusform>Sesión iniciada; %n entidades jurídicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Signed in; %n connections in the environment</source>
        <translation>
            <numerusform>Sesión iniciada; %n conexión en el entorno</numerusform>
            <numerusform>Sesión iniciada; %n conexiones en el entorno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::CredentialsPage</name>
    <message>
        <location filename="../src/gui/wizard/credentialspage.cpp" line="+46"/>
        <source>Link credentials</source>
        <translation>Credenciales del vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Dataverse and finance and operations environments that dual-write links, then test the connection.</source>
        <translation>Inicie sesión en los entornos de Dataverse y de finanzas y operaciones que vincula la doble escritura y, a continuación, pruebe la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret (app registration)</source>
        <translation>Secreto de cliente (registro de aplicación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code</source>
        <translation>Código de dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive browser sign-in</source>
        <translation>Inicio de sesión interactivo en el explorador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An app registration signs in with its client secret</source>
        <translation>Un registro de aplicación inicia sesión con su secreto de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in on another device or browser with a code shown here</source>
        <translation>Inicia sesión en otro dispositivo o explorador con un código que se muestra aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in in the system browser (authorization code with PKCE)</source>
        <translation>Inicia sesión en el explorador del sistema (código de autorización con PKCE)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Application (client) id of the app registration</source>
        <translation>Id. de aplicación (cliente) del registro de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: empty uses the public client %1 (Microsoft Azure CLI)</source>
        <translation>Opcional: si se deja vacío, se usa el cliente público %1 (Microsoft Azure CLI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the sign-in in the system keychain</source>
        <translation>&amp;Recordar el inicio de sesión en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>Si no se marca, el secreto solo se guarda en memoria y se vuelve a pedir la próxima vez. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the refresh token (never an access token) in the system keychain, so the next session signs in without a prompt. Without this it stays in memory only. Never written to a file.</source>
        <translation>Guarda el token de actualización (nunca un token de acceso) en el llavero del sistema, para que la próxima sesión inicie sesión sin preguntar. Si no se marca, solo se guarda en memoria. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for the sign-in: enter the code below on the sign-in page.</source>
        <translation>Esperando el inicio de sesión: escriba el código siguiente en la página de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the sign-in in the browser.</source>
        <translation>Esperando el inicio de sesión en el explorador.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign-in cancelled: test the connection to sign in again.</source>
        <translation>Inicio de sesión cancelado: pruebe la conexión para volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed out: the tokens of this session are forgotten. The next test signs in again.</source>
        <translation>Sesión cerrada: se han olvidado los tokens de esta sesión. La próxima prueba vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain entry could not be removed: %1</source>
        <translation>No se pudo quitar la entrada del llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not tested yet: test the connection to continue.</source>
        <translation>Aún no se ha probado: pruebe la conexión para continuar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick the legal entities selected for dual-write from the list finance and operations apps returned to the connection test</source>
        <translation>Seleccione en la lista que las aplicaciones de finanzas y operaciones devolvieron a la prueba de conexión las entidades jurídicas seleccionadas para doble escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (available after a successful connection test)</source>
        <translation>%1 (disponible tras una prueba de conexión correcta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick legal entities</source>
        <translation>Seleccionar entidades jurídicas</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the client secret.</source>
        <translation>Escriba el secreto de cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the tenant, both environment URLs, the environment id and the client id.</source>
        <translation>Rellene el inquilino, las dos URL de entorno, el id. de entorno y el id. de cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot test yet: %1</source>
        <translation>Aún no se puede probar: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 could not be used; see why below.</source>
        <translation>No se pudo usar %1; vea el motivo a continuación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS failed</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy failed</source>
        <translation>Error de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Connected to Dataverse and finance and operations, but not to the Power Platform API. You can go on: these checks will be unknown because they read from it: %1.</source>
        <translation>Conectado a Dataverse y a finanzas y operaciones, pero no a la API de Power Platform. Puede continuar: estas comprobaciones serán desconocidas porque leen de ella: %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Signing in to %1 and reading who you are… (%n s)</source>
        <translation>
            <numerusform>Iniciando sesión en %1 y leyendo su identidad… (%n s)</numerusform>
            <numerusform>Iniciando sesión en %1 y leyendo su identidad… (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile cannot be saved yet: %1</source>
        <translation>Aún no se puede guardar el perfil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &quot;%1&quot; saved (without the secret): it is offered on the first page next time.</source>
        <translation>Perfil &quot;%1&quot; guardado (sin el secreto): se ofrecerá en la primera página la próxima vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile cannot be exported yet: %1</source>
        <translation>Aún no se puede exportar el perfil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile exported to %1: use it with dwhealth check --profile.</source>
        <translation>Perfil exportado a %1: úselo con dwhealth check --profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not exported: %1</source>
        <translation>No se exportó el perfil: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Connected: signed in to all three services.</source>
        <translation>Conectado: se ha iniciado sesión en los tres servicios.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Sign-in failed: Microsoft Entra ID refused the credentials. Check the tenant, client id and secret.</source>
        <translation>Error de inicio de sesión: Microsoft Entra ID rechazó las credenciales. Compruebe el inquilino, el id. de cliente y el secreto.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reach %1: the host was not found, refused the connection or did not answer. Check the URLs, the network and the VPN; see why below.</source>
        <translation>No se pudo acceder a %1: no se encontró el host, rechazó la conexión o no respondió. Compruebe las URL, la red y la VPN; vea el motivo a continuación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 failed: the certificate is not trusted. See why below.</source>
        <translation>Error en la conexión segura (TLS) con %1: el certificado no es de confianza. Vea el motivo a continuación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused or failed the connection to %1. Check the system&apos;s proxy settings; see why below.</source>
        <translation>El proxy rechazó la conexión con %1 o esta falló. Compruebe la configuración de proxy del sistema; vea el motivo a continuación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in, but the app registration has no consent for %1: an administrator must grant its API permissions. See why below.</source>
        <translation>Sesión iniciada, pero el registro de la aplicación no tiene consentimiento para %1: un administrador debe conceder sus permisos de API. Vea el motivo a continuación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is throttling the requests: wait a few minutes and test the connection again.</source>
        <translation>%1 está limitando las solicitudes: espere unos minutos y vuelva a probar la conexión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in failed: the sign-in was not completed; see why below. Test the connection to try again.</source>
        <translation>Error de inicio de sesión: el inicio de sesión no se completó; vea el motivo más abajo. Pruebe la conexión para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>The remembered sign-in could not be read from the system keychain (%1): the test signs in again.</source>
        <translation>No se pudo leer el inicio de sesión recordado del llavero del sistema (%1): la prueba vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered secret could not be read from the system keychain: %1</source>
        <translation>No se pudo leer el secreto recordado del llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in saved in the system keychain.</source>
        <translation>Inicio de sesión guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret saved in the system keychain.</source>
        <translation>Secreto guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>El inicio de sesión no se guardó: el llavero del sistema no está disponible (%1). Se conserva en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>El secreto no se guardó: el llavero del sistema no está disponible (%1). Se conserva en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DeviceCodePanel</name>
    <message>
        <location filename="../src/gui/signin/devicecodepanel.cpp" line="+24"/>
        <source>Copy &amp;code</source>
        <translation>Copiar &amp;código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy lin&amp;k</source>
        <translation>Copiar &amp;vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Cancelar &amp;inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device code sign-in</source>
        <translation>Inicio de sesión con código de dispositivo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>Copiar el vínculo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sign in on another device or in a browser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inicie sesión en otro dispositivo o en un explorador&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>En:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Code to enter: %1</source>
        <translation>Código que escribir: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in page: %1</source>
        <translation>Página de inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; in demo mode the simulator approves the code by itself after a few seconds; nothing is sent to Microsoft.</source>
        <translation>&lt;b&gt;Simulado:&lt;/b&gt; en el modo de demostración, el simulador aprueba el código por sí solo al cabo de unos segundos; no se envía nada a Microsoft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the sign-in; the code expires in %1:%2.</source>
        <translation>Esperando el inicio de sesión; el código expira en %1:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired.</source>
        <translation>El código ha expirado.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DialogButtons</name>
    <message>
        <location filename="../src/gui/widgets/dialogbuttons.cpp" line="+21"/>
        <source>Close this window; nothing is written by closing it</source>
        <translation>Cerrar esta ventana; al cerrarla no se escribe nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next page</source>
        <translation>Ir a la página siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; the results stay in the report and the history</source>
        <translation>Cerrar el asistente; los resultados se conservan en el informe y el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; nothing more is read or written</source>
        <translation>Cerrar el asistente; no se lee ni se escribe nada más</translation>
    </message>
</context>
<context>
    <name>dwh::gui::FleetDialog</name>
    <message>
        <location filename="../src/gui/tools/fleetdialog.cpp" line="+29"/>
        <source>signs in a person: open it to check it</source>
        <translation>inicia sesión como persona: ábralo para comprobarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its authority is not a Microsoft Entra ID sign-in host: open it</source>
        <translation>su autoridad no es un host de inicio de sesión de Microsoft Entra ID: ábralo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run &amp;all</source>
        <translation>Ejecutar &amp;todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;selected</source>
        <translation>Ejecutar &amp;seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet: every saved environment</source>
        <translation>Flota: todos los entornos guardados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved environments</source>
        <translation>Entornos guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each saved profile with its last result and trend from the history</source>
        <translation>Cada perfil guardado con su último resultado y su tendencia según el historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every saved profile, %1 at once; each run is stored in the history</source>
        <translation>Comprobar todos los perfiles guardados, %1 a la vez; cada ejecución se almacena en el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected profiles</source>
        <translation>Comprobar los perfiles seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected profile in the wizard</source>
        <translation>Comprobar el perfil seleccionado en el asistente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved environments, their last result and how it changed. Runs use the profile&apos;s auth.clientSecretEnv variable, the keychain, or DWHEALTH_CLIENT_SECRET.</source>
        <translation>Entornos guardados, su último resultado y cómo cambió. Las ejecuciones usan la variable auth.clientSecretEnv del perfil, el llavero o DWHEALTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved profile yet: save one in the wizard first.</source>
        <translation>Aún no hay ningún perfil guardado: guarde uno primero en el asistente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved environments: %1.</source>
        <translation>Entornos guardados: %1.</translation>
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
        <translation>%1: %2 con errores, %3 desconocidas, %4 advertencias</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+67"/>
        <source>not run: %1</source>
        <translation>no ejecutada: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to run.</source>
        <translation>No hay nada que ejecutar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking: %1 of %2 read</source>
        <translation>comprobando: %1 de %2 leídos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking environments: %1…</source>
        <translation>Comprobando entornos: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (not stored in the history: %1)</source>
        <translation> (no se almacenó en el historial: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. Environments checked: %1.</source>
        <translation>Listo. Entornos comprobados: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::HealthWizard</name>
    <message>
        <location filename="../src/gui/wizard/healthwizard.cpp" line="+25"/>
        <source>dwhealth — dual-write health check</source>
        <translation>dwhealth — comprobación de estado de doble escritura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, ruleset and the libraries dwhealth uses</source>
        <translation>Versión, conjunto de reglas y bibliotecas que usa dwhealth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs the history keeps</source>
        <translation>Cuántas ejecuciones guarda el historial</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LanguageChooser</name>
    <message>
        <location filename="../src/gui/widgets/languagechooser.cpp" line="+19"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the wizard and of the reports it writes</source>
        <translation>El idioma del asistente y de los informes que genera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the wizard and of the reports it writes; it changes at the next start</source>
        <translation>El idioma del asistente y de los informes que genera; cambia en el próximo inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the wizard and start dwhealth again in the chosen language</source>
        <translation>Cerrar el asistente e iniciar de nuevo dwhealth en el idioma elegido</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Takes effect at the next start.</source>
        <translation>Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dwhealth could not be started again; close it and start it yourself.</source>
        <translation>No se pudo iniciar de nuevo dwhealth; ciérrelo e inícielo usted mismo.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LegalEntityPicker</name>
    <message>
        <location filename="../src/gui/wizard/legalentitypicker.cpp" line="+34"/>
        <source>Legal entities selected for dual-write</source>
        <translation>Entidades jurídicas seleccionadas para doble escritura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the legal entities selected on the Dual-write page. The list is what finance and operations apps returned to the connection test. Nothing ticked: the checks use the companies enabled for dual-write in Dataverse, and say that the selection could not be read.</source>
        <translation>Marque las entidades jurídicas seleccionadas en la página Dual-write. La lista es lo que las aplicaciones de finanzas y operaciones devolvieron a la prueba de conexión. Si no se marca ninguna, las comprobaciones usan las empresas habilitadas para doble escritura en Dataverse e indican que no se pudo leer la selección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter legal entities</source>
        <translation>Filtrar entidades jurídicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the legal entities whose code or name contains the text</source>
        <translation>Muestra solo las entidades jurídicas cuyo código o nombre contiene el texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations legal entities</source>
        <translation>Entidades jurídicas de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each legal entity selected for dual-write</source>
        <translation>Marque cada entidad jurídica seleccionada para doble escritura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — not returned by finance and operations apps</source>
        <translation>%1 — no devuelta por las aplicaciones de finanzas y operaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all shown</source>
        <translation>Marcar &amp;todas las mostradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks every legal entity the filter shows</source>
        <translation>Marca todas las entidades jurídicas que muestra el filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Desmarcar todas las mostradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticks every legal entity the filter shows</source>
        <translation>Desmarca todas las entidades jurídicas que muestra el filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts the ticked codes into the profile</source>
        <translation>Coloca los códigos marcados en el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the profile&apos;s legal entities as they were</source>
        <translation>Deja las entidades jurídicas del perfil como estaban</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::OwningTeamDialog</name>
    <message>
        <location filename="../src/session/defaultteamfacts.cpp" line="+59"/>
        <source>(not read)</source>
        <translation>(no leído)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: Dual-write health check DWFOEV1006: default team name mismatch</source>
        <translation>Asunto: Comprobación de estado de doble escritura DWFOEV1006: el nombre del equipo predeterminado no coincide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dual-write health check reports DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Please update the details of the dual-write connection with the default team of the root business unit below.</source>
        <translation>La comprobación de estado de doble escritura notifica DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Actualicen los detalles de la conexión de doble escritura con el equipo predeterminado de la unidad de negocio raíz que se indica a continuación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations environment: %1</source>
        <translation>Entorno de finanzas y operaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse environment: %1</source>
        <translation>Entorno de Dataverse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit: %1</source>
        <translation>Unidad de negocio raíz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit id: %1</source>
        <translation>Id. de la unidad de negocio raíz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team of the root business unit: %1</source>
        <translation>Equipo predeterminado de la unidad de negocio raíz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team id: %1</source>
        <translation>Id. del equipo predeterminado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected default team name (the business unit&apos;s name): %1</source>
        <translation>Nombre esperado del equipo predeterminado (el nombre de la unidad de negocio): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found with the query of &quot;Assign security role to the default owning team&quot;:</source>
        <translation>Encontrado con la consulta de &quot;Asignar un rol de seguridad al equipo propietario predeterminado&quot;:</translation>
    </message>
    <message>
        <location filename="../src/gui/fixes/owningteamdialog.cpp" line="+51"/>
        <source>Business unit and owning teams (%1)</source>
        <translation>Unidad de negocio y equipos propietarios (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;mpanies to fix (%1)</source>
        <translation>E&amp;mpresas que corregir (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the health check first: the facts come from its findings.</source>
        <translation>Ejecute primero la comprobación de estado: los datos proceden de sus hallazgos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), the root business unit&apos;s default team</source>
        <translation>%1 (%2), el equipo predeterminado de la unidad de negocio raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read</source>
        <translation>No leído</translation>
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
        <translation>Desconocido: no se leyó la unidad de negocio o su equipo predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named as the business unit, as expected.</source>
        <translation>Con el nombre de la unidad de negocio, como se esperaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot; (the business unit&apos;s name), found &quot;%2&quot;.</source>
        <translation>Se esperaba &quot;%1&quot; (el nombre de la unidad de negocio) y se encontró &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No fix can be planned: %1</source>
        <translation>No se puede planificar ninguna corrección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every company that syncs through dual-write has a default owning team: nothing to set.</source>
        <translation>Todas las empresas que se sincronizan mediante doble escritura tienen un equipo propietario predeterminado: nada que establecer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets &lt;b&gt;Default owning team&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) on the ticked companies to the root business unit&apos;s default team %1. Afterwards, make sure the team has the dual-write security roles. &lt;a href=&quot;%2&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Establece &lt;b&gt;Equipo propietario predeterminado&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) de las empresas marcadas en el equipo predeterminado de la unidad de negocio raíz, %1. Después, asegúrese de que el equipo tiene los roles de seguridad de doble escritura. &lt;a href=&quot;%2&quot;&gt;Corrección documentada&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dwhealth does not rename the default team. For DWFOEV1006 Microsoft documents two fixes: reset the dual-write connection (see the reset walkthrough), or open a ticket with Microsoft Support giving the default team of the root business unit. The text below has what the ticket needs. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>dwhealth no cambia el nombre del equipo predeterminado. Para DWFOEV1006, Microsoft documenta dos correcciones: restablecer la conexión de doble escritura (consulte la guía de restablecimiento) o abrir una incidencia con el Soporte técnico de Microsoft indicando el equipo predeterminado de la unidad de negocio raíz. El texto siguiente contiene lo que necesita la incidencia. &lt;a href=&quot;%1&quot;&gt;Corrección documentada&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>After the fix, DWDVEV1007: %1. %2</source>
        <translation>Tras la corrección, DWDVEV1007: %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>sin resultado</translation>
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
            <numerusform>%n comprobación: %1</numerusform>
            <numerusform>%n comprobaciones: %1</numerusform>
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
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do about each finding, as Microsoft documents it, with a guided fix where there is one. After fixing, verify in the guided fix or go back and re-run the checks.</source>
        <translation>Qué hacer con cada hallazgo, según lo documenta Microsoft, con una corrección guiada cuando la hay. Después de corregir, verifique en la corrección guiada o vuelva atrás y ejecute de nuevo las comprobaciones.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No findings: every check that ran passed.</source>
        <translation>Sin hallazgos: todas las comprobaciones ejecutadas son correctas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention: %1 (failed: %2, warnings: %3, could not be evaluated: %4).</source>
        <translation>Hallazgos que requieren atención: %1 (con error: %2, advertencias: %3, no se pudieron evaluar: %4).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no code)</source>
        <translation>(sin código)</translation>
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
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documented steps only</source>
        <translation>Solo pasos documentados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Guided fix…</source>
        <translation>Corrección &amp;guiada…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Guided fix for %1…</source>
        <translation>Corrección &amp;guiada de %1…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ReportPage</name>
    <message>
        <location filename="../src/gui/wizard/reportpage.cpp" line="+72"/>
        <source>Changes from the run of %1 to this run:</source>
        <translation>Cambios desde la ejecución de %1 hasta esta ejecución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since the run of %1.</source>
        <translation>Sin cambios desde la ejecución de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New findings</source>
        <translation>Hallazgos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Corregidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>Siguen con error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the health check, what changed since earlier runs, and the report to hand over, in the format you choose.</source>
        <translation>El resultado de la comprobación de estado, lo que ha cambiado desde ejecuciones anteriores y el informe que entregar, en el formato que elija.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Healthy, with warnings to review.</source>
        <translation>En buen estado, con advertencias que revisar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: every check passed.</source>
        <translation>En buen estado: todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not healthy: at least one check failed.</source>
        <translation>No está en buen estado: al menos una comprobación tiene errores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: some checks could not be evaluated.</source>
        <translation>Incompleto: algunas comprobaciones no se pudieron evaluar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataverse: %1&lt;br&gt;Finance and operations: %2&lt;br&gt;Checked %3 to %4 (UTC)&lt;br&gt;dwhealth %5, ruleset %6</source>
        <translation>Dataverse: %1&lt;br&gt;Finanzas y operaciones: %2&lt;br&gt;Comprobado de %3 a %4 (UTC)&lt;br&gt;dwhealth %5, conjunto de reglas %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Entorno simulado: escenario %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prerequisite health check</source>
        <translation>Comprobación de estado de requisitos previos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>Validación de dependencias</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (this run)</source>
        <translation>%1 (esta ejecución)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo runs are not stored in the history: there is nothing to compare with.</source>
        <translation>Las ejecuciones de demostración no se almacenan en el historial: no hay nada con qué comparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was not stored in the history: %1</source>
        <translation>Esta ejecución no se guardó en el historial: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an earlier run to see what changed since then.</source>
        <translation>Elija una ejecución anterior para ver lo que ha cambiado desde entonces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first run of this profile: nothing to compare with yet.</source>
        <translation>Esta es la primera ejecución de este perfil: todavía no hay nada con qué comparar.</translation>
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
        <translation>Logotipo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has the content of this preview, laid out for printing.</source>
        <translation>El PDF tiene el contenido de esta vista previa, maquetado para imprimir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save JSON report</source>
        <translation>Guardar informe JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report (*.%2)</source>
        <translation>Informe %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save evidence bundle</source>
        <translation>Guardar paquete de evidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (*.zip)</source>
        <translation>Paquete de evidencias (*.zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s data is no longer available; run the check again</source>
        <translation>los datos de la ejecución ya no están disponibles; vuelva a ejecutar la comprobación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetImpactPage</name>
    <message>
        <location filename="../src/gui/reset/resetimpactpage.cpp" line="+51"/>
        <source>What the reset deletes</source>
        <translation>Qué elimina el restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset clears every dual-write runtime configuration and removes the maps, integration keys and legal-entity mapping. Save this snapshot first.</source>
        <translation>El restablecimiento borra todas las configuraciones en tiempo de ejecución de doble escritura y quita las asignaciones, las claves de integración y la asignación de entidades jurídicas. Guarde primero esta instantánea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset also deletes DualWriteProjectFieldConfiguration (the field maps of each project) and BusinessEventsDefinition, and with them the default alert settings, activity logs and initial-sync history.

The finance and operations OData API does not expose those tables, so dwhealth cannot list them. What DualWriteProjectConfigurations does expose — each project&apos;s IntegrationKey and FieldMap — is in the Project configurations tab and in the saved snapshot.</source>
        <translation>El restablecimiento también elimina DualWriteProjectFieldConfiguration (las asignaciones de campos de cada proyecto) y BusinessEventsDefinition y, con ellas, la configuración de alertas predeterminada, los registros de actividad y el historial de sincronización inicial.

La API OData de finanzas y operaciones no expone esas tablas, por lo que dwhealth no puede enumerarlas. Lo que sí expone DualWriteProjectConfigurations —IntegrationKey y FieldMap de cada proyecto— está en la pestaña Configuraciones de proyecto y en la instantánea guardada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the dual-write configuration of both environments (reads only)…</source>
        <translation>Leyendo la configuración de doble escritura de ambos entornos (solo lectura)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Runtime configurations (%1)</source>
        <translation>Configuraciones en &amp;tiempo de ejecución (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project configurations (%1)</source>
        <translation>Configuraciones de &amp;proyecto (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal entities (%1)</source>
        <translation>Entidades &amp;jurídicas (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse runtime configurations: %1</source>
        <translation>Configuraciones en tiempo de ejecución de Dataverse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O project configurations: %1</source>
        <translation>Configuraciones de proyecto de F&amp;O: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset deletes %1 Dataverse runtime configurations and %2 finance and operations project configurations.</source>
        <translation>El restablecimiento elimina %1 configuraciones en tiempo de ejecución de Dataverse y %2 configuraciones de proyecto de finanzas y operaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not everything could be read: %1</source>
        <translation>No se pudo leer todo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the reset snapshot</source>
        <translation>Guardar la instantánea del restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The snapshot was not saved: %1</source>
        <translation>La instantánea no se guardó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot saved: %1</source>
        <translation>Instantánea guardada: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetRecheckPage</name>
    <message>
        <location filename="../src/gui/reset/resetrecheckpage.cpp" line="+23"/>
        <source>Health check after the reset</source>
        <translation>Comprobación de estado tras el restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole health check, run again. After a reset the maps start over: findings about them are expected until the solution is applied again.</source>
        <translation>La comprobación de estado completa, ejecutada de nuevo. Tras un restablecimiento, las asignaciones empiezan de cero: se esperan hallazgos sobre ellas hasta que se vuelva a aplicar la solución.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running the health check…</source>
        <translation>Ejecutando la comprobación de estado…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Passed: %1, failed: %2, warnings: %3, could not be evaluated: %4, skipped: %5.</source>
        <translation>Correctas: %1, con error: %2, advertencias: %3, no se pudieron evaluar: %4, omitidas: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override: %1</source>
        <translation>Invalidación: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetStepPage</name>
    <message>
        <location filename="../src/gui/reset/resetsteppage.cpp" line="+28"/>
        <source>Verify once the step is done: dwhealth reads the environment again.</source>
        <translation>Verifique cuando haya completado el paso: dwhealth vuelve a leer el entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The APIs do not show this step; the next page checks what it did.</source>
        <translation>Las API no muestran este paso; la página siguiente comprueba lo que hizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify this step</source>
        <translation>Verificar este paso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: went on although the verification failed (%2)</source>
        <translation>%1: se continuó aunque la verificación falló (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override: %1</source>
        <translation>Invalidación: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the environment…</source>
        <translation>Leyendo el entorno…</translation>
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
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: running (Status %2)</source>
        <translation>%1: en ejecución (estado %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every map is stopped (project configurations: %1).</source>
        <translation>Todas las asignaciones están detenidas (configuraciones de proyecto: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 maps are still running: stop them before the reset, or tick Force Reset.</source>
        <translation>%1 de %2 asignaciones siguen en ejecución: deténgalas antes del restablecimiento o marque Forzar restablecimiento.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dataverse runtime configuration left: %1 (%2)</source>
        <translation>Configuración en tiempo de ejecución restante en Dataverse: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;O project configuration left: %1 (points at %2)</source>
        <translation>Configuración de proyecto restante en F&amp;O: %1 (apunta a %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old configuration is gone: no runtime configuration and no project configuration is left.</source>
        <translation>La configuración antigua ya no existe: no queda ninguna configuración en tiempo de ejecución ni de proyecto.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n configuration row(s) are left after the reset. Rows left in Dataverse are stale: the stale configuration cleanup deletes them.</source>
        <translation>
            <numerusform>Queda %n fila de configuración tras el restablecimiento. Las filas que quedan en Dataverse están obsoletas: la limpieza de configuraciones obsoletas las elimina.</numerusform>
            <numerusform>Quedan %n filas de configuración tras el restablecimiento. Las filas que quedan en Dataverse están obsoletas: la limpieza de configuraciones obsoletas las elimina.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 points at %2, not at the linked environment</source>
        <translation>%1 apunta a %2, no al entorno vinculado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No map is configured yet: apply the solution on the Dual-write page.</source>
        <translation>Aún no hay ninguna asignación configurada: aplique la solución en la página Doble escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project configurations: %1, running: %2; pointing elsewhere: %3.</source>
        <translation>Configuraciones de proyecto: %1, en ejecución: %2; que apuntan a otro lugar: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not exposed through OData; the field maps are in each project&apos;s FieldMap column</source>
        <translation>no se expone mediante OData; las asignaciones de campos están en la columna FieldMap de cada proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exposed through OData</source>
        <translation>no se expone mediante OData</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/reset/resetwalkthrough.cpp" line="+33"/>
        <source>Reset dual-write connections — walkthrough</source>
        <translation>Restablecer conexiones de doble escritura — guía paso a paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset dual-write connections (Microsoft Learn)</source>
        <translation>Restablecer conexiones de doble escritura (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1: stop every map</source>
        <translation>Paso 1: detener todas las asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset needs every dual-write map stopped.</source>
        <translation>El restablecimiento requiere que todas las asignaciones de doble escritura estén detenidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open &lt;b&gt;Data management&lt;/b&gt; → &lt;b&gt;Dual-write&lt;/b&gt;.</source>
        <translation>En las aplicaciones de finanzas y operaciones, abra &lt;b&gt;Administración de datos&lt;/b&gt; → &lt;b&gt;Doble escritura&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every table map and choose &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Seleccione todas las asignaciones de tabla y elija &lt;b&gt;Detener&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until every map shows &lt;b&gt;Not running&lt;/b&gt;, then choose Verify below.</source>
        <translation>Espere hasta que todas las asignaciones muestren &lt;b&gt;No en ejecución&lt;/b&gt; y, a continuación, elija Verificar más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;If a map cannot be stopped, the reset wizard shows a &lt;b&gt;Force Reset&lt;/b&gt; check box that must be ticked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si no se puede detener una asignación, el asistente de restablecimiento muestra una casilla &lt;b&gt;Forzar restablecimiento&lt;/b&gt; que debe marcarse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step 2: reset the link</source>
        <translation>Paso 2: restablecer el vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page (Platform update 54 / 10.0.30 or later).</source>
        <translation>En la página Doble escritura (actualización de plataforma 54 / 10.0.30 o posterior).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Reset link&lt;/b&gt;.</source>
        <translation>En la página &lt;b&gt;Doble escritura&lt;/b&gt;, elija &lt;b&gt;Restablecer vínculo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Choose environment&lt;/b&gt;: keep &lt;b&gt;Power Platform Link Dataverse Environment&lt;/b&gt; (recommended: it re-aligns dual-write with the Power Platform integration, and you cannot go back to the previous environment), or choose &lt;b&gt;Current Dataverse Environment&lt;/b&gt; only where an older release linked another environment. Tick &lt;b&gt;Acknowledge Reset&lt;/b&gt; (and &lt;b&gt;Force Reset&lt;/b&gt; when it is shown).</source>
        <translation>&lt;b&gt;Elegir entorno&lt;/b&gt;: mantenga &lt;b&gt;Entorno de Dataverse del vínculo de Power Platform&lt;/b&gt; (recomendado: vuelve a alinear la doble escritura con la integración de Power Platform, y no se puede volver al entorno anterior) o elija &lt;b&gt;Entorno de Dataverse actual&lt;/b&gt; solo si una versión anterior vinculó otro entorno. Marque &lt;b&gt;Confirmar restablecimiento&lt;/b&gt; (y &lt;b&gt;Forzar restablecimiento&lt;/b&gt; cuando se muestre).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Select legal entities&lt;/b&gt; (the default is None): select the ones saved in the snapshot: %1.</source>
        <translation>&lt;b&gt;Siguiente&lt;/b&gt; → &lt;b&gt;Seleccionar entidades jurídicas&lt;/b&gt; (el valor predeterminado es Ninguna): seleccione las guardadas en la instantánea: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → the &lt;b&gt;Health check&lt;/b&gt; page, then &lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Summary&lt;/b&gt;, and confirm the reset.</source>
        <translation>&lt;b&gt;Siguiente&lt;/b&gt; → la página &lt;b&gt;Comprobación de estado&lt;/b&gt;; después, &lt;b&gt;Siguiente&lt;/b&gt; → &lt;b&gt;Resumen&lt;/b&gt;, y confirme el restablecimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The reset clears DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations and the Dual Write Runtime Configurations in Dataverse; it removes the maps, integration keys, legal-entity mapping, default alert settings, activity logs and initial-sync history, and restores the connection set from the Power Platform integration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El restablecimiento borra DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration y BusinessEventsDefinition en finanzas y operaciones y Dual Write Runtime Configurations en Dataverse; quita las asignaciones, las claves de integración, la asignación de entidades jurídicas, la configuración de alertas predeterminada, los registros de actividad y el historial de sincronización inicial, y restaura el conjunto de conexiones desde la integración de Power Platform.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step 3: check that the old configuration is gone</source>
        <translation>Paso 3: comprobar que la configuración antigua ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale rows left behind are what DWDVEV1004 and DWFOEV1004 report.</source>
        <translation>Las filas obsoletas que quedan son las que notifican DWDVEV1004 y DWFOEV1004.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Right after the reset, and before the solution is applied again, no runtime configuration should be left in Dataverse and no project configuration in finance and operations. Choose Verify to re-read both tables.&lt;/p&gt;&lt;p&gt;Rows left in Dataverse can be deleted with the stale configuration cleanup (DWDVEV1004).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Justo después del restablecimiento, y antes de volver a aplicar la solución, no debería quedar ninguna configuración en tiempo de ejecución en Dataverse ni ninguna configuración de proyecto en finanzas y operaciones. Elija Verificar para volver a leer ambas tablas.&lt;/p&gt;&lt;p&gt;Las filas que quedan en Dataverse se pueden eliminar con la limpieza de configuraciones obsoletas (DWDVEV1004).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 4: apply the solution and start the maps</source>
        <translation>Paso 4: aplicar la solución e iniciar las asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a reset the maps are gone: start over with Apply Solution.</source>
        <translation>Tras un restablecimiento, las asignaciones ya no existen: empiece de nuevo con Aplicar solución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Apply Solution&lt;/b&gt; to publish the default maps again.</source>
        <translation>En la página &lt;b&gt;Doble escritura&lt;/b&gt;, elija &lt;b&gt;Aplicar solución&lt;/b&gt; para volver a publicar las asignaciones predeterminadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the integration keys of the maps you use (the snapshot has the old ones).</source>
        <translation>Compruebe las claves de integración de las asignaciones que usa (la instantánea contiene las antiguas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the maps you need, with initial sync where required, then choose Verify.</source>
        <translation>Inicie las asignaciones que necesite, con sincronización inicial donde sea necesario, y después elija Verificar.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/fixes/restoredialog.cpp" line="+30"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A backup file a guided fix or dwhealth fix wrote before its writes</source>
        <translation>Archivo de copia de seguridad que una corrección guiada o dwhealth fix escribió antes de sus escrituras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the backup and preview the writes that undo it (reads nothing from the environments)</source>
        <translation>Leer la copia de seguridad y previsualizar las escrituras que la deshacen (no lee nada de los entornos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup file: the restore undoes its run, record by record.</source>
        <translation>Elija un archivo de copia de seguridad: la restauración deshace su ejecución, registro por registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in the backup</source>
        <translation>Registros de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each record of the backup and what the restore does with it</source>
        <translation>Cada registro de la copia de seguridad y lo que hace la restauración con él</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>Archivo de copia de segur&amp;idad:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bac&amp;kup records</source>
        <translation>&amp;Registros de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backups (*.json);;All files (*)</source>
        <translation>Copias de seguridad (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter or choose the backup file first.</source>
        <translation>Escriba o elija primero el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup cannot be restored here: %1. Nothing was written.</source>
        <translation>Esta copia de seguridad no se puede restaurar aquí: %1. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Esta copia de seguridad no se puede restaurar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-created or set back as it was</source>
        <translation>se vuelve a crear o se restablece como estaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted again (the run created it)</source>
        <translation>se vuelve a eliminar (la ejecución lo creó)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 from %2: nothing to restore.</source>
        <translation>Copia de seguridad de %1 del %2: no hay nada que restaurar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backup of %1 from %2 (%n record(s)): the restore makes the writes below, one per record, after a backup of what they overwrite.</source>
        <translation>
            <numerusform>Copia de seguridad de %1 del %2 (%n registro): la restauración realiza las escrituras siguientes, una por registro, tras una copia de seguridad de lo que sobrescriben.</numerusform>
            <numerusform>Copia de seguridad de %1 del %2 (%n registros): la restauración realiza las escrituras siguientes, una por registro, tras una copia de seguridad de lo que sobrescriben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::SavedProfiles</name>
    <message>
        <location filename="../src/session/savedprofiles.cpp" line="+20"/>
        <source>no profile is saved as &quot;%1&quot;, and no profile is saved at all (the wizard saves them)</source>
        <translation>no hay ningún perfil guardado como &quot;%1&quot; ni ningún perfil guardado (el asistente los guarda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no profile is saved as &quot;%1&quot;; saved profiles: %2</source>
        <translation>no hay ningún perfil guardado como &quot;%1&quot;; perfiles guardados: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the stored secret is empty</source>
        <translation>el secreto almacenado está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client secret of the saved profile &quot;%1&quot; could not be read from the system keychain: %2; set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin instead</source>
        <translation>no se pudo leer el secreto de cliente del perfil guardado &quot;%1&quot; del llavero del sistema: %2; establezca DWHEALTH_CLIENT_SECRET o use --client-secret-stdin en su lugar</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SecretStore</name>
    <message>
        <location filename="../src/session/secretstore.cpp" line="+32"/>
        <source>no system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running and unlocked)</source>
        <translation>no hay ningún llavero del sistema disponible (en Linux: debe estar en ejecución y desbloqueado un Secret Service como GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain denied access</source>
        <translation>el llavero del sistema denegó el acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access to the system keychain was declined</source>
        <translation>se rechazó el acceso al llavero del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is stored for this profile</source>
        <translation>no hay nada almacenado para este perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no keychain dwhealth can use</source>
        <translation>este sistema no tiene ningún llavero que dwhealth pueda usar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain gave no reason (code %1)</source>
        <translation>el llavero del sistema no indicó ningún motivo (código %1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SessionPage</name>
    <message>
        <location filename="../src/gui/wizard/sessionpage.cpp" line="+32"/>
        <source>Simulated environment</source>
        <translation>Entorno simulado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; every answer comes from the recorded evidence bundle, served by the simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; todas las respuestas proceden del paquete de evidencias registrado, servido por el simulador en este equipo; no se contacta con ningún inquilino real.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Simulated environment&lt;/b&gt; &amp;mdash; scenario &lt;b&gt;%1&lt;/b&gt;. Every answer comes from the built-in simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;Entorno simulado&lt;/b&gt; &amp;mdash; escenario &lt;b&gt;%1&lt;/b&gt;. Todas las respuestas proceden del simulador integrado en este equipo; no se contacta con ningún inquilino real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated environment: scenario %1</source>
        <translation>Entorno simulado: escenario %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/tools/settingsdialog.cpp" line="+36"/>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>dwh::gui::StaleCleanupDialog</name>
    <message>
        <location filename="../src/gui/fixes/stalecleanupdialog.cpp" line="+46"/>
        <source>Clean up stale Dataverse runtime configurations (%1)</source>
        <translation>Limpiar las configuraciones en tiempo de ejecución obsoletas de Dataverse (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean up stale finance and operations project configurations (%1)</source>
        <translation>Limpiar las configuraciones de proyecto obsoletas de finanzas y operaciones (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft&apos;s cleanup deletes the Dual Write Runtime Configurations rows that the current link does not own.</source>
        <translation>La limpieza de Microsoft elimina las filas de Dual Write Runtime Configurations que no pertenecen al vínculo actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s cleanup deletes the DualWriteProjectConfiguration rows that point at another Dataverse environment (two per map).</source>
        <translation>La limpieza de Microsoft elimina las filas de DualWriteProjectConfiguration que apuntan a otro entorno de Dataverse (dos por asignación).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked record is read in full into a backup file first; &lt;code&gt;dwhealth restore&lt;/code&gt; can re-create it. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>Primero se lee cada registro marcado completo en un archivo de copia de seguridad; &lt;code&gt;dwhealth restore&lt;/code&gt; puede volver a crearlo. &lt;a href=&quot;%1&quot;&gt;Corrección documentada&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Stale records (%1)</source>
        <translation>&amp;Registros obsoletos (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run the health check first: the stale records come from its findings.</source>
        <translation>Ejecute primero la comprobación de estado: los registros obsoletos proceden de sus hallazgos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cleanup can be planned: %1</source>
        <translation>No se puede planificar ninguna limpieza: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to clean up: %1</source>
        <translation>Nada que limpiar: %1</translation>
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
        <translation>Sin vínculo: ninguna configuración de proyecto de F&amp;O apunta a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matching map: no project configuration of the current link has this name or entity pair</source>
        <translation>Ninguna asignación coincidente: ninguna configuración de proyecto del vínculo actual tiene este nombre o este par de entidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points at another environment: %1</source>
        <translation>Apunta a otro entorno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment URL (the linked environment is %1)</source>
        <translation>Sin URL de entorno (el entorno vinculado es %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>After the cleanup, %1: %2. %3</source>
        <translation>Tras la limpieza, %1: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
</context>
<context>
    <name>dwh::gui::Status</name>
    <message>
        <location filename="../src/gui/widgets/statusicons.cpp" line="+65"/>
        <source>Passed</source>
        <comment>check status</comment>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>check status</comment>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>check status</comment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>check status: could not be evaluated</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>check status: not finished yet</comment>
        <translation>Pendiente</translation>
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
        <translation>Derecho que falta:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table maps and recent errors</source>
        <translation>Asignaciones de tabla y errores recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>la última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>las últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 7 days</source>
        <translation>los últimos 7 días</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the table maps and the recent errors…</source>
        <translation>Leyendo las asignaciones de tabla y los errores recientes…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read %1. Legal entities: %2 (from %3). Direction and last initial sync: not exposed (kept by the Data Integrator service).</source>
        <translation>Leído %1. Entidades jurídicas: %2 (de %3). Dirección y última sincronización inicial: no expuestas (las guarda el servicio Data Integrator).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table maps could not be read</source>
        <translation>No se pudieron leer las asignaciones de tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dataverse runtime configurations could not be read</source>
        <translation>No se pudieron leer las configuraciones de tiempo de ejecución de Dataverse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (last %2)</source>
        <translation>%1 (último %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataverse errors</source>
        <translation>Errores de Dataverse</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TroubleshooterDialog</name>
    <message>
        <location filename="../src/gui/tools/troubleshooterdialog.cpp" line="+66"/>
        <source>Choose a symptom…</source>
        <translation>Elija un síntoma…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste a message and choose Explain, or pick a symptom: the cause, the documented fix and the checks that confirm it appear here.</source>
        <translation>Pegue un mensaje y elija Explicar, o elija un síntoma: aquí aparecen la causa, la corrección documentada y las comprobaciones que la confirman.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paste a message first, or pick a symptom.</source>
        <translation>Pegue primero un mensaje o elija un síntoma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recognised: this message is not one of the troubleshooting articles&apos; items. Pick the closest symptom from the list.</source>
        <translation>No reconocido: este mensaje no es ninguno de los elementos de los artículos de solución de problemas. Elija el síntoma más parecido de la lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised: %1.</source>
        <translation>Reconocido: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also possible: %1 (pick it from the list).</source>
        <translation>También es posible: %1 (elíjalo en la lista).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it:</source>
        <translation>Quién puede corregirlo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity set</source>
        <translation>Conjunto de entidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AppSource package</source>
        <translation>Paquete de AppSource</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not run</source>
        <translation>No ejecutada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dwhealth check covers this symptom.</source>
        <translation>Ninguna comprobación de dwhealth cubre este síntoma.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>Ejecutando %n comprobación…</numerusform>
            <numerusform>Ejecutando %n comprobaciones…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checks run: %1.</source>
        <translation>Comprobaciones ejecutadas: %1.</translation>
    </message>
</context>
<context>
    <name>dwh::gui::VersionMatrix</name>
    <message>
        <location filename="../src/session/versionmatrix.cpp" line="+38"/>
        <source>Dual Write Core (AppSource solution)</source>
        <translation>Dual Write Core (solución de AppSource)</translation>
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
        <translation>DWHC0202: versiones de las soluciones de doble escritura</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not installed</source>
        <translation>no instalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none documented</source>
        <translation>ninguna documentada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: not installed</source>
        <translation>Error: no instalada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: below required</source>
        <translation>Error: inferior a la requerida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: not a version number</source>
        <translation>Desconocido: no es un número de versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed (not required)</source>
        <translation>No instalada (no requerida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The solutions have not been read yet: run the prerequisite health check first, or choose Verify to read them now.</source>
        <translation>Las soluciones aún no se han leído: ejecute primero la comprobación de estado de requisitos previos o elija Verificar para leerlas ahora.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dual-write solution(s) below the required version or missing.</source>
        <translation>
            <numerusform>%n solución de doble escritura por debajo de la versión requerida o ausente.</numerusform>
            <numerusform>%n soluciones de doble escritura por debajo de la versión requerida o ausentes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every installed dual-write solution meets its required version.</source>
        <translation>Todas las soluciones de doble escritura instaladas cumplen su versión requerida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Power Platform admin center, open the Dataverse environment and choose Dynamics 365 apps.</source>
        <translation>En el Centro de administración de Power Platform, abra el entorno de Dataverse y elija Aplicaciones de Dynamics 365.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update these packages, in this order (Application Core first; the others depend on it):</source>
        <translation>Actualice estos paquetes en este orden (primero Application Core; los demás dependen de él):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update the dual-write packages that contain a solution below its required version.</source>
        <translation>Actualice los paquetes de doble escritura que contienen una solución por debajo de su versión requerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a Dual-write Application Orchestration package (the deprecated monolith) is installed, install the split packages over it: they keep the same solution names, publisher and map versions, so this is a non-breaking upgrade.</source>
        <translation>Si está instalado un paquete Dual-write Application Orchestration (el monolito en desuso), instale encima los paquetes divididos: conservan los mismos nombres de solución, editor y versiones de asignaciones, por lo que es una actualización sin cambios importantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In finance and operations apps, on the Dual-write page, apply the map solutions again (Apply Solution) where the solution shows &quot;Has new changes = Yes&quot;:</source>
        <translation>En las aplicaciones de finanzas y operaciones, en la página Doble escritura, vuelva a aplicar las soluciones de asignaciones (Aplicar solución) donde la solución muestre &quot;Tiene cambios nuevos = Sí&quot;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose Verify to run the solution checks again.</source>
        <translation>Elija Verificar para volver a ejecutar las comprobaciones de soluciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version mismatch errors:</source>
        <translation>Errores de versión no coincidente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages and their contents:</source>
        <translation>Paquetes y su contenido:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying: reading the solutions again…</source>
        <translation>Verificando: leyendo de nuevo las soluciones…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified at %1: %2</source>
        <translation>Verificado a las %1: %2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="+27"/>
        <source>Dual-write health check</source>
        <translation>Comprobación de estado de doble escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the environment to check.</source>
        <translation>Elija el entorno que comprobar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flee&amp;t…</source>
        <translation>Flo&amp;ta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved profile with its last result and trend; check them all at once</source>
        <translation>Todos los perfiles guardados con su último resultado y su tendencia; compruébelos todos a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the tenant, the environment URLs and the app registration on the next page.</source>
        <translation>Escriba el inquilino, las URL de los entornos y el registro de aplicación en la página siguiente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse: %1
Finance and operations: %2</source>
        <translation>Dataverse: %1
Finanzas y operaciones: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Perfiles (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile could not be imported: %1</source>
        <translation>No se pudo importar el perfil: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulator profile</source>
        <translation>perfil del simulador</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WriteRunPanel</name>
    <message>
        <location filename="../src/gui/fixes/writerunpanel.cpp" line="+47"/>
        <location line="+256"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>No record is selected: nothing would be written.</source>
        <translation>No hay ningún registro seleccionado: no se escribiría nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>To confirm %n write(s), type the host name of the environment they go to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>Para confirmar %n escritura, escriba el nombre de host del entorno al que va dirigida: &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>Para confirmar %n escrituras, escriba el nombre de host del entorno al que van dirigidas: &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the simulated environment on this computer)</source>
        <translation> (el entorno simulado en este equipo)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply %n write(s)</source>
        <translation>
            <numerusform>&amp;Aplicar %n escritura</numerusform>
            <numerusform>&amp;Aplicar %n escrituras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the backup file.</source>
        <translation>Elija una carpeta para el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 is not a folder.</source>
        <translation>La carpeta de copia de seguridad %1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not writable.</source>
        <translation>No se puede escribir en la carpeta de copia de seguridad %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This fix has run; the results are above. Close and reopen the guided fix to fix what is left.</source>
        <translation>Esta corrección ya se ha ejecutado; los resultados están arriba. Cierre y vuelva a abrir la corrección guiada para corregir lo que queda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to write.</source>
        <translation>Nada que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not the host name shown above: nothing will be written.</source>
        <translation>Ese no es el nombre de host mostrado arriba: no se escribirá nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup folder</source>
        <translation>Carpeta de copia de seguridad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup folder %1 cannot be created: nothing was written.</source>
        <translation>No se puede crear la carpeta de copia de seguridad %1: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Reading %n record(s) for the backup…</source>
        <translation>
            <numerusform>Leyendo %n registro para la copia de seguridad…</numerusform>
            <numerusform>Leyendo %n registros para la copia de seguridad…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: being written into %1</source>
        <translation>Copia de seguridad: escribiéndose en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup written before the first write: %1</source>
        <translation>Copia de seguridad escrita antes de la primera escritura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %v of %m steps</source>
        <translation>Escribiendo: %v de %m pasos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: not written.</source>
        <translation>Copia de seguridad: no escrita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every record was written. %1</source>
        <translation>No se escribieron todos los registros. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record was written. %1</source>
        <translation>Se escribieron todos los registros. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-check: running the health check again…</source>
        <translation>Nueva comprobación: ejecutando de nuevo la comprobación de estado…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-check of %1 (%2): %3. %4</source>
        <translation>Nueva comprobación de %1 (%2): %3. %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report has no result for it.</source>
        <translation>El informe no tiene ningún resultado para ella.</translation>
    </message>
    <message>
        <location filename="../src/session/writeruntext.cpp" line="+33"/>
        <source>   Header: %1: %2</source>
        <translation>   Encabezado: %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Body: %1</source>
        <translation>   Cuerpo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Record: %1 (%2, %3 %4)</source>
        <translation>   Registro: %1 (%2, %3 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Why: %1</source>
        <translation>   Motivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Backed up first with: GET %1</source>
        <translation>   Copia de seguridad previa con: GET %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (HTTP %1)</source>
        <translation>Error (HTTP %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted</source>
        <translation>No intentada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: may have been applied</source>
        <translation>Desconocido: puede que se haya aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Ya presente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Done: %1, failed: %2, not attempted: %3, unknown: %4.</source>
        <translation>Realizadas: %1, con error: %2, no intentadas: %3, desconocidas: %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped before writing: %1</source>
        <translation>Detenido antes de escribir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: not written</source>
        <translation>Copia de seguridad: no escrita</translation>
    </message>
</context>
<context>
    <name>dwh::sim::Simulator</name>
    <message>
        <location filename="../src/sim/bundlescenario.cpp" line="+129"/>
        <source>Replay of %1 recorded %2</source>
        <translation>Reproducción de %1 registrada %2</translation>
    </message>
</context>
</TS>
