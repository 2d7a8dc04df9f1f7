// SPDX-License-Identifier: MIT
// RuleEvaluation: runs a step's rules on a thread-pool thread and hands the results back to the
// thread its owner lives on, so that judging a large tenant never holds up the GUI thread.
#pragma once

#include "checkresult.h"
#include "linkcontext.h"
#include "ruleset.h"
#include "snapshot.h"

#include <QList>
#include <QObject>

#include <memory>

namespace dwh {

/**
 * One evaluation at a time: start() evaluates the rules, in order, on a copy of the snapshot
 * (the facts may go on growing while it works: reads ahead for step 2) in QThreadPool's global
 * pool, and finished() follows once, queued, on this object's thread, with the results in rule
 * order. A second start(), cancelDelivery() or the destructor drop the results of the one under
 * way (its thread finishes its rule and posts nothing). Rules are pure (ruleset.h), so the
 * results are those of evaluateRule() on the calling thread.
 */
class RuleEvaluation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEvaluation)
public:
    explicit RuleEvaluation(QObject *parent = nullptr);
    ~RuleEvaluation() override;

    void start(QList<Rule> rules, Snapshot snapshot, LinkContext context);
    /** The results of the evaluation under way will not be delivered. */
    void cancelDelivery();
    bool isRunning() const { return m_channel != nullptr; }

signals:
    void finished(const QList<dwh::CheckResult> &results);

private:
    struct Channel;
    void deliver(const std::shared_ptr<Channel> &channel, const QList<CheckResult> &results);

    std::shared_ptr<Channel> m_channel;  // the evaluation under way, or null
};

} // namespace dwh
