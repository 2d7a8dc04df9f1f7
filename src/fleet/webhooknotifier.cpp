// SPDX-License-Identifier: MIT
// Posts the fleet summary to an incoming webhook (Teams, Slack and alike) when something changed.
#include "webhooknotifier.h"

#include "fleetsummary.h"
#include "secretredactor.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::WebhookNotifier)
};

constexpr int MaxLines = 20;

} // namespace

QString webhookProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("the --notify address is not a valid URL");
    if (url.scheme() == QLatin1String("https"))
        return QString();
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    return Tr::tr("the --notify address must use https:// (http:// only for a loopback host)");
}

QByteArray webhookPayload(const FleetSummary &summary)
{
    const ReportSummary t = summary.totals();
    QStringList lines;
    lines << Tr::tr("**Dual-write health check**: %1 environments, %2 changed since their previous "
                    "run; %3 failed, %4 unknown, %5 warnings (exit %6).")
                 .arg(summary.environments.size())
                 .arg(summary.changedCount())
                 .arg(t.fail).arg(t.unknown).arg(t.warning)
                 .arg(summary.exitCode());
    int listed = 0;
    for (const FleetEnvironmentResult &e : summary.environments) {
        if (!e.changed() && e.ran)
            continue;
        if (listed++ >= MaxLines) {
            lines << Tr::tr("- … and more (see the fleet summary)");
            break;
        }
        if (!e.ran) {
            lines << Tr::tr("- %1: not run (exit %2)").arg(e.name).arg(e.exitCode);
            continue;
        }
        QStringList newCodes, fixedCodes;
        for (const DiffFinding &f : e.newFindings)
            newCodes << (f.code.isEmpty() ? f.checkId : f.code);
        for (const DiffFinding &f : e.fixedFindings)
            fixedCodes << (f.code.isEmpty() ? f.checkId : f.code);
        lines << (e.hasPrevious ? Tr::tr("- %1: new %2; fixed %3 (exit %4)")
                                      .arg(e.name,
                                           newCodes.isEmpty() ? QStringLiteral("—") : newCodes.join(QStringLiteral(", ")),
                                           fixedCodes.isEmpty() ? QStringLiteral("—") : fixedCodes.join(QStringLiteral(", ")))
                                      .arg(e.exitCode)
                                : Tr::tr("- %1: first run, findings %2 (exit %3)")
                                      .arg(e.name, newCodes.join(QStringLiteral(", ")))
                                      .arg(e.exitCode));
    }
    const QString text = SecretRedactor::live().redact(lines.join(QLatin1Char('\n')));
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
}

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

WebhookNotifier::~WebhookNotifier()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void WebhookNotifier::post(const QUrl &url, const QByteArray &json, int timeoutMs)
{
    SecretRedactor::live().add(url.toString());
    SecretRedactor::live().add(url.path() + (url.hasQuery() ? QLatin1Char('?') + url.query() : QString()));
    if (const QString problem = webhookProblem(url); !problem.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, problem] { emit done(problem); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    m_reply = m_network->post(request, json);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookNotifier::onFinished);
}

void WebhookNotifier::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        emit done(QString());
        return;
    }
    if (status > 0) {
        emit done(Tr::tr("the webhook answered HTTP %1").arg(status));
        return;
    }
    // QNetworkReply::errorString() can hold the address: only the kind of failure is named.
    const char *kind = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error());
    emit done(Tr::tr("the webhook could not be reached (%1)")
                  .arg(kind ? QString::fromLatin1(kind) : QString::number(reply->error())));
}

} // namespace dwh::fleet
