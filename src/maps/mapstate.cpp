// SPDX-License-Identifier: MIT
#include "mapstate.h"

#include "mapsstr.h"

namespace dwh {

QString mapStateName(MapState state)
{
    switch (state) {
    case MapState::Running: return QStringLiteral("running");
    case MapState::Paused: return QStringLiteral("paused");
    case MapState::NotRunning: return QStringLiteral("notRunning");
    case MapState::Error: return QStringLiteral("error");
    case MapState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString mapStateLabel(MapState state)
{
    switch (state) {
    case MapState::Running: return Maps::tr("Running");
    case MapState::Paused: return Maps::tr("Paused");
    case MapState::NotRunning: return Maps::tr("Not running");
    case MapState::Error: return Maps::tr("Error");
    case MapState::Unknown: break;
    }
    return Maps::tr("Unknown");
}

MapState mapStateFromStatus(const QString &status)
{
    const QString s = status.trimmed();
    if (s.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0"))
        return MapState::Running;
    if (s.compare(QLatin1String("Queueing"), Qt::CaseInsensitive) == 0 || s == QLatin1String("4"))
        return MapState::Paused;
    if (s.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1"))
        return MapState::NotRunning;
    return MapState::Unknown;
}

} // namespace dwh
