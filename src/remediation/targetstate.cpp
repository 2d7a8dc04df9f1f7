// SPDX-License-Identifier: MIT
#include "targetstate.h"

#include "remediationstr.h"

#include <QCoreApplication>

namespace dwh {

namespace {

const QString bindSuffix = QStringLiteral("@odata.bind");

/** "/teams(ID)" → "ID" (lowercase). */
QString boundId(const QString &bindValue)
{
    const qsizetype open = bindValue.lastIndexOf(QLatin1Char('('));
    if (open < 0 || !bindValue.endsWith(QLatin1Char(')')))
        return QString();
    return bindValue.mid(open + 1, bindValue.size() - open - 2).toLower();
}

/** The navigation property of `…/{navigation}/$ref`. */
QString referenceNavigation(const QUrl &url)
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments.size() >= 2 ? segments.at(segments.size() - 2) : QString();
}

TargetState make(TargetState::Value value, const QString &detail)
{
    TargetState s;
    s.value = value;
    s.detail = detail;
    return s;
}

} // namespace

TargetState TargetState::of(const WriteAction &action, bool exists, const QJsonObject &record)
{
    const bool reference = action.url.path().endsWith(QLatin1String("/$ref"));
    if (action.method == "DELETE" && !reference) {
        return exists ? make(Value::NotReached, RemediationTexts::tr("the record is still there"))
                      : make(Value::Reached, RemediationTexts::tr("the record is gone"));
    }
    if (action.method == "POST") {
        return exists ? make(Value::Reached, RemediationTexts::tr("the record exists"))
                      : make(Value::NotReached, RemediationTexts::tr("the record does not exist"));
    }
    if (!exists)
        return make(Value::Unknown, RemediationTexts::tr("the record does not exist"));
    if (action.method == "DELETE") {
        const QString navigation = referenceNavigation(action.url);
        const QJsonValue current = record.value(QLatin1Char('_') + navigation + QStringLiteral("_value"));
        return current.toString().isEmpty()
            ? make(Value::Reached, RemediationTexts::tr("%1 is empty").arg(navigation))
            : make(Value::NotReached, RemediationTexts::tr("%1 is %2").arg(navigation, current.toString()));
    }
    if (action.method != "PATCH" || action.body.isEmpty())
        return make(Value::Unknown, QString());
    for (auto it = action.body.begin(); it != action.body.end(); ++it) {
        if (it.key().endsWith(bindSuffix)) {
            const QString navigation = it.key().chopped(int(bindSuffix.size()));
            const QJsonValue current = record.value(QLatin1Char('_') + navigation + QStringLiteral("_value"));
            if (current.isUndefined())
                return make(Value::Unknown, RemediationTexts::tr("the record as read has no %1").arg(navigation));
            if (current.toString().toLower() != boundId(it.value().toString())) {
                return make(Value::NotReached, RemediationTexts::tr("%1 is %2")
                                                   .arg(navigation, current.isNull() ? QStringLiteral("null")
                                                                                     : current.toString()));
            }
        } else if (!record.contains(it.key())) {
            return make(Value::Unknown, RemediationTexts::tr("the record as read has no %1").arg(it.key()));
        } else if (record.value(it.key()) != it.value()) {
            return make(Value::NotReached, RemediationTexts::tr("%1 has another value").arg(it.key()));
        }
    }
    return make(Value::Reached, RemediationTexts::tr("it has the values the write sets"));
}

} // namespace dwh
