// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace dwh {

/** The record one write touches, named for people and addressed for the services. */
struct RecordRef
{
    Service service = Service::Dataverse;
    QString entitySet;    // "msdyn_dualwriteruntimeconfigs", "DualWriteProjectConfigurations", …
    QString keyName;      // "msdyn_dualwriteruntimeconfigid", "ProjectName", …
    QString key;          // the key value (a GUID, a project name)
    QString name;         // what people call it: msdyn_name, ProjectName, "DEMF (Contoso …)"
    QUrl environment;     // the service base URL (the environment the record lives in)
    QUrl url;             // the record itself, as read for the backup

    QJsonObject toJson() const;
    static RecordRef fromJson(const QJsonObject &object);
};

/**
 * One write to one record: the exact request (method, URL, JSON body) and why it is made.
 * Remediation previews it, backs the record up, sends it and reports its result.
 */
struct WriteAction
{
    QByteArray method;        // "DELETE", "PATCH", "POST"
    QUrl url;
    QJsonObject body;         // empty: no body
    RecordRef record;
    QString reasonCode;       // "noLink", "noMatchingProject", "pointsElsewhere", …
    QString reason;           // for people
    /** For `DELETE …/{navigation}/$ref`: the entity set the lookup pointed into ("teams"). */
    QString lookupTarget;

    /** The extra headers the request needs: `If-Match: *` on PATCH (update, never upsert). */
    QList<QPair<QByteArray, QByteArray>> headers() const;
    /** The body as sent: compact JSON, or empty. */
    QByteArray payload() const;
    /** "DELETE https://…/msdyn_dualwriteruntimeconfigs(…)" */
    QString summary() const;

    QJsonObject toJson() const;
    /** Nothing (and `error` set) when a field is missing or unusable. */
    static std::optional<WriteAction> fromJson(const QJsonObject &object, QString *error);
};

} // namespace dwh
