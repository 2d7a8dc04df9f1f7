// SPDX-License-Identifier: MIT
// The texts of a write run: the requests previewed, the hosts written to, each result.
#include "writeruntext.h"

#include "remediationrun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::WriteRunPanel)
};

} // namespace

QString requestsPreviewText(const QList<WriteAction> &actions)
{
    QStringList blocks;
    for (int i = 0; i < actions.size(); ++i) {
        const WriteAction &a = actions.at(i);
        QStringList lines;
        lines << QStringLiteral("%1. %2 %3")
                     .arg(i + 1)
                     .arg(QString::fromLatin1(a.method), a.url.toString(QUrl::FullyEncoded));
        for (const auto &header : a.headers()) {
            lines << Tr::tr("   Header: %1: %2")
                         .arg(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
        }
        if (!a.body.isEmpty())
            lines << Tr::tr("   Body: %1").arg(QString::fromUtf8(a.payload()));
        lines << Tr::tr("   Record: %1 (%2, %3 %4)")
                     .arg(a.record.name, a.record.entitySet, a.record.keyName, a.record.key);
        lines << Tr::tr("   Why: %1").arg(a.reason);
        lines << Tr::tr("   Backed up first with: GET %1").arg(a.record.url.toString(QUrl::FullyEncoded));
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QStringList writeHosts(const QList<WriteAction> &actions)
{
    QStringList hosts;
    for (const WriteAction &a : actions) {
        const QString host = a.url.host().toLower();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

bool confirmationMatches(const QString &typed, const QStringList &hosts)
{
    if (hosts.isEmpty())
        return false;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QSet<QString> words;
    for (const QString &word : typed.split(separators, Qt::SkipEmptyParts))
        words.insert(word.toLower());
    QSet<QString> wanted;
    for (const QString &host : hosts)
        wanted.insert(host.toLower());
    return words == wanted;
}

QString outcomeText(const RecordResult &result)
{
    switch (result.outcome) {
    case RecordResult::Outcome::Done:
        return Tr::tr("Done");
    case RecordResult::Outcome::Failed:
        return result.status > 0 ? Tr::tr("Failed (HTTP %1)").arg(result.status) : Tr::tr("Failed");
    case RecordResult::Outcome::NotAttempted:
        return Tr::tr("Not attempted");
    case RecordResult::Outcome::Unknown:
        return Tr::tr("Unknown: may have been applied");
    case RecordResult::Outcome::AlreadyPresent:
        return Tr::tr("Already present");
    }
    return QString();
}

CheckStatus outcomeStatus(RecordResult::Outcome outcome)
{
    switch (outcome) {
    case RecordResult::Outcome::Done:
    case RecordResult::Outcome::AlreadyPresent:
        return CheckStatus::Pass;
    case RecordResult::Outcome::Failed:
        return CheckStatus::Fail;
    case RecordResult::Outcome::NotAttempted:
        return CheckStatus::Skipped;
    case RecordResult::Outcome::Unknown:
        return CheckStatus::Unknown;
    }
    return CheckStatus::Unknown;
}

QString outcomeCounts(const RunOutcome &outcome)
{
    return Tr::tr("Done: %1, failed: %2, not attempted: %3, unknown: %4.")
        .arg(outcome.count(RecordResult::Outcome::Done))
        .arg(outcome.count(RecordResult::Outcome::Failed))
        .arg(outcome.count(RecordResult::Outcome::NotAttempted))
        .arg(outcome.count(RecordResult::Outcome::Unknown));
}

QString outcomeClipboardText(const RunOutcome &outcome)
{
    QStringList lines;
    if (!outcome.error.isEmpty())
        lines << Tr::tr("Stopped before writing: %1").arg(outcome.error);
    lines << (outcome.backupWritten ? Tr::tr("Backup: %1").arg(outcome.backupPath)
                                    : Tr::tr("Backup: not written"));
    for (int i = 0; i < outcome.actions.size(); ++i) {
        const WriteAction &a = outcome.actions.at(i);
        const RecordResult r = outcome.results.value(i);
        QString line = QStringLiteral("%1\t%2\t%3 %4")
                           .arg(a.record.name, outcomeText(r), QString::fromLatin1(a.method),
                                a.url.toString(QUrl::FullyEncoded));
        if (!r.message.isEmpty())
            line += QLatin1Char('\t') + r.message;
        lines << line;
    }
    lines << outcomeCounts(outcome);
    return lines.join(QLatin1Char('\n'));
}

} // namespace dwh::gui
