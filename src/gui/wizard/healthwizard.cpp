// SPDX-License-Identifier: MIT
#include "healthwizard.h"

#include "aboutbox.h"
#include "checkpage.h"
#include "credentialspage.h"
#include "dialogbuttons.h"
#include "mnemonicguard.h"
#include "remediationpage.h"
#include "reportpage.h"
#include "settingsdialog.h"
#include "welcomepage.h"
#include "wizardsession.h"

#include <QAbstractButton>
#include <QSettings>

namespace dwh::gui {

HealthWizard::HealthWizard(bool demo, const QString &scenario, QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
{
    setObjectName(QStringLiteral("healthWizard"));
    setWindowTitle(tr("dwhealth — dual-write health check"));
    // The classic style keeps the title, subtitle and buttons the same on every platform and
    // leaves the most room for the check lists.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    setPage(Page_Welcome, new WelcomePage(m_session, demo, scenario));
    setPage(Page_Credentials, new CredentialsPage(m_session));
    setPage(Page_Prerequisites, new CheckPage(Step::Prerequisites, m_session));
    setPage(Page_Dependencies, new CheckPage(Step::Dependencies, m_session));
    setPage(Page_Remediation, new RemediationPage(m_session));
    setPage(Page_Report, new ReportPage(m_session));
    page(Page_Prerequisites)->setObjectName(QStringLiteral("prerequisitesPage"));
    page(Page_Dependencies)->setObjectName(QStringLiteral("dependenciesPage"));
    page(Page_Welcome)->setObjectName(QStringLiteral("welcomePage"));
    page(Page_Credentials)->setObjectName(QStringLiteral("credentialsPage"));
    page(Page_Remediation)->setObjectName(QStringLiteral("remediationPage"));
    page(Page_Report)->setObjectName(QStringLiteral("reportPage"));
    setStartId(Page_Welcome);
    setMinimumSize(640, 480);
    resize(900, 680);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());

    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("About…"));  // no mnemonic: every letter is taken on some page
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("aboutButton"));
    describeWizardButtons(this);
    button(QWizard::CustomButton1)->setToolTip(tr("Version, ruleset and the libraries dwhealth uses"));
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton2, tr("Settings…"));  // no mnemonic, as About
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("settingsButton"));
    button(QWizard::CustomButton2)->setToolTip(tr("How many runs the history keeps"));
    button(QWizard::CustomButton2)->setAccessibleDescription(button(QWizard::CustomButton2)->toolTip());
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    MnemonicGuard::install(this);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAboutBox(this);
        if (which == QWizard::CustomButton2) {
            auto *dialog = new SettingsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
}

void HealthWizard::done(int result)
{
    // The window's size and place are remembered for the next start (QSettings, no secrets).
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QWizard::done(result);
}

HealthWizard::~HealthWizard() = default;

} // namespace dwh::gui
