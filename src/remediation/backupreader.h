// SPDX-License-Identifier: MIT
#pragma once

#include "backup.h"
#include "writeaction.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace dwh {

class ServiceClients;

/**
 * Reads every record a list of writes will touch, in full (`GET` of `record.url`), for the
 * backup. A record to be created (POST) may be absent (404: `existed` false); any other record
 * that cannot be read is an error naming it, and the caller must then write nothing.
 */
class BackupReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupReader)
public:
    explicit BackupReader(ServiceClients *clients, QObject *parent = nullptr);
    ~BackupReader() override;

    /** Every record may be absent (404: `existed` false), not only those a POST creates. */
    void setAbsentAllowed(bool allowed) { m_absentAllowed = allowed; }
    /** Starts the reads; finished() comes once, later. */
    void read(const QList<WriteAction> &actions);
    void cancel();

signals:
    /** `entries` in the order of the actions; `errors` empty when every record was read. */
    void finished(const QList<dwh::BackupEntry> &entries, const QStringList &errors);

private:
    void finishOne();

    ServiceClients *m_clients;
    QList<BackupEntry> m_entries;
    QStringList m_errors;
    int m_pending = 0;
    bool m_absentAllowed = false;
};

} // namespace dwh
