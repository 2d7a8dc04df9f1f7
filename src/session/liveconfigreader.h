// SPDX-License-Identifier: MIT
// LiveConfigReader: what a dual-write reset deletes, read now (the datasets
// dv.runtimeConfigsFull and fo.projectConfigsFull).
#pragma once

#include "snapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace dwh {
class FactSource;
class TokenProvider;
} // namespace dwh

namespace dwh::gui {

class WizardSession;

/**
 * Reads, now, what a dual-write reset deletes: every Dataverse msdyn_dualwriteruntimeconfigs
 * row and every F&O DualWriteProjectConfigurations row (cross-company), in full (all columns the
 * services expose, IntegrationKey and FieldMap included): the datasets dv.runtimeConfigsFull and
 * fo.projectConfigsFull, through a live FactSource like every other read (docs/wire.md). Reads
 * only. finished() comes once per read(), later; a read() while one runs is ignored.
 */
class LiveConfigReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConfigReader)
public:
    /** `session` must outlive the reader; its profile, secret and request limits are taken at
     *  each read(). */
    explicit LiveConfigReader(WizardSession *session, QObject *parent = nullptr);
    ~LiveConfigReader() override;

    void read();
    bool isReading() const { return m_reading; }
    bool hasRead() const { return m_hasRead; }
    const DatasetResult &runtimeConfigs() const { return m_runtime; }
    const DatasetResult &projectConfigs() const { return m_projects; }

signals:
    void finished();

private:
    void onFetched();

    WizardSession *m_session;
    QPointer<TokenProvider> m_tokens;
    std::unique_ptr<FactSource> m_facts;  // declared after the tokens: goes before them
    DatasetResult m_runtime;
    DatasetResult m_projects;
    bool m_reading = false;
    bool m_hasRead = false;
};

} // namespace dwh::gui
