// SPDX-License-Identifier: MIT
#include "resetsteppage.h"

#include "ui_resetsteppage.h"

#include "liveconfigreader.h"
#include "resetfacts.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QSignalBlocker>

namespace dwh::gui {

ResetStepPage::ResetStepPage(WizardSession *session, LiveConfigReader *reader,
                             Verification verification, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResetStepPage>())
    , m_session(session)
    , m_reader(reader)
    , m_verification(verification)
{
    m_ui->setupUi(this);
    const bool verifiable = verification != Verification::None;
    m_ui->verifyButton->setVisible(verifiable);
    m_ui->verifyDetails->setVisible(false);
    m_ui->verifyLabel->setText(
        verifiable ? tr("Verify once the step is done: dwhealth reads the environment again.")
                   : tr("The APIs do not show this step; the next page checks what it did."));
    m_ui->verifyButton->setAccessibleName(tr("Verify this step"));
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ResetStepPage::onVerify);
    connect(m_reader, &LiveConfigReader::finished, this, &ResetStepPage::onRead);
    m_ui->overrideCheck->hide();
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, &ResetStepPage::onOverrideToggled);
}

bool ResetStepPage::isComplete() const
{
    return !m_waiting && (!m_failed || m_ui->overrideCheck->isChecked());
}

void ResetStepPage::onOverrideToggled(bool on)
{
    if (on) {
        const QString entry = tr("%1: went on although the verification failed (%2)")
                                  .arg(title(), m_failure);
        m_ui->verifyDetails->addItem(tr("Override: %1").arg(entry));
        m_ui->verifyDetails->show();
        emit overridden(entry);
    }
    emit completeChanged();
}

ResetStepPage::~ResetStepPage() = default;

void ResetStepPage::setInstructions(const QString &html)
{
    m_ui->instructionsBrowser->setHtml(html);
}

void ResetStepPage::onVerify()
{
    if (m_reader->isReading())
        return;
    m_waiting = true;
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyLabel->setText(tr("Reading the environment…"));
    emit completeChanged();
    m_reader->read();
}

void ResetStepPage::onRead()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ui->verifyButton->setEnabled(true);
    emit completeChanged();
    StepVerdict verdict;
    switch (m_verification) {
    case Verification::None:
        return;
    case Verification::MapsStopped:
        verdict = verifyMapsStopped(m_reader->projectConfigs());
        break;
    case Verification::ConfigurationCleared:
        verdict = verifyConfigurationCleared(m_reader->runtimeConfigs(), m_reader->projectConfigs());
        break;
    case Verification::MapsBack:
        verdict = verifyMapsBack(m_reader->projectConfigs(), m_session->profile().dataverseUrl);
        break;
    }
    m_ui->verifyLabel->setText(statusLineHtml(
        verdict.status, tr("%1: %2").arg(statusText(verdict.status), verdict.summary)));
    m_ui->verifyLabel->setAccessibleName(verdict.summary);
    m_ui->verifyDetails->clear();
    m_ui->verifyDetails->addItems(verdict.details);
    m_ui->verifyDetails->setVisible(!verdict.details.isEmpty());
    // A step that is verified as not done blocks Next: the next step would judge wrongly (the
    // live link's rows called "stale" while its maps still run).
    m_failed = verdict.status == CheckStatus::Fail;
    m_failure = verdict.summary;
    {
        QSignalBlocker blocker(m_ui->overrideCheck);
        m_ui->overrideCheck->setChecked(false);
    }
    m_ui->overrideCheck->setVisible(m_failed);
    emit completeChanged();
}

} // namespace dwh::gui
