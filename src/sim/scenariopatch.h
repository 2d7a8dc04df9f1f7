// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dwh::sim {

/**
 * Applies a scenario `patch` to a resolved scenario:
 * `{"<section>": {"<table>": {"remove": [match...], "update": [{"match": {...}, "set": {...}}],
 * "add": [row...]}}}` for row tables (in that order), and `{"set": {...}}` for object tables
 * such as `whoami`; `{"profile": {"set": {...}}}` changes the profile. A match object selects the
 * rows whose listed columns all equal its values (strings case-insensitively); a remove or
 * update that matches no row is an error, so scenarios cannot silently drift from their base.
 */
class ScenarioPatch final
{
public:
    static bool apply(const QJsonObject &patch, QJsonObject *scenario, QString *error);
    static bool matches(const QJsonObject &row, const QJsonObject &match);
};

} // namespace dwh::sim
