// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dwh::fleet {

struct FleetSummary;

/** Why `url` cannot be a webhook (https only; http for loopback hosts), or empty. The message
 *  never holds the URL: an incoming webhook's address is its credential. */
QString webhookProblem(const QUrl &url);

/**
 * The message of a Teams/Slack-style incoming webhook: `{"text": "…"}` (both accept a plain
 * `text`), Markdown: the totals, the environments that changed and their new and fixed findings
 * (at most 20 lines of each), and the worst exit code.
 */
QByteArray webhookPayload(const FleetSummary &summary);

/**
 * POSTs one JSON message to an incoming webhook and reports the outcome once. The URL is treated
 * as a secret: it is added to SecretRedactor::live(), never logged, and the errors name only the
 * HTTP status or the kind of network failure. Redirects are not followed (the body would go to
 * another address).
 */
class WebhookNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit WebhookNotifier(QObject *parent = nullptr);
    ~WebhookNotifier() override;

    void post(const QUrl &url, const QByteArray &json, int timeoutMs = 30000);

signals:
    /** `error` is empty on a 2xx answer. */
    void done(const QString &error);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
};

} // namespace dwh::fleet
