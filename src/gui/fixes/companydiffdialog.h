// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class QModelIndex;

namespace Ui {
class CompanyDiffDialog;
}

namespace dwh {
class Snapshot;
struct Report;
} // namespace dwh

namespace dwh::gui {

class CheckRerun;
class CompanyDiffFilter;
class CompanyDiffModel;
class WizardSession;

/**
 * Guided fix for DWDVEV1003 / DWFOEV1003: the legal entities selected for dual-write, F&O
 * LegalEntities and Dataverse cdm_companies side by side (companydiff.h), with a filter, a
 * search box, the fix steps of the selected row, CSV export and "Verify", which re-runs only the
 * company checks. Reads the session's last run; never writes to the tenant.
 */
class CompanyDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyDiffDialog)
public:
    /** `code`: the finding the dialog was opened for (DWDVEV1003 or DWFOEV1003). */
    CompanyDiffDialog(const QString &code, WizardSession *session, QWidget *parent = nullptr);
    ~CompanyDiffDialog() override;

    /** The checks "Verify" runs: dep.company.dataverse, dep.company.fo, dep.company.owning-team. */
    static QStringList companyCheckIds();
    /** Writes the grid as CSV to `path`; false with the reason in `error`. */
    bool exportCsv(const QString &path, QString *error) const;

private:
    void showSnapshot(const Snapshot *snapshot);
    void updateCount();
    void onCurrentChanged(const QModelIndex &current);
    void onExportClicked();
    void onExportFileSelected(const QString &path);
    void onVerifyClicked();
    void onVerifyFinished(const Report &report);

    std::unique_ptr<Ui::CompanyDiffDialog> m_ui;
    QString m_code;
    WizardSession *m_session;
    CompanyDiffModel *m_model;
    CompanyDiffFilter *m_filter;
    CheckRerun *m_rerun;
};

} // namespace dwh::gui
