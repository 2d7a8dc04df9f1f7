// SPDX-License-Identifier: MIT
#include "credentialspage.h"

#include "ui_credentialspage.h"

#include "authorityconfirm.h"
#include "browsersigninpanel.h"
#include "delegatedtokenprovider.h"
#include "devicecodepanel.h"
#include "interactivetokenprovider.h"
#include "legalentitypicker.h"
#include "preflightview.h"
#include "profilestore.h"
#include "profilevalidation.h"
#include "savefile.h"
#include "publicclient.h"
#include "secretstore.h"
#include "statusicons.h"
#include "tokenproviderfactory.h"
#include "urlpolicy.h"
#include "wizardsession.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QRegularExpression>

#include <QLabel>
#include <QPointer>
#include <QScrollBar>

#include <algorithm>

namespace dwh::gui {

CredentialsPage::CredentialsPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_tester(new ConnectionTester(this))
    , m_deviceCodePanel(new DeviceCodePanel)
    , m_browserPanel(new BrowserSignInPanel)
{
    m_ui->setupUi(content());
    alignFormLabels();
    setTitle(tr("Link credentials"));
    setSubTitle(tr("Sign in to the Dataverse and finance and operations environments that "
                   "dual-write links, then test the connection."));

    m_ui->signInModeCombo->addItem(tr("Client secret (app registration)"), int(AuthMode::ClientSecret));
    m_ui->signInModeCombo->addItem(tr("Device code"), int(AuthMode::DeviceCode));
    m_ui->signInModeCombo->addItem(tr("Interactive browser sign-in"), int(AuthMode::Interactive));
    m_ui->signInModeCombo->setItemData(0, tr("An app registration signs in with its client secret"), Qt::ToolTipRole);
    m_ui->signInModeCombo->setItemData(1, tr("You sign in on another device or browser with a code "
                                             "shown here"), Qt::ToolTipRole);
    m_ui->signInModeCombo->setItemData(2, tr("You sign in in the system browser (authorization code "
                                             "with PKCE)"), Qt::ToolTipRole);
    for (QLabel *label : content()->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$"))))
        label->hide();
    m_ui->keychainLabel->hide();
    m_ui->signInErrorLabel->hide();
    m_ui->connectionResults->hide();
    m_ui->connectionResults->setColumnWidth(0, 170);
    m_ui->connectionResults->setColumnWidth(1, 110);
    m_ui->preflightLabel->hide();
    m_ui->preflightResults->hide();
    m_ui->preflightResults->setColumnWidth(0, 190);
    m_ui->preflightResults->setColumnWidth(1, 290);
    // The sign-in prompts go right below "Test connection".
    const int testRow = m_ui->scrollLayout->indexOf(m_ui->testLayout);
    m_ui->scrollLayout->insertWidget(testRow + 1, m_deviceCodePanel);
    m_ui->scrollLayout->insertWidget(testRow + 2, m_browserPanel);
    setTabOrder(m_ui->signOutButton, m_deviceCodePanel);

    for (QLineEdit *edit : {m_ui->profileNameEdit, m_ui->tenantEdit, m_ui->dataverseUrlEdit,
                            m_ui->environmentIdEdit, m_ui->foUrlEdit, m_ui->clientIdEdit,
                            m_ui->authorityEdit, m_ui->powerPlatformUrlEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::onFieldEdited);
    }
    // The legal entities do not change the sign-in: editing them keeps the connection test.
    connect(m_ui->legalEntitiesEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            updateFieldErrors();
    });
    connect(m_ui->pickLegalEntitiesButton, &QPushButton::clicked, this,
            &CredentialsPage::onPickLegalEntitiesClicked);
    updatePickButton();
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &CredentialsPage::onSecretEdited);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, &CredentialsPage::onShowSecretToggled);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &CredentialsPage::onAdvancedToggled);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsPage::onTestClicked);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &CredentialsPage::onSignOutClicked);
    connect(m_ui->signInModeCombo, &QComboBox::currentIndexChanged, this, &CredentialsPage::onModeChanged);
    connect(m_tester, &ConnectionTester::finished, this, &CredentialsPage::onTestFinished);
    connect(m_tester, &ConnectionTester::serviceFinished, this, &CredentialsPage::onServiceFinished);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &CredentialsPage::cancelSignIn);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &CredentialsPage::onSaveProfileClicked);
    connect(m_ui->exportProfileButton, &QPushButton::clicked, this, &CredentialsPage::onExportProfileClicked);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &CredentialsPage::showProgress);
    m_ui->cancelTestButton->hide();
    connect(m_deviceCodePanel, &DeviceCodePanel::cancelRequested, this, &CredentialsPage::cancelSignIn);
    connect(m_browserPanel, &BrowserSignInPanel::cancelRequested, this, &CredentialsPage::cancelSignIn);
    connect(session, &WizardSession::tokenProviderChanged, this, &CredentialsPage::watchProvider);
    if (session->currentTokenProvider())
        watchProvider(session->currentTokenProvider());
    onModeChanged();
}

AuthMode CredentialsPage::mode() const
{
    return AuthMode(m_ui->signInModeCombo->currentData().toInt());
}

void CredentialsPage::onModeChanged()
{
    const bool secret = mode() == AuthMode::ClientSecret;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->secretLabel), static_cast<QWidget *>(m_ui->secretEdit),
                       static_cast<QWidget *>(m_ui->showSecretCheck)})
        w->setVisible(secret);
    m_ui->clientIdEdit->setPlaceholderText(
        secret ? tr("Application (client) id of the app registration")
               : tr("Optional: empty uses the public client %1 (Microsoft Azure CLI)")
                     .arg(QLatin1String(defaultPublicClientId)));
    const QString remember = secret ? tr("&Remember the secret in the system keychain")
                                    : tr("&Remember the sign-in in the system keychain");
    m_ui->rememberCheck->setText(remember);
    m_ui->rememberCheck->setAccessibleName(QString(remember).remove(QLatin1Char('&')));
    m_ui->rememberCheck->setToolTip(
        secret ? tr("Without this the secret is kept in memory only and asked for again next time. "
                    "Never written to a file.")
               : tr("Keeps the refresh token (never an access token) in the system keychain, so "
                    "the next session signs in without a prompt. Without this it stays in memory "
                    "only. Never written to a file."));
    onFieldEdited();
}

void CredentialsPage::watchProvider(TokenProvider *provider)
{
    if (auto *deviceCode = qobject_cast<DeviceCodeTokenProvider *>(provider)) {
        connect(deviceCode, &DeviceCodeTokenProvider::deviceCodeReady, this, &CredentialsPage::onDeviceCode);
        connect(deviceCode, &DeviceCodeTokenProvider::deviceCodeFinished, m_deviceCodePanel,
                &DeviceCodePanel::finish);
    } else if (auto *interactive = qobject_cast<InteractiveTokenProvider *>(provider)) {
        connect(interactive, &InteractiveTokenProvider::browserSignInStarted, this,
                &CredentialsPage::onBrowserStarted);
    }
}

void CredentialsPage::onDeviceCode(const DeviceCodePrompt &prompt)
{
    m_deviceCodePanel->showPrompt(prompt, session()->isSimulated());
    setWaitingStatus(tr("Waiting for the sign-in: enter the code below on the sign-in page."));
}

void CredentialsPage::onBrowserStarted(const QUrl &url, bool opened)
{
    m_browserPanel->showStarted(url, opened, session()->isSimulated());
    setWaitingStatus(tr("Waiting for the sign-in in the browser."));
}

void CredentialsPage::endPrompts()
{
    m_deviceCodePanel->finish();
    m_browserPanel->finish();
}

void CredentialsPage::cancelSignIn()
{
    const bool wasTesting = m_testing;
    m_tester->cancel();
    setTesting(false);
    // A sign-in still waiting for the user stops here; tokens already issued stay.
    auto *delegated = qobject_cast<DelegatedTokenProvider *>(session()->currentTokenProvider());
    if (delegated && !delegated->isSignedIn())
        session()->signOut();
    endPrompts();
    m_ui->testButton->setEnabled(true);
    if (wasTesting) {
        setTestStatus(CheckStatus::Skipped, tr("Sign-in cancelled: test the connection to sign in again."));
        for (int i = 0; i < m_ui->connectionResults->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->connectionResults->topLevelItem(i);
            if (item->data(0, Qt::UserRole + 1).toBool())
                continue;  // this service had answered
            item->setIcon(0, statusIcon(CheckStatus::Skipped));
            item->setText(1, tr("Cancelled"));
        }
    }
    emit completeChanged();
}

void CredentialsPage::onSignOutClicked()
{
    m_tester->cancel();
    setTesting(false);
    session()->signOut();
    endPrompts();
    QString problem;
    std::optional<Profile> profile = profileFromFields(&problem);
    if (!profile)
        profile = session()->profile();
    const bool remembered = !profile->name.isEmpty() && ProfileStore::remembersSecret(profile->name);
    if (!session()->isSimulated() && (remembered || m_ui->rememberCheck->isChecked()))
        forgetRemembered(*profile);
    m_ui->rememberCheck->setChecked(false);
    if (mode() == AuthMode::ClientSecret) {
        m_filling = true;
        m_ui->secretEdit->clear();
        m_filling = false;
    }
    invalidateTest();
    setTestStatus(CheckStatus::Skipped, tr("Signed out: the tokens of this session are forgotten. "
                                           "The next test signs in again."));
}

void CredentialsPage::forgetRemembered(const Profile &profile)
{
    if (!profile.name.isEmpty())
        ProfileStore::setRemembersSecret(profile.name, false);
    for (SecretStore::Kind kind : {SecretStore::Kind::ClientSecret, SecretStore::Kind::RefreshToken}) {
        SecretStore::remove(profile, this, [this](bool ok, const QString &error) {
            if (ok)
                return;
            m_ui->keychainLabel->setText(statusLineHtml(
                CheckStatus::Warning, tr("The system keychain entry could not be removed: %1").arg(error)));
            m_ui->keychainLabel->show();
        }, kind);
    }
}

void CredentialsPage::alignFormLabels()
{
    // The main form and the advanced settings are two form layouts: give their label columns
    // one width so the fields line up.
    const QList<QLabel *> labels{m_ui->profileNameLabel, m_ui->tenantLabel, m_ui->dataverseUrlLabel,
                                 m_ui->environmentIdLabel, m_ui->foUrlLabel, m_ui->signInModeLabel,
                                 m_ui->clientIdLabel, m_ui->secretLabel, m_ui->authorityLabel,
                                 m_ui->powerPlatformUrlLabel, m_ui->legalEntitiesLabel};
    int width = 0;
    for (const QLabel *label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    cancelSignIn();
    fillFrom(session()->profile());
    m_filling = true;
    m_ui->secretEdit->setText(QString::fromUtf8(session()->secret()));
    m_filling = false;
    const bool simulated = session()->isSimulated();
    m_ui->rememberCheck->setEnabled(!simulated);
    m_ui->rememberCheck->setChecked(!simulated && !session()->profile().name.isEmpty()
                                    && ProfileStore::remembersSecret(session()->profile().name));
    m_ui->keychainLabel->hide();
    invalidateTest();
    const bool delegated = isDelegated(session()->profile());
    if (m_ui->rememberCheck->isChecked() && (delegated || m_ui->secretEdit->text().isEmpty()))
        readRememberedSecret();
}

void CredentialsPage::cleanupPage()
{
    cancelSignIn();
}

void CredentialsPage::fillFrom(const Profile &profile)
{
    m_filling = true;
    m_ui->profileNameEdit->setText(profile.name);
    m_ui->tenantEdit->setText(profile.tenantId);
    m_ui->dataverseUrlEdit->setText(profile.dataverseUrl.toString());
    m_ui->environmentIdEdit->setText(profile.environmentId);
    m_ui->foUrlEdit->setText(profile.foUrl.toString());
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->signInModeCombo->setCurrentIndex(std::max(0, m_ui->signInModeCombo->findData(int(profile.authMode))));
    m_ui->authorityEdit->setText(profile.authority.toString());
    m_ui->powerPlatformUrlEdit->setText(profile.powerPlatformUrl.toString());
    m_ui->legalEntitiesEdit->setText(profile.legalEntities.join(QStringLiteral(", ")));
    m_filling = false;
    onModeChanged();
    // Non-default advanced values (the simulator's loopback authority) should be visible.
    const bool advanced = !profile.powerPlatformUrl.isEmpty() || !profile.legalEntities.isEmpty()
        || profile.authority != Profile().authority;
    m_ui->advancedButton->setChecked(advanced);
    onAdvancedToggled(advanced);
    updateFieldErrors();
}

namespace {

QUrl urlOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

Profile CredentialsPage::fieldsProfile() const
{
    Profile p;
    p.name = m_ui->profileNameEdit->text().trimmed();
    if (p.name.isEmpty())
        p.name = QUrl(m_ui->dataverseUrlEdit->text().trimmed()).host();
    p.tenantId = m_ui->tenantEdit->text().trimmed();
    if (!m_ui->authorityEdit->text().trimmed().isEmpty())
        p.authority = urlOf(m_ui->authorityEdit);
    p.authMode = AuthMode(m_ui->signInModeCombo->currentData().toInt());
    p.clientId = m_ui->clientIdEdit->text().trimmed();
    p.dataverseUrl = urlOf(m_ui->dataverseUrlEdit);
    p.environmentId = m_ui->environmentIdEdit->text().trimmed();
    p.foUrl = urlOf(m_ui->foUrlEdit);
    p.powerPlatformUrl = urlOf(m_ui->powerPlatformUrlEdit);
    const QStringList entities = m_ui->legalEntitiesEdit->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    p.legalEntities = entities;
    p.legalEntitiesSet = !entities.isEmpty();
    return p;
}

std::optional<Profile> CredentialsPage::profileFromFields(QString *problem) const
{
    Profile p = fieldsProfile();
    // The same rules as a profile file's (validateProfile), so what is saved loads again.
    const QList<ProfileProblem> problems = validateProfile(p);
    if (!problems.isEmpty()) {
        if (problem)
            *problem = tr("%1: %2").arg(problems.first().field, problems.first().message);
        return std::nullopt;
    }
    for (QUrl *url : {&p.authority, &p.dataverseUrl, &p.foUrl, &p.powerPlatformUrl}) {
        if (!url->isEmpty())
            *url = withoutTrailingSlash(*url);
    }
    return p;
}

bool CredentialsPage::fieldsValid() const
{
    const bool secret = mode() == AuthMode::ClientSecret;
    return validateProfile(fieldsProfile()).isEmpty()
        && (!secret || !m_ui->secretEdit->text().isEmpty());
}

bool CredentialsPage::isComplete() const
{
    return m_verified && !m_testing && fieldsValid();
}

void CredentialsPage::onFieldEdited()
{
    if (m_filling)
        return;
    updateFieldErrors();
    invalidateTest();
}

void CredentialsPage::onSecretEdited()
{
    if (m_filling)
        return;
    invalidateTest();
}

void CredentialsPage::invalidateTest()
{
    m_tester->cancel();
    setTesting(false);
    m_verified = false;
    endPrompts();
    m_ui->testButton->setEnabled(true);
    m_ui->connectionResults->clear();
    m_ui->connectionResults->hide();
    m_ui->preflightLabel->hide();
    m_ui->preflightResults->hide();
    m_ui->signInErrorLabel->hide();
    setTestStatus(CheckStatus::Skipped, tr("Not tested yet: test the connection to continue."));
    updatePickButton();
    emit completeChanged();
}

void CredentialsPage::updatePickButton()
{
    const bool ready = m_verified && !m_tester->legalEntities().isEmpty();
    m_ui->pickLegalEntitiesButton->setEnabled(ready);
    const QString what = tr("Pick the legal entities selected for dual-write from the list "
                            "finance and operations apps returned to the connection test");
    m_ui->pickLegalEntitiesButton->setToolTip(
        ready ? what : tr("%1 (available after a successful connection test)").arg(what));
    m_ui->pickLegalEntitiesButton->setAccessibleName(tr("Pick legal entities"));
    m_ui->pickLegalEntitiesButton->setAccessibleDescription(m_ui->pickLegalEntitiesButton->toolTip());
}

void CredentialsPage::onPickLegalEntitiesClicked()
{
    const QStringList current = m_ui->legalEntitiesEdit->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    LegalEntityPicker picker(m_tester->legalEntities(), current, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    m_ui->legalEntitiesEdit->setText(picker.selectedCodes().join(QStringLiteral(", ")));
}

void CredentialsPage::setFieldError(QLabel *label, const QString &problem)
{
    label->setVisible(!problem.isEmpty());
    label->setText(problem.isEmpty() ? QString() : statusLineHtml(CheckStatus::Fail, problem));
}

void CredentialsPage::updateFieldErrors()
{
    const QList<ProfileProblem> problems = validateProfile(fieldsProfile());
    // Empty required fields are not flagged while typing, only wrong ones.
    auto show = [this, &problems](QLabel *label, const QLineEdit *edit, const char *field) {
        setFieldError(label, edit->text().trimmed().isEmpty()
                                 ? QString()
                                 : problemOf(problems, QLatin1String(field)));
    };
    show(m_ui->tenantError, m_ui->tenantEdit, "tenantId");
    show(m_ui->dataverseUrlError, m_ui->dataverseUrlEdit, "dataverse.url");
    show(m_ui->environmentIdError, m_ui->environmentIdEdit, "dataverse.environmentId");
    show(m_ui->foUrlError, m_ui->foUrlEdit, "financeAndOperations.url");
    show(m_ui->clientIdError, m_ui->clientIdEdit, "auth.clientId");
    show(m_ui->authorityError, m_ui->authorityEdit, "authority");
    show(m_ui->powerPlatformUrlError, m_ui->powerPlatformUrlEdit, "powerPlatform.url");
}

void CredentialsPage::setTestStatus(CheckStatus status, const QString &text)
{
    m_ui->testStatusLabel->setText(statusLineHtml(status, text));
    m_ui->testStatusLabel->setAccessibleName(text);
}

void CredentialsPage::setWaitingStatus(const QString &text)
{
    // Nothing has passed or failed yet: words only, no status icon.
    m_ui->testStatusLabel->setText(text.toHtmlEscaped());
    m_ui->testStatusLabel->setAccessibleName(text);
}

void CredentialsPage::onShowSecretToggled(bool show)
{
    m_ui->secretEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
}

void CredentialsPage::onAdvancedToggled(bool show)
{
    m_ui->advancedWidget->setVisible(show);
    m_ui->advancedButton->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
}

void CredentialsPage::onTestClicked()
{
    QString problem;
    const std::optional<Profile> profile = profileFromFields(&problem);
    if (!fieldsValid() || !profile) {
        if (problem.isEmpty())
            problem = m_ui->secretEdit->text().isEmpty() && mode() == AuthMode::ClientSecret
                ? tr("Enter the client secret.")
                : tr("Fill in the tenant, both environment URLs, the environment id and the client id.");
        setTestStatus(CheckStatus::Fail, tr("Cannot test yet: %1").arg(problem));
        return;
    }
    if (authorityNeedsConsent(*profile)) {
        // The question is window-modal; the test starts only on "Send the secret".
        askAuthorityConsent(this, *profile, [this, page = QPointer<CredentialsPage>(this)]() {
            if (!page)
                return;
            if (const std::optional<Profile> current = profileFromFields(nullptr))
                startTest(*current);
        });
        return;
    }
    startTest(*profile);
}

void CredentialsPage::startTest(const Profile &profile)
{
    m_verified = false;
    updatePickButton();
    m_ui->connectionResults->clear();
    m_ui->preflightLabel->hide();
    m_ui->preflightResults->hide();
    m_ui->signInErrorLabel->hide();
    // One row per service, filled in as each answers: the user sees what is still waited for.
    for (Service service : {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform}) {
        auto *item = new QTreeWidgetItem(m_ui->connectionResults);
        item->setText(0, serviceDisplayName(service));
        item->setData(0, Qt::UserRole, int(service));
        item->setIcon(0, pendingIcon());
        item->setText(1, tr("Waiting…"));
    }
    m_ui->connectionResults->show();
    setTesting(true);
    showProgress();
    emit completeChanged();
    const QByteArray secret = mode() == AuthMode::ClientSecret ? m_ui->secretEdit->text().toUtf8() : QByteArray();
    m_tester->start(profile, session()->tokenProviderFor(profile, secret));
}

QString CredentialsPage::failureHeadline(FailureCause cause, const QString &services) const
{
    switch (cause) {
    case FailureCause::Unreachable:
        return tr("Could not reach %1: the host was not found, refused the connection or did not "
                  "answer. Check the URLs, the network and the VPN; see why below.").arg(services);
    case FailureCause::Tls:
        return tr("The secure (TLS) connection to %1 failed: the certificate is not trusted. See "
                  "why below.").arg(services);
    case FailureCause::Proxy:
        return tr("The proxy refused or failed the connection to %1. Check the system's proxy "
                  "settings; see why below.").arg(services);
    case FailureCause::ConsentMissing:
        return tr("Signed in, but the app registration has no consent for %1: an administrator "
                  "must grant its API permissions. See why below.").arg(services);
    case FailureCause::Throttled:
        return tr("%1 is throttling the requests: wait a few minutes and test the connection "
                  "again.").arg(services);
    case FailureCause::CredentialsRefused:
        return mode() == AuthMode::ClientSecret
            ? tr("Sign-in failed: Microsoft Entra ID refused the credentials. Check the tenant, "
                 "client id and secret.")
            : tr("Sign-in failed: the sign-in was not completed; see why below. Test the "
                 "connection to try again.");
    case FailureCause::None:
    case FailureCause::Other:
        break;
    }
    return tr("%1 could not be used; see why below.").arg(services);
}

QString CredentialsPage::causeWord(FailureCause cause)
{
    switch (cause) {
    case FailureCause::Unreachable: return tr("Unreachable");
    case FailureCause::Tls: return tr("TLS failed");
    case FailureCause::Proxy: return tr("Proxy failed");
    case FailureCause::CredentialsRefused: return tr("Sign-in refused");
    case FailureCause::ConsentMissing: return tr("No consent");
    case FailureCause::Throttled: return tr("Throttled");
    case FailureCause::None:
    case FailureCause::Other:
        break;
    }
    return tr("Failed");
}

void CredentialsPage::onTestFinished(const QList<ServiceCheck> &checks, bool allOk,
                                     const QString &signInError)
{
    setTesting(false);
    endPrompts();
    m_ui->testButton->setEnabled(true);
    m_ui->connectionResults->clear();
    QStringList failedNames;
    QString failedDetails;
    FailureCause headlineCause = FailureCause::None;
    bool linkOk = true;    // Dataverse and finance and operations: without them nothing can run
    for (const ServiceCheck &check : checks) {
        auto *item = new QTreeWidgetItem(m_ui->connectionResults);
        item->setText(0, serviceDisplayName(check.service));
        item->setIcon(0, statusIcon(check.ok ? CheckStatus::Pass : CheckStatus::Fail));
        item->setText(1, check.ok ? check.result : causeWord(check.cause));
        item->setText(2, check.details);
        item->setToolTip(2, check.details);
        if (check.ok)
            continue;
        failedNames << serviceDisplayName(check.service);
        if (check.service == Service::PowerPlatform) {
            failedDetails = check.details;
        } else {
            linkOk = false;
        }
        if (headlineCause == FailureCause::None || headlineCause == FailureCause::Other)
            headlineCause = check.cause;
    }
    // The Power Platform API only serves the connection checks: without it the user may go on,
    // and those checks say `unknown` (as the CLI does).
    m_verified = allOk || (linkOk && !checks.isEmpty());
    updatePickButton();
    m_ui->connectionResults->show();
    const QList<PreflightRow> &preflight = m_tester->preflight();
    fillPreflightTree(m_ui->preflightResults, preflight);
    m_ui->preflightLabel->setVisible(!preflight.isEmpty());
    m_ui->preflightResults->setVisible(!preflight.isEmpty());
    if (allOk || m_verified) {
        if (allOk) {
            setTestStatus(CheckStatus::Pass, tr("Connected: signed in to all three services."));
        } else {
            const QStringList unknown = ConnectionTester::checksNeeding(Service::PowerPlatform);
            setTestStatus(CheckStatus::Warning,
                          tr("Connected to Dataverse and finance and operations, but not to the "
                             "Power Platform API. You can go on: these checks will be unknown "
                             "because they read from it: %1.")
                              .arg(unknown.join(QStringLiteral("; "))));
            m_ui->signInErrorLabel->setText(statusLineHtml(CheckStatus::Warning, failedDetails));
            m_ui->signInErrorLabel->show();
        }
        if (m_ui->rememberCheck->isChecked() && !session()->isSimulated()) {
            if (const std::optional<Profile> profile = profileFromFields(nullptr))
                storeSecret(*profile);
        }
    } else {
        // A sign-in that failed for no transport, consent or throttling reason was refused (or,
        // for a user, not completed).
        if (!signInError.isEmpty()
            && (headlineCause == FailureCause::Other || headlineCause == FailureCause::None))
            headlineCause = FailureCause::CredentialsRefused;
        setTestStatus(CheckStatus::Fail,
                      failureHeadline(headlineCause, failedNames.join(QStringLiteral(", "))));
        if (!signInError.isEmpty()) {
            m_ui->signInErrorLabel->setText(statusLineHtml(CheckStatus::Fail, signInError));
            m_ui->signInErrorLabel->show();
        }
    }
    // The outcome is what the user looks at next: bring it into view (at 900×680 the form
    // alone fills the page), once the layout has made room for the new rows.
    QTimer::singleShot(0, this, [this] {
        const int top = m_ui->testButton->mapTo(m_ui->scrollContents, QPoint(0, 0)).y();
        m_ui->scrollArea->verticalScrollBar()->setValue(top - 12);
    });
    emit completeChanged();
}

void CredentialsPage::setTesting(bool testing)
{
    m_testing = testing;
    m_ui->testButton->setEnabled(!testing);
    m_ui->cancelTestButton->setVisible(testing);
    if (testing) {
        m_testClock.start();
        m_progressTimer.start();
    } else {
        m_progressTimer.stop();
    }
}

void CredentialsPage::onServiceFinished(Service service, bool ok)
{
    for (int i = 0; i < m_ui->connectionResults->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->connectionResults->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() != int(service))
            continue;
        item->setData(0, Qt::UserRole + 1, true);
        item->setIcon(0, statusIcon(ok ? CheckStatus::Pass : CheckStatus::Fail));
        item->setText(1, ok ? tr("Answered") : tr("Failed"));
    }
    showProgress();
}

void CredentialsPage::showProgress()
{
    if (!m_testing)
        return;
    QStringList waiting;
    for (int i = 0; i < m_ui->connectionResults->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->connectionResults->topLevelItem(i);
        if (!item->data(0, Qt::UserRole + 1).toBool())
            waiting << item->text(0);
    }
    const int seconds = int(m_testClock.elapsed() / 1000);
    // A device code or browser prompt says what it waits for itself; keep its words.
    if (m_deviceCodePanel->isVisible() || m_browserPanel->isVisible())
        return;
    setWaitingStatus(tr("Signing in to %1 and reading who you are… (%n s)", nullptr, seconds)
                         .arg(waiting.join(QStringLiteral(", "))));
}

void CredentialsPage::onSaveProfileClicked()
{
    QString problem;
    const std::optional<Profile> profile = profileFromFields(&problem);
    if (!profile) {
        setTestStatus(CheckStatus::Fail, tr("The profile cannot be saved yet: %1").arg(problem));
        return;
    }
    ProfileStore::save(*profile);
    m_ui->keychainLabel->setText(statusLineHtml(
        CheckStatus::Pass, tr("Profile \"%1\" saved (without the secret): it is offered on the first "
                              "page next time.").arg(profile->name)));
    m_ui->keychainLabel->show();
}

void CredentialsPage::onExportProfileClicked()
{
    QString problem;
    const std::optional<Profile> profile = profileFromFields(&problem);
    if (!profile) {
        setTestStatus(CheckStatus::Fail, tr("The profile cannot be exported yet: %1").arg(problem));
        return;
    }
    QString name = profile->name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    auto *dialog = new QFileDialog(this, tr("Export the profile"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(name + QStringLiteral(".json")),
                                   tr("Profiles (*.json)"));
    dialog->setObjectName(QStringLiteral("exportProfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, p = *profile](const QString &path) {
        // The profile as the CLI reads it (contract.md): never a secret or a token.
        QString error;
        const bool ok = saveFileAtomically(path, QJsonDocument(p.toJson()).toJson(), &error);
        m_ui->keychainLabel->setText(
            ok ? statusLineHtml(CheckStatus::Pass, tr("Profile exported to %1: use it with dwhealth "
                                                      "check --profile.").arg(QDir::toNativeSeparators(path)))
               : statusLineHtml(CheckStatus::Fail, tr("The profile was not exported: %1").arg(error)));
        m_ui->keychainLabel->show();
    });
    dialog->open();
}

void CredentialsPage::readRememberedSecret()
{
    const Profile profile = session()->profile();
    const SecretStore::Kind kind = SecretStore::kindFor(profile);
    SecretStore::read(profile, this, [this, profile, kind](bool ok, const QByteArray &secret, const QString &error) {
        if (ok && kind == SecretStore::Kind::RefreshToken) {
            // Resume the remembered sign-in: the next test redeems it instead of prompting.
            auto *delegated = qobject_cast<DelegatedTokenProvider *>(session()->tokenProviderFor(profile, {}));
            if (delegated)
                delegated->restoreRefreshToken(QString::fromUtf8(secret));
            return;
        }
        if (ok && m_ui->secretEdit->text().isEmpty()) {
            m_ui->secretEdit->setText(QString::fromUtf8(secret));
            return;
        }
        if (!ok) {
            m_ui->keychainLabel->setText(statusLineHtml(
                CheckStatus::Warning,
                kind == SecretStore::Kind::RefreshToken
                    ? tr("The remembered sign-in could not be read from the system keychain (%1): "
                         "the test signs in again.").arg(error)
                    : tr("The remembered secret could not be read from the system keychain: %1").arg(error)));
            m_ui->keychainLabel->show();
        }
    }, kind);
}

void CredentialsPage::storeSecret(const Profile &profile)
{
    const SecretStore::Kind kind = SecretStore::kindFor(profile);
    QByteArray value;
    if (kind == SecretStore::Kind::RefreshToken) {
        auto *delegated = qobject_cast<DelegatedTokenProvider *>(session()->currentTokenProvider());
        value = delegated ? delegated->refreshToken().toUtf8() : QByteArray();
        if (value.isEmpty())
            return;  // no refresh token issued: nothing to remember
    } else {
        value = m_ui->secretEdit->text().toUtf8();
    }
    SecretStore::write(profile, value, this,
                       [this, name = profile.name, kind](bool ok, const QString &error) {
        ProfileStore::setRemembersSecret(name, ok);
        const bool token = kind == SecretStore::Kind::RefreshToken;
        m_ui->keychainLabel->setText(
            ok ? statusLineHtml(CheckStatus::Pass, token ? tr("Sign-in saved in the system keychain.")
                                                         : tr("Secret saved in the system keychain."))
               : statusLineHtml(CheckStatus::Warning,
                                (token ? tr("The sign-in was not saved: the system keychain is not "
                                            "available (%1). It is kept in memory for this session only.")
                                       : tr("The secret was not saved: the system keychain is not "
                                            "available (%1). It is kept in memory for this session only."))
                                    .arg(error)));
        m_ui->keychainLabel->show();
    }, kind);
    value.fill('\0');
}

bool CredentialsPage::validatePage()
{
    QString problem;
    const std::optional<Profile> profile = profileFromFields(&problem);
    if (!m_verified || !profile)
        return false;
    session()->setProfile(*profile);
    session()->setSecret(m_ui->secretEdit->text().toUtf8());
    if (!session()->isSimulated()) {
        ProfileStore::save(*profile);
        if (!m_ui->rememberCheck->isChecked() && ProfileStore::remembersSecret(profile->name)) {
            ProfileStore::setRemembersSecret(profile->name, false);
            SecretStore::remove(*profile, session(), [](bool, const QString &) {},
                                SecretStore::kindFor(*profile));
        }
    }
    return true;
}

} // namespace dwh::gui
