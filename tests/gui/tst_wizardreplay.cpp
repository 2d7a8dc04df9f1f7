// SPDX-License-Identifier: MIT
// `dwhealth --demo --from-bundle`: the wizard on an evidence bundle served by the simulator names
// the replay in its banner and reaches the codes and statuses the CLI's run recorded.
#include "bundlescenario.h"
#include "healthwizard.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwh;
using namespace dwh::test;

namespace {

constexpr int RunTimeoutMs = 120000;

QStringList findings(const QJsonArray &checks)
{
    QStringList out;
    for (const auto &value : checks) {
        const QJsonObject c = value.toObject();
        QStringList codes;
        for (const auto &code : c.value(QStringLiteral("codes")).toArray())
            codes << code.toString();
        out << QStringLiteral("%1 %2 %3").arg(c.value(QStringLiteral("id")).toString(),
                                              c.value(QStringLiteral("status")).toString(),
                                              codes.join(QLatin1Char(',')));
    }
    return out;
}

QStringList reportFindings(const QJsonObject &report)
{
    QJsonArray checks;
    for (const auto &step : report.value(QStringLiteral("steps")).toArray())
        for (const auto &check : step.toObject().value(QStringLiteral("checks")).toArray())
            checks.append(check);
    return findings(checks);
}

} // namespace

class tst_WizardReplay : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardreplay"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void demoFromBundleReachesTheCliCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("failing dependency") << QStringLiteral("DWDVEV1003");
        QTest::newRow("throttled") << QStringLiteral("throttled");
        QTest::newRow("malformed") << QStringLiteral("malformed");
    }

    void demoFromBundleReachesTheCliCodes()
    {
        QFETCH(QString, name);
        const QString bundle = QStringLiteral(DWH_FIELD_DIR "/bundles/%1.zip").arg(name);
        QFile expectedFile(QStringLiteral(DWH_FIELD_DIR "/bundles/%1.expected.json").arg(name));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected = findings(QJsonDocument::fromJson(expectedFile.readAll()).object()
                                                  .value(QStringLiteral("checks")).toArray());
        const QString replay = sim::BundleScenario::labelOf(bundle);
        QVERIFY(replay.startsWith(QLatin1String("Replay of ")));

        HealthWizard w(true, bundle);
        w.show();
        const auto *banner = w.page(HealthWizard::Page_Welcome)->findChild<QLabel *>(QStringLiteral("simulatedBannerText"));
        QVERIFY(banner->isVisibleTo(&w));
        QVERIFY2(banner->text().contains(replay.toHtmlEscaped()), qPrintable(banner->text()));
        QCOMPARE(child<QComboBox>(w, HealthWizard::Page_Welcome, "scenarioCombo")->currentData().toString(), bundle);

        clickNext(w);
        QCOMPARE(w.currentId(), int(HealthWizard::Page_Credentials));
        clickButton(w, HealthWizard::Page_Credentials, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), RunTimeoutMs);
        clickNext(w);
        while (w.currentId() != HealthWizard::Page_Report) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), RunTimeoutMs);
            clickNext(w);
        }
        QCOMPARE(reportFindings(w.session()->report().toJson()), expected);
    }
};

QTEST_MAIN(tst_WizardReplay)
#include "tst_wizardreplay.moc"
