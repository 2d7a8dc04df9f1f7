// SPDX-License-Identifier: MIT
#pragma once

#include "sessionpage.h"

#include <memory>

namespace Ui {
class ReportPage;
}

namespace dwh::gui {

/** Page 6: the summary of the run and saving the JSON report. */
class ReportPage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)
public:
    explicit ReportPage(WizardSession *session, QWidget *parent = nullptr);
    ~ReportPage() override;

    void initializePage() override;

    /** "dwhealth-<profile>-<yyyy-MM-dd>.json", safe as a file name. */
    static QString defaultFileName(const QString &profileName, const QDate &date);

private:
    void onSaveClicked();
    void onFileSelected(const QString &path);

    std::unique_ptr<Ui::ReportPage> m_ui;
};

} // namespace dwh::gui
