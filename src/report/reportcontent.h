// SPDX-License-Identifier: MIT
#pragma once
// What the customer-ready formats (pdf, html) show, independent of markup: labels, colours,
// the findings and the records involved, flattened from a check's `details`.

#include "checkresult.h"
#include "checkstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dwh {

struct Report;
struct StepResult;

namespace content {

QString statusLabel(CheckStatus status);     // "Pass", "Fail", … (translated)
QString statusColor(CheckStatus status);     // "#rrggbb", readable with white text on it
QString statusTint(CheckStatus status);      // a light background for a finding's table row; "" for none
QString statusMeaning(CheckStatus status);   // one sentence for the legend (translated)
QString stepTitle(Step step);                // "Prerequisite health check", …
/** "dep.stale.fo · StaleConfiguration": the check id and its validation group, if any. */
QString checkPlace(const CheckResult &check);
/** "Microsoft's description: …" for checks of Microsoft's codes; empty for the others. */
QString microsoftLine(const CheckResult &check);
QString timestamp(const QDateTime &time);    // "2026-11-23 10:00:04 UTC"; "—" when invalid
QString verdict(const Report &report);       // one sentence on the overall result
CheckStatus overallStatus(const Report &report);  // fail, unknown, warning or pass, as the verdict

/** The statuses in the order summaries list them: fail, unknown, warning, pass, skipped. */
QList<CheckStatus> displayOrder();
int countOf(const Report &report, CheckStatus status);
int countIn(const StepResult &step, CheckStatus status);

/** A finding: a check that did not pass and was not skipped (fail, warning, unknown). */
bool isFinding(const CheckResult &check);
int findingCount(const Report &report);

/** One entry of a check's `details`: a list of values, or a table of records. */
struct DetailBlock
{
    QString label;                // the humanised key, "Not connected"
    QStringList items;            // a value or a list of values (empty: none)
    QStringList columns;          // non-empty: a table of records
    QList<QStringList> rows;
    int omitted = 0;              // items or rows left out beyond the cap

    bool isTable() const { return !columns.isEmpty(); }
};

/** Flattens `details` for reading; lists and tables are capped at `cap` entries. */
QList<DetailBlock> detailBlocks(const QJsonObject &details, int cap = 200);

/**
 * The fixes already given in full. Findings often share one (every check that could not read
 * Dataverse, say): the first gives its steps, the others refer to it.
 */
class FixIndex
{
public:
    /** 0 when `fix` is new (it is remembered for `finding`), else the finding that gave it. */
    int earlierFinding(const Remediation &fix, int finding);

private:
    QList<QPair<Remediation, int>> m_given;
};

/** "… and 12 more (all of them are in the JSON report)." */
QString omittedNote(int omitted);

/** "notConnected" → "Not connected", "linkedUrl" → "Linked URL". */
QString humanise(const QString &key);

/** An evidence request as people read it: percent-encoding decoded ("eq 'USMF'", not "eq%20%27"). */
QString displayRequest(const QString &request);

} // namespace content
} // namespace dwh
