// SPDX-License-Identifier: MIT
// libFuzzer target: the simulator's $filter parser (src/sim/filterexpr.h). Any text must parse
// or give an error, never crash or run away; a filter that parses can be evaluated on any row.
#include "filterexpr.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

const QList<QJsonObject> &rows()
{
    static const QList<QJsonObject> list{
        QJsonObject{{QStringLiteral("uniquename"), QStringLiteral("msdyn_DualWriteCore")},
                    {QStringLiteral("version"), QStringLiteral("1.0.24062.1")},
                    {QStringLiteral("ismanaged"), true},
                    {QStringLiteral("statecode"), 0},
                    {QStringLiteral("_parentbusinessunitid_value"), QJsonValue::Null},
                    {QStringLiteral("applicationid"),
                     QStringLiteral("00000015-0000-0000-c000-000000000000")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("O'Brien")},
                    {QStringLiteral("amount"), 12.5},
                    {QStringLiteral("tags"), QJsonArray{1, 2}},
                    {QStringLiteral("plugintypeid"),
                     QJsonObject{{QStringLiteral("assemblyname"),
                                  QStringLiteral("DualWriteRuntime.Plugins")}}}},
        QJsonObject(),
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    dwh::sim::FilterExpr expr;
    QString error;
    if (!dwh::sim::FilterExpr::parse(text, &expr, &error)) {
        if (error.isEmpty())
            abort();  // a refusal always says why
        return 0;
    }
    const dwh::sim::PlainResolver resolver;
    (void)expr.paths();
    for (bool wildcard : {false, true}) {
        expr.setWildcardEquals(wildcard);
        for (const QJsonObject &row : rows())
            (void)expr.matches(row, resolver);
    }
    dwh::sim::FilterExpr copy(expr);
    copy = expr;
    (void)copy.isEmpty();
    return 0;
}
