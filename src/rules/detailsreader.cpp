// SPDX-License-Identifier: MIT
// DetailsReader: typed, checked reads of a check's untrusted `details` object.
#include "detailsreader.h"

#include "rulestr.h"

#include <QJsonArray>

namespace dwh {

QString notAnObject(const QString &where)
{
    return Rules::tr("%1 is not an object").arg(where);
}

DetailsReader::DetailsReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{
}

void DetailsReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QString DetailsReader::where(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

std::optional<QString> DetailsReader::optionalString(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        fail(Rules::tr("%1 is not a string").arg(where(key)));
        return std::nullopt;
    }
    return v.toString();
}

QString DetailsReader::string(const QString &key)
{
    return optionalString(key).value_or(QString());
}

QString DetailsReader::choice(const QString &key, const QStringList &allowed)
{
    const std::optional<QString> value = optionalString(key);
    if (value && !allowed.contains(*value)) {
        fail(Rules::tr("%1 is not one of %2").arg(where(key), allowed.join(QStringLiteral(", "))));
        return QString();
    }
    return value.value_or(QString());
}

bool DetailsReader::boolean(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        fail(Rules::tr("%1 is not true or false").arg(where(key)));
    return v.toBool(false);
}

std::optional<int> DetailsReader::integer(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9) {
        fail(Rules::tr("%1 is not a count").arg(where(key)));
        return std::nullopt;
    }
    return int(d);
}

std::optional<QJsonArray> DetailsReader::array(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        fail(Rules::tr("%1 is not an array").arg(where(key)));
        return std::nullopt;
    }
    return v.toArray();
}

QStringList DetailsReader::strings(const QString &key)
{
    QStringList out;
    const std::optional<QJsonArray> items = array(key);
    if (!items)
        return out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isString()) {
            fail(Rules::tr("%1[%2] is not a string").arg(where(key)).arg(i));
            return {};
        }
        out << items->at(i).toString();
    }
    return out;
}

} // namespace dwh
