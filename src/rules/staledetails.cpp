// SPDX-License-Identifier: MIT
// The typed details of dep.stale.fo and dep.stale.dataverse, to and from the report's JSON.
#include "staledetails.h"

#include "detailsreader.h"
#include "rulehelpers.h"

#include <QJsonArray>

namespace dwh {

namespace {

template <typename T>
QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

template <typename T>
std::optional<T> finish(const DetailsReader &reader, T value, QString *error)
{
    if (reader.ok())
        return value;
    if (error)
        *error = reader.problem();
    return std::nullopt;
}

} // namespace

QJsonObject LinkDetails::toJson() const
{
    QJsonObject o{{QStringLiteral("known"), known},
                  {QStringLiteral("confirmed"), confirmed},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("dataverseUrl"), dataverseUrl},
                  {QStringLiteral("financeAndOperationsUrls"), toJsonArray(financeAndOperationsUrls)}};
    if (adminLinkedFinanceAndOperationsUrl)
        o.insert(QStringLiteral("adminLinkedFinanceAndOperationsUrl"),
                 *adminLinkedFinanceAndOperationsUrl);
    return o;
}

LinkDetails LinkDetails::read(DetailsReader &r)
{
    LinkDetails l;
    l.known = r.boolean(QStringLiteral("known"));
    l.confirmed = r.boolean(QStringLiteral("confirmed"));
    l.source = r.string(QStringLiteral("source"));
    l.dataverseUrl = r.string(QStringLiteral("dataverseUrl"));
    l.financeAndOperationsUrls = r.strings(QStringLiteral("financeAndOperationsUrls"));
    l.adminLinkedFinanceAndOperationsUrl =
        r.optionalString(QStringLiteral("adminLinkedFinanceAndOperationsUrl"));
    return l;
}

QJsonObject StaleProjectConfiguration::toJson() const
{
    return {{QStringLiteral("projectName"), projectName},
            {QStringLiteral("internalEntityName"), internalEntityName},
            {QStringLiteral("externalEntityName"), externalEntityName},
            {QStringLiteral("externalEnvironmentUrl"), externalEnvironmentUrl},
            {QStringLiteral("status"), status}};
}

StaleProjectConfiguration StaleProjectConfiguration::read(DetailsReader &r)
{
    StaleProjectConfiguration c;
    c.projectName = r.string(QStringLiteral("projectName"));
    c.internalEntityName = r.string(QStringLiteral("internalEntityName"));
    c.externalEntityName = r.string(QStringLiteral("externalEntityName"));
    c.externalEnvironmentUrl = r.string(QStringLiteral("externalEnvironmentUrl"));
    c.status = r.string(QStringLiteral("status"));
    return c;
}

QJsonObject StaleFoDetails::toJson() const
{
    QJsonObject o{{QStringLiteral("link"), link.toJson()},
                  {QStringLiteral("linkBasis"), linkBasis},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("stale"), arrayOf(stale)}};
    if (linkedUrl)
        o.insert(QStringLiteral("linkedUrl"), *linkedUrl);
    if (!unjudged.isEmpty())
        o.insert(QStringLiteral("unjudged"), arrayOf(unjudged));
    return o;
}

std::optional<StaleFoDetails> StaleFoDetails::fromJson(const QJsonObject &details, QString *error)
{
    DetailsReader r(details);
    StaleFoDetails d;
    d.linkedUrl = r.optionalString(QStringLiteral("linkedUrl"));
    d.link = r.object<LinkDetails>(QStringLiteral("link"), &LinkDetails::read);
    d.linkBasis = r.string(QStringLiteral("linkBasis"));
    d.total = r.integer(QStringLiteral("total")).value_or(0);
    d.stale = r.objects<StaleProjectConfiguration>(QStringLiteral("stale"),
                                                   &StaleProjectConfiguration::read);
    d.unjudged = r.objects<StaleProjectConfiguration>(QStringLiteral("unjudged"),
                                                      &StaleProjectConfiguration::read);
    return finish(r, d, error);
}

QString StaleRuntimeConfiguration::reasonCode() const
{
    return reason == Reason::NoLink ? QStringLiteral("noLink") : QStringLiteral("noMatchingProject");
}

QJsonObject StaleRuntimeConfiguration::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("internalEntityName"), internalEntityName},
            {QStringLiteral("externalEntityName"), externalEntityName},
            {QStringLiteral("reason"), reasonCode()}};
}

StaleRuntimeConfiguration StaleRuntimeConfiguration::read(DetailsReader &r)
{
    StaleRuntimeConfiguration c;
    c.id = r.string(QStringLiteral("id"));
    c.name = r.string(QStringLiteral("name"));
    c.internalEntityName = r.string(QStringLiteral("internalEntityName"));
    c.externalEntityName = r.string(QStringLiteral("externalEntityName"));
    const QString reason = r.choice(QStringLiteral("reason"),
                                    {QStringLiteral("noLink"), QStringLiteral("noMatchingProject")});
    c.reason = reason == QLatin1String("noLink") ? Reason::NoLink : Reason::NoMatchingProject;
    return c;
}

QJsonObject StaleDataverseDetails::toJson() const
{
    QJsonObject o{{QStringLiteral("linkedUrl"), linkedUrl},
                  {QStringLiteral("link"), link.toJson()},
                  {QStringLiteral("linkBasis"), linkBasis},
                  {QStringLiteral("linkedProjects"), linkedProjects},
                  {QStringLiteral("owned"), owned},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("stale"), arrayOf(stale)},
                  {QStringLiteral("unjudged"), arrayOf(unjudged)}};
    if (foConfigurations)
        o.insert(QStringLiteral("foConfigurations"), *foConfigurations);
    return o;
}

std::optional<StaleDataverseDetails> StaleDataverseDetails::fromJson(const QJsonObject &details,
                                                                     QString *error)
{
    DetailsReader r(details);
    StaleDataverseDetails d;
    d.linkedUrl = r.string(QStringLiteral("linkedUrl"));
    d.link = r.object<LinkDetails>(QStringLiteral("link"), &LinkDetails::read);
    d.linkBasis = r.string(QStringLiteral("linkBasis"));
    d.foConfigurations = r.integer(QStringLiteral("foConfigurations"));
    d.linkedProjects = r.integer(QStringLiteral("linkedProjects")).value_or(0);
    d.owned = r.integer(QStringLiteral("owned")).value_or(0);
    d.total = r.integer(QStringLiteral("total")).value_or(0);
    d.stale = r.objects<StaleRuntimeConfiguration>(QStringLiteral("stale"),
                                                   &StaleRuntimeConfiguration::read);
    d.unjudged = r.objects<StaleRuntimeConfiguration>(QStringLiteral("unjudged"),
                                                      &StaleRuntimeConfiguration::read);
    return finish(r, d, error);
}

} // namespace dwh
