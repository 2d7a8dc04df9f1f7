// SPDX-License-Identifier: MIT
#pragma once
// Test helpers of the sign-in provider tests: collecting a provider's answers, and one plain HTTP
// exchange with the simulator's Entra ID routes (redirects not followed, so that the Location of
// the authorize endpoint can be read).

#include "tokenprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace dwh::test {

/** Asks a provider for tokens and keeps what it answers, in order. */
struct Receiver
{
    QObject context;
    QList<TokenResult> results;

    void ask(TokenProvider &provider, const QString &scope)
    {
        provider.requestToken(scope, &context, [this](const TokenResult &result) { results.append(result); });
    }
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    int code() const { return json().value(QStringLiteral("error_codes")).toArray().first().toInt(); }
};

/** `verb url` with an optional form body; waits up to 10 s (the event loop keeps running). */
inline Answer call(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                   const QByteArray &form = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!form.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, form);
    Answer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    delete reply;
    return answer;
}

/** A form value, percent-encoded. */
inline QByteArray enc(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

} // namespace dwh::test
