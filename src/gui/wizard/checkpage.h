// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "sessionpage.h"

#include <QPointer>

#include <memory>

class QModelIndex;

namespace Ui {
class CheckPage;
}

namespace dwh {
class HealthEngine;
struct CheckResult;
struct Report;
} // namespace dwh

namespace dwh::gui {

class CheckListModel;

/**
 * Pages 3 and 4: one step of the health check (prerequisites, or dependency validation grouped
 * under APIHubConnection, StaleConfiguration and BusinessUnit). Runs the step on the session's
 * engine when shown, with progress, cancel and re-run; lists every check and explains the
 * selected one. Never blocks: everything arrives through the engine's signals.
 */
class CheckPage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)
public:
    CheckPage(Step step, WizardSession *session, QWidget *parent = nullptr);
    ~CheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const { return m_running; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startRun();
    /** The session's results of this step (Back then Next, or a verification elsewhere), shown
     *  without reading anything again. */
    void showSessionResults();
    /** Selects `checkId` again (else the first finding) and shows its details. */
    void selectAgain(const QString &checkId);
    int stepIndex() const;
    void attach(HealthEngine *engine);
    void onCheckFinished(Step step, const CheckResult &result);
    void onProgress(int done, int total);
    void onEngineFinished(const Report &report);
    void onCancelClicked();
    void onRerunClicked();
    void onCurrentChanged(const QModelIndex &current);
    void onCopyClicked();
    void updateRunState();
    void showOutcome(const Report &report);
    void selectFirstFinding();
    bool prerequisitesFailed() const;

    Step m_step;
    std::unique_ptr<Ui::CheckPage> m_ui;
    CheckListModel *m_model;
    QPointer<HealthEngine> m_engine;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_hasRun = false;
    bool m_detailsStale = false;  // the results changed while the page was hidden
    QString m_staleSelection;     // the check selected then
};

} // namespace dwh::gui
