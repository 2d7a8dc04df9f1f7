// SPDX-License-Identifier: MIT
#pragma once

#include "historystore.h"
#include "historywriter.h"
#include "pdfoptions.h"
#include "sessionpage.h"

#include <QTimer>

#include <memory>

namespace Ui {
class ReportPage;
}

namespace dwh {
class TraceRecorder;
struct RenderOptions;
}

namespace dwh::gui {

/**
 * Page 6: the summary of the run; its history (the past runs of this profile and what changed
 * since the one chosen, the previous by default); exporting it in every format with the
 * redaction and cover options, previewed before saving; the evidence bundle. Stores every
 * finished run of the session in the history and records the run's HTTP trace for the bundle.
 */
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
    /** Where runs are stored (default: HistoryStore::defaultRoot()); for tests. */
    void setHistoryRoot(const QString &root);

private:
    void showSummary();
    void onReportChanged();
    void onHistoryWritten(const QString &path, const QDateTime &startedAt, const QString &error);
    void showHistory();
    void showChanges();
    void schedulePreview();
    void updatePreview();
    RenderOptions renderOptions() const;
    QString exportFormat() const;
    /** "PDF", "HTML", "Markdown", "JUnit XML", "JSON" for the format ids. */
    static QString formatDisplayName(const QString &format);

    void onSaveClicked();
    void onFileSelected(const QString &path);
    void onExportClicked();
    void onExportFileSelected(const QString &path);
    void onLogoClicked();
    void onBundleClicked();
    void onMapsClicked();  // the Table maps dialog
    void onBundleFileSelected(const QString &path);
    void showSaved(bool ok, const QString &path, const QString &error);

    std::unique_ptr<Ui::ReportPage> m_ui;
    TraceRecorder *m_trace;  // every HTTP exchange of the session's runs, for the bundle
    /** The PDF's "Table maps and recent errors", once the Table maps dialog has read them. */
    QList<PdfExtraSection> m_mapsSection;
    HistoryStore m_history;
    HistoryWriter *m_writer;  // stores the runs off the GUI thread
    QString m_storedPath;    // the current run's file in the history
    QDateTime m_storedStartedAt;  // and the start of the run it holds
    QString m_storeError;
    bool m_demoRun = false;  // the current run is a demo: not stored
    QTimer m_previewTimer;
};

} // namespace dwh::gui
