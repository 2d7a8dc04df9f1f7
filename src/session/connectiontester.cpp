// SPDX-License-Identifier: MIT
#include "connectiontester.h"

#include "collector.h"
#include "ruleset.h"
#include "tokenprovider.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace dwh::gui {

namespace {

QString firstValue(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = row.value(QLatin1String(key)).toVariant().toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

bool looksLikeSignInRefusal(const QString &error)
{
    return error.contains(QLatin1String("Entra"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("AADSTS"))
        || error.contains(QLatin1String("sign-in"), Qt::CaseInsensitive);
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    drop();
}

QStringList ConnectionTester::checksNeeding(Service service)
{
    QStringList titles;
    for (const Rule &rule : allRules()) {
        const bool needs = std::any_of(rule.descriptor.needs.cbegin(), rule.descriptor.needs.cend(),
                                       [service](Dataset d) { return serviceOf(d) == service; });
        if (needs)
            titles << QCoreApplication::translate("dwh::Rules", rule.descriptor.title.toUtf8().constData());
    }
    return titles;
}

QList<Dataset> ConnectionTester::datasets()
{
    return preflightDatasets();
}

void ConnectionTester::start(const Profile &profile, TokenProvider *tokens)
{
    drop();
    m_preflight.clear();
    m_legalEntities.clear();
    m_collector = new Collector(profile, tokens, CollectorOptions{}, this);
    connect(m_collector, &Collector::finished, this, &ConnectionTester::onCollectorFinished);
    connect(m_collector, &Collector::datasetReady, this, [this](Dataset dataset, const DatasetResult &result) {
        if (dataset == Dataset::DvWhoAmI || dataset == Dataset::FoLegalEntities
            || dataset == Dataset::PpConnections)
            emit serviceFinished(serviceOf(dataset), result.ok());
    });
    m_collector->fetch(datasets());
}

void ConnectionTester::cancel()
{
    drop();
}

bool ConnectionTester::isRunning() const
{
    return m_collector && m_collector->isRunning();
}

void ConnectionTester::drop()
{
    if (m_collector) {
        disconnect(m_collector, nullptr, this, nullptr);
        m_collector->cancel();
        m_collector->deleteLater();
        m_collector = nullptr;
    }
}

void ConnectionTester::onCollectorFinished()
{
    if (!m_collector)
        return;
    const Snapshot &snapshot = m_collector->snapshot();
    QList<ServiceCheck> checks;
    QString signInError;
    auto failure = [&](Service service, const DatasetResult &r) {
        if (signInError.isEmpty() && looksLikeSignInRefusal(r.error))
            signInError = r.error;
        return ServiceCheck{service, false, tr("Failed"), r.error, classifyFailure(r.error, r.evidence)};
    };

    const DatasetResult &whoAmI = snapshot.get(Dataset::DvWhoAmI);
    if (whoAmI.ok()) {
        const QJsonObject me = whoAmI.rows.value(0);
        QStringList details;
        details << tr("User id %1").arg(firstValue(me, {"UserId", "userid"}));
        const DatasetResult &roles = snapshot.get(Dataset::DvUserRoles);
        if (roles.ok()) {
            QStringList names;
            for (const QJsonObject &role : roles.rows)
                names << firstValue(role, {"name", "Name"});
            names.removeAll(QString());
            details << (names.isEmpty() ? tr("no security roles")
                                        : tr("roles: %1").arg(names.join(QStringLiteral(", "))));
        } else {
            details << tr("roles could not be read: %1").arg(roles.error);
        }
        checks << ServiceCheck{Service::Dataverse, true, tr("Signed in"), details.join(QStringLiteral("; "))};
    } else {
        checks << failure(Service::Dataverse, whoAmI);
    }

    const DatasetResult &entities = snapshot.get(Dataset::FoLegalEntities);
    if (entities.ok()) {
        for (const QJsonObject &row : entities.rows)
            m_legalEntities << LegalEntityChoice{firstValue(row, {"LegalEntityId"}),
                                                 firstValue(row, {"Name"})};
        checks << ServiceCheck{Service::FinanceAndOperations, true, tr("Reachable"),
                               tr("Signed in; %n legal entities", nullptr, int(entities.rows.size()))};
    } else {
        checks << failure(Service::FinanceAndOperations, entities);
    }

    const DatasetResult &connections = snapshot.get(Dataset::PpConnections);
    if (connections.ok()) {
        checks << ServiceCheck{Service::PowerPlatform, true, tr("Reachable"),
                               tr("Signed in; %n connections in the environment", nullptr,
                                  int(connections.rows.size()))};
    } else {
        checks << failure(Service::PowerPlatform, connections);
    }

    bool allOk = true;
    for (const ServiceCheck &c : checks)
        allOk = allOk && c.ok;
    m_preflight = signInError.isEmpty() ? evaluatePreflight(snapshot) : QList<PreflightRow>();
    drop();
    emit finished(checks, allOk, signInError);
}

} // namespace dwh::gui
