// SPDX-License-Identifier: MIT
// An evidence bundle turned into a simulator scenario: recorded answers plus the rows they held.
#include "bundlescenario.h"

#include "evidencebundle.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dwh::sim {

namespace {

const QString apiPrefix = QStringLiteral("/api/data/v9.2/");

/** A row as a table holds it: no annotations (`@odata.etag`, `…@OData.Community…`). */
QJsonObject tableRow(const QJsonObject &row, bool scalarsOnly)
{
    QJsonObject out;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().contains(u'@'))
            continue;
        if (scalarsOnly && (it.value().isObject() || it.value().isArray()))
            continue;  // an $expand: the routes expand from the target table themselves
        out.insert(it.key(), it.value());
    }
    return out;
}

/** Adds `row` to `rows`, merged into the row with the same `key` value when there is one. */
void mergeRow(QJsonArray *rows, const QJsonObject &row, const QString &key)
{
    const QString id = key.isEmpty() ? QString() : row.value(key).toString();
    for (qsizetype i = 0; i < rows->size(); ++i) {
        QJsonObject existing = rows->at(i).toObject();
        if (id.isEmpty() ? existing == row
                         : existing.value(key).toString().compare(id, Qt::CaseInsensitive) == 0) {
            for (auto it = row.begin(); it != row.end(); ++it)
                existing.insert(it.key(), it.value());
            rows->replace(i, existing);
            return;
        }
    }
    rows->append(row);
}

void addRows(QJsonObject *section, const QString &table, const QJsonArray &value,
             const QString &key, bool scalarsOnly)
{
    QJsonArray rows = section->value(table).toArray();
    for (const QJsonValue &v : value) {
        if (v.isObject())
            mergeRow(&rows, tableRow(v.toObject(), scalarsOnly), key);
    }
    section->insert(table, rows);
}

/** The rows of one recorded 200 GET answer, into the scenario's sections. */
void collect(const RecordedTrace::Exchange &e, QJsonObject *dataverse, QJsonObject *fno,
             QJsonObject *powerPlatform)
{
    if (e.method != QLatin1String("GET") || e.answer.status != 200)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(e.answer.body);
    if (!doc.isObject())
        return;  // a malformed answer holds no rows
    const QJsonObject body = doc.object();
    const QString path = QUrl(e.pathAndQuery).path(QUrl::FullyDecoded);
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (e.listener == ServiceName::dataverse) {
        if (path == apiPrefix + QLatin1String("WhoAmI")) {
            dataverse->insert(QStringLiteral("whoami"), tableRow(body, true));
            return;
        }
        const QString set = RecordedTrace::entitySetOf(e.listener, path);
        const EntitySetInfo *info = Schema::dataverse().entitySet(set);
        if (set.isEmpty() || !info)
            return;
        const QString rest = path.mid(apiPrefix.size() + set.size());
        if (rest.isEmpty() && value.isArray()) {
            addRows(dataverse, set, value.toArray(), info->key, true);
        } else if (rest.startsWith(u'(') && !rest.contains(u'/') && !value.isArray()) {
            addRows(dataverse, set, QJsonArray{body}, info->key, true);
        } else if (set == QLatin1String("systemusers")
                   && rest.endsWith(QLatin1String(")/systemuserroles_association")) && value.isArray()) {
            const QString user = rest.mid(1, rest.indexOf(u')') - 1);
            addRows(dataverse, QStringLiteral("roles"), value.toArray(), QStringLiteral("roleid"), true);
            QJsonArray links;
            for (const QJsonValue &role : value.toArray())
                links.append(QJsonObject{{QStringLiteral("systemuserid"), user},
                                         {QStringLiteral("roleid"),
                                          role.toObject().value(QStringLiteral("roleid"))}});
            addRows(dataverse, QStringLiteral("systemuserroles"), links, QString(), true);
        }
        return;
    }
    if (e.listener == ServiceName::financeAndOperations) {
        const QString set = RecordedTrace::entitySetOf(e.listener, path);
        const EntitySetInfo *info = Schema::financeAndOperations().entitySet(set);
        if (!set.isEmpty() && value.isArray() && path == QLatin1String("/data/") + set)
            addRows(fno, set, value.toArray(), info ? info->key : QString(), false);
        return;
    }
    if (e.listener == ServiceName::powerPlatform) {
        if (path.startsWith(QLatin1String("/connectivity/")) && path.endsWith(QLatin1String("/connections"))
            && value.isArray()) {
            addRows(powerPlatform, QStringLiteral("connections"), value.toArray(),
                    QStringLiteral("name"), false);
        } else if (path.startsWith(QLatin1String("/providers/"), Qt::CaseInsensitive) && !value.isArray()) {
            powerPlatform->insert(QStringLiteral("environment"), body);
        }
    }
}

QString recordedAtText(const QJsonObject &report)
{
    const QDateTime started =
        QDateTime::fromString(report.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    return started.isValid() ? started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                             : QString();
}

QString replayLabel(const QString &customer, const QString &recordedAt)
{
    return QCoreApplication::translate("dwh::sim::Simulator", "Replay of %1 recorded %2")
        .arg(customer, recordedAt);
}

} // namespace

QString BundleScenario::label() const
{
    return replayLabel(customer, recordedAt);
}

QString BundleScenario::labelOf(const QString &path)
{
    if (!looksLikeBundle(path))
        return QString();
    QString error;
    const std::optional<EvidenceBundle> bundle =
        EvidenceBundle::read(path, &error, EvidenceBundle::ReportMember);
    if (!bundle)
        return QString();
    return replayLabel(bundle->report.value(QStringLiteral("profile")).toObject()
                           .value(QStringLiteral("name")).toString(),
                       recordedAtText(bundle->report));
}

bool BundleScenario::looksLikeBundle(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

std::optional<BundleScenario> BundleScenario::read(const QString &path, QString *error)
{
    const std::optional<EvidenceBundle> bundle = EvidenceBundle::read(path, error);
    if (!bundle)
        return std::nullopt;
    return fromMembers(bundle->report, bundle->trace, bundle->facts);
}

BundleScenario BundleScenario::fromMembers(const QJsonObject &report, const QJsonObject &trace,
                                           const QJsonObject &facts)
{
    BundleScenario out;
    out.recordedProfile = facts.value(QStringLiteral("profile")).toObject();
    out.trace = RecordedTrace::fromHar(trace, out.recordedProfile);
    out.customer = out.recordedProfile.value(QStringLiteral("name")).toString();
    out.recordedAt = recordedAtText(report);

    QJsonObject dataverse;
    QJsonObject fno;
    QJsonObject powerPlatform;
    for (const RecordedTrace::Exchange &e : out.trace.exchanges())
        collect(e, &dataverse, &fno, &powerPlatform);

    out.scenario.insert(QStringLiteral("name"), out.customer);
    out.scenario.insert(QStringLiteral("dataverse"), dataverse);
    out.scenario.insert(QStringLiteral("financeAndOperations"), fno);
    out.scenario.insert(QStringLiteral("powerPlatform"), powerPlatform);
    const QString environmentId = out.recordedProfile.value(QStringLiteral("dataverse")).toObject()
                                      .value(QStringLiteral("environmentId")).toString();
    if (!environmentId.isEmpty())
        out.scenario.insert(QStringLiteral("environmentId"), environmentId);
    const QJsonValue legalEntities = out.recordedProfile.value(QStringLiteral("dualWrite")).toObject()
                                         .value(QStringLiteral("legalEntities"));
    if (legalEntities.isArray())
        out.scenario.insert(QStringLiteral("profile"),
                            QJsonObject{{QStringLiteral("legalEntities"), legalEntities}});
    return out;
}

} // namespace dwh::sim
