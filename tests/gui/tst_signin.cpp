// SPDX-License-Identifier: MIT
// Sign-in the way consultants do, through the real wizard offscreen against the in-process
// simulator: device code (the test approves or declines the code in the simulator, as the user
// would on the device login page), interactive (the test plays the browser), sign out, cancel,
// the least-privilege preflight, and that no token or secret reaches QSettings or the report.
#include "delegatedtokenprovider.h"
#include "devicecodetokenprovider.h"
#include "healthwizard.h"
#include "interactivetokenprovider.h"
#include "simulator.h"
#include "simulatorthread.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {

constexpr int TimeoutMs = 60000;
constexpr int Creds = HealthWizard::Page_Credentials;

/** Plays the system browser: follows the authorize redirect to the wizard's loopback listener. */
class TestBrowser final : public QObject
{
public:
    QNetworkAccessManager nam;
    QList<QUrl> opened;

    bool open(const QUrl &url)
    {
        opened.append(url);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            QNetworkReply *back = nam.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
            connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        });
        return true;
    }
};

/** Counts the sign-in prompts of every token provider the session creates. */
struct PromptCounter
{
    int deviceCodes = 0;
    int browsers = 0;

    void watch(gui::WizardSession *session)
    {
        QObject::connect(session, &gui::WizardSession::tokenProviderChanged, session,
                         [this](TokenProvider *provider) {
                             if (auto *d = qobject_cast<DeviceCodeTokenProvider *>(provider))
                                 QObject::connect(d, &DeviceCodeTokenProvider::deviceCodeReady, d,
                                                  [this] { ++deviceCodes; });
                             if (auto *i = qobject_cast<InteractiveTokenProvider *>(provider))
                                 QObject::connect(i, &InteractiveTokenProvider::browserSignInStarted, i,
                                                  [this] { ++browsers; });
                         });
    }
};

void setMode(HealthWizard &w, AuthMode mode)
{
    auto *combo = child<QComboBox>(w, Creds, "signInModeCombo");
    combo->setCurrentIndex(combo->findData(int(mode)));
}

QString statusText(const HealthWizard &w)
{
    return child<QLabel>(w, Creds, "testStatusLabel")->accessibleName();
}

QWidget *panel(const HealthWizard &w)
{
    return w.page(Creds)->findChild<QWidget *>(QStringLiteral("deviceCodePanel"));
}

QString userCode(const HealthWizard &w)
{
    return child<QLabel>(w, Creds, "userCodeLabel")->text();
}

/** Everything under `dir`, concatenated. */
QByteArray allFiles(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    /** Demo wizard on the credentials page; device codes wait for the test, polled every 1 s. */
    std::unique_ptr<HealthWizard> openDemo(const QString &scenario, AuthMode mode)
    {
        auto w = std::make_unique<HealthWizard>(true, scenario);
        w->show();
        clickNext(*w);
        if (w->currentId() != Creds || !w->session()->simulator())
            return nullptr;
        w->session()->simulator()->setDeviceCodeAutoApprovePolls(-1);
        w->session()->simulator()->setDeviceCodeIntervalSeconds(1);
        setMode(*w, mode);
        return w;
    }

    /** Test connection with device code until the code shows; returns it. */
    QString startDeviceCode(HealthWizard &w)
    {
        clickButton(w, Creds, "testButton");
        if (!QTest::qWaitFor([&] { return panel(w)->isVisible() && !userCode(w).isEmpty(); }, TimeoutMs))
            return QString();
        return userCode(w);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void modeSwitchesTheFields()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::ClientSecret);
        QVERIFY(w);
        auto *secret = child<QLineEdit>(*w, Creds, "secretEdit");
        auto *clientId = child<QLineEdit>(*w, Creds, "clientIdEdit");
        QVERIFY(secret->isVisible());
        setMode(*w, AuthMode::DeviceCode);
        QVERIFY(!secret->isVisible());
        QVERIFY(clientId->placeholderText().contains(QLatin1String("04b07795-8ddb-461a-bbee-02f9e1bf7b46")));
        QVERIFY(child<QCheckBox>(*w, Creds, "rememberCheck")->text().contains(QLatin1String("sign-in")));
        // The client id is optional for a user's sign-in: an empty one is not an error.
        clientId->clear();
        QVERIFY(!child<QLabel>(*w, Creds, "clientIdError")->isVisible());
        setMode(*w, AuthMode::Interactive);
        QVERIFY(!secret->isVisible());
        setMode(*w, AuthMode::ClientSecret);
        QVERIFY(secret->isVisible());
    }

    void deviceCodeThenChecksWithoutSecondPrompt()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        PromptCounter prompts;
        prompts.watch(w->session());
        const QString code = startDeviceCode(*w);
        QCOMPARE(code.size(), 9);
        QCOMPARE(prompts.deviceCodes, 1);
        QVERIFY(!nextEnabled(*w));
        const auto *link = child<QLabel>(*w, Creds, "verificationLinkLabel");
        QVERIFY2(link->text().contains(QLatin1String("href=")), qPrintable(link->text()));
        QVERIFY(child<QLabel>(*w, Creds, "deviceCodeMessageLabel")->text().contains(code));
        QVERIFY(child<QLabel>(*w, Creds, "deviceCodeSimulatedLabel")->text().contains(QLatin1String("Simulated")));
        QVERIFY(statusText(*w).contains(QLatin1String("Waiting for the sign-in")));
        // A live countdown from 15 minutes.
        auto *countdown = child<QLabel>(*w, Creds, "deviceCodeCountdownLabel");
        const QString first = countdown->accessibleName();
        QVERIFY2(first.contains(QLatin1String("expires in 14:")) || first.contains(QLatin1String("expires in 15:")),
                 qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(countdown->accessibleName() != first, 5000);

        w->session()->simulator()->approveDeviceCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QVERIFY(!panel(*w)->isVisible());
        const auto *preflight = child<QTreeWidget>(*w, Creds, "preflightResults");
        QVERIFY(preflight->isVisible());
        QCOMPARE(preflight->topLevelItemCount(), 4);
        for (int i = 0; i < preflight->topLevelItemCount(); ++i)
            QCOMPARE(preflight->topLevelItem(i)->text(1), QStringLiteral("Can run"));

        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.user-roles")),
                 int(CheckStatus::Pass));
        QCOMPARE(w->session()->report().summary().unknown, 0);
        // A re-run while the tokens are valid: no prompt either.
        clickButton(*w, HealthWizard::Page_Prerequisites, "rerunButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dual-write-core")),
                 int(CheckStatus::Pass));
        QCOMPARE(prompts.deviceCodes, 1);
    }

    void interactiveWithTheTestPlayingTheBrowser()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::Interactive);
        QVERIFY(w);
        TestBrowser browser;
        w->session()->setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
        PromptCounter prompts;
        prompts.watch(w->session());
        clickButton(*w, Creds, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(browser.opened.size(), 1);
        QVERIFY(browser.opened.first().path().endsWith(QLatin1String("/oauth2/v2.0/authorize")));
        QCOMPARE(prompts.browsers, 1);
        QVERIFY(!w->page(Creds)->findChild<QWidget *>(QStringLiteral("browserSignInPanel"))->isVisible());
        clickNext(*w);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.fo-access")),
                 int(CheckStatus::Pass));
        QCOMPARE(browser.opened.size(), 1);  // the run reused the sign-in
    }

    void demoInteractiveUsesTheSimulatedBrowser()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::Interactive);
        QVERIFY(w);
        bool simulatedShown = false;
        PromptCounter prompts;
        prompts.watch(w->session());
        auto *label = child<QLabel>(*w, Creds, "browserSimulatedLabel");
        connect(w->session(), &gui::WizardSession::tokenProviderChanged, this, [&](TokenProvider *provider) {
            connect(qobject_cast<InteractiveTokenProvider *>(provider), &InteractiveTokenProvider::browserSignInStarted,
                    this, [&] { simulatedShown = label->text().contains(QLatin1String("Simulated")); },
                    Qt::QueuedConnection);
        });
        clickButton(*w, Creds, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(prompts.browsers, 1);
        QVERIFY(simulatedShown);
    }

    void demoDeviceCodeApprovesItself()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        w->session()->simulator()->setDeviceCodeAutoApprovePolls(gui::WizardSession::DemoAutoApprovePolls);
        QVERIFY(!startDeviceCode(*w).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
    }

    void signOutMakesTheNextTestPromptAgain()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        PromptCounter prompts;
        prompts.watch(w->session());
        w->session()->simulator()->approveDeviceCode(QString());  // nothing pending: no effect
        const QString code = startDeviceCode(*w);
        QVERIFY(!code.isEmpty());
        w->session()->simulator()->approveDeviceCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        auto *delegated = qobject_cast<DelegatedTokenProvider *>(w->session()->currentTokenProvider());
        QVERIFY(delegated && delegated->isSignedIn());

        clickButton(*w, Creds, "signOutButton");
        QVERIFY(!w->session()->currentTokenProvider());
        QVERIFY(!nextEnabled(*w));
        QVERIFY(statusText(*w).contains(QLatin1String("Signed out")));

        const QString again = startDeviceCode(*w);
        QVERIFY(!again.isEmpty());
        QCOMPARE(prompts.deviceCodes, 2);
        w->session()->simulator()->approveDeviceCode(again);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
    }

    void declinedCodeSaysSo()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        const QString code = startDeviceCode(*w);
        QVERIFY(!code.isEmpty());
        w->session()->simulator()->declineDeviceCode(code);
        auto *error = child<QLabel>(*w, Creds, "signInErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TimeoutMs);
        QVERIFY2(error->text().contains(QLatin1String("declined")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("AADSTS")));
        QVERIFY(statusText(*w).contains(QLatin1String("Sign-in failed")));
        QVERIFY(!panel(*w)->isVisible());
        QVERIFY(!nextEnabled(*w));
        QVERIFY(child<QPushButton>(*w, Creds, "testButton")->isEnabled());
    }

    void expiredCodeSaysSo()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        w->session()->simulator()->setDeviceCodeLifetimeSeconds(2);
        QVERIFY(!startDeviceCode(*w).isEmpty());
        auto *error = child<QLabel>(*w, Creds, "signInErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TimeoutMs);
        QVERIFY2(error->text().contains(QLatin1String("expired")), qPrintable(error->text()));
        QVERIFY(statusText(*w).contains(QLatin1String("Sign-in failed")));
        QVERIFY(!nextEnabled(*w));
    }

    void cancelDuringAPendingSignIn()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::DeviceCode);
        QVERIFY(w);
        QVERIFY(!startDeviceCode(*w).isEmpty());
        QVERIFY(!child<QPushButton>(*w, Creds, "testButton")->isEnabled());
        clickButton(*w, Creds, "cancelSignInButton");
        QVERIFY(!panel(*w)->isVisible());
        QVERIFY(statusText(*w).contains(QLatin1String("cancelled")));
        QVERIFY(child<QPushButton>(*w, Creds, "testButton")->isEnabled());
        QVERIFY(!w->session()->currentTokenProvider());  // the polling stopped with it
        QVERIFY(!nextEnabled(*w));
    }

    void preflightNamesTheMissingRole()
    {
        auto w = openDemo(QStringLiteral("DWHC0401"), AuthMode::ClientSecret);
        QVERIFY(w);
        clickButton(*w, Creds, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        const auto *preflight = child<QTreeWidget>(*w, Creds, "preflightResults");
        QVERIFY(preflight->isVisible());
        QCOMPARE(preflight->topLevelItemCount(), 4);
        const QTreeWidgetItem *roles = preflight->topLevelItem(1);
        QVERIFY2(roles->text(1).contains(QLatin1String("Needs System Administrator")), qPrintable(roles->text(1)));
        QVERIFY2(roles->text(2).contains(QLatin1String("DWHC0401")), qPrintable(roles->text(2)));
        QVERIFY(roles->toolTip(0).contains(QLatin1String("prereq.user-roles")));
        QCOMPARE(preflight->topLevelItem(0)->text(1), QStringLiteral("Can run"));
        QCOMPARE(preflight->topLevelItem(2)->text(1), QStringLiteral("Can run"));
        QCOMPARE(preflight->topLevelItem(3)->text(1), QStringLiteral("Can run"));
    }

    /** Not demo mode: a profile typed in, pointing at a simulator of the test's own. */
    void nothingSecretInSettingsOrReport()
    {
        sim::Simulator simulator;
        QString problem;
        QVERIFY2(simulator.loadScenario(QStringLiteral("healthy"), &problem) && simulator.start(&problem),
                 qPrintable(problem));
        simulator.setDeviceCodeIntervalSeconds(1);
        simulator.setDeviceCodeAutoApprovePolls(1);
        const QJsonObject profile = simulator.profileJson();

        auto w = std::make_unique<HealthWizard>(false);
        w->show();
        clickNext(*w);
        QCOMPARE(w->currentId(), Creds);
        auto type = [&](const char *name, const QString &text) {
            auto *edit = child<QLineEdit>(*w, Creds, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        const QJsonObject dv = profile.value(QStringLiteral("dataverse")).toObject();
        type("profileNameEdit", QStringLiteral("Leak check"));
        type("tenantEdit", profile.value(QStringLiteral("tenantId")).toString());
        type("dataverseUrlEdit", dv.value(QStringLiteral("url")).toString());
        type("environmentIdEdit", dv.value(QStringLiteral("environmentId")).toString());
        type("foUrlEdit", profile.value(QStringLiteral("financeAndOperations")).toObject().value(QStringLiteral("url")).toString());
        type("clientIdEdit", profile.value(QStringLiteral("auth")).toObject().value(QStringLiteral("clientId")).toString());
        type("authorityEdit", profile.value(QStringLiteral("authority")).toString());
        type("powerPlatformUrlEdit", profile.value(QStringLiteral("powerPlatform")).toObject().value(QStringLiteral("url")).toString());
        setMode(*w, AuthMode::DeviceCode);
        auto *remember = child<QCheckBox>(*w, Creds, "rememberCheck");
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);  // opted in: the refresh token may go to the keychain only

        clickButton(*w, Creds, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        // With no keychain daemon (offscreen CI) the page says so and keeps it in memory.
        auto *keychain = child<QLabel>(*w, Creds, "keychainLabel");
        QTRY_VERIFY_WITH_TIMEOUT(keychain->isVisible(), TimeoutMs);
        const bool saved = keychain->text().contains(QLatin1String("saved in the system keychain"));
        qInfo("keychain: %s", qPrintable(keychain->text()));
        if (!saved)
            QVERIFY2(keychain->text().contains(QLatin1String("kept in memory")), qPrintable(keychain->text()));

        auto *delegated = qobject_cast<DelegatedTokenProvider *>(w->session()->currentTokenProvider());
        QVERIFY(delegated);
        const QByteArray refreshToken = delegated->refreshToken().toUtf8();
        QVERIFY(refreshToken.size() > 20);
        QByteArray accessToken;
        QObject context;
        const std::optional<Profile> parsed = parseProfile(QJsonDocument(profile).toJson(), QString(), nullptr);
        QVERIFY(parsed);
        delegated->requestToken(parsed->tokenScope(Service::Dataverse), &context,
                                [&](const TokenResult &r) { accessToken = r.accessToken.toUtf8(); });
        QTRY_VERIFY_WITH_TIMEOUT(!accessToken.isEmpty(), TimeoutMs);

        clickNext(*w);  // saves the profile in QSettings
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dataverse-access")),
                 int(CheckStatus::Pass));
        QSettings().sync();
        const QByteArray settings = allFiles(m_settingsDir.path());
        QVERIFY(settings.contains("Leak check"));  // the profile is there…
        QVERIFY(!settings.contains(refreshToken)); // …its tokens are not
        QVERIFY(!settings.contains(accessToken));
        QVERIFY(!settings.contains(sim::Simulator::clientSecret().toUtf8()));
        const QByteArray report = QJsonDocument(w->session()->report().toJson()).toJson();
        QVERIFY(!report.isEmpty());
        QVERIFY(!report.contains(refreshToken));
        QVERIFY(!report.contains(accessToken));

        // Sign out forgets the keychain entry too (when there was one) and the remember flag.
        w->back();
        QCOMPARE(w->currentId(), Creds);
        clickButton(*w, Creds, "signOutButton");
        QVERIFY(!remember->isChecked());
        QVERIFY(!w->session()->currentTokenProvider());
        QVERIFY(!QSettings().value(QStringLiteral("rememberSecret/Leak%20check"), false).toBool());
    }

    void clientSecretNotInSettings()
    {
        auto w = openDemo(QStringLiteral("healthy"), AuthMode::ClientSecret);
        QVERIFY(w);
        clickButton(*w, Creds, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        clickNext(*w);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), TimeoutMs);
        QSettings().sync();
        QVERIFY(!allFiles(m_settingsDir.path()).contains(sim::Simulator::clientSecret().toUtf8()));
        QVERIFY(!QJsonDocument(w->session()->report().toJson()).toJson().contains(sim::Simulator::clientSecret().toUtf8()));
    }
};

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
