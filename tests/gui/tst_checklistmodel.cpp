// SPDX-License-Identifier: MIT
// CheckListModel: structure checked by QAbstractItemModelTester while it is filled, grouped and flat.
#include "checklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dwh::CheckResult;
using dwh::CheckStatus;
using dwh::gui::CheckListModel;

class tst_CheckListModel : public QObject
{
    Q_OBJECT

private:
    static QList<CheckListModel::Entry> entries()
    {
        return {{QStringLiteral("dep.apihub.dataverse"), QStringLiteral("Dataverse connection"), {QStringLiteral("DWDVEV1001")}},
                {QStringLiteral("dep.apihub.fo"), QStringLiteral("F&O connection"), {QStringLiteral("DWFOEV1001")}},
                {QStringLiteral("dep.company.dataverse"), QStringLiteral("Companies in Dataverse"), {QStringLiteral("DWDVEV1003")}},
                {QStringLiteral("dep.other"), QStringLiteral("Ungrouped"), {}}};
    }
    static QList<CheckListModel::Group> groups()
    {
        return {{QStringLiteral("APIHubConnection"), {QStringLiteral("dep.apihub.dataverse"), QStringLiteral("dep.apihub.fo")}},
                {QStringLiteral("StaleConfiguration"), {QStringLiteral("dep.company.dataverse")}}};
    }
    static CheckResult result(const QString &id, CheckStatus status, const QString &message = {})
    {
        CheckResult r;
        r.id = id;
        r.title = id;
        r.status = status;
        r.message = message;
        return r;
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void grouped()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(entries(), groups());
        QCOMPARE(model.rowCount(), 3);  // two groups + "Other checks"
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(model.rowCount(model.index(2, 0)), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("APIHubConnection"));
        QCOMPARE(model.index(0, 0).data(CheckListModel::StatusRole).toInt(), -1);
        QCOMPARE(model.checkCount(), 4);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setResult(result(QStringLiteral("dep.apihub.fo"), CheckStatus::Fail, QStringLiteral("gone\nsecond line")));
        QCOMPARE(changed.size(), 2);  // the row and its group
        const QModelIndex fo = model.indexOf(QStringLiteral("dep.apihub.fo"));
        QCOMPARE(fo.parent(), model.index(0, 0));
        QCOMPARE(fo.siblingAtColumn(CheckListModel::MessageColumn).data().toString(), QStringLiteral("gone"));
        QCOMPARE(fo.siblingAtColumn(CheckListModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(fo.siblingAtColumn(CheckListModel::CodeColumn).data().toString(), QStringLiteral("DWFOEV1001"));
        QVERIFY(!fo.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.resultAt(fo));
        QVERIFY(!model.resultAt(model.index(0, 0)));
        QCOMPARE(model.index(0, 0).data(CheckListModel::StatusRole).toInt(), -1);  // one still pending

        model.setResult(result(QStringLiteral("dep.apihub.dataverse"), CheckStatus::Pass));
        QCOMPARE(model.index(0, 0).data(CheckListModel::StatusRole).toInt(), int(CheckStatus::Fail));
        QCOMPARE(model.count(CheckStatus::Fail), 1);
        QCOMPARE(model.finishedCount(), 2);

        model.setResult(result(QStringLiteral("no.such.check"), CheckStatus::Fail));
        QCOMPARE(model.finishedCount(), 2);

        model.clearResults();
        QCOMPARE(model.finishedCount(), 0);
        QVERIFY(!model.resultAt(model.indexOf(QStringLiteral("dep.apihub.fo"))));
    }

    void flat()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(entries());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        for (const auto &e : entries())
            model.setResult(result(e.id, CheckStatus::Skipped));
        QCOMPARE(model.count(CheckStatus::Skipped), 4);
        QCOMPARE(model.indexOf(QStringLiteral("dep.other")).row(), 3);
        model.setChecks({});
        QCOMPARE(model.rowCount(), 0);
    }

    // Built when first asked for, kept, and built again when the result changes.
    void detailsHtmlIsBuiltOncePerResult()
    {
        CheckListModel model;
        model.setChecks(entries());
        const QModelIndex index = model.indexOf(entries().first().id);
        QVERIFY(model.detailsHtml(index).isEmpty());  // pending
        model.setResult(result(entries().first().id, CheckStatus::Fail, QStringLiteral("first")));
        const QString html = model.detailsHtml(index);
        QVERIFY(html.contains(QLatin1String("first")));
        QCOMPARE(model.detailsHtml(index).constData(), html.constData());  // the same string
        model.setResult(result(entries().first().id, CheckStatus::Fail, QStringLiteral("second")));
        QVERIFY(model.detailsHtml(index).contains(QLatin1String("second")));
        model.clearResults();
        QVERIFY(model.detailsHtml(index).isEmpty());
    }

    void allSkippedGroupIsSkipped()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(entries(), groups());
        for (const auto &e : entries())
            model.setResult(result(e.id, CheckStatus::Skipped));
        QCOMPARE(model.index(0, 0).data(CheckListModel::StatusRole).toInt(), int(CheckStatus::Skipped));
        QCOMPARE(model.index(0, CheckListModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    }
};

QTEST_MAIN(tst_CheckListModel)
#include "tst_checklistmodel.moc"
