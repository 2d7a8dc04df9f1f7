// SPDX-License-Identifier: MIT
#include "maperrors.h"

#include "datasetrequests.h"
#include "mapsstr.h"
#include "troubleshooter.h"

#include <QMap>

#include <algorithm>

namespace dwh {

namespace {

constexpr int MAX_MESSAGE = 2000;
const QString unrecognised = QStringLiteral("unrecognised");

/** The symptom id the troubleshooter gives `message`, or "unrecognised". */
QString causeOf(const QString &message, const Troubleshooter &troubleshooter,
                QHash<QString, QString> *cache, QHash<QString, Symptom> *symptoms)
{
    const auto hit = cache->constFind(message);
    if (hit != cache->constEnd())
        return hit.value();
    QString cause = unrecognised;
    for (const SymptomMatch &m : troubleshooter.explain(message)) {
        if (m.alternativeTo < 0) {
            cause = m.symptom.id;
            symptoms->insert(cause, m.symptom);
            break;
        }
    }
    cache->insert(message, cause);
    return cause;
}

} // namespace

QString cleanedErrorMessage(const QString &text)
{
    QString out;
    out.reserve(qMin(int(text.size()), MAX_MESSAGE + 1));
    bool space = false;
    for (const QChar c : text) {
        const bool control = c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
        if (c.isSpace() || control) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
        if (out.size() >= MAX_MESSAGE) {
            out += QChar(0x2026);
            break;
        }
    }
    return out;
}

TraceErrors readTraceErrors(const QList<QJsonObject> &rows, const QDateTime &since,
                            const QHash<QString, QString> &tableToMap,
                            const Troubleshooter &troubleshooter)
{
    TraceErrors out;
    QHash<QString, QString> cache;
    QHash<QString, Symptom> symptoms;
    const QString prefix = dualWriteRuntimeTypePrefix();
    for (const QJsonObject &row : rows) {
        if (!row.value(QLatin1String("typename")).toString().startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString details = row.value(QLatin1String("exceptiondetails")).toString();
        if (details.trimmed().isEmpty())
            continue;  // a trace without an exception is not an error
        const QDateTime at = QDateTime::fromString(row.value(QLatin1String("createdon")).toString(),
                                                   Qt::ISODateWithMs).toUTC();
        if (!at.isValid() || (since.isValid() && at < since))
            continue;
        MapError e;
        e.side = QStringLiteral("dataverse");
        e.at = at;
        e.table = row.value(QLatin1String("primaryentity")).toString().trimmed().toLower();
        e.mapName = tableToMap.value(e.table);
        e.message = cleanedErrorMessage(details);
        e.correlationId = row.value(QLatin1String("correlationid")).toString();
        e.causeId = causeOf(details.left(20000), troubleshooter, &cache, &symptoms);
        out.errors.append(e);
    }
    std::stable_sort(out.errors.begin(), out.errors.end(),
                     [](const MapError &a, const MapError &b) { return a.at > b.at; });

    QMap<QString, ErrorGroup> groups;
    for (const MapError &e : out.errors) {
        ErrorGroup &g = groups[e.causeId];
        if (g.count == 0) {
            g.causeId = e.causeId;
            g.recognised = e.causeId != unrecognised;
            g.symptom = symptoms.value(e.causeId);
            g.sample = e.message;  // errors are newest first
            g.last = e.at;
        }
        ++g.count;
        g.first = e.at;
        const QString where = e.mapName.isEmpty()
            ? Maps::tr("table %1").arg(e.table.isEmpty() ? Maps::tr("(none)") : e.table)
            : e.mapName;
        if (!g.maps.contains(where))
            g.maps.append(where);
    }
    for (ErrorGroup &g : groups) {
        g.maps.sort(Qt::CaseInsensitive);
        out.groups.append(g);
    }
    std::stable_sort(out.groups.begin(), out.groups.end(),
                     [](const ErrorGroup &a, const ErrorGroup &b) {
                         if (a.recognised != b.recognised)
                             return a.recognised;  // an unrecognised message last
                         if (a.count != b.count)
                             return a.count > b.count;
                         return a.last > b.last;
                     });
    return out;
}

} // namespace dwh
