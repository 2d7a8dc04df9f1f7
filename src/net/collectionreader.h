// SPDX-License-Identifier: MIT
#pragma once

#include "odatapage.h"
#include "snapshot.h"

#include <QMap>
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
 * scheme, host or port, a link seen before, and more pages than its cap (maxPages(), by default
 * derived from the page size: --max-pages); past the cap the dataset fails with `pageCapHit` set.
 * Emits finished() once with the rows or the reason, and every page's evidence; then deletes
 * itself.
 *
 * Pages are parsed on a worker thread (QThreadPool), off the GUI thread. The next page is asked
 * for as soon as its link is known: read from the end of the body (scanNextLink()) before the
 * page is parsed, so the chain of pages waits on the network, not on the parse; the parse must
 * then find the same link, or the dataset fails as a malformed answer. Rows are kept in page
 * order whatever order the parses finish in.
 */
class CollectionReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionReader)
public:
    /** The fewest pages a dataset may have by default, whatever the page size. */
    static constexpr int MIN_DEFAULT_PAGES = 1000;
    /** Rows a dataset may have by default: the page cap is this over the page size. */
    static constexpr int DEFAULT_ROW_BOUND = 5000000;
    /** The default cap for pages of `pageSize` rows: max(1000, 5,000,000 / pageSize). */
    static int defaultMaxPages(int pageSize);

    /** `singleObject`: the answer is one object, not a collection. `client` must outlive it. */
    CollectionReader(ServiceClient *client, const QUrl &url, bool singleObject,
                     QObject *parent = nullptr);

    void start();
    /** Finishes now with `reason` ("cancelled" when empty), keeping the evidence gathered so far. */
    void cancel(const QString &reason = QString());
    /** A request that completes as cancelled from now on fails the dataset with `reason`
     *  instead of "cancelled" (the deadline), its evidence kept. */
    void setCancelReason(const QString &reason) { m_cancelReason = reason; }
    /** At most `pages` pages (at least 1); MIN_DEFAULT_PAGES unless set. */
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }

signals:
    void finished(const dwh::DatasetResult &result);

private:
    void requestPage(const QUrl &url);
    void onReply(int index, const ServiceReply &reply);
    /** Page `index` parsed (`html`: its body was an HTML page; `status`: its HTTP status). */
    void onParsed(int index, const ODataPage &page, bool html, int status);
    /** Validates a page's next `link` and asks for it; false when it did not (and, unless
     *  `early`, failed the dataset). `early`: read before the parse, so a refused link is left
     *  for the parse to judge. */
    bool follow(const QString &link, bool early);
    void fail(const QString &message);
    void finish(const DatasetResult &result);
    QString serviceText() const;

    QPointer<ServiceClient> m_client;
    QString m_cancelReason;
    QUrl m_firstUrl;
    bool m_singleObject;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    int m_maxPages = MIN_DEFAULT_PAGES;
    QMap<int, ODataPage> m_parsed;      // parsed pages not yet appended, by index
    QMap<int, QString> m_followedEarly;  // page index → the next link asked for before its parse
    QMap<int, int> m_lastEvidence;       // page index → its last exchange in m_evidence
    int m_nextToAppend = 0;
    QList<QJsonObject> m_rows;
    QList<Evidence> m_evidence;
    bool m_done = false;
};

} // namespace dwh
