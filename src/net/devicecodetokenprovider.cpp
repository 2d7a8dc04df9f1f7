// SPDX-License-Identifier: MIT
#include "devicecodetokenprovider.h"

#include "errormessages.h"
#include "httpexchange.h"
#include "publicclient.h"
#include "secretredactor.h"

namespace dwh {

namespace {

constexpr int MAX_NETWORK_FAULTS = 3;
constexpr int SLOW_DOWN_MS = 5000;  // RFC 8628 §3.5

} // namespace

DeviceCodeTokenProvider::DeviceCodeTokenProvider(const Profile &profile, QObject *parent)
    : DeviceCodeTokenProvider(profile.tokenEndpoint(), delegatedClientId(profile), parent)
{
}

DeviceCodeTokenProvider::DeviceCodeTokenProvider(const QUrl &tokenEndpoint, const QString &clientId,
                                                 QObject *parent)
    : DelegatedTokenProvider(tokenEndpoint, clientId, parent)
{
    m_pollTimer.setSingleShot(true);
    // Never early: a poll before `interval` has passed earns a slow_down.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeTokenProvider::poll);
}

DeviceCodeTokenProvider::~DeviceCodeTokenProvider()
{
    endAttempt();
}

void DeviceCodeTokenProvider::beginSignIn(const QString &scope)
{
    endAttempt();
    m_scope = scope;
    m_active = true;
    m_networkFaults = 0;
    HttpExchange *exchange =
        postForm(QStringLiteral("devicecode"), deviceCodeStartForm(clientId(), delegatedScope(scope)));
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this, &DeviceCodeTokenProvider::onStarted);
    exchange->start();
}

void DeviceCodeTokenProvider::onStarted(const HttpResult &result)
{
    m_exchange = nullptr;
    if (!result.isSuccess()) {
        fail(failureFrom(result));
        return;
    }
    const DeviceCodeStart start = parseDeviceCodeStart(result.body);
    if (!start.ok()) {
        TokenResult failure;
        failure.error = tr("%1: %2").arg(serviceDisplayName(Service::Entra), start.error);
        failure.evidence = result.evidence;
        failure.evidence.error = failure.error;
        fail(failure);
        return;
    }
    m_deviceCode = start.deviceCode;
    SecretRedactor::live().add(m_deviceCode);
    m_intervalMs = start.intervalSeconds * 1000;
    m_lifetimeSeconds = start.expiresInSeconds;
    // Entra ID says expired_token once the code has expired; this only guards against a server
    // that keeps answering authorization_pending.
    m_deadline = QDeadlineTimer(qint64(start.expiresInSeconds) * 1000 + 2LL * m_intervalMs + 5000);

    DeviceCodePrompt prompt;
    prompt.userCode = start.userCode;
    prompt.verificationUri = start.verificationUri;
    prompt.message = start.message.isEmpty()
        ? tr("To sign in, open %1 in a browser and enter the code %2.")
              .arg(start.verificationUri.toString(), start.userCode)
        : start.message;
    prompt.expiresInSeconds = start.expiresInSeconds;
    prompt.expiresAt = QDateTime::currentDateTimeUtc().addSecs(start.expiresInSeconds);
    emit deviceCodeReady(prompt);
    schedulePoll();
}

void DeviceCodeTokenProvider::schedulePoll()
{
    if (m_deadline.hasExpired()) {
        TokenResult failure;
        failure.error = tr("%1: the device code expired after %2 s without a sign-in")
                            .arg(serviceDisplayName(Service::Entra))
                            .arg(m_lifetimeSeconds);
        failure.evidence.service = serviceName(Service::Entra);
        failure.evidence.request = QStringLiteral("POST ") + endpoint(QStringLiteral("token")).path(QUrl::FullyEncoded);
        failure.evidence.error = failure.error;
        failure.evidence.at = QDateTime::currentDateTimeUtc();
        fail(failure);
        return;
    }
    m_pollTimer.start(m_intervalMs);
}

void DeviceCodeTokenProvider::poll()
{
    HttpExchange *exchange = postForm(QStringLiteral("token"), deviceCodePollForm(clientId(), m_deviceCode));
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this, &DeviceCodeTokenProvider::onPolled);
    exchange->start();
}

void DeviceCodeTokenProvider::onPolled(const HttpResult &result)
{
    m_exchange = nullptr;
    const QString entra = serviceDisplayName(Service::Entra);
    if (result.isSuccess()) {
        const DelegatedTokenAnswer answer = parseDelegatedTokenAnswer(result.body);
        if (!answer.ok()) {
            TokenResult failure;
            failure.error = tr("%1: %2").arg(entra, answer.error);
            failure.evidence = result.evidence;
            failure.evidence.error = failure.error;
            fail(failure);
            return;
        }
        const QString scope = m_scope;
        emit deviceCodeFinished();
        endAttempt();
        signInSucceeded(scope, answer, result.evidence);
        return;
    }
    const bool answered = result.outcome == HttpResult::Outcome::Answered;
    const bool transient = !answered || result.status == 429 || result.status >= 500;
    if (transient) {
        if (++m_networkFaults <= MAX_NETWORK_FAULTS) {
            schedulePoll();
            return;
        }
        fail(failureFrom(result));
        return;
    }
    m_networkFaults = 0;
    const QString error = parseOAuthError(result.body).error;
    if (error == QLatin1String("authorization_pending")) {
        schedulePoll();
        return;
    }
    if (error == QLatin1String("slow_down")) {
        m_intervalMs += SLOW_DOWN_MS;
        schedulePoll();
        return;
    }
    TokenResult failure = failureFrom(result);
    const QString fault = errorBodyFault(Service::Entra, result.body);  // "AADSTS70019: …"
    if (error == QLatin1String("expired_token"))
        failure.error = tr("%1: the device code expired before the sign-in was completed: %2").arg(entra, fault);
    else if (error == QLatin1String("authorization_declined"))
        failure.error = tr("%1: the sign-in was declined: %2").arg(entra, fault);
    else if (error == QLatin1String("bad_verification_code"))
        failure.error = tr("%1: the device code was not recognised: %2").arg(entra, fault);
    failure.evidence.error = failure.error;
    fail(failure);
}

void DeviceCodeTokenProvider::fail(const TokenResult &failure)
{
    if (m_active)
        emit deviceCodeFinished();
    endAttempt();
    signInFailed(failure);
}

void DeviceCodeTokenProvider::cancelSignIn()
{
    if (m_active)
        emit deviceCodeFinished();
    endAttempt();
}

void DeviceCodeTokenProvider::endAttempt()
{
    m_active = false;
    m_pollTimer.stop();
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange = nullptr;
    }
    m_deviceCode.fill(QLatin1Char('\0'));
    m_deviceCode.clear();
}

} // namespace dwh
