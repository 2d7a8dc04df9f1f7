// SPDX-License-Identifier: MIT
#include "fixoutput.h"

#include "terminalout.h"

#include "clistr.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace dwh::cli::FixOutput {

QString actionsText(const QList<WriteAction> &actions)
{
    QString text;
    for (int i = 0; i < actions.size(); ++i) {
        const WriteAction &a = actions.at(i);
        text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(a.summary());
        text += CliTexts::tr("     record: %1 (%2 %3, %4 %5)\n")
                    .arg(a.record.name, a.record.entitySet, a.record.key,
                         serviceDisplayName(a.record.service), a.record.environment.toString());
        text += CliTexts::tr("     why:    %1\n").arg(a.reason);
        if (!a.body.isEmpty())
            text += CliTexts::tr("     body:   %1\n").arg(QString::fromUtf8(a.payload()));
    }
    return text;
}

QString outcomeText(const RunOutcome &outcome)
{
    QString text;
    for (int i = 0; i < outcome.actions.size(); ++i) {
        const RecordResult r = outcome.results.value(i);
        const QString name = r.outcome == RecordResult::Outcome::AlreadyPresent
            ? QStringLiteral("already present") : RecordResult::outcomeName(r.outcome);
        text += QStringLiteral("  %1. %2 %3: %4\n")
                    .arg(i + 1)
                    .arg(name, -15)
                    .arg(outcome.actions.at(i).record.name, r.message);
    }
    text += CliTexts::tr("%1 done, %2 failed, %3 not attempted, %4 unknown, %5 already present\n")
                .arg(outcome.count(RecordResult::Outcome::Done))
                .arg(outcome.count(RecordResult::Outcome::Failed))
                .arg(outcome.count(RecordResult::Outcome::NotAttempted))
                .arg(outcome.count(RecordResult::Outcome::Unknown))
                .arg(outcome.count(RecordResult::Outcome::AlreadyPresent));
    return text;
}

QJsonArray actionsJson(const QList<WriteAction> &actions)
{
    QJsonArray array;
    for (const WriteAction &a : actions)
        array.append(a.toJson());
    return array;
}

QStringList hostsOf(const QList<WriteAction> &actions)
{
    QStringList hosts;
    for (const WriteAction &a : actions) {
        const QString host = a.record.environment.host();
        if (!hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

void out(const QString &text)
{
    writeOut(text);
}

void err(const QString &line)
{
    errLine(line);
}

void printEnd(QJsonObject json, bool textFormat, int exitCode, const QString &error)
{
    if (!error.isEmpty())
        err(error);
    if (textFormat || json.isEmpty())
        return;
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    json.insert(QStringLiteral("exitCode"), exitCode);
    printJson(json);
}

void printJson(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace dwh::cli::FixOutput
