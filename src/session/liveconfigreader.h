// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot.h"

#include <QObject>
#include <QPointer>

namespace dwh {
class ServiceClients;
class TokenProvider;
} // namespace dwh

namespace dwh::gui {

class WizardSession;

/**
 * Reads, now, what a dual-write reset deletes: every Dataverse msdyn_dualwriteruntimeconfigs
 * row and every F&O DualWriteProjectConfigurations row (cross-company), in full (all columns the
 * services expose, IntegrationKey and FieldMap included). Reads only. finished() comes once per
 * read(), later; a read() while one runs is ignored.
 */
class LiveConfigReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConfigReader)
public:
    /** `session` must outlive the reader; its profile and secret are taken at each read(). */
    explicit LiveConfigReader(WizardSession *session, QObject *parent = nullptr);
    ~LiveConfigReader() override;

    void read();
    bool isReading() const { return m_pending > 0; }
    bool hasRead() const { return m_hasRead; }
    const DatasetResult &runtimeConfigs() const { return m_runtime; }
    const DatasetResult &projectConfigs() const { return m_projects; }

signals:
    void finished();

private:
    void onRead(DatasetResult *slot, const DatasetResult &result);

    WizardSession *m_session;
    QPointer<TokenProvider> m_tokens;
    ServiceClients *m_clients = nullptr;
    DatasetResult m_runtime;
    DatasetResult m_projects;
    int m_pending = 0;
    bool m_hasRead = false;
};

} // namespace dwh::gui
