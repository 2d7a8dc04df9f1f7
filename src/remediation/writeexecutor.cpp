// SPDX-License-Identifier: MIT
#include "writeexecutor.h"

#include "serviceclient.h"
#include "serviceclients.h"
#include "targetstate.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace dwh {

namespace {

bool isPlainRecordDelete(const WriteAction &action)
{
    return action.method == "DELETE" && !action.url.path().endsWith(QLatin1String("/$ref"));
}

/** A write that went out and got no answer that says what became of it. */
bool sentButUnanswered(const ServiceReply &reply)
{
    if (reply.ok || reply.cancelled || reply.signInFailed || reply.evidence.isEmpty())
        return false;
    // No HTTP answer (timeout, reset after the request went out), or a gateway's answer that
    // may come after the service applied the write.
    return reply.status == 0 || reply.status == 502 || reply.status == 503 || reply.status == 504;
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
    } else if (sentButUnanswered(reply)) {
        r.outcome = RecordResult::Outcome::Unknown;
        r.message = tr("no answer to the write (%1); the service may or may not have applied it: "
                       "read the record to find out").arg(reply.error);
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
    const WriteAction &action = m_actions.at(index);
    if (!m_cancelled && sentButUnanswered(reply)) {
        // The outcome is unknown until a read tells: the write may have been applied.
        ServiceClient *client = m_clients->client(action.record.service);
        if (client) {
            client->get(action.record.url, false, this, [this, index, reply](const ServiceReply &read) {
                onReadBack(index, reply, read);
            });
            return;
        }
    }
    --m_inFlight;
    m_results[index] = classify(action, reply);
    emit recordFinished(index, m_results.at(index));
    pump();
    finishIfIdle();
}

RecordResult WriteExecutor::classifyReadBack(const WriteAction &action, const ServiceReply &write,
                                             const ServiceReply &read)
{
    RecordResult r;
    r.status = write.status;
    r.evidence = write.evidence + read.evidence;
    TargetState state;
    if (read.ok) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(read.body, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject())
            state = TargetState::of(action, true, doc.object());
        else
            state.detail = tr("the record was not returned as a JSON object");
    } else if (read.status == 404) {
        state = TargetState::of(action, false, QJsonObject());
    } else {
        state.detail = read.error;
    }
    switch (state.value) {
    case TargetState::Value::Reached:
        r.outcome = RecordResult::Outcome::Done;
        r.message = tr("no answer to the write (%1), but a read shows it was applied: %2")
                        .arg(write.error, state.detail);
        break;
    case TargetState::Value::NotReached:
        r.outcome = RecordResult::Outcome::Failed;
        r.message = tr("no answer to the write (%1), and a read shows it was not applied: %2")
                        .arg(write.error, state.detail);
        break;
    case TargetState::Value::Unknown:
        r.outcome = RecordResult::Outcome::Unknown;
        r.message = tr("no answer to the write (%1), and the read that should tell whether it was "
                       "applied did not: %2; read the record to find out")
                        .arg(write.error, state.detail);
        break;
    }
    return r;
}

void WriteExecutor::onReadBack(int index, const ServiceReply &write, const ServiceReply &read)
{
    --m_inFlight;
    m_results[index] = classifyReadBack(m_actions.at(index), write, read);
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
