// SPDX-License-Identifier: MIT
// SettingsDialog: the history bounds, read from and saved to QSettings.
#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "historystore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace dwh::gui {

namespace {
constexpr qint64 Megabyte = 1024 * 1024;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    const HistoryLimits limits = HistoryLimits::fromSettings();
    m_ui->maxRunsSpin->setValue(limits.maxRuns);
    m_ui->maxMbSpin->setValue(int(limits.maxBytes / Megabyte));
    // The spin boxes' editors take the focus: they say what their box says.
    for (QSpinBox *spin : {m_ui->maxRunsSpin, m_ui->maxMbSpin}) {
        if (auto *edit = spin->findChild<QLineEdit *>()) {
            edit->setAccessibleName(spin->accessibleName());
            edit->setAccessibleDescription(spin->accessibleDescription());
        }
    }
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setAccessibleDescription(tr("Save the settings"));
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setAccessibleDescription(tr("Close without saving"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("history/maxRuns"), m_ui->maxRunsSpin->value());
    settings.setValue(QStringLiteral("history/maxMb"), m_ui->maxMbSpin->value());
    QDialog::accept();
}

} // namespace dwh::gui
