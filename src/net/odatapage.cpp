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

ODataPage parseSingleObject(const QByteArray &body)
{
    ODataPage page;
    const QJsonObject object = parseObject(body, &page);
    if (page.ok())
        page.rows.append(object);
    return page;
}

} // namespace dwh
