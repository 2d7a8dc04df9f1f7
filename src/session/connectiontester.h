// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "failurecause.h"
#include "legalentitychoice.h"
#include "preflight.h"
#include "profile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace dwh {
class Collector;
class TokenProvider;
} // namespace dwh

namespace dwh::gui {

/** What "Test connection" found out about one service. */
struct ServiceCheck
{
    Service service = Service::Dataverse;
    bool ok = false;
    QString result;   // "Signed in", "Reachable", or what failed, in a few words
    QString details;  // who am I, roles, counts; or the full error
    FailureCause cause = FailureCause::None;  // why it failed (None when ok)
};

/**
 * "Test connection": signs in to Dataverse, finance and operations and the Power Platform API
 * through the session's token provider (any auth.mode; the run then reuses its tokens) and reads
 * who-am-I, the signed-in user's roles, the legal entities and the environment's connections,
 * all in parallel, without blocking; then judges which checks that identity can run
 * (preflight()). Emits finished() once per start(); a new start() or cancel() abandons the run
 * under way (no finished() for it). The token provider is borrowed, never deleted here.
 */
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const Profile &profile, TokenProvider *tokens);
    void cancel();
    bool isRunning() const;

    /** The datasets the test reads. */
    static QList<Dataset> datasets();
    /** The titles of the checks that read from `service` (they are `unknown` without it). */
    static QStringList checksNeeding(Service service);
    /** The least-privilege preflight of the last finished test (empty before one). */
    const QList<PreflightRow> &preflight() const { return m_preflight; }
    /** The F&O legal entities the last finished test read (LegalEntityId, Name), in F&O's
     *  order; empty before a test or when they could not be read. */
    const QList<LegalEntityChoice> &legalEntities() const { return m_legalEntities; }

signals:
    /** One service's part of the test is done (Dataverse: who-am-I; finance and operations: the
     *  legal entities; Power Platform: the connections), before finished(). */
    void serviceFinished(dwh::Service service, bool ok);
    /** One entry per service (Dataverse, finance and operations, Power Platform), in that order.
     *  `signInError` is set when the sign-in itself failed (for whatever cause: the checks say
     *  which). */
    void finished(const QList<dwh::gui::ServiceCheck> &checks, bool allOk, const QString &signInError);

private:
    void onCollectorFinished();
    void drop();

    QPointer<Collector> m_collector;
    QList<PreflightRow> m_preflight;
    QList<LegalEntityChoice> m_legalEntities;
};

} // namespace dwh::gui
