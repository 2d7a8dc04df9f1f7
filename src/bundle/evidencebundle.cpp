// SPDX-License-Identifier: MIT
#include "evidencebundle.h"

#include "profile.h"
#include "savefile.h"
#include "secretredactor.h"
#include "snapshot.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QDir>
#include <QJsonDocument>

namespace dwh {

namespace {

const QString ReportName = QStringLiteral("report.json");
const QString TraceName = QStringLiteral("trace.har");
const QString FactsName = QStringLiteral("facts.json");

bool parseMember(const ZipReader &zip, const QString &name, QJsonObject *out, QString *error)
{
    const std::optional<QByteArray> content = zip.read(name, error);
    if (!content)
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*content, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(name, parseError.error == QJsonParseError::NoError
                                                        ? QStringLiteral("not a JSON object")
                                                        : parseError.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

QJsonObject EvidenceBundle::factsJson(const Profile &profile, const Snapshot &snapshot,
                                      bool forcedDependencies)
{
    return {{QStringLiteral("schemaVersion"), FactsSchemaVersion},
            {QStringLiteral("profile"), profile.toJson()},
            {QStringLiteral("forcedDependencies"), forcedDependencies},
            {QStringLiteral("datasets"), snapshot.toJson()}};
}

QByteArray EvidenceBundle::toZip(QString *error) const
{
    // No live secret (a token a server echoed, the client secret) leaves in any member.
    const SecretRedactor &secrets = SecretRedactor::live();
    const auto json = [&secrets](const QJsonObject &o) {
        return QJsonDocument(secrets.redact(o)).toJson(QJsonDocument::Indented);
    };
    ZipWriter zip;
    if (!zip.addFile(ReportName, json(report), error) || !zip.addFile(TraceName, json(trace), error)
        || !zip.addFile(FactsName, json(facts), error))
        return {};
    return zip.finish();
}

bool EvidenceBundle::write(const QString &path, QString *error) const
{
    const QByteArray archive = toZip(error);
    if (archive.isEmpty())
        return false;
    QString reason;
    // Owner-only (0600) whatever the umask: it holds the tenant's configuration as read.
    if (!saveFileAtomically(path, archive, &reason,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

std::optional<EvidenceBundle> EvidenceBundle::read(const QString &path, QString *error,
                                                   int members)
{
    std::optional<ZipReader> zip = ZipReader::fromFile(path, error);
    if (!zip)
        return std::nullopt;
    EvidenceBundle bundle;
    QString problem;
    if (((members & ReportMember) && !parseMember(*zip, ReportName, &bundle.report, &problem))
        || ((members & FactsMember) && !parseMember(*zip, FactsName, &bundle.facts, &problem))
        || ((members & TraceMember) && !parseMember(*zip, TraceName, &bundle.trace, &problem))) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
        return std::nullopt;
    }
    if ((members & FactsMember)
        && bundle.facts.value(QStringLiteral("schemaVersion")).toInt() != FactsSchemaVersion) {
        if (error)
            *error = QStringLiteral("%1: facts.json: schemaVersion is not %2")
                         .arg(QDir::toNativeSeparators(path), QString::number(FactsSchemaVersion));
        return std::nullopt;
    }
    return bundle;
}

} // namespace dwh
