// SPDX-License-Identifier: MIT
#include "recordedfacts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dwh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::RecordedFacts)
};

QString malformed(const QString &where, const QString &why)
{
    return Tr::tr("the recorded facts are malformed (facts.json, %1): %2").arg(where, why);
}

/** Why `value` is not a string (absent is allowed when `optional`); empty when it is fine. */
QString notString(const QJsonObject &o, const QString &key, bool optional = true)
{
    const QJsonValue v = o.value(key);
    if ((optional && v.isUndefined()) || v.isString())
        return QString();
    return Tr::tr("\"%1\" is not a string").arg(key);
}

QString notNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isUndefined() || v.isDouble() ? QString() : Tr::tr("\"%1\" is not a number").arg(key);
}

/** What is wrong with one recorded exchange; empty when nothing is. */
QString evidenceProblem(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        return Tr::tr("evidence %1 is not an object").arg(index);
    const QJsonObject o = value.toObject();
    for (const QString &problem : {notString(o, QStringLiteral("service")),
                                   notString(o, QStringLiteral("request")),
                                   notString(o, QStringLiteral("error")),
                                   notString(o, QStringLiteral("at")),
                                   notNumber(o, QStringLiteral("status")),
                                   notNumber(o, QStringLiteral("elapsedMs"))}) {
        if (!problem.isEmpty())
            return Tr::tr("evidence %1: %2").arg(index).arg(problem);
    }
    return QString();
}

/** What is wrong with one recorded dataset; empty when nothing is. */
QString datasetProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return Tr::tr("not an object");
    const QJsonObject o = value.toObject();
    const QJsonValue state = o.value(QStringLiteral("state"));
    static const QStringList states{QStringLiteral("ok"), QStringLiteral("failed"),
                                    QStringLiteral("notFetched")};
    if (!state.isString() || !states.contains(state.toString()))
        return Tr::tr("\"state\" is not one of \"ok\", \"failed\", \"notFetched\"");
    const QJsonValue rows = o.value(QStringLiteral("rows"));
    if (!rows.isUndefined()) {
        if (!rows.isArray())
            return Tr::tr("\"rows\" is not an array");
        const QJsonArray array = rows.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return Tr::tr("row %1 of \"rows\" is not an object").arg(i);
        }
    } else if (state.toString() == QLatin1String("ok")) {
        return Tr::tr("\"rows\" is missing");
    }
    if (const QString problem = notString(o, QStringLiteral("error")); !problem.isEmpty())
        return problem;
    if (state.toString() == QLatin1String("failed") && o.value(QStringLiteral("error")).toString().isEmpty())
        return Tr::tr("a failed dataset without an \"error\"");
    const QJsonValue evidence = o.value(QStringLiteral("evidence"));
    if (!evidence.isUndefined()) {
        if (!evidence.isArray())
            return Tr::tr("\"evidence\" is not an array");
        const QJsonArray array = evidence.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (const QString problem = evidenceProblem(array.at(i), i); !problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

} // namespace

Snapshot recordedSnapshot(const QJsonValue &datasets)
{
    Snapshot snapshot;
    if (!datasets.isObject()) {
        const QString error = malformed(QStringLiteral("datasets"), Tr::tr("not an object"));
        for (Dataset dataset : allDatasets())
            snapshot.set(dataset, DatasetResult::failure(error, {}));
        return snapshot;
    }
    const QJsonObject object = datasets.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        Dataset dataset;
        if (!datasetFromName(it.key(), &dataset))
            continue;
        const QString problem = datasetProblem(it.value());
        snapshot.set(dataset, problem.isEmpty()
                                  ? DatasetResult::fromJson(it.value().toObject())
                                  : DatasetResult::failure(
                                        malformed(QStringLiteral("datasets.") + it.key(), problem), {}));
    }
    return snapshot;
}

} // namespace dwh
