// SPDX-License-Identifier: MIT
#include "restoreplan.h"

#include "backup.h"
#include "profile.h"
#include "recordaddress.h"
#include "remediationstr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dwh {

namespace {

const QString bindSuffix = QStringLiteral("@odata.bind");

// Columns Dataverse maintains itself; a create that names them is refused or ignores them.
bool isReadOnlyDataverseColumn(const QString &column, const QJsonValue &value)
{
    static const QStringList system{QStringLiteral("versionnumber"), QStringLiteral("createdon"),
                                    QStringLiteral("modifiedon")};
    if (system.contains(column))
        return true;
    if (column == QLatin1String("overriddencreatedon") && value.isNull())
        return true;
    // Lookup values (`_x_value`) are read-only in the Web API; they are set with `x@odata.bind`.
    return column.startsWith(QLatin1Char('_')) && column.endsWith(QLatin1String("_value"));
}

QString environmentKey(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
         + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

QUrl plainRecordUrl(const RecordRef &r)
{
    return r.service == Service::Dataverse
        ? RecordAddress::dataverseRecord(r.environment, r.entitySet, r.key)
        : RecordAddress::foRecord(r.environment, r.entitySet, r.keyName, r.key);
}

/** A deleted record: POST of its saved columns. */
WriteAction recreate(const BackupEntry &e, QStringList *notes)
{
    const RecordRef &r = e.action.record;
    WriteAction a;
    a.method = QByteArrayLiteral("POST");
    a.record = r;
    a.reasonCode = QStringLiteral("restoreDeleted");
    QStringList dropped;
    for (auto it = e.record.begin(); it != e.record.end(); ++it) {
        const QString column = it.key();
        if (column.contains(QLatin1Char('@')))
            continue;  // annotations (@odata.etag, @odata.context, formatted values)
        if (r.service == Service::Dataverse && isReadOnlyDataverseColumn(column, it.value())) {
            if (!it.value().isNull() && column != QLatin1String("versionnumber"))
                dropped << column;
            continue;
        }
        a.body.insert(column, it.value());
    }
    a.body.insert(r.keyName, r.key);
    a.url = r.service == Service::Dataverse
        ? RecordAddress::dataverseCollection(r.environment, r.entitySet)
        : RecordAddress::foCollection(r.environment, r.entitySet);
    a.reason = RemediationTexts::tr("creates again the record that was deleted (%1)").arg(e.action.reason);
    if (!dropped.isEmpty()) {
        notes->append(RemediationTexts::tr("%1: not restored, set by Dataverse itself: %2")
                          .arg(r.name, dropped.join(QStringLiteral(", "))));
    }
    return a;
}

/** The entity set a bind value points into: "/teams(…)" → "teams". */
QString bindTarget(const QString &bindValue)
{
    static const QRegularExpression re(QStringLiteral("^/?([A-Za-z_][A-Za-z0-9_]*)\\("));
    const auto m = re.match(bindValue);
    return m.hasMatch() ? m.captured(1) : QString();
}

/** Restores a lookup to `old` (an id, or null/empty = cleared). */
WriteAction relink(const RecordRef &r, const QString &navigation, const QString &target,
                   const QJsonValue &old, const QString &reason)
{
    WriteAction a;
    a.record = r;
    a.reason = reason;
    const QString oldId = old.toString();
    if (oldId.isEmpty()) {
        a.method = QByteArrayLiteral("DELETE");
        a.url = RecordAddress::dataverseReference(r.environment, r.entitySet, r.key, navigation);
        a.lookupTarget = target;
        a.reasonCode = QStringLiteral("restoreClearedLookup");
    } else {
        a.method = QByteArrayLiteral("PATCH");
        a.url = plainRecordUrl(r);
        a.body.insert(navigation + bindSuffix, QStringLiteral("/%1(%2)").arg(target, oldId));
        a.reasonCode = QStringLiteral("restoreLookup");
    }
    return a;
}

/** A PATCH: every column or lookup it set goes back to its saved value. */
void unpatch(const BackupEntry &e, RestorePlan *plan)
{
    const RecordRef &r = e.action.record;
    WriteAction columns;
    columns.method = QByteArrayLiteral("PATCH");
    columns.url = plainRecordUrl(r);
    columns.record = r;
    columns.reasonCode = QStringLiteral("restoreColumns");
    columns.reason = RemediationTexts::tr("sets back the columns the fix changed");
    for (auto it = e.action.body.begin(); it != e.action.body.end(); ++it) {
        if (!it.key().endsWith(bindSuffix)) {
            columns.body.insert(it.key(), e.record.value(it.key()));
            continue;
        }
        const QString navigation = it.key().chopped(int(bindSuffix.size()));
        const QString target = bindTarget(it.value().toString());
        const QJsonValue old = e.record.value(QLatin1Char('_') + navigation + QStringLiteral("_value"));
        plan->actions.append(relink(r, navigation, target, old,
                                    old.toString().isEmpty()
                                        ? RemediationTexts::tr("clears %1 again: it was empty before the fix").arg(navigation)
                                        : RemediationTexts::tr("sets %1 back to %2").arg(navigation, old.toString())));
    }
    if (!columns.body.isEmpty())
        plan->actions.append(columns);
}

/** A `DELETE …/nav/$ref`: binds the lookup back to its saved value. */
void unclear(const BackupEntry &e, RestorePlan *plan)
{
    const QStringList segments = e.action.url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString navigation = segments.size() >= 2 ? segments.at(segments.size() - 2) : QString();
    const QJsonValue old = e.record.value(QLatin1Char('_') + navigation + QStringLiteral("_value"));
    if (old.toString().isEmpty() || e.action.lookupTarget.isEmpty()) {
        plan->notes << RemediationTexts::tr("%1: %2 was already empty; nothing to restore").arg(e.action.record.name, navigation);
        return;
    }
    plan->actions.append(relink(e.action.record, navigation, e.action.lookupTarget, old,
                                RemediationTexts::tr("sets %1 back to %2").arg(navigation, old.toString())));
}

} // namespace

RestorePlan planRestore(const Backup &backup)
{
    RestorePlan plan;
    for (const BackupEntry &e : backup.entries) {
        const QByteArray &method = e.action.method;
        const bool reference = e.action.url.path().endsWith(QLatin1String("/$ref"));
        if (!e.existed) {
            // The run created it: delete it again.
            WriteAction a;
            a.method = QByteArrayLiteral("DELETE");
            a.url = plainRecordUrl(e.action.record);
            a.record = e.action.record;
            a.reasonCode = QStringLiteral("restoreCreated");
            a.reason = RemediationTexts::tr("deletes the record the run created: it did not exist before");
            plan.actions.append(a);
        } else if (method == "DELETE" && reference) {
            unclear(e, &plan);
        } else if (method == "DELETE") {
            plan.actions.append(recreate(e, &plan.notes));
        } else if (method == "PATCH") {
            unpatch(e, &plan);
        } else {
            plan.notes << RemediationTexts::tr("%1: existed before the %2 and was not changed by it; nothing to restore")
                              .arg(e.action.record.name, QString::fromLatin1(method));
        }
    }
    return plan;
}

QString backupEnvironmentMismatch(const Backup &backup, const Profile &profile)
{
    for (const BackupEntry &e : backup.entries) {
        const QUrl expected = e.action.record.service == Service::Dataverse ? profile.dataverseUrl
                                                                            : profile.foUrl;
        if (environmentKey(e.action.record.environment) != environmentKey(expected)) {
            return RemediationTexts::tr("the backup was taken from %1, but the profile's %2 environment is %3")
                .arg(e.action.record.environment.toString(),
                     serviceDisplayName(e.action.record.service), expected.toString());
        }
    }
    return QString();
}

} // namespace dwh
