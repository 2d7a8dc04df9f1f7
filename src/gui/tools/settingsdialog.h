// SPDX-License-Identifier: MIT
// SettingsDialog: the wizard's settings (the bounds of the run history), kept in QSettings.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace dwh::gui {

/**
 * How much history the wizard keeps: at most N runs and M megabytes per profile (QSettings
 * history/maxRuns and history/maxMb, read by HistoryLimits::fromSettings(); the CLI's
 * --history-max-runs / --history-max-mb defaults when unset). Saved on OK only.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace dwh::gui
