// SPDX-License-Identifier: MIT
#include "simulator.h"

#include <QDateTime>

#include "dataverseroutes.h"
#include "bundlescenario.h"
#include "entraroutes.h"
#include "faultinjector.h"
#include "fnoroutes.h"
#include "httplistener.h"
#include "powerplatformroutes.h"
#include "scenariostore.h"
#include "simstate.h"
#include "simulatedenvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace dwh::sim {

namespace {

const QString demoTenantId = simulatorTenantId();  // the marker of a simulated run
const QString demoClientId = QStringLiteral("5c0d7e21-9a3b-4f6c-8d1e-2b3a4c5d6e7f");
const QString demoClientSecret = QStringLiteral("dwhealth-demo-secret");
const QString defaultEnvironmentId = QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d");

const QStringList services{ServiceName::entra, ServiceName::dataverse, ServiceName::financeAndOperations,
                           ServiceName::powerPlatform};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

struct Pending
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QString service;
    QString method;
    QString pathAndQuery;
    bool done = false;
};

struct Stats
{
    int requests = 0;
    int inFlight = 0;
    int peak = 0;
};

} // namespace

class SimulatorPrivate
{
public:
    explicit SimulatorPrivate(Simulator *q)
        : q(q), entra(state), dataverse(state), fno(state), powerPlatform(state)
    {
        state.tenantId = demoTenantId;
        state.clientId = demoClientId;
        state.clientSecret = demoClientSecret;
        state.environmentId = defaultEnvironmentId;
    }

    void onRequest(const QString &service, const QHttpServerRequest &request,
                   std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket);
    SimResponse route(const SimRequest &request);
    void finish(const std::shared_ptr<Pending> &p, const SimResponse &r, bool truncate);
    void closeWithoutAnswer(const std::shared_ptr<Pending> &p);
    void resetWithoutAnswer(const std::shared_ptr<Pending> &p);
    void markDone(Pending &p);
    QUrl urlOf(const QString &service) const;
    void instantiate();

    Simulator *q;
    SimState state;
    EntraRoutes entra;
    DataverseRoutes dataverse;
    FnoRoutes fno;
    PowerPlatformRoutes powerPlatform;
    FaultInjector faults;
    QHash<QString, HttpListener *> listeners;
    QHash<QString, Stats> stats;
    QList<std::shared_ptr<Pending>> hung;
    int latencyMs = 0;
    QJsonObject scenario;
    QString scenarioName;
    std::optional<BundleScenario> recording;  // loaded from an evidence bundle
};

QUrl SimulatorPrivate::urlOf(const QString &service) const
{
    if (service == ServiceName::entra) return state.authorityUrl;
    if (service == ServiceName::dataverse) return state.dataverseUrl;
    if (service == ServiceName::financeAndOperations) return state.foUrl;
    return state.powerPlatformUrl;
}

void SimulatorPrivate::instantiate()
{
    QHash<QString, QString> placeholders{
        {QStringLiteral("dataverseUrl"), state.dataverseUrl.toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("foUrl"), state.foUrl.toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("powerPlatformUrl"), state.powerPlatformUrl.toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("authorityUrl"), state.authorityUrl.toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("environmentId"), state.environmentId},
        {QStringLiteral("tenantId"), state.tenantId},
        {QStringLiteral("clientId"), state.clientId},
    };
    // Times relative to now ({now}, {now-30m}, {now-2h}, {now-3d}): trace rows stay "recent".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto iso = [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")); };
    placeholders.insert(QStringLiteral("now"), iso(now));
    for (int m = 1; m < 60; ++m)
        placeholders.insert(QStringLiteral("now-%1m").arg(m), iso(now.addSecs(-60LL * m)));
    for (int h = 1; h <= 72; ++h)
        placeholders.insert(QStringLiteral("now-%1h").arg(h), iso(now.addSecs(-3600LL * h)));
    for (int d = 1; d <= 60; ++d)
        placeholders.insert(QStringLiteral("now-%1d").arg(d), iso(now.addDays(-d)));
    ScenarioStore::instantiate(scenario, placeholders, &state);
    if (recording)
        recording->trace.materialize(placeholders);
}

void SimulatorPrivate::markDone(Pending &p)
{
    if (p.done)
        return;
    p.done = true;
    Stats &s = stats[p.service];
    s.inFlight = qMax(0, s.inFlight - 1);
    if (p.service == ServiceName::dataverse)
        state.dataverseInFlight = qMax(0, state.dataverseInFlight - 1);
}

void SimulatorPrivate::onRequest(const QString &service, const QHttpServerRequest &request,
                                 std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket)
{
    SimRequest r;
    r.service = service;
    r.method = methodName(request.method());
    r.url = request.url();
    if (r.url.host().isEmpty() || r.url.port() == -1) {
        // Rebuild from where we listen, keeping the path and query as sent.
        QUrl u = urlOf(service);
        u.setPath(request.url().path(QUrl::FullyEncoded), QUrl::StrictMode);
        u.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        r.url = u;
    }
    r.path = r.url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(r.url.query(QUrl::FullyEncoded));
    r.headers = request.headers();
    r.body = request.body();

    auto p = std::make_shared<Pending>();
    p->responder = std::move(responder);
    p->socket = socket;
    p->service = service;
    p->method = QString::fromLatin1(r.method);
    p->pathAndQuery = r.pathAndQuery();

    Stats &s = stats[service];
    ++s.requests;
    ++s.inFlight;
    s.peak = qMax(s.peak, s.inFlight);
    if (service == ServiceName::dataverse)
        ++state.dataverseInFlight;

    if (recording) {
        if (r.method != "GET" && r.method != "HEAD")
            recording->trace.noteWrite(r);  // its re-check reads what the write left
        SimResponse recorded;
        switch (recording->trace.take(r, &recorded)) {
        case RecordedTrace::Outcome::Answer:
            QTimer::singleShot(latencyMs, q, [this, p, recorded] { finish(p, recorded, false); });
            return;
        case RecordedTrace::Outcome::NoAnswer:
            QTimer::singleShot(latencyMs, q, [this, p] { closeWithoutAnswer(p); });
            return;
        case RecordedTrace::Outcome::Route:
            break;
        }
    }

    Fault fault;
    const bool faulted = faults.take(service, p->method, p->pathAndQuery, &fault);
    int delay = latencyMs;
    if (faulted && fault.kind == Fault::Kind::Latency)
        delay += fault.latencyMs;

    if (faulted && fault.kind == Fault::Kind::Hang) {
        hung.append(p);
        if (socket) {
            QObject::connect(socket, &QTcpSocket::disconnected, q, [this, p] {
                markDone(*p);
                hung.removeAll(p);
            });
        }
        return;
    }
    if (faulted && fault.kind == Fault::Kind::ConnectionClose) {
        QTimer::singleShot(delay, q, [this, p] { closeWithoutAnswer(p); });
        return;
    }

    if (faulted && fault.kind == Fault::Kind::AppliedThenReset) {
        route(r);  // the write takes effect; the answer is lost with the connection
        QTimer::singleShot(delay, q, [this, p] { resetWithoutAnswer(p); });
        return;
    }

    SimResponse response;
    if (faulted && fault.kind == Fault::Kind::EchoCredential) {
        response = FaultInjector::apply(fault, SimResponse(), r);
    } else if (faulted && fault.kind == Fault::Kind::Status) {
        response = FaultInjector::apply(fault, SimResponse(), r);
        if (service == ServiceName::dataverse && fault.status == 401)
            response.setHeader("WWW-Authenticate",
                               QStringLiteral("Bearer authorization_uri=https://login.microsoftonline.com/%1/oauth2/authorize, resource_id=%2")
                                   .arg(state.tenantId, state.dataverseUrl.toString(QUrl::StripTrailingSlash)).toUtf8());
    } else {
        response = route(r);
        if (faulted)
            response = FaultInjector::apply(fault, response, r);
    }
    const bool truncate = faulted && fault.kind == Fault::Kind::Truncated;
    if (delay > 0)
        QTimer::singleShot(delay, q, [this, p, response, truncate] { finish(p, response, truncate); });
    else
        finish(p, response, truncate);
}

SimResponse SimulatorPrivate::route(const SimRequest &request)
{
    if (request.service == ServiceName::entra)
        return entra.handle(request);
    if (request.service == ServiceName::dataverse)
        return dataverse.handle(request);
    if (request.service == ServiceName::financeAndOperations)
        return fno.handle(request);
    return powerPlatform.handle(request);
}

void SimulatorPrivate::closeWithoutAnswer(const std::shared_ptr<Pending> &p)
{
    markDone(*p);
    if (p->socket)
        p->socket->disconnectFromHost();
    emit q->requestServed(p->service, p->method, p->pathAndQuery, 0);
}

void SimulatorPrivate::resetWithoutAnswer(const std::shared_ptr<Pending> &p)
{
    markDone(*p);
    if (p->socket)
        p->socket->abort();  // RST: the client sees the connection reset after it sent the request
    emit q->requestServed(p->service, p->method, p->pathAndQuery, 0);
}

void SimulatorPrivate::finish(const std::shared_ptr<Pending> &p, const SimResponse &r, bool truncate)
{
    if (p->done)
        return;
    markDone(*p);
    QTcpSocket *socket = p->socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        emit q->requestServed(p->service, p->method, p->pathAndQuery, 0);
        return;
    }
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const int status = codes.valueToKey(r.status) ? r.status : 500;
    QHttpServerResponder &out = *p->responder;
    out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &h : r.headers)
        out.writeHeader(h.first, h.second);
    if (status != 204 && status != 304)
        out.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    if (truncate) {
        out.writeBody(r.body.left(r.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
    } else {
        out.writeBody(r.body);
    }
    emit q->requestServed(p->service, p->method, p->pathAndQuery, status);
}

// --- Simulator ---------------------------------------------------------------------------------

Simulator::Simulator(QObject *parent) : QObject(parent), d(std::make_unique<SimulatorPrivate>(this))
{
    for (const QString &s : services)
        d->stats.insert(s, Stats{});
}

Simulator::~Simulator()
{
    // Hung requests are dropped unanswered; their sockets go with the listeners.
    d->hung.clear();
    qDeleteAll(d->listeners);
    d->listeners.clear();
}

namespace {

// "signIn": {"challenge": "none" | "mfaRequired" | "consentRequired" | "consentDeclined"}: what
// the simulated user meets when a delegated sign-in redeems a refresh token (UserChallenge).
bool userChallengeFromScenario(const QJsonObject &scenario, UserChallenge *out, QString *error)
{
    const QJsonValue signIn = scenario.value(QStringLiteral("signIn"));
    if (signIn.isUndefined() || signIn.isNull())
        return true;
    static const QList<QPair<QString, UserChallenge>> names{
        {QStringLiteral("none"), UserChallenge::None},
        {QStringLiteral("mfaRequired"), UserChallenge::MfaRequired},
        {QStringLiteral("consentRequired"), UserChallenge::ConsentRequired},
        {QStringLiteral("consentDeclined"), UserChallenge::ConsentDeclined}};
    const QJsonValue value = signIn.toObject().value(QStringLiteral("challenge"));
    for (const auto &[name, challenge] : names) {
        if (signIn.isObject() && value.toString() == name) {
            *out = challenge;
            return true;
        }
    }
    QStringList allowed;
    for (const auto &entry : names)
        allowed << entry.first;
    *error = QStringLiteral("signIn.challenge must be one of %1, not %2")
                 .arg(allowed.join(QStringLiteral(", ")),
                      value.isString() ? QStringLiteral("\"%1\"").arg(value.toString())
                                       : QStringLiteral("a value of another type"));
    return false;
}

} // namespace

bool Simulator::loadScenario(const QString &nameOrPath, QString *error)
{
    QString dummy;
    QString *err = error ? error : &dummy;
    if (BundleScenario::looksLikeBundle(nameOrPath))
        return loadBundle(nameOrPath, err);
    QJsonObject resolved;
    if (!ScenarioStore::resolve(nameOrPath, &resolved, err))
        return false;
    QList<Fault> faults;
    const QJsonArray faultArray = resolved.value(QStringLiteral("faults")).toArray();
    for (int i = 0; i < faultArray.size(); ++i) {
        Fault f;
        if (!Fault::fromJson(faultArray[i].toObject(), &f, err)) {
            *err = QStringLiteral("%1: faults[%2]: %3").arg(nameOrPath).arg(i).arg(*err);
            return false;
        }
        faults.append(f);
    }
    UserChallenge challenge = UserChallenge::None;
    if (!userChallengeFromScenario(resolved, &challenge, err)) {
        *err = QStringLiteral("%1: %2").arg(nameOrPath, *err);
        return false;
    }
    d->recording.reset();
    d->state.clientId = demoClientId;
    d->scenario = resolved;
    d->scenarioName = resolved.value(QStringLiteral("name")).toString(nameOrPath);
    d->state.environmentId = resolved.value(QStringLiteral("environmentId")).toString(defaultEnvironmentId);
    d->latencyMs = resolved.value(QStringLiteral("latencyMs")).toInt(0);
    const QJsonObject limits = resolved.value(QStringLiteral("limits")).toObject();
    d->state.concurrencyLimit = limits.value(QStringLiteral("concurrency")).toInt(52);
    d->state.requestBudget = limits.value(QStringLiteral("requestBudget")).toInt(6000);
    d->faults.clear();
    for (const Fault &f : faults)
        d->faults.add(f);
    d->instantiate();
    d->state.userChallenge = challenge;
    return true;
}

bool Simulator::loadBundle(const QString &path, QString *error)
{
    QString dummy;
    QString *err = error ? error : &dummy;
    std::optional<BundleScenario> recording = BundleScenario::read(path, err);
    if (!recording)
        return false;
    d->scenario = recording->scenario;
    d->scenarioName = recording->label();
    const QString clientId = recording->recordedProfile.value(QStringLiteral("auth")).toObject()
                                 .value(QStringLiteral("clientId")).toString();
    d->state.clientId = clientId.isEmpty() ? demoClientId : clientId;
    d->state.environmentId = d->scenario.value(QStringLiteral("environmentId")).toString(defaultEnvironmentId);
    d->latencyMs = 0;
    d->state.concurrencyLimit = 52;
    d->state.requestBudget = 6000;
    d->state.userChallenge = UserChallenge::None;
    d->faults.clear();
    d->recording = std::move(recording);
    d->instantiate();
    return true;
}

bool Simulator::isReplay() const { return d->recording.has_value(); }
QString Simulator::replayCustomer() const { return d->recording ? d->recording->customer : QString(); }
QString Simulator::replayRecordedAt() const { return d->recording ? d->recording->recordedAt : QString(); }
int Simulator::replaySkippedEntries() const { return d->recording ? d->recording->trace.skippedCount() : 0; }

bool Simulator::start(QString *error, quint16 basePort)
{
    QString dummy;
    QString *err = error ? error : &dummy;
    if (!d->listeners.isEmpty()) {
        *err = QStringLiteral("The simulator is already running.");
        return false;
    }
    if (basePort > 65532) {
        *err = QStringLiteral("Port %1 is too high: the simulator needs four ports from it.").arg(basePort);
        return false;
    }
    for (int i = 0; i < services.size(); ++i) {
        const QString service = services[i];
        auto *listener = new HttpListener(
            service,
            [this, service](const QHttpServerRequest &request, std::shared_ptr<QHttpServerResponder> responder,
                            QTcpSocket *socket) { d->onRequest(service, request, std::move(responder), socket); });
        const quint16 wanted = basePort == 0 ? 0 : quint16(basePort + i);
        const quint16 port = listener->listen(QHostAddress::LocalHost, wanted);
        if (port == 0) {
            delete listener;
            qDeleteAll(d->listeners);
            d->listeners.clear();
            *err = QStringLiteral("Cannot listen on 127.0.0.1:%1 for %2.").arg(wanted).arg(service);
            return false;
        }
        d->listeners.insert(service, listener);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        if (service == ServiceName::entra) d->state.authorityUrl = url;
        else if (service == ServiceName::dataverse) d->state.dataverseUrl = url;
        else if (service == ServiceName::financeAndOperations) d->state.foUrl = url;
        else d->state.powerPlatformUrl = url;
    }
    if (d->scenario.isEmpty() && !loadScenario(QStringLiteral("healthy"), err))
        return false;
    d->instantiate();
    return true;
}

QUrl Simulator::authorityUrl() const { return d->state.authorityUrl; }
QUrl Simulator::dataverseUrl() const { return d->state.dataverseUrl; }
QUrl Simulator::foUrl() const { return d->state.foUrl; }
QUrl Simulator::powerPlatformUrl() const { return d->state.powerPlatformUrl; }

QJsonObject Simulator::profileJson() const
{
    QJsonObject profile{
        {QStringLiteral("name"), d->recording ? d->scenarioName
                                              : QStringLiteral("dwhealth simulator (%1)").arg(d->scenarioName)},
        {QStringLiteral("tenantId"), tenantId()},
        {QStringLiteral("authority"), d->state.authorityUrl.toString()},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("clientSecret")},
                                             {QStringLiteral("clientId"), d->state.clientId}}},
        {QStringLiteral("dataverse"), QJsonObject{{QStringLiteral("url"), d->state.dataverseUrl.toString()},
                                                  {QStringLiteral("environmentId"), d->state.environmentId}}},
        {QStringLiteral("financeAndOperations"), QJsonObject{{QStringLiteral("url"), d->state.foUrl.toString()}}},
        {QStringLiteral("powerPlatform"), QJsonObject{{QStringLiteral("url"), d->state.powerPlatformUrl.toString()},
                                                      {QStringLiteral("adminUrl"), d->state.powerPlatformUrl.toString()}}},
    };
    const QJsonObject scenarioProfile = d->scenario.value(QStringLiteral("profile")).toObject();
    if (scenarioProfile.value(QStringLiteral("legalEntities")).isArray())
        profile.insert(QStringLiteral("dualWrite"),
                       QJsonObject{{QStringLiteral("legalEntities"), scenarioProfile.value(QStringLiteral("legalEntities"))}});
    return profile;
}

QString Simulator::tenantId() { return demoTenantId; }
QString Simulator::clientId() { return demoClientId; }
QString Simulator::clientSecret() { return demoClientSecret; }
QString Simulator::environmentId() const { return d->state.environmentId; }

void Simulator::setLatencyMs(int ms) { d->latencyMs = qMax(0, ms); }
void Simulator::addFault(const Fault &fault) { d->faults.add(fault); }
void Simulator::clearFaults() { d->faults.clear(); }
void Simulator::setConcurrencyLimit(int n) { d->state.concurrencyLimit = qMax(1, n); }
void Simulator::setRequestBudget(int n)
{
    d->state.requestBudget = qMax(1, n);
    d->state.dataverseRequestTimes.clear();
}
void Simulator::setTokenLifetimeSeconds(int s) { d->state.tokenLifetimeSeconds = s; }

QStringList Simulator::issuedTokens() const { return d->state.tokens.issuedTokens(); }

bool Simulator::approveDeviceCode(const QString &userCode)
{
    auto *code = d->state.tokens.deviceCodeByUserCode(userCode);
    if (!code || code->status != TokenStore::DeviceCode::Status::Pending)
        return false;
    code->status = TokenStore::DeviceCode::Status::Approved;
    return true;
}
bool Simulator::declineDeviceCode(const QString &userCode)
{
    auto *code = d->state.tokens.deviceCodeByUserCode(userCode);
    if (!code || code->status != TokenStore::DeviceCode::Status::Pending)
        return false;
    code->status = TokenStore::DeviceCode::Status::Declined;
    return true;
}
bool Simulator::slowDownDeviceCode(const QString &userCode)
{
    auto *code = d->state.tokens.deviceCodeByUserCode(userCode);
    if (code)
        code->slowDownNext = true;
    return code != nullptr;
}
void Simulator::setDeviceCodeLifetimeSeconds(int s) { d->state.deviceCodeLifetimeSeconds = qMax(1, s); }
void Simulator::setDeviceCodeIntervalSeconds(int s) { d->state.deviceCodeIntervalSeconds = qMax(0, s); }
void Simulator::setDeviceCodeAutoApprovePolls(int n) { d->state.deviceCodeAutoApprovePolls = qMax(-1, n); }
void Simulator::setUserChallenge(UserChallenge challenge) { d->state.userChallenge = challenge; }
UserChallenge Simulator::userChallenge() const { return d->state.userChallenge; }
QStringList Simulator::pendingUserCodes() const { return d->state.tokens.pendingUserCodes(); }
QStringList Simulator::issuedRefreshTokens() const { return d->state.tokens.issuedRefreshTokens(); }
int Simulator::requestCount(const QString &service) const { return d->stats.value(service).requests; }
int Simulator::peakInFlight(const QString &service) const { return d->stats.value(service).peak; }

void Simulator::resetStats()
{
    for (auto it = d->stats.begin(); it != d->stats.end(); ++it) {
        it->requests = 0;
        it->peak = it->inFlight;
    }
    d->state.dataverseRequestTimes.clear();
}

QList<QJsonObject> Simulator::rows(const QString &service, const QString &table) const
{
    if (service == ServiceName::dataverse) {
        if (table == QLatin1String("whoami"))
            return {d->state.whoAmI};
        if (table == QLatin1String("systemuserroles"))
            return d->state.systemUserRoles;
        return d->state.dataverse.value(table);
    }
    if (service == ServiceName::financeAndOperations)
        return d->state.financeAndOperations.value(table);
    if (service == ServiceName::powerPlatform && table == QLatin1String("connections"))
        return d->state.connections;
    return {};
}

QJsonObject Simulator::expectation() const { return d->scenario.value(QStringLiteral("expect")).toObject(); }
QString Simulator::scenarioName() const { return d->scenarioName; }

QStringList scenarioNames() { return ScenarioStore::builtInNames(); }
QString scenarioDescription(const QString &name)
{
    // The files hold English; scenariotexts.cpp lists the descriptions for lupdate.
    const QString english = ScenarioStore::description(name);
    return english.isEmpty() ? english
                             : QCoreApplication::translate("dwh::Scenarios", english.toUtf8().constData());
}

} // namespace dwh::sim
