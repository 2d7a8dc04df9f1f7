// SPDX-License-Identifier: MIT
#include "snapshot.h"

#include <QJsonArray>

namespace dwh {

DatasetResult DatasetResult::success(QList<QJsonObject> rows, QList<Evidence> evidence)
{
    DatasetResult r;
    r.state = State::Ok;
    r.rows = std::move(rows);
    r.evidence = std::move(evidence);
    return r;
}

DatasetResult DatasetResult::failure(QString error, QList<Evidence> evidence)
{
    DatasetResult r;
    r.state = State::Failed;
    r.error = std::move(error);
    r.evidence = std::move(evidence);
    return r;
}

QJsonObject DatasetResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("state"),
             state == State::Ok       ? QStringLiteral("ok")
             : state == State::Failed ? QStringLiteral("failed")
                                      : QStringLiteral("notFetched"));
    QJsonArray rowArray;
    for (const QJsonObject &row : rows)
        rowArray.append(row);
    o.insert(QStringLiteral("rows"), rowArray);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(e.toJson());
    o.insert(QStringLiteral("evidence"), ev);
    if (pageCapHit)
        o.insert(QStringLiteral("pageCapHit"), true);
    return o;
}

DatasetResult DatasetResult::fromJson(const QJsonObject &o)
{
    DatasetResult r;
    const QString state = o.value(QStringLiteral("state")).toString();
    r.state = state == QLatin1String("ok")       ? State::Ok
            : state == QLatin1String("failed")   ? State::Failed
                                                 : State::NotFetched;
    for (const auto &v : o.value(QStringLiteral("rows")).toArray())
        r.rows << v.toObject();
    r.error = o.value(QStringLiteral("error")).toString();
    for (const auto &v : o.value(QStringLiteral("evidence")).toArray())
        r.evidence << Evidence::fromJson(v.toObject());
    r.pageCapHit = r.state == State::Failed && o.value(QStringLiteral("pageCapHit")).toBool(false);
    return r;
}

void Snapshot::set(Dataset dataset, DatasetResult result)
{
    m_data.insert(dataset, std::move(result));
    m_derived = std::make_shared<Derived>();  // derived from the datasets as they were
}

const DatasetResult &Snapshot::get(Dataset dataset) const
{
    static const DatasetResult notFetched;
    auto it = m_data.constFind(dataset);
    return it == m_data.cend() ? notFetched : it.value();
}

QJsonObject Snapshot::toJson() const
{
    QJsonObject o;
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it)
        o.insert(datasetName(it.key()), it.value().toJson());
    return o;
}

Snapshot Snapshot::fromJson(const QJsonObject &o)
{
    Snapshot s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        Dataset d;
        if (datasetFromName(it.key(), &d))
            s.set(d, DatasetResult::fromJson(it.value().toObject()));
    }
    return s;
}

} // namespace dwh
