// SPDX-License-Identifier: MIT
#include "healthwizard.h"

#include "checkpage.h"
#include "credentialspage.h"
#include "remediationpage.h"
#include "reportpage.h"
#include "welcomepage.h"
#include "wizardsession.h"

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
}

HealthWizard::~HealthWizard() = default;

} // namespace dwh::gui
