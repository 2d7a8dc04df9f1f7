// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

namespace dwh {

class ServiceClient;
struct ServiceReply;

/**
 * Reads one dataset: GETs the first URL and follows `@odata.nextLink` exactly as returned until
 * it is absent, or reads one object (WhoAmI) as the single row. Refuses a next link to another
 * scheme, host or port, a link seen before, and more than MAX_PAGES pages. Emits finished() once
 * with the rows or the reason, and every page's evidence; then deletes itself.
 */
class CollectionReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionReader)
public:
    static constexpr int MAX_PAGES = 1000;

    /** `singleObject`: the answer is one object, not a collection. `client` must outlive it. */
    CollectionReader(ServiceClient *client, const QUrl &url, bool singleObject,
                     QObject *parent = nullptr);

    void start();
    /** Finishes now with `reason` ("cancelled" when empty), keeping the evidence gathered so far. */
    void cancel(const QString &reason = QString());
    /** A request that completes as cancelled from now on fails the dataset with `reason`
     *  instead of "cancelled" (the deadline), its evidence kept. */
    void setCancelReason(const QString &reason) { m_cancelReason = reason; }

signals:
    void finished(const dwh::DatasetResult &result);

private:
    void requestPage(const QUrl &url);
    void onReply(const ServiceReply &reply);
    void fail(const QString &message);
    void finish(const DatasetResult &result);
    QString serviceText() const;

    QPointer<ServiceClient> m_client;
    QString m_cancelReason;
    QUrl m_firstUrl;
    bool m_singleObject;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    QList<QJsonObject> m_rows;
    QList<Evidence> m_evidence;
    bool m_done = false;
};

} // namespace dwh
