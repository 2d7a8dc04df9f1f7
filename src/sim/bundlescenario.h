// SPDX-License-Identifier: MIT
#pragma once

#include "recordedtrace.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dwh::sim {

/**
 * An evidence bundle (`dwhealth check --bundle`) as a simulator scenario: the recorded answers
 * (RecordedTrace) and, for the requests nobody recorded and for the writes of a guided fix, the
 * rows the recorded answers held, as scenario tables (merged by the entity set's key, so rows
 * read with different `$select` become one). The recorded profile gives the environment id, the
 * client id, the legal entities and the replay's name: "Replay of <profile> recorded <date>".
 */
struct BundleScenario
{
    QJsonObject scenario;       // the sections of a resolved scenario file (name, dataverse, …)
    RecordedTrace trace;
    QJsonObject recordedProfile;  // facts.json's profile
    QString customer;           // the recorded profile's name
    QString recordedAt;         // the recorded run's start, "yyyy-MM-dd HH:mm UTC"

    /** "Replay of <customer> recorded <date>" (translated). */
    QString label() const;
    /** The label of the bundle at `path` from its report.json alone; empty when `path` is no
     *  readable bundle (a scenario name, a scenario file). */
    static QString labelOf(const QString &path);

    /** True when `path` is a ZIP archive (the bundle), not a scenario file. */
    static bool looksLikeBundle(const QString &path);
    /** Reads the bundle at `path` (size-capped by ZipReader); nothing with `error` set. */
    static std::optional<BundleScenario> read(const QString &path, QString *error);
    /** The same from a bundle's members (report.json, trace.har, facts.json) already parsed. */
    static BundleScenario fromMembers(const QJsonObject &report, const QJsonObject &trace,
                                      const QJsonObject &facts);
};

} // namespace dwh::sim
