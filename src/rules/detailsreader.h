// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

/** "%1 is not an object" (translated). */
QString notAnObject(const QString &where);

/**
 * Reads a check's `details` field by field for the typed details structs (staledetails.h,
 * owningteamdetails.h). Details come from reports, bundles and history files too, so nothing is
 * trusted: a field of the wrong type is a problem ("stale[2].id is not a string"), the first one
 * is kept and the struct's fromJson() refuses. An absent field is its default (older reports lack
 * newer fields), never a problem.
 */
class DetailsReader
{
public:
    explicit DetailsReader(QJsonObject object, QString path = QString());

    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    /** A string that must be one of `allowed` when present. */
    QString choice(const QString &key, const QStringList &allowed);
    bool boolean(const QString &key);
    std::optional<int> integer(const QString &key);
    QStringList strings(const QString &key);
    /** An object field, given to `read` with a reader for it (absent: an empty object). */
    template <typename T, typename Read>
    T object(const QString &key, Read read);
    /** An array of objects; each is given to `read` with a reader for it. */
    template <typename T, typename Read>
    QList<T> objects(const QString &key, Read read);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    /** Records `problem` (the first one wins). */
    void fail(const QString &problem);

private:
    QString where(const QString &key) const;
    std::optional<QJsonArray> array(const QString &key);

    QJsonObject m_object;
    QString m_path;
    QString m_problem;
};

template <typename T, typename Read>
T DetailsReader::object(const QString &key, Read read)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isObject()) {
        fail(notAnObject(where(key)));
        return T();
    }
    DetailsReader inner(v.toObject(), where(key));
    T value = read(inner);
    if (!inner.ok())
        fail(inner.problem());
    return value;
}

template <typename T, typename Read>
QList<T> DetailsReader::objects(const QString &key, Read read)
{
    QList<T> out;
    const std::optional<QJsonArray> items = array(key);
    if (!items)
        return out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString at = where(key) + QStringLiteral("[%1]").arg(i);
        if (!items->at(i).isObject()) {
            fail(notAnObject(at));
            return {};
        }
        DetailsReader item(items->at(i).toObject(), at);
        T value = read(item);
        if (!item.ok()) {
            fail(item.problem());
            return {};
        }
        out << value;
    }
    return out;
}

} // namespace dwh
