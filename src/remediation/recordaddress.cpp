// SPDX-License-Identifier: MIT
#include "recordaddress.h"

#include "urlpolicy.h"

#include <QRegularExpression>

namespace dwh::RecordAddress {

namespace {

const char DV_API[] = "/api/data/v9.2/";
const char FO_DATA[] = "/data/";

QUrl join(const QUrl &base, const char *root, const QByteArray &encodedPath)
{
    const QByteArray text = withoutTrailingSlash(base).toEncoded() + root + encodedPath;
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

QByteArray encode(const QString &text)
{
    return QUrl::toPercentEncoding(text, QByteArrayLiteral("'(),=$"));
}

} // namespace

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return guid.match(text).hasMatch();
}

QString quoted(const QString &text)
{
    QString doubled = text;
    doubled.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + doubled + QLatin1Char('\'');
}

QUrl dataverseCollection(const QUrl &base, const QString &entitySet)
{
    return join(base, DV_API, encode(entitySet));
}

QUrl dataverseRecord(const QUrl &base, const QString &entitySet, const QString &id)
{
    return join(base, DV_API, encode(entitySet) + '(' + encode(id) + ')');
}

QUrl dataverseReference(const QUrl &base, const QString &entitySet, const QString &id,
                        const QString &navigation)
{
    return join(base, DV_API,
                encode(entitySet) + '(' + encode(id) + ")/" + encode(navigation) + "/$ref");
}

QUrl foCollection(const QUrl &base, const QString &entitySet)
{
    return join(base, FO_DATA, encode(entitySet));
}

QUrl foRecord(const QUrl &base, const QString &entitySet, const QString &keyName,
              const QString &value)
{
    return join(base, FO_DATA,
                encode(entitySet) + '(' + encode(keyName) + '=' + encode(quoted(value)) + ')');
}

QUrl crossCompany(const QUrl &url)
{
    QUrl out = url;
    out.setQuery(QStringLiteral("cross-company=true"));
    return out;
}

} // namespace dwh::RecordAddress
