<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/checkpage.ui" line="+16"/>
        <source>Progress of the check</source>
        <translation>チェックの進行状況</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ancel check</source>
        <translation>チェックをキャンセル(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the check; what could not be judged is reported as unknown</source>
        <translation>チェックを停止します。判定できなかった項目は不明として報告されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the check</source>
        <translation>チェックをキャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Re-run</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this step again, for example after fixing a finding</source>
        <translation>このステップを再度実行します (検出結果を修正した後など)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the check</source>
        <translation>チェックを再実行</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chec&amp;ks:</source>
        <translation>チェック(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check with its status, code and message; select one to see its details</source>
        <translation>各チェックの状態、コード、メッセージ。1 つを選択すると詳細が表示されます</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details of the selected check:</source>
        <translation>選択したチェックの詳細(&amp;D)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py details</source>
        <translation>詳細をコピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected check&apos;s details to the clipboard</source>
        <translation>選択したチェックの詳細をクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation>詳細をクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the selected check found: status, codes, records involved and the documented fix</source>
        <translation>選択したチェックの検出内容：状態、コード、関係するレコード、文書化された修正方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected check</source>
        <translation>選択したチェックの詳細</translation>
    </message>
</context>
<context>
    <name>CompanyDiffDialog</name>
    <message>
        <location filename="../ui/companydiffdialog.ui" line="+8"/>
        <source>Companies: dual-write, finance and operations apps and Dataverse</source>
        <translation>会社：二重書き込み、財務と運用アプリ、Dataverse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code or name</source>
        <translation>コードまたは名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the companies whose code or name contains this text (any case)</source>
        <translation>コードまたは名前にこのテキストを含む会社のみを表示します (大文字と小文字は区別しません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search companies by code or name</source>
        <translation>コードまたは名前で会社を検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;differences</source>
        <translation>差異のみ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the companies that match on every side</source>
        <translation>すべての側で一致している会社を非表示にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only companies with differences</source>
        <translation>差異のある会社のみを表示</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every company on either side: whether it exists in finance and operations apps, in Dataverse and in the dual-write selection</source>
        <translation>両側のすべての会社：財務と運用アプリ、Dataverse、二重書き込みの選択のそれぞれに存在するかどうか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies compared across dual-write, finance and operations apps and Dataverse</source>
        <translation>二重書き込み、財務と運用アプリ、Dataverse の間で比較した会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a company to see the steps that fix its difference</source>
        <translation>会社を選択すると、その差異を修正する手順が表示されます</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Fix steps for the selected company:</source>
        <translation>選択した会社の修正手順(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to make the legal entities and the companies match, as Microsoft documents it</source>
        <translation>法人と会社を一致させる方法 (Microsoft の文書に基づく)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps for the selected company</source>
        <translation>選択した会社の修正手順</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After fixing, choose Verify to run the company checks again.</source>
        <translation>修正後、「検証」を選択すると会社のチェックが再実行されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results of the company checks run again</source>
        <translation>再実行した会社のチェックの結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the companies again and re-run only the company checks (DWDVEV1003, DWFOEV1003, DWDVEV1007)</source>
        <translation>会社を再度読み取り、会社のチェック (DWDVEV1003、DWFOEV1003、DWDVEV1007) のみを再実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the company checks again</source>
        <translation>検証：会社のチェックを再実行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid, with the fix steps of every row, as a CSV file</source>
        <translation>グリッドを各行の修正手順とともに CSV ファイルとして保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the company grid as CSV</source>
        <translation>会社グリッドを CSV としてエクスポート</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../ui/credentialspage.ui" line="+20"/>
        <source>Prof&amp;ile name:</source>
        <translation>プロファイル名(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
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
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the profile (never the secret) under its name, to choose it on the first page next time</source>
        <translation>プロファイルを (シークレットは含めずに) 名前を付けて保存し、次回は最初のページで選択できるようにします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile as a JSON file for dwhealth check --profile (never the secret)</source>
        <translation>dwhealth check --profile 用に、プロファイルを JSON ファイルとして保存します (シークレットは含まれません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the profile for the command line</source>
        <translation>コマンド ライン用にプロファイルをエクスポートします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00000000-0000-0000-0000-000000000000 or contoso.onmicrosoft.com</source>
        <translation>00000000-0000-0000-0000-000000000000 または contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dataverse URL:</source>
        <translation>Dataverse URL(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataverse URL</source>
        <translation>Dataverse URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.crm4.dynamics.com</source>
        <translation>https://contoso-uat.crm4.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En&amp;vironment id:</source>
        <translation>環境 ID(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform environment id</source>
        <translation>Power Platform 環境 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0b2c…-guid of the Dataverse environment</source>
        <translation>Dataverse 環境の GUID (0b2c…)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Finance and operations URL:</source>
        <translation>財務と運用の URL(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations URL</source>
        <translation>財務と運用の URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://contoso-uat.sandbox.operations.dynamics.com</source>
        <translation>https://contoso-uat.sandbox.operations.dynamics.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in &amp;mode:</source>
        <translation>サインイン モード(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in mode</source>
        <translation>サインイン モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dwhealth signs in to Microsoft Entra ID</source>
        <translation>dwhealth が Microsoft Entra ID にサインインする方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client id:</source>
        <translation>クライアント ID(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) id of the app registration</source>
        <translation>アプリ登録のアプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client s&amp;ecret:</source>
        <translation>クライアント シークレット(&amp;E)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory only</source>
        <translation>メモリ内にのみ保持されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the client secret in clear text while you type it; it is never saved in the profile</source>
        <translation>入力中のクライアント シークレットを平文で表示します。プロファイルには保存されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the client secret</source>
        <translation>クライアント シークレットを表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>オフにすると、シークレットはメモリ内にのみ保持され、次回も入力を求められます。ファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows the token endpoint, scopes and other settings that are rarely changed</source>
        <translation>トークン エンドポイント、スコープなど、変更することの少ない設定を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;uthority:</source>
        <translation>機関(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority URL</source>
        <translation>機関 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Power Platform API URL:</source>
        <translation>Power Platform API URL(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power Platform API URL</source>
        <translation>Power Platform API URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: computed from the environment id</source>
        <translation>空の場合：環境 ID から算出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal entities:</source>
        <translation>法人(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal entities selected for dual-write</source>
        <translation>二重書き込み用に選択された法人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the companies enabled for dual-write in Dataverse (e.g. USMF, DEMF)</source>
        <translation>空の場合：Dataverse で二重書き込みが有効な会社 (例：USMF、DEMF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entit&amp;y list…</source>
        <translation>エンティティ一覧(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Te&amp;st connection</source>
        <translation>接続テスト(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Dataverse, finance and operations and the Power Platform API, and read who you are</source>
        <translation>Dataverse、財務と運用、Power Platform API にサインインし、サインインしているユーザーを確認します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the tokens of this session and what is remembered in the system keychain; the next test signs in again</source>
        <translation>このセッションのトークンと、システムのキーチェーンに保存された情報を破棄します。次回のテストでは再度サインインします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel t&amp;he test</source>
        <translation>テストのキャンセル(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the connection test under way; nothing is signed in or read any more</source>
        <translation>実行中の接続テストを停止します。以降、サインインや読み取りは行われません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the connection test</source>
        <translation>接続テストのキャンセル</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of the connection test for each service: status and what was wrong</source>
        <translation>各サービスの接続テストの結果：状態と問題点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test results</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&lt;b&gt;What the signed-in identity can check&lt;/b&gt;</source>
        <translation>&lt;b&gt;サインインした ID で実行できるチェック&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The permissions the check needs and whether the signed-in account has them</source>
        <translation>チェックに必要なアクセス許可と、サインインしたアカウントがそれを持っているかどうか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the signed-in identity can run</source>
        <translation>サインインした ID で実行できるチェック</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can run?</source>
        <translation>実行可否</translation>
    </message>
</context>
<context>
    <name>OwningTeamDialog</name>
    <message>
        <location filename="../ui/owningteamdialog.ui" line="+18"/>
        <source>The fix for each company, the default team facts and the support ticket text</source>
        <translation>会社ごとの修正、既定のチームの情報、サポート チケットの本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owning team facts, fix and support ticket</source>
        <translation>所有チームの情報、修正、サポート チケット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facts</source>
        <translation>情報(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Root business unit:</source>
        <translation>ルート部署：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its default team:</source>
        <translation>その既定のチーム：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team name (DWFOEV1006):</source>
        <translation>チーム名 (DWFOEV1006)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Companies that sync through dual-write and their default owning team (DWDVEV1007):</source>
        <translation>二重書き込みで同期する会社とその既定の所有チーム (DWDVEV1007)(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companies and their default owning team</source>
        <translation>会社とその既定の所有チーム</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default owning team</source>
        <translation>既定の所有チーム</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set default owning &amp;team</source>
        <translation>既定の所有チームを設定(&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The companies without an owning team and the team that the fix would set</source>
        <translation>所有チームのない会社と、修正で設定されるチーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies without a default owning team</source>
        <translation>既定の所有チームがない会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked companies get the team shown; Space ticks or clears the current one</source>
        <translation>チェックを付けた会社に、表示されているチームが設定されます。Space キーで現在の会社のチェックを切り替えます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team to set</source>
        <translation>設定するチーム</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support tic&amp;ket</source>
        <translation>サポート チケット(&amp;K)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text of a support ticket with the facts already filled in; copy it into the ticket</source>
        <translation>必要な情報を記入済みのサポート チケットの本文です。チケットにコピーしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket text</source>
        <translation>サポート チケットのテキスト</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ticket text to the clipboard</source>
        <translation>チケットのテキストをクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the support ticket text</source>
        <translation>サポート チケットのテキストをコピー</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <location filename="../ui/remediationpage.ui" line="+31"/>
        <source>F&amp;indings (select one; Enter opens its guided fix):</source>
        <translation>検出結果 (1 つを選択し、Enter キーでガイド付き修正を開きます)(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The findings that need a fix; select one to see its steps and guided fixes</source>
        <translation>修正が必要な検出結果です。選択すると手順とガイド付き修正が表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention</source>
        <translation>対応が必要な検出結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed, warning or unknown check; a guided fix opens with Enter or a double click</source>
        <translation>不合格、警告、不明のすべてのチェック。Enter キーまたはダブルクリックでガイド付き修正が開きます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided fix</source>
        <translation>ガイド付き修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Documented fixes:</source>
        <translation>ドキュメントに記載された修正(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documented fix of the selected finding, step by step, with its link</source>
        <translation>選択した検出結果の文書化された修正方法 (手順とリンク)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented fixes for each finding</source>
        <translation>各検出結果について、ドキュメントに記載された修正</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guided fix…</source>
        <translation>ガイド付き修正(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open the guided fix of the selected finding</source>
        <translation>選択した検出結果のガイド付き修正を開きます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Troubleshoot an error message…</source>
        <translation>エラー メッセージのトラブルシューティング(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an error message from dual-write and see its cause, fix and the checks to run</source>
        <translation>二重書き込みのエラー メッセージを貼り付けて、原因、修正方法、実行すべきチェックを確認します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot an error message</source>
        <translation>エラー メッセージのトラブルシューティング</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;walkthrough…</source>
        <translation>リセットのウォークスルー(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step through resetting the dual-write link</source>
        <translation>二重書き込みリンクのリセットを手順ごとに案内します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset walkthrough</source>
        <translation>リセットのウォークスルー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a guided fix&apos;s writes from the backup file it wrote first</source>
        <translation>ガイド付き修正による書き込みを、その修正が最初に作成したバックアップ ファイルから元に戻します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;py all steps</source>
        <translation>すべての手順をコピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every finding and its fix to the clipboard</source>
        <translation>すべての検出結果とその修正をクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all steps to the clipboard</source>
        <translation>すべての手順をクリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../ui/reportpage.ui" line="+21"/>
        <source>The report as a summary, the changes since the previous run, and the export</source>
        <translation>レポートの概要、前回の実行からの変更、エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report views</source>
        <translation>レポート ビュー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts by status and every finding of this run</source>
        <translation>状態ごとの件数と、この実行のすべての検出結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report summary</source>
        <translation>レポートの概要</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past runs of this profile (choose one to compare it with this run):</source>
        <translation>このプロファイルの過去の実行 (1 つを選択すると今回の実行と比較します)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since the chosen run</source>
        <translation>選択した実行以降の変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report format</source>
        <translation>レポートの形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redact identifiers, URLs and user names</source>
        <translation>識別子、URL、ユーザー名を墨消し(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask the tenant and environment ids, URLs, user names, user ids and e-mail addresses</source>
        <translation>テナント ID と環境 ID、URL、ユーザー名、ユーザー ID、メール アドレスをマスクします</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cus&amp;tomer:</source>
        <translation>顧客(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer on the cover</source>
        <translation>表紙に記載する顧客</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared b&amp;y:</source>
        <translation>作成者(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown when empty</source>
        <translation>空の場合は表示されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant on the cover</source>
        <translation>表紙に記載するコンサルタント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>ロゴ(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image file (PNG, JPEG, …); none when empty</source>
        <translation>画像ファイル (PNG、JPEG など)。空の場合はロゴなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the cover</source>
        <translation>表紙のロゴ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview:</source>
        <translation>プレビュー(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the exported report</source>
        <translation>エクスポートされるレポートのプレビュー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in the chosen format, with these options</source>
        <translation>選択した形式とこれらのオプションでレポートを保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save JSON report…</source>
        <translation>JSON レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full report (schema version 1) as JSON</source>
        <translation>完全なレポート (スキーマ バージョン 1) を JSON として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON report</source>
        <translation>JSON レポートを保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save evi&amp;dence bundle…</source>
        <translation>証拠バンドルを保存(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ZIP file with the report, the HTTP trace (HAR, without any credential) and the data as read, to replay with dwhealth check --replay</source>
        <translation>レポート、HTTP トレース (HAR、資格情報は含みません)、読み取ったデータを含む ZIP ファイル。dwhealth check --replay で再生できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save evidence bundle</source>
        <translation>証拠バンドルを保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table &amp;maps…</source>
        <translation>テーブル マップ(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table map&apos;s state and its recent errors with the documented fix, read live (read-only)</source>
        <translation>各テーブル マップの状態と最近のエラー、およびドキュメントに記載された修正方法をライブで読み取ります (読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps and recent errors</source>
        <translation>テーブル マップと最近のエラー</translation>
    </message>
</context>
<context>
    <name>ResetImpactPage</name>
    <message>
        <location filename="../ui/resetimpactpage.ui" line="+21"/>
        <source>What a reset deletes: the runtime configurations, the project configurations and the legal entity selection</source>
        <translation>リセットで削除されるもの：ランタイム構成、プロジェクト構成、法人の選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reset deletes</source>
        <translation>リセットで削除されるもの</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Runtime configurations</source>
        <translation>ランタイム構成(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write runtime configurations in Dataverse that a reset deletes</source>
        <translation>リセットで削除される Dataverse の二重書き込みランタイム構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse dual-write runtime configurations the reset deletes</source>
        <translation>リセットで削除される Dataverse の二重書き込みランタイム構成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (table map)</source>
        <translation>名前 (テーブル マップ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse table</source>
        <translation>Dataverse テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O entity</source>
        <translation>F&amp;O エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project configurations</source>
        <translation>プロジェクト構成(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write project configurations in finance and operations apps that a reset deletes</source>
        <translation>リセットで削除される財務と運用アプリの二重書き込みプロジェクト構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations project configurations the reset deletes</source>
        <translation>リセットで削除される財務と運用のプロジェクト構成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration key</source>
        <translation>統合キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points at</source>
        <translation>参照先</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal entities</source>
        <translation>法人(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset clears the legal-entity mapping: note these to select them again in the reset wizard.</source>
        <translation>リセットにより法人マッピングが消去されます。リセット ウィザードで再選択できるよう、これらを控えておいてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal entities selected for dual-write, which must be selected again after a reset</source>
        <translation>二重書き込み用に選択された法人。リセット後にもう一度選択する必要があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities selected for dual-write</source>
        <translation>二重書き込み用に選択された法人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Field configurations</source>
        <translation>フィールド構成(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the snapshot &amp;to:</source>
        <translation>スナップショットの保存先(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file the snapshot of what a reset deletes is saved to</source>
        <translation>リセットで削除されるもののスナップショットを保存するファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot file</source>
        <translation>スナップショット ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON file that keeps every row listed above, saved before the reset deletes them</source>
        <translation>上記のすべての行を保持する JSON ファイル。リセットで削除される前に保存されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the snapshot</source>
        <translation>スナップショットの保存先を選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the snapshot file</source>
        <translation>スナップショット ファイルを選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save snapshot</source>
        <translation>スナップショットを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows listed above as JSON (reads only; nothing is changed)</source>
        <translation>上記の行を JSON として保存します (読み取りのみ。何も変更されません)</translation>
    </message>
</context>
<context>
    <name>ResetRecheckPage</name>
    <message>
        <location filename="../ui/resetrecheckpage.ui" line="+16"/>
        <source>Progress of the health check</source>
        <translation>正常性チェックの進行状況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole health check again (reads only)</source>
        <translation>正常性チェック全体を再実行します (読み取りのみ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The result of each check after the reset</source>
        <translation>リセット後の各チェックの結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check and its status</source>
        <translation>すべてのチェックとその状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ResetStepPage</name>
    <message>
        <location filename="../ui/resetsteppage.ui" line="+14"/>
        <source>What to do in this step of the reset, as Microsoft documents it</source>
        <translation>リセットのこのステップで行うこと (Microsoft の文書に基づく)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documented steps</source>
        <translation>ドキュメントに記載された手順</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the environment now and check this step (reads only)</source>
        <translation>今すぐ環境を読み取り、このステップを確認します (読み取りのみ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the verification of this step found</source>
        <translation>このステップの検証結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the verification found, record by record</source>
        <translation>検証の結果 (レコードごと)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go on although the verification failed</source>
        <translation>検証に失敗しても続行する(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when you checked in the product that the step is done: the override is written into the walkthrough&apos;s log</source>
        <translation>ステップが完了していることを製品で確認した場合にのみ使用してください。オーバーライドはウォークスルーのログに記録されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on although the verification failed</source>
        <translation>検証に失敗しても続行する</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+8"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of runs</source>
        <translation>実行の履歴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs &amp;kept per profile:</source>
        <translation>プロファイルごとに保持する実行数(&amp;K):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs kept per profile</source>
        <translation>プロファイルごとに保持する実行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest runs of each profile kept in the history; older runs are removed</source>
        <translation>履歴に保持する各プロファイルの最新の実行。古い実行は削除されます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mega&amp;bytes kept per profile:</source>
        <translation>プロファイルごとに保持するメガバイト数(&amp;B):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Megabytes kept per profile</source>
        <translation>プロファイルごとに保持するメガバイト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size all runs of a profile may take; the oldest runs are removed first</source>
        <translation>1 つのプロファイルのすべての実行が使用できるサイズ。古い実行から削除されます</translation>
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
        <translation>それでも削除する: 二重書き込みページでテーブル マップを確認し、これらのレコードが古いことを確かめました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not establish the link, or finance and operations returned no configuration: the records may only be invisible to this sign-in. Tick only after checking the table maps yourself.</source>
        <translation>チェックでリンクを確認できなかったか、財務と運用アプリが構成を返しませんでした。これらのレコードは、このサインインから見えないだけかもしれません。テーブル マップを自分で確認してからオンにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete without a confirmed link</source>
        <translation>確認済みのリンクなしで削除する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the cleanup although the linked environment could not be confirmed</source>
        <translation>リンク先の環境を確認できなくても、クリーンアップを計画します</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked records are deleted; Space ticks or clears the current one. The tooltip of each reason gives the check&apos;s full explanation.</source>
        <translation>チェックを付けたレコードが削除されます。Space キーで現在のレコードのチェックを切り替えます。各理由のツールヒントに、チェックの詳しい説明が表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stale configuration rows that the cleanup would delete, with the reason for each</source>
        <translation>クリーンアップで削除される古い構成の行と、それぞれの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale configuration records</source>
        <translation>古い構成レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stale record, why the check calls it stale, and its key. Untick a record to keep it.</source>
        <translation>古いレコードごとに、チェックが古いと判断した理由とそのキーを示します。レコードを残すにはチェックを外します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is stale</source>
        <translation>古いと判断した理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity pair</source>
        <translation>エンティティのペア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>TableMapsDialog</name>
    <message>
        <location filename="../ui/tablemapsdialog.ui" line="+8"/>
        <location line="+55"/>
        <source>Table maps</source>
        <translation>テーブル マップ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Errors since:</source>
        <translation>次の日時以降のエラー(&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors since</source>
        <translation>次の日時以降のエラー</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Maps:</source>
        <translation>マップ(&amp;M):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each dual-write table map: its tables, state and recent errors</source>
        <translation>各二重書き込みテーブル マップ: テーブル、状態、最近のエラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent errors and their &amp;documented fix:</source>
        <translation>最近のエラーとドキュメントに記載された修正方法(&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent errors by cause, with the documented fix</source>
        <translation>原因別の最近のエラーと、ドキュメントに記載された修正方法</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Read again</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and the errors again (read-only)</source>
        <translation>マップとエラーを再度読み取ります (読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the maps and errors again</source>
        <translation>マップとエラーを再度読み取る</translation>
    </message>
</context>
<context>
    <name>TroubleshooterDialog</name>
    <message>
        <location filename="../ui/troubleshooterdialog.ui" line="+8"/>
        <source>Troubleshoot a dual-write error message</source>
        <translation>二重書き込みのエラー メッセージのトラブルシューティング</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste an error message from the Dual-write page, a table map or Dataverse:</source>
        <translation>二重書き込みページ、テーブル マップ、または Dataverse のエラー メッセージを貼り付けてください(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error message to explain</source>
        <translation>説明するエラー メッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole message; session and activity ids and solution versions are picked out of it</source>
        <translation>メッセージ全体を貼り付けてください。セッション ID、アクティビティ ID、ソリューションのバージョンが自動的に抽出されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status code does not indicate success: 403 (tokenexchange).</source>
        <translation>例：Response status code does not indicate success: 403 (tokenexchange).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Explain</source>
        <translation>説明(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the message and show its cause and fix (Ctrl+Return)</source>
        <translation>メッセージを認識し、その原因と修正方法を表示します (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the pasted message</source>
        <translation>貼り付けたメッセージを説明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or pick a s&amp;ymptom:</source>
        <translation>または症状を選択(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known symptoms</source>
        <translation>既知の症状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of Microsoft&apos;s dual-write troubleshooting articles</source>
        <translation>Microsoft の二重書き込みトラブルシューティング記事の項目</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the pasted message means: the likely cause, the documented fix and its link</source>
        <translation>貼り付けたメッセージの意味：考えられる原因、文書化された修正方法とそのリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause, fix steps and documentation</source>
        <translation>原因、修正手順、ドキュメント</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parsed &amp;fields:</source>
        <translation>解析されたフィールド(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields found in the message</source>
        <translation>メッセージ内で見つかったフィールド</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Checks that confirm the cause:</source>
        <translation>原因を確認するチェック(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dwhealth checks that can confirm the cause; run them from here</source>
        <translation>原因を確認できる dwhealth のチェックです。ここから実行できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that confirm the cause</source>
        <translation>原因を確認するチェック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run these checks</source>
        <translation>これらのチェックを実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only the checks listed above against the environments now</source>
        <translation>上記のチェックのみを、今すぐ環境に対して実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks that confirm the cause</source>
        <translation>原因を確認するチェックを実行</translation>
    </message>
</context>
<context>
    <name>VersionMatrixDialog</name>
    <message>
        <location filename="../ui/versionmatrixdialog.ui" line="+8"/>
        <source>Dual-write solution versions</source>
        <translation>二重書き込みソリューションのバージョン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Installed and required versions:</source>
        <translation>インストール済みのバージョンと必要なバージョン(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each dual-write solution: installed version, required version and whether it is enough</source>
        <translation>各二重書き込みソリューション：インストール済みのバージョン、必要なバージョン、足りているかどうか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed and required version of every dual-write solution</source>
        <translation>各二重書き込みソリューションのインストール済みバージョンと必要なバージョン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solution</source>
        <translation>ソリューション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppSource package</source>
        <translation>AppSource パッケージ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Upgrade steps:</source>
        <translation>アップグレード手順(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to bring the listed solutions to their required versions</source>
        <translation>一覧のソリューションを必要なバージョンにする方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented upgrade steps</source>
        <translation>ドキュメントに記載されたアップグレード手順</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the solutions again and re-run only the solution checks (DWHC0201, DWHC0202)</source>
        <translation>ソリューションを再度読み取り、ソリューションのチェック (DWHC0201、DWHC0202) のみを再実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify: run the solution checks again</source>
        <translation>検証：ソリューションのチェックを再実行</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.ui" line="+12"/>
        <source>This wizard runs the dual-write health check from outside finance and operations apps, in the same two steps as the product: the &lt;b&gt;prerequisite health check&lt;/b&gt;, then &lt;b&gt;dependency validation&lt;/b&gt; (APIHubConnection, StaleConfiguration and BusinessUnit). Every finding comes with the records involved, the evidence and the documented fix. Nothing is changed in your environments: every request only reads.</source>
        <translation>このウィザードは、財務と運用アプリの外部から、製品と同じ 2 つのステップで二重書き込みの正常性チェックを実行します。まず&lt;b&gt;前提条件の正常性チェック&lt;/b&gt;、次に&lt;b&gt;依存関係の検証&lt;/b&gt; (APIHubConnection、StaleConfiguration、BusinessUnit) です。各検出結果には、関係するレコード、証拠、ドキュメントに記載された修正方法が示されます。環境は一切変更されません。すべての要求は読み取りのみです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Environment profile</source>
        <translation>環境プロファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A saved profile (recently used first), or a new one</source>
        <translation>保存済みのプロファイル (最近使用したものが先頭) または新しいプロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a profile file (JSON) and save it as a new profile</source>
        <translation>プロファイル ファイル (JSON) を読み込み、新しいプロファイルとして保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import profile file…</source>
        <translation>プロファイル ファイルのインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile file</source>
        <translation>プロファイル ファイルのインポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected profile (its keychain secret too)</source>
        <translation>選択したプロファイルを削除します (キーチェーンのシークレットも削除されます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Simulated environment (demo)</source>
        <translation>シミュレーション環境 (デモ)(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a simulated tenant served by the built-in simulator on this computer</source>
        <translation>このコンピューター上の組み込みシミュレーターが提供するシミュレーション テナントをチェックします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated environment</source>
        <translation>シミュレーション環境</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;cenario:</source>
        <translation>シナリオ(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The situation the built-in simulator plays: healthy, or one of the documented failures</source>
        <translation>組み込みシミュレーターが再現する状況：正常、または文書化されたエラーのいずれか</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
</context>
<context>
    <name>WriteRunPanel</name>
    <message>
        <location filename="../ui/writerunpanel.ui" line="+15"/>
        <source>The preview of the writes, then their progress and the result for each record</source>
        <translation>書き込みのプレビュー、その進行状況、レコードごとの結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and results</source>
        <translation>要求と結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Requests to send</source>
        <translation>送信する要求(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every request the fix will send, one per record</source>
        <translation>修正で送信されるすべての要求 (レコードごとに 1 つ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact requests, in the order they are sent. Each record is read in full into the backup file first.</source>
        <translation>送信される順序での正確な要求。各レコードは、まず完全に読み取られてバックアップ ファイルに保存されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ults</source>
        <translation>結果(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result of each write, record by record</source>
        <translation>各書き込みの結果 (レコードごと)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message</source>
        <translation>サーバー メッセージ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been written yet.</source>
        <translation>まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy results</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the backup path, every record&apos;s result and the re-check to the clipboard</source>
        <translation>バックアップのパス、各レコードの結果、再チェックをクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the results to the clipboard</source>
        <translation>結果をクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Backup folder:</source>
        <translation>バックアップ フォルダー(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>バックアップ フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is read in full and saved in a backup file in this folder before the first write; dwhealth restore can re-create them from it</source>
        <translation>最初の書き込みの前に、すべてのレコードが完全に読み取られ、このフォルダー内のバックアップ ファイルに保存されます。dwhealth restore でこのファイルからレコードを再作成できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ch&amp;oose…</source>
        <translation>選択(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the backup file</source>
        <translation>バックアップ ファイルの保存先フォルダーを選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>バックアップ フォルダーを選択</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host name:</source>
        <translation>ホスト名(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the environment&apos;s host name to confirm</source>
        <translation>確認のため環境のホスト名を入力します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the host name shown above: the writes can only start when it matches</source>
        <translation>上に表示されているホスト名を入力してください。一致した場合にのみ書き込みを開始できます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup file, then send the requests one record at a time</source>
        <translation>バックアップ ファイルを書き込んでから、1 レコードずつ要求を送信します</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of the writes</source>
        <translation>書き込みの進行状況</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; records already written stay written (the results say which)</source>
        <translation>以降の要求は送信しません。既に書き込まれたレコードはそのまま残ります (どのレコードかは結果に示されます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the writes</source>
        <translation>書き込みをキャンセル</translation>
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
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Platform</source>
        <translation>Power Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power Platform admin API</source>
        <translation>Power Platform 管理 API</translation>
    </message>
</context>
<context>
    <name>dwh::BackupReader</name>
    <message>
        <location filename="../src/remediation/backupreader.cpp" line="+47"/>
        <source>%1: no client for this service</source>
        <translation>%1：このサービスのクライアントがありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the service did not return the record as a JSON object</source>
        <translation>%1：サービスからレコードが JSON オブジェクトとして返されませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: could not be read for the backup: %2</source>
        <translation>%1：バックアップ用に読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>dwh::BoundedRead</name>
    <message>
        <location filename="../src/core/boundedread.cpp" line="+21"/>
        <source>larger than %1, the most dwhealth reads from such a file</source>
        <translation>%1 を超えています (dwhealth がこの種類のファイルから読み取る上限です)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
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
        <translation>サービスのクライアントがありません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1：不正な応答：JSON ではなく HTML ページが返されました (状態 %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; read twice differently</source>
        <translation>%1: 不正な応答です: &quot;@odata.nextLink&quot; が 2 回異なる値で読み取られました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: malformed answer: &quot;@odata.nextLink&quot; is not a valid URL</source>
        <translation>%1：不正な応答：&quot;@odata.nextLink&quot; が有効な URL ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: paging link points elsewhere (%2)</source>
        <translation>%1：ページング リンクが別の場所を指しています (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: more than %2 pages (%3 rows read); the rest was not read (raise the cap with --max-pages)</source>
        <translation>%1: %2 ページを超えています (%3 行を読み取り済み)。残りは読み取られていません (--max-pages で上限を引き上げてください)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: paging loop: the next-page link repeats a page already read</source>
        <translation>%1：ページング ループ：次ページのリンクが既に読み取ったページを繰り返しています</translation>
    </message>
</context>
<context>
    <name>dwh::Collector</name>
    <message>
        <location filename="../src/net/collector.cpp" line="+120"/>
        <source>Power Platform: no address; the profile has neither an environment id nor a powerPlatform.url</source>
        <translation>Power Platform：アドレスがありません。プロファイルに環境 ID も powerPlatform.url もありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power Platform admin API: not configured (the profile sets powerPlatform.url but not powerPlatform.adminUrl)</source>
        <translation>Power Platform 管理 API: 構成されていません (プロファイルに powerPlatform.url は設定されていますが、powerPlatform.adminUrl は設定されていません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no address in the profile</source>
        <translation>%1：プロファイルにアドレスがありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not read: %1 failed: %2</source>
        <translation>未読み取り：%1 が失敗しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not read: %1 returned no UserId</source>
        <translation>未読み取り：%1 が UserId を返しませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not read: the profile has no dataverse.environmentId</source>
        <translation>読み取られていません: プロファイルに dataverse.environmentId がありません</translation>
    </message>
</context>
<context>
    <name>dwh::CompanyDiff</name>
    <message>
        <location filename="../src/remediation/companydiff.cpp" line="+28"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option 1: remove %1 from the dual-write selection. On the Dual-write page in finance and operations apps, select Environment details and remove the legal entity on the Legal entities tab.</source>
        <translation>オプション 1：%1 を二重書き込みの選択から削除します。財務と運用アプリの二重書き込みページで「環境の詳細」を選択し、「法人」タブでその法人を削除します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option 3: reset the dual-write link (Reset link on the Dual-write page, with all table maps stopped) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>オプション 3：二重書き込みリンクをリセットし (すべてのテーブル マップを停止した状態で、二重書き込みページの「リンクのリセット」を使用)、両側に存在する法人のみを選択します。リセットにより、テーブル マップ、統合キー、法人マッピング、ランタイム構成が削除されます。その後、ソリューションを再度適用してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: create the legal entity %2 in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities).</source>
        <translation>%1：財務と運用アプリで法人 %2 を作成します (組織管理 &gt; 組織 &gt; 法人)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and name &quot;%1&quot;</source>
        <translation> (名前 &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: create the company %2 in Dataverse. The Legal entities (cdm_companies) table map copies every legal entity enabled for dual-write to the Company table (LegalEntityId to cdm_companycode, Name to cdm_name): run that map, or add a Company row with company code %2%3 in the Power Apps maker portal (Tables &gt; Company).</source>
        <translation>%1：Dataverse で会社 %2 を作成します。法人 (cdm_companies) テーブル マップは、二重書き込みが有効なすべての法人を会社テーブルにコピーします (LegalEntityId を cdm_companycode に、Name を cdm_name に)。このマップを実行するか、Power Apps 作成者ポータル (テーブル &gt; 会社) で会社コード %2%3 の会社行を追加してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing in Dataverse (DWDVEV1003)</source>
        <translation>Dataverse に存在しない (DWDVEV1003)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in Dataverse</source>
        <translation>Dataverse に存在しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in finance and operations apps (DWFOEV1003)</source>
        <translation>財務と運用アプリに存在しない (DWFOEV1003)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in finance and operations apps</source>
        <translation>財務と運用アプリに存在しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default owning team (DWDVEV1007)</source>
        <translation>既定の所有チームなし (DWDVEV1007)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected, but not enabled for dual-write in Dataverse</source>
        <translation>選択済みだが、Dataverse で二重書き込みが有効になっていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write in Dataverse, but not selected in the profile</source>
        <translation>Dataverse で二重書き込みが有効だが、プロファイルで選択されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Company rows with this code in Dataverse</source>
        <translation>Dataverse にこのコードの会社行が %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names differ</source>
        <translation>名前が異なる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code spelled differently (%1); matched anyway</source>
        <translation>コードの表記が異なります (%1)。一致として扱いました</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Option 2</source>
        <translation>オプション 2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Then</source>
        <translation>その後</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enable %1 for dual-write: select it among the legal entities of the dual-write link on the Dual-write page (Environment details &gt; Legal entities). Dataverse then marks its Company row Is Enabled for Dual Write and creates its business unit and default owning team. If it should not sync, remove it from dualWrite.legalEntities in the profile.</source>
        <translation>%1 の二重書き込みを有効にします：二重書き込みページ (環境の詳細 &gt; 法人) で、二重書き込みリンクの法人の中からこの法人を選択します。これにより Dataverse は会社行を「Is Enabled for Dual Write」に設定し、部署と既定の所有チームを作成します。同期しない場合は、プロファイルの dualWrite.legalEntities から削除してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the default owning team of %1: in the Power Apps maker portal, open Tables &gt; Company, show the Default owning team column and select a team for this company.</source>
        <translation>%1 の既定の所有チームを設定します：Power Apps 作成者ポータルで「テーブル &gt; 会社」を開き、「既定の所有チーム」列を表示して、この会社のチームを選択します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the appropriate security roles to that team (Dual-write runtime user, Dual-write app user and the roles for the in-scope tables).</source>
        <translation>そのチームに適切なセキュリティ ロールを割り当てます (Dual-write runtime user、Dual-write app user、および対象テーブルのロール)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is enabled for dual-write in Dataverse but not listed in dualWrite.legalEntities of the profile: add it there so that the checks cover it, or remove it from the dual-write legal entities on the Dual-write page.</source>
        <translation>%1 は Dataverse で二重書き込みが有効になっていますが、プロファイルの dualWrite.legalEntities に含まれていません。チェックの対象にするにはそこに追加するか、二重書き込みページで二重書き込みの法人から削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep one Company row with code %1 in Dataverse: duplicate company rows stop the link (&quot;Saving connection set failed! An item with the same key has already been added.&quot;).</source>
        <translation>Dataverse でコード %1 の会社行を 1 つだけ残します：会社行が重複しているとリンクが停止します (&quot;Saving connection set failed! An item with the same key has already been added.&quot;)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;O name</source>
        <translation>F&amp;O 名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse name</source>
        <translation>Dataverse 名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled for dual-write</source>
        <translation>二重書き込み有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team</source>
        <translation>既定の所有チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix steps</source>
        <translation>修正手順</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(missing)</source>
        <translation>(存在しない)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenForm</name>
    <message>
        <location filename="../src/net/delegatedtokenform.cpp" line="+89"/>
        <source>malformed answer: the device code answer is not a JSON object</source>
        <translation>不正な応答：デバイス コードの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed answer: the device code answer has no device_code, user_code or verification_uri</source>
        <translation>不正な応答：デバイス コードの応答に device_code、user_code、verification_uri のいずれかがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed answer: the device code answer has no usable expires_in</source>
        <translation>不正な応答：デバイス コードの応答に使用可能な expires_in がありません</translation>
    </message>
</context>
<context>
    <name>dwh::DelegatedTokenProvider</name>
    <message>
        <location filename="../src/net/delegatedtokenprovider.cpp" line="+86"/>
        <source>%1: signed out before a token was issued</source>
        <translation>%1：トークンが発行される前にサインアウトされました</translation>
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
        <translation>サインインするには、ブラウザーで %1 を開き、コード %2 を入力してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the device code expired after %2 s without a sign-in</source>
        <translation>%1：サインインされないまま %2 秒が経過し、デバイス コードの有効期限が切れました</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: the device code expired before the sign-in was completed: %2</source>
        <translation>%1：サインインが完了する前にデバイス コードの有効期限が切れました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sign-in was declined: %2</source>
        <translation>%1：サインインが拒否されました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the device code was not recognised: %2</source>
        <translation>%1：デバイス コードが認識されませんでした：%2</translation>
    </message>
</context>
<context>
    <name>dwh::ErrorMessages</name>
    <message>
        <location filename="../src/net/errormessages.cpp" line="+131"/>
        <source>%1 returned an HTML page instead of JSON (status %2)</source>
        <translation>%1 が JSON ではなく HTML ページを返しました (状態 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an answer that is not JSON: %1</source>
        <translation>JSON ではない応答：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 throttled the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 がサインインをスロットリングしました：%2 (HTTP %3、%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with a server error during the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 でサインイン中にサーバー エラーが発生しました：%2 (HTTP %3、%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2 (HTTP %3, %4)</source>
        <translation>%1 がサインインを拒否しました：%2 (HTTP %3、%4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 refused the access token (401): %2</source>
        <translation>%1 がアクセス トークンを拒否しました (401)：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with an empty body</source>
        <translation>%1 が空の本文で %2 を返しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 が %2 を返しました：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 redirected the request (%2) to %3; dwhealth does not follow redirects — check the URL in the profile</source>
        <translation>%1 が要求 (%2) を %3 にリダイレクトしました。dwhealth はリダイレクトに従いません。プロファイルの URL を確認してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown location</source>
        <translation>不明な場所</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to %1 at %2: the connection was refused</source>
        <translation>%2 の %1 に接続できませんでした：接続が拒否されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1: host %2 was not found</source>
        <translation>%1 に到達できませんでした：ホスト %2 が見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) closed the connection before answering</source>
        <translation>%1 (%2) が応答する前に接続を閉じました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) closed the connection after the request was sent, before answering; dwhealth never sends a write twice on its own</source>
        <translation>%1 (%2) は、要求の送信後、応答する前に接続を閉じました。dwhealth が書き込みを自動的に 2 回送信することはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate not trusted for %1 (%2): %3; the connection was refused; dwhealth never ignores certificate errors</source>
        <translation>%1 (%2) の TLS 証明書は信頼されていません：%3。接続は拒否されました。dwhealth が証明書エラーを無視することはありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) did not answer: the connection timed out</source>
        <translation>%1 (%2) から応答がありません：接続がタイムアウトしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1 (%2): %3</source>
        <translation>%1 (%2) に到達できませんでした：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトを受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>got %1 bytes</source>
        <translation>%1 バイトを受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) closed the connection before the answer was complete (%3)</source>
        <translation>%1 (%2) が応答の完了前に接続を閉じました (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: malformed answer: an HTML page instead of JSON (status %2)</source>
        <translation>%1：不正な応答：JSON ではなく HTML ページが返されました (状態 %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: malformed answer: labelled %2 instead of JSON (status %3); a proxy or a sign-in page may be answering instead of the service</source>
        <translation>%1：不正な応答：JSON ではなく %2 として返されました (状態 %3)。サービスの代わりにプロキシまたはサインイン ページが応答している可能性があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer: timed out after %2 s</source>
        <translation>%1 から応答がありません：%2 秒後にタイムアウトしました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an answer larger than %2 MiB; the request was aborted</source>
        <translation>%1 が %2 MiB を超える応答を送信したため、要求を中止しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no Retry-After</source>
        <translation>Retry-After なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry-After %1 s</source>
        <translation>Retry-After %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry-After %1</source>
        <translation>Retry-After %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>1 回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1 回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the request (%2, %3) %4; gave up</source>
        <translation>%1 が要求を %4 スロットリングしました (%2、%3)。再試行を中止しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was unavailable (%2, %3) %4; gave up</source>
        <translation>%1 が %4 利用不可を返しました (%2、%3)。再試行を中止しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (waiting again would pass the retry budget)</source>
        <translation> (再度待機すると再試行の上限を超えます)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 request refused: %2 %3</source>
        <translation>%1 の要求が拒否されました：%2 %3</translation>
    </message>
</context>
<context>
    <name>dwh::HealthEngine</name>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+51"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline of %1 reached</source>
        <translation>期限 %1 に達しました</translation>
    </message>
    <message>
        <location filename="../src/engine/dependencygate.cpp" line="+24"/>
        <source>Not run: the prerequisite health check has not run.</source>
        <translation>未実行：前提条件の正常性チェックが実行されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: a prerequisite failed (%1).</source>
        <translation>未実行：前提条件が不合格です (%1)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run although a prerequisite failed (%1), because --force-dependencies was given.</source>
        <translation>--force-dependencies が指定されたため、前提条件が不合格 (%1) でも実行しました。</translation>
    </message>
    <message>
        <location filename="../src/engine/healthengine.cpp" line="+211"/>
        <source>The run was stopped (%1); the checks whose data was not read by then are unknown.</source>
        <translation>実行は停止されました (%1)。その時点までにデータが読み取られていないチェックは不明となります。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not run: the check was cancelled.</source>
        <translation>未実行：チェックがキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>dwh::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="+120"/>
        <source>more than %1 runs started in the same millisecond in %2</source>
        <translation>%2 で同じミリ秒内に %1 件を超える実行が開始されました</translation>
    </message>
</context>
<context>
    <name>dwh::HtmlWriter</name>
    <message>
        <location filename="../src/report/htmlwriter.cpp" line="+111"/>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents:</source>
        <translation>目次：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Executive summary</source>
        <translation>エグゼクティブ サマリー</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+186"/>
        <source>Findings and fixes</source>
        <translation>検出結果と修正</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+216"/>
        <source>Appendix</source>
        <translation>付録</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>How to read this report</source>
        <translation>このレポートの読み方</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dual-write health check report</source>
        <translation>二重書き込み正常性チェック レポート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>このレポートでは、テナントと環境の識別子、URL、ユーザー名、メール アドレスが墨消しされています。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records involved</source>
        <translation>関係するレコード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps are those of finding %1.</source>
        <translation>手順は検出結果 %1 と同じです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>ドキュメント：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tool version</source>
        <translation>ツールのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>ルールセットのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>強制 (--force-dependencies)：前提条件が不合格でも実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks run</source>
        <translation>実行したチェック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check id</source>
        <translation>チェック ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write health check: %1</source>
        <translation>二重書き込み正常性チェック：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by dwhealth %1, ruleset %2.</source>
        <translation>dwhealth %1 (ルールセット %2) で生成されました。</translation>
    </message>
</context>
<context>
    <name>dwh::InteractiveTokenProvider</name>
    <message>
        <location filename="../src/net/interactivetokenprovider.cpp" line="+69"/>
        <source>%1: cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation>%1：ブラウザーからの応答を 127.0.0.1 で待ち受けできません</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 refused the sign-in in the browser: %2 (%3)</source>
        <translation>%1 がブラウザーでのサインインを拒否しました：%2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored</source>
        <translation>%1：ブラウザーからの応答はこのサインインのものではありません (state の不一致)。無視されました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the browser&apos;s answer carries no authorization code</source>
        <translation>%1：ブラウザーからの応答に承認コードが含まれていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the sign-in in the browser did not finish within %2 s</source>
        <translation>%1：ブラウザーでのサインインが %2 秒以内に完了しませんでした</translation>
    </message>
</context>
<context>
    <name>dwh::Language</name>
    <message>
        <location filename="../src/i18n/language.cpp" line="+132"/>
        <source>no catalogue for the language &quot;%1&quot;; the texts stay English</source>
        <translation>言語 &quot;%1&quot; のカタログがありません。テキストは英語のままです</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt&apos;s own catalogue for &quot;%1&quot; is not installed (package qt6-translations-l10n); the standard buttons stay English</source>
        <translation>&quot;%1&quot; 用の Qt のカタログがインストールされていません (パッケージ qt6-translations-l10n)。標準のボタンは英語のままです</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--lang takes one of: %1; not &quot;%2&quot;</source>
        <translation>--lang には次のいずれかを指定します：%1 (&quot;%2&quot; は指定できません)</translation>
    </message>
</context>
<context>
    <name>dwh::LoopbackReplyHandler</name>
    <message>
        <location filename="../src/net/loopbackreplyhandler.cpp" line="+14"/>
        <source>Sign-in to dwhealth finished. You can close this window and go back to dwhealth.</source>
        <translation>dwhealth へのサインインが完了しました。このウィンドウを閉じて dwhealth に戻ってください。</translation>
    </message>
</context>
<context>
    <name>dwh::Maps</name>
    <message>
        <location filename="../src/maps/maperrors.cpp" line="+107"/>
        <source>table %1</source>
        <translation>テーブル %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../src/maps/mapsbuilder.cpp" line="+32"/>
        <source>read access to the dual-write project configurations in finance and operations apps (DualWriteProjectConfigurations; the System administrator role, as on the Dual-write page)</source>
        <translation>財務と運用アプリの二重書き込みプロジェクト構成 (DualWriteProjectConfigurations) への読み取りアクセス (Dual-write ページと同様にシステム管理者ロール)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Read privilege on the Dual Write Runtime Configuration table in Dataverse (System Administrator)</source>
        <translation>Dataverse の Dual Write Runtime Configuration テーブルに対する読み取り権限 (System Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Plug-in Trace Log table in Dataverse (prvReadPluginTraceLog; System Administrator has it)</source>
        <translation>Dataverse の Plug-in Trace Log テーブルに対する読み取り権限 (prvReadPluginTraceLog。System Administrator が保持しています)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Read privilege on the Organization table in Dataverse</source>
        <translation>Dataverse の Organization テーブルに対する読み取り権限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Read privilege on the Company table (cdm_company) in Dataverse</source>
        <translation>Dataverse の Company テーブル (cdm_company) に対する読み取り権限</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not exposed: a map&apos;s direction is kept by the Data Integrator service behind the Dual-write page, whose API is not documented (docs/wire.md)</source>
        <translation>公開されていません: マップの方向は二重書き込み (Dual-write) ページの背後にある Data Integrator サービスが保持しており、その API はドキュメント化されていません (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not exposed: the initial-sync executions (the Dual-write page&apos;s Initial sync details tab) are kept by the Data Integrator service, whose API is not documented (docs/wire.md)</source>
        <translation>公開されていません: 初期同期の実行 (二重書き込み (Dual-write) ページの [初期同期の詳細] タブ) は Data Integrator サービスが保持しており、その API はドキュメント化されていません (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not exposed: finance and operations apps keep dual-write errors in the DualWriteErrorLog table (with debug mode on), which is not documented as an OData entity; open it in the table browser (docs/wire.md)</source>
        <translation>公開されていません: 財務と運用アプリは二重書き込みエラーを DualWriteErrorLog テーブルに保持します (デバッグ モードがオンの場合)。このテーブルは OData エンティティとしてドキュメント化されていないため、テーブル ブラウザーで開いてください (docs/wire.md)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profile (dualWrite.legalEntities)</source>
        <translation>プロファイル (dualWrite.legalEntities)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Dataverse companies enabled for dual-write (the selection itself is not exposed)</source>
        <translation>二重書き込みが有効な Dataverse の会社 (選択内容自体は公開されていません)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>its project configurations in finance and operations apps disagree (Status %1)</source>
        <translation>財務と運用アプリのプロジェクト構成が一致していません (Status %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status &quot;%1&quot; is not a documented value (Enabled, Disabled, Queueing)</source>
        <translation>Status &quot;%1&quot; はドキュメントに記載された値 (Enabled、Disabled、Queueing) ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in finance and operations apps, but Dataverse has no runtime configuration for it: changes made in Dataverse are not written to finance and operations apps; stop the map and run it again (live-sync troubleshooting)</source>
        <translation>財務と運用アプリでは %1 ですが、Dataverse にこのマップのランタイム構成がありません。Dataverse で行った変更は財務と運用アプリに書き込まれません。マップを停止してから再度実行してください (ライブ同期のトラブルシューティング)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its project configuration points at another Dataverse environment (%1): a stale configuration (DWFOEV1004)</source>
        <translation>プロジェクト構成が別の Dataverse 環境 (%1) を指しています: 古い構成です (DWFOEV1004)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the plug-in trace log is off in Dataverse (System Settings → Customization → Enable logging to plug-in trace log: Off), so plug-in errors are not recorded</source>
        <translation>Dataverse でプラグイン トレース ログがオフになっているため (システムの設定 → カスタマイズ → プラグイン トレース ログへのログ記録を有効にする: オフ)、プラグインのエラーは記録されません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no errors in the trace log, but whether the trace log is on could not be read: %1</source>
        <translation>トレース ログにエラーはありませんが、トレース ログがオンかどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/maps/mapspdf.cpp" line="+12"/>
        <source>Table maps and recent errors</source>
        <translation>テーブル マップと最近のエラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>%1 に読み取りました。</translation>
    </message>
    <message>
        <location filename="../src/maps/mapstate.cpp" line="+23"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/maps/mapswriter.cpp" line="+31"/>
        <source>%1 Missing right: %2.</source>
        <translation>%1 不足している権限: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (first %2, last %3)</source>
        <translation>%1 (最初 %2、最後 %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recognised by the troubleshooter</source>
        <translation>トラブルシューティング ツールで認識されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent errors since %1</source>
        <translation>%1 以降の最近のエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: unknown. %1</source>
        <translation>Dataverse: 不明です。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse: no error in the dual-write plug-in&apos;s trace log.</source>
        <translation>Dataverse: 二重書き込みプラグインのトレース ログにエラーはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations apps: unknown. %1</source>
        <translation>財務と運用アプリ: 不明です。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maps: %1. First %2, last %3.</source>
        <translation>マップ: %1。最初 %2、最後 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest message: %1</source>
        <translation>最新のメッセージ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix:</source>
        <translation>修正方法:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required role: %1</source>
        <translation>必要なロール: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks that confirm it: %1</source>
        <translation>確認するチェック: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation: %1</source>
        <translation>ドキュメント: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documented symptom matches this message; `dwhealth explain` lists the closest ones.</source>
        <translation>このメッセージに一致するドキュメント化された症状はありません。`dwhealth explain` で最も近いものが一覧表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>相関 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every error</source>
        <translation>すべてのエラー</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 error(s): %2</source>
        <translation>%1 件のエラー: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dual-write errors since %1 (read %2)</source>
        <translation>%1 以降の二重書き込みエラー (%2 に読み取り)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table maps (read %1)</source>
        <translation>テーブル マップ (%1 に読み取り)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table maps could not be read. %1</source>
        <translation>テーブル マップを読み取れませんでした。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps list no table map for this environment.</source>
        <translation>財務と運用アプリには、この環境のテーブル マップがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal entities: %1 (from %2).</source>
        <translation>法人: %1 (%2 から)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors since %1</source>
        <translation>%1 以降のエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: unknown, %1.</source>
        <translation>方向: 不明、%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last initial sync: unknown, %1.</source>
        <translation>前回の初期同期: 不明、%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse runtime configurations: unknown. %1</source>
        <translation>Dataverse のランタイム構成: 不明です。%1</translation>
    </message>
</context>
<context>
    <name>dwh::MarkdownWriter</name>
    <message>
        <location filename="../src/report/markdownwriter.cpp" line="+41"/>
        <source>Dual-write health check: %1</source>
        <translation>二重書き込み正常性チェック：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse: %1</source>
        <translation>Dataverse：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations: %1</source>
        <translation>財務と運用：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run: %1 to %2 (UTC)</source>
        <translation>実行：%1 ～ %2 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1、ルールセット %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.**</source>
        <translation>**合格 %1、不合格 %2、警告 %3、不明 %4、スキップ %5。**</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings and fixes</source>
        <translation>検出結果と修正</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documentation: %1</source>
        <translation>ドキュメント：%1</translation>
    </message>
</context>
<context>
    <name>dwh::ODataPage</name>
    <message>
        <location filename="../src/net/odatapage.cpp" line="+23"/>
        <source>malformed answer: %1</source>
        <translation>不正な応答：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is empty</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>JSON ではありません (オフセット %2 で %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is not a JSON object</source>
        <translation>本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no &quot;value&quot; array</source>
        <translation>&quot;value&quot; 配列がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;value&quot; is not an array</source>
        <translation>&quot;value&quot; が配列ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 of &quot;value&quot; is not an object</source>
        <translation>&quot;value&quot; の行 %1 がオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;@odata.nextLink&quot; is not a URL string</source>
        <translation>&quot;@odata.nextLink&quot; が URL 文字列ではありません</translation>
    </message>
</context>
<context>
    <name>dwh::PdfOptions</name>
    <message>
        <location filename="../src/report/pdfoptions.cpp" line="+33"/>
        <source>%1: not a readable image: %2</source>
        <translation>%1：読み取り可能な画像ではありません：%2</translation>
    </message>
</context>
<context>
    <name>dwh::PdfWriter</name>
    <message>
        <location filename="../src/report/pdfcontent.cpp" line="+177"/>
        <location line="+254"/>
        <source>Executive summary</source>
        <translation>エグゼクティブ サマリー</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+132"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Records involved</source>
        <translation>関係するレコード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps are those of finding %1.</source>
        <translation>手順は検出結果 %1 と同じです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documentation:</source>
        <translation>ドキュメント：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>Findings and fixes</source>
        <translation>検出結果と修正</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <source>Appendix</source>
        <translation>付録</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tool version</source>
        <translation>ツールのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruleset version</source>
        <translation>ルールセットのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced (--force-dependencies): run although a prerequisite failed</source>
        <translation>強制 (--force-dependencies)：前提条件が不合格でも実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks run</source>
        <translation>実行したチェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check id</source>
        <translation>チェック ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How to read this report</source>
        <translation>このレポートの読み方</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>DUAL-WRITE HEALTH CHECK REPORT</source>
        <translation>二重書き込み正常性チェック レポート</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations</source>
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tenant and environment identifiers, URLs, user names and e-mail addresses are redacted in this report.</source>
        <translation>このレポートでは、テナントと環境の識別子、URL、ユーザー名、メール アドレスが墨消しされています。</translation>
    </message>
    <message>
        <location filename="../src/report/pdfwriter.cpp" line="+39"/>
        <location line="+90"/>
        <source>Dual-write health check: %1</source>
        <translation>二重書き込み正常性チェック：%1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>dwhealth %1, ruleset %2</source>
        <translation>dwhealth %1、ルールセット %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <translation>墨消し済み</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>dwh::Profile</name>
    <message>
        <location filename="../src/core/profile.cpp" line="+54"/>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>不明なキー &quot;%1&quot; は無視されました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+52"/>
        <location line="+37"/>
        <location line="+10"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+14"/>
        <location filename="../src/core/profilevalidation.cpp" line="-43"/>
        <source>&quot;%1&quot; %2</source>
        <translation>%2 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile must be a JSON object</source>
        <translation>プロファイルは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; is not one of clientSecret, deviceCode, interactive</source>
        <translation>&quot;%1&quot; は clientSecret、deviceCode、interactive のいずれでもありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be the name of an environment variable (letters, digits and _), not the secret itself</source>
        <translation>環境変数の名前 (英字、数字、_) を指定する必要があります。シークレット自体は指定しないでください</translation>
    </message>
    <message>
        <location filename="../src/core/profilevalidation.cpp" line="+4"/>
        <source>&quot;%1&quot;: the host &quot;%2&quot; is not a full host name such as contoso.crm.dynamics.com</source>
        <translation>&quot;%1&quot;: ホスト &quot;%2&quot; は contoso.crm.dynamics.com のような完全なホスト名ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a GUID</source>
        <translation>&quot;%1&quot; は GUID ではありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com</source>
        <translation>&quot;%1&quot; はテナント ID (GUID) でも contoso.onmicrosoft.com のようなドメインでもありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing (needed to find the Power Platform API host; or set powerPlatform.url)</source>
        <translation>指定されていません (Power Platform API ホストの特定に必要です。または powerPlatform.url を設定してください)</translation>
    </message>
    <message>
        <location filename="../src/core/profile.cpp" line="+9"/>
        <source>must be an array of legal entity codes</source>
        <translation>法人コードの配列である必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/profilevalidation.cpp" line="+5"/>
        <source>must be a non-empty legal entity code</source>
        <translation>空でない法人コードである必要があります</translation>
    </message>
</context>
<context>
    <name>dwh::RecordedFacts</name>
    <message>
        <location filename="../src/bundle/recordedfacts.cpp" line="+18"/>
        <source>the recorded facts are malformed (facts.json, %1): %2</source>
        <translation>記録されたファクトの形式が正しくありません (facts.json、%1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; は文字列ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence %1 is not an object</source>
        <translation>証拠 %1 はオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>evidence %1: %2</source>
        <translation>証拠 %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;state&quot; is not one of &quot;ok&quot;, &quot;failed&quot;, &quot;notFetched&quot;</source>
        <translation>&quot;state&quot; が &quot;ok&quot;、&quot;failed&quot;、&quot;notFetched&quot; のいずれでもありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rows&quot; is not an array</source>
        <translation>&quot;rows&quot; は配列ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of &quot;rows&quot; is not an object</source>
        <translation>&quot;rows&quot; の行 %1 はオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;rows&quot; is missing</source>
        <translation>&quot;rows&quot; がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a failed dataset without an &quot;error&quot;</source>
        <translation>&quot;error&quot; のない失敗したデータセット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;evidence&quot; is not an array</source>
        <translation>&quot;evidence&quot; は配列ではありません</translation>
    </message>
</context>
<context>
    <name>dwh::Remediation</name>
    <message>
        <location filename="../src/remediation/backup.cpp" line="+54"/>
        <source>format: not a dwhealth backup (expected &quot;%1&quot;)</source>
        <translation>format：dwhealth のバックアップではありません (&quot;%1&quot; が必要です)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schemaVersion: %1 is not supported (this version reads %2)</source>
        <translation>schemaVersion：%1 はサポートされていません (このバージョンが読み取れるのは %2 です)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>records: missing or not an array</source>
        <translation>records：存在しないか、配列ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records: %1 entries; a backup holds at most %2</source>
        <translation>records: %1 件のエントリがあります。バックアップに保持できるのは最大 %2 件です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>records[%1]: not an object</source>
        <translation>records[%1]: オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].action: missing or not an object</source>
        <translation>records[%1].action: ないか、オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>records[%1].existed: not true or false</source>
        <translation>records[%1].existed: true でも false でもありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records[%1].record: missing or not an object</source>
        <translation>records[%1].record：存在しないか、オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>オフセット %1 で有効な JSON ではありません：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupfile.cpp" line="+36"/>
        <source>%1: cannot write the backup: %2</source>
        <translation>%1：バックアップを書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../src/remediation/owningteamfix.cpp" line="+34"/>
        <source>the team id &quot;%1&quot; is not a GUID</source>
        <translation>チーム ID &quot;%1&quot; は GUID ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team named by the caller</source>
        <translation>呼び出し元が指定したチーム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the root business unit&apos;s default team could not be read (%1); name a team id instead</source>
        <translation>ルート部署の既定のチームを読み取れませんでした (%1)。代わりにチーム ID を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fetched</source>
        <translation>未取得</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team &quot;%1&quot;</source>
        <translation>ルート部署の既定のチーム &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse returned no default team for the root business unit; name a team id instead</source>
        <translation>Dataverse からルート部署の既定のチームが返されませんでした。代わりにチーム ID を指定してください</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the company&apos;s own owner team &quot;%1&quot; in its business unit &quot;%2&quot;, as Microsoft&apos;s company-data article describes</source>
        <translation>Microsoft の会社データに関する記事の説明どおり、部署 &quot;%2&quot; にある会社自身の所有者チーム &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../src/remediation/stalecleanup.cpp" line="+32"/>
        <source>the details of %1 are malformed (%2), so the records to fix are unknown</source>
        <translation>%1 の詳細が不正なため (%2)、修正対象のレコードが不明です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the company %1 has no usable id (&quot;%2&quot;)</source>
        <translation>会社 %1 に使用可能な ID がありません (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, because no owner team named as the company was found in a business unit of its name</source>
        <translation>%1 (会社と同じ名前の部署に、会社と同じ名前の所有者チームが見つからなかったため)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the company syncs through dual-write and has no default owning team; sets %1 (%2)</source>
        <translation>この会社は二重書き込みで同期されていますが、既定の所有チームがありません。%1 (%2) を設定します</translation>
    </message>
    <message>
        <location filename="../src/remediation/remediationplan.cpp" line="+39"/>
        <source>%1 cannot be fixed by dwhealth; codes it can fix: %2</source>
        <translation>%1 は dwhealth では修正できません。修正できるコード：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report has no result for %1</source>
        <translation>レポートに %1 の結果がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be judged, so the records to fix are unknown: %2</source>
        <translation>%1 を判定できなかったため、修正対象のレコードが不明です：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was skipped: %2</source>
        <translation>%1 はスキップされました：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 failed but its details name no record to fix</source>
        <translation>%1 は不合格ですが、詳細に修正対象のレコードが示されていません</translation>
    </message>
    <message>
        <location filename="../src/remediation/restoreplan.cpp" line="+68"/>
        <source>creates again the record that was deleted (%1)</source>
        <translation>削除されたレコードを再作成します (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not restored, set by Dataverse itself: %2</source>
        <translation>%1：Dataverse 自体が設定するため復元されません：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>sets back the columns the fix changed</source>
        <translation>修正で変更された列を元に戻します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clears %1 again: it was empty before the fix</source>
        <translation>%1 を再びクリアします：修正前は空でした</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>sets %1 back to %2</source>
        <translation>%1 を %2 に戻します</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2 was already empty; nothing to restore</source>
        <translation>%1：%2 は既に空です。復元するものはありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deletes the record the run created: it did not exist before</source>
        <translation>実行で作成されたレコードを削除します：以前は存在しませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: existed before the %2 and was not changed by it; nothing to restore</source>
        <translation>%1：%2 より前から存在し、%2 では変更されていません。復元するものはありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup was taken from %1, but the profile&apos;s %2 environment is %3</source>
        <translation>バックアップは %1 から取得されましたが、プロファイルの %2 環境は %3 です</translation>
    </message>
    <message>
        <location filename="../src/remediation/stalecleanup.cpp" line="+12"/>
        <source>the check could not establish which Dataverse environment is linked (%1)</source>
        <translation>チェックでは、リンクされている Dataverse 環境を特定できませんでした (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the other side&apos;s read returned no dual-write configuration, which may mean the sign-in cannot see them rather than that there are none</source>
        <translation>相手側の読み取りで二重書き込みの構成が返されませんでした。構成が存在しないのではなく、サインインしたアカウントから構成が見えない可能性があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: %1. Check the table maps on the Dual-write page; to delete these records anyway, confirm the override explicitly.</source>
        <translation>拒否されました: %1。二重書き込みページでテーブル マップを確認してください。それでもこれらのレコードを削除する場合は、オーバーライドを明示的に確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override confirmed although %1.</source>
        <translation>次の状況にもかかわらず、オーバーライドが確認されました: %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop these table maps on the Dual-write page first (Microsoft&apos;s cleanup procedure requires it), and run them again afterwards: %1.</source>
        <translation>まず二重書き込みページでこれらのテーブル マップを停止し (Microsoft のクリーンアップ手順で必要です)、その後再度実行してください: %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the stale runtime configuration &quot;%1&quot; has no usable id (&quot;%2&quot;)</source>
        <translation>古いランタイム構成 &quot;%1&quot; に使用可能な ID がありません (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no finance and operations project configuration points at %1, so no runtime configuration belongs to a link (noLink; %2)</source>
        <translation>%1 を参照している財務と運用のプロジェクト構成がないため、どのランタイム構成もリンクに属していません (noLink; %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project configuration of the current link matches it by name or by entity pair (noMatchingProject; %1)</source>
        <translation>現在のリンクのプロジェクト構成に、名前またはエンティティのペアで一致するものがありません (noMatchingProject; %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the configurations without an environment URL are deleted; %1 others could not be judged because the linked Dataverse environment is not known.</source>
        <translation>削除されるのは、環境 URL のない構成のみです。リンクされている Dataverse 環境が不明なため、他の %1 件は判断できませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a stale project configuration has no ProjectName, so it cannot be addressed</source>
        <translation>古いプロジェクト構成に ProjectName がないため、対象を特定できません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no ExternalEnvironmentUrl; the linked Dataverse environment is %1</source>
        <translation>ExternalEnvironmentUrl がありません。リンクされた Dataverse 環境は %1 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points at %1, not at the linked Dataverse environment %2</source>
        <translation>リンクされた Dataverse 環境 %2 ではなく、%1 を参照しています</translation>
    </message>
    <message>
        <location filename="../src/remediation/backupcheck.cpp" line="+147"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string, number or true/false</source>
        <translation>文字列、数値、または true/false</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>column %1 must be a GUID or null</source>
        <translation>列 %1 は GUID または null である必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column %1 is not a column of this table; restore does not send columns it does not know</source>
        <translation>列 %1 はこのテーブルの列ではありません。復元では、認識できない列は送信されません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column %1 must be %2 or null</source>
        <translation>列 %1 は %2 または null である必要があります</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: the profile has no %2 URL</source>
        <translation>%1: プロファイルに %2 の URL がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the backup was taken from %2, but the profile&apos;s %3 environment is %4; restore only writes to the profile&apos;s own hosts</source>
        <translation>%1: バックアップは %2 から取得されましたが、プロファイルの %3 環境は %4 です。復元では、プロファイル自体のホストにのみ書き込みます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unreadable address</source>
        <translation>読み取れないアドレス</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 %3 (%4) is not a write that %5 %6 makes; restore only undoes what dwhealth itself wrote</source>
        <translation>%1: %2 %3 (%4) は %5 %6 が行う書き込みではありません。復元では、dwhealth 自身が書き込んだ内容のみを元に戻します</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the key &quot;%2&quot; is not a GUID</source>
        <translation>%1: キー &quot;%2&quot; は GUID ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the key &quot;%2&quot; is not a project name</source>
        <translation>%1: キー &quot;%2&quot; はプロジェクト名ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its URLs do not address the record it names (%2 %3)</source>
        <translation>%1: URL が、エントリで指定されたレコードを指していません (%2 %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PATCH may only set %2 to a team (/teams(GUID)); restore refuses other columns</source>
        <translation>%1: PATCH で設定できるのは、%2 をチーム (/teams(GUID)) にすることのみです。復元では他の列は拒否されます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a %2 carries no body</source>
        <translation>%1: %2 には本文がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 needs the record as it was (&quot;existed&quot;: true)</source>
        <translation>%1: %2 には元の状態のレコードが必要です (&quot;existed&quot;: true)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the saved %2 must be a GUID or null</source>
        <translation>%1: 保存された %2 は GUID または null である必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the saved record&apos;s %2 is not the key the entry names</source>
        <translation>%1: 保存されたレコードの %2 が、エントリで指定されたキーではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>operation: &quot;%1&quot; is neither fix nor restore</source>
        <translation>operation: &quot;%1&quot; は fix でも restore でもありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: &quot;%1&quot; is not a code dwhealth fixes</source>
        <translation>code: &quot;%1&quot; は dwhealth が修正するコードではありません</translation>
    </message>
    <message>
        <location filename="../src/remediation/targetstate.cpp" line="+44"/>
        <source>the record is still there</source>
        <translation>レコードはまだ存在します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record is gone</source>
        <translation>レコードは削除されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record exists</source>
        <translation>レコードが存在します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the record does not exist</source>
        <translation>レコードが存在しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1 は空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>the record as read has no %1</source>
        <translation>読み取ったレコードに %1 がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another value</source>
        <translation>%1 の値が異なります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the values the write sets</source>
        <translation>書き込みで設定される値になっています</translation>
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
        <translation>%1 を削除 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update %1 (%2): %3</source>
        <translation>%1 を更新 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dwhealth fix %1 previews these writes, backs up each record and applies them after confirmation; the wizard&apos;s guided fix does the same.</source>
        <translation>dwhealth fix %1 はこれらの書き込みをプレビューし、各レコードをバックアップしてから、確認後に適用します。ウィザードのガイド付き修正も同じ処理を行います。</translation>
    </message>
</context>
<context>
    <name>dwh::RemediationRun</name>
    <message>
        <location filename="../src/remediation/remediationrun.cpp" line="+105"/>
        <source>not attempted: %1</source>
        <translation>未試行：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>cancelled before any write</source>
        <translation>書き込み前にキャンセルされました</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the backup could not be made, so nothing was written: %1</source>
        <translation>バックアップを作成できなかったため、何も書き込まれませんでした：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup could not be written, so nothing was written: %1</source>
        <translation>バックアップを書き込めなかったため、何も書き込まれませんでした：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already present: %1; nothing was sent</source>
        <translation>既に存在します: %1。何も送信されませんでした</translation>
    </message>
</context>
<context>
    <name>dwh::Report</name>
    <message>
        <location filename="../src/core/simulatedenvironment.cpp" line="+29"/>
        <source>Simulated environment — not a customer tenant</source>
        <translation>シミュレートされた環境 — 顧客のテナントではありません</translation>
    </message>
</context>
<context>
    <name>dwh::ReportContent</name>
    <message>
        <location filename="../src/report/reportcontent.cpp" line="+27"/>
        <location line="+17"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check found nothing to fix.</source>
        <translation>修正が必要な問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is blocked or broken until this is fixed.</source>
        <translation>これが修正されるまで、二重書き込みはブロックされているか、正常に動作しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write works, but review this before going live.</source>
        <translation>二重書き込みは動作しますが、運用開始前に確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be read, so the check could not be judged; the finding says why.</source>
        <translation>データを読み取れなかったため、チェックを判定できませんでした。理由は検出結果に示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check did not run; the report says why.</source>
        <translation>チェックは実行されませんでした。理由はレポートに示されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prerequisite health check</source>
        <translation>前提条件の正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microsoft&apos;s description: %1</source>
        <translation>Microsoft の説明: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action needed: %1 of %2 checks failed.</source>
        <translation>対応が必要：%2 件中 %1 件のチェックが不合格です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: %1 of %2 checks could not be evaluated.</source>
        <translation>不完全：%2 件中 %1 件のチェックを評価できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed with warnings: %1 of %2 checks need a review before going live.</source>
        <translation>警告付きで合格：%2 件中 %1 件のチェックについて、運用開始前に確認が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy: every check passed.</source>
        <translation>正常：すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>… and %1 more (all of them are in the JSON report).</source>
        <translation>… ほか %1 件 (すべて JSON レポートに含まれています)。</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDetails</name>
    <message>
        <location filename="../src/report/detaillabels.cpp" line="+18"/>
        <source>Below the consent threshold</source>
        <translation>同意のしきい値未満</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the security update</source>
        <translation>セキュリティ更新プログラム未満</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud-hosted</source>
        <translation>クラウドホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to be cloud-hosted because</source>
        <translation>クラウドホストと判断した理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent threshold</source>
        <translation>同意のしきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core version</source>
        <translation>Dual Write Core のバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and operations user</source>
        <translation>財務と運用のユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy application required</source>
        <translation>レガシ アプリケーションが必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release notes</source>
        <translation>リリース ノート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required roles</source>
        <translation>必要なロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security update minimum</source>
        <translation>セキュリティ更新プログラムの最小バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrators</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique name</source>
        <translation>一意の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies</source>
        <translation>アセンブリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assemblies without steps</source>
        <translation>ステップのないアセンブリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit ID</source>
        <translation>部署 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team</source>
        <translation>既定のチーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled steps</source>
        <translation>無効なステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O project configurations</source>
        <translation>F&amp;O プロジェクト構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync limit</source>
        <translation>初期同期の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entities</source>
        <translation>法人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity count</source>
        <translation>法人の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link basis</source>
        <translation>リンクの根拠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked projects</source>
        <translation>リンクされたプロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked URL</source>
        <translation>リンク先 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync limit</source>
        <translation>ライブ同期の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed</source>
        <translation>形式が不正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units</source>
        <translation>マップされた部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped business units not read</source>
        <translation>読み取られなかったマップ済みの部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing assemblies</source>
        <translation>不足しているアセンブリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in Dataverse</source>
        <translation>Dataverse にない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed (records left out of the report, per list)</source>
        <translation>一覧に含まれないもの (レポートから除外されたレコード、一覧ごと)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>所有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection readable</source>
        <translation>選択内容の読み取り可否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With team</source>
        <translation>チームあり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without team</source>
        <translation>チームなし</translation>
    </message>
</context>
<context>
    <name>dwh::ReportDiff</name>
    <message>
        <location filename="../src/history/reportdiff.cpp" line="+143"/>
        <source>Changes from the run of %1 to the run of %2: %3
</source>
        <translation>%1 の実行から %2 の実行への変更：%3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New findings</source>
        <translation>新しい検出結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>引き続き不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>状態の変更</translation>
    </message>
</context>
<context>
    <name>dwh::ReportWriter</name>
    <message>
        <location filename="../src/report/reportwriter.cpp" line="+45"/>
        <source>unknown report format &quot;%1&quot;</source>
        <translation>不明なレポート形式 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot write to stdout</source>
        <translation>stdout に書き込めません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>dwh::Rules</name>
    <message>
        <location filename="../src/rules/catalogue.cpp" line="+22"/>
        <source>In finance and operations apps, open Data management &gt; Dual-write and stop all table maps.</source>
        <translation>財務と運用アプリで「データ管理 &gt; 二重書き込み」を開き、すべてのテーブル マップを停止します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Know what the reset deletes before you start: the dual-write runtime configuration (finance and operations tables DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition, and the Dataverse table Dual Write Runtime Configurations) and all dual-write configuration data: table maps, integration keys, legal-entity mapping, alert settings, activity logs and initial-sync history.</source>
        <translation>開始する前に、リセットで削除されるものを把握してください：二重書き込みのランタイム構成 (財務と運用のテーブル DualWriteProjectConfiguration、DualWriteProjectFieldConfiguration、BusinessEventsDefinition、および Dataverse のテーブル Dual Write Runtime Configurations) と、すべての二重書き込み構成データ (テーブル マップ、統合キー、法人マッピング、アラート設定、アクティビティ ログ、初期同期の履歴) です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select Reset link. Choose Power Platform Link Dataverse Environment (recommended), select Acknowledge Reset (and Force Reset if maps were still running), select the legal entities, review the health check page and finish the wizard.</source>
        <translation>「リンクのリセット」を選択します。「Power Platform Link Dataverse Environment」(推奨) を選び、「Acknowledge Reset」(マップがまだ実行中だった場合は「Force Reset」も) を選択し、法人を選択して、正常性チェックのページを確認し、ウィザードを完了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the reset, apply the dual-write solutions again (Apply Solution), start the table maps and run the initial synchronization where needed.</source>
        <translation>リセット後、二重書き込みソリューションを再度適用し (「ソリューションの適用」)、テーブル マップを開始して、必要に応じて初期同期を実行します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Microsoft Dataverse connection used by dual-write is missing or not connected.</source>
        <translation>Power Apps 作成者ポータル (https://make.powerapps.com) で二重書き込みにリンクされた環境を開き、「接続」を確認します：二重書き込みで使用される Microsoft Dataverse 接続が存在しないか、接続されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the Power Apps maker portal (https://make.powerapps.com), open the environment linked to dual-write and check Connections: the Finance and Operations apps (Dynamics 365) connection used by dual-write is missing or not connected.</source>
        <translation>Power Apps 作成者ポータル (https://make.powerapps.com) で二重書き込みにリンクされた環境を開き、「接続」を確認します：二重書き込みで使用される Finance and Operations apps (Dynamics 365) 接続が存在しないか、接続されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection in an error state can sometimes be repaired by signing in again from its Connections entry; a deleted connection can only be recreated by resetting the dual-write link.</source>
        <translation>エラー状態の接続は、「接続」のエントリから再度サインインすると修復できる場合があります。削除された接続は、二重書き込みリンクをリセットしないと再作成できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the dual-write link so that its Dataverse APIHub connection is created again.</source>
        <translation>二重書き込みリンクをリセットして、Dataverse APIHub 接続を再作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the dual-write link so that its finance and operations APIHub connection is created again.</source>
        <translation>二重書き込みリンクをリセットして、財務と運用の APIHub 接続を再作成します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the Dual-write page in finance and operations apps, select Environment details and review the Legal entities tab.</source>
        <translation>財務と運用アプリの二重書き込みページで「環境の詳細」を選択し、「法人」タブを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the Company (cdm_company) table in Dataverse: every legal entity listed for dual-write must have a Company row with the same company code.</source>
        <translation>Dataverse の会社 (cdm_company) テーブルと比較します：二重書き込みに表示されているすべての法人に、同じ会社コードの会社行が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the legal entities in finance and operations apps (Organization administration &gt; Organizations &gt; Legal entities): every legal entity listed for dual-write must exist there.</source>
        <translation>財務と運用アプリの法人 (組織管理 &gt; 組織 &gt; 法人) と比較します：二重書き込みに表示されているすべての法人がそこに存在する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 1: remove the mismatched legal entities (listed in this result) from the dual-write configuration.</source>
        <translation>オプション 1：一致しない法人 (この結果に表示) を二重書き込みの構成から削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option 2: reset the dual-write link (see the reset article) and select only legal entities that exist on both sides. A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>オプション 2：二重書き込みリンクをリセットし (リセットの記事を参照)、両側に存在する法人のみを選択します。リセットにより、テーブル マップ、統合キー、法人マッピング、ランタイム構成が削除されます。その後、ソリューションを再度適用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the legal entities selected for dual-write match the companies in Dataverse.</source>
        <translation>二重書き込み用に選択した法人を、Dataverse の会社と一致させます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the legal entities selected for dual-write match the legal entities in finance and operations apps.</source>
        <translation>二重書き込み用に選択した法人を、財務と運用アプリの法人と一致させます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In finance and operations apps, stop all dual-write table maps.</source>
        <translation>財務と運用アプリで、すべての二重書き込みテーブル マップを停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data entity DualWriteProjectConfigurationEntity in the Excel add-in (enable design mode and add the entity to a sheet).</source>
        <translation>Excel アドインでデータ エンティティ DualWriteProjectConfigurationEntity を開きます (デザイン モードを有効にし、エンティティをシートに追加します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the rows listed in this result (there are two rows per table map) and publish; publishing deletes them from the DualWriteProjectConfiguration tables.</source>
        <translation>この結果に表示された行 (テーブル マップごとに 2 行) を削除して公開します。公開すると、DualWriteProjectConfiguration テーブルから削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no configuration pointing at another Dataverse environment remains, then restart the table maps.</source>
        <translation>別の Dataverse 環境を参照する構成が残っていないことを確認してから、テーブル マップを再開します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop all dual-write table maps in finance and operations apps.</source>
        <translation>財務と運用アプリで、すべての二重書き込みテーブル マップを停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, open Advanced Settings &gt; Advanced Find and look for DualWrite Runtime Configuration (Dual Write Runtime Configurations).</source>
        <translation>Dataverse で「詳細設定 &gt; 高度な検索」を開き、DualWrite Runtime Configuration (Dual Write Runtime Configurations) を検索します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Results, select the stale rows listed in this result and delete them.</source>
        <translation>「結果」を選択し、この結果に表示された古い行を選択して削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the finance and operations cleanup of DualWriteProjectConfigurationEntity so that no stale configuration remains on either side, then restart the table maps.</source>
        <translation>DualWriteProjectConfigurationEntity に対する財務と運用側のクリーンアップを繰り返して、どちらの側にも古い構成が残らないようにしてから、テーブル マップを再開します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the dual-write runtime configurations in Dataverse that no longer belong to the current link.</source>
        <translation>現在のリンクに属さなくなった Dataverse の二重書き込みランタイム構成を削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the finance and operations dual-write project configurations that point at another Dataverse environment.</source>
        <translation>別の Dataverse 環境を参照している財務と運用の二重書き込みプロジェクト構成を削除します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the root business unit&apos;s default team with the query GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name (the team and business unit are named in this result).</source>
        <translation>クエリ GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null&amp;$select=name で、ルート部署の既定のチームを検索します (チームと部署はこの結果に示されています)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option 1: open a ticket with Microsoft Support to update the connection details, giving the default team of the root business unit (its id and name are in this result).</source>
        <translation>オプション 1：Microsoft サポートにチケットを作成し、ルート部署の既定のチーム (ID と名前はこの結果に示されています) を伝えて、接続の詳細を更新してもらいます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option 2: reset the dual-write link (see the reset article). A reset deletes the table maps, integration keys, legal-entity mapping and runtime configuration; apply the solutions again afterwards.</source>
        <translation>オプション 2：二重書き込みリンクをリセットします (リセットの記事を参照)。リセットにより、テーブル マップ、統合キー、法人マッピング、ランタイム構成が削除されます。その後、ソリューションを再度適用してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a default owning team on every company that syncs with dual-write.</source>
        <translation>二重書き込みで同期するすべての会社に、既定の所有チームを選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Power Apps maker portal (https://make.powerapps.com).</source>
        <translation>Power Apps 作成者ポータル (https://make.powerapps.com) を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the environment that has the dual-write link to your finance and operations apps environment.</source>
        <translation>財務と運用アプリ環境への二重書き込みリンクがある環境を選択します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tables list, then the Company table.</source>
        <translation>「テーブル」一覧を開き、「会社」テーブルを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Default owning team column isn&apos;t shown, show it.</source>
        <translation>「既定の所有チーム」列が表示されていない場合は、表示します。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Have the dual-write connection details updated to the renamed default team: open a ticket with Microsoft Support asking them to update the connection details, or reset the link, which reads them again.</source>
        <translation>二重書き込みの接続の詳細を、名前が変更された既定のチームに合わせて更新してください。Microsoft サポートにチケットを作成して接続の詳細の更新を依頼するか、リンクをリセットして詳細を再度読み込みます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set a Default owning team for every company listed in this result: the owner team of the company&apos;s own business unit (created with the company&apos;s name when it was enabled for dual-write) keeps its records visible to that business unit; dwhealth fix DWDVEV1007 offers it first.</source>
        <translation>この結果に一覧表示されたすべての会社に既定の所有チームを設定してください。会社自身の部署 (二重書き込みで有効化されたときに会社名で作成された部署) の所有者チームを設定すると、そのレコードはその部署から引き続き参照できます。dwhealth fix DWDVEV1007 では、このチームが最初に提案されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the selected teams have the needed security roles (Dual-write runtime user, Dual-write app user and roles for the synced tables).</source>
        <translation>選択したチームに必要なセキュリティ ロール (Dual-write runtime user、Dual-write app user、同期するテーブルのロール) があることを確認します。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Missing Dataverse APIHub connection, without ConnectionFix support.</source>
        <translation>Dataverse APIHub 接続がありません (ConnectionFix はサポートされていません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing finance and operations apps APIHub connection without ConnectionFix support.</source>
        <translation>財務と運用アプリの APIHub 接続がありません (ConnectionFix はサポートされていません)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company mismatched between dual-write and Dataverse.</source>
        <translation>二重書き込みと Dataverse の間で会社が一致しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company mismatched between dual-write and finance and operations apps.</source>
        <translation>二重書き込みと財務と運用アプリの間で会社が一致しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in Dataverse.</source>
        <translation>Dataverse に古い二重書き込み構成が存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale dual-write configurations are present in finance and operations apps.</source>
        <translation>財務と運用アプリに古い二重書き込み構成が存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Team name mismatch for Dataverse and dual-write.</source>
        <translation>Dataverse と二重書き込みの間で既定のチーム名が一致しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team isn&apos;t present in company.</source>
        <translation>会社に既定の所有チームが存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse is unreachable or refuses the sign-in.</source>
        <translation>Dataverse に到達できないか、サインインが拒否されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps are unreachable or refuse the sign-in.</source>
        <translation>財務と運用アプリに到達できないか、サインインが拒否されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dual Write Core solution is not installed in Dataverse.</source>
        <translation>Dual Write Core ソリューションが Dataverse にインストールされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dual-write solution is below its required version.</source>
        <translation>二重書き込みソリューションが必要なバージョンを下回っています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prospect to Cash solution is installed; dual-write cannot run side by side with it.</source>
        <translation>Prospect to Cash ソリューションがインストールされています。二重書き込みはこれと併用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is below the version Microsoft&apos;s dual-write release notes require.</source>
        <translation>Dual Write Core ソリューションが、Microsoft の二重書き込みリリース ノートで必要とされるバージョンを下回っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user is missing or disabled in Dataverse.</source>
        <translation>二重書き込みアプリケーション ユーザーが Dataverse に存在しないか、無効になっています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application dual-write needs is missing from the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>二重書き込みに必要なアプリケーションが、財務と運用アプリの Microsoft Entra ID アプリケーション ページにありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity is not System administrator in finance and operations apps.</source>
        <translation>サインインした ID は、財務と運用アプリのシステム管理者ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write application user lacks the security roles dual-write needs in Dataverse.</source>
        <translation>二重書き込みのアプリケーション ユーザーに、Dataverse で二重書き込みに必要なセキュリティ ロールがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root business unit&apos;s default team or a dual-write company&apos;s default owning team lacks the security roles dual-write needs.</source>
        <translation>ルート部署の既定チーム、または二重書き込み会社の既定の所有チームに、二重書き込みに必要なセキュリティ ロールがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dual-write plug-in assembly is missing or its steps are disabled.</source>
        <translation>二重書き込みプラグイン アセンブリが存在しないか、そのステップが無効になっています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed-in identity is not System Administrator in Dataverse.</source>
        <translation>サインインした ID は Dataverse のシステム管理者ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Company (cdm_company) table has duplicate or blank names.</source>
        <translation>会社 (cdm_company) テーブルに、重複した名前または空白の名前があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More legal entities are selected for dual-write than it supports.</source>
        <translation>二重書き込みでサポートされている数を超える法人が選択されています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Install the Dual Write Core solution in the Dataverse environment.</source>
        <translation>Dataverse 環境に Dual Write Core ソリューションをインストールします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps (or get &quot;Dual Write Core&quot; from AppSource).</source>
        <translation>Power Platform 管理センターで環境を開き、「Dynamics 365 アプリ」を選択します (または AppSource から &quot;Dual Write Core&quot; を入手します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the Dual Write Core solution; it carries the DualWriteRegistration.Plugins and DualWriteRuntime.Plugins assemblies.</source>
        <translation>Dual Write Core ソリューションをインストールします。このソリューションには DualWriteRegistration.Plugins と DualWriteRuntime.Plugins のアセンブリが含まれています。</translation>
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
        <translation>正常性チェックを再度実行します。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Upgrade the dual-write solutions listed in this result to at least the required version.</source>
        <translation>この結果に表示された二重書き込みソリューションを、少なくとも必要なバージョンにアップグレードします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>In the Power Platform admin center, open the environment and choose Dynamics 365 apps.</source>
        <translation>Power Platform 管理センターで環境を開き、「Dynamics 365 アプリ」を選択します。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Update the dual-write packages that contain the listed solutions: Dual-write Application Core (Dynamics365Company, Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), Dual-write Finance (Dynamics365FinanceExtended) and Dual-write Supply Chain (Dynamics365SupplyChainExtended); see the separated solutions article for the package contents and their order.</source>
        <translation>表示されたソリューションを含む二重書き込みパッケージを更新します：Dual-write Application Core (Dynamics365Company、Dynamics365FinanceAndOperationsCommon、CurrencyExchangeRates)、Dual-write Finance (Dynamics365FinanceExtended)、Dual-write Supply Chain (Dynamics365SupplyChainExtended)。パッケージの内容と順序については、分離されたソリューションに関する記事を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In finance and operations apps, on the Dual-write page, apply the updated map solutions (Apply Solution) where they show new changes.</source>
        <translation>財務と運用アプリの二重書き込みページで、新しい変更が表示されている更新済みのマップ ソリューションを適用します (「ソリューションの適用」)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall the Prospect to Cash solution; dual-write cannot run side by side with the Prospect to Cash Data Integrator.</source>
        <translation>Prospect to Cash ソリューションをアンインストールします。二重書き込みは Prospect to Cash Data Integrator と併用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop any Prospect to Cash Data Integrator projects.</source>
        <translation>Prospect to Cash Data Integrator のプロジェクトをすべて停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center or the maker portal (Solutions), delete the ProspectToCash solution.</source>
        <translation>Power Platform 管理センターまたは作成者ポータル (ソリューション) で、ProspectToCash ソリューションを削除します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the Dual Write Core solution to at least 1.0.24073.3 (the September 2024 security update, mandatory since November 30, 2024).</source>
        <translation>Dual Write Core ソリューションを 1.0.24073.3 以降に更新してください (2024 年 9 月のセキュリティ更新プログラム。2024 年 11 月 30 日以降は必須)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update &quot;Dual-write core solution&quot; (AppSource mscrm.msft-d365-dual-write) to the current version.</source>
        <translation>&quot;Dual-write core solution&quot; (二重書き込みコア ソリューション、AppSource mscrm.msft-d365-dual-write) を最新バージョンに更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same security update needs finance and operations apps on platform update 63 (7.0.7198.188) or 64 (7.0.7279.121) or later.</source>
        <translation>同じセキュリティ更新プログラムでは、財務と運用アプリがプラットフォーム更新プログラム 63 (7.0.7198.188) または 64 (7.0.7279.121) 以降である必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the applications dual-write needs on the Microsoft Entra ID applications page of finance and operations apps.</source>
        <translation>二重書き込みに必要なアプリケーションを、財務と運用アプリの Microsoft Entra ID アプリケーション ページに登録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>財務と運用アプリで、[システム管理] &gt; [設定] &gt; [Microsoft Entra ID アプリケーション] を開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row for every client id listed in this result, each mapped to an enabled user with the privileges dual-write needs.</source>
        <translation>この結果に一覧表示されたクライアント ID ごとに行を追加し、それぞれを二重書き込みに必要な権限を持つ有効なユーザーにマップします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After granting access, open Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>アクセス権を付与したら、[データ管理] &gt; [フレームワーク パラメーター] &gt; [エンティティ設定] を開き、[エンティティ リストの更新] を選択します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the identity that runs the check or links dual-write the System administrator role in finance and operations apps.</source>
        <translation>チェックを実行する ID、または二重書き込みをリンクする ID に、財務と運用アプリのシステム管理者ロールを付与してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open System administration &gt; Users &gt; Users and select the user named in this result (for an app registration: the user mapped to its client id on the Microsoft Entra ID applications page).</source>
        <translation>財務と運用アプリで、[システム管理] &gt; [ユーザー] &gt; [ユーザー] を開き、この結果に示されたユーザーを選択します (アプリの登録の場合は、Microsoft Entra ID アプリケーション ページでそのクライアント ID にマップされたユーザー)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the System administrator role.</source>
        <translation>システム管理者ロールを割り当てます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking dual-write needs System administrator in both finance and operations apps and Dataverse.</source>
        <translation>二重書き込みをリンクするには、財務と運用アプリと Dataverse の両方でシステム管理者である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign security roles to the dual-write application users in Dataverse.</source>
        <translation>Dataverse で二重書き込みのアプリケーション ユーザーにセキュリティ ロールを割り当ててください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select each application user listed in this result (application ids 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) and choose Edit security roles.</source>
        <translation>この結果に表示されている各アプリケーション ユーザー (アプリケーション ID 00000015-0000-0000-c000-000000000000 および 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) を選択し、[セキュリティ ロールの編集] を選択します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the Dual-write app user and Dual-write runtime user roles and a role with create, read, write and delete on every table dual-write syncs (or System Administrator).</source>
        <translation>Dual-write app user ロールと Dual-write runtime user ロール、および二重書き込みが同期するすべてのテーブルに対する作成、読み取り、書き込み、削除の権限を持つロール (または System Administrator) を割り当てます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign security roles to the root business unit&apos;s default team and to the dual-write companies&apos; default owning teams.</source>
        <translation>ルート部署の既定チームと、二重書き込み会社の既定の所有チームにセキュリティ ロールを割り当ててください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the Power Platform admin center, open the environment linked to dual-write and, on the Access tab, under Teams, select See all.</source>
        <translation>Power Platform 管理センターにサインインし、二重書き込みにリンクされた環境を開いて、[アクセス] タブの [チーム] で [すべて表示] を選択します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select each team named in this result (the root business unit&apos;s default team has the business unit&apos;s name) and choose Manage security roles.</source>
        <translation>この結果に表示されている各チーム (ルート部署の既定チームは部署の名前を持ちます) を選択し、[セキュリティ ロールの管理] を選択します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Dual-write runtime user, Dual-write app user and a role that can read every table dual-write syncs (built-in, such as Salesperson, or custom; the global address book needs a custom role for Party, Postal Address and the related tables).</source>
        <translation>Dual-write runtime user、Dual-write app user、および二重書き込みが同期するすべてのテーブルを読み取れるロール (Salesperson などの組み込みロール、またはカスタム ロール。グローバル アドレス帳では Party、Postal Address および関連テーブル用のカスタム ロールが必要です) を割り当てます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team without any role makes dual-write&apos;s writes fail with &quot;Principal team … is missing prvRead… privilege&quot;; run the health check again after assigning the roles.</source>
        <translation>ロールを持たないチームがあると、二重書き込みの書き込みが &quot;Principal team … is missing prvRead… privilege&quot; で失敗します。ロールを割り当てた後、正常性チェックを再度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or enable the dual-write application users in Dataverse.</source>
        <translation>Dataverse で二重書き込みアプリケーション ユーザーを作成するか、有効にします。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Power Platform 管理センターで環境を開き、「設定 &gt; ユーザー + アクセス許可 &gt; アプリケーション ユーザー」を開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make sure an enabled application user exists for the application id 00000015-0000-0000-c000-000000000000 (finance and operations apps; not needed in customer-managed cloud-hosted environments) and for 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration).</source>
        <translation>アプリケーション ID 00000015-0000-0000-c000-000000000000 (財務と運用アプリ。顧客が管理するクラウドホスト環境では不要) と 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration) に対して、有効なアプリケーション ユーザーが存在することを確認します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both users the Dual-write app user role and a role with create, read, write and delete on every dual-write table.</source>
        <translation>両方のユーザーに、Dual-write app user ロールと、すべての二重書き込みテーブルに対する作成、読み取り、書き込み、削除の権限を持つロールを付与します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore and enable the dual-write plug-in assemblies and their steps.</source>
        <translation>二重書き込みプラグイン アセンブリとそのステップを復元して有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an assembly is missing, install or update the Dual Write Core solution, which carries DualWriteRegistration.Plugins and DualWriteRuntime.Plugins.</source>
        <translation>アセンブリが存在しない場合は、DualWriteRegistration.Plugins と DualWriteRuntime.Plugins を含む Dual Write Core ソリューションをインストールまたは更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If steps are disabled, enable them (for example with the Plug-in Registration Tool: select each disabled step of the listed assemblies and choose Enable).</source>
        <translation>ステップが無効になっている場合は、有効にします (例：プラグイン登録ツールで、表示されたアセンブリの無効な各ステップを選択し、「有効化」を選択します)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the identity that runs the check or links dual-write the System Administrator role in Dataverse.</source>
        <translation>チェックを実行する ID、または二重書き込みをリンクする ID に、Dataverse のシステム管理者ロールを付与します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions (Users or Application users).</source>
        <translation>Power Platform 管理センターで環境を開き、「設定 &gt; ユーザー + アクセス許可」(「ユーザー」または「アプリケーション ユーザー」) を開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the identity named in this result and assign the System Administrator security role.</source>
        <translation>この結果に示された ID を選択し、システム管理者セキュリティ ロールを割り当てます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write also needs System administrator in finance and operations apps and Microsoft Entra tenant admin credentials.</source>
        <translation>二重書き込みをリンクするには、財務と運用アプリのシステム管理者と、Microsoft Entra テナント管理者の資格情報も必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give every Company (cdm_company) row in Dataverse a unique, non-blank name.</source>
        <translation>Dataverse のすべての会社 (cdm_company) 行に、一意で空白でない名前を付けます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Apps maker portal, open Tables &gt; Company and show the Name and Company code columns.</source>
        <translation>Power Apps 作成者ポータルで「テーブル &gt; 会社」を開き、「名前」列と「会社コード」列を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or remove the rows listed in this result so that no two rows share a name (ignoring letter case) and no row has a blank name.</source>
        <translation>同じ名前 (大文字と小文字は区別しない) の行が 2 つ以上なく、名前が空白の行もないように、この結果に表示された行の名前を変更するか削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link or reset dual-write again; the link fails with &quot;Saving connection set failed! An item with the same key has already been added.&quot; while duplicates remain.</source>
        <translation>二重書き込みを再度リンクまたはリセットします。重複が残っている間は、リンクは &quot;Saving connection set failed! An item with the same key has already been added.&quot; というエラーで失敗します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select fewer legal entities for dual-write.</source>
        <translation>二重書き込み用に選択する法人を減らします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization supports at most 40 legal entities; live synchronization supports at most 250.</source>
        <translation>初期同期でサポートされる法人は最大 40 個、ライブ同期では最大 250 個です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync.</source>
        <translation>二重書き込みページの「環境の詳細 &gt; 法人」で、同期する必要のない法人を削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above 40 legal entities, run the initial synchronization in batches of at most 40 legal entities.</source>
        <translation>法人が 40 を超える場合は、最大 40 法人ずつのバッチで初期同期を実行します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make sure dwhealth can sign in to Dataverse and read the dual-write tables.</source>
        <translation>dwhealth が Dataverse にサインインし、二重書き込みテーブルを読み取れることを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s Dataverse URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>プロファイルの Dataverse URL、テナント、クライアント ID、およびクライアント シークレットまたはサインインを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Power Platform admin center, make sure the identity is an enabled (application) user of the environment with a security role that can read solutions, companies, business units, teams, users, plug-ins and dual-write runtime configurations (System Administrator is simplest).</source>
        <translation>Power Platform 管理センターで、ID が環境の有効な (アプリケーション) ユーザーであり、ソリューション、会社、部署、チーム、ユーザー、プラグイン、二重書き込みランタイム構成を読み取れるセキュリティ ロールを持っていることを確認します (システム管理者が最も簡単です)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>If the service throttled the requests, wait a few minutes and run the check again.</source>
        <translation>サービスが要求をスロットリングした場合は、数分待ってからチェックを再度実行します。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make sure dwhealth can sign in to finance and operations apps and read its data entities.</source>
        <translation>dwhealth が財務と運用アプリにサインインし、そのデータ エンティティを読み取れることを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s finance and operations URL, tenant and client id, and the client secret or sign-in.</source>
        <translation>プロファイルの財務と運用の URL、テナント、クライアント ID、およびクライアント シークレットまたはサインインを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, register the client id on the Microsoft Entra ID applications page (System administration &gt; Setup) and map it to a user that can read LegalEntities and DualWriteProjectConfigurations.</source>
        <translation>財務と運用アプリで、「Microsoft Entra ID アプリケーション」ページ (システム管理 &gt; 設定) にクライアント ID を登録し、LegalEntities と DualWriteProjectConfigurations を読み取れるユーザーにマップします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure dwhealth can list the connections of the Power Platform environment.</source>
        <translation>dwhealth が Power Platform 環境の接続を一覧表示できることを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the profile&apos;s environment id (or powerPlatform.url) and the sign-in for https://api.powerplatform.com.</source>
        <translation>プロファイルの環境 ID (または powerPlatform.url) と、https://api.powerplatform.com へのサインインを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the identity access to the environment&apos;s connections (for example as an environment admin) and run the check again.</source>
        <translation>ID に環境の接続へのアクセス権を付与し (例：環境管理者として)、チェックを再度実行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure dwhealth can read the environment from the Power Platform admin API, which says which finance and operations environment it is linked to.</source>
        <translation>dwhealth が Power Platform 管理 API から環境を読み取れるようにしてください。この API は、環境がどの財務と運用環境にリンクされているかを示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an identity that is a Power Platform administrator or a Dynamics 365 administrator (a service principal must be registered as a Power Platform management application).</source>
        <translation>Power Platform 管理者または Dynamics 365 管理者である ID でサインインしてください (サービス プリンシパルは Power Platform 管理アプリケーションとして登録されている必要があります)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without it, dwhealth judges the link from the finance and operations project configurations alone and says so in the report.</source>
        <translation>これがない場合、dwhealth は財務と運用のプロジェクト構成のみからリンクを判断し、その旨をレポートに記載します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make sure dwhealth can sign in with Microsoft Entra ID.</source>
        <translation>dwhealth が Microsoft Entra ID でサインインできることを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profile&apos;s tenant id, authority and client id, and the client secret or sign-in.</source>
        <translation>プロファイルのテナント ID、機関、クライアント ID、およびクライアント シークレットまたはサインインを確認します。</translation>
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
        <translation>状態なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 connections (%2) disagree: connected: %3; not connected: %4. The connection the dual-write link uses is not exposed by a documented API, so it may be one that is not connected. Open them under Connections in the Power Apps maker portal and fix the ones that are not connected.</source>
        <translation>%1 の接続 (%2) の状態が一致しません。接続済み: %3、未接続: %4。二重書き込みのリンクが使用する接続は文書化された API で公開されていないため、未接続の接続が使用されている可能性があります。Power Apps 作成者ポータルの [接続] でそれらを開き、未接続の接続を修正してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every %1 connection (%2) is connected: %3.</source>
        <translation>%1 の接続 (%2) はすべて接続済みです: %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) is Connected in environment %3; found in another state: %4.</source>
        <translation>環境 %3 に「Connected」状態の %1 接続 (%2) がありません。別の状態で見つかりました：%4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 connection (%2) exists in environment %3.</source>
        <translation>環境 %3 に %1 接続 (%2) が存在しません。</translation>
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
        <translation>財務と運用アプリ</translation>
    </message>
    <message>
        <location filename="../src/rules/depbusinessunit.cpp" line="+124"/>
        <source>business unit &quot;%1&quot; (companies %2) has %3 default teams</source>
        <translation>部署 &quot;%1&quot; (会社 %2) には既定のチームが %3 個あります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the default team &quot;%1&quot; of business unit &quot;%2&quot; (companies %3)</source>
        <translation>部署 &quot;%2&quot; (会社 %3) の既定のチーム &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The business units mapped to the dual-write companies could not be checked: %1</source>
        <translation>二重書き込みの会社にマップされた部署を確認できませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default teams of the companies&apos; business units (%1) have their units&apos; names too.</source>
        <translation>会社の部署 (%1) の既定のチームにも、部署の名前が付いています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not named as their business unit: %1. If one of these business units is the one mapped to its legal entity on the Dual-write page, initial synchronization fails for it (the mapping itself cannot be read through a documented API).</source>
        <translation>部署と同じ名前ではありません: %1。これらの部署のいずれかが二重書き込みページで法人にマップされている部署である場合、その法人の初期同期は失敗します (マッピング自体は文書化された API では読み取れません)。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dataverse returned no root business unit (a business unit without a parent).</source>
        <translation>Dataverse からルート部署 (親のない部署) が返されませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataverse returned %1 business units without a parent, expected exactly one: %2.</source>
        <translation>Dataverse から親のない部署が %1 件返されました。想定は 1 件のみです：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No default team was found for the root business unit &quot;%1&quot; (%2).</source>
        <translation>ルート部署 &quot;%1&quot; (%2) の既定のチームが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 default teams were found for the root business unit &quot;%2&quot; (%3), expected exactly one.</source>
        <translation>ルート部署 &quot;%2&quot; (%3) の既定のチームが %1 件見つかりました。想定は 1 件のみです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The default team of the root business unit &quot;%1&quot; has the same name (team %2).</source>
        <translation>ルート部署 &quot;%1&quot; の既定のチームは同じ名前です (チーム %2)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) differs from its name only in letter case.</source>
        <translation>ルート部署 &quot;%3&quot; (%4) の既定のチーム &quot;%1&quot; (%2) は、部署名と大文字と小文字だけが異なります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default team &quot;%1&quot; (%2) of the root business unit &quot;%3&quot; (%4) is not named as the business unit.</source>
        <translation>ルート部署 &quot;%3&quot; (%4) の既定のチーム &quot;%1&quot; (%2) の名前が、部署名と同じではありません。</translation>
    </message>
    <message>
        <location filename="../src/rules/depcompany.cpp" line="-106"/>
        <location filename="../src/rules/prereqcompanies.cpp" line="+109"/>
        <location filename="../src/rules/securityroles.cpp" line="+249"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>二重書き込み用に選択された法人が不明です：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Legal entities selected for dual-write but missing in Dataverse cdm_company: %1</source>
        <translation>二重書き込み用に選択されているが、Dataverse の cdm_company に存在しない法人：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal entities selected for dual-write but missing in finance and operations apps LegalEntities: %1</source>
        <translation>二重書き込み用に選択されているが、財務と運用アプリの LegalEntities に存在しない法人：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No legal entities are selected for dual-write.</source>
        <translation>二重書き込み用に選択されている法人はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in Dataverse cdm_company: %1</source>
        <translation>二重書き込み用に選択されたすべての法人が Dataverse の cdm_company に存在します：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every legal entity selected for dual-write exists in finance and operations apps LegalEntities: %1</source>
        <translation>二重書き込み用に選択されたすべての法人が財務と運用アプリの LegalEntities に存在します：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The legal entities selected on the Dual-write page cannot be read through a documented API, so a selected legal entity without a cdm_company row cannot be seen. Companies enabled for dual-write in Dataverse: %1. List the selection in the profile (dualWrite.legalEntities) or pick it in the wizard to check it.</source>
        <translation>二重書き込みページで選択された法人は文書化された API では読み取れないため、cdm_company 行のない選択済みの法人は検出できません。Dataverse で二重書き込みが有効な会社: %1。これを確認するには、プロファイルに選択内容を一覧表示する (dualWrite.legalEntities) か、ウィザードで選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/rules/prereqfoidentity.cpp" line="+36"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Companies selected for dual-write without a default owning team: %1.</source>
        <translation>二重書き込み用に選択されているが、既定の所有チームがない会社：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every company selected for dual-write in Dataverse has a default owning team (companies checked: %1).</source>
        <translation>Dataverse で二重書き込み用に選択されたすべての会社に、既定の所有チームがあります (チェックした会社：%1)。</translation>
    </message>
    <message>
        <location filename="../src/rules/depstale.cpp" line="+127"/>
        <source>Finance and operations holds no dual-write project configurations, so none is stale.</source>
        <translation>財務と運用には二重書き込みのプロジェクト構成がないため、古い構成はありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (no environment URL)</source>
        <translation>%1 (環境 URL なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (points at %2)</source>
        <translation>%1 (参照先：%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finance and operations dual-write project configurations with no environment URL: %1.</source>
        <translation>環境 URL のない財務と運用の二重書き込みプロジェクト構成: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell whether the other configurations are stale: the linked Dataverse environment is not known. %1</source>
        <translation>他の構成が古いかどうかを判断できません。リンクされている Dataverse 環境が不明です。%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+88"/>
        <source>(Link: %1)</source>
        <translation>(リンク: %1)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Finance and operations dual-write project configurations that do not point at the linked Dataverse environment %1: %2.</source>
        <translation>リンクされた Dataverse 環境 %1 を参照していない、財務と運用の二重書き込みプロジェクト構成：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every finance and operations dual-write project configuration points at the linked Dataverse environment %1 (configurations: %2).</source>
        <translation>財務と運用のすべての二重書き込みプロジェクト構成が、リンクされた Dataverse 環境 %1 を参照しています (構成数：%2)。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every Dataverse dual-write runtime configuration belongs to the current link (configurations: %1).</source>
        <translation>Dataverse のすべての二重書き込みランタイム構成が、現在のリンクに属しています (構成数：%1)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finance and operations returned no dual-write project configurations, so these Dataverse runtime configurations are either stale (no link) or belong to maps this sign-in cannot see in finance and operations: %1. Check the table maps on the Dual-write page before deleting anything.</source>
        <translation>財務と運用から二重書き込みのプロジェクト構成が返されなかったため、これらの Dataverse ランタイム構成は古い (リンクがない) か、このサインインでは財務と運用で参照できないマップに属しています: %1。何かを削除する前に、二重書き込みページでテーブル マップを確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell which Dataverse runtime configurations are stale: the linked Dataverse environment is not known. %1 Runtime configurations: %2.</source>
        <translation>どの Dataverse ランタイム構成が古いかを判断できません。リンクされている Dataverse 環境が不明です。%1 ランタイム構成: %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No finance and operations project configuration points at %1, yet Dataverse holds dual-write runtime configurations (no link): %2.</source>
        <translation>%1 を参照している財務と運用のプロジェクト構成がないにもかかわらず、Dataverse に二重書き込みランタイム構成があります (リンクなし)：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataverse dual-write runtime configurations that no finance and operations project configuration of the current link matches: %1.</source>
        <translation>現在のリンクのどの財務と運用プロジェクト構成とも一致しない、Dataverse の二重書き込みランタイム構成：%1。</translation>
    </message>
    <message>
        <location filename="../src/rules/preflight.cpp" line="+1"/>
        <source>a user in Dataverse</source>
        <translation>Dataverse のユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an application user in the environment.</source>
        <translation>アプリ登録の場合：環境内のアプリケーション ユーザー。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User role</source>
        <translation>ユーザー ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Administrator in Dataverse</source>
        <translation>Dataverse のシステム管理者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations</source>
        <translation>財務と運用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user in finance and operations</source>
        <translation>財務と運用のユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an app registration: an entry on the Microsoft Entra ID applications page.</source>
        <translation>アプリ登録の場合：「Microsoft Entra ID アプリケーション」ページのエントリ。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ApiHub connections</source>
        <translation>ApiHub 接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read access to Power Platform connections</source>
        <translation>Power Platform 接続の読み取りアクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment admin or Power Platform administrator can read them.</source>
        <translation>環境管理者または Power Platform 管理者は、これらを読み取れます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can run</source>
        <translation>実行可能</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs %1</source>
        <translation>%1 が必要</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not tell</source>
        <translation>判定不可</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused with HTTP %1</source>
        <translation>HTTP %1 で拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dataverse was not signed in to</source>
        <translation>Dataverse にサインインしていません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no security role</source>
        <translation>セキュリティ ロールなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>ロール：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n legal entities readable</source>
        <translation>
            <numerusform>%n 件の法人を読み取り可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connections readable</source>
        <translation>
            <numerusform>%n 件の接続を読み取り可能</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rules/prereqaccess.cpp" line="+28"/>
        <source>Could not sign in to %1: %2</source>
        <translation>%1 にサインインできませんでした：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 がサインインを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted the sign-in but denied access: %2</source>
        <translation>%1 はサインインを受け入れましたが、アクセスを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled the requests beyond the retry budget: %2</source>
        <translation>%1 が再試行の上限を超えて要求をスロットリングしました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 に到達できませんでした：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered with a server error: %2</source>
        <translation>%1 がサーバー エラーを返しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was cancelled before %1 answered: %2</source>
        <translation>%1 が応答する前に実行がキャンセルされました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1 が要求を拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not queried in this run.</source>
        <translation>この実行では %1 は照会されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that could not be read: %2</source>
        <translation>%1 から読み取れない応答が返されました：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataverse answered WhoAmI without a user or organization id.</source>
        <translation>Dataverse が WhoAmI に対して、ユーザー ID または組織 ID を含まない応答を返しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in to Dataverse %1 as user %2 (organization %3).</source>
        <translation>Dataverse %1 にユーザー %2 (組織 %3) としてサインインしました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to finance and operations apps %1 (legal entities read: %2).</source>
        <translation>財務と運用アプリ %1 にサインインしました (読み取った法人：%2)。</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-62"/>
        <source>company code &quot;%1&quot; (%2)</source>
        <translation>会社コード &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; (company codes %2)</source>
        <translation>&quot;%1&quot; (会社コード %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every company (cdm_company) row has a unique, non-blank name (rows checked: %1).</source>
        <translation>すべての会社 (cdm_company) 行に、一意で空白でない名前があります (チェックした行：%1)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company (cdm_company) rows share a name: %1.</source>
        <translation>名前が重複している会社 (cdm_company) 行：%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Company (cdm_company) rows with a blank name: %1.</source>
        <translation>名前が空白の会社 (cdm_company) 行：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking dual-write fails on them with &quot;An item with the same key has already been added&quot;.</source>
        <translation>これらの行があると、二重書き込みのリンクは &quot;An item with the same key has already been added&quot; というエラーで失敗します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal entities selected for dual-write: %1; live synchronization supports at most %2.</source>
        <translation>二重書き込み用に選択された法人：%1。ライブ同期でサポートされるのは最大 %2 です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal entities selected for dual-write: %1; initial synchronization supports at most %2 at a time.</source>
        <translation>二重書き込み用に選択された法人：%1。初期同期で一度にサポートされるのは最大 %2 です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal entities selected for dual-write: %1 (at most %2 for initial synchronization, %3 for live synchronization).</source>
        <translation>二重書き込み用に選択された法人：%1 (初期同期は最大 %2、ライブ同期は最大 %3)。</translation>
    </message>
    <message>
        <location filename="../src/rules/dualwriteapps.cpp" line="+12"/>
        <source>Finance and operations apps</source>
        <translation>財務と運用アプリ</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqfoidentity.cpp" line="-112"/>
        <source>Dual-write</source>
        <translation>二重書き込み</translation>
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
        <translation>二重書き込み (1.0.16.0 より前の Dual Write Core)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Finance and operations apps answered SysAADClientTables, but no row has a client id column; the entries cannot be judged.</source>
        <translation>財務と運用アプリは SysAADClientTables に応答しましたが、クライアント ID 列を持つ行がありません。エントリを判断できません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not registered on the Microsoft Entra ID applications page of finance and operations apps: %1.</source>
        <translation>財務と運用アプリの Microsoft Entra ID アプリケーション ページに登録されていません: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write applications are registered on the Microsoft Entra ID applications page: %1.</source>
        <translation>二重書き込みアプリケーションは Microsoft Entra ID アプリケーション ページに登録されています: %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not judged for a delegated sign-in: finance and operations apps expose no &quot;who am I&quot; to find the account&apos;s user. System administrators: %1.</source>
        <translation>委任されたサインインでは判断されません。財務と運用アプリには、アカウントのユーザーを特定する &quot;who am I&quot; が公開されていません。システム管理者: %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client id %1 has no user on the Microsoft Entra ID applications page as read, so its roles in finance and operations apps cannot be judged.</source>
        <translation>読み取った Microsoft Entra ID アプリケーション ページには、クライアント ID %1 のユーザーがないため、財務と運用アプリでのロールを判断できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who has the System administrator role.</source>
        <translation>サインインしたアプリケーション %1 は財務と運用のユーザー %2 として実行され、このユーザーにはシステム管理者ロールがあります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in application %1 runs as the finance and operations user %2, who does not have the System administrator role; linking and resetting dual-write need it.</source>
        <translation>サインインしたアプリケーション %1 は財務と運用のユーザー %2 として実行されますが、このユーザーにはシステム管理者ロールがありません。二重書き込みのリンクとリセットにはこのロールが必要です。</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqidentity.cpp" line="-93"/>
        <source>no user for %1, which a customer-managed cloud-hosted environment does not need (the finance and operations host %2 is under cloudax.dynamics.com)</source>
        <translation>%1 のユーザーはありませんが、顧客が管理するクラウドホスト環境では不要です (財務と運用のホスト %2 は cloudax.dynamics.com 配下にあります)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No application user exists for application id %1 (%2).</source>
        <translation>アプリケーション ID %1 (%2) のアプリケーション ユーザーが存在しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is required: the environment is not known to be a customer-managed cloud-hosted one (the finance and operations host is not under cloudax.dynamics.com).</source>
        <translation>必須です。この環境は、顧客が管理するクラウドホスト環境であるとは判断されていません (財務と運用のホストが cloudax.dynamics.com 配下にありません)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The application user &quot;%1&quot; (%2) for application id %3 (%4) is disabled.</source>
        <translation>アプリケーション ID %3 (%4) のアプリケーション ユーザー &quot;%1&quot; (%2) は無効になっています。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The dual-write application users exist and are enabled: %1.</source>
        <translation>二重書き込みアプリケーション ユーザーが存在し、有効になっています：%1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (steps: %2)</source>
        <translation>%1 (ステップ：%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plug-in assemblies not registered in Dataverse: %1.</source>
        <translation>Dataverse に登録されていないプラグイン アセンブリ：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug-in assemblies without any processing step: %1.</source>
        <translation>処理ステップがないプラグイン アセンブリ：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled plug-in steps: %1.</source>
        <translation>無効なプラグイン ステップ：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write plug-in assemblies are registered and all their steps are enabled: %1.</source>
        <translation>二重書き込みプラグイン アセンブリは登録されており、すべてのステップが有効です：%1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The signed-in identity (user %1) has the System Administrator role in Dataverse.</source>
        <translation>サインインした ID (ユーザー %1) には、Dataverse のシステム管理者ロールがあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signed-in identity (user %1) has no security role in Dataverse; System Administrator is required.</source>
        <translation>サインインした ID (ユーザー %1) には、Dataverse のセキュリティ ロールがありません。システム管理者が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed-in identity (user %1) does not have the System Administrator role in Dataverse; its roles: %2.</source>
        <translation>サインインした ID (ユーザー %1) には、Dataverse のシステム管理者ロールがありません。ロール：%2。</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqsolutions.cpp" line="+76"/>
        <source>The Dual Write Core solution is not installed in Dataverse (looked for the unique names %1).</source>
        <translation>Dual Write Core ソリューションが Dataverse にインストールされていません (検索した一意の名前：%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dual Write Core solution is installed: %1.</source>
        <translation>Dual Write Core ソリューションがインストールされています：%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2, requires %3</source>
        <translation>%1：%2 (%3 が必要)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports version &quot;%2&quot;</source>
        <translation>%1 のバージョンは &quot;%2&quot; と報告されています</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dual-write solutions below their required version: %1.</source>
        <translation>必要なバージョンを下回っている二重書き込みソリューション：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compare versions that are not dotted numbers: %1.</source>
        <translation>ドット区切りの数値ではないバージョンは比較できませんでした：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the versioned dual-write solutions is installed.</source>
        <translation>バージョン管理された二重書き込みソリューションはどれもインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed dual-write solutions meet their required versions: %1.</source>
        <translation>インストールされている二重書き込みソリューションは、必要なバージョンを満たしています：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not installed: %1.</source>
        <translation>未インストール：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Prospect to Cash solution (ProspectToCash) is not installed.</source>
        <translation>Prospect to Cash ソリューション (ProspectToCash) はインストールされていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution (%1, version %2) is installed; dual-write cannot run side by side with it.</source>
        <translation>Prospect to Cash ソリューション (%1、バージョン %2) がインストールされています。二重書き込みはこれと併用できません。</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcompanies.cpp" line="-46"/>
        <location filename="../src/rules/rulehelpers.cpp" line="+45"/>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <location filename="../src/rules/rulehelpers.cpp" line="+73"/>
        <source>not fetched in this run</source>
        <translation>この実行では取得されていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the signed-in identity (WhoAmI)</source>
        <translation>サインインした ID (WhoAmI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed-in identity&apos;s security roles (systemuserroles_association)</source>
        <translation>サインインした ID のセキュリティ ロール (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed solutions (solutions)</source>
        <translation>インストール済みのソリューション (solutions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Company table (cdm_companies)</source>
        <translation>会社テーブル (cdm_companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root business unit (businessunits)</source>
        <translation>ルート部署 (businessunits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (teams)</source>
        <translation>ルート部署の既定のチーム (teams)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dual-write application users (systemusers)</source>
        <translation>二重書き込みアプリケーション ユーザー (systemusers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in assemblies (pluginassemblies)</source>
        <translation>二重書き込みプラグイン アセンブリ (pluginassemblies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in steps (sdkmessageprocessingsteps)</source>
        <translation>二重書き込みプラグイン ステップ (sdkmessageprocessingsteps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write runtime configurations (msdyn_dualwriteruntimeconfigs)</source>
        <translation>二重書き込みランタイム構成 (msdyn_dualwriteruntimeconfigs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal entities (LegalEntities)</source>
        <translation>法人 (LegalEntities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dual-write project configurations (DualWriteProjectConfigurations)</source>
        <translation>二重書き込みプロジェクト構成 (DualWriteProjectConfigurations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment&apos;s connections (connections)</source>
        <translation>環境の接続 (connections)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment and its linked finance and operations app (Power Platform admin API)</source>
        <translation>環境と、リンクされている財務と運用アプリ (Power Platform 管理 API)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business units (businessunits)</source>
        <translation>部署 (businessunits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner teams (teams)</source>
        <translation>所有者チーム (teams)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Microsoft Entra ID applications page (SysAADClientTables; this entity is not documented as exposed over OData, so an answer 404 means it is not exposed or not readable)</source>
        <translation>Microsoft Entra ID アプリケーション ページ (SysAADClientTables。このエンティティは OData で公開されることが文書化されていないため、404 の応答は、公開されていないか読み取れないことを意味します)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the System administrator role assignments (SecurityUserRoleAssociations)</source>
        <translation>システム管理者ロールの割り当て (SecurityUserRoleAssociations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the organization&apos;s plug-in trace setting (organizations)</source>
        <translation>組織のプラグイン トレース設定 (organizations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write plug-in&apos;s trace log (plugintracelogs)</source>
        <translation>二重書き込みプラグインのトレース ログ (plugintracelogs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dual-write application users&apos; security roles (systemuserroles_association)</source>
        <translation>二重書き込みのアプリケーション ユーザーのセキュリティ ロール (systemuserroles_association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the owner teams&apos; security roles (teamroles_association)</source>
        <translation>所有チームのセキュリティ ロール (teamroles_association)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1 from %2: %3</source>
        <translation>%2 から %1 を読み取れませんでした：%3</translation>
    </message>
    <message>
        <location filename="../src/rules/ruleset.cpp" line="+43"/>
        <source>Dataverse can be reached and signed in to</source>
        <translation>Dataverse に到達してサインインできる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance and operations apps can be reached and signed in to</source>
        <translation>財務と運用アプリに到達してサインインできる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write core solution was found</source>
        <translation>二重書き込みのコア ソリューションが見つかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dual-write solutions are at their required versions</source>
        <translation>二重書き込みソリューションが必要なバージョンである</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dual Write Core solution is at the version Microsoft&apos;s release notes require</source>
        <translation>Dual Write Core ソリューションが、Microsoft のリリース ノートで必要とされるバージョンである</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Prospect to Cash solution is not installed</source>
        <translation>Prospect to Cash ソリューションがインストールされていない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dual-write application users exist in Dataverse and are enabled</source>
        <translation>二重書き込みアプリケーション ユーザーが Dataverse に存在し、有効である</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write application users have the security roles dual-write needs</source>
        <translation>二重書き込みのアプリケーション ユーザーに、二重書き込みに必要なセキュリティ ロールがあります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dual-write registration and runtime plugins are enabled</source>
        <translation>二重書き込みの登録プラグインとランタイム プラグインが有効である</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write applications are registered in finance and operations apps</source>
        <translation>二重書き込みアプリケーションが財務と運用アプリに登録されている</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signed-in identity is System Administrator in Dataverse</source>
        <translation>サインインした ID が Dataverse のシステム管理者である</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed-in identity is System administrator in finance and operations apps</source>
        <translation>サインインした ID が財務と運用アプリのシステム管理者である</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company names in Dataverse are unique and not blank</source>
        <translation>Dataverse の会社名が一意で、空白でない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of dual-write legal entities is within the limits</source>
        <translation>二重書き込みの法人数が制限内である</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataverse APIHub connection is connected</source>
        <translation>Dataverse APIHub 接続が接続済みである</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finance and operations apps APIHub connection is connected</source>
        <translation>財務と運用アプリの APIHub 接続が接続済みである</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist as companies in Dataverse</source>
        <translation>二重書き込みの法人が Dataverse に会社として存在する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dual-write legal entities exist in finance and operations apps</source>
        <translation>二重書き込みの法人が財務と運用アプリに存在する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stale dual-write configurations in Dataverse</source>
        <translation>Dataverse に古い二重書き込み構成がない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stale dual-write configurations in finance and operations apps</source>
        <translation>財務と運用アプリに古い二重書き込み構成がない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default teams of the root and mapped business units have their business units&apos; names</source>
        <translation>ルート部署とマップされた部署の既定のチームに、部署の名前が付いている</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dual-write companies have a default owning team</source>
        <translation>二重書き込みの会社に既定の所有チームがある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root team and the companies&apos; owning teams have the security roles dual-write needs</source>
        <translation>ルート チームと会社の所有チームに、二重書き込みに必要なセキュリティ ロールがあります</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This check has no implementation in this version.</source>
        <translation>このバージョンでは、このチェックは実装されていません。</translation>
    </message>
    <message>
        <location filename="../src/rules/linkasread.cpp" line="+21"/>
        <source>not read in this run</source>
        <translation>この実行では読み取られていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The Power Platform admin API says environment %1 is linked to the finance and operations environment %2, not to the profile&apos;s %3.</source>
        <translation>Power Platform 管理 API によると、環境 %1 はプロファイルの %3 ではなく、財務と運用環境 %2 にリンクされています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 is the Dataverse environment %2, but the profile&apos;s Dataverse URL is %3.</source>
        <translation>Power Platform 管理 API によると、環境 %1 は Dataverse 環境 %2 ですが、プロファイルの Dataverse URL は %3 です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Power Platform admin API says environment %1 (%2) is linked to the finance and operations environment %3.</source>
        <translation>Power Platform 管理 API によると、環境 %1 (%2) は財務と運用環境 %3 にリンクされています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither the Power Platform admin API (%1) nor the finance and operations project configurations could be read.</source>
        <translation>Power Platform 管理 API (%1) と財務と運用のプロジェクト構成のどちらも読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>no linked app</source>
        <translation>リンクされたアプリなし</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Finance and operations returned no dual-write project configurations, and the Power Platform admin API named no linked app (%1).</source>
        <translation>財務と運用から二重書き込みのプロジェクト構成が返されず、Power Platform 管理 API でもリンクされたアプリが示されませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none linked</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finance and operations project configuration names a Dataverse environment.</source>
        <translation>Dataverse 環境を指定している財務と運用のプロジェクト構成はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finance and operations project configuration points at the profile&apos;s Dataverse URL %1; they point at %2. Either the profile names another environment than the link, or every configuration is stale.</source>
        <translation>プロファイルの Dataverse URL %1 を指している財務と運用のプロジェクト構成はありません。構成は %2 を指しています。プロファイルでリンクとは別の環境が指定されているか、すべての構成が古くなっています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every finance and operations project configuration points at %1.</source>
        <translation>すべての財務と運用のプロジェクト構成が %1 を指しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile&apos;s Dataverse URL %1, which some finance and operations project configurations point at (others point at %2); the Power Platform admin API could not confirm the link (%3).</source>
        <translation>プロファイルの Dataverse URL %1 (一部の財務と運用のプロジェクト構成がこの URL を指しています。他の構成は %2 を指しています)。Power Platform 管理 API ではリンクを確認できませんでした (%3)。</translation>
    </message>
    <message>
        <location filename="../src/rules/prereqcoreversion.cpp" line="+48"/>
        <source>Not run: the Dual Write Core solution is not installed (see prereq.dual-write-core, DWHC0201).</source>
        <translation>実行されていません: Dual Write Core ソリューション (二重書き込みのコア ソリューション) がインストールされていません (prereq.dual-write-core、DWHC0201 を参照)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version of %1 (&quot;%2&quot;) cannot be compared with the documented minimum %3.</source>
        <translation>%1 のバージョン (&quot;%2&quot;) を、文書化された最小バージョン %3 と比較できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is at or above %3, the minimum of Microsoft&apos;s September 2024 dual-write security update.</source>
        <translation>%1 %2 は %3 以上です。これは Microsoft の 2024 年 9 月の二重書き込みセキュリティ更新プログラムの最小バージョンです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is below %3. Microsoft&apos;s dual-write release notes (September 2024 security update, %4) made %3 mandatory by %5; below it the dual-write pause and resume and alert features don&apos;t work.</source>
        <translation>%1 %2 は %3 未満です。Microsoft の二重書き込みリリース ノート (2024 年 9 月のセキュリティ更新プログラム、%4) により、%5 までに %3 が必須となりました。これを下回ると、二重書き込みの一時停止と再開、およびアラートの機能が動作しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is even below %1: the tenant still needs the dual-write app consent and the 33976c19-1db5-4c02-810e-c243db79efde application.</source>
        <translation>さらに %1 も下回っています。テナントには引き続き、二重書き込みアプリの同意と 33976c19-1db5-4c02-810e-c243db79efde アプリケーションが必要です。</translation>
    </message>
    <message>
        <location filename="../src/rules/detailsreader.cpp" line="+13"/>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a string</source>
        <translation>%1 は文字列ではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 は true または false ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a count</source>
        <translation>%1 は件数ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an array</source>
        <translation>%1 は配列ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] は文字列ではありません</translation>
    </message>
    <message>
        <location filename="../src/rules/securityroles.cpp" line="-92"/>
        <source>Without any security role (Dataverse refuses dual-write&apos;s writes for them): %1.</source>
        <translation>セキュリティ ロールがありません (Dataverse はこれらに対する二重書き込みの書き込みを拒否します): %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not judged: %1.</source>
        <translation>判定なし: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the roles Microsoft&apos;s security-roles article (updated January 15, 2026) asks for: %1. A custom role may grant the same privileges; dwhealth does not read privileges.</source>
        <translation>Microsoft のセキュリティ ロールに関する記事 (2026 年 1 月 15 日更新) で求められるロールがありません: %1。カスタム ロールで同じ権限が付与されている場合があります。dwhealth は権限を読み取りません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lacks %2 (its roles: %3)</source>
        <translation>%1 に %2 がありません (ロール: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the service returned only part of its roles)</source>
        <translation>%1 (サービスはロールの一部のみを返しました)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the application user &quot;%1&quot; (%2)</source>
        <translation>アプリケーション ユーザー &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dual-write application user exists in Dataverse, so no roles could be checked (prereq.app-users says which are missing).</source>
        <translation>Dataverse に二重書き込みのアプリケーション ユーザーが存在しないため、ロールを確認できませんでした (不足しているユーザーは prereq.app-users に表示されます)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dual-write application users have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>二重書き込みのアプリケーション ユーザーに System Administrator、または Dual-write app user ロールと runtime user ロールがあります: %1。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the root business unit&apos;s default team (not found)</source>
        <translation>ルート部署の既定チーム (見つかりません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root business unit&apos;s default team</source>
        <translation>ルート部署の既定チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owning team of %1</source>
        <translation>%1 の所有チーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root business unit&apos;s default team (also the owning team of %1)</source>
        <translation>ルート部署の既定チーム (%1 の所有チームでもあります)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (not among the owner teams read)</source>
        <translation>%1 %2 (読み取った所有者チームに含まれていません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The root business unit&apos;s default team and the dual-write companies&apos; owning teams have System Administrator or the Dual-write app user and runtime user roles: %1.</source>
        <translation>ルート部署の既定チームと二重書き込み会社の所有チームに System Administrator、または Dual-write app user ロールと runtime user ロールがあります: %1。</translation>
    </message>
</context>
<context>
    <name>dwh::SaveFile</name>
    <message>
        <location filename="../src/core/savefile.cpp" line="+34"/>
        <source>disk quota exceeded or file too large (%1)</source>
        <translation>ディスク クォータを超えたか、ファイルが大きすぎます (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no space left on the device (%1)</source>
        <translation>デバイスに空き領域がありません (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::Scenarios</name>
    <message>
        <location filename="../src/sim/scenariotexts.cpp" line="+12"/>
        <source>Two Dataverse connections: one Connected, one in Error; which one the link uses is not exposed.</source>
        <translation>Dataverse 接続が 2 つあり、一方は接続済み、もう一方はエラーです。リンクがどちらを使用しているかは公開されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse connection of the environment is in status Error.</source>
        <translation>環境の Dataverse 接続の状態が Error です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF has no cdm_companies row in Dataverse.</source>
        <translation>選択した法人 DEMF には Dataverse の cdm_companies 行がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two Dataverse runtime configurations have no matching F&amp;O project configuration.</source>
        <translation>Dataverse のランタイム構成 2 件に、対応する F&amp;O のプロジェクト構成がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write company DEMF has no default owning team.</source>
        <translation>二重書き込みの会社 DEMF に既定の所有チームがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Finance and Operations connection of the environment was deleted.</source>
        <translation>環境の Finance and Operations 接続が削除されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected legal entity DEMF is missing from the F&amp;O LegalEntities.</source>
        <translation>選択した法人 DEMF が F&amp;O の LegalEntities にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two F&amp;O project configurations point at another Dataverse environment.</source>
        <translation>F&amp;O のプロジェクト構成 2 件が別の Dataverse 環境を指しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team was renamed.</source>
        <translation>ルート部署の既定のチームの名前が変更されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Dataverse request answers 503 Service Unavailable.</source>
        <translation>Dataverse へのすべての要求が 503 Service Unavailable を返します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O request answers 500 Internal Server Error.</source>
        <translation>F&amp;O へのすべての要求が 500 Internal Server Error を返します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual Write Core solution is not installed.</source>
        <translation>Dual Write Core ソリューションがインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics365Company 2.0.2.10 and Dynamics365FinanceExtended 1.0.0.0 are below the required versions.</source>
        <translation>Dynamics365Company 2.0.2.10 と Dynamics365FinanceExtended 1.0.0.0 が必要なバージョンより古くなっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prospect to Cash solution is installed.</source>
        <translation>Prospect to Cash ソリューションがインストールされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core is below 1.0.24073.3, the minimum of the September 2024 security update.</source>
        <translation>Dual Write Core が、2024 年 9 月のセキュリティ更新プログラムの最小バージョンである 1.0.24073.3 を下回っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) is disabled.</source>
        <translation>アプリケーション ユーザー Dynamics Data Integration (2e49aa60-…) が無効になっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of DualWriteRuntime.Plugins is disabled.</source>
        <translation>DualWriteRuntime.Plugins のステップが 1 つ無効になっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write application (6f7d0213-…) is missing from the F&amp;O Microsoft Entra ID applications page.</source>
        <translation>二重書き込みアプリケーション (6f7d0213-…) が F&amp;O の Microsoft Entra ID アプリケーション ページにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application user has no System Administrator role.</source>
        <translation>サインインしたアプリケーション ユーザーにシステム管理者ロールがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in application runs as an F&amp;O user without the System administrator role.</source>
        <translation>サインインしたアプリケーションは、システム管理者ロールのない F&amp;O ユーザーとして実行されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dynamics Data Integration application user (2e49aa60-…) has no security role.</source>
        <translation>Dynamics Data Integration アプリケーション ユーザー (2e49aa60-…) にセキュリティ ロールがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root business unit&apos;s default team has no security role.</source>
        <translation>ルート部署の既定チームにセキュリティ ロールがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two cdm_companies rows have the same name.</source>
        <translation>cdm_companies の 2 行が同じ名前です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41 legal entities are selected for dual-write (initial sync supports 40).</source>
        <translation>二重書き込みに 41 の法人が選択されています (初期同期でサポートされるのは 40 まで)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but F&amp;O does not expose SysAADClientTables over OData (404): DWHC0305 and DWHC0402 are unknown, not pass.</source>
        <translation>正常ですが、F&amp;O は SysAADClientTables を OData で公開していません (404)。DWHC0305 と DWHC0402 は合格ではなく不明になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the dual-write plug-in logged errors of several kinds in the last 24 hours (and older ones, and another plug-in&apos;s): dwhealth errors --since 24h groups them by cause.</source>
        <translation>リンクは正常ですが、二重書き込みプラグインが過去 24 時間に複数の種類のエラーを記録しました (古いエラーや別のプラグインのエラーもあります): dwhealth errors --since 24h で原因別にグループ化されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;O returns no dual-write project configurations while Dataverse holds runtime configurations.</source>
        <translation>Dataverse にランタイム構成があるのに、F&amp;O から二重書き込みのプロジェクト構成が返されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant where every check passes.</source>
        <translation>すべてのチェックに合格するテナント。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big tenant: ~3000 companies (30 selected), ~6000 teams, ~3000 legal entities, ~2000 maps.</source>
        <translation>大規模なテナント：会社 約 3000 (選択 30)、チーム 約 6000、法人 約 3000、マップ 約 2000。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Platform admin API says the Dataverse environment is linked to another F&amp;O environment.</source>
        <translation>Power Platform 管理 API によると、Dataverse 環境は別の F&amp;O 環境にリンクされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but solutions answers a cut-off JSON body: the checks that need it are unknown.</source>
        <translation>正常ですが、solutions が途中で切れた JSON 本文を返します。それを必要とするチェックは不明になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default team of USMF&apos;s business unit was renamed; the root business unit&apos;s is fine.</source>
        <translation>USMF の部署の既定のチームの名前が変更されています。ルート部署の既定のチームは問題ありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table maps in every state: running, paused (Queueing), not running (Disabled) and one running map without its Dataverse runtime configuration (error); a few recent errors.</source>
        <translation>すべての状態のテーブル マップ: 実行中、一時停止 (Queueing)、実行されていない (Disabled)、および Dataverse のランタイム構成がない実行中のマップ 1 つ (エラー)。最近のエラーがいくつかあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but Dataverse refuses to read the security roles of users and teams (403): DWHC0403 and DWHC0404 are unknown, not pass.</source>
        <translation>正常ですが、Dataverse がユーザーとチームのセキュリティ ロールの読み取りを拒否しています (403): DWHC0403 と DWHC0404 は合格ではなく不明です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile does not list the dual-write legal entities, and no documented API exposes the selection.</source>
        <translation>プロファイルに二重書き込みの法人が一覧表示されておらず、選択内容を公開する文書化された API もありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, with 200 ms latency on every response.</source>
        <translation>正常。すべての応答に 200 ms の遅延があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMF&apos;s default owning team has a role for the synced tables but not the Dual-write app user role.</source>
        <translation>DEMF の既定の所有チームには同期対象テーブル用のロールがありますが、Dual-write app user ロールがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, but the first request of several datasets answers 429 with Retry-After 1.</source>
        <translation>正常ですが、いくつかのデータセットの最初の要求が Retry-After 1 付きで 429 を返します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy link, but the signed-in identity may not read the plug-in trace log (403): the Dataverse errors are unknown and the missing right is named.</source>
        <translation>リンクは正常ですが、サインインした ID はプラグイン トレース ログを読み取れません (403): Dataverse のエラーは不明となり、不足している権限が示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every F&amp;O project configuration points at another Dataverse environment than the profile&apos;s, and nothing confirms the link.</source>
        <translation>すべての F&amp;O プロジェクト構成がプロファイルとは別の Dataverse 環境を指しており、リンクを確認できるものがありません。</translation>
    </message>
</context>
<context>
    <name>dwh::ServiceClient</name>
    <message>
        <location filename="../src/net/serviceclient.cpp" line="+181"/>
        <source>%1: no sign-in is configured</source>
        <translation>%1: サインインが構成されていません</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>%1: the request failed</source>
        <translation>%1: 要求が失敗しました</translation>
    </message>
</context>
<context>
    <name>dwh::Symptoms</name>
    <message>
        <location filename="../src/troubleshoot/symptomtexts.cpp" line="+12"/>
        <source>The Dual-write module does not load in finance and operations apps</source>
        <translation>財務と運用アプリで二重書き込みモジュールが読み込まれない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data integration service is probably down.</source>
        <translation>データ統合サービスがダウンしている可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure finance and operations apps and Dataverse themselves respond (run the health check), so that the problem is narrowed down to the data integration service.</source>
        <translation>財務と運用アプリと Dataverse 自体が応答することを確認して (正常性チェックを実行します)、問題をデータ統合サービスに絞り込みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a support ticket to request a restart of the data integration service.</source>
        <translation>データ統合サービスの再起動を依頼するサポート チケットを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the data integration service; these checks only rule out the environments themselves.</source>
        <translation>正常性チェックではデータ統合サービスを確認できません。これらのチェックで除外できるのは、環境自体の問題のみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>401 (Unauthorized) when you create a new table map</source>
        <translation>新しいテーブル マップの作成時に 401 (Unauthorized) が発生する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the user who set up the dual-write connection can create a table map; the map was created as another user.</source>
        <translation>テーブル マップを作成できるのは、二重書き込み接続を設定したユーザーのみです。マップは別のユーザーとして作成されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to finance and operations apps as the user who set up the dual-write connection and create the table map again.</source>
        <translation>二重書き込み接続を設定したユーザーとして財務と運用アプリにサインインし、テーブル マップを再度作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other users with the system administrator role can monitor the status and edit existing mappings, but cannot add new table maps.</source>
        <translation>システム管理者ロールを持つ他のユーザーは、状態の監視と既存のマッピングの編集はできますが、新しいテーブル マップを追加することはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same user that set up dual-write.</source>
        <translation>二重書き込みを設定したユーザー本人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login.microsoftonline.com refused to connect (dual-write user interface)</source>
        <translation>login.microsoftonline.com で接続が拒否される (二重書き込みユーザー インターフェイス)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser blocks the sign-in page inside the dual-write user interface, typically because third-party cookies are blocked.</source>
        <translation>ブラウザーが二重書き込みユーザー インターフェイス内のサインイン ページをブロックしています。通常は、サードパーティの Cookie がブロックされていることが原因です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in by using an InPrivate window in Microsoft Edge, an incognito window in Chromium, or an incognito window in Google Chrome.</source>
        <translation>Microsoft Edge の InPrivate ウィンドウ、Chromium のシークレット ウィンドウ、または Google Chrome のシークレット ウィンドウを使用してサインインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock or clear third-party cookies, then open Dual-write from the Data management workspace again.</source>
        <translation>サードパーティの Cookie のブロックを解除するか Cookie を消去してから、データ管理ワークスペースから二重書き込みを再度開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This happens in the browser; no dwhealth check can detect it.</source>
        <translation>これはブラウザー内で発生するため、dwhealth のチェックでは検出できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (tokenexchange) when you link the environments or add a table map</source>
        <translation>環境のリンク時またはテーブル マップの追加時に 403 (tokenexchange) が発生する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have sufficient permissions to link dual-write or create maps.</source>
        <translation>二重書き込みのリンクまたはマップの作成に必要なアクセス許可がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset without unlinking dual-write.</source>
        <translation>二重書き込みのリンクを解除せずに Dataverse 環境がリセットされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments as a user with the system administrator role in both Finance and Operations apps and Dataverse.</source>
        <translation>財務と運用アプリと Dataverse の両方でシステム管理者ロールを持つユーザーとして、環境をリンクします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new table maps as the user who set up the dual-write connection; after setup, any user with the system administrator role can monitor the status and edit the mappings.</source>
        <translation>新しいテーブル マップは、二重書き込み接続を設定したユーザーとして追加します。設定後は、システム管理者ロールを持つすべてのユーザーが状態を監視し、マッピングを編集できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Dataverse environment was reset without unlinking dual-write, the link still points at the environment as it was: stop all table maps, reset the dual-write link (Reset link) and apply the solutions again.</source>
        <translation>二重書き込みのリンクを解除せずに Dataverse 環境をリセットした場合、リンクはリセット前の環境を指したままです。すべてのテーブル マップを停止し、二重書き込みのリンクをリセット (「リンクのリセット」) してから、ソリューションを再度適用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you open a support ticket, include the Session ID and Root activity ID of the message.</source>
        <translation>サポート チケットを作成する場合は、メッセージのセッション ID とルート アクティビティ ID を含めてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator in both Finance and Operations apps and Dataverse.</source>
        <translation>財務と運用アプリと Dataverse の両方のシステム管理者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ID</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root activity ID</source>
        <translation>ルート アクティビティ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 Forbidden when you stop a table map</source>
        <translation>テーブル マップの停止時に 403 Forbidden が発生する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The linked Dataverse environment isn&apos;t available.</source>
        <translation>リンクされた Dataverse 環境を利用できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a ticket for the Data Integration team.</source>
        <translation>データ統合チーム宛てのチケットを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the network trace of the failing action (for example a HAR file saved from the browser&apos;s developer tools), so that the Data Integration team can mark the maps as Not running in the back end.</source>
        <translation>失敗した操作のネットワーク トレース (ブラウザーの開発者ツールで保存した HAR ファイルなど) を添付して、データ統合チームがバックエンドでマップを「実行されていません」に設定できるようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync or import into finance and operations apps is slow (parallel processing)</source>
        <translation>財務と運用アプリへの初期同期またはインポートが遅い (並列処理)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel processing is not configured for the data entity, so imports from customer engagement apps and Dataverse into finance and operations apps do not run as parallel tasks.</source>
        <translation>データ エンティティに並列処理が構成されていないため、顧客エンゲージメント アプリと Dataverse から財務と運用アプリへのインポートが並列タスクとして実行されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to your Finance and Operations environment.</source>
        <translation>財務と運用環境にログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters.</source>
        <translation>「データ管理」&gt;「フレームワーク パラメーター」に移動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Entity settings and select Configure entity execution parameters.</source>
        <translation>「エンティティの設定」を選択し、「エンティティ実行パラメーターの構成」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the parameters for parallel processing for the entity: Import threshold record count and Import task count.</source>
        <translation>エンティティの並列処理のパラメーター (「インポートしきい値レコード数」と「インポート タスク数」) を追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Save.</source>
        <translation>「保存」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import performance is outside the health check; no dwhealth check covers it.</source>
        <translation>インポートのパフォーマンスは正常性チェックの対象外です。dwhealth のチェックでは扱いません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A related Microsoft article recommends an import threshold record count of 1000 and an import task count of 8 for some entities; start there and adjust per entity.</source>
        <translation>関連する Microsoft の記事では、一部のエンティティについてインポートしきい値レコード数を 1000、インポート タスク数を 8 にすることを推奨しています。この値から始めて、エンティティごとに調整してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import threshold record count</source>
        <translation>インポートしきい値レコード数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of records that must be met before parallel processing is enabled.</source>
        <translation>並列処理が有効になるために必要なレコード数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import task count</source>
        <translation>インポート タスク数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of threads (tasks) to run in parallel.</source>
        <translation>並列で実行するスレッド (タスク) の数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: Unable to build dual-write lookup metadata</source>
        <translation>初期同期の失敗：Unable to build dual-write lookup metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping has dependent mappings that are not enabled.</source>
        <translation>マッピングに、有効になっていない依存マッピングがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping is missing source or destination columns.</source>
        <translation>マッピングにソース列または宛先列がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mapping has dependent mappings, enable the dependent mappings of this table mapping.</source>
        <translation>マッピングに依存マッピングがある場合は、このテーブル マッピングの依存マッピングを有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in the Finance and Operations app is missing, follow Missing table columns issue on maps: Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list, then open the map and choose Refresh tables.</source>
        <translation>財務と運用アプリの列が見つからない場合は、「マップのテーブル列が見つからない問題」の手順に従います。「データ管理」&gt;「フレームワーク パラメーター」&gt;「エンティティの設定」&gt;「エンティティ リストの更新」を実行してから、マップを開いて「テーブルの更新」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a column in Dataverse is missing, select Refresh tables on the mapping so that the columns are automatically populated back into the mapping.</source>
        <translation>Dataverse の列が見つからない場合は、マッピングで「テーブルの更新」を選択して、列がマッピングに自動的に再設定されるようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the mapping to Running again.</source>
        <translation>マッピングを再度「実行中」に設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message reports a failed plug-in registration: these checks confirm that the dual-write plug-ins and solutions are in place. Dependent maps and columns are not part of the health check.</source>
        <translation>メッセージはプラグイン登録の失敗を報告しています。これらのチェックでは、二重書き込みのプラグインとソリューションがそろっていることを確認します。依存マップと列は正常性チェックの対象外です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 400 Bad Request, AX export encountered an error</source>
        <translation>初期同期の失敗：400 Bad Request, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Microsoft Dynamics 365 Data import export framework service of the finance and operations app is stopped; the initial synchronization requires it.</source>
        <translation>財務と運用アプリの Microsoft Dynamics 365 Data import export framework service が停止しています。初期同期にはこのサービスが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the virtual machine (VM) for the finance and operations app.</source>
        <translation>財務と運用アプリの仮想マシン (VM) にサインインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Management Console.</source>
        <translation>Microsoft 管理コンソールを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Services pane, make sure that the Microsoft Dynamics 365 Data import export framework service is running. Restart it if it has been stopped, because the initial synchronization requires it.</source>
        <translation>「サービス」ウィンドウで、Microsoft Dynamics 365 Data import export framework service が実行されていることを確認します。初期同期に必要なため、停止している場合は再起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System admin.</source>
        <translation>システム管理者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check cannot see the services of the finance and operations VM; the check only rules out sign-in and network problems.</source>
        <translation>正常性チェックでは財務と運用 VM のサービスを確認できません。このチェックで除外できるのは、サインインとネットワークの問題のみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails: 403 Forbidden, AX export encountered an error</source>
        <translation>初期同期の失敗：403 Forbidden, AX export encountered an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DtAppID client registration on the Microsoft Entra applications page of the finance and operations app no longer grants access for the export.</source>
        <translation>財務と運用アプリの「Microsoft Entra アプリケーション」ページにある DtAppID クライアントの登録で、エクスポートへのアクセスが許可されなくなっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the finance and operations app.</source>
        <translation>財務と運用アプリにサインインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Microsoft Entra applications page (formerly Azure Active Directory applications), delete the DtAppID client, and then add it again.</source>
        <translation>「Microsoft Entra アプリケーション」ページ (旧称「Azure Active Directory アプリケーション」) で DtAppID クライアントを削除してから、再度追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial synchronization again.</source>
        <translation>初期同期を再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution has a version mismatch when a table map runs</source>
        <translation>テーブル マップの実行時に二重書き込みソリューションのバージョンが一致しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dual-write solution installed in Dataverse is older than the version that the table map requires.</source>
        <translation>Dataverse にインストールされている二重書き込みソリューションが、テーブル マップに必要なバージョンより古くなっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the dual-write solutions in Dataverse: in the Power Platform admin center, open the environment, choose Dynamics 365 apps and update the package that contains each solution named in the message.</source>
        <translation>Dataverse の二重書き込みソリューションを更新します。Power Platform 管理センターで環境を開き、「Dynamics 365 アプリ」を選択して、メッセージに記載された各ソリューションを含むパッケージを更新します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure to upgrade to the latest solution that matches the required solution version.</source>
        <translation>必要なソリューション バージョンに一致する最新のソリューションにアップグレードしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page in finance and operations apps, apply the updated map solutions where they show new changes, then run the table maps again.</source>
        <translation>財務と運用アプリの二重書き込みページで、新しい変更が表示されているマップ ソリューションを適用してから、テーブル マップを再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many legal entities: Exceeds the maximum partitions allowed for mapping</source>
        <translation>法人が多すぎる：Exceeds the maximum partitions allowed for mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than about 250 legal entities are linked between the environments; that is the current limit, and the error appears when you enable maps.</source>
        <translation>環境間でリンクされている法人が約 250 を超えています。これが現在の上限であり、マップを有効にするとエラーが表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page, under Environment details &gt; Legal entities, remove the legal entities that do not need to sync, so that at most 250 remain.</source>
        <translation>二重書き込みページの「環境の詳細」&gt;「法人」で、同期する必要のない法人を削除し、残りを 250 以下にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in mind that the initial synchronization supports at most 40 legal entities at a time.</source>
        <translation>初期同期で一度にサポートされる法人は最大 40 であることに注意してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the maps again.</source>
        <translation>マップを再度有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving connection set failed: duplicate or blank company names</source>
        <translation>接続セットの保存に失敗する：会社名の重複または空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write does not support several legal entities (companies) with the same name, for example two companies named &quot;DAT&quot; in Dataverse; Company rows with a blank name cause the same error.</source>
        <translation>二重書き込みでは、同じ名前の法人 (会社) を複数持つことはサポートされていません (たとえば、Dataverse に &quot;DAT&quot; という名前の会社が 2 つある場合)。名前が空白の会社の行も同じエラーの原因になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate records from the cdm_company (Company) table in Dataverse.</source>
        <translation>Dataverse の cdm_company (会社) テーブルから重複したレコードを削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or correct the cdm_company records that have a blank name.</source>
        <translation>名前が空白の cdm_company レコードを削除または修正します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the environments again.</source>
        <translation>環境を再度リンクします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to CRM (Dataverse) during setup</source>
        <translation>DW9003: セットアップ中に CRM (Dataverse) に接続できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to Dataverse: the dual-write application users are missing, disabled or lack privileges.</source>
        <translation>Lifecycle Services から二重書き込みを設定したときに、そのサービス プリンシパルが Dataverse に接続できませんでした。二重書き込みのアプリケーション ユーザーが存在しないか、無効になっているか、権限が不足しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Settings &gt; Users + permissions &gt; Application users.</source>
        <translation>Power Platform 管理センターで環境を開き、「設定」&gt;「ユーザー + アクセス許可」&gt;「アプリケーション ユーザー」を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure enabled application users exist for 00000015-0000-0000-c000-000000000000 (Microsoft-managed environments only) and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b, with the Dual-write app user role and create, read, write and delete on every dual-write table.</source>
        <translation>00000015-0000-0000-c000-000000000000 (Microsoft が管理する環境のみ) と 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b の有効なアプリケーション ユーザーが存在し、Dual-write app user ロールと、すべての二重書き込みテーブルに対する作成、読み取り、書き込み、削除の権限を持っていることを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again from Lifecycle Services (Power Platform integration).</source>
        <translation>Lifecycle Services (Power Platform 統合) からセットアップを再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DW9003: Failed to connect to AX (finance and operations apps) during setup</source>
        <translation>DW9003: セットアップ中に AX (財務と運用アプリ) に接続できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When dual-write was set up from Lifecycle Services, its service principal could not connect to finance and operations apps: the client id is not registered, or its user is disabled or lacks privileges.</source>
        <translation>Lifecycle Services から二重書き込みを設定したときに、そのサービス プリンシパルが財務と運用アプリに接続できませんでした。クライアント ID が登録されていないか、そのユーザーが無効になっているか、権限が不足しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, open System administration &gt; Setup &gt; Microsoft Entra ID applications.</source>
        <translation>財務と運用アプリで、「システム管理」&gt;「設定」&gt;「Microsoft Entra ID アプリケーション」を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the dual-write client ids (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) are listed, each with a user that is enabled and has the right privileges.</source>
        <translation>二重書き込みのクライアント ID (6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452 と 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) が一覧に表示され、それぞれに有効で適切な権限を持つユーザーが設定されていることを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>403 (Forbidden) while the dual-write connections are created: no Power Apps licence</source>
        <translation>二重書き込み接続の作成中に 403 (Forbidden) が発生する：Power Apps ライセンスがない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking creates two Power Apps (ApiHub) connections on behalf of the user in the linked Dataverse environment; without a Power Apps licence their creation fails with 403 (Forbidden).</source>
        <translation>リンク時には、リンクされた Dataverse 環境にユーザーに代わって 2 つの Power Apps (ApiHub) 接続が作成されます。Power Apps ライセンスがないと、作成は 403 (Forbidden) で失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign an appropriate licence (for example, Power Apps Trial 2 Plan) to the user who links dual-write, so that the user has permission to create the connections.</source>
        <translation>二重書き込みをリンクするユーザーに適切なライセンス (Power Apps Trial 2 Plan など) を割り当てて、ユーザーが接続を作成するアクセス許可を持つようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify the licence, open the My account site (https://portal.office.com/account/?ref=MeControl#subscriptions) as that user and view the licences currently assigned.</source>
        <translation>ライセンスを確認するには、そのユーザーとしてマイ アカウント サイト (https://portal.office.com/account/?ref=MeControl#subscriptions) を開き、現在割り当てられているライセンスを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>404 (Not Found) when you open the Dual-write page: app consent missing</source>
        <translation>二重書き込みページを開くと 404 (Not Found) が発生する：アプリの同意がない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app consent step is not complete: the app with ID 33976c19-1db5-4c02-810e-c243db79efde is not in the tenant&apos;s Enterprise applications list.</source>
        <translation>アプリの同意の手順が完了していません。ID が 33976c19-1db5-4c02-810e-c243db79efde のアプリが、テナントのエンタープライズ アプリケーションの一覧にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to portal.azure.com with the tenant admin account and check whether the app with ID 33976c19-1db5-4c02-810e-c243db79efde shows up in the Enterprise applications list.</source>
        <translation>テナント管理者アカウントで portal.azure.com にサインインし、ID が 33976c19-1db5-4c02-810e-c243db79efde のアプリがエンタープライズ アプリケーションの一覧に表示されるかどうかを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it doesn&apos;t, open https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent with admin credentials and select Accept.</source>
        <translation>表示されない場合は、管理者の資格情報で https://login.microsoftonline.com/common/oauth2/authorize?client_id=33976c19-1db5-4c02-810e-c243db79efde&amp;response_type=code&amp;prompt=admin_consent を開き、「承諾」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If that doesn&apos;t work, open the URL in an InPrivate window of Microsoft Edge or an incognito window of Chrome.</source>
        <translation>それでも解決しない場合は、Microsoft Edge の InPrivate ウィンドウまたは Chrome のシークレット ウィンドウで URL を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual Write Core 1.0.16.0 or later no longer needs this consent step.</source>
        <translation>Dual Write Core 1.0.16.0 以降では、この同意の手順は不要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finance and operations environment is not discoverable</source>
        <translation>財務と運用環境が検出できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user who signs in is not in the same tenant as the finance and operations instance.</source>
        <translation>サインインするユーザーが、財務と運用インスタンスと同じテナントに属していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legacy Microsoft-hosted finance and operations instance has an issue with discovery.</source>
        <translation>Microsoft がホストする従来の財務と運用インスタンスで、検出に関する問題が発生しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a user of the same Microsoft Entra tenant as the finance and operations instance.</source>
        <translation>財務と運用インスタンスと同じ Microsoft Entra テナントのユーザーでサインインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a legacy Microsoft-hosted instance, update the finance and operations instance; the environment becomes discoverable with any update.</source>
        <translation>Microsoft がホストする従来のインスタンスの場合は、財務と運用インスタンスを更新します。どの更新でも、環境が検出可能になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing source field in the schema of a table map</source>
        <translation>テーブル マップのスキーマにソース フィールドがない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map refers to a column that the data entity list of finance and operations apps no longer knows, typically after an upgrade.</source>
        <translation>テーブル マップが、財務と運用アプリのデータ エンティティ リストで認識されなくなった列を参照しています。通常はアップグレード後に発生します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Data management &gt; Framework parameters &gt; Entity settings and select Refresh entity list.</source>
        <translation>「データ管理」&gt;「フレームワーク パラメーター」&gt;「エンティティの設定」に移動し、「エンティティ リストの更新」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the entity is listed under Data entities, then open the map from the Dual-write page and select Refresh tables.</source>
        <translation>エンティティが「データ エンティティ」に表示されていることを確認してから、二重書き込みページでマップを開き、「テーブルの更新」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the field is still missing: Data management &gt; Data entities, find the entity, select Modify target mapping and, in Map staging to target, select Generate mapping.</source>
        <translation>それでもフィールドが見つからない場合：「データ管理」&gt;「データ エンティティ」でエンティティを検索し、「ターゲット マッピングの変更」を選択して、「ステージングをターゲットにマップ」で「マッピングの生成」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the dual-write map again; if the attribute is still missing, add it with Add attribute, save and run the map.</source>
        <translation>二重書き込みマップを再度開きます。それでも属性が見つからない場合は、「属性の追加」で追加し、保存してマップを実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map schemas are not part of the health check.</source>
        <translation>テーブル マップのスキーマは正常性チェックの対象外です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1001: the Dataverse ApiHub connection of dual-write is missing</source>
        <translation>DWDVEV1001: 二重書き込みの Dataverse ApiHub 接続がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to Dataverse that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>二重書き込みのリンクが使用する Dataverse への Power Apps (ApiHub) 接続が存在しなくなりました。Power Apps 作成者ポータルで削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection (Dual-write page &gt; Reset), as Reset dual-write connections describes.</source>
        <translation>二重書き込みの接続をリセットしてください (二重書き込みページ &gt; リセット)。手順は「二重書き込み接続のリセット」を参照してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check again to confirm that the connection is back.</source>
        <translation>ヘルス チェックを再度実行して、接続が復元されたことを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1001: the finance and operations ApiHub connection of dual-write is missing</source>
        <translation>DWFOEV1001: 二重書き込みの財務と運用 ApiHub 接続がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connection to finance and operations apps that the dual-write link uses no longer exists; it was probably deleted in the Power Apps maker portal.</source>
        <translation>二重書き込みのリンクが使用する財務と運用アプリへの Power Apps (ApiHub) 接続が存在しなくなりました。Power Apps 作成者ポータルで削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1003: a dual-write legal entity has no company in Dataverse</source>
        <translation>DWDVEV1003: 二重書き込みの法人に対応する会社が Dataverse にありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity selected on the Dual-write page (Environment details &gt; Legal entities) has no row in the Company (cdm_company) table of Dataverse.</source>
        <translation>二重書き込みページ (環境の詳細 &gt; 法人) で選択された法人に対応する行が、Dataverse の会社 (cdm_company) テーブルにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the list of mismatched companies from the health check result.</source>
        <translation>ヘルス チェックの結果から、一致しない会社の一覧を取得します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either remove those legal entities from the dual-write configuration, or create the missing Company rows in Dataverse.</source>
        <translation>それらの法人を二重書き込みの構成から削除するか、不足している会社の行を Dataverse に作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the configuration is beyond repair, reset the dual-write connection.</source>
        <translation>構成を修復できない場合は、二重書き込みの接続をリセットします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1003: a dual-write legal entity does not exist in finance and operations apps</source>
        <translation>DWFOEV1003: 二重書き込みの法人が財務と運用アプリに存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal entity linked for dual-write does not exist as a legal entity in finance and operations apps.</source>
        <translation>二重書き込み用にリンクされた法人が、財務と運用アプリに法人として存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove those legal entities from the dual-write configuration.</source>
        <translation>それらの法人を二重書き込みの構成から削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1004: stale dual-write configurations in Dataverse</source>
        <translation>DWDVEV1004: Dataverse に古い二重書き込みの構成があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write runtime configurations (msdyn_dualwriteruntimeconfig) remain in Dataverse from a link that was removed or from another finance and operations environment.</source>
        <translation>削除されたリンク、または別の財務と運用環境の二重書き込みランタイム構成 (msdyn_dualwriteruntimeconfig) が Dataverse に残っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the table maps of the current link.</source>
        <translation>現在のリンクのテーブル マップを停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the Dual Write Runtime Configurations rows that the current link does not own (Advanced Find, or the guided fix).</source>
        <translation>現在のリンクが所有していない Dual Write Runtime Configurations の行を削除します (高度な検索、またはガイド付き修正を使用)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table maps again.</source>
        <translation>テーブル マップを再度開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1004: stale dual-write configurations in finance and operations apps</source>
        <translation>DWFOEV1004: 財務と運用アプリに古い二重書き込みの構成があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DualWriteProjectConfiguration rows remain in finance and operations apps that point to a Dataverse environment other than the linked one.</source>
        <translation>リンクされている環境以外の Dataverse 環境を指す DualWriteProjectConfiguration 行が、財務と運用アプリに残っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the DualWriteProjectConfiguration rows (and their field configurations) whose external environment URL is not the linked Dataverse (Excel add-in on DualWriteProjectConfigurationEntity, or the guided fix).</source>
        <translation>外部環境 URL がリンクされている Dataverse ではない DualWriteProjectConfiguration 行 (およびそのフィールド構成) を削除します (DualWriteProjectConfigurationEntity で Excel アドインを使用するか、ガイド付き修正を使用)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWFOEV1006: the default team is not named as its business unit</source>
        <translation>DWFOEV1006: 既定のチームが部署と同じ名前ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial synchronization makes the default team of the mapped or root business unit the owner of imported rows and expects the team to carry the business unit&apos;s name; the team was renamed after the link was made.</source>
        <translation>初期同期では、マップされた部署またはルート部署の既定のチームがインポートされた行の所有者になり、そのチームに部署の名前が付いていることが前提となります。このチームの名前がリンクの作成後に変更されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the dual-write connection, or</source>
        <translation>二重書き込みの接続をリセットするか、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Microsoft Support ticket to update the connection, giving the default team of the root business unit (found with the teams query of the security-roles article).</source>
        <translation>Microsoft サポートのチケットを作成して接続の更新を依頼し、ルート部署の既定のチームを伝えます (セキュリティ ロールに関する記事の teams クエリで確認できます)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DWDVEV1007: a dual-write company has no default owning team</source>
        <translation>DWDVEV1007: 二重書き込みの会社に既定の所有チームがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Company (cdm_company) row selected for dual-write has no value in Default owning team.</source>
        <translation>二重書き込み用に選択された会社 (cdm_company) 行の [既定の所有チーム] に値がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the environment linked to dual-write, then Tables &gt; Company.</source>
        <translation>Power Apps 作成者ポータルで、二重書き込みにリンクされた環境を開き、[テーブル] &gt; [会社] を開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Default owning team column and set a team on every company that dual-write syncs.</source>
        <translation>[既定の所有チーム] 列を表示し、二重書き込みで同期するすべての会社にチームを設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give those teams the security roles that dual-write needs (Dual-write runtime user, Dual-write app user and read access to the synced tables).</source>
        <translation>それらのチームに、二重書き込みに必要なセキュリティ ロール (二重書き込みランタイム ユーザー、二重書き込みアプリ ユーザー、同期されるテーブルへの読み取りアクセス) を付与します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal team is missing a privilege when dual-write writes to Dataverse</source>
        <translation>二重書き込みで Dataverse に書き込むときに、プリンシパル チームに特権がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write makes a team the owner of the rows it writes to Dataverse (the default owning team of the company, or the default team of the root business unit for global tables); that team has no security role that grants the privilege named in the message.</source>
        <translation>二重書き込みは、Dataverse に書き込む行の所有者としてチーム (会社の既定の所有チーム、またはグローバル テーブルの場合はルート部署の既定のチーム) を設定しますが、そのチームには、メッセージに示された特権を付与するセキュリティ ロールがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; and note the team name.</source>
        <translation>https://&lt;environment&gt;.crm.dynamics.com/api/data/v9.0/teams?$select=name&amp;$filter=teamid eq &lt;team id from the message&gt; を開き、チーム名を確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Platform admin center, open the environment, then Access &gt; Teams &gt; See all, and select that team.</source>
        <translation>Power Platform 管理センターで環境を開き、[アクセス] &gt; [チーム] &gt; [すべて表示] を選択して、そのチームを選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Manage security roles and add a role with read access to the table in the message (a built-in role such as Salesperson, or a custom one), together with Dual-write runtime user and Dual-write app user.</source>
        <translation>[セキュリティ ロールの管理] を選択し、メッセージに示されたテーブルへの読み取りアクセスを持つロール (営業担当者などの組み込みロール、またはカスタム ロール) を、二重書き込みランタイム ユーザーおよび二重書き込みアプリ ユーザーと共に追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check confirms that each company has an owning team and that the default team keeps its name; it does not read the team&apos;s security roles.</source>
        <translation>ヘルス チェックでは、各会社に所有チームがあることと、既定のチームの名前が保たれていることを確認しますが、チームのセキュリティ ロールは読み取りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team id</source>
        <translation>チーム ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege</source>
        <translation>特権</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 403: the user is not a member of the organization (0x80072560)</source>
        <translation>ライブ同期 403: 「the user is not a member of the organization」(0x80072560)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write application users in Dataverse, or the default owning team, lack the roles that dual-write needs, so Dataverse refuses the write from finance and operations apps.</source>
        <translation>Dataverse の二重書き込みアプリケーション ユーザー、または既定の所有チームに二重書き込みに必要なロールがないため、Dataverse が財務と運用アプリからの書き込みを拒否しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through System requirements and prerequisites again: the application users 00000015-0000-0000-c000-000000000000 and 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b must exist, be enabled and have the roles the article names.</source>
        <translation>「システム要件と前提条件」をもう一度確認してください。アプリケーション ユーザー 00000015-0000-0000-c000-000000000000 と 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b が存在し、有効で、記事に記載されているロールを持っている必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dual-write application users and the default owning team the System administrator role in Dataverse, as the live-sync article asks.</source>
        <translation>ライブ同期の記事の指示に従い、二重書き込みアプリケーション ユーザーと既定の所有チームに Dataverse のシステム管理者ロールを付与します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync: unable to write data to an entity when saving in finance and operations apps</source>
        <translation>ライブ同期: 財務と運用アプリでの保存時に「unable to write data to an entity」エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data that the row needs is missing on the Dataverse side (for example the customer group of a customer).</source>
        <translation>行に必要な参照データ (顧客の顧客グループなど) が Dataverse 側にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the project configuration rows of the failing map in finance and operations apps are damaged.</source>
        <translation>または、財務と運用アプリで失敗しているマップのプロジェクト構成行が破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the reference data exists in both apps (for example, create the customer group in Dataverse).</source>
        <translation>参照データが両方のアプリに存在することを確認します (たとえば、Dataverse で顧客グループを作成します)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the data exists on both sides: open DualWriteProjectConfigurationEntity with the Excel add-in, delete the two rows of the failing map and publish the change.</source>
        <translation>データが両側に存在する場合は、Excel アドインで DualWriteProjectConfigurationEntity を開き、失敗しているマップの 2 つの行を削除して変更を公開します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the table map again and check that rows sync.</source>
        <translation>テーブル マップを再度開始し、行が同期されることを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check finds project configurations that point at another Dataverse; missing reference data is not checked.</source>
        <translation>ヘルス チェックでは別の Dataverse を指すプロジェクト構成を検出しますが、不足している参照データは確認しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync after the Dataverse environment changed: unable to generate payload</source>
        <translation>Dataverse 環境の変更後のライブ同期: 「unable to generate payload」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse environment was reset or replaced while finance and operations apps kept the old link: project configurations in finance and operations apps and runtime configurations in Dataverse point at environments that are gone.</source>
        <translation>財務と運用アプリが古いリンクを保持したまま、Dataverse 環境がリセットまたは置き換えられました。財務と運用アプリのプロジェクト構成と Dataverse のランタイム構成が、存在しなくなった環境を指しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the environments were relinked, stop all table maps first.</source>
        <translation>環境を再リンクした場合は、最初にすべてのテーブル マップを停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In finance and operations apps, delete the DualWriteProjectConfigurationEntity rows of the affected maps with the Excel add-in and publish; leave no stale dual-write configuration behind.</source>
        <translation>財務と運用アプリで、影響を受けるマップの DualWriteProjectConfigurationEntity 行を Excel アドインで削除して公開します。古い二重書き込みの構成を残さないようにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, delete every DualWrite Runtime Configuration row (Advanced Find).</source>
        <translation>Dataverse で、すべての DualWrite Runtime Configuration 行を削除します (高度な検索)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecureConfig Organization does not match actual CRM Organization (after a database copy)</source>
        <translation>「SecureConfig Organization does not match actual CRM Organization」(データベースのコピー後)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was copied or restored from another environment and brought that environment&apos;s dual-write runtime configurations with it; the dual-write plug-in refuses to use a configuration made for another organization.</source>
        <translation>データベースが別の環境からコピーまたは復元され、その環境の二重書き込みランタイム構成も一緒に持ち込まれました。二重書き込みプラグインは、別の組織用に作成された構成の使用を拒否します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every row of the Dual Write Runtime Configurations table (msdyn_dualwriteruntimeconfig) in Dataverse, for example with Advanced Find: Look for Dual Write Runtime Configurations, Results, select all, Delete.</source>
        <translation>Dataverse の Dual Write Runtime Configurations テーブル (msdyn_dualwriteruntimeconfig) のすべての行を削除します。たとえば、高度な検索で、検索対象に Dual Write Runtime Configurations を指定して [結果] を選択し、すべて選択して [削除] を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a backup and restore, also clear DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations apps.</source>
        <translation>バックアップと復元の後は、財務と運用アプリの DualWriteProjectConfiguration、DualWriteProjectFieldConfiguration、BusinessEventsDefinition もクリアします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the link so that the connections are made again for this environment.</source>
        <translation>リンクをリセットして、この環境用に接続を再作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured organization</source>
        <translation>構成された組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual organization</source>
        <translation>実際の組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live sync 400: records of the same transaction reference each other</source>
        <translation>ライブ同期 400: 同じトランザクションのレコードが相互に参照しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two records created in one finance and operations transaction refer to each other; they travel to Dataverse in one batch, and the lookup of one fails because the other is not there yet.</source>
        <translation>財務と運用の 1 つのトランザクションで作成された 2 つのレコードが相互に参照しています。これらは 1 つのバッチで Dataverse に送信されるため、一方の参照先がまだ存在せず、ルックアップが失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an entity relationship in finance and operations apps between the two entities, so that dual-write knows the related records belong to the same transaction.</source>
        <translation>財務と運用アプリで 2 つのエンティティ間にエンティティ リレーションシップを作成し、関連レコードが同じトランザクションに属することを二重書き込みが認識できるようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check does not read business data or table map runs; this one is found in the live-sync error itself.</source>
        <translation>ヘルス チェックでは業務データやテーブル マップの実行は読み取りません。この問題はライブ同期のエラー自体で判明します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding an address: a record with the same Location ID already exists (0x80040265)</source>
        <translation>住所の追加: 同じ Location ID のレコードが既に存在します (0x80040265)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of the Address table in Dataverse is defined on Location ID alone, by an older dual-write orchestration package.</source>
        <translation>Dataverse の Address テーブルのキーが、古い二重書き込みオーケストレーション パッケージによって Location ID のみで定義されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install dual-write orchestration package version 2.2.2.60 or later, so that the Address key (msdyn_locationkey) covers msdyn_locationid and parentid.</source>
        <translation>二重書き込みオーケストレーション パッケージ バージョン 2.2.2.60 以降をインストールし、Address キー (msdyn_locationkey) が msdyn_locationid と parentid を対象とするようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the address again.</source>
        <translation>住所を再度追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solution-version check covers the minimum versions of the solutions, not this package version.</source>
        <translation>ソリューション バージョンのチェックでは、ソリューションの最小バージョンを確認しますが、このパッケージのバージョンは確認しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a customer in Dataverse: party record not found for the party type</source>
        <translation>Dataverse での顧客の追加: パーティ タイプのパーティ レコードが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer created in Dataverse got a new party number, but finance and operations apps already have a customer with a different party number.</source>
        <translation>Dataverse で作成された顧客に新しいパーティ番号が付与されましたが、財務と運用アプリには別のパーティ番号を持つ顧客が既に存在します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the customer up through the party lookup.</source>
        <translation>パーティ ルックアップで顧客を検索します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no customer exists, create a new customer record; if one does, create the new customer record with the existing party.</source>
        <translation>顧客が存在しない場合は、新しい顧客レコードを作成します。存在する場合は、既存のパーティを使用して新しい顧客レコードを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating a customer, vendor or contact in Dataverse: a party cannot change its type</source>
        <translation>Dataverse での顧客、仕入先、または連絡先の作成: パーティのタイプは変更できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The msdyn_party number sequence in Dataverse started again (after a reset, or a link to another Dataverse), so a new party number already belongs to a party of another type in finance and operations apps.</source>
        <translation>Dataverse の msdyn_party 番号順序が (リセット後、または別の Dataverse へのリンク後に) 最初から再開されたため、新しいパーティ番号が財務と運用アプリで既に別のタイプのパーティに属しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Dataverse, give the msdyn_partynumber column of the msdyn_party table a different automatic number sequence.</source>
        <translation>Dataverse で、msdyn_party テーブルの msdyn_partynumber 列に別の自動採番シーケンスを設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Vendors V2: lookup not found (self or circular reference)</source>
        <translation>Vendors V2 の初期同期: ルックアップが見つかりません (自己参照または循環参照)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceVendorAccountNumber refers to the vendor table itself and PrimaryContactPersonId makes a circle with contacts, so rows that use them cannot find their lookups during initial sync.</source>
        <translation>InvoiceVendorAccountNumber は仕入先テーブル自体を参照し、PrimaryContactPersonId は連絡先との間で循環参照になるため、これらを使用する行は初期同期中にルックアップ先を見つけられません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the PrimaryContactPersonId and InvoiceVendorAccountNumber columns from the Vendors V2 (msdyn_vendors) map and save.</source>
        <translation>Vendors V2 (msdyn_vendors) マップから PrimaryContactPersonId 列と InvoiceVendorAccountNumber 列を削除して保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Vendors V2.</source>
        <translation>[データ管理] &gt; [データ テーブル] で、Vendors V2 の変更追跡を無効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Vendors V2 (msdyn_vendors), then of CDS Contacts V2 (contacts).</source>
        <translation>Vendors V2 (msdyn_vendors) の初期同期を実行し、次に CDS Contacts V2 (contacts) の初期同期を実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Vendors V2 again.</source>
        <translation>2 つの列を元に戻して保存し、Vendors V2 の初期同期を再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Vendors V2 again.</source>
        <translation>Vendors V2 の変更追跡を再度有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of Customers V3 or another map: lookup not found (self or circular reference)</source>
        <translation>Customers V3 または他のマップの初期同期: ルックアップが見つかりません (自己参照または循環参照)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InvoiceAccount refers to the account table itself and ContactPersonID makes a circle with contacts, so rows that use them cannot find their lookups during initial sync. Other out-of-box maps can have the same pattern.</source>
        <translation>InvoiceAccount は顧客テーブル自体を参照し、ContactPersonID は連絡先との間で循環参照になるため、これらを使用する行は初期同期中にルックアップ先を見つけられません。他の標準マップにも同じパターンがある場合があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the ContactPersonID and InvoiceAccount columns from the Customers V3 (accounts) map and save.</source>
        <translation>Customers V3 (accounts) マップから ContactPersonID 列と InvoiceAccount 列を削除して保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management &gt; Data tables, disable change tracking for Customers V3.</source>
        <translation>[データ管理] &gt; [データ テーブル] で、Customers V3 の変更追跡を無効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync of Customers V3 (accounts), then of CDS Contacts V2 (contacts) (the map whose description names CDS Vendor Contacts V2).</source>
        <translation>Customers V3 (accounts) の初期同期を実行し、次に CDS Contacts V2 (contacts) (説明に CDS Vendor Contacts V2 と記載されているマップ) の初期同期を実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the two columns back, save, and run the initial sync of Customers V3 again.</source>
        <translation>2 つの列を元に戻して保存し、Customers V3 の初期同期を再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bring InvoiceAccount and ContactPersonId from Dataverse to finance and operations apps, use a data integration project filtered on the company.</source>
        <translation>InvoiceAccount と ContactPersonId を Dataverse から財務と運用アプリに取り込むには、会社でフィルター処理したデータ統合プロジェクトを使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable change tracking for Customers V3 again.</source>
        <translation>Customers V3 の変更追跡を再度有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync fails on a map with more than 10 lookup fields</source>
        <translation>ルックアップ フィールドが 10 個を超えるマップで初期同期が失敗する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query that reads Dataverse during initial sync allows at most 10 lookups; maps such as Customers V3 - Accounts or Sales orders have more.</source>
        <translation>初期同期中に Dataverse を読み取るクエリで使用できるルックアップは最大 10 個です。Customers V3 - Accounts や Sales orders などのマップにはそれより多くのルックアップがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove optional lookup fields from the map until 10 or fewer remain, save, and run the initial sync.</source>
        <translation>ルックアップ フィールドが 10 個以下になるまでマップから省略可能なルックアップ フィールドを削除し、保存して初期同期を実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then swap in the next lookups (still 10 or fewer), save and run the initial sync again; repeat until every lookup has been synced.</source>
        <translation>次に、残りのルックアップに入れ替え (引き続き 10 個以下)、保存して初期同期を再度実行します。すべてのルックアップが同期されるまで繰り返します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all lookup fields back, save, and run the map with Skip initial sync.</source>
        <translation>すべてのルックアップ フィールドを元に戻して保存し、[初期同期をスキップ] を指定してマップを実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync of party addresses: party number could not be found in Dataverse</source>
        <translation>パーティ住所の初期同期: Dataverse でパーティ番号が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DirPartyCDSEntity has a range that keeps only parties of type Person and Organization, so parties of other types (Legal Entity, Operating Unit) never reached Dataverse and their addresses find no party.</source>
        <translation>DirPartyCDSEntity には、タイプが Person と Organization のパーティのみを残す範囲が設定されているため、他のタイプ (法人、運営単位) のパーティは Dataverse に到達せず、その住所に対応するパーティが見つかりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a known issue that Microsoft is fixing in the entity; until then, the addresses of parties of other types cannot be synced by the initial sync of CDS Party postal addresses or Party Contacts V3.</source>
        <translation>これは Microsoft がエンティティで修正中の既知の問題です。修正されるまでは、他のタイプのパーティの住所は、CDS Party postal addresses または Party Contacts V3 の初期同期では同期できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync: a zero amount cannot be converted to Edm.Decimal</source>
        <translation>初期同期: ゼロの金額を Edm.Decimal に変換できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Language locale under Source data formats in Data management makes zero amounts come out in a form that OData cannot read as a decimal.</source>
        <translation>[データ管理] の [ソース データ形式] にある [言語ロケール] の設定により、ゼロの金額が OData で 10 進数として読み取れない形式で出力されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Data management, under Source data formats, set Language locale to en-us.</source>
        <translation>[データ管理] の [ソース データ形式] で、[言語ロケール] を en-us に設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the initial sync again.</source>
        <translation>初期同期を再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page stays blank: third-party cookies are blocked</source>
        <translation>二重書き込みページが空白のままになる: サードパーティの Cookie がブロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dual-write page keeps values in the browser&apos;s session storage, which needs third-party cookies; they are blocked, in general or in InPrivate/incognito windows.</source>
        <translation>二重書き込みページでは、ブラウザーのセッション ストレージに値が保持されます。これにはサードパーティの Cookie が必要ですが、全般的に、または InPrivate/シークレット ウィンドウでブロックされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chrome: chrome://settings &gt; Privacy and security &gt; Cookies and other site data: allow all cookies, or add https://&lt;your instance&gt;.cloudax.dynamics.com to Sites that can always use cookies (all cookies, on this site only).</source>
        <translation>Chrome: chrome://settings &gt; [プライバシーとセキュリティ] &gt; [Cookie と他のサイトデータ] で、すべての Cookie を許可するか、[Cookie の使用を常に許可するサイト] に https://&lt;your instance&gt;.cloudax.dynamics.com を追加します (すべての Cookie、このサイトのみ)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge: Settings &gt; Site permissions &gt; Cookies and site data: turn off Block third-party cookies.</source>
        <translation>Edge: [設定] &gt; [サイトのアクセス許可] &gt; [Cookie とサイト データ] で、[サードパーティの Cookie をブロックする] をオフにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write page again.</source>
        <translation>二重書き込みページを再度開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A browser setting; the health check cannot see it.</source>
        <translation>ブラウザーの設定です。ヘルス チェックでは確認できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database synchronization fails on DualWriteProjectConfiguration during an update (ISDELETE)</source>
        <translation>更新中に DualWriteProjectConfiguration でデータベースの同期が失敗する (ISDELETE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DualWriteProjectConfiguration table was not synchronized to the new schema (column ISDELETE) when finance and operations apps were updated (for example to Platform update 30).</source>
        <translation>財務と運用アプリの更新時 (Platform update 30 への更新など) に、DualWriteProjectConfiguration テーブルが新しいスキーマ (ISDELETE 列) に同期されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finance and operations VM, open Visual Studio as an administrator and find DualWriteProjectConfiguration in the Application Object Tree.</source>
        <translation>財務と運用の VM で Visual Studio を管理者として開き、アプリケーション オブジェクト ツリーで DualWriteProjectConfiguration を見つけます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to a new project, set Synchronize Database on Build to True and build.</source>
        <translation>それを新しいプロジェクトに追加し、[Synchronize Database on Build] を True に設定してビルドします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a full database synchronization (Dynamics 365 &gt; Synchronize database).</source>
        <translation>データベースの完全同期を実行します (Dynamics 365 &gt; Synchronize database)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rerun the database synchronization step in Lifecycle Services, with the manual upgrade scripts where they apply.</source>
        <translation>Lifecycle Services でデータベース同期ステップを再実行します。該当する場合は手動アップグレード スクリプトも使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An upgrade of finance and operations apps; the health check does not see database synchronization.</source>
        <translation>財務と運用アプリのアップグレードに関する問題です。ヘルス チェックではデータベースの同期は確認できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle Services: linked via dual-write to a different environment</source>
        <translation>Lifecycle Services: 二重書き込みで別の環境にリンクされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual-write is linked to a Dataverse environment other than the one Lifecycle Services has set up for Power Platform integration (or LCS has none).</source>
        <translation>二重書き込みが、Lifecycle Services で Power Platform 統合用に設定されている環境とは別の Dataverse 環境にリンクされています (または LCS に設定がありません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If LCS has never been set up for Power Platform integration, connect it to the Dataverse environment that dual-write uses.</source>
        <translation>LCS で Power Platform 統合が設定されたことがない場合は、二重書き込みが使用している Dataverse 環境に接続します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise stop all table maps and reset the dual-write connection to the environment that LCS names (Dual-write page &gt; Reset).</source>
        <translation>それ以外の場合は、すべてのテーブル マップを停止し、LCS で指定されている環境への二重書き込み接続をリセットします (二重書き込みページ &gt; リセット)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the configurations of the old link (DualWriteProjectConfiguration in finance and operations apps, Dual Write Runtime Configurations in Dataverse).</source>
        <translation>古いリンクの構成 (財務と運用アプリの DualWriteProjectConfiguration、Dataverse の Dual Write Runtime Configurations) を削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check reports project configurations that point at another Dataverse (DWFOEV1004).</source>
        <translation>ヘルス チェックでは、別の Dataverse を指すプロジェクト構成が報告されます (DWFOEV1004)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 100: finance and operations platform too old</source>
        <translation>テーブル マップのヘルス チェック 100: 財務と運用のプラットフォームが古すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check needs platform update 43 (version 10.0.19) or later of finance and operations apps.</source>
        <translation>テーブル マップのヘルス チェックには、財務と運用アプリの Platform update 43 (バージョン 10.0.19) 以降が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update finance and operations apps to 10.0.19 or later, then run the table map health check again.</source>
        <translation>財務と運用アプリを 10.0.19 以降に更新してから、テーブル マップのヘルス チェックを再度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table map health check runs on the Dual-write page for one map; dwhealth does not run it.</source>
        <translation>テーブル マップのヘルス チェックは二重書き込みページでマップごとに実行されます。dwhealth では実行されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 400: no business events registration for the entity</source>
        <translation>テーブル マップのヘルス チェック 400: エンティティのビジネス イベント登録がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not running, or every field mapping goes from Dataverse to finance and operations apps, so nothing is registered to track changes in finance and operations apps.</source>
        <translation>マップが実行されていないか、すべてのフィールド マッピングが Dataverse から財務と運用アプリの方向であるため、財務と運用アプリで変更を追跡するための登録が行われていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the map if it should be running.</source>
        <translation>マップを実行する必要がある場合は、マップを開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If finance and operations changes should reach Dataverse, map at least one field in that direction.</source>
        <translation>財務と運用の変更を Dataverse に反映する必要がある場合は、少なくとも 1 つのフィールドをその方向にマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 500: no project configurations for the project</source>
        <translation>テーブル マップのヘルス チェック 500: プロジェクトのプロジェクト構成がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map is not enabled, or all its field mappings go from customer engagement apps to finance and operations apps, so no live sync runs from finance and operations apps.</source>
        <translation>マップが有効になっていないか、すべてのフィールド マッピングが顧客エンゲージメント アプリから財務と運用アプリの方向であるため、財務と運用アプリからのライブ同期が実行されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the direction of the field mappings of the table map and enable the map if it should run.</source>
        <translation>テーブル マップのフィールド マッピングの方向を確認し、マップを実行する必要がある場合は有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 900: invalid source filter</source>
        <translation>テーブル マップのヘルス チェック 900: ソース フィルターが無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source filter for finance and operations apps on the table map is not valid query syntax.</source>
        <translation>テーブル マップの財務と運用アプリ用ソース フィルターが、有効なクエリ構文ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter on the table map; check it against the entity first (the live-sync article shows how to evaluate a filter with X++).</source>
        <translation>テーブル マップのフィルターを修正します。まずエンティティに対してフィルターを確認してください (ライブ同期の記事に、X++ でフィルターを評価する方法が記載されています)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that null is not the empty string: filter on a computed column that turns null into &quot;&quot; when you need that.</source>
        <translation>null は空の文字列とは異なることに注意してください。必要な場合は、null を &quot;&quot; に変換する計算列でフィルター処理します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1000: the query that live sync uses for the entity</source>
        <translation>テーブル マップのヘルス チェック 1000: ライブ同期がエンティティに使用するクエリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information: only rows that satisfy the inner joins and filters of the entity&apos;s SQL query are picked up by live sync.</source>
        <translation>情報: ライブ同期で取得されるのは、エンティティの SQL クエリの内部結合とフィルターを満たす行のみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are missing in Dataverse, check the inner joins and filters of the query shown in the message.</source>
        <translation>Dataverse で行が不足している場合は、メッセージに表示されたクエリの内部結合とフィルターを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1300: virtual fields are not tracked</source>
        <translation>テーブル マップのヘルス チェック 1300: 仮想フィールドは追跡されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual fields of finance and operations entities are not tracked: live sync can send their values, but a change to them alone does not trigger a sync.</source>
        <translation>財務と運用のエンティティの仮想フィールドは追跡されません。ライブ同期でその値を送信することはできますが、仮想フィールドだけの変更では同期はトリガーされません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rely on changes to virtual fields to trigger dual-write; map a backing field that is tracked instead.</source>
        <translation>仮想フィールドの変更で二重書き込みがトリガーされることを前提にしないでください。代わりに、追跡対象の基になるフィールドをマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1500: no field of the data source is mapped</source>
        <translation>テーブル マップのヘルス チェック 1500: データ ソースのフィールドがマップされていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field of this data source of the entity is mapped for dual-write, so changes to its table are not tracked.</source>
        <translation>エンティティのこのデータ ソースのフィールドが二重書き込み用に 1 つもマップされていないため、そのテーブルへの変更は追跡されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map at least one non-lookup field of the data source if its changes should reach Dataverse.</source>
        <translation>データ ソースの変更を Dataverse に反映する必要がある場合は、ルックアップ以外のフィールドを少なくとも 1 つマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1600: a data source of the entity has a range</source>
        <translation>テーブル マップのヘルス チェック 1600: エンティティのデータ ソースに範囲があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data source of the entity has a filter range: only rows that satisfy it go from finance and operations apps to Dataverse.</source>
        <translation>エンティティのデータ ソースにフィルター範囲があります。財務と運用アプリから Dataverse に送信されるのは、その範囲を満たす行のみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If rows are skipped, check them against the range, for example with select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; in SQL.</source>
        <translation>行がスキップされる場合は、範囲に照らして確認します。たとえば、SQL で select * from &lt;entity&gt; where &lt;the row&apos;s criteria&gt; を実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map health check 1700: the same table is tracked for several entities</source>
        <translation>テーブル マップのヘルス チェック 1700: 同じテーブルが複数のエンティティで追跡されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table tracked by several entities makes every change to it evaluate all of those entities for dual-write, which can slow transactions down.</source>
        <translation>複数のエンティティで追跡されているテーブルでは、変更のたびにそれらすべてのエンティティが二重書き込みの対象として評価されるため、トランザクションが遅くなる可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many tables intersect, simplify the entity or optimise the entity queries.</source>
        <translation>多くのテーブルが重複している場合は、エンティティを簡素化するか、エンティティのクエリを最適化します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1000: Connection validation failed</source>
        <translation>DIPV1000: 「Connection validation failed」(接続の検証に失敗しました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Power Apps (ApiHub) connections used by the connection set are no longer valid; the details of the message say why.</source>
        <translation>接続セットで使用されている Power Apps (ApiHub) 接続が無効になっています。理由はメッセージの詳細に記載されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the connections as the details say, or create the connection set again (for dual-write: reset the connection).</source>
        <translation>詳細に従って接続を修正するか、接続セットを再作成します (二重書き込みの場合: 接続をリセットします)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1001: Exceptions encountered during Dual-write project validation</source>
        <translation>DIPV1001: 「Exceptions encountered during Dual-write project validation」(二重書き込みプロジェクトの検証中に例外が発生しました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while dual-write validated the project.</source>
        <translation>二重書き込みによるプロジェクトの検証中に予期しない例外が発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Microsoft Support with the exception details.</source>
        <translation>例外の詳細を添えて Microsoft サポートにお問い合わせください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table map design (keys, field mappings, filters) is not part of the health check; the table map health check on the Dual-write page and map validation report it.</source>
        <translation>テーブル マップの設計 (キー、フィールド マッピング、フィルター) はヘルス チェックの対象外です。二重書き込みページのテーブル マップのヘルス チェックとマップの検証で報告されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1002: Dual-write only supports mapping between cross-company entities or company-specific entities from both sides</source>
        <translation>DIPV1002: 「Dual-write only supports mapping between cross-company entities or company-specific entities from both sides」(二重書き込みでは、両側ともクロスカンパニー エンティティ同士、または会社固有のエンティティ同士のマッピングのみがサポートされます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-company data sharing is enabled for the finance and operations entity of the map, and dual-write does not support such entities.</source>
        <translation>マップの財務と運用のエンティティでクロスカンパニー データ共有が有効になっていますが、二重書き込みではこのようなエンティティはサポートされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable cross-company data sharing for the entity, or use another entity for the table map.</source>
        <translation>エンティティのクロスカンパニー データ共有を無効にするか、テーブル マップに別のエンティティを使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1003: Integration keys are missing</source>
        <translation>DIPV1003: 「Integration keys are missing」(統合キーがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no integration key (alternate key) to identify a row.</source>
        <translation>マップの Dataverse テーブルに、行を識別するための統合キー (代替キー) がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Power Apps maker portal, open the table of the map and define at least one alternate key.</source>
        <translation>Power Apps 作成者ポータルでマップのテーブルを開き、代替キーを少なくとも 1 つ定義します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dual-write administration workspace in finance and operations apps, open the table map and select Refresh tables.</source>
        <translation>財務と運用アプリで [二重書き込みの管理] ワークスペースを開き、テーブル マップを開いて [テーブルの更新] を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1004: Integration key field isn&apos;t bi-directionally mapped</source>
        <translation>DIPV1004: 「Integration key field isn&apos;t bi-directionally mapped」(統合キー フィールドが双方向にマップされていません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map syncs in both directions, but not every field of the integration key is mapped in both directions, so live sync cannot find the row on both sides.</source>
        <translation>マップは双方向に同期しますが、統合キーのすべてのフィールドが双方向にマップされているわけではないため、ライブ同期で両側の行を見つけることができません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field in both directions.</source>
        <translation>統合キーのすべてのフィールドを双方向にマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1005: Missing environment info for dataset</source>
        <translation>DIPV1005: 「Missing environment info for dataset」(データセットの環境情報がありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dual-write connection or the Data Integrator connection set is misconfigured or damaged.</source>
        <translation>二重書き込み接続またはデータ インテグレーターの接続セットの構成が正しくないか、破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For dual-write: reset the dual-write connection set (Reset dual-write connections). For Data Integrator: create the connection set again.</source>
        <translation>二重書き込みの場合: 二重書き込みの接続セットをリセットします (「二重書き込み接続のリセット」)。データ インテグレーターの場合: 接続セットを再作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1006: Exceptions encountered during project validation</source>
        <translation>DIPV1006: 「Exceptions encountered during project validation」(プロジェクトの検証中に例外が発生しました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected exception occurred while a dual-write map or Data Integrator project was validated.</source>
        <translation>二重書き込みのマップまたはデータ インテグレーターのプロジェクトの検証中に予期しない例外が発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1007: Task has environment that doesn&apos;t exist in the connection set</source>
        <translation>DIPV1007: 「Task has environment that doesn&apos;t exist in the connection set」(タスクに、接続セットに存在しない環境があります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration project is misconfigured or damaged.</source>
        <translation>統合プロジェクトの構成が正しくないか、破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the data integration project again.</source>
        <translation>データ統合プロジェクトを再作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1008: Data partition isn&apos;t valid</source>
        <translation>DIPV1008: 「Data partition isn&apos;t valid」(データ パーティションが無効です)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization mapping of the connection set no longer holds: a business unit in Dataverse or a legal entity in finance and operations apps was deleted or renamed.</source>
        <translation>接続セットの組織マッピングが成り立たなくなっています。Dataverse の部署または財務と運用アプリの法人が削除されたか、名前が変更されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add back or rename the missing business unit or legal entity.</source>
        <translation>不足している部署または法人を再度追加するか、名前を変更します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or create the connection set and the project again.</source>
        <translation>または、接続セットとプロジェクトを再作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1010: Mandatory field in destination entity must be mapped</source>
        <translation>DIPV1010: 「Mandatory field in destination entity must be mapped」(宛先エンティティの必須フィールドをマップする必要があります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field that must have a value when a row is created is not mapped, so syncing would fail at run time.</source>
        <translation>行の作成時に値が必要なフィールドがマップされていないため、実行時に同期が失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every mandatory field of the table to a field of the other side.</source>
        <translation>テーブルのすべての必須フィールドを、反対側のフィールドにマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1011: Readonly field in destination entity must not be mapped</source>
        <translation>DIPV1011: 「Readonly field in destination entity must not be mapped」(宛先エンティティの読み取り専用フィールドはマップできません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only field is mapped as a destination, so syncing would fail at run time.</source>
        <translation>読み取り専用フィールドが宛先としてマップされているため、実行時に同期が失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not map read-only fields in both directions.</source>
        <translation>読み取り専用フィールドを双方向にマップしないでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1012: Error occurred while parsing Dataverse entity source filter</source>
        <translation>DIPV1012: 「Error occurred while parsing Dataverse entity source filter」(Dataverse エンティティのソース フィルターの解析中にエラーが発生しました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse source filter of the map has a syntax error or names a field that does not exist.</source>
        <translation>マップの Dataverse ソース フィルターに構文エラーがあるか、存在しないフィールドが指定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the source filter of the Dataverse table (see Filter your data in Customize table and column mappings).</source>
        <translation>Dataverse テーブルのソース フィルターを修正します (「テーブルと列のマッピングのカスタマイズ」の「データのフィルター処理」を参照)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1014: Mapping is missing for integration key</source>
        <translation>DIPV1014: 「Mapping is missing for integration key」(統合キーのマッピングがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every field of the integration key is mapped.</source>
        <translation>統合キーのすべてのフィールドがマップされているわけではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map every integration key field so that dual-write can find the row.</source>
        <translation>二重書き込みで行を見つけられるように、統合キーのすべてのフィールドをマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1015: Mapping is missing for integration key for lookup field</source>
        <translation>DIPV1015: 「Mapping is missing for integration key for lookup field」(ルックアップ フィールドの統合キーのマッピングがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup field is part of the integration key, but the key fields of the entity it refers to are not mapped.</source>
        <translation>ルックアップ フィールドが統合キーに含まれていますが、その参照先エンティティのキー フィールドがマップされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the expanded key fields of the referenced entity as well.</source>
        <translation>参照先エンティティの展開されたキー フィールドもマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1016: Missing Organization mapping for destination entity</source>
        <translation>DIPV1016: 「Missing Organization mapping for destination entity」(宛先エンティティの組織マッピングがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1017: Missing Organization mapping for related entity</source>
        <translation>DIPV1017: 「Missing Organization mapping for related entity」(関連エンティティの組織マッピングがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1018: Missing source schema</source>
        <translation>DIPV1018: 「Missing source schema」(ソース スキーマがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the source table is cached.</source>
        <translation>ソース テーブルのメタデータがキャッシュされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the table comes from finance and operations apps, refresh the entity list first (Data management &gt; Framework parameters &gt; Entity settings &gt; Refresh entity list).</source>
        <translation>テーブルが財務と運用アプリのものである場合は、まずエンティティ リストを更新します ([データ管理] &gt; [フレームワーク パラメーター] &gt; [エンティティ設定] &gt; [エンティティ リストの更新])。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1019: Export can&apos;t be performed on the table due to the missing versionnumber field</source>
        <translation>DIPV1019: 「Export can&apos;t be performed on the table due to the missing versionnumber field」(versionnumber フィールドがないため、テーブルでエクスポートを実行できません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataverse table of the map has no versionnumber field: it is of a kind that dual-write does not support, such as a virtual or an elastic table.</source>
        <translation>マップの Dataverse テーブルに versionnumber フィールドがありません。仮想テーブルやエラスティック テーブルなど、二重書き込みでサポートされていない種類のテーブルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the versionnumber field on the table, or map a table of a supported kind.</source>
        <translation>テーブルで versionnumber フィールドを有効にするか、サポートされている種類のテーブルをマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1020: Missing destination schema</source>
        <translation>DIPV1020: 「Missing destination schema」(宛先スキーマがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No metadata of the destination table is cached.</source>
        <translation>宛先テーブルのメタデータがキャッシュされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1021: Missing source field in the mapping</source>
        <translation>DIPV1021: 「Missing source field in the mapping」(マッピングにソース フィールドがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no source field.</source>
        <translation>フィールド マッピングにソース フィールドがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the source field, or use the Default value transform when no source is needed.</source>
        <translation>ソース フィールドを設定するか、ソースが不要な場合は既定値の変換を使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1022: Missing source field in the schema</source>
        <translation>DIPV1022: 「Missing source field in the schema」(スキーマにソース フィールドがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source field of a field mapping is not in the cached metadata of the table.</source>
        <translation>フィールド マッピングのソース フィールドが、テーブルのキャッシュされたメタデータにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1023: Duplicate source fields</source>
        <translation>DIPV1023: 「Duplicate source fields」(ソース フィールドが重複しています)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is used more than once in field mappings that go in both directions.</source>
        <translation>双方向のフィールド マッピングで、同じフィールドが複数回使用されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duplicate field mapping from the table map.</source>
        <translation>テーブル マップから重複するフィールド マッピングを削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1024: Missing destination field in the mapping</source>
        <translation>DIPV1024: 「Missing destination field in the mapping」(マッピングに宛先フィールドがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field mapping has no destination field.</source>
        <translation>フィールド マッピングに宛先フィールドがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the destination field of every field mapping.</source>
        <translation>すべてのフィールド マッピングの宛先フィールドを設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1025: Missing destination field in the schema</source>
        <translation>DIPV1025: 「Missing destination field in the schema」(スキーマに宛先フィールドがありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination field of a field mapping is not in the cached metadata of the table.</source>
        <translation>フィールド マッピングの宛先フィールドが、テーブルのキャッシュされたメタデータにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1026: Duplicate destination fields</source>
        <translation>DIPV1026: 「Duplicate destination fields」(宛先フィールドが重複しています)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field is the destination of more than one field mapping.</source>
        <translation>同じフィールドが複数のフィールド マッピングの宛先になっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1027: Map the integration key associated with the entity lookup field to the destination field</source>
        <translation>DIPV1027: 「Map the integration key associated with the entity lookup field to the destination field」(エンティティのルックアップ フィールドに関連付けられた統合キーを宛先フィールドにマップしてください)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a destination lookup field refers to are not mapped.</source>
        <translation>宛先のルックアップ フィールドが参照するエンティティのキー フィールドがマップされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the integration key fields of the referenced entity (see Managing dual-write integration keys).</source>
        <translation>参照先エンティティの統合キー フィールドをマップします (「二重書き込みの統合キーの管理」を参照)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1028: Map the integration key associated with the entity lookup field to the source field</source>
        <translation>DIPV1028: 「Map the integration key associated with the entity lookup field to the source field」(エンティティのルックアップ フィールドに関連付けられた統合キーをソース フィールドにマップしてください)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key fields of the entity that a source lookup field refers to are not mapped.</source>
        <translation>ソースのルックアップ フィールドが参照するエンティティのキー フィールドがマップされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1029: Duplicate value map</source>
        <translation>DIPV1029: 「Duplicate value map」(値マップが重複しています)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two field mappings use the same pair of source and destination fields.</source>
        <translation>2 つのフィールド マッピングで、同じソース フィールドと宛先フィールドの組み合わせが使用されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and remove the duplicates in the map.</source>
        <translation>マップ内の重複を見つけて削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1030: Data type mismatch</source>
        <translation>DIPV1030: 「Data type mismatch」(データ型が一致しません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data type of a source field does not fit its destination field, which would make syncing fail or lose data.</source>
        <translation>ソース フィールドのデータ型が宛先フィールドに適合しないため、同期が失敗するかデータが失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the details of the message say, change the data types or map a pair of fields with compatible types.</source>
        <translation>メッセージの詳細に従って、データ型を変更するか、互換性のある型のフィールドの組み合わせをマップします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIPV1031: Missing default transform for mandatory destination field</source>
        <translation>DIPV1031: 「Missing default transform for mandatory destination field」(必須の宛先フィールドに既定の変換がありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mandatory destination field has no default transform, so syncing would fail when no value comes.</source>
        <translation>必須の宛先フィールドに既定の変換がないため、値が渡されない場合に同期が失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a default transform that gives the mandatory field a default value.</source>
        <translation>必須フィールドに既定値を設定する既定の変換を追加します。</translation>
    </message>
</context>
<context>
    <name>dwh::TokenForm</name>
    <message>
        <location filename="../src/net/tokenform.cpp" line="+47"/>
        <source>malformed answer: the token answer is not a JSON object</source>
        <translation>不正な応答：トークンの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed answer: no access_token in the token answer</source>
        <translation>不正な応答：トークンの応答に access_token がありません</translation>
    </message>
</context>
<context>
    <name>dwh::Troubleshoot</name>
    <message>
        <location filename="../src/troubleshoot/parallelprocessing.cpp" line="+39"/>
        <source>Enabling parallel processing can reduce the time needed to import data from Dynamics 365 customer engagement apps and Microsoft Dataverse to finance and operations apps.</source>
        <translation>並列処理を有効にすると、Dynamics 365 顧客エンゲージメント アプリと Microsoft Dataverse から財務と運用アプリへのデータのインポートにかかる時間を短縮できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 Recommended value: %3.</source>
        <translation>%1: %2 推奨値：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation: %1</source>
        <translation>ドキュメント：%1</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptom.cpp" line="+20"/>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: 空でない文字列である必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2: must be a non-empty list of strings</source>
        <translation>%1.%2: 空でない文字列のリストである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.%2: every item must be a non-empty string</source>
        <translation>%1.%2: すべての項目が空でない文字列である必要があります</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1.regex: not a valid regular expression (%2)</source>
        <translation>%1.regex: 有効な正規表現ではありません (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.weight: must be 0 or more</source>
        <translation>%1.weight: 0 以上である必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.patterns: needs at least one pattern with a weight above 0</source>
        <translation>%1.patterns: weight が 0 より大きいパターンが 1 つ以上必要です</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.recommended: must be a whole number</source>
        <translation>%1.recommended: 整数である必要があります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1.commit: must be the 40 hex digits of the commit read</source>
        <translation>%1.commit: 読み取ったコミットの 40 桁の 16 進数である必要があります</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1.docUrl: must be a https://learn.microsoft.com/ page</source>
        <translation>%1.docUrl: https://learn.microsoft.com/ のページである必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.parser: unknown parser &quot;%2&quot;</source>
        <translation>%1.parser: 不明なパーサー &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/symptomcatalogue.cpp" line="+19"/>
        <source>offset %1: %2</source>
        <translation>オフセット %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schemaVersion: must be 1</source>
        <translation>schemaVersion: 1 である必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimumScore: must be 1 or more</source>
        <translation>minimumScore: 1 以上である必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: &quot;%2&quot; が 2 回使用されています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>symptoms: must list at least one symptom</source>
        <translation>symptoms: 症状を 1 つ以上指定する必要があります</translation>
    </message>
    <message>
        <location filename="../src/troubleshoot/pastedtext.cpp" line="+136"/>
        <source>HAR entry %1 (%2 %3)</source>
        <translation>HAR エントリ %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, status</source>
        <translation>%1、状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, response %2</source>
        <translation>%1、応答 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, response</source>
        <translation>%1、応答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, error</source>
        <translation>%1、エラー</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
</context>
<context>
    <name>dwh::UrlPolicy</name>
    <message>
        <location filename="../src/core/urlpolicy.cpp" line="+29"/>
        <source>is not a valid URL</source>
        <translation>有効な URL ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an absolute URL such as https://contoso.crm.dynamics.com</source>
        <translation>https://contoso.crm.dynamics.com のような絶対 URL である必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uses plain http:// to a host that is not loopback; use https://</source>
        <translation>ループバックではないホストに対して平文の http:// を使用しています。https:// を使用してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must use https://</source>
        <translation>https:// を使用する必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain a user name or password</source>
        <translation>ユーザー名やパスワードを含めることはできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain a query or fragment</source>
        <translation>クエリやフラグメントを含めることはできません</translation>
    </message>
</context>
<context>
    <name>dwh::WriteExecutor</name>
    <message>
        <location filename="../src/remediation/writeexecutor.cpp" line="+48"/>
        <source>not attempted</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no client for the service of this record</source>
        <translation>このレコードのサービスに対応するクライアントがありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the service confirmed it (HTTP %1)</source>
        <translation>サービスが確認しました (HTTP %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before the write was accepted by the service</source>
        <translation>書き込みがサービスに受け付けられる前にキャンセルされました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled while the request was on its way; the service may or may not have applied it: read the record to find out</source>
        <translation>要求の送信中にキャンセルされました。サービスが適用したかどうかは不明です。レコードを読み取って確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1); the service may or may not have applied it: read the record to find out</source>
        <translation>書き込みに対する応答がありません (%1)。サービスで適用されたかどうかは不明です。レコードを読み取って確認してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already gone (HTTP 404): %1</source>
        <translation>既に存在しません (HTTP 404)：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the record was not returned as a JSON object</source>
        <translation>レコードが JSON オブジェクトとして返されませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer to the write (%1), but a read shows it was applied: %2</source>
        <translation>書き込みに対する応答がありません (%1) が、読み取りの結果、適用されていることがわかりました: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and a read shows it was not applied: %2</source>
        <translation>書き込みに対する応答がありません (%1)。読み取りの結果、適用されていないことがわかりました: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer to the write (%1), and the read that should tell whether it was applied did not: %2; read the record to find out</source>
        <translation>書き込みに対する応答がありません (%1)。適用されたかどうかを確認するための読み取りも失敗しました: %2。レコードを読み取って確認してください</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not attempted: cancelled before it was sent</source>
        <translation>未実行：送信前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>dwh::cli</name>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="+75"/>
        <source>show this command&apos;s options and exit</source>
        <translation>このコマンドのオプションを表示して終了します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option for %1: %2</source>
        <translation>%1 の不明なオプション: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/clioptions.cpp" line="+29"/>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Usage: dwhealth %1</source>
        <translation>使用法: dwhealth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 には %2 から %3 までの整数を指定します (&quot;%4&quot; は無効です)</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="+31"/>
        <source>%1 and %2 name the same file (%3): the output would overwrite it; choose another file</source>
        <translation>%1 と %2 は同じファイル (%3) を指しています。出力で上書きされるため、別のファイルを選択してください</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile-name runs one saved profile; not with --profiles, repeated --profile or --output-dir</source>
        <translation>--profile-name は保存済みのプロファイルを 1 つ実行します。--profiles、繰り返しの --profile、--output-dir とは併用できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check needs exactly one of --profile FILE, --profile-name NAME, --demo or --replay BUNDLE</source>
        <translation>check には --profile FILE、--profile-name NAME、--demo、--replay BUNDLE のいずれか 1 つだけが必要です</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs the health check headless and writes the report (JSON on stdout unless --format or --output say otherwise).</source>
        <translation>正常性チェックをヘッドレスで実行し、レポートを書き込みます (--format または --output の指定がない限り、stdout に JSON を出力します)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile (JSON, never a secret) of the environments to check</source>
        <translation>チェックする環境のプロファイル (JSON、シークレットは含みません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+65"/>
        <source>the profile the wizard saved as NAME; its client secret from the system keychain unless DWHEALTH_CLIENT_SECRET or --client-secret-stdin gives one</source>
        <translation>ウィザードが NAME として保存したプロファイル。DWHEALTH_CLIENT_SECRET または --client-secret-stdin で指定されない限り、クライアント シークレットはシステムのキーチェーンから取得します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the embedded simulator instead</source>
        <translation>代わりに組み込みシミュレーターをチェックします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy; see dwhealth scenarios)</source>
        <translation>--demo と併用: シミュレーターのシナリオ (既定は healthy。dwhealth scenarios を参照)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluate the rules again on a bundle&apos;s recorded facts, offline; same formats and exit codes</source>
        <translation>バンドルに記録されたファクトに対してオフラインでルールを再評価します。形式と終了コードは同じです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report format (default json); html is one self-contained file, pdf a customer-ready document (a PDF is written to stdout only when stdout is not a terminal)</source>
        <translation>レポート形式 (既定は json)。html は単一の自己完結型ファイル、pdf は顧客向けドキュメントです (PDF が stdout に書き込まれるのは stdout が端末でない場合のみ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report to FILE instead of stdout</source>
        <translation>レポートを stdout ではなく FILE に書き込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mask the tenant and environment ids, URLs, host names, user names, user ids and e-mail addresses (every format)</source>
        <translation>テナント ID と環境 ID、URL、ホスト名、ユーザー名、ユーザー ID、電子メール アドレスをマスクします (すべての形式)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: the customer named on the cover (default: the profile name)</source>
        <translation>pdf、html: 表紙に記載する顧客名 (既定: プロファイル名)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, html: &quot;Prepared by&quot; on the cover</source>
        <translation>pdf、html: 表紙の &quot;Prepared by&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html: an image (PNG, JPEG, ...) on the cover</source>
        <translation>pdf、html: 表紙の画像 (PNG、JPEG など)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, html (printing): the paper size (default A4)</source>
        <translation>pdf、html (印刷): 用紙サイズ (既定は A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+68"/>
        <source>run dependency validation even if a prerequisite failed</source>
        <translation>前提条件が失敗した場合でも依存関係の検証を実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="-37"/>
        <location filename="../src/cli/mapscommand.cpp" line="+60"/>
        <source>read the client secret from standard input (otherwise from the DWHEALTH_CLIENT_SECRET variable)</source>
        <translation>クライアント シークレットを標準入力から読み取ります (指定しない場合は DWHEALTH_CLIENT_SECRET 変数から)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel requests per service, 1-52 (default 16)</source>
        <translation>サービスごとの並列要求数、1-52 (既定は 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixoptions.cpp" line="+3"/>
        <location filename="../src/cli/mapscommand.cpp" line="+3"/>
        <source>seconds per HTTP exchange and per sign-in request (default 30)</source>
        <translation>HTTP のやり取りおよびサインイン要求ごとの秒数 (既定は 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds for the whole run (default 600); the checks not read by then are unknown and the exit code is 3</source>
        <translation>実行全体の秒数 (既定は 600)。それまでに読み取られなかったチェックは不明となり、終了コードは 3 になります</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/fixoptions.cpp" line="+2"/>
        <location filename="../src/cli/mapscommand.cpp" line="+2"/>
        <source>send the client secret to the profile&apos;s authority HOST although it is not a Microsoft Entra ID sign-in host (refused without it)</source>
        <translation>プロファイルの機関 HOST が Microsoft Entra ID のサインイン ホストでなくても、クライアント シークレットを送信します (指定しない場合は拒否されます)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --demo: simulated network latency</source>
        <translation>--demo と併用: シミュレートするネットワーク遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/fixcommand.cpp" line="+1"/>
        <source>no progress on stderr</source>
        <translation>stderr に進行状況を表示しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the evidence bundle: report.json, the HTTP trace trace.har (no Authorization header, secret or token) and facts.json (the data as read)</source>
        <translation>証拠バンドルも書き込みます: report.json、HTTP トレース trace.har (Authorization ヘッダー、シークレット、トークンは含みません)、facts.json (読み取ったデータ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages read per dataset at most (default: 5,000,000 rows over the page size, at least 1000); a dataset with more makes its checks unknown, reason pageCap</source>
        <translation>データセットごとに読み取る最大ページ数 (既定: 5,000,000 行をページ サイズで割った値、最小 1000)。これを超えるデータセットのチェックは不明となり、理由は pageCap です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs kept in a profile&apos;s history, the oldest removed (default: the wizard&apos;s setting, else 100)</source>
        <translation>プロファイルの履歴に保持する実行数。古いものから削除されます (既定: ウィザードの設定、なければ 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>megabytes kept in a profile&apos;s history, the oldest runs removed (default: the wizard&apos;s setting, else 50)</source>
        <translation>プロファイルの履歴に保持するメガバイト数。古い実行から削除されます (既定: ウィザードの設定、なければ 50)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every check passed (warnings allowed), 1 at least one check failed, 2 usage error or bad input file, 3 the run could not complete (a check is unknown and none failed).
</source>
        <translation>終了コード: 0 すべてのチェックに合格 (警告は許容)、1 少なくとも 1 つのチェックが失敗、2 使用法エラーまたは不正な入力ファイル、3 実行を完了できませんでした (不明なチェックがあり、失敗はありません)。
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected argument for check: an address (not shown); did you mean --notify env:NAME?</source>
        <translation>check に対する予期しない引数: アドレス (非表示)。--notify env:NAME のことですか?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/cli/fixoptions.cpp" line="+12"/>
        <location filename="../src/cli/mapscommand.cpp" line="+37"/>
        <source>--profile-name takes the name of a saved profile</source>
        <translation>--profile-name には保存済みプロファイルの名前を指定します</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--format &quot;%1&quot; is not available; use one of: %2</source>
        <translation>--format &quot;%1&quot; は使用できません。次のいずれかを使用してください：%2</translation>
    </message>
    <message>
        <location line="-167"/>
        <location filename="../src/cli/mapscommand.cpp" line="+19"/>
        <source>--allow-authority takes a host name such as sts.contoso.example, not &quot;%1&quot;</source>
        <translation>--allow-authority には、&quot;%1&quot; ではなく、sts.contoso.example などのホスト名を指定します</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>with --profile or --profile-name: do not store the run in the history</source>
        <translation>--profile または --profile-name と併用: 実行を履歴に保存しません</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size には A4 または Letter を指定します (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location filename="../src/cli/clicommand.cpp" line="-133"/>
        <source>secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET environment variable or --client-secret-stdin</source>
        <translation>シークレットはコマンド ラインでは受け付けません。DWHEALTH_CLIENT_SECRET 環境変数または --client-secret-stdin を使用してください</translation>
    </message>
    <message>
        <location filename="../src/cli/checkcommand.cpp" line="-56"/>
        <source>unknown option for check: %1</source>
        <translation>check の不明なオプション：%1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>--replay re-evaluates a recorded run; --bundle and --force-dependencies do not apply</source>
        <translation>--replay は記録された実行を再評価します。--bundle と --force-dependencies は適用されません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--latency-ms is only for --demo</source>
        <translation>--latency-ms は --demo 専用です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consultant, --customer, --logo and --page-size are only for --format pdf or html</source>
        <translation>--consultant、--customer、--logo、--page-size は --format pdf または html 専用です</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="+25"/>
        <source>Serves the simulator on 127.0.0.1 until killed; prints one JSON line with a ready profile (its URLs) on stdout.</source>
        <translation>停止されるまで 127.0.0.1 でシミュレーターを提供します。準備済みのプロファイル (その URL) を含む JSON を 1 行 stdout に出力します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the scenario to serve (default healthy; see dwhealth scenarios)</source>
        <translation>提供するシナリオ (既定は healthy。dwhealth scenarios を参照)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serve what an evidence bundle recorded instead of a scenario</source>
        <translation>シナリオの代わりに、証拠バンドルに記録された内容を提供します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port, 1024-65532 (default: a free one)</source>
        <translation>ポート、1024-65532 (既定: 空いているポート)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated network latency per answer</source>
        <translation>応答ごとにシミュレートするネットワーク遅延</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option for simulate: %1</source>
        <translation>simulate の不明なオプション：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lists the simulator&apos;s scenarios, one per line: name, tab, one-line description.</source>
        <translation>シミュレーターのシナリオを 1 行に 1 つずつ一覧表示します: 名前、タブ、1 行の説明。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenarios takes no options</source>
        <translation>scenarios にはオプションがありません</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+26"/>
        <location filename="../src/cli/diffcommand.cpp" line="+43"/>
        <source>unknown option: %1</source>
        <translation>不明なオプション：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../src/cli/helpcommand.cpp" line="+43"/>
        <source>unknown command &quot;%1&quot;; see dwhealth --help</source>
        <translation>不明なコマンド &quot;%1&quot;。dwhealth --help を参照してください</translation>
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
        <translation>使用法：dwhealth [COMMAND] [OPTIONS]

Dynamics 365 の二重書き込み正常性チェックを製品の外部から実行します。

コマンド：
  (なし)                     ウィザードを開く
  --demo [--scenario NAME]   組み込みシミュレーターを対象にウィザードを開く
  check --profile FILE       正常性チェックをヘッドレスで実行し、レポートを stdout に出力
  check --demo [--scenario NAME]
                             同じ処理を組み込みシミュレーターを対象に実行
  simulate --scenario NAME [--port N] [--latency-ms N]
                             停止されるまで 127.0.0.1 でシミュレーターを提供し、
                             準備済みプロファイルを含む JSON を 1 行 stdout に出力
  scenarios                  シミュレーターのシナリオを一覧表示 (名前 TAB 説明)
  explain &quot;ERROR TEXT&quot; | - | --list | --symptom ID [--format text|json]
                             二重書き込みのエラー メッセージを説明：原因、修正方法、
                             ドキュメントのリンク、実行するチェック (- は stdin から
                             テキストを読み取る)。終了コード 0 認識、1 一致なし、
                             2 使用法エラー
  check --replay BUNDLE.zip  バンドルに記録されたファクトに対してルールをオフラインで
                             再評価。--format/--output オプションと終了コードは同じ
  diff OLD.json NEW.json [--format text|json]
                             2 回の実行 (レポートまたはバンドル) 間の変更点：新規、
                             修正済み、引き続き不合格の検出結果と状態の変化。
                             終了コード 0 変更なし、1 変更あり、2 使用法エラー
%1  --version, --help

check のオプション：
  --format json|junit|md|html|pdf
                             レポートの形式 (既定は json)。html は単一の自己完結型
                             ファイル、pdf は顧客にそのまま渡せるドキュメント (PDF は
                             stdout が端末でない場合にのみ stdout に書き込まれる：
                             --output FILE またはリダイレクトを使用)
  --output FILE              レポートを stdout ではなく FILE に書き込む
  --redact                   テナント ID と環境 ID、URL、ユーザー名、ユーザー ID、
                             電子メール アドレスをマスクする (すべての形式)
  --customer NAME            pdf、html: 表紙に記載する顧客名
                             (既定：プロファイル名)
  --consultant NAME          pdf、html: 表紙の「作成者」
  --logo FILE                pdf、html: 表紙の画像 (PNG、JPEG など)
  --page-size A4|Letter      pdf、html (印刷): 用紙サイズ (既定は A4)
  --force-dependencies       前提条件が不合格でも依存関係の検証を実行する
  --client-secret-stdin      クライアント シークレットを標準入力から読み取る
                             (指定しない場合は DWHEALTH_CLIENT_SECRET 変数から)
  --concurrency N            サービスあたりの並列要求数、1-52 (既定は 16)
  --timeout S                HTTP のやり取り 1 回あたりの秒数 (既定は 30)
  --latency-ms N             --demo と併用：シミュレートするネットワーク遅延
  --no-progress              stderr に進行状況を表示しない
  --bundle FILE.zip          証拠バンドルも書き込む：report.json、HTTP トレース
                             trace.har (HAR 1.2、Authorization ヘッダー、シークレット、
                             トークンは含まない)、facts.json (読み取ったデータ)。
                             --redact はレポート出力に適用され、バンドルには適用されない
  --no-history               --profile と併用：実行を履歴に保存しない
                             (ユーザーのデータ フォルダーの dwhealth/history/PROFILE/)。
                             --demo と --replay の実行は保存されない

check の終了コード：
  0  すべてのチェックに合格 (警告は可)
  1  1 つ以上のチェックが不合格
  2  使用法エラーまたは不正な入力ファイル (メッセージにファイル、フィールド、問題を表示)
  3  実行を完了できなかった：いずれかのチェックが不明 (到達不能、未承認、再試行の
     上限を超えたスロットリング、不正な応答) で、不合格のチェックはない
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
check の時間とサインインのオプション:
  --timeout S                各サインイン (トークン) 要求にも適用されます
  --deadline S               実行全体の秒数 (既定値 600)。それまでに
                             読み取られていないチェックは不明になり (&quot;期限 S 秒に達しました&quot;)、
                             レポートは書き込まれ、終了コードは 3 になります
  --allow-authority HOST     プロファイルの機関 HOST が Microsoft Entra ID の
                             サインイン ホストでなくても、クライアント シークレットを送信します
                             (サインイン ホスト: login.microsoftonline.com または .us、
                             login.partner.microsoftonline.cn、
                             login.chinacloudapi.cn、またはループバック)。指定しない場合、
                             そのような機関は拒否されます (終了コード 2)
  --redact                   スキームなしで記述されたホスト名もマスクします
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
check の制限:
  --max-pages N              データセットごとに読み取る最大ページ数 (既定: 5,000,000 行
                             をページ サイズで割った値、最小 1000)。これを超える
                             データセットのチェックは不明となり、理由は pageCap
  --history-max-runs N       プロファイルの履歴に保持する実行数。古いものから削除
                             (既定: ウィザードの設定、なければ 100)
  --history-max-mb N         プロファイルの履歴に保持するメガバイト数。古い実行から
                             削除 (既定: ウィザードの設定、なければ 50)
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
証拠バンドルからの顧客テナント:
  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]
                             バンドルに記録された内容 (同じ行、ページ、状態、
                             エラー) を simulate --scenario と同様に提供します。
                             書き込みで状態が変わります
  --demo --from-bundle BUNDLE.zip
                             このように提供されたバンドルでウィザードを開きます
  bundle anonymise IN.zip OUT.zip
                             バンドル内の名前、ホスト、ID、電子メール アドレスを
                             一貫して置き換え、共有できるようにします
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
保存済みプロファイル:
  --profile-name NAME        check, fix, restore, maps, errors: --profile FILE の代わりに、
                             ウィザードが NAME として保存したプロファイル。
                             クライアント シークレットは、DWHEALTH_CLIENT_SECRET または
                             --client-secret-stdin で指定されない限り、
                             システムのキーチェーンから取得します
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Each command&apos;s own options: dwhealth help COMMAND, or dwhealth COMMAND --help
</source>
        <translation>
各コマンドのオプション: dwhealth help COMMAND または dwhealth COMMAND --help
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
すべてのコマンドのオプション:
  --lang CODE                テキストとレポートの言語: %1
                             (既定: ウィザードの設定、なければシステムの言語)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diffrunner.cpp" line="+50"/>
        <source>%1: not a dwhealth report: %2</source>
        <translation>%1: dwhealth のレポートではありません：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="-19"/>
        <source>What changed between two runs (reports or evidence bundles): new, fixed and still failing findings, status changes.</source>
        <translation>2 つの実行 (レポートまたは証拠バンドル) 間の変更点: 新規、修正済み、引き続き失敗している検出結果、状態の変更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/cli/explaincommand.cpp" line="+39"/>
        <location filename="../src/cli/fixoptions.cpp" line="-19"/>
        <source>output on stdout (default text)</source>
        <translation>stdout への出力 (既定は text)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 no change, 1 changes, 2 usage error or unreadable file.
</source>
        <translation>終了コード: 0 変更なし、1 変更あり、2 使用法エラーまたは読み取れないファイル。
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format には text または json を指定します (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]</source>
        <translation>2 つのレポートが必要です：dwhealth diff OLD.json NEW.json [--format text|json]</translation>
    </message>
    <message>
        <location filename="../src/cli/explaincommand.cpp" line="+32"/>
        <source>explain --format takes text or json, not &quot;%1&quot;</source>
        <translation>explain --format には text または json を指定します (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>--symptom needs a symptom id (see dwhealth explain --list)</source>
        <translation>--symptom には症状 ID が必要です (dwhealth explain --list を参照)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Explains a dual-write error message, a log, a HAR file or a JSON error body: for every known error in it the cause, the fix, the lines it matched, the documentation link and the checks to run (- reads the text from standard input).</source>
        <translation>二重書き込みのエラー メッセージ、ログ、HAR ファイル、または JSON エラー本文を説明します: 含まれる既知のエラーごとに、原因、修正方法、一致した行、ドキュメントのリンク、実行すべきチェックを示します (- を指定すると標準入力からテキストを読み取ります)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the text from FILE (a log, a HAR file or a JSON error body)</source>
        <translation>FILE (ログ、HAR ファイル、または JSON エラー本文) からテキストを読み取ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the known symptoms (id TAB title)</source>
        <translation>既知の症状を一覧表示します (id TAB title)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one symptom (ids: dwhealth explain --list)</source>
        <translation>1 つの症状を表示します (ID: dwhealth explain --list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 recognised (or --list, --symptom), 1 nothing matched, 2 usage error.
</source>
        <translation>終了コード: 0 認識済み (または --list、--symptom)、1 一致なし、2 使用法エラー。
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--file needs a file: a log, a HAR file or a JSON error body</source>
        <translation>--file にはファイルを指定する必要があります: ログ、HAR ファイル、または JSON エラー本文</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown option for explain: %1</source>
        <translation>explain の不明なオプション：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>explain needs exactly one of: the error text (quoted), - to read it from standard input, --file FILE (a log, HAR file or JSON error body), --list, or --symptom ID</source>
        <translation>explain には、次のいずれか 1 つだけを指定する必要があります: エラー テキスト (引用符で囲む)、標準入力から読み取る場合は -、--file FILE (ログ、HAR ファイル、または JSON エラー本文)、--list、または --symptom ID</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+77"/>
        <source>Known errors found: %1, best match first:</source>
        <translation>既知のエラーが見つかりました: %1 件 (一致度の高い順):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1. %2 (dwhealth explain --symptom %3)</source>
        <translation>  %1. %2 (dwhealth explain --symptom %3 を参照)</translation>
    </message>
    <message>
        <location filename="../src/cli/overviewhelp.cpp" line="-116"/>
        <source>  explain --file FILE | -    explain every known error in a log, a HAR file or a JSON
                             error body (from FILE or stdin), best match first, with
                             the lines it matched; nothing known: the closest symptoms
</source>
        <translation>  explain --file FILE | -    ログ、HAR ファイル、または JSON エラー本文 (FILE または
                             stdin から) に含まれる既知のエラーをすべて、一致度の高い順に、
                             一致した行とともに説明します。既知のエラーがない場合: 最も近い症状
</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+82"/>
        <source>explain: %1 is empty</source>
        <translation>explain: %1 は空です</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+43"/>
        <source>upgrade it</source>
        <translation>アップグレードしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade the package %1</source>
        <translation>パッケージ %1 をアップグレードしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the installed version is not older than the required one; check that the message comes from this environment</source>
        <translation>インストールされているバージョンは必要なバージョンより古くありません。メッセージがこの環境のものであることを確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2: installed %3, required %4: %5</source>
        <translation>%1%2: インストール済み %3、必要 %4: %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  … and more lines: %1</source>
        <translation>  … 残りの行: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recognised: %1</source>
        <translation>認識された症状：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom: %1</source>
        <translation>症状：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom id: %1</source>
        <translation>症状 ID：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it: %1</source>
        <translation>修正できるユーザー：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix:</source>
        <translation>修正方法：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: recommended %2 (%3)</source>
        <translation>  %1: 推奨値 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions named in the message:</source>
        <translation>メッセージに記載されたソリューション：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in the message:</source>
        <translation>メッセージ内で見つかった値：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched lines:</source>
        <translation>一致した行:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>ドキュメント：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks to run: none.</source>
        <translation>実行するチェック：なし。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks to run: %1</source>
        <translation>実行するチェック：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  The checks that matter:</source>
        <translation>  関連するチェック：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guided fix: %1</source>
        <translation>ガイド付き修正: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paste the complete message, including its first line and any IDs, in quotes or through standard input (dwhealth explain -).</source>
        <translation>最初の行と ID を含むメッセージ全体を、引用符で囲むか標準入力経由で貼り付けてください (dwhealth explain -)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the symptom by name: dwhealth explain --list, then dwhealth explain --symptom ID.</source>
        <translation>名前で症状を選択します：dwhealth explain --list を実行してから、dwhealth explain --symptom ID を実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the health check, which finds most setup problems by itself: %1</source>
        <translation>正常性チェックを実行します。ほとんどのセットアップの問題はこれだけで見つかります：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the troubleshooting article: https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</source>
        <translation>トラブルシューティングの記事を参照してください：https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="-102"/>
        <source>No known dual-write problem matches this text.</source>
        <translation>このテキストに一致する既知の二重書き込みの問題はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closest symptoms:</source>
        <translation>最も近い症状:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - %1 (dwhealth explain --symptom %2; shares: %3)</source>
        <translation>  - %1 (dwhealth explain --symptom %2、共通点: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to try:</source>
        <translation>試すこと：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>explain: %1: %2</source>
        <translation>explain: %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explain: standard input: %1</source>
        <translation>explain: 標準入力: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/explainformat.cpp" line="+38"/>
        <source>  - %1 (dwhealth explain --symptom %2)</source>
        <translation>  - %1 (dwhealth explain --symptom %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also possible:</source>
        <translation>その他の可能性：</translation>
    </message>
    <message>
        <location filename="../src/cli/explainrunner.cpp" line="+27"/>
        <source>no symptom &quot;%1&quot;; dwhealth explain --list shows them</source>
        <translation>症状 &quot;%1&quot; はありません。dwhealth explain --list で一覧を表示できます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>explain: the error text is empty</source>
        <translation>explain: エラー テキストが空です</translation>
    </message>
    <message>
        <location filename="../src/cli/fixconfirm.cpp" line="+23"/>
        <source>Type the environment host name to confirm (%1): </source>
        <translation>確認のため、環境のホスト名を入力してください (%1): </translation>
    </message>
    <message>
        <location filename="../src/cli/fixoptions.cpp" line="-10"/>
        <source>the profile (JSON, never a secret) of the environment to write to</source>
        <translation>書き込み先の環境のプロファイル (JSON、シークレットは含みません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make the writes (without it: a dry run that writes nothing)</source>
        <translation>書き込みを実行します (指定しない場合: 何も書き込まないドライ ラン)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm --apply without the prompt (needed when stdin is not a terminal; a terminal asks for the host name)</source>
        <translation>確認プロンプトなしで --apply を確定します (stdin が端末でない場合に必要。端末ではホスト名の入力を求めます)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the backup file goes (default: current directory)</source>
        <translation>バックアップ ファイルの保存先 (既定: 現在のディレクトリ)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--format &quot;%1&quot; is not available here; use text or json</source>
        <translation>--format &quot;%1&quot; はここでは使用できません。text または json を使用してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs exactly one of --profile FILE, --profile-name NAME or --demo</source>
        <translation>%1 には --profile FILE、--profile-name NAME、--demo のうち 1 つだけが必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/fixcommand.cpp" line="+24"/>
        <source>unknown option for fix: %1</source>
        <translation>fix の不明なオプション：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix takes one code, not also &quot;%1&quot;</source>
        <translation>fix に指定できるコードは 1 つだけです (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>fix needs a code: one of %1</source>
        <translation>fix にはコードが必要です：%1 のいずれか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be fixed by dwhealth; fix takes one of %2</source>
        <translation>%1 は dwhealth では修正できません。fix に指定できるのは %2 のいずれかです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004</source>
        <translation>--override-unconfirmed-link は DWDVEV1004 と DWFOEV1004 専用です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team is only for DWDVEV1007</source>
        <translation>--team は DWDVEV1007 専用です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--team takes a team id (a GUID), not &quot;%1&quot;</source>
        <translation>--team にはチーム ID (GUID) を指定します (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fixes DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check, previews every write record by record; with --apply backs the records up, writes, and checks again.</source>
        <translation>DWDVEV1004、DWFOEV1004、または DWDVEV1007 を修正します: チェックを実行し、すべての書き込みをレコードごとにプレビューします。--apply を指定すると、レコードをバックアップしてから書き込み、再度チェックします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix the embedded simulator instead (scenario: the code by default)</source>
        <translation>代わりに組み込みシミュレーターを修正します (シナリオ: 既定ではコード)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario</source>
        <translation>--demo と併用: シミュレーターのシナリオ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DWDVEV1007: the team to set (default: each company&apos;s own owner team, else the root business unit&apos;s default team)</source>
        <translation>DWDVEV1007: 設定するチーム (既定: 各会社の所有者チーム、なければルート部署の既定チーム)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DWDVEV1004/DWFOEV1004: delete even though the linked Dataverse environment could not be confirmed or the other side returned no configuration (refused without it)</source>
        <translation>DWDVEV1004/DWFOEV1004: リンクされた Dataverse 環境を確認できなかった場合、または相手側が構成を返さなかった場合でも削除します (指定しない場合は拒否されます)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes: 0 the code now passes (nothing to fix included), 1 not all fixed (a dry run with records to fix, or a write failed), 2 usage error or bad input, 3 could not complete (check unknown, backup not written, not confirmed).
</source>
        <translation>終了コード: 0 コードが合格 (修正対象なしを含む)、1 一部未修正 (修正対象レコードのあるドライ ラン、または書き込みの失敗)、2 使用法エラーまたは不正な入力、3 完了できませんでした (チェック不明、バックアップ未書き込み、未確認)。
</translation>
    </message>
    <message>
        <location filename="../src/cli/restorecommand.cpp" line="+27"/>
        <source>Undoes a fix from its backup file (a preview without --apply): only the writes that fix makes, on the profile&apos;s own hosts; records already as the backup has them are skipped.</source>
        <translation>バックアップ ファイルから修正を元に戻します (--apply なしではプレビュー): fix が行う書き込みのみを、プロファイル自身のホストに対して行います。すでにバックアップと同じ状態のレコードはスキップされます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply a backup whose digest does not match its content (edited since fix wrote it); without it such a backup is only previewed</source>
        <translation>ダイジェストが内容と一致しない (fix による書き込み後に編集された) バックアップを適用します。指定しない場合、このようなバックアップはプレビューのみです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 every record restored (or a preview), 1 a record failed, 2 usage error, bad or edited backup file or another environment, 3 could not complete.
</source>
        <translation>終了コード: 0 すべてのレコードを復元 (またはプレビュー)、1 レコードの失敗、2 使用法エラー、不正または編集済みのバックアップ ファイル、または別の環境、3 完了できませんでした。
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option for restore: %1</source>
        <translation>restore の不明なオプション：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore takes one backup file, not also &quot;%1&quot;</source>
        <translation>restore に指定できるバックアップ ファイルは 1 つだけです (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore needs a backup file: dwhealth restore BACKUP.json --profile FILE</source>
        <translation>restore にはバックアップ ファイルが必要です：dwhealth restore BACKUP.json --profile FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs exactly one of --profile FILE or --profile-name NAME (the environment the backup was taken from)</source>
        <translation>restore には --profile FILE または --profile-name NAME のどちらか 1 つだけが必要です (バックアップを取得した環境)</translation>
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
                             DWDVEV1004、DWFOEV1004、または DWDVEV1007 を修正します: チェックを実行し、
                             すべての書き込みをレコードごとにプレビューします。--apply を指定すると、
                             レコードをバックアップしてから書き込み、再度チェックします
                             (--demo: 既定ではコードと同じ名前のシナリオ)
  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]
                             修正をそのバックアップ ファイルから元に戻します (--apply なしではプレビュー)。
                             対象は fix が行う書き込みのみで、プロファイル自体のホストに対してのみ行います。
                             既にバックアップと同じ状態のレコードはスキップされます
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
fix と restore のオプション:
  --apply                    書き込みを実行します (指定しない場合: 何も書き込まないドライ ラン)
  --yes                      プロンプトなしで --apply を確定します (stdin が
                             ターミナルでない場合に必要です。ターミナルではホスト名の入力を求められます)
  --backup-dir DIR           バックアップ ファイルの保存先 (既定: 現在のディレクトリ)
  --team TEAMID              DWDVEV1007: 設定するチーム (既定: 各会社自身の
                             所有者チーム、ない場合はルート部署の既定のチーム)
  --override-unconfirmed-link
                             DWDVEV1004/DWFOEV1004: リンクされている Dataverse 環境を
                             確認できなかった場合や、反対側から構成が返されなかった場合でも
                             削除します (指定しない場合は拒否されます)
  --format text|json         stdout への出力形式 (既定値 text)
  --accept-edited-backup     restore: ダイジェストが内容と一致しない (fix による書き込み後に
                             編集された) バックアップを適用します。指定しない場合、そのような
                             バックアップはプレビューのみ行われます
  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)

fix の終了コード: 0 コードが合格 (修正対象なしを含む)、1 すべては修正されていない
(修正対象のレコードがあるドライ ラン、または書き込みの失敗)、2 使用法のエラーまたは無効な入力、
3 完了できなかった (チェックが不明、バックアップが書き込まれていない、確認されていない)。
restore の終了コード: 0 すべてのレコードを復元 (またはプレビュー)、1 レコードの失敗、
2 使用法のエラー、無効または編集されたバックアップ ファイル、別の環境、3 完了できなかった。
</translation>
    </message>
    <message>
        <location filename="../src/cli/fixoutput.cpp" line="+21"/>
        <source>     record: %1 (%2 %3, %4 %5)
</source>
        <translation>     レコード：%1 (%2 %3、%4 %5)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>     why:    %1
</source>
        <translation>     理由：    %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>     body:   %1
</source>
        <translation>     本文：    %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 done, %2 failed, %3 not attempted, %4 unknown, %5 already present
</source>
        <translation>完了 %1 件、失敗 %2 件、未試行 %3 件、不明 %4 件、既に存在 %5 件
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
        <translation>シミュレーターを起動できませんでした：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location filename="../src/cli/backupdir.cpp" line="+15"/>
        <source>--backup-dir %1: the directory does not exist</source>
        <translation>--backup-dir %1: ディレクトリが存在しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: not a directory</source>
        <translation>--backup-dir %1: ディレクトリではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--backup-dir %1: the directory is not writable</source>
        <translation>--backup-dir %1: ディレクトリに書き込めません</translation>
    </message>
    <message>
        <location filename="../src/cli/secretsource.cpp" line="+43"/>
        <location filename="../src/session/environmentsession.cpp" line="-58"/>
        <source>no client secret was given on standard input</source>
        <translation>標準入力でクライアント シークレットが指定されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/session/environmentsession.cpp" line="+5"/>
        <source>no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>クライアント シークレットがありません：DWHEALTH_CLIENT_SECRET を設定するか、--client-secret-stdin を使用してください</translation>
    </message>
    <message>
        <location filename="../src/cli/simulaterunner.cpp" line="+18"/>
        <source>Replay of %1 recorded %2 on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%3&quot;.</source>
        <translation>%1 (記録日時 %2) を停止されるまで 127.0.0.1 で再生します。デモのクライアント シークレットは DWHEALTH_CLIENT_SECRET の値 &quot;%3&quot; です。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recorded exchange(s) of the trace are not well formed and are not served.</source>
        <translation>
            <numerusform>トレースの記録済みのやり取り %n 件が正しい形式ではないため、提供されません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulating scenario &quot;%1&quot; on 127.0.0.1 until stopped. The demo client secret is the DWHEALTH_CLIENT_SECRET value &quot;%2&quot;.</source>
        <translation>停止されるまで、127.0.0.1 でシナリオ &quot;%1&quot; をシミュレートします。デモ用のクライアント シークレットは DWHEALTH_CLIENT_SECRET の値 &quot;%2&quot; です。</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommand.cpp" line="+19"/>
        <source>Writes a copy of an evidence bundle with every name, host name, id and e-mail address replaced by a stand-in, the same value always by the same one, so the copy gives the same codes and can be shared; Microsoft&apos;s fixed identifiers stay.</source>
        <translation>証拠バンドルのコピーを書き込みます。すべての名前、ホスト名、ID、電子メール アドレスは代替値に置き換えられ (同じ値は常に同じ代替値になります)、コピーは同じコードを返すため共有できます。Microsoft の固定識別子はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: dwhealth bundle anonymise IN.zip OUT.zip</source>
        <translation>使用法: dwhealth bundle anonymise IN.zip OUT.zip</translation>
    </message>
    <message>
        <location filename="../src/cli/fleetoptions.cpp" line="+18"/>
        <source>check every profile (*.json) in DIR; --profile may also be repeated (docs/fleet.md)</source>
        <translation>DIR 内のすべてのプロファイル (*.json) をチェックします。--profile を繰り返し指定することもできます (docs/fleet.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: write OUT/&lt;profile file name&gt;.&lt;format&gt; per environment, OUT/fleet.json and, for html, md and pdf, OUT/fleet.&lt;format&gt;</source>
        <translation>複数のプロファイル: 環境ごとに OUT/&lt;profile file name&gt;.&lt;format&gt;、OUT/fleet.json、および html、md、pdf の場合は OUT/fleet.&lt;format&gt; を書き込みます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several profiles: environments checked at once, 1-52 (default 8)</source>
        <translation>複数のプロファイル: 同時にチェックする環境数、1-52 (既定は 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: environments of one tenant at once, 1-52 (default 4)</source>
        <translation>複数のプロファイル: 1 つのテナントで同時にチェックする環境数、1-52 (既定は 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several profiles: when a result changed since its previous run, post a summary to a Teams/Slack incoming webhook (https; never printed)</source>
        <translation>複数のプロファイル: 前回の実行から結果が変わった場合、Teams/Slack の受信 Webhook に概要を投稿します (https。表示されることはありません)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify needs a webhook address or env:VARIABLE</source>
        <translation>--notify には Webhook のアドレスまたは env:VARIABLE が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--notify is for runs of several profiles (--profiles DIR, repeated --profile, or --output-dir)</source>
        <translation>--notify は複数のプロファイルの実行 (--profiles DIR、--profile の繰り返し、または --output-dir) 用です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--profiles, repeated --profile and --output-dir run profiles; not with --demo or --replay</source>
        <translation>--profiles、--profile の繰り返し、--output-dir はプロファイルを実行します。--demo または --replay とは併用できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bundle records one run; it is not available for several profiles</source>
        <translation>--bundle は 1 回の実行を記録します。複数のプロファイルでは使用できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output-dir writes every report and the fleet summary; --output does not apply</source>
        <translation>--output-dir はすべてのレポートとフリートの概要を書き込みます。--output は適用されません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format junit writes one file per environment: use --output-dir OUT</source>
        <translation>--format junit は環境ごとに 1 つのファイルを書き込みます: --output-dir OUT を使用してください</translation>
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
check の複数環境 (フリート) オプション:
  --profiles DIR             DIR 内のすべてのプロファイル (*.json) をチェック。--profile FILE
                             も繰り返し指定可能。各プロファイルのシークレット: その
                             auth.clientSecretEnv で指定された変数、なければ
                             DWHEALTH_CLIENT_SECRET (または --client-secret-stdin)
  --output-dir OUT           環境ごとに OUT/&lt;profile file name&gt;.&lt;format&gt;、
                             OUT/fleet.json、html、md、pdf の場合は OUT/fleet.&lt;format&gt; を書き込み
                             (指定しない場合: フリートの概要を stdout または --output に)
  --parallel N               同時にチェックする環境数、1-52 (既定は 8)
  --parallel-per-tenant N    1 つのテナントで同時にチェックする環境数、1-52 (既定は 4)。
                             サービス ホストを共有する環境は、その 52 の
                             同時要求を共有
  --notify URL|env:NAME      前回の実行から結果が変わった場合、Teams/Slack の受信
                             Webhook に概要を投稿 (https。アドレスは表示されません。
                             env:NAME は変数 NAME から読み取り、コマンド ラインに
                             残らないようにします)
  終了コード: 全環境で最も悪いもの: 2 (実行できないプロファイルあり) &gt; 1
  &gt; 3 &gt; 0。--deadline は環境ごとに適用されます。
</translation>
    </message>
    <message>
        <location filename="../src/cli/helpcommand.cpp" line="-21"/>
        <source>Shows every command (as --help), or the options of COMMAND (as dwhealth COMMAND --help).</source>
        <translation>すべてのコマンド (--help と同様)、または COMMAND のオプション (dwhealth COMMAND --help と同様) を表示します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>help takes one command, not also &quot;%1&quot;</source>
        <translation>help に指定できるコマンドは 1 つです。&quot;%1&quot; は指定できません</translation>
    </message>
    <message>
        <location filename="../src/cli/mapscommand.cpp" line="-86"/>
        <source>The dual-write table maps: state, tables, legal entities, recent errors with their documented fix; a fact that cannot be read names the missing right.</source>
        <translation>二重書き込みテーブル マップ: 状態、テーブル、法人、最近のエラーとドキュメントに記載された修正方法。読み取れない情報については、不足している権限が示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recent live-sync errors from both sides, grouped by cause, with the documented fix; a fact that cannot be read names the missing right.</source>
        <translation>両側の最近のライブ同期エラーを、原因別にグループ化し、ドキュメントに記載された修正方法とともに示します。読み取れない情報については、不足している権限が示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the profile (JSON, never a secret) of the environment to read</source>
        <translation>読み取る環境のプロファイル (JSON。シークレットは含みません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the embedded simulator instead</source>
        <translation>代わりに組み込みのシミュレーターを読み取ります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --demo: the simulator&apos;s scenario (default healthy)</source>
        <translation>--demo と併用: シミュレーターのシナリオ (既定値 healthy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the errors since then: 30m, 24h, 7d or a past ISO 8601 time with its offset; at most 30 days (default 24h)</source>
        <translation>この時点以降のエラー: 30m、24h、7d、またはオフセット付きの過去の ISO 8601 時刻。最大 30 日 (既定値 24h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format (default text)</source>
        <translation>出力形式 (既定値 text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the output to FILE instead of stdout</source>
        <translation>出力を stdout ではなく FILE に書き込みます</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit codes: 0 nothing to report, 1 a map in error or recent errors, 2 usage error, 3 could not read.
</source>
        <translation>終了コード: 0 報告事項なし、1 エラー状態のマップまたは最近のエラーあり、2 使用法エラー、3 読み取れませんでした。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 no error in the window, 1 errors in the window, 2 usage error, 3 could not read.
</source>
        <translation>終了コード: 0 期間内にエラーなし、1 期間内にエラーあり、2 使用法エラー、3 読み取れませんでした。
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>%1 は引数を取りません (&quot;%2&quot; は無効です)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &quot;%1&quot; is not available for %2; use one of: %3</source>
        <translation>--format &quot;%1&quot; は %2 では使用できません。次のいずれかを使用してください: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--since takes a duration such as 30m, 24h or 7d (at most 30 days) or a past ISO 8601 time with its offset, not &quot;%1&quot;</source>
        <translation>--since には 30m、24h、7d などの期間 (最大 30 日) またはオフセット付きの過去の ISO 8601 時刻を指定します (&quot;%1&quot; は無効です)</translation>
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
                             二重書き込みテーブル マップ: 状態、テーブル、法人、
                             最近のエラーとドキュメントに記載された修正方法。読み取れない
                             情報については不足している権限を示します。終了コード 0 報告事項なし、
                             1 エラー状態のマップまたは最近のエラーあり、2 使用法エラー、3 読み
                             取れませんでした
  errors --profile FILE | --demo [--scenario NAME] [--since 24h]
       [--format text|json|md|html|junit] [--output FILE]
                             両側の最近のライブ同期エラーを原因別にグループ化
                             (--since 30m、24h、7d または ISO 8601 時刻。最大 30
                             日)。maps と errors では --client-secret-stdin、
                             --timeout S、--allow-authority HOST も使用できます。終了コードは同じです
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
        <translation>bundle anonymise: %1 は入力ファイルです。別のファイルを指定してください</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 written: %n value(s) replaced.
</source>
        <translation>
            <numerusform>%1 を書き込みました: %n 個の値を置き換えました。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::cli::CheckRunner</name>
    <message>
        <location filename="../src/cli/checkrunner.cpp" line="+65"/>
        <source>refusing to write a %1 report to a terminal; use --output FILE or redirect stdout</source>
        <translation>%1 レポートを端末に書き込むことはできません。--output FILE を使用するか、stdout をリダイレクトしてください</translation>
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
        <translation>シミュレーターを起動できませんでした：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;simulator profile&gt;</source>
        <translation>&lt;simulator profile&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>環境のファクトを読み取っています：%2 件中 %1 件</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped</source>
        <translation>合格 %1、不合格 %2、警告 %3、不明 %4、スキップ %5</translation>
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
        <translation>dwhealth: 警告：実行は履歴に保存されませんでした：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since the run of %1: %2 new findings, %3 fixed, %4 still failing</source>
        <translation>%1 の実行以降：新しい検出結果 %2 件、修正済み %3 件、引き続き不合格 %4 件</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FixRunner</name>
    <message>
        <location filename="../src/cli/fixrunner.cpp" line="+65"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>標準入力が端末でない場合、--apply には --yes が必要です (何も書き込まれていません)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading environment facts: %1 of %2</source>
        <translation>環境のファクトを読み取っています：%2 件中 %1 件</translation>
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
        <translation>キャンセルされました。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Use --force-dependencies to run it anyway.</source>
        <translation> それでも実行するには --force-dependencies を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (The override is --override-unconfirmed-link.)</source>
        <translation> (オーバーライドは --override-unconfirmed-link です。)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Nothing was written.</source>
        <translation> 何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: %1 passes.
</source>
        <translation>修正するものはありません：%1 は合格しています。
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Caution: %1
</source>
        <translation>
注意: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Before you start: %1
</source>
        <translation>
開始する前に: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
The fix makes %1 writes, one per record:
</source>
        <translation>
修正では %1 件の書き込みを行います (レコードごとに 1 件)：
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Dry run: nothing was written. Run again with --apply to make these writes (each record is backed up first).
</source>
        <translation>
ドライ ラン：何も書き込まれていません。これらの書き込みを行うには、--apply を指定して再度実行してください (各レコードは最初にバックアップされます)。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not confirmed; nothing was written</source>
        <translation>確認されませんでした。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Backup written: %1
</source>
        <translation>
バックアップを書き込みました：%1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Results:
</source>
        <translation>
結果：
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the records above say what was written.
</source>
        <translation>キャンセルされました：何が書き込まれたかは、上記の各レコードを参照してください。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Re-check: %1 (%2): %3
  %4
</source>
        <translation>
再チェック：%1 (%2): %3
  %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-check could not judge %1</source>
        <translation>再チェックで %1 を判定できませんでした</translation>
    </message>
</context>
<context>
    <name>dwh::cli::FleetRunner</name>
    <message>
        <location filename="../src/cli/fleetrunner.cpp" line="+80"/>
        <source>%1: auth.mode %2 signs in a person; a run of several profiles signs in with client secrets only: check this profile alone</source>
        <translation>%1: auth.mode %2 はユーザーとしてサインインします。複数のプロファイルの実行ではクライアント シークレットでのみサインインします: このプロファイルは単独でチェックしてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write a %1 fleet summary to a terminal; use --output-dir OUT, --output FILE or a redirect</source>
        <translation>%1 のフリートの概要を端末に書き込むことを拒否しました。--output-dir OUT、--output FILE、またはリダイレクトを使用してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--notify env:%1: the variable is not set</source>
        <translation>--notify env:%1: 変数が設定されていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--output-dir %1: the folder cannot be created</source>
        <translation>--output-dir %1: フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 environments, at most %2 at once</source>
        <translation>%1 個の環境をチェックしています (同時に最大 %2 個)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>[%1/%2] %3: not run: %4</source>
        <translation>[%1/%2] %3: 未実行: %4</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>[%1/%2] %3: checking</source>
        <translation>[%1/%2] %3: チェック中</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: warning: the run was not stored in the history: %2</source>
        <translation>%1: 警告: 実行は履歴に保存されませんでした: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>[%1/%2] %3: exit %4: %5 failed, %6 unknown, %7 warnings</source>
        <translation>[%1/%2] %3: 終了 %4: 失敗 %5、不明 %6、警告 %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; since %1: %2 new, %3 fixed</source>
        <translation>; %1 以降: 新規 %2、修正済み %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 of %2 done)</source>
        <translation> (%2 件中 %1 件完了)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 environments: %2 changed since their previous run; exit %3</source>
        <translation>%1 個の環境: 前回の実行から %2 個が変更されました。終了 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--notify: nothing changed; no message sent</source>
        <translation>--notify: 変更がないため、メッセージは送信されませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--notify: summary posted</source>
        <translation>--notify: 概要を投稿しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: --notify: %1</source>
        <translation>警告: --notify: %1</translation>
    </message>
</context>
<context>
    <name>dwh::cli::RestoreRunner</name>
    <message>
        <location filename="../src/cli/restorerunner.cpp" line="+46"/>
        <source>--apply needs --yes when standard input is not a terminal (nothing was written)</source>
        <translation>標準入力が端末でない場合、--apply には --yes が必要です (何も書き込まれていません)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (何も送信されていません)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 (%2, %3, %4 records).
</source>
        <translation>バックアップ %1 (%2、%3、%4 件のレコード)。
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore makes at most %1 writes, one per record; a record already as the backup has it is skipped:
</source>
        <translation>復元では最大 %1 件の書き込みを、レコードごとに 1 件ずつ行います。既にバックアップと同じ状態のレコードはスキップされます:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  note: %1
</source>
        <translation>  注：%1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to restore.
</source>
        <translation>復元するものはありません。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was EDITED since it was written (digest mismatch); nothing was written. Compare it with the records it names; to restore it anyway, add --accept-edited-backup</source>
        <translation>%1 は書き込み後に編集されています (ダイジェストの不一致)。何も書き込まれていません。このファイルで指定されているレコードと比較してください。それでも復元する場合は、--accept-edited-backup を追加してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Preview: nothing was written. Run again with --apply to make these writes.
</source>
        <translation>
プレビュー：何も書き込まれていません。これらの書き込みを行うには、--apply を指定して再度実行してください。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not confirmed; nothing was written</source>
        <translation>確認されませんでした。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>
Backup of the records before the restore: %1
</source>
        <translation>
復元前のレコードのバックアップ：%1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity: intact (the digest matches the content).
</source>
        <translation>整合性: 変更なし (ダイジェストが内容と一致しています)。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity: EDITED since it was written (digest mismatch). It is not applied without --accept-edited-backup.
</source>
        <translation>整合性: 書き込み後に編集されています (ダイジェストの不一致)。--accept-edited-backup を指定しない限り適用されません。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity: no digest (written by an older dwhealth); edits cannot be detected.
</source>
        <translation>整合性: ダイジェストがありません (古い dwhealth で書き込まれました)。編集を検出できません。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Results:
</source>
        <translation>
結果：
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>dwh::cli::SignIn</name>
    <message>
        <location filename="../src/session/authoritypolicy.cpp" line="+31"/>
        <source>the profile&apos;s authority %1 is not a Microsoft Entra ID sign-in host (%2); the client secret was not sent. If this authority is meant to receive it, run again with --allow-authority %3</source>
        <translation>プロファイルの機関 %1 は Microsoft Entra ID のサインイン ホスト (%2) ではないため、クライアント シークレットは送信されませんでした。この機関がシークレットを受け取る必要がある場合は、--allow-authority %3 を指定して再度実行してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: sending the client secret to %1, which is not a Microsoft Entra ID sign-in host (allowed by --allow-authority)</source>
        <translation>警告: Microsoft Entra ID のサインイン ホストではない %1 にクライアント シークレットを送信します (--allow-authority により許可)</translation>
    </message>
    <message>
        <location filename="../src/cli/signin.cpp" line="+38"/>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 minutes).</source>
        <translation>サインインするには、%1 を開いてコード %2 を入力してください (有効期間は %3 分)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in in the browser window that opened. If none opened, open this address: %1</source>
        <translation>開いたブラウザー ウィンドウでサインインしてください。開かなかった場合は、次のアドレスを開いてください：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation>サインインするには、このコンピューターのブラウザーで次のアドレスを開いてください：%1</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetEnvironment</name>
    <message>
        <location filename="../src/fleet/fleetenvironment.cpp" line="+34"/>
        <source>--profiles %1: no such folder</source>
        <translation>--profiles %1: そのようなフォルダーはありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--profiles %1: the folder holds no profile (*.json)</source>
        <translation>--profiles %1: フォルダーにプロファイル (*.json) がありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 would both write the report %3.*; rename one of them</source>
        <translation>%1 と %2 の両方がレポート %3.* を書き込みます。いずれかの名前を変更してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no profile to check</source>
        <translation>チェックするプロファイルがありません</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetHtml</name>
    <message>
        <location filename="../src/fleet/fleethtml.cpp" line="+36"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first run</source>
        <translation>初回実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change since %1</source>
        <translation>%1 以降変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1: %2 new, %3 fixed, %4 status changes</source>
        <translation>%1 以降: 新規 %2、修正済み %3、状態の変更 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>二重書き込みの正常性チェック: フリートの概要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 environments, %2 changed since their previous run. Started %3, finished %4.</source>
        <translation>%1 個の環境、前回の実行から %2 個が変更されました。開始 %3、終了 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks: %1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.</source>
        <translation>チェック: 合格 %1、失敗 %2、警告 %3、不明 %4、スキップ %5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>前回の実行以降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings, worst first</source>
        <translation>検出結果 (重大度の高い順)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No findings.</source>
        <translation>検出結果はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed since the previous run</source>
        <translation>前回の実行以降に修正済み</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetMarkdown</name>
    <message>
        <location filename="../src/fleet/fleetmarkdown.cpp" line="+41"/>
        <source>Dual-write health check: fleet summary</source>
        <translation>二重書き込みの正常性チェック: フリートの概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 environments, %2 changed since their previous run. Checks: %3 passed, %4 failed, %5 warnings, %6 unknown, %7 skipped.</source>
        <translation>%1 個の環境、前回の実行から %2 個が変更されました。チェック: 合格 %3、失敗 %4、警告 %5、不明 %6、スキップ %7。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous run</source>
        <translation>前回の実行以降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first run</source>
        <translation>初回実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed, %3 status changes</source>
        <translation>新規 %1、修正済み %2、状態の変更 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings, worst first</source>
        <translation>検出結果 (重大度の高い順)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings.</source>
        <translation>検出結果はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetRun</name>
    <message>
        <location filename="../src/fleet/fleetrun.cpp" line="+72"/>
        <source>not run: cancelled</source>
        <translation>未実行: キャンセルされました</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetTrend</name>
    <message>
        <location filename="../src/fleet/fleettrend.cpp" line="+67"/>
        <source>never run</source>
        <translation>実行履歴なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first run</source>
        <translation>初回実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change since the run before</source>
        <translation>前回の実行から変更なし</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>better: %n fixed since the run before</source>
        <translation>
            <numerusform>改善: 前回の実行から %n 件修正済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>worse: %n new since the run before</source>
        <translation>
            <numerusform>悪化: 前回の実行から %n 件新規</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 fixed since the run before</source>
        <translation>前回の実行から新規 %1、修正済み %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::FleetWriter</name>
    <message>
        <location filename="../src/fleet/fleetwriter.cpp" line="+43"/>
        <source>the fleet summary is written as %1, not %2</source>
        <translation>フリートの概要は %2 ではなく %1 として書き込まれます</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::ProfileSecret</name>
    <message>
        <location filename="../src/fleet/profilesecret.cpp" line="+34"/>
        <source>no client secret: the environment variable %1 named by auth.clientSecretEnv is not set</source>
        <translation>クライアント シークレットがありません: auth.clientSecretEnv で指定された環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no client secret: set auth.clientSecretEnv in the profile, DWHEALTH_CLIENT_SECRET, or use --client-secret-stdin</source>
        <translation>クライアント シークレットがありません: プロファイルで auth.clientSecretEnv を設定するか、DWHEALTH_CLIENT_SECRET を設定するか、--client-secret-stdin を使用してください</translation>
    </message>
</context>
<context>
    <name>dwh::fleet::WebhookNotifier</name>
    <message>
        <location filename="../src/fleet/webhooknotifier.cpp" line="+33"/>
        <source>the --notify address is not a valid URL</source>
        <translation>--notify のアドレスが有効な URL ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the --notify address must use https:// (http:// only for a loopback host)</source>
        <translation>--notify のアドレスには https:// を使用する必要があります (http:// はループバック ホストの場合のみ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>**Dual-write health check**: %1 environments, %2 changed since their previous run; %3 failed, %4 unknown, %5 warnings (exit %6).</source>
        <translation>**二重書き込みの正常性チェック**: %1 個の環境、前回の実行から %2 個が変更されました。失敗 %3、不明 %4、警告 %5 (終了 %6)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- … and more (see the fleet summary)</source>
        <translation>- … その他 (フリートの概要を参照)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- %1: not run (exit %2)</source>
        <translation>- %1: 未実行 (終了 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1: new %2; fixed %3 (exit %4)</source>
        <translation>- %1: 新規 %2、修正済み %3 (終了 %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1: first run, findings %2 (exit %3)</source>
        <translation>- %1: 初回実行、検出結果 %2 (終了 %3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the webhook answered HTTP %1</source>
        <translation>Webhook が HTTP %1 を返しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the webhook could not be reached (%1)</source>
        <translation>Webhook に接続できませんでした (%1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AboutBox</name>
    <message>
        <location filename="../src/gui/widgets/aboutbox.cpp" line="+17"/>
        <source>About dwhealth</source>
        <translation>dwhealth のバージョン情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;The Dynamics 365 dual-write health check from outside the product.&lt;/p&gt;&lt;p&gt;Ruleset %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dwhealth %1&lt;/h3&gt;&lt;p&gt;製品の外部から実行する Dynamics 365 二重書き込み正常性チェック。&lt;/p&gt;&lt;p&gt;ルールセット %2。MIT ライセンスで提供されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built from source commit %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ソース コミット %1 からビルドされました。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Built with Qt %1 (running on %2), licensed under the GNU LGPL version 3; QtKeychain (BSD 3-clause licence); zlib (zlib licence).&lt;/p&gt;&lt;p&gt;The check codes, messages and fixes follow Microsoft&apos;s dual-write documentation on &lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 (%2 で実行中) を使用して構築されています。Qt は GNU LGPL バージョン 3 でライセンスされています。QtKeychain (BSD 3-Clause ライセンス)、zlib (zlib ライセンス)。&lt;/p&gt;&lt;p&gt;チェック コード、メッセージ、修正方法は、&lt;a href=&quot;https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-health-check&quot;&gt;learn.microsoft.com&lt;/a&gt; にある Microsoft の二重書き込みドキュメントに基づいています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt…</source>
        <translation>Qt について(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::AuthorityConfirm</name>
    <message>
        <location filename="../src/gui/signin/authorityconfirm.cpp" line="+39"/>
        <source>Send the client secret?</source>
        <translation>クライアント シークレットを送信しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the client secret to %1?</source>
        <translation>クライアント シークレットを %1 に送信しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Microsoft Entra ID sign-in host (%2). Whoever runs it receives the client secret and can sign in as the app registration. Send it only if this authority is meant to receive it.</source>
        <translation>%1 は Microsoft Entra ID のサインイン ホストではありません (%2)。このホストの運営者はクライアント シークレットを受け取り、アプリの登録としてサインインできます。この機関がシークレットを受け取るべき場合にのみ送信してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the secret</source>
        <translation>シークレットを送信する(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not send</source>
        <translation>送信しない(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this host for the profile</source>
        <translation>このホストをプロファイルに記憶する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::BrowserSignInPanel</name>
    <message>
        <location filename="../src/gui/signin/browsersigninpanel.cpp" line="+19"/>
        <source>Copy sign-in lin&amp;k</source>
        <translation>サインイン リンクをコピー(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>サインインをキャンセル(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser sign-in</source>
        <translation>ブラウザーでのサインイン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the sign-in link</source>
        <translation>サインイン リンクをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>ブラウザーが開かなかった場合：このコンピューターのブラウザーにリンクを貼り付けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your browser opened the Microsoft sign-in page: sign in there, then come back. If no browser window opened, copy the sign-in link into a browser on this computer.</source>
        <translation>ブラウザーで Microsoft のサインイン ページが開きました。そこでサインインしてから、ここに戻ってください。ブラウザー ウィンドウが開かなかった場合は、サインイン リンクをこのコンピューターのブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened: copy the sign-in link into a browser on this computer and sign in there.</source>
        <translation>ブラウザーを開けませんでした。サインイン リンクをこのコンピューターのブラウザーにコピーして、そこでサインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated: in demo mode a simulated browser signs in to the simulator by itself; no real browser opens.</source>
        <translation>シミュレーション：デモ モードでは、シミュレートされたブラウザーが自動的にシミュレーターにサインインします。実際のブラウザーは開きません。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckHtml</name>
    <message>
        <location filename="../src/gui/wizard/checkhtml.cpp" line="+38"/>
        <location line="+39"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+38"/>
        <source>Documentation:</source>
        <translation>ドキュメント：</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>none raised (this check&apos;s code: %1)</source>
        <translation>発生していません (このチェックのコード: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Codes:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Check id:</source>
        <translation>チェック ID：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records involved</source>
        <translation>関連するレコード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: %1</source>
        <translation>コード：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records involved:</source>
        <translation>関連するレコード：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to fix it:</source>
        <translation>修正方法：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence:</source>
        <translation>証拠：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No documented fix for this finding.</source>
        <translation>この検出結果について文書化された修正方法はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisite health check</source>
        <translation>前提条件の正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the prerequisites above, then go back and re-run the prerequisite health check.</source>
        <translation>上記の前提条件を修正してから、戻って前提条件の正常性チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix: every check passed.</source>
        <translation>修正するものはありません：すべてのチェックに合格しました。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckListModel</name>
    <message>
        <location filename="../src/gui/wizard/checklistmodel.cpp" line="+36"/>
        <source>Other checks</source>
        <translation>その他のチェック</translation>
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
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/checkpage.cpp" line="+57"/>
        <source>Prerequisite health check</source>
        <translation>前提条件の正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 2: the solutions, application users, plug-ins, permissions and companies that dual-write needs before the environments can be linked.</source>
        <translation>手順 1/2：環境をリンクする前に二重書き込みで必要となるソリューション、アプリケーション ユーザー、プラグイン、アクセス許可、会社を確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 2: APIHubConnection, StaleConfiguration and BusinessUnit, as in the product&apos;s health check.</source>
        <translation>手順 2/2：製品の正常性チェックと同様に、APIHubConnection、StaleConfiguration、BusinessUnit を確認します。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Reading the environments…</source>
        <translation>環境を読み取っています…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the environments: %1 of %2 facts read…</source>
        <translation>環境を読み取っています：%2 件中 %1 件のファクトを読み取りました…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passed: %1, failed: %2, warnings: %3, unknown: %4, skipped: %5.</source>
        <translation>合格：%1、不合格：%2、警告：%3、不明：%4、スキップ：%5。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. What could not be judged is marked unknown; choose Re-run to check again.</source>
        <translation>キャンセルされました。判定できなかったものは不明としてマークされています。再度チェックするには「再実行」を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1.</source>
        <translation>完了：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dependency validation cannot run until the failed prerequisites are fixed, as in the product. Fix them and choose Re-run, or continue to the remediation steps and the report.</source>
        <translation>製品と同様に、不合格の前提条件を修正するまで依存関係の検証は実行できません。前提条件を修正して「再実行」を選択するか、修復手順とレポートに進んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dependency validation did not run.</source>
        <translation>依存関係の検証は実行されませんでした。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a check under this heading to see its details.</source>
        <translation>この見出しの下のチェックを選択すると、詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check has not finished yet.</source>
        <translation>このチェックはまだ完了していません。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffDialog</name>
    <message>
        <location filename="../src/gui/fixes/companydiffdialog.cpp" line="+51"/>
        <source>%1: companies in dual-write, finance and operations apps and Dataverse</source>
        <translation>%1: 二重書き込み、財務と運用アプリ、Dataverse の会社</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The companies have not been read yet: run the health check first, or choose Verify to read them now.</source>
        <translation>会社はまだ読み取られていません。先に正常性チェックを実行するか、「検証」を選択して今すぐ読み取ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The legal entities selected for dual-write are unknown: %1</source>
        <translation>二重書き込み用に選択された法人が不明です：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected for dual-write: %n legal entities, from the profile (dualWrite.legalEntities).</source>
        <translation>
            <numerusform>二重書き込み用に選択された法人：%n 件 (プロファイルの dualWrite.legalEntities)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected for dual-write: %n legal entities, the companies enabled for dual-write in Dataverse.</source>
        <translation>
            <numerusform>二重書き込み用に選択された法人：%n 件 (Dataverse で二重書き込みが有効になっている会社)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companies to fix: %1; to look at: %2.</source>
        <translation>修正が必要な会社：%1、確認が必要な会社：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every selected legal entity exists on both sides.</source>
        <translation>選択されたすべての法人が両側に存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance and operations apps could not be read: %1</source>
        <translation>財務と運用アプリを読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse could not be read: %1</source>
        <translation>Dataverse を読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing %1 of %2</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a company to see its fix steps.</source>
        <translation>会社を選択すると、その修正手順が表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to fix for %1.</source>
        <translation>%1 に修正するものはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documentation:</source>
        <translation>ドキュメント：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the company grid</source>
        <translation>会社グリッドのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying: reading the companies again…</source>
        <translation>検証中：会社を再度読み取っています…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verified at %1: the company checks, run again on what the environments hold now: %2.</source>
        <translation>%1 に検証しました。環境の現在の内容で会社のチェックを再実行した結果：%2。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::CompanyDiffModel</name>
    <message>
        <location filename="../src/gui/fixes/companydiffmodel.cpp" line="+43"/>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not selected</source>
        <translation>未選択</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(missing)</source>
        <translation>(欠落)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(none)</source>
        <translation>(なし)</translation>
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
        <translation>チーム ID %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal entity / company code, compared trimmed and case-insensitively</source>
        <translation>法人/会社のコード (前後の空白を除き、大文字と小文字を区別せずに比較)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O name</source>
        <translation>F&amp;O 名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in finance and operations apps (LegalEntities)</source>
        <translation>財務と運用アプリでの名前 (LegalEntities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataverse name</source>
        <translation>Dataverse 名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in the Dataverse Company table (cdm_company)</source>
        <translation>Dataverse の会社テーブル (cdm_company) での名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled for dual-write</source>
        <translation>二重書き込み有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is Enabled for Dual Write (cdm_isenabledfordualwrite)</source>
        <translation>二重書き込みが有効かどうか (cdm_isenabledfordualwrite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default owning team</source>
        <translation>既定の所有チーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default owning team of the company (cdm_defaultowningteam)</source>
        <translation>会社の既定の所有チーム (cdm_defaultowningteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected for dual-write (profile, else the companies enabled in Dataverse)</source>
        <translation>二重書き込み用に選択 (プロファイル、指定がない場合は Dataverse で有効になっている会社)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What differs between the three sides</source>
        <translation>3 つの側の間で異なる点</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="+108"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User id %1</source>
        <translation>ユーザー ID %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no security roles</source>
        <translation>セキュリティ ロールなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles: %1</source>
        <translation>ロール：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles could not be read: %1</source>
        <translation>ロールを読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Signed in; %n legal entities</source>
        <translation>
            <numerusform>サインイン済み、法人 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Signed in; %n connections in the environment</source>
        <translation>
            <numerusform>サインイン済み、環境内の接続 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::CredentialsPage</name>
    <message>
        <location filename="../src/gui/wizard/credentialspage.cpp" line="+46"/>
        <source>Link credentials</source>
        <translation>リンクの資格情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Dataverse and finance and operations environments that dual-write links, then test the connection.</source>
        <translation>二重書き込みでリンクする Dataverse 環境と財務と運用環境にサインインしてから、接続をテストします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret (app registration)</source>
        <translation>クライアント シークレット (アプリの登録)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code</source>
        <translation>デバイス コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive browser sign-in</source>
        <translation>対話型ブラウザー サインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An app registration signs in with its client secret</source>
        <translation>アプリの登録がクライアント シークレットでサインインします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sign in on another device or browser with a code shown here</source>
        <translation>ここに表示されるコードを使用して、別のデバイスまたはブラウザーでサインインします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in in the system browser (authorization code with PKCE)</source>
        <translation>システム ブラウザーでサインインします (PKCE を使用した承認コード)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Application (client) id of the app registration</source>
        <translation>アプリの登録のアプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: empty uses the public client %1 (Microsoft Azure CLI)</source>
        <translation>省略可能：空の場合はパブリック クライアント %1 (Microsoft Azure CLI) を使用します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステム キーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the sign-in in the system keychain</source>
        <translation>サインインをシステム キーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this the secret is kept in memory only and asked for again next time. Never written to a file.</source>
        <translation>オフにすると、シークレットはメモリ内にのみ保持され、次回再度入力を求められます。ファイルには書き込まれません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the refresh token (never an access token) in the system keychain, so the next session signs in without a prompt. Without this it stays in memory only. Never written to a file.</source>
        <translation>リフレッシュ トークン (アクセス トークンは保持しません) をシステム キーチェーンに保持し、次のセッションでプロンプトなしでサインインできるようにします。オフにすると、メモリ内にのみ保持されます。ファイルには書き込まれません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for the sign-in: enter the code below on the sign-in page.</source>
        <translation>サインインを待機しています：サインイン ページで下のコードを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the sign-in in the browser.</source>
        <translation>ブラウザーでのサインインを待機しています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign-in cancelled: test the connection to sign in again.</source>
        <translation>サインインがキャンセルされました：再度サインインするには、接続をテストしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed out: the tokens of this session are forgotten. The next test signs in again.</source>
        <translation>サインアウトしました：このセッションのトークンは破棄されました。次回のテストで再度サインインします。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain entry could not be removed: %1</source>
        <translation>システム キーチェーンのエントリを削除できませんでした：%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not tested yet: test the connection to continue.</source>
        <translation>未テスト：続行するには接続をテストしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick the legal entities selected for dual-write from the list finance and operations apps returned to the connection test</source>
        <translation>接続テストに対して財務と運用アプリが返した一覧から、二重書き込み用に選択されている法人を選択します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (available after a successful connection test)</source>
        <translation>%1 (接続テストが成功すると使用できます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick legal entities</source>
        <translation>法人の選択</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the client secret.</source>
        <translation>クライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the tenant, both environment URLs, the environment id and the client id.</source>
        <translation>テナント、両方の環境 URL、環境 ID、クライアント ID を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot test yet: %1</source>
        <translation>まだテストできません：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 could not be used; see why below.</source>
        <translation>%1 を使用できませんでした。理由は以下を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS failed</source>
        <translation>TLS の失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy failed</source>
        <translation>プロキシの失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>サインインの拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>同意なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>スロットリング中</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Connected to Dataverse and finance and operations, but not to the Power Platform API. You can go on: these checks will be unknown because they read from it: %1.</source>
        <translation>Dataverse と財務と運用には接続しましたが、Power Platform API には接続していません。続行できますが、次のチェックは Power Platform API からデータを読み取るため、不明になります: %1。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Answered</source>
        <translation>応答あり</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Signing in to %1 and reading who you are… (%n s)</source>
        <translation>
            <numerusform>%1 にサインインしてユーザー情報を読み取っています… (%n 秒)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile cannot be saved yet: %1</source>
        <translation>プロファイルはまだ保存できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &quot;%1&quot; saved (without the secret): it is offered on the first page next time.</source>
        <translation>プロファイル &quot;%1&quot; を保存しました (シークレットを除く)。次回は最初のページで選択できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile cannot be exported yet: %1</source>
        <translation>プロファイルはまだエクスポートできません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the profile</source>
        <translation>プロファイルのエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles (*.json)</source>
        <translation>プロファイル (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile exported to %1: use it with dwhealth check --profile.</source>
        <translation>プロファイルを %1 にエクスポートしました。dwhealth check --profile で使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not exported: %1</source>
        <translation>プロファイルはエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Connected: signed in to all three services.</source>
        <translation>接続済み：3 つのサービスすべてにサインインしました。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Sign-in failed: Microsoft Entra ID refused the credentials. Check the tenant, client id and secret.</source>
        <translation>サインインに失敗しました：Microsoft Entra ID が資格情報を拒否しました。テナント、クライアント ID、シークレットを確認してください。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reach %1: the host was not found, refused the connection or did not answer. Check the URLs, the network and the VPN; see why below.</source>
        <translation>%1 に到達できませんでした。ホストが見つからないか、接続が拒否されたか、応答がありませんでした。URL、ネットワーク、VPN を確認してください。理由は以下を参照してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 failed: the certificate is not trusted. See why below.</source>
        <translation>%1 へのセキュリティで保護された (TLS) 接続に失敗しました。証明書が信頼されていません。理由は以下を参照してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused or failed the connection to %1. Check the system&apos;s proxy settings; see why below.</source>
        <translation>プロキシが %1 への接続を拒否したか、接続に失敗しました。システムのプロキシ設定を確認してください。理由は以下を参照してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in, but the app registration has no consent for %1: an administrator must grant its API permissions. See why below.</source>
        <translation>サインインしましたが、アプリの登録に %1 への同意がありません。管理者が API のアクセス許可を付与する必要があります。理由は以下を参照してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is throttling the requests: wait a few minutes and test the connection again.</source>
        <translation>%1 が要求をスロットリングしています。数分待ってから、接続を再度テストしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in failed: the sign-in was not completed; see why below. Test the connection to try again.</source>
        <translation>サインインに失敗しました：サインインが完了しませんでした。理由は下記を参照してください。再試行するには、接続をテストしてください。</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>The remembered sign-in could not be read from the system keychain (%1): the test signs in again.</source>
        <translation>保存されたサインインをシステム キーチェーンから読み取れませんでした (%1)：テストで再度サインインします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remembered secret could not be read from the system keychain: %1</source>
        <translation>保存されたシークレットをシステム キーチェーンから読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in saved in the system keychain.</source>
        <translation>サインインをシステム キーチェーンに保存しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret saved in the system keychain.</source>
        <translation>シークレットをシステム キーチェーンに保存しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>サインインは保存されませんでした：システム キーチェーンを利用できません (%1)。このセッションの間のみメモリ内に保持されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was not saved: the system keychain is not available (%1). It is kept in memory for this session only.</source>
        <translation>シークレットは保存されませんでした：システム キーチェーンを利用できません (%1)。このセッションの間のみメモリ内に保持されます。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DeviceCodePanel</name>
    <message>
        <location filename="../src/gui/signin/devicecodepanel.cpp" line="+24"/>
        <source>Copy &amp;code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy lin&amp;k</source>
        <translation>リンクをコピー(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>サインインをキャンセル(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device code sign-in</source>
        <translation>デバイス コードによるサインイン</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>サインイン リンクをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sign in on another device or in a browser&lt;/b&gt;</source>
        <translation>&lt;b&gt;別のデバイスまたはブラウザーでサインイン&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At:</source>
        <translation>アドレス：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Code to enter: %1</source>
        <translation>入力するコード：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in page: %1</source>
        <translation>サインイン ページ：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; in demo mode the simulator approves the code by itself after a few seconds; nothing is sent to Microsoft.</source>
        <translation>&lt;b&gt;シミュレーション：&lt;/b&gt;デモ モードでは、数秒後にシミュレーターが自動的にコードを承認します。Microsoft には何も送信されません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the sign-in; the code expires in %1:%2.</source>
        <translation>サインインを待機しています。コードはあと %1:%2 で期限切れになります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired.</source>
        <translation>コードの有効期限が切れました。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::DialogButtons</name>
    <message>
        <location filename="../src/gui/widgets/dialogbuttons.cpp" line="+21"/>
        <source>Close this window; nothing is written by closing it</source>
        <translation>このウィンドウを閉じます。閉じても何も書き込まれません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go back to the previous page</source>
        <translation>前のページに戻ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next page</source>
        <translation>次のページに進みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; the results stay in the report and the history</source>
        <translation>ウィザードを閉じます。結果はレポートと履歴に残ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; nothing more is read or written</source>
        <translation>ウィザードを閉じます。これ以上の読み取りや書き込みは行われません</translation>
    </message>
</context>
<context>
    <name>dwh::gui::FleetDialog</name>
    <message>
        <location filename="../src/gui/tools/fleetdialog.cpp" line="+29"/>
        <source>signs in a person: open it to check it</source>
        <translation>ユーザーとしてサインインします: 開いてチェックしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its authority is not a Microsoft Entra ID sign-in host: open it</source>
        <translation>機関が Microsoft Entra ID のサインイン ホストではありません: 開いてください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run &amp;all</source>
        <translation>すべて実行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;selected</source>
        <translation>選択項目を実行(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet: every saved environment</source>
        <translation>フリート: 保存済みのすべての環境</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>前回の結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>傾向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This run</source>
        <translation>今回の実行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved environments</source>
        <translation>保存済みの環境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each saved profile with its last result and trend from the history</source>
        <translation>保存済みの各プロファイルと、履歴から得た前回の結果および傾向</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every saved profile, %1 at once; each run is stored in the history</source>
        <translation>保存済みのすべてのプロファイルを同時に %1 個ずつチェックします。各実行は履歴に保存されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected profiles</source>
        <translation>選択したプロファイルをチェックします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected profile in the wizard</source>
        <translation>選択したプロファイルをウィザードでチェックします</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved environments, their last result and how it changed. Runs use the profile&apos;s auth.clientSecretEnv variable, the keychain, or DWHEALTH_CLIENT_SECRET.</source>
        <translation>保存済みの環境、前回の結果、およびその変化。実行には、プロファイルの auth.clientSecretEnv 変数、キーチェーン、または DWHEALTH_CLIENT_SECRET が使用されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No saved profile yet: save one in the wizard first.</source>
        <translation>保存済みのプロファイルはまだありません: まずウィザードで保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved environments: %1.</source>
        <translation>保存済みの環境: %1。</translation>
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
        <translation>%1: 失敗 %2、不明 %3、警告 %4</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+67"/>
        <source>not run: %1</source>
        <translation>未実行: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to run.</source>
        <translation>実行するものはありません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking: %1 of %2 read</source>
        <translation>チェック中: %2 件中 %1 件読み取り済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking environments: %1…</source>
        <translation>環境をチェックしています: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (not stored in the history: %1)</source>
        <translation> (履歴に保存されていません: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. Environments checked: %1.</source>
        <translation>完了しました。チェックした環境: %1。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::HealthWizard</name>
    <message>
        <location filename="../src/gui/wizard/healthwizard.cpp" line="+25"/>
        <source>dwhealth — dual-write health check</source>
        <translation>dwhealth — 二重書き込み正常性チェック</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About…</source>
        <translation>バージョン情報…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, ruleset and the libraries dwhealth uses</source>
        <translation>dwhealth のバージョン、ルールセット、使用しているライブラリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many runs the history keeps</source>
        <translation>履歴に保持する実行の数</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LanguageChooser</name>
    <message>
        <location filename="../src/gui/widgets/languagechooser.cpp" line="+19"/>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the wizard and of the reports it writes</source>
        <translation>ウィザードと、ウィザードが作成するレポートの言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the wizard and of the reports it writes; it changes at the next start</source>
        <translation>ウィザードと、ウィザードが作成するレポートの言語。次回の起動時に変わります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System (%1)</source>
        <translation>システム (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the wizard and start dwhealth again in the chosen language</source>
        <translation>ウィザードを閉じ、選択した言語で dwhealth を再起動します</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Takes effect at the next start.</source>
        <translation>次回の起動時に有効になります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dwhealth could not be started again; close it and start it yourself.</source>
        <translation>dwhealth を再起動できませんでした。閉じてから手動で起動してください。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::LegalEntityPicker</name>
    <message>
        <location filename="../src/gui/wizard/legalentitypicker.cpp" line="+34"/>
        <source>Legal entities selected for dual-write</source>
        <translation>二重書き込み用に選択されている法人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the legal entities selected on the Dual-write page. The list is what finance and operations apps returned to the connection test. Nothing ticked: the checks use the companies enabled for dual-write in Dataverse, and say that the selection could not be read.</source>
        <translation>[二重書き込み] ページで選択されている法人にチェックを付けてください。一覧は、接続テストに対して財務と運用アプリが返したものです。何もチェックしない場合: チェックでは Dataverse で二重書き込みが有効になっている会社を使用し、選択内容を読み取れなかったことを示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code or name</source>
        <translation>コードまたは名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter legal entities</source>
        <translation>法人のフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the legal entities whose code or name contains the text</source>
        <translation>コードまたは名前にテキストを含む法人のみを表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations legal entities</source>
        <translation>財務と運用の法人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each legal entity selected for dual-write</source>
        <translation>二重書き込み用に選択されている各法人にチェックを付けます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — not returned by finance and operations apps</source>
        <translation>%1 — 財務と運用アプリから返されませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all shown</source>
        <translation>表示されているものをすべてチェック(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks every legal entity the filter shows</source>
        <translation>フィルターで表示されているすべての法人にチェックを付けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all shown</source>
        <translation>表示されているもののチェックをすべて外す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticks every legal entity the filter shows</source>
        <translation>フィルターで表示されているすべての法人のチェックを外します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts the ticked codes into the profile</source>
        <translation>チェックを付けたコードをプロファイルに追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the profile&apos;s legal entities as they were</source>
        <translation>プロファイルの法人を変更せずにそのままにします</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n 件チェック済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::OwningTeamDialog</name>
    <message>
        <location filename="../src/session/defaultteamfacts.cpp" line="+59"/>
        <source>(not read)</source>
        <translation>(未読み取り)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: Dual-write health check DWFOEV1006: default team name mismatch</source>
        <translation>件名：二重書き込み正常性チェック DWFOEV1006: 既定のチーム名の不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dual-write health check reports DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;). Please update the details of the dual-write connection with the default team of the root business unit below.</source>
        <translation>二重書き込み正常性チェックで DWFOEV1006 (&quot;Default Team name mismatch for Dataverse and dual-write&quot;) が報告されています。以下のルート部署の既定のチームで、二重書き込み接続の詳細を更新してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finance and operations environment: %1</source>
        <translation>財務と運用環境：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataverse environment: %1</source>
        <translation>Dataverse 環境：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit: %1</source>
        <translation>ルート部署：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root business unit id: %1</source>
        <translation>ルート部署 ID：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team of the root business unit: %1</source>
        <translation>ルート部署の既定のチーム：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default team id: %1</source>
        <translation>既定のチーム ID：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected default team name (the business unit&apos;s name): %1</source>
        <translation>想定される既定のチーム名 (部署の名前)：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found with the query of &quot;Assign security role to the default owning team&quot;:</source>
        <translation>「既定の所有チームにセキュリティ ロールを割り当てる」のクエリで見つかったもの：</translation>
    </message>
    <message>
        <location filename="../src/gui/fixes/owningteamdialog.cpp" line="+51"/>
        <source>Business unit and owning teams (%1)</source>
        <translation>部署と所有チーム (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;mpanies to fix (%1)</source>
        <translation>修正する会社(&amp;M) (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run the health check first: the facts come from its findings.</source>
        <translation>先に正常性チェックを実行してください：ファクトはその検出結果から取得されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), the root business unit&apos;s default team</source>
        <translation>%1 (%2)、ルート部署の既定のチーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read</source>
        <translation>未読み取り</translation>
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
        <translation>不明：部署またはその既定のチームが読み取られていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named as the business unit, as expected.</source>
        <translation>想定どおり、部署と同じ名前です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot; (the business unit&apos;s name), found &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; (部署の名前) が想定されていましたが、&quot;%2&quot; が見つかりました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No fix can be planned: %1</source>
        <translation>修正を計画できません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every company that syncs through dual-write has a default owning team: nothing to set.</source>
        <translation>二重書き込みで同期するすべての会社に既定の所有チームがあります：設定するものはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets &lt;b&gt;Default owning team&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) on the ticked companies to the root business unit&apos;s default team %1. Afterwards, make sure the team has the dual-write security roles. &lt;a href=&quot;%2&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>チェックを入れた会社の &lt;b&gt;既定の所有チーム&lt;/b&gt; (&lt;code&gt;cdm_defaultowningteam&lt;/code&gt;) を、ルート部署の既定のチーム %1 に設定します。その後、チームに二重書き込みのセキュリティ ロールがあることを確認してください。&lt;a href=&quot;%2&quot;&gt;文書化された修正方法&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dwhealth does not rename the default team. For DWFOEV1006 Microsoft documents two fixes: reset the dual-write connection (see the reset walkthrough), or open a ticket with Microsoft Support giving the default team of the root business unit. The text below has what the ticket needs. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>dwhealth は既定のチームの名前を変更しません。DWFOEV1006 について、Microsoft は 2 つの修正方法を記載しています：二重書き込み接続をリセットする (リセットのチュートリアルを参照) か、ルート部署の既定のチームを記載して Microsoft サポートにチケットを作成します。以下のテキストに、チケットに必要な情報が含まれています。&lt;a href=&quot;%1&quot;&gt;文書化された修正方法&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>After the fix, DWDVEV1007: %1. %2</source>
        <translation>修正後の DWDVEV1007: %1。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>結果なし</translation>
    </message>
</context>
<context>
    <name>dwh::gui::PreflightView</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/preflightview.cpp" line="+29"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checks: %1</source>
        <translation>
            <numerusform>%n 個のチェック：%1</numerusform>
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
        <translation>修復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do about each finding, as Microsoft documents it, with a guided fix where there is one. After fixing, verify in the guided fix or go back and re-run the checks.</source>
        <translation>各検出結果への対処方法 (Microsoft のドキュメントに基づく) と、利用可能な場合はガイド付き修正。修正後は、ガイド付き修正で検証するか、戻ってチェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No findings: every check that ran passed.</source>
        <translation>検出結果なし：実行されたすべてのチェックに合格しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings that need attention: %1 (failed: %2, warnings: %3, could not be evaluated: %4).</source>
        <translation>対応が必要な検出結果：%1 件 (不合格：%2、警告：%3、評価できなかったもの：%4)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no code)</source>
        <translation>(コードなし)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>status, time of the result</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documented steps only</source>
        <translation>文書化された手順のみ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Guided fix…</source>
        <translation>ガイド付き修正(&amp;G)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Guided fix for %1…</source>
        <translation>%1 のガイド付き修正(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ReportPage</name>
    <message>
        <location filename="../src/gui/wizard/reportpage.cpp" line="+72"/>
        <source>Changes from the run of %1 to this run:</source>
        <translation>%1 の実行から今回の実行までの変更点：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since the run of %1.</source>
        <translation>%1 の実行以降、変更はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New findings</source>
        <translation>新しい検出結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing</source>
        <translation>引き続き不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changes</source>
        <translation>状態の変化</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the health check, what changed since earlier runs, and the report to hand over, in the format you choose.</source>
        <translation>正常性チェックの結果、以前の実行からの変更点、および選択した形式で引き渡すレポート。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Healthy, with warnings to review.</source>
        <translation>正常 (確認が必要な警告があります)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: every check passed.</source>
        <translation>正常：すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not healthy: at least one check failed.</source>
        <translation>異常：1 つ以上のチェックが不合格です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: some checks could not be evaluated.</source>
        <translation>不完全：一部のチェックを評価できませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataverse: %1&lt;br&gt;Finance and operations: %2&lt;br&gt;Checked %3 to %4 (UTC)&lt;br&gt;dwhealth %5, ruleset %6</source>
        <translation>Dataverse: %1&lt;br&gt;財務と運用：%2&lt;br&gt;チェック日時：%3 ～ %4 (UTC)&lt;br&gt;dwhealth %5、ルールセット %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated environment: scenario %1</source>
        <translation>シミュレートされた環境：シナリオ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prerequisite health check</source>
        <translation>前提条件の正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency validation</source>
        <translation>依存関係の検証</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (this run)</source>
        <translation>%1 (今回の実行)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo runs are not stored in the history: there is nothing to compare with.</source>
        <translation>デモの実行は履歴に保存されないため、比較対象がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was not stored in the history: %1</source>
        <translation>この実行は履歴に保存されませんでした：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an earlier run to see what changed since then.</source>
        <translation>以前の実行を選択すると、それ以降の変更点が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first run of this profile: nothing to compare with yet.</source>
        <translation>このプロファイルの最初の実行です：まだ比較対象がありません。</translation>
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
        <translation>ロゴ：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF has the content of this preview, laid out for printing.</source>
        <translation>PDF には、このプレビューの内容が印刷用にレイアウトされて含まれます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save JSON report</source>
        <translation>JSON レポートの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report (*.json)</source>
        <translation>JSON レポート (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report (*.%2)</source>
        <translation>%1 レポート (*.%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the logo</source>
        <translation>ロゴの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save evidence bundle</source>
        <translation>証拠バンドルの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (*.zip)</source>
        <translation>証拠バンドル (*.zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s data is no longer available; run the check again</source>
        <translation>実行のデータは利用できなくなりました。チェックを再度実行してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>保存されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetImpactPage</name>
    <message>
        <location filename="../src/gui/reset/resetimpactpage.cpp" line="+51"/>
        <source>What the reset deletes</source>
        <translation>リセットで削除されるもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset clears every dual-write runtime configuration and removes the maps, integration keys and legal-entity mapping. Save this snapshot first.</source>
        <translation>リセットにより、二重書き込みのランタイム構成がすべて消去され、マップ、統合キー、法人のマッピングが削除されます。先にこのスナップショットを保存してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset also deletes DualWriteProjectFieldConfiguration (the field maps of each project) and BusinessEventsDefinition, and with them the default alert settings, activity logs and initial-sync history.

The finance and operations OData API does not expose those tables, so dwhealth cannot list them. What DualWriteProjectConfigurations does expose — each project&apos;s IntegrationKey and FieldMap — is in the Project configurations tab and in the saved snapshot.</source>
        <translation>リセットでは DualWriteProjectFieldConfiguration (各プロジェクトのフィールド マップ) と BusinessEventsDefinition も削除され、それに伴い既定のアラート設定、アクティビティ ログ、初期同期の履歴も削除されます。

財務と運用の OData API ではこれらのテーブルが公開されていないため、dwhealth で一覧表示することはできません。DualWriteProjectConfigurations で公開されている内容 (各プロジェクトの IntegrationKey と FieldMap) は、「プロジェクト構成」タブと保存したスナップショットに含まれています。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the dual-write configuration of both environments (reads only)…</source>
        <translation>両方の環境の二重書き込み構成を読み取っています (読み取りのみ)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Runtime configurations (%1)</source>
        <translation>ランタイム構成(&amp;R) (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project configurations (%1)</source>
        <translation>プロジェクト構成(&amp;P) (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal entities (%1)</source>
        <translation>法人(&amp;L) (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataverse runtime configurations: %1</source>
        <translation>Dataverse のランタイム構成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;O project configurations: %1</source>
        <translation>F&amp;O のプロジェクト構成：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reset deletes %1 Dataverse runtime configurations and %2 finance and operations project configurations.</source>
        <translation>リセットにより、Dataverse のランタイム構成 %1 件と財務と運用のプロジェクト構成 %2 件が削除されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not everything could be read: %1</source>
        <translation>一部を読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the reset snapshot</source>
        <translation>リセット スナップショットの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The snapshot was not saved: %1</source>
        <translation>スナップショットは保存されませんでした：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot saved: %1</source>
        <translation>スナップショットを保存しました：%1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetRecheckPage</name>
    <message>
        <location filename="../src/gui/reset/resetrecheckpage.cpp" line="+23"/>
        <source>Health check after the reset</source>
        <translation>リセット後の正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole health check, run again. After a reset the maps start over: findings about them are expected until the solution is applied again.</source>
        <translation>正常性チェック全体を再実行します。リセット後はマップが最初からやり直しになるため、ソリューションを再度適用するまでは、マップに関する検出結果が報告されるのは想定どおりです。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running the health check…</source>
        <translation>正常性チェックを実行しています…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Passed: %1, failed: %2, warnings: %3, could not be evaluated: %4, skipped: %5.</source>
        <translation>合格：%1、不合格：%2、警告：%3、評価できなかったもの：%4、スキップ：%5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override: %1</source>
        <translation>オーバーライド: %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::ResetStepPage</name>
    <message>
        <location filename="../src/gui/reset/resetsteppage.cpp" line="+28"/>
        <source>Verify once the step is done: dwhealth reads the environment again.</source>
        <translation>手順が完了したら検証してください：dwhealth が環境を再度読み取ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The APIs do not show this step; the next page checks what it did.</source>
        <translation>この手順は API では確認できません。次のページで結果を確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify this step</source>
        <translation>この手順を検証</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: went on although the verification failed (%2)</source>
        <translation>%1: 検証に失敗しましたが続行しました (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override: %1</source>
        <translation>オーバーライド: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the environment…</source>
        <translation>環境を読み取っています…</translation>
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
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: running (Status %2)</source>
        <translation>%1: 実行中 (状態 %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every map is stopped (project configurations: %1).</source>
        <translation>すべてのマップが停止しています (プロジェクト構成：%1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 maps are still running: stop them before the reset, or tick Force Reset.</source>
        <translation>%2 個のマップのうち %1 個がまだ実行中です：リセットの前に停止するか、「強制リセット」をオンにしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dataverse runtime configuration left: %1 (%2)</source>
        <translation>残っている Dataverse のランタイム構成：%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;O project configuration left: %1 (points at %2)</source>
        <translation>残っている F&amp;O のプロジェクト構成：%1 (参照先：%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old configuration is gone: no runtime configuration and no project configuration is left.</source>
        <translation>古い構成は削除されています：ランタイム構成もプロジェクト構成も残っていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n configuration row(s) are left after the reset. Rows left in Dataverse are stale: the stale configuration cleanup deletes them.</source>
        <translation>
            <numerusform>リセット後に %n 行の構成が残っています。Dataverse に残っている行は古い構成であり、古い構成のクリーンアップで削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 points at %2, not at the linked environment</source>
        <translation>%1 は、リンクされた環境ではなく %2 を指しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No map is configured yet: apply the solution on the Dual-write page.</source>
        <translation>マップはまだ構成されていません：二重書き込みページでソリューションを適用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project configurations: %1, running: %2; pointing elsewhere: %3.</source>
        <translation>プロジェクト構成：%1、実行中：%2、別の環境を指すもの：%3。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not exposed through OData; the field maps are in each project&apos;s FieldMap column</source>
        <translation>OData では公開されていません。フィールド マップは各プロジェクトの FieldMap 列にあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not exposed through OData</source>
        <translation>OData では公開されていません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/reset/resetwalkthrough.cpp" line="+33"/>
        <source>Reset dual-write connections — walkthrough</source>
        <translation>二重書き込み接続のリセット — チュートリアル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset dual-write connections (Microsoft Learn)</source>
        <translation>二重書き込み接続のリセット (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1: stop every map</source>
        <translation>手順 1：すべてのマップを停止する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset needs every dual-write map stopped.</source>
        <translation>リセットするには、すべての二重書き込みマップを停止する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In finance and operations apps, open &lt;b&gt;Data management&lt;/b&gt; → &lt;b&gt;Dual-write&lt;/b&gt;.</source>
        <translation>財務と運用アプリで、&lt;b&gt;データ管理&lt;/b&gt; → &lt;b&gt;二重書き込み&lt;/b&gt; を開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every table map and choose &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>すべてのテーブル マップを選択し、&lt;b&gt;停止&lt;/b&gt; を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until every map shows &lt;b&gt;Not running&lt;/b&gt;, then choose Verify below.</source>
        <translation>すべてのマップが &lt;b&gt;実行されていません&lt;/b&gt; と表示されるまで待ってから、下の「検証」を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;If a map cannot be stopped, the reset wizard shows a &lt;b&gt;Force Reset&lt;/b&gt; check box that must be ticked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;停止できないマップがある場合は、リセット ウィザードに &lt;b&gt;強制リセット&lt;/b&gt; チェック ボックスが表示されるので、オンにする必要があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step 2: reset the link</source>
        <translation>手順 2：リンクをリセットする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the Dual-write page (Platform update 54 / 10.0.30 or later).</source>
        <translation>二重書き込みページで行います (Platform update 54 / 10.0.30 以降)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Reset link&lt;/b&gt;.</source>
        <translation>&lt;b&gt;二重書き込み&lt;/b&gt; ページで、&lt;b&gt;リンクのリセット&lt;/b&gt; を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Choose environment&lt;/b&gt;: keep &lt;b&gt;Power Platform Link Dataverse Environment&lt;/b&gt; (recommended: it re-aligns dual-write with the Power Platform integration, and you cannot go back to the previous environment), or choose &lt;b&gt;Current Dataverse Environment&lt;/b&gt; only where an older release linked another environment. Tick &lt;b&gt;Acknowledge Reset&lt;/b&gt; (and &lt;b&gt;Force Reset&lt;/b&gt; when it is shown).</source>
        <translation>&lt;b&gt;環境の選択&lt;/b&gt;：&lt;b&gt;Power Platform リンクの Dataverse 環境&lt;/b&gt; のままにする (推奨：二重書き込みが Power Platform 統合と再び一致します。以前の環境に戻すことはできません) か、以前のリリースで別の環境がリンクされていた場合にのみ &lt;b&gt;現在の Dataverse 環境&lt;/b&gt; を選択します。&lt;b&gt;リセットの確認&lt;/b&gt; をオンにします (表示されている場合は &lt;b&gt;強制リセット&lt;/b&gt; もオンにします)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Select legal entities&lt;/b&gt; (the default is None): select the ones saved in the snapshot: %1.</source>
        <translation>&lt;b&gt;次へ&lt;/b&gt; → &lt;b&gt;法人の選択&lt;/b&gt; (既定値は「なし」)：スナップショットに保存されている法人を選択します：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next&lt;/b&gt; → the &lt;b&gt;Health check&lt;/b&gt; page, then &lt;b&gt;Next&lt;/b&gt; → &lt;b&gt;Summary&lt;/b&gt;, and confirm the reset.</source>
        <translation>&lt;b&gt;次へ&lt;/b&gt; → &lt;b&gt;正常性チェック&lt;/b&gt; ページ、さらに &lt;b&gt;次へ&lt;/b&gt; → &lt;b&gt;概要&lt;/b&gt; に進み、リセットを確定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The reset clears DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and operations and the Dual Write Runtime Configurations in Dataverse; it removes the maps, integration keys, legal-entity mapping, default alert settings, activity logs and initial-sync history, and restores the connection set from the Power Platform integration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リセットにより、財務と運用の DualWriteProjectConfiguration、DualWriteProjectFieldConfiguration、BusinessEventsDefinition と、Dataverse の Dual Write Runtime Configurations が消去されます。マップ、統合キー、法人のマッピング、既定のアラート設定、アクティビティ ログ、初期同期の履歴が削除され、接続セットが Power Platform 統合から復元されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step 3: check that the old configuration is gone</source>
        <translation>手順 3：古い構成が削除されたことを確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale rows left behind are what DWDVEV1004 and DWFOEV1004 report.</source>
        <translation>残っている古い行は、DWDVEV1004 と DWFOEV1004 で報告されるものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Right after the reset, and before the solution is applied again, no runtime configuration should be left in Dataverse and no project configuration in finance and operations. Choose Verify to re-read both tables.&lt;/p&gt;&lt;p&gt;Rows left in Dataverse can be deleted with the stale configuration cleanup (DWDVEV1004).&lt;/p&gt;</source>
        <translation>&lt;p&gt;リセット直後、ソリューションを再度適用する前の時点では、Dataverse にはランタイム構成が、財務と運用にはプロジェクト構成が残っていないはずです。「検証」を選択して両方のテーブルを再度読み取ります。&lt;/p&gt;&lt;p&gt;Dataverse に残っている行は、古い構成のクリーンアップ (DWDVEV1004) で削除できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 4: apply the solution and start the maps</source>
        <translation>手順 4：ソリューションを適用してマップを開始する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a reset the maps are gone: start over with Apply Solution.</source>
        <translation>リセット後はマップが削除されています：「ソリューションの適用」からやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Dual-write&lt;/b&gt; page, choose &lt;b&gt;Apply Solution&lt;/b&gt; to publish the default maps again.</source>
        <translation>&lt;b&gt;二重書き込み&lt;/b&gt; ページで &lt;b&gt;ソリューションの適用&lt;/b&gt; を選択して、既定のマップを再度公開します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the integration keys of the maps you use (the snapshot has the old ones).</source>
        <translation>使用するマップの統合キーを確認します (スナップショットに以前のキーが含まれています)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the maps you need, with initial sync where required, then choose Verify.</source>
        <translation>必要なマップを開始し (必要に応じて初期同期を実行します)、「検証」を選択します。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/fixes/restoredialog.cpp" line="+30"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Backup file</source>
        <translation>バックアップ ファイル</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A backup file a guided fix or dwhealth fix wrote before its writes</source>
        <translation>ガイド付き修正または dwhealth fix が書き込みの前に作成したバックアップ ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the backup file</source>
        <translation>バックアップ ファイルの選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the backup and preview the writes that undo it (reads nothing from the environments)</source>
        <translation>バックアップを読み込み、それを元に戻す書き込みをプレビューします (環境からは何も読み取りません)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup file: the restore undoes its run, record by record.</source>
        <translation>バックアップ ファイルを選択してください。復元では、その実行をレコードごとに元に戻します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in the backup</source>
        <translation>バックアップ内のレコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each record of the backup and what the restore does with it</source>
        <translation>バックアップの各レコードと、復元でそのレコードに対して行われる処理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>バックアップ ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bac&amp;kup records</source>
        <translation>バックアップのレコード(&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backups (*.json);;All files (*)</source>
        <translation>バックアップ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter or choose the backup file first.</source>
        <translation>まずバックアップ ファイルを入力または選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup cannot be restored here: %1. Nothing was written.</source>
        <translation>このバックアップはここでは復元できません: %1。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup cannot be restored: %1</source>
        <translation>このバックアップは復元できません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-created or set back as it was</source>
        <translation>再作成または元の状態に復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted again (the run created it)</source>
        <translation>再度削除 (実行時に作成されたため)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 from %2: nothing to restore.</source>
        <translation>%2 の %1 のバックアップ: 復元する対象はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backup of %1 from %2 (%n record(s)): the restore makes the writes below, one per record, after a backup of what they overwrite.</source>
        <translation>
            <numerusform>%2 の %1 のバックアップ (%n 件のレコード): 復元では、上書きされる内容をバックアップした後、以下の書き込みをレコードごとに 1 件ずつ行います。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwh::gui::SavedProfiles</name>
    <message>
        <location filename="../src/session/savedprofiles.cpp" line="+20"/>
        <source>no profile is saved as &quot;%1&quot;, and no profile is saved at all (the wizard saves them)</source>
        <translation>&quot;%1&quot; として保存されたプロファイルはなく、保存済みのプロファイルもありません (プロファイルはウィザードで保存します)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no profile is saved as &quot;%1&quot;; saved profiles: %2</source>
        <translation>&quot;%1&quot; として保存されたプロファイルはありません。保存済みのプロファイル: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the stored secret is empty</source>
        <translation>保存されているシークレットが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client secret of the saved profile &quot;%1&quot; could not be read from the system keychain: %2; set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin instead</source>
        <translation>保存済みプロファイル &quot;%1&quot; のクライアント シークレットをシステムのキーチェーンから読み取れませんでした: %2。代わりに DWHEALTH_CLIENT_SECRET を設定するか、--client-secret-stdin を使用してください</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SecretStore</name>
    <message>
        <location filename="../src/session/secretstore.cpp" line="+32"/>
        <source>no system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running and unlocked)</source>
        <translation>システムのキーチェーンを使用できません (Linux の場合: GNOME Keyring や KWallet などの Secret Service が実行中で、ロックが解除されている必要があります)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain denied access</source>
        <translation>システムのキーチェーンによってアクセスが拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access to the system keychain was declined</source>
        <translation>システムのキーチェーンへのアクセスが許可されませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is stored for this profile</source>
        <translation>このプロファイルには何も保存されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no keychain dwhealth can use</source>
        <translation>このシステムには dwhealth が使用できるキーチェーンがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keychain gave no reason (code %1)</source>
        <translation>システムのキーチェーンから理由が返されませんでした (コード %1)</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SessionPage</name>
    <message>
        <location filename="../src/gui/wizard/sessionpage.cpp" line="+32"/>
        <source>Simulated environment</source>
        <translation>シミュレートされた環境</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; every answer comes from the recorded evidence bundle, served by the simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;mdash; すべての応答は、このコンピューター上のシミュレーターが提供する記録済みの証拠バンドルから返されます。実際のテナントには接続しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Simulated environment&lt;/b&gt; &amp;mdash; scenario &lt;b&gt;%1&lt;/b&gt;. Every answer comes from the built-in simulator on this computer; no real tenant is contacted.</source>
        <translation>&lt;b&gt;シミュレートされた環境&lt;/b&gt; &amp;mdash; シナリオ &lt;b&gt;%1&lt;/b&gt;。すべての応答はこのコンピューター上の組み込みシミュレーターから返されます。実際のテナントには接続しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated environment: scenario %1</source>
        <translation>シミュレートされた環境：シナリオ %1</translation>
    </message>
</context>
<context>
    <name>dwh::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/tools/settingsdialog.cpp" line="+36"/>
        <source>Save the settings</source>
        <translation>設定を保存します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>保存せずに閉じます</translation>
    </message>
</context>
<context>
    <name>dwh::gui::StaleCleanupDialog</name>
    <message>
        <location filename="../src/gui/fixes/stalecleanupdialog.cpp" line="+46"/>
        <source>Clean up stale Dataverse runtime configurations (%1)</source>
        <translation>古い Dataverse ランタイム構成のクリーンアップ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean up stale finance and operations project configurations (%1)</source>
        <translation>古い財務と運用プロジェクト構成のクリーンアップ (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft&apos;s cleanup deletes the Dual Write Runtime Configurations rows that the current link does not own.</source>
        <translation>Microsoft のクリーンアップでは、現在のリンクが所有していない Dual Write Runtime Configurations の行を削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s cleanup deletes the DualWriteProjectConfiguration rows that point at another Dataverse environment (two per map).</source>
        <translation>Microsoft のクリーンアップでは、別の Dataverse 環境を指している DualWriteProjectConfiguration の行 (マップごとに 2 行) を削除します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked record is read in full into a backup file first; &lt;code&gt;dwhealth restore&lt;/code&gt; can re-create it. &lt;a href=&quot;%1&quot;&gt;Documented fix&lt;/a&gt;.</source>
        <translation>チェックを入れた各レコードは、最初に内容全体がバックアップ ファイルに読み込まれます。&lt;code&gt;dwhealth restore&lt;/code&gt; で再作成できます。&lt;a href=&quot;%1&quot;&gt;文書化された修正方法&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Stale records (%1)</source>
        <translation>古いレコード(&amp;S) (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run the health check first: the stale records come from its findings.</source>
        <translation>先に正常性チェックを実行してください：古いレコードはその検出結果から取得されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cleanup can be planned: %1</source>
        <translation>クリーンアップを計画できません：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to clean up: %1</source>
        <translation>クリーンアップするものはありません：%1</translation>
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
        <translation>リンクなし：%1 を指す F&amp;O プロジェクト構成はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matching map: no project configuration of the current link has this name or entity pair</source>
        <translation>一致するマップなし：この名前またはエンティティの組み合わせを持つプロジェクト構成が現在のリンクにありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points at another environment: %1</source>
        <translation>別の環境を指しています：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment URL (the linked environment is %1)</source>
        <translation>環境 URL なし (リンクされている環境は %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>After the cleanup, %1: %2. %3</source>
        <translation>クリーンアップ後の %1: %2。%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result</source>
        <translation>結果なし</translation>
    </message>
</context>
<context>
    <name>dwh::gui::Status</name>
    <message>
        <location filename="../src/gui/widgets/statusicons.cpp" line="+65"/>
        <source>Passed</source>
        <comment>check status</comment>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>check status</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <comment>check status</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>check status: could not be evaluated</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>check status: not finished yet</comment>
        <translation>保留中</translation>
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
        <translation>不足している権限:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Table maps and recent errors</source>
        <translation>テーブル マップと最近のエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the table maps and the recent errors…</source>
        <translation>テーブル マップと最近のエラーを読み取っています…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read %1. Legal entities: %2 (from %3). Direction and last initial sync: not exposed (kept by the Data Integrator service).</source>
        <translation>%1 に読み取りました。法人: %2 (%3 から)。方向と前回の初期同期: 公開されていません (Data Integrator サービスが保持)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table maps could not be read</source>
        <translation>テーブル マップを読み取れませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dataverse runtime configurations could not be read</source>
        <translation>Dataverse のランタイム構成を読み取れませんでした</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (last %2)</source>
        <translation>%1 (最終 %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dataverse errors</source>
        <translation>Dataverse のエラー</translation>
    </message>
</context>
<context>
    <name>dwh::gui::TroubleshooterDialog</name>
    <message>
        <location filename="../src/gui/tools/troubleshooterdialog.cpp" line="+66"/>
        <source>Choose a symptom…</source>
        <translation>症状を選択…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste a message and choose Explain, or pick a symptom: the cause, the documented fix and the checks that confirm it appear here.</source>
        <translation>メッセージを貼り付けて「説明」を選択するか、症状を選択してください：原因、文書化された修正方法、それを確認するチェックがここに表示されます。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paste a message first, or pick a symptom.</source>
        <translation>先にメッセージを貼り付けるか、症状を選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recognised: this message is not one of the troubleshooting articles&apos; items. Pick the closest symptom from the list.</source>
        <translation>認識されませんでした：このメッセージはトラブルシューティング記事のどの項目にも該当しません。一覧から最も近い症状を選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognised: %1.</source>
        <translation>認識された症状：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also possible: %1 (pick it from the list).</source>
        <translation>その他の可能性：%1 (一覧から選択してください)。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can fix it:</source>
        <translation>修正できるユーザー：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to fix it</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended</source>
        <translation>推奨値</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documentation:</source>
        <translation>ドキュメント：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity set</source>
        <translation>エンティティ セット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>ソリューション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AppSource package</source>
        <translation>AppSource パッケージ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dwhealth check covers this symptom.</source>
        <translation>この症状を扱う dwhealth のチェックはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>%n 個のチェックを実行しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checks run: %1.</source>
        <translation>実行したチェック：%1。</translation>
    </message>
</context>
<context>
    <name>dwh::gui::VersionMatrix</name>
    <message>
        <location filename="../src/session/versionmatrix.cpp" line="+38"/>
        <source>Dual Write Core (AppSource solution)</source>
        <translation>Dual Write Core (AppSource ソリューション)</translation>
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
        <translation>DWHC0202: 二重書き込みソリューションのバージョン</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none documented</source>
        <translation>文書化なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: not installed</source>
        <translation>不合格：未インストール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: below required</source>
        <translation>不合格：必要なバージョン未満</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: not a version number</source>
        <translation>不明：バージョン番号ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed (not required)</source>
        <translation>未インストール (必須ではありません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The solutions have not been read yet: run the prerequisite health check first, or choose Verify to read them now.</source>
        <translation>ソリューションはまだ読み取られていません。先に前提条件の正常性チェックを実行するか、「検証」を選択して今すぐ読み取ってください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dual-write solution(s) below the required version or missing.</source>
        <translation>
            <numerusform>%n 個の二重書き込みソリューションが、必要なバージョン未満か存在しません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every installed dual-write solution meets its required version.</source>
        <translation>インストールされているすべての二重書き込みソリューションが、必要なバージョンを満たしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the Power Platform admin center, open the Dataverse environment and choose Dynamics 365 apps.</source>
        <translation>Power Platform 管理センターで Dataverse 環境を開き、「Dynamics 365 アプリ」を選択します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update these packages, in this order (Application Core first; the others depend on it):</source>
        <translation>次のパッケージをこの順序で更新します (最初に Application Core。他のパッケージはこれに依存します)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update the dual-write packages that contain a solution below its required version.</source>
        <translation>必要なバージョン未満のソリューションを含む二重書き込みパッケージを更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a Dual-write Application Orchestration package (the deprecated monolith) is installed, install the split packages over it: they keep the same solution names, publisher and map versions, so this is a non-breaking upgrade.</source>
        <translation>Dual-write Application Orchestration パッケージ (非推奨の一体型パッケージ) がインストールされている場合は、その上に分割パッケージをインストールします。ソリューション名、発行者、マップのバージョンは変わらないため、互換性を損なわないアップグレードです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In finance and operations apps, on the Dual-write page, apply the map solutions again (Apply Solution) where the solution shows &quot;Has new changes = Yes&quot;:</source>
        <translation>財務と運用アプリの二重書き込みページで、ソリューションに &quot;Has new changes = Yes&quot; と表示されている場合は、マップ ソリューションを再度適用します (「ソリューションの適用」)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose Verify to run the solution checks again.</source>
        <translation>「検証」を選択して、ソリューションのチェックを再実行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version mismatch errors:</source>
        <translation>バージョン不一致エラー：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages and their contents:</source>
        <translation>パッケージとその内容：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying: reading the solutions again…</source>
        <translation>検証中：ソリューションを再度読み取っています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified at %1: %2</source>
        <translation>%1 に検証：%2</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="+27"/>
        <source>Dual-write health check</source>
        <translation>二重書き込み正常性チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the environment to check.</source>
        <translation>チェックする環境を選択してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flee&amp;t…</source>
        <translation>フリート(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved profile with its last result and trend; check them all at once</source>
        <translation>保存済みの各プロファイルと前回の結果および傾向。すべてを一度にチェックできます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New profile…</source>
        <translation>新しいプロファイル…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the tenant, the environment URLs and the app registration on the next page.</source>
        <translation>次のページで、テナント、環境 URL、アプリの登録を入力します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataverse: %1
Finance and operations: %2</source>
        <translation>Dataverse: %1
財務と運用：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import profile</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile could not be imported: %1</source>
        <translation>プロファイルをインポートできませんでした：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The simulator could not start: %1</source>
        <translation>シミュレーターを起動できませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulator profile</source>
        <translation>シミュレーター プロファイル</translation>
    </message>
</context>
<context>
    <name>dwh::gui::WriteRunPanel</name>
    <message>
        <location filename="../src/gui/fixes/writerunpanel.cpp" line="+47"/>
        <location line="+256"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>No record is selected: nothing would be written.</source>
        <translation>レコードが選択されていません：何も書き込まれません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>To confirm %n write(s), type the host name of the environment they go to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%n 件の書き込みを確定するには、書き込み先の環境のホスト名を入力してください：&lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the simulated environment on this computer)</source>
        <translation> (このコンピューター上のシミュレートされた環境)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply %n write(s)</source>
        <translation>
            <numerusform>%n 件の書き込みを適用(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the backup file.</source>
        <translation>バックアップ ファイルのフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 is not a folder.</source>
        <translation>バックアップ フォルダー %1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not writable.</source>
        <translation>バックアップ フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This fix has run; the results are above. Close and reopen the guided fix to fix what is left.</source>
        <translation>この修正は実行済みです。結果は上に表示されています。残りを修正するには、ガイド付き修正を閉じてから再度開いてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to write.</source>
        <translation>書き込むものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not the host name shown above: nothing will be written.</source>
        <translation>上に表示されているホスト名ではありません：何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup folder</source>
        <translation>バックアップ フォルダー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup folder %1 cannot be created: nothing was written.</source>
        <translation>バックアップ フォルダー %1 を作成できません：何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Reading %n record(s) for the backup…</source>
        <translation>
            <numerusform>バックアップ用に %n 件のレコードを読み取っています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: being written into %1</source>
        <translation>バックアップ：%1 に書き込み中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing…</source>
        <translation>書き込んでいます…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup written before the first write: %1</source>
        <translation>最初の書き込みの前にバックアップを書き込みました：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %v of %m steps</source>
        <translation>書き込み中：%v / %m 手順</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: not written.</source>
        <translation>バックアップ：書き込まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written: %1</source>
        <translation>何も書き込まれませんでした：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every record was written. %1</source>
        <translation>一部のレコードが書き込まれませんでした。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record was written. %1</source>
        <translation>すべてのレコードが書き込まれました。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-check: running the health check again…</source>
        <translation>再チェック：正常性チェックを再実行しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-check of %1 (%2): %3. %4</source>
        <translation>%1 (%2) の再チェック：%3。%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report has no result for it.</source>
        <translation>レポートにこの結果はありません。</translation>
    </message>
    <message>
        <location filename="../src/session/writeruntext.cpp" line="+33"/>
        <source>   Header: %1: %2</source>
        <translation>   ヘッダー：%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Body: %1</source>
        <translation>   本文：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Record: %1 (%2, %3 %4)</source>
        <translation>   レコード：%1 (%2、%3 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Why: %1</source>
        <translation>   理由：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Backed up first with: GET %1</source>
        <translation>   最初に次でバックアップ：GET %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (HTTP %1)</source>
        <translation>失敗 (HTTP %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attempted</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: may have been applied</source>
        <translation>不明：適用された可能性があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>既に存在</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Done: %1, failed: %2, not attempted: %3, unknown: %4.</source>
        <translation>完了：%1、失敗：%2、未実行：%3、不明：%4。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped before writing: %1</source>
        <translation>書き込み前に停止：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: %1</source>
        <translation>バックアップ：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup: not written</source>
        <translation>バックアップ：書き込まれていません</translation>
    </message>
</context>
<context>
    <name>dwh::sim::Simulator</name>
    <message>
        <location filename="../src/sim/bundlescenario.cpp" line="+129"/>
        <source>Replay of %1 recorded %2</source>
        <translation>%1 (記録日時 %2) の再生</translation>
    </message>
</context>
</TS>
