// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dwh {

struct Profile;
class Snapshot;

/**
 * The evidence of one run, as one ZIP file: `report.json` (the report, contract.md),
 * `trace.har` (every HTTP exchange, HAR 1.2, without credentials: see TraceRecorder) and
 * `facts.json` (the profile, which never holds a secret, and the datasets as read), from which
 * `dwhealth check --replay` evaluates the rules again offline.
 */
struct EvidenceBundle
{
    static constexpr int FactsSchemaVersion = 1;

    QJsonObject report;
    QJsonObject trace;  // {"log": {"version": "1.2", …}}
    QJsonObject facts;

    /** facts.json: {"schemaVersion", "profile", "forcedDependencies", "datasets"}. */
    static QJsonObject factsJson(const Profile &profile, const Snapshot &snapshot,
                                 bool forcedDependencies);

    QByteArray toZip(QString *error) const;
    bool write(const QString &path, QString *error) const;
    /** The members read() inflates and parses; the others stay packed and empty here. */
    enum Member { ReportMember = 0x1, FactsMember = 0x2, TraceMember = 0x4, AllMembers = 0x7 };

    /** Reads a bundle; nothing with `error` naming the file and the problem. */
    static std::optional<EvidenceBundle> read(const QString &path, QString *error,
                                              int members = AllMembers);
};

} // namespace dwh
