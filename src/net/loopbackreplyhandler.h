// SPDX-License-Identifier: MIT
#pragma once

#include "httpexchange.h"

#include <QOAuthHttpServerReplyHandler>

namespace dwh {

/**
 * The loopback listener of the interactive sign-in (RFC 8252 §7.3): Qt's
 * QOAuthHttpServerReplyHandler bound to 127.0.0.1 on a free port, with two changes Qt 6.4 needs:
 * - callback() is `http://localhost:PORT/`, the form Entra ID app registrations list (a
 *   registered `http://localhost` matches any port; `127.0.0.1` has to be added in the manifest);
 * - the code redemption's answer is reported as an HttpResult by tokenReplyFinished(), errors
 *   included. Qt 6.4's handler only logs a warning for a 400 (invalid_grant, a wrong PKCE
 *   verifier) and never tells the flow, and it would keep the tokens inside the flow object.
 */
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    /** The token endpoint answered the code redemption (or did not). Never logs the body. */
    void tokenReplyFinished(const dwh::HttpResult &result);
};

} // namespace dwh
