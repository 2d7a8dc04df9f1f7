// SPDX-License-Identifier: MIT
#include "backupreader.h"

#include "serviceclient.h"
#include "serviceclients.h"

#include <QJsonDocument>
#include <QTimer>

namespace dwh {

namespace {

QString recordLabel(const RecordRef &r)
{
    return QStringLiteral("%1 (%2 %3)").arg(r.name, r.entitySet, r.key);
}

} // namespace

BackupReader::BackupReader(ServiceClients *clients, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
{
}

BackupReader::~BackupReader() = default;

void BackupReader::read(const QList<WriteAction> &actions)
{
    m_entries.clear();
    m_errors.clear();
    m_pending = int(actions.size());
    if (actions.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(m_entries, m_errors); });
        return;
    }
    for (int i = 0; i < actions.size(); ++i) {
        BackupEntry entry;
        entry.action = actions.at(i);
        m_entries.append(entry);
    }
    for (int i = 0; i < actions.size(); ++i) {
        const WriteAction &action = actions.at(i);
        ServiceClient *client = m_clients->client(action.record.service);
        if (!client) {
            m_errors << tr("%1: no client for this service").arg(recordLabel(action.record));
            QTimer::singleShot(0, this, &BackupReader::finishOne);
            continue;
        }
        const bool mayBeAbsent = m_absentAllowed || action.method == "POST";
        client->get(action.record.url, false, this,
                    [this, i, mayBeAbsent](const ServiceReply &reply) {
            BackupEntry &entry = m_entries[i];
            const QString label = recordLabel(entry.action.record);
            if (reply.ok) {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                    m_errors << tr("%1: the service did not return the record as a JSON object")
                                    .arg(label);
                } else {
                    entry.existed = true;
                    entry.record = doc.object();
                }
            } else if (mayBeAbsent && reply.status == 404) {
                entry.existed = false;  // the write creates it
            } else {
                m_errors << tr("%1: could not be read for the backup: %2").arg(label, reply.error);
            }
            finishOne();
        });
    }
}

void BackupReader::cancel()
{
    m_clients->cancelAll();  // every pending read completes as cancelled
}

void BackupReader::finishOne()
{
    if (--m_pending == 0)
        emit finished(m_entries, m_errors);
}

} // namespace dwh
