// SPDX-License-Identifier: MIT
#include "filterexpr.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using dwh::sim::FilterExpr;
using dwh::sim::PlainResolver;

namespace {

// A resolver with one navigation: "bu/<col>" reads row["bu"][<col>].
class NestedResolver final : public dwh::sim::FieldResolver
{
public:
    QJsonValue value(const QJsonObject &row, const QStringList &path) const override
    {
        QJsonValue v = row;
        for (const QString &p : path)
            v = v.toObject().value(p);
        return v;
    }
};

QJsonObject sampleRow()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("O'Brien Ltd")},
        {QStringLiteral("code"), QStringLiteral("USMF")},
        {QStringLiteral("isdefault"), true},
        {QStringLiteral("count"), 42},
        {QStringLiteral("ratio"), 2.5},
        {QStringLiteral("parent"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("applicationid"), QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b")},
        {QStringLiteral("IsDebugMode"), QStringLiteral("Yes")},
        {QStringLiteral("bu"), QJsonObject{{QStringLiteral("parent"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("name"), QStringLiteral("root")}}},
    };
}

} // namespace

class TestFilterExpr : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void rejects_data();
    void rejects();
    void boundsDepth();
    void deepChainsOfAndOr();
    void reportsPaths();
    void wildcardOnlyWhenEnabled();
    void survivesRandomInput();
};

void TestFilterExpr::evaluates_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");

    QTest::newRow("string eq") << "code eq 'USMF'" << true;
    QTest::newRow("string eq is case-insensitive") << "code eq 'usmf'" << true;
    QTest::newRow("string ne") << "code ne 'DEMF'" << true;
    QTest::newRow("escaped quote") << "name eq 'O''Brien Ltd'" << true;
    QTest::newRow("bool") << "isdefault eq true" << true;
    QTest::newRow("bool false") << "isdefault eq false" << false;
    QTest::newRow("integer gt") << "count gt 41" << true;
    QTest::newRow("integer ge") << "count ge 42" << true;
    QTest::newRow("integer lt") << "count lt 42" << false;
    QTest::newRow("negative") << "count gt -1" << true;
    QTest::newRow("decimal le") << "ratio le 2.5" << true;
    QTest::newRow("null eq") << "parent eq null" << true;
    QTest::newRow("null ne") << "parent ne null" << false;
    QTest::newRow("missing column is null") << "nosuchcolumn eq null" << true;
    QTest::newRow("unquoted guid") << "applicationid eq 2E49AA60-1BD3-43B6-8AB6-03ADA3D9F08B" << true;
    QTest::newRow("guid or guid") << "applicationid eq 00000015-0000-0000-c000-000000000000 or "
                                     "applicationid eq 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b" << true;
    QTest::newRow("enum literal") << "IsDebugMode eq Microsoft.Dynamics.DataEntities.NoYes'Yes'" << true;
    QTest::newRow("enum literal ne") << "IsDebugMode ne Microsoft.Dynamics.DataEntities.NoYes'Yes'" << false;
    QTest::newRow("and") << "isdefault eq true and code eq 'USMF'" << true;
    QTest::newRow("and false") << "isdefault eq true and code eq 'DEMF'" << false;
    QTest::newRow("or") << "code eq 'DEMF' or code eq 'USMF'" << true;
    QTest::newRow("precedence: and binds tighter") << "code eq 'USMF' or code eq 'X' and count eq 0" << true;
    QTest::newRow("parentheses") << "(code eq 'USMF' or code eq 'X') and count eq 0" << false;
    QTest::newRow("not") << "not (code eq 'DEMF')" << true;
    QTest::newRow("not not") << "not not isdefault eq true" << true;
    QTest::newRow("navigation path") << "bu/parent eq null and bu/name eq 'root'" << true;
    QTest::newRow("contains") << "contains(name,'brien')" << true;
    QTest::newRow("startswith") << "startswith(code,'US')" << true;
    QTest::newRow("endswith") << "endswith(code,'XX')" << false;
    QTest::newRow("spaces") << "  code   eq   'USMF'  " << true;
    QTest::newRow("type mismatch never equal") << "count eq 'USMF'" << false;
}

void TestFilterExpr::evaluates()
{
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    FilterExpr expr;
    QString error;
    QVERIFY2(FilterExpr::parse(filter, &expr, &error), qPrintable(error));
    QVERIFY(!expr.isEmpty());
    QCOMPARE(expr.matches(sampleRow(), NestedResolver()), expected);
}

void TestFilterExpr::rejects_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << "" << "Expression expected";
    QTest::newRow("blank") << "   " << "Expression expected";
    QTest::newRow("dangling operator") << "name eq" << "Expression expected at position 7";
    QTest::newRow("no operator") << "name" << "Expression expected";
    QTest::newRow("unknown operator") << "name is 'x'" << "Syntax error at position 5";
    QTest::newRow("unterminated string") << "name eq 'abc" << "unterminated string";
    QTest::newRow("unbalanced open") << "(name eq 'a'" << "')' or operator expected";
    QTest::newRow("unbalanced close") << "name eq 'a')" << "Syntax error";
    QTest::newRow("bad character") << "name eq 'a' & code eq 'b'" << "character '&' is not valid";
    QTest::newRow("trailing and") << "name eq 'a' and" << "Expression expected";
    QTest::newRow("operator as operand") << "eq eq eq" << "Syntax error";
    QTest::newRow("bad number") << "count eq 12abc" << "Syntax error";
    QTest::newRow("bad decimal") << "count eq 1." << "Syntax error";
    QTest::newRow("function without comma") << "contains(name 'x')" << "',' expected";
    QTest::newRow("function not closed") << "contains(name,'x'" << "')' expected";
    QTest::newRow("enum without namespace") << "a eq NoYes'Yes'" << "Syntax error";
    QTest::newRow("enum unterminated") << "a eq Ns.NoYes'Yes" << "Syntax error";
    QTest::newRow("two comparisons") << "a eq 1 eq 2" << "Syntax error";
    QTest::newRow("too long") << QString(FilterExpr::MaxLength + 1, u'a') << "too long";
}

void TestFilterExpr::rejects()
{
    QFETCH(QString, filter);
    QFETCH(QString, messagePart);
    FilterExpr expr;
    QString error;
    QVERIFY(!FilterExpr::parse(filter, &expr, &error));
    QVERIFY(expr.isEmpty());
    QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
}

void TestFilterExpr::boundsDepth()
{
    const int n = 100000;
    FilterExpr expr;
    QString error;
    QVERIFY(!FilterExpr::parse(QString(n, u'(') + QStringLiteral("a eq 1") + QString(n, u')'), &expr, &error));
    QVERIFY(!error.isEmpty());

    QString nots;
    for (int i = 0; i < FilterExpr::MaxDepth + 8; ++i) // short enough for MaxLength, too deep
        nots += QStringLiteral("not ");
    QVERIFY(!FilterExpr::parse(nots + QStringLiteral("a eq 1"), &expr, &error));
    QVERIFY2(error.contains(QLatin1String("nested too deeply")), qPrintable(error));

    // Nesting within the limit parses and evaluates.
    const int ok = FilterExpr::MaxDepth - 1;
    QVERIFY2(FilterExpr::parse(QString(ok, u'(') + QStringLiteral("count eq 42") + QString(ok, u')'), &expr, &error),
             qPrintable(error));
    QVERIFY(expr.matches(sampleRow(), NestedResolver()));
}

void TestFilterExpr::deepChainsOfAndOr()
{
    // Many terms in a flat chain are fine up to the token limit, and evaluate correctly.
    QStringList terms;
    for (int i = 0; i < 300; ++i)
        terms << QStringLiteral("code eq 'X%1'").arg(i);
    terms << QStringLiteral("code eq 'USMF'");
    FilterExpr expr;
    QString error;
    QVERIFY2(FilterExpr::parse(terms.join(QStringLiteral(" or ")), &expr, &error), qPrintable(error));
    QVERIFY(expr.matches(sampleRow(), NestedResolver()));

    QStringList many;
    for (int i = 0; i < FilterExpr::MaxTokens / 3; ++i) // 4 tokens a term, within MaxLength
        many << QStringLiteral("a eq 1");
    const QString manyTerms = many.join(QStringLiteral(" and "));
    QVERIFY(manyTerms.size() < FilterExpr::MaxLength);
    QVERIFY(!FilterExpr::parse(manyTerms, &expr, &error));
    QVERIFY2(error.contains(QLatin1String("too many")), qPrintable(error));
}

void TestFilterExpr::reportsPaths()
{
    FilterExpr expr;
    QString error;
    QVERIFY(FilterExpr::parse(QStringLiteral("isdefault eq true and businessunitid/_parentbusinessunitid_value eq null "
                                             "and isdefault ne false"),
                              &expr, &error));
    const QList<QStringList> paths = expr.paths();
    QCOMPARE(paths.size(), 2);
    QCOMPARE(paths[0], QStringList{QStringLiteral("isdefault")});
    QCOMPARE(paths[1], (QStringList{QStringLiteral("businessunitid"), QStringLiteral("_parentbusinessunitid_value")}));
}

void TestFilterExpr::wildcardOnlyWhenEnabled()
{
    FilterExpr expr;
    QString error;
    QVERIFY(FilterExpr::parse(QStringLiteral("name eq '*brien*'"), &expr, &error));
    QVERIFY(!expr.matches(sampleRow(), PlainResolver()));
    expr.setWildcardEquals(true);
    QVERIFY(expr.matches(sampleRow(), PlainResolver()));
}

void TestFilterExpr::survivesRandomInput()
{
    // A small fuzz pass: random mixes of filter tokens must parse or fail, never crash or hang.
    const QStringList pieces{QStringLiteral("("), QStringLiteral(")"), QStringLiteral("eq"), QStringLiteral("and"),
                             QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("'x'"), QStringLiteral("'"),
                             QStringLiteral("12"), QStringLiteral("-"), QStringLiteral("."), QStringLiteral("a/b"),
                             QStringLiteral("null"), QStringLiteral("Ns.E'V'"), QStringLiteral(","),
                             QStringLiteral("contains("), QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b"),
                             QStringLiteral("\x01"), QStringLiteral("é"), QStringLiteral("/"), QStringLiteral(" ")};
    QRandomGenerator rng(20261123);
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int n = int(rng.bounded(1, 25));
        for (int j = 0; j < n; ++j)
            text += pieces[int(rng.bounded(int(pieces.size())))] + QLatin1Char(' ');
        FilterExpr expr;
        QString error;
        if (FilterExpr::parse(text, &expr, &error)) {
            ++parsed;
            expr.matches(sampleRow(), NestedResolver());
        } else {
            QVERIFY2(!error.isEmpty(), qPrintable(text));
        }
    }
    QVERIFY(parsed < 3000);
}

QTEST_GUILESS_MAIN(TestFilterExpr)
#include "tst_filterexpr.moc"
