// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "ui_welcomepage.h"

#include "bundlescenario.h"
#include "fleetdialog.h"
#include "languagechooser.h"
#include "profilestore.h"
#include "secretstore.h"
#include "simulator.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>

namespace dwh::gui {

WelcomePage::WelcomePage(WizardSession *session, bool demo, const QString &scenario, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(content());
    setTitle(tr("Dual-write health check"));
    setSubTitle(tr("Choose the environment to check."));

    for (const QString &name : sim::scenarioNames()) {
        m_ui->scenarioCombo->addItem(name, name);
        m_ui->scenarioCombo->setItemData(m_ui->scenarioCombo->count() - 1,
                                         sim::scenarioDescription(name), Qt::ToolTipRole);
    }
    // --demo --from-bundle: the bundle is one more choice, named as its replay.
    if (const QString replay = sim::BundleScenario::labelOf(scenario); !replay.isEmpty()) {
        m_ui->scenarioCombo->insertItem(0, replay, scenario);
        m_ui->scenarioCombo->setItemData(0, QDir::toNativeSeparators(scenario), Qt::ToolTipRole);
    }
    const int wanted = m_ui->scenarioCombo->findData(scenario.isEmpty() ? QStringLiteral("healthy")
                                                                         : scenario);
    if (wanted >= 0)
        m_ui->scenarioCombo->setCurrentIndex(wanted);
    m_ui->demoGroup->setChecked(demo);
    onDemoToggled(demo);
    onScenarioChanged(m_ui->scenarioCombo->currentIndex());

    connect(m_ui->demoGroup, &QGroupBox::toggled, this, &WelcomePage::onDemoToggled);
    connect(m_ui->scenarioCombo, &QComboBox::currentIndexChanged, this,
            &WelcomePage::onScenarioChanged);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &WelcomePage::onProfileChanged);
    connect(m_ui->importButton, &QPushButton::clicked, this, &WelcomePage::onImportClicked);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &WelcomePage::onDeleteClicked);
    auto *fleetButton = new QPushButton(tr("Flee&t…"), m_ui->profileGroup);
    fleetButton->setObjectName(QStringLiteral("fleetButton"));
    fleetButton->setAutoDefault(false);
    fleetButton->setToolTip(tr("Every saved profile with its last result and trend; check them all at once"));
    fleetButton->setAccessibleName(tr("Fleet"));
    m_ui->profileLayout->addWidget(fleetButton, 0, 4);
    setTabOrder(m_ui->deleteButton, fleetButton);
    connect(fleetButton, &QPushButton::clicked, this, &WelcomePage::onFleetClicked);

    auto *language = new LanguageChooser(content());
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->errorLabel), language);
    setTabOrder(m_ui->scenarioCombo, language->combo());
    connect(language, &LanguageChooser::restartRequested, this, [this] {
        if (wizard())
            wizard()->reject();
    });
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::initializePage()
{
    // The first time: the profile used last (not "New profile…"); later: what the user chose.
    const QString select = m_profilesShown ? m_ui->profileCombo->currentData().toString()
                                           : ProfileStore::recent().value(0);
    m_profilesShown = true;
    reloadProfiles(select);
}

void WelcomePage::reloadProfiles(const QString &select)
{
    QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("New profile…"), QString());
    for (const QString &name : ProfileStore::names())
        m_ui->profileCombo->addItem(name, name);
    const int index = m_ui->profileCombo->findData(select);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : (m_ui->profileCombo->count() > 1 ? 1 : 0));
    blocker.unblock();
    onProfileChanged(m_ui->profileCombo->currentIndex());
}

void WelcomePage::onDemoToggled(bool on)
{
    m_ui->profileGroup->setEnabled(!on);
    session()->setDemoChoice(on, m_ui->scenarioCombo->currentData().toString());
    showError(QString());
}

void WelcomePage::onScenarioChanged(int index)
{
    const QString name = m_ui->scenarioCombo->itemData(index).toString();
    m_ui->scenarioDescription->setText(sim::scenarioDescription(name));
    session()->setDemoChoice(m_ui->demoGroup->isChecked(), name);
}

void WelcomePage::onProfileChanged(int)
{
    const QString name = m_ui->profileCombo->currentData().toString();
    m_ui->deleteButton->setEnabled(!name.isEmpty());
    if (name.isEmpty()) {
        m_ui->profileInfoLabel->setText(
            tr("Enter the tenant, the environment URLs and the app registration on the next page."));
        return;
    }
    QString error;
    const std::optional<Profile> profile = ProfileStore::load(name, &error);
    m_ui->profileInfoLabel->setText(profile ? tr("Dataverse: %1\nFinance and operations: %2")
                                                  .arg(profile->dataverseUrl.toString(),
                                                       profile->foUrl.toString())
                                            : error);
}

void WelcomePage::onImportClicked()
{
    // open(), not exec(): the event loop keeps running while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Import profile"), QString(),
                                   tr("Profiles (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &WelcomePage::onImportFileSelected);
    dialog->open();
}

void WelcomePage::onImportFileSelected(const QString &path)
{
    ProfileError error;
    std::optional<Profile> profile = loadProfileFile(path, &error);
    if (!profile) {
        showError(tr("The profile could not be imported: %1").arg(error.toString()));
        return;
    }
    if (profile->name.trimmed().isEmpty())
        profile->name = QFileInfo(path).completeBaseName();
    ProfileStore::save(*profile);
    reloadProfiles(profile->name);
    showError(QString());
}

void WelcomePage::onFleetClicked()
{
    auto *dialog = new FleetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FleetDialog::profileChosen, this, [this](const QString &name) {
        reloadProfiles(name);
    });
    dialog->open();
}

void WelcomePage::onDeleteClicked()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (name.isEmpty())
        return;
    if (ProfileStore::remembersSecret(name)) {
        if (const std::optional<Profile> profile = ProfileStore::load(name))
            SecretStore::remove(*profile, this, [](bool, const QString &) {},
                                SecretStore::kindFor(*profile));
    }
    ProfileStore::remove(name);
    reloadProfiles(QString());
}

void WelcomePage::showError(const QString &text)
{
    m_ui->errorLabel->setVisible(!text.isEmpty());
    m_ui->errorLabel->setText(text.isEmpty() ? QString() : statusLineHtml(CheckStatus::Fail, text));
}

bool WelcomePage::validatePage()
{
    if (m_ui->demoGroup->isChecked()) {
        const QString scenario = m_ui->scenarioCombo->currentData().toString();
        QString error;
        if (!session()->startSimulator(scenario, &error)) {
            showError(tr("The simulator could not start: %1").arg(error));
            return false;
        }
        ProfileError profileError;
        const std::optional<Profile> profile =
            parseProfile(QJsonDocument(session()->simulatorProfile()).toJson(),
                         tr("simulator profile"), &profileError);
        if (!profile) {
            showError(profileError.toString());
            return false;
        }
        session()->setProfile(*profile);
        session()->setSecret(sim::Simulator::clientSecret().toUtf8());
        return true;
    }
    session()->stopSimulator();
    const QString name = m_ui->profileCombo->currentData().toString();
    Profile profile;
    if (!name.isEmpty()) {
        QString error;
        const std::optional<Profile> loaded = ProfileStore::load(name, &error);
        if (!loaded) {
            showError(error);
            return false;
        }
        profile = *loaded;
    }
    if (profile.name != session()->profile().name || name.isEmpty())
        session()->setSecret(QByteArray());
    session()->setProfile(profile);
    return true;
}

} // namespace dwh::gui
