// SPDX-License-Identifier: MIT
// What the customer-ready formats (pdf, html) show, independent of markup.
#include "reportcontent.h"

#include "detaillabels.h"
#include "report.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QUrl>

namespace dwh::content {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::ReportContent)
};

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return Tr::tr("none");
    case QJsonValue::Bool: return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object: break;
    }
    return QString();
}

// A nested value as one line of text: "a, b" for arrays, "key: value; …" for objects.
QString inlineText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << inlineText(v);
        return parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << humanise(it.key()) + QStringLiteral(": ") + inlineText(it.value());
        return parts.join(QStringLiteral("; "));
    }
    return scalarText(value);
}

// Records (objects) as a table: the columns are the keys in the order they first appear.
void fillTable(DetailBlock *block, const QList<QJsonObject> &records, int cap)
{
    QStringList keys;
    for (const QJsonObject &o : records) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    for (const QString &key : keys)
        block->columns << humanise(key);
    for (const QJsonObject &o : records) {
        if (block->rows.size() >= cap) {
            ++block->omitted;
            continue;
        }
        QStringList row;
        for (const QString &key : keys)
            row << (o.contains(key) ? inlineText(o.value(key)) : QString());
        block->rows << row;
    }
}

} // namespace

QString statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return Tr::tr("Pass");
    case CheckStatus::Fail: return Tr::tr("Fail");
    case CheckStatus::Warning: return Tr::tr("Warning");
    case CheckStatus::Unknown: return Tr::tr("Unknown");
    case CheckStatus::Skipped: return Tr::tr("Skipped");
    }
    return QString();
}

QString statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("#2e7d32");
    case CheckStatus::Fail: return QStringLiteral("#c62828");
    case CheckStatus::Warning: return QStringLiteral("#b45f06");
    case CheckStatus::Unknown: return QStringLiteral("#5e35b1");
    case CheckStatus::Skipped: return QStringLiteral("#757575");
    }
    return QStringLiteral("#000000");
}

QString statusTint(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail: return QStringLiteral("#fdecea");
    case CheckStatus::Warning: return QStringLiteral("#fff4e5");
    case CheckStatus::Unknown: return QStringLiteral("#f1ecfa");
    case CheckStatus::Pass:
    case CheckStatus::Skipped: break;
    }
    return QString();
}

QString statusMeaning(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return Tr::tr("The check found nothing to fix.");
    case CheckStatus::Fail: return Tr::tr("Dual-write is blocked or broken until this is fixed.");
    case CheckStatus::Warning: return Tr::tr("Dual-write works, but review this before going live.");
    case CheckStatus::Unknown: return Tr::tr("The data could not be read, so the check could not be judged; the finding says why.");
    case CheckStatus::Skipped: return Tr::tr("The check did not run; the report says why.");
    }
    return QString();
}

QString stepTitle(Step step)
{
    return step == Step::Prerequisites ? Tr::tr("Prerequisite health check")
                                       : Tr::tr("Dependency validation");
}

QString checkPlace(const CheckResult &check)
{
    return check.group.isEmpty() ? check.id : check.id + QStringLiteral(" · ") + check.group;
}

QString microsoftLine(const CheckResult &check)
{
    return check.microsoftDescription.isEmpty()
        ? QString()
        : Tr::tr("Microsoft's description: %1").arg(check.microsoftDescription);
}

QString timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString verdict(const Report &report)
{
    const ReportSummary s = report.summary();
    if (s.fail > 0)
        return Tr::tr("Action needed: %1 of %2 checks failed.").arg(s.fail).arg(s.total());
    if (s.unknown > 0)
        return Tr::tr("Incomplete: %1 of %2 checks could not be evaluated.").arg(s.unknown).arg(s.total());
    if (s.warning > 0)
        return Tr::tr("Passed with warnings: %1 of %2 checks need a review before going live.")
            .arg(s.warning).arg(s.total());
    return Tr::tr("Healthy: every check passed.");
}

CheckStatus overallStatus(const Report &report)
{
    const ReportSummary s = report.summary();
    return s.fail > 0 ? CheckStatus::Fail
        : s.unknown > 0 ? CheckStatus::Unknown
        : s.warning > 0 ? CheckStatus::Warning
                        : CheckStatus::Pass;
}

QList<CheckStatus> displayOrder()
{
    return {CheckStatus::Fail, CheckStatus::Unknown, CheckStatus::Warning, CheckStatus::Pass,
            CheckStatus::Skipped};
}

int countOf(const Report &report, CheckStatus status)
{
    const ReportSummary s = report.summary();
    switch (status) {
    case CheckStatus::Pass: return s.pass;
    case CheckStatus::Fail: return s.fail;
    case CheckStatus::Warning: return s.warning;
    case CheckStatus::Unknown: return s.unknown;
    case CheckStatus::Skipped: return s.skipped;
    }
    return 0;
}

int countIn(const StepResult &step, CheckStatus status)
{
    int n = 0;
    for (const CheckResult &c : step.checks)
        n += c.status == status ? 1 : 0;
    return n;
}

bool isFinding(const CheckResult &check)
{
    return check.status == CheckStatus::Fail || check.status == CheckStatus::Warning
        || check.status == CheckStatus::Unknown;
}

int findingCount(const Report &report)
{
    int n = 0;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks)
            n += isFinding(c) ? 1 : 0;
    }
    return n;
}

QList<DetailBlock> detailBlocks(const QJsonObject &details, int cap)
{
    QList<DetailBlock> blocks;
    for (auto it = details.begin(); it != details.end(); ++it) {
        DetailBlock block;
        block.label = detailLabel(it.key());
        const QJsonValue value = it.value();
        if (value.isObject()) {
            fillTable(&block, {value.toObject()}, cap);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            QList<QJsonObject> records;
            for (const QJsonValue &v : array) {
                if (v.isObject())
                    records << v.toObject();
            }
            if (!array.isEmpty() && records.size() == array.size()) {
                fillTable(&block, records, cap);
            } else {
                for (const QJsonValue &v : array) {
                    if (block.items.size() >= cap)
                        ++block.omitted;
                    else
                        block.items << inlineText(v);
                }
            }
        } else {
            block.items << scalarText(value);
        }
        blocks << block;
    }
    return blocks;
}

int FixIndex::earlierFinding(const Remediation &fix, int finding)
{
    for (const auto &[given, n] : std::as_const(m_given)) {
        if (given.summary == fix.summary && given.steps == fix.steps && given.docUrl == fix.docUrl)
            return n;
    }
    m_given.append(qMakePair(fix, finding));
    return 0;
}

QString omittedNote(int omitted)
{
    return Tr::tr("… and %1 more (all of them are in the JSON report).").arg(omitted);
}

QString humanise(const QString &key)
{
    // Split camelCase into words; acronyms read as acronyms.
    static const QHash<QString, QString> acronyms{
        {QStringLiteral("http"), QStringLiteral("HTTP")}, {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("id"), QStringLiteral("ID")},     {QStringLiteral("api"), QStringLiteral("API")},
        {QStringLiteral("ids"), QStringLiteral("IDs")},   {QStringLiteral("urls"), QStringLiteral("URLs")}};
    QStringList words;
    QString word;
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (i > 0 && c.isUpper() && !key.at(i - 1).isUpper() && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c.toLower();
    }
    if (!word.isEmpty())
        words << word;
    for (QString &w : words)
        w = acronyms.value(w, w);
    QString out = words.join(QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString displayRequest(const QString &request)
{
    return QUrl::fromPercentEncoding(request.toUtf8());
}

} // namespace dwh::content
