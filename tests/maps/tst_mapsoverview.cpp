// SPDX-License-Identifier: MIT
// The table-maps model: states from F&O's Status, the runtime configuration's table, errors from
// the trace log grouped by the troubleshooter's cause, and what could not be read named.
#include "mapsbuilder.h"
#include "mapspdf.h"
#include "mapswriter.h"
#include "pdfwriter.h"
#include "profile.h"
#include "report.h"
#include "ruletesthelpers.h"
#include "troubleshooter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace dwh;
using namespace dwh::test;

namespace {

const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
const QString runtimeType = QStringLiteral("Microsoft.Dynamics.Integrator.DualWriteRuntime.Plugins.PostCommitPlugin");
const QString secureConfig = QStringLiteral(
    "System.Exception: SecureConfig Organization (contosoold) does not match actual CRM "
    "Organization (contosouat).");
const QString notMember = QStringLiteral(
    "[{\\\"error\\\":{\\\"code\\\":\\\"0x80072560\\\",\\\"message\\\":\\\"The user is not a member "
    "of the organization.\\\"}}], The remote server returned an error: (403) Forbidden.");

QJsonObject withStatus(QJsonObject row, const QString &status)
{
    row.insert(QStringLiteral("Status"), status);
    return row;
}

QJsonObject trace(const QString &entity, const QString &details, const QDateTime &at,
                  const QString &type = runtimeType)
{
    return {{QStringLiteral("plugintracelogid"), QStringLiteral("t-%1").arg(at.toSecsSinceEpoch())},
            {QStringLiteral("typename"), type},
            {QStringLiteral("messagename"), QStringLiteral("Update")},
            {QStringLiteral("primaryentity"), entity},
            {QStringLiteral("exceptiondetails"), details},
            {QStringLiteral("correlationid"), QStringLiteral("c-1")},
            {QStringLiteral("createdon"), at.toString(Qt::ISODate)}};
}

Profile profile()
{
    Profile p;
    p.dataverseUrl = QUrl(LinkedDv);
    p.legalEntities = {QStringLiteral("USMF"), QStringLiteral("DEMF")};
    p.legalEntitiesSet = true;
    return p;
}

Snapshot snapshot(const QList<QJsonObject> &traceRows, int traceSetting = 1)
{
    Snapshot s;
    s.set(Dataset::FoProjectConfigs,
          okResult(Dataset::FoProjectConfigs,
                   {projectConfig(QStringLiteral("DWM_CustomersV3_accounts"), QStringLiteral("Customers V3"),
                                  QStringLiteral("accounts"), LinkedDv),
                    withStatus(projectConfig(QStringLiteral("DWM_VendorsV2_msdyn_vendors"),
                                             QStringLiteral("Vendors V2"), QStringLiteral("msdyn_vendors"),
                                             LinkedDv),
                               QStringLiteral("Disabled")),
                    withStatus(projectConfig(QStringLiteral("DWM_Customergroups_msdyn_customergroups"),
                                             QStringLiteral("Customer groups"),
                                             QStringLiteral("msdyn_customergroups"), LinkedDv),
                               QStringLiteral("Queueing")),
                    projectConfig(QStringLiteral("DWM_CDSContactsV2_contacts"), QStringLiteral("CDS Contacts V2"),
                                  QStringLiteral("contacts"), LinkedDv),
                    withStatus(projectConfig(QStringLiteral("DWM_Legalentities_cdm_companies"),
                                             QStringLiteral("Legal entities"),
                                             QStringLiteral("cdm_companies"), LinkedDv),
                               QStringLiteral("Deleting"))}));
    s.set(Dataset::DvRuntimeConfigs,
          okResult(Dataset::DvRuntimeConfigs,
                   {runtimeConfig(QStringLiteral("r1"), QStringLiteral("DWM_CustomersV3_accounts"),
                                  QStringLiteral("account"), QStringLiteral("Customers V3")),
                    runtimeConfig(QStringLiteral("r2"), QStringLiteral("DWM_VendorsV2_msdyn_vendors"),
                                  QStringLiteral("msdyn_vendor"), QStringLiteral("Vendors V2")),
                    runtimeConfig(QStringLiteral("r3"), QStringLiteral("DWM_Customergroups_msdyn_customergroups"),
                                  QStringLiteral("msdyn_customergroup"), QStringLiteral("Customer groups")),
                    runtimeConfig(QStringLiteral("r5"), QStringLiteral("DWM_Legalentities_cdm_companies"),
                                  QStringLiteral("cdm_company"), QStringLiteral("Legal entities"))}));
    s.set(Dataset::DvOrganization,
          okResult(Dataset::DvOrganization,
                   {QJsonObject{{QStringLiteral("organizationid"), QStringLiteral("o")},
                                {QStringLiteral("plugintracelogsetting"), traceSetting}}}));
    s.set(Dataset::DvTraceLogs, okResult(Dataset::DvTraceLogs, traceRows));
    return s;
}

const TableMap *find(const MapsOverview &o, const QString &name)
{
    for (const TableMap &m : o.tableMaps)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

class tst_MapsOverview : public QObject
{
    Q_OBJECT
private slots:
    void statusValues_data();
    void statusValues();
    void everyStateFromTheRows();
    void errorsGroupedByCauseWithTheirFix();
    void olderAndForeignTracesAreNotErrors();
    void deniedTraceLogNamesTheRight();
    void traceLogOffIsUnknownNotClean();
    void unreadMapsNameTheRight();
    void staleRowIsAnError();
    void formatsRender();
    void pdfGainsTheSection();
};

void tst_MapsOverview::statusValues_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("state");
    QTest::newRow("Enabled") << "Enabled" << int(MapState::Running);
    QTest::newRow("0") << "0" << int(MapState::Running);
    QTest::newRow("Disabled") << "disabled" << int(MapState::NotRunning);
    QTest::newRow("Queueing") << "Queueing" << int(MapState::Paused);
    QTest::newRow("4") << "4" << int(MapState::Paused);
    QTest::newRow("undocumented") << "Deleting" << int(MapState::Unknown);
    QTest::newRow("empty") << "" << int(MapState::Unknown);
}

void tst_MapsOverview::statusValues()
{
    QFETCH(QString, status);
    QFETCH(int, state);
    QCOMPARE(int(mapStateFromStatus(status)), state);
}

void tst_MapsOverview::everyStateFromTheRows()
{
    const MapsOverview o = buildMapsOverview(snapshot({}), profile(), Troubleshooter(),
                                             now.addDays(-1), now);
    QCOMPARE(o.tableMaps.size(), 5);
    QCOMPARE(find(o, QStringLiteral("DWM_CustomersV3_accounts"))->state, MapState::Running);
    QCOMPARE(find(o, QStringLiteral("DWM_CustomersV3_accounts"))->dataverseTable, QStringLiteral("account"));
    QCOMPARE(find(o, QStringLiteral("DWM_VendorsV2_msdyn_vendors"))->state, MapState::NotRunning);
    QCOMPARE(find(o, QStringLiteral("DWM_Customergroups_msdyn_customergroups"))->state, MapState::Paused);
    // Running in F&O, but no runtime configuration in Dataverse.
    const TableMap *contacts = find(o, QStringLiteral("DWM_CDSContactsV2_contacts"));
    QCOMPARE(contacts->state, MapState::Error);
    QVERIFY(contacts->stateNote.contains(QStringLiteral("no runtime configuration")));
    const TableMap *legal = find(o, QStringLiteral("DWM_Legalentities_cdm_companies"));
    QCOMPARE(legal->state, MapState::Unknown);
    QVERIFY(legal->stateNote.contains(QStringLiteral("Deleting")));
    // Facts that are not exposed are unknown with the reason, never guessed.
    QVERIFY(contacts->direction.reason.startsWith(QStringLiteral("not exposed")));
    QVERIFY(contacts->initialSync.reason.startsWith(QStringLiteral("not exposed")));
    QCOMPARE(contacts->legalEntities, (QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
    QVERIFY(o.financeErrors.isUnread());
    QVERIFY(!o.dataverseErrors.isUnread());
    QVERIFY(o.hasFindings());  // the map in error
    QVERIFY(o.hasUnread());    // the undocumented Status
}

void tst_MapsOverview::errorsGroupedByCauseWithTheirFix()
{
    const MapsOverview o = buildMapsOverview(
        snapshot({trace(QStringLiteral("account"), secureConfig, now.addSecs(-3600)),
                  trace(QStringLiteral("account"), secureConfig, now.addSecs(-7200)),
                  trace(QStringLiteral("msdyn_vendor"), secureConfig, now.addSecs(-600)),
                  trace(QStringLiteral("contact"), notMember, now.addSecs(-300)),
                  trace(QStringLiteral("msdyn_customergroup"),
                        QStringLiteral("Contoso rule 17 refused the record."), now.addSecs(-60))}),
        profile(), Troubleshooter(), now.addDays(-1), now);
    QCOMPARE(o.errors.size(), 5);
    QCOMPARE(o.errors.first().at, now.addSecs(-60));  // newest first
    QCOMPARE(o.groups.size(), 3);
    const ErrorGroup &top = o.groups.first();
    QCOMPARE(top.causeId, QStringLiteral("secureconfig-organization-mismatch"));
    QCOMPARE(top.count, 3);
    QVERIFY(top.recognised);
    QVERIFY(!top.symptom.fixSteps.isEmpty());
    QVERIFY(top.symptom.docUrl.startsWith(QStringLiteral("https://learn.microsoft.com")));
    QCOMPARE(top.first, now.addSecs(-7200));
    QCOMPARE(top.last, now.addSecs(-600));
    QCOMPARE(top.maps, (QStringList{QStringLiteral("DWM_CustomersV3_accounts"),
                                    QStringLiteral("DWM_VendorsV2_msdyn_vendors")}));
    QCOMPARE(o.groups.at(1).causeId, QStringLiteral("live-sync-user-not-member"));
    // A table without a map in F&O still names where it happened.
    QCOMPARE(o.groups.at(1).maps, QStringList{QStringLiteral("table contact")});
    QCOMPARE(o.groups.last().causeId, QStringLiteral("unrecognised"));
    QVERIFY(!o.groups.last().recognised);

    const TableMap *accounts = find(o, QStringLiteral("DWM_CustomersV3_accounts"));
    QCOMPARE(accounts->errorCount, 2);
    QCOMPARE(accounts->firstError, now.addSecs(-7200));
    QCOMPARE(accounts->lastError, now.addSecs(-3600));
    QCOMPARE(accounts->errorCauses, QStringList{QStringLiteral("secureconfig-organization-mismatch")});
    QVERIFY(o.errorsHaveFindings());
}

void tst_MapsOverview::olderAndForeignTracesAreNotErrors()
{
    const MapsOverview o = buildMapsOverview(
        snapshot({trace(QStringLiteral("account"), secureConfig, now.addDays(-2)),
                  trace(QStringLiteral("account"), secureConfig, now.addSecs(-60),
                        QStringLiteral("Contoso.Plugins.Numbering")),
                  trace(QStringLiteral("account"), QStringLiteral("  "), now.addSecs(-60))}),
        profile(), Troubleshooter(), now.addDays(-1), now);
    QVERIFY(o.errors.isEmpty());
    QVERIFY(o.groups.isEmpty());
    QVERIFY(!o.errorsHaveFindings());
    QVERIFY(!o.errorsUnread());
}

void tst_MapsOverview::deniedTraceLogNamesTheRight()
{
    Snapshot s = snapshot({});
    s.set(Dataset::DvTraceLogs,
          failedResult(Dataset::DvTraceLogs, 403,
                       QStringLiteral("Dataverse answered 403: Principal user is missing "
                                      "prvReadPluginTraceLog privilege")));
    const MapsOverview o = buildMapsOverview(s, profile(), Troubleshooter(), now.addDays(-1), now);
    QVERIFY(o.errorsUnread());
    QVERIFY(o.dataverseErrors.missingRight.contains(QStringLiteral("prvReadPluginTraceLog")));
    QVERIFY(o.hasUnread());
    const QString text = QString::fromUtf8(renderMaps(o, MapsView::Errors, QStringLiteral("text")));
    QVERIFY2(text.contains(QStringLiteral("Missing right")), qPrintable(text));
}

void tst_MapsOverview::traceLogOffIsUnknownNotClean()
{
    const MapsOverview o = buildMapsOverview(snapshot({}, 0), profile(), Troubleshooter(),
                                             now.addDays(-1), now);
    QVERIFY(o.errorsUnread());
    QVERIFY(o.dataverseErrors.reason.contains(QStringLiteral("trace log is off")));
}

void tst_MapsOverview::unreadMapsNameTheRight()
{
    Snapshot s = snapshot({});
    s.set(Dataset::FoProjectConfigs,
          failedResult(Dataset::FoProjectConfigs, 403, QStringLiteral("F&O answered 403")));
    const MapsOverview o = buildMapsOverview(s, profile(), Troubleshooter(), now.addDays(-1), now);
    QVERIFY(o.tableMaps.isEmpty());
    QVERIFY(o.maps.isUnread());
    QVERIFY(o.maps.missingRight.contains(QStringLiteral("System administrator")));
    QVERIFY(!o.hasFindings());
    QVERIFY(o.hasUnread());
    const QString md = QString::fromUtf8(renderMaps(o, MapsView::Maps, QStringLiteral("md")));
    QVERIFY2(md.contains(QStringLiteral("could not be read")), qPrintable(md));
}

void tst_MapsOverview::staleRowIsAnError()
{
    Snapshot s = snapshot({});
    s.set(Dataset::FoProjectConfigs,
          okResult(Dataset::FoProjectConfigs,
                   {projectConfig(QStringLiteral("DWM_CustomersV3_accounts"), QStringLiteral("Customers V3"),
                                  QStringLiteral("accounts"), QStringLiteral("https://old.crm4.dynamics.com"))}));
    const MapsOverview o = buildMapsOverview(s, profile(), Troubleshooter(), now.addDays(-1), now);
    QCOMPARE(o.tableMaps.size(), 1);
    QCOMPARE(o.tableMaps.first().state, MapState::Error);
    QVERIFY(o.tableMaps.first().stateNote.contains(QStringLiteral("DWFOEV1004")));
}

void tst_MapsOverview::formatsRender()
{
    const MapsOverview o = buildMapsOverview(
        snapshot({trace(QStringLiteral("account"), secureConfig, now.addSecs(-3600))}), profile(),
        Troubleshooter(), now.addDays(-1), now);
    for (MapsView view : {MapsView::Maps, MapsView::Errors}) {
        for (const QString &format : mapsFormats(view)) {
            const QByteArray out = renderMaps(o, view, format);
            QVERIFY2(out.contains("secureconfig-organization-mismatch")
                         || out.contains("SecureConfig"), qPrintable(format));
        }
    }
    const QJsonObject json = QJsonDocument::fromJson(renderMaps(o, MapsView::Maps, QStringLiteral("json"))).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("maps")).toArray().size(), 5);
    QCOMPARE(json.value(QStringLiteral("errors")).toObject().value(QStringLiteral("count")).toInt(), 1);
    const QByteArray junit = renderMaps(o, MapsView::Errors, QStringLiteral("junit"));
    QVERIFY(junit.contains("failures=\"1\""));
    QVERIFY(junit.contains("<skipped"));  // F&O's side is not exposed
    const QByteArray html = renderMaps(o, MapsView::Maps, QStringLiteral("html"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<table>"));
}

void tst_MapsOverview::pdfGainsTheSection()
{
    const MapsOverview o = buildMapsOverview(
        snapshot({trace(QStringLiteral("account"), secureConfig, now.addSecs(-3600)),
                  trace(QStringLiteral("contact"), notMember, now.addSecs(-300))}),
        profile(), Troubleshooter(), now.addDays(-1), now);
    const PdfExtraSection section = mapsPdfSection(o);
    QCOMPARE(section.title, QStringLiteral("Table maps and recent errors"));
    bool table = false;
    for (const PdfBlock &b : section.blocks)
        table = table || (b.kind == PdfBlock::Kind::Table && b.rows.size() == 5);
    QVERIFY(table);

    Report report;
    report.profileName = QStringLiteral("Contoso UAT");
    report.startedAt = now;
    report.finishedAt = now;
    PdfOptions options;
    const QByteArray without = renderPdf(report, options);
    options.extraSections = {section};
    const QByteArray with = renderPdf(report, options);
    QVERIFY(with.startsWith("%PDF"));
    QVERIFY(with.size() > without.size());
    // A redacted copy leaves the section out: its texts are not redacted.
    options.redacted = true;
    QVERIFY(renderPdf(report, options).size() < with.size());
    const QString dir = qEnvironmentVariable("DWHEALTH_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFile f(dir + QStringLiteral("/table-maps-section.pdf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(with);
    }
}

QTEST_MAIN(tst_MapsOverview)
#include "tst_mapsoverview.moc"
