// SPDX-License-Identifier: MIT
// One page of an OData answer read: its rows, the next link, or why it could not be read.
#include "odatapage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::ODataPage)
};

ODataPage malformed(const QString &why)
{
    ODataPage page;
    page.error = Tr::tr("malformed answer: %1").arg(why);
    return page;
}

/** The body as a JSON object, or a filled `error`. */
QJsonObject parseObject(const QByteArray &body, ODataPage *failed)
{
    if (body.trimmed().isEmpty()) {
        *failed = malformed(Tr::tr("the body is empty"));
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failed = malformed(Tr::tr("not JSON (%1 at offset %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        return QJsonObject();
    }
    if (!document.isObject()) {
        *failed = malformed(Tr::tr("the body is not a JSON object"));
        return QJsonObject();
    }
    return document.object();
}

} // namespace

ODataPage parseCollectionPage(const QByteArray &body)
{
    ODataPage failed;
    const QJsonObject object = parseObject(body, &failed);
    if (!failed.ok())
        return failed;

    const auto valueIt = object.constFind(QLatin1String("value"));
    if (valueIt == object.constEnd())
        return malformed(Tr::tr("no \"value\" array"));
    if (!valueIt->isArray())
        return malformed(Tr::tr("\"value\" is not an array"));

    ODataPage page;
    const QJsonArray values = valueIt->toArray();
    page.rows.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue row = values.at(i);
        if (!row.isObject())
            return malformed(Tr::tr("row %1 of \"value\" is not an object").arg(i));
        page.rows.append(row.toObject());
    }

    const auto linkIt = object.constFind(QLatin1String("@odata.nextLink"));
    if (linkIt != object.constEnd() && !linkIt->isNull()) {
        if (!linkIt->isString() || linkIt->toString().isEmpty())
            return malformed(Tr::tr("\"@odata.nextLink\" is not a URL string"));
        page.nextLink = linkIt->toString();
    }
    return page;
}

QString scanNextLink(const QByteArray &body)
{
    qsizetype end = body.size();
    const auto skipSpace = [&body](qsizetype at) {
        while (at > 0) {
            const char c = body.at(at - 1);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                break;
            --at;
        }
        return at;
    };
    end = skipSpace(end);
    if (end < 2 || body.at(end - 1) != '}')
        return {};
    end = skipSpace(end - 1);
    if (end < 2 || body.at(end - 1) != '"')
        return {};
    // The string value: back to the quote that no backslash escapes.
    qsizetype open = end - 2;
    for (; open >= 0; --open) {
        if (body.at(open) != '"')
            continue;
        qsizetype slashes = 0;
        while (open - 1 - slashes >= 0 && body.at(open - 1 - slashes) == '\\')
            ++slashes;
        if (slashes % 2 == 0)
            break;
    }
    if (open < 0)
        return {};
    const QByteArray token = body.mid(open, end - open);
    qsizetype at = skipSpace(open);
    if (at < 1 || body.at(at - 1) != ':')
        return {};
    at = skipSpace(at - 1);
    static const QByteArray key = QByteArrayLiteral("\"@odata.nextLink\"");
    if (at < key.size() || body.mid(at - key.size(), key.size()) != key)
        return {};
    at = skipSpace(at - key.size());
    if (at < 1 || (body.at(at - 1) != ',' && body.at(at - 1) != '{'))
        return {};
    const QJsonDocument decoded = QJsonDocument::fromJson("[" + token + "]");
    if (!decoded.isArray() || !decoded.array().at(0).isString())
        return {};
    return decoded.array().at(0).toString();
}

ODataPage parseSingleObject(const QByteArray &body)
{
    ODataPage page;
    const QJsonObject object = parseObject(body, &page);
    if (page.ok())
        page.rows.append(object);
    return page;
}

} // namespace dwh
