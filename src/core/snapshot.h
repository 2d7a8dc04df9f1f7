// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "dataset.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace dwh {

/** What one dataset fetch produced: the rows, or why they could not be read. */
struct DatasetResult
{
    enum class State { NotFetched, Ok, Failed };

    State state = State::NotFetched;
    QList<QJsonObject> rows;   // collection rows in server order; a single object is one row
    QString error;             // when Failed: names the service and the fault, for humans
    QList<Evidence> evidence;  // every request made for this dataset (all pages, all retries)

    bool ok() const { return state == State::Ok; }
    static DatasetResult success(QList<QJsonObject> rows, QList<Evidence> evidence);
    static DatasetResult failure(QString error, QList<Evidence> evidence);

    QJsonObject toJson() const;
    static DatasetResult fromJson(const QJsonObject &object);
};

/** The facts read in one run. Immutable once the collector has filled it. */
class Snapshot
{
public:
    void set(Dataset dataset, DatasetResult result);
    /** The result for `dataset`; a NotFetched result when it was never fetched. */
    const DatasetResult &get(Dataset dataset) const;
    bool has(Dataset dataset) const { return m_data.contains(dataset); }
    QList<Dataset> datasets() const { return m_data.keys(); }

    QJsonObject toJson() const;
    static Snapshot fromJson(const QJsonObject &object);

private:
    QMap<Dataset, DatasetResult> m_data;
};

} // namespace dwh
