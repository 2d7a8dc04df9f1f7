// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dwh::sim {

struct SimState;

/**
 * Scenario files: the built-in ones (resources/scenarios, compiled in under `:/scenarios`) and
 * files on disk. Resolves `base` (recursively) and applies `patch`, runs `generate`, and fills a
 * SimState with the data, placeholders substituted. See resources/scenarios/README.md.
 */
class ScenarioStore final
{
public:
    /** Built-in scenario names, sorted, "healthy" first. */
    static QStringList builtInNames();
    static QString description(const QString &name);

    /**
     * Loads a built-in scenario (name, case-insensitive) or a file, resolves its base chain and
     * patch and generation. The result has the sections of a scenario file without base/patch.
     */
    static bool resolve(const QString &nameOrPath, QJsonObject *out, QString *error);

    /** Fills `state`'s data from a resolved scenario, substituting `placeholders` in strings. */
    static void instantiate(const QJsonObject &scenario, const QHash<QString, QString> &placeholders,
                            SimState *state);

private:
    static bool resolveAt(const QString &nameOrPath, const QString &relativeTo, int depth,
                          QJsonObject *out, QString *error);
    static bool readDocument(const QString &nameOrPath, const QString &relativeTo, QJsonObject *out,
                             QString *file, QString *error);
};

} // namespace dwh::sim
