// SPDX-License-Identifier: MIT
#pragma once

#include "troubleshooter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TroubleshooterDialog;
}

namespace dwh {
struct Report;
}

namespace dwh::gui {

class CheckRerun;
class WizardSession;

/**
 * "Explain this error" in the wizard: paste a message or pick a symptom of the troubleshooting
 * articles (Troubleshooter), see the cause, the fix steps, the documentation, the fields parsed
 * out of the message (version mismatches, session ids) and the checks that confirm the cause,
 * which "Run these checks" runs on the spot (HealthEngine::runChecks).
 */
class TroubleshooterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleshooterDialog)
public:
    explicit TroubleshooterDialog(WizardSession *session, QWidget *parent = nullptr);
    ~TroubleshooterDialog() override;

    /** Puts `text` in the message box and explains it (as the Explain button does). */
    void explainText(const QString &text);
    /** The symptom shown, or an empty id. */
    QString currentSymptomId() const { return m_symptom.id; }

private:
    void onExplainClicked();
    void onSymptomPicked(int index);
    /** Back to "no answer": explanation, parsed fields and check results all cleared. */
    void clearAnswer();
    void showSymptom(const Symptom &symptom, const SymptomMatch *match);
    void showFields(const SymptomMatch *match);
    void showChecks(const Symptom &symptom);
    void onRunChecksClicked();
    void onChecksFinished(const Report &report);

    std::unique_ptr<Ui::TroubleshooterDialog> m_ui;
    Troubleshooter m_troubleshooter;
    Symptom m_symptom;
    CheckRerun *m_rerun;
};

} // namespace dwh::gui
