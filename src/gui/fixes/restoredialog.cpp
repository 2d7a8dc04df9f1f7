// SPDX-License-Identifier: MIT
#include "restoredialog.h"

#include "backup.h"
#include "dialogbuttons.h"
#include "remediationplan.h"
#include "restoreplan.h"
#include "statusicons.h"
#include "wizardsession.h"
#include "writerunpanel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace dwh::gui {

RestoreDialog::RestoreDialog(WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pathEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("Bro&wse…"), this))
    , m_loadButton(new QPushButton(tr("&Load"), this))
    , m_summaryLabel(new QLabel(this))
    , m_records(new QListWidget)
    , m_panel(new WriteRunPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    m_pathEdit->setObjectName(QStringLiteral("backupFileEdit"));
    m_pathEdit->setAccessibleName(tr("Backup file"));
    m_pathEdit->setToolTip(tr("A backup file a guided fix or dwhealth fix wrote before its writes"));
    m_pathEdit->setClearButtonEnabled(true);
    m_chooseButton->setObjectName(QStringLiteral("chooseBackupButton"));
    m_chooseButton->setToolTip(tr("Pick the backup file"));
    m_chooseButton->setAutoDefault(false);
    m_loadButton->setObjectName(QStringLiteral("loadBackupButton"));
    m_loadButton->setToolTip(tr("Read the backup and preview the writes that undo it (reads nothing "
                                "from the environments)"));
    m_loadButton->setAutoDefault(false);
    m_summaryLabel->setObjectName(QStringLiteral("restoreSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setText(tr("Choose a backup file: the restore undoes its run, record by record."));
    m_records->setObjectName(QStringLiteral("backupRecordsList"));
    m_records->setAccessibleName(tr("Records in the backup"));
    m_records->setToolTip(tr("Each record of the backup and what the restore does with it"));
    m_panel->setObjectName(QStringLiteral("writePanel"));
    describeStandardButtons(m_buttons);

    auto *fileLabel = new QLabel(tr("Backup &file:"), this);
    fileLabel->setBuddy(m_pathEdit);
    auto *top = new QGridLayout;
    top->addWidget(fileLabel, 0, 0);
    top->addWidget(m_pathEdit, 0, 1);
    top->addWidget(m_chooseButton, 0, 2);
    top->addWidget(m_loadButton, 0, 3);
    top->addWidget(m_summaryLabel, 1, 0, 1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_buttons);
    m_panel->insertPage(0, m_records, tr("Bac&kup records"));
    m_panel->setEnabled(false);

    connect(m_chooseButton, &QPushButton::clicked, this, &RestoreDialog::onChoose);
    connect(m_loadButton, &QPushButton::clicked, this, [this] { loadBackup(m_pathEdit->text().trimmed()); });
    connect(m_pathEdit, &QLineEdit::returnPressed, m_loadButton, &QPushButton::click);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    resize(QSize(780, 580).boundedTo(screen()->availableGeometry().size() * 0.95));
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::reject()
{
    if (m_panel->isWriting()) {  // as the guided fixes: cancel first, close once it has stopped
        m_panel->cancel();
        return;
    }
    QDialog::reject();
}

void RestoreDialog::onChoose()
{
    auto *dialog = new QFileDialog(this, tr("Backup file"), WriteRunPanel::defaultBackupDirectory(),
                                   tr("Backups (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_pathEdit->setText(QDir::toNativeSeparators(path));
        loadBackup(path);
    });
    dialog->open();
}

void RestoreDialog::showProblem(const QString &problem)
{
    m_summaryLabel->setText(statusLineHtml(CheckStatus::Fail, problem));
    m_summaryLabel->setAccessibleName(problem);
    m_records->clear();
    m_panel->setActions({});
    m_panel->setEnabled(false);
}

void RestoreDialog::loadBackup(const QString &path)
{
    if (m_panel->hasRun())
        return;  // one restore per dialog: its results stay on screen
    if (path.isEmpty())
        return showProblem(tr("Enter or choose the backup file first."));
    QString error;
    const std::optional<Backup> backup = loadBackupFile(QDir::fromNativeSeparators(path), &error);
    if (!backup)
        return showProblem(error);
    const QString mismatch = backupEnvironmentMismatch(*backup, m_session->profile());
    if (!mismatch.isEmpty())
        return showProblem(tr("This backup cannot be restored here: %1. Nothing was written.").arg(mismatch));
    const RestorePlan plan = planRestore(*backup);
    if (!plan.ok())
        return showProblem(tr("This backup cannot be restored: %1").arg(plan.error));
    m_records->clear();
    for (const BackupEntry &entry : backup->entries)
        m_records->addItem(tr("%1: %2").arg(entry.action.record.name.isEmpty()
                                                ? entry.action.record.key
                                                : entry.action.record.name,
                                            entry.existed ? tr("re-created or set back as it was")
                                                          : tr("deleted again (the run created it)")));
    for (const QString &note : plan.notes)
        m_records->addItem(tr("Note: %1").arg(note));
    m_panel->setup(m_session, backup->code, checkIdForCode(backup->code));
    m_panel->setOperation(QStringLiteral("restore"));
    m_panel->setActions(plan.actions);
    m_panel->setEnabled(!plan.actions.isEmpty());
    const QString summary = plan.actions.isEmpty()
        ? tr("Backup of %1 from %2: nothing to restore.")
              .arg(backup->code, QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat))
        : tr("Backup of %1 from %2 (%n record(s)): the restore makes the writes below, one per "
             "record, after a backup of what they overwrite.", nullptr, int(backup->entries.size()))
              .arg(backup->code, QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat));
    m_summaryLabel->setText(statusLineHtml(plan.actions.isEmpty() ? CheckStatus::Pass : CheckStatus::Warning, summary));
    m_summaryLabel->setAccessibleName(summary);
}

} // namespace dwh::gui
