// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dwh::sim {

/**
 * Adds generated rows to a resolved scenario (the `generate` block, used by `large`):
 * `companies` more companies, each with a business unit under the root, its default team and an
 * owner team (the company's default owning team) and an F&O legal entity;
 * `selectedLegalEntities` of them (counting the profile's) enabled and selected;
 * `runtimeConfigs` runtime configurations, each with two F&O project configurations of the link.
 * GUIDs are name-based (UUID v5), so the data is the same on every run.
 */
class ScenarioGenerator final
{
public:
    static bool generate(const QJsonObject &params, QJsonObject *scenario, QString *error);
    static QString stableGuid(const QString &name);
};

} // namespace dwh::sim
