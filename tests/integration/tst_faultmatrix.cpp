// SPDX-License-Identifier: MIT
// Every service × every fault, over loopback HTTP against the simulator: the run finishes in
// time, nothing read from the faulted service passes, every `unknown` says which service and what
// went wrong, and retries stay within the budget.
#include "simharness.h"

#include "linkcontext.h"
#include "ruleset.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace dwh;
using Kind = sim::Fault::Kind;

namespace {

constexpr int HANG_TIMEOUT_MS = 1500;  // per HTTP exchange under a hang: a hang costs this much
constexpr int TIMEOUT_MS = 10000;      // under any other fault: slow (loaded, sanitized) is not hung
constexpr int MAX_RETRIES = 2;         // per request, on 429/503
constexpr int RETRY_AFTER_S = 1;       // what the 429 fault asks for
constexpr int RUN_BOUND_MS = 30000;     // a run under any fault finishes within this
constexpr qint64 MAX_BYTES = 4LL * 1024 * 1024;  // the huge body (~48 MiB) must trip this

enum class F {
    Refused, Hang, S401, S403, S404, S429, S500, S503, Malformed, Html, Truncated,
    WrongContentType, HugeBody, NextLinkElsewhere, NextLinkLoop
};

struct FaultSpec
{
    F id;
    const char *name;
    QStringList words;  // an `unknown` message says at least one of these (case-insensitive)
};

const QList<FaultSpec> &faultSpecs()
{
    static const QList<FaultSpec> specs{
        {F::Refused, "connection refused", {"connection was refused"}},
        {F::Hang, "hang", {"timed out", "did not answer"}},
        {F::S401, "401", {"401"}},
        {F::S403, "403", {"403"}},
        {F::S404, "404", {"404"}},
        {F::S429, "429 with Retry-After", {"throttled"}},
        {F::S500, "500", {"500"}},
        {F::S503, "503", {"503"}},
        {F::Malformed, "malformed JSON", {"malformed", "not JSON"}},
        {F::Html, "HTML page", {"HTML page"}},
        {F::Truncated, "truncated body", {"closed the connection", "incomplete", "truncated"}},
        {F::WrongContentType, "wrong content type", {"text/html"}},
        {F::HugeBody, "huge body", {"larger than"}},
        {F::NextLinkElsewhere, "nextLink elsewhere", {"points elsewhere"}},
        {F::NextLinkLoop, "nextLink loop", {"paging loop"}},
    };
    return specs;
}

const FaultSpec &specOf(F id)
{
    for (const FaultSpec &s : faultSpecs())
        if (s.id == id)
            return s;
    qFatal("unknown fault");
}

bool isPagingFault(F id) { return id == F::NextLinkElsewhere || id == F::NextLinkLoop; }

/**
 * The healthy scenario with the F&O project configurations pointing at `dataverseUrl` (as they
 * do in a tenant whose Dataverse is there but refuses connections), written to `dir`.
 */
QString healthyWithDataverseAt(const QUrl &dataverseUrl, const QTemporaryDir &dir)
{
    QFile in(QStringLiteral(":/scenarios/healthy.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("healthy.json is not in the resources");
    QByteArray json = in.readAll();
    json.replace("{dataverseUrl}", dataverseUrl.toString().toUtf8());
    const QString path = dir.filePath(QStringLiteral("healthy-refused.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/** A port on 127.0.0.1 nothing listens on. */
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return server.serverPort();  // closed again when `server` goes
}

/**
 * Signs in for the resource the simulator knows while the service URL in the profile points at a
 * closed port: Entra ID issues the token, the service itself cannot be reached.
 */
class RemappedTokens final : public TokenProvider
{
public:
    RemappedTokens(std::unique_ptr<TokenProvider> inner, QString from, QString to)
        : m_inner(std::move(inner)), m_from(std::move(from)), m_to(std::move(to)) {}
    void requestToken(const QString &scope, QObject *context, TokenResult::Callback done) override
    {
        m_inner->requestToken(map(scope), context, std::move(done));
    }
    void invalidate(const QString &scope) override { m_inner->invalidate(map(scope)); }
    int requestCount() const override { return m_inner->requestCount(); }

private:
    QString map(const QString &scope) const { return scope == m_from ? m_to : scope; }
    std::unique_ptr<TokenProvider> m_inner;
    QString m_from, m_to;
};

Service serviceFromName(const QString &name)
{
    for (Service s : {Service::Entra, Service::Dataverse, Service::FinanceAndOperations,
                      Service::PowerPlatform})
        if (serviceName(s) == name)
            return s;
    qFatal("unknown service");
}

sim::Fault simFault(const QString &service, F id)
{
    sim::Fault f;
    f.service = service;
    switch (id) {
    case F::Hang: f.kind = Kind::Hang; break;
    case F::S401: f.status = 401; break;
    case F::S403: f.status = 403; break;
    case F::S404: f.status = 404; break;
    case F::S429: f.status = 429; f.retryAfterSeconds = RETRY_AFTER_S; break;
    case F::S500: f.status = 500; break;
    case F::S503: f.status = 503; f.retryAfterSeconds = 0; break;
    case F::Malformed: f.kind = Kind::Malformed; break;
    case F::Html: f.kind = Kind::Html; break;
    case F::Truncated: f.kind = Kind::Truncated; break;
    case F::WrongContentType: f.kind = Kind::WrongContentType; break;
    case F::HugeBody: f.kind = Kind::HugeBody; break;
    case F::NextLinkElsewhere: f.kind = Kind::NextLinkElsewhere; break;
    case F::NextLinkLoop: f.kind = Kind::NextLinkLoop; break;
    case F::Refused: break;
    }
    return f;
}

int timeoutFor(F fault) { return fault == F::Hang ? HANG_TIMEOUT_MS : TIMEOUT_MS; }

EngineOptions fastOptions(F fault)
{
    EngineOptions options;
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform,
                      Service::PowerPlatformAdmin}) {
        RequestLimits &l = options.collector.limits[s];
        l.timeoutMs = timeoutFor(fault);
        l.maxRetries = MAX_RETRIES;
        l.maxRetryWaitMs = 5000;
        l.maxResponseBytes = MAX_BYTES;
        l.maxConcurrent = 4;  // four huge bodies at a time at most
    }
    return options;
}

bool mentionsAny(const QString &text, const QStringList &words)
{
    for (const QString &w : words)
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

/** Whether the fault changes what `dataset` reads: paging faults need a collection page. */
/** The service a dataset is served by in the simulator: the Power Platform admin API's routes
 *  share the Power Platform listener (and so its faults). */
Service simulatedServiceOf(Dataset dataset)
{
    const Service s = serviceOf(dataset);
    return s == Service::PowerPlatformAdmin ? Service::PowerPlatform : s;
}

bool affects(Service faulted, F fault, Dataset dataset)
{
    if (isPagingFault(fault))
        return faulted != Service::Entra && simulatedServiceOf(dataset) == faulted
            && dataset != Dataset::DvWhoAmI && dataset != Dataset::PpEnvironment;
    return faulted == Service::Entra || simulatedServiceOf(dataset) == faulted;
}

/** One run of the healthy tenant with one fault on one service. */
struct FaultRun
{
    Service faulted;
    F id;
    QString service;  // serviceName(faulted)
    QTemporaryDir dir;
    test::SimRun run;
    std::unique_ptr<TokenProvider> tokens;

    FaultRun(Service s, F f) : faulted(s), id(f), service(serviceName(s)) {}
    /** Token answers are not pages: a paging fault on Entra ID changes nothing. */
    bool noOp() const { return faulted == Service::Entra && isPagingFault(id); }

    bool start()
    {
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        const bool refusedDataverse = id == F::Refused && faulted == Service::Dataverse;
        if (!dir.isValid()
            || !run.start(refusedDataverse ? healthyWithDataverseAt(closed, dir)
                                           : QStringLiteral("healthy")))
            return false;
        const QString realScope = run.profile.tokenScope(faulted);
        if (id == F::Refused) {
            switch (faulted) {
            case Service::Entra: run.profile.authority = closed; break;
            case Service::Dataverse: run.profile.dataverseUrl = closed; break;
            case Service::FinanceAndOperations: run.profile.foUrl = closed; break;
            case Service::PowerPlatform:
                run.profile.powerPlatformUrl = closed;
                run.profile.powerPlatformAdminUrl = closed;
                break;
            case Service::PowerPlatformAdmin: break;
            }
        } else {
            run.simulator->addFault(simFault(service, id));
        }
        auto secretTokens = std::make_unique<ClientSecretTokenProvider>(
            run.profile, sim::Simulator::clientSecret().toUtf8());
        secretTokens->setTimeoutMs(timeoutFor(id));
        tokens = std::move(secretTokens);
        if (id == F::Refused && faulted != Service::Entra)
            tokens = std::make_unique<RemappedTokens>(std::move(tokens),
                                                      run.profile.tokenScope(faulted), realScope);
        return true;
    }

    /** Runs both steps; false when finished() did not come exactly once within the bound. */
    bool runAll()
    {
        run.engine = std::make_unique<HealthEngine>(run.profile, tokens.get(), fastOptions(id));
        QSignalSpy finished(run.engine.get(), &HealthEngine::finished);
        run.engine->runAll();
        if (!finished.wait(RUN_BOUND_MS))  // a hang guard, not a timing assertion
            return false;
        QTest::qWait(50);  // a second finished() would show here
        return finished.size() == 1;
    }
};

} // namespace

class tst_FaultMatrix : public QObject
{
    Q_OBJECT
    int m_tried = 0;
    int m_survived = 0;

    /** The datasets the fault reaches failed, naming service and fault; the others were read. */
    void checkDatasets(const FaultRun &f, const FaultSpec &spec)
    {
        const Snapshot &snap = f.run.engine->snapshot();
        const QString name = serviceDisplayName(f.faulted);
        for (Dataset d : snap.datasets()) {
            const DatasetResult &r = snap.get(d);
            if (f.noOp() || !affects(f.faulted, f.id, d)) {
                QVERIFY2(r.ok(), qPrintable(datasetName(d) + QStringLiteral(": ") + r.error));
                continue;
            }
            QVERIFY2(!r.ok(), qPrintable(datasetName(d) + QStringLiteral(" was read")));
            QVERIFY2(r.error.contains(name) && mentionsAny(r.error, spec.words),
                     qPrintable(datasetName(d) + QStringLiteral(": ") + r.error));
        }
    }

    /** No check passes on data from the faulted service, none fails (the tenant is healthy),
     *  and every unknown names the service and the fault. */
    void checkReport(const FaultRun &f, const FaultSpec &spec)
    {
        const Report &report = f.run.report();
        const QString name = serviceDisplayName(f.faulted);
        const LinkContext context = LinkContext::fromProfile(f.run.profile);
        for (const Rule &rule : allRules()) {
            const CheckResult *c = report.find(rule.descriptor.id);
            QVERIFY2(c, qPrintable(rule.descriptor.id));
            const QByteArray what = (c->id + QStringLiteral(": ") + c->message).toUtf8();
            if (qEnvironmentVariableIsSet("FAULTMATRIX_VERBOSE"))
                qInfo("%s: %s", qPrintable(toString(c->status)), what.constData());
            if (c->status == CheckStatus::Pass && !f.noOp()) {
                for (Dataset d : datasetsNeeded(rule.descriptor, context))
                    QVERIFY2(!affects(f.faulted, f.id, d),
                             qPrintable(c->id + QStringLiteral(" passed on ") + datasetName(d)));
            }
            // A finding on a healthy tenant could only come from data that was not read.
            QVERIFY2(c->status != CheckStatus::Fail && c->status != CheckStatus::Warning, what);
            if (c->status == CheckStatus::Unknown)
                QVERIFY2(c->message.contains(name) && mentionsAny(c->message, spec.words), what);
        }
        QCOMPARE(report.exitCode(), f.noOp() ? 0 : 3);
    }

    /** Every request the simulator saw is in the evidence; none was sent more often than the
     *  budget allows: 1 + MAX_RETRIES on 429/503 (exactly), twice on 401 (a fresh token). */
    void checkRetries(const FaultRun &f)
    {
        const Snapshot &snap = f.run.engine->snapshot();
        // Entra ID: at most one token request per dataset, and one more after a 401.
        QVERIFY(f.run.simulator->requestCount(QStringLiteral("entra"))
                <= 2 * int(allDatasets().size()));
        if (f.faulted == Service::Entra)
            return;
        int evidenceCount = 0;
        QHash<QString, int> attempts;
        for (Dataset d : snap.datasets()) {
            for (const Evidence &e : snap.get(d).evidence) {
                // The admin API's routes are served by the Power Platform listener.
                const QString listener = e.service == serviceName(Service::PowerPlatformAdmin)
                    ? serviceName(Service::PowerPlatform) : e.service;
                if (listener == f.service) {
                    ++evidenceCount;
                    ++attempts[e.request];
                }
            }
        }
        // A request that timed out may not have reached the simulator yet: seen <= evidence.
        const int seen = f.run.simulator->requestCount(f.service);
        QVERIFY2(f.id == F::Refused ? seen == 0 : seen >= 1 && seen <= evidenceCount,
                 qPrintable(QStringLiteral("%1 requests reached the simulator, %2 in the evidence")
                                .arg(seen)
                                .arg(evidenceCount)));
        const int expected = f.id == F::S429 || f.id == F::S503 ? 1 + MAX_RETRIES
                           : f.id == F::S401                    ? 2
                                                                : 0;
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it) {
            QVERIFY2(it.value() <= 1 + MAX_RETRIES, qPrintable(it.key()));
            if (expected > 0)
                QCOMPARE(it.value(), expected);
        }
    }

private slots:
    void cleanupTestCase()
    {
        qInfo("faults tried: %d, faults survived: %d", m_tried, m_survived);
    }

    void faultIsSurvived_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("fault");
        for (const char *s : {"entra", "dataverse", "financeAndOperations", "powerPlatform"})
            for (const FaultSpec &f : faultSpecs())
                QTest::addRow("%s × %s", s, f.name) << QString::fromLatin1(s) << int(f.id);
    }

    void faultIsSurvived()
    {
        QFETCH(QString, service);
        QFETCH(int, fault);
        ++m_tried;
        FaultRun f(serviceFromName(service), F(fault));
        const FaultSpec &spec = specOf(f.id);
        QVERIFY(f.start());
        QVERIFY2(f.runAll(), "finished() did not come exactly once within the bound");
        for (auto check : {&tst_FaultMatrix::checkDatasets, &tst_FaultMatrix::checkReport}) {
            (this->*check)(f, spec);
            if (QTest::currentTestFailed())
                return;
        }
        checkRetries(f);
        if (QTest::currentTestFailed())
            return;
        ++m_survived;
    }
};

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
