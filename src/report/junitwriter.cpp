// SPDX-License-Identifier: MIT
#include "junitwriter.h"

#include "report.h"

#include <QXmlStreamWriter>

namespace dwh {

namespace {

struct Counts
{
    int tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts countsOf(const QList<CheckResult> &checks)
{
    Counts c;
    for (const CheckResult &check : checks) {
        ++c.tests;
        if (check.status == CheckStatus::Fail)
            ++c.failures;
        else if (check.status == CheckStatus::Unknown)
            ++c.errors;
        else if (check.status == CheckStatus::Skipped)
            ++c.skipped;
    }
    return c;
}

void writeCounts(QXmlStreamWriter &xml, const Counts &c, double seconds)
{
    xml.writeAttribute(QStringLiteral("tests"), QString::number(c.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(c.failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(c.errors));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(c.skipped));
    xml.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
}

QString bodyOf(const CheckResult &check)
{
    QString text = check.message;
    if (!check.remediation.summary.isEmpty())
        text += QStringLiteral("\n\nFix: ") + check.remediation.summary;
    for (const QString &step : check.remediation.steps)
        text += QStringLiteral("\n- ") + step;
    if (!check.remediation.docUrl.isEmpty())
        text += QStringLiteral("\nDocumentation: ") + check.remediation.docUrl;
    return text;
}

void writeCase(QXmlStreamWriter &xml, const QString &stepId, const CheckResult &check)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("dwhealth.") + stepId);
    xml.writeAttribute(QStringLiteral("name"), check.id);
    xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
    const QString codes = check.codes.join(QLatin1Char(','));
    const QString headline = codes.isEmpty() ? check.message : codes + QStringLiteral(": ") + check.message;
    switch (check.status) {
    case CheckStatus::Fail:
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), headline);
        xml.writeAttribute(QStringLiteral("type"), codes.isEmpty() ? QStringLiteral("fail") : codes);
        xml.writeCharacters(bodyOf(check));
        xml.writeEndElement();
        break;
    case CheckStatus::Unknown:
        xml.writeStartElement(QStringLiteral("error"));
        xml.writeAttribute(QStringLiteral("message"), headline);
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unknown"));
        xml.writeCharacters(bodyOf(check));
        xml.writeEndElement();
        break;
    case CheckStatus::Skipped:
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), check.message);
        break;
    case CheckStatus::Warning:
        xml.writeTextElement(QStringLiteral("system-out"), QStringLiteral("WARNING ") + headline);
        break;
    case CheckStatus::Pass:
        break;
    }
    xml.writeEndElement();
}

} // namespace

QByteArray renderJUnit(const Report &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const double seconds = report.startedAt.isValid() && report.finishedAt.isValid()
        ? report.startedAt.msecsTo(report.finishedAt) / 1000.0
        : 0.0;
    QList<CheckResult> all;
    for (const StepResult &step : report.steps)
        all << step.checks;
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("dwhealth"));
    writeCounts(xml, countsOf(all), seconds);
    for (const StepResult &step : report.steps) {
        const QString stepId = toString(step.id);
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), stepId);
        writeCounts(xml, countsOf(step.checks), 0);
        if (report.startedAt.isValid())
            xml.writeAttribute(QStringLiteral("timestamp"),
                               report.startedAt.toUTC().toString(Qt::ISODate));
        xml.writeStartElement(QStringLiteral("properties"));
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("profile"), report.profileName},
              std::pair{QStringLiteral("dataverse"), report.dataverseUrl},
              std::pair{QStringLiteral("financeAndOperations"), report.foUrl},
              std::pair{QStringLiteral("ruleset"), report.ruleset}}) {
            xml.writeEmptyElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("value"), value);
        }
        xml.writeEndElement();
        for (const CheckResult &check : step.checks)
            writeCase(xml, stepId, check);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace dwh
