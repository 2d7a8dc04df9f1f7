// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dwh {

/** One finding: a check that did not pass (fail, warning or unknown) and one code it raised. */
struct DiffFinding
{
    QString checkId;
    QString code;     // empty when the check raised none
    QString title;
    QString status;   // "fail", "warning", "unknown"
    QString message;

    QJsonObject toJson() const;
};

/** A check whose status differs between the two runs ("absent" when a run lacks the check). */
struct StatusChange
{
    QString checkId;
    QString title;
    QString before;
    QString after;

    QJsonObject toJson() const;
};

/** What changed from one run to a later one, per check id and code. */
struct ReportDiff
{
    QString olderStartedAt;
    QString newerStartedAt;
    QList<DiffFinding> newFindings;    // in the newer run only
    QList<DiffFinding> fixedFindings;  // in the older run only (as the older run said it)
    QList<DiffFinding> stillFailing;   // in both (as the newer run says it)
    QList<StatusChange> statusChanges;

    /** New or fixed findings, or a status change; findings still failing alone are no change. */
    bool hasChanges() const;
    QJsonObject toJson() const;
    /** For a terminal: one section per kind of change. */
    QString toText() const;
};

/** Compares two reports (contract.md "Report"). Pure: no I/O, no clock. */
ReportDiff diffReports(const QJsonObject &older, const QJsonObject &newer);

} // namespace dwh
