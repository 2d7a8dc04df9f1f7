// SPDX-License-Identifier: MIT
#include "writeexecutor.h"

#include "serviceclient.h"
#include "serviceclients.h"

#include <QTimer>

#include <algorithm>

namespace dwh {

namespace {

bool isPlainRecordDelete(const WriteAction &action)
{
    return action.method == "DELETE" && !action.url.path().endsWith(QLatin1String("/$ref"));
}

} // namespace

WriteExecutor::WriteExecutor(ServiceClients *clients, int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_maxConcurrent(std::clamp(maxConcurrent, 1, 16))
{
}

WriteExecutor::~WriteExecutor() = default;

void WriteExecutor::start(const QList<WriteAction> &actions)
{
    m_actions = actions;
    m_results = QList<RecordResult>(actions.size());
    for (RecordResult &r : m_results)
        r.message = tr("not attempted");
    m_next = 0;
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfIdle();
    });
}

void WriteExecutor::pump()
{
    while (!m_cancelled && m_inFlight < m_maxConcurrent && m_next < m_actions.size()) {
        const int index = m_next++;
        const WriteAction &action = m_actions.at(index);
        ServiceClient *client = m_clients->client(action.record.service);
        if (!client) {
            m_results[index].outcome = RecordResult::Outcome::Failed;
            m_results[index].message = tr("no client for the service of this record");
            emit recordFinished(index, m_results.at(index));
            continue;
        }
        ++m_inFlight;
        emit recordStarted(index);
        client->request(action.method, action.url, action.payload(), action.headers(), this,
                        [this, index](const ServiceReply &reply) { onReply(index, reply); });
    }
}

RecordResult WriteExecutor::classify(const WriteAction &action, const ServiceReply &reply)
{
    RecordResult r;
    r.status = reply.status;
    r.evidence = reply.evidence;
    if (reply.ok) {
        r.outcome = RecordResult::Outcome::Done;
        r.message = tr("the service confirmed it (HTTP %1)").arg(reply.status);
    } else if (reply.cancelled) {
        const int lastStatus = reply.evidence.isEmpty() ? -1 : reply.evidence.last().status;
        if (reply.evidence.isEmpty() || lastStatus == 429 || lastStatus == 503) {
            r.outcome = RecordResult::Outcome::NotAttempted;
            r.message = tr("cancelled before the write was accepted by the service");
        } else {
            r.outcome = RecordResult::Outcome::Unknown;
            r.message = tr("cancelled while the request was on its way; the service may or may "
                           "not have applied it: read the record to find out");
        }
    } else if (reply.status == 404 && isPlainRecordDelete(action)) {
        r.outcome = RecordResult::Outcome::Done;
        r.message = tr("already gone (HTTP 404): %1").arg(reply.error);
    } else {
        r.outcome = RecordResult::Outcome::Failed;
        r.message = reply.error;
    }
    return r;
}

void WriteExecutor::onReply(int index, const ServiceReply &reply)
{
    --m_inFlight;
    m_results[index] = classify(m_actions.at(index), reply);
    emit recordFinished(index, m_results.at(index));
    pump();
    finishIfIdle();
}

void WriteExecutor::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (int i = m_next; i < m_actions.size(); ++i)
        m_results[i].message = tr("not attempted: cancelled before it was sent");
    m_next = int(m_actions.size());
    m_clients->cancelAll();  // in-flight writes complete (as cancelled) through onReply
    finishIfIdle();
}

void WriteExecutor::finishIfIdle()
{
    if (!m_running || m_inFlight > 0 || (!m_cancelled && m_next < m_actions.size()))
        return;
    m_running = false;
    emit finished(m_results);
}

} // namespace dwh
