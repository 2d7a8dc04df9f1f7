// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

/** One HTTP exchange behind a finding. Never holds a token, a secret or an Authorization header. */
struct Evidence
{
    QString service;   // "dataverse", "financeAndOperations", "powerPlatform", "entra"
    QString request;   // "GET /api/data/v9.2/solutions?$select=…" (path and query, no host)
    int status = 0;    // HTTP status, 0 when no answer came
    QString error;     // what went wrong, empty on success
    QDateTime at;      // when the answer (or the failure) arrived, UTC
    qint64 elapsedMs = 0;
    /** QNetworkReply::NetworkError of an exchange that got no usable answer (0: none). Kept in
     *  memory only, to name the cause class of a failure (failurecause.h); never serialised. */
    int networkError = 0;

    QJsonObject toJson() const;
    static Evidence fromJson(const QJsonObject &object);
    bool operator==(const Evidence &other) const;
};

/** The documented fix for a finding. */
struct Remediation
{
    QString summary;
    QStringList steps;
    QString docUrl;

    bool isEmpty() const { return summary.isEmpty() && steps.isEmpty() && docUrl.isEmpty(); }
    QJsonObject toJson() const;
    static Remediation fromJson(const QJsonObject &object);
};

/** The outcome of one check, as it appears in the report. */
struct CheckResult
{
    QString id;           // contract check id, e.g. "prereq.solution-versions"
    QString title;
    QString group;        // the product's validation group ("StaleConfiguration"); empty in step 1
    QString microsoftDescription;  // Microsoft's exact description of the check's code (DW..EV codes only)
    CheckStatus status = CheckStatus::Unknown;
    QStringList codes;    // codes raised (empty on pass and skipped)
    QString message;      // names the exact records involved
    QJsonObject details;  // machine-readable records involved
    QList<Evidence> evidence;
    Remediation remediation;

    QJsonObject toJson() const;
    static CheckResult fromJson(const QJsonObject &object);
};

} // namespace dwh
