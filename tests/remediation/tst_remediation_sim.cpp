// SPDX-License-Identifier: MIT
// What remediation adds below it: ServiceClient writes, record addresses, and the simulator's
// `$ref` disassociation and method-specific faults, over loopback HTTP.
#include "recordaddress.h"
#include "serviceclient.h"
#include "tenant.h"

using namespace dwh;
using namespace dwh::test;

namespace {

const QString usmfId = QStringLiteral("13543925-b1bd-53f9-a4d7-9195cd00ee01");  // enabled for dual-write
const QString gbsiId = QStringLiteral("635b9803-e2e1-5072-acee-c12635a8dc8b");  // not enabled
const QString usrtId = QStringLiteral("51aef826-4007-571e-a1c7-f58680109529");  // not enabled, no team

ServiceReply send(ServiceClient *client, const QByteArray &verb, const QUrl &url,
                  const QByteArray &body = QByteArray(),
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    ServiceReply result;
    bool done = false;
    QObject context;
    client->request(verb, url, body, headers, &context, [&](const ServiceReply &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        result.error = QStringLiteral("no answer in time");
    return result;
}

QJsonValue column(const Tenant &t, const QString &id, const QString &name)
{
    for (const QJsonObject &row : t.dvRows(QStringLiteral("cdm_companies"))) {
        if (row.value(QStringLiteral("cdm_companyid")).toString() == id)
            return row.value(name);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

class tst_RemediationSim : public QObject
{
    Q_OBJECT
private slots:
    void recordAddresses()
    {
        const QUrl dv(QStringLiteral("https://contoso.crm4.dynamics.com/"));
        const QUrl fo(QStringLiteral("https://contoso.operations.dynamics.com"));
        QCOMPARE(RecordAddress::quoted(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
        QVERIFY(RecordAddress::isGuid(usmfId));
        QVERIFY(RecordAddress::isGuid(usmfId.toUpper()));
        QVERIFY(!RecordAddress::isGuid(QStringLiteral("{") + usmfId + QStringLiteral("}")));
        QVERIFY(!RecordAddress::isGuid(usmfId + QStringLiteral(")/x")));
        QCOMPARE(RecordAddress::dataverseRecord(dv, QStringLiteral("cdm_companies"), usmfId).toString(),
                 QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/cdm_companies(%1)").arg(usmfId));
        QCOMPARE(RecordAddress::dataverseReference(dv, QStringLiteral("cdm_companies"), usmfId,
                                                   QStringLiteral("cdm_defaultowningteam")).toString(),
                 QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/cdm_companies(%1)"
                                "/cdm_defaultowningteam/$ref").arg(usmfId));
        QCOMPARE(RecordAddress::foRecord(fo, QStringLiteral("DualWriteProjectConfigurations"),
                                         QStringLiteral("ProjectName"), QStringLiteral("A'b c/d#e"))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://contoso.operations.dynamics.com/data/DualWriteProjectConfigurations"
                                "(ProjectName='A''b%20c%2Fd%23e')"));
        QCOMPARE(RecordAddress::crossCompany(RecordAddress::foCollection(fo, QStringLiteral("LegalEntities")))
                     .toString(),
                 QStringLiteral("https://contoso.operations.dynamics.com/data/LegalEntities?cross-company=true"));
    }

    void patchSendsTheBodyAndNeverUpserts()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("healthy")));
        ServiceClient *dv = t.clients->client(Service::Dataverse);
        const QString team = QStringLiteral("ec5c38c6-bb03-520f-92db-dc82ecd1cefc");
        const QByteArray body = "{\"cdm_defaultowningteam@odata.bind\":\"/teams(" + team.toLatin1() + ")\"}";
        const QList<QPair<QByteArray, QByteArray>> ifMatch{{"If-Match", "*"}};
        const ServiceReply ok = send(dv, "PATCH",
                                     RecordAddress::dataverseRecord(t.profile.dataverseUrl, QStringLiteral("cdm_companies"), usrtId),
                                     body, ifMatch);
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(ok.status, 204);
        QCOMPARE(ok.evidence.last().request, QStringLiteral("PATCH /api/data/v9.2/cdm_companies(%1)").arg(usrtId));
        QCOMPARE(column(t, usrtId, QStringLiteral("_cdm_defaultowningteam_value")).toString(), team);

        const QString absent = QStringLiteral("00000000-0000-0000-0000-00000000abcd");
        const int before = int(t.dvRows(QStringLiteral("cdm_companies")).size());
        const ServiceReply missing = send(dv, "PATCH",
                                          RecordAddress::dataverseRecord(t.profile.dataverseUrl, QStringLiteral("cdm_companies"), absent),
                                          body, ifMatch);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.error.contains(QStringLiteral("Does Not Exist")));
        QCOMPARE(int(t.dvRows(QStringLiteral("cdm_companies")).size()), before);
    }

    void refDeleteClearsALookup()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("healthy")));
        ServiceClient *dv = t.clients->client(Service::Dataverse);
        const QString nav = QStringLiteral("cdm_defaultowningteam");
        const QUrl gbsi = RecordAddress::dataverseReference(t.profile.dataverseUrl, QStringLiteral("cdm_companies"), gbsiId, nav);
        const ServiceReply cleared = send(dv, "DELETE", gbsi);
        QVERIFY2(cleared.ok, qPrintable(cleared.error));
        QCOMPARE(cleared.status, 204);
        QVERIFY(column(t, gbsiId, QStringLiteral("_cdm_defaultowningteam_value")).isNull());
        QCOMPARE(cleared.evidence.last().request,
                 QStringLiteral("DELETE /api/data/v9.2/cdm_companies(%1)/cdm_defaultowningteam/$ref").arg(gbsiId));

        // The dual-write plug-in keeps the team of a company enabled for dual-write.
        const QString usmfTeam = column(t, usmfId, QStringLiteral("_cdm_defaultowningteam_value")).toString();
        const ServiceReply refused = send(dv, "DELETE",
            RecordAddress::dataverseReference(t.profile.dataverseUrl, QStringLiteral("cdm_companies"), usmfId, nav));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.error.contains(QStringLiteral("0x80040265")), qPrintable(refused.error));
        QCOMPARE(column(t, usmfId, QStringLiteral("_cdm_defaultowningteam_value")).toString(), usmfTeam);

        const ServiceReply noSuchNav = send(dv, "DELETE",
            RecordAddress::dataverseReference(t.profile.dataverseUrl, QStringLiteral("cdm_companies"), usmfId,
                                              QStringLiteral("nosuchlookup")));
        QCOMPARE(noSuchNav.status, 404);
        const ServiceReply get = send(dv, "GET", gbsi);
        QCOMPARE(get.status, 405);
        const ServiceReply noRecord = send(dv, "DELETE",
            RecordAddress::dataverseReference(t.profile.dataverseUrl, QStringLiteral("cdm_companies"),
                                              QStringLiteral("00000000-0000-0000-0000-00000000abcd"), nav));
        QCOMPARE(noRecord.status, 404);
    }

    void faultsCanTargetOneMethod()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWFOEV1004")));
        ServiceClient *fo = t.clients->client(Service::FinanceAndOperations);
        const QUrl record = RecordAddress::foRecord(t.profile.foUrl, QStringLiteral("DualWriteProjectConfigurations"),
                                                    QStringLiteral("ProjectName"),
                                                    QStringLiteral("DWM_WarehousesV2_msdyn_warehouses"));
        sim::Fault fault;
        fault.service = QStringLiteral("financeAndOperations");
        fault.method = QStringLiteral("delete");
        fault.pathContains = QStringLiteral("DWM_WarehousesV2");
        fault.status = 500;
        fault.times = 1;
        t.simulator.addFault(fault);
        const ServiceReply read = send(fo, "GET", RecordAddress::crossCompany(record));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(QJsonDocument::fromJson(read.body).object().value(QStringLiteral("ProjectName")).toString(),
                 QStringLiteral("DWM_WarehousesV2_msdyn_warehouses"));
        const ServiceReply failed = send(fo, "DELETE", record);
        QCOMPARE(failed.status, 500);
        QVERIFY(failed.error.contains(QStringLiteral("internal error")));
        const ServiceReply deleted = send(fo, "DELETE", record);  // the fault was used up
        QVERIFY2(deleted.ok, qPrintable(deleted.error));
        QCOMPARE(deleted.status, 204);

        sim::Fault parsed;
        QString error;
        QVERIFY(sim::Fault::fromJson(QJsonObject{{QStringLiteral("service"), QStringLiteral("dataverse")},
                                                 {QStringLiteral("method"), QStringLiteral("PATCH")}},
                                     &parsed, &error));
        QCOMPARE(parsed.method, QStringLiteral("PATCH"));
    }

    void aWriteIsNeverSentTwice_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }

    // The service applies the write, then the connection is reset before the answer: Qt's HTTP/1
    // code would send the request again on a new connection; dwhealth's writes never are.
    void aWriteIsNeverSentTwice()
    {
        QFETCH(QByteArray, verb);
        Tenant t;
        QVERIFY(t.start(QStringLiteral("healthy")));
        ServiceClient *dv = t.clients->client(Service::Dataverse);
        const QString set = QStringLiteral("msdyn_dualwriteruntimeconfigs");
        const QString id = QStringLiteral("0d2c4b6a-1111-4222-8333-944455556666");
        if (verb == "DELETE") {
            const ServiceReply created = send(dv, "POST", RecordAddress::dataverseCollection(t.profile.dataverseUrl, set),
                                              "{\"msdyn_dualwriteruntimeconfigid\":\"" + id.toLatin1() + "\"}");
            QVERIFY2(created.ok, qPrintable(created.error));
        }
        int sent = 0;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&sent, verb](const QString &service, const QString &method, const QString &, int) {
            sent += service == QLatin1String("dataverse") && method.toLatin1() == verb ? 1 : 0;
        });
        sim::Fault reset;
        reset.service = QStringLiteral("dataverse");
        reset.method = QString::fromLatin1(verb);
        reset.kind = sim::Fault::Kind::AppliedThenReset;
        reset.times = 1;
        t.simulator.addFault(reset);
        const QUrl url = verb == "POST" ? RecordAddress::dataverseCollection(t.profile.dataverseUrl, set)
                                        : RecordAddress::dataverseRecord(t.profile.dataverseUrl, set, id);
        const ServiceReply reply = send(dv, verb, url,
                                        verb == "POST" ? "{\"msdyn_dualwriteruntimeconfigid\":\"" + id.toLatin1() + "\"}"
                                                       : QByteArray());
        QVERIFY(!reply.ok);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error.contains(QStringLiteral("closed the connection")), qPrintable(reply.error));
        QTest::qWait(300);  // a resend would arrive meanwhile
        QCOMPARE(sent, 1);
        bool present = false;
        for (const QJsonObject &row : t.dvRows(set))
            present = present || row.value(QStringLiteral("msdyn_dualwriteruntimeconfigid")).toString() == id;
        QCOMPARE(present, verb == "POST");  // applied once
    }

    void aWriteAnswered503IsNotRetried()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        ServiceClient *dv = t.clients->client(Service::Dataverse);
        int deletes = 0;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&deletes](const QString &, const QString &method, const QString &, int) {
            deletes += method == QLatin1String("DELETE") ? 1 : 0;
        });
        sim::Fault unavailable;
        unavailable.service = QStringLiteral("dataverse");
        unavailable.method = QStringLiteral("DELETE");
        unavailable.status = 503;
        unavailable.retryAfterSeconds = 0;
        unavailable.times = 1;
        t.simulator.addFault(unavailable);
        const ServiceReply reply = send(dv, "DELETE", RecordAddress::dataverseRecord(
            t.profile.dataverseUrl, QStringLiteral("msdyn_dualwriteruntimeconfigs"),
            QStringLiteral("3b172154-2e22-5e54-9226-1979717b3b1a")));
        QCOMPARE(reply.status, 503);
        QCOMPARE(deletes, 1);
        QCOMPARE(dv->retries(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RemediationSim)
#include "tst_remediation_sim.moc"
