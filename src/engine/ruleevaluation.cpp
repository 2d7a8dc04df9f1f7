// SPDX-License-Identifier: MIT
// RuleEvaluation: a step's rules judged on a thread-pool thread, the results posted back.
#include "ruleevaluation.h"

#include <QMutex>
#include <QThreadPool>

namespace dwh {

/** Shared by the owner and its pool task: the task posts its results through it only while the
 *  owner still wants them (target set); the owner clears target under the lock. */
struct RuleEvaluation::Channel
{
    QMutex mutex;
    RuleEvaluation *target = nullptr;
    bool dropped() const { return target == nullptr; }
};

RuleEvaluation::RuleEvaluation(QObject *parent)
    : QObject(parent)
{
}

RuleEvaluation::~RuleEvaluation()
{
    cancelDelivery();
}

void RuleEvaluation::cancelDelivery()
{
    if (!m_channel)
        return;
    const QMutexLocker lock(&m_channel->mutex);
    m_channel->target = nullptr;
    m_channel.reset();
}

void RuleEvaluation::start(QList<Rule> rules, Snapshot snapshot, LinkContext context)
{
    cancelDelivery();
    auto channel = std::make_shared<Channel>();
    channel->target = this;
    m_channel = channel;
    QThreadPool::globalInstance()->start(
        [channel, rules = std::move(rules), snapshot = std::move(snapshot),
         context = std::move(context)] {
            QList<CheckResult> results;
            results.reserve(rules.size());
            for (const Rule &rule : rules) {
                {
                    const QMutexLocker lock(&channel->mutex);
                    if (channel->dropped())
                        return;  // nobody waits for these any more
                }
                results << evaluateRule(rule, snapshot, context);
            }
            // Posted under the lock: the owner cannot be destroyed in between (its destructor
            // takes the lock); a posted call to an object destroyed later is discarded by Qt.
            const QMutexLocker lock(&channel->mutex);
            if (RuleEvaluation *target = channel->target) {
                QMetaObject::invokeMethod(
                    target, [target, channel, results] { target->deliver(channel, results); },
                    Qt::QueuedConnection);
            }
        });
}

void RuleEvaluation::deliver(const std::shared_ptr<Channel> &channel,
                             const QList<CheckResult> &results)
{
    if (channel != m_channel)
        return;  // dropped after it was posted
    m_channel.reset();
    emit finished(results);
}

} // namespace dwh
