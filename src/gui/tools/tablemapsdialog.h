// SPDX-License-Identifier: MIT
// The "Table maps" dialog of the report page: every map's state and recent errors, read live.
#pragma once

#include "tablemaps.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TableMapsDialog;
}

namespace dwh {
class Collector;
}

namespace dwh::gui {

class WizardSession;

/**
 * Reads the maps' datasets (mapsDatasets()) with the session's sign-in and shows the maps (state,
 * tables, errors in the window) and the recent errors grouped by cause with the troubleshooter's
 * documented fix. A fact that cannot be read shows why and the missing right, never an empty
 * table. Read-only.
 */
class TableMapsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableMapsDialog)
public:
    explicit TableMapsDialog(WizardSession *session, QWidget *parent = nullptr);
    ~TableMapsDialog() override;

    /** Starts a read (also done once when the dialog opens). */
    void read();
    bool isReading() const;
    const MapsOverview &overview() const { return m_overview; }

signals:
    void readFinished();

private:
    void onFinished();
    void showOverview(const MapsOverview &overview);

    std::unique_ptr<Ui::TableMapsDialog> m_ui;
    WizardSession *m_session;
    std::unique_ptr<Collector> m_collector;
    MapsOverview m_overview;
};

} // namespace dwh::gui
