// SPDX-License-Identifier: MIT
#include "recordresult.h"

#include <QJsonArray>

namespace dwh {

QString RecordResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::NotAttempted: return QStringLiteral("notAttempted");
    case Outcome::Unknown: return QStringLiteral("unknown");
    case Outcome::AlreadyPresent: return QStringLiteral("alreadyPresent");
    }
    return QString();
}

QJsonObject RecordResult::toJson() const
{
    QJsonArray exchanges;
    for (const Evidence &e : evidence)
        exchanges.append(e.toJson());
    return QJsonObject{{QStringLiteral("outcome"), outcomeName(outcome)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("evidence"), exchanges}};
}

} // namespace dwh
