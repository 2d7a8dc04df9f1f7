// SPDX-License-Identifier: MIT
#include "collectionreader.h"

#include "errormessages.h"
#include "odatapage.h"
#include "serviceclient.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace dwh {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
               == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

CollectionReader::CollectionReader(ServiceClient *client, const QUrl &url, bool singleObject,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_firstUrl(url)
    , m_singleObject(singleObject)
{
}

int CollectionReader::defaultMaxPages(int pageSize)
{
    if (pageSize <= 0)
        return MIN_DEFAULT_PAGES;
    return qMax(MIN_DEFAULT_PAGES, (DEFAULT_ROW_BOUND + pageSize - 1) / pageSize);
}

QString CollectionReader::serviceText() const
{
    return m_client ? serviceDisplayName(m_client->service()) : QString();
}

void CollectionReader::start()
{
    m_seenLinks.insert(m_firstUrl.toString(QUrl::FullyEncoded));
    requestPage(m_firstUrl);
}

void CollectionReader::requestPage(const QUrl &url)
{
    if (!m_client) {
        fail(tr("no client for the service"));
        return;
    }
    const int index = m_pages++;
    m_client->get(url, !m_singleObject, this,
                  [this, index](const ServiceReply &reply) { onReply(index, reply); });
}

void CollectionReader::onReply(int index, const ServiceReply &reply)
{
    if (m_done)
        return;
    m_evidence.append(reply.evidence);
    m_lastEvidence.insert(index, int(m_evidence.size()) - 1);
    if (!reply.ok) {
        const bool stopped = reply.cancelled && !m_cancelReason.isEmpty();
        if (stopped && !m_evidence.isEmpty())
            m_evidence.last().error = m_cancelReason;
        finish(DatasetResult::failure(stopped ? m_cancelReason : reply.error, m_evidence));
        return;
    }
    if (m_singleObject) {  // one small object: no worker needed
        onParsed(index, parseSingleObject(reply.body), isHtmlBody(reply.body), reply.status);
        return;
    }
    // Ask for the next page now when its link can be read from the end of the body.
    const QString early = scanNextLink(reply.body);
    if (!early.isEmpty() && follow(early, true))
        m_followedEarly.insert(index, early);

    auto promise = std::make_shared<QPromise<ODataPage>>();
    auto *watcher = new QFutureWatcher<ODataPage>(this);  // gone with the reader: no late call
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, index, status = reply.status, body = reply.body] {
                const ODataPage page = watcher->result();
                watcher->deleteLater();
                onParsed(index, page, !page.ok() && isHtmlBody(body), status);
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = reply.body] {
        promise->addResult(parseCollectionPage(body));
        promise->finish();
    });
}

void CollectionReader::onParsed(int index, const ODataPage &parsed, bool html, int status)
{
    if (m_done)
        return;
    ODataPage named = parsed;
    if (!named.ok()) {
        named.error = html ? tr("%1: malformed answer: an HTML page instead of JSON (status %2)")
                                 .arg(serviceText())
                                 .arg(status)
                           : QStringLiteral("%1: %2").arg(serviceText(), parsed.error);
    }
    m_parsed.insert(index, named);
    // In page order: a later page parsed first waits for the earlier ones.
    while (!m_done && m_parsed.contains(m_nextToAppend)) {
        const int at = m_nextToAppend++;
        const ODataPage page = m_parsed.take(at);
        if (!page.ok()) {
            const int evidence = m_lastEvidence.value(at, -1);
            if (evidence >= 0 && evidence < m_evidence.size())
                m_evidence[evidence].error = page.error;
            fail(page.error);
            return;
        }
        m_rows.append(page.rows);
        const auto early = m_followedEarly.constFind(at);
        if (early != m_followedEarly.cend()) {
            if (page.nextLink != *early) {
                fail(tr("%1: malformed answer: \"@odata.nextLink\" read twice differently")
                         .arg(serviceText()));
                return;
            }
            continue;  // its next page is on its way
        }
        if (page.nextLink.isEmpty()) {
            finish(DatasetResult::success(m_rows, m_evidence));
            return;
        }
        if (!follow(page.nextLink, false))
            return;
    }
}

bool CollectionReader::follow(const QString &link, bool early)
{
    // Follow the link exactly as sent: no options added, none removed.
    QUrl next = QUrl::fromEncoded(link.toUtf8(), QUrl::TolerantMode);
    const auto refuse = [this, early](const QString &message) {
        if (!early)
            fail(message);
        return false;
    };
    if (!next.isValid()) {
        return refuse(tr("%1: malformed answer: \"@odata.nextLink\" is not a valid URL")
                          .arg(serviceText()));
    }
    if (next.isRelative())
        next = m_firstUrl.resolved(next);
    if (!sameOrigin(next, m_firstUrl)) {
        return refuse(tr("%1: paging link points elsewhere (%2)")
                          .arg(serviceText(), next.host().isEmpty() ? link : next.host()));
    }
    if (m_seenLinks.contains(link)) {
        return refuse(tr("%1: paging loop: the next-page link repeats a page already read")
                          .arg(serviceText()));
    }
    if (m_pages >= m_maxPages) {
        if (early)
            return false;  // said after the parse, with the rows read
        DatasetResult capped = DatasetResult::failure(
            tr("%1: more than %2 pages (%3 rows read); the rest was not read (raise the cap "
               "with --max-pages)")
                .arg(serviceText())
                .arg(m_maxPages)
                .arg(m_rows.size()),
            m_evidence);
        capped.pageCapHit = true;
        finish(capped);
        return false;
    }
    m_seenLinks.insert(link);
    requestPage(next);
    return true;
}

void CollectionReader::cancel(const QString &reason)
{
    fail(reason.isEmpty() ? cancelledMessage() : reason);
}

void CollectionReader::fail(const QString &message)
{
    finish(DatasetResult::failure(message, m_evidence));
}

void CollectionReader::finish(const DatasetResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace dwh
