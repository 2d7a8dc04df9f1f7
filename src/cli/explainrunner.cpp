// SPDX-License-Identifier: MIT
// `dwhealth explain`: recognises the known errors in a text and prints what to do about them.
#include "explainrunner.h"

#include "clioptions.h"
#include "boundedread.h"
#include "clistr.h"
#include "explainformat.h"
#include "troubleshooter.h"
#include "terminalout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace dwh::cli {

namespace {

void print(const QString &text)
{
    writeOut(text);
}

void printJson(const QJsonObject &o)
{
    writeOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

int explainText(const Troubleshooter &t, const QString &text, bool json)
{
    PastedText pasted;
    const QList<SymptomMatch> matches = t.explain(text, &pasted);
    QList<qsizetype> errors;  // the matches that are errors of their own, best first
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (matches.at(i).alternativeTo < 0)
            errors << i;
    }
    const QList<SymptomSuggestion> closest = matches.isEmpty() ? t.closest(text) : QList<SymptomSuggestion>();
    if (json) {
        QJsonArray list;
        for (const SymptomMatch &m : matches) {
            QJsonObject o = symptomJson(m.symptom, &m);
            if (m.alternativeTo >= 0)
                o.insert(QStringLiteral("alternativeTo"), matches.at(m.alternativeTo).symptom.id);
            list.append(o);
        }
        QJsonObject o{{QStringLiteral("recognised"), !matches.isEmpty()},
                      {QStringLiteral("input"), inputKind(pasted.kind)},
                      {QStringLiteral("errors"), int(errors.size())},
                      {QStringLiteral("matches"), list}};
        if (matches.isEmpty()) {
            o.insert(QStringLiteral("closest"), suggestionsJson(closest));
            o.insert(QStringLiteral("whatToTry"), QJsonArray::fromStringList(whatToTry()));
        }
        printJson(o);
    } else if (matches.isEmpty()) {
        QString out = CliTexts::tr("No known dual-write problem matches this text.") + QLatin1Char('\n');
        if (!closest.isEmpty()) {
            out += CliTexts::tr("Closest symptoms:") + QLatin1Char('\n');
            for (const SymptomSuggestion &s : closest) {
                out += CliTexts::tr("  - %1 (dwhealth explain --symptom %2; shares: %3)")
                           .arg(s.symptom.title, s.symptom.id, s.sharedWords.join(QStringLiteral(", ")))
                       + QLatin1Char('\n');
            }
        }
        out += CliTexts::tr("What to try:") + QLatin1Char('\n');
        for (const QString &hint : whatToTry())
            out += QStringLiteral("  - ") + hint + QLatin1Char('\n');
        print(out);
    } else if (errors.size() == 1) {
        print(symptomText(matches.first().symptom, &matches.first()) + alsoPossible(matches, 0));
    } else {
        QString out = CliTexts::tr("Known errors found: %1, best match first:").arg(errors.size())
                      + QLatin1Char('\n');
        for (qsizetype k = 0; k < errors.size(); ++k) {
            const SymptomMatch &m = matches.at(errors.at(k));
            out += CliTexts::tr("  %1. %2 (dwhealth explain --symptom %3)")
                       .arg(QString::number(k + 1), m.symptom.title, m.symptom.id)
                   + QLatin1Char('\n');
        }
        for (qsizetype k = 0; k < errors.size(); ++k) {
            const SymptomMatch &m = matches.at(errors.at(k));
            out += QLatin1Char('\n') + QStringLiteral("== %1/%2 ==").arg(QString::number(k + 1), QString::number(errors.size()))
                   + QLatin1Char('\n') + symptomText(m.symptom, &m) + alsoPossible(matches, errors.at(k));
        }
        print(out);
    }
    return matches.isEmpty() ? ExitFail : ExitPass;
}

bool readInputFile(const QString &path, QString *text, QString *error)
{
    QString reason;
    const std::optional<QByteArray> data = readFileCapped(path, FileLimits::ExplainInput, &reason);
    if (!data) {
        *error = CliTexts::tr("explain: %1: %2").arg(path, reason);
        return false;
    }
    *text = QString::fromUtf8(*data);
    return true;
}

/** Standard input, read with the same cap as a file. */
bool readStandardInput(QString *text, QString *error)
{
    QFile in;
    QString reason;
    std::optional<QByteArray> data;
    if (in.open(stdin, QIODevice::ReadOnly))
        data = readDeviceCapped(in, FileLimits::ExplainInput, &reason);
    else
        reason = CliTexts::tr("cannot be read: %1").arg(in.errorString());
    if (!data) {
        *error = CliTexts::tr("explain: standard input: %1").arg(reason);
        return false;
    }
    *text = QString::fromUtf8(*data);
    return true;
}

} // namespace

int runExplain(const ExplainOptions &o)
{
    QString error;
    const bool json = o.format == QLatin1String("json");
    const Troubleshooter troubleshooter;
    if (o.list) {
        QJsonArray list;
        QString out;
        for (const Symptom &s : troubleshooter.symptoms()) {
            list.append(symptomJson(s, nullptr));
            out += s.id + QLatin1Char('\t') + s.title + QLatin1Char('\n');
        }
        json ? printJson(QJsonObject{{QStringLiteral("symptoms"), list}}) : print(out);
        return ExitPass;
    }
    if (!o.symptomId.isEmpty()) {
        Symptom s;
        if (!troubleshooter.symptom(o.symptomId, &s)) {
            errLine(CliTexts::tr("no symptom \"%1\"; dwhealth explain --list shows them")
                        .arg(o.symptomId));
            return ExitUsage;
        }
        json ? printJson(symptomJson(s, nullptr)) : print(symptomText(s, nullptr));
        return ExitPass;
    }
    QString text = o.textParts.join(QLatin1Char(' '));
    if (!o.filePath.isEmpty() && !readInputFile(o.filePath, &text, &error)) {
        std::fprintf(stderr, "dwhealth: %s\n", error.toLocal8Bit().constData());
        return ExitUsage;
    }
    if (o.fromStdin && !readStandardInput(&text, &error)) {
        std::fprintf(stderr, "dwhealth: %s\n", error.toLocal8Bit().constData());
        return ExitUsage;
    }
    if (text.trimmed().isEmpty()) {
        errLine(o.filePath.isEmpty() ? CliTexts::tr("explain: the error text is empty")
                                     : CliTexts::tr("explain: %1 is empty").arg(o.filePath));
        return ExitUsage;
    }
    return explainText(troubleshooter, text, json);
}

} // namespace dwh::cli
