// SPDX-License-Identifier: MIT
#include "collectionreader.h"

#include "errormessages.h"
#include "odatapage.h"
#include "serviceclient.h"

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
    ++m_pages;
    m_client->get(url, !m_singleObject, this,
                  [this](const ServiceReply &reply) { onReply(reply); });
}

void CollectionReader::onReply(const ServiceReply &reply)
{
    if (m_done)
        return;
    m_evidence.append(reply.evidence);
    if (!reply.ok) {
        const bool stopped = reply.cancelled && !m_cancelReason.isEmpty();
        if (stopped && !m_evidence.isEmpty())
            m_evidence.last().error = m_cancelReason;
        finish(DatasetResult::failure(stopped ? m_cancelReason : reply.error, m_evidence));
        return;
    }
    const ODataPage page =
        m_singleObject ? parseSingleObject(reply.body) : parseCollectionPage(reply.body);
    if (!page.ok()) {
        const QString message = isHtmlBody(reply.body)
            ? tr("%1: malformed answer: an HTML page instead of JSON (status %2)")
                  .arg(serviceText())
                  .arg(reply.status)
            : QStringLiteral("%1: %2").arg(serviceText(), page.error);
        if (!m_evidence.isEmpty())
            m_evidence.last().error = message;
        fail(message);
        return;
    }
    m_rows.append(page.rows);
    if (page.nextLink.isEmpty()) {
        finish(DatasetResult::success(m_rows, m_evidence));
        return;
    }

    // Follow the link exactly as sent: no options added, none removed.
    QUrl next = QUrl::fromEncoded(page.nextLink.toUtf8(), QUrl::TolerantMode);
    if (!next.isValid()) {
        fail(tr("%1: malformed answer: \"@odata.nextLink\" is not a valid URL")
                 .arg(serviceText()));
        return;
    }
    if (next.isRelative())
        next = m_firstUrl.resolved(next);
    if (!sameOrigin(next, m_firstUrl)) {
        fail(tr("%1: paging link points elsewhere (%2)")
                 .arg(serviceText(), next.host().isEmpty() ? page.nextLink : next.host()));
        return;
    }
    if (m_seenLinks.contains(page.nextLink) || m_pages >= MAX_PAGES) {
        fail(m_pages >= MAX_PAGES
                 ? tr("%1: paging loop: more than %2 pages").arg(serviceText()).arg(MAX_PAGES)
                 : tr("%1: paging loop: the next-page link repeats a page already read")
                       .arg(serviceText()));
        return;
    }
    m_seenLinks.insert(page.nextLink);
    requestPage(next);
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
