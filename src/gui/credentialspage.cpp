// SPDX-License-Identifier: MIT
#include "credentialspage.h"

#include "ui_credentialspage.h"

#include "fieldchecks.h"
#include "profilestore.h"
#include "secretstore.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <QLabel>

#include <algorithm>

namespace dwh::gui {

CredentialsPage::CredentialsPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(content());
    alignFormLabels();
    setTitle(tr("Link credentials"));
    setSubTitle(tr("Sign in to the Dataverse and finance and operations environments that "
                   "dual-write links, then test the connection."));

    m_ui->signInModeCombo->addItem(tr("Client secret (app registration)"), int(AuthMode::ClientSecret));
    m_ui->signInModeCombo->addItem(tr("Device code"), int(AuthMode::DeviceCode));
    m_ui->signInModeCombo->addItem(tr("Interactive browser sign-in"), int(AuthMode::Interactive));
    auto *modes = qobject_cast<QStandardItemModel *>(m_ui->signInModeCombo->model());
    for (int row = 1; row < m_ui->signInModeCombo->count(); ++row) {
        QStandardItem *item = modes->item(row);
        item->setEnabled(false);
        item->setToolTip(tr("Not available yet: this sign-in mode comes in a later version."));
    }
    for (QLabel *label : content()->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$"))))
        label->hide();
    m_ui->keychainLabel->hide();
    m_ui->signInErrorLabel->hide();
    m_ui->connectionResults->hide();
    m_ui->connectionResults->setColumnWidth(0, 170);
    m_ui->connectionResults->setColumnWidth(1, 110);

    for (QLineEdit *edit : {m_ui->profileNameEdit, m_ui->tenantEdit, m_ui->dataverseUrlEdit,
                            m_ui->environmentIdEdit, m_ui->foUrlEdit, m_ui->clientIdEdit,
                            m_ui->authorityEdit, m_ui->powerPlatformUrlEdit, m_ui->legalEntitiesEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::onFieldEdited);
    }
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &CredentialsPage::onSecretEdited);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, &CredentialsPage::onShowSecretToggled);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &CredentialsPage::onAdvancedToggled);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsPage::onTestClicked);
    connect(m_tester, &ConnectionTester::finished, this, &CredentialsPage::onTestFinished);
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
    m_tester->cancel();
    m_testing = false;
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
    if (m_ui->secretEdit->text().isEmpty() && m_ui->rememberCheck->isChecked())
        readRememberedSecret();
}

void CredentialsPage::cleanupPage()
{
    m_tester->cancel();
    m_testing = false;
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
    m_ui->authorityEdit->setText(profile.authority.toString());
    m_ui->powerPlatformUrlEdit->setText(profile.powerPlatformUrl.toString());
    m_ui->legalEntitiesEdit->setText(profile.legalEntities.join(QStringLiteral(", ")));
    m_ui->signInModeCombo->setCurrentIndex(0);
    m_filling = false;
    // Non-default advanced values (the simulator's loopback authority) should be visible.
    const bool advanced = !profile.powerPlatformUrl.isEmpty() || !profile.legalEntities.isEmpty()
        || profile.authority != Profile().authority;
    m_ui->advancedButton->setChecked(advanced);
    onAdvancedToggled(advanced);
    updateFieldErrors();
}

std::optional<Profile> CredentialsPage::profileFromFields(QString *problem) const
{
    Profile p;
    p.name = m_ui->profileNameEdit->text().trimmed();
    if (p.name.isEmpty())
        p.name = QUrl(m_ui->dataverseUrlEdit->text().trimmed()).host();
    p.tenantId = m_ui->tenantEdit->text().trimmed();
    if (!m_ui->authorityEdit->text().trimmed().isEmpty())
        p.authority = QUrl(m_ui->authorityEdit->text().trimmed());
    p.authMode = AuthMode(m_ui->signInModeCombo->currentData().toInt());
    p.clientId = m_ui->clientIdEdit->text().trimmed();
    p.dataverseUrl = QUrl(m_ui->dataverseUrlEdit->text().trimmed());
    p.environmentId = m_ui->environmentIdEdit->text().trimmed();
    p.foUrl = QUrl(m_ui->foUrlEdit->text().trimmed());
    p.powerPlatformUrl = QUrl(m_ui->powerPlatformUrlEdit->text().trimmed());
    const QStringList entities = m_ui->legalEntitiesEdit->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    p.legalEntities = entities;
    p.legalEntitiesSet = !entities.isEmpty();

    // The profile loader is the one authority on what a usable profile is.
    ProfileError error;
    std::optional<Profile> parsed = parseProfile(QJsonDocument(p.toJson()).toJson(),
                                                 tr("the form"), &error);
    if (!parsed && problem)
        *problem = error.field.isEmpty() ? error.message
                                         : tr("%1: %2").arg(error.field, error.message);
    return parsed;
}

bool CredentialsPage::fieldsValid() const
{
    const bool ppSet = !m_ui->powerPlatformUrlEdit->text().trimmed().isEmpty();
    return tenantFieldProblem(m_ui->tenantEdit->text()).isEmpty()
        && serviceUrlFieldProblem(m_ui->dataverseUrlEdit->text()).isEmpty()
        && guidFieldProblem(m_ui->environmentIdEdit->text(), !ppSet).isEmpty()
        && serviceUrlFieldProblem(m_ui->foUrlEdit->text()).isEmpty()
        && guidFieldProblem(m_ui->clientIdEdit->text()).isEmpty()
        && serviceUrlFieldProblem(m_ui->authorityEdit->text(), false).isEmpty()
        && serviceUrlFieldProblem(m_ui->powerPlatformUrlEdit->text(), false).isEmpty()
        && !m_ui->secretEdit->text().isEmpty();
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
    m_testing = false;
    m_verified = false;
    m_ui->testButton->setEnabled(true);
    m_ui->connectionResults->clear();
    m_ui->connectionResults->hide();
    m_ui->signInErrorLabel->hide();
    setTestStatus(CheckStatus::Skipped, tr("Not tested yet: test the connection to continue."));
    emit completeChanged();
}

void CredentialsPage::setFieldError(QLabel *label, const QString &problem)
{
    label->setVisible(!problem.isEmpty());
    label->setText(problem.isEmpty() ? QString() : statusLineHtml(CheckStatus::Fail, problem));
}

void CredentialsPage::updateFieldErrors()
{
    // Empty required fields are not flagged while typing, only wrong ones.
    auto unlessEmpty = [](const QLineEdit *edit, const QString &problem) {
        return edit->text().trimmed().isEmpty() ? QString() : problem;
    };
    setFieldError(m_ui->tenantError, unlessEmpty(m_ui->tenantEdit, tenantFieldProblem(m_ui->tenantEdit->text())));
    setFieldError(m_ui->dataverseUrlError,
                  unlessEmpty(m_ui->dataverseUrlEdit, serviceUrlFieldProblem(m_ui->dataverseUrlEdit->text())));
    setFieldError(m_ui->environmentIdError,
                  unlessEmpty(m_ui->environmentIdEdit, guidFieldProblem(m_ui->environmentIdEdit->text())));
    setFieldError(m_ui->foUrlError, unlessEmpty(m_ui->foUrlEdit, serviceUrlFieldProblem(m_ui->foUrlEdit->text())));
    setFieldError(m_ui->clientIdError,
                  unlessEmpty(m_ui->clientIdEdit, guidFieldProblem(m_ui->clientIdEdit->text())));
    setFieldError(m_ui->authorityError, serviceUrlFieldProblem(m_ui->authorityEdit->text(), false));
    setFieldError(m_ui->powerPlatformUrlError,
                  serviceUrlFieldProblem(m_ui->powerPlatformUrlEdit->text(), false));
}

void CredentialsPage::setTestStatus(CheckStatus status, const QString &text)
{
    m_ui->testStatusLabel->setText(statusLineHtml(status, text));
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
            problem = m_ui->secretEdit->text().isEmpty()
                ? tr("Enter the client secret.")
                : tr("Fill in the tenant, both environment URLs, the environment id and the client id.");
        setTestStatus(CheckStatus::Fail, tr("Cannot test yet: %1").arg(problem));
        return;
    }
    m_testing = true;
    m_verified = false;
    m_ui->testButton->setEnabled(false);
    m_ui->connectionResults->clear();
    m_ui->connectionResults->hide();
    m_ui->signInErrorLabel->hide();
    m_ui->testStatusLabel->setText(tr("Signing in to Dataverse, finance and operations and the "
                                      "Power Platform API…"));
    emit completeChanged();
    m_tester->start(*profile, m_ui->secretEdit->text().toUtf8());
}

void CredentialsPage::onTestFinished(const QList<ServiceCheck> &checks, bool allOk,
                                     const QString &signInError)
{
    m_testing = false;
    m_verified = allOk;
    m_ui->testButton->setEnabled(true);
    m_ui->connectionResults->clear();
    int failed = 0;
    for (const ServiceCheck &check : checks) {
        auto *item = new QTreeWidgetItem(m_ui->connectionResults);
        item->setText(0, serviceDisplayName(check.service));
        item->setIcon(0, statusIcon(check.ok ? CheckStatus::Pass : CheckStatus::Fail));
        item->setText(1, check.result);
        item->setText(2, check.details);
        item->setToolTip(2, check.details);
        failed += check.ok ? 0 : 1;
    }
    m_ui->connectionResults->show();
    if (allOk) {
        setTestStatus(CheckStatus::Pass, tr("Connected: signed in to all three services."));
        if (m_ui->rememberCheck->isChecked() && !session()->isSimulated()) {
            if (const std::optional<Profile> profile = profileFromFields(nullptr))
                storeSecret(*profile);
        }
    } else if (!signInError.isEmpty()) {
        setTestStatus(CheckStatus::Fail, tr("Sign-in failed: Microsoft Entra ID refused the "
                                            "credentials. Check the tenant, client id and secret."));
        m_ui->signInErrorLabel->setText(statusLineHtml(CheckStatus::Fail, signInError));
        m_ui->signInErrorLabel->show();
    } else {
        setTestStatus(CheckStatus::Fail, tr("%n of 3 services could not be reached; see the "
                                            "details below.", nullptr, failed));
    }
    emit completeChanged();
}

void CredentialsPage::readRememberedSecret()
{
    const Profile profile = session()->profile();
    SecretStore::read(profile, this, [this](bool ok, const QByteArray &secret, const QString &error) {
        if (ok && m_ui->secretEdit->text().isEmpty()) {
            m_ui->secretEdit->setText(QString::fromUtf8(secret));
            return;
        }
        if (!ok) {
            m_ui->keychainLabel->setText(statusLineHtml(
                CheckStatus::Warning,
                tr("The remembered secret could not be read from the system keychain: %1").arg(error)));
            m_ui->keychainLabel->show();
        }
    });
}

void CredentialsPage::storeSecret(const Profile &profile)
{
    SecretStore::write(profile, m_ui->secretEdit->text().toUtf8(), this,
                       [this, name = profile.name](bool ok, const QString &error) {
        ProfileStore::setRemembersSecret(name, ok);
        m_ui->keychainLabel->setText(
            ok ? statusLineHtml(CheckStatus::Pass, tr("Secret saved in the system keychain."))
               : statusLineHtml(CheckStatus::Warning,
                                tr("The secret was not saved: the system keychain is not "
                                   "available (%1). It is kept in memory for this session only.")
                                    .arg(error)));
        m_ui->keychainLabel->show();
    });
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
            SecretStore::remove(*profile, session(), [](bool, const QString &) {});
        }
    }
    return true;
}

} // namespace dwh::gui
