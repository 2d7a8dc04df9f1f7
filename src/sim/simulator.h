// SPDX-License-Identifier: MIT
#pragma once

#include "tokenstore.h"  // UserChallenge

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace dwh::sim {

/** A fault injected into the answers of one service (see resources/scenarios/README.md). */
struct Fault
{
    enum class Kind {
        Status,            // the service's real error body with `status` (+ Retry-After)
        Malformed,         // 200 with a cut-off JSON body (valid HTTP)
        Hang,              // never answered
        Truncated,         // Content-Length promises more than is sent; the connection closes
        Html,              // 200 text/html sign-in page instead of JSON
        WrongContentType,  // the real body labelled text/html
        Latency,           // the real answer after `latencyMs` (a write is applied at once, answered late)
        HugeBody,          // 200 with a valid JSON body of ~48 MiB
        NextLinkElsewhere, // @odata.nextLink points at another host
        NextLinkLoop,      // @odata.nextLink points at the request itself
        ConnectionClose,   // the connection is closed without an answer
        AppliedThenReset,  // the request is applied, then the connection is reset (RST) unanswered
        EchoCredential     // `status` with an error that repeats the credential sent: the bearer
                           // token in the body and a header; Entra: the client secret (as is and
                           // percent-encoded) in error_description
    };
    QString service;        // "entra", "dataverse", "financeAndOperations", "powerPlatform"
    QString pathContains;   // matches the request path+query; empty = every request of the service
    QString method;         // "GET", "DELETE", … (case-insensitive); empty = every method
    Kind kind = Kind::Status;
    QString message;        // Status, Dataverse: the error message instead of the status's usual one
    int status = 503;       // for Status (429, 500, 503, 401, 403, 404…); real error body of that service
    int retryAfterSeconds = -1; // adds Retry-After when >= 0
    int times = -1;         // how many matching requests get the fault; -1 = all
    int latencyMs = 0;      // for Latency
    static bool fromJson(const QJsonObject &o, Fault *out, QString *error);
};

class SimulatorPrivate;

/**
 * The simulated tenant: Entra ID, Dataverse, F&O and Power Platform, each on its own listener
 * on 127.0.0.1, serving the real paths and JSON shapes from a scenario's data.
 */
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;
    /** A built-in scenario by name (case-insensitive) or a path to a scenario JSON file. */
    bool loadScenario(const QString &nameOrPath, QString *error);  // also an evidence bundle (.zip)
    /** An evidence bundle (`check --bundle`): recorded answers served again (BundleScenario). */
    bool loadBundle(const QString &path, QString *error);
    bool isReplay() const;
    QString replayCustomer() const;      // the recorded profile's name
    QString replayRecordedAt() const;    // "yyyy-MM-dd HH:mm UTC"
    int replaySkippedEntries() const;    // HAR entries not well formed, not served
    /** Listens on 127.0.0.1: basePort 0 = ephemeral ports; else basePort..basePort+3. */
    bool start(QString *error, quint16 basePort = 0);
    QUrl authorityUrl() const; QUrl dataverseUrl() const; QUrl foUrl() const; QUrl powerPlatformUrl() const;
    /** A complete profile (contract.md) pointing at this simulator, incl. powerPlatform.url,
     *  environmentId, tenantId, clientId, and dualWrite.legalEntities when the scenario sets them. */
    QJsonObject profileJson() const;
    static QString tenantId(); static QString clientId(); static QString clientSecret(); // the demo app registration
    QString environmentId() const;
    void setLatencyMs(int ms);              // added before every response
    void addFault(const Fault &fault); void clearFaults();
    void setConcurrencyLimit(int n);        // Dataverse 429 0x80072326 above this (default 52)
    void setRequestBudget(int n);           // Dataverse 429 0x80072322 after n per 300 s (default 6000)
    void setTokenLifetimeSeconds(int s);    // default 3599
    QStringList issuedTokens() const;       // every access token issued so far
    // Delegated sign-in (interactive with PKCE, device code); see EntraRoutes and UserChallenge.
    bool approveDeviceCode(const QString &userCode);  // the user signs in on the device page
    bool declineDeviceCode(const QString &userCode);  // the user declines there
    bool slowDownDeviceCode(const QString &userCode); // the next poll of that code answers slow_down
    void setDeviceCodeLifetimeSeconds(int s);         // default 900
    void setDeviceCodeIntervalSeconds(int s);         // default 5
    void setDeviceCodeAutoApprovePolls(int n);        // approve after n pending polls; -1 never (default)
    void setUserChallenge(UserChallenge challenge);   // MFA required, consent required or declined
    UserChallenge userChallenge() const;              // also from a scenario's "signIn": {"challenge": …}
    QStringList pendingUserCodes() const;             // device codes waiting for the user
    QStringList issuedRefreshTokens() const;          // every refresh token issued so far
    int requestCount(const QString &service) const;
    int peakInFlight(const QString &service) const;
    void resetStats();
    QList<QJsonObject> rows(const QString &service, const QString &table) const;  // current data
    QJsonObject expectation() const;        // the scenario's "expect" block
    QString scenarioName() const;
signals:
    void requestServed(const QString &service, const QString &method, const QString &pathAndQuery, int status);

private:
    friend class SimulatorPrivate;
    std::unique_ptr<SimulatorPrivate> d;
};

QStringList scenarioNames();                       // built-in, sorted, "healthy" first
QString scenarioDescription(const QString &name);  // one line

} // namespace dwh::sim
