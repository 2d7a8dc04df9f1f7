// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "dataset.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>

#include <any>
#include <functional>
#include <memory>

namespace dwh {

/** What one dataset fetch produced: the rows, or why they could not be read. */
struct DatasetResult
{
    enum class State { NotFetched, Ok, Failed };

    State state = State::NotFetched;
    QList<QJsonObject> rows;   // collection rows in server order; a single object is one row
    QString error;             // when Failed: names the service and the fault, for humans
    QList<Evidence> evidence;  // every request made for this dataset (all pages, all retries)
    bool pageCapHit = false;   // when Failed: it had more pages than the reader's cap (--max-pages)

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

    /**
     * A fact several rules derive from the same datasets (e.g. the legal entities selected for
     * dual-write), computed once per snapshot and `key`: the first caller computes it, the others
     * share it. set() forgets them all. `key` must name everything the value depends on besides
     * the datasets. Thread-safe.
     */
    template <typename T>
    T derived(const QString &key, const std::function<T()> &compute) const
    {
        {
            const QMutexLocker lock(&m_derived->mutex);
            const auto it = m_derived->values.constFind(key);
            if (it != m_derived->values.cend())
                return std::any_cast<T>(*it);
        }
        T value = compute();  // outside the lock: it may ask for another derived fact
        const QMutexLocker lock(&m_derived->mutex);
        m_derived->values.insert(key, value);
        return value;
    }

private:
    struct Derived
    {
        QMutex mutex;
        QHash<QString, std::any> values;
    };

    QMap<Dataset, DatasetResult> m_data;
    std::shared_ptr<Derived> m_derived = std::make_shared<Derived>();
};

} // namespace dwh
